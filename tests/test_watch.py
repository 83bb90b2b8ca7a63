"""`memo watch`: real files, real file-system events.

Most tests drive the real watcher as a subprocess (`python -m pipeline watch --json-log`) with
the real tiny.en model and spaCy on short speech clips cut from `samples/`; a few run `Watcher`
in-process with a fake transcriber where the point is timing or a stop in mid-memo.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from conftest import ROOT, SAMPLES, FakeTranscriber
from pipeline.cli import cli
from pipeline.ingest import Ingestor
from pipeline.records import Extraction, Memo
from pipeline.store import Store
from pipeline.watch import Watcher, WatchEvent

SPEECH = SAMPLES / "20261118_173512.m4a"  # 16 s: "Met Kevin Brooks, head of ..."
WAIT_S = 120  # generous: two cores shared with other test runs; waits end as soon as met


# -- audio ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def speech() -> np.ndarray:
    if not SPEECH.is_file():
        pytest.skip(f"{SPEECH} is missing (samples/ is part of the checkout)")
    from pipeline.audio import decode

    return decode(SPEECH)


def wav_bytes(samples: np.ndarray, rate: int = 16000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return buf.getvalue()


def write_wav(path: Path, samples: np.ndarray) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(wav_bytes(samples))
    return path


def clip(speech: np.ndarray, start_s: float, seconds: float) -> np.ndarray:
    return speech[int(start_s * 16000) : int((start_s + seconds) * 16000)]


def tone(freq: float, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(int(seconds * 16000)) / 16000
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt(path: Path, *, old: bool = False) -> Path:
    """Random bytes under an audio name; `old` backdates it so it is not waited for."""
    path.write_bytes(np.random.default_rng(7).bytes(20_000))
    if old:
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    return path


# -- the database, read the way `memo search` reads it while the watcher writes ---------------


def memos(db: Path) -> list[dict[str, Any]]:
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("select * from memos order by id")]
    finally:
        conn.close()


def check_consistent(db: Path) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        for table in ("segments", "mentions", "followups"):
            orphans = conn.execute(
                f"select count(*) from {table} where memo_id not in (select id from memos)"
            ).fetchone()[0]
            assert orphans == 0, table
        empty_done = conn.execute(
            "select count(*) from memos m where status = 'done' "
            "and not exists (select 1 from segments s where s.memo_id = m.id)"
        ).fetchone()[0]
        assert empty_done == 0
        dup = conn.execute("select count(*) - count(distinct sha256) from memos").fetchone()[0]
        assert dup == 0
    finally:
        conn.close()


# -- the watcher as a subprocess --------------------------------------------------------------


class WatchProcess:
    """`memo watch --json-log` in a subprocess; stderr parsed line by line as it arrives."""

    def __init__(self, db: Path, folder: Path, *args: str) -> None:
        self.db = db
        command = [sys.executable, "-m", "pipeline", "--db", str(db), "watch", str(folder)]
        # tiny.en, the quickest bundled model: these tests are about the watcher, and a stop
        # is honoured between the transcriber's segments, whose length depends on the model.
        self.proc = subprocess.Popen(
            [*command, "--json-log", "--model", "tiny.en", *args],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: list[dict[str, Any]] = []
        self.raw: list[str] = []
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._cond:
                self.raw.append(line)
                try:
                    event = json.loads(line)
                except ValueError:
                    event = {"event": "not-json", "line": line}
                event["_at"] = time.monotonic()
                self.events.append(event)
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def wait_for(
        self, predicate: Callable[[dict[str, Any]], bool], count: int = 1, timeout: float = WAIT_S
    ) -> list[dict[str, Any]]:
        """Wait until `count` events match; fail with the log if the watcher dies or stalls."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [e for e in self.events if predicate(e)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    pytest.fail(f"waited for {count} event(s); log:\n{''.join(self.raw)}")
                self._cond.wait(min(left, 0.5))

    def files(self, name: str | None = None) -> list[dict[str, Any]]:
        with self._cond:
            return [
                e for e in self.events if e["event"] == "file" and name in (None, e.get("name"))
            ]

    def started(self) -> WatchProcess:
        self.wait_for(lambda e: e["event"] == "watching")
        return self

    def stop(self, signum: int = signal.SIGTERM, timeout: float = 30) -> tuple[int, float]:
        """Send `signum`; return the exit status and seconds until the process ended."""
        sent = time.monotonic()
        self.proc.send_signal(signum)
        rc = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return rc, time.monotonic() - sent

    def check_log(self) -> None:
        """Every stderr line is a JSON object, and nothing was a traceback."""
        text = "".join(self.raw)
        assert "Traceback" not in text, text
        assert all(e["event"] != "not-json" for e in self.events), text
        for e in self.files():
            assert {"time", "path", "name", "status"} <= e.keys()
            assert isinstance(e["people"], list)


