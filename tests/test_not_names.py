"""False organisations and not-people of the kinds fresh memos showed: what a family calls its
own in the languages memos slip into ("rang Hooyo", "calls me walaal"), a lower-case beach or
market taken for a body, a firm whose trade is a plural ("Landscapes"), and a short plural
noun opening a sentence ("Menus went"). Real spaCy on text; every name is made up here and
taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Rang Hooyo about the Eid lunch, she wants the rice by Friday.", set()),
        ("Walaal, I mean my cousin Idil, is starting the new job on Monday.", {"Idil"}),
        ("Abti Mahad wants me to call him back on Thursday.", {"Mahad"}),
        ("Told Ammi the clinic moved to Tuesday.", set()),
    ],
)
def test_what_a_family_calls_its_own_is_no_one(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    found = names(extract(extractor, text), "person")
    assert {p.removeprefix("Mrs ") for p in found} == {p.removeprefix("Mrs ") for p in people}


def test_a_name_said_next_to_a_family_word_is_still_someone(extractor: SpacyExtractor) -> None:
    assert "Nasra" in names(extract(extractor, "Nasra rang Hooyo about the tickets."), "person")


@pytest.mark.parametrize(
    "text",
    [
        "she's sorting the coach for the whitby beach trip on saturday the 18th",
        "her stall at castlegate market is saturday the ninth, she needs the gazebo",
    ],
)
def test_a_lower_case_beach_or_market_is_no_organisation(
    extractor: SpacyExtractor, text: str
) -> None:
    assert names(extract(extractor, text), "org") == set()


def test_a_club_at_a_market_is_still_one(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Dropped the float forms at the Harbourside Rowing Club.")
    assert "Harbourside Rowing Club" in names(ex, "org")


def test_a_firm_named_for_its_plural_trade_is_no_one(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Rang Docherty Landscapes about the quote.")
    assert "Docherty Landscapes" in names(ex, "org")
    assert "Docherty Landscapes" not in names(ex, "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Menus went to the printers this morning, so that's done.", None),
        ("Stevens said the van's fine, he'll drop it back tomorrow.", "Stevens"),
        ("Brooks rang about the hedge quote.", "Brooks"),
    ],
)
def test_a_short_plural_opening_a_sentence_is_no_one(
    extractor: SpacyExtractor, text: str, person: str | None
) -> None:
    found = names(extract(extractor, text), "person")
    assert found == ({person} if person else set())


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Gemma, the PCSO from kent and sussex police, is running it.", "Kent and Sussex Police"),
        (
            "Also his tutor at the city of bradford college wants a meeting.",
            "City of Bradford College",
        ),
        (
            "Honiton town council needs the booking form by the end of the month.",
            "Honiton Town Council",
        ),
        ("Rang Honiton town council about the stall.", "Honiton Town Council"),
    ],
)
def test_a_body_said_whole_is_not_cut_to_its_end(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "org") == {org}
    assert names(ex, "person") <= {"Gemma"}


def test_a_town_said_before_a_lower_case_kind_of_council_stays_apart(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Went to Honiton, the council there is useless.")
    assert "Honiton Council" not in names(ex, "org")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Bhai said he'd sort the car, Tamsin's lending us her van.", {"Tamsin"}),
        ("Bore da, Nain said, then asked for her tea.", set()),
        ("Diolch to Dafydd for fixing the gate.", {"Dafydd"}),
        ("Wagwan, says Dorrell, he wants the console back by Friday.", {"Dorrell"}),
        ("Namaste, that's all the yoga teacher Brisa says.", {"Brisa"}),
    ],
)
def test_family_words_and_greetings_in_other_languages_are_no_one(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    assert names(extract(extractor, text), "person") == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Saint Nicholas came to the Saturday school, Zosia got a chocolate.", {"Zosia"}),
        ("The Prophet Muhammad said charity never decreases wealth, the imam told us.", set()),
        ("Drove past Nelson Mandela House, they've put scaffolding up.", set()),
        ("Grandad's on Florence Nightingale ward now, bed six.", set()),
        ("Cheryl from the shop asked about Bella, our spaniel.", {"Cheryl"}),
        ("Walked Rolo the dog round the park with Tamsin.", {"Tamsin"}),
        ("Loan's forty-five thousand, over seven years, the bank said.", set()),
    ],
)
def test_saints_buildings_pets_and_sums_are_no_one(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    assert names(extract(extractor, text), "person") == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tom Hall rang about the fence.", "Tom Hall"),
        ("Met Jo Ward at the school gate.", "Jo Ward"),
        ("Ian St John is doing the quiz.", "Ian St John"),
        ("Dave, our dog walker, is off sick.", "Dave"),
        ("Sue, the cat lady from number nine, came round.", "Sue"),
        ("Got chatting to a fella on the bench, Declan, walks his dog there daily.", "Declan"),
        ("Grace is forty next week so we're having a party.", "Grace"),
        ("Will's fifty percent sure he can come.", "Will"),
    ],
)
def test_people_named_like_buildings_pets_or_sums_stay(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in names(extract(extractor, text), "person")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Harvey asked Alexa to play the radio and it wouldn't stop.", {"Harvey"}),
        ("The Alexa in the kitchen keeps playing the wrong station.", set()),
        ("Since Brexit the orders from Cork have gone right down.", set()),
        ("Walked a stretch of Offa's Dyke with the ramblers on Sunday.", set()),
        ("Brown bin's not been lifted again, ring the council.", set()),
        ("Made a big cardboard Empire Windrush for the float.", set()),
    ],
)
def test_a_device_an_event_or_a_landmark_is_no_one(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    assert names(extract(extractor, text), "person") == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Alexa from the choir rang about the concert tickets.", "Alexa"),
        ("Asked Alexa to bring the raffle prizes on Friday.", "Alexa"),
        ("Hope rang about the allotment rota, she can do Wednesdays.", "Hope"),
        ("Had coffee with Dior, she's starting at the salon next month.", "Dior"),
    ],
)
def test_a_name_that_is_also_a_device_or_a_word_is_still_someone(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in names(extract(extractor, text), "person")
