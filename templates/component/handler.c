/* The wasi:http handler of a `--target wasi-http` component: each incoming request is framed
 * as the bridge reads it (templates/serve/bridge.py), run through the bridge
 * (py2c_serve_request), and the bridge's response frames are sent back as an
 * outgoing-response. The imports are WASI 0.2's wasi:http and wasi:io functions lowered by
 * the canonical ABI, as src/component/world.wit declares them (wit-component checks every
 * signature against it when the component is made). Results of more than one flat value
 * come back through a pointer to a buffer of ours; lists and strings the host returns are
 * allocated with our cabi_realloc, and freed here. */
#include "py2c.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HTTP_TYPES "wasi:http/types@0.2.12"
#define IO_STREAMS "wasi:io/streams@0.2.12"
#define IMPORT(module, name) __attribute__((import_module(module), import_name(name))) extern

IMPORT(HTTP_TYPES, "[method]incoming-request.method") void req_method(int32_t req, void *ret);
IMPORT(HTTP_TYPES, "[method]incoming-request.path-with-query") void req_path_with_query(int32_t req, void *ret);
IMPORT(HTTP_TYPES, "[method]incoming-request.scheme") void req_scheme(int32_t req, void *ret);
IMPORT(HTTP_TYPES, "[method]incoming-request.authority") void req_authority(int32_t req, void *ret);
IMPORT(HTTP_TYPES, "[method]incoming-request.headers") int32_t req_headers(int32_t req);
IMPORT(HTTP_TYPES, "[method]incoming-request.consume") void req_consume(int32_t req, void *ret);
IMPORT(HTTP_TYPES, "[resource-drop]incoming-request") void drop_incoming_request(int32_t);
IMPORT(HTTP_TYPES, "[constructor]fields") int32_t fields_new(void);
IMPORT(HTTP_TYPES, "[method]fields.append") void fields_append(int32_t f, const char *name, size_t name_len, const void *value, size_t value_len, void *ret);
IMPORT(HTTP_TYPES, "[method]fields.entries") void fields_entries(int32_t f, void *ret);
IMPORT(HTTP_TYPES, "[resource-drop]fields") void drop_fields(int32_t);
IMPORT(HTTP_TYPES, "[method]incoming-body.stream") void incoming_body_stream(int32_t body, void *ret);
IMPORT(HTTP_TYPES, "[resource-drop]incoming-body") void drop_incoming_body(int32_t);
IMPORT(HTTP_TYPES, "[constructor]outgoing-response") int32_t response_new(int32_t headers);
IMPORT(HTTP_TYPES, "[method]outgoing-response.set-status-code") int32_t response_set_status_code(int32_t resp, int32_t status);
IMPORT(HTTP_TYPES, "[method]outgoing-response.body") void response_body(int32_t resp, void *ret);
IMPORT(HTTP_TYPES, "[resource-drop]outgoing-response") void drop_outgoing_response(int32_t);
IMPORT(HTTP_TYPES, "[method]outgoing-body.write") void outgoing_body_write(int32_t body, void *ret);
IMPORT(HTTP_TYPES, "[static]outgoing-body.finish") void outgoing_body_finish(int32_t body, int32_t has_trailers, int32_t trailers, void *ret);
IMPORT(HTTP_TYPES, "[resource-drop]outgoing-body") void drop_outgoing_body(int32_t);
/* result<own<outgoing-response>, error-code> flattened: discriminant, then the joined
 * payload of the response handle and of error-code (i32 case, then i32 i64 i32 i32 i32 i32). */
IMPORT(HTTP_TYPES, "[static]response-outparam.set")
void response_outparam_set(int32_t param, int32_t is_err, int32_t v0, int32_t v1, int64_t v2, int32_t v3, int32_t v4, int32_t v5, int32_t v6);
IMPORT(IO_STREAMS, "[method]input-stream.blocking-read") void input_stream_read(int32_t s, int64_t len, void *ret);
IMPORT(IO_STREAMS, "[resource-drop]input-stream") void drop_input_stream(int32_t);
IMPORT(IO_STREAMS, "[method]output-stream.blocking-write-and-flush") void output_stream_write(int32_t s, const void *data, size_t len, void *ret);
IMPORT(IO_STREAMS, "[resource-drop]output-stream") void drop_output_stream(int32_t);
IMPORT("wasi:io/error@0.2.12", "[resource-drop]error") void drop_io_error(int32_t);

