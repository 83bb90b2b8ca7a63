"""Extraction quality: who was met, where they work, what was promised and by when.

    python -m bench.eval_extract                  # tiny.en and base, every condition, writes docs
    python -m bench.eval_extract --models tiny.en --conditions none,user --verbose

Runs the real pipeline (`Ingestor`: decode -> Whisper -> spaCy extractor -> SQLite) over the
synthetic memos of `samples/eval/` (`manifest.json` holds what each one says and what should
come out of it) and scores what the database then holds, memo by memo: people (recall and
precision), organisations and places (recall), person-organisation links, follow-ups (recall:
an expected follow-up is found when most of its `text_contains` words are in one extracted
follow-up of that memo) and due dates (of the follow-ups found, how many have exactly the
expected date, a missing date counting as right only when none is expected). Names are
compared by `name_key` (case, possessives and titles ignored).

Conditions, each on a fresh database, memos in the order they were recorded:
  none    vocabulary off: Whisper gets no hotwords, spaCy no patterns.
  fed     what `memo ingest` does: each memo is transcribed with the names the database
          learned from the memos before it (and the user's words, none here).
  second  a second hearing: the same memos again (`--force`) with the vocabulary a first
          pass (`fed`) left behind, as when the same people come up in later memos.
  user    the expected people, organisations and places entered beforehand with
          `memo vocab add --kind ...`: what a vocabulary can do at best.
  text    no audio: the extractor on the reference text (`fed` vocabulary), to separate
          extraction errors from transcription errors.

The CTranslate2 seed is reset before every clip so temperature fallback is repeatable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import common
from pipeline.names import split_title
from pipeline.records import AudioInfo, Memo, Segment, Transcript, Vocabulary, name_key
from pipeline.store import Store

EVAL_DIR = common.ROOT / "samples" / "eval"
MODELS = ("tiny.en", "base")
CONDITIONS = ("none", "fed", "second", "user")
SEED = 1
# An expected follow-up is found by an extracted one holding this share of its words.
FOLLOWUP_OVERLAP = 0.6


@dataclass(frozen=True)
class Case:
    file: str
    recorded_at: dt.datetime
    text: str
    people: tuple[str, ...]
    orgs: tuple[str, ...]
    places: tuple[str, ...]
    links: tuple[tuple[str, str | None, str | None], ...]
    followups: tuple[tuple[str, str | None, str | None], ...]  # text_contains, person, due

    @property
    def path(self) -> Path:
        return EVAL_DIR / self.file


def load_cases(folder: Path = EVAL_DIR) -> list[Case]:
    """The manifest's memos, oldest first."""
    items = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    cases = [
        Case(
            file=i["file"],
            recorded_at=dt.datetime.fromisoformat(i["recorded_at"]),
            text=i["text"],
            people=tuple(i.get("people", ())),
            orgs=tuple(i.get("orgs", ())),
            places=tuple(i.get("places", ())),
            links=tuple((x["person"], x.get("org"), x.get("role")) for x in i.get("links", ())),
            followups=tuple(
                (f["text_contains"], f.get("person"), f.get("due")) for f in i.get("followups", ())
            ),
        )
        for i in items
    ]
    return sorted(cases, key=lambda c: c.recorded_at)


def key(name: str | None) -> str:
    return name_key(split_title(name)[1]) if name else ""


