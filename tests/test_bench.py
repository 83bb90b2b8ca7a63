"""The benchmark harness's own logic: scoring, the eval set, docs sections, dispatch."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

# bench/ is a top-level folder of the checkout, not part of the installed package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import __main__ as bench_main
from bench import common
from bench import eval as bench_eval


def test_wer_normalises_case_punctuation_and_fillers() -> None:
    assert common.word_errors("Mr. Quilter is here.", "mister quilter, um, is here").errors == 0
    e = common.word_errors("the cat sat", "the dog sat down")
    assert (e.errors, e.words) == (2, 3)
    assert common.word_errors("two words", "").errors == 2


def test_corpus_wer_sums_errors_not_rates() -> None:
    total = common.Errors(1, 10) + common.Errors(9, 90)
    assert total.wer == pytest.approx(0.1)
    assert common.Errors().wer == 0.0


def test_eval_dir_is_overridable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "manifest.tsv").write_text(
        "file\tduration_seconds\treference_transcript\tsource_repo\tsource_path\tlicence\tkind\n"
        "a.wav\t1.5\thello world\tr\tp\tl\tread\n"
    )
    monkeypatch.setenv("MEMO_EVAL_DIR", str(tmp_path))
    (clip,) = common.load_eval_set() or []
    assert (clip.path, clip.duration_s, clip.kind) == (tmp_path / "a.wav", 1.5, "read")


def test_eval_skips_clearly_without_the_eval_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEMO_EVAL_DIR", str(tmp_path / "absent"))
    assert common.load_eval_set() is None
    assert bench_eval.main(["--no-memos", "--no-write"]) == 0
    err = capsys.readouterr().err
    assert "eval set not found" in err and "MEMO_EVAL_DIR" in err


def test_write_section_replaces_only_its_own(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nHand-written intro.\n")
    common.write_section("eval", "old table", doc)
    common.write_section("search", "their table", doc)
    common.write_section("eval", "new table", doc)
    text = doc.read_text()
    assert "Hand-written intro." in text and "their table" in text
    assert "new table" in text and "old table" not in text
    assert text.count("<!-- bench:eval -->") == 1


def test_table_aligns_numbers_right() -> None:
    out = common.table(["name", "wer"], [["tiny.en", "7.2%"]])
    assert out.splitlines()[1] == "|---|---:|"


def test_bench_runs_main_with_or_without_argv(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    with_argv = types.ModuleType("fake_with_argv")
    with_argv.main = lambda argv: seen.append(argv) or 0  # type: ignore[attr-defined]
    no_argv = types.ModuleType("fake_no_argv")
    no_argv.main = lambda: seen.append(sys.argv[1:])  # type: ignore[attr-defined]
    failing = types.ModuleType("fake_failing")
    failing.run = lambda: sys.exit(2)  # type: ignore[attr-defined]
    for m in (with_argv, no_argv, failing):
        monkeypatch.setitem(sys.modules, m.__name__, m)
    bench_main.run_harness("fake_with_argv", ["--quick"])
    bench_main.run_harness("fake_no_argv", ["--x"])
    assert seen == [["--quick"], ["--x"]]
    with pytest.raises(RuntimeError, match="status 2"):
        bench_main.run_harness("fake_failing", [])


def test_bench_skips_missing_harnesses(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench_main, "HARNESSES", {"nothing": "bench.no_such_harness"})
    assert bench_main.main([]) == 0
    assert "not present, skipped" in capsys.readouterr().err


def test_dense_report_counts_words_kept_in_order() -> None:
    from bench import bench_ingest

    assert bench_ingest._kept_in_order("the cat sat down", "the sat down here") == 0.75
    assert bench_ingest._kept_in_order("the cat", "") == 0.0
    shape = {"kept": 0.94, "wer": 0.105, "segments": 68, "max_s": 7.5, "over_10s": 0.0}
    dense = {
        "model": "base",
        "audio_s": 290.0,
        "words": 686,
        "threads": 2,
        "repeats": 2,
        "times": {"fw-batched": [30.0, 32.0], "ingest": [27.0, 28.8]},
        "ratio_runs": [0.9, 0.9],
        "shape": {"fw-batched": shape, "ingest": shape},
    }
    body = bench_ingest.report({"dense": [dense]})
    assert "ingest / batched: **0.90x**" in body and "94.0%" in body and "10.5%" in body
