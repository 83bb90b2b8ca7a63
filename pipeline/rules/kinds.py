"""Organisations whose own name says what they are, by a naming convention the patterns in
`nlp.py` cannot reach: a kind word at the end of a capitalised name that runs past three
words or over a plural possessive ("East Acre Pensioners' Forum", "Queen's Park Hill Parish
Church"), a kind said in two words whose last alone is a place ("Millbrook Health Centre"),
a trading name that goes on with "and" after its kind ("Hollin Timber and Trim"), Welsh or
Scots names that open or end with their kind ("Capel Bethel", "Ysgol Gyfun ...", "Govan Old
Kirk"), and a national body named for its nation ("Arts Council England"). A Welsh festival
("the Gymanfa") is an event, not an organisation; a section of the guiding or scouting
movements said alone ("Brownies tonight") is the weekly meeting, and a school year ("his Year
Sixes", "the S3s") is a class of children.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..entities import GAZETTEER_ID, NOT_NAME, VOCAB_ID
from ..lexicon import ACTION_VERBS, TITLES, org_suffixes
from .spans import _clear_entities, _locked, _set_entity
from .words import RACES_AND_FESTIVALS, _english_words, _opened_by_a_past_verb

# Two words that name a kind of organisation whose last word alone is a building or a place:
# "Lakeside Health Centre" is a surgery, "Elm Road Day Centre" a service.
KIND_PAIRS = {
    ("health", "centre"), ("medical", "centre"), ("care", "centre"), ("day", "centre"),
    ("carers", "centre"), ("islamic", "centre"), ("advice", "centre"), ("family", "centre"),
    ("resource", "centre"), ("health", "center"), ("medical", "center"),
    ("home", "support"), ("carers", "support"), ("family", "support"),
    # local public services by what they do ("Camden Memory Service"), where a "service"
    # alone may be a church's or a remembrance one
    ("memory", "service"), ("memory", "clinic"), ("advocacy", "service"),
    ("advice", "service"), ("counselling", "service"), ("wellbeing", "service"),
    ("reablement", "service"), ("visiting", "service"),
    # a dental lab makes crowns for dentists: a business, where "the lab" is a room
    ("dental", "lab"), ("dental", "labs"), ("dental", "laboratory"),
    ("dental", "laboratories"),
}  # fmt: skip

# Kind words trusted only with a capital: "Elm Cycles", "Cardiff Bus", "Ivory Movers", "the
# Thamesmead Friendship Circle" are named so, but "the Cardiff bus" and "the Peabody repairs
# officer" are a bus and a team (the data's suffixes count in lower case too).
CAPITAL_KINDS = {"movers", "bus", "buses", "cycles", "repairs", "circle"}

# Welsh and Scots Gaelic words that open an organisation's name: a chapel, a school, a
# church, a college, a hospital, a surgery, a Welsh-medium playgroup, a Welsh-language body;
# and the places of worship named kind first ("Masjid Al-Hikmah", "Gurdwara Sahib Leeds").
# (`entities.KIND_FIRST` holds those whose name is also said without the kind word.)
OPENING_KINDS = {
    "capel", "ysgol", "eglwys", "coleg", "prifysgol", "ysbyty", "meddygfa", "cylch", "menter",
    "sgoil", "eaglais", "urdd", "masjid", "gurdwara", "mandir",
    # a council, a centre, a club, a society, a union, a company ("Cyngor Sir ...",
    # "Canolfan ...", "Clwb Rygbi ...", "Cymdeithas ...", "Undeb ...", "Cwmni ...")
    "cyngor", "canolfan", "clwb", "cymdeithas", "undeb", "cwmni",
    # a Welsh choir ("Côr Meibion ...", a male voice choir) and a choir of singers
    # ("Cantorion ..."), which the NER takes for someone
    "côr", "cor", "cantorion",
}  # fmt: skip

# "through Capel Curig", "near Ysbyty Ifan": villages named for a chapel or a hospital,
# after a word of going through or past somewhere (not "in": "she's in Ysgol ..." is a school).
PLACE_PREPS = {"near", "through", "outside", "towards", "past", "above", "below"}
VILLAGE_KINDS = {"capel", "ysbyty"}

# The Scots "kirk" ends a church's name ("Govan Old Kirk"), but is a first name as well
# ("Kirk Dawson"), so it is trusted only after a word that is no first name.
SCOTS_ENDS = {"kirk"}

# Welsh and Scots gatherings the NER takes for an organisation: a hymn-singing festival, an
# eisteddfod, a ceilidh.
FESTIVALS = {"gymanfa", "eisteddfod", "ceilidh", "noson", "mod", "mòd"}

POSSESSIVES = ("'s", "’s", "'", "’")

# The age sections of Girlguiding and the Scouts. Said alone they are the weekly meeting or
# the children in it ("Brownies tonight", "the Cubs party"); the organisation is a numbered
# group ("1st Hollowfield Brownies") or the movement ("Girlguiding", "the Scouts"). Not
# "Rainbows": a children's hospice charity is called that too.
SECTIONS = {"brownies", "guides", "squirrels", "beavers", "cubs"}

# School years said as a group of children: "Year Sixes", "year 7", "the S3s", "P7s".
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen",
}  # fmt: skip
YEAR_GROUP = re.compile(
    r"(?:the\s+)?(?:(?:year|yr)s?\s+(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")(?:e?s)?"
    r"|[sp][1-7]s?|reception)",
    re.IGNORECASE,
)

# A team or a section inside a club, named by its level and what it is: "the Ladies Team",
# "the Development Squad", "the Youth Section", "the First Eleven", "the 2nd XV". A club is
# named for its place or founder ("Kinder Mountain Rescue Team", "Burslem Juniors"), never by
# a level alone.
TEAM_LEVELS = {
    "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "junior", "senior",
    "youth", "ladies", "ladies'", "women's", "womens", "men's", "mens", "veterans", "vets",
    "development", "reserve", "reserves", "girls", "girls'", "boys", "boys'", "mixed",
    "masters", "performance", "beginners", "improvers", "intermediate", "advanced", "under",
    "a", "b", "c",
}  # fmt: skip
TEAM_ENDS = {"team", "teams", "squad", "section", "eleven", "xi", "xv", "side", "fifteen"}
# A team by the age its players are under: "the Under Twelves", "Eiryth's under nines",
# "Sophie's under 9s"; and said short, "the U12s".
AGE_GROUP = re.compile(
    r"(\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen)(e?s)?"
)
U_AGE = re.compile(r"u\d{1,2}s?", re.IGNORECASE)
# What a school year does together: "P5 Choir", "the Year Ten Netball", "P5 to P7".
YEAR_THINGS = {
    "choir", "class", "classes", "team", "netball", "football", "rugby", "hockey", "cricket",
    "band", "orchestra", "assembly", "trip", "residential", "group", "girls", "boys",
    "parents", "play", "show", "concert", "nativity", "to", "and", "teacher", "teachers",
}  # fmt: skip

# A nation after a kind word names the national body: "Arts Council England", "Men's Sheds
# Cymru", "Hockey Club Wales".
NATIONS = {"cymru", "wales", "scotland", "england", "uk", "alba"}

# Most words a name may hold before its kind word.
LONGEST = 5


def _name_word(t: Any) -> bool:
    return t.is_title and t.is_alpha


def _kind_at(doc: Any, i: int) -> int:
    """How many words the kind ending at token i has (0: none): "Surgery", "Health Centre"."""
    t = doc[i]
    if not t.is_title:
        return 0
    if i > 0 and doc[i - 1].is_title and (doc[i - 1].lower_, t.lower_) in KIND_PAIRS:
        return 2
    if t.lower_ in SCOTS_ENDS:
        before = doc[i - 1] if i > 0 else None
        ok = before is not None and _name_word(before)
        return 1 if ok and before.lower_ not in lexicon.first_names() else 0
    return 1 if t.lower_ in org_suffixes() | CAPITAL_KINDS else 0


def _runs(doc: Any) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words, possessives ("Queen's", "Pensioners'") inside."""
    runs = []
    i = 0
    while i < len(doc):
        if not _name_word(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (
            _name_word(doc[j])
            or (doc[j].text in POSSESSIVES and j + 1 < len(doc) and _name_word(doc[j + 1]))
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _opening(doc: Any, start: int) -> int:
    """The first word of the name in a run from `start`: past a verb, a title or "The", or a
    memo's first word that is a verb in the past ("Chased Enfield Council Housing Repairs")."""
    never = ACTION_VERBS | TITLES | NOT_NAME | {"the"}
    while start < len(doc) and (doc[start].lower_ in never or _opened_by_a_past_verb(doc[start])):
        start += 1
    return start


def _and_more(doc: Any, end: int) -> int:
    """ "Hollin Timber and Trim": one more capitalised word after "and", an ordinary word
    (nobody's name, no place, no other entity), ends the trading name."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return end
    t = doc[end + 1]
    if (
        not _name_word(t)
        or t.lower_ not in _english_words()
        or t.ent_type_
        or t.lower_ in lexicon.first_names() | lexicon.place_words() | NOT_NAME
        or t.lower_ in ACTION_VERBS
        or (end + 2 < len(doc) and doc[end + 2].is_title)
    ):
        return end
    return end + 2


def _named_for_their_kind(doc: Any) -> None:
    """Capitalised names that end in a kind of organisation (or, in Welsh, open with one) are
    organisations, however long, whatever the NER or a place inside them said."""
    for start, end in _runs(doc):
        first = _opening(doc, start)
        if first < end and doc[first].lower_ in OPENING_KINDS and end - first >= 2:
            if first > 0 and doc[first - 1].lower_ in PLACE_PREPS:
                if doc[first].lower_ in VILLAGE_KINDS and not _locked(doc, first, end):
                    _set_entity(doc, first, end, "GPE")  # "drove through Capel Curig"
            else:
                _claim(doc, first, end, welsh=True)
            continue
        for k in range(end - 1, first, -1):
            size = _kind_at(doc, k)
            if size and k - size + 1 > first:
                a, b = max(first, k + 1 - size - LONGEST), _and_more(doc, k + 1)
                if _beyond_the_patterns(doc, a, k + 1, size) or b > k + 1:
                    _claim(doc, a, b)
                break


def _beyond_the_patterns(doc: Any, start: int, end: int, size: int) -> bool:
    """Whether the name is one the patterns cannot match: a two-word, Scots or capital-only
    kind, a bare possessive inside, or more than three words before the kind. Any other name
    they would have matched, and a rule after them said it is none ("Mental Health")."""
    span = doc[start:end]
    words = [t for t in span if t.is_alpha]
    return (
        size == 2
        or doc[end - 1].lower_ in SCOTS_ENDS | CAPITAL_KINDS
        or any(t.text in ("'", "’") for t in span)
        or len(words) - size > 3
    )


def _claim(doc: Any, start: int, end: int, *, welsh: bool = False) -> None:
    """Make [start, end) an organisation unless a listed name or the user's word covers part
    of it, a person's name with a title is in it, or it is a listed place as a whole."""
    span = doc[start:end]
    if any(e.start == start and e.end == end and e.label_ == "ORG" for e in doc.ents):
        return
    if _locked(doc, start, end, inside_ok=True):
        return
    if span.text in lexicon.places():
        return  # "Capel Curig" is a village
    for e in doc.ents:
        if e.start < end and start < e.end:
            # (in Welsh "Sir" is a county: "Cantorion Sir Gâr")
            county = welsh and e[0].lower_ == "sir"
            if e.label_ == "PERSON" and e[0].lower_ in TITLES and not county:
                return
            if e.start < start or e.end > end:
                return  # the name runs into another entity: leave both
    if welsh and doc[end - 1].lower_ in FESTIVALS:
        return
    _set_entity(doc, start, end, "ORG")


# Welsh words for a kind of place that open its name: a park, a road, a street, a lane, a
# field, a beach, a lake, a bridge, a mountain, a wood, a river ("Parc Howard", "Heol Tawe",
# "Traeth Mawr"). Not "Bryn" (a hill, and a first name) nor "Cwm" (a valley that opens the
# names of health boards and surgeries).
WELSH_PLACE_KINDS = {
    "parc", "heol", "ffordd", "stryd", "lôn", "maes", "traeth", "llyn", "pont", "mynydd",
    "coed", "afon",
}  # fmt: skip


def _welsh_places_named_kind_first(doc: Any) -> None:
    """ "Fireworks at Parc Howard tonight", "moving to Heol Tawe": capitalised words opened by
    a Welsh kind of place are that place, not someone and not a body, unless a kind of body
    ends them ("Parc Glas Surgery") or the vocabulary or the gazetteer says otherwise."""
    for start, end in _runs(doc):
        if end - start < 2 or doc[start].lower_ not in WELSH_PLACE_KINDS:
            continue
        if doc[end - 1].lower_ in org_suffixes() or _locked(doc, start, end):
            continue
        if any(
            e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC")
            for e in _ents_in(doc, start, end)
        ):
            continue
        _set_entity(doc, start, end, "LOC")


def _ents_in(doc: Any, start: int, end: int) -> list[Any]:
    return [e for e in doc.ents if e.start < end and start < e.end]


def _kinds_named_for_a_language(doc: Any) -> None:
    """ "the panel cares about Latvian school", "the Polish shop on the corner": a
    language (or the people who speak it) before a kind of organisation in lower case says
    which kind, not which one; the NER's guess of a body there is none, and so is one of a
    language "and" another name before a thing ("Somali and Scouse food"). Said with a
    capital the kind is a name ("the Irish Centre")."""
    english = _english_words()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        words = [t for t in e if t.lower_ != "the"]
        if len(words) < 2 or not words[0].is_title or words[0].lower_ not in lexicon.LANGUAGES:
            continue
        rest = words[1:]
        if all(t.is_lower and t.lower_ in english for t in rest) and (
            rest[-1].lower_ in org_suffixes() or rest[-1].lower_ == "shop"
        ):
            _clear_entities(doc, e.start, e.end)
            continue
        # "Somali and Scouse food", "Polish and Latvian shops": the kinds, said before them
        after = doc[e.end] if e.end < len(doc) else None
        if (
            after is not None
            and after.is_lower
            and after.pos_ == "NOUN"
            and any(t.lower_ == "and" for t in rest)
            and all(t.lower_ == "and" or _name_word(t) for t in rest)
        ):
            _clear_entities(doc, e.start, e.end)


def _mod(t: Any) -> bool:
    """ "the MOD", "the MoD": the Ministry of Defence, not the Gaelic festival (the Mod)."""
    return t.text in ("MOD", "MoD")


def _festivals_are_no_organisation(doc: Any) -> None:
    """ "before the Gymanfa", "the Urdd Eisteddfod": a festival is an event. So is a name
    the NER took for a body or someone that a festival, a carnival or a race in lower case
    follows ("a stall at the One Fenwick festival", "the Brenfield carnival"): the
    happening's name, not whoever runs it; a listed body, initials or a name ending in a kind
    of body stay ("the PTA fun day", "the Rotary Club fireworks"), and so does someone
    said without "the" ("Priya's festival")."""
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "PERSON"):
            continue
        if e.label_ == "ORG" and any(t.lower_ in FESTIVALS and not _mod(t) for t in e):
            _set_entity(doc, e.start, e.end, "EVENT")
            continue
        after = doc[e.end] if e.end < len(doc) else None
        start = e.start  # "the One Ashby festival": the NER's person left out "One"
        while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].lower_ != "the":
            start -= 1
        if e.label_ == "PERSON" and (start == 0 or doc[start - 1].lower_ != "the"):
            continue  # someone's festival is said without "the"
        if (
            after is None
            or not after.is_lower
            or after.lower_ not in RACES_AND_FESTIVALS - {"half", "fun"}  # "half ten"
            or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID)
            or any(t.is_upper for t in e)
            or e[-1].lower_ in org_suffixes()
            or e.text.lower() in lexicon.listed_org_names()
        ):
            continue
        _set_entity(doc, start if e.label_ == "PERSON" else e.start, e.end, "EVENT")


