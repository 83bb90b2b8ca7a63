"""Whether a clause goes on with the follow-up just found, so that the two are one.

One promise said in two clauses is one follow-up ("I said I'd think about it, I'll mull it over
this weekend", "the permit needs renewing in March, must remember to do that", "Thursday the
grant report, that's due, must send it"), and so is a request and its acceptance ("she wants
the slips by the 26th. I said I'd do that"); "I'll do that" or "I'll remind him" after what was
just asked or owed is one task with it. So are a day said on its own just after a promise that
had none ("Ring Wojciech. Tomorrow.", "Needs doing by Friday."), what the promise is about,
said after it ("I need to phone the bank. | About the overdraft."), the task said again ("I'll
ask Jo for it, no, actually Mo has it. So ask Mo today") and the promise after a task left
undone ("I still haven't voted. Must vote tonight"). A clause that says a promise just made is
kept ("I said I'd ring Juno. | I did, she wasn't in.") takes it back.

The clause is joined on, not dropped: the follow-up's text runs from the first clause to the
end of the second, so what was promised and when it is due are read together.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ..dates import find_day
from ..due import due_day
from ..lexicon import CONTACT_VERBS, FILLERS, IMPERATIVES
from .asked import ANSWERED, DO_THAT, REQUESTED, SO_I, _answers, _does_it, _next_to, _said_yes
from .cutting import _one_sentence
from .phrases import _SOME_DAY, DAY_WORDS, IT, TOLD, UNDONE_SAID, WEEKDAYS, Found
from .trigger import KEPT, _content_start, _done_deed

# "Must remember to do that": the task is the clause before.
ANAPHOR = re.compile(
    r"\b(?:(?:do|sort|handle|deal with|action) (?:that|it|this)|get (?:that|it|this) done)\b",
    re.I,
)


def _found_next(parts: Sequence[Any], n: int, recorded_at: dt.datetime) -> bool:
    """Whether the clause after clause `n`, in the same sentence, dates it: "I said I'd think
    about it, I'll mull it over this weekend"; not "i said id think about it and he wants the
    subs paid by the 14th", someone's request run on after it, dated by its own day."""
    if n + 1 >= len(parts) or not _one_sentence(parts[n], parts[n + 1]):
        return False
    if REQUESTED.search(parts[n + 1].text) and not re.search(r"\bi\b", parts[n + 1].text, re.I):
        return False
    return due_day(parts[n + 1].text, recorded_at) is not None


PARTICLES = {"up", "off", "over", "in", "back", "out", "round", "on", "through"}


def _bare_anaphor(doc: Any, start: int, end: int, run_on: bool = False) -> bool:
    """Whether the promise from token `start` is a verb whose only object is "it" or "that",
    with nothing after it in the clause: "must send it.", "I said I'd do that, I do them
    every term". What it is was said before; the promise is that one."""
    i = start
    if i < end and doc[i].lower_ in ("just", "also", "definitely", "then"):
        i += 1
    if i + 1 >= end or (doc[i].pos_ not in ("VERB", "AUX") and doc[i].lower_ not in IMPERATIVES):
        return False
    verb = doc[i]
    i += 1
    # "Sam needs to pay the deposit by Wednesday, I'll remind him": of what was just said
    nudged = verb.lemma_.lower() in ("remind", "nudge") and doc[i].lower_ in ("him", "her", "them")
    if doc[i].lower_ not in IT and not nudged:
        return False
    i += 1
    if i < end and doc[i].lower_ in PARTICLES:
        i += 1
    if (
        run_on
        and i + 1 < end
        and doc[i].lower_ in ("i", "we")
        and doc[i + 1].pos_ in ("VERB", "AUX")
    ):
        return True  # "I said I'd write that I do them anyway": Whisper left out the comma
    return i >= end or doc[i].is_punct


# The words said with a day on its own after a promise: "Tomorrow ideally.", "Needs doing by
# Friday.", "By the second at the latest."
DAY_ALONE = {
    "ideally", "latest", "at", "the", "please", "preferably", "hopefully", "if", "possible",
    "needs", "need", "doing", "done", "it", "that", "this", "'s", "is", "due", "sending",
    "sorting", "so", "or", "definitely", "really", "well", "then", "absolutely",
}  # fmt: skip


