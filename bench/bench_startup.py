"""Start-up of every read command, as a ratio to a bare `python -c pass`.

    python -m bench.bench_startup [--runs 9] [--memos 200] [--no-write]

A read command should cost little more than starting Python: the read layer is plain
sqlite3 and the heavy libraries (faster-whisper, ctranslate2, spaCy, numpy, sqlite-utils)
stay out of its imports. Each command runs in a fresh process against a small database
(`--memos` synthetic memos, so output size does not dominate), interleaved with the
baseline (A B A B ...); each run's wall and CPU time are divided by the baseline run's just
before it, and the medians of those ratios reported. The goal is under 3x for each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import common

ROOT = Path(__file__).resolve().parent.parent
GOAL = 3.0
COMMANDS: dict[str, list[str]] = {
    "--help": ["--help"],
    "list": ["list", "--limit", "20"],
    "show": ["show", "1"],
    "search": ["search", "referral"],
    "people": ["people"],
    "person": ["person", "Kevin Brooks"],
    "orgs": ["orgs"],
    "followups": ["followups"],
    "digest": ["digest"],
}
PEOPLE = ["Kevin Brooks", "Helen Marsh", "Tom Fletcher", "Zoë Adams", "Sam Patel"]
ORGS = ["Post Office", "NHS", "Hackney Wick Football Club"]
WORDS = "pilot referral scheme budget slides raffle prizes project approval meeting".split()  # noqa: SIM905


def build(path: Path, n: int, seed: int = 1) -> None:
    """A small database of synthetic memos, people, organisations and follow-ups."""
    from pipeline.records import (
        AudioInfo,
        Extraction,
        FollowUp,
        Link,
        Memo,
        Mention,
        Segment,
        Transcript,
    )
    from pipeline.store import Store

    rng = random.Random(seed)
    store = Store.open(path)
    start = dt.datetime(2026, 1, 1, 9, 0)
    for i in range(n):
        when = start + dt.timedelta(hours=7 * i)
        person, org = rng.choice(PEOPLE), rng.choice(ORGS)
        texts = [
            f"Met {person} at the {org} about the {rng.choice(WORDS)}.",
            " ".join(rng.choice(WORDS) for _ in range(12)) + ".",
            f"Email {person.split()[0]} about the {rng.choice(WORDS)}.",
        ]
        segs = tuple(Segment(j, 5.0 * j, 5.0 * j + 5, t) for j, t in enumerate(texts))
        audio = AudioInfo(
            f"/memos/{when:%Y%m%d_%H%M%S}.m4a", f"{i:064x}", 1, 15.0, when, "filename"
        )
        key = person.lower()
        ex = Extraction(
            mentions=(
                Mention("person", person, key, person, 0, 0.0),
                Mention("org", org, org.lower(), org, 0, 0.0),
            ),
            followups=(FollowUp(texts[2], when.date() + dt.timedelta(days=3), person, 2, 10.0),),
            topics=tuple(rng.sample(WORDS, 3)),
            links=(Link(person, org, None),),
        )
        store.save(Memo(audio, "done", Transcript(segs, "en", 1.0, 15.0, "bench"), ex))
    store.close()


def measure(db: Path, runs: int) -> dict[str, tuple[float, float, float]]:
    """command -> (median wall seconds, median wall ratio, median CPU ratio), each ratio
    taken against the baseline run just before it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "memo-bench-pycache")
    base = [sys.executable, "-c", "pass"]
    memo = [sys.executable, "-m", "pipeline", "--db", str(db)]

    def once(cmd: list[str]) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        return wall, cpu

    for args in COMMANDS.values():  # compile the bytecode; not counted
        once(memo + args)
    out: dict[str, tuple[float, float, float]] = {}
    bases: list[float] = []
    for name, args in COMMANDS.items():
        walls, ratios, cpu_ratios = [], [], []
        for _ in range(runs):
            b, b_cpu = once(base)
            w, w_cpu = once(memo + args)
            bases.append(b)
            walls.append(w)
            ratios.append(w / b)
            cpu_ratios.append(w_cpu / b_cpu if b_cpu else float("nan"))
        out[name] = (
            statistics.median(walls),
            statistics.median(ratios),
            statistics.median(cpu_ratios),
        )
    out["`python -c pass`"] = (statistics.median(bases), 1.0, 1.0)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="interleaved runs per command")
    parser.add_argument("--memos", type=int, default=200, help="memos in the database")
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "memo.db"
        build(db, args.memos)
        load = os.getloadavg()[0]
        costs = measure(db, args.runs)
    rows = [
        [f"`memo {' '.join(COMMANDS[name])}`" if name in COMMANDS else name,
         f"{wall * 1000:.0f}", f"{ratio:.1f}x", f"{cpu:.1f}x", "yes" if ratio < GOAL else "**no**"]
        for name, (wall, ratio, cpu) in costs.items()
    ]  # fmt: skip
    slow = [name for name, (_, ratio, _) in costs.items() if ratio >= GOAL]
    body = "\n".join(
        [
            "## Read commands: start-up",
            "",
            common.header(),
            f"{args.memos} synthetic memos; each command run {args.runs} times in a fresh "
            f"process, each run right after a bare `python -c pass`; load average {load:.1f} "
            f"on {os.cpu_count()} CPUs (a shared machine: the ratios, taken run by run, are "
            "what to read).",
            "",
            common.table(
                ["command", "wall ms (median)", "wall ratio", "CPU ratio", f"< {GOAL:g}x"], rows
            ),
            "",
            f"Start-up goal (every read command < {GOAL:g}x `python -c pass`): "
            + ("met." if not slow else f"not met by {', '.join(slow)}."),
        ]
    )
    print(body)
    if not args.no_write:
        common.write_section("startup", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
