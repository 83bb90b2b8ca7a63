"""The fix-ups for organisations: names told by their shape ("Zapcom", "Brenfield HTA", "Pickle
and Pride"), by what is said next to them ("the leisure company", "joined the Tuesday
Table"), and things that only look like organisations (medicines, courses, named products).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from .. import heard, lexicon
from ..dates import WEEKDAY_NUMBER
from ..entities import (
    ACRONYMS,
    CONTEXT_ID,
    CUE_WORDS,
    FILLERS,
    GAZETTEER_ID,
    GENERIC_WORKPLACES,
    HIRE_VERBS,
    INDEFINITE,
    NOT_NAME,
    NOT_ORG_HEADS,
    NOT_PERSON_ROLES,
    ORG_PREFIXES,
    ORG_PREPS,
    VOCAB_ID,
    _listed_places,
    _role_word,
    clean_name,
    sentences_back,
)
from ..heard import WORD_NAMES
from ..lexicon import (
    ACTION_VERBS,
    EVENT_NOUNS,
    LANGUAGES,
    PAST_FORMS,
    PLACE_SUFFIXES,
    ROLE_HEADS,
    TITLES,
    VENUE_SUFFIXES,
    org_suffixes,
)
from ..nlp import AREA_KINDS, _authority_words
from .kinds import NUMBER_WORDS
from .org_words import (
    APPOSITIVE_ORG_HEADS,
    AREA_WORDS,
    FIRM_ENDS,
    GENERIC_FIRST_WORDS,
    NAMED_FOR_A_ROAD,
    PART_HEADS,
    a_kind_said_with_and,
)
from .orgs_lower import (
    COMMON_PAIRS,
    DESCRIBED,
    FAMILY_FIRMS,
    JOINED_KINDS,
    TRADING_LEADS,
    _a_kind_of_place,
    _authorities_cut_at_and,
    _coined,
    _friends_of_a_place,
    _kind_start,
    _listed_kinds_after_a,
    _lower_bodies_of_something,
    _lower_name_end,
    _org_lower_head,
    _org_lower_tail,
    _plain_name_said_as_a_body,
    _trade_words,
    _trading_name,
    _where_it_is,
)
from .person_words import CLAUSE_OPENERS, FEELINGS, KIN, PAIR_CUES, SENTENCE_ADVERBS
from .places import ROADS, _where_it_happens
from .spans import _clear_entities, _locked, _overlapping, _set_entity
from .words import (
    RANG_OR_WROTE,
    _a_verb_said,
    _english_words,
    _one_word_bodies,
    _opened_by_a_past_verb,
    _partners_surnames,
    _people_in_the_plural,
)
from .work import _role_before


def _org_runs_back_over_its_area(doc: Any) -> None:
    """A name ending in an organisation word that the patterns cut after three words keeps the
    place and compass words right before it ("London North" of "London North West University
    Healthcare NHS Trust"): an area word never stands between a name and the organisation."""
    area = AREA_WORDS | lexicon.place_words() | _authority_words()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ == VOCAB_ID or e[-1].lower_ not in org_suffixes():
            continue
        start = e.start
        while (
            start > 0
            and doc[start - 1].is_title
            and doc[start - 1].lower_ in area
            and not any(x.label_ == "PERSON" for x in _overlapping(doc, start - 1, start))
        ):
            start -= 1
        if start < e.start and (e[0].lower_ in AREA_WORDS or doc[e.start - 1].lower_ in AREA_WORDS):
            _set_entity(doc, start, e.end, "ORG", e.ent_id_)
        elif _town_before_its_council(doc, e) or _place_cut_off(doc, e):
            _set_entity(doc, e.start - 1, e.end, "ORG", e.ent_id_)


# The kinds of council a town's name goes before: "Honiton town council".
COUNCIL_KINDS = {"town", "parish", "district", "county", "borough", "city", "community"}


@functools.cache
def _towns() -> frozenset[str]:
    return lexicon.place_words() | lexicon.settlements()


def _town_before_its_council(doc: Any, e: Any) -> bool:
    """ "Honiton town council needs the form", "rang Honiton town council": a listed town
    in capitals right before a council said by its kind in lower case is that council's
    name, not a place beside it nor (after "rang") someone rung."""
    if e.start < 1 or len(e) != 2 or e[-1].lower_ != "council" or e[0].lower_ not in COUNCIL_KINDS:
        return False
    town = doc[e.start - 1]
    if not (town.is_title and town.is_alpha and town.lower_ in _towns()):
        return False
    return not any(len(x) > 1 for x in _overlapping(doc, town.i, town.i + 1))


# Last words of a public body's name beyond `org_suffixes`: "... Integrated Care Board".
BODY_ENDS = {"board", "authority", "commission", "partnership", "service", "services"}


def _names_cut_at_a_joint(doc: Any) -> None:
    """A body's name the NER cut in two where it joins its parts: two organisations side by
    side ("NHS Mercia and Wold" "Integrated Care Board"), a place and the district its body
    covers ("Fenchester" and "District Bowls Association"), or a body and the place it is of
    ("Young Carers" of "Dunmere"). Said in capitals with nothing else between, they are one
    name."""
    places = lexicon.place_words()

    def capitals(start: int, end: int) -> bool:
        joints = ("and", "of", "&")
        return all(t.is_title or t.is_upper or t.lower_ in joints for t in doc[start:end])

    changed = True
    while changed:
        changed = False
        ents = list(doc.ents)
        for a, b in itertools.pairwise(ents):
            gap = doc[a.end : b.start]
            if len(gap) > 1 or not capitals(a.start, b.end) or a.start == b.start:
                continue
            joint = gap[0].lower_ if len(gap) else ""
            one = (
                (joint == "" and a.label_ == "ORG" and b.label_ == "ORG"
                 and b[-1].lower_ in org_suffixes() | BODY_ENDS)
                or (joint in ("and", "&") and a.label_ in ("GPE", "LOC") and b.label_ == "ORG"
                    and (b[0].lower_ in AREA_KINDS
                         or (b[0].lower_ in places and b[-1].lower_ in org_suffixes())))
                or (joint == "of" and a.label_ == "ORG" and b.label_ in ("GPE", "LOC")
                    and len(a) > 1 and a[-1].lower_ not in lexicon.first_names())
                # "Saltwell" and "Low Fell Cricket Club": a word of no kind, no list's, is
                # no body alone but the first of two places the body is of
                or (joint in ("and", "&") and a.label_ == "ORG" and not a.ent_id_
                    and len(a) == 1 and a[0].lower_ not in org_suffixes() | BODY_ENDS
                    and b.label_ == "ORG" and len(b) >= 3 and b[-1].lower_ in org_suffixes()
                    and (a[0].lower_ in places or a[0].lower_ not in _english_words()))
            )  # fmt: skip
            # a listed name may grow by another ("NHS ..." + "Integrated Care Board"), never
            # a name of the user's vocabulary
            if one and not any(e.ent_id_ == VOCAB_ID for e in _overlapping(doc, a.start, b.end)):
                _set_entity(doc, a.start, b.end, "ORG")
                changed = True
                break
    # "the Northfield Tenants and Residents Association": the estate's name before a body
    # named for whom it serves, left out by the rule or the NER that found the body
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.start < 2 or not e[0].is_title or len(e) < 2:
            continue
        w = doc[e.start - 1]
        if (
            e[0].lower_ in NAMED_FOR_WHOM
            and w.is_title
            and w.is_alpha
            and not w.is_sent_start
            and w.ent_type_ in ("", "GPE", "LOC")
            and doc[e.start - 2].lower_ in ("the", "of", "at", "from", "with", "for")
            and w.lower_ not in lexicon.first_names() | GENERIC_FIRST_WORDS | TITLES
            and not any(x.ent_id_ == VOCAB_ID for x in _overlapping(doc, e.start - 1, e.start))
        ):
            _set_entity(doc, e.start - 1, e.end, "ORG", e.ent_id_)


# Whom a body is named for serving, after the place it serves: "the Northfield Tenants and
# Residents Association", "the Ashdene Friends of the Park".
NAMED_FOR_WHOM = frozenset({"tenants", "residents", "friends", "parents", "carers", "patients"})


MARKETS = {"market", "markets"}  # "farmers' markets": an event noun, but a body's name too


def _names_cut_at_an_apostrophe(doc: Any) -> None:
    """ "from london farmers' markets", "the Kelby Tenants' Association": a name never ends on
    a plural's apostrophe; the nouns it owns are the rest of the name when they end in a word
    for a body (not "Muslim Hands' Qurbani deadline")."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e[-1].text not in ("'", "’") or e.ent_id_ == VOCAB_ID:
            continue
        end = e.end
        while (
            end < len(doc)
            and end - e.end < 2
            and doc[end].is_alpha
            and doc[end].pos_ in ("NOUN", "PROPN")
            and doc[end].ent_type_ in ("", "ORG")
        ):
            end += 1
        last = doc[end - 1].lower_
        if end > e.end and (last in org_suffixes() | APPOSITIVE_ORG_HEADS or last in MARKETS):
            _set_entity(doc, e.start, end, "ORG", e.ent_id_)


# Second words of a place's name, which never open a body's: "Green" of "Bounds Green".
PLACE_SECOND_WORDS = {
    "green", "park", "hill", "heath", "common", "town", "cross", "end", "wood", "gate", "hale",
    "vale", "fields", "row", "coast",
}  # fmt: skip


def _place_cut_off(doc: Any, e: Any) -> bool:
    """ "the Stroud Green Dads WhatsApp group" found as "Green Dads ...": a body that opens
    with a place's second word has lost the place's first word before it (a capitalised word
    that is nobody's first name and no other name)."""
    if e[0].lower_ not in PLACE_SECOND_WORDS or e.start == 0 or len(e) < 2:
        return False
    prev = doc[e.start - 1]
    return (
        prev.is_title
        and prev.is_alpha
        and not prev.is_sent_start
        and prev.lower_ not in lexicon.first_names()
        and not any(
            x.label_ not in ("GPE", "LOC", "FAC") for x in _overlapping(doc, prev.i, prev.i + 1)
        )
    )


# Police forces and fire services, often named for two counties ("Avon and Somerset Police").
FORCES = {"police", "constabulary", "fire", "rescue"}


def _org_named_for_two_places(doc: Any) -> None:
    """ "The Ashworth and Kings Norton PCN", "rang Moseley and Kings Heath PCN": a body named
    for two areas that the NER cut at "and", keeping the second place with the body and
    taking the first for a place alone, runs back over both when it ends in initials (or, after
    "the", in an organisation word): "Didsbury and Chorlton" is then one name."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ == VOCAB_ID or e.start < 2:
            continue
        start = _areas_joined_before(doc, e)
        if start is not None:
            _set_entity(doc, start, e.end, "ORG", e.ent_id_ or CONTEXT_ID)
            continue
        if doc[e.start - 1].lower_ not in ("and", "&"):
            continue
        before = [x for x in _overlapping(doc, e.start - 2, e.start - 1) if x.end == e.start - 1]
        first = doc[e.start - 2]
        # "from kent and sussex police": a force (or a fire service) named for two counties,
        # the first said in lower case and left untagged by the NER
        county = (
            not first.ent_type_
            and first.lower_ in lexicon.place_words() | _authority_words()
            and e[-1].lower_ in FORCES
            and e[0].lower_ in lexicon.place_words() | _authority_words()
        )
        if county:
            _set_entity(doc, first.i, e.end, "ORG", e.ent_id_)
            continue
        if len(before) != 1 or before[0].label_ not in ("GPE", "LOC") or len(before[0]) > 2:
            continue
        place = before[0]
        initials = len(e[-1]) >= 2 and e[-1].is_upper and e[-1].is_alpha
        after_the = place.start > 0 and doc[place.start - 1].lower_ == "the"
        forces = e[-1].lower_ in FORCES  # "Devon and Cornwall Police"
        if initials or forces or (after_the and e[-1].lower_ in org_suffixes()):
            _set_entity(doc, place.start, e.end, "ORG", e.ent_id_)


# Last words of a body named for two areas joined by "and": "Mid and East Antrim Borough
# Council", "Kent and Medway Integrated Care Board", "Tyne and Wear Fire and Rescue Service".
AREAS_BODY_ENDS = JOINED_KINDS | BODY_ENDS | FORCES | {"foundation", "club"}
# Words of an area's own name that are no place's word alone: "Kilbrook City", "Rathmore Coast".
AREA_NAME_WORDS = AREA_WORDS | AREA_KINDS | {"city", "coast", "vale", "valley", "shire"}


def _areas_joined_before(doc: Any, e: Any) -> int | None:
    """ "kilbrook city and dunmore district council", "Mid and East Antrim Borough Council",
    "hereford and worcester fire and rescue service": a local body's name (it ends in a
    council, a trust, a board, a force ...) and opens with an area's name, cut by the NER at
    the "and" joining the two areas, runs back over the first area: one to three words of a
    name (capitalised, nobody's first name; in lower case a place's, an area's or a coined
    word), no body or person of their own (not "Tesco and Hillside Surgery", "Karen and
    Hillside Surgery", "the council and the police"). Where it starts, or None."""
    if e[-1].lower_ not in AREAS_BODY_ENDS or e[0].lower_ in AREAS_BODY_ENDS | SERVICE_WORDS:
        return None
    places = lexicon.place_words() | _authority_words() | lexicon.settlements()
    words = _english_words()
    capital = e[0].is_title

    def area_word(t: Any) -> bool:
        low = t.lower_
        if not t.is_alpha or low in NOT_NAME | TITLES | ACTION_VERBS | KIN or t.is_stop:
            return False
        if low in AREAS_BODY_ENDS | SERVICE_WORDS | org_suffixes() or low in lexicon.first_names():
            return low in places
        if t.is_title:
            return capital
        return t.is_lower and (low in places | AREA_NAME_WORDS or low not in words)

    # "the inverurie and district rotary club": "and district" the NER left before the kind
    district = doc[e.start - 1].lower_ in AREA_KINDS and doc[e.start - 1].is_title == capital
    joint = e.start - 2 if district else e.start - 1
    if joint < 1 or doc[joint].lower_ not in ("and", "&"):
        return None
    start = joint
    while start > 0 and joint - start < 3 and area_word(doc[start - 1]):
        start -= 1
    if start == joint or not (district or area_word(e[0])):
        return None
    if not capital and not (district or doc[joint - 1].lower_ in places | AREA_NAME_WORDS):
        return None  # "rang smith and dunmore district council": two, said in lower case
    for x in _overlapping(doc, start, joint):
        if x.start < start or x.label_ == "PERSON":
            return None
        if x.label_ == "ORG" and x[-1].lower_ not in AREA_NAME_WORDS:
            return None  # "Tesco and Hillside Surgery"; not "kilbrook city" the NER called a club
        if x.ent_id_ == VOCAB_ID and x.label_ != "ORG":
            return None  # a place or a person the user named stays what it is
    return start


def _words(doc: Any, start: int, end: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[max(start, 0) : end])


@functools.cache
def _towns_on_a_river() -> frozenset[tuple[str, ...]]:
    """Towns named "on" or "upon" a river or the sea, as words: ("stoke", "on", "trent")."""
    names = (*lexicon.settlements(), *(a.lower() for a in lexicon.authorities()))
    split = (tuple(re.split(r"[\s-]+", n)) for n in names)
    return frozenset(w for w in split if len(w) > 2 and ("on" in w[1:-1] or "upon" in w[1:-1]))


def _bodies_of_a_town_on_a_river(doc: Any) -> None:
    """ "rang stoke on trent city council", "came through voluntary action stoke on trent":
    a town named on its river, said without hyphens, is cut at "on" by the NER and the
    patterns; a body's name that opens with the river ("trent city council") runs back over
    the town, and one that ends on the town ("voluntary action stoke") runs on over the
    river."""
    towns = _towns_on_a_river()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ == VOCAB_ID:
            continue
        start, end = e.start, e.end
        for town in towns:
            k = town.index("on") if "on" in town[1:-1] else town.index("upon")
            tail = town[k + 1 :]
            if (
                start > k
                and len(e) > len(tail)
                and _words(doc, start - k - 1, start + len(tail)) == town
            ):
                start -= k + 1  # "stoke on" + "trent city council"
            elif len(e) > k and _words(doc, end - k, end + len(tail) + 1) == town:
                end += len(tail) + 1  # "voluntary action stoke" + "on trent"
        # the town itself may be a place the user named ("stoke"), not a body or someone
        if (start, end) != (e.start, e.end) and not any(
            x.start < start or x.end > end or (x.ent_id_ == VOCAB_ID and x.label_ != "GPE")
            for x in _overlapping(doc, start, end)
        ):
            _set_entity(doc, start, end, "ORG", e.ent_id_ or CONTEXT_ID)


# The labels of names, as opposed to dates, numbers and amounts.
NAME_LABELS = ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART")
# Contractions the tokenizer splits off a pronoun: "I'd", "I'll", "we're".
CLITICS = {"'d", "'ll", "'m", "'ve", "'re", "'s", "’d", "’ll", "’m", "’ve", "’re", "’s"}
# Function words that never end a name: "Nadia at Clarion" is no organisation "Nadia at".
NOT_AT_A_NAMES_END = {"ADP", "PRON", "AUX", "CCONJ", "SCONJ", "DET", "PART"}


# Words inside a name before "the": "Friends of the Earth", "Church on the Hill".
JOINS_BEFORE_THE = {"of", "on", "in", "at", "for", "and", "&", "upon", "under", "by", "over"}


def _where_the_clause_goes_on(doc: Any, start: int, end: int) -> int:
    """ "the appeal for larchmont high the hearing is on the 9th": a span the NER ran on in
    lower-case words past the name into the next noun phrase ends before its "the" (not
    "Friends of the Earth", where a joining word comes first). Only a tail all in lower case
    is cut off: a capital after it says the words are one title ("Borrow a Ladder")."""
    for i in range(start + 1, end):
        if (
            doc[i].lower_ in ("the", "a", "an")
            and all(x.is_lower or x.is_punct for x in doc[i:end])
            and doc[i - 1].lower_ not in JOINS_BEFORE_THE
            and not doc[i - 1].tag_.startswith("VB")
        ):
            return i
    return end


def _names_run_into_other_words(doc: Any) -> None:
    """The statistical NER often runs a name into the words around it: the command that
    opens the sentence ("Owe Priya a tenner" read as the organisation "Owe Priya", "Remind
    Priya" as a place) or the pronoun and preposition after it ("told Marcus I'd send",
    "chase Nadia at Clarion") or whose occasion it is ("at Tum Tum for Kemi's birthday"). Its
    label for such a span is a guess about the wrong words, so the span is cut back to the
    name and the later layers decide its kind from the name itself ("Priya" alone is the lone
    first name that the person rules know what to do with). The user's vocabulary and the
    gazetteer are left alone."""
    for e in list(doc.ents):
        if e.label_ not in NAME_LABELS or e.ent_id_:
            continue
        start, end = e.start, e.end
        # "for Kemi's birthday": the name ends before "for" and a first name's possessive
        if (
            len(e) >= 3
            and e[-2].lower_ == "for"
            and e[-1].lower_ in lexicon.first_names()
            and e.end < len(doc)
            and doc[e.end].tag_ == "POS"
        ):
            end -= 2
        while start < end - 1 and (
            (
                doc[start].lower_ in ACTION_VERBS
                and (doc[start].is_sent_start or doc[start].is_lower)
            )
            or doc[start].lower_ in SENTENCE_ADVERBS  # "Honestly Bayo should have said"
        ):
            start += 1
        # "from unison came round": the name ends before a lower-case verb it ran on into
        verb = next(
            (i for i in range(start + 1, end) if _a_verb_said(doc, i) and not _a_road(e, i)), end
        )
        label = e.label_
        if all(t.is_lower for t in doc[verb:end]):
            end = verb
            if verb < e.end and doc[start].lower_ in lexicon.first_names():
                label = "PERSON"  # "if ciaran knows", "rhys pugh coaches for": its subject
        while end > start and (
            doc[end - 1].lower_ == "i"
            or (
                doc[end - 1].lower_ in CLITICS and doc[end - 2].lower_ in ("i", "we", "you", "they")
            )
            or (
                doc[end - 1].is_lower
                and doc[end - 1].pos_ in NOT_AT_A_NAMES_END
                and doc[end - 1].tag_ != "POS"  # "Lorna's number": a possessive stays
            )
        ):
            end -= 1
        end = _where_the_clause_goes_on(doc, start, end)
        if (start, end) == (e.start, e.end):
            continue
        if end <= start:
            _clear_entities(doc, e.start, e.end)
        else:
            _set_entity(doc, start, end, label)


def _a_road(e: Any, i: int) -> bool:
    """ "rang green lanes dental practice": a road's last word the tagger read as a verb
    ("lanes") inside a lower-case name the NER ended in an organisation's word is the
    road the organisation is named for, not where the name ran into a clause."""
    return (
        e.doc[i].lower_ in NAMED_FOR_A_ROAD
        and e.start < i < e.end - 1
        and e[-1].lower_ in org_suffixes()
        and all(t.is_lower for t in e.doc[i : e.end])
    )


def _names_run_into_a_speaker(doc: Any) -> None:
    """ "a firm called Ridgeway Leasing and Cosmo says it's fine": a name the NER ran over
    "and" into someone who then says something ends before "and"; the one who speaks is
    someone."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or len(e) < 3:
            continue
        k = e.end - 2
        if k > e.start and _someone_goes_on(doc, k):
            start, end = e.start, e.end
            _set_entity(doc, start, k, "ORG")
            _set_entity(doc, k + 1, end, "PERSON")


def _names_run_over_a_comma(doc: Any) -> None:
    """ "The sleepers came from Fernley, Ifor Fernley dropped them off": the NER may draw one
    organisation over a comma and the person named after it. No name holds a comma, so the
    span is cut there: the words before keep the label, the words after are someone when
    they open with a listed first name (else nothing, for later layers to find)."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) < 3:
            continue
        commas = [t.i for t in e[1:-1] if t.text == ","]
        if not commas:
            continue
        left, right = doc[e.start : commas[0]], doc[commas[0] + 1 : e.end]
        _clear_entities(doc, e.start, e.end)
        _set_entity(doc, left.start, left.end, "ORG")
        if right[0].is_title and right[0].lower_ in lexicon.first_names() and len(right) <= 3:
            _set_entity(doc, right.start, right.end, "PERSON")


def _someone_at_an_org(doc: Any) -> None:
    """ "Referred by Farah at Meadowgate", "ring Lionel from Kestrel Brokers": the NER may
    draw one organisation over someone and the place they work. A name that opens with a
    listed first name and goes on "at" or "from" a capitalised name is the person and their
    organisation, not one body; the words after keep the label."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) < 3:
            continue
        cut = next((t.i for t in e[1:3] if t.lower_ in ("at", "from")), None)
        if cut is None:
            continue
        left = doc[e.start : cut]
        right = doc[cut + 1 + (doc[cut + 1].lower_ == "the") : e.end]
        if not (
            len(right)
            and all(t.is_title and t.is_alpha for t in left)
            and left[0].lower_ in lexicon.first_names()
            and right[0].is_title
        ):
            continue
        _clear_entities(doc, e.start, e.end)
        _set_entity(doc, left.start, left.end, "PERSON")
        _set_entity(doc, right.start, right.end, "ORG")


def _names_run_over_a_verb(doc: Any) -> None:
    """ "Ola Bright manages Pantry Plus's Hackney branch", "Tam from fairshare came round": the
    NER may draw one name over someone, what they do and the organisation they do it to. A
    name holds no verb in lower case, so the span is cut there: the words after keep the
    NER's label when they are a name, the words before
    are the verb's subject, someone when they open with a listed first name (else they keep
    the label too, for later layers to weigh)."""
    for e in list(doc.ents):
        if e.label_ not in NAME_LABELS or e.ent_id_ or len(e) < 2:
            continue
        verbs = [t.i for t in e[1:] if t.is_lower and t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD")]
        if not verbs:
            continue
        i = verbs[0]
        left, right = doc[e.start : i], doc[i + 1 : e.end]
        if not all(t.is_alpha for t in left):
            continue
        label = e.label_
        if (
            all(t.is_title for t in left)
            and left[0].lower_ in lexicon.first_names()
            and left[-1].dep_ == "nsubj"
            and len(left) <= 3
        ):
            label = "PERSON"
        _clear_entities(doc, e.start, e.end)
        _set_entity(doc, left.start, left.end, label)
        if len(right) and right[0].is_title:
            _set_entity(doc, right.start, right.end, e.label_)
    for e in list(doc.ents):
        # "the appeal for fenmoor high the hearing is on the 24th": an organisation's
        # word then "the" opens the next phrase; the name ends at its kind
        if e.label_ != "ORG" or e.ent_id_:
            continue
        cut = [t.i for t in e[1:-1] if t.lower_ == "the" and doc[t.i - 1].lower_ in org_suffixes()]
        if cut:
            _set_entity(doc, e.start, cut[0], "ORG")
    for e in list(doc.ents):
        # "Chased Enfield Council Housing about the boiler": a memo's first word, a verb in
        # the past, is no part of the body it was done to
        first = e[0]
        if (
            e.label_ == "ORG"
            and not e.ent_id_
            and len(e) >= 3
            and _opened_by_a_past_verb(first)
            and first.lower_ not in lexicon.first_names()
            and any(t.lower_ in org_suffixes() for t in e[1:])
        ):
            _set_entity(doc, e.start + 1, e.end, "ORG")
        # "Bought Zainab's present on the Broadway": a sentence's first word, a verb in the
        # past, is no first name of the one it was done for
        elif (
            e.label_ == "PERSON"
            and not e.ent_id_
            and len(e) >= 2
            and (_opened_by_a_past_verb(first) or _a_past_before_its_object(doc, e))
            and first.lower_ not in lexicon.first_names() | NAMES_THAT_ARE_PASTS
            and all(t.is_title and t.is_alpha for t in e[1:])
        ):
            _set_entity(doc, e.start + 1, e.end, "PERSON")


# Past forms that are first names too: "Rose Mbeki rang", "Drew Kavanagh's van".
NAMES_THAT_ARE_PASTS = {"rose", "drew", "hung", "won", "bore"}


def _a_past_before_its_object(doc: Any, e: Any) -> bool:
    """ "Bought Zainab's present", "Sent Dimitra Kolovou the forms": a no-"-ed" past form opening
    the sentence, with the name after it followed by what was done ("'s", "the"), not by a
    verb of its own ("Rose Mbeki rang")."""
    first = e[0]
    if not (first.is_sent_start and first.lower_ in PAST_FORMS) or e.end >= len(doc):
        return False
    return doc[e.end].text in ("'s", "’s") or doc[e.end].lower_ in ("the", "a", "an", "some")


# What a body holds that the NER runs its name into: "the LMC webinar", "the Cranbrook TRA
# AGM", "the Jubilee Park Fun Run". None ends a body's own name.
HAPPENINGS_HELD = {
    "agm", "agms", "egm", "webinar", "webinars", "meeting", "meetings", "run", "walk",
    "workshop", "workshops", "drop-in", "launch", "quiz", "raffle", "fundraiser", "social",
}  # fmt: skip
# Words that open such a happening's name: "Fun Run", "Sponsored Walk", "Coffee Morning".
HAPPENING_OPENERS = {"fun", "sponsored", "charity", "annual", "monthly", "quarterly", "open"}
HAPPENING_WORDS = HAPPENING_OPENERS | HAPPENINGS_HELD


def _happenings_run_into_a_name(doc: Any) -> None:
    """ "the Cranbrook Estate TRA AGM is on the ninth": a body's name run into what it holds
    is the body alone; a place's name run into it ("the Jubilee Park Fun Run") is the
    happening's, no body. Initials alone ("the LMC webinar") are dropped with the happening:
    learned as a body of their own, they would later cut the body's full name in two
    ("Tressel Estate" and "TRA" of "the Tressel Estate TRA")."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) < 2 or e[-1].lower_ not in HAPPENINGS_HELD:
            continue
        start = e.start + (e[0].lower_ == "the")
        end = e.end - 1
        while end > start and doc[end - 1].lower_ in HAPPENING_WORDS:
            end -= 1
        if end == start:
            continue
        rest = doc[start:end]
        last = rest[-1].lower_
        _clear_entities(doc, e.start, e.end)
        if last in PLACE_SUFFIXES and last not in org_suffixes():
            _set_entity(doc, start, end, "FAC")
        elif last in org_suffixes() or (len(rest) > 1 and rest[-1].is_upper):
            _set_entity(doc, start, end, "ORG")


def _title_case_names(doc: Any) -> None:
    """ "sort the kit order with Mend It Mates", "a magician from Pop Goes The Party": inside a
    sentence, a little word written with a capital ("It", "The", "On") says the capitalised
    words around it are one title-cased name, which the NER cuts into pieces ("Kick" alone).
    When the NER took a piece of it for an organisation, the whole run is that organisation."""
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha and doc[j].lower_ != "i":
            j += 1
        start = i
        while start < j and doc[start].lower_ in ACTION_VERBS | NOT_NAME:
            start += 1  # "Met Mend It Mates": the command is no part of the name
        inner = [t for t in doc[start + 1 : j - 1] if t.is_stop]
        i = max(j, i + 1)
        if j - start < 3 or not inner or doc[start].is_stop or _locked(doc, start, j):
            continue
        found = _overlapping(doc, start, j)
        if any(e.label_ == "ORG" for e in found) and all(
            e.label_ in NAME_LABELS and start <= e.start and e.end <= j for e in found
        ):
            _set_entity(doc, start, j, "ORG")


def _orgs_that_are_she_or_he(doc: Any) -> None:
    """ "Met the nursery owner, Euphemia Rudd, she said ...": a name the NER took for an
    organisation that ", she" or ", he" takes up is someone (a firm is "they"). Only a name
    of two or three words opening with one no dictionary knows (a first name; a surname may
    be a word, "Rudd") and holding no place or organisation word: in "rang Clarion Housing,
    she said" she answered for the organisation."""
    english = _english_words()
    never = org_suffixes() | lexicon.place_words() | _authority_words() | ACRONYMS
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or not 2 <= len(e) <= 3:
            continue
        if (
            not all(t.is_title and t.is_alpha for t in e)
            or e[0].lower_ in english
            or any(t.lower_ in never for t in e)
        ):
            continue
        if [t.lower_ for t in doc[e.end : e.end + 2]] in ([",", "she"], [",", "he"]):
            _set_entity(doc, e.start, e.end, "PERSON")


def _named_after_someone(doc: Any) -> None:
    """ "parents' evening at Walter Tull", "the nativity at Mary Seacole": a happening is held
    at a place, not at a person, so a full name after "<happening> at" (no title, no "'s":
    "the party at Sam Reed's" is his home) is an institution named after someone, mostly a
    school. The NER may call such a name a place instead ("at Walter Tull" as somewhere):
    then only one that opens with a listed first name and holds no place word."""
    place = PLACE_SUFFIXES | lexicon.place_words()
    for e in list(doc.ents):
        if e.ent_id_ or len(e) < 2 or e.start < 2:
            continue
        if e.label_ in ("LOC", "GPE", "FAC"):
            if e[0].lower_ not in lexicon.first_names() or any(t.lower_ in place for t in e):
                continue
        elif e.label_ != "PERSON":
            continue
        if not all(t.is_title and t.is_alpha for t in e) or e[0].lower_ in TITLES:
            continue
        if e.end < len(doc) and doc[e.end].text in ("'s", "’s"):
            continue
        if doc[e.start - 1].lower_ == "at" and doc[e.start - 2].lower_ in EVENT_NOUNS:
            _set_entity(doc, e.start, e.end, "ORG")


def _knighted_names_one_is_at(doc: Any) -> None:
    """ "Callum's at Dame Alice Owen's now", "she got into Sir John Colet's": "at" or "into"
    a knight's or a dame's full name with "'s" is the school or the hospital named after
    them, where one is, not their home or the person."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ or len(e) < 3 or e.start < 1:
            continue
        if e[0].lower_ not in ("sir", "dame") or doc[e.start - 1].lower_ not in ("at", "into"):
            continue
        if e.end >= len(doc) or doc[e.end].text not in ("'s", "’s"):
            continue
        after = doc[e.end + 1] if e.end + 1 < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"):  # not "'s house"
            _set_entity(doc, e.start, e.end + 1, "ORG")


# A trading name with a digit inside it and a capitalised word after: "A2Dominion",
# "4Children", "Go2Market" (not a postcode, "N17", nor a road, "A406").
DIGIT_NAME = re.compile(r"^[A-Za-z]{0,3}\d+[A-Z][a-z]{2,}[A-Za-z]*$")


def _names_with_digits_inside(doc: Any) -> None:
    """ "ring A2Dominion first thing": a word made of a digit and a capitalised word is a
    trading name, an organisation, whatever the NER guessed or missed."""
    for t in doc:
        if (
            DIGIT_NAME.match(t.text)
            and t.text.lower() not in lexicon.not_entities()
            and not any(e.ent_id_ or e.label_ == "ORG" for e in _overlapping(doc, t.i, t.i + 1))
        ):
            _set_entity(doc, t.i, t.i + 1, "ORG")


# What follows an hour or a score, not a name: "hellesdon legion 2 oclock", "Acme 3 pm".
CLOCK_WORDS = {
    "oclock", "o'clock", "o’clock", "pm", "am", "p.m.", "a.m.", "ish", "nil", "kick", "ko",
}  # fmt: skip


def _numbers_run_onto_names(doc: Any) -> None:
    """ "we're at home to hellesdon legion 2 oclock", "my PEAT 2 log": a number the NER ran
    onto the end of a name is the hour or the score said after it, not part of the name (the
    name stands without it); a stage said by its initials and a number, before a noun it
    names ("the PEAT 2 review", "her NVQ 3 folder"), is a course, not a body. So is the
    start of a time said the British way ("service at Capel Salem half ten")."""
    for e in list(doc.ents):
        nxt = doc[e.end] if e.end < len(doc) else None
        if (
            e.label_ == "ORG"
            and not e.ent_id_
            and len(e) > 2
            and e[-1].lower_ in ("half", "quarter")
            and nxt is not None
            and (nxt.like_num or nxt.lower_ in ("past", "to"))
        ):  # "service at Capel Bethesda half ten": the hour said after the name
            _set_entity(doc, e.start, e.end - 1, "ORG")
            continue
        if e.label_ != "ORG" or e.ent_id_ or len(e) < 2 or not e[-1].is_digit:
            continue
        if nxt is not None and nxt.lower_ in CLOCK_WORDS:
            _set_entity(doc, e.start, e.end - 1, "ORG")
        elif (
            len(e) == 2
            and e[0].is_upper
            and e[0].is_alpha
            and nxt is not None
            and nxt.is_lower
            and nxt.pos_ == "NOUN"
            and nxt.lower_ not in org_suffixes()
        ):
            _clear_entities(doc, e.start, e.end)


# Subjects taught at school, which a child picks or has a teacher for: "Physics and Geography".
SCHOOL_SUBJECTS = {
    "maths", "mathematics", "english", "science", "physics", "chemistry", "biology", "history",
    "geography", "french", "spanish", "german", "latin", "music", "drama", "art", "computing",
    "pe", "re", "rs", "dt", "economics", "business", "psychology", "sociology", "politics",
    "literature", "language", "languages", "studies", "further", "design", "technology",
    "religious", "education", "physical", "media", "philosophy", "and", "&",
}  # fmt: skip


def _two_bodies_joined_by_and(doc: Any) -> None:
    """ "writing to South Norfolk Council and Norfolk County Council", "she picks between
    Physics and Geography": a span the NER took for one organisation that ends in a kind of
    body on both sides of "and" is two bodies, the first running back over the capitalised
    words of its name the NER left out; one made of school subjects alone is no body."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_:
            continue
        if len(e) > 2 and all(t.lower_ in SCHOOL_SUBJECTS for t in e) and e[0].lower_ != "and":
            if any(t.lower_ == "and" for t in e):
                _clear_entities(doc, e.start, e.end)
            continue
        joins = [t.i for t in e[1:-1] if t.lower_ == "and"]
        if len(joins) != 1 or not e[-1].is_title or e[-1].lower_ not in org_suffixes():
            continue
        k = joins[0]
        left = doc[k - 1]
        if not (left.is_title and left.lower_ == e[-1].lower_):
            continue  # "Norfolk Community Health and Care NHS Trust" is one name
        start = e.start
        while (
            start > 0
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and not doc[start - 1].is_sent_start
            and not any(x.label_ == "PERSON" for x in _overlapping(doc, start - 1, start))
        ):
            start -= 1
        _clear_entities(doc, start, e.end)
        _set_entity(doc, start, k, "ORG")
        _set_entity(doc, k + 1, e.end, "ORG")


# Verbs of trading one employer or supplier for another: "leaving Kestrel for Oakleaf Care".
LEFT_FOR = {
    "leave", "leaves", "leaving", "left", "quit", "quits", "quitting", "swap", "swaps",
    "swapping", "swapped", "switch", "switches", "switching", "switched", "ditch", "ditched",
    "ditching", "dump", "dumped",
}  # fmt: skip


def _left_one_body_for_another(doc: Any) -> None:
    """ "she's thinking of leaving Kestrel for Oakleaf Care", "we swapped Ovo for Octopus":
    what is left "for" something is one body and what it is left for another, though the NER
    read "Kestrel for Oakleaf Care" as one name like "Skills for Care". The second must end
    in a kind of body or be a name of two words, or the first be said alone in the memo too;
    a listed name stays whole."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or e.start == 0:
            continue
        if doc[e.start - 1].lower_ not in LEFT_FOR:
            continue
        cut = [t.i for t in e[1:-1] if t.lower_ == "for"]
        if len(cut) != 1 or not (doc[e.start].is_title and doc[cut[0] + 1].is_title):
            continue
        k = cut[0]
        first = doc[e.start : k].text
        alone = [
            x
            for x in doc.ents
            if x.text == first
            and x.label_ in ("ORG", "PERSON")
            and (x.end <= e.start or x.start >= e.end)
        ]
        if not (alone or e[-1].lower_ in org_suffixes() or e.end - k > 2):
            continue
        if _locked(doc, k + 1, e.end) or doc[k + 1 : e.end].text.lower() in _listed_places():
            continue  # "left Homes for Haringey": "for" a place is the one name
        _clear_entities(doc, e.start, e.end)
        _set_entity(doc, e.start, k, "ORG")
        _set_entity(doc, k + 1, e.end, "ORG")
        for x in alone:  # "... and Kestrel pays thirty": the same body said again
            if x.label_ == "PERSON" and not x.ent_id_:
                _set_entity(doc, x.start, x.end, "ORG")


# Services a public body's name joins with "and": "Norfolk Community Health and Care",
# "Sheffield Health and Social Care", "Leeds Education and Skills".
SERVICE_WORDS = {
    "health", "care", "social", "wellbeing", "support", "education", "skills", "learning",
    "housing", "leisure", "culture", "recreation", "community", "communities",
}  # fmt: skip


def _services_joined_by_and(doc: Any) -> None:
    """ "from Bryony at Norfolk Community Health and Care, Bryony Scothern": a body's name
    that ends in a service the NER cut at "and" goes on over the capitalised services after it
    ("and Care", "and Social Care"), which name no body of their own."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or len(e) < 2 or e[-1].lower_ not in SERVICE_WORDS:
            continue
        if e.ent_id_ and (e.ent_id_ == VOCAB_ID or not e[-1].is_lower):
            continue
        if e.end + 1 >= len(doc) or doc[e.end].lower_ != "and":
            continue
        lower = e[-1].is_lower
        end = e.end + 1
        while (
            end < len(doc)
            and (doc[end].is_lower if lower else doc[end].is_title)
            and doc[end].lower_ in SERVICE_WORDS
        ):
            end += 1
        if lower:
            # "the eastern health and social care trust": in lower case, only with the kind
            # of body after the services, which the NER took for a body of its own
            if end == e.end + 1 or end >= len(doc) or doc[end].lower_ not in AREAS_BODY_ENDS:
                continue
            if any(x.start < e.end + 1 or x.end > end + 1 for x in _overlapping(doc, e.end, end)):
                continue
            _set_entity(doc, e.start, end + 1, "ORG")
            continue
        if end == e.end + 1 or _overlapping(doc, e.end + 1, end):
            continue
        if end < len(doc) and doc[end].is_title:
            continue  # "Health and Care Partnership": more of a name the NER left
        _set_entity(doc, e.start, end, "ORG")


def _executives_of_a_service(doc: Any) -> None:
    """ "ring the Housing Executive", "Rang the Northern Ireland Housing Executive": a service
    and "Executive" name the body that runs it, not a job ("a sales executive"), and a name
    the NER ended on the service ("Northern Ireland Housing") goes on over "Executive"."""
    for t in doc[1:]:
        if t.lower_ == "action" and t.ent_id_ != VOCAB_ID:
            _action_after_a_cause(doc, t)
        if t.lower_ != "executive" or t.ent_id_ == VOCAB_ID:
            continue
        service = doc[t.i - 1]
        if service.lower_ not in SERVICE_WORDS or service.is_title != t.is_title:
            continue
        before = [x for x in _overlapping(doc, service.i, service.i + 1) if x.label_ == "ORG"]
        if before and before[0].end == service.i + 1 and before[0].ent_id_ != VOCAB_ID:
            start = before[0].start
        elif t.i > 1 and doc[t.i - 2].lower_ == "the":
            start = service.i
        else:
            continue
        if any(x.start < start or x.ent_id_ == VOCAB_ID for x in _overlapping(doc, start, t.i + 1)):
            continue
        _set_entity(doc, start, t.i + 1, "ORG", CONTEXT_ID)


def _action_after_a_cause(doc: Any, t: Any) -> None:
    """ "in early at north east homeless action, the day centre": a charity named for its
    cause and "Action" ("Voluntary Action", "Homeless Action") that the NER ended on the
    cause goes on over "action" when nothing more of a noun follows (not "the union action
    day", "the council's action plan")."""
    before = [x for x in _overlapping(doc, t.i - 1, t.i) if x.label_ == "ORG"]
    if len(before) != 1 or before[0].end != t.i or before[0].ent_id_ == VOCAB_ID:
        return
    e = before[0]
    if len(e) < 2 or e[-1].is_lower != t.is_lower or e[-1].lower_ in org_suffixes():
        return
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if after is None or after.is_punct or after.pos_ in ("ADP", "AUX", "VERB", "CCONJ"):
        _set_entity(doc, e.start, t.i + 1, "ORG", e.ent_id_ or CONTEXT_ID)


def _org_runs_into_a_department(doc: Any) -> None:
    """ "Emailed Hallam Council school admissions", "rang Fenwick Trust maternity": a name
    that already ended in a capitalised organisation word does not go on into the lower-case
    words after it; they are a team inside it (or what it was about), not more of its name.
    So does a listed body's name written with capitals: "at the Evelina London clinic"."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ == VOCAB_ID or not e[-1].is_lower:
            continue
        ends = [t.i for t in e[:-1] if t.is_title and t.lower_ in org_suffixes()]
        listed = _listed_name_before_lower_words(e)
        if ends and all(t.is_lower for t in doc[ends[-1] + 1 : e.end]):
            _set_entity(doc, e.start, ends[-1] + 1, "ORG")
        elif listed:
            _set_entity(doc, e.start, listed, "ORG", GAZETTEER_ID)  # the list says so
        elif e[-1].lower_ in COMMITTEES and len(e) > 2 and all(t.is_title for t in e[:-1]):
            _set_entity(doc, e.start, e.end - 1, "ORG")


def _listed_name_before_lower_words(e: Any) -> int:
    """Where a listed body's capitalised name ends inside `e` when only lower-case words
    follow it ("Evelina London clinic"), else 0."""
    start = e.start + (e[0].lower_ == "the")
    for end in range(e.end - 1, start, -1):
        head = e.doc[start:end]
        if not all(t.is_lower for t in e.doc[end : e.end]):
            break
        if head[0].is_title and head.text.lower() in lexicon.listed_org_names():
            return end
    return 0


# The body inside an organisation that runs it, said in lower case after its name: "the
# Kelby Carnival committee met" is the carnival's committee, the organisation is the carnival.
COMMITTEES = {"committee", "subcommittee", "board", "panel"}


# Words between a name and the fuller name that corrects it: "Elm Lodge, sorry, Elm Lodge
# Surgery".
CORRECTING = {"no", "sorry", "actually", "mean", "er", "erm", "um", "uh", "i", "wait", "rather"}


def _org_said_short_then_corrected(doc: Any) -> None:
    """ "Ring Dad's surgery, Elm Lodge, sorry, Elm Lodge Surgery": a name said short and
    corrected at once to the organisation's full name is that organisation (the correction
    then replaces it), not a person or a place called "Elm Lodge"."""
    for a, b in itertools.pairwise(list(doc.ents)):
        between = doc[a.end : b.start]
        if (
            b.label_ == "ORG"
            and a.label_ in ("PERSON", "GPE", "LOC", "FAC", "ORG")
            and a.ent_id_ != VOCAB_ID
            and 0 < len(between) <= 6
            and all(t.is_punct or t.lower_ in CORRECTING for t in between)
            and any(t.lower_ in ("no", "sorry", "actually", "mean") for t in between)
            and b.text.lower().startswith(a.text.lower() + " ")
        ):
            _set_entity(doc, a.start, a.end, "ORG")


def _org_corrected_to_another_name(doc: Any) -> None:
    """ "Dale Hennessy from Stairmaster, sorry, Stairwise": a name said at once in place of an
    organisation's is the organisation's right name, whatever the NER took it for (someone,
    somewhere). Not a full name opening with a first name ("Acme, no, Jo Rudd did it")."""
    for a in list(doc.ents):
        if a.label_ != "ORG" or a.ent_id_ == VOCAB_ID:
            continue
        k = a.end
        while (
            k < len(doc)
            and k - a.end < 6
            and doc[k].text not in (".", "?", "!")  # "... Community Fund I mean. Funding ..."
            and (doc[k].is_punct or doc[k].lower_ in CORRECTING)
        ):
            k += 1
        between = doc[a.end : k]
        if not any(t.lower_ in ("no", "sorry", "mean", "rather") for t in between):
            continue
        if k < len(doc) and doc[k].is_lower:
            _org_corrected_in_lower_case(doc, k)
            continue
        end = k
        while end < len(doc) and end - k < 4 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end + 1 < len(doc) and doc[end].lower_ in ("and", "&", "of") and doc[end + 1].is_title:
            continue  # "Hinge and Bracket, no sorry, Bracket and Hinge Property Services"
        if end == k or (end - k > 1 and doc[k].lower_ in lexicon.first_names()):
            continue
        if doc[k].lower_ in NOT_NAME or (end < len(doc) and doc[end].text in ("'s", "’s")):
            continue
        if doc[k].lower_ == a[0].lower_:
            continue  # "Thornleigh Hospital, sorry, Thornleigh General": the same one, said short
        if any(x.ent_id_ in (VOCAB_ID, GAZETTEER_ID) for x in _overlapping(doc, k, end)):
            continue
        _set_entity(doc, k, end, "ORG", CONTEXT_ID)


def _kind_corrected_to_its_name(doc: Any) -> None:
    """ "Call with the trust, er, the Ormsby Heritage Fund I mean": a kind of body said in
    lower case after "the", and at once put right by capitalised words, is that body by its
    name, up to the end of the run (never over the full stop into "Funding officer is Ade"),
    whatever the NER made of the name. The words must say the correction ("sorry", "no", "I
    mean" before or after), and a first name and one more word is someone ("the trust, sorry,
    Jo Rudd")."""
    suffixes = org_suffixes()
    n = len(doc)
    for t in doc:
        if not (t.is_lower and t.lower_ in suffixes) or t.i == 0:
            continue
        if doc[t.i - 1].lower_ not in ("the", "our", "their"):
            continue
        k = t.i + 1
        while k < n and k - t.i <= 6 and doc[k].text not in (".", "?", "!"):
            if not (doc[k].is_punct or doc[k].lower_ in CORRECTING):
                break
            k += 1
        between = doc[t.i + 1 : k]
        if not between or not between[0].is_punct:
            continue  # "the trust Ormsby runs": no correction
        if k < n and doc[k].lower_ == "the":
            k += 1
        end = k
        while end < n and end - k < 5 and doc[end].is_title and doc[end].is_alpha:
            if doc[end].lower_ == "i":
                break
            end += 1
        if end == k:
            continue
        said = any(w.lower_ in ("no", "sorry", "mean", "actually", "rather") for w in between)
        meant = [w.lower_ for w in doc[end : end + 2]] == ["i", "mean"]
        if not (said or meant):
            continue
        named = end - k <= 2 and doc[k].lower_ in lexicon.first_names()
        if named and doc[end - 1].lower_ not in suffixes:
            continue
        if _locked(doc, k, end) or any(
            x.ent_id_ in (VOCAB_ID, GAZETTEER_ID) for x in _overlapping(doc, k, end)
        ):
            continue
        _set_entity(doc, k, end, "ORG", CONTEXT_ID)


def _org_corrected_in_lower_case(doc: Any, k: int) -> None:
    """ "Braid and Tulloch, no, braid and tait,", "Fortis Pharmacy, no, sorry, it's greenway
    pharmacy.", "Locate a Locum, no, it's called pharmacy locums direct": the right name said
    in lower case from token `k` ("it's" and "called" before it), up to where it closes, when
    it is shaped like a trading name or ends in an organisation's word after a name's word."""
    if doc[k].lower_ == "it" and k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s", "is"):
        k += 2
    if k < len(doc) and doc[k].lower_ == "called":
        k += 1
    if k >= len(doc) or not doc[k].is_lower:
        return
    end = _lower_name_end(doc, k)
    if end == k or (
        end < len(doc) and not (doc[end].is_punct or doc[end].lower_ in ("now", "not"))
    ):
        return
    low = [t.lower_ for t in doc[k:end]]
    kind = len(low) >= 2 and low[-1] in org_suffixes() and low[0] not in GENERIC_FIRST_WORDS
    if not (kind or _trading_name(doc, k, end, plain=True)):
        return
    if low[0] in lexicon.first_names() | NOT_NAME or _locked(doc, k, end):
        return
    if any(e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) for e in _overlapping(doc, k, end)):
        return
    _set_entity(doc, k, end, "ORG", CONTEXT_ID)


