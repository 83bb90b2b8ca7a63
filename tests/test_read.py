"""The read layer and the name resolver: typed results, paging, focus, overdue, retry
selection, names with aliases and titles, and read commands that stay light.

Memos are saved straight through `Store` (no models), so these run in the fast suite.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import names
from pipeline.cli import cli
from pipeline.errors import NotFound, QueryError, StoreError
from pipeline.read import Reader, connect, focus_index
from pipeline.records import (
    AudioInfo,
    Extraction,
    FollowUp,
    Link,
    Memo,
    Mention,
    Segment,
    Transcript,
)
from pipeline.store import Store

ROOT = Path(__file__).resolve().parent.parent


def make_memo(
    n: int,
    when: dt.datetime,
    texts: list[str],
    *,
    people: tuple[str, ...] = (),
    orgs: tuple[str, ...] = (),
    followups: tuple[FollowUp, ...] = (),
    links: tuple[Link, ...] = (),
    path: str | None = None,
    status: str = "done",
) -> Memo:
    segments = tuple(Segment(i, i * 5.0, i * 5.0 + 5.0, t) for i, t in enumerate(texts))
    audio = AudioInfo(
        path or f"/memos/{when:%Y%m%d_%H%M%S}.m4a",
        f"{n:064x}",
        10,
        5.0 * len(texts),
        when,
        "filename",
    )
    mentions = tuple(
        Mention(kind, name, names.name_key(name), name, 0, 0.0)
        for kind, group in (("person", people), ("org", orgs))
        for name in group
    )
    if status == "failed":
        return Memo(audio, "failed", error="permission denied")
    return Memo(
        audio,
        status,
        Transcript(segments, "en", 1.0, audio.duration_s, "test"),
        Extraction(mentions=mentions, followups=followups, links=links),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "memo.db"
    store = Store.open(path)
    store.save(
        make_memo(
            1,
            dt.datetime(2026, 11, 16, 9, 30),
            ["Met Kev Brooks at the Post Office about the pilot.", "Email him the slides."],
            people=("Kev Brooks",),
            orgs=("PO",),
            followups=(
                FollowUp("Email him the slides.", dt.date(2026, 11, 20), "Kev Brooks", 1, 5.0),
            ),
            links=(Link("Kev Brooks", "PO", "manager"),),
        )
    )
    store.save(
        make_memo(
            2,
            dt.datetime(2026, 11, 18, 12, 0),
            ["Kevin Brooks says the pilot is approved.", "Call Helen next month."],
            people=("Kevin Brooks", "Helen Marsh"),
            orgs=("Post Office",),
            followups=(
                FollowUp("Call Helen next month.", dt.date(2099, 1, 1), "Helen Marsh", 1, 5.0),
            ),
        )
    )
    store.save(make_memo(3, dt.datetime(2026, 11, 20, 8, 0), ["Nothing much about anyone."]))
    store.close()
    return path


def memo(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


# -- the name resolver --------------------------------------------------------------------


def test_every_name_taking_command_accepts_an_alias(db: Path) -> None:
    assert memo(db, "merge", "Kev Brooks", "Kevin Brooks")[0] == 0
    assert memo(db, "merge", "PO", "Post Office")[0] == 0
    for name in ("Kev Brooks", "kev brooks", "Mr Kev Brooks", "Kev Brooks's"):
        code, out, err = memo(db, "person", name, "--json")
        assert code == 0, err
        assert json.loads(out)["name"] == "Kevin Brooks"
        code, out, err = memo(db, "search", "pilot", "--person", name, "--json")
        assert code == 0, err  # the bug: "no person called 'Kev Brooks'"
        assert {h["memo_id"] for h in json.loads(out)} == {1, 2}
        code, out, err = memo(db, "list", "--person", name, "--json")
        assert code == 0, err
        assert [m["id"] for m in json.loads(out)] == [2, 1]
    for org in ("PO", "the PO", "po"):
        code, out, err = memo(db, "people", "--org", org, "--json")
        assert code == 0, err
        assert [p["name"] for p in json.loads(out)] == ["Kevin Brooks"]
        code, out, err = memo(db, "search", "pilot", "--org", org, "--json")
        assert code == 0, err
        assert {h["memo_id"] for h in json.loads(out)} == {1, 2}
        assert [m["id"] for m in json.loads(memo(db, "list", "--org", org, "--json")[1])] == [2, 1]
        assert json.loads(memo(db, "person", org, "--json")[1])["name"] == "Post Office"
    # merge itself takes an alias on either side
    code, _, err = memo(db, "merge", "Kev Brooks", "Kevin Brooks")
    assert code == 1 and "already the same person" in err


def test_resolve_titles_parts_ambiguity_and_unknown(db: Path) -> None:
    conn = connect(db)
    assert names.resolve(conn, "Dr. Helen Marsh").name == "Helen Marsh"
    assert names.resolve(conn, "marsh").name == "Helen Marsh"
    with pytest.raises(QueryError, match="could be any of: Kev Brooks, Kevin Brooks"):
        names.resolve(conn, "Brooks")
    with pytest.raises(NotFound, match="no person called 'Nobody'"):
        names.resolve(conn, "Nobody")
    with pytest.raises(QueryError, match="give a name"):
        names.resolve(conn, "  ")
    assert names.resolve(conn, "Post Office", ("person", "org")).kind == "org"
    conn.close()
    with Reader.open(db) as r:
        helen = r.entity("Helen Marsh")
        assert r.entity_by_id(helen.id) == helen
        assert [f.text for f in helen.followups] == ["Call Helen next month."]
        with pytest.raises(NotFound):
            r.entity_by_id(999)


def test_name_helpers() -> None:
    assert names.split_title("Dr. Helen Marsh") == ("Dr", "Helen Marsh")
    assert names.split_title("Drew Barry") == (None, "Drew Barry")
    assert names.lookup_key("the NHS") == "nhs"
    assert names.lookup_key("Dr. Helen Marsh's") == "helen marsh"
    assert names.name_key("KEVIN  Brooks's") == "kevin brooks"
    assert names.is_variant("kevin", "kevin brooks") and not names.is_variant("kev", "kevin")
    assert names.fold("Zoë") == "Zoe"


# -- the reader ---------------------------------------------------------------------------


def test_memo_list_rows_filters_and_keyset_pages(db: Path) -> None:
    with Reader.open(db) as r:
        rows = r.memos()
        assert [m.id for m in rows] == [3, 2, 1]
        assert rows[1].people == ("Helen Marsh", "Kevin Brooks")  # first mention, then name
        assert rows[1].orgs == ("Post Office",)
        assert rows[1].preview.startswith("Kevin Brooks says the pilot is approved.")
        assert rows[1].words == 11
        first = r.memos(limit=2)
        assert [m.id for m in first] == [3, 2]
        assert [m.id for m in r.memos(limit=2, after=first[-1].cursor)] == [1]
        assert [
            m.id for m in r.memos(since=dt.date(2026, 11, 17), until=dt.date(2026, 11, 18))
        ] == [2]
        assert r.memos(status="failed") == []
    code, out, _ = memo(db, "list", "--since", "2026-11-18", "--limit", "1", "--json")
    assert code == 0 and [m["id"] for m in json.loads(out)] == [3]


def test_memo_detail_and_show_focus(db: Path) -> None:
    with Reader.open(db) as r:
        d = r.memo(2, at=7.0)
    assert (d.focus, d.at_idx, d.window(around=0)) == (1, 1, (1, 2))
    assert d.names("person") == ["Helen Marsh", "Kevin Brooks"]
    assert "at_s" in d.to_dict()
    with Reader.open(db) as r:
        assert "at_s" not in r.memo(2).to_dict()
        with pytest.raises(NotFound, match="no memo with id 9"):
            r.memo(9)
    assert focus_index((), 3.0) is None


def test_followups_overdue_against_today(db: Path) -> None:
    with Reader.open(db) as r:
        found = r.followups(today=dt.date(2026, 11, 25))
        assert [(f.due, f.overdue) for f in found] == [("2026-11-20", True), ("2099-01-01", False)]
        assert not any(f.overdue for f in r.followups(today=dt.date(2026, 11, 19)))
    code, out, _ = memo(db, "followups")
    assert code == 0 and "(overdue)" in out.splitlines()[0]


def test_retry_plan(db: Path, tmp_path: Path) -> None:
    here = tmp_path / "here.wav"
    here.write_bytes(b"x")
    store = Store.open(db)
    store.save(make_memo(4, dt.datetime(2026, 11, 21), [], path=str(here), status="failed"))
    store.save(
        make_memo(
            5, dt.datetime(2026, 11, 22), [], path=str(tmp_path / "gone.wav"), status="failed"
        )
    )
    plan = store.reader.retry_plan()
    assert ([m.id for m in plan.todo], [m.id for m in plan.gone], plan.skipped) == ([4], [5], ())
    plan = store.reader.retry_plan([1, 4, 99])
    assert [m.id for m in plan.todo] == [4]
    assert plan.skipped == ((1, "it is done, not failed"), (99, "no such memo"))
    store.close()


def test_connect_refuses_missing_and_foreign_databases_and_migrates_old_ones(
    tmp_path: Path,
) -> None:
    with pytest.raises(StoreError, match="no database at"):
        connect(tmp_path / "none.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.close()
    with pytest.raises(StoreError, match="not a memo database"):
        connect(other)
    created = tmp_path / "new.db"
    connect(created, create=True).close()
    old = sqlite3.connect(created)
    old.execute("delete from _sqlite_migrations where name = 'm002_search'")
    old.commit()
    old.close()
    conn = connect(created)  # an older database is brought up to date first
    assert conn.execute("select count(*) from _sqlite_migrations").fetchone()[0] >= 3
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("insert into vocabulary (text) values ('x')")  # read-only
    conn.close()


# -- startup --------------------------------------------------------------------------------

HEAVY = ("faster_whisper", "ctranslate2", "spacy", "numpy", "sqlite_utils", "torch")


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("list",),
        ("show", "1"),
        ("search", "pilot"),
        ("people",),
        ("person", "Kevin Brooks"),
        ("orgs",),
        ("followups",),
        ("followups", "--ics", "-"),
        ("events", "--json"),
        ("digest",),
        ("topics",),
        ("vocab", "list"),
        ("search", "pilot", "--person", "Kevin", "--json"),
    ],
)
def test_read_commands_import_nothing_heavy(db: Path, args: tuple[str, ...]) -> None:
    script = f"""
