"""Search latency of this checkout against another git revision's, interleaved in one process.

    python -m bench.bench_search_compare main            # 700 queries on 100,000 memos
    python -m bench.bench_search_compare HEAD~3 --queries 210
    python -m bench.bench_search_compare --no-forgiving  # this checkout, forgiving off / on

On a shared machine absolute timings drift with the load; the ratio between two versions
timed query by query, in random order, best of `--repeat` each, does not. The revision's
`pipeline/` is extracted with `git archive` into a temporary folder and imported as a second
package, so both run on the same connection to the same database (the `bench_search`
database, which must exist: run `python -m bench.bench_search --no-write` first).
With `--no-forgiving` the "before" side is this checkout with the forgiving pass switched
off, which isolates that pass's cost from everything else that differs between versions.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import random
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from bench.bench_search import percentile, queries
from pipeline import search as search_module
from pipeline.search import search as ours

ROOT = Path(__file__).resolve().parent.parent


def load_revision(rev: str, into: Path):  # -> the revision's `search` function
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "pipeline"], cwd=ROOT, check=True,
        capture_output=True,
    ).stdout  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "pipeline").rename(into / "base_pipeline")
    sys.path.insert(0, str(into))
    return importlib.import_module("base_pipeline.search").search


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", nargs="?", help="git revision to compare with, e.g. main")
    parser.add_argument(
        "--no-forgiving", action="store_true", help="compare with the forgiving pass off"
    )
    parser.add_argument("--memos", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=700)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    if not args.rev and not args.no_forgiving:
        parser.error("give a revision, or --no-forgiving")
    path = Path(f"/tmp/memo-bench-{args.memos}.db")
    with tempfile.TemporaryDirectory() as tmp:
        if args.no_forgiving:
            forgiving = search_module.forgiving

            def theirs(*a, **kw):  # the same search, its forgiving pass off
                search_module.forgiving = lambda conn, q: []
                try:
                    return ours(*a, **kw)
                finally:
                    search_module.forgiving = forgiving

            args.rev = "forgiving off"
        else:
            theirs = load_revision(args.rev, Path(tmp))
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rng = random.Random(args.seed)
        todo = queries(conn, rng, args.queries)
        for _, q, f in todo:  # warm the page cache
            theirs(conn, q, **f)
            ours(conn, q, **f)
        load = os.getloadavg()[0]
        times: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
        for kind, q, f in todo:
            pair = [("before", theirs), ("after", ours)]
            rng.shuffle(pair)
            for name, fn in pair:
                best = float("inf")
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    fn(conn, q, **f)
                    best = min(best, (time.perf_counter() - t) * 1000)
                times[name].setdefault(kind, []).append(best)
    for side in times.values():
        side["all"] = [v for vs in list(side.values()) for v in vs]
    print(f"{len(todo)} queries on {path.name}, {args.rev} (before) against this checkout "
          f"(after); load average {load:.1f} -> {os.getloadavg()[0]:.1f}\n")  # fmt: skip
    print("| query | n | before p50 ms | before p95 ms | after p50 ms | after p95 ms "
          "| p50 ratio | p95 ratio |\n|---|---:|---:|---:|---:|---:|---:|---:|")  # fmt: skip
    for kind, before in times["before"].items():
        after = times["after"][kind]
        b50, b95, a50, a95 = (percentile(v, p) for v in (before, after) for p in (50, 95))
        print(f"| {kind} | {len(before)} | {b50:.2f} | {b95:.2f} | {a50:.2f} | {a95:.2f} "
              f"| {a50 / b50:.2f}x | {a95 / b95:.2f}x |")  # fmt: skip


if __name__ == "__main__":
    main()
