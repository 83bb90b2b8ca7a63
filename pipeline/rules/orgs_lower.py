"""Organisations said in lower case ("southmead hospital", "Pete from the allotment
society"): told by a last word that names an institution, not by capitals.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

from .. import heard, lexicon
from ..dates import WEEKDAY_NUMBER
from ..entities import (
    CONTEXT_ID,
    DESCRIPTIVE,
    GAZETTEER_ID,
    GENERIC_WORKPLACES,
    NOT_NAME,
    NOT_ORG_HEADS,
    NOT_PEOPLE,
    VOCAB_ID,
    _listed_places,
    _role_word,
)
from ..lexicon import ACTION_VERBS, EVENT_NOUNS, PLACE_SUFFIXES, org_suffixes
from ..nlp import _authority_words, load_nlp
from .kinds import NATIONS, TEAM_NATIONS
from .org_words import (
    APPOSITIVE_ORG_HEADS,
    AREA_WORDS,
    GENERIC_FIRST_WORDS,
    HOUSE_NAMES,
    LOWER_ORG_HEADS,
    NAMED_FOR_A_ROAD,
    PART_HEADS,
    two_word_kind,
)
from .people_lower import LOWER_SPEAKING
from .person_words import ELDERS_CALLED, KIN, PERSON_NOUNS
from .spans import _clear_entities, _locked, _overlapping, _set_entity
from .words import (
    DETERMINERS,
    POSS,
    RANG_OR_WROTE,
    SAINTS,
    SCOTS_PREPOSITIONS,
    _a_verb_said,
    _english_words,
    _one_word_orgs,
)

# Organisation words that end a local institution's name said in lower case: "southmead
# hospital", "broomhill junior school" (not trades: "dave windows" is someone's windows).
LOWER_INSTITUTIONS = {
    "school", "primary", "academy", "college", "university", "hospital", "surgery", "practice",
    "church", "mosque", "temple", "gurdwara", "synagogue", "chapel", "nursery", "infants",
    "juniors", "trust", "council", "foodbank", "housing", "association", "society", "club",
    "league", "fc", "hospice", "infirmary", "hub", "project", "playgroup", "preschool",
    # a chemist's and a museum go by a place or a coined word ("the brookmead pharmacy",
    # "the pennington museum"; "the hospital pharmacy", "the science museum" have none)
    "pharmacy", "museum",
    # an NHS body said by its kind: "nhs north central london icb" ("nhs" opens the name)
    "icb",
    # a university said short: "she's put bradford uni as her firm choice"; a Rotary club
    # by its place: "ask the mumbles rotary"; a practice said short: "back from victoria
    # road medical"
    "uni", "rotary", "medical",
} | {
    # groups that play or sing: "copper kettle ukulele band", "the dunmore male voice choir"
    # (not "orchestra": "the schools' symphony orchestra" is cut at its apostrophe)
    "band", "choir",
} | {
    # running and cycling clubs go by a plural of who is in them: "the lynton harriers"
    "harriers", "striders", "wheelers", "joggers",
}  # fmt: skip


# Words before a lower-case kind of organisation that make it a kind, not a name.
INDEFINITE = frozenset({"a", "an", "another", "any", "some", "every", "each", "no"})


def _org_lower_head(doc: Any) -> None:
    """ "the hazelmere youth club", "rang southmead hospital", "broomhill junior school":
    Whisper writes a local organisation's own name in lower case too. Up to three lower-case
    words before a listed kind of organisation (or an institution's word) are its name when
    the first of them is a name's word: a place's word, one no dictionary has, or one the
    dictionary knows only as a noun (WordNet lists places and people) that the tagger reads
    as a name or an adjective ("the local youth club", "the village school" stay as they
    are). A first name needs another word after it ("edith neville primary")."""
    words, places = heard.dictionary(load_nlp()), lexicon.place_words()
    firsts = lexicon.first_names()
    # A known place may open the name ("the leyton family hub" once Leyton is known), any
    # other known name may not; a place is taken whole or not at all.
    known_places = [e for e in doc.ents if e.ent_id_ and e.label_ in ("GPE", "LOC")]
    locked = {i for e in doc.ents if e.ent_id_ for i in range(e.start, e.end)} - {
        i for e in known_places for i in range(e.start, e.end)
    }
    # "ask westerfield road surgery": a lower-case word guessed for someone by the words
    # around it is no one when a road's word follows it (a road is named for it); "nhs"
    # is listed alone but opens a longer name ("... university healthcare nhs trust")
    locked -= {
        e.start
        for e in doc.ents
        if e.label_ == "PERSON"
        and e.ent_id_ == CONTEXT_ID
        and len(e) == 1
        and e[0].is_lower
        and _a_road_inside(doc, e.end)
    } | {t.i for t in doc if t.lower_ == "nhs" and t.is_lower}

    def name_word(t: Any) -> bool:
        forms = {t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s")}
        if t.lower_ in SCOTS_PREPOSITIONS:
            return False  # "a letter fae citizens advice"
        return (
            t.lower_ in places
            or not forms & words.words
            or (
                not forms & words.not_nouns
                and t.pos_ in ("PROPN", "ADJ")
                and not (t.lower_.endswith("s") and t.lower_[:-1] in words.words)  # "girls"
            )
        )

    anchors = [
        (e.start, e.end)
        for e in doc.ents
        if e.label_ == "ORG" and e.ent_id_ == GAZETTEER_ID and e[0].is_lower
    ] + [
        (t.i, t.i + 1)
        for t in doc
        if t.is_lower
        and t.i not in locked
        and (
            t.lower_ in LOWER_INSTITUTIONS
            # "the tooting tigers", "lost to clapham comets": any organisation word right
            # after a place's name makes the two a local organisation's name
            or (t.lower_ in org_suffixes() and t.i > 0 and _a_place(doc, t.i - 1))
        )
    ]
    for t in doc:  # "the fairfield day centre": a kind said in two words
        k = two_word_kind(doc, t.i)
        if k is not None and not set(range(k, t.i + 1)) & locked:
            anchors.append((k, t.i + 1))
    # "rang hollow lane dairy", "rang coverdale insurance brokers": a trade's word ends a
    # firm's name only said at length, after a lead, with a name's word among the two or
    # three before it ("the new fitted kitchens" is none)
    trades = [
        (t.i, t.i + 1)
        for t in doc
        if t.is_lower
        and t.i not in locked
        and t.lower_ in _trade_words()
        and (t.i, t.i + 1) not in anchors
        and not any(a < t.i + 1 and t.i < b for a, b in anchors)
    ]
    for a, b in [*anchors, *trades]:
        if (a, b) in trades and any(
            e.label_ == "ORG" and e.start <= a and e.end > b for e in doc.ents
        ):
            continue  # "castlefield high school": the trade's word is inside a longer name
        if ((a, b) in trades or doc[a].lower_ in SECTOR_INSTITUTIONS) and (
            led := _named_after_a_lead(doc, a, b, words, locked)
        ):
            _set_entity(doc, led[0], led[1], "ORG", GAZETTEER_ID)
            continue
        # a trade's word only a lead or a plain name reads ("tutoring", "coffee")
        lead_only = (a, b) in trades and doc[a].lower_ not in org_suffixes()
        start = a
        while (
            start > 0
            and a - start < _longest_name(doc, a)
            and doc[start - 1].is_lower
            and doc[start - 1].is_alpha
            and not doc[start - 1].is_stop
            and doc[start - 1].lower_ not in DESCRIPTIVE | ACTION_VERBS | NOT_NAME
            and (
                doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ")
                or name_word(doc[start - 1])
                or (b - a == 1 and _a_noun_inside(doc, start - 1))
                or _a_road_inside(doc, start - 1)
                or doc[start - 1].lower_ in HOUSE_NAMES
                or _a_number_opening(doc, start - 1, a)
                or (doc[start - 1].lower_ in NHS_INNER and _longest_name(doc, a) == 6)
            )
            and start - 1 not in locked
        ):
            start -= 1
        start = max([start, *(e.end for e in known_places if e.start < start < e.end)])
        start = _joined_names_before(doc, start, a, name_word, locked)
        if start > 0 and start < a and doc[start - 1].lower_ == "nhs" and start - 1 not in locked:
            start -= 1  # "nhs north central london icb", "nhs fife trust"
        if (
            (a, b) in trades
            and not lead_only
            and _coined_before_a_trade(doc, start, a, b, words, places, locked)
        ):
            _set_entity(doc, a - 1, b, "ORG", GAZETTEER_ID)
            continue
        # "from the old mill butchery": "old" or "little" may open the plain name
        opened = start - (start > 1 and doc[start - 1].lower_ in NAME_OPENERS)
        if (
            (a, b) in trades
            and _plain_name_said_as_a_body(doc, opened, a, b)
            and not set(range(opened - 1, b)) & locked
        ):
            _set_entity(doc, opened, b, "ORG", GAZETTEER_ID)
            continue
        if lead_only:
            continue
        if (a, b) in trades and not (
            a - start >= 2
            and _named_at_length(doc, start, a, b)
            and any(name_word(doc[k]) or _a_road_inside(doc, k) for k in range(start, a))
            and not set(range(start - 1, a)) & locked
        ):
            continue
        if _named_at_length(doc, start, a, b) and not set(range(start - 1, a)) & locked:
            if doc[start - 1].lower_ in NAME_OPENERS:
                start -= 1  # "new covenant pentecostal church": "new" opens the name
            _set_entity(doc, start, b, "ORG", GAZETTEER_ID)
            continue
        if _bare_name(doc, start, a):
            if not _a_kind(doc, start):
                _set_entity(doc, start, b, "ORG", GAZETTEER_ID)
            continue
        while start < a and not (
            (name_word(doc[start]) and (doc[start].lower_ not in firsts or a - start > 1))
            or (start + 1 < a and _a_road_inside(doc, start + 1))  # "rhodes avenue primary"
            or (  # "east harlowe ... nhs trust": an area's word opens a place's name
                doc[start].lower_ in AREA_WORDS and start + 1 < a and name_word(doc[start + 1])
            )
            or (  # "united lincolnshire hospitals nhs trust", "royal devon ... nhs trust"
                doc[start].lower_ in NHS_OPENERS
                and doc[a].lower_ in NHS_KINDS
                and start + 1 < a
                and name_word(doc[start + 1])
            )
        ):
            start += 1
        if start < a and not _a_kind(doc, start):
            _set_entity(doc, start, b, "ORG", GAZETTEER_ID)


# Kinds of body whose name may run long before "nhs" and its kind: "london north west
# university healthcare nhs trust", "nhs north central london icb".
NHS_KINDS = {"trust", "icb"}
# Words inside an NHS trust's name the tagger reads as a verb: "humber teaching nhs trust",
# "sheffield teaching hospitals nhs foundation trust".
NHS_INNER = {"teaching"}
# Words that open an NHS trust's name before its place: "united lincolnshire hospitals".
NHS_OPENERS = {"united", "royal", "university"}


def _longest_name(doc: Any, a: int) -> int:
    """How many lower-case words may name a local institution before its word at `a`: three
    ("the bruce grove youth club" counts "youth" in them), four when two of them are a kind
    said in two words ("bruce grove amateur boxing club"), six before an NHS body's kind
    ("... university healthcare nhs trust", "... nhs foundation trust")."""
    before = [t.lower_ for t in doc[max(0, a - 2) : a]]
    if doc[a].lower_ in NHS_KINDS and "nhs" in before:
        return 6
    return 4 if a > 1 and doc[a - 1].pos_ in ("NOUN", "ADJ") and doc[a - 2].pos_ == "ADJ" else 3


def _a_number_opening(doc: Any, i: int, a: int) -> bool:
    """ "seven oaks medical centre", "the three bridges school": a number said in words opens
    a name when a plural of the name follows it (not "the two youth clubs", whose kind is
    plural, nor "two kids school", where "kids" is who it is for)."""
    t, nxt = doc[i], doc[i + 1]
    return (
        t.like_num
        and t.is_alpha
        and i + 1 < a
        and nxt.tag_ == "NNS"
        and nxt.lower_ not in WHO_FOR
        and not doc[a].lower_.endswith("s")
    )


# Bodies whose name may join two places with "and": "kent and medway nhs trust", "the
# morningside and braid community council", "the leeds and district junior league".
JOINED_KINDS = {"trust", "council", "league", "association", "society", "icb", "partnership"}


def _joined_names_before(doc: Any, start: int, a: int, name_word: Any, locked: set[int]) -> int:
    """Where a local body's name starts when "and" joins two places in it ("lewisham and
    greenwich nhs trust", "pilrig and bonnington community council"): the word before "and"
    must be a name's word, the one after it no kind or description ("district" aside: "the
    kids and youth club" is two), and the body one whose name may join them; else `start`
    as it was."""
    last = next((t for t in doc[a:] if not t.is_lower or t.lower_ in JOINED_KINDS), None)
    if (
        last is None
        or last.lower_ not in JOINED_KINDS
        or last.i - a > 2
        or start < 2
        or start > a
        or doc[start - 1].lower_ != "and"
        or {start - 2, start - 1} & locked
    ):
        return start
    first, after = doc[start - 2], doc[start]
    if not (
        first.is_lower
        and first.is_alpha
        and not first.is_stop
        and first.lower_ not in DESCRIPTIVE | NOT_NAME | KIN_WORDS
        and name_word(first)
        and after.is_lower
        and after.is_alpha
        and (
            name_word(after)
            or after.lower_ == "district"
            or after.lower_ not in GENERIC_FIRST_WORDS | SCHOOLING | DESCRIBED | WHO_FOR
        )
    ):
        return start
    return start - 2


def _coined_before_a_trade(
    doc: Any, start: int, a: int, b: int, words: Any, places: Any, locked: set[int]
) -> bool:
    """ "rang moorfield drainage", "the lady from brackenhill lettings": one word before a
    trade's word is a firm's own name when no dictionary has it (a coined or a place's word,
    not a first name) and a lead says a body is meant ("rang", "from", "with"); "a drainage
    firm", "the drainage" and "rang the plumbing" have no such word, and "the" alone is no
    lead ("the nasheed group", "on the whatsapp group" are kinds)."""
    k = a - 1
    if k < 1 or k < start or {k - 1, k} & locked:
        return False
    t = doc[k]
    forms = {t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s")}
    return (
        t.is_lower
        and t.is_alpha
        and len(t) > 3
        and (t.lower_ in places or not forms & words.words)
        and t.lower_ not in lexicon.first_names()
        and doc[k - 1].lower_ in (NAME_LEADS - {"the"}) | RANG_OR_WROTE
        and not _noun_after(doc, b)
    )


def _kind_start(doc: Any, i: int) -> int:
    """Where the kind of body ending at token `i` starts: "baby bank" said in two words, or
    the one word."""
    k = two_word_kind(doc, i)
    return i if k is None else k


def _plain_name_said_as_a_body(doc: Any, start: int, a: int, b: int) -> bool:
    """ "at the open door pantry", "from the stone oven bakehouse", "the bundle baby bank want
    car seats": two or three ordinary words after "the" before a kind of body are its own
    name when the first is no kind, no describing word and no word for who it serves, and the
    body is said where a body is: after a preposition or a verb of ringing, or doing
    something itself (a verb right after it). "the local food pantry", "the school breakfast
    club", "the community larder opens" and "the hot food van" stay kinds."""
    if not (2 <= a - start <= 3 and start >= 1 and doc[start - 1].lower_ == "the"):
        return False
    name = doc[start:a]
    low = [t.lower_ for t in name]
    # a house's name may end the name ("the old mill butchery"), who is served may not open it
    kinds = (
        GENERIC_FIRST_WORDS | SCHOOLING | DESCRIBED | WHO_FOR | TRADE_OBJECTS | EVENT_NOUNS
    ) - HOUSE_NAMES
    if not all(t.is_lower and t.is_alpha and not t.is_stop for t in name):
        return False
    if low[0] in kinds - NAME_OPENERS or low[-1] in kinds - WHO_FOR or all(x in kinds for x in low):
        return False
    if name[0].tag_ in ("JJR", "JJS", "RB") or low[0].endswith("ly"):
        return False  # "the cheapest food pantry", "the weekly pantry"
    if any(x in lexicon.first_names() or x in KIN for x in low) or _noun_after(doc, b):
        return False
    before = doc[start - 2].lower_ if start >= 2 else ""
    nxt = doc[b] if b < len(doc) else None
    doing = (
        nxt is not None
        and nxt.is_lower
        and nxt.tag_ in ("VBZ", "VBP", "VBD", "MD")
        and (doc[start - 1].is_sent_start or start < 2 or doc[start - 2].is_punct or before == "so")
    )
    # "who coordinates the bundle baby bank", "the coordinator of the open door pantry": a
    # body someone runs, or holds a job in
    role = start >= 3 and doc[start - 3].is_lower and _role_word(doc[start - 3].lower_)
    run = before in RUNNING or (before == "of" and role)
    return before in BODY_LEADS | RANG_OR_WROTE or doing or run


# Verbs of running a body: "she runs the open door pantry", "who chairs the ...".
RUNNING = frozenset({
    "runs", "run", "coordinates", "coordinate", "manages", "manage", "chairs", "leads", "founded",
})  # fmt: skip


# Describing words that open a local institution's own name when two more words follow:
# "new covenant pentecostal church", "old kent road baptist church".
NAME_OPENERS = {"new", "old", "big", "little"}

# Who a club or a group is for: "the kids football club", "the mums and tots group".
WHO_FOR = {
    "kids", "children", "girls", "boys", "ladies", "mens", "womens", "seniors", "pensioners",
    "parents", "toddlers", "baby", "babies", "under", "over", "veterans", "carers", "students",
    "staff", "teachers", "mums", "dads", "tots", "teens", "elderly", "adult", "adults",
}  # fmt: skip

# What comes before a local institution's name said in full: an article, a preposition.
NAME_LEADS = {"the", "at", "to", "from", "with", "for", "rang", "called", "phoned", "emailed"}
# What a body said in plain words follows or does: "dropped it at the open door pantry",
# "rang the bundle baby bank"; "the ... want", "the ... shut" (a verb of its own).
BODY_LEADS = (NAME_LEADS - {"the", "for"}) | {"into"}


# Trades and sectors a firm or a charity is named for beyond the listed organisation words
# ("top set tutoring", "paper moth books", "roadstar vehicle finance"), read only after a lead
# that says a body is meant; and institutions' words a sector's body ends in ("rang clarion
# housing") that a lead may take with one word of a name.
LOWER_TRADES = {
    "care", "tutoring", "sports", "coffee", "books", "finance", "foods", "movers", "staging",
    "wellbeing", "locums", "management", "removal", "cleaners", "decorators", "roofers",
    "caterers", "hairdressers", "salon", "takeaway", "grooming", "coaches",
    # places to buy food or eat it, named like a shop: "the stone oven bakehouse"
    "butchery", "bakehouse", "tearoom", "tearooms",
    # shops and services named for what they sell or do: "noor fashions", "... ground
    # handling", "... antiques and collectables"
    "fashions", "handling", "antiques", "collectables", "textiles", "freight",
}  # fmt: skip
SECTOR_INSTITUTIONS = {"housing"}


@functools.cache
def _trade_words() -> frozenset[str]:
    """Every word a firm's name said in lower case may end in: the listed organisation words
    and the trades only a lead makes a name of."""
    return org_suffixes() | LOWER_TRADES


# What a firm's name in lower case follows: a verb of ringing, owning or running it, or a
# preposition of where one works or what one goes to ("at", "from", "with", "into");
# "the" alone is no lead ("the bakery", "the plumbing"), nor "a" or "my".
TRADE_LEADS = (NAME_LEADS - {"the"}) | RANG_OR_WROTE | {
    "owns", "own", "runs", "run", "into", "through", "via", "rung", "contacted", "contact",
    "booked", "using", "joined", "leaving", "left", "chase", "chased",
}  # fmt: skip

# Words that set a name off after a comma as said again, right: "the agency, sorry, blue
# heron staffing,", "what are they called, no, ivory movers,".
CORRECTIONS = {"sorry", "no", "wait", "mean", "actually", "rather"}

# What a trade is done on or for, said before it as a kind: "rang home insurance", "with
# emergency plumbing", "from car finance" name a kind of firm, not one.
TRADE_OBJECTS = {
    "home", "house", "office", "car", "van", "vehicle", "kitchen", "garden", "bathroom",
    "window", "roof", "boiler", "gas", "pest", "carpet", "domestic", "commercial", "industrial",
    "residential", "mobile", "pet", "dog", "party", "event", "student", "emergency", "night",
    "day", "holiday", "airport", "respite", "foster", "social", "intensive", "palliative",
    "personal", "end", "hospital", "primary", "elderly", "child", "baby", "school", "books",
    "private", "local", "cheap", "budget", "discount", "free", "independent",
    # what an airport's firms handle ("from baggage handling" is a kind of work)
    "baggage", "ground", "cargo", "passenger",
}  # fmt: skip


def _named_after_a_lead(
    doc: Any, a: int, b: int, words: Any, locked: set[int]
) -> tuple[int, int] | None:
    """ "rang larkspur removals", "he runs tote and tumble removals", "a tutor with bright
    sparks tutoring", "it's blueflame plumbing and heating": one to four lower-case words
    (two joined by "and" among them) before a trade's word, right after a lead that says a
    body is meant, are a firm's own name; so are such words set off by commas after a
    correction ("the agency, sorry, blue heron staffing,"). "the bakery", "a removals firm",
    "my cleaning lady", "dave's vans" have no lead next to the name; a word of a name must
    be none of the trade's kinds or objects ("rang home insurance"), a first name only with
    a surname after it ("allan shearer associates"). The span, or None."""
    trades = _trade_words()
    if b < len(doc) and doc[b].lower_ == "and" and b + 1 < len(doc) and doc[b + 1].lower_ in trades:
        return None  # "plumbing and heating": the last trade's word takes the whole
    k = a  # "blueflame plumbing and heating": two trades' words joined
    while k >= 2 and doc[k - 1].lower_ == "and" and doc[k - 2].lower_ in trades:
        k -= 2
    said = ("NOUN", "PROPN", "ADJ") if doc[a].lower_ in org_suffixes() else ("NOUN", "PROPN")
    # "about zelmara catering": after a word no dictionary has, a trade's "-ing" is no verb
    named = a > 0 and _coined(doc[a - 1]) and doc[a].lower_.endswith("ing")
    if (doc[a].pos_ not in said and k == a and not named) or _noun_after(doc, b):
        return None  # "at work cleaning", "the removals van"
    end, firsts = k, lexicon.first_names()
    start = end
    while start > 0 and end - start < 4:
        w = doc[start - 1]
        low = w.lower_
        inner_and = low == "and" and start < end and start > 1 and doc[start - 2].is_lower
        if inner_and:
            start -= 1
            continue
        if not (
            w.is_lower
            and w.is_alpha
            and not (w.is_stop and low not in NAME_OPENERS | {"top", "seven", "five"})
            and low not in DESCRIPTIVE - NAME_OPENERS
            and low not in ACTION_VERBS | NOT_NAME | KIN
            and w.tag_ not in ("PRP", "PRP$", "DT", "IN", "CC")
            # a verb's form the tagger saw ("booked"), not a noun it misread ("acorn")
            and not (
                w.tag_ in ("VBD", "VBG", "VBN", "VBZ") and {low, w.lemma_.lower()} & words.not_nouns
            )
            and low not in TRADE_LEADS
            and start - 1 not in locked
        ):
            break
        start -= 1
    if start < end and doc[start].lower_ == "and":
        start += 1
    if start == end or start == 0:
        return None
    name = [w.lower_ for w in doc[start:end]]
    if "and" in name and (name[0] == "and" or name[-1] == "and"):
        return None
    kinds = GENERIC_FIRST_WORDS | trades | TRADE_OBJECTS | WHO_FOR
    if all(x in kinds or x == "and" for x in name) or name[-1] in EVENT_NOUNS:
        return None
    if any(x.removesuffix("s") in KIN for x in name) and not _a_listed_place_inside(name):
        return None  # "look at mums stair rail": someone's thing, the "'s" unwritten
    if name[0] in DESCRIBED - NAME_OPENERS or (name[0] in NAME_OPENERS and len(name) < 2):
        return None  # "it's private sector housing", "from the new builders"
    # a first name alone before a shop's plural is the shop named for its owner ("from noor
    # fashions", "rang sanjay motors")
    owners = len(name) == 1 and doc[a].tag_ == "NNS" and doc[a].lower_.endswith("s")
    if not owners and any(
        x in firsts and not (i + 1 < len(name) and name[i + 1] in lexicon.surnames())
        for i, x in enumerate(name)
    ):
        return None
    lead = doc[start - 1]
    before = doc[start - 2].lower_ if start > 1 else ""
    closed = b >= len(doc) or doc[b].is_punct
    said_again = lead.text == "," and before in CORRECTIONS and closed
    called = lead.lower_ in ("it's", "its") or (lead.lower_ == "'s" and before == "it")
    # a name's own word (coined, or a listed place's) says a body is meant after a weaker
    # lead: "rang about zelmara catering", "it's going to ashvale road pharmacy"
    own = any(_coined(w) or w.lower_ in lexicon.place_words() for w in doc[start:end])
    about = lead.lower_ == "about" and own
    if not (lead.lower_ in TRADE_LEADS or said_again or (called and closed) or about):
        return None
    if (
        lead.lower_ == "to"
        and doc[start - 2].lower_ in ("used", "going", "got", "have", "had")
        and not own
    ):
        return None  # "used to", "going to" and a verb the tagger took for a noun
    if set(range(start, b)) & locked:
        return None
    return start, b


def _a_listed_place_inside(words: list[str]) -> bool:
    """Whether two or more of the lower-case `words` running together are a listed place's
    name ("seven sisters cars", a firm named for where it stands): its words are no kin."""
    return any(
        " ".join(words[i:j]) in _listed_places()
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
    )


# Verbs that follow someone's name in lower case: "morag says girlguiding need the forms".
SAYING = {"say", "tell", "ask", "want", "need", "think", "reckon", "reckons", "mean", "know"}


def _a_noun_inside(doc: Any, i: int) -> bool:
    """ "the sunflower patch nursery", "the roath park bowls club": a word the tagger read as a
    verb ("patch", "bowls") between a noun of the name and the institution's word is a noun of
    the name ("she runs youth club" has a pronoun before its verb)."""
    t = doc[i]
    return (
        t.pos_ == "VERB"
        and t.tag_ in ("VB", "VBP", "VBZ")
        and t.lower_ not in ACTION_VERBS
        and t.lemma_.lower() not in SAYING
        and i > 0
        and doc[i - 1].is_lower
        and doc[i - 1].is_alpha
        and doc[i - 1].pos_ in ("NOUN", "PROPN")
        and not doc[i - 1].is_stop
    )


# Landmarks a chemist's or a surgery is named for ("the bridge surgery", "the station
# pharmacy"); a club by one is a kind of club ("the bridge club").
LANDMARKS = frozenset({"harbour", "quay", "wharf", "bridge", "market", "station"})
LANDMARK_KINDS = frozenset({"pharmacy", "surgery", "practice"})


def _named_at_length(doc: Any, start: int, a: int, b: int) -> bool:
    """ "rang battlefield medical practice", "the sunflower patch nursery rang back": two or
    three lower-case words before an institution's word, after an article or a preposition,
    are its own name even when each is a dictionary word; a kind is one word ("the village
    school") or kinds and descriptions only ("the community sports club", "the primary school
    nursery")."""
    # a kind said in two words ("youth club") needs one word of a name before it, as does a
    # children's nursery's name opened by "little" ("the little owls nursery")
    little = start > 1 and doc[start - 1].lower_ == "little"
    # "the grove surgery": a house's name alone, after "the"; "the harbour pharmacy": a
    # chemist's or a surgery named for the landmark it stands by
    house = (
        a - start == 1
        and doc[start - 1].lower_ == "the"
        and (
            doc[start].lower_ in HOUSE_NAMES
            or (doc[start].lower_ in LANDMARKS and doc[a].lower_ in LANDMARK_KINDS)
        )
    )
    if a - start < (1 if b - a >= 2 or little or house else 2) or start < 1:
        return False
    words = {t.lower_ for t in doc[start:a]}
    lead = start - 1
    if doc[lead].lower_ in NAME_OPENERS and lead > 0:
        lead -= 1
    kinds = GENERIC_FIRST_WORDS | SCHOOLING | DESCRIBED | WHO_FOR
    # "rang high road surgery": a road's name opens it, whatever its first word
    road = any(_a_road_inside(doc, k) for k in range(start + 1, a))
    return (
        doc[lead].lower_ in NAME_LEADS
        and (doc[start].lower_ not in kinds or road or house)  # "the kids football club"
        and words.isdisjoint(EVENT_NOUNS)
        and words.isdisjoint(lexicon.first_names())
        and not _noun_after(doc, b)
    )


def _a_road_inside(doc: Any, i: int) -> bool:
    """ "the bruce grove youth club", "rang high road surgery": a road's last word with a
    word of its name before it, inside a local institution's name, whatever the tagger made
    of it ("grove" as a verb); not "the park club", where the place word is the first."""
    if i >= len(doc):  # past the memo's last word
        return False
    prev = doc[i - 1] if i > 0 else None
    return (
        doc[i].lower_ in NAMED_FOR_A_ROAD
        and doc[i].is_lower
        and prev is not None
        and prev.is_lower
        and prev.is_alpha
        and not prev.is_stop
        and prev.lower_ not in DESCRIPTIVE | NOT_NAME | ACTION_VERBS
    )


def _noun_after(doc: Any, b: int) -> bool:
    """ "the church hall", "the school office": the institution's word describes a noun (not
    "the little owls nursery rang", where the tagger may call "rang" one)."""
    nxt = doc[b] if b < len(doc) else None
    return (
        nxt is not None
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
        and nxt.lower_ not in LOWER_SPEAKING
        and nxt.ent_type_ not in ("DATE", "TIME")  # "at the east london mosque tonight"
    )


# Whose friends: "a couple of friends of mine", "friends of hers".
_WHOSE = frozenset({"mine", "yours", "his", "hers", "ours", "theirs"})


def _friends_of_a_place(doc: Any) -> None:
    """ "volunteers with the friends of elmstead cemetery", "Friends of Cobb Park": the
    volunteers who look after a park, a cemetery or a library go by "Friends of" and its
    name, in any case; up to three words after "of", the last a place's word (the longest
    such: "Friends of Albert Road Rec", not "... Albert Road"). "friends of mine" are people
    the speaker knows, no body, whatever the NER read there."""
    for t in doc:
        if t.lower_ != "friends" or t.i + 3 > len(doc) or doc[t.i + 1].lower_ != "of":
            continue
        if doc[t.i + 2].lower_ in _WHOSE:
            doc.ents = [e for e in doc.ents if not (e.start <= t.i + 2 and t.i < e.end)]
            continue
        start = t.i + 2
        best = None
        for end in range(start + 1, min(start + 3, len(doc)) + 1):
            words = doc[start:end]
            if not all(w.is_alpha and not w.is_stop for w in words):
                break
            if words[-1].lower_ in PLACE_SUFFIXES and not any(
                e.label_ == "PERSON" and e.ent_id_ for e in _overlapping(doc, t.i, end)
            ):  # someone the user named stays someone
                best = end
        if best is not None:
            _set_entity(doc, t.i, best, "ORG", GAZETTEER_ID)


def _listed_kinds_after_a(doc: Any) -> None:
    """ "the centre is running a food bank on Fridays", "we set up a youth club": a listed
    organisation said in lower case after "a" or "another" is a kind of organisation, not
    one of them ("the food bank", "rang the youth club" stay one). Initials with a digit
    are written in capitals ("No U3A walk today"): a name, whatever comes before it."""
    for e in list(doc.ents):
        if (
            e.label_ == "ORG"
            and e.ent_id_ == GAZETTEER_ID
            and not any(c.isupper() for c in e.text)
            and _a_kind(doc, e.start)
        ):
            doc.ents = [o for o in doc.ents if o != e]


# Kinds of body whose own name runs on with "of" or "for": "the bank of england", "the
# institute for fiscal studies", "the department for education".
KIN_WORDS = KIN | ELDERS_CALLED

BODY_OF = {"university", "bank", "college", "school", "department", "ministry", "institute"}


def _lower_bodies_of_something(doc: Any) -> None:
    """ "an interview at the bank of england", "Anil's at the institute for fiscal studies",
    "she's started at the school of oriental and african studies": a body named by its kind,
    "of" or "for" and what it serves, which Whisper writes in lower case. After "the", its
    words run to the next word that is no noun or adjective ("and" inside); it is a name
    when one of them is a place's, it has two, or the kind is a ministry's ("the department
    for education"), or a lower-case name before the kind ends at it ("the london school of
    economics"). Not "the bank of the river" nor "the bank of mum and dad"."""
    places = (lexicon.place_words(), _authority_words(), NATIONS, TEAM_NATIONS)
    for t in doc[1:-2]:
        if t.lower_ not in BODY_OF or not t.is_lower or doc[t.i + 1].lower_ not in ("of", "for"):
            continue
        # "the london school of economics": a place's name before the kind, cut at "of"
        cut = next((e for e in doc.ents if e.label_ == "ORG" and e.end == t.i + 1), None)
        if doc[t.i - 1].lower_ != "the" and (cut is None or not cut[0].is_lower):
            continue
        start = t.i if cut is None else cut.start
        end = t.i + 2
        while end < len(doc) and end - t.i < 7:
            w = doc[end]
            if w.lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_lower:
                end += 1
                continue
            if not (w.is_lower and w.is_alpha and w.pos_ in ("NOUN", "PROPN", "ADJ")):
                break
            end += 1
        while end > t.i + 2 and doc[end - 1].lower_ == "and":
            end -= 1
        words = [w for w in doc[t.i + 2 : end] if w.lower_ != "and"]
        if not words or words[-1].pos_ == "ADJ" or _noun_after(doc, end):
            continue
        lows = {w.lower_ for w in words}
        if lows & (KIN_WORDS | NOT_NAME | DESCRIPTIVE) or lows & EVENT_NOUNS:
            continue
        named = cut is not None or t.lower_ in ("department", "ministry")
        if not (any(lows & listed for listed in places) or len(words) >= 2 or named):
            continue
        if not _locked(doc, t.i + 1, end) and not any(
            e.label_ == "ORG" and (e.start < start or e.end > end)
            for e in _overlapping(doc, start, end)
        ):
            _set_entity(doc, start, end, "ORG", CONTEXT_ID)


def _a_kind(doc: Any, start: int) -> bool:
    """Whether the name starting at `start` follows "a" or the like: "ideas: a bouldering
    league", "start a walking club" say a kind of organisation, not one."""
    return start > 0 and doc[start - 1].lower_ in INDEFINITE


def _a_place(doc: Any, i: int) -> bool:
    """Whether token `i` ends the name of a place: a listed one, or one the user knows."""
    t = doc[i]
    return t.is_lower and (
        t.lower_ in lexicon.place_words()
        or any(
            e.ent_id_ and e.label_ in ("GPE", "LOC") and e.end == i + 1
            for e in _overlapping(doc, i, i + 1)
        )
    )


# Words that make a bare "at X school" a kind of schooling, not a school's name: "at
# boarding school", "at night school", "in sixth form college".
SCHOOLING = {
    "boarding", "night", "sunday", "saturday", "medical", "art", "drama", "grammar", "music",
    "dance", "driving", "language", "sixth", "form", "summer", "holiday", "after", "breakfast",
    "forest", "nursery", "infant", "junior", "senior", "high", "secondary", "primary", "state",
    "faith", "catholic", "special", "sports", "football", "cricket", "rugby", "youth", "book",
}  # fmt: skip


# Words that describe an institution rather than name it: "the local hospital".
DESCRIBED = DESCRIPTIVE | {"community", "general", "public", "private", "independent"}


def _a_kind_of_place(doc: Any, e: Any) -> bool:
    """ "she teaches at primary school", "he's off to sixth form college", "at the local
    hospital": lower-case words that are all kinds, descriptions or kinds of schooling name
    no one organisation, said bare or after "a" or with a describing word, whatever the NER
    made of them (a name of its own, or nothing)."""
    words = [t.lower_ for t in e]
    if len(e) < 2 or not all(t.is_lower and t.is_alpha for t in e):
        return False
    if words[-1] not in org_suffixes() or not set(words[:-1]) <= SCHOOLING | DESCRIBED:
        return False  # "at avenue primary": a school by its road's name
    before = doc[e.start - 1].lower_ if e.start > 0 else ""
    return before not in ("the", "our", "their", "his", "her", "my") or bool(
        set(words) & DESCRIPTIVE
    )


def _bare_name(doc: Any, start: int, a: int) -> bool:
    """ "his appointment is at mile end hospital", "the course at south thames college":
    lower-case words between a preposition and an institution's word with no "the", "a" or
    "our" before them are its name, as English puts a determiner before a described
    hospital ("at the local hospital"); not a kind of schooling ("at boarding school")."""
    if not 0 < a - start <= 3 or start == 0:
        return False
    words = [t.lower_ for t in doc[start:a]]
    return (
        doc[start - 1].lower_ in ("at", "to", "from", "near", "outside", "opposite")
        and all(t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") for t in doc[start:a])
        and not set(words) <= GENERIC_FIRST_WORDS | SCHOOLING | DESCRIPTIVE
        and not set(words) & EVENT_NOUNS
    )


def _org_lower_tail(doc: Any) -> None:
    """ "the Leeds and District junior league", "Eastfield rugby club": a name followed by
    one or two lower-case words that end in an organisation word is that organisation's
    whole name."""
    suffixes = org_suffixes()
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "GPE", "LOC", "FAC") or e.ent_id_ == VOCAB_ID:
            continue
        if e[-1].lower_ in suffixes:
            # "southway housing trust": a kind word may stand inside a name the closing
            # legal kind ends ("trust", "association"), one the NER cut before it, in the
            # name's own case ("Camden and Islington NHS Foundation Trust")
            nxt = doc[e.end] if e.end < len(doc) else None
            if (
                e.label_ == "ORG"
                and nxt is not None
                and (nxt.is_lower or (nxt.is_title and e[-1].is_title))
                and nxt.lower_ in LOWER_ORG_HEADS
                and not nxt.ent_type_
                and not _noun_after(doc, e.end + 1)
            ):
                listed = GAZETTEER_ID if e[0].is_lower else e.ent_id_  # as `_org_lower_head`
                _set_entity(doc, e.start, e.end + 1, "ORG", listed)
            continue
        if _a_listed_whole_name(e):
            continue  # "the evelina london clinic" is its clinic, not more of its name
        # a place needs two words ("Clarendon Park residents group"), not "Leeds bank"
        for n in (1, 2) if e.label_ == "ORG" else (2,):
            tail = doc[e.end : e.end + n]
            if (
                len(tail) == n
                and all(t.is_lower and t.is_alpha and not t.ent_type_ for t in tail)
                and tail[-1].lower_ in suffixes
                and tail[0].pos_ in ("ADJ", "NOUN", "PROPN")
            ):
                _set_entity(doc, e.start, e.end + n, "ORG")
                break


def _a_listed_whole_name(e: Any) -> bool:
    """The span is a body's fixed name on the list ("evelina london"), not one made of a place
    and a kind ("{place} carers", which a "hub" after it may go on)."""
    name = e.text.lower().removeprefix("the ")
    return e.label_ == "ORG" and e.ent_id_ == GAZETTEER_ID and name in lexicon.listed_org_names()


@functools.cache
def _authorities_joined() -> tuple[tuple[str, ...], ...]:
    """Local authorities named for two places joined by "and" ("Kensington and Chelsea",
    "Brighton and Hove"), as lower-case words, longest first."""
    joined = {tuple(a.lower().split()) for a in lexicon.authorities() if " and " in a}
    return tuple(sorted(joined, key=len, reverse=True))


def _authorities_cut_at_and(doc: Any) -> None:
    """ "a letter from the royal borough of kensington and chelsea", "she works for barking
    and dagenham council": the patterns and the NER stop at "and" inside an authority named
    for two places, keeping one half (and taking the other for someone: "Chelsea"). An
    organisation that ends or starts inside a listed such name runs over all of it."""
    low = [t.lower_ for t in doc]
    for words in _authorities_joined():
        n = len(words)
        for i in range(len(doc) - n + 1):
            if low[i] != words[0] or tuple(low[i : i + n]) != words:
                continue
            j = i + n
            for e in _overlapping(doc, i, j):
                if e.label_ == "ORG" and (e.start > i or e.end < j) and e.ent_id_ != VOCAB_ID:
                    _set_entity(doc, min(e.start, i), max(e.end, j), "ORG", e.ent_id_)
                    break


def _lower_orgs_after_people(doc: Any) -> None:
    """Someone "from the allotment society": a lower-case name of one or two words before an
    organisation word, right after a person and "from" or "at", is their organisation."""
    for t in doc:
        if t.lower_ not in ("from", "at") or t.i == 0 or doc[t.i - 1].ent_type_ != "PERSON":
            continue
        start = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        if (
            start < len(doc)
            and doc[start].is_lower
            and doc[start].lower_ in _one_word_orgs()
            and not _overlapping(doc, start, start + 1)
        ):
            _set_entity(doc, start, start + 1, "ORG", CONTEXT_ID)  # "Seun from unison"
            continue
        for n in (2, 3):
            end = start + n
            words = doc[start:end]
            if (
                end <= len(doc)
                and words[-1].lower_ in LOWER_ORG_HEADS
                and all(w.is_lower and (w.is_alpha or w.text in ("'", "’")) for w in words)
                and words[0].lower_ not in DESCRIPTIVE | GENERIC_WORKPLACES
                and not _overlapping(doc, start, end)
            ):
                _set_entity(doc, start, end, "ORG", CONTEXT_ID)  # lower case on purpose
                break
        else:
            end = _coined_name_end(doc, t.i + 1) or _joined_name_end(doc, t.i + 1)
            if end and not _overlapping(doc, t.i + 1, end):
                _set_entity(doc, t.i + 1, end, "ORG", CONTEXT_ID)


def _joined_name_end(doc: Any, start: int) -> int:
    """Where a trading name joined by "and" or "to" ends after someone "from" or "at" it
    ("Shona from wash and wag, the groomer", "Jim at teller and pike says"): closed by a
    comma, a full stop, a saying verb or where it is; 0 when there is none."""
    end = _lower_name_end(doc, start)
    if end == start or end >= len(doc) or not any(w.lower_ in LOWER_JOINS for w in doc[start:end]):
        return 0
    close = doc[end]
    closed = close.text in (",", ".", ";", "?", "!") or close.lower_ in NAME_CLOSES_AFTER
    if not (closed or _where_it_is(doc, end)) or not _trading_name(doc, start, end):
        return 0
    return end


# What closes a lower-case name said after someone and "from" or "at": "Stelios from froth
# fixers never came back", "Mel from leicester penguins says".
NAME_CLOSES_AFTER = {
    "about", "says", "said", "say", "rang", "phoned", "texted", "emailed", "came", "come",
    "is", "was", "were", "are", "has", "had", "have", "who", "wants", "wanted", "will",
    "would", "can", "could", "reckons", "thinks", "asked", "told", "sent", "never",
}  # fmt: skip


def _coined_name_end(doc: Any, start: int) -> int:
    """Where a firm's own name in lower case ends after someone "from" or "at" it ("Sal from
    honey drip ices rang back", "Halima from sufra came in", "Cathal at crumb dynasty"): one
    to three name's words (nouns, adjectives, names) closed by a comma, a full stop or a
    saying verb. A word alone must be one no dictionary has ("from work", "at lunch" are
    none); a road or a place ("Jo from park road"), a kind of workplace ("from head office")
    or a describing word opening it is none. 0 when there is no such name."""
    words = heard.dictionary(load_nlp()).words
    end = start
    while end < len(doc) and end - start < 3:
        w = doc[end]
        if not (
            w.is_lower
            and w.is_alpha
            and not w.is_stop
            and w.pos_ in ("NOUN", "PROPN", "ADJ", "X")
            and w.lower_ not in NOT_NAME | ACTION_VERBS | DESCRIPTIVE | NOT_PEOPLE | KIN
            and not w.ent_type_
        ):
            break
        end += 1
    if end == start or end >= len(doc):
        return 0
    close = doc[end]
    if not (close.text in (",", ".", ";", "?", "!") or close.lower_ in NAME_CLOSES_AFTER):
        return 0
    span = doc[start:end]
    low = [w.lower_ for w in span]
    if (
        low[0] in GENERIC_WORKPLACES | GENERIC_FIRST_WORDS
        or low[-1] in PLACE_SUFFIXES | NAMED_FOR_A_ROAD | GENERIC_WORKPLACES
        or all(x in lexicon.place_words() for x in low)
        or any(x in lexicon.first_names() for x in low)
    ):
        return 0
    if len(low) == 1 and ({low[0], span[0].lemma_.lower()} & words or len(low[0]) < 4):
        return 0
    return end


# Verbs whose preposition goes to a shop: "popped into boots", "got it from boots".
GOING_OR_GETTING = {
    "pop", "nip", "go", "head", "dash", "get", "buy", "order", "collect", "pick", "shop",
}  # fmt: skip

# Verbs whose preposition goes to a body one serves: "volunteers for mind", "gave to shelter".
SERVING = {"work", "volunteer", "donate", "give", "refer", "fundraise", "raise"}

# Listed one-word names too common in talk to stand for the body by context alone: "the
# police", "the scouts" name a kind of service or group wherever they are said.
KINDS_ON_THE_LIST = {"police", "scouts"}

# Jobs of a member or a volunteer in a body that is no kind of work ("a crisis worker" is):
# "our unite rep", "his unison steward", "her mind volunteer".
MEMBERS_ROLES = frozenset({
    "rep", "reps", "steward", "stewards", "convenor", "organiser", "volunteer", "volunteers",
    "caseworker", "adviser", "advisor", "branch",
})  # fmt: skip
# Words for whose a body's staff are: "our unite rep", "his unison steward".
POSSESSIVE_DETS = frozenset({"our", "my", "his", "her", "their", "your"})

# What follows a charity's name that says it is the charity: "the samaritans helpline".
BODY_AFTER = {"helpline", "charity"}


def _listed_words_said_as_bodies(doc: Any) -> None:
    """ "popped into boots for nana's prescription", "rang the samaritans", "volunteers for
    mind": a listed one-word name that is also an English word ("boots", "mind") counts in
    capitals only, so Whisper's lower case loses it. In lower case it is the body where
    the words around it say so: rung or emailed, gone to or got from (the preposition's
    verb says so, no determiner of one's own: not "my boots"), its helpline, or a member's
    job in it ("our unite rep"; "Dewi, our branch secretary, unite,"); "new boots for the
    trip" and "never mind" stay words."""
    listed = _one_word_orgs() - KINDS_ON_THE_LIST
    for t in doc:
        low = t.lower_
        if not t.is_lower or low not in listed or t.i == 0:
            continue
        alone = t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I"
        guess = t.ent_type_ in ("ORG", "PERSON") and t.ent_iob_ == "B" and alone
        if t.ent_type_ and not guess:
            continue  # the NER's one-word guess at the listed word is no other name
        if t.ent_id_:
            continue
        prev = doc[t.i - 1]
        the = prev.lower_ == "the"
        before = doc[t.i - 2] if the and t.i > 1 else prev
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        rung = before.lower_ in RANG_OR_WROTE | {"called", "contacted", "contact", "rung"}
        verb = before.head.lemma_.lower() if before.head.i < before.i else ""
        gone = (
            not the
            and before.pos_ == "ADP"
            and before.lower_ in ("into", "to", "at", "from", "for", "with")
            # a plural without "my" or "some" is no thing one goes into ("popped into
            # boots"); a mass noun is ("went into crisis", "ran for shelter")
            and (verb in SERVING or (verb in GOING_OR_GETTING and _a_plural(low)))
        )
        helpline = nxt is not None and nxt.lower_ in BODY_AFTER
        # "our unite rep", "her mind volunteer": someone's job in the body, said after "our"
        # or a name ("the shelter manager" may run any shelter)
        staff = (
            nxt is not None
            and nxt.is_lower
            and nxt.lower_ in MEMBERS_ROLES
            and (prev.lower_ in POSSESSIVE_DETS or prev.text in POSS)
        )
        # "Dewi, our branch secretary, unite,": the body said after someone's job in it
        named = (
            prev.text == ","
            and t.i >= 2
            and doc[t.i - 2].is_lower
            and _role_word(doc[t.i - 2].lower_)
            and any(w.lower_ in POSSESSIVE_DETS for w in doc[max(0, t.i - 5) : t.i - 2])
            and (nxt is None or nxt.is_punct)
        )
        if not (rung or gone or helpline or staff or named):
            continue
        if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and not (helpline or staff):
            continue  # "rang the crisis team": a kind of team
        if not _locked(doc, t.i, t.i + 1):
            _set_entity(doc, t.i, t.i + 1, "ORG", CONTEXT_ID)


def _a_plural(low: str) -> bool:
    """ "boots", "samaritans": a plural of a word the dictionary has ("crisis" is none)."""
    return low.endswith("s") and low[:-1] in heard.dictionary(load_nlp()).words


# Subjects before a verb in the present, and words that deny one: "while I mind", "never
# mind", "if ye dinnae mind".
SUBJECTS_AND_NEGATIONS = frozenset({
    "i", "you", "ye", "we", "they", "never", "dont", "don't", "dinnae", "didnae", "not", "n't",
})  # fmt: skip


def _names_said_as_their_word(doc: Any) -> None:
    """ "Lost two nil, mind.", "Mind." said alone, "mind and do that Monday", "while I mind":
    a one-word body's name that is also an English verb ("Mind", "Unite", once known or
    listed) is the word where it is said as one: a sentence of its own, a word tagged on after
    a comma at a sentence's end, a verb joined by "and" to another ("mind and do"), or a verb
    after its subject or "never". "volunteers for mind" and "rang Mind" stay the body."""
    verbs = heard.dictionary(load_nlp()).verbs
    for e in list(doc.ents):
        if e.label_ != "ORG" or len(e) != 1 or e[0].lower_ not in verbs:
            continue
        t = e[0]
        if not (t.is_lower or t.is_sent_start):
            continue
        sent = [w for w in t.sent if not w.is_punct]
        prev = doc[t.i - 1] if t.i > 0 else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        alone = sent == [t]
        tagged_on = (
            t.is_lower
            and prev is not None
            and prev.text == ","
            and (nxt is None or nxt.text in (".", "!", "?"))
        )
        joined = (
            nxt is not None
            and nxt.lower_ == "and"
            and t.i + 2 < len(doc)
            and doc[t.i + 2].tag_ in ("VB", "VBP")
            and doc[t.i + 2].is_lower
        )
        subject = t.is_lower and prev is not None and prev.lower_ in SUBJECTS_AND_NEGATIONS
        if alone or tagged_on or joined or subject:
            _clear_entities(doc, e.start, e.end)


# Trades a business is named for after its owner's name, in any case: "dave's plumbing",
# "tony's taxis", "patel's newsagents", "lisa's dog grooming". Not what someone owns or makes
# ("gary's garage", "sandra's cakes" may be theirs): those count only with the capital
# Whisper gives a trading name ("Sandra's Cakes", "Gary's Garage").
OWNERS_TRADES = {
    "plumbing", "plumbers", "roofing", "roofers", "cleaning", "cleaners", "taxis", "cabs",
    "minicabs", "removals", "motors", "autos", "newsagents", "newsagent", "grooming",
    "catering", "caterers", "builders", "bakery", "barbers", "tyres", "carpets", "blinds",
    "electrical", "electricals", "decorating", "decorators", "scaffolding", "glazing",
    "lettings", "locksmiths", "florist", "florists", "hairdressers", "salon", "takeaway",
    "chippy", "cafe", "café", "caff", "deli", "coaches", "tutoring", "tuition", "landscaping",
    "joinery", "couriers", "launderette", "laundrette", "opticians", "pharmacy", "chemist",
    "fashions", "fabrics", "textiles", "boutique", "tailors", "jewellers",
}  # fmt: skip
OWNERS_GOODS = {"cakes", "bakes", "garage", "kitchen", "flowers", "cars", "repairs"}

# What a one-person business is named for before "by" and its owner's first name: "henna by
# yasmin", "nails by chantelle", "photography by naomi".
CRAFTS = {
    "henna", "nails", "cakes", "bakes", "hair", "makeup", "lashes", "brows", "beauty",
    "photography", "tutoring", "tuition", "blooms", "flowers", "florals", "designs", "crafts",
    "creations", "catering", "cleaning", "balloons", "treats", "tattoos", "massage", "styling",
    "alterations", "bridal", "sweets",
}  # fmt: skip

# Words before a craft that make it someone's own ("my nails by ..."), not a trading name.
OWNED = DETERMINERS | {"this", "that", "some"}


def _owner_word(t: Any) -> bool:
    """A first name or a surname said on its own, not a kinship word ("mum's cleaning")."""
    low = t.lower_
    return (
        t.is_alpha
        and (low in lexicon.first_names() or low in lexicon.surnames())
        and low not in NOT_PEOPLE | NOT_NAME
    )


def _firms_named_for_their_owner(doc: Any) -> None:
    """ "ring dave's plumbing about the leak", "tony's taxis are picking nan up", "henna by
    yasmin is booked for the mehndi", "amina fashions": a small business goes by its owner's
    first name and its trade ("'s" before it or nothing, "by" after it), which Whisper writes
    in lower case; the whole is the business, not the owner (who is not there to be met)."""
    for t in doc:
        if t.text not in POSS or t.i == 0 or t.i + 1 >= len(doc):
            continue
        owner = doc[t.i - 1]
        if not _owner_word(owner):
            continue
        end = t.i + 1
        if (
            end + 1 < len(doc)
            and doc[end].is_lower
            and doc[end].is_alpha
            and doc[end].pos_ in ("NOUN", "ADJ")
            and doc[end].lower_ not in DESCRIPTIVE
            and doc[end + 1].lower_ in OWNERS_TRADES
        ):
            end += 1  # "lisa's dog grooming"
        trade = doc[end]
        capital = trade.is_title and owner.is_title
        if (
            not (trade.lower_ in OWNERS_TRADES or (capital and trade.lower_ in OWNERS_GOODS))
            or trade.pos_ not in ("NOUN", "PROPN")  # "kerry's cleaning the car"
            or _noun_after(doc, end + 1)
        ):
            continue
        start = owner.i
        if (
            start > 0
            and doc[start - 1].is_title
            and owner.is_title
            and doc[start - 1].lower_ in lexicon.first_names()
        ):
            start -= 1  # "Mike Dean's Roofing"
        if not _locked(doc, start, end + 1):
            _set_entity(doc, start, end + 1, "ORG", CONTEXT_ID)
    for owner in doc[:-1]:
        # "ordering from noor fashions", "Rafiq Motors did the clutch": the owner's first
        # name and the trade with no "'s", written alike (both lower case or both capitals);
        # not a trade said as a verb ("left Tom cleaning the kitchen") or a place to eat
        trade = doc[owner.i + 1]
        if (
            trade.lower_ not in OWNERS_TRADES - {"cafe", "café", "caff", "chippy", "takeaway"}
            or trade.lower_.endswith("ing")
            or owner.lower_ not in lexicon.first_names()
            or owner.lower_ in _english_words()  # "the junior coaches"
            or not _owner_word(owner)
            or owner.is_lower != trade.is_lower
            or trade.pos_ not in ("NOUN", "PROPN")
            or _noun_after(doc, trade.i + 1)
            or (owner.i > 0 and doc[owner.i - 1].text in POSS)
            # "callum coaches for the under nines": what someone does as a job
            or (_a_verb_said(doc, trade.i) and _role_word(trade.lemma_.lower()))
        ):
            continue
        if not _locked(doc, owner.i, trade.i + 1):
            _set_entity(doc, owner.i, trade.i + 1, "ORG", CONTEXT_ID)
    for t in doc[1:-1]:
        if t.lower_ != "by" or doc[t.i - 1].lower_ not in CRAFTS:
            continue
        craft, owner = doc[t.i - 1], doc[t.i + 1]
        before = doc[craft.i - 1].lower_ if craft.i > 0 else ""
        if before in OWNED or before in POSS or owner.ent_type_ in ("DATE", "TIME"):
            continue
        if not (owner.lower_ in lexicon.first_names() and _owner_word(owner)):
            continue
        if owner.i + 1 < len(doc) and doc[owner.i + 1].text in POSS:
            continue
        if not _locked(doc, craft.i, owner.i + 1):
            _set_entity(doc, craft.i, owner.i + 1, "ORG", CONTEXT_ID)


# What follows a saint's name in a church's (or its school's) dedication: "St Michael and All
# Angels", "St John the Baptist", "St Peter in Chains", "St Martin in the Fields".
DEDICATIONS = (
    ("and", "all", "angels"), ("and", "all", "saints"), ("the", "baptist"),
    ("the", "evangelist"), ("the", "divine"), ("the", "virgin"), ("the", "apostle"),
    ("the", "great"), ("the", "less"), ("the", "martyr"), ("in", "chains"),
    ("in", "the", "fields"), ("without", "the", "walls"),
)  # fmt: skip

# The kinds of organisation a dedication names, said after it: "... church", "... primary".
DEDICATED = {
    "church", "chapel", "cathedral", "school", "primary", "academy", "college", "hospice",
    "infants", "juniors", "nursery",
}  # fmt: skip

# Dedications a church (or its school) goes by with no saint and no "church": "Mass at Holy
# Rood", "the hall at Sacred Heart". Left out: "holy spirit" and "holy ghost" ("pray to
# the Holy Spirit"), and feasts said as often as churches ("Corpus Christi", "All Saints").
BARE_DEDICATIONS = (
    ("holy", "rood"), ("holy", "trinity"), ("holy", "cross"), ("holy", "family"),
    ("holy", "name"), ("holy", "redeemer"), ("holy", "innocents"), ("holy", "apostles"),
    ("most", "holy", "trinity"), ("sacred", "heart"), ("christ", "the", "king"),
    ("precious", "blood"), ("blessed", "sacrament"), ("good", "shepherd"),
    ("english", "martyrs"),
)  # fmt: skip

# Dedications a church (or its school) goes by only before "church" or "school", as each is
# said of a feast too: "all hallows church", "the all saints school fair".
DEDICATIONS_BEFORE_A_CHURCH = (
    ("all", "hallows"), ("all", "saints"), ("all", "souls"), ("christ", "church"),
    ("holy", "spirit"), ("holy", "ghost"), ("corpus", "christi"),
)  # fmt: skip

# Who a Catholic church or school is named for after "of": "Church of the Good Shepherd",
# "Our Lady of Lourdes"; "church of" takes "the" or the one name ("Church of Christ").
CHURCH_OF = {"christ", "god"}


def _bare_dedication(doc: Any, i: int) -> int:
    """The end of a listed dedication said alone as a church's name from token `i`: written
    with capitals where it is gone to or met at ("after Mass at Holy Rood", "from the Sacred
    Heart"; "to" only without "the": "pray to the Sacred Heart" is devotion), or in any case
    before "church" or "school"; 0 when it is none."""
    for words in (*BARE_DEDICATIONS, *DEDICATIONS_BEFORE_A_CHURCH):
        end = i + len(words)
        if tuple(w.lower_ for w in doc[i:end]) != words:
            continue
        if end < len(doc) and doc[end].lower_ in DEDICATED:
            return end
        if words in DEDICATIONS_BEFORE_A_CHURCH:
            return 0
        k = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
        prep = doc[k - 1].lower_ if k > 0 else ""
        if not doc[i].is_title or prep not in AT_A_CHURCH or (prep == "to" and k < i):
            return 0
        if end < len(doc) and doc[end].is_title:
            return 0  # "at Holy Trinity Brompton": a longer name the other rules read
        return end
    return 0


# Two saints a church and its school are named for: "saints peter and paul", "ss mary and joseph".
TWO_SAINTS = {"saints", "ss", "sts"}

# Words before the church one goes to or is at: "at Holy Rood", "from Sacred Heart".
AT_A_CHURCH = {"at", "to", "from", "near", "outside", "opposite", "behind"}


def _dedicated_churches(doc: Any) -> None:
    """ "the harvest supper at st michael and all angels church", "father tom from st peter in
    chains", "the food drive at the church of the good shepherd", "the choir at our lady of
    lourdes": a church (or its school) named for a saint and a dedication, for "the" and a
    title after "church of", or for "our lady of" a place or a title, in any case; and "Mass
    at Holy Rood", a dedication that is the church's whole name. The NER stops at the saint
    ("st michael"), finds nothing or takes the dedication for a place; it is part of the name."""
    n = len(doc)
    for t in doc:
        low = t.lower_
        start, end = t.i, 0
        if low in SAINTS and t.i + 2 < n and doc[t.i + 1].is_alpha:
            k = t.i + 2
            for words in DEDICATIONS:
                if tuple(w.lower_ for w in doc[k : k + len(words)]) == words:
                    end = k + len(words)
                    break
            if not end and k + 2 < n and doc[k].lower_ == "and" and doc[k + 1].lower_ in SAINTS:
                end = k + 3  # "st peter and st paul"
            if not end and t.is_lower and doc[t.i + 1].is_lower:
                # "into st aidan's primary", "at st joseph's school": the saint alone
                k += doc[k].text in ("'s", "’s")
                end = k if k < n and doc[k].lower_ in DEDICATED else 0
        elif (
            low in TWO_SAINTS
            and t.i + 4 < n
            and doc[t.i + 2].lower_ in ("and", "&")
            and all(w.is_alpha and not w.is_stop for w in (doc[t.i + 1], doc[t.i + 3]))
            and doc[t.i + 4].lower_ in DEDICATED
        ):
            end = t.i + 4  # "saints peter and paul primary": two saints, one church's name
        elif low in ("church", "lady") and t.i + 2 < n and doc[t.i + 1].lower_ == "of":
            if low == "lady" and (t.i == 0 or doc[t.i - 1].lower_ != "our"):
                continue
            start = t.i - (low == "lady")
            k = t.i + 2
            if doc[k].lower_ == "the":
                k += 1
            elif low == "church" and doc[k].lower_ not in CHURCH_OF:
                continue
            end = k
            while (
                end < n
                and end - k < 2
                and doc[end].is_alpha
                and not doc[end].is_stop
                and doc[end].pos_ in ("NOUN", "PROPN", "ADJ")
                and doc[end].lower_ not in DEDICATED
            ):
                end += 1
            if end == k:
                continue
        elif low in {w[0] for w in (*BARE_DEDICATIONS, *DEDICATIONS_BEFORE_A_CHURCH)}:
            end = _bare_dedication(doc, t.i)
        if not end:
            continue
        while end < n and end - start < 9 and doc[end].lower_ in DEDICATED:
            end += 1  # "... church", "... primary school"
        # the patterns' "paul primary school" after "saints peter and" is that name's end
        second = [
            e
            for e in _overlapping(doc, start, end)
            if low in TWO_SAINTS and e.label_ == "ORG" and e.start == start + 3 and e.end <= end
        ]
        if (
            len(second) == 1
            and second[0].ent_id_ != VOCAB_ID
            and not _locked(doc, start, start + 3)
        ):
            _clear_entities(doc, second[0].start, second[0].end)
        if not _locked(doc, start, end) and not any(
            e.start < start or e.end > end
            for e in _overlapping(doc, start, end)
            if e.label_ == "ORG"
        ):
            _set_entity(doc, start, end, "ORG", CONTEXT_ID)


def _departments_of_a_named_org(doc: Any) -> None:
    """ "a letter from the planning department at brent council", "the repairs team of
    Harlow Homes": a part of an organisation said by what it does, in lower case, before the
    organisation it belongs to is that organisation's team, not an organisation of its own."""
    for e in list(doc.ents):
        words = [t for t in e if t.lower_ != "the"]
        if (
            e.label_ != "ORG"
            or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID)
            or not words
            or len(words) > 3
            or not all(t.is_lower and t.is_alpha for t in words)
            or words[-1].lower_ not in PART_HEADS
            or e.end + 1 >= len(doc)
            or doc[e.end].lower_ not in ("at", "of", "in")
        ):
            continue
        k = e.end + 1 + (doc[e.end + 1].lower_ == "the")
        if any(o.start == k and o.label_ == "ORG" for o in doc.ents):
            doc.ents = [o for o in doc.ents if o != e]


