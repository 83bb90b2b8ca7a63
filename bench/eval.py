"""Accuracy: word error rate of each bundled model and decoding setup on real human speech.

    python -m bench.eval                      # tiny.en and base, all setups, writes docs
    python -m bench.eval --models base --setups fw-beam5,memo --verbose

Reads the clips and reference transcripts listed in `../shared/eval/manifest.tsv` (or
`MEMO_EVAL_DIR`) in place, never copying them, plus the project's own sample memos in
`samples/eval/` (kind "memo", scored separately because they are synthetic speech). Both sides
go through Whisper's English normaliser before jiwer counts errors; WER is total errors over
total reference words, overall and per clip kind.

Setups compared on the same decoded audio and the same loaded model:
  fw-beam5   plain faster-whisper with its defaults (beam 5), language="en": the peer baseline
  fw-beam1   plain faster-whisper, greedy
  memo       what `memo ingest` ships (PRESETS["default"], through WhisperTranscriber, so the
             hallucination filter and long-recording handling are included)
  memo-accurate  the `--accurate` preset (`--fast` is the tiny.en "memo" row: same settings,
             smaller model)

Whisper falls back to sampling at higher temperatures when a window decodes badly (the 5 dB
noisy clips do), which makes transcripts random; the CTranslate2 seed is reset before every
clip so a run is repeatable; `--seeds 1,2,3` pools several draws to average that luck out.
Times are interleaved clip by clip across setups, so the speed ratios (against fw-beam5 on
the same model) are fair even on a busy machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bench import common
from bench.common import Clip, Errors

KINDS = ("read", "conversation", "lecture", "noisy", "accented")
SETUPS = ("fw-beam5", "fw-beam1", "memo", "memo-accurate")
MODELS = ("tiny.en", "base")
SEED = 1


@dataclass
class Score:
    """Errors per kind and time spent, for one model and setup."""

    by_kind: dict[str, Errors] = field(default_factory=dict)
    seconds: float = 0.0
    audio_s: float = 0.0

    def add(self, kind: str, errors: Errors) -> None:
        self.by_kind[kind] = self.by_kind.get(kind, Errors()) + errors

    def wer(self, kinds: tuple[str, ...] | None = None) -> float:
        total = Errors()
        for kind, e in self.by_kind.items():
            if kinds is None or kind in kinds:
                total += e
        return total.wer

    @property
    def rtf(self) -> float:
        return self.seconds / self.audio_s if self.audio_s else 0.0


def make_setup(name: str, model_name: str, threads: int) -> Callable[[object], str]:
    """A function from 16 kHz samples to text for one setup, sharing the loaded model."""
    from pipeline import modelstore, transcribe

    info = modelstore.resolve(model_name)
    if name.startswith("fw-"):
        model = transcribe.load_model(info.path, threads)
        beam = int(name.removeprefix("fw-beam"))

        def plain(samples: object) -> str:
            segments, _ = model.transcribe(samples, language="en", beam_size=beam)
            return " ".join(s.text.strip() for s in segments)

        return plain
    preset = name.removeprefix("memo").lstrip("-") or "default"
    transcriber = transcribe.WhisperTranscriber(
        model_name, settings=transcribe.PRESETS[preset], cpu_threads=threads
    )
    return lambda samples: transcriber.transcribe(samples, language="en").text


def evaluate(
    clips: list[Clip],
    models: list[str],
    setups: list[str],
    threads: int,
    verbose: bool = False,
    seeds: tuple[int, ...] = (SEED,),
) -> dict[tuple[str, str], Score]:
    """Score every (model, setup) on every clip; setups take turns on each clip."""
    import ctranslate2

    from pipeline.audio import decode

    audio = {c.name: decode(c.path) for c in clips}
    scores: dict[tuple[str, str], Score] = {}
    for model_name in models:
        fns = {s: make_setup(s, model_name, threads) for s in setups}
        for i, clip in enumerate(clips):
            samples = audio[clip.name]
            # Rotate who goes first so no setup always runs on a cold cache.
            order = setups[i % len(setups) :] + setups[: i % len(setups)]
            for s in order:
                for seed in seeds:
                    ctranslate2.set_random_seed(seed)
                    started = time.perf_counter()
                    text = fns[s](samples)
                    score = scores.setdefault((model_name, s), Score())
                    score.seconds += time.perf_counter() - started
                    score.audio_s += len(samples) / 16000
                    errors = common.word_errors(clip.reference, text)
                    score.add(clip.kind, errors)
                    if verbose:
                        print(
                            f"  {model_name:8} {s:14} {clip.name:34} "
                            f"{errors.errors:3}/{errors.words:<3} {text[:90]}",
                            file=sys.stderr,
                        )
            print(f"{model_name}: {i + 1}/{len(clips)} {clip.name}", file=sys.stderr)
    return scores


def report(
    real: dict[tuple[str, str], Score] | None,
    memos: dict[tuple[str, str], Score] | None,
    models: list[str],
    setups: list[str],
) -> str:
    rows = []
    for m in models:
        base = real.get((m, "fw-beam5")) if real else None
        for s in setups:
            r = real.get((m, s)) if real else None
            mm = memos.get((m, s)) if memos else None
            row = [m, s]
            if r:
                row += [f"{100 * r.wer():.1f}%"]
                row += [f"{100 * r.wer((k,)):.1f}%" if k in r.by_kind else "-" for k in KINDS]
            else:
                row += ["-"] * (1 + len(KINDS))
            row.append(f"{100 * mm.wer():.1f}%" if mm else "-")
            timing = r or mm
            assert timing is not None
            row.append(f"{timing.rtf:.3f}")
            row.append(f"{base.seconds / r.seconds:.2f}x" if base and r else "-")
            rows.append(row)
    headers = ["model", "setup", "WER all", *KINDS, "own memos", "RTF", "speed vs fw-beam5"]
    return common.table(headers, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.eval", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--models", default=",".join(MODELS), help="comma-separated")
    parser.add_argument("--setups", default=",".join(SETUPS), help="comma-separated")
    parser.add_argument("--threads", type=int, default=None, help="cpu_threads (default: cores)")
    parser.add_argument(
        "--seeds", default=str(SEED), help="comma-separated CTranslate2 seeds; WER pools them"
    )
    parser.add_argument("--no-memos", action="store_true", help="skip samples/eval")
    parser.add_argument("--no-write", action="store_true", help="print only; leave the docs")
    parser.add_argument("--verbose", "-v", action="store_true", help="per-clip errors")
    args = parser.parse_args(argv)

    from pipeline.transcribe import default_threads

    threads = args.threads or default_threads()
    models = [m for m in args.models.split(",") if m]
    setups = [s for s in args.setups.split(",") if s]
    unknown = set(setups) - set(SETUPS)
    if unknown:
        parser.error(f"unknown setups {sorted(unknown)}; choose from {', '.join(SETUPS)}")

    clips = common.load_eval_set()
    if clips is None:
        print(common.missing_eval_message(), file=sys.stderr)
    memos = [] if args.no_memos else common.load_samples_set()
    if not clips and not memos:
        print("nothing to evaluate", file=sys.stderr)
        return 0

    seeds = tuple(int(x) for x in args.seeds.split(","))
    real = evaluate(clips, models, setups, threads, args.verbose, seeds) if clips else None
    own = evaluate(memos, models, setups, threads, args.verbose, seeds) if memos else None
    words = sum(len(common.normalize(c.reference).split()) for c in clips or [])
    audio_s = sum(c.duration_s for c in clips or [])
    body = (
        "## Accuracy (WER)\n\n"
        + common.header()
        + f"\nReal speech: {len(clips or [])} clips, {audio_s:.0f} s, {words} reference words "
        f"({common.eval_dir()}); own memos: {len(memos)} synthetic clips in samples/eval. "
        f'cpu_threads={threads}, int8, language="en", CTranslate2 seed {SEED} per clip. '
        "RTF = transcription time / audio time (real-speech clips); speed = fw-beam5 time / "
        "setup time on the same clips in the same run.\n\n"
        + report(real, own, models, setups)
        + "\n"
    )
    print(body)
    if not args.no_write:
        common.write_section("eval", body)
        print(f"written to {common.DOCS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
