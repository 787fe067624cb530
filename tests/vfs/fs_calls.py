"""File-system calls of unmodified code against a tree rooted at argv[2] (tests/vfs.rs).

`fs_calls.py tree ROOT`: every call the embedded filesystem serves; the output (paths relative
to ROOT) must equal python3.11's on a host copy of the tree. Lines starting "wasm-only:" are
what only the read-only embedded tree gives (EROFS, the fixed mtime, an empty /tmp); the
test checks them on their own.
`fs_calls.py mount ROOT [TMP]`: ROOT (and TMP) are host directories mounted with --dir over
the embedded tree; they must win and be writable."""
import errno
import gettext
import glob
import importlib.metadata
import importlib.resources
import importlib.util
import json
import os
import pathlib
import pkgutil
import shutil
import sqlite3
import stat
import sys
import tempfile

sys.dont_write_bytecode = True
MODE, ROOT = sys.argv[1], sys.argv[2]
WASM = sys.platform == "wasi"


def rel(p):
    return os.path.relpath(str(p), ROOT)


def err(e):
    name = errno.errorcode.get(e.errno, e.errno) if isinstance(e, OSError) else ""
    return f"{type(e).__name__} {name} {getattr(e, 'strerror', None) or e}"


def show(label, fn):
    try:
        print(f"{label}: {fn()!r}")
    except Exception as e:  # the error is the result
        print(f"{label}: {err(e)}")


def wasm_only(label, fn):
    if WASM:
        show("wasm-only: " + label, fn)


def p(*parts):
    return os.path.join(ROOT, *parts)


