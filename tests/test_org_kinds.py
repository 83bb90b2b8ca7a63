"""Organisations by the kinds of mistake memos showed: trading names with "and" in them, a
name said short and corrected at once, a place before an organisation word, short forms and
lower-case names of an organisation named earlier, and the things the NER calls an
organisation that are none (a course, a gadget named after someone, an abbreviation, a lake).
Then who works where when the job comes first or the organisation sentences before. Real spaCy
on text; every name is made up for these tests and taken from no evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Term, Transcript

pytestmark = pytest.mark.real

AT = dt.datetime(2027, 5, 12, 18, 0)


def extract(extractor: SpacyExtractor, text: str, known: tuple[Term, ...] = ()) -> Extraction:
    parts = [p.strip(" .") + "." for p in text.split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    transcript = Transcript(segments, "en", 1.0, 3.0 * len(parts), "typed")  # capitals count
    return extractor.extract(transcript, AT, vocabulary=known)


def names(ex: Extraction, kind: str) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == kind}


def links(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(link.person, link.org) for link in ex.links if link.org}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a trading name with "and", set off by what it is
        ("Three, ask Flour and Co, the bakery on Fore Street, for a cake.", "Flour and Co"),
        ("Popped into Salt and Pepper, the deli on Mill Road, for a prize.", "Salt and Pepper"),
        (
            "Good news, Tack and Tackle, that little joinery firm, are giving us a bench.",
            "Tack and Tackle",
        ),
        # a word that never opens a name may stand inside one
        ("Booked Mum in at Fox Head Lane Surgery for Tuesday.", "Fox Head Lane Surgery"),
        # a listed place the patterns cannot run through, then an organisation word
        (
            "Got talking to a warden, she's with the City of London Corporation.",
            "City of London Corporation",
        ),
        # a county FA, a community shed and fridge, a home-care firm, a women's side
        ("The course is run with the Surrey FA on Saturday.", "Surrey FA"),
        ("Tilda Marsh, who runs the Millbrook Repair Shed, rang.", "Millbrook Repair Shed"),
        ("Rang Rosehip Homecare about the visits.", "Rosehip Homecare"),
        ("First match is away at Denholm Belles on the ninth.", "Denholm Belles"),
        # Whisper writes a local name in lower case before a listed kind
        ("Er, so the pellham youth club might lend us their minibus.", "Pellham Youth Club"),
    ],
)
def test_organisation_names(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


def test_a_name_said_short_and_corrected_is_the_organisation(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Rang Mum's surgery, Elm Lodge, sorry, Elm Lodge Surgery, about her jabs."
    )
    assert names(ex, "org") == {"Elm Lodge Surgery"}
    assert "Elm Lodge" not in names(ex, "person") | names(ex, "place")


def test_a_name_given_after_its_kind(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The gutters need doing, and the housing association has to do it because it's "
        "their block. So that's Larkspur. Their repairs officer is a guy called Rohan Devi.",
    )
    assert "Larkspur" in names(ex, "org")
    assert ("Rohan Devi", "Larkspur") in links(ex)
    # who came is not the organisation's name
    ex = extract(extractor, "The housing association sent someone. It was Dilnoza.")
    assert "Dilnoza" not in names(ex, "org")
    # a date after "it's" names nothing
    assert names(extract(extractor, "We went to the youth club. It's Tuesday."), "org") == {
        "Youth Club"
    }


def test_short_forms_of_a_known_organisation(extractor: SpacyExtractor) -> None:
    known = (Term("Eastgate Community Fridge", "org"), Term("Ashby Park Rangers", "org"))
    ex = extract(extractor, "The fridge is short of volunteers. I took milk to the fridge.", known)
    assert [m.name for m in ex.mentions if m.kind == "org"] == ["Eastgate Community Fridge"] * 2
    # said in the memo itself, and a name that is the end of the longer one
    ex = extract(
        extractor,
        "Repair shed tonight. Tilda Marsh runs the Millbrook Repair Shed. At the shed we "
        "fixed a lamp.",
    )
    assert names(ex, "org") == {"Millbrook Repair Shed"}
    # plurals and ordinary kinds stand for nothing
    ex = extract(extractor, "Talked to one of the rangers. The council rang about the bins.", known)
    assert names(ex, "org") == set()


def test_a_park_is_no_club(extractor: SpacyExtractor) -> None:
    known = (Term("Ashby Park Rangers", "org"), Term("Fernlea Avenue Primary", "org"))
    for said in ("Walked the dog in Ashby Park this morning.", "Ashby Park was flooded again."):
        ex = extract(extractor, said, known)
        assert "Ashby Park" in names(ex, "place")
        assert not names(ex, "org")
    # a school is called by its road
    ex = extract(extractor, "Dropped Rufus at Fernlea Avenue and went to work.", known)
    assert "Fernlea Avenue Primary" in names(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "The SAT papers came back marked on Friday.",
        "She starts the Foundations of Youth Work course in June.",
        "Doctor Imrie wants the Van de Velde running in lab two.",
        "So he's asked me to find a parent ref by Friday.",
        "Walked the kids up by Greystone Water after lunch.",
    ],
)
def test_not_organisations(extractor: SpacyExtractor, text: str) -> None:
    assert names(extract(extractor, text), "org") == set()


def test_still_water_is_a_place_and_a_water_company_is_not(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "We met at the Greystone Water car park at ten.")
    assert "Greystone Water" in names(ex, "place")
    ex = extract(extractor, "She is head of marketing at Yorkshire Water.")
    assert "Yorkshire Water" in names(ex, "org")


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a job with a clause of its own, for a name the NER took for a firm
        (
            "Rang Rosehip Homecare first thing. The carer who comes most evenings is "
            "Ottoline, she is lovely.",
            "Ottoline",
            "Rosehip Homecare",
        ),
        (
            "Bumped into Councillor Ada Obi at the market, she's our ward councillor on "
            "Barnet Council, and she wants the form.",
            "Ada Obi",
            "Barnet Council",
        ),
        (
            "Marek Nowak came by from the Polish Centre with two boxes of leaflets.",
            "Marek Nowak",
            "Polish Centre",
        ),
        # the job fits the one school the memo named three sentences before
        (
            "PTA meeting this morning at Elmstead Primary. Stella Grant is chair again. "
            "The raffle is in the school hall. Mr Quarshie, the head, is fine with it.",
            "Quarshie",
            "Elmstead Primary",
        ),
        # the name recalled at the start of the next sentence
        (
            "A woman from Brackwell CVS did a talk at the library once... Zelda Ferrand, "
            "that's it. She runs their funding clinics.",
            "Zelda Ferrand",
            "Brackwell CVS",
        ),
        (
            "Ollie's coach is Dwayne Mabry. Dwayne's from Hollybush Athletic.",
            "Dwayne Mabry",
            "Hollybush Athletic",
        ),
    ],
)
def test_links(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    assert (person, org) in links(extract(extractor, text))


def test_a_lift_is_no_link(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Dropped Rufus Kemble at Fernlea Avenue Primary on the way.")
    assert not links(ex)


def test_the_start_of_a_known_name(extractor: SpacyExtractor) -> None:
    known = (Term("Harrow Vale Housing", "org"), Term("Edith Neville Primary", "org"))
    ex = extract(extractor, "Struan from Harrow Vale rang about the boiler.", known)
    assert names(ex, "org") == {"Harrow Vale Housing"} and not names(ex, "place")
    assert ("Struan", "Harrow Vale Housing") in links(ex)
    ex = extract(extractor, "Dropped the kids at Edith Neville this morning.", known)
    assert names(ex, "org") == {"Edith Neville Primary"} and not names(ex, "person")
    # without a word that puts her somewhere, a person's name stays a person
    ex = extract(extractor, "Edith Neville rang about the boiler.", known)
    assert names(ex, "person") == {"Edith Neville"}


def test_the_one_who_answered_the_call(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Rang Quillan Energy this morning, spoke to a lovely man, Ezekiel.")
    assert ("Ezekiel", "Quillan Energy") in links(ex)
    ex = extract(extractor, "Called into Quillan Energy. Spoke to Ezekiel about the football.")
    assert not links(ex)


@pytest.mark.parametrize(
    "text",
    [
        "She passed her Silver Award this year.",
        "Dad gets Attendance Allowance now.",
        "Got the Blue Badge application in.",
    ],
)
def test_things_held_are_no_organisation(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert names(ex, "org") == set() and names(ex, "person") == set()


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Emailed Healthwatch Sefton about the complaint.", "Healthwatch Sefton"),
        ("Took the van to Kwik Fit and then popped into Boots.", "Boots"),
    ],
)
def test_networks_and_chains(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


def test_a_short_form_said_with_its_kind(extractor: SpacyExtractor) -> None:
    known = (Term("Upton Kestrel Trust", "org"), Term("Age UK Brackwell Forest", "org"))
    said = "Kemi from the Kestrel Trust rang. The kestrel trust have places."
    ex = extract(extractor, said, known)
    assert {m.name for m in ex.mentions if m.kind == "org"} == {"Upton Kestrel Trust"}
    # a place that ends a name is the place
    ex = extract(extractor, "We walked in the forest. The community trust gave us money.", known)
    assert not names(ex, "org")


def test_lower_case_names_no_dictionary_has(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "ok so i need to ring hmrc about my tax code and then go to lidl")
    assert names(ex, "org") == {"HMRC", "Lidl"}
    # a name that is also a word needs its capital
    ex = extract(extractor, "the scouts are camping and i lost my mind and my boots")
    assert not names(ex, "org")


def test_great_can_open_a_longer_name(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Great Oakley Housing still haven't fixed the leak.")
    assert names(ex, "org") == {"Great Oakley Housing"}
    assert not names(extract(extractor, "Great, Council rang back."), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("rang quarrymead hospital about mums appointment", "Quarrymead Hospital"),
        (
            "the school sent a letter brackenhill junior school shuts early",
            "Brackenhill Junior School",
        ),
        (
            "note for the meeting cragside west residents association wants the minutes",
            "Cragside West Residents Association",
        ),
        ("the plumber from dunmere heating is coming tuesday", "Dunmere Heating"),
    ],
)
def test_names_said_in_lower_case(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "took the kids to the local youth club and the village school",
        "my kids primary school is shut and the girls football club is great",
        "the lad from next door came round",
    ],
)
def test_ordinary_words_before_a_kind_name_nothing(extractor: SpacyExtractor, text: str) -> None:
    assert all(n in ("Youth Club",) for n in names(extract(extractor, text), "org"))


def test_who_runs_it(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Went to the Ashdown Food Bank. Sheila, who runs it, said they need tins."
    )
    assert ("Sheila", "Ashdown Food Bank") in links(ex)
    ex = extract(
        extractor, "so went to the ashdown food bank and sheila who runs it said they need tins"
    )
    assert ("Sheila", "Ashdown Food Bank") in links(ex)


def test_an_organisation_signed_after_a_name(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Dean Hollis, Kestrel Homes, wants the form back.")
    assert ("Dean Hollis", "Kestrel Homes") in links(ex)
    ex = extract(extractor, "I rang Dean Hollis, Kestrel Homes, and the council.")
    assert not links(ex)


def test_who_makes_a_person_but_not_a_firm(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Trisha, who runs the Marsh Lane Men's Shed, asked me to bring my drill."
    )
    assert "Trisha" in names(ex, "person")
    assert ("Trisha", "Marsh Lane Men's Shed") in links(ex)
    ex = extract(extractor, "Zapcom, who were great last time, sent the parts.")
    assert "Zapcom" in names(ex, "org")


def test_a_firm_taken_up_by_who_were_though_the_ner_said_person(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Trudwell, who were late again, sent the bill.")
    assert names(ex, "org") == {"Trudwell"} and not names(ex, "person")
    ex = extract(extractor, "Ngata, who were you with?")
    assert not names(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "Kelvorne were late again with the parts.",
        "Brindlecott quoted us three hundred for the fence.",
        "Then Plumbsoft invoiced us twice.",
    ],
)
@pytest.mark.parametrize("label", [None, "PERSON"])
def test_a_firm_said_by_what_it_does_is_one_whatever_the_ner_made_of_it(
    extractor: SpacyExtractor, text: str, label: str | None
) -> None:
    from spacy.tokens import Span

    from pipeline.rules.orgs import _firms_taken_for_someone

    doc = extractor.nlp(text)
    word = next(t for t in doc if t.is_title and t.lower_ != "then")
    doc.ents = [Span(doc, word.i, word.i + 1, label)] if label else []
    _firms_taken_for_someone(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [(word.text, "ORG")]
    assert word.text in names(extract(extractor, text), "org")


def test_one_who_was_is_no_firm(extractor: SpacyExtractor) -> None:
    assert not names(extract(extractor, "Tolliver, who was lovely, sent flowers."), "org")


def test_a_phrase_name_is_not_found_by_its_last_word(extractor: SpacyExtractor) -> None:
    known = (Term("Open Door", "org"), Term("Tack and Tackle", "org"))
    ex = extract(extractor, "I locked the door and bought the tackle.", known)
    assert not names(ex, "org")
