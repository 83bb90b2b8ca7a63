"""The read side: every question the faces (CLI, `memo serve`, exports) ask of the database.

`Reader` answers on a plain `sqlite3` connection and returns frozen dataclasses; each has
`to_dict()`, the JSON form `--json` prints. Nothing here imports sqlite-utils, numpy or a
model, so a read command or a web page starts at once; the write side (`store.py`) is only
loaded to create or migrate a database that is missing or older than this code.

Business rules of reading live here too, so a web page gets the same answer as the CLI:
which segment `show --at` centres on, which follow-ups are overdue, how topics are ranked,
what goes into the digest, which failed memos `memo retry` can take.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import FrozenInstanceError, asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from . import names
from .errors import ForeignDatabase, NotFound, StoreError

__all__ = [
    "FOLLOWUP_STATUSES",
    "Digest",
    "EntityDetail",
    "FailedMemo",
    "FollowUpItem",
    "MemoDetail",
    "MemoEntity",
    "MemoFollowUp",
    "MemoRef",
    "MemoSummary",
    "MergeResult",
    "OrgSummary",
    "PersonSummary",
    "Reader",
    "RetryPlan",
    "SegmentView",
    "Snippet",
    "Topic",
    "VocabWord",
    "connect",
    "mmss",
]

T = TypeVar("T")

FOLLOWUP_STATUSES = ("open", "done")
# Segments shown either side of the moment `memo show --at` centres on.
SHOW_AROUND = 6
# Words of a memo's transcript shown as its preview in lists.
PREVIEW_WORDS = 12
# Topics in a digest.
DIGEST_TOPICS = 10
# Key phrases per memo that take part in ranking topics.
KEY_PHRASES = 3
# Ids per `in (...)` list: well under SQLite's variable limit.
_CHUNK = 500
# Covering index of memos by id with their recording time (migration m007_read_indexes).
_MEMO_TIME_INDEX = "idx_memos_id_recorded_at"


class _Data:
    """What every result has: `to_dict()`, the JSON form `--json` prints, fields that cannot
    be changed once set, and one shared `__repr__`, `__eq__` and `__hash__` (by fields, as a
    frozen dataclass's would be).

    Why not `dataclass(frozen=True)`: it compiles five methods per class from source, and
    with a score of result classes that was the largest share of a read command's start-up.
    Here `dataclass` generates only `__init__`, and immutability comes from `__setattr__`.
    """

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self.__dict__ or name not in self.__dataclass_fields__:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash(tuple(vars(self).values()))


def _flat_dict(data: _Data) -> dict[str, Any]:
    """`asdict` for a result whose fields are plain values and lists of them: the same
    dict, without `asdict`'s walk into every id of a list of thousands."""
    return {k: list(v) if isinstance(v, list) else v for k, v in vars(data).items()}


# A result class: a dataclass whose other methods come from `_Data` (see there why).
result = dataclass(repr=False, eq=False)


def mmss(seconds: float | None) -> str:
    """`mm:ss` into a recording, or `h:mm:ss` past the hour (shared by every face)."""
    s = int(seconds or 0)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
        if s >= 3600
        else f"{s // 60:02d}:{s % 60:02d}"
    )


# -- results ----------------------------------------------------------------------------------


@result
class MemoSummary(_Data):
    """One row of `memo list`: when, how long, who and what it starts with."""

    id: int
    path: str
    filename: str
    recorded_at: str
    status: str
    duration_s: float | None
    model: str | None
    error: str | None
    words: int
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    preview: str = ""
    tags: tuple[str, ...] = ()
    triage: str | None = None  # "forward", "park", or None: undecided

    @property
    def cursor(self) -> tuple[str, int]:
        """Pass as `after=` to `Reader.memos` for the next page."""
        return (self.recorded_at, self.id)


@result
class TagCount(_Data):
    """A tag in use (`memo tags`) and how many memos carry it."""

    tag: str
    memos: int


@result
class SegmentView(_Data):
    """One stretch of a transcript, with Whisper's confidence in it."""

    idx: int
    start_s: float
    end_s: float
    text: str
    avg_logprob: float | None
    no_speech_prob: float | None


@result
class MemoEntity(_Data):
    """A person, organisation or place one memo mentions; `first_s` is its first mention."""

    id: int
    kind: str
    name: str
    mentions: int
    first_s: float | None


@result
class MemoFollowUp(_Data):
    """A follow-up as `memo show` lists it under its memo."""

    id: int
    text: str
    due: str | None
    person: str | None
    status: str
    start_s: float | None


