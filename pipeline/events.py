"""Events: dated happenings in a memo that are not promises ("the jumble sale is on the 6th").

A clause is an event when it names a date (`dates.find_day`) and a happening: a noun such as
sale, concert, trip or meeting, with the words in front of it as its title ("carol concert",
"board meeting"). Its date is resolved against the recording time, forwards unless the clause
is told in the past ("the quiz was on Friday"); a time of day is kept when said ("at 7pm").
Someone else's dated plan is an event too ("he can come Wednesday morning", "she's going to
send a new pack home on Monday", "Zofia's going to do Wednesday's visit", "Teodora's doing
mornings from tomorrow"): it is not the speaker's promise; how someone is or what they think
("Dad's doing fine", "she's hoping to") is no plan. A date the speaker says as a deadline
("by the 18th") or something that recurs ("every Friday", "Tuesday deliveries") is no event,
but a deadline told as a date ("the deadline's the 28th", "applications close on the 28th")
is. A moved happening is on its new day ("from the 16th to the 18th"), a stretch of days on
its first. A clause that turns out to be a follow-up keeps the happening it
names ("the trip is on the 11th, she needs the form by Friday") or tells with its own subject
and verb ("..., and half term starts on the 15th") but not its own deadline, and
the follow-ups use the events' dates for "before the board meeting". A line of a week said
ahead names its day's happening ("Monday's the physio", "Tuesday Sam's got the plumber
coming"), someone else's happening told in the present is theirs ("she holds her surgery on
Saturday"), and a long unpunctuated run-on sentence that tells two happenings keeps each on its
own day. A day said on its own heads its line ("Monday: PTA meeting at half three, ..."), a
bare happening after a day names it ("Wednesday, course at the college"), happenings listed
with commas each keep their day ("the quiz on Friday, the disco on the 22nd"), and in a long
run-on report a happening said after "and" in the future is still to come.

Someone else's deadline is theirs, a day in the calendar ("Shegz has to email her the forms
by the first", "objections have to be in by the 19th"); so is someone back on a day, an
appointment booked for one, and what a task waits for ("before term starts on the 8th").
What is dated today is kept while it is still to come ("the PTA quiz tonight" said in the
morning). A line of a week said ahead lists its day's happenings without verbs ("Monday, the
engineer between eight and twelve, and the cup semi at eight"). A happening no noun list
holds is named as the subject of being on its day ("the Gymanfa Ganu is Sunday the 20th"),
and a name by its first word too, so the follow-ups' one lookup of the events' titles dates
"before the Gymanfa".

A time of day said alone is today's, for a happening or someone else's plan ("Reuben's
interview is at two", "Yaw's dropping them at five", "Opening day's at two"). Of two days in
a clause the happening's is the one it is booked or moved to ("the letter came Saturday, her
op is booked for Tuesday the 16th") or the one said right after it ("text Ottilie tonight
about the committee meeting on Wednesday the 30th"). What follows a recurrence may be one
day's ("a coffee morning every Wednesday, and a Burns night supper on the 25th"), and someone
else's "will" that night is on the day just dated.

A line without a verb names its happening on the day it says after it ("The plasterer
Tuesday morning", "Nana's op today" said in the morning, "Thursday the MOT"). A day taken back
("Wednesday the 24th, no, sorry, Tuesday, Tuesday the 23rd") is the day put right, also when
the correction cuts the sentence into clauses. The next of a happening on a weekday counted
in the month ("a drop-in on the last Tuesday of the month") is on its day, and "So that's
the thirtieth" after it says that day again. A report before a piece with a subject of its
own ("he's had the letter, his hearing's Friday at ten") does not make that piece past.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from .dates import (
    DAY_BESIDE,
    DEADLINE_WORDS,
    MINUTE_WORDS,
    MOVE_VERB,
    WEEKDAY_NUMBER,
    WEEKDAY_WORDS,
    find_day,
    find_time,
    label_day,
)
from .due import CORRECTION
from .followups.trigger import CORRECTED_AT_END
from .lexicon import EVENT_NEEDS_MODIFIER, EVENT_NOUNS, IMPERATIVES, UMS, first_names

# A list line's day said on its own: "Monday:" before "PTA meeting at half three, ...".
LINE_DAY = re.compile(rf"^\W*({WEEKDAY_WORDS}|today|tomorrow)\W*$", re.I)
LABEL_WORDS = {*WEEKDAY_NUMBER, "today", "tomorrow", "tonight"}
PAST_MARKERS = {"was", "were", "went", "had", "did", "happened", "took"}
# A date said to the day: a weekday, a day of the month, a holiday, tomorrow.
DAY_SAID = re.compile(
    rf"\d|{WEEKDAY_WORDS}|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth|christmas|"
    r"boxing|new year|easter (?:day|sunday|monday)|pancake day|today|tomorrow|tonight|"
    r"this (?:morning|afternoon|evening)|"
    r"(?:week|fortnight) (?:on|today|tomorrow)|this day (?:week|fortnight)|"
    r"\bthe (?:morra|morrow|morn)\b|"
    r"\bin (?:a|one|two|three|four|\d) (?:weeks?|fortnight)\b",  # "it comes in a fortnight"
    re.I,
)
DAY_NUMBER = re.compile(
    r"\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"teenth|tieth",
    re.I,
)
BY = re.compile(rf"(?:{DEADLINE_WORDS})\b", re.I)
# "Once a month, first Wednesday", "every Friday": what recurs is no one dated happening.
RECURS = re.compile(
    r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:day|week|weekend|month|year|fortnight|"
    r"morning|afternoon|evening|night|time|term|season|session|meeting|match|game|class|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|\b(?:once|twice|three times) a\b|"
    r"\b(?:first|second|third|fourth|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day (?:of|in) "
    r"(?:the|each|every) month\b",
    re.I,
)  # not "every coach needs their DBS renewed before the first fixture on Sunday the 20th"
# What recurs on a weekday counted in the month, of which the next is a day in the calendar.
MONTHLY = re.compile(
    r"(?:first|second|third|fourth|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day (?:of|in) "
    r"the month",
    re.I,
)
# Seasons and holidays the NER calls a date that still name an event ("Christmas meal").
DATE_MODIFIERS = {
    "christmas", "easter", "summer", "winter", "spring", "autumn", "halloween", "diwali",
    "eid", "harvest", "bonfire", "valentine", "year", "end",
}  # fmt: skip
# What someone else does for or with the speaker on a day: an event when dated.
COMING = {
    "come", "visit", "arrive", "start", "send", "deliver", "drop", "bring", "post", "ring",
    "call", "phone", "collect", "move", "pick", "drive", "fetch", "go",
}  # fmt: skip
# Someone else's plan told as theirs at the start of a clause: "Zofia's going to do the visit",
# "Piotr's closing the case on Friday", "Teodora's doing mornings from tomorrow" (spaCy often
# reads "Name's doing" as a possessive, so this is read from the words).
PLAN = re.compile(
    r"(?:^|[,;])(?:\W*(?i:oh|and|so|um|er|erm|also|then|but|now|plus)\b)*\W*"
    r"([A-Z][\w-]+(?: [A-Z][\w-]+)?|[Hh]e|[Ss]he|[Tt]hey)(?:['’]s| is| are|['’]re|['’]ll| will)"
    r" (?:(?:also|still|just|now|definitely) )?(?:going to ([a-z]+)|([a-z]+ing)|(off) to|(got))\b"
)
# A line of a week said ahead that names the day's happening: "Monday's the physio",
# "Thursday is the appeal at two", "tomorrow's the big match".
DAYS_HAPPENING = re.compile(
    r"^\W*(?:(?:and|so|then|um|er|oh|right)\W+)*"
    rf"(?:{WEEKDAY_WORDS}|tomorrow)(?:['’]s| is) (?:also |just )?the "
    r"(?P<what>(?:[a-z][\w-]* ){0,2}?"
    r"[a-z][\w-]*)(?=$|\W| (?:at|in|with|for|on|from|and|so)\b)",
    re.I,
)
# An age said on a day, a birthday: "she's ninety-one on Thursday", "seventy next Saturday".
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)"
UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
AGE_ON = re.compile(
    rf"\b(?:{TENS}(?:[- ]{UNITS})?|\d{{2,3}})(?: years old)? (?:on|next|this) "
    rf"(?:{WEEKDAY_WORDS}|week|the)\b",
    re.I,
)
# "that Sunday": the weekday of the day just dated.
THAT_WEEKDAY = re.compile(rf"\bthat ({WEEKDAY_WORDS})\b", re.I)
# "on the night", "on the day": the day of the happening just dated.
THAT_DAY = re.compile(r"\b(?:on the (?:night|day)|that (?:night|evening|day))\b", re.I)
# Capitalised words at the start of a sentence that are nobody: "It's going to rain on Friday".
NOT_SOMEONE = {
    "It", "That", "This", "There", "Here", "What", "Which", "Who", "Nothing", "Everything",
}  # fmt: skip
# What such a sentence says about a state of mind or health, not a happening on the day.
NOT_PLANS = {
    "be", "have", "need", "want", "like", "love", "hate", "think", "hope", "wonder", "say",
    "feel", "look", "worry", "try", "ask", "tell", "get", "mind", "hoping", "thinking",
    "wondering", "saying", "feeling", "looking", "worrying", "trying", "asking", "telling",
    "wanting", "getting", "having", "being", "struggling", "expecting", "planning",
}  # fmt: skip
# "Dad's doing fine", "she's doing better": how someone is.
DOING_WELL = {"fine", "well", "ok", "okay", "better", "worse", "great", "alright", "brilliant"}
# Words that name a happening only after a word that says which, and only here (as a task's
# verb elsewhere they are no happening): "the Christmas do", "Dad's blood pressure check".
NAMED_AFTER = {"do", "check", "final", "practice"}
TITLE_SKIP = {
    "ADV",
    "INTJ",
    "DET",
    "PRON",
    "NUM",
    "ADP",
    "PUNCT",
    "CCONJ",
    "PART",
    "AUX",
    "VERB",
    "SPACE",
}


@dataclass(frozen=True)
class FoundEvent:
    text: str
    date: dt.date
    time: str | None
    title: str
    start_char: int
    # Whether the clause names the happening ("carol concert") or says it with a subject and
    # verb of its own ("half term starts on the 15th"); a title made from the words before the
    # date of a promise ("ring Sam on the 25th") is not, and a follow-up's clause keeps no such
    # event.
    named: bool = True
    # Whether the title is the name said as the subject of being on the day ("the Gymanfa Ganu
    # is Sunday the 20th"), which its first word also says ("before the Gymanfa").
    as_name: bool = False


# Last words of a happening named for its day: "sports day", "open day", "quiz night".
DAY_ENDS = {"day", "days", "night", "evening", "morning", "afternoon", "week", "weekend"}


def _named_day(w: Any) -> bool:
    """Whether `w` lies in what the NER took for a date but is a happening named for its day
    ("Tamsin's sports day", "the fun day"): a kind of happening said before its last word,
    whatever the NER guessed."""
    ent = next((e for e in w.doc.ents if e.start <= w.i < e.end), None)
    if ent is None or len(ent) < 2 or ent[-1].lower_ not in DAY_ENDS:
        return False
    return all(t.is_alpha and t.is_lower for t in ent) and any(
        t.lower_ in EVENT_NOUNS - DAY_ENDS for t in ent[:-1]
    )  # not "day after day"


def title_of(clause: Any) -> str | None:
    """The happening a clause names ("carol concert"), or None."""
    for t in clause:
        noun, i = _hyphened(t, clause.start)
        if noun not in EVENT_NOUNS | NAMED_AFTER or not (
            t.pos_ in ("NOUN", "PROPN")
            or _noun_read_as_verb(t)
            # "the bus drop-in": a particle ends it; not "a catch-up session", the session's
            or (
                "-" in noun
                and t.pos_ in ("ADP", "ADV")
                and (
                    t.i + 1 == len(t.doc)
                    or t.nbor().pos_ not in ("NOUN", "PROPN")
                    or t.nbor().ent_type_ in ("DATE", "TIME")
                )
            )
        ):
            continue
        if t.dep_ == "compound" and t.head.i > t.i:
            continue  # "opening hours" is not an opening
        if t.pos_ == "PROPN" and t.ent_type_ == "DATE":
            continue  # "wait till March": the month, not a march
        words: list[str] = []
        while i >= clause.start and len(words) < 3:
            w = clause.doc[i]
            owner = clause.doc[i - 1] if i > clause.start else None
            if w.tag_ == "POS" and owner is not None and owner.pos_ in ("NOUN", "PROPN"):
                if owner.ent_type_ == "DATE":
                    break  # "Wednesday's visit": the day, not the happening's name
                words.insert(0, owner.lower_ + w.text)  # "parents' evening", "Dad's review"
                i -= 2
                continue
            word, before = _hyphened(w, clause.start)
            if "-" in word and w.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                words.insert(0, word)  # "catch-up session", "fun-run day"
                i = before
                continue
            first_aid = w.lower_ == "first" and clause.doc[w.i + 1].lower_ == "aid"
            if (w.pos_ in TITLE_SKIP or w.ent_type_ in ("TIME", "CARDINAL", "ORDINAL")) and not (
                first_aid
            ):
                break
            if w.ent_type_ == "DATE" and w.lower_ not in DATE_MODIFIERS and not _named_day(w):
                break
            if not (w.is_alpha or (w.text.isalnum() and w.pos_ == "PROPN")) and w.text != "-":
                break  # a name in letters and digits is one: "U3A walk"
            words.insert(0, w.lower_)
            i -= 1
        labelled = (
            i > clause.start
            and clause.doc[i].text in (",", ":")
            and clause.doc[i - 1].lower_ in LABEL_WORDS
        )  # "Wednesday, course at the college": a line of the week names its happening
        # "he's got his review with the consultant on the 13th": someone's own, had or on a day
        owned = (
            i >= clause.start
            and clause.doc[i].tag_ == "PRP$"
            and (t.dep_ in ("nsubj", "nsubjpass") or t.head.lemma_ in ("have", "get", "be"))
        )
        if noun in EVENT_NEEDS_MODIFIER and not words and not labelled and not owned:
            continue
        if noun in NAMED_AFTER and (not words or t.ent_type_ == "ORG"):
            continue
        return " ".join([*words, noun])
    return None


def _noun_read_as_verb(t: Any) -> bool:
    """A happening's noun parsed as a verb in a list without verbs: "Two, BMA meeting Tuesday
    before the shift" (no subject, no auxiliary, a name in front); not "I'm meeting Sam"."""
    before = t.doc[t.i - 1] if t.i else None
    return (
        t.tag_ == "VBG"
        and before is not None
        and before.text[:1].isupper()
        and before.pos_ not in ("PRON", "AUX", "VERB")
        and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in t.children)
    )


