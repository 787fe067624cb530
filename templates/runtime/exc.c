/* Exception handling of compiled code: the ceval.c equivalents of PUSH_EXC_INFO,
 * POP_EXCEPT, CHECK_EXC_MATCH, RERAISE, BEFORE_WITH and WITH_EXCEPT_START. */
#include "py2c.h"

/* Takes the raised exception (normalized, traceback attached) and makes it the handled
 * one; the previously handled exception (new reference or NULL) goes to *prev. */
PyObject *py2c_catch(PyObject **prev) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (value == NULL) { /* cannot happen: a handler is only entered with an exception set */
        value = Py_NewRef(Py_None);
    } else if (tb != NULL) {
        PyException_SetTraceback(value, tb);
    }
    Py_XDECREF(type);
    Py_XDECREF(tb);
    *prev = PyErr_GetHandledException();
    PyErr_SetHandledException(value);
    return value;
}

static int check_except_type_valid(PyObject *right) {
    if (PyTuple_Check(right)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(right); i++) {
            if (!PyExceptionClass_Check(PyTuple_GET_ITEM(right, i))) goto bad;
        }
        return 0;
    }
    if (PyExceptionClass_Check(right)) return 0;
bad:
    PyErr_SetString(PyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int py2c_exc_match(PyObject *exc, PyObject *typ) {
    if (check_except_type_valid(typ) < 0) return -1;
    return PyErr_GivenExceptionMatches(exc, typ);
}

void py2c_reraise(PyObject *exc) {
    PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(exc)), Py_NewRef(exc), PyException_GetTraceback(exc));
}

/* _PyObject_LookupSpecial: the attribute on the type, bound to the instance. */
static PyObject *lookup_special(PyObject *self, const char *name) {
    PyObject *key = PyUnicode_InternFromString(name);
    if (key == NULL) return NULL;
    PyObject *res = _PyType_Lookup(Py_TYPE(self), key);
    Py_DECREF(key);
    if (res == NULL) return NULL;
    descrgetfunc f = Py_TYPE(res)->tp_descr_get;
    if (f == NULL) return Py_NewRef(res);
    return f(res, self, (PyObject *)Py_TYPE(self));
}

/* BEFORE_WITH and BEFORE_ASYNC_WITH: `*exit` gets the bound exit method; returns what the
 * enter method returned. `kind` words the protocol in the errors ("" or "asynchronous "). */
static PyObject *enter_context(PyObject *mgr, const char *enter_name, const char *exit_name, const char *kind,
                               PyObject **exit) {
    PyObject *enter = lookup_special(mgr, enter_name);
    if (enter == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "'%.200s' object does not support the %scontext manager protocol",
                         Py_TYPE(mgr)->tp_name, kind);
        return NULL;
    }
    PyObject *ex = lookup_special(mgr, exit_name);
    if (ex == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the %scontext manager protocol (missed %s method)",
                         Py_TYPE(mgr)->tp_name, kind, exit_name);
        Py_DECREF(enter);
        return NULL;
    }
    PyObject *res = PyObject_CallNoArgs(enter);
    Py_DECREF(enter);
    if (res == NULL) {
        Py_DECREF(ex);
        return NULL;
    }
    *exit = ex;
    return res;
}

PyObject *py2c_with_enter(PyObject *mgr, PyObject **exit) {
    return enter_context(mgr, "__enter__", "__exit__", "", exit);
}

PyObject *py2c_async_with_enter(PyObject *mgr, PyObject **exit) {
    return enter_context(mgr, "__aenter__", "__aexit__", "asynchronous ", exit);
}

PyObject *py2c_with_exit(PyObject *exit, PyObject *exc) {
    PyObject *args[3];
    if (exc == NULL) {
        args[0] = args[1] = args[2] = Py_None;
        return PyObject_Vectorcall(exit, args, 3, NULL);
    }
    PyObject *tb = PyException_GetTraceback(exc);
    args[0] = (PyObject *)Py_TYPE(exc);
    args[1] = exc;
    args[2] = tb ? tb : Py_None;
    PyObject *r = PyObject_Vectorcall(exit, args, 3, NULL);
    Py_XDECREF(tb);
    return r;
}

