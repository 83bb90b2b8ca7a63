"""Teach the statistical NER memo's language, from the annotated tuning splits.

The small English model was trained on news and web text. Memos are spoken and rambling,
name people by first name and organisations in lower case ("the youth club", "age uk"),
and are full of British bodies it has never seen, so its PERSON and ORG guesses are where
most of the rule layers' work goes. This fine-tunes its `ner` component on the tuning splits of
`samples/eval2` (`bench.splits.TAUGHT`, never a held-out one): each memo's listed people,
organisations and places (and their aliases) found in its text are the gold spans; the model's
own other entities (dates, times, money) are kept as they were, so it does not forget them. The
result is saved whole to `models/spacy-memo`, which `pipeline.nlp.load_nlp` prefers to the
package when it is there. `make install` runs this; no weights are kept in git.

    python -m bench.train_ner                       # train on the tuning splits, save
    python -m bench.train_ner --held-out dev12      # train without dev12, score NER spans on it
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bench.eval_extract import Case, load_split
from bench.splits import TAUGHT

PLACE_LABELS = {"GPE", "LOC", "FAC"}
TARGET = {"PERSON", "ORG"} | PLACE_LABELS
EPOCHS = 4
SEED = 0


def gold_spans(case: Case, base: Any) -> list[tuple[int, int, str]]:
    """(start, end, label) in `case.text`: every listed name (and alias) where the text says
    it, longest first, and the base model's own entities of other kinds around them. A place
    keeps the base model's place label when it found the same span, else LOC."""
    named = [(n, "PERSON") for n in case.people] + [(n, "ORG") for n in case.orgs]
    named += [(n, "PLACE") for n in case.places]
    kinds = dict((n, k) for n, k in named)
    named += [(alias, kinds[target]) for alias, target in case.aliases if target in kinds]
    found = [
        (m.start(), m.end(), kind)
        for name, kind in named
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", case.text, flags=re.I)
    ]
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    spans: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        if not any(s < te and e > ts for ts, te, _ in spans):
            spans.append((s, e, kind))
    said = {(x.start_char, x.end_char): x.label_ for x in base.ents}
    spans = [
        (s, e, (said.get((s, e)) if said.get((s, e)) in PLACE_LABELS else "LOC"))
        if kind == "PLACE"
        else (s, e, kind)
        for s, e, kind in spans
    ]
    spans += [
        (x.start_char, x.end_char, x.label_)
        for x in base.ents
        if x.label_ not in TARGET
        and not any(x.start_char < e and x.end_char > s for s, e, _ in spans)
    ]
    return sorted(spans)


def examples(nlp: Any, cases: Iterable[Case]) -> list[Any]:
    import spacy
    from spacy.training import Example

    out = []
    for case in cases:
        base = nlp(case.text)
        doc = nlp.make_doc(case.text)
        ents = [
            doc.char_span(s, e, label=k, alignment_mode="expand")
            for s, e, k in gold_spans(case, base)
        ]
        ents = spacy.util.filter_spans([x for x in ents if x is not None])
        out.append(
            Example.from_dict(
                doc, {"entities": [(x.start_char, x.end_char, x.label_) for x in ents]}
            )
        )
    return out


def train(cases: Sequence[Case], epochs: int = EPOCHS, seed: int = SEED) -> Any:
    """The base pipeline with its NER fine-tuned on `cases`."""
    import random

    import spacy

    from pipeline.nlp import SPACY_MODEL

    spacy.util.fix_random_seed(seed)
    nlp = spacy.load(SPACY_MODEL)
    data = examples(nlp, cases)
    optimizer = nlp.resume_training()
    rng = random.Random(seed)
    with nlp.select_pipes(enable=["ner"]):
        for _ in range(epochs):
            rng.shuffle(data)
            for batch in spacy.util.minibatch(data, size=8):
                nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def span_scores(docs: Iterable[Any], cases: Sequence[Case], base: Any) -> str:
    """Exact-span precision and recall of people, organisations and places against the gold."""
    counts = {k: [0, 0, 0] for k in ("PERSON", "ORG", "PLACE")}
    for doc, case in zip(docs, cases, strict=False):
        gold = {
            (s, e, "PLACE" if k in PLACE_LABELS else k)
            for s, e, k in gold_spans(case, base(case.text))
            if k in TARGET
        }
        got = {
            (x.start_char, x.end_char, "PLACE" if x.label_ in PLACE_LABELS else x.label_)
            for x in doc.ents
            if x.label_ in TARGET
        }
        for k, c in counts.items():
            g, p = {x for x in gold if x[2] == k}, {x for x in got if x[2] == k}
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
    return " ".join(
        f"{k} P{tp / (tp + fp or 1):.0%} R{tp / (tp + fn or 1):.0%}"
        for k, (tp, fp, fn) in counts.items()
    )


def main(argv: list[str] | None = None) -> int:
    from pipeline.config import models_dir
    from pipeline.nlp import TRAINED_DIR

    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--splits", nargs="+", default=list(TAUGHT))
    ap.add_argument(
        "--held-out", nargs="+", default=[], help="score NER spans on each, trained without it"
    )
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--out", type=Path, help=f"where to save (default: models/{TRAINED_DIR})")
    args = ap.parse_args(argv)
    cases = {s: load_split(s) for s in args.splits}
    if args.held_out:
        import spacy

        from pipeline.nlp import SPACY_MODEL

        base = spacy.load(SPACY_MODEL)
        for held in args.held_out:
            started = time.perf_counter()
            nlp = train([c for s, cs in cases.items() if s != held for c in cs], args.epochs)
            test = load_split(held)
            print(f"{held:6} base    {span_scores((base(c.text) for c in test), test, base)}")
            print(
                f"{held:6} trained {span_scores((nlp(c.text) for c in test), test, base)}"
                f"  ({time.perf_counter() - started:.0f} s)"
            )
            sys.stdout.flush()
        return 0
    started = time.perf_counter()
    nlp = train([c for cs in cases.values() for c in cs], args.epochs)
    out = args.out or models_dir() / TRAINED_DIR
    nlp.to_disk(out)
    print(f"NER trained on {len(cases)} splits in {time.perf_counter() - started:.0f} s: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
