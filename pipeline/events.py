"""Events: dated happenings in a memo that are not promises ("the jumble sale is on the 6th").

A clause is an event when it names a date (`dates.find_day`) and a happening: a noun such as
sale, concert, trip or meeting, with the words in front of it as its title ("carol concert",
"board meeting"). Its date is resolved against the recording time, forwards unless the clause
is told in the past ("the quiz was on Friday"); a time of day is kept when said ("at 7pm").
Clauses that turn out to be follow-ups are dropped by the extractor, and the follow-ups use
the events' dates for "before the board meeting".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .dates import find_day, find_time
from .lexicon import EVENT_NEEDS_MODIFIER, EVENT_NOUNS

PAST_MARKERS = {"was", "were", "went", "had", "did", "happened", "took"}
TITLE_SKIP = {"DET", "PRON", "NUM", "ADP", "PUNCT", "CCONJ", "PART", "AUX", "VERB", "SPACE"}


@dataclass(frozen=True)
class FoundEvent:
    text: str
    date: dt.date
    time: str | None
    title: str
    start_char: int


def title_of(clause: Any) -> str | None:
    """The happening a clause names ("carol concert"), or None."""
    for t in clause:
        noun = t.lower_
        if noun not in EVENT_NOUNS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        words: list[str] = []
        i = t.i - 1
        while i >= clause.start and len(words) < 3:
            w = clause.doc[i]
            if w.pos_ in TITLE_SKIP or w.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                break
            if not w.is_alpha and w.text != "-":
                break
            words.insert(0, w.lower_)
            i -= 1
        if noun in EVENT_NEEDS_MODIFIER and not words:
            continue
        return " ".join([*words, noun])
    return None


def find(clauses: Iterable[Any], recorded_at: dt.datetime) -> list[FoundEvent]:
    """Every clause that dates a happening (follow-ups included; the caller drops those)."""
    today = recorded_at.date()
    found: list[FoundEvent] = []
    for clause in clauses:
        text = clause.text.strip()
        if not text or text.endswith("?"):
            continue
        title = title_of(clause)
        if title is None:
            continue
        past = any(t.lower_ in PAST_MARKERS for t in clause)
        day = find_day(text, today, future=not past)
        if day is None:
            continue
        found.append(FoundEvent(text, day[0], find_time(text), title, clause.start_char))
    return found


def dated(events: Iterable[FoundEvent]) -> dict[str, dt.date]:
    """What the memo dates, by title and by head noun when only one has it."""
    out: dict[str, dt.date] = {}
    heads: dict[str, set[dt.date]] = {}
    for e in events:
        out.setdefault(e.title, e.date)
        heads.setdefault(e.title.split()[-1], set()).add(e.date)
    for head, days in heads.items():
        if len(days) == 1:
            out.setdefault(head, next(iter(days)))
    return out
