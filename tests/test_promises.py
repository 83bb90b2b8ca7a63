"""Promises and dated happenings as people say them and as Whisper writes them: run-on
sentences without full stops, numbers as digits, "gotta"/"gonna", requests made of the speaker,
dates said the British way, and someone else's dated plan kept as an event rather than a
follow-up. Whom a promise concerns is tested in `test_whom.py`. Real spaCy on text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import typed
from pipeline.dates import find_day
from pipeline.extract import SpacyExtractor
from pipeline.records import AudioInfo, Extraction, FollowUp, Memo, Segment, Transcript
from pipeline.store import Store

# A Wednesday evening: Thursday is the 19th, Sunday the 22nd, Monday the 23rd.
WEDNESDAY = dt.datetime(2026, 11, 18, 18, 0)
D = dt.date


def extract(extractor: SpacyExtractor, text: str, at: dt.datetime = WEDNESDAY) -> Extraction:
    """One segment per sentence ending in a full stop; a run-on stays one segment."""
    return extractor.extract(typed(text), at)


def one(ex: Extraction, words: str) -> FollowUp:
    """The one follow-up holding all of `words`."""
    hits = [f for f in ex.followups if all(w in f.text.lower() for w in words.lower().split())]
    assert len(hits) == 1, [f.text for f in ex.followups]
    return hits[0]


pytestmark = pytest.mark.real


def test_a_run_on_sentence_as_whisper_writes_it(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "ok so school run done and Oona Treharne caught me at the gate she asked me to come in"
        " for a chat on thursday at 3.15 so I've gotta swap my shift for that and um they've"
        " got a fun run on friday the 4th",
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]
    chat = one(ex, "come in for a chat")
    assert (chat.person, chat.due) == ("Oona Treharne", D(2026, 11, 19))
    assert one(ex, "swap my shift").due == D(2026, 11, 19)  # "for that": the chat's day
    assert [(e.title, e.date) for e in ex.events if "fun run" in e.title] == [
        ("fun run", D(2026, 12, 4))
    ]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        ("Gethin asked me to cover his shift a week on Friday.", "cover his shift",
         D(2026, 11, 27)),
        ("I need to renew the permit, it has to be done by the 2nd.", "renew the permit",
         D(2026, 12, 2)),
        ("Must book the vet at 9 when they open.", "book the vet", D(2026, 11, 19)),
        ("I've gotta ring the garage at half five.", "ring the garage", D(2026, 11, 19)),
        ("I'm gonna email the landlord tonight.", "email the landlord", D(2026, 11, 18)),
        ("I'll find the old statement tomorrow, er, no, Sunday, I'm busy tomorrow.",
         "old statement", D(2026, 11, 22)),
        ("And I need to give Bram back his drill, it's been here since Christmas.",
         "give bram back his drill", None),
        ("We've gotta sign the lease and send it back by the end of the month.",
         "sign the lease", D(2026, 11, 30)),
        ("I want to ask Mr Okonkwo-Hart about the roof before the 25th.", "ask", D(2026, 11, 25)),
        ("Told Rhodri I'd look at his car at the weekend.", "look at his car", D(2026, 11, 21)),
    ],
)  # fmt: skip
def test_promises_and_their_dates_said_every_way(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date | None
) -> None:
    assert one(extract(extractor, text), words).due == due


@pytest.mark.parametrize(
    "text",
    [
        "I'll miss Fenella's leaving do, gutted.",
        "I'm not promising anyone anything this weekend, I'm going to sleep.",
        "I might ring the surveyor, not sure. Someone should tell the caretaker.",
        "Delphine's going to drop the keys round on Monday.",
        "Went to the meeting and they said we've got to wait for the council.",
        "Anyway I'm gonna go, the baby's crying.",
    ],
)
def test_not_promises(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


def test_someone_elses_dated_plan_is_an_event(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Delphine's going to drop the keys round on Monday.")
    assert [e.date for e in ex.events] == [D(2026, 11, 23)]
    visit = extract(
        extractor,
        "Rang Osian at the garage, he's the one who did the service, and he can come Thursday"
        " morning.",
    )
    assert ([e.date for e in visit.events], visit.followups) == ([D(2026, 11, 19)], ())


def test_a_deadline_is_no_event(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I'll sort the raffle prizes out by next Wednesday.")
    assert [f.due for f in ex.followups] == [D(2026, 11, 25)] and ex.events == ()


def test_a_follow_up_keeps_the_happening_it_names(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The school trip to the planetarium is on the 11th of December, she needs the form and"
        " eight pounds by next Friday.",
    )
    assert one(ex, "needs the form").due in (D(2026, 11, 27), D(2026, 12, 4))
    assert D(2026, 12, 11) in [e.date for e in ex.events]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        ("Ottilie's operation is on the 3rd of December. I need to get cover that morning.",
         "get cover", D(2026, 12, 3)),
        ("The craft fair is on Sunday the 29th. I said I'd have the cakes ready on the Saturday.",
         "cakes ready", D(2026, 11, 28)),
        ("Her appointment's moved, it's now the twenty-second. I need to book a taxi for then.",
         "book a taxi", D(2026, 11, 22)),
        ("Our new lodger Ines arrives on Friday. I need to clear the spare room before she"
         " arrives.", "spare room", D(2026, 11, 20)),
    ],
)  # fmt: skip
def test_a_day_said_earlier_in_the_memo(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        ("I said I'd think about it, I'll mull it over this weekend and let her know.",
         "mull it over", D(2026, 11, 21)),
        ("Ffion wants the invoice by the 28th so I gotta get that done before the weekend.",
         "invoice", D(2026, 11, 21)),
        ("The parking permit needs renewing in March, must remember to do that.",
         "parking permit", D(2027, 3, 1)),
    ],
)  # fmt: skip
def test_one_promise_said_in_two_clauses_is_one_follow_up(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    got = one(ex, words).due
    assert got is not None and (got == due or (due.day == 1 and got.month == due.month))


def test_a_weekly_list_said_aloud(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Sunday night list for the week. First thing Monday, ring the vet about the cat. Tuesday,"
        " Idris is away. Wednesday, committee meeting.",
        dt.datetime(2026, 11, 22, 21, 0),
    )
    assert [(f.text, f.due) for f in ex.followups] == [
        ("First thing Monday, ring the vet about the cat.", D(2026, 11, 23))
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("cover her long day a week on Friday", D(2026, 11, 27)),
        ("starting a fortnight today", D(2026, 12, 2)),
        ("see you a week tomorrow", D(2026, 11, 26)),
        ("it's now the twenty-second at ten", D(2026, 11, 22)),
        ("Monday, first day back", D(2026, 11, 23)),
        ("moving us to Tuesday deliveries", None),
        ("chase it by Weds", D(2026, 11, 25)),
        ("the end of Jan", D(2027, 1, 31)),
        ("sometime mid December", D(2026, 12, 15)),
        ("the week after next", D(2026, 11, 30)),
        ("we sat on the sofa", None),
        ("it's the second time", None),
    ],
)
def test_dates_said_the_british_way(text: str, day: dt.date | None) -> None:
    found = find_day(text, WEDNESDAY.date())
    assert (found[0] if found else None) == day


def test_two_tasks_with_two_days_are_two_follow_ups(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I'm going to mull it over this weekend and tell Piers on Monday.")
    assert [(f.due, f.person) for f in ex.followups] == [
        (D(2026, 11, 21), None),
        (D(2026, 11, 23), "Piers"),
    ]
    one_task = extract(extractor, "I need to ring the garage and get it booked in by Friday.")
    assert [f.due for f in one_task.followups] == [D(2026, 11, 20)]


def test_a_request_in_the_middle_of_a_run_on(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "the deadline for the fund is the 30th so I need to get the application in before the"
        " 30th and um Ffion Price wants a copy of our accounts by Friday",
    )
    assert one(ex, "application").due == D(2026, 11, 30)
    accounts = one(ex, "copy of our accounts")
    assert (accounts.person, accounts.due) == ("Ffion Price", D(2026, 11, 20))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "I'll sort out the rota for the weekend and er Tadeo Vilanculo wants the van back"
            " by Friday",
            "Tadeo Vilanculo",
        ),
        ("so um Efe Ogbemudia asked for the minutes by Friday", "Efe Ogbemudia"),
    ],
)
def test_a_request_after_a_filler_is_the_named_ones(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    """A filler before a name hides no sentence start, and the request is cut before the
    name, not inside it (the tagger may read its first word as a common noun)."""
    ex = extract(extractor, text)
    asked = [f for f in ex.followups if f.person == person]
    assert len(asked) == 1 and person in asked[0].text, ex.followups
    assert asked[0].due == D(2026, 11, 20)


def test_by_then_is_a_time_not_a_join(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "I said I'd bring the minutes and print the raffle tickets by then also Mrs Hennessy"
        " wants volunteers for the disco",
    )
    assert any("tickets by then" in f.text for f in ex.followups), ex.followups


def test_a_promise_run_into_the_sentence_before(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Drove over to collect the boxes from the school office the manager had six boxes ready"
        " for us must send Mrs Quayle a thank you card next week",
    )
    card = one(ex, "thank you card")
    assert card.text.lower().startswith("must send") and card.due == D(2026, 11, 23)


def test_a_to_do_list_run_together(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "to do list for next week monday, chase the grant tuesday, collect the leaflets from the"
        " printers wednesday, ring the plumber about the boiler",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 23), D(2026, 11, 24), D(2026, 11, 25)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the surgery moved her check-up from the twentieth to the twenty-fourth",
         D(2026, 11, 24)),
        ("they've pushed the hearing back from Monday to Thursday", D(2026, 11, 19)),
        ("they've brought the meeting forward from the 27th to the 24th", D(2026, 11, 24)),
        ("I put the bins out from Monday to Friday", D(2026, 11, 23)),
        ("the lido's open from the twentieth to the twenty-fourth", D(2026, 11, 20)),
        ("their scout camp at half term, twenty-first to twenty-third", D(2026, 11, 21)),
        ("the grant deadline's the twenty-eighth", D(2026, 11, 28)),
        ("she was the first to arrive", None),
        ("it's the second to last one", None),
    ],
)  # fmt: skip
def test_moved_dates_ranges_and_a_deadline_said_as_a_day(text: str, day: dt.date | None) -> None:
    found = find_day(text, WEDNESDAY.date())
    assert (found[0] if found else None) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ottoline's going to do Friday's school run so I can work late.", D(2026, 11, 20)),
        ("Piotr's closing the old account on Monday, which is fine.", D(2026, 11, 23)),
        ("Gran's settled, Teodora's doing evenings at six from tomorrow.", D(2026, 11, 19)),
        ("Oh and Ines's parents' evening is Tuesday, so Lorenzo's doing that one.",
         D(2026, 11, 24)),
        ("Tuesday, Grandad's got his blood test at the health centre.", D(2026, 11, 24)),
        ("They run a scout camp at half term, twenty-first to twenty-third, Sami might like it.",
         D(2026, 11, 21)),
        ("The community grant, the deadline's the twenty-eighth, I'll draft the bid this"
         " weekend.", D(2026, 11, 28)),
        ("Ciaran asked me to sort the tombola before the holidays, and the holidays start on the"
         " twenty-sixth.", D(2026, 11, 26)),
    ],
)  # fmt: skip
def test_other_peoples_plans_and_dated_happenings_are_events(
    extractor: SpacyExtractor, text: str, day: dt.date
) -> None:
    assert day in [e.date for e in extract(extractor, text).events]


def test_how_someone_is_or_what_they_think_is_no_event(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "Kasimir's thinking about going on Friday.").events == ()
    assert extract(extractor, "Mum's doing fine, Dad's doing better since Monday.").events == ()


def test_a_moved_appointment_dates_what_must_happen_before_then(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "The dentist rang to move Nell's check-up from the twentieth to the twenty-fourth, so I"
        " have to swap my shift with Rupert before then.",
    )
    assert one(ex, "swap my shift").due in (D(2026, 11, 23), D(2026, 11, 24))
    assert D(2026, 11, 24) in [e.date for e in ex.events]
    assert D(2026, 11, 20) not in [e.date for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Right, that's plenty, I'm going to bed.",
        "I might try and start a lending library, but we'll see.",
        "Bonfire night tomorrow, thank goodness.",
        "We're going to the coast on Saturday, can't wait.",
    ],
)
def test_sign_offs_hedges_and_exclamations_are_not_promises(
    extractor: SpacyExtractor, text: str
) -> None:
    assert extract(extractor, text).followups == ()


def test_saying_yes_to_a_request_is_the_same_follow_up(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Mrs Ysolde wants the permission slips by the twenty-sixth. I said I'd do that, I do"
        " them every term anyway.",
    )
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert (ex.followups[0].person, ex.followups[0].due) == ("Ysolde", D(2026, 11, 26))


def test_a_promise_whose_object_came_first_in_a_list(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Right, the week. Thursday the grant report, that's due, must send it. Friday, Cosmo's"
        " away.",
    )
    assert [(f.due, "grant report" in f.text) for f in ex.followups] == [(D(2026, 11, 19), True)]


def test_a_promise_after_nothing_to_do(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The plumber's coming on the twentieth, that's booked, nothing for me to do there, except"
        " I must tell the tenants by Friday so nobody's in the shower when he turns up.",
    )
    tell = one(ex, "tell the tenants")
    assert (tell.due, tell.person) == (D(2026, 11, 20), None)
    assert D(2026, 11, 20) in [e.date for e in ex.events]


def test_lower_case_run_on_with_digits_and_no_apostrophes(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "ok so drop off done Mabel's swimming gala is on the 29th and its 4 pounds on the school"
        " app which i need to pay by friday otherwise she cant swim also the school sent a note"
        " saying the concert is on the 2nd of december so ill need to find a white shirt",
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]
    assert "4 pounds" in one(ex, "pay by friday").text
    assert one(ex, "pay by friday").due == D(2026, 11, 20)
    assert one(ex, "white shirt").due in (D(2026, 12, 1), D(2026, 12, 2))
    assert {D(2026, 11, 29), D(2026, 12, 2)} <= {e.date for e in ex.events}


def test_a_request_reported_again(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "And Mrs Dubois asked for the consent forms again, so, um, tomorrow night, no excuses.",
    )
    forms = one(ex, "consent forms")
    assert (forms.person, forms.due) == ("Dubois", D(2026, 11, 19))


def test_an_intention_and_the_step_it_needs_are_one_follow_up(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Someone has to let the glazier in so I'll take the morning off, need to tell work by"
        " Monday.",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 23)], [f.text for f in ex.followups]
    for text in (
        "Ring the vet, need to pick up the prescription by Friday.",
        "I'll book the hall, need to ring Ailsa by Friday.",
    ):
        two = extract(extractor, text)
        assert len(two.followups) == 2, [f.text for f in two.followups]


def test_going_somewhere_to_do_something_is_a_task(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I'm going to the council meeting on Thursday to ask about the bins.")
    assert [f.due for f in ex.followups] == [D(2026, 11, 19)]
    rain = extract(extractor, "It's going to rain on Friday, so the fun run might be off.")
    assert [e.title for e in rain.events] == ["fun run"]


# A Sunday evening: Monday is the 23rd, Tuesday the 24th, Wednesday the 25th.
SUNDAY = dt.datetime(2026, 11, 22, 20, 0)


def test_a_heading_said_alone_makes_the_next_line_the_promise(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "We need a bigger hall for the spring. Action for me. A message to the parks office"
        " about the Sunday pitch before Friday.",
    )
    assert [("parks office" in f.text, f.due) for f in ex.followups] == [(True, D(2026, 11, 20))]
    news = extract(extractor, "Action points. The hall's booked for the 3rd.")
    assert news.followups == ()  # a heading for a list of news


def test_a_weekly_list_run_together_as_whisper_writes_it(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Right, the week, action for me, Monday, ring the dentist about the filling, Tuesday,"
        " Bram's got his hearing test at ten, um, Wednesday the grant report, that's due, must"
        " send it, Thursday, late finish.",
        SUNDAY,
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 23), D(2026, 11, 25)], [
        f.text for f in ex.followups
    ]
    assert "grant report" in ex.followups[1].text


def test_no_more_is_no_self_correction(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "And I need to ring Mrs Aldous on Tuesday to say thanks, she's been brilliant, half term"
        " tomorrow, no more lists tonight.",
        SUNDAY,
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 24)]


def test_run_on_forms_of_requests_and_acceptances(extractor: SpacyExtractor) -> None:
    again = extract(
        extractor,
        "And Mr. Quennell asked for the seating plan, again so um, tomorrow night, no excuses.",
    )
    assert [(f.person, f.due) for f in again.followups] == [("Quennell", D(2026, 11, 19))]
    said = extract(
        extractor,
        "Mrs Ysolde wants the permission slips by the 26th. I said I'd do that I sort them every"
        " term anyway.",
    )
    assert len(said.followups) == 1, [f.text for f in said.followups]
    off = extract(
        extractor,
        "someone has to be in for the glazier, and so I'll take the morning off need to tell work"
        " by Monday.",
    )
    assert [f.due for f in off.followups] == [D(2026, 11, 23)], [f.text for f in off.followups]


def test_a_weekday_heading_said_on_that_day_is_today(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Sunday night, looking back at the week, Gran's settled, Teodora's doing evenings at six"
        " from tomorrow.",
        SUNDAY,
    )
    assert [e.date for e in ex.events] == [D(2026, 11, 23)]


def test_an_offer_to_help_is_no_request_of_the_next_line(extractor: SpacyExtractor) -> None:
    offer = extract(
        extractor,
        "Her dad Kwabena wants to help with the minibus, but he's away that weekend. Remind"
        " myself to print the consent forms.",
    )
    assert one(offer, "consent forms").person is None
    asked = extract(
        extractor,
        "Mr Farrow wants us to talk to the year sixes about recycling. I need to put together a"
        " short talk for the school.",
    )
    assert one(asked, "short talk").person == "Farrow"


def test_requests_from_a_role_and_new_subjects_after_also(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "quick one the boiler man is coming on the 24th between 8 and 12 so ill need to be home"
        " and the landlord asked for the gas certificate again so tonight definitely",
        dt.datetime(2026, 11, 18, 8, 0),
    )
    assert [f.due for f in ex.followups if "gas certificate" in f.text] == [D(2026, 11, 18)]
    coach = extract(
        extractor,
        "ok so football tonight went fine, coach wants the subs in by sunday, i said id chase the"
        " parents, also the minibus is booked for the 6th",
    )
    assert one(coach, "subs").due == D(2026, 11, 22)
    assert one(coach, "chase the parents").due is None
    assert [e.date for e in coach.events] == [D(2026, 12, 6)]
    club = extract(
        extractor,
        "she wants the trip money by friday also the after school club is closed on the 27th so"
        " ill have to leave work early that day otherwise nobody can pick them up",
    )
    assert one(club, "trip money").due == D(2026, 11, 20)
    assert one(club, "leave work early").due == D(2026, 11, 27)  # "that day": the 27th


def test_idioms_and_what_recurs(extractor: SpacyExtractor) -> None:
    assert (
        extract(extractor, "New boiler, fitted, call it two thousand four hundred.").followups == ()
    )
    assert extract(extractor, "Right, let's call it a day.").followups == ()
    fixture = extract(
        extractor,
        "He says every volunteer needs a badge before the first fixture, which is Sunday the"
        " twenty-second, away at Frampton.",
    )
    assert [e.date for e in fixture.events] == [D(2026, 11, 22)]
    assert extract(extractor, "The quiz is every Friday at the Crown, from the 20th.").events == ()


def test_a_deadline_said_with_on_is_not_someone_elses_happening(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "I need to ring Lorenzo, he needs the signed copy on the 25th.")
    assert ex.events == ()
    holidays = extract(
        extractor,
        "Funke asked me to sort the tombola before the holidays, and the holidays start on the"
        " 26th.",
    )
    assert [(e.title, e.date) for e in holidays.events] == [("the holidays start", D(2026, 11, 26))]


def test_someone_elses_cant_after_a_comma_is_its_own_clause(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Zofia says the panel meets on the ninth of December. I must get the figures to her before"
        " the panel, and she can't do Tuesday.",
    )
    assert one(ex, "figures").due == D(2026, 12, 9)


def test_the_speakers_answer_to_a_request_is_one_follow_up(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Then I rang Mabel Quist, she wants a deposit of eighty by the twenty-sixth, no, sorry,"
        " by the twenty-seventh, so I've got to get the deposit to Mabel by the twenty-seventh."
        " Father Anselm asked me to find a quiz team, so I said I'd ask Dora Pym by Monday."
        " She did ask me to send her the rota, that I can do, I'll post it Friday.",
    )
    assert len(ex.followups) == 3, [f.text for f in ex.followups]
    assert one(ex, "get the deposit").due == D(2026, 11, 27)
    team = one(ex, "ask dora")
    assert (team.due, team.person) == (D(2026, 11, 23), "Dora Pym")
    assert one(ex, "send her the rota").due == D(2026, 11, 20)


def test_someone_elses_action_and_an_invitation_are_no_follow_ups(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Action for me: email Vesna Kroll the photos by Friday. Action for Toby, not me: find"
        " his tenancy letter. Met a man called Arlo, he plays bowls on Tuesdays, says I should"
        " come along.",
    )
    assert [f.text for f in ex.followups] == [
        "Action for me: email Vesna Kroll the photos by Friday."
    ]


def test_first_thing_in_may_and_a_date_talked_about(extractor: SpacyExtractor) -> None:
    morning = dt.datetime(2026, 11, 16, 8, 20)  # a Monday morning
    ex = extract(
        extractor,
        "Email Vesna Kroll the photos, first thing. So, chase the hearing test in May."
        " I need to let Toby know about the 30th today.",
        at=morning,
    )
    assert one(ex, "email vesna").due == D(2026, 11, 16)
    assert one(ex, "hearing test").due == D(2027, 5, 1)
    assert one(ex, "let toby know").due == D(2026, 11, 16)
    evening = extract(extractor, "Ring Vesna Kroll about the photos, first thing.")
    assert one(evening, "ring vesna").due == D(2026, 11, 19)


def test_numbered_lines_so_commands_and_requests_of_everyone(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Ideas for the street party. One, the hall at the church. Two, a cake from the bakery."
        " Three, get Lidia Sorn to do the bunting, she's got a ladder."
        " Noor's got her recorder concert on Friday so practise with her tonight."
        " the residents meeting is friday the 20th at 7pm and wendel wants everyone to read"
        " the minutes before the meeting",
    )
    assert one(ex, "get lidia").person == "Lidia Sorn"
    assert one(ex, "practise with her").due == D(2026, 11, 18)
    assert "recorder concert" in {e.title for e in ex.events}
    assert one(ex, "read the minutes").due == D(2026, 11, 20)
    ideas = extract(
        extractor,
        "Ideas for the fair. One, a raffle. Two, ask the bakery for a cake. That's it, nothing"
        " to do yet, just thoughts.",
    )
    assert ideas.followups == ()


def test_someone_elses_plans_a_trip_a_birthday_and_on_the_night(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The carol concert is Saturday the 21st at seven. Wilma's going to drive me on the"
        " night, bless her. Year Two are off to the aquarium on Friday. Bertram Oyelaran is"
        " eighty-one on Thursday. Ines says she'll pick me up at six on Monday. Mrs Tandy asked"
        " if Pip can go to theirs on Sunday afternoon. Mr Lusk had a note out: the school fair"
        " is Sunday the 29th. I need to let Toby know about the 30th today.",
    )
    days = {e.text.split()[0]: e.date for e in ex.events}
    assert days["Wilma's"] == D(2026, 11, 21)
    assert days["Year"] == D(2026, 11, 20)
    assert days["Bertram"] == D(2026, 11, 19)
    assert days["Ines"] == D(2026, 11, 23)
    assert days["Mrs"] == D(2026, 11, 22)
    assert days["Mr"] == D(2026, 11, 29)
    assert "I" not in days  # the 30th is what the task is about, no happening
    assert len(ex.followups) == 1


def test_a_weekday_list_its_lines_and_going_along(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Wednesday list, before work. My notes to Vesna Kroll for the group, today, they're"
        " overdue. The councillor holds a drop-in at the library on Saturday morning. I'm going"
        " to go along and take the letters.",
    )
    assert one(ex, "my notes").due == D(2026, 11, 18)
    assert one(ex, "go along").due == D(2026, 11, 21)
    assert all("list" not in e.text for e in ex.events)  # today's heading, no happening


def test_a_task_said_again_is_one_follow_up(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "If I've heard nothing by Friday, I'm to chase Orla Brisk. So, chase Orla Brisk on"
        " Friday. I need to ring the bank on Friday. Ring the bank about the loan on Friday.",
    )
    assert len(ex.followups) == 3, [f.text for f in ex.followups]
    assert one(ex, "chase orla").due == D(2026, 11, 20)


def test_a_verbless_line_sending_something_by_a_day(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Sunday night, the week ahead. Forms to the school by Friday. Back to Leeds by Friday.",
    )
    assert [(f.text, f.due) for f in ex.followups] == [
        ("Forms to the school by Friday.", D(2026, 11, 20))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ottilie asked if I'd run the tombola, I said I'd think about it, no promises.",
        "I'll try and fix Bram's gate on Saturday, but I can't promise anything.",
        "Yeah, we should have the Marchbanks round for dinner at some point.",
        "Ferdinand said we should start a walking group.",
        "There's a quiz at the Feathers on Friday, I'll go if I'm not working late.",
        "I'll pop round to Quilla's tomorrow if I get a chance.",
        "The clinic's referring me on, should hear in a couple of weeks.",
        "I should know by Friday whether the job's mine.",
    ],
)
def test_hedged_conditional_and_awaited_are_no_promises(
    extractor: SpacyExtractor, text: str
) -> None:
    assert extract(extractor, text).followups == ()


def test_a_promise_said_how_not_whether_stays(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I need to email the club office by Friday if I can do it.")
    assert one(ex, "email the club office").due == D(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "Isidore wants help with the jumble sale on the twenty-eighth. I said yes, I'll do the"
            " cake stall.",
            "cake stall",
            D(2026, 11, 28),
        ),
        (
            "Marisol needs a hand with the move on Saturday. Sure, I'll bring the van.",
            "bring the van",
            D(2026, 11, 21),
        ),
        (
            "Benedikt asked me to collect the trophies from the engraver. I'll do that Friday.",
            "collect the trophies",
            D(2026, 11, 20),
        ),
        (
            "The pitch needs mowing before the match on Sunday, and Hollis asked me to pick up"
            " the spare key from Tamsin. I'll do that Friday.",
            "spare key",
            D(2026, 11, 20),
        ),
    ],
)
def test_yes_to_a_request_takes_its_day_and_its_answer_is_one_follow_up(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due == due


@pytest.mark.parametrize(
    ("text", "words", "due", "person"),
    [
        (
            "Wilhelmina came by and she asked if I'd fix the gate at the allotments before the"
            " open day, which is Saturday the twenty-eighth. I said yes, I'll go over Monday"
            " morning.",
            "go over monday",
            D(2026, 11, 23),
            "Wilhelmina",
        ),
        (
            "Crispin Larkworthy wants the receipts for the audit, which is Friday the"
            " fourth. I promised him I'd have the receipts scanned by the twenty-fifth.",
            "receipts scanned",
            D(2026, 11, 25),
            "Crispin",
        ),
    ],
)
def test_a_request_taken_on_in_the_next_sentence_is_one_follow_up(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date, person: str
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due == due
    assert person in (one(ex, words).person or "")


def test_a_second_thing_promised_after_a_request_stays_its_own(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Ottilie wants the audit done by Wednesday. I said I'd go through the care plans tonight.",
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "Philippa's the caretaker there. I'll email Philippa, no, I'll ring her, emails just"
            " vanish. Need to ring Philippa this afternoon on my break.",
            "ring philippa this afternoon",
            D(2026, 11, 18),
        ),
        (
            "Also remind myself to ring Marigold this afternoon, I never sent that invoice, no, I"
            " did, I sent it Saturday, so ring her to check she got it.",
            "ring marigold",
            D(2026, 11, 18),
        ),
    ],
)
def test_one_call_to_one_person_said_twice_is_one_follow_up(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due == due


def test_calls_to_one_person_on_two_days_stay_two(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "I need to ring Lysander tomorrow about the van. And ring Lysander on Friday about the"
        " invoice.",
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]


def test_a_need_to_be_there_with_its_step_is_one_follow_up(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "And the surveyor's visit is Tuesday the twenty-fourth at ten at Gran's. I need to be"
        " there, so I must swap my Tuesday shift with Rosamund before then.",
    )
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, "swap my tuesday shift").due == D(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "Ludovic got the landlord to agree to a walkround of the flats, it's Friday the"
            " fourth of December at ten. Ludovic wants the list of repairs all typed up before"
            " the walkround.",
            "typed up before the walkround",
            D(2026, 12, 4),
        ),
        (
            "Marcelline's going on holiday from the thirtieth for two weeks, so Piers is in charge"
            " while she's away. Marcelline wants the Christmas rota sorted and up on the wall"
            " before she goes.",
            "christmas rota",
            D(2026, 11, 30),
        ),
    ],
)
def test_a_wish_due_before_a_happening_dated_earlier_is_a_follow_up(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


def test_a_request_for_help_alone_is_a_dated_happening(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Perpetua wants help with the harvest supper on the twenty-eighth.")
    assert ex.followups == ()
    assert D(2026, 11, 28) in [e.date for e in ex.events]


def test_an_i_said_id_after_a_request_keeps_its_own_date(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "She wants the rota by Friday. I said I'd ring the surgery to get the form moved over.",
    )
    assert one(ex, "ring the surgery").due is None


def test_the_step_after_a_yes_is_its_own_task(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Leocadia asked me to cover her shift a week on Friday and I said yes, so I need to tell"
        " the office and get it on the rota.",
    )
    assert one(ex, "tell the office").due is None


def test_run_on_turns_told_anyway_and_a_subject_of_two(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "long meeting at the hall tonight they want every coach's badge renewed by the"
        " end of the month so wilf and i need to do our renewal forms i told wilf i'd drop the"
        " forms round his on friday before practice anyway the under 9 tournament is sunday 29"
        " november at the rec",
    )
    assert one(ex, "renewal forms").due == D(2026, 11, 30)
    assert one(ex, "drop the forms").due == D(2026, 11, 20)
    assert ("tournament", D(2026, 11, 29)) in [(e.title, e.date) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "the choir wants everyone's music learnt by the 28th so Oriel and I need to practise"
            " twice a week",
            D(2026, 11, 28),
        ),
        (
            "the club said they want the kit returned before Saturday so Dafydd and I need to wash"
            " it all",
            D(2026, 11, 21),
        ),
    ],
)
def test_a_wanted_thing_said_with_a_participle_dates_the_promise_after_it(
    extractor: SpacyExtractor, text: str, day: dt.date
) -> None:
    ex = extract(extractor, text)
    assert [f.due for f in ex.followups if "need to" in f.text] in ([day], [day - dt.timedelta(1)])


def test_anyway_turns_to_a_new_happening(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "she said the open day is thursday 3 december and ellis wants to go but his dad thinks"
        " it's too far anyway the big thing is the appeal the hearing is on the 9th",
    )
    assert D(2026, 12, 9) in [e.date for e in ex.events]


@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        ("Friday's the audition at the Corn Exchange, six o'clock.", "audition", D(2026, 11, 20)),
        ("Monday is the hearing with the panel.", "hearing", D(2026, 11, 23)),
        ("So, tomorrow's the scan at ten.", "scan", D(2026, 11, 19)),
    ],
)
def test_a_week_line_that_names_the_days_happening(
    extractor: SpacyExtractor, text: str, title: str, day: dt.date
) -> None:
    ex = extract(extractor, text)
    assert (title, day) in [(e.title, e.date) for e in ex.events]
    assert ex.followups == ()


def test_someone_elses_got_on_a_day_is_their_happening(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Saturday Wendeline's got the roofer coming to look at the gutter.")
    assert [e.date for e in ex.events] == [D(2026, 11, 21)]
    assert "roofer" in ex.events[0].title
    assert ex.followups == ()


def test_someone_elses_promise_at_tomorrows_meeting_is_an_event(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "emailed councillor quenby and she said she'd raise it with the parks manager at"
        " tomorrow's meeting",
    )
    assert D(2026, 11, 19) in [e.date for e in ex.events]
    assert ex.followups == ()


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal's on the twenty-fifth at ten. I need to get the morning off from Odalys.",
        "Cosmo's graduation is on the twenty-fifth, so I have to ask for the day off.",
        "The surveyor comes on the twenty-fifth. Must book the afternoon off.",
    ],
)
def test_time_off_for_a_day_just_said_is_due_that_day(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert [f.due for f in ex.followups if " off" in f.text] == [D(2026, 11, 25)]


@pytest.mark.parametrize(
    "text",
    [
        "Eulalia asked about the treasurer job and I said I'd think about it.",
        "I'll consider it, I told Barnaby.",
        "Right, I'll think about the allotment.",
    ],
)
def test_thinking_about_it_with_no_day_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


def test_thinking_it_over_on_a_day_is_a_task(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I said I'd think about it, I'll mull it over at the weekend.")
    assert [f.due for f in ex.followups] == [D(2026, 11, 21)]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "The inspectors are visiting on the twenty-fifth. I said I'd type up the notes the day"
            " after that meeting.",
            "type up the notes",
            D(2026, 11, 26),
        ),
        (
            "The craft fair is on the twenty-eighth. I must price everything the day before the"
            " fair.",
            "price everything",
            D(2026, 11, 27),
        ),
        (
            "The assessor comes on Tuesday the twenty-fourth. And get the ramp fixed before she"
            " comes.",
            "ramp fixed",
            D(2026, 11, 24),
        ),
    ],
)
def test_a_day_counted_from_a_happening_said_earlier(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


def test_before_they_come_back_whenever_that_is_has_no_day(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "They're supposed to do it within twenty-eight days. If I hear nothing by Friday I'll"
        " chase Ludovic. And I need to empty the shed before they come back, whenever that is.",
    )
    assert one(ex, "empty the shed").due is None


@pytest.mark.parametrize(
    "text",
    [
        "The accountant wants his receipts by the end of the month. I'll pass that on to Ignatius"
        " tonight.",
        "Mrs Pettifer wants their reply slips by Friday. So I must pass it on to the twins.",
    ],
)
def test_a_request_passed_on_is_the_passing_on(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert "pass" in ex.followups[0].text.lower()


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "I have to fill in the form forty-eight hours before, so by Saturday, also need to tell"
            " Crispin today that I can't do Monday.",
            "tell crispin",
            D(2026, 11, 18),
        ),
        (
            "But I told him no, we'll wait for the fitter, it's all booked, so must ring Zenobia"
            " tomorrow about the van.",
            "ring zenobia",
            D(2026, 11, 19),
        ),
    ],
)
def test_a_subjectless_promise_after_a_comma_and_also_or_so(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


def test_let_me_think_out_loud_is_no_task(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Okay, um, Sunday week ahead, let me just think out loud.")
    assert ex.followups == ()


def test_two_happenings_in_one_run_on_sentence_each_on_its_day(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "quick update rang the agent as planned and the works are booked the glaziers are"
        " fitting the new windows on tuesday 1st december morning slot the landlord emailed back"
        " too hes got the surveyor coming to look at the roof on the 27th",
    )
    days = [e.date for e in ex.events]
    assert D(2026, 12, 1) in days and D(2026, 11, 27) in days


def test_a_moved_date_is_no_second_happening(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "the dentist rang to move the check up from the twentieth to the twenty-fourth so i"
        " have to swap my shift with rupert before then and tell the school about it",
    )
    assert D(2026, 11, 20) not in [e.date for e in ex.events]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Councillor Pemberton-Lowe holds her surgery at the library on Saturday morning.",
            D(2026, 11, 21),
        ),
        ("The new bakery opens on Friday.", D(2026, 11, 20)),
        ("Aurelio flies out to Lisbon on Monday.", D(2026, 11, 23)),
    ],
)
def test_someone_elses_happening_told_as_now_is_an_event(
    extractor: SpacyExtractor, text: str, day: dt.date
) -> None:
    assert [e.date for e in extract(extractor, text).events] == [day]


def test_a_report_of_a_weekday_gone_is_no_event(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "Leopold rang on Monday about the fence.").events == ()


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "The assessor visits on Tuesday the twenty-fourth. I need to be there, so block out"
            " that morning.",
            "block out",
            D(2026, 11, 24),
        ),
        (
            "Grandad arrives Friday, so tidy the spare room before then.",
            "tidy",
            D(2026, 11, 20),
        ),
        (
            "The party's on Saturday, so wrap the presents tomorrow.",
            "wrap the presents",
            D(2026, 11, 19),
        ),
    ],
)
def test_a_dated_command_of_any_verb_after_so(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


def test_so_scrap_that_drops_an_idea(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Six, a cake sale, which is already on the fifth of December, so scrap that."
    )
    assert ex.followups == ()


@pytest.mark.parametrize(
    "text",
    [
        "The referee wants the match report emailed to him by Tuesday. Lorcan said he'd do it,"
        " so not me.",
        "Mrs Ashdown wants the raffle tickets counted by Friday. Philippa offered to do it.",
    ],
)
def test_a_request_someone_else_takes_on_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


def test_undated_commands_in_a_memo_of_undecided_ideas(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Ideas for the allotment society, just thinking out loud. Maybe get a second shed. Put"
        " more photos on the website. Start a seed swap. Not deciding anything yet. But I must"
        " pay the water bill by Friday.",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 20)]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "I need to chase the landlord if I'm not paid back by Friday.",
            "chase the landlord",
            D(2026, 11, 20),
        ),
        ("Gwendolyn said we should send the forms by Friday.", "send the forms", D(2026, 11, 20)),
    ],
)
def test_a_condition_or_a_dated_suggestion_keeps_the_task(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        (
            "To do today. One, bank statement for Delphine. Two, ring the garage about the MOT."
            " Three, buy stamps.",
            [D(2026, 11, 18)] * 3,
        ),
        (
            "Jobs for tomorrow. Collect Ottilie's blazer from the dry cleaner. Email Mr Varga"
            " the invoice.",
            [D(2026, 11, 19)] * 2,
        ),
        (
            "Phone list for today. Bartholomew about the van. And Marguerite about the rota."
            " Oh, and post the parcel by Friday.",
            [D(2026, 11, 18), D(2026, 11, 18), D(2026, 11, 20)],
        ),
    ],
)
def test_a_lists_heading_dates_its_lines(
    extractor: SpacyExtractor, text: str, dues: list[dt.date]
) -> None:
    assert [f.due for f in extract(extractor, text).followups] == dues


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "Week ahead. Monday: dentist at nine, email Ingrid the rota. Tuesday: choir at"
            " seven, print the song sheets. Thursday: nothing.",
            "email ingrid",
            D(2026, 11, 23),
        ),
        (
            "Week ahead. Monday: dentist at nine, email Ingrid the rota. Tuesday: choir at"
            " seven, print the song sheets. Thursday: nothing.",
            "print the song sheets",
            D(2026, 11, 24),
        ),
        (
            "Right, the week. Friday, allotment committee at six, bring the seed catalogue."
            " Monday, ring Ambrose about the shed.",
            "bring the seed catalogue",
            D(2026, 11, 20),
        ),
        (
            "Monday, the boiler man at eight, tidy the hall before it. Tuesday, Leopold's"
            " parents evening.",
            "tidy the hall",
            D(2026, 11, 23),
        ),
    ],
)
def test_a_line_opened_by_its_day_dates_its_tasks(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


def test_one_line_opened_by_a_day_is_no_list(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Tuesday, walked round the allotment, must ring Fenwick about seeds.")
    assert one(ex, "ring fenwick").due is None


def test_nothing_to_do_today_heads_no_list(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "Nothing to do today. Just tired.").followups == ()


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "swimming gala this morning at the leisure centre we came second and ottilie got a"
            " medal and the coach wants everyone to bring a towel for the trip on saturday the"
            " 28th",
            "bring a towel",
            D(2026, 11, 28),
        ),
        (
            "tuesday evening planning me and fenella went through the accounts the budget is"
            " nearly done ill email it to the treasurer on monday she found a cheaper printer",
            "email it to the treasurer",
            D(2026, 11, 23),
        ),
    ],
)
def test_a_run_on_report_before_a_promise_does_not_date_it(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


def test_and_i_need_to_keeps_no_other_tasks_deadline(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "quiz went fine rosalind wants the minutes on the group by friday and i need to ring the"
        " plumber about the boiler",
    )
    assert one(ex, "ring the plumber").due is None
    ex = extract(
        extractor,
        "The league wants the forms back by Friday, so I need to fill in ours with Osric.",
    )
    assert one(ex, "fill in ours").due == D(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "Her scan is at the Royal Free on Monday the twenty-third. She wants me to go with"
            " her.",
            "go with her",
            D(2026, 11, 23),
        ),
        (
            "His hearing test is on Friday at ten. He asked me to come with him.",
            "come with him",
            D(2026, 11, 20),
        ),
        (
            "The residents' meeting is on Tuesday the twenty-fourth. Cressida asked me to bring"
            " the petition to the meeting.",
            "bring the petition",
            D(2026, 11, 24),
        ),
        (
            "The christmas fair is on Saturday the twenty-eighth. I'll take the raffle prizes to"
            " the fair.",
            "raffle prizes",
            D(2026, 11, 28),
        ),
    ],
)
def test_going_with_someone_or_bringing_a_thing_to_a_dated_happening(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        (
            "Week ahead. Monday: carol concert at six, email Thaddeus the agenda. Tuesday: work.",
            "carol concert",
            D(2026, 11, 23),
        ),
        (
            "Week ahead. Thursday: jumble sale at the scout hut, then the dentist. Friday: quiz"
            " night at the Anchor.",
            "jumble sale",
            D(2026, 11, 19),
        ),
        (
            "Sunday, week ahead. Monday, course at the library, and the forms are done. Friday,"
            " clinic at ten.",
            "course",
            D(2026, 11, 23),
        ),
        (
            "Week ahead. Monday: PTA meeting at half three, email Thaddeus the letter, ring"
            " Mirabel with the number. Tuesday: work.",
            "pta meeting",
            D(2026, 11, 23),
        ),
    ],
)
def test_a_happening_on_a_line_of_the_week_is_on_its_day(
    extractor: SpacyExtractor, text: str, title: str, day: dt.date
) -> None:
    ex = extract(extractor, text)
    assert any(title in e.text.lower() and e.date == day for e in ex.events), [
        (e.text, e.date) for e in ex.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ottoline texted, she's doing the canal walk on Sunday the twenty-second and wants me to"
        " come. I'll think about it.",
        "Barnabas asked me to join the quiz team. Maybe.",
        "Wilhelmina wants me to run the tombola. Not sure yet.",
        "the chair's standing down and wants me to stand which i might",
        "maybe we'll look at the first aid course online its like 30 quid not sure yet",
    ],
)
def test_a_request_the_speaker_does_not_take_on_is_no_task(
    extractor: SpacyExtractor, text: str
) -> None:
    assert extract(extractor, text).followups == ()


def test_a_request_thought_about_with_a_day_stays_a_task(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Barnabas asked me to join the quiz team. I'll think about it, I'll tell him on Friday.",
    )
    assert D(2026, 11, 20) in [f.due for f in ex.followups]


def test_a_promise_run_on_after_a_hedge_is_kept(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "the treasurer wants me to take over the accounts which i might but i'm not promising"
        " anything i need to reply to him by the end of the month either way",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 30)]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "To do today, one, fence panels for Mrs Odell. Two, ring the garage.",
            "fence panels",
            D(2026, 11, 18),
        ),
        (
            "Jobs for tomorrow, the quote for Quentin. Email Perpetua the invoice.",
            "quote for quentin",
            D(2026, 11, 19),
        ),
        (
            "Call list for today, Hildegard about the minibus. Then the vet.",
            "hildegard about the minibus",
            D(2026, 11, 18),
        ),
    ],
)
def test_a_heading_run_on_into_its_first_line(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text), words).due == due


def test_a_filler_before_a_heading_keeps_it_a_heading(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The man said she can claim over the phone. So action for me, book a time with Ivo and"
        " ring them back, before Friday.",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 20)]
    assert "action for me" not in ex.followups[0].text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Pennington wants volunteers for the disco, someone, should ask the year 6 parents.",
        "The gutter's hanging off again, somebody, needs to tell the landlord.",
    ],
)
def test_someone_should_with_whispers_comma_is_no_task(
    extractor: SpacyExtractor, text: str
) -> None:
    assert extract(extractor, text).followups == ()


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Her hip op is on Monday the twenty-third. Remind myself to do her exercises with her"
            " every morning until then.",
            None,
        ),
        (
            "The inspection is on Friday. I need to water the seedlings each day till then.",
            None,
        ),
        ("The inspection is on Friday. I need to clear the yard by then.", D(2026, 11, 20)),
    ],
)
def test_a_habit_until_a_day_has_no_deadline(
    extractor: SpacyExtractor, text: str, due: dt.date | None
) -> None:
    assert [f.due for f in extract(extractor, text).followups] == [due]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Physio went fine. Also upload her step counts to the clinic portal.", "upload"),
        ("Rota's sorted. Also, laminate the new rota for the staff room.", "laminate"),
        ("Oh, also renew the parking permit online.", "renew the parking permit"),
    ],
)
def test_a_bare_command_after_also_is_a_task(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    assert one(extract(extractor, text), words).due is None


@pytest.mark.parametrize(
    "text",
    [
        "Also met Clementine at the school gate.",
        "Also worth saying the hall was freezing.",
        "Also, the boiler's making that noise again.",
    ],
)
def test_a_report_after_also_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


@pytest.mark.parametrize(
    "text",
    [
        "Agreed at the committee: the quiz on Friday, the panto on the twenty-eighth, and the"
        " carol concert on Thursday the tenth of December.",
        "Dates for the diary, the raffle draw on the twenty-first, the nativity on Wednesday the"
        " ninth of December.",
    ],
)
def test_happenings_listed_in_one_sentence_each_keep_their_day(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text)
    days = {e.date for e in ex.events}
    assert len(days) >= 2 and ex.followups == (), [(e.text, e.date) for e in ex.events]


def test_a_promise_whisper_wrote_twice_is_one_task(extractor: SpacyExtractor) -> None:
    said = "He asked me to email him the letter about Oona by Monday."
    ex = extract(extractor, f"The visit is on the 25th. {said} Right. {said} That's it.")
    assert [f.due for f in ex.followups] == [D(2026, 11, 23)]


def test_an_organisation_named_for_a_happening_on_a_list_line_is_whom_to_call(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Phone call list for today. Rosalind and the Pension Service at half ten. Carol service"
        " at six, Gwilym's singing.",
        at=dt.datetime(2026, 11, 18, 8, 0),
    )
    assert one(ex, "pension service").due == D(2026, 11, 18)
    assert not [f for f in ex.followups if "carol" in f.text.lower()]


def test_a_happening_still_to_come_after_a_run_on_report(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "the gas engineer came at 9 he looked at the boiler took photos of the flue said it's"
        " old but safe and the council team will come for the meter on the 27th i need to ring"
        " him by friday",
    )
    assert D(2026, 11, 27) in [e.date for e in ex.events]
    ex = extract(
        extractor,
        "we went to the craft fair on saturday the 14th it was brilliant the kids loved the"
        " tombola and we all stayed until it got dark and then had chips on the way home",
    )
    assert ex.events == ()


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "Phone call list for today. Rosalind and the Pension Service at half ten. Then the"
            " vet at four.",
            "pension service",
            D(2026, 11, 18),
        ),
        (
            "Week ahead. Monday: PTA meeting at half three, ring Mirabel at nine, email Thaddeus"
            " the letter. Tuesday: work.",
            "ring mirabel",
            D(2026, 11, 23),
        ),
    ],
)
def test_a_clock_time_on_a_dated_line_is_on_the_lines_day(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    assert one(extract(extractor, text, at=dt.datetime(2026, 11, 18, 19, 0)), words).due == due


@pytest.mark.parametrize(
    ("text", "words", "who", "due"),
    [
        ("Need to sort the raffle prizes. And I promised Amira I'd drop the bags off on Friday.",
         "drop the bags", "Amira", D(2026, 11, 20)),
        ("Rang the surgery back. Then I told Mr Ferreira we'll bring the forms by Monday.",
         "bring the forms", "Ferreira", D(2026, 11, 23)),
        ("Long day. I promised Colin I would look at his bike on Sunday.",
         "look at his bike", "Colin", D(2026, 11, 22)),
    ],
)  # fmt: skip
def test_a_promise_reported_after_who_was_told_is_one_follow_up(
    extractor: SpacyExtractor, text: str, words: str, who: str, due: dt.date
) -> None:
    """spaCy often ends the sentence after "And I promised Amira"; the promise is the rest."""
    found = one(extract(extractor, text), words)
    assert found.person is not None and who in found.person
    assert found.due == due


def test_a_happening_an_earlier_memo_dated(extractor: SpacyExtractor) -> None:
    """A task "before the summer fete", days after a memo dated the fete, is due that day; once
    the fete is past, or for a title given two days to come, it is due no day."""
    store = Store.open(":memory:")

    def say(text: str, at: dt.datetime) -> None:
        ex = extract(extractor, text, at)
        info = AudioInfo(f"{at:%Y%m%d_%H%M}.m4a", f"{at:%Y%m%d%H%M}".ljust(64, "0"), 0, 3.0, at,
                         "filename")  # fmt: skip
        segments = (Segment(0, 0.0, 3.0, text),)
        store.save(Memo(info, "done", Transcript(segments, "en", 1.0, 3.0, "test"), ex))

    def extract_with_store(text: str, at: dt.datetime) -> Extraction:
        return extractor.extract(typed(text), at, vocabulary=store.vocabulary().terms)

    say("The summer fete is on Saturday the 28th. Football training is Tuesday the 24th.",
        WEDNESDAY)  # fmt: skip
    say(
        "Football training moved to Thursday the 26th. The party is on Friday the 27th.",
        WEDNESDAY + dt.timedelta(hours=1),
    )
    later = WEDNESDAY + dt.timedelta(days=2)
    ex = extract_with_store(
        "Need to bake the cakes before the summer fete. Must wash kit before football training."
        " Need to buy balloons before the party.",
        later,
    )
    assert one(ex, "bake the cakes").due == D(2026, 11, 28)
    assert one(ex, "wash kit").due is None  # two days to come: which one is not said
    assert one(ex, "balloons").due == D(2026, 11, 27)
    after = extract_with_store(
        "Need to bake the cakes before the summer fete.", dt.datetime(2026, 11, 30, 9)
    )
    assert one(after, "bake the cakes").due is None


def test_a_memo_that_trails_off_after_and_then(extractor: SpacyExtractor) -> None:
    """A memo cut off on "and then" (the speaker stopped recording) is read, not a crash."""
    ex = extract(extractor, "I need to ring Sam on Monday and then")
    assert one(ex, "ring Sam").person == "Sam"


@pytest.mark.parametrize(
    "text",
    [
        "Pick-up. Miss Avery said the class trip is on.",
        "Drop-off done, then straight to work.",
        "Check-up. The dentist says all fine.",
        "Saturday, move day. The engineer came yesterday.",
        "Clear-out at Mum's. Took two car loads.",
    ],
)
def test_a_noun_said_as_a_heading_is_no_command(extractor: SpacyExtractor, text: str) -> None:
    """A hyphenated noun ("pick-up") or "move day" opens like a verb but commands nothing."""
    assert extract(extractor, text).followups == ()


def test_a_day_that_ends_a_list_line_is_when_it_is_due(extractor: SpacyExtractor) -> None:
    """ "Two, photos of the kerb for Rhys, Friday.": the line's day, not a line of its own."""
    ex = extract(
        extractor,
        "To do list. One, the consent form, tonight. Two, photos of the gate for Priya, "
        "Friday. Three, ring the garage.",
    )
    assert [(f.person, f.due) for f in ex.followups] == [
        (None, D(2026, 11, 18)),
        ("Priya", D(2026, 11, 20)),
        (None, None),
    ]


