"""False organisations of general kinds fresh memos showed: a session a body runs said with "a"
("does a Chitchat group"), a building named for someone that the NER took whole ("at the
Walter Tull Centre"), and a village said after another place and "and". Real spaCy on text;
every name is made up here and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "The family hub on Kelso Road does a Chitchat group on Friday mornings.",
            "Chitchat Group",
            set(),
        ),
        ("The church runs a Toddler Group on Tuesdays.", "Toddler Group", set()),
        (
            "The league final is Saturday the twentieth at the Walter Tull Centre.",
            "Walter Tull Centre",
            set(),
        ),
        ("Rohan says the class is down at the Ada Lovelace Centre.", "Ada Lovelace Centre", set()),
        (
            "Four other kids from Thornbury and Netherby St Aldhelm are on that bus.",
            "Netherby St Aldhelm",
            set(),
        ),
    ],
)
def test_sessions_buildings_and_villages_are_no_body(
    extractor: SpacyExtractor, text: str, gone: str, kept: set[str]
) -> None:
    orgs = names(extract(extractor, text), "org")
    assert gone not in orgs
    assert kept <= orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("She's a nurse at the Jubilee Medical Centre.", "Jubilee Medical Centre"),
        ("Rang Brighton Islamic Centre about the Eid lunch.", "Brighton Islamic Centre"),
        ("Dropped the forms at the Lakeside Health Centre.", "Lakeside Health Centre"),
        ("He goes to the Hartfield Youth Club on Fridays.", "Hartfield Youth Club"),
        ("Wrote to Thornbury and Alveston Town Council about the bus.", None),
    ],
)
def test_bodies_of_those_kinds_stay(extractor: SpacyExtractor, text: str, org: str | None) -> None:
    orgs = names(extract(extractor, text), "org")
    assert orgs if org is None else org in orgs
