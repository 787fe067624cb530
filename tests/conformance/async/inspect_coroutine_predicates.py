# inspect / asyncio predicates on coroutine functions, coroutine objects, async generators and awaitables.
import asyncio
import inspect
import functools


async def coro_func():
    return 1


async def agen_func():
    yield 1


def plain_func():
    return 1


def gen_func():
    yield 1


class Awaitable:
    def __await__(self):
        yield
        return 5


class Methods:
    async def amethod(self):
        return "m"

    @staticmethod
    async def astatic():
        return "s"

    def method(self):
        return "plain"


lam = lambda: None
partial_coro = functools.partial(coro_func)

subjects = [
    ("coro_func", coro_func),
    ("agen_func", agen_func),
    ("plain_func", plain_func),
    ("gen_func", gen_func),
    ("lambda", lam),
    ("partial(coro_func)", partial_coro),
    ("Methods().amethod", Methods().amethod),
    ("Methods.astatic", Methods.astatic),
    ("Methods().method", Methods().method),
    ("Awaitable class", Awaitable),
]

for name, obj in subjects:
    print(f"{name:20} iscoroutinefunction={inspect.iscoroutinefunction(obj)!s:5} "
          f"asyncio={asyncio.iscoroutinefunction(obj)!s:5} "
          f"isasyncgenfunction={inspect.isasyncgenfunction(obj)!s:5} "
          f"isgeneratorfunction={inspect.isgeneratorfunction(obj)}")

coro = coro_func()
agen = agen_func()
gen = gen_func()
aw = Awaitable()
objects = [("coroutine", coro), ("async gen", agen), ("generator", gen),
           ("Awaitable()", aw), ("int", 5), ("future-like str", "x")]
for name, obj in objects:
    print(f"{name:16} iscoroutine={inspect.iscoroutine(obj)!s:5} "
          f"asyncio.iscoroutine={asyncio.iscoroutine(obj)!s:5} "
          f"isawaitable={inspect.isawaitable(obj)!s:5} "
          f"isasyncgen={inspect.isasyncgen(obj)!s:5} "
          f"isgenerator={inspect.isgenerator(obj)}")

print("coroutine state before:", inspect.getcoroutinestate(coro))
print("type name:", type(coro).__name__, "| __name__:", coro.__name__, "| __qualname__:", coro.__qualname__)
print("method qualname:", Methods.amethod.__qualname__)
print("cr_running:", coro.cr_running, "cr_await:", coro.cr_await)
print("code flags: CO_COROUTINE set:", bool(coro_func.__code__.co_flags & inspect.CO_COROUTINE),
      "CO_ASYNC_GENERATOR set:", bool(agen_func.__code__.co_flags & inspect.CO_ASYNC_GENERATOR))
coro.close()
print("coroutine state after close:", inspect.getcoroutinestate(coro))
gen.close()


async def main():
    inner = coro_func()
    print("state created:", inspect.getcoroutinestate(inner))
    print("awaited value:", await inner)
    print("state closed:", inspect.getcoroutinestate(inner))
    task = asyncio.create_task(coro_func(), name="t")
    print("task isawaitable:", inspect.isawaitable(task), "iscoroutine:", inspect.iscoroutine(task))
    print("task isfuture:", asyncio.isfuture(task), "plain isfuture:", asyncio.isfuture(5))
    await task
    print("await Awaitable():", await Awaitable())
    print("agen has __aiter__:", hasattr(agen, "__aiter__"), "__anext__:", hasattr(agen, "__anext__"))
    await agen.aclose()


asyncio.run(main())
