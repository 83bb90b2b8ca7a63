"""The splits of `samples/eval2`: which are tuned (and taught) on and which are held out.

Held-out splits are scored only at the end of a piece of work; nothing is tuned or taught on
them. Each pass writes four fresh ones blind and opens the last pass's four as tuning splits.
"""

from __future__ import annotations

from bench import common

EVAL2_DIR = common.ROOT / "samples" / "eval2"
# Every folder of samples/eval2 with a manifest is a split: dev, dev2, ..., then test, test2, ...
SPLITS = tuple(
    sorted(
        (p.parent.name for p in EVAL2_DIR.glob("*/manifest.json")),
        key=lambda s: (s.startswith("test"), len(s), s),
    )
)
HELD_OUT = ("test", *(f"test{n}" for n in range(2, 12)), "test36", "test37", "test38", "test39")
TUNING = tuple(s for s in SPLITS if s not in HELD_OUT)
# The NER is taught on every tuning split: what a held-out split teaches it would flatter it.
TAUGHT = TUNING
