"""Two people whose surnames are a letter apart at the first letter ("Mrs Toall", "Ailsa
Boall") stay two: Whisper misspells the middle of a name it does not know, not its first sound.
Real spaCy and a real store across memos; every name is made up for these tests.
"""

from __future__ import annotations

import pytest
from test_identities_titled import ingested, said_of

from pipeline import identity
from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


def test_a_title_and_surname_a_first_letter_off_a_known_surname_is_someone_else(
    extractor: SpacyExtractor,
) -> None:
    store = ingested(
        extractor,
        "I'll have to ask Mrs Toall about cover for Thursday.",
        "Choir tonight. Ailsa Boall, the secretary, wants the fees by the ninth.",
        "Mrs Toall emailed about the trip, she wants the forms back.",
    )
    said = said_of(store)
    assert said["Ailsa Boall"] == {"Ailsa Boall"}
    assert "Ailsa Boall" not in {n for n, forms in said.items() if "Mrs Toall" in forms}


def test_a_title_and_surname_spelt_a_letter_off_in_the_middle_is_still_the_known_person(
    extractor: SpacyExtractor,
) -> None:
    store = ingested(
        extractor,
        "Choir tonight. Ailsa Boall, the secretary, wants the fees by the ninth.",
        "Mrs Boull emailed about the fees.",
    )
    assert "Mrs Boull" in said_of(store)["Ailsa Boall"]


@pytest.mark.parametrize(
    ("heard", "known", "close"),
    [("doull", "coull", False), ("kowalsky", "cowalsky", True), ("boull", "boall", True)],
)
def test_close_words_keep_their_first_sound(heard: str, known: str, close: bool) -> None:
    assert identity.close_word(heard, known) is close
