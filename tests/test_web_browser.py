"""`memo serve` in a real browser: Debian's Chromium driven by Playwright, a real uvicorn
server started as `memo serve` on a free loopback port, over a database made from the
sample memos with the real tiny.en model and spaCy (once per session).

Chromium comes from the distribution (`/usr/bin/chromium`, `MEMO_CHROMIUM` to override);
Playwright never downloads a browser. Screenshots of every page, on a phone and a desktop
viewport, go to `MEMO_SCREENSHOTS` (default: a temp dir; `docs/screenshots` for the README).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

pytestmark = [pytest.mark.real, pytest.mark.slow]

CHROMIUM = os.environ.get("MEMO_CHROMIUM", "/usr/bin/chromium")
VIEWPORTS = {"desktop": (1280, 800), "phone": (390, 844)}
DEMO = sorted(
    p for p in SAMPLES.iterdir() if p.is_file() and p.suffix not in (".txt", ".json", ".md")
)
DEMO = [p for p in DEMO if p.suffix not in (".sh", ".py")]

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(MEMO_HOME=str(home), MEMO_MODEL="tiny.en")
    env.pop("MEMO_DB", None)
    return env


class Server:
    def __init__(self, db: Path, *args: str) -> None:
        self.port = free_port()
        cmd = [sys.executable, "-m", "pipeline", "--db", str(db), "serve", "--port"]
        self.proc = subprocess.Popen(
            [*cmd, str(self.port), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(db.parent / "home"),
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()  # the first line is the URL
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError as e:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    err = self.proc.stderr.read() if self.proc.stderr else ""
                    raise RuntimeError(f"memo serve did not start: {err}") from e
                time.sleep(0.1)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample memos ingested with tiny.en and sentence-level lines, once per session."""
    folder = tmp_path_factory.mktemp("webdb")
    db = folder / "memo.db"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "--db", str(db), "ingest", "--model", "tiny.en",
         "--accurate", *map(str, DEMO)],
        check=True, capture_output=True, env=_env(folder / "home"),
    )  # fmt: skip
    return db


@pytest.fixture(scope="session")
def server(real_db: Path) -> Iterator[Server]:
    s = Server(real_db)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--autoplay-policy=no-user-gesture-required", "--mute-audio"],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
    assert errors == []  # no script errors, no CSP violations


def _id_in(href: str | None) -> int:
    m = re.search(r"/memos/(\d+)", href or "")
    assert m, href
    return int(m.group(1))


def test_library_loads(server: Server, page) -> None:
    page.goto(server.url)
    assert page.title() == "Library · memo"
    rows = page.locator("ul.memos li.memo")
    assert rows.count() == len(DEMO)
    assert "Kevin Brooks" in page.locator("ul.memos").inner_text()


def test_search_hit_click_plays_from_its_moment(server: Server, page) -> None:
    page.goto(f"{server.base}/search?q=pilot")
    hits = page.locator("a.hit")
    assert hits.count() >= 2
    hit = hits.nth(1)
    start = float(hit.get_attribute("data-start"))
    memo_id = hit.get_attribute("data-memo-id")
    hit.click()
    page.wait_for_function(
        "() => { const a = document.getElementById('player');"
        " return a && !a.paused && a.currentTime > 0; }",
        timeout=10000,
    )
    now = page.evaluate("document.getElementById('player').currentTime")
    src = page.evaluate("document.getElementById('player').src")
    assert src.endswith(f"/memos/{memo_id}/audio")
    assert start > 0 and abs(now - start) < 1.0


def test_transcript_line_click_seeks_and_highlights(server: Server, page) -> None:
    page.goto(f"{server.base}/search?q=raffle")
    memo_id = _id_in(page.locator("a.hit").first.get_attribute("href"))
    page.goto(f"{server.base}/memos/{memo_id}")
    lines = page.locator("#transcript li.line")
    assert lines.count() >= 3
    line = lines.nth(2)
    start = float(line.get_attribute("data-start"))
    line.locator(".text").click()
    page.wait_for_function(
        f"() => document.getElementById('player').currentTime >= {start - 0.01}", timeout=10000
    )
    now = page.evaluate("document.getElementById('player').currentTime")
    assert abs(now - start) < 1.0
    page.wait_for_selector("#transcript li.line.current")
    assert "current" in (line.get_attribute("class") or "")


def test_memo_page_starts_at_t(server: Server, page) -> None:
    page.goto(f"{server.base}/search?q=raffle")
    memo_id = _id_in(page.locator("a.hit").first.get_attribute("href"))
    page.goto(f"{server.base}/memos/{memo_id}?t=9")
    page.wait_for_function(
        "() => { const a = document.getElementById('player');"
        " return a.readyState >= 1 && Math.abs(a.currentTime - 9) < 0.5; }",
        timeout=10000,
    )
    assert page.locator("#transcript li.line.current").count() == 1


