"""Whether one clause is a promise, and at which word the promise starts.

A clause is a commitment when it opens with a command to oneself ("Email Kevin on the third of
December", "Follow up with Tom next week", "Check whether ...") or a commitment phrase
(`phrases`) says so. Reports ("Kevin likes the idea"), other people's plans and promises ("she
needs to", "he'll post the forms": dated, those are events), hopes ("Mai's hoping I'll"),
regrets ("I should have called"), feelings ("I'll miss her do"), news awaited ("should hear
next week"), negations (but a task left undone is one), hedges ("I might start a library, but
we'll see"), sign-offs ("I'm going to bed": "going to" a place) and exclamations ("thank God"),
idioms ("call it two grand") are not; nor are "maybe I should, I don't know", "we'll see how
the money is" and "I wonder whether I should". A promise broken off and said again ("I need to,
um, sorry, I need to ...") is one, and a promise said to be kept already ("I said I'd call Juno
and I did") none. A deadline said first ("Note to self, before the quiz on the 26th, read ...")
is passed over to the command. A bare command of any verb after "also" ("Also upload his
readings to the app") or with a day is a task, and so is a line of a to-do list read out,
unless it is news of someone else or a happening ("Tuesday, Sam's away", "Wednesday, committee
meeting").

A command is known by its word (`lexicon.IMPERATIVES`) rather than by spaCy's tag, which a
transcript's fragments fool; the parse only rules the word out where it is a noun ("Call was
fine", "Phone call with Doctor Farah").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import lexicon
from ..dates import find_day
from ..lexicon import EVENT_NOUNS, FILLERS, IMPERATIVES, SCOTS_SAID_AS
from .cutting import HABIT, _one_sentence, _past_fillers
from .phrases import (
    _SOME_DAY,
    DAY_WORDS,
    HEADING,
    IT,
    LIST_HEADING,
    NO_ACTION_SAID,
    NOT_UNDONE,
    PREAMBLE,
    UNDONE_SAID,
    VERB_AFTER,
    WEEKDAYS,
)

# After a commitment phrase, these turn it into a state or a negation: "I'll be in Leeds".
# So do verbs of feeling or rest, which no one writes down as a task: "I'll miss her do",
# "I'm going to sleep".
NOT_AN_ACTION = {
    "be", "not", "never", "probably", "n't", "miss", "sleep", "rest", "cry", "die", "love",
    "hate", "enjoy", "regret", "wonder", "blame", "wait", "breathe",
}  # fmt: skip
# "I should hear by Friday", "we should know next week": what is expected to happen.
EXPECTED = {"hear", "know", "receive", "arrive", "expect", "find"}
HOPES = {"hoping", "hopes", "hoped", "wishes", "wishing", "thinks", "reckons", "assumes"}

# A self-correction cut off at the end of a clause: the corrected date opens the next one.
CORRECTED_AT_END = re.compile(r"\b(?:no|sorry|actually|i mean)\W*$", re.I)
# A clause that opens by putting right what was just said: "No, tomorrow, I'm in work tonight".
CORRECTION_OPENS = re.compile(
    r"^\W*(?:(?:um|er|oh)\W+)*(?:no|sorry|actually|i mean)\b\W*(?:(?:no|sorry|actually)\b\W*)*",
    re.I,
)


LIST_NUMBERS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "firstly",
    "secondly", "thirdly", "lastly", "finally",
}  # fmt: skip


def _content_start(sent: Any) -> int:
    """Index (in the doc) of the first token after fillers and punctuation."""
    doc = sent.doc
    i = sent.start
    i = _past_fillers(doc, i, sent.end)
    # "Four, get Sam to do the list": a numbered line of a list said aloud; not in a list of
    # ideas the memo says has nothing to do in it yet.
    if (
        i + 2 < sent.end
        and doc[i].lower_ in LIST_NUMBERS
        and doc[i + 1].text == ","
        and not NO_ACTION_SAID.search(doc.text)
    ):
        i += 2
    # "Note to self, order more flour": a heading said in front of the command.
    text = doc[i : sent.end].text if i < sent.end else ""
    head = HEADING.match(text) or LIST_HEADING.match(text)
    if head:
        end_char = doc[i].idx + head.end()
        while i < sent.end and doc[i].idx < end_char:
            i += 1
        i = _past_fillers(doc, i, sent.end)
    # "First thing Monday, ring the dentist", "first job Tuesday, ...": a day heading a line.
    if i + 1 < sent.end and doc[i].lower_ in ("thing", "job") and i > sent.start:
        i += doc[i - 1].lower_ == "first"
    j = i
    while (
        j < sent.end
        and j - i < 3
        and (doc[j].ent_type_ in ("DATE", "TIME") or doc[j].lower_ in WEEKDAYS | DAY_WORDS)
    ):
        j += 1
    if j > i and j < sent.end and sent.doc[j].text in (",", ":"):  # "Today: ring the vet"
        i = j + 1
        i = _past_fillers(doc, i, sent.end)
    # "Dad: take him the photos", "Things for me: update the fees letter": a topic of a few
    # words and a colon, said in front of the line's command
    colon = next((k for k in range(i, min(sent.end - 1, i + 4)) if doc[k].text == ":"), None)
    if colon is not None and colon > i and all(t.is_alpha for t in doc[i:colon]):
        i = _past_fillers(doc, colon + 1, sent.end)
    # "Note to self, before the parents' evening on the 26th, read ...": a deadline put first
    comma = next((k for k in range(i, min(sent.end, i + 12)) if doc[k].text == ","), None)
    if (
        comma is not None
        and comma > i
        and doc[i].lower_ in FRONTED
        and find_day(doc[i:comma].text, _SOME_DAY) is not None
    ):
        i = comma + 1
        i = _past_fillers(doc, i, sent.end)
    return i


# The words a deadline or a day put before a command opens with.
FRONTED = {"by", "before", "on", "until", "till", "after", "first", "this", "next", "at"}


def _headed(sent: Any) -> bool:
    """Whether the clause opens with a note addressed to oneself ("Note to self, ...")."""
    doc, i = sent.doc, sent.start
    while i < sent.end and (doc[i].is_punct or doc[i].lower_ in FILLERS | PREAMBLE):
        i += 1
    text = doc[i : sent.end].text
    return i < sent.end and (HEADING.match(text) or LIST_HEADING.match(text)) is not None


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
        if labels[match_id] == "SUBJECTLESS" and _said_of_thing(doc, start, end, sent):
            continue  # "Femi says the care package, two visits a day, | should start Monday"
        if doc[end - 1].lower_ == "down" and find_day(sent.text, _SOME_DAY) is None:
            continue  # "I put my name down for the stall, so now I'm the contact": done, no day
        if doc[start:end].text.lower() in VERB_AFTER and (
            end >= sent.end
            or not (doc[end].tag_ in ("VB", "VBP") or doc[end].lower_ in IMPERATIVES)
            or doc[end].lower_ == "be"
        ):
            continue  # "Better late than never", "gonna be a long day": no deed
        if (
            end < sent.end
            and doc[end].lower_ in NOT_AN_ACTION
            and not _asked_to_be(doc, end)
            and not _bound_to_be_there(doc, end, sent.end)
        ):
            continue
        if UNDONE_SAID.search(doc[start:end].text) and (
            end >= sent.end
            or doc[end].lower_ in NOT_UNDONE
            or not (
                doc[end].tag_.startswith("VB")
                or (doc[end - 1].lower_ == "to" and doc[end - 2].lower_ == "back")
            )
            or doc[end].lower_ in IT
        ):
            # "I still haven't heard back": news awaited; "never got round to it": what, unsaid
            continue
        if doc[end - 1].lower_ == "should" and end < sent.end and doc[end].lower_ in EXPECTED:
            continue  # "should hear in a couple of weeks": news awaited, not a task
        if end + 1 < sent.end and doc[end].lower_ == "go" and doc[end + 1].is_punct:
            continue  # "I'm gonna go, the baby's crying": leaving, not a task
        if (
            end < sent.end
            and doc[end].lower_ == "have"
            and doc[end - 1].lower_ in ("'ll", "will")
            and not (end + 2 < sent.end and doc[end + 2].lower_ in WORD_WITH)
        ):
            continue  # "I'll have a think"; not "I'll have a word with Declan"
        if (
            end + 1 < sent.end
            and doc[end].lower_ in ("have", "'ve", "’ve")
            and doc[end + 1].tag_ in ("VBN", "VBD")
        ):
            continue  # "I should have called", "I should've booked": too late for a promise
        if doc[end - 1].lower_ != "down" and not any(
            t.is_alpha and t.lower_ not in FILLERS | {"no"} for t in doc[end : sent.end]
        ):
            # "Note to self." on its own: the promise is in the next sentence; "I need to,
            # um, sorry, | I need to speak to Sam": a start said again, once
            continue
        if (
            doc[start].lower_ == "reminder"
            and end < sent.end
            and (doc[end].tag_ != "VB" or doc[end].lower_ in ("self", "me", "myself"))
        ):
            continue  # "reminder to self, the 177 diversion starts Monday": a heading, no deed
        if _unsaid(doc, end, sent.end):
            continue  # "Maybe I should, I don't know": the modal with no deed said
        if _going_somewhere(doc, end, sent.end):
            continue  # "I'm going to bed", "we're going to the coast": where, not a task
        if doc[end - 1].lower_ in ("to", "na") and SIGN_OFF.match(doc[end : sent.end].text):
            continue  # "Right, going to break my fast, I'm starving": off to eat, a sign-off
        if _puts_up_with(doc, end, sent.end):
            continue  # "the bus was cancelled so I'll have to walk": a grumble, not a task
        if doc[end].lower_ == "see" and (
            end + 1 == sent.end
            or doc[end + 1].is_punct
            or (
                doc[end + 1].lower_ in WH_WORDS
                and not any(
                    t.lower_ == "and" and t.nbor().tag_ == "VB" for t in doc[end : sent.end - 1]
                )
            )
        ):
            # "I might start a lending library, but we'll see", "we'll see how the money is";
            # not "I'll see what Dora says and ring her"
            continue
        if start > sent.start and doc[start - 1].lower_ in ("whether", "if"):
            continue  # "I wonder whether I should ring Clem": a question put to oneself
        if doc[end - 1].lower_ in HAD and _had_done(doc, end, sent.end):
            continue  # "she asked whether I'd rung the council": I had, not I would
        if any(t.lower_ in HOPES for t in doc[max(sent.start, start - 3) : start]):
            continue  # "Mai's hoping I'll take her": her wish, not my promise
        return end
    if first >= sent.end:
        return None
    both = _me_and(doc, first, sent.end)
    if both is not None:
        return both  # "Me and the bairns'll go and get him"
    tok = doc[first]
    if _headed(sent) and tok.tag_ in ("VB", "VBP") and tok.is_lower:
        return first  # "Note for later, sit down with Cosmo": whatever the verb, after a heading
    if tok.lower_ not in IMPERATIVES or not tok.text[:1].isalpha():
        return None
    said = doc[first + 1].lower_ if first + 1 < sent.end else ""
    if EXCLAIMED.get(tok.lower_) == said or (tok.lower_ == "thank" and said in HEAVENS):
        return None  # "Bonfire night tomorrow, thank God": an exclamation, not a command
    if tok.lower_ == "let" and said == "me":
        return None  # "let me just think out loud": said to whoever listens, not a task
    if tok.lower_ in ("go", "run") and not any(t.is_alpha for t in doc[first + 1 : sent.end]):
        return None  # "..., then the match at two. Go.": a sign-off, off out of the door
    waits = WAIT_AND_SEE.match(doc[first + 2 : sent.end].text)
    if tok.lower_ == "let" and said in ("'s", "us") and waits:
        return None  # "Let's see how I feel", "let's wait and see": a hedge, not a task
    if CALL_IT.match(doc[first : sent.end].text):
        return None  # "call it two thousand four hundred", "let's call it a day": an idiom
    if first + 1 < sent.end:
        nxt = doc[first + 1]
        if nxt.text == "-" and not tok.whitespace_ and not nxt.whitespace_:
            return None  # "Pick-up.", "Check-up went fine": a noun, said as a heading
        ends = first + 2 >= sent.end or doc[first + 2].is_punct
        if nxt.lower_ in ("day", "night", "week", "weekend", "morning") and ends:
            return None  # "Saturday, move day.": the name of the day, not a command
        # "Call was fine", "Text messages were flying": the word is a noun subject.
        if nxt.pos_ in ("AUX", "VERB") or nxt.tag_ in ("VBD", "VBZ", "VBP"):
            return None
        if tok.dep_ in ("nsubj", "compound") and nxt.pos_ == "NOUN" and nxt.dep_ == "nsubj":
            return None
        # "Phone call with Doctor Farah", "Email from Adam": a report, not a command.
        if nxt.lower_ in REPORT_NEXT:
            return None
        # "Call with Ambrose.": the call had, a heading; to call someone names them after it
        if tok.lower_ == "call" and nxt.lower_ == "with":
            return None
        # "Sunday, meet at the car park at nine": where everyone gathers, told to all; not
        # "meet Sam at the café", someone to meet
        if tok.lower_ == "meet" and nxt.lower_ in ("at", "outside", "by", "in", "there"):
            return None
    return first


# After a command word, the words that make it a noun heading a report: "Phone call with
# Doctor Farah", "Email from Adam", the Scots "Text fae Lorraine last night".
REPORT_NEXT = {"call", "calls", "chat", "conversation", "from", "exchange"} | {
    said for said, means in SCOTS_SAID_AS.items() if means == "from"
}


def _me_and(doc: Any, first: int, end: int) -> int | None:
    """Where the deed starts that the speaker and someone else will do, said as people say
    it: "Me and the bairns'll go and get him" (the tokenizer may leave "bairns'll" whole), "Me
    and Jo will sort the float"; not "Me and Dad'll be away", a state."""
    if first + 3 >= end or doc[first].lower_ != "me" or doc[first + 1].lower_ != "and":
        return None
    for k in range(first + 2, min(end - 1, first + 7)):
        if doc[k].lower_ in ("'ll", "’ll", "will") or doc[k].lower_.endswith(("'ll", "’ll")):
            deed = doc[k + 1]
            if deed.lower_ in NOT_AN_ACTION or not (
                deed.tag_ == "VB" or deed.lower_ in IMPERATIVES
            ):
                return None
            return k + 1
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def _said_of_thing(doc: Any, start: int, end: int, sent: Any) -> bool:
    """Whether a "should" heading a clause cut from its sentence has the thing said before the
    cut as its subject: "the care package, two visits a day, | should start the day he moves"
    is news of the package, not a task with the "I" dropped. Not "must" or "need to": "Kemi's
    birthday, table at the Jerk Shack, | must book it tomorrow" is a list's line."""
    if doc[start].lower_ != "should" or sent.start == sent.sent.start or end >= sent.end:
        return False
    verb = doc[end] if doc[start].dep_ == "aux" else doc[start]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.i < sent.start
        for c in verb.children
    )


