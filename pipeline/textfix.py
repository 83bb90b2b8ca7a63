"""Transcript corrections as plain text operations, shared by the store and `corrections.py`.

A fix replaces whole words only, case as given: "Rowlinson" -> "Rawlinson" leaves
"Rowlinsons" and "rowlinson" alone, and renaming "Will Smith" never touches the verb "will".
Hyphens and apostrophes belong to the word, so a fix applied twice changes nothing more
("Brooks" -> "Brooks-Smith" does not become "Brooks-Smith-Smith").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .records import Transcript

Fix = tuple[str, str]  # (old, new)


def _pattern(old: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    words = [re.escape(w) for w in old.split()]
    return re.compile(
        r"(?<![\w'’-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE if ignore_case else 0
    )


def occurrences(text: str, old: str, *, ignore_case: bool = False) -> list[str]:
    """The spellings of `old` as whole words in `text` (as they are written there)."""
    if not old.split():
        return []
    return [m.group(0) for m in _pattern(old, ignore_case=ignore_case).finditer(text)]


def replace_words(text: str, old: str, new: str) -> str:
    """`text` with every whole-word `old` (spaces between words may vary) replaced by `new`."""
    if not old.split():
        return text
    return _pattern(old).sub(lambda _: new, text)


def apply(text: str, fixes: Iterable[Fix]) -> str:
    for old, new in fixes:
        text = replace_words(text, old, new)
    return text


def fix_transcript(transcript: Transcript, fixes: Iterable[Fix]) -> Transcript:
    """The transcript with the fixes applied to every segment (words' timings kept)."""
    fixes = list(fixes)
    if not fixes:
        return transcript
    segments = tuple(replace(s, text=apply(s.text, fixes)) for s in transcript.segments)
    return replace(transcript, segments=segments)


def followup_key(text: str) -> str:
    """A follow-up's text normalised so the same promise transcribed again matches it."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def spelling_fixes(old_name: str, new_name: str) -> list[Fix]:
    """The word corrections a rename implies: "Dan Rowlinson" -> "Dan Rawlinson" gives
    ("Dan Rowlinson", "Dan Rawlinson") and ("Rowlinson", "Rawlinson").

    Words are paired one to one when both names have as many, else each old word with the
    new word most like it; only words alike enough to be one name misheard are paired ("Kev"
    -> "Kevin Brooks" fixes "Kev", "Rowlinson" -> "Dan Rawlinson" fixes "Rowlinson", "Tom" ->
    "Zebedee" fixes nothing). Only capitalised words (names) are touched, and of a longer
    name only the surname on its own: first names are often words too ("Will Smith" -> "Wil
    Smith" fixes the whole name, never "Will you ...").
    """
    from difflib import SequenceMatcher

    old, new = old_name.split(), new_name.split()
    if not old or not new:
        return []
    fixes: list[Fix] = []
    if len(old) > 1 and old != new and len(old) == len(new):
        fixes.append((" ".join(old), " ".join(new)))

    def likeness(a: str, b: str) -> float:
        return SequenceMatcher(None, a.lower(), b.lower()).ratio()

    if len(old) == len(new):
        pairs = [(a, b) for a, b in zip(old, new, strict=True) if likeness(a, b) >= SIMILAR]
    else:
        pairs = []
        for a in old:
            b = max(new, key=lambda w: likeness(a, w))
            if likeness(a, b) >= SIMILAR:
                pairs.append((a, b))
    fixes += [
        (a, b) for a, b in pairs if a != b and a[:1].isupper() and (a == old[-1] or len(old) == 1)
    ]
    return list(dict.fromkeys(fixes))


# How alike two words must be to be one name spelt two ways: "Kev"/"Kevin" is 0.75,
# "Siobhan"/"Shivaun" 0.57; "Tom"/"Zebedee" (0.0) is another name, not a spelling.
SIMILAR = 0.5


def line_fixes(old: str, new: str) -> list[Fix]:
    """The word changes that turn one transcript line into the user's version of it, as
    whole-word fixes that can be applied again to a fresh transcript of the memo.

    Punctuation is left out (the fresh transcript may punctuate differently). A change that
    would match all over the memo is taken with the words either side of it: a word put in
    or taken out ("a good idea" -> "a very good idea" is ("a good idea", "a very good idea"))
    and a short lower-case word ("the" -> "a").
    """
    from difflib import SequenceMatcher

    def words(text: str) -> list[str]:
        return [w for w in (t.strip(_EDGE_PUNCT) for t in text.split()) if w]

    a, b = words(old), words(new)
    fixes: list[Fix] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        phrase = a[i1:i2]
        vague = not phrase or (len(phrase) == 1 and len(phrase[0]) < 5 and phrase[0].islower())
        if vague:
            if i1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            if i2 < len(a):
                i2, j2 = i2 + 1, j2 + 1
        if i1 < i2:
            fixes.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return [(o, n) for o, n in fixes if o != n]


_EDGE_PUNCT = '.,;:!?"“”‘()[]…'
