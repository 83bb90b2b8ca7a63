"""Happenings said short, a day put right, a weekday counted in a month, someone else's day
told after a report, times said as people say them, and the day a promise means.

A line without a verb names its happening on its day ("The plasterer Tuesday morning",
"Nana's op today" said early, "Meeting with Dilys at three today", "Thursday the MOT"); a
verdict ("Gorgeous weather Sunday, we went up the hill"), a place ("At the allotment this
morning") or a deadline ("the forms, that's due") is none. A day taken back ("Wednesday
the 23rd, no, sorry, Tuesday, Tuesday the 22nd") is the day put right, also across the
clauses the correction is cut into. "The last Tuesday of the month" and "the first Friday in
June" are days; the next of a monthly happening is one when no other day is said. What was
reported before a piece with its own subject ("he's had the letter, his hearing's Friday at
ten") does not make the piece's happening a past one. "At nine ten", "at ten twenty-five",
"today 11.45" and "between eight and one" are times. A promise "for that" after a dated
sentence, "go in with him" or "bring a couple along" to the happening just dated, "today's
numbers on Monday", a day put right in the next clause ("tonight. No, tomorrow"), "by dinner
time" and "for that day" of a happening it names are due when the memo means. Real spaCy on
text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import find_day, find_time
from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Transcript

# A Wednesday morning, the 10th: Thursday is the 11th, Friday the 12th, Monday the 15th.
WEDNESDAY = dt.datetime(2031, 9, 10, 7, 30)
D = dt.date

pytestmark = pytest.mark.real


def extract(extractor: SpacyExtractor, text: str, at: dt.datetime = WEDNESDAY) -> Extraction:
    return extractor.extract(Transcript((Segment(0, 0.0, 3.0, text),), "en", 1.0, 3.0, "t"), at)


def days(ex: Extraction) -> set[tuple[dt.date, str]]:
    return {(e.date, e.title.lower()) for e in ex.events}


@pytest.mark.parametrize(
    ("text", "day", "title"),
    [
        ("Right, the plasterer Tuesday morning, so I've moved my shift.", D(2031, 9, 16),
         "plasterer"),
        ("Cosmo's grading thing Friday.", D(2031, 9, 12), "cosmo's grading thing"),
        ("The coffee drop-in Thursday.", D(2031, 9, 11), "coffee drop-in"),
        ("Nana's op today, she has to be on the ward for eleven.", D(2031, 9, 10), "nana's op"),
        ("Meeting with Dilys at three today, about the lease.", D(2031, 9, 10), "meeting"),
        ("Grandad's bloods on Friday, Ravi can take him.", D(2031, 9, 12), "grandad's bloods"),
        ("Thursday the MOT, then the tip.", D(2031, 9, 11), "mot"),
    ],
)  # fmt: skip
def test_a_happening_said_without_a_verb_is_on_its_day(
    extractor: SpacyExtractor, text: str, day: dt.date, title: str
) -> None:
    assert (day, title) in days(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Gorgeous weather Sunday, we went right up the hill.", WEDNESDAY),
        ("At the allotment this morning.", WEDNESDAY.replace(hour=11)),
        ("Choir tonight, um, lovely, my voice held up.", WEDNESDAY.replace(hour=21)),
        ("Leopold rang on Monday about the fence.", WEDNESDAY),
        ("Wednesday the quarterly figures, that's due, must send them.", WEDNESDAY),
    ],
)
def test_a_verdict_a_place_or_a_deadline_said_short_is_no_happening(
    extractor: SpacyExtractor, text: str, at: dt.datetime
) -> None:
    assert extract(extractor, text, at).events == ()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The inspection at work is Wednesday the twenty-fourth, no, sorry, Tuesday, Tuesday"
         " the twenty-third, three days, the whole site.", D(2031, 9, 23)),
        ("The plumber's coming tomorrow, no, Friday, he's got a job on.", D(2031, 9, 12)),
        ("Ines has her scan at the surgery friday no thursday next week the 18th at ten",
         D(2031, 9, 18)),
    ],
)  # fmt: skip
def test_a_day_put_right_is_the_happenings_day(
    extractor: SpacyExtractor, text: str, day: dt.date
) -> None:
    got = [e.date for e in extract(extractor, text).events]
    assert day in got
    assert len(got) == 1


@pytest.mark.parametrize(
    ("text", "day", "words"),
    [
        ("the drop-in is on the last Tuesday of the month", D(2031, 9, 30), "on the last Tuesday"
         " of the month"),
        ("for the last Friday in November", D(2031, 11, 28), "for the last Friday in November"),
        ("the first Monday of next month", D(2031, 10, 6), "the first Monday of next month"),
        ("the second Saturday in October", D(2031, 10, 11), "the second Saturday in October"),
        ("the first Friday of the month", D(2031, 10, 3), "the first Friday of the month"),
    ],
)  # fmt: skip
def test_a_weekday_counted_in_a_month_is_a_day(text: str, day: dt.date, words: str) -> None:
    assert find_day(text, WEDNESDAY.date()) == (day, words)


def test_the_next_of_a_monthly_happening_is_an_event(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Bernadette says the credit union does a drop-in at the library on the last Tuesday"
        " of the month, a Mr Okafor, he'll go through the forms. So that's the thirtieth.",
    )
    assert [(e.date, e.title) for e in ex.events] == [(D(2031, 9, 30), "drop-in")]
    said = extract(
        extractor,
        "The councillor holds a surgery on the first Saturday of the month, the next one's the"
        " eleventh of October.",
    )
    assert [e.date for e in said.events] == [D(2031, 10, 11)]
    due = extract(
        extractor, "I promised Wes I'd sort his leaving do for the last Friday in November."
    )
    assert [f.due for f in due.followups] == [D(2031, 11, 28)]


@pytest.mark.parametrize(
    ("text", "day", "title"),
    [
        ("Ossie, one of the drivers on C shift, he's had the letter, his disciplinary hearing's"
         " Friday at ten with the depot manager.", D(2031, 9, 12), "disciplinary hearing"),
        ("Then Lowri rang while we were in the car, the OT, she's coming to measure the stairs"
         " Monday at two.", D(2031, 9, 15), None),
        ("Suzanne phoned, Nana's getting home this afternoon, the ambulance is bringing her.",
         D(2031, 9, 10), None),
    ],
)  # fmt: skip
def test_a_happening_told_after_a_report_is_still_to_come(
    extractor: SpacyExtractor, text: str, day: dt.date, title: str | None
) -> None:
    got = days(extract(extractor, text))
    assert any(d == day and (title is None or t == title) for d, t in got)


def test_a_report_before_a_day_still_makes_it_past(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "We had the raffle draw, it was on Friday.").events == ()
    assert extract(extractor, "We can go back on Friday.").events == ()


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Pip has her eye test at nine ten with the optician.", "09:10"),
        ("the smear's at ten twenty-five on Friday", "10:25"),
        ("the mortgage appointment is today 11.45 at the branch", "11:45"),
        ("the fitter's coming today between eight and one", "08:00"),
        ("Sort it between two of them.", None),
        ("It's 12.50 a bag now.", None),
    ],
)
def test_a_time_said_with_its_minutes_in_words_or_after_the_day(text: str, time: str) -> None:
    assert find_time(text) == time


@pytest.mark.parametrize(
    ("text", "day", "title"),
    [
        ("Thursday: IELTS speaking exam, wish me luck.", D(2031, 9, 11), "ielts speaking exam"),
        ("Bartek has his eye test at nine ten with the optician, so I've swapped my break.",
         D(2031, 9, 10), "eye test"),
        ("But Hamish says the managers have to come in for the safety briefing at ten anyway.",
         D(2031, 9, 10), "safety briefing"),
        ("He has to do the exercises three times a day, and there's a follow-up at the clinic on"
         " Thursday the eighteenth.", D(2031, 9, 18), None),
        ("They're coming Thursday the eighteenth, so not tomorrow, the week after.",
         D(2031, 9, 18), None),
        ("Anyway she says he's got his review with the consultant on Thursday the eighteenth"
         " at two.", D(2031, 9, 18), "review"),
    ],
)  # fmt: skip
def test_a_happening_on_a_time_or_day_said_as_people_say_them(
    extractor: SpacyExtractor, text: str, day: dt.date, title: str | None
) -> None:
    got = days(extract(extractor, text))
    assert any(d == day and (title is None or t == title) for d, t in got)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The nurse is coming Friday at two. I need to be there for that, he won't let her in.",
         D(2031, 9, 12)),
        ("Kemi says the residents' drop-in is on Thursday. Kemi asked me to bring a couple of the"
         " neighbours along.", D(2031, 9, 11)),
        ("Ossie's hearing is Friday at ten. I said I'd go in with him as his rep.",
         D(2031, 9, 12)),
        ("I must pay the swimming fees online tonight. No, tomorrow, I'm on a late tonight.",
         D(2031, 9, 11)),
        ("I'll ring the bank Friday. No, Monday, they're shut Friday.", D(2031, 9, 15)),
        ("I said I'd email her today's numbers on Monday.", D(2031, 9, 15)),
        ("I need to email the school office by dinner time.", D(2031, 9, 10)),
        ("He's got his review with the consultant on Thursday the eighteenth. I need to ring"
         " transport tomorrow. And I promised I'd take him to the review myself, which means I'll"
         " need cover for that day.", D(2031, 9, 18)),
    ],
)  # fmt: skip
def test_a_promise_due_on_the_day_the_memo_means(
    extractor: SpacyExtractor, text: str, due: dt.date
) -> None:
    assert [f.due for f in extract(extractor, text).followups][-1] == due


def test_a_promise_with_no_day_meant_keeps_none(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I need to ring the bank Friday. No rush though, they're slow.")
    assert [f.due for f in ex.followups] == [D(2031, 9, 12)]
    thanks = extract(extractor, "Lovely to see Kit yesterday. I need to thank her for that.")
    assert [f.due for f in thanks.followups] == [None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Honestly, the electrician Tuesday and then the window fitters on Thursday, it never"
         " stops.", {D(2031, 9, 16), D(2031, 9, 11)}),
        ("Saturday's the christening, then Monday Grandad's got the chiropodist.",
         {D(2031, 9, 13), D(2031, 9, 15)}),
        ("Kath's having them on Monday and Tuesday and the Okafors have got Ruby Friday.",
         {D(2031, 9, 15), D(2031, 9, 12)}),
    ],
)  # fmt: skip
def test_two_happenings_told_one_after_the_other_keep_their_days(
    extractor: SpacyExtractor, text: str, want: set[dt.date]
) -> None:
    assert {e.date for e in extract(extractor, text).events} == want


def test_two_days_of_one_happening_are_not_two_happenings(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Kath's having them on Monday and Tuesday, bless her.")
    assert [e.date for e in ex.events] == [D(2031, 9, 15)]
    tasks = extract(extractor, "I'll ring him Monday and then email Sam on Friday.")
    assert tasks.events == ()


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("He can appeal within fourteen days. I said I'd help him write it before the 14 days are"
         " up.", D(2031, 9, 24)),
        ("Right, in a minute I've got to go round and show Mum the new boiler before she panics.",
         D(2031, 9, 10)),
    ],
)  # fmt: skip
def test_a_promise_due_at_the_end_of_a_stretch_or_now(
    extractor: SpacyExtractor, text: str, due: dt.date
) -> None:
    assert [f.due for f in extract(extractor, text).followups][-1] == due


def test_that_weekday_is_the_day_just_dated(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Kwame's away since yesterday, so that's me on my own till the twenty-first, his train"
        " gets back into York that Sunday afternoon.",
    )
    assert D(2031, 9, 21) in [e.date for e in ex.events]
    assert D(2031, 9, 14) not in [e.date for e in ex.events]
