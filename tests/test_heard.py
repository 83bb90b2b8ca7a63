"""Transcript habits that make false entities (`heard.py`) and one person heard two ways
across memos (`identity.py`, the store). Sentences are written the way Whisper writes speech
(its capitals, apostrophes and letter-by-letter spellings); the names are made up for the
tests and belong to no evaluation set."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from pipeline import heard, identity, names
from pipeline.records import AudioInfo, Extraction, Memo, Mention, Segment, Transcript
from pipeline.store import Store

AT = dt.datetime(2026, 10, 14, 9, 30)


# -- pure helpers -----------------------------------------------------------------------------


def test_sound_key_hears_spellings_of_one_place_alike() -> None:
    assert heard.sound_key("Hackney") == heard.sound_key("Hakny") == heard.sound_key("Hakkney")
    assert heard.sound_key("Camden") == heard.sound_key("Camdun")
    assert heard.sound_key("Camden") != heard.sound_key("Croydon")


def test_a_council_spelt_as_heard_is_the_listed_one() -> None:
    assert heard.council_heard_as("Lewishem Council") == "Lewisham Council"
    assert heard.council_heard_as("Islinton Council") == "Islington Council"
    assert heard.council_heard_as("Lewisham Council") is None  # already right
    assert heard.council_heard_as("Parish Council") is None  # sounds like no authority
    assert heard.council_heard_as("Lewishem Library") is None  # not a council
    assert heard.council_heard_as("Lewishem Council Housing") == "Lewisham Council Housing"
    # a listed neighbourhood's hospital is its own, not a borough's that sounds close
    assert heard.council_heard_as("Homerton Hospital") is None


def test_a_council_heard_with_an_h_added_or_the_verb_run_in_is_the_listed_one() -> None:
    assert heard.council_heard_as("Aringey Council") == "Haringey Council"  # an "h" dropped
    assert heard.council_heard_as("Hislington Council") == "Islington Council"  # one added
    assert heard.council_heard_as("Ran Camden Counsel") == "Camden Council"  # "rang", "counsel"
    assert heard.council_heard_as("Ringhackney Council") == "Hackney Council"
    assert heard.council_heard_as("Rang-Harrow Council") == "Harrow Council"
    assert heard.council_heard_as("Wansworth Council") == "Wandsworth Council"
    assert heard.council_heard_as("Aringey Hospital") == "Haringey Hospital"  # the borough's
    assert heard.council_heard_as("Ringwood Council") is None  # no "rang" in it: a place
    assert heard.council_heard_as("Healing Hands Clinic") is None  # not a borough's body


def test_a_listed_place_keeps_its_s_without_the_apostrophe() -> None:
    assert heard.place_apostrophe("Golder's Green Medical Centre") == "Golders Green Medical Centre"
    assert (
        heard.place_apostrophe("St Anne's Church") == "St Anne's Church"
    )  # a saint's, not a place
    assert heard.place_apostrophe("Sainsbury's Local") == "Sainsbury's Local"


def test_a_place_a_letter_off_a_listed_one_is_that_place() -> None:
    assert heard.listed_place_heard_as("Claphem Common") == "Clapham Common"
    assert heard.listed_place_heard_as("Nottin Hill") == "Notting Hill"
    assert heard.listed_place_heard_as("Clapham Common") is None  # already right
    assert heard.listed_place_heard_as("Damon Hill") is None  # a person, nowhere near


def test_distance_counts_a_swap_as_one() -> None:
    assert names.distance("okonkwo", "okonkow") == 1
    assert names.distance("gallagher", "galalgher") == 1
    assert names.distance("rosa", "rosalind") > 3


def test_close_person_needs_one_clear_candidate() -> None:
    known = [(1, "Niamh Gallagher"), (2, "Tobi Adeleke"), (3, "Seema Shah")]
    assert identity.close_person("Niamh Galagher", known) == 1  # surname a letter off
    assert identity.close_person("Tobi Adeleki", known) == 2
    assert identity.close_person("Niamh Gallagher", known) is None  # exact: the caller's
    assert identity.close_person("Meera Shah", known) is None  # two real first names
    assert identity.close_person("Niamh Gallacher", [*known, (4, "Niamh Galliher")]) is None
    assert identity.close_person("Mo Shah", known) is None  # too short to call close
    assert identity.close_person("Liam Gallagher", known) is None  # another first name


# -- the store: one person heard two ways -----------------------------------------------------


def _save(store: Store, n: int, *people: str) -> int:
    text = " ".join(f"Met {p}." for p in people)
    transcript = Transcript((Segment(0, 0.0, 3.0, text),), "en", 1.0, 3.0, "test")
    info = AudioInfo(
        f"/memos/{n}.m4a", hashlib.sha256(str(n).encode()).hexdigest(), 1, 3.0, AT, "filename"
    )
    mentions = tuple(Mention("person", p, p.lower(), p, 0, 0.0) for p in people)
    return store.save(Memo(info, "done", transcript, Extraction(mentions=mentions)))


def test_a_surname_heard_a_letter_off_joins_the_known_person() -> None:
    store = Store.open(":memory:")
    _save(store, 1, "Tobi Adeleke")
    second = _save(store, 2, "Tobi Adeleki")
    people = [r["name"] for r in store.db.query("select name from entities where kind = 'person'")]
    assert people == ["Tobi Adeleke"]
    assert [e["name"] for e in store.get_memo(second)["entities"]] == ["Tobi Adeleke"]
    # The heard spelling is an alias: a later memo that says it lands there, and it resolves.
    third = _save(store, 3, "Tobi Adeleki")
    assert [e["name"] for e in store.get_memo(third)["entities"]] == ["Tobi Adeleke"]
    assert store.find_entity("Tobi Adeleki")["name"] == "Tobi Adeleke"


def test_two_people_with_close_names_stay_two() -> None:
    store = Store.open(":memory:")
    _save(store, 1, "Seema Shah", "Tobi Adeleke")
    _save(store, 2, "Meera Shah", "Tobi Adler", "Kemi Adeleke")
    people = {r["name"] for r in store.db.query("select name from entities where kind = 'person'")}
    assert people == {"Seema Shah", "Meera Shah", "Tobi Adeleke", "Tobi Adler", "Kemi Adeleke"}


# -- real spaCy on Whisper-style text ---------------------------------------------------------


def _names(extractor, text: str, vocabulary=()) -> set[tuple[str, str]]:
    transcript = Transcript((Segment(0, 0.0, 5.0, text),), "en", 1.0, 5.0, "test")
    ex = extractor.extract(transcript, AT, vocabulary)
    return {(m.kind, m.name) for m in ex.mentions}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        (
            "For the Health Team at Lewishem Council, Sorry No, and the Field Council rang.",
            ("org", "No"),
        ),
        (
            "I need to chase Baker, Wales for the list on Volunteers by the second.",
            ("org", "Volunteers"),
        ),
        ("Dropped the forms to the Kira, the one by the station.", ("person", "Kira")),
        ("Gerry asked about the hall. Also the Holly concert is on Sunday.", ("person", "Holly")),
        ("The deadline for the Spring Fund is the tenth.", ("org", "Spring Fund")),
        ("Told Wander yes to the stall.", ("person", "Wander")),
        ("Rang Loath about it.", ("person", "Loath")),
        ("No, it's the Lord Deacon One, the hall on the corner.", ("person", "Deacon One")),
        ("Ride over to Martin Green to pick up donations.", ("person", "Martin Green")),
        ("Yusuf Balogun, that's BAL and O.G.N., he'll refer people to us.", ("org", "O.G.N")),
        ("She's one of the PCN partners in the borough.", ("org", "PCN Partners")),
        (
            "Tuesday, pick up keys, Thursday Panel Meating, bring the minutes.",
            ("person", "Panel Meating"),
        ),
        (
            "The Smith's at number 12 came round, Jane Smith says their boy is nine.",
            ("org", "Smith's"),
        ),
    ],
)
def test_whisper_habits_make_no_entity(extractor, text: str, not_there: tuple[str, str]) -> None:
    assert not_there not in _names(extractor, text)


@pytest.mark.real
def test_names_still_found_beside_the_habits(extractor) -> None:
    found = _names(extractor, "Met Mark Thompson at the bakery. Spoke to Will Baker from Greggs.")
    assert {("person", "Mark Thompson"), ("person", "Will Baker"), ("org", "Greggs")} <= found
    assert ("person", "Cook") in _names(extractor, "Mr Cook rang about the bins.")
    # First names and surnames the lexicon does not list are people still.
    assert ("person", "Lena Fischer") in _names(extractor, "Met Lena Fischer yesterday.")
    found = _names(extractor, "Lena Fischer, the curator at the Bruce Castle Museum, called.")
    assert ("person", "Lena Fischer") in found


@pytest.mark.real
def test_whisper_spellings_put_right(extractor) -> None:
    found = _names(extractor, "Rang Lewishem Council about the grant, then saw Tobis happy.")
    assert ("org", "Lewisham Council") in found
    assert ("person", "Tobi") in found and ("person", "Tobis") not in found
    assert ("person", "Lucas") in _names(extractor, "Met Lucas at the hub. Lucas said yes.")
    found = _names(extractor, "Got a reply, Matt Wanjiru this morning at the hub.")
    assert ("person", "Wanjiru") in found
    found = _names(extractor, "Got a reply. Matt Thomas said yes at the hub.")
    assert ("person", "Matt Thomas") in found
    found = _names(extractor, "An email from Kasia Nowicka at the surgery about the rota.")
    assert ("person", "Kasia Nowicka") in found and ("org", "Kasia Nowicka") not in found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        # a memo opens with the day, and Whisper hears it as a name
        ("Right Monty, um, quick list before I go out.", "Monty"),
        ("Right, um, Monty, drop the two kids at school first.", "Monty"),
        # or goes on with the week's days, one of them misheard
        ("Week ahead, Monty, dentist at ten, Tuesday, swim, Wednesday, work.", "Monty"),
        ("The week. Sunday, church. Monty, the vet at nine. Tuesday, the gym.", "Monty"),
        # the plural of a job is people in a role, not someone's name
        (
            "They want every club's Junior Coaches registered by the end of the month.",
            "Junior Coaches",
        ),
    ],
)
def test_a_day_or_a_role_heard_as_a_name_is_no_person(extractor, text: str, not_there) -> None:
    assert ("person", not_there) not in _names(extractor, text)


def test_american_spellings_of_british_names_keep_every_offset() -> None:
    for said, meant in (
        ("Went to Larchfield Medical Center.", "Went to Larchfield Medical Centre."),
        (
            "the Quayside Theater, and two community centers",
            "the Quayside Theatre, and two community centres",
        ),
        ("she centered it", "she centered it"),  # not a name's last word
    ):
        assert heard.british(said) == meant and len(heard.british(said)) == len(said)


@pytest.mark.real
def test_a_centre_spelt_the_american_way_is_found(extractor) -> None:
    found = _names(extractor, "Saw the nurse at Larchfield Medical Center this morning.")
    assert ("org", "Larchfield Medical Centre") in found, found


@pytest.mark.real
def test_a_title_spelt_out_is_a_title(extractor) -> None:
    assert ("person", "Ferrand") in _names(extractor, "I met Mister Ferrand at the gate.")
    assert ("person", "Monty") in _names(extractor, "Monty rang about the shed.")  # no day
    found = _names(extractor, "A year seven Missus Odette Quarrie was really good.")
    assert ("person", "Odette Quarrie") in found, found
    found = _names(extractor, "Emailed Counselor Pellingham about the bins.")
    assert ("person", "Pellingham") in found, found


@pytest.mark.real
def test_a_team_keeps_its_name(extractor) -> None:
    found = _names(extractor, "For the Public Health Team at Lewisham Council, they rang.")
    assert ("org", "Public Health Team") in found


def _followups(extractor, text: str) -> list[str]:
    transcript = Transcript((Segment(0, 0.0, 5.0, text),), "en", 1.0, 5.0, "test")
    return [f.text for f in extractor.extract(transcript, AT).followups]


@pytest.mark.real
def test_promises_in_whisper_run_on_sentences(extractor) -> None:
    found = _followups(
        extractor,
        "So I need to post the form before the tenth, and um, Yusuf wants the receipts by Friday.",
    )
    assert any("Yusuf wants the receipts" in f for f in found), found
    assert any("post the form" in f for f in found), found
    found = _followups(
        extractor,
        "To do list, Monday, buy stamps, Tuesday Choir Practice, bring the music, "
        "and some time, or I should ring Dorota about the van.",
    )
    assert any(f.startswith("or I should ring Dorota") for f in found), found
    assert any(f.startswith("Tuesday Choir Practice") for f in found), found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Okay. From Lewisham council rang today about the bins.", "Lewisham Council"),
        ("Quick one. From Camden Council rang, they want the form.", "Camden Council"),
        ("It rained all day. At Hackney Council they said wait a week.", "Hackney Council"),
        ("Busy. And Islington Council wrote about the parking.", "Islington Council"),
    ],
)
def test_a_capitalised_preposition_is_no_part_of_the_name_after_it(
    extractor, text: str, org: str
) -> None:
    found = _names(extractor, text)
    assert ("org", org) in found, found
    assert not any(n.split()[0] in ("From", "At", "And") for _, n in found), found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Thursday, Pip's review with Dr. Vantongeren, Friday, the paperwork.", "Vantongeren"),
        ("Then the check-up with Dr. Quellhorst, and home for tea.", "Quellhorst"),
        ("Monday, clinic with Mrs. Abernethy-Cole, Tuesday, shopping.", "Abernethy-Cole"),
    ],
)
def test_a_title_the_ner_took_alone_for_an_organisation_names_the_person_after_it(
    extractor, text: str, person: str
) -> None:
    found = _names(extractor, text)
    assert ("person", person) in found, found
    assert not any(n.rstrip(".") in ("Dr", "Mrs") for _, n in found), found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("He's booked at tool station in the high street on Friday.", "Toolstation"),
        ("Ottilie Pound land was brilliant with the kids.", "Poundland"),
        ("Got the plasters from super drug on the way home.", "Superdrug"),
        ("Dropped his bike at Half ords for the brakes.", "Halfords"),
    ],
)
def test_a_listed_name_heard_as_two_words_is_that_organisation(
    extractor, text: str, org: str
) -> None:
    found = _names(extractor, text)
    assert ("org", org) in found, found
    assert not any(n.endswith(("Pound", "Super")) for _, n in found), found


@pytest.mark.real
@pytest.mark.parametrize("label", [None, "org", "place"])
def test_a_listed_name_heard_as_two_words_is_found_whatever_the_ner_drew(
    extractor, label: str | None
) -> None:
    from pipeline.entities import _Entity

    doc = extractor.nlp.make_doc("Picked up screws at tool station then went home.")
    drawn = [_Entity(label, 4, 6, doc[4].idx, "tool station", "Tool Station")] if label else []
    out, _ = heard._brands_heard_apart(doc, drawn)
    assert [(e.kind, e.name) for e in out] == [("org", "Toolstation")]


@pytest.mark.real
def test_two_listed_names_heard_apart_in_one_memo_are_both_found(extractor) -> None:
    found = _names(extractor, "Picked up screws at tool station then went to pound land.")
    assert {("org", "Toolstation"), ("org", "Poundland")} <= found, found


@pytest.mark.real
def test_two_ordinary_words_after_the_are_not_a_listed_name(extractor) -> None:
    assert ("org", "Foodbank") not in _names(extractor, "Helped at the food bank this morning.")


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    ["We moved to a village in south eastern England.", "Laid the ground work in March."],
)
def test_a_listed_name_that_is_an_english_word_heard_apart_is_that_word(
    extractor, text: str
) -> None:
    assert not [n for k, n in _names(extractor, text) if k == "org"]


@pytest.mark.real
def test_a_road_word_after_a_name_makes_it_the_road(extractor) -> None:
    doc = extractor.nlp(
        "A pastry on Quarrow High Road. Then Pellow Street Surgery, and Mossgate Lane."
    )
    at = {t.text: t.i for t in doc}
    assert heard._road_after(doc, at["Road"])  # "Quarrow High" + "Road"
    assert not heard._road_after(doc, at["Street"])  # "Street Surgery" goes on
    assert not heard._road_after(doc, at["Lane"])  # a surgery is called by its lane
    assert not heard._road_after(doc, at["Then"])


@pytest.mark.real
def test_a_name_before_lane_and_a_surgery_stays_the_surgery(extractor) -> None:
    found = _names(extractor, "Dr Pell at Marrowby Lane Surgery rang about the repeat.")
    assert ("org", "Marrowby Lane Surgery") in found, found


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Ring Amara with the NHS Number on Tuesday.",
        "She needs his NHS number for the form.",
        "Promised to call her back Monday with a bus NHS number.",
    ],
)
def test_a_body_s_initials_before_number_are_no_mention_of_it(extractor, text: str) -> None:
    assert ("org", "NHS") not in _names(extractor, text)


@pytest.mark.real
def test_the_body_itself_is_still_found(extractor) -> None:
    assert ("org", "NHS") in _names(extractor, "Ring the NHS about the bill, they said no.")


def test_a_sentence_cut_before_its_deadline_is_joined_up_again() -> None:
    for said, meant in (
        ("Notes on the drive. By the end of next week, she said.", "drive, by the end of next"),
        ("and print the tickets. By then also the hall", "tickets, by then also"),
        ("Send Ottoline the forms. By Friday the form is due", "forms, by Friday"),
        ("Post the cards. By tomorrow night", "cards, by tomorrow"),
    ):
        assert meant in heard.heard_as_said(said)
        assert len(heard.heard_as_said(said)) == len(said)
    for left in ("It went fine. By the way, no news.", "A long day. Bye then."):
        assert heard.heard_as_said(left) == left


def test_a_deadline_cut_off_with_by_heard_as_i_is_joined_up_again() -> None:
    for said, meant in (
        ("I need to confirm the room with her. I next Thursday, then home.", "her by next Thu"),
        ("Must return the library books. I tomorrow night", "books by tomorrow"),
        ("Send the minutes round. I the 14th at the latest", "round by the 14th"),
    ):
        assert meant in heard.heard_as_said(said)
        assert len(heard.heard_as_said(said)) == len(said)
    for left in ("It was late. I then went home.", "Busy week. I next saw him at the pub."):
        assert heard.heard_as_said(left) == left


@pytest.mark.real
def test_a_request_whose_deadline_whisper_cut_off_keeps_it(extractor) -> None:
    text = (
        "Staff meeting. Odalys, the deputy, wants the reading notes on the drive. "
        "By the end of next week, the head said the open evening is on the 30th."
    )
    transcript = Transcript((Segment(0, 0.0, 5.0, text),), "en", 1.0, 5.0, "test")
    found = extractor.extract(transcript, AT).followups
    assert any("reading notes" in f.text and f.due for f in found), found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Physio at arrow hospital, shortly.", "Harrow Hospital"),
        ("Email aringey council's complaints team about the bins.", "Haringey Council"),
        ("Went to lewishem hospital for the scan.", "Lewisham Hospital"),
        ("Then I rang islinton council again, no answer.", "Islington Council"),
    ],
)
def test_a_borough_body_heard_in_lower_case_is_the_listed_one(
    extractor, text: str, org: str
) -> None:
    assert ("org", org) in _names(extractor, text)


@pytest.mark.real
def test_a_council_said_in_general_is_no_organisation(extractor) -> None:
    found = _names(extractor, "Ring the local council, then the hospital, about it.")
    assert not any(k == "org" for k, _ in found), found


def _followups(extractor, text: str, model: str = "test") -> list[str]:
    transcript = Transcript((Segment(0, 0.0, 5.0, text),), "en", 1.0, 5.0, model)
    return [f.text for f in extractor.extract(transcript, AT).followups]


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Drop the boys at Elmgrove Juniors. Mr. Varga says the trip is fine.",
        "Text the plumber about the boiler. We're going with the bigger one.",
        "Um, phone the surgery, nobody picked up, so that's that.",
        "Collect that parcel from the depot, it was heavier than I thought.",
    ],
)
def test_a_report_heard_without_its_ed_is_no_follow_up(extractor, text: str) -> None:
    """ "Dropped the boys at ..." written by Whisper as "Drop the boys at ...": no task, where
    the same words typed are one."""
    assert _followups(extractor, text) == []
    assert len(_followups(extractor, text, "typed")) == 1


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Drop the forms at Elmgrove Juniors by Friday.",  # a day to do it by
        "Monday, email the caretaker about the keys.",  # a line of the week's list
        "I need to email the caretaker about the keys.",  # said as a promise
        "Ring the surgery about her results.",  # "rang" survives Whisper as it is
        "Action for me. Talk to the head about the trip.",  # the line after a heading
        "Remember to text the plumber about the boiler.",  # a reminder to oneself
        "Send the draft to Sue. Book the train tickets.",  # one of a list of tasks
    ],
)
def test_a_command_said_with_a_day_or_a_promise_stays(extractor, text: str) -> None:
    tasks = 2 if text.startswith("Send") else 1
    assert len(_followups(extractor, text)) == tasks


def test_friday_heard_as_letters_is_friday() -> None:
    for said, meant in (
        ("First session for ID the 12th, at the hall.", "session Friday the 12th"),
        ("I said I'd call her back for ID after four.", "back Friday after four"),
        ("Nothing On For ID, thank God.", "On Friday,"),
        ("The quiz is next for ID, so book a table.", "next Friday,"),
    ):
        assert meant in heard.heard_as_said(said)
        assert len(heard.heard_as_said(said)) == len(said)
    for left in (
        "The bar asked for ID at the door.",
        "Bring your passport for ID.",
        "They checked for ID before letting anyone in.",
    ):
        assert heard.heard_as_said(left) == left


@pytest.mark.real
def test_a_promise_for_friday_heard_as_letters_is_due_friday(extractor) -> None:
    transcript = Transcript(
        (Segment(0, 0.0, 5.0, "Rang the garage, I said I'd pick the van up for ID after two."),),
        "en",
        1.0,
        5.0,
        "test",
    )
    (found,) = extractor.extract(transcript, AT).followups
    assert found.due == dt.date(2026, 10, 16)  # the Friday after Wednesday the 14th


def test_a_promise_whisper_ended_on_a_question_mark_is_a_statement() -> None:
    for said, meant in (
        ("So I need to ring Gwen on Monday, what's the plan? Then home.", "the plan. Then"),
        ("Um, I'll drop the keys round, shall I?", "shall I."),
    ):
        assert meant in heard.heard_as_said(said)
        assert len(heard.heard_as_said(said)) == len(said)
    for left in ("Do I need to bring anything? No.", "Will I have to pay? Probably."):
        assert heard.heard_as_said(left) == left


@pytest.mark.real
def test_a_promise_heard_as_a_question_is_a_follow_up(extractor) -> None:
    text = "The boiler's playing up again, so I need to check with Gwen on Monday, what's wrong?"
    assert len(_followups(extractor, text)) == 1
    assert _followups(extractor, text, "typed") == []  # typed, the question mark was meant


def test_whole_words_whisper_lost_are_put_back() -> None:
    for said, meant in (
        ("at the hall, I said I bring the cups from last time", "I said I'd bring the cups"),
        ("so I promised I send the photos", "I promised I'd send the photos"),
        ("Dr. Nnadi, once her bloods done tomorrow", "Dr. Nnadi, wants her bloods"),
        ("the treasurer at Elm Rovers, once last year's accounts", "Rovers, wants last year's"),
        ("Mrs Pike, Once A Word Tomorrow", "Mrs Pike, wants A Word"),
        ("send him the forms back to night.", "back tonight."),
        ("the readings over by two to day, and", "by two today,"),
        ("Wants the raffle money by Fri-D.", "by Friday."),
    ):
        assert meant in heard.reworded(said)
    for left in (
        "Sam comes round once a week.",
        "On Sunday, once the kids are down, I'll ring her.",
        "Kevin once told me that.",
        "I said I'd bring it.",
        "I said I was tired.",
        "It changes from day to day.",
        "She went back to night school.",
    ):
        assert heard.reworded(left) == left


@pytest.mark.real
def test_a_promise_whose_d_whisper_lost_is_a_follow_up(extractor) -> None:
    transcript = Transcript(
        (
            Segment(0, 0.0, 3.0, "Parents' evening went fine."),
            Segment(1, 3.0, 6.0, "I said I bring the raffle prizes by Friday."),
        ),
        "en",
        1.0,
        6.0,
        "test",
    )
    (found,) = extractor.extract(transcript, AT).followups
    assert found.due == dt.date(2026, 10, 16)
    assert found.segment_idx == 1  # the words put back move no follow-up to another segment


def test_a_listed_name_a_letter_or_two_off_is_respelt_but_three_off_is_another_body() -> None:
    assert heard.listed_org_heard_as("Trussel Trust") == "Trussell Trust"
    assert heard.listed_org_heard_as("Clarian Housing") == "Clarion Housing"
    assert heard.listed_org_heard_as("Clarendon Housing") is None
