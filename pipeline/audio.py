"""Audio files in, 16 kHz mono float32 samples and facts about the file out.

Decoding goes through PyAV first: it is the decoder faster-whisper itself uses, it bundles the
FFmpeg libraries in its wheel, and it runs in-process (no subprocess, no system ffmpeg needed).
Phone recordings come in odd shapes (truncated uploads, AMR in 3GP, WhatsApp opus), so when
PyAV cannot open a file or yields no samples we run an ffmpeg executable as a second opinion:
the one on PATH if there is one, else the binary shipped by imageio-ffmpeg. We never call
ffprobe: imageio-ffmpeg does not ship it, and PyAV reads the container header (duration, codec,
tags) without decoding the stream.

Every failure a user can cause ends as an `AudioError` with one short line ("file is empty
(0 bytes)", "no audio stream", ...); PyAV and ffmpeg messages are logged, never passed on.
`numpy`, `av` and `pydub` are imported inside functions so importing this module stays cheap
for the read side of the CLI.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import logging
import os
import re
import shutil
import stat
import subprocess
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import AudioError
from pipeline.records import AudioInfo

if TYPE_CHECKING:
    import av
    import numpy as np

logger = logging.getLogger(__name__)

StrPath = str | os.PathLike[str]

SAMPLE_RATE = 16000

AUDIO_EXTENSIONS: frozenset[str] = frozenset(
    {
        ".m4a",
        ".aac",
        ".mp3",
        ".ogg",
        ".oga",
        ".opus",
        ".wav",
        ".flac",
        ".webm",
        ".3gp",
        ".3gpp",
        ".amr",
        ".mp4",
        ".wma",
        ".caf",
        ".aiff",
        ".aif",
        ".mka",
    }
)

_HASH_CHUNK = 1 << 20
# Generous: a multi-hour memo decodes in well under a minute; this only stops a hung ffmpeg.
_FFMPEG_TIMEOUT_S = 600
# Recorder clocks that were never set write 1904 (QuickTime epoch) or 1970 (Unix epoch);
# the same range keeps random digit runs in file names from reading as dates.
_MIN_YEAR, _MAX_YEAR = 1990, 2100
# Tags that hold the recording time, best first: Apple's tag carries the local UTC offset.
_TIME_TAGS = ("com.apple.quicktime.creationdate", "creation_time", "date")
_AUDIO_MAGIC = (
    b"OggS",
    b"ID3",
    b"RIFF",
    b"FORM",
    b"fLaC",
    b"#!AMR",
    b"caff",
    b"\x1a\x45\xdf\xa3",  # Matroska / WebM
    b"\x30\x26\xb2\x75\x8e\x66\xcf\x11",  # ASF (.wma)
)
_SILENCE_WINDOW_S = 0.03
_MIN_LOUD_S = 0.2

_ISO_RE = re.compile(
    r"""^\s*(?P<y>\d{4})[-:/](?P<mo>\d{1,2})[-:/](?P<d>\d{1,2})
    [T\s]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<frac>\d+))?)?
    \s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

# A date (separators optional but consistent), optionally followed by a time: covers
# 20261125_143012, 2026-11-25 14.30.12, REC20261125143012, PTT-20261125-WA0001, 2026_11_25_14_30_12.
_NAME_DATE_RE = re.compile(
    r"""(?<!\d)(?P<y>(?:19|20|21)\d{2})(?P<sep>[-_.]?)(?P<mo>\d{2})(?P=sep)(?P<d>\d{2})
    (?:[-_.\sT]?(?P<h>\d{2})(?P<tsep>[-_.:]?)(?P<mi>\d{2})(?:(?P=tsep)(?P<s>\d{2}))?)?
    (?!\d)""",
    re.VERBOSE,
)


class _DecodeFailed(Exception):
    """Internal: one decoder gave up; `str(exc)` is the one-line reason for the user."""