def test_a_days_line_that_hands_a_thing_to_someone(extractor: SpacyExtractor) -> None:
    """ "Thursday, the grant form to Hamid.": a line of a day's list, no verb said, that ends
    with someone named is a task for that day; a line with no one named is not."""
    ex = extract(
        extractor,
        "Monday: the risk assessment for Priya. Thursday, the grant form to Hamid. "
        "Friday, the school concert at six.",
        dt.datetime(2026, 11, 22, 20, 0),  # a Sunday night
    )
    assert [(f.person, f.due) for f in ex.followups] == [
        ("Priya", D(2026, 11, 23)),
        ("Hamid", D(2026, 11, 26)),
    ]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        # A request put as a question, answered yes in the same breath: one task.
        (
            "Her dad Tomasz asked if I can take Wiktor to swimming on Fridays, I said I would "
            "from next week.",
            "take wiktor swimming said would",
            D(2026, 11, 23),
        ),
        ("Odile asked if I'd read at the carol service on Sunday.", "read carol service", None),
        (
            "Mr Quennell asked whether I could cover the tuck shop on Friday, I said yes.",
            "cover tuck shop",
            D(2026, 11, 20),
        ),
    ],
)
def test_a_request_put_as_a_question(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date | None
) -> None:
    """ "asked if I can / if I'd / whether I could": a request made of the speaker, like
    "asked me to"; a bare yes after it is part of it, not a task of its own."""
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    if due is not None:
        assert one(ex, words).due == due
    else:
        one(ex, words)


