"""A local institution's full name said in lower case, as Whisper writes it, where its name
runs past what `_org_lower_head` first took: two places joined by "and", a long NHS body, a
number opening it, a road's first word, a trade's word inside it ("high"), a chemist's or a
museum, a dedication said only before "church". Real spaCy; every name is made up."""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # two places joined by "and" in a body's name
        (
            "got a letter from dunholme and castleby nhs trust about the scan",
            "dunholme and castleby",
        ),
        ("emailed wrenfield and pollock community council about the bins", "wrenfield and pollock"),
        ("he's the secretary of the tarnby and district junior cricket league", "tarnby"),
        # an NHS body whose name runs long before "nhs trust", or opens with "nhs"
        (
            "that's part of east harlowe university healthcare nhs trust, first visit monday",
            "east harlowe university healthcare nhs trust",
        ),
        (
            "waiting on a call back from nhs west marrick icb about the funding",
            "nhs west marrick icb",
        ),
        # a number said in words opens the name
        ("she's a nurse at seven larches medical centre, er, part time", "seven larches"),
        # a trade's word inside a school's name ("high") is part of it
        ("amir teaches at pellingham high school, maths i think", "pellingham high school"),
        # "primary care centre" is a kind said in words, ended by "centre"
        ("the referral went to rushcombe primary care centre last week", "rushcombe primary care"),
        # a chemist's and a museum by a place's or a coined word
        ("he owns dunthorpe pharmacy, well he's the superintendent", "dunthorpe pharmacy"),
        ("the year three trip to the pendlebury museum is on the ninth", "pendlebury museum"),
        # someone guessed from "ask" before a road's word is the road's name
        ("said i'd also ask dunmere road surgery for a printout", "dunmere road surgery"),
        # a road's first word, though a dictionary's word, is the name's
        ("just came out of pollard avenue primary, saw the head", "pollard avenue primary"),
        # a time after the name is no noun it describes
        ("women's group at the north harlowe mosque tonight", "north harlowe mosque"),
        # a dedication said only before "church"
        ("the clean-up by all hallows church is happening right now", "all hallows church"),
    ],
)
def test_a_full_lower_case_name_is_found_whole(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    found = {o.lower() for o in names(extract(extractor, text), "org")}
    assert any(o.startswith(org) or o.endswith(org) for o in found), found
    assert not {o for o in found if org.startswith(o) and o != org and org.endswith(o)}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("got a letter from dunholme and castleby nhs trust about the scan", "castleby nhs trust"),
        ("amir teaches at pellingham high school, maths i think", "pellingham high"),
        ("just came out of pollard avenue primary, saw the head", "avenue primary"),
    ],
)
def test_no_part_of_the_name_stands_alone(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org not in {o.lower() for o in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    "text",
    [
        "we took the kids and youth club members to the park after school",
        "she works at the hospital pharmacy and goes to the science museum on sundays",
        "the two youth clubs and three primary schools are doing a joint fun day",
        "i need to ring my gp surgery and the local pharmacy about the repeat",
        "we went to all saints day mass and then the holy spirit came up in the sermon",
        "the bread and butter club meets on fridays at the community centre",
        "went to the city centre then over to the high street and the care centre",
    ],
)
def test_kinds_and_descriptions_name_no_body(extractor: SpacyExtractor, text: str) -> None:
    found = {o.lower() for o in names(extract(extractor, text), "org")}
    assert not {
        o
        for o in found
        if o.endswith(("club", "clubs", "pharmacy", "museum", "schools", "centre", "surgery"))
        or "saints" in o
        or "spirit" in o
    }, found