def _hyphened(t: Any, start: int) -> tuple[str, int]:
    """The word a token ends, joined over hyphens as it was written ("drop-in", "catch-up",
    which the tokenizer splits), and the index of the token before it."""
    word, i = t.lower_, t.i - 1
    doc = t.doc
    while i - 1 >= start and doc[i].text == "-" and not doc[i].whitespace_:
        if doc[i - 1].whitespace_ or not doc[i - 1].is_alpha:
            break
        word, i = f"{doc[i - 1].lower_}-{word}", i - 2
    return word, i


def find(clauses: Iterable[Any], recorded_at: dt.datetime) -> list[FoundEvent]:
    """Every clause that dates a happening (follow-ups included; the caller drops those).

    A happening is named ("the jumble sale is Saturday the 14th") or, without a name, has a
    day of the month ("Sam is coming on the twenty-fifth at ten"). Only what is still to
    come is kept: a report of this morning is not a calendar entry, nor is a deadline.
    """
    today = recorded_at.date()
    found: list[FoundEvent] = []
    line_day: dt.date | None = None  # "Monday: PTA meeting at half three, ...": the line's day
    said = ""
    spans = list(clauses)
    taken = 0  # the clauses a self-correction before them has taken in
    for n, whole in enumerate(spans):
        if n < taken:
            continue
        whole, taken = _put_right(spans, n, today)
        if re.search(r"[.!?]\W*$", said):
            line_day = None  # a full stop ends the line
        said = whole.text.strip()
        if label := LINE_DAY.match(said):
            line_day = label_day(label[1], today)
            continue
        if listed := _day_line(whole, today, line_day if _label_before(whole) else None):
            found.extend(listed)
            continue
        for clause in _stretches(whole, today):
            event = _event(clause, recorded_at, found, line_day)
            if event is None or _said_again(event, found):
                continue
            if any(
                (e.title, e.date) == (event.title, event.date) and e.start_char >= whole.start_char
                for e in found
            ):
                continue  # the clause and a stretch of it tell the one happening
            found.append(event)
    return found


