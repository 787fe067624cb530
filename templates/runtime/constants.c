/* Decoder of the constant blobs the host encoder writes (src/constants, docs/constants.md).
 * Every width is explicit: tag bytes, unsigned LEB128, little-endian IEEE doubles.
 * Nothing here depends on sizeof(long) or sizeof(void *): the host is 64-bit, we are wasm32. */
#include "py2c.h"

typedef struct {
    const unsigned char *p, *end;
    const char *module;
} reader;

static int decode_all(const unsigned char *blob, uint32_t size, PyObject **out, uint32_t count,
                      const char *module);

static void corrupt(reader *r, const char *what) {
    char msg[256];
    PyOS_snprintf(msg, sizeof msg, "py2c: corrupt constant blob in module '%s': %s", r->module, what);
    Py_FatalError(msg);
}

static uint64_t read_uleb(reader *r) {
    uint64_t v = 0;
    unsigned shift = 0;
    for (;;) {
        if (r->p >= r->end) corrupt(r, "truncated LEB128");
        unsigned char b = *r->p++;
        if (shift >= 64) corrupt(r, "LEB128 overflow");
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
        shift += 7;
    }
}

static const unsigned char *take(reader *r, uint64_t n) {
    if ((uint64_t)(r->end - r->p) < n) corrupt(r, "truncated value");
    const unsigned char *s = r->p;
    r->p += n;
    return s;
}

static double read_f64(reader *r) {
    const unsigned char *s = take(r, 8);
    return PyFloat_Unpack8((const char *)s, 1);
}

static PyObject *read_value(reader *r, int depth) {
    if (depth > 10000) corrupt(r, "nesting too deep");
    if (r->p >= r->end) corrupt(r, "truncated tag");
    unsigned char tag = *r->p++;
    switch (tag) {
    case 'N': return Py_NewRef(Py_None);
    case 'T': return Py_NewRef(Py_True);
    case 'F': return Py_NewRef(Py_False);
    case '.': return Py_NewRef(Py_Ellipsis);
    case 'i': {
        uint64_t z = read_uleb(r);
        int64_t v = (int64_t)(z >> 1) ^ -(int64_t)(z & 1);
        return PyLong_FromLongLong((long long)v);
    }
    case 'I': {
        int negative = *take(r, 1);
        uint64_t n = read_uleb(r);
        const unsigned char *mag = take(r, n);
        PyObject *v = _PyLong_FromByteArray(mag, (size_t)n, 1, 0);
        if (v && negative) {
            PyObject *neg = PyNumber_Negative(v);
            Py_DECREF(v);
            v = neg;
        }
        return v;
    }
    case 'f': return PyFloat_FromDouble(read_f64(r));
    case 'c': {
        double re = read_f64(r);
        double im = read_f64(r);
        return PyComplex_FromDoubles(re, im);
    }
    case 's':
    case 'n': {
        uint64_t n = read_uleb(r);
        const unsigned char *s = take(r, n);
        PyObject *u = PyUnicode_DecodeUTF8((const char *)s, (Py_ssize_t)n, "surrogatepass");
        if (u && tag == 'n') PyUnicode_InternInPlace(&u);
        return u;
    }
    case 'b': {
        uint64_t n = read_uleb(r);
        const unsigned char *s = take(r, n);
        return PyBytes_FromStringAndSize((const char *)s, (Py_ssize_t)n);
    }
    case '(':
    case 'z': {
        uint64_t n = read_uleb(r);
        if (n > (uint64_t)(r->end - r->p)) corrupt(r, "collection longer than blob");
        PyObject *t = PyTuple_New((Py_ssize_t)n);
        if (t == NULL) return NULL;
        for (uint64_t i = 0; i < n; i++) {
            PyObject *item = read_value(r, depth + 1);
            if (item == NULL) {
                Py_DECREF(t);
                return NULL;
            }
            PyTuple_SET_ITEM(t, (Py_ssize_t)i, item);
        }
        if (tag == '(') return t;
        PyObject *fs = PyFrozenSet_New(t);
        Py_DECREF(t);
        return fs;
    }
    case ':': {
        PyObject *a = read_value(r, depth + 1);
        PyObject *b = a ? read_value(r, depth + 1) : NULL;
        PyObject *c = b ? read_value(r, depth + 1) : NULL;
        PyObject *s = c ? PySlice_New(a, b, c) : NULL;
        Py_XDECREF(a);
        Py_XDECREF(b);
        Py_XDECREF(c);
        return s;
    }
    default: corrupt(r, "unknown tag"); return NULL;
    }
}

#include <stdlib.h>
#include <time.h>

int py2c_decode_constants(const unsigned char *blob, uint32_t size, PyObject **out, uint32_t count,
                          const char *module) {
    /* PY2C_TRACE_CONSTANTS=1: report blob size and decode time (a diagnostic). */
    const char *trace = getenv("PY2C_TRACE_CONSTANTS");
    struct timespec t0, t1;
    if (trace) clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = decode_all(blob, size, out, count, module);
    if (trace) {
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double us = (double)(t1.tv_sec - t0.tv_sec) * 1e6 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e3;
        fprintf(stderr, "py2c: constants of %s: %u values, %u bytes, decoded in %.1f us\n", module, count, size, us);
    }
    return rc;
}

static int decode_all(const unsigned char *blob, uint32_t size, PyObject **out, uint32_t count,
                      const char *module) {
    reader r = {blob, blob + size, module};
    if (memcmp(take(&r, 4), "P2C1", 4) != 0) corrupt(&r, "bad magic");
    if (read_uleb(&r) != count) corrupt(&r, "constant count does not match the module");
    for (uint32_t i = 0; i < count; i++) {
        out[i] = read_value(&r, 0);
        if (out[i] == NULL) return -1;
    }
    if (r.p != r.end) corrupt(&r, "trailing bytes");
    return 0;
}
