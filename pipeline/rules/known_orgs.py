"""Organisations known from earlier memos said another way: by their kind ("the school"),
their initials, their first word or the start of their name. Runs after resolving, on the
entities, not on the NER's labels.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..entities import (
    ACRONYMS,
    DESCRIPTIVE,
    KIND_FIRST,
    LOCATIVES,
    NOT_NAME,
    _Entity,
    _listed_places,
    _role_word,
    clean_name,
    without_the,
)
from ..lexicon import ACTION_VERBS, EVENT_NOUNS, PLACE_SUFFIXES, TITLES, org_suffixes
from ..nlp import _authority_words
from .kinds import SECTIONS
from .org_words import (
    GENERIC_FIRST_WORDS,
    GENERIC_ORG_WORDS,
    NAMED_FOR_A_ROAD,
    PART_HEADS,
    TWO_WORD_KINDS,
)
from .orgs_lower import _trade_words
from .words import RANG_OR_WROTE, _english_words
from .work import _work_context


def known_org_forms(doc: Any, entities: list[_Entity], known: list[str]) -> None:
    """ "the fridge", "the repair shed" once "Eastgate Community Fridge" or "Millbrook Repair
    Shed" is known (named earlier in this memo or in an earlier one): "the" and the last one or
    two words of exactly one known organisation's name, said in lower case, are that
    organisation, and so is a name of the memo that is the end of exactly one longer known
    name ("Repair shed tonight" opening a memo). Ordinary kinds ("the council", "the club",
    "the project") and plurals ("one of the rangers") stand for none."""
    _parks_not_clubs(doc, entities)
    _hospitals_by_their_short_name(doc, entities)
    _hospitals_by_their_initials(doc, entities)
    names = list(dict.fromkeys([*(e.name for e in entities if e.kind == "org"), *known]))
    words_of = {name: tuple(w.lower() for w in name.split()) for name in names}
    shorter = {
        a
        for a, wa in words_of.items()
        for b, wb in words_of.items()
        if len(wa) < len(wb) and wb[-len(wa) :] == wa
    }
    tails: dict[tuple[str, ...], set[str]] = {}
    places = lexicon.place_words() | _authority_words() | PLACE_SUFFIXES
    for name, words in words_of.items():
        # "the carers centre" of "Carers Centre Brackwell": the kind before the area's name
        kind = org_suffixes() | {"centre", "center"}
        if len(words) > 2 and words[1] in kind and words[0].isalpha() and name not in shorter:
            tails.setdefault(words[:2], set()).add(name)
        if len(words) > 1 and words[0] in KIND_FIRST:
            tails.setdefault(words[:1], set()).add(name)  # "the masjid" of "Masjid Al-Noor"
        last = words[-1]
        if name in shorter or not last.isalpha() or last.endswith("s") or last in places:
            continue  # "Age UK Brackwell Forest" is not "the forest"
        # the last word alone when it says what the organisation is ("... Community Fridge"),
        # not when it ends a phrase ("Open Door", "Tack and Tackle": "the door" is a door)
        said_what = last in org_suffixes() or (
            len(words) >= 3 and not {"and", "&", "of", "for", "in", "on", "a"} & set(words)
        )
        # nor the last word of a kind said in two words ("... Sixth Form": "the form"), nor a
        # trade said as the work ("... Catering": "the catering" is the food)
        if (
            last not in GENERIC_ORG_WORDS | TWO_WORD_KINDS.keys()
            and len(words) > 1
            and said_what
            and not last.endswith("ing")
        ):
            tails.setdefault(words[-1:], set()).add(name)
        # "the Kestrel Trust" of "Upton Kestrel Trust": a kind after a word of its own
        if len(words) > 2 and words[-2].isalpha() and words[-2] not in GENERIC_FIRST_WORDS:
            tails.setdefault(words[-2:], set()).add(name)
    for e in entities:
        longer = tails.get(words_of.get(e.name, ()), set())
        if e.kind == "org" and len(longer) == 1:
            e.name = next(iter(longer))
    _known_org_without_its_area(entities, names)
    _known_org_by_its_start(doc, entities, names)
    _known_org_where_someone_works(doc, entities, names)
    _known_org_by_its_start_lower(doc, entities, names)
    _known_org_by_a_word_of_its_name(doc, entities, names)
    _known_org_by_its_initials(doc, entities, names)
    _known_institution_clipped(doc, entities, names)
    _known_org_by_its_kind(doc, entities, names)
    _known_org_by_its_first_word_lower(doc, entities, names)
    _known_org_by_its_opening_lower(doc, entities, names)
    covered = {i for e in entities for i in range(e.start, e.end)}
    for t in doc:
        if t.lower_ != "the" or t.i + 1 >= len(doc):
            continue
        for n in (2, 1):
            span = doc[t.i + 1 : t.i + 1 + n]
            key = tuple(w.lower_ for w in span)
            if (
                len(span) == n
                and all(w.is_lower and w.is_alpha and w.i not in covered for w in span)
                and len(tails.get(key, ())) == 1
                # "the locum pharmacist": a word before a job says what kind of job
                and not (span.end < len(doc) and _role_word(doc[span.end].lower_))
                and not (span[-1].lower_ not in org_suffixes() and _modifies_a_noun(doc, span.end))
                and not _names_a_service(doc, span.end)
            ):
                name = next(iter(tails[key]))
                entities.append(
                    _Entity("org", span.start, span.end, span.start_char, span.text, name)
                )
                covered.update(range(span.start, span.end))
                break
    _known_org_by_its_kind_alone(doc, entities, names)
    _county_council_said_as_the_county(doc, entities, names)
    _lone_kinds_name_no_body(doc, entities, names)
    entities.sort(key=lambda e: e.start)


def _known_org_without_its_area(entities: list[_Entity], names: list[str]) -> None:
    """ "the Islamic Centre on the Broadway" once "Lewisham Islamic Centre" is known: a
    name of two words or more, said with capitals, that is exactly one known organisation's
    name without the place that opens it is that organisation, whatever the NER took it for
    (a venue is a place). Never when two known organisations end so ("Brockley Food Bank" and
    "Catford Food Bank"), nor when the words left over are no place. One word does only when
    it is a listed national body: "no U3A walk today" once "Havering U3A" is known."""
    areas = lexicon.place_words() | _authority_words()
    for e in entities:
        words = e.name.split()
        national = len(words) == 1 and e.name.lower() in lexicon.listed_org_names()
        if e.kind not in ("org", "place") or (e.name in names and not national):
            continue
        if len(words) < 2 and not national:
            continue
        if not all(w[:1].isupper() for w in e.surface.split()[-len(words) :]):
            continue  # "the islamic centre" in lower case is a kind of place
        fits = set()
        for name in names:
            theirs = without_the(name).split()
            front = theirs[: len(theirs) - len(words)]
            if (
                front
                and [w.lower() for w in theirs[len(front) :]] == [w.lower() for w in words]
                and all(w.lower() in areas for w in front)
            ):
                fits.add(name)
        if len(fits) == 1:
            e.kind, e.name = "org", fits.pop()


def _modifies_a_noun(doc: Any, end: int) -> bool:
    """ "the youth provision", "the tigers kit": a word said before a noun in lower case that
    it describes is that kind of thing, not the known organisation whose name it ends (the
    organisation's own kind is still the organisation: "the fridge rota" is the fridge's)."""
    if end >= len(doc):
        return False
    word, after = doc[end - 1], doc[end]
    return after.is_lower and after.is_alpha and after.pos_ == "NOUN" and word.head.i >= end


def _names_a_service(doc: Any, end: int) -> bool:
    """ "the health visiting service", "the trust finance team": a word and one more before
    a service or a team name that service, not the known body the first word ends
    ("Environmental Health")."""
    return (
        end + 1 < len(doc)
        and doc[end].is_lower
        and doc[end].is_alpha
        and doc[end + 1].lower_ in PART_HEADS
    )


# Kinds that stand for the one known organisation of the kind when said alone: a forum
# (residents', pensioners', parents') is named once and then called "the forum"; so are the
# hospice one volunteers at and the college one's child goes to ("the hospice shop", "his
# review at the college"). Not the everyday kinds ("the council", "the school", "the
# church"), which memos say of no one body as often as of the one they named.
KINDS_SAID_ALONE = {"forum", "hospice", "college"}
# Of those, the ones whose name before a noun is still the body: "the hospice shop", "the
# college course" (but "the forum minutes" are a meeting's, "the trust bank" a staff list).
OWNERS = {"hospice", "college"}


def _known_org_by_its_kind_alone(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "they'll meet the forum on Tuesday", "the forum's minutes are out" once "Northside
    Pensioners' Forum" is known: "the" and the kind of exactly one known organisation (its
    last word), said in lower case, is that organisation; not a kind that describes the noun
    after it ("the forum chair") and never when two known organisations are of the kind.
    Any kind ("the trust", "the society") is, when that one organisation was named earlier in
    this memo ("... at Lewisham and Greenwich NHS Trust. The trust wants ..."); a kind said
    with none named before it stands for no one body."""
    covered = {i for e in entities for i in range(e.start, e.end)}
    for t in doc:
        if t.lower_ != "the" or t.i + 1 >= len(doc):
            continue
        kind = doc[t.i + 1]
        if not (kind.is_lower and kind.is_alpha) or kind.i in covered:
            continue
        named_before = {e.name for e in entities if e.kind == "org" and e.end <= t.i}
        if kind.lower_ not in KINDS_SAID_ALONE and not (
            kind.lower_ in org_suffixes() and named_before
        ):
            continue
        after = doc[kind.i + 1] if kind.i + 1 < len(doc) else None
        if after is not None and _role_word(after.lower_):
            continue  # "the forum chair": someone's job
        if after is not None and after.pos_ in ("NOUN", "PROPN") and kind.lower_ not in OWNERS:
            continue  # "the forum minutes", "the trust bank"; "the hospice shop" is its own
        fits = {n for n in names if _of_its_kind(n, kind.lower_)}
        if kind.lower_ not in KINDS_SAID_ALONE and not fits <= named_before:
            continue  # the one of its kind, but not named in this memo before it
        if len(fits) == 1:
            entities.append(_Entity("org", kind.i, kind.i + 1, kind.idx, kind.text, fits.pop()))
            covered.add(kind.i)