# What opens a clause that puts right the day said before it: "no, sorry, | Tuesday".
PUTTING_RIGHT = re.compile(r"^\W*(?:(?:no|sorry|actually|i mean|um|er|erm|wait)\b\W*)*", re.I)


def _put_right(spans: list[Any], n: int, today: dt.date) -> tuple[Any, int]:
    """A clause whose day is taken back at its end, with the clauses after it in its
    sentence that say the day meant ("The inspection is Wednesday the 22nd, no, | Tuesday, |
    Tuesday the 21st, two days"), as one clause, and the index of the next clause."""
    clause = spans[n]
    m = n + 1
    if CORRECTED_AT_END.search(clause.text) and find_day(clause.text, today):
        while m < len(spans) and spans[m].sent.start == clause.sent.start:
            words = spans[m].text[PUTTING_RIGHT.match(spans[m].text).end() :]
            said = find_day(words, today)
            if said is None or not words.lower().startswith(said[1].lower()):
                break
            m += 1
    if m == n + 1:
        return clause, m
    return clause.doc[clause.start : spans[m - 1].end], m


# "So that's the twenty-ninth": the day of what was just told, said again.
THAT_IS = re.compile(
    r"^\W*(?:(?:so|and|right|ok|okay|um|er)\W+)*(?:that|it)(?:['’]s| is| will be| would be)\b",
    re.I,
)


def _days_in(text: str, today: dt.date) -> list[tuple[dt.date, str]]:
    """Every date said in a text, in order."""
    out = []
    while text and (day := find_day(text, today)):
        out.append(day)
        text = text[text.find(day[1]) + len(day[1]) :]
    return out


def _said_again(event: FoundEvent, found: list[FoundEvent]) -> bool:
    """Whether a clause only says again the day of the happening told just before it: "does
    a drop-in on the last Tuesday of the month. So that's the twenty-ninth"."""
    return (
        not event.named
        and bool(found)
        and found[-1].date == event.date
        and THAT_IS.match(event.text) is not None
    )


# A line of a week said ahead, opened by its day: "Monday at nine, Ranjit and Mam".
DAY_HEAD = re.compile(
    rf"^\W*(?:(?:and|then|so|right|oh)\W+)*({WEEKDAY_WORDS}|tomorrow)"
    r"(?: (?:morning|afternoon|evening|night))?(?: at [\w ]{1,20}?)?"
    # "Monday's busy, the walk at half eight, the physio at two": the day, how full it is
    r"(?:(?:['’]s| is)(?: going to be| gonna be)? (?:a )?(?:busy|mad|mental|manic|hectic"
    r"|packed|full|rammed|crazy|nightmare|heavy|long)(?: one| day)?)?\s*[,:]",
    re.I,
)
LIST_FILLERS = {"and", "um", "er", "also", "then", "plus", "oh"}
NOTHING_ON = {"nothing", "free", "off", "none", "nowt", "clear"}


def _label_before(whole: Any) -> bool:
    """Whether the clause just before this one is its line's day alone ("Tomorrow:")."""
    doc = whole.doc
    return whole.start > 0 and doc[whole.start - 1].text in (":", ",", "-")


def _day_line(whole: Any, today: dt.date, labelled: dt.date | None = None) -> list[FoundEvent]:
    """The happenings a line of a week said ahead lists after its day, each on that day: a
    piece between commas with no verb ("Monday, the engineer between eight and twelve, and
    the cup semi at eight", "Thursday: Dad's operation"), or what someone else does then
    ("Tomorrow: Mum home at eleven, the Ashfield job starts"). A piece with a verb of the
    speaker's is a task or a happening told in full, left to the rest; "Tuesday, nothing"
    lists none. `labelled`: the day of a label cut off as a clause of its own ("Tomorrow:")."""
    m = DAY_HEAD.match(whole.text)
    if labelled is not None:
        day, after, head = labelled, whole.start_char - 1, ""
    elif m is None:
        return []
    else:
        day, after, head = label_day(m[1], today), whole.start_char + m.end() - 1, m[0]
    if day <= today:
        return []
    doc = whole.doc
    # the comma (or colon) that ends the day
    cuts = [t.i for t in whole if t.text in ",;:" and t.idx >= after]
    if labelled is not None:
        cuts = [whole.start - 1, *cuts]
    pieces = [doc[a + 1 : b] for a, b in pairwise([*cuts, whole.end]) if b > a + 1]
    out: list[FoundEvent] = []
    for piece in pieces:
        piece = _before_if_i(piece)  # "then Evie's party at two if I can": the party
        words = [t.lower_ for t in piece if t.is_alpha and t.lower_ not in LIST_FILLERS]
        if words and words[0] in NOTHING_ON:
            return []  # "Tuesday, nothing, hallelujah"
        if not words or words[0] in IMPERATIVES:
            continue  # "Monday morning, ring Habib": a task, however it is tagged
        if words[0] in TURNS or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("i", "we") for t in piece
        ):
            break  # "so I've swapped my visit, she's on my team": the line turns to the speaker
        theirs = _doing_of_theirs(piece)
        when = find_time(piece.text, bare=True)
        if out and (
            (
                (when or any(t.ent_type_ in ("TIME", "CARDINAL") for t in piece))
                and not any(
                    t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME", "CARDINAL")
                    for t in piece
                )
            )
            or (words[0] in ("with", "at", "in") and piece[0].pos_ == "ADP")
        ):  # "Tuesday: parents' evening at the school, ten to five, with Mrs Ash": the last
            # one's time and company
            last = out[-1]
            text = doc.text[last.start_char : piece.end_char].strip(" ,")
            out[-1] = replace(last, text=text, time=last.time or when)
            continue
        if not theirs and (
            # "Wednesday: ESOL speaking exam": a verb that only says which exam is none
            any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in piece)
            or not any(
                t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") for t in piece
            )
        ):
            continue
        first = not out
        said = doc[whole.start : piece.end] if first else piece
        time = find_time(piece.text, bare=True) or (find_time(head) if first else None)
        title = (
            " ".join(t.text for t in piece if t.lower_ not in LIST_FILLERS and not t.is_punct)
            if theirs
            else title_of(piece) or _listed_title(piece)
        )
        out.append(FoundEvent(said.text.strip(" ,"), day, time, title, said.start_char))
    return out


TURNS = {"so", "because", "but", "which", "though", "otherwise"}


def _before_if_i(piece: Any) -> Any:
    """A listed happening without the speaker's condition on going that ends it: "then Evie's
    party at the holiday club at two | if I can", "the school play at two | if I can get
    off"."""
    for t in piece:
        if t.lower_ in ("if", "unless") and t.i > piece.start and t.dep_ == "mark":
            subject = [c for c in t.head.children if c.dep_ == "nsubj"]
            if subject and subject[0].lower_ in ("i", "we"):
                return piece.doc[piece.start : t.i]
    return piece


NOT_DOINGS = {"be", "have", "get", "need", "want", "think", "hope", "say", "seem"}