/* except* (CHECK_EG_MATCH and PREP_RERAISE_STAR); these two live in CPython's internal
 * headers, which compiled code does not include. */
PyObject *_PyExc_CreateExceptionGroup(const char *msg, PyObject *excs);
PyObject *_PyExc_PrepReraiseStar(PyObject *orig, PyObject *excs);

static int check_except_star_type_valid(PyObject *right) {
    if (check_except_type_valid(right) < 0) return -1;
    int is_subclass = 0;
    if (PyTuple_Check(right)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(right) && !is_subclass; i++) {
            is_subclass = PyObject_IsSubclass(PyTuple_GET_ITEM(right, i), PyExc_BaseExceptionGroup);
            if (is_subclass < 0) return -1;
        }
    } else {
        is_subclass = PyObject_IsSubclass(right, PyExc_BaseExceptionGroup);
        if (is_subclass < 0) return -1;
    }
    if (is_subclass) {
        PyErr_SetString(PyExc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

/* Splits *rest by typ: *match gets the matching part (NULL when none) and becomes the
 * handled exception; *rest is replaced by the unmatched part (None when nothing is left). */
int py2c_except_star_match(PyObject **rest, PyObject *typ, PyObject **match) {
    if (check_except_star_type_valid(typ) < 0) return -1;
    PyObject *exc = *rest;
    PyObject *m, *r;
    if (exc == Py_None) {
        *match = NULL;
        return 0;
    }
    if (PyErr_GivenExceptionMatches(exc, typ)) {
        if (PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_BaseExceptionGroup)) {
            m = Py_NewRef(exc);
        } else { /* a naked exception is wrapped in a group */
            PyObject *excs = PyTuple_Pack(1, exc);
            if (excs == NULL) return -1;
            m = _PyExc_CreateExceptionGroup("", excs);
            Py_DECREF(excs);
            if (m == NULL) return -1;
        }
        r = Py_NewRef(Py_None);
    } else if (PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_BaseExceptionGroup)) {
        PyObject *pair = PyObject_CallMethod(exc, "split", "(O)", typ);
        if (pair == NULL) return -1;
        m = Py_NewRef(PyTuple_GET_ITEM(pair, 0));
        r = Py_NewRef(PyTuple_GET_ITEM(pair, 1));
        Py_DECREF(pair);
        if (m == Py_None) {
            Py_DECREF(m);
            Py_DECREF(r);
            *match = NULL;
            return 0;
        }
    } else {
        *match = NULL;
        return 0;
    }
    Py_SETREF(*rest, r);
    PyErr_SetHandledException(m);
    *match = m;
    return 0;
}

/* The exception raised inside an except* clause, taken off the thread state. */
PyObject *py2c_fetch_raised(void) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb != NULL && value != NULL) PyException_SetTraceback(value, tb);
    Py_XDECREF(type);
    Py_XDECREF(tb);
    return value ? value : Py_NewRef(Py_None);
}

/* The runtime is CPython 3.11.2, which wraps a lone exception raised in an except* clause
 * in a new ExceptionGroup(""); 3.11.4 on (gh-103590) raises it bare. Unwrap that case. */
PyObject *py2c_prep_reraise_star(PyObject *orig, PyObject *excs) {
    PyObject *r = _PyExc_PrepReraiseStar(orig, excs);
    if (r == NULL || !PyObject_TypeCheck(r, (PyTypeObject *)PyExc_BaseExceptionGroup)) return r;
    if (PySequence_Contains(excs, r) != 0) return r; /* not a fresh group (or an error: ignore) */
    PyObject *subs = PyObject_GetAttrString(r, "exceptions");
    if (subs == NULL) {
        PyErr_Clear();
        return r;
    }
    if (PyTuple_Check(subs) && PyTuple_GET_SIZE(subs) == 1) {
        PyObject *only = PyTuple_GET_ITEM(subs, 0);
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(excs); i++) {
            if (PyList_GET_ITEM(excs, i) == only) {
                Py_SETREF(r, Py_NewRef(only));
                break;
            }
        }
    }
    Py_DECREF(subs);
    return r;
}
