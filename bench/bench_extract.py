"""Extraction speed: milliseconds per memo for the extractor as `memo ingest` runs it.

    python -m bench.bench_extract                 # writes the docs section
    python -m bench.bench_extract --no-write --repeats 5

The reference texts of the evaluation memos (`samples/eval/`, and the dev split of
`samples/eval2/` when present; never its test split) go through `SpacyExtractor.extract`
memo by memo, oldest first, each with the vocabulary the database holds by then (as
`memo ingest` passes it), so the vocabulary ruler's growth is inside the timing. Rounds are
interleaved with the bare spaCy pipeline on the same texts (`nlp(text)`), whose cost the
extractor cannot go below: the ratio says what the rules, gazetteers, follow-ups and events
add on top. Goal: median under 50 ms per memo.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import statistics
import sys
import time

from bench import common

GOAL_MS = 50.0
SETS = (
    common.ROOT / "samples" / "eval" / "manifest.json",
    common.ROOT / "samples" / "eval2" / "dev" / "manifest.json",
)


def load_texts() -> list[tuple[str, str, dt.datetime]]:
    """(name, text, recorded_at) of every reference memo, oldest first."""
    out = []
    for path in SETS:
        if not path.is_file():
            continue
        for item in json.loads(path.read_text(encoding="utf-8")):
            when = dt.datetime.fromisoformat(item["recorded_at"])
            out.append((f"{path.parent.name}/{item['file']}", item["text"], when))
    return sorted(out, key=lambda x: x[2])


def measure(repeats: int) -> dict[str, list[float]]:
    from pipeline.extract import SpacyExtractor, load_nlp
    from pipeline.records import AudioInfo, Memo, Segment, Transcript
    from pipeline.store import Store

    memos = []
    for name, text, when in load_texts():
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
        segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, s) for i, s in enumerate(sentences))
        memos.append((name, Transcript(segments, "en", 1.0, 3.0 * len(segments), "ref"), when))
    nlp = load_nlp()
    times: dict[str, list[float]] = {"spacy": [], "extract": []}
    for _ in range(repeats):
        extractor = SpacyExtractor(nlp)  # a fresh vocabulary ruler each round, as a new process
        store = Store.open(":memory:")
        for name, transcript, when in memos:
            t = time.perf_counter()
            nlp(transcript.text)
            times["spacy"].append(time.perf_counter() - t)
            terms = store.vocabulary().terms
            t = time.perf_counter()
            extraction = extractor.extract(transcript, when, vocabulary=terms)
            times["extract"].append(time.perf_counter() - t)
            sha = hashlib.sha256(name.encode()).hexdigest()
            info = AudioInfo(name, sha, 0, transcript.duration_s, when, "filename")
            store.save(Memo(info, "done", transcript, extraction))
        store.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="Do not update the docs.")
    args = parser.parse_args(argv)
    times = measure(args.repeats)
    n = len(times["extract"]) // args.repeats
    ms = {k: [x * 1000 for x in v] for k, v in times.items()}
    p50 = {k: statistics.median(v) for k, v in ms.items()}
    p95 = {k: sorted(v)[int(0.95 * (len(v) - 1))] for k, v in ms.items()}
    rows = [
        ["spaCy pipeline alone", f"{p50['spacy']:.1f}", f"{p95['spacy']:.1f}", "1.00x"],
        [
            "extractor (rules, gazetteers, follow-ups, events)",
            f"{p50['extract']:.1f}",
            f"{p95['extract']:.1f}",
            f"{p50['extract'] / p50['spacy']:.2f}x",
        ],
    ]
    met = "met" if p50["extract"] < GOAL_MS else "NOT met"
    body = (
        "## Extraction speed (`bench/bench_extract.py`)\n\n"
        + common.header()
        + f"\n{n} reference memo texts (`samples/eval/` and the dev split of `samples/eval2/`), "
        f"{args.repeats} rounds, each memo with the vocabulary the database held by then, "
        "interleaved with the bare spaCy pipeline on the same text. Milliseconds per memo.\n\n"
        + common.table(["", "p50 ms", "p95 ms", "vs spaCy"], rows)
        + f"\n\nGoal (median under {GOAL_MS:.0f} ms per memo): {met}. Load average while "
        f"measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other work shares "
        "the machine, so compare the two rows rather than the absolute figures).\n"
    )
    print(body)
    if not args.no_write:
        common.write_section("extract-speed", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
