"""One person, one entry, when the memo itself says two names are one person, and two people
kept apart when a rule would run them together. Real spaCy on text and a real store across
memos; every name is made up for these tests and taken from no evaluation set.

- "everybody calls him wee Davy": a describing word between the cue and the name;
- "Fitz, well, Fergus Fitzmaurice, but nobody calls him that", "Dodo Pratt rang. Dorothea,
  really, but nobody's called her that", "Karamjit Sohal, but nobody's called her Karamjit":
  the formal name nobody uses, said beside the one used;
- "Kadir, my eldest, Abdikadir": a clip of a one-word name, kept for later memos;
- "call her Kemi, Oluwakemi Adeyemi": a full name said with a short form and the full form;
- and apart: two people known apart by those names ("not Tariq, Miss Hennigan agreed"), the
  one a family asks something of ("the Kitsons asked if Jory could help").
"""

from __future__ import annotations

import pytest
from test_identities_titled import DAY, MONDAY, ingested, transcript

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction

pytestmark = pytest.mark.real


def people_of(ex: Extraction) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == "person"}


def stored(extractor: SpacyExtractor, *memos: str) -> set[str]:
    """The people a store holds (with a mention) after `memos`, one a day, as ingest does."""
    store = ingested(extractor, *memos)
    rows = store.db.query(
        "select distinct e.name from entities e join mentions m on m.entity_id = e.id"
        " where e.kind = 'person'"
    )
    names = {r["name"] for r in rows}
    store.close()
    return names


def test_a_describing_word_before_the_name_he_goes_by(extractor: SpacyExtractor) -> None:
    assert stored(
        extractor,
        "Need the sleepers from wee Davy in the yard. Davy, his name's Donal Kerrigan but"
        " everybody calls him wee Davy, he's on the trade counter.",
        "Davy says the sleepers are in, twenty-two pound each.",
    ) == {"Donal Kerrigan"}


@pytest.mark.parametrize(
    ("memos", "want"),
    [
        (
            (
                "Got a text off Fitz at the café about the kitchen.",
                "Met Hollie at the café with Fitz, well, Fergus Fitzmaurice, but nobody calls"
                " him that, he owns the place.",
                "Fitz wants the menu by Friday.",
            ),
            {"Hollie", "Fergus Fitzmaurice"},
        ),
        (
            (
                "Dodo Pratt rang. Dorothea, really, but nobody's called her that since school."
                " She wants a dozen eggs.",
            ),
            {"Dodo Pratt"},
        ),
        (
            (
                "So that's on me and Kaz, she's the other dispenser. Karamjit Sohal, but"
                " nobody's called her Karamjit since school, she's Kaz.",
                "Kaz has done the register.",
            ),
            {"Karamjit Sohal"},
        ),
    ],
)
def test_the_name_nobody_calls_them_is_the_same_person(
    extractor: SpacyExtractor, memos: tuple[str, ...], want: set[str]
) -> None:
    assert stored(extractor, *memos) == want


def test_a_clip_of_a_one_word_name_holds_in_later_memos(extractor: SpacyExtractor) -> None:
    assert stored(
        extractor,
        "And Kadir, my eldest, Abdikadir, he's got a shift at the shop on Saturday.",
        "Kadir's manager rang me, which, he's seventeen.",
        "Coach at nine, the kids are buzzing. Kadir's at work all day at the shop, so it's"
        " just us.",
    ) == {"Abdikadir"}


def test_a_listed_clip_known_for_someone_is_found_again(extractor: SpacyExtractor) -> None:
    """The NER passes over "Nasir's at work" opening a sentence; the clip the store keeps
    for Abdinasir still finds him."""
    store = ingested(
        extractor, "And Nasir, my eldest, Abdinasir, he's got a shift at the shop on Saturday."
    )
    later = (
        "Coach at nine, the kids are buzzing. Nasir's at work all day at the shop, so it's just us."
    )
    ex = extractor.extract(transcript(later), MONDAY + DAY, store.vocabulary().terms)
    store.close()
    assert "Nasir" in people_of(ex)


def test_a_full_name_with_a_short_form_and_the_full_form_is_one(
    extractor: SpacyExtractor,
) -> None:
    assert stored(
        extractor,
        "Miss Adeyemi at the solicitors wants the payslips.",
        "Gave Miss Adeyemi the payslips. She says call her Kemi, Oluwakemi Adeyemi, she's the"
        " senior solicitor on my case.",
    ) == {"Oluwakemi Adeyemi"}


def test_two_people_known_apart_stay_apart_in_apposition(extractor: SpacyExtractor) -> None:
    names = stored(
        extractor,
        "Tariq's form tutor at the academy, Miss Hennigan, emailed. Tariq's been late four times.",
        "Turns out it's the bus making Tariq late, not Tariq, Miss Hennigan agreed.",
    )
    assert "Tariq Hennigan" not in names
    assert "Tariq" in names


def test_the_one_a_family_asks_of_is_not_of_the_family(extractor: SpacyExtractor) -> None:
    ex = extractor.extract(
        transcript(
            "Oh, and the Kitsons, from the farm next to Dad's, asked if Jory could help with"
            " their harvest in October. Their son Alfie's in his year at college."
        ),
        MONDAY,
    )
    assert "Jory" in people_of(ex)
    assert "Jory Kitson" not in people_of(ex)


def test_a_family_member_said_after_the_family_still_takes_its_name(
    extractor: SpacyExtractor,
) -> None:
    ex = extractor.extract(
        transcript("The Patels came round, Meena says their boy Arjun wants a lift."), MONDAY
    )
    assert people_of(ex) == {"Meena Patel", "Arjun Patel"}
