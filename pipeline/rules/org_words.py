"""Words that name a kind of organisation ("charity", "allotment society", "the council").
Shared by the organisation rules, the known-organisation forms and `links/`.
"""

from __future__ import annotations

from typing import Any

from ..entities import DESCRIPTIVE, GENERIC_WORKPLACES, NOT_ORG_HEADS
from ..heard import ROAD_WORDS
from ..lexicon import EVENT_NOUNS, PLACE_SUFFIXES
from .places import OPEN_PLACES

# A part of an organisation: "the blue badge team", "Barnet's housing department".
PART_HEADS = frozenset(
    {"team", "department", "dept", "unit", "services", "service", "desk", "office"}
)

# "Better, the leisure company", "Camden Giving, a local charity": the noun said next to a
# name makes it an organisation. Jobs a person does ("the builder") are left out.
APPOSITIVE_ORG_HEADS = {
    "company", "firm", "charity", "business", "outfit", "shop", "organisation",
    "organization", "agency", "supplier", "contractor", "practice", "studio", "startup",
    "brand", "association", "trust", "church", "mosque", "temple", "gurdwara", "synagogue",
    "club", "council", "school", "surgery", "society", "cafe", "café", "restaurant", "bakery",
    "pharmacy", "garage", "nursery", "provider", "landlord", "group", "partnership", "network",
    "service", "caterers", "chain", "supermarket", "project", "scheme", "foundation", "team",
    "side", "choir", "band", "brigade", "unit", "bank", "pub", "hotel", "gym", "hospital",
    "college", "university", "academy", "insurer", "lender", "chemist", "garden", "centre",
    "union", "brewery", "distillery", "cinema", "theatre", "salon", "factory", "mill",
    "hospice", "primary", "secondary", "comprehensive", "infirmary", "wholesaler",
    "wholesalers",
} | {
    # shops by what they sell, not by who works there: "Rowlocks, the chandlery on the
    # Quayside"; a trade's plural is the shop ("the newsagents"), its singular the person
    "chandlery", "deli", "delicatessen", "bookshop", "bookstore", "boutique", "launderette",
    "laundrette", "takeaway", "bistro", "brasserie", "tearoom", "tearooms", "haberdashery",
    "emporium", "newsagents", "greengrocers", "ironmongers", "jewellers", "opticians",
    "stationers", "chandlers", "outfitters", "off-licence", "agents",
}  # fmt: skip


# What ends a firm named for a family: "Qadri and Sons", "Dey & Co", "Fraser Brothers".
FIRM_ENDS = frozenset({"sons", "son", "daughters", "daughter", "co", "co.", "brothers", "bros"})

# Kinds of business said in three words with "and": "bestway, the cash and carry", "the
# bed and breakfast, rosehill,".
KINDS_SAID_WITH_AND = frozenset({("cash", "and", "carry"), ("bed", "and", "breakfast")})


def a_kind_said_with_and(doc: Any, i: int) -> bool:
    """Whether token `i` ends a kind of business said in three words with "and"."""
    return i >= 2 and tuple(t.lower_ for t in doc[i - 2 : i + 1]) in KINDS_SAID_WITH_AND


# Heads of an organisation said in lower case after "from the": "Pete from the allotment
# society", "Jan from the residents' association", "Mo from the running club".
LOWER_ORG_HEADS = {
    "society", "association", "club", "trust", "league", "federation", "union", "co-op",
    "cooperative", "choir", "band", "foundation", "collective", "partnership",
}  # fmt: skip


# Kinds of organisation too common to stand for one by themselves: "the council", "the club".
GENERIC_ORG_WORDS = (
    GENERIC_WORKPLACES
    | APPOSITIVE_ORG_HEADS
    | LOWER_ORG_HEADS
    | NOT_ORG_HEADS
    | EVENT_NOUNS
    | {"league", "fc", "rfc", "board", "committee", "panel", "hall", "house", "ward", "office"}
)


# Words before an organisation's kind that are kinds or descriptions themselves: "the
# community trust", "the park rangers", "the junior league" name no one organisation.
GENERIC_FIRST_WORDS = (
    GENERIC_ORG_WORDS
    | DESCRIPTIVE
    | PLACE_SUFFIXES
    | {
        "community", "youth", "primary", "secondary", "health", "city", "county", "borough",
        "district", "national", "local", "parish", "housing", "sports", "football", "rugby",
        "cricket", "food", "arts", "family", "children's", "women's", "men's", "residents",
        "tenants", "junior", "village", "care", "medical", "dental", "united", "royal",
        "general", "mental", "social", "public", "private", "church", "school", "infant",
    }
)  # fmt: skip


# The last word of a road's or an open space's name inside a local institution's name said in
# lower case: "high road surgery", "bruce grove youth club", "green lanes dental practice"
# are named for where they stand (the tagger often reads "grove", "lanes" as verbs).
NAMED_FOR_A_ROAD = OPEN_PLACES | ROAD_WORDS | {"lanes", "broadway", "rise"}


# Words of an area that open a long public body's name: "London North West University
# Healthcare NHS Trust", "South West Yorkshire Partnership NHS Foundation Trust", "the east
# harlowe mosque".
AREA_WORDS = {
    "north", "south", "east", "west", "central", "greater", "mid", "inner", "outer", "upper",
    "lower",
}  # fmt: skip


# Kinds of organisation said in two words, whose last word alone is no organisation's ("the
# town centre", "back home"): "the fairfield day centre", "the larchwood nursing home", "the
# brambles children's centre" ("children's" is said as "children" and "'s").
TWO_WORD_KINDS = {
    "centre": {
        "health", "medical", "community", "day", "family", "children", "women", "islamic",
        "advice", "resource", "wellbeing", "cancer", "carers", "youth", "neighbourhood",
        "care",  # "the lister primary care centre"
    },
    "center": {"health", "medical", "community", "day", "family", "children", "women"},
    "home": {"care", "nursing", "residential", "retirement"},
    # "ring hexford community transport": the minibus scheme a place names
    "transport": {"community"},
    # "her careers adviser at heaton park sixth form": a sixth-form college said short
    "form": {"sixth"},
    # a service club by its place: "the morriston round table"
    "table": {"round"},
}  # fmt: skip


def two_word_kind(doc: Any, i: int) -> int | None:
    """Where a kind said in two words (`TWO_WORD_KINDS`) that ends at token `i` starts, in
    lower case; None when none ends there."""
    kinds = TWO_WORD_KINDS.get(doc[i].text)
    if kinds is None or i == 0:
        return None
    k = i - 1
    if doc[k].text in ("'s", "’s") and k > 0:
        k -= 1  # "children's centre"
    return k if doc[k].text in kinds else None


# Names of a house, an estate or its trees that a surgery, a nursery or a school is named for,
# said alone after "the": "the grove surgery", "the laurels nursery", "the grange primary".
HOUSE_NAMES = {
    "grove", "grange", "manor", "lodge", "priory", "abbey", "elms", "limes", "oaks", "laurels",
    "hollies", "willows", "beeches", "cedars", "firs", "pines", "poplars", "maples", "rowans",
    "larches", "chestnuts", "yews", "meadows", "orchards", "hawthorns", "gables", "paddocks",
    "spinney", "glebe", "mill", "rectory", "vicarage",
}  # fmt: skip