def _org_named_after_its_kind(doc: Any) -> None:
    """ "the housing association has to fix it. So that's Larchmont.": a name given by "that's"
    or "which is" right after an organisation was spoken of by its kind in lower case (nobody
    named in between) is that organisation's name, whatever the NER guessed (a product, a
    place)."""
    for t in doc:
        if t.lower_ not in ("that", "which") or t.i + 2 >= len(doc):
            continue  # not "it was Dilnoza": that is who came
        if doc[t.i + 1].lower_ not in ("'s", "’s", "is", "was"):
            continue
        start = end = t.i + 2
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if start == end or (end < len(doc) and not doc[end].is_punct):
            continue  # "that's Mark being Mark", "it's Tuesday"
        if [w.lower_ for w in doc[end : end + 2]] == [",", "who"]:
            continue  # "it's Bryony, who runs it": someone
        if doc[start].lower_ in lexicon.first_names() | NOT_NAME | TITLES or _locked(
            doc, start, end
        ):
            continue
        guess = _overlapping(doc, start, end)
        if any(e.label_ in ("DATE", "TIME") for e in guess) or (
            any(e.label_ == "PERSON" for e in guess)
            and (end - start > 1 or doc[start].lower_ in lexicon.first_names())
        ):
            continue  # "So that's Marek": someone named
        window = sentences_back(doc, t.i, 1)
        said = [e for e in doc.ents if window <= e.start and e.end <= t.i and e.label_ != "DATE"]
        if said and said[-1].label_ == "ORG" and said[-1].text.islower():
            _set_entity(doc, start, end, "ORG")  # the last name before it, its kind


