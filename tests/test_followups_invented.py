"""Sentences a careful person would not write down as the speaker's follow-ups: a promise
hedged inside its own words ("I'd maybe", "another time, maybe"), a doubt said with "I'll"
("I'll believe it when I see it"), someone else's request the speaker turns down in the same
breath ("but I told him no"), a request said to be nothing for the speaker ("so nothing for
me there"), a sign-off after "No actions.", and a sentence cut in two at "this year" as if
that were a task's day. Beside each, a promise that must stay one. Real spaCy on text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import typed
from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction

# A Monday evening: Tuesday is the 13th, Wednesday the 14th, Friday the 16th.
MONDAY = dt.datetime(2031, 5, 12, 18, 0)
D = dt.date

pytestmark = pytest.mark.real


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    return extractor.extract(typed(text), MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Oh, and I told Fenella I'd maybe paint the railings for her, if the weather holds.",
        "I'll maybe look into a stall at the fair, not sure.",
        "The first-aid refresher's on Wednesday too, I'll do it another time, maybe.",
        "Maybe I'll ring the paper about it, perhaps.",
        "The landlord says the boiler's getting fixed this month, I'll believe it when I see it.",
        "Ottilie asked me to run the tombola again but I told her no, not this year.",
        "Brannagh asked if I could cover the Saturday shift but I can't, it's my niece's wedding.",
        "Ewart wants the kit money, twenty pound, by Friday, but Dilys said she'll pay it, so"
        " nothing for me there.",
        "Lovely morning on the canal. Nothing to do about anything. No actions. Go to work.",
    ],
)
def test_not_a_follow_up(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        # the guards: promises with no hedge in them stay promises
        ("I told Fenella I'd paint the railings on Friday.", "paint railings", D(2031, 5, 16)),
        ("Brannagh asked me to cover the Saturday shift.", "cover", None),
        ("I need to ring Isolde back but I can't, the phone's dead.", "ring isolde", None),
        ("No actions from the meeting. Ring the vet tomorrow.", "ring vet", D(2031, 5, 13)),
        (
            "Nothing to do on that one. Email Cosima about the hall by Friday.",
            "email",
            D(2031, 5, 16),
        ),
        (
            "I'll do the quiz another week, I must book the van for Wednesday.",
            "book van",
            D(2031, 5, 14),
        ),
    ],
)
def test_still_a_follow_up(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date | None
) -> None:
    hits = [
        f
        for f in extract(extractor, text).followups
        if all(w in f.text.lower() for w in words.split())
    ]
    assert len(hits) == 1, [f.text for f in extract(extractor, text).followups]
    assert hits[0].due == due


def test_this_year_is_no_task_day(extractor: SpacyExtractor) -> None:
    """ "The theme this year is ..." says when the theme is, not when to do the task after it:
    the request is one follow-up, due on its own day."""
    ex = extract(
        extractor,
        "The theme this year is the seaside, so they want me to come and talk to the"
        " cubs on Wednesday about the lifeboats.",
    )
    assert [(f.due) for f in ex.followups] == [D(2031, 5, 14)], [f.text for f in ex.followups]


def test_week_list_appointment_is_no_task(extractor: SpacyExtractor) -> None:
    """A line of a week said ahead that names an appointment ("Thursday physio with Kemal",
    "Monday, engineer for the boiler, eight till twelve") asks nothing of the speaker; a
    line with a command ("and ring Kemal") or a thing to get to someone is still a task."""
    ex = extract(
        extractor,
        "Right, list for the week. Monday, engineer for the boiler, eight till twelve, and ring"
        " Kemal. Tuesday, the choir meeting. Thursday physio with Kemal, and Friday the gas"
        " readings to Mrs Ashby.",
    )
    texts = [f.text.lower() for f in ex.followups]
    assert not any("physio" in t or "engineer" in t for t in texts), texts
    assert any("ring kemal" in t for t in texts), texts
    assert any("gas readings to mrs ashby" in t for t in texts), texts
