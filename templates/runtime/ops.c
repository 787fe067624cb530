/* Generic operations compiled code calls: name lookup, imports, unpacking, raising,
 * call helpers, f-strings. Each mirrors the CPython 3.11 ceval.c code it replaces,
 * error messages included. */
#include "py2c.h"
#include <structmember.h>

#undef _Py_Dealloc
PyAPI_FUNC(void) _Py_Dealloc(PyObject *);

/* float_dealloc's exact-float case (_PyFloat_ExactDealloc) and long_dealloc, without
 * their calls through _Py_Dealloc and tp_dealloc. */
void py2c_dealloc(PyObject *op) {
#if PyFloat_MAXFREELIST > 0
    if (Py_IS_TYPE(op, &PyFloat_Type)) {
        struct _Py_float_state *state = &_PyInterpreterState_GET()->float_state;
        if (state->numfree < PyFloat_MAXFREELIST) {
            state->numfree++;
            Py_SET_TYPE(op, (PyTypeObject *)state->free_list);
            state->free_list = (PyFloatObject *)op;
            return;
        }
    }
#endif
    if (Py_IS_TYPE(op, &PyLong_Type)) { /* long_dealloc: tp_free, PyObject_Free for int */
        PyObject_Free(op);
        return;
    }
    _Py_Dealloc(op);
}


PyObject *py2c_builtins(void) {
    static PyObject *builtins_dict;
    if (builtins_dict == NULL) {
        PyObject *m = PyImport_ImportModule("builtins");
        if (m == NULL) return NULL;
        builtins_dict = PyModule_GetDict(m); /* the module lives for the whole run */
        Py_DECREF(m);
    }
    return builtins_dict;
}

/* 3.11 sets a NameError's .name (format_exc_check_arg), which suggestions use. */
static void set_name_attr(PyObject *name) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (value && PyObject_SetAttrString(value, "name", name) < 0) PyErr_Clear();
    PyErr_Restore(type, value, tb);
}

static void name_error(PyObject *name) {
    PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    set_name_attr(name);
}

PyObject *py2c_load_global(PyObject *globals, PyObject *builtins, PyObject *name) {
    PyObject *v = PyDict_GetItemWithError(globals, name);
    if (v) return Py_NewRef(v);
    if (PyErr_Occurred()) return NULL;
    v = PyDict_GetItemWithError(builtins, name);
    if (v) return Py_NewRef(v);
    if (!PyErr_Occurred()) name_error(name);
    return NULL;
}

/* A cache miss: the plain lookup, remembered (as specialize.c does) when both namespaces
 * are exact dicts with str keys only and their keys have a version. */
PyObject *py2c_load_global_fill(PyObject *globals, PyObject *builtins, PyObject *name, py2c_global_cache *c) {
    c->globals_keys = 0;
    PyObject *v = py2c_load_global(globals, builtins, name);
    if (v == NULL || !PyDict_CheckExact(globals) || !PyDict_CheckExact(builtins) || !PyUnicode_CheckExact(name))
        return v;
    PyDictKeysObject *gk = ((PyDictObject *)globals)->ma_keys, *bk = ((PyDictObject *)builtins)->ma_keys;
    if (!DK_IS_UNICODE(gk) || !DK_IS_UNICODE(bk)) return v;
    Py_ssize_t index = _PyDictKeys_StringLookup(gk, name);
    if (index >= 0) {
        c->in_builtins = 0;
    } else {
        if (index != DKIX_EMPTY || (index = _PyDictKeys_StringLookup(bk, name)) < 0) return v;
        c->in_builtins = 1;
        if ((c->builtins_keys = _PyDictKeys_GetVersionForCurrentState(bk)) == 0) return v;
    }
    c->index = index;
    c->globals_keys = _PyDictKeys_GetVersionForCurrentState(gk);
    return v;
}

int py2c_store_global_fill(PyObject *globals, PyObject *name, PyObject *v, py2c_store_global_cache *c) {
    c->keys = 0;
    if (PyDict_SetItem(globals, name, v) < 0) return -1;
    if (!PyDict_CheckExact(globals) || !PyUnicode_CheckExact(name)) return 0;
    PyDictObject *mp = (PyDictObject *)globals;
    PyDictKeysObject *k = mp->ma_keys;
    if (!DK_IS_UNICODE(k) || mp->ma_values != NULL) return 0;
    Py_ssize_t index = _PyDictKeys_StringLookup(k, name);
    if (index < 0) return 0;
    c->index = (uint32_t)index;
    c->keys = _PyDictKeys_GetVersionForCurrentState(k);
    return 0;
}

/* Whether `o.name` can be served from the cache while the class keeps its version
 * (specialize.c's conditions), and how; anything else leaves the site GENERIC for this
 * type. Loads: plain attribute access, then (a) a `__slots__` member, (b) no data
 * descriptor and the name among the class's shared keys (inline values) or at an
 * entry of the instance's materialized __dict__ (hint), or (c) a module's own global. Stores: (a), or (b) with no class attribute at all. */
/* Where a module's global `name` is in its dict's entries, and the keys' version that
 * keeps it there (LOAD_ATTR_MODULE's cache); 0 if it cannot be cached. */