@pytest.fixture
def watcher(tmp_path: Path) -> Iterator[Callable[..., WatchProcess]]:
    started: list[WatchProcess] = []

    def start(folder: Path, *args: str, settle: float = 0.5) -> WatchProcess:
        w = WatchProcess(tmp_path / "memo.db", folder, "--settle", str(settle), *args)
        started.append(w)
        return w.started()

    yield start
    for w in started:
        if w.proc.poll() is None:
            w.proc.kill()
            w.proc.wait()


def done(name: str) -> Callable[[dict[str, Any]], bool]:
    """Matches the line that says `name` was processed."""
    return lambda e: e["event"] == "file" and e.get("name") == name


def stop_cleanly(w: WatchProcess) -> None:
    rc, took = w.stop(signal.SIGTERM)
    assert rc == 0, "".join(w.raw)
    assert took < 15
    assert w.events[-1]["event"] == "stopped"
    w.check_log()


def by_name(w: WatchProcess) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in w.files():
        out.setdefault(e["name"], []).append(e["status"])
    return out


# -- subprocess tests with the real model -----------------------------------------------------


@pytest.mark.real
def test_slow_write_is_ingested_once_after_it_completes(
    tmp_path: Path, speech: np.ndarray, watcher: Callable[..., WatchProcess]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = watcher(inbox, settle=1.0)
    data = wav_bytes(clip(speech, 0, 4))
    target = inbox / "slow.wav"
    chunks = 8
    step = len(data) // chunks + 1
    with target.open("wb") as fh:
        for i in range(0, len(data), step):  # a copy or sync that pauses between chunks
            fh.write(data[i : i + step])
            fh.flush()
            os.fsync(fh.fileno())
            time.sleep(0.35)
    written = time.monotonic()
    (done,) = w.wait_for(lambda e: e["event"] == "file" and e["name"] == "slow.wav")
    (started,) = [e for e in w.events if e["event"] == "processing"]
    assert started["_at"] >= written
    assert done["status"] == "new"
    rows = memos(tmp_path / "memo.db")
    assert [(r["sha256"], r["status"]) for r in rows] == [(sha256(target), "done")]
    assert rows[0]["text"].strip()
    stop_cleanly(w)


@pytest.mark.real
@pytest.mark.slow
def test_a_burst_of_30_files_is_ingested_once_each(
    tmp_path: Path, speech: np.ndarray, watcher: Callable[..., WatchProcess]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = watcher(inbox)
    names = []
    for i in range(30):
        name = f"2026/memo_{i:02d}.wav" if i % 3 == 0 else f"memo_{i:02d}.wav"
        # Speech in some; a tone (an empty memo: the VAD finds no speech) in the rest, which
        # goes through the same steps in a fraction of the time.
        data = wav_bytes(clip(speech, i / 2, 2) if i % 10 == 0 else tone(100 + 20 * i))
        (inbox / name).parent.mkdir(exist_ok=True)
        if i % 2:  # the way sync tools deliver: a hidden temporary, then a rename
            tmp = inbox / f".memo_{i:02d}.wav.tmp"
            tmp.write_bytes(data)
            tmp.rename(inbox / name)
        else:
            (inbox / name).write_bytes(data)
        names.append(name)
    w.wait_for(lambda e: e["event"] == "file", count=30)
    w.wait_for(lambda e: e["event"] == "status" and e["queued"] == 0)
    seen = by_name(w)
    assert sorted(seen) == sorted(names)
    assert all(len(s) == 1 and s[0] in ("new", "empty") for s in seen.values()), seen
    rows = memos(tmp_path / "memo.db")
    assert len(rows) == 30
    assert {r["sha256"] for r in rows} == {sha256(inbox / n) for n in names}
    stop_cleanly(w)
    check_consistent(tmp_path / "memo.db")


@pytest.mark.real
def test_duplicates_renames_and_touches_add_nothing_but_new_bytes_do(
    tmp_path: Path, watcher: Callable[..., WatchProcess]
) -> None:
    inbox = tmp_path / "inbox"
    first = write_wav(inbox / "first.wav", tone(300))
    w = watcher(inbox, "--rescan", "2")
    w.wait_for(done("first.wav"))
    (inbox / "copy.wav").write_bytes(first.read_bytes())
    w.wait_for(done("copy.wav"))
    (inbox / "sub").mkdir()
    first.rename(inbox / "sub" / "moved.wav")
    w.wait_for(done("sub/moved.wav"))
    os.utime(inbox / "copy.wav")  # touched: same bytes, new mtime
    w.wait_for(done("copy.wav"), count=2)
    assert len(memos(tmp_path / "memo.db")) == 1
    write_wav(inbox / "copy.wav", tone(350))  # same name, new bytes: a new memo
    w.wait_for(done("copy.wav"), count=3)
    assert by_name(w) == {
        "first.wav": ["empty"],
        "copy.wav": ["known", "known", "empty"],
        "sub/moved.wav": ["known"],
    }
    assert len(memos(tmp_path / "memo.db")) == 2
    stop_cleanly(w)


@pytest.mark.real
def test_a_corrupt_file_fails_once_and_the_watcher_goes_on(
    tmp_path: Path, watcher: Callable[..., WatchProcess]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = watcher(inbox, "--rescan", "1")
    corrupt(inbox / "broken.m4a")
    (inbox / "empty.mp3").write_bytes(b"")
    w.wait_for(lambda e: e["event"] == "file", count=2)
    write_wav(inbox / "after.wav", tone(300))
    w.wait_for(done("after.wav"))
    time.sleep(3)  # three more rescans: a failed file is not tried again
    assert by_name(w) == {"broken.m4a": ["failed"], "empty.mp3": ["failed"], "after.wav": ["empty"]}
    rows = {r["filename"]: r for r in memos(tmp_path / "memo.db")}
    assert rows["broken.m4a"]["status"] == "failed"
    assert "not an audio file" in rows["broken.m4a"]["error"]
    assert rows["empty.mp3"]["error"] == "file is empty (0 bytes)"
    assert rows["after.wav"]["status"] == "empty"
    stop_cleanly(w)


@pytest.mark.real
def test_temporary_hidden_and_other_files_are_ignored(
    tmp_path: Path, watcher: Callable[..., WatchProcess]
) -> None:
    inbox = tmp_path / "inbox"
    ignored = [
        "memo.m4a.part",
        "memo.wav.tmp",
        "memo.mp3.crdownload",
        "~$memo.wav",
        ".memo.m4a.icloud",
        ".hidden.wav",
        ".sync/inside.wav",
        ".memo.wav.swp",
        "notes.txt",
        "photo.jpg",
    ]

    def drop_ignored(folder: str) -> None:
        for name in ignored:
            path = inbox / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            corrupt(path)  # were any of them taken, it would show as a failed memo

    drop_ignored("old")
    write_wav(inbox / "backlog.wav", tone(300))
    w = watcher(inbox, "--rescan", "1")
    w.wait_for(done("backlog.wav"))
    drop_ignored("new")
    time.sleep(2)  # events and two rescans have seen them
    write_wav(inbox / "sentinel.wav", tone(350))
    w.wait_for(done("sentinel.wav"))
    assert by_name(w) == {"backlog.wav": ["empty"], "sentinel.wav": ["empty"]}
    assert not [e for e in w.events if e["event"] in ("error", "warning")]
    assert len(memos(tmp_path / "memo.db")) == 2
    stop_cleanly(w)


@pytest.fixture(scope="session")
def long_speech(speech: np.ndarray) -> np.ndarray:
    """About 50 s of speech, so a kill or a stop lands in the middle of transcribing it."""
    gap = np.zeros(8000, dtype=np.float32)
    return np.concatenate([speech, gap] * 3)


@pytest.mark.real
@pytest.mark.slow
def test_sigkill_mid_transcription_then_restart_keeps_every_memo_once(
    tmp_path: Path,
    speech: np.ndarray,
    long_speech: np.ndarray,
    watcher: Callable[..., WatchProcess],
) -> None:
    inbox = tmp_path / "inbox"
    write_wav(inbox / "a_short.wav", clip(speech, 0, 3))
    write_wav(inbox / "b_long.wav", long_speech)
    db = tmp_path / "memo.db"
    w = watcher(inbox)
    w.wait_for(done("a_short.wav"))
    w.wait_for(lambda e: e.get("name") == "b_long.wav" and e["event"] == "processing")
    time.sleep(0.3)  # decoding done, transcribing: ~50 s of speech takes seconds even on 16 cores
    rc, _ = w.stop(signal.SIGKILL)
    assert rc == -signal.SIGKILL
    # Killed mid-transcription: the short memo is there, nothing of the long one.
    assert [r["filename"] for r in memos(db)] == ["a_short.wav"]
    check_consistent(db)

    again = watcher(inbox)
    again.wait_for(done("b_long.wav"))
    again.wait_for(lambda e: e["event"] == "status" and e["queued"] == 0)
    assert by_name(again) == {"b_long.wav": ["new"]}  # the short one is not redone
    rows = memos(db)
    assert sorted(r["filename"] for r in rows) == ["a_short.wav", "b_long.wav"]
    assert all(r["status"] == "done" for r in rows)
    check_consistent(db)
    stop_cleanly(again)


@pytest.mark.real
def test_sigterm_mid_transcription_stops_within_seconds_and_writes_no_half_memo(
    tmp_path: Path, long_speech: np.ndarray, watcher: Callable[..., WatchProcess]
) -> None:
    inbox = tmp_path / "inbox"
    write_wav(inbox / "long.wav", long_speech)
    w = watcher(inbox)
    w.wait_for(lambda e: e.get("name") == "long.wav" and e["event"] == "processing")
    time.sleep(0.3)
    rc, took = w.stop(signal.SIGTERM)
    assert rc == 0, "".join(w.raw)
    assert took < 10
    w.check_log()
    rows = memos(tmp_path / "memo.db")
    # Either finished inside the grace period or left whole for the next start.
    if rows:
        assert [r["status"] for r in rows] == ["done"]
    else:
        assert "long.wav left for the next start" in w.events[-1]["message"]
    check_consistent(tmp_path / "memo.db")


# -- in-process: the Watcher with a fake transcriber ------------------------------------------


class NoExtractor:
    def extract(self, transcript, recorded_at, vocabulary=()):
        return Extraction()


class SlowTranscriber(FakeTranscriber):
    """Reports progress `steps` times, `pause` seconds apart, like a long transcription."""

    def __init__(self, steps: int, pause: float = 0.1) -> None:
        super().__init__("A slow memo.")
        self.steps, self.pause = steps, pause
        self.started = threading.Event()

    def transcribe(self, samples, *, language=None, hotwords=None, on_progress=None):
        self.started.set()
        for i in range(self.steps):
            time.sleep(self.pause)
            if on_progress:
                on_progress(float(i))
        return super().transcribe(samples, language=language)


@contextmanager
def running(
    store: Store, folder: Path, transcriber: Any = None, **kwargs: Any
) -> Iterator[tuple[Watcher, list[WatchEvent]]]:
    events: list[WatchEvent] = []
    ingestor = Ingestor(
        store, transcriber=transcriber or FakeTranscriber(), extractor=NoExtractor()
    )
    w = Watcher(ingestor, [folder], report=events.append, **{"settle": 0.2, **kwargs})
    thread = threading.Thread(target=w.run, daemon=True)
    thread.start()
    wait_until(lambda: any(e.event == "watching" for e in events))
    try:
        yield w, events
    finally:
        w.stop()
        thread.join(timeout=15)
        assert not thread.is_alive()
        ingestor.close()


def wait_until(condition: Callable[[], Any], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def file_events(events: list[WatchEvent]) -> list[tuple[str | None, str | None]]:
    return [(e.name, e.status) for e in events if e.event == "file"]


def test_a_file_that_vanishes_before_settling_is_forgotten_quietly(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    store = Store.open(tmp_path / "memo.db")
    with running(store, inbox, settle=1.0) as (w, events):
        write_wav(inbox / "gone.wav", tone(300))
        wait_until(lambda: w.queued()[0] == 1)
        (inbox / "gone.wav").unlink()
        write_wav(inbox / "kept.wav", tone(400))
        wait_until(lambda: file_events(events))
        time.sleep(0.5)
    assert file_events(events) == [("kept.wav", "new")]
    assert not [e for e in events if e.event in ("error", "warning")]


def test_watchdogs_warning_of_a_folder_watched_twice_is_not_shown(tmp_path: Path) -> None:
    """inotify can register a folder that arrives with folders inside twice; watch goes on."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    store = Store.open(tmp_path / "memo.db")
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        with running(store, inbox):
            warnings.warn_explicit(
                "Callback with id '1' already exists for watch <Watch>. It will be Overwritten.",
                RuntimeWarning,
                "inotify.py",
                365,
                module="watchdog.observers.inotify",
            )
            warnings.warn("any other warning", RuntimeWarning, stacklevel=1)
    assert [str(w.message) for w in shown] == ["any other warning"]


def test_a_librarys_warning_is_a_json_line_under_json_log(tmp_path: Path) -> None:
    """`--json-log` promises JSON throughout: a library's `warnings.warn` included."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    script = (
        "import logging, sys, threading, time, warnings\n"
        "from pipeline.cli import cli\n"
        "def later():\n"
        "    def json_ready():\n"
        "        handlers = logging.getLogger().handlers\n"
        "        return handlers and type(handlers[0].formatter).__name__ == 'JsonLogFormatter'\n"
        "    while not json_ready():\n"
        "        time.sleep(0.05)\n"
        "    warnings.warn('a library says so', UserWarning)\n"
        "threading.Thread(target=later, daemon=True).start()\n"
        "cli(sys.argv[1:])\n"
    )
    args = ["--db", str(tmp_path / "memo.db"), "watch", str(inbox), "--json-log", "-m", "tiny.en"]
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if "a library says so" in line:
            break
    proc.send_signal(signal.SIGTERM)
    _, rest = proc.communicate(timeout=30)
    lines += rest.splitlines(keepends=True)
    events = [json.loads(line) for line in lines]  # every line is JSON
    said = [e for e in events if "a library says so" in e.get("message", "")]
    assert said and said[0]["event"] == "log" and said[0]["level"] == "warning", lines


def test_a_known_file_is_skipped_without_hashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import audio

    inbox = tmp_path / "in"
    known = write_wav(inbox / "known.wav", tone(300))
    store = Store.open(tmp_path / "memo.db")
    Ingestor(store, transcriber=FakeTranscriber(), extractor=NoExtractor()).ingest_file(known)
    hashed: list[str] = []
    real_hash = audio.sha256_file
    monkeypatch.setattr(audio, "sha256_file", lambda p: hashed.append(str(p)) or real_hash(p))
    with running(store, inbox, rescan=0.3) as (_, events):
        time.sleep(1)  # the start-up scan and two rescans
        write_wav(inbox / "new.wav", tone(400))
        wait_until(lambda: file_events(events))
    assert file_events(events) == [("new.wav", "new")]
    assert [Path(p).name for p in hashed] == ["new.wav"]


def test_a_failed_file_is_not_retried_until_its_bytes_change(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    bad = corrupt(inbox / "bad.m4a", old=True)
    store = Store.open(tmp_path / "memo.db")
    with running(store, inbox, rescan=0.2) as (_, events):
        wait_until(lambda: file_events(events))
        time.sleep(1.5)
        assert file_events(events) == [("bad.m4a", "failed")]
        bad.write_bytes(b"still not audio")
        os.utime(bad, (time.time() - 3600, time.time() - 3600))
        wait_until(lambda: len(file_events(events)) == 2)
    assert file_events(events) == [("bad.m4a", "failed"), ("bad.m4a", "failed")]
    assert [m["status"] for m in store.list_memos()] == ["failed", "failed"]


def test_move_done_and_move_failed_after_the_memo_is_committed(tmp_path: Path) -> None:
    inbox, done, failed = tmp_path / "in", tmp_path / "done", tmp_path / "failed"
    store = Store.open(tmp_path / "memo.db")
    earlier = write_wav(inbox / "earlier.wav", tone(200))
    # Committed by a run that was killed before it could move the file.
    Ingestor(store, transcriber=FakeTranscriber(), extractor=NoExtractor()).ingest_file(earlier)
    with running(store, inbox, move_done=done, move_failed=failed) as (_, events):
        write_wav(inbox / "sub" / "good.wav", tone(300))
        corrupt(inbox / "bad.ogg", old=True)
        wait_until(lambda: len(file_events(events)) == 2)
    assert sorted(file_events(events)) == [("bad.ogg", "failed"), ("sub/good.wav", "new")]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.*")) == [
        "done/earlier.wav",
        "done/sub/good.wav",
        "failed/bad.ogg",
        "memo.db",
        "memo.db-shm",
        "memo.db-wal",
    ]
    paths = {m["filename"]: m["path"] for m in store.list_memos()}
    assert paths == {
        "earlier.wav": str(done / "earlier.wav"),
        "good.wav": str(done / "sub" / "good.wav"),
        "bad.ogg": str(failed / "bad.ogg"),
    }
    sig = (done / "earlier.wav").stat()
    assert store.known_file(str(done / "earlier.wav"), sig.st_size, sig.st_mtime_ns)


def test_a_stop_abandons_a_long_memo_and_the_next_start_does_it(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    write_wav(inbox / "long.wav", tone(300, 3))
    store = Store.open(tmp_path / "memo.db")
    with running(store, inbox, SlowTranscriber(steps=200), stop_grace=0.3) as (w, events):
        wait_until(lambda: any(e.event == "processing" for e in events))
        time.sleep(0.3)
        asked = time.monotonic()
        w.stop()
        wait_until(lambda: events[-1].event == "stopped", timeout=5)
        assert time.monotonic() - asked < 2
    assert events[-1].message == "stopped; long.wav left for the next start"
    assert store.list_memos() == []
    with running(store, inbox) as (_, events):
        wait_until(lambda: file_events(events))
    assert file_events(events) == [("long.wav", "new")]
    assert len(store.list_memos()) == 1


def test_a_stop_lets_a_short_memo_finish(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    write_wav(inbox / "short.wav", tone(300))
    store = Store.open(tmp_path / "memo.db")
    # A grace far longer than the memo needs, so a loaded machine cannot make it miss.
    slow = SlowTranscriber(steps=5)
    with running(store, inbox, slow, stop_grace=10) as (w, events):
        # In progress: being transcribed, not only announced (a stop asked for before the
        # transcription starts leaves the memo for the next start).
        wait_until(slow.started.is_set)
        w.stop()
        wait_until(lambda: events[-1].event == "stopped", timeout=15)
    assert file_events(events) == [("short.wav", "new")]
    assert events[-1].message == "stopped"


# -- the CLI ----------------------------------------------------------------------------------


def test_watch_refuses_a_move_folder_that_contains_the_watched_one(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(cli, ["watch", str(tmp_path / "in"), "--move-done", str(tmp_path)])
    assert result.exit_code == 2
    assert "contains a watched folder" in result.output


def test_text_lines_are_one_line_each(capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import _watch_text_line

    _watch_text_line(
        WatchEvent(
            "file",
            name="a.m4a",
            status="new",
            memo_id=3,
            duration_s=16.0,
            elapsed_s=2.4,
            people=("Kevin Brooks",),
            queued=2,
        )
    )
    _watch_text_line(WatchEvent("file", name="b.m4a", status="failed", error="no audio stream"))
    _watch_text_line(WatchEvent("processing", name="c.m4a"))
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(
        "new     a.m4a  memo 3, 16s audio in 2.4s, people: Kevin Brooks  [2 queued]"
    )
    assert lines[1].endswith("failed  b.m4a  no audio stream")


@pytest.mark.real
def test_retry_reprocesses_failed_memos_and_says_when_a_file_is_gone(
    tmp_path: Path, speech: np.ndarray
) -> None:
    from pipeline.audio import probe

    db = tmp_path / "memo.db"
    good = write_wav(tmp_path / "was_locked.wav", clip(speech, 0, 3))
    gone = write_wav(tmp_path / "gone.wav", clip(speech, 3, 3))
    store = Store.open(db)
    for path in (good, gone):  # failed for a reason that has passed since
        store.save(Memo(probe(path), "failed", error="permission denied"))
    gone.unlink()
    store.close()
    result = CliRunner().invoke(cli, ["--db", str(db), "retry"])
    assert result.exit_code == 1, result.output
    assert "gone    memo 2: " in result.output and "is no longer there" in result.output
    assert "new     " in result.output
    rows = {r["filename"]: r for r in memos(db)}
    assert rows["was_locked.wav"]["status"] == "done"
    assert rows["was_locked.wav"]["error"] is None
    assert rows["gone.wav"]["status"] == "failed"
    again = CliRunner().invoke(cli, ["--db", str(db), "retry", "1"])
    assert again.exit_code == 1
    assert "skipped memo 1: it is done, not failed" in again.output
