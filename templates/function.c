/* {{ qualname_comment }} */
static PyObject *{{ cname }}(py2c_function *func, PyObject **fast, PyObject *ns) {
{%- if is_module %}
    PyObject *const globals = ns;
    PyObject *const builtins = py2c_builtins();
    (void)func;
    (void)fast;
{%- else %}
    PyObject *const globals = func->globals;
    PyObject *const builtins = func->builtins;
    (void)ns;
{%- endif %}
    PyObject *retval = NULL;
    _PyInterpreterFrame *const frame = PY2C_FRAME_OF(fast);
    _Py_CODEUNIT *const line_base = PY2C_LINE_BASE(frame);
{%- for line in decls %}
    {{ line }}
{%- endfor %}
{%- if is_module %}
    if (builtins == NULL) goto error;
{%- endif %}
{%- for line in prologue %}
    {{ line }}
{%- endfor %}
{%- for line in body %}
    {{ line }}
{%- endfor %}
exit:
{%- for line in cleanup %}
    {{ line }}
{%- endfor %}
    (void)globals;
    (void)builtins;
    (void)line_base;
    return retval;
{%- if resumable %}
suspend:
    _PyFrame_GetGenerator(frame)->gi_frame_state = FRAME_SUSPENDED;
    return retval;
{%- endif %}
error:
    py2c_traceback_here(frame);
unwind:
    retval = NULL;
    goto exit;
}
{%- for line in undefs %}
{{ line }}
{%- endfor %}
