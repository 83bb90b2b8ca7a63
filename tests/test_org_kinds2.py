"""Organisations by kind, on unseen memo language: a one-word name after a locative word is
somewhere, not someone. Real spaCy on text; every name is made up for these tests and taken
from no evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Term, Transcript

pytestmark = pytest.mark.real

AT = dt.datetime(2027, 5, 12, 18, 0)


@pytest.fixture(scope="module")
def extractor() -> SpacyExtractor:
    return SpacyExtractor()


def extract(extractor: SpacyExtractor, text: str, known: tuple[Term, ...] = ()) -> Extraction:
    parts = [p.strip(" .") + "." for p in text.split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    transcript = Transcript(segments, "en", 1.0, 3.0 * len(parts), "typed")
    return extractor.extract(transcript, AT, vocabulary=known)


def names(ex: Extraction, kind: str) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == kind}


def links(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(link.person, link.org) for link in ex.links if link.org}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then the lido with Orla straight from Kelmford for a quick dip.", "Kelmford"),
        ("My cousin Wendy in Tillingham says she will do the balloons.", "Tillingham"),
        ("Right, first day back at Orwenby tomorrow for the kids.", "Orwenby"),
        ("Picked the twins up from Orwenby, late again.", "Orwenby"),
    ],
)
def test_a_one_word_name_after_a_locative_is_somewhere_not_someone(
    extractor: SpacyExtractor, text: str, name: str
) -> None:
    ex = extract(extractor, text)
    assert name not in names(ex, "person")
    assert name in names(ex, "org") | names(ex, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Got a text from Imrelda about Sunday.",
        "I need the afternoon off from Vasilo.",
        "Sorted the rota with Vasilo, he's fine with it.",
    ],
)
def test_from_after_what_a_person_sends_or_gives_is_someone(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "person") & {"Imrelda", "Vasilo"}
