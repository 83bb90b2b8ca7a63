"""The one place that composes the stages: file -> audio -> transcript -> extraction -> store.

Every file ends in exactly one state: a new memo (`done` or `empty`), a memo we already had
(`known`, matched by the sha256 of its bytes, whatever its name), or `failed` with the reason
stored as a failed memo so it is not retried in a loop. One file's failure never stops a batch.

Files flow through three kinds of thread (CTranslate2 and PyAV release the GIL):
- one thread hashes and decodes files ahead of the transcriber, so decoding costs no wall
  time in a batch;
- `transcriber.workers` threads transcribe that many files at once (on a small CPU, files in
  parallel beat threads within one file: see `transcribe.plan_workers`);
- the caller's thread extracts, saves and yields each file's result as it finishes.
At most `workers + 1` files, and about `MAX_HELD_S` seconds of audio beyond the latest, are
decoded and held at a time, so memory stays bounded whatever the batch holds.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import audio
from .errors import AudioError, MemoError
from .memory import release_freed_memory
from .records import AudioInfo, Memo, Vocabulary
from .store import Store

if TYPE_CHECKING:
    import numpy as np

    from .extract import Extractor
    from .records import Transcript
    from .transcribe import Transcriber

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000
# Decoded audio a batch may hold at once (float32: 230 MB an hour), beyond the one file being
# decoded. A file is not decoded ahead while this much waits or is being transcribed, so an
# hour-long recording does not sit in memory beside two others.
MAX_HELD_S = 1800.0

# Names that are never memos: sync tools' temporary and placeholder files, editor swap files.
TEMP_SUFFIXES = (".part", ".tmp", ".temp", ".crdownload", ".download", ".icloud", ".swp", ".swx")


def is_candidate(path: Path) -> bool:
    """An audio file worth looking at: audio suffix, not hidden, not a temporary name."""
    name = path.name
    if name.startswith((".", "~$", "~")) or name.lower().endswith(TEMP_SUFFIXES):
        return False
    return audio.is_audio_name(path)


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Expand files and folders (recursively) into candidate files, sorted, without repeats.

    Returns the files and one error line per path that does not exist. A file named
    explicitly is taken whatever its suffix, so a mislabelled file fails loudly rather than
    being skipped silently.
    """
    files: dict[str, Path] = {}
    missing: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    f = Path(root) / n
                    if is_candidate(f):
                        files.setdefault(str(f.resolve()), f)
        elif p.is_file():
            files.setdefault(str(p.resolve()), p)
        else:
            missing.append(f"{raw}: no such file or folder")
    return sorted(files.values(), key=lambda f: str(f)), missing


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # "new", "known", "empty", "failed"
    memo_id: int | None = None
    error: str | None = None
    duration_s: float = 0.0
    elapsed_s: float = 0.0
    people: tuple[str, ...] = ()


@dataclass
class _Prepared:
    """A file hashed, probed and decoded, then (on a worker) transcribed."""

    path: Path
    info: AudioInfo | None = None
    stat: tuple[int, int] | None = None  # (size, mtime_ns) seen before hashing
    samples: np.ndarray | None = None
    error: str | None = None
    known_id: int | None = None
    silent: bool = False
    vocabulary: Vocabulary | None = None
    transcript: Transcript | None = None
    started: float | None = None  # when work beyond decoding began (time.monotonic)


class _Stopped(Exception):
    """Raised inside a transcription when the batch has been abandoned."""


