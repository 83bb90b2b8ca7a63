"""`make bench`: ingest benchmarks first, then the other harnesses that are present.

    python -m bench                    # all of them
    python -m bench --quick            # ingest speed ratios only, then the others
    python -m bench --only ingest      # just one (ingest, search, startup, watch, extract-speed,
                                       # extract, web)

Arguments after `--` go to the ingest benchmark, e.g. `python -m bench -- --repeats 5`.
A harness that fails is reported and the rest still run; the exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import sys
import traceback

# Run order: ingest (ours), then the other engineers' harnesses when their file exists.
HARNESSES = {
    "ingest": "bench.bench_ingest",
    "search": "bench.bench_search",
    "startup": "bench.bench_startup",
    "watch": "bench.bench_watch",
    "extract-speed": "bench.bench_extract",
    "extract": "bench.eval_extract",
    "web": "bench.bench_web",
}


def run_harness(module_name: str, argv: list[str]) -> None:
    """Call the module's `main(argv)`, `main()` (which reads sys.argv) or `run()`."""
    module = importlib.import_module(module_name)
    entry = getattr(module, "main", None) or getattr(module, "run", None)
    if entry is None:
        raise RuntimeError(f"{module_name} has neither main() nor run()")
    saved = sys.argv
    sys.argv = [f"python -m {module_name}", *argv]
    try:
        takes_argv = bool(inspect.signature(entry).parameters)
        status = entry(argv) if takes_argv else entry()
    except SystemExit as e:  # argparse and scripts that exit on their own
        status = e.code
    finally:
        sys.argv = saved
    if status not in (None, 0):
        raise RuntimeError(f"{module_name} exited with status {status}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1 :]
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="ingest speed ratios only")
    parser.add_argument("--only", action="append", choices=list(HARNESSES))
    args = parser.parse_args(argv)

    failed = []
    for name, module_name in HARNESSES.items():
        if args.only and name not in args.only:
            continue
        if importlib.util.find_spec(module_name) is None:
            print(f"bench: {name}: {module_name} not present, skipped", file=sys.stderr)
            continue
        print(f"\n=== bench: {name} ({module_name}) ===", file=sys.stderr, flush=True)
        harness_argv = extra if name == "ingest" else []
        if name == "ingest" and args.quick:
            harness_argv = ["--quick", *harness_argv]
        try:
            run_harness(module_name, harness_argv)
        except Exception:
            traceback.print_exc()
            failed.append(name)
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