# What a department of a body does, which names it: "Procurement and Legal", "Facilities and
# Estates", "Housing and Regeneration".
DEPARTMENT_WORDS = {
    "procurement", "legal", "finance", "payroll", "facilities", "estates", "hr", "housing",
    "regeneration", "planning", "highways", "parks", "leisure", "transport", "environment",
    "property", "operations", "compliance", "admissions", "pensions", "revenues", "benefits",
    "licensing", "culture", "communications", "comms", "marketing", "sales", "accounts",
    "it", "governance", "safeguarding", "education", "skills", "communities", "waste",
    "recycling", "maintenance", "repairs", "open", "spaces", "health", "safety", "risk",
    "audit", "insurance", "policy", "strategy", "research", "digital", "commercial",
    "contracts", "fundraising", "partnerships", "events", "libraries", "adult", "social",
    "children", "families", "resources", "human", "logistics", "purchasing", "admin",
    "administration", "reception", "training", "quality", "standards", "infrastructure",
    "customer", "people", "development", "wellbeing", "engagement",
}  # fmt: skip


def _departments_joined_by_and(doc: Any) -> None:
    """ "Sent it to Procurement and Legal", "chase Facilities and Estates", "Meeting with
    Housing and Regeneration at Lambeth Council": departments said by what they do, joined
    by "and", are a team inside a body (or two), not a body of their own."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        start = max([t.i + 1 for t in e if t.lower_ in ("with", "to", "from")], default=e.start)
        words = [t.lower_ for t in doc[start : e.end] if t.lower_ not in ("the", ",")]
        joined = [w for w in words if w not in ("and", "&")]
        if (
            len(joined) >= 2
            and len(joined) < len(words)
            and words[0] not in ("and", "&")
            and all(w in DEPARTMENT_WORDS for w in joined)
        ):
            _clear_entities(doc, e.start, e.end)


# Short words inside a trading name said in lower case: "crumbs and co", "count on us",
# "pind to plate", "wash n wag"; and what may follow "on" or "for" in one ("count on us").
LOWER_JOINS = frozenset({"and", "&", "n", "to", "on"})
JOINED_PRONOUNS = frozenset({"us", "me", "you"})

# Nouns that say where one is or who one is with, never a business's own last word or a
# word of one joined by "and": "at the big shop in Leeds", "with the kids in Spain",
# "from school and church".
NOT_A_TRADING_WORD = (
    PLACE_SUFFIXES
    | lexicon.VENUE_SUFFIXES
    | GENERIC_WORKPLACES
    | NOT_ORG_HEADS
    | EVENT_NOUNS
    | KIN
    | frozenset(WHO_FOR)
    | {"home", "house", "flat", "flats", "lights", "stop", "roundabout", "family", "friends"}
    | {"people", "lot", "lads", "guys", "mates", "folks", "one", "ones", "bit", "way"}
)


# Pairs said with "and" as one thing in everyday talk, never a trading name on their own.
COMMON_PAIRS = frozenset({
    ("fish", "chips"), ("bread", "butter"), ("salt", "pepper"), ("rock", "roll"),
    ("trial", "error"), ("give", "take"), ("knives", "forks"), ("tea", "coffee"),
    ("tea", "cake"), ("bits", "bobs"), ("odds", "ends"), ("pros", "cons"), ("ups", "downs"),
    ("friends", "family"), ("bed", "breakfast"), ("sweet", "sour"), ("pie", "mash"),
    ("cheese", "wine"), ("arts", "crafts"), ("health", "safety"), ("wear", "tear"),
    ("cash", "carry"),  # a kind of warehouse shop: "the cash and carry in Whitechapel"
})  # fmt: skip


def _lower_name_word(t: Any) -> bool:
    """A word that may stand in a trading name said in lower case: a noun, an adjective, a
    name or a word the tagger could not place, not a date, a filler, a title or kin."""
    return (
        t.is_lower
        and t.is_alpha
        and not t.is_stop
        and (
            t.pos_ in ("NOUN", "PROPN", "ADJ", "X")
            or t.tag_ in ("VB", "VBP", "VBN")
            or (t.tag_ == "VBG" and t.lower_ in _trade_words())  # "coastline scaffolding"
        )
        and t.lower_ not in NOT_NAME | ACTION_VERBS | DESCRIPTIVE | NOT_PEOPLE | KIN
        and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL")
    )


def _forms(t: Any) -> set[str]:
    """A word's forms a dictionary may list, its accents dropped ("café" is "cafe")."""
    forms = {t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s")}
    return forms | {
        unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode() for f in forms
    }


def _coined(t: Any) -> bool:
    """A lower-case word of four letters or more that no dictionary has in any of its forms
    ("demelza", "heatherbell"): a name's word whatever part of speech the tagger guessed."""
    return (
        t.is_lower
        and t.is_alpha
        and len(t) > 3
        and not _forms(t) & heard.dictionary(load_nlp()).words
        and t.lower_ not in lexicon.first_names()
    )


def _lower_name_end(doc: Any, start: int, most: int = 4) -> int:
    """Where a lower-case trading name from `start` ends: up to `most` name's words, with a
    joining word inside between two of them ("crumbs and co", "count on us"); `start` when
    there is none."""
    end = start
    while end < len(doc) and end - start < most:
        w = doc[end]
        if end > start and w.lower_ in LOWER_JOINS and w.is_lower and end + 1 < len(doc):
            nxt = doc[end + 1]
            if (
                _lower_name_word(nxt)
                or _a_joined_noun(nxt)
                or (w.lower_ == "on" and nxt.lower_ in JOINED_PRONOUNS)
            ):
                end += 2
                continue
            break
        if not (_lower_name_word(w) or (_a_joined_noun(w) and _joined_next(doc, end))):
            break
        end += 1
    return end


def _a_joined_noun(t: Any) -> bool:
    """A noun the tagger read as something else beside "and" in a trading name ("teller and
    pike", "bunting and bash" read as an adverb and a verb's "-ing"): a dictionary noun
    in one of its forms, or a word no dictionary has; never a stop word, a date or kin."""
    nouns = heard.dictionary(load_nlp()).nouns
    return (
        t.is_lower
        and t.is_alpha
        and not t.is_stop
        and (bool(_forms(t) & nouns) or _coined(t))
        and t.lower_ not in NOT_NAME | ACTION_VERBS | DESCRIPTIVE | NOT_PEOPLE | KIN
        and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL")
    )


def _joined_next(doc: Any, i: int) -> bool:
    """Whether the word at `i` is followed by "and" (or "&", "n") and another name's word."""
    return (
        i + 2 < len(doc)
        and doc[i + 1].lower_ in ("and", "&", "n")
        and (_lower_name_word(doc[i + 2]) or _a_joined_noun(doc[i + 2]))
    )


def _trading_name(doc: Any, start: int, end: int, *, plain: bool = False) -> bool:
    """Whether lower-case words `start`..`end` have a trading name's shape: two words joined
    by "and" or "to" ("smoke and suya", "pind to plate"), or one word no dictionary has
    ("zeytoun"); with `plain`, also two or three words that end in neither a place nor a
    kind of somewhere or someone ("the wonky kettle", "paper moth books"). No first name
    ("with amir and sophie"), no known place alone, nothing the user or a list gave."""
    if end <= start or _locked(doc, start, end, inside_ok=True):
        return False
    span = doc[start:end]
    low = [w.lower_ for w in span]
    content = [w for w in span if w.lower_ not in LOWER_JOINS | JOINED_PRONOUNS]
    firsts, places = lexicon.first_names(), lexicon.place_words()
    if any(w.lower_ in firsts or heard.is_name_word(w.lower_) for w in content):
        return False
    if all(x in places for x in low) or any(x in NOT_A_TRADING_WORD for x in low):
        return False
    if any(e.label_ in ("GPE", "LOC", "FAC") and e.ent_id_ for e in _overlapping(doc, start, end)):
        return False
    if len(content) < len(span):
        return tuple(w.lower_ for w in content) not in COMMON_PAIRS
    words = heard.dictionary(load_nlp()).words
    if any(len(w) > 3 and not _forms(w) & words for w in content):
        return True
    return (
        plain
        and 2 <= len(content) <= 3
        and low[0] not in GENERIC_FIRST_WORDS | SCHOOLING | DESCRIBED
        and low[-1] not in org_suffixes()
        and not _role_word(low[-1])
        and span[-1].pos_ in ("NOUN", "PROPN")
    )


# Words before a trading name that go to it, deal with it or own it: "at the wonky kettle
# in South Norwood", "popped into quality foods", "ask crumbs and co", "he owns zeytoun".
TRADING_LEADS = frozenset({"at", "from", "into", "with", "ask", "owns", "runs"}) | RANG_OR_WROTE

# Verbs of dropping in on a business: "popped into anatolia grill", "nipped in to ...".
DROPPED_IN = frozenset({"pop", "nip", "drop", "dash", "duck", "call", "pile"})
# Who owns or runs a business: "Paolo, who owns crumbs and co", "he runs tote and tumble".
OWNERS = frozenset({"who", "he", "she", "they", "i", "we", "also", "now", "still"})


def _where_it_is(doc: Any, i: int) -> bool:
    """ "in Horsforth", "on London Road", "on the Stratford Road" at token `i`: a place
    said in capitals after a preposition of place, which says where a business stands."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("in", "on", "off", "near", "by"):
        return False
    k = i + 1 + (doc[i + 1].lower_ == "the" and i + 2 < len(doc))
    if not doc[k].is_title:
        return False
    if any(e.start == k and e.label_ in ("GPE", "LOC", "FAC") for e in _overlapping(doc, k, k + 1)):
        return True
    end = k
    while end < len(doc) and end - k < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return doc[end - 1].lower_ in NAMED_FOR_A_ROAD | PLACE_SUFFIXES or doc[k].lower_ in (
        lexicon.place_words()
    )


# What may follow a firm's name joined by "and": a comma or full stop, or a word that opens
# what is said of it ("rang hollis and vane staffing about the starters").
AFTER_A_FIRM = frozenset({"ADP", "SCONJ", "CCONJ", "PART", "AUX", "PRON", "VERB", "PUNCT", "ADV"})


def _joined_firm_end(doc: Any, start: int) -> int:
    """Where a firm's name said in lower case from `start` ends when its own shape says it
    is one: two to five words with "and" (or "&") between two of them, the last a firm's
    word ("skelly and sons", "hollis and vane staffing", "fens and wolds credit union");
    `start` when there is none. The tagger reads such surnames as anything, so their part of
    speech is not asked; words of kin, time, place-only pairs and common pairs are no name
    ("mum and dad", "fish and chips", "home and work")."""
    trades, places = _trade_words(), lexicon.place_words()
    end = start
    while end < len(doc) and end - start < 5:
        w = doc[end]
        if w.lower_ in ("and", "&") and end > start and w.is_lower:
            end += 1
            continue
        if w.lower_ in FAMILY_FIRMS and doc[end - 1].lower_ in ("and", "&") and end - start > 1:
            end += 1
            break
        if not (
            w.is_lower
            and w.is_alpha
            and not w.is_stop
            and w.lower_ not in NOT_NAME | ACTION_VERBS | KIN | NOT_PEOPLE | DESCRIPTIVE
            and w.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL")
        ):
            break
        end += 1
    while end > start and doc[end - 1].lower_ not in trades:
        end -= 1  # back to the firm's word
    span = doc[start:end]
    words = [w.lower_ for w in span if w.lower_ not in ("and", "&")]
    if (
        len(span) - len(words) != 1
        or end >= len(doc)
        or len(words) < 2
        or span[-1].lower_ in ("and", "&")
        or (span[-2].lower_ in ("and", "&") and len(words) == 2 and words[-1] not in FAMILY_FIRMS)
        or words[0] in trades | TRADE_OBJECTS | GENERIC_FIRST_WORDS
        or (doc[end].pos_ not in AFTER_A_FIRM and doc[end].lower_ not in NAME_CLOSES_AFTER)
        or doc[end].lower_ in trades | LOWER_INSTITUTIONS
    ):
        return start
    if all(x in places for x in words[:-1]) or tuple(words[:2]) in COMMON_PAIRS:
        return start
    own = words[:-1] if words[-1] in FAMILY_FIRMS else words
    if any(x in NOT_A_TRADING_WORD for x in own) or _locked(doc, start, end, inside_ok=True):
        return start
    return end


# Who a family firm is said to be, after "and": "skelly and sons", "pennant and partners".
FAMILY_FIRMS = frozenset({"sons", "son", "daughters", "daughter", "partners", "co", "associates"})


def _lower_trading_names(doc: Any) -> None:
    """A business's own name said in lower case, found by the sentence around it: gone to,
    asked, rung or owned and placed ("at the wonky kettle in South Norwood", "she's at count
    on us in Horsforth", "bunting and bash on London Road"), dropped in on ("popped into
    anatolia grill about the catering"), owned or run ("Paolo, who owns crumbs and co,
    says"), or someone's job there ("my accountant at teller and pike"). The words must be
    shaped like a trading name (see `_trading_name`): "at the big shop in Leeds", "with the
    kids in Spain", "popped into town" and "he runs the house" name nothing."""
    for t in doc[:-1]:
        lead = t.lower_
        dropped = (
            lead in ("into", "to")
            and t.i > 0
            and (doc[t.i - 1].lemma_.lower() in DROPPED_IN or doc[t.i - 1].lower_ == "in")
            and (lead == "into" or doc[t.i - 2].lemma_.lower() in DROPPED_IN)
        )
        owned = (
            lead in ("owns", "runs")
            and t.i > 0
            and (doc[t.i - 1].lower_ in OWNERS or doc[t.i - 1].ent_type_ == "PERSON")
        )
        staff = (
            lead in ("at", "from", "with")
            and t.i > 0
            and doc[t.i - 1].is_lower
            and _role_word(doc[t.i - 1].lower_)
            and doc[t.i - 1].lower_ not in NOT_A_TRADING_WORD
        )
        if lead not in TRADING_LEADS and not dropped:
            continue
        start = t.i + 1 + (doc[t.i + 1].lower_ == "the")
        if start >= len(doc) or not doc[start].is_lower:
            continue
        firm = _joined_firm_end(doc, start)
        if firm > start:  # "at skelly and sons,", "rang hollis and vane staffing about"
            if not _overlapping(doc, start, firm) or all(
                e.label_ in ("ORG", "PERSON") and not e.ent_id_ and e.end <= firm
                for e in _overlapping(doc, start, firm)
            ):
                _set_entity(doc, start, firm, "ORG", CONTEXT_ID)
            continue
        end = _lower_name_end(doc, start)
        if end == start or end >= len(doc):
            continue
        placed = _where_it_is(doc, end)
        closed = doc[end].text in (",", ".", ";") or doc[end].lower_ in NAME_CLOSES_AFTER
        if placed:
            ok = _trading_name(doc, start, end, plain=lead not in ("with", "to", "runs"))
        elif (dropped or owned) and (
            closed or doc[end].pos_ in ("ADP", "SCONJ", "CCONJ", "ADV", "PART", "PRON", "AUX")
        ):  # not cut short inside a longer name ("runs the kilmore grove youth club")
            # "he owns paper moth books,": owned in plain words; what someone runs may be a
            # task ("she runs the welcome table,"), so it takes a trading name's shape
            ok = _trading_name(doc, start, end, plain=dropped or (closed and lead == "owns"))
        elif staff and closed:
            ok = _trading_name(doc, start, end)
        else:
            continue
        # the NER's guesses inside it (an organisation, someone: "at ledger and lamb") give
        # way; none that runs past it or that a rule or a list is sure of
        if not ok or any(
            e.start < start or e.end > end or e.ent_id_ or e.label_ not in ("ORG", "PERSON")
            for e in _overlapping(doc, start, end)
        ):
            continue
        _set_entity(doc, start, end, "ORG", CONTEXT_ID)


def _names_completed_on_correction(doc: Any) -> None:
    """ "the carers from bon accord no sorry bon accord care not the housing ones": a name said
    short, taken back and said again whole (the same words, then a kind of body or a trade's
    word) is that body's name, whatever the short one was taken for; the words said again
    are what says they are a name. Said again with "and" and one more word after a body's
    name or a trade's word ("old mill antiques, no, old mill antiques and collectables."), the
    whole is the name."""
    ends = _trade_words() | LOWER_INSTITUTIONS
    n = len(doc)
    for t in doc:
        if t.lower_ not in ("no", "sorry") or t.i < 2:
            continue
        left = t.i - 1 - (doc[t.i - 1].is_punct)
        right = t.i + 1
        while right < n and (doc[right].is_punct or doc[right].lower_ in CORRECTIONS):
            right += 1
        for size in (3, 2, 1):
            said = doc[left - size + 1 : left + 1]
            again = doc[right : right + size]
            if len(said) < size or len(again) < size or left - size + 1 < 0:
                continue
            if [w.lower_ for w in said] != [w.lower_ for w in again]:
                continue
            if not all(w.is_alpha and w.is_lower and not w.is_stop for w in again):
                continue
            end = right + size
            if end < n and doc[end].lower_ in ends and doc[end].is_lower:
                end += 1
            elif _more_after_and(doc, end) and (
                again[-1].lower_ in ends
                or any(e.label_ == "ORG" for e in _overlapping(doc, left - size + 1, left + 1))
            ):
                end += 2  # "old mill antiques, no, old mill antiques and collectables."
            else:
                break
            if end < n and doc[end].is_lower and doc[end].pos_ in ("NOUN", "PROPN"):
                break  # "... care home": more of a longer name, or a thing
            if _locked(doc, right, end, inside_ok=True) or any(
                e.start < right or e.end > end for e in _overlapping(doc, right, end)
            ):
                break
            _set_entity(doc, right, end, "ORG", CONTEXT_ID)
            break


def _more_after_and(doc: Any, i: int) -> bool:
    """Whether "and" at `i` and one lower-case word end what is said ("... and collectables.")."""
    return (
        i + 2 < len(doc)
        and doc[i].lower_ == "and"
        and doc[i + 1].is_lower
        and doc[i + 1].is_alpha
        and not doc[i + 1].is_stop
        and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
        and doc[i + 2].is_punct
    )


# Words that may open a local paper's name with its place: "the manchester evening news".
PAPER_OPENERS = frozenset({"and", "evening", "daily", "sunday", "weekly"})


def _lower_papers_one_is_from(doc: Any) -> None:
    """ "somebody from the telegraph and argus", "rang the bristol post": a local paper said
    in lower case, a paper's last word after a place's word or another paper's word, is the
    paper as a body when one is from it, rings it or works there (what one reads or buys is a
    thing, `things._papers_read_or_bought`); not "the bristol post office"."""
    from .things import PAPERS

    places = lexicon.place_words()
    for t in doc:
        if not (t.is_lower and t.lower_ in PAPERS):
            continue
        start = t.i
        while (
            start > 0
            and t.i - start < 4
            and doc[start - 1].is_lower
            and (
                doc[start - 1].lower_ in places
                or doc[start - 1].lower_ in PAPERS
                or doc[start - 1].lower_ in PAPER_OPENERS
            )
        ):
            start -= 1
        while start < t.i and doc[start].lower_ in PAPER_OPENERS - {"evening", "daily"}:
            start += 1
        if start == t.i or start == 0:
            continue
        lead = start - 1 - (doc[start - 1].lower_ == "the" and start > 1)
        if doc[lead].lower_ not in BODY_LEADS | RANG_OR_WROTE | {"for", "chase", "ask"}:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN"):
            continue  # "the bristol post office"
        # the NER's guesses inside it give way ("gazette" as someone), nothing else
        if any(
            e.start < start or e.end > t.i + 1 or e.ent_id_ or e.label_ not in ("ORG", "PERSON")
            for e in _overlapping(doc, start, t.i + 1)
        ):
            continue
        _set_entity(doc, start, t.i + 1, "ORG", CONTEXT_ID)


def _another_kind(w: Any) -> bool:
    """A body of its own kind, or a word of where or who, that no trade joins on to."""
    low = w.lower_
    return low in LOWER_INSTITUTIONS or low in APPOSITIVE_ORG_HEADS or low in NOT_A_TRADING_WORD


def _trades_joined_onto_a_firm(doc: Any) -> None:
    """ "from kilvey roofing and leadwork was there", "booked hendersons plumbing and
    heating": a firm's name found in lower case up to its trade's word goes on over "and" and
    a second trade said right after it, when nothing of a noun follows; not over a first
    name, a body of another kind or a place ("the food bank and church", "brookside plumbing
    and dave")."""
    trades, firsts = _trade_words(), lexicon.first_names()
    for e in list(doc.ents):
        end = e.end
        if (
            e.label_ != "ORG"
            or e.ent_id_ == VOCAB_ID
            or len(e) < 2
            or e.text.lower() in lexicon.listed_org_names()
            or not e[-1].is_lower
            or e[-1].lower_ not in trades
            or e[0].lower_ in trades
            or end + 2 > len(doc)
            or doc[end].lower_ not in ("and", "&")
        ):
            continue
        w = doc[end + 1]
        if not (w.is_lower and w.is_alpha and not w.is_stop and len(w) > 3) or _another_kind(w):
            continue
        if w.lower_ in firsts:
            continue
        if w.pos_ not in ("NOUN", "PROPN") or w.lower_ in NAME_CLOSES_AFTER:
            continue  # "for british airways and reckons he can": what he does next
        if end + 2 < len(doc) and doc[end + 2].pos_ == "PRON":
            continue  # "... and thinks she'll": a clause of its own
        if w.lower_ in lexicon.place_words() or w.lower_ in NOT_NAME | ACTION_VERBS | KIN:
            continue
        if end + 2 < len(doc) and doc[end + 2].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            continue  # "kilvey roofing and scaffold poles": the second goes on as a thing
        if _overlapping(doc, end, end + 2):
            continue
        _set_entity(doc, e.start, end + 2, "ORG", e.ent_id_)


def _lower_names_run_on_to_a_plural_kind(doc: Any) -> None:
    """ "the nurse at hexford university hospitals", "a letter from dunmore teaching
    hospitals": a lower-case name cut at its institution's word ("hexford university") runs
    on over that kind said in the plural right after it, the trust that runs several; not
    onto a word another name holds, nor one that opens a noun after it ("the university
    schools team")."""
    kinds = LOWER_INSTITUTIONS | org_suffixes()
    for e in list(doc.ents):
        end = e.end
        if e.label_ != "ORG" or not e[-1].is_lower or end >= len(doc):
            continue
        t = doc[end]
        if not (
            t.is_lower
            and t.lower_.endswith("s")
            and t.lower_[:-1] in kinds
            and not _overlapping(doc, end, end + 1)
            and (end + 1 == len(doc) or doc[end + 1].pos_ not in ("NOUN", "PROPN"))
        ):
            continue
        _set_entity(doc, e.start, end + 1, "ORG", e.ent_id_)


@functools.cache
def _one_word_places() -> frozenset[str]:
    """Towns, counties and authorities named in one word, lower case ("devon", "stoke")."""
    named = (*lexicon.places(), *lexicon.authorities(), *lexicon.settlements())
    return frozenset(n.lower() for n in named if " " not in n)


# What may follow a hospital said short as "the Royal": nothing that goes on as a noun.
_AFTER_A_BARE_NAME = {"PUNCT", "ADP", "ADV", "AUX", "VERB", "CCONJ", "SCONJ", "PRON", "PART"}


# The part of a day or week a time is said by: "at the Royal that morning", "this week".
_TIMES_OF = frozenset({
    "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year",
    *WEEKDAY_NUMBER,
})  # fmt: skip


def _a_time_said(doc: Any, i: int) -> bool:
    """ "that morning", "this week", "next Tuesday" from token i: when something happens,
    read from the words whether or not the NER saw a time there."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in ("that", "this", "next", "last", "every")
        and doc[i + 1].lower_ in _TIMES_OF
    )


def _royals_said_short(doc: Any) -> None:
    """ "at the royal, eye clinic", "a letter from the royal devon", "the Royal Stoke's
    physio team": "royal" after "the", alone or before one place's name, that no noun
    follows, is a hospital said short ("the Royal Berkshire", "the Royal Preston") in any
    case; "the royal wedding", "the Royal Mail van", "the royal borough" stay as they are.
    "the royal devon and exeter" is said whole."""
    places = _one_word_places()
    for t in doc:
        if t.lower_ != "royal" or t.i == 0 or doc[t.i - 1].lower_ != "the":
            continue
        end = t.i + 1
        if end < len(doc) and doc[end].lower_ in places and doc[end].is_alpha:
            end += 1
            if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].lower_ in places:
                end += 2  # "the royal devon and exeter"
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and not (
            nxt.pos_ in _AFTER_A_BARE_NAME
            or nxt.text in ("'s", "’s")
            or nxt.ent_type_ in ("DATE", "TIME")
            or _a_time_said(doc, end)
        ):
            continue
        if any(e.label_ not in ("GPE", "LOC", "ORG") for e in _overlapping(doc, t.i, end)):
            continue
        if any(e.start < t.i or e.end > end for e in _overlapping(doc, t.i, end)):
            continue  # inside a longer name ("the Royal Free London")
        _set_entity(doc, t.i, end, "ORG")


# Nouns a business is given its name after: "the place is called vantastic", "his catering
# business, pind to plate he's calling it" (a person's word, an app's or a pet's are not).
NAMED_BUSINESSES = frozenset(APPOSITIVE_ORG_HEADS - {"brand", "group", "side", "team", "band"}) | {
    "place", "venue", "van", "stall", "takeaway", "catering", "cafe",
}  # fmt: skip

# How a speaker gives a business's name: "calling it", "called", "named", "renamed".
NAMING_VERBS = frozenset({"call", "name", "rename"})

# Words that close a name the speaker gives: "it's smoke and suya now", "... , not the Bike
# Doctor", "... he's calling it".
GIVEN_CLOSES = frozenset({"now", "not", "instead", "then", "again"})


def _trading_names_given(doc: Any) -> None:
    """A business's name the speaker gives in lower case ("the place is called vantastic",
    "pind to plate he's calling it", "he's changed it again, it's smoke and suya now", "the
    Bike Doctor, no, it's spokes and sprockets, not ..."): words after "called" or "named"
    when a business's noun comes before in the sentence; words before "he's calling it"; and
    words after "it's" that correct a name, in a sentence that names or renames something or
    right after an organisation and "no" or "sorry". The words must close there and have a
    trading name's shape (`_trading_name`: joined by "and" or "to", or a coined word; two or
    three plain words after a business's noun); "a guy called jamal", "an app called
    splitwise", "it's fine now" and "it's fish and chips now" name no business."""
    for t in doc[:-1]:
        low = t.lower_
        span: tuple[int, int] | None = None
        plain = False
        if low in ("called", "named", "calling") and t.i > 0:
            start = t.i + 1 + (low == "calling" and doc[t.i + 1].lower_ == "it")
            if start < len(doc) and doc[start].lower_ == "the":
                start += 1
            end = _lower_name_end(doc, start)
            if _business_before(doc, t.i) is None and not _business_after(doc, end):
                continue
            span, plain = (start, end), True
        elif low in ("it's", "its", "'s", "’s", "is") and _correcting_it(doc, t.i):
            start = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "called")
            span = (start, max(_lower_name_end(doc, start), _joined_firm_end(doc, start)))
        elif low in IS_ARE and _business_named(doc, t.i):
            # "the agency's hafan homecare", "the caterers are zafran and sons": the kind of
            # business, then what it is
            start = t.i + 1 + (doc[t.i + 1].lower_ == "the")
            # "'s" before no "the" may be whose ("the café's cake stall,"): only a name's
            # own shape (coined or joined) and a closing comma say it is what the kind is
            owned = low in ("'s", "’s") and start == t.i + 1
            if (firm := _joined_firm_end(doc, start)) > start:
                if not _overlapping(doc, start, firm) and not (owned and not doc[firm].is_punct):
                    _set_entity(doc, start, firm, "ORG", CONTEXT_ID)
                continue
            end = _lower_name_end(doc, start)
            if owned and not (end < len(doc) and doc[end].is_punct):
                continue
            span, plain = (start, end), not owned
        elif low in ("he", "she", "they", "we", "i") and _calling_it_after(doc, t.i):
            end = t.i
            start = end
            while (
                start > 0
                and end - start < 4
                and (
                    _lower_name_word(doc[start - 1])
                    or (doc[start - 1].lower_ in LOWER_JOINS and start - 1 > 0 and start < end)
                )
            ):
                start -= 1
            if start == 0 or not (doc[start - 1].is_punct or doc[start - 1].is_sent_start):
                continue  # "his catering business, pind to plate he's calling it"
            span, plain = (start, end), _business_before(doc, start) is not None
        if span is None or span[1] <= span[0] or span[1] - span[0] > 5:
            continue
        start, end = span
        if end - start == 5 and _joined_firm_end(doc, start) != end:
            continue  # five words only for a firm's name joined by "and"
        if end < len(doc) and not (
            doc[end].is_punct
            or doc[end].lower_ in GIVEN_CLOSES | NAME_CLOSES_AFTER
            or doc[end].pos_ in ("PRON", "ADP", "SCONJ", "CCONJ")
        ):
            continue
        if not doc[start].is_lower:
            continue
        if not (
            _trading_name(doc, start, end, plain=plain)
            or _joined_firm_end(doc, start) == end  # "no its tamar and lyn credit union"
            or (plain and low in ("called", "named") and _named_for_a_trade(doc, start, end))
        ):
            continue
        if any(
            e.start < start or e.end > end or e.ent_id_ or e.label_ not in ("ORG", "PERSON")
            for e in _overlapping(doc, start, end)
        ):
            continue
        _set_entity(doc, start, end, "ORG", CONTEXT_ID)


def _named_for_a_trade(doc: Any, start: int, end: int) -> bool:
    """ "a firm called coastline scaffolding": after a business's noun and "called", two or
    three plain words that end in a trade's word are the firm's name (`_trading_name` asks
    more of a plain name, which may be a kind said anywhere)."""
    low = [t.lower_ for t in doc[start:end]]
    return (
        2 <= len(low) <= 3
        and low[-1] in _trade_words()
        and low[0] not in GENERIC_FIRST_WORDS | SCHOOLING | DESCRIBED | TRADE_OBJECTS
        and not any(x in lexicon.first_names() or x in KIN for x in low)
        and not _locked(doc, start, end, inside_ok=True)
    )


# What joins a business's kind to its name: "the agency's hafan homecare".
IS_ARE = frozenset({"is", "'s", "’s", "are", "was", "were"})


def _business_named(doc: Any, i: int) -> bool:
    """Whether "is" or "are" at `i` follows a business's kind said with "the" or someone's
    ("the agency's", "our caterers are"), so what comes next names it."""
    if i < 2 or i + 2 >= len(doc):
        return False
    kind, det = doc[i - 1], doc[i - 2]
    plural_trade = kind.lower_.endswith("s") and _role_word(kind.lower_[:-1])
    return (
        kind.is_lower
        and kind.pos_ == "NOUN"
        and (kind.lower_ in NAMED_BUSINESSES or plural_trade)
        and det.lower_ in ("the", "our", "their", "his", "her", "my")
    )


def _business_before(doc: Any, called: int) -> str | None:
    """The business's noun a "called" or "calling it" names, the last lower-case common noun
    before it in its sentence, or in the one before when "it's called" opens its own; None
    when a person's word, an indefinite "someone" or no business's noun comes first."""
    sent = doc[called].sent
    first = sent.start
    if called - first <= 3 and first > 0:
        first = doc[first - 1].sent.start
    clause = next((w.i for w in reversed(doc[first:called]) if w.is_punct), first)
    if any(w.lower_ in PERSON_NOUNS for w in doc[clause:called]):
        return None  # "a woman at the egg stall called bron": she is called so
    for w in reversed(doc[first:called]):
        low = w.lower_
        if not w.is_lower or w.pos_ != "NOUN":
            continue
        if _role_word(low) or low in KIN or low in ("someone", "somebody", "one"):
            return None
        if low in NAMED_BUSINESSES:
            return low
    return None


def _business_after(doc: Any, end: int) -> bool:
    """ "it's going to be called wild thyme, the veg box scheme": a business's noun said
    after the name and a comma, within a few words ("the", describing words between)."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for w in doc[end + 1 : end + 6]:
        if w.is_punct or not w.is_lower:
            return False
        if w.lower_ in NAMED_BUSINESSES and w.pos_ == "NOUN":
            return True
    return False


def _correcting_it(doc: Any, i: int) -> bool:
    """ "no, sorry, it's ...", "he's changed it again, it's ... now": "it's" at `i` gives a
    name in place of another, after "no" or "sorry" with an organisation just before, or in a
    sentence that names or renames a thing."""
    whole = doc[i].lower_ in ("it's", "its")  # Whisper drops the apostrophe
    if not whole and (i == 0 or doc[i - 1].lower_ != "it"):
        return False
    k = i - (not whole) - 1
    while k >= 0 and i - k < 5 and (doc[k].is_punct or doc[k].lower_ in CORRECTIONS | {"um", "er"}):
        k -= 1
    corrected = any(doc[j].lower_ in ("no", "sorry") for j in range(k + 1, i))
    if corrected and any(e.label_ == "ORG" and k - 6 < e.end - 1 <= k for e in doc.ents):
        return True
    sent = doc[i].sent
    return any(
        w.lemma_.lower() in NAMING_VERBS or w.lower_ in ("renamed", "changed")
        for w in doc[doc[sent.start - 1].sent.start if sent.start > 0 else 0 : i]
    )


def _calling_it_after(doc: Any, i: int) -> bool:
    """ "he's calling it", "they're calling it", "she calls it": a pronoun at `i`, a verb
    of naming and "it" closing the clause."""
    k = i + 1
    if k < len(doc) and doc[k].lower_ in ("'s", "’s", "'re", "’re", "is", "are", "'m", "am"):
        k += 1
    return (
        k + 1 < len(doc)
        and doc[k].lemma_.lower() in NAMING_VERBS
        and doc[k + 1].lower_ == "it"
        and (k + 2 >= len(doc) or doc[k + 2].is_punct or doc[k + 2].lower_ in ("now", "and"))
    )


# Words for "little" that open a small place's own name: "wee bothy nursery".
LITTLE = {"wee", "little"}


def _lower_names_cut_at_their_start(doc: Any) -> None:
    """ "rang corriston and vale lettings", "the fees, wee bothy nursery,": a lower-case firm's
    name cut to its end by the rules that found it ("vale lettings", "bothy nursery") runs back
    over a name's word joined by "and" right after a lead, a comma or the sentence's start
    (a word no dictionary has, or a noun or a name the tagger read, no kind, trade or first
    name: "the kids and youth club" stays a club), and over "wee" or "little" before a word
    no dictionary has. "the plumbers and kent plumbing" has no lead before "plumbers"."""
    words = heard.dictionary(load_nlp()).words
    firsts = lexicon.first_names()
    kinds = GENERIC_FIRST_WORDS | _trade_words() | TRADE_OBJECTS | WHO_FOR | DESCRIBED | SCHOOLING
    for e in list(doc.ents):
        if e.label_ != "ORG" or not e[0].is_lower or not e[-1].is_lower or len(e) > 4:
            continue
        s = e.start
        if (
            s >= 2
            and doc[s - 1].lower_ == "and"
            and (w := doc[s - 2]).is_lower
            and w.is_alpha
            and not w.is_stop
            and w.ent_type_ in ("", "GPE", "LOC")
            and w.pos_ in ("NOUN", "PROPN", "ADJ")
            and w.lower_ not in kinds | KIN | NOT_NAME | ACTION_VERBS | firsts
            and e[-1].lower_ in _trade_words()
            and (s == 2 or doc[s - 3].is_punct or doc[s - 3].lower_ in TRADE_LEADS | {"the"})
        ):
            _set_entity(doc, s - 2, e.end, "ORG", GAZETTEER_ID)
            continue
        if (
            s >= 1
            and doc[s - 1].lower_ in LITTLE
            and doc[s - 1].is_lower
            and len(e) >= 2
            and e[0].lower_ not in words | firsts
            and e[-1].lower_ in _trade_words() | LOWER_INSTITUTIONS
            and not (s >= 2 and doc[s - 2].lower_ in INDEFINITE)
        ):
            _set_entity(doc, s - 1, e.end, "ORG", GAZETTEER_ID)


# Kinds of body named "... of" a nation or a place: "the books council of wales", "the
# football association of wales", "the royal society of edinburgh".
OF_A_PLACE_KINDS = frozenset({"council", "association", "society", "federation", "union"})


def _bodies_named_of_a_place(doc: Any) -> None:
    """ "it's the books council of wales now", "the football association of wales": "the",
    one or two words of a name, a kind of body, "of" and a place's name (one to three words,
    listed or read as a place) are one body's name, said in any case. "the council of
    europe" needs its capitals; "the town council" and "the council of the city" name none."""
    area = lexicon.place_words() | _authority_words()
    for t in doc[2:-2]:
        if t.lower_ not in OF_A_PLACE_KINDS or doc[t.i + 1].lower_ != "of":
            continue
        end = t.i + 2
        while (
            end < len(doc)
            and end - t.i - 2 < 3
            and doc[end].is_alpha
            and (doc[end].lower_ in area or doc[end].ent_type_ in ("GPE", "LOC"))
        ):
            end += 1
        if end == t.i + 2 or (end < len(doc) and doc[end].is_title and not doc[end].is_sent_start):
            continue
        start = t.i
        while start > 0 and t.i - start < 2:
            w = doc[start - 1]
            if not w.is_alpha or w.is_stop or w.lower_ in DESCRIPTIVE | NOT_NAME | KIN:
                break
            start -= 1
        if start == t.i or doc[start - 1].lower_ != "the":
            continue
        if any(x.start < start or x.end > end for x in _overlapping(doc, start, end)):
            continue
        if _locked(doc, start, end, inside_ok=True):
            continue
        _set_entity(doc, start, end, "ORG", CONTEXT_ID)


