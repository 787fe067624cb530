# Checks exceptions raised inside exec/eval'd code: catching them, their tracebacks and attributes.
import traceback


def frames_of(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        out.append((code.co_filename, code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out[1:]  # drop this module's frame, whose filename varies


try:
    exec("x = 1\ny = 0\nz = x / y\n")
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
    print(frames_of(exc))

try:
    eval("undefined_name + 1")
except NameError as exc:
    print("NameError:", exc, "| name attr:", exc.name)
    print(frames_of(exc))

source = '''
def inner(v):
    if v > 2:
        raise ValueError("value %d too large" % v)
    return v

def outer(items):
    return [inner(i) for i in items]
'''
ns = {}
exec(compile(source, "generated.py", "exec"), ns)
print(ns["outer"]([1, 2]))
try:
    ns["outer"]([1, 2, 3])
except ValueError as exc:
    print("ValueError:", exc)
    for entry in frames_of(exc):
        print("  ", entry)

print("-- exceptions carry through exec into except clauses inside the exec'd code")
ns = {}
exec('''
try:
    {}["k"]
except KeyError as e:
    caught = repr(e)
finally:
    cleaned = True
''', ns)
print(ns["caught"], ns["cleaned"])

print("-- raise from inside exec with a cause")
try:
    exec("try:\n    int('x')\nexcept ValueError as e:\n    raise RuntimeError('wrapped') from e\n")
except RuntimeError as exc:
    print(repr(exc), "cause:", repr(exc.__cause__))

print("-- custom exception class defined by exec")
ns = {}
exec("class AppError(Exception):\n    code = 42\n", ns)
try:
    exec("raise AppError('custom failure')", ns)
except ns["AppError"] as exc:
    print(type(exc).__name__, exc, exc.code, type(exc).__module__)
except Exception as exc:
    print("wrong handler", exc)

print("-- formatted traceback lines of exec'd code")
try:
    exec(compile("a = [1]\nb = a[5]\n", "<listing>", "exec"))
except IndexError as exc:
    lines = traceback.format_exception_only(type(exc), exc)
    print(lines)
    summary = traceback.extract_tb(exc.__traceback__)[1:]
    print([(fs.filename, fs.lineno, fs.name, fs.line) for fs in summary])

print("-- SystemExit raised in exec is catchable")
try:
    exec("import sys\nsys.exit(3)")
except SystemExit as exc:
    print("SystemExit code:", exc.code)

print("-- exception inside eval'd lambda called later")
f = eval("lambda d: d['missing']")
try:
    f({})
except KeyError as exc:
    print("KeyError:", exc, frames_of(exc))
