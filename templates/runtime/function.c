/* The compiled function type: vectorcall entry, CPython's argument binding with its
 * exact TypeError messages, method binding (__get__), and the function attributes. */
#include "py2c.h"
#include <structmember.h>

/* ---- argument binding (mirrors CPython 3.11's initialize_locals) ---- */

static PyObject *slot_name(py2c_funcdef *d, Py_ssize_t i) { return d->consts[d->slot_names[i]]; }

static void format_missing(py2c_function *f, const char *kind, PyObject *names) {
    Py_ssize_t len = PyList_GET_SIZE(names);
    PyObject *str = NULL;
    if (len == 0) return;
    if (len == 1) {
        str = Py_NewRef(PyList_GET_ITEM(names, 0));
    } else if (len == 2) {
        str = PyUnicode_FromFormat("%U and %U", PyList_GET_ITEM(names, 0), PyList_GET_ITEM(names, 1));
    } else {
        PyObject *tail = PyUnicode_FromFormat("%U, and %U", PyList_GET_ITEM(names, len - 2),
                                              PyList_GET_ITEM(names, len - 1));
        /* as CPython: the last two become "x, and y", then all are joined with ", " */
        if (tail == NULL || PyList_SetSlice(names, len - 2, len, NULL) < 0 || PyList_Append(names, tail) < 0) {
            Py_XDECREF(tail);
            return;
        }
        Py_DECREF(tail);
        PyObject *comma = PyUnicode_FromString(", ");
        str = comma ? PyUnicode_Join(comma, names) : NULL;
        Py_XDECREF(comma);
    }
    if (str == NULL) return;
    PyErr_Format(PyExc_TypeError, "%U() missing %i required %s argument%s: %U", f->qualname, (int)len, kind,
                 len == 1 ? "" : "s", str);
    Py_DECREF(str);
}

static void missing_arguments(py2c_function *f, Py_ssize_t missing, Py_ssize_t defcount, PyObject **fast) {
    py2c_funcdef *d = f->def;
    int positional = defcount != -1;
    Py_ssize_t start = positional ? 0 : d->argcount;
    Py_ssize_t end = positional ? d->argcount - defcount : d->argcount + d->kwonlyargcount;
    PyObject *names = PyList_New(0);
    if (names == NULL) return;
    for (Py_ssize_t i = start; i < end; i++) {
        if (fast[i] == NULL) {
            PyObject *r = PyObject_Repr(slot_name(d, i));
            if (r == NULL || PyList_Append(names, r) < 0) { Py_XDECREF(r); Py_DECREF(names); return; }
            Py_DECREF(r);
        }
    }
    (void)missing;
    format_missing(f, positional ? "positional" : "keyword-only", names);
    Py_DECREF(names);
}