# A gathering held for a season, a festival or a cause, named by the occasion and what it is:
# "the Summer Fete", "the Christmas Fair", "Bonfire Night", "the Spring Clean"; and a service
# held in a church or at a memorial ("the Remembrance Service", "the Carol Service"), where
# "the Memory Service" is a clinic.
OCCASIONS = {
    "summer", "winter", "spring", "autumn", "christmas", "xmas", "easter", "halloween",
    "harvest", "bonfire", "burns", "charity", "midsummer", "jubilee", "coronation", "diwali",
    "eid", "valentine's", "valentines", "pancake", "remembrance", "fireworks", "leavers",
    "leavers'", "school", "village", "church", "advent", "hallowe'en", "festive",
    "memorial", "carol", "carols", "funeral", "thanksgiving", "christening", "baptism",
    "sunday", "midnight", "communion", "prayer", "healing", "candlelit", "candlelight",
    "wedding", "dedication", "confirmation", "civic", "commemoration", "nativity", "crib",
    "big", "awards", "presentation",
}  # fmt: skip
# A day or an evening held for what is done at it: "Sports Day", "the Open Day", "Fun Day",
# "Parents' Evening", "the Presentation Evening".
DAYS_HELD = {"day", "evening"}
DAY_OCCASIONS = {
    "sports", "open", "fun", "parents", "parents'", "awards", "presentation", "family",
    "activity", "gift", "results", "transition", "taster", "induction", "training",
}  # fmt: skip
GATHERINGS = {
    "fete", "fair", "fayre", "ball", "disco", "gala", "bazaar", "night", "party", "market",
    "parade", "concert", "show", "sale", "raffle", "quiz", "picnic", "lunch", "dinner",
    "barbecue", "bbq", "social", "dance", "ceilidh", "panto", "pantomime", "prom", "service",
    "services", "clean", "clean-up", "cleanup",
}  # fmt: skip

