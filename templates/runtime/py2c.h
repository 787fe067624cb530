/* py2c runtime: what compiled Python modules call, beside the CPython C-API.
 * One file per runtime type or op family (function.c, call.c, gen.c, ops.c, constants.c,
 * main.c, ...). */
#ifndef PY2C_H
#define PY2C_H

#define PY_SSIZE_T_CLEAN
/* Compiled code runs in real interpreter frames (_PyInterpreterFrame), so it needs
 * CPython's internal frame layout, as CPython's own built-in modules do. */
#ifndef Py_BUILD_CORE
#define Py_BUILD_CORE 1
#endif
/* Every Py_DECREF in our C that frees an object calls py2c_dealloc (ops.c), which sends
 * exact floats, the commonest garbage of numeric code, straight back to the float free
 * list, and anything else to CPython's _Py_Dealloc. */
#define _Py_Dealloc py2c_dealloc
#include <Python.h>
#include "frameobject.h"
#include "internal/pycore_frame.h"
#include "internal/pycore_pystate.h"
#include <stdint.h>

/* Py_RETURN_RICHCOMPARE with C truth values. */
#define Py_RETURN_RICHCOMPARE_BOOL(x, y, op)                                                      \
    do {                                                                                         \
        switch (op) {                                                                            \
        case Py_EQ: return (x) == (y);                                                           \
        case Py_NE: return (x) != (y);                                                           \
        case Py_LT: return (x) < (y);                                                            \
        case Py_GT: return (x) > (y);                                                            \
        case Py_LE: return (x) <= (y);                                                           \
        case Py_GE: return (x) >= (y);                                                           \
        default: Py_UNREACHABLE();                                                               \
        }                                                                                        \
    } while (0)

#define PY2C_LIKELY(x) __builtin_expect(!!(x), 1)
#define PY2C_UNLIKELY(x) __builtin_expect(!!(x), 0)

struct py2c_function;
typedef PyObject *(*py2c_body)(struct py2c_function *func, PyObject **fast, PyObject *ns);

/* Everything static about one compiled function (CPython keeps this in the code object). */
enum { PY2C_KIND_MODULE, PY2C_KIND_FUNCTION, PY2C_KIND_CLASS };

typedef struct py2c_funcdef {
    const char *name;          /* co_name, for tracebacks and messages */
    const char *qualname;      /* co_qualname */
    const char *filename;
    int32_t kind;              /* PY2C_KIND_* */
    py2c_body body;
    int32_t argcount;          /* positional, positional-only included */
    int32_t posonlyargcount;
    int32_t kwonlyargcount;
    int32_t flags;             /* CO_VARARGS | CO_VARKEYWORDS */
    int32_t nslots;
    int32_t nlocals;           /* params + plain locals: co_varnames */
    int32_t nfree;             /* the last nfree slots are free variables: co_freevars */
    int32_t ncells;
    const int32_t *cells;      /* slots holding cells, ascending: co_cellvars */
    int32_t firstlineno;
    int32_t lastlineno;        /* the code object's line table spans [firstlineno, lastlineno] */
    const int32_t *slot_names; /* const ids of the slot names */
    PyObject **consts;         /* the module's constant table */
    int32_t doc;               /* const id of the docstring, -1 if none */
    int32_t ntemps;            /* generators: temps kept in the frame after the fast slots */
    int32_t nyields;           /* generators: suspension points, each 3 code units after the lines */
    const int32_t *yields;     /* per point: line * 2 + (1 for yield from / await) */
    PyObject *varnames;        /* tuple of slot names, built on first use */
    PyObject *code;            /* __code__, built on first use */
} py2c_funcdef;

/* A subtype of `function` (so isinstance(f, types.FunctionType) and inspect.isfunction
 * hold, as for CPython's functions) whose base part stays zeroed and unused: every
 * attribute and slot is overridden, and exact PyFunction_Check()s stay false. */
typedef struct py2c_function {
    PyFunctionObject unused_base;
    vectorcallfunc vectorcall;
    py2c_funcdef *def;
    PyObject *globals;
    PyObject *builtins;
    PyObject *name;
    PyObject *qualname;
    PyObject *module;
    PyObject *doc;
    PyObject *defaults;     /* tuple or NULL */
    PyObject *kwdefaults;   /* dict or NULL */
    PyObject *annotations;  /* dict or NULL */
    PyObject *closure;      /* tuple of cells or NULL */
    PyObject *dict;
    PyObject *weakreflist;
} py2c_function;

extern PyTypeObject py2c_FunctionType;
PyObject *py2c_function_vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames);
/* A call: compiled functions directly (no slot lookup; their results need no checking),
 * anything else through call.c's fast paths or CPython's vectorcall. */
PyObject *py2c_vectorcall_other(PyObject *f, PyObject *const *args, size_t nargsf, PyObject *kwnames);
int py2c_start_calls(void); /* call.c: captures the builtins it answers for, at start-up */
static inline PyObject *py2c_vectorcall(PyObject *f, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    if (Py_IS_TYPE(f, &py2c_FunctionType)) return py2c_function_vectorcall(f, args, nargsf, kwnames);
    return py2c_vectorcall_other(f, args, nargsf, kwnames);
}

/* function.c */
PyObject *py2c_code_of(py2c_funcdef *def);
PyObject *py2c_make_function(py2c_funcdef *def, PyObject *globals, PyObject *builtins, PyObject *qualname,
                             PyObject *defaults, PyObject *kwdefaults, PyObject *annotations, PyObject *closure);

/* constants.c: decodes a module's constant blob; a corrupt blob is a fatal error naming the module. */
int py2c_decode_constants(const unsigned char *blob, uint32_t size, PyObject **out, uint32_t count,
                          const char *module);

