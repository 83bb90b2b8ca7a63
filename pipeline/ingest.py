"""The one place that composes the stages: file -> audio -> transcript -> extraction -> store.

Every file ends in exactly one `Outcome`: a new memo (`new` or `empty`), a memo we already had
(`known`, matched by the sha256 of its bytes, whatever its name), `failed` with the reason
stored as a failed memo so it is not retried in a loop, or, storing nothing, `retry` (a
passing database fault: locked too long, disk full) or `stopped` (cancelled). One file's
failure never stops a batch. Before saving, each stage's decision is one verdict type
(`_Known`, `_Failed`, `_Silent`, `_Heard`, ...), not a combination of optional fields.

Stopping has one mechanism, the ingestor's `CancelToken` (see `cancel.py`): transcriptions
check it at every segment, and no thread waits on a transcription without looking at it
every `TICK_S`, so a stop is never held up by a 30-s window in progress.

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

import errno
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from . import audio
from .cancel import CancelToken
from .corrections import transcript_fixes
from .errors import AudioError, Cancelled, MemoError, TransientError
from .memory import release_freed_memory
from .records import AudioInfo, Memo, Vocabulary
from .store import Store

if TYPE_CHECKING:
    import numpy as np

    from .extract import Extractor
    from .records import Transcript
    from .transcribe import Transcriber

log = logging.getLogger(__name__)

# Decoded audio a batch may hold at once (float32: 230 MB an hour), beyond the one file being
# decoded. A file is not decoded ahead while this much waits or is being transcribed, so an
# hour-long recording does not sit in memory beside two others.
MAX_HELD_S = 1800.0
# How long `close` waits for its threads to end after cancelling them.
CLOSE_WAIT_S = 1.0
# The names of the threads an Ingestor starts begin with this.
THREADS = "memo-"
# How often a thread waiting on transcriptions looks at its cancel token.
TICK_S = 0.1

# Names that are never memos: sync tools' temporary and placeholder files, editor swap files.
TEMP_SUFFIXES = (".part", ".tmp", ".temp", ".crdownload", ".download", ".icloud", ".swp", ".swx")


def threads_left() -> list[threading.Thread]:
    """Ingest threads still running (a transcription that has not reached its next segment):
    a CLI that is stopping ends the process rather than wait for them."""
    return [t for t in threading.enumerate() if t.name.startswith(THREADS) and t.is_alive()]


def is_candidate(path: Path) -> bool:
    """An audio file worth looking at: audio suffix, not hidden, not a temporary name."""
    name = path.name
    if name.startswith((".", "~$", "~")) or name.lower().endswith(TEMP_SUFFIXES):
        return False
    return audio.is_audio_name(path)


def printable(text: str) -> str:
    """`text` on one line: control characters (a newline in a file name) shown escaped."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@dataclass(frozen=True)
class Found:
    """What `discover` found: files to ingest, paths that do not exist (`missing`, one line
    each, a failure) and things passed over (`skipped`: special files, symlink loops and
    unreadable folders, one line each, reported once; the batch goes on)."""

    files: list[Path]
    missing: list[str]
    skipped: list[str]


