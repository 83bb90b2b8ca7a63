"""Organisations cut short or run on, and names that are no body: a listed body's name run into
a lower-case word after it ("the Royal Free clinic"), a charity whose name is ordinary words
said in lower case and cut at one of them ("the keep britain tidy people"), a benefit whose
last word the NER cut off ("Free School Meals"), and a city someone is from. Real spaCy on
text; people are made up for these tests and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Mum's appointment at the Royal Free clinic is on Tuesday.", "Royal Free"),
        ("We're at the Great Ormond Street clinic again next week.", "Great Ormond Street"),
    ],
)
def test_a_listed_body_stops_before_lower_case_words(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """The clinic is what the body runs, not more of its name; and the listed name stays a
    body though it ends like a street."""
    assert {n.removeprefix("the ").title() for n in names(extract(extractor, text), "org")} == {org}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Er, the keep britain tidy people emailed back, the pickers come Tuesday.",
         "Keep Britain Tidy"),
        ("Did a morning with the conservation volunteers up at the woods.",
         "Conservation Volunteers"),
    ],
)  # fmt: skip
def test_a_charity_of_ordinary_words_in_lower_case_is_whole(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    found = {n.removeprefix("the ").title() for n in names(extract(extractor, text), "org")}
    assert found == {org}


def test_ordinary_words_are_no_charity(extractor: SpacyExtractor) -> None:
    assert names(extract(extractor, "Some conservation volunteers turned up."), "org") == set()


def test_a_benefit_cut_at_a_kind_of_body_is_no_body(extractor: SpacyExtractor) -> None:
    """ "Free School Meals" is a benefit; the NER's "Free School" is no school."""
    ex = extract(extractor, "Applied for Free School Meals for Kayden.")
    assert names(ex, "org") == set()
    assert "Kayden" in names(ex, "person")


def test_a_city_someone_is_from_is_a_place(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "My neighbour's from Vilnius originally, she's lovely.")
    assert names(ex, "org") == set()
    assert "Vilnius" in names(ex, "place")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Mum's at the Whittington Hospital till Friday.", "Whittington Hospital"),
        ("we went to the whittington hospital again.", "Whittington Hospital"),
        ("Letter from the Evelina London about Tilly.", "Evelina London"),
        ("the evelina london clinic rang about Tilly.", "Evelina London"),
    ],
)
def test_a_longer_listed_name_beats_a_short_one_said_with_the(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    """ "the Whittington" is listed as said short; the longer listed name after "the" is
    whole, and a clinic after it is no more of its name."""
    found = {n.removeprefix("the ").title() for n in names(extract(extractor, text), "org")}
    assert found == {org}


def test_a_place_and_kind_on_the_list_goes_on_into_its_last_word(
    extractor: SpacyExtractor,
) -> None:
    """A listed place-and-kind ("{place} carers") is no whole name: "hub" is more of it."""
    text = "Had a chat with Nell from the islington carers hub, she'll send the leaflet."
    assert names(extract(extractor, text), "org") == {"Islington Carers Hub"}


@pytest.mark.parametrize(
    "text",
    [
        "Need the Stall Leaflets Proofread by Friday.",
        "We signed up for the Great British Spring Clean in March.",
    ],
)
def test_a_to_do_or_a_clean_up_in_capitals_is_no_body(extractor: SpacyExtractor, text: str) -> None:
    """What is to be done to a thing ("Proofread") and a season's clean-up are no body."""
    assert names(extract(extractor, text), "org") == set()


def test_a_city_of_council_keeps_its_opening_words(extractor: SpacyExtractor) -> None:
    text = "Bumped into Fergal, he's a City of York Council officer, about the bins."
    assert "City of York Council" in names(extract(extractor, text), "org")


def test_a_service_after_and_stays_in_the_name(extractor: SpacyExtractor) -> None:
    from spacy.tokens import Span

    from pipeline.rules.orgs import _services_joined_by_and

    doc = extractor.nlp(
        "The report came from Nuala at Kelby Community Health and Care, Nuala Byrne."
    )
    doc.ents = [Span(doc, 6, 9, label="ORG")]  # the NER's "Kelby Community Health"
    _services_joined_by_and(doc)
    assert [e.text for e in doc.ents] == ["Kelby Community Health and Care"]