@result
class MemoDetail(_Data):
    """One memo with its transcript and what it mentions (`memo show`).

    With `at_s` set (`show --at`), `focus` is the index of the segment being said then.
    """

    id: int
    sha256: str
    path: str
    filename: str
    size_bytes: int | None
    recorded_at: str
    recorded_at_source: str | None
    ingested_at: str | None
    duration_s: float | None
    language: str | None
    language_probability: float | None
    model: str | None
    status: str
    error: str | None
    text: str
    segments: tuple[SegmentView, ...]
    entities: tuple[MemoEntity, ...]
    followups: tuple[MemoFollowUp, ...]
    at_s: float | None = None
    at_idx: int | None = None
    tags: tuple[str, ...] = ()
    triage: str | None = None  # "forward", "park", or None: undecided

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if self.at_s is None:
            del out["at_s"], out["at_idx"]
        return out

    @property
    def focus(self) -> int | None:
        """Index in `segments` of the one said at `at_s`, else the last begun before it."""
        if self.at_s is None:
            return None
        return focus_index(self.segments, self.at_s)

    def window(self, around: int = SHOW_AROUND) -> tuple[int, int]:
        """The slice of `segments` to show: all of them, or `around` either side of `focus`."""
        focus = self.focus
        if focus is None:
            return 0, len(self.segments)
        return max(0, focus - around), min(len(self.segments), focus + around + 1)

    def names(self, kind: str) -> list[str]:
        return [e.name for e in self.entities if e.kind == kind]


@result
class FollowUpItem(_Data):
    """One follow-up; `due` is an ISO date or None, `person` a display name or None.

    `overdue`: still open and due before the day the list was read.
    """

    id: int
    text: str
    due: str | None
    person: str | None
    memo_id: int
    status: str
    recorded_at: str | None = None
    start_s: float | None = None
    overdue: bool = False


@result
class EventItem(_Data):
    """One dated happening (`memo events`): `date` an ISO day, `time` "HH:MM" or None,
    `title` what happens ("jumble sale"), `text` the sentence that said it."""

    id: int
    date: str
    time: str | None
    title: str
    kind: str | None
    text: str
    memo_id: int
    recorded_at: str | None = None
    start_s: float | None = None


@result
class PersonSummary(_Data):
    """One line of `memo people`."""

    id: int
    name: str
    orgs: list[str]
    roles: list[str]
    memos: int
    first_seen: str | None
    last_seen: str | None
    memo_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@result
class OrgSummary(_Data):
    """One line of `memo orgs`."""

    id: int
    name: str
    people: list[str]
    memos: int
    first_seen: str | None
    last_seen: str | None
    memo_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@result
class Snippet(_Data):
    """What was said where someone is mentioned."""

    start_s: float | None
    text: str


@result
class MemoRef(_Data):
    """A memo that mentions someone, with the segments where they are mentioned."""

    memo_id: int
    recorded_at: str
    filename: str
    snippets: list[Snippet] = field(default_factory=list)


@result
class EntityDetail(_Data):
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


@result
class Topic(_Data):
    """A key phrase of a period, its score and the memos it comes from."""

    phrase: str
    score: float
    memo_ids: list[int]


@result
class Digest(_Data):
    """What `memo digest` reports for a period (rendered by `digest.render_markdown`)."""

    since: str
    until: str
    memos: list[MemoRef]
    people: list[PersonSummary]
    orgs: list[OrgSummary]
    topics: list[Topic]
    followups: list[FollowUpItem]


@result
class VocabWord(_Data):
    """A word in the user vocabulary (`memo vocab`)."""

    text: str
    kind: str | None
    added_at: str


@result
class MergeResult(_Data):
    """What `memo merge` moved from one entity to another."""

    kind: str
    merged: str
    into: str
    mentions: int
    followups: int
    links: int


@result
class FailedMemo(_Data):
    """A memo stored as failed, and the file it came from."""

    id: int
    path: str
    sha256: str
    error: str | None


@result
class RetryPlan(_Data):
    """What `memo retry` will do: memos to process again, memos it cannot take and why,
    and failed memos whose file is no longer there."""

    todo: tuple[FailedMemo, ...]
    skipped: tuple[tuple[int, str], ...]
    gone: tuple[FailedMemo, ...]


# -- connecting -------------------------------------------------------------------------------


def connect(path: str | Path, *, create: bool = False) -> sqlite3.Connection:
    """A read-only connection to the memo database at `path`.

    A database older than this code is migrated first, and with `create` a missing one is
    created; both go through `store.open_db`, the only time a read loads sqlite-utils.

    Raises:
        StoreError: no database there (and not `create`), or not a memo database.
    """
    p = Path(path)
    if not p.is_file():
        if not create:
            raise StoreError(f"no database at {p} (run `memo ingest` first or pass --db)")
        _migrate(p)
    try:
        conn = _open(p)
        newer = sorted(_unknown(conn))
        if newer:
            conn.close()
            raise ForeignDatabase(
                f"{p} was written by a newer memo (migration {newer[0]}); upgrade memo to open it"
            )
        if _pending(conn):
            conn.close()
            _migrate(p)
            conn = _open(p)
    except sqlite3.Error as e:
        raise StoreError(f"cannot read {p}: not a memo database ({e})") from e
    return conn


