/* The embedded filesystem, served below libc: the program's read-only file tree (the image
 * packed by src/vfs, format in docs/vfs.md) plus a writable in-memory /tmp.
 *
 * wasi-libc turns every file call into a `__wasi_*` call on a preopened directory fd chosen by
 * longest path prefix. The link wraps those calls (`wasm-ld --wrap`, list in src/vfs WRAPPED),
 * and `py2c_vfs_init` registers our root as the preopen "/" under a virtual fd the host never
 * hands out. Each wrapper serves virtual fds itself and passes every other fd to the host, so
 * Python, sqlite3 and any other C code see one tree, and `--dir` mounts (longer prefixes) win.
 *
 * File data is served in place from the image; only /tmp nodes live on the heap. Every error is
 * a WASI errno (libc makes it errno, Python an OSError): nothing here traps or aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>
#include <wasi/libc.h>

int py2c_vfs_init(void);

extern const unsigned char py2c_vfs_image[];
extern const unsigned long py2c_vfs_image_len;

/* ------------------------------------------------------------------------------------------ */
/* Nodes                                                                                      */

typedef struct vnode vnode;
struct vnode {
    vnode *parent;           /* NULL once a /tmp node is unlinked (and for the root) */
    const char *name;        /* image names are not NUL-terminated: use namelen */
    uint32_t namelen;
    uint8_t dir;             /* 1: directory, 0: regular file */
    uint8_t writable;        /* /tmp and below; image nodes are read-only (EROFS) */
    uint8_t sorted;          /* image directories: children sorted by name, binary search */
    uint8_t heap;            /* /tmp node: struct, name and data are malloc'd */
    uint8_t compiled;        /* a compiled module's file: listed, stat-able, not openable (EACCES) */
    uint32_t opens;          /* fds on it: an unlinked /tmp node lives until the last close */
    uint64_t ino;
    __wasi_timestamp_t atim, mtim, ctim;
    const uint8_t *data;     /* file bytes: in the image, or a heap buffer of `cap` bytes */
    uint64_t size, cap;
    vnode **kids;            /* directory entries; owned when kcap > 0; NULL: a tombstone */
    uint32_t nkids, kcap;    /* slots used (tombstones included) and allocated */
    uint32_t live;           /* entries that are not tombstones */
};

#define DEV_IMAGE 0x70793263u /* "py2c" */
#define DEV_TMP (DEV_IMAGE + 1)
#define TMP_INO_BASE 0x100000000ull /* above every image inode (index + 1, < 2^32) */

static vnode *root;
static vnode *image_nodes; /* all image nodes, one block, never freed */
static uint64_t next_tmp_ino = TMP_INO_BASE;

static __wasi_timestamp_t now(void) {
    __wasi_timestamp_t t = 0;
    if (__wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &t) != 0) t = 0;
    return t;
}

static int name_cmp(const char *a, uint32_t al, const char *b, uint32_t bl) {
    int c = memcmp(a, b, al < bl ? al : bl);
    return c ? c : (al < bl ? -1 : al > bl);
}

static vnode *child(vnode *d, const char *name, uint32_t len) {
    if (d->sorted) {
        uint32_t lo = 0, hi = d->nkids;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            int c = name_cmp(d->kids[mid]->name, d->kids[mid]->namelen, name, len);
            if (c == 0) return d->kids[mid];
            if (c < 0) lo = mid + 1; else hi = mid;
        }
        return NULL;
    }
    for (uint32_t i = 0; i < d->nkids; i++)
        if (d->kids[i] && name_cmp(d->kids[i]->name, d->kids[i]->namelen, name, len) == 0) return d->kids[i];
    return NULL;
}

/* Entries keep their slots while the directory is open (readdir cookies are slot indexes) and
 * new ones go last, so a readdir loop that deletes what it reads neither skips nor repeats the
 * others; the tombstones go once no fd reads the directory. */
static void compact(vnode *d) {
    uint32_t j = 0;
    for (uint32_t i = 0; i < d->nkids; i++)
        if (d->kids[i]) d->kids[j++] = d->kids[i];
    d->nkids = j;
}

/* Room for one more entry (taken before a rename detaches anything, so it cannot fail after). */
static __wasi_errno_t room(vnode *d) {
    if (d->nkids == d->kcap && !d->opens) compact(d);
    if (d->nkids < d->kcap) return 0;
    uint32_t cap = d->kcap ? d->kcap * 2 : 8;
    vnode **k = realloc(d->kids, cap * sizeof *k);
    if (!k) return __WASI_ERRNO_NOMEM;
    d->kids = k;
    d->kcap = cap;
    return 0;
}

static __wasi_errno_t attach(vnode *d, vnode *n) {
    __wasi_errno_t e = room(d);
    if (e) return e;
    d->kids[d->nkids++] = n;
    d->live++;
    n->parent = d;
    d->mtim = d->ctim = now();
    return 0;
}

static void detach(vnode *n) {
    vnode *d = n->parent;
    for (uint32_t i = 0; i < d->nkids; i++)
        if (d->kids[i] == n) {
            d->kids[i] = NULL;
            break;
        }
    d->live--;
    if (!d->opens) compact(d);
    n->parent = NULL;
    d->mtim = d->ctim = now();
}

/* Frees an unlinked /tmp node once no fd refers to it. */
static void release(vnode *n) {
    if (!n->heap || n->parent || n->opens || n == root) return;
    if (n->cap) free((void *)n->data);
    free(n->kids);
    free((void *)n->name);
    free(n);
}

