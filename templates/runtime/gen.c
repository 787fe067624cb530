/* Generators, coroutines and async generators: CPython's own objects (PyGen_Type,
 * PyCoro_Type, PyAsyncGen_Type) around a frame whose body is compiled C.
 *
 * A call of a compiled generator function binds its arguments in a frame as usual, then
 * moves the frame into a new generator object (as RETURN_GENERATOR does). CPython's
 * send/throw/close resume it through the interpreter's frame-evaluation hook (PEP 523),
 * which hands our frames to the compiled body: a state machine that jumps to the
 * suspension point `prev_instr` names. Temps live in the frame after the fast slots, so
 * nothing is lost at a suspension, and clearing the frame releases them. */
#include "py2c.h"
#include "internal/pycore_genobject.h"

static PyObject *eval_frame(PyThreadState *ts, _PyInterpreterFrame *frame, int throwflag) {
    if (Py_TYPE(frame->f_func) != &py2c_FunctionType) return _PyEval_EvalFrameDefault(ts, frame, throwflag);
    py2c_function *f = (py2c_function *)frame->f_func;
    /* gen_send_ex2 pushed the sent value (None when throwing) */
    PyObject *sent = frame->localsplus[--frame->stacktop];
    if (throwflag) Py_CLEAR(sent);
    if (_Py_EnterRecursiveCallTstate(ts, "")) {
        Py_XDECREF(sent);
        return NULL;
    }
    _PyCFrame *cf = ts->cframe;
    cf->current_frame = frame; /* frame->previous was linked by gen_send_ex2 */
    PyObject *result = f->def->body(f, frame->localsplus, sent);
    cf->current_frame = frame->previous;
    _Py_LeaveRecursiveCallTstate(ts);
    return result;
}

/* The hook goes in with the first generator, so programs without any keep the
 * interpreter's inlined Python-to-Python calls. */
static void install_eval_frame(void) {
    static int installed;
    if (installed) return;
    installed = 1;
    _PyInterpreterState_SetEvalFrameFunc(_PyInterpreterState_GET(), eval_frame);
}

/* Moves the bound frame (on the thread's frame stack) into a new generator, coroutine or
 * async generator object, as CPython's make_gen and RETURN_GENERATOR do. */
PyObject *py2c_make_generator(_PyInterpreterFrame *frame) {
    install_eval_frame();
    py2c_function *f = (py2c_function *)frame->f_func;
    PyCodeObject *code = frame->f_code;
    PyTypeObject *type = (code->co_flags & CO_COROUTINE)          ? &PyCoro_Type
                         : (code->co_flags & CO_ASYNC_GENERATOR) ? &PyAsyncGen_Type
                                                                 : &PyGen_Type;
    PyGenObject *gen = PyObject_GC_NewVar(PyGenObject, type, code->co_nlocalsplus + code->co_stacksize);
    if (gen == NULL) {
        py2c_frame_free(frame);
        return NULL;
    }
    gen->gi_code = (PyCodeObject *)Py_NewRef(code);
    gen->gi_weakreflist = NULL;
    gen->gi_exc_state.exc_value = NULL;
    gen->gi_exc_state.previous_item = NULL;
    gen->gi_name = Py_NewRef(f->name);
    gen->gi_qualname = Py_NewRef(f->qualname);
    /* (coroutine origin tracking, sys.set_coroutine_origin_tracking_depth, is not kept) */
    gen->gi_origin_or_finalizer = NULL;
    gen->gi_hooks_inited = 0;
    gen->gi_closed = 0;
    gen->gi_running_async = 0;
    _PyInterpreterFrame *gen_frame = (_PyInterpreterFrame *)gen->gi_iframe;
    _PyFrame_Copy(frame, gen_frame); /* the references move with it */
    gen_frame->owner = FRAME_OWNED_BY_GENERATOR;
    gen_frame->previous = NULL;
    gen->gi_frame_state = FRAME_CREATED;
    _PyThreadState_PopFrame(_PyThreadState_GET(), frame);
    PyObject_GC_Track(gen);
    return (PyObject *)gen;
}

/* GET_YIELD_FROM_ITER. Only plain generators get here (`yield from` in an async function
 * is a SyntaxError), so a coroutine is always refused. */
PyObject *py2c_get_yield_from_iter(PyObject *o) {
    if (PyCoro_CheckExact(o)) {
        PyErr_SetString(PyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        return NULL;
    }
    if (PyGen_CheckExact(o)) return Py_NewRef(o);
    return PyObject_GetIter(o);
}

/* GET_AWAITABLE: `kind` 1 and 2 word the error for __aenter__/__aexit__ results. */
PyObject *py2c_get_awaitable(PyObject *o, int kind) {
    PyObject *iter = _PyCoro_GetAwaitableIter(o);
    if (iter == NULL) {
        PyTypeObject *type = Py_TYPE(o);
        if (type->tp_as_async == NULL || type->tp_as_async->am_await == NULL) {
            if (kind == 1)
                PyErr_Format(PyExc_TypeError,
                             "'async with' received an object from __aenter__ that does not implement __await__: %.100s",
                             type->tp_name);
            else if (kind == 2)
                PyErr_Format(PyExc_TypeError,
                             "'async with' received an object from __aexit__ that does not implement __await__: %.100s",
                             type->tp_name);
        }
        return NULL;
    }
    if (PyCoro_CheckExact(iter)) {
        PyObject *yf = _PyGen_yf((PyGenObject *)iter);
        if (yf != NULL) {
            Py_DECREF(yf);
            Py_DECREF(iter);
            PyErr_SetString(PyExc_RuntimeError, "coroutine is being awaited already");
            return NULL;
        }
    }
    return iter;
}

/* GET_AITER */
PyObject *py2c_get_aiter(PyObject *o) {
    PyTypeObject *type = Py_TYPE(o);
    unaryfunc getter = type->tp_as_async ? type->tp_as_async->am_aiter : NULL;
    if (getter == NULL) {
        PyErr_Format(PyExc_TypeError, "'async for' requires an object with __aiter__ method, got %.100s", type->tp_name);
        return NULL;
    }
    PyObject *iter = getter(o);
    if (iter == NULL) return NULL;
    if (Py_TYPE(iter)->tp_as_async == NULL || Py_TYPE(iter)->tp_as_async->am_anext == NULL) {
        PyErr_Format(PyExc_TypeError,
                     "'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
                     Py_TYPE(iter)->tp_name);
        Py_DECREF(iter);
        return NULL;
    }
    return iter;
}

/* GET_ANEXT: the awaitable of `aiter.__anext__()`. */
PyObject *py2c_get_anext(PyObject *aiter) {
    PyTypeObject *type = Py_TYPE(aiter);
    if (PyAsyncGen_CheckExact(aiter)) return type->tp_as_async->am_anext(aiter);
    unaryfunc getter = type->tp_as_async ? type->tp_as_async->am_anext : NULL;
    if (getter == NULL) {
        PyErr_Format(PyExc_TypeError, "'async for' requires an iterator with __anext__ method, got %.100s",
                     type->tp_name);
        return NULL;
    }
    PyObject *next = getter(aiter);
    if (next == NULL) return NULL;
    PyObject *awaitable = _PyCoro_GetAwaitableIter(next);
    if (awaitable == NULL)
        _PyErr_FormatFromCause(PyExc_TypeError, "'async for' received an invalid object from __anext__: %.100s",
                               Py_TYPE(next)->tp_name);
    Py_DECREF(next);
    return awaitable;
}