# Verbs that put someone at the body they work or help in, said before "at".
WORK_AT_VERBS = {"works", "work", "worked", "working", "volunteers", "volunteer", "volunteered"}
# Kinds of place, not of body, said before "centre": "the shopping centre, the Mall".
PLACE_KINDS = {"shopping", "town", "city", "garden", "retail"}


def _org_named_after_its_kind_at_work(doc: Any) -> None:
    """ "Marnie volunteers at the refugee centre, the Hollin Welcome Centre": the body one
    works or volunteers at, said first by its kind in lower case and set off at once by its
    name ending in the same word, is that body, whatever the NER guessed (a place)."""
    for t in doc[1:-4]:
        if t.lower_ != "at" or doc[t.i - 1].lower_ not in WORK_AT_VERBS:
            continue
        if doc[t.i + 1].lower_ != "the":
            continue
        comma = t.i + 2
        while comma < len(doc) and doc[comma].is_lower and doc[comma].is_alpha:
            comma += 1
        if comma - t.i < 4 or comma + 1 >= len(doc) or doc[comma].text != ",":
            continue  # "at the refugee centre,": a kind said with what kind it is
        head = doc[comma - 1].lower_
        if any(w.lower_ in PLACE_KINDS for w in doc[t.i + 2 : comma]):
            continue
        start = comma + 1 + (doc[comma + 1].lower_ == "the")
        end = start
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end - start < 2 or doc[end - 1].lower_ != head or _locked(doc, start, end):
            continue
        found = _overlapping(doc, start, end)
        if all(e.label_ in ("ORG", "LOC", "FAC", "GPE") for e in found):
            _set_entity(doc, start, end, "ORG")