static vnode *new_tmp_node(const char *name, uint32_t len, int dir) {
    vnode *n = calloc(1, sizeof *n);
    char *nm = malloc(len + 1);
    if (!n || !nm) {
        free(n);
        free(nm);
        return NULL;
    }
    memcpy(nm, name, len);
    nm[len] = 0;
    n->name = nm;
    n->namelen = len;
    n->dir = (uint8_t)dir;
    n->writable = n->heap = 1;
    n->ino = next_tmp_ino++;
    n->atim = n->mtim = n->ctim = now();
    return n;
}

/* A file's bytes made writable with room for `need`: the first write copies nothing from the
 * image (only /tmp files are writable), later ones grow the buffer geometrically. */
static __wasi_errno_t reserve(vnode *n, uint64_t need) {
    if (need > 0x7fffffffull) return __WASI_ERRNO_FBIG; /* wasm32 memory holds less anyway */
    if (need <= n->cap) return 0;
    uint64_t cap = n->cap ? n->cap : 64;
    while (cap < need) cap *= 2;
    if (cap > 0x7fffffffull) cap = need;
    uint8_t *buf = realloc(n->cap ? (void *)n->data : NULL, (size_t)cap);
    if (!buf) return __WASI_ERRNO_NOMEM;
    if (!n->cap && n->size) memcpy(buf, n->data, (size_t)n->size);
    n->data = buf;
    n->cap = cap;
    return 0;
}

static __wasi_errno_t set_size(vnode *n, uint64_t size) {
    if (size > n->size) {
        __wasi_errno_t e = reserve(n, size);
        if (e) return e;
        memset((uint8_t *)n->data + n->size, 0, (size_t)(size - n->size));
    }
    n->size = size;
    n->mtim = n->ctim = now();
    return 0;
}

static void fill_stat(const vnode *n, __wasi_filestat_t *st) {
    st->dev = n->heap ? DEV_TMP : DEV_IMAGE;
    st->ino = n->ino;
    st->filetype = n->dir ? __WASI_FILETYPE_DIRECTORY : __WASI_FILETYPE_REGULAR_FILE;
    st->nlink = n->dir ? 2 : 1;
    st->size = n->dir ? 4096 : n->size;
    st->atim = n->atim;
    st->mtim = n->mtim;
    st->ctim = n->ctim;
}

