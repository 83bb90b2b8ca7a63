"""Reads the web pages need that the rest of the read side does not answer yet.

Plain `sqlite3` only (no sqlite-utils, no models), so `memo serve` starts and renders fast.
The memo list pages by keyset on (recorded_at, id), never by OFFSET: the next page starts
with an index seek wherever it is in 100,000 memos.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from .errors import NotFound, QueryError
from .search import entity_ids

PAGE_SIZE = 50
FIRST_WORDS_CHARS = 160
MEMO_STATUSES = ("done", "empty", "failed")


@dataclass(frozen=True)
class EntityRef:
    id: int
    kind: str
    name: str


@dataclass(frozen=True)
class MemoRow:
    """One memo in the library: when, how long, who and the first words."""

    id: int
    recorded_at: str | None
    duration_s: float | None
    status: str
    filename: str
    first_words: str
    people: list[EntityRef] = field(default_factory=list)
    orgs: list[EntityRef] = field(default_factory=list)


@dataclass(frozen=True)
class MemoPage:
    memos: list[MemoRow]
    next_cursor: str | None  # pass back as `after` for the next (older) page


@dataclass(frozen=True)
class Line:
    idx: int
    start_s: float
    end_s: float
    text: str


@dataclass(frozen=True)
class MemoFollowUp:
    id: int
    text: str
    due: str | None
    person: str | None
    status: str
    start_s: float | None


@dataclass(frozen=True)
class MemoDetail:
    id: int
    filename: str
    recorded_at: str | None
    duration_s: float | None
    status: str
    error: str | None
    language: str | None
    model: str | None
    lines: list[Line]
    entities: list[EntityRef]
    followups: list[MemoFollowUp]


def connect(path: str) -> sqlite3.Connection:
    """A read-only connection to an existing memo database (see `search.connect`)."""
    from .search import connect as search_connect

    return search_connect(path)


def _cursor(recorded_at: str | None, memo_id: int) -> str:
    return f"{recorded_at or ''}|{memo_id}"


def _parse_cursor(text: str) -> tuple[str, int]:
    at, _, memo_id = text.rpartition("|")
    try:
        return at, int(memo_id)
    except ValueError:
        raise QueryError(f"not a page cursor: {text!r}") from None


def memo_page(
    conn: sqlite3.Connection,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    person: str | None = None,
    org: str | None = None,
    status: str | None = None,
    after: str | None = None,
    limit: int = PAGE_SIZE,
) -> MemoPage:
    """Memos newest first, filtered, one page after the cursor `after`.

    Raises:
        QueryError: an unknown status, person or organisation, or a bad cursor.
    """
    where: list[str] = ["1"]
    params: list[object] = []
    if status:
        if status not in MEMO_STATUSES:
            raise QueryError(f"status must be one of {', '.join(MEMO_STATUSES)}")
        where.append("m.status = ?")
        params.append(status)
    if since:
        where.append("m.recorded_at >= ?")
        params.append(since.isoformat())
    if until:
        where.append("m.recorded_at < ?")
        params.append((until + dt.timedelta(days=1)).isoformat())
    for kind, name in (("person", person), ("org", org)):
        if name:
            ids = entity_ids(conn, kind, name)
            where.append(
                "m.id in (select memo_id from mentions where entity_id in "
                f"({', '.join('?' * len(ids))}))"
            )
            params.extend(ids)
    if after:
        at, memo_id = _parse_cursor(after)
        where.append("(m.recorded_at, m.id) < (?, ?)")
        params.extend([at, memo_id])
    rows = conn.execute(
        f"""
        select m.id, m.recorded_at, m.duration_s, m.status, m.filename,
               substr(coalesce(m.text, m.error, ''), 1, {FIRST_WORDS_CHARS})
        from memos m where {" and ".join(where)}
        order by m.recorded_at desc, m.id desc limit ?
        """,
        [*params, limit + 1],
    ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    names = _entities_of(conn, [r[0] for r in rows])
    memos = [
        MemoRow(
            id=r[0],
            recorded_at=r[1],
            duration_s=r[2],
            status=r[3],
            filename=r[4] or "",
            first_words=(r[5] or "").strip(),
            people=[e for e in names.get(r[0], []) if e.kind == "person"],
            orgs=[e for e in names.get(r[0], []) if e.kind == "org"],
        )
        for r in rows
    ]
    last = rows[-1] if rows else None
    return MemoPage(memos, _cursor(last[1], last[0]) if more and last else None)


def _entities_of(conn: sqlite3.Connection, memo_ids: list[int]) -> dict[int, list[EntityRef]]:
    if not memo_ids:
        return {}
    out: dict[int, list[EntityRef]] = {}
    for memo_id, eid, kind, name in conn.execute(
        f"""
        select distinct mn.memo_id, e.id, e.kind, e.name
        from mentions mn join entities e on e.id = mn.entity_id
        where mn.memo_id in ({", ".join("?" * len(memo_ids))})
        order by e.name collate nocase
        """,
        memo_ids,
    ):
        out.setdefault(memo_id, []).append(EntityRef(eid, kind, name))
    return out


def memo_detail(conn: sqlite3.Connection, memo_id: int) -> MemoDetail:
    """One memo: its transcript lines with times, who and what it mentions, its follow-ups."""
    row = conn.execute(
        "select id, filename, recorded_at, duration_s, status, error, language, model "
        "from memos where id = ?",
        [memo_id],
    ).fetchone()
    if row is None:
        raise NotFound(f"no memo with id {memo_id}")
    lines = [
        Line(*r)
        for r in conn.execute(
            "select idx, start_s, end_s, text from segments where memo_id = ? order by idx",
            [memo_id],
        )
    ]
    entities = [
        EntityRef(*r)
        for r in conn.execute(
            """
            select e.id, e.kind, e.name from mentions m join entities e on e.id = m.entity_id
            where m.memo_id = ? group by e.id order by min(m.start_s), e.name
            """,
            [memo_id],
        )
    ]
    followups = [
        MemoFollowUp(*r)
        for r in conn.execute(
            """
            select f.id, f.text, f.due_date, e.name, f.status, f.start_s
            from followups f left join entities e on e.id = f.person_id
            where f.memo_id = ? order by f.start_s, f.id
            """,
            [memo_id],
        )
    ]
    return MemoDetail(*row, lines=lines, entities=entities, followups=followups)


def audio_source(conn: sqlite3.Connection, memo_id: int) -> str:
    """The recording's path as stored at ingest: the only way the web app finds audio."""
    row = conn.execute("select path from memos where id = ?", [memo_id]).fetchone()
    if row is None or not row[0]:
        raise NotFound(f"no memo with id {memo_id}")
    return row[0]


def entity(conn: sqlite3.Connection, entity_id: int, kind: str | None = None) -> EntityRef:
    """An entity by id (the web links by id; the CLI resolves names)."""
    row = conn.execute("select id, kind, name from entities where id = ?", [entity_id]).fetchone()
    if row is None or (kind and row[1] != kind):
        raise NotFound(f"no {kind or 'entity'} with id {entity_id}")
    return EntityRef(*row)


def memo_by_sha(conn: sqlite3.Connection, sha256: str) -> tuple[int, str, str | None] | None:
    """(id, status, error) of the memo made from these bytes, if any (uploads use it)."""
    row = conn.execute("select id, status, error from memos where sha256 = ?", [sha256]).fetchone()
    return tuple(row) if row else None  # type: ignore[return-value]
