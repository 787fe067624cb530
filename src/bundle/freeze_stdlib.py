"""Compiles a CPython standard library tree into marshalled code objects plus an index.

Run by py2c-wasm with the host python3.11 (same bytecode version as the wasm runtime):
    python3.11 freeze_stdlib.py LIBDIR OUTDIR
Writes OUTDIR/code.bin (concatenated marshal data) and OUTDIR/index.tsv with one line
per module: name, is_package (0/1), offset, size, comma-separated imported names.
Import names are absolute; `from pkg import x` records both `pkg` and `pkg.x`
(the bundler keeps whichever exists).
"""
import ast
import marshal
import os
import sys

# Test suites and GUI/tooling packages a compiled program cannot use under WASI.
SKIP_DIRS = {"test", "tests", "idlelib", "tkinter", "turtledemo", "__pycache__", "site-packages", "ensurepip"}


def module_files(libdir):
    for root, dirs, files in os.walk(libdir):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and os.path.exists(os.path.join(root, d, "__init__.py")))
        rel = os.path.relpath(root, libdir)
        pkg = "" if rel == "." else rel.replace(os.sep, ".")
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            stem = f[:-3]
            if stem == "__init__":
                if pkg:
                    yield pkg, True, os.path.join(root, f)
            else:
                yield (pkg + "." + stem if pkg else stem), False, os.path.join(root, f)


def imports_of(tree, name, is_pkg):
    package = name if is_pkg else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                found.add(a.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                if node.level > 1:
                    base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod:
                found.add(mod)
            for a in node.names:
                if a.name != "*":
                    found.add((mod + "." if mod else "") + a.name)
    return sorted(found)


def main():
    libdir, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    offset = 0
    lines = []
    with open(os.path.join(outdir, "code.bin.tmp"), "wb") as blob:
        for name, is_pkg, path in module_files(libdir):
            with open(path, "rb") as fh:
                source = fh.read()
            try:
                tree = ast.parse(source, path)
                code = compile(tree, "<frozen %s>" % name, "exec", dont_inherit=True)
            except SyntaxError as e:
                print("py2c-wasm: skipping stdlib module %s: %s" % (name, e), file=sys.stderr)
                continue
            data = marshal.dumps(code)
            blob.write(data)
            lines.append("%s\t%d\t%d\t%d\t%s" % (name, is_pkg, offset, len(data), ",".join(imports_of(tree, name, is_pkg))))
            offset += len(data)
    with open(os.path.join(outdir, "index.tsv.tmp"), "w") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(os.path.join(outdir, "code.bin.tmp"), os.path.join(outdir, "code.bin"))
    os.replace(os.path.join(outdir, "index.tsv.tmp"), os.path.join(outdir, "index.tsv"))
    print("%d modules, %d bytes" % (len(lines), offset))


if __name__ == "__main__":
    main()
