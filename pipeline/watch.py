"""The watched-folder service behind `memo watch`: recordings that land become memos, once.

How a file travels: a watchdog event or a rescan names a path -> cheap filters (audio name, not
hidden or temporary, not already handled) -> *pending* until its (size, mtime_ns) has stood
still for `settle` seconds -> ingested by the injected `Ingestor`, one file at a time, on the
thread that called `Watcher.run` -> reported as a `WatchEvent`.

Why it is built this way:

- Events are hints, not the truth: sync tools and network folders lose them, so the folders
  are also walked on start (the backlog) and every `rescan` seconds. The observer thread only
  puts paths on a queue; everything else runs on one thread, so the transcriber and the SQLite
  connection are never shared between threads. The loop blocks on that queue with a timeout
  (the next settle deadline or rescan), so an idle watcher costs next to nothing.
- Exactly once comes from the store: a memo is the sha256 of its bytes, saved in one
  transaction. A file is skipped without re-hashing when the `files` table knows its path, size
  and mtime *and* its memo is committed. The `files` row is written before transcription, so a
  process killed mid-memo does that file again on the next start.
- A failure is a memo too (`failed`, keyed by hash), so a broken file is skipped like a done one
  until its bytes change or `memo retry` runs. A file that cannot be read at all has no hash:
  it is remembered in memory for the rest of the run instead.
- A passing fault (the database locked for longer than the retries, a full disk) is no
  verdict: the file is not marked handled, and the next rescan takes it again.
- Stopping: `stop()` (SIGINT/SIGTERM in `run`) sets a flag, wakes the loop and cancels the
  ingestor's token with `stop_grace` seconds of grace (see `cancel.py`). The memo in progress
  is transcribed on a worker thread that this one does not wait on: it may finish within the
  grace, else it is given up. Nothing of it has been written (the memo is saved in one
  transaction at the end), so the next start processes it again. A second signal, or the
  process still running `cancel.FORCE_AFTER_S` after the first, ends it at once.
- Odd trees: special files (FIFOs, sockets, devices), symlink loops and unreadable folders are
  reported once as warnings and passed over; the rest is watched as usual.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import queue
import shutil
import stat
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cancel import handle_signals
from .errors import Cancelled, TransientError
from .ingest import Ingestor, IngestResult, Outcome, discover, is_candidate, printable

log = logging.getLogger(__name__)

Signature = tuple[int, int]  # (size in bytes, mtime in ns)

DEFAULT_SETTLE_S = 2.0
DEFAULT_RESCAN_S = 60.0
# Within `cancel.FORCE_AFTER_S`, so a stop always ends the process in under 2 s.
DEFAULT_STOP_GRACE_S = 0.8
# A still file that does not open as audio yet is given this many settle periods (counted from
# its mtime) to become one before it is processed, and so recorded as failed.
PROBE_PATIENCE = 5


@dataclass(frozen=True)
class WatchEvent:
    """Something the watcher did, for the CLI to print as a line of text or JSON.

    `event` is one of: "watching" (started), "status" (what is queued, or idle with the counts
    so far), "processing" (a file is about to be ingested), "file" (a file was processed:
    `status` is new / known / empty / failed), "warning", "error" (an unexpected failure on
    one file; the watcher goes on) and "stopped".
    """

    event: str
    time: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    path: str | None = None
    name: str | None = None  # the path relative to its watched folder, for display
    status: str | None = None
    memo_id: int | None = None
    duration_s: float | None = None
    elapsed_s: float | None = None
    people: tuple[str, ...] = ()
    error: str | None = None
    moved_to: str | None = None
    queued: int | None = None
    settling: int | None = None
    counts: dict[str, int] | None = None
    message: str | None = None


@dataclass
class _Candidate:
    path: str  # absolute, as found under its watched folder (moves act on this)
    root: Path  # the watched folder it was found in
    sig: Signature
    since: float  # monotonic time at which `sig` was first seen
    stable: bool = False


def signature(path: str | os.PathLike[str]) -> Signature | None:
    """(size, mtime_ns) of a regular file, or None if it is gone or not a regular file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return st.st_size, st.st_mtime_ns