# Nouns after a title that make it the name of a course or a qualification, not of its provider:
# "the Introduction to Beekeeping course".
COURSE_NOUNS = {
    "course", "courses", "workshop", "module", "qualification", "certificate", "exam",
    "programme", "program", "class", "classes", "training", "award", "badge", "syllabus",
}  # fmt: skip


# Last words of things one applies for, is paid or holds, not of who gives them.
HELD_THINGS = {
    "payment", "payments", "allowance", "credit", "benefit", "pass", "badge", "award",
    "licence", "license", "permit", "certificate", "card", "voucher", "vouchers", "loan",
}  # fmt: skip


# Particles of a surname ("Van der Waals", "de la Cruz"): a name of that shape after "the"
# is a thing named after someone.
NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del"}


# Words for still water: "Derwent Water", "Stowe Lake" are places to walk to.
WATER_WORDS = {"water", "lake", "lakes", "mere", "pond", "ponds", "reservoir", "tarn"}


# Words before a name that say it is somewhere to be, not someone's employer: "up by ...".
NEAR_WORDS = {"by", "near", "round", "around", "past", "across", "along", "beside", "towards"}


def _not_organisations(doc: Any) -> None:
    """Names the NER calls an organisation that are something else: a course title ("the
    Introduction to Pottery course"), a thing named after someone ("the Van der Waals"), an
    abbreviation that spells a word used as a modifier ("a SAT paper", "the MOT test"), a
    common noun in lower case ("find a ref"), and still water one walks by ("up by Blake
    Water", "the Blake Water car park") that is a place."""
    english = _english_words()
    for e in list(doc.ents):
        if e.label_ == "PERSON" and not e.ent_id_ and len(e) > 1 and e[-1].lower_ in HELD_THINGS:
            _clear_entities(doc, e.start, e.end)  # "Dad gets Attendance Allowance now"
            continue
        nxt = doc[e.end] if e.end < len(doc) else None
        if (
            e.label_ == "ORG"
            and not e.ent_id_
            and e.start > 0
            and doc[e.start - 1].lower_ == "on"
            and not any(t.lower_ in org_suffixes() for t in e)
            and _role_before(doc, e.start - 1) is None
        ):
            # "the notes on Learnly Classroom", "homework on Learnly Pro": what work is kept
            # on is a system; someone is "on" a board or a team only by a role or its kind
            _clear_entities(doc, e.start, e.end)
            continue
        if (
            e.label_ == "ORG"
            and nxt is not None
            and nxt.lower_ in WEB_THINGS
            and (
                nxt.lower_ == "app" or not (e.ent_id_ or any(t.lower_ in org_suffixes() for t in e))
            )
        ):
            # "the NHS App", "set up a Fundly page": the app or the page, not the body
            _clear_entities(doc, e.start, e.end)
            continue
        if (
            e.label_ == "ORG"
            and e.ent_id_ != VOCAB_ID
            and e[-1].is_upper
            and nxt is not None
            and nxt.lower_ in HELD_THINGS | {"number"}
        ):
            # "ring her with the NHS number", "Abba's NHS number": a number or a card someone
            # holds, named by the body's initials, is no mention of the body
            _clear_entities(doc, e.start, e.end)
            if len(e) == 3 and e[1].text in ("'s", "’s") and e[0].lower_ not in english:
                _set_entity(doc, e.start, e.start + 1, "PERSON")
            continue
        if (
            e.label_ in ("PERSON", "ORG")
            and len(e) == 1
            and not e.ent_id_
            and e[0].lower_ not in lexicon.first_names() | org_suffixes()
            and _where_it_happens(doc, e.start)
        ):
            # "the party's at Gambado": one unknown word where a happening is held is the
            # venue, not someone and not an employer
            _set_entity(doc, e.start, e.end, "FAC")
            continue
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID):
            continue
        before = doc[e.start - 1].lower_ if e.start > 0 else ""
        pair = [t.lower_ for t in e if t.lower_ != "the"]
        paired = len(pair) == 3 and pair[1] in ("and", "&") and (pair[0], pair[2]) in COMMON_PAIRS
        if paired and e.text.islower():
            _clear_entities(doc, e.start, e.end)  # "Jo from fish and chips": no name
            continue
        bare = before in ("at", "to", "from", "in", "after", "before")
        if len(e) == 1 and e[0].is_lower and e[0].lower_ in GENERIC_WORKPLACES and bare:
            _clear_entities(doc, e.start, e.end)  # "back at uni next week": no one body
            continue
        booked = {t.lower_ for t in doc[max(e.sent.start, e.start - 3) : e.start]} & HIRE_VERBS
        if (booked or _where_it_happens(doc, e.start)) and e[-1].lower_ in VENUE_SUFFIXES | {
            "house"
        }:
            _set_entity(doc, e.start, e.end, "FAC")  # "booked the Larkspur Centre": a venue
            continue
        suffixed = any(t.lower_ in org_suffixes() for t in e)
        # "the Foundations of Youth Work course": the title may run on past the NER's span
        run_on = e.end
        while run_on < len(doc) and run_on - e.end < 3 and doc[run_on].is_title:
            run_on += 1
        title_end = doc[run_on] if run_on < len(doc) else None
        course = (
            title_end is not None
            and title_end.lower_ in COURSE_NOUNS
            and len(e) > 1
            and not suffixed
            and not any(t.lower_ in org_suffixes() for t in doc[e.end : run_on])
            and e[-1].is_title
        )
        eponym = (
            (before == "the" or e[0].lower_ == "the")
            and len(e) >= 2
            and not suffixed
            and any(t.lower_ in NAME_PARTICLES and t.is_lower for t in e[1:-1])
        )
        spelt_word = (  # "SAT papers": an abbreviation that spells a word, as a modifier
            len(e) == 1
            and nxt is not None
            and e[0].is_upper
            and len(e[0].text) >= 3
            and e[0].lower_ in english
            and e[0].lower_ not in _one_word_bodies()
            and nxt.is_lower
            and nxt.pos_ in ("NOUN", "VERB")
            and not _role_word(nxt.lower_)
        )
        common = (  # "find a parent ref"; but "she works at the council" names her employer
            len(e) == 1
            and e[0].is_lower
            and (
                (e[0].lower_ in english and e[0].pos_ == "NOUN")
                or _people_in_the_plural(e[0])  # "home with carers twice a day"
            )
            and not (e.start >= 2 and doc[e.start - 2].lower_ in ORG_PREPS)
        )
        # "the primary school nursery is shut": three ordinary words or more in lower case
        # ending in a kind of body, none of them a name's (a first name, a place's word, a
        # road's), name no one body ("the cricket club" may be a known one said short)
        words = [t for t in e if t.lower_ != "the"]
        common = common or (
            len(words) >= 3
            and all(t.is_lower for t in e)
            and e[-1].lower_ in org_suffixes()
            and all(
                t.lower_ in english
                and t.lower_ not in lexicon.first_names()
                and t.lower_ not in lexicon.place_words()
                and t.lower_ not in PLACE_SUFFIXES
                for t in words
            )
            and not _plain_name_said_as_a_body(
                doc, words[0].i, _kind_start(doc, e.end - 1), e.end
            )  # "rang the bundle baby bank": a name of plain words, said where a body is
        )
        # "the woman from the park": a kind of place said as a common noun is somewhere
        common = common or (
            len(e) == 2
            and e[0].lower_ == "the"
            and e[1].is_lower
            and e[1].lower_ in PLACE_SUFFIXES - org_suffixes()
        )
        # "training night at the base", "meet at the clubhouse": a building said alone in
        # lower case is where one meets, even after "at the"
        common = common or (len(words) == 1 and words[0].is_lower and words[0].lower_ in PREMISES)
        # "the Blue Badge", "her Bronze Award", "Dad's Personal Independence Payment"
        held = e[-1].lower_ in HELD_THINGS and not suffixed
        # "his van's a Ford Transit", "she drives a Nissan Leaf": a make and its model, a
        # thing; a body is "a" name only before what it has ("an Age UK volunteer"). One
        # word is left to its guess: a typed "organising a Binbash" may be anything.
        made = (
            before in ("a", "an")
            and len(e) >= 2
            and not suffixed
            and all(t.is_title or t.is_upper or t.like_num for t in e)
            and not (nxt is not None and nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN"))
        )
        # "she's the alto section leader": a job in lower case, not where one works
        role = (
            len(e) >= 2
            and all(t.is_lower for t in e)
            and _role_word(e[-1].lower_)
            and e[-1].lower_ not in org_suffixes()
        )
        # "Band practice at Gideon's", "choir rehearsal": what a group does, not the group
        # (a GP's "Parkview practice" is a body)
        practice = (
            len(e) == 2
            and e[-1].is_lower
            and e[-1].lower_ in PRACTICE_NOUNS
            and e[0].lower_ in PRACTISED_BY
        )
        # "my parking consultation response", "the funding review": words in lower case ending
        # in what is held or done, with no kind of body among them, are that happening
        happening = all(t.is_lower for t in e) and e[-1].lower_ in PROCEEDINGS and not suffixed
        if (
            course
            or eponym
            or spelt_word
            or common
            or held
            or made
            or role
            or practice
            or happening
            or _a_kind_of_place(doc, e)
        ):
            _clear_entities(doc, e.start, e.end)
        elif (
            len(e) >= 2
            and e[-1].lower_ in WATER_WORDS
            and e[0].is_title
            and (
                before in NEAR_WORDS
                or [t.lower_ for t in doc[e.end : e.end + 2]] == ["car", "park"]
            )
        ):
            _set_entity(doc, e.start, e.end, "LOC")


# Buildings and rooms a club or a team meets in, said alone ("at the base"): never a body.
PREMISES = {
    "base", "hut", "clubhouse", "pavilion", "depot", "dugout", "boathouse", "bunkhouse",
    "hangar", "portakabin", "staffroom",
}  # fmt: skip

# What is held, answered or sat through, which ends no body's name in lower case: "the bus
# consultation", "her housing assessment", "the planning appeal hearing".
PROCEEDINGS = {
    "consultation", "consultations", "response", "responses", "appointment", "appointments",
    "review", "inspection", "interview", "assessment", "briefing", "hearing", "appraisal",
    "induction", "audit", "survey", "application", "meeting", "visit", "scan", "session",
}  # fmt: skip

# What a band, a choir or a team meets to do, and who meets to do it ("band practice").
PRACTICE_NOUNS = {"practice", "practise", "rehearsal", "rehearsals", "training"}
PRACTISED_BY = {
    "band", "choir", "bell", "bells", "orchestra", "team", "squad", "football", "netball",
    "rugby", "cricket", "hockey", "dance", "drama", "singing", "music", "piano", "guitar",
    "swimming", "tennis", "brass", "drum", "drums", "jazz", "chorus", "cast",
}  # fmt: skip


# Things on the web named after the service they are on: "a Fundly page", "the Zapp app".
WEB_THINGS = {"app", "page", "website", "site", "portal", "login"}


AND_NAME_CUES = {"from", "at", "with", "ask", "called", "named", "to", "for", "by", "via"}


def _two_people_joined(doc: Any) -> None:
    """ "Sent the drafts to Ingrid and Torunn": two names joined by "and" that the NER took
    for one firm are two people when each is a listed first name or someone the memo names
    (the user's or an earlier memo's person, or a person found elsewhere in it), or one is
    and the other is a word no dictionary has ("Ernst and Young" stays a firm: "young"). A
    pair with a surname that is no first name, and neither a common first name nor a person
    named here ("Millar and Bryce"), or with the surname of someone named in full, is a firm
    named for its partners."""
    people = {
        e[0].lower_
        for e in doc.ents
        if e.label_ == "PERSON" and (e[0].is_title or e.ent_id_ == VOCAB_ID)
    }
    names = lexicon.first_names() | people
    english, places = _english_words(), lexicon.place_words() | _authority_words()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) != 3 or e[1].lower_ not in ("and", "&"):
            continue
        a, b = e[0], e[2]
        if _two_lower_first_names_doing(doc, e):
            _clear_entities(doc, e.start, e.end)  # "so faith and hope are doing the tombola"
            _set_entity(doc, a.i, a.i + 1, "PERSON")
            _set_entity(doc, b.i, b.i + 1, "PERSON")
            continue
        if not all(w.is_title and w.is_alpha for w in (a, b)) or b.lower_ in FIRM_ENDS:
            continue  # "Pengelly and Son": a firm of a family (`_firms_named_for_a_family`)
        if _partners_surnames(a, b, people):
            continue  # "the searches from Millar and Bryce": a firm of two partners' surnames
        named = [w.lower_ in names for w in (a, b)]
        if not all(w.lower_ in lexicon.first_names() for w in (a, b)) and _said_as_a_firm(doc, e):
            # "she does my books at Spurgeon and Beales": a firm named for two, marked so
            # that the evidence stage does not part it either
            _set_entity(doc, e.start, e.end, "ORG", CONTEXT_ID)
            continue
        # the other a word no dictionary has, no place and no kind: a name too ("Torunn")
        if all(named) or (
            any(named)
            and all(
                w.lower_ in names
                or not (w.lower_ in english or w.lower_ in places or w.lower_ in org_suffixes())
                for w in (a, b)
            )
        ):
            _clear_entities(doc, e.start, e.end)
            _set_entity(doc, a.i, a.i + 1, "PERSON")
            _set_entity(doc, b.i, b.i + 1, "PERSON")


def _two_lower_first_names_doing(doc: Any, e: Any) -> bool:
    """ "um so then ravindra and oluwakemi turned up", "so faith and hope are doing the
    tombola": two listed first names in lower case, as Whisper writes them, joined by "and",
    opening a clause and then doing something, are two people, whatever the NER called them
    (a firm named for two partners is a pair of surnames: `_firms_of_two_surnames`)."""
    a, b = e[0], e[2]
    if not all(w.is_lower and w.is_alpha for w in (a, b)):
        return False
    if not all(w.lower_ in lexicon.first_names() for w in (a, b)) or b.lower_ in FIRM_ENDS:
        return False
    if e.text in lexicon.listed_org_names():
        return False
    opens = e.start == e.sent.start or doc[e.start - 1].lower_ in CLAUSE_OPENERS
    after = doc[e.end] if e.end < len(doc) else None
    return opens and after is not None and after.pos_ in ("VERB", "AUX") and after.is_lower


# Kinds a firm named for its partners is called in apposition: "the surveyors, Braid and
# Tait"; "Pettigrew and Lusk, the solicitors". ("partners" is anyone's: "their partners".)
FIRM_KINDS = (org_suffixes() | APPOSITIVE_ORG_HEADS) - {"partners"}


def _said_as_a_firm(doc: Any, e: Any) -> bool:
    """ "she does my books at Spurgeon and Beales", "order the searches from Millar and
    Bryce", "rang Pettigrew and Lusk, the solicitors": two surnames joined by "and" are a
    firm when the memo says so: where one works or is seen ("at", with no "'s" after: "at
    Ingrid and Torunn's" is their home), where one orders or hires from, a firm's kind said
    beside them, or one of them the surname of someone the memo names in full (the partner)."""
    before = [t for t in doc[max(e.sent.start, e.start - 8) : e.start] if t.lower_ not in FILLERS]
    after = doc[e.end] if e.end < len(doc) else None
    owned = after is not None and after.lower_ in ("'s", "’s", "'")
    last = before[-1].lower_ if before else ""
    if last == "at" and not owned:
        return True
    if last == "from" and any(t.lower_ in HIRE_VERBS or t.lemma_ in HIRE_VERBS for t in before):
        return True
    surnames = {
        x[-1].lower_ for x in doc.ents if x.label_ == "PERSON" and len(x) > 1 and x is not e
    }
    return _a_firm_beside(doc, e.start, e.end) or {e[0].lower_, e[-1].lower_} & surnames != set()


def _a_firm_beside(doc: Any, start: int, end: int) -> bool:
    """ "the surveyors, Braid and Tait", "Pettigrew and Lusk, the solicitors": a firm's kind
    said in apposition to a name."""
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in FIRM_KINDS:
        return True
    if end < len(doc) and doc[end].text == ",":
        kind = [t.lower_ for t in doc[end + 1 : end + 4] if t.is_alpha]
        return kind[:1] in (["the"], ["a"], ["our"], ["my"]) and bool(set(kind[1:]) & FIRM_KINDS)
    return False


def _firms_named_for_partners(doc: Any) -> None:
    """ "Chase the report from the surveyors, Tweedie and Bryce": two lone capitalised names
    joined by "and" that the NER took for two people are one firm when a firm's kind is said
    beside them (not when both are listed first names: "my neighbours, Dave and Steve").
    In lower case, as Whisper writes a firm it does not know ("rang tweedie and bryce, the
    letting agents"), one of them the NER took for someone is enough."""
    first = lexicon.first_names()
    for t in doc[1:-1]:
        if t.lower_ not in ("and", "&"):
            continue
        a, b = doc[t.i - 1], doc[t.i + 1]
        if {a.lower_, b.lower_} <= first:
            continue
        lower = all(w.is_lower and w.is_alpha for w in (a, b))
        if not lower and not all(w.is_title and w.is_alpha for w in (a, b)):
            continue
        around = _overlapping(doc, a.i, b.i + 1)
        guessed = ("", CONTEXT_ID) if lower else ("",)  # "rang tweedie": a cue's guess
        if any(x.ent_id_ not in guessed or x.label_ != "PERSON" or len(x) > 1 for x in around):
            continue
        if len(around) != 2 and not (lower and around):
            continue  # "Oh and Lorcan, the club secretary": one of them is no name
        if _a_firm_beside(doc, a.i, b.i + 1):
            _set_entity(doc, a.i, b.i + 1, "ORG", CONTEXT_ID)


