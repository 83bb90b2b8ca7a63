"""A local body's own name of plain English words said in lower case after "the" before its
kind ("the open door pantry", "the stone oven bakehouse"), found where a body is said: after a
preposition or a verb of ringing, or doing something itself. Real spaCy on made-up sentences;
no name comes from an evaluation set."""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


def lowered(found: set[str]) -> set[str]:
    return {n.lower().removeprefix("the ") for n in found}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "dropped the tins off at the open door pantry, they're short of nappies",
            "open door pantry",
        ),
        ("got the lamb from the old mill butchery, twelve quid a kilo", "old mill butchery"),
        (
            "got the bread from the stone oven bakehouse, they do a sourdough now",
            "stone oven bakehouse",
        ),
        ("met sandra at the silver birch tearoom, erm, about the raffle", "silver birch tearoom"),
        ("the bundle baby bank want more car seats, I said I'd ask round", "bundle baby bank"),
    ],
)
def test_a_plain_name_said_where_a_body_is(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in lowered(names(extract(extractor, text), "org"))


@pytest.mark.parametrize(
    "text",
    [
        "went to the local food pantry with mum, queue was out the door",
        "she helps at the school breakfast club most mornings",
        "the community larder opens tuesdays and fridays now",
        "we had sandwiches from the corner deli, not great",
        "the butchery at the back of the market shut for good",
        "got some rolls from the village bakehouse on the way",
        "the primary school nursery is shut on monday",
    ],
)
def test_a_kind_said_in_plain_words_is_no_name(extractor: SpacyExtractor, text: str) -> None:
    assert names(extract(extractor, text), "org") == set()
