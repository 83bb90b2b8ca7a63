"""The day a promise takes from the memo around it, when its own words say none.

The due date is the one the promise's own words say (`due.py`: of several dates the deadline,
after a self-correction the corrected one, a clock time alone today or tomorrow), also when the
correction opens the next clause ("by the sixteenth, sorry, no | the eighteenth"); "by then",
"that morning", "for that", "before the board meeting", "on the Saturday" (of a Sunday fair)
and "before she starts" take a date said earlier in the memo, as do going with someone ("He
wants me to go with him") and bringing a thing to a happening dated before ("bring three ideas
to the meeting"). A day put first and cut off by a comma or a new subject is the promise's
("Thursday after six, ring Wilhelmina", "Remind myself Friday, ring the council", "Before the
quiz on Saturday I need to ..."). In a run-on report the promise's own words date it ("netball
this afternoon, we won ... she wants cakes for Saturday the 25th"); a second task after "and I
need to" keeps no other task's deadline; a habit "every night until then" has none. A sentence
without a date gets none; no date is invented.

The rules here are questions about the clauses before a promise; `find` keeps the record they
are asked against (the last day said, the last happening, the days the memo's verbs were
given), as it goes through the memo in order.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import lexicon
from ..dates import DEADLINE_WORDS, WEEKDAY_WORDS, find_day
from ..due import due_day
from ..lexicon import FILLERS
from .asked import SAID_YES
from .cutting import _one_sentence
from .phrases import _SOME_DAY, DAY_WORDS, PREAMBLE, SELF_NOTE, WEEKDAYS
from .trigger import FRONTED

DEADLINE_SAID = re.compile(rf"\b(?:{DEADLINE_WORDS})\s+the\b", re.I)

# "Before she starts", "by the time they arrive": a happening dated earlier by its verb.
BEFORE_THEY = re.compile(
    r"\b(?:before|by the time|until|till|ahead of when) (?:he|she|they|it|we|you) ([a-z]+)\b",
    re.I,
)

# "Before they come back, whenever that is": a day the speaker does not know.
UNKNOWN_WHEN = re.compile(
    r"\bwhenever that (?:is|will be|'ll be)\b|\b(?:no idea|not sure|don't know) when\b", re.I
)

# "Before the walkabout": a happening named by a word of the sentence that dated it.
BEFORE_THE = re.compile(r"\b(?:before|ahead of) the ([a-z]+)\b", re.I)


def _before_said(text: str, happening: str | None) -> bool:
    """Whether a wish is due before the happening the memo dated last, named again by one of
    its words: "a walkabout of the estate, it's Thursday the seventh ... Stan wants the list
    typed up before the walkabout"; "Farooq's going on Umrah from the ninth ... he wants the
    rota up before he goes". Not "before the end", a span, nor a day it does not know."""
    if happening is None or UNKNOWN_WHEN.search(text):
        return False
    if BEFORE_THEY.search(text):
        return True
    said = BEFORE_THE.search(text)
    word = said[1].lower() if said else ""
    return (
        len(word) > 3
        and word not in DAY_WORDS | WEEKDAYS | {"end", "start", "time", "weekend", "deadline"}
        and re.search(rf"\b{word}\b", happening, re.I) is not None
    )


HABIT_UNTIL = re.compile(
    r"\b(?:every|each)\s+(?:day|night|morning|evening|week|time)\b.*"
    r"\b(?:until|till) (?:then|that)\b",
    re.I,
)

# "On the day": the day of the happening said last.
ON_THE_DAY = re.compile(r"\bon the day\b", re.I)
# "That morning", "the same day": the day said last.
SAME_DAY = re.compile(
    r"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b|"
    r"\bthe (?:day|morning|afternoon|evening) off\b",  # "get the afternoon off" for it
    re.I,
)
# "On the Saturday": the one before the date said last (the Sunday fair's Saturday).
THE_WEEKDAY = re.compile(
    rf"\b(?:on|by|for) the ({WEEKDAY_WORDS})\b"
    r"(?!\s+(?:the\s+)?(?:\d|[a-z]+(?:st|nd|rd|th)\b))",
    re.I,
)


def _date_verbs(clause: Any, recorded_at: dt.datetime, verb_days: dict[str, dt.date]) -> None:
    """Note the day a clause gives to what its verbs say happens ("she starts Wednesday")."""
    day = due_day(clause.text, recorded_at)
    if day is not None:
        for t in clause:
            if t.pos_ == "VERB":
                verb_days[t.lemma_.lower()] = day


# Past forms that report what is still to come: "she said the fete's on the 6th".
REPORTING = {"got", "said", "told", "mentioned", "reckoned", "thought", "wrote", "emailed"}


# A note to oneself said before a day put first: "Note to self, | by the fifth, send ...".
SELF_NOTE_OPENS = re.compile(
    rf"^\W*(?:(?:so|and|um|er|right|okay|ok)\W+)*(?:{SELF_NOTE}|action(?: point)? for me)\W*",
    re.I,
)


PLAN_FOR = re.compile(r"(?:the |my )?plan (?:for|on)\b", re.I)


