"""Things said the way a body is said that are no body (`rules/kinds.py`, `rules/people.py`): a
team inside a club by its level or its players' age, a school year and what it does together,
a part of a building with its letter or number, a scheme or a programme, a class or a session,
a day held for what is done at it, and someone said with "'s" for "is". The bodies said beside
them stay found. Real spaCy on text; every name is made up for these tests and taken from no
evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a team inside a club, by its level
        ("Mandy runs the Veterans Squad at Kelby Hockey Club now.", {"Kelby Hockey Club"}),
        ("Callum from the Youth Section says the boat's fixed.", set()),
        ("The Second Eleven need an umpire on Saturday, ask Baz.", set()),
        # by its players' age
        ("Jordan from the Under Fifteens rang about the kit.", set()),
        # a school year and what it does together
        ("Ffion says the P4 Choir are on first, then the band.", set()),
        ("Miss Tait from the Year Eight Netball emailed.", set()),
        ("Bethan from P3 to P5 is off sick.", set()),
    ],
)
def test_a_team_or_a_class_is_no_organisation(
    extractor: SpacyExtractor, text: str, bodies: set[str]
) -> None:
    assert names(extract(extractor, text), "org") == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a part of a building with its letter or number
        ("The cleaner at Block D is Wendy Pratt, she's lovely.", set()),
        ("Rang Hut Three about the heating, nobody answered.", set()),
        ("the receptionist at block f said the lift's broken", set()),
        # a scheme or a programme, with the body that runs it kept
        ("Darren from the Green Doors Programme rang about Tuesday.", set()),
        ("Kayleigh from the Fresh Start scheme rang, Age UK Kelby are paying.", {"Age UK Kelby"}),
        (
            "Carol says the Healthy Homes Scheme will pay for the loft, ask Kelby Hospice.",
            {"Kelby Hospice"},
        ),
        # a class, a session, a drop in
        ("Mo from Bible Study texted, it's cancelled.", set()),
        ("Met Ruth at the Drop In, she's the new support worker.", set()),
        # a day held for what is done at it
        ("Kev, the caretaker at the Open Day, said fine.", set()),
        ("Grace from Parents Evening said the Kelby Hospice stall can stay.", {"Kelby Hospice"}),
    ],
)
def test_a_room_a_scheme_a_session_or_a_day_is_no_organisation(
    extractor: SpacyExtractor, text: str, bodies: set[str]
) -> None:
    assert names(extract(extractor, text), "org") == bodies


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # "'s" for "is" after a name opening a clause: no shop
        ("Catch up with Breda. So, Kasimir's out till June, and I'm to take his cases.", "Kasimir"),
        ("Wednesday, Senan's at the clinic at two.", "Senan"),
        ("Sunday, Ailbhe's at her nan's at four, so I've the car.", "Ailbhe"),
        # a nickname of "Big" and a name cut short
        ("Collected the tickets, Big Macca still owes, he says Monday.", "Big Macca"),
        ("Collected the tickets, Big Fitz still owes, he says Monday.", "Big Fitz"),
        # a name in lower case, then "the" and a role
        ("the entry fees go to maureen cork the club secretary by friday", "Maureen Cork"),
    ],
)
def test_someone_said_like_a_body_is_someone(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert person in names(ex, "person") and not names(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "The Royal National Mod is in Oban this year.",  # the Gaelic festival
        "we could bake them ourselves in the chapel kitchen",  # a room of a building
        "we need 5 players and big macca has done his back again",  # a nickname, lower case
    ],
)
def test_a_festival_a_room_or_a_nickname_is_no_organisation(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # guards: a body named with a team or a building word, a shop with "'s", the MOD
        ("My cousin works for the MOD in Bath.", "MOD"),
        ("Kelby Mountain Rescue Team were called out twice.", "Kelby Mountain Rescue Team"),
        ("She plays for Ashmoor Juniors on Sundays.", "Ashmoor Juniors"),
        ("Popped into Sainsbury's on the way back.", "Sainsbury's"),
        ("The Ashby Foundation Programme starts in May.", "Ashby Foundation"),
        ("Got a quote from Unit Nine Joinery for the shelves.", "Unit Nine Joinery"),
    ],
)
def test_bodies_said_like_them_stay(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")