# Words before a firm's name said with no kind: "we used pearson and webb", "into smith and
# byford for the MOT", "off pikes".
# (Not what one buys or orders: "Bought Dettox and Gargolin" are things.)
FIRM_LEADS = AND_NAME_CUES | RANG_OR_WROTE | {"into", "off", "used", "chase", "started", "runs"}


def _firms_of_two_surnames(doc: Any) -> None:
    """ "rang gorsley and pike, the letting agents", "we used pearson and webb for the
    survey", "Gorsley and Pike haven't rung back", "the VAT return for penhallow and son":
    two surnames joined by "and" (or a surname and "son", "partners", "co"), said in lower
    case or opening a sentence where a capital says nothing, are a firm named for its
    partners with no firm's word after them (`_joined_firm_end` reads those): after a word
    that leads to a firm ("rang", "from", "used", "into") or as the subject of the verb
    after them. Each word is a surname or one no dictionary has, never
    both first names or places, nor the second a town ("Dean and Kerry", "leeds and luton"),
    at least one no dictionary has unless it is a son ("black and white"), and nobody this
    memo names."""
    first, surnames, places = lexicon.first_names(), lexicon.surnames(), lexicon.place_words()
    towns = places | lexicon.settlements()
    words = _english_words()
    people = {e[0].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    people -= FAMILY_FIRMS  # "son roofing": the NER's guess at the firm itself
    # "penhallow and son, Ted Penhallow's the director": the surname of someone named in full
    partners = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    never = NOT_NAME | ACTION_VERBS | TITLES | KIN | lexicon.not_entities()

    def name(t: Any) -> bool:
        low = t.lower_
        return (
            t.is_alpha
            and len(t) > 2
            and not t.is_stop
            and low not in never
            and (t.is_lower or t.is_title)
            and t.ent_type_ not in ("DATE", "TIME")
            and low.removesuffix("s") not in WEEKDAY_NUMBER  # "Tuesdays and Thursdays"
            and (low in surnames or (not worded(t) and low not in first))
        )

    def worded(t: Any) -> bool:  # "roofers": a plural of a word is a word
        return bool({t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s")} & words)

    for t in doc[1:-1]:
        if t.lower_ not in ("and", "&"):
            continue
        a, b = doc[t.i - 1], doc[t.i + 1]
        family = b.lower_ in FAMILY_FIRMS and b.is_lower == a.is_lower
        if not name(a) or not (family or (name(b) and b.is_lower == a.is_lower)):
            continue
        low = {a.lower_, b.lower_}
        if not family and (
            low <= first or low <= places or (worded(a) and worded(b)) or b.lower_ in towns
        ):
            continue  # "fixed prices to Stansted and Luton": two towns
        if low & people or (a.i > 0 and doc[a.i - 1].lower_ in first and doc[a.i - 1].is_title):
            continue  # "Dean and Kerry ... Dean Hart", "Dave Smith and son": people
        end = b.i + 1
        while end < len(doc) and doc[end].lower_ in org_suffixes() and end - b.i < 3:
            end += 1  # "penhallow and son roofing"
        after = doc[end] if end < len(doc) else None
        noun = after is not None and after.pos_ == "NOUN" and not after.ent_type_  # "tonight"
        if after is not None and (after.lower_ in ("'s", "’s", "'") or noun):
            continue  # "at smith and pike's": their home; "pearson and webb flats": a thing
        prev = doc[a.i - 1] if a.i > 0 else None
        lead = prev is not None and prev.lower_ in FIRM_LEADS
        opening = prev is None or prev.is_punct or a.is_sent_start
        subject = opening and after is not None and after.pos_ in ("VERB", "AUX")
        if subject and end + 1 < len(doc) and doc[end + 1].lower_ in FEELINGS:
            continue  # "Corvan and Ilsabet are delighted": only people feel (_pairs_who_feel)
        if not (lead or subject or a.lower_ in partners or _a_firm_beside(doc, a.i, end)):
            continue
        if any(
            x.ent_id_ == VOCAB_ID or x.start < a.i or x.end > end
            for x in _overlapping(doc, a.i, end)
        ):
            continue
        _set_entity(doc, a.i, end, "ORG", CONTEXT_ID)


def _and_names(doc: Any) -> None:
    """ "Pickle and Pride", "Bits and Bobbins", "Signpost for Carers": two capitalised words
    joined by "and" or "for" that are no one's first name and no place are one organisation's
    name, not two people."""
    first_names, places = lexicon.first_names(), lexicon.place_words() | _authority_words()
    never = NOT_NAME | ACTION_VERBS | TITLES | places | lexicon.not_entities()

    def plain(t: Any) -> bool:
        return (
            t.is_title
            and t.is_alpha
            and t.lower_ not in first_names
            and t.lower_ not in never
            and t.ent_type_ not in ("DATE", "TIME", "NORP")
            and not any(
                e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) for e in _overlapping(doc, t.i, t.i + 1)
            )
        )

    for t in doc:
        if t.lower_ not in ("and", "for") or t.i == 0 or t.i + 1 >= len(doc):
            continue  # "Signpost for Carers", "Homes for Haringey"
        a, b = doc[t.i - 1], doc[t.i + 1]
        if t.lower_ == "and" and _languages(a, b):
            # "a poster in Punjabi and English": two languages, nobody's name, whether the NER
            # calls them languages, nationalities or the two one place
            _clear_entities(doc, a.i, b.i + 1)
            for w in (a, b):
                lang = w.ent_type_ == "LANGUAGE" or w.lower_ in LANGUAGES
                _set_entity(doc, w.i, w.i + 1, "LANGUAGE" if lang else "NORP")
            continue
        if not (plain(a) and plain(b)) or a.is_sent_start:
            continue
        if a.i > 0 and doc[a.i - 1].lower_ in TITLES:
            continue  # "then Miss Nowicka for English": a teacher and her subject
        if a.i > 0 and doc[a.i - 1].lower_ in PAIR_CUES and {a.lower_, b.lower_} <= WORD_NAMES:
            continue  # "thank Patience and Charity": two names that are words too, told
        if any(
            e.label_ == "PERSON" and e[0].lower_ in (a.lower_, b.lower_)
            for e in doc.ents
            if e.end <= a.i or e.start > b.i
        ):
            continue  # "to Ingrid and Torunn ... Ingrid rang": someone named elsewhere
        if len(a) == 1 or len(b) == 1:
            continue  # "a B and B", "A and E": letters spelt out, an abbreviation
        if {a.ent_type_, b.ent_type_} & {"LANGUAGE", "NORP"}:
            for w in (a, b):  # "a poster in Polish and English": languages, nobody's name
                _set_entity(doc, w.i, w.i + 1, "LANGUAGE" if w.ent_type_ == "LANGUAGE" else "NORP")
            continue
        if any(e.label_ == "ORG" and e.start < a.i for e in _overlapping(doc, a.i, a.i + 1)):
            continue  # "College of Art for ...": the end of a longer name
        if t.i - 2 >= 0 and doc[t.i - 2].is_title and not doc[t.i - 2].is_sent_start:
            continue  # "Ravi Chandran and Hina": a name runs on before it
        if t.i + 2 < len(doc) and (
            doc[t.i + 2].is_title or (doc[t.i + 2].is_lower and doc[t.i + 2].pos_ == "NOUN")
        ):
            continue  # "Health and Safety training": a subject, not a name
        cue = a.i > 0 and doc[a.i - 1].lower_ in AND_NAME_CUES  # "Chap from Bits and Bobbins"
        if not (a.ent_type_ or b.ent_type_ or cue):
            continue  # "Pick up Bread and Milk": words nothing marks as a name
        _set_entity(doc, a.i, b.i + 1, "ORG")


def _languages(a: Any, b: Any) -> bool:
    """Two capitalised words each a language by the list (`LANGUAGES`) or by the NER's label,
    at least one by the list: "Punjabi and English", "Polish and Tigrinya"."""

    def one(t: Any) -> bool:
        return t.lower_ in LANGUAGES or t.ent_type_ in ("LANGUAGE", "NORP")

    return (
        a.is_title
        and b.is_title
        and (a.lower_ in LANGUAGES or b.lower_ in LANGUAGES)
        and one(a)
        and one(b)
    )


def _academy_of_a_place(doc: Any) -> None:
    """ "Harris Academy Peckham", "Oasis Academy Hadley": an academy trust names each of its
    schools by the trust, "Academy" and then the area, so the place said right after an
    "Academy" the NER found is the end of the school's name, not somewhere else."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e[-1].lower_ != "academy" or e.end >= len(doc):
            continue
        nxt = [x for x in _overlapping(doc, e.end, e.end + 1) if x.label_ in ("GPE", "LOC")]
        if nxt and nxt[0].start == e.end and all(t.is_title for t in nxt[0]):
            _set_entity(doc, e.start, nxt[0].end, "ORG")
        elif (
            not nxt
            and doc[e.end].is_title
            and doc[e.end].is_alpha
            and not doc[e.end].ent_type_
            and doc[e.end].lower_ in lexicon.place_words()
        ):
            _set_entity(doc, e.start, e.end + 1, "ORG")


def _place_and_charity(doc: Any) -> None:
    """ "Barnet Mencap", "Haringey Shelter": a listed place right before a listed
    organisation is the local branch, one organisation."""
    ents = list(doc.ents)
    for a, b in itertools.pairwise(ents):
        if (
            a.end == b.start
            and a.label_ in ("GPE", "LOC")
            and a.ent_id_ == GAZETTEER_ID
            and b.label_ == "ORG"
            and (b.ent_id_ == GAZETTEER_ID or b[0].lower_ in ORG_PREFIXES)
            and b[0].is_title
        ):
            _set_entity(doc, a.start, b.end, "ORG")  # also "Leeds College of Building"
    for e in list(doc.ents):
        # "the City of London Corporation", "Borough of Newham Council": a listed place the
        # patterns could not run through ("of") followed by an organisation word
        if (
            e.label_ in ("GPE", "LOC")
            and e.ent_id_ == GAZETTEER_ID
            and e.end < len(doc)
            and doc[e.end].is_title
            and doc[e.end].lower_ in org_suffixes()
            and not _overlapping(doc, e.end, e.end + 1)
        ):
            _set_entity(doc, e.start, e.end + 1, "ORG")
    _org_lower_head(doc)
    _org_lower_tail(doc)
    _authorities_cut_at_and(doc)
    _friends_of_a_place(doc)
    _listed_kinds_after_a(doc)
    _lower_bodies_of_something(doc)


# Short words inside a trading name: "Fork to Fork", "Bread and Roses", "Count on Us".
NAME_JOINS = {"to", "and", "on", "of", "for", "the", "in", "&", "n"}


APPOSITION_ENDS = {
    "that", "which", "who", "where", "on", "in", "at", "for", "with", "near", "by", "down",
    "round", "up", "off", "from", "and", "i", "we", "you",
}  # fmt: skip


def _a_kind_of_group(head: Any) -> bool:
    """ "a running club", "her swimming club": the noun introduces a group by its kind (an
    indefinite or someone's), so a name set off after it is the group's, though the NER read
    it as a person; "at the club, Dana Kerr" is someone there."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("a", "an", "her", "his", "their", "my", "our")
        for c in head.children
    )


# Verbs whose object is asked or rung: a place is neither ("ask South Meadows if they'd
# help", "rang Hollybank Lettings"); "called" is left out ("a village called Elmstead").
ASKED_OR_RUNG = RANG_OR_WROTE | {"message", "asked", "ask", "contact", "contacted"}


def _places_that_are_asked(doc: Any) -> None:
    """ "ask South Meadows if they'd do a talk", "emailed Greenhill Harvest": a name of two
    or more capitalised words that the NER took for a place but is asked, rung or emailed is
    an organisation, unless a list knows it as a place or it ends in a street's word ("rang
    Elm Road" is the people there), or it opens with a first name ("Rang Faith Hill"). A
    name ending in a word of the land ("ring Brackley Vale", "ring Ashby Fields") is a firm
    or a school named after its area: a valley or a field is not rung."""
    for e in list(doc.ents):
        if (
            e.label_ not in ("GPE", "LOC", "FAC")
            or e.ent_id_
            or len(e) < 2
            or e.start == 0
            or doc[e.start - 1].lower_ not in ASKED_OR_RUNG
            or not all(t.is_title and t.is_alpha for t in e)
        ):
            continue
        last = e[-1].lower_
        if (
            e.text.lower() in _listed_places()
            or last in STREET_ENDS | lexicon.place_words()
            or e[0].lower_ in lexicon.first_names()
        ):
            continue
        _set_entity(doc, e.start, e.end, "ORG")


def _org_head(words: Any) -> bool:
    """Whether the last of `words` is a noun an organisation is ("the leisure company"), or
    they end in a home that is one ("the care home", "a nursing home"; not "my home")."""
    last = words[-1].lower_
    if last == "home":
        return len(words) > 1 and words[-2].lower_ in ("care", "nursing", "residential")
    return last in APPOSITIVE_ORG_HEADS


# "X, it's a middle school": what follows the comma says what the name is, a thing.
IT_IS = [["it", "'s"], ["it", "’s"], ["it", "is"], ["it", "was"]]


# Words said after a name and before the comma that describes it: "they run baltic corner
# together, the Lithuanian shop", "a scone at kilted kettle after, the wee tearoom".
SAID_AFTER_A_NAME = frozenset({"after", "afterwards", "together", "too", "again", "earlier"})


def _orgs_by_apposition(doc: Any) -> None:
    """A capitalised name followed by ", the <...> company" (or ", it's a <...> school") is an
    organisation, and one set off by commas after such a noun: "Her swimming club, Stockport
    Metro, trains ..."."""
    for comma in doc:
        if comma.text == "," and comma.i > 0 and _org_head(doc[max(0, comma.i - 2) : comma.i]):
            start = end = comma.i + 1
            while (
                end < len(doc)
                and end - start < 5
                and (
                    (doc[end].is_title and doc[end].is_alpha)
                    or (  # "Fork to Fork", "Bread and Roses": a short word inside the name
                        doc[end].lower_ in NAME_JOINS
                        and end > start
                        and end + 1 < len(doc)
                        and doc[end + 1].is_title
                    )
                )
            ):
                end += 1
            if (
                start < end < len(doc)
                # "a running club, Bedminster Striders.", "his bakery, Crust and Co he calls it"
                and (doc[end].text in (",", ".") or doc[end].lower_ in ("he", "she", "they", "we"))
                and doc[start].lower_ not in lexicon.first_names() | NOT_NAME
                and not any(
                    (e.label_ == "PERSON" and not _a_kind_of_group(doc[comma.i - 1]))
                    or e.ent_id_ == VOCAB_ID
                    for e in _overlapping(doc, start, end)
                )
                and not (end - start == 1 and _locked(doc, start, end))
            ):
                _set_entity(doc, start, end, "ORG")
                continue
        if comma.text != "," or comma.i == 0 or comma.i + 2 >= len(doc):
            continue
        det = comma.i + 1
        if [t.lower_ for t in doc[det : det + 2]] in IT_IS:
            det += 2  # "Ralph Sadleir, it's a middle school": "it", so no one
        if det + 1 >= len(doc):
            continue
        if doc[det].lower_ not in ("the", "a", "an", "our", "their", "this", "that"):
            continue
        words = []
        for t in doc[det + 1 : min(len(doc), det + 7)]:
            if _inner_hyphen(doc, t.i):
                continue  # "acorns, the after-school club": one word to the speaker
            if t.lower_ == "and" and a_kind_said_with_and(doc, t.i + 1):
                words.append(t)  # "bestway, the cash and carry"
                continue
            if t.is_punct or t.lower_ in APPOSITION_ENDS:
                break
            words.append(t)
        # "Bright Sparks, the electricians": a firm named by the trade its people do
        trade = bool(words) and _trade(words[-1].lower_)
        if not words or (
            not _org_head(words) and not trade and not a_kind_said_with_and(doc, words[-1].i)
        ):
            continue
        pairs = itertools.pairwise(words)
        if any(_role_word(w.lower_) and n.lower_ in ("of", "at") for w, n in pairs):
            continue  # "Harriet Lyle, the head of the charity": her job there; she is someone
        end = comma.i
        # "Sunflower House rang, the nursery,": what rang is said after its verb
        rang = doc[end - 1].lower_ in RANG_BACK and end > 1 and doc[end - 2].is_title
        end -= rang
        # "a scone at kilted kettle after, the wee tearoom": when, said after the name
        if not rang and end > 2 and doc[end - 1].lower_ in SAID_AFTER_A_NAME:
            end -= 1
        start = end
        while start > 0 and (
            doc[start - 1].is_title
            or doc[start - 1].is_upper
            or doc[start - 1].text in ("'s", "’s", "&")
        ):
            start -= 1
            if doc[start].is_sent_start:
                break
            if (
                doc[start - 1].lower_ == "and"
                and start > 1
                and doc[start - 2].is_title
                and doc[start - 2].lower_ not in lexicon.first_names() | NOT_NAME | ACTION_VERBS
                and (not doc[start - 2].is_sent_start or doc[start - 2].ent_type_ == "ORG")
            ):
                start -= 2  # "Nuts and Bolts, the fitters": a trading name with "and"
        while start < end and (
            doc[start].lower_ in ACTION_VERBS | CUE_WORDS | NOT_NAME | TITLES
            or doc[start].text in ("'s", "’s", "&")
        ):
            start += 1
        if start >= end:  # "works at second chance, the furniture charity": lower case
            start, end = _lower_name_before(doc, end)
        if start >= end or any(t.is_digit for t in doc[start:end]):
            continue
        if any(e.label_ == "PERSON" and e.start < start for e in _overlapping(doc, start, end)):
            continue  # "Harriet Lyle-Warrender, the ...": the back of a double-barrelled name
        if (_locked(doc, start, end, inside_ok=True) or _locked(doc, end - 1, end)) and not any(
            e.label_ == "ORG" and e.start == start for e in doc.ents
        ):
            continue  # a listed place whole ("Tottenham, the area")
        if any(e.ent_id_ == VOCAB_ID for e in _overlapping(doc, start, end)):
            continue
        if trade and (
            doc[start].lower_ in lexicon.first_names()
            or (start > 0 and doc[start - 1].lower_ == "and")
        ):
            continue  # "Tom and Ravi, the trustees" are people
        if (
            len(words) == 1
            and _role_word(words[0].lower_)
            and doc[start].lower_ in lexicon.first_names()
            and any(e.label_ == "PERSON" and e.start == start for e in doc.ents)
        ):
            continue  # "Padraig Costello, the landlord,": a first name and a job is someone
        if rang and (
            doc[start].lower_ in lexicon.first_names()
            or any(e.label_ == "PERSON" for e in _overlapping(doc, start, end))
        ):
            continue  # "Jo rang, the school office,": Jo rang from there
        # in lower case the words around it are all that says it is a name ("from acorns,
        # the after-school club"), which later tests of a common noun must not undo; not
        # when what follows is a part of a body or the word a time ("at lunchtime, the
        # parks team": when, then who)
        sure = (
            doc[start].is_lower
            and words[-1].lower_ not in PART_HEADS
            and not any(t.lower_ in TIMES_SAID_AT for t in doc[start:end])
        )
        _set_entity(doc, start, end, "ORG", CONTEXT_ID if sure else "")


# Heads of a business said by what it does, before its own name set off by commas in lower
# case: "the vet, village vets, said", "the estate agent, winkworth,".
LOWER_APPOSITION_HEADS = frozenset(
    {"vet", "vets", "dentist", "dentists", "optician", "agent", "agents", "barbers", "barber"}
    | {"printers", "cleaners", "removals", "caterers", "builders", "mechanics", "florist"}
)
# Words that close a name said in lower case after its kind: "the housing association,
# clarion that is,", "the nursery, little acorns I mean".
LOWER_NAME_CLOSES = (("that", "is"), ("i", "mean"))
# Words of when or of talk said between a kind and the comma before its name: "the contractor
# now, hollin glazing,", "the caterers then, ...".
KIND_FILLERS = frozenset({"now", "then", "though", "anyway"})
# Short words inside such a name ("two men and a van", "hair by shanice"); not "on" or
# "in", which say where something is ("the hall, kids on the trampoline,").
LOWER_NAME_JOINS = frozenset({"and", "of", "by", "&", "n", "a", "the"})


def _lower_orgs_by_apposition(doc: Any) -> None:
    """ "the pharmacy, day lewis, will deliver", "the nursery, little acorns, put the fees
    up", "the housing association, clarion that is,": Whisper writes the name said after
    its kind in lower case. One to five name's words (nouns, adjectives, names, numbers, a
    joining word inside) between a comma after a definite kind of business and a comma,
    full stop or "that is" are its name; not a first name alone ("the nursery, jenny,
    said"), a filler ("the surgery, again, said") or a known place ("the council, haringey,")."""
    for comma in doc:
        if comma.text != "," or comma.i < 2 or comma.i + 1 >= len(doc):
            continue
        # "the contractor now, hollin glazing,": a word of when said between the kind and
        # its name
        said = comma.i - 1 if doc[comma.i - 1].lower_ in KIND_FILLERS and comma.i > 2 else comma.i
        kind_end = _kind_before_its_place(doc, said)
        head = doc[kind_end - 1]
        if not (
            _org_head([head])
            or _trade(head.lower_)
            or head.lower_ in LOWER_APPOSITION_HEADS
            or a_kind_said_with_and(doc, head.i)
        ):
            continue
        before = [doc[j].lower_ for j in range(max(0, kind_end - 5), kind_end - 1)]
        if any(not w.isalpha() and w not in ("mum's", "dad's") for w in before):
            before = before[max(i for i, w in enumerate(before) if not w.isalpha()) + 1 :]
        definite = any(
            w in ("the", "my", "his", "her", "our", "their", "mum's", "dad's") for w in before
        )
        if not definite and not any(w in ("a", "an") for w in before):
            continue
        start = end = comma.i + 1
        while end < len(doc) and end - start < 5 and doc[end].text not in (",", "."):
            t = doc[end]
            if tuple(x.lower_ for x in doc[end : end + 2]) in LOWER_NAME_CLOSES:
                break
            inside = end > start and t.lower_ in LOWER_NAME_JOINS
            if not (
                inside
                or (
                    t.is_lower
                    and (t.is_alpha or re.fullmatch(r"\d+(st|nd|rd|th)", t.lower_))
                    # a verb's base form inside a name the tagger misread ("print express")
                    and (
                        t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "X")
                        or t.tag_ in ("VB", "VBP")
                        or _coined(t)
                    )
                    and t.lower_ not in NOT_NAME | ACTION_VERBS | TITLES
                    and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY")
                )
            ):
                break
            end += 1
        if not (start < end < len(doc)):
            continue
        closed = doc[end].text in (",", ".") or (
            tuple(x.lower_ for x in doc[end : end + 2]) in LOWER_NAME_CLOSES
        )
        if not closed or doc[end - 1].lower_ in LOWER_NAME_JOINS:
            continue
        if end - start == 1 and (
            heard.is_name_word(doc[start].lower_)
            or (doc[start].pos_ not in ("NOUN", "PROPN") and not _coined(doc[start]))
        ):
            continue  # "the nursery, jenny, said"; "the pantry, free, on fridays"
        if any(
            t.tag_.startswith("VB") and doc[t.i + 1].lower_ in ("the", "a") for t in doc[start:end]
        ):
            continue  # "the travel shop, zoomfare do the passes,": a verb and its object
        if end - start == 1 and doc[start].lower_ in GENERIC_FIRST_WORDS:
            continue  # "Victoria Hospital in Kirkcaldy, ward, er": a part of it, a kind
        if not definite and not _named_after_an_indefinite_kind(doc[start:end]):
            continue  # "a bakery, lovely bread," describes; "a care company, kindcare," names
        if _locked(doc, start, end, inside_ok=True) or any(
            e.ent_id_ == VOCAB_ID for e in _overlapping(doc, start, end)
        ):
            continue
        if any(
            e.label_ in ("GPE", "LOC", "FAC") and e.start == start and e.end == end
            for e in doc.ents
        ):
            continue
        _set_entity(doc, start, end, "ORG", CONTEXT_ID)
        # the kind said first is this body, not another ("the housing association, clarion")
        for e in list(doc.ents):
            if (
                e.end == comma.i
                and e.label_ == "ORG"
                and e.text.islower()
                and e.ent_id_ in ("", GAZETTEER_ID)
            ):
                _clear_entities(doc, e.start, e.end)


def _kind_before_its_place(doc: Any, comma: int) -> int:
    """Where a kind of business ends before the comma at `comma`, past where it stands said
    between ("the hardware shop on Middle Lane, sultani and sons,", "the cafe on the Broadway,
    ..."): the token after the kind's last word; `comma` when no place is said there."""
    k = comma
    while k > 0 and comma - k < 4 and doc[k - 1].is_title and doc[k - 1].is_alpha:
        k -= 1
    if k < comma and k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    if k < comma and k > 1 and _where_it_is(doc, k - 1):
        return k - 1
    return comma


def _named_after_an_indefinite_kind(words: Any) -> bool:
    """Whether lower-case words said after "a" kind of business and a comma are its name,
    not more words about it: a word no dictionary has among them ("a care company,
    heatherbell care"), or two or more ending in a firm's word ("a removals firm, quick move
    removals")."""
    if any(t.tag_.startswith("VB") and not _coined(t) for t in words):
        return False  # "a different lot, zoomfare do the passes,": a clause, not a name
    return any(_coined(t) for t in words) or (
        len(words) >= 2 and words[-1].lower_ in _trade_words() and words[0].lower_ not in DESCRIBED
    )


# Times of day said after "at" like a place: "at lunchtime", "at bedtime".
TIMES_SAID_AT = frozenset(
    {"lunchtime", "teatime", "bedtime", "dinnertime", "breaktime", "playtime", "midday", "noon"}
)

# Past tenses of a body getting in touch, said before an afterthought of what it is.
RANG_BACK = frozenset({"rang", "called", "phoned", "texted", "emailed", "messaged", "wrote"})


def _inner_hyphen(doc: Any, i: int) -> bool:
    """Whether token `i` is a hyphen inside a word ("after-school", "pre-school")."""
    t = doc[i]
    return (
        t.text in ("-", "‑")
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not t.whitespace_
        and doc[i - 1].is_alpha
        and doc[i + 1].is_alpha
    )


def _lower_name_before(doc: Any, end: int) -> tuple[int, int]:
    """The span of one to three lower-case words that end at `end` and come right after
    "at", "for", "from" or "with" ("works at second chance"); or of a trading name's words
    (joined ones inside: "ask crumbs and co, the bakery") after a word that goes to, asks or
    owns it, its place perhaps said between ("into fettle on Kirkstall Road, the bike
    co-op"); (`end`, `end`) when there are none."""
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].is_lower and doc[start - 1].is_alpha:
        start -= 1
        words = doc[start:end]
        if (
            doc[start - 1].lower_ in ("at", "for", "from", "with", "into", "run", "runs", "owns")
            # a word no dictionary has is a name's, whatever the tagger guessed ("demelza")
            and (words[-1].pos_ in ("NOUN", "PROPN") or _coined(words[-1]))
            and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") or _coined(t) for t in words)
            and not any(t.lower_ in NOT_ORG_HEADS | GENERIC_WORKPLACES for t in words)
        ):
            return start, end
    stop = next(
        (k for k in range(max(1, end - 5), end) if _where_it_is(doc, k) and doc[k - 1].is_lower),
        end,
    )
    for start in range(stop - 1, max(0, stop - 6), -1):
        lead = doc[start - 1].lower_
        if lead == "the" and start > 1:
            lead = doc[start - 2].lower_  # "at the wonky kettle, the cafe"
        if (
            (lead in TRADING_LEADS | {"for"} or doc[start - 1].text == ",")
            and _lower_name_end(doc, start, 5) == stop
            and _trading_name(doc, start, stop)
        ):
            return start, stop
    return end, end


