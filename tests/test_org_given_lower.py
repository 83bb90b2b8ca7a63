"""Organisations said in lower case that round one left: a business's name the speaker gives
("the place is called vantastic", "pind to plate he's calling it", "it's smoke and suya
now"), a name corrected in lower case ("Braid and Tulloch, no, braid and tait"), and a
numbered scout or guide group ("12th kelby scouts"). Real spaCy on made-up sentences; no name
comes from an evaluation set."""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


def lowered(ex_names: set[str]) -> set[str]:
    return {n.lower() for n in ex_names}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Second quote came in, the place is called vanorama, not Vantage, I had it wrong.",
            "vanorama",
        ),
        (
            "He's starting a catering business, spoon to soul he's calling it, don't ask.",
            "spoon to soul",
        ),
        (
            "He wants to call it Big Pot, no, he's changed it again, it's stew and sourdough now.",
            "stew and sourdough",
        ),
        ("It's going to be called wild thyme, the veg box scheme, starting in June.", "wild thyme"),
        (
            "Chase the surveyors, Hendry and Lyle, no, hendry and moss, first thing.",
            "hendry and moss",
        ),
        ("Dale from Stairline, sorry, stairquest, they're the council's contractor.", "stairquest"),
    ],
)
def test_a_name_the_speaker_gives_in_lower_case(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in lowered(names(extract(extractor, text), "org"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Zeke marched with 12th kelby scouts and didn't moan once.", "12th kelby scouts"),
        (
            "Maisie wants to join 2nd thornbury brownies, waiting list though.",
            "2nd thornbury brownies",
        ),
        ("Oscar's moving up to the 4th hadley cubs in September.", "4th hadley cubs"),
    ],
)
def test_a_numbered_group_in_lower_case(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in lowered(names(extract(extractor, text), "org"))


@pytest.mark.parametrize(
    "text",
    [
        "A lad called jamal rang about the van, no, it's fine now.",
        "There's an app called splitwise for the bills.",
        "Bought eggs off a lovely woman at the egg stall called brell, nothing to do with it.",
        "No, sorry, it's fish and chips now, not pizza.",
        "Brownies tonight, then the 2nd of June is the parade.",
        "The new manager, no, it's touch and go whether she stays.",
        "He's calling it a day, the shop's shut.",
    ],
)
def test_no_business_named(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")