static __wasi_errno_t set_times(vnode *n, __wasi_timestamp_t atim, __wasi_timestamp_t mtim, __wasi_fstflags_t fl) {
    if (((fl & __WASI_FSTFLAGS_ATIM) && (fl & __WASI_FSTFLAGS_ATIM_NOW)) ||
        ((fl & __WASI_FSTFLAGS_MTIM) && (fl & __WASI_FSTFLAGS_MTIM_NOW)))
        return __WASI_ERRNO_INVAL;
    if (!n->writable) return __WASI_ERRNO_ROFS;
    __wasi_timestamp_t t = now();
    if (fl & __WASI_FSTFLAGS_ATIM) n->atim = atim;
    if (fl & __WASI_FSTFLAGS_ATIM_NOW) n->atim = t;
    if (fl & __WASI_FSTFLAGS_MTIM) n->mtim = mtim;
    if (fl & __WASI_FSTFLAGS_MTIM_NOW) n->mtim = t;
    n->ctim = t;
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* The image (docs/vfs.md)                                                                    */

#define HEADER_LEN 32u
#define NODE_LEN 24u

static uint32_t rd32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Builds the node structs of the image (names and data stay in the image). -1: corrupt. */
static int load_image(const unsigned char *img, uint32_t len) {
    if (len < HEADER_LEN || memcmp(img, "P2VF", 4) != 0 || rd32(img + 4) != 1 || rd32(img + 28) != len) return -1;
    uint32_t count = rd32(img + 8), nodes_at = rd32(img + 12), names_at = rd32(img + 16), names_len = rd32(img + 20);
    __wasi_timestamp_t mtime = (__wasi_timestamp_t)rd32(img + 24) * 1000000000ull;
    if (count == 0 || count > (len - nodes_at) / NODE_LEN || nodes_at < HEADER_LEN || names_at > len ||
        names_len > len - names_at)
        return -1;
    image_nodes = calloc(count, sizeof(vnode));
    vnode **kids = count > 1 ? malloc((count - 1) * sizeof(vnode *)) : NULL;
    if (!image_nodes || (count > 1 && !kids)) return -1;
    for (uint32_t i = 0; i < count; i++) {
        const unsigned char *r = img + nodes_at + i * NODE_LEN;
        uint32_t kind = rd32(r), parent = rd32(r + 4), noff = rd32(r + 8), nlen = rd32(r + 12);
        uint32_t a = rd32(r + 16), b = rd32(r + 20);
        vnode *n = &image_nodes[i];
        if ((i > 0 && parent >= i) || noff > names_len || nlen > names_len - noff) return -1;
        n->parent = i ? &image_nodes[parent] : NULL;
        n->name = (const char *)img + names_at + noff;
        n->namelen = nlen;
        n->ino = i + 1;
        n->atim = n->mtim = n->ctim = mtime;
        if (i > 0) kids[i - 1] = n;
        if (kind == 1) {
            /* breadth-first order: children are nodes a..a+b-1, after their parent */
            if (b && (a <= i || a > count || b > count - a)) return -1;
            n->dir = n->sorted = 1;
            n->kids = b ? &kids[a - 1] : NULL;
            n->nkids = n->live = b;
        } else if (kind == 2) {
            if (a > len || b > len - a) return -1;
            n->data = img + a;
            n->size = b;
        } else if (kind == 3) {
            n->compiled = 1;
        } else {
            return -1;
        }
    }
    for (uint32_t i = 0; i < count; i++) /* every child must name its directory as parent */
        for (uint32_t k = 0; image_nodes[i].dir && k < image_nodes[i].nkids; k++)
            if (image_nodes[i].kids[k]->parent != &image_nodes[i]) return -1;
    root = &image_nodes[0];
    return root->dir ? 0 : -1;
}

/* The root's entries with "tmp" inserted in order, so /tmp exists whatever the image holds
 * (the packer refuses paths under /tmp). */
static vnode *tmp_dir;

static int add_tmp(void) {
    tmp_dir = new_tmp_node("tmp", 3, 1);
    vnode **k = malloc((root->nkids + 1) * sizeof *k);
    if (!tmp_dir || !k) return -1;
    uint32_t at = 0;
    while (at < root->nkids && name_cmp(root->kids[at]->name, root->kids[at]->namelen, "tmp", 3) < 0) at++;
    memcpy(k, root->kids, at * sizeof *k);
    k[at] = tmp_dir;
    memcpy(k + at + 1, root->kids + at, (root->nkids - at) * sizeof *k);
    root->kids = k;
    root->nkids++;
    root->live++;
    root->kcap = root->nkids; /* owned now; the root stays read-only, so it never grows */
    tmp_dir->parent = root;
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Path lookup                                                                                */

typedef struct {
    vnode *parent;    /* directory holding the last component */
    const char *name; /* last component; NULL when the path ends in "." or ".." or is "/" */
    uint32_t namelen;
    vnode *node;      /* what the path names; NULL if the last component does not exist */
    int trailing;     /* path ended with '/': it must name a directory */
} lookup_t;

static vnode *up(vnode *n) { return n->parent ? n->parent : n; }

/* POSIX resolution relative to `base`: "." and ".." as components, repeated slashes; there are
 * no symlinks in this tree, so follow/no-follow are the same. */
static __wasi_errno_t lookup(vnode *base, const char *path, lookup_t *r) {
    if (!path || !*path) return __WASI_ERRNO_NOENT;
    vnode *d = *path == '/' ? root : base;
    r->parent = up(d);
    r->name = NULL;
    r->namelen = 0;
    r->node = d;
    r->trailing = 0;
    const char *p = path;
    for (;;) {
        while (*p == '/') p++;
        if (!*p) {
            r->trailing = p > path && p[-1] == '/';
            return 0;
        }
        const char *s = p;
        while (*p && *p != '/') p++;
        uint32_t len = (uint32_t)(p - s);
        if (!r->node) return __WASI_ERRNO_NOENT;        /* a missing directory in the middle */
        if (!r->node->dir) return __WASI_ERRNO_NOTDIR;  /* a file used as a directory */
        d = r->node;
        if (len > 255) return __WASI_ERRNO_NAMETOOLONG;
        if (len == 1 && s[0] == '.') {
            r->parent = up(d), r->name = NULL, r->namelen = 0;
        } else if (len == 2 && s[0] == '.' && s[1] == '.') {
            r->node = up(d);
            r->parent = up(r->node), r->name = NULL, r->namelen = 0;
        } else {
            r->parent = d, r->name = s, r->namelen = len;
            r->node = child(d, s, len);
        }
    }
}

/* Can entries of directory `d` be added or removed? */
static __wasi_errno_t modifiable(const vnode *d) {
    if (!d->writable) return __WASI_ERRNO_ROFS;
    if (d != tmp_dir && !d->parent) return __WASI_ERRNO_NOENT; /* removed while open */
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Virtual file descriptors                                                                   */

/* wasmtime numbers fds from 0 up, densely; ours start far above, so a number tells its owner. */
#define VFD_BASE 0x40000000u
#define IS_VIRTUAL(fd) ((fd) >= (__wasi_fd_t)VFD_BASE)
#define RIGHTS_ALL ((__wasi_rights_t)((1ull << 30) - 1))
#define WRITE_RIGHTS (__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE | __WASI_RIGHTS_FD_DATASYNC)

typedef struct {
    vnode *node; /* NULL: slot free */
    uint64_t pos;
    __wasi_rights_t base, inheriting;
    __wasi_fdflags_t flags;
} vfd;

static vfd *fds;
static uint32_t nfds;

static vfd *get_fd(__wasi_fd_t fd) {
    uint32_t i = (uint32_t)fd - VFD_BASE;
    return IS_VIRTUAL(fd) && i < nfds && fds[i].node ? &fds[i] : NULL;
}

static __wasi_errno_t open_fd(vnode *n, __wasi_rights_t base, __wasi_rights_t inh, __wasi_fdflags_t flags, __wasi_fd_t *out) {
    uint32_t i = 0;
    while (i < nfds && fds[i].node) i++;
    if (i == nfds) {
        uint32_t cap = nfds ? nfds * 2 : 16;
        if (cap > 0x3fffffffu) return __WASI_ERRNO_MFILE;
        vfd *t = realloc(fds, cap * sizeof *t);
        if (!t) return __WASI_ERRNO_NOMEM;
        memset(t + nfds, 0, (cap - nfds) * sizeof *t);
        fds = t;
        nfds = cap;
    }
    fds[i] = (vfd){n, 0, base, inh, flags};
    n->opens++;
    *out = VFD_BASE + i;
    return 0;
}

static void close_slot(vfd *f) {
    vnode *n = f->node;
    f->node = NULL;
    if (!--n->opens && n->dir && n->live != n->nkids) compact(n);
    release(n);
}

/* Walks a path given to a wrapper with a virtual directory fd. */
static __wasi_errno_t at(__wasi_fd_t fd, const char *path, lookup_t *r) {
    vfd *f = get_fd(fd);
    if (!f) return __WASI_ERRNO_BADF;
    if (!f->node->dir) return __WASI_ERRNO_NOTDIR;
    return lookup(f->node, path, r);
}

/* ------------------------------------------------------------------------------------------ */
/* Start-up                                                                                   */

static void say(const char *msg) {
    __wasi_ciovec_t iov = {(const uint8_t *)msg, strlen(msg)};
    __wasi_size_t n;
    (void)__wasi_fd_write(2, &iov, 1, &n);
}

extern __wasi_errno_t __real___wasi_fd_prestat_get(__wasi_fd_t fd, __wasi_prestat_t *buf);
extern __wasi_errno_t __real___wasi_fd_prestat_dir_name(__wasi_fd_t fd, uint8_t *path, __wasi_size_t len);

/* Does the host preopen its own "/" (or "." / "")? Then that one serves every path, as a
 * longer-or-equal prefix must win, and our tree stays unregistered. */
static int host_has_root(void) {
    for (__wasi_fd_t fd = 3; fd < (__wasi_fd_t)VFD_BASE; fd++) {
        __wasi_prestat_t ps;
        if (__real___wasi_fd_prestat_get(fd, &ps) != 0) return 0;
        if (ps.tag != __WASI_PREOPENTYPE_DIR || ps.u.dir.pr_name_len > 255) continue;
        char name[256];
        if (__real___wasi_fd_prestat_dir_name(fd, (uint8_t *)name, ps.u.dir.pr_name_len) != 0) continue;
        name[ps.u.dir.pr_name_len] = 0;
        const char *p = name; /* as libc strips a prefix: leading "/", "./" and a lone "." */
        for (;;) {
            if (p[0] == '/') p++;
            else if (p[0] == '.' && p[1] == '/') p += 2;
            else if (p[0] == '.' && !p[1]) p++;
            else break;
        }
        if (!*p) return 1;
    }
    return 0;
}

int py2c_vfs_init(void) {
    static int done;
    if (done) return 0;
    done = 1;
    if (py2c_vfs_image_len) {
        if (py2c_vfs_image_len > 0xffffffffu || load_image(py2c_vfs_image, (uint32_t)py2c_vfs_image_len) < 0) {
            say("py2c: the embedded filesystem image is corrupt\n");
            return -1;
        }
    } else {
        static vnode empty_root;
        empty_root.dir = empty_root.sorted = 1;
        empty_root.ino = 1;
        empty_root.atim = empty_root.mtim = empty_root.ctim = 315532800ull * 1000000000ull;
        root = &empty_root;
    }
    __wasi_fd_t rootfd;
    if (add_tmp() < 0 || open_fd(root, RIGHTS_ALL, RIGHTS_ALL, 0, &rootfd) != 0) {
        say("py2c: out of memory setting up the embedded filesystem\n");
        return -1;
    }
    if (!host_has_root() && __wasilibc_register_preopened_fd((int)rootfd, "/") != 0) {
        say("py2c: cannot register the embedded filesystem\n");
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* The wrapped WASI calls: each has exactly the signature of wasi/api.h (a mismatch traps).     */

#define REAL(name, ...) extern __wasi_errno_t __real___wasi_##name(__VA_ARGS__)
#define WRAP(name, ...) __wasi_errno_t __wrap___wasi_##name(__VA_ARGS__)
#define FD_OR_BADF(f, fd) vfd *f = get_fd(fd); if (!f) return __WASI_ERRNO_BADF

REAL(fd_close, __wasi_fd_t fd);
WRAP(fd_close, __wasi_fd_t fd) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_close(fd);
    FD_OR_BADF(f, fd);
    /* libc's preopen table keeps the root fd: closing it succeeds and leaves it working */
    if (f != &fds[0]) close_slot(f);
    return 0;
}

static __wasi_errno_t read_at(vfd *f, const __wasi_iovec_t *iovs, size_t n, uint64_t off, __wasi_size_t *nread) {
    if (f->node->dir) return __WASI_ERRNO_ISDIR;
    if (!(f->base & __WASI_RIGHTS_FD_READ)) return __WASI_ERRNO_BADF;
    vnode *v = f->node;
    uint64_t total = 0;
    for (size_t i = 0; i < n && off < v->size; i++) {
        uint64_t k = iovs[i].buf_len < v->size - off ? iovs[i].buf_len : v->size - off;
        memcpy(iovs[i].buf, v->data + off, (size_t)k);
        off += k;
        total += k;
    }
    *nread = (__wasi_size_t)total;
    return 0;
}

REAL(fd_read, __wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t n, __wasi_size_t *nread);
WRAP(fd_read, __wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t n, __wasi_size_t *nread) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_read(fd, iovs, n, nread);
    FD_OR_BADF(f, fd);
    __wasi_errno_t e = read_at(f, iovs, n, f->pos, nread);
    if (!e) f->pos += *nread;
    return e;
}

REAL(fd_pread, __wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t n, __wasi_filesize_t off, __wasi_size_t *nread);
WRAP(fd_pread, __wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t n, __wasi_filesize_t off, __wasi_size_t *nread) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_pread(fd, iovs, n, off, nread);
    FD_OR_BADF(f, fd);
    return read_at(f, iovs, n, off, nread);
}

static __wasi_errno_t write_at(vfd *f, const __wasi_ciovec_t *iovs, size_t n, uint64_t off, __wasi_size_t *nwritten) {
    if (f->node->dir) return __WASI_ERRNO_ISDIR;
    if (!(f->base & __WASI_RIGHTS_FD_WRITE)) return __WASI_ERRNO_BADF; /* image fds never have it */
    vnode *v = f->node;
    uint64_t total = 0;
    for (size_t i = 0; i < n; i++) total += iovs[i].buf_len;
    if (total) {
        uint64_t end = off + total;
        __wasi_errno_t e = reserve(v, end);
        if (e) return e;
        if (off > v->size) memset((uint8_t *)v->data + v->size, 0, (size_t)(off - v->size));
        for (size_t i = 0; i < n; i++) {
            memcpy((uint8_t *)v->data + off, iovs[i].buf, iovs[i].buf_len);
            off += iovs[i].buf_len;
        }
        if (end > v->size) v->size = end;
        v->mtim = v->ctim = now();
    }
    *nwritten = (__wasi_size_t)total;
    return 0;
}

REAL(fd_write, __wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t n, __wasi_size_t *nwritten);
WRAP(fd_write, __wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t n, __wasi_size_t *nwritten) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_write(fd, iovs, n, nwritten);
    FD_OR_BADF(f, fd);
    if (f->flags & __WASI_FDFLAGS_APPEND && !f->node->dir) f->pos = f->node->size;
    __wasi_errno_t e = write_at(f, iovs, n, f->pos, nwritten);
    if (!e) f->pos += *nwritten;
    return e;
}

REAL(fd_pwrite, __wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t n, __wasi_filesize_t off, __wasi_size_t *nwritten);
WRAP(fd_pwrite, __wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t n, __wasi_filesize_t off, __wasi_size_t *nwritten) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_pwrite(fd, iovs, n, off, nwritten);
    FD_OR_BADF(f, fd);
    return write_at(f, iovs, n, off, nwritten);
}