def _doing_of_theirs(piece: Any) -> bool:
    """Whether a piece of a day's line tells what someone else does that day, now or to
    come: "Felix starts his sessions with Mrs Achterberg", "Fiona is visiting at two"."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() not in NOT_DOINGS
        and t.tag_ not in ("VBD", "VBN")
        and any(
            c.dep_ == "nsubj" and c.lower_ not in SPEAKER_OR_THING and c.pos_ in ("PROPN", "NOUN")
            for c in t.children
        )
        for t in piece
    )


def _listed_title(piece: Any) -> str:
    """A listed happening's words up to where and when ("the engineer between eight and
    twelve" is the engineer's)."""
    words = []
    for t in piece:
        if t.pos_ == "ADP" or t.ent_type_ in ("TIME", "CARDINAL", "DATE") or t.is_punct:
            if words:
                break
            continue
        if t.pos_ == "DET" or (t.lower_ in LIST_FILLERS and not words):
            continue
        word = t.text if t.pos_ == "PROPN" else t.lower_
        if words and (t.tag_ == "POS" or t.text[:1] in ("'", "’")):
            words[-1] += word  # "Sam's birthday"
        else:
            words.append(word)
    return " ".join(words) or piece.text.strip()


def _event(
    clause: Any,
    now: dt.datetime,
    found: list[FoundEvent],
    line_day: dt.date | None = None,
) -> FoundEvent | None:
    """The happening one clause dates, or None; a named one with no day of its own is on
    `line_day`, the day its list line opened with."""
    today = now.date()
    text = clause.text.strip()
    # "Got an appointment on Tuesday the 18th at half ten, at the Civic Offices?": the doubt
    # is in the last piece, not about the day; "is the quiz on Friday?" asks about it
    tail = text.rsplit(",", 1)
    asked = text.endswith("?") and (len(tail) == 1 or find_day(tail[1], today) is not None)
    if (recurs := RECURS.search(text)) and not asked:
        # "a coffee morning every Wednesday, and a Burns night supper on the 25th", "a surgery
        # on the first Saturday of the month, the next one's the 6th of July": what is told
        # after what recurs may be one day's
        cut = [t.i for t in clause if t.text in ",;" and t.idx >= clause.start_char + recurs.end()]
        tail = clause.doc[cut[0] + 1 : clause.end] if cut and cut[0] + 1 < clause.end else None
        if tail is not None and (
            title_of(tail) or any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in tail)
        ):  # not "the quiz is every Friday, from the 20th": when it starts recurring; "...
            # three times a day, and there's a check-up on the 4th" is one day's
            told = _event(tail, now, found, line_day)
            if told is not None or find_day(tail.text, today) is not None:
                return told
        rest = clause.doc[clause.end : clause.sent.end].text
        if (
            not MONTHLY.fullmatch(recurs[0])
            or RECURS.search(text, recurs.end())
            or find_day(rest, today) is not None
        ):  # "..., the next one's the 6th of July": that day, told in its own piece
            return None
        # "a drop-in at the library on the last Tuesday of the month": the next one is a day
    if not text or asked or DAY_BESIDE.search(text):
        # a day told by another happening ("the Friday before the party") dates nothing here
        return None
    title = title_of(clause) or _there_is(clause)
    heading = _heading(clause, today, now.hour)
    if title is None:
        title = heading
    elif heading is not None:
        heading = ""  # named by the nouns of happenings, told as a heading
    if title is None and (line := DAYS_HAPPENING.match(text)):
        what = line["what"].lower()
        if not DAY_NUMBER.match(what) and what.split()[0] not in ("same", "day", "last"):
            title = what  # "Monday's the physio": the happening is named
    # "had a notice out: the fun run is Sunday the 25th": the tense after a colon
    told = [t for t in clause if t.text == ":"]
    first_day = _day_said(text, today, False, title)
    told_in = _day_piece(clause, first_day)
    if told_in.start > clause.start and (own_title := title_of(told_in)):
        title = own_title  # "one of our drivers on C shift, | his hearing's Friday": the hearing
    past = any(
        t.lower_ in PAST_MARKERS
        for t in _before_aside(told_in, first_day)
        if not told or t.i > told[-1].i
    )
    if past and sum(t.is_alpha for t in clause) >= RUN_ON_WORDS:
        past = _past_before_day(clause, text, today)
    if past and title is not None and _spoken_about(text, title, today):
        past = False  # "went in about the winter camp on the 23rd": the camp is to come
    day = _day_said(text, today, past, title)
    if (
        day is not None
        and (that := THAT_WEEKDAY.search(text))
        and that[1].lower() in day[1].lower()
        and not any(t.dep_ == "nsubj" and t.lower_ in ("i", "we") for t in clause)
    ):  # not "I need to ask for that Saturday off": the speaker's, the follow-ups' to date
        # "I'm on my own till the twentieth, he gets back that Sunday": the day just dated
        before = [d for d, _ in _days_in(text[: that.start()], today)]
        said = next((d for d in reversed([*(e.date for e in found), *before]) if d >= today), None)
        if said is not None and said.weekday() == WEEKDAY_NUMBER[that[1].lower()]:
            day = (said, day[1])
    if day is None and line_day is not None and title is not None and not past:
        day = (line_day, "")
    coming = _someone_coming(clause) or _their_plan(clause)
    their_then = False
    if day is None and found and (coming or _their_future(clause)) and THAT_DAY.search(text):
        # "the concert is Saturday the 24th ... Teddy's going to drive me on the night",
        # "... Gwen said she'll have Zosia at hers that night"
        their_then = True
        day = (found[-1].date, THAT_DAY.search(text)[0])
    at_clock = None
    if day is None and not past and (clock := CLOCK_TODAY.search(text)):
        # "Reuben's interview is at two", "Yaw's dropping them at five", "a doctor will ring
        # her back after two": a time of day alone is today's
        at_clock = BEING_AT.search(text[: clock.start()])  # "Opening day's at two"
        if title or coming or at_clock or _own_verb(clause, clock[0], present=True):
            day = (today, clock[0])
    clock_only = day is not None and CLOCK_TODAY.fullmatch(day[1]) is not None
    if (
        day is None
        or day[0] < today
        or (
            day[0] == today
            and (past or not _later_today(day[1], clause, now, title))
            and not (heading is not None and now.hour < NOON and day[1].lower() == "today")
        )  # "Nana's op today" said at half six: the day ahead
    ):
        return None
    as_name = False
    # "the plumber comes tomorrow, no, tonight": named before the day taken back
    named_at = day[1]
    if day[1] and CORRECTION.search(text) and (first := find_day(text, today, future=not past)):
        named_at = first[1] if text.find(first[1]) < text.find(day[1]) else day[1]
    later = title is not None and text.lower().find(title.split()[-1]) > text.find(named_at)
    if (title is None or later) and (being := _named_by_being(clause, named_at)):
        # "the Gymanfa Ganu is Sunday the 20th, and ... the forum for Thursday": what is
        # on the day is named before it
        title, as_name = being, True
    # a heading's words name what it is, not what kind of happening: a follow-up said in
    # them on the day ("Friday the readings to Doctor Halloran") is no event too
    named = title is not None and title != heading
    deadline = BY.match(day[1]) and _their_deadline(clause, day[1])
    if BY.match(day[1]) and not coming and not deadline:
        return None  # "a summary by the 18th" is a deadline; "she'll come by Monday" is not
    if title is None:
        age = AGE_ON.search(text)
        theirs = not re.match(r"(?:since|from|after|until|till)\b", day[1], re.I) and _own_verb(
            clause, day[1], present=True
        )  # "she holds a surgery on Saturday"; not "he's doing better since Monday"
        before = text[: max(text.find(day[1]), 0)]
        booked = BOOKED.search(before)
        on_day_number = not clock_only and DAY_NUMBER.search(day[1])
        if not (
            coming or their_then or age or theirs or booked or at_clock or deadline or on_day_number
        ):
            return None
        title = _short(clause, named_at)
        named = bool(age or booked or at_clock) or _own_verb(clause, day[1])
        if at_clock:  # "Opening day's at two": what is at two
            title = " ".join(
                [*text[: at_clock.start()].split()[-3:], re.split(r"['’\s]", at_clock[0])[0]]
            )
        if then := TOLD_AFTER.search(before):
            title, named = then[1], True  # "... before term starts on the 8th": term starts
    time = find_time(text) or (find_time(day[1], bare=True) if CLOCK_TODAY.match(day[1]) else None)
    return FoundEvent(text, day[0], time, title, clause.start_char, named, as_name)