static int module_global_entry(PyObject *m, PyObject *name, uint32_t *index, uint32_t *version) {
    PyDictKeysObject *k = ((PyDictObject *)((PyModuleObject *)m)->md_dict)->ma_keys;
    if (k->dk_kind != DICT_KEYS_UNICODE) return 0;
    Py_ssize_t ix = _PyDictKeys_StringLookup(k, name);
    uint32_t v = _PyDictKeys_GetVersionForCurrentState(k);
    if (ix < 0 || v == 0) return 0;
    *index = (uint32_t)ix;
    *version = v;
    return 1;
}

/* A class attribute that `cls.name` gives as it is (3.12's specialize_class_load_attr):
 * the metaclass is exactly `type` and has no attribute of that name, and the class's
 * MRO has a plain value or a function (whose __get__ on a class returns itself). */
static PyObject *class_attr_plain(PyObject *cls, PyObject *name, uint32_t *version) {
    PyTypeObject *t = (PyTypeObject *)cls;
    if (!PyUnicode_CheckExact(name) || _PyType_Lookup(&PyType_Type, name) != NULL) return NULL;
    PyObject *v = _PyType_Lookup(t, name);
    if (v == NULL || !(t->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) || t->tp_version_tag == 0) return NULL;
    descrgetfunc get = Py_TYPE(v)->tp_descr_get;
    if (get != NULL && get != PyFunction_Type.tp_descr_get) return NULL;
    *version = t->tp_version_tag;
    return v;
}

static void attr_cache_fill(PyObject *o, PyObject *name, py2c_attr_cache *cache, int store) {
    PyTypeObject *tp = Py_TYPE(o);
    if (cache->fills < 255) cache->fills++;
    py2c_attr_entry *c = &cache->e[cache->next];
    cache->next = (cache->next + 1) % PY2C_WAYS;
    c->kind = PY2C_ATTR_GENERIC;
    if (tp == &PyType_Type && !store) {
        PyObject *v = class_attr_plain(o, name, &c->version);
        if (v != NULL) {
            c->value = v;
            c->kind = PY2C_ATTR_CLASS;
            return;
        }
    }
    c->version = (tp->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) ? tp->tp_version_tag : 0;
    if (!PyUnicode_CheckExact(name) || c->version == 0) return;
    if (tp == &PyModule_Type) {
        if (!store && module_global_entry(o, name, &c->index, &c->version)) c->kind = PY2C_ATTR_MODULE;
        return;
    }
    if (store ? tp->tp_setattro != PyObject_GenericSetAttr : tp->tp_getattro != PyObject_GenericGetAttr) return;
    PyObject *descr = _PyType_Lookup(tp, name);
    if (descr != NULL && Py_IS_TYPE(descr, &PyMemberDescr_Type)) {
        PyMemberDef *m = ((PyMemberDescrObject *)descr)->d_member;
        if (m->type != T_OBJECT_EX || (store && (m->flags & READONLY))) return;
        if (m->offset < 0 || (Py_ssize_t)(uint32_t)m->offset != m->offset) return;
        c->index = (uint32_t)m->offset;
        c->kind = PY2C_ATTR_SLOT;
        return;
    }
    if (!(tp->tp_flags & Py_TPFLAGS_MANAGED_DICT)) return;
    if (descr != NULL) {
        if (store) return;
        PyTypeObject *dt = Py_TYPE(descr);
        if (!(dt->tp_flags & Py_TPFLAGS_IMMUTABLETYPE) || dt->tp_descr_set != NULL) return;
    }
    PyDictObject *dict = (PyDictObject *)*_PyObject_ManagedDictPointer(o);
    if (dict != NULL) { /* a materialized __dict__ */
        if (!PyDict_CheckExact(dict) || dict->ma_values != NULL || !DK_IS_UNICODE(dict->ma_keys)) return;
        Py_ssize_t ix = _PyDictKeys_StringLookup(dict->ma_keys, name);
        if (ix < 0 || ix != (uint16_t)ix) return;
        c->index = (uint32_t)ix;
        c->kind = PY2C_ATTR_HINT;
        return;
    }
    Py_ssize_t index = _PyDictKeys_StringLookup(((PyHeapTypeObject *)tp)->ht_cached_keys, name);
    if (index < 0 || index != (uint16_t)index) return;
    c->index = (uint32_t)index;
    c->kind = PY2C_ATTR_VALUES;
}

PyObject *py2c_getattr_fill(PyObject *o, PyObject *name, py2c_attr_cache *c) {
    PyObject *v = PyObject_GetAttr(o, name);
    if (v != NULL && c->fills < PY2C_MAX_FILLS) attr_cache_fill(o, name, c, 0);
    return v;
}

int py2c_setattr_fill(PyObject *o, PyObject *name, PyObject *v, py2c_attr_cache *c) {
    if (PyObject_SetAttr(o, name, v) < 0) return -1;
    if (c->fills < PY2C_MAX_FILLS) attr_cache_fill(o, name, c, 1);
    return 0;
}

/* specialize.c's LOAD_METHOD conditions: a method descriptor on a class with the generic
 * getattr whose instances cannot shadow it (no dict at all, or inline values whose
 * shared keys lack the name and keep their version); or a module's global. */
