"""Someone known from earlier memos by one name that a rule or the NER took for an
organisation: "find out who runs the market for Tobz", "At the market with Tobz". A name
people go by ("Tobz", "Big Sal") is no pattern of the vocabulary (it would make every "Tom"
the one Tom known), so the context rules may read it as a firm; one word that is the whole
name of someone already known is that person, not an organisation of the same name.
"""

from __future__ import annotations

from typing import Any

from ..entities import GAZETTEER_ID, VOCAB_ID
from ..records import ONE_NAME, Term
from .spans import _set_entity
from .words import _one_word_bodies


def _known_people_are_no_organisation(doc: Any, terms: tuple[Term, ...]) -> None:
    """A one-word organisation the vocabulary and the gazetteer did not give, said as the
    one name of someone known (not in capitals: "HARCA" stored as someone was a guess, and
    not a listed body), is that person."""
    alone = {
        t.text.strip().lower()
        for t in terms
        if (t.kind == ONE_NAME or (t.kind == "person" and " " not in t.text.strip()))
        and not t.text.strip().isupper()
    }
    if not alone:
        return
    for e in list(doc.ents):
        if e.label_ != "ORG" or len(e) != 1 or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        low = e[0].lower_
        if low in alone and low not in _one_word_bodies() and not e[0].is_upper:
            _set_entity(doc, e.start, e.end, "PERSON")
