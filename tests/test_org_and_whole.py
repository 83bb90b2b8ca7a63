"""Organisations with "and" in them, found whole: a firm named for two partners (or a surname
"and son") said in lower case or opening a sentence, a local body named for two areas that the
NER cut at the "and" ("Mid and East Antrim Borough Council" found as "East Antrim ..."), and
a lower-case "health and social care trust" cut at its "and". Guards: two bodies, shops or
people joined by "and" stay two. Real spaCy on text; every name is made up for these tests
and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("we used pearson and webb for the survey and they were slow", "Pearson and Webb"),
        ("Took the van into smith and byford for the MOT, ready Thursday", "Smith and Byford"),
        ("Rang gorsley and pike, the estate agents, about the flat.", "Gorsley and Pike"),
        ("Gorsley and Pike haven't rung back about the flat.", "Gorsley and Pike"),
        ("Karen from gorsley and pike finally emailed me.", "Gorsley and Pike"),
        ("Sent the forms back to Gorsley and Pike and the landlord today.", "Gorsley and Pike"),
        ("Ted Penhallow started penhallow and son roofing in 1975.", "Penhallow and Son Roofing"),
        ("The VAT bill for penhallow and son is late, Ted Penhallow says.", "Penhallow and Son"),
    ],
)
def test_firms_named_for_two_partners_are_one_firm(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    found = extract(extractor, text)
    assert org in names(found, "org")
    assert not names(found, "person") & {"Pike", "Son", "Webb", "Byford"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Mid and East Antrim Borough Council turned the planning down.", "Mid and East Antrim"),
        ("The letter came from Granite Coast and Dunes Borough Council, rates.", "Granite Coast"),
        ("rang kilbrook city and dunmore district council about the bins", "kilbrook city and"),
        ("hereford and worcester fire and rescue service are fitting alarms", "hereford and"),
        ("the inverurie and district rotary club want a speaker in March", "inverurie and"),
        ("I'm waiting on the western health and social care trust OTs", "western health and"),
    ],
)
def test_bodies_named_for_two_areas_run_over_the_and(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    orgs = {o.lower() for o in names(extract(extractor, text), "org")}
    assert any(o.startswith(org.lower()) for o in orgs), orgs
    assert len(orgs) == 1, orgs  # no fragment beside it


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Dean and Kerry came round with the baby last night.", "Dean and Kerry"),
        ("Me and Gary went round Tesco and Aldi for the party stuff.", "Tesco and Aldi"),
        ("She does homework club, Tuesdays and Thursdays after school.", "Tuesdays and Thursdays"),
        ("Gave a lift to Harrison and Lowe after training.", "Harrison and Lowe"),
        ("I rang the council and the fire and rescue service about it.", "council and the"),
        ("We had bread and butter with the soup.", "bread and butter"),
    ],
)
def test_two_of_anything_joined_by_and_stay_two(
    extractor: SpacyExtractor, text: str, absent: str
) -> None:
    orgs = {o.lower() for o in names(extract(extractor, text), "org")}
    assert not any(absent.lower() in o for o in orgs), orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Rang the Scottish Borders Housing Executive about the transfer.", "Scottish Borders"),
        ("I'll ring the Housing Executive about his points tomorrow.", "Housing Executive"),
        ("waiting on the housing executive to come back to us", "housing executive"),
    ],
)
def test_a_service_and_executive_is_a_body(extractor: SpacyExtractor, text: str, org: str) -> None:
    orgs = names(extract(extractor, text), "org")
    assert any(o.lower().startswith(org.lower()) and o.endswith("xecutive") for o in orgs), orgs


def test_an_executive_alone_is_a_job(extractor: SpacyExtractor) -> None:
    assert not names(extract(extractor, "She's a sales executive at the bank now."), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("So I rang stratford upon avon town council about the verge.", "stratford upon avon"),
        (
            "Got a letter from stockton on tees borough council about the bins.",
            "stockton on tees borough council",
        ),
    ],
)
def test_a_town_on_its_river_stays_whole_in_a_name(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    orgs = {o.lower() for o in names(extract(extractor, text), "org")}
    assert any(o.startswith(org) for o in orgs) and len(orgs) == 1, orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Both girls are at saints anselm and cuthbert primary school now.", "saints anselm"),
        ("The fete's at ss aidan and hilda church on the Saturday.", "ss aidan and hilda church"),
    ],
)
def test_a_church_named_for_two_saints_is_one_name(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    orgs = {o.lower() for o in names(extract(extractor, text), "org")}
    assert any(o.startswith(org) for o in orgs) and len(orgs) == 1, orgs


def test_a_charity_named_for_its_cause_and_action_is_whole(extractor: SpacyExtractor) -> None:
    text = "Dropped the forms at south west carers action, by the market."
    assert names(extract(extractor, text), "org") == {"South West Carers Action"}


@pytest.mark.parametrize(
    "text", ["The city council action plan is out.", "The union action on Friday is off."]
)
def test_action_taken_is_no_part_of_a_name(extractor: SpacyExtractor, text: str) -> None:
    assert not any("Action" in o for o in names(extract(extractor, text), "org"))