# Words that open what a body is, said after its name: "..., it's a charity", "..., they're a
# firm", "..., a local charity".
WHAT_IT_IS = (("it", "'s"), ("it", "’s"), ("it", "is"), ("they", "'re"), ("they", "’re"))
# Words inside a body's name said in plain words: "carers in bedfordshire", "friends of ...".
PLAIN_NAME_JOINS = frozenset({"in", "of", "and", "for"})


def _bodies_said_to_be_one(doc: Any) -> None:
    """ "she's referring us to carers in bedfordshire, it's a charity, they'll ring": plain
    lower-case words after a lead ("to", "from", "with", "at", "for") that the speaker says
    are a charity, a firm or another kind of body (", it's a charity") are that body's name.
    "took him to the park, it's a charity thing" has a determiner, no name, before it."""
    for t in doc[3:-3]:
        if t.text != "," or tuple(w.lower_ for w in doc[t.i + 1 : t.i + 3]) not in WHAT_IT_IS:
            continue
        k = t.i + 3
        if k < len(doc) and doc[k].lower_ in ("a", "an"):
            k += 1
        while k < len(doc) and doc[k].lower_ in DESCRIPTIVE | {"small", "national"}:
            k += 1
        if k >= len(doc) or doc[k].lower_ not in APPOSITIVE_ORG_HEADS:
            continue
        if k + 1 < len(doc) and doc[k + 1].is_alpha and doc[k + 1].pos_ == "NOUN":
            continue  # "it's a charity thing", "it's a council scheme"
        end = start = t.i
        while start > 0 and end - start < 5:
            w = doc[start - 1]
            inside = w.lower_ in PLAIN_NAME_JOINS and start < end
            if not (
                inside
                or (
                    w.is_lower
                    and w.is_alpha
                    and not w.is_stop
                    and w.pos_ in ("NOUN", "PROPN", "ADJ")
                    and w.lower_ not in KIN | NOT_NAME | ACTION_VERBS
                )
            ):
                break
            start -= 1
        while start < end and doc[start].lower_ in PLAIN_NAME_JOINS:
            start += 1
        if start == end or start == 0 or doc[start - 1].lower_ not in BODY_LEADS | {"for"}:
            continue
        if _overlapping(doc, start, end) and not all(
            not e.ent_id_
            and e.label_ in ("ORG", "PERSON", "GPE", "LOC")
            and e.start >= start
            and e.end <= end
            for e in _overlapping(doc, start, end)
        ):
            continue
        if end - start == 1 and not _coined(doc[start]):
            continue  # "gave it to charity, it's a ..."
        _set_entity(doc, start, end, "ORG", CONTEXT_ID)


