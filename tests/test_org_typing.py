"""Entity typing at the edges of organisations: a one-word name the small model takes for an
organisation that is someone, things the NER calls an organisation that are a road, a job or
a language, a name that runs past its organisation into a department, a saint's name before a
kind of organisation, and an organisation said later only by its kind. Real spaCy on text;
every name is made up for these tests and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, links, names

from pipeline.extract import SpacyExtractor
from pipeline.records import Term

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kelvash's swimming money is due, I'll pay it tonight.", "Kelvash"),
        ("I'll check the rota with Vasilo and let Mum know.", "Vasilo"),
        ("I need the afternoon off from Vasilo.", "Vasilo"),
        ("Sports day for Taranjit. Took water and a hat.", "Taranjit"),
        ("Harveer's reading book is lost again.", "Harveer"),
        # the model calls some of them a town
        ("Ozrin's swimming money is due, I'll pay it tonight.", "Ozrin"),
        ("Handed Ozrin's consent form to the office.", "Ozrin"),
    ],
)
def test_an_unknown_one_word_name_is_someone_not_a_firm(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert person in names(ex, "person")
    assert person not in names(ex, "org") | names(ex, "place")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # typed, a capitalised word no dictionary has is a name the NER may not have seen
        ("Dropped the forms at Tillerby on the way home.", "Tillerby", "somewhere"),
        ("Got the new boots from Harnwick, half price.", "Harnwick", "somewhere"),
        ("We're having a Fizzbang in the hall on Friday.", "Fizzbang", "somewhere"),
        ("Oskwin from the allotment rang about the shed.", "Oskwin", "person"),
    ],
)
def test_a_typed_name_the_ner_left_out_is_still_a_name(
    extractor: SpacyExtractor, text: str, name: str, kind: str
) -> None:
    ex = extract(extractor, text)
    if kind == "person":
        assert name in names(ex, "person")
    else:
        assert name not in names(ex, "person")
        assert name in names(ex, "org") | names(ex, "place")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Wrenna from Quillbrook rang about the invoice.", "Quillbrook"),
        ("Zapcom, who were great last time, can do the lights.", "Zapcom"),
        ("The Pellowes are coming on Sunday.", None),
        ("Ordered the boxes from Packwise by the crate.", "Packwise"),
    ],
)
def test_a_one_word_firm_said_as_one_stays_a_firm(
    extractor: SpacyExtractor, text: str, org: str | None
) -> None:
    ex = extract(extractor, text)
    if org:
        assert org in names(ex, "org")
    assert "Pellowes" not in names(ex, "person")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Arriva cancelled the bus again.", "Arriva"),
        ("Rang Ocado about the missing delivery.", "Ocado"),
        ("rang british gas about the boiler they said thursday", "British Gas"),
    ],
)
def test_a_firm_every_household_deals_with_is_listed(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    # Listed, so the rule that makes an unknown one-word "firm" someone leaves it alone.
    ex = extract(extractor, text)
    assert org in names(ex, "org") and not names(ex, "person")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Long day, the M25 was shut at one point.", "M25"),
        ("Stuck on the A406 for an hour again.", "A406"),
        ("Took the B1040 home to miss the traffic.", "B1040"),
    ],
)
def test_a_road_by_its_number_is_a_place(extractor: SpacyExtractor, text: str, place: str) -> None:
    ex = extract(extractor, text)
    assert place in names(ex, "place")
    assert not names(ex, "org")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The harvest lunch is at the Brindley church hall after the service.", "church hall"),
        ("The jumble sale is in St Barnabas Church hall on Saturday.", "Church hall"),
        ("the swim club social is on friday at the lido cafe", "lido cafe"),
        ("Dropping the boxes at the mall first, then the depot.", "mall"),
        ("Grabbed a tea at the park kiosk with Hettie.", "park kiosk"),
        ("Meet you outside the precinct at ten.", "precinct"),
    ],
)
def test_a_venue_said_like_an_organisation_is_a_place(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    ex = extract(extractor, text)
    assert any(place in p for p in names(ex, "place")), names(ex, "place")
    assert not names(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "the tournament is sunday 4 july at hollowmere park",
        "Fun run next week at Kelby Common, Jo's doing the teas.",
    ],
)
def test_a_park_or_a_common_is_no_organisation(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


def test_the_hall_of_a_known_church_is_the_hall(extractor: SpacyExtractor) -> None:
    known = (Term("Brindley", "place"), Term("Brindley Church", "org"))
    ex = extract(extractor, "Quiz night at the Brindley church hall on Friday.", known)
    assert not names(ex, "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Rang Hillside Park Surgery about Mum's bloods.", "Hillside Park Surgery"),
        (
            "ok so school run done and Kit's teacher at crescent primary Mrs Olade caught me",
            "Primary",
        ),
    ],
)
def test_an_organisation_named_after_a_park_or_a_road_keeps_its_name(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert any(org in o for o in names(extract(extractor, text), "org"))


@pytest.mark.parametrize(
    "text",
    [
        "Need to register for Making Tax Digital before the spring.",
        "Mum's applying for Pension Credit, Kath's helping with the form.",
        "We got the Warm Home Discount again this year.",
        # the NER may keep only a piece of the scheme's name: the whole is said around it
        "The accountant says Making Tax Digital starts for landlords in April.",
        "Has Dariel sorted the Making Tax Digital software yet?",
        "Mum's looking into Right to Buy on the flat.",
        "Applied for Council Tax Reduction on Monday.",
    ],
)
def test_a_government_scheme_is_no_organisation(extractor: SpacyExtractor, text: str) -> None:
    assert names(extract(extractor, text), "org") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The OT from Brackwell Council rang about the rails.",
        "Had a chat with the SENCO about the plan.",
        "Our TA is off sick this week.",
    ],
)
def test_a_job_said_by_its_initials_is_no_organisation(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text)
    assert not {"OT", "SENCO", "TA"} & names(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "One, a coaching poster in Punjabi and English, Jas could design it.",
        "The leaflet comes in Polish and English, which helps.",
        "Maybe a welcome sign in Somali and English for the door.",
    ],
)
def test_two_languages_joined_by_and_are_no_organisation(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text)
    assert not any(" and " in name for name in names(ex, "org"))


@pytest.mark.parametrize(
    "text",
    [
        "Her mum speaks Urdu and Bengali at home, Priya translates.",
        "Got the forms in Tigrinya and Arabic from the council.",
        "The sign is in Welsh and English now.",
    ],
)
@pytest.mark.parametrize("label", [None, "LOC", "ORG", "GPE"])
def test_two_languages_are_languages_whatever_the_ner_labelled_them(
    extractor: SpacyExtractor, text: str, label: str | None
) -> None:
    from spacy.tokens import Span

    from pipeline.rules.orgs import _and_names

    doc = extractor.nlp(text)
    i = next(t.i for t in doc if t.lower_ == "and")
    doc.ents = [Span(doc, i - 1, i + 2, label)] if label else []
    _and_names(doc)
    assert [e.label_ for e in doc.ents] == ["LANGUAGE", "LANGUAGE"]
    assert not any(" and " in name for name in names(extract(extractor, text), "org"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Emailed Hallam Council school admissions about the appeal.", "Hallam Council"),
        ("Rang Fenwick Council housing repairs again, no answer.", "Fenwick Council"),
        ("Wrote to Brackwell Council parking services about the fine.", "Brackwell Council"),
    ],
)
def test_a_department_after_an_organisation_is_not_part_of_its_name(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "org") == {org}
    known = extract(extractor, text, (Term(org, "org"),))
    assert names(known, "org") == {org}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The hearing's at Linford House on the fourth at two.", "Linford House"),
        ("Tomas booked the Larkspur Centre for the quiz night.", "Larkspur Centre"),
        ("The meeting is at Orchard House, second floor.", "Orchard House"),
        ("Ilsa's birthday party is at Bumblewick on Saturday at two.", "Bumblewick"),
    ],
)
def test_where_something_happens_is_a_place_not_an_employer(
    extractor: SpacyExtractor, text: str, venue: str
) -> None:
    ex = extract(extractor, text)
    assert venue not in names(ex, "org") | names(ex, "person")
    assert not links(ex)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Helped at St Jude's Lunch Club today.", "St Jude's Lunch Club"),
        ("Mum goes to St Bede's Tuesday Club every week.", "St Bede's Tuesday Club"),
        ("Dropped the forms at St Aldric's youth club.", "St Aldric's Youth Club"),
        ("Went to St Oswin's lunch club this morning.", "St Oswin's Lunch Club"),
    ],
)
def test_a_saints_name_runs_on_to_the_kind_of_organisation(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "org") == {org}


KNOWN = (Term("St Jude's Lunch Club", "org"), Term("Fenmoor Primary School", "org"))


@pytest.mark.parametrize(
    "text",
    [
        "Back at the lunch club on Thursday, forty in.",
        "Back at the Lunch Club on Thursday, forty in.",
        "Dropped the urn round to the Lunch Club after.",
        "Took the raffle prizes round to the lunch club.",
    ],
)
def test_an_organisation_said_by_its_kind_is_the_one_known(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text, KNOWN)
    assert names(ex, "org") == {"St Jude's Lunch Club"}


@pytest.mark.parametrize(
    "text",
    [
        "Peggy gets the number on Tuesday at lunch club.",
        "Nan's off to craft club on Wednesdays now.",
    ],
)
def test_another_kind_of_club_is_not_the_one_known(extractor: SpacyExtractor, text: str) -> None:
    known = (Term("Pymford Youth Club", "org"),)
    assert names(extract(extractor, text, known), "org") == set()


def test_a_kind_two_known_organisations_share_stands_for_neither(
    extractor: SpacyExtractor,
) -> None:
    known = (*KNOWN, Term("St Anselm's Lunch Club", "org"))
    ex = extract(extractor, "Back at the lunch club on Thursday, forty in.", known)
    assert not names(ex, "org") & {"St Jude's Lunch Club", "St Anselm's Lunch Club"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Rang TfL taxi and private hire about my licence.", "TfL"),
        ("need to upload my certificate on the tfl portal before the 30th", "TfL"),
        ("The Environment Agency came out about the flooding.", "Environment Agency"),
        (
            "Gave blood with NHS Blood and Transplant at the church hall.",
            "NHS Blood and Transplant",
        ),
    ],
)
def test_national_bodies_are_found_in_any_case(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert {n.lower() for n in names(ex, "org")} == {org.lower()}
    assert not names(ex, "person")


def test_a_listed_body_is_not_the_short_form_of_a_longer_known_one(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "It costs about a hundred pounds, not on the NHS.",
        (Term("NHS Blood and Transplant", "org"),),
    )
    assert names(ex, "org") == {"NHS"}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "I need to swap my shift with Tamsin at Kingsway Cars this week.",
            "Tamsin",
            "Kingsway Cars",
        ),
        (
            "Swap my shift with Tariq at Greenway Cabs, he's the controller.",
            "Tariq",
            "Greenway Cabs",
        ),
    ],
)
def test_someone_at_a_firm_is_not_one_title(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert (person, org) in links(ex)


def test_a_title_read_over_someone_at_a_name_is_split(extractor: SpacyExtractor) -> None:
    from spacy.tokens import Span

    from pipeline.rules.people import _titles_that_are_someone_at_somewhere

    doc = extractor.nlp("Swap my shift with Tamsin at Kingsway Cars, she's the boss.")
    doc.ents = [Span(doc, 4, 8, label="WORK_OF_ART")]  # "Tamsin at Kingsway Cars"
    _titles_that_are_someone_at_somewhere(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Tamsin", "PERSON")]


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Ravi's finally registering his catering business, Fork to Fork he's calling it.",
            "Ravi",
            "Fork to Fork",
        ),
        (
            "Sunita's setting up her cleaning firm, Spick and Span, next month.",
            "Sunita",
            "Spick and Span",
        ),
        (
            "Kemi has opened her bakery, Bread and Roses, on the corner.",
            "Kemi",
            "Bread and Roses",
        ),
    ],
)
def test_someones_business_named_with_a_joining_word_is_theirs(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert (person, org) in links(ex)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The physio is part of London North West Valley Healthcare NHS Trust.",
            "London North West Valley Healthcare NHS Trust",
        ),
        (
            "She works for South West Fenland Partnership NHS Foundation Trust now.",
            "South West Fenland Partnership NHS Foundation Trust",
        ),
    ],
)
def test_a_long_trust_name_keeps_its_area_words(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "org") == {org}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Rang Brackwell Council about the bins, and I spoke to an officer there. "
            "Marisol Tenby. She's on it.",
            "Marisol Tenby",
            "Brackwell Council",
        ),
        (
            "Rang Fernhill Homes, they put me through to repairs and I spoke to a woman there. "
            "Odile Moretti. Lovely.",
            "Odile Moretti",
            "Fernhill Homes",
        ),
        (
            "Rang the DVLA about my log book, spoke to a Gemma Hale in the licensing office.",
            "Gemma Hale",
            "DVLA",
        ),
        (
            "Emailed Hallam Council about the Greystone Academy appeal and got a reply from "
            "Mr Oduya, the clerk to the panel.",
            "Oduya",
            "Hallam Council",
        ),
    ],
)
def test_who_answered_is_at_the_organisation_rung(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex)
    assert {o for p, o in links(ex) if p == person} == {org}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "At the gurdwara this morning, Sri Nanak Darbar Sabha, the big one.",
            "Sri Nanak Darbar Sabha",
        ),
        ("We went to Shree Vallabh Mandir for the festival.", "Shree Vallabh Mandir"),
        ("He volunteers at Feltham Noor Masjid now.", "Feltham Noor Masjid"),
    ],
)
def test_places_of_worship_by_their_own_words(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert not names(ex, "person") & {org}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("So I have to ring B4Housing first thing Monday.", "B4Housing"),
        ("Get the permission form from A3Homes and send it on.", "A3Homes"),
        ("He can't fit anything until Go2Lettings sign off.", "Go2Lettings"),
        ("Ask the kelbrook youth hub if their lads want a session.", "Kelbrook Youth Hub"),
    ],
)
def test_trading_names_with_digits_and_hubs_are_organisations(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "org") == {org}


def test_a_paper_size_is_no_road(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Print the poster on A4 and pin it up.")
    assert "A4" not in names(ex, "place")


@pytest.mark.parametrize(
    "text",
    [
        "back from the brindlecombe open evening jas loved it",
        "dropped the forms at brindlecombe before work",
        "parents evening at brindlecombe is on thursday",
    ],
)
def test_a_known_organisation_by_its_own_first_word_in_lower_case(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text, (Term("Brindlecombe High School", "org"),))
    assert names(ex, "org") == {"Brindlecombe High School"}


def test_a_first_word_two_known_organisations_share_is_neither(extractor: SpacyExtractor) -> None:
    known = (Term("Brindlecombe High School", "org"), Term("Brindlecombe Rovers FC", "org"))
    ex = extract(extractor, "back from the brindlecombe open evening", known)
    assert not names(ex, "org")


def test_a_language_is_not_the_short_form_of_a_known_school(extractor: SpacyExtractor) -> None:
    known = (Term("Tamil School", "org"),)
    ex = extract(
        extractor, "One, a coaching poster in Tamil and English, Priya could do it.", known
    )
    assert not names(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "Zapcom sent the invoice today, two hundred quid.",
        "Brindco quoted us three hundred for the job.",
        "Plumbsoft sent a new quote on Friday.",
    ],
)
def test_a_brand_word_or_a_firms_dealings_keep_a_one_word_firm(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text)
    assert not names(ex, "person")


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Saw Wenna at pickup, her son is at Oakfield Primary too.", None),
        ("Met Wenna, her husband works at Quillbrook Motors.", None),
        ("Bumped into Wenna, their youngest starts at Oakfield Primary in September.", None),
        (
            "Met Wenna, her husband Tobias works at Quillbrook Motors.",
            ("Tobias", "Quillbrook Motors"),
        ),
        ("Met Wenna, she works at Quillbrook Motors.", ("Wenna", "Quillbrook Motors")),
    ],
)
def test_a_relatives_school_or_job_is_not_the_one_named(
    extractor: SpacyExtractor, text: str, link: tuple[str, str] | None
) -> None:
    # "her son is at X": the organisation is the son's, not hers (unless his own name is said)
    assert links(extract(extractor, text)) == ({link} if link else set())


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # towns on the GeoNames list that no hand list names
        ("Sana wants to book us for a ceilidh at Oundle, for their spring do.", "Oundle"),
        ("Picked up the van from Frodsham, then the tiles from Alnwick.", "Alnwick"),
    ],
)
def test_a_town_on_the_gazetteer_is_no_organisation(
    extractor: SpacyExtractor, text: str, town: str
) -> None:
    ex = extract(extractor, text)
    assert town not in names(ex, "org")
    assert town in names(ex, "place")


def test_a_town_someone_works_at_is_left_to_the_body_there(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Hamza's the duty manager at Bakewell now, he says it's busy.")
    assert "Bakewell" not in names(ex, "place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The staff barbecue is Saturday at Brackmoor Water, by the fete.", "Brackmoor Water"),
        ("Car boot at Fenwick Corner this Sunday, Delia's doing the teas.", "Fenwick Corner"),
        ("Swimming starts Tuesday at Mill Lane Pools.", "Mill Lane Pools"),
        ("The sailing weekend at Brackmoor Waters is on the sixth.", "Brackmoor Waters"),
    ],
)
def test_a_water_a_corner_or_pools_is_no_organisation(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    ex = extract(extractor, text)
    assert place not in names(ex, "org")
    assert place in names(ex, "place")


def test_a_water_company_or_a_church_named_for_water_is_still_an_organisation(
    extractor: SpacyExtractor,
) -> None:
    assert "Thames Water" in names(extract(extractor, "I need to ring Thames Water."), "org")
    ex = extract(extractor, "Youth meeting tonight at Living Waters.")
    assert "Living Waters" in names(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "The council have offered Nan a flat at Rowan Court, the sheltered scheme by the park.",
        "Mum's said yes to Rowan Court, thank goodness.",
    ],
)
def test_a_block_of_flats_is_no_organisation(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert "Rowan Court" not in names(ex, "org")
    assert "Rowan Court" in names(ex, "place")


def test_a_court_of_law_is_still_one(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "The hearing is at Harbury Crown Court on Monday.")
    assert "Harbury Crown Court" in names(ex, "org")