/* ops.c */
PyObject *py2c_builtins(void);
PyObject *py2c_load_global(PyObject *globals, PyObject *builtins, PyObject *name);
int py2c_ns_lookup(PyObject *ns, PyObject *name, PyObject **value);
PyObject *py2c_load_name(PyObject *ns, PyObject *globals, PyObject *builtins, PyObject *name);
int py2c_store_name(PyObject *ns, PyObject *name, PyObject *value);
int py2c_delete_name(PyObject *ns, PyObject *name);
void py2c_raise_unbound_local(PyObject *name);
void py2c_raise_unbound_free(PyObject *name);
PyObject *py2c_load_deref_unbound(PyObject *name, int is_free);
/* LOAD_DEREF: the cell's value, or NameError/UnboundLocalError (out of line). */
static inline PyObject *py2c_load_deref(PyObject *cell, PyObject *name, int is_free) {
    PyObject *v = PyCell_GET(cell);
    if (PY2C_LIKELY(v != NULL)) return Py_NewRef(v);
    return py2c_load_deref_unbound(name, is_free);
}
int py2c_delete_fast(PyObject **slot, PyObject *name);
int py2c_delete_deref(PyObject *cell, PyObject *name, int is_free);
PyObject *py2c_compare(PyObject *a, PyObject *b, int op);
PyObject *py2c_is(PyObject *a, PyObject *b, int negate);
PyObject *py2c_contains(PyObject *item, PyObject *container, int negate);
PyObject *py2c_not(PyObject *o);
PyObject *py2c_power(PyObject *a, PyObject *b, int inplace);
PyObject *py2c_build_slice(PyObject *lower, PyObject *upper, PyObject *step);
int py2c_load_method(PyObject *obj, PyObject *name, PyObject **meth, PyObject **self_or_null);
PyObject *py2c_call_method(PyObject *meth, PyObject *self_or_null, PyObject **args, size_t nargs, PyObject *kwnames);
PyObject *py2c_call_ex(PyObject *func, PyObject *args, PyObject *kwargs);
int py2c_list_extend(PyObject *list, PyObject *iterable);
int py2c_call_args_extend(PyObject *list, PyObject *iterable, PyObject *func);
PyObject *py2c_list_to_tuple(PyObject *list);
int py2c_set_update(PyObject *set, PyObject *iterable);
int py2c_dict_update(PyObject *dict, PyObject *src);
int py2c_dict_merge(PyObject *dict, PyObject *src, PyObject *func);
int py2c_unpack_sequence(PyObject *seq, Py_ssize_t n, PyObject **out);
int py2c_unpack_to_fast(PyObject *seq, Py_ssize_t n, PyObject **fast, const uint16_t *slots);
int py2c_unpack_ex(PyObject *seq, Py_ssize_t before, Py_ssize_t after, PyObject **out);
PyObject *py2c_get_iter(PyObject *o);
int py2c_for_iter_generic(PyObject *iter, PyObject **out);
PyObject *py2c_import_name(PyObject *name, PyObject *globals, PyObject *fromlist, int level);
PyObject *py2c_import_from(PyObject *module, PyObject *name);
int py2c_import_star(PyObject *module, PyObject *ns);
int py2c_raise(PyObject *exc, PyObject *cause);
void py2c_assert_fail(PyObject *msg);
PyObject *py2c_format_value(PyObject *v, int conversion, PyObject *spec);
PyObject *py2c_build_string(PyObject **items, Py_ssize_t n);
/* frame.c: compiled functions run in real interpreter frames, pushed on the thread's
 * frame stack like CPython's own, so globals(), locals(), sys._getframe() and tracebacks
 * see them. The fast slots are the frame's localsplus; the current line is kept in
 * prev_instr (the code object's line table maps instruction k to firstlineno + k). */
_PyInterpreterFrame *py2c_frame_new(py2c_function *func, PyObject *locals);
void py2c_frame_free(_PyInterpreterFrame *frame);
PyObject *py2c_run_frame(_PyInterpreterFrame *frame);
int py2c_run_module(py2c_funcdef *def, PyObject *globals);
#define PY2C_FRAME_OF(fast) ((_PyInterpreterFrame *)((char *)(fast) - offsetof(_PyInterpreterFrame, localsplus)))
/* Where `prev_instr = base + line` puts the frame at `line`. */
#define PY2C_LINE_BASE(frame) \
    (_PyCode_CODE((frame)->f_code) + (frame)->f_code->_co_firsttraceable - (frame)->f_code->co_firstlineno)
void py2c_traceback_here(_PyInterpreterFrame *frame);

/* ---- fast paths (inline): CPython's own type-specific code for exact int/float ---- */
#include "internal/pycore_long.h"
#include "internal/pycore_dict.h"
#include "internal/pycore_object.h"
#include "internal/pycore_ceval.h"
#include "internal/pycore_moduleobject.h"
#include "internal/pycore_interp.h"
#include "internal/pycore_pymem.h"
#include "internal/pycore_floatobject.h"

/* A global/builtin lookup site's cache, as CPython 3.11's LOAD_GLOBAL_MODULE/_BUILTIN:
 * the entry index of the name in the globals' (or builtins') keys, valid while the keys
 * keep their version (no key added or removed; value updates keep it). */
typedef struct {
    uint32_t globals_keys, builtins_keys; /* 0: nothing cached */
    Py_ssize_t index;
    int in_builtins;
} py2c_global_cache;
PyObject *py2c_load_global_fill(PyObject *globals, PyObject *builtins, PyObject *name, py2c_global_cache *c);
static inline __attribute__((always_inline)) PyObject *py2c_load_global_cached(PyObject *globals, PyObject *builtins, PyObject *name,
                                                py2c_global_cache *c) {
    PyDictKeysObject *gk = ((PyDictObject *)globals)->ma_keys;
    if (PY2C_LIKELY(c->globals_keys != 0 && gk->dk_version == c->globals_keys)) {
        PyDictKeysObject *k = gk;
        if (c->in_builtins) {
            k = ((PyDictObject *)builtins)->ma_keys;
            if (k->dk_version != c->builtins_keys) return py2c_load_global_fill(globals, builtins, name, c);
        }
        PyObject *v = DK_UNICODE_ENTRIES(k)[c->index].me_value;
        if (PY2C_LIKELY(v != NULL)) return Py_NewRef(v);
    }
    return py2c_load_global_fill(globals, builtins, name, c);
}

/* A global store site's cache: the entry of the name in the globals' keys while they
 * keep their version. A hit replaces the value as insertdict does for an existing key
 * (new dict version, the old value released last; the same value changes nothing). */
typedef struct {
    uint32_t keys; /* 0: nothing cached */
    uint32_t index;
} py2c_store_global_cache;
int py2c_store_global_fill(PyObject *globals, PyObject *name, PyObject *v, py2c_store_global_cache *c);
static inline __attribute__((always_inline)) int py2c_store_global_cached(PyObject *globals, PyObject *name,
                                                                          PyObject *v, py2c_store_global_cache *c) {
    PyDictObject *mp = (PyDictObject *)globals;
    PyDictKeysObject *k = mp->ma_keys;
    /* a tracked dict: insertdict would not need to start tracking it */
    if (PY2C_LIKELY(c->keys != 0 && k->dk_version == c->keys && _PyObject_GC_IS_TRACKED(globals))) {
        PyDictUnicodeEntry *ep = &DK_UNICODE_ENTRIES(k)[c->index];
        PyObject *old = ep->me_value;
        if (PY2C_LIKELY(old != NULL)) {
            if (old != v) {
                ep->me_value = Py_NewRef(v);
                mp->ma_version_tag = DICT_NEXT_VERSION();
                Py_DECREF(old);
            }
            return 0;
        }
    }
    return py2c_store_global_fill(globals, name, v, c);
}

