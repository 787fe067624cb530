# Checks inspect.currentframe() and inspect.stack() entries: function names, line numbers, code context.
import inspect
import os


def relative(lineno, func):
    return lineno - func.__code__.co_firstlineno


def innermost():
    frame = inspect.currentframe()
    print("  currentframe name:", frame.f_code.co_name)
    print("  back name:", frame.f_back.f_code.co_name)
    stack = inspect.stack()
    print("  stack functions:", [info.function for info in stack])
    print("  stack[0] line offset:", relative(stack[0].lineno, innermost))
    print("  stack[1] line offset:", relative(stack[1].lineno, middle))
    print("  stack[2] tuple-style access:", stack[2][3])
    print("  filename basename:", os.path.basename(stack[0].filename))
    print("  frame objects match:", stack[0].frame is frame)
    return len(stack)


def middle(x):
    y = x * 2
    return innermost()


def outer():
    return middle(5)


print("stack depth seen:", outer())

print("-- inspect.stack(context=0) has no source context")


def without_context():
    info = inspect.stack(context=0)[0]
    return info.function, info.code_context, info.index


print(without_context())

print("-- getframeinfo and getouterframes")


def frame_info():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    outer_frames = inspect.getouterframes(frame)
    return (info.function, relative(info.lineno, frame_info),
            [f.function for f in outer_frames])


print(frame_info())

print("-- caller name helper")


def caller_name():
    return inspect.stack()[1].function


def alpha():
    return caller_name()


class Service:
    def handle(self):
        return caller_name()

    @classmethod
    def build(cls):
        return caller_name()


print(alpha(), Service().handle(), Service.build(), caller_name())

print("-- frame locals via inspect")


def show_caller_locals():
    caller = inspect.currentframe().f_back
    return sorted(k for k in caller.f_locals)


def has_locals(a, b):
    c = a + b
    return show_caller_locals()


print(has_locals(1, 2))

print("-- positions and qualname in 3.11 FrameInfo")


def positions():
    info = inspect.stack()[0]
    return info.positions.lineno - positions.__code__.co_firstlineno, info.frame.f_code.co_qualname


print(positions())

print("-- inspect.trace() outside of an except block is empty")
print(inspect.trace())
try:
    outer_value = {}["missing"]
except KeyError:
    print("trace inside handler:", [fi.function for fi in inspect.trace()])
