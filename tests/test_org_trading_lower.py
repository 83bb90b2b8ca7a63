"""A business's own name said in lower case with no kind word in it, found by the sentence
around it: gone to and placed, dropped in on, owned, someone's job there, or set off by its
kind after it. Real spaCy on made-up sentences; no name comes from an evaluation set."""

from __future__ import annotations

import pytest
from test_org_kinds import extract, links, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


def lowered(ex_names: set[str]) -> set[str]:
    return {n.lower() for n in ex_names}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("ordered the cake from sugar and spice in Walthamstow for mum's party", "sugar and spice"),
        ("lunch at the golden wok in Acocks Green was lovely", "golden wok"),
        ("she's at count on us in Horsforth now doing the payroll", "count on us"),
        ("got to ring peaks and troughs in Buxton about the posters", "peaks and troughs"),
        ("Kwame who owns jollof junction said we can use the back room", "jollof junction"),
        ("Tariq works at paws and claws in Moseley on saturdays", "paws and claws"),
        ("popped into copper lantern for a takeaway on the way home", "copper lantern"),
        ("my accountant at ledger and lamb says i need the receipts by friday", "ledger and lamb"),
        ("Shona from whisk and wag, the dog groomer on Elm Parade, said yes", "whisk and wag"),
        ("three, ask loaf and ladle, the bakery on Mill Street, for a cake", "loaf and ladle"),
        ("Wassim, her dad, owns zarouka, the restaurant on the Broadway", "zarouka"),
        ("popped into bramblewick, the chandlery on the Quay, for a battery", "bramblewick"),
    ],
)
def test_a_trading_name_in_lower_case_found_by_its_sentence(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in lowered(names(extract(extractor, text), "org"))


def test_someone_at_a_trading_name_is_linked(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Shona from whisk and wag, the dog groomer on Elm Parade, said yes")
    assert ("Shona", "Whisk and Wag") in links(ex)


@pytest.mark.parametrize(
    "text",
    [
        "um we had fish and chips then bread and butter pudding at nan's",
        "Jo from fish and chips said hi to everyone",
        "Kezia from pie and mash waved at us",
        "went to the big shop on saturday and the corner shop was shut",
        "we were at the big shop in Croydon then with the kids in Brighton",
        "I was at work in Leeds, then popped into town for milk",
        "Dev's gone to Manchester with Amir and Sophie for the weekend",
        "she runs the welcome table, and he runs the kitchen",
        "going to price up the cones at the cash and carry in Whitechapel",
        "we met at the leisure centre on London Road after the match in Bolton",
        "she's been on whatsapp and facebook all day",
    ],
)
def test_everyday_words_around_a_place_name_no_business(
    extractor: SpacyExtractor, text: str
) -> None:
    found = lowered(names(extract(extractor, text), "org"))
    assert not found - {"leisure centre"}, found