/* PyFloat_FromDouble with its free list inline (float_dealloc fills it): the type is
 * static (no INCREF), and tracemalloc, when tracing, gets CPython's own path. */
static inline __attribute__((always_inline)) PyObject *py2c_float(double v) {
#if PyFloat_MAXFREELIST > 0
    struct _Py_float_state *state = &_PyInterpreterState_GET()->float_state;
    PyFloatObject *op = state->free_list;
    if (PY2C_LIKELY(op != NULL && !_Py_tracemalloc_config.tracing)) {
        state->free_list = (PyFloatObject *)Py_TYPE(op);
        state->numfree--;
        Py_SET_TYPE(op, &PyFloat_Type);
        Py_SET_REFCNT(op, 1);
        op->ob_fval = v;
        return (PyObject *)op;
    }
#endif
    return PyFloat_FromDouble(v);
}

/* An int64 as an int, as PyLong_FromLongLong: the cached small ints, a one-digit int
 * allocated inline (_PyLong_FromMedium), anything bigger through the call. */
static inline __attribute__((always_inline)) PyObject *py2c_long_from_int64(int64_t v) {
    if (v >= -_PY_NSMALLNEGINTS && v < _PY_NSMALLPOSINTS)
        return Py_NewRef((PyObject *)&_PyLong_SMALL_INTS[_PY_NSMALLNEGINTS + v]);
    uint64_t abs_v = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (abs_v < PyLong_BASE) {
        PyLongObject *r = (PyLongObject *)PyObject_Malloc(sizeof(PyLongObject));
        if (r == NULL) return PyErr_NoMemory();
        Py_SET_SIZE(r, v < 0 ? -1 : 1);
        _PyObject_Init((PyObject *)r, &PyLong_Type);
        r->ob_digit[0] = (digit)abs_v;
        return (PyObject *)r;
    }
    return PyLong_FromLongLong((long long)v);
}

/* Whether both are exact ints of at most one digit (long_add's "medium" values). */
#define PY2C_BOTH_MEDIUM(a, b) \
    (PY2C_BOTH(a, b, PyLong_Type) && (size_t)(Py_SIZE(a) + 1) < 3 && (size_t)(Py_SIZE(b) + 1) < 3)
#define PY2C_MEDIUM(o) ((int64_t)Py_SIZE(o) * (int64_t)((PyLongObject *)(o))->ob_digit[0])

#define PY2C_BOTH(a, b, T) (Py_IS_TYPE(a, &T) && Py_IS_TYPE(b, &T))
static inline __attribute__((always_inline)) PyObject *py2c_add(PyObject *a, PyObject *b, int inplace) {
    if (PY2C_BOTH_MEDIUM(a, b)) return py2c_long_from_int64(PY2C_MEDIUM(a) + PY2C_MEDIUM(b));
    if (PY2C_BOTH(a, b, PyLong_Type)) return _PyLong_Add((PyLongObject *)a, (PyLongObject *)b);
    if (PY2C_BOTH(a, b, PyFloat_Type)) return py2c_float(PyFloat_AS_DOUBLE(a) + PyFloat_AS_DOUBLE(b));
    return inplace ? PyNumber_InPlaceAdd(a, b) : PyNumber_Add(a, b);
}
static inline __attribute__((always_inline)) PyObject *py2c_subtract(PyObject *a, PyObject *b, int inplace) {
    if (PY2C_BOTH_MEDIUM(a, b)) return py2c_long_from_int64(PY2C_MEDIUM(a) - PY2C_MEDIUM(b));
    if (PY2C_BOTH(a, b, PyLong_Type)) return _PyLong_Subtract((PyLongObject *)a, (PyLongObject *)b);
    if (PY2C_BOTH(a, b, PyFloat_Type)) return py2c_float(PyFloat_AS_DOUBLE(a) - PyFloat_AS_DOUBLE(b));
    return inplace ? PyNumber_InPlaceSubtract(a, b) : PyNumber_Subtract(a, b);
}
static inline __attribute__((always_inline)) PyObject *py2c_multiply(PyObject *a, PyObject *b, int inplace) {
    if (PY2C_BOTH_MEDIUM(a, b)) return py2c_long_from_int64(PY2C_MEDIUM(a) * PY2C_MEDIUM(b));
    if (PY2C_BOTH(a, b, PyLong_Type)) return _PyLong_Multiply((PyLongObject *)a, (PyLongObject *)b);
    if (PY2C_BOTH(a, b, PyFloat_Type)) return py2c_float(PyFloat_AS_DOUBLE(a) * PyFloat_AS_DOUBLE(b));
    return inplace ? PyNumber_InPlaceMultiply(a, b) : PyNumber_Multiply(a, b);
}

/* An exact int of at most two digits as int64 (FastArith's int path). */
static inline __attribute__((always_inline)) int py2c_long_small(PyObject *o, int64_t *v) {
    if (!PyLong_CheckExact(o)) return 0;
    const digit *d = ((PyLongObject *)o)->ob_digit;
    switch (Py_SIZE(o)) {
    case 0: *v = 0; return 1;
    case 1: *v = (int64_t)d[0]; return 1;
    case -1: *v = -(int64_t)d[0]; return 1;
    case 2: *v = (int64_t)d[0] | ((int64_t)d[1] << PyLong_SHIFT); return 1;
    case -2: *v = -((int64_t)d[0] | ((int64_t)d[1] << PyLong_SHIFT)); return 1;
    default: return 0;
    }
}

/* A float or a small exact int as a double (exact: |int| < 2**53), else 0. */
static inline int py2c_as_double(PyObject *o, double *v) {
    if (PyFloat_CheckExact(o)) { *v = PyFloat_AS_DOUBLE(o); return 1; }
    int64_t i;
    if (py2c_long_small(o, &i) && i > -(1LL << 53) && i < (1LL << 53)) { *v = (double)i; return 1; }
    return 0;
}

/* `a / b` for floats and small ints, with float_div's and long_true_divide's results
 * and messages (both operands fit a double exactly); others via PyNumber. */
static inline PyObject *py2c_true_divide(PyObject *a, PyObject *b, int inplace) {
    double x, y;
    if ((PyFloat_CheckExact(a) || PyFloat_CheckExact(b)) && py2c_as_double(a, &x) && py2c_as_double(b, &y)) {
        if (y == 0.0) {
            PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
            return NULL;
        }
        return py2c_float(x / y);
    }
    if (PY2C_BOTH(a, b, PyLong_Type) && py2c_as_double(a, &x) && py2c_as_double(b, &y)) {
        if (y == 0.0) {
            PyErr_SetString(PyExc_ZeroDivisionError, "division by zero");
            return NULL;
        }
        return py2c_float(x / y);
    }
    return inplace ? PyNumber_InPlaceTrueDivide(a, b) : PyNumber_TrueDivide(a, b);
}