# A happening named by a verb and its particle, said in capitals ("the Great Garage Clear Out",
# "Canal Path Pick Up"): the NER stops before the particle and keeps a body with a verb's tail.
PHRASAL_HAPPENINGS = {
    ("clean", "up"), ("clear", "up"), ("tidy", "up"), ("pick", "up"), ("litter", "pick"),
    ("sort", "out"), ("clear", "out"), ("clean", "out"), ("share", "out"), ("muck", "in"),
    ("round", "up"), ("meet", "up"), ("fix", "up"), ("dig", "in"), ("tidy", "out"),
}  # fmt: skip

# Named storms take a first name: "Storm Ciaran is due Thursday", "Hurricane Lee".
STORMS = {"storm", "hurricane", "typhoon", "cyclone"}


def _gatherings_and_storms(doc: Any) -> None:
    """ "The Summer Fete raised six hundred pounds", "for the Christmas Fair", "Bonfire Night
    at the club": an occasion and the gathering held for it is an event, not someone and not
    a body, and so is one named by a verb and its particle ("the Great Garage Clear Out"),
    one the NER cut before its gathering ("the Mayor's Charity" of "... Charity Ball") and a
    sponsored challenge ("did the Three Peaks Challenge").
    "Summer Ball rang" may be a woman (Ball is a surname), so a person needs "the"
    before it or a last word no one has for a surname. "Storm Agnes flooded the garage": a
    storm named with a first name is weather."""
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_ == VOCAB_ID:
            continue
        words = [t for t in e if t.lower_ != "the"]
        named = len(words) == 2 and words[1].lower_ in lexicon.first_names()
        end = e.end
        while end < len(doc) and doc[end].text in ("-", "–"):
            end += 1
        tail = (words[-1].lower_, doc[end].lower_) if end < len(doc) else ()
        said = tuple(t.lower_ for t in words if t.text not in ("-", "–"))
        if len(said) >= 2 and said[-2:] in PHRASAL_HAPPENINGS:
            _set_entity(doc, e.start, e.end, "EVENT")  # "the Spring Clean Up"
            continue
        if tail in PHRASAL_HAPPENINGS and doc[end].is_title:
            _set_entity(doc, e.start, end + 1, "EVENT")  # "the Big Sort" of "the Big Sort Out"
            continue
        if named and words[0].lower_ in STORMS:
            _set_entity(doc, e.start, e.end, "EVENT")
            continue
        if (
            e.label_ == "ORG"
            and end < len(doc)
            and doc[end].is_title
            and doc[end].lower_ in GATHERINGS
            and any(t.lower_ in OCCASIONS for t in words)
        ):
            _set_entity(doc, e.start, end + 1, "EVENT")  # "the Mayor's Charity" of "... Ball"
            continue
        if (
            e.label_ == "ORG"
            and len(words) >= 2
            and words[-1].text == "Challenge"
            and not any(t.lower_ in org_suffixes() for t in words)
        ):
            _set_entity(doc, e.start, e.end, "EVENT")  # "did the Three Peaks Challenge"
            continue
        held = len(words) >= 2 and (
            (words[-1].lower_ in GATHERINGS and words[-2].lower_ in OCCASIONS)
            or (words[-1].lower_ in DAYS_HELD and words[-2].lower_ in DAY_OCCASIONS)
        )
        if not held:
            continue
        the = e[0].lower_ == "the" or (e.start > 0 and doc[e.start - 1].lower_ == "the")
        if e.label_ == "ORG" or the or words[-1].lower_ not in lexicon.surnames():
            _set_entity(doc, e.start, e.end, "EVENT")


