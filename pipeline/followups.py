"""Follow-ups: the sentences of a memo that commit the speaker to an action.

A sentence is a commitment when it opens with a command to oneself ("Email Kevin on the third
of December", "Follow up with Tom next week", "Check whether ...") or says so in words ("I need
to", "I promised to", "remember to", "remind me to"). Reports ("Kevin likes the idea"), other
people's plans ("she needs to"), negations ("I don't need to") and questions are not.

The due date is read from the sentence with `dates.find_day` in a future context, relative to
the day the memo was recorded: "by Friday" recorded on a Friday is the next Friday. A sentence
without a date gets none; no date is ever invented.

The person is the first one named in the sentence from the commitment on ("Introduce Jane to
Kevin" concerns Jane); a "her" or "him" without a name is the last person named before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .dates import find_day
from .lexicon import IMPERATIVES

# Commands that start a new clause after a comma (Whisper often joins sentences with commas).
CLAUSE_COMMANDS = {
    "email", "call", "phone", "ring", "text", "ping", "message", "send", "ask", "remind",
    "follow", "chase", "check", "book", "set", "arrange", "introduce", "invite", "contact",
    "remember",
}  # fmt: skip
# A memo usually opens with who was met; Whisper often hears "met"/"talked" as "meet"/"talk",
# so an opening "Meet Chris Evans at the conference" without a date is a report, not a plan.
MEETING_VERBS = {"meet", "talk", "speak", "chat"}
FILLERS = {
    "also", "so", "and", "then", "oh", "ok", "okay", "right", "plus", "please", "um", "uh",
    "but", "now", "just", "quickly", "and,", "actually", "anyway", "finally", "first",
}  # fmt: skip
# Said anywhere in the sentence, these commit the speaker.
COMMIT_PHRASES = (
    "i need to", "we need to", "i have to", "we have to", "i've got to", "i have got to",
    "i've gotta", "i gotta", "i must", "we must", "i should", "we should", "i'll", "i will",
    "we'll", "we will", "i'm going to", "i am going to", "we're going to", "i promised to",
    "i promised", "i promise to", "i said i'd", "i said i would", "i agreed to", "i ought to",
    "i'd better", "i better", "remember to", "remind me to", "don't forget to",
    "do not forget to", "make sure to", "make sure i", "must remember", "note to self to",
    "i want to make sure", "i'll need to", "i still need to", "i really need to",
    "i also need to", "we also need to",
)  # fmt: skip
# At the start of a sentence (after fillers), with the "I" dropped: "Need to call Tom."
SUBJECTLESS = ("need to", "have to", "got to", "gotta", "must", "should", "going to", "todo")
# After a commitment phrase, these turn it into a state or a negation: "I'll be in Leeds".
NOT_AN_ACTION = {"be", "not", "never", "have", "probably", "n't"}
PRONOUNS = {"her", "him", "them", "she", "he", "they"}


@dataclass(frozen=True)
class Found:
    text: str
    due: dt.date | None
    person: str | None
    start_char: int


def commitment_matcher(nlp: Any) -> Any:
    """A PhraseMatcher (lower-case) for the commitment phrases."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    phrases = list(COMMIT_PHRASES)
    # Whisper writes both "I'll" and "I will"; tokenised the same way as the text.
    matcher.add("COMMIT", [nlp.make_doc(p) for p in phrases])
    matcher.add("SUBJECTLESS", [nlp.make_doc(p) for p in SUBJECTLESS])
    return matcher


def _content_start(sent: Any) -> int:
    """Index (in the doc) of the first token after fillers and punctuation."""
    i = sent.start
    while i < sent.end and (sent.doc[i].is_punct or sent.doc[i].lower_ in FILLERS):
        i += 1
    return i


def _trigger(
    sent: Any, matches: Sequence[tuple[int, int, int]], labels: dict[int, str]
) -> int | None:
    """The token index where the commitment starts, or None when the sentence makes none."""
    doc = sent.doc
    first = _content_start(sent)
    for match_id, start, end in matches:
        if not (sent.start <= start < sent.end):
            continue
        if labels[match_id] == "SUBJECTLESS" and start != first:
            continue
        if end < sent.end and doc[end].lower_ in NOT_AN_ACTION:
            continue
        return end
    if first >= sent.end:
        return None
    tok = doc[first]
    if tok.lower_ not in IMPERATIVES or not tok.text[:1].isalpha():
        return None
    if first + 1 < sent.end:
        nxt = doc[first + 1]
        # "Call was fine", "Text messages were flying": the word is a noun subject.
        if nxt.pos_ in ("AUX", "VERB") or nxt.tag_ in ("VBD", "VBZ", "VBP"):
            return None
        if tok.dep_ in ("nsubj", "compound") and nxt.pos_ == "NOUN" and nxt.dep_ == "nsubj":
            return None
    return first


def clauses(doc: Any) -> list[Any]:
    """Sentences, split again where Whisper ran two together with a comma before a command:
    "... on the touchline at Hackney Marshes, email Kevin on the third of December"."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for t in sent[1:-1]:
            nxt = doc[t.i + 1]
            if (
                doc[t.i - 1].text in (",", ";", "-")
                and t.lower_ in CLAUSE_COMMANDS
                and (nxt.pos_ in ("PROPN", "PRON", "DET") or nxt.lower_ in ("up", "with"))
            ):
                out.append(doc[start : t.i - 1])
                start = t.i
        out.append(doc[start : sent.end])
    return [c for c in out if len(c)]


def find(doc: Any, entities: Sequence[Any], recorded_at: dt.datetime, matcher: Any) -> list[Found]:
    """The follow-ups in an analysed memo. `entities` are the resolved `_Entity` spans."""
    labels = {doc.vocab.strings[k]: k for k in ("COMMIT", "SUBJECTLESS")}
    matches = sorted(matcher(doc), key=lambda m: m[1])
    today = recorded_at.date()
    found: list[Found] = []
    for n, clause in enumerate(clauses(doc)):
        text = clause.text.strip()
        if not text or text.endswith("?"):
            continue
        start = _trigger(clause, matches, labels)
        if start is None:
            continue
        day = find_day(text, today, future=True)
        due = day[0] if day else None
        if n == 0 and due is None and doc[start].lower_ in MEETING_VERBS:
            continue
        found.append(Found(text, due, _person(clause, start, entities), clause.start_char))
    return found


def _person(sent: Any, start: int, entities: Sequence[Any]) -> str | None:
    people = [e for e in entities if e.kind == "person"]
    named = [e for e in people if start <= e.start < sent.end] or [
        e for e in people if sent.start <= e.start < sent.end
    ]
    if named:
        return str(named[0].name)
    if any(t.lower_ in PRONOUNS for t in sent.doc[start : sent.end]):
        before = [e for e in people if e.end <= sent.start]
        if before:
            return str(before[-1].name)
    return None
