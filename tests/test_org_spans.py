"""How organisation spans are built on unseen memo language: names the NER runs into the words
around it, cuts in the middle or cuts short, names given with where the business is, letters
that spell an abbreviation, and short forms of an organisation known from an earlier memo.
Real spaCy on text; every name is made up for these tests and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor
from pipeline.records import Term

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Owe Priya a tenner.", "Priya"),
        ("Owe Kwame twenty quid.", "Kwame"),
        ("Remind Priya about Friday.", "Priya"),
        ("I need to chase Nadira at Holbrook Homes today, no excuses.", "Nadira"),
    ],
)
def test_a_name_run_into_a_command_or_a_preposition_is_the_name_alone(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert person in names(ex, "person")
    assert not names(ex, "org") & {person, f"{person} at", f"Owe {person}"}
    assert not names(ex, "place") & {person}


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("He's in Year 8 at Archbishop Penrose's so he's got it all costed.", "org", "Penrose"),
        ("Our ward councillor for Winchmore Hill said the fund might help.", "place", "Hill"),
    ],
)
def test_a_name_after_a_work_preposition_is_never_cut_in_its_middle(
    extractor: SpacyExtractor, text: str, kind: str, name: str
) -> None:
    ex = extract(extractor, text)
    assert any(name in n for n in names(ex, kind))
    assert not names(ex, "org") & {"Archbishop", "Winchmore"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Booked a table at Golden Lotus Kitchen for Friday.", "Golden Lotus Kitchen"),
        ("Then popped in to Kavala Grill about the catering.", "Kavala Grill"),
        ("Maybe with the butcher on Mill Street, Rashid and Sons.", "Rashid and Sons"),
        ("The greengrocer, Karim and Sons, has the boxes.", "Karim and Sons"),
        ("Hughes & Sons fitted the boiler last year.", "Hughes & Sons"),
    ],
)
def test_places_to_eat_and_family_firms_are_organisations(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


def test_a_home_kitchen_is_no_organisation(extractor: SpacyExtractor) -> None:
    assert not names(extract(extractor, "We had lunch round at Sarah's kitchen table."), "org")


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("There's a company called Sparkle Sprite in Norbury, I could get a quote.",
         "Sparkle Sprite", "Norbury"),
        ("There's a charity called Home Help in Leyton who do this.", "Home Help", "Leyton"),
    ],
)  # fmt: skip
def test_a_name_given_by_called_ends_before_where_the_business_is(
    extractor: SpacyExtractor, text: str, org: str, place: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert place in names(ex, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Three hundred households in B and B, not nightly paid.",
        "Took the baby to A and E last night.",
    ],
)
def test_letters_joined_by_and_are_an_abbreviation(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert not names(ex, "org") and not names(ex, "place")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sort the new kit order with Mend It Mates before the end of the month.", "Mend It Mates"),
        ("We hired a magician from Pop Goes The Party for the birthday.", "Pop Goes The Party"),
    ],
)
def test_a_title_cased_name_with_a_little_word_inside_is_whole(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert not names(ex, "org") - {org}


@pytest.mark.parametrize(
    "text",
    ["I need to set up a JustGiving page this weekend.", "She made a Fundly page for the roof."],
)
def test_a_service_named_before_its_page_is_no_organisation(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extract(extractor, text), "org")


def test_the_council_before_its_website_is_still_the_council(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Check the Haringey Council website for the form.")
    assert "Haringey Council" in names(ex, "org")


@pytest.mark.parametrize("name", ["Euphemia Rudd", "Euphemia Haddon", "Henrietta Rudd"])
def test_a_name_she_takes_up_is_someone(extractor: SpacyExtractor, name: str) -> None:
    text = f"Met the nursery owner properly, {name}, she said her late husband started it."
    ex = extract(extractor, text)
    assert name in names(ex, "person")
    assert name not in names(ex, "org")


def test_an_organisation_that_answers_as_she_stays_an_organisation(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Rang Clarendon Housing, she said they would come Tuesday.")
    assert "Clarendon Housing" in names(ex, "org")


KNOWN = (
    Term("Elmstead University", "org"),
    Term("Bramble Bears Nursery", "org"),
    Term("Tum Tum Caribbean Kitchen", "org"),
    Term("Elmstead", "place"),
    Term("Norwood Vale", "place"),
)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "I promised I'd email her link lecturer at Elmstead, Doctor Faye Lund, by Friday.",
            "Elmstead University",
        ),
        ("at the gate jodie from bramble bears says tilly bit someone.", "Bramble Bears Nursery"),
        ("At Tum Tum for Kemi's birthday, quick one.", "Tum Tum Caribbean Kitchen"),
        ("clinic at the norwood vale family hub moves to wednesdays.", "Norwood Vale Family Hub"),
    ],
)  # fmt: skip
def test_a_known_organisation_said_short_or_in_lower_case(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text, KNOWN), "org")


def test_a_town_someone_is_only_from_stays_a_town(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "We met up in Elmstead for lunch.", KNOWN)
    assert "Elmstead University" not in names(ex, "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("so training tonight at the brixton badgers went ok.", "Brixton Badgers"),
        ("we lost 3 to 1 to peckham panthers but it was close.", "Peckham Panthers"),
    ],
)
def test_a_place_and_an_organisation_word_in_lower_case_are_one_name(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


def test_a_place_and_a_place_word_in_lower_case_stay_a_place(extractor: SpacyExtractor) -> None:
    assert not names(extract(extractor, "we walked across brixton common."), "org")


@pytest.mark.parametrize(
    "text",
    [
        "She wants the reading notes on Learnly Classroom by the end of next week.",
        "Kemi's been missing homework on Learnly Pro again.",
        "The rota's up on Team Planner now.",
    ],
)
def test_what_work_is_kept_on_is_no_organisation(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


def test_a_councillor_on_the_council_keeps_the_council(extractor: SpacyExtractor) -> None:
    assert "Elmbridge Council" in names(
        extract(extractor, "He's our councillor on Elmbridge Council."), "org"
    )


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Also the parents' evening at Walter Tull is Tuesday, four till seven.", "Walter Tull"),
        ("Her nativity at Mary Seacole is next week.", "Mary Seacole"),
    ],
)
def test_a_full_name_a_happening_is_held_at_is_an_institution(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert org not in names(ex, "person")


def test_a_party_at_someones_home_is_still_someone(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "The party at Sam Reed's was loud.")
    assert "Sam Reed" in names(ex, "person")
    assert not names(ex, "org")


TEAMS = (
    Term("Eastfield Royals Cricket Club", "org"),
    Term("Brixton Tigers", "org"),
    Term("Lloyd Park Rangers", "org"),
)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Our groundsman at the Royals, Del, says so.", "Eastfield Royals Cricket Club"),
        ("then straight to the tigers to set up for the bake sale.", "Brixton Tigers"),
        ("The Rangers won again.", "Lloyd Park Rangers"),
    ],
)  # fmt: skip
def test_a_known_team_said_by_a_word_of_its_name(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text, TEAMS), "org")


def test_one_of_the_rangers_is_someone_not_the_team(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "one of the rangers said the gate was locked.", TEAMS)
    assert "Lloyd Park Rangers" not in names(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "Ideas: one, a bouldering league with little prizes.",
        "We could start a walking club for the mums.",
        "Maybe there should be a chess league for the older ones.",
    ],
)
def test_an_organisation_word_after_a_names_a_kind(extractor: SpacyExtractor, text: str) -> None:
    """An idea or a kind ("a walking club") is no organisation; "the hazelmere youth club" is."""
    assert not names(extract(extractor, text), "org")
    assert names(extract(extractor, "Rang the hazelmere youth club."), "org") == {
        "Hazelmere Youth Club"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The paving slabs came from Fernley, Ifor Fernley delivered them himself.",
        "The tiles came from Brockway, Dilys Brockway brought them round herself.",
    ],
)
def test_an_organisation_is_never_drawn_over_a_comma(extractor: SpacyExtractor, text: str) -> None:
    known = (Term("Fernley Timber and Tools", "org"), Term("Brockway Tiles and Baths", "org"))
    orgs = names(extract(extractor, text, known), "org")
    assert not any("," in o for o in orgs), orgs


@pytest.mark.parametrize(
    "text",
    [
        "Emailed the mock-ups to Ingrid and Torunn. Ingrid phoned, they prefer the blue one.",
        "Posted the samples to Margit and Sunnvor. Margit said they'll choose by Friday.",
    ],
)
def test_two_people_joined_by_and_are_no_firm(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert not names(ex, "org"), names(ex, "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ordered the cake from Pickle and Pride for Saturday.", "Pickle and Pride"),
        ("The accountants, Ernst and Young, sent the letter.", "Ernst and Young"),
    ],
)
def test_a_trading_name_with_and_stays_a_firm(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


def test_a_lower_case_first_name_and_surname_that_act_are_someone(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "quick one jodie baker messaged, the lads cant come on saturday")
    assert not names(ex, "org") and "Jodie Baker" in names(ex, "person")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a family firm with its trade said after "and Sons"
        ("Tobias Wren, from Wren and Sons Builders, is quoting for the loft.",
         "Wren and Sons Builders"),
        # a "Friends of" group: the longest name that ends in a place's word
        ("Marnie Okafor chairs the Friends of Hollin Road Rec, she wants a letter.",
         "Friends of Hollin Road Rec"),
    ],
)  # fmt: skip
def test_a_name_is_not_cut_before_its_last_word(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("the harvest supper at st barnabas and all angels church is saturday",
         "st barnabas and all angels church"),
        ("Father Dom from st cuthbert in chains is doing the funeral", "st cuthbert in chains"),
        ("the quiz at St Oswin the Evangelist Church is on Friday",
         "st oswin the evangelist church"),
        ("the food drive at the church of the holy lantern starts monday",
         "church of the holy lantern"),
        ("the choir at our lady of fernleigh are singing at the care home",
         "our lady of fernleigh"),
    ],
)  # fmt: skip
def test_a_church_named_for_its_dedication_is_named_whole(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """The NER stops at the saint ("st barnabas") or finds nothing in lower case: the
    dedication after it, and the title after "church of the" or "our lady of", is the name."""
    assert org in {o.lower() for o in names(extract(extractor, text), "org")}


def test_the_church_of_a_nation_is_not_a_dedication(extractor: SpacyExtractor) -> None:
    found = {o.lower() for o in names(extract(extractor, "the church of england says no"), "org")}
    assert not any(o.startswith("church of england says") for o in found)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "got a letter from the royal borough of kensington and chelsea about the permit",
            "royal borough of kensington and chelsea",
        ),
        (
            "Got a letter from the Royal Borough of Kensington and Chelsea about the permit.",
            "royal borough of kensington and chelsea",
        ),
        (
            "Bronagh works for barking and dagenham council in housing",
            "barking and dagenham council",
        ),
        (
            "I spoke to Dr Okoro at Camden and Islington NHS Foundation Trust this morning.",
            "camden and islington nhs foundation trust",
        ),
    ],
)
def test_a_name_cut_at_its_and_or_before_its_last_word_is_whole(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """An authority named for two places joined by "and" is one organisation, not one half
    and someone called Chelsea; a trust's closing word in capitals belongs to its name."""
    ex = extract(extractor, text)
    assert org in {o.lower() for o in names(ex, "org")}
    assert "Chelsea" not in names(ex, "person")


