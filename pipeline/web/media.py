"""Audio for the player: a memo's own file, or a playable copy made once.

The web app finds audio only through a memo id (`browse.audio_source`), never from a path in
a request. Browsers play mp3, m4a/AAC, ogg/opus, webm, wav and flac; Safari and Chromium
refuse AMR (what Android recorders put in .3gp/.amr) and a few others, so those are
transcoded once with the ffmpeg that imageio-ffmpeg ships to AAC in an .m4a, kept in the
cache directory under the source's sha256 so a re-encode happens once per recording.
Range requests (206) come from Starlette's `FileResponse`, so seeking works.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import threading
from pathlib import Path

from ..errors import AudioError

logger = logging.getLogger(__name__)

PLAYABLE = {".mp3", ".m4a", ".mp4", ".aac", ".ogg", ".oga", ".opus", ".webm", ".wav", ".flac"}
MEDIA_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".mp4": "audio/mp4",
    ".aac": "audio/aac",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".webm": "audio/webm",
    ".wav": "audio/wav",
    ".flac": "audio/flac",
}
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def playable(source: str | Path, cache_dir: Path) -> tuple[Path, str]:
    """The file to send for the recording at `source`, and its media type.

    Raises:
        AudioError: the recording is gone or cannot be transcoded.
    """
    src = Path(source)
    if not src.is_file():
        raise AudioError(f"the recording is no longer at {src}")
    ext = src.suffix.lower()
    if ext in PLAYABLE:
        return src, MEDIA_TYPES[ext]
    return _transcoded(src, cache_dir), "audio/mp4"


def _transcoded(src: Path, cache_dir: Path) -> Path:
    st = src.stat()
    key = hashlib.sha256(f"{src.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()
    out = cache_dir / "audio" / f"{key[:32]}.m4a"
    with _locks_guard:
        lock = _locks.setdefault(key, threading.Lock())
    with lock:  # two requests for one new file: one ffmpeg run, the other waits for it
        if out.is_file():
            return out
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(f".{os.getpid()}.part")
        import imageio_ffmpeg

        cmd = [
            imageio_ffmpeg.get_ffmpeg_exe(),
            *("-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-i", str(src)),
            *("-vn", "-ac", "1", "-c:a", "aac", "-b:a", "64k", "-movflags", "+faststart"),
            *("-f", "mp4", str(tmp)),
        ]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=600)
            os.replace(tmp, out)
        except (subprocess.SubprocessError, OSError) as e:
            tmp.unlink(missing_ok=True)
            detail = getattr(e, "stderr", b"") or b""
            logger.debug("ffmpeg failed on %s: %s", src, detail.decode(errors="replace"))
            raise AudioError(f"cannot make {src.name} playable in a browser") from e
    return out
