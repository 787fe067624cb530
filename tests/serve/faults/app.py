"""A WSGI and an ASGI application with the faults the server must survive: a view that
loops forever, one that recurses without end, one that allocates without bound, one that
raises, one whose status is no HTTP status; and what isolation must show (random state, a module-level counter). /environ shows
the CGI variables a server made of the request, to compare with wsgiref's."""
import json
import random

hits = 0


def _answer(path, method, query, body):
    global hits
    if path == "/loop":
        while True:
            pass
    if path == "/recurse":
        def down(n):
            return down(n + 1) + 1
        down(0)
    if path == "/alloc":
        hoard = []
        while True:
            hoard.append(bytearray(1 << 20))
    if path == "/boom":
        raise ValueError("boom")
    hits += 1
    return {"path": path, "method": method, "query": query, "body": body.decode("utf-8", "replace"),
            "random": random.random(), "hits": hits}


# What a request makes of the environ: not the server's own names, addresses and ports.
_CGI = ("REQUEST_METHOD", "SCRIPT_NAME", "PATH_INFO", "QUERY_STRING", "CONTENT_TYPE", "CONTENT_LENGTH",
        "SERVER_PROTOCOL", "REMOTE_ADDR", "wsgi.url_scheme", "wsgi.version")


def wsgi(environ, start_response):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length)
    if environ["PATH_INFO"] == "/badstatus":
        start_response("99 Not HTTP", [("Content-Type", "text/plain")])
        return [b"no such status"]
    if environ["PATH_INFO"].startswith("/environ"):
        seen = {k: v for k, v in environ.items() if k in _CGI or k.startswith("HTTP_")}
        seen["body"] = body.decode("latin-1")
        out = json.dumps(seen, sort_keys=True).encode()
    else:
        out = json.dumps(_answer(environ["PATH_INFO"], environ["REQUEST_METHOD"], environ["QUERY_STRING"], body)).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(out))),
                              ("Set-Cookie", "seen=1; Path=/")])
    return [out]


async def asgi(scope, receive, send):
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    out = json.dumps(_answer(scope["path"], scope["method"], scope["query_string"].decode(), body)).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(out)).encode())]})
    # Two body messages: the response streams.
    await send({"type": "http.response.body", "body": out[:5], "more_body": True})
    await send({"type": "http.response.body", "body": out[5:]})