# What the speaker will put up with, said as a grumble or a consequence, with nothing to do
# by it: "the bus was cancelled so I'll have to walk", "I'll just have to wait and see", "we'll
# have to make do", "I'll have to live with it". Not "walk the dog", "wait in for the plumber"
# (being at home is a task) nor "walk round and ask Sam" (the deed after it is).
COPE = {"walk", "wait", "cope", "manage", "improvise", "lump", "grin"}
COPE_WITH = re.compile(
    r"(?:just |simply )?(?:make do|live with (?:it|that)|put up with (?:it|that|them)|"
    r"muddle (?:on|through)|grin and bear it|lump it"
    # "had a man sent off but we'll take it", "came out smiling, which, I'll take it": a result
    # accepted, not a thing to take somewhere ("I'll take it to the tip")
    r"|take (?:it|that)(?=(?:,? (?:though|anyway|i suppose|to be fair))?\W*$))\b",
    re.I,
)
COPE_AFTER = {"home", "there", "it", "then", "again", "now", "instead", "honestly", "really",
              "till", "until", "a", "longer", "i", "though", "anyway"}  # fmt: skip


def _puts_up_with(doc: Any, end: int, stop: int) -> bool:
    """Whether the deed after a commitment phrase is only putting up with things: "I'll have
    to walk", "we'll have to make do", "we lost two-nil but we'll take it"."""
    i = end
    while i < stop and doc[i].lower_ in ("just", "simply", "probably", "have", "to", "gotta"):
        i += 1
    if i >= stop:
        return False
    if COPE_WITH.match(doc[i:stop].text):
        return True
    if doc[i].lower_ not in COPE:
        return False
    after = doc[i + 1] if i + 1 < stop else None
    if after is None or after.is_punct:
        return True
    if after.lower_ == "and":  # "wait and see"; not "walk round and ask Sam"
        return i + 2 < stop and doc[i + 2].lower_ == "see"
    if after.lower_ == "for":  # "wait for a lift"; not "wait for the plumber on Tuesday"
        return doc[i].lower_ == "wait" and not _waits_in(doc, i, stop)
    return after.lower_ in COPE_AFTER