# A kind of help someone gets, said in capitals ("her son's Speech Therapy Support", "offered
# Short Break Care", "on SEN Support"): the words of the kind, then what is given.
HELP_GIVEN = {"support", "care", "help"}
NAMING = {"called", "named", "call", "calls"}
HELP_KINDS = {
    "speech", "language", "therapy", "short", "break", "breaks", "home", "respite", "early",
    "sen", "send", "social", "personal", "domiciliary", "palliative", "crisis", "mental",
    "emotional", "learning", "peer", "parenting", "housing", "tenancy", "floating",
    "intensive", "additional", "continuing", "emergency", "kinship", "intermediate", "night",
}  # fmt: skip


def _kinds_of_help(doc: Any) -> None:
    """ "her son's Speech Therapy Support", "Dad's been offered Short Break Care": a kind of
    help in capitals is what someone gets, not the body that gives it (the named services in
    `KIND_PAIRS`, "Family Support", stay bodies)."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or (e.start and doc[e.start - 1].lower_ in NAMING):
            continue  # "a charity called Home Help" is named so
        words = [t.lower_ for t in e if t.lower_ != "the"]
        if (
            2 <= len(words) <= 4
            and words[-1] in HELP_GIVEN
            and all(w in HELP_KINDS for w in words[:-1])
            and tuple(words[-2:]) not in KIND_PAIRS
        ):
            _clear_entities(doc, e.start, e.end)


# A numbered group of the movements: "1st Hollowfield Brownies", "3rd Kelby Scouts".
GROUP_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
GROUP_ENDS = SECTIONS | {"scouts", "brigade", "explorers"}

# What the children call their leaders: someone's role, not a body ("Ailsa, well, Brown Owl").
LEADER_NAMES = {"brown owl", "tawny owl", "snowy owl", "barn owl", "akela", "baloo", "bagheera"}


def _sections_and_year_groups(doc: Any) -> None:
    """ "Brownies tonight at the hall", "his Year Sixes", "the S3s are coming": a guiding or
    scouting section said alone, or a school year, is no organisation (whatever the NER or the
    gazetteer said), so it neither lists nor takes a known group's name later. A numbered
    group ("1st Strathbungo Brownies", "12th kelby scouts") is one, though its area's name is
    a listed place or one the user knows."""
    for t in doc:
        if not GROUP_NUMBER.fullmatch(t.text):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 4 and (doc[end].is_title or doc[end].is_upper):
            end += 1
        if end == t.i + 1:  # "12th levenshulme scouts": said in lower case, up to its section
            end = next(
                (
                    k + 1
                    for k in range(t.i + 2, min(t.i + 5, len(doc)))
                    if doc[k].lower_ in GROUP_ENDS
                    and all(w.is_lower and w.is_alpha and not w.is_stop for w in doc[t.i + 1 : k])
                ),
                end,
            )
        listed = [e for e in doc.ents if e.ent_id_ and e.start < end and t.i < e.end]
        if (
            end - t.i >= 3
            and doc[end - 1].lower_ in GROUP_ENDS
            and all(
                (e.ent_id_ == GAZETTEER_ID or e.label_ in ("GPE", "LOC"))
                and t.i <= e.start
                and e.end <= end
                for e in listed
            )
        ):
            _set_entity(doc, t.i, end, "ORG")
    for e in list(doc.ents):
        if (
            e.label_ == "PERSON"
            and not e.ent_id_
            and len(e) == 1
            and e[0].lower_ in SECTIONS | {"rainbows"}
            and (e.start == 0 or doc[e.start - 1].lower_ != "the")
        ):
            _clear_entities(doc, e.start, e.end)  # "sorry, that's Cubs": not the Cub family
            continue
        if e.label_ != "ORG" or e.ent_id_ == VOCAB_ID:
            continue
        words = [t for t in e if t.lower_ != "the"]
        # "the Brownies catering": what the section has, in lower case, is theirs too
        section = words[0].lower_ in SECTIONS and all(t.is_lower for t in words[1:])
        leader = " ".join(t.lower_ for t in words) in LEADER_NAMES
        if section or leader or YEAR_GROUP.fullmatch(e.text) or _a_team_or_a_class(e):
            _clear_entities(doc, e.start, e.end)


# A part of a building, said with its letter or number: "Block C", "Hut Two", "Room 4",
# "Ward 12", "Lab 3", "Studio B".
ROOM_WORDS = {
    "block", "hut", "room", "wing", "ward", "lab", "studio", "classroom", "court", "pitch",
    "floor", "level", "bay", "gate", "building", "portakabin", "annexe", "suite", "pod",
    "unit", "hall", "office", "zone", "stand", "corridor", "cabin",
}  # fmt: skip
ROOM_NUMBER = re.compile(
    r"[A-Z]|\d{1,3}[A-Za-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
    re.IGNORECASE,
)
# What a body runs or offers, said as the last word of its name: "the Warm Homes Scheme",
# "the Housing First Programme", "Bible Study", "the Tuesday Class", "the Breakfast Session";
# and a room of a building: "the Function Room", "the chapel kitchen".
PLAN_ENDS = {"scheme", "schemes", "programme", "programmes", "program", "initiative"}
SESSION_ENDS = {
    "class", "classes", "session", "sessions", "study", "lesson", "lessons", "rehearsal",
    "rehearsals",
}  # fmt: skip
ROOM_PARTS = {
    "room", "rooms", "kitchen", "kitchens", "vestry", "schoolroom", "foyer", "canteen", "lounge",
}  # fmt: skip


def _rooms_plans_and_sessions(doc: Any) -> None:
    """ "the caretaker at Block C", "meet in Room 4": a part of a building said with its
    letter or number is no one and no body. "Siobhan's on the Housing First Programme", "the
    Warm Homes scheme paid", "Bible Study's moved", "the Function Room": a scheme, a
    programme, a class or a room is what a body runs or has, not the body, unless the name
    ends in a body's own name and kind ("the Prince's Trust Programme" is the Trust's), holds
    initials or is a listed name. Initials no list holds, said alone before "programme" or
    "scheme" ("the NCS programme"), are the scheme's own, whatever the NER guessed."""
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_ == VOCAB_ID:
            continue
        words = [t for t in e if t.lower_ != "the"]
        if e.ent_id_ == GAZETTEER_ID and (words[-1].lower_ not in ROOM_PARTS or e.text.istitle()):
            continue  # a listed body said with a kind after it; "the chapel kitchen" is a room
        if (
            len(words) == 2
            and words[0].lower_ in ROOM_WORDS
            and words[0].is_alpha
            and ROOM_NUMBER.fullmatch(words[1].text)
            and words[1].lower_ not in ("a", "i")
        ):
            _clear_entities(doc, e.start, e.end)  # "Block C", "Hut Two"
            continue
        after = doc[e.end] if e.end < len(doc) else None
        if (
            e.label_ == "ORG"
            and e[-1].lower_ == "drop"
            and after is not None
            and after.lower_ == "in"
        ):
            _clear_entities(doc, e.start, e.end)  # "the social prescriber at the Drop In"
            continue
        if (
            e.label_ == "ORG"
            and not e.ent_id_
            and len(words) == 1
            and words[0].is_upper
            and after is not None
            and after.lower_ in PLAN_ENDS
        ):
            _clear_entities(doc, e.start, e.end)  # "the NCS programme": the scheme's initials
            continue
        if e.label_ != "ORG" or len(words) < 2:
            continue
        last = words[-1]
        if last.lower_ in PLAN_ENDS | SESSION_ENDS | ROOM_PARTS:
            body = words[:-1]
        elif after is not None and after.lower_ in PLAN_ENDS:
            body = words  # "the Housing First programme": the NER stopped before its kind
        else:
            continue
        if any(t.is_upper for t in words) or e.text.lower() in lexicon.listed_org_names():
            continue
        english = _english_words()
        named = " ".join(t.text for t in body).lower() in lexicon.listed_org_names() or any(
            t.text in POSSESSIVES or t.lower_ not in english for t in body[:-1]
        )  # a body's own name before its kind, not what the scheme gives ("Warm Homes")
        if body[-1].lower_ in org_suffixes() and named:
            if body is not words:  # "the Prince's Trust Programme", "the Ashby Foundation ..."
                _set_entity(doc, e.start, body[-1].i + 1, "ORG")
            continue
        if last.lower_ in ROOM_PARTS - {"room", "rooms"} and body[-1].lower_ not in org_suffixes():
            continue  # "Golden Lotus Kitchen" is a restaurant; "the chapel kitchen" a room
        _clear_entities(doc, e.start, e.end)


