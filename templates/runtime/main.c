/* Start-up of a compiled program: CPython configured for a standalone wasm
 * (stdlib from the frozen table linked into the module, no filesystem paths),
 * then the compiled __main__ runs; exit status as `python3.11 app.py` gives it.
 *
 * Snapshots: `py2c_preinitialize` (the module's `wizer-initialize` export) runs at build
 * time, with nothing mounted, an empty environment and argv [script]; wizer then freezes
 * the instance into the .wasm. Every start of such a module resumes in `py2c_main` with
 * the interpreter already up; what belongs to one run, not to the build, is set again
 * there (see resume). */
#include "py2c.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wasi/libc-environ.h>

extern char **environ;

/* Set by the initializer: this instance was restored from a snapshot. */
static int py2c_snapshotted;

static void fail_status(PyStatus status) {
    if (PyStatus_Exception(status)) Py_ExitStatusException(status);
}

/* The interpreter up, with argv [script] (resume sets the real one). */
static int start_interpreter(const py2c_program *p) {
    if (py2c_vfs_init() < 0) return -1;
    PyImport_FrozenModules = p->frozen;
    /* As `python3.11 app.py` run from the app's directory: relative paths find its files. */
    if (p->start_dir[0] != '\0') (void)chdir(p->start_dir);

    PyPreConfig pre;
    PyPreConfig_InitIsolatedConfig(&pre);
    pre.utf8_mode = 1;
    fail_status(Py_PreInitialize(&pre));

    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.site_import = 0;
    config.write_bytecode = 0;
    config.pathconfig_warnings = 0;
    if (p->hash_seed >= 0) {
        config.use_hash_seed = 1;
        config.hash_seed = (unsigned long)p->hash_seed;
    }
    /* Fixed guest paths: the stdlib comes from the frozen table, the program's modules
     * from the importer; sys.path still names where they live, for code that reads it
     * (importlib.metadata, pkgutil) and for files found by the path finder. */
    config.module_search_paths_set = 1;
    for (const char *const *s = p->sys_path; *s != NULL; s++) {
        wchar_t *w = Py_DecodeLocale(*s, NULL);
        PyStatus st = w ? PyWideStringList_Append(&config.module_search_paths, w) : PyStatus_NoMemory();
        PyMem_RawFree(w);
        fail_status(st);
    }
    config.parse_argv = 0;
    config.install_signal_handlers = 0;
    char *args[1] = {(char *)p->script};
    PyStatus status = PyConfig_SetBytesArgv(&config, 1, args);
    if (!PyStatus_Exception(status)) status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    fail_status(status);
    if (py2c_check_layouts() < 0 || py2c_start_calls() < 0 || py2c_install_importer(p->modules) < 0) {
        PyErr_Print();
        return -1;
    }
    return 0;
}

/* sys.argv and sys.orig_argv: [script] + argv[1:], as `python3.11 app.py ARGS` gives them. */
static int set_argv(const char *script, int argc, char **argv) {
    PyObject *list = PyList_New(0);
    if (list == NULL) return -1;
    for (int i = 0; i < (argc > 0 ? argc : 1); i++) {
        PyObject *s = PyUnicode_DecodeFSDefault(i == 0 ? script : argv[i]);
        if (s == NULL || PyList_Append(list, s) < 0) {
            Py_XDECREF(s);
            Py_DECREF(list);
            return -1;
        }
        Py_DECREF(s);
    }
    PyObject *copy = PyList_GetSlice(list, 0, PyList_GET_SIZE(list));
    int r = copy == NULL || PySys_SetObject("argv", list) < 0 || PySys_SetObject("orig_argv", copy) < 0 ? -1 : 0;
    Py_XDECREF(copy);
    Py_DECREF(list);
    return r;
}

static PyObject *loaded_module(const char *name) { /* borrowed, NULL if not imported */
    return PyDict_GetItemString(PyImport_GetModuleDict(), name);
}

/* posix.environ (the dict os.environ wraps) holds the build's environment plus what the
 * program set while it was imported: it becomes this run's environment, and names the
 * program set itself (os.environ.setdefault in a settings module) stay, unless this run's
 * environment has them. */