import atexit, json, runpy, sys
atexit.register(lambda: print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules))))
sys.argv = ["memo", "--db", {str(db)!r}, *{list(args)!r}]
runpy.run_module("pipeline", run_name="__main__")
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_results_are_frozen_dataclasses_compared_by_value() -> None:
    import dataclasses

    from pipeline.read import MemoRef, Snippet

    s = Snippet(1.0, "Met Kevin.")
    assert dataclasses.is_dataclass(s) and s == Snippet(1.0, "Met Kevin.") != Snippet(2.0, "x")
    assert hash(s) == hash(Snippet(1.0, "Met Kevin.")) and repr(s).startswith("Snippet(start_s=1.0")
    for change in (lambda: setattr(s, "text", "x"), lambda: setattr(s, "new", 1)):
        with pytest.raises(dataclasses.FrozenInstanceError):
            change()
    with pytest.raises(dataclasses.FrozenInstanceError):
        del s.text
    assert dataclasses.replace(s, text="y").text == "y"
    ref = MemoRef(1, "2026-11-16T09:30:00", "a.m4a", [s])
    assert ref.to_dict()["snippets"] == [{"start_s": 1.0, "text": "Met Kevin."}]


def test_people_and_orgs_aggregates_agree_with_a_plain_count_and_without_m007(db: Path) -> None:
    """The aggregates read off covering indexes (m007_read_indexes) count what a plain join
    over every mention counts, in a period and overall, and still do where the index is gone."""

    def plain(conn: sqlite3.Connection, kind: str, since: str, until: str) -> list[tuple]:
        return [
            tuple(r)
            for r in conn.execute(
                "select e.id, count(distinct m.memo_id), min(mo.recorded_at), "
                "max(mo.recorded_at) from entities e join mentions m on m.entity_id = e.id "
                "join memos mo on mo.id = m.memo_id where e.kind = ? and mo.recorded_at >= ? "
                "and mo.recorded_at < ? group by e.id order by e.name collate nocase",
                [kind, since, until],
            )
        ]

    periods = [
        (None, None, "0", "9"),
        (dt.date(2026, 11, 17), dt.date(2026, 11, 20), "2026-11-17", "2026-11-21"),
    ]
    for drop in (False, True):
        if drop:
            with sqlite3.connect(db) as conn:
                conn.execute("drop index idx_memos_id_recorded_at")
        with Reader.open(db) as reader:
            for since, until, lo, hi in periods:
                for kind, found in (
                    ("person", reader.people(since=since, until=until)),
                    ("org", reader.orgs(since=since, until=until)),
                ):
                    got = [(x.id, x.memos, x.first_seen, x.last_seen) for x in found]
                    assert got == plain(reader.conn, kind, lo, hi), (kind, since, drop)
                    assert all(len(x.memo_ids) == x.memos for x in found)
            assert [p.name for p in reader.people(since=periods[1][0], until=periods[1][1])]