REAL(fd_seek, __wasi_fd_t fd, __wasi_filedelta_t delta, __wasi_whence_t whence, __wasi_filesize_t *newoff);
WRAP(fd_seek, __wasi_fd_t fd, __wasi_filedelta_t delta, __wasi_whence_t whence, __wasi_filesize_t *newoff) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_seek(fd, delta, whence, newoff);
    FD_OR_BADF(f, fd);
    int64_t from;
    switch (whence) {
    case __WASI_WHENCE_SET: from = 0; break;
    case __WASI_WHENCE_CUR: from = (int64_t)f->pos; break;
    case __WASI_WHENCE_END: from = (int64_t)f->node->size; break;
    default: return __WASI_ERRNO_INVAL;
    }
    if ((delta < 0 && from + delta < 0) || (delta > 0 && from > INT64_MAX - delta)) return __WASI_ERRNO_INVAL;
    f->pos = (uint64_t)(from + delta);
    *newoff = f->pos;
    return 0;
}

REAL(fd_tell, __wasi_fd_t fd, __wasi_filesize_t *off);
WRAP(fd_tell, __wasi_fd_t fd, __wasi_filesize_t *off) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_tell(fd, off);
    FD_OR_BADF(f, fd);
    *off = f->pos;
    return 0;
}

