/* The program's own compiled modules on sys.meta_path: a finder and loader (one module
 * object, as importlib only needs the methods) placed after BuiltinImporter, so app
 * modules shadow the frozen standard library as sys.path[0] shadows it in CPython. */
#include "py2c.h"

static const py2c_app_module *app_modules; /* sorted by name (bytewise), NULL-terminated */
static size_t n_app_modules;

static const py2c_app_module *lookup(PyObject *name) {
    const char *s = PyUnicode_AsUTF8(name);
    if (s == NULL) return NULL;
    size_t lo = 0, hi = n_app_modules; /* a framework has about a thousand modules */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(app_modules[mid].name, s);
        if (c == 0) return &app_modules[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* find_spec(name, path, target=None) */
static PyObject *find_spec(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs < 1 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "find_spec() needs a module name");
        return NULL;
    }
    const py2c_app_module *m = lookup(args[0]);
    if (m == NULL) {
        if (PyErr_Occurred()) return NULL;
        Py_RETURN_NONE;
    }
    PyObject *bootstrap = PyImport_ImportModule("_frozen_importlib");
    if (bootstrap == NULL) return NULL;
    PyObject *spec = NULL;
    PyObject *origin = PyUnicode_DecodeFSDefault(m->file);
    PyObject *ctor = PyObject_GetAttrString(bootstrap, "ModuleSpec");
    PyObject *kw = Py_BuildValue("{sOsO}", "origin", origin ? origin : Py_None, "is_package", m->is_package ? Py_True : Py_False);
    PyObject *pos = PyTuple_Pack(2, args[0], self);
    if (origin && ctor && kw && pos) spec = PyObject_Call(ctor, pos, kw);
    if (spec && PyObject_SetAttrString(spec, "has_location", Py_True) < 0) Py_CLEAR(spec);
    if (spec && m->is_package) { /* __path__: the package's directory */
        const char *slash = strrchr(m->file, '/');
        PyObject *dir = PyUnicode_DecodeFSDefaultAndSize(m->file, slash ? slash - m->file : 0);
        PyObject *paths = dir ? PyList_New(1) : NULL;
        if (paths) PyList_SET_ITEM(paths, 0, Py_NewRef(dir));
        if (paths == NULL || PyObject_SetAttrString(spec, "submodule_search_locations", paths) < 0) Py_CLEAR(spec);
        Py_XDECREF(dir);
        Py_XDECREF(paths);
    }
    Py_XDECREF(origin);
    Py_XDECREF(ctor);
    Py_XDECREF(kw);
    Py_XDECREF(pos);
    Py_DECREF(bootstrap);
    return spec;
}

static PyObject *create_module(PyObject *self, PyObject *spec) {
    (void)self;
    (void)spec;
    Py_RETURN_NONE; /* the default module object */
}

static PyObject *exec_module(PyObject *self, PyObject *module) {
    (void)self;
    PyObject *name = PyModule_GetNameObject(module);
    if (name == NULL) return NULL;
    const py2c_app_module *m = lookup(name);
    Py_DECREF(name);
    if (m == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ImportError, "not a compiled module of this program");
        return NULL;
    }
    if (m->exec(module) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef importer_methods[] = {
    {"find_spec", (PyCFunction)(void (*)(void))find_spec, METH_FASTCALL, NULL},
    {"create_module", create_module, METH_O, NULL},
    {"exec_module", exec_module, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef importer_def = {PyModuleDef_HEAD_INIT, "py2c_importer", NULL, -1, importer_methods,
                                          NULL, NULL, NULL, NULL};

int py2c_install_importer(const py2c_app_module *modules) {
    app_modules = modules;
    for (n_app_modules = 0; modules[n_app_modules].name != NULL; n_app_modules++) {
    }
    if (modules[0].name == NULL) return 0;
    PyObject *importer = PyModule_Create(&importer_def);
    if (importer == NULL) return -1;
    PyObject *meta_path = PySys_GetObject("meta_path"); /* borrowed */
    int r = meta_path ? PyList_Insert(meta_path, PyList_GET_SIZE(meta_path) > 0 ? 1 : 0, importer) : -1;
    Py_DECREF(importer);
    return r;
}
