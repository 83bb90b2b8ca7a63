"""`memo watch`: how soon a landed recording is searchable, and what an idle watcher costs.

    python -m bench.bench_watch [--files 8] [--settle 2 --settle 0.5] [--idle 60] [--no-write]

Latency: the real `memo watch` runs as a subprocess on a temp folder. For each clip of the
project's own memo set (samples/eval), this process first times the transcriber alone on it
(same model, threads and hotwords, the watcher idle meanwhile), then lands the file the way sync
tools do (written under a hidden temporary name, then renamed in) and polls the database from
a second connection, as `memo search` would, until the memo is committed and its row matches
in the FTS index. The figure is that wait divided by the transcription time of the same file,
measured seconds apart, so drift on a shared machine hits both alike. One clip lands at a
time, so this is latency, not queueing.

Idle: CPU time (user + system, from /proc) of the watcher over `--idle` seconds with nothing to
do, after the files above are known; one periodic rescan falls inside a 60 s window.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path
from typing import Any

from bench.common import ROOT, header, load_samples_set, table, write_section

POLL_S = 0.02


class Watch:
    def __init__(self, db: Path, folder: Path, settle: float) -> None:
        command = [sys.executable, "-m", "pipeline", "--db", str(db), "watch", str(folder)]
        self.proc = subprocess.Popen(
            [*command, "--json-log", "--settle", str(settle)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            try:
                self.events.append(json.loads(line))
            except ValueError:
                print(line, end="", file=sys.stderr)

    def elapsed(self, name: str) -> float | None:
        for e in self.events:
            if e.get("event") == "file" and e.get("name") == name:
                return float(e["elapsed_s"])
        return None

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=60)


def wait_searchable(db: Path, sha: str, timeout: float = 300) -> float:
    """Poll like a reader would; return monotonic time when the memo matches in FTS.

    One connection for the whole wait: outside a transaction every query sees the latest
    commit (WAL), and reopening the database each poll would steal CPU from the watcher.
    """
    deadline = time.monotonic() + timeout
    while not db.exists():
        time.sleep(POLL_S)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        while time.monotonic() < deadline:
            try:
                # Committed and in the FTS index (every landed file is a .wav).
                row = conn.execute(
                    "select m.id from memos m join memos_fts f on f.rowid = m.id "
                    "where m.sha256 = ? and memos_fts match 'filename:wav'",
                    [sha],
                ).fetchone()
            except sqlite3.OperationalError:
                row = None  # schema not created yet
            if row:
                return time.monotonic()
            time.sleep(POLL_S)
    finally:
        conn.close()
    raise TimeoutError(f"memo {sha[:12]} not searchable after {timeout}s")


def latency_run(clips: list[Any], settle: float, work: Path) -> list[dict[str, float]]:
    """Land each clip (as a wav, so `filename:wav` matches) and time it."""
    from pipeline.audio import decode
    from pipeline.store import Store
    from pipeline.transcribe import WhisperTranscriber

    inbox, db = work / f"in-{settle:g}", work / f"memo-{settle:g}.db"
    inbox.mkdir()
    transcriber = WhisperTranscriber()
    watch = Watch(db, inbox, settle)
    rows = []
    try:
        warm = decode(clips[0].path)
        transcriber.transcribe(warm)
        land(inbox, "warmup.wav", wav_bytes(warm))  # the watcher loads its models on this one
        wait_searchable(db, hashlib.sha256(wav_bytes(warm)).hexdigest())
        store = Store.open(db)
        for c in clips[1:]:
            samples = decode(c.path)
            data = wav_bytes(samples)
            # The hotwords the watcher's ingestor will pass for this file (names known so far).
            hotwords = store.vocabulary().hotwords()
            t = time.perf_counter()
            transcriber.transcribe(samples, hotwords=hotwords)
            transcribe_s = time.perf_counter() - t
            name = Path(c.name).stem + ".wav"
            landed = land(inbox, name, data)
            searchable = wait_searchable(db, hashlib.sha256(data).hexdigest())
            time.sleep(0.2)  # let the watcher's line arrive
            rows.append(
                {
                    "audio_s": len(samples) / 16000,
                    "transcribe_s": transcribe_s,
                    "latency_s": searchable - landed,
                    "processing_s": watch.elapsed(name) or float("nan"),
                }
            )
            print(f"settle {settle:g}: {name} {rows[-1]}", file=sys.stderr)
        store.close()
    finally:
        watch.stop()
    return rows


def wav_bytes(samples: Any) -> bytes:
    import numpy as np

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return buf.getvalue()


def land(inbox: Path, name: str, data: bytes) -> float:
    tmp = inbox / f".{name}.part"
    tmp.write_bytes(data)
    tmp.rename(inbox / name)
    return time.monotonic()


def idle_cpu(work: Path, seconds: float) -> tuple[float, int]:
    """CPU seconds used by an idle watcher over `seconds`, and how many known files it watches."""
    inbox = next(p for p in sorted(work.glob("in-*")))
    db = next(p for p in sorted(work.glob("memo-*.db")))
    watch = Watch(db, inbox, 2.0)
    try:
        time.sleep(5)  # start-up scan done
        before = watch.cpu_seconds()
        time.sleep(seconds)
        used = watch.cpu_seconds() - before
    finally:
        watch.stop()
    return used, len(list(inbox.glob("*.wav")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=8, help="clips to land (plus one warm-up)")
    parser.add_argument("--settle", type=float, action="append", help="settle times to try")
    parser.add_argument("--idle", type=float, default=60.0, help="seconds of idle to measure")
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args()
    settles = args.settle or [2.0, 0.5]
    clips = load_samples_set()[: args.files + 1]
    if len(clips) < 2:
        sys.exit("samples/eval is missing: nothing to land")
    work = Path(tempfile.mkdtemp(prefix="bench_watch-"))
    try:
        results = {s: latency_run(clips, s, work) for s in settles}
        idle_s, known = idle_cpu(work, args.idle)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = []
    for s, rows in results.items():
        med = statistics.median
        lines.append(
            [
                f"{s:g} s",
                len(rows),
                f"{med(r['audio_s'] for r in rows):.1f} s",
                f"{med(r['transcribe_s'] for r in rows):.2f} s",
                f"{med(r['processing_s'] for r in rows):.2f} s",
                f"{med(r['latency_s'] for r in rows):.2f} s",
                f"{med(r['latency_s'] / r['transcribe_s'] for r in rows):.2f}x",
                f"{max(r['latency_s'] / r['transcribe_s'] for r in rows):.2f}x",
            ]
        )
    body = "\n".join(
        [
            "## memo watch: landing to searchable, and the idle watcher",
            "",
            header(),
            table(
                [
                    "settle",
                    "files",
                    "audio (median)",
                    "transcribe alone",
                    "watcher processing",
                    "landed -> searchable",
                    "ratio (median)",
                    "ratio (worst)",
                ],
                lines,
            ),
            "",
            "*ratio* is landed -> searchable divided by the transcription time of the same file "
            "(faster-whisper alone with the same model, settings and hotwords, timed seconds "
            "before). *watcher "
            "processing* is the watcher's own time per file (decode excluded, transcription, "
            "extraction and the commit). The rest is the settle time (size and mtime must stand "
            "still that long) plus the header probe. With the default 2 s settle the settle wait "
            "dominates on short memos; `--settle 0.5` suits a folder that files are renamed into.",
            "",
            f"Idle watcher ({known} known files, default 60 s rescan): "
            f"**{idle_s:.2f} CPU seconds over {args.idle:g} s** "
            f"({100 * idle_s / args.idle:.2f} % of one core; /proc counts in 0.01 s ticks).",
        ]
    )
    print(body)
    if not args.no_write:
        write_section("watch", body)


if __name__ == "__main__":
    main()