/* `a op b` answered inline, or -1: single-digit ints (as ceval's COMPARE_OP_INT_JUMP),
 * strs ==/!= of the same object (COMPARE_OP_STR_JUMP), and one-character strs (their
 * order is their code points'). */
static inline __attribute__((always_inline)) int py2c_compare_fast(PyObject *a, PyObject *b, int op) {
    if (PY2C_BOTH_MEDIUM(a, b)) {
        int64_t x = PY2C_MEDIUM(a), y = PY2C_MEDIUM(b);
        Py_RETURN_RICHCOMPARE_BOOL(x, y, op);
    }
    if (PY2C_BOTH(a, b, PyUnicode_Type)) {
        if (a == b && (op == Py_EQ || op == Py_NE)) return op == Py_EQ;
        if (PyUnicode_IS_READY(a) && PyUnicode_IS_READY(b) && PyUnicode_GET_LENGTH(a) == 1 &&
            PyUnicode_GET_LENGTH(b) == 1) {
            Py_UCS4 x = PyUnicode_READ_CHAR(a, 0), y = PyUnicode_READ_CHAR(b, 0);
            Py_RETURN_RICHCOMPARE_BOOL(x, y, op);
        }
    }
    return -1;
}

/* `a op b` as C truth (1/0, -1 on error): py2c_compare_fast's cases inline, floats and
 * longer strs out of line, the rest via rich comparison. */
int py2c_compare_cond_other(PyObject *a, PyObject *b, int op);
static inline __attribute__((always_inline)) int py2c_compare_cond(PyObject *a, PyObject *b, int op) {
    int r = py2c_compare_fast(a, b, op);
    return r >= 0 ? r : py2c_compare_cond_other(a, b, op);
}

/* `a op b` as an object: PyObject_RichCompare, py2c_compare_fast's cases inline. */
static inline __attribute__((always_inline)) PyObject *py2c_richcompare(PyObject *a, PyObject *b, int op) {
    int r = py2c_compare_fast(a, b, op);
    return r >= 0 ? Py_NewRef(r ? Py_True : Py_False) : PyObject_RichCompare(a, b, op);
}
static inline int py2c_compare_cond_other_inline(PyObject *a, PyObject *b, int op) {
    /* floats, also against small ints (float_richcompare converts those exactly) */
    double x, y;
    if ((PyFloat_CheckExact(a) || PyFloat_CheckExact(b)) && py2c_as_double(a, &x) && py2c_as_double(b, &y)) {
        Py_RETURN_RICHCOMPARE_BOOL(x, y, op);
    }
    if (PY2C_BOTH(a, b, PyUnicode_Type)) {
        if (op == Py_EQ || op == Py_NE) /* COMPARE_OP_STR_JUMP */
            return _PyUnicode_EQ(a, b) == (op == Py_EQ);
        /* ordering of two 1-byte-kind strs: unicode_compare's memcmp */
        if (PyUnicode_IS_READY(a) && PyUnicode_IS_READY(b) && PyUnicode_KIND(a) == PyUnicode_1BYTE_KIND &&
            PyUnicode_KIND(b) == PyUnicode_1BYTE_KIND) {
            Py_ssize_t la = PyUnicode_GET_LENGTH(a), lb = PyUnicode_GET_LENGTH(b);
            int c = memcmp(PyUnicode_1BYTE_DATA(a), PyUnicode_1BYTE_DATA(b), (size_t)(la < lb ? la : lb));
            if (c == 0) c = la < lb ? -1 : la > lb;
            Py_RETURN_RICHCOMPARE_BOOL(c, 0, op);
        }
    }
    PyObject *r = PyObject_RichCompare(a, b, op);
    if (r == NULL) return -1;
    int t = r == Py_True ? 1 : r == Py_False ? 0 : PyObject_IsTrue(r);
    Py_DECREF(r);
    return t;
}

/* The iterators of lists, tuples and ranges, as 3.11.2's listobject.c, tupleobject.c and
 * rangeobject.c lay them out (private there; py2c_check_layouts verifies the sizes at
 * start-up). FOR_ITER steps them in place, as 3.12's FOR_ITER_LIST/TUPLE/RANGE do. */
typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyObject *it_seq; /* NULL once exhausted */
} py2c_seqiter;
typedef struct {
    PyObject_HEAD
    long index;
    long start;
    long step;
    long len;
} py2c_rangeiter;
int py2c_check_layouts(void);
PyObject *py2c_call_iter(PyObject *f, PyObject *const *args, Py_ssize_t nargs);
PyObject *py2c_getslice(PyObject *o, PyObject *lower, PyObject *upper, PyObject *step);
int py2c_setslice(PyObject *o, PyObject *lower, PyObject *upper, PyObject *v);

/* Next item into *out: 1, or 0 when exhausted, -1 on error (FOR_ITER). */
static inline int py2c_for_iter(PyObject *iter, PyObject **out) {
    PyTypeObject *tp = Py_TYPE(iter);
    if (tp == &PyListIter_Type || tp == &PyTupleIter_Type) {
        py2c_seqiter *it = (py2c_seqiter *)iter;
        PyObject *seq = it->it_seq;
        if (seq == NULL) return 0;
        Py_ssize_t n = tp == &PyListIter_Type ? PyList_GET_SIZE(seq) : PyTuple_GET_SIZE(seq);
        if (it->it_index < n) {
            PyObject **items = tp == &PyListIter_Type ? ((PyListObject *)seq)->ob_item : ((PyTupleObject *)seq)->ob_item;
            *out = Py_NewRef(items[it->it_index++]);
            return 1;
        }
        it->it_seq = NULL;
        Py_DECREF(seq);
        return 0;
    }
    if (tp == &PyRangeIter_Type) {
        py2c_rangeiter *r = (py2c_rangeiter *)iter;
        if (r->index >= r->len) return 0;
        /* unsigned: no signed overflow in the intermediate, as rangeiter_next */
        PyObject *v = PyLong_FromLong((long)(r->start + (unsigned long)(r->index++) * r->step));
        if (v == NULL) return -1;
        *out = v;
        return 1;
    }
    return py2c_for_iter_generic(iter, out);
}