static void method_cache_fill(PyObject *obj, PyObject *name, py2c_method_cache *cache) {
    PyTypeObject *tp = Py_TYPE(obj);
    if (cache->fills < 255) cache->fills++;
    py2c_method_entry *c = &cache->e[cache->next];
    cache->next = (cache->next + 1) % PY2C_WAYS;
    c->kind = PY2C_METH_GENERIC;
    if (tp == &PyType_Type) {
        PyObject *v = class_attr_plain(obj, name, &c->version);
        if (v != NULL) {
            c->descr = v;
            c->kind = PY2C_METH_CLASS;
            return;
        }
    }
    c->version = (tp->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) ? tp->tp_version_tag : 0;
    if (!PyUnicode_CheckExact(name) || c->version == 0) return;
    if (tp == &PyModule_Type) {
        if (module_global_entry(obj, name, &c->index, &c->version)) c->kind = PY2C_METH_MODULE;
        return;
    }
    if (tp->tp_getattro != PyObject_GenericGetAttr) return;
    PyObject *descr = _PyType_Lookup(tp, name);
    if (descr == NULL || !(Py_TYPE(descr)->tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR)) return;
    if ((tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) && *_PyObject_ManagedDictPointer(obj) != NULL) {
        c->name = name;
        c->kind = PY2C_METH_WITH_DICT;
    } else if (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) {
        PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
        if (_PyDictKeys_StringLookup(keys, name) != DKIX_EMPTY) return;
        uint32_t keys_version = _PyDictKeys_GetVersionForCurrentState(keys);
        if (keys_version == 0) return;
        c->keys_version = keys_version;
        c->kind = PY2C_METH_WITH_VALUES;
    } else if (tp->tp_dictoffset == 0) {
        c->kind = PY2C_METH_NO_DICT;
    } else {
        return;
    }
    c->descr = descr;
}

int py2c_load_method_fill(PyObject *obj, PyObject *name, PyObject **meth, PyObject **self_or_null,
                          py2c_method_cache *c) {
    if (py2c_load_method(obj, name, meth, self_or_null) < 0) return -1;
    if (c->fills < PY2C_MAX_FILLS) method_cache_fill(obj, name, c);
    return 0;
}

/* A lookup in a module or class namespace (any mapping, as __prepare__ may return one):
 * 1 with a new reference in *value, 0 when the name is absent, -1 on error. */
int py2c_ns_lookup(PyObject *ns, PyObject *name, PyObject **value) {
    if (PyDict_CheckExact(ns)) {
        PyObject *v = PyDict_GetItemWithError(ns, name);
        *value = Py_XNewRef(v);
        return v ? 1 : PyErr_Occurred() ? -1 : 0;
    }
    *value = PyObject_GetItem(ns, name);
    if (*value) return 1;
    if (!PyErr_ExceptionMatches(PyExc_KeyError)) return -1;
    PyErr_Clear();
    return 0;
}

PyObject *py2c_load_name(PyObject *ns, PyObject *globals, PyObject *builtins, PyObject *name) {
    if (ns != globals) {
        PyObject *v;
        int found = py2c_ns_lookup(ns, name, &v);
        if (found != 0) return v;
    }
    return py2c_load_global(globals, builtins, name);
}

int py2c_store_name(PyObject *ns, PyObject *name, PyObject *value) {
    if (PyDict_CheckExact(ns)) return PyDict_SetItem(ns, name, value);
    return PyObject_SetItem(ns, name, value);
}

int py2c_delete_name(PyObject *ns, PyObject *name) {
    int r = PyDict_CheckExact(ns) ? PyDict_DelItem(ns, name) : PyObject_DelItem(ns, name);
    if (r < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        name_error(name);
    }
    return r;
}

void py2c_raise_unbound_local(PyObject *name) {
    PyErr_Format(PyExc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                 name);
}

