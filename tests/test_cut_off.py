"""A memo cut off mid-sentence, as Whisper leaves one when the recording stops: no full stop,
a list's last day with nothing after it, a name the memo ends on. It is read for what it says
and raises nothing. Real spaCy on text; every name is made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import typed
from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real

MONDAY = dt.datetime(2030, 1, 7, 9)


def test_a_list_cut_off_at_its_last_day(extractor: SpacyExtractor) -> None:
    ex = extractor.extract(
        typed(
            "list for the week. tuesday, ring the dentist about rhona's brace. wednesday, "
            "i've gotta do the paperwork before that. thursday,"
        ),
        MONDAY,
    )
    assert any("ring the dentist" in f.text for f in ex.followups)


def test_a_memo_that_ends_on_an_unknown_word_after_a_name(extractor: SpacyExtractor) -> None:
    ex = extractor.extract(typed("a bloke there called teodor vasilescu told sanj"), MONDAY)
    assert "Teodor Vasilescu" in {m.name for m in ex.mentions if m.kind == "person"}
