"""Issue 13: memo under faults, through the real CLI in subprocesses.

Several writers on one database, prompt stops, no telemetry, special files and odd trees,
databases memo does not own, and noise after a memo with names. Files that need no model are
silent WAVs (a silent file becomes an `empty` memo without Whisper), so the database and the
process handling are tested at full speed; the model is loaded only where it is the point.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from test_watch import (
    NoExtractor,
    WatchProcess,
    check_consistent,
    memos,
    wait_until,
    write_wav,
)

from conftest import ROOT, SAMPLES, FakeTranscriber, ffmpeg
from pipeline.errors import TransientError
from pipeline.ingest import Ingestor, discover, printable
from pipeline.store import Store
from pipeline.transcribe import is_prompt_echo, only_prompt_words
from pipeline.watch import Watcher, WatchEvent


def run_memo(
    db: Path, *args: str, timeout: float = 300, env: dict[str, str] | None = None, **kw: Any
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "--db", str(db), *args],
        cwd=kw.pop("cwd", ROOT),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        **kw,
    )


def silent_files(folder: Path, n: int, first: int = 0) -> list[Path]:
    """`n` silent WAVs of different lengths (so different bytes): `empty` memos, no model."""
    return [
        write_wav(folder / f"s{i:03d}.wav", np.zeros(1600 + 16 * i, dtype=np.float32))
        for i in range(first, first + n)
    ]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 1. several writers at once ---------------------------------------------------------------


@pytest.mark.slow
def test_two_ingests_a_watcher_and_vocab_edits_at_once_store_every_file_once(
    tmp_path: Path,
) -> None:
    db = tmp_path / "memo.db"  # not there yet: the processes race to create it too
    silent_files(tmp_path / "a", 60)
    silent_files(tmp_path / "b", 60, first=60)
    silent_files(tmp_path / "w", 20, first=120)
    watch = WatchProcess(db, tmp_path / "w", "--settle", "0.2").started()
    ingests = [
        subprocess.Popen(
            [sys.executable, "-m", "pipeline", "--db", str(db), "ingest", str(tmp_path / d)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for d in ("a", "b")
    ]
    edits = [run_memo(db, "vocab", "add", f"Name {i}") for i in range(8)]
    outputs = [p.communicate(timeout=300) for p in ingests]
    watch.wait_for(lambda e: e["event"] == "file", count=20)
    rc, _ = watch.stop()
    everything = "".join(o + e for o, e in outputs) + "".join(watch.raw)
    everything += "".join(r.stdout + r.stderr for r in edits)
    assert "locked" not in everything.lower(), everything
    assert [p.returncode for p in ingests] == [0, 0], everything
    assert all(r.returncode == 0 for r in edits), everything
    assert rc == 0
    rows = memos(db)
    assert len(rows) == 140 and {r["status"] for r in rows} == {"empty"}
    check_consistent(db)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from vocabulary").fetchone()[0] == 8
    conn.close()


def test_processes_racing_to_create_the_database_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "memo.db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "pipeline", "--db", str(db), "vocab", "add", f"Word {i}"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(4)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, outputs
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from vocabulary").fetchone()[0] == 4
    conn.close()


def test_a_transient_write_failure_is_retried_by_the_watcher_not_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "in"
    write_wav(inbox / "a.wav", np.full(16000, 0.3, dtype=np.float32) * np.sin(np.arange(16000)))
    store = Store.open(tmp_path / "memo.db")
    real_save = store.save
    failures = [TransientError("cannot write to the database just now (database is locked)")]

    def flaky_save(memo: Any, **kw: Any) -> int:
        if failures:
            raise failures.pop()
        return real_save(memo, **kw)

    monkeypatch.setattr(store, "save", flaky_save)
    events: list[WatchEvent] = []
    ingestor = Ingestor(store, transcriber=FakeTranscriber(), extractor=NoExtractor())
    w = Watcher(ingestor, [inbox], report=events.append, settle=0.1, rescan=0.3)
    thread = threading.Thread(target=w.run, daemon=True)
    thread.start()
    try:
        wait_until(lambda: any(e.event == "file" for e in events))
    finally:
        w.stop()
        thread.join(timeout=15)
        ingestor.close()
    warnings = [e.message for e in events if e.event == "warning"]
    assert any("database is locked" in (m or "") for m in warnings), warnings
    assert [(e.name, e.status) for e in events if e.event == "file"] == [("a.wav", "new")]
    assert [m["status"] for m in store.list_memos()] == ["done"]


# -- 2. prompt stops --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six minutes of real speech, the bundled samples over and over: long enough that the
    default model is still busy with it when the signals below are sent."""
    from pipeline.audio import decode

    parts = [decode(p) for p in sorted(SAMPLES.glob("*")) if p.suffix in {".m4a", ".mp3", ".ogg"}]
    if not parts:
        pytest.skip("samples/ is missing")
    samples = np.concatenate(parts * 10)[: 16000 * 360]
    return write_wav(tmp_path_factory.mktemp("long") / "long.wav", samples)


