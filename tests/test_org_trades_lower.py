"""A firm's or a charity's own name said in lower case before the trade or sector it is named
for ("rang larkspur removals", "a tutor with top notch tutoring"), as Whisper writes it: the
words right after a lead that says a body is meant are its name; "the bakery", "a removals
firm", "my cleaning lady" and "dave's vans" are none. Real spaCy; every name is made up.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # one dictionary word before the trade, after a verb of ringing or a preposition
        ("rang larkspur removals about the van for saturday", "larkspur removals"),
        ("priya's started at bluestone recruitment, doing the temp desk", "bluestone recruitment"),
        ("the guy from ironside builders says the wall needs a lintel", "ironside builders"),
        # a trade only this rule reads, after "with", "from"
        ("er the kids have maths with top notch tutoring on thursdays now", "top notch tutoring"),
        ("we get the books from dog eared books cheap for the library", "dog eared books"),
        ("signed up with fairway vehicle finance for the van, ugh", "fairway vehicle finance"),
        # two words joined by "and", in the name or in the trade
        ("the cake came from sugar and spice bakery on the high street", "sugar and spice bakery"),
        (
            "need to chase brightwater plumbing and heating about the boiler",
            "brightwater plumbing and heating",
        ),
        # owned, and said again after a correction
        (
            "my brother-in-law owns greenacre landscaping so he lends us the trailer",
            "greenacre landscaping",
        ),
        ("the agency, sorry, blue heron staffing, they never sent the rota", "blue heron staffing"),
    ],
)
def test_a_firm_named_before_its_trade_after_a_lead(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in {o.lower() for o in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    "text",
    [
        "need a new plumber, the last plumbing firm was useless and the bakery shut early",
        "my cleaning lady said dave's vans were parked on the drive again",
        "we went to a removals firm in the end and the builders came late",
        "the local taxis were all booked so we walked to the new coffee place",
        "she does the cleaning at two offices and the catering for weddings",
        "rang home insurance about the claim and went into respite care planning",
        "he's at work cleaning the vans, then off to football training",
        "the surveyor will come out to look at mums stair rail on the 17th",
        "rang the council, no, actually it's private sector housing in environmental health",
        "we had maths tutoring with books from the library and coffee after",
    ],
)
def test_kinds_of_trade_in_lower_case_name_no_firm(extractor: SpacyExtractor, text: str) -> None:
    found = names(extract(extractor, text), "org")
    assert not found, found
