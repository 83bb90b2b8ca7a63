"""What every benchmark and evaluation shares: the eval set, WER, the machine, timing, memory,
and writing a result table into its own section of docs/benchmarks.md.

Absolute times on a shared 2-core machine drift with whatever else runs, so the benchmarks
report ratios of runs made in the same process, interleaved (A B A B ...) and summarised by
their median. Sections of docs/benchmarks.md are delimited by `<!-- bench:NAME -->` markers so
each harness rewrites only its own part and hand-written text around them survives.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import platform
import re
import resource
import shlex
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
SAMPLES_EVAL = ROOT / "samples" / "eval"


def eval_dir() -> Path:
    """The real-speech eval set: `MEMO_EVAL_DIR`, else `../shared/eval` beside the checkout."""
    env = os.environ.get("MEMO_EVAL_DIR")
    return Path(env).expanduser() if env else ROOT.parent / "shared" / "eval"


@dataclass(frozen=True)
class Clip:
    name: str
    path: Path
    duration_s: float
    reference: str
    kind: str


def load_eval_set(folder: Path | None = None) -> list[Clip] | None:
    """The clips of `manifest.tsv`, or None when the folder (or its manifest) is absent."""
    folder = folder or eval_dir()
    manifest = folder / "manifest.tsv"
    if not manifest.is_file():
        return None
    with manifest.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [
        Clip(
            r["file"],
            folder / r["file"],
            float(r["duration_seconds"]),
            r["reference_transcript"],
            r["kind"],
        )
        for r in rows
    ]


def load_samples_set(folder: Path = SAMPLES_EVAL) -> list[Clip]:
    """The project's own synthetic memos (samples/eval/manifest.json), kind "memo"."""
    import json

    manifest = folder / "manifest.json"
    if not manifest.is_file():
        return []
    clips = []
    for item in json.loads(manifest.read_text(encoding="utf-8")):
        path = folder / item["file"]
        clips.append(Clip(item["file"], path, 0.0, item["text"], "memo"))
    return clips


def missing_eval_message() -> str:
    return (
        f"eval set not found at {eval_dir()} (expected manifest.tsv and the clips): "
        "skipping the real-speech measurements. Point MEMO_EVAL_DIR at the folder to run them."
    )


@cache
def _normalizer() -> Callable[[str], str]:
    from whisper_normalizer.english import EnglishTextNormalizer

    return EnglishTextNormalizer()


def normalize(text: str) -> str:
    """Whisper's English normaliser: case, punctuation, fillers, numbers, British spellings."""
    return _normalizer()(text)


@dataclass(frozen=True)
class Errors:
    """Word errors against a reference; WER sums over clips (corpus WER), not a mean of WERs."""

    errors: int = 0
    words: int = 0

    def __add__(self, other: Errors) -> Errors:
        return Errors(self.errors + other.errors, self.words + other.words)

    @property
    def wer(self) -> float:
        return self.errors / self.words if self.words else 0.0


def word_errors(reference: str, hypothesis: str) -> Errors:
    """Substitutions + deletions + insertions after normalising both sides."""
    import jiwer

    ref, hyp = normalize(reference), normalize(hypothesis)
    n = len(ref.split())
    if not n:
        return Errors(len(hyp.split()), 0)
    if not hyp.strip():
        return Errors(n, n)
    out = jiwer.process_words(ref, hyp)
    return Errors(out.substitutions + out.deletions + out.insertions, n)


def machine() -> str:
    """Cores, CPU model, OS and the versions that decide the speed."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for mod in ("faster_whisper", "ctranslate2"):
        with contextlib.suppress(ImportError):
            versions.append(f"{mod.replace('_', '-')} {__import__(mod).__version__}")
    return (
        f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, " + ", ".join(versions)
    )


def command_line() -> str:
    """The command as a user would retype it."""
    module = sys.modules["__main__"].__spec__
    prog = f"python -m {module.name.removesuffix('.__main__')}" if module else sys.argv[0]
    return " ".join([prog, *map(shlex.quote, sys.argv[1:])])


def header() -> str:
    today = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    return f"Command: `{command_line()}`  \nMachine: {machine()}  \nDate: {today}\n"


def median(xs: Iterable[float]) -> float:
    return statistics.median(list(xs))


def interleave(
    runs: dict[str, Callable[[], Any]], repeats: int, warmup: bool = True
) -> dict[str, list[float]]:
    """Wall time of each callable, repeated A B C A B C ... so drift hits them all alike."""
    if warmup:
        for fn in runs.values():
            fn()
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(repeats):
        for name, fn in runs.items():
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    return times


def rss_mb() -> float:
    """Current resident set size of this process in MB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb(children: bool = False) -> float:
    """Peak RSS of this process (or of its waited-for children) in MB; Linux reports KiB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1e3


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A Markdown table; numbers right-aligned."""
    rows = [[str(c) for c in r] for r in rows]
    align = ["---:" if rows and _numeric(rows[0][i]) else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d.,]+\s*(%|x|s|MB)?", cell.strip()))


def write_section(name: str, body: str, path: Path = DOCS) -> None:
    """Replace (or append) the `<!-- bench:NAME -->` section of docs/benchmarks.md."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{body.strip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
