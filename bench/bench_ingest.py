"""Ingest speed, memory and long recordings: `memo ingest` against plain faster-whisper.

    python -m bench.bench_ingest                 # everything (about 20 minutes on 2 cores)
    python -m bench.bench_ingest --quick         # overhead and peer ratios only

Measurements, each reported as a ratio of runs made in this process, interleaved (A B C A B C)
and summarised by the median, because absolute times drift on a shared machine:

- overhead: `Ingestor` (hash, decode, transcribe, spaCy, SQLite + FTS into a fresh temp
  database) against plain `WhisperModel.transcribe` over the same files with the same model,
  the same settings and the same threading (`plan_workers`: files in parallel, one
  CTranslate2 replica each). Both load Whisper once before timing; spaCy is loaded before
  timing too (it is loaded once per process, like Whisper), and every per-memo cost, spaCy
  extraction included, is inside the timed run. Goal: at most 1.05x.
- peer: plain faster-whisper with its defaults (beam 5), one file at a time on every core,
  against `memo ingest` as shipped, with the WER of both on the same clips from the same run.
  Goal: at least 1.3x faster, WER at most 0.5 points worse. A fourth run (plain, shipped
  settings, one file at a time) splits the gain into settings and parallelism.
- memory: the real `memo ingest --model base` CLI on 100 distinct memos; RSS after the 10th
  and 100th memo and the peak (VmHWM), read from /proc while it runs. Goal: under 1.2 GB, flat.
- dense: about 5 minutes of dense speech (the eval clips back to back, 0.3 s apart) through
  the default `Ingestor` (one file: every core) against faster-whisper's own
  `BatchedInferencePipeline` (batch 8, same model, same threads), interleaved: wall time,
  the share of the spoken words kept in order (aligned hits / reference words) and segment
  lengths. Goal: ingest no slower, at least 90% of the words, segments of about a sentence.
- long: a 60-minute recording (the eval clips in a loop, 2 s pauses between) against a
  2-minute one built the same way, in a child process: RTF, peak RSS and how often the
  progress callback fires. Goal: RTF within 10% of the 2-minute memo's; goal RTF <= 0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

from bench import common

SR = 16000


def _files(limit: int | None = None) -> tuple[list[Path], dict[str, str]]:
    """Files to ingest and their reference transcripts: the real-speech set, else samples."""
    clips = common.load_eval_set() or common.load_samples_set()
    clips = clips[:limit] if limit else clips
    return [c.path for c in clips], {str(c.path): c.reference for c in clips}


def _wer(texts: dict[str, str], refs: dict[str, str]) -> float:
    total = common.Errors()
    for path, ref in refs.items():
        total += common.word_errors(ref, texts.get(path, ""))
    return total.wer


def speed(model_name: str, repeats: int, threads: int, limit: int | None = None) -> dict[str, Any]:
    """Overhead (ingest vs plain, same settings and threads) and peer (plain beam 5 vs ingest)."""
    from concurrent.futures import ThreadPoolExecutor

    from pipeline import extract, modelstore, transcribe
    from pipeline.ingest import Ingestor
    from pipeline.store import Store

    files, refs = _files(limit)
    info = modelstore.resolve(model_name)
    # The peers: one file at a time on every core, as a plain script would run them.
    model = transcribe.load_model(info.path, threads)
    # What `memo ingest` does with this batch, and plain faster-whisper doing the same.
    workers, per_worker = transcribe.plan_workers(len(files), threads)
    parallel_model = transcribe.load_model(info.path, per_worker, workers)
    shipped = transcribe.PRESETS["default"]
    language = "en" if info.english_only else None
    nlp = extract.load_nlp()
    outputs: dict[str, dict[str, str]] = {}

    def one(m: Any, f: Path, kwargs: dict[str, Any]) -> str:
        segments, _ = m.transcribe(str(f), language=language, **kwargs)
        return " ".join(s.text.strip() for s in segments)

    def plain(name: str, **kwargs: Any) -> None:
        outputs[name] = {str(f): one(model, f, kwargs) for f in files}

    def plain_parallel() -> None:
        kwargs = shipped.as_kwargs()
        with ThreadPoolExecutor(workers) as pool:
            texts = pool.map(lambda f: one(parallel_model, f, kwargs), files)
            outputs["plain-parallel"] = dict(zip(map(str, files), texts, strict=True))

    def ingest() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "bench.db")
            ingestor = Ingestor(
                store,
                transcriber=transcribe.WhisperTranscriber(
                    model_name, settings=shipped, cpu_threads=per_worker, workers=workers
                ),
                extractor=extract.SpacyExtractor(nlp),
            )
            try:
                results = list(ingestor.ingest(files))
            finally:
                ingestor.close()
            assert all(r.status in ("new", "empty") for r in results), results
            outputs["ingest"] = {
                str(Path(r["path"])): r["text"] or "" for r in store.db["memos"].rows
            }
            store.db.close()

    runs = {
        "plain-beam5": lambda: plain("plain-beam5"),
        "plain-shipped": lambda: plain("plain-shipped", **shipped.as_kwargs()),
        "plain-parallel": plain_parallel,
        "ingest": ingest,
    }
    times = common.interleave(runs, repeats)
    med = {k: common.median(v) for k, v in times.items()}
    audio_s = sum(_duration(f) for f in files)

    def ratios(a: str, b: str) -> list[float]:
        return [x / y for x, y in zip(times[a], times[b], strict=True)]

    return {
        "model": info.name,
        "files": len(files),
        "audio_s": audio_s,
        "repeats": repeats,
        "threads": threads,
        "workers": workers,
        "per_worker": per_worker,
        "median_s": med,
        "overhead": med["ingest"] / med["plain-parallel"],
        "overhead_runs": ratios("ingest", "plain-parallel"),
        "peer_speedup": med["plain-beam5"] / med["ingest"],
        "peer_runs": ratios("plain-beam5", "ingest"),
        "settings_speedup": med["plain-beam5"] / med["plain-shipped"],
        "parallel_speedup": med["plain-shipped"] / med["plain-parallel"],
        "wer": {name: _wer(texts, refs) for name, texts in outputs.items()},
    }


def _duration(path: Path) -> float:
    from pipeline.audio import decode

    return len(decode(path)) / SR


def _write_wav(path: Path, samples: Any) -> None:
    import numpy as np

    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm.tobytes())


def _speech_loop(seconds: float, pause_s: float = 2.0) -> Any:
    """The eval clips one after another with pauses, repeated to `seconds` of audio."""
    import numpy as np

    from pipeline.audio import decode

    files, _ = _files()
    pause = np.zeros(int(pause_s * SR), np.float32)
    pieces = [np.concatenate([decode(f), pause]) for f in files]
    out = np.empty(int(seconds * SR), np.float32)
    pos, i = 0, 0
    while pos < out.size:
        p = pieces[i % len(pieces)][: out.size - pos]
        out[pos : pos + p.size] = p
        pos += p.size
        i += 1
    return out


def _dense_speech(seconds: float, pause_s: float = 0.3) -> tuple[Any, str]:
    """Whole eval clips back to back, `pause_s` apart, up to `seconds`; (samples, reference)."""
    import numpy as np

    from pipeline.audio import decode

    clips = common.load_eval_set() or common.load_samples_set()
    pause = np.zeros(int(pause_s * SR), np.float32)
    parts: list[Any] = []
    refs: list[str] = []
    total, i = 0, 0
    while True:
        clip = clips[i % len(clips)]
        samples = decode(clip.path)
        if total + samples.size > seconds * SR:
            break
        parts += [samples, pause]
        refs.append(clip.reference)
        total += samples.size + pause.size
        i += 1
    return np.concatenate(parts), " ".join(refs)


def _kept_in_order(reference: str, hypothesis: str) -> float:
    """Share of the reference words that the hypothesis has, in order (aligned hits)."""
    import jiwer

    ref, hyp = common.normalize(reference), common.normalize(hypothesis)
    if not hyp.strip():
        return 0.0
    return jiwer.process_words(ref, hyp).hits / len(ref.split())


def dense(model_name: str, seconds: float, repeats: int, threads: int, workdir: Path) -> dict:
    """Default ingest of one dense recording against BatchedInferencePipeline (batch 8)."""
    from faster_whisper import BatchedInferencePipeline

    from pipeline import extract, modelstore, transcribe
    from pipeline.ingest import Ingestor
    from pipeline.store import Store

    samples, reference = _dense_speech(seconds)
    path = workdir / f"dense_{seconds:.0f}.wav"
    _write_wav(path, samples)
    info = modelstore.resolve(model_name)
    model = transcribe.load_model(info.path, threads)
    language = "en" if info.english_only else None
    nlp = extract.load_nlp()
    out: dict[str, list[tuple[float, float, str]]] = {}

    def fw_batched() -> None:
        segments, _ = BatchedInferencePipeline(model).transcribe(
            str(path), language=language, batch_size=8
        )
        out["fw-batched"] = [(s.start, s.end, s.text) for s in segments]

    def ingest() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "dense.db")
            ingestor = Ingestor(
                store,
                transcriber=transcribe.WhisperTranscriber(model_name, cpu_threads=threads),
                extractor=extract.SpacyExtractor(nlp),
            )
            try:
                (result,) = ingestor.ingest([path])
            finally:
                ingestor.close()
            assert result.status == "new", result
            rows = store.db.execute("select start_s, end_s, text from segments order by idx")
            out["ingest"] = [tuple(r) for r in rows.fetchall()]
            store.db.close()

    times = common.interleave({"fw-batched": fw_batched, "ingest": ingest}, repeats, False)

    def shape(segments: list[tuple[float, float, str]]) -> dict[str, Any]:
        lengths = [b - a for a, b, _ in segments] or [0.0]
        return {
            "kept": _kept_in_order(reference, " ".join(t for _, _, t in segments)),
            "wer": _wer({"dense": " ".join(t for _, _, t in segments)}, {"dense": reference}),
            "segments": len(segments),
            "max_s": max(lengths),
            "over_10s": sum(x > 10 for x in lengths) / len(lengths),
        }

    return {
        "model": info.name,
        "audio_s": len(samples) / SR,
        "words": len(common.normalize(reference).split()),
        "threads": threads,
        "repeats": repeats,
        "times": times,
        "ratio_runs": [a / b for a, b in zip(times["ingest"], times["fw-batched"], strict=True)],
        "shape": {k: shape(v) for k, v in out.items()},
    }


def memory(model_name: str, count: int, workdir: Path) -> dict[str, Any]:
    """Run the real CLI on `count` distinct memos and read its RSS from /proc as it goes."""
    import numpy as np

    from pipeline.audio import decode

    files, _ = _files()
    short = [decode(f) for f in files]
    short = [s for s in short if s.size < 12 * SR] or short
    memos = workdir / "memos"
    memos.mkdir()
    for i in range(count):
        # A different length of trailing silence makes each file a distinct memo (sha256).
        samples = np.concatenate([short[i % len(short)], np.zeros(160 * (i + 1), np.float32)])
        _write_wav(memos / f"memo_{i:03d}.wav", samples)
    memo = Path(sys.executable).with_name("memo")
    cmd = [str(memo), "--db", str(workdir / "mem.db"), "ingest", "--model", model_name]
    proc = subprocess.Popen(
        [*cmd, str(memos)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    after: dict[int, float] = {}
    peak = 0.0
    done = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.split(" ", 1)[0] in ("new", "empty", "failed", "known"):
            done += 1
            status = _proc_status(proc.pid)
            peak = max(peak, status.get("VmHWM", 0.0))
            if done in (1, 10, 50, count):
                after[done] = status.get("VmRSS", 0.0)
    proc.wait()
    return {
        "model": model_name,
        "memos": done,
        "rss_after": after,
        "peak": peak,
        "command": f"memo --db TMP.db ingest --model {model_name} DIR",
    }


def _proc_status(pid: int) -> dict[str, float]:
    """VmRSS / VmHWM of a running process, in MB."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1e3
    except OSError:
        pass
    return out