@pytest.mark.parametrize(
    ("text", "span", "person", "org"),
    [
        (
            "She was referred by Ottilie at Wellmead for the coffee morning.",
            (4, 7),
            "Ottilie",
            "Wellmead",
        ),
        ("Ring Leandra from Kestrel Brokers by Friday.", (1, 5), "Leandra", "Kestrel Brokers"),
    ],
)
def test_someone_run_into_their_organisation_is_the_person_and_the_organisation(
    extractor: SpacyExtractor, text: str, span: tuple[int, int], person: str, org: str
) -> None:
    """ "Referred by Ottilie at Wellmead", taken by the NER for one organisation, is Ottilie
    and where she works."""
    from spacy.tokens import Span

    from pipeline.rules.orgs import _someone_at_an_org

    doc = extractor.nlp(text)
    doc.ents = [Span(doc, *span, "ORG")]
    _someone_at_an_org(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [(person, "PERSON"), (org, "ORG")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Meeting with the Chorlton and Didsbury PCN on Tuesday about the rota.",
            "Chorlton and Didsbury PCN",
        ),
        ("Rang Chorlton and Didsbury PCN again, no answer.", "Chorlton and Didsbury PCN"),
    ],
)
def test_a_body_named_for_two_places_is_one_name(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """ "The Chorlton and Didsbury PCN", which the NER cuts at "and", is one body, not the
    place Chorlton and a "Didsbury PCN"."""
    ex = extract(extractor, text)
    assert names(ex, "org") == {org}


def test_a_called_name_stops_where_someone_goes_on(extractor: SpacyExtractor) -> None:
    text = "The van is with a firm called Ridgeway Leasing and Cosmo says it's an operating lease."
    assert names(extract(extractor, text), "org") == {"Ridgeway Leasing"}


def test_one_body_left_for_another_is_two(extractor: SpacyExtractor) -> None:
    text = "Renia's thinking of leaving Brightstone for Tallis Care, because they pay more."
    orgs = names(extract(extractor, text), "org")
    assert "Tallis Care" in orgs
    assert not any(" for " in o for o in orgs)
    orgs = names(extract(extractor, "He's leaving Homes for Haringey."), "org")
    assert "Homes for Haringey" in orgs
