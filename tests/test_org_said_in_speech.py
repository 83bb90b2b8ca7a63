"""Organisations said the way people say them into a phone, in lower case: a firm whose own
name has "and" in it ("x and sons", "x and y staffing"), a trade joined on to a firm's name,
a business given by what it is ("the agency's ...", "the caterers are ..."), a name set off
by its kind after a word of when, a chemist's named for a landmark, a university or a sixth
form said short, a local paper one is from, a saint's school or church, an NHS trust that
opens "united", Welsh names that open with their kind, and a body whose branch (not name)
is corrected. Real spaCy on text; every name is made up for these tests and taken from no
evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor
from pipeline.records import Term

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a family firm or partners, whatever the tagger makes of the surname
        ("I rang pruett and sons about the car.", "Pruett and Sons"),
        ("She's with marrick and partners in the town now.", "Marrick and Partners"),
        # two names joined by "and" before a firm's word, after a lead
        ("Rang morgan and vane staffing about the new starters.", "Morgan and Vane Staffing"),
        (
            "The appointment is with fenby and wold credit union on the high street.",
            "Fenby and Wold Credit Union",
        ),
        # a trade joined on to a firm's name found up to its first trade
        ("Kev from tollbar roofing and leadwork was there.", "Tollbar Roofing and Leadwork"),
        ("Booked the van with brannock plumbing and heating for Tuesday.", None),
    ],
)
def test_firms_joined_by_and_in_lower_case(
    extractor: SpacyExtractor, text: str, org: str | None
) -> None:
    found = names(extract(extractor, text), "org")
    assert (org or "Brannock Plumbing and Heating") in found


@pytest.mark.parametrize(
    "text",
    [
        "Went with mum and dad to the surgery.",
        "I rang builders and roofers about the leak.",
        "I'm with my husband and sons at the park.",
        "Her husband works for british airways and reckons he can sort the rails.",
    ],
)
def test_words_joined_by_and_that_name_no_firm(extractor: SpacyExtractor, text: str) -> None:
    found = names(extract(extractor, text), "org")
    assert not {o for o in found if " and " in o.lower()}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The agency's kindara homecare, the manager's a Gwen.", "Kindara Homecare"),
        ("And the caterers are qureshi and sons, the ones in town.", "Qureshi and Sons"),
    ],
)
def test_a_business_given_by_what_it_is(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "Action for me: a price list for the café's cake stall at the summer fair.",
        "She wants us on the surgery's patient leaflet, and she wants our hours.",
        "I need to check whether the choir's rehearsing that Sunday.",
        "The caterers are brilliant, honestly.",
    ],
)
def test_whose_thing_is_no_business(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


def test_a_name_corrected_after_its_without_an_apostrophe(extractor: SpacyExtractor) -> None:
    text = (
        "appointment with ola at the kelby credit union no its tamar and lyn credit union "
        "now they changed the name"
    )
    found = names(extract(extractor, text), "org")
    assert "Tamar and Lyn Credit Union" in found
    assert "Kelby Credit Union" not in found


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a word of when between the name and its kind
        ("Took her for a scone at wonky teapot after, the wee tearoom on Fore Street.", None),
        ("They run amber lantern together, the Polish shop on West Road.", "Amber Lantern"),
        ("The delivery from brackley foods, the wholesaler in Derby, comes Monday.", None),
        # initials set off by what they are
        ("Lunch break. Phone call fae KRI, the royal infirmary, Gran had a fall.", "KRI"),
    ],
)
def test_a_name_set_off_by_its_kind(extractor: SpacyExtractor, text: str, org: str | None) -> None:
    want = org or ("Wonky Teapot" if "teapot" in text else "Brackley Foods")
    assert want in names(extract(extractor, text), "org")


def test_a_branch_corrected_is_not_the_body_taken_back(extractor: SpacyExtractor) -> None:
    text = (
        "She's got a job at Little Wrens in Leyton, no, sorry, it's the Walthamstow one. "
        "She starts in December."
    )
    assert "Little Wrens" in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("And the quay pharmacy called, the packs are ready.", "Quay Pharmacy"),
        ("Need her list off the station pharmacy this afternoon.", "Station Pharmacy"),
        ("She's put sheffield uni as her first choice.", "Sheffield Uni"),
        ("Her tutor at ashcombe park sixth form, Mr Pell, rang.", "Ashcombe Park Sixth Form"),
        ("Bonfire tonight, the harrogate round table one, gates at six.", "Harrogate Round Table"),
        ("Somebody from the echo and gazette might take a photo.", "Echo and Gazette"),
        ("I rang the bristol post about the advert.", "Bristol Post"),
        ("Hospital rang, united kelby hospitals nhs trust, about his knee.", None),
        ("So I dropped the forms into st bede's primary this morning.", "St Bede's Primary"),
        ("Kirsty at st cuthbert's school said fine.", "St Cuthbert's School"),
        ("Jimmy does the books for a firm called coastline scaffolding in Blyth.", None),
    ],
)
def test_bodies_said_short_or_by_a_landmark(
    extractor: SpacyExtractor, text: str, org: str | None
) -> None:
    want = org or (
        "United Kelby Hospitals NHS Trust" if "kelby" in text else "Coastline Scaffolding"
    )
    assert want in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "I went to the bridge club on Tuesday.",
        "The hospital pharmacy rang about his tablets.",
        "He's back at uni next week and the uni sent a letter.",
        "She's off to college in the morning, then work after college.",
        "She's in the sixth form now.",
        "We posted it at the bristol post office.",
        "Nan reads the yorkshire post every day.",
    ],
)
def test_kinds_and_things_said_alike_name_no_body(extractor: SpacyExtractor, text: str) -> None:
    found = names(extract(extractor, text), "org")
    assert not found - {"Bristol Post Office"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Our director at Côr Meibion Penlan texted at six.", "Côr Meibion Penlan"),
        ("The joint concert with Cantorion Sir Benfro is on Saturday.", "Cantorion Sir Benfro"),
        ("Remembrance tomorrow, service at Capel Horeb half ten, then the memorial.", None),
        ("Zainab from TGAW Cymru, she's her development officer, rang.", "TGAW Cymru"),
    ],
)
def test_welsh_names_and_nations(extractor: SpacyExtractor, text: str, org: str | None) -> None:
    found = names(extract(extractor, text), "org")
    assert (org or "Capel Horeb") in found
    assert "Capel Horeb half" not in found


def test_a_known_body_said_short_after_to(extractor: SpacyExtractor) -> None:
    known = (Term("Zorbekas Lithuanian School", "org"),)
    text = "Egle took the kids to zorbekas this morning, Ruta sent a photo."
    assert "Zorbekas Lithuanian School" in names(extract(extractor, text, known), "org")


def test_the_last_word_of_a_two_word_kind_is_no_short_form(extractor: SpacyExtractor) -> None:
    known = (Term("Ashcombe Park Sixth Form", "org"),)
    text = "I need to fill in the form and send it back by Friday."
    assert not names(extract(extractor, text, known), "org")


def _doc(text: str, orgs: tuple[str, ...] = ()) -> object:
    """`text` read by the real pipeline's tagger, its entities only the organisations given
    (the NER's reading of such names comes and goes with the words around them)."""
    from spacy.tokens import Span

    from pipeline.nlp import load_nlp

    doc = load_nlp()(text)
    spans = []
    for org in orgs:
        start = text.index(org)
        span = doc.char_span(start, start + len(org))
        spans.append(Span(doc, span.start, span.end, label="ORG"))
    doc.ents = spans
    return doc


def _orgs(doc: object) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "ORG"}  # type: ignore[attr-defined]