@pytest.mark.parametrize(
    "text",
    [
        "Fenella asked if I can do the Saturday shift on the 28th, I said I'd let her know "
        "by Friday.",
        "Ossian asked me to run the raffle at the fair. I said I'd get back to him on Friday.",
        "Mrs Tull asked whether I could chair the meeting on the 3rd. I'll let her know on Friday.",
    ],
)
def test_a_request_answered_later_is_only_the_answer(extractor: SpacyExtractor, text: str) -> None:
    """The answer put off ("I said I'd let her know by Friday") is the task; what was asked
    is not taken on yet."""
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert ex.followups[0].due == D(2026, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Ines asked if I'd help at the jumble sale. I said I'd think about it, no promises.",
        "Barnaby asked me to take the minutes. I said I'd sleep on it.",
    ],
)
def test_a_request_put_off_without_a_day_is_nothing(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "The clinic is on Monday the 30th. She wants a list of all his tablets for that, so "
            "I'll write it out at the weekend.",
            "list tablets write it out",
            D(2026, 11, 21),
        ),
        (
            "Rosalind from the allotments caught me. She wants a quote for the new shed by the "
            "end of the month. I said I'd get her a rough figure by Friday.",
            "quote shed rough figure",
            D(2026, 11, 20),
        ),
        (
            "He needs a reference for the new flat. I said I'd write him one on Saturday.",
            "reference write him one",
            D(2026, 11, 21),
        ),
    ],
)
def test_a_request_and_the_answer_that_does_it_are_one_task(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    """ "She wants X ..., so I'll write it out at the weekend", "I said I'd get her a
    figure": the answer does what was asked, one follow-up on the answer's day."""
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due == due


def test_an_own_step_after_a_request_is_its_own_task(extractor: SpacyExtractor) -> None:
    """In a new sentence, "I'll draft it this weekend" is a step of the speaker's own, not
    the answer to the asker; and mulling a request over is not doing it."""
    ex = extract(
        extractor,
        "Philippa wants a one-page summary by Wednesday. I'll draft it this weekend. "
        "Then Mr Oyelowo wants a deposit by the end of the month. I'll mull it over this "
        "weekend.",
    )
    assert len(ex.followups) == 4, [f.text for f in ex.followups]


def test_an_id_without_its_apostrophe(extractor: SpacyExtractor) -> None:
    """ "i said id do the design", "promised id post them": Whisper's "I'd" without its mark
    is one word, whatever the parser makes of it."""
    ex = extract(
        extractor,
        "ok so committee tonight the rent is going up so we have to find the money and i said "
        "id do the poster for the quiz on saturday",
    )
    one(ex, "id do the poster")
    ex = extract(extractor, "saw Lorcan at the gate, promised id post the forms to him on monday")
    assert one(ex, "post the forms").due == D(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Rupert said the landlord wants an answer on the lease by Friday, that's for the "
        "committee, not me personally.",
        "Wendell said he'd chase the overtime money by Friday, that's his job, not mine.",
        "Also, sorry, she says I should sign up for the pension thing before April, I might "
        "leave that.",
        "Not committing to any of it, I'll see what Dorcas thinks on Friday.",
    ],
)
def test_what_is_left_to_others_or_hedged_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    """ "..., not me personally", "that's his job, not mine", "I might leave that", a hedge
    that opens the sentence ("Not committing to any of it, I'll ...")."""
    assert extract(extractor, text).followups == (), text