@pytest.mark.real
@pytest.mark.slow
def test_sigint_and_sigterm_end_ingest_and_watch_within_2s_and_the_memo_is_finished_later(
    tmp_path: Path, long_recording: Path
) -> None:
    db = tmp_path / "memo.db"
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(long_recording, inbox / "long.wav")

    # memo ingest, default model, Ctrl-C once the model is busy.
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "--db", str(db), "ingest", str(inbox)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(6)
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    took = time.monotonic() - sent
    assert proc.returncode == 130, err
    assert took < 2.0, (took, err)
    assert "Traceback" not in err
    assert memos(db) == []

    # memo watch on the same file, SIGTERM mid-transcription.
    w = WatchProcess(db, inbox, "--settle", "0.2", "--model", "base").started()
    w.wait_for(lambda e: e.get("name") == "long.wav" and e["event"] == "processing")
    time.sleep(3)
    rc, took = w.stop(signal.SIGTERM)
    assert rc == 0 and took < 2.0, (took, "".join(w.raw))
    assert "Traceback" not in "".join(w.raw)
    assert memos(db) == []

    # The next start finishes it.
    again = WatchProcess(db, inbox, "--settle", "0.2", "--model", "base").started()
    again.wait_for(lambda e: e["event"] == "file" and e["name"] == "long.wav", timeout=600)
    rc, took = again.stop(signal.SIGTERM)
    assert rc == 0
    assert [(r["filename"], r["status"]) for r in memos(db)] == [("long.wav", "done")]
    check_consistent(db)


# -- 3. nothing leaves the machine ------------------------------------------------------------

GUARD = """
import os, socket
_log = os.environ["MEMO_TEST_NET_LOG"]
def _refuse(*args, **kwargs):
    with open(_log, "a") as f:
        f.write(repr(args[:2]) + "\\n")
    raise OSError("network use during a test")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.getaddrinfo = _refuse
socket.create_connection = _refuse
"""


@pytest.mark.real
def test_ingest_opens_no_connection_and_writes_only_where_asked(tmp_path: Path) -> None:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    home, cwd, data = tmp_path / "home", tmp_path / "cwd", tmp_path / "data"
    for d in (home, cwd, data):
        d.mkdir()
    net_log = tmp_path / "net.log"
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "HF_", "ORT_", "DO_NOT"))
    }
    env.update(
        HOME=str(home),
        PYTHONPATH=f"{guard}{os.pathsep}{ROOT}",
        MEMO_TEST_NET_LOG=str(net_log),
        MEMO_HOME=str(data / "memo-home"),
    )
    command = [sys.executable, "-m", "pipeline", "--db", str(data / "memo.db"), "ingest"]
    command.append(str(SAMPLES / "20261118_173512.m4a"))
    trace = tmp_path / "strace.log"
    if shutil.which("strace"):
        command = ["strace", "-f", "-qq", "-o", str(trace), "-e", "trace=connect", *command]
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout
    assert not net_log.exists(), net_log.read_text()
    if trace.exists():
        inet = [line for line in trace.read_text().splitlines() if "AF_INET" in line]
        assert inet == [], inet
    assert list(home.rglob("*")) == []  # no ~/.cache/Microsoft, no hub telemetry
    assert list(cwd.rglob("*")) == []


# -- 4. special files and odd trees -----------------------------------------------------------


