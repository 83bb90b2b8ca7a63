"""Rules and tests for places: roads by number, and whether the words around a name say
somewhere rather than someone or an employer. Asked by the people and organisation rules too.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import lexicon
from ..entities import CONTEXT_ID, GAZETTEER_ID, LOCATIVES, NOT_NAME, VOCAB_ID, _role_word
from ..lexicon import (
    EVENT_NOUNS,
    PLACE_SUFFIXES,
    TITLES,
    VENUE_SUFFIXES,
    first_names,
    org_suffixes,
    surnames,
)
from .kinds import KIND_PAIRS, MATCH_VERBS
from .person_words import KIN, PERSON_NOUNS
from .spans import _clear_entities, _locked, _overlapping, _set_entity
from .words import POSS, RANG_OR_WROTE, SAINTS, TO_A_PLACE, _english_words
from .work import _role_before

# A road by its number: "the M25", "the A406", "the A1(M)".
ROAD_NUMBER = re.compile(r"^(M\d{1,3}|[AB]\d{2,4})(\(M\))?$")  # not "A4 paper"


def _roads_by_number(doc: Any) -> None:
    """ "the M4 was shut", "stuck on the A312": a motorway or an A or B road by its number is
    a place, whatever the NER guessed (an organisation, a product) or missed; "A4" without
    "the" is a paper size, nothing."""
    for t in doc:
        if not (ROAD_NUMBER.match(t.text) or re.fullmatch(r"A\d", t.text)):
            continue
        if any(e.ent_id_ == VOCAB_ID for e in _overlapping(doc, t.i, t.i + 1)):
            continue
        if ROAD_NUMBER.match(t.text):
            _set_entity(doc, t.i, t.i + 1, "LOC")
        elif re.fullmatch(r"A\d", t.text):  # "the A3" is a road, "print it on A4" a paper size
            if t.i > 0 and doc[t.i - 1].lower_ == "the":
                _set_entity(doc, t.i, t.i + 1, "LOC")
            else:
                _clear_entities(doc, t.i, t.i + 1)


def _where_it_happens(doc: Any, start: int) -> bool:
    """ "the hearing's at ...", "the meeting is in ...": the name at `start` is where a
    happening takes place."""
    words = [t.lower_ for t in doc[max(0, start - 4) : start]]
    if len(words) < 3 or words[-1] not in ("at", "in"):
        return False
    k = len(words) - 2 - (words[-2] == "the")
    return k >= 1 and words[k] in ("is", "'s", "’s", "was") and words[k - 1] in EVENT_NOUNS


# Words before a name that make it somewhere rather than someone: "in Florence"; "to" only
# after going somewhere ("went to Florence", not "a quick text to Colin").
WHERE_WORDS = LOCATIVES | {"from", "of", "for", "via", "into", "towards"}


GOING = {
    "went", "go", "going", "goes", "gone", "moved", "move", "moving", "drove", "drive",
    "driving", "flew", "fly", "flying", "travelled", "traveled", "headed", "heading", "trip",
    "back", "off", "train", "visit", "holiday", "way", "road",
}  # fmt: skip


def _somewhere(doc: Any, i: int) -> bool:
    """Whether the word before token `i` puts it somewhere: "in Leeds", "went to Halifax"."""
    if i == 0:
        return False
    before = doc[i - 1].lower_
    if before == "to":
        if i >= 2 and doc[i - 2].lower_ in ("get", "got", "getting"):
            return True  # "to get to Harpenden"
        return any(t.lower_ in GOING for t in doc[max(0, i - 5) : i - 1])
    return before in WHERE_WORDS


def _said_before(doc: Any, i: int) -> str:
    """The word said before token `i`, past commas and "er": "in" of "in, er, Edale"."""
    k = i - 1
    while k > 0 and (doc[k].text == "," or doc[k].lower_ in lexicon.UMS):
        k -= 1
    return doc[k].lower_ if k >= 0 else ""


def _place_after_connector(doc: Any, start: int, end: int) -> bool:
    """ "Homes for Haringey", "Mind in Enfield": a name that ends in a listed place after
    "for", "of" or "in" is an organisation, not the place."""
    return any(
        e.start > start and e.end == end and doc[e.start - 1].lower_ in ("for", "of", "in")
        for e in doc.ents
        if e.ent_id_ == GAZETTEER_ID
    )


# Somewhere a name ends in that is never an organisation's kind when the name holds none:
# "hollowmere park", "Elmfield Common", "parliament hill". (Not "Crystal Palace", a team, nor
# "Thames Valley", a region housing associations and police forces are named for.)
OPEN_PLACES = {
    "park", "common", "green", "heath", "gardens", "field", "fields", "wood", "woods", "marsh",
    "marshes", "rec", "recreation", "playground", "road", "street", "lane", "avenue",
    "crescent", "square", "terrace", "grove", "hill", "place", "walk", "corner", "edge",
    "waters", "pools", "lido", "moor", "reservoir",
    "beach", "sands", "promenade", "market",  # "the crosby beach trip", "at st georges market"
}  # fmt: skip

# A housing estate is where someone lives or goes ("lives on the ashley court estate", "at
# the Elm Farm estate"); a landed estate works for ("works for the Grosvenor Estate").
ESTATE_PREPS = {"on", "at", "in", "to", "near", "round", "off", "around", "across"}


# Where one eats at a place, named by it: "the lido cafe", "the park kiosk".
SNACK_BARS = {"cafe", "café", "kiosk", "canteen", "tearoom", "tearooms", "bar"}

# Last words of a named building: "Merrion House", "the Town Hall Extension", "Civic Hall".
# Where something is taken or held is the building, not the body in it (someone "from"
# Toynbee Hall is from the charity, so only words of going or being somewhere count).
# A block of flats is a court ("a flat at Cedar Court"); a court of law sits as a body.
BUILDINGS = {"house", "hall", "extension", "annexe", "building", "tower", "chambers", "court"}
# A room of a building, named: "coffee in the Orangery", "sat in the Garden Lounge".
ROOMS = {"room", "rooms", "lounge", "orangery", "suite"}

# Words that put a saint's name with "'s" somewhere, not a church or a school: "drove
# through St Ann's", "the market at St George's", "a stall in St Nicholas's".
THROUGH = {"through", "across", "around"}
STALLS = {"market", "stall", "stalls", "estate", "flat", "flats"}
LAW_COURTS = {
    "crown", "county", "magistrates", "magistrates'", "family", "high", "supreme", "coroner's",
    "coroners", "youth", "combined", "royal",
}  # fmt: skip
GONE_TO = {"at", "into", "to", "in", "outside", "near", "opposite", "past", "round"}


def _gone_to(doc: Any, start: int) -> bool:
    """Whether the name at `start` follows a word of going or being somewhere ("the" aside),
    not said of someone ("Jo at Elm House", "the manager at Elm House" work there)."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in GONE_TO:
        return False
    before = doc[i - 1]
    if doc[i].lower_ == "to" and before.lower_ in CALLED_THROUGH:
        return False  # "on hold to Hollin Water", "put through to ...": a call, not a trip
    return before.ent_type_ != "PERSON" and not _role_word(before.lower_)


