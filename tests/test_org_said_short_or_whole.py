"""Organisations said whole that the rules cut, and hospitals said short: a lower-case name
cut at its institution's word before that kind said in the plural ("hexford university
hospitals"), a community transport scheme named for its place, a BBC local station, and "the
royal" (with or without its county) said for a hospital. Real spaCy on text; the names are
made up for these tests and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


def orgs(extractor: SpacyExtractor, text: str) -> set[str]:
    return {n.removeprefix("the ").title() for n in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "She's the diabetes nurse at leicester university hospitals, she's lovely.",
            "Leicester University Hospitals",
        ),
        (
            "The letter says bristol university hospitals at the top.",
            "Bristol University Hospitals",
        ),
        (
            "So I need to ring sheffield community transport by Friday.",
            "Sheffield Community Transport",
        ),
        ("Gail from bbc radio leeds rang about the phone-in.", "Bbc Radio Leeds"),
    ],
)
def test_a_lower_case_name_is_kept_whole(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org.lower() in {o.lower() for o in orgs(extractor, text)}
    assert not {o for o in orgs(extractor, text) if org.lower().startswith(o.lower() + " ")}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Monday the third, the royal, eye clinic, nine till eleven.", "Royal"),
        ("I'm probably at the Royal that morning, of course I am.", "Royal"),
        ("Mum's in at the Royal this afternoon for her scan.", "Royal"),
        ("Dad's had a letter from the royal surrey, the op's in June.", "Royal Surrey"),
        ("She's a physio with the royal cornwall's community team.", "Royal Cornwall"),
    ],
)
def test_the_royal_said_for_a_hospital(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in orgs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "We watched the royal wedding at my sister's.",
        "Nothing came, the royal mail van never turned up.",
        "We need community transport for the trip to the coast.",
        "She's at university in Leeds, her halls are lovely.",
    ],
)
def test_no_body_from_ordinary_words(extractor: SpacyExtractor, text: str) -> None:
    found = orgs(extractor, text)
    assert not {o for o in found if o.lower() in ("royal", "community transport")}
    assert not {o for o in found if o.lower().endswith("halls")}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Went to the coffee morning at age uk notts with Mum.", "Age UK Notts"),
        ("Rang herts police about the van again.", "Herts Police"),
    ],
)
def test_a_body_named_for_a_county_said_short(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")