def odd_tree(root: Path) -> Path:
    """A folder with a FIFO, a socket, a symlink loop, a dangling link, a newline in a name
    and one ordinary (silent) recording."""
    root.mkdir(parents=True)
    os.mkfifo(root / "pipe.wav")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock.m4a"))
    sock.close()
    (root / "loop.wav").symlink_to(root / "loop.wav")
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    write_wav(root / "line\nbreak.wav", np.zeros(1600, dtype=np.float32))
    write_wav(root / "ok.wav", np.zeros(3200, dtype=np.float32))
    return root


def test_ingest_skips_special_files_and_loops_with_one_line_each(tmp_path: Path) -> None:
    folder = odd_tree(tmp_path / "in")
    result = run_memo(tmp_path / "memo.db", "ingest", str(folder), timeout=120)
    lines = result.stderr.splitlines()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"skipped {folder / 'pipe.wav'}: a FIFO, not an audio file; skipped" in lines
    assert f"skipped {folder / 'sock.m4a'}: a socket, not an audio file; skipped" in lines
    assert f"skipped {folder / 'loop.wav'}: symlink loop; skipped" in lines
    assert any(line.startswith("empty") and "line\\nbreak.wav" in line for line in lines), lines
    assert "2 empty" in result.stdout
    # Named directly, a FIFO is not opened either, and says what it is.
    named = run_memo(tmp_path / "memo.db", "ingest", str(folder / "pipe.wav"), timeout=60)
    assert named.returncode == 0
    assert "a FIFO, not an audio file" in named.stderr
    assert "no such file" not in named.stderr


def test_an_unreadable_folder_is_reported_once_and_the_rest_is_ingested(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    write_wav(folder / "ok.wav", np.zeros(1600, dtype=np.float32))
    locked = folder / "locked"
    locked.mkdir()
    write_wav(locked / "hidden.wav", np.zeros(1600, dtype=np.float32))
    if os.geteuid() == 0:  # root reads every folder: refuse this one the way the kernel would
        real_scandir = os.scandir

        def scandir(path: Any = ".") -> Any:
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    locked.chmod(0)
    try:
        found = discover([folder])
    finally:
        locked.chmod(0o755)
    assert [f.name for f in found.files] == ["ok.wav"]
    assert found.skipped == [f"{locked}: permission denied; skipped"]


def test_watch_starts_on_an_odd_tree_warns_once_and_keeps_working(tmp_path: Path) -> None:
    folder = odd_tree(tmp_path / "in")
    w = WatchProcess(tmp_path / "memo.db", folder, "--settle", "0.2", "--rescan", "1")
    w.started()
    w.wait_for(lambda e: e["event"] == "file", count=2)
    write_wav(folder / "later.wav", np.zeros(4800, dtype=np.float32))
    w.wait_for(lambda e: e["event"] == "file" and e["name"] == "later.wav")
    time.sleep(2.5)  # two more rescans: the warnings are not repeated
    rc, _ = w.stop()
    assert rc == 0
    w.check_log()
    warnings = [e["message"] for e in w.events if e["event"] == "warning"]
    assert sorted(warnings) == sorted(
        [
            f"{folder / 'pipe.wav'}: a FIFO, not an audio file; skipped",
            f"{folder / 'sock.m4a'}: a socket, not an audio file; skipped",
            f"{folder / 'loop.wav'}: symlink loop; skipped",
        ]
    )
    names = sorted(e["name"] for e in w.events if e["event"] == "file")
    assert names == ["later.wav", "line\\nbreak.wav", "ok.wav"]


def test_printable_keeps_names_on_one_line() -> None:
    assert printable("a\nb\tc\x1b.wav") == "a\\nb\\tc\\x1b.wav"
    assert printable("Zoë 08.15.wav") == "Zoë 08.15.wav"


# -- 5. databases memo does not own -----------------------------------------------------------


def test_foreign_and_newer_databases_are_refused_and_left_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("create table notes (id integer primary key, body text)")
    conn.execute("insert into notes (body) values ('mine')")
    conn.commit()
    conn.close()
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("just some text\n")
    newer = tmp_path / "newer.db"
    Store.open(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) "
        "values ('memo', 'm999_from_the_future', '2027-01-01')"
    )
    conn.commit()
    conn.close()
    audio = write_wav(tmp_path / "in" / "a.wav", np.zeros(1600, dtype=np.float32))
    newer_line = "was written by a newer memo (migration m999_from_the_future); upgrade memo"
    expected = {  # what writing commands say, and what reading ones say
        foreign: ("is a SQLite database memo did not create", "not a memo database"),
        not_sqlite: ("is not a memo database", "not a memo database"),
        newer: (newer_line, newer_line),
    }
    for db, (on_write, on_read) in expected.items():
        before = digest(db)
        for args, message in (
            (["ingest", str(audio)], on_write),
            (["vocab", "add", "X"], on_write),
            (["list"], on_read),
            (["search", "pilot"], on_read),
        ):
            result = run_memo(db, *args, timeout=60)
            assert result.returncode == 1, (db, args, result.stderr)
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
            assert message in result.stderr, result.stderr
        assert digest(db) == before
        assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    # An empty file is a new database.
    empty = tmp_path / "empty.db"
    empty.touch()
    assert run_memo(empty, "ingest", str(audio), timeout=60).returncode == 0


