"""The user's corrections and decisions: one implementation for the CLI and the web app.

Each function takes a `Store`, checks its input (a `MemoError` with a one-line message when it
is wrong), writes through the store in one transaction and returns a small frozen dataclass.

What makes a correction stick:
- It is kept apart from what re-processing rebuilds (`m005_decisions`): transcript fixes,
  dismissed names, follow-up done states, tags and triage marks; renames and merges are
  aliases from the old name's key to the entity, and entities are never rebuilt.
- Re-processing reads them back: `memo ingest --force` applies the memo's transcript fixes
  before extraction (`transcript_fixes`), and saving skips dismissed names, sends renamed
  and merged names to their entity and gives a decided follow-up its done state and its id.
- It feeds the vocabulary (Whisper hotwords, spaCy patterns), so later memos are heard and
  spelled right in the first place.

A rename corrects the transcript rather than indexing the old spelling beside it: the user
said the name was misheard, so the text, its snippets, `memo show` and the web page should all
say "Rawlinson", and `memo search Rawlinson` then finds the moment like any other word. The
old spelling stays an alias, so `--person Rowlinson` and `memo person Rowlinson` still find
him, and a later memo that Whisper writes "Dan Rowlinson" in is corrected before extraction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from . import textfix
from .errors import NotFound, QueryError
from .names import name_key
from .read import MergeResult
from .records import Transcript

if TYPE_CHECKING:
    from .extract import Extractor
    from .read import FollowUpItem
    from .store import Store

KINDS = ("person", "org", "place")
TRIAGE_MARKS = ("forward", "park")
TAG_RE = re.compile(r"^[\w][\w-]{0,39}$")


class CorrectionError(QueryError):
    """A correction that cannot be made as asked (the message says why)."""


class _Result:
    def to_dict(self) -> dict[str, Any]:
        """The JSON form `--json` prints."""
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class RenameResult(_Result):
    kind: str
    old: str
    new: str
    entity_id: int
    merged: bool  # the new name was already someone: the two are now one
    memos_corrected: tuple[int, ...]  # memos whose transcript now spells it the new way


@dataclass(frozen=True)
class FixResult(_Result):
    memo_id: int
    old: str
    new: str
    segments: int  # segments whose text changed
    people: tuple[str, ...]  # what extraction found in the corrected memo
    orgs: tuple[str, ...]
    followups: int


@dataclass(frozen=True)
class ForgetResult(_Result):
    name: str
    kind: str | None  # what it was stored as, None when it was not stored (yet)
    memos: tuple[int, ...]  # memos it was taken out of


@dataclass(frozen=True)
class TriageResult(_Result):
    memo_id: int
    mark: str | None  # "forward", "park" or None (undecided)


def _clean(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not name_key(cleaned):
        raise CorrectionError(f"give {what}, e.g. memo rename 'Dan Rowlinson' 'Dan Rawlinson'")
    return cleaned


def rename(store: Store, old: str, new: str, *, entity_id: int | None = None) -> RenameResult:
    """Call the person (organisation, place) `old` `new` from now on.

    When someone is already called `new`, the two become one (a merge). The old spelling is
    kept as an alias, corrected in the transcripts that mention them, and `new` joins the
    vocabulary so later memos are heard that way. A page that knows the entity passes its
    `entity_id` (then `old` is only its name, as shown).
    """
    new = _clean(new, "the new name")
    entity = store.entity_by_id(entity_id) if entity_id is not None else None
    if entity is None:
        old = _clean(old, "the name to change")
        entity = store.entity_named(old, KINDS)
    if entity is None:
        entity = store.find_entity(old, KINDS)  # a unique part: "Rowlinson" is Dan Rowlinson
        part = textfix.occurrences(entity["name"], old, ignore_case=True)
        if part:  # ... and `memo rename Rowlinson Rawlinson` means Dan Rawlinson.
            new = textfix.replace_words(entity["name"], part[0], new)
    if entity["name"] == new:
        raise CorrectionError(f"{entity['name']} is already called that")
    fixes = textfix.spelling_fixes(entity["name"], new)
    # Later memos: only the whole old name, never a lone word ("Will" -> "Wil" must not
    # touch "will" or another Will); a lone misheard word is caught by the alias instead.
    every_memo = [f for f in fixes if " " in f[0]]
    # A misheard surname said alone in a later memo ("Rowlinson said...") is them too.
    surname = entity["name"].split()[-1]
    aliases = [name_key(a) for a, _ in fixes if a == surname and " " in entity["name"]]
    now, merged, corrected = store.rename_entity(entity, new, fixes, every_memo, aliases)
    store.add_word(now["name"], now["kind"])
    return RenameResult(
        now["kind"], entity["name"], now["name"], now["id"], merged, tuple(corrected)
    )


def merge(store: Store, name: str, into: str) -> MergeResult:
    """Make `name` and `into` one entity called `into` (what `memo merge` does)."""
    r = store.merge(name, into)
    dst = store.entity_named(r.into, KINDS)
    store.add_word(r.into, dst["kind"] if dst else r.kind)
    return r


def fix_text(
    store: Store,
    memo_id: int,
    old: str,
    new: str,
    *,
    extractor: Extractor | None = None,
) -> FixResult:
    """Replace `old` with `new` (whole words) in one memo's transcript, then extract that memo
    again from the corrected text. The fix is re-applied whenever the memo is processed again.

    `old` is matched as written; when it is not there as written, case aside (the fix then
    keeps the spelling found). spaCy loads here, only when no `extractor` is given.
    """
    old, new = " ".join(old.split()), " ".join(new.split())
    if not old:
        raise CorrectionError("give the words to replace, e.g. memo fix 3 Rowlinson Rawlinson")
    if not new:
        raise CorrectionError("give the words to put instead (to drop a name: memo forget NAME)")
    if old == new:
        raise CorrectionError("the old and new text are the same")
    recorded_at, transcript = store.memo_transcript(memo_id)
    text = "\n".join(s.text for s in transcript.segments)
    found = textfix.occurrences(text, old) or textfix.occurrences(text, old, ignore_case=True)
    if not found:
        raise CorrectionError(
            f"'{old}' is not in memo {memo_id}'s transcript (see memo show {memo_id})"
        )
    fixes = [(spelling, new) for spelling in dict.fromkeys(found)]
    fixed = textfix.fix_transcript(transcript, fixes)
    teach = [new] if any(c.isupper() for c in new) else []
    return _extract_again(store, memo_id, recorded_at, fixed, fixes, old, new, extractor, teach)


def _extract_again(
    store: Store,
    memo_id: int,
    recorded_at: dt.datetime,
    fixed: Transcript,
    fixes: list[textfix.Fix],
    old: str,
    new: str,
    extractor: Extractor | None,
    teach: Sequence[str],
    lines: dict[int, str] | None = None,
) -> FixResult:
    """Extract a corrected transcript and store it with its fixes, and add `teach` to the
    vocabulary; returns what was kept."""
    if extractor is None:
        from .extract import SpacyExtractor

        extractor = SpacyExtractor()
    extraction = extractor.extract(fixed, recorded_at, vocabulary=store.vocabulary().terms)
    segments = store.correct_text(memo_id, fixes, extraction, lines)
    for word in teach:  # names, or words of one: teach them to Whisper (and spaCy)
        known = store.entity_named(word, KINDS)
        store.add_word(word, known["kind"] if known else None)

    stored = store.get_memo(memo_id)  # what was kept: dismissed names are not

    def names(kind: str) -> tuple[str, ...]:
        return tuple(e["name"] for e in stored["entities"] if e["kind"] == kind)

    return FixResult(
        memo_id, old, new, segments, names("person"), names("org"), len(stored["followups"])
    )


def fix_line(
    store: Store,
    memo_id: int,
    idx: int,
    text: str,
    *,
    extractor: Extractor | None = None,
) -> FixResult:
    """Replace one transcript line (segment `idx`) with the user's version of it, then
    extract the memo again, like `fix_text`. The words that changed become fixes of the memo
    (`textfix.line_fixes`): its other lines get them too (a name misheard once is usually
    misheard throughout), and so does a fresh transcript when it is processed again."""
    text = " ".join(text.split())
    if not text:
        raise CorrectionError("the corrected line is empty (to drop a name: memo forget NAME)")
    recorded_at, transcript = store.memo_transcript(memo_id)
    line = next((s for s in transcript.segments if s.idx == idx), None)
    if line is None:
        raise NotFound(f"memo {memo_id} has no line {idx}")
    if line.text.strip() == text:
        raise CorrectionError("the line is unchanged")
    fixes = textfix.line_fixes(line.text, text)
    fixed = textfix.fix_transcript(transcript, fixes)
    fixed = replace(
        fixed,
        segments=tuple(replace(s, text=text) if s.idx == idx else s for s in fixed.segments),
    )
    # Capitalised words the user brought in, except the line's first (any sentence's first
    # word is capitalised).
    first = text.split()[0].strip(".,;:!?")
    teach = [
        w
        for o, n in fixes
        for w in n.split()
        if w[:1].isupper() and w not in o.split() and w != first
    ]
    old_line = line.text.strip()
    return _extract_again(
        store, memo_id, recorded_at, fixed, fixes, old_line, text, extractor, teach, {idx: text}
    )


def forget(store: Store, name: str, *, entity_id: int | None = None) -> ForgetResult:
    """Dismiss a name that is not a person, organisation or place ("WhatsApp", a misheard
    word): it leaves every memo it was found in and is never stored again, on later memos or
    when a memo is processed again. Only an exact name (case, titles aside) is forgotten; a
    page that knows the entity passes its `entity_id` instead."""
    entity = store.entity_by_id(entity_id) if entity_id is not None else None
    if entity is not None:
        name = entity["name"]
    else:
        name = _clean(name, "the name to forget")
        entity = store.entity_named(name, KINDS)
    if entity is None:
        raise NotFound(
            f"no person, organisation or place called exactly '{name}' "
            "(see memo people / memo orgs)"
        )
    memos = store.dismiss(name, entity)
    return ForgetResult(entity["name"], entity["kind"], tuple(memos))


def unforget(store: Store, name: str) -> ForgetResult:
    """Undo `forget`: the name may be found again in memos processed from now on (those it
    was taken out of get it back when processed again, e.g. `memo ingest --force`)."""
    row = store.undismiss(_clean(name, "the name to remember again"))
    return ForgetResult(row["name"], row["kind"], ())


def set_done(store: Store, followup_id: int, done: bool) -> FollowUpItem:
    """Mark a follow-up done (or open again); it stays so when its memo is processed again."""
    return store.decide_followup(followup_id, done)


def normalise_tag(tag: str) -> str:
    """ "#School Run" -> "school-run": lower case, no leading #, spaces as hyphens."""
    t = "-".join(tag.strip().lstrip("#").lower().split())
    if not TAG_RE.match(t):
        raise CorrectionError(
            f"'{tag}' cannot be a tag: use letters, digits, - and _ (up to 40), e.g. idea"
        )
    return t


def tag(
    store: Store, memo_id: int, add: Sequence[str] = (), remove: Sequence[str] = ()
) -> tuple[str, ...]:
    """Add and remove tags on a memo; returns its tags after, alphabetically."""
    adding = [normalise_tag(t) for t in add]
    removing = [normalise_tag(t) for t in remove]
    both = set(adding) & set(removing)
    if both:
        raise CorrectionError(f"'{sorted(both)[0]}' is both added and removed")
    return tuple(store.set_tags(memo_id, adding, removing))


def triage(store: Store, memo_id: int, mark: str | None) -> TriageResult:
    """Mark a memo "forward" (take it forward), "park", or None (undecided again)."""
    if mark is not None and mark not in TRIAGE_MARKS:
        raise CorrectionError(f"'{mark}' is not a mark: use forward, park or undecided")
    store.set_triage(memo_id, mark)
    return TriageResult(memo_id, mark)


def transcript_fixes(store: Store, sha256: str, transcript: Transcript) -> Transcript:
    """A fresh transcript with the user's fixes for that recording (and the renamed
    spellings every memo gets) applied, before extraction sees it."""
    return textfix.fix_transcript(transcript, store.text_fixes_for_sha(sha256))
