"""The `Matcher` context rules: a name after "met", "spoke to", "works at", "in". The
Matchers are built once per pipeline (`_Rules`); `_match_rules` applies their matches in a
fixed order of its own, as one layer of `order.py`.
"""

from __future__ import annotations

from typing import Any

from .. import followups, lexicon
from ..entities import (
    CONTACT_CUES,
    CUE_WORDS,
    GENERIC_WORKPLACES,
    LOCATIVES,
    MEETING_CUES,
    NOT_ORG_HEADS,
    ORG_JOINS,
    ORG_PREPS,
    PLACE_ONLY,
    WORK_VERBS,
)
from ..heard import WORD_NAMES
from ..lexicon import ACTION_VERBS, EVENT_NOUNS, PLACE_SUFFIXES, TITLES, org_suffixes
from ..nlp import _cap
from .person_words import BROUGHT_IN
from .places import _place_after_connector
from .spans import _clear_entities, _locked, _overlapping, _set_entity
from .words import _people_in_the_plural, _plural_of_a_word
from .work import _a_job_got_at, _role_before, _work_context


class _Rules:
    """The Matchers for the context rules, built once per pipeline."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import Matcher

        self.names = Matcher(nlp.vocab)
        title = {"LOWER": {"IN": sorted(TITLES)}, "OP": "?"}
        # A cue's own word may be the name after another cue: "asked Guy at the garage"
        # ("guy" of "a guy called").
        person = _cap(ACTION_VERBS | (CUE_WORDS - WORD_NAMES) | TITLES)
        for key, cues in (("MEETING", MEETING_CUES), ("CONTACT", CONTACT_CUES)):
            self.names.add(
                key,
                [
                    [*({"LOWER": w} for w in cue.split()), title, person, person | {"OP": "?"}]
                    for cue in cues
                ],
                greedy="LONGEST",
            )
        org_word = _cap()
        # "at Jaguar Land Rover Emma liked ...": a name the NER calls a person ends the org.
        org_word_more = org_word | {"ENT_TYPE": {"NOT_IN": ["PERSON"]}}
        link = [{"LOWER": {"IN": sorted(ORG_PREPS)}}, {"LOWER": "the", "OP": "?"}, org_word]
        self.names.add(
            "ORG_AFTER",
            [
                link,
                [*link, org_word_more],
                [*link, org_word_more, org_word_more],
                [*link, org_word_more, org_word_more, org_word_more],
                [*link, org_word_more, {"LOWER": {"IN": ORG_JOINS}}, org_word_more],
                # "Count on Us", "Leeds and District": short joining words inside a name
                [*link, {"LOWER": {"IN": ["on", "and"]}}, org_word_more],
                [*link, {"LOWER": {"IN": ["of", "&", "for"]}}, org_word_more],  # Homes for X
            ],
            greedy="LONGEST",
        )
        # Whisper base writes "head of security at the post office": after a job title, a
        # lower-case name is still the organisation.
        low = {"IS_LOWER": True, "IS_ALPHA": True, "POS": {"IN": ["NOUN", "PROPN"]}}
        low_link = [{"LOWER": {"IN": ["at", "for"]}}, {"LOWER": "the", "OP": "?"}, low]
        # "a volunteer at open door": an adjective or verb may open a two-word name
        low_first = {"IS_LOWER": True, "IS_ALPHA": True, "POS": {"IN": ["ADJ", "VERB"]}}
        low_open = [{"LOWER": {"IN": ["at", "for"]}}, {"LOWER": "the", "OP": "?"}, low_first]
        # "Rory's teacher at avenue primary": an organisation word ends the name whatever its tag
        low_end = {"IS_LOWER": True, "LOWER": {"IN": sorted(org_suffixes())}}
        # "the plumber from avon heating": after "from", only a name with an organisation word
        from_link = [{"LOWER": "from"}, {"LOWER": "the", "OP": "?"}]
        word = {"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False}  # tagged anyhow
        self.names.add(
            "ORG_LOWER",
            [
                low_link,
                [*low_link, low],
                [*low_link, low, low],
                [*low_open, low],
                [*low_link, low_end],
                # "at the residents' association": a plural possessive inside the name
                [*low_link, {"ORTH": {"IN": ["'", "’"]}}, low_end],
                [*low_link, low_end, low_end],
                [*from_link, word, low_end],
                [*from_link, word, word, low_end],
            ],
            greedy="LONGEST",
        )
        # Not in the EntityRuler: Green, Marsh, Hill and Park are surnames too, so a person
        # the NER found keeps the name unless a preposition says it is somewhere.
        place_word = _cap(ACTION_VERBS | TITLES)
        suffix = {"LOWER": {"IN": sorted(PLACE_SUFFIXES)}}
        poss = {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}
        self.names.add(
            "PLACE_NAME",
            [[*[place_word, poss] * n, suffix] for n in (1, 2, 3)],
            greedy="LONGEST",
        )
        self.names.add(
            "PLACE_AFTER",
            [
                [
                    {"LOWER": {"IN": ["in", "near"]}},
                    _cap(ACTION_VERBS | TITLES),
                    _cap() | {"OP": "?"},
                ],
            ],
            greedy="LONGEST",
        )
        self.commitments = followups.commitment_matcher(nlp)


def _name_start(match: Any) -> int:
    """Skip the cue words (and title) of a context match: the index of the name's first token.
    A cue's word in capitals after the cue is the name ("asked Guy")."""
    doc, i = match.doc, match.start
    while i < match.end and (doc[i].lower_ in CUE_WORDS or doc[i].lower_ in TITLES):
        if i > match.start and doc[i].is_title and doc[i].lower_ in WORD_NAMES:
            break
        i += 1
    return i


