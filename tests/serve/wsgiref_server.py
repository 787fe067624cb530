"""The reference the served apps are compared with: MODULE:CALLABLE under wsgiref's server,
natively. Prints the port it listens on, then serves until killed."""
import importlib
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


module, _, name = sys.argv[1].partition(":")
app = importlib.import_module(module)
for part in name.split("."):
    app = getattr(app, part)
server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
print(server.server_port, flush=True)
server.serve_forever()