/* The host allocates the lists and strings it returns here. */
__attribute__((export_name("cabi_realloc"))) void *cabi_realloc(void *ptr, size_t old_size, size_t align, size_t new_size) {
    (void)old_size;
    if (new_size == 0) return (void *)align;
    void *p = realloc(ptr, new_size); /* malloc aligns to 16: enough for every canonical type */
    if (p == NULL) abort();
    return p;
}

/* Canonical ABI shapes of the results read here. */
typedef struct { const char *ptr; size_t len; } cabi_string;
typedef struct { uint8_t tag; cabi_string s; } cabi_option_string;              /* also method */
typedef struct { uint8_t is_err; int32_t handle; } cabi_result_handle;
typedef struct { uint8_t tag; struct { uint8_t tag; cabi_string other; } scheme; } cabi_option_scheme;
typedef struct { cabi_string name; struct { const uint8_t *ptr; size_t len; } value; } cabi_field;
typedef struct { cabi_field *ptr; size_t len; } cabi_fields;
/* result<list<u8>, stream-error>, result<_, stream-error>: stream-error is
 * last-operation-failed(own<error>) (0) or closed (1). */
typedef struct { uint8_t is_err; union { struct { uint8_t *ptr; size_t len; } ok; struct { uint8_t tag; int32_t error; } err; } u; } cabi_read;
typedef struct { uint8_t is_err; struct { uint8_t tag; int32_t error; } err; } cabi_write;
typedef struct { _Alignas(8) uint8_t bytes[64]; } cabi_error_code_result; /* result<_, error-code> */

/* A growable byte buffer. */
typedef struct { char *data; size_t len, cap; } buf;