REAL(fd_fdstat_get, __wasi_fd_t fd, __wasi_fdstat_t *st);
WRAP(fd_fdstat_get, __wasi_fd_t fd, __wasi_fdstat_t *st) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_fdstat_get(fd, st);
    FD_OR_BADF(f, fd);
    st->fs_filetype = f->node->dir ? __WASI_FILETYPE_DIRECTORY : __WASI_FILETYPE_REGULAR_FILE;
    st->fs_flags = f->flags;
    st->fs_rights_base = f->base;
    st->fs_rights_inheriting = f->inheriting;
    return 0;
}

REAL(fd_fdstat_set_flags, __wasi_fd_t fd, __wasi_fdflags_t flags);
WRAP(fd_fdstat_set_flags, __wasi_fd_t fd, __wasi_fdflags_t flags) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_fdstat_set_flags(fd, flags);
    FD_OR_BADF(f, fd);
    f->flags = flags; /* APPEND matters; NONBLOCK/SYNC flags change nothing in memory */
    return 0;
}

REAL(fd_filestat_get, __wasi_fd_t fd, __wasi_filestat_t *st);
WRAP(fd_filestat_get, __wasi_fd_t fd, __wasi_filestat_t *st) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_filestat_get(fd, st);
    FD_OR_BADF(f, fd);
    fill_stat(f->node, st);
    return 0;
}

