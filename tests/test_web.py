"""`memo serve` through Starlette's TestClient: security, audio, pages, API, corrections.

The database is written with `Store.save` (no models); the browser tests with real memos
are in test_web_browser.py.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from conftest import SAMPLES
from pipeline.records import (
    AudioInfo,
    Event,
    Extraction,
    FollowUp,
    Link,
    Memo,
    Mention,
    Segment,
    Transcript,
    name_key,
)
from pipeline.store import Store
from pipeline.web.app import Settings, create_app

LOCAL = "http://127.0.0.1:8765"


def _memo(store: Store, path: Path, when: dt.datetime, lines: list[str], **ex: object) -> int:
    segments = tuple(Segment(i, i * 3.0, i * 3.0 + 3.0, " " + t) for i, t in enumerate(lines))
    transcript = Transcript(segments, "en", 1.0, len(lines) * 3.0, "tiny.en")
    audio = AudioInfo(
        str(path), f"{path.name}-{when.isoformat()}", 1000, len(lines) * 3.0, when, "filename"
    )
    return store.save(Memo(audio, "done", transcript, Extraction(**ex)))  # type: ignore[arg-type]


def _mention(kind: str, name: str, idx: int) -> Mention:
    return Mention(kind, name, name_key(name), name, idx, idx * 3.0)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    audio = tmp_path / "audio"
    audio.mkdir()
    m4a = shutil.copy(SAMPLES / "20261118_173512.m4a", audio / "a.m4a")
    gp = shutil.copy(SAMPLES / "Voice_20261119_213045.3gp", audio / "b.3gp")
    path = tmp_path / "memo.db"
    store = Store.open(path)
    _memo(
        store,
        Path(m4a),
        dt.datetime(2026, 11, 18, 17, 35),
        ["Met Kevin Brooks at the Post Office.", "Email Kevin about the pilot on Monday."],
        mentions=(_mention("person", "Kevin Brooks", 0), _mention("org", "Post Office", 0)),
        followups=(
            FollowUp("Email Kevin about the pilot", dt.date(2026, 11, 23), "Kevin Brooks", 1, 3.0),
        ),
        links=(Link("Kevin Brooks", "Post Office", "manager"),),
    )
    _memo(
        store,
        Path(gp),
        dt.datetime(2026, 11, 19, 21, 30),
        ["Budget review with <b>Sarah</b> & co.", "Monday is a holiday."],
        mentions=(_mention("person", "Sarah Jones", 0), _mention("person", "Monday", 1)),
        events=(Event("Monday is a holiday.", dt.date(2099, 1, 5), "09:30", "holiday", 1, 3.0),),
    )
    store.close()
    return path


def client(db: Path, **kw: object) -> TestClient:
    settings = Settings(db_path=str(db), data_dir=db.parent, **kw)  # type: ignore[arg-type]
    return TestClient(create_app(settings), base_url=LOCAL)


def csrf(c: TestClient) -> str:
    return c.app.state.csrf  # type: ignore[attr-defined]


# -- security ---------------------------------------------------------------------------------


def test_loopback_needs_no_token_but_another_host_name_is_refused(db: Path) -> None:
    c = client(db)
    assert c.get("/").status_code == 200
    # A page on another site whose DNS name now points at 127.0.0.1 (rebinding).
    assert c.get("/", headers={"host": "evil.example:8765"}).status_code == 403


def test_token_is_required_on_every_request_and_sets_a_cookie(db: Path) -> None:
    c = TestClient(
        create_app(Settings(str(db), db.parent, token="s3cret")),
        base_url="http://192.168.1.20:8765",
    )
    for url in ("/", "/api/memos", "/memos/1/audio", "/static/app.js", "/memos/1"):
        assert c.get(url).status_code == 401, url
    assert c.get("/?token=wrong").status_code == 401
    assert c.get("/", headers={"authorization": "Bearer s3cret"}).status_code == 200
    r = c.get("/search?q=pilot&token=s3cret", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/search?q=pilot"  # the token leaves the URL...
    assert "httponly" in r.headers["set-cookie"].lower()
    assert c.get("/search?q=pilot").status_code == 200  # ...and lives on in the cookie


def test_csp_and_security_headers_on_pages_errors_and_refusals(db: Path) -> None:
    c = client(db)
    for r in (c.get("/"), c.get("/memos/999"), c.get("/", headers={"host": "x.example"})):
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in c.get("/").text  # no inline script to allow


def test_writes_need_post_same_origin_and_the_csrf_token(db: Path) -> None:
    c = client(db)
    url = "/followups/1/status"
    ok = {"origin": LOCAL}
    assert c.get(url).status_code == 405
    assert c.post(url, data={"status": "done", "csrf": csrf(c)}).status_code == 403  # no origin
    r = c.post(
        url, data={"status": "done", "csrf": csrf(c)}, headers={"origin": "https://evil.example"}
    )
    assert r.status_code == 403
    assert c.post(url, data={"status": "done"}, headers=ok).status_code == 403  # no token
    assert c.post(url, data={"status": "done", "csrf": "x"}, headers=ok).status_code == 403
    assert c.get("/api/followups").json()[0]["status"] == "open"
    r = c.post(url, data={"status": "done", "csrf": csrf(c)}, headers=ok, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/api/followups").json()[0]["status"] == "done"


def test_read_only_refuses_every_write(db: Path) -> None:
    c = client(db, read_only=True)
    ok = {"origin": LOCAL}
    for url in ("/followups/1/status", "/people/1/rename", "/upload", "/memos/1/lines/0"):
        r = c.post(url, data={"csrf": csrf(c), "status": "done", "name": "X"}, headers=ok)
        assert r.status_code == 403, url
    assert c.get("/api/followups").json()[0]["status"] == "open"
    page = c.get("/memos/1").text
    assert "/followups/1/status" not in page and "Upload" not in page


def test_no_path_traversal(db: Path, tmp_path: Path) -> None:
    c = client(db)
    (tmp_path / "secret.txt").write_text("secret")
    for url in (
        "/static/../../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/memos/..%2f..%2fsecret.txt/audio",
        "/memos/1/audio/../../secret.txt",
        "/memos/%2e%2e/audio",
    ):
        r = c.get(url)
        assert r.status_code == 404, url
        assert "secret" not in r.text and "root:" not in r.text


def test_a_next_url_after_a_write_stays_on_this_site(db: Path) -> None:
    c = client(db)
    for target, expected in (("//evil.example/x", "/memos/1"), ("/followups", "/followups")):
        r = c.post(
            "/followups/1/status",
            data={"status": "done", "csrf": csrf(c), "next": target},
            headers={"origin": LOCAL},
            follow_redirects=False,
        )
        assert r.headers["location"] == expected


# -- audio ------------------------------------------------------------------------------------


def test_audio_by_id_with_ranges(db: Path) -> None:
    c = client(db)
    whole = c.get("/memos/1/audio")
    assert whole.status_code == 200
    assert whole.headers["content-type"] == "audio/mp4"
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.content == (SAMPLES / "20261118_173512.m4a").read_bytes()
    part = c.get("/memos/1/audio", headers={"range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-199/{len(whole.content)}"
    assert part.content == whole.content[100:200]
    assert c.get("/memos/99/audio").status_code == 404
    assert c.get("/memos/1/audio?path=/etc/passwd").content == whole.content


def test_amr_is_transcoded_once_to_a_playable_cached_file(db: Path) -> None:
    c = client(db)
    r = c.get("/memos/2/audio")
    assert r.status_code == 200
    assert r.headers["content-type"] == "audio/mp4"
    cached = list((db.parent / "cache" / "audio").glob("*.m4a"))
    assert len(cached) == 1 and cached[0].read_bytes() == r.content
    assert r.content[4:8] == b"ftyp"  # an MP4 container
    stamp = cached[0].stat().st_mtime_ns
    assert c.get("/memos/2/audio", headers={"range": "bytes=0-9"}).status_code == 206
    assert cached[0].stat().st_mtime_ns == stamp  # not made again


# -- pages and API ----------------------------------------------------------------------------


def test_library_newest_first_with_people_and_filters(db: Path) -> None:
    c = client(db)
    page = c.get("/").text
    assert page.index("Budget review") < page.index("Met Kevin Brooks")
    assert 'href="/?person=Kevin%20Brooks"' in page and "Post Office" in page
    only = c.get("/?person=Kevin").text
    assert "Met Kevin" in only and "Budget review" not in only
    assert "Budget review" in c.get("/?since=2026-11-19").text
    assert "Met Kevin" not in c.get("/?since=2026-11-19").text
    assert c.get("/?person=Nobody").status_code == 400


def test_library_pages_by_keyset(db: Path) -> None:
    c = client(db)
    first = c.get("/api/memos?limit=1").json()
    assert [m["id"] for m in first["memos"]] == [2, 1]  # page size is the server's
    store = Store.open(db)
    for i in range(60):
        _memo(store, db, dt.datetime(2026, 10, 1) + dt.timedelta(hours=i), [f"note {i}"])
    store.close()
    seen, after = [], None
    while True:
        page = c.get("/api/memos", params={"after": after} if after else {}).json()
        seen += [m["id"] for m in page["memos"]]
        after = page["next"]
        if not after:
            break
    assert len(seen) == 62 and len(set(seen)) == 62
    assert c.get("/?after=junk").status_code == 400


def test_search_hits_carry_memo_and_start_and_escape_text(db: Path) -> None:
    c = client(db)
    page = c.get("/search", params={"q": "pilot"}).text
    assert 'data-memo-id="1"' in page and 'data-start="3.00"' in page
    assert "<mark>pilot</mark>" in page
    budget = c.get("/search", params={"q": "budget"}).text
    assert "&lt;b&gt;Sarah&lt;/b&gt; &amp; co" in budget and "<b>Sarah" not in budget
    assert "nothing to look for" in c.get("/search", params={"q": "!!"}).text
    hits = c.get("/api/search", params={"q": "pilot", "person": "Kevin"}).json()
    assert hits[0]["memo_id"] == 1 and hits[0]["snippet"].count("[pilot]") == 1


def test_memo_page_lines_entities_followups_and_start(db: Path) -> None:
    c = client(db)
    page = c.get("/memos/1?t=4").text
    assert 'src="/memos/1/audio"' in page and 'data-start="4.0"' in page
    assert 'id="line-1"' in page and 'class="line current" id="line-1"' in page
    assert 'href="/people/1"' in page and 'href="/orgs/2"' in page
    assert "Email Kevin about the pilot" in page
    assert c.get("/memos/42").status_code == 404
    assert c.get("/api/memos/1").json()["segments"][1]["start_s"] == 3.0


def test_people_orgs_followups_digest_pages(db: Path) -> None:
    c = client(db)
    assert "Kevin Brooks" in c.get("/people").text
    person = c.get("/people/1").text
    assert "Post Office" in person and "manager" in person and "Met Kevin Brooks" in person
    assert "Kevin Brooks" in c.get("/orgs/2").text
    assert c.get("/orgs/1").status_code == 404  # a person is not an organisation
    assert "Email Kevin about the pilot" in c.get("/followups").text
    digest = c.get("/digest?since=2026-11-18&until=2026-11-20").text
    assert 'href="/memos/1"' in digest and 'href="/memos/2"' in digest
    d = c.get("/api/digest?since=2026-11-18&until=2026-11-20").json()
    assert [m["memo_id"] for m in d["memos"]] == [1, 2]
    names = [p["name"] for p in c.get("/api/people").json()]
    assert names == ["Kevin Brooks", "Monday", "Sarah Jones"]


def test_corrections_rename_and_dismiss_a_name(db: Path) -> None:
    c = client(db)
    ok, token = {"origin": LOCAL}, csrf(c)
    r = c.post("/people/1/rename", data={"name": "Kevin Brookes", "csrf": token}, headers=ok)
    assert r.status_code == 200 and "<h1>Kevin Brookes" in r.text
    assert "Kevin Brookes" in c.get("/memos/1").text
    monday = next(p["id"] for p in c.get("/api/people").json() if p["name"] == "Monday")
    r = c.post(f"/entities/{monday}/dismiss", data={"csrf": token}, headers=ok)
    assert r.status_code == 200
    assert "Monday" not in [p["name"] for p in c.get("/api/people").json()]


@pytest.mark.real  # the corrected memo is extracted again, with spaCy
def test_fix_a_transcript_line(db: Path) -> None:
    c = client(db)
    fixed = {"text": "Budget review with Sarah.", "csrf": csrf(c)}
    r = c.post("/memos/2/lines/0", data=fixed, headers={"origin": LOCAL})
    assert r.status_code == 200 and "Budget review with Sarah." in r.text
    assert c.get("/api/search", params={"q": "co"}).json() == []  # the index followed


def test_upload_refuses_non_audio_and_saves_audio_whole(db: Path) -> None:
    c = client(db, ingest_args=("--fast",))
    ok = {"origin": LOCAL, "accept": "application/json"}
    text = [("files", ("notes.txt", b"hello", "text/plain"))]
    r = c.post("/upload", data={"csrf": csrf(c)}, headers=ok, files=text)
    assert r.json()[0]["state"] == "failed" and "not an audio file" in r.json()[0]["reason"]
    assert not list((db.parent / "inbox").glob("*"))
    big = client(db, max_upload_bytes=1000)
    large = [("files", ("x.m4a", b"\0" * 5000, "audio/mp4"))]
    r = big.post("/upload", data={"csrf": csrf(big)}, headers=ok, files=large)
    assert "larger than" in r.json()[0]["reason"]
    assert not list((db.parent / "inbox").iterdir())  # no half-written file left


def test_browsing_never_imports_whisper_or_spacy(db: Path) -> None:
    code = f"""