static int refresh_environ(void) {
    __wasilibc_deinitialize_environ();
    __wasilibc_initialize_environ();
    PyObject *posix = loaded_module("posix");
    if (posix == NULL) return 0; /* read when first imported */
    PyObject *env = PyObject_GetAttrString(posix, "environ");
    if (env == NULL || !PyDict_Check(env)) {
        Py_XDECREF(env);
        return env == NULL ? -1 : 0;
    }
    PyObject *kept = PyDict_Copy(env);
    int r = kept == NULL ? -1 : 0;
    if (r == 0) PyDict_Clear(env);
    for (char **e = environ; r == 0 && e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) continue;
        PyObject *k = PyBytes_FromStringAndSize(*e, eq - *e);
        PyObject *v = PyBytes_FromString(eq + 1);
        /* The first of duplicate names wins, as getenv has it. */
        if (k == NULL || v == NULL || PyDict_SetDefault(env, k, v) == NULL) r = -1;
        Py_XDECREF(k);
        Py_XDECREF(v);
    }
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (r == 0 && kept != NULL && PyDict_Next(kept, &pos, &k, &v)) {
        if (PyDict_Contains(env, k) || !PyBytes_Check(k) || !PyBytes_Check(v)) continue;
        if (PyDict_SetItem(env, k, v) < 0 || setenv(PyBytes_AS_STRING(k), PyBytes_AS_STRING(v), 1) != 0) r = -1;
    }
    Py_XDECREF(kept);
    Py_DECREF(env);
    return r;
}

static int call_method(PyObject *obj, const char *name, PyObject *kwargs) {
    PyObject *m = PyObject_GetAttrString(obj, name);
    PyObject *empty = m ? PyTuple_New(0) : NULL;
    PyObject *r = empty ? PyObject_Call(m, empty, kwargs) : NULL;
    Py_XDECREF(m);
    Py_XDECREF(empty);
    Py_XDECREF(r);
    return r == NULL ? -1 : 0;
}

/* random's shared generator was seeded at build: every instance would draw the same
 * numbers. tempfile's name sequence holds a generator of its own. */
static int reseed(void) {
    PyObject *random = loaded_module("random");
    if (random != NULL && call_method(random, "seed", NULL) < 0) return -1;
    PyObject *tempfile = loaded_module("tempfile");
    if (tempfile != NULL && PyObject_SetAttrString(tempfile, "_name_sequence", Py_None) < 0) return -1;
    return 0;
}

/* What belongs to this run, not to the build that made the snapshot. */
static int resume(void) {
    if (refresh_environ() < 0 || reseed() < 0) return -1;
    /* The build's stdout was a pipe; CPython line-buffers a terminal. */
    if (isatty(1)) {
        PyObject *out = PySys_GetObject("stdout"); /* borrowed */
        PyObject *kw = Py_BuildValue("{sO}", "line_buffering", Py_True);
        int r = kw == NULL || (out != NULL && out != Py_None && call_method(out, "reconfigure", kw) < 0) ? -1 : 0;
        Py_XDECREF(kw);
        if (r < 0) return -1;
    }
    return 0;
}

void py2c_preinitialize(const py2c_program *p) {
    if (start_interpreter(p) < 0) exit(1);
    if (p->preinit != NULL) {
        PyObject *m = PyImport_ImportModule(p->preinit);
        if (m == NULL) {
            PyErr_Print();
            fflush(stderr);
            exit(1);
        }
        Py_DECREF(m);
    }
    /* What the import printed goes out at build, not again at every start. */
    PyObject *out = PySys_GetObject("stdout");
    if (out != NULL && out != Py_None && call_method(out, "flush", NULL) < 0) PyErr_Clear();
    fflush(stdout);
    py2c_snapshotted = 1;
}