# Words before "to" that make it a call or a letter, not a trip: "on hold to", "got through to".
CALLED_THROUGH = {"hold", "through", "spoke", "speak", "spoken", "talked", "talk", "wrote", "write"}


def _on_an_estate(doc: Any, start: int) -> bool:
    """Whether the estate at `start` is somewhere one is: "on the ashley court estate"."""
    i = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    return i >= 0 and doc[i].lower_ in ESTATE_PREPS


def _a_saint_somewhere(doc: Any, start: int) -> bool:
    """Whether a saint's name with "'s" at `start` is said as somewhere: "through St Ann's",
    "the market at St George's" (not "Mass at St Mary's", "from St Jude's")."""
    before = [t.lower_ for t in doc[max(0, start - 3) : start] if t.lower_ != "the"]
    if before and before[-1] in THROUGH:
        return True
    return len(before) >= 2 and before[-1] in ("at", "in") and before[-2] in STALLS


def _venues_said_as_organisations(doc: Any) -> None:
    """Places the NER or a pattern took for an organisation: a name that ends in a park, a
    road or a common and holds no kind of organisation ("the tournament is at hollowmere park");
    the hall of a church or a club ("the Brindley church hall": the hall, not the church); and a
    lower-case venue named by the place it is at ("the lido cafe", "at the mall first thing")."""
    english = _english_words()
    for e in list(doc.ents):
        words = [t for t in e if t.lower_ != "the"]
        if e.label_ != "ORG" or not words:
            continue
        nxt = doc[e.end] if e.end < len(doc) else None
        kinds = [t for t in words if t.lower_ in org_suffixes()]
        saints = words[0].lower_ in SAINTS and words[-1].text in POSS
        if nxt is not None and nxt.lower_ in ("hall", "halls") and (words[-1] in kinds or saints):
            # "St Jude's church hall", known or not; "at St Jude's hall"
            _set_entity(doc, e.start, e.end + 1, "FAC")
        elif e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        elif saints and _a_saint_somewhere(doc, e.start):
            _set_entity(doc, e.start, e.end, "LOC")  # "drove through St Ann's"
        elif (
            words[-1].lower_ in BUILDINGS | ROOMS
            and not kinds
            and _gone_to(doc, e.start)
            and not (
                words[-1].lower_ == "court" and words[-2:-1] and words[-2].lower_ in LAW_COURTS
            )
        ):
            _set_entity(doc, e.start, e.end, "FAC")  # "drop it into Merrion House"
        elif (
            len(words) >= 2
            # "baltic corner, the Lithuanian shop": a rule read the kind of business said
            and e.ent_id_ != CONTEXT_ID
            and (not kinds or _a_lake(doc, e.start, words, kinds))
            and not _a_water_named_for_an_idea(words, english)
            and (
                words[-1].lower_ in OPEN_PLACES | {"water"}
                or (words[-1].lower_ == "estate" and _on_an_estate(doc, e.start))
            )
            and not _job_at(doc, e.start, words[-1].lower_)
            and not _rung_or_plural(doc, e)
        ):
            _set_entity(doc, e.start, e.end, "LOC")  # "hollowmere park", "Elmfield Common"
        elif (
            len(words) == 2
            and all(t.is_lower and t.lower_ in english for t in words)
            and words[0].lower_ in PLACE_SUFFIXES
            and (not kinds or words[-1].lower_ in SNACK_BARS)  # "avenue primary": a school
        ):
            # "the lido cafe", "the station kiosk"; "the mall first thing": the mall
            end = e.end if words[-1].pos_ in ("NOUN", "PROPN") else e.end - 1
            _set_entity(doc, e.start, end, "FAC")
    _lower_venues_gone_to(doc)