def long_recording(model_name: str, minutes: float, workdir: Path) -> dict[str, Any]:
    """Ingest a 2-minute and a long recording in a child process; compare RTF."""
    short, long_ = workdir / "two_minutes.wav", workdir / "long.wav"
    _write_wav(short, _speech_loop(120))
    _write_wav(long_, _speech_loop(minutes * 60))
    cmd = [sys.executable, "-m", "bench.bench_ingest", "--child-long", str(short), str(long_)]
    cmd += ["--model", model_name]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=common.ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _child_long(paths: list[str], model_name: str) -> None:
    """Child process: 2-minute memo, long memo, 2-minute memo again (drift check)."""
    from pipeline import extract, transcribe
    from pipeline.ingest import Ingestor
    from pipeline.store import Store

    transcriber = transcribe.WhisperTranscriber(model_name)
    extractor = extract.SpacyExtractor(extract.load_nlp())
    transcriber.model  # noqa: B018 - load before timing
    short, long_ = paths
    out: dict[str, Any] = {"model": transcriber.name, "short_rtf": []}
    for i, path in enumerate([short, long_, short]):
        ticks: list[float] = []

        def tick(_path: Path, _done: float, _total: float, ticks: list[float] = ticks) -> None:
            ticks.append(time.perf_counter())

        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "long.db")
            ingestor = Ingestor(
                store,
                transcriber=transcriber,
                extractor=extractor,
                on_progress=tick,
            )
            started = time.perf_counter()
            (result,) = ingestor.ingest([Path(path)])
            elapsed = time.perf_counter() - started
            ingestor.close()
            store.db.close()
        rtf = elapsed / result.duration_s
        if i == 1:
            gaps = [b - a for a, b in zip([started, *ticks[:-1]], ticks, strict=True)]
            out |= {
                "long_s": result.duration_s,
                "long_rtf": rtf,
                "long_elapsed": elapsed,
                "progress_updates": len(ticks),
                "max_gap_s": max(gaps) if gaps else elapsed,
                "peak_rss": common.peak_rss_mb(),
            }
        else:
            out["short_rtf"].append(rtf)
    print(json.dumps(out))


