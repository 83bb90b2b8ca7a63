"""`Store`: the only module that writes SQL for memos.

One transaction per memo: a memo, its segments, mentions and follow-ups land together or not
at all, so a killed process never leaves half a memo behind. WAL mode lets `memo search`
read while `memo ingest` or `memo watch` writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import migrations, names
from .errors import ForeignDatabase, NotFound, QueryError, StoreError, TransientError
from .read import FOLLOWUP_STATUSES, FollowUpItem, MergeResult, Reader, VocabWord
from .records import Extraction, Memo, Segment, Term, Vocabulary

# A writer waits this long for the lock on each try, and tries this many times, before the
# write is reported as transient (the file is then tried again later, never marked failed).
BUSY_TIMEOUT_S = 10.0
WRITE_TRIES = 6
# SQLite errors that pass: worth another try later, never a file's verdict.
TRANSIENT = ("database is locked", "database table is locked", "disk is full", "disk i/o error")


class MemoDatabase(Database):
    """sqlite-utils' `Database` whose top-level transactions take the write lock up front.

    A deferred transaction that reads and then writes cannot wait for the lock in WAL mode:
    when another process committed in between, SQLite fails it at once with "database is
    locked" whatever the busy timeout. `BEGIN IMMEDIATE` takes the lock before the first
    read, waiting up to `BUSY_TIMEOUT_S` (and retried `WRITE_TRIES` times), so several
    writers (ingest, watch, corrections) simply take turns. Every write in memo, and
    sqlite-utils' own inserts and migrations, go through `atomic()`.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic() as db:  # nested: a savepoint inside ours
                yield db
            return
        _begin_immediate(self.conn)
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def _begin_immediate(conn: sqlite3.Connection) -> None:
    for attempt in range(WRITE_TRIES):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or attempt == WRITE_TRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def is_transient(e: BaseException) -> bool:
    """Whether a database error will likely pass (a lock, a full disk, an I/O error)."""
    return isinstance(e, sqlite3.OperationalError) and any(t in str(e).lower() for t in TRANSIENT)


def write_error(e: sqlite3.Error) -> StoreError:
    """The one-line error for a failed write: `TransientError` when it may pass."""
    if is_transient(e):
        return TransientError(f"cannot write to the database just now ({e}); it will be retried")
    return StoreError(f"cannot write to the database: {e}")


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """A write transaction (lock taken up front, see `MemoDatabase`) whose SQLite errors
    become `StoreError`, or `TransientError` for those that pass."""
    try:
        with db.atomic():
            yield db
    except sqlite3.Error as e:
        raise write_error(e) from e


def open_db(path: str | Path, *, create: bool = True) -> Database:
    """Open (and migrate) the database at `path`; `:memory:` works for tests.

    A file memo does not own is refused before anything is written to it: a SQLite file with
    tables but not memo's, or one from a newer memo (a migration this version does not know).
    """
    path_s = str(path)
    try:
        if path_s != ":memory:":
            p = Path(path_s)
            if not create and not p.exists():
                raise StoreError(f"no database at {p} (run `memo ingest` first or pass --db)")
            if p.is_dir():
                raise StoreError(f"{p} is a folder; pass --db a database file")
            p.parent.mkdir(parents=True, exist_ok=True)
            # IMMEDIATE: a write outside `atomic()` takes the lock up front too.
            conn = sqlite3.connect(
                path_s,
                timeout=BUSY_TIMEOUT_S,
                check_same_thread=False,
                isolation_level="IMMEDIATE",
            )
        else:
            conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level="IMMEDIATE")
        db = MemoDatabase(conn)
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if path_s != ":memory:":
            _refuse_foreign(db, Path(path_s))
            db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
    except StoreError:
        raise
    except sqlite3.DatabaseError as e:
        if "file is not a database" in str(e):
            raise ForeignDatabase(
                f"{path_s} is not a memo database (not SQLite at all); pass --db another file"
            ) from e
        if is_transient(e):
            raise TransientError(f"cannot open database {path_s} just now: {e}") from e
        folder = Path(path_s).parent
        if not os.access(folder, os.W_OK):
            raise StoreError(
                f"cannot open database {path_s} for writing: {folder} is read-only "
                "(`memo search` can still read it)"
            ) from e
        raise StoreError(f"cannot open database {path_s}: {e}") from e
    except OSError as e:
        raise StoreError(f"cannot open database {path_s}: {e}") from e
    return db