def test_a_task_corrected_and_said_again_is_one(extractor: SpacyExtractor) -> None:
    """ "I'll ask Jo for it, no, actually Mo has it. So ask Mo today.": the task said again
    with its day and its corrected person is the one task; so is a request answered by
    saying it again ("asked me to ring Nell, I said I'd ring Nell tomorrow")."""
    ex = extract(
        extractor,
        "I'll ask Ottoline for the keys, no, actually Fitz has them, he locked up. So ask "
        "Fitz today.",
    )
    assert [(f.person, f.due) for f in ex.followups] == [("Fitz", D(2026, 11, 18))]
    ex = extract(
        extractor,
        "Saskia asked me to ring Nell Aubrey about the rota, I said I'd ring Nell tomorrow "
        "morning.",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 19)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Rupert asked me to phone Lorcan about the lease, I said I'd phone Lorcan tomorrow "
         "lunchtime.", D(2026, 11, 19)),
        ("Piers asked me to email Odile Prentice about the hall, I said I'd email Odile on "
         "Friday afternoon.", D(2026, 11, 20)),
        ("Dorcas wants me to check the boiler, I said I'd check the boiler at the weekend.",
         D(2026, 11, 21)),
    ],
)  # fmt: skip
def test_a_request_said_again_with_its_time_of_day_is_one(
    extractor: SpacyExtractor, text: str, due: dt.date
) -> None:
    """ "tomorrow lunchtime", "Friday afternoon": the part of the day is when, not more of
    the task, whichever words of it the NER takes into the date."""
    assert [f.due for f in extract(extractor, text).followups] == [due], text


