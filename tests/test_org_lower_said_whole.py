"""Lower-case organisations the rules cut or missed: a name joined by "and" or opened by
"wee" that was cut to its end ("corriston and vale lettings" is not "vale lettings"), and a
coined firm's name opening a clause ("brookvale plumbing finally sent it"). Real spaCy on
text; the names are made up for these tests and taken from no evaluation set.
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
            "Rang corriston and vale lettings and got a woman called Jo.",
            "Corriston And Vale Lettings",
        ),
        ("Got the fees to pay, wee bothy nursery, they want it by Friday.", "Wee Bothy Nursery"),
        (
            "Jim rang. Jim Barlow, straightcourse builders, he's doing the wall.",
            "Straightcourse Builders",
        ),
        (
            "Ok so brookvale plumbing finally sent the invoice, four hundred quid.",
            "Brookvale Plumbing",
        ),
        (
            "Quotes. trueform scaffolding, they said they'd be here on Monday.",
            "Trueform Scaffolding",
        ),
    ],
)
def test_a_lower_case_name_said_whole(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in orgs(extractor, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The kitchen fitters came at nine and left at ten.", "Kitchen Fitters"),
        ("Did the big shop at the weekend, spent a fortune.", "Big Shop"),
        ("The school office rang about the trip.", "School Office"),
        ("We'd love a wee village nursery round here.", "Wee Village Nursery"),
        ("Kate and the plumbers came round, then the builders, they were late.", "Plumbers"),
        ("The church hall committee meets on Thursday.", "Church Hall Committee"),
    ],
)
def test_kinds_and_things_are_no_name(extractor: SpacyExtractor, text: str, wrong: str) -> None:
    assert wrong not in orgs(extractor, text)