class Watcher:
    """Watch `folders` recursively and feed every stable, unknown audio file to `ingestor`.

    Args:
        ingestor: does the work, exactly as for `memo ingest`; its store is used for the
            quick "already done" check and for recording moves.
        folders: folders to watch (recursively).
        settle: seconds a file's size and mtime must stand still before it is taken.
        rescan: seconds between full walks of the folders (a safety net for lost events).
        move_done, move_failed: if given, processed files are moved there (keeping their path
            relative to the watched folder) after their memo is committed.
        report: called with each `WatchEvent`; the library itself never prints.
        stop_grace: seconds a memo in progress may take to finish after a stop is asked for.
    """

    def __init__(
        self,
        ingestor: Ingestor,
        folders: Iterable[str | os.PathLike[str]],
        *,
        settle: float = DEFAULT_SETTLE_S,
        rescan: float = DEFAULT_RESCAN_S,
        move_done: str | os.PathLike[str] | None = None,
        move_failed: str | os.PathLike[str] | None = None,
        report: Callable[[WatchEvent], None] | None = None,
        stop_grace: float = DEFAULT_STOP_GRACE_S,
    ) -> None:
        self.ingestor = ingestor
        self.store = ingestor.store
        self.folders = [Path(f).resolve() for f in folders]
        self.settle = max(0.0, settle)
        self.rescan = max(0.1, rescan)
        self.move_done = Path(move_done).resolve() if move_done else None
        self.move_failed = Path(move_failed).resolve() if move_failed else None
        self.report = report or (lambda e: log.info("%s", e))
        self.stop_grace = stop_grace
        self.counts: Counter[str] = Counter()
        # Paths (resolved) -> signature when last handled in this run, so rescans of files we
        # have done cost a stat, not a database query or a hash.
        self._handled: dict[str, Signature] = {}
        self._pending: dict[str, _Candidate] = {}
        self._wake: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._abandoned: str | None = None
        self._skipped: set[str] = set()  # lines already reported, so each is said once
        self._missing: set[Path] = set()
        self._observer: Any = None

    # -- control ------------------------------------------------------------------------------

    def stop(self) -> None:
        """Ask `run` to return. Safe to call from a signal handler or another thread.

        A second call does not wait for the memo in progress any longer.
        """
        if self._stop.is_set():
            self.ingestor.cancel.cancel()
        else:
            self._stop.set()
            self.ingestor.cancel.cancel(self.stop_grace)
        # SimpleQueue.put is reentrant, so this cannot deadlock inside a signal handler.
        self._wake.put(None)

    def queued(self) -> tuple[int, int]:
        """(files queued, of which still settling)."""
        settling = sum(1 for c in self._pending.values() if not c.stable)
        return len(self._pending), settling

    def run(self) -> Counter[str]:
        """Watch until `stop()` (or SIGINT/SIGTERM, when run on the main thread).

        Returns the counts of processed files by status.
        """
        with handle_signals(self.stop, exit_code=0):
            self._run()
        queued, _ = self.queued()
        left = f"; {self._abandoned} left for the next start" if self._abandoned else ""
        waiting = f"; {queued} queued file(s) left for the next start" if queued else ""
        self.report(
            WatchEvent("stopped", counts=dict(self.counts), message=f"stopped{left}{waiting}")
        )
        return self.counts

    def _run(self) -> None:
        previous_excepthook = threading.excepthook
        threading.excepthook = self._thread_died
        try:
            self._observer = self._start_observer()
            shown = ", ".join(str(f) for f in self.folders)
            self.report(
                WatchEvent(
                    "watching",
                    message=f"watching {shown} (settle {self.settle:g}s, rescan {self.rescan:g}s)",
                )
            )
            self._loop()
        finally:
            if self._observer is not None:
                self._stop_observer(self._observer)
                self._observer = None
            threading.excepthook = previous_excepthook

    # -- the loop -----------------------------------------------------------------------------

    def _loop(self) -> None:
        self._rescan_all()
        next_rescan = time.monotonic() + self.rescan
        busy = False
        while not self._stop.is_set():
            try:
                now = time.monotonic()
                if now >= next_rescan:
                    if self._observer is not None and not self._observer_alive(self._observer):
                        self._stop_observer(self._observer)
                        self._observer = self._start_observer()
                    next_rescan = now + self.rescan
                    self._rescan_all()
                self._settle(now)
                ready = self._next_ready()
                if ready is not None:
                    if not busy:
                        busy = True
                        self._report_status()
                    self._process(ready)
                    self._intake(timeout=0)
                    continue
                if busy:
                    busy = False
                    self._report_status()
                self._intake(timeout=self._wait_time(next_rescan))
            except Exception as e:
                # Outside one file's processing (a scan, a database that stays locked): one
                # line, a pause so a persistent fault cannot spin, and the watcher goes on.
                log.debug("watch loop", exc_info=True)
                self.report(WatchEvent("error", error=_one_line(e)))
                time.sleep(1.0)

    def _wait_time(self, next_rescan: float) -> float:
        deadline = next_rescan
        for c in self._pending.values():
            if not c.stable:
                deadline = min(deadline, c.since + self.settle)
        return max(0.01, deadline - time.monotonic())

    def _intake(self, timeout: float) -> None:
        """Take what the observer queued: wait up to `timeout` for the first item, then drain."""
        try:
            item = self._wake.get(timeout=timeout) if timeout > 0 else self._wake.get_nowait()
        except queue.Empty:
            return
        while True:
            self._take(item)
            try:
                item = self._wake.get_nowait()
            except queue.Empty:
                return

    def _take(self, item: Any) -> None:
        if item is None:  # a wake-up from stop()
            return
        if isinstance(item, WatchEvent):
            self.report(item)
            return
        self._note(item)

    def _rescan_all(self) -> None:
        present = []
        for folder in self.folders:
            if folder.is_dir():
                present.append(folder)
                if folder in self._missing:
                    self._missing.discard(folder)
                    self._warn(f"{folder} is back")
            elif folder not in self._missing:
                self._missing.add(folder)
                self._warn(f"{folder} is missing; watching for it to come back")
        found = discover(present)
        self._report_skipped(found.skipped)
        seen: set[str] = set()
        for f in found.files:
            if self._stop.is_set():
                return
            key = self._note(str(f))
            if key is not None:
                seen.add(key)
        # Forget paths that are gone so the cache does not grow without bound.
        for key in [k for k in self._handled if k not in seen]:
            if signature(key) is None:
                del self._handled[key]

    def _note(self, path: str) -> str | None:
        """Consider a path named by an event or a rescan; returns its key if it is a candidate.

        Cheap on purpose: a stat, and for a file not handled in this run one indexed query.
        """
        p = Path(os.path.abspath(path))
        root = self._root_of(p)
        if root is None:
            return None
        if os.path.isdir(p):
            # A folder created or moved in: its files may have arrived without events.
            found = discover([p])
            self._report_skipped(found.skipped)
            for f in found.files:
                self._note(str(f))
            return None
        if not is_candidate(p):
            return None
        sig = signature(p)  # before resolving: a symlink loop or a FIFO stops here
        if sig is None:
            self._pending.pop(str(p), None)  # gone before it settled: forgotten quietly
            return None
        try:
            key = str(p.resolve(strict=True))
        except (OSError, RuntimeError):
            return None
        sig = signature(key)
        now = time.monotonic()
        if sig is None:
            self._pending.pop(key, None)
            return None
        c = self._pending.get(key)
        if c is not None:
            if c.sig != sig:
                c.sig, c.since, c.stable = sig, now, False
            return key
        if self._handled.get(key) == sig:
            return key
        if self._already_stored(key, str(p), root, sig):
            return key
        self._pending[key] = _Candidate(str(p), root, sig, now)
        return key

    def _root_of(self, p: Path) -> Path | None:
        """The watched folder `p` is in, or None if it is outside, hidden or a move target."""
        for target in (self.move_done, self.move_failed):
            if target is not None and p.is_relative_to(target):
                return None
        for folder in self.folders:
            if p.is_relative_to(folder):
                if any(part.startswith(".") for part in p.relative_to(folder).parts):
                    return None
                return folder
        return None

    def _already_stored(self, key: str, path: str, root: Path, sig: Signature) -> bool:
        """True when this exact file (path, size, mtime) has a committed memo."""
        sha = self.store.known_file(key, *sig)
        memo = self.store.known_sha(sha) if sha else None
        if memo is None:
            return False
        self._handled[key] = sig
        # A file committed but not yet moved when the last run was killed is moved now.
        self._move(_Candidate(path, root, sig, 0.0), memo["status"])
        return True

    def _settle(self, now: float) -> None:
        for key, c in list(self._pending.items()):
            if c.stable or now < c.since + self.settle:
                continue
            sig = signature(key)
            if sig is None:
                del self._pending[key]
            elif sig != c.sig:
                c.sig, c.since = sig, now
            elif self._probes(key, sig):
                c.stable = True
            else:
                c.since = now  # still, but not an audio file yet: give it another settle

    def _probes(self, key: str, sig: Signature) -> bool:
        """Whether a still file may be taken: it opens as audio, or has had time enough to.

        A file that will not open is waited for while its mtime is less than `PROBE_PATIENCE`
        settle periods old (a sync that paused mid-file); after that it goes to the ingestor,
        which records it as a failed memo with the reason.
        """
        if _container_opens(key):
            return True
        age = time.time() - sig[1] / 1e9
        return age >= PROBE_PATIENCE * self.settle

    def _next_ready(self) -> str | None:
        ready = [(c.since, key) for key, c in self._pending.items() if c.stable]
        return min(ready)[1] if ready else None

    # -- one file -----------------------------------------------------------------------------

    def _process(self, key: str) -> None:
        c = self._pending.pop(key)
        sig = signature(key)
        if sig is None:
            return
        if sig != c.sig:  # changed again since it settled: back to waiting
            self._pending[key] = _Candidate(c.path, c.root, sig, time.monotonic())
            return
        name = _display(c)
        self.report(WatchEvent("processing", path=c.path, name=name, queued=len(self._pending)))
        try:
            result = self.ingestor.ingest_file(key)
        except Cancelled:
            self._abandoned = name
            return
        except TransientError as e:
            self._retry_later(name, str(e))
            return
        except Exception as e:
            # A bug or an environment problem (database locked for too long, disk full): one
            # line, the traceback only in debug logging, and the watcher goes on.
            log.debug("processing %s failed", key, exc_info=True)
            self._handled[key] = sig
            self.counts["error"] += 1
            self.report(WatchEvent("error", path=c.path, name=name, error=_one_line(e)))
            return
        if result.status in (Outcome.RETRY, Outcome.STOPPED):
            if result.status == Outcome.RETRY:
                self._retry_later(name, result.error or "a passing fault")
            else:
                self._abandoned = name
            return
        self._handled[key] = sig
        if result.status == "failed" and result.memo_id is None and signature(key) is None:
            return  # vanished while being read: forgotten quietly
        self.counts[result.status] += 1
        moved = None
        if result.memo_id is not None:
            memo_status = self.store.memo_status(result.memo_id) or result.status
            moved = self._move(c, memo_status)
        self._report_result(c, result, moved)
        if moved is None:
            after = signature(key)
            if after is not None and after != sig:
                # Written to while we read it: its new bytes come next. Not through `_note`,
                # whose `files` lookup may already hold the new size and mtime with the old hash.
                self._pending[key] = _Candidate(c.path, c.root, after, time.monotonic())

    def _report_result(self, c: _Candidate, r: IngestResult, moved: str | None) -> None:
        self.report(
            WatchEvent(
                "file",
                path=c.path,
                name=_display(c),
                status=r.status,
                memo_id=r.memo_id,
                duration_s=round(r.duration_s, 2),
                elapsed_s=round(r.elapsed_s, 2),
                people=r.people,
                error=r.error,
                moved_to=moved,
                queued=len(self._pending),
            )
        )

    def _move(self, c: _Candidate, memo_status: str) -> str | None:
        """Move a file whose memo is committed to the done/failed folder; its new path or None."""
        target = self.move_failed if memo_status == "failed" else self.move_done
        if target is None:
            return None
        dest = _free_name(target / Path(c.path).relative_to(c.root))
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            old_key = str(Path(c.path).resolve())
            shutil.move(c.path, dest)
        except OSError as e:
            self._warn(f"cannot move {c.path} to {dest}: {e.strerror or e}")
            return None
        self._handled.pop(old_key, None)
        self.store.relocate(old_key, str(dest.resolve()))
        return str(dest)

    def _retry_later(self, name: str, error: str) -> None:
        """A passing fault: not handled, so the next rescan (or event) takes the file again."""
        self.counts["retry"] += 1
        self._warn(f"{name}: {error}")

    # -- reporting ----------------------------------------------------------------------------

    def _report_status(self) -> None:
        queued, settling = self.queued()
        if queued:
            message = f"queued {queued}" + (f" ({settling} settling)" if settling else "")
        else:
            done = ", ".join(f"{n} {k}" for k, n in sorted(self.counts.items())) or "nothing yet"
            message = f"idle ({done} since start)"
        self.report(
            WatchEvent(
                "status",
                queued=queued,
                settling=settling,
                counts=dict(self.counts),
                message=message,
            )
        )

    def _warn(self, message: str) -> None:
        self.report(WatchEvent("warning", message=message))

    def _report_skipped(self, lines: list[str]) -> None:
        for line in lines:
            if line not in self._skipped:
                self._skipped.add(line)
                self._warn(line)

    # -- signals, observer --------------------------------------------------------------------

    def _thread_died(self, args: threading.ExceptHookArgs) -> None:
        """An observer thread failed (a watched folder unmounted...): one line, not a traceback.

        Rescans go on regardless, and the observer is restarted at the next one.
        """
        log.debug(
            "thread %s died",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )
        self._wake.put(
            WatchEvent(
                "warning",
                message=f"file events stopped ({args.exc_value}); rescanning every "
                f"{self.rescan:g}s",
            )
        )

    def _start_observer(self) -> Any:
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer

        # A folder that appears with folders inside (a sync tool's ".sync/") can be registered
        # twice by inotify's recursive watch; watchdog says so in a warning the user can do
        # nothing about, and the watch goes on as it should.
        warnings.filterwarnings(
            "ignore", message="Callback with id .* already exists", category=RuntimeWarning
        )
        put = self._wake.put

        class Enqueue(FileSystemEventHandler):
            # Runs on the observer thread: only hands paths over.
            def on_any_event(self, event: FileSystemEvent) -> None:
                kind = event.event_type
                if kind == "moved":
                    put(os.fsdecode(event.dest_path))
                elif kind in ("created", "closed") or (
                    kind == "modified" and not event.is_directory
                ):
                    put(os.fsdecode(event.src_path))

        observer = Observer()
        try:
            for folder in self.folders:
                if folder.is_dir():
                    observer.schedule(Enqueue(), str(folder), recursive=True)
            observer.start()
        except Exception as e:  # inotify watch limit, unsupported file system, ...
            log.debug("cannot start the observer", exc_info=True)
            self._warn(f"file events unavailable ({e}); rescanning every {self.rescan:g}s")
            return None
        return observer

    @staticmethod
    def _observer_alive(observer: Any) -> bool:
        return bool(observer.is_alive() and all(e.is_alive() for e in observer.emitters))

    @staticmethod
    def _stop_observer(observer: Any) -> None:
        try:
            observer.stop()
            observer.join(timeout=3)
        except Exception:
            log.debug("stopping the observer failed", exc_info=True)


def _container_opens(path: str) -> bool:
    """Whether the container header opens and has an audio stream (PyAV reads the header only).

    A recorder writes an m4a's index last, so a recording still in progress fails this.
    """
    try:
        import av

        with av.open("file:" + path, mode="r", metadata_errors="ignore") as container:
            return bool(container.streams.audio)
    except Exception:
        return False


def _one_line(e: BaseException) -> str:
    first = str(e).splitlines()[0] if str(e) else ""
    return f"{type(e).__name__}: {first}".strip().rstrip(":")


def _display(c: _Candidate) -> str:
    try:
        return printable(str(Path(c.path).relative_to(c.root)))
    except ValueError:
        return printable(c.path)


def _free_name(dest: Path) -> Path:
    """`dest`, or `name (2).ext`, `name (3).ext`, ... if it is taken."""
    n = 2
    candidate = dest
    while candidate.exists():
        candidate = dest.with_name(f"{dest.stem} ({n}){dest.suffix}")
        n += 1
    return candidate