def _match_rules(doc: Any, rules: _Rules) -> None:
    """The Matcher rules, in order: people, places, organisations."""
    order = ("MEETING", "CONTACT", "PLACE_NAME", "ORG_AFTER", "ORG_LOWER", "PLACE_AFTER")
    matches = sorted(
        rules.names(doc, as_spans=True), key=lambda s: (order.index(s.label_), s.start)
    )
    for m in matches:
        if m.label_ in ("MEETING", "CONTACT"):
            start = _name_start(m)
            if start >= m.end or _locked(doc, start, m.end):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") for t in doc[start : m.end]):
                continue
            old = _overlapping(doc, start, m.end)
            # "Call Barclays", "with Kent": a contact verb does not make an organisation or a
            # place a person; a meeting verb does ("spoke to Sophie", NER: ORG).
            if m.label_ == "CONTACT" and any(e.label_ != "PERSON" for e in old):
                continue
            # A titled name found by memo_patterns already starts with its title; a name the
            # NER read longer than the pattern's two words keeps them ("Mohammed Ali Khan").
            if any(e.label_ == "PERSON" and e.start <= start and e.end >= m.end for e in old):
                continue
            _set_entity(doc, start, m.end, "PERSON")
        elif m.label_ == "ORG_AFTER":
            prep = doc[m.start]
            start = m.start + 1 + (doc[m.start + 1].lower_ == "the")
            end = m.end
            if any(t.ent_type_ in ("DATE", "TIME") for t in doc[start:end]):
                continue
            # "Holloway Tyres", "Camden Giving": a known place followed by more of a name is
            # a business named after it; the place alone ("from Tottenham") stays a place.
            if _locked(doc, start, end, inside_ok=True) or (
                _locked(doc, end - 1, end) and not _place_after_connector(doc, start, end)
            ):
                continue
            if any(e.label_ == "ORG" and e.end > end for e in _overlapping(doc, start, end)):
                continue  # "at the Bounds Green surgery" is longer than its capitals
            # The matcher stops at a word the NER put in a person's name, for the person after
            # an organisation ("at Jaguar Land Rover Emma liked"); a name that opens right
            # after the preposition is one name, never cut in its middle: "Year 8 at
            # Archbishop Penrose's" is the school, "councillor for Winchmore Hill" a place.
            whole = [e for e in _overlapping(doc, start, end) if e.start == start and e.end > end]
            if whole:
                end = whole[0].end
                if _locked(doc, start, end):
                    continue
                last = doc[end - 1 - (doc[end - 1].text in ("'s", "’s"))].lower_
                if last in PLACE_SUFFIXES and last not in org_suffixes():
                    if _work_context(doc, prep) is not None or whole[0].label_ != "PERSON":
                        _set_entity(doc, start, end, "GPE")
                    continue
            if doc[start].lower_ in TITLES and any(
                e.label_ == "PERSON" and e.start == start for e in _overlapping(doc, start, end)
            ):
                continue  # "a review with Doctor Okwuosa": someone with a title
            # "Chiamaka Eze from Fusion Lifestyle": someone is from an organisation (but "from
            # Finsbury Park", "from the Vietnamese community" are a place and a people).
            person_from = (
                prep.lower_ in ("from", "at")
                and m.start > 0
                and doc[m.start - 1].ent_type_ == "PERSON"
                and not any(
                    e.label_ in ("GPE", "LOC", "NORP") and e.start <= start and e.end >= end
                    for e in _overlapping(doc, start, end)
                )
                and not (
                    doc[end - 1].lower_ in PLACE_SUFFIXES
                    and doc[end - 1].lower_ not in org_suffixes()
                )
            )
            if person_from:
                _set_entity(doc, start, end, "ORG")
                continue
            if (
                prep.lower_ == "of"
                and doc[m.start - 1].lower_ == "head"
                and start == m.start + 1
                and doc[end - 1].lower_ not in org_suffixes()
            ):
                # "head of Information Security at ...": a department, part of the role.
                _clear_entities(doc, start, end)
            elif _work_context(doc, prep) is not None or _a_job_got_at(doc, prep.i):
                _set_entity(doc, start, end, "ORG")  # "got a job at Wrenco" (NER: LOC)
        elif m.label_ == "ORG_LOWER":
            start = m.start + 1 + (doc[m.start + 1].lower_ == "the")
            end = m.end
            words = [t.lower_ for t in doc[start:end]]
            last = words[-1].removesuffix("s")  # "at weekends"
            # "the head at edith neville": a guess of the NER at lower-case words gives way
            guessed = all(
                e.label_ == "PERSON" and not e.ent_id_ and e.text.islower()
                for e in _overlapping(doc, start, end)
            )
            # "youth lead for east bristol": a compass word and a town are the area a job
            # covers whatever the NER guessed them (not a name a list gave)
            area = _an_area(words) and not any(e.ent_id_ for e in _overlapping(doc, start, end))
            if not (guessed or area) or {words[-1], last} & (NOT_ORG_HEADS | EVENT_NOUNS):
                continue  # "at the moment", "at the coffee morning"
            if len(words) == 1 and words[0] in GENERIC_WORKPLACES:
                continue  # "at the company"
            if (
                len(words) == 1
                and doc[m.start].lower_ == "for"
                and (
                    _plural_of_a_word(words[0])
                    or (doc[start - 1].lower_ == "the" and _people_in_the_plural(doc[start]))
                )
            ):
                continue  # "the grants officer for adaptations", "the course for the lads"
            if _an_area(words):
                _set_entity(doc, start, end, "GPE")  # "youth work lead for east kelby"
            elif _part_of_somewhere(doc, words, end):
                continue  # "their nurse for the east of the city": a part of an area
            elif _role_before(doc, m.start) is not None:
                _set_entity(doc, start, end, "ORG")
        elif m.label_ == "PLACE_NAME":
            if _locked(doc, m.start, m.end, inside_ok=True):
                continue
            old = _overlapping(doc, m.start, m.end)
            if any(e.label_ == "ORG" and (e.start < m.start or e.end > m.end) for e in old):
                continue  # "Green Street Bakery"
            if _centre_of_an_org(m, old):
                continue  # "the Kelby Science Centre": the NER's organisation stays
            located = m.start > 0 and doc[m.start - 1].lower_ in LOCATIVES
            possessed = any(t.text in ("'s", "’s") for t in doc[m.start : m.end])
            only_places = m[-1].lower_ in PLACE_ONLY  # "Govanhill Baths" is no one's name
            if any(e.label_ == "PERSON" for e in old) and not (located or possessed or only_places):
                continue  # "Rachel Green", "Helen Marsh" (but "Jackson's Lane Arts Centre")
            _set_entity(doc, m.start, m.end, "LOC")
        elif m.label_ == "PLACE_AFTER":
            start, end = m.start + 1, m.end
            if _locked(doc, start, end) or m.start == 0:
                continue
            if all(len(t) == 1 for t in doc[start:end]):
                continue  # "in B and B": a letter, not a town
            if doc[m.start - 1].lemma_.lower() in BROUGHT_IN:
                continue  # "loop in Lucy": someone brought into it, not a town
            old = _overlapping(doc, start, end)
            if any(t.ent_type_ in ("DATE", "TIME") for t in doc[start:end]):
                continue
            if _someones_thing_in(doc, start):
                _set_entity(doc, start, start + 1, "PERSON")  # "my fiddle's in Roz's car"
                continue
            # "in Exeter" is a place even when the NER says ORG, unless it is a named
            # organisation ("in the Post Office") or someone works in it.
            org_like = any(t.lower_ in org_suffixes() for t in doc[start:end])
            works = doc[m.start - 1].lower_ in WORK_VERBS
            if all(e.label_ != "ORG" for e in old) or not (org_like or works):
                _set_entity(doc, start, end, "GPE")