def report(results: dict[str, Any]) -> str:
    parts = ["## Ingest speed, memory and long recordings\n", common.header()]
    sp = results.get("speed")
    if sp:
        med, wer = sp["median_s"], sp["wer"]
        audio = sp["audio_s"]
        w, t = sp["workers"], sp["per_worker"]
        labels = {
            "plain-beam5": f"plain faster-whisper defaults (beam 5), {sp['threads']} threads",
            "plain-shipped": f"plain faster-whisper, shipped settings, {sp['threads']} threads",
            "plain-parallel": f"plain faster-whisper, shipped settings, {w} files at once x {t}",
            "ingest": f"`memo ingest` (Ingestor), shipped settings, {w} files at once x {t}",
        }
        parts.append(
            f"\n### Speed ({sp['model']}, {sp['files']} files, {audio:.0f} s of audio, "
            f"median of {sp['repeats']} interleaved runs)\n\n"
            + common.table(
                ["run", "median wall s", "RTF", "WER"],
                [
                    [label, f"{med[k]:.1f}", f"{med[k] / audio:.3f}", f"{100 * wer[k]:.1f}%"]
                    for k, label in labels.items()
                ],
            )
            + "\n\n"
            + common.table(
                ["ratio", "median", "per run", "goal"],
                [
                    [
                        "overhead: ingest / plain (same settings, same threads)",
                        f"{sp['overhead']:.3f}x",
                        " ".join(f"{r:.3f}" for r in sp["overhead_runs"]),
                        "<= 1.05x",
                    ],
                    [
                        "speed-up: plain beam 5 / ingest",
                        f"{sp['peer_speedup']:.2f}x",
                        " ".join(f"{r:.2f}" for r in sp["peer_runs"]),
                        ">= 1.3x",
                    ],
                    [
                        "WER: ingest - plain beam 5",
                        f"{100 * (wer['ingest'] - wer['plain-beam5']):+.1f} pts",
                        "-",
                        "<= +0.5 pts",
                    ],
                    [
                        "of which settings: plain beam 5 / plain shipped",
                        f"{sp['settings_speedup']:.2f}x",
                        "-",
                        "-",
                    ],
                    [
                        "of which files in parallel: plain shipped / plain parallel",
                        f"{sp['parallel_speedup']:.2f}x",
                        "-",
                        "-",
                    ],
                ],
            )
            + "\n"
        )
    mem = results.get("memory")
    if mem:
        rows = [[f"RSS after memo {n}", f"{mb:.0f} MB"] for n, mb in mem["rss_after"].items()]
        rows.append(["peak RSS (VmHWM)", f"{mem['peak']:.0f} MB"])
        parts.append(
            f"\n### Memory (`{mem['command']}`, {mem['memos']} distinct memos)\n\n"
            + common.table(["measure", "value"], rows)
            + "\n\nGoal: peak under 1200 MB, no growth between memo 10 and the last.\n"
        )
    for dn in results.get("dense", []):
        ratio = common.median(dn["ratio_runs"])
        rows = []
        for key, label in (
            ("fw-batched", "faster-whisper `BatchedInferencePipeline`, batch 8, its defaults"),
            ("ingest", "`memo ingest` defaults (Ingestor, one file)"),
        ):
            sh = dn["shape"][key]
            rows.append(
                [
                    label,
                    f"{common.median(dn['times'][key]):.1f}",
                    f"{100 * sh['kept']:.1f}%",
                    f"{100 * sh['wer']:.1f}%" if "wer" in sh else "-",
                    str(sh["segments"]),
                    f"{sh['max_s']:.1f}",
                    f"{100 * sh['over_10s']:.0f}%",
                ]
            )
        parts.append(
            f"\n### Dense speech ({dn['model']}, {dn['audio_s']:.0f} s, {dn['words']} words, "
            f"{dn['threads']} threads, median of {dn['repeats']} interleaved runs)\n\n"
            + common.table(
                [
                    "run",
                    "median wall s",
                    "words kept in order",
                    "WER",
                    "segments",
                    "longest s",
                    "> 10 s",
                ],
                rows,
            )
            + f"\n\ningest / batched: **{ratio:.2f}x** (runs "
            + " ".join(f"{r:.2f}" for r in dn["ratio_runs"])
            + "). Goals: at most 1.00x, at least 90% of the words kept, segments of about a "
            "sentence.\n"
        )
    lg = results.get("long")
    if lg:
        short = common.median(lg["short_rtf"])
        parts.append(
            f"\n### Long recording ({lg['model']}, {lg['long_s'] / 60:.0f} minutes)\n\n"
            + common.table(
                ["measure", "value"],
                [
                    ["RTF, 2-minute memo (median of before/after)", f"{short:.3f}"],
                    [f"RTF, {lg['long_s'] / 60:.0f}-minute recording", f"{lg['long_rtf']:.3f}"],
                    ["long / short RTF", f"{lg['long_rtf'] / short:.2f}x"],
                    ["wall time", f"{lg['long_elapsed']:.0f} s"],
                    [
                        "progress updates (longest gap)",
                        f"{lg['progress_updates']} ({lg['max_gap_s']:.1f} s)",
                    ],
                    ["peak RSS of the process", f"{lg['peak_rss']:.0f} MB"],
                ],
            )
            + "\n\nGoals: long/short RTF within 1.10x; RTF of the default model <= 0.1.\n"
        )
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_ingest")
    parser.add_argument("--model", default=None, help="default: the shipped default model")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument("--memos", type=int, default=100, help="memos for the memory run")
    parser.add_argument("--minutes", type=float, default=60.0, help="long recording length")
    parser.add_argument("--quick", action="store_true", help="speed ratios only")
    parser.add_argument("--dense-seconds", default="290", help="dense recordings, e.g. 145,290")
    parser.add_argument("--only", choices=["speed", "dense", "memory", "long"], action="append")
    parser.add_argument("--no-write", action="store_true", help="print only; leave the docs")
    parser.add_argument("--child-long", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    from pipeline import config
    from pipeline.transcribe import default_threads

    model_name = args.model or config.model_name()
    if args.child_long:
        _child_long(args.child_long, model_name)
        return 0
    if common.load_eval_set() is None:
        print(common.missing_eval_message() + " Using samples/eval instead.", file=sys.stderr)
    parts = args.only or (["speed"] if args.quick else ["speed", "dense", "memory", "long"])
    threads = args.threads or default_threads()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if "speed" in parts:
            print("speed: interleaved plain / ingest / beam 5 runs ...", file=sys.stderr)
            results["speed"] = speed(model_name, args.repeats, threads, args.limit)
        if "dense" in parts:
            for seconds in map(float, args.dense_seconds.split(",")):
                print(f"dense: {seconds:.0f} s, ingest / batched ...", file=sys.stderr)
                results.setdefault("dense", []).append(
                    dense(model_name, seconds, args.repeats, threads, Path(tmp))
                )
        if "memory" in parts:
            print(f"memory: memo ingest --model base on {args.memos} memos ...", file=sys.stderr)
            (Path(tmp) / "m").mkdir()
            results["memory"] = memory("base", args.memos, Path(tmp) / "m")
        if "long" in parts:
            print(f"long: {args.minutes:.0f}-minute recording ...", file=sys.stderr)
            (Path(tmp) / "l").mkdir()
            results["long"] = long_recording(model_name, args.minutes, Path(tmp) / "l")
    body = report(results)
    print(body)
    print(json.dumps(results, default=str), file=sys.stderr)
    if not args.no_write:
        common.write_section("ingest", body)
        print(f"written to {common.DOCS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TQDM_DISABLE", "1")
    sys.exit(main())