def test_a_promise_of_a_thing_and_its_step_are_one(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "I promised Leonie a lift to the airport, so I need to get the car serviced by Friday.",
    )
    assert [(f.person, f.due) for f in ex.followups] == [("Leonie", D(2026, 11, 20))]


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "Quinn wants a list of what paint we need by Friday.",
            "list of what paint we need",
            D(2026, 11, 20),
        ),
        ("We said we'd meet Thursday at lunch to swap notes.", "meet thursday", D(2026, 11, 19)),
        (
            "Week ahead. Monday: post the forms to Ivo. Thursday, um, decide on the catering.",
            "decide catering",
            D(2026, 11, 19),
        ),
        (
            "Friday, um, I want to finally phone the council about the bins.",
            "phone council",
            D(2026, 11, 20),
        ),
    ],
)
def test_promises_said_every_way(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    """A want whose object holds its own "we" ("a list of what paint we need"), a promise made
    together ("we said we'd"), a day's line with a verb and its preposition ("decide on"),
    "I want to finally phone"."""
    assert one(extract(extractor, text), words).due == due


def test_a_note_heading_is_no_dated_command(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "ok so note for the patient group the meeting at the surgery is thursday the 26th at 7pm",
    )
    assert ex.followups == ()


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Subs are due by the 30th, and I must pay before Christmas really.", D(2026, 12, 25)),
        ("Must get the shed cleared by Easter ideally.", D(2027, 3, 28)),
        ("I need to sign his reading record every Friday.", D(2026, 11, 20)),
        ("I need to sign his reading record every night.", None),
    ],
)
def test_feasts_and_weekly_days(extractor: SpacyExtractor, text: str, due: dt.date | None) -> None:
    """ "before Christmas really": an adverb after a feast does not make it a name ("the
    Christmas bazaar"); "by Easter" is its Sunday; a task on a weekday each week ("every
    Friday") is next due that day, one every night has no day."""
    assert [f.due for f in extract(extractor, text).followups] == [due]


@pytest.mark.parametrize(
    ("text", "words", "person", "due"),
    [
        ("Cosima says bring spare tealights tomorrow.", "tealights", "Cosima", D(2026, 11, 19)),
        ("she still wants the form and the money by the 21st", "form money", None, D(2026, 11, 21)),
    ],
)
def test_orders_and_wants_reported(
    extractor: SpacyExtractor, text: str, words: str, person: str | None, due: dt.date
) -> None:
    """ "X says bring Y tomorrow": an order relayed with its day; "she still wants"."""
    f = one(extract(extractor, text), words)
    assert (f.person, f.due) == (person, due)


