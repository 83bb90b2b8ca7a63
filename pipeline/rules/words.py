"""Word lists more than one layer asks about (the model's English words, the gazetteer's
one-word organisations), loaded once and kept apart so the people and organisation rules
need not import each other.
"""

from __future__ import annotations

import functools
from typing import Any

from .. import heard, lexicon
from ..entities import ACRONYMS, NOT_NAME
from ..nlp import load_nlp

# What an area lends its name to without being a body: "the Ashby 10k", "the Ashby carnival".
RACES_AND_FESTIVALS = frozenset({
    "marathon", "half", "parkrun", "triathlon", "duathlon", "relay", "sportive", "fun",
    "carnival", "festival", "fete", "regatta", "fireworks",
})  # fmt: skip

# Scots words for "from", "with", "to", "into" and "onto", which no dictionary of English has
# and no name opens with: "a letter fae citizens advice", "back fae the dentist wi Gran".
SCOTS_PREPOSITIONS = frozenset(lexicon.SCOTS_SAID_AS) | {"wae", "tae", "intae", "ontae"}


def _english_words() -> frozenset[str]:
    """The English words the spaCy model's lemmatizer knows (its WordNet index of nouns,
    verbs, adjectives and adverbs, as `heard.dictionary` holds them); empty if the model has
    no such table."""
    return heard.dictionary(load_nlp()).words


def _lower_name_shaped(t: Any) -> bool:
    """A lower-case word shaped like a name as Whisper writes one: letters only, three or
    more, no stop word and none of the words that are never a name (`NOT_NAME`). What else
    it must be (a listed first name, no ordinary word) is each caller's rule."""
    return t.is_lower and t.is_alpha and len(t) >= 3 and not t.is_stop and t.lower_ not in NOT_NAME


@functools.cache
def _one_word_orgs() -> frozenset[str]:
    """The gazetteer's one-word organisation names ("unison", "mind", "shelter")."""
    return frozenset(e.lower() for e in lexicon.org_names() if " " not in e and "{" not in e)


@functools.cache
def _one_word_bodies() -> frozenset[str]:
    """Every one-word organisation a list knows: the gazetteer's ("unison") and the
    initials of listed bodies (`ACRONYMS`: "rspb")."""
    return _one_word_orgs() | ACRONYMS


def _plural_of_a_word(low: str) -> bool:
    """A long plural whose singular is an ordinary word ("consultations", "rehearsals"): a
    thing, not a name. Surnames that look like plurals ("Chambers", "Masters") are shorter
    than nine letters, so a shorter one counts only when no list has it as a surname
    ("Menus went to the printers"), and a listed first name is never one."""
    if len(low) < 5 or not low.endswith("s") or low in lexicon.first_names():
        return False
    if len(low) < 9 and (low in lexicon.surnames() or low in {"masters", "knights", "sands"}):
        return False
    english = _english_words()
    return (
        low[:-1] in english
        or (low.endswith("es") and low[:-2] in english)
        or heard._singular(low) in english  # "Batteries done"
    )


def _people_in_the_plural(t: Any) -> bool:
    """ "with carers twice a day", "the course for the lads": a lower-case plural noun whose
    singular is an ordinary word (or a doer of one: "carers" of "care") is people of a kind,
    not a body's one-word name ("loros", whose singular is no word, may be one)."""
    low = t.lower_
    if t.tag_ != "NNS" or not t.is_lower or low in lexicon.first_names() | lexicon.org_suffixes():
        return False
    after = [w.lower_ for w in t.doc[t.i + 1 : t.i + 4]]
    if after[:2] == [",", "the"] and after[2:] and after[2] in lexicon.org_suffixes():
        return False  # "money for rainbows, the hospice": a name set off by its kind
    english = _english_words()
    return t.lemma_.lower() != low and (
        t.lemma_.lower() in english or (low.endswith("ers") and low[:-2] in english)
    )


@functools.cache
def _verbs() -> frozenset[str]:
    """The verbs the spaCy model's lemmatizer knows (its WordNet index); empty if none."""
    return heard.dictionary(load_nlp()).verbs