REAL(fd_filestat_set_size, __wasi_fd_t fd, __wasi_filesize_t size);
WRAP(fd_filestat_set_size, __wasi_fd_t fd, __wasi_filesize_t size) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_filestat_set_size(fd, size);
    FD_OR_BADF(f, fd);
    if (f->node->dir) return __WASI_ERRNO_INVAL;
    if (!f->node->writable) return __WASI_ERRNO_ROFS;
    if (!(f->base & __WASI_RIGHTS_FD_FILESTAT_SET_SIZE)) return __WASI_ERRNO_INVAL; /* as ftruncate on O_RDONLY */
    return set_size(f->node, size);
}

REAL(fd_filestat_set_times, __wasi_fd_t fd, __wasi_timestamp_t atim, __wasi_timestamp_t mtim, __wasi_fstflags_t fl);
WRAP(fd_filestat_set_times, __wasi_fd_t fd, __wasi_timestamp_t atim, __wasi_timestamp_t mtim, __wasi_fstflags_t fl) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_filestat_set_times(fd, atim, mtim, fl);
    FD_OR_BADF(f, fd);
    return set_times(f->node, atim, mtim, fl);
}

REAL(fd_sync, __wasi_fd_t fd);
WRAP(fd_sync, __wasi_fd_t fd) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_sync(fd);
    FD_OR_BADF(f, fd);
    return 0; /* memory is as durable as it gets */
}

REAL(fd_datasync, __wasi_fd_t fd);
WRAP(fd_datasync, __wasi_fd_t fd) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_datasync(fd);
    FD_OR_BADF(f, fd);
    return 0;
}

REAL(fd_advise, __wasi_fd_t fd, __wasi_filesize_t off, __wasi_filesize_t len, __wasi_advice_t advice);
WRAP(fd_advise, __wasi_fd_t fd, __wasi_filesize_t off, __wasi_filesize_t len, __wasi_advice_t advice) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_advise(fd, off, len, advice);
    FD_OR_BADF(f, fd);
    return advice > __WASI_ADVICE_NOREUSE ? __WASI_ERRNO_INVAL : 0;
}

REAL(fd_allocate, __wasi_fd_t fd, __wasi_filesize_t off, __wasi_filesize_t len);
WRAP(fd_allocate, __wasi_fd_t fd, __wasi_filesize_t off, __wasi_filesize_t len) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_allocate(fd, off, len);
    FD_OR_BADF(f, fd);
    if (f->node->dir) return __WASI_ERRNO_NODEV;
    if (!(f->base & __WASI_RIGHTS_FD_WRITE)) return __WASI_ERRNO_BADF;
    if (len == 0 || off > UINT64_MAX - len) return __WASI_ERRNO_INVAL;
    return off + len > f->node->size ? set_size(f->node, off + len) : 0;
}

REAL(fd_renumber, __wasi_fd_t fd, __wasi_fd_t to);
WRAP(fd_renumber, __wasi_fd_t fd, __wasi_fd_t to) {
    if (!IS_VIRTUAL(fd) && !IS_VIRTUAL(to)) return __real___wasi_fd_renumber(fd, to);
    /* a host fd cannot move into our table, nor ours into the host's */
    if (!IS_VIRTUAL(fd) || !IS_VIRTUAL(to)) return __WASI_ERRNO_NOTSUP;
    FD_OR_BADF(f, fd);
    FD_OR_BADF(t, to);
    if (f == t) return 0;
    if (f == &fds[0] || t == &fds[0]) return __WASI_ERRNO_NOTSUP; /* libc holds the root fd */
    close_slot(t);
    *t = *f;
    f->node = NULL;
    return 0;
}

REAL(fd_prestat_get, __wasi_fd_t fd, __wasi_prestat_t *buf);
WRAP(fd_prestat_get, __wasi_fd_t fd, __wasi_prestat_t *buf) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_prestat_get(fd, buf);
    if (!get_fd(fd) || get_fd(fd) != &fds[0]) return __WASI_ERRNO_BADF;
    buf->tag = __WASI_PREOPENTYPE_DIR;
    buf->u.dir.pr_name_len = 1;
    return 0;
}

REAL(fd_prestat_dir_name, __wasi_fd_t fd, uint8_t *path, __wasi_size_t len);
WRAP(fd_prestat_dir_name, __wasi_fd_t fd, uint8_t *path, __wasi_size_t len) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_prestat_dir_name(fd, path, len);
    if (!get_fd(fd) || get_fd(fd) != &fds[0]) return __WASI_ERRNO_BADF;
    if (len < 1) return __WASI_ERRNO_NAMETOOLONG;
    path[0] = '/';
    return 0;
}

/* Entries "." and ".." then the children; cookie k is the index of the next entry. A last
 * entry that does not fit is cut at the end of the buffer, which tells libc to grow it. */
REAL(fd_readdir, __wasi_fd_t fd, uint8_t *buf, __wasi_size_t len, __wasi_dircookie_t cookie, __wasi_size_t *used);
WRAP(fd_readdir, __wasi_fd_t fd, uint8_t *buf, __wasi_size_t len, __wasi_dircookie_t cookie, __wasi_size_t *used) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_fd_readdir(fd, buf, len, cookie, used);
    FD_OR_BADF(f, fd);
    vnode *d = f->node;
    if (!d->dir) return __WASI_ERRNO_NOTDIR;
    __wasi_size_t n = 0;
    for (uint64_t k = cookie; k < 2ull + d->nkids && n < len; k++) {
        const vnode *e = k == 0 ? d : k == 1 ? up(d) : d->kids[k - 2];
        if (!e) continue;
        const char *name = k == 0 ? "." : k == 1 ? ".." : e->name;
        uint32_t namelen = k < 2 ? (uint32_t)k + 1 : e->namelen;
        __wasi_dirent_t ent = {k + 1, e->ino, namelen, e->dir ? __WASI_FILETYPE_DIRECTORY : __WASI_FILETYPE_REGULAR_FILE};
        __wasi_size_t c = len - n < sizeof ent ? len - n : sizeof ent;
        memcpy(buf + n, &ent, c);
        n += c;
        c = len - n < namelen ? len - n : namelen;
        memcpy(buf + n, name, c);
        n += c;
    }
    *used = n;
    return 0;
}

