"""Requests others make of the speaker, and what the speaker's answer takes on.

Someone asking it of the speaker ("he asked me to ring him Thursday after six", "she wants one
of us to take her in") is a promise, and so is someone wanting something from them by a date
("she wants the form by Friday"). "X asked for Y again" with a day is a request; so is "she
wants it by Friday", from a role too ("the landlord asked for the certificate", "coach wants
the subs by Sunday"). Someone wanted in or back on a day ("she wants him in for a review on
Tuesday") is an appointment, and a request for help is not yet agreed.

The answer decides what was taken on. A request answered "I'll think about it", "maybe", "not
sure yet" or "which I might" is not taken on; nor is one passed on ("I'll pass that on to
Sam"), taken on by someone else ("Lee said he'd do it, so not me") or met already ("Done that
already."). A yes to a dated request takes its day ("Sam wants help on the 2nd. I said yes,
I'll do the teas"), and an answer that says how the request will be met ("she wants the slips
by the 26th. I said I'd do that") is one follow-up with it (`continuation` joins them).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..dates import find_day
from ..lexicon import IMPERATIVES
from ..whom import PRONOUNS, WANT_AUX, WANTS
from .phrases import _SOME_DAY, IT, Found

# Someone wanting something (`WANTS`) from the speaker by a date is a promise too: "she wants
# the grant form by Friday". Without a date it is only news ("Rachel wants to hear about the
# pilot"). Wants only someone can have: "the school wants the forms" asks; "the car needs"
# does not.
AGENT_WANTS = {"wants", "wanted", "expects", "requested", "expecting"}
# "a week before", "two days beforehand": a deadline counted back from the date said before.
BEFORE_SPAN = re.compile(
    r"\b(a|an|one|two|three|four|a couple of) (day|week|fortnight)s? (?:before|beforehand|ahead)"
    r"(?! the\b| [a-z]+day\b)",
    re.IGNORECASE,
)
# The words after a want that give it a deadline: "wants the form by Friday", "needs it for
# Monday". (Not dates.DEADLINE_WORDS, the regex alternation DEADLINE_SAID is built from.)
WANTED_BY = {"by", "before", "until", "till", "for"}
# What someone asks for when they ask for the speaker's time: "wants help", "needs a hand".
HANDS = {"help", "hand", "volunteers", "helpers", "people", "cover", "someone", "somebody"}

# Someone else takes on what was just asked: "Lee said he'd do it, so not me".
TAKEN_BY_OTHER = re.compile(
    r"\b(?:so|and) not me\b|"
    r"^\W*(?:(?:but|and|so|um|er)\W+)*(?!i\b)[\w'’-]+ (?:said|says|offered) "
    r"(?:he'?d|she'?d|they'?d|he will|she will|they will|he'll|she'll|they'll|to) do (?:it|that)\b",
    re.I,
)
# A request met as soon as it was made, said just after it: "Done that already.", "Already
# sorted.", "Did it this morning."
DONE_ALREADY = re.compile(
    r"^\W*(?:(?:and|but|so|um|er|oh|well|actually)\W+)*(?:"
    r"(?:i'?ve |i have )?(?:already )?done (?:that|it|this|them)(?: already)?"
    r"|(?:that's|that is|it's|it is) (?:already |all )?(?:done|sorted|paid)(?: already| now)?"
    r"|already (?:done|sorted|paid)(?: (?:that|it))?"
    r"|did (?:that|it|them) (?:already|yesterday|this morning|last night|earlier))\W*$",
    re.I,
)

# A request the speaker relays to whom it is for: "... I'll pass that on to Sam tonight".
PASS_ON = re.compile(
    r"\W*(?:(?:and|so|um|er|ok|okay|right)\W+)*(?:i'll|i will|i need to|i must|i'm going to|"
    r"i've got to|i have to|must|need to)?\s*(?:pass|passed) (?:that|it|this|them|the message)"
    r" on\b",
    re.I,
)


def _reported_order(clause: Any) -> int | None:
    """ "Tamsin said send her a draft by Thursday", "he said to ring him Monday": someone's
    request of the speaker reported as the command they gave; the clause's start, so whoever
    gave it is the one concerned. Not the speaker's own ("I said ring me"), nor a name to be
    called by ("she said call her Tilly")."""
    doc = clause.doc
    for t in clause[1:-1]:
        if t.lower_ not in ("said", "says", "told"):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.children):
            return None
        j = t.i + 1
        if doc[j].lower_ == "me" and t.lower_ == "told":
            j += 1
        if j < clause.end and doc[j].lower_ == "to":
            j += 1
        verb = doc[j] if j < clause.end else None
        if (
            verb is None
            or verb.lower_ not in IMPERATIVES | {"come"}
            or verb.tag_ not in ("VB", "VBP")
        ):
            return None  # "she said come in on Wednesday at three": asked in, by her
        if verb.lower_ == "call" and j + 2 < clause.end and doc[j + 2].pos_ == "PROPN":
            return None  # "she said call her Tilly": what to call her
        # a request is of something for them, by a day: not advice ("says register as a sole
        # trader first") nor a maybe ("said to chase it in May if nothing's come")
        for_them = any(w.lower_ in PRONOUNS for w in doc[j + 1 : min(clause.end, j + 4)])
        order = doc[j : clause.end].text
        # "mena says bring spare tealights tomorrow": an order with its day and no "if"
        plain = not re.search(r"\b(?:if|unless|in case|whenever)\b", order, re.I)
        if not (for_them or plain) or find_day(order, _SOME_DAY) is None:
            return None
        return clause.start
    return None


# Someone's request of the speaker: "she asked me to", "he wants a deposit by the 30th".
REQUESTED = re.compile(
    r"\b(?:asked|asks|ask) (?:me|us)\b|\b(?:wants|wanted|needs|needed|'d like|would like)\b|"
    r"\b(?:asked|asks) (?:if|whether) (?:i|we)\b|"
    # the question put as it was asked: "he asked can I do the raffle", "asked would I"
    r"\b(?:asked|asks|asking),? (?:me,? )?(?:can|could|would|will) (?:i|we)\b",
    re.I,
)
# The speaker's answer to a request that takes nothing on: "She wants me to join. I'll think
# about it.", "... wants me to stand, which I might", "maybe ..., not sure yet".
NOT_TAKEN_UP = re.compile(
    r"^\W*(?:(?:and|so|but|well|um|er|oh|ok|okay|hmm)\W+)*(?:i'?ll (?:have a )?think about it"
    r"|i might|maybe|not sure(?: yet)?|i'?m not sure(?: yet)?|i haven'?t decided(?: yet)?"
    r"|we'?ll see)\W*$",
    re.I,
)
# The answer that says the speaker cannot: "she wants to know if we can do an extra half hour
# on the fourteenth. Which I can't even make, because of the nights".
DECLINED = re.compile(
    r"^\W*(?:(?:and|but|so|which|um|er|oh|well)\W+)*(?:i can'?t|i cannot|i can not|"
    r"i won'?t be able to) (?:even |actually |really )?(?:make|do)(?: (?:it|that|them|then))?"
    r"(?=\W|$)",
    re.I,
)
# The same answer said in the request's own sentence: "Colm asked me to do the raffle again
# but I told him no", "she asked if I could cover Saturday but I can't, I've got a wedding".
DECLINED_WITH = re.compile(
    r"\bbut,? i (?:told (?:him|her|them)|said) no\b|\bbut,? i (?:can'?t|cannot|won'?t)\W*(?:,|$)|"
    # "Karen wants me to cover Saturday but I haven't said yes": not taken on yet
    r"\bbut,? i (?:haven'?t|have not|'ve not|'m not|am not|'m no) (?:said yes|saying yes|agreed)\b",
    re.I,
)
# An answer that puts the request off: "I said I'd think about it", "I'll let her know",
# "I said I'd sleep on it, no promises". What was asked is not taken on (the answer may be a
# task of its own: "I said I'd let him know by Wednesday"). Mulling it over by a day is
# weighing a request that stands, so it is not here.
DEFERRED = re.compile(
    r"^\W*(?:(?:and|so|but|well|um|er|oh|ok|okay)\W+)*(?:i (?:said|told (?:him|her|them)) )?"
    r"(?:i'?d|i'?ll|i will|i would) (?:(?:have a )?think (?:about|on|over) it|sleep on it|"
    r"let (?:him|her|them|you) know|get back to (?:him|her|them))\b",
    re.I,
)
# An answer that puts a request off until someone else is asked: "Told him I'd need to check
# with my manager first" (not a step of a request already taken on: "I said I'd get her a
# figure, and I'll run it past Kobby first").
# The answer that does something and comes back to the one who asked: "Bart wants the numbers
# by Tuesday. I said I'd ring round the lot and get back to him by Tuesday": the task is the
# answer, the request what it is for (as with "I said I'd let him know").
GETS_BACK = re.compile(
    r"^\W*(?:(?:and|so|but|well|um|er|oh|ok|okay)\W+)*i (?:said|promised (?:him|her|them)|"
    r"told (?:him|her|them)) (?:that )?(?:i'?d|i would|i'?ll|i will)\b[^.;?]*"
    r"\b(?:let (?:him|her|them) know|get back to (?:him|her|them))\b",
    re.I,
)
CHECK_FIRST = re.compile(
    r"^\W*(?:(?:and|so|but|well|um|er|oh|ok|okay)\W+)*(?:(?:i )?(?:said|told (?:him|her|them)) )"
    r"(?:i'?d|i would) (?:need to |have to )?(?:check|ask|run it past|speak to|talk to)\b"
    r"[^.;]{0,40}\bfirst\b",
    re.I,
)

# The speaker's yes to a request said just before: "I said yes, I'll do the teas", "Sure, I'll
# bring the urn".
ACCEPTED = re.compile(
    r"\W*(?:(?:and|so|well|um|er|oh|ok|okay|right)\W+)*(?:i said yes|yes|yeah|sure|of course|"
    r"i agreed|i said (?:ok|okay|fine|go on)|go on then)\b",
    re.I,
)
SAYS_HOW = re.compile(r"\W*(?:i'll|i will|i can|i'd|i'm going to|ill(?= [a-z]))\b", re.I)
# A date for what was just asked: "I'll do that Wednesday", "can sort it Friday".
DO_THAT = re.compile(
    r"\W*(?:(?:and|so|ok|okay|yeah|right|um|er)\W+)*(?:i'll|i will|i can|i'm going to|i'd|"
    r"i'm gonna)?\s*(?:do|sort|get|handle|pick|fetch|collect)(?: out| up)? (?:that|it|this|them)\b",
    re.I,
)
# The speaker's answer to it, in the same sentence: "so I'll", "so I said I'd".
SO_I = re.compile(r"\W*so,?\s+(?:(?:um|er|erm),?\s+)*(?:i|we)\b", re.I)


# "I said I would", "I told her I'd", "I said yes": a yes with no task of its own.
SAID_YES = re.compile(
    r"\W*(?:(?:and|so|well|um|er|oh|yeah)\W+)*i (?:said|told (?:him|her|them))"
    r" (?:(?:that )?i(?: would|'d| will|'ll| could| can)|yes)\b",
    re.I,
)


# The speaker's answer to a request, on the thing asked for: "so I'll write it out at the
# weekend", "and I said I'd do the design for it by the 13th", "I said I'd get her a figure".
ANSWER = re.compile(
    r"\W*(?:(?:and|so|but|um|er|ok|okay|well)\W+)*(?:i|we)(?: said (?:i|we) ?(?:'d|d|would|'ll|"
    r"will)| promised (?:to|i'd|id)|'ll| will|'m going to| am going to|'m gonna)\s+"
    r"(?P<verb>[a-z]+)(?: (?:up|out|over|off|round|back))? (?P<what>it|that|them|her|him)\b",
    re.I,
)
ANSWERED = re.compile(r"\b(?:i|we)(?:'ll| will| said| promised| told)\b", re.I)
# Mulling a request over answers it with a wait, not the deed.
MULLED = {"think", "mull", "consider", "sleep", "ponder", "see", "check"}


def _does_it(asked: str, clause: Any, sentence: bool) -> bool:
    """Whether the clause answers the request just made by doing it: its verb's object is
    "it"/"that", or the one who asked ("She wants a quote. I said I'd get her a figure"). In
    the request's sentence ("..., so I'll write it out at the weekend") any promise does; in
    the next one only a promise said to the asker ("I said I'd ..."): "I'll draft it this
    weekend" on its own is a step of the speaker's own."""
    said = ANSWER.match(clause.text)
    if not said or said["verb"].lower() in MULLED:
        return False
    if not sentence and not re.search(r"\b(?:said|promised)\b", said[0], re.I):
        return False
    what = said["what"].lower()
    if what in ("her", "him"):
        return re.search(rf"\b{'she' if what == 'her' else 'he'}\b", asked, re.I) is not None
    return True


