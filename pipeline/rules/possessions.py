"""Things of someone's that the NER calls an organisation: "Rhi's hospital bag", "Kofi's
museum trip", "rang round for Tomasz's insurance". A capitalised name, its possessive and then
ordinary words in lower case say what belongs to that person; an organisation's own
possessive is part of its name and goes on in capitals ("Sainsbury's", "St Luke's Hospice",
"King's College"), or stands alone.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..lexicon import TITLES
from .spans import _clear_entities, _set_entity
from .words import POSS, SAINTS, _one_word_bodies


def _someones_things(doc: Any) -> None:
    """An organisation made of one capitalised name, "'s" and lower-case words only is no
    organisation: the owner is left for the person rules (a listed body keeps its own
    name), the thing is no name. So is a thing in capitals that the lists know as no name:
    "with Tomasz's National Insurance number"."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) < 3:
            continue
        marks = [t.i for t in e if t.text in POSS]
        if len(marks) != 1:
            continue
        k = marks[0]
        owner, thing = doc[e.start : k], doc[k + 1 : e.end]
        if len(owner) != 1 or not len(thing):
            continue
        word = owner[0]
        if not (word.is_title and word.is_alpha) or word.lower_ in SAINTS | TITLES:
            continue
        if not all(t.is_lower and t.is_alpha for t in thing) and not _a_listed_thing(thing):
            continue
        if word.lower_ in _one_word_bodies():
            _set_entity(doc, e.start, k, "ORG")  # "Oxfam's shop window": the owner is one
        elif e.start > 0 and doc[e.start - 1].lower_ in TITLES:
            _set_entity(doc, e.start - 1, k, "PERSON")  # "Councillor Amis's surgery line"
        else:
            _clear_entities(doc, e.start, e.end)


def _a_listed_thing(thing: Any) -> bool:
    """Capitalised words that the lists know as a scheme or a thing, not a name: "National
    Insurance", "Child Benefit"."""
    return thing.text.lower() in lexicon.not_entities()
