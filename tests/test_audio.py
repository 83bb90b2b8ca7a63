"""Tests for pipeline.audio: audio is generated at test time with the ffmpeg in imageio-ffmpeg.

The bundled binary is used to *make* the files because it has every encoder we need (AMR-NB in
particular, which distro builds often lack); decoding goes through the code under test.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from pipeline import audio
from pipeline.errors import AudioError
from pipeline.records import AudioInfo

TONE = "sine=frequency=440:duration=2"
SILENCE = "anullsrc=r=44100:cl=mono"
AMR = ["-ar", "8000", "-ac", "1", "-c:a", "libopencore_amrnb", "-b:a", "12.2k"]
# name -> ffmpeg output options; every suffix here is one phones and messengers produce.
FORMATS: dict[str, list[str]] = {
    "tone.m4a": ["-c:a", "aac"],
    "tone.aac": ["-c:a", "aac", "-f", "adts"],
    "tone.mp3": ["-c:a", "libmp3lame"],
    "tone.ogg": ["-c:a", "libvorbis"],
    "tone.opus": ["-c:a", "libopus"],
    "tone.wav": [],
    "tone.flac": [],
    "tone.webm": ["-c:a", "libopus"],
    "tone.3gp": AMR,
    "tone.amr": AMR,
    "tone.caf": ["-c:a", "alac"],
    "tone.aiff": [],
    "tone.mka": ["-c:a", "libopus"],
}


def _encoder() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def make(dest: Path, source: str, *options: str, seconds: float | None = None) -> Path:
    """Render an lavfi source to `dest` with the given output options."""
    limit = ["-t", str(seconds)] if seconds is not None else []
    cmd = [_encoder(), "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", source]
    subprocess.run([*cmd, *limit, *options, "file:" + str(dest)], check=True)
    return dest


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory with the tone in every format plus a few special files, built once."""
    root = tmp_path_factory.mktemp("media")
    for name, options in FORMATS.items():
        make(root / name, TONE, *options)
    make(root / "silence.m4a", SILENCE, "-c:a", "aac", seconds=2)
    make(root / "moov_first.m4a", TONE, "-c:a", "aac", "-movflags", "+faststart")
    make(root / "meta.m4a", TONE, "-c:a", "aac", "-metadata", "creation_time=2025-03-04T10:20:30Z")
    make(root / "video.mp4", "color=c=black:s=32x32:d=0.5", "-c:v", "mpeg4")
    return root


