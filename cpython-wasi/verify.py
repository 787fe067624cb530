#!/usr/bin/env python3
"""Minimal WASI preview-1 runner on wasmtime-py (the verification step of build.sh).

usage: verify.py [--dir HOST::GUEST]... [--ro-dir HOST::GUEST]...
                 [--env NAME=VALUE]... [--stack BYTES] MODULE.wasm [ARG]...

stdin/stdout/stderr are inherited; the exit status is the module's exit code
(125 on a trap).
"""
import sys

import wasmtime


def main(argv):
    dirs, env, stack = [], [], 1 << 20
    args = list(argv)
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--":
            break
        val = args.pop(0)
        if opt in ("--dir", "--ro-dir"):
            host, _, guest = val.partition("::")
            dirs.append((host, guest or host, opt == "--dir"))
        elif opt == "--env":
            env.append(tuple(val.split("=", 1)))
        elif opt == "--stack":
            stack = int(val)
        else:
            sys.exit(f"verify.py: unknown option {opt}")
    if not args:
        sys.exit(__doc__)
    module_path = args[0]

    config = wasmtime.Config()
    config.max_wasm_stack = stack
    engine = wasmtime.Engine(config)
    module = wasmtime.Module.from_file(engine, module_path)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store = wasmtime.Store(engine)
    wasi = wasmtime.WasiConfig()
    wasi.argv = [module_path.rsplit("/", 1)[-1]] + args[1:]
    wasi.env = env
    wasi.inherit_stdin()
    wasi.inherit_stdout()
    wasi.inherit_stderr()
    for host, guest, mutable in dirs:
        wasi.preopen_dir(host, guest, mutable)
    store.set_wasi(wasi)
    instance = linker.instantiate(store, module)
    start = instance.exports(store)["_start"]
    sys.stdout.flush()
    try:
        start(store)
    except wasmtime.ExitTrap as e:
        return e.code
    except wasmtime.Trap as e:
        print(f"verify.py: trap: {e}", file=sys.stderr)
        return 125
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
