"""Happenings on a line of the week said ahead, and days said the way Scotland and Ireland say
them.

A line opened by its day and how full it is ("Monday's busy, the walk with the councillor at
half eight, Gran's physio at two") lists its happenings as a line opened by the day alone does;
a listed happening that ends with the speaker's condition on going ("then the school play at
two if I can get off") is still that day's. "This day week" and "the morra" date a happening.
A day taken back after a comma ("Wednesday this week, not Tuesday") is no happening of its own.
Real spaCy on text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import typed
from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction

# A Tuesday evening: tomorrow is Wednesday the 9th, Friday the 11th, Monday the 14th.
TUESDAY = dt.datetime(2031, 4, 8, 17, 20)
D = dt.date

pytestmark = pytest.mark.real


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    return extractor.extract(typed(text), TUESDAY)


def days(extractor: SpacyExtractor, text: str) -> dict[str, dt.date]:
    return {e.title.lower(): e.date for e in extract(extractor, text).events}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Monday's busy, the walk round the estate at half eight, Gran's physio at two.",
            {"walk": D(2031, 4, 14), "physio": D(2031, 4, 14)},
        ),
        (
            "Friday's going to be mad, the plumber at eight, then the vet at four.",
            {"plumber": D(2031, 4, 11), "vet": D(2031, 4, 11)},
        ),
        (
            "Friday, the dentist at ten, then the school play at two if I can get off.",
            {"dentist": D(2031, 4, 11), "school play": D(2031, 4, 11)},
        ),
    ],
)
def test_a_days_line_lists_its_happenings(
    extractor: SpacyExtractor, text: str, want: dict[str, dt.date]
) -> None:
    got = days(extractor, text)
    for key, day in want.items():
        assert any(key in title and d == day for title, d in got.items()), got


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        ("Our Niamh's got her driving test this day week.", "driving test", D(2031, 4, 15)),
        ("Wee Callum's got his grading the morra.", "grading", D(2031, 4, 9)),
    ],
)
def test_this_day_week_and_the_morra_date_a_happening(
    extractor: SpacyExtractor, text: str, key: str, day: dt.date
) -> None:
    got = days(extractor, text)
    assert any(key in title and d == day for title, d in got.items()), got


def test_a_day_taken_back_is_no_happening(extractor: SpacyExtractor) -> None:
    got = days(extractor, "The recycling's coming Wednesday this week, not Tuesday.")
    assert list(got.values()) == [D(2031, 4, 9)], got