void py2c_raise_unbound_free(PyObject *name) {
    PyErr_Format(PyExc_NameError,
                 "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
    set_name_attr(name);
}

PyObject *py2c_load_deref_unbound(PyObject *name, int is_free) {
    if (is_free) py2c_raise_unbound_free(name);
    else py2c_raise_unbound_local(name);
    return NULL;
}

int py2c_delete_fast(PyObject **slot, PyObject *name) {
    if (*slot == NULL) {
        py2c_raise_unbound_local(name);
        return -1;
    }
    Py_CLEAR(*slot);
    return 0;
}

int py2c_delete_deref(PyObject *cell, PyObject *name, int is_free) {
    PyObject *old = PyCell_GET(cell);
    if (old == NULL) {
        if (is_free) py2c_raise_unbound_free(name);
        else py2c_raise_unbound_local(name);
        return -1;
    }
    PyCell_SET(cell, NULL);
    Py_DECREF(old);
    return 0;
}

PyObject *py2c_compare(PyObject *a, PyObject *b, int op) { return PyObject_RichCompare(a, b, op); }

PyObject *py2c_is(PyObject *a, PyObject *b, int negate) { return Py_NewRef((a == b) != negate ? Py_True : Py_False); }

/* Whether two exact ints are equal: long_richcompare's value comparison. */
static int long_equal(PyObject *a, PyObject *b) {
    Py_ssize_t n = Py_SIZE(a);
    if (n != Py_SIZE(b)) return 0;
    const digit *x = ((PyLongObject *)a)->ob_digit, *y = ((PyLongObject *)b)->ob_digit;
    for (Py_ssize_t i = 0, m = n < 0 ? -n : n; i < m; i++)
        if (x[i] != y[i]) return 0;
    return 1;
}

/* `item in container`: list_contains and tuplecontains compare each element with
 * PyObject_RichCompareBool(element, item, Py_EQ); for an exact int item, elements that
 * are exact ints are compared by value here (identity first, as RichCompareBool), the
 * others through it. The list is re-read each step, as a comparison may change it. */
static int sequence_contains(PyObject *container, PyObject *item) {
    PyTypeObject *tp = Py_TYPE(container);
    if (Py_IS_TYPE(item, &PyLong_Type) && (tp == &PyList_Type || tp == &PyTuple_Type)) {
        for (Py_ssize_t i = 0; i < Py_SIZE(container); i++) {
            PyObject *el = tp == &PyList_Type ? PyList_GET_ITEM(container, i) : PyTuple_GET_ITEM(container, i);
            if (el == item) return 1;
            if (Py_IS_TYPE(el, &PyLong_Type)) {
                if (long_equal(el, item)) return 1;
                continue;
            }
            Py_INCREF(el);
            int cmp = PyObject_RichCompareBool(el, item, Py_EQ);
            Py_DECREF(el);
            if (cmp != 0) return cmp;
        }
        return 0;
    }
    return PySequence_Contains(container, item);
}

PyObject *py2c_contains(PyObject *item, PyObject *container, int negate) {
    int r = sequence_contains(container, item);
    if (r < 0) return NULL;
    return Py_NewRef(r != negate ? Py_True : Py_False);
}

PyObject *py2c_not(PyObject *o) {
    int r = py2c_truth(o);
    if (r < 0) return NULL;
    return Py_NewRef(r ? Py_False : Py_True);
}

PyObject *py2c_power(PyObject *a, PyObject *b, int inplace) {
    return inplace ? PyNumber_InPlacePower(a, b, Py_None) : PyNumber_Power(a, b, Py_None);
}

PyObject *py2c_build_slice(PyObject *lower, PyObject *upper, PyObject *step) {
    return PySlice_New(lower ? lower : Py_None, upper ? upper : Py_None, step ? step : Py_None);
}

/* A single-digit exact int (|v| < 2**30) as a C integer: 1, else 0. */
static int small_int(PyObject *o, Py_ssize_t *v) {
    if (!PyLong_CheckExact(o) || (size_t)(Py_SIZE(o) + 1) >= 3) return 0;
    *v = Py_SIZE(o) * (Py_ssize_t)((PyLongObject *)o)->ob_digit[0];
    return 1;
}

/* A slice part: absent or None gives `dflt`, else a small exact int (1), or 0. */
static int slice_part(PyObject *x, Py_ssize_t dflt, Py_ssize_t *out) {
    if (x == NULL || x == Py_None) {
        *out = dflt;
        return 1;
    }
    return small_int(x, out);
}

/* A step-1 slice bound: slice_part, then clamped to [0, n] after adding n to a negative
 * one, as PySlice_AdjustIndices. */
static int slice_bound(PyObject *x, Py_ssize_t dflt, Py_ssize_t n, Py_ssize_t *out) {
    Py_ssize_t v;
    if (!slice_part(x, dflt, &v)) return 0;
    if (v < 0) {
        v += n;
        if (v < 0) v = 0;
    } else if (v > n) {
        v = n;
    }
    *out = v;
    return 1;
}

/* `o[lower:upper:step]` of an exact list or tuple with small parts: PySlice_Unpack's
 * defaults, PySlice_AdjustIndices, then list_subscript's / tuple_subscript's copy. */
static PyObject *getslice_stepped(PyObject *o, PyObject *lower, PyObject *upper, PyObject *step, int *done) {
    Py_ssize_t st, start, stop;
    *done = 0;
    if (!slice_part(step, 1, &st) || st == 0) return NULL;
    if (!slice_part(lower, st < 0 ? PY_SSIZE_T_MAX : 0, &start) ||
        !slice_part(upper, st < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX, &stop))
        return NULL;
    *done = 1;
    int is_list = Py_IS_TYPE(o, &PyList_Type);
    PyObject **src = is_list ? ((PyListObject *)o)->ob_item : ((PyTupleObject *)o)->ob_item;
    Py_ssize_t len = PySlice_AdjustIndices(Py_SIZE(o), &start, &stop, st);
    if (len <= 0) return is_list ? PyList_New(0) : PyTuple_New(0);
    if (!is_list && start == 0 && st == 1 && len == Py_SIZE(o)) return Py_NewRef(o);
    PyObject *r = is_list ? PyList_New(len) : PyTuple_New(len);
    if (r == NULL) return NULL;
    PyObject **dst = is_list ? ((PyListObject *)r)->ob_item : ((PyTupleObject *)r)->ob_item;
    size_t cur = (size_t)start;
    for (Py_ssize_t i = 0; i < len; i++, cur += (size_t)st) dst[i] = Py_NewRef(src[cur]);
    return r;
}

/* `o[lower:upper:step]`: for exact lists, tuples and (ready) strs with small parts, what
 * their subscript gives (for a step-1 slice PyList_GetSlice, PyTuple_GetSlice and
 * PyUnicode_Substring, which also return an exact tuple or str whole); else a slice
 * object and GetItem. */
PyObject *py2c_getslice(PyObject *o, PyObject *lower, PyObject *upper, PyObject *step) {
    PyTypeObject *tp = Py_TYPE(o);
    if (step != NULL && step != Py_None) {
        if (tp == &PyList_Type || tp == &PyTuple_Type) {
            int done;
            PyObject *r = getslice_stepped(o, lower, upper, step, &done);
            if (done) return r;
        }
    } else if (tp == &PyList_Type || tp == &PyTuple_Type || (tp == &PyUnicode_Type && PyUnicode_IS_READY(o))) {
        Py_ssize_t n = tp == &PyUnicode_Type ? PyUnicode_GET_LENGTH(o) : Py_SIZE(o), start, stop;
        if (slice_bound(lower, 0, n, &start) && slice_bound(upper, n, n, &stop)) {
            if (stop < start) stop = start;
            if (tp == &PyList_Type) return PyList_GetSlice(o, start, stop);
            if (tp == &PyTuple_Type) return PyTuple_GetSlice(o, start, stop);
            return PyUnicode_Substring(o, start, stop);
        }
    }
    PyObject *slice = py2c_build_slice(lower, upper, step);
    if (slice == NULL) return NULL;
    PyObject *r = PyObject_GetItem(o, slice);
    Py_DECREF(slice);
    return r;
}

/* `o[lower:upper] = v`: for an exact list with small bounds, list_ass_subscript's step-1
 * case (list_ass_slice, which takes any iterable); else a slice object and SetItem. */
int py2c_setslice(PyObject *o, PyObject *lower, PyObject *upper, PyObject *v) {
    if (Py_IS_TYPE(o, &PyList_Type)) {
        Py_ssize_t n = PyList_GET_SIZE(o), start, stop;
        if (slice_bound(lower, 0, n, &start) && slice_bound(upper, n, n, &stop))
            return PyList_SetSlice(o, start, stop, v);
    }
    PyObject *slice = py2c_build_slice(lower, upper, NULL);
    if (slice == NULL) return -1;
    int r = PyObject_SetItem(o, slice, v);
    Py_DECREF(slice);
    return r;
}

int py2c_load_method(PyObject *obj, PyObject *name, PyObject **meth, PyObject **self_or_null) {
    PyObject *m = NULL;
    int unbound = _PyObject_GetMethod(obj, name, &m);
    if (m == NULL) return -1;
    *meth = m;
    *self_or_null = unbound ? Py_NewRef(obj) : NULL;
    return 0;
}

/* A single `*x` is handed over as it is; anything else is a tuple already. */
PyObject *py2c_call_ex(PyObject *func, PyObject *args, PyObject *kwargs) {
    PyObject *tuple = args;
    if (!PyTuple_CheckExact(args)) {
        if (Py_TYPE(args)->tp_iter == NULL && !PySequence_Check(args)) {
            PyObject *funcstr = _PyObject_FunctionStr(func);
            if (funcstr) {
                PyErr_Format(PyExc_TypeError, "%U argument after * must be an iterable, not %.200s", funcstr,
                             Py_TYPE(args)->tp_name);
                Py_DECREF(funcstr);
            }
            return NULL;
        }
        tuple = PySequence_Tuple(args);
        if (tuple == NULL) return NULL;
    } else {
        Py_INCREF(tuple);
    }
    PyObject *r = PyObject_Call(func, tuple, kwargs);
    Py_DECREF(tuple);
    return r;
}

int py2c_list_extend(PyObject *list, PyObject *iterable) {
    PyObject *none = _PyList_Extend((PyListObject *)list, iterable);
    if (none == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(iterable)->tp_iter == NULL &&
            !PySequence_Check(iterable)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "Value after * must be an iterable, not %.200s", Py_TYPE(iterable)->tp_name);
        }
        return -1;
    }
    Py_DECREF(none);
    return 0;
}

