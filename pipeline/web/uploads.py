"""Recordings uploaded from a phone: saved whole into the inbox, then ingested in the background.

A file is streamed to a hidden `.part` name in `<data dir>/inbox/` (a name `memo watch` and
`memo ingest` skip) and renamed to its own name only once every byte is there, so nothing
half-written is ever ingested. One worker thread ingests what is waiting by running
`memo ingest` itself in a child process: the same path as the CLI, and Whisper's memory and
CPU stay out of the server, so pages keep answering while a memo is transcribed.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import re
import secrets
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from ..audio import is_audio_name
from ..errors import MemoError

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 512 * 1024 * 1024
CHUNK = 1024 * 1024
KEEP_JOBS = 50


class UploadError(MemoError):
    """An upload refused (not audio, too large, nothing sent)."""


@dataclass(frozen=True)
class Job:
    id: int
    name: str
    state: str  # "waiting", "ingesting", "done", "failed"
    memo_id: int | None = None
    reason: str | None = None
    started: float = 0.0


def safe_name(name: str) -> str:
    """The file's own name without any folder part or characters a file system minds."""
    base = re.split(r"[\\/]", name or "")[-1].strip()
    base = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", base).lstrip(".~$ ")
    return base[:200] or "recording"


def save(stream: BinaryIO, name: str, inbox: Path, limit: int = MAX_UPLOAD_BYTES) -> Path:
    """Copy an uploaded file into `inbox` under a temporary name, then rename it.

    Raises:
        UploadError: not an audio file name, or larger than `limit` (nothing is kept).
    """
    final_name = safe_name(name)
    if not is_audio_name(final_name):
        raise UploadError(f"{final_name}: not an audio file (m4a, mp3, ogg, opus, wav, 3gp, ...)")
    inbox.mkdir(parents=True, exist_ok=True)
    tmp = inbox / f".upload-{secrets.token_hex(8)}.part"
    size = 0
    try:
        with open(tmp, "xb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise UploadError(f"{final_name}: larger than {limit // (1024 * 1024)} MB")
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise UploadError(f"{final_name}: the file is empty")
        target = _free_name(inbox, final_name)
        os.replace(tmp, target)
        return target
    finally:
        tmp.unlink(missing_ok=True)


def _free_name(folder: Path, name: str) -> Path:
    stem, suffix = os.path.splitext(name)
    for n in itertools.count(1):
        p = folder / (name if n == 1 else f"{stem} ({n}){suffix}")
        if not p.exists():
            return p
    raise AssertionError("unreachable")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


class Uploads:
    """The queue of uploaded files and one worker thread that ingests them."""

    def __init__(self, db_path: str, extra_args: tuple[str, ...] = ()) -> None:
        self.db_path = db_path
        self.extra_args = extra_args
        self._jobs: dict[int, Job] = {}
        self._paths: dict[int, Path] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._thread: threading.Thread | None = None
        self._stopping = False

    def add(self, path: Path) -> Job:
        with self._lock:
            job = Job(next(self._ids), path.name, "waiting", started=time.time())
            self._jobs[job.id] = job
            self._paths[job.id] = path
            for old in sorted(self._jobs)[:-KEEP_JOBS]:
                if self._jobs[old].state in ("done", "failed"):
                    del self._jobs[old]
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="memo-uploads", daemon=True)
                self._thread.start()
            self._wake.notify()
        return job

    def refused(self, name: str, reason: str) -> Job:
        with self._lock:
            job = Job(next(self._ids), name, "failed", reason=reason, started=time.time())
            self._jobs[job.id] = job
        return job

    def jobs(self) -> list[Job]:
        with self._lock:
            return [self._jobs[k] for k in sorted(self._jobs, reverse=True)]

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            self._wake.notify()

    def _set(self, job_id: int, **changes: object) -> None:
        with self._lock:
            self._jobs[job_id] = replace(self._jobs[job_id], **changes)  # type: ignore[arg-type]

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._stopping and not any(
                    j.state == "waiting" for j in self._jobs.values()
                ):
                    self._wake.wait()
                if self._stopping:
                    return
                batch = [j.id for j in self._jobs.values() if j.state == "waiting"]
            for job_id in batch:
                self._set(job_id, state="ingesting")
            self._ingest(batch)

    def _ingest(self, batch: list[int]) -> None:
        paths = [self._paths[i] for i in batch]
        cmd = [sys.executable, "-m", "pipeline", "--db", self.db_path, "ingest", *self.extra_args]
        try:
            proc = subprocess.run(
                [*cmd, *map(str, paths)], capture_output=True, text=True, timeout=6 * 3600
            )
            output = proc.stderr + proc.stdout
        except (OSError, subprocess.SubprocessError) as e:
            output = f"failed  ingest could not run: {e}"
        for job_id, path in zip(batch, paths, strict=True):
            try:
                found = self._memo_of(path)
            except (OSError, MemoError) as e:
                found = None
                output += f"\nfailed  {path}: {e}"
            if found is None:
                self._set(job_id, state="failed", reason=_reason(output, path))
            elif found["status"] == "failed":
                self._set(job_id, state="failed", memo_id=found["id"], reason=found["error"])
            else:
                self._set(job_id, state="done", memo_id=found["id"])
            self._paths.pop(job_id, None)

    def _memo_of(self, path: Path) -> dict[str, Any] | None:
        """The memo `memo ingest` made of these bytes (the store knows memos by sha256)."""
        from ..store import Store

        store = Store.open(self.db_path, create=False)
        try:
            return store.known_sha(sha256_of(path))
        finally:
            store.close()


def _reason(output: str, path: Path) -> str:
    """The line `memo ingest` printed about this file, else its last line."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in lines:
        if path.name in line and line.startswith("failed"):
            return line.split(": ", 1)[-1]
    return lines[-1] if lines else "ingest did not say why"
