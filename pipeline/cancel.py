"""One way to stop work: a `CancelToken` passed down to everything that runs long.

A stop may come from a signal handler, another thread or a caller abandoning a batch. It is
asked for with a grace period (`cancel(grace)`), after which the token is *due*: transcriptions
raise `Cancelled` at their next segment, and the thread waiting on them stops waiting at its
next tick (it never waits on Whisper itself, so a 30-s window in progress cannot hold a stop
up). Nothing is saved for a cancelled file: its memo is written in one transaction at the end,
so the next run does it again.

`handle_signals` wires SIGINT/SIGTERM to a token for the CLI: the first signal asks for a stop,
a second one ends the process at once, and whatever still runs `FORCE_AFTER_S` after the first
(a database write waiting for a lock, a model loading) is ended then. Ending the process is
safe at any point: every write is one SQLite transaction (the kill -9 tests prove it).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator

from .errors import Cancelled

# Seconds from the first signal to the process ending, whatever is still running.
FORCE_AFTER_S = 1.8


class CancelToken:
    """Set once, by anyone; checked by workers (`check`) and waiters (`due`)."""

    def __init__(self) -> None:
        self._requested = threading.Event()
        self._deadline = float("inf")

    def cancel(self, grace: float = 0.0) -> None:
        """Ask for a stop, due `grace` seconds from now (an earlier deadline is kept).

        Safe in a signal handler: it only sets an Event and a float.
        """
        self._deadline = min(self._deadline, time.monotonic() + max(0.0, grace))
        self._requested.set()

    @property
    def requested(self) -> bool:
        """A stop has been asked for (work not yet started should not start)."""
        return self._requested.is_set()

    @property
    def due(self) -> bool:
        """The grace period is over: work in progress is to be given up."""
        return time.monotonic() >= self._deadline

    def check(self) -> None:
        """Raise `Cancelled` if the stop is due; the hook transcriptions call per segment."""
        if self.due:
            raise Cancelled("stopped")


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()


def exit_now(code: int) -> None:
    """End the process without waiting for worker threads (a transcription mid-window)."""
    _flush()
    os._exit(code)


@contextlib.contextmanager
def handle_signals(on_stop: Callable[[], None], exit_code: int) -> Iterator[None]:
    """SIGINT/SIGTERM call `on_stop` (which should cancel a token); a second signal, or
    `FORCE_AFTER_S` after the first, ends the process with `exit_code`.

    Only on the main thread (where Python delivers signals); elsewhere a no-op.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    first: list[float] = []

    def force_later() -> None:
        time.sleep(FORCE_AFTER_S)
        exit_now(exit_code)

    def handler(_signum: int, _frame: object) -> None:
        if first:
            exit_now(exit_code)
        first.append(time.monotonic())
        threading.Thread(target=force_later, name="memo-stop", daemon=True).start()
        on_stop()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