NOON = 12
# Words that open a heading without saying anything: "Right, the plasterer Tuesday morning".
OPENERS = LIST_FILLERS | UMS | {
    "right", "ok", "okay", "so", "well", "anyway", "now", "honestly", "basically",
}  # fmt: skip
# What a heading without a verb names on its day is no happening: "Lovely day on Sunday".
NOT_HEADINGS = {
    "day", "days", "time", "week", "weekend", "news", "night", "morning", "afternoon",
    "evening", "one", "lot", "bit", "everything", "nothing", "today", "tomorrow",
}  # fmt: skip


# A deadline said without "by": "that's due", "applications close on the 28th".
DUE_OR_CLOSE = re.compile(r"\b(?:due|close|closes)\b", re.I)


def _heading(clause: Any, today: dt.date, now_hour: int = 0) -> str | None:
    """What a clause without a verb names on a day it says, a line of a week said ahead
    with the day after its happening: "The plasterer Tuesday morning", "Cosmo's grading
    thing Friday", "Nana's op today" (said in the morning), "Grandad's bloods on Friday, Ravi
    can take him", "Meeting with Dilys at three today", "Thursday the MOT". The words up to
    the day (or to where and with whom) name it. Not a task ("Timesheets by Monday", "Ring Sam
    Friday", "the figures, that's due"), a verdict ("Gorgeous weather Sunday, we went up the
    hill", "Choir tonight, lovely" said at night), a place ("At the allotment this morning")
    nor a stretch ("Dentist next week")."""
    cuts = [clause.start - 1, *(t.i for t in clause if t.text in ",;:"), clause.end]
    # the first piece that says something: not "Right, | the plasterer Tuesday morning"
    pieces = (clause.doc[a + 1 : b] for a, b in pairwise(cuts))
    piece = next(
        (p for p in pieces if any(t.is_alpha and t.lower_ not in OPENERS for t in p)), None
    )
    if piece is None:
        return None
    words = [t for t in piece if t.is_alpha and t.lower_ not in OPENERS]
    said = find_day(piece.text, today)
    if not words or said is None or not DAY_SAID.search(said[1]) or BY.match(said[1]):
        return None
    if re.match(r"(?:since|from|after|until|till|in)\b", said[1], re.I):
        return None
    first = words[0]
    lead = (
        first.tag_ == "VBG"
        and first.lower_ in EVENT_NOUNS
        and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in first.children)
    )  # "Meeting with Dilys at three": the happening's noun read as a verb
    if any(
        (t.pos_ in ("VERB", "AUX") and not (lead and t.i == first.i))
        or t.lower_ in TELLING | PAST_MARKERS
        or (t.dep_ == "ROOT" and t.pos_ == "PROPN" and t.text.islower())
        or (
            t.lower_ in ("'s", "’s")
            and t.i + 1 < len(t.doc)
            and t.nbor().pos_ not in ("NOUN", "PROPN", "ADJ")
            and t.nbor().lower_ != "on"  # "the tombola's on at the school all day today"
        )
        for t in piece
    ):  # "Leopold rang on Monday", "JoJo's at the Demirs'": a verb, however it is tagged
        return None
    if DUE_OR_CLOSE.search(clause.text):
        return None  # "Applications close on the 28th", "the summary, that's due": a deadline
    if said[0] == today:
        if said[1].lower() in ("tonight", "this evening") and now_hour >= EVENING:
            return None  # "Choir tonight, um, lovely, my voice held up" said at night: a report
    elif any(t.tag_ == "VBD" and t.lower_ not in TELLING for t in clause):
        return None  # "Gorgeous weather Sunday, we went up the hill": gone
    if first.lower_ in IMPERATIVES or first.pos_ in ("ADJ", "PRON", "ADV", "INTJ", "NUM", "ADP"):
        return None  # not "At the shed this morning": where the speaker was
    at = piece.start_char + piece.text.find(said[1])
    if lead:
        return first.lower_
    before = [t for t in words if t.idx < at]
    after = [t for t in piece if t.idx >= at + len(said[1])]
    # "Friday the MOT", "Wednesday Mum's physio at two": the day first, then its happening
    ahead = not before and after and after[0].pos_ in ("DET", "PROPN", "NOUN")
    named = [
        t
        for t in (after if ahead else piece)
        if (ahead or t.idx < at)
        and t.pos_ in ("NOUN", "PROPN")
        and t.ent_type_ not in ("DATE", "TIME")
    ]
    if (
        not named
        or named[-1].lower_ in NOT_HEADINGS
        or (named[-1].lower_ in ("thing", "stuff") and len(named) == 1)
        or (named[0].ent_type_ == "PERSON" and len(named) == 1)
    ):
        return None  # "Sam Tuesday": whom, not what; "the thing Tuesday": what, unsaid
    if ahead:
        return _listed_title(clause.doc[after[0].i : piece.end]) or None
    return _listed_title(clause.doc[piece.start : named[-1].i + 1]) or None


# An appointment made for a day, whoever made it: "she's booked Rhi into the unit on Monday",
# "she's booked in on Monday", "Hilary's arranged for the councillor to walk the field".
BOOKED = re.compile(r"\b(?:booked|arranged|scheduled|pencilled)\b", re.I)
# A happening told with its own subject and verb after "before" or "until" in a task:
# "get him a calculator before term starts on the 8th".
TOLD_AFTER = re.compile(
    r"\b(?:before|until|till|when|once) ((?:the |our |my |his |her |their )?(?:[a-z][\w'’-]* )"
    r"{1,3}?(?:starts|begins|opens|finishes|ends|closes|arrives|comes|returns)) "
    r"(?:on |at )?$",
    re.I,
)


# A time of day said alone, and the words that show it is one ("at two, so", "after 3pm.");
# not "at one point", "after two weeks".
CLOCK_TODAY = re.compile(
    r"\b(?:at|after|from)\s+(?:half\s+(?:past\s+)?)?(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|"
    rf"five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:{MINUTE_WORDS}))?"
    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock))?"
    r"(?=\s*(?:$|[.,;:!?]|(?:so|and|then|but|in|at|with|for|this|if|i|we|he|she|they|sharp|"
    r"ish|latest|anyway)\b))",
    re.I,
)  # "the asthma review at nine ten with the nurse", "the opening meeting at ten anyway"
# What is at a time, said as the subject of being: "Opening day's at two", "kick-off is at
# three"; not "she's at two" nor "that's at two".
BEING_AT = re.compile(
    r"\b(?!(?:he|she|it|that|this|there|what|who|which|i|we|they|you|everything)\b)"
    r"[\w-]+(?:['’]s|\s+is|\s+will\s+be)\s*$",
    re.I,
)
# A happening of the evening or night, still to come when said in the day.
NIGHT_TITLE = re.compile(r"\b(?:nights?|evening|supper|dinner|lates)$", re.I)
# By this hour the evening's happening has begun or been: "the meeting tonight" is a report.
EVENING_UNDER_WAY = 20
EVENING = 18
PART_OF_TODAY = re.compile(r"\b(?:tonight|this (morning|afternoon|evening)|later)\b", re.I)
# Past verbs that tell what was said, not what happened: "the receptionist said he'll ring".
TELLING = {
    "said", "told", "texted", "emailed", "messaged", "wrote", "rang", "phoned", "called", "asked",
}  # fmt: skip


NOT_THERE = {"lot", "problem", "issue", "chance", "way", "time", "nothing"}


def _there_is(clause: Any) -> str | None:
    """The happening a clause says there is on a day ("There's mass at St Agnes's at half
    seven tonight", "there's a parade on the Friday"): what "there's" opens with."""
    for t in clause:
        if t.dep_ != "expl" or t.head.lemma_ != "be" or t.i - clause.start > 2:
            continue
        for c in t.head.children:
            if (
                c.dep_ in ("attr", "nsubj")
                and c.pos_ == "NOUN"
                and c.lower_ not in NOT_THERE | NOT_HAPPENINGS
            ):
                mods = [m.lower_ for m in c.children if m.dep_ == "compound" and m.i < c.i]
                return " ".join([*mods, c.lower_])
    return None