def _waits_in(doc: Any, i: int, stop: int) -> bool:
    """ "wait for the plumber on Tuesday": someone to be let in, on a day, a task after all."""
    return find_day(doc[i:stop].text, _SOME_DAY) is not None


# What the speaker is off to do for themselves as the memo ends: eat, rest, wash.
SIGN_OFF = re.compile(
    r"(?:break (?:my|the|our) fast|eat|have (?:my|our|some|a|a bit of) (?:tea|dinner|lunch|"
    r"breakfast|supper|food|kip|nap|bath|shower|lie-in|brew|cuppa)|get (?:some|a bit of) "
    r"(?:sleep|kip|rest|food|shut-eye))\b",
    re.I,
)


# "Call it two grand", "let's call it a day": a sum rounded or a day ended, not a phone call.
CALL_IT = re.compile(
    r"(?:let's |let us )?call it (?:a day|a night|quits|evens?|that|\d|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|a grand)\b)",
    re.I,
)
# "Thank God", "thank goodness", "mind you": said, not asked of oneself.
HEAVENS = {"god", "goodness", "heavens", "christ", "fuck", "lord"}
EXCLAIMED = {"mind": "you", "bless": "him"}


WH_WORDS = {"how", "what", "if", "whether", "when", "who", "where"}
# What one has with someone or at something, a deed: "I'll have a word with Declan", "a look".
WORD_WITH = {"word", "look", "chat", "go", "natter", "proper"}
WAIT_AND_SEE = re.compile(r"(?:just )?(?:wait and )?see\b", re.I)


