"""Editing `doc.ents`: every rule layer sets and clears entities through these, so the
user's vocabulary and the gazetteer stay final (`_locked`).
"""

from __future__ import annotations

from typing import Any

from ..entities import GAZETTEER_ID, VOCAB_ID


def _locked(doc: Any, start: int, end: int, *, inside_ok: bool = False) -> bool:
    """Whether a vocabulary or gazetteer entity covers any of these tokens (the user's word
    and the shipped lists are final). With `inside_ok`, a span that holds a listed place whole
    may still grow it ("Bounds Green" -> "Bounds Green Road")."""
    return any(
        e.ent_id_ in (VOCAB_ID, GAZETTEER_ID)
        and e.start < end
        and start < e.end
        and not (inside_ok and start <= e.start and e.end <= end and e.label_ != "ORG")
        for e in doc.ents
    )


def _overlapping(doc: Any, start: int, end: int) -> list[Any]:
    return [e for e in doc.ents if e.start < end and start < e.end]


def _set_entity(doc: Any, start: int, end: int, label: str, span_id: str = "") -> None:
    """Make tokens [start, end) one entity, replacing the entities they overlap."""
    from spacy.tokens import Span

    keep = [e for e in doc.ents if e.end <= start or e.start >= end]
    # A name relabelled whole keeps the id of the ruler that found it (the vocabulary's
    # "South Street" stays the user's word); a new span does not take the id spaCy leaves on
    # its tokens: "Park Road Pools" made over the vocabulary's place "Park Road" is no name
    # the vocabulary knows.
    same = [e.ent_id_ for e in doc.ents if (e.start, e.end) == (start, end)]
    span_id = span_id or (same[0] if same else "")
    span = Span(doc, start, end, label=label, span_id=span_id)
    doc.ents = sorted([*keep, span], key=lambda s: s.start)
    for token in doc[start:end]:
        token.ent_id_ = span_id


def _clear_entities(doc: Any, start: int, end: int) -> None:
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end]
