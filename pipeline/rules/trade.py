"""Firms told by what they are asked to trade in: "ask Phoenix Larder whether they'd stock her
brownies", "ring Brindle if they can deliver on Sunday". A name taken up by "they" and a verb
of selling, supplying or sponsoring is a business, whatever the NER made of it (a person, a
place or nothing); one person asked the same is "she" or "he". So is a name said with "the"
that donates or gives to the group ("get the Copper Kettle to donate", "the Copper Kettle
gave us scones"): no one's own name takes "the".
"""

from __future__ import annotations

import functools
from typing import Any

from .. import lexicon
from ..entities import NOT_NAME
from ..lexicon import ACTION_VERBS, TITLES
from .spans import _locked, _overlapping, _set_entity

# What a shop, a supplier or a sponsor does for a customer.
TRADE_VERBS = {"stock", "sell", "supply", "deliver", "cater", "sponsor", "donate", "print"}
MODALS = {"'d", "’d", "would", "will", "'ll", "’ll", "could", "can", "might", "do"}


@functools.cache
def _never_a_firm() -> frozenset[str]:
    """Words no firm's name asked to trade holds: first names, titles, words never a name."""
    return lexicon.first_names() | NOT_NAME | ACTION_VERBS | TITLES


def _nothing_longer(doc: Any, start: int, end: int) -> bool:
    """Whether no entity runs past `start`..`end` (one inside it the rule may relabel)."""
    return not any(e.start < start or e.end > end for e in _overlapping(doc, start, end))


def _firms_asked_to_trade(doc: Any) -> None:
    """Up to three capitalised words before "whether" or "if", "they" and a verb of trade."""
    never = _never_a_firm()
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
        if start == end or _locked(doc, start, end) or doc[start].lower_ in never:
            continue
        if _nothing_longer(doc, start, end):
            _set_entity(doc, start, end, "ORG")


def _the_firm_that_gives(doc: Any) -> None:
    """ "the" and up to three capitalised words, then a verb of trade or "gave us" (or "to"
    and such a verb), is a business the NER passed over or took for someone."""
    never, gifts = _never_a_firm(), TRADE_VERBS - {"print", "sell"}
    for t in doc:
        if t.lower_ != "the" or not t.is_lower:
            continue
        start = end = t.i + 1
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == start or end >= len(doc):
            continue
        k = end + (doc[end].lower_ == "to")
        verb = doc[k] if k < len(doc) else None
        gives = (
            verb is not None
            and verb.pos_ == "VERB"
            and (
                verb.lemma_.lower() in gifts
                or (
                    verb.lemma_.lower() == "give" and k + 1 < len(doc) and doc[k + 1].lower_ == "us"
                )
            )
        )
        if not gives or _locked(doc, start, end) or any(w.lower_ in never for w in doc[start:end]):
            continue
        if _nothing_longer(doc, start, end):
            _set_entity(doc, start, end, "ORG")
