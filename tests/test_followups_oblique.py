"""The speaker's own tasks said obliquely or regionally, and things that only look like them.

Found: a promise to be somewhere ("so I said I'd be there at half six", "need to be up there by
eleven"), a deed said as under way on a day ("I'm writing the letter this weekend", "Thursday
I'm picking up the twins"), a note with "Don't forget." said after it, "I must not forget X",
"I said we'd", "I put my name down" for a dated rota, the Scots "Mind and phone", "Gonna have
to", "Better give X a bell", the step after "which means I'll have to", a second task for a
named body after ", and ask", a task told in full ("text Greta I'm coming with them after
all"), "Me and the kids'll go and get him", "I've still not done the rota, so that's tonight's
job", a need said after a short remark in a run-on ("so that's good need to pick up ..."),
"revise" as a command; a trailing "remind myself" tags the task before it, not the sentence
after; "So that's me, I promised I'd ..." after a request is one task with it, and so is "Ask
Sheila, or a taxi." after "I need to sort a lift". Not found: a question put to the speaker and
put off ("Tam asked can I run the tombola. I said I'd think about it."), a task given away in
Scots ("..., no me"), "Text fae Moira" (a text from her), a promise taken back in the next
breath ("but I'm not promising anything"), "i said id think about it" before someone else's
request, a request not yet said yes to, ", maybe not", a name put down with no day, "that's
Monday's job done" (a day's, not someone else's), a sign-off ("going to break my fast", "gonna
have my tea"). Whom: a name in the reason said after the promise ("cause Isla's kit's in her
bag") or in "before Nadia gets in" is not whom it is for, nor the "he" of someone's own doing
after it ("Lukas says he will test me"); "before then" after "meeting with Mr Okafor on Friday"
is his. Real spaCy on text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import typed
from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction

# A Tuesday morning: Thursday is the 11th, Saturday the 13th.
TUESDAY = dt.datetime(2031, 9, 9, 8, 0)
D = dt.date

pytestmark = pytest.mark.real


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    return extractor.extract(typed(text), TUESDAY)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The quiz is at the Legion on Saturday, so I said I'd be there at half six.", "be there"),
        ("Pat's off sick, so I said I'll be there for ten with the kids.", "be there"),
        ("Mum's scan is at half eleven so i need to be up there by eleven", "up there"),
        ("I'm writing the letter to the housing this weekend, every detail.", "writing the letter"),
        ("Thursday I'm picking up the twins from the club.", "picking up the twins"),
        ("Wheelie bin out tonight. Do not forget again.", "Wheelie bin out tonight"),
        ("And I must not forget Grandad's inhaler and his stick.", "Grandad's inhaler"),
        ("Harriet wants the minutes by Friday, that's Colin's job, but I said I'd type them up"
         " tonight.", "type them up"),
        ("Malcolm and me are on the bid, so I said we'd have it finished by the end of the month.",
         "have it finished"),
        ("They're after stewards for the gala on Saturday and I put my name down.",
         "put my name down"),
        ("Gonna have to chase the letting agent again.", "chase the letting agent"),
        ("Mind and phone Ewan about the van.", "phone Ewan"),
        ("Better give Morag a bell about the flowers.", "give Morag a bell"),
        ("Need to text Greta I'm coming with them after all.", "coming with them"),
        ("Ross lands at four. Me and the kids'll go and get him.", "go and get him"),
        ("ok so gran is home the carers came at 6 a lassie called jo and she was lovely gran"
         " liked her so that's good need to pick up gran's tablets from the chemist tomorrow"
         " before 12 they shut at 12", "pick up gran's tablets"),
        ("I've still not done the rota, so that's tonight's job.", "tonight's job"),
        ("The driving test is on Friday. And revise the road signs before the test.",
         "revise the road signs"),
    ],
)  # fmt: skip
def test_an_oblique_task_is_found(extractor: SpacyExtractor, text: str, words: str) -> None:
    found = extract(extractor, text).followups
    assert [f.text for f in found if words.lower() in f.text.lower()], found
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("I'll ask Kirsty for a raffle prize, and ask asda for a hamper.", "Kirsty", "asda"),
        ("I promised Gran I'd take her to the clinic myself, which means I'll have to swap my"
         " shift that day.", "clinic", "swap my shift"),
    ],
)  # fmt: skip
def test_two_tasks_in_one_sentence(
    extractor: SpacyExtractor, text: str, first: str, second: str
) -> None:
    found = [f.text for f in extract(extractor, text).followups]
    assert len(found) == 2, found
    assert first in found[0] and second in found[1], found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a request owned and taken on in the speaker's own words: one task
        ("He wants the leaflets at the printers by Monday. So that's me, I promised I'd get"
         " the leaflets to hollins print by Monday.", "I promised I'd get the leaflets"),
        # the ways of doing the task just said: part of it
        ("I have to collect him tomorrow, so I need to sort a lift. Ask Sheila, or a taxi.",
         "sort a lift. Ask Sheila, or a taxi."),
    ],
)  # fmt: skip
def test_one_task_said_in_two_sentences(extractor: SpacyExtractor, text: str, words: str) -> None:
    found = [f.text for f in extract(extractor, text).followups]
    assert [f for f in found if words in f] == [found[-1]], found
    assert len(found) == (2 if "collect" in text else 1), found


def test_a_deed_after_a_sign_off_is_found(extractor: SpacyExtractor) -> None:
    found = extract(extractor, "I'm going to eat, then ring Sam.").followups
    assert [f.person for f in found] == ["Sam"]


def test_two_ways_each_a_deed_stay_two(extractor: SpacyExtractor) -> None:
    found = extract(extractor, "Need to ring the vet. Ring Sam, or email him.").followups
    assert len(found) == 2


def test_a_trailing_remind_myself_tags_the_task_before(extractor: SpacyExtractor) -> None:
    found = extract(
        extractor,
        "Must ring the dentist and ask for an early slot, remind myself. Mrs Dunne said she'll"
        " keep an eye on the cat.",
    ).followups
    assert [f.text for f in found] == [
        "Must ring the dentist and ask for an early slot, remind myself."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tam asked can I run the tombola. I said I'd think about it. I'm no saying yes.",
        "Nessa asked would I be in the choir photo. I said I'd think about it. Probably not.",
        "And the form Mr Baird wants by the thirtieth, Ross can nag him about it, no me.",
        "Text fae Moira last night, the inspectors are coming in on Thursday.",
        "She wants help with a petition. I said I'd look at it but I'm not promising anything.",
        "Karen wants me to cover Saturday but I haven't said yes.",
        "Maybe I'll paint the fence if the weather holds, maybe not.",
        "I put my name down for the stall, so now I'm the contact, oh dear.",
        # the guards: what the new phrasings must not take for a task
        "Better late than never.",
        "Gonna be a long day.",
        "I'm meeting Sam on Friday.",
        "Cynthia asked what I'm doing on the first, I said nothing much.",
        "I'm picking the kids up every Monday at three.",
        "Had a lovely time at the fair. Don't forget.",
        "Me and Dad'll be away till Sunday.",
        "I've still not heard back from the council.",
        "The flyers are with the printers, that's Monday's job done.",
        "Right, going to break my fast, I'm starving.",
        "I'm gonna have my tea and get some kip.",
    ],
)
def test_not_the_speakers_task(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


def test_a_question_put_off_leaves_the_request_after_it(extractor: SpacyExtractor) -> None:
    found = extract(
        extractor,
        "he wants someone for the first aid course i said id think about it honestly and he"
        " wants the subs paid by the 14th",
    ).followups
    assert [f.due for f in found] == [D(2031, 9, 14)], found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Remind myself to put a wash on tonight cause Isla's kit's still in her bag.", None),
        ("Remind myself to check the fridge this morning before Nadia gets in.", None),
        ("Meeting with Mr Okafor on Friday. Must get the figures done before then.", "Okafor"),
        (
            "The man from the council, Mr Dunbar, comes at two. The test is tomorrow. And practise"
            " the road signs before the test, Lukas says he will test me on the bus.",
            None,
        ),
        # the guards: whom the deed names, and a "he" that says when
        ("I need to ring Sam before he leaves on Friday.", "Sam"),
        ("Ring Sam because he asked me to.", "Sam"),
    ],
)
def test_whom_the_task_is_for(extractor: SpacyExtractor, text: str, person: str | None) -> None:
    (found,) = extract(extractor, text).followups
    if person is None:
        assert found.person is None
    else:
        assert found.person is not None and person in found.person
