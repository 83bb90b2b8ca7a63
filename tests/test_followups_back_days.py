"""Promises said the way the north, Scotland and Ireland say them, and the day they take from the
words just before when they name it again.

Found: "I've to ring the housing" (the north's, Scotland's and Ireland's "I have to"), "Don't
let me forget the meter reading tonight". Due: "the morra", "the morn", "the morrow" are
tomorrow ("in the morn", "good morn" are no day); "end of play Thursday", "close of business
Friday" are that day, not today. A promise with no day of its own that goes "there" or "to it",
"for it", "for that one" after a happening dated in its sentence or the one before takes that
happening's day ("the clinic's on the twenty-second. I'll drive her there myself"); not when
the date was said further back, nor a way of talking ("I'll get round to it"). Real spaCy on
text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import typed
from pipeline.dates import find_day
from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction

# A Tuesday evening: tomorrow is Wednesday the 9th, Thursday the 10th.
TUESDAY = dt.datetime(2031, 4, 8, 17, 20)
D = dt.date

pytestmark = pytest.mark.real


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    return extractor.extract(typed(text), TUESDAY)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I've to phone the garage the morra.", D(2031, 4, 9)),
        ("Must get the eggs the morn, first thing.", D(2031, 4, 9)),
        ("I'll have them back to you by the morrow.", D(2031, 4, 9)),
        ("Send the rota round end of play Thursday.", D(2031, 4, 10)),
        ("Quote to the landlord by close of business Friday.", D(2031, 4, 11)),
    ],
)
def test_regional_tomorrow_and_a_days_close(text: str, day: dt.date) -> None:
    found = find_day(text, TUESDAY.date())
    assert found is not None and found[0] == day


@pytest.mark.parametrize("text", ["See you in the morn.", "Good morn to you."])
def test_a_morning_is_no_day(text: str) -> None:
    assert find_day(text, TUESDAY.date()) is None


def test_end_of_play_alone_is_still_today() -> None:
    assert find_day("I'll have it done by end of play.", TUESDAY.date()) == (
        D(2031, 4, 8),
        "by end of play",
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Right, I've to ring the council about the streetlights.", "streetlights"),
        ("We've to get the caravan emptied before the season.", "caravan"),
        ("Don't let me forget the meter reading tonight.", "meter reading"),
    ],
)
def test_ive_to_and_dont_let_me_forget_are_promises(
    extractor: SpacyExtractor, text: str, key: str
) -> None:
    found = extract(extractor, text).followups
    assert [f.text for f in found if key in f.text], found


@pytest.mark.parametrize(
    ("text", "key", "due"),
    [
        (
            "Dad's eye clinic is on the twenty-second. I've booked the day off and I'll drive "
            "him there myself.",
            "drive him there",
            D(2031, 4, 22),
        ),
        (
            "Noreen asked would I go with her on Friday, I said aye, I'll meet her there.",
            "meet her there",
            D(2031, 4, 11),
        ),
        (
            "The quiz is on the seventeenth in the Legion. I've said I'll do the sandwiches "
            "for it.",
            "sandwiches",
            D(2031, 4, 17),
        ),
        (
            "Our Saoirse has her hearing on the twentieth, and I'll take her up to it.",
            "take her up to it",
            D(2031, 4, 20),
        ),
    ],
)
def test_there_or_it_takes_the_happening_just_dated(
    extractor: SpacyExtractor, text: str, key: str, due: dt.date
) -> None:
    found = [f for f in extract(extractor, text).followups if key in f.text]
    assert found and found[0].due == due, extract(extractor, text).followups


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the date said two sentences back
        (
            "The jumble sale is on the nineteenth. The kids were a nightmare today. Tea was "
            "late. I'll drive over there and see Marion.",
            "Marion",
        ),
        # a way of talking, not the happening
        ("The audit's on the thirtieth. I'll get round to it.", "round to it"),
    ],
)
def test_there_or_it_far_from_a_date_or_idiom_takes_none(
    extractor: SpacyExtractor, text: str, key: str
) -> None:
    found = [f for f in extract(extractor, text).followups if key in f.text]
    assert all(f.due is None for f in found), found


def test_there_of_a_description_takes_no_day(extractor: SpacyExtractor) -> None:
    text = (
        "Saturday, the fun day at the mosque. Mr Aziz, he's the caretaker of the hall there, "
        "asked me if I could fix the urn."
    )
    found = [f for f in extract(extractor, text).followups if "urn" in f.text]
    assert found and found[0].due is None, found


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the deadline is the errand's the call is for, not the call's
        (
            "I said I'd phone Mr Gill tomorrow to ask for a site visit before the end of the "
            "month.",
            D(2031, 4, 9),
        ),
        # a remark on the day, not a second deadline
        ("I'll post the forms to her Thursday, that's still before the twentieth.", D(2031, 4, 10)),
        # a deadline said with the task's own day is still the deadline
        ("Met Jo today, I need to get the accounts to her by Friday.", D(2031, 4, 11)),
    ],
)
def test_a_deadline_of_the_errand_or_a_remark_is_not_the_tasks(text: str, due: dt.date) -> None:
    from pipeline.due import due_day

    assert due_day(text, TUESDAY) == due


@pytest.mark.parametrize(
    "text",
    [
        "Not my job to get her up for school, she's sixteen.",
        "It's not on me to chase the subs this year.",
        "Text the choir about Sunday. Actually no, Morag's sending that out, not me.",
        "Ring the garage about the van. No, wait, Mr Price is doing it.",
        "Ideas for the money, maybe new books, maybe not, we'll talk.",
        "Actions for me: type up the notes by Sunday. Somebody should ring the water board "
        "about the leak, but not me, I've enough on.",
    ],
)
def test_not_mine_given_away_or_undecided_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    found = extract(extractor, text).followups
    assert not [f for f in found if "notes" not in f.text], found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("It's not my job to sort the rota, but I'll do it anyway.", "rota"),
        ("I'll ring Sam tomorrow, we'll talk.", "Sam"),
        ("Text the choir about Sunday. And Morag's sending the rota.", "choir"),
    ],
)
def test_taken_on_all_the_same_is_still_a_task(
    extractor: SpacyExtractor, text: str, key: str
) -> None:
    found = extract(extractor, text).followups
    assert [f for f in found if key in f.text], found


# A Tuesday morning, for the parts of the day still to come.
MORNING = dt.datetime(2031, 4, 8, 7, 20)


def extract_at(extractor: SpacyExtractor, text: str, at: dt.datetime) -> Extraction:
    return extractor.extract(typed(text), at)


@pytest.mark.parametrize(
    ("text", "key", "due"),
    [
        # news, then the task it makes, after a comma
        (
            "Quick one. Nan's tablets are ready, collect them from the chemist after work.",
            "collect them",
            D(2031, 4, 8),
        ),
        ("The bins are full, take them to the tip tomorrow.", "take them", D(2031, 4, 9)),
        (
            "Note to self, the kettle's packed in, get a new one Saturday.",
            "new one",
            D(2031, 4, 12),
        ),
        # a second command joined on to a task
        (
            "Action for me, email Tom the minutes this afternoon, and copy in Sheila.",
            "copy in Sheila",
            D(2031, 4, 8),
        ),
        # said with weight
        ("What I do need to do is send the form to Carol by Friday.", "form", D(2031, 4, 11)),
    ],
)
def test_commands_after_news_or_a_task_are_tasks(
    extractor: SpacyExtractor, text: str, key: str, due: dt.date
) -> None:
    found = [f for f in extract_at(extractor, text, MORNING).followups if key in f.text]
    assert found and found[0].due == due, extract_at(extractor, text, MORNING).followups


@pytest.mark.parametrize(
    "text",
    [
        "Beat the Stags seven two at darts, get in.",
        "The boiler's broken again, typical.",
        "Show her round one Saturday.",
    ],
)
def test_a_cheer_a_grumble_or_some_day_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    assert extract_at(extractor, text, MORNING).followups == ()


@pytest.mark.parametrize(
    ("text", "at", "due"),
    [
        ("Sign his planner after tea.", dt.datetime(2031, 4, 8, 17, 0), D(2031, 4, 8)),
        ("Sign his planner after tea.", dt.datetime(2031, 4, 8, 21, 0), D(2031, 4, 9)),
        ("Drop the forms in after work.", dt.datetime(2031, 4, 8, 18, 30), D(2031, 4, 9)),
        ("Ring the dentist after the school run.", MORNING, D(2031, 4, 8)),
    ],
)
def test_after_work_school_or_tea_is_today_until_it_is_over(
    text: str, at: dt.datetime, due: dt.date
) -> None:
    from pipeline.due import due_day

    assert due_day(text, at) == due


def test_a_dated_notices_command_is_not_split_off(extractor: SpacyExtractor) -> None:
    text = "Bake sale at the nursery on Friday the eleventh, everyone's welcome, bring a cake."
    found = extract_at(extractor, text, MORNING).followups
    assert not [f for f in found if f.text.startswith("bring")], found
