"""`Store`: the only module that writes SQL for memos.

One transaction per memo: a memo, its segments, mentions and follow-ups land together or not
at all, so a killed process never leaves half a memo behind. WAL mode lets `memo search`
read while `memo ingest` or `memo watch` writes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import migrations
from .errors import NotFound, QueryError, StoreError
from .people import (
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
    lookup_key,
)
from .records import Extraction, Memo, Segment, Term, Vocabulary, name_key
from .topics import rank_memo, rank_period


def open_db(path: str | Path, *, create: bool = True) -> Database:
    """Open (and migrate) the database at `path`; `:memory:` works for tests."""
    path_s = str(path)
    try:
        if path_s != ":memory:":
            p = Path(path_s)
            if not create and not p.exists():
                raise StoreError(f"no database at {p} (run `memo ingest` first or pass --db)")
            p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path_s, timeout=30, check_same_thread=False)
        else:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
        db = Database(conn)
        if path_s != ":memory:":
            db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 30000")
        migrations.apply(db)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as e:
        raise StoreError(f"cannot open database {path_s}: {e}") from e
    return db


def now_iso() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


class Store:
    """Save memos atomically and answer the read side's questions."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        return cls(open_db(path, create=create))

    def close(self) -> None:
        self.db.close()

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
        with self.db.atomic():
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
        try:
            with self.db.atomic():
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
        except sqlite3.Error as e:
            raise StoreError(f"cannot write to the database: {e}") from e
        return memo_id

    def _delete_derived(self, memo_id: int) -> None:
        for table in ("links", "topics", "followups", "mentions", "segments"):
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
        key = key or name_key(name)
        merged = self.merged_into(kind, key)
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

    # -- read side --------------------------------------------------------------------------

    def list_memos(self, status: str | None = None) -> list[dict[str, Any]]:
        where = "status = ?" if status else None
        return [
            _memo_summary(r)
            for r in self.db["memos"].rows_where(
                where, [status] if status else [], order_by="recorded_at desc, id desc"
            )
        ]

    def get_memo(self, memo_id: int) -> dict[str, Any]:
        """A memo with its segments and entities, as plain data for show/export."""
        rows = list(self.db["memos"].rows_where("id = ?", [memo_id]))
        if not rows:
            raise NotFound(f"no memo with id {memo_id} (see `memo list`)")
        memo = dict(rows[0])
        memo["segments"] = [
            {
                "idx": s["idx"],
                "start_s": s["start_s"],
                "end_s": s["end_s"],
                "text": s["text"],
                "avg_logprob": s["avg_logprob"],
                "no_speech_prob": s["no_speech_prob"],
            }
            for s in self.db["segments"].rows_where("memo_id = ?", [memo_id], order_by="idx")
        ]
        memo["entities"] = [
            dict(r)
            for r in self.db.query(
                """
                select e.id, e.kind, e.name, count(*) as mentions, min(m.start_s) as first_s
                from mentions m join entities e on e.id = m.entity_id
                where m.memo_id = ? group by e.id order by first_s, e.name
                """,
                [memo_id],
            )
        ]
        memo["followups"] = [
            dict(r)
            for r in self.db.query(
                """
                select f.id, f.text, f.due_date as due, e.name as person, f.status, f.start_s
                from followups f left join entities e on e.id = f.person_id
                where f.memo_id = ? order by f.start_s
                """,
                [memo_id],
            )
        ]
        return memo

    def counts(self) -> dict[str, int]:
        return {
            r["status"]: r["n"]
            for r in self.db.query("select status, count(*) as n from memos group by status")
        }

    # -- watch and retry --------------------------------------------------------------------

    def failed_memos(self, ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
        """Failed memos (id, path, sha256, error), all of them or those of `ids`, by id."""
        wanted = list(ids) if ids is not None else None
        where, params = "status = 'failed'", []
        if wanted is not None:
            where += f" and id in ({', '.join('?' for _ in wanted)})"
            params = wanted
        return [
            {k: r[k] for k in ("id", "path", "sha256", "error")}
            for r in self.db["memos"].rows_where(where, params, order_by="id")
        ]

    def memo_status(self, memo_id: int) -> str | None:
        rows = list(self.db["memos"].rows_where("id = ?", [memo_id], select="status"))
        return rows[0]["status"] if rows else None

    def relocate(self, old_path: str, new_path: str) -> None:
        """A file was moved (by `memo watch --move-done/--move-failed`): follow it."""
        with self.db.atomic():
            self.db.execute("delete from files where path = ?", [new_path])
            self.db.execute("update files set path = ? where path = ?", [new_path, old_path])
            self.db.execute(
                "update memos set path = ? where path = ?",
                [new_path, os.path.abspath(old_path)],
            )

    # -- people, organisations, follow-ups, topics, vocabulary ------------------------------
    # Read side of issue 5; everything returns the dataclasses of `people.py`.

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

    def merged_into(self, kind: str, key: str) -> int | None:
        """The entity a merged-away (kind, key) now stands for, if `memo merge` made one."""
        row = self.db.execute(
            "select entity_id from aliases where kind = ? and key = ?", [kind, key]
        ).fetchone()
        return int(row[0]) if row else None

    def vocabulary(self) -> Vocabulary:
        """The user's words, then the names already stored, most mentioned first.

        A first name alone is left out: as a pattern it would turn every "Tom" into the one
        Tom we know, and the extractor already resolves first names against the full names.
        """
        user = [
            Term(r["text"], r["kind"])
            for r in self.db.query("select text, kind from vocabulary order by id")
        ]
        names = [
            Term(r["name"], r["kind"])
            for r in self.db.query(
                """
                select e.name, e.kind from entities e join mentions m on m.entity_id = e.id
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
        key = name_key(text)
        with self.db.atomic():
            self.db.execute("delete from vocabulary where key = ?", [key])
            self.db["vocabulary"].insert(
                {"text": text, "key": key, "kind": kind, "added_at": now_iso()}
            )
        return VocabWord(text, kind, now_iso())

    def remove_word(self, text: str) -> None:
        with self.db.atomic():
            cur = self.db.execute("delete from vocabulary where key = ?", [name_key(text)])
        if not cur.rowcount:
            raise NotFound(f"'{text}' is not in the vocabulary (see `memo vocab list`)")

    def words(self) -> list[VocabWord]:
        return [
            VocabWord(r["text"], r["kind"], r["added_at"])
            for r in self.db.query("select text, kind, added_at from vocabulary order by id")
        ]

    def find_entity(self, name: str, kinds: Sequence[str] = ("person",)) -> dict[str, Any]:
        """The entity a user means by `name`: exact (titles, case and possessives ignored),
        then a merged name, then a unique first name or surname, then a unique part."""
        key = lookup_key(name)
        if not key:
            raise QueryError("give a name, e.g. memo person 'Kevin Brooks'")
        marks = ", ".join("?" for _ in kinds)
        order = "case e.kind " + " ".join(f"when ? then {i}" for i in range(len(kinds))) + " end"

        def query(where: str, params: list[Any]) -> list[dict[str, Any]]:
            return [
                dict(r)
                for r in self.db.query(
                    f"select e.* from entities e where e.kind in ({marks}) and ({where}) "
                    f"order by {order}, e.name",
                    [*kinds, *params, *kinds],
                )
            ]

        for kind in kinds:
            merged = self.merged_into(kind, key)
            if merged is not None:
                return query("e.id = ?", [merged])[0]
        like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        for where, params in (
            ("e.key = ?", [key]),
            (
                "e.key like ? escape '\\' or e.key like ? escape '\\'",
                [f"{like} %", f"% {like}"],
            ),
            ("e.key like ? escape '\\'", [f"%{like}%"]),
        ):
            rows = query(where, params)
            best = [r for r in rows if r["kind"] == rows[0]["kind"]] if rows else []
            if len(best) == 1:
                return best[0]
            if best:
                names = ", ".join(r["name"] for r in best[:6])
                raise QueryError(f"'{name}' could be any of: {names} (give the full name)")
        what = " or ".join(kinds)
        raise NotFound(f"no {what} called '{name}' (see `memo people` or `memo orgs`)")

    def _range(
        self, since: dt.date | None, until: dt.date | None, column: str = "mo.recorded_at"
    ) -> tuple[str, list[Any]]:
        where, params = [], []
        if since:
            where.append(f"substr({column}, 1, 10) >= ?")
            params.append(since.isoformat())
        if until:
            where.append(f"substr({column}, 1, 10) <= ?")
            params.append(until.isoformat())
        return " and ".join(where) or "1", params

    def _links_of(self, column: str) -> dict[int, list[dict[str, Any]]]:
        """Links grouped by person_id or org_id, with the other side's name."""
        out: dict[int, list[dict[str, Any]]] = {}
        for r in self.db.query(
            """
            select l.person_id, l.org_id, l.role, p.name as person, o.name as org
            from links l join entities p on p.id = l.person_id
            left join entities o on o.id = l.org_id
            join memos mo on mo.id = l.memo_id
            order by mo.recorded_at, l.id
            """
        ):
            if r[column] is not None:
                out.setdefault(r[column], []).append(dict(r))
        return out

    def _entity_summaries(
        self, kind: str, since: dt.date | None, until: dt.date | None
    ) -> list[dict[str, Any]]:
        where, params = self._range(since, until)
        return [
            dict(r)
            for r in self.db.query(
                f"""
                select e.id, e.name, count(distinct m.memo_id) as memos,
                       min(mo.recorded_at) as first_seen, max(mo.recorded_at) as last_seen,
                       group_concat(distinct m.memo_id) as memo_ids
                from entities e join mentions m on m.entity_id = e.id
                join memos mo on mo.id = m.memo_id
                where e.kind = ? and {where}
                group by e.id order by e.name collate nocase
                """,
                [kind, *params],
            )
        ]

    def people(
        self,
        org: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[PersonSummary]:
        """Everyone mentioned (in the period), with the organisations and roles linked to them."""
        links = self._links_of("person_id")
        org_id = self.find_entity(org, ("org",))["id"] if org else None
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

    def entity_detail(self, name: str, kinds: Sequence[str] = ("person", "org")) -> EntityDetail:
        """Everything about one person (or organisation): memos with snippets, follow-ups."""
        e = self.find_entity(name, kinds)
        memos: dict[int, MemoRef] = {}
        for r in self.db.query(
            """
            select mo.id, mo.recorded_at, mo.filename, s.start_s, s.text
            from mentions m join memos mo on mo.id = m.memo_id
            left join segments s on s.id = m.segment_id
            where m.entity_id = ? order by mo.recorded_at, mo.id, s.idx
            """,
            [e["id"]],
        ):
            ref = memos.setdefault(r["id"], MemoRef(r["id"], r["recorded_at"], r["filename"]))
            snippet = Snippet(r["start_s"], r["text"].strip()) if r["text"] else None
            if snippet and snippet not in ref.snippets:
                ref.snippets.append(snippet)
        links = self._links_of("person_id" if e["kind"] == "person" else "org_id")
        mine = links.get(e["id"], [])
        if e["kind"] == "person":
            followups = self.list_followups(include_done=True, person_id=e["id"])
        else:
            followups = self.list_followups(include_done=True, memo_ids=list(memos))
        seen = [m.recorded_at for m in memos.values()]
        return EntityDetail(
            id=e["id"],
            kind=e["kind"],
            name=e["name"],
            orgs=_unique(link["org"] for link in mine) if e["kind"] == "person" else [],
            roles=_unique(link["role"] for link in mine) if e["kind"] == "person" else [],
            people=_unique(link["person"] for link in mine) if e["kind"] != "person" else [],
            first_seen=min(seen, default=None),
            last_seen=max(seen, default=None),
            memos=list(memos.values()),
            followups=followups,
        )

    def list_followups(
        self,
        *,
        include_done: bool = False,
        due_before: dt.date | None = None,
        person_id: int | None = None,
        memo_ids: Sequence[int] | None = None,
        ids: Sequence[int] | None = None,
    ) -> list[FollowUpItem]:
        """Follow-ups, soonest due first and undated last; open ones unless `include_done`."""
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
                where.append(f"{column} in ({', '.join('?' for _ in values)})")
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
            )
            for r in self.db.query(
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

    def set_followup_status(self, followup_id: int, status: str) -> FollowUpItem:
        """Mark a follow-up done or open again."""
        if status not in FOLLOWUP_STATUSES:
            raise QueryError(f"status must be one of {', '.join(FOLLOWUP_STATUSES)}")
        with self.db.atomic():
            cur = self.db.execute(
                "update followups set status = ?, done_at = ? where id = ?",
                [status, now_iso() if status == "done" else None, followup_id],
            )
        if not cur.rowcount:
            raise NotFound(f"no follow-up with id {followup_id} (see `memo followups --all`)")
        return self.list_followups(include_done=True, ids=[followup_id])[0]

    def merge(self, name: str, into: str) -> MergeResult:
        """Merge the entity `name` into `into` in one transaction: its mentions, follow-ups
        and links move, it is deleted, and its name is remembered as an alias of `into`."""
        kinds = ("person", "org", "place")
        dst = self.find_entity(into, kinds)
        src = self.find_entity(name, (dst["kind"], *[k for k in kinds if k != dst["kind"]]))
        if src["id"] == dst["id"]:
            raise QueryError(f"'{name}' and '{into}' are already the same {dst['kind']}")
        s, d = src["id"], dst["id"]
        person = dst["kind"] == "person"
        org = dst["kind"] == "org"
        try:
            with self.db.atomic():
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
                    [src["kind"], src["key"], d],
                )
                run("delete from entities where id = ?", [s])
        except sqlite3.Error as e:
            raise StoreError(f"cannot write to the database: {e}") from e
        return MergeResult(
            dst["kind"], src["name"], dst["name"], mentions.rowcount, followups.rowcount, n_links
        )

    def topic_list(self, since: dt.date | None = None, until: dt.date | None = None) -> list[Topic]:
        """Topics of the memos in a period, ranked by TF-IDF against the whole database."""
        where, params = self._range(since, until)
        rows = list(
            self.db.query(
                f"""
                select t.memo_id, t.phrase, ({where}) as in_range
                from topics t join memos mo on mo.id = t.memo_id order by t.memo_id, t.rowid
                """,
                params,
            )
        )
        n_docs = self.db.execute("select count(*) from memos where status = 'done'").fetchone()[0]
        df: dict[str, int] = {}
        memo_phrases: dict[int, list[str]] = {}
        for r in rows:
            df[r["phrase"]] = df.get(r["phrase"], 0) + 1
            if r["in_range"]:
                memo_phrases.setdefault(r["memo_id"], []).append(r["phrase"])
        return [Topic(p, s, ids) for p, s, ids in rank_period(memo_phrases, df, n_docs)]

    def key_phrases(self, memo_id: int) -> list[str]:
        """One memo's key phrases (TF-IDF against the whole database)."""
        n_docs = self.db.execute("select count(*) from memos where status = 'done'").fetchone()[0]
        mine = [
            r["phrase"]
            for r in self.db.query(
                "select phrase from topics where memo_id = ? order by rowid", [memo_id]
            )
        ]
        df = {
            r["phrase"]: r["n"]
            for r in self.db.query(
                "select phrase, count(*) as n from topics where phrase in "
                f"({', '.join('?' for _ in mine)}) group by phrase",
                mine,
            )
        }
        return rank_memo(mine, df, n_docs)

    def memo_refs(
        self, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[MemoRef]:
        """The memos recorded in a period, oldest first."""
        where, params = self._range(since, until)
        return [
            MemoRef(r["id"], r["recorded_at"], r["filename"])
            for r in self.db.query(
                f"select mo.id, mo.recorded_at, mo.filename from memos mo where {where} "
                "and mo.status = 'done' order by mo.recorded_at, mo.id",
                params,
            )
        ]


def _memo_summary(r: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "path", "filename", "recorded_at", "status", "duration_s", "model", "error")
    out = {k: r[k] for k in keys}
    out["words"] = len((r["text"] or "").split())
    return out


def _unique(values: Iterable[str | None]) -> list[str]:
    """Distinct non-empty values, first occurrence first."""
    return [v for v in dict.fromkeys(values) if v]


def _ids(joined: str | None) -> list[int]:
    """Sorted ids from a `group_concat`."""
    return sorted(int(i) for i in joined.split(",")) if joined else []
