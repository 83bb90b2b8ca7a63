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
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import identity, lexicon, migrations, names
from .errors import ForeignDatabase, NotFound, QueryError, StoreError, TransientError
from .names import lookup_key, name_key
from .read import FOLLOWUP_STATUSES, FollowUpItem, MergeResult, Reader, VocabWord
from .records import EVENT, ONE_NAME, Extraction, Memo, Segment, Term, Transcript, Vocabulary
from .textfix import Fix, apply, followup_key

# A writer waits this long for the lock on each try, and tries this many times, before the
# write is reported as transient (the file is then tried again later, never marked failed).
BUSY_TIMEOUT_S = 10.0
WRITE_TRIES = 6
# SQLite errors that pass: worth another try later, never a file's verdict.
TRANSIENT = ("database is locked", "database table is locked", "disk is full", "disk i/o error")


# A stored name becomes a Whisper hotword once it has been heard in this many memos.
HEARD_IN = 2


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
    _retried_while_locked(lambda: conn.execute("BEGIN IMMEDIATE"))


def _retried_while_locked(do: Callable[[], object]) -> None:
    """Run `do`, again after a short wait while SQLite answers "locked" without waiting: a
    transaction taking the lock, or a new file switched to WAL while another process does
    the same (the busy timeout does not cover that switch)."""
    for attempt in range(WRITE_TRIES):
        try:
            do()
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
            _retried_while_locked(db.enable_wal)
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