static void put(buf *b, const void *data, size_t len) {
    if (b->len + len > b->cap) {
        size_t cap = b->cap ? b->cap : 1024;
        while (cap < b->len + len) cap *= 2;
        char *d = realloc(b->data, cap);
        if (d == NULL) abort();
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
}

static void put_field(buf *b, const char *s, size_t len) {
    put(b, s, len);
    put(b, "", 1);
}

static void put_str(buf *b, const char *s) { put_field(b, s, strlen(s)); }

static const char *const METHODS[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"};

/* Requests larger than this get 413 (wasmtime serve itself sets no limit). */
#define MAX_BODY (256u << 20)

/* The request's body, read whole; -1 when it is too large, -2 when the stream failed. */
static int read_body(int32_t req, buf *body) {
    cabi_result_handle consumed, stream;
    req_consume(req, &consumed);
    if (consumed.is_err) return 0; /* already consumed: no body */
    incoming_body_stream(consumed.handle, &stream);
    int r = 0;
    if (!stream.is_err) {
        for (;;) {
            cabi_read rd;
            input_stream_read(stream.handle, 65536, &rd);
            if (rd.is_err) {
                if (rd.u.err.tag == 0) {
                    drop_io_error(rd.u.err.error);
                    r = -2;
                }
                break;
            }
            if (body->len + rd.u.ok.len > MAX_BODY) r = -1;
            else put(body, rd.u.ok.ptr, rd.u.ok.len);
            free(rd.u.ok.ptr);
            if (r < 0) break;
        }
        drop_input_stream(stream.handle);
    }
    drop_incoming_body(consumed.handle);
    return r;
}

/* The request framed for the bridge: "R<n>\n", the fields, the body. */
static int frame_request(int32_t req, buf *out) {
    buf f = {0}, body = {0};
    cabi_option_string m, target, authority;
    req_method(req, &m);
    if (m.tag < 9) put_str(&f, METHODS[m.tag]);
    else {
        put_field(&f, m.s.ptr, m.s.len);
        free((void *)m.s.ptr);
    }
    req_path_with_query(req, &target);
    if (target.tag) {
        put_field(&f, target.s.ptr, target.s.len);
        free((void *)target.s.ptr);
    } else {
        put_str(&f, "/");
    }
    put_str(&f, "HTTP/1.1");
    cabi_option_scheme scheme;
    req_scheme(req, &scheme);
    const char *default_port = "80";
    if (!scheme.tag || scheme.scheme.tag == 0) put_str(&f, "http");
    else if (scheme.scheme.tag == 1) {
        put_str(&f, "https");
        default_port = "443";
    } else {
        put_field(&f, scheme.scheme.other.ptr, scheme.scheme.other.len);
        free((void *)scheme.scheme.other.ptr);
    }
    /* Server name and port from the authority (host[:port]; [v6]:port). */
    req_authority(req, &authority);
    cabi_fields headers;
    int32_t h = req_headers(req);
    fields_entries(h, &headers);
    drop_fields(h);
    const char *host = authority.tag ? authority.s.ptr : NULL;
    size_t host_len = authority.tag ? authority.s.len : 0;
    for (size_t i = 0; host == NULL && i < headers.len; i++) {
        if (headers.ptr[i].name.len == 4 && strncasecmp(headers.ptr[i].name.ptr, "host", 4) == 0) {
            host = (const char *)headers.ptr[i].value.ptr;
            host_len = headers.ptr[i].value.len;
        }
    }
    size_t colon = host_len;
    for (size_t i = host_len; i > 0; i--) {
        if (host[i - 1] == ']') break;
        if (host[i - 1] == ':') {
            colon = i - 1;
            break;
        }
    }
    put_field(&f, host ? host : "", host ? colon : 0);
    if (host && colon < host_len) put_field(&f, host + colon + 1, host_len - colon - 1);
    else put_str(&f, default_port);
    if (authority.tag) free((void *)authority.s.ptr);
    put_str(&f, ""); /* remote address and port: wasi:http does not give them */
    put_str(&f, "");
    int r = read_body(req, &body);
    char n[32];
    snprintf(n, sizeof n, "%zu", body.len);
    put_str(&f, n);
    put_str(&f, "once");
    for (size_t i = 0; i < headers.len; i++) {
        put_field(&f, headers.ptr[i].name.ptr, headers.ptr[i].name.len);
        put_field(&f, (const char *)headers.ptr[i].value.ptr, headers.ptr[i].value.len);
        free((void *)headers.ptr[i].name.ptr);
        free((void *)headers.ptr[i].value.ptr);
    }
    free(headers.ptr);
    snprintf(n, sizeof n, "R%zu\n", f.len);
    put(out, n, strlen(n));
    if (f.len) put(out, f.data, f.len);
    if (body.len) put(out, body.data, body.len);
    free(f.data);
    free(body.data);
    return r;
}

/* Sends `len` bytes down an outgoing body's stream, at most 4096 per call (the limit of
 * blocking-write-and-flush). */
static int write_all(int32_t stream, const char *data, size_t len) {
    while (len > 0) {
        size_t n = len < 4096 ? len : 4096;
        cabi_write w;
        output_stream_write(stream, data, n, &w);
        if (w.is_err) {
            if (w.err.tag == 0) drop_io_error(w.err.error);
            return -1;
        }
        data += n;
        len -= n;
    }
    return 0;
}

/* One frame of the bridge's output: tag, payload. 0 at the end, -1 for garbage. */
static int next_frame(const char **p, const char *end, char *tag, const char **payload, size_t *len) {
    if (*p >= end) return 0;
    const char *nl = memchr(*p, '\n', end - *p);
    if (nl == NULL) return -1;
    *tag = **p;
    *len = 0;
    for (const char *c = *p + 1; c < nl; c++) {
        if (*c < '0' || *c > '9' || *len > (size_t)(end - *p)) return -1;
        *len = *len * 10 + (size_t)(*c - '0');
    }
    *payload = nl + 1;
    if (*len > (size_t)(end - *payload)) return -1;
    *p = *payload + *len;
    return 1;
}

static void send(int32_t response_out, int32_t resp) { response_outparam_set(response_out, 0, resp, 0, 0, 0, 0, 0, 0); }

static void answer(int32_t response_out, int status, const char *text);

/* The bridge's frames as the response: S (status line, headers), B (body), E (complete),
 * X (failed after the status went out: the body is left unfinished, which the host reports
 * as an error rather than a short response). */
static void respond(int32_t response_out, const char *p, const char *end) {
    char tag;
    const char *payload;
    size_t len;
    if (next_frame(&p, end, &tag, &payload, &len) != 1 || tag != 'S' || len < 4 || payload[len - 1] != '\0') {
        fprintf(stderr, "py2c-wasm: the bridge sent no status\n");
        answer(response_out, 500, "Internal Server Error");
        return;
    }
    int status = atoi(payload);
    if (status < 100 || status > 999) {
        fprintf(stderr, "py2c-wasm: the application's status %s is not an HTTP status\n", payload);
        answer(response_out, 500, "Internal Server Error");
        return;
    }
    int32_t h = fields_new();
    const char *q = payload + strlen(payload) + 1, *qend = payload + len;
    while (q < qend) {
        const char *name = q, *value = q + strlen(q) + 1;
        if (value >= qend) break;
        q = value + strlen(value) + 1;
        uint8_t ret[8];
        fields_append(h, name, strlen(name), value, strlen(value), ret);
        /* Hop-by-hop headers (Connection, Transfer-Encoding, ...) are the host's to set. */
        if (ret[0]) fprintf(stderr, "py2c-wasm: the host refused the response header %s: %s\n", name, value);
    }
    int32_t resp = response_new(h);
    if (response_set_status_code(resp, status) != 0) {
        drop_outgoing_response(resp);
        fprintf(stderr, "py2c-wasm: the host refused the status %d\n", status);
        answer(response_out, 500, "Internal Server Error");
        return;
    }
    cabi_result_handle body, stream;
    response_body(resp, &body);
    send(response_out, resp);
    if (body.is_err) return;
    outgoing_body_write(body.handle, &stream);
    int complete = 0, ok = !stream.is_err;
    while (ok && next_frame(&p, end, &tag, &payload, &len) == 1) {
        if (tag == 'B') ok = write_all(stream.handle, payload, len) == 0;
        else if (tag == 'E') {
            complete = 1;
            break;
        } else break; /* X: the traceback is on stderr already */
    }
    if (!stream.is_err) drop_output_stream(stream.handle);
    cabi_error_code_result fin;
    if (ok && complete) outgoing_body_finish(body.handle, 0, 0, &fin);
    else drop_outgoing_body(body.handle);
}

/* A plain-text answer (the request never reached the application, or the bridge failed),
 * framed as the bridge frames one. */
static void answer(int32_t response_out, int status, const char *text) {
    char head[160], n[32];
    int head_len = snprintf(head, sizeof head, "%d %s%ccontent-type%ctext/plain; charset=utf-8%c", status, text, 0, 0, 0);
    buf f = {0};
    snprintf(n, sizeof n, "S%d\n", head_len);
    put(&f, n, strlen(n));
    put(&f, head, (size_t)head_len);
    snprintf(n, sizeof n, "B%zu\n", strlen(text));
    put(&f, n, strlen(n));
    put(&f, text, strlen(text));
    put(&f, "E0\n", 3);
    respond(response_out, f.data, f.data + f.len);
    free(f.data);
}

void py2c_http_handle(const py2c_program *program, int32_t request, int32_t response_out) {
    buf frame = {0};
    int r = frame_request(request, &frame);
    drop_incoming_request(request);
    if (r < 0) {
        free(frame.data);
        answer(response_out, r == -1 ? 413 : 400, r == -1 ? "Payload Too Large" : "Bad Request: the body ended early");
        return;
    }
    PyObject *frames = py2c_serve_request(program, frame.data ? frame.data : "", frame.len);
    free(frame.data);
    if (frames == NULL || !PyBytes_Check(frames)) {
        Py_XDECREF(frames);
        answer(response_out, 500, "Internal Server Error");
        fflush(stderr);
        return;
    }
    respond(response_out, PyBytes_AS_STRING(frames), PyBytes_AS_STRING(frames) + PyBytes_GET_SIZE(frames));
    Py_DECREF(frames);
    fflush(stderr);
}