def _fronted_when(last: Any, clause: Any) -> bool:
    """Whether the clause before a promise, in its sentence, only says when it is due, cut off
    where a comma or a new subject opened the promise: "Thursday after six, | ring Wilhelmina",
    "Note to self, by the fifth, | send the invoice", "Before the parents' evening on the
    eleventh | I need to read the reports", "So the plan for Saturday, | I'll take Finn". A
    clause with a verb of its own is a report ("Sam's back Thursday, | ring him") and no
    deadline."""
    if not _one_sentence(last, clause):
        return False
    opens = SELF_NOTE_OPENS.match(last.text)
    at = last.start_char + (opens.end() if opens else 0)
    rest = [t for t in last if t.idx >= at]
    if any(t.pos_ in ("VERB", "AUX") for t in rest) or sum(t.is_alpha for t in rest) > 8:
        return False
    said = [t for t in rest if t.is_alpha and t.lower_ not in FILLERS | PREAMBLE]
    if said and not (
        said[0].lower_ in FRONTED | WEEKDAYS | DAY_WORDS | {"end", "later"}
        or PLAN_FOR.match(last.doc[said[0].i : last.end].text)
    ):
        return False  # "Lovely day on Sunday, | I must send Bea the photos": a report
    return find_day(last.text, _SOME_DAY) is not None  # "Remind myself Thursday, | ring ..."


def _leans_on(last: Any, clause: Any, text: str) -> bool:
    """Whether a clause takes its date from the one before it in the sentence: "swap my shift
    for that", or after "and"/"so" when that one is no past report ("she's got a stall on
    Saturday, and she asked me to bring scones"; not "met him on Monday, so I must ring")."""
    if re.search(r"\bfor that\W*$|\bfor that,", text, re.I) and find_day(last.text, _SOME_DAY):
        return True  # "... she's coming Friday at two. | I need to be there for that"
    if not _one_sentence(last, clause):
        return False
    if re.search(r"\bfor that\b", text, re.I):
        return True
    said = find_day(last.text, _SOME_DAY)
    if (
        clause[0].lower_ == "and"
        and said
        and re.match(r"(?:by|before|until|till|no later than)\b", said[1], re.I)
    ):  # "she wants the list by Thursday and I need to chase the subs": the deadline is the
        # list's; "they want us registered by the 30th, so I need to ..." is one for both
        return False
    opener = next((t.lower_ for t in last if t.is_alpha and t.lower_ not in FILLERS), "")
    verb = _date_verb(last)
    wanted = verb is not None and verb.head.lemma_.lower() in ("want", "need", "expect", "like")
    past = opener == "met" or (
        (
            (verb.tag_ == "VBD" and not wanted)
            or (
                verb.tag_ == "VBN"  # "want them registered by Friday" is still to come
                and any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            )
        )
        if verb is not None
        else any(t.tag_ in ("VBD", "VBN") and t.lower_ not in REPORTING for t in last)
    )  # spaCy reads a sentence-opening "Met" as a name
    # "... on Wednesday and then, | um, I must drop the keys": the word cut off with the clause
    # before
    said = [t.lower_ for t in last if t.is_alpha and t.lower_ not in lexicon.UMS]
    joined = said[-1] if said else ""
    # "Marek needs a lift on the eighth, | I said I'd take him": the answer to a dated want
    wants = wanted or (verb is not None and verb.lemma_.lower() in ("want", "need", "like"))
    answered = wants and SAID_YES.match(clause.text) is not None
    opens = clause[0].lower_ in ("and", "so", "but", "then") or joined == "then" or answered
    return opens and not past


def _date_verb(clause: Any) -> Any:
    """The verb a clause's date hangs on ("the photos are on the 3rd", "met him on Monday"),
    so a report in the past elsewhere in the clause ("sent a letter saying ...") does not make
    the date a past one; None when no date is said or it hangs on no verb."""
    said = find_day(clause.text, _SOME_DAY)
    at = clause.text.find(said[1]) if said else -1
    t = next((t for t in clause if t.idx >= clause.start_char + at), None) if at >= 0 else None
    for _ in range(5):
        if t is None or t.head is t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in REPORTING:
            return t
    return None


# Going to the happening just dated: "I'm going to go along and take the file".
# Going with someone to it: "He wants me to go with him", "she asked me to come with her".
GO_ALONG = re.compile(
    r"\b(?:go|come|pop|tag) along\b(?! (?:to|with) \w)"
    r"|\b(?:go|come) (?:with|along with) (?:him|her|them)\W*$"
    # "I said I'd go in with him as his rep", "bring a couple of the mums along"
    r"|\b(?:go|come) in with (?:him|her|them)\b(?! to \w)|\bbring(?: [\w'’-]+){1,5} along\b",
    re.I,
)

# The happening just dated, named again by "it" or "that one" at the promise's end: "I'll take
# him up to it", "I've said I'll do scones for it", "the tea and biscuits for that one"; not a
# way of talking ("I'll get round to it", "see to it", "stick to it", "looking forward to it").
TO_IT = re.compile(
    r"(?<!round )(?<!around )(?<!see )(?<!stick )(?<!forward )(?<!used )(?<!listen )"
    r"\b(?:to|for) (?:it|that one)\W*$",
    re.I,
)


def _points_back(clause: Any, today: dt.date) -> bool:
    """Whether a promise with no day of its own goes to the place or happening dated just before
    it, in its sentence or the one before: "the heart clinic is on the twenty-second ... I'll
    drive her there myself", "Lorcan asked would I go with him on Friday, I said aye, I'll meet
    him there", "I'll take him up to it". Not "there" that only opens ("there's a form"), nor
    one that says where someone is ("she's the head of the school there")."""
    back = TO_IT.search(clause.text) or any(
        t.lower_ == "there"
        and t.dep_ != "expl"
        and t.head.pos_ in ("VERB", "AUX")
        and t.head.i < t.i
        # "I'll be there", not "she's the head of the school there": a description
        and (t.head.lemma_ != "be" or any(c.dep_ == "aux" for c in t.head.children))
        for t in clause
    )
    if not back:
        return False
    sent = clause.sent
    doc = clause.doc
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    return find_day(doc.text[start : clause.start_char], today) is not None
