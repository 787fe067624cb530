"""Source fixes for WASI's gaps, applied to the standard library as it is frozen
(freeze_stdlib.py), so that apps work unchanged: every fix is guarded by
`sys.platform == "wasi"` and leaves other platforms' behaviour alone.

FIXES maps a module name to (old, new) replacements. Tracebacks must name the same lines
as CPython's, so a replacement keeps the number of lines (the freeze checks it), and new
code goes at the end of the module (old = ""). Every other `old` must occur exactly once
in the module's source, or the freeze fails (a new CPython must be looked at again).
"""

FIXES = {
    # WASI has no host name or resolver: answer as a machine without a network does, so
    # that Message-IDs (email.utils.make_msgid), logging and Django's DNS_NAME work.
    # getfqdn() then finds no other name and returns 'localhost'.
    "socket": [("", '''

if sys.platform == "wasi":
    if not hasattr(_socket, "gethostname"):
        def gethostname():
            """Return the current host name: 'localhost' on WASI, which has none."""
            return "localhost"
        __all__.append("gethostname")
    if not hasattr(_socket, "gethostbyaddr"):
        def gethostbyaddr(ip_address):
            """WASI has no resolver: every address is unknown."""
            raise herror(1, "Unknown host")
        __all__.append("gethostbyaddr")
''')],
    # WASI cannot start threads: an executor runs each call at once in the caller's
    # thread and hands back a finished future. loop.run_in_executor, asyncio.to_thread
    # and asgiref's sync_to_async go through here. The call runs outside the executor's
    # locks, so that it may submit work itself.
    "concurrent.futures.thread": [("", '''

import sys as _sys
if _sys.platform == "wasi":
    def _submit_inline(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
        f = _base.Future()
        _WorkItem(f, fn, args, kwargs).run()
        return f
    _submit_inline.__name__ = _submit_inline.__qualname__ = "submit"
    _submit_inline.__doc__ = _base.Executor.submit.__doc__
    ThreadPoolExecutor.submit = _submit_inline
''')],
    # asyncio.run() shuts the default executor down from a thread; on WASI its calls
    # already ran inline, so it shuts down at once.
    "asyncio.base_events": [("", '''

if sys.platform == "wasi":
    async def _shutdown_default_executor_inline(self):
        """Schedule the shutdown of the default executor."""
        self._executor_shutdown_called = True
        if self._default_executor is not None:
            self._default_executor.shutdown(wait=True)
    _shutdown_default_executor_inline.__name__ = "shutdown_default_executor"
    _shutdown_default_executor_inline.__qualname__ = "BaseEventLoop.shutdown_default_executor"
    BaseEventLoop.shutdown_default_executor = _shutdown_default_executor_inline
''')],
    # Say why there is no ssl, rather than "No module named '_ssl'" (two lines for two).
    "ssl": [(
        "\nimport _ssl             # if we can't import it, let the error propagate\n",
        "try: import _ssl             # if we can't import it, let the error propagate\n"
        "except ModuleNotFoundError as e: raise (ModuleNotFoundError(\"No module named 'ssl': CPython for WASI is built "
        "without OpenSSL (and WASI has no sockets to secure)\", name=\"ssl\") if sys.platform == \"wasi\" else e) from None\n",
    )],
}