def test_an_order_with_an_if_is_advice(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "Hollis said to chase it in May if nothing's come.").followups == ()


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        (
            "The minister says the Gymanfa Ganu is Sunday the 29th at three. Action for me: type "
            "the hymn sheet and get it to Gwilym before the Gymanfa.",
            "hymn sheet",
            D(2026, 11, 29),
        ),
        (
            "Tasha says the festival at Llanrumney is Saturday the 28th, kick off ten. I told "
            "Lloyd I'd help run the water on the day.",
            "run the water",
            D(2026, 11, 28),
        ),
    ],
)
def test_a_day_said_earlier_by_what_it_names(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    """ "before the Gymanfa" after "the Gymanfa Ganu is Sunday the 29th"; "on the day" of
    the happening said before."""
    assert one(extract(extractor, text), words).due == due


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Took Bryony to the clinic. She asked me to ring Tilda and tell her she's off till"
            " Monday, I'll do that after school pick-up.",
            "ring tilda",
        ),
        (
            "And Tamsin wants the new rota by the twelfth, which, okay, I'll do it on the bus.",
            "rota",
        ),
        ("Lucius needs to pay the deposit by Wednesday, I'll remind him.", "deposit"),
    ],
)
def test_i_ll_do_that_after_a_request_is_the_same_task(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    """ "..., I'll do that", "..., I'll remind him": the answer to what was just said, one
    follow-up with it."""
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, ex.followups
    assert one(ex, words).text.rstrip(".").endswith(text.rstrip(".").split(", ")[-1])


def test_think_about_it_after_a_dated_request_is_no_task(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "He asked if I'd help with the assembly on Friday the fourth of December, and I said"
        " I'd think about it.",
    )
    assert ex.followups == ()


@pytest.mark.parametrize(
    "text",
    [
        "Doctor Lisowski rang about Dad's knee, and she wants him in for a review on Tuesday at"
        " ten forty.",
        "The youth worker there, Kai Pennant, wants our lot back for the five-a-side on Friday"
        " the 27th.",
    ],
)
def test_someone_wanted_in_on_a_day_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    """ "She wants him in for a review on Tuesday": an appointment, asked of no one."""
    assert extract(extractor, text).followups == ()


def test_the_things_wanted_back_by_a_day_are_a_task(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Mrs Okoro wants the forms back by Friday.")
    assert [(f.person, f.due) for f in ex.followups] == [("Okoro", D(2026, 11, 20))]


@pytest.mark.parametrize(
    "text",
    [
        "Just need to say this out loud before I sleep. The move is on the 14th.",
        "Just thinking out loud really, nothing I need to do about it, just a quiet morning.",
    ],
)
def test_saying_the_memo_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


def test_a_word_between_the_subject_and_its_need(extractor: SpacyExtractor) -> None:
    """ "Tendai and I still owe Colm", "we all need to": the speaker's own."""
    ex = extract(extractor, "And Ossian and I still owe Hywel Ransome the bid draft by Friday.")
    assert [(f.person, f.due) for f in ex.followups] == [("Hywel Ransome", D(2026, 11, 20))]
    ex = extract(
        extractor, "The concert is on Saturday. We all need to learn the descant by Friday."
    )
    assert one(ex, "descant").due == D(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tamsin has to send the council her forms by the 30th.", D(2026, 11, 30)),
        ("Objections have to be in by the 27th.", D(2026, 11, 27)),
        ("The joiner looked at it, and he'll have it done by the 4th of December.",
         D(2026, 12, 4)),
        ("Her statement draft is due in to Mr Achterberg by the 26th.", D(2026, 11, 26)),
    ],
)  # fmt: skip
def test_someone_elses_deadline_is_an_event(
    extractor: SpacyExtractor, text: str, day: dt.date
) -> None:
    """A deadline someone else has to meet is theirs, a day in the calendar; the speaker's own
    deadline, or one asked of the speaker, stays a follow-up."""
    ex = extract(extractor, text)
    assert [e.date for e in ex.events] == [day], ex.events


@pytest.mark.parametrize(
    "text",
    [
        "I need to send the form to Tamsin by Friday.",
        "Gethin asked me to send it over by Friday.",
        "Email Bronagh by the 27th about the hall.",
    ],
)
def test_the_speakers_deadline_is_no_event(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert ex.events == () and len(ex.followups) == 1


MORNING = dt.datetime(2026, 11, 18, 9, 30)


@pytest.mark.parametrize(
    ("text", "at", "title"),
    [
        ("Can't go to the book club quiz tonight, I'm on shift.", MORNING, "book club quiz"),
        ("Ilse's catch-up is this afternoon, two till four.", MORNING, "ilse's catch-up"),
        ("The surgery rang, Doctor Pemberton will phone back after 2 today.", MORNING, None),
        ("Residents' meeting tonight at the church hall.", dt.datetime(2026, 11, 18, 21, 0), ""),
        ("The quiz tonight was brilliant.", MORNING, ""),
    ],
)
def test_a_happening_later_today_is_an_event(
    extractor: SpacyExtractor, text: str, at: dt.datetime, title: str | None
) -> None:
    """What a memo dates today is kept when it is still to come: "tonight" said in the
    morning, a time later than the recording; not an evening already under way, nor a
    report. `title` None: any title; "": no event."""
    events = extract(extractor, text, at).events
    if title == "":
        assert events == ()
    else:
        assert [e.date for e in events] == [D(2026, 11, 18)]
        assert title is None or events[0].title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Marit's doing a drop-in on the 26th.", "drop-in"),
        ("Ilse is running a catch-up session on the 25th.", "catch-up session"),
        ("Dad's blood pressure check is on the 24th.", "blood pressure check"),
        ("The Christmas do is on the 11th of December.", "christmas do"),
        ("The growth scan is on the 30th at half nine.", "growth scan"),
    ],
)
def test_happenings_by_the_nouns_people_use(
    extractor: SpacyExtractor, text: str, title: str
) -> None:
    """Hyphened words ("drop-in", which the tokenizer splits) and the nouns of a
    check, a scan or a do name a happening."""
    assert [e.title.endswith(title) for e in extract(extractor, text).events] == [True]


def test_a_days_line_lists_its_happenings(extractor: SpacyExtractor) -> None:
    """In a week said ahead, what a day's line lists without a verb is on that day, each its
    own; a task ("ring the dentist") and "nothing" are none."""
    sunday = dt.datetime(2026, 11, 22, 20, 0)
    ex = extract(
        extractor,
        "Week ahead. Monday, the electrician between eight and twelve, and the cup semi at"
        " seven at the rec. Tuesday, nothing, thank goodness. Wednesday at ten, Ottilie and"
        " Gran. Thursday, ring the dentist.",
        sunday,
    )
    got = sorted((e.date, e.title) for e in ex.events)
    assert got == [
        (D(2026, 11, 23), "cup semi"),
        (D(2026, 11, 23), "electrician"),
        (D(2026, 11, 25), "Ottilie and Gran"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister says the Gymanfa Ganu is Sunday the 29th at three.",
        "the minister says the gymanfa ganu is sunday the 29th at three.",
    ],
)
def test_a_happening_named_as_being_on_its_day(extractor: SpacyExtractor, text: str) -> None:
    """ "The Gymanfa Ganu is Sunday the 29th": the subject of being on the day is the
    happening, named as said, and "before the Gymanfa" is due that day."""
    ex = extract(
        extractor, text + " Action for me: get the hymn sheet to Gwilym before the Gymanfa."
    )
    assert [(e.title.lower(), e.date) for e in ex.events] == [("gymanfa ganu", D(2026, 11, 29))]
    assert one(ex, "hymn sheet").due == D(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Grainne's back Monday.", D(2026, 11, 23)),
        ("Dad will be home on the 25th.", D(2026, 11, 25)),
        ("Marit's doing a drop-in on the 26th in the staff canteen.", D(2026, 11, 26)),
        ("Went into the youth club about the winter camp on the 23rd.", D(2026, 11, 23)),
    ],
)
def test_a_return_a_place_after_the_day_and_a_report_about_what_is_to_come(
    extractor: SpacyExtractor, text: str, day: dt.date
) -> None:
    """Someone back on a day is in the calendar; "on the 26th in the canteen" is a date; a
    past telling about a happening to come keeps its day ahead."""
    assert [e.date for e in extract(extractor, text).events] == [day]


def test_a_report_of_a_happening_gone_is_no_event(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "We went to the quiz on Friday, it was great.").events == ()
    assert extract(extractor, "It's back Monday.").events == ()


def test_a_named_happening_and_another_in_one_sentence(extractor: SpacyExtractor) -> None:
    """The happening named before its day keeps that day, and one told after a comma keeps
    its own; a heading for the evening said at night is no event."""
    ex = extract(
        extractor,
        "Choir committee tonight at the chapel. Hefina says the Cymanfa Ganu is Sunday the 29th"
        " at three, and the chapel's lending the vestry to the carers' forum for Friday.",
        dt.datetime(2026, 11, 18, 19, 55),
    )
    assert sorted((e.title, e.date) for e in ex.events) == [
        ("Cymanfa Ganu", D(2026, 11, 29)),
        ("carers' forum", D(2026, 11, 20)),
    ]


@pytest.mark.parametrize(
    ("text", "day", "title"),
    [
        ("Her blood pressure's up, so she's booked Ffion into the assessment unit on Monday at"
         " ten.", D(2026, 11, 23), None),
        ("Chase the lab about Mrs Vasquez-Hale's crown, she's booked in on Monday.",
         D(2026, 11, 23), None),
        ("Need to get him a calculator before term starts on the 7th of January.",
         D(2027, 1, 7), "term starts"),
        ("I must fix the gate before the new tenant arrives on the 27th.", D(2026, 11, 27),
         "the new tenant arrives"),
    ],
)  # fmt: skip
def test_an_appointment_made_and_a_happening_a_task_waits_for(
    extractor: SpacyExtractor, text: str, day: dt.date, title: str | None
) -> None:
    """An appointment booked for a day is an event, whoever booked it; a task due "before
    term starts on the 7th" keeps the happening it waits for."""
    events = extract(extractor, text).events
    assert [e.date for e in events] == [day]
    assert title is None or events[0].title == title


def test_a_run_on_stretch_among_commas_keeps_its_happening(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "ok so choir tonight Perpetua said the spring concert is on saturday the 5th of december"
        " at st aidan's 7 30 and we all need to learn the descant by next week which is a big"
        " ask Wen gave me a lift home, Wen Okafor from the altos, she's lovely",
    )
    assert ("spring concert", D(2026, 12, 5)) in [(e.title, e.date) for e in ex.events]


def test_a_plan_told_after_a_report_keeps_its_day(extractor: SpacyExtractor) -> None:
    """A piece told in the future after a report in the same sentence is still to come; the
    results someone else will have back by a day are theirs."""
    ex = extract(
        extractor,
        "Bo texted, the letter went in the post on Monday in the end, and the council have"
        " replied, they'll meet the residents' forum on Tuesday the 1st of December.",
    )
    assert [(e.title, e.date) for e in ex.events] == [("residents' forum", D(2026, 12, 1))]
    back = extract(extractor, "The nurse said the results'll be back by Friday.")
    assert [e.date for e in back.events] == [D(2026, 11, 20)]


def test_a_days_line_tells_what_someone_else_does(extractor: SpacyExtractor) -> None:
    """On a day's line, someone else's doing is that day's happening; once the line turns to
    what the speaker did ("so I've swapped ..."), what follows lists nothing."""
    sunday = dt.datetime(2026, 11, 22, 20, 0)
    ex = extract(
        extractor,
        "Tuesday, Mum's boiler service between eight and one, and Perpetua from Age UK is"
        " visiting at two, so I've swapped my late shift with Ilse, she's on my team, the"
        " Thornbury caseload.",
        sunday,
    )
    assert sorted(e.title for e in ex.events) == [
        "Perpetua from Age UK is visiting at two",
        "mum's boiler service",
    ]
    assert {e.date for e in ex.events} == {D(2026, 11, 24)}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Choir practice tomorrow at St Aidan's.", [D(2026, 11, 19)]),
        ("The repairs line says someone will come on the 26th between eight and one.",
         [D(2026, 11, 26)]),
        ("Gran's ninetieth is on the 5th of December, and my brother's flying in from Oslo on"
         " the 3rd.", [D(2026, 12, 3), D(2026, 12, 5)]),
    ],
)  # fmt: skip
def test_practice_a_day_before_a_time_and_a_second_doing(
    extractor: SpacyExtractor, text: str, days: list[dt.date]
) -> None:
    assert sorted(e.date for e in extract(extractor, text).events) == days