# Words that may open a clause before a firm's name said first: "so", "also", "right".
FIRM_OPENERS = {"so", "also", "right", "ok", "okay", "and", "then", "oh", "um", "er", "well"}


def _coined_firms_opening_a_clause(doc: Any) -> None:
    """ "swiftline vans out at nine", "trueform builders, but everyone calls him Jim",
    "brookside plumbing finally sent the invoice": one or two lower-case words before a trade's
    word, opening a sentence or a clause (after a comma or a word like "so"), are a firm's
    own name when one of them is coined or a place's word (no dictionary has it) and a verb
    or a comma follows; "kitchen fitters came" and "the big shop" have no such word."""
    words, places = heard.dictionary(load_nlp()).words, lexicon.place_words()
    firsts = lexicon.first_names()
    trades = _trade_words()
    for t in doc:
        if not (t.is_lower and t.lower_ in trades) or t.i == 0 or _overlapping(doc, t.i, t.i + 1):
            continue
        end = t.i + 1
        if end < len(doc) and doc[end].lower_ in trades and doc[end].is_lower:
            continue  # "van hire": the last trade's word takes the whole
        k = t.i
        while k > 0 and t.i - k < 2:
            w = doc[k - 1]
            if not (w.is_lower and w.is_alpha and not w.is_stop) or w.lower_ in FIRM_OPENERS:
                break
            k -= 1
        if k == t.i or _overlapping(doc, k, t.i):
            continue
        if k > 0 and not (doc[k - 1].is_punct or doc[k - 1].lower_ in FIRM_OPENERS):
            continue
        if k > 1 and doc[k - 1].lower_ == "and" and not doc[k - 2].is_punct:
            continue  # "kate and blue plumbing": "and" inside a sentence joins
        name = doc[k : t.i]
        if not any(
            (w.lower_ in places or not {w.lower_, w.lemma_.lower()} & words)
            and w.lower_ not in firsts
            and len(w) > 3
            for w in name
        ):
            continue
        if name[0].lower_ in TRADE_OBJECTS or any(
            w.lower_ in KIN | NOT_NAME | DESCRIPTIVE for w in name
        ):
            continue
        nxt = doc[end] if end < len(doc) else None
        if nxt is None or not (
            nxt.text == ","
            or nxt.pos_ in ("VERB", "AUX")
            or (nxt.pos_ == "ADV" and nxt.lower_ not in ("here", "there"))
            or nxt.lower_ in ("out", "are", "is", "have", "has")
        ):
            continue
        _set_entity(doc, k, end, "ORG", GAZETTEER_ID)


