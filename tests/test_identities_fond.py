"""A fond word, a family title or whose they are, before a first name, is no part of the name:
"Big Teilo" is Teilo Trevelyan, "Our Zarmina" Zarmina Qureshi, "Anti Rhiannedd" (Welsh for
auntie) Rhiannedd Yarrowby, "Ksiądz Radosław" (Polish for Father) the parish priest. The NER
taught on more memos takes the word into the name's span, so the rule decides from the words,
whatever it saw. Real spaCy and a real store across memos; every name is made up for these
tests.
"""

from __future__ import annotations

import pytest
from test_identities_said import stored
from test_identities_titled import ingested

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("memos", "want"),
    [
        (  # known from an earlier memo
            (
                "Teilo Trevelyan came round for the dominoes, he's the captain now.",
                "Big Teilo rang, the final is on Saturday.",
            ),
            {"Teilo Trevelyan"},
        ),
        (  # the full name said later in the same memo
            (
                "Ring round the lads by the weekend, starting with Big Teilo. Teilo, Teilo "
                "Trevelyan, I'll have to find his number.",
            ),
            {"Teilo Trevelyan"},
        ),
        (
            (
                "Rhiannedd Yarrowby runs the cylch now, she's brilliant.",
                "Deiniol screamed at the door, then fine once Anti Rhiannedd got the paints out.",
            ),
            {"Rhiannedd Yarrowby", "Deiniol"},
        ),
        (  # whose she is, opening a sentence
            (
                "My cousin Zarmina Qureshi is getting married in June, finally.",
                "Broke my fast. Our Zarmina's been on at me about the venue again.",
            ),
            {"Zarmina Qureshi"},
        ),
        (
            (
                "Our parish priest, Radosław Zbyszewski, wants volunteers for the fete.",
                "Ksiądz Radosław said the Mass times change in May.",
            ),
            {"Radosław Zbyszewski"},
        ),
    ],
)
def test_a_fond_word_or_a_family_title_before_a_first_name_is_the_person_known(
    extractor: SpacyExtractor, memos: tuple[str, ...], want: set[str]
) -> None:
    assert stored(extractor, *memos) == want


def test_a_fond_word_before_a_name_nobody_else_has_stays_what_he_is_called(
    extractor: SpacyExtractor,
) -> None:
    """Not a known first name: he is who he is called ("Big Teilo", or "Teilo" where the NER
    left the word out), and with two Teilos known apart neither is guessed."""
    assert stored(extractor, "Big Teilo rang about the van.") <= {"Big Teilo", "Teilo"}
    store = ingested(
        extractor,
        "Teilo Trevelyan and Teilo Pascoe both came to the dominoes.",
        "Big Teilo rang, the final is on Saturday.",
    )
    said_later = store.db.query(
        "select e.name from entities e join mentions m on m.entity_id = e.id"
        " where m.memo_id = (select max(id) from memos)"
    )
    assert not {r["name"] for r in said_later} & {"Teilo Trevelyan", "Teilo Pascoe"}