def test_only_a_happenings_title_is_said_by_its_last_words() -> None:
    """ "before the meeting" finds the "larder board meeting"; "for Mam" is not the day a
    week's line listed "Ranjit and Mam"."""
    from pipeline.events import one_day_each

    got = one_day_each(
        [("larder board meeting", D(2026, 12, 1)), ("ranjit and mam", D(2026, 12, 2))]
    )
    assert got["meeting"] == D(2026, 12, 1) and got["ranjit and mam"] == D(2026, 12, 2)
    assert "mam" not in got


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        # a deadline said first is the promise's, not a clause of its own
        ("By the end of the week I've got to get the grant form in to the lottery fund.",
         "grant form", D(2026, 11, 20)),
        ("Note to self, before the quiz night on the twenty sixth, read through Wilf's notes.",
         "wilf's notes", D(2026, 11, 26)),
        # "reminder to" and "remind myself," say a task as "remember to" does
        ("Okay, reminder to ring Ptolemy before Friday about the deposit.", "ring ptolemy",
         D(2026, 11, 20)),
        ("Remind myself, Tuesday, Mrs Abernathy's bins, she can't get them out herself.",
         "abernathy's bins", D(2026, 11, 24)),
        ("Mustn't forget Granny's tablets, they need collecting from the chemist on Friday.",
         "granny's tablets", D(2026, 11, 20)),
        # the day a request was made is not the day it is for
        ("Jago asked me on Monday if I could cover his shift on the twenty first. I said yes.",
         "cover his shift", D(2026, 11, 21)),
        # what was asked for, done in the request's own sentence: one task
        ("Gwendolyn wants the costumes back by the end of the month, so, er, I've gotta wash"
         " them and take them over.", "costumes wash", D(2026, 11, 30)),
    ],
)  # fmt: skip
def test_a_task_said_however_it_is_put_is_one_with_its_day(
    extractor: SpacyExtractor, text: str, words: str, due: dt.date
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, words).due == due


@pytest.mark.parametrize(
    "text",
    [
        # a promise started, broken off and started again is said once
        "I need to, um, sorry, I need to speak to Cassius about the away kit before Saturday.",
        # a heading of a meeting's actions is no action; others' are not the speaker's
        "Action points from the residents meeting. One, I'm to write to the council about the"
        " lamp post.",
    ],
)
def test_a_restart_or_a_heading_is_no_second_task(extractor: SpacyExtractor, text: str) -> None:
    assert len(extract(extractor, text).followups) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rupert asked who'd go on the interview panel. Maybe I should, I don't know. Let's see"
        " how I feel.",
        "Wouldn't it be nice to go to Cornwall in the summer. We'll see how the money is.",
        "I wonder whether I should ring Clemency about the dog.",
        "The club wants everyone's subs by the end of February, which I paid last week, so"
        " that's done.",
        "Er, action for me, um, no, actually that's Dorothea's job, she's doing the newsletter.",
        # "reminder to" is a task only with a deed after it
        "reminder to self the 53 diversion starts monday because of the roadworks",
    ],
)
def test_a_hedge_a_question_to_oneself_or_a_thing_done_is_no_task(
    extractor: SpacyExtractor, text: str
) -> None:
    assert extract(extractor, text).followups == ()


def test_see_what_someone_says_and_then_a_deed_is_a_task(extractor: SpacyExtractor) -> None:
    assert one(extract(extractor, "I'll see what Dora says and ring her on Friday."), "ring her")


def test_a_list_of_three_tasks_said_in_one_breath_is_three_follow_ups(
    extractor: SpacyExtractor,
) -> None:
    """Each cut before its command; the list's one day is each item's. Two tasks joined by
    "and" stay one."""
    ex = extract(
        extractor,
        "Tomorrow I've got to take the bins out, call Eamonn about the fence, and, um, pay the"
        " window cleaner. I must renew the car tax, book Maisie's swimming and ring the vet."
        " Need to ring Tomasz and book the hall.",
    )
    tomorrow = WEDNESDAY.date() + dt.timedelta(days=1)
    assert (one(ex, "bins").due, one(ex, "call Eamonn").due) == (tomorrow, tomorrow)
    assert one(ex, "window cleaner").due == tomorrow
    assert one(ex, "call Eamonn").person == "Eamonn"
    assert one(ex, "book Maisie").person == "Maisie"
    assert one(ex, "ring the vet").person is None
    assert "book the hall" in one(ex, "ring Tomasz").text


@pytest.mark.parametrize(
    "text",
    [
        "I must send the photos from Saturday to Gretchen.",
        "Need to upload the videos from Sunday's gig for Cosimo.",
        "Must write up the minutes of Thursday's meeting for Roisin.",
        "Photos from Saturday: I need to send them to Kofi.",
    ],
)
def test_the_day_a_thing_is_from_is_no_deadline(extractor: SpacyExtractor, text: str) -> None:
    """Recorded on a Wednesday, "the photos from Saturday" are from the Saturday gone."""
    assert [f.due for f in extract(extractor, text).followups] == [None]


def test_a_deadline_said_of_a_day_is_still_one(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I need to get the form in before Friday's deadline.")
    assert one(ex, "form").due == D(2026, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Monday, ring Tobias about the boiler, done actually, I rang him this morning.",
        "Two, Fenella's passport form, done, sent it off yesterday, cross that off.",
        "Sign Ottilie up for swimming, done.",
    ],
)
def test_a_task_ticked_off_as_it_is_read_out_is_none(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, f"To-do list. {text} Tuesday, email Marguerite the rota.")
    assert [f.text for f in ex.followups] == ["Tuesday, email Marguerite the rota."]


@pytest.mark.parametrize(
    "text",
    [
        "We should do a litter pick in Hollins Park in June, I might suggest it.",
        "Casimir's going to the meeting, I'll try but I might not make it, depends on work.",
        "Blue badge, I should ask about a blue badge for her, I might, I don't know.",
    ],
)
def test_a_plan_hedged_as_it_is_said_is_none(extractor: SpacyExtractor, text: str) -> None:
    assert [f.text for f in extract(extractor, text).followups] == []


def test_a_numbered_list_of_ideas_holds_no_tasks(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Ideas for the toddler group. One, a singing session. Two, ask the library if they'd do"
        " a story time with us. Three, a sensory morning. Four, ask Greenhill Bakery whether"
        " they'd give us bread. I need to ring Wendell by Friday though.",
    )
    assert [f.text for f in ex.followups] == ["I need to ring Wendell by Friday though."]


@pytest.mark.parametrize(
    "text",
    [
        "right so the caretaker wants the chairs stacked by friday, desmond is sorting it.",
        "The caretaker wants the chairs stacked by Friday, Desmond's sorting it.",
    ],
)
def test_a_request_someone_else_has_in_hand_is_none(extractor: SpacyExtractor, text: str) -> None:
    assert [f.text for f in extract(extractor, text).followups] == []
    mine = extract(extractor, "I need to ring the printers by Friday, nobody else is on it.")
    assert [f.due for f in mine.followups] == [D(2026, 11, 20)]


@pytest.mark.parametrize(
    "text",
    [
        "I need to ring the bank about the standing order, oh no, wait, Sam already did it.",
        "Must email Priya about the rota, actually no, Dev's already sent it, never mind.",
        "Sorry, I said I'd ring Doug, no, scratch that, Doug's ringing me tomorrow.",
        "I need to ring Jo about the minibus, no, wait, I already did it on Friday.",
        "Need to collect the parcel from the post office. Oh no wait, Len picked it up.",
        "Text Rosie about Saturday. Actually no, forget that, she's coming round tonight.",
    ],
)
def test_a_task_taken_back_as_done_or_in_hand_is_none(extractor: SpacyExtractor, text: str) -> None:
    assert [f.text for f in extract(extractor, text).followups] == []


def test_a_deed_done_that_is_not_the_task_leaves_it(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I need to thank Sam, she already sent the cake round, bless her.")
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    ex = extract(extractor, "I need to text, no, ring Araminta tomorrow.")
    assert [f.due for f in ex.followups] == [D(2026, 11, 19)]


@pytest.mark.parametrize(
    "text",
    [
        "Bus was cancelled so I'll have to walk, honestly.",
        "Train's delayed again so I'll have to wait, typical.",
        "Well the oven's broken so we'll just have to make do till Ted fixes it.",
        "I'll just have to wait and see what the council says.",
    ],
)
def test_putting_up_with_things_is_no_task(extractor: SpacyExtractor, text: str) -> None:
    assert [f.text for f in extract(extractor, text).followups] == []


@pytest.mark.parametrize(
    "text",
    [
        "I'll have to walk the dog before work tomorrow.",
        "So I'll have to walk round and ask Sam for the key tomorrow.",
        "Roof's leaking again, so I suppose I'll have to ring the insurance tomorrow.",
    ],
)
def test_a_grumbled_task_is_still_one(extractor: SpacyExtractor, text: str) -> None:
    assert [f.due for f in extract(extractor, text).followups] == [D(2026, 11, 19)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kath said can I drop the raffle tickets round by Friday.", "Kath"),
        ("Jenny wants to know if I can do teas on Friday.", "Jenny"),
    ],
)
def test_a_request_reported_as_the_question_put(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert [(f.person, f.due) for f in ex.followups] == [(person, D(2026, 11, 20))]
    assert extract(extractor, "I said can I bring Tomasz to the do on Friday.").followups == ()


def test_a_task_taken_back_for_a_new_promise_is_only_the_new_one(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "I must book the hospital transport, no, actually, I'll drive her myself on Friday.",
    )
    assert [(f.text, f.due) for f in ex.followups] == [
        ("I'll drive her myself on Friday.", D(2026, 11, 20))
    ]


def test_a_want_dated_by_when_it_starts_is_no_request(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Harriet Whitfield, she's a pharmacist in town, wants a place for Poppy from September,"
        " three days.",
    )
    assert [f.text for f in ex.followups] == []
    ex = extract(extractor, "Ines wants the photos from Saturday by Friday.")
    assert [(f.person, f.due) for f in ex.followups] == [("Ines", D(2026, 11, 20))]


def test_a_task_someone_else_may_take_on_is_none(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I need to sort the raffle prizes, or Ruth might do it, not sure.")
    assert [f.text for f in ex.followups] == []
    ex = extract(extractor, "Ring Ruth about the raffle on Friday, she might do it.")
    assert [f.due for f in ex.followups] == [D(2026, 11, 20)]


def test_an_hour_said_as_a_word_after_before_or_after_is_a_clock_time(
    extractor: SpacyExtractor,
) -> None:
    morning = dt.datetime(2026, 11, 18, 7, 10)
    ex = extract(
        extractor,
        "The fridge was out overnight, so I must ring the cold chain people, no, sorry, the"
        " pharmacy, before ten. Two, ring Mr Castellan after two, his number is in the"
        " WhatsApp.",
        morning,
    )
    assert one(ex, "cold chain").due == D(2026, 11, 18)
    assert one(ex, "castellan").due == D(2026, 11, 18)


def test_the_end_of_the_week_said_on_a_sunday_is_the_coming_friday(
    extractor: SpacyExtractor,
) -> None:
    sunday = dt.datetime(2026, 11, 22, 19, 0)
    ex = extract(
        extractor, "I need to get Ferdie a pitch on the plan by the end of the week.", sunday
    )
    assert one(ex, "pitch").due == D(2026, 11, 27)


def test_two_tasks_each_said_with_a_day_are_two_even_on_one_day(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Need to order the toner today and, er, print new rotas tonight.")
    assert len(ex.followups) == 2, [f.text for f in ex.followups]
    ex = extract(
        extractor,
        "I need to ask the parish about parking on the day, and confirm the tables with "
        "Marlowe Hire by the twentieth.",
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]


def test_a_second_promise_said_in_its_own_words_is_its_own(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "I said I'd ask the corner shops for prizes, and I promised to email her the "
        "stall list tonight.",
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]
    assert one(ex, "stall list").due == D(2026, 11, 18)


def test_a_topic_and_a_colon_before_a_command(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Right, week ahead. Mum: take her the photos from the party.")
    assert [f.text for f in ex.followups] == ["Mum: take her the photos from the party."]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "rang the garage and got wendell who said it was the part i told him id put it in "
            "writing so need to email wendell tonight with the receipts",
            "email wendell tonight",
        ),
        (
            "the quiz made 300 pounds and he asked about the gala. said id email him some "
            "dates by next friday",
            "email him some dates",
        ),
        (
            "got the letter from the surgery it says the mould made it worse brilliant need to "
            "scan it tonight and send it to the landlord",
            "scan it tonight",
        ),
    ],
)
def test_a_need_in_a_lower_case_run_on_with_the_i_dropped(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    assert one(extract(extractor, text), words)


def test_a_need_to_be_there_is_a_task(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "The plumber comes on Friday morning. I need to be in early to let him in."
    )
    assert [f.text for f in ex.followups] == ["I need to be in early to let him in."]
    assert extract(extractor, "I need to be careful with money this month.").followups == ()


def test_a_to_do_heading_said_alone_after_a_day_opens_a_list(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Thursday, to-do. One, budget summary to Harriet, today. Two, room rate to Callum, today.",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 18)] * 2


def test_verbless_day_lines_of_things_for_someone_read_as_verbs(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Week ahead. Friday, accounts from Imelda for Rashid. Saturday, proofreading for "
        "Imelda. Sunday, Rosalind's party. Monday, Imelda's away.",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 20), D(2026, 11, 21)]


def test_a_list_line_naming_a_check_or_a_do_is_a_happening(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "To-do. Friday, ring Dwayne with the camp numbers. Saturday, Dad's blood pressure check "
        "at the surgery at nine. Sunday, the Christmas do, finally.",
    )
    assert [f.due for f in ex.followups] == [D(2026, 11, 20)]


def test_two_of_us_needing_to_be_there_is_no_task(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Harpreet and I both need to be there, so I need to book the day off.")
    assert [f.text for f in ex.followups] == ["so I need to book the day off."]


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Oskar asked me to lend him forty pound for boots till payday, which I've done.",
        "Saltcoats had a man sent off but we'll take it.",
        "Ffraid came out of the mock smiling, which, I'll take it.",
        "Harvest festival at ten, then the match at two. Jory's carrying the tins. Go.",
    ],
)
def test_a_request_already_met_or_a_result_accepted_is_no_followup(
    extractor: SpacyExtractor, text: str
) -> None:
    assert extract(extractor, text).followups == ()


@pytest.mark.real
def test_taking_a_thing_somewhere_is_still_a_followup(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "The old sofa's in the garage, I'll take it to the tip on Saturday.")
    assert one(ex, "take it to the tip").due == D(2026, 11, 21)


@pytest.mark.real
def test_a_no_i_did_about_another_deed_keeps_the_promise_before_it(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Also remind myself to ring Priddy this afternoon, I never sent that quote Friday, "
        "no, I did, I sent it Saturday, so ring her to check she got it.",
    )
    assert one(ex, "ring Priddy this afternoon").due == D(2026, 11, 18)


@pytest.mark.real
def test_what_someone_is_told_stays_with_the_telling(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "So I need to tell Mrs Penhallow I need that day off, by Monday.")
    assert one(ex, "tell Mrs Penhallow I need that day off").due == D(2026, 11, 23)


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        # a debt or a thanks, with no deed said
        "We all owe Garfield thirty quid each for the minibus he hired.",
        "I owe Lowri massively for covering Saturday.",
        "Thanks to Perpetua for the lift, I really owe her one.",
        # someone else's, disowned or refused as it is said
        "Aunt Hephzibah says I should book a taxi for the wedding, which, no, I'm driving her, "
        "that's not happening.",
        "His tutor, Mr Quennell, wants the form signed by the end of the week, but that's him, "
        "not me, he's nineteen.",
        # a heading, a meeting point told to everyone, a task left to a time not said
        "Call with Ignatius.",
        "Sunday, meet at the Ladybower car park at eight.",
        "Oh, never mind, I'll sort it out nearer the time.",
        # news of a thing, the "should" cut off from its subject
        "Ottoline says the care package, three visits a day, should start the day he moves.",
    ],
)
def test_debts_disowned_tasks_and_group_plans_are_no_followups(
    extractor: SpacyExtractor, text: str
) -> None:
    assert [f.text for f in extract(extractor, text).followups] == []


