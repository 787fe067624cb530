# Checks that finally blocks of suspended generators run when the last reference goes away.
import gc


def resource(name):
    print("  open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("  release", name)


g = resource("first")
print(next(g))
print("deleting g")
del g
print("after del")

print("-- rebinding the only reference")
g = resource("second")
print(next(g))
g = None
print("after rebinding")

print("-- unstarted generator deleted: nothing to clean up")
g = resource("third")
del g
print("after del of unstarted")

print("-- generator dropped inside a function")


def use_partially():
    it = resource("local")
    print("  first item", next(it))
    print("  returning from function")


use_partially()
print("back at module level")

print("-- for loop break then the generator object is dropped")
for item in resource("loop"):
    print("item", item)
    break
print("after loop")

print("-- generator in a list")
holder = [resource("listed")]
next(holder[0])
holder.clear()
print("list cleared")


def catches_exit(name):
    try:
        yield 1
    except GeneratorExit:
        print("  %s saw GeneratorExit on collection" % name)
        raise


x = catches_exit("collected")
next(x)
del x
gc.collect()
print("-- cycle involving the generator")


class Box:
    pass


box = Box()
box.gen = resource("cyclic")
box.gen_self = box
next(box.gen)
del box
gc.collect()
print("end of program")