# Where the speaker must be: "need to be there", "I need to be in early on Friday".
BE_THERE = {"there", "in", "home", "back", "at"}


def _bound_to_be_there(doc: Any, end: int, stop: int) -> bool:
    """Whether a need puts the speaker somewhere: "need to be there or get Sam to let them
    in", "I need to be in early on Friday to let him in" (a duty; not "I'll be in Leeds", a
    plan, nor "I need to be careful")."""
    who = doc[end - 3].lower_ if end >= 3 else ""
    if who in ("both", "all") or (who in ("i", "we") and end >= 4 and doc[end - 4].lower_ == "and"):
        return False  # "Harpreet and I both need to be there": the two, at a happening
    if doc[end].lower_ != "be" or end + 1 >= stop:
        return False
    where = end + 1
    if doc[where].lower_ in ("up", "down") and where + 1 < stop:
        where += 1  # "so i need to be up there by 11", "be down at the club for six"
    if doc[where].lower_ not in BE_THERE:
        return False
    if doc[end - 1].lower_ in ("'d", "’d", "d", "would", "'ll", "’ll", "will") and doc[
        max(0, end - 4) : end
    ].text.lower().startswith(("said", "i said", "promised", "i promised")):
        return True  # "so I said I'd be there", "I said I'll be there for eleven": promised
    return doc[end - 1].lower_ in ("to", "must", "gotta") and doc[end - 2].lower_ in (
        "need", "have", "got", "must", "to", "gotta",
    )  # fmt: skip


