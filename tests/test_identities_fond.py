"""A fond word, a family title or whose they are, before a first name, is no part of the name:
"Big Ossian" is Ossian Trevelyan, "Our Zarmina" Zarmina Qureshi, "Anti Gwenllian" (Welsh for
auntie) Gwenllian Prydderch, "Ksiądz Radosław" (Polish for Father) the parish priest. The NER
taught on more memos takes the word into the name's span, so the rule decides from the words,
whatever it saw. Real spaCy and a real store across memos; every name is made up for these
tests.
"""

from __future__ import annotations

import pytest
from test_identities_titled import ingested

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.fixture(scope="module")
def extractor() -> SpacyExtractor:
    return SpacyExtractor()


def stored(extractor: SpacyExtractor, *memos: str) -> set[str]:
    store = ingested(extractor, *memos)
    rows = store.db.query(
        "select distinct e.name from entities e join mentions m on m.entity_id = e.id"
        " where e.kind = 'person'"
    )
    return {r["name"] for r in rows}


@pytest.mark.parametrize(
    ("memos", "want"),
    [
        (  # known from an earlier memo
            (
                "Ossian Trevelyan came round for the dominoes, he's the captain now.",
                "Big Ossian rang, the final is on Saturday.",
            ),
            {"Ossian Trevelyan"},
        ),
        (  # the full name said later in the same memo
            (
                "Ring round the lads by the weekend, starting with Big Ossian. Ossian, Ossian "
                "Trevelyan, I'll have to find his number.",
            ),
            {"Ossian Trevelyan"},
        ),
        (
            (
                "Gwenllian Prydderch runs the cylch now, she's brilliant.",
                "Macsen screamed at the door, then fine once Anti Gwenllian got the paints out.",
            ),
            {"Gwenllian Prydderch", "Macsen"},
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
                "Our parish priest, Radosław Wieczorek, wants volunteers for the fete.",
                "Ksiądz Radosław said the Mass times change in May.",
            ),
            {"Radosław Wieczorek"},
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
    """Not a known first name: he is who he is called ("Big Ossian", or "Ossian" where the NER
    left the word out), and with two Ossians known apart neither is guessed."""
    assert stored(extractor, "Big Ossian rang about the van.") <= {"Big Ossian", "Ossian"}
    two = stored(
        extractor,
        "Ossian Trevelyan and Ossian Pascoe both came to the dominoes.",
        "Big Ossian rang, the final is on Saturday.",
    )
    assert two - {"Ossian Trevelyan", "Ossian Pascoe"} in ({"Big Ossian"}, {"Ossian"})