REAL(path_open, __wasi_fd_t fd, __wasi_lookupflags_t dirflags, const char *path, __wasi_oflags_t oflags,
     __wasi_rights_t base, __wasi_rights_t inheriting, __wasi_fdflags_t fdflags, __wasi_fd_t *out);
WRAP(path_open, __wasi_fd_t fd, __wasi_lookupflags_t dirflags, const char *path, __wasi_oflags_t oflags,
     __wasi_rights_t base, __wasi_rights_t inheriting, __wasi_fdflags_t fdflags, __wasi_fd_t *out) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_path_open(fd, dirflags, path, oflags, base, inheriting, fdflags, out);
    lookup_t r;
    __wasi_errno_t e = at(fd, path, &r);
    if (e) return e;
    int writing = (base & __WASI_RIGHTS_FD_WRITE) != 0, trunc = (oflags & __WASI_OFLAGS_TRUNC) != 0;
    vnode *n = r.node;
    if (n) {
        if ((oflags & __WASI_OFLAGS_CREAT) && (oflags & __WASI_OFLAGS_EXCL)) return __WASI_ERRNO_EXIST;
        if (!n->dir && ((oflags & __WASI_OFLAGS_DIRECTORY) || r.trailing)) return __WASI_ERRNO_NOTDIR;
        if (n->dir && (writing || trunc)) return __WASI_ERRNO_ISDIR;
        if ((writing || trunc) && !n->writable) return __WASI_ERRNO_ROFS;
        if (n->compiled) return __WASI_ERRNO_ACCES; /* no source to read */
        if (trunc && n->size && (e = set_size(n, 0))) return e;
    } else {
        if (!(oflags & __WASI_OFLAGS_CREAT)) return __WASI_ERRNO_NOENT;
        if (r.trailing || (oflags & __WASI_OFLAGS_DIRECTORY)) return __WASI_ERRNO_ISDIR;
        if ((e = modifiable(r.parent))) return e;
        if (!(n = new_tmp_node(r.name, r.namelen, 0))) return __WASI_ERRNO_NOMEM;
        if ((e = attach(r.parent, n))) {
            release(n);
            return e;
        }
    }
    if (!n->writable) base &= ~WRITE_RIGHTS;
    return open_fd(n, base, inheriting, fdflags, out);
}

REAL(path_filestat_get, __wasi_fd_t fd, __wasi_lookupflags_t flags, const char *path, __wasi_filestat_t *st);
WRAP(path_filestat_get, __wasi_fd_t fd, __wasi_lookupflags_t flags, const char *path, __wasi_filestat_t *st) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_path_filestat_get(fd, flags, path, st);
    lookup_t r;
    __wasi_errno_t e = at(fd, path, &r);
    if (e) return e;
    if (!r.node) return __WASI_ERRNO_NOENT;
    if (r.trailing && !r.node->dir) return __WASI_ERRNO_NOTDIR;
    fill_stat(r.node, st);
    return 0;
}

REAL(path_filestat_set_times, __wasi_fd_t fd, __wasi_lookupflags_t flags, const char *path, __wasi_timestamp_t atim,
     __wasi_timestamp_t mtim, __wasi_fstflags_t fl);
WRAP(path_filestat_set_times, __wasi_fd_t fd, __wasi_lookupflags_t flags, const char *path, __wasi_timestamp_t atim,
     __wasi_timestamp_t mtim, __wasi_fstflags_t fl) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_path_filestat_set_times(fd, flags, path, atim, mtim, fl);
    lookup_t r;
    __wasi_errno_t e = at(fd, path, &r);
    if (e) return e;
    if (!r.node) return __WASI_ERRNO_NOENT;
    return set_times(r.node, atim, mtim, fl);
}

REAL(path_create_directory, __wasi_fd_t fd, const char *path);
WRAP(path_create_directory, __wasi_fd_t fd, const char *path) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_path_create_directory(fd, path);
    lookup_t r;
    __wasi_errno_t e = at(fd, path, &r);
    if (e) return e;
    if (r.node) return __WASI_ERRNO_EXIST;
    if ((e = modifiable(r.parent))) return e;
    vnode *n = new_tmp_node(r.name, r.namelen, 1);
    if (!n) return __WASI_ERRNO_NOMEM;
    if ((e = attach(r.parent, n))) release(n);
    return e;
}

REAL(path_remove_directory, __wasi_fd_t fd, const char *path);
WRAP(path_remove_directory, __wasi_fd_t fd, const char *path) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_path_remove_directory(fd, path);
    lookup_t r;
    __wasi_errno_t e = at(fd, path, &r);
    if (e) return e;
    if (!r.node) return __WASI_ERRNO_NOENT;
    if (!r.node->dir) return __WASI_ERRNO_NOTDIR;
    if (!r.name) return r.node == root ? __WASI_ERRNO_BUSY : __WASI_ERRNO_INVAL; /* "/", "x/." */
    if ((e = modifiable(r.parent))) return e;
    if (r.node->live) return __WASI_ERRNO_NOTEMPTY;
    detach(r.node);
    release(r.node);
    return 0;
}