def _a_team_or_a_class(e: Any) -> bool:
    """ "the Development Squad", "the Under Twelves", "Under 11s", "P5 Choir", "the Year Ten
    Netball", "P5 to P7": a team inside a club by its level or its players' age, or a school
    year and what it does together, is no organisation (not a name the gazetteer or the user
    gave)."""
    if e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
        return False
    words = [t.lower_ for t in e if t.lower_ != "the" and t.text not in ("-", "–")]
    if not words or len(words) > 5:
        return False
    if words[-1] in TEAM_ENDS and all(w in TEAM_LEVELS for w in words[:-1]) and len(words) > 1:
        return True  # "the Ladies Team", "the First Eleven", "the Youth Section"
    if words[0] == "under" and len(words) >= 2 and AGE_GROUP.fullmatch(words[1]):
        return all(w in TEAM_ENDS | YEAR_THINGS for w in words[2:])  # "the Under Twelves"
    if U_AGE.fullmatch(words[0]):
        return all(w in TEAM_ENDS | YEAR_THINGS for w in words[1:])  # "the U12s"
    text = " ".join(words)
    opening = YEAR_GROUP.match(text)
    if opening is None or opening.end() == len(text) or text[opening.end()] != " ":
        return False
    rest = text[opening.end() :].split()
    return all(w in YEAR_THINGS or YEAR_GROUP.fullmatch(w) for w in rest)  # "P5 Choir"


