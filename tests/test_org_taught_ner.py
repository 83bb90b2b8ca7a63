"""Organisation rules that hold whatever label the NER gives: the taught NER
(`bench.train_ner`) calls an unknown one-word name a person, a school named after someone a
place, and draws a name over the verb or the "'s" after it. Real spaCy on text; every name
is made up for these tests and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, links, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Then Quickfix quoted us four hundred.", "Quickfix"),
        ("Tellsoft, who were slow last year, sent the quote.", "Tellsoft"),
        ("Glimcom sent the new contract today.", "Glimcom"),
    ],
)
def test_a_made_up_firm_the_ner_calls_someone_is_a_firm(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert org not in names(ex, "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dinner at Bella Rossi's on Friday.", "Bella Rossi"),
        ("Dropped the cake round at Tom Kerr's after work.", "Tom Kerr"),
    ],
)
def test_people_said_like_a_firm_stay_people(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert person in names(ex, "person")
    assert not names(ex, "org")


def test_a_ward_after_a_council_is_a_place(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "He's our councillor on Kelby Council for Ashmead Green.")
    assert names(ex, "org") == {"Kelby Council"}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Priya Shah manages the Kelby Food Bank.", "Priya Shah", "Kelby Food Bank"),
        ("Tam Greer runs Fenmoor Tools' Harwick depot now.", "Tam Greer", "Fenmoor Tools"),
    ],
)
def test_someone_who_runs_an_organisation_is_linked_to_it(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    assert (person, org) in links(extract(extractor, text))