def _asked_to_be(doc: Any, end: int) -> bool:
    """Whether a request of the speaker asks them to be somewhere or something: "she's asked
    me to be on the interview panel", "he wants me to be there at nine" (a promise, unlike
    the speaker's own "I'll be in Leeds")."""
    if doc[end].lower_ != "be" or doc[end - 1].lower_ != "to":
        return False
    if doc[end - 2].lower_ in ("me", "us"):
        return True
    # "I'm supposed to be collecting the kids Saturday", "I'm meant to be sending Lavinia the
    # minutes": a duty put as a deed under way, not a state ("I'm meant to be off")
    after = doc[end + 1] if end + 1 < len(doc) else None
    return (
        doc[end - 2].lower_ in ("supposed", "meant")
        and after is not None
        and after.tag_ == "VBG"
        and after.lower_ not in ("going", "getting", "having", "feeling")
    )


def _unsaid(doc: Any, end: int, stop: int) -> bool:
    """Whether a commitment phrase stops at a comma with no verb after it, and a new subject
    takes over: "Maybe I should, I don't know", "I must, I suppose"."""
    if end >= stop or not doc[end].is_punct:
        return False
    i = _past_fillers(doc, end, stop)
    said = i + 1 < stop and doc[i].lower_ in ("i", "we", "you")
    return said and doc[i + 1].pos_ in ("AUX", "VERB")


def _going_somewhere(doc: Any, end: int, stop: int) -> bool:
    """ "I'm going to bed", "we're going to the seaside": a commitment phrase that ends in
    "going to" followed by a place rather than a verb."""
    if end >= stop or doc[end - 1].lower_ != "to" or doc[end - 2].lower_ not in ("going", "gonna"):
        return False
    nxt = doc[end]
    if nxt.lower_ in IMPERATIVES and nxt.tag_ in ("VB", "VBP", "NN"):
        return False  # "I'm going to text her": a verb spaCy may read as a noun
    purpose = any(
        t.lower_ == "to" and doc[t.i + 1].lower_ in IMPERATIVES for t in doc[end : stop - 1]
    )  # "I'm going to the council on Thursday to ask about the bins": a task after all
    return nxt.pos_ in ("DET", "PROPN", "NOUN") and nxt.tag_ != "VB" and not purpose


# The "'d" of "I'd" as spaCy splits it off ("id" typed without its apostrophe: "i" + "d").
HAD = {"'d", "’d", "d"}


def _had_done(doc: Any, i: int, end: int) -> bool:
    """Whether the verb at token `i`, after an "I'd", is a past participle: "she asked whether
    I'd rung the council", "I told Pam I'd already sent it" (I had), not "whether I'd ring the
    council" (I would). spaCy takes "rung" for a base verb, so an irregular one is known by
    the word (`lexicon.PAST_FORMS`; "put" or "read" could be either, and stay a promise), a
    regular one by its "-ed"."""
    while i < end and doc[i].tag_ == "RB":
        i += 1  # "I'd already sent it", "I'd just rung"; "I'd rather ring" is no past
    if i >= end:
        return False
    word = doc[i].lower_
    if word in lexicon.PAST_FORMS:
        return True
    regular = word not in lexicon.IRREGULAR_VERBS and word.endswith("ed")
    return regular and doc[i].tag_ in ("VBN", "VBD")


TAKEN_BACK = {"no", "sorry", "actually", "mean"}
UNSAID = FILLERS | TAKEN_BACK  # words that say no deed


# A promise said afresh after a correction: "..., no, actually, | I'll drive her myself".
RESTARTED = re.compile(
    r"\W*(?:(?:um|er|erm|sorry|no|actually|i mean)\W+)*(?:i|we)(?:'ll| will|'m going to|'m gonna"
    r"| need to| must|'ve got to|'ve gotta|'ve to| have to|'d better)\b",
    re.I,
)


def _verb_corrected(clause: Any, nxt: Any) -> bool:
    """Whether a clause is a promise's verb alone, taken back, with the deed said again in the
    next clause: "I need to text, no, | ring Araminta on Friday", "I'll ring, er, no, | I'll go
    round and see Horace". Only the next clause is the promise; so too when the whole task is
    taken back for a new promise ("I must book the hospital transport, no, actually, | I'll
    drive her myself"), not for a new day ("find it tomorrow, er, no, | Sunday")."""
    if nxt is None or not CORRECTED_AT_END.search(clause.text):
        return False
    if RESTARTED.match(nxt.text):
        return True
    said = [t for t in clause if t.is_alpha and t.lower_ not in UNSAID]
    if not said or said[-1].lower_ not in IMPERATIVES or said[-1].tag_ not in ("VB", "VBP"):
        return False
    again = [t for t in nxt if t.is_alpha and t.lower_ not in UNSAID]
    return bool(again) and (again[0].lower_ in IMPERATIVES or again[0].lower_ in ("i", "we"))


# "I haven't rung the surveyor yet": a deed left undone, with "yet" after it (`UNDONE` holds
# the words said together: "still haven't", "haven't yet").
UNDONE_YET = re.compile(
    r"\W*(?:(?:and|but|so|oh|um|er|erm|also)\W+)*(?:i |we )?(?:still )?"
    r"(?:haven't|have not|havent|haven’t) (?:actually |even )?(?P<verb>[\w’']+)\b[^.?!;]*\byet\b",
    re.I,
)