def _trade(word: str) -> bool:
    """A plural of a job: "electricians", "builders", "roofers"."""
    return word.endswith("s") and word[:-1] in ROLE_HEADS and word[:-1] not in NOT_PERSON_ROLES


def _initials_after_org(doc: Any) -> None:
    """ "she's with Harrow Vale Housing, HVH, and ...": capitals right after an organisation
    and a comma that begin with its initials are its short form, not a person, wherever the
    memo says them."""
    short: set[str] = set()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.end + 1 >= len(doc) or doc[e.end].text != ",":
            continue
        t = doc[e.end + 1]
        if not (t.is_upper and t.is_alpha and 2 <= len(t.text) <= 6) or t.ent_type_ == "ORG":
            continue
        initials = "".join(w.text[0] for w in e if w.is_title and w.lower_ not in ("the", "of"))
        if len(initials) >= 2 and t.text.startswith(initials):
            short.add(t.text)
    for t in doc:
        if t.text not in short or t.ent_type_ == "ORG":
            continue
        if all(e.start == t.i and e.end == t.i + 1 for e in _overlapping(doc, t.i, t.i + 1)):
            _set_entity(doc, t.i, t.i + 1, "ORG")


# Words said next to a medicine's or a product's brand: "his Zolvent and spacer", "the
# prescription for the Zolvent", "Brightex spray".
MEDICINE_WORDS = {
    "inhaler", "inhalers", "spacer", "prescription", "prescriptions", "repeat", "spray",
    "tablets", "tablet", "capsules", "cream", "ointment", "syrup", "drops", "dose", "doses",
    "puffs", "puff", "pump", "medicine", "medication", "pills", "jab", "wipes", "gel",
}  # fmt: skip


def _medicines(doc: Any) -> None:
    """ "the nurse will ring about his Zolvent and spacer", "a repeat prescription for the
    Zolvent", "Brightex spray just hides it": one capitalised word no dictionary has, beside a
    word of medicines or sprays in its sentence, is a brand of medicine or cleaner, not a
    person or a firm (a first name stays someone: "Tobi's inhaler")."""
    english = _english_words()
    for e in list(doc.ents):
        words = [t for t in e if t.lower_ not in ("the", "his", "her", "my", "their")]
        if e.label_ not in ("PERSON", "ORG", "PRODUCT", "GPE", "NORP") or e.ent_id_:
            continue
        if len(words) != 1:
            continue
        word = words[0]
        low = word.lower_
        if not word.is_title or low in lexicon.first_names() | org_suffixes():
            continue
        if e.end < len(doc) and doc[e.end].text in ("'s", "’s"):
            continue  # "Tobi's inhaler": whose
        if low in english and not _prescribed(doc, word.i):
            continue
        sent = e.sent
        near = doc[max(sent.start, e.start - 3) : min(sent.end, e.end + 3)]
        if any(t.lower_ in MEDICINE_WORDS for t in near):
            _clear_entities(doc, e.start, e.end)


def _prescribed(doc: Any, i: int) -> bool:
    """ "a repeat prescription for the Salbutamol": a capitalised word right after "for" (and
    "the", "his", "her") after a prescription is a medicine, even one the dictionary has."""
    j = i - 1
    while j > 0 and doc[j].lower_ in ("the", "his", "her", "my", "their"):
        j -= 1
    return j > 0 and doc[j].lower_ == "for" and doc[j - 1].lower_ in ("prescription", "repeat")


# Lower-case words for one site of an organisation: "Little Acorns' Kelby hub".
BRANCH_WORDS = {"hub", "branch", "office", "offices", "site", "shop", "store", "depot"}


def _branch_of_an_org(doc: Any) -> None:
    """ "Shirin runs Kelby Toys' Hackney hub", "manages Pantry Plus's Bow branch": capitalised
    words with a possessive before a place and a word for one of its sites are the
    organisation (the name a link and a later mention use), the place is where the site is,
    and the whole is no organisation's name of its own."""
    for t in doc:
        if t.text not in ("'s", "’s", "'", "’") or t.i == 0 or t.i + 2 >= len(doc):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == t.i + 1 or end >= len(doc) or doc[end].lower_ not in BRANCH_WORDS:
            continue
        start = t.i
        while start > 0 and t.i - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        if start == t.i or (doc[start].lower_ in lexicon.first_names() and t.i - start == 1):
            continue  # "Priya's Hackney office": someone's
        if _locked(doc, start, t.i) or doc[start].lower_ in NOT_NAME | ACTION_VERBS | TITLES:
            continue
        _clear_entities(doc, start, end + 1)
        _set_entity(doc, start, t.i, "ORG")
        _set_entity(doc, t.i + 1, end, "GPE")


def _org_said_again_with_its_site(doc: Any) -> None:
    """ "a job at Bright Futures in Kelby ... Bright Futures Ashton": a name the NER read as
    someone that goes on from the first word of an organisation said in the memo, with the
    rest of its name, is that organisation said again with the site it means, not someone
    called "Futures Ashton"."""
    orgs = [e for e in doc.ents if e.label_ == "ORG" and len(e) >= 2 and not e[0].is_lower]
    if not orgs:
        return
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ or e.start == 0:
            continue
        start = e.start - 1
        if not (doc[start].is_title and doc[start].is_alpha) or _overlapping(doc, start, e.start):
            continue
        for o in orgs:
            n = len(o)
            said = [t.lower_ for t in doc[start : start + n]]
            if o.start != start and n < e.end - start and said == [t.lower_ for t in o]:
                _set_entity(doc, start, e.end, "ORG")
                break


# Things with names that no one works for: "a website called X", "the stock system. It's
# called Y", "a henna brand called Z".
NAMED_THINGS = {
    "app", "apps", "website", "site", "system", "software", "program", "platform", "brand",
    "page", "account", "channel", "chat", "game", "book", "tool", "product", "medicine",
    "cream", "spray", "inhaler", "drug", "tablet", "tablets", "device", "gadget", "portal",
    "podcast", "show", "film", "song", "magazine", "newsletter", "form", "scheme", "card",
}  # fmt: skip


# Nouns for somewhere that a name given by "called" may be a firm's or a town's: "the place is
# called Vanbrook", "a village called Upper Tew". Never someone, but which it is is unsaid.
CALLED_PLACES = {"place", "spot", "venue", "village", "town"}


def _called_after_its_kind(doc: Any) -> None:
    """ "a website called Homefinder", "the agency, no, it's called Locums Direct": a name
    given by "called" or "named" is what the noun before it says, whatever the NER guessed:
    an app, a website, a system or a brand is no organisation, an agency, a business or a
    charity is one (though its words are ordinary, "Pickle and Pride"). "It's called" looks
    back into the sentence before; people ("a guy called Femi") are the people rules'."""
    for t in doc:
        if t.lower_ not in ("called", "named") or t.i == 0 or t.i + 1 >= len(doc):
            continue
        start = t.i + 1
        end = start
        while end < len(doc) and end - start < 5 and not doc[end].is_punct:
            w = doc[end]
            if not (w.is_alpha or w.text == "&"):
                break
            if end > start and _where_it_stands(doc, end):
                break  # "a company called Bright Sparks in Leyton": the name ends there
            if end > start and _someone_goes_on(doc, end):
                break  # "a firm called Tidy Vans and Brendan says": Brendan says it
            if w.is_lower and not (
                w.lower_ in NAME_JOINS | {"a"}
                and end + 1 < len(doc)
                and doc[end + 1].is_title
                and end > start
            ):
                break
            end += 1
        kind = _kind_before(doc, t.i)
        if kind is None:
            continue
        if kind in CALLED_PLACES:
            # "the place is called Vanbrook": a firm's or a town's name, no one's
            for e in _overlapping(doc, start, end if end > start else start + 1):
                if e.label_ == "PERSON" and not e.ent_id_:
                    _clear_entities(doc, e.start, e.end)
        elif kind in NAMED_THINGS:
            # "a brand called kaveri everyone uses": in lower case the name is the next word
            stop = end if end > start else start + 1
            for e in _overlapping(doc, start, stop):
                if e.label_ in ("ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART") and not e.ent_id_:
                    _clear_entities(doc, e.start, e.end)
        elif end > start and not _locked(doc, start, end):
            if doc[start].lower_ in lexicon.first_names() | NOT_NAME:
                continue
            if any(e.label_ == "ORG" and e.end > end for e in _overlapping(doc, start, end)):
                continue  # "Suds and Co.": a longer name the NER found stays whole
            _set_entity(doc, start, end, "ORG")