def discover(paths: Iterable[str | Path]) -> Found:
    """Expand files and folders (recursively) into candidate files, sorted, without repeats.

    A file named explicitly is taken whatever its suffix, so a mislabelled file fails loudly
    rather than being skipped silently. FIFOs, sockets and devices are never opened (reading a
    FIFO waits for ever); symlinks to folders are not followed, so a loop cannot recurse.
    """
    files: dict[str, Path] = {}
    missing: list[str] = []
    skipped: list[str] = []

    def take(f: Path, named: bool) -> None:
        try:
            st = f.stat()
            key = str(f.resolve(strict=True))
        except (OSError, RuntimeError) as e:
            if isinstance(e, FileNotFoundError) and not f.is_symlink():
                if named:
                    missing.append(f"{printable(str(f))}: no such file or folder")
                return
            reason = "symlink loop" if _is_loop(e) else _os_reason(e)
            skipped.append(f"{printable(str(f))}: {reason}; skipped")
            return
        kind = audio.special_kind(st.st_mode)
        if kind:
            skipped.append(f"{printable(str(f))}: {kind}, not an audio file; skipped")
            return
        files.setdefault(key, f)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():

            def unreadable(e: OSError, top: Path = p) -> None:
                name = printable(str(e.filename or top))
                skipped.append(f"{name}: {_os_reason(e)}; skipped")

            for root, dirs, names in os.walk(p, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    f = Path(root) / n
                    if is_candidate(f):
                        take(f, named=False)
        else:
            take(p, named=True)
    return Found(sorted(files.values(), key=lambda f: str(f)), missing, skipped)


def _is_loop(e: BaseException) -> bool:
    return isinstance(e, RuntimeError) or getattr(e, "errno", None) == errno.ELOOP


def _os_reason(e: BaseException) -> str:
    if isinstance(e, PermissionError):
        return "permission denied"
    return getattr(e, "strerror", None) or str(e)


class Outcome(StrEnum):
    """What became of one file; the CLI and the watcher count and print these."""

    NEW = "new"  # a memo with text
    KNOWN = "known"  # its bytes were already a memo
    EMPTY = "empty"  # a memo with no speech
    FAILED = "failed"  # a failed memo (stored with its reason), or unreadable (nothing stored)
    RETRY = "retry"  # a passing fault (database locked, disk full): nothing stored, try later
    STOPPED = "stopped"  # cancelled before its memo was saved: the next run does it


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: Outcome
    memo_id: int | None = None
    error: str | None = None
    duration_s: float = 0.0
    elapsed_s: float = 0.0
    people: tuple[str, ...] = ()


# What the stages before saving decided about a file, one type per verdict.
@dataclass(frozen=True)
class _Unreadable:
    error: str


@dataclass(frozen=True)
class _Known:
    memo_id: int


@dataclass(frozen=True)
class _Failed:
    error: str


@dataclass(frozen=True)
class _Silent:
    pass


@dataclass(frozen=True)
class _Heard:
    transcript: Transcript
    vocabulary: Vocabulary


_Verdict = _Unreadable | _Known | _Failed | _Silent | _Heard


@dataclass
class _File:
    """A file on its way through: hashed and probed, decoded (`samples`, until transcribed),
    then given its `verdict`. `verdict` None means decoded and waiting for Whisper."""

    path: Path
    info: AudioInfo | None = None
    stat: tuple[int, int] | None = None  # (size, mtime_ns) seen before hashing
    samples: np.ndarray | None = None
    started: float | None = None  # when work beyond decoding began (time.monotonic)
    verdict: _Verdict | None = None


@dataclass
class Ingestor:
    """Runs files through the pipeline into `store`.

    `transcriber` and `extractor` are created on first need (the real faster-whisper and
    spaCy) unless given, so tests can inject fakes and nothing heavy loads for known files.
    `cancel` stops it (see `cancel.py`); a cancelled Ingestor stays cancelled: close it.
    """

    store: Store
    transcriber: Transcriber | None = None
    extractor: Extractor | None = None
    model: str | None = None
    language: str | None = None
    force: bool = False
    on_progress: Callable[[Path, float, float], None] | None = None
    # Names the database knows plus the user's words, fed to Whisper (as hotwords) and to
    # spaCy (as patterns). Default: `Store.vocabulary`, read before each file so a name heard
    # in one memo helps the next. `Vocabulary` (the class, which makes an empty one) turns it
    # off.
    vocabulary: Callable[[], Vocabulary] | None = None
    cancel: CancelToken = field(default_factory=CancelToken)
    # Hashing and decoding, one file ahead of the transcribers.
    _pool: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix=f"{THREADS}decode"),
        repr=False,
    )
    _workers: ThreadPoolExecutor | None = field(default=None, repr=False)
    _n_workers: int = field(default=1, repr=False)
    # Every thread looks things up on the one SQLite connection the caller's thread writes
    # with; one connection must not be used by two threads at once.
    _db_lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
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

    def _start_workers(self) -> ThreadPoolExecutor:
        if self._workers is None:
            # A transcriber created on first need (none given) transcribes one at a time.
            self._n_workers = max(1, getattr(self.transcriber, "workers", 1))
            self._workers = ThreadPoolExecutor(
                self._n_workers, thread_name_prefix=f"{THREADS}transcribe"
            )
        return self._workers

    def ingest(self, paths: Iterable[Path]) -> Iterator[IngestResult]:
        """Process files, yielding each result as its memo is saved (see the module docstring).

        Results come in the order files finish, so a long recording does not hold up the
        short ones behind it. Each transcription is prompted with the names learned from the
        memos saved before it starts: with one worker, every earlier file; with several, all
        but those still in flight or being saved (a worker is not left idle for that).
        Raises `Cancelled` once `cancel` is due; abandoning the generator cancels too.
        """
        queue = iter(list(paths))
        pool = self._start_workers()
        workers = self._n_workers
        self._spacy_requested = self._spacy_requested or self.extractor is not None
        decoding: deque[Future[_File]] = deque()  # in input order, one file ahead
        running: dict[Future[_File], int] = {}  # transcribing -> position in the input
        position = 0

        def top_up() -> None:
            nonlocal position
            while not self.cancel.requested:
                if len(running) < workers and decoding:
                    task = pool.submit(self._transcribe_after, decoding.popleft())
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
                # Never blocked on a transcription: a due stop is seen within a tick.
                done, _ = wait(running, timeout=TICK_S, return_when=FIRST_COMPLETED)
                self.cancel.check()
                for task in sorted(done, key=running.__getitem__):
                    del running[task]
                    if workers > 1:
                        top_up()  # keep every core busy while this memo is saved
                    result = self._finish(task.result())
                    top_up()
                    yield result
            self.cancel.check()  # asked for a stop before the rest were started
        finally:
            if running or decoding:  # abandoned part-way: cancelled, or the caller stopped
                self.cancel.cancel()
                for f in [*running, *decoding]:
                    f.cancel()

    def ingest_file(self, path: str | Path) -> IngestResult:
        """One file, transcribed on a worker thread while this one waits, ready to give up.

        What the watcher uses: when `cancel` is due this raises `Cancelled` within a tick,
        even mid-window, and the worker stops at its next segment.
        """
        task = self._start_workers().submit(lambda: self._transcribe(self._prepare(Path(path))))
        while True:
            try:
                f = task.result(timeout=TICK_S)
                break
            except FutureTimeout:
                self.cancel.check()
        self.cancel.check()
        return self._finish(f)

    def close(self, wait_s: float = CLOSE_WAIT_S) -> None:
        """Cancel whatever still runs and give the threads `wait_s` to end. A transcription
        mid-window that takes longer is left to stop at its next segment (see `threads_left`)."""
        self.cancel.cancel()
        for pool in (self._workers, self._pool):
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + wait_s
        for t in threads_left():
            t.join(timeout=max(0.0, deadline - time.monotonic()))

    def _prepare(self, path: Path) -> _File:
        """Hash, probe and decode; cheap checks first so known files cost only a hash."""
        f = _File(path)
        try:
            # Stat before hashing: if the file changes meanwhile, the recorded size/mtime
            # will not match it later and it is looked at again.
            st = path.stat()
            kind = audio.special_kind(st.st_mode)
            if kind:
                f.verdict = _Unreadable(f"{kind}, not an audio file")
                return f
            f.info = audio.probe(path)
        except AudioError as e:
            f.verdict = _Unreadable(str(e))
            return f
        except OSError as e:
            f.verdict = _Unreadable(f"cannot read file: {e.strerror or e}")
            return f
        f.stat = (st.st_size, st.st_mtime_ns)
        with self._db_lock:
            known = self.store.known_sha(f.info.sha256)
        if known and not self.force:
            f.verdict = _Known(int(known["id"]))
            return f
        with self._held:
            # Only files transcribing or queued hold audio, and they release it as they finish.
            while self._held_s >= MAX_HELD_S and not self.cancel.requested:
                self._held.wait(timeout=1.0)
        if self.cancel.requested:
            f.verdict = None  # not decoded; the cancelled batch will not look at it
            return f
        try:
            samples = audio.decode(path)
        except AudioError as e:
            f.verdict = _Failed(str(e))
            return f
        release_freed_memory()  # the decoder's frames, now one array
        duration = len(samples) / audio.SAMPLE_RATE
        with self._held:
            self._held_s += duration
        f.info = replace(f.info, duration_s=duration)
        f.samples = samples
        return f

    def _transcribe_after(self, prepared: Future[_File]) -> _File:
        """A batch worker's job. Only batches preload spaCy: in `ingest_file` (the watcher) a
        background load would hold up a stop asked for during the first memo."""
        f = prepared.result()
        if f.samples is not None:
            self._request_spacy()
        return self._transcribe(f)

    def _transcribe(self, f: _File) -> _File:
        """Silence check, vocabulary and Whisper for a decoded file."""
        if f.samples is None:
            return f
        try:
            f.verdict = self._hear(f)
        finally:
            f.samples = None  # an hour of audio is 230 MB; the transcript is all we need now
            with self._held:
                assert f.info is not None
                self._held_s -= f.info.duration_s
                self._held.notify_all()
        return f

    def _hear(self, f: _File) -> _Verdict:
        assert f.samples is not None and f.info is not None
        with self._db_lock:
            # A copy of this file earlier in the batch may have been saved since it was hashed.
            known = None if self.force else self.store.known_sha(f.info.sha256)
        if known:
            return _Known(int(known["id"]))
        f.started = time.monotonic()
        if audio.is_silent(f.samples):
            return _Silent()
        total = f.info.duration_s

        def progress(done: float) -> None:
            self.cancel.check()
            if self.on_progress:
                self.on_progress(f.path, done, total)

        with self._db_lock:
            vocabulary = self.vocabulary() if self.vocabulary else self.store.vocabulary()
        try:
            transcript = self._get_transcriber().transcribe(
                f.samples,
                language=self.language,
                hotwords=vocabulary.hotwords(),
                on_progress=progress,
            )
        except Cancelled:
            raise
        except MemoError as e:
            return _Failed(str(e))
        return _Heard(transcript, vocabulary)

    def _request_spacy(self) -> None:
        """Load spaCy on the decode thread while the first file is transcribed, so its
        second or two of loading is hidden rather than added after Whisper."""
        if not self._spacy_requested:
            self._spacy_requested = True
            from .extract import load_nlp

            self._pool.submit(load_nlp)

    def _finish(self, f: _File) -> IngestResult:
        """Turn a file's verdict into its memo, saved; a passing database fault is `RETRY`."""
        path = str(f.path)
        if isinstance(f.verdict, _Unreadable):
            # There are no bytes to identify it by, so nothing is stored.
            return IngestResult(path, Outcome.FAILED, error=f.verdict.error)
        if f.verdict is None:
            return IngestResult(path, Outcome.STOPPED)
        assert f.info is not None
        try:
            self._remember(f)
            return self._conclude(f, f.info, f.verdict, f.started or time.monotonic())
        except TransientError as e:
            return IngestResult(path, Outcome.RETRY, error=str(e))

    def _conclude(
        self, f: _File, info: AudioInfo, verdict: _Verdict, started: float
    ) -> IngestResult:
        path = str(f.path)
        match verdict:
            case _Known(memo_id):
                return IngestResult(path, Outcome.KNOWN, memo_id=memo_id)
            case _Failed(error):
                return self._save(Memo(info, "failed", error=error), started, path)
            case _Silent():
                return self._save(Memo(info, "empty"), started, path)
            case _Heard(transcript, vocabulary) if transcript.is_empty:
                return self._save(Memo(info, "empty", transcript=transcript), started, path)
            case _Heard(transcript, vocabulary):
                with self._db_lock:  # the user's transcript fixes, before extraction reads it
                    transcript = transcript_fixes(self.store, info.sha256, transcript)
                try:
                    extraction = self._get_extractor().extract(
                        transcript, info.recorded_at, vocabulary=vocabulary.terms
                    )
                except MemoError as e:
                    return self._save(Memo(info, "failed", error=str(e)), started, path)
                except Exception as e:  # a bug in a rule: this memo fails, the batch goes on
                    log.debug("extraction failed on %s", path, exc_info=True)
                    error = (
                        f"extraction failed ({type(e).__name__}: {e}); the transcript is kept,"
                        " and `memo retry` tries again"
                    )
                    failed = Memo(info, "failed", transcript=transcript, error=error)
                    return self._save(failed, started, path)
                memo = Memo(info, "done", transcript=transcript, extraction=extraction)
                return self._save(memo, started, path)
        raise AssertionError(f"no verdict for {path}")

    def _save(self, memo: Memo, started: float, path: str) -> IngestResult:
        with self._db_lock:
            # Two copies of one recording transcribed at once: the second is only "known".
            known = None if self.force else self.store.known_sha(memo.audio.sha256)
            if known:
                return IngestResult(path, Outcome.KNOWN, memo_id=int(known["id"]))
            memo_id = self.store.save(memo, replace=self.force)
        status = Outcome.NEW if memo.status == "done" else Outcome(memo.status)
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

    def _remember(self, f: _File) -> None:
        assert f.info is not None and f.stat is not None
        size, mtime_ns = f.stat
        with self._db_lock:
            self.store.remember_file(str(f.path.resolve()), size, mtime_ns, f.info.sha256)
