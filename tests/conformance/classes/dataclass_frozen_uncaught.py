# Uncaught FrozenInstanceError from assigning to a frozen dataclass inside a method chain.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    host: str
    port: int = 80
    flags: tuple = field(default_factory=tuple)

    def with_port(self, port):
        return Settings(self.host, port, self.flags)


class Server:
    def __init__(self, settings):
        self.settings = settings

    def reconfigure(self, port):
        self.settings = self.settings.with_port(port)
        print("reconfigured", self.settings)

    def patch(self, port):
        self._apply(port)

    def _apply(self, port):
        print("patching in place")
        self.settings.port = port


srv = Server(Settings("localhost", flags=("tls",)))
srv.reconfigure(8080)
srv.patch(9090)
print("unreachable")
