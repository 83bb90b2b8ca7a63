"""Returning freed memory to the operating system between big steps (glibc only).

glibc keeps freed blocks in its heaps for reuse and, once a large array has been freed,
raises the size below which arrays come from those heaps instead of being mapped on their
own. Decoding an hour of audio (thousands of small frames) and transcribing it piece by piece
then leaves hundreds of MB resident that nothing uses. `malloc_trim(0)` hands the free pages
back; it costs well under a millisecond, so it runs after each decode and each piece.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to do
        return None


def release_freed_memory() -> None:
    """Give the heap's free pages back to the operating system, where the C library can."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
