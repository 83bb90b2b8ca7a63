"""Organisations said in lower case beside what they are: a name set off by commas after its
kind ("the garden centre, kemelza,", "a home care company, bramblewick care", "the bike shop on
Station Road, pedal and chain,"), before it ("trevarras, the cash and carry"), a trading name
joined by "and" whose words the tagger misread ("wardle and pike"), and a firm named for a
listed place whose words are kin ("seven sisters cars"). Real spaCy on made-up sentences; no
name comes from an evaluation set."""

from __future__ import annotations

import pytest
from test_org_given_lower import lowered
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a coined word the tagger took for an adjective or a verb is still a name's
        (
            "I want to get her flowers, or a voucher for the garden centre, kemelza, before "
            "I go back Sunday.",
            "kemelza",
        ),
        # a kind of business said in three words with "and", either side of its name
        (
            "Need two crates from the cash and carry, dobbsies, and drop them at the van.",
            "dobbsies",
        ),
        ("Picked up the trays from trevarras, the cash and carry, er, the big one.", "trevarras"),
        # a wholesaler is a business
        ("Ring the wholesaler, northgate medical, before ten tomorrow.", "northgate medical"),
        # after "a" kind, a name with a coined word in it
        (
            "Carers come twice a day from a home care company, bramblewick care. I signed "
            "the forms.",
            "bramblewick care",
        ),
        # where the shop stands said between its kind and its name
        (
            "He runs the bike shop on Station Road, pedal and chain, he's on the committee too.",
            "pedal and chain",
        ),
    ],
)
def test_a_name_said_beside_its_kind(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in lowered(names(extract(extractor, text), "org"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # "pike" read as an adverb after "and"
        (
            "Our accountant at wardle and pike, emailed, the return's due in January.",
            "wardle and pike",
        ),
        # "seven sisters" is a listed place: "sisters" is no one's kin there
        ("My mate drives for seven sisters cars now, nights mostly.", "seven sisters cars"),
    ],
)
def test_a_trading_name_the_tagger_misread(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in lowered(names(extract(extractor, text), "org"))


@pytest.mark.parametrize(
    "text",
    [
        "We need a plumber, electrician, and joiner before the sale.",
        "There's a bakery, lovely bread, right by the station.",
        "I found a removals firm, cheap ones, on the internet.",
        "The garden centre, weekends only, is packed.",
        "We went to a cafe, really nice, near the river.",
        "The shop on High Street, the one by the bank, was shut.",
        "Her sisters cars are both in the garage again.",
        "Bread and butter, and tea, that's all she wants.",
        "Booked a bed and breakfast, nothing fancy, for the weekend.",
        "not the council, it's a different lot, zoomfare do the bus passes, so ring them.",
        "ask at the travel shop on Bold Street, zoomfare do the bus passes, so ring them.",
    ],
)
def test_words_beside_a_kind_that_name_nothing(extractor: SpacyExtractor, text: str) -> None:
    assert names(extract(extractor, text), "org") == set()


def test_a_ward_after_a_hospital_and_its_town_is_no_body(extractor: SpacyExtractor) -> None:
    text = "He's in the Royal, Westbury Hospital in Dunmore, ward, er, ward twelve."
    assert "ward" not in lowered(names(extract(extractor, text), "org"))
