"""Organisations that were not found at all: a local institution's full name said in lower
case, a body on a closed list (regulators, ombudsmen, a council's brand), a name the NER took
for a place that is asked or rung, a teaching hospital by its possessive. Real spaCy on text;
people and small organisations are made up for these tests and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import AT, extract, names

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Term, Transcript

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "just rang thornbury medical practice about the repeat prescription",
            "Thornbury Medical Practice",
        ),
        (
            "The marigold lane nursery rang back, they have a place from January.",
            "Marigold Lane Nursery",
        ),
        ("bowls at the ferndale park bowls club on wednesday", "Ferndale Park Bowls Club"),
        (
            "Pastor Ade from new harvest pentecostal church in Deptford rang me",
            "New Harvest Pentecostal Church",
        ),
        ("maybe with the brackenhurst youth project doing the teas", "Brackenhurst Youth Project"),
    ],
)
def test_a_local_institution_said_in_full_in_lower_case(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "the primary school nursery is shut and the kids football club starts monday",
        "she teaches at the local primary school and helps at the community sports club",
        "we dropped the kids at the after school club then went to the church hall",
        "the girls want a sleepover in the spring morag says girlguiding need the forms",
    ],
)
def test_kinds_of_institution_in_lower_case_name_none(extractor: SpacyExtractor, text: str) -> None:
    found = names(extract(extractor, text), "org")
    assert not {o for o in found if o.lower().endswith(("club", "nursery", "school"))}
    assert not {o for o in found if "says" in o.lower()}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Remind myself to renew my nmc registration by the second.", "NMC"),
        (
            "He said I should complain to the housing ombudsman if they drag their feet.",
            "Housing Ombudsman",
        ),
        ("Emailed Royal Greenwich about the pitch on the common.", "Royal Greenwich"),
        (
            "Had a letter from the General Medical Council about revalidation.",
            "General Medical Council",
        ),
    ],
)
def test_bodies_on_a_closed_list(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Three, ask Bright Furrows if they'd do a talk on insulation.", "Bright Furrows"),
        ("Rang Hollybank Lettings about the deposit.", "Hollybank Lettings"),
    ],
)
def test_a_name_that_is_asked_or_rung_is_no_place(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert org not in names(ex, "place")


def test_a_place_or_someone_rung_stays_what_it_is(extractor: SpacyExtractor) -> None:
    assert "Faith Hill" in names(
        extract(extractor, "Then I rang Faith Hill about the kids."), "person"
    )
    assert not names(extract(extractor, "We asked Elm Road residents to come."), "org")


@pytest.mark.parametrize(
    "text",
    [
        "Kemi's taking her to King's on Tuesday for her knee.",
        "so nana went to kings this morning and the knee clinic said she needs a scan",
        "Her scan is at Guy's on the fourth.",
    ],
)
def test_a_teaching_hospital_by_its_possessive_on_a_hospital_visit(
    extractor: SpacyExtractor, text: str
) -> None:
    found = names(extract(extractor, text), "org")
    assert found & {"King's College Hospital", "Guy's Hospital"}


@pytest.mark.parametrize(
    "text",
    [
        "Went to King's Cross for the train to Leeds.",
        "Had a pint at King's with Dev.",
        "Drop the presents round to Guy's tonight, he's the doctor's son.",
    ],
)
def test_a_possessive_with_no_hospital_visit_is_no_hospital(
    extractor: SpacyExtractor, text: str
) -> None:
    found = names(extract(extractor, text), "org")
    assert not found & {"King's College Hospital", "Guy's Hospital"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "He volunteers with the friends of elmstead cemetery, does their walks.",
            "Friends of Elmstead Cemetery",
        ),
        ("The Friends of Cobb Park are doing a litter pick.", "Friends of Cobb Park"),
    ],
)
def test_friends_of_a_park_or_a_cemetery(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


def test_friends_of_someone_are_no_organisation(extractor: SpacyExtractor) -> None:
    assert not names(extract(extractor, "A couple of friends of mine came round."), "org")


@pytest.mark.parametrize(
    "text",
    [
        "Cardiff Bus replied, they'll meet the forum on Tuesday.",
        "Bumped into Mo, she says the forum's minutes are going out Monday.",
    ],
)
def test_a_forum_said_by_its_kind_once_known(extractor: SpacyExtractor, text: str) -> None:
    known = (Term("Northside Pensioners' Forum", "org"),)
    assert "Northside Pensioners' Forum" in names(extract(extractor, text, known), "org")


def test_a_kind_said_alone_with_two_known_of_the_kind_is_neither(
    extractor: SpacyExtractor,
) -> None:
    known = (Term("Northside Pensioners' Forum", "org"), Term("Elm Estate Residents' Forum", "org"))
    assert not names(extract(extractor, "We went to the forum on Sunday.", known), "org")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Dropped the food at Masjid an-Nur after work.", "Masjid an-Nur"),
        ("ok so youth committee at masjid al hikmah tonight", "Masjid Al Hikmah"),
        ("We went to Gurdwara Sahib Leeds for the langar.", "Gurdwara Sahib Leeds"),
    ],
)
def test_a_place_of_worship_named_kind_first(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.real
def test_a_word_before_and_is_no_partner_of_a_firm(extractor: SpacyExtractor) -> None:
    """ "Oh and Fergal, the club secretary": "Oh" is no name, so no firm of two partners."""
    text = (
        "Oh and Fergal, the club secretary, Fergal Dunmore, wants a copy of the, er, the birth "
        "certificate, no, it's the photo ID form for league registration, by Friday."
    )
    ex = extract(extractor, text)
    assert not any(m.surface.startswith("Oh") for m in ex.mentions), ex.mentions
    assert names(ex, "person") == {"Fergal Dunmore"} and not names(ex, "org"), ex.mentions


@pytest.mark.real
@pytest.mark.parametrize(
    "text", ["we went to the masjid at eight for the talk", "the masjid as usual did the teas"]
)
def test_a_mosque_said_by_its_kind_alone_names_none(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Appointment at the CAB with an adviser called Tobias on Thursday.", "CAB"),
        ("Email from Ottoline Wren at the ICB about the pilot.", "ICB"),
    ],
)
def test_initials_said_alone_for_a_body(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


def test_a_cab_in_lower_case_is_a_taxi(extractor: SpacyExtractor) -> None:
    assert not names(extract(extractor, "Got a cab home from the station."), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("the pharmacy, marlow chemists, will deliver his tablets from now on", "Marlow Chemists"),
        ("the nursery, little otters, put the fees up again", "Little Otters"),
        ("the vet, brambledown vets, said the dog needs his jabs", "Brambledown Vets"),
        ("the printers, inkwell express, can do the flyers by friday", "Inkwell Express"),
        ("the housing association, harlow homes that is, still haven't come", "Harlow Homes"),
    ],
)
def test_a_name_in_lower_case_set_off_after_its_kind(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "the surgery, again, said they had no appointments",
        "the nursery, jenny, said he was poorly",
        "the school, obviously, rang me twice",
        "my dentist, doctor shah, said the filling is fine",
        "the garage, they said tuesday, so that's fine",
        "the fridge, free, every friday at ten",
    ],
)
def test_words_set_off_after_a_kind_of_business_are_no_name(
    extractor: SpacyExtractor, text: str
) -> None:
    found = names(extract(extractor, text), "org")
    assert not {o for o in found if o.lower() not in ("surgery", "nursery", "school", "garage")}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("argos didnt have the kettle in stock so tried somewhere else", "Argos"),
        ("peabody still havent answered about the transfer", "Peabody"),
        ("he has to sign on at the jobcentre every other tuesday", "Jobcentre"),
        ("took the kids to nandos for his birthday", "Nandos"),
        ("rang haringey adult social care about the care package", "Haringey Adult Social Care"),
    ],
)
def test_a_listed_body_said_in_lower_case(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "his football boots are in the car",
        "she never minds the shelter of the bus stop",
    ],
)
def test_a_listed_name_that_is_also_a_word_needs_capitals(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extract(extractor, text), "org")


def test_the_kind_said_before_a_name_is_that_body(extractor: SpacyExtractor) -> None:
    found = names(
        extract(extractor, "the housing association, harlow homes that is, still haven't come"),
        "org",
    )
    assert found == {"Harlow Homes"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("ring rory's plumbing about the leak under the sink", "rory's plumbing"),
        ("ask osman's motors if the courtesy car is free on monday", "osman's motors"),
        ("bev's dog grooming can take the puppy on friday", "bev's dog grooming"),
        ("Um, Kirsty's cleaning said they can do Thursdays now.", "kirsty's cleaning"),
        ("henna by rukhsana is booked for the mehndi on saturday", "henna by rukhsana"),
        ("so nails by kirsty are doing the bridesmaids, all six of them", "nails by kirsty"),
    ],
)
def test_a_small_business_named_for_its_owner_and_trade(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """Whisper writes "dave's plumbing" and "henna by yasmin" in lower case: the owner's name
    with the trade is the business, not the owner."""
    assert org in {o.lower() for o in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    "text",
    [
        "Kirsty's cleaning the car now so we can go at ten.",
        "I got my nails done by Kirsty last week.",
        "Rory's cakes were lovely at the party.",
        "Tom's cafe idea is a good one.",
    ],
)
def test_someones_own_work_is_no_business(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "so Idris runs the kilmore grove youth club now, I said I'd drop the kit off",
            "kilmore grove youth club",
        ),
        ("rang high road surgery, er, they can't see mum till Thursday", "high road surgery"),
        (
            "rang fenwick lanes dental practice to move my appointment",
            "fenwick lanes dental practice",
        ),
    ],
)
def test_a_lower_case_institution_named_for_its_road(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """Whisper writes a surgery or a club named for its road in lower case; the road's last
    word (read as a verb: "grove", "lanes") or a kind's word before it ("high") is no cut."""
    assert org in {o.lower() for o in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    "text",
    [
        "she walks down fenwick lanes every day to the practice.",
        "we went to the park club and then the high road shops.",
    ],
)
def test_a_road_beside_an_institution_is_no_organisation(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not {o.lower() for o in names(extract(extractor, text), "org")} & {
        "fenwick lanes",
        "fenwick lanes every day to the practice",
        "high road shops",
    }


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Wendell rang the samaritans last night, he's doing better now.", "samaritans"),
        ("popped into boots on the way home to get Nan's prescription", "boots"),
        ("she's been volunteering for mind on Thursdays, she loves it", "mind"),
    ],
)
def test_a_listed_word_name_said_in_lower_case_where_it_is_rung_or_gone_to(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """A listed name that is an English word counts in capitals only; in lower case it is
    the body where it is rung, gone into or volunteered for."""
    assert org in {o.lower() for o in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    "text",
    [
        "I need new boots for the walking trip, the old ones leak.",
        "never mind, I'll sort it later, Dave doesn't mind either way.",
        "he went from crisis to crisis all year.",
        "we ran for shelter when it started to rain.",
        "I got into my boots and went out.",
    ],
)
def test_a_listed_word_name_said_as_the_word_stays_a_word(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("my sister Gwenda teaches at Hollins Wood, she's head of year 9 there.", "Hollins Wood"),
        ("the kids are at Marlow Lane now, Tansy's in year 4.", "Marlow Lane"),
        ("Ellie's in year 3 at Coldfall, her teacher is new.", "Coldfall"),
    ],
)
def test_a_school_said_by_its_bare_name_where_the_words_say_school(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """A school goes by its road's or its area's name alone; teaching, a year group or a
    child "at" it in a sentence with a year group say it is the school."""
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("so I walked down to Marlow Lane and Tansy's in year 4 now.", "Marlow Lane"),
        ("we were at Finsbury Park with the kids on Sunday.", "Finsbury Park"),
    ],
)
def test_a_road_without_school_words_stays_a_place(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    assert place not in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I've got an interview at the bank of england on the twelfth.", "bank of england"),
        (
            "Tavish is at the institute for fiscal studies now, not the bank.",
            "institute for fiscal studies",
        ),
        (
            "she got a place at the university of manchester, we're thrilled.",
            "university of manchester",
        ),
        ("um Lorcan is at the london school of economics now.", "london school of economics"),
    ],
)
def test_a_body_of_something_said_in_lower_case(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """A body named by its kind, "of" or "for" and what it serves, in Whisper's lower case."""
    assert org in {o.lower() for o in names(extract(extractor, text), "org")}


@pytest.mark.parametrize(
    "text",
    [
        "we walked along the bank of the thames after lunch.",
        "it's the bank of mum and dad again, I'm afraid.",
        "that's the school of thought I follow.",
    ],
)
def test_a_kind_of_something_is_no_body(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


def spoken(extractor: SpacyExtractor, text: str) -> Extraction:
    """`text` as Whisper's transcript, whose capitals are no evidence."""
    parts = [p.strip(" .") + "." for p in text.split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    return extractor.extract(Transcript(segments, "en", 1.0, 3.0 * len(parts), "test"), AT)


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        (
            "linnea from the fairmoor day centre said mum enjoyed the singing",
            "Fairmoor Day Centre",
            "Linnea",
        ),
        ("sue from the larkhollow nursing home rang about gran", "Larkhollow Nursing Home", "Sue"),
        (
            "jo from the brindle children's centre said the baby group's back",
            "Brindle Children's Centre",
            "Jo",
        ),
        (
            "fatima from the hobb lane health centre said the flu jabs are in",
            "Hobb Lane Health Centre",
            "Fatima",
        ),
    ],
)
def test_a_kind_said_in_two_words_after_a_lower_case_name(
    extractor: SpacyExtractor, text: str, org: str, person: str
) -> None:
    """ "the fairmoor day centre": "centre" and "home" alone are no organisation's word, "day
    centre" and "nursing home" are, and the name before them is the place's own."""
    ex = spoken(extractor, text)
    assert names(ex, "org") == {org}
    assert (person, org) in {(link.person, link.org) for link in ex.links}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("kev from the tarnby harriers is doing the half marathon with me", "Tarnby Harriers"),
        ("dan from the bright beginnings playgroup needs the rota", "Bright Beginnings Playgroup"),
        ("polly from the little owls nursery rang about the fees", "Little Owls Nursery"),
        ("tess from the little wrens nursery rang", "Little Wrens Nursery"),  # "rang" no noun
        ("wendy from the grove surgery said the results are fine", "Grove Surgery"),
        ("rang the hollies surgery to book the jab", "Hollies Surgery"),
    ],
)
def test_clubs_and_nurseries_said_in_lower_case(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(spoken(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "I took dad to the health centre for his jab",
        "he's in a care home now",
        "the community centre was packed for the quiz",
        "the town centre was heaving on saturday",
        "we met at the leisure centre and went swimming",
        "we walked past the old mill and through the grove to the village school",
    ],
)
def test_a_two_word_kind_alone_names_nothing(extractor: SpacyExtractor, text: str) -> None:
    assert not names(spoken(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Asked Wendy Lusk at Marram Bookkeeping about the VAT threshold.", "Marram Bookkeeping"),
        ("Pellow Vans out at Edmonton, the bloke there is Gary Toft.", "Pellow Vans"),
        ("The agency, Kittiwake Staffing, still haven't sent the profiles.", "Kittiwake Staffing"),
        ("Popped into Hartsdown Hardware for hose fittings.", "Hartsdown Hardware"),
        ("Good run round the park with the Cobbold Bridge Runners lot.", "Cobbold Bridge Runners"),
    ],
)
def test_a_firm_named_for_its_trade(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "I got bread from the bakers and met Tom at the hardware shop.",
        "We watched the runners at the park, the vans were late.",
    ],
)
def test_a_trade_word_alone_names_nothing(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Remind myself to renew the ICO registration before the thirtieth.", "ICO"),
        ("I told her about IPSEA, they do free legal advice.", "IPSEA"),
        ("PACEY have a course online on the fifteenth.", "PACEY"),
        ("Met a woman from the Wrexham LMC at the board, Olwen Pryce.", "Wrexham LMC"),
    ],
)
def test_national_bodies_said_by_initials(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The head at Tobias Marlow, Mrs Quenby, popped in, she says study leave starts soon.",
            "Tobias Marlow",
        ),
        (
            "Stan, that's Stanislav Grell, our caretaker at Pinfold Community Centre, says the "
            "boiler's making the noise again.",
            "Pinfold Community Centre",
        ),
    ],
)
def test_where_someone_works_by_their_job(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "Our tenant at Mallow Road says the boiler's fine.",
        "Our coach at Hackney, Dele, said training is off.",
    ],
)
def test_a_job_at_a_street_or_a_place_names_no_body(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "rang hollin lane dairy and got a man called kit who said it was the driver",
            "Hollin Lane Dairy",
        ),
        (
            "Rang brackenmoor insurance brokers, spoke to a Delphine Ash about the cover.",
            "Brackenmoor Insurance Brokers",
        ),
    ],
)
def test_a_firm_named_for_its_trade_in_lower_case(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(spoken(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "we went to the new fitted kitchens place and then rang the big car hire people",
        "got a quote from the local insurance brokers",
    ],
)
def test_a_trade_said_in_lower_case_names_no_firm(extractor: SpacyExtractor, text: str) -> None:
    assert not names(spoken(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("i need to collect the raffle prizes from the co-op on quarry road by 5", "Co-op"),
        ("Got the milk from the Co-op on the way home.", "Co-op"),
        ("Must ask the PCSO whether the Met want a stand at the fair.", "Met"),
        ("And the TRA AGM is on Tuesday at seven in the community room.", "TRA"),
        ("The pharmacist the PCN shares between its practices is lovely.", "PCN"),
        ("She's treasurer of the Pelham Estate TRA and wants help.", "Pelham Estate TRA"),
        (
            "i might look at that hillingdon parent carer forum thing she mentioned",
            "Hillingdon Parent Carer Forum",
        ),
        ("dez says fight for peace might fund two new coaches", "Fight for Peace"),
    ],
)
def test_bodies_said_short_or_in_lower_case(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(spoken(extractor, text), "org")


def test_the_co_op_said_after_a_housing_co_op_is_that_one(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "We're joining the Ashgrove Housing Co-op, the co-op meets monthly.")
    assert names(ex, "org") == {"Ashgrove Housing Co-op"}


@pytest.mark.parametrize(
    "text",
    [
        "TRA committee catch-up at Bunny's flat, she's our treasurer.",
        "PTA committee meeting at Gwen's house on Thursday.",
    ],
)
def test_a_committee_of_a_body_by_its_initials_is_that_body(
    extractor: SpacyExtractor, text: str
) -> None:
    known = (Term(text.split()[0], "org"),)
    assert "Committee" not in " ".join(names(extract(extractor, text, known), "org"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Rang Orla Bryce, she does my tax at Bryce and Pelzer, about the van.",
            "Bryce and Pelzer",
        ),
        (
            "I need to order the searches from, er, from Quarrie and Bryce tomorrow.",
            "Quarrie and Bryce",
        ),
        (
            "Chase the report from the surveyors, Tweedie and Bryce, first thing.",
            "Tweedie and Bryce",
        ),
    ],
)
def test_a_firm_named_for_two_partners_said_as_a_firm(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """Where one works or orders from, or a firm's kind beside it: a firm, not two people."""
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The AGM is Tuesday the thirtieth at the Brannock's Oak.", "Brannock's Oak"),
        ("Went in the Tolly's Arms for a quick one with the lads.", "Tolly's Arms"),
    ],
)
def test_a_pub_named_the_someones(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


def test_a_school_said_short_then_whole_is_the_school(extractor: SpacyExtractor) -> None:
    text = "Mrs Arbery, her class teacher at Tolgate, er, Tolgate Lane Primary, says she rushes."
    ex = extract(extractor, text)
    assert "Tolgate Lane Primary" in names(ex, "org"), names(ex, "place")


@pytest.mark.parametrize(
    "text",
    [
        "She's a City of Edinburgh Council councillor for Leith Walk.",
        "I need the figures from environmental health at city of edinburgh council by Friday.",
    ],
)
def test_a_council_named_city_of(extractor: SpacyExtractor, text: str) -> None:
    assert "City of Edinburgh Council" in names(extract(extractor, text), "org")


def test_a_name_said_in_place_of_a_firm_is_the_firm(extractor: SpacyExtractor) -> None:
    text = (
        "A surveyor came with her, Dale Pinnock from Liftmaster, sorry, Rampwise, they're the"
        " council's contractor."
    )
    assert "Rampwise" in names(extract(extractor, text), "org")


def test_a_firm_of_associates_taken_up_by_he_is_still_a_firm(extractor: SpacyExtractor) -> None:
    text = "His son is a surveyor with Colm Brodie Associates, he's offered to look at the roof."
    assert "Colm Brodie Associates" in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("known", "text"),
    [
        ("Brackenfield Hospice", "I must swap the hospice shift on the twelfth with somebody."),
        ("Brackenfield Hospice", "I'll try the hospice shop today with the tickets."),
        ("Harlow College Essex", "Kian's review at the college this afternoon."),
    ],
)
def test_the_one_known_hospice_or_college_said_by_its_kind(
    extractor: SpacyExtractor, known: str, text: str
) -> None:
    assert known in names(extract(extractor, text, (Term(known, "org"),)), "org")


