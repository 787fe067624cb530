# The bridge between `py2c-wasm serve` and a WSGI or ASGI application, compiled into the
# served module as its __main__ (the build fills in the three names below).
#
# Requests arrive on stdin, one after another until end of input (one per instance unless
# the server reuses instances):
#     b"Q<n>\n" + n bytes of NUL-terminated key, value pairs + CONTENT_LENGTH bytes of body
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


def _read_request():
    line = _read_line()
    if line is None:
        return None
    if line[:1] != b"Q":
        raise ValueError("bad request frame %r" % line[:16])
    n = int(line[1:])
    head = _proto_in.read(n)
    fields = head.split(b"\0")[:-1]
    pairs = {}
    for i in range(0, len(fields) - 1, 2):
        pairs[fields[i].decode("latin-1")] = fields[i + 1].decode("latin-1")
    length = int(pairs.get("CONTENT_LENGTH") or 0)
    body = _proto_in.read(length) if length else b""
    return pairs, body


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


def _serve_wsgi(pairs, body):
    environ = {k: v for k, v in pairs.items() if not k.startswith("wsgi.")}
    environ["wsgi.version"] = (1, 0)
    environ["wsgi.url_scheme"] = pairs.get("wsgi.url_scheme", "http")
    environ["wsgi.input"] = io.BytesIO(body)
    environ["wsgi.errors"] = sys.stderr
    environ["wsgi.multithread"] = False
    environ["wsgi.multiprocess"] = True
    environ["wsgi.run_once"] = pairs.get("wsgi.run_once") == "1"
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


def _serve_asgi(pairs, body):
    import asyncio

    headers = []
    for k, v in pairs.items():
        if k.startswith("HTTP_"):
            name = k[5:].replace("_", "-").lower()
        elif k in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            name = k.replace("_", "-").lower()
        else:
            continue
        headers.append((name.encode("latin-1"), v.encode("latin-1")))
    raw_path = pairs.get("py2c.raw_path", "/").encode("latin-1")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": pairs.get("SERVER_PROTOCOL", "HTTP/1.1")[5:],
        "method": pairs["REQUEST_METHOD"],
        "scheme": pairs.get("wsgi.url_scheme", "http"),
        "path": pairs["PATH_INFO"].encode("latin-1").decode("utf-8", "replace"),
        "raw_path": raw_path.split(b"?", 1)[0],
        "query_string": pairs.get("QUERY_STRING", "").encode("latin-1"),
        "root_path": "",
        "headers": headers,
        "client": (pairs.get("REMOTE_ADDR", ""), int(pairs.get("REMOTE_PORT") or 0)),
        "server": (pairs.get("SERVER_NAME", ""), int(pairs.get("SERVER_PORT") or 0)),
        "state": {},
    }
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
        serve(*request)
        _proto_out.flush()
        sys.stderr.flush()
        if request[0].get("wsgi.run_once") == "1":
            # An instance per request: nothing to tear down, the server drops it.
            import os

            os._exit(0)


_main()
