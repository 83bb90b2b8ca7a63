"""A body's own name said in lower case with no lead word, as what does something: "if
bramble wellbeing want a stall" (a singular kind with a plural verb, as British speech makes a
body), "hollins athletic's awards night" (its "'s" and a noun), "kingfisher plumbing emailed
the quote" (getting in touch); a plain name someone runs or holds a job in ("who runs the
silver birch pantry", "the coordinator of the blue door pantry"); a known name's opening as
what is paid or thanked ("thank bright sparks"). Everyday kinds said the same way stay words.
Real spaCy on made-up sentences; no name comes from an evaluation set."""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor
from pipeline.records import Term

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ask Jo if bramble wellbeing want a stall at the fete.", "bramble wellbeing"),
        ("Dev says hollins athletic's awards night is on the ninth.", "hollins athletic"),
        ("At the market. juniper wellbeing's stall was busy.", "juniper wellbeing"),
        ("Then kingfisher plumbing emailed the quote.", "kingfisher plumbing"),
    ],
)
def test_a_body_said_bare_doing_what_a_body_does(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in {n.lower() for n in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    "text",
    [
        "Also contents insurance is due next month.",
        "Then life insurance pays out, apparently.",
        "Also car hire can't do Tuesday.",
        "So kitchen fitters came at eight.",
        "And dementia care came up at the meeting.",
        "Then customer service rang back.",
        "If staff wellbeing want a budget, ask.",
        "Mum's care want more money.",
        "So nursing care need a form from the GP.",
        "And private healthcare want a referral letter.",
        "I think head office want it signed.",
        "Maybe dog grooming's cheaper at the weekend.",
        "Then property management rang about the boiler.",
        "Also debt management want a payment plan.",
        "And student finance want proof of income.",
        "Then estate agents rang about the viewing.",
        "Then family support want to visit.",
        "Maybe bike hire's cheaper.",
        "Mind you, sunday school want more volunteers.",
    ],
)
def test_everyday_kinds_said_bare_name_no_body(extractor: SpacyExtractor, text: str) -> None:
    assert names(extract(extractor, text), "org") == set()


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # someone's job "of the" body, and a body someone runs, said in plain words
        (
            "Met the new coordinator of the blue door pantry, her badge says Wilhelmina.",
            "blue door pantry",
        ),
        ("She runs the silver birch pantry on Fridays.", "silver birch pantry"),
    ],
)
def test_a_plain_name_someone_runs_or_works_for(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in {n.lower() for n in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    "text",
    [
        "She's the manager of the community food pantry now.",
        "He runs the school breakfast club on Mondays.",
        "He's a member of the village cricket club.",
    ],
)
def test_a_kind_someone_runs_names_no_body(extractor: SpacyExtractor, text: str) -> None:
    assert names(extract(extractor, text), "org") == set()


def test_a_known_name_said_short_as_what_is_paid_or_thanked(extractor: SpacyExtractor) -> None:
    known = (Term("Bright Sparks Nursery", "org"),)
    said = extract(extractor, "Remember to thank bright sparks for the card.", known)
    assert names(said, "org") == {"Bright Sparks Nursery"}
    # the same words as what a fire gives off are no body
    fire = extract(extractor, "The fire gave off bright sparks all night.", known)
    assert names(fire, "org") == set()
