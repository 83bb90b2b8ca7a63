"""The one place that composes the stages: file -> audio -> transcript -> extraction -> store.

Every file ends in exactly one state: a new memo (`done` or `empty`), a memo we already had
(`known`, matched by the sha256 of its bytes, whatever its name), or `failed` with the reason
stored as a failed memo so it is not retried in a loop. One file's failure never stops a batch.

While one file is transcribed, the next is hashed and decoded on a worker thread
(CTranslate2 and PyAV release the GIL), so decoding costs no wall time in a batch.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import audio
from .errors import AudioError, MemoError
from .records import AudioInfo, Memo, Vocabulary
from .store import Store

if TYPE_CHECKING:
    import numpy as np

    from .extract import Extractor
    from .transcribe import Transcriber

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000

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
    """A file hashed, probed and decoded, ready for the transcriber."""

    path: Path
    info: AudioInfo | None = None
    stat: tuple[int, int] | None = None  # (size, mtime_ns) seen before hashing
    samples: np.ndarray | None = None
    error: str | None = None
    known_id: int | None = None


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
    _pool: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1), repr=False)
    # The prefetch thread looks up hashes on the same SQLite connection the main thread
    # writes with; one connection must not be used by two threads at once.
    _db_lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

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
        """Process files in order, preparing the next one while the current is transcribed."""
        queue = list(paths)
        if not queue:
            return
        pending: Future[_Prepared] = self._pool.submit(self._prepare, queue[0])
        spacy_requested = self.extractor is not None
        for i in range(len(queue)):
            prepared = pending.result()
            if i + 1 < len(queue):
                pending = self._pool.submit(self._prepare, queue[i + 1])
            if not spacy_requested and prepared.samples is not None:
                # The first file to transcribe: load spaCy on the worker meanwhile, so its
                # second or two of loading is hidden rather than added after Whisper.
                from .extract import load_nlp

                self._pool.submit(load_nlp)
                spacy_requested = True
            yield self._finish(prepared)

    def ingest_file(self, path: str | Path) -> IngestResult:
        return self._finish(self._prepare(Path(path)))

    def close(self) -> None:
        self._pool.shutdown(wait=True)

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
        try:
            samples = audio.decode(path)
        except AudioError as e:
            return _Prepared(path, info=info, stat=seen, error=str(e))
        duration = len(samples) / SAMPLE_RATE
        info = replace(info, duration_s=duration)
        return _Prepared(path, info=info, stat=seen, samples=samples)

    def _finish(self, p: _Prepared) -> IngestResult:
        started = time.monotonic()
        path = str(p.path)
        if p.info is None:
            # Unreadable: there are no bytes to identify it by, so nothing is stored.
            return IngestResult(path, "failed", error=p.error)
        self._remember(p)
        if p.known_id is not None:
            return IngestResult(path, "known", memo_id=p.known_id)
        if p.error is not None:
            memo = Memo(p.info, "failed", error=p.error)
            return self._save(memo, started, path)
        try:
            memo = self._understand(p)
        except MemoError as e:
            memo = Memo(p.info, "failed", error=str(e))
        return self._save(memo, started, path)

    def _understand(self, p: _Prepared) -> Memo:
        assert p.info is not None and p.samples is not None
        if audio.is_silent(p.samples):
            return Memo(p.info, "empty")
        progress = None
        if self.on_progress:
            total = p.info.duration_s

            def progress(done: float) -> None:
                assert self.on_progress is not None
                self.on_progress(p.path, done, total)

        with self._db_lock:
            vocabulary = self.vocabulary() if self.vocabulary else self.store.vocabulary()
        transcript = self._get_transcriber().transcribe(
            p.samples,
            language=self.language,
            hotwords=self.hotwords() if self.hotwords else vocabulary.hotwords(),
            on_progress=progress,
        )
        if transcript.is_empty:
            return Memo(p.info, "empty", transcript=transcript)
        extraction = self._get_extractor().extract(
            transcript, p.info.recorded_at, vocabulary=vocabulary.terms
        )
        return Memo(p.info, "done", transcript=transcript, extraction=extraction)

    def _save(self, memo: Memo, started: float, path: str) -> IngestResult:
        with self._db_lock:
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