def _refuse_foreign(db: Database, p: Path) -> None:
    """Raise `ForeignDatabase` unless `p` is new, empty or memo's own, of a version we know."""
    tables = set(db.table_names())
    if not tables:
        return
    if "_sqlite_migrations" not in tables or not migrations.applied_names(db):
        raise ForeignDatabase(
            f"{p} is a SQLite database memo did not create (no memo tables); "
            "pass --db a memo database or a new file"
        )
    unknown = migrations.unknown(db)
    if unknown:
        raise ForeignDatabase(
            f"{p} was written by a newer memo (migration {unknown[0]}); upgrade memo to open it"
        )


def now_iso() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


class Store:
    """Save memos atomically; everything the faces read goes through `read.Reader`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        return cls(open_db(path, create=create))

    def close(self) -> None:
        self.db.close()

    @property
    def reader(self) -> Reader:
        """The read layer on this store's connection (sees its own uncommitted writes)."""
        return Reader(self.db.conn)

    # -- write side -------------------------------------------------------------------------

    def known_sha(self, sha256: str) -> dict[str, Any] | None:
        rows = list(self.db["memos"].rows_where("sha256 = ?", [sha256], limit=1))
        return rows[0] if rows else None

    def known_file(self, path: str, size_bytes: int, mtime_ns: int) -> str | None:
        """The sha256 recorded for `path` if its size and mtime have not changed."""
        rows = list(
            self.db.query(
                "select sha256 from files where path = ? and size_bytes = ? and mtime_ns = ?",
                [path, size_bytes, mtime_ns],
            )
        )
        return rows[0]["sha256"] if rows else None

    def remember_file(self, path: str, size_bytes: int, mtime_ns: int, sha256: str) -> None:
        with transaction(self.db):
            self.db["files"].upsert(
                {
                    "path": path,
                    "size_bytes": size_bytes,
                    "mtime_ns": mtime_ns,
                    "sha256": sha256,
                    "seen_at": now_iso(),
                },
                pk="path",
            )

    def save(self, memo: Memo, *, replace: bool = False) -> int:
        """Store a memo and everything derived from it in one transaction; return its id.

        A memo whose sha256 is already stored is left alone unless `replace` is true, in which
        case its derived rows are rebuilt (re-processing with a better model, or a retry).
        """
        a = memo.audio
        t = memo.transcript
        row = {
            "sha256": a.sha256,
            "path": os.path.abspath(a.path),
            "filename": Path(a.path).name,
            "size_bytes": a.size_bytes,
            "recorded_at": a.recorded_at.replace(microsecond=0).isoformat(),
            "recorded_at_source": a.recorded_at_source,
            "ingested_at": now_iso(),
            "duration_s": round(a.duration_s, 2),
            "language": t.language if t else None,
            "language_probability": round(t.language_probability, 3) if t else None,
            "model": t.model if t else None,
            "status": memo.status,
            "error": memo.error,
            "text": t.text if t else "",
        }
        with transaction(self.db):
            existing = self.known_sha(a.sha256)
            if existing and not replace:
                return int(existing["id"])
            if existing:
                memo_id = int(existing["id"])
                self._delete_derived(memo_id)
                self.db["memos"].update(memo_id, row)
            else:
                memo_id = int(self.db["memos"].insert(row).last_pk)
            seg_ids = self._save_segments(memo_id, t.segments if t else ())
            self._save_extraction(memo_id, memo.extraction, seg_ids)
        return memo_id

    def _delete_derived(self, memo_id: int) -> None:
        for table in ("events", "links", "topics", "followups", "mentions", "segments"):
            self.db.execute(f"delete from {table} where memo_id = ?", [memo_id])

    def _save_segments(self, memo_id: int, segments: Iterable[Segment]) -> dict[int, int]:
        ids: dict[int, int] = {}
        for s in segments:
            words = [[w.start_s, w.end_s, w.text, round(w.probability, 3)] for w in s.words]
            ids[s.idx] = int(
                self.db["segments"]
                .insert(
                    {
                        "memo_id": memo_id,
                        "idx": s.idx,
                        "start_s": s.start_s,
                        "end_s": s.end_s,
                        "text": s.text,
                        "avg_logprob": round(s.avg_logprob, 4),
                        "no_speech_prob": round(s.no_speech_prob, 4),
                        "words": json.dumps(words) if words else None,
                    }
                )
                .last_pk
            )
        return ids

    def entity_id(self, kind: str, name: str, key: str | None = None) -> int:
        """The id of the entity (kind, key), created on first mention."""
        key = key or names.name_key(name)
        merged = names.alias_target(self.db.conn, kind, key)
        if merged is not None:
            return merged
        rows = list(self.db["entities"].rows_where("kind = ? and key = ?", [kind, key], limit=1))
        if rows:
            return int(rows[0]["id"])
        return int(self.db["entities"].insert({"kind": kind, "name": name, "key": key}).last_pk)

    def _save_extraction(self, memo_id: int, ex: Extraction, seg_ids: dict[int, int]) -> None:
        for m in ex.mentions:
            self.db["mentions"].insert(
                {
                    "memo_id": memo_id,
                    "entity_id": self.entity_id(m.kind, m.name, m.key),
                    "segment_id": seg_ids.get(m.segment_idx) if m.segment_idx is not None else None,
                    "start_s": m.start_s,
                    "surface": m.surface,
                }
            )
        for f in ex.followups:
            self.db["followups"].insert(
                {
                    "memo_id": memo_id,
                    "segment_id": seg_ids.get(f.segment_idx) if f.segment_idx is not None else None,
                    "start_s": f.start_s,
                    "text": f.text,
                    "due_date": f.due.isoformat() if f.due else None,
                    "person_id": self.entity_id("person", f.person) if f.person else None,
                    "status": "open",
                }
            )
        self._save_links_and_topics(memo_id, ex)
        self._save_events(memo_id, ex, seg_ids)
        for name in dict.fromkeys(m.name for m in ex.mentions if m.kind == "person"):
            self._absorb_first_name(name)

    def _absorb_first_name(self, full_name: str) -> None:
        """One person, one identity: "Femi", met in an earlier memo with no surname, is the
        "Femi Ogunleye" named now, when no other known person has that first name. The
        first name's mentions, follow-ups and links move to the full name and the first name
        becomes an alias of it (as `memo merge` would do)."""
        words = full_name.split()
        if len(words) < 2:
            return
        first = names.name_key(words[0])
        full_id = self.entity_id("person", full_name)
        alone = self.db.execute(
            "select id from entities where kind = 'person' and key = ?", [first]
        ).fetchone()
        if alone is None or alone[0] == full_id:
            return
        others = self.db.execute(
            "select count(*) from entities where kind = 'person' and key like ? and id != ?",
            [f"{first} %", full_id],
        ).fetchone()[0]
        if others:
            return  # two Femis: which one is ambiguous, so both stay
        src = int(alone[0])
        run = self.db.execute
        run("update mentions set entity_id = ? where entity_id = ?", [full_id, src])
        run("update followups set person_id = ? where person_id = ?", [full_id, src])
        run("update links set person_id = ? where person_id = ?", [full_id, src])
        run("update aliases set entity_id = ? where entity_id = ?", [full_id, src])
        run(
            "insert or replace into aliases (kind, key, entity_id) values ('person', ?, ?)",
            [first, full_id],
        )
        run("delete from entities where id = ?", [src])

    def _save_events(self, memo_id: int, ex: Extraction, seg_ids: dict[int, int]) -> None:
        rows = [
            {
                "memo_id": memo_id,
                "segment_id": seg_ids.get(e.segment_idx) if e.segment_idx is not None else None,
                "start_s": e.start_s,
                "text": e.text,
                "date": e.date.isoformat(),
                "time": e.time,
                "kind": e.title.split()[-1] if e.title else None,
                "title": e.title,
            }
            for e in ex.events
        ]
        if rows:
            self.db["events"].insert_all(rows)

    # -- kept for callers written before the read layer (new code: `store.reader`) --------
    # Thin delegations so code written against the old read methods keeps working while it
    # moves to `read.Reader`; nothing in pipeline/ calls them.

    def list_memos(self, status: str | None = None) -> list[dict[str, Any]]:
        return [m.to_dict() for m in self.reader.memos(status=status)]

    def get_memo(self, memo_id: int) -> dict[str, Any]:
        return self.reader.memo(memo_id).to_dict()

    def counts(self) -> dict[str, int]:
        return self.reader.counts()

    def merged_into(self, kind: str, key: str) -> int | None:
        return names.alias_target(self.db.conn, kind, key)

    def find_entity(self, name: str, kinds: Sequence[str] = ("person",)) -> dict[str, Any]:
        return names.resolve(self.db.conn, name, kinds).to_dict()

    def people(self, org: str | None = None, since: Any = None, until: Any = None) -> list[Any]:
        return self.reader.people(org, since, until)

    def orgs(self, since: Any = None, until: Any = None) -> list[Any]:
        return self.reader.orgs(since, until)

    def entity_detail(self, name: str, kinds: Sequence[str] = ("person", "org")) -> Any:
        return self.reader.entity(name, kinds)

    def list_followups(self, **filters: Any) -> list[FollowUpItem]:
        return self.reader.followups(**filters)

    def topic_list(self, since: Any = None, until: Any = None) -> list[Any]:
        return self.reader.topics(since, until)

    def memo_refs(self, since: Any = None, until: Any = None) -> list[Any]:
        return self.reader.memo_refs(since, until)

    def words(self) -> list[VocabWord]:
        return self.reader.words()

    # -- watch --------------------------------------------------------------------

    def memo_status(self, memo_id: int) -> str | None:
        rows = list(self.db["memos"].rows_where("id = ?", [memo_id], select="status"))
        return rows[0]["status"] if rows else None

    def relocate(self, old_path: str, new_path: str) -> None:
        """A file was moved (by `memo watch --move-done/--move-failed`): follow it."""
        with transaction(self.db):
            self.db.execute("delete from files where path = ?", [new_path])
            self.db.execute("update files set path = ? where path = ?", [new_path, old_path])
            self.db.execute(
                "update memos set path = ? where path = ?",
                [new_path, os.path.abspath(old_path)],
            )

    # -- people, organisations, follow-ups, topics, vocabulary ------------------------------

    def _save_links_and_topics(self, memo_id: int, ex: Extraction) -> None:
        for link in ex.links:
            self.db["links"].insert(
                {
                    "memo_id": memo_id,
                    "person_id": self.entity_id("person", link.person),
                    "org_id": self.entity_id("org", link.org) if link.org else None,
                    "role": link.role,
                }
            )
        phrases = [{"memo_id": memo_id, "phrase": t} for t in dict.fromkeys(ex.topics)]
        if phrases:
            self.db["topics"].insert_all(phrases, ignore=True)

    def vocabulary(self) -> Vocabulary:
        """The user's words, then the names already stored, most mentioned first.

        A first name alone is left out: as a pattern it would turn every "Tom" into the one
        Tom we know, and the extractor already resolves first names against the full names.
        """
        user = [
            Term(r["text"], r["kind"])
            for r in self.db.query("select text, kind from vocabulary order by id")
        ]
        orgs: dict[int, list[str]] = {}
        for r in self.db.query(
            "select distinct l.person_id, o.name from links l join entities o on o.id = l.org_id"
        ):
            orgs.setdefault(r["person_id"], []).append(r["name"])
        names = [
            Term(r["name"], r["kind"], tuple(orgs.get(r["id"], ())))
            for r in self.db.query(
                """
                select e.id, e.name, e.kind from entities e join mentions m on m.entity_id = e.id
                where e.kind in ('person', 'org', 'place')
                  and (e.kind != 'person' or e.name like '% %')
                group by e.id
                order by count(distinct m.memo_id) desc, max(m.memo_id) desc, e.name
                """
            )
        ]
        return Vocabulary(tuple(user + names))

    def add_word(self, text: str, kind: str | None = None) -> VocabWord:
        """Add (or re-kind) a vocabulary word."""
        text = " ".join(text.split())
        if not text:
            raise QueryError("nothing to add: give a word or name, e.g. memo vocab add Haringey")
        key = names.name_key(text)
        with transaction(self.db):
            self.db.execute("delete from vocabulary where key = ?", [key])
            self.db["vocabulary"].insert(
                {"text": text, "key": key, "kind": kind, "added_at": now_iso()}
            )
        return VocabWord(text, kind, now_iso())

    def remove_word(self, text: str) -> None:
        with transaction(self.db):
            cur = self.db.execute("delete from vocabulary where key = ?", [names.name_key(text)])
        if not cur.rowcount:
            raise NotFound(f"'{text}' is not in the vocabulary (see `memo vocab list`)")

    def set_followup_status(self, followup_id: int, status: str) -> FollowUpItem:
        """Mark a follow-up done or open again."""
        if status not in FOLLOWUP_STATUSES:
            raise QueryError(f"status must be one of {', '.join(FOLLOWUP_STATUSES)}")
        with transaction(self.db):
            cur = self.db.execute(
                "update followups set status = ?, done_at = ? where id = ?",
                [status, now_iso() if status == "done" else None, followup_id],
            )
        if not cur.rowcount:
            raise NotFound(f"no follow-up with id {followup_id} (see `memo followups --all`)")
        return self.reader.followups(include_done=True, ids=[followup_id])[0]

    def merge(self, name: str, into: str) -> MergeResult:
        """Merge the entity `name` into `into` in one transaction: its mentions, follow-ups
        and links move, it is deleted, and its name is remembered as an alias of `into`."""
        conn = self.db.conn
        dst = names.resolve(conn, into, names.KINDS)
        src = names.resolve(conn, name, (dst.kind, *[k for k in names.KINDS if k != dst.kind]))
        if src.id == dst.id:
            raise QueryError(f"'{name}' and '{into}' are already the same {dst.kind}")
        s, d = src.id, dst.id
        person = dst.kind == "person"
        org = dst.kind == "org"
        try:
            with transaction(self.db):
                run = self.db.execute
                mentions = run("update mentions set entity_id = ? where entity_id = ?", [d, s])
                followups = run(
                    "update followups set person_id = ? where person_id = ?",
                    [d if person else None, s],
                )
                if person:
                    links = run("update links set person_id = ? where person_id = ?", [d, s])
                else:
                    links = run("delete from links where person_id = ?", [s])
                n_links = links.rowcount
                n_links += run(
                    "update links set org_id = ? where org_id = ?", [d if org else None, s]
                ).rowcount
                run("update aliases set entity_id = ? where entity_id = ?", [d, s])
                run(
                    "insert or replace into aliases (kind, key, entity_id) values (?, ?, ?)",
                    [src.kind, src.key, d],
                )
                run("delete from entities where id = ?", [s])
        except sqlite3.Error as e:
            raise StoreError(f"cannot write to the database: {e}") from e
        return MergeResult(
            dst.kind, src.name, dst.name, mentions.rowcount, followups.rowcount, n_links
        )
