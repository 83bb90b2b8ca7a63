"""Entity typing at the edges of organisations: a one-word name the small model takes for an
organisation that is someone, things the NER calls an organisation that are a road, a job or
a language, a name that runs past its organisation into a department, a saint's name before a
kind of organisation, and an organisation said later only by its kind. Real spaCy on text;
every name is made up for these tests and taken from no evaluation set.
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
    ("text", "person"),
    [
        ("Kelvash's swimming money is due, I'll pay it tonight.", "Kelvash"),
        ("I'll check the rota with Vasilo and let Mum know.", "Vasilo"),
        ("I need the afternoon off from Vasilo.", "Vasilo"),
        ("Sports day for Taranjit. Took water and a hat.", "Taranjit"),
        ("Harveer's reading book is lost again.", "Harveer"),
        # the model calls some of them a town
        ("Ozrin's swimming money is due, I'll pay it tonight.", "Ozrin"),
        ("Handed Ozrin's consent form to the office.", "Ozrin"),
    ],
)
def test_an_unknown_one_word_name_is_someone_not_a_firm(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert person in names(ex, "person")
    assert person not in names(ex, "org") | names(ex, "place")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Wrenna from Quillbrook rang about the invoice.", "Quillbrook"),
        ("Zapcom, who were great last time, can do the lights.", "Zapcom"),
        ("The Pellowes are coming on Sunday.", None),
        ("Ordered the boxes from Packwise by the crate.", "Packwise"),
    ],
)
def test_a_one_word_firm_said_as_one_stays_a_firm(
    extractor: SpacyExtractor, text: str, org: str | None
) -> None:
    ex = extract(extractor, text)
    if org:
        assert org in names(ex, "org")
    assert "Pellowes" not in names(ex, "person")
