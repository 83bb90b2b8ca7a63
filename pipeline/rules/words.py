"""Word lists more than one layer asks about (the model's English words, the gazetteer's
one-word organisations), loaded once and kept apart so the people and organisation rules
need not import each other.
"""

from __future__ import annotations

import functools

from .. import heard, lexicon
from ..nlp import load_nlp


def _english_words() -> frozenset[str]:
    """The English words the spaCy model's lemmatizer knows (its WordNet index of nouns,
    verbs, adjectives and adverbs, as `heard.dictionary` holds them); empty if the model has
    no such table."""
    return heard.dictionary(load_nlp()).words


@functools.cache
def _one_word_orgs() -> frozenset[str]:
    """The gazetteer's one-word organisation names ("unison", "mind", "shelter")."""
    return frozenset(e.lower() for e in lexicon.org_names() if " " not in e and "{" not in e)


def _plural_of_a_word(low: str) -> bool:
    """A long plural whose singular is an ordinary word ("consultations", "rehearsals"): a
    thing, not a name. Surnames that look like plurals ("Chambers", "Masters") are shorter
    than nine letters, and a listed first name is never one."""
    if len(low) < 9 or not low.endswith("s") or low in lexicon.first_names():
        return False
    english = _english_words()
    return low[:-1] in english or (low.endswith("es") and low[:-2] in english)
