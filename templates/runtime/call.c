/* Calls of objects other than compiled functions, as ceval's CALL specializations do
 * them: classes with a compiled __init__, builtins with a vectorcall slot, and len(),
 * ord() and chr() of the builtin types answered without the call. */
#include "py2c.h"

/* `cls(*args)` for a class whose metaclass is `type`, made by object.__new__, whose
 * __init__ is a compiled function: type_call -> object_new -> slot_tp_init without the
 * argument tuple, self going into the caller's spare slot args[-1]. The same checks
 * and errors (an abstract class, or a subclass of a C type, takes the generic path). */
static PyObject *call_class(PyTypeObject *cls, PyObject *const *args, size_t nargsf, PyObject *kwnames, int *done) {
    static PyObject *dunder_init;
    if (dunder_init == NULL && (dunder_init = PyUnicode_InternFromString("__init__")) == NULL) {
        *done = 1;
        return NULL;
    }
    *done = 0;
    if (!(nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET) || !(cls->tp_flags & Py_TPFLAGS_HEAPTYPE) ||
        (cls->tp_flags & Py_TPFLAGS_IS_ABSTRACT) || cls->tp_new != PyBaseObject_Type.tp_new)
        return NULL;
    PyObject *init = _PyType_Lookup(cls, dunder_init);
    if (init == NULL || !Py_IS_TYPE(init, &py2c_FunctionType)) return NULL;
    *done = 1;
    PyThreadState *ts = _PyThreadState_GET();
    /* _PyObject_MakeTpCall's level, as the generic call counts it */
    if (_Py_EnterRecursiveCallTstate(ts, " while calling a Python object")) return NULL;
    PyObject *obj = cls->tp_alloc(cls, 0);
    if (obj != NULL && _PyObject_InitializeDict(obj) < 0) Py_CLEAR(obj); /* object_new's inline values */
    PyObject *res = NULL;
    if (obj != NULL) {
        Py_INCREF(init);
        PyObject **with_self = (PyObject **)args - 1;
        PyObject *spare = with_self[0];
        with_self[0] = obj;
        res = py2c_function_vectorcall(init, with_self, PyVectorcall_NARGS(nargsf) + 1, kwnames);
        with_self[0] = spare;
        Py_DECREF(init);
    }
    _Py_LeaveRecursiveCallTstate(ts);
    if (res == NULL) {
        Py_XDECREF(obj);
        return NULL;
    }
    if (res != Py_None) {
        PyErr_Format(PyExc_TypeError, "__init__() should return None, not '%.200s'", Py_TYPE(res)->tp_name);
        Py_DECREF(res);
        Py_DECREF(obj);
        return NULL;
    }
    Py_DECREF(res);
    return obj;
}

/* builtins.len, ord and chr as the interpreter started with them (py2c_start_calls),
 * before any user code could rebind the names. */
static PyObject *builtin_len, *builtin_ord, *builtin_chr;

static int capture_builtin(PyObject *b, const char *name, PyObject **out) {
    PyObject *f = PyObject_GetAttrString(b, name);
    if (f == NULL) return -1;
    /* only the C function itself (a sitecustomize could have replaced it) */
    if (!PyCFunction_CheckExact(f) || PyCFunction_GET_SELF(f) != b ||
        strcmp(((PyCFunctionObject *)f)->m_ml->ml_name, name) != 0)
        Py_CLEAR(f);
    *out = f;
    return 0;
}

int py2c_start_calls(void) {
    PyObject *b = PyImport_ImportModule("builtins");
    if (b == NULL) return -1;
    int r = capture_builtin(b, "len", &builtin_len) < 0 || capture_builtin(b, "ord", &builtin_ord) < 0 ||
                    capture_builtin(b, "chr", &builtin_chr) < 0
                ? -1
                : 0;
    Py_DECREF(b);
    return r;
}

/* ord(c) of an exact one-character str; chr(i) of a small exact int in range (as
 * builtin_ord and builtin_chr_impl; anything else, errors included, makes the call). */
static PyObject *ord_of_str(PyObject *c) {
    if (!PyUnicode_CheckExact(c) || !PyUnicode_IS_READY(c) || PyUnicode_GET_LENGTH(c) != 1) return NULL;
    return PyLong_FromLong((long)PyUnicode_READ_CHAR(c, 0));
}
static PyObject *chr_of_int(PyObject *i) {
    if (!PyLong_CheckExact(i) || (size_t)Py_SIZE(i) > 1) return NULL;
    long v = Py_SIZE(i) * (long)((PyLongObject *)i)->ob_digit[0];
    if (v > 0x10ffff) return NULL;
    return PyUnicode_FromOrdinal((int)v);
}

/* len(o) of an exact list, tuple, dict, set or str: builtin_len's PyObject_Size
 * without the call (the sizes these types' length slots return). */
static PyObject *len_of_builtin(PyObject *o) {
    PyTypeObject *tp = Py_TYPE(o);
    Py_ssize_t n;
    if (tp == &PyList_Type || tp == &PyTuple_Type)
        n = Py_SIZE(o);
    else if (tp == &PyDict_Type)
        n = ((PyDictObject *)o)->ma_used;
    else if (tp == &PySet_Type || tp == &PyFrozenSet_Type)
        n = ((PySetObject *)o)->used;
    else if (tp == &PyUnicode_Type && PyUnicode_IS_READY(o))
        n = PyUnicode_GET_LENGTH(o);
    else
        return NULL;
    return PyLong_FromSsize_t(n);
}

/* Calls of anything but a compiled function: len/ord/chr and classes as above; objects
 * with a vectorcall slot directly (as ceval's CALL specializations for builtins), with
 * the result check of _Py_CheckFunctionResult only when result and error state
 * disagree; the rest via tp_call, as PyObject_Vectorcall. */
PyObject *py2c_vectorcall_other(PyObject *f, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    if (PyVectorcall_NARGS(nargsf) == 1 && kwnames == NULL && Py_IS_TYPE(f, &PyCFunction_Type)) {
        PyObject *r = f == builtin_len ? len_of_builtin(args[0])
                      : f == builtin_ord ? ord_of_str(args[0])
                      : f == builtin_chr ? chr_of_int(args[0])
                                         : NULL;
        if (r != NULL || PyErr_Occurred()) return r;
    }
    if (Py_IS_TYPE(f, &PyType_Type)) {
        int done;
        PyObject *r = call_class((PyTypeObject *)f, args, nargsf, kwnames, &done);
        if (done) return r;
    }
    vectorcallfunc vc = PyVectorcall_Function(f);
    if (vc == NULL) return PyObject_Vectorcall(f, args, nargsf, kwnames);
    PyObject *r = vc(f, args, nargsf, kwnames);
    PyThreadState *ts = _PyThreadState_GET();
    if (PY2C_UNLIKELY((r == NULL) == (ts->curexc_type == NULL))) return _Py_CheckFunctionResult(ts, f, r, NULL);
    return r;
}
