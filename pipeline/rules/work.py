"""Whether the words before a name say someone works there ("head of marketing at", "works
for"), and the role said. The Matcher rules and `links/` both ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..entities import THERE, WORK_VERBS
from ..lexicon import EVENT_NOUNS, ROLE_DROP, ROLE_HEADS


@dataclass(frozen=True)
class _WorkContext:
    role: str | None
    role_start: int | None = None  # token index where the role's words start


def _role_before(doc: Any, prep_i: int) -> tuple[str, int] | None:
    """The job title ending just before a preposition: "the head of marketing" at ..."""
    words: list[Any] = []
    i = prep_i - 1
    sent_start = doc[prep_i].sent.start
    marks = 0  # plural possessive marks, no word of their own
    while i >= sent_start and len(words) - marks < 6:
        t = doc[i]
        if t.pos_ in ("DET", "PRON") and i > sent_start and doc[i - 1].lower_ == "of":
            words.insert(0, t)  # "the chair of our trustees"
            i -= 1
            continue
        hyphen = t.text == "-" and not t.whitespace_ and i > sent_start
        if hyphen and not doc[i - 1].whitespace_:  # "co-ordinator", split in three
            words.insert(0, t)
            i -= 1
            continue
        if (
            t.text in ("'", "’")
            and t.tag_ == "POS"
            and i > sent_start
            and doc[i - 1].lower_.endswith("s")
        ):  # "secretary of the retired members' section"
            words.insert(0, t)
            marks += 1
            i -= 1
            continue
        if t.is_punct or t.pos_ in ("DET", "PRON", "AUX", "SCONJ"):
            break
        if t.pos_ == "VERB" and t.dep_ not in ("compound", "amod"):  # "engineering lead"
            break
        named = t.ent_type_ in ("PERSON", "GPE", "DATE", "TIME")
        if (named or (not t.is_alpha and t.text != "-")) and not _year_of_a_job(doc, i):
            break  # (but "head of year 9", the NER's date)
        words.insert(0, t)
        i -= 1
    while words and (words[0].lower_ in ROLE_DROP or words[0].lower_ in ("of", "and", "-")):
        words.pop(0)
    said = doc[words[0].i : words[-1].i + 1].text.lower().split() if words else []
    if not any(w in ROLE_HEADS for w in said):
        return None
    if said[-1] in EVENT_NOUNS and said[-1] not in ROLE_HEADS and "of" not in said:
        return None  # "Thursday's the team day at X": a happening there, not a job
    # Whisper base hears "head of" as "head on".
    role = re.sub(r"\bhead on\b", "head of", " ".join(said))
    return role, words[0].i


# The NER's kinds of a when: "Thursday's the ...", "Tomorrow's the ...".
WHEN = {"DATE", "TIME"}


def _year_of_a_job(doc: Any, i: int) -> bool:
    """ "his head of year at X", "head of Year 9 at X": the "year" of a job (and its number)
    the NER took for a date."""
    if i > 2 and doc[i].like_num and doc[i - 1].lower_ == "year":
        i -= 1
    return i > 1 and [t.lower_ for t in doc[i - 2 : i + 1]] == ["head", "of", "year"]


# "Priscilla's got a job at Waitrose", "he's landed a new job with Ocado".
GOT_A_JOB = {"got", "gets", "get", "has", "had", "landed", "started", "starts", "starting"}
JOB_SAID = {"job", "placement", "apprenticeship", "post"}


def _job_got_verb(doc: Any, prep_i: int) -> int | None:
    """Where the verb of getting or having the job said right before `prep_i` stands ("got
    a job", "landed a new job"); None when no such job is said there."""
    if prep_i < 3 or doc[prep_i - 1].lower_ not in JOB_SAID:
        return None
    i = prep_i - 2
    while i > 0 and doc[i].lower_ in ("a", "new", "proper", "full-time", "part-time", "little"):
        i -= 1
    return i if doc[i].lower_ in GOT_A_JOB else None


def _a_job_got_at(doc: Any, prep_i: int) -> bool:
    """ "got a job at Wrenco", "landed a new job with Ocado": a job someone got or has is
    at a body, whoever got it (`links.context` says whose it is)."""
    return doc[prep_i].lower_ in ("at", "with") and _job_got_verb(doc, prep_i) is not None


def _work_context(doc: Any, prep: Any, word: str | None = None) -> _WorkContext | None:
    """Why the name after `prep` is an organisation, if the words before it say so. `word`:
    the preposition as read, when not its own lower case (the Scots "wi" for "with")."""
    role = _role_before(doc, prep.i)
    if role:
        return _WorkContext(*role)
    if (word or prep.lower_) in ("for", "at", "with"):
        # "works for", "is at", "coaches the under tens at": the nearest verb of the clause.
        i = prep.i - 1
        while i >= prep.sent.start and not doc[i].is_punct:
            t = doc[i]
            if t.lower_ in ("'s", "’s", "is", "was") and i > 0 and doc[i - 1].lower_ in THERE:
                return None  # "there's a tournament at Saffron Lane": nobody works there
            if t.lower_ in ("'s", "’s", "is", "was") and i > 0 and doc[i - 1].lower_ in EVENT_NOUNS:
                return None  # "the hearing's at Linford House": where it happens
            if t.lower_ in ("'s", "’s", "is", "was") and i > 0 and doc[i - 1].ent_type_ in WHEN:
                return None  # "Thursday's the away day at Brook Hall": when, not who
            if _possessive(doc, i):
                i -= 1  # "Otis's party at the Glass Mill": whose party, not "is at"
                continue
            if t.lower_ in WORK_VERBS and (t.lower_ not in ("is", "was") or i == prep.i - 1):
                return _WorkContext(WORK_VERBS[t.lower_])
            if t.pos_ in ("VERB", "AUX") and t.lower_ not in WORK_VERBS:
                return None
            i -= 1
    return None


# Happenings someone's "'s" may own: "Otis's party", "Mum's birthday".
OWNED_HAPPENINGS = EVENT_NOUNS | {"birthday"}


def _possessive(doc: Any, i: int) -> bool:
    """ "Otis's birthday at the Glass Mill", "Mum's appointment at Kelby Clinic": an "'s" that
    owns the happening after it says where that happens, not the "is" of "she's now at"."""
    t = doc[i]
    # ("Gran's Christmas lunch at Elm Court": the happening a word or two on)
    after = [w for w in doc[i + 1 : i + 3] if w.pos_ in ("NOUN", "PROPN")]
    return (
        t.lower_ in ("'s", "’s")
        and t.tag_ == "POS"
        and any(w.lower_.removesuffix("s") in OWNED_HAPPENINGS for w in after)
    )


def _role_after(doc: Any, org_end: int) -> str | None:
    """ "... works for the NHS as a consultant": the role given after the organisation."""
    sent_end = doc[org_end - 1].sent.end
    for i in range(org_end, min(sent_end, org_end + 4)):
        if doc[i].lower_ == "as":
            words = []
            for t in doc[i + 1 : sent_end]:
                if t.pos_ == "DET":
                    continue
                if t.is_punct or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
                    break
                words.append(t.lower_)
            if any(w in ROLE_HEADS for w in words):
                return " ".join(words)
    return None
