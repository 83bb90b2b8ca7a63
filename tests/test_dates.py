"""Everyday date words, read against a fixed today (Wednesday 25 November 2026)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.dates import find_day, parse_day, parse_range
from pipeline.errors import QueryError

TODAY = dt.date(2026, 11, 25)  # a Wednesday
D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2026-11-25", D(2026, 11, 25), D(2026, 11, 25)),
        ("2026/11/03", D(2026, 11, 3), D(2026, 11, 3)),
        ("2026-11-25T09:30:00", D(2026, 11, 25), D(2026, 11, 25)),
        ("2026-11", D(2026, 11, 1), D(2026, 11, 30)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("today", TODAY, TODAY),
        ("Yesterday", D(2026, 11, 24), D(2026, 11, 24)),
        ("the day before yesterday", D(2026, 11, 23), D(2026, 11, 23)),
        ("this week", D(2026, 11, 23), D(2026, 11, 29)),
        ("last week", D(2026, 11, 16), D(2026, 11, 22)),
        ("past week", D(2026, 11, 16), D(2026, 11, 22)),
        ("next week", D(2026, 11, 30), D(2026, 12, 6)),
        ("this month", D(2026, 11, 1), D(2026, 11, 30)),
        ("last month", D(2026, 10, 1), D(2026, 10, 31)),
        ("next month", D(2026, 12, 1), D(2026, 12, 31)),
        ("last year", D(2025, 1, 1), D(2025, 12, 31)),
        ("3 days ago", D(2026, 11, 22), D(2026, 11, 22)),
        ("three days ago", D(2026, 11, 22), D(2026, 11, 22)),
        ("a week ago", D(2026, 11, 18), D(2026, 11, 18)),
        ("a couple of days ago", D(2026, 11, 23), D(2026, 11, 23)),
        ("2 months ago", D(2026, 9, 25), D(2026, 9, 25)),
        ("monday", D(2026, 11, 23), D(2026, 11, 23)),
        ("on Monday", D(2026, 11, 23), D(2026, 11, 23)),
        ("wednesday", D(2026, 11, 18), D(2026, 11, 18)),  # the one before today
        ("last friday", D(2026, 11, 20), D(2026, 11, 20)),
        ("this friday", D(2026, 11, 27), D(2026, 11, 27)),
        ("next monday", D(2026, 11, 30), D(2026, 11, 30)),
        ("fri", D(2026, 11, 20), D(2026, 11, 20)),
        ("3 december", D(2025, 12, 3), D(2025, 12, 3)),  # latest one not after today
        ("December 3", D(2025, 12, 3), D(2025, 12, 3)),
        ("december 3rd, 2026", D(2026, 12, 3), D(2026, 12, 3)),
        ("the third of December", D(2025, 12, 3), D(2025, 12, 3)),
        ("the twenty-first of november", D(2026, 11, 21), D(2026, 11, 21)),
        ("thirty first of october", D(2026, 10, 31), D(2026, 10, 31)),
        ("1st nov", D(2026, 11, 1), D(2026, 11, 1)),
        ("the 3rd", D(2026, 11, 3), D(2026, 11, 3)),
        ("november", D(2026, 11, 1), D(2026, 11, 30)),
        ("december", D(2025, 12, 1), D(2025, 12, 31)),
        ("may 2026", D(2026, 5, 1), D(2026, 5, 31)),
        ("tomorrow", D(2026, 11, 26), D(2026, 11, 26)),
        ("in two weeks", D(2026, 12, 9), D(2026, 12, 9)),
        ("end of the month", D(2026, 11, 30), D(2026, 11, 30)),
        ("end of next week", D(2026, 12, 6), D(2026, 12, 6)),
        ("start of next month", D(2026, 12, 1), D(2026, 12, 1)),
        ("  Since  Last   Week. ", D(2026, 11, 16), D(2026, 11, 22)),
    ],
)
def test_parse_range(text: str, first: dt.date, last: dt.date) -> None:
    assert parse_range(text, TODAY) == (first, last)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("monday", D(2026, 11, 30)),  # the next one
        ("on Monday", D(2026, 11, 30)),
        ("by Friday", D(2026, 11, 27)),
        ("wednesday", D(2026, 12, 2)),  # not today: the next one
        ("next week", D(2026, 11, 30)),  # its Monday
        ("this week", D(2026, 11, 29)),  # started already: its end
        ("end of the month", D(2026, 11, 30)),
        ("in two weeks", D(2026, 12, 9)),
        ("3 december", D(2026, 12, 3)),
        ("the 3rd", D(2026, 12, 3)),
        ("december", D(2026, 12, 1)),
        ("tomorrow", D(2026, 11, 26)),
        ("today", TODAY),
        ("next monday", D(2026, 11, 30)),
    ],
)
def test_parse_day_in_a_future_context(text: str, day: dt.date) -> None:
    assert parse_day(text, TODAY, future=True) == day


def test_parse_day_in_a_past_context_is_the_first_day() -> None:
    assert parse_day("last week", TODAY) == D(2026, 11, 16)
    assert parse_day("2026-11", TODAY) == D(2026, 11, 1)
    assert parse_day("friday", TODAY) == D(2026, 11, 20)


@pytest.mark.parametrize(
    "text", ["blah", "", "   ", "2026-02-30", "32 december", "99999999 days ago", "next blah"]
)
def test_unknown_text_is_none_or_a_query_error_naming_it(text: str) -> None:
    assert parse_day(text, TODAY) is None
    with pytest.raises(QueryError, match="cannot read date") as e:
        parse_range(text, TODAY)
    if text.strip():
        assert text.strip() in str(e.value)
    assert "try 2026-11-25" in str(e.value)


@pytest.mark.parametrize(
    ("sentence", "day", "words"),
    [
        ("Email Kevin by Friday about the pilot.", D(2026, 11, 27), "by Friday"),
        ("Send the invoice by the end of the month", D(2026, 11, 30), "by the end of the month"),
        ("Call her on 3 December, she is back then", D(2026, 12, 3), "on 3 December"),
        ("see you next week", D(2026, 11, 30), "next week"),
        ("Follow up on the 3rd", D(2026, 12, 3), "on the 3rd"),
        ("Ship it on 2026-12-01 at noon", D(2026, 12, 1), "on 2026-12-01"),
        # the weekday after the coming one, and a week or a fortnight from today
        ("Book it for the Saturday after next", D(2026, 12, 5), "for the Saturday after next"),
        ("the Thursday after next suits", D(2026, 12, 3), "the Thursday after next"),
        ("Rent's due this day week", D(2026, 12, 2), "due this day week"),
        ("we're back today fortnight", D(2026, 12, 9), "today fortnight"),
        # fixed feasts and nights as people say them
        ("the parade's on Paddy's Day", D(2027, 3, 17), "on Paddy's Day"),
        ("tickets for Burns Night", D(2027, 1, 25), "for Burns Night"),
        ("sort the costumes by bonfire night", D(2027, 11, 5), "by bonfire night"),
        ("a card before St Andrew's Day", D(2026, 11, 30), "before St Andrew's Day"),
    ],
)
def test_find_day_in_a_sentence(sentence: str, day: dt.date, words: str) -> None:
    assert find_day(sentence, TODAY) == (day, words)


@pytest.mark.parametrize(
    "sentence",
    [
        "I need a second opinion",
        "I may call him",
        "we had a march through town",
        "the sun was out",
        "call 2026 people",
        "nothing here",
        "the vicar at St George's church",
        "she burns the toast every night",
    ],
)
def test_find_day_ignores_words_that_only_look_like_dates(sentence: str) -> None:
    assert find_day(sentence, TODAY) is None


@given(st.text(max_size=40), st.dates(), st.booleans())
def test_any_text_gives_a_day_none_or_query_error(text: str, today: dt.date, future: bool) -> None:
    day = parse_day(text, today, future=future)
    assert day is None or isinstance(day, dt.date)
    try:
        first, last = parse_range(text, today, future=future)
    except QueryError:
        assert day is None
    else:
        assert first <= last
    found = find_day(text, today, future=future)
    assert found is None or isinstance(found[0], dt.date)


def test_deadlines_said_as_a_span_a_weekend_or_a_possessive_weekday() -> None:
    friday = dt.date(2026, 10, 16)
    assert find_day("Must reply within twenty-eight days.", friday) == (
        dt.date(2026, 11, 13),
        "within twenty-eight days",
    )
    assert find_day("I'll ring him after the weekend.", friday)[0] == dt.date(2026, 10, 19)
    assert find_day("Book the taxi for Thursday's appointment.", friday)[0] == dt.date(2026, 10, 22)
    assert find_day("It cost twenty-eight pounds.", friday) is None


def test_a_day_said_as_an_owner_is_that_day() -> None:
    import datetime as dt

    from pipeline.dates import find_day

    today = dt.date(2026, 11, 18)
    assert find_day("she'll raise it at tomorrow's meeting", today)[0] == dt.date(2026, 11, 19)
    assert find_day("tonight's rehearsal is cancelled", today)[0] == today
    assert find_day("Friday's quiz", today)[0] == dt.date(2026, 11, 20)


def test_a_weekday_naming_what_meets_on_it_is_no_date() -> None:
    import datetime as dt

    from pipeline.dates import find_day

    today = dt.date(2026, 11, 18)
    assert find_day("she runs the Saturday school there", today) is None
    assert find_day("our Sunday league secretary rang", today) is None
    assert find_day("have them ready on the Saturday morning", today)[0] == dt.date(2026, 11, 21)
    assert find_day("see you on the Friday then", today)[0] == dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    "text", ["Sort the loft out this week.", "I'll ring Evadne sometime this week.", "this week"]
)
def test_this_week_said_on_a_sunday_is_the_week_ahead(text: str) -> None:
    sunday, tuesday = dt.date(2026, 11, 22), dt.date(2026, 11, 24)
    assert find_day(text, sunday)[0] == dt.date(2026, 11, 29)
    assert find_day(text, tuesday)[0] == dt.date(2026, 11, 29)
    # a past context still means the week that ends today
    assert parse_day("this week", sunday) == dt.date(2026, 11, 16)
    # "this weekend" said on the Sunday is still that day
    assert find_day("Clear the gutters this weekend.", sunday)[0] == sunday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Pottery class, six Tuesdays starting the twenty-fourth.", D(2026, 11, 24)),
        ("The new rota runs beginning the third of December.", D(2026, 12, 3)),
        ("Swimming lessons starting the 2nd, Saturdays at nine.", D(2026, 12, 2)),
    ],
)
def test_a_run_starting_on_a_day_is_that_day(text: str, day: dt.date) -> None:
    assert find_day(text, dt.date(2026, 11, 18))[0] == day


def test_starting_a_week_is_no_day() -> None:
    assert find_day("We're starting the second week of the course.", dt.date(2026, 11, 18)) is None