/* An attribute site's cache, as CPython 3.11's specialized LOAD_ATTR/STORE_ATTR forms:
 * - VALUES: instances of one class (its version tag: any change to the class or its
 *   bases changes it) whose attribute lives in the inline values array, at `index`;
 * - SLOT: a `__slots__` member of that class, at byte offset `index`;
 * - MODULE: a module's global, entry `index` of its dict while the keys keep `version`;
 * - GENERIC: this type cannot be specialized; go straight to the C-API.
 * A site fills at most PY2C_MAX_FILLS times; after that, types it has not seen go
 * straight to the C-API. */
enum { PY2C_ATTR_EMPTY, PY2C_ATTR_VALUES, PY2C_ATTR_HINT, PY2C_ATTR_SLOT, PY2C_ATTR_MODULE, PY2C_ATTR_CLASS, PY2C_ATTR_GENERIC };
/* CLASS (3.12's LOAD_ATTR_CLASS): `o` is a class whose metaclass is `type`, `value` the
 * plain value or function its MRO gives for the name, while the class keeps `version`. */
/* HINT (LOAD_ATTR/STORE_ATTR_WITH_HINT): the instance's materialized __dict__ (a
 * combined table) has the name at entry `index`; checked on every access. */
static inline PyDictUnicodeEntry *py2c_hint_entry(PyObject *o, PyObject *name, uint32_t index) {
    PyDictObject *d = (PyDictObject *)*_PyObject_ManagedDictPointer(o);
    if (d == NULL || d->ma_values != NULL) return NULL;
    PyDictKeysObject *k = d->ma_keys;
    if (index >= (uint32_t)k->dk_nentries || !DK_IS_UNICODE(k)) return NULL;
    PyDictUnicodeEntry *ep = DK_UNICODE_ENTRIES(k) + index;
    return ep->me_key == name && ep->me_value != NULL ? ep : NULL;
}
/* Each site keeps PY2C_WAYS entries, one per type seen (CPython's sites are
 * monomorphic; polymorphic calls through a class hierarchy are common in real code). */
#define PY2C_WAYS 4
#define PY2C_MAX_FILLS 16
typedef struct {
    uint32_t version; /* type version tag, or module dict keys version */
    uint32_t index;
    uint8_t kind;
    PyObject *value; /* CLASS: borrowed (the class's dict holds it) */
} py2c_attr_entry;
typedef struct {
    py2c_attr_entry e[PY2C_WAYS];
    uint8_t fills;
    uint8_t next; /* the entry the next fill replaces */
} py2c_attr_cache;
PyObject *py2c_getattr_fill(PyObject *o, PyObject *name, py2c_attr_cache *c);
int py2c_setattr_fill(PyObject *o, PyObject *name, PyObject *v, py2c_attr_cache *c);
/* 1: *out has the value; 2: this type is known not to specialize; 0: not this entry. */
static inline __attribute__((always_inline)) int py2c_attr_entry_get(PyObject *o, PyObject *name, const py2c_attr_entry *c, PyObject **out) {
    PyTypeObject *tp = Py_TYPE(o);
    switch (c->kind) {
    case PY2C_ATTR_VALUES:
        if (tp->tp_version_tag == c->version) {
            PyDictValues *values = *_PyObject_ValuesPointer(o);
            if (values != NULL) {
                PyObject *v = values->values[c->index];
                if (PY2C_LIKELY(v != NULL)) { *out = Py_NewRef(v); return 1; }
            }
        }
        return 0;
    case PY2C_ATTR_HINT:
        if (tp->tp_version_tag == c->version) {
            PyDictUnicodeEntry *ep = py2c_hint_entry(o, name, c->index);
            if (ep != NULL) { *out = Py_NewRef(ep->me_value); return 1; }
        }
        return 0;
    case PY2C_ATTR_SLOT:
        if (tp->tp_version_tag == c->version) {
            PyObject *v = *(PyObject **)((char *)o + c->index);
            if (PY2C_LIKELY(v != NULL)) { *out = Py_NewRef(v); return 1; }
        }
        return 0;
    case PY2C_ATTR_MODULE:
        if (tp == &PyModule_Type) {
            PyDictKeysObject *k = ((PyDictObject *)((PyModuleObject *)o)->md_dict)->ma_keys;
            if (k->dk_version == c->version) {
                PyObject *v = DK_UNICODE_ENTRIES(k)[c->index].me_value;
                if (PY2C_LIKELY(v != NULL)) { *out = Py_NewRef(v); return 1; }
            }
        }
        return 0;
    case PY2C_ATTR_CLASS:
        if (tp == &PyType_Type && ((PyTypeObject *)o)->tp_version_tag == c->version) {
            *out = Py_NewRef(c->value);
            return 1;
        }
        return 0;
    case PY2C_ATTR_GENERIC:
        return tp->tp_version_tag == c->version ? 2 : 0;
    }
    return 0;
}
PyObject *py2c_getattr_ways(PyObject *o, PyObject *name, py2c_attr_cache *c);
/* The first entry inline at the site (a call would cost as much as the lookup); the
 * other entries, and filling, in py2c_getattr_ways. */
