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


@functools.cache
def _verbs() -> frozenset[str]:
    """The verbs the spaCy model's lemmatizer knows (its WordNet index); empty if none."""
    try:
        from spacy.strings import get_string_id

        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(w for w in table.get(get_string_id("verb"), ()) if "_" not in w)
    except (KeyError, ValueError, AttributeError):
        return frozenset()