def _before_aside(clause: Any, day: tuple[dt.date, str] | str | None) -> Any:
    """A clause up to an aside told in its own words after its day ("Dad's GP appointment is
    Monday at nine, | she's been at the surgery since I was at school"; "the parade is this
    morning, | Clo made him an outfit"): a piece after a comma past the day, with a subject
    of its own. Its tense says nothing of the happening. The whole clause when there is none."""
    words = day[1] if isinstance(day, tuple) else day
    at = clause.text.find(words) if words else -1
    if at < 0:
        return clause
    end = clause.start_char + at + len(words)
    cuts = [t.i for t in clause if t.text in ",;" and t.idx >= end]
    for a, b in pairwise([*cuts, clause.end]):
        if any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in clause.doc[a + 1 : b]):
            return clause.doc[clause.start : a]
    return clause


def _day_piece(clause: Any, day: tuple[dt.date, str] | None) -> Any:
    """A clause from the start of the piece between commas that says its day, when that
    piece tells it with a subject of its own: "he's had the letter, | his disciplinary
    hearing's Friday at ten", "Lowri rang while we were in the car, the OT, | she's coming
    Friday at two". What was reported before it says nothing of the happening's tense."""
    at = clause.text.find(day[1]) if day else -1
    if at < 0:
        return clause
    start = clause.start_char + at
    cuts = [t.i for t in clause if t.text in ",;" and t.idx < start]
    if not cuts:
        return clause
    piece = clause.doc[cuts[-1] + 1 : clause.end]
    own = any(
        (t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i >= piece.start)
        or (t.lower_ in ("'s", "’s", "is") and t.i + 1 < piece.end and t.nbor().idx == start)
        for t in piece
        if t.idx < start
    )  # "his hearing's Friday": being on the day, however it is parsed
    return piece if own else clause


def _later_today(words: str, clause: Any, now: dt.datetime, title: str | None = None) -> bool:
    """Whether what a clause dates today is still to come when the memo is recorded: "the PTA
    quiz tonight", "her catch-up is this afternoon" said in the morning, "he'll phone back
    after 2 today" said at eight; not a report ("netball match this afternoon, we won")."""
    if any(t.tag_ == "VBD" and t.lower_ not in TELLING for t in _before_aside(clause, words)):
        return False
    if now.hour >= EVENING and not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return False  # "Chapel committee tonight at the chapel." said at night: a heading
    said = find_time(clause.text) or (
        find_time(words, bare=True) if CLOCK_TODAY.match(words) else None
    )
    if said is not None:
        return said > now.strftime("%H:%M")
    if title and NIGHT_TITLE.search(title) and now.hour < EVENING:
        return True  # "I'm on nights the 11th, 12th and 13th" said on the 11th's morning
    part = PART_OF_TODAY.search(words)
    if part is None:
        return False
    # "the parade is this morning" said at eight; the afternoon till noon; the evening till late
    until = {"morning": 10, "afternoon": 12}.get((part[1] or "").lower(), EVENING_UNDER_WAY)
    return now.hour < until


# "The Gymanfa Ganu is Sunday the 20th", "the Urdd Eisteddfod's on the 3rd": the subject of
# being on a day names a happening no list of nouns holds.
BEING_ON = re.compile(
    r"\bthe ((?:[\w'’-]+ ){0,2}[\w'’-]+?)(?: (?:at|in) [\w'’ -]{1,30}?)?"
    r"(?: is|['’]s| will be)(?: on)? $",
    re.I,
)
NOT_HAPPENINGS = {"one", "day", "date", "first", "last", "next", "plan", "idea", "thing", "rest"}


def _a_name_after_the(tokens: list[Any]) -> bool:
    """Whether capitalised words said after "the" are a happening's name the NER may take
    for someone ("the Cymanfa Ganu is Sunday"): no listed first name among them, and not
    one word alone ("the Smiths")."""
    return len(tokens) > 1 and all(
        t.is_title and t.is_alpha and t.lower_ not in first_names() for t in tokens
    )


def _named_by_being(clause: Any, date_words: str) -> str | None:
    """The happening named as the subject of being on the day ("the Gymanfa Ganu is Sunday
    the 20th"), as said: a person, a pronoun or "the plan" names none."""
    at = clause.text.find(date_words)
    if at < 0 or not (m := BEING_ON.search(clause.text[:at])):
        return None
    words = m[1].split()
    start = clause.start_char + m.start(1)
    tokens = [t for t in clause if start <= t.idx < start + len(m[1])]
    the = tokens[0].i - 1 if tokens else clause.start
    if the > clause.start and clause.doc[the - 1].pos_ == "ADP":
        return None  # "the deadline for the fund is the 30th": the fund is not what is on it
    if (
        not tokens
        or words[-1].lower() in NOT_HAPPENINGS
        or any(
            (t.ent_type_ == "PERSON" and not _a_name_after_the(tokens))
            or t.ent_type_ in ("DATE", "TIME")
            or t.pos_ in ("PRON", "NUM", "VERB", "ADJ")
            for t in tokens
        )
    ):
        return None
    return m[1] if all(w[:1].isupper() for w in words) else m[1].lower()  # "Gymanfa Ganu"


