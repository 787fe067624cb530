# The bridge between an HTTP host and a WSGI or ASGI application, compiled into the served
# module as its __main__ (the build fills in the three names below). Hosts: `py2c-wasm
# serve` (src/serve), and a wasi:http host such as `wasmtime serve` through the component's
# handler (templates/component/handler.c). Both hand over the request as it arrived; the
# environ (as wsgiref.simple_server makes it) and the ASGI scope are made here, once.
#
# Requests arrive on stdin, one after another until end of input (one per instance unless
# the server reuses instances):
#     b"R<n>\n" + n bytes of NUL-terminated fields: method, target, protocol, scheme,
#         server name, server port, remote address, remote port, body length, lifetime
#         ("" reused, "exit": exit once answered, "once": return once answered), then one
#         (name, value) pair per header line; then the body
# Responses leave on stdout as frames:
#     b"S<n>\n" + n bytes: status line text, NUL, then NUL-terminated header name, value pairs
#     b"B<n>\n" + n bytes of body
#     b"E\n"                   the response is complete
#     b"X<n>\n" + message      the application failed after its status was sent
# The application's own prints go to stderr (the server's log), never into the frames.
import io
import sys

from {{ module }} import {{ head }} as _application

KIND = "{{ kind }}"
CALLABLE = "{{ module }}:{{ callable }}"
application = _application{{ tail }}

_proto_in = sys.stdin.buffer
_proto_out = sys.stdout.buffer
sys.stdout = sys.stderr


def _read_line():
    line = _proto_in.readline()
    if not line:
        return None
    if not line.endswith(b"\n"):
        raise EOFError("truncated request frame")
    return line[:-1]


class _Request:
    __slots__ = ("method", "target", "protocol", "scheme", "server", "port", "remote", "remote_port", "lifetime", "headers", "body")


def _read_request():
    line = _read_line()
    if line is None:
        return None
    if line[:1] != b"R":
        raise ValueError("bad request frame %r" % line[:16])
    n = int(line[1:])
    fields = _proto_in.read(n).decode("latin-1").split("\0")[:-1]
    r = _Request()
    r.method, r.target, r.protocol, r.scheme, r.server, r.port, r.remote, r.remote_port, length, r.lifetime = fields[:10]
    r.headers = [(fields[i], fields[i + 1]) for i in range(10, len(fields) - 1, 2)]
    length = int(length)
    r.body = _proto_in.read(length) if length else b""
    return r


def _unquote(s):
    # Each %XX one latin-1 character: urllib.parse.unquote(s, "iso-8859-1"), as wsgiref.
    if "%" not in s:
        return s
    parts = s.split("%")
    out = [parts[0]]
    for p in parts[1:]:
        h = p[:2]
        if len(h) == 2 and not h.strip("0123456789abcdefABCDEF"):
            out.append(chr(int(h, 16)) + p[2:])
        else:
            out.append("%" + p)
    return "".join(out)


def _environ(r):
    path, _, query = r.target.partition("?")
    environ = {
        "SERVER_SOFTWARE": "py2c-wasm",
        "GATEWAY_INTERFACE": "CGI/1.1",
        "SERVER_NAME": r.server,
        "SERVER_PORT": r.port,
        "SERVER_PROTOCOL": r.protocol,
        "REQUEST_METHOD": r.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": _unquote(path),
        "QUERY_STRING": query,
        "REMOTE_ADDR": r.remote,
        "REMOTE_PORT": r.remote_port,
    }
    content_type = None
    has_length = False
    joined = {}
    for name, value in r.headers:
        name = name.lower()
        if name == "content-type":
            if content_type is None:
                content_type = value
        elif name == "content-length":
            has_length = True
        # Names with underscores are dropped, as gunicorn and nginx do (wsgiref keeps them):
        # X_User would otherwise pass for X-User, as HTTP_X_USER.
        elif "_" not in name:
            key = "HTTP_" + name.upper().replace("-", "_")
            joined[key] = joined[key] + "," + value if key in joined else value
    # Content-Type and Content-Length as wsgiref has them: text/plain and "" when the
    # request gives none.
    environ["CONTENT_TYPE"] = "text/plain" if content_type is None else content_type
    environ["CONTENT_LENGTH"] = str(len(r.body)) if r.body or has_length else ""
    environ.update(joined)
    return environ


def _frame(tag, payload):
    _proto_out.write(b"%s%d\n" % (tag, len(payload)))
    _proto_out.write(payload)


def _send_head(status, headers):
    parts = [status.encode("latin-1")]
    for name, value in headers:
        parts.append(name.encode("latin-1") if isinstance(name, str) else bytes(name))
        parts.append(value.encode("latin-1") if isinstance(value, str) else bytes(value))
    _frame(b"S", b"\0".join(parts) + b"\0")


