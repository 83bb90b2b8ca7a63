"""Where things live: the database, the model store, the default model.

Environment variables override the defaults so tests and services can point memo elsewhere:
`MEMO_DB` (database file), `MEMO_MODEL` (model name or path), `MEMO_HOME` (user data dir),
`MEMO_MODELS_DIR` (local model store).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "memo"
# base measured more accurate than tiny.en on the project's own memos, full of names, and no
# worse on real speech: the figures are in docs/benchmarks.md (python -m bench.eval).
DEFAULT_MODEL = "base"


def user_dir() -> Path:
    """The per-user data directory (created on demand by callers that write to it)."""
    override = os.environ.get("MEMO_HOME")
    if override:
        return Path(override).expanduser()
    import click  # only needed here; keeps the library importable without the CLI

    return Path(click.get_app_dir(APP_NAME))


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db` beats `MEMO_DB` beats `<user dir>/memo.db`."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("MEMO_DB")
    if env:
        return Path(env).expanduser()
    return user_dir() / "memo.db"


def model_name(explicit: str | None = None) -> str:
    """`--model` beats `MEMO_MODEL` beats the shipped default."""
    return explicit or os.environ.get("MEMO_MODEL") or DEFAULT_MODEL


def repo_models_dir() -> Path:
    """The `models/` folder of a source checkout (where `make install` assembles weights)."""
    return Path(__file__).resolve().parent.parent / "models"


def models_dir() -> Path:
    """The local model store: `MEMO_MODELS_DIR`, else the checkout's `models/`, else user dir."""
    env = os.environ.get("MEMO_MODELS_DIR")
    if env:
        return Path(env).expanduser()
    repo = repo_models_dir()
    if repo.is_dir() and os.access(repo, os.W_OK):
        return repo
    return user_dir() / "models"
