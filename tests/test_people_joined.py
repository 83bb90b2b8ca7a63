"""One person under one name: a family's surname given only to its members, a title with a
surname and a first name set off beside it joined, and someone known by one name found again
when a later memo is written all in lower case. Real spaCy on text and a real store across
memos; every name is made up for these tests and none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from test_people_said import DAY, MONDAY, save, transcript

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction
from pipeline.store import Store


def people(ex: Extraction) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == "person"}


def stored_people(store: Store) -> set[str]:
    rows = store.db.execute(
        "select name from entities e where kind = 'person' and "
        "exists (select 1 from mentions m where m.entity_id = e.id)"
    )
    return {r[0] for r in rows}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "member", "other"),
    [
        (
            "Wenceslas's neighbours the Brogdens came round. They'll drive him to church.",
            None,
            "Wenceslas",
        ),
        (
            "The Tamberlanes brought a cake and Oswy cut it. Ilse's recital was lovely.",
            "Oswy Tamberlane",
            "Ilse",
        ),
        ("Kit's at the Pellowes' this afternoon, Hedda's fetching him at five.", None, "Hedda"),
        (
            "The Marrables next door had a baby. Bram and Saskia are thrilled.",
            "Saskia Marrable",
            None,
        ),
        (
            "The Marrables will drive him next Sunday. Mull over whether to tell Ansel.",
            None,
            "Ansel",
        ),
        (
            "Met the Quellbys at the gate. Their youngest, Perpetua, starts in January.",
            "Perpetua Quellby",
            None,
        ),
        (
            "Saw Gethin at the bus stop. The Varrells were there too, their boy Ansel waved.",
            "Ansel Varrell",
            "Gethin",
        ),
        # "Christmas" and "the Olympics" end in "s" but are no family ("Christma")
        (
            "The Christmas market is on the ninth. Zorawar, our treasurer, says the float is fine.",
            None,
            "Zorawar",
        ),
        ("The Olympics party is Friday and Bettina is bringing crisps.", None, "Bettina"),
        # "the Trusses" are the Truss family; "our Saskia" is the speaker's, not theirs
        ("The Trusses came round, their boy Idwal waved.", "Idwal Truss", None),
        ("The Marrables live two doors down from our Angharad.", None, "Angharad"),
    ],
)
def test_a_family_name_goes_to_its_members_only(
    extractor: SpacyExtractor, text: str, member: str | None, other: str | None
) -> None:
    found = people(extractor.extract(transcript(text), MONDAY))
    if member:
        assert member in found
    if other:
        assert other in found
        assert not any(n.startswith(other + " ") for n in found)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Fennicks moved in. Tobin and Elske were gutted about the garden.",
            {"Tobin Fennick", "Elske Fennick"},
        ),
        ("Corvan and Ilsabet are delighted with the flat.", {"Corvan", "Ilsabet"}),
        ("Drummond and Fiske were chuffed with the quote.", {"Drummond", "Fiske"}),
    ],
)
def test_a_pair_who_feel_something_are_two_people(
    extractor: SpacyExtractor, text: str, found: set[str]
) -> None:
    assert found <= people(extractor.extract(transcript(text), MONDAY))


@pytest.mark.real
@pytest.mark.parametrize("label", [None, "ORG", "PERSON"])
def test_a_pair_who_feel_is_two_people_whatever_the_ner_saw(
    extractor: SpacyExtractor, label: str | None
) -> None:
    from spacy.tokens import Span

    from pipeline.rules.people import _pairs_who_feel

    doc = extractor.nlp("Corvan and Ilsabet are delighted with the flat.")
    doc.ents = [Span(doc, 0, 3, label)] if label else []
    _pairs_who_feel(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Corvan", "PERSON"), ("Ilsabet", "PERSON")]


@pytest.mark.real
def test_a_pair_doing_what_a_firm_does_is_not_made_two_people(extractor: SpacyExtractor) -> None:
    from pipeline.rules.people import _pairs_who_feel

    doc = extractor.nlp("Pickle and Pride were closing early.")
    doc.ents = []
    _pairs_who_feel(doc)
    assert not doc.ents


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Mrs Thistlecombe, Bronwen, she told us her first name at last, ran the meeting.",
            "Bronwen Thistlecombe",
        ),
        (
            "Dropped the boys at class. Tariq Sir, Mr Habibullah, he's the teacher, was pleased.",
            "Tariq Habibullah",
        ),
        (
            "I saw Mr Quarrington, er, Desmond, at the pool and he asked after Mum.",
            "Desmond Quarrington",
        ),
        (
            "Parents' evening. Mr Pellegrew, Ana's form tutor, first name Wojciech, nice man.",
            "Wojciech Pellegrew",
        ),
        (
            "Rang Mrs Thistlecombe, her first name's Bronwen, about the hall.",
            "Bronwen Thistlecombe",
        ),
        ("Met Bronwen, that's Mrs Thistlecombe, properly, at the gate.", "Bronwen Thistlecombe"),
    ],
)
def test_a_title_and_surname_with_a_first_name_beside_it_is_one_person(
    extractor: SpacyExtractor, text: str, full: str
) -> None:
    found = people(extractor.extract(transcript(text), MONDAY))
    assert full in found
    assert not {n for n in found if n != full and (n in full.split())}


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Mrs Thistlecombe, Bronwen and Gethin all came to the fair.",
        "Mrs Thistlecombe, Bronwen's mum, came to the fair.",
        "Bronwen, that's Mrs Thistlecombe's daughter, came to the fair.",
    ],
)
def test_a_list_or_a_relative_is_not_joined(extractor: SpacyExtractor, text: str) -> None:
    found = people(extractor.extract(transcript(text), MONDAY))
    assert "Bronwen Thistlecombe" not in found


@pytest.mark.real
def test_the_title_said_first_joins_the_full_name_in_the_store(extractor: SpacyExtractor) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "Mrs Thistlecombe caught me in the car park about the rota.", MONDAY)
    save(
        store,
        extractor,
        "Staff meeting. Mrs Thistlecombe, Bronwen, she told us her first name, wants the notes.",
        MONDAY + DAY,
    )
    assert {"Bronwen Thistlecombe"} == stored_people(store)


@pytest.mark.real
@pytest.mark.parametrize(
    "later",
    [
        "just back from the open evening idrys loved it the labs especially and the head of year"
        " 7 was very strict about the forms so we need to do them before the end of the month",
        "the surveyor came at 11 he measured the rooms and took photos of the damp in idryss room"
        " he says the repairs team will come out on the 20th so i need to clear the wall",
        "went to the park with the kids then came home and we tested the cakes idrys ate half of"
        " it so we decided the stall will be two tables and i have to do the menu tonight",
    ],
)
def test_someone_known_by_one_name_is_found_in_a_lower_case_memo(
    extractor: SpacyExtractor, later: str
) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "At the gate. Idrys wants to go to the open evening.", MONDAY)
    assert "Idrys" in people(save(store, extractor, later, MONDAY + DAY))


@pytest.mark.real
def test_a_one_name_guess_does_not_vouch_for_itself_in_typed_text(
    extractor: SpacyExtractor,
) -> None:
    """Known by one name is no pattern: the word stays what each memo makes of it."""
    store = Store.open(":memory:")
    save(store, extractor, "Idrys wants to go to the open evening.", MONDAY)
    terms = store.vocabulary().terms
    assert [t.text for t in terms if t.text == "Idrys" and t.kind == "person"] == []


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("Surveyor's here. He took readings in every room.", "Surveyor"),
        ("She says I can't get Carer's Allowance because I earn too much.", "Carer"),
        ("Electrician came at nine and sorted the fuse box.", "Electrician"),
        ("Mrs Glasspool rang, and the Plumber's coming on Friday.", "Plumber"),
    ],
)
def test_a_job_said_alone_is_no_one_s_name(extractor: SpacyExtractor, text: str, job: str) -> None:
    assert job not in people(extractor.extract(transcript(text), MONDAY))


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The nurse will ring beforehand about his Pulvatrin and spacer.", "Pulvatrin"),
        ("He said Gleemax spray just hides it, so not to bother.", "Gleemax"),
        ("She left her Zorbix at school again, so I'll drop it in.", "Zorbix"),
        ("Bought two Crumbelle sachets and some plasters at the chemist.", "Crumbelle"),
    ],
)
def test_a_name_said_as_a_thing_is_no_one(extractor: SpacyExtractor, text: str, thing: str) -> None:
    assert thing not in people(extractor.extract(transcript(text), MONDAY))


@pytest.mark.real
def test_a_person_owned_by_kin_words_is_still_a_person(extractor: SpacyExtractor) -> None:
    found = people(
        extractor.extract(transcript("Aurelio's mum rang, and Ottoline texted."), MONDAY)
    )
    assert {"Aurelio", "Ottoline"} <= found


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Thursday, Ottilie's review with Doctor Okwuosa. Friday, the shopping.",
        "Tuesday, the hearing test with Doctor Okwuosa, then lunch.",
        "Her check-up with Doctor Okwuosa is on the ninth.",
    ],
)
def test_someone_with_a_title_after_with_is_a_person(extractor: SpacyExtractor, text: str) -> None:
    ex = extractor.extract(transcript(text), MONDAY)
    assert "Okwuosa" in people(ex)
    assert "Doctor" not in {m.name for m in ex.mentions}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ilka's off next week, she's going back to Tallinn, so the jabs are on me.", "Ilka"),
        ("Ilka's away till Monday, so I'm on my own.", "Ilka"),
    ],
)
def test_a_name_before_a_date_it_is_not_is_still_a_person(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in people(extractor.extract(transcript(text), MONDAY))


@pytest.mark.real
def test_a_thing_that_is_a_date_is_still_no_person(extractor: SpacyExtractor) -> None:
    text = "Deadline's the thirtieth, so I need to get on with it."
    assert "Deadline" not in people(extractor.extract(transcript(text), MONDAY))


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("She asked me to email her photos of the black mould in Idrys's room today.", "Idrys"),
        ("Back from the school, Idrys's assembly was lovely.", "Idrys"),
        ("Need to pick up Idrys's inhaler from the chemist.", "Idrys"),
        ("Fixed Idrys's scooter, it only needed a bolt.", "Idrys"),
    ],
)
def test_a_name_with_what_only_a_person_has_is_a_person(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in people(extractor.extract(transcript(text), MONDAY))


@pytest.mark.real
@pytest.mark.parametrize(
    "later",
    [
        "Victoria Gardens with the kids and Faruq. Lovely day.",
        "Park with the kids and Imtaz.",
    ],
)
def test_someone_known_by_one_name_is_found_where_the_ner_saw_nobody(
    extractor: SpacyExtractor, later: str
) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "Faruq thinks we'll never move, and Imtaz says so too.", MONDAY)
    assert stored_people(store) == {"Faruq", "Imtaz"}
    said = people(save(store, extractor, later, MONDAY + DAY))
    assert said & {"Faruq", "Imtaz"}


@pytest.mark.real
def test_a_listed_first_name_the_ner_took_for_a_date_is_a_person(
    extractor: SpacyExtractor,
) -> None:
    from spacy.tokens import Span

    from pipeline.rules.people import _names_taken_for_dates

    doc = extractor.nlp("Talked to the woman on the stall, Maureen, she's been there on Friday.")
    doc.ents = [
        Span(doc, 8, 9, label="DATE"),  # a first name the NER took for a date
        Span(doc, 15, 16, label="DATE"),  # Friday
    ]
    _names_taken_for_dates(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Maureen", "PERSON"), ("Friday", "DATE")]


LOWER_MEMO = (
    "so we tested the cakes and decided the stall will be 2 tables one henna one cakes {name}"
    " from the enterprise hub that charity in the town can see us tuesday at 2 and i have to"
    " do the menu before then"
)


@pytest.mark.real
@pytest.mark.parametrize("name", ["folake eze", "chidinma ukeje", "precious obuya"])
def test_a_listed_first_name_and_a_surname_no_dictionary_has_in_lower_case(
    extractor: SpacyExtractor, name: str
) -> None:
    found = people(extractor.extract(transcript(LOWER_MEMO.format(name=name)), MONDAY))
    assert name.title() in found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "first evening of the course at the college its every wednesday 6 till 9 and theres"
            " a woman called liyah tesfamariam who sat next to me shes got 2 kids as well",
            "Liyah Tesfamariam",
        ),
        (
            "just back from the open evening the kids loved it the head of year 7 is a"
            " mr o'fearghail very strict he said applications close on the 31st of october",
            "O'Fearghail",
        ),
    ],
)
def test_a_name_the_ner_saw_in_lower_case_with_no_ordinary_word_is_kept(
    extractor: SpacyExtractor, text: str, name: str
) -> None:
    assert name in people(extractor.extract(transcript(text), MONDAY))


@pytest.mark.real
def test_a_lower_case_surname_said_again_in_full_is_not_run_into_the_first_name(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "just back from the open evening the kids loved it the head of year 7 is a"
        " mr o'fearghail ciaran o'fearghail very strict he said the forms close on the 31st"
    )
    found = people(extractor.extract(transcript(text), MONDAY))
    assert "O'Fearghail Ciaran" not in found
    assert found & {"O'Fearghail", "Ciaran O'Fearghail"}


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "So I finally got through to Riverside HARTA, er, the housing officer is new.",
        "Emailed QUOLA about the banding, and they said two weeks.",
        "Rang CAMHS about the referral, still nothing.",
    ],
)
def test_four_capitals_or_more_are_a_body_not_a_person(
    extractor: SpacyExtractor, text: str
) -> None:
    found = people(extractor.extract(transcript(text), MONDAY))
    assert not {n for n in found if n.isupper()}


@pytest.mark.real
def test_a_listed_first_name_before_a_misheard_surname_is_still_a_person(
    extractor: SpacyExtractor,
) -> None:
    text = "He's booked at the opticians, the audiologist is a Tamsin hack on Friday at eleven."
    assert people(extractor.extract(transcript(text), MONDAY)) & {"Tamsin", "Tamsin Hack"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Then Mother Abena, Abena Ofori-Kyei, she runs the welcome table.", "Abena Ofori-Kyei"),
        (
            "Bisola rang, sorry, Bisola Adetola, well, Mama Bisola as the kids call her.",
            "Bisola Adetola",
        ),
        (
            "Deacon Tunji said the hall is free. Tunji Bankole-Ade runs the rota.",
            "Tunji Bankole-Ade",
        ),
    ],
)
def test_an_elders_title_with_a_first_name_is_the_person_named_in_full(
    extractor: SpacyExtractor, text: str, full: str
) -> None:
    """Church and family elders are called by a title and their first name ("Mother Abena",
    "Mama Bisola", "Deacon Tunji"): the one person of that first name named in full."""
    assert people(extractor.extract(transcript(text), MONDAY)) == {full}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "known", "kind"),
    [
        ("Friday the twenty-sixth, Ottoline's museum trip.", "ottoline", "person"),
        ("Ottoline's hospital bag is packed.", "ottoline", "person"),
        # no Ottoline known: "Ottoline's hospital" may be a hospital
        ("Ottoline's hospital bag is packed.", "bartek", "org"),
    ],
)
def test_a_known_persons_things_are_no_organisation(
    extractor: SpacyExtractor, text: str, known: str, kind: str
) -> None:
    from pipeline.entities import _Entity
    from pipeline.resolve import _known_persons_things

    doc = extractor.nlp(text)
    at = next(t.i for t in doc if t.text == "Ottoline")
    raw = [_Entity("org", at, at + 3, doc[at].idx, doc[at : at + 3].text, "Ottoline's X")]
    _known_persons_things(doc, raw, lambda w: w == known)
    assert raw[0].kind == kind
    if kind == "person":
        assert (raw[0].name, raw[0].end) == ("Ottoline", at + 1)


@pytest.mark.real
def test_someone_known_by_one_name_keeps_it_after_a_family_is_named(
    extractor: SpacyExtractor,
) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "Zephaniah had a nosebleed at school so I picked him up.", MONDAY)
    text = "The Marrables came to the lantern walk. Zephaniah fell asleep in the buggy."
    assert "Zephaniah" in people(save(store, extractor, text, MONDAY + DAY))


@pytest.mark.real
def test_an_app_is_no_part_of_a_name(extractor: SpacyExtractor) -> None:
    text = "quick one jodie marsh messaged on whatsapp kai cant come to the festival on saturday"
    assert not any("Whatsapp" in n for n in people(extractor.extract(transcript(text), MONDAY)))


@pytest.mark.real
def test_a_first_name_said_before_the_full_name_is_one_person(extractor: SpacyExtractor) -> None:
    """A first name in an earlier memo ("Zorawar, the treasurer"), a "Christmas" in its memo
    that names no family, then the full name: one person, found again by the first name."""
    store = Store.open(":memory:")
    text = "The Christmas market is on the ninth. Zorawar, our treasurer, says the float is fine."
    save(store, extractor, text, MONDAY)
    text = "Zorawar from the PTA, Zorawar Bhangu, he's an accountant on the high road."
    save(store, extractor, text, MONDAY + DAY)
    ex = save(store, extractor, "Zorawar will do the books for a hundred.", MONDAY + 2 * DAY)
    assert names_of(ex) == {"Zorawar Bhangu"}
    assert stored_people(store) == {"Zorawar Bhangu"}


@pytest.mark.real
def test_a_first_name_two_known_people_share_stays_apart(extractor: SpacyExtractor) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "Met Zorawar Athwalton, the caretaker at the hall.", MONDAY)
    save(store, extractor, "Zorawar Bhangu from the PTA is an accountant.", MONDAY + DAY)
    text = "Zorawar, the treasurer, says we've got ninety pounds."
    assert names_of(save(store, extractor, text, MONDAY + 2 * DAY)) == {"Zorawar"}
    assert stored_people(store) == {"Zorawar", "Zorawar Athwalton", "Zorawar Bhangu"}


def names_of(ex: Extraction) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == "person"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Bumped into the Marrables. Their Saskia's in Tomek's class now.", "Tomek"),
        ("Met the Quellbys, their son Anselm is in Oisin's class at Hollins Juniors.", "Oisin"),
    ],
)
def test_a_classmate_said_whose_class_takes_no_family_name(
    extractor: SpacyExtractor, text: str, other: str
) -> None:
    """ "Their son Anselm is in Oisin's class": Oisin is the member's classmate, not one of
    the family."""
    found = people(extractor.extract(transcript(text), MONDAY))
    assert other in found
    assert not any(n.startswith(other + " ") for n in found)
