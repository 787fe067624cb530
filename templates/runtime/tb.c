/* Traceback entries of compiled frames. CPython adds one per frame an exception passes
 * (PyTraceBack_Here); a compiled function has no interpreter frame, so a frame object is
 * made for it on this (exceptional) path from the function's real code object and module
 * globals, so that tracebacks, `tb_frame.f_code` and NameError's "Did you mean" (which
 * reads the last frame's varnames and globals) see what they would in CPython. */
#define Py_BUILD_CORE 1
#include "py2c.h"
#include "internal/pycore_frame.h"

void py2c_traceback_here(py2c_funcdef *def, PyObject *globals, int lineno) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb); /* PyFrame_New must not run with an exception set */
    PyObject *code = py2c_code_of(def);
    PyFrameObject *frame = NULL;
    if (code != NULL) frame = PyFrame_New(PyThreadState_Get(), (PyCodeObject *)code, globals, NULL);
    if (frame == NULL) {
        _PyErr_ChainExceptions(type, value, tb);
        return;
    }
    frame->f_lineno = lineno;
    PyErr_Restore(type, value, tb);
    PyTraceBack_Here(frame);
    Py_DECREF(frame);
}