static void too_many_positional(py2c_function *f, Py_ssize_t given, PyObject **fast) {
    py2c_funcdef *d = f->def;
    Py_ssize_t kwonly_given = 0;
    for (Py_ssize_t i = d->argcount; i < d->argcount + d->kwonlyargcount; i++)
        if (fast[i] != NULL) kwonly_given++;
    Py_ssize_t defcount = f->defaults ? PyTuple_GET_SIZE(f->defaults) : 0;
    int plural;
    PyObject *sig, *kwonly_sig;
    if (defcount) {
        plural = 1;
        sig = PyUnicode_FromFormat("from %zd to %zd", (Py_ssize_t)d->argcount - defcount, (Py_ssize_t)d->argcount);
    } else {
        plural = d->argcount != 1;
        sig = PyUnicode_FromFormat("%zd", (Py_ssize_t)d->argcount);
    }
    if (sig == NULL) return;
    if (kwonly_given)
        kwonly_sig = PyUnicode_FromFormat(" positional argument%s (and %zd keyword-only argument%s)",
                                          given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    else
        kwonly_sig = PyUnicode_FromString("");
    if (kwonly_sig == NULL) { Py_DECREF(sig); return; }
    PyErr_Format(PyExc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given", f->qualname, sig,
                 plural ? "s" : "", given, kwonly_sig, given == 1 && !kwonly_given ? "was" : "were");
    Py_DECREF(sig);
    Py_DECREF(kwonly_sig);
}

static int posonly_passed_as_keyword(py2c_function *f, PyObject *kwnames) {
    py2c_funcdef *d = f->def;
    PyObject *names = PyList_New(0);
    if (names == NULL) return -1;
    for (Py_ssize_t k = 0; k < d->posonlyargcount; k++) {
        PyObject *posname = slot_name(d, k);
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); i++) {
            int eq = PyObject_RichCompareBool(posname, PyTuple_GET_ITEM(kwnames, i), Py_EQ);
            if (eq < 0) { Py_DECREF(names); return -1; }
            if (eq) {
                if (PyList_Append(names, posname) < 0) { Py_DECREF(names); return -1; }
                break;
            }
        }
    }
    if (PyList_GET_SIZE(names) == 0) { Py_DECREF(names); return 0; }
    PyObject *comma = PyUnicode_FromString(", ");
    PyObject *joined = comma ? PyUnicode_Join(comma, names) : NULL;
    Py_XDECREF(comma);
    Py_DECREF(names);
    if (joined == NULL) return -1;
    PyErr_Format(PyExc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                 f->qualname, joined);
    Py_DECREF(joined);
    return 1;
}

