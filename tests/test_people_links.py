"""People, organisations and who is from where, said the way people talk about them: a job or
an organisation said in the next sentence or through a pronoun, first names in passing with
no cue, organisations whose names are ordinary phrases or trades, and the app names and
things that are neither. Real spaCy on text; the names are made up for these tests and are
not taken from any evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline import lexicon
from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Transcript

pytestmark = pytest.mark.real

AT = dt.datetime(2027, 3, 3, 18, 0)  # a Wednesday evening


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    parts = [p.strip(" .") + "." for p in text.replace("! ", ". ").split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    return extractor.extract(Transcript(segments, "en", 1.0, 3.0 * len(parts), "test"), AT)


def names(ex: Extraction, kind: str) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == kind}


def links(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(link.person, link.org) for link in ex.links if link.org}


# -- links said across sentences --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the job in the next sentence, through "he"/"she"
        (
            "Coaching at Fernside Falcons tonight. Good turnout. Then Gideon Ashworth "
            "stopped me by the gate. He's the club treasurer, and he wants the subs in.",
            "Gideon Ashworth",
            "Fernside Falcons",
        ),
        # the organisation first, the person later, "their" team
        (
            "Met a chap from Severn Trent at the job, um, Ewan Gallimore. He runs their "
            "metering team for the area.",
            "Ewan Gallimore",
            "Severn Trent",
        ),
        # "runs the place"
        (
            "Popped into Castlegate Boxing Club about the leak. Bernice Odutola runs "
            "the place, has done for years.",
            "Bernice Odutola",
            "Castlegate Boxing Club",
        ),
        # "one of their coaches, NAME"
        (
            "Played Eastmoor Wolves on Sunday. Er, one of their coaches, Callum Rigby, "
            "asked about a rematch.",
            "Callum Rigby",
            "Eastmoor Wolves",
        ),
        # "been with X two years"
        (
            "Ffion Tranter, my apprentice, passed her test. Ffion's been with Alder Heating "
            "three years now.",
            "Ffion Tranter",
            "Alder Heating",
        ),
        # the org rung, the person who answered
        (
            "Rang Sure Start about the baby group. The woman who answered, Imelda Crowther, "
            "runs the Thursday session.",
            "Imelda Crowther",
            "Sure Start",
        ),
        # a firm named by its trade, the owner said by a pronoun
        (
            "Meeting with Live Wire, the electricians, about the rewire. Tobias Wren came, "
            "he's the owner.",
            "Tobias Wren",
            "Live Wire",
        ),
        # "she runs a little business called X"
        (
            "Odette Lamarr came by, she runs a little soap business called Suds and Co.",
            "Odette Lamarr",
            "Suds and Co",
        ),
        # a job before the name, a word or two after it
        (
            "Popped into Larchfield Surgery. The practice manager there is lovely, Bronagh "
            "Quill. She said the clinic is full.",
            "Bronagh Quill",
            "Larchfield Surgery",
        ),
    ],
)
def test_links_said_across_sentences(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


def test_a_job_links_to_the_organisation_it_belongs_to(extractor: SpacyExtractor) -> None:
    """A vicar is the church's, not the food bank's named after it."""
    ex = extract(
        extractor,
        "Quiz night at St Cuthbert's. Met the team from Northgate Food Bank there. "
        "The vicar, Reverend Hilary Voss, says we can use the hall.",
    )
    assert ("Hilary Voss", "St Cuthbert's") in links(ex), ex.links
    assert ("Hilary Voss", "Northgate Food Bank") not in links(ex)


def test_someone_taken_somewhere_does_not_work_there(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Dropped Wilf at Thornbury Primary, then went to work.")
    assert "Wilf" in names(ex, "person")
    assert not links(ex), ex.links


def test_someone_named_by_title_after_an_organisation(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Parents evening at Kelham Academy. Esme's got Mr Threlfall for maths this year.",
    )
    assert any(p.endswith("Threlfall") and o == "Kelham Academy" for p, o in links(ex))


# -- people in passing -----------------------------------------------------------------------


def test_first_names_in_passing_with_no_cue(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Kerry messaged on the group chat, she can't make Saturday, so Wayne's covering. "
        "Took Archie and Matilda to the park. Gav rang about the van. Also Nadine says hi.",
    )
    people = names(ex, "person")
    assert {"Kerry", "Wayne", "Archie", "Matilda", "Gav", "Nadine"} <= people, ex.mentions
    assert not names(ex, "org"), ex.mentions  # "Archie and Matilda" is two children


def test_a_doctors_surgery_is_the_doctor(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Doctor Penhaligon's surgery rang, the results are fine.")
    assert "Penhaligon" in names(ex, "person"), ex.mentions
    assert not names(ex, "org"), ex.mentions


# -- organisations with ordinary names, and things that are neither ---------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Haydn Moss, who does my accounts, she's at Sums on Tap in Otley.", "Sums on Tap"),
        ("Spoke to Northern Powergrid about the outage.", "Northern Powergrid"),
        ("Trophies for the Millbrook Lions are in the car.", "Millbrook Lions"),
        ("Bumped into Dwight Okoro outside Lidl.", "Lidl"),
        ("Keziah Barlow is chair of the Calder and District junior league.", None),
        ("Rang the Kendal community food bank about the rota.", "Kendal Community Food Bank"),
        ("Form from Harrogate College of Art for Saffron.", "Harrogate College of Art"),
    ],
)
def test_organisations_with_ordinary_names(
    extractor: SpacyExtractor, text: str, org: str | None
) -> None:
    ex = extract(extractor, text)
    if org is None:  # a lower-case tail that ends in an organisation word belongs to the name
        assert any(o.lower() == "calder and district junior league" for o in names(ex, "org"))
    else:
        assert org in names(ex, "org"), ex.mentions


def test_apps_interjections_and_things_are_neither(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Put the fixtures on Spond and the invoice through Xero. Mind, it's been a long day. "
        "Deadline's the fourteenth. The ref was fine, and his van's a Ford Transit. The "
        "WhatsApp group for the street is mad today.",
    )
    assert not names(ex, "org"), ex.mentions
    assert not names(ex, "person"), ex.mentions


@pytest.mark.parametrize(
    ("text", "make"),
    [
        ("She drives a Nissan Leaf now, cheaper to run.", "Nissan Leaf"),
        ("His van's a Ford Transit, a white one.", "Ford Transit"),
        ("He's saving for a Honda Jazz.", "Honda Jazz"),
    ],
)
def test_a_make_said_after_a_is_a_thing_not_an_organisation(
    extractor: SpacyExtractor, text: str, make: str
) -> None:
    from pipeline.rules.orgs import _not_organisations

    doc = extractor.nlp(text)
    at = text.index(make)
    doc.ents = [doc.char_span(at, at + len(make), "ORG")]  # whatever the NER made of it
    _not_organisations(doc)
    assert not doc.ents
    assert make not in names(extract(extractor, text), "org")


def test_a_body_said_after_a_before_what_it_has_stays(extractor: SpacyExtractor) -> None:
    assert "Age UK" in names(extract(extractor, "Priya's an Age UK volunteer on Mondays."), "org")


def test_a_place_is_not_a_person_but_a_first_name_said_to_someone_is() -> None:
    extractor = SpacyExtractor()
    ex = extract(extractor, "Drove to Harrogate for the day. Then a quick text to Colin.")
    assert "Harrogate" in names(ex, "place")
    assert "Colin" in names(ex, "person"), ex.mentions


def test_short_forms_are_first_names() -> None:
    firsts, nick = lexicon.first_names(), lexicon.nicknames()
    assert {"gav", "ollie", "pip"} <= firsts
    assert "philippa" in nick["pip"] and "oliver" in nick["ollie"]
    assert "pip" in lexicon.not_entities()  # the benefit; "Pip" the name is kept by case


def test_a_short_name_that_is_also_an_acronym(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Sent the poster to Pip. Mum's PIP form is still with the DWP.")
    assert "Pip" in names(ex, "person"), ex.mentions
    assert "PIP" not in names(ex, "person") | names(ex, "org")


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Rang Anchorage Housing. They put me through to Mohsin Rahimi in repairs.",
            "Mohsin Rahimi",
            "Anchorage Housing",
        ),
        (
            "Jodie from the nursery, Little Acorns, says Poppy had a good day.",
            "Jodie",
            "Little Acorns",
        ),
        (
            "Email from Hartley and Finch, the solicitors. Their conveyancer, Moira Kettle, "
            "needs the forms signed.",
            "Moira Kettle",
            "Hartley and Finch",
        ),
    ],
)
def test_the_organisation_rung_or_named_first(
    extractor: SpacyExtractor, text: str, person: str, org: str | None
) -> None:
    ex = extract(extractor, text)
    if org is None:  # the name set off after "from the nursery"
        assert any(p == person for p, _ in links(ex)), ex.links
    else:
        assert (person, org) in links(ex), (ex.mentions, ex.links)


def test_staff_at_the_counter_and_a_first_name_corrected(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Popped into Hallam Tiles for grout. Dale, no, sorry, Dean, Dean Oyston on the trade "
        "counter, found me a discount.",
    )
    assert "Hallam Tiles" in names(ex, "org"), ex.mentions
    assert names(ex, "person") == {"Dean Oyston"}, ex.mentions
    assert ("Dean Oyston", "Hallam Tiles") in links(ex), ex.links


def test_met_by_chance_somewhere_is_no_work_link(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Bumped into Callum and Jess at the Co-op. Jess works for Wrexham Council now.",
    )
    assert ("Jess", "Co-op") not in links(ex), ex.links
    assert ("Jess", "Wrexham Council") in links(ex), ex.links


def test_a_club_set_off_after_what_someone_runs(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Lunch with Sophie Lund. Her partner Anwar runs a running club, Southmead Striders.",
    )
    assert ("Anwar", "Southmead Striders") in links(ex), (ex.mentions, ex.links)
    assert ("Sophie Lund", "Southmead Striders") not in links(ex)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "The Harbour Project, that's the drop-in service, their key worker is Niamh Doyle.",
            "Niamh Doyle",
            "Harbour Project",
        ),
        ("Quiz at the Red Lion. Barry the landlord says hi.", "Barry", "Red Lion"),
        (
            "Kirsty at Age UK Wigan is sorting the befriender. Her colleague Mandeep will ring.",
            "Mandeep",
            "Age UK Wigan",
        ),
        ("Pete from the allotment society rang about the shed.", "Pete", "Allotment Society"),
        (
            "Tom's a paramedic with Yorkshire Ambulance Service, loves it.",
            "Tom",
            "Yorkshire Ambulance Service",
        ),
    ],
)
def test_jobs_said_after_the_name_and_colleagues(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    "text",
    [
        "Paid the invoice from Screwfix. Then saw Sarah Pollard. She's a nurse.",
        "Paid Screwfix. Mr Jones next door says hi.",
        "Bought grout at Toolstation. My mum runs the house like an army.",
    ],
)
def test_no_link_where_nothing_says_they_work_there(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert not links(ex), ex.links


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Met Gina Marr, she works at second chance, the furniture charity.", "Gina Marr", None),
        ("Leon Abara is a volunteer at open door on Tuesdays.", "Leon Abara", "Open Door"),
        ("Hazel Brook rang from citizens advice about the forms.", "Hazel Brook", None),
    ],
)
def test_ordinary_phrase_organisations_in_lower_case(
    extractor: SpacyExtractor, text: str, person: str, org: str | None
) -> None:
    ex = extract(extractor, text)
    assert any(p == person and o for p, o in links(ex)), (ex.mentions, ex.links)
    if org:
        assert (person, org) in links(ex)


def test_at_weekends_is_no_organisation(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Trudy Vance is a volunteer at weekends now.")
    assert not names(ex, "org"), ex.mentions


def test_a_union_set_off_a_pool_and_a_name_then_their_job(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Kids to Pollok Baths for the gala. Ainslie's mum Morven says the club, Clydeside "
        "Otters, need helpers. Morven's their secretary actually. Torquil from the union, "
        "Unison, wants me at the branch meeting.",
    )
    assert "Pollok Baths" in names(ex, "place"), ex.mentions
    assert {("Morven", "Clydeside Otters"), ("Torquil", "Unison")} <= links(ex), ex.links


@pytest.mark.parametrize("name", ["Summer Rose", "Faith Hill", "Amber Wood"])
def test_people_whose_names_are_words_stay_people(extractor: SpacyExtractor, name: str) -> None:
    ex = extract(extractor, f"Rang {name} about the rota.")
    assert name in names(ex, "person"), ex.mentions


def test_someones_college_named_in_the_next_sentence(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Ffion Tranter, my apprentice, her college have been on. Cardiff College of Art want "
        "me to sign her review. Then ring Holm Primary about the fete.",
    )
    assert ("Ffion Tranter", "Cardiff College of Art") in links(ex), ex.links
    assert ("Ffion Tranter", "Holm Primary") not in links(ex)


def test_joined_somewhere_as_a_job(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Caught up with Euan. He's left Tesco and joined Ocado as a driver.")
    assert ("Euan", "Ocado") in links(ex), (ex.mentions, ex.links)
    assert ("Euan", "Tesco") not in links(ex)
    ex = extract(extractor, "Met Sam Ode. Then I joined Tesco Clubcard as a member.")
    assert not links(ex), ex.links  # the speaker joined, not Sam


def test_a_name_set_off_by_its_job_and_a_brewery(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Bowls club committee last night. Gwenllian, the treasurer, says we're short. Her "
        "husband Dai offered to ask Brains, the brewery, for a sponsor. Took Mam to the "
        "eye clinic. The consultant, a Mr Bhatt, says cataracts.",
    )
    assert {"Gwenllian", "Dai", "Bhatt"} <= names(ex, "person"), ex.mentions
    assert "Brains" in names(ex, "org") and "Mam" not in names(ex, "person")


def test_a_job_said_after_a_linked_name_adds_no_second_organisation(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Careers fair at Oakwood High. Met a bloke from the Royal Navy, and a woman from "
        "Arup, Lisette Morel, she's a structural engineer there. Choir later: the new musical "
        "director is Ifan Rees.",
    )
    assert ("Lisette Morel", "Arup") in links(ex), ex.links
    assert ("Lisette Morel", "Royal Navy") not in links(ex)
    assert "Oakwood High" in names(ex, "org") and "Ifan Rees" in names(ex, "person")


def test_children_places_and_venues_from_a_nurses_week(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Texted Declan, Oisin's in for the tournament. I need to let Oisin's school know. "
        "Branch meeting at the Temperance Hall, then swimming at Braunstone Leisure Centre. "
        "Seun Okafor from unison came round. Took Mum to the Royal Infirmary. We did the walk "
        "for rainbows, the hospice.",
    )
    assert "Oisin" in names(ex, "person"), ex.mentions
    assert {"Unison", "Royal Infirmary", "Rainbows"} <= names(ex, "org"), ex.mentions
    assert not names(ex, "org") & {"Oisin's", "Oisin's School", "Temperance Hall"}
    assert {"Temperance Hall", "Braunstone Leisure Centre"} <= names(ex, "place")


def test_a_known_persons_first_name_the_ner_calls_a_place() -> None:
    from pipeline.records import Term

    extractor = SpacyExtractor()
    parts = ["Asked Jacinta about the third.", "She's fine with it."]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    ex = extractor.extract(
        Transcript(segments, "en", 1.0, 6.0, "test"), AT, [Term("Jacinta Brennock", "person")]
    )
    assert "Jacinta Brennock" in names(ex, "person"), ex.mentions


def test_a_childs_teacher_at_a_school_said_in_lower_case(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "ok so school run done and Wilf's teacher at hollins primary Mrs Okoye caught me at "
        "the gate. Met him at a local school once.",
    )
    assert "Hollins Primary" in names(ex, "org"), ex.mentions
    assert any(p.endswith("Okoye") and o == "Hollins Primary" for p, o in links(ex)), ex.links
    assert ("Wilf", "Hollins Primary") not in links(ex)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the taught NER reads an organisation it does not know as a site someone comes from
        ("Dorcas came round from the Eritrean Centre with the rota.", "Dorcas", "Eritrean Centre"),
        # or runs its span on into the verb ("unison popped in")
        ("Dayo from unison popped in about the strike.", "Dayo", "Unison"),
        # or reads the name set off after "a walking group" as a person
        (
            "Radek joined a walking group, Wandle Wanderers, last year.",
            "Radek",
            "Wandle Wanderers",
        ),
        # calling from work in any tense, the one called between
        ("Ruta will ring you from Tillingham Care.", "Ruta", "Tillingham Care"),
        ("Hazel Brook rang me from Tillingham Care.", "Hazel Brook", "Tillingham Care"),
    ],
)
def test_links_as_the_taught_ner_draws_them(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


def test_a_region_or_a_pub_with_no_one_working_there_is_no_organisation(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Kofi from the Lake District came down.")
    assert not names(ex, "org") and not links(ex)
    assert not names(extract(extractor, "Drinks at the Grey Heron. Consuela says hi."), "org")


# -- the body someone sits on, the road a school goes by ---------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Barney's on the PTA at St Bede's and he's doing the raffle.", "Barney", "St Bede's"),
        ("Tabitha's the treasurer of the PTA at Moorside.", "Tabitha", "Moorside"),
        ("Philippa is one of the governors at Holloway Park school.", "Philippa",
         "Holloway Park School"),
        ("Fergus sings in the choir at St Mark's, so he's busy Sundays.", "Fergus",
         "St Mark's"),
    ],
)  # fmt: skip
def test_a_member_of_a_body_is_linked_to_the_organisation_it_belongs_to(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)
    assert (person, "PTA") not in links(ex), ex.links  # the school's PTA, not a body of its own


def test_a_job_at_a_road_is_at_the_school_known_by_it(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Marguerite, she's the head at rhodes avenue, um, wants a meeting.")
    assert ("Marguerite", "Rhodes Avenue") in links(ex), (ex.mentions, ex.links)
    ex = extract(extractor, "Fergus, who's the caretaker at Brook Lane, says the gate is fixed.")
    assert ("Fergus", "Brook Lane") in links(ex), (ex.mentions, ex.links)
    assert not names(extract(extractor, "Went for a walk up Brook Lane with Fergus."), "org")
    # a school known by its park, for a job indoors; the ranger works in the park itself
    ex = extract(extractor, "Tamsin Clegg, our head at Fernlea Park, stopped me in the corridor.")
    assert ("Tamsin Clegg", "Fernlea Park") in links(ex), (ex.mentions, ex.links)
    assert not names(extract(extractor, "Fergus, the warden at Elm Park, locked the gate."), "org")


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "I got through to a chap called Rory Blaine, he's Clarion Housing's damp surveyor, "
            "and he'll visit Tuesday.",
            "Rory Blaine",
            "Clarion Housing",
        ),
        ("Spoke to Dermot. He's Haringey Council's parking officer.", "Dermot", "Haringey Council"),
    ],
)
def test_an_organisations_job_said_of_someone_with_is(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)
    assert not links(extract(extractor, "Met Kofi, she's Tesco's biggest fan."))


@pytest.mark.parametrize(
    "text",
    [
        "Ate with Thaddeus at the Golden Dragon, lovely.",
        "Had a pint with Florian at the Red Lion after work.",
    ],
)
def test_no_link_for_someone_eaten_or_drunk_with_at_a_place(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text)
    assert not links(ex), (ex.mentions, ex.links)