def _undone_yet(clause: Any) -> int | None:
    """Where a task said as not done "yet" starts (`UNDONE_YET`): only a deed the speaker
    does ("rung", "sent", "booked"), not news awaited ("haven't heard back yet")."""
    said = UNDONE_YET.match(clause.text)
    if not said or said["verb"].lower() in NOT_UNDONE:
        return None
    word = said["verb"].lower()
    base = DONE_BASE.get(word) or (word[:-2] if word.endswith("ed") else None)
    if base is None or not (
        base in IMPERATIVES or base[:-1] in IMPERATIVES or base + "e" in IMPERATIVES or base == "do"
    ):
        return None  # "emailed", "booked", "posted"; "phoned", "chased" lose an "e" to "-ed"
    return _content_start(clause)


# The base of an irregular past participle: "rung" -> "ring", "done" -> "do".
DONE_BASE = {
    form: base for base, forms in lexicon.IRREGULAR_VERBS.items() for form in forms if form != base
}


def _had_said(clause: Any, said: re.Match[str]) -> bool:
    """Whether a promise said as "told Sam I'd" or "asked if I'd" (`TOLD`, `ASKED_IF`) goes
    on with a past participle: "Mabel asked if I'd taken the dog out" asks what was done."""
    if not re.search(r"(?:'|’|\b)d$", said[0], re.I):
        return False
    at = clause.start_char + said.end()
    i = next((t.i for t in clause if t.idx >= at), clause.end)
    return _had_done(clause.doc, i, clause.end)


# A promise said to be kept already, just after it: "I said I'd call Juno and I did",
# "..., which I did at lunch", "..., and I have, so that's done", "I did, she wasn't in",
# "done that now", "lend him forty pound till payday, which I've done". Not "and I didn't",
# nor "and I have to go".
KEPT = re.compile(
    r"\W*(?:(?:and|which|so|but|um|er|erm|oh|yeah|well|actually)\W+)*"
    r"(?:i (?:did|have|had)|(?:i )?(?:finally|eventually) did"
    r"|(?:i'?ve |i have )?(?:already |just )?done (?:that|it|this|them)"
    r"|i(?:'?ve| have) (?:already |just )?done"
    r"|did (?:that|it|them))\b(?!n't)"
    r"(?:\s+(?:it|that|them|so|already|too|now|yesterday|today|earlier|straight away|"
    r"(?:this|last|that) [a-z]+|(?:at|on|in|by) (?:the )?[a-z]+))*\s*(?:[,.;!]|$)",
    re.I,
)
# The words between a promise and its deed reported done: ", and, um, I already sent it".
KEPT_GAP = lexicon.UMS | {",", "and", "which", "so", "but", "i", "already", "just", "then"}
# A past form of the table of irregular verbs, to its base: "sent" -> "send".
BASE_OF = {
    form: base for base, forms in lexicon.IRREGULAR_VERBS.items() for form in forms if form != base
}


def _done_deed(promise: Any, tail: Any) -> bool:
    """Whether `tail` opens on the past of a verb `promise` promised: "Told Pete I'd send it, |
    sent it this morning", "I said I'd pick up the parcel, | picked it up on the way home"."""
    doc = tail.doc
    i = tail.start
    while i < tail.end and doc[i].lower_ in KEPT_GAP:
        i += 1
    if i >= tail.end:
        return False
    verb = doc[i]
    if verb.tag_ not in ("VBD", "VBN") and verb.lower_ not in BASE_OF:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "i" for c in verb.children):
        return False  # "..., he sent it back": someone else did
    said = {t.lower_ for t in promise}
    if any(c.dep_ == "dobj" and c.lower_ not in IT | {"him", "her"} | said for c in verb.children):
        return False  # "I must book the hall, booked the caterer already": another thing
    base = BASE_OF.get(verb.lower_, verb.lemma_.lower())
    return any(t.tag_ == "VB" and t.lemma_.lower() == base for t in promise)


def _kept(clause: Any, start: int) -> bool:
    """Whether the promise starting at token `start` is said, later in its clause, to be kept
    already: "I said I'd call Juno and I did", "Told Pete I'd send it, sent it this morning"."""
    doc = clause.doc
    for k in range(start + 1, clause.end):
        if doc[k - 1].text != "," and doc[k].lower_ not in ("and", "which"):
            continue
        if _denied_between(doc, start, k):
            break  # "ring Dawn, I never sent that quote, no, I did": the quote was sent
        tail = doc[k : clause.end]
        if KEPT.match(tail.text) or _done_deed(doc[start:k], tail):
            return True
    return False


def _denied_between(doc: Any, start: int, k: int) -> bool:
    """Whether another deed said not done comes after a comma between a promise and `k`
    ("I never sent that quote"): a "no, I did" after it answers that deed, not the promise
    (which a bare "and I didn't, no, I did" still does)."""
    comma = next((t.i for t in doc[start:k] if t.text == ","), None)
    said = doc[comma + 1 : k] if comma is not None else doc[k:k]
    return any(t.dep_ == "neg" or t.lower_ == "never" for t in said) and any(
        t.pos_ == "VERB" and t.lemma_.lower() not in ("do", "have", "be") for t in said
    )