def _someone_named(doc: Any, i: int) -> bool:
    """Whether the word at `i` is someone the memo names elsewhere: "a firm called Roadstar
    Finance and Ambrose says ..." after "Rang Ambrose" starts a new clause at "and"."""
    return any(
        e.label_ == "PERSON" and e.text == doc[i].text and not e.start <= i < e.end
        for e in doc.ents
    )


# Verbs of saying that someone named after "and" goes on with: "and Brendan says".
SAYS_SO = {"say", "tell", "reckon", "think", "mention", "explain", "reply", "reckons"}


def _someone_goes_on(doc: Any, i: int) -> bool:
    """ "and Brendan says", "and Kemi wants": "and" at token `i` that a name and a verb of
    saying follow (or a listed first name and any verb), or someone the memo names elsewhere
    ("Rang Ambrose. ... a firm called Roadstar Finance and Ambrose"), opens a new clause, not
    the rest of a name ("Pickle and Pride")."""
    if doc[i].lower_ != "and" or i + 1 >= len(doc) or not doc[i + 1].is_title:
        return False
    if _someone_named(doc, i + 1):
        return True
    if i + 2 >= len(doc):
        return False
    verb = doc[i + 2]
    if doc[i + 1].lower_ in lexicon.first_names():
        return verb.pos_ in ("VERB", "AUX")
    return verb.tag_ in ("VBZ", "VBD") and verb.lemma_.lower() in SAYS_SO


def _where_it_stands(doc: Any, i: int) -> bool:
    """ "in Leyton", "on Green Lanes" at token `i`: a preposition of place before a place the
    NER or the gazetteer found, which says where a business is, not more of its name ("Mind
    in Enfield", a charity's own name, is the gazetteer's)."""
    if doc[i].lower_ not in ("in", "on", "at", "near") or i + 1 >= len(doc):
        return False
    return any(
        e.start == i + 1 and e.label_ in ("GPE", "LOC", "FAC")
        for e in _overlapping(doc, i + 1, i + 2)
    )


# Heads that name a group of people or a thing as often as an organisation: "the WhatsApp
# group is called Book Club", "a brand called X".
LOOSE_HEADS = {"brand", "group", "team", "side", "scheme", "project", "network", "unit", "band"}


def _kind_before(doc: Any, called: int) -> str | None:
    """The noun a "called" names: the last common noun before it in its sentence ("a website
    called", "the agency ... it's called"), or in the sentence before when "it's called"
    opens its own; a person's word ("a guy called") or none gives None."""
    sent = doc[called].sent
    first = sent.start
    words = [w.lower_ for w in doc[max(first, called - 3) : called]]
    if words[-2:] in (["it", "'s"], ["it", "’s"], ["it", "is"], ["it", "was"]) or words[-3:] in (
        ["it", "'s", "been"],
    ):
        first = doc[first - 1].sent.start if first > 0 and called - first <= 3 else first
    for w in reversed(doc[first:called]):
        low = w.lower_
        if not w.is_lower:
            continue  # a word of a name said before ("Find a Nurse, no, it's called")
        if low in INDEFINITE or _role_word(low) or low in ("someone", "somebody"):
            return None
        if low in NAMED_THINGS | CALLED_PLACES:
            return low
        if low in LOOSE_HEADS and w.i > 0 and doc[w.i - 1].lower_ in lexicon.not_entities():
            return "chat"  # "the WhatsApp group is called Book Club": a chat, not a club
        if low in APPOSITIVE_ORG_HEADS - LOOSE_HEADS:
            return low
    return None


# Letters after a person's name that are an honour, a seat or a job, not an organisation's
# initials: "Jo Hale MP", "Dr Ames GP", "Mr Tandy PE".
PERSONAL_INITIALS = {
    "mp", "mep", "msp", "am", "obe", "mbe", "cbe", "qc", "kc", "gp", "pe", "pt", "ot", "dj",
    "pa", "md", "ceo", "cfo", "coo", "hr", "it", "ta", "sen", "senco", "jp", "rn", "phd", "bsc",
    "ma", "ba", "ii", "iii", "iv", "jr", "sr", "tv", "uk", "ok", "asap", "pm",
}  # fmt: skip


def _names_ending_in_initials(doc: Any) -> None:
    """ "got through to Brenfield HTA", "a letter from Kelby RDA": one or two capitalised
    words and then capitals that are no word (an association's, an agency's initials) are one
    organisation's name, whatever the NER guessed (often a person, or nothing). Not capitals
    that qualify a noun after them ("Tobi's NHS number"), an honour or a job after someone's
    name ("Jo Hale MP"), or two letters after a first name ("Amy ES"): a listed first name
    before three ("Kelby HTA") is the town's, whatever the NER guessed."""
    english = _english_words()
    for t in doc:
        if not (t.is_upper and t.is_alpha and 2 <= len(t.text) <= 6) or t.i == 0:
            continue
        low = t.lower_
        if low in PERSONAL_INITIALS or low in english or low in NOT_NAME:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (
            nxt is not None
            and nxt.is_lower
            and nxt.pos_ == "NOUN"
            and nxt.lower_ not in NOT_NAME
            and not nxt.ent_type_
        ):
            continue  # "her NHS number", "the PTA meeting"
        start = t.i
        while start > 0 and t.i - start < 2 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        while start < t.i and doc[start].lower_ in NOT_NAME | ACTION_VERBS | CUE_WORDS | TITLES:
            start += 1  # "Rang Kelby HTA"
        if start == t.i:
            continue
        if len(t.text) == 2 and any(w.lower_ in lexicon.first_names() for w in doc[start : t.i]):
            continue  # "Zara PT", "Amy ES": someone and letters (not "Kelby HTA", a body's)
        if _locked(doc, start, t.i + 1) or any(
            e.label_ == "ORG" and (e.start < start or e.end > t.i + 1)
            for e in _overlapping(doc, start, t.i + 1)
        ):
            continue  # a listed name, or a longer organisation ("Age UK Camden")
        _set_entity(doc, start, t.i + 1, "ORG")


# Rooms one books inside a building: "the hall at X", "the function room at Y".
ROOMS = {"room", "rooms", "pitch", "pitches", "court", "courts", "studio", "suite"}