/* The script this run is: the --entry script argv[0] names, else the program's own. */
static py2c_entry chosen_entry(const py2c_program *p, int argc, char **argv) {
    for (const py2c_entry *e = p->entries; argc > 0 && e->script != NULL; e++)
        if (strcmp(argv[0], e->script) == 0) return *e;
    return (py2c_entry){p->script, p->file, p->exec_main};
}

/* __main__ with its __file__, run; -1 with the exception set. */
static int run_main(const py2c_entry *e) {
    PyObject *main_module = PyImport_AddModule("__main__"); /* borrowed */
    PyObject *file_obj = main_module ? PyUnicode_DecodeFSDefault(e->file) : NULL;
    if (file_obj == NULL || PyModule_AddObject(main_module, "__file__", file_obj) < 0 ||
        PyModule_AddObject(main_module, "__cached__", Py_NewRef(Py_None)) < 0 || e->exec(main_module) < 0)
        return -1;
    return 0;
}

int py2c_main(const py2c_program *p, int argc, char **argv) {
    if (py2c_snapshotted) {
        if (resume() < 0) {
            PyErr_Print();
            return 1;
        }
    } else if (start_interpreter(p) < 0) {
        return 1;
    }
    int exitcode = 0;
    py2c_entry entry = chosen_entry(p, argc, argv);
    if (set_argv(entry.script, argc, argv) < 0) {
        PyErr_Print();
        return 1;
    }
    if (run_main(&entry) < 0) {
        /* SystemExit exits here with its code, as CPython's handle_system_exit. */
        PyErr_Print();
        exitcode = 1;
    }
    if (Py_FinalizeEx() < 0) exitcode = 120;
    return exitcode;
}

/* Prints the pending exception; SystemExit too, which PyErr_Print would turn into an exit
 * (a wasi:http instance cannot exit). */
static void print_error(void) {
    if (PyErr_ExceptionMatches(PyExc_SystemExit)) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        PyErr_NormalizeException(&type, &value, &tb);
        PyObject *s = value ? PyObject_Repr(value) : NULL;
        fprintf(stderr, "py2c-wasm: the application raised %s\n", s && PyUnicode_Check(s) ? PyUnicode_AsUTF8(s) : "SystemExit");
        if (s == NULL) PyErr_Clear();
        Py_XDECREF(s);
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(tb);
        return;
    }
    PyErr_Print();
}

/* One request of a wasi:http instance (templates/component/handler.c), framed as the bridge
 * reads it: the bridge (__main__) runs with it as stdin and an in-memory stdout, whose
 * frames are returned; NULL when the bridge itself failed (printed). The proxy world has no
 * environment and no terminal: only the random state is this run's. */
PyObject *py2c_serve_request(const py2c_program *p, const char *frame, size_t len) {
    if (py2c_snapshotted ? reseed() < 0 : start_interpreter(p) < 0) {
        if (PyErr_Occurred()) print_error();
        return NULL;
    }
    PyObject *io = NULL, *in = NULL, *out = NULL, *in_text = NULL, *out_text = NULL, *result = NULL;
    py2c_entry bridge = chosen_entry(p, 0, NULL);
    if (set_argv(bridge.script, 0, NULL) < 0 || (io = PyImport_ImportModule("io")) == NULL) goto done;
    in = PyObject_CallMethod(io, "BytesIO", "y#", frame, (Py_ssize_t)len);
    out = in ? PyObject_CallMethod(io, "BytesIO", NULL) : NULL;
    in_text = out ? PyObject_CallMethod(io, "TextIOWrapper", "O", in) : NULL;
    out_text = in_text ? PyObject_CallMethod(io, "TextIOWrapper", "O", out) : NULL;
    if (out_text == NULL || PySys_SetObject("stdin", in_text) < 0 || PySys_SetObject("stdout", out_text) < 0) goto done;
    if (run_main(&bridge) < 0) goto done;
    result = PyObject_CallMethod(out, "getvalue", NULL);
done:
    if (result == NULL) print_error();
    Py_XDECREF(io);
    Py_XDECREF(in);
    Py_XDECREF(out);
    Py_XDECREF(in_text);
    Py_XDECREF(out_text);
    return result;
}
