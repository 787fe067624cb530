# Checks SyntaxError details (msg, lineno, offset, text, filename) from compile/eval/exec of bad source.


def show(label, source, mode="exec", filename="<src>"):
    try:
        compile(source, filename, mode)
    except SyntaxError as e:
        print("%-22s %s | line %s | offset %s" % (label, e.msg, e.lineno, e.offset))
        print("%-22s text=%r filename=%s" % ("", e.text, e.filename))
        print("%-22s class=%s" % ("", type(e).__name__))
    else:
        print("%-22s compiled fine" % label)


show("unclosed paren", "print((1, 2)\n")
show("missing colon", "if x\n    pass\n")
show("bad assignment", "1 = x\n")
show("assign to call", "f() = 3\n")
show("invalid token", "a = 1 $ 2\n")
show("unterminated string", "s = 'abc\n")
show("second line error", "ok = 1\nbad = = 2\n")
show("bad indentation", "def f():\nreturn 1\n")
show("unexpected indent", "a = 1\n    b = 2\n")
show("mixed dedent", "if True:\n        a = 1\n    b = 2\n")
show("return outside func", "return 5\n")
show("break outside loop", "break\n")
show("yield outside func", "yield 1\n")
show("keyword as name", "class = 3\n")
show("eval of statement", "x = 1", mode="eval")
show("missing comma hint", "[1 2]\n", mode="eval")
show("nonlocal at module", "nonlocal q\n")
show("duplicate argument", "def f(a, a):\n    pass\n")
show("valid source", "x = [1,\n 2]\n")

print("-- eval and exec raise the same SyntaxError")
for runner in (eval, exec):
    try:
        runner("(1 +")
    except SyntaxError as e:
        print(runner.__name__, "->", e.msg, e.lineno, e.offset, repr(e.filename))

print("-- SyntaxError is catchable as Exception and has args")
try:
    exec("for in range(3): pass")
except Exception as e:
    print(type(e).__name__, e.args[0], e.args[1][1:3])

print("-- IndentationError and TabError are subclasses")
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    compile("if 1:\n\tx = 1\n        y = 2\n", "<tabs>", "exec")
except SyntaxError as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno)

print("-- str() of a SyntaxError")
try:
    compile("a b c", "named.py", "exec")
except SyntaxError as e:
    print(str(e))

print("-- SyntaxError raised by code inside exec is the same type")
try:
    exec("compile('1 +', '<inner>', 'eval')")
except SyntaxError as e:
    print("inner:", e.msg, e.filename, e.lineno, e.offset)