def test_entity_detail_with_snippets_for_the_newest_memos_only(db: Path) -> None:
    """A page asks for snippets of the memos it shows; every memo is still listed."""
    store = Store.open(db)
    store.save(
        make_memo(
            4, dt.datetime(2026, 11, 21, 8, 0), ["Helen Marsh rang back."], people=("Helen Marsh",)
        )
    )
    store.close()
    with Reader.open(db) as reader:
        helen = reader.resolve("Helen Marsh").id
        full = reader.entity_by_id(helen)
        some = reader.entity_by_id(helen, snippets=1)
        none = reader.entity_by_id(helen, snippets=0)
    assert len(full.memos) == 2 and all(m.snippets for m in full.memos)
    assert [m.memo_id for m in some.memos] == [m.memo_id for m in full.memos]
    assert some.memos[-1] == full.memos[-1] and not some.memos[0].snippets
    assert not any(m.snippets for m in none.memos)
    assert (some.first_seen, some.last_seen, some.followups) == (
        full.first_seen,
        full.last_seen,
        full.followups,
    )


def test_a_long_lived_reader_sees_people_added_since_it_last_read(db: Path) -> None:
    """`memo serve` keeps its reader: aggregates it keeps must follow writes made since, by
    another connection or by its own (the write side's `Store.reader`)."""
    with Reader.open(db) as reader:
        before = {p.name: p.memos for p in reader.people()}
        assert "Ann Lee" not in before and reader.people() == reader.people()
        store = Store.open(db)
        own = store.reader
        assert {p.name: p.memos for p in own.people()} == before
        store.save(make_memo(5, dt.datetime(2026, 11, 22, 8, 0), ["Ann Lee."], people=("Ann Lee",)))
        assert {p.name: p.memos for p in own.people()} == {**before, "Ann Lee": 1}
        store.close()
        assert {p.name: p.memos for p in reader.people()} == {**before, "Ann Lee": 1}