def _said_yes(clause: Any) -> bool:
    """Whether the clause only says yes to what was just asked: "I said I would from next
    week", "I said I'd do it"; not "I said I'd ring Sam", a task of its own."""
    said = SAID_YES.match(clause.text)
    if not said:
        return False
    rest = [t for t in clause if t.idx >= clause.start_char + said.end() and t.is_alpha]
    if not rest or rest[0].tag_ != "VB":
        return True
    return rest[0].lower_ == "do" and (len(rest) == 1 or rest[1].lower_ in IT)


# A promise of a thing to someone, whose steps come after it: "I promised the parents a
# Christmas social, so I need to book somewhere in December" is one task.
GAVE_WORD = re.compile(r"\bi(?:'ve| have)? promised (?!to\b|i\b|i'd\b)\w+", re.I)


def _answers(prev: Found, clause: Any, due: dt.date | None) -> bool:
    """A dated promise that says how the speaker will meet the request just made: "Sam asked
    me to help with the form, so I'll go over on Wednesday", "she wants a deposit by the
    30th, so I've got to get the deposit to her by the 30th"; one follow-up, not two. On the
    request's own day the answer must name what was asked for: "she asked me to come in on
    Thursday, so I've gotta swap my shift" is a second task."""
    if due is None or prev.due not in (None, due):
        return False
    if not (
        SO_I.match(clause.text) and (REQUESTED.search(prev.text) or GAVE_WORD.search(prev.text))
    ):
        return False
    asked = set(re.findall(r"[a-z]+", prev.text.lower()))
    return (
        prev.due is None
        or any(t.pos_ == "NOUN" and t.lower_ in asked for t in clause)
        # "she wants the costumes back by the 31st, so I've gotta wash them": what she asked for
        or any(t.lower_ in ("it", "them") and t.dep_ == "dobj" for t in clause)
        # "he asked me to be there, so I said I'd meet him there": where it was asked
        or ("there" in asked and any(t.lower_ == "there" for t in clause))
    )