def test_two_councils_joined_by_and_are_two(extractor: SpacyExtractor) -> None:
    text = "The clerk is writing to Leeds City Council and Bradford Council about the drains."
    orgs = names(extract(extractor, text), "org")
    assert {"Leeds City Council", "Bradford Council"} <= orgs, orgs


def test_a_kick_off_time_is_no_part_of_a_club_name(extractor: SpacyExtractor) -> None:
    text = (
        "ok so sunday were at home to thurlton legion 2 oclock kick off at the rec reece says"
        " weve got 14"
    )
    orgs = names(spoken(extractor, text), "org")
    assert "Thurlton Legion" in orgs, orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Rang Rosa Pennick at the county like I said.", "Suffolk County Council"),
        ("The county said they'd reply within ten days.", "Suffolk County Council"),
        ("It's the best pub in the county.", None),
        ("Kick off is at the county ground on Sunday.", None),
    ],
)
def test_the_county_that_speaks_or_is_rung_is_the_known_county_council(
    extractor: SpacyExtractor, text: str, org: str | None
) -> None:
    orgs = names(extract(extractor, text, (Term("Suffolk County Council", "org"),)), "org")
    assert orgs == ({org} if org else set()), orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("My brother's already at the Marg, ward nine.", "Margrave Hospital"),
        ("Vic came round for tea on Sunday.", None),
    ],
)
def test_a_known_hospital_by_its_first_word_clipped(
    extractor: SpacyExtractor, text: str, org: str | None
) -> None:
    orgs = names(extract(extractor, text, (Term("Margrave Hospital", "org"),)), "org")
    assert orgs == ({org} if org else set()), orgs


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        (
            "The builders, Lark and Finch, no sorry, Finch and Lark Joinery, come on Tuesday.",
            "Finch and Lark Joinery",
            "Finch",
        ),
        (
            "Call with the trust, er, the Ormsby Heritage Fund I mean. Funding officer is Ade.",
            "Ormsby Heritage Fund",
            "Funding",
        ),
        (
            "Meeting at the school, sorry, the Wexcombe Free Academy. Academy trust pays.",
            "Wexcombe Free Academy",
            "Academy",
        ),
    ],
)
def test_a_correction_takes_the_whole_name_and_stops_at_the_sentence(
    extractor: SpacyExtractor, text: str, org: str, not_org: str
) -> None:
    orgs = names(extract(extractor, text), "org")
    assert org in orgs and not_org not in orgs, orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("So I have to get Nan to the QE for her bloods by Thursday.", "Queen Elizabeth Hospital"),
        ("We sailed on the QE2 last year, lovely.", None),
    ],
)
def test_a_hospital_by_its_initials_on_a_hospital_visit(
    extractor: SpacyExtractor, text: str, org: str | None
) -> None:
    orgs = names(extract(extractor, text), "org")
    assert orgs == ({org} if org else set()), orgs


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a valley or a field is not rung: the firm or school named after it is
        ("Need to ring Brackwell Valley this morning about the receipts.", "Brackwell Valley"),
        # one person "is"; the school named after its fields "have"
        (
            "I'll ring Odile, cos Ferrisby Fields have been brilliant but they can't keep her.",
            "Ferrisby Fields",
        ),
        (
            "Text Marguerite back, cos Hollinbrook Park have said they can take Alfie.",
            "Hollinbrook Park",
        ),
    ],
)
def test_a_name_of_the_land_rung_or_taken_up_in_the_plural(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Her repeat went to the wrong pharmacy again, to Lloyds in Hexley.", "Lloyds"),
        ("Pay the cheque in at the Halifax on Tuesday, Gran can't bank online.", "Halifax"),
        ("Order the CGP revision guides for Ollie before half term.", "CGP"),
    ],
)
def test_a_bank_or_a_publisher_by_its_brand(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.real
def test_a_town_without_the_is_no_bank(extractor: SpacyExtractor) -> None:
    x = extract(extractor, "We stopped in Halifax on the way up to see Nana.")
    assert "Halifax" not in names(x, "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Brodie says the BMA rep wants the rota by Friday.", "BMA"),
        ("the meter has to move and thats cadent not the plumber so ring cadent", "Cadent"),
        ("rang northern gas networks about the smell by the meter", "Northern Gas Networks"),
        ("Joined the RCM last week, Tegan said it was worth it.", "RCM"),
        ("Faisal and his dad, they talk about Arsenal all evening.", "Arsenal"),
    ],
)
def test_a_national_body_a_union_a_gas_network_or_a_club(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("After Mass at Holy Rood, Father Tadeusz asked for helpers.", "Holy Rood"),
        ("The summer fair is outside Holy Family on Saturday.", "Holy Family"),
    ],
)
def test_a_church_called_by_its_dedication_alone(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Picked Lenka up from bluebells, the after-school club, and paid for June.",
            "Bluebells",
        ),
        ("And Bramble House rang, the nursery, Kofi has a temperature.", "Bramble House"),
    ],
)
def test_a_name_set_off_by_its_kind_after_a_hyphen_or_a_verb(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


def test_initials_with_a_digit_after_no_are_still_the_body(extractor: SpacyExtractor) -> None:
    orgs = names(extract(extractor, "No U3A walk for me today, Marjorie is leading it."), "org")
    assert "U3A" in orgs


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        (
            "Rang Obadiah about the van. The lease is with a firm called Brightmoor Vehicle "
            "Leasing and Obadiah says it's fine.",
            "Brightmoor Vehicle Leasing",
            "Brightmoor Vehicle Leasing and Obadiah",
        ),
        (
            "She's thinking of leaving Merlin for Hollybank Care, Merlin pays less.",
            "Hollybank Care",
            "Merlin for Hollybank Care",
        ),
    ],
)
def test_a_body_is_not_run_on_to_someone_or_to_the_body_left_for(
    extractor: SpacyExtractor, text: str, org: str, not_org: str
) -> None:
    orgs = names(extract(extractor, text), "org")
    assert org in orgs and not_org not in orgs, orgs


