"""Promises put in ways the first rules missed: a note addressed to oneself however it is
worded, a day said as a label ("Today: ..."), a thing wanted done on a day, a reminder of a
thing ("don't forget the slip"), a command reported as given ("she said send her ..."), a
promise put on a new day a sentence later, two tasks where one is a habit, and "before the
deadline". Real spaCy on text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import typed
from pipeline.dates import find_day
from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, FollowUp

# A Wednesday evening: Thursday is the 19th, Friday the 20th, Saturday the 21st.
WEDNESDAY = dt.datetime(2026, 11, 18, 18, 0)
D = dt.date

pytestmark = pytest.mark.real


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    return extractor.extract(typed(text), WEDNESDAY)


def one(ex: Extraction, words: str) -> FollowUp:
    hits = [f for f in ex.followups if all(w in f.text.lower() for w in words.lower().split())]
    assert len(hits) == 1, [f.text for f in ex.followups]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "Note for me: ring the dentist tomorrow about the crown.",
            "ring dentist",
            D(2026, 11, 19),
        ),
        ("Note for later, er, sit down with Elowen at the weekend.", "sit down", D(2026, 11, 21)),
        ("Reminder for myself: email the school by Friday.", "email school", D(2026, 11, 20)),
        ("Memo to self, chase the plumber tomorrow.", "chase plumber", D(2026, 11, 19)),
        ("Posted the cheque, done. Tomorrow: book the hall.", "book hall", D(2026, 11, 19)),
        ("Ignatius wants the invoice sent tomorrow.", "invoice sent", D(2026, 11, 19)),
        ("Don't forget the permission slip on Friday.", "permission slip", D(2026, 11, 20)),
        ("Swimming on Friday, goggles and towel, mustn't forget.", "goggles", D(2026, 11, 20)),
        ("I must email Odile the photos by end of day.", "email odile", D(2026, 11, 18)),
        ("Send the figures over before close of play.", "figures", D(2026, 11, 18)),
    ],
)
def test_promises_put_other_ways(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


@pytest.mark.parametrize(
    "text",
    [
        "Note for later, the door code is 4512.",
        "Don't forget, Ignatius's away next week.",
        "At the end of the day, it's her decision.",
        "Mrs Quayle came round, she said call her Tilda.",
        "Osric says register as a sole trader first.",
    ],
)
def test_not_promises(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


def test_a_command_reported_as_given_concerns_who_gave_it(extractor: SpacyExtractor) -> None:
    f = one(extract(extractor, "Tamsin said send her a draft by Friday."), "draft")
    assert (f.person, f.due) == ("Tamsin", D(2026, 11, 20))


def test_a_promise_put_on_a_new_day(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "I said I'd do the newsletter by today. Still not done. Do it tomorrow."
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 19)]


def test_a_habit_and_a_dated_task_are_two(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "He wants me to check her reading every night and email him by Friday.")
    assert one(ex, "every night").due is None
    assert one(ex, "email him").due == D(2026, 11, 20)


def test_a_deadline_closed_off_by_a_comma_stays_with_its_task(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I need to pay Ferdy the deposit by the 30th, and tell the florist no.")
    assert one(ex, "deposit").due == D(2026, 11, 30)
    assert one(ex, "florist").due is None


def test_before_the_deadline_is_the_day_something_closes(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Entries close on the 27th. I said I'd fill in the form before the deadline."
    )
    assert one(ex, "form").due == D(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the Mothering Sunday service", D(2027, 3, 7)),
        ("the Good Friday walk", D(2027, 3, 26)),
        ("by Easter Monday", D(2027, 3, 29)),
        ("a good Friday for it", D(2026, 11, 20)),  # an adjective: the next Friday
        ("I owe her a Saturday for that", None),
        ("every Friday I ring her", None),
    ],
)
def test_named_and_unparticular_days(text: str, day: dt.date | None) -> None:
    found = find_day(text, WEDNESDAY.date())
    assert (found[0] if found else None) == day


def test_a_day_already_past_is_no_deadline(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Must remember to pay Hollis this time, I never paid him last week.")
    assert one(ex, "pay hollis").due is None


def test_his_thing_acted_on_concerns_him_and_before_we_leave_is_today(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "The chef, a man called Crispin Pyle, does outside catering. "
        "Remind myself to get his number before we leave.",
    )
    f = one(ex, "his number")
    assert (f.person, f.due) == ("Crispin Pyle", D(2026, 11, 18))


def test_a_weekday_before_a_happening_dated_in_the_memo(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The street fair is on Saturday the 28th of November. "
        "I said I'd collect the gazebo the Friday before the fair.",
    )
    assert one(ex, "gazebo").due == D(2026, 11, 27)
    assert [e.date for e in ex.events] == [D(2026, 11, 28)]  # no happening on a Friday


# Pass 12 (fu12): kinds of speech found by probing follow-ups.


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        # a day put first, cut off from the command by a comma or a new subject
        (
            "Thursday after six, ring Wilhelmina about the allotment.",
            "ring wilhelmina",
            D(2026, 11, 19),
        ),
        (
            "Note to self, by Friday, send the invoice to Hargreaves Joinery.",
            "send invoice",
            D(2026, 11, 20),
        ),
        (
            "Remind myself Friday, er, ring the council about the tree.",
            "ring council",
            D(2026, 11, 20),
        ),
        (
            "Before the quiz on Saturday I need to print the answer sheets.",
            "answer sheets",
            D(2026, 11, 21),
        ),
        (
            "So the plan for Saturday, I'll take Finnian to football at nine.",
            "finnian",
            D(2026, 11, 21),
        ),
        ("Lovely day on Sunday, I must send Beatrix the photos.", "photos", None),  # a report
        # a day said on its own just after the promise
        ("Right. Ring Wojciech. Tomorrow.", "ring wojciech", D(2026, 11, 19)),
        ("Need to speak to Hollis about the permits. Tomorrow ideally.", "hollis", D(2026, 11, 19)),
        (
            "The head asked me to do the rota for parents evening. Needs doing by Friday.",
            "rota",
            D(2026, 11, 20),
        ),
        # the day of the happening before "and then"
        (
            "So I've got the dentist at two on Friday and then, um, I must drop the keys at "
            "Sunil's on the way back.",
            "drop keys",
            D(2026, 11, 20),
        ),
        # a yes to a dated want in the same sentence
        (
            "Marek needs a lift to the airport on Friday, I said I'd take him.",
            "take him",
            D(2026, 11, 20),
        ),
        # "one weekend" is some weekend, not this one; "buy one tomorrow" is tomorrow
        ("Paz wants to see London, so I said I'd show her around one weekend.", "show her", None),
        ("The kettle's broken, I said I'd buy one tomorrow.", "buy one", D(2026, 11, 19)),
    ],
)
def test_where_the_day_of_a_promise_is_said(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date | None
) -> None:
    assert one(extract(extractor, text), words).due == due


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        # said first in the memo: the promise says it is one ("Meet Sam at the do" may be a report)
        (
            "Er, I need to speak to, um, Orla's teacher, Mr Dunleavy, about the homework.",
            "speak",
            "Dunleavy",
        ),
        ("I must drop the spare keys at Sunil's on the way back.", "keys", "Sunil"),
        # whose happening "before then" beats
        ("Ifeoma's leaving do is on Friday. I must get a card before then.", "card", "Ifeoma"),
        (
            "Talked to Florian. He wants to move in on Saturday. "
            "I need to get keys cut before then.",
            "keys",
            "Florian",
        ),
        # the pronoun's sex, said a sentence later
        (
            "Mrs Oduya wants to see me about Kofi. She said come in on Friday at three.",
            "come in",
            "Oduya",
        ),
    ],
)
def test_whom_a_promise_is_for(
    extractor: SpacyExtractor, text: str, words: str, person: str
) -> None:
    assert one(extract(extractor, text), words).person == person


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She's, er, Nkechi, she's asked me to be on the interview panel on Friday.", "panel"),
        (
            "Agnieszka from the nursery called. They want me to come in for a chat on Monday.",
            "chat",
        ),
        ("Promised the kids we'd go to the cinema at half term.", "cinema"),
        ("Er, I need to talk to Gideon about the minibus.", "minibus"),
    ],
)
def test_promises_put_these_ways_are_found(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    one(extract(extractor, text), words)


def test_a_request_met_already_or_put_off_is_no_promise(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Joss asked me to sign his sponsor form. Done that already.")
    assert not ex.followups
    ex = extract(
        extractor,
        "Pritam asked whether I could mentor a new starter. "
        "Told him I'd need to check with my manager, Yolanda, first.",
    )
    assert not [f for f in ex.followups if "mentor" in f.text]


def test_a_request_to_be_there_and_its_answer_are_one_promise(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Lorcan's coming to the flat on Friday at two, and he asked me to be there, so I said "
        "I'd meet him there on Friday at quarter to two.",
    )
    assert len(ex.followups) == 1, ex.followups


def test_that_after_a_want_is_what_was_wanted_not_the_promise_before(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Remind myself to get something veggie. And Callum wants to borrow the strimmer, so "
        "dig that out.",
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]


@pytest.mark.parametrize(
    "text",
    [
        "She asked whether I'd rung the council.",
        "Anwen asked if I'd taken the dog out.",
        "Piotr asked whether I'd driven the new route. I hadn't.",
        "I told Marisol I'd already sent it.",
        "Cosimo asked me on Monday if I'd emailed the school.",
    ],
)
def test_i_had_done_is_no_promise(extractor: SpacyExtractor, text: str) -> None:
    """ "I'd rung" is I had rung: asked about or told, what was done is no task."""
    assert extract(extractor, text).followups == (), text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She asked whether I'd ring the council for her.", "ring council"),
        ("Anwen asked if I'd take the dog out tonight.", "dog"),
        ("I told Marisol I'd just send it on Friday.", "send"),
    ],
)
def test_i_would_do_is_a_promise(extractor: SpacyExtractor, text: str, words: str) -> None:
    one(extract(extractor, text), words)


@pytest.mark.parametrize(
    "text",
    [
        "I said I'd call Ysolde and I did, she's fine.",
        "Told Benedikt I'd send it, sent it this morning.",
        "I promised Mum I'd ring the surgery, which I did at lunch.",
        "Um, I told Kit I'd pick up the parcel, picked it up on the way home.",
        "Promised Lowri I'd email the photos, and I have, so that's done.",
        "I said I'd ring Juno. I did, she wasn't in.",
    ],
)
def test_a_promise_kept_already_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == (), text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I said I'd call Ysolde and I didn't, so I must do it tomorrow.", "ysolde"),
        ("I must book the hall for Nerys, booked the caterer already.", "book hall"),
        ("Told Benedikt I'd send it, and I have to go to the post office first.", "send"),
    ],
)
def test_a_promise_not_yet_kept_stays(extractor: SpacyExtractor, text: str, words: str) -> None:
    assert [f for f in extract(extractor, text).followups if words.split()[0] in f.text.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Mum keeps saying I should get the boiler looked at.",
        "My sister is always telling me I should get a cleaner.",
        "Rosalind says I should apply for the deputy head job.",
        "The GP told me I ought to cut down on salt.",
        "Dad keeps telling me I need to slow down.",
        "I should've booked the restaurant earlier, they're full now.",
    ],
)
def test_advice_nagging_and_regret_are_no_promise(extractor: SpacyExtractor, text: str) -> None:
    """Someone's view of what the speaker should do, not taken on; a deed too late."""
    assert extract(extractor, text).followups == (), text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Mum keeps saying I should get the boiler looked at, and she's right, I'll ring a "
            "plumber this week.",
            "plumber",
        ),
        ("Marta said I should email her the details.", "email"),
        ("Idris says I should ring him tonight.", "ring"),
        ("Kev told me I need to fill in the expenses form.", "expenses"),
    ],
)
def test_advice_taken_on_or_a_request_stays(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    assert len(extract(extractor, text).followups) == 1
    one(extract(extractor, text), words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'll have a word with Declan about the parking.", "word declan"),
        ("I really ought to write to Auntie Pam, it's been ages.", "write"),
        ("I keep meaning to ring Aunt Sal.", "ring"),
        ("Lenny and I are going to paint the fence on Saturday.", "paint"),
        (
            "I said I'd sort the tickets, which I did, and I also said I'd pay Sol back, "
            "which I haven't.",
            "pay sol",
        ),
    ],
)
def test_promises_said_with_a_word_between(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    assert len(extract(extractor, text).followups) == 1, text
    one(extract(extractor, text), words)


@pytest.mark.parametrize(
    "text",
    ["Maybe I'll try the new cafe some time.", "I'll have a think about the committee."],
)
def test_maybe_some_time_is_no_promise(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == (), text


def test_told_someone_i_would_think_about_it_is_no_task(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "Told Brenda I'd think about the committee thing.").followups == ()
    one(extract(extractor, "Told Brenda I'd think about it and ring her by Friday."), "brenda")


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        ("I said I'd phone Tegwen and I will, tonight.", "phone tegwen", D(2026, 11, 18)),
        ("Told Cerys I'd post the keys, and I will do, tomorrow.", "post keys", D(2026, 11, 19)),
    ],
)
def test_i_will_and_a_day_dates_the_promise_before(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due == due


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Didn't get round to ringing Iolo about the van.", "iolo"),
        ("Still haven't paid the chimney sweep.", "chimney sweep"),
        ("Um, I forgot to email Seren the agenda.", "seren agenda"),
        ("I never got back to Mali about the flat.", "mali"),
    ],
)
def test_a_task_left_undone_is_a_follow_up(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    one(ex, words)


@pytest.mark.parametrize(
    "text",
    [
        "I still haven't heard back from Dilys.",
        "Forgot to say, Hywel is moving to Crewe.",
        "The landlord still haven't fixed the boiler.",
        "I never got round to it, but Sion did.",
    ],
)
def test_news_awaited_or_an_aside_is_no_undone_task(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == (), text


def test_an_undone_task_then_its_promise_is_one(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I still haven't renewed the parking permit. Must renew it tomorrow.")
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, "renew").due == D(2026, 11, 19)


def test_a_list_heading_then_its_first_line_is_a_task(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Jobs: mend the trellis, ring the council.")
    assert len(ex.followups) == 2, [f.text for f in ex.followups]
    one(ex, "mend trellis")
    assert len(extract(extractor, "To do, um, scrub the patio.").followups) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ring the skip firm, and Gwenllian wants her trolley back by Friday.",
        "Email Huwcyn, and Nesta wants the forms by Friday.",
    ],
)
def test_a_task_then_someones_dated_want_are_two(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 2, [f.text for f in ex.followups]
    assert {f.due for f in ex.followups} == {None, D(2026, 11, 20)}


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        ("First job Friday, ring the chimney sweep.", "chimney sweep", D(2026, 11, 20)),
        ("First thing Friday morning, phone the garage about the van.", "garage", D(2026, 11, 20)),
    ],
)
def test_first_thing_and_a_day_date_the_command(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due == due


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        # a duty put as a deed under way
        (
            "I'm supposed to be collecting the kids from Benedikta's on Saturday.",
            "kids",
            D(2026, 11, 21),
        ),
        ("I'm meant to be sending Torvald the minutes by Friday.", "minutes", D(2026, 11, 20)),
        # the "I" dropped before "said I'd"
        ("Said I'd have a look at Gunnhild's laptop.", "laptop", None),
        # a promise made a while back, and the day it is kept
        (
            "I'd promised Ysolde a trip to the coast, so we're going Saturday.",
            "ysolde",
            D(2026, 11, 21),
        ),
        ("I'd said I'd help Casimir with the fence, so that's Sunday.", "casimir", D(2026, 11, 22)),
        # what it is about, and its day, said as fragments after it
        (
            "I need to ring Perpetua. About the netball kit. On Thursday.",
            "netball",
            D(2026, 11, 19),
        ),
        ("I need to email Ottokar. About the invoice. By Friday.", "invoice", D(2026, 11, 20)),
        # a deed not done "yet", then "and I will" with its day
        ("I haven't rung the surveyor yet, and I will, after lunch.", "surveyor", D(2026, 11, 19)),
    ],
)
def test_duties_and_promises_said_the_long_way(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date | None
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due == due


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I need to text, no, ring Araminta about the cake on Friday.", "ring araminta"),
        ("I've got to email, sorry, phone the landlord tomorrow.", "landlord"),
        ("I'll ring, er, no, I'll go round and see Horatio on Sunday.", "horatio"),
    ],
)
def test_a_verb_taken_back_is_not_a_promise_of_its_own(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due is not None


@pytest.mark.parametrize(
    "text",
    [
        "If Thaddeus rings back, I'll tell him the van's booked.",
        "If Marisol gets in touch, I'll pass on the details.",
        "If it's dry on Saturday, I'll cut the hedge.",
    ],
)
def test_a_promise_only_if_someone_else_acts_first_is_none(
    extractor: SpacyExtractor, text: str
) -> None:
    assert extract(extractor, text).followups == ()


def test_a_condition_that_something_is_not_done_stays_a_promise(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "If the parcel doesn't come by Friday, I'll ring the shop.")
    assert len(ex.followups) == 1, [f.text for f in ex.followups]


def test_news_not_yet_heard_is_no_task(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "I haven't heard back from the council yet.").followups == ()


def test_a_should_shrugged_off_is_no_promise(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "Honestly I should really get fit, but, you know.").followups == ()
    assert len(extract(extractor, "I need to pay the parking fine, but hey.").followups) == 1