def _orgs_after_people(doc: Any) -> None:
    """ "Ebere from Peabody rang": once the people are known, a capitalised name right after
    one of them and "from" or "at" is their organisation; so is one things are bought or
    hired from ("order the boxes from Packwise"), and the one someone came or rang from
    ("Marek came by from the Polish Centre"). A name the NER read as a site (LOC) is theirs
    only after "from": "from the Polish Centre" is where they work, "at Hollow Lake" where
    they were."""
    preps = [
        t.i
        for t in doc
        if t.lower_ in ("from", "at")
        and t.i + 1 < len(doc)
        and (
            (t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON")
            or any(w.lower_ in HIRE_VERBS for w in doc[max(t.sent.start, t.i - 6) : t.i])
            or (t.i > 0 and doc[t.i - 1].lower_ in INDEFINITE)  # "a chap from Severn Trent"
            or _came_from(doc, t)
        )
    ]
    for prep_i in preps:
        start = prep_i + 1 + (doc[prep_i + 1].lower_ == "the")
        end = start
        while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
            if doc[end].lower_ in NOT_NAME:
                break
            end += 1
        came = _came_from(doc, doc[prep_i])
        person = doc[prep_i - 1].ent_type_ == "PERSON" or came
        bought = not person  # "order the boxes from Packwise"
        if bought and doc[prep_i - 1].lower_ in VENUE_SUFFIXES | ROOMS:
            # "booked the hall at Larchfield": the building the hall is in, not a firm
            if not any(e.ent_id_ for e in _overlapping(doc, start, end)) and end > start:
                _set_entity(doc, start, end, "FAC")
            continue
        guessed: tuple[str, ...] = ("PERSON", "FAC")
        if bought:
            guessed = ("PERSON", "GPE", "NORP", "PRODUCT", "FAC")
        elif doc[prep_i].lower_ == "from":
            guessed = ("PERSON", "FAC", "LOC")
        if doc[prep_i - 1].lower_ in INDEFINITE:  # a town the NER knows stays a town
            guessed = ("PERSON", "FAC", "LOC", "PRODUCT")
        found = _overlapping(doc, start, end)
        if end == start or any(e.label_ not in guessed or e.ent_id_ for e in found):
            continue  # a listed place or a name the user gave stays what it is
        last = doc[end - 1].lower_
        site = any(e.label_ == "LOC" for e in found)
        if site and last in REGION_WORDS:
            continue  # "Kofi from the Lake District": a region
        # "from Hollins Road" is somewhere; "came from the Polish Centre" (LOC) is who sent them
        if last in PLACE_SUFFIXES - org_suffixes() and not (site and last in VENUE_SUFFIXES):
            continue
        if end - start == 1 and doc[start].lower_ in lexicon.first_names():
            continue  # "from Priya"
        if doc[start].lower_ in TITLES:
            continue  # "the boxes from Mr Quennell": a title says someone, not a firm
        _set_entity(doc, start, end, "ORG")


def _venues_staff_are_named_at(doc: Any) -> None:
    """ "Quiz at the Red Lion. Barry the landlord says hi.": a capitalised name after "at the"
    that the NER left unlabelled (ordinary words: "Red Lion", "Old Bell") is the business
    someone works at when the same or the next sentence names a person by a job there
    ("Barry the landlord", "Kemi, the manager"). Without someone's job it stays nothing:
    "drinks at the Grey Heron" names no employer."""
    for t in doc:
        if t.lower_ != "the" or t.i < 1 or doc[t.i - 1].lower_ != "at":
            continue
        start = end = t.i + 1
        while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end - start < 2 or any(doc[k].ent_type_ for k in range(start, end)):
            continue
        last = doc[end - 1].lower_
        if any(w.lower_ in NOT_NAME for w in doc[start:end]) or last in PLACE_SUFFIXES:
            continue
        sent = doc[start].sent
        stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        if _someone_by_their_job(doc, end, stop):
            _set_entity(doc, start, end, "ORG")


# Words before a job that say whose staff someone is: "our head", "their caretaker", "the rep".
STAFF_OWNERS = {"our", "their", "the", "my"}

# Last words of a street's name: someone's job "at" one is where they live, not a workplace.
STREET_ENDS = ROADS | {"close", "way", "mews", "row", "drive", "place", "gardens", "walk"}


def _where_staff_work(doc: Any) -> None:
    """ "Rowan, our head at Ashcombe Park", "the caretaker at Eastfield Community Centre",
    "the head at Ruth Kerridge": a capitalised name right after someone's job ("our head",
    "the caretaker") and "at" is where they work, an organisation, whatever the NER made of
    it (a park, a venue, a school named for a person); not a street ("our tenant at Mill
    Road"), a listed place ("our rep at Camden") or someone's home ("at Tom Reed's")."""
    for t in doc:
        if t.lower_ != "at" or t.i < 2 or doc[t.i - 2].lower_ not in STAFF_OWNERS:
            continue
        if not (doc[t.i - 1].is_lower and _role_word(doc[t.i - 1].lower_)):
            continue
        start = end = t.i + 1
        while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == start or (end < len(doc) and doc[end].text in ("'s", "’s")):
            continue
        span = doc[start:end]
        if span[-1].lower_ in STREET_ENDS or span.text.lower() in _listed_places():
            continue
        if len(span) == 1 and span[0].lower_ in lexicon.first_names():
            continue  # "the nanny at Tom's", said without the "'s"
        overlap = _overlapping(doc, start, end)
        if _locked(doc, start, end) or any(e.label_ == "ORG" for e in overlap):
            continue
        _set_entity(doc, start, end, "ORG")


def _someone_by_their_job(doc: Any, start: int, stop: int) -> bool:
    """Whether a person named between `start` and `stop` is followed by their job: "Barry the
    landlord", "Kemi, the manager"."""
    for e in doc.ents:
        if e.label_ != "PERSON" or not start <= e.start < stop:
            continue
        i = e.end + (e.end < len(doc) and doc[e.end].text == ",")
        if i + 1 < len(doc) and doc[i].lower_ == "the" and _role_word(doc[i + 1].lower_):
            return True
    return False


# Words that end the name of a region, not of a body: "the Lake District", "Castle Vale".
REGION_WORDS = {
    "district", "vale", "lake", "lakes", "county", "coast", "island", "isle", "moor", "moors",
    "downs", "dales", "hills", "peak", "peaks", "borough", "ward", "valley", "estate", "village",
}  # fmt: skip

# Verbs of someone coming or getting in touch from where they work: "came by from the Centre".
CAME_VERBS = {"come", "pop", "drop", "call", "ring", "phone", "email", "write", "visit"}


def _came_from(doc: Any, prep: Any) -> bool:
    """ "Marek came by from the Polish Centre": "from" on a verb of coming or getting in touch
    whose subject is a person, not back from somewhere ("came back from Spain")."""
    verb = prep.head
    if prep.lower_ != "from" or verb.i >= prep.i or verb.lemma_ not in CAME_VERBS:
        return False
    if any(c.lower_ == "back" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children)


JOIN_VERBS = {"joined", "joins", "joining", "left", "leaves", "leaving", "quit"}


def _joined_as(doc: Any) -> None:
    """ "He's left Tesco and joined Ocado as a driver": a capitalised name after joining (or
    leaving) and before "as a <job>" is an organisation, whatever the NER guessed."""
    for t in doc:
        if t.lower_ not in JOIN_VERBS:
            continue
        start = end = t.i + 1
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if start == end or end + 1 >= len(doc) or doc[end].lower_ != "as":
            continue
        job = doc[end + 1 : end + 4]
        if not any(_role_word(w.lower_) for w in job):
            continue
        if doc[start].lower_ in lexicon.first_names() or _locked(doc, start, end):
            continue
        _set_entity(doc, start, end, "ORG")


# Verbs by which someone keeps a group going: "Gwen, who runs the Tuesday Table".
RUN_VERBS = {
    "runs", "ran", "organises", "organizes", "founded", "co-founded", "leads", "owns", "directs",
    "conducts",
}  # fmt: skip


RUNNERS = {"who", "he", "she", "they", "i", "we"}
# Verbs of running a place or a team that say nothing of what the object's name is.
MANAGES = {"manages", "managed", "chairs", "chaired", "coordinates", "heads"}


# Verbs of getting in touch that a person does and "she" or "he" then takes up: "Wren Ho
# rang, she's the support worker".
A_NAME_RANG = {"rang", "phoned", "called", "texted", "emailed", "messaged", "popped", "came"}


def _runner_named(doc: Any, verb: int) -> None:
    """Two or three capitalised words opening a sentence right before "runs" or "manages" and
    a name (the organisation run), that no entity and no list of places, organisation words
    or titles claims, are the runner's name (its words may be dictionary words: "Wren"). So
    are such words before "rang" or "texted" that "she" or "he" takes up next ("Wren Ho
    rang, she's the carers support worker"): a firm that rings is "they"."""
    start = verb
    while start > 0 and verb - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    if verb - start < 2 or not doc[start].is_sent_start or not doc[verb].is_lower:
        return
    if doc[verb].lower_ in A_NAME_RANG:  # (the parser may take "Wren Ho rang" for one name)
        if not {t.lower_ for t in doc[verb + 1 : verb + 4]} & {"she", "he"}:
            return
    elif doc[verb - 1].dep_ != "nsubj":
        return
    else:
        obj = verb + 1 + (verb + 1 < len(doc) and doc[verb + 1].lower_ == "the")
        if obj >= len(doc) or not doc[obj].is_title:
            return  # "Happy Feet runs a class": only who runs a named organisation is someone
    never = NOT_NAME | TITLES | ACTION_VERBS | lexicon.place_words() | org_suffixes()
    if doc[start].is_stop or any(t.lower_ in never or t.ent_type_ for t in doc[start:verb]):
        return
    _set_entity(doc, start, verb, "PERSON")


def _orgs_someone_runs(doc: Any) -> None:
    """ "Gwen, who runs the Tuesday Table", "he runs Northside Community Voices": capitalised
    words inside a sentence after someone (a person, "who", "he") runs or founded them are a
    group, though the words are an ordinary phrase ("Table", "Voices") the NER took for a
    person or nothing. A happening ("runs the Summer Fair") or a place stays what it is.
    The runner is someone too: "Wren Ho runs Little Acorns' hub", a full name the NER saw
    nothing in, opening its sentence."""
    for t in doc:
        if t.lower_ not in RUN_VERBS | MANAGES | A_NAME_RANG or t.i == 0:
            continue
        _runner_named(doc, t.i)
        if t.lower_ not in RUN_VERBS:
            continue
        subject = doc[t.i - 1]
        if subject.lower_ not in RUNNERS and subject.ent_type_ != "PERSON":
            continue
        start = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        end = start
        while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
            if doc[end].lower_ in TITLES or doc[end].lower_ in ("i", "the", "and"):
                break
            end += 1
            end = _joined_on(doc, start, end)
        # the head of "Voices of the Heath" is "Voices": what it is "of" may be a place
        joins = [k for k in range(start, end) if doc[k].is_lower]
        head = doc[joins[0] - 1] if joins else doc[end - 1] if end > start else None
        if head is None or head.lower_ in EVENT_NOUNS | NOT_ORG_HEADS | PLACE_SUFFIXES:
            continue
        if end - start == 1 and doc[start].lower_ in lexicon.first_names() | NOT_NAME:
            continue  # "she runs Priya to school", "runs Tuesdays"
        old = _overlapping(doc, start, end)
        if any(e.label_ == "EVENT" for e in old) or any(
            (e.ent_id_ or e.label_ in ("DATE", "TIME")) and e.start <= start and e.end >= end
            for e in old
        ):
            continue  # a name the user gave or a listed place alone stays what it is
        if any(e.label_ in ("NORP", "LANGUAGE") and (e.start, e.end) == (start, end) for e in old):
            continue  # "runs the Somali elders' lunch": a people's name describes the thing
        if any(e.start < start or e.end > end for e in old if e.label_ == "ORG"):
            continue
        _set_entity(doc, start, end, "ORG", CONTEXT_ID)


def _joined_on(doc: Any, start: int, end: int) -> int:
    """ "Voices of the Heath", "Friends for Life": a name's lower-case "of", "for" or "in"
    (and "the") before another capital goes on with it; else the name ends at `end`."""
    k = end
    if k < len(doc) and doc[k].lower_ in ("of", "for", "in") and doc[k].is_lower and k > start:
        k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        if k < len(doc) and doc[k].is_title and doc[k].is_alpha:
            return k
    return end


def _org_name(text: str) -> str:
    """How an organisation heard in lower case is shown: "age uk camden" -> "Age UK Camden"."""
    words = clean_name(text).split()
    out = []
    for i, w in enumerate(words):
        if w.lower() in ACRONYMS:
            out.append(w.upper())
        elif w[:1].isupper() or (i and w in ("of", "in", "and", "for", "the", "upon")):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


# Words right after a one-word name (a comma skipped, or after "who") that take it up as a
# firm in the plural: "Zapcom were great", "Zapcom, who were great last time".
FIRM_PLURAL = {"were", "are", "have", "'re", "’re", "which"}
# What a firm does as the verb right after its name: "Brindco quoted us three hundred".
FIRM_DEALINGS = {"quoted", "quotes", "billed", "bills", "invoiced", "invoices", "refunded"}


def _firms_taken_for_someone(doc: Any) -> None:
    """ "Zapcom sent the invoice", "Brindco quoted us three hundred", "Zapcom, who were great":
    one made-up word that opens its clause and that the NER (or a rule of what people do)
    took for someone is a firm when no list knows it as a first name and the words say a
    firm: a brand's ending ("-com", "-soft", "-fix"), a firm's dealings as its verb (a
    quote, a bill, an invoice) or a firm's plural ("who were"). The mirror of
    `_lone_guesses_are_people`, for an NER that calls such a word a PERSON or passes it by:
    the words say a firm whatever the NER made of the name. A first word and a place's word
    ("Ashby Fields have been brilliant") taken for someone is a school or a firm named after
    its area when the plural takes it up: one person "is"."""
    from .people import BRAND_ENDINGS

    english = _english_words()
    never = lexicon.first_names() | NOT_NAME | ACTION_VERBS | TITLES | ACRONYMS
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    lone = [doc[i : i + 1] for i in range(len(doc)) if i not in taken]
    for e in [*doc.ents, *lone]:
        # "Ashby Fields have been brilliant": a name of two words ending in a place's word
        placed = len(e) == 2 and e[-1].lower_ in PLACE_SUFFIXES and e[-1].is_title
        # "Ferrisby Fields have been brilliant but they can't keep her", read as somewhere:
        # the plural and a "they" that takes it up say the body, whatever the NER guessed
        somewhere = placed and e.label_ in ("GPE", "LOC", "FAC")
        guessed = e.label_ in ("PERSON", "") or somewhere
        if not guessed or e.ent_id_ not in ("", CONTEXT_ID):
            continue  # a context rule's person ("Plumbsoft sent ...": what people do) too
        if len(e) != 1 and not placed:
            continue
        word = e[0]
        low = word.lower_
        if not (word.is_title and word.is_alpha) or low in never:
            continue
        if {low, low.removesuffix("s")} & english:
            continue
        if not (e.start == e.sent.start or doc[e.start - 1].lower_ in CLAUSE_OPENERS):
            continue
        after = [t.lower_ for t in doc[e.end : e.end + 4] if t.text != ","]
        if after[:1] == ["who"]:
            after = after[1:]
        branded = low.endswith(BRAND_ENDINGS) and len(low) >= 6
        dealt = bool(after) and after[0] in FIRM_DEALINGS
        # "Bram and Saskia are thrilled": two people take the plural too
        paired = word.dep_ == "conj" or (e.start > 0 and doc[e.start - 1].lower_ in ("and", "&"))
        plural = bool(after) and after[0] in FIRM_PLURAL and not paired
        if after[1:2] and after[1] in ("you", "we", "they", "i", "he", "she"):
            plural = False  # "Ngata, who were you with?": a question put to them
        if after[:1] in (["'s"], ["’s"]):
            continue  # "Zapcom's van": said as a name either way; leave the guess
        if somewhere and not any(
            t.lower_ in ("they", "them", "their") for t in doc[e.end : e.sent.end]
        ):
            continue  # "Kew Gardens were lovely": a place may be plural too
        if plural or (not placed and (branded or dealt)):
            _set_entity(doc, e.start, e.end, "ORG")


def _full_name(name: Any) -> bool:
    """A listed first name and a surname (or two), capitalised words none of which is an
    organisation's or a place's word: someone's name inside a span the NER drew longer
    ("Sam Reed's", "Jo Hale MP")."""
    never = _not_in_a_full_name()
    return name[0].lower_ in lexicon.first_names() and all(
        t.is_title and t.is_alpha and t.lower_ not in never for t in name
    )


@functools.cache
def _not_in_a_full_name() -> frozenset[str]:
    return org_suffixes() | lexicon.place_words() | PLACE_SUFFIXES


def _someones_home_taken_for_a_firm(doc: Any) -> None:
    """ "The party at Sam Reed's", "dinner at Ola Bright's on Friday": a listed first name and
    a surname with "'s", said where one goes and with nothing it owns after it, is that
    person's home; the NER, drawing the "'s" into the name, calls it an organisation (as it
    would "Sainsbury's", which opens with no first name). The person is the name without
    the "'s"."""
    from .person_words import HOME_PREPS

    for e in list(doc.ents):
        if e.label_ not in ("ORG", "FAC") or e.ent_id_ or not 3 <= len(e) <= 4 or e.start < 1:
            continue
        if e[-1].text not in ("'s", "’s") or doc[e.start - 1].lower_ not in HOME_PREPS:
            continue
        if not _full_name(e[:-1]):
            continue
        nxt = doc[e.end] if e.end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
            continue  # "at Sam Reed's garage": something of his, maybe a firm
        _set_entity(doc, e.start, e.end - 1, "PERSON")


# Letters after someone's name that are an honour or a seat, never an organisation's end.
HONOURS = {
    "mp", "mep", "msp", "obe", "mbe", "cbe", "qc", "kc", "jp", "phd", "bsc", "rn", "jr", "sr",
}  # fmt: skip


def _honours_after_a_name(doc: Any) -> None:
    """ "Jo Hale MP wrote back", "emailed Kira Lamb OBE": a listed first name, a surname and
    an honour's letters, drawn by the NER as one organisation, are someone: the person is
    the name before the letters."""
    for e in list(doc.ents):
        if e.label_ == "PERSON" or e.ent_id_ or not 3 <= len(e) <= 4:
            continue
        if e[-1].is_upper and e[-1].lower_ in HONOURS and _full_name(e[:-1]):
            _set_entity(doc, e.start, e.end - 1, "PERSON")


# The last word of a body whose councillors stand for a ward: "on Kelby Council for ...".
COUNCIL_WORDS = {"council", "borough", "authority", "assembly"}

# Who is elected for a ward or a seat: "our councillor for Ashmead Green", "the MSP for Kelby".
ELECTED = {"councillor", "councillors", "cllr", "mp", "msp", "ms", "mla", "am", "mep"}


def _ward_of_a_council(doc: Any) -> None:
    """ "our ward councillor on Kelby Council for Ashmead Green", "she's on fenmoor council
    for holt green": the name after a council and "for" is the ward the councillor
    stands for, a place, whatever the NER or a rule of who works for whom guessed; so is the
    name after an elected member and "for" ("our ward councillor for Ashmead Green", "the
    MSP for Kelby"): the seat. Not a name with an organisation's word in it ("for Age UK")."""
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if len(e) > 3 or e.start < 2 or doc[e.start - 1].lower_ != "for":
            continue
        if not all(t.is_alpha for t in e) or any(t.lower_ in org_suffixes() for t in e):
            continue
        council = [x for x in doc.ents if x.end == e.start - 1 and x.label_ == "ORG"]
        if (council and council[0][-1].lower_ in COUNCIL_WORDS) or doc[
            e.start - 2
        ].lower_ in ELECTED:
            _set_entity(doc, e.start, e.end, "GPE")


# Bodies named "City of" a city: "City of Edinburgh Council", "City of Leeds College".
CITY_OF_BODIES = {"council", "college", "school", "university", "academy"}


def _councils_named_city_of(doc: Any) -> None:
    """ "she's a City of Edinburgh Council councillor", "at city of york council", "his tutor
    at the city of bradford college": a council (or a college, a school, a university) named
    "City of" its city, which the NER cuts to "Edinburgh Council". (Runs after the ward
    rules, which read the council as the NER left it.)"""
    area = lexicon.place_words() | _authority_words()
    for e in list(doc.ents):
        if (
            e.label_ == "ORG"
            and e.start >= 2
            and e[-1].lower_ in CITY_OF_BODIES
            and e[0].lower_ in area
            and [t.lower_ for t in doc[e.start - 2 : e.start]] == ["city", "of"]
        ):
            _set_entity(doc, e.start - 2, e.end, "ORG", e.ent_id_)
            continue
        # "the east riding of yorkshire council", "Isle of Wight Council": an area's name
        # with "of" inside, cut by the NER at "of" (or the part before taken for a place)
        if e.label_ != "ORG" or e[-1].lower_ != "council" or e.start < 2:
            continue
        if doc[e.start - 1].lower_ != "of":
            continue
        k = e.start - 1
        while (
            k > 0
            and e.start - 1 - k < 3
            and doc[k - 1].is_alpha
            and (doc[k - 1].lower_ in area | AREA_OPENERS or doc[k - 1].ent_type_ in ("GPE", "LOC"))
        ):
            k -= 1
        if k == e.start - 1 or not any(t.lower_ in AREA_OPENERS for t in doc[k : e.start - 1]):
            continue
        before = _overlapping(doc, k, e.start - 1)
        if any(x.start < k or (x.label_ == "ORG" and x.ent_id_) for x in before):
            continue
        _set_entity(doc, k, e.end, "ORG", e.ent_id_)


# Words of an area's name said before "of": "the Isle of Wight", "the East Riding of
# Yorkshire", "the Vale of Glamorgan", "the Royal Borough of Greenwich".
AREA_OPENERS = frozenset({"isle", "riding", "vale", "borough", "county", "city", "forest"})


# Last words of a district's name that the list of place suffixes lacks: "Kelby Vale" (with
# `REGION_WORDS`, the regions no one works at).
PLACE_ENDS = {"vale", "dale", "end", "cross", "downs", "moor", "hills", "heights", "bay"}


def _centre_someone_is_from(doc: Any) -> None:
    """ "Marek Nowak came by from the Polish Centre", "Chiamaka Eze from Fusion Lifestyle":
    two or more capitalised words that someone named in the sentence is from, that the NER
    took for a place but that hold no word of a place (a centre only when it is no leisure,
    sports or community building), are the organisation they come for."""
    from .people import _venue

    place = lexicon.place_words() | PLACE_SUFFIXES | AREA_WORDS | _authority_words()
    place = place | PLACE_ENDS | REGION_WORDS
    for e in list(doc.ents):
        if e.label_ not in ("LOC", "FAC", "GPE") or e.ent_id_ or len(e) < 2:
            continue
        if not all(t.is_title and t.is_alpha for t in e):
            continue
        centre = e[-1].lower_ in ("centre", "center")
        if (centre and _venue(e)) or (not centre and any(t.lower_ in place for t in e)):
            continue
        i = e.start - 1 - (e.start > 0 and doc[e.start - 1].lower_ == "the")
        if i < 0 or doc[i].lower_ != "from":
            continue
        if any(x.label_ == "PERSON" and x.end <= i for x in e.sent.ents):
            _set_entity(doc, e.start, e.end, "ORG")


# Words before "at" that say the place after it is a school: "teaches at Highgate Wood".
TEACHING = {
    "teaches", "teach", "taught", "teaching", "teacher", "teachers", "headteacher",
    "headmaster", "headmistress", "pupil", "pupils",
}  # fmt: skip

# The verb between a child and a school: "the kids are at Lordship Lane", "Ruby's at ...".
BEING_AT = {"are", "is", "'s", "’s", "'re", "’re", "were", "was"}


def _a_year_group_ends(doc: Any, i: int) -> bool:
    """Whether a year group ends at token `i`: "in year 4", "in reception"."""
    t = doc[i]
    return t.lower_ == "reception" or (
        i > 0 and doc[i - 1].lower_ in ("year", "yr") and (t.like_num or t.lower_ in NUMBER_WORDS)
    )


def _schools_said_by_their_name(doc: Any) -> None:
    """ "she teaches at Highgate Wood", "Maya's in year 2 at Ferncliff", "the kids are at
    Lordship Lane now, Ruby's in year 4": a school goes by its own name alone, often its
    road's or its area's, which the NER and the place rules take for the place. After "at",
    the words before it say school: teaching, a year group, or a child who is "at" it in a
    sentence that gives a year group. Without such words a road stays a road."""
    for t in doc[1:-1]:
        if t.lower_ != "at":
            continue
        start = t.i + 1
        ent = next((e for e in doc.ents if e.start == start), None)
        if ent is not None:
            if ent.label_ not in ("GPE", "LOC", "FAC") or ent.ent_id_ == VOCAB_ID:
                continue
            end = ent.end
        else:
            end = start
            while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
                end += 1
        words = doc[start:end]
        if (
            not len(words)
            or not all(w.is_title and w.is_alpha for w in words)
            or any(w.ent_type_ and w.ent_type_ not in ("GPE", "LOC", "FAC") for w in words)
            or any(w.lower_ in lexicon.first_names() for w in words)
            or (end < len(doc) and doc[end].text in ("'s", "’s"))
        ):
            continue
        before = [w.lower_ for w in doc[max(t.sent.start, t.i - 3) : t.i]]
        teaching = bool(set(before) & TEACHING)
        year = _a_year_group_ends(doc, t.i - 1)
        child = (
            t.i >= 2
            and doc[t.i - 1].lower_ in BEING_AT
            and (doc[t.i - 2].lower_ in KIN or doc[t.i - 2].ent_type_ == "PERSON")
            and any(_a_year_group_ends(doc, k) for k in range(t.sent.start, t.sent.end))
        )
        if (teaching or year or child) and not _locked(doc, start, end):
            _set_entity(doc, start, end, "ORG", CONTEXT_ID)


# How a church school's name says its church, in its middle: "St Mary's C of E Primary".
CHURCH_OF = (("c", "of", "e"), ("church", "of", "england"))


def _church_schools_said_whole(doc: Any) -> None:
    """ "Ellie starts at St Mary's C of E Primary School", "Christ Church Church of England
    Academy": the NER cuts a church school's name at its "of" into a saint's name and an "E
    Primary" or "England Primary", two false bodies. The dedication, the church and the kind
    of school after it are one school."""
    for t in doc:
        words = tuple(x.lower_ for x in doc[t.i : t.i + 3])
        if words not in CHURCH_OF or not (t.is_title or t.is_upper) or not doc[t.i + 2].is_title:
            continue
        end = t.i + 3
        while end < len(doc) and end - t.i < 7 and doc[end].is_title:
            end += 1
        if end == t.i + 3 or doc[end - 1].lower_ not in org_suffixes():
            for e in _overlapping(doc, t.i + 1, t.i + 3):
                if e.label_ == "ORG" and not e.ent_id_ and e.start > t.i:
                    _clear_entities(doc, e.start, e.end)  # "a C of E school": a kind of school
            continue
        start = t.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].text in ("'s", "’s")):
            if doc[start - 1].is_sent_start and doc[start - 1].pos_ != "PROPN":
                break  # "Visited St Mary's ...": the sentence's first verb
            start -= 1
        listed = [
            e
            for e in _overlapping(doc, start, end)
            if e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) and not (t.i <= e.start and e.end <= t.i + 3)
        ]
        if start == t.i or listed:
            continue
        _set_entity(doc, start, end, "ORG")


def _possessive_swept_in(doc: Any) -> None:
    """ "hollins athletic's awards night", "the royal cornwall's community team": a body of two
    words or more whose "'s" owns the noun after it is named without the "'s", whether or not
    the NER swept it into the name; a shop named for one person keeps it ("Sainsbury's car
    park", "St Monica's hall"), and an "'s" that says "is" stays as it is."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    for k, e in enumerate(ents):
        if (
            e.label_ != "ORG"
            or len(e) < 3
            or e[-1].text not in ("'s", "’s")
            or e[0].lower_ in ("st", "st.", "saint")
            or e.end >= len(doc)
            or not _owns_a_noun(doc, e.end)
        ):
            continue
        ents[k] = Span(doc, e.start, e.end - 1, label=e.label_, kb_id=e.kb_id_, span_id=e.id_)
    doc.ents = ents


def _owns_a_noun(doc: Any, i: int) -> bool:
    """Whether a noun (after any adjectives) opens at token `i`: "awards night", "new hall"."""
    while i < len(doc) - 1 and doc[i].pos_ == "ADJ":
        i += 1
    return doc[i].pos_ in ("NOUN", "PROPN") and doc[i].is_alpha
