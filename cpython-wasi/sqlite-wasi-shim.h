/*
 * Forced-include shim (clang -include) for building the SQLite 3.40
 * amalgamation against Debian bookworm's wasi-libc (git 2022-05-10).
 *
 * os_unix.c references a few POSIX calls and lock constants that this
 * wasi-libc does not declare.  SQLite is built with
 * SQLITE_DEFAULT_UNIX_VFS="unix-none" (no POSIX advisory locking), so the
 * locking code paths are never executed; they only have to compile and link.
 * The stubs below behave like a single-user system without permissions.
 */
#ifndef PY2C_SQLITE_WASI_SHIM_H
#define PY2C_SQLITE_WASI_SHIM_H
#ifdef __wasi__
#include <sys/types.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>

#ifndef F_GETLK
#define F_GETLK 5
#endif
#ifndef F_SETLK
#define F_SETLK 6
#endif
#ifndef F_SETLKW
#define F_SETLKW 7
#endif
#ifndef F_RDLCK
#define F_RDLCK 0
#endif
#ifndef F_WRLCK
#define F_WRLCK 1
#endif
#ifndef F_UNLCK
#define F_UNLCK 2
#endif

static inline int py2c_sqlite_fchmod(int fd, mode_t mode) {
    (void)fd; (void)mode; return 0;
}
static inline int py2c_sqlite_fchown(int fd, uid_t uid, gid_t gid) {
    (void)fd; (void)uid; (void)gid; return 0;
}
static inline uid_t py2c_sqlite_geteuid(void) { return 0; }
#define fchmod py2c_sqlite_fchmod
#define fchown py2c_sqlite_fchown
#define geteuid py2c_sqlite_geteuid
#endif /* __wasi__ */
#endif /* PY2C_SQLITE_WASI_SHIM_H */