def _a_verb_said(doc: Any, i: int) -> bool:
    """Whether word `i` is a verb in the third person or past: as the tagger has it, or a
    lower-case "-s" word the tagger took for a plural that is a verb's form before a
    preposition ("rhys pugh coaches for the ...")."""
    t = doc[i]
    if t.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        t.tag_ == "NNS"
        and t.is_lower
        and t.lower_.endswith("s")
        and (t.lemma_.lower() in _verbs() or t.lower_[:-1] in _verbs())
        and nxt is not None
        and nxt.pos_ == "ADP"
    )


def _opened_by_a_past_verb(t: Any) -> bool:
    """Whether word `t` opens its sentence as a verb in the past that the NER may run into the
    name after it: "Chased Brenfield Council Housing about the boiler". The tagger calls an
    unknown name's neighbour a proper noun, so a dictionary verb's "-ed" form counts too;
    "United" opens names ("United Reformed Church")."""
    if not (t.is_sent_start and t.is_title) or t.lower_ == "united":
        return False
    low = t.lower_
    return t.tag_ in ("VBD", "VBN") or (
        low.endswith("ed") and (low[:-1] in _verbs() or low[:-2] in _verbs())
    )


# Getting in touch by phone or in writing: the core that the rules on who or what was got in
# touch with ("rang Hollybank Lettings", "texted Jin Park") build their own sets on.
RANG_OR_WROTE = frozenset({
    "rang", "ring", "phoned", "phone", "texted", "text", "emailed", "email", "messaged",
})  # fmt: skip

# Words before a town that say it is the place, whatever follows: "went to Everton", "the
# lads from Everton", "up to Chester Brown's".
TO_A_PLACE = frozenset({
    "in", "at", "to", "from", "near", "into", "round", "around", "through", "via", "towards",
    "of", "outside",
})  # fmt: skip

# Saints lend their possessive to churches, schools, hospices and halls ("St Anne's school",
# "St Jude's hall"): the word before a saint's name, no one's own.
SAINTS = frozenset({"st", "st.", "saint"})

# A possessive "'s" as the tokenizer splits it off, either apostrophe: "Rhi's", "Rhi’s".
POSS = ("'s", "’s")

# The words that open a noun phrase before a thing or a kind: "the", "a", "my", "their".
DETERMINERS = frozenset({"the", "a", "an", "my", "his", "her", "our", "their", "your"})


def _partners_surnames(a: Any, b: Any, said: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether "A and B" is a firm named for its partners rather than two people: one word is
    the surname of someone the memo names in full ("Imogen Spurgeon ... at Spurgeon and
    Beales"), or one is a surname and neither a first name nor a word ("from Millar and
    Bryce", "Braid and Tait") while the other is no common first name nor anyone `said`."""
    doc = a.doc
    full = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and e.end <= a.i}
    if a.lower_ in full or b.lower_ in full:
        return True
    told = any(w.lower_ in said or w.lower_ in lexicon.common_first_names() for w in (a, b))
    return not told and any(
        w.lower_ in lexicon.surnames()
        and w.lower_ not in lexicon.first_names()
        and w.lower_ not in _english_words()
        for w in (a, b)
    )


# Words that make a number a sum of money: "forty-five thousand", "two hundred quid".
SUMS = {"thousand", "hundred", "grand", "quid", "pounds", "pound", "k", "million"}


def _a_sum(doc: Any, i: int) -> bool:
    """Whether the words from `i` (after an article at most) are a sum of money said as what
    something is: a money entity, or a number with "thousand", "quid" ..., ending the clause
    ("Loan's forty-five thousand, over seven years"; not "Rose's five hundred pounds is in")."""
    while i < len(doc) - 1 and doc[i].lower_ in ("the", "a", "about", "around", "only", "just"):
        i += 1
    j = i
    while j < len(doc) and (doc[j].ent_type_ == "MONEY" or doc[j].like_num or doc[j].text in "£-"):
        j += 1
    if j == i or not (doc[j - 1].lower_ in SUMS or doc[j - 1].ent_type_ == "MONEY"):
        if not (j < len(doc) and doc[j].lower_ in SUMS):
            return False
        j += 1
    return j >= len(doc) or doc[j].is_punct or doc[j].pos_ not in ("VERB", "AUX")
