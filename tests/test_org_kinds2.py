"""Organisations by kind, on unseen memo language: a one-word name after a locative word is
somewhere, not someone. Real spaCy on text; every name is made up for these tests and taken
from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, links, names

from pipeline.extract import SpacyExtractor
from pipeline.records import Term

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then the lido with Orla straight from Kelmford for a quick dip.", "Kelmford"),
        ("My cousin Wendy in Tillingham says she will do the balloons.", "Tillingham"),
        ("Right, first day back at Orwenby tomorrow for the kids.", "Orwenby"),
        ("Picked the twins up from Orwenby, late again.", "Orwenby"),
    ],
)
def test_a_one_word_name_after_a_locative_is_somewhere_not_someone(
    extractor: SpacyExtractor, text: str, name: str
) -> None:
    ex = extract(extractor, text)
    assert name not in names(ex, "person")
    assert name in names(ex, "org") | names(ex, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Got a text from Imrelda about Sunday.",
        "I need the afternoon off from Vasilo.",
        "Sorted the rota with Vasilo, he's fine with it.",
        "Had a lovely card from Imrelda for my birthday.",
    ],
)
def test_from_after_what_a_person_sends_or_gives_is_someone(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "person") & {"Imrelda", "Vasilo"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "So I finally got through to Brenfield HTA, er, the officer is Wale Ajayi.",
            "Brenfield HTA",
        ),
        ("Rang Kelby HTA about the repairs, they were useless.", "Kelby HTA"),
        ("Had a letter from Brenton RDA today.", "Brenton RDA"),
        ("Emailed Kelby RDA about the grant, no answer yet.", "Kelby RDA"),
    ],
)
def test_a_name_ending_in_initials_is_an_organisation(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert org not in names(ex, "person")


def test_an_honour_after_a_name_is_no_organisation(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Jo Hale MP wrote back about the bins.")
    assert not names(ex, "org")


def test_the_initials_alone_are_the_known_organisation(extractor: SpacyExtractor) -> None:
    known = (Term("Brenfield HTA", "org"),)
    for text in (
        "The councillor said he'd write to HTA as well.",
        "wale from hta came at 11 and measured the rooms",
        "Wednesday: HTA visit at eleven.",
    ):
        assert "Brenfield HTA" in names(extract(extractor, text, known), "org"), text


@pytest.mark.parametrize(
    ("known", "text", "org"),
    [
        # named earlier in the memo, then by its initials, "and" and "NHS" left out
        (
            (),
            "Gwenllian Tarr is our team leader at Lewisham and Greenwich NHS Trust. She says the "
            "LGT wound service is short staffed.",
            "Lewisham and Greenwich NHS Trust",
        ),
        # known from an earlier memo only
        (
            (Term("Lewisham and Greenwich NHS Trust", "org"),),
            "Ottoline Braithwaite from the LGT wound service came out with me today.",
            "Lewisham and Greenwich NHS Trust",
        ),
        (
            (),
            "Ravi Tennant works at Leeds Teaching Hospitals NHS Trust now. He says LTHT is "
            "hiring porters.",
            "Leeds Teaching Hospitals NHS Trust",
        ),
        (
            (),
            "Picked up the letter at University Hospital Lewisham from Cressida Voss, she's "
            "the ward clerk at UHL.",
            "University Hospital Lewisham",
        ),
        (
            (Term("Pembury Sailing Association", "org"),),
            "Dropped the life jackets back at PSA on the way home.",
            "Pembury Sailing Association",
        ),
    ],
)
def test_initials_are_the_one_organisation_named_in_full(
    extractor: SpacyExtractor, known: tuple[Term, ...], text: str, org: str
) -> None:
    assert names(extract(extractor, text, known), "org") == {org}


@pytest.mark.parametrize(
    "text",
    [
        "Dozie has his GCSE results on Thursday and the car needs its MOT.",
        "Then A and E was packed, and the SATs are next week.",
        "Signed him up for the NCS programme over the summer.",
        "Put her name down for the DVX scheme, fingers crossed.",
    ],
)
def test_capitals_that_are_no_organisations_initials_stay_nothing(
    extractor: SpacyExtractor, text: str
) -> None:
    known = (
        Term("Leeds Teaching Hospitals NHS Trust", "org"),
        Term("Pembury Sailing Association", "org"),
    )
    assert not names(extract(extractor, text, known), "org")


def test_initials_of_two_known_organisations_are_neither(extractor: SpacyExtractor) -> None:
    known = (Term("Pembury Sailing Association", "org"), Term("Priory Swimming Academy", "org"))
    assert not names(
        extract(extractor, "Dropped the kit back at PSA on the way home.", known), "org"
    )


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Gwenllian Tarr is our team leader at Lewisham and Greenwich NHS Trust. She says the "
            "trust wants the audit sheets by Friday.",
            "Lewisham and Greenwich NHS Trust",
        ),
        (
            "Marguerite Fenby runs the Hollowbrook Allotment Society. The society meets on "
            "Tuesday.",
            "Hollowbrook Allotment Society",
        ),
        (
            "Rang the Tarnside Tenants Association about the lift. Apparently the association "
            "has written to the landlord.",
            "Tarnside Tenants Association",
        ),
    ],
)
def test_the_kind_alone_after_the_organisation_is_named_in_the_memo(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "org") == {org}
    assert sum(m.kind == "org" for m in ex.mentions) == 2


@pytest.mark.parametrize(
    ("known", "text"),
    [
        # known from an earlier memo but not named in this one before it
        (
            (Term("Lewisham and Greenwich NHS Trust", "org"),),
            "I said I'd ask Bronwen whether the trust can send someone.",
        ),
        ((), "The trust said no, and the association wants more money."),
        # two of the kind named: neither
        (
            (),
            "Met Ivo Grange from the Kestrel Trust and Pia Lund from the Heron Trust. The trust "
            "will pay for the minibus.",
        ),
        # the kind describing a noun after it
        ((), "Tendai Quell works for Lewisham and Greenwich NHS Trust, on the trust bank."),
    ],
)
def test_the_kind_alone_stands_for_no_organisation_otherwise(
    extractor: SpacyExtractor, known: tuple[Term, ...], text: str
) -> None:
    ex = extract(extractor, text, known)
    assert not [m for m in ex.mentions if m.kind == "org" and m.surface.lower() == "trust"]


@pytest.mark.parametrize(
    ("known", "text", "org"),
    [
        (
            "Croydon Islamic Centre",
            "Did the health day at the mosque after all, the Islamic Centre on the Broadway.",
            "Croydon Islamic Centre",
        ),
        ("Hackney Citizens Advice", "Rang Citizens Advice about the letter.", None),
        ("Brockley Food Bank", "Dropped the tins at the Food Bank on Friday.", None),
    ],
)
def test_a_known_organisation_said_without_the_place_that_opens_it(
    extractor: SpacyExtractor, known: str, text: str, org: str | None
) -> None:
    ex = extract(extractor, text, (Term(known, "org"),))
    assert names(ex, "org") == {org or known}


def test_a_known_organisation_without_its_place_is_neither_of_two(
    extractor: SpacyExtractor,
) -> None:
    known = (Term("Brockley Food Bank", "org"), Term("Catford Food Bank", "org"))
    ex = extract(extractor, "Dropped the tins at the Food Bank on Friday.", known)
    assert not names(ex, "org") & {"Brockley Food Bank", "Catford Food Bank"}


@pytest.mark.parametrize(
    "text",
    [
        "Ring Marisol with Dad's NHS number.",
        "I promised to call her back Monday with Tobiah's NHS number.",
        "Send them the DBS number tonight.",
    ],
)
def test_a_number_named_by_a_body_is_no_mention_of_it(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert not names(ex, "org")


def test_a_race_named_after_an_area_is_not_the_organisation_named_after_it(
    extractor: SpacyExtractor,
) -> None:
    text = "Nell's doing the Brenfield 5k on Sunday and wants me to join."
    known = (Term("Brenfield Homes", "org"),)
    assert "Brenfield Homes" not in names(extract(extractor, text, known), "org")
    # a name the store already holds as a place stays that place
    known = (*known, Term("Brenfield", "place"))
    assert "Brenfield Homes" not in names(extract(extractor, text, known), "org")


@pytest.mark.parametrize(
    "text",
    [
        "Signed up for the Brenfield 10k in May.",
        "Tomas is running the Brenfield half again this year.",
        "Are we taking the kids to the Brenfield carnival on Saturday?",
        "We watched the Brenfield fireworks from the bridge.",
    ],
)
def test_a_race_or_festival_named_after_an_area_however_worded(
    extractor: SpacyExtractor, text: str
) -> None:
    known = (Term("Brenfield Homes", "org"),)
    assert "Brenfield Homes" not in names(extract(extractor, text, known), "org")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("There's a website called Flatswapper for mutual exchanges.", "Flatswapper"),
        ("Kemi showed me the new rota system. It's called Shiftora, it's quite easy.", "Shiftora"),
        ("She found a hair oil brand called Sundari that everyone uses.", "Sundari"),
        ("The kids use an app called Homeworkly for spellings.", "Homeworkly"),
    ],
)
def test_a_thing_called_a_name_is_no_organisation(
    extractor: SpacyExtractor, text: str, thing: str
) -> None:
    ex = extract(extractor, text)
    assert thing not in names(ex, "org") | names(ex, "person")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "She has a little pickle business called Jars and Jams out of her kitchen.",
            "Jars and Jams",
        ),
        (
            "The cover comes from an agency, Find a Nurse, no, it's called Nurses Direct.",
            "Nurses Direct",
        ),
        ("There's a charity called Open Hands that does this.", "Open Hands"),
    ],
)
def test_an_organisation_called_a_name_is_one(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")


def test_a_group_called_a_name_is_left_alone(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "So the WhatsApp group is called Book Club, she mustn't know.")
    assert not names(ex, "org")


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Gethin Vaughan-Price, from Mouldaway Eastern, came to look at the damp.",
            ("Gethin Vaughan-Price", "Mouldaway Eastern"),
        ),
        (
            "The cover next week is Piet Smalt, from the agency, Nurses First.",
            ("Piet Smalt", "Nurses First"),
        ),
        (
            "Ilse Brandt, Oskar's mum, she's a teaching assistant at Kelby School now.",
            ("Ilse Brandt", "Kelby School"),
        ),
        (
            "Wilma Strand, the other dispenser at Kelby Green Pharmacy, showed me the tills.",
            ("Wilma Strand", "Kelby Green Pharmacy"),
        ),
        (
            "Wilma Strand, the audiologist at Kelby Hearing, rang about the moulds.",
            ("Wilma Strand", "Kelby Hearing"),
        ),
    ],
)
def test_links_said_with_commas_kin_and_jobs_no_list_holds(
    extractor: SpacyExtractor, text: str, link: tuple[str, str]
) -> None:
    assert link in links(extract(extractor, text))


def test_whose_mum_someone_is_takes_no_job(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Ilse Brandt, Oskar's mum, she's a teaching assistant at Kelby School now."
    )
    assert ("Oskar", "Kelby School") not in links(ex)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "his appointment is tuesday at 10 30 at brook end hospital with the consultant",
            "Brook End Hospital",
        ),
        (
            "first night of the course at east wenlow college it's every wednesday",
            "East Wenlow College",
        ),
        ("took mum to kelby vale hospital for her scan", "Kelby Vale Hospital"),
    ],
)
def test_lower_case_words_with_no_article_before_an_institution_are_its_name(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "she's at boarding school now and loves it",
        "he went to grammar school in the end",
        "she teaches at primary school on tuesdays",
        "he works at the local hospital",
    ],
)
def test_a_kind_of_schooling_or_a_described_one_is_no_name(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "words", "kept"),
    [
        ("she teaches at primary school on tuesdays", "primary school", False),
        ("my son started secondary school in september", "secondary school", False),
        ("he's at sixth form college now", "sixth form college", False),
        ("he works at the local hospital", "local hospital", False),
        ("took mum to kelby vale hospital for her scan", "kelby vale hospital", True),
        ("he's in year two at orchard primary", "orchard primary", True),
        ("she teaches at the primary school on tuesdays", "primary school", True),
    ],
)
def test_a_kind_the_ner_took_for_a_name_is_none(
    extractor: SpacyExtractor, text: str, words: str, kept: bool
) -> None:
    """The NER's own guess ("primary school" as a firm) gives way to what the words are;
    with "the" and no describing word the school is left to the other rules."""
    from pipeline.rules.orgs import _not_organisations

    doc = extractor.nlp(text)
    at = text.index(words)
    doc.ents = [doc.char_span(at, at + len(words), "ORG")]
    _not_organisations(doc)
    assert bool(doc.ents) == kept
    if not kept:
        assert not names(extract(extractor, text), "org")


def test_a_service_named_kind_first_then_area_and_later_by_its_kind(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Wren Ho rang, she's the carers support worker at the Carers Centre Kelby, lovely woman.",
    )
    assert "Carers Centre Kelby" in names(ex, "org")
    assert ("Wren Ho", "Carers Centre Kelby") in links(ex)
    # "the carers support worker" is a job, not a second mention of the centre
    assert len([m for m in ex.mentions if m.kind == "org"]) == 1
    known = (Term("Carers Centre Kelby", "org"),)
    later = extract(
        extractor, "and the carers centre has a drop in at the library on the 19th", known
    )
    assert "Carers Centre Kelby" in names(later, "org")


def test_a_place_before_a_new_clause_about_a_job_is_no_person(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "He's booked in at the opticians in Harwick, the audiologist is a Mrs Dale."
    )
    assert "Harwick" not in names(ex, "person")


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        (
            "Wren Ho runs Little Acorns' Kelby hub, they're short of vests.",
            "Little Acorns",
            "Wren Ho",
        ),
        ("Ola Bright manages Pantry Plus's Hackney branch now.", "Pantry Plus", "Ola Bright"),
    ],
)
def test_a_site_of_an_organisation_is_the_organisation(
    extractor: SpacyExtractor, text: str, org: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert (person, org) in links(ex)


def test_someones_office_is_no_organisation(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Priya's Hackney office is shut till Monday.")
    assert not names(ex, "org")


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("The nurse will ring beforehand about his Zolvatex and spacer.", "Zolvatex"),
        ("A leak from the flat above, and Brightex spray just hides it.", "Brightex"),
        ("Ring the surgery about the repeat prescription for Zolvatex tablets.", "Zolvatex"),
    ],
)
def test_a_brand_beside_medicine_words_is_no_one(
    extractor: SpacyExtractor, text: str, brand: str
) -> None:
    ex = extract(extractor, text)
    assert brand not in names(ex, "person") | names(ex, "org")


def test_whose_inhaler_is_still_someone(extractor: SpacyExtractor) -> None:
    assert "Tobiah" in names(
        extract(extractor, "I need to label Tobiah's inhaler tonight."), "person"
    )


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Rang the Fernleigh Primary Care Centre first thing about Mum.",
            "Fernleigh Primary Care Centre",
        ),
        ("Dropped Dad at the Oakway Day Centre before work.", "Oakway Day Centre"),
        ("Miss Tull from Harris Academy Peckham rang about the trip.", "Harris Academy Peckham"),
        ("Got a quote from Pellow Tiles and Grout on the high street.", "Pellow Tiles and Grout"),
    ],
)
def test_a_care_centre_an_academy_of_an_area_and_a_trading_pair_are_one_organisation(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


def test_a_leisure_centre_and_two_bodies_joined_by_and_stay_apart(
    extractor: SpacyExtractor,
) -> None:
    assert "Brackley Leisure Centre" not in names(
        extract(extractor, "Took the kids to Brackley Leisure Centre for a swim."), "org"
    )
    assert "Southwark Council and Peabody" not in names(
        extract(extractor, "Rang Southwark Council and Peabody about the boiler."), "org"
    )


@pytest.mark.parametrize(
    ("text", "known", "org"),
    [
        (
            "Open morning at the Tadpole Patch. Met Dora there.",
            "The Tadpole Patch Nursery",
            "The Tadpole Patch Nursery",
        ),
        (
            "Rang Dora at the Tadpole Patch and said yes.",
            "The Tadpole Patch Nursery",
            "The Tadpole Patch Nursery",
        ),
        (
            "Olu's taking her to King's on Tuesday for her knee.",
            "King's College Hospital",
            "King's College Hospital",
        ),
        (
            "Ros says the review is at the Fernleigh, she's booked it.",
            "Fernleigh Primary Care Centre",
            "Fernleigh Primary Care Centre",
        ),
    ],
)
def test_a_known_name_said_short_without_its_the_or_by_its_possessive(
    extractor: SpacyExtractor, text: str, known: str, org: str
) -> None:
    assert org in names(extract(extractor, text, (Term(known, "org"),)), "org")


def test_someones_possessive_is_not_the_known_name_it_begins(extractor: SpacyExtractor) -> None:
    known = (Term("King's College Hospital", "org"),)
    for text in ("Mr King's on holiday this week.", "Borrowed Dave King's ladder."):
        assert not names(extract(extractor, text, known), "org"), text


def test_a_committee_said_in_lower_case_after_a_name_is_that_organisations(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "The Kelby Carnival committee meets on Tuesday.")
    assert "Kelby Carnival" in names(ex, "org")
    assert "Finance Committee" in names(
        extract(extractor, "Went to the Finance Committee at the council."), "org"
    )


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Chapel committee tonight at Capel Pennant. The minister rang.", ()),
        ("Forum this morning in the vestry at Pennant.", ("Capel Pennant",)),
        ("A bench for Pennant's garden, maybe.", ("Capel Pennant",)),
    ],
)
def test_a_welsh_chapel_named_kind_first_and_said_without_its_kind(
    extractor: SpacyExtractor, text: str, known: tuple[str, ...]
) -> None:
    terms = tuple(Term(k, "org") for k in known)
    assert "Capel Pennant" in names(extract(extractor, text, terms), "org")


def test_a_school_named_kind_first_and_said_without_its_kind(extractor: SpacyExtractor) -> None:
    assert "Ysgol Glan Tywi" in names(
        extract(extractor, "The kids from Ysgol Glan Tywi are singing on Friday."), "org"
    )
    ex = extract(extractor, "Glan Tywi want the hall on Friday.", (Term("Ysgol Glan Tywi", "org"),))
    assert "Ysgol Glan Tywi" in names(ex, "org")
    ex = extract(extractor, "Bro Dinefwr sent the forms back.", (Term("Ysgol Bro Dinefwr", "org"),))
    assert "Ysgol Bro Dinefwr" in names(ex, "org")


def test_a_name_cut_one_word_short_runs_on_to_its_kind(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Reverend Lamb at St Ebba's Parish Church is fine with the hall.")
    assert "St Ebba's Parish Church" in names(ex, "org")


@pytest.mark.parametrize(
    "text",
    ["Right, next week. Monday Tillyfour start, so start the diary.", "Tillyfour phoned again."],
)
def test_a_known_name_said_short_after_a_weekday_or_opening_a_sentence(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text, (Term("Tillyfour Home Support", "org"),))
    assert "Tillyfour Home Support" in names(ex, "org")


def test_an_ordinary_word_opening_a_sentence_is_no_known_name(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Catering was late again.", (Term("Tillyfour Catering", "org"),))
    assert not names(ex, "org")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Booked the van for the move, the place is called Vanbrook, not Vanderly.", "Vanbrook"),
        ("We stayed in a village called Ashby Parva, Tomasz found it.", "Ashby Parva"),
    ],
)
def test_a_place_called_a_name_is_no_person(
    extractor: SpacyExtractor, text: str, name: str
) -> None:
    assert name not in names(extract(extractor, text), "person")


def test_someone_called_a_name_at_a_place_stays_a_person(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "There's a guy called Obinna at the place, he's great.")
    assert "Obinna" in names(ex, "person")