def read_calls():
    print("== open/read/seek")
    with open(p("hello.txt")) as f:
        print(repr(f.readline()), f.tell())
        f.seek(7)
        print(repr(f.read(5)), f.tell())
        print(repr(f.read()))
        print(repr(f.read()))
    with open(p("bin", "blob.bin"), "rb") as f:
        data = f.read()
        print(len(data), sum(data), data[:4], data[-3:])
        f.seek(-16, 2)
        print(f.tell(), f.read(4))
        f.seek(100)
        print(f.read1(3), f.readinto(bytearray(10)))
    fd = os.open(p("bin", "blob.bin"), os.O_RDONLY)
    print(os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 10, os.SEEK_SET), os.read(fd, 3), os.pread(fd, 2, 255))
    print(os.fstat(fd).st_size, stat.S_ISREG(os.fstat(fd).st_mode))
    show("write to O_RDONLY fd", lambda: os.write(fd, b"x"))
    os.close(fd)
    show("close twice", lambda: os.close(fd))
    show("open dir", lambda: open(p("nested")))
    show("O_DIRECTORY on file", lambda: os.open(p("hello.txt"), os.O_RDONLY | os.O_DIRECTORY))
    show("missing", lambda: open(p("nope.txt")))
    show("missing parent", lambda: open(p("nope", "x.txt")))
    show("file as dir", lambda: open(p("hello.txt", "x")))
    show("dotdot", lambda: open(p("nested", "a", "b", "..", "sibling.txt")).read())
    show("dot", lambda: open(p(".", "nested", ".", "top.txt")).read())
    show("json", lambda: json.load(open(p("config.json"))))

    print("== stat")
    for name in ["hello.txt", "bin/blob.bin", "nested", "empty", "nested/a/b/c/deep.txt", "db/app.db"]:
        for fn in (os.stat, os.lstat):
            st = fn(p(name))
            size = st.st_size if stat.S_ISREG(st.st_mode) else "-"
            print(name, fn.__name__, stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), size)
    show("stat missing", lambda: os.stat(p("nope")))
    show("stat file/", lambda: os.stat(p("hello.txt") + "/"))
    show("stat dir/", lambda: stat.S_ISDIR(os.stat(p("nested") + "/").st_mode))
    print(os.path.exists(p("hello.txt")), os.path.isfile(p("hello.txt")), os.path.isdir(p("empty")),
          os.path.exists(p("nope")), os.path.getsize(p("config.json")), os.access(p("hello.txt"), os.R_OK))
    print(os.path.samefile(p("nested", "a", ".."), p("nested")), os.path.islink(p("hello.txt")))
    show("readlink", lambda: os.readlink(p("hello.txt")))

    print("== listdir/scandir/walk")
    print(sorted(os.listdir(ROOT)))
    print(os.listdir(p("empty")), sorted(os.listdir(p("nested"))))
    many = sorted(os.listdir(p("many")))
    print(len(many), len(set(many)), many[0], many[-1], sum(len(e.name) for e in os.scandir(p("many"))))
    show("listdir file", lambda: os.listdir(p("hello.txt")))
    show("listdir missing", lambda: os.listdir(p("nope")))
    with os.scandir(ROOT) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-", rel(e.path))
    for top, dirs, files in os.walk(ROOT):
        dirs.sort()
        print(rel(top), dirs, sorted(files) if len(files) < 20 else len(files))
    txt = sorted(glob.glob(p("**", "*.txt"), recursive=True))
    print(len(txt), [rel(x) for x in txt if "many" not in x])
    print([rel(x) for x in sorted(glob.glob(p("nested", "*", "")))], [rel(x) for x in sorted(glob.glob(p("*.json")))])

    print("== pathlib")
    r = pathlib.Path(ROOT)
    print(sorted(x.name for x in r.iterdir()))
    print((r / "hello.txt").read_text().splitlines(), len((r / "bin" / "blob.bin").read_bytes()))
    print((r / "nested").exists(), (r / "nested").is_dir(), (r / "nope").exists(), (r / "hello.txt").is_file())
    print(rel((r / "nested" / "a" / "b" / ".." / "sibling.txt").resolve()), rel(os.path.realpath(p("nested", "a", "b", "..", ".."))))
    print(sorted(rel(x) for x in r.rglob("*.json")), [x.name for x in sorted((r / "nested").glob("*/*"))])
    print(sorted(x.suffix for x in (r / "datapkg").iterdir()))
    os.chdir(p("nested"))
    print(rel(os.getcwd()), open("top.txt").read(), sorted(os.listdir(".")), os.path.isfile("a/sibling.txt"))
    os.chdir("a")
    print(rel(os.getcwd()), open("../top.txt").read(), rel(os.path.abspath("b")))
    os.chdir("/")

    print("== importlib.resources/pkgutil/metadata")
    spec = importlib.util.spec_from_file_location("datapkg", p("datapkg", "__init__.py"),
                                                  submodule_search_locations=[p("datapkg")])
    mod = importlib.util.module_from_spec(spec)
    sys.modules["datapkg"] = mod
    spec.loader.exec_module(mod)
    print(mod.VALUE, rel(mod.__file__))
    res = importlib.resources.files("datapkg")
    print((res / "res.txt").read_text(), json.loads((res / "data" / "inner.json").read_bytes()))
    print(sorted(x.name for x in res.iterdir()), (res / "res.txt").is_file(), (res / "data").is_dir())
    print(importlib.resources.read_text("datapkg", "res.txt"))
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([p("datapkg")])))
    dists = list(importlib.metadata.distributions(path=[p("site")]))
    print([(d.metadata["Name"], d.version, d.metadata["Summary"]) for d in dists])
    print(dists[0].read_text("top_level.txt"), [str(f) for f in dists[0].files])

    print("== gettext")
    t = gettext.translation("app", localedir=p("locale"), languages=["fr"])
    print(t.gettext("Hello"), t.gettext("Goodbye"), t.gettext("untranslated"), t.ngettext("file", "files", 1), t.ngettext("file", "files", 2))
    print(rel(gettext.find("app", localedir=p("locale"), languages=["fr"])), gettext.find("app", localedir=p("locale"), languages=["de"]))

    print("== sqlite3")
    con = sqlite3.connect(f"file:{p('db', 'app.db')}?mode=ro", uri=True)
    print(con.execute("select name, price from items order by id").fetchall())
    print(con.execute("select count(*), sum(price) from items").fetchone())
    show("insert (ro)", lambda: con.execute("insert into items (name, price) values ('kiwi', 2)"))
    con.close()


