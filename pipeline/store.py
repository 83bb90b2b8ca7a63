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
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import migrations
from .errors import NotFound, StoreError
from .records import Extraction, Memo, Segment, name_key


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
        for table in ("followups", "mentions", "segments"):
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


def _memo_summary(r: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "path", "filename", "recorded_at", "status", "duration_s", "model", "error")
    out = {k: r[k] for k in keys}
    out["words"] = len((r["text"] or "").split())
    return out