def _dates_last(prev: Found, clause: Any) -> bool:
    """Whether a clause only says a day ("Tomorrow.", "Needs doing by Friday.") just after a
    follow-up that has none: the day of that follow-up."""
    if prev.due is not None or not _next_to(prev, clause):
        return False
    said = find_day(clause.text, _SOME_DAY)
    if said is None:
        return False
    rest = clause.text.replace(said[1], " ", 1)
    words = [w.lower() for w in re.findall(r"[\w'’]+", rest)]
    return bool(said[1].strip()) and all(w in DAY_ALONE or w in FILLERS for w in words)


def _redated(prev: Found, clause: Any) -> bool:
    """Whether a clause is a bare command on "it" or "that" ("Do it tonight", "send that
    tomorrow") said just after a follow-up, with at most a short remark between ("Still not
    done."): it puts that follow-up on a new day."""
    doc = clause.doc
    i = _content_start(clause)
    if i + 1 >= clause.end or doc[i].tag_ != "VB" or doc[i + 1].lower_ not in IT:
        return False
    if sum(t.is_alpha for t in doc[i + 2 : clause.end]) > 3:
        return False  # "present it at the meeting on the 1st": a task of its own, not a day
    gap = doc.text[prev.start_char + len(prev.text) : clause.start_char]
    return len(re.findall(r"\w+", gap)) <= 6 and find_day(gap, _SOME_DAY) is None


def _kept_next(prev: Found, clause: Any) -> bool:
    """Whether a clause says the promise just before it is kept: "I said I'd ring Juno. | I
    did, she wasn't in.", "Promised Lottie I'd email the photos, | and I have"."""
    if KEPT.match(clause.text):
        return True
    doc = clause.doc
    promise = doc.char_span(prev.start_char, prev.start_char + len(prev.text), "expand")
    return promise is not None and _done_deed(promise, clause)


# What a verbless fragment after a promise opens with when it says what the promise is about.
TRAILS = {"about", "re", "regarding", "with", "for", "to"}


def _trails(prev: Found, clause: Any) -> bool:
    """Whether a clause is a short verbless fragment that goes on with the promise just before
    it, after a full stop: "I need to ring Saoirse. | About the netball kit." """
    if not _next_to(prev, clause) or not prev.text.rstrip().endswith("."):
        return False
    words = [t for t in clause if t.is_alpha and t.lower_ not in FILLERS]
    if not words or words[0].lower_ not in TRAILS or len(words) > 10:
        return False
    if find_day(clause.text, _SOME_DAY) and re.search(
        r"\b(?:about|re|regarding)\s+(?:the\s+)?(?:\w+\s+)?$",
        clause.text[: clause.text.find(find_day(clause.text, _SOME_DAY)[1])],
        re.I,
    ):
        return False  # "About Christmas.": what it is about, not its day
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in words[1:])


# "..., so we're going Saturday", "so I'm taking her Monday", "so that's Saturday": the day
# a promise just said is kept on.
SO_ON_DAY = re.compile(
    r"\W*(?:(?:and|um|er)\W+)*so,?\s+(?:(?:i'm|i am|we're|we are)\s+(?:\w+ly\s+)?\w+ing\b|"
    r"that's|that is|that'll be|that will be)",
    re.I,
)


def _so_on_day(prev: Found, clause: Any) -> bool:
    """Whether a clause says, in the same breath as a promise, the day it is kept on: "I'd
    promised Mabel a trip to the coast, | so we're going Saturday"."""
    return _next_to(prev, clause) and bool(SO_ON_DAY.match(clause.text))


def _follows_on(last: Any, clause: Any) -> bool:
    """Whether a clause goes on from the one before as its consequence: in the same sentence,
    or opening with "so", "and so", "then" ("She wants to see him. So I must book it")."""
    opener = next(
        (t.lower_ for t in clause if t.is_alpha and t.lower_ not in ("and", "um", "er")), ""
    )
    return _one_sentence(last, clause) or opener in ("so", "then", "therefore")


# Time off the speaker means to take, whose step is telling someone: "I'll take the morning
# off, need to tell school by Monday".
INTENTION = re.compile(
    r"\b(?:i'll|i will|i'm going to|i'm gonna|i'll have to|i have to)\s+(?:take|have|book)\s+"
    r"(?:the\s+|a\s+)?(?:\w+\s+)?(?:day|days|morning|afternoon|evening|week|time|\w+day)\s+off\b",
    re.I,
)


# The promise just made, said again as only "I will" and a day: "I said I'd ring Bea and I
# will, tonight", "..., and I will do, first thing Monday".
I_WILL = re.compile(
    r"\W*(?:(?:and|which|so|but|um|er|erm|yeah)\W+)*(?:i|we)(?: will|'ll| shall)"
    r"(?:\s+do)?(?:\s+(?:it|that|so))?\b",
    re.I,
)


