# Checks compile() in 'eval', 'exec' and 'single' modes and running the resulting code objects.
import sys

expr_code = compile("a * b + 1", "<expr>", "eval")
print(type(expr_code).__name__, expr_code.co_filename, expr_code.co_name)
print("names used:", expr_code.co_names)
print(eval(expr_code, {"a": 3, "b": 4}))
print(eval(expr_code, {"a": 2.5, "b": 2}))
print("exec of an eval-mode code object returns None:", exec(expr_code, {"a": 1, "b": 1}))

exec_code = compile("total = 0\nfor i in range(n):\n    total += i\n", "<loop>", "exec")
print(exec_code.co_name, exec_code.co_filename)
env = {"n": 5}
print("eval of exec-mode code returns:", eval(exec_code, env))
print("total:", env["total"])
env["n"] = 10
exec(exec_code, env)
print("reused code object, total:", env["total"])

print("-- 'single' mode prints expression values via sys.displayhook")
single = compile("6 * 7", "<single>", "single")
exec(single)
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"), {})
exec(compile("[1, 2][0] + 9", "<single>", "single"))

print("-- custom displayhook")
shown = []
old_hook = sys.displayhook
sys.displayhook = lambda value: shown.append(value)
try:
    exec(compile("'captured'", "<single>", "single"))
    exec(compile("3 + 4", "<single>", "single"))
finally:
    sys.displayhook = old_hook
print("captured values:", shown)

print("-- single mode only accepts one statement")
try:
    compile("a = 1\nb = 2\n", "<single>", "single")
except SyntaxError as exc:
    print("SyntaxError:", exc.msg)

print("-- compound statement in single mode")
exec(compile("for k in range(3):\n    k * 10\n", "<single>", "single"))

print("-- compiling bytes source")
byte_code = compile(b"'from bytes' + suffix", "<bytes>", "eval")
print(eval(byte_code, {"suffix": "!"}))

print("-- invalid mode")
try:
    compile("1", "<x>", "evaluate")
except ValueError as exc:
    print("ValueError:", exc)

print("-- co_consts and constant folding")
folded = compile("2 * 3 * 7", "<fold>", "eval")
print(eval(folded), 42 in folded.co_consts)

print("-- functions defined in compiled code remember the filename")
ns = {}
exec(compile("def f():\n    return 1\n", "virtual_file.py", "exec"), ns)
print(ns["f"].__code__.co_filename, ns["f"].__code__.co_firstlineno)

print("-- dont_inherit and flags are accepted")
code = compile("1 if flag else 2", "<flags>", "eval", 0, True)
print(eval(code, {"flag": False}))

print("-- the code object is reusable across namespaces")
shared = compile("[name.upper(), len(name)]", "<shared>", "eval")
for value in ("ab", "xyz", ""):
    print(eval(shared, {"name": value}))
