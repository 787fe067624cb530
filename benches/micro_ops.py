# Per-operation costs (ns per loop iteration) of the operations pystone leans on: run it
# natively, as CPython-in-wasm and compiled, and compare the columns to see which
# operations the compiled code does not yet make cheaper than the interpreter.
import time
N = 300000
G = 5
class O:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self, x):
        return x
def f(a):
    return a
def f3(a, b, c):
    return a
def t_loop():
    for i in range(N):
        pass
def t_call():
    for i in range(N):
        f(i)
def t_call3():
    for i in range(N):
        f3(i, i, i)
def t_meth():
    o = O()
    for i in range(N):
        o.m(i)
def t_attr():
    o = O()
    for i in range(N):
        x = o.a
        o.b = x
def t_global():
    for i in range(N):
        x = G
def t_add():
    x = 0
    for i in range(N):
        x = x + i
def t_cmp():
    x = 0
    for i in range(N):
        if i < 100:
            x = 1
def t_list():
    l = [0] * 10
    for i in range(N):
        l[3] = l[4]
def t_new():
    for i in range(N):
        O()
def t_str():
    s = "A"
    for i in range(N):
        if s == "A":
            pass
for name, fn in list(globals().items()):
    if name.startswith("t_"):
        t = time.perf_counter(); fn(); d = time.perf_counter() - t
        print("%-10s %7.1f ns/iter" % (name, d / N * 1e9))