static inline __attribute__((always_inline)) PyObject *py2c_getattr_cached(PyObject *o, PyObject *name,
                                                                           py2c_attr_cache *c) {
    PyObject *v;
    if (PY2C_LIKELY(py2c_attr_entry_get(o, name, &c->e[0], &v) == 1)) return v;
    return py2c_getattr_ways(o, name, c);
}
static inline PyObject *py2c_getattr_ways_inline(PyObject *o, PyObject *name, py2c_attr_cache *c) {
    PyObject *v;
    for (int i = 0; i < PY2C_WAYS; i++) {
        int r = py2c_attr_entry_get(o, name, &c->e[i], &v);
        if (PY2C_LIKELY(r == 1)) return v;
        if (r == 2) return PyObject_GetAttr(o, name);
    }
    if (c->fills >= PY2C_MAX_FILLS) return PyObject_GetAttr(o, name);
    return py2c_getattr_fill(o, name, c);
}
/* 1: stored; 2: this type is known not to specialize; 0: not this entry. */
static inline __attribute__((always_inline)) int py2c_attr_entry_set(PyObject *o, PyObject *name, PyObject *v, const py2c_attr_entry *c) {
    if (Py_TYPE(o)->tp_version_tag != c->version) return 0;
    switch (c->kind) {
    case PY2C_ATTR_VALUES: {
        PyDictValues *values = *_PyObject_ValuesPointer(o);
        if (values == NULL) return 0;
        PyObject *old = values->values[c->index];
        values->values[c->index] = Py_NewRef(v);
        if (old == NULL)
            _PyDictValues_AddToInsertionOrder(values, c->index);
        else
            Py_DECREF(old);
        return 1;
    }
    case PY2C_ATTR_HINT: {
        PyDictUnicodeEntry *ep = py2c_hint_entry(o, name, c->index);
        if (ep == NULL) return 0;
        PyObject *old = ep->me_value;
        ep->me_value = Py_NewRef(v);
        ((PyDictObject *)*_PyObject_ManagedDictPointer(o))->ma_version_tag = DICT_NEXT_VERSION();
        Py_DECREF(old);
        return 1;
    }
    case PY2C_ATTR_SLOT: {
        PyObject **slot = (PyObject **)((char *)o + c->index);
        PyObject *old = *slot;
        *slot = Py_NewRef(v);
        Py_XDECREF(old);
        return 1;
    }
    case PY2C_ATTR_GENERIC:
        return 2;
    }
    return 0;
}
int py2c_setattr_ways(PyObject *o, PyObject *name, PyObject *v, py2c_attr_cache *c);
/* As py2c_getattr_cached. */
static inline __attribute__((always_inline)) int py2c_setattr_cached(PyObject *o, PyObject *name, PyObject *v,
                                                                     py2c_attr_cache *c) {
    if (PY2C_LIKELY(py2c_attr_entry_set(o, name, v, &c->e[0]) == 1)) return 0;
    return py2c_setattr_ways(o, name, v, c);
}
static inline int py2c_setattr_ways_inline(PyObject *o, PyObject *name, PyObject *v, py2c_attr_cache *c) {
    for (int i = 0; i < PY2C_WAYS; i++) {
        int r = py2c_attr_entry_set(o, name, v, &c->e[i]);
        if (PY2C_LIKELY(r == 1)) return 0;
        if (r == 2) return PyObject_SetAttr(o, name, v);
    }
    if (c->fills >= PY2C_MAX_FILLS) return PyObject_SetAttr(o, name, v);
    return py2c_setattr_fill(o, name, v, c);
}

/* A method-call site's cache, as LOAD_METHOD_WITH_VALUES / _WITH_DICT / _NO_DICT / _MODULE
 * (and 3.12's class case): `descr` (borrowed: the class holds it while its version stays) is
 * a method found on the class of an instance that cannot shadow it, or the value a class
 * or module gives (called without self). PY2C_WAYS entries, as attribute sites. */
enum { PY2C_METH_EMPTY, PY2C_METH_WITH_VALUES, PY2C_METH_WITH_DICT, PY2C_METH_NO_DICT, PY2C_METH_MODULE, PY2C_METH_CLASS, PY2C_METH_GENERIC };
typedef struct {
    uint32_t version;
    uint32_t keys_version; /* the class's shared keys (WITH_VALUES) */
    uint32_t index;
    uint8_t kind;
    PyObject *descr;
    PyObject *name; /* WITH_DICT: the site's name (a constant, immortal here) */
} py2c_method_entry;
typedef struct {
    py2c_method_entry e[PY2C_WAYS];
    uint8_t fills;
    uint8_t next;
} py2c_method_cache;
int py2c_load_method_fill(PyObject *obj, PyObject *name, PyObject **meth, PyObject **self_or_null,
                          py2c_method_cache *c);
/* Whether the str `name` is absent from the keys, as a dict lookup would find it: an
 * empty first slot of its hash says so at once (any key equal to it has its hash). */
static inline int py2c_keys_lack(PyDictKeysObject *k, PyObject *name) {
    Py_hash_t h = ((PyASCIIObject *)name)->hash;
    if (PY2C_LIKELY(h != -1 && k->dk_log2_size < 8) &&
        ((const int8_t *)k->dk_indices)[(size_t)h & (((size_t)1 << k->dk_log2_size) - 1)] == DKIX_EMPTY)
        return 1;
    return _PyDictKeys_StringLookup(k, name) == DKIX_EMPTY;
}
/* 1: found; 2: this type is known not to specialize; 0: not this entry. */
static inline __attribute__((always_inline)) int py2c_method_entry_get(PyObject *obj, const py2c_method_entry *c, PyObject **meth,
                                        PyObject **self_or_null) {
    PyTypeObject *tp = Py_TYPE(obj);
    switch (c->kind) {
    case PY2C_METH_WITH_VALUES:
        if (tp->tp_version_tag == c->version && *_PyObject_ManagedDictPointer(obj) == NULL &&
            ((PyHeapTypeObject *)tp)->ht_cached_keys->dk_version == c->keys_version) {
            *meth = Py_NewRef(c->descr);
            *self_or_null = Py_NewRef(obj);
            return 1;
        }
        return 0;
    case PY2C_METH_WITH_DICT: {
        /* a materialized __dict__ (a combined table has keys of its own, so no keys
         * version can vouch for it): the name must be absent, looked up as
         * _PyObject_GetMethod's PyDict_GetItemWithError would find it */
        if (tp->tp_version_tag != c->version) return 0;
        PyDictObject *d = (PyDictObject *)*_PyObject_ManagedDictPointer(obj);
        if (d == NULL || !py2c_keys_lack(d->ma_keys, c->name)) return 0;
        *meth = Py_NewRef(c->descr);
        *self_or_null = Py_NewRef(obj);
        return 1;
    }
    case PY2C_METH_NO_DICT:
        if (tp->tp_version_tag == c->version) {
            *meth = Py_NewRef(c->descr);
            *self_or_null = Py_NewRef(obj);
            return 1;
        }
        return 0;
    case PY2C_METH_MODULE:
        if (tp == &PyModule_Type) {
            PyDictKeysObject *k = ((PyDictObject *)((PyModuleObject *)obj)->md_dict)->ma_keys;
            if (k->dk_version == c->version) {
                PyObject *v = DK_UNICODE_ENTRIES(k)[c->index].me_value;
                if (PY2C_LIKELY(v != NULL)) {
                    *meth = Py_NewRef(v);
                    *self_or_null = NULL;
                    return 1;
                }
            }
        }
        return 0;
    case PY2C_METH_CLASS:
        if (tp == &PyType_Type && ((PyTypeObject *)obj)->tp_version_tag == c->version) {
            *meth = Py_NewRef(c->descr);
            *self_or_null = NULL;
            return 1;
        }
        return 0;
    case PY2C_METH_GENERIC:
        return tp->tp_version_tag == c->version ? 2 : 0;
    }
    return 0;
}
int py2c_load_method_ways(PyObject *obj, PyObject *name, PyObject **meth, PyObject **self_or_null,
                          py2c_method_cache *c);
