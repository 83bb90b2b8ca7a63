"""A name put right once holds for that person in every later memo, and a name said for
someone with "that's" and their full name is theirs from then on. Real spaCy on text and a
real store across memos; every name is made up for these tests and taken from no evaluation
set.

- "Gareth Lloyd-Hughes, no, sorry, it's just Lloyd": a double-barrelled surname put right to
  one half (a listed first name, or a word the NER leaves unlabelled), and "Sian Morgan, not
  Morgan-Price": the right name first; "Bernadette Kowalczyk, sorry, Kowalski": a spelling
  put right. Someone met before by the wrong name is the one named right, and a later first
  name alone is them;
- "Miss Kim, that's Kimberley Nowak", "Big Tam, that's Tommy Hogg": a title or a describing
  word with the name someone is called by, then who they are; a later "Miss Kim" is her;
- bodies named like someone: a team's name put right ("Ashcombe Lions, no, Ashcombe Lynx"),
  a shop named by its owner's first name and its trade with no "'s" ("amina fashions"), a
  side in a match against a school ("glyn derw versus ysgol plasmawr");
- "Aye, she's keen": a Scots yes opening a sentence is no one;
- "Mags Cant": a surname spaCy cuts like a contraction ("Ca" "nt") is whole;
- "the doctor fills his bit in": what the doctor does is no doctor's name;
- and apart: a first name taken back for another person's ("Dan, no, sorry, Dev Ainsworth")
  moves nobody known as Dan.
"""

from __future__ import annotations

import pytest
from test_identities_said import stored
from test_identities_titled import MONDAY, transcript

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("memos", "want"),
    [
        (
            (
                "Met the new shift lead at the depot, Gareth Lloyd-Hughes, seems alright.",
                "Gareth Lloyd-Hughes, no, sorry, it's just Lloyd, I read his badge wrong."
                " Anyway he's sorting the rota.",
                "Gareth rang about the overtime, I said I'd get back to him Friday.",
            ),
            {"Gareth Lloyd"},
        ),
        (
            (
                "Got a call from Lee Fairclough-Smith about the van.",
                "Lee Fairclough-Smith, no, just Fairclough, the Smith's his wife's. He'll drop"
                " the keys round.",
                "Lee dropped the keys round, need to ring him about insurance.",
            ),
            {"Lee Fairclough"},
        ),
        (
            (
                "Um, Sian Morgan-Price from the union came round about the ballot.",
                "Oh and Sian, it's Sian Morgan, not Morgan-Price, she told me off for that.",
                "Sian says the ballot closes on the ninth.",
            ),
            {"Sian Morgan"},
        ),
        (
            (
                "Nurse on the ward was Bernadette Kowalczyk, lovely with Dad.",
                "Bernadette Kowalczyk, sorry, Kowalski, Bernadette Kowalski, she rang about his"
                " discharge.",
                "Bernadette said he can come home Wednesday.",
            ),
            {"Bernadette Kowalski"},
        ),
    ],
)
def test_a_surname_put_right_holds_in_later_memos(
    extractor: SpacyExtractor, memos: tuple[str, ...], want: set[str]
) -> None:
    assert stored(extractor, *memos) == want


def test_the_half_put_right_in_one_memo(extractor: SpacyExtractor) -> None:
    ex = extractor.extract(
        transcript("Gareth Lloyd-Hughes, no, sorry, it's just Lloyd, he's sorting the rota."),
        MONDAY,
    )
    assert {m.name for m in ex.mentions if m.kind == "person"} == {"Gareth Lloyd"}
    assert ex.put_right == (("Gareth Lloyd-Hughes", "Gareth Lloyd"),)


def test_a_first_name_taken_back_for_another_moves_no_one(extractor: SpacyExtractor) -> None:
    assert stored(
        extractor,
        "Dan Whitfield from the allotments wants the shed key.",
        "Dan, no, sorry, Dev Ainsworth, is doing the rota now.",
        "Dan says the shed's been broken into.",
    ) == {"Dan Whitfield", "Dev Ainsworth"}