def test_a_second_trade_joined_on_to_a_firm() -> None:
    from pipeline.rules.orgs_lower import _trades_joined_onto_a_firm

    doc = _doc("Huw from tregarn roofing and leadwork was there.", ("tregarn roofing",))
    _trades_joined_onto_a_firm(doc)
    assert "tregarn roofing and leadwork" in _orgs(doc)
    doc = _doc("He works for acme airways and reckons he can sort it.", ("acme airways",))
    _trades_joined_onto_a_firm(doc)
    assert "acme airways" in _orgs(doc)


def test_the_hour_said_after_a_name_is_not_part_of_it() -> None:
    from pipeline.rules.orgs import _numbers_run_onto_names

    doc = _doc("Service at Capel Salem half ten, then the memorial.", ("Capel Salem half",))
    _numbers_run_onto_names(doc)
    assert _orgs(doc) == {"Capel Salem"}


def test_a_body_by_its_initials_and_its_nation() -> None:
    from pipeline.rules.kinds import _national_bodies

    doc = _doc("Zainab from TAPS Cymru rang about the checklist.", ("TAPS",))
    _national_bodies(doc)
    assert _orgs(doc) == {"TAPS Cymru"}


def test_a_wholesaler_set_off_after_its_name() -> None:
    from pipeline.rules.orgs import _orgs_by_apposition

    doc = _doc("The delivery from golden foods, the wholesaler in Derby, comes Monday.")
    _orgs_by_apposition(doc)
    assert "golden foods" in _orgs(doc)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Scots "fae" and "wi" join no name
        ("Back fae brackla road medical wi Gran.", "Brackla Road Medical"),
        # and a capitalised name ends in "Bureau"
        (
            "Maureen says a lady fae citizens advice, Kelby Citizens Advice Bureau, does a drop-in",
            "Kelby Citizens Advice Bureau",
        ),
    ],
)
def test_dialect_words_and_kinds(extractor: SpacyExtractor, text: str, org: str) -> None:
    found = names(extract(extractor, text), "org")
    assert org in found
    assert not {o for o in found if o.lower().startswith("fae")}


@pytest.mark.parametrize(
    "text",
    ["He has his army medical on Friday.", "She passed the medical last week."],
)
def test_a_medical_had_is_no_practice(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


def test_a_short_name_said_again_whole(extractor: SpacyExtractor) -> None:
    known = (Term("Glen Ord Housing Association", "org"),)
    text = (
        "the carers from glen ord no sorry glen ord care not the housing ones came at six "
        "a lassie called Precious"
    )
    found = names(extract(extractor, text, known), "org")
    assert "Glen Ord Care" in found
    assert not names(extract(extractor, "I said no, no more cake."), "org")
