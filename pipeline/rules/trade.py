"""Firms told by what they are asked to trade in: "ask Phoenix Larder whether they'd stock her
brownies", "ring Brindle if they can deliver on Sunday". A name taken up by "they" and a verb
of selling, supplying or sponsoring is a business, whatever the NER made of it (a person, a
place or nothing); one person asked the same is "she" or "he".
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..entities import NOT_NAME
from ..lexicon import ACTION_VERBS, TITLES
from .spans import _locked, _overlapping, _set_entity

# What a shop, a supplier or a sponsor does for a customer.
TRADE_VERBS = {"stock", "sell", "supply", "deliver", "cater", "sponsor", "donate", "print"}
MODALS = {"'d", "’d", "would", "will", "'ll", "’ll", "could", "can", "might", "do"}


def _firms_asked_to_trade(doc: Any) -> None:
    """Up to three capitalised words before "whether" or "if", "they" and a verb of trade."""
    for t in doc:
        if t.lower_ not in ("whether", "if") or t.i < 1:
            continue
        k = t.i + 1
        if k >= len(doc) or doc[k].lower_ != "they":
            continue
        k += 1
        if k < len(doc) and doc[k].lower_ in MODALS:
            k += 1
        if k >= len(doc) or doc[k].lemma_.lower() not in TRADE_VERBS:
            continue
        end = t.i - (doc[t.i - 1].text == ",")
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        if start == end or _locked(doc, start, end):
            continue
        if doc[start].lower_ in lexicon.first_names() | NOT_NAME | ACTION_VERBS | TITLES:
            continue
        if any(e.start < start or e.end > end for e in _overlapping(doc, start, end)):
            continue
        _set_entity(doc, start, end, "ORG")
