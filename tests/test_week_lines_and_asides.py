"""A week said ahead day by day, and happenings whose sentence goes on to an aside.

A day's line cut by a colon lists its happenings as a comma does ("Thursday: Nan's op"), also
when the day is cut off as a clause of its own ("Tomorrow: Gran home at ten, the van comes");
the bare tasks said in sentences after a day's line are that day's until the next day or a
turn ("Oh, and ..."). A happening dated before an aside with its own subject and tense ("...
is Monday at nine, she's been our GP since I was small") is still to come; "there's mass at
half seven tonight" names its happening; "this morning" said at eight is still to come. Real
spaCy on text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Transcript

# A Sunday evening: Monday is the 14th, Thursday the 17th, Friday the 18th.
SUNDAY = dt.datetime(2031, 4, 13, 20, 0)
D = dt.date

pytestmark = pytest.mark.real


def extract(extractor: SpacyExtractor, text: str, at: dt.datetime = SUNDAY) -> Extraction:
    return extractor.extract(Transcript((Segment(0, 0.0, 3.0, text),), "en", 1.0, 3.0, "t"), at)


def test_a_days_line_cut_by_a_colon_lists_its_happenings(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Right, week ahead. Monday: vet at ten with Bramble. Thursday: Nan's operation. "
        "Friday: Tamsin's sports day.",
    )
    got = {(e.date, e.title) for e in ex.events}
    assert (D(2031, 4, 17), "Nan's operation") in got
    assert (D(2031, 4, 18), "tamsin's sports day") in got
    assert any(e.date == D(2031, 4, 14) and e.time == "10:00" for e in ex.events)


def test_a_day_cut_off_as_its_own_clause_lists_what_follows(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Shopping's done. Tomorrow: Gran home at ten, the roofer starts, the skip arrives. "
        "Dermot can start without me.",
    )
    got = {(e.date, e.title) for e in ex.events}
    assert (D(2031, 4, 14), "Gran home") in got
    assert (D(2031, 4, 14), "the skip arrives") in got


def test_bare_tasks_after_a_days_line_are_due_that_day(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Week ahead. Monday: bank at ten with Farrukh. Ring the printers. Pay Moira. "
        "Thursday: Nan's operation. I'll take her in for seven. "
        "Oh, and remind myself to ring Bernard.",
    )
    due = {f.text: f.due for f in ex.followups}
    assert due["Ring the printers."] == D(2031, 4, 14)
    assert due["Pay Moira."] == D(2031, 4, 14)
    assert due["I'll take her in for seven."] == D(2031, 4, 17)
    assert due["Oh, and remind myself to ring Bernard."] is None  # a turn ends the line


def test_a_full_stop_still_ends_a_line_outside_a_week_said_ahead(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Monday: ring the bank. Remind myself to buy stamps.")
    due = {f.text: f.due for f in ex.followups}
    assert due.get("Remind myself to buy stamps.") is None


def test_an_aside_after_the_day_does_not_make_the_happening_past(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Mum's GP appointment is Monday at nine with Doctor Pellow, she's been at the surgery "
        "since I was at school.",
    )
    assert [(e.date, e.time) for e in ex.events] == [(D(2031, 4, 14), "09:00")]


def test_a_report_before_the_day_is_still_past(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "The carol concert was Monday, the kids loved it.")
    assert ex.events == ()


def test_there_is_names_the_happening_tonight(extractor: SpacyExtractor) -> None:
    morning = dt.datetime(2031, 4, 14, 8, 30)
    ex = extract(
        extractor, "There's mass at St Kieran's at half seven tonight, ashes and all.", morning
    )
    assert [(e.date, e.time, e.title) for e in ex.events] == [(D(2031, 4, 14), "19:30", "mass")]


def test_this_morning_said_early_is_still_to_come(extractor: SpacyExtractor) -> None:
    early = dt.datetime(2031, 4, 14, 8, 0)
    ex = extract(
        extractor, "Niamh's parade in the square is this morning, Clare made her a hat.", early
    )
    assert [e.date for e in ex.events] == [D(2031, 4, 14)]
    late = dt.datetime(2031, 4, 14, 13, 0)
    assert extract(extractor, "Niamh's parade in the square is this morning.", late).events == ()


def test_a_bare_day_of_the_month_keeps_a_task_off_the_lines_day(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Week ahead. Monday: vet at ten with Bramble. I owe Petra a Saturday for that, remind "
        "myself to offer her the twenty-fifth. Tuesday: ring the garage.",
    )
    due = {f.text: f.due for f in ex.followups}
    assert due.get("remind myself to offer her the twenty-fifth.") is None
