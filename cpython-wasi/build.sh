#!/usr/bin/env bash
# Build CPython 3.11 for wasm32-wasi from Debian bookworm's source packages.
#
# Usage: cpython-wasi/build.sh
#   Progress goes to stderr; the LAST (and only) line on stdout is the
#   absolute install prefix.  See cpython-wasi/README.md for the layout of the
#   prefix, the cache key and the environment variables.
set -Eeuo pipefail   # -E: the ERR trap also fires inside functions/subshells
shopt -s nullglob

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${PY2C_CACHE:-$HOME/.cache/py2c-wasm}"
SRC_PKGS=(python3.11 zlib bzip2 xz-utils sqlite3)
WASMTIME_PY_VERSION=48.0.0
NSTEPS=14
JOBS="${PY2C_JOBS:-2}"

T_START=$(date +%s)
STEP=0
LOG=/dev/null

say() { echo "[cpython-wasi] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
step() {
    STEP=$((STEP + 1))
    say "step $STEP/$NSTEPS: $* ($(( $(date +%s) - T_START ))s)"
}
on_err() {
    local rc=$?
    # inside a subshell: just leave it, the top level reports once
    [ "$BASH_SUBSHELL" -eq 0 ] || exit "$rc"
    say "FAILED in step $STEP/$NSTEPS (exit $rc)"
    if [ -n "${LOG:-}" ] && [ -f "$LOG" ] && [ "$LOG" != /dev/null ]; then
        say "last 60 lines of $LOG:"
        tail -n 60 "$LOG" >&2 || true
    fi
    exit "$rc"
}
trap on_err ERR
# run CMD... with stdout/stderr appended to the current step log
run() { "$@" >>"$LOG" 2>&1; }

# ---------------------------------------------------------------------------
step "check tools"
# ---------------------------------------------------------------------------
APT_PKGS=(clang-19 lld-19 llvm-19 wasi-libc libclang-rt-19-dev-wasm32 dpkg-dev
          patch tcl make gcc libc6-dev autoconf autoconf-archive python3.11 xz-utils
          bzip2 ca-certificates)
need_install=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
for p in dpkg-dev:dpkg-source patch:patch tcl:tclsh make:make gcc:gcc autoconf:autoconf \
         xz-utils:xz bzip2:bzip2; do
    have_cmd "${p#*:}" || need_install+=("${p%%:*}")
done
[ -f /usr/share/aclocal/ax_c_float_words_bigendian.m4 ] || need_install+=(autoconf-archive)
have_cmd python3.11 || [ -x /usr/bin/python3.11 ] || need_install+=(python3.11)
if [ -z "${WASI_SDK_PATH:-}" ]; then
    have_cmd clang-19 || need_install+=(clang-19)
    have_cmd wasm-ld-19 || need_install+=(lld-19)
    have_cmd llvm-ar-19 || need_install+=(llvm-19)
    [ -f /usr/lib/wasm32-wasi/libc.a ] || need_install+=(wasi-libc)
    [ -n "$(echo /usr/lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a)" ] \
        || need_install+=(libclang-rt-19-dev-wasm32)
fi
have_deb_src() {
    grep -rqsE '^[[:space:]]*(Types:.*deb-src|deb-src[[:space:]])' \
        /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null
}
have_deb_src || need_install+=(deb-src)
if [ ${#need_install[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || die "missing: ${need_install[*]} (run as root, or install them)"
    say "installing: ${need_install[*]}"
    if ! have_deb_src; then
        cat >/etc/apt/sources.list.d/py2c-deb-src.sources <<'EOF'
# added by py2c-wasm cpython-wasi/build.sh (apt-get source)
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${APT_PKGS[@]}" >&2
fi

if [ -n "${WASI_SDK_PATH:-}" ]; then
    CLANG="$WASI_SDK_PATH/bin/clang"
    LLVM_AR="$WASI_SDK_PATH/bin/llvm-ar"
    LLVM_RANLIB="$WASI_SDK_PATH/bin/llvm-ranlib"
    LLVM_NM="$WASI_SDK_PATH/bin/llvm-nm"
    LLVM_STRIP="$WASI_SDK_PATH/bin/llvm-strip"
    SYSROOT_SRC="$WASI_SDK_PATH/share/wasi-sysroot"
    [ -x "$CLANG" ] && [ -d "$SYSROOT_SRC" ] || die "WASI_SDK_PATH=$WASI_SDK_PATH is not a wasi-sdk"
    SYSROOT_DESC="wasi-sdk $(head -n1 "$WASI_SDK_PATH/VERSION" 2>/dev/null || echo '?') at $WASI_SDK_PATH"
else
    CLANG="$(command -v clang-19)"
    LLVM_AR="$(command -v llvm-ar-19)"
    LLVM_RANLIB="$(command -v llvm-ranlib-19)"
    LLVM_NM="$(command -v llvm-nm-19)"
    LLVM_STRIP="$(command -v llvm-strip-19)"
    SYSROOT_SRC=/usr
    SYSROOT_DESC="wasi-libc $(dpkg-query -W -f='${Version}' wasi-libc)"
fi
CLANG_VERSION="$("$CLANG" --version | head -n1)"
if [ -x /usr/bin/python3.11 ]; then BUILD_PY=/usr/bin/python3.11; else BUILD_PY="$(command -v python3.11)"; fi
BUILD_PY_VERSION="$("$BUILD_PY" -c 'import sys; print(sys.version.split()[0])')"
case "$BUILD_PY_VERSION" in 3.11.*) ;; *) die "$BUILD_PY is $BUILD_PY_VERSION, need 3.11";; esac

# ---------------------------------------------------------------------------
step "resolve and download Debian source packages"
# ---------------------------------------------------------------------------
# Every version apt knows is tried from the newest down; the first one that
# is already cached or that the mirror still serves is used.
SRCDL="$CACHE/sources"
mkdir -p "$SRCDL"
LOG="$SRCDL/download.log"
: >"$LOG"
sort_versions_desc() {  # Debian version order, newest first
    local out=() v i j
    for v in "$@"; do
        i=${#out[@]}
        out+=("$v")
        while [ "$i" -gt 0 ] && dpkg --compare-versions "${out[$((i-1))]}" lt "${out[$i]}"; do
            j="${out[$((i-1))]}"; out[$((i-1))]="${out[$i]}"; out[$i]="$j"; i=$((i-1))
        done
    done
    printf '%s\n' "${out[@]}"
}
declare -A DEBVER DSC
for pkg in "${SRC_PKGS[@]}"; do
    mapfile -t versions < <(apt-cache showsrc --only-source "$pkg" 2>>"$LOG" \
                            | awk '/^Version:/ {print $2}' | sort -u)
    [ ${#versions[@]} -gt 0 ] || die "apt knows no source package $pkg (deb-src entry missing?)"
    mapfile -t versions < <(sort_versions_desc "${versions[@]}")
    for v in "${versions[@]}"; do
        d="$SRCDL/$pkg/$v"
        if [ ! -f "$d/.complete" ]; then
            rm -rf "$d.tmp" && mkdir -p "$d.tmp"
            chown _apt "$d.tmp" 2>/dev/null || true
            if (cd "$d.tmp" && apt-get source --download-only --only-source -qq "$pkg=$v") >>"$LOG" 2>&1; then
                rm -rf "$d" && mv "$d.tmp" "$d" && touch "$d/.complete"
            else
                say "  $pkg $v: download failed, trying an older version"
                rm -rf "$d.tmp"
                continue
            fi
        fi
        DEBVER[$pkg]="$v"
        dscs=("$d"/*.dsc)
        DSC[$pkg]="${dscs[0]}"
        break
    done
    [ -n "${DEBVER[$pkg]:-}" ] || die "could not download any version of source package $pkg"
    say "  $pkg ${DEBVER[$pkg]}"
done

# KEY: sha256 over (sorted) files of cpython-wasi/, the Debian source
# versions, the compiler's first --version line, the sysroot origin and the
# build python's version.  Documented in README.md.
KEY_INPUT="$(
    cd "$HERE"
    find . -type f ! -path '*/__pycache__/*' ! -name '*.pyc' | LC_ALL=C sort | while read -r f; do
        printf 'file %s %s\n' "$f" "$(sha256sum <"$f" | cut -d' ' -f1)"
    done
    for pkg in "${SRC_PKGS[@]}"; do printf 'src %s %s\n' "$pkg" "${DEBVER[$pkg]}"; done
    printf 'cc %s\n' "$CLANG_VERSION"
    printf 'sysroot %s\n' "$SYSROOT_DESC"
    printf 'buildpython %s\n' "$BUILD_PY_VERSION"
)"
KEY="$(printf '%s\n' "$KEY_INPUT" | sha256sum | cut -c1-16)"
PREFIX="$CACHE/runtime/$KEY"
WORK="$CACHE/work/$KEY"
mkdir -p "$CACHE/runtime"
# one build per key at a time; a second caller waits, then finds DONE
exec 9>"$CACHE/runtime/.$KEY.lock"
flock 9
if [ -f "$PREFIX/DONE" ]; then
    say "up to date: $PREFIX"
    echo "$PREFIX"
    exit 0
fi
say "key $KEY: building into $PREFIX (work dir $WORK)"
rm -rf "$PREFIX" "$WORK"
mkdir -p "$PREFIX" "$WORK/logs" "$WORK/src"
printf '%s\n' "$KEY_INPUT" >"$WORK/key-input.txt"

# ---------------------------------------------------------------------------
step "unpack sources"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/01-unpack.log"
declare -A SRC
for pkg in "${SRC_PKGS[@]}"; do
    SRC[$pkg]="$WORK/src/$pkg"
    run dpkg-source --no-copy -x "${DSC[$pkg]}" "${SRC[$pkg]}"
done
# debian/rules regenerates configure after applying its patches (several
# touch configure.ac); do the same.
(cd "${SRC[python3.11]}" && rm -rf autom4te.cache configure && run autoconf)
(cd "${SRC[python3.11]}" && run patch -p1 --forward <"$HERE/python3.11-fcntl-wasi.patch")
# Ours: exception-group predicates may be compiled functions (a function subtype), and
# asyncio's selector loop runs without a self-pipe socket (WASI has no socketpair).
(cd "${SRC[python3.11]}" && run patch -p1 --forward <"$HERE/python3.11-py2c-runtime.patch")
# xz 5.4: mythread.h's single-threaded sigprocmask() helper needs sigset_t,
# which wasi-libc does not have (pitfall 5).
MT="${SRC[xz-utils]}/src/common/mythread.h"
sed -i 's|^#if !(defined(_WIN32) \&\& !defined(__CYGWIN__))$|#if !(defined(_WIN32) \&\& !defined(__CYGWIN__)) \&\& !defined(__wasi__)|' "$MT"
grep -q '!defined(__wasi__)' "$MT" || die "could not patch $MT"

# ---------------------------------------------------------------------------
step "private sysroot and wasi-sdk-style toolchain folder"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/02-toolchain.log"
SYSROOT="$PREFIX/sysroot"
if [ -n "${WASI_SDK_PATH:-}" ]; then
    cp -a "$SYSROOT_SRC" "$SYSROOT"
else
    # wasi-sdk (<= 21) layout: include/ flat, libraries in lib/wasm32-wasi/.
    # Debian's clang would otherwise add the host's /usr/include (pitfall 1).
    mkdir -p "$SYSROOT/lib"
    cp -a /usr/include/wasm32-wasi "$SYSROOT/include"
    cp -a /usr/lib/wasm32-wasi "$SYSROOT/lib/wasm32-wasi"
fi
SDK="$WORK/sdk"
mkdir -p "$SDK/bin" "$SDK/share"
ln -s "$SYSROOT" "$SDK/share/wasi-sysroot"
for t in clang clang++; do
    cat >"$SDK/bin/$t" <<EOF
#!/bin/sh
exec "$CLANG" --target=wasm32-wasi --sysroot="$SYSROOT" "\$@"
EOF
done
sed -i "s|\"$CLANG\"|\"$CLANG\" --driver-mode=g++|" "$SDK/bin/clang++"
cat >"$SDK/bin/clang-cpp" <<EOF
#!/bin/sh
exec "$CLANG" --target=wasm32-wasi --sysroot="$SYSROOT" -E "\$@"
EOF
ln -s "$LLVM_AR" "$SDK/bin/llvm-ar"
ln -s "$LLVM_RANLIB" "$SDK/bin/ranlib"
ln -s "$LLVM_NM" "$SDK/bin/llvm-nm"
ln -s "$LLVM_STRIP" "$SDK/bin/llvm-strip"
chmod +x "$SDK/bin/"*
CC="$SDK/bin/clang"
AR="$SDK/bin/llvm-ar"
RANLIB="$SDK/bin/ranlib"
echo 'int main(void){return 0;}' >"$WORK/t.c"
run "$CC" -O2 "$WORK/t.c" -o "$WORK/t.wasm"
DEPS="$WORK/deps"
mkdir -p "$DEPS/include" "$DEPS/lib"
DEP_CFLAGS="-O2"

# ---------------------------------------------------------------------------
step "zlib (static, wasm32-wasi)"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/03-zlib.log"
(
    cd "${SRC[zlib]}"
    CC="$CC" AR="$AR" RANLIB="$RANLIB" CFLAGS="$DEP_CFLAGS" CHOST=wasm32-wasi \
        run ./configure --static --prefix="$DEPS"
    run make -j"$JOBS" libz.a AR="$AR" ARFLAGS=rc RANLIB="$RANLIB"
    cp zlib.h zconf.h "$DEPS/include/"
    cp libz.a "$DEPS/lib/"
)

# ---------------------------------------------------------------------------
step "bzip2 (static, wasm32-wasi)"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/04-bzip2.log"
(
    cd "${SRC[bzip2]}"
    run make -j"$JOBS" libbz2.a CC="$CC" AR="$AR" RANLIB="$RANLIB" \
        CFLAGS="$DEP_CFLAGS -D_FILE_OFFSET_BITS=64"
    cp bzlib.h "$DEPS/include/"
    cp libbz2.a "$DEPS/lib/"
)

# ---------------------------------------------------------------------------
step "xz / liblzma (static, wasm32-wasi)"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/05-xz.log"
(
    mkdir -p "$WORK/build/xz" && cd "$WORK/build/xz"
    CC="$CC" AR="$AR" RANLIB="$RANLIB" CFLAGS="$DEP_CFLAGS -D_WASI_EMULATED_SIGNAL" \
        run "${SRC[xz-utils]}/configure" --host=wasm32-unknown-wasi \
        --build="$("${SRC[xz-utils]}/build-aux/config.guess")" \
        --prefix="$DEPS" --libdir="$DEPS/lib" --disable-shared --enable-static \
        --disable-threads --disable-xz --disable-xzdec --disable-lzmadec \
        --disable-lzmainfo --disable-lzma-links --disable-scripts --disable-doc \
        --disable-nls --disable-rpath
    run make -j"$JOBS" -C src/liblzma
    run make -C src/liblzma install
)

# ---------------------------------------------------------------------------
step "sqlite3 (native amalgamation, then static wasm32-wasi)"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/06-sqlite3.log"
(
    mkdir -p "$WORK/build/sqlite-native" && cd "$WORK/build/sqlite-native"
    # the amalgamation generator (tclsh) runs natively (pitfall 4)
    CC=gcc CFLAGS=-O0 run "${SRC[sqlite3]}/configure" --disable-tcl --disable-readline
    run make sqlite3.c
    # Flags for the 2022 wasi-libc: no POSIX locks / mmap / WAL / dlopen;
    # keep shared cache (CPython 3.11's configure requires it, pitfall 3).
    SQLITE_DEFS=(-DSQLITE_DEFAULT_UNIX_VFS='"unix-none"' -DSQLITE_OMIT_WAL
                 -DSQLITE_MAX_MMAP_SIZE=0 -DSQLITE_THREADSAFE=0
                 -DSQLITE_OMIT_LOAD_EXTENSION
                 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_MATH_FUNCTIONS
                 -DSQLITE_ENABLE_RTREE
                 -D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_GETPID)
    run "$CC" $DEP_CFLAGS -include "$HERE/sqlite-wasi-shim.h" "${SQLITE_DEFS[@]}" \
        -c sqlite3.c -o sqlite3.o
    rm -f "$DEPS/lib/libsqlite3.a"
    run "$AR" rcs "$DEPS/lib/libsqlite3.a" sqlite3.o
    cp sqlite3.h sqlite3ext.h "$DEPS/include/"
    printf '%s\n' "${SQLITE_DEFS[@]}" >"$WORK/sqlite-defines.txt"
)
for lib in libz.a libbz2.a liblzma.a libsqlite3.a; do
    [ -f "$DEPS/lib/$lib" ] || die "$DEPS/lib/$lib was not built"
done

# ---------------------------------------------------------------------------
step "configure CPython"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/07-configure.log"
PYSRC="${SRC[python3.11]}"
PYBUILD="$WORK/build/python"
mkdir -p "$PYBUILD"
# configure's default OPT minus -g (release runtime, smaller archive)
OPT_USED="-DNDEBUG -g0 -fwrapv -O3 -Wall"
mkdir -p "$PYBUILD/Modules"
cp "$HERE/Setup.local" "$PYBUILD/Modules/Setup.local"   # fcntl, see the file
(
    cd "$PYBUILD"
    rm -f config.cache   # a cached failed check would stick (pitfall 3)
    # The dependency flags are passed explicitly, so pkg-config must not
    # find anything of the host's (PKG_CONFIG_LIBDIR points at our deps).
    export CONFIG_SITE="$PYSRC/Tools/wasm/config.site-wasm32-wasi"
    export CC CPP="$SDK/bin/clang-cpp" CXX="$SDK/bin/clang++" AR RANLIB
    export PKG_CONFIG_PATH="" PKG_CONFIG_LIBDIR="$DEPS/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR=""
    export ZLIB_CFLAGS="-I$DEPS/include" ZLIB_LIBS="-L$DEPS/lib -lz"
    export BZIP2_CFLAGS="-I$DEPS/include" BZIP2_LIBS="-L$DEPS/lib -lbz2"
    export LIBLZMA_CFLAGS="-I$DEPS/include" LIBLZMA_LIBS="-L$DEPS/lib -llzma"
    export LIBSQLITE3_CFLAGS="-I$DEPS/include" LIBSQLITE3_LIBS="-L$DEPS/lib -lsqlite3"
    export OPT="$OPT_USED"
    run "$PYSRC/configure" \
        --host=wasm32-unknown-wasi \
        --build="$("$PYSRC/config.guess")" \
        --with-build-python="$BUILD_PY" \
        --prefix=/usr/local \
        --disable-shared \
        --disable-test-modules \
        --without-ensurepip \
        --with-pymalloc \
        --with-pkg-config=yes
)

# ---------------------------------------------------------------------------
step "make CPython"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/08-make.log"
# clang >= 16: wasi-libc's CLOCK_* are pointers -> timemodule.c (pitfall 2)
run make -C "$PYBUILD" -j"$JOBS" CFLAGS_NODIST=-Wno-error=int-conversion all

# ---------------------------------------------------------------------------
step "make install (DESTDIR)"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/09-install.log"
DEST="$WORK/install"
rm -rf "$DEST"
run make -C "$PYBUILD" DESTDIR="$DEST" CFLAGS_NODIST=-Wno-error=int-conversion \
    COMPILEALL_OPTS=-j0 altinstall
# (altinstall: no unversioned python3 symlinks; the .pyc files it writes are
# dropped below anyway.)
INST="$DEST/usr/local"
[ -f "$INST/lib/libpython3.11.a" ] || die "make install produced no libpython3.11.a"

# ---------------------------------------------------------------------------
step "assemble the prefix"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/10-assemble.log"
mkdir -p "$PREFIX/lib" "$PREFIX/include" "$PREFIX/bin"
# 1. one archive with everything an embedder needs (pitfall 7).  Members of
#    the helper libraries get a prefix (zlib and bzip2 both have compress.o,
#    libmpdec and libpython both have context.o).
MERGE="$WORK/merge"
rm -rf "$MERGE" && mkdir -p "$MERGE/all"
merge_lib() {  # merge_lib TAG ARCHIVE  (TAG "" keeps the member names)
    local tag="$1" lib="$2" d="$MERGE/x-${1:-python}" m
    [ -f "$lib" ] || die "missing $lib"
    if [ -n "$("$AR" t "$lib" | sort | uniq -d)" ]; then
        die "$lib has duplicate member names; cannot merge it safely"
    fi
    mkdir -p "$d"
    (cd "$d" && "$AR" x "$lib")
    while read -r m; do
        [ ! -e "$MERGE/all/$tag$m" ] || die "member name clash: $tag$m ($lib)"
        mv "$d/$m" "$MERGE/all/$tag$m"
        echo "$tag$m" >>"$MERGE/members.txt"
    done < <("$AR" t "$lib")
}
merge_lib ""        "$INST/lib/libpython3.11.a"
merge_lib mpdec_    "$PYBUILD/Modules/_decimal/libmpdec/libmpdec.a"
merge_lib expat_    "$PYBUILD/Modules/expat/libexpat.a"
merge_lib z_        "$DEPS/lib/libz.a"
merge_lib bz2_      "$DEPS/lib/libbz2.a"
merge_lib lzma_     "$DEPS/lib/liblzma.a"
merge_lib sqlite3_  "$DEPS/lib/libsqlite3.a"
(cd "$MERGE/all" && xargs "$AR" rcsD "$PREFIX/lib/libpython3.11-full.a" <"$MERGE/members.txt")
# 2. headers (pyconfig.h included)
cp -a "$INST/include/python3.11" "$PREFIX/include/python3.11"
[ -f "$PREFIX/include/python3.11/pyconfig.h" ] || die "pyconfig.h not installed"
# 3. pure-Python stdlib: .py files only
STDLIB_SRC="$INST/lib/python3.11"
STDLIB="$PREFIX/lib/python3.11"
mkdir -p "$STDLIB"
(
    cd "$STDLIB_SRC"
    find . \( -type d \( -name __pycache__ -o -path ./test -o -path ./idlelib \
              -o -path ./tkinter -o -path ./turtledemo -o -path ./lib2to3/tests \
              -o -path ./ensurepip/_bundled -o -path './config-3.11-*' \
              -o -path ./site-packages \) -prune \) \
         -o \( -name '*.py' -print \) | LC_ALL=C sort >"$WORK/stdlib-files.txt"
    # tar -h: _sysconfigdata__wasi_wasm32-wasi.py is a symlink (Debian patch)
    tar -ch -T "$WORK/stdlib-files.txt" -f - | tar -x -C "$STDLIB" -f -
)
# getpath looks for lib-dynload to find exec_prefix; WASI has no dynamic
# extension modules, so an empty directory silences its warning.
mkdir -p "$STDLIB/lib-dynload"
ls "$STDLIB"/_sysconfigdata_*.py >/dev/null || die "no _sysconfigdata_*.py installed"
# 4. the interpreter (baseline), stripped
"$LLVM_STRIP" -o "$PREFIX/bin/python.wasm" "$PYBUILD/python.wasm"
# 5. flags for consumers ($PREFIX written literally)
LDFLAGS_NODIST="$(sed -n 's/^CONFIGURE_LDFLAGS_NODIST=[[:space:]]*//p' "$PYBUILD/Makefile")"
grep -q 'stack-size=524288' <<<"$LDFLAGS_NODIST" || die "unexpected LDFLAGS_NODIST: $LDFLAGS_NODIST"
cat >"$PREFIX/cflags.txt" <<'EOF'
--target=wasm32-wasi
--sysroot=$PREFIX/sysroot
-I$PREFIX/include/python3.11
-D_WASI_EMULATED_SIGNAL
-D_WASI_EMULATED_GETPID
-D_WASI_EMULATED_PROCESS_CLOCKS
EOF
cat >"$PREFIX/link-flags.txt" <<'EOF'
--target=wasm32-wasi
--sysroot=$PREFIX/sysroot
$PREFIX/lib/libpython3.11-full.a
-lwasi-emulated-signal
-lwasi-emulated-getpid
-lwasi-emulated-process-clocks
-lm
-Wl,-z,stack-size=524288
-Wl,--stack-first
-Wl,--initial-memory=10485760
EOF

# ---------------------------------------------------------------------------
step "verify (link an embedding program; run it and python.wasm)"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/11-verify.log"
VER="$WORK/verify"
rm -rf "$VER" && mkdir -p "$VER/tmp"
expand_flags() { sed "s|\$PREFIX|$PREFIX|g" "$1"; }
mapfile -t CFLAGS_ARR < <(expand_flags "$PREFIX/cflags.txt")
mapfile -t LINK_ARR < <(expand_flags "$PREFIX/link-flags.txt")
# the consumer's compiler: plain clang with only cflags.txt/link-flags.txt
run "$CLANG" -O2 "${CFLAGS_ARR[@]}" -c "$HERE/embed-check.c" -o "$VER/embed-check.o"
run "$CLANG" "$VER/embed-check.o" -o "$VER/embed-check.wasm" "${LINK_ARR[@]}"
say "  link check: OK ($(du -k "$VER/embed-check.wasm" | cut -f1) KiB unstripped)"
RUN_VERIFIED=no
VENV="$CACHE/tools/wasmtime-py-$WASMTIME_PY_VERSION"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import wasmtime' >>"$LOG" 2>&1; then
    rm -rf "$VENV"
    for py in python3 python3.11 python3.12 python3.13; do
        have_cmd "$py" || continue
        if run "$py" -m venv "$VENV" && run "$VENV/bin/pip" install -q "wasmtime==$WASMTIME_PY_VERSION"; then
            break
        fi
        rm -rf "$VENV"
    done
fi
if [ -x "$VENV/bin/python" ]; then
    RUNNER=("$VENV/bin/python" "$HERE/verify.py")
    "${RUNNER[@]}" --ro-dir "$PREFIX/lib::/lib" --dir "$VER/tmp::/tmp" "$VER/embed-check.wasm" \
        >"$VER/embed.out" 2>>"$LOG" || { cat "$VER/embed.out" >>"$LOG"; die "embed-check.wasm failed"; }
    cat "$VER/embed.out" >>"$LOG"
    [ "$(tail -n1 "$VER/embed.out")" = OK ] || die "embed-check.wasm did not print OK"
    say "  embed-check.wasm: $(head -n1 "$VER/embed.out") -> OK"
    "${RUNNER[@]}" --ro-dir "$PREFIX/lib::/usr/local/lib" --env PYTHONDONTWRITEBYTECODE=1 \
        "$PREFIX/bin/python.wasm" -c \
        'import sys; print(sys.version); print(" ".join(sorted(sys.builtin_module_names)))' \
        >"$VER/python.out" 2>"$VER/python.err" \
        || { cat "$VER/python.out" "$VER/python.err" >>"$LOG"; die "python.wasm failed"; }
    cat "$VER/python.out" "$VER/python.err" >>"$LOG"
    [ ! -s "$VER/python.err" ] || { cat "$VER/python.err" >&2; die "python.wasm wrote to stderr"; }
    say "  python.wasm: $(head -n1 "$VER/python.out")"
    RUN_VERIFIED="yes (wasmtime-py $WASMTIME_PY_VERSION)"
else
    say "  WARNING: could not install wasmtime-py; run verification skipped (link check done)"
fi

# the stdlib must still be .py files only
find "$STDLIB" -name __pycache__ -prune -exec rm -rf {} +
[ -z "$(find "$STDLIB" -type f ! -name '*.py' | head -n1)" ] || die "non-.py files in $STDLIB"

# ---------------------------------------------------------------------------
step "manifest and DONE"
# ---------------------------------------------------------------------------
LOG="$WORK/logs/12-manifest.log"
{
    echo "py2c-wasm CPython runtime for wasm32-wasi"
    echo "key: $KEY"
    echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) in $(( $(date +%s) - T_START ))s"
    echo "python: $(sed -n 's/^#define PY_VERSION[[:space:]]*"\(.*\)"/\1/p' "$PYSRC/Include/patchlevel.h") (Debian source python3.11 ${DEBVER[python3.11]}, Debian patches applied, configure regenerated with $(autoconf --version | head -n1))"
    for pkg in "${SRC_PKGS[@]}"; do echo "source: $pkg ${DEBVER[$pkg]} ($(basename "${DSC[$pkg]}"))"; done
    echo "bundled: libmpdec $(sed -n 's/^#define MPD_VERSION[[:space:]]*"\(.*\)"/\1/p' "$PYSRC/Modules/_decimal/libmpdec/mpdecimal.h"), expat $(sed -n 's/^#define XML_\(MAJOR\|MINOR\|MICRO\)_VERSION[[:space:]]*//p' "$PYSRC/Modules/expat/expat.h" | paste -sd.)"
    echo "compiler: $CLANG_VERSION ($CLANG)"
    echo "sysroot: $SYSROOT_DESC"
    if [ -z "${WASI_SDK_PATH:-}" ]; then
        for p in clang-19 lld-19 llvm-19 wasi-libc libclang-rt-19-dev-wasm32; do
            echo "deb: $p $(dpkg-query -W -f='${Version}' "$p")"
        done
    fi
    echo "build-python: $BUILD_PY $BUILD_PY_VERSION"
    echo "configure: --host=wasm32-unknown-wasi --build=$("$PYSRC/config.guess") --with-build-python=$BUILD_PY --prefix=/usr/local --disable-shared --disable-test-modules --without-ensurepip --with-pymalloc OPT='$OPT_USED'"
    echo "make: CFLAGS_NODIST=-Wno-error=int-conversion"
    echo "sqlite-defines: $(paste -sd' ' "$WORK/sqlite-defines.txt")"
    echo "run-verified: $RUN_VERIFIED"
    [ ! -f "$VER/python.out" ] || echo "builtin-modules: $(sed -n 2p "$VER/python.out")"
    echo "key-inputs:"
    sed 's/^/  /' "$WORK/key-input.txt"
} >"$PREFIX/manifest.txt"
touch "$PREFIX/DONE"
if [ -z "${PY2C_KEEP_WORK:-}" ]; then rm -rf "$WORK"; fi
say "done in $(( $(date +%s) - T_START ))s: $PREFIX"
echo "$PREFIX"
