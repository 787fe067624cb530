/* Traceback entries of compiled frames: PyTraceBack_Here on the frame's object, made on
 * first need as CPython does; the line comes from the frame's prev_instr. */
#include "py2c.h"

void py2c_traceback_here(_PyInterpreterFrame *frame) {
    PyFrameObject *f = _PyFrame_GetFrameObject(frame);
    if (f == NULL) return; /* the MemoryError replaces the exception */
    PyTraceBack_Here(f);
}
