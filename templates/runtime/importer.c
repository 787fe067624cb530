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

/* get_resource_reader(fullname): importlib.resources reads a compiled package's files
 * from the embedded filesystem, through the same reader CPython's file loaders give. */
static PyObject *get_resource_reader(PyObject *self, PyObject *name) {
    (void)self;
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "get_resource_reader() needs a module name");
        return NULL;
    }
    const py2c_app_module *m = lookup(name);
    if (m == NULL) {
        if (PyErr_Occurred()) return NULL;
        Py_RETURN_NONE;
    }
    PyObject *readers = PyImport_ImportModule("importlib.readers");
    PyObject *types = readers ? PyImport_ImportModule("types") : NULL;
    PyObject *ns_type = types ? PyObject_GetAttrString(types, "SimpleNamespace") : NULL;
    PyObject *path = ns_type ? PyUnicode_DecodeFSDefault(m->file) : NULL;
    PyObject *kw = path ? Py_BuildValue("{sOsO}", "path", path, "name", name) : NULL;
    PyObject *empty = kw ? PyTuple_New(0) : NULL;
    PyObject *loader = empty ? PyObject_Call(ns_type, empty, kw) : NULL;
    Py_XDECREF(empty);
    PyObject *reader = loader ? PyObject_CallMethod(readers, "FileReader", "O", loader) : NULL;
    Py_XDECREF(loader);
    Py_XDECREF(kw);
    Py_XDECREF(path);
    Py_XDECREF(ns_type);
    Py_XDECREF(types);
    Py_XDECREF(readers);
    return reader;
}

/* get_data(path): the bytes of a file, as FileLoader.get_data (pkgutil.get_data). */
static PyObject *get_data(PyObject *self, PyObject *path) {
    (void)self;
    PyObject *io = PyImport_ImportModule("io");
    if (io == NULL) return NULL;
    PyObject *f = PyObject_CallMethod(io, "open_code", "O", path);
    Py_DECREF(io);
    if (f == NULL) return NULL;
    PyObject *data = PyObject_CallMethod(f, "read", NULL);
    PyObject *r = PyObject_CallMethod(f, "close", NULL);
    Py_DECREF(f);
    if (r == NULL) Py_CLEAR(data);
    Py_XDECREF(r);
    return data;
}

/* is_package(fullname) and get_source(fullname): no source is embedded, as for a
 * sourceless loader (inspect and linecache then show no source lines). */
static PyObject *is_package(PyObject *self, PyObject *name) {
    (void)self;
    const py2c_app_module *m = PyUnicode_Check(name) ? lookup(name) : NULL;
    if (m == NULL) {
        if (!PyErr_Occurred()) PyErr_Format(PyExc_ImportError, "not a compiled module of this program: %R", name);
        return NULL;
    }
    return PyBool_FromLong(m->is_package);
}

static PyObject *get_source(PyObject *self, PyObject *name) {
    PyObject *r = is_package(self, name);
    if (r == NULL) return NULL;
    Py_DECREF(r);
    Py_RETURN_NONE;
}

static PyMethodDef importer_methods[] = {
    {"get_resource_reader", get_resource_reader, METH_O, NULL},
    {"get_data", get_data, METH_O, NULL},
    {"is_package", is_package, METH_O, NULL},
    {"get_source", get_source, METH_O, NULL},
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