def _will_then(clause: Any) -> bool:
    """Whether `clause` is only "and I will" and a day: no verb of its own after it."""
    said = I_WILL.match(clause.text)
    if not said:
        return False
    at = clause.start_char + said.end()
    return not any(t.pos_ in ("VERB", "AUX") for t in clause if t.idx >= at)


def _undone_then(prev: Found, clause: Any) -> bool:
    """A task left undone, then the promise to do it: "I still haven't voted. Must vote
    tonight", "haven't rung about the badge, must do that today" are one follow-up."""
    if not (UNDONE_SAID.search(prev.text) and _next_to(prev, clause)):
        return False
    said = {
        t.lemma_.lower()
        for t in clause.doc.char_span(prev.start_char, clause.start_char, alignment_mode="expand")
        or ()
        if t.pos_ in ("VERB", "NOUN", "PROPN")
    }
    if SO_I.match(clause.text):
        return True  # "I didn't get back to her, so I need to ring her Thursday": the remedy
    return any(t.lower_ in IT for t in clause) or any(
        t.pos_ in ("VERB", "NOUN", "PROPN")
        and t.lemma_.lower() in said - {"need", "have", "get", "do"}
        for t in clause
    )


# Words that point back to the task before: "I'll text it to her tomorrow".
BACK_TO = {"it", "that", "them", "her", "him"}


def _continues(clause: Any, prev: Found, due: dt.date | None) -> bool:
    """A clause that only dates the follow-up before it: "I'll text it to her tomorrow", or
    in the same sentence "I said I'd think about it, I'll mull it over this weekend", "get
    Sam to have the kids, I'll ask her on Friday", "she wants the form by the 2nd so I gotta
    get that done before the weekend"."""
    size = sum(not t.is_punct for t in clause)
    gap = clause.doc.text[prev.start_char + len(prev.text) : clause.start_char]
    adjacent = len(gap) <= 2
    same_sentence = (
        adjacent
        and gap.strip() in ("", ",", ";", "-")
        and not prev.text.rstrip().endswith((".", "!", "?"))
    )
    if same_sentence and due is not None and ANAPHOR.search(clause.text) and size <= 12:
        return True
    if same_sentence and _answers(prev, clause, due):
        return True
    if same_sentence and NEED_BE_THERE.search(prev.text) and SO_I.match(clause.text):
        return True  # "I need to be there, so I must swap my shift": the step it takes is the task
    if (
        same_sentence
        and due is not None
        and prev.due is None
        and TOLD.search(prev.text)
        and SO_NEED_STEP.match(clause.text)
        and size <= 14
    ):  # "i told him id put it in writing so need to email him tonight": the dated step that
        # keeps the promise just told is the promise, one task
        return True
    if adjacent and due is not None and prev.due is None and _will_then(clause):
        return True  # "I said I'd ring Bea | and I will, tonight": one task, due tonight
    if adjacent and due is not None and prev.due in (None, due) and _restated(prev, clause):
        return True  # "... asked me to ring Sam, I said I'd ring Sam tomorrow": its day
    if (
        adjacent
        and REQUESTED.search(prev.text)
        and not ANSWERED.search(prev.text)
        and (_said_yes(clause) or (not same_sentence and _does_it(prev.text, clause, False)))
    ):  # "asked if I can give Sam a lift on Wednesdays, I said I would", "She wants a quote.
        # I said I'd get her a figure by Friday": one task; not a second answer to one already
        # answered ("..., and I'll run it past Sam first"). In the request's own sentence the
        # rules above say when "so I'll ..." is the same task.
        return True
    if (
        adjacent
        and (due is not None or same_sentence)
        and size <= 8
        and REQUESTED.search(prev.text)
        and DO_THAT.match(clause.text)
    ):  # "he asked me to pick up the key. I'll do that Wednesday": its day; "she asked me
        # to ring Jo, I'll do that after pick-up": the same task
        return True
    if same_sentence and gap.strip() in ("", ",") and due is not None and due != prev.due:
        # "so I'll take the morning off, need to tell work by Monday": time off, then the step
        # it needs, dated; not two tasks ("I'll book the hall, need to ring Sam by Friday").
        first = next((t for t in clause if t.is_alpha and t.lower_ not in FILLERS), None)
        step = first is not None and first.lower_ in ("need", "must", "gotta") and size <= 10
        if step and INTENTION.search(prev.text):
            return True
    return (
        adjacent
        and due is not None
        # "I said I'd ask the shops, and I promised to email her the list tonight": a promise
        # of its own, not the one before dated
        and not PROMISED_AGAIN.match(clause.text)
        # "her" of someone else's own thing is no pointer back: "ring the council, and Sian
        # wants her dish back by Tuesday" is two tasks
        and any(t.lower_ in BACK_TO and t.dep_ != "poss" for t in clause)
        and (
            (prev.due is None and size <= (12 if same_sentence else 10))
            or (same_sentence and size <= 8)
        )
    )