def _open(p: Path) -> sqlite3.Connection:
    """Read-write-capable first (WAL needs its shared-memory file); on a read-only mount,
    `mode=ro`, and as a last resort `immutable=1` (nobody can write there anyway)."""
    error: sqlite3.Error | None = None
    # A URI, so '?', '#' and '%' in the path are escaped (urllib.parse is not imported for it).
    path = str(p).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    for query in ("", "?mode=ro", "?immutable=1"):
        conn = sqlite3.connect(f"file:{path}{query}", uri=True, timeout=30, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA query_only = 1")
            conn.execute("select 1 from memos limit 0")
            return conn
        except sqlite3.OperationalError as e:
            conn.close()
            if "unable to open" not in str(e) and "readonly" not in str(e):
                raise
            error = e
    assert error is not None
    raise error


def _migrate(p: Path) -> None:
    from .store import open_db

    open_db(p).close()


def _unknown(conn: sqlite3.Connection) -> set[str]:
    """Migrations the database has had that `migrations.py` does not define: a newer memo."""
    names = _migration_names(conn)
    return names[1] - names[0] if names else set()


def _migration_names(conn: sqlite3.Connection) -> tuple[set[str], set[str]] | None:
    """(defined in `migrations.py`, applied to the database), or None if either is unknown."""
    source = Path(__file__).with_name("migrations.py")
    try:
        text = source.read_text(encoding="utf-8")
        wanted = set(re.findall(r"^def (m\d+_\w+)\(", text, re.M))
        applied = {
            r[0]
            for r in conn.execute(
                "select name from _sqlite_migrations where migration_set = 'memo'"
            )
        }
    except (OSError, sqlite3.Error):
        return None
    return wanted, applied


def _pending(conn: sqlite3.Connection) -> bool:
    """Whether `migrations.py` defines a migration the database has not had.

    The names are read from the module's source, not by importing it: importing it loads
    sqlite-utils, which is what a read command must not pay for.
    """
    source = Path(__file__).with_name("migrations.py")
    try:
        text = source.read_text(encoding="utf-8")  # an explicit encoding: no `locale` import
        wanted = set(re.findall(r"^def (m\d+_\w+)\(", text, re.M))
    except OSError:
        return True
    try:
        applied = {
            r[0]
            for r in conn.execute(
                "select name from _sqlite_migrations where migration_set = 'memo'"
            )
        }
    except sqlite3.Error:
        return True
    return bool(wanted - applied)


# -- the reader -------------------------------------------------------------------------------


class Reader:
    """Answers the read commands' questions; open one per command or request.

    `Reader(conn)` also works on the write side's connection (`Store.reader`).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._memo_time_index: bool | None = None
        self._cache: dict[tuple[Any, ...], tuple[tuple[int, int], Any]] = {}

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> Reader:
        return cls(connect(path, create=create))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        cur = self.conn.cursor()
        cur.row_factory = sqlite3.Row
        try:
            return cur.execute(sql, params).fetchall()
        except sqlite3.Error as e:
            raise StoreError(f"cannot read the database: {e}") from e

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """`compute()`, kept until the database changes: a long-lived reader (`memo serve`'s)
        then aggregates every mention once per change, not once per page. `data_version`
        moves when another connection commits, `total_changes` when this one writes."""
        version = (
            self.conn.execute("pragma data_version").fetchone()[0],
            self.conn.total_changes,
        )
        hit = self._cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute()
        self._cache[key] = (version, value)
        return value

    # -- memos --------------------------------------------------------------------------------

    def memos(
        self,
        *,
        status: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        person: str | None = None,
        org: str | None = None,
        limit: int | None = None,
        after: tuple[str, int] | None = None,
        tag: str | None = None,
        triage: str | None = None,
    ) -> list[MemoSummary]:
        """Memos, newest first, each with its people, organisations, first words, tags and
        triage mark; `tag` and `triage` ("forward", "park" or "undecided") filter by them.

        Paged by keyset: pass the last row's `cursor` as `after` for the next `limit` rows,
        which costs the same on page 1,000 as on page 1.
        """
        where, params = _period(since, until, "mo.recorded_at")
        if status:
            # Most memos are done: for those, walk the recorded_at index in list order (`+`
            # keeps SQLite off the status index, which would mean sorting them all for one
            # page); the few empty or failed ones are quickest found by the status index.
            where.append("+mo.status = ?" if status == "done" else "mo.status = ?")
            params.append(status)
        for kind, name in (("person", person), ("org", org)):
            if name is not None:
                ids = names.variant_ids(self.conn, kind, name)
                where.append(
                    f"mo.id in (select memo_id from mentions where entity_id in ({_marks(ids)}))"
                )
                params.extend(ids)
        if tag is not None:
            where.append("mo.id in (select memo_id from memo_tags where tag = ?)")
            params.append(tag)
        if triage == "undecided":
            where.append("mo.id not in (select memo_id from triage)")
        elif triage is not None:
            where.append("mo.id in (select memo_id from triage where mark = ?)")
            params.append(triage)
        if after is not None:
            where.append("(mo.recorded_at < ? or (mo.recorded_at = ? and mo.id < ?))")
            params.extend([after[0], after[0], after[1]])
        rows = self._rows(
            "select mo.id, mo.path, mo.filename, mo.recorded_at, mo.status, mo.duration_s, "
            "mo.model, mo.error, mo.text from memos mo "
            f"where {' and '.join(where) or '1'} order by mo.recorded_at desc, mo.id desc"
            + (" limit ?" if limit is not None else ""),
            [*params, limit] if limit is not None else params,
        )
        mentioned = self._mentioned([r["id"] for r in rows])
        decided = self._decided([r["id"] for r in rows])
        out = []
        for r in rows:
            words = (r["text"] or "").split()
            who = mentioned.get(r["id"], {})
            out.append(
                MemoSummary(
                    r["id"],
                    r["path"],
                    r["filename"],
                    r["recorded_at"],
                    r["status"],
                    r["duration_s"],
                    r["model"],
                    r["error"],
                    len(words),
                    tuple(who.get("person", ())),
                    tuple(who.get("org", ())),
                    " ".join(words[:PREVIEW_WORDS]) + (" …" if len(words) > PREVIEW_WORDS else ""),
                    *decided.get(r["id"], ((), None)),
                )
            )
        return out

    def _decided(self, memo_ids: list[int]) -> dict[int, tuple[tuple[str, ...], str | None]]:
        """memo id -> (its tags, alphabetical; its triage mark), for those with either."""
        tags: dict[int, list[str]] = {}
        marks: dict[int, str] = {}
        for chunk in _chunks(memo_ids):
            for r in self._rows(
                f"select memo_id, tag from memo_tags where memo_id in ({_marks(chunk)}) "
                "order by memo_id, tag",
                chunk,
            ):
                tags.setdefault(r["memo_id"], []).append(r["tag"])
            for r in self._rows(
                f"select memo_id, mark from triage where memo_id in ({_marks(chunk)})", chunk
            ):
                marks[r["memo_id"]] = r["mark"]
        return {i: (tuple(tags.get(i, ())), marks.get(i)) for i in {*tags, *marks}}

    def tags(self) -> list[TagCount]:
        """Every tag in use with how many memos carry it, most used first."""
        return [
            TagCount(r["tag"], r["n"])
            for r in self._rows(
                "select tag, count(*) as n from memo_tags group by tag order by n desc, tag"
            )
        ]

    def dismissed(self) -> list[str]:
        """The names dismissed with `memo forget`, as the user last saw them."""
        return [r["name"] for r in self._rows("select name from dismissed order by name")]

    def _mentioned(self, memo_ids: list[int]) -> dict[int, dict[str, list[str]]]:
        """memo id -> kind -> names, in order of first mention."""
        out: dict[int, dict[str, list[str]]] = {}
        for chunk in _chunks(memo_ids):
            for r in self._rows(
                "select m.memo_id, e.kind, e.name from mentions m "
                "join entities e on e.id = m.entity_id "
                f"where m.memo_id in ({_marks(chunk)}) "
                "group by m.memo_id, e.id order by m.memo_id, min(m.start_s), e.name",
                chunk,
            ):
                out.setdefault(r["memo_id"], {}).setdefault(r["kind"], []).append(r["name"])
        return out

    def memo(self, memo_id: int, *, at: float | None = None) -> MemoDetail:
        """One memo with its segments, entities and follow-ups; `at` sets the focus."""
        rows = self._rows("select * from memos where id = ?", [memo_id])
        if not rows:
            raise NotFound(f"no memo with id {memo_id} (see `memo list`)")
        r = rows[0]
        segments = tuple(
            SegmentView(*s)
            for s in self._rows(
                "select idx, start_s, end_s, text, avg_logprob, no_speech_prob from segments "
                "where memo_id = ? order by idx",
                [memo_id],
            )
        )
        entities = tuple(
            MemoEntity(*e)
            for e in self._rows(
                """
                select e.id, e.kind, e.name, count(*) as mentions, min(m.start_s) as first_s
                from mentions m join entities e on e.id = m.entity_id
                where m.memo_id = ? group by e.id order by first_s, e.name
                """,
                [memo_id],
            )
        )
        followups = tuple(
            MemoFollowUp(*f)
            for f in self._rows(
                """
                select f.id, f.text, f.due_date, e.name, f.status, f.start_s
                from followups f left join entities e on e.id = f.person_id
                where f.memo_id = ? order by f.start_s
                """,
                [memo_id],
            )
        )
        focus = focus_index(segments, at) if at is not None else None
        tags, triage = self._decided([memo_id]).get(memo_id, ((), None))
        return MemoDetail(
            id=r["id"],
            sha256=r["sha256"],
            path=r["path"],
            filename=r["filename"],
            size_bytes=r["size_bytes"],
            recorded_at=r["recorded_at"],
            recorded_at_source=r["recorded_at_source"],
            ingested_at=r["ingested_at"],
            duration_s=r["duration_s"],
            language=r["language"],
            language_probability=r["language_probability"],
            model=r["model"],
            status=r["status"],
            error=r["error"],
            text=r["text"] or "",
            segments=segments,
            entities=entities,
            followups=followups,
            at_s=at,
            at_idx=segments[focus].idx if focus is not None and segments else None,
            tags=tags,
            triage=triage,
        )

    def counts(self) -> dict[str, int]:
        """How many memos there are of each status."""
        return {
            r["status"]: r["n"]
            for r in self._rows("select status, count(*) as n from memos group by status")
        }

    def memo_refs(
        self, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[MemoRef]:
        """The transcribed memos recorded in a period, oldest first."""
        where, params = _period(since, until, "recorded_at")
        return [
            MemoRef(r["id"], r["recorded_at"], r["filename"])
            for r in self._rows(
                f"select id, recorded_at, filename from memos where {' and '.join(where) or '1'} "
                "and +status = 'done' order by recorded_at, id",  # + : by recorded_at's index
                params,
            )
        ]

    def retry_plan(self, ids: Iterable[int] = ()) -> RetryPlan:
        """The failed memos `memo retry` should process again: those of `ids`, or all."""
        wanted = sorted(set(ids))
        where, params = "status = 'failed'", []
        if wanted:
            where += f" and id in ({_marks(wanted)})"
            params = wanted
        failed = [
            FailedMemo(r["id"], r["path"], r["sha256"], r["error"])
            for r in self._rows(f"select * from memos where {where} order by id", params)
        ]
        found = {m.id for m in failed}
        skipped = []
        for memo_id in wanted:
            if memo_id in found:
                continue
            rows = self._rows("select status from memos where id = ?", [memo_id])
            why = f"it is {rows[0]['status']}, not failed" if rows else "no such memo"
            skipped.append((memo_id, why))
        here = tuple(m for m in failed if Path(m.path).is_file())
        gone = tuple(m for m in failed if m not in here)
        return RetryPlan(here, tuple(skipped), gone)

    def search(self, query: str, **options: Any) -> list[Any]:
        """`search.search` on this connection (same options): a list of `search.SearchHit`."""
        from .search import search

        return search(self.conn, query, **options)

    def suggest(self, query: str) -> list[str]:
        """The words in the memos nearest to `query`'s, for when a search finds nothing."""
        from .search import suggest

        return suggest(self.conn, query)

    # -- people and organisations -------------------------------------------------------------

    def resolve(self, name: str, kinds: Sequence[str] = ("person",)) -> names.Entity:
        """The entity a user means by `name` (see `names.resolve`)."""
        return names.resolve(self.conn, name, kinds)

    def _links_of(self, column: str) -> dict[int, list[sqlite3.Row]]:
        """Links grouped by person_id or org_id, with the other side's name."""
        return self._cached(("links", column), lambda: self._read_links(column))

    def _read_links(self, column: str) -> dict[int, list[sqlite3.Row]]:
        out: dict[int, list[sqlite3.Row]] = {}
        for r in self._rows(
            """
            select l.person_id, l.org_id, l.role, p.name as person, o.name as org
            from links l join entities p on p.id = l.person_id
            left join entities o on o.id = l.org_id
            join memos mo on mo.id = l.memo_id
            order by mo.recorded_at, l.id
            """
        ):
            if r[column] is not None:
                out.setdefault(r[column], []).append(r)
        return out

    def _entity_summaries(
        self, kind: str, since: dt.date | None, until: dt.date | None
    ) -> list[sqlite3.Row]:
        return self._cached(
            ("summaries", kind, since, until), lambda: self._summarise(kind, since, until)
        )

    def _summarise(
        self, kind: str, since: dt.date | None, until: dt.date | None
    ) -> list[sqlite3.Row]:
        """Per entity of `kind`: memos mentioning it (in the period), first and last seen.

        Built from distinct (entity, memo) pairs read off covering indexes (a period's
        pairs through its memos' `recorded_at`), so neither mentions' nor memos' rows are
        read: there are far fewer pairs than mentions, and a memo's row holds its text.
        """
        where, params = _period(since, until, "r.recorded_at")
        kinds = "select id from entities where kind = ?"
        if where:
            pairs = f"""
                select distinct m.entity_id, m.memo_id from memos r
                join mentions m on m.memo_id = r.id
                where {" and ".join(where)} and +m.entity_id in ({kinds})
                """
        else:
            pairs = f"select distinct entity_id, memo_id from mentions where entity_id in ({kinds})"
        return self._rows(
            f"""
            select e.id, e.name, s.memos, s.first_seen, s.last_seen, s.memo_ids
            from (
                select em.entity_id, count(*) as memos, min(mo.recorded_at) as first_seen,
                       max(mo.recorded_at) as last_seen, group_concat(em.memo_id) as memo_ids
                from ({pairs}) em join memos mo {self._by_id()} on mo.id = em.memo_id
                group by em.entity_id
            ) s join entities e on e.id = s.entity_id
            order by e.name collate nocase
            """,
            [*params, kind],
        )

    def _by_id(self) -> str:
        """`indexed by` the covering (id, recorded_at) index of memos where the database has
        it (migration m007): SQLite would otherwise look a memo's row up by id."""
        if self._memo_time_index is None:
            self._memo_time_index = bool(
                self._rows(
                    "select 1 from sqlite_master where type = 'index' and name = ?",
                    [_MEMO_TIME_INDEX],
                )
            )
        return f"indexed by {_MEMO_TIME_INDEX}" if self._memo_time_index else ""

    def people(
        self,
        org: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[PersonSummary]:
        """Everyone mentioned (in the period), with the organisations and roles linked to them."""
        links = self._links_of("person_id")
        org_id = self.resolve(org, ("org",)).id if org else None
        out = []
        for r in self._entity_summaries("person", since, until):
            mine = links.get(r["id"], [])
            if org_id is not None and not any(link["org_id"] == org_id for link in mine):
                continue
            out.append(
                PersonSummary(
                    r["id"],
                    r["name"],
                    _unique(link["org"] for link in mine),
                    _unique(link["role"] for link in mine),
                    r["memos"],
                    r["first_seen"],
                    r["last_seen"],
                    _ids(r["memo_ids"]),
                )
            )
        return out

    def orgs(self, since: dt.date | None = None, until: dt.date | None = None) -> list[OrgSummary]:
        """Every organisation mentioned (in the period), with the people linked to it."""
        links = self._links_of("org_id")
        return [
            OrgSummary(
                r["id"],
                r["name"],
                _unique(link["person"] for link in links.get(r["id"], [])),
                r["memos"],
                r["first_seen"],
                r["last_seen"],
                _ids(r["memo_ids"]),
            )
            for r in self._entity_summaries("org", since, until)
        ]

    def entity(self, name: str, kinds: Sequence[str] = ("person", "org")) -> EntityDetail:
        """Everything about one person (or organisation): memos with snippets, follow-ups."""
        return self._detail(self.resolve(name, kinds))

    def entity_by_id(self, entity_id: int, *, snippets: int | None = None) -> EntityDetail:
        """`entity` for a page that links by id (whatever the entity's name is now).

        With `snippets`, only the newest that many memos carry their snippets (a page that
        shows those), so someone mentioned in thousands of memos reads fast.
        """
        rows = self._rows("select id, kind, name, key from entities where id = ?", [entity_id])
        if not rows:
            raise NotFound(f"no person or organisation with id {entity_id}")
        return self._detail(names.Entity(*rows[0]), snippets)

    def _detail(self, e: names.Entity, snippets: int | None = None) -> EntityDetail:
        memos: dict[int, MemoRef] = {}
        if snippets is None:
            rows = self._rows(
                """
                select mo.id, mo.recorded_at, mo.filename, s.start_s, s.text
                from mentions m join memos mo on mo.id = m.memo_id
                left join segments s on s.id = m.segment_id
                where m.entity_id = ? order by mo.recorded_at, mo.id, s.idx
                """,
                [e.id],
            )
        else:
            for r in self._rows(
                """
                select id, recorded_at, filename from memos
                where id in (select memo_id from mentions where entity_id = ?)
                order by recorded_at, id
                """,
                [e.id],
            ):
                memos[r["id"]] = MemoRef(r["id"], r["recorded_at"], r["filename"])
            newest = list(memos)[-snippets:] if snippets > 0 else []
            rows = self._rows(
                f"""
                select m.memo_id as id, s.start_s, s.text
                from mentions m join segments s on s.id = m.segment_id
                where m.entity_id = ? and m.memo_id in ({_marks(newest)})
                order by m.memo_id, s.idx
                """,
                [e.id, *newest],
            )
        for r in rows:
            ref = memos.get(r["id"])
            if ref is None:
                ref = memos[r["id"]] = MemoRef(r["id"], r["recorded_at"], r["filename"])
            snippet = Snippet(r["start_s"], r["text"].strip()) if r["text"] else None
            if snippet and snippet not in ref.snippets:
                ref.snippets.append(snippet)
        person = e.kind == "person"
        mine = self._links_of("person_id" if person else "org_id").get(e.id, [])
        if person:
            followups = self.followups(include_done=True, person_id=e.id)
        else:
            followups = self.followups(include_done=True, memo_ids=list(memos))
        seen = [m.recorded_at for m in memos.values()]
        return EntityDetail(
            id=e.id,
            kind=e.kind,
            name=e.name,
            orgs=_unique(link["org"] for link in mine) if person else [],
            roles=_unique(link["role"] for link in mine) if person else [],
            people=_unique(link["person"] for link in mine) if not person else [],
            first_seen=min(seen, default=None),
            last_seen=max(seen, default=None),
            memos=list(memos.values()),
            followups=followups,
        )

    # -- follow-ups, topics, digest, vocabulary -----------------------------------------------

    def followups(
        self,
        *,
        include_done: bool = False,
        due_before: dt.date | None = None,
        person_id: int | None = None,
        memo_ids: Sequence[int] | None = None,
        ids: Sequence[int] | None = None,
        today: dt.date | None = None,
    ) -> list[FollowUpItem]:
        """Follow-ups, soonest due first and undated last; open ones unless `include_done`.

        `overdue` is judged against `today` (default: the machine's date).
        """
        today_s = (today or dt.date.today()).isoformat()
        where, params = ["1"], []
        if not include_done:
            where.append("f.status = 'open'")
        if due_before:
            where.append("f.due_date is not null and f.due_date < ?")
            params.append(due_before.isoformat())
        if person_id is not None:
            where.append("f.person_id = ?")
            params.append(person_id)
        for column, values in (("f.memo_id", memo_ids), ("f.id", ids)):
            if values is not None:
                where.append(f"{column} in ({_marks(values)})")
                params.extend(values)
        return [
            FollowUpItem(
                r["id"],
                r["text"],
                r["due_date"],
                r["person"],
                r["memo_id"],
                r["status"],
                r["recorded_at"],
                r["start_s"],
                r["status"] == "open" and r["due_date"] is not None and r["due_date"] < today_s,
            )
            for r in self._rows(
                f"""
                select f.id, f.text, f.due_date, e.name as person, f.memo_id, f.status,
                       mo.recorded_at, f.start_s
                from followups f join memos mo on mo.id = f.memo_id
                left join entities e on e.id = f.person_id
                where {" and ".join(where)}
                order by f.due_date is null, f.due_date, mo.recorded_at, f.start_s, f.id
                """,
                params,
            )
        ]

    def events(self, since: dt.date | None = None, until: dt.date | None = None) -> list[EventItem]:
        """Dated happenings by the day they happen (not the memo's day), soonest first."""
        where, params = _period(since, until, "ev.date")
        return [
            EventItem(
                r["id"],
                r["date"],
                r["time"],
                r["title"],
                r["kind"],
                r["text"],
                r["memo_id"],
                r["recorded_at"],
                r["start_s"],
            )
            for r in self._rows(
                f"""
                select ev.id, ev.date, ev.time, ev.title, ev.kind, ev.text, ev.memo_id,
                       ev.start_s, mo.recorded_at
                from events ev join memos mo on mo.id = ev.memo_id
                where {" and ".join(where) or "1"}
                order by ev.date, ev.time is null, ev.time, ev.id
                """,
                params,
            )
        ]

    def topics(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Topic]:
        """Topics of the memos in a period, ranked by TF-IDF against the whole database."""
        where, params = _period(since, until, "mo.recorded_at")
        rows = self._rows(
            f"""
            select t.memo_id, t.phrase, ({" and ".join(where) or "1"}) as in_range
            from topics t join memos mo on mo.id = t.memo_id order by t.memo_id, t.rowid
            """,
            params,
        )
        n_docs = self._rows("select count(*) as n from memos where status = 'done'")[0]["n"]
        df: dict[str, int] = {}
        memo_phrases: dict[int, list[str]] = {}
        for r in rows:
            df[r["phrase"]] = df.get(r["phrase"], 0) + 1
            if r["in_range"]:
                memo_phrases.setdefault(r["memo_id"], []).append(r["phrase"])
        ranked = [Topic(p, s, ids) for p, s, ids in rank_period(memo_phrases, df, n_docs)]
        return ranked[:limit] if limit is not None else ranked

    def digest(self, since: dt.date, until: dt.date) -> Digest:
        """The period's memos, people, organisations, topics and what is on the plate: open
        follow-ups from the period's memos plus older ones that fall due by its end."""
        memos = self.memo_refs(since, until)
        ids = {m.memo_id for m in memos}
        followups = [
            f
            for f in self.followups()
            if f.memo_id in ids or (f.due is not None and f.due <= until.isoformat())
        ]
        return Digest(
            since=since.isoformat(),
            until=until.isoformat(),
            memos=memos,
            people=self.people(since=since, until=until),
            orgs=self.orgs(since=since, until=until),
            topics=self.topics(since, until, limit=DIGEST_TOPICS),
            followups=followups,
        )

    def words(self) -> list[VocabWord]:
        """The user vocabulary, in the order it was added."""
        return [
            VocabWord(r["text"], r["kind"], r["added_at"])
            for r in self._rows("select text, kind, added_at from vocabulary order by id")
        ]


# -- rules ------------------------------------------------------------------------------------


def focus_index(segments: Sequence[SegmentView], at: float) -> int | None:
    """Index of the segment being said at `at` seconds, else the last one begun before it
    (the first segment when `at` is before them all); None when there are no segments."""
    if not segments:
        return None
    before = [i for i, s in enumerate(segments) if s.start_s <= at]
    return before[-1] if before else 0


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency (as scikit-learn's default)."""
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def _weight(phrase: str) -> float:
    # A two-word phrase ("referral scheme") says more than either word alone.
    return 1.0 + 0.25 * (min(len(phrase.split()), 3) - 1)


def rank_memo(
    phrases: Iterable[str], df: Mapping[str, int], n_docs: int, top: int = KEY_PHRASES
) -> list[str]:
    """A memo's key phrases: its candidates by TF-IDF (first appearance breaks ties).

    Ranking happens at read time, so scores stay right as the database grows and the
    candidates stored at ingest never need recomputing.
    """
    phrases = list(phrases)
    counts = Counter(phrases)
    order = {p: i for i, p in enumerate(dict.fromkeys(phrases))}
    scored = sorted(
        counts,
        key=lambda p: (
            -(1 + math.log(counts[p])) * idf(df.get(p, 1), n_docs) * _weight(p),
            order[p],
        ),
    )
    return scored[:top]


def rank_period(
    memo_phrases: Mapping[int, Sequence[str]], df: Mapping[str, int], n_docs: int
) -> list[tuple[str, float, list[int]]]:
    """Topics across several memos: (phrase, score, memo ids), best first.

    A phrase scores its IDF once for every memo of the period whose key phrases include it,
    so what came up often in the period, and rarely elsewhere, comes first.
    """
    memos: dict[str, list[int]] = {}
    for memo_id, phrases in memo_phrases.items():
        for p in rank_memo(phrases, df, n_docs, top=KEY_PHRASES * 2):
            memos.setdefault(p, []).append(memo_id)
    scored = [
        (p, round(len(ids) * idf(df.get(p, 1), n_docs) * _weight(p), 3), sorted(ids))
        for p, ids in memos.items()
    ]
    return sorted(scored, key=lambda x: (-x[1], x[0]))


# -- helpers ----------------------------------------------------------------------------------


def _period(
    since: dt.date | None, until: dt.date | None, column: str
) -> tuple[list[str], list[Any]]:
    """Where-clauses for an ISO recorded-at column between two days, inclusive (as ranges,
    so the column's index serves them)."""
    where, params = [], []
    if since:
        where.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until and until < dt.date.max:
        where.append(f"{column} < ?")
        params.append((until + dt.timedelta(days=1)).isoformat())
    return where, params


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _chunks(values: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _unique(values: Iterable[str | None]) -> list[str]:
    """Distinct non-empty values, first occurrence first."""
    return [v for v in dict.fromkeys(values) if v]


def _ids(joined: str | None) -> list[int]:
    """Sorted ids from a `group_concat`."""
    return sorted(int(i) for i in joined.split(",")) if joined else []