# Words that may open a clause before a body said bare as its subject: "if sunrise wellbeing
# want a stall", "Sipho says priory athletic's do is on", "and hornbeam housing want it back".
SUBJECT_OPENERS = FIRM_OPENERS | {"if", "maybe", "when", "because", "but", "or", "that"}

# Kinds said bare as a subject of an everyday activity ("chess club is on", "finance team
# want it"), never a body's name by that alone.
ACTIVITY_HEADS = frozenset(PART_HEADS) | {
    "club", "group", "class", "classes", "choir", "band", "team", "school", "session",
    "practice", "lessons", "service", "night", "morning", "day",
} | {
    # services said by what is done ("debt management want", "bike hire's cheaper")
    "management", "finance", "insurance", "hire", "control", "support", "repairs",
}  # fmt: skip


def _bodies_said_bare_as_a_subject(doc: Any) -> None:
    """ "if sunrise wellbeing want a stall", "and hornbeam housing want the tenancy signed",
    "Sipho says priory athletic's night is the fourteenth": one to three lower-case words
    before a firm's or an institution's word said in the singular, with no article or
    possessive before them, are a body's own name where the body does what a body does: a
    plural verb after a singular kind (British speech makes a body plural: "want", "need",
    "have"), a verb of getting in touch ("rang", "emailed", "sent"), or its "'s" and a
    noun. "contents insurance is due", "life insurance pays out", "car hire can't do it",
    "kitchen fitters came", "chess club is on" and "the care home want" name no body."""
    trades = _trade_words() | LOWER_INSTITUTIONS | SECTOR_INSTITUTIONS
    firsts = lexicon.first_names()
    nouns, verbs = heard.dictionary(load_nlp()).nouns, heard.dictionary(load_nlp()).verbs
    kinds = (
        (GENERIC_FIRST_WORDS | TRADE_OBJECTS | WHO_FOR | DESCRIBED | SCHOOLING | KIN | NOT_NAME)
        | EVENT_NOUNS
        | ACTION_VERBS
        | SAYS_WORDS
        | trades
    )

    def name_word(w: Any) -> bool:
        lemma = w.lemma_.lower()
        stem = w.lower_[:-3]
        if w.lower_.endswith("ing") and {lemma, stem, stem + "e", stem[:-1]} & verbs:
            return False  # "nursing care", "cleaning services": what is done, a kind
        if _coined(w) or w.pos_ in ("NOUN", "PROPN"):
            return True
        # a noun the tagger took for a verb ("bobbins"), not a verb's form ("says")
        return bool(_forms(w) & nouns) and lemma not in verbs

    for t in doc[1:-1]:
        low = t.lower_
        if not t.is_lower or low not in trades or low in ACTIVITY_HEADS:
            continue
        if low.endswith("s") and t.lemma_.lower() != low:
            continue  # "kitchen fitters came": a plural kind said bare is a kind
        # the NER's own guess at the same name, whatever its label, is no other name
        ner = [e for e in _overlapping(doc, t.i, t.i + 1) if e.end == t.i + 1 and not e.ent_id_]
        if _overlapping(doc, t.i, t.i + 1) != ner or not _a_body_doing(doc, t.i + 1):
            continue
        start = t.i
        while start > 0 and t.i - start < 3:
            w = doc[start - 1]
            if not (
                w.is_lower
                and w.is_alpha
                and not w.is_stop
                and w.lower_ not in kinds | firsts
                and name_word(w)
            ):
                break
            start -= 1
        if start == t.i or any(e not in ner for e in _overlapping(doc, start, t.i)):
            continue
        if any(e.start < start for e in ner):
            continue  # the NER read a longer name
        before = doc[start - 1] if start > 0 else None
        if before is not None and not (
            before.is_punct or before.lower_ in SUBJECT_OPENERS or before.lower_ in SAYS_WORDS
        ):
            continue
        _set_entity(doc, start, t.i + 1, "ORG", GAZETTEER_ID)


# Saying verbs after which a clause opens: "Sipho says priory athletic's night is on".
SAYS_WORDS = frozenset({"says", "said", "reckons", "thinks", "told", "tells"})

# Verbs of a body getting in touch, said after it: "bluebird lettings rang back".
GOT_IN_TOUCH = RANG_OR_WROTE | {"sent", "wrote", "replied", "confirmed", "called", "rung"}


def _a_body_doing(doc: Any, i: int) -> bool:
    """Whether what follows a kind's word at `i` says a body does it: a plural verb of the
    present ("want", "need", "have", "say"; not "are", said of things too), a verb of
    getting in touch, or "'s" and a noun ("priory athletic's presentation night")."""
    if i >= len(doc):
        return False
    t = doc[i]
    if t.text in ("'s", "’s"):
        return i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower
    if t.lower_ in GOT_IN_TOUCH and t.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return t.tag_ == "VBP" and t.lower_ not in ("are", "'re", "’re", "do", "is") and t.is_lower