def _their_deadline(clause: Any, date_words: str) -> bool:
    """A deadline someone else has to meet: "Shegz has to email her the forms by the first",
    "objections have to be in by the 19th", "he'll have it done by the 29th"; not the
    speaker's ("I need to send it by Friday", "I'll sort the raffle prizes out by
    Wednesday", however the words are parsed) nor one asked of the speaker ("Sam asked me to
    send it by Friday", "email Sam by Friday")."""
    at = clause.text.find(date_words)
    if at < 0:
        return False
    t = next((t for t in clause if t.idx >= clause.start_char + at), None)
    doer = None
    while t is not None and t.head.i != t.i:
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in t.children):
            return False  # "asked me to send it": the speaker's to do
        subject = next((c.lower_ for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject in ("i", "we", "you"):
            return False
        if doer is None and subject not in (None, "it", "that", "this", "which", "there"):
            doer = subject  # "he'll have it done": not "it" but who has it done
    return doer is not None


# Unpunctuated words that make a clause a run-on sentence Whisper wrote, in which two
# happenings may be told one after the other.
RUN_ON_WORDS = 25


def _stretches(clause: Any, today: dt.date) -> list[Any]:
    """A clause, and, in a long unpunctuated run-on one, each further stretch that ends in a
    day of its own ("... fitting the fan on tuesday 4th may morning slot the councillor's got
    the head of housing coming on the 30th"): two happenings, each on its day."""
    out = [clause]
    doc = clause.doc
    if any(t.text in ",;" for t in clause) and (listed := _listed(clause, today)):
        # the first is told from the clause's start to its own day, no further; when a day
        # is said before it ("Saturday the 9th at the village hall, then the ceilidh on the
        # 14th, and a wedding on the 16th"), that stretch is one and the first piece another
        out = [doc[clause.start : listed[0].end], *listed[1:]]
        before = doc[clause.start : listed[0].start].text
        if (said := find_day(before, today)) and DAY_SAID.search(said[1]):
            out.insert(1, listed[0])
    elif any(t.text in ",;" for t in clause):
        out += _told_ahead(clause, today)
    out += _and_then(clause, today)
    runs: list[list[Any]] = [[]]
    for t in clause:
        if t.text in ",;":
            runs.append([])
        elif t.is_alpha:
            runs[-1].append(t)
    if max(len(r) for r in runs) < RUN_ON_WORDS:
        return out  # a run-on stretch may sit among commas: "... 7 30 and we all ..., Hy"
    rest = clause
    for _ in range(4):
        said = find_day(rest.text, today)
        if said is None:
            break
        at = rest.text.find(said[1])
        end = doc.char_span(
            rest.start_char, rest.start_char + at + len(said[1]), alignment_mode="expand"
        )
        if end is None or end.end >= clause.end:
            break
        rest = doc[end.end : clause.end]
        nxt = find_day(rest.text, today)
        if nxt is None:
            break
        before = rest.text[: rest.text.find(nxt[1])]
        if len(re.findall(r"[a-z]+", before.lower())) >= 4:
            out.append(rest)
    return out


AND_THEN_WORDS = 12


def _and_then(clause: Any, today: dt.date) -> list[Any]:
    """What a clause tells after "then", or after "and" with a subject of its own, on a day of
    its own when a day was said before it: "the electrician Tuesday and then the window
    fitters on Thursday", "Sunday's the christening, then Monday the podiatrist", "Kath's
    having them Monday and the Okafors have got Ruby Wednesday"."""
    doc = clause.doc
    out = []
    for t in clause:
        if t.lower_ not in ("then", "and") or t.i == clause.start:
            continue
        end = next((c.i for c in clause if c.i > t.i and c.text in ",;"), clause.end)
        after = doc[t.i : end]
        if sum(w.is_alpha for w in after) > AND_THEN_WORDS:
            continue  # a long run-on is cut where each day is said
        said = _day_said(after.text, today, False, None)
        if said is None or _day_said(doc[clause.start : t.i].text, today, False, None) is None:
            continue
        if t.lower_ == "and":
            at = after.start_char + after.text.find(said[1])
            subject = next(
                (c for c in after if c.dep_ in ("nsubj", "nsubjpass") and c.head.i > t.i), None
            )
            if (
                subject is None
                or subject.idx > at
                or subject.lower_ in SPEAKER_OR_THING
                or t.nbor().lower_ == "then"
            ):  # not "Monday and Tuesday": two days of one happening; not "and wants me to
                # send it by two": the speaker's, nor "and it's back on the 29th"
                continue
        out.append(after)
    return out


FUTURE = re.compile(r"\b(?:will|['’]ll|going to|gonna|shall)\b", re.I)


def _told_ahead(clause: Any, today: dt.date) -> list[Any]:
    """The comma pieces of a clause told in the future with a day of their own after a report
    in the pieces before them: "the letter went in the post Friday, and they've replied,
    they'll meet the forum on the 7th"; not "the quiz on Friday, it was great"."""
    doc = clause.doc
    cuts = [clause.start - 1, *(t.i for t in clause if t.text in ",;"), clause.end]
    out = []
    reported = False
    for a, b in pairwise(cuts):
        piece = doc[a + 1 : b]
        past = any(t.lower_ in PAST_MARKERS for t in piece)
        if reported and not past and FUTURE.search(piece.text) and find_day(piece.text, today):
            out.append(piece)
        reported = reported or past
    return out


def _spoken_about(text: str, title: str, today: dt.date) -> bool:
    """Whether a clause told in the past dates the happening it was about: "Went into the
    youth club about the winter camp on the twenty-third", "rang them re the fun day on the
    4th" (the telling is past; the day is the happening's)."""
    said = find_day(text, today)
    if said is None:
        return False
    before = text[: text.find(said[1])]
    noun = re.escape(title.split()[-1])
    return bool(
        re.search(
            rf"\b(?:about|re|regarding) (?:the |our |their |a |an )?(?:[\w'’-]+ ){{0,4}}?"
            rf"{noun}(?: on)? $",
            before,
            re.I,
        )
    )


def _past_before_day(clause: Any, text: str, today: dt.date) -> bool:
    """In a long run-on clause, whether the stretch that says the first day (from the last
    "and"/"so"/"but" before it) is told in the past: "emre came at 11 he measured the rooms
    and the repairs team will come on the 20th" is still to come."""
    said = find_day(text, today)
    if said is None:
        return True
    at = clause[0].idx + text.find(said[1])
    joins = [t.i for t in clause if t.lower_ in ("and", "so", "but") and t.idx < at]
    start = joins[-1] if joins else clause.start
    return any(t.lower_ in PAST_MARKERS for t in clause if t.i > start and t.idx < at)


def _opens_with_a_day(text: str, today: dt.date) -> bool:
    """Whether `text` opens with a day ("tonight", "not | Tuesday")."""
    said = find_day(text, today)
    return said is not None and text.lower().startswith(said[1].lower())


def _listed(clause: Any, today: dt.date) -> list[Any]:
    """Each comma-separated piece of a clause that names a happening on a day of its own,
    when there are two or more: "Agreed: the cake sale on Friday, the disco on the 22nd, and
    a winter fair on Saturday the 11th of December" (three happenings)."""
    doc = clause.doc
    cuts = [clause.start - 1, *(t.i for t in clause if t.text in ",;"), clause.end]
    pieces: list[Any] = []
    righting = False  # whether the pieces just before put right the day said before them
    for a, b in pairwise(cuts):
        if b <= a + 1:
            continue
        piece = doc[a + 1 : b]
        opens = PUTTING_RIGHT.match(piece.text).end()
        dated = _opens_with_a_day(piece.text[opens:], today)
        if pieces and (
            (opens and (not piece.text[opens:].strip(" .") or dated)) or (righting and dated)
        ):  # "the plumber comes tomorrow, | no, | tonight": one piece, its day put right
            pieces[-1] = doc[pieces[-1].start : b]
            righting = True
            continue
        no = re.match(r"\W*(?:not|rather than|instead of)\s+", piece.text, re.I)
        if pieces and no and _opens_with_a_day(piece.text[no.end() :], today):
            pieces[-1] = doc[pieces[-1].start : b]  # "Wednesday, | not Tuesday": the day
            continue  # not meant, no happening of its own
        pieces.append(piece)
        righting = False
    named = [
        p
        for p in pieces
        if (said := find_day(p.text, today))
        and DAY_SAID.search(said[1])
        and (title_of(p) or _named_by_being(p, said[1]) or _own_verb(p, said[1], present=True))
    ]
    return named if len(named) >= 2 else []


def _day_said(
    text: str, today: dt.date, past: bool, title: str | None
) -> tuple[dt.date, str] | None:
    """The first date in a clause said to the day ("It's in March, the twentieth of March"),
    skipping one that only names the event ("the Christmas party")."""
    rest, gone = text, 0
    said, new_day, after_title = [], [], []
    named = text.lower().find(title) + len(title) if title and title in text.lower() else -1
    corrected = -1  # where the day said last after a self-correction ended
    while rest and (day := find_day(rest, today, future=not past)):
        at = rest.lower().find(day[1].lower())
        about = re.search(r"\babout\s*$", rest[:at], re.I)  # "tell Sam about the 30th"
        before = text[: gone + at]
        gap = rest[:at]
        rest, gone = rest[at + len(day[1]) :], gone + at + len(day[1])
        last = day[1].lower().split()[-1]
        if about or (title and last in title.split() and last not in WEEKDAY_NUMBER):
            continue  # "the Christmas party"; not "the Good Friday walk", on Good Friday
        if said and (
            (CORRECTION.search(gap + day[1]) and len(gap.split()) <= 4)
            or (corrected == len(before) - len(gap) and not gap.strip(" ,"))
        ):  # "Wednesday the 22nd, no, sorry, Tuesday, Tuesday the 21st": the day put right
            # (and said again in full) stands
            wrong = said[-1]
            for kept in (said, new_day, after_title):
                if kept and kept[-1] is wrong:
                    kept.pop()
            corrected = gone
        if DAY_SAID.search(day[1]) and not _today_heading(day[1], text, today):
            # "Sunday night, looking back at the fortnight, ... from tomorrow" said on a
            # Sunday: the weekday that opens it is today, a heading, not next week's day.
            said.append(day)
            if NEW_DAY.search(before):
                new_day.append(day)
            if 0 <= named <= len(before) and TITLE_THEN_DAY.fullmatch(before[named:]):
                after_title.append(day)
    # "Letter came Saturday, and her op is booked for Tuesday the 16th", "ring him Saturday
    # about the talk, he wants to move it to the 26th": the day it is booked or moved to;
    # "text Ottilie tonight for the committee meeting on Wednesday the 30th": the day said
    # with the happening
    said = new_day or after_title or said
    # "do the audit by the 29th and present it at the meeting on the 1st": the meeting's day
    return next((d for d in said if not BY.match(d[1])), said[0] if said else None)


# The words before a day it is booked or moved to ("is booked for", "moved it to the, um,").
NEW_DAY = re.compile(
    rf"(?:\b(?:booked|rebooked|scheduled|pencilled|pushed back)\b|{MOVE_VERB.pattern})"
    r"(?: (?:in|it|that|them|him|her|us))?"
    r"(?: (?:to|for|till|until|on))?(?:\W+(?:the|um|er|erm|uh|sorry)\b)*\W*$",
    re.I,
)
# Between a happening and its day: "the committee meeting on Wednesday", "the fitting is on
# the 22nd", "the match, Saturday".
TITLE_THEN_DAY = re.compile(r"(?:,?\s*(?:is|was|will be|'s|’s|on|at|this|next|,))*\s*", re.I)


def _today_heading(words: str, text: str, today: dt.date) -> bool:
    """Whether a date is the bare name of today's weekday opening the clause ("Sunday night,
    ..." said on a Sunday)."""
    weekday = today.strftime("%A").lower()
    head = re.match(r"\W*(?:(?:so|right|ok|okay|um|er)\W+)*(\w+(?: \w+)?)", text.lower())
    said = words.lower()
    return (
        head is not None
        and head[1].startswith(said)
        and said.split()[0] == weekday
        and len(said.split()) <= 2
    )


def _someone_coming(clause: Any) -> bool:
    """Someone else's dated plan that involves the speaker: "he can come Wednesday morning",
    "she's going to send a new pack home on Monday", "Jo starts Wednesday"."""
    for t in clause:
        if t.lemma_.lower() in COMING and t.pos_ in ("VERB", "AUX") and t.tag_ != "VBD":
            verb = t
            while (
                verb.dep_ in ("xcomp", "conj")
                and verb.head is not verb
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            ):
                verb = verb.head  # "she's going to send": the subject is going's; "so I'll
                # go" has its own
            subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subject and subject[0].lower_ not in ("i", "we", "you"):
                return True
    return False


def _their_future(clause: Any) -> bool:
    """Someone else's "will" ("Gwen said she'll have Zosia at hers that night"); not the
    speaker's ("I'll be there")."""
    return any(
        t.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in t.children)
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we", "you")
            for c in t.children
        )
        for t in clause
    )