@dataclass
class Count:
    """Matches against a reference: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: Iterable[str], found: Iterable[str]) -> None:
        e, f = set(expected), set(found)
        self.tp += len(e & f)
        self.fp += len(f - e)
        self.fn += len(e - f)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


@dataclass
class Scores:
    people: Count = field(default_factory=Count)
    orgs: Count = field(default_factory=Count)
    places: Count = field(default_factory=Count)
    links: Count = field(default_factory=Count)
    followups: Count = field(default_factory=Count)
    due_right: int = 0
    person_right: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    @property
    def due_accuracy(self) -> float:
        return self.due_right / self.followups.tp if self.followups.tp else 1.0

    @property
    def followup_person_accuracy(self) -> float:
        return self.person_right / self.followups.tp if self.followups.tp else 1.0

    def as_dict(self) -> dict[str, float]:
        return {
            "person_recall": self.people.recall,
            "person_precision": self.people.precision,
            "org_recall": self.orgs.recall,
            "org_precision": self.orgs.precision,
            "place_recall": self.places.recall,
            "link_recall": self.links.recall,
            "followup_recall": self.followups.recall,
            "followup_precision": self.followups.precision,
            "due_accuracy": self.due_accuracy,
            "followup_person_accuracy": self.followup_person_accuracy,
        }


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _overlap(expected: str, found: str) -> float:
    want, have = _words(expected), set(_words(found))
    return sum(w in have for w in want) / len(want) if want else 0.0


def score_memo(scores: Scores, case: Case, store: Store, memo_id: int) -> None:
    """Add one memo's results (as stored) to `scores`."""
    got = store.get_memo(memo_id)
    by_kind: dict[str, set[str]] = {"person": set(), "org": set(), "place": set()}
    for e in got["entities"]:
        if e["kind"] in by_kind:
            by_kind[e["kind"]].add(key(e["name"]))
    scores.people.add(map(key, case.people), by_kind["person"])
    scores.orgs.add(map(key, case.orgs), by_kind["org"])
    scores.places.add(map(key, case.places), by_kind["place"])
    links = {
        (key(r["person"]), key(r["org"]))
        for r in store.db.query(
            """
            select p.name as person, o.name as org from links l
            join entities p on p.id = l.person_id left join entities o on o.id = l.org_id
            where l.memo_id = ? and l.org_id is not null
            """,
            [memo_id],
        )
    }
    scores.links.add({(key(p), key(o)) for p, o, _ in case.links if o}, links)

    found = list(got["followups"])
    for text, person, due in case.followups:
        best = max(found, key=lambda f: _overlap(text, f["text"]), default=None)
        if best is None or _overlap(text, best["text"]) < FOLLOWUP_OVERLAP:
            scores.followups.fn += 1
            scores.misses.append(f"{case.file}: follow-up {text!r} not found")
            continue
        found.remove(best)
        scores.followups.tp += 1
        scores.due_right += best["due"] == due
        scores.person_right += key(best["person"]) == key(person)
        if best["due"] != due:
            scores.misses.append(f"{case.file}: {best['text']!r} due {best['due']}, want {due}")
    scores.followups.fp += len(found)
    for kind, names in (("person", case.people), ("org", case.orgs)):
        want, have = set(map(key, names)), by_kind[kind]
        if want != have:
            scores.misses.append(
                f"{case.file}: {kind} missed {sorted(want - have)} extra {sorted(have - want)}"
            )


def user_vocabulary(cases: Sequence[Case]) -> Vocabulary:
    """Every expected name, as if the user had typed them with `memo vocab add --kind`."""
    from pipeline.records import Term

    terms = [
        Term(name, kind)
        for c in cases
        for kind, names in (("person", c.people), ("org", c.orgs), ("place", c.places))
        for name in names
    ]
    return Vocabulary(tuple(dict.fromkeys(terms)))


class SeededTranscriber:
    """The real transcriber with the CTranslate2 seed reset before every clip."""

    def __init__(self, model: str) -> None:
        from pipeline.transcribe import WhisperTranscriber

        self.inner = WhisperTranscriber(model)
        self.name = self.inner.name
        self.hotwords: list[str | None] = []

    def transcribe(self, samples: Any, **kwargs: Any) -> Transcript:
        import ctranslate2

        ctranslate2.set_random_seed(SEED)
        self.hotwords.append(kwargs.get("hotwords"))
        return self.inner.transcribe(samples, **kwargs)


def evaluate_audio(
    cases: Sequence[Case], model: str, condition: str, transcriber: Any = None
) -> Scores:
    """Ingest the clips with `model` under `condition` and score what was stored."""
    from pipeline.extract import SpacyExtractor
    from pipeline.ingest import Ingestor

    transcriber = transcriber or SeededTranscriber(model)
    extractor = SpacyExtractor()
    store = Store.open(":memory:")
    vocabulary: Callable[[], Vocabulary] | None = None
    if condition == "none":
        vocabulary = Vocabulary
    elif condition == "user":
        fixed = user_vocabulary(cases)
        vocabulary = lambda: fixed  # noqa: E731
    passes = 2 if condition == "second" else 1
    scores = Scores()
    started = time.perf_counter()
    for n in range(passes):
        ingestor = Ingestor(
            store,
            transcriber=transcriber,
            extractor=extractor,
            vocabulary=vocabulary,
            force=n > 0,
        )
        try:
            results = list(ingestor.ingest([c.path for c in cases]))
        finally:
            ingestor.close()
    scores.seconds = time.perf_counter() - started
    for case, r in zip(cases, results, strict=True):
        if r.memo_id is None or r.status == "failed":
            raise RuntimeError(f"{case.file}: {r.error}")
        score_memo(scores, case, store, r.memo_id)
    store.close()
    return scores