def _national_bodies(doc: Any) -> None:
    """ "Arts Council England", "Men's Sheds Cymru": an organisation that ends in its kind,
    or is said by its initials ("NSPCC Cymru", "RNIB Scotland"), then a nation's name, is
    that nation's body, one name (not the body and a country)."""
    for e in list(doc.ents):
        initials = len(e) == 1 and e[0].is_upper and e[0].is_alpha and len(e[0]) >= 3
        after = doc[e.end + 1].lower_ if e.end + 1 < len(doc) else ""
        initials = initials and after not in {"game", "match", "fixture", "international"}
        if (
            e.label_ == "ORG"
            and e.ent_id_ != VOCAB_ID
            and ((e[-1].is_title and e[-1].lower_ in org_suffixes()) or initials)
            and e.end < len(doc)
            and doc[e.end].lower_ in NATIONS
            and (doc[e.end].is_title or doc[e.end].is_upper)
            and doc[e.end].ent_type_ in ("", "GPE", "LOC", "NORP")
        ):
            _set_entity(doc, e.start, e.end + 1, "ORG")


def _kind_only_names_take_their_own_word(doc: Any) -> None:
    """ "it's Brightwell Plumbing and Heating": a name the patterns found that is only kinds of
    trade ("Plumbing and Heating") is the trading name of the capitalised word right before
    it, a word no dictionary has, nobody's first name and no place; alone it is no name."""
    english = _english_words()
    never = lexicon.first_names() | lexicon.place_words() | NOT_NAME | ACTION_VERBS | TITLES
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ == VOCAB_ID or e.start == 0:
            continue
        if not all(t.lower_ in org_suffixes() or t.lower_ in ("and", "&") for t in e):
            continue
        word = doc[e.start - 1]
        if not _name_word(word) or word.lower_ in english or word.lower_ in never or word.ent_type_:
            continue
        _set_entity(doc, e.start - 1, e.end, "ORG", e.ent_id_)


