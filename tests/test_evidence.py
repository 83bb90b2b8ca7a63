"""A name on a transcript needs evidence beyond Whisper's capital letter (`evidence.py`), and
the follow-up habits of Whisper's run-on text (`followups/`, `dates.py`). Sentences are
written the way Whisper writes speech; the names are made up for the tests and belong to no
evaluation set."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline import evidence
from pipeline.dates import find_day
from pipeline.due import due_day
from pipeline.followups.phrases import _heading_only
from pipeline.records import Segment, Term, Transcript

AT = dt.datetime(2026, 10, 14, 9, 30)  # a Wednesday


def _transcript(text: str, model: str) -> Transcript:
    return Transcript((Segment(0, 0.0, 5.0, text),), "en", 1.0, 5.0, model)


def test_typed_text_is_not_heard() -> None:
    assert evidence.heard(_transcript("x", "base"))
    assert evidence.heard(_transcript("x", "small.en"))
    assert not evidence.heard(_transcript("x", "typed"))  # `memo note`
    assert not evidence.heard(_transcript("x", "reference"))


# -- real spaCy on Whisper-style text ---------------------------------------------------------


def _names(extractor, text: str, model: str = "base", vocabulary=()) -> set[tuple[str, str]]:
    ex = extractor.extract(_transcript(text, model), AT, vocabulary)
    return {(m.kind, m.name) for m in ex.mentions}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        # a brand heard with nothing around it that only a person or a company takes
        # (not "on Zibbo": a word no list has after "on" is an app, typed too)
        ("We put the spares through Zibbo after the sale, it went quickly.", "Zibbo"),
        ("We sold the bikes through Zibbo after the fair, it went well.", "Zibbo"),
        # a misheard word, doing something no cue ties to a person
        ("The school had a Glitterbomb afternoon, and Quorbel running the stall.", "Quorbel"),
        # a lower-case activity Whisper ran together and capitalised
        ("She's organising a Binbash on the green next month.", "Binbash"),
    ],
)
def test_a_capital_letter_alone_is_no_name_on_a_transcript(
    extractor, text: str, not_there: str
) -> None:
    assert not_there not in {n for _, n in _names(extractor, text)}
    # Typed, the writer's capital is their word for it: the same text keeps its guess.
    assert not_there in {n for _, n in _names(extractor, text, "typed")}


@pytest.mark.real
@pytest.mark.parametrize("model", ["base", "typed"])
def test_a_misheard_place_walked_to_is_somewhere_not_someone(extractor, model: str) -> None:
    """ "up by X" on a walk puts X somewhere, whatever the NER guessed (it says PERSON)."""
    text = "Walked the dog up by Pennock Puddle, then home for lunch."
    assert _names(extractor, text, model) == {("place", "Pennock Puddle")}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The fete was busy, and Quorbel running the stall.", "Quorbel"),
        ("We sold out early but Snerrick counted the float twice.", "Snerrick"),
        ("The hall was booked and Drelany sorting the chairs.", "Drelany"),
    ],
)
def test_typed_the_one_doing_a_clause_s_verb_is_a_name(extractor, text: str, name: str) -> None:
    # typed, a capitalised word opening a clause after "and" or "but" does its verb: someone
    assert name in {n for _, n in _names(extractor, text, "typed")}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Went to the allotment and a man there, Odalys asked about the butts.", "Odalys"),
        ("Quinby and Marisol want to help at the fun day.", "Quinby"),  # beside a person
        ("The kids went up by the pond, then Fosco's mum rang.", "Fosco"),  # someone's mum
        ("Kitchen notes. Dr. Ines Varga wants the trays out for Thursday.", "Ines Varga"),
        ("I rang Trevor about the kits.", "Trevor"),  # a first name of the lexicon
        # "she" takes the unknown name up at once
        ("Dropped the keys round to Ottoline, she's the new warden.", "Ottoline"),
    ],
)
def test_a_person_with_evidence_is_kept_on_a_transcript(extractor, text: str, person: str) -> None:
    assert ("person", person) in _names(extractor, text)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gorvina from the school rang about the trip.", "Gorvina"),
        ("Skelby from the garage said the car is ready.", "Skelby"),
        ("Then Pellam from the council said the bins are Tuesday.", "Pellam"),
    ],
)
def test_one_from_somewhere_who_rang_is_someone_on_a_transcript(
    extractor, text: str, person: str
) -> None:
    # Heard or typed: being from somewhere and ringing or saying is what a person does.
    assert ("person", person) in _names(extractor, text)
    assert ("person", person) in _names(extractor, text, "typed")


@pytest.mark.real
def test_an_organisation_with_a_cue_is_kept_on_a_transcript(extractor) -> None:
    assert ("org", "Enterprise") in _names(
        extractor, "Booked the hall with Enterprise for the move."
    )
    found = _names(extractor, "The surveyor from Glazewell and Daughters is due on the 9th.")
    assert ("org", "Glazewell and Daughters") in found


@pytest.mark.real
def test_the_time_swallowed_into_a_name_is_cut_off(extractor) -> None:
    text = "Emailed Brightwell Lettings First Thing, heard nothing back."
    for model in ("base", "typed"):
        found = _names(extractor, text, model)
        assert not any(n.endswith("First Thing") for _, n in found), found
        assert any(n == "Brightwell Lettings" for _, n in found), found


@pytest.mark.real
def test_a_listed_place_misheard_is_respelt(extractor) -> None:
    text = "The match is at Hornzey this week, kick off at ten."
    assert ("place", "Hornsey") in _names(extractor, text)
    assert ("place", "Hornsey") not in _names(extractor, text, "typed")
    found = _names(extractor, "She plays for the Peckum Rovers on Sundays.")
    assert ("org", "Peckham Rovers") in found
    # A place that is itself listed stays as said, however like another it sounds.
    assert ("org", "Didsbury Rovers") in _names(extractor, "She coaches at Didsbury Rovers.")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We're at Brixtun tomorrow for the match.", "Brixton"),
        ("The game's in Walthamstoe on Sunday.", "Walthamstow"),
        ("Dropped her at Tottenam for the train.", "Tottenham"),
    ],
)
def test_a_listed_place_misheard_after_at_or_in_is_respelt_whatever_the_ner_marked(
    extractor, text: str, place: str
) -> None:
    assert ("place", place) in _names(extractor, text)
    # Whether the NER marked the word (a firm, a place) or left it, the place is found.
    from pipeline import heard
    from pipeline.entities import _Entity

    doc = extractor.nlp(text)
    kept = evidence._places_heard_unmarked(doc, [], heard.dictionary(extractor.nlp))
    assert [(e.kind, e.name) for e in kept] == [("place", place)]
    said = next(t for t in doc if t.i and doc[t.i - 1].lower_ in ("at", "in"))
    marked = [_Entity("org", said.i, said.i + 1, said.idx, said.text, said.text)]
    assert evidence._places_heard_unmarked(doc, marked, heard.dictionary(extractor.nlp)) == marked


@pytest.mark.real
def test_a_misheard_place_inside_a_longer_name_is_not_respelt_alone(extractor) -> None:
    assert ("place", "Hornsey") not in _names(extractor, "She lives in Hornzey Rise with her nan.")


@pytest.mark.real
def test_a_name_known_as_a_person_is_no_organisation(extractor) -> None:
    from pipeline import heard
    from pipeline.entities import _Entity

    known = (Term("Quentina Marsh-Oyelaran", "person"),)
    text = "I sent the keys over to Quentina Marsh-Oyelaran yesterday."
    assert ("person", "Quentina Marsh-Oyelaran") in _names(extractor, text, "typed", known)
    # Whichever NER runs: where it calls the known person an organisation, she is the person.
    doc = extractor.nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == "Quentina")
    name = "Quentina Marsh-Oyelaran"  # four tokens: spaCy splits at the hyphen
    guess = _Entity("org", start, start + 4, doc[start].idx, name, name)
    kept = evidence.weigh(doc, [guess], known, heard.dictionary(extractor.nlp), None)
    assert [(e.kind, e.name) for e in kept] == [("person", "Quentina Marsh-Oyelaran")]


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "people"),
    [
        # two unknown names joined by "and" doing something: two people, not a firm
        ("Okay so Zelinda and Corvin ran the tombola together.", {"Zelinda", "Corvin"}),
        ("At the fete, Brisa and Tomeo sold all the cakes.", {"Brisa", "Tomeo"}),
        ("Met Ysolde and Pharamond, they want to help.", {"Ysolde", "Pharamond"}),  # a cue
        # a name the NER took for a place, doing what only a person does
        ("I need to send Tomasina my notes by Monday.", {"Tomasina"}),
        ("Can you give Ysoldine the keys tomorrow.", {"Ysoldine"}),  # given something
    ],
)
def test_names_the_ner_took_for_a_firm_or_a_place_are_people(
    extractor, text: str, people: set[str]
) -> None:
    found = _names(extractor, text)
    assert {("person", p) for p in people} <= found, found
    assert not any(k in ("org", "place") and (n in people or " and " in n) for k, n in found)


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "The surveyor from Glazewell and Daughters is due on the 9th.",  # a firm's suffix
        "Bought the frame from Fettle and Spoke, they sold the lot.",  # an ordinary word
        "We drove to Brackenhurst and then on home.",  # after "to": a place
    ],
)
def test_what_is_not_two_people_is_no_person(extractor, text: str) -> None:
    found = _names(extractor, text)
    assert not any(k == "person" for k, _ in found), found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Curry Goat Rice and Peas, the works.", "Peas"),  # beside a misheard word
        # initials said letter by letter, then a misheard word
        ("P.T.C. Meating at Ashgrove Lodge ran until nine.", "P.T.C. Meating"),
    ],
)
def test_misheard_words_are_no_people_on_a_transcript(
    extractor, text: str, not_a_person: str
) -> None:
    assert ("person", not_a_person) not in _names(extractor, text)


@pytest.mark.real
def test_a_country_said_by_its_initials_is_no_organisation(extractor) -> None:
    for text in ("She runs the UK side of it now.", "He's the volunteer lead for the UK lot."):
        assert ("org", "UK") not in _names(extractor, text)


@pytest.mark.real
def test_a_firm_after_the_that_acts_is_not_made_a_person(extractor) -> None:
    from pipeline.entities import _Entity
    from pipeline.heard import dictionary

    def weighed(text: str, start: int) -> list[tuple[str, str]]:
        doc = extractor.nlp(text)
        word = doc[start]
        e = _Entity("org", start, start + 1, word.idx, word.text, word.text)
        kept = evidence.weigh(doc, [e], (), dictionary(extractor.nlp), {(start, start + 1, "ORG")})
        return [(k.kind, k.name) for k in kept]

    # "the X is doing": a body (a congregation, a club), not someone called X
    assert ("person", "Kollel") not in weighed("Also the Kollel is doing a walk on the 5th.", 2)
    # without "the", the same words are someone's
    assert ("person", "Perpetua") in weighed("Perpetua's doing the Monday shift.", 0)


# -- follow-ups in Whisper's run-on text ------------------------------------------------------


def test_a_bare_number_after_a_weekday_that_is_a_time_is_no_day() -> None:
    friday = dt.date(2026, 10, 16)
    assert find_day("send it by Friday, 5 pm", AT.date()) == (friday, "by Friday")
    assert find_day("ring her Friday, 2 o'clock", AT.date())[0] == friday
    assert find_day("call on Friday, 2 till 4", AT.date())[0] == friday
    assert find_day("Friday, 20 minutes", AT.date())[0] == friday
    assert find_day("by Thursday, 6", AT.date())[0] == dt.date(2026, 10, 15)  # not the 6th
    # A day number the weekday confirms, or said as a day, is still that day.
    assert find_day("by Friday the 23rd", AT.date())[0] == dt.date(2026, 10, 23)
    assert find_day("by Friday 23", AT.date())[0] == dt.date(2026, 10, 23)
    assert find_day("on the 5th at 5 pm", AT.date())[0] == dt.date(2026, 11, 5)


def test_no_as_a_determiner_corrects_no_date() -> None:
    said = "I need to email Mr Pellow on Friday about the shed, and no more cake for me today."
    assert due_day(said, AT) == dt.date(2026, 10, 16)
    assert due_day("send it Thursday, no, Friday", AT) == dt.date(2026, 10, 16)  # a correction


def test_a_day_corrected_without_its_by_is_the_day_meant() -> None:
    # "by the sixteenth, no, the eighteenth": the corrected day said with no "by" of its own
    assert due_day("pay the window cleaner by the 16th, no, the eighteenth", AT) == dt.date(
        2026, 10, 18
    )
    assert due_day("send it by Friday, sorry, the twentieth", AT) == dt.date(2026, 10, 20)
    # no date before the correction: "the" is no day ("ring Ahmed, no, the other one")
    assert due_day("ring Ahmed, no, the other one, on Friday", AT) == dt.date(2026, 10, 16)


def test_a_heading_after_a_few_words_of_preamble_is_a_heading() -> None:
    assert _heading_only("Okay, this week, note to self")
    assert _heading_only("Action for me.")
    assert not _heading_only("Call the plumber, action for me")  # the promise is here
    assert not _heading_only("I said I would set a reminder")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        ("The swap is done through a website called Homely Swopper, apparently.", "Homely"),
        ("They sell a cone brand called Tarvelli, everyone uses it.", "Tarvelli"),
        ("The stock system, it's called Pharmo Tocum, is new.", "Pharmo"),
        ("Found an app called Kindlebee for the rota.", "Kindlebee"),
    ],
)
def test_the_name_of_a_thing_called_x_is_no_person(extractor, text: str, not_there) -> None:
    found = _names(extractor, text)
    assert not any(k == "person" and not_there in n for k, n in found), found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Met a woman called Quenby Ashdown at the pool.", "Quenby Ashdown"),
        ("The new physio is called Tamsin Orrell, she's lovely.", "Tamsin Orrell"),
        ("There was a bloke called Osric who fixed it.", "Osric"),
    ],
)
def test_a_person_called_x_is_still_a_person(extractor, text: str, person: str) -> None:
    assert ("person", person) in _names(extractor, text)


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Rang from the clinic, the Ospreners, the kids call her nurse Pim. Wants Arlo first.",
        "The Carwoods, she's the support worker. Tilda will send me the form.",
        "Went by the Quillons this morning. Arlo loved it.",
    ],
)
def test_a_family_heard_on_a_transcript_gives_no_surname_alone(extractor, text: str) -> None:
    found = _names(extractor, text)
    assert not any(k == "person" and len(n.split()) == 2 for k, n in found), found
    # typed, "the Quillons ... Arlo" is the writer's family and its child
    if "Quillons" in text:
        assert ("person", "Arlo Quillon") in _names(extractor, text, "typed")


@pytest.mark.real
def test_a_family_whose_surname_is_said_keeps_it_on_a_transcript(extractor) -> None:
    text = "Mrs Pellowe rang. The Pellowes are back, and Arlo starts on Monday."
    assert ("person", "Arlo Pellowe") in _names(extractor, text)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("She asked me to mail her photos of the black mould in Zephra's room today.", "Zephra"),
        ("Found the charger in Odalric's bedroom, of course.", "Odalric"),
        ("Need to label Quillan's inhaler before he goes back.", "Quillan"),
        ("Paid for Marisel's swimming, twelve pounds.", "Marisel"),
    ],
)
def test_a_name_that_owns_a_room_or_an_inhaler_is_a_person(
    extractor, text: str, person: str
) -> None:
    assert ("person", person) in _names(extractor, text)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Her teacher, Mrs. Pellowe, no Mrs. Quarrie. She wants the photo.", "Pellowe", "Quarrie"),
        ("I rang Mr. Ashdown, no, Mr. Ashby, about the fence.", "Ashdown", "Ashby"),
        ("Saw Dr. Venner, sorry, Dr. Vancourt, at the clinic.", "Venner", "Vancourt"),
    ],
)
def test_a_title_and_name_corrected_to_another_is_replaced(
    extractor, text: str, gone: str, kept: str
) -> None:
    found = {n for k, n in _names(extractor, text) if k == "person"}
    assert kept in found and gone not in found, found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("She's the housing officer at Clarity for our block.", "Clarity"),
        ("He's a porter at Meridian now, nights mostly.", "Meridian"),
        ("The caretaker at Lantern said no to the hall.", "Lantern"),
        ("Met the manager for Lodestar, lovely woman.", "Lodestar"),
    ],
)
def test_a_one_word_organisation_someone_works_at_is_kept_on_a_transcript(
    extractor, text: str, org: str
) -> None:
    assert ("org", org) in _names(extractor, text)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Whisper capitalised the verb after the name; the rule that reads "at" and capitals
        # ran the name on over it
        ("I coach with Odrin at Pellingford Rovers Reckons we need a pitch.", "Pellingford Rovers"),
        (
            "We train with Odrin's lot at Pellingford Rovers Said we could borrow the cones.",
            "Pellingford Rovers",
        ),
    ],
)
def test_a_verb_whisper_capitalised_after_a_name_is_not_part_of_it(
    extractor, text: str, name: str
) -> None:
    names = {n for k, n in _names(extractor, text) if k == "org"}
    assert name in names, names


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Back from the Counselor's Surgery at the Library, Counselor Brennick was very sharp.",
        "So the Quibble Group is called Book Club, and I need to ring Odrin tomorrow.",
    ],
)
def test_a_word_for_a_kind_of_body_alone_names_none_on_a_transcript(extractor, text: str) -> None:
    orgs = {n for k, n in _names(extractor, text) if k == "org"}
    assert not orgs & {"Library", "Club"}, orgs


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("Odrin says we can have the old Blue Lanterns game on Friday.", "Blue Lanterns"),
        ("We did the Silver Kettle quiz at the hall, Brennick won.", "Silver Kettle"),
    ],
)
def test_ordinary_words_in_capitals_before_a_noun_are_no_organisation_on_a_transcript(
    extractor, text: str, not_org: str
) -> None:
    orgs = {n for k, n in _names(extractor, text) if k == "org"}
    assert not_org not in orgs, orgs