def test_a_title_and_the_name_she_goes_by_then_who_she_is(extractor: SpacyExtractor) -> None:
    assert stored(
        extractor,
        "Dance fees are due. Miss Kim, that's Kimberley Nowak, she runs it, wants it Friday.",
        "Dropped Poppy at the dance and Miss Kim grabbed me about the costumes.",
    ) == {"Kimberley Nowak", "Poppy"}


def test_a_describing_word_before_the_name_gone_by_then_who_it_is(
    extractor: SpacyExtractor,
) -> None:
    assert stored(
        extractor,
        "Burns supper's the ninth. Big Tam, that's Tommy Hogg, our treasurer, is doing the"
        " address as usual.",
        "Give the ticket money to Big Tam the morra at the hall.",
    ) == {"Tommy Hogg"}


def people_and_orgs(extractor: SpacyExtractor, text: str) -> tuple[set[str], set[str]]:
    ex = extractor.extract(transcript(text), MONDAY)
    return (
        {m.name for m in ex.mentions if m.kind == "person"},
        {m.name for m in ex.mentions if m.kind == "org"},
    )


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        (
            "The cup game is against Ashcombe Lions, no, Ashcombe Lynx, on Sunday, and Kyle"
            " is playing up front.",
            {"Kyle"},
            {"Ashcombe Lynx"},
        ),
        (
            "Shabana's ordering the Eid clothes from amina fashions on the high road.",
            {"Shabana"},
            {"Amina Fashions"},
        ),
        (
            "Need to pay zainab textiles for the curtains before Friday.",
            set(),
            {"Zainab Textiles"},
        ),
        (
            "Maeve says the junior coaches need their safeguarding refresher done.",
            {"Maeve"},
            set(),
        ),
        (
            "Tomos has a football match for dewi sant against Ysgol Bro Dinefwr on Wednesday.",
            {"Tomos"},
            {"Dewi Sant", "Ysgol Bro Dinefwr"},
        ),
        (
            "The match is Glyn Derw versus Ysgol Plasmawr, at ours.",
            set(),
            {"Glyn Derw", "Ysgol Plasmawr"},
        ),
    ],
)
def test_a_body_named_like_someone_is_no_one(
    extractor: SpacyExtractor, text: str, people: set[str], orgs: set[str]
) -> None:
    assert people_and_orgs(extractor, text) == (people, orgs)


@pytest.mark.parametrize(
    "text",
    [
        "Dropped the van keys to Kasia, she drives for them now.",
        "Ravi, no, sorry, Ravinder Gill from the temple rang about the langar.",
    ],
)
def test_someone_doing_a_trade_or_named_again_is_still_someone(
    extractor: SpacyExtractor, text: str
) -> None:
    assert people_and_orgs(extractor, text)[0]


def test_a_surname_spelt_like_a_contraction_is_whole(extractor: SpacyExtractor) -> None:
    people = people_and_orgs(extractor, "Mags chaired it, Mags Cant, sharp as a tack.")[0]
    assert people == {"Mags Cant"}
    assert people_and_orgs(extractor, "Mags cant come tonight, her hip's bad.")[0] == {"Mags"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("You send the form after the medical, the doctor fills his bit in.", set()),
        ("The nurse signs it and the doctor sends it off to them.", set()),
        ("Saw doctor coles about my knee, it's a sprain.", {"Coles"}),
    ],
)
def test_what_the_doctor_does_is_no_doctors_name(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    assert people_and_orgs(extractor, text)[0] == people


def test_a_scots_yes_opening_a_sentence_is_no_one(extractor: SpacyExtractor) -> None:
    assert people_and_orgs(extractor, "She wants to do the course. Aye, she's keen.")[0] == set()
