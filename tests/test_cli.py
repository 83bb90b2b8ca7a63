"""The CLI contract: exit codes, one-line errors, JSON on stdout and nothing else."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FakeTranscriber
from pipeline.cli import cli
from pipeline.ingest import Ingestor


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def fake_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """No model loads in these tests: the transcriber is a fake (spaCy stays real)."""
    monkeypatch.setattr(
        Ingestor,
        "_get_transcriber",
        lambda self: FakeTranscriber(
            "Met Kevin Brooks at the Post Office. We discussed the pilot."
        ),
    )


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_summary_and_exit_codes(runner: CliRunner, tmp_path: Path, tone_wav: Path) -> None:
    good = str(shutil.copy(tone_wav, tmp_path / "good.wav"))
    code, out, err = run(runner, "ingest", good)
    assert code == 0, err
    assert out.startswith("1 new, 0 already known, 0 empty, 0 failed")
    code, out, _ = run(runner, "ingest", good)
    assert code == 0
    assert out.startswith("0 new, 1 already known, 0 empty, 0 failed")


@pytest.mark.parametrize(
    "name",
    ["-starts-with-dash.wav", "has spaces.wav", "quote'and\"double.wav", "naïve café ☕.wav"],
)
def test_awkward_file_names(runner: CliRunner, tmp_path: Path, tone_wav: Path, name: str) -> None:
    path = Path(shutil.copy(tone_wav, tmp_path / name))
    code, out, err = run(runner, "ingest", "--", str(path))
    assert code == 0, err
    assert "1 new" in out
    code, out, _ = run(runner, "list", "--json")
    assert json.loads(out)[0]["path"] == str(path)


def test_bad_inputs_fail_one_line_each_and_keep_going(
    runner: CliRunner, tmp_path: Path, tone_wav: Path
) -> None:
    (tmp_path / "empty.m4a").write_bytes(b"")
    (tmp_path / "text.mp3").write_text("not audio at all\n" * 50)
    (tmp_path / "truncated.m4a").write_bytes(b"\x00\x00\x00\x20ftypM4A " + b"\x01" * 300)
    shutil.copy(tone_wav, tmp_path / "fine.wav")
    code, out, err = run(runner, "ingest", str(tmp_path), str(tmp_path / "missing.m4a"))
    assert code == 1
    assert "1 new, 0 already known, 0 empty, 4 failed" in out
    assert "Traceback" not in err
    failed = [line for line in err.splitlines() if line.startswith("failed")]
    assert len(failed) == 4
    assert any("missing.m4a: no such file or folder" in line for line in failed)
    code, out, _ = run(runner, "list", "--status", "failed", "--json")
    rows = json.loads(out)
    assert {Path(r["path"]).name for r in rows} == {"empty.m4a", "text.mp3", "truncated.m4a"}
    assert all(r["error"] and r["status"] == "failed" for r in rows)


def test_list_and_show_json(runner: CliRunner, tmp_path: Path, tone_wav: Path) -> None:
    run(runner, "ingest", str(tone_wav))
    _, out, _ = run(runner, "list", "--json")
    [memo] = json.loads(out)
    assert {"id", "path", "recorded_at", "status", "duration_s", "error"} <= memo.keys()
    _, out, _ = run(runner, "show", str(memo["id"]), "--json")
    shown = json.loads(out)
    assert {
        "id",
        "path",
        "recorded_at",
        "status",
        "model",
        "text",
        "segments",
        "entities",
    } <= shown.keys()
    assert shown["model"] == "fake"
    assert {"start_s", "end_s", "text"} <= shown["segments"][0].keys()
    assert "Kevin Brooks" in {e["name"] for e in shown["entities"]}
    _code, out, _ = run(runner, "show", str(memo["id"]))
    assert "[00:00] Met Kevin Brooks at the Post Office." in out


def test_show_unknown_id(runner: CliRunner) -> None:
    code, _, err = run(runner, "show", "999")
    assert code == 1
    assert err.strip() == "Error: no memo with id 999 (see `memo list`)"


def test_unwritable_database_location(runner: CliRunner, tmp_path: Path, tone_wav: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(runner, "--db", str(blocker / "memo.db"), "ingest", str(tone_wav))
    assert code == 1
    assert err.startswith("Error: cannot open database")
    assert len(err.strip().splitlines()) == 1


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert run(runner, "ingest")[0] == 2
    assert run(runner, "list", "--status", "bogus")[0] == 2


def test_unknown_model_is_one_line(runner: CliRunner, tone_wav: Path) -> None:
    code, _, err = run(runner, "ingest", "--model", "no-such-model", str(tone_wav))
    assert code == 1
    assert "unknown model 'no-such-model'" in err


def test_models_json(runner: CliRunner) -> None:
    _code, out, _ = run(runner, "models", "--json")
    models = json.loads(out)
    by_name = {m["name"]: m for m in models}
    assert {"tiny.en", "base"} <= by_name.keys()
    assert sum(m["default"] for m in models) == 1
    assert all({"name", "path", "size_mb", "default"} <= m.keys() for m in models)


def test_python_dash_m_and_help_start_without_heavy_imports() -> None:
    code = (
        "import sys; from pipeline.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'faster_whisper', 'ctranslate2', 'spacy', 'torch'} & set(sys.modules)\n"
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    out = subprocess.run(
        [sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0 and "ingest" in out.stdout
