"""A small stand-in for the part of pyperf's API that pyperformance's pure-Python
benchmarks use, so that scripts/bench can run their run_benchmark.py unchanged on native
python3.11, on CPython-in-wasm and compiled by py2c-wasm. Our own code; it does no
calibration, no worker processes and no statistics: it runs a fixed number of loops.

Provided: Runner(...) (keyword arguments it does not know are accepted and ignored),
Runner.argparser (an argparse parser the benchmark may extend), Runner.parse_args(),
Runner.metadata (a dict), Runner.bench_func(), Runner.bench_time_func(), perf_counter.

Options, added to the benchmark's own parser (environment variable in parentheses):
  --loops N     timed loops (PY2C_BENCH_LOOPS, default 1)
  --warmups N   untimed loops before them (PY2C_BENCH_WARMUPS, default 1)

Output: one line on stderr, "PY2C-BENCH <name> <seconds per loop> <loops> <inner loops>"
(seconds per loop = elapsed / (loops * inner loops), as pyperf reports it), and on stdout
a digest that does not depend on timing, for comparing implementations: the benchmark's
name and loop count, the repr of what the benchmark function returned (bench_func only;
object addresses masked), and a hash of the __main__ module's plain-data globals after
the run (names without a leading underscore whose values are numbers, strings, None or
containers of them), which catches a benchmark whose result is only global state. For
benchmarks that neither return nor keep their result (chaos, raytrace, nqueens,
spectral_norm), one more untimed run through the benchmark's own functions computes it
and its digest is printed too ("check:"; --no-check skips it).
"""

import argparse
import hashlib
import os
import re
import sys
import time

perf_counter = time.perf_counter

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_SCALARS = (type(None), bool, int, float, complex, str, bytes)
_CONTAINERS = (list, tuple, dict, set, frozenset)


def _env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value else default


def _canon(obj, active):
    """A repr of obj that is the same in every implementation for equal values: object
    addresses masked, sets sorted, cycles cut."""
    kind = type(obj)
    if kind in _SCALARS:
        return repr(obj)
    if kind in _CONTAINERS:
        if id(obj) in active:
            return "<cycle>"
        active.add(id(obj))
        try:
            if kind is dict:
                items = ["%s: %s" % (_canon(k, active), _canon(v, active)) for k, v in obj.items()]
                return "{" + ", ".join(items) + "}"
            parts = [_canon(x, active) for x in obj]
            if kind in (set, frozenset):
                parts.sort()
            return "%s[%s]" % (kind.__name__, ", ".join(parts))
        finally:
            active.discard(id(obj))
    return _ADDRESS.sub("", repr(obj))


def _sha(text):
    return hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()[:16]


def _globals_digest():
    main = sys.modules.get("__main__")
    if main is None:
        return "no __main__", []
    names = sorted(name for name, value in vars(main).items()
                   if not name.startswith("_") and type(value) in _SCALARS + _CONTAINERS)
    text = "\n".join("%s = %s" % (name, _canon(getattr(main, name), set())) for name in names)
    return _sha(text), names


def _check_chaos(main, func, args):
    # create_image_chaos(w, h, iterations, filename, rng_seed) hands its image to
    # write_ppm when given a file name: take the image instead of writing it.
    images = []
    saved = main.write_ppm
    main.write_ppm = lambda im, filename: images.append(im)
    try:
        func(args[0], args[1], args[2], "check.ppm", args[4])
    finally:
        main.write_ppm = saved
    image = images[0]
    return "image %dx%d, %d points set, sha256 %s" % (
        len(image), len(image[0]), sum(row.count(0) for row in image), _sha(_canon(image, set())))


def _check_raytrace(main, func, args):
    # bench_raytrace(loops, width, height, filename) writes its last canvas after timing.
    pixels = []
    saved = main.Canvas.write_ppm
    main.Canvas.write_ppm = lambda canvas, filename: pixels.append(canvas.bytes.tobytes())
    try:
        func(1, args[0], args[1], "check.ppm")
    finally:
        main.Canvas.write_ppm = saved
    data = pixels[0]
    return "%d bytes of pixels, sum %d, sha256 %s" % (
        len(data), sum(data), hashlib.sha256(data).hexdigest()[:16])


def _check_nqueens(main, func, args):
    solutions = list(main.n_queens(args[0]))
    return "%d solutions, first %r, sha256 %s" % (
        len(solutions), solutions[0], _sha(_canon(solutions, set())))


def _check_spectral_norm(main, func, args):
    # the body of bench_spectral_norm's loop, whose result it drops
    u = [1] * main.DEFAULT_N
    for _ in range(10):
        v = main.eval_AtA_times_u(u)
        u = main.eval_AtA_times_u(v)
    vBv = vv = 0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    return "vBv %r, vv %r" % (vBv, vv)


_CHECKS = {
    "chaos": _check_chaos,
    "raytrace": _check_raytrace,
    "nqueens": _check_nqueens,
    "spectral_norm": _check_spectral_norm,
}


class Runner:
    def __init__(self, *args, **kwargs):
        # pyperf's own options (values, processes, add_cmdline_args, ...) are ignored.
        self.metadata = {}
        self.args = None
        self.argparser = argparse.ArgumentParser(description="pyperf stand-in (py2c-wasm)")
        self.argparser.add_argument("--loops", type=int,
                                    default=_env_int("PY2C_BENCH_LOOPS", 1),
                                    help="timed loops (default: $PY2C_BENCH_LOOPS or 1)")
        self.argparser.add_argument("--warmups", type=int,
                                    default=_env_int("PY2C_BENCH_WARMUPS", 1),
                                    help="untimed loops first (default: $PY2C_BENCH_WARMUPS or 1)")
        self.argparser.add_argument("--no-check", action="store_true",
                                    help="skip the untimed run that digests the result")

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Time func(*args) called --loops times."""
        options = self.parse_args()
        result = None
        for _ in range(options.warmups):
            result = func(*args)
        loops = max(options.loops, 1)
        t0 = perf_counter()
        for _ in range(loops):
            result = func(*args)
        elapsed = perf_counter() - t0
        self._report(name, elapsed, loops, inner_loops, result, True)
        self._check(name, func, args)
        return None

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """time_func(loops, *args) runs the loops itself and returns the elapsed seconds."""
        options = self.parse_args()
        if options.warmups:
            time_func(options.warmups, *args)
        loops = max(options.loops, 1)
        elapsed = time_func(loops, *args)
        self._report(name, elapsed, loops, inner_loops, None, False)
        self._check(name, time_func, args)
        return None

    def _check(self, name, func, args):
        check = _CHECKS.get(name)
        if check is not None and not self.args.no_check:
            print("check: %s" % check(sys.modules["__main__"], func, args))
            sys.stdout.flush()

    def _report(self, name, elapsed, loops, inner_loops, result, has_result):
        inner = inner_loops or 1
        print("PY2C-BENCH %s %.9g %d %d" % (name, elapsed / (loops * inner), loops, inner),
              file=sys.stderr, flush=True)
        print("benchmark %s: %d loops, %d inner loops" % (name, loops, inner))
        if has_result:
            text = _canon(result, set())
            if len(text) > 200:
                text = "%s... (%d chars, sha256 %s)" % (text[:200], len(text), _sha(text))
            print("result: %s" % text)
        digest, names = _globals_digest()
        print("globals: sha256 %s of %s" % (digest, ", ".join(names)))
        sys.stdout.flush()