# A promise made only if someone else does a thing first: "If Thaddeus rings back, I'll tell
# him the van's booked", "if it's dry on Saturday I'll cut the hedge". Not a condition that
# something is still not done ("if the parcel doesn't come by Friday, I'll ring the shop"),
# which is a chase the speaker means to make, nor the speaker's own "if I can".
ONLY_IF = re.compile(
    r"^\W*(?:(?:and|but|so|oh|um|er|erm|also|anyway|actually)\W+)*(?:only )?if (?!i\b|we\b)"
    r"(?![^,]*(?:n't|n’t|\bnot\b|\bno\b|\bnever\b|\bnobody\b|\bnothing\b|\bstill\b))",
    re.I,
)


def _only_if(last: Any, clause: Any) -> bool:
    """Whether the clause is the "then" of a condition on someone else (`ONLY_IF`), said
    in the clause before in the same sentence or at its own start."""
    if ONLY_IF.match(clause.text):
        return True
    return last is not None and _one_sentence(last, clause) and bool(ONLY_IF.match(last.text))


# Happenings a list line names that `EVENT_NOUNS` leaves to the events module's own reading:
# "Dad's blood pressure check", "Kasia's sign-off", "her scan", and appointments named by
# whom they are with or who comes: "Thursday physio with Dwayne", "Monday, engineer for the
# meter, eight till one" (not "Monday, ring the dentist": a command names the task).
LINE_HAPPENINGS = {
    "check", "check-up", "checkup", "scan", "op", "sign-off", "x-ray", "physio", "dentist",
    "optician", "bloods", "engineer",
}  # fmt: skip


def _happening(clause: Any) -> bool:
    """A line of a list that names a happening and asks nothing: "Governors Tuesday evening",
    "Finance committee on the 3rd", "Dad's blood pressure check", "the Christmas do" (an
    event, not a task)."""
    named = any(
        t.lower_ in EVENT_NOUNS | LINE_HAPPENINGS
        and t.pos_ in ("NOUN", "PROPN")
        and t.ent_type_ != "ORG"
        for t in clause
    )  # not "the Pension Service": an organisation's name, whom to call
    party = any(  # "the Christmas do, finally", however it is tagged
        t.lower_ == "do"
        and t.i > clause.start
        and t.nbor(-1).pos_ in ("PROPN", "NOUN", "ADJ")
        and (t.i + 1 == clause.end or t.nbor().is_punct)
        for t in clause
    )
    named = named or party
    return named and not any(t.lower_ in IMPERATIVES and t.pos_ == "VERB" for t in clause)


def _someone_else(clause: Any, entities: Sequence[Any]) -> bool:
    """A line of a list that says where someone else is ("Tuesday, Sam's away"), not a task."""
    doc = clause.doc
    i = _content_start(clause)
    who = next((e for e in entities if e.kind == "person" and e.start == i), None)
    if who is None or who.end + 1 >= clause.end:
        return False
    verb, nxt = doc[who.end], doc[who.end + 1]
    return verb.lower_ in ("'s", "is", "was", "has", "'ll", "will") and nxt.pos_ not in (
        "NOUN",
        "PROPN",
        "ADJ",
    )


# A thing to be got to someone by a day, said without a verb: "Deposit to Jo by the 30th",
# "the forms to the school by Friday".
SENT_BY = re.compile(
    r"(?:(?:the|my|our|her|his) )?([A-Za-z]+) to (?:[A-Z][\w'’-]*|the \w+)(?: [A-Z][\w'’-]*)*,?"
    r" by\b"
)