/* `f(*x)`: as ceval's check_args_iterable, the error names the callee. */
int py2c_call_args_extend(PyObject *list, PyObject *iterable, PyObject *func) {
    if (Py_TYPE(iterable)->tp_iter == NULL && !PySequence_Check(iterable)) {
        PyObject *funcstr = _PyObject_FunctionStr(func);
        if (funcstr != NULL) {
            PyErr_Format(PyExc_TypeError, "%U argument after * must be an iterable, not %.200s", funcstr,
                         Py_TYPE(iterable)->tp_name);
            Py_DECREF(funcstr);
        }
        return -1;
    }
    PyObject *none = _PyList_Extend((PyListObject *)list, iterable);
    if (none == NULL) return -1;
    Py_DECREF(none);
    return 0;
}

PyObject *py2c_list_to_tuple(PyObject *list) { return PyList_AsTuple(list); }

int py2c_set_update(PyObject *set, PyObject *iterable) { return _PySet_Update(set, iterable); }

int py2c_dict_update(PyObject *dict, PyObject *src) {
    if (PyDict_Update(dict, src) < 0) {
        if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping", Py_TYPE(src)->tp_name);
        }
        return -1;
    }
    return 0;
}

int py2c_dict_merge(PyObject *dict, PyObject *src, PyObject *func) {
    if (_PyDict_MergeEx(dict, src, 2) == 0) return 0;
    if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        PyObject *funcstr = _PyObject_FunctionStr(func);
        if (funcstr) {
            PyErr_Format(PyExc_TypeError, "%U argument after ** must be a mapping, not %.200s", funcstr,
                         Py_TYPE(src)->tp_name);
            Py_DECREF(funcstr);
        }
    } else if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyObject *exc, *val, *tb;
        PyErr_Fetch(&exc, &val, &tb);
        if (val && PyTuple_Check(val) && PyTuple_GET_SIZE(val) == 1) {
            PyObject *funcstr = _PyObject_FunctionStr(func);
            if (funcstr) {
                PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%S'", funcstr,
                             PyTuple_GET_ITEM(val, 0));
                Py_DECREF(funcstr);
            }
            Py_XDECREF(exc);
            Py_XDECREF(val);
            Py_XDECREF(tb);
        } else {
            PyErr_Restore(exc, val, tb);
        }
    }
    return -1;
}

