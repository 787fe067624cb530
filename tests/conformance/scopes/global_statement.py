# The global statement: reading, rebinding and creating module globals.

counter = 0
config = {"debug": False}


def increment():
    global counter
    counter += 1
    return counter


def read_only():
    return counter * 10


def shadow():
    counter = "local"
    return counter


def mutate_without_global():
    config["debug"] = True


def create_new_global():
    global brand_new
    brand_new = "created in function"


def delete_global():
    global brand_new
    del brand_new


def multiple_globals():
    global a, b
    a, b = 1, 2
    return a + b


increment()
increment()
print(counter, read_only(), shadow(), counter)
mutate_without_global()
print(config)
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
create_new_global()
print(brand_new)
delete_global()
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
try:
    delete_global()
except NameError as e:
    print(type(e).__name__, e)
print(multiple_globals(), a, b)


def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i


loop_global()
print(total)


def global_in_branch(flag):
    if flag:
        global late
        late = "set"
    return "done"


print(global_in_branch(False))
try:
    late
except NameError as e:
    print(type(e).__name__, e)
global_in_branch(True)
print(late)


def for_target_global():
    global idx
    for idx in range(3):
        pass


for_target_global()
print(idx)


def import_as_global():
    global mathmod
    import math as mathmod


import_as_global()
print(mathmod.floor(2.7))
