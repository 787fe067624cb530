# __init_subclass__ with keyword arguments, defaults, chaining and validation.


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, priority)


class Zip(Plugin, name="zip", priority=5):
    pass


class Tar(Plugin):
    pass


class FastZip(Zip, priority=9):
    pass


print(sorted(Plugin.registry), FastZip.plugin_name, FastZip.priority, Zip.priority)
print(sorted([(c.priority, n) for n, c in Plugin.registry.items()], reverse=True))
print("plugin_name" in Plugin.__dict__)


class Validated:
    def __init_subclass__(cls, required=(), **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [r for r in required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")
        cls.required = required


class Good(Validated, required=("run", "stop")):
    def run(self):
        pass

    def stop(self):
        pass


print(Good.required)
try:
    class Bad(Validated, required=("run", "stop", "pause")):
        def run(self):
            pass
except TypeError as e:
    print(type(e).__name__, e)


class First:
    def __init_subclass__(cls, **kwargs):
        print("First.__init_subclass__", cls.__name__, sorted(kwargs))
        super().__init_subclass__(**kwargs)


class Second:
    def __init_subclass__(cls, color="none", **kwargs):
        print("Second.__init_subclass__", cls.__name__, color)
        super().__init_subclass__(**kwargs)


class Mixed(First, Second, color="blue"):
    pass


class MixedChild(Mixed):
    pass


class Impl(Plugin, name="impl", extra=1):
    pass