def _dated_command(clause: Any) -> int | None:
    """Where a dated command of a verb no word list holds starts: "so block out that
    morning", "and clear the loft by Friday" (the bare verb, with no subject, heading the
    clause), or None."""
    i = _content_start(clause)
    if i >= clause.end:
        return None
    tok = clause.doc[i]
    if tok.tag_ != "VB" or not tok.is_lower or tok.dep_ in ("xcomp", "aux", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") and c.i >= clause.start for c in tok.children):
        return None  # its own subject; not one the parser hung on it from the clause before
    # what it acts on is a thing named, not "it" or "that" ("so scrap that" drops an idea)
    kids = list(tok.children)
    # (of any tag: "tidy the flat", "upload her step counts" may be read as an adjective or
    # a verb), not a pronoun
    thing = any(
        c.dep_ == "dobj"
        # "pick it up after work", "get a new one Saturday": a command word's "it" is the thing
        and (c.pos_ not in ("PRON", "DET", "NUM") or tok.lemma_.lower() in IMPERATIVES)
        for c in kids
    ) or (
        any(c.dep_ == "prt" for c in kids) and any(c.pos_ == "NOUN" for c in kids)
    )  # "block out that morning"
    # "decide on the catering", "sort out with Sam": a thing named after the verb's preposition
    thing = thing or any(
        c.dep_ == "prep"
        and c.i == i + 1
        and c.lower_ in ("on", "about", "over", "through", "into", "with", "in")
        and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in kids
    )
    return i if thing else None


# Deeds said as under way that are a meeting, a try or a state, not a task: "I'm meeting
# Sam Friday", "I'm going Saturday", "I'm getting the train at ten".
NOT_PLANNED = {"meet", "talk", "speak", "go", "get", "catch", "let", "see", "visit", "look",
               "find", "think", "try", "remember", "move"}  # fmt: skip
# What opens a question or a condition the deed is said inside: "asked what I'm doing on the
# first", "if we're doing it on paper".
ASKED_INSIDE = {"if", "whether", "what", "when", "unless", "whatever"}


def _planned_deed(clause: Any, today: Any) -> int | None:
    """Where the speaker's own deed, said as under way on a day, starts: "I'm writing the
    complaint this weekend", "Wednesday I'm picking up the Lindo kids", "I'm ringing him at
    ten", "we're doing it together Thursday week" (a "we" only with a task said before: "it",
    "that"); or None. The day is the deed's own, said with it or just before it (not "the egg
    hunt, Easter Day after the service, I'm doing the eggs", the hunt's); "it" is a thing
    named before it ("the e-learning, I'm doing it Thursday", not "That's it, I'm chasing it
    today"); a habit ("every Monday") and "I'm not paying it until ..." are none."""
    doc = clause.doc
    if HABIT.search(clause.text):
        return None
    for t in clause:
        if t.tag_ != "VBG" or t.i - 2 < clause.start:
            continue
        lemma = t.lemma_.lower()
        if lemma in NOT_PLANNED or not (lemma in IMPERATIVES or lemma in ("do", "drive")):
            continue
        aux = t.i - 1
        if doc[aux].tag_ == "RB" and aux - 2 >= clause.start:
            if doc[aux].lower_ in NOT_UNDER_WAY:
                continue  # "I'm not chasing anything today", "I'm usually doing the teas"
            aux -= 1  # "I'm definitely ringing her"
        subject = doc[aux - 1]
        me = subject.lower_ == "i" and doc[aux].lower_ in ("'m", "’m", "am")
        it = t.i + 1 < clause.end and doc[t.i + 1].lower_ in ("it", "that", "them")
        us = subject.lower_ == "we" and doc[aux].lower_ in ("'re", "’re", "are") and it
        if not (me or us):
            continue
        if any(w.lower_ in ASKED_INSIDE for w in doc[max(clause.start, aux - 4) : aux - 1]):
            continue  # "she asked what I'm doing on the first"
        if it and not any(w.pos_ in ("NOUN", "PROPN") for w in doc[clause.start : subject.i]):
            continue  # "That's it, I'm chasing it today": what "it" is, unsaid
        own = doc[max(clause.start, subject.i - 2) : clause.end].text
        if find_day(own, today) is None and not CLOCK_SAID.search(own):
            continue  # the day said is someone else's happening's, not the deed's
        return subject.i
    return None


# A clock time said with a deed: "I'm ringing him at ten", "picking her up by half three".
CLOCK_SAID = re.compile(
    r"\b(?:at|by|for|after)\s+(?:half\s+(?:past\s+)?)?(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s*(?:pounds?|quid|people|of|more|%|(?:minute|hour|day|night|week|month|year)s?\b))",
    re.I,
)
# Between "I'm" and its deed, the words that make it no plan: "I'm not chasing anything".
NOT_UNDER_WAY = {"not", "n't", "never", "usually", "always", "still", "normally", "just"}


def _sent_by(clause: Any) -> int | None:
    """Where a verbless line that sends something to someone by a day starts, or None."""
    i = _content_start(clause)
    if i >= clause.end:
        return None
    m = SENT_BY.match(clause.doc.text, clause.doc[i].idx, clause.end_char)
    if m is None:
        return None
    thing = next((t for t in clause if t.idx == m.start(1)), None)
    return i if thing is not None and thing.pos_ in ("NOUN", "PROPN") else None


# A line of a day's list that is a thing for someone, no verb said: "Monday, the minutes for
# Bernie.", "Tuesday: three logo ideas to Sunniva."
LINE_FOR = re.compile(
    r"[\w'’ -]*?(?:\bto|\bfor) (?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?: too)?\W*$"
)


def _line_for_someone(clause: Any, entities: Sequence[Any]) -> int | None:
    """Where a verbless line of a day's list that hands a thing to someone named starts, or
    None: a line that says no verb and ends "to Name" or "for Name" is that task."""
    doc = clause.doc
    i = _content_start(clause)
    if i >= clause.end:
        return None
    verbs = [t for t in doc[i : clause.end] if t.pos_ in ("VERB", "AUX")]
    if verbs and verbs[0].i == i and verbs[0].tag_ in ("VBZ", "VBG"):
        # "Tuesday, accounts from Nuala for Rashid", "Thursday, proofreading for Nina": a
        # first word the tagger read as a verb, with no subject before it, is the thing
        verbs = verbs[1:]
    if verbs:
        return None
    m = LINE_FOR.match(doc.text, doc[i].idx, clause.end_char)
    if m is None:
        return None
    at = m.start("name")
    named = any(e.kind == "person" and doc[e.start].idx == at for e in entities)
    return i if named else None