def _known_institution_clipped(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "Staff Nurse Cairney, on ward twelve at the Vic" after "Victoria Hospital": "the" and
    the first word of exactly one known hospital, school or surgery clipped short (three
    letters or more, capitalised) is that institution, not someone called Vic."""
    clipped: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and words[-1].lower() in INSTITUTIONS | {"infirmary", "hospice"}:
            first = words[0].lower()
            for n in range(3, len(first)):
                clipped.setdefault(first[:n], set()).add(name)
    if not clipped:
        return
    for t in doc[1:]:
        if doc[t.i - 1].lower_ != "the" or not (t.is_title and t.is_alpha):
            continue
        found = clipped.get(t.lower_, set())
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if len(found) != 1 or (nxt is not None and nxt.is_title and nxt.is_alpha):
            continue  # "the Victoria Hospital", "the Vic Centre": said longer
        inside = [e for e in entities if e.start <= t.i < e.end]
        if any(e.end - e.start > 1 or (e.kind == "org" and e.name != t.text) for e in inside):
            continue  # already an organisation of another name
        _org_in_place_of(entities, inside, doc[t.i : t.i + 1], next(iter(found)))
    entities.sort(key=lambda e: e.start)


def _county_council_said_as_the_county(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "Rang Rosa Pennick at the county like I said", "the county said they'd reply": "the
    county" someone works at, is rung at or that speaks is the one known county council; not
    the land ("the best pub in the county", "across the county") nor "the county ground"."""
    fits = {n for n in names if n.lower().endswith(" county council")}
    if len(fits) != 1:
        return
    covered = {i for e in entities for i in range(e.start, e.end)}
    for t in doc[:-1]:
        county, after = doc[t.i + 1], doc[t.i + 2] if t.i + 2 < len(doc) else None
        if t.lower_ != "the" or county.lower_ != "county" or county.i in covered:
            continue
        if after is not None and after.is_alpha and after.pos_ in ("NOUN", "PROPN"):
            continue  # "the county ground", "the county council" (said in full)
        someone = any(e.kind == "person" and t.i - 6 <= e.end < t.i for e in entities)
        rung = any(x.lower_ in RANG_OR_WROTE for x in doc[max(0, t.i - 6) : t.i])
        at = t.i > 0 and doc[t.i - 1].lower_ in ("at", "from", "to") and (someone or rung)
        speaks = after is not None and after.lemma_ in ("say", "tell", "write", "ring", "reply")
        if at or speaks:
            name = next(iter(fits))
            entities.append(_Entity("org", county.i, county.i + 1, county.idx, county.text, name))
            covered.add(county.i)


def _of_its_kind(name: str, kind: str) -> bool:
    """ "Fellside Hospice", "City College Norwich": a name of more than one word whose last
    word is the kind, or whose kind is followed only by the place it serves."""
    words = name.lower().split()
    if len(words) < 2 or kind not in words[1:]:
        return False
    rest = words[words.index(kind, 1) + 1 :]
    return all(w in lexicon.place_words() or w in _authority_words() for w in rest)


# London teaching hospitals by the possessive people call them by ("Mum's at King's for her
# knee", "her scan at Tommy's"): the word before "'s" (or run into it), and the hospital.
HOSPITAL_SHORT_NAMES = {
    ("king",): "King's College Hospital",
    ("kings",): "King's College Hospital",
    ("guy",): "Guy's Hospital",
    ("guys",): "Guy's Hospital",
    ("tommy",): "St Thomas' Hospital",
    ("tommys",): "St Thomas' Hospital",
    ("st", "george"): "St George's Hospital",
    ("st", "georges"): "St George's Hospital",
    ("st", "thomas"): "St Thomas' Hospital",
}

# Words of a visit to hospital in the same sentence, without which "at King's" may be a pub, a
# school or a man called Guy.
HOSPITAL_VISIT = {
    "knee", "hip", "clinic", "appointment", "scan", "ward", "consultant", "operation",
    "outpatients", "a&e", "x-ray", "xray", "physio", "bloods", "chemo", "cancer", "maternity",
    "midwife", "visiting", "discharged", "admitted", "fracture", "mri", "surgeon", "hospital",
    "treatment", "biopsy", "kidney", "dialysis", "stroke",
}  # fmt: skip


def _hospitals_by_their_short_name(doc: Any, entities: list[_Entity]) -> None:
    """ "taking her to King's on Tuesday for her knee", "went to kings ... the knee clinic
    said": a teaching hospital's possessive short name after "to", "at" or "in", in a sentence
    about a hospital visit, is that hospital (whatever the NER made of it)."""
    firsts = {words[0] for words in HOSPITAL_SHORT_NAMES}
    for t in doc:
        if t.lower_ not in firsts:
            continue
        for words, name in HOSPITAL_SHORT_NAMES.items():
            start, end = t.i, t.i + len(words)
            if end > len(doc) or tuple(w.lower_ for w in doc[start:end]) != words:
                continue
            possessive = end < len(doc) and doc[end].lower_ in ("'s", "’s", "'")
            if not possessive and not words[-1].endswith("s"):
                continue  # "the king", "a guy": only the possessive names a hospital
            end += possessive
            if end < len(doc) and doc[end].is_alpha and doc[end].is_title:
                continue  # "Guy's Hospital", "King's Cross": a longer name said in full
            if start == 0 or doc[start - 1].lower_ not in ("to", "at", "in", "into", "from"):
                continue
            sent = doc[start].sent
            if not {w.lower_ for w in sent} & HOSPITAL_VISIT:
                continue
            if any(e.start < end and start < e.end and e.kind == "person" for e in entities):
                continue  # "round at Guy's" when Guy is someone of this memo
            inside = [e for e in entities if e.start < end and start < e.end]
            _org_in_place_of(entities, inside, doc[start:end], name)
    entities.sort(key=lambda e: e.start)


# Hospitals called by their initials across the country, whichever town's it is: "the QE"
# (Gateshead, Birmingham, King's Lynn, Woolwich).
HOSPITAL_INITIALS = {"qe": "Queen Elizabeth Hospital", "qeh": "Queen Elizabeth Hospital"}


def _hospitals_by_their_initials(doc: Any, entities: list[_Entity]) -> None:
    """ "the bloods can be done at the QE", "get him to the QE for bloods": "the" and a
    hospital's initials, in a sentence about a hospital visit, are that hospital."""
    for t in doc[1:]:
        name = HOSPITAL_INITIALS.get(t.lower_)
        if name is None or doc[t.i - 1].lower_ != "the" or not t.is_upper:
            continue
        if t.i + 1 < len(doc) and (doc[t.i + 1].is_title or doc[t.i + 1].like_num):
            continue  # "the QE Academy", "the QE2": something else
        if not {w.lower_ for w in t.sent} & HOSPITAL_VISIT:
            continue
        if any(e.start <= t.i < e.end and e.end - e.start > 1 for e in entities):
            continue
        inside = [e for e in entities if e.start <= t.i < e.end]
        _org_in_place_of(entities, inside, doc[t.i : t.i + 1], name)
    entities.sort(key=lambda e: e.start)


# Organisations people call by the road or the area they stand on: "Rhodes Avenue" for the
# primary school, "Elm Lodge" for the surgery (not a club called after a park).
INSTITUTIONS = {
    "school", "primary", "academy", "college", "surgery", "practice", "hospital", "church",
    "chapel", "mosque", "nursery", "infants", "juniors", "high", "centre", "clinic",
}  # fmt: skip


def place_of_a_club(doc: Any, start: int, said: str, org: str) -> bool:
    """ "walked the dog in Ashby Park" after "Ashby Park Rangers": a place said as one ("in",
    "round") or named as one ("Park", "Marshes") is the park, not the club named after
    it; only a school or a surgery is called by its road's or area's name."""
    rest = {w.lower() for w in org.split()[len(said.split()) :]}
    # "at" is where any business is ("a table at Golden Lotus"): only a word that says
    # "somewhere" ("in", "round", "near") makes a name with no place word in it a place.
    located = start > 0 and doc[start - 1].lower_ in (LOCATIVES - {"at"}) | {"round", "by"}
    park = said.split()[-1].lower() in PLACE_SUFFIXES  # "Ashby Park was flooded"
    return (located or park) and not rest & INSTITUTIONS


def _parks_not_clubs(doc: Any, entities: list[_Entity]) -> None:
    """A place the NER found that the name resolver took for the known club named after it
    ("in Ashby Park" for "Ashby Park Rangers") is the place again."""
    for e in entities:
        said = clean_name(e.surface)
        if (
            e.kind == "org"
            and e.name.lower().startswith(said.lower() + " ")
            and any(
                x.label_ in ("GPE", "LOC", "FAC") and x.start == e.start and x.end == e.end
                for x in doc.ents
            )
            and place_of_a_club(doc, e.start, said, e.name)
        ):
            e.kind, e.name = "place", said


# Kinds of organisation said alone ("rang the school") and the last words of the names that
# are of that kind; any other kind is the last word itself ("the gurdwara", "the council").
# Kinds of organisation the lexicon lists so that "the food bank" is found in lower case, but
# which alone name no one body: "food bank" and "foodbank" are one kind.
LONE_KINDS = {"foodbank": "foodbank", "food bank": "foodbank", "youth club": "youthclub"}
AT_BODY = {"at", "in", "of"}


def _lone_kinds_name_no_body(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "she's at the foodbank, Ysolde, she runs Kelbrook Community Foodbank": a kind said
    alone is the one organisation of that kind named in this memo (before or after it) or an
    earlier one. With none named, it is still the speaker's own ("Tiago at the food bank"),
    but not when it is a part of another body ("the food bank at the gurdwara") or only
    describes what one does there ("Food bank meeting tonight", "my food bank shift")."""
    for e in list(entities):
        kind = LONE_KINDS.get(_plain(e.name)) if e.kind == "org" else None
        if kind is None:
            continue
        fits = {
            n
            for n in names
            if _plain(n) not in LONE_KINDS and _plain(n).replace(" ", "").endswith(kind)
        }
        if len(fits) == 1:
            e.name = fits.pop()
        elif not fits and (_describes(doc, e.end) or _part_of_a_body(doc, e, entities)):
            entities.remove(e)


# What a body is run by or made of: "the food bank committee" is still the food bank's.
OWN_PARTS = PART_HEADS | {"committee", "board", "trustees", "volunteers", "staff", "crew"}


def _describes(doc: Any, end: int) -> bool:
    """A kind said before a noun it describes ("my food bank shift"), not before a part of
    the body itself ("the food bank committee")."""
    return _modifies_a_noun(doc, end) and doc[end].lower_ not in OWN_PARTS


def _part_of_a_body(doc: Any, e: _Entity, entities: list[_Entity]) -> bool:
    """ "the food bank at Darul Huda", "the youth club of St Saviour's": a kind said before
    "at", "in" or "of" and another organisation is a part of that one."""
    if e.end >= len(doc) or doc[e.end].lower_ not in AT_BODY:
        return False
    start = e.end + 1 + (e.end + 1 < len(doc) and doc[e.end + 1].lower_ == "the")
    return any(o.kind == "org" and o.start == start for o in entities)


KIND_ENDS = {
    "school": {"school", "primary", "academy"},
    "surgery": {"surgery", "practice", "medical centre", "health centre"},
    "practice": {"surgery", "practice", "medical centre", "health centre"},
}


def _known_org_by_its_kind(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "Back at the Lunch Club", "the Club's AGM": an organisation found under nothing but
    its kind (one or two words: "Club", "Lunch Club", "School") is the one organisation of that
    kind this memo or an earlier one named, not a second organisation; never when two fit
    ("the school" with a primary and a high school known). A kind that no layer took for an
    organisation ("rang the school") is left as it is said; one the NER took for a place
    ("the Lunch Club" as somewhere) is, when its words are that kind, and so is one in capitals
    the NER passed over. A kind said after a noun of its own ("at lunch club") is that kind of
    club, not the one known."""
    for e in list(entities):
        words = _plain(e.name).split()
        if e.kind == "place":
            words = _plain(e.surface).split()  # "Lunch Club", resolved to the place "Club"
        elif e.kind != "org":
            continue
        if not 1 <= len(words) <= 2:
            continue
        kind = words[-1]
        if kind not in org_suffixes() or (
            len(words) == 2 and words[0] not in GENERIC_FIRST_WORDS | EVENT_NOUNS | ACTION_VERBS
        ):
            continue  # "Hadley School" is a name, not a kind
        ends = {" ".join(words)} if len(words) == 2 else KIND_ENDS.get(kind, {kind})
        fits = {
            n
            for n in names
            if len(n.split()) > len(words) and any(_plain(n).endswith(" " + end) for end in ends)
        }
        before = doc[e.start - 1] if e.start > 0 else None
        if len(words) == 1 and before is not None and before.is_lower and before.pos_ == "NOUN":
            # "at lunch club" after "Pymford Youth Club": a kind of club, not that one, and
            # in lower case no name at all
            fits = {n for n in fits if before.lower_ in n.lower().split()}
            if not fits and e.surface.islower():
                entities.remove(e)
                continue
        if len(fits) == 1:
            e.kind, e.name = "org", fits.pop()
    covered = {i for e in entities for i in range(e.start, e.end)}
    for t in doc:
        if t.lower_ != "the" or t.i + 3 > len(doc):
            continue
        span = doc[t.i + 1 : t.i + 3]  # "the lunch club", "the cricket club"
        if (
            not all(w.is_alpha and w.i not in covered for w in span)
            # "the Lunch Club" in capitals the NER passed over is said as "the lunch club"
            or not (all(w.is_lower for w in span) or all(w.is_title for w in span))
            or span[-1].lower_ not in org_suffixes()
            or (span.end < len(doc) and doc[span.end].pos_ == "NOUN")  # "the youth club hall"
        ):
            continue
        said = " " + span.text.lower()
        fits = {n for n in names if len(n.split()) > 2 and n.lower().endswith(said)}
        if len(fits) == 1:
            entities.append(
                _Entity("org", span.start, span.end, span.start_char, span.text, fits.pop())
            )
            covered.update(range(span.start, span.end))
    entities.sort(key=lambda e: e.start)


def _plain(name: str) -> str:
    """A name in lower case without apostrophes: "the residents' association" said of
    "Eastfield Residents' Association" is its kind whichever apostrophe was typed."""
    return name.lower().replace("'", "").replace("’", "")


def _known_org_by_its_first_word_lower(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "back from the villiers open evening" after "Villiers High School": Whisper writes a
    known organisation's own first word in lower case; a word no dictionary has, no one's
    first name and no place, that begins exactly one known organisation's longer name is that
    organisation (the capitalised form is `resolve`'s)."""
    english = _english_words()
    never = lexicon.first_names() | NOT_NAME | TITLES | lexicon.place_words()
    firsts: dict[str, set[str]] = {}
    for name in names:
        words = name.lower().split()
        if len(words) > 1 and words[0].isalpha():
            firsts.setdefault(words[0], set()).add(name)
    # "the meeting with fennick management" after "Fennick Ground Handling": the known
    # body's first word and a part of it (its managers, its office) read as a firm of its own
    for e in entities:
        words = e.surface.lower().split()
        if (
            e.kind == "org"
            and len(words) == 2
            and e.surface.islower()
            and words[1] in PARTS_SAID_AFTER
            and len(found := firsts.get(words[0], set()) - {e.name}) == 1
        ):
            e.name = next(iter(found))
    covered = {i for e in entities for i in range(e.start, e.end)}
    for t in doc:
        low = t.lower_
        if (
            not t.is_lower
            or t.i in covered
            or low in never
            or {low, low.removesuffix("s")} & english
            or _role_word(low)  # "the carers support worker" after "Carers Centre X"
            or len(firsts.get(low, ())) != 1
            or (t.i > 0 and doc[t.i - 1].lower_ in TITLES)
            or _opens_another_name(doc, t.i, next(iter(firsts[low])), english)
        ):
            continue
        entities.append(_Entity("org", t.i, t.i + 1, t.idx, t.text, next(iter(firsts[low]))))
    entities.sort(key=lambda e: e.start)


# Parts of a body said after its first word: "fennick management", "fennick head office".
PARTS_SAID_AFTER = PART_HEADS | {"management", "bosses", "hr", "staff", "payroll"}

# Words said bare after "at", "to" or "from", or as a subject, of no one body: "at home",
# "back to work", "from school", "hope is", whatever known name they open.
SAID_BARE = frozenset({
    "home", "work", "school", "church", "college", "uni", "university", "hospital", "lunch",
    "dinner", "breakfast", "tea", "night", "bed", "town", "court", "sea", "mass", "class",
    "hand", "heart", "hope", "grace", "faith", "love", "life", "peace", "war", "time",
    "first", "last", "least", "most", "noon", "midnight", "dawn", "dusk", "rest", "play",
})  # fmt: skip

# Where a known organisation's opening words, said bare, stand for it: after these words
# ("from lakeside rang back", "at phoenix"), after getting in touch ("chase lakeside").
_LEADS = (
    frozenset({"at", "from", "to", "with", "for", "chase", "chased", "chasing"}) | RANG_OR_WROTE
)


def _known_org_by_its_opening_lower(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "if phoenix don't fix it", "chase lakeside again", "at the sunflower patch", "the
    phoenix surveyor" once "Phoenix Community Housing", "Lakeside Health Centre" or "Sunflower
    Patch Nursery" is known: Whisper writes a known organisation's short form in lower case,
    and the short form is the opening words of its name. Lower-case words that open exactly
    one known longer name, and go no further, are that organisation where a name stands: as a
    verb's subject, after a lead ("at", "from", "rang", "chase"), before "'s" or a job ("the
    phoenix surveyor"), or after "the" when two words or more. One ordinary English word
    ("phoenix", "kestrel") only where the rest of the name says what kind of body it is
    ("... Community Housing", "... Homecare"), said bare (no "the", no word describing it), and
    never a word said bare of no one ("at home", "from school"), a first name or a place; a
    name's opening that is a road's or a park's ("green lane", "bluebell wood") only after a
    lead. A name the NER read in those words (a person, an organisation of the short form
    itself) gives way."""
    english = _english_words()
    kinds = GENERIC_FIRST_WORDS | org_suffixes() | GENERIC_ORG_WORDS | {"homecare"}
    never = lexicon.first_names() | NOT_NAME | TITLES | lexicon.place_words() | SAID_BARE | kinds
    starts: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        words = tuple(w.lower().replace("’", "'") for w in without_the(name).split())
        for n in range(1, len(words)):
            opening, rest = words[:n], words[n:]
            if not all(w.isalpha() for w in opening):
                break
            if n == 1 and (
                opening[0] in never
                or (opening[0] in english and not all(w in kinds | PLACE_SUFFIXES for w in rest))
            ):
                continue
            starts.setdefault(opening, set()).add(name)
    if not starts:
        return
    longest = max(len(k) for k in starts)
    i = 0
    while i < len(doc):
        found: tuple[int, str] | None = None
        for n in range(min(longest, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            fits = starts.get(tuple(w.lower_ for w in span), set())
            # a longer name the NER read over these words ("hartigan brothers again") is no
            # other organisation they open
            fits = fits - {e.name for e in entities if e.start <= i < e.end}
            if len(fits) == 1 and all(w.is_lower and w.is_alpha for w in span):
                name = next(iter(fits))
                if _said_as_a_name(doc, span, name):
                    found = (n, name)
                    break
        if found is None:
            i += 1
            continue
        n, name = found
        span = doc[i : i + n]
        inside = [e for e in entities if e.start < span.end and span.start < e.end]
        if all(_gives_way(doc, e, span, name) for e in inside):
            _org_in_place_of(entities, inside, span, name)
        i += n
    entities.sort(key=lambda e: e.start)


# What one does to a body, said with its name as the object: "pay tiny acorns", "thank
# green shoots", "he founded little wrens".
DONE_TO_A_BODY = frozenset({
    "pay", "owe", "thank", "found", "join", "leave", "tell", "ask", "book", "visit",
    "contact", "chase", "email", "phone", "ring", "call", "text", "message", "invoice",
})  # fmt: skip


def _gives_way(doc: Any, e: _Entity, span: Any, name: str) -> bool:
    """Whether the entity `e` read in or over `span` gives way to the known organisation
    `name`: a person or a place read inside it (not a listed place said whole), an
    organisation of its own words, or one run on into words no name has ("hartigan brothers
    again")."""
    if e.start < span.start:
        return False
    if e.end > span.end:
        beyond = doc[span.end : e.end]
        # not over a kind of body ("bon accord care" is another body than "Bon Accord
        # Housing Association"), whatever the tagger made of the word
        return e.kind == "org" and all(
            not w.is_alpha or (w.pos_ not in ("NOUN", "PROPN") and w.lower_ not in _trade_words())
            for w in beyond
        )
    if e.kind == "place":
        return span.text.lower() not in _listed_places()
    return e.kind == "person" or (
        e.kind == "org" and e.name.lower() in (name.lower(), span.text.lower())
    )


def _said_as_a_name(doc: Any, span: Any, name: str) -> bool:
    """Whether `span`, the opening words of the known `name`, stands where a name does (see
    `_known_org_by_its_opening_lower`)."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    english = _english_words()
    rest = name.lower().split()[len(span) + name.lower().startswith("the ") :]
    if after is not None and rest and after.lower_ == rest[0]:
        return False  # said in full: the vocabulary's
    possessive = after is not None and after.text in ("'s", "’s")
    job = after is not None and after.is_lower and _role_word(after.lower_)
    if (
        after is not None
        and after.is_lower
        and after.is_alpha
        and after.pos_ in ("NOUN", "PROPN")
        and not job
        and after.lower_ not in ACTION_VERBS | RANG_OR_WROTE
    ):
        return False  # "the kestrel summer barbecue", "the lakeside path": a noun described
    the = before is not None and before.lower_ == "the"
    lead = before is not None and before.lower_ in _LEADS
    subject = span[-1].dep_ in ("nsubj", "nsubjpass") and span[-1].head.pos_ in ("VERB", "AUX")
    if len(span) == 1:
        t = span[0]
        described = any(c.dep_ in ("det", "amod", "poss", "nummod") for c in t.children)
        # the tagger reads a word no dictionary has after "to" as a verb ("took the kids
        # to saulute"): after a lead its part of speech says nothing
        coined = lead and not {t.lower_, t.lower_.removesuffix("s")} & english
        if (t.pos_ not in ("NOUN", "PROPN") and not coined) or (described and not the):
            return False
        if the:
            return job  # "the phoenix surveyor"; "the phoenix" may be a pub
        return lead or subject or possessive
    ordinary = all(w.lower_ in english for w in span)
    if ordinary and span[-1].lower_ in PLACE_SUFFIXES | NAMED_FOR_A_ROAD:
        return lead  # "walked down green lane"; "rang green lane" is the surgery
    if ordinary and the:  # "at the foxglove patch"; "through the bluebell copse" is a wood
        return (span.start >= 2 and doc[span.start - 2].lower_ in _LEADS) or subject or job
    # "pay tiny acorns the fees", "he founded little wrens in 1990": two words or more of
    # a known name, bare, as what one does to a body (pays, thanks, founds, joins it)
    done_to = (
        not the
        and span[-1].dep_ in ("dobj", "dative")
        and span[-1].head.lemma_.lower() in DONE_TO_A_BODY
        and span[-1].head.i < span.start
    )
    return lead or the or subject or possessive or job or done_to


def _opens_another_name(doc: Any, i: int, name: str, english: frozenset[str]) -> bool:
    """ "a fun run in st pauls" after "St Mark's Church": the known name's first word followed
    by someone's name or a word no dictionary has, which is not the known name's own second
    word, opens another name ("st" of "st pauls", not of "St Mark's")."""
    if i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    second = name.lower().split()[1].removesuffix("'s").removesuffix("’s")
    forms = {after.lower_, after.lower_.removesuffix("s")}
    return (
        after.is_alpha
        and (not forms & english or bool(forms & lexicon.first_names()))
        and not forms & {second, second + "s"}
    )


# Words a name's initials may leave out: "LGT" of "Lewisham and Greenwich NHS Trust".
_SKIPPED_IN_INITIALS = frozenset({"and", "&", "of", "the", "for", "in", "on", "at", "nhs"})


def initials(name: str) -> frozenset[str]:
    """The initials a name may be said by, in capitals: each word's first letter, a word
    in capitals whole or by its first letter, and the small words and "NHS" in or out
    ("Lewisham and Greenwich NHS Trust": LGT, LAGT, LGNT, LAGNHST...). Three letters at
    least: two are too often something else."""
    words = without_the(name).replace("-", " ").split()
    if len(words) < 2:
        return frozenset()
    forms = {""}
    for word in words:
        core = word.strip("'’.,").removesuffix("'s").removesuffix("’s")
        if not core[:1].isalpha():
            return frozenset()
        said = {core[0].upper()} | ({core} if core.isupper() and core.isalpha() else set())
        if core.lower() in _SKIPPED_IN_INITIALS:
            said.add("")
        forms = {f + s for f in forms for s in said}
    return frozenset(f for f in forms if len(f) >= 3)


def _known_org_by_its_initials(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "he'd write to HARCA as well", "emre from harca came" after "Ashby HARCA": the
    capitals that end exactly one known organisation's name (its own initials, no word and no
    shared kind such as "CVS" or "FC") said alone, in any case, are that organisation, though
    the NER took them for someone. So are the initials of exactly one organisation named in
    this memo or an earlier one, said in capitals ("LGT" for "Lewisham and Greenwich NHS
    Trust", "UHL" for "University Hospital Lewisham"): one organisation, not a new one. Capitals
    that are no such organisation's initials (an exam, a programme) are left as they are."""
    english = _english_words()
    owners: dict[str, set[str]] = {}
    for name in names:
        last = name.split()[-1]
        if (
            len(name.split()) > 1
            and last.isupper()
            and last.isalpha()
            and len(last) >= 3
            and last.lower() not in ACRONYMS
            and last.lower() not in english
        ):
            owners.setdefault(last.lower(), set()).add(name)
    said_by_initials: dict[str, set[str]] = {}
    for name in names:
        for form in initials(name):
            said_by_initials.setdefault(form, set()).add(name)
    if not owners and not said_by_initials:
        return
    for t in doc:
        found = owners.get(t.lower_, set())
        if not found and t.is_upper and t.is_alpha and t.lower_ not in ACRONYMS:
            found = said_by_initials.get(t.text, set())
        if len(found) != 1 or not (t.is_upper or t.is_lower):
            continue
        inside = [e for e in entities if e.start <= t.i < e.end]
        if any(e.end - e.start > 1 for e in inside):
            continue
        if any(e.kind == "org" and e.name.lower() != t.lower_ for e in inside):
            continue  # already an organisation of its own name
        _org_in_place_of(entities, inside, doc[t.i : t.i + 1], next(iter(found)))
    entities.sort(key=lambda e: e.start)


def _said_from(doc: Any, e: _Entity) -> int:
    """Where an entity's name starts, past a verb swept into it ("rang Pat's")."""
    k = e.start
    while k < e.end - 1 and doc[k].is_lower and doc[k].lower_ in ACTION_VERBS:
        k += 1
    return k


def _name_starts(names: list[str]) -> dict[tuple[str, ...], set[str]]:
    """Every opening run of two or more words of a known organisation's longer name (lower
    case), with the names it opens."""
    starts: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        words = tuple(w.lower().replace("’", "'") for w in without_the(name).split())
        for n in range(2, len(words)):
            starts.setdefault(words[:n], set()).add(name)
    return starts


def _known_org_by_its_start(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "Struan from Harrow Vale rang" after "Harrow Vale Housing", "dropped the kids at Edith
    Neville" after "Edith Neville Primary": two or more capitalised words that begin exactly
    one known organisation's longer name are that organisation, though a listed place
    ("Harrow") or a person's name (after "at", "to", "from") was read in them."""
    starts = _name_starts(names)
    if not starts:
        return
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and (
            (doc[j].is_title and doc[j].is_alpha)
            or (j > i and doc[j].text in ("'s", "’s") and doc[j - 1].is_title)
        ):
            j += 1
        if j - i > 2 and doc[i].lower_ in ACTION_VERBS | NOT_NAME:
            i += 1  # "Rang Harrow Vale"
        key = tuple(doc[i:j].text.lower().replace("’", "'").split())
        found = starts.get(key, set())
        inside = [e for e in entities if e.start < j and i < e.end]
        # "rang Pat's Pepperpot" after "Pat's Pepperpot Kitchen": the name it is called after
        possessive = i + 1 < j and doc[i + 1].text in ("'s", "’s")
        people = not possessive and any(e.kind == "person" for e in inside)
        placed = i > 0 and doc[i - 1].lower_ in ("at", "to", "from", "into", "outside", "near")
        # "which is East Riding" of "East Riding of Yorkshire Council": an area the body is
        # named "of" is the area said alone
        area = (
            len(found) == 1
            and all(e.kind == "place" for e in inside)
            and _next_word(next(iter(found)), len(key)) == "of"
        )
        if (
            not area
            and j - i >= 2
            and len(found) == 1
            and all(i <= _said_from(doc, e) and e.end <= j for e in inside)
            and not any(e.kind == "org" for e in inside)
            and (not people or placed)
            and not (
                any(e.kind == "place" for e in inside)
                and (
                    place_of_a_club(doc, i, doc[i:j].text, next(iter(found)))
                    or doc[i:j].text.lower() in _listed_places()
                )
            )
        ):
            _org_in_place_of(entities, inside, doc[i:j], next(iter(found)))
        i = max(j, i + 1)
    entities.sort(key=lambda e: e.start)


def _next_word(name: str, k: int) -> str:
    """The word of `name` after its first `k` words, lower case ("" past its end)."""
    words = name.lower().split()
    return words[k] if k < len(words) else ""


def _known_org_where_someone_works(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "her link lecturer at Elmfield" after "Elmfield University", "a nurse at Elmfield"
    after "Elmfield Hospital": one word that a job or a work verb puts someone at, which
    begins exactly one known organisation's longer name, is that organisation, though alone
    it is the name of a place (the town the university is called after); not when another
    place is said with it ("the inspector for Elmfield and Kelby": the area they cover)."""
    firsts: dict[str, set[str]] = {}
    for name in names:
        words = name.lower().split()
        if len(words) > 1 and words[0].isalpha():
            firsts.setdefault(words[0], set()).add(name)
    for e in list(entities):
        if e.kind not in ("place", "person") or e.end - e.start != 1 or e.start < 1:
            continue
        t = doc[e.start]
        found = firsts.get(t.lower_, set())
        prep = doc[e.start - 1]
        if len(found) != 1 or not t.is_title or prep.lower_ not in ("at", "for"):
            continue
        if prep.lower_ == "for" and e.kind == "place":
            continue  # "the neighbourhood officer for Byford": the area the job covers
        if any(
            x.kind == "place" and x.start == e.end + 1 and doc[e.end].lower_ in ("and", "or")
            for x in entities
        ):
            continue  # "the warden for Llanishen and Rhiwbina": the area two places make
        if _work_context(doc, prep) is None:
            continue  # "Deepa from Richmond", "we met at Richmond": maybe only the town
        entities.remove(e)
        entities.append(_Entity("org", e.start, e.end, e.start_char, e.surface, found.pop()))
    entities.sort(key=lambda e: e.start)


def _known_org_by_its_start_lower(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "jodie from little wrens says" after "Little Wrens Nursery": Whisper (or a hurried
    typist) writes a known organisation's short form in lower case too. Two or more
    lower-case words right after "from", "at", "to" or "with" that begin exactly one known
    organisation's longer name, and go no further, are that organisation."""
    starts = _name_starts(names)
    if not starts:
        return
    for t in doc:
        if t.lower_ not in ("from", "at", "to", "with") or t.i + 2 >= len(doc):
            continue
        i = t.i + 1
        for n in (4, 3, 2):
            j = i + n
            span = doc[i:j]
            found = starts.get(tuple(w.lower_ for w in span), set())
            if (
                len(span) != n
                or len(found) != 1
                or not all(w.is_lower and w.is_alpha for w in span)
                or (j < len(doc) and doc[j].is_lower and doc[j].pos_ in ("NOUN", "PROPN"))
            ):
                continue
            inside = [e for e in entities if e.start < j and i < e.end]
            if any(e.kind != "person" or e.start < i or e.end > j for e in inside):
                break
            _org_in_place_of(entities, inside, span, found.pop())
            break
    entities.sort(key=lambda e: e.start)


def _known_org_by_a_word_of_its_name(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "our groundsman at the Royals" after "Southall Royals Cricket Club", "straight to the
    tigers" after "Tooting Tigers Netball Club": "the" and the one distinctive word inside
    exactly one known organisation's name (no place, no kind of organisation, not its first
    word) are that organisation. In lower case only a word that names organisations (a
    team's "tigers"), and not a name's last after "of" ("one of the rangers": a ranger).
    A language or a faith inside the name describes it ("the Latvian mass" is no "Riga
    Latvian School")."""
    never = (
        lexicon.LANGUAGES
        | DESCRIPTIVE
        | GENERIC_FIRST_WORDS
        | lexicon.place_words()
        | _authority_words()
        | NOT_NAME
        | TITLES
        | SECTIONS
        | {"and", "of", "for", "the", "&", "in", "on"}
    )
    owners: dict[str, set[str]] = {}
    inner: dict[str, set[str]] = {}  # words of a name that are not its last
    for name in names:
        words = [w.lower() for w in name.split()]
        for k, w in enumerate(words[1:], start=1):
            if w.isalpha() and w not in never:
                owners.setdefault(w, set()).add(name)
                if k < len(words) - 1:
                    inner.setdefault(w, set()).add(name)
    if not owners:
        return
    for t in doc[1:]:
        if doc[t.i - 1].lower_ != "the" or not t.is_alpha:
            continue
        low = t.lower_
        if t.is_title and not t.is_sent_start:
            found = owners.get(low, set())
        elif (
            t.is_lower
            and low in org_suffixes()
            and not low.endswith("ing")  # "for the catering": the work, not the caterers
            and not _modifies_a_noun(doc, t.i + 1)
        ):
            # "one of the rangers", "some of the tigers": some people, not the team
            partitive = t.i >= 2 and doc[t.i - 2].lower_ == "of"
            found = inner.get(low, set()) if partitive else owners.get(low, set())
        else:
            continue
        if len(found) != 1:
            continue
        inside = [e for e in entities if e.start <= t.i < e.end]
        if any(e.end - e.start > 1 for e in inside):
            continue
        if any(e.kind == "org" and e.name.lower() != low for e in inside):
            continue  # already an organisation of a name of its own
        _org_in_place_of(entities, inside, doc[t.i : t.i + 1], next(iter(found)))
    entities.sort(key=lambda e: e.start)


def _org_in_place_of(entities: list[_Entity], inside: list[_Entity], span: Any, name: str) -> None:
    """`span` is the organisation `name`, in place of the entities `inside` it."""
    entities[:] = [e for e in entities if e not in inside]
    entities.append(_Entity("org", span.start, span.end, span.start_char, span.text, name))