# A need to be at a happening just said, whose step comes after it: "the visit's Wednesday.
# I need to be there, so I must swap my shift" is one task, the swap; so is being in for a
# visitor ("the surveyor can come Monday. I need to be in, so I must ask Dee to move my calls")
# or at home.
NEED_BE_THERE = re.compile(
    r"\b(?:need to|have to|got to|gotta|must) be (?:there|in|home|at home|around|about)\W*$",
    re.I,
)


# "so I need to", "so need to", "so I must": the step a promise just told takes.
SO_NEED_STEP = re.compile(
    r"\W*so\W+(?:(?:um|er)\W+)*(?:i\s+)?(?:need to|must|gotta|got to|have to|'ve got to|'ve to)\b",
    re.I,
)


# A second promise joined on by "and", in words of its own: "and I promised to email her"; not
# "Sam and I need to talk it through, I said I'd ring her Saturday", the need's own step.
PROMISED_AGAIN = re.compile(
    r"\W*and\W+(?:(?:also|um|er)\W+)*i (?:also )?(?:promised|said i'd|said i would|told \w+ i'd)\b",
    re.I,
)


# The words that say a promise was made, not what it is: "I said I'd ring Sam".
SAYING = {"said", "promised", "told", "agreed", "d", "id"}


# Words that only say when in the day or week: "tomorrow morning", "at the weekend". Known
# by the words, whichever of them the NER takes into a date.
WHEN_WORDS = {"morning", "afternoon", "evening", "night", "lunchtime", "weekend", "week"}


def _restated(prev: Found, clause: Any) -> bool:
    """The task just said, said again: "I'm to chase Sam by Friday. So, chase Sam on Friday.",
    "she asked me to ring Sam, I said I'd ring Sam tomorrow morning", "I'll ask Jo for it, no,
    actually Mo has it. So ask Mo today." Every word of its own (no filler, no date, nothing
    that only says it was promised) is in the one before."""
    said = set(re.findall(r"[a-z']+", prev.text.lower()))
    own = [
        t.lower_
        for t in clause
        if t.is_alpha
        and not t.is_stop
        and t.lower_ not in FILLERS
        and t.ent_type_ not in ("DATE", "TIME")
        and t.lower_ not in WEEKDAYS | DAY_WORDS | WHEN_WORDS | SAYING
    ]
    return len(own) >= 2 and all(w in said for w in own)


def _one_call(found: Sequence[Found]) -> list[Found]:
    """The same call to the same person said twice in a memo is one task, kept where its day
    is said: "I'll email Kerry, no, I'll ring her ... Need to ring Kerry this afternoon";
    "remind myself to ring Dot this afternoon, I never sent ..., no, I did, so ring her to
    check she got it". Calls on different days stay two."""
    kept: list[Found] = []
    for f in found:
        verb = _contact_verb(f.text)
        twin = next(
            (
                n
                for n, k in enumerate(kept)
                if verb
                and f.person
                and k.person == f.person
                and _contact_verb(k.text) == verb
                and (k.due is None or f.due is None or k.due == f.due)
            ),
            None,
        )
        if twin is None:
            kept.append(f)
        elif kept[twin].due is None and f.due is not None:
            kept[twin] = f
    return kept


def _contact_verb(text: str) -> str | None:
    return next((w for w in re.findall(r"[a-z]+", text.lower()) if w in CONTACT_VERBS), None)


def _or_else(prev: Found, clause: Any) -> bool:
    """Whether a short clause just after a follow-up only gives ways of doing it, the last
    one a thing with no verb: "so I need to sort a lift. | Ask Sheila, or a taxi."; not "Ring
    Sam, or email him", two deeds of their own."""
    text = clause.text
    at = text.lower().rfind(" or ")
    if at < 0 or len(clause) > 10 or not _next_to(prev, clause):
        return False
    after = [t for t in clause if t.idx - clause.start_char > at + 3]
    return bool(after) and not any(t.pos_ in ("VERB", "AUX") for t in after)
