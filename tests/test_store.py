"""Store: one transaction per memo, dedupe by sha256, FTS kept in sync by triggers."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import sqlite_utils

from pipeline.errors import NotFound, StoreError
from pipeline.records import AudioInfo, Extraction, FollowUp, Memo, Mention, Segment, Transcript
from pipeline.store import Store


def make_memo(sha: str = "a" * 64, text: str = "We talked about the referral scheme.") -> Memo:
    audio = AudioInfo(
        path="/tmp/20261125_101500.m4a",
        sha256=sha,
        size_bytes=1000,
        duration_s=12.5,
        recorded_at=dt.datetime(2026, 11, 25, 10, 15),
        recorded_at_source="filename",
    )
    segments = (
        Segment(0, 0.0, 4.0, "Met Kevin Brooks at the Post Office."),
        Segment(1, 4.0, 9.0, text),
    )
    transcript = Transcript(segments, "en", 0.99, 12.5, "tiny.en")
    extraction = Extraction(
        mentions=(
            Mention("person", "Kevin Brooks", "kevin brooks", "Kevin Brooks", 0, 0.0),
            Mention("org", "Post Office", "post office", "the Post Office", 0, 0.0),
        ),
        followups=(
            FollowUp("Email Kevin on Monday.", dt.date(2026, 11, 30), "Kevin Brooks", 1, 4.0),
        ),
    )
    return Memo(audio, "done", transcript, extraction)


def test_save_and_read_back() -> None:
    store = Store.open(":memory:")
    memo_id = store.save(make_memo())
    got = store.get_memo(memo_id)
    assert got["status"] == "done"
    assert got["recorded_at"] == "2026-11-25T10:15:00"
    assert got["segments"][0]["text"].startswith("Met Kevin")
    assert {e["name"] for e in got["entities"]} == {"Kevin Brooks", "Post Office"}
    assert got["followups"][0]["due"] == "2026-11-30"
    assert got["followups"][0]["person"] == "Kevin Brooks"


def test_same_bytes_are_one_memo() -> None:
    store = Store.open(":memory:")
    first = store.save(make_memo())
    again = store.save(make_memo(text="different text, same bytes"))
    assert first == again
    assert store.db["memos"].count == 1
    assert store.db["segments"].count == 2


def test_replace_rebuilds_derived_rows() -> None:
    store = Store.open(":memory:")
    memo_id = store.save(make_memo())
    store.save(make_memo(text="Now about the pilot."), replace=True)
    texts = [s["text"] for s in store.get_memo(memo_id)["segments"]]
    assert texts[1] == "Now about the pilot."
    assert store.db["mentions"].count == 2  # not doubled
    assert store.db["followups"].count == 1


def test_fts_follows_the_tables(tmp_path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    store.save(make_memo())
    store.close()
    # Another tool (sqlite-utils, Datasette) sees the FTS configuration and can search.
    db = sqlite_utils.Database(path)
    assert db["segments"].detect_fts() == "segments_fts"
    rows = list(db["segments"].search("referrals"))  # porter stemming
    assert len(rows) == 1


def test_failed_save_leaves_nothing_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(":memory:")

    def boom(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_save_extraction", boom)
    with pytest.raises(StoreError):
        store.save(make_memo())
    assert store.db["memos"].count == 0
    assert store.db["segments"].count == 0


def test_unknown_memo_is_a_clear_error() -> None:
    with pytest.raises(NotFound, match="no memo with id 42"):
        Store.open(":memory:").get_memo(42)


def test_unwritable_location_is_a_store_error(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(blocker / "sub" / "memo.db")


def test_migrations_are_idempotent(tmp_path) -> None:
    path = tmp_path / "m.db"
    Store.open(path).close()
    store = Store.open(path)
    names = [r["name"] for r in store.db["_sqlite_migrations"].rows]
    assert len(names) == len(set(names))
    assert names[0] == "m001_initial"