WANTING = {"want", "need", "expect", "like", "ask", "require"}
SPEAKER_OR_THING = {"i", "we", "you", "me", "us", "it", "that", "this", "which", "they"}


def _own_verb(clause: Any, date_words: str, present: bool = False) -> bool:
    """Whether the date hangs on a verb with a subject other than the speaker: "half term
    starts on the fifteenth", "Sam's coming on the 25th"; not "asked me to come in on
    Thursday" or "I need to ring Sam on the 25th". `present`: only a verb told as now or to
    come ("she holds her surgery on Saturday"), not a report ("Sam rang on Monday")."""
    at = clause.text.find(date_words)
    if at < 0:
        return False
    t = next((t for t in clause if t.idx >= clause.start_char + at), None)
    for _ in range(4):
        if t is None or t.head is t:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            if t.lemma_.lower() in WANTING:
                return False  # "she needs it on the 25th": a deadline, the promise's own
            subject = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            have_got = t.lemma_ == "get" and any(c.lemma_ == "have" for c in t.children)
            if present and t.tag_ not in ("VBZ", "VBP", "VBG") and not have_got:
                return False  # "the Okafors have got Ruby Wednesday" is now, as "have"
            # "it runs out on the 28th" after a task restates the task's deadline
            return bool(subject) and subject[0].lower_ not in SPEAKER_OR_THING
    return False


# Someone back (or home) on a day: "Grainne's back Monday", "Dad will be home on the 3rd",
# "Nana's getting home this afternoon".
BACK_ON = re.compile(
    r"(?:^|[,;]|\band\b|\bso\b)\W*([A-Z][\w-]+(?: [A-Z][\w-]+)?|[Hh]e|[Ss]he|[Tt]hey)"
    r"(?:['’]s| is| are|['’]re|['’]ll(?: be)?| will(?: be)?| should(?: be)?| can)"
    r"(?: (?:getting|coming|going|get|come|go))? (?:back|home)\b"
)  # "Nana's getting home this afternoon", "Nana can go home on Friday"


def _their_plan(clause: Any) -> bool:
    """A clause that opens with what someone else is doing or going to do: "Zofia's going to
    do Wednesday's visit", "Piotr's closing the old account on Friday"; not how they
    are or what they think ("Dad's doing fine", "she's hoping to")."""
    back = BACK_ON.search(clause.text)
    if back is not None and back[1] not in NOT_SOMEONE | {"We", "I", "You"}:
        return True  # "Grainne's back Monday"
    m = PLAN.search(clause.text)
    if m is None or m[1] in NOT_SOMEONE:
        return False
    verb = (m[2] or m[3] or m[4] or m[5]).lower()
    if verb in NOT_PLANS:
        return False
    nxt = re.match(r"\s*(\w+)", clause.text[m.end() :])
    return not (verb == "doing" and nxt is not None and nxt[1].lower() in DOING_WELL)


def _short(clause: Any, date_words: str) -> str:
    """A title for an unnamed happening: the words before its date in the same stretch
    between commas, at most six ("the grant round opens")."""
    first = date_words.split()[0].lower()
    at = clause.text.find(date_words)
    date_at = clause.start_char + at if at >= 0 else None
    words: list[str] = []
    for t in clause:
        dated = t.ent_type_ in ("DATE", "TIME")
        if (t.idx >= date_at) if date_at is not None else (t.lower_ == first or dated):
            break
        if (t.is_punct and t.text not in ("-", "'")) or dated:
            words = []  # "before the holidays, and the holidays start": the last stretch
        elif t.text == "-" and words:
            words[-1] += "-"
        elif t.text[:1] in ("'", "’") and t.text[1:].isalpha() and words:
            words[-1] += t.text  # "he'll bring the keys", "Sam's coming"
        elif t.is_alpha and t.lower_ not in ("um", "er", "so", "and", "oh", "also", "then"):
            if words and words[-1].endswith("-"):
                words[-1] += t.text  # "clean-up"
            else:
                words.append(t.text)
    words = words[-6:]
    while words and words[-1].lower() in ("on", "for", "at", "is", "are", "by"):
        words.pop()
    if not words and at >= 0:
        # "Tuesday Sam's got the plumber coming": the date opens the line, what follows says it
        after = clause.text[at + len(date_words) :].split(",")[0].split()
        words = [
            w for w in after if w.lower() not in ("um", "er", "so", "and", "oh") and w.strip(".!?")
        ][:6]
    return " ".join(words) or clause.text.strip()[:40]


CLOSING = re.compile(
    r"\b(?:deadline|clos(?:e|es|ing)|due|expir(?:e|es|y)|runs? out|cut-?off)\b", re.I
)


def one_day_each(named: Iterable[tuple[str, dt.date]], *, whole: bool = True) -> dict[str, dt.date]:
    """Each title's last words ("larder board meeting" is also "board meeting" and "meeting"),
    and with `whole` the title itself, with its day where only one day goes by them. Only a
    title that ends in a happening has such tails: "Ranjit and Mam" is not "Mam"."""
    days: dict[str, set[dt.date]] = {}
    for title, day in named:
        words = title.split()
        tails = len(words) if words and words[-1] in EVENT_NOUNS | NAMED_AFTER else 1
        for n in range(0 if whole else 1, tails):
            days.setdefault(" ".join(words[n:]), set()).add(day)
    return {name: next(iter(d)) for name, d in days.items() if len(d) == 1}


def dated(events: Iterable[FoundEvent]) -> dict[str, dt.date]:
    """What the memo dates, by title and by the last words of the title when only one event
    has them ("larder board meeting" is also "board meeting" and "meeting"), and a name by
    its first word ("the Gymanfa" for the "Gymanfa Ganu")."""
    out: dict[str, dt.date] = {}
    for e in events:
        out.setdefault(e.title.lower(), e.date)
    for tail, day in one_day_each(((e.title.lower(), e.date) for e in events), whole=False).items():
        out.setdefault(tail, day)
    # "before the Gymanfa" for "the Gymanfa Ganu": a name is said by its first word too
    names = [(e.title.split()[0].lower(), e.date) for e in events if e.as_name and " " in e.title]
    for first, day in one_day_each(names).items():
        out.setdefault(first, day)
    # "Applications close on the 31st ... before the deadline": a day something closes, is
    # due or runs out is the deadline the memo speaks of, when it says only one
    closing = {e.date for e in events if CLOSING.search(e.text)}
    if len(closing) == 1:
        for name in ("deadline", "closing date", "cut-off", "cutoff"):
            out.setdefault(name, next(iter(closing)))
    return out
