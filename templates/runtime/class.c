/* Classes: builtins.__build_class__ for compiled class bodies (CPython's own accepts only
 * real function objects), with its metaclass calculation, __prepare__, PEP 560
 * __mro_entries__ and __classcell__ checks, and LOAD_CLASSDEREF. */
#include "py2c.h"

/* PEP 560: replace bases that are not classes by what their __mro_entries__ returns. */
static PyObject *update_bases(PyObject *bases) {
    static PyObject *mro_entries_str;
    if (mro_entries_str == NULL && (mro_entries_str = PyUnicode_InternFromString("__mro_entries__")) == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(bases);
    PyObject *list = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *base = PyTuple_GET_ITEM(bases, i);
        PyObject *meth = NULL, *entries;
        if (PyType_Check(base)) {
            if (list && PyList_Append(list, base) < 0) goto error;
            continue;
        }
        if (_PyObject_LookupAttr(base, mro_entries_str, &meth) < 0) goto error;
        if (meth == NULL) {
            if (list && PyList_Append(list, base) < 0) goto error;
            continue;
        }
        entries = PyObject_CallOneArg(meth, bases);
        Py_DECREF(meth);
        if (entries == NULL) goto error;
        if (!PyTuple_Check(entries)) {
            PyErr_SetString(PyExc_TypeError, "__mro_entries__ must return a tuple");
            Py_DECREF(entries);
            goto error;
        }
        if (list == NULL) {
            list = PyList_New(0);
            if (list == NULL) { Py_DECREF(entries); goto error; }
            for (Py_ssize_t j = 0; j < i; j++)
                if (PyList_Append(list, PyTuple_GET_ITEM(bases, j)) < 0) { Py_DECREF(entries); goto error; }
        }
        PyObject *none = _PyList_Extend((PyListObject *)list, entries);
        Py_DECREF(entries);
        if (none == NULL) goto error;
        Py_DECREF(none);
    }
    if (list == NULL) return Py_NewRef(bases);
    PyObject *t = PyList_AsTuple(list);
    Py_DECREF(list);
    return t;
error:
    Py_XDECREF(list);
    return NULL;
}

/* Runs a compiled class body with `ns` as its namespace (the frame's f_locals). */
static PyObject *call_class_body(PyObject *body, PyObject *ns) {
    _PyInterpreterFrame *frame = py2c_frame_new((py2c_function *)body, ns);
    if (frame == NULL) return NULL;
    PyObject *r = py2c_run_frame(frame);
    py2c_frame_free(frame);
    return r;
}

/* type.__new__ makes a plain function __new__ a staticmethod and __init_subclass__ /
 * __class_getitem__ classmethods, but only when they pass PyFunction_Check; compiled
 * functions do not, so wrap them here the same way. */
static int wrap_implicit_methods(PyObject *ns) {
    static const char *const names[] = {"__new__", "__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 3; i++) {
        PyObject *v = PyMapping_GetItemString(ns, names[i]);
        if (v == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_KeyError)) return -1;
            PyErr_Clear();
            continue;
        }
        if (Py_IS_TYPE(v, &py2c_FunctionType)) {
            PyObject *w = i == 0 ? PyStaticMethod_New(v) : PyClassMethod_New(v);
            if (w == NULL || PyMapping_SetItemString(ns, names[i], w) < 0) {
                Py_XDECREF(w);
                Py_DECREF(v);
                return -1;
            }
            Py_DECREF(w);
        }
        Py_DECREF(v);
    }
    return 0;
}

PyObject *py2c_build_class(PyObject *body, PyObject *name, PyObject *orig_bases, PyObject *kwds) {
    PyObject *bases = NULL, *mkw = NULL, *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL, *prep = NULL;
    int isclass = 0;
    static PyObject *metaclass_str, *prepare_str, *orig_bases_str;
    if (metaclass_str == NULL) {
        metaclass_str = PyUnicode_InternFromString("metaclass");
        prepare_str = PyUnicode_InternFromString("__prepare__");
        orig_bases_str = PyUnicode_InternFromString("__orig_bases__");
        if (!metaclass_str || !prepare_str || !orig_bases_str) return NULL;
    }
    bases = update_bases(orig_bases);
    if (bases == NULL) return NULL;
    if (kwds != NULL && PyDict_GET_SIZE(kwds) > 0) {
        mkw = PyDict_Copy(kwds);
        if (mkw == NULL) goto done;
        meta = PyDict_GetItemWithError(mkw, metaclass_str);
        if (meta != NULL) {
            Py_INCREF(meta);
            if (PyDict_DelItem(mkw, metaclass_str) < 0) goto done;
            isclass = PyType_Check(meta);
        } else if (PyErr_Occurred()) {
            goto done;
        }
    }
    if (meta == NULL) {
        meta = PyTuple_GET_SIZE(bases) == 0 ? (PyObject *)&PyType_Type : (PyObject *)Py_TYPE(PyTuple_GET_ITEM(bases, 0));
        Py_INCREF(meta);
        isclass = 1;
    }
    if (isclass) {
        PyObject *winner = (PyObject *)_PyType_CalculateMetaclass((PyTypeObject *)meta, bases);
        if (winner == NULL) goto done;
        Py_SETREF(meta, Py_NewRef(winner));
    }
    if (_PyObject_LookupAttr(meta, prepare_str, &prep) < 0) goto done;
    if (prep == NULL) {
        ns = PyDict_New();
    } else {
        PyObject *pargs[2] = {name, bases};
        ns = PyObject_VectorcallDict(prep, pargs, 2, mkw);
        Py_DECREF(prep);
    }
    if (ns == NULL) goto done;
    if (!PyMapping_Check(ns)) {
        PyErr_Format(PyExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                     isclass ? ((PyTypeObject *)meta)->tp_name : "<metaclass>", Py_TYPE(ns)->tp_name);
        goto done;
    }
    cell = call_class_body(body, ns);
    if (cell == NULL) goto done;
    if (wrap_implicit_methods(ns) < 0) goto done;
    if (bases != orig_bases && PyMapping_SetItemString(ns, "__orig_bases__", orig_bases) < 0) goto done;
    {
        PyObject *margs[3] = {name, bases, ns};
        cls = PyObject_VectorcallDict(meta, margs, 3, mkw);
    }
    if (cls != NULL && PyType_Check(cls) && PyCell_Check(cell)) {
        PyObject *cell_cls = PyCell_GET(cell);
        if (cell_cls != cls) {
            if (cell_cls == NULL)
                PyErr_Format(PyExc_RuntimeError,
                             "__class__ not set defining %.200R as %.200R. Was __classcell__ propagated to type.__new__?",
                             name, cls);
            else
                PyErr_Format(PyExc_TypeError, "__class__ set to %.200R defining %.200R as %.200R", cell_cls, name, cls);
            Py_CLEAR(cls);
        }
    }
done:
    Py_XDECREF(cell);
    Py_XDECREF(ns);
    Py_XDECREF(meta);
    Py_XDECREF(mkw);
    Py_XDECREF(bases);
    return cls;
}

PyObject *py2c_load_classderef(PyObject *ns, PyObject *name, PyObject *cell) {
    PyObject *v;
    if (py2c_ns_lookup(ns, name, &v) != 0) return v;
    v = PyCell_GET(cell);
    if (v) return Py_NewRef(v);
    py2c_raise_unbound_free(name);
    return NULL;
}