def tmp_calls():
    print("== /tmp")
    d = tempfile.mkdtemp(prefix="fs_calls_")
    print(os.path.dirname(d), os.path.basename(d) in os.listdir("/tmp"), os.listdir(d))
    a = os.path.join(d, "a.txt")
    with open(a, "w") as f:
        print(f.write("hello\n"), f.write("world\n"), f.tell())
    with open(a, "a") as f:
        f.write("more\n")
    with open(a, "r+") as f:
        print(repr(f.read()))
        f.seek(0)
        f.write("HE")
        f.truncate(8)
    print(repr(open(a).read()), os.stat(a).st_size)
    os.truncate(a, 3)
    print(repr(open(a).read()))
    with open(a, "rb+") as f:
        f.seek(10)
        f.write(b"Z")
    print(open(a, "rb").read())
    fd = os.open(a, os.O_RDWR)
    print(os.pwrite(fd, b"pw", 1), os.pread(fd, 4, 0), os.lseek(fd, 0, os.SEEK_END))
    os.ftruncate(fd, 2)
    os.fsync(fd)
    print(os.fstat(fd).st_size)
    os.close(fd)
    show("O_EXCL existing", lambda: os.open(a, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    show("read O_WRONLY", lambda: os.read(os.open(a, os.O_WRONLY), 1))
    os.utime(a, (1000000000, 1200000000))
    print(os.stat(a).st_mtime, os.stat(a).st_atime)
    os.mkdir(os.path.join(d, "sub"))
    show("mkdir existing", lambda: os.mkdir(os.path.join(d, "sub")))
    show("mkdir missing parent", lambda: os.mkdir(os.path.join(d, "no", "such")))
    os.makedirs(os.path.join(d, "deep", "er", "est"))
    os.makedirs(os.path.join(d, "deep", "er"), exist_ok=True)
    os.rename(a, os.path.join(d, "sub", "b.txt"))
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "sub")), os.path.exists(a))
    show("rename missing", lambda: os.rename(a, os.path.join(d, "c.txt")))
    show("rename file over dir", lambda: os.rename(os.path.join(d, "sub", "b.txt"), os.path.join(d, "deep")))
    show("rename dir over non-empty", lambda: os.rename(os.path.join(d, "sub"), os.path.join(d, "deep")))
    show("rename into itself", lambda: os.rename(os.path.join(d, "deep"), os.path.join(d, "deep", "er", "x")))
    show("rmdir non-empty", lambda: os.rmdir(os.path.join(d, "sub")))
    show("rmdir file", lambda: os.rmdir(os.path.join(d, "sub", "b.txt")))
    show("unlink dir", lambda: os.unlink(os.path.join(d, "sub")))
    show("unlink missing", lambda: os.unlink(os.path.join(d, "nope")))
    open(os.path.join(d, "other.txt"), "w").write("other")
    os.replace(os.path.join(d, "other.txt"), os.path.join(d, "sub", "b.txt"))
    print(open(os.path.join(d, "sub", "b.txt")).read(), sorted(os.listdir(d)))
    os.rename(os.path.join(d, "deep", "er", "est"), os.path.join(d, "est2"))
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "deep", "er")))
    # An unlinked file stays readable through an open descriptor.
    f = open(os.path.join(d, "sub", "b.txt"))
    os.unlink(os.path.join(d, "sub", "b.txt"))
    print(f.read(), os.listdir(os.path.join(d, "sub")))
    f.close()
    os.rmdir(os.path.join(d, "sub"))
    shutil.copyfile(p("bin", "blob.bin"), os.path.join(d, "copy.bin"))
    print(open(os.path.join(d, "copy.bin"), "rb").read() == open(p("bin", "blob.bin"), "rb").read())
    with tempfile.NamedTemporaryFile(dir=d, suffix=".tmp") as t:
        t.write(b"named")
        t.flush()
        t.seek(0)
        print(t.read(), os.path.basename(t.name) in os.listdir(d), os.path.dirname(t.name) == d)
    with tempfile.NamedTemporaryFile() as t:
        print(os.path.dirname(t.name), os.path.exists(t.name))
    with tempfile.TemporaryDirectory() as td:
        open(os.path.join(td, "x"), "w").write("x")
        print(os.listdir(td))
    print(os.path.exists(td))
    for i in range(120):
        open(os.path.join(d, f"n{i:03d}_{'y' * (i % 60)}"), "w").write(str(i))
    names = os.listdir(d)
    print(len(names), sum(int(open(os.path.join(d, n)).read()) for n in names if n.startswith("n")))
    # Deleting while reading the directory: every other entry is still listed once.
    seen = []
    with os.scandir(d) as it:
        for e in it:
            seen.append(e.name)
            if e.name.startswith("n"):
                os.unlink(e.path)
    print(sorted(seen) == sorted(names), sorted(os.listdir(d)))
    con = sqlite3.connect(os.path.join(d, "w.db"))
    con.execute("create table t (x integer)")
    con.executemany("insert into t values (?)", [(i,) for i in range(1000)])
    con.commit()
    con.execute("update t set x = x * 2 where x < 10")
    con.commit()
    print(con.execute("select count(*), sum(x) from t").fetchone())
    con.close()
    con = sqlite3.connect(os.path.join(d, "w.db"))
    print(con.execute("select max(x) from t").fetchone(), os.path.getsize(os.path.join(d, "w.db")) > 0)
    con.close()
    with os.scandir(d) as it:
        print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
    print(sorted((rel_d, sorted(ds), sorted(fs)) for rel_d, ds, fs in ((os.path.relpath(t, d), ds, fs) for t, ds, fs in os.walk(d))))
    shutil.rmtree(d)
    print(os.path.exists(d), os.path.basename(d) in os.listdir("/tmp"))


