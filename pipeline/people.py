"""What the read side answers about people, organisations, follow-ups, topics and vocabulary.

Plain dataclasses built by `Store` and printed by the CLI (`dataclasses.asdict` for `--json`);
nothing here touches SQL or loads a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FOLLOWUP_STATUSES = ("open", "done")


@dataclass(frozen=True)
class PersonSummary:
    """One line of `memo people`."""

    id: int
    name: str
    orgs: list[str]
    roles: list[str]
    memos: int
    first_seen: str | None
    last_seen: str | None
    memo_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class OrgSummary:
    """One line of `memo orgs`."""

    id: int
    name: str
    people: list[str]
    memos: int
    first_seen: str | None
    last_seen: str | None
    memo_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Snippet:
    start_s: float | None
    text: str


@dataclass(frozen=True)
class MemoRef:
    """A memo that mentions someone, with the segments where they are mentioned."""

    memo_id: int
    recorded_at: str
    filename: str
    snippets: list[Snippet] = field(default_factory=list)


@dataclass(frozen=True)
class FollowUpItem:
    """One follow-up; `due` is an ISO date or None, `person` a display name or None."""

    id: int
    text: str
    due: str | None
    person: str | None
    memo_id: int
    status: str
    recorded_at: str | None = None
    start_s: float | None = None


@dataclass(frozen=True)
class EntityDetail:
    """Everything known about one person (or organisation): `memo person NAME`."""

    id: int
    kind: str
    name: str
    orgs: list[str]
    roles: list[str]
    people: list[str]  # for an organisation: the people linked to it
    first_seen: str | None
    last_seen: str | None
    memos: list[MemoRef]
    followups: list[FollowUpItem]


@dataclass(frozen=True)
class Topic:
    phrase: str
    score: float
    memo_ids: list[int]


@dataclass(frozen=True)
class VocabWord:
    text: str
    kind: str | None
    added_at: str


@dataclass(frozen=True)
class MergeResult:
    kind: str
    merged: str
    into: str
    mentions: int
    followups: int
    links: int


# Titles are not part of a name: "Dr Helen Marsh" and "Helen Marsh" are one person.
TITLES = {
    "dr", "dr.", "doctor", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "miss", "sir", "dame", "lord", "lady", "councillor", "cllr", "rev", "reverend",
}  # fmt: skip


def split_title(name: str) -> tuple[str | None, str]:
    """("Dr", "Helen Marsh") from "Dr. Helen Marsh"; (None, name) when there is no title."""
    first, _, rest = name.strip().partition(" ")
    if rest.strip() and first.lower() in TITLES:
        return first.rstrip("."), rest.strip()
    return None, name.strip()


def lookup_key(name: str) -> str:
    """The entity key a user means: "the NHS" is "nhs", "Dr. Helen Marsh's" is "helen marsh"."""
    from .records import name_key

    words = name.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return name_key(split_title(" ".join(words))[1])
