"""Search: safe parsing of anything a user types, ranking, neighbours, filters, snippets."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import MemoError, QueryError, StoreError
from pipeline.names import variant_ids as entity_ids
from pipeline.records import AudioInfo, Extraction, Memo, Mention, Segment, Transcript
from pipeline.search import (
    MAX_TERMS,
    Query,
    Term,
    connect,
    parse_query,
    search,
)
from pipeline.store import Store, open_db

ROOT = Path(__file__).resolve().parent.parent


def make_memo(
    sha: str,
    recorded: dt.datetime,
    texts: list[str],
    people: tuple[tuple[str, int], ...] = (),
    orgs: tuple[tuple[str, int], ...] = (),
) -> Memo:
    segments = tuple(Segment(i, i * 5.0, i * 5.0 + 5.0, t) for i, t in enumerate(texts))
    audio = AudioInfo(
        path=f"/memos/{recorded:%Y%m%d_%H%M%S}.m4a",
        sha256=sha * 64,
        size_bytes=1000,
        duration_s=len(texts) * 5.0,
        recorded_at=recorded,
        recorded_at_source="filename",
    )
    mentions = tuple(
        Mention(kind, name, name.lower(), name, idx, idx * 5.0)
        for kind, names in (("person", people), ("org", orgs))
        for name, idx in names
    )
    return Memo(
        audio,
        "done",
        Transcript(segments, "en", 1.0, audio.duration_s, "test"),
        Extraction(mentions=mentions),
    )


MEMOS = {
    "kevin": make_memo(
        "a",
        dt.datetime(2026, 11, 20, 9, 0),
        [
            "Met Kevin Brooks at the Post Office this morning.",
            "We talked about the referral scheme for new clients.",
            "Then I had lunch in the park.",
            "The weather was grey and cold.",
            "Kevin will send the referrals by Friday.",
        ],
        people=(("Kevin Brooks", 0), ("Kevin", 4)),
        orgs=(("Post Office", 0),),
    ),
    "zoe": make_memo(
        "b",
        dt.datetime(2026, 11, 24, 18, 30),
        [
            "Call Zoë about the pilot project.",
            "The budget for the pilot needs approval.",
            "Remember to buy milk.",
        ],
        people=(("Zoë", 0),),
    ),
    "far": make_memo(
        "c",
        dt.datetime(2026, 10, 2, 12, 0),
        [
            "The pilot went well.",
            "Groceries and errands.",
            "More errands and laundry.",
            "The dentist appointment is booked.",
            "We still have no budget.",
        ],
    ),
    "old_same": make_memo("d", dt.datetime(2025, 1, 1, 8, 0), ["An invoice for the garden fence."]),
    "new_same": make_memo("e", dt.datetime(2026, 1, 1, 8, 0), ["An invoice for the garden fence."]),
}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "memo.db"
    store = Store.open(path)
    for memo in MEMOS.values():
        store.save(memo)
    store.close()
    return path


@pytest.fixture
def db(db_path: Path):
    conn = connect(db_path)
    yield conn
    conn.close()


def memo_id(db, key: str) -> int:
    path = MEMOS[key].audio.path
    return db.execute("select id from memos where path = ?", [path]).fetchone()[0]


def ids(hits) -> list[int]:
    return [h.memo_id for h in hits]


# -- parsing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "groups", "excluded"),
    [
        ("referral", [["referral"]], []),
        ("Kevin referral", [["Kevin"], ["referral"]], []),
        ('"referral scheme" kevin', [["referral scheme"], ["kevin"]], []),
        ("“referral scheme”", [["referral scheme"]], []),
        ("kevin OR zoe pilot", [["kevin", "zoe"], ["pilot"]], []),
        ("pilot -budget", [["pilot"]], ["budget"]),
        ("pilot NOT budget", [["pilot"]], ["budget"]),
        ('pilot -"new budget"', [["pilot"]], ["new budget"]),
        ("pilot AND budget", [["pilot"], ["budget"]], []),
        ("NEAR(pilot budget)", [["pilot"], ["budget"]], []),
        ('"unbalanced quote', [["unbalanced"], ["quote"]], []),
        ("OR pilot OR", [["pilot"]], []),
        ("pilot pilot", [["pilot"]], []),
        ("col:umn ^start", [["col:umn"], ["^start"]], []),
        ("🎉 party * : ^", [["party"]], []),
    ],
)
def test_parse_query(text: str, groups: list[list[str]], excluded: list[str]) -> None:
    q = parse_query(text)
    assert [[t.text for t in g] for g in q.groups] == groups
    assert [t.text for t in q.excluded] == excluded


def test_parse_prefix_and_phrase_prefix() -> None:
    q = parse_query('refer* "pilot pro"*')
    assert q.groups == ((Term("refer", True),), (Term("pilot pro", True),))


def test_terms_are_always_quoted_for_fts() -> None:
    q = Query(((Term('say "hi"'),), (Term("refer", True),)), (Term("NOT"),))
    assert q.memo_expr() == 'text : ((NEAR("say ""hi""" "refer"*, 100)) NOT "NOT")'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty search"),
        ("   ", "empty search"),
        ("-budget", "only excludes"),
        ("NOT budget -pilot", "only excludes"),
        ("( ) : ^ * \" ' 🎉", "nothing to look for"),
        ("AND OR NOT NEAR", "nothing to look for"),
        ("p*", "too short"),
    ],
)
def test_nothing_to_search_is_a_query_error(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(text)


def test_long_query_is_capped_not_failed() -> None:
    q = parse_query(" ".join(f"word{i}" for i in range(5000)))
    assert len(q.groups) == MAX_TERMS


# -- matching ----------------------------------------------------------------------------


def test_stemming_finds_other_forms(db) -> None:
    hits = search(db, "referrals")
    assert {h.segment_idx for h in hits} == {1, 4}
    assert ids(hits) == [memo_id(db, "kevin")] * 2


def test_case_and_accents_are_ignored(db) -> None:
    for q in ("ZOE", "zoë", "Zoe"):
        assert ids(search(db, q)) == [memo_id(db, "zoe")]


def test_phrase_needs_the_words_in_order(db) -> None:
    hits = search(db, '"referral scheme"')
    assert [(h.memo_id, h.segment_idx) for h in hits] == [(memo_id(db, "kevin"), 1)]
    assert search(db, '"scheme referral"') == []


def test_prefix(db) -> None:
    hits = search(db, "refer*")
    assert {h.segment_idx for h in hits} == {1, 4}
    assert search(db, "refx*") == []


def test_exclusion_removes_memos(db) -> None:
    assert set(ids(search(db, "pilot"))) == {memo_id(db, "zoe"), memo_id(db, "far")}
    assert ids(search(db, "pilot -zoe")) == [memo_id(db, "far")]
    assert ids(search(db, 'pilot -"no budget"')) == [memo_id(db, "zoe")]


def test_or(db) -> None:
    hits = search(db, "zoe OR dentist")
    assert set(ids(hits)) == {memo_id(db, "zoe"), memo_id(db, "far")}


def test_words_in_neighbouring_segments_match_and_the_hit_starts_early(db) -> None:
    (hit,) = search(db, "brooks referral")
    assert hit.memo_id == memo_id(db, "kevin")
    assert (hit.start_s, hit.end_s) == (0.0, 10.0)
    assert "Brooks" in hit.text and "referral" in hit.text


def test_words_far_apart_in_a_memo_do_not_match(db) -> None:
    # "pilot" and "budget" are 4 segments apart in the "far" memo, adjacent in "zoe".
    assert ids(search(db, "pilot budget")) == [memo_id(db, "zoe")]
    assert search(db, "dentist pilot") == []


def test_nothing_found_is_an_empty_list(db) -> None:
    assert search(db, "xylophone") == []


# -- ranking and grouping ------------------------------------------------------------------


def test_more_matches_rank_first(db) -> None:
    # "pilot" twice in the zoe memo, once in the far memo
    assert ids(search(db, "pilot", memos=True)) == [memo_id(db, "zoe"), memo_id(db, "far")]


def test_recency_breaks_ties(db) -> None:
    hits = search(db, "invoice")
    assert ids(hits) == [memo_id(db, "new_same"), memo_id(db, "old_same")]
    assert hits[0].score == hits[1].score


def test_older_windows_follow_the_newest(db, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.search

    everything = search(db, "the", limit=100)
    monkeypatch.setattr(pipeline.search, "RANK_WINDOW", 1)
    windowed = search(db, "the", limit=100)
    assert sorted((h.memo_id, h.segment_idx) for h in windowed) == sorted(
        (h.memo_id, h.segment_idx) for h in everything
    )
    # one memo per window, so memos come newest added first
    assert ids(windowed) == sorted(ids(windowed), reverse=True)


def test_hits_are_grouped_per_memo_best_segment_first(db) -> None:
    hits = search(db, "kevin OR pilot")
    seen: list[int] = []
    for h in hits:
        if not seen or seen[-1] != h.memo_id:
            assert h.memo_id not in seen, "hits of one memo must be together"
            seen.append(h.memo_id)
    assert search(db, "budget pilot")[0].segment_idx == 1  # holds both words itself


def test_memos_gives_one_row_per_memo_and_limit_caps(db) -> None:
    assert len(search(db, "kevin")) == 2
    assert len(search(db, "kevin", memos=True)) == 1
    assert len(search(db, "kevin", limit=1)) == 1
    with pytest.raises(QueryError):
        search(db, "kevin", limit=0)


# -- filters -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Kevin", "kevin brooks", "Brooks", "Kevin's", "KEVIN  BROOKS"])
def test_person_filter_matches_name_variants(db, name: str) -> None:
    assert set(ids(search(db, "the", person=name))) == {memo_id(db, "kevin")}


def test_person_variants_both_ways(db) -> None:
    everyone = {r[0] for r in db.execute("select id from entities where kind = 'person'")}
    kevins = set(entity_ids(db, "person", "Kevin Brooks"))
    # "Kevin" said alone in the memo that names Kevin Brooks is one person with him.
    assert len(kevins) == 1 and kevins < everyone
    assert set(entity_ids(db, "person", "Kevin")) == kevins
    assert entity_ids(db, "person", "zoe") == entity_ids(db, "person", "Zoë")  # accents folded


def test_org_filter_and_unknown_names(db) -> None:
    assert ids(search(db, "kevin", org="post office", memos=True)) == [memo_id(db, "kevin")]
    with pytest.raises(QueryError, match="no person called 'Nobody'"):
        search(db, "pilot", person="Nobody")
    with pytest.raises(QueryError, match="needs a name"):
        search(db, "pilot", person="!!")
    assert search(db, "pilot", org="post office") == []


def test_date_filters_are_inclusive_days(db) -> None:
    assert ids(search(db, "pilot", since=dt.date(2026, 11, 24))) == [memo_id(db, "zoe")]
    assert ids(search(db, "pilot", until=dt.date(2026, 10, 2))) == [memo_id(db, "far")]
    assert search(db, "pilot", since=dt.date(2026, 11, 25)) == []
    with pytest.raises(QueryError, match="after"):
        search(db, "pilot", since=dt.date(2026, 11, 2), until=dt.date(2026, 11, 1))


# -- results -------------------------------------------------------------------------------


def test_hit_fields_and_snippet_markers(db) -> None:
    (hit,) = search(db, '"referral scheme"')
    assert hit.path == MEMOS["kevin"].audio.path
    assert hit.filename == "20261120_090000.m4a"
    assert hit.recorded_at == "2026-11-20T09:00:00"
    assert (hit.start_s, hit.end_s) == (5.0, 10.0)
    assert hit.text == "We talked about the referral scheme for new clients."
    assert hit.snippet == "We talked about the [referral scheme] for new clients."
    assert hit.score > 0
    (bold,) = search(db, '"referral scheme"', highlight=("<b>", "</b>"))
    assert "<b>referral scheme</b>" in bold.snippet


def test_sqlite_utils_and_datasette_style_search_works(db_path: Path) -> None:
    rows = list(sqlite_utils.Database(db_path)["segments"].search("referral"))
    assert {r["text"] for r in rows} == {
        "We talked about the referral scheme for new clients.",
        "Kevin will send the referrals by Friday.",
    }
    assert list(sqlite_utils.Database(db_path)["memos"].search("zoe"))


def test_works_on_a_sqlite_utils_database_too() -> None:
    db = open_db(":memory:")
    Store(db).save(MEMOS["zoe"])
    # "pilot" is in segments 0 and 1: touching moments are one hit
    assert [h.segment_idx for h in search(db, "pilot")] == [0]
    # m002_search: the memos that mention an entity come from an index alone
    assert ["entity_id", "memo_id"] in [i.columns for i in db["mentions"].indexes]


def test_connect_reports_a_missing_or_foreign_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        connect(tmp_path / "none.db")
    other = tmp_path / "other.db"
    sqlite_utils.Database(other)["t"].insert({"a": 1})
    with pytest.raises(StoreError, match="not a memo database"):
        connect(other)


# -- anything a user can type ----------------------------------------------------------------

NASTY = [
    '"',
    '"""',
    'kevin "referral',
    "(kevin",
    "kevin)",
    "((()))",
    "col:kevin",
    "text:kevin",
    "^kevin",
    "NEAR",
    "NEAR(kevin referral, 2)",
    "kevin NEAR/3 referral",
    "AND",
    "OR",
    "NOT",
    "kevin AND",
    "OR kevin",
    "kevin NOT",
    "*",
    "**",
    "kevin*",
    "-",
    "--kevin",
    "- kevin",
    "+kevin",
    "🎉",
    "kevin 🎉",
    "\x00kevin\x00",
    "kevin\ud800",
    "' OR 1=1 --",
    "'; drop table memos; --",
    "x" * 10_000,
    "kevin " * 2_000,
    "a-b-c-d-e-f" * 500,
    "{text}: kevin",
    "memos_fts:kevin",
    "kevin\treferral\nzoe",
    "日本語",
    "Zoë's",
]


@pytest.mark.parametrize("text", NASTY)
def test_any_text_is_safe(db, text: str) -> None:
    try:
        hits = search(db, text)
    except QueryError as e:
        assert "\n" not in str(e) and "fts5" not in str(e).lower()
    else:
        assert isinstance(hits, list)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(codec=None), max_size=12),
            st.sampled_from(['"', "*", "-", "+", "(", ")", ":", "^", "OR", "AND", "NOT", "NEAR"]),
            st.sampled_from(["kevin", "pilot", "referral*", '"the pilot"', "-budget"]),
        ),
        max_size=12,
    ).map(" ".join)
)
def test_property_search_returns_or_raises_our_error(db, text: str) -> None:
    try:
        hits = search(db, text)
    except MemoError as e:
        assert isinstance(e, QueryError)
    else:
        assert all(h.memo_id for h in hits)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=30))