@pytest.mark.real
def test_a_debt_with_its_deed_and_a_call_owed_are_still_followups(
    extractor: SpacyExtractor,
) -> None:
    assert one(extract(extractor, "I owe Anwen a call."), "owe anwen a call")
    ex = extract(extractor, "I still owe them the nine pounds, must pay it online today.")
    assert one(ex, "pay it online today").due == D(2026, 11, 18)
    assert one(extract(extractor, "Meet Tobias at the café at ten on Friday."), "meet tobias")


@pytest.mark.real
def test_a_step_done_as_it_is_said_is_dropped(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "I need to post the cheque to Idris by Friday, and sign the lease, which I did there "
        "and then.",
    )
    assert [f.text for f in ex.followups] == ["I need to post the cheque to Idris by Friday,"], [
        f.text for f in ex.followups
    ]


@pytest.mark.real
def test_an_undated_request_answered_with_my_word_is_one_task(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Marisela wants me to run the raffle. I said I'd sort the raffle prizes by Saturday.",
    )
    assert [f.text for f in ex.followups] == ["I said I'd sort the raffle prizes by Saturday."]
    ex = extract(
        extractor,
        "Bartek wants the headcount by Thursday. I said I'd ring round the team, there's eight "
        "of us, and get back to him by Thursday.",
    )
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, "ring round the team").due == D(2026, 11, 19)
    # a dated request and a different deed: two tasks
    ex = extract(
        extractor, "Solveig wants the audit by Friday. I said I'd go through the rotas tonight."
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]


@pytest.mark.real
def test_being_in_and_what_it_takes_are_one_task(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The electrician can come on Monday. I need to be in, so I must ask Cormac to swap my "
        "shift by tomorrow.",
    )
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, "ask Cormac to swap my shift").due == D(2026, 11, 19)


@pytest.mark.real
def test_practising_what_was_promised_is_the_same_promise(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "I promised the vicar I'd read the first lesson on Sunday, so practise that, it's full "
        "of tricky names.",
    )
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, "read the first lesson").due == D(2026, 11, 22)


@pytest.mark.real
def test_a_day_booked_is_not_a_second_task(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I need to ring Hamish on Friday and book the ninth of June.")
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, "ring Hamish").due == D(2026, 11, 20)


@pytest.mark.real
def test_a_promise_kept_once_something_comes_is_one_clause(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Doctor Okonjo wants to see Nana after the scan, so I must book that once we've got "
        "the hospital's letter.",
    )
    assert [f.text for f in ex.followups] == [
        "so I must book that once we've got the hospital's letter."
    ]


@pytest.mark.real
def test_a_yes_and_an_answer_in_a_run_on_are_one_task(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "also wiktoria asked me to swap her sunday for my saturday i said fine ill tell bronagh "
        "today",
    )
    assert len(ex.followups) == 1, [f.text for f in ex.followups]
    assert one(ex, "tell bronagh today").due == D(2026, 11, 18)


@pytest.mark.real
def test_a_request_the_speaker_cannot_make_is_no_task(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Philippa rang, she wants to know if we can play an extra set on the twentieth. Which I "
        "can't even make, because of my shifts. Note for me: ring Philippa on Monday about the "
        "PA.",
    )
    assert [f.text for f in ex.followups] == [
        "Note for me: ring Philippa on Monday about the PA."
    ], [f.text for f in ex.followups]


@pytest.mark.real
def test_a_request_by_a_name_with_its_role_between_is_its_own_task(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "The summer fair is on Saturday. I promised to run the tombola on the day, and Mr "
        "Ferreira, he's the caretaker there, asked me to bring the gazebo from church.",
    )
    assert len(ex.followups) == 2, [f.text for f in ex.followups]
    assert one(ex, "bring the gazebo").person == "Ferreira"


MORNING = dt.datetime(2026, 11, 18, 9, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Anyway. Prize-giving's at two.",
        "Wilf's audition is at three, I should text him good luck.",
        "Marguerite's dropping the twins at five, so I must get tea on.",
        "I rang the practice and a nurse will ring him back after two.",
        "Big day, the bakery opens at ten and I'm on the early bus.",
        "Lowenna's supposed to collect Tobiah at four, we'll see.",
        "Ramblers walk today, Hollins Wood, eleven o'clock from the car park.",
    ],
)
def test_a_time_of_day_alone_is_today(extractor: SpacyExtractor, text: str) -> None:
    assert MORNING.date() in [e.date for e in extract(extractor, text, MORNING).events]


@pytest.mark.parametrize(
    "text",
    [
        "I'll ring her at two.",
        "At one point I thought she'd gone.",
        "The quiz was at two, we came third.",
    ],
)
def test_a_time_alone_that_is_no_happening_today(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text, MORNING).events == ()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A letter came Saturday from the trust, and Ottilie's cataract op is booked for Tuesday"
         " the twenty-fourth.", D(2026, 11, 24)),
        ("Ffion asked me to ring her Friday about the quiz night, she wants to move it to the,"
         " um, the twenty-sixth instead.", D(2026, 11, 26)),
        ("Must text Idris tonight so he can put it on the agenda for the board meeting on"
         " Thursday the twenty-sixth.", D(2026, 11, 26)),
        ("Bartek's agreed the new fence, fitting on the, er, the twenty-third.", D(2026, 11, 23)),
        ("Maundy Thursday's at eight, the Good Friday walk of witness leaves the church at"
         " ten.", D(2027, 3, 26)),
        ("There's a knit and natter every Tuesday, and a Christmas supper on the twelfth of"
         " December that Noor says we can come to.", D(2026, 12, 12)),
        ("The councillor holds a surgery on the first Saturday of the month, the next one's the"
         " twelfth of December.", D(2026, 12, 12)),
        ("The Year 2 reading check is the week of the thirtieth.", D(2026, 11, 30)),
        ("Got a slot at the advice centre on Monday the twenty-third at ten, at the library?",
         D(2026, 11, 23)),
        ("Aled says the new boots come in a fortnight.", D(2026, 12, 2)),
    ],
)  # fmt: skip
def test_the_day_of_a_happening_said_with_others(
    extractor: SpacyExtractor, text: str, day: dt.date
) -> None:
    """The day a happening is booked or moved to, the one said with it, a feast's day, what
    is told after what recurs, the week of a day, a doubt after the day."""
    assert day in [e.date for e in extract(extractor, text).events]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("fitting on the, er, the twenty-second", D(2026, 11, 22)),
        ("the gala got moved to the, sorry, to the twentieth", D(2026, 11, 20)),
        ("he wants to move it to the twenty-sixth instead", D(2026, 11, 26)),
        ("it's the week of the thirtieth", D(2026, 11, 30)),
        ("the kids from the Sunday school", None),
        ("he moved to the second flat", None),
    ],
)
def test_a_date_said_again_after_a_filler_or_as_a_move(text: str, day: dt.date | None) -> None:
    found = find_day(text, WEDNESDAY.date())
    assert (found[0] if found else None) == day


@pytest.mark.parametrize(
    ("text", "at", "day"),
    [
        ("Two, the Easter egg hunt for the Sunday school kids, Easter Day after the service.",
         WEDNESDAY, D(2027, 3, 28)),
        ("Two, BMA meeting Tuesday before the shift.", WEDNESDAY, D(2026, 11, 24)),
        ("Week ahead. One, nights Monday to Wednesday.", WEDNESDAY, D(2026, 11, 23)),
        ("Kemi's sorted the swap, so I'm on nights the eighteenth, nineteenth and twentieth.",
         MORNING, D(2026, 11, 18)),
    ],
)  # fmt: skip
def test_shifts_feasts_and_a_list_without_verbs_are_dated(
    extractor: SpacyExtractor, text: str, at: dt.datetime, day: dt.date
) -> None:
    assert day in [e.date for e in extract(extractor, text, at).events]


def test_a_road_named_for_a_feast_is_no_date(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "And the other one, the Hendersons, their offer on the Easter Road flat went in at two"
        " hundred and ten thousand, closing date's noon on Monday the twenty-third.",
    )
    assert D(2026, 11, 23) in [e.date for e in ex.events]


def test_a_list_after_a_day_said_first_keeps_each_happening(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "So the Tumbling Pipers have got three gigs: Friday the twentieth at Hollowmere Village"
        " Hall, that's a barn dance for the cricket club, then the St Andrew's ceilidh at the"
        " Plough on the twenty-eighth, and a wedding in Castleton on the fifth of December.",
    )
    assert {D(2026, 11, 20), D(2026, 11, 28), D(2026, 12, 5)} <= {e.date for e in ex.events}


def test_someone_elses_plan_for_that_night(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Cosmo wants me at an extra rehearsal on Monday the twenty-third. Ines said she'll have"
        " Pip at hers that night, her boy's the same age. I'll be shattered that night.",
    )
    assert [e.date for e in ex.events] == [D(2026, 11, 23), D(2026, 11, 23)]