# The speaker's word given on what was just asked: "I promised him I'd", "I said I'd".
GIVES_WORD = re.compile(
    # (and "So that's me, I promised I'd get the programme to the printers by Monday": the
    # request owned and taken on)
    r"\W*(?:(?:and|so|um|er|oh|well)\W+)*(?:that's me\W+)?"
    r"i (?:promised(?: (?:him|her|them))?|told (?:him|her|them)|"
    r"said) (?:that )?(?:i(?:'d| would)|id)\b",  # "id": Whisper's, typed without the mark
    re.I,
)


def _gives_own_deed(clause: Any) -> bool:
    """Whether the word given names its deed, a verb and a thing of its own: "I said I'd set up
    the page this weekend"; not "I said I would from next week" nor "I said I'd do it Friday",
    which say only yes to what was asked."""
    m = GIVES_WORD.match(clause.text)
    if m is None:
        return False
    rest = [t for t in clause if t.idx >= clause.start_char + m.end() and t.is_alpha]
    return len(rest) >= 2 and rest[0].tag_ == "VB" and rest[1].lower_ not in IT


def _takes_on(prev: Found, last: Any, clause: Any, due: dt.date | None) -> bool:
    """The speaker's answer, just after a request, that takes it on in words of its own: "she
    asked if I'd look at the radiators before the harvest supper. I said yes, | I'll go over
    Tuesday morning"; "he wants the accounts for the AGM. I promised him I'd have the accounts
    done by the twenty-third". One task, on the answer's day, not two. Not "I said yes, so I
    need to practise the reading", a step of its own, nor "she wants the audit by Wednesday. I
    said I'd go through the care plans tonight", a second thing."""
    if not REQUESTED.search(prev.text) or ANSWERED.search(prev.text):
        return False
    if (
        last is not None
        and (yes := ACCEPTED.match(last.text))
        and not last.text[yes.end() :].strip(" ,.;")
        and _next_to(prev, last)
        and clause.start - last.end <= 1
    ):
        return SAYS_HOW.match(clause.text) is not None
    yes = ACCEPTED.match(clause.text)
    if (
        yes
        and _next_to(prev, clause)
        and SAYS_HOW.match(clause.text[yes.end() :].lstrip(" ,"))
        and not ACCEPTED.match(prev.text)
    ):  # Whisper's "renia asked me to swap her sunday i said fine ill tell dee today"
        return True
    if due is None or not _next_to(prev, clause) or not GIVES_WORD.match(clause.text):
        return False
    asked = set(re.findall(r"[a-z]+", prev.text.lower()))
    return any(t.pos_ == "NOUN" and t.lower_ in asked for t in clause)