@dataclass
class Ingestor:
    """Runs files through the pipeline into `store`.

    `transcriber` and `extractor` are created on first need (the real faster-whisper and
    spaCy) unless given, so tests can inject fakes and nothing heavy loads for known files.
    """

    store: Store
    transcriber: Transcriber | None = None
    extractor: Extractor | None = None
    model: str | None = None
    language: str | None = None
    force: bool = False
    hotwords: Callable[[], str | None] | None = None
    on_progress: Callable[[Path, float, float], None] | None = None
    # Names the database knows plus the user's words, fed to Whisper (as hotwords, unless
    # `hotwords` is given) and to spaCy (as patterns). Default: `Store.vocabulary`, read
    # before each file so a name heard in one memo helps the next. `Vocabulary` (the class,
    # which makes an empty one) turns it off.
    vocabulary: Callable[[], Vocabulary] | None = None
    # Hashing and decoding, one file ahead of the transcribers.
    _pool: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1), repr=False)
    _workers: ThreadPoolExecutor | None = field(default=None, repr=False)
    # Every thread looks things up on the one SQLite connection the caller's thread writes
    # with; one connection must not be used by two threads at once.
    _db_lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    # Set when a batch is abandoned (Ctrl-C, `close`), so running transcriptions stop at
    # their next segment instead of finishing work nobody will save.
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _spacy_requested: bool = field(default=False, repr=False)
    # Seconds of decoded audio held by files between `_prepare` and the end of `_transcribe`.
    _held_s: float = field(default=0.0, repr=False)
    _held: threading.Condition = field(default_factory=threading.Condition, repr=False)

    def _get_transcriber(self) -> Transcriber:
        if self.transcriber is None:
            from .transcribe import WhisperTranscriber

            self.transcriber = WhisperTranscriber(self.model)
        return self.transcriber

    def _get_extractor(self) -> Extractor:
        if self.extractor is None:
            from .extract import SpacyExtractor

            self.extractor = SpacyExtractor()
        return self.extractor

    def ingest(self, paths: Iterable[Path]) -> Iterator[IngestResult]:
        """Process files, yielding each result as its memo is saved (see the module docstring).

        Results come in the order files finish, so a long recording does not hold up the
        short ones behind it. Each transcription is prompted with the names learned from the
        memos saved before it starts: with one worker, every earlier file; with several, all
        but those still in flight or being saved (a worker is not left idle for that).
        """
        queue = iter(list(paths))
        # A transcriber created on first need (no transcriber given) transcribes one at a time.
        workers = max(1, getattr(self.transcriber, "workers", 1))
        if self._workers is None:
            self._workers = ThreadPoolExecutor(workers, thread_name_prefix="transcribe")
        self._spacy_requested = self._spacy_requested or self.extractor is not None
        self._stop.clear()
        with self._held:
            self._held_s = 0.0  # an abandoned batch's decoded files are not coming back
        decoding: deque[Future[_Prepared]] = deque()  # in input order, one file ahead
        running: dict[Future[_Prepared], int] = {}  # transcribing -> position in the input
        position = 0

        def top_up() -> None:
            nonlocal position
            assert self._workers is not None
            while True:
                if len(running) < workers and decoding:
                    task = self._workers.submit(self._transcribe_after, decoding.popleft())
                    running[task] = position
                    position += 1
                elif len(decoding) + len(running) < workers + 1:
                    path = next(queue, None)
                    if path is None:
                        return
                    decoding.append(self._pool.submit(self._prepare, path))
                else:
                    return

        top_up()
        try:
            while running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for task in sorted(done, key=running.__getitem__):
                    del running[task]
                    if workers > 1:
                        top_up()  # keep every core busy while this memo is saved
                    result = self._finish(task.result())
                    top_up()
                    yield result
        finally:
            if running or decoding:  # abandoned part-way: a KeyboardInterrupt, or the caller
                self._stop.set()
                for f in [*running, *decoding]:
                    f.cancel()

    def ingest_file(self, path: str | Path) -> IngestResult:
        """One file, entirely on the calling thread (what the watcher uses)."""
        return self._finish(self._transcribe(self._prepare(Path(path))))

    def close(self) -> None:
        """Stop whatever is still running and wait for the threads to finish."""
        self._stop.set()
        if self._workers is not None:
            self._workers.shutdown(wait=True, cancel_futures=True)
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _prepare(self, path: Path) -> _Prepared:
        """Hash, probe and decode; cheap checks first so known files cost only a hash."""
        try:
            # Stat before hashing: if the file changes meanwhile, the recorded size/mtime
            # will not match it later and it is looked at again.
            st = path.stat()
            info = audio.probe(path)
        except AudioError as e:
            return _Prepared(path, error=str(e))
        except OSError as e:
            return _Prepared(path, error=f"cannot read file: {e.strerror or e}")
        seen = (st.st_size, st.st_mtime_ns)
        with self._db_lock:
            known = self.store.known_sha(info.sha256)
        if known and not self.force:
            return _Prepared(path, info=info, stat=seen, known_id=int(known["id"]))
        with self._held:
            # Only files transcribing or queued hold audio, and they release it as they finish.
            while self._held_s >= MAX_HELD_S and not self._stop.is_set():
                self._held.wait(timeout=1.0)
        try:
            samples = audio.decode(path)
        except AudioError as e:
            return _Prepared(path, info=info, stat=seen, error=str(e))
        release_freed_memory()  # the decoder's frames, now one array
        duration = len(samples) / SAMPLE_RATE
        with self._held:
            self._held_s += duration
        info = replace(info, duration_s=duration)
        return _Prepared(path, info=info, stat=seen, samples=samples)

    def _transcribe_after(self, prepared: Future[_Prepared]) -> _Prepared:
        """A batch worker's job. Only batches preload spaCy: in `ingest_file` (the watcher) a
        background load would hold up a stop asked for during the first memo."""
        p = prepared.result()
        if p.samples is not None:
            self._request_spacy()
        return self._transcribe(p)

    def _transcribe(self, p: _Prepared) -> _Prepared:
        """Silence check, vocabulary and Whisper for a decoded file; a failure is stored."""
        if p.samples is None:
            return p
        try:
            return self._transcribe_samples(p)
        finally:
            p.samples = None  # an hour of audio is 230 MB; the transcript is all we need now
            with self._held:
                assert p.info is not None
                self._held_s -= p.info.duration_s
                self._held.notify_all()

    def _transcribe_samples(self, p: _Prepared) -> _Prepared:
        assert p.samples is not None and p.info is not None
        with self._db_lock:
            # A copy of this file earlier in the batch may have been saved since it was hashed.
            known = None if self.force else self.store.known_sha(p.info.sha256)
        if known:
            p.known_id = int(known["id"])
            return p
        p.started = time.monotonic()
        if audio.is_silent(p.samples):
            p.silent = True
            return p
        total = p.info.duration_s

        def progress(done: float) -> None:
            if self._stop.is_set():
                raise _Stopped
            if self.on_progress:
                self.on_progress(p.path, done, total)

        with self._db_lock:
            p.vocabulary = self.vocabulary() if self.vocabulary else self.store.vocabulary()
        try:
            p.transcript = self._get_transcriber().transcribe(
                p.samples,
                language=self.language,
                hotwords=self.hotwords() if self.hotwords else p.vocabulary.hotwords(),
                on_progress=progress,
            )
        except MemoError as e:
            p.error = str(e)
        return p

    def _request_spacy(self) -> None:
        """Load spaCy on the decode thread while the first file is transcribed, so its
        second or two of loading is hidden rather than added after Whisper."""
        if not self._spacy_requested:
            self._spacy_requested = True
            from .extract import load_nlp

            self._pool.submit(load_nlp)

    def _finish(self, p: _Prepared) -> IngestResult:
        started = p.started or time.monotonic()
        path = str(p.path)
        if p.info is None:
            # Unreadable: there are no bytes to identify it by, so nothing is stored.
            return IngestResult(path, "failed", error=p.error)
        self._remember(p)
        if p.known_id is not None:
            return IngestResult(path, "known", memo_id=p.known_id)
        if p.error is not None:
            return self._save(Memo(p.info, "failed", error=p.error), started, path)
        if p.silent:
            return self._save(Memo(p.info, "empty"), started, path)
        assert p.transcript is not None and p.vocabulary is not None
        if p.transcript.is_empty:
            return self._save(Memo(p.info, "empty", transcript=p.transcript), started, path)
        try:
            extraction = self._get_extractor().extract(
                p.transcript, p.info.recorded_at, vocabulary=p.vocabulary.terms
            )
        except MemoError as e:
            return self._save(Memo(p.info, "failed", error=str(e)), started, path)
        memo = Memo(p.info, "done", transcript=p.transcript, extraction=extraction)
        return self._save(memo, started, path)

    def _save(self, memo: Memo, started: float, path: str) -> IngestResult:
        with self._db_lock:
            # Two copies of one recording transcribed at once: the second is only "known".
            known = None if self.force else self.store.known_sha(memo.audio.sha256)
            if known:
                return IngestResult(path, "known", memo_id=int(known["id"]))
            memo_id = self.store.save(memo, replace=self.force)
        status = {"done": "new"}.get(memo.status, memo.status)
        people = tuple(
            dict.fromkeys(m.name for m in memo.extraction.mentions if m.kind == "person")
        )
        return IngestResult(
            path,
            status,
            memo_id=memo_id,
            error=memo.error,
            duration_s=memo.audio.duration_s,
            elapsed_s=time.monotonic() - started,
            people=people,
        )

    def _remember(self, p: _Prepared) -> None:
        assert p.info is not None and p.stat is not None
        size, mtime_ns = p.stat
        with self._db_lock:
            self.store.remember_file(str(p.path.resolve()), size, mtime_ns, p.info.sha256)


def summary(results: Iterable[IngestResult]) -> dict[str, int]:
    counts = {"new": 0, "known": 0, "empty": 0, "failed": 0}
    for r in results:
        counts[r.status] += 1
    return counts