REAL(path_unlink_file, __wasi_fd_t fd, const char *path);
WRAP(path_unlink_file, __wasi_fd_t fd, const char *path) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_path_unlink_file(fd, path);
    lookup_t r;
    __wasi_errno_t e = at(fd, path, &r);
    if (e) return e;
    if (!r.node) return __WASI_ERRNO_NOENT;
    if (r.node->dir) return __WASI_ERRNO_ISDIR;
    if (r.trailing) return __WASI_ERRNO_NOTDIR;
    if ((e = modifiable(r.parent))) return e;
    detach(r.node);
    release(r.node);
    return 0;
}

REAL(path_rename, __wasi_fd_t fd, const char *old_path, __wasi_fd_t new_fd, const char *new_path);
WRAP(path_rename, __wasi_fd_t fd, const char *old_path, __wasi_fd_t new_fd, const char *new_path) {
    if (!IS_VIRTUAL(fd) && !IS_VIRTUAL(new_fd)) return __real___wasi_path_rename(fd, old_path, new_fd, new_path);
    if (!IS_VIRTUAL(fd) || !IS_VIRTUAL(new_fd)) return __WASI_ERRNO_XDEV; /* across a --dir mount */
    lookup_t o, t;
    __wasi_errno_t e = at(fd, old_path, &o);
    if (e || (e = at(new_fd, new_path, &t))) return e;
    vnode *n = o.node;
    if (!n) return __WASI_ERRNO_NOENT;
    if (!o.name || !t.name) return n == root || t.node == root ? __WASI_ERRNO_BUSY : __WASI_ERRNO_INVAL;
    if ((e = modifiable(o.parent)) || (e = modifiable(t.parent))) return e;
    if ((o.trailing || t.trailing) && !n->dir) return __WASI_ERRNO_NOTDIR;
    if (t.node == n) return 0;
    if (n->dir) {
        for (vnode *p = t.parent; p; p = p->parent)
            if (p == n) return __WASI_ERRNO_INVAL; /* into its own subtree */
        if (t.node && !t.node->dir) return __WASI_ERRNO_NOTDIR;
        if (t.node && t.node->live) return __WASI_ERRNO_NOTEMPTY;
    } else if (t.node && t.node->dir) {
        return __WASI_ERRNO_ISDIR;
    }
    char *name = malloc(t.namelen + 1);
    if (!name) return __WASI_ERRNO_NOMEM;
    memcpy(name, t.name, t.namelen);
    name[t.namelen] = 0;
    if ((e = room(t.parent))) { /* first, so the attach below cannot fail and lose the node */
        free(name);
        return e;
    }
    if (t.node) {
        detach(t.node);
        release(t.node);
    }
    detach(n);
    free((void *)n->name);
    n->name = name;
    n->namelen = t.namelen;
    n->ctim = now();
    return attach(t.parent, n);
}

REAL(path_readlink, __wasi_fd_t fd, const char *path, uint8_t *buf, __wasi_size_t len, __wasi_size_t *used);
WRAP(path_readlink, __wasi_fd_t fd, const char *path, uint8_t *buf, __wasi_size_t len, __wasi_size_t *used) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_path_readlink(fd, path, buf, len, used);
    lookup_t r;
    __wasi_errno_t e = at(fd, path, &r);
    if (e) return e;
    return r.node ? __WASI_ERRNO_INVAL : __WASI_ERRNO_NOENT; /* nothing here is a symlink */
}

REAL(path_symlink, const char *old_path, __wasi_fd_t fd, const char *new_path);
WRAP(path_symlink, const char *old_path, __wasi_fd_t fd, const char *new_path) {
    if (!IS_VIRTUAL(fd)) return __real___wasi_path_symlink(old_path, fd, new_path);
    lookup_t r;
    __wasi_errno_t e = at(fd, new_path, &r);
    if (e) return e;
    if (r.node) return __WASI_ERRNO_EXIST;
    if ((e = modifiable(r.parent))) return e;
    return __WASI_ERRNO_PERM; /* /tmp keeps no symlinks: as a filesystem without them */
}

REAL(path_link, __wasi_fd_t old_fd, __wasi_lookupflags_t old_flags, const char *old_path, __wasi_fd_t new_fd,
     const char *new_path);
WRAP(path_link, __wasi_fd_t old_fd, __wasi_lookupflags_t old_flags, const char *old_path, __wasi_fd_t new_fd,
     const char *new_path) {
    if (!IS_VIRTUAL(old_fd) && !IS_VIRTUAL(new_fd))
        return __real___wasi_path_link(old_fd, old_flags, old_path, new_fd, new_path);
    if (!IS_VIRTUAL(old_fd) || !IS_VIRTUAL(new_fd)) return __WASI_ERRNO_XDEV;
    lookup_t o, t;
    __wasi_errno_t e = at(old_fd, old_path, &o);
    if (e || (e = at(new_fd, new_path, &t))) return e;
    if (!o.node) return __WASI_ERRNO_NOENT;
    if (t.node) return __WASI_ERRNO_EXIST;
    if ((e = modifiable(t.parent))) return e;
    return __WASI_ERRNO_PERM; /* one name per node: as a filesystem without hard links */
}
