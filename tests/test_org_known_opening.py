"""A known organisation said in lower case by the opening words of its name ("chase
lakeside", "at the sunflower patch"): `known_orgs._known_org_by_its_opening_lower`. Real spaCy
on made-up sentences; the organisations are made up and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, links, names

from pipeline.extract import SpacyExtractor
from pipeline.records import Term

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("known", "text"),
    [
        # one ordinary word, the rest of the name its kind, said bare where a name stands
        ("Beacon Community Housing", "if beacon don't fix the boiler i'll go to the ombudsman"),
        ("Kingfisher Health Centre", "i have to chase kingfisher again about the bloods"),
        ("Kingfisher Health Centre", "the nurse from kingfisher rang back at last"),
        ("Osprey Homecare", "she's thinking of leaving osprey because osprey pays less"),
        ("Beacon Community Housing", "the beacon surveyor is coming on the ninth"),
        ("Beacon Community Housing", "he'll chase beacon's head of repairs"),
        # two words or more, after "the", as a subject, after a lead
        ("Old Tannery Arts Centre", "so the old tannery want the posters by friday"),
        ("Foxglove Patch Nursery", "open morning at the foxglove patch, met the room lead"),
        ("Willow Bank Medical Centre", "rang willow bank, they moved the appointment"),
        ("Pellow Gardens Allotment Society", "pellow gardens want the plot rent by march"),
    ],
)
def test_a_known_organisation_by_its_opening_in_lower_case(
    extractor: SpacyExtractor, known: str, text: str
) -> None:
    assert known in names(extract(extractor, text, (Term(known, "org"),)), "org")


def test_the_opening_said_in_the_same_memo_is_the_one_organisation(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Rang Kittiwake Tenants Association about the lifts. kittiwake said the lift is booked.",
    )
    assert names(ex, "org") == {"Kittiwake Tenants Association"}


def test_a_name_run_on_into_its_verb_gives_way(extractor: SpacyExtractor) -> None:
    known = (Term("Pengelly Brothers Joinery", "org"),)
    ex = extract(extractor, "chased pengelly brothers again about the stairs, nothing yet", known)
    assert names(ex, "org") == {"Pengelly Brothers Joinery"}


def test_someone_at_the_short_form_is_linked(extractor: SpacyExtractor) -> None:
    known = (Term("Kingfisher Health Centre", "org"),)
    ex = extract(extractor, "Doctor Pellegrino from kingfisher rang back about Mum.", known)
    assert ("Doctor Pellegrino", "Kingfisher Health Centre") in links(ex) or (
        "Pellegrino",
        "Kingfisher Health Centre",
    ) in links(ex)


@pytest.mark.parametrize(
    ("known", "text"),
    [
        # a word said bare of no one, a road, a wood, a first name, a word describing a noun
        ("Home Farm Community Trust", "i got home late and went straight to bed"),
        ("Hawthorn Lane Surgery", "we walked down hawthorn lane to the shop"),
        ("Bluebell Copse Hospice", "we walked through the bluebell copse on sunday"),
        ("Rose Cottage Nursery", "rose came round with the baby for a cuppa"),
        ("Beacon Community Housing", "the beacon path was lit up all night"),
        ("Beacon Community Housing", "we sat by the beacon eating chips"),
        ("Osprey Homecare", "we saw an osprey over the loch"),
        ("Beacon Community Housing", "the local youth club is shut at the beacon"),
    ],
)
def test_the_words_said_otherwise_name_no_organisation(
    extractor: SpacyExtractor, known: str, text: str
) -> None:
    assert known not in names(extract(extractor, text, (Term(known, "org"),)), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("leanne from home-start is coming to see the twins on monday", "Home-Start"),
        ("picked up the sandwiches from sainsbury's on the way", "Sainsbury's"),
    ],
)
def test_a_listed_name_no_dictionary_has_in_lower_case_though_split_in_tokens(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org.lower() in {o.lower() for o in names(extract(extractor, text), "org")}


def test_a_listed_name_the_dictionary_has_keeps_its_capitals(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "they've set up a little co-op for the allotment seeds")
    assert not names(ex, "org")
