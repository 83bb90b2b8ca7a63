"""Organisations and links of church, choir and family life: a group named with an ordinary
phrase that someone runs, a choir, a mosque called an Islamic centre, a business called after
its owner said short, and what is no organisation (a sentence opened by "After", a plural
building, an app of the NHS, a hall booked somewhere). Then links by a title (a doctor seen at a
surgery, a vicar, a councillor), by "she owns it" and by a hyphenated job. Real spaCy on text;
every name is made up and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, links, names

from pipeline.extract import SpacyExtractor
from pipeline.records import Term

pytestmark = pytest.mark.real


def test_a_phrase_named_group_someone_runs(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Gwendolyn Marsh, who runs the Tuesday Teapot here, says we need a driver."
    )
    assert "Tuesday Teapot" in names(ex, "org")
    assert ("Gwendolyn Marsh", "Tuesday Teapot") in links(ex)
    # a happening someone runs is no organisation
    ex = extract(extractor, "Ifan Rees, who runs the Summer Fair, wants cakes.")
    assert "Summer Fair" not in names(ex, "org")


def test_a_choir_and_an_islamic_centre(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Rehearsal tonight. Gareth Pryce runs Harwood Community Voices now.")
    assert "Harwood Community Voices" in names(ex, "org")
    assert ("Gareth Pryce", "Harwood Community Voices") in links(ex)
    ex = extract(extractor, "Tariq Aziz from the Larkfield Islamic Centre brought some dates.")
    assert "Larkfield Islamic Centre" in names(ex, "org")
    assert ("Tariq Aziz", "Larkfield Islamic Centre") in links(ex)


def test_a_business_after_its_owner_said_short(extractor: SpacyExtractor) -> None:
    known = (Term("Dot's Jollof Kitchen", "org"),)
    ex = extract(extractor, "I need to ring Dot's Jollof tomorrow about the numbers.", known)
    assert "Dot's Jollof Kitchen" in names(ex, "org")
    assert "Dot" not in names(ex, "person")


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("After church at St Barnabas's. The coffee was cold.", "After Church"),
        ("We had tea at the Pavilions and a walk by the river.", "Pavilions"),
        ("She showed me how to book on the NHS App.", "NHS"),
        ("I booked the hall at Larchfield this morning, so that's done.", "Larchfield"),
        ("Lunch club done. Sorted Mavis's bus pass on the website.", "Sorted Mavis"),
    ],
)
def test_no_organisation(extractor: SpacyExtractor, text: str, not_org: str) -> None:
    assert not_org not in names(extract(extractor, text), "org")


def test_a_listed_first_name_and_a_rare_surname_chairing(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Cyril Brandqvist chaired, he's retired, very proper.")
    assert "Cyril Brandqvist" in names(ex, "person")
    assert not names(ex, "org")


def test_links_by_title(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Saw Doctor Przybylska at Elm Lodge Surgery about my hip.")
    assert ("Przybylska", "Elm Lodge Surgery") in links(ex)
    ex = extract(
        extractor, "After the service at St Barnabas's. The Reverend Ada Mensah preached well."
    )
    assert ("Ada Mensah", "St Barnabas's") in links(ex)
    ex = extract(
        extractor,
        "Councillor Ada Okafor-Reid took notes. "
        "She'll raise it with the head of housing at Northfield Council.",
    )
    assert ("Ada Okafor-Reid", "Northfield Council") in links(ex)
    assert all(link.role != "head of housing" for link in ex.links)
    # a vicar is not known through a school
    ex = extract(extractor, "Dropped the kids at Elmtree Primary. The Reverend Ada Mensah waved.")
    assert ("Ada Mensah", "Elmtree Primary") not in links(ex)


def test_links_by_owning_and_a_hyphenated_job(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Then I rang Harbour Bakery and spoke to the lady herself, Dorothy Pryce, she owns it.",
    )
    assert ("Dorothy Pryce", "Harbour Bakery") in links(ex)
    ex = extract(
        extractor, "Tea with Siobhan Doyle. She's volunteer co-ordinator for Age UK Kent now."
    )
    assert any(
        (link.person, link.org, link.role)
        == ("Siobhan Doyle", "Age UK Kent", "volunteer co-ordinator")
        for link in ex.links
    )


def test_initials_after_an_organisation(extractor: SpacyExtractor) -> None:
    # the initials are the organisation just named, not a second one nor a person
    ex = extract(
        extractor, "She's with Harrow Vale Housing, HVH, and they never come. I rang HVH again."
    )
    assert names(ex, "org") == {"Harrow Vale Housing"}
    assert sum(m.kind == "org" for m in ex.mentions) == 3
    assert "HVH" not in names(ex, "person")


def test_a_family_and_a_pet_name_are_no_organisation(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Dropped the two Adewumi terrors, Tunde and LuLu, at Elmtree Primary.")
    assert "Adewumi" not in names(ex, "org")
    ex = extract(extractor, "The trip went fine, LuLu came home with a paper owl.")
    assert "LuLu" in names(ex, "person")
    assert not names(ex, "org")


def test_who_chaired_a_meeting_at_an_organisation(extractor: SpacyExtractor) -> None:
    known = (Term("Elm Lodge Surgery", "org"),)
    text = (
        "PPG meeting at Elm Lodge, um, went on till nine. Cyril Brandqvist chaired, he's retired."
    )
    assert ("Cyril Brandqvist", "Elm Lodge Surgery") in links(extract(extractor, text, known))
    text = "Coffee at Elm Lodge, um, went on till nine. Cyril Brandqvist chaired the quiz."
    assert not links(extract(extractor, text, known))
