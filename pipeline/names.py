"""The one resolver from what a user types to a person, organisation or place.

Every command that takes a name (`memo person`, `people --org`, `search --person/--org`,
`merge`, and the web pages) goes through here, so they all agree on what a name means:

- **case, spacing and possessives** do not matter ("KEVIN  BROOKS", "Kevin's");
- **titles and a leading article** are not part of a name ("Dr Helen Marsh", "the NHS");
- **aliases** left by `memo merge` still find the entity they were merged into;
- **accents** are folded as a last resort ("zoe" finds "Zoë").

`resolve` picks exactly one entity (or says which ones the name could be); `variant_ids`
is the forgiving form search filters use, where "Kevin" also matches a separate, not yet
merged "Kevin Brooks". Only `sqlite3` and `re` are needed, so read commands stay fast.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .errors import NotFound, QueryError
from .lexicon import TITLES as TITLES  # titles are not part of a name ("Dr Helen Marsh")
from .lexicon import fold as fold  # accents folded: "zoë" -> "zoe"
from .lexicon import split_title as split_title

KINDS = ("person", "org", "place")

_ARTICLES = ("the", "a", "an")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Entity:
    """A stored person, organisation or place."""

    id: int
    kind: str
    name: str
    key: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def name_key(name: str) -> str:
    """Normalised form used to merge entities: case, possessives and spacing do not split."""
    key = re.sub(r"['’]s\b", "", name.strip().lower())
    key = re.sub(r"[^\w\s&-]", "", key)
    return re.sub(r"\s+", " ", key).strip()


def lookup_key(name: str) -> str:
    """The entity key a user means: "the NHS" is "nhs", "Dr. Helen Marsh's" is "helen marsh"."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    return name_key(split_title(" ".join(words))[1])


def is_variant(a: str, b: str) -> bool:
    """Two keys name the same entity loosely: equal, or one is the other's first or last words."""
    short, long = sorted((a, b), key=len)
    return a == b or long.startswith(short + " ") or long.endswith(" " + short)


def shown(text: str) -> str:
    """User text fit for a one-line message: no control characters, not too long."""
    out = " ".join(_CONTROL.sub(" ", text).split())
    return out if len(out) <= 40 else out[:39] + "…"


def alias_target(conn: sqlite3.Connection, kind: str, key: str) -> int | None:
    """The entity a merged-away (kind, key) now stands for, if `memo merge` made one."""
    row = conn.execute(
        "select entity_id from aliases where kind = ? and key = ?", [kind, key]
    ).fetchone()
    return int(row[0]) if row else None


def _entities(conn: sqlite3.Connection, where: str, params: Sequence[Any]) -> list[Entity]:
    return [
        Entity(int(r[0]), r[1], r[2], r[3])
        for r in conn.execute(f"select id, kind, name, key from entities where {where}", params)
    ]


def resolve(conn: sqlite3.Connection, name: str, kinds: Sequence[str] = ("person",)) -> Entity:
    """The one entity a user means by `name`, trying in turn: a merged name (alias), the
    exact key, a unique first name or surname, a unique part, the same with accents folded.

    Among `kinds`, an earlier kind wins a tie ("Brooks" as a person before an org).

    Raises:
        QueryError: no name given, or it could be several entities (they are listed).
        NotFound: nothing of these kinds has that name.
    """
    key = lookup_key(name)
    if not key:
        raise QueryError("give a name, e.g. memo person 'Kevin Brooks'")
    for kind in kinds:
        target = alias_target(conn, kind, key)
        if target is not None:
            found = _entities(conn, "id = ?", [target])
            if found:
                return found[0]
    rank = {k: i for i, k in enumerate(kinds)}
    marks = ", ".join("?" for _ in kinds)
    exact = _entities(conn, f"key = ? and kind in ({marks})", [key, *kinds])
    if exact:  # the common case, from the (kind, key) index
        return min(exact, key=lambda e: rank[e.kind])
    candidates = sorted(
        _entities(conn, f"kind in ({marks})", list(kinds)),
        key=lambda e: (rank[e.kind], e.name),
    )
    folded = fold(key)
    for test in (
        lambda k: k.startswith(key + " ") or k.endswith(" " + key),
        lambda k: key in k,
        lambda k: is_variant(folded, fold(k)),
    ):
        found = [e for e in candidates if test(e.key)]
        best = [e for e in found if e.kind == found[0].kind] if found else []
        if len(best) == 1:
            return best[0]
        if best:
            names = ", ".join(e.name for e in best[:6])
            raise QueryError(f"'{shown(name)}' could be any of: {names} (give the full name)")
    what = " or ".join(kinds)
    raise NotFound(f"no {what} called '{shown(name)}' (see `memo people` or `memo orgs`)")


def variant_ids(conn: sqlite3.Connection, kind: str, name: str) -> list[int]:
    """Ids of the entities of `kind` that `name` may mean, for a search filter.

    A variant shares whole words at the start or the end: "Kevin" and "Brooks" match
    "Kevin Brooks", and "Kevin Brooks" matches "Kevin". A merged-away name finds the entity
    it was merged into (and that entity's variants); titles and accents are ignored.

    Raises:
        QueryError: no name given, or no such entity is known.
    """
    key = lookup_key(name)
    if not key:
        raise QueryError(f"--{kind} needs a name, e.g. --{kind} Kevin")
    keys = [key]
    target = alias_target(conn, kind, key)
    if target is not None:
        keys += [e.key for e in _entities(conn, "id = ?", [target])]
    ids: list[int] = []
    for k in dict.fromkeys(keys):
        ids += [
            r[0]
            for r in conn.execute(
                """
                select id from entities where kind = :kind and (
                    key = :key
                    or substr(key, 1, length(:key) + 1) = :key || ' '
                    or substr(key, -length(:key) - 1) = ' ' || :key
                    or substr(:key, 1, length(key) + 1) = key || ' '
                    or substr(:key, -length(key) - 1) = ' ' || key
                )
                """,
                {"kind": kind, "key": k},
            )
        ]
    if target is not None:
        ids.append(target)
    if not ids:  # the slow way, with accents folded: "zoe" finds "Zoë"
        folded = fold(key)
        ids = [
            entity_id
            for entity_id, other in conn.execute(
                "select id, key from entities where kind = ?", [kind]
            )
            if is_variant(folded, fold(other))
        ]
    if not ids:
        raise QueryError(f"no {kind} called '{shown(name)}' in any memo")
    return sorted(set(ids))


def distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), or `limit + 1` once it is
    over `limit`: how far a name as heard or typed is from one known."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