def test_a_national_body_said_alone_is_the_known_local_branch(extractor: SpacyExtractor) -> None:
    known = (Term("Merton U3A", "org"),)
    x = extract(extractor, "No U3A walk for me today, Marjorie is leading it.", known)
    assert names(x, "org") == {"Merton U3A"}


@pytest.mark.parametrize(
    "text",
    [
        "Ring the council about the licence at lunchtime, the parks team, no, the events team.",
        "We met by Woolwich Arsenal station and walked down to the river.",
    ],
)
def test_a_time_or_a_place_is_no_body_of_the_new_kinds(
    extractor: SpacyExtractor, text: str
) -> None:
    orgs = names(extract(extractor, text), "org")
    assert not {o for o in orgs if "Lunchtime" in o or "Arsenal" in o}, orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The bloke from Kent Block Paving came at four with a quote.", "Kent Block Paving"),
        ("Rang Surrey Drainage about the blocked gully.", "Surrey Drainage"),
        ("Dorset Fencing are coming Monday.", "Dorset Fencing"),
    ],
)
def test_a_firm_named_for_a_groundwork_trade(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("um, so rang marlowby drainage this morning about the gully", "Marlowby Drainage"),
        ("the lady from quennick lettings wants the inventory signed", "Quennick Lettings"),
        ("I rang tavistone roofing about the gutter again", "Tavistone Roofing"),
    ],
)
def test_a_coined_word_before_a_trade_after_a_lead_is_a_firm(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Rehearsal with copperfold ukulele band tonight.", "Copperfold Ukulele Band"),
        ("She sings with the orrinby male voice choir on Thursdays.", "Orrinby Male Voice Choir"),
    ],
)
def test_a_band_or_a_choir_said_in_lower_case(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Also Stavros from fizz menders never came back about the machine.", "Fizz Menders"),
        ("Halina Brook from zelfora came in, they run the pantry.", "Zelfora"),
        ("Marek from velvet spoon ices rang back about the stall.", "Velvet Spoon Ices"),
    ],
)
def test_a_lower_case_name_after_someone_from_it(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "Need to find a drainage firm for the back yard, and the school rang about the trip.",
        "Went to the band practice, then the club, she plays in a brass band.",
        "Priya from work said hi. Dan from next door rang. Kate from head office says no.",
        "Jo from park road came round, Sam at home, Ella at lunch, got a quote from the roofing.",
        "Put the rota on the snapchat group tonight, then the qawwali group from the mosque sang.",
    ],
)
def test_kinds_and_places_after_a_lead_stay_no_body(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")