def read_only_calls():
    """What only the embedded tree gives: it is read-only, with one fixed mtime."""
    wasm_only("open w", lambda: open(p("hello.txt"), "w"))
    wasm_only("open a", lambda: open(p("hello.txt"), "a"))
    wasm_only("open r+", lambda: open(p("hello.txt"), "r+"))
    wasm_only("create", lambda: open(p("new.txt"), "x"))
    wasm_only("create in subdir", lambda: open(p("nested", "a", "new.txt"), "w"))
    wasm_only("mkdir", lambda: os.mkdir(p("newdir")))
    wasm_only("mkdir existing", lambda: os.mkdir(p("nested")))
    wasm_only("rmdir", lambda: os.rmdir(p("empty")))
    wasm_only("unlink", lambda: os.unlink(p("hello.txt")))
    wasm_only("rename", lambda: os.rename(p("hello.txt"), p("renamed.txt")))
    wasm_only("rename to /tmp", lambda: os.rename(p("hello.txt"), "/tmp/x"))
    wasm_only("truncate", lambda: os.truncate(p("hello.txt"), 0))
    wasm_only("utime", lambda: os.utime(p("hello.txt")))
    wasm_only("rmdir /tmp", lambda: os.rmdir("/tmp"))
    wasm_only("mtime", lambda: (os.stat(p("hello.txt")).st_mtime, os.stat(p("nested")).st_mtime))
    wasm_only("tree intact", lambda: (open(p("hello.txt")).read(3), sorted(os.listdir(p("nested")))))
    wasm_only("sqlite rw insert", lambda: sqlite3.connect(p("db", "app.db")).execute("insert into items (name) values ('x')"))
    wasm_only("tmp is a dir", lambda: (os.path.isdir("/tmp"), "tmp" in os.listdir("/")))


def mount_calls():
    """ROOT (and argv[3]) are --dir mounts over the embedded tree: theirs, and writable."""
    print(sorted(os.listdir(ROOT)))
    with open(p("written.txt"), "w") as f:
        f.write("from wasm\n")
    os.mkdir(p("made"))
    print(sorted(os.listdir(ROOT)), open(p("host.txt")).read())
    for tmp in sys.argv[3:]:
        print(sorted(os.listdir(tmp)))
        open(os.path.join(tmp, "tmpfile.txt"), "w").write("tmp from wasm\n")
        with tempfile.NamedTemporaryFile(dir=tmp) as t:
            print(os.path.dirname(t.name) == tmp)
        print(tempfile.gettempdir(), sorted(os.listdir(tmp)))


if MODE == "tree":
    wasm_only("/tmp at start", lambda: os.listdir("/tmp"))
    read_calls()
    tmp_calls()
    read_only_calls()
    # This program is compiled: its file is listed, but there is no source to read.
    wasm_only("compiled file stat", lambda: (os.path.isfile(__file__), os.path.getsize(__file__)))
    wasm_only("compiled file open", lambda: open(__file__).read())
    wasm_only("compiled file source", lambda: __import__("linecache").getline(__file__, 1))
elif MODE == "mount":
    mount_calls()
elif MODE == "tmp":
    # The build's smallest image (just the program's own placeholder): /tmp still works.
    tmp_d = tempfile.mkdtemp()
    open(os.path.join(tmp_d, "f"), "w").write("ok")
    print(os.listdir("/tmp") == [os.path.basename(tmp_d)], open(os.path.join(tmp_d, "f")).read())
    shutil.rmtree(tmp_d)
    print(os.listdir("/tmp"), "tmp" in os.listdir("/"))
