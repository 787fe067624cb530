"""Compiles a CPython standard library tree into marshalled code objects plus an index.

Run by py2c-wasm with the host python3.11 (same bytecode version as the wasm runtime):
    python3.11 freeze_stdlib.py LIBDIR OUTDIR FIXES
FIXES is wasi_fixes.py: source replacements for WASI's gaps, applied before compiling.
Writes OUTDIR/code.bin (concatenated marshal data) and OUTDIR/index.tsv with one line
per module: name, is_package (0/1), offset, size, then the comma-separated names it imports
at module level (eager) and only inside functions (lazy).
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


# Code that only runs when a stdlib module is executed as a script (python -m mod):
# `if __name__ == "__main__":` blocks and the self-test/CLI helpers they call.
SCRIPT_ONLY_FUNCTIONS = {"_test", "_main", "main", "test", "_demo", "demo", "_script"}


def is_main_guard(node):
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return False
    t = node.test
    return (isinstance(t.left, ast.Name) and t.left.id == "__name__" and len(t.comparators) == 1
            and isinstance(t.comparators[0], ast.Constant) and t.comparators[0].value == "__main__")


def reachable_nodes(tree):
    """Yields (node, lazy): lazy when the node is inside a function body."""
    stack = [(tree, False)]
    while stack:
        node, lazy = stack.pop()
        if is_main_guard(node):
            stack.extend((n, lazy) for n in node.orelse)
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            if getattr(node, "name", "") in SCRIPT_ONLY_FUNCTIONS:
                continue
            lazy = True
        yield node, lazy
        stack.extend((n, lazy) for n in ast.iter_child_nodes(node))


def imports_of(tree, name, is_pkg):
    """(eager, lazy) imported names: module level vs inside functions."""
    package = name if is_pkg else name.rpartition(".")[0]
    eager, lazy = set(), set()
    for node, in_function in reachable_nodes(tree):
        found = lazy if in_function else eager
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
    return sorted(eager), sorted(lazy - eager)


def apply_fixes(name, source, fixes):
    """Line numbers stay CPython's: a replacement keeps its line count, new code is appended."""
    for old, new in fixes.pop(name, []):
        text = source.decode("utf-8")
        if old == "":
            source = (text + new).encode("utf-8")
            continue
        if text.count(old) != 1:
            sys.exit("py2c-wasm: the WASI fix for %s no longer applies (%r found %d times)" % (name, old[:60], text.count(old)))
        if old.count("\n") != new.count("\n"):
            sys.exit("py2c-wasm: the WASI fix for %s changes the number of lines" % name)
        source = text.replace(old, new).encode("utf-8")
    return source


def main():
    libdir, outdir = sys.argv[1], sys.argv[2]
    fixes = {}
    with open(sys.argv[3]) as fh:
        exec(compile(fh.read(), sys.argv[3], "exec"), fixes)
    fixes = dict(fixes["FIXES"])
    os.makedirs(outdir, exist_ok=True)
    offset = 0
    lines = []
    with open(os.path.join(outdir, "code.bin.tmp"), "wb") as blob:
        for name, is_pkg, path in module_files(libdir):
            with open(path, "rb") as fh:
                source = apply_fixes(name, fh.read(), fixes)
            try:
                tree = ast.parse(source, path)
                # Tracebacks name the file where CPython's own wasm build installs it.
                shown = "/usr/local/lib/python3.11/" + os.path.relpath(path, libdir).replace(os.sep, "/")
                code = compile(tree, shown, "exec", dont_inherit=True)
            except SyntaxError as e:
                print("py2c-wasm: skipping stdlib module %s: %s" % (name, e), file=sys.stderr)
                continue
            data = marshal.dumps(code)
            blob.write(data)
            eager, lazy = imports_of(tree, name, is_pkg)
            lines.append("%s\t%d\t%d\t%d\t%s\t%s" % (name, is_pkg, offset, len(data), ",".join(eager), ",".join(lazy)))
            offset += len(data)
    if fixes:
        sys.exit("py2c-wasm: WASI fixes for modules not in the library: %s" % ", ".join(sorted(fixes)))
    with open(os.path.join(outdir, "index.tsv.tmp"), "w") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(os.path.join(outdir, "code.bin.tmp"), os.path.join(outdir, "code.bin"))
    os.replace(os.path.join(outdir, "index.tsv.tmp"), os.path.join(outdir, "index.tsv"))
    print("%d modules, %d bytes" % (len(lines), offset))


if __name__ == "__main__":
    main()