# The sides of a match said "X v Y": nations are places, the rest clubs.
TEAM_NATIONS = {
    "england", "wales", "scotland", "ireland", "france", "italy", "germany", "spain",
    "portugal", "brazil", "argentina", "australia", "india", "pakistan", "jamaica", "nigeria",
    "ghana", "netherlands", "holland", "belgium", "croatia", "fiji", "samoa", "tonga", "japan",
    "usa", "america", "canada", "sri", "lanka", "bangladesh", "afghanistan", "zealand", "new",
    "south", "africa", "west", "indies", "northern", "georgia", "romania", "uruguay",
}  # fmt: skip
VERSUS = {"v", "v.", "vs", "vs.", "versus"}


def _sides_named_for_someone(doc: Any) -> None:
    """ "hywel dda versus ysgol maes y ffin", "football for glan rhyd against ysgol bro
    teifi": one side of a match is a body (a school, a club, or words a Welsh body's name
    opens with), so the other, named for someone, is one too. "against" says a match only
    after "for" and the side ("playing for X against Y"), not "she voted against Y"."""
    ents = {e.start: e for e in doc.ents}
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or e[0].lower_ in TITLES:
            continue
        if e.end + 1 >= len(doc) or doc[e.end].lower_ not in VERSUS | {"against"}:
            continue
        other = ents.get(e.end + 1)
        body = doc[e.end + 1].lower_ in OPENING_KINDS  # "ysgol ...", whatever the NER saw
        if not body and (other is None or other.label_ != "ORG"):
            continue
        if doc[e.end].lower_ == "against" and (e.start == 0 or doc[e.start - 1].lower_ != "for"):
            continue
        _set_entity(doc, e.start, e.end, "ORG")


