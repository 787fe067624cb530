# Metaclass __new__ and __init__ hooks, order of calls, registry of classes.

log = []


class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, namespace):
        log.append("new " + name)
        namespace = dict(namespace)
        namespace["upper_name"] = name.upper()
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes[name] = cls
        return cls

    def __init__(cls, name, bases, namespace):
        log.append("init " + name + " keys=" + ",".join(sorted([k for k in namespace if not k.startswith("__")])))
        super().__init__(name, bases, namespace)

    def describe(cls):
        return cls.__name__ + "/" + cls.upper_name


class Plugin(metaclass=Registry):
    def run(self):
        return "plugin"


class Audio(Plugin):
    volume = 5

    def run(self):
        return "audio at " + str(self.volume)


class Video(Plugin):
    fps = 30


print(log)
print(sorted(Registry.classes))
print(Audio.describe(), Video.describe())
print(Audio().run(), Video().run())
print(Audio.upper_name, Video().upper_name)
print(type(Audio) is Registry, isinstance(Video, Registry))
print(hasattr(Audio(), "describe"))

try:
    Audio().describe()
except AttributeError as e:
    print(type(e).__name__, e)


class CountingMeta(type):
    count = 0

    def __new__(mcls, name, bases, ns):
        CountingMeta.count += 1
        ns["serial"] = CountingMeta.count
        return type.__new__(mcls, name, bases, ns)


class X(metaclass=CountingMeta):
    pass


class Y(X):
    pass


class Z(Y):
    pass


print(X.serial, Y.serial, Z.serial, CountingMeta.count)

Dyn = Registry("Dyn", (Plugin,), {"run": lambda self: "dynamic"})
print(Dyn().run(), Dyn.upper_name, log[-2:])