def _next_to(prev: Found, clause: Any) -> bool:
    """Whether a clause follows a follow-up's text with nothing but a space or a mark between."""
    gap = clause.doc.text[prev.start_char + len(prev.text) : clause.start_char]
    return len(gap) <= 2 and gap.strip() in ("", ",", ";", "-", ".")


def _from_then(text: str, today: dt.date) -> bool:
    """Whether the only day said with a want is when what is wanted starts, not a deadline:
    "she wants a place for Poppy from September", "he wants Tuesdays starting next month"."""
    said = find_day(text, today)
    if said is None or re.search(r"\b(?:by|before|until|till)\b", text, re.I):
        return False
    k = text.lower().find(said[1].lower())
    opens = re.compile(r"\b(?:from|starting|as of)\s+(?:the\s+)?$", re.I)
    return k >= 0 and (
        re.match(r"(?:from|starting|as of)\b", said[1], re.I) is not None
        or opens.search(text[:k]) is not None
    )


def _wanted(clause: Any, today: dt.date) -> int | None:
    """ "She wants the grant form by Friday": someone (not the speaker) wants something from
    them by a date said after it; the index of the clause's first word, so the subject is the
    person concerned."""
    for t in clause:
        asked_for = t.lower_ in ("asked", "asking") and t.i + 1 < clause.end
        asked_for = asked_for and clause.doc[t.i + 1].lower_ == "for"
        if (t.lower_ in WANTS or asked_for) and t.i > clause.start:
            s = t.i - 1
            while s > clause.start and clause.doc[s].lower_ in WANT_AUX:
                s -= 1  # "He'd like", "Tunde's expecting"
            if t.lower_ in ("like", "love", "expecting") and s == t.i - 1:
                continue  # "they like the idea": no want without "would"
            subject = clause.doc[s]
            if subject.lower_ in ("i", "we"):
                return None
            after_text = clause.doc[t.i : clause.end].text
            if not (
                find_day(after_text, today)
                # "before he goes": a happening the memo dated by its verb
                or re.search(
                    r"\b(?:by|before) (?:then|the [a-z]+|(?:he|she|they) [a-z]+)\b",
                    after_text,
                    re.I,
                )
                or BEFORE_SPAN.search(after_text)
            ):
                return None  # "the panel meets on the 9th, she needs ...": the date is not hers
            if _from_then(after_text, today):
                return None  # "she wants a place for Poppy from September": when it starts
            person_before = any(w.ent_type_ == "PERSON" for w in clause.doc[clause.start : t.i])
            role = (
                subject.pos_ == "NOUN"
                and subject.dep_ == "nsubj"
                and (t.lower_ in AGENT_WANTS or asked_for)
            )  # "the landlord asked for the certificate", "coach wants the subs by Sunday"
            if (
                subject.lower_ in PRONOUNS
                or subject.ent_type_ == "PERSON"
                or subject.is_title
                or (subject.is_punct and person_before)
                or role
                # "Mrs Okwuosa from CCHA wants": the one who wants, said before where from
                or any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in t.children)
            ):
                nxt = clause.doc[t.i + 1] if t.i + 1 < clause.end else None
                if nxt is not None and nxt.lower_ in ("to", "be"):
                    return None  # "she wants to hear about it": her plan, not mine
                if _someone_called_in(clause.doc, t.i + 1, clause.end):
                    continue  # "she wants him in for a review on Tuesday": his appointment
                if nxt is not None and (
                    nxt.lower_ in HANDS or (nxt.lower_ == "a" and nxt.nbor().lower_ in HANDS)
                ):
                    return None  # "Sam wants help with the fete on the 2nd": asked, not agreed
                if (
                    nxt is not None
                    and nxt.tag_ == "VBG"
                    and t.lower_ in ("needs", "needed")
                    and subject.ent_type_ != "PERSON"
                    and subject.lower_ not in PRONOUNS
                ):
                    return None  # "the pitch needs rolling before Thursday": the pitch's need
                after = clause.doc[t.i + 1 : clause.end]
                # "she wants the form sent today": a thing wanted done on a day says when too
                done = next((w for w in after if w.tag_ == "VBN" and w.i > t.i + 1), None)
                if (
                    not any(w.lower_ in WANTED_BY for w in after)
                    and not BEFORE_SPAN.search(after.text)
                    and not (done and find_day(clause.doc[done.i : clause.end].text, today))
                ):
                    return None  # "she needs it broken down by line": no deadline
                return clause.start
    return None


GROUPS = {"lot", "kids", "children", "boys", "girls", "lads", "team", "squad", "group", "class"}


def _someone_called_in(doc: Any, i: int, end: int) -> bool:
    """Whether a want names someone else to come ("wants him in", "wants her back", "wants
    our lot back for the five-a-side"): an appointment or fixture, asked of no one here."""
    k = i
    if k + 1 < end and doc[k].lower_ in ("our", "the", "your") and doc[k + 1].lower_ in GROUPS:
        k += 1  # "our lot", "the kids"; not "the forms back"
    elif k >= end or doc[k].lower_ not in ("him", "her"):  # not "them": the forms, maybe
        return False
    return k + 1 < end and doc[k + 1].lower_ in ("in", "back", "seen", "there", "home")
