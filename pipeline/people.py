"""Kept so code written before the read layer keeps importing: the read-side dataclasses now
live in `read.py` and the name helpers in `names.py` (which takes `TITLES` and `split_title`
from the lexicon). New code imports from those."""

from __future__ import annotations

from .names import TITLES, lookup_key, split_title
from .read import (
    FOLLOWUP_STATUSES,
    EntityDetail,
    FollowUpItem,
    MemoRef,
    MergeResult,
    OrgSummary,
    PersonSummary,
    Snippet,
    Topic,
    VocabWord,
)

__all__ = [
    "FOLLOWUP_STATUSES",
    "TITLES",
    "EntityDetail",
    "FollowUpItem",
    "MemoRef",
    "MergeResult",
    "OrgSummary",
    "PersonSummary",
    "Snippet",
    "Topic",
    "VocabWord",
    "lookup_key",
    "split_title",
]