# The titles a Mr or a Mrs is looked up by, besides the key's own ("mr", "mrs").
SAID_TITLES = {"m": ("mister",), "f": ("ms", "miss", "missus")}


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
            # A typed note (`memo note`) has no file.
            "path": os.path.abspath(a.path) if a.path else None,
            "filename": Path(a.path).name if a.path else NOTE_FILENAME,
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
            self._save_extraction(memo_id, memo.extraction, seg_ids, close=True)
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

    def entity_id(
        self,
        kind: str,
        name: str,
        key: str | None = None,
        *,
        close: bool = False,
        title: str | None = None,
    ) -> int:
        """The id of the entity (kind, key), created on first mention. With `close`, a new
        person a letter or two off one known person is that person (`identity.py`). A surname
        said with a `title` of one sex ("Mr Okafor") is not the person stored by that surname
        who is of the other ("Mrs Okafor", "Ngozi Okafor"): a Mr and a Mrs are two people, and
        the other is keyed by the title's sex ("mr okafor", named "Mr Okafor")."""
        key = key or names.name_key(name)
        sex = lexicon.TITLE_SEXES.get((title or "").lower().rstrip("."))
        surname = None
        found = self._entity_of(kind, key)
        if (
            kind == "person"
            and sex
            and " " not in key
            and found is not None
            and self._other_sex(found, sex)
        ):
            surname, close = key, False
            key, name = f"{'mr' if sex == 'm' else 'mrs'} {key}", f"{title} {name}"
            found = self._entity_of(kind, key)
        if found is not None:
            return found
        if surname:  # found as the user says them: "memo person 'Ms Okafor'"
            new = int(self.db["entities"].insert({"kind": kind, "name": name, "key": key}).last_pk)
            for said in SAID_TITLES[sex]:
                self._alias("person", f"{said} {surname}", new, keep_existing=True)
            return new
        if close and kind == "person" and (heard_as := self._heard_as(key)) is not None:
            # One person heard two ways: the new spelling becomes an alias (`identity.py`).
            self._alias("person", key, heard_as, keep_existing=True)
            return heard_as
        return int(self.db["entities"].insert({"kind": kind, "name": name, "key": key}).last_pk)

    def _entity_of(self, kind: str, key: str) -> int | None:
        """The entity (kind, key) names, a merged-away key's too; None before its first mention."""
        merged = names.alias_target(self.db.conn, kind, key)
        if merged is not None:
            return merged
        rows = list(self.db["entities"].rows_where("kind = ? and key = ?", [kind, key], limit=1))
        return int(rows[0]["id"]) if rows else None

    def _other_sex(self, entity_id: int, sex: str) -> bool:
        """Whether the person `entity_id` is known to be of the sex other than `sex`: by a
        first name the lists give the other sex only, or by titles ("Mrs", "Auntie") of the
        other sex, none of `sex`, said of them."""
        name = self.db.execute("select name from entities where id = ?", [entity_id]).fetchone()
        if (
            name
            and " " in name[0]
            and not lexicon.title_fits("Mr" if sex == "m" else "Mrs", name[0])
        ):
            return True  # a surname alone ("Kelly") says nothing of sex by the first-name lists
        said = {
            lexicon.TITLE_SEXES.get((names.split_title(r[0])[0] or "").lower().rstrip("."))
            for r in self.db.execute(
                "select surface from mentions where entity_id = ?", [entity_id]
            )
        }
        return sex not in said and (said - {None}) != set()

    def _alias(self, kind: str, key: str, entity_id: int, *, keep_existing: bool = False) -> None:
        """Another spelling (`key`) that names `entity_id`: search, `--person` and later
        memos find the entity by it. `keep_existing` leaves a spelling already taken as it is."""
        verb = "insert or ignore" if keep_existing else "insert or replace"
        self.db.execute(
            f"{verb} into aliases (kind, key, entity_id) values (?, ?, ?)", [kind, key, entity_id]
        )

    def _heard_as(self, key: str) -> int | None:
        """The known person a new name is a mishearing of (`identity.close_person`)."""
        words = key.split()
        if not words:
            return None
        n = len(words[0])
        if len(words) == 1:  # single names and first names of about that length or its forms
            forms = sorted(lexicon.nicknames().get(words[0], ()))
            where = " or ".join(
                [
                    "(key not like '% %' and length(key) between ? and ?)",
                    "(instr(key, ' ') - 1 between ? and ?)",
                    # single names one may be clipped from the other ("Zeph", "Zephaniah")
                    "(key not like '% %' and (key like ? or key like ? or instr(?, key) > 0))",
                    *["key = ? or key like ?"] * len(forms),
                ]
            )
            w = words[0]
            params: list[Any] = [n - 2, n + 2, n - 2, n + 2, f"{w}%", f"%{w}", w]
            params += [p for f in forms for p in (f, f"{f} %")]
        else:
            firsts = [words[0], *lexicon.nicknames().get(words[0], ())]
            where = " or ".join(["key like ?"] * (len(firsts) + 1))
            params = [f"{f} %" for f in firsts] + [f"% {words[-1]}"]
        known = [
            (int(r[0]), r[1])
            for r in self.db.execute(
                "select id, name from entities where kind = 'person' and "
                "exists (select 1 from mentions m where m.entity_id = entities.id) and "
                f"({where})",
                params,
            )
        ]
        return identity.close_person(key, known)

    def _save_extraction(
        self, memo_id: int, ex: Extraction, seg_ids: dict[int, int], *, close: bool = False
    ) -> None:
        """`close`: names as heard (a new memo), so a close spelling of a known person is
        them; not for a transcript the user corrected, whose spelling is the user's."""
        # The user's decisions hold over whatever extraction found (see `m005_decisions`).
        dismissed = self._dismissed_keys()
        decided_as = _Decisions(self._followup_decisions(memo_id)).assign(
            [f.text for f in ex.followups]
        )
        said_as: dict[str, set[int]] = {}  # each person's name here -> whom it was said of
        for m in ex.mentions:
            if m.key in dismissed or name_key(m.name) in dismissed:
                continue
            entity_id = self.entity_id(
                m.kind, m.name, m.key, close=close, title=names.split_title(m.surface)[0]
            )
            if m.kind == "person":
                said_as.setdefault(name_key(m.name), set()).add(entity_id)
            self.db["mentions"].insert(
                {
                    "memo_id": memo_id,
                    "entity_id": entity_id,
                    "segment_id": seg_ids.get(m.segment_idx) if m.segment_idx is not None else None,
                    "start_s": m.start_s,
                    "surface": m.surface,
                }
            )
        for wrong, right in ex.put_right:
            if name_key(wrong) not in dismissed and name_key(right) not in dismissed:
                self._put_right(wrong, right, memo_id)
        for f, decided in zip(ex.followups, decided_as, strict=True):
            person = f.person if f.person and name_key(f.person) not in dismissed else None
            row = {
                "memo_id": memo_id,
                "segment_id": seg_ids.get(f.segment_idx) if f.segment_idx is not None else None,
                "start_s": f.start_s,
                "text": f.text,
                "due_date": f.due.isoformat() if f.due else None,
                "person_id": self._said_of(person, said_as) if person else None,
                "status": "open",
            }
            if decided:
                row["status"], row["done_at"] = decided["status"], decided["done_at"]
                if not self._followup_exists(decided["followup_id"]):
                    row["id"] = decided["followup_id"]  # it keeps its id
            followup_id = int(self.db["followups"].insert(row).last_pk)
            if decided and followup_id != decided["followup_id"]:
                self.db.execute(
                    "update followup_decisions set followup_id = ? where memo_id = ? and key = ?",
                    [followup_id, memo_id, decided["key"]],
                )
        self._save_links_and_topics(memo_id, ex, dismissed, said_as)
        self._save_events(memo_id, ex, seg_ids)
        for name in dict.fromkeys(m.name for m in ex.mentions if m.kind == "person"):
            if name_key(name) not in dismissed:
                self._absorb_first_name(name, memo_id)
        text = self.db.execute("select text from memos where id = ?", [memo_id]).fetchone()
        stated = identity.nicknames_stated(text[0] if text else "")
        for m in ex.mentions:
            if m.kind != "person" or name_key(m.name) in dismissed:
                continue
            nick = identity.own_nickname(m.surface, m.name, stated)
            if nick and nick not in dismissed:
                self._goes_by(m.name, nick, memo_id)
            said = name_key(names.split_title(m.surface)[1]).split()
            if len(said) == 2 and said[0] in identity.NICKNAME_WORDS and said != m.key.split():
                self._goes_by(m.name, " ".join(said), memo_id)  # "Big Tam" said for Tommy Hogg

    def _put_right(self, wrong: str, right: str, memo_id: int) -> None:
        """ "Gareth Lloyd-Hughes, no, it's just Lloyd": someone met in earlier memos by the
        name put right here is the one named right, as `memo rename` would make them; the
        wrong name stays an alias, so a later memo that says it again finds them."""
        right_id = self._entity_of("person", name_key(right))
        wrong_id = self._entity_of("person", name_key(wrong))
        if right_id is None or wrong_id is None:
            return
        if right_id == wrong_id:  # the right name was heard as a spelling of the wrong one
            row = self.db.execute("select key from entities where id = ?", [right_id]).fetchone()
            if row[0] == name_key(wrong):
                self._name_in_place("person", right_id, row[0], right)
            return
        here = "select 1 from mentions where entity_id = ? and memo_id = ?"
        if self.db.execute(here, [wrong_id, memo_id]).fetchone():
            return  # the wrong name stands for someone said here too
        self._move_entity(wrong_id, right_id, "person", ("person", name_key(wrong)))

    def _absorb_first_name(self, full_name: str, memo_id: int) -> None:
        """One person, one identity: "Femi", met in an earlier memo with no surname, is the
        "Femi Ogunleye" named now, when no other known person has that first name; so is
        "Gertie" (a short form of it: "Gertrude Lowry") and "Dr Obiora" (the surname alone,
        said with a title or no listed first name) when no other known person has that
        surname, and "Anne Marie" (a double first name) of "Anne Marie Duffy". What the short
        name had moves to the full name and the short name becomes an alias of it (as `memo
        merge` would do). A short form or surname said in this memo too stays apart: the
        extractor kept it apart ("Mrs Adeyinka, Kemi's mum")."""
        words = names.name_key(full_name).split()
        if len(words) < 2:
            return
        full_id = self.entity_id("person", full_name)
        first, last = words[0], words[-1]
        forms = lexicon.nicknames().get(first, ())
        firsts = [first, *sorted(f for f in forms if identity.forms_of_one_name(first, f))]
        for short in firsts:
            rivals = [f"{f} %" for f in (short, *lexicon.nicknames().get(short, ()))]
            self._absorb(full_id, short, rivals, None if short == first else memo_id)
        clipped = self.db.execute(  # "Stan", met before "Stanislaw Kasprzak"
            "select key from entities where kind = 'person' and key not like '% %'"
            " and instr(?, key) > 0",
            [first],
        ).fetchall()
        for (short,) in clipped:
            if short not in firsts and identity.clipped_form(short, first):
                self._absorb(full_id, short, [f"{short}% %", f"%{short} %"], memo_id)
        pets = self.db.execute(  # "Rasute", met before "Rasa Petraitiene"
            "select key from entities where kind = 'person' and key not like '% %'"
            " and key like ? and length(key) > ?",
            [first[:3] + "%", len(first)],
        ).fetchall()
        for (pet,) in pets:
            if identity.pet_form(pet, first):
                self._absorb(full_id, pet, [f"{first} %"], memo_id)
        if last not in firsts:
            self._absorb(full_id, last, [f"% {last}"], memo_id, surname=True)
            for sexed in (f"mr {last}", f"mrs {last}"):  # "Mr Holt", kept apart from Mrs Holt
                self._absorb(full_id, sexed, [f"% {last}"], memo_id, surname=True)
            heard = self.db.execute(  # "Mr Rawlinson", met before "Gareth Rowlinson"
                "select key from entities where kind = 'person' and key not like '% %'"
                " and key != ? and length(key) >= 5",
                [last],
            ).fetchall()
            for (short,) in heard:
                if identity.close_word(short, last) and short not in lexicon.first_names():
                    rivals = [f"% {short}", f"% {last}"]
                    self._absorb(full_id, short, rivals, memo_id, surname=True, titled=True)
        if len(words) > 2:  # "Anne Marie", met before "Anne Marie Duffy"
            given = " ".join(words[:-1])
            self._absorb(full_id, given, [f"{given} %"], memo_id)

    def _goes_by(self, full_name: str, nick: str, memo_id: int) -> None:
        """ "Cornelia Abara ... everyone calls her Corky": the name she goes by becomes an
        alias of her, so "Corky" alone in a later memo is her, and a "Corky" met alone
        before is moved into her."""
        full_id = self.entity_id("person", full_name)
        self._absorb(full_id, nick, [], memo_id)
        if self.db.execute(
            "select 1 from entities where kind = 'person' and key = ?", [nick]
        ).fetchone():
            return  # someone else goes by it too, and was said here by it
        self._alias("person", nick, full_id, keep_existing=True)

    def _absorb(
        self,
        full_id: int,
        short: str,
        rivals: list[str],
        memo_id: int | None,
        *,
        surname: bool = False,
        titled: bool = False,
    ) -> None:
        """Move the person stored as `short` alone into `full_id`, unless another known
        person (a key `like` one of `rivals`) could be the one meant or `short` is said in
        `memo_id` too. `titled`: only if `short` was never said without a title (a surname
        spelt a letter off: "Mr Rawlinson" is Gareth Rowlinson, a bare "Rawlinson" may not be)."""
        alone = self.db.execute(
            "select id from entities where kind = 'person' and key = ?", [short]
        ).fetchone()
        if alone is None or alone[0] == full_id:
            return
        src = int(alone[0])
        here = "select 1 from mentions where entity_id = ? and memo_id = ?"
        if memo_id is not None and self.db.execute(here, [src, memo_id]).fetchone():
            return
        titles = {None}
        if surname:
            said = self.db.execute("select surface from mentions where entity_id = ?", [src])
            titles = {names.split_title(r[0])[0] for r in said}
            if short in lexicon.first_names() and titles == {None}:
                return  # "Morgan" alone may be a first name, not the surname of Sam Morgan
            if titled and None in titles:
                return
        full = self.db.execute("select name from entities where id = ?", [full_id]).fetchone()[0]
        if not all(lexicon.title_fits(t, full) for t in titles):
            return  # "Mrs Brathwaite" is not Lennox Brathwaite
        like = " or ".join(["key like ?"] * len(rivals)) or "0"
        others = [
            r[0]
            for r in self.db.execute(
                f"select name from entities where kind = 'person' and ({like})"
                " and id not in (?, ?)",
                [*rivals, full_id, src],
            )
            # "Mrs Brathwaite, his mum" is no rival of Lennox Brathwaite's for Claudette
            if all(lexicon.title_fits(t, r[0]) for t in titles)
        ]
        if others:
            return  # two Femis: which one is ambiguous, so both stay
        self._move_entity(src, full_id, "person", ("person", short))

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

    def _said_of(self, person: str, said_as: dict[str, set[int]]) -> int:
        """The person a follow-up or link names: the one this memo's mentions of the name were
        of ("Mr Okafor" said alone here, kept apart from Mrs Okafor), else the name's entity."""
        ids = said_as.get(name_key(person), set())
        return next(iter(ids)) if len(ids) == 1 else self.entity_id("person", person)

    def _save_links_and_topics(
        self,
        memo_id: int,
        ex: Extraction,
        dismissed: frozenset[str] = frozenset(),
        said_as: dict[str, set[int]] | None = None,
    ) -> None:
        for link in ex.links:
            org = link.org if link.org and name_key(link.org) not in dismissed else None
            if name_key(link.person) in dismissed or not (org or link.role):
                continue
            self.db["links"].insert(
                {
                    "memo_id": memo_id,
                    "person_id": self._said_of(link.person, said_as or {}),
                    "org_id": self.entity_id("org", org) if org else None,
                    "role": link.role,
                }
            )
        phrases = [{"memo_id": memo_id, "phrase": t} for t in dict.fromkeys(ex.topics)]
        if phrases:
            self.db["topics"].insert_all(phrases, ignore=True)

    def vocabulary(self) -> Vocabulary:
        """The user's words, then the names already stored, most mentioned first.

        Every name steers spaCy, but only names said in `HEARD_IN` memos or more (and the
        user's own words and corrections) steer Whisper: a name misheard once and fed back as
        a hotword made later memos mishear it the same way.

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
        # Not "Mr Holt", a titled surname kept apart from Mrs Holt (`entity_id`): no full name.
        names = [
            Term(r["name"], r["kind"], tuple(orgs.get(r["id"], ())), r["memos"] >= HEARD_IN)
            for r in self.db.query(
                """
                select e.id, e.name, e.kind, count(distinct m.memo_id) as memos
                from entities e join mentions m on m.entity_id = e.id
                where e.kind in ('person', 'org', 'place')
                  and (e.kind != 'person' or e.name like '% %')
                  and not (e.kind = 'person' and e.key not like '% % %'
                           and (e.key like 'mr %' or e.key like 'mrs %'))
                group by e.id
                order by count(distinct m.memo_id) desc, max(m.memo_id) desc, e.name
                """
            )
        ]
        # A one-word organisation or place that is the first name of someone known in full
        # was the NER's guess at that person ("swap with Tadeo", then "Tadeo Vilanculo the
        # boss"): fed back, it would make them an organisation in every later memo.
        firsts = {t.text.split()[0].lower() for t in names if t.kind == "person"}
        names = [t for t in names if t.kind == "person" or t.text.lower() not in firsts]
        # The names people go by ("Corky", "Bomber": `_goes_by`) and spellings heard for
        # someone known: spaCy should take them for a person, and the alias says who.
        listed = lexicon.first_names()
        goes_by = [
            Term(r["key"].title(), "person", heard=False)
            for r in self.db.query(
                "select a.key, e.key as name from aliases a join entities e on e.id = a.entity_id "
                "where a.kind = 'person' and e.kind = 'person' and a.key not like '% %' "
                "order by a.rowid"
            )
            if r["key"] not in listed and r["key"].isalpha() and r["key"] not in r["name"].split()
        ]
        # Someone known by one name only ("Tahmid"): not a pattern, see `Term`; so is a
        # listed name they go by ("Nasir" for "Abdinasir"), which the alias says is them.
        taken = {t.text.lower() for t in goes_by}
        one_name = [
            Term(r["name"], ONE_NAME, heard=False)
            for r in self.db.query(
                "select distinct e.name from entities e join mentions m on m.entity_id = e.id "
                "where e.kind = 'person' and e.name not like '% %' order by e.id"
            )
            if r["name"].lower() not in taken
        ]
        one_name += [
            Term(r["key"].title(), ONE_NAME, heard=False)
            for r in self.db.query(
                "select a.key from aliases a join entities e on e.id = a.entity_id "
                "where a.kind = 'person' and e.kind = 'person' and a.key not like '% %' "
                "and e.key not like '% %' order by a.rowid"
            )
            if r["key"] in listed and r["key"].isalpha()
        ]
        # What earlier memos dated ("the quiz night" on the 14th), for a later "before the
        # quiz night": every day each title was given, the extractor keeps the unambiguous.
        happenings = [
            Term(r["title"], EVENT, heard=False, day=dt.date.fromisoformat(r["date"]))
            for r in self.db.query(
                "select title, date from events where title is not null "
                "group by title, date order by max(memo_id) desc"
            )
        ]
        return Vocabulary(tuple(user + names + goes_by + one_name + happenings))

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
        try:
            with transaction(self.db):
                moved = self._move_entity(s, d, dst.kind, (src.kind, src.key))
        except sqlite3.Error as e:
            raise StoreError(f"cannot write to the database: {e}") from e
        return MergeResult(dst.kind, src.name, dst.name, *moved)

    def _move_entity(
        self, s: int, d: int, kind: str, alias: tuple[str, str]
    ) -> tuple[int, int, int]:
        """Point everything at entity `s` to `d` (a `kind`), keep `alias` (kind, name) as a
        name of `d` and delete `s`: a merge, or a short name joined to its person. Inside
        the caller's transaction; (mentions, follow-ups, links) moved."""
        run = self.db.execute
        person, org = kind == "person", kind == "org"
        mentions = run("update mentions set entity_id = ? where entity_id = ?", [d, s]).rowcount
        followups = run(
            "update followups set person_id = ? where person_id = ?", [d if person else None, s]
        ).rowcount
        if person:
            links = run("update links set person_id = ? where person_id = ?", [d, s]).rowcount
        else:
            links = run("delete from links where person_id = ?", [s]).rowcount
        links += run(
            "update links set org_id = ? where org_id = ?", [d if org else None, s]
        ).rowcount
        run("update aliases set entity_id = ? where entity_id = ?", [d, s])
        self._alias(*alias, d)
        run("delete from entities where id = ?", [s])
        return mentions, followups, links

    # -- corrections and the user's decisions -----------------------------------------------
    # Issue 10 (rename, fix, forget, notes) and the marks of issue 11 (tags, triage). Written
    # by `corrections.py` and `notes.py`; `_save_extraction` reads the decisions back, so a
    # memo processed again keeps what the user decided. Tables: `m005_decisions`.

    def memo_transcript(self, memo_id: int) -> tuple[dt.datetime, Transcript]:
        """A stored memo's recording time and transcript, to extract from it again."""
        rows = list(self.db["memos"].rows_where("id = ?", [memo_id]))
        if not rows:
            raise NotFound(f"no memo with id {memo_id} (see `memo list`)")
        r = rows[0]
        segments = tuple(
            Segment(
                s["idx"],
                s["start_s"],
                s["end_s"],
                s["text"],
                s["avg_logprob"] or 0.0,
                s["no_speech_prob"] or 0.0,
            )
            for s in self.db["segments"].rows_where("memo_id = ?", [memo_id], order_by="idx")
        )
        transcript = Transcript(
            segments,
            r["language"] or "en",
            r["language_probability"] or 0.0,
            r["duration_s"] or 0.0,
            r["model"] or "",
        )
        return dt.datetime.fromisoformat(r["recorded_at"]), transcript

    def text_fixes(self, memo_id: int | None) -> list[Fix]:
        """The corrections for a memo's transcript, oldest first: every memo's (renamed
        spellings) and its own (`memo fix`). `None`: a memo not stored yet."""
        return [
            (r["old"], r["new"])
            for r in self.db.query(
                "select old, new from text_fixes where memo_id is null or memo_id = ? order by id",
                [memo_id],
            )
        ]

    def text_fixes_for_sha(self, sha256: str) -> list[Fix]:
        """`text_fixes` for the memo with these bytes (or a new one)."""
        known = self.known_sha(sha256)
        return self.text_fixes(int(known["id"]) if known else None)

    def correct_text(
        self,
        memo_id: int,
        fixes: Sequence[Fix],
        extraction: Extraction | None = None,
        lines: dict[int, str] | None = None,
    ) -> int:
        """Apply and remember `fixes` to one memo's text (`lines`: segment idx -> its text as
        the user wrote it) and, given `extraction` (what the corrected text says), replace what
        was extracted from it: one transaction. Returns how many segments changed."""
        with transaction(self.db):
            changed = self._rewrite(memo_id, fixes, lines)
            self._remember_fixes(memo_id, fixes, "fix")
            if extraction is not None:
                for table in ("events", "links", "topics", "followups", "mentions"):
                    self.db.execute(f"delete from {table} where memo_id = ?", [memo_id])
                seg_ids = {
                    r["idx"]: r["id"]
                    for r in self.db.query(
                        "select idx, id from segments where memo_id = ?", [memo_id]
                    )
                }
                self._save_extraction(memo_id, extraction, seg_ids)
        return changed

    def _remember_fixes(self, memo_id: int | None, fixes: Sequence[Fix], source: str) -> None:
        for old, new in fixes:
            known = self.db.execute(
                "select 1 from text_fixes where memo_id is ? and old = ? and new = ?",
                [memo_id, old, new],
            ).fetchone()
            if not known:
                self.db["text_fixes"].insert(
                    {
                        "memo_id": memo_id,
                        "old": old,
                        "new": new,
                        "source": source,
                        "created_at": now_iso(),
                    }
                )

    def _rewrite(
        self, memo_id: int, fixes: Sequence[Fix], lines: dict[int, str] | None = None
    ) -> int:
        """Apply `fixes` to everything stored as text for one memo; segments changed."""
        changed = 0
        texts = []
        for s in self.db.query(
            "select id, idx, text, words from segments where memo_id = ? order by idx",
            [memo_id],
        ):
            text = (lines or {}).get(s["idx"], apply(s["text"], fixes))
            texts.append(text)
            if text == s["text"]:
                continue
            changed += 1
            words = json.loads(s["words"]) if s["words"] else None
            if words:
                for w in words:
                    lead = w[2][: len(w[2]) - len(w[2].lstrip())]
                    w[2] = lead + apply(w[2].strip(), fixes)
            self.db.execute(
                "update segments set text = ?, words = ? where id = ?",
                [text, json.dumps(words) if words else None, s["id"]],
            )
        if not changed:
            return 0
        memo_text = " ".join(t.strip() for t in texts if t.strip())
        self.db.execute("update memos set text = ? where id = ?", [memo_text, memo_id])
        for table in ("mentions", "followups"):
            column = "surface" if table == "mentions" else "text"
            for r in self.db.query(
                f"select id, {column} as text from {table} where memo_id = ?", [memo_id]
            ):
                fixed = apply(r["text"] or "", fixes)
                if fixed != r["text"]:
                    self.db.execute(
                        f"update {table} set {column} = ? where id = ?", [fixed, r["id"]]
                    )
        for d in self._followup_decisions(memo_id):
            fixed = apply(d["text"], fixes)
            if fixed != d["text"]:
                self.db.execute(
                    "update or replace followup_decisions set text = ?, key = ? "
                    "where memo_id = ? and key = ?",
                    [fixed, followup_key(fixed), memo_id, d["key"]],
                )
        return changed

    def entity_named(self, name: str, kinds: Sequence[str]) -> dict[str, Any] | None:
        """The entity called exactly `name` (case, titles, possessives aside; an alias counts),
        of the first of `kinds` that has one; None when there is none."""
        keys = list(dict.fromkeys([name_key(name), lookup_key(name)]))
        for kind in kinds:
            for key in keys:
                found = self.merged_into(kind, key)
                where, params = (
                    ("id = ?", [found]) if found else ("kind = ? and key = ?", [kind, key])
                )
                rows = list(self.db["entities"].rows_where(where, params, limit=1))
                if rows:
                    return dict(rows[0])
        return None

    def entity_by_id(self, entity_id: int) -> dict[str, Any]:
        rows = list(self.db["entities"].rows_where("id = ?", [entity_id]))
        if not rows:
            raise NotFound(f"no person, organisation or place with id {entity_id}")
        return dict(rows[0])

    def entity_memos(self, entity_id: int) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "select distinct memo_id from mentions where entity_id = ? order by memo_id",
                [entity_id],
            )
        ]

    def rename_entity(
        self,
        entity: dict[str, Any],
        name: str,
        fixes: Sequence[Fix],
        every_memo: Sequence[Fix],
        also_known_as: Sequence[str] = (),
    ) -> tuple[dict[str, Any], bool, list[int]]:
        """Call `entity` `name` (merging it into the entity of that name when there is one),
        keep its old name (and `also_known_as`) as aliases, correct its spelling in the memos
        that mention it and remember `every_memo` for later memos: one transaction.

        Returns the entity as it now is, whether it was a merge, and the memos corrected.
        """
        kind, key = entity["kind"], name_key(name)
        with transaction(self.db):
            target = self.merged_into(kind, key)
            if target is None:
                rows = list(self.db["entities"].rows_where("kind = ? and key = ?", [kind, key]))
                target = int(rows[0]["id"]) if rows else None
            merged = target is not None and target != entity["id"]
            if merged:
                dst = self.db["entities"].get(target)
                self.merge(entity["name"], dst["name"])
            else:
                target = int(entity["id"])
                self._name_in_place(kind, target, entity["key"], name)
            for other in also_known_as:
                taken = self.db.execute(
                    "select 1 from entities where kind = ? and key = ?", [kind, other]
                ).fetchone()
                if not taken:
                    self._alias(kind, other, target, keep_existing=True)
            corrected = [m for m in self.entity_memos(target) if self._rewrite(m, fixes)]
            for memo_id in corrected:
                self._remember_fixes(memo_id, fixes, "rename")
            self._remember_fixes(None, every_memo, "rename")
            now = dict(self.db["entities"].get(target))
        return now, merged, corrected

    def _name_in_place(self, kind: str, entity_id: int, old_key: str, name: str) -> None:
        """Call `entity_id` `name` from now on, its old key kept as an alias."""
        key = name_key(name)
        self.db.execute("delete from aliases where kind = ? and key = ?", [kind, key])
        self.db.execute(
            "update entities set name = ?, key = ? where id = ?", [name, key, entity_id]
        )
        if old_key != key:
            self._alias(kind, old_key, entity_id)

    def dismiss(self, name: str, entity: dict[str, Any] | None) -> list[int]:
        """Never store `name` as a person, organisation or place again, and take `entity` (its
        mentions, links and follow-ups' person) out of every memo. Returns those memos."""
        keys = {name_key(name)} | ({entity["key"]} if entity else set())
        with transaction(self.db):
            for key in keys:
                self.db["dismissed"].upsert(
                    {
                        "key": key,
                        "name": entity["name"] if entity else name,
                        "kind": entity["kind"] if entity else None,
                        "created_at": now_iso(),
                    },
                    pk="key",
                )
                self.db.execute("delete from vocabulary where key = ?", [key])
            if entity is None:
                return []
            e = entity["id"]
            memos = self.entity_memos(e)
            run = self.db.execute
            run("delete from mentions where entity_id = ?", [e])
            run("update followups set person_id = null where person_id = ?", [e])
            run("delete from links where person_id = ?", [e])
            run("delete from links where org_id = ? and role is null", [e])
            run("update links set org_id = null where org_id = ?", [e])
            run("delete from aliases where entity_id = ?", [e])
            run("delete from entities where id = ?", [e])
        return memos

    def undismiss(self, name: str) -> dict[str, Any]:
        """Let a dismissed name be found again (from the next memo processed); its row."""
        keys = list(dict.fromkeys([name_key(name), lookup_key(name)]))
        marks = ", ".join("?" for _ in keys)
        rows = list(self.db.query(f"select * from dismissed where key in ({marks})", keys))
        if not rows:
            raise NotFound(f"'{name}' was not forgotten (see memo forget --list)")
        with transaction(self.db):
            self.db.execute(f"delete from dismissed where key in ({marks})", keys)
        return dict(rows[0])

    def _dismissed_keys(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.db.execute("select key from dismissed"))

    def decide_followup(self, followup_id: int, done: bool) -> FollowUpItem:
        """Mark a follow-up done (or open again) and remember it by memo and text, so it stays
        so, with its id, when the memo is processed again."""
        status = "done" if done else "open"
        done_at = now_iso() if done else None
        with transaction(self.db):
            rows = list(self.db["followups"].rows_where("id = ?", [followup_id]))
            if not rows:
                raise NotFound(f"no follow-up with id {followup_id} (see `memo followups --all`)")
            f = rows[0]
            self.db.execute(
                "update followups set status = ?, done_at = ? where id = ?",
                [status, done_at, followup_id],
            )
            self.db.execute(
                "delete from followup_decisions where memo_id = ? and followup_id = ?",
                [f["memo_id"], followup_id],
            )
            self.db["followup_decisions"].upsert(
                {
                    "memo_id": f["memo_id"],
                    "key": followup_key(f["text"]),
                    "text": f["text"],
                    "followup_id": followup_id,
                    "status": status,
                    "done_at": done_at,
                    "decided_at": now_iso(),
                },
                pk=("memo_id", "key"),
            )
        return self.list_followups(include_done=True, ids=[followup_id])[0]

    def _followup_decisions(self, memo_id: int) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.db.query(
                "select * from followup_decisions where memo_id = ? order by decided_at",
                [memo_id],
            )
        ]

    def _followup_exists(self, followup_id: int) -> bool:
        found = self.db.execute("select 1 from followups where id = ?", [followup_id])
        return found.fetchone() is not None

    def _require_memo(self, memo_id: int) -> None:
        if self.memo_status(memo_id) is None:
            raise NotFound(f"no memo with id {memo_id} (see `memo list`)")

    def set_tags(
        self, memo_id: int, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> list[str]:
        """Add and remove a memo's tags (already normalised); its tags after."""
        self._require_memo(memo_id)
        with transaction(self.db):
            for tag in remove:
                self.db.execute(
                    "delete from memo_tags where memo_id = ? and tag = ?", [memo_id, tag]
                )
            for tag in add:
                self.db.execute(
                    "insert or ignore into memo_tags (memo_id, tag, added_at) values (?, ?, ?)",
                    [memo_id, tag, now_iso()],
                )
        return [
            r[0]
            for r in self.db.execute(
                "select tag from memo_tags where memo_id = ? order by tag", [memo_id]
            )
        ]

    def set_triage(self, memo_id: int, mark: str | None) -> None:
        """Mark a memo "forward" or "park", or undecided again (None)."""
        self._require_memo(memo_id)
        with transaction(self.db):
            self.db.execute("delete from triage where memo_id = ?", [memo_id])
            if mark is not None:
                self.db["triage"].insert(
                    {"memo_id": memo_id, "mark": mark, "decided_at": now_iso()}
                )


class _Decisions:
    """The follow-up decisions of one memo, given back to the follow-ups found when it is
    rebuilt, each at most once: by normalised text first, then the most similar texts (a
    better model hears a word or two differently)."""

    SIMILAR = 0.85

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = {r["key"]: r for r in rows}

    def assign(self, texts: Sequence[str]) -> list[dict[str, Any] | None]:
        keys = [followup_key(t) for t in texts]
        out: list[dict[str, Any] | None] = [None] * len(keys)
        left = dict(self.rows)
        for i, key in enumerate(keys):
            if key in left:
                out[i] = left.pop(key)
        if left and None in out:
            from difflib import SequenceMatcher

            pairs = sorted(
                (
                    (-SequenceMatcher(None, old, key).ratio(), i, old)
                    for i, key in enumerate(keys)
                    if out[i] is None
                    for old in left
                ),
            )
            for score, i, old in pairs:
                if -score < self.SIMILAR:
                    break
                if out[i] is None and old in left:
                    out[i] = left.pop(old)
        return out


# What `memo list` and search hits show as the file of a typed note (`memo note`).
NOTE_FILENAME = "typed note"