/* As py2c_getattr_cached. */
static inline __attribute__((always_inline)) int py2c_load_method_cached(PyObject *obj, PyObject *name,
                                                                         PyObject **meth, PyObject **self_or_null,
                                                                         py2c_method_cache *c) {
    if (PY2C_LIKELY(py2c_method_entry_get(obj, &c->e[0], meth, self_or_null) == 1)) return 0;
    return py2c_load_method_ways(obj, name, meth, self_or_null, c);
}
static inline int py2c_load_method_ways_inline(PyObject *obj, PyObject *name, PyObject **meth,
                                               PyObject **self_or_null, py2c_method_cache *c) {
    for (int i = 0; i < PY2C_WAYS; i++) {
        int r = py2c_method_entry_get(obj, &c->e[i], meth, self_or_null);
        if (PY2C_LIKELY(r == 1)) return 0;
        if (r == 2) return py2c_load_method(obj, name, meth, self_or_null);
    }
    if (c->fills >= PY2C_MAX_FILLS) return py2c_load_method(obj, name, meth, self_or_null);
    return py2c_load_method_fill(obj, name, meth, self_or_null, c);
}

/* A non-negative single-digit int's value, or -1 (BINARY_SUBSCR_LIST_INT's condition). */
static inline Py_ssize_t py2c_small_index(PyObject *k) {
    if (Py_IS_TYPE(k, &PyLong_Type) && (size_t)Py_SIZE(k) < 2) return Py_SIZE(k) * (Py_ssize_t)((PyLongObject *)k)->ob_digit[0];
    return -1;
}
/* `o[k]`: a list or tuple item at a small index inline (BINARY_SUBSCR_LIST_INT /
 * _TUPLE_INT); the rest out of line (ops.c). */
PyObject *py2c_getitem_other(PyObject *o, PyObject *k);
static inline __attribute__((always_inline)) PyObject *py2c_getitem(PyObject *o, PyObject *k) {
    Py_ssize_t i = py2c_small_index(k);
    if (i >= 0) {
        if (Py_IS_TYPE(o, &PyList_Type) && i < PyList_GET_SIZE(o)) return Py_NewRef(PyList_GET_ITEM(o, i));
        if (Py_IS_TYPE(o, &PyTuple_Type) && i < PyTuple_GET_SIZE(o)) return Py_NewRef(PyTuple_GET_ITEM(o, i));
    }
    return py2c_getitem_other(o, k);
}
/* `o[k] = v`: a list item at a small index inline (STORE_SUBSCR_LIST_INT). */
static inline __attribute__((always_inline)) int py2c_setitem(PyObject *o, PyObject *k, PyObject *v) {
    Py_ssize_t i = py2c_small_index(k);
    if (i >= 0 && Py_IS_TYPE(o, &PyList_Type) && i < PyList_GET_SIZE(o)) {
        PyObject *old = PyList_GET_ITEM(o, i);
        PyList_SET_ITEM(o, i, Py_NewRef(v));
        Py_DECREF(old);
        return 0;
    }
    return PyObject_SetItem(o, k, v);
}

static inline int py2c_truth(PyObject *o) {
    if (o == Py_True) return 1;
    if (o == Py_False || o == Py_None) return 0;
    /* long_bool, list_length and tuple's, as PyObject_IsTrue would reach them */
    PyTypeObject *tp = Py_TYPE(o);
    if (tp == &PyLong_Type || tp == &PyList_Type || tp == &PyTuple_Type) return Py_SIZE(o) != 0;
    return PyObject_IsTrue(o);
}

/* class.c */
PyObject *py2c_build_class(PyObject *body, PyObject *name, PyObject *bases, PyObject *kwds);
PyObject *py2c_load_classderef(PyObject *ns, PyObject *name, PyObject *cell);

/* exc.c */
PyObject *py2c_catch(PyObject **prev);
int py2c_exc_match(PyObject *exc, PyObject *typ);
void py2c_reraise(PyObject *exc);
PyObject *py2c_with_enter(PyObject *mgr, PyObject **exit);
PyObject *py2c_with_exit(PyObject *exit, PyObject *exc);
int py2c_except_star_match(PyObject **rest, PyObject *typ, PyObject **match);
PyObject *py2c_fetch_raised(void);
PyObject *py2c_prep_reraise_star(PyObject *orig, PyObject *excs);
PyObject *py2c_async_with_enter(PyObject *mgr, PyObject **exit);

/* gen.c: generators and coroutines (CPython's objects, compiled resumable bodies). */
PyObject *py2c_make_generator(_PyInterpreterFrame *frame);
PyObject *py2c_get_yield_from_iter(PyObject *o);
PyObject *py2c_get_awaitable(PyObject *o, int kind);
PyObject *py2c_get_aiter(PyObject *o);
PyObject *py2c_get_anext(PyObject *aiter);
#define PY2C_RESUMABLE (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)
/* A genexpr compiled to gather its items: a plain function whose code object says
 * CO_GENERATOR, as the genexpr's own does. */
#define PY2C_CODE_GENERATOR 0x40000000
/* list/tuple/set(genexpr) with the builtin: `func` (such a gathering genexpr) called with
 * the iterator; StopIteration from inside becomes RuntimeError, as gen_send_ex2 does. */
PyObject *py2c_collect_genexpr(PyObject *func, PyObject *iter, int to_tuple);

/* match.c: pattern matching */
int py2c_match_len(PyObject *subject, Py_ssize_t n, int at_least);
PyObject *py2c_match_keys(PyObject *map, PyObject *keys);
PyObject *py2c_seq_item(PyObject *seq, Py_ssize_t index, int from_end);
PyObject *py2c_dict_without_keys(PyObject *subject, PyObject *keys);
PyObject *py2c_match_class(PyObject *subject, PyObject *type, Py_ssize_t nargs, PyObject *kwnames);

/* importer.c: the program's own compiled modules, importable by name. */
typedef struct py2c_app_module {
    const char *name;
    const char *file;
    int is_package;
    int (*exec)(PyObject *module);
} py2c_app_module;
int py2c_install_importer(const py2c_app_module *modules);

/* vfs.c: the embedded filesystem, served at the WASI calls; set up before anything opens a file. */
int py2c_vfs_init(void);

/* main.c: the program as the generated main.c describes it. */
typedef struct py2c_entry {
    const char *script; /* as typed at build: argv[0] selects it; sys.argv[0] */
    const char *file;   /* __main__.__file__ */
    int (*exec)(PyObject *module);
} py2c_entry;
typedef struct py2c_program {
    const struct _frozen *frozen;
    const py2c_app_module *modules;
    const char *const *sys_path;
    const char *start_dir;
    const char *script; /* sys.argv[0] */
    const char *file;   /* __main__.__file__ */
    int (*exec_main)(PyObject *module);
    const py2c_entry *entries; /* --entry scripts, up to one of NULLs */
    const char *preinit; /* imported by the snapshot initializer, or NULL */
    long hash_seed;      /* PYTHONHASHSEED given at build, or -1 (drawn at start-up) */
} py2c_program;
int py2c_main(const py2c_program *program, int argc, char **argv);
void py2c_preinitialize(const py2c_program *program);
PyObject *py2c_serve_request(const py2c_program *program, const char *frame, size_t len);