def evaluate_text(cases: Sequence[Case], condition: str = "fed") -> Scores:
    """The extractor on the reference text, stored memo by memo as `memo ingest` would."""
    from pipeline.extract import SpacyExtractor

    extractor = SpacyExtractor()
    store = Store.open(":memory:")
    fixed = user_vocabulary(cases) if condition == "user" else Vocabulary()
    scores = Scores()
    started = time.perf_counter()
    for case in cases:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", case.text) if s.strip()]
        segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, s) for i, s in enumerate(sentences))
        transcript = Transcript(segments, "en", 1.0, 3.0 * len(segments), "reference")
        vocabulary = store.vocabulary() if condition == "fed" else fixed
        info = AudioInfo(
            str(case.path),
            hashlib.sha256(case.file.encode()).hexdigest(),
            0,
            transcript.duration_s,
            case.recorded_at,
            "filename",
        )
        extraction = extractor.extract(transcript, case.recorded_at, vocabulary=vocabulary.terms)
        memo_id = store.save(Memo(info, "done", transcript, extraction))
        score_memo(scores, case, store, memo_id)
    scores.seconds = time.perf_counter() - started
    store.close()
    return scores


HEADERS = (
    "model",
    "vocabulary",
    "person R",
    "person P",
    "org R",
    "place R",
    "link R",
    "follow-up R",
    "follow-up P",
    "due date acc.",
    "seconds",
)


def row(model: str, condition: str, s: Scores) -> list[str]:
    pct = [
        s.people.recall,
        s.people.precision,
        s.orgs.recall,
        s.places.recall,
        s.links.recall,
        s.followups.recall,
        s.followups.precision,
        s.due_accuracy,
    ]
    return [model, condition, *(f"{x:.0%}" for x in pct), f"{s.seconds:.0f}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="+", default=list(MODELS))
    parser.add_argument("--conditions", default=",".join(CONDITIONS))
    parser.add_argument("--verbose", action="store_true", help="List every miss.")
    parser.add_argument("--no-write", action="store_true", help="Do not update the docs.")
    args = parser.parse_args(argv)
    cases = load_cases()
    conditions = [c for c in args.conditions.split(",") if c]
    rows = []
    text = evaluate_text(cases)
    rows.append(row("reference text", "fed", text))
    print(common.table(HEADERS, rows[-1:]), flush=True)
    for model in args.models:
        transcriber = SeededTranscriber(model)
        for condition in conditions:
            s = evaluate_audio(cases, model, condition, transcriber)
            rows.append(row(model, condition, s))
            print(common.table(HEADERS, rows[-1:]).splitlines()[-1], flush=True)
            if args.verbose:
                for line in s.misses:
                    print(f"    {line}")
    n_people = sum(len(c.people) for c in cases)
    n_followups = sum(len(c.followups) for c in cases)
    body = (
        "## Extraction: people, organisations, follow-ups (`bench/eval_extract.py`)\n\n"
        + common.header()
        + f"\n{len(cases)} synthetic memos (`samples/eval/`, espeak-ng voices through phone "
        f"codecs), {n_people} people, {n_followups} follow-ups. R = recall, P = precision, "
        "memo by memo; due date accuracy is over the follow-ups found. Vocabulary: "
        "`none` off, `fed` names learned from earlier memos (what `memo ingest` does), "
        "`second` the same memos heard again with what a first pass learned, `user` every "
        "expected name added with `memo vocab add --kind`. `seconds` is wall time for the "
        "whole condition (a `second` run transcribes everything twice).\n\n"
        + common.table(HEADERS, rows)
        + "\n"
    )
    print()
    print(body)
    if not args.no_write:
        common.write_section("extract", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