/* CPython's unpack_iterable; `after` is -1 without a starred target. Items go to out[0..]. */
static int unpack_iterable(PyObject *v, Py_ssize_t argcnt, Py_ssize_t after, PyObject **out) {
    Py_ssize_t i = 0;
    PyObject *it = PyObject_GetIter(v);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(v)->tp_iter == NULL && !PySequence_Check(v)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object", Py_TYPE(v)->tp_name);
        }
        return -1;
    }
    for (; i < argcnt; i++) {
        PyObject *w = PyIter_Next(it);
        if (w == NULL) {
            if (!PyErr_Occurred()) {
                if (after == -1)
                    PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected %d, got %d)", (int)argcnt,
                                 (int)i);
                else
                    PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                                 (int)(argcnt + after), (int)i);
            }
            goto error;
        }
        out[i] = w;
    }
    if (after == -1) {
        PyObject *w = PyIter_Next(it);
        if (w == NULL) {
            if (PyErr_Occurred()) goto error;
            Py_DECREF(it);
            return 0;
        }
        Py_DECREF(w);
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %d)", (int)argcnt);
        goto error;
    }
    PyObject *l = PySequence_List(it);
    if (l == NULL) goto error;
    Py_ssize_t ll = PyList_GET_SIZE(l);
    if (ll < after) {
        PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                     (int)(argcnt + after), argcnt + ll);
        Py_DECREF(l);
        goto error;
    }
    for (Py_ssize_t j = 0; j < after; j++) out[argcnt + 1 + j] = Py_NewRef(PyList_GET_ITEM(l, ll - after + j));
    if (PyList_SetSlice(l, ll - after, ll, NULL) < 0) {
        for (Py_ssize_t j = 0; j < after; j++) Py_CLEAR(out[argcnt + 1 + j]);
        Py_DECREF(l);
        goto error;
    }
    out[argcnt] = l;
    Py_DECREF(it);
    return 0;
error:
    for (Py_ssize_t j = 0; j < i; j++) Py_CLEAR(out[j]);
    Py_DECREF(it);
    return -1;
}

int py2c_unpack_sequence(PyObject *seq, Py_ssize_t n, PyObject **out) {
    if ((PyTuple_CheckExact(seq) && PyTuple_GET_SIZE(seq) == n) || (PyList_CheckExact(seq) && PyList_GET_SIZE(seq) == n)) {
        PyObject **items = PyTuple_CheckExact(seq) ? &PyTuple_GET_ITEM(seq, 0) : ((PyListObject *)seq)->ob_item;
        for (Py_ssize_t i = 0; i < n; i++) out[i] = Py_NewRef(items[i]);
        return 0;
    }
    return unpack_iterable(seq, n, -1, out);
}

/* `a, b, ... = seq` into fast locals: all items first, then the stores in order, as
 * UNPACK_SEQUENCE + STORE_FASTs (a store's old value may run code that sees the rest). */
int py2c_unpack_to_fast(PyObject *seq, Py_ssize_t n, PyObject **fast, const uint16_t *slots) {
    PyObject *u[n > 0 ? n : 1];
    if (py2c_unpack_sequence(seq, n, u) < 0) return -1;
    for (Py_ssize_t i = 0; i < n; i++) Py_XSETREF(fast[slots[i]], u[i]);
    return 0;
}

int py2c_unpack_ex(PyObject *seq, Py_ssize_t before, Py_ssize_t after, PyObject **out) {
    return unpack_iterable(seq, before, after, out);
}

PyObject *py2c_get_iter(PyObject *o) { return PyObject_GetIter(o); }

/* The layouts py2c_for_iter relies on: a different runtime fails loudly at start-up. */
int py2c_check_layouts(void) {
    if (PyListIter_Type.tp_basicsize != sizeof(py2c_seqiter) || PyTupleIter_Type.tp_basicsize != sizeof(py2c_seqiter) ||
        PyRangeIter_Type.tp_basicsize != sizeof(py2c_rangeiter)) {
        PyErr_SetString(PyExc_SystemError, "py2c: the runtime's iterator layouts differ from the compiler's");
        return -1;
    }
    return 0;
}

/* `iter(f(*args))`. For the builtin `range` with small int arguments, the iterator
 * range_iter would make, without the range object (as range_iter and fast_range_iter:
 * values this small keep lstart + len * lstep within a long); otherwise the call and
 * GetIter, with their errors. */
