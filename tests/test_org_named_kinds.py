"""Organisations whose own name says what they are (`rules/kinds.py`): a kind word ending a
name the patterns cannot reach, a kind said in two words, a capital-only kind, a trading name
that goes on with "and", Welsh and Scots names that open or end with their kind, a lower-case
name with a known place's word in it; and what stays no organisation (a bus, a village,
a festival, a person called Kirk). Real spaCy on text; every name is made up for these tests
and taken from no evaluation set.
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
        # a plural possessive inside, more than three words before the kind
        (
            "Coffee morning with the Eastbrook Pensioners' Forum tomorrow.",
            "Eastbrook Pensioners' Forum",
        ),
        (
            "Reverend Tansy at Kilbarra Road Hillhead Parish Church said yes to the hall.",
            "Kilbarra Road Hillhead Parish Church",
        ),
        # a kind in two words whose last alone is a place
        ("Booked Dad in at Ashcombe Lane Health Centre on Friday.", "Ashcombe Lane Health Centre"),
        ("Mum starts at Orchard Row Day Centre next week.", "Orchard Row Day Centre"),
        # kinds trusted with a capital
        ("Got a quote from Pennant Movers for the sofa.", "Pennant Movers"),
        ("Fernhill Cycles are fixing the bike by Saturday.", "Fernhill Cycles"),
        ("Nan goes to the Brackley Friendship Circle on Wednesdays.", "Brackley Friendship Circle"),
        # a trading name that goes on with "and" after its kind
        (
            "Ordered the skirting from Hollin Timber and Trim on Mill Lane.",
            "Hollin Timber and Trim",
        ),
        # Welsh and Scots names by their kind
        ("Choir practice at Capel Bethesda tonight.", "Capel Bethesda"),
        ("Open evening at Ysgol Gyfun Cwm Derwen on Tuesday.", "Ysgol Gyfun Cwm Derwen"),
        ("The coffee morning at Dalmore Old Kirk raised two hundred pounds.", "Dalmore Old Kirk"),
        # a national body named for its nation
        ("She got a grant from Arts Council England last year.", "Arts Council England"),
        ("The Bowls Federation Cymru sent the fixtures.", "Bowls Federation Cymru"),
    ],
)
def test_a_name_that_says_its_kind_is_an_organisation(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I got the Pentreath bus home after the match.", "Bus"),
        ("The Peabody repairs officer says Monday.", "Repairs"),
        ("We drove through Capel Garth on the way up.", "Capel"),
        ("Practising for the Gymanfa on Sunday with Olwen.", "Gymanfa"),
        ("Rang Kirk Dawson about the van.", "Kirk"),
        ("Ordered the tiles from Hollin Flooring and Dave is fitting them.", "Dave"),
        ("We lost to Brynmawr Harriers and Tomos scored twice.", "Tomos"),
        ("We played Kenton Harriers in England last year.", "England"),
    ],
)
def test_a_kind_word_alone_makes_no_organisation(
    extractor: SpacyExtractor, text: str, word: str
) -> None:
    orgs = names(extract(extractor, text), "org")
    assert not any(word.lower() in o.lower().split() for o in orgs), orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("maybe with the splott youth project doing the teas", "Splott Youth Project"),
        ("we went to the peckham youth project on friday", "Peckham Youth Project"),
    ],
)
def test_a_lower_case_name_with_a_known_place_in_it_is_kept(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "maybe the local youth project could help",
        "we could ask the big village bakery",
    ],
)
def test_a_lower_case_kind_of_ordinary_words_is_no_name(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "Brownies tonight at the church hall, then tea.",
        "Cubs done, Jasper got his badge.",
        "Dropped Ellis at Beavers and went to the shop.",
        "Thursday, decide on the Brownies catering.",
        "Mr Pellow wants to bring his Year Sixes to the garden.",
        "Mrs Tanaka's S3s are coming on Saturday to help.",
        "The P7s are off to the museum on Friday.",
    ],
)
def test_a_section_said_alone_or_a_school_year_is_no_organisation(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    "text",
    [
        "His leader is Akela, sorry no, that's Cubs, his leader is Tobiah.",
        "Ysolde does Rainbows, Brownies on Tuesdays, and Tobiah goes with her.",
    ],
)
def test_a_section_said_alone_is_no_one(extractor: SpacyExtractor, text: str) -> None:
    """A section the NER read as someone ("that's Cubs") is no one either."""
    assert names(extract(extractor, text), "person") <= {"Tobiah", "Ysolde"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Orla Finch is the leader at 3rd Tillbrook Brownies now.", "3rd Tillbrook Brownies"),
        # the group's area is a listed place; the leader's Brownie name is no body
        (
            "Ailsa Munro, she runs 1st Strathbungo Brownies, well, Brown Owl, says we're short.",
            "1st Strathbungo Brownies",
        ),
        ("Dev goes to 12th Govanhill Scouts on Fridays.", "12th Govanhill Scouts"),
    ],
)
def test_a_numbered_group_of_a_section_is_an_organisation(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert names(extract(extractor, text), "org") == {org}


def test_two_places_together_are_the_area_not_a_known_club(extractor: SpacyExtractor) -> None:
    known = (Term("Llanishen Wanderers RFC", "org"),)
    ex = extract(
        extractor, "Met Owain Price, he's the park warden for Llanishen and Rhiwbina.", known
    )
    assert not names(ex, "org") and {"Llanishen", "Rhiwbina"} <= names(ex, "place")


def test_a_section_takes_no_known_groups_name(extractor: SpacyExtractor) -> None:
    known = (Term("2nd Hollowfield Brownies", "org"),)
    for text in ("Brownies tonight, then bed.", "Gave a box of apples for the Brownies party."):
        assert not names(extract(extractor, text, known), "org")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Councillor Ada Brennock, she's our ward councillor for Hollin Central on Kelby "
            "City Council, is holding a surgery on Saturday.",
            "Hollin Central",
        ),
        ("I emailed Tom Ashgrove, the MP for Westerby North, about the buses.", "Westerby North"),
        ("Rhys Morgan, he's the councillor for Pantglas and Tyrfawr, rang back.", "Pantglas"),
    ],
)
def test_the_seat_an_elected_member_stands_for_is_a_place(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    ex = extract(extractor, text)
    assert any(place in p for p in names(ex, "place"))
    assert not any(place in o for o in names(ex, "org"))


@pytest.mark.parametrize(
    "text",
    [
        "Walked round Hyndland with the pram this morning.",
        "The number six doesn't run to Gabalfa after eight now.",
        "Angus Tolmie, a retired plumber from Cathcart, offered to fix the tap.",
    ],
)
def test_a_city_neighbourhood_is_no_known_organisation_named_after_it(
    extractor: SpacyExtractor, text: str
) -> None:
    known = (
        Term("Hyndland Hillview Church", "org"),
        Term("Gabalfa Woodworkers Club", "org"),
        Term("Cathcart Family Surgery", "org"),
    )
    ex = extract(extractor, text, known)
    assert not names(ex, "org") and names(ex, "place")