def test_big_ids_and_times_are_one_line_usage_errors(tmp_path: Path) -> None:
    db = tmp_path / "memo.db"
    run_memo(db, "ingest", str(write_wav(tmp_path / "a.wav", np.zeros(1600, np.float32))))
    for args in (["show", "99999999999999999999"], ["show", "1", "--at", "1e8:0:0"]):
        result = run_memo(db, *args, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("Error: Invalid value")


def test_a_database_on_a_read_only_mount_is_read_and_writes_say_why_not(
    tmp_path: Path,
) -> None:
    if not shutil.which("unshare"):
        pytest.skip("needs unshare")
    src, mnt = tmp_path / "src", tmp_path / "mnt"
    mnt.mkdir()
    db = src / "memo.db"
    store = Store.open(db)
    from test_store import make_memo

    store.save(make_memo(text="Met Helen about the pilot."))
    store.close()
    memo = f"{sys.executable} -m pipeline --db {mnt / 'memo.db'}"
    script = (
        f"mount --bind -o ro {src} {mnt} || exit 99; "
        f"{memo} search pilot; echo '--'; {memo} list; echo '--'; {memo} vocab add Pilot 2>&1"
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode == 99:
        pytest.skip(f"cannot bind-mount read-only here: {result.stderr.strip()}")
    found, listed, wrote = result.stdout.split("--\n")
    assert "the [pilot]" in found.lower(), result.stderr
    assert "20261125_101500.m4a" in listed, result.stderr
    assert "not a memo database" not in result.stderr
    assert wrote.strip().endswith("is read-only (`memo search` can still read it)"), wrote


# -- 6. noise stays empty after a memo with names ---------------------------------------------

NOISES = {
    "white.wav": "anoisesrc=color=white:amplitude=0.5",
    "brown.wav": "anoisesrc=color=brown:amplitude=0.8",
    "hum.wav": "sine=frequency=50,volume=0.5",
    "tones.m4a": "sine=frequency=440:beep_factor=3,volume=0.4",
    "wind.wav": "anoisesrc=color=pink:amplitude=0.6,lowpass=f=300,tremolo=f=0.5:d=0.8",
}


def test_a_segment_that_reads_the_prompt_back_is_dropped() -> None:
    prompt = "Glossary: Helen Chen, Northwind Labs, Tom Baker."
    assert is_prompt_echo("Glossary, Helen Chen, Helen Chen.", prompt)
    assert is_prompt_echo("Helen Chen, Helen Chen and Tom Baker", prompt)
    assert is_prompt_echo("Northwind Labs.", prompt, no_speech_prob=0.5)
    assert not is_prompt_echo("Call Helen Chen on Monday about the contract.", prompt)
    assert not is_prompt_echo("Helen Chen.", prompt)  # confident: a memo may be just a name
    assert not is_prompt_echo("Glossary, Helen Chen.", None)
    # A recording that yields nothing but the prompt's names is noise (see `transcribe`).
    assert only_prompt_words("Helen Chen.", prompt)
    assert only_prompt_words("Tom Baker and Northwind Labs", prompt)
    assert not only_prompt_words("Call Helen Chen.", prompt)
    assert not only_prompt_words("...", prompt)


@pytest.mark.real
@pytest.mark.slow
def test_noise_after_a_memo_with_names_stays_empty(tmp_path: Path) -> None:
    db = tmp_path / "memo.db"
    first = run_memo(db, "ingest", str(SAMPLES / "20261118_173512.m4a"), timeout=600)
    assert "people: Kevin Brooks" in first.stderr, first.stderr
    noise = tmp_path / "noise"
    noise.mkdir()
    for name, source in NOISES.items():
        subprocess.run(
            [ffmpeg(), "-v", "error", "-f", "lavfi", "-i", source, "-t", "20",
             "-ar", "16000", "-ac", "1", str(noise / name)],
            check=True,
        )  # fmt: skip
    result = run_memo(db, "ingest", str(noise), timeout=600)
    assert result.returncode == 0, result.stderr
    rows = {r["filename"]: (r["status"], r["text"]) for r in memos(db)}
    assert {name: rows[name] for name in NOISES} == {name: ("empty", "") for name in NOISES}
    people = json.loads(run_memo(db, "people", "--json").stdout)
    assert [p["name"] for p in people] == ["Kevin Brooks"]


def test_locks_full_disks_and_io_errors_are_transient_other_errors_are_not() -> None:
    from pipeline.store import write_error

    for message in ("database is locked", "database or disk is full", "disk I/O error"):
        assert isinstance(write_error(sqlite3.OperationalError(message)), TransientError)
    assert not isinstance(write_error(sqlite3.IntegrityError("UNIQUE failed")), TransientError)


DISK_FULL_SCRIPT = """
set -e
mount -t tmpfs -o size=2m tmpfs "$DB_DIR"
"$PYTHON" -m pipeline --db "$DB_DIR/memo.db" watch "$INBOX" --json-log --settle 0.2 \\
    --rescan 1 --model tiny.en 2> "$LOG" &
W=$!
for i in $(seq 300); do grep -q '"watching"' "$LOG" && break; sleep 0.1; done
dd if=/dev/zero of="$DB_DIR/filler" bs=4k 2>/dev/null || true
cp "$AUDIO" "$INBOX/a.wav"
for i in $(seq 300); do grep -q 'disk is full' "$LOG" && break; sleep 0.1; done
sleep 1.5
rm "$DB_DIR/filler"
for i in $(seq 300); do grep -q '"event": "file"' "$LOG" && break; sleep 0.1; done
kill -TERM $W
wait $W
cp "$DB_DIR/memo.db" "$OUT/memo.db"
"""


@pytest.mark.slow
def test_watch_on_a_full_disk_warns_and_stores_the_file_once_there_is_room(
    tmp_path: Path,
) -> None:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare to mount a small file system")
    db_dir, inbox, out = tmp_path / "db", tmp_path / "in", tmp_path / "out"
    for d in (db_dir, inbox, out):
        d.mkdir()
    audio = write_wav(tmp_path / "silent.wav", np.zeros(1600, dtype=np.float32))
    log = tmp_path / "watch.log"
    env = dict(
        os.environ,
        DB_DIR=str(db_dir),
        INBOX=str(inbox),
        LOG=str(log),
        AUDIO=str(audio),
        OUT=str(out),
        PYTHON=sys.executable,
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", DISK_FULL_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    if "mount" in result.stderr and not log.exists():
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    events = [json.loads(line) for line in log.read_text().splitlines()]
    assert result.returncode == 0, (result.stderr, events)
    warnings = [e["message"] for e in events if e["event"] == "warning"]
    assert any("a.wav" in m and "disk is full" in m for m in warnings), events
    assert [(e["name"], e["status"]) for e in events if e["event"] == "file"] == [
        ("a.wav", "empty")
    ]
    assert [(r["filename"], r["status"]) for r in memos(out / "memo.db")] == [("a.wav", "empty")]


def test_a_new_file_switched_to_wal_by_another_process_is_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite answers "locked" at once, busy timeout or not, to a switch to WAL while another
    process makes the same switch on the same new file: opening tries again."""
    from pipeline import store

    real = store.MemoDatabase.enable_wal
    calls = []

    def switch(db: store.MemoDatabase) -> None:
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")
        real(db)

    monkeypatch.setattr(store.MemoDatabase, "enable_wal", switch)
    db = store.open_db(tmp_path / "memo.db")
    assert len(calls) == 3 and db.journal_mode == "wal"
