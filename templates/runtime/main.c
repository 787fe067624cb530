/* Start-up of a compiled program: CPython configured for a standalone wasm
 * (stdlib from the frozen table linked into the module, no filesystem paths),
 * then the compiled __main__ runs; exit status as `python3.11 app.py` gives it. */
#include "py2c.h"
#include <unistd.h>

static void fail_status(PyStatus status) {
    if (PyStatus_Exception(status)) Py_ExitStatusException(status);
}

int py2c_main(int argc, char **argv, const struct _frozen *frozen, const py2c_app_module *modules, const char *const *sys_path,
              const char *start_dir, const char *script, const char *file, int (*exec_main)(PyObject *module)) {
    if (py2c_vfs_init() < 0) return 1;
    PyImport_FrozenModules = frozen;
    /* As `python3.11 app.py` run from the app's directory: relative paths find its files. */
    if (start_dir[0] != '\0') (void)chdir(start_dir);

    PyPreConfig pre;
    PyPreConfig_InitIsolatedConfig(&pre);
    pre.utf8_mode = 1;
    fail_status(Py_PreInitialize(&pre));

    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.site_import = 0;
    config.write_bytecode = 0;
    config.pathconfig_warnings = 0;
    /* Fixed guest paths: the stdlib comes from the frozen table, the program's modules
     * from the importer; sys.path still names where they live, for code that reads it
     * (importlib.metadata, pkgutil) and for files found by the path finder. */
    config.module_search_paths_set = 1;
    for (const char *const *p = sys_path; *p != NULL; p++) {
        wchar_t *w = Py_DecodeLocale(*p, NULL);
        PyStatus st = w ? PyWideStringList_Append(&config.module_search_paths, w) : PyStatus_NoMemory();
        PyMem_RawFree(w);
        fail_status(st);
    }
    config.parse_argv = 0;
    config.install_signal_handlers = 0;
    /* sys.argv[0] is the script, as `python3.11 app.py ARGS` gives it. */
    char **args = (char **)malloc(sizeof(char *) * (size_t)(argc > 0 ? argc : 1));
    if (args == NULL) return 1;
    args[0] = (char *)script;
    for (int i = 1; i < argc; i++) args[i] = argv[i];
    PyStatus status = PyConfig_SetBytesArgv(&config, argc > 0 ? argc : 1, args);
    if (!PyStatus_Exception(status)) status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    free(args);
    fail_status(status);

    int exitcode = 0;
    if (py2c_check_layouts() < 0 || py2c_start_calls() < 0 || py2c_install_importer(modules) < 0) {
        PyErr_Print();
        return 1;
    }
    PyObject *main_module = PyImport_AddModule("__main__"); /* borrowed */
    PyObject *file_obj = main_module ? PyUnicode_DecodeFSDefault(file) : NULL;
    if (file_obj == NULL || PyModule_AddObject(main_module, "__file__", file_obj) < 0 ||
        PyModule_AddObject(main_module, "__cached__", Py_NewRef(Py_None)) < 0 || exec_main(main_module) < 0) {
        /* SystemExit exits here with its code, as CPython's handle_system_exit. */
        PyErr_Print();
        exitcode = 1;
    }
    if (Py_FinalizeEx() < 0) exitcode = 120;
    return exitcode;
}
