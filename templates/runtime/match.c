/* Structural pattern matching (PEP 634): what CPython 3.11's MATCH_CLASS, MATCH_KEYS,
 * COPY_DICT_WITHOUT_KEYS and GET_LEN do, with their exact errors. */
#include "py2c.h"

/* len(subject) compared with n: 1 if it is n (or, `at_least`, n or more), 0 if not, -1 on error. */
int py2c_match_len(PyObject *subject, Py_ssize_t n, int at_least) {
    Py_ssize_t len = PyObject_Length(subject);
    if (len < 0) return -1;
    return at_least ? len >= n : len == n;
}

/* An item of a sequence pattern with `*_`: seq[index], or seq[len(seq) - index]. */
PyObject *py2c_seq_item(PyObject *seq, Py_ssize_t index, int from_end) {
    if (from_end) {
        Py_ssize_t len = PyObject_Length(seq);
        if (len < 0) return NULL;
        index = len - index;
    }
    PyObject *i = PyLong_FromSsize_t(index);
    if (i == NULL) return NULL;
    PyObject *r = PyObject_GetItem(seq, i);
    Py_DECREF(i);
    return r;
}

/* The values for `keys` (a tuple) looked up with subject.get(key, sentinel), so that
 * defaultdict-like mappings create nothing; None if a key is missing. */
PyObject *py2c_match_keys(PyObject *map, PyObject *keys) {
    Py_ssize_t nkeys = PyTuple_GET_SIZE(keys);
    if (nkeys == 0) return PyTuple_New(0);
    static PyObject *get_name;
    if (get_name == NULL && (get_name = PyUnicode_InternFromString("get")) == NULL) return NULL;
    PyObject *get = NULL, *seen = NULL, *dummy = NULL, *values = NULL;
    int meth_found = _PyObject_GetMethod(map, get_name, &get);
    if (get == NULL) goto fail;
    if ((seen = PySet_New(NULL)) == NULL) goto fail;
    if ((dummy = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type)) == NULL) goto fail;
    if ((values = PyTuple_New(nkeys)) == NULL) goto fail;
    for (Py_ssize_t i = 0; i < nkeys; i++) {
        PyObject *key = PyTuple_GET_ITEM(keys, i);
        if (PySet_Contains(seen, key) || PySet_Add(seen, key)) {
            if (!PyErr_Occurred()) PyErr_Format(PyExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto fail;
        }
        PyObject *args[] = {map, key, dummy};
        PyObject *value = meth_found ? PyObject_Vectorcall(get, args, 3, NULL) : PyObject_Vectorcall(get, args + 1, 2, NULL);
        if (value == NULL) goto fail;
        if (value == dummy) {
            Py_DECREF(value);
            Py_SETREF(values, Py_NewRef(Py_None));
            break;
        }
        PyTuple_SET_ITEM(values, i, value);
    }
    Py_DECREF(get);
    Py_DECREF(seen);
    Py_DECREF(dummy);
    return values;
fail:
    Py_XDECREF(get);
    Py_XDECREF(seen);
    Py_XDECREF(dummy);
    Py_XDECREF(values);
    return NULL;
}

/* `**rest`: a dict of the subject's items without `keys`. */
PyObject *py2c_dict_without_keys(PyObject *subject, PyObject *keys) {
    PyObject *rest = PyDict_New();
    if (rest == NULL) return NULL;
    if (PyDict_Update(rest, subject) < 0) goto fail;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(keys); i++)
        if (PyDict_DelItem(rest, PyTuple_GET_ITEM(keys, i)) < 0) goto fail;
    return rest;
fail:
    Py_DECREF(rest);
    return NULL;
}

/* One attribute for a class pattern; NULL without an error when it is missing. */
static PyObject *class_attr(PyObject *subject, PyObject *type, PyObject *name, PyObject *seen) {
    if (PySet_Contains(seen, name) || PySet_Add(seen, name)) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                         ((PyTypeObject *)type)->tp_name, name);
        return NULL;
    }
    PyObject *attr = PyObject_GetAttr(subject, name);
    if (attr == NULL && PyErr_ExceptionMatches(PyExc_AttributeError)) PyErr_Clear();
    return attr;
}

/* `cls(p1, ..., k1=q1, ...)`: a tuple of the attributes for the nargs positional and the
 * keyword sub-patterns (names in `kwnames`), None when the subject does not match. */
PyObject *py2c_match_class(PyObject *subject, PyObject *type, Py_ssize_t nargs, PyObject *kwnames) {
    if (!PyType_Check(type)) {
        PyErr_SetString(PyExc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    int isinst = PyObject_IsInstance(subject, type);
    if (isinst < 0) return NULL;
    if (!isinst) return Py_NewRef(Py_None);
    PyObject *seen = PySet_New(NULL);
    if (seen == NULL) return NULL;
    PyObject *attrs = PyList_New(0), *match_args = NULL, *attr;
    if (attrs == NULL) goto fail;
    if (nargs) {
        int match_self = 0;
        match_args = PyObject_GetAttrString(type, "__match_args__");
        if (match_args) {
            if (!PyTuple_CheckExact(match_args)) {
                PyErr_Format(PyExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                             ((PyTypeObject *)type)->tp_name, Py_TYPE(match_args)->tp_name);
                goto fail;
            }
        } else if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
            /* the bool(x), int(x), str(x)... form: only without __match_args__ */
            PyErr_Clear();
            if ((match_args = PyTuple_New(0)) == NULL) goto fail;
            match_self = PyType_HasFeature((PyTypeObject *)type, _Py_TPFLAGS_MATCH_SELF);
        } else {
            goto fail;
        }
        Py_ssize_t allowed = match_self ? 1 : PyTuple_GET_SIZE(match_args);
        if (allowed < nargs) {
            PyErr_Format(PyExc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                         ((PyTypeObject *)type)->tp_name, (int)allowed, allowed == 1 ? "" : "s", (int)nargs);
            goto fail;
        }
        if (match_self) {
            if (PyList_Append(attrs, subject) < 0) goto fail;
        } else {
            for (Py_ssize_t i = 0; i < nargs; i++) {
                PyObject *name = PyTuple_GET_ITEM(match_args, i);
                if (!PyUnicode_CheckExact(name)) {
                    PyErr_Format(PyExc_TypeError, "__match_args__ elements must be strings (got %s)",
                                 Py_TYPE(name)->tp_name);
                    goto fail;
                }
                if ((attr = class_attr(subject, type, name, seen)) == NULL) goto nomatch;
                int r = PyList_Append(attrs, attr);
                Py_DECREF(attr);
                if (r < 0) goto fail;
            }
        }
        Py_CLEAR(match_args);
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); i++) {
        if ((attr = class_attr(subject, type, PyTuple_GET_ITEM(kwnames, i), seen)) == NULL) goto nomatch;
        int r = PyList_Append(attrs, attr);
        Py_DECREF(attr);
        if (r < 0) goto fail;
    }
    Py_SETREF(attrs, PyList_AsTuple(attrs));
    Py_DECREF(seen);
    return attrs;
nomatch:
    if (!PyErr_Occurred()) {
        Py_XDECREF(match_args);
        Py_DECREF(seen);
        Py_DECREF(attrs);
        return Py_NewRef(Py_None);
    }
fail:
    Py_XDECREF(match_args);
    Py_DECREF(seen);
    Py_XDECREF(attrs);
    return NULL;
}
