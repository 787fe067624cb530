# Checks logging records' funcName, lineno and module fields through a stdout stream handler.
import logging
import sys

logging.basicConfig(
    stream=sys.stdout,
    level=logging.DEBUG,
    format="%(levelname)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s",
)
log = logging.getLogger("demo")


def connect(host):
    log.info("connecting to %s", host)
    if not host:
        log.warning("empty host")
        return False
    log.debug("connected")
    return True


class Server:
    def start(self):
        log.error("start failed for %s", type(self).__name__)

    @staticmethod
    def helper():
        log.critical("static helper")


log.info("module level message")
connect("example")
connect("")
Server().start()
Server.helper()
(lambda: log.info("from a lambda"))()
[log.debug("in comprehension %d", i) for i in range(1)]

print("-- level filtering on a child logger")
child = logging.getLogger("demo.child")
child.setLevel(logging.WARNING)
child.info("suppressed")
child.warning("child warning with %r", {"k": 1})
print("effective levels:", log.getEffectiveLevel(), child.getEffectiveLevel())

print("-- exception logging with stack info omitted")


def failing():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        log.error("caught: %s", exc)


failing()

print("-- a second handler with its own formatter")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s] %(funcName)s:%(lineno)d %(message)s"))
special = logging.getLogger("special")
special.addHandler(handler)
special.propagate = False


def report():
    special.warning("only one line, from %s", "report")


report()
special.warning("at module level")

print("-- stacklevel moves funcName and lineno to the caller")


def audit(message):
    log.info(message, stacklevel=2)


def business_logic():
    audit("audited call")


business_logic()

print("-- LogRecord attributes through a filter")


class Capture(logging.Filter):
    def filter(self, record):
        print("  record:", record.name, record.levelname, record.funcName,
              record.lineno, record.module, record.getMessage())
        return False


special.addFilter(Capture())


def filtered():
    special.error("value=%d", 5)


filtered()
logging.shutdown()