def test_property_any_person_name_is_safe(db, name: str) -> None:
    with contextlib.suppress(QueryError):
        search(db, "the", person=name)


# -- start-up cost -----------------------------------------------------------------------------


def test_search_command_does_not_load_models(db_path: Path) -> None:
    script = f"""
import atexit, runpy, sys
heavy = ("faster_whisper", "ctranslate2", "spacy", "torch")
atexit.register(lambda: print(json.dumps(sorted(m for m in heavy if m in sys.modules))))
import json
sys.argv = ["memo", "--db", {str(db_path)!r}, "search", "referral", "--json"]
runpy.run_module("pipeline", run_name="__main__")
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert out.returncode == 0, out.stderr
    *hits, loaded = out.stdout.strip().splitlines()
    assert json.loads(loaded) == []
    assert json.loads("\n".join(hits))[0]["memo_id"]


# -- the commands ------------------------------------------------------------------------------


def run_cli(db_path: Path, *args: str):
    from click.testing import CliRunner

    from pipeline.cli import cli

    return CliRunner().invoke(cli, ["--db", str(db_path), *args])


def test_search_command_json_is_only_json(db_path: Path) -> None:
    result = run_cli(db_path, "search", "pilot", "-zoe", "--json")  # -word unquoted works
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert [(h["memo_id"], h["segment_idx"]) for h in hits] == [(3, 0)]
    assert set(hits[0]) >= {
        "memo_id",
        "path",
        "recorded_at",
        "start_s",
        "end_s",
        "text",
        "snippet",
        "score",
    }
    assert hits[0]["snippet"] == "The [pilot] went well."


def test_search_command_lines_and_filters(db_path: Path) -> None:
    result = run_cli(
        db_path, "search", "pilot", "--person", "zoe", "--since", "2026-11", "--until", "2026-11"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "#2     2026-11-24 18:30  20261124_183000.m4a  [00:00]  Call Zoë about the [pilot] project."
    ]
    assert run_cli(db_path, "search", "xylophone").stderr.strip() == "no matches"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "-budget"], "only excludes"),
        (["search", "pilot", "--since", "blah"], "cannot read date 'blah'"),
        (["search", "pilot", "--person", "Nobody"], "no person called"),
        (["search", "pilot", "--limt", "3"], "No such option"),
        (["show", "1", "--at", "soon"], "not a time"),
    ],
)
def test_command_errors_are_one_line(db_path: Path, args: list[str], message: str) -> None:
    result = run_cli(db_path, *args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_show_at_centres_on_the_moment(db_path: Path) -> None:
    result = run_cli(db_path, "show", "1", "--at", "0:21")
    assert result.exit_code == 0, result.output
    assert ">[00:20] Kevin will send the referrals by Friday." in result.output.splitlines()
    data = json.loads(run_cli(db_path, "show", "1", "--at", "21", "--json").stdout)
    assert (data["at_s"], data["at_idx"]) == (21.0, 4)


def test_play_uses_a_player_or_prints_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    audio = tmp_path / "20261120_090000.m4a"
    audio.write_bytes(b"not really audio")
    memo = MEMOS["kevin"]
    memo = Memo(
        AudioInfo(str(audio), "f" * 64, 16, 25.0, memo.audio.recorded_at, "filename"),
        "done",
        memo.transcript,
    )
    db = tmp_path / "play.db"
    Store.open(db).save(memo)

    monkeypatch.setattr("shutil.which", lambda name: None)
    result = run_cli(db, "play", "1", "--at", "1:05")
    assert result.exit_code == 0, result.output
    assert "ffplay -nodisp -autoexit -loglevel error -ss 65" in result.output

    ran: list[list[str]] = []
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}" if name == "mpv" else None)
    monkeypatch.setattr(
        "subprocess.run",
        lambda cmd, **kw: ran.append(cmd) or subprocess.CompletedProcess(cmd, 0, stderr=""),
    )
    assert run_cli(db, "play", "1", "--at", "20").exit_code == 0
    assert ran == [["mpv", "--no-video", "--start=20", str(audio)]]