def test_followup_toggled_done_stays_done(server: Server, page) -> None:
    page.goto(f"{server.base}/followups")
    item = page.locator("li.followup.open").first
    fid = item.get_attribute("data-followup-id")
    item.locator("button.check").click()
    page.wait_for_load_state()
    page.reload()
    done = page.locator(f'li.followup[data-followup-id="{fid}"]')
    assert "done" in (done.get_attribute("class") or "").split()
    done.locator("button.check").click()  # and back, for the other tests
    page.wait_for_load_state()
    assert "open" in (
        page.locator(f'li.followup[data-followup-id="{fid}"]').get_attribute("class") or ""
    )


def test_rename_shows_on_the_persons_page(server: Server, page) -> None:
    page.goto(f"{server.base}/people")
    page.get_by_role("link", name="Helen Marsh").click()
    url = page.url
    page.fill("input[name=name]", "Helen Marsh-Price")
    page.get_by_role("button", name="Rename").click()
    page.wait_for_load_state()
    assert page.url == url
    assert page.locator("h1").inner_text().startswith("Helen Marsh-Price")
    page.goto(f"{server.base}/people")
    assert page.get_by_role("link", name="Helen Marsh-Price").count() == 1


def test_uploaded_file_appears_as_a_memo(server: Server, page, tmp_path: Path) -> None:
    new = shutil.copy(SAMPLES / "eval" / "20261117_074500.mp3", tmp_path / "upload test.mp3")
    page.goto(f"{server.base}/upload")
    page.set_input_files("input[type=file]", [new])
    page.get_by_role("button", name="Upload").click()
    page.wait_for_selector('#jobs li[data-state="done"] a', timeout=120000)
    link = page.locator('#jobs li[data-state="done"] a').first
    memo_id = _id_in(link.get_attribute("href"))
    link.click()
    assert page.url.endswith(f"/memos/{memo_id}")
    assert page.locator("#transcript li.line").count() >= 1
    page.goto(server.url)
    assert page.locator(f'a.memo-link[href="/memos/{memo_id}"]').count() == 1


def test_non_loopback_server_refuses_requests_without_the_token(real_db: Path) -> None:
    s = Server(real_db, "--host", "0.0.0.0", "--read-only")
    try:
        token = re.search(r"\?token=([\w-]+)$", s.url)
        assert token, s.url  # generated and printed with the URL
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(s.base + "/")
        assert refused.value.code == 401
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(s.base + "/api/memos?token=not-it")
        assert refused.value.code == 401
        auth = {"Authorization": f"Bearer {token.group(1)}"}
        with urllib.request.urlopen(
            urllib.request.Request(s.base + "/api/memos", headers=auth)
        ) as r:
            assert r.status == 200
    finally:
        s.stop()


def test_screenshots_of_every_page(server: Server, browser, tmp_path: Path) -> None:
    out = Path(os.environ.get("MEMO_SCREENSHOTS") or tmp_path)
    if not out.is_absolute():
        out = ROOT / out
    out.mkdir(parents=True, exist_ok=True)
    for view, (w, h) in VIEWPORTS.items():
        context = browser.new_context(viewport={"width": w, "height": h}, device_scale_factor=1)
        pg = context.new_page()
        pg.goto(f"{server.base}/search?q=raffle")
        memo = _id_in(pg.locator("a.hit").first.get_attribute("href"))
        pg.goto(f"{server.base}/people")
        person = pg.locator("table.list a[href^='/people/']").first.get_attribute("href")
        pages = {
            "library": "/",
            "search": "/search?q=pilot",
            "memo": f"/memos/{memo}?t=9",
            "people": "/people",
            "person": person,
            "followups": "/followups",
            "digest": "/digest?since=2026-11-18&until=2026-11-24",
            "upload": "/upload",
        }
        for name, path in pages.items():
            pg.goto(server.base + path)
            if name == "search":
                pg.locator("a.hit").first.click()
                pg.wait_for_timeout(300)
            pg.screenshot(path=str(out / f"{name}-{view}.png"))
        context.close()
    assert len(list(out.glob("*.png"))) == 2 * 8


def test_digest_marks_a_memo_take_forward_and_the_library_filters_by_it(
    server: Server, page
) -> None:
    page.goto(f"{server.base}/digest?since=2026-11-18&until=2026-11-24")
    item = page.locator("ul.digest-memos li").first
    memo_id = item.get_attribute("data-memo-id")
    item.get_by_role("button", name="Take forward").click()
    page.wait_for_load_state()
    button = page.locator(f'ul.digest-memos li[data-memo-id="{memo_id}"] button.mark-forward')
    assert button.get_attribute("aria-pressed") == "true"
    page.goto(f"{server.base}/?triage=forward")
    assert page.locator("a.memo-link").count() == 1
    assert page.locator(f'a.memo-link[href="/memos/{memo_id}"]').count() == 1