import sys
from starlette.testclient import TestClient
from pipeline.web.app import Settings, create_app
from pathlib import Path
db = Path({str(db)!r})
c = TestClient(create_app(Settings(str(db), db.parent)), base_url={LOCAL!r})
for url in ("/", "/search?q=pilot", "/memos/1", "/people", "/people/1", "/orgs/2",
            "/followups", "/digest", "/upload", "/api/memos", "/memos/1/audio"):
    assert c.get(url).status_code == 200, url
heavy = [m for m in ("faster_whisper", "ctranslate2", "spacy", "torch") if m in sys.modules]
print(heavy)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out.strip().replace("'", '"')) == []


def test_serve_without_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    r = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "serve"])
    assert r.exit_code == 1
    expected = (
        f"Error: no database at {tmp_path / 'none.db'} (run `memo ingest` first or pass --db)"
    )
    assert r.output.strip().splitlines() == [expected]


@pytest.mark.slow
def test_page_benchmark_runs_on_a_small_database(tmp_path: Path, capsys) -> None:
    from bench.bench_web import main

    args = ["--memos", "300", "--db", str(tmp_path / "b.db"), "--requests", "2", "--no-write"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "| people | 2 |" in out and "| digest | 2 |" in out


def test_events_coming_up_on_the_followups_page_and_in_the_api(db: Path) -> None:
    c = client(db)
    page = c.get("/followups").text
    assert "2099-01-05 09:30" in page and 'href="/memos/2?t=3.00"' in page
    events = c.get("/api/events", params={"since": "2099-01-01"}).json()
    assert [(e["title"], e["memo_id"]) for e in events] == [("holiday", 2)]
    assert c.get("/api/events", params={"until": "2098-12-31"}).json() == []


def test_triage_and_tags_from_the_pages_show_in_the_library(db: Path) -> None:
    c = client(db)
    ok, token = {"origin": LOCAL}, csrf(c)
    r = c.post("/memos/1/triage", data={"mark": "forward", "csrf": token, "next": "/digest"},
               headers=ok, follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/digest"
    c.post("/memos/2/triage", data={"mark": "park", "csrf": token}, headers=ok)
    c.post("/memos/1/tags", data={"add": "idea, #Pilot", "csrf": token}, headers=ok)
    forward = c.get("/?triage=forward").text
    assert "Met Kevin" in forward and "Budget review" not in forward
    assert "Budget review" in c.get("/?triage=park").text
    tagged = c.get("/?tag=pilot").text
    assert "Met Kevin" in tagged and 'href="/?tag=idea"' in tagged
    c.post("/memos/1/tags", data={"remove": "idea", "csrf": token}, headers=ok)
    assert "Met Kevin" not in c.get("/?tag=idea").text
    c.post("/memos/1/triage", data={"mark": "undecided", "csrf": token}, headers=ok)
    assert "Met Kevin" in c.get("/?triage=undecided").text
    digest = c.get("/digest?since=2026-11-18&until=2026-11-20").text
    assert 'action="/memos/2/triage"' in digest and 'aria-pressed="true">Park' in digest
    bad = c.post("/memos/1/triage", data={"mark": "maybe", "csrf": token}, headers=ok)
    assert bad.status_code == 400 and "not a mark" in bad.text