def _someones_thing_in(doc: Any, i: int) -> bool:
    """ "in Roz's car", "in Dave's garden": a first name with "'s" and a thing in lower case
    after "in" is whose the thing is, not a town ("in Dover's harbour" is the town's: Dover
    is no first name)."""
    t = doc[i]
    return (
        i + 2 < len(doc)
        and doc[i + 1].text in ("'s", "’s")
        and doc[i + 2].is_lower
        and doc[i + 2].is_alpha
        and t.lower_ in lexicon.common_first_names()
        and t.lower_ not in lexicon.place_words()
        and not any(e.label_ in ("ORG", "FAC") for e in _overlapping(doc, i, i + 1))
    )


def _an_area(words: list[str]) -> bool:
    """ "the lead for east kelby", "our manager for north kelby": a compass word and a known
    town in lower case are the area a job covers, not a body."""
    from .org_words import AREA_WORDS

    return len(words) == 2 and words[0] in AREA_WORDS and words[1] in lexicon.place_words()


def _part_of_somewhere(doc: Any, words: list[str], end: int) -> bool:
    """ "the OT for the east of the city", "our rep for the north of the county": a compass
    word said alone with "of" after it is a part of an area a job covers, not a body."""
    from .org_words import AREA_WORDS

    return len(words) == 1 and words[0] in AREA_WORDS and end < len(doc) and doc[end].lower_ == "of"


def _centre_of_an_org(m: Any, old: list[Any]) -> bool:
    """A name ending in "Centre" that the NER drew as an organisation, word for word, and that
    is no leisure, sports or community centre (a building: `people._venue`), is the
    organisation: "the Kelby Science Centre", "Fenmoor Carers Centre"."""
    from .people import _venue

    return (
        m[-1].lower_ in ("centre", "center")
        and any(e.label_ == "ORG" and (e.start, e.end) == (m.start, m.end) for e in old)
        and not _venue(m)
    )