# Last words of a town's name, or of a club named for one, that no one has as a surname.
TOWN_ENDS = {"town", "city"}
# What a side does in a match: "Hemel Town drew two all", "Bromley City beat us".
MATCH_VERBS = {
    "drew", "draw", "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "played",
    "play", "plays", "scored", "conceded", "thrashed", "hammered", "battered", "batted",
    "bowled", "are", "were",
}  # fmt: skip


def _towns_taken_for_someone(doc: Any) -> None:
    """ "Hemel Town drew two all on Saturday": a name ending in "Town" or "City" is a place or
    the club named for it, never someone: the club where it plays ("drew", "beat", "were"),
    the place otherwise."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or len(e) < 2:
            continue
        if e[-1].lower_ not in TOWN_ENDS or not all(t.is_title for t in e):
            continue
        if e[0].lower_ in TITLES:
            continue  # "Mrs Town"
        after = doc[e.end].lower_ if e.end < len(doc) else ""
        _set_entity(doc, e.start, e.end, "ORG" if after in MATCH_VERBS else "GPE")


def _fixtures(doc: Any) -> None:
    """ "Wales v England on Saturday", "Arsenal vs Spurs": a match, which the NER writes up
    as one body. Each side is a team: a nation is its country, a club a body of its own."""
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        cut = [t.i for t in e[1:-1] if t.lower_ in VERSUS]
        if len(cut) != 1:
            continue
        sides = [(e.start, cut[0]), (cut[0] + 1, e.end)]
        _clear_entities(doc, e.start, e.end)
        for start, end in sides:
            if not all(doc[i].is_title or doc[i].is_upper for i in range(start, end)):
                continue
            nation = all(doc[i].lower_ in TEAM_NATIONS for i in range(start, end))
            _set_entity(doc, start, end, "GPE" if nation else "ORG")