/* Fills fast[0..nparams) with new references; on error fast holds what was bound so far. */
static int bind_args(py2c_function *f, PyObject *const *args, Py_ssize_t argcount, PyObject *kwnames,
                     PyObject **fast) {
    py2c_funcdef *d = f->def;
    Py_ssize_t co_argcount = d->argcount;
    /* The common call: exactly the positional parameters, nothing else to bind. */
    if (kwnames == NULL && argcount == co_argcount && d->kwonlyargcount == 0 &&
        !(d->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (Py_ssize_t j = 0; j < argcount; j++) fast[j] = Py_NewRef(args[j]);
        return 0;
    }
    Py_ssize_t total_args = co_argcount + d->kwonlyargcount;
    PyObject *kwdict = NULL;
    if (d->flags & CO_VARKEYWORDS) {
        kwdict = PyDict_New();
        if (kwdict == NULL) return -1;
        fast[total_args + ((d->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    Py_ssize_t n = argcount < co_argcount ? argcount : co_argcount;
    for (Py_ssize_t j = 0; j < n; j++) fast[j] = Py_NewRef(args[j]);
    if (d->flags & CO_VARARGS) {
        PyObject *u = PyTuple_New(argcount > n ? argcount - n : 0);
        if (u == NULL) return -1;
        for (Py_ssize_t j = n; j < argcount; j++) PyTuple_SET_ITEM(u, j - n, Py_NewRef(args[j]));
        fast[total_args] = u;
    }
    if (kwnames != NULL) {
        Py_ssize_t kwcount = PyTuple_GET_SIZE(kwnames);
        for (Py_ssize_t i = 0; i < kwcount; i++) {
            PyObject *keyword = PyTuple_GET_ITEM(kwnames, i);
            PyObject *value = args[argcount + i];
            Py_ssize_t j;
            for (j = d->posonlyargcount; j < total_args; j++)
                if (slot_name(d, j) == keyword) goto kw_found;
            for (j = d->posonlyargcount; j < total_args; j++) {
                int eq = PyObject_RichCompareBool(keyword, slot_name(d, j), Py_EQ);
                if (eq < 0) return -1;
                if (eq) goto kw_found;
            }
            if (kwdict == NULL) {
                if (d->posonlyargcount) {
                    int r = posonly_passed_as_keyword(f, kwnames);
                    if (r != 0) return -1;
                }
                PyErr_Format(PyExc_TypeError, "%U() got an unexpected keyword argument '%S'", f->qualname, keyword);
                return -1;
            }
            if (PyDict_SetItem(kwdict, keyword, value) < 0) return -1;
            continue;
        kw_found:
            if (fast[j] != NULL) {
                PyErr_Format(PyExc_TypeError, "%U() got multiple values for argument '%S'", f->qualname, keyword);
                return -1;
            }
            fast[j] = Py_NewRef(value);
        }
    }
    if (argcount > co_argcount && !(d->flags & CO_VARARGS)) {
        too_many_positional(f, argcount, fast);
        return -1;
    }
    if (argcount < co_argcount) {
        Py_ssize_t defcount = f->defaults ? PyTuple_GET_SIZE(f->defaults) : 0;
        Py_ssize_t m = co_argcount - defcount, missing = 0;
        for (Py_ssize_t i = argcount; i < m; i++)
            if (fast[i] == NULL) missing++;
        if (missing) {
            missing_arguments(f, missing, defcount, fast);
            return -1;
        }
        for (Py_ssize_t i = n > m ? n - m : 0; i < defcount; i++)
            if (fast[m + i] == NULL) fast[m + i] = Py_NewRef(PyTuple_GET_ITEM(f->defaults, i));
    }
    if (d->kwonlyargcount > 0) {
        Py_ssize_t missing = 0;
        for (Py_ssize_t i = co_argcount; i < total_args; i++) {
            if (fast[i] != NULL) continue;
            if (f->kwdefaults != NULL) {
                PyObject *def = PyDict_GetItemWithError(f->kwdefaults, slot_name(d, i));
                if (def) { fast[i] = Py_NewRef(def); continue; }
                if (PyErr_Occurred()) return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(f, missing, -1, fast);
            return -1;
        }
    }
    return 0;
}

/* Pushes a frame for `func` on the thread's frame stack (as _PyEvalFramePushAndInit);
 * its fast slots, and a resumable body's temps after them, start NULL. */
static inline __attribute__((always_inline)) _PyInterpreterFrame *frame_push(PyThreadState *ts, py2c_function *func, PyObject *locals) {
    py2c_funcdef *d = func->def;
    PyCodeObject *code = (PyCodeObject *)(d->code ? d->code : py2c_code_of(d));
    if (code == NULL) return NULL;
    _PyInterpreterFrame *frame = _PyThreadState_BumpFramePointer(ts, code->co_nlocalsplus + code->co_stacksize + FRAME_SPECIALS_SIZE);
    if (frame == NULL) return (_PyInterpreterFrame *)PyErr_NoMemory();
    frame->f_func = (PyFunctionObject *)Py_NewRef(func); /* only ever used as an object */
    frame->f_code = (PyCodeObject *)Py_NewRef(code);
    frame->f_builtins = func->builtins;
    frame->f_globals = func->globals;
    frame->f_locals = Py_XNewRef(locals);
    frame->stacktop = code->co_nlocalsplus + d->ntemps * !!(d->flags & PY2C_RESUMABLE);
    frame->frame_obj = NULL;
    frame->prev_instr = _PyCode_CODE(code) + code->_co_firsttraceable;
    frame->is_entry = false;
    frame->owner = FRAME_OWNED_BY_THREAD;
    frame->previous = NULL;
    memset(frame->localsplus, 0, sizeof(PyObject *) * frame->stacktop);
    return frame;
}

/* Any call: keywords, defaults, *args/**kwargs, generators, the first call (which
 * builds the code object). Out of line, so the common path stays small: a large
 * function here costs every call its spills. */
static __attribute__((noinline)) PyObject *call_general(py2c_function *f, PyObject *const *args, size_t nargsf,
                                                        PyObject *kwnames) {
    PyThreadState *ts = _PyThreadState_GET();
    _PyInterpreterFrame *frame = frame_push(ts, f, NULL);
    if (frame == NULL) return NULL;
    PyObject *result = NULL;
    if (bind_args(f, args, PyVectorcall_NARGS(nargsf), kwnames, frame->localsplus) == 0) {
        if (f->def->flags & PY2C_RESUMABLE) return py2c_make_generator(frame); /* frame moves or is freed */
        result = py2c_frame_run(ts, frame, f->def->body);
    }
    py2c_frame_pop(ts, frame, frame->stacktop, 0);
    return result;
}

/* The common call: positional arguments only, for the positional parameters of a plain
 * function whose code object exists, the missing ones from its defaults (py2c_call_fast). */
/* no_builtin: clang would make the loop clearing the locals a call to memset, which is
 * slower than the few stores a call needs. */
__attribute__((no_builtin("memset"))) PyObject *py2c_function_vectorcall(PyObject *callable, PyObject *const *args,
                                                                       size_t nargsf, PyObject *kwnames) {
    py2c_function *f = (py2c_function *)callable;
    py2c_funcdef *d = f->def;
    Py_ssize_t n = PyVectorcall_NARGS(nargsf);
    Py_ssize_t argcount = d->argcount;
    PyCodeObject *code = (PyCodeObject *)d->code;
    if (PY2C_UNLIKELY(kwnames != NULL || n > argcount || code == NULL || d->kwonlyargcount != 0 ||
                      (d->flags & (CO_VARARGS | CO_VARKEYWORDS | PY2C_RESUMABLE))))
        return call_general(f, args, nargsf, kwnames);
    Py_ssize_t first_default = argcount - (f->defaults ? PyTuple_GET_SIZE(f->defaults) : 0);
    if (PY2C_UNLIKELY(n < first_default)) return call_general(f, args, nargsf, kwnames); /* missing arguments */
    return py2c_call_fast(f, code, args, (int)n, (int)argcount, (int)first_default, code->co_nlocalsplus, d->body, 0);
}

PyObject *py2c_collect_genexpr(PyObject *func, PyObject *iter, int to_tuple) {
    PyObject *items = py2c_function_vectorcall(func, &iter, 1, NULL);
    if (items == NULL) {
        if (PyErr_ExceptionMatches(PyExc_StopIteration))
            _PyErr_FormatFromCause(PyExc_RuntimeError, "generator raised StopIteration");
        return NULL;
    }
    if (!to_tuple) return items;
    PyObject *t = PyList_AsTuple(items);
    Py_DECREF(items);
    return t;
}

_PyInterpreterFrame *py2c_frame_new(py2c_function *func, PyObject *locals) {
    return frame_push(_PyThreadState_GET(), func, locals);
}

void py2c_frame_free(_PyInterpreterFrame *frame) { py2c_frame_pop(_PyThreadState_GET(), frame, frame->stacktop, 0); }

/* A module body: run in a frame whose f_locals is the module's namespace. */
int py2c_run_module(py2c_funcdef *def, PyObject *globals) {
    PyObject *builtins = py2c_builtins();
    if (builtins == NULL) return -1;
    /* As exec(code, module.__dict__) does for every imported module (__main__ gets the
     * builtins module itself at start-up): C code that imports while running, such as
     * pickle's whichmodule or time.strftime's, finds them in the caller's globals. */
    static PyObject *dunder_builtins;
    if (dunder_builtins == NULL && (dunder_builtins = PyUnicode_InternFromString("__builtins__")) == NULL) return -1;
    if (PyDict_SetDefault(globals, dunder_builtins, builtins) == NULL) return -1;
    PyObject *qualname = PyUnicode_FromString(def->qualname);
    if (qualname == NULL) return -1;
    PyObject *func = py2c_make_function(def, globals, builtins, qualname, NULL, NULL, NULL, NULL);
    Py_DECREF(qualname);
    if (func == NULL) return -1;
    _PyInterpreterFrame *frame = py2c_frame_new((py2c_function *)func, globals);
    Py_DECREF(func);
    if (frame == NULL) return -1;
    PyObject *r = py2c_run_frame(frame);
    py2c_frame_free(frame);
    if (r == NULL) return -1;
    Py_DECREF(r);
    return 0;
}

/* Runs the function's body in its frame (arguments already bound). */
PyObject *py2c_run_frame(_PyInterpreterFrame *frame) {
    return py2c_frame_run(_PyThreadState_GET(), frame, ((py2c_function *)frame->f_func)->def->body);
}

PyObject *py2c_make_function(py2c_funcdef *def, PyObject *globals, PyObject *builtins, PyObject *qualname,
                             PyObject *defaults, PyObject *kwdefaults, PyObject *annotations, PyObject *closure) {
    static PyObject *dunder_name;
    if (dunder_name == NULL && (dunder_name = PyUnicode_InternFromString("__name__")) == NULL) return NULL;
    if (!(py2c_FunctionType.tp_flags & Py_TPFLAGS_READY) && PyType_Ready(&py2c_FunctionType) < 0) return NULL;
    py2c_function *f = PyObject_GC_New(py2c_function, &py2c_FunctionType);
    if (f == NULL) return NULL;
    memset((char *)f + sizeof(PyObject), 0, sizeof(PyFunctionObject) - sizeof(PyObject));
    f->vectorcall = py2c_function_vectorcall;
    f->def = def;
    f->globals = Py_NewRef(globals);
    f->builtins = Py_NewRef(builtins);
    /* co_name once the code object exists (as PyFunction_New): a genexpr or closure
     * made in a loop decodes its name once */
    f->name = def->code ? Py_NewRef(((PyCodeObject *)def->code)->co_name) : PyUnicode_FromString(def->name);
    f->qualname = Py_NewRef(qualname);
    f->module = PyDict_GetItemWithError(globals, dunder_name);
    Py_XINCREF(f->module);
    f->doc = Py_NewRef(def->doc >= 0 ? def->consts[def->doc] : Py_None);
    f->defaults = Py_XNewRef(defaults);
    f->kwdefaults = Py_XNewRef(kwdefaults);
    f->annotations = Py_XNewRef(annotations);
    f->closure = Py_XNewRef(closure);
    f->dict = NULL;
    f->weakreflist = NULL;
    if (f->name == NULL || (f->module == NULL && PyErr_Occurred())) {
        Py_DECREF(f);
        return NULL;
    }
    PyObject_GC_Track(f);
    return (PyObject *)f;
}

/* ---- type slots, each with exactly the declared C signature (wasm call_indirect) ---- */

static int function_traverse(PyObject *self, visitproc visit, void *arg) {
    py2c_function *f = (py2c_function *)self;
    Py_VISIT(f->globals);
    Py_VISIT(f->builtins);
    Py_VISIT(f->name);
    Py_VISIT(f->qualname);
    Py_VISIT(f->module);
    Py_VISIT(f->doc);
    Py_VISIT(f->defaults);
    Py_VISIT(f->kwdefaults);
    Py_VISIT(f->annotations);
    Py_VISIT(f->closure);
    Py_VISIT(f->dict);
    return 0;
}

static int function_clear(PyObject *self) {
    py2c_function *f = (py2c_function *)self;
    Py_CLEAR(f->globals);
    Py_CLEAR(f->builtins);
    Py_CLEAR(f->name);
    Py_CLEAR(f->qualname);
    Py_CLEAR(f->module);
    Py_CLEAR(f->doc);
    Py_CLEAR(f->defaults);
    Py_CLEAR(f->kwdefaults);
    Py_CLEAR(f->annotations);
    Py_CLEAR(f->closure);
    Py_CLEAR(f->dict);
    return 0;
}

static void function_dealloc(PyObject *self) {
    py2c_function *f = (py2c_function *)self;
    PyObject_GC_UnTrack(self);
    if (f->weakreflist != NULL) PyObject_ClearWeakRefs(self);
    function_clear(self);
    PyObject_GC_Del(self);
}

static PyObject *function_repr(PyObject *self) {
    py2c_function *f = (py2c_function *)self;
    return PyUnicode_FromFormat("<function %U at %p>", f->qualname, self);
}

static PyObject *function_descr_get(PyObject *self, PyObject *obj, PyObject *type) {
    (void)type;
    if (obj == Py_None || obj == NULL) return Py_NewRef(self);
    return PyMethod_New(self, obj);
}

static PyObject *empty_bytes(void) {
    static PyObject *e;
    if (e == NULL) e = PyBytes_FromStringAndSize("", 0);
    return e;
}

/* The code object of a compiled function, built on first use (for `__code__` and for
 * traceback frames): the real signature and names, a trivial bytecode body. Borrowed. */
PyObject *py2c_code_of(py2c_funcdef *d) {
    if (d->code == NULL) {
        /* slots: varnames [0, nlocals), then cell-only slots, free variables last. */
        PyObject *varnames = PyTuple_New(d->nlocals);
        PyObject *cellvars = PyTuple_New(d->ncells);
        PyObject *freevars = PyTuple_New(d->nfree);
        if (varnames == NULL || cellvars == NULL || freevars == NULL) {
            Py_XDECREF(varnames);
            Py_XDECREF(cellvars);
            Py_XDECREF(freevars);
            return NULL;
        }
        for (int32_t i = 0; i < d->nlocals; i++) PyTuple_SET_ITEM(varnames, i, Py_NewRef(slot_name(d, i)));
        for (int32_t i = 0; i < d->ncells; i++) PyTuple_SET_ITEM(cellvars, i, Py_NewRef(slot_name(d, d->cells[i])));
        for (int32_t i = 0; i < d->nfree; i++)
            PyTuple_SET_ITEM(freevars, i, Py_NewRef(slot_name(d, d->nslots - d->nfree + i)));
        /* The body is compiled C; the bytecode only carries the frame's line: MAKE_CELL per
         * cell (so locals() reads cells as CPython does), RESUME, then one NOP per line.
         * Generators add 3 units per suspension point k, all at its line; suspended, the
         * frame's prev_instr is the middle one. For `yield from`/`await` they are
         * SEND 2, NOP, RESUME 2: CPython's _PyGen_yf sees a RESUME >= 2 next and takes the
         * delegate from the stack top, and its throw() steps prev_instr onto that RESUME
         * when it finishes the delegate, which the body reads as "delegate done". */
        int32_t nlines = (d->lastlineno > d->firstlineno ? d->lastlineno - d->firstlineno : 0) + 1;
        Py_ssize_t nline_units = d->ncells + nlines;
        Py_ssize_t ninstr = nline_units + (d->nyields ? 3 * d->nyields + 1 : 0);
        PyObject *bytecode = PyBytes_FromStringAndSize(NULL, 2 * ninstr);
        unsigned char *lt = PyMem_Malloc(8 * ninstr + 1);
        PyObject *table = NULL;
        if (bytecode && lt) {
            unsigned char *b = (unsigned char *)PyBytes_AS_STRING(bytecode);
            Py_ssize_t n = 0;
            int32_t prev_line = d->firstlineno;
            for (Py_ssize_t k = 0; k < ninstr; k++) {
                int32_t line;
                unsigned char op = 9 /* NOP */, arg = 0;
                if (k < d->ncells) {
                    op = 135 /* MAKE_CELL */;
                    arg = (unsigned char)d->cells[k];
                    line = d->firstlineno;
                } else if (k < nline_units) {
                    if (k == d->ncells) op = 151 /* RESUME */;
                    line = d->firstlineno + (int32_t)(k - d->ncells);
                } else if (k - nline_units < 3 * d->nyields) {
                    Py_ssize_t point = (k - nline_units) / 3, sub = (k - nline_units) % 3;
                    line = d->yields[point] >> 1;
                    if (d->yields[point] & 1 && sub != 1) {
                        op = sub == 0 ? 123 /* SEND */ : 151 /* RESUME */;
                        arg = 2;
                    }
                } else {
                    line = prev_line;
                }
                b[2 * k] = op;
                b[2 * k + 1] = arg;
                /* one entry per instruction: "no columns" form, signed varint line delta */
                int32_t delta = line - prev_line;
                uint32_t v = delta < 0 ? ((uint32_t)(-delta) << 1) | 1 : (uint32_t)delta << 1;
                lt[n++] = 0x80 | (13 << 3);
                while (v >= 64) {
                    lt[n++] = 0x40 | (v & 63);
                    v >>= 6;
                }
                lt[n++] = (unsigned char)v;
                prev_line = line;
            }
            table = PyBytes_FromStringAndSize((const char *)lt, n);
        }
        PyMem_Free(lt);
        PyObject *consts = PyTuple_Pack(1, Py_None);
        PyObject *empty = PyTuple_New(0);
        PyObject *filename = PyUnicode_FromString(d->filename);
        PyObject *name = PyUnicode_FromString(d->name);
        PyObject *qualname = PyUnicode_FromString(d->qualname);
        if (bytecode && consts && empty && filename && name && qualname && table) {
            int flags = (d->flags & ~PY2C_CODE_GENERATOR) | (d->nfree ? CO_NESTED : 0);
            if (d->kind == PY2C_KIND_FUNCTION) flags |= CO_OPTIMIZED | CO_NEWLOCALS;
            int stacksize = (flags & PY2C_RESUMABLE) ? d->ntemps + 2 : 1;
            if (d->flags & PY2C_CODE_GENERATOR) flags |= CO_GENERATOR;
            d->code = (PyObject *)PyCode_NewWithPosOnlyArgs(d->argcount, d->posonlyargcount, d->kwonlyargcount,
                                                            d->nlocals, stacksize, flags,
                                                            bytecode, consts, empty, varnames,
                                                            freevars, cellvars, filename, name, qualname,
                                                            d->firstlineno, table, empty_bytes());
            /* direct calls size the frame's fast slots as nslots (py2c_call_known) */
            if (d->code != NULL && d->kind == PY2C_KIND_FUNCTION && ((PyCodeObject *)d->code)->co_nlocalsplus != d->nslots)
                Py_FatalError("py2c: code object slots differ from the function's");
        }
        Py_XDECREF(bytecode);
        Py_XDECREF(consts);
        Py_XDECREF(empty);
        Py_XDECREF(filename);
        Py_XDECREF(name);
        Py_XDECREF(qualname);
        Py_XDECREF(table);
        Py_DECREF(varnames);
        Py_DECREF(cellvars);
        Py_DECREF(freevars);
    }
    return d->code;
}

static PyObject *get_code(PyObject *self, void *closure) {
    (void)closure;
    return Py_XNewRef(py2c_code_of(((py2c_function *)self)->def));
}

#define PY2C_OBJ_GETSET(field, allow_null_set, check)                                    \
    static PyObject *get_##field(PyObject *self, void *c) {                              \
        (void)c;                                                                          \
        PyObject *v = ((py2c_function *)self)->field;                                    \
        return Py_NewRef(v ? v : Py_None);                                                \
    }                                                                                     \
    static int set_##field(PyObject *self, PyObject *value, void *c) {                   \
        (void)c;                                                                          \
        if (value == Py_None && allow_null_set) value = NULL;                            \
        if (value != NULL && !(check)) {                                                  \
            PyErr_SetString(PyExc_TypeError, "__" #field "__ must be set to a valid object"); \
            return -1;                                                                    \
        }                                                                                 \
        Py_XSETREF(((py2c_function *)self)->field, Py_XNewRef(value));                   \
        return 0;                                                                         \
    }

PY2C_OBJ_GETSET(defaults, 1, PyTuple_Check(value))
PY2C_OBJ_GETSET(kwdefaults, 1, PyDict_Check(value))
PY2C_OBJ_GETSET(doc, 0, 1)
PY2C_OBJ_GETSET(module, 0, 1)

static PyObject *get_name(PyObject *self, void *c) { (void)c; return Py_NewRef(((py2c_function *)self)->name); }
static int set_name(PyObject *self, PyObject *value, void *c) {
    (void)c;
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    Py_XSETREF(((py2c_function *)self)->name, Py_NewRef(value));
    return 0;
}
static PyObject *get_qualname(PyObject *self, void *c) { (void)c; return Py_NewRef(((py2c_function *)self)->qualname); }
static int set_qualname(PyObject *self, PyObject *value, void *c) {
    (void)c;
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    Py_XSETREF(((py2c_function *)self)->qualname, Py_NewRef(value));
    return 0;
}
static PyObject *get_annotations(PyObject *self, void *c) {
    (void)c;
    py2c_function *f = (py2c_function *)self;
    if (f->annotations == NULL && (f->annotations = PyDict_New()) == NULL) return NULL;
    return Py_NewRef(f->annotations);
}
static int set_annotations(PyObject *self, PyObject *value, void *c) {
    (void)c;
    if (value == Py_None) value = NULL;
    if (value != NULL && !PyDict_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    Py_XSETREF(((py2c_function *)self)->annotations, Py_XNewRef(value));
    return 0;
}
static PyObject *get_closure(PyObject *self, void *c) {
    (void)c;
    PyObject *v = ((py2c_function *)self)->closure;
    return Py_NewRef(v ? v : Py_None);
}
static PyObject *get_globals(PyObject *self, void *c) { (void)c; return Py_NewRef(((py2c_function *)self)->globals); }
static PyObject *get_builtins(PyObject *self, void *c) { (void)c; return Py_NewRef(((py2c_function *)self)->builtins); }

static PyGetSetDef function_getset[] = {
    {"__code__", get_code, NULL, NULL, NULL},
    {"__defaults__", get_defaults, set_defaults, NULL, NULL},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL, NULL},
    {"__annotations__", get_annotations, set_annotations, NULL, NULL},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {"__name__", get_name, set_name, NULL, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL, NULL},
    {"__doc__", get_doc, set_doc, NULL, NULL},
    {"__module__", get_module, set_module, NULL, NULL},
    {"__closure__", get_closure, NULL, NULL, NULL},
    {"__globals__", get_globals, NULL, NULL, NULL},
    {"__builtins__", get_builtins, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* pickle saves a function by reference: a str from __reduce__ names it in its module
 * (pickle's save_global, which CPython's function type gets from its own dispatch). */
static PyObject *function_reduce(PyObject *self, PyObject *unused) {
    (void)unused;
    return Py_NewRef(((py2c_function *)self)->qualname);
}

static PyMethodDef function_methods[] = {
    {"__reduce__", function_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PyTypeObject py2c_FunctionType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "function",
    .tp_basicsize = sizeof(py2c_function),
    .tp_dealloc = function_dealloc,
    .tp_vectorcall_offset = offsetof(py2c_function, vectorcall),
    .tp_repr = function_repr,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_METHOD_DESCRIPTOR |
                Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_base = &PyFunction_Type,
    .tp_traverse = function_traverse,
    .tp_clear = function_clear,
    .tp_weaklistoffset = offsetof(py2c_function, weakreflist),
    .tp_getset = function_getset,
    .tp_methods = function_methods,
    .tp_descr_get = function_descr_get,
    .tp_dictoffset = offsetof(py2c_function, dict),
};