# Public places said bare and in lower case, never a body: "at the mall", "down the lido".
BARE_VENUES = {"mall", "lido", "precinct", "seafront", "promenade"}


def _lower_venues_gone_to(doc: Any) -> None:
    """ "Dropping the boxes at the mall first", "the social is at the lido cafe": where one
    goes, said in lower case with "the" (a public venue, or one where one eats named by the
    place it is at) is a place whatever the NER saw, a guess of a place or nothing."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for t in doc[:-1]:
        if t.lower_ != "the" or t.i + 1 in taken or not _gone_to(doc, t.i + 1):
            continue
        word = doc[t.i + 1]
        nxt = doc[t.i + 2] if t.i + 2 < len(doc) else None
        if not (word.is_lower and word.is_alpha):
            continue
        if (
            word.lower_ in PLACE_SUFFIXES
            and nxt is not None
            and nxt.is_lower
            and nxt.lower_ in SNACK_BARS
            and nxt.i not in taken
        ):
            _set_entity(doc, t.i, t.i + 3, "FAC")  # "the lido cafe", "the station kiosk"
        elif word.lower_ in BARE_VENUES and not (
            nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"
        ):
            _set_entity(doc, t.i, t.i + 2, "FAC")  # "the mall", not "the mall car park"


# Words before a town that is a name or a word too ("Shirley", "Hope", "Street") which put
# it somewhere: not "from" or "for", said of someone ("a text from Shirley"), nor "at"
# before a first name ("shouted at Shirley").
IN_A_TOWN = TO_A_PLACE - {"to", "from", "into", "of"}


def _towns_said_as_names(doc: Any) -> None:
    """ "a barn dance at Stannington", "the watch manager at Romford": a whole name that the
    GeoNames list knows as a UK town or village, which the NER or a rule took for an
    organisation or someone, is the town. The list cannot know the next user's pool of
    villages by hand, but many of its towns are first names, surnames or words ("Stanley
    rang", "Harris said", "Deal"): those stay as labelled unless the word before puts them
    somewhere ("in Shirley", "drove over to Stanley"). A team ("Barnsley beat Leeds"), a body
    that is rung or takes the plural, and a name after a title stay as they are."""
    towns = lexicon.settlements()
    english, names, family = _english_words(), first_names(), surnames()
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        low = e.text.lower()
        if low not in towns or not all(t.is_title for t in e):
            continue
        before = doc[e.start - 1] if e.start else None
        after = doc[e.end] if e.end < len(doc) else None
        if before is not None and before.lower_ in TITLES:
            continue  # "Mrs Shirley"
        if after is not None and after.lower_ in MATCH_VERBS | org_suffixes():
            continue  # "Barnsley beat them", "Romford Sea Cadets"
        if e.label_ == "ORG" and _rung_or_plural(doc, e):
            continue
        if _works_there(doc, e.start) or low in _towns_bodies_are_named_for():
            continue  # "the ward manager at Glenfield": Glenfield Hospital, listed or not
        named = len(e) == 1 and (low in names or low in family or low in english)
        if named and after is not None and after.text in POSS:
            continue  # "Shirley's car": someone's
        if named or e.label_ == "PERSON":
            word = _said_before(doc, e.start)  # "in, er, Bakewell"
            placed = word in IN_A_TOWN and not (word == "at" and low in names)  # "shouted at"
            # "the body shop down Pelton": a word of going along somewhere, before no name
            placed = placed or (not named and word in ALONG_TO)
            placed = placed or _whose_people_are_from(doc, e.start)
            if not (placed or (_travelled_to(doc, e.start) if named else _somewhere(doc, e.start))):
                continue
        _set_entity(doc, e.start, e.end, "GPE")


# Words that put a town somewhere as speech goes along to it: "the garage down Pelton".
ALONG_TO = {"down", "up", "over"}
# Kin and company said to come from a town: "her cousins from Bramley", "a lad from Pelton".
FOLK = KIN | PERSON_NOUNS | {
    "cousins", "relatives", "relations", "family", "folks", "in-laws", "uncles", "aunties",
    "aunts", "nephews", "nieces", "friends", "mates", "neighbours", "lads", "lasses",
}  # fmt: skip


def _whose_people_are_from(doc: Any, start: int) -> bool:
    """ "the Qureshis' cousins from Bramley": a town someone's kin come from, not someone
    they heard from ("a text from Shirley")."""
    return start >= 2 and doc[start - 1].lower_ == "from" and doc[start - 2].lower_ in FOLK


# Verbs of travelling somewhere, said a word or two before "to": "drove over to Stanley"
# (not "drop it back to Moira", "sent it off to Shirley", said of someone).
TRAVELLED = {
    "went", "go", "going", "goes", "gone", "drove", "drive", "driving", "moved", "move",
    "moving", "flew", "travelled", "traveled", "headed", "heading", "walked", "cycled",
}  # fmt: skip


def _travelled_to(doc: Any, start: int) -> bool:
    """ "drove over to Stanley", "we're moving to Shirley": a verb of travel before "to"."""
    return (
        start >= 2
        and doc[start - 1].lower_ == "to"
        and any(t.lower_ in TRAVELLED for t in doc[max(0, start - 4) : start - 1])
    )


@cache
def _towns_bodies_are_named_for() -> frozenset[str]:
    """Towns a listed body is called by alone ("Glenfield" of "Glenfield Hospital")."""
    towns = lexicon.settlements()
    return frozenset(
        name.rsplit(" ", k)[0]
        for name in lexicon.listed_org_names()
        for k in (1, 2)
        if name.count(" ") >= k and name.rsplit(" ", k)[0] in towns
    )


def _works_there(doc: Any, start: int) -> bool:
    """ "the ward manager at Glenfield", "she works at Bakewell": a job or a work verb said
    before "at" puts someone at a body in the town, not the town."""
    i = start - 1
    if i < 1 or doc[i].lower_ != "at":
        return False
    return doc[i - 1].lower_ in WORKS_AT or _role_before(doc, i) is not None


def _a_water_named_for_an_idea(words: list[Any], english: frozenset[str]) -> bool:
    """ "Living Waters", "Still Water": a church or a charity is named for an idea in common
    words; a lake or a reservoir for its place ("Fairlop Waters", "Coate Water")."""
    return words[-1].lower_ in ("water", "waters") and words[0].lower_ in english


def _a_lake(doc: Any, start: int, words: list[Any], kinds: list[Any]) -> bool:
    """ "the barbecue's at Coate Water", "round Ogden Water": a water one goes to is a lake or
    a reservoir; one that is rung or pays ("Thames Water", listed) is the water company."""
    return (
        [t.lower_ for t in kinds] == ["water"]
        and words[-1].lower_ == "water"
        and (_gone_to(doc, start) or (start > 0 and doc[start - 1].lower_ in AROUND_A_LAKE))
    )


AROUND_A_LAKE = {"round", "around", "along", "by"}


# Last words of a road's name, which a school or a surgery goes by: "the head at Rhodes Avenue".
ROADS = {
    "road", "street", "lane", "avenue", "crescent", "grove", "hill", "terrace", "square", "place",
}  # fmt: skip
# Verbs that put someone to work at a place, said right before "at".
WORKS_AT = {"works", "work", "worked", "working", "teaches", "taught", "volunteers"}
# Jobs done out of doors, at the park or the common itself: "the ranger at Elm Park".
OUTDOOR_JOBS = {
    "ranger", "warden", "keeper", "gardener", "groundsman", "groundskeeper", "attendant",
    "lifeguard", "steward", "marshal",
}  # fmt: skip


def _rung_or_plural(doc: Any, e: Any) -> bool:
    """ "ring Ashby Fields", "Ashby Fields have been brilliant", "Hemel Town drew": a field is
    not rung, does not take the plural and plays no match; the school, the firm or the club
    named after it does."""
    before = doc[e.start - 1].lower_ if e.start else ""
    after = doc[e.end].lower_ if e.end < len(doc) else ""
    plural = after in ("have", "were", "are", "'ve", "’ve")
    return before in RANG_OR_WROTE or plural or after in MATCH_VERBS  # "Hemel Town drew"


def _job_at(doc: Any, start: int, last: str) -> bool:
    """ "she's the head at rhodes avenue", "Fergus, the caretaker at Brook Lane", "he teaches
    at Ashby Road", "our head at Angell Park": a job (or a work verb) said before "at" and the
    name of a road (or of a park, for an indoor job) puts someone at the school or the surgery
    known by it, an organisation, not the road; "the ranger at Elm Park" works in the park."""
    i = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if i < 1 or doc[i].lower_ != "at" or last not in OPEN_PLACES:
        return False
    if doc[i - 1].lower_ in WORKS_AT:
        return last in ROADS
    role = _role_before(doc, i)
    return role is not None and (last in ROADS or role[0].split()[-1] not in OUTDOOR_JOBS)


# Words between a place said short and said whole: "Hemel, er, Hemel Hempstead".
SAID_AGAIN = {",", "er", "erm", "um", "uh", "sorry", "i", "mean", "no"}


def _places_said_short_then_whole(doc: Any) -> None:
    """ "going to Whitley, Whitley Bay", "ended up in Hemel, Hemel Hempstead": a place said by
    its first word and at once in full is a place both times, whatever the NER guessed,
    where the words put it somewhere ("in", "near", "went to") or its last word is a kind of
    place ("Ladbroke, er, Ladbroke Grove"; so is one joined to it: "the corner of Elgin and
    Ladbroke"). A listed first name needs the kind of place: else it is someone said in
    full ("went to Kemi, Kemi Adeyemi's"); a whole that ends in a kind of organisation is
    that organisation ("at Kyrwicks, er, Kyrwicks Lane Primary")."""
    for t in doc[1:-2]:
        if not (t.is_title and t.is_alpha):
            continue
        k = t.i + 1
        while k < len(doc) and k - t.i <= 5 and doc[k].lower_ in SAID_AGAIN:
            k += 1
        if k >= len(doc) - 1 or "," not in (w.text for w in doc[t.i + 1 : k]):
            continue
        if doc[k].text != t.text or not (doc[k + 1].is_title and doc[k + 1].is_alpha):
            continue
        end = k + 2
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end - k < 4:
            end += 1
        spans = [(t.i, t.i + 1), (k, end)]
        if any(_locked(doc, s, x) for s, x in spans):
            continue
        if end < len(doc) and doc[end].text in POSS:
            continue  # "went over to Marcus, Marcus Hill's": someone's home
        last = doc[end - 1].lower_
        if last in org_suffixes() and last not in PLACE_SUFFIXES:
            continue  # "her teacher at Kyrwicks, er, Kyrwicks Lane Primary": a school's name
        # ("Rachel, Rachel Green": a kind of place that is a surname too is no proof)
        kind = last in PLACE_SUFFIXES | {"bay"} and (
            t.lower_ not in first_names() or last not in surnames()
        )
        placed = any(e.label_ in ("GPE", "LOC", "FAC") for e in _overlapping(doc, k, end))
        if not kind and (
            t.lower_ in first_names()
            or not (placed or _somewhere(doc, t.i) or doc[t.i - 1].lower_ in WHERE_WORDS)
        ):
            continue
        joined = t.i - 2  # "Elgin and Ladbroke"
        if (
            joined >= 0
            and doc[t.i - 1].lower_ == "and"
            and doc[joined].is_title
            and doc[joined].is_alpha
            and (kind or doc[joined].lower_ not in first_names())
            and not any(e.ent_id_ for e in _overlapping(doc, joined, joined + 1))
        ):
            spans.append((joined, joined + 1))
        for s, x in spans:
            _set_entity(doc, s, x, "GPE")


# Ranks a pub is named after with its bearer: "the Prince Albert", "the Lord Nelson".
PUB_RANKS = {
    "prince", "princess", "king", "queen", "lord", "duke", "duchess", "admiral", "marquis",
    "marquess", "earl",
}  # fmt: skip


def _pubs_named_for_someone(doc: Any) -> None:
    """ "Drinks at the Prince Albert, then the Lord Nelson", "the Admiral Rodney's shut": "the"
    and a rank before a name is a pub called after its bearer, as "the Red Lion" is one; a
    person of that rank is said without "the" ("Prince William opened the wing")."""
    for t in doc[1:-1]:
        if doc[t.i - 1].lower_ != "the" or t.lower_ not in PUB_RANKS or not t.is_title:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == t.i + 1 or any(e.ent_id_ for e in _overlapping(doc, t.i, end)):
            continue
        _set_entity(doc, t.i - 1, end, "ORG")


# Last words of a pub's name after someone's "'s": "the Weaver's Arms", "the Miller's Rest"
# ("'s" before anything else is someone's thing: "the Carer's Assessment").
PUB_ENDS = {
    "arms", "head", "heads", "inn", "tavern", "rest", "oak", "nest", "retreat", "folly",
    "return", "delight", "lodge", "bar", "kitchen", "tap", "hotel",
}  # fmt: skip


def _pubs_named_the_someones(doc: Any) -> None:
    """ "the AGM's at the Kett's Oak", "went in the Weaver's Arms for a quick one": "the", a
    capitalised name with "'s" and one or two capitalised words after it ending in a pub's
    word ("Arms", "Oak", "Rest") is a pub named so, as "the Red Lion" is one; a name the
    memo gives someone is theirs, and so is anything else after "'s" ("the Carer's
    Assessment")."""
    people = {e[0].lower_ for e in doc.ents if e.label_ == "PERSON"}
    for t in doc[1:-2]:
        owner, poss = t, doc[t.i + 1]
        if doc[t.i - 1].lower_ != "the" or poss.text not in POSS or not owner.is_title:
            continue
        if not owner.is_alpha or owner.lower_ in people or owner.lower_ in NOT_NAME:
            continue
        end = poss.i + 1
        while end < len(doc) and end - poss.i <= 2 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        words = doc[poss.i + 1 : end]
        if not len(words) or any(w.lower_ in NOT_NAME or w.lower_ in EVENT_NOUNS for w in words):
            continue  # "the Queen's Birthday"? a day; "the Harrisons' Christmas do"
        if words[-1].lower_ not in PUB_ENDS:
            continue  # "the Carer's Assessment": someone's thing, no pub
        if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN":
            continue  # "the Kett's Oak car park" is somewhere at the pub, not the pub
        if any(
            e.ent_id_ or e.label_ in ("DATE", "TIME", "EVENT") for e in _overlapping(doc, t.i, end)
        ):
            continue
        _set_entity(doc, t.i - 1, end, "ORG", CONTEXT_ID)


# Parts of a site that take the name of someone they honour: "the Alan Turing building",
# "the Mary Seacole wing". ("house" is left out: "the Jenkins house" is where they live.)
NAMED_PARTS = {
    "building", "centre", "center", "wing", "ward", "block", "unit", "suite", "theatre",
    "library", "annexe", "pavilion", "auditorium", "lab", "laboratory",
}  # fmt: skip


# Words before a building's or a ward's name: "the Alan Turing building", and "at Nelson
# block", "on Rowan ward", said without "the" on site.
AT_A_PART = LOCATIVES | {"the", "on", "onto", "to", "from", "into"}


def _buildings_named_for_someone(doc: Any) -> None:
    """ "talk's in the Alan Turing building", "she's on the Edith Cavell ward", "lecture at
    the Charles Darwin centre", "Dad's on Aldous ward": "the" (or "at", "on" and the like), a
    name and a building word after it is the building named after someone, somewhere one
    goes, not a person one deals with. A name the NER calls an organisation counts only when
    it opens with a first name."""
    for e in list(doc.ents):
        if e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or e.label_ not in ("PERSON", "ORG"):
            continue
        if e.label_ == "ORG" and (
            e[0].lower_ not in first_names() or any(t.lower_ in org_suffixes() for t in e)
        ):
            continue  # "the Macmillan unit", "the Barclays building": the body's own
        if e.start < 1 or doc[e.start - 1].lower_ not in AT_A_PART:
            continue
        if not all(t.is_title and t.is_alpha for t in e):
            continue
        if e.end < len(doc) and doc[e.end].lower_ in NAMED_PARTS:
            _set_entity(doc, e.start, e.end + 1, "FAC")
        elif (
            len(e) == 3
            and e.label_ == "ORG"
            and e[-1].lower_ in NAMED_PARTS
            and e[1].lower_ not in lexicon.place_words() | org_suffixes()
            and (e[1].lower_, e[2].lower_) not in KIND_PAIRS
        ):
            # "the league final's at the Walter Tull Centre", "down at the Ada Lovelace
            # Centre": the NER's name takes the building word in; a first name and a surname
            # before it is the building named for someone, as above
            _set_entity(doc, e.start, e.end, "FAC")


def _places_paired_with_a_place(doc: Any) -> None:
    """ "kids from Thornbury and Netherby St Aldhelm", "round Tollerton or Cotgrave": a name the NER
    took for an organisation, said after a place and "and" or "or", holding no kind of body and
    all in capitals, is another place of the pair (a village no list can hold)."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID) or e.start < 2:
            continue
        if doc[e.start - 1].lower_ not in ("and", "or") or doc[e.start - 2].ent_type_ not in (
            "GPE",
            "LOC",
        ):
            continue
        if not all(t.is_title or t.text in POSS for t in e) or any(
            t.lower_ in org_suffixes() for t in e
        ):
            continue
        if e.end < len(doc) and (doc[e.end].lower_ in org_suffixes() or doc[e.end].is_title):
            continue  # "Thornbury and Alveston Town Council"
        _set_entity(doc, e.start, e.end, "GPE")


# Words said before "at" or "in" as speech goes out and about: "up in the Brae", "out at
# Ardnacross", "down at Newlyn", "over in Easterhouse".
OUT_AND_ABOUT = ALONG_TO | {"out", "round"}  # not "back at Singlegate": a school, a job
# Parts of a site said before "at" or "in" it: "the car park at Foresterhill", "a winter pitch
# at Ocean Terminal", "a unit in the Portview".
PARTS_OF_A_SITE = {"park", "unit", "units", "stall", "stalls", "pitch", "plot", "plots", "entrance"}
# Words after a place that put it beside a town: "Ardnacross above Kilmory".
BESIDE_A_TOWN = {"above", "below", "near", "outside", "beyond"}
# Happenings held somewhere, not laid on by a body one names: "his clinic is at Penmorvah", "the
# team day at the Lyceum" (not a course, a training or an interview, which a firm gives, nor
# a quiz, which a pub or a club puts on: "Quiz at the Red Lion. Barry the landlord says hi").
HELD_SOMEWHERE = EVENT_NOUNS & {
    "clinic", "appointment", "match", "game", "concert", "show", "panto", "pantomime",
    "party", "day", "night", "festival", "fair", "fete", "tournament", "gala", "disco", "dance",
    "ceilidh", "rehearsal", "walk", "race", "picnic", "barbecue", "bbq", "social",
} | {"physio", "scan", "bloods", "x-ray", "check-up", "operation"}  # fmt: skip
# Words said between a happening and where it is: "the clinic is tomorrow at Penmorvah".
WHEN_WORDS = {
    "is", "'s", "’s", "was", "tomorrow", "today", "tonight", "now", "next", "this", "on", "at",
    "o'clock", "half", "quarter", "past", "morning", "afternoon", "evening", "week",
}  # fmt: skip


def _bare_names_put_somewhere(doc: Any) -> None:
    """ "the Tesco at Gorsebrook", "back in the hall up in the Brae", "out at Ardnacross above
    Kilmory", "his clinic is tomorrow at Penmorvah", "at the Quayside for the gala": a name the
    NER took for an organisation, in capitals, holding no kind of body and on no list, is a
    district, a village, a hospital's site or a venue where the words around it put it
    somewhere: after a body and "at" or "in" (where that body's branch is), after "up in" or
    "out at" or a part of a site ("the car park at"), before "above" a town, after "the whole
    of", or where a happening is held "at" it; said as somewhere on a journey ("took the dog
    round Hollinbank", "the 22 from Cresswick", "from Thornlaw to the station"), where kin come
    from ("Mam's friend from Cresswick") or with its kind of place after it ("Hollinbank, the
    leisure centre"). A name rung or said with a plural, before a kind of body ("Gorsebrook
    Rovers"), a firm named for a family ("Hendersons") and someone who works "at" it keep the
    NER's guess. A name the NER took for someone is a place in those last shapes, or "up" or
    "off" where no one is ("the lad off Cresswick"), unless a first name, a surname or a title
    says someone ("went round Kyle's", "a fare from Mrs Ashby")."""
    english, family, names = _english_words(), surnames(), first_names()
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID):
            continue
        someone = e.label_ == "PERSON"
        if not someone and _two_places_run_together(doc, e):
            continue
        words = [t for t in e if t.lower_ != "the"]
        if not words or len(words) > 2 or not all(t.is_title and t.is_alpha for t in words):
            continue
        name = " ".join(t.lower_ for t in words)
        if any(t.lower_ in org_suffixes() for t in words) or name in lexicon.listed_org_names():
            continue
        if name.endswith("s") and (name[:-1] in family or name in family) and name not in english:
            continue  # "at Hendersons", "Boultons": a firm named for a family
        if someone and (
            any(t.lower_ in names or t.lower_ in family for t in words)
            or (e.start > 0 and doc[e.start - 1].lower_ in TITLES)
        ):
            continue  # a name someone has: "went round Kyle", "a fare from Mrs Ashby"
        after = doc[e.end] if e.end < len(doc) else None
        if after is not None and (
            after.lower_ in org_suffixes() or after.is_title or after.text in POSS
        ):
            continue  # "Gorsebrook Rovers", "Gorsebrook's"
        if _a_kind_of_place_said_after(doc, e.end):
            _set_entity(doc, e.start, e.end, "GPE")  # "Hollinbank, the leisure centre"
            continue
        i = e.start - (e[0].lower_ != "the" and e.start > 0 and doc[e.start - 1].lower_ == "the")
        if i < 2:
            continue
        prep = doc[i - 1].lower_
        # "come round by Hollinbank", "her cousin from Cresswick": where one passes or whose
        # kin come from, said of a name the NER took for someone's too
        by_or_from = (prep == "by" and doc[i - 2].lower_ in OUT_AND_ABOUT) or (
            prep == "from" and doc[i - 2].lower_ in KIN_FROM
        )
        if someone:
            # "did the leaflets up Ravenmoor", "the lad off Cresswick": no one is gone up, nor
            # is anyone "off" someone unless a thing is got off them ("got it off Kyla")
            along = prep in ALONG_TO and doc[i - 2].pos_ not in ("VERB", "AUX", "ADP")
            off = prep == "off" and doc[i - 2].lower_ in FOLK
            if by_or_from or along or off or _on_the_way(doc, i, e.end):
                _set_entity(doc, e.start, e.end, "GPE")
            continue
        branch = prep in ("at", "in") and _a_listed_body_ends(doc, i - 2)  # "the Tesco at"
        held = prep in ("at", "in") and (_held_there(doc, i - 1) or _for_a_happening(doc, e.end))
        if not branch and (_rung_or_plural(doc, e) or (not held and _works_there(doc, i))):
            continue
        if (
            branch
            or held
            or (prep in ("at", "in") and doc[i - 2].lower_ in OUT_AND_ABOUT | PARTS_OF_A_SITE)
            or (_beside_a_town(doc, e.end) and prep in IN_A_TOWN)
            or _all_over(doc, i)
            or by_or_from
            or _on_the_way(doc, i, e.end)
        ):
            _set_entity(doc, e.start, e.end, "GPE")


# Kin and friends said to come from somewhere, not workmates or a body's people ("a colleague
# from Serco", "the lads from the mosque", "the kids from Harris Academy"): "Mam's friend
# from Cresswick", "her cousins from Thornlaw".
KIN_FROM = FOLK - PERSON_NOUNS - {
    "colleague", "boss", "partner", "lads", "lasses", "kid", "kids", "children", "boy", "boys",
    "girl", "girls",
}  # fmt: skip


# Words of going along or through somewhere said before a name: "went down Hollinbank",
# "drove through Cresswick" (not "got it through Amazon", "went through the council": only
# after a verb of going, and "the council" is no capitalised name). "round" and "past" need
# no verb (`_on_the_way`).
ALONG_PAST = ALONG_TO | {"through", "across"}
# What one rides or is driven in, said before "from" where it sets off: "the 22 from
# Hollinbank", "a fare from Cresswick", "the last bus from Thornlaw".
RIDES = {"bus", "buses", "train", "trains", "tram", "coach", "taxi", "cab", "fare", "ferry"}


def _on_the_way(doc: Any, i: int, end: int) -> bool:
    """Whether the name from token `i` to `end` is said as somewhere on a journey: gone round
    or past ("took the dog round Hollinbank"), along or through after a verb of going ("went
    down Hollinbank", "drove through Cresswick"), where a bus or a fare sets off ("caught the
    22 from Hollinbank", "a fare from Cresswick"), or the start of a trip to another place
    ("from Hollinbank to the station")."""
    prep = doc[i - 1].lower_
    if prep in ("round", "past"):
        return True  # "took the dog round Hollinbank", "walked past Cresswick"
    if prep in ALONG_PAST:
        return any(t.lower_ in GOING | TRAVELLED for t in doc[max(0, i - 3) : i - 1])
    if prep != "from":
        return False
    before = list(doc[max(0, i - 4) : i - 1])
    if before and (
        before[-1].lower_ in RIDES
        or (before[-1].like_num and len(before) >= 2 and before[-2].lower_ == "the")
    ):
        return True
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    return (
        end < len(doc)
        and doc[end].lower_ == "to"
        and k < len(doc)
        and (
            doc[k].ent_type_ in ("GPE", "LOC", "FAC") or doc[k].lower_ in PLACE_SUFFIXES | {"town"}
        )
    )


# Kinds of place said after a name and a comma, never a body: "Hollinbank, the leisure
# centre", "Cresswick, the scout camp", "at Thornlaw, the estate behind the school".
PLACE_KINDS_SAID = {
    "estate", "camp", "campsite", "stadium", "ground", "park", "pool", "baths", "lido", "beach",
    "village", "precinct", "shops", "arcade", "rec", "reservoir",
}  # fmt: skip
# A centre that is somewhere, not a body: "the leisure centre", not "the health centre".
PLACE_CENTRES = {"leisure", "sports", "shopping", "retail", "garden", "town"}


def _a_kind_of_place_said_after(doc: Any, end: int) -> bool:
    """Whether a kind of place is said after the name ending at `end` and a comma, saying
    what it is: "Hollinbank, the leisure centre", "Cresswick, the scout camp", "Thornlaw, the
    estate", "Hollinbank, that's the stadium" (not "Mind, the charity", "Ashgrove, the health
    centre", bodies)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    k = end + 1 + (doc[end + 1].lower_ in ("that", "it"))
    k += k < len(doc) and doc[k].lower_ in ("'s", "’s", "is")
    if k >= len(doc) or doc[k].lower_ != "the":
        return False
    words = []
    for t in doc[k + 1 : k + 4]:
        if not t.is_alpha:
            break
        words.append(t.lower_)
        if t.lower_ in PLACE_KINDS_SAID | VENUE_SUFFIXES:
            break
    if not words or any(w in org_suffixes() - VENUE_SUFFIXES for w in words):
        return False
    if words[-1] in ("centre", "center"):
        return len(words) >= 2 and words[-2] in PLACE_CENTRES
    return words[-1] in PLACE_KINDS_SAID


def _all_over(doc: Any, i: int) -> bool:
    """Whether the name at `i` is said as ground covered: "the whole of Blackbird Leys", "all
    over Gorsebrook", "right across Thornlaw"."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    return before in (["whole", "of"], ["all", "over"], ["all", "across"], ["right", "across"])


def _a_listed_body_ends(doc: Any, k: int) -> bool:
    """Whether a listed body in capitals ends at token `k`: "the Tesco" of "the Tesco at
    Gorsebrook" (a shop's branch), not "the food bank" of "the food bank at Darul Barakaat"."""
    return any(
        x.end == k + 1
        and x.label_ == "ORG"
        and x.ent_id_ == GAZETTEER_ID
        and any(t.is_title for t in x)  # "the Co-op", not "the food bank"
        for x in _overlapping(doc, k, k + 1)
    )


def _two_places_run_together(doc: Any, e: Any) -> bool:
    """ "out at Ardnacross above Kilmory": an organisation the NER ran over a word that puts
    one place beside another is the two places; a body so named has a kind in it."""
    inner = [t.i for t in e[1:-1] if t.lower_ in BESIDE_A_TOWN]
    if len(inner) != 1 or any(t.lower_ in org_suffixes() for t in e):
        return False
    k = inner[0]
    if not all(t.is_title and t.is_alpha for t in (*doc[e.start : k], *doc[k + 1 : e.end])):
        return False
    _set_entity(doc, e.start, k, "GPE")
    _set_entity(doc, k + 1, e.end, "GPE")
    return True


def _beside_a_town(doc: Any, end: int) -> bool:
    """Whether the name ending at `end` is said beside a town: "Ardnacross above Kilmory",
    "Ardnacross, above Kilmory"."""
    k = end + (end < len(doc) and doc[end].text == ",")
    return (
        k + 1 < len(doc)
        and doc[k].lower_ in BESIDE_A_TOWN
        and (
            doc[k + 1].ent_type_ in ("GPE", "LOC")
            or (doc[k + 1].is_title and doc[k + 1].lower_ in lexicon.settlements())
        )
    )


def _for_a_happening(doc: Any, end: int) -> bool:
    """Whether a happening held there is said after the name ending at `end`: "at the
    Riverside for the comedy night", "at Polkerran for the gala"."""
    if end >= len(doc) or doc[end].lower_ != "for":
        return False
    return any(t.lower_ in HELD_SOMEWHERE for t in doc[end + 1 : end + 5])


def _held_there(doc: Any, prep_i: int) -> bool:
    """Whether a happening held somewhere is said before the preposition at `prep_i`, past
    words of when: "the clinic is tomorrow at", "Out of clinic at", "the fun day at", or the
    thing spoken of is given its time and place: "it's Monday nights at", "that's ten at"."""
    when = False
    for k in range(prep_i - 1, max(-1, prep_i - 7), -1):
        t = doc[k]
        if t.lower_ in HELD_SOMEWHERE:
            return t.ent_type_ not in ("ORG", "PERSON")
        if when and t.lower_ in ("it", "that") and doc[k + 1].lower_ in ("'s", "’s", "is", "was"):
            return True  # "It's Monday nights at Brackenrigg": the thing spoken of, when, where
        if not (t.lower_ in WHEN_WORDS or t.like_num or t.ent_type_ in ("DATE", "TIME")):
            return False
        when = when or t.like_num or t.ent_type_ in ("DATE", "TIME")
    return False