def _fail(exc_text, sent):
    sys.stderr.write(exc_text)
    sys.stderr.flush()
    if sent:
        _frame(b"X", exc_text.encode("utf-8", "replace")[-2000:])
    else:
        _send_head("500 Internal Server Error", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "21")])
        _frame(b"B", b"Internal Server Error")
        _proto_out.write(b"E\n")


def _traceback():
    import traceback

    return traceback.format_exc()


def _serve_wsgi(r):
    environ = _environ(r)
    environ["wsgi.version"] = (1, 0)
    environ["wsgi.url_scheme"] = r.scheme
    environ["wsgi.input"] = io.BytesIO(r.body)
    environ["wsgi.errors"] = sys.stderr
    environ["wsgi.multithread"] = False
    environ["wsgi.multiprocess"] = True
    environ["wsgi.run_once"] = r.lifetime != ""
    state = {"status": None, "headers": None, "sent": False}

    def start_response(status, headers, exc_info=None):
        if exc_info is not None:
            try:
                if state["sent"]:
                    raise exc_info[1].with_traceback(exc_info[2])
            finally:
                exc_info = None
        elif state["status"] is not None:
            raise AssertionError("start_response called a second time without exc_info")
        if not isinstance(status, str):
            raise TypeError("status must be a str, not %s" % type(status).__name__)
        for name, value in headers:
            if not isinstance(name, str) or not isinstance(value, str):
                raise TypeError("header names and values must be str: %r" % ((name, value),))
        state["status"], state["headers"] = status, list(headers)
        return write

    def send_head():
        if not state["sent"]:
            if state["status"] is None:
                raise AssertionError("the application returned without calling start_response")
            _send_head(state["status"], state["headers"])
            state["sent"] = True

    def write(data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("the application must write bytes, not %s" % type(data).__name__)
        send_head()
        if data:
            _frame(b"B", bytes(data))

    result = None
    try:
        result = application(environ, start_response)
        for chunk in result:
            if not isinstance(chunk, (bytes, bytearray)):
                raise TypeError("the application must return bytes, not %s" % type(chunk).__name__)
            if chunk:
                write(chunk)
        send_head()
        if hasattr(result, "close"):
            result.close()
        _proto_out.write(b"E\n")
    except BaseException as e:
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        if result is not None and hasattr(result, "close"):
            try:
                result.close()
            except Exception:
                pass
        _fail(_traceback(), state["sent"])


def _serve_asgi(r):
    import asyncio

    path, _, query = r.target.partition("?")
    headers = [(n.lower().encode("latin-1"), v.encode("latin-1")) for n, v in r.headers]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": r.protocol[5:],
        "method": r.method,
        "scheme": r.scheme,
        "path": _unquote(path).encode("latin-1").decode("utf-8", "replace"),
        "raw_path": path.encode("latin-1"),
        "query_string": query.encode("latin-1"),
        "root_path": "",
        "headers": headers,
        # A wasi:http host does not say who is calling.
        "client": (r.remote, int(r.remote_port or 0)) if r.remote else None,
        "server": (r.server, int(r.port or 0)) if r.server else None,
        "state": {},
    }
    body = r.body
    state = {"started": False, "done": False, "received": False}

    async def main():
        finished = asyncio.Event()

        async def receive():
            if not state["received"]:
                state["received"] = True
                return {"type": "http.request", "body": body, "more_body": False}
            await finished.wait()
            return {"type": "http.disconnect"}

        async def send(message):
            kind = message["type"]
            if kind == "http.response.start":
                if state["started"]:
                    raise RuntimeError("http.response.start sent twice")
                status = int(message["status"])
                reason = _reason(status)
                _send_head("%d %s" % (status, reason), [(bytes(n), bytes(v)) for n, v in message.get("headers", [])])
                state["started"] = True
            elif kind == "http.response.body":
                if not state["started"]:
                    raise RuntimeError("http.response.body sent before http.response.start")
                if state["done"]:
                    raise RuntimeError("http.response.body sent after the response was complete")
                chunk = bytes(message.get("body", b""))
                if chunk:
                    _frame(b"B", chunk)
                if not message.get("more_body", False):
                    state["done"] = True
                    _proto_out.write(b"E\n")
                    finished.set()
            else:
                raise RuntimeError("unexpected ASGI message type %r" % kind)

        await application(scope, receive, send)
        if not state["done"]:
            raise RuntimeError("the application returned without completing its response")

    try:
        asyncio.run(main())
    except BaseException as e:
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        if state["done"]:
            sys.stderr.write(_traceback())
        else:
            _fail(_traceback(), state["started"])


def _reason(status):
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _main():
    serve = _serve_asgi if KIND == "asgi" else _serve_wsgi
    while True:
        request = _read_request()
        if request is None:
            return
        serve(request)
        _proto_out.flush()
        sys.stderr.flush()
        if request.lifetime == "exit":
            # An instance per request: nothing to tear down, the server drops it.
            import os

            os._exit(0)
        if request.lifetime == "once":
            return


_main()