/* ---- calls of compiled functions (function.c's vectorcall, and direct calls) ---- */

/* Runs `body` (the frame's function's) in its frame, arguments already bound, linked as
 * the current frame. */
static inline __attribute__((always_inline)) PyObject *py2c_frame_run(PyThreadState *ts, _PyInterpreterFrame *frame,
                                                                      py2c_body body) {
    if (_Py_EnterRecursiveCallTstate(ts, "")) return NULL;
    _PyCFrame *cf = ts->cframe;
    frame->previous = cf->current_frame;
    cf->current_frame = frame;
    PyObject *result = body((py2c_function *)frame->f_func, frame->localsplus, frame->f_locals);
    cf->current_frame = frame->previous;
    _Py_LeaveRecursiveCallTstate(ts);
    return result;
}

/* As ceval's _PyEvalFrameClearAndPop: the locals go (or move to a frame object that
 * outlives the call, e.g. one a traceback holds). Without a frame object this is
 * _PyFrame_Clear's loop, and the pop is _PyThreadState_PopFrame's common case, inline.
 * `stacktop` is frame->stacktop (a direct call passes its constant, so the loop unrolls).
 * `borrowed`: the frame does not own its f_func and f_code (py2c_call_fast), so they are
 * released only by a frame object that takes them over. */
static inline __attribute__((always_inline)) void py2c_frame_pop(PyThreadState *ts, _PyInterpreterFrame *frame,
                                                                 int stacktop, int borrowed) {
    if (frame->frame_obj == NULL) {
        /* no frame object: nothing a finalizer runs can reach this frame's stacktop */
        PyObject **l = frame->localsplus;
        for (int i = 0; i < stacktop; i++) Py_XDECREF(l[i]);
        Py_XDECREF(frame->f_locals);
        if (!borrowed) {
            Py_DECREF(frame->f_func);
            Py_DECREF(frame->f_code);
        }
    } else {
        if (borrowed) {
            Py_INCREF(frame->f_func);
            Py_INCREF(frame->f_code);
        }
        _PyFrame_Clear(frame);
    }
    PyObject **base = (PyObject **)frame;
    if (PY2C_LIKELY(base != &ts->datastack_chunk->data[0]))
        ts->datastack_top = base;
    else
        _PyThreadState_PopFrame(ts, frame);
}

/* _PyThreadState_BumpFramePointer, its common case inline. */
static inline __attribute__((always_inline)) _PyInterpreterFrame *py2c_bump_frame(PyThreadState *ts, size_t size) {
    PyObject **base = ts->datastack_top;
    if (PY2C_LIKELY(base != NULL && base + size < ts->datastack_limit)) {
        ts->datastack_top = base + size;
        return (_PyInterpreterFrame *)base;
    }
    return _PyThreadState_BumpFramePointerSlow(ts, size);
}

/* The common call of a plain function (no keywords, *args, **kwargs, keyword-only
 * parameters; not a generator) whose code object exists: `n` positional arguments for
 * its `argcount` parameters, those from `first_default` on missing ones taken from its
 * defaults. Its frame's `nlocals` fast slots start as the arguments, then NULL. `body`
 * is f->def->body: a direct call runs it without the indirect call, constants folded.
 * `borrow`: the frame borrows its f_func and f_code (a direct call from compiled code,
 * whose caller holds the function for the call, and the def holds its code object);
 * they become the frame's own only if a frame object outlives the call. */
static inline __attribute__((always_inline)) PyObject *py2c_call_fast(py2c_function *f, PyCodeObject *code,
                                                                      PyObject *const *args, int n, int argcount,
                                                                      int first_default, int nlocals, py2c_body body,
                                                                      int borrow) {
    PyThreadState *ts = _PyThreadState_GET();
    _PyInterpreterFrame *frame = py2c_bump_frame(ts, nlocals + code->co_stacksize + FRAME_SPECIALS_SIZE);
    if (PY2C_UNLIKELY(frame == NULL)) return PyErr_NoMemory();
    frame->f_func = (PyFunctionObject *)(borrow ? (PyObject *)f : Py_NewRef(f));
    frame->f_code = borrow ? code : (PyCodeObject *)Py_NewRef(code);
    frame->f_builtins = f->builtins;
    frame->f_globals = f->globals;
    frame->f_locals = NULL;
    frame->stacktop = nlocals;
    frame->frame_obj = NULL;
    frame->prev_instr = _PyCode_CODE(code) + code->_co_firsttraceable;
    frame->is_entry = false;
    frame->owner = FRAME_OWNED_BY_THREAD;
    frame->previous = NULL; /* linked by py2c_frame_run */
    PyObject **fast = frame->localsplus;
    int i = 0;
    for (; i < n; i++) fast[i] = Py_NewRef(args[i]);
    for (; i < argcount; i++) fast[i] = Py_NewRef(PyTuple_GET_ITEM(f->defaults, i - first_default));
    for (; i < nlocals; i++) fast[i] = NULL;
    PyObject *result = py2c_frame_run(ts, frame, body);
    py2c_frame_pop(ts, frame, nlocals, borrow); /* a plain body leaves stacktop as it is */
    return result;
}

/* A call whose callee the compiler guessed (a module-level `def`, a method of the
 * module's classes): when `callable` is a function made from `def` (emitted only where
 * the def is a plain function and `n` <= its `argcount`), its body runs directly, with
 * `nlocals` known; anything else is the usual call. */
#define PY2C_IS_DEF(callable, d) (Py_IS_TYPE((callable), &py2c_FunctionType) && ((py2c_function *)(callable))->def == (d))
static inline __attribute__((always_inline)) PyObject *py2c_call_known(PyObject *callable, PyObject *const *args, int n,
                                                                       int argcount, int nlocals, py2c_body body) {
    py2c_function *f = (py2c_function *)callable;
    PyCodeObject *code = (PyCodeObject *)f->def->code;
    int first_default = argcount;
    if (n < argcount) first_default -= f->defaults ? (int)PyTuple_GET_SIZE(f->defaults) : 0;
    if (PY2C_UNLIKELY(code == NULL || n < first_default)) return py2c_function_vectorcall(callable, args, (size_t)n, NULL);
    return py2c_call_fast(f, code, args, n, argcount, first_default, nlocals, body, 1);
}

#endif
