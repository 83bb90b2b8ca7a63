"""People as they are said across Britain and Ireland, and the words that are nobody: a
nickname the speaker ties to a full name ("Chalky, that's Marek Bielski"; "Big Fergus,
Fergus Munro"; "Big Rab, Robert Hale"), a name gone by "to everyone" past a role and a
"well", a call got through to ("Got Tez, ..."), a Korean given name with its surname, a full
name of words no dictionary has that the NER took for a firm ("Ruairidh MacIver is taking
the under twelves"), interjections and greetings of Scots, Gaelic, Irish, Cornish, Welsh and
Urdu speech, and two surnames in lower case that a firm's kind names ("rang tweedie and
lowe, the letting agents"). Real spaCy; every name is made up for these tests and taken from
no evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_identities_titled import ingested, said_of

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Transcript

pytestmark = pytest.mark.real

AT = dt.datetime(2031, 1, 6, 9, 0)


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    parts = [p.strip() + "." for p in text.split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    return extractor.extract(Transcript(segments, "en", 1.0, 3.0 * len(parts), "test"), AT)


def named(ex: Extraction, kind: str = "person") -> dict[str, str]:
    """Each mention of `kind`: what was said -> the name it is filed under."""
    return {m.surface: m.name for m in ex.mentions if m.kind == kind}


@pytest.mark.parametrize(
    ("text", "said", "full"),
    [
        ("Ailsa, that's Agata Wrona, my team leader, said she might come.", "Ailsa", "Agata Wrona"),
        ("Rab, that's Robert Treloar, says they'll lift the stop.", "Rab", "Robert Treloar"),
        ("Big Fergus, Fergus Munro, is doing the bar licence.", "Big Fergus", "Fergus Munro"),
        (
            "Big Rab on the counter, Robert Treloar, says they'll lift the stop.",
            "Rab",
            "Robert Treloar",
        ),
        (
            "Rang the housing. Got Tez, Terence Hocking, our housing officer there.",
            "Tez",
            "Terence Hocking",
        ),
        (
            "Nicky Prowse, my co-coach, well, Prowsey to everyone, says it's on.",
            "Prowsey",
            "Nicky Prowse",
        ),
    ],
)
def test_a_name_the_speaker_ties_to_a_full_name_is_that_person(
    extractor: SpacyExtractor, text: str, said: str, full: str
) -> None:
    ex = extract(extractor, text)
    assert {n for s, n in named(ex).items() if s.endswith(said)} == {full}  # "Big Rab" or "Rab"


def test_a_nickname_tied_by_thats_holds_in_later_memos(extractor: SpacyExtractor) -> None:
    store = ingested(
        extractor,
        "Club night. Chalky, that's Marek Bielski, the head coach at riverside phoenix boxing"
        " club, says the fight's on.",
        "Chalky wasn't in tonight, his back's at him.",
    )
    assert "Chalky" in said_of(store)["Marek Bielski"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("And a new woman, Min-seo Tulloch, she's Korean, lovely voice.", "Min-seo Tulloch"),
        ("Ruairidh MacIver is taking the under twelves on Saturday.", "Ruairidh MacIver"),
        ("Gethin ap Rhys is the new chair of governors, he seems sound.", "Gethin ap Rhys"),
        ("Loveday Hocking is coxing on Sunday.", "Loveday Hocking"),
    ],
)
def test_a_full_name_the_ner_missed_or_took_for_a_firm(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in named(extract(extractor, text)).values()


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Trelawney Roofing is doing the job.", "Trelawney Roofing"),
        ("Got Sky to fix the box.", None),
    ],
)
def test_a_firm_stays_a_firm(extractor: SpacyExtractor, text: str, firm: str | None) -> None:
    ex = extract(extractor, text)
    assert not named(ex)
    assert (firm in named(ex, "org").values()) if firm else not named(ex, "org")


@pytest.mark.parametrize(
    "text",
    [
        "Och, and the bus was late again, so I missed the start.",
        "Told the P3s madainn mhath and they all shouted it back.",
        "Dia duit to everyone at the club, the raffle made four hundred.",
        "and write the thank yous on the page tonight",
        "Jings, what a day, the van broke down twice.",
    ],
)
def test_interjections_and_greetings_are_nobody(extractor: SpacyExtractor, text: str) -> None:
    assert not named(extract(extractor, text))


def test_two_surnames_in_lower_case_with_a_firms_kind_are_a_firm(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Rang tweedie and lowe, the letting agents, and got Jodie.")
    assert named(ex) == {"Jodie": "Jodie"}
    assert "Tweedie and Lowe" in named(ex, "org").values()
    # two first names are two people, whatever they do for a living
    ex = extract(extractor, "my neighbours, dave and steve, the builders, came round")
    assert set(named(ex)) == {"dave", "steve"}


def test_a_town_ending_in_s_is_no_family(extractor: SpacyExtractor) -> None:
    store = ingested(
        extractor,
        "Bin day. Don't forget Morven's fiddle.",
        "The big one's Saturday, the Dumfries provincial show at the hall, Morven's in the"
        " under-twelve solo.",
    )
    assert "Morven" in said_of(store)
    assert not any(name.startswith("Morven ") for name in said_of(store))


def test_the_first_half_of_a_hyphened_first_name_is_that_child(
    extractor: SpacyExtractor,
) -> None:
    said = said_of(
        ingested(
            extractor,
            "Picked Lily-Mae up from the holiday club at the park.",
            "Lily's got a temperature, so she's off tomorrow.",
        )
    )
    assert said == {"Lily-Mae": {"Lily-Mae", "Lily"}}
    # someone known as "Lily" alone already is that one
    said = said_of(
        ingested(
            extractor,
            "Lily rang about the rota.",
            "Picked Lily-Mae up from the holiday club at the park.",
            "Lily's got a temperature, so she's off tomorrow.",
        )
    )
    assert said == {"Lily": {"Lily"}, "Lily-Mae": {"Lily-Mae"}}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Planning want forty houses on the field behind Bellfield, no, forty-eight.", "Bellfield"),
        ("Kirsty phoned, out at the croft above Strathpeffer, her form is due.", "Strathpeffer"),
        ("The youth fellowship have a hillwalk up Ben Lomond on Saturday.", "Ben Lomond"),
    ],
)
def test_a_place_said_where_it_lies_is_nobody(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    ex = extract(extractor, text)
    assert place not in named(ex)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Picked up Ben Hughes from school.", "Ben Hughes"),
        ("Stood behind Kevin in the queue.", "Kevin"),
    ],
)
def test_someone_beside_where_words_stays_someone(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in named(extract(extractor, text))


def test_a_full_name_gone_by_is_the_name_the_person_is_known_by(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "And a fella there, Domhnall MacAoidh, well, he goes by Donald Mackay in English, is"
        " going to phone her.",
    )
    assert set(named(ex).values()) == {"Donald Mackay"}


def test_a_nickname_gone_by_is_no_new_full_name(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met the caretaker, his name's Hamish Corrie but he's Big Hamish to everyone, even the"
        " little ones call him Big Hamish.",
    )
    assert set(named(ex).values()) == {"Hamish Corrie"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Depends on Mum, and whether our Jaden'll have his sister.", {"Jaden"}),
        ("I might look into it, might not, Mum'll be mardy about it either way.", set()),
    ],
)
def test_will_run_on_into_a_name_is_a_word_of_its_own(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    assert set(named(extract(extractor, text)).values()) == people


def test_a_corrected_double_barrelled_surname_is_no_hyphened_first_name(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Her neighbour, Mrs Rawcliffe-Ong, no, Rawcliffe, Mrs Rawcliffe from next door, says"
        " her grandson went through the same grant.",
    )
    assert not any(" " in name for name in named(ex).values())  # "Rawcliffe-Ong Rawcliffe"


def test_a_first_name_taken_back_is_no_one_known_by_it(extractor: SpacyExtractor) -> None:
    said = said_of(
        ingested(
            extractor,
            "Then the addiction service, Ciaran Tohill there, he's their outreach worker, can"
            " see him Friday.",
            "Also the bank's business manager, a fella called Kieran, no, Ronan, Ronan Atcheson,"
            " wants to meet her about a loan.",
        )
    )
    assert said == {
        "Ciaran Tohill": {"Ciaran Tohill"},
        "Ronan Atcheson": {"Ronan", "Ronan Atcheson"},
    }


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Wilf's had a letter about the VAT return for pengelly and son, late.",
            "Pengelly and Son",
        ),
        (
            "Wilf's had a letter about the VAT return for Pengelly and Son, late.",
            "Pengelly and Son",
        ),
    ],
)
def test_a_firm_of_a_family_is_no_one(extractor: SpacyExtractor, text: str, firm: str) -> None:
    ex = extract(extractor, text)
    assert set(named(ex)) == {"Wilf"}
    assert firm in named(ex, "org").values()


def test_a_name_said_again_whole_keeps_its_role(extractor: SpacyExtractor) -> None:
    store = ingested(
        extractor,
        "Met Wanjiru Kamau at the market.",
        "Rang Oakmere Community Pantry, spoke to the coordinator, Wanjiru, er, Wanjiru Kamau,"
        " she says Mondays are fine.",
    )
    links = {
        (r["person"], r["org"])
        for r in store.db.query(
            "select p.name as person, o.name as org from links l join entities p on"
            " p.id = l.person_id join entities o on o.id = l.org_id"
        )
    }
    assert ("Wanjiru Kamau", "Oakmere Community Pantry") in links