@pytest.fixture
def local_tz(monkeypatch: pytest.MonkeyPatch):
    """Run a test in a zone that is not UTC, so UTC-to-local conversion is really checked."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _fail(*_args: object) -> np.ndarray:
    raise audio._DecodeFailed("disabled in this test")


def _assert_one_line(err: AudioError) -> None:
    message = str(err)
    assert message
    assert "\n" not in message
    assert len(message) < 80
    assert "Traceback" not in message


# --- decoding ---------------------------------------------------------------------------------


def _assert_tone(samples: np.ndarray) -> None:
    assert samples.dtype == np.float32
    assert samples.ndim == 1
    assert abs(samples.size - 2 * 16000) <= 0.05 * 2 * 16000
    assert float(np.abs(samples).max()) <= 1.0
    assert float(np.sqrt(np.mean(samples**2))) > 0.02


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_decode_each_format(media: Path, name: str) -> None:
    _assert_tone(audio.decode(media / name))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_pyav_alone_decodes_each_format(
    media: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio, "_decode_with_ffmpeg", _fail)
    _assert_tone(audio.decode(media / name))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_ffmpeg_fallback_decodes_each_format(
    media: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio, "_decode_with_pyav", _fail)
    _assert_tone(audio.decode(media / name))


def test_fallback_runs_when_pyav_finds_no_samples(
    media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio, "_decode_with_pyav", lambda *_: np.zeros(0, dtype=np.float32))
    _assert_tone(audio.decode(media / "tone.m4a"))


def test_zero_byte_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.m4a"
    empty.touch()
    with pytest.raises(AudioError, match="empty") as info:
        audio.decode(empty)
    _assert_one_line(info.value)


def test_text_file_named_mp3(tmp_path: Path) -> None:
    fake = tmp_path / "notes.mp3"
    fake.write_text("shopping list: milk, eggs\nnot audio at all\n")
    with pytest.raises(AudioError, match="not an audio file") as info:
        audio.decode(fake)
    _assert_one_line(info.value)


def test_file_without_audio_stream(media: Path) -> None:
    with pytest.raises(AudioError, match="no audio stream") as info:
        audio.decode(media / "video.mp4")
    _assert_one_line(info.value)


@pytest.mark.parametrize("missing", ["nope.wav", "."])
def test_unreadable_paths(tmp_path: Path, missing: str) -> None:
    with pytest.raises(AudioError) as info:
        audio.decode(tmp_path / missing)
    _assert_one_line(info.value)


@pytest.mark.parametrize(
    "name", ["tone.m4a", "moov_first.m4a", "tone.mp3", "tone.ogg", "tone.wav", "tone.3gp"]
)
def test_truncated_file_decodes_what_it_can_or_says_why(
    media: Path, tmp_path: Path, name: str
) -> None:
    data = (media / name).read_bytes()
    cut = tmp_path / f"cut_{name}"
    cut.write_bytes(data[: len(data) // 2])
    try:
        samples = audio.decode(cut)
    except AudioError as err:
        _assert_one_line(err)
        assert "corrupt or truncated" in str(err)
    else:
        assert samples.dtype == np.float32
        assert 0 < samples.size < 2 * 16000 * 1.05


@pytest.mark.parametrize("name", ["moov_first.m4a", "tone.mp3", "tone.wav"])
def test_truncated_streamable_file_keeps_first_part(media: Path, tmp_path: Path, name: str) -> None:
    data = (media / name).read_bytes()
    cut = tmp_path / f"cut_{name}"
    cut.write_bytes(data[: len(data) // 2])
    assert audio.decode(cut).size > 0.5 * 16000


def test_awkward_file_name(media: Path, tmp_path: Path) -> None:
    odd = tmp_path / "-memo 'it\"s' ünïcode 会议.ogg"
    odd.write_bytes((media / "tone.ogg").read_bytes())
    _assert_tone(audio.decode(odd))
    assert audio.probe(odd).codec == "vorbis"


def test_colon_in_name_is_not_a_protocol(media: Path, tmp_path: Path) -> None:
    odd = tmp_path / "memo:2026-11-25 14:30:12.m4a"
    odd.write_bytes((media / "tone.m4a").read_bytes())
    _assert_tone(audio.decode(odd))


def test_relative_path_with_leading_dash(
    media: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "-y.wav").write_bytes((media / "tone.wav").read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(audio, "_decode_with_pyav", _fail)  # exercise the command line
    _assert_tone(audio.decode("-y.wav"))


# --- probe ------------------------------------------------------------------------------------


def test_probe_tone(media: Path) -> None:
    info = audio.probe(media / "tone.m4a")
    assert isinstance(info, AudioInfo)
    assert info.codec == "aac"
    assert info.duration_s == pytest.approx(2.0, abs=0.1)
    assert info.size_bytes == (media / "tone.m4a").stat().st_size
    assert info.sha256 == hashlib.sha256((media / "tone.m4a").read_bytes()).hexdigest()


def test_probe_does_not_decode(media: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audio, "_decode_with_pyav", _fail)
    monkeypatch.setattr(audio, "_decode_with_ffmpeg", _fail)
    assert audio.probe(media / "tone.mp3").duration_s == pytest.approx(2.0, abs=0.1)


@pytest.mark.parametrize("content", [b"", b"plain text, not audio\n"])
def test_probe_returns_info_for_any_readable_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.m4a"
    path.write_bytes(content)
    info = audio.probe(path)
    assert info.size_bytes == len(content)
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert info.duration_s == 0.0
    assert info.codec is None
    assert info.recorded_at_source == "mtime"


def test_probe_unreadable(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="not found"):
        audio.probe(tmp_path / "missing.m4a")
    with pytest.raises(AudioError, match="directory"):
        audio.probe(tmp_path)


# --- recorded-at time -------------------------------------------------------------------------


def test_metadata_creation_time_is_converted_to_local(media: Path, local_tz: None) -> None:
    info = audio.probe(media / "meta.m4a")
    assert info.recorded_at_source == "metadata"
    # 10:20:30 UTC on 4 March 2025 is 05:20:30 in New York (EST, UTC-5).
    assert info.recorded_at == dt.datetime(2025, 3, 4, 5, 20, 30)
    assert info.recorded_at.tzinfo is None
    assert audio.recorded_at(media / "meta.m4a") == (info.recorded_at, "metadata")


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ({"creation_time": "2025-03-04T10:20:30.000000Z"}, dt.datetime(2025, 3, 4, 5, 20, 30)),
        ({"date": "2025-03-04T11:20:30+01:00"}, dt.datetime(2025, 3, 4, 5, 20, 30)),
        (
            {"com.apple.quicktime.creationdate": "2025-07-01T09:00:00-0700"},
            dt.datetime(2025, 7, 1, 12, 0, 0),  # EDT in July
        ),
        # Apple's tag carries the phone's offset, so it beats creation_time.
        (
            {
                "creation_time": "2025-07-01T16:00:05Z",
                "com.apple.quicktime.creationdate": "2025-07-01T09:00:00-0700",
            },
            dt.datetime(2025, 7, 1, 12, 0, 0),
        ),
        ({"CREATION_TIME": "2025-03-04 10:20:30"}, dt.datetime(2025, 3, 4, 10, 20, 30)),
    ],
)
def test_time_tags(tmp_path: Path, local_tz: None, tags: dict[str, str], expected: dt.datetime):
    path = tmp_path / "memo.m4a"
    path.touch()
    assert audio.recorded_at(path, tags) == (expected, "metadata")


@pytest.mark.parametrize(
    "tags",
    [
        {"creation_time": "1904-01-01T00:00:00.000000Z"},
        {"creation_time": "1970-01-01T00:00:00.000000Z"},
        {"date": "2025"},
        {"date": "2025-03-04"},
        {"date": "yesterday"},
        {"creation_time": "2999-01-01T00:00:00Z"},
    ],
)
def test_bogus_time_tags_are_ignored(tmp_path: Path, tags: dict[str, str]) -> None:
    path = tmp_path / "Recording_20261125_143012.m4a"
    path.touch()
    assert audio.recorded_at(path, tags) == (dt.datetime(2026, 11, 25, 14, 30, 12), "filename")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("20261125_143012.m4a", dt.datetime(2026, 11, 25, 14, 30, 12)),
        ("20261125-143012.m4a", dt.datetime(2026, 11, 25, 14, 30, 12)),
        ("2026-11-25 14.30.12.m4a", dt.datetime(2026, 11, 25, 14, 30, 12)),
        ("2026-11-25_14-30-12.m4a", dt.datetime(2026, 11, 25, 14, 30, 12)),
        ("2026-11-25 14:30:12.m4a", dt.datetime(2026, 11, 25, 14, 30, 12)),
        ("Recording_20261125_143012.m4a", dt.datetime(2026, 11, 25, 14, 30, 12)),
        ("REC20261125143012.amr", dt.datetime(2026, 11, 25, 14, 30, 12)),
        ("Voice 001 2026-11-25.m4a", dt.datetime(2026, 11, 25)),
        ("PTT-20261125-WA0001.opus", dt.datetime(2026, 11, 25)),
        ("AUD-20261125-WA0003.opus", dt.datetime(2026, 11, 25)),
        ("2026_11_25_14_30_12.mp3", dt.datetime(2026, 11, 25, 14, 30, 12)),
        ("Call 2026-11-25 14-30.m4a", dt.datetime(2026, 11, 25, 14, 30)),
        ("20261125_999999.wav", dt.datetime(2026, 11, 25)),  # not a time: date only
    ],
)
def test_filename_patterns(tmp_path: Path, name: str, expected: dt.datetime) -> None:
    path = tmp_path / name
    path.touch()
    assert audio.recorded_at(path, {}) == (expected, "filename")


@pytest.mark.parametrize(
    "name",
    [
        "memo 12345678.m4a",
        "20261325_143012.m4a",  # month 13
        "20260230.m4a",  # 30 February
        "18991125_143012.m4a",
        "120261125143012.m4a",  # part of a longer number
        "Voice 001.m4a",
    ],
)
def test_names_without_a_date_fall_back_to_mtime(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.touch()
    stamp = dt.datetime(2024, 6, 7, 8, 9, 10).timestamp()
    os.utime(path, (stamp, stamp))
    assert audio.recorded_at(path, {}) == (dt.datetime(2024, 6, 7, 8, 9, 10), "mtime")


def test_mtime_fallback_reads_tags_when_not_given(media: Path, tmp_path: Path) -> None:
    path = tmp_path / "untitled.wav"
    path.write_bytes((media / "tone.wav").read_bytes())
    stamp = dt.datetime(2023, 1, 2, 3, 4, 5).timestamp()
    os.utime(path, (stamp, stamp))
    assert audio.recorded_at(path) == (dt.datetime(2023, 1, 2, 3, 4, 5), "mtime")
    assert audio.probe(path).recorded_at_source == "mtime"


# --- hashing, names, ffmpeg ---------------------------------------------------------------------


def test_sha256_file_matches_hashlib(tmp_path: Path) -> None:
    data = np.random.default_rng(1).bytes((5 << 20) // 2 + 7)  # spans several 1 MiB chunks
    path = tmp_path / "blob.m4a"
    path.write_bytes(data)
    assert audio.sha256_file(path) == (hashlib.sha256(data).hexdigest(), len(data))


def test_sha256_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="not found"):
        audio.sha256_file(tmp_path / "missing")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.m4a", True),
        ("A.M4A", True),
        ("x/y/voice.Opus", True),
        ("call.3gpp", True),
        ("memo.aif", True),
        ("notes.txt", False),
        ("m4a", False),
        (".m4a", False),
        ("memo.m4a.part", False),
    ],
)
def test_is_audio_name(name: str, expected: bool) -> None:
    assert audio.is_audio_name(name) is expected
    assert audio.is_audio_name(Path(name)) is expected


def test_audio_extensions_are_lower_case_suffixes() -> None:
    assert all(ext.startswith(".") and ext == ext.lower() for ext in audio.AUDIO_EXTENSIONS)
    assert {".m4a", ".amr", ".opus", ".3gp", ".wav"} <= audio.AUDIO_EXTENSIONS


def test_ffmpeg_exe_falls_back_to_imageio(monkeypatch: pytest.MonkeyPatch) -> None:
    import pydub

    audio.ffmpeg_exe.cache_clear()
    monkeypatch.setattr(audio.shutil, "which", lambda _name: None)
    try:
        exe = audio.ffmpeg_exe()
        assert exe == _encoder()
        assert pydub.AudioSegment.converter == exe
    finally:
        audio.ffmpeg_exe.cache_clear()
    monkeypatch.undo()
    assert os.access(audio.ffmpeg_exe(), os.X_OK)
    assert pydub.AudioSegment.converter == audio.ffmpeg_exe()


def test_import_is_cheap() -> None:
    code = "import sys, pipeline.audio; print(sorted({'av', 'numpy', 'pydub'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- silence ------------------------------------------------------------------------------------


def test_silence_is_silent(media: Path) -> None:
    assert audio.is_silent(audio.decode(media / "silence.m4a"))


def test_tone_is_not_silent(media: Path) -> None:
    assert not audio.is_silent(audio.decode(media / "tone.m4a"))


def _speech_like(seconds: float = 3.0, level_dbfs: float = -30.0) -> np.ndarray:
    """Noise in syllable-sized bursts (4 per second) with pauses, at a quiet talking level."""
    rng = np.random.default_rng(7)
    t = np.arange(int(seconds * 16000)) / 16000
    envelope = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) * (np.sin(2 * np.pi * 0.5 * t) > 0)
    noise = rng.standard_normal(t.size) * envelope
    noise *= 10 ** (level_dbfs / 20) / np.sqrt(np.mean(noise**2))
    return noise.astype(np.float32)


def test_speech_like_noise_is_not_silent() -> None:
    assert not audio.is_silent(_speech_like())


def test_a_click_or_hiss_is_still_silent() -> None:
    rng = np.random.default_rng(3)
    hiss = (rng.standard_normal(5 * 16000) * 10 ** (-65 / 20)).astype(np.float32)
    assert audio.is_silent(hiss)
    hiss[16000:16080] = 0.9  # a 5 ms click
    assert audio.is_silent(hiss)


def test_threshold_and_edge_cases() -> None:
    quiet = _speech_like(level_dbfs=-65.0)
    assert audio.is_silent(quiet)
    assert not audio.is_silent(quiet, threshold_dbfs=-75.0)
    assert audio.is_silent(np.zeros(0, dtype=np.float32))
    assert audio.is_silent(np.zeros(10, dtype=np.float32))