@functools.cache
def ffmpeg_exe() -> str:
    """The ffmpeg executable used for the decode fallback and by pydub.

    A system ffmpeg on PATH wins because the user may have one with more codecs; otherwise the
    binary in the imageio-ffmpeg wheel, so a fresh install works with no system packages.
    pydub is pointed at the same binary so anything in the project that uses pydub agrees.
    """
    exe = shutil.which("ffmpeg")
    if exe is None:
        try:
            import imageio_ffmpeg

            exe = imageio_ffmpeg.get_ffmpeg_exe()
        except (ImportError, RuntimeError) as exc:
            raise AudioError("no ffmpeg found: install ffmpeg or imageio-ffmpeg") from exc
    try:
        with warnings.catch_warnings():
            # pydub warns at import time when ffmpeg is not on PATH (we set it just below)
            # and, on 3.11-3.12, that audioop is deprecated; neither is the user's business.
            warnings.simplefilter("ignore", RuntimeWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            import pydub
    except ImportError:
        logger.warning("pydub is not importable; it will not use %s", exe)
    else:
        pydub.AudioSegment.converter = exe
    logger.debug("using ffmpeg at %s", exe)
    return exe


def is_audio_name(path: StrPath) -> bool:
    """Whether a file name has one of the suffixes we treat as audio (case-insensitive)."""
    return Path(path).suffix.lower() in AUDIO_EXTENSIONS


def special_kind(mode: int) -> str | None:
    """What a non-regular, non-folder file is ("a FIFO", "a socket", "a device"), else None.

    Such files are never opened: reading a FIFO blocks until someone writes to it, for ever.
    """
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return None


def sha256_file(path: StrPath) -> tuple[str, int]:
    """Hex sha256 and size in bytes, read in 1 MiB chunks so long memos don't fill memory.

    The hash is a memo's identity, so this reads the bytes rather than trusting stat().
    """
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_HASH_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise AudioError(_os_error_message(exc)) from exc
    return digest.hexdigest(), size


def decode(path: StrPath, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Decode a file to mono float32 samples in [-1, 1] at `sample_rate` (16 kHz for Whisper).

    PyAV first; if it fails or finds no samples, the ffmpeg executable gets a try before we give
    up. A truncated file yields the audio before the damage rather than an error.

    Raises:
        AudioError: with a one-line reason when neither decoder gets any audio out.
    """
    size = _readable_size(path)
    if size == 0:
        raise AudioError("file is empty (0 bytes)")
    target = _ffmpeg_url(path)
    try:
        samples = _decode_with_pyav(target, sample_rate)
    except _DecodeFailed as exc:
        pyav_reason = str(exc)
        logger.debug("PyAV could not decode %s: %s", os.fspath(path), pyav_reason)
    else:
        if samples.size:
            return samples
        pyav_reason = "no audio samples could be decoded"
    try:
        samples = _decode_with_ffmpeg(target, sample_rate)
    except _DecodeFailed as exc:
        logger.debug("ffmpeg could not decode %s either: %s", os.fspath(path), exc)
        raise AudioError(pyav_reason) from None
    if not samples.size:
        raise AudioError(pyav_reason)
    logger.info("decoded %s with the ffmpeg fallback (PyAV: %s)", os.fspath(path), pyav_reason)
    return samples


def probe(path: StrPath) -> AudioInfo:
    """Hash, size, container duration, codec and recording time, without decoding the audio.

    Any readable file gets an `AudioInfo`, even one that is not audio at all (duration 0.0,
    codec None), because failed memos are stored with their hash and time too. The duration is
    the container's claim; ingest replaces it with the decoded length.

    Raises:
        AudioError: only when the file cannot be read (missing, a directory, no permission).
    """
    _readable_size(path)
    sha256, size = sha256_file(path)
    duration, codec, tags = 0.0, None, {}
    if size:
        duration, codec, tags = _container_facts(path)
    when, source = recorded_at(path, tags)
    return AudioInfo(
        path=os.fspath(path),
        sha256=sha256,
        size_bytes=size,
        duration_s=duration,
        recorded_at=when,
        recorded_at_source=source,
        codec=codec,
    )


def recorded_at(path: StrPath, metadata: dict[str, str] | None = None) -> tuple[dt.datetime, str]:
    """When the memo was recorded, as naive local wall-clock time, and where that came from.

    Sources, best first: container tags ("metadata"; UTC or offset times are converted to local
    time), a date in the file name as phone recorders write it ("filename"; a name with a date
    but no time gives midnight), and the file's mtime ("mtime"), which copies and syncs often
    reset and so comes last. `metadata=None` reads the tags from the file; pass `{}` to skip.
    """
    if metadata is None:
        metadata = _container_facts(path)[2]
    from_tags = _time_from_tags(metadata)
    if from_tags is not None:
        return from_tags, "metadata"
    from_name = _time_from_name(Path(path).name)
    if from_name is not None:
        return from_name, "filename"
    try:
        mtime = os.stat(path).st_mtime
    except OSError as exc:
        raise AudioError(_os_error_message(exc)) from exc
    return dt.datetime.fromtimestamp(mtime), "mtime"


def is_silent(
    samples: np.ndarray, sample_rate: int = SAMPLE_RATE, threshold_dbfs: float = -50.0
) -> bool:
    """True when less than 0.2 s of the recording is louder than `threshold_dbfs`.

    Loudness is the RMS of 30 ms windows (dBFS as pydub defines it: 0 dB is full scale), so a
    single click or pop does not make a pocket recording count as speech. This is plain numpy
    rather than `pydub.silence.detect_nonsilent`: same measure, but vectorised, without copying
    an hour of audio into an `AudioSegment`. pydub's part in memo is using our ffmpeg binary.
    """
    import numpy as np

    x = np.asarray(samples, dtype=np.float32).reshape(-1)
    if x.size == 0:
        return True
    window = max(1, round(_SILENCE_WINDOW_S * sample_rate))
    count = x.size // window
    frames = x[: count * window].reshape(count, window) if count else x.reshape(1, -1)
    # einsum sums squares per window without a float64 copy of the whole recording.
    mean_square = np.einsum("ij,ij->i", frames, frames) / frames.shape[1]
    loud = int(np.count_nonzero(mean_square > 10.0 ** (threshold_dbfs / 10.0)))
    return loud * frames.shape[1] / sample_rate < _MIN_LOUD_S


def _readable_size(path: StrPath) -> int:
    """Size of a regular file, or an AudioError saying why it can't be read."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise AudioError(_os_error_message(exc)) from exc
    if os.path.isdir(path):
        raise AudioError("is a directory, not an audio file")
    kind = special_kind(st.st_mode)
    if kind:
        raise AudioError(f"{kind}, not an audio file")
    if not os.access(path, os.R_OK):
        raise AudioError("permission denied")
    return st.st_size


def _os_error_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not an audio file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read file ({exc.strerror or type(exc).__name__})"


def _ffmpeg_url(path: StrPath) -> str:
    """An absolute `file:` URL, so names starting with '-' or holding ':' are not misread
    as options or as protocols (by the ffmpeg CLI and libavformat alike)."""
    return "file:" + os.path.abspath(os.fspath(path))


def _decode_with_pyav(target: str, sample_rate: int) -> np.ndarray:
    """Decode the first audio stream packet by packet; bad packets are skipped, and a container
    that breaks off mid-way keeps what was decoded before the break."""
    import av
    import numpy as np

    try:
        container = av.open(target, mode="r", metadata_errors="ignore")
    except Exception as exc:
        raise _DecodeFailed(_av_open_reason(exc, target)) from exc

    chunks: list[np.ndarray] = []
    bad_packets = 0
    resampler = _new_resampler(sample_rate)

    def take(frames: list[av.AudioFrame | None]) -> None:
        for out in frames:
            if out is not None:  # a passthrough resampler echoes the flush `None`
                chunks.append(out.to_ndarray().reshape(-1))

    try:
        with container:
            if not container.streams.audio:
                raise _DecodeFailed("no audio stream")
            stream = container.streams.audio[0]
            try:
                for packet in container.demux(stream):
                    try:
                        frames = packet.decode()
                    except av.error.FFmpegError:
                        bad_packets += 1
                        continue
                    for frame in frames:
                        frame.pts = None  # gaps from skipped packets must not upset the graph
                        try:
                            take(resampler.resample(frame))
                        except ValueError:
                            # The stream changed rate or layout mid-way: start a new graph.
                            take(resampler.resample(None))
                            resampler = _new_resampler(sample_rate)
                            take(resampler.resample(frame))
            except Exception as exc:
                if not chunks:
                    raise _DecodeFailed("audio is corrupt or truncated") from exc
                decoded_s = sum(c.size for c in chunks) / sample_rate
                logger.warning("%s breaks off after %.1f s (%s)", target, decoded_s, exc)
            take(resampler.resample(None))
    except _DecodeFailed:
        raise
    except Exception as exc:
        raise _DecodeFailed("audio could not be decoded") from exc
    finally:
        # PyAV's filter graphs are freed only by the cycle collector (faster-whisper#390). The
        # young generations are enough, and a full collection with spaCy loaded holds the GIL
        # the transcribing threads need for far longer (docs/benchmarks.md, ingest section).
        del resampler
        gc.collect(1)

    if bad_packets:
        logger.warning("%s: skipped %d undecodable packets", target, bad_packets)
    if not chunks:
        if bad_packets:
            raise _DecodeFailed("audio is corrupt or truncated")
        return np.zeros(0, dtype=np.float32)
    # Step by step so an hour of audio never holds more than two copies at once.
    pcm = np.concatenate(chunks)
    chunks.clear()
    samples = pcm.astype(np.float32)
    del pcm
    samples /= 32768.0
    return samples


def _new_resampler(sample_rate: int) -> av.audio.resampler.AudioResampler:
    import av

    return av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=sample_rate)


def _av_open_reason(exc: Exception, target: str) -> str:
    import av

    if isinstance(exc, OSError) and not isinstance(exc, av.error.FFmpegError):
        return _os_error_message(exc)
    if isinstance(exc, av.error.PermissionError):
        return "permission denied"
    if isinstance(exc, (av.error.InvalidDataError, av.error.EOFError)):
        # A known container header that won't open is a damaged recording (e.g. an m4a cut
        # off before its index), which is worth telling apart from a file that never was audio.
        if _has_audio_signature(target.removeprefix("file:")):
            return "audio is corrupt or truncated"
        return "not an audio file or unsupported format"
    return "audio could not be opened"


def _has_audio_signature(path: str) -> bool:
    """Whether the first bytes are the magic of a container or stream we treat as audio."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    if head[4:8] == b"ftyp" or head.startswith(_AUDIO_MAGIC):
        return True
    # An MPEG audio or ADTS frame sync (raw .mp3 / .aac without an ID3 tag).
    return len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0


def _decode_with_ffmpeg(target: str, sample_rate: int) -> np.ndarray:
    """Run the ffmpeg executable to raw s16le on stdout; partial output from a damaged file
    is kept, as with PyAV."""
    import numpy as np

    try:
        exe = ffmpeg_exe()
    except AudioError as exc:
        raise _DecodeFailed(str(exc)) from exc
    command = [
        exe,
        "-nostdin",
        "-v",
        "error",
        "-i",
        target,
        "-map",
        "0:a:0",
        "-f",
        "s16le",
        "-ac",
        "1",
        "-ar",
        str(sample_rate),
        "-",
    ]
    try:
        run = subprocess.run(command, capture_output=True, timeout=_FFMPEG_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise _DecodeFailed(f"ffmpeg did not run: {type(exc).__name__}") from exc
    stderr = run.stderr.decode("utf-8", "replace").strip()
    usable = len(run.stdout) - len(run.stdout) % 2
    if run.returncode != 0 and not usable:
        raise _DecodeFailed(_ffmpeg_reason(stderr))
    if stderr:
        logger.debug("ffmpeg said: %s", " | ".join(stderr.splitlines()[:5]))
    return np.frombuffer(run.stdout[:usable], dtype="<i2").astype(np.float32) / 32768.0


def _ffmpeg_reason(stderr: str) -> str:
    """Map ffmpeg's stderr to one of our short reasons; its own text may span many lines."""
    lowered = stderr.lower()
    if "matches no streams" in lowered or "does not contain any stream" in lowered:
        return "no audio stream"
    if "invalid data found" in lowered:
        return "not an audio file or unsupported format"
    if "permission denied" in lowered:
        return "permission denied"
    return "audio could not be decoded"


def _container_facts(path: StrPath) -> tuple[float, str | None, dict[str, str]]:
    """Duration, codec and tags from the container header; (0.0, None, {}) if it won't open.

    PyAV's open reads the header and probes a few packets only, never the whole stream.
    """
    try:
        import av

        with av.open(_ffmpeg_url(path), mode="r", metadata_errors="ignore") as container:
            tags = {str(k).lower(): str(v) for k, v in container.metadata.items()}
            streams = container.streams.audio
            stream = streams[0] if streams else None
            codec = None
            if stream is not None:
                for k, v in stream.metadata.items():
                    tags.setdefault(str(k).lower(), str(v))
                codec = stream.codec_context.codec.canonical_name
            duration = 0.0
            if container.duration is not None and container.duration > 0:
                duration = container.duration / av.time_base
            elif stream is not None and stream.duration and stream.time_base:
                duration = float(stream.duration * stream.time_base)
            return duration, codec, tags
    except Exception as exc:
        logger.debug("no container facts for %s: %s", os.fspath(path), exc)
        return 0.0, None, {}


def _time_from_tags(metadata: dict[str, str]) -> dt.datetime | None:
    tags = {k.lower(): v for k, v in metadata.items()}
    for key in _TIME_TAGS:
        value = tags.get(key)
        if value:
            parsed = _parse_iso(value)
            if parsed is not None and _plausible(parsed):
                return parsed
            logger.debug("ignoring %s tag %r", key, value)
    return None


def _parse_iso(value: str) -> dt.datetime | None:
    """ISO-8601-ish date and time to naive local time; offsets and Z are converted.

    A value without an offset is taken as local time already. Date-only values are refused:
    in audio tags they are usually an album date, not a recording time.
    """
    m = _ISO_RE.match(value)
    if m is None:
        return None
    frac = (m["frac"] or "0")[:6].ljust(6, "0")
    try:
        naive = dt.datetime(
            int(m["y"]),
            int(m["mo"]),
            int(m["d"]),
            int(m["h"]),
            int(m["mi"]),
            int(m["s"] or 0),
            int(frac),
        )
    except ValueError:
        return None
    tz = (m["tz"] or "").upper()
    if not tz:
        return naive
    if tz in ("Z", "UTC", "GMT"):
        offset = dt.timedelta(0)
    else:
        digits = tz[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        if tz[0] == "-":
            offset = -offset
    try:
        aware = naive.replace(tzinfo=dt.timezone(offset))
        return aware.astimezone().replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None


def _plausible(when: dt.datetime) -> bool:
    """Refuses encoder epochs (1904, 1970) and clocks set far into the future."""
    if not _MIN_YEAR <= when.year <= _MAX_YEAR:
        return False
    return when <= dt.datetime.now() + dt.timedelta(days=2)


def _time_from_name(name: str) -> dt.datetime | None:
    """The first valid date (and time, if it follows) in a file name, else None."""
    for m in _NAME_DATE_RE.finditer(name):
        try:
            day = dt.datetime(int(m["y"]), int(m["mo"]), int(m["d"]))
        except ValueError:
            continue
        if not _MIN_YEAR <= day.year <= _MAX_YEAR:
            continue
        if m["h"] is not None:
            try:
                return day.replace(hour=int(m["h"]), minute=int(m["mi"]), second=int(m["s"] or 0))
            except ValueError:
                pass  # digits after the date that are not a time: keep the date alone
        return day
    return None
