"""Typed notes (`memo note`): a memo without audio, through the same extraction and store.

A note is identified like a recording, by the sha256 of what it is: its text and the time it
is for, so adding the same note twice is one memo. It has no file (`path` is null), lasts no
time, and each sentence or line is a segment at 0:00, so search finds the sentence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import QueryError
from .records import AudioInfo, Memo, Segment, Transcript

if TYPE_CHECKING:
    from .extract import Extractor
    from .store import Store

NOTE_MODEL = "typed"  # the `model` of a note: it was typed, not transcribed
MAX_CHARS = 100_000


@dataclass(frozen=True)
class NoteResult:
    memo_id: int
    new: bool  # False: the same text at the same time was already a memo
    people: tuple[str, ...] = ()


def note_segments(text: str) -> tuple[Segment, ...]:
    """One segment per sentence or line, in order."""
    parts = re.split(r"(?<=[.!?])\s+|\s*\n+\s*", text.strip())
    return tuple(
        Segment(i, 0.0, 0.0, " ".join(p.split()))
        for i, p in enumerate(p for p in parts if p.strip())
    )


def add_note(
    store: Store,
    text: str,
    *,
    at: dt.datetime | None = None,
    extractor: Extractor | None = None,
) -> NoteResult:
    """Store `text` as a memo recorded `at` (default: now) with its people, organisations,
    places and follow-ups. spaCy loads only when the note is new and no `extractor` is given."""
    if not text.strip():
        raise QueryError('nothing to note: give the text, e.g. memo note "Call Kevin Friday"')
    if len(text) > MAX_CHARS:
        raise QueryError(f"a note is at most {MAX_CHARS:,} characters; this is {len(text):,}")
    when = (at or dt.datetime.now()).replace(microsecond=0, tzinfo=None)
    body = text.strip().encode("utf-8")
    sha = hashlib.sha256(b"memo note\0" + when.isoformat().encode() + b"\0" + body).hexdigest()
    known = store.known_sha(sha)
    if known:
        return NoteResult(int(known["id"]), False)
    from .corrections import transcript_fixes

    info = AudioInfo("", sha, len(body), 0.0, when, "typed" if at is None else "given")
    transcript = transcript_fixes(
        store, sha, Transcript(note_segments(text), "en", 1.0, 0.0, NOTE_MODEL)
    )
    if extractor is None:
        from .extract import SpacyExtractor

        extractor = SpacyExtractor()
    extraction = extractor.extract(transcript, when, vocabulary=store.vocabulary().terms)
    memo_id = store.save(Memo(info, "done", transcript=transcript, extraction=extraction))
    people = tuple(dict.fromkeys(m.name for m in extraction.mentions if m.kind == "person"))
    return NoteResult(memo_id, True, people)


_TIME = re.compile(r"\s*(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$", re.IGNORECASE)


def parse_when(text: str, now: dt.datetime | None = None) -> dt.datetime:
    """`--at`: `2026-11-25 14:30`, `2026-11-25T14:30:00`, `2026-11-25`, or everyday words
    with an optional time (`yesterday 9:15`, `monday 6pm`, `14:30` today). A day alone is
    noon; words name the past (`monday` is the last Monday)."""
    now = now or dt.datetime.now()
    t = " ".join(text.split())
    try:
        when = dt.datetime.fromisoformat(t)
        return when.replace(tzinfo=None) if len(t) > 10 else when.replace(hour=12)
    except ValueError:
        pass
    from .dates import parse_day

    hour = minute = None
    m = _TIME.search(t)
    if m and (m[2] or m[3]):
        hour, minute = int(m[1]), int(m[2] or 0)
        if m[3]:
            hour = hour % 12 + (12 if m[3].lower() == "pm" else 0)
        t = t[: m.start()].strip()
    day = parse_day(t, now.date()) if t else now.date() if hour is not None else None
    if day is None:
        raise QueryError(
            f"'{text}' is not a time: try 2026-11-25 14:30, yesterday 9:15 or 'monday 6pm'"
        )
    if hour is not None and not (0 <= hour < 24 and 0 <= minute < 60):
        raise QueryError(f"'{text}' has no such time of day")
    if hour is None:
        return dt.datetime.combine(day, dt.time(12))
    return dt.datetime.combine(day, dt.time(hour, minute or 0))