PyObject *py2c_call_iter(PyObject *f, PyObject *const *args, Py_ssize_t nargs) {
    if (f == (PyObject *)&PyRange_Type) {
        Py_ssize_t start = 0, stop, step = 1; /* long-sized on wasm32, as range_iter's */
        int ok = nargs == 1 ? small_int(args[0], &stop)
                 : small_int(args[0], &start) && small_int(args[1], &stop) &&
                       (nargs == 2 || small_int(args[2], &step));
        if (ok && step != 0) {
            unsigned long len;
            if (step > 0 && start < stop)
                len = 1UL + (stop - 1UL - start) / step;
            else if (step < 0 && start > stop)
                len = 1UL + (start - 1UL - stop) / (0UL - step);
            else
                len = 0UL;
            py2c_rangeiter *it = PyObject_New(py2c_rangeiter, &PyRangeIter_Type);
            if (it == NULL) return NULL;
            it->start = start;
            it->step = step;
            it->len = (long)len;
            it->index = 0;
            return (PyObject *)it;
        }
    }
    PyObject *r = py2c_vectorcall(f, args, nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
    if (r == NULL) return NULL;
    PyObject *it = PyObject_GetIter(r);
    Py_DECREF(r);
    return it;
}

/* py2c_getitem's other cases: a str's character at a small index (unicode_getitem: the
 * cached one-character str when Latin-1), anything else as PyObject_GetItem. */
PyObject *py2c_getitem_other(PyObject *o, PyObject *k) {
    Py_ssize_t i = py2c_small_index(k);
    if (i >= 0 && Py_IS_TYPE(o, &PyUnicode_Type) && PyUnicode_IS_READY(o) && i < PyUnicode_GET_LENGTH(o))
        return PyUnicode_FromOrdinal((int)PyUnicode_READ_CHAR(o, i));
    return PyObject_GetItem(o, k);
}

/* The out-of-line halves of the site caches and of compare_cond (see py2c.h). */
PyObject *py2c_getattr_ways(PyObject *o, PyObject *name, py2c_attr_cache *c) {
    return py2c_getattr_ways_inline(o, name, c);
}
int py2c_setattr_ways(PyObject *o, PyObject *name, PyObject *v, py2c_attr_cache *c) {
    return py2c_setattr_ways_inline(o, name, v, c);
}
int py2c_load_method_ways(PyObject *obj, PyObject *name, PyObject **meth, PyObject **self_or_null,
                          py2c_method_cache *c) {
    return py2c_load_method_ways_inline(obj, name, meth, self_or_null, c);
}
int py2c_compare_cond_other(PyObject *a, PyObject *b, int op) { return py2c_compare_cond_other_inline(a, b, op); }

int py2c_for_iter_generic(PyObject *iter, PyObject **out) {
    PyObject *next = (*Py_TYPE(iter)->tp_iternext)(iter);
    if (next != NULL) {
        *out = next;
        return 1;
    }
    if (PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return -1;
        PyErr_Clear();
    }
    return 0;
}

PyObject *py2c_import_name(PyObject *name, PyObject *globals, PyObject *fromlist, int level) {
    return PyImport_ImportModuleLevelObject(name, globals, Py_None, fromlist, level);
}

PyObject *py2c_import_from(PyObject *v, PyObject *name) {
    PyObject *x, *pkgname, *fullmodname, *pkgpath, *pkgname_or_unknown, *errmsg;
    if (_PyObject_LookupAttr(v, name, &x) != 0) return x;
    pkgname = PyObject_GetAttrString(v, "__name__");
    if (pkgname == NULL) goto error;
    if (!PyUnicode_Check(pkgname)) {
        Py_CLEAR(pkgname);
        goto error;
    }
    fullmodname = PyUnicode_FromFormat("%U.%U", pkgname, name);
    if (fullmodname == NULL) {
        Py_DECREF(pkgname);
        return NULL;
    }
    x = PyImport_GetModule(fullmodname);
    Py_DECREF(fullmodname);
    if (x == NULL && !PyErr_Occurred()) goto error;
    Py_DECREF(pkgname);
    return x;
error:
    pkgpath = PyModule_GetFilenameObject(v);
    if (pkgname == NULL) {
        pkgname_or_unknown = PyUnicode_FromString("<unknown module name>");
        if (pkgname_or_unknown == NULL) {
            Py_XDECREF(pkgpath);
            return NULL;
        }
    } else {
        pkgname_or_unknown = pkgname;
    }
    if (pkgpath == NULL || !PyUnicode_Check(pkgpath)) {
        PyErr_Clear();
        errmsg = PyUnicode_FromFormat("cannot import name %R from %R (unknown location)", name, pkgname_or_unknown);
        PyErr_SetImportError(errmsg, pkgname, NULL);
    } else {
        errmsg = PyUnicode_FromFormat("cannot import name %R from %R (%S)", name, pkgname_or_unknown, pkgpath);
        PyErr_SetImportError(errmsg, pkgname, pkgpath);
    }
    Py_XDECREF(errmsg);
    Py_XDECREF(pkgname_or_unknown);
    Py_XDECREF(pkgpath);
    return NULL;
}

/* CPython's import_all_from. */
int py2c_import_star(PyObject *v, PyObject *locals) {
    PyObject *all, *dict, *name, *value;
    int skip_leading_underscores = 0, pos, err;
    static PyObject *all_str, *dict_str;
    if (all_str == NULL && (all_str = PyUnicode_InternFromString("__all__")) == NULL) return -1;
    if (dict_str == NULL && (dict_str = PyUnicode_InternFromString("__dict__")) == NULL) return -1;
    if (_PyObject_LookupAttr(v, all_str, &all) < 0) return -1;
    if (all == NULL) {
        if (_PyObject_LookupAttr(v, dict_str, &dict) < 0) return -1;
        if (dict == NULL) {
            PyErr_SetString(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = PyMapping_Keys(dict);
        Py_DECREF(dict);
        if (all == NULL) return -1;
        skip_leading_underscores = 1;
    }
    for (pos = 0, err = 0;; pos++) {
        name = PySequence_GetItem(all, pos);
        if (name == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_IndexError)) err = -1;
            else PyErr_Clear();
            break;
        }
        if (!PyUnicode_Check(name)) {
            PyObject *modname = PyObject_GetAttrString(v, "__name__");
            if (modname == NULL) {
                Py_DECREF(name);
                err = -1;
                break;
            }
            if (!PyUnicode_Check(modname)) {
                PyErr_Format(PyExc_TypeError, "module __name__ must be a string, not %.100s", Py_TYPE(modname)->tp_name);
            } else {
                PyErr_Format(PyExc_TypeError, "%s in %U.%s must be str, not %.100s",
                             skip_leading_underscores ? "Key" : "Item", modname,
                             skip_leading_underscores ? "__dict__" : "__all__", Py_TYPE(name)->tp_name);
            }
            Py_DECREF(modname);
            Py_DECREF(name);
            err = -1;
            break;
        }
        if (skip_leading_underscores && PyUnicode_READ_CHAR(name, 0) == '_') {
            Py_DECREF(name);
            continue;
        }
        value = PyObject_GetAttr(v, name);
        if (value == NULL) err = -1;
        else err = py2c_store_name(locals, name, value);
        Py_DECREF(name);
        Py_XDECREF(value);
        if (err != 0) break;
    }
    Py_DECREF(all);
    return err;
}

/* CPython's do_raise; `exc == NULL` is a bare `raise`. */
/* RAISE_VARARGS. Returns 1 for a bare `raise` re-raising the handled exception, which
 * (as in ceval's do_raise) adds no traceback entry for this frame; 0 when the caller
 * must add one. */
int py2c_raise(PyObject *exc, PyObject *cause) {
    PyObject *type = NULL, *value = NULL;
    if (exc == NULL) {
        PyObject *handled = PyErr_GetHandledException();
        if (handled == NULL || handled == Py_None) {
            Py_XDECREF(handled);
            PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(handled)), handled, PyException_GetTraceback(handled));
        return 1;
    }
    if (PyExceptionClass_Check(exc)) {
        type = exc;
        value = PyObject_CallNoArgs(exc);
        if (value == NULL) return 0;
        if (!PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError, "calling %R should have returned an instance of BaseException, not %R", type,
                         Py_TYPE(value));
            Py_DECREF(value);
            return 0;
        }
    } else if (PyExceptionInstance_Check(exc)) {
        value = Py_NewRef(exc);
        type = PyExceptionInstance_Class(exc);
    } else {
        PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
        return 0;
    }
    if (cause) {
        PyObject *fixed_cause;
        if (PyExceptionClass_Check(cause)) {
            fixed_cause = PyObject_CallNoArgs(cause);
            if (fixed_cause == NULL) {
                Py_DECREF(value);
                return 0;
            }
        } else if (PyExceptionInstance_Check(cause)) {
            fixed_cause = Py_NewRef(cause);
        } else if (cause == Py_None) {
            fixed_cause = NULL;
        } else {
            PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
            Py_DECREF(value);
            return 0;
        }
        PyException_SetCause(value, fixed_cause);
    }
    PyErr_SetObject(type, value);
    Py_DECREF(value);
    return 0;
}

void py2c_assert_fail(PyObject *msg) {
    PyObject *e = msg ? PyObject_CallOneArg(PyExc_AssertionError, msg) : PyObject_CallNoArgs(PyExc_AssertionError);
    if (e == NULL) return;
    PyErr_SetObject(PyExc_AssertionError, e);
    Py_DECREF(e);
}

PyObject *py2c_format_value(PyObject *value, int conversion, PyObject *spec) {
    PyObject *conv = NULL;
    switch (conversion) {
    case 's': conv = PyObject_Str(value); break;
    case 'r': conv = PyObject_Repr(value); break;
    case 'a': conv = PyObject_ASCII(value); break;
    default: conv = Py_NewRef(value); break;
    }
    if (conv == NULL) return NULL;
    if (PyUnicode_CheckExact(conv) && spec == NULL) return conv;
    PyObject *r = PyObject_Format(conv, spec);
    Py_DECREF(conv);
    return r;
}

PyObject *py2c_build_string(PyObject **items, Py_ssize_t n) {
    static PyObject *empty;
    if (empty == NULL && (empty = PyUnicode_FromString("")) == NULL) return NULL;
    return _PyUnicode_JoinArray(empty, items, n);
}

