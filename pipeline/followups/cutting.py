"""Where a memo is cut into clauses, the unit every other decision in `followups` reads.

Whisper writes long run-on sentences: they are cut before a new subject and verb ("... at 3.15
so I've gotta swap my shift"), before a command after a comma ("... on the touchline at Hackney
Marshes, email Kevin on the third of December"), and again where "also" or "otherwise" opens a
new subject and verb; a promise after "nothing for me to do there, except I must ..." is cut
from what it excepts. A verbless scrap spaCy cut off is joined back ("So I need to text Sam |
yes or no by Sunday."). In a week said ahead line by line ("Monday: PTA meeting at half three,
email Sam") a task after the day's happening is its own clause. Two tasks with two days are two
("mull it over this weekend and tell Sam on Monday"); a list of three tasks or more said in one
breath is a clause a task, the list's one day each item's ("I must renew the car tax, book
Maisie's swimming and ring the vet, all by Friday"). A deadline said first stays with its
promise, whose day it is ("By the end of the week I've got to ...").

The cut is made once and shared: `extract` hands the same `Clauses` to `events.find` and to
`followups.find` (its `cut`), so a happening and a promise are read from the same stretch of
text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..dates import WEEKDAY_WORDS, find_day
from ..lexicon import FILLERS, IMPERATIVES
from ..whom import WANTS, new_subject
from .phrases import (
    _SOME_DAY,
    CLAUSE_COMMANDS,
    DAY_LABEL,
    DAY_WORDS,
    HEADING,
    HEDGED,
    LIST_HEADER,
    WEEKDAYS,
)

SOMEONE = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"}

BY_THEN = re.compile(r"\b(?:by|before|for|until|till) then\b", re.I)
# A new subject and verb after "and", "so" in a run-on sentence.
RUN_ON = re.compile(
    r"(?:(?:um|er|erm|then|also|now) )*(?:(?:i|we|they|he|she)(?: also| then)? ?"
    r"(?:'ve|'ll|'re|'s|'d|have|will|need|must|gotta|got|should|are|is|has|said|says|told"
    r"|promised)\b"
    r"|(?:ill|ive|im) (?:need|have|got|gotta|going|gonna)\b)"
)


def _past_fillers(doc: Any, i: int, end: int) -> int:
    """The first index from `i` (before `end`) past punctuation and fillers ("um, so, ...")."""
    while i < end and (doc[i].is_punct or doc[i].lower_ in FILLERS):
        i += 1
    return i


# The words of "first thing", "first job" that head a day put before a command.
FIRST_UP = {"first", "thing", "job"}


# Verbs that report what the speaker undertook: "promised Amira", "told him", "said".
UNDERTAKEN = frozenset({"promise", "tell", "say", "assure", "reassure", "agree", "warn", "swear"})


def sentences(doc: Any) -> list[Any]:
    """spaCy's sentences, with a verbless scrap it cut from a sentence that had not ended
    joined back on: "So I need to text Sam | yes or no by Sunday." is one sentence."""
    spans: list[list[int]] = []
    for sent in doc.sents:
        words = sum(not t.is_punct for t in sent)
        scrap = words <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in sent)
        if spans and scrap and doc[spans[-1][1] - 1].text not in (".", "!", "?", ":", ";"):
            spans[-1][1] = sent.end
        elif spans and _inside_word(doc, sent.start):
            spans[-1][1] = sent.end  # "i said i|d do the design": one word, "id", cut in two
        elif spans and _both_subject(doc, spans[-1], sent.start):
            # "... by the end of the month so Sam | and I need to ...": "Sam and I" is one
            # subject, cut off where spaCy ended a run-on sentence
            spans[-1][1] = sent.start - 2
            spans.append([sent.start - 2, sent.end])
        elif spans and _reported_promise(doc, spans[-1], sent.start):
            spans[-1][1] = sent.end
        elif (
            spans
            and not doc[sent.start - 1].is_punct
            and doc[sent.start].lower_ in ("i", "we")
            and _told_what(doc, sent.start, spans[-1][0])
        ):
            spans[-1][1] = sent.end  # "Need to text Dalia | I'm coming with them": what she's told
        else:
            spans.append([sent.start, sent.end])
    return [doc[a:b] for a, b in spans]


def _inside_word(doc: Any, i: int) -> bool:
    """Whether token `i` goes on the word before it with no space between: spaCy reads "id"
    (an "I'd" without its apostrophe) as "i" + "d" and may end a sentence between them."""
    return i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i].is_alpha


# Verbs whose object is then told what the speaker needs: "tell Mrs Pardoe I need that day
# off", "ask Sam I need the van back".
TELL_WHAT = {"tell", "ask", "warn", "remind", "text", "email", "message"}


def _told_what(doc: Any, i: int, start: int) -> bool:
    """Whether the "I" at `i` opens what someone just named is told, not a new clause: "So I
    need to tell Mrs Pardoe I need that day off, by Monday"."""
    j = i - 1
    while j > start and (doc[j].pos_ == "PROPN" or doc[j].lower_ in ("mrs", "mr", "ms", "miss")):
        j -= 1
    if j == i - 1 and doc[j].lower_ in ("him", "her", "them"):
        j -= 1
    return j < i - 1 and j >= start and doc[j].lower_ in TELL_WHAT and doc[j].tag_ == "VB"


def _reported_promise(doc: Any, span: list[int], i: int) -> bool:
    """Whether a sentence starting at `i` with "I'd"/"we'll" is what the words before it
    promised or told, cut off where spaCy saw a new sentence: "And I promised Amira | I'd
    drop the bags off", "told him | we'll be there"."""
    last = doc[span[1] - 1]
    return (
        i + 1 < len(doc)
        and not last.is_punct
        and doc[i].lower_ in ("i", "we")
        and doc[i + 1].lower_ in ("'d", "'ll", "would", "will")
        and any(t.lemma_ in UNDERTAKEN for t in doc[max(span[0], span[1] - 4) : span[1]])
    )


def _both_subject(doc: Any, span: list[int], i: int) -> bool:
    """Whether a sentence starting at `i` with "and I"/"and we" began with the two words
    before it, "so Sam", in a run-on sentence with no mark there."""
    return (
        i + 1 < len(doc)
        and i - 3 > span[0]
        and doc[i].lower_ == "and"
        and doc[i + 1].lower_ in ("i", "we")
        and doc[i - 2].lower_ in ("so", "then", "but")
        and doc[i - 1].is_alpha
        and doc[i - 1].pos_ in ("PROPN", "NOUN")
    )


def _opens_clause(doc: Any, i: int, end: int) -> bool:
    """Whether a subject and its verb start at token `i`: "... so I've gotta swap", "... and
    then we've got to sign", "... and um they've got a non-uniform day"; after "so", a need
    with its "I" dropped: "i told him id put it in writing so need to email him tonight"."""
    rest = _ahead(doc, i, end)
    return bool(RUN_ON.match(rest)) or (doc[i - 1].lower_ == "so" and bool(SO_NEED.match(rest)))


# A need said with no subject, after "so" in a run-on (`_opens_clause`).
SO_NEED = re.compile(r"(?:(?:um|er|erm) )*(?:need to|must|gotta|got to|have to) \w")


AGES = {"under", "over"}  # "the under 9 tournament", "the over 50s walk"


def _noun_then_verb(doc: Any, i: int, end: int) -> bool:
    """Whether a noun phrase and then its finite verb start at token `i`, however spaCy
    attached them: after "anyway" in a run-on sentence, "... before training anyway the
    festival is on Sunday" turns to a new subject."""
    nouns = 0
    for j in range(i, min(end, i + 7)):
        t = doc[j]
        if t.tag_ in NOUN_PHRASE or t.lower_ in AGES:
            nouns += t.tag_.startswith("NN")
            continue
        return nouns > 0 and t.pos_ in ("AUX", "VERB") and t.tag_ in ("VBZ", "VBP", "VBD", "MD")
    return False


NOUN_PHRASE = {"DT", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "POS"}


def _promise_opens(doc: Any, i: int, end: int) -> bool:
    """Whether a promise starts at token `i` in the middle of a run-on sentence, with no word
    joining it to what came before: "... ready for us must send Sam a card", "... to the
    hampers I need to chase Sam", "... write that down action for me: send ...". Only where
    nothing was punctuated for a while, the mark of Whisper running sentences together."""
    if any(t.is_punct for t in doc[max(0, i - 6) : i]) or doc[i - 1].lower_ in JOINING:
        return False
    if doc[i - 1].lower_ in ("i", "we"):
        return False  # "... which i need to pay": the subject said it, and what came before
    if any(t.tag_ in ("WDT", "WP") for t in doc[max(0, i - 3) : i]):
        return False  # "a list of what wood we need by Monday": the "we" is inside the what
    rest = _ahead(doc, i, end)
    if HEADING.match(rest):
        return True
    if doc[i].lower_ in ("must", "need", "gotta"):
        verb = doc[i + 2] if doc[i + 1].lower_ == "to" and i + 2 < end else doc[i + 1]
        # "... by the damp brilliant need to scan it tonight", "... between 8 and 1 need to be
        # there": a word that cannot be the subject of "need" before it, so the "I" dropped
        no_subject = doc[i - 1].pos_ in ("ADJ", "NUM", "ADV", "INTJ") and verb.tag_ == "VB"
        return verb.lower_ in IMPERATIVES or no_subject
    if doc[i - 1].lower_ in ("me", "us") and doc[i - 2].pos_ == "VERB":
        return False  # "she's always telling me I should ...": what she says, one clause
    return doc[i].lower_ in ("i", "we") and bool(RUN_ON.match(rest)) and doc[i - 1].pos_ != "VERB"


# How far `_ahead` looks: the openings matched there ("action point for me:", "um then I've")
# are a few words long.
AHEAD = 12


def _ahead(doc: Any, i: int, end: int) -> str:
    """The lower-case text of the few tokens from `i`: enough for an opening to match, and
    cheap in a run-on sentence hundreds of tokens long, where the rest of it was not."""
    return doc[i : min(end, i + AHEAD)].text.lower()


# Words after which "I need to ..." is part of the clause, not a new one.
JOINING = {
    "that", "which", "what", "who", "if", "when", "because", "as", "where", "than", "and", "so",
    "but", "then", "or", "thing", "things", "stuff", "one", "all",
    # a time or condition the clause is kept under: "I must book that once we've got the letter"
    "once", "until", "till", "unless", "whether", "while", "since", "though", "although",
}  # fmt: skip


# The words before a role that asks something of the speaker: "the landlord", "our coach".
ROLE_DETS = {"the", "my", "our", "his", "her", "their"}


def _request_opens(doc: Any, i: int, end: int) -> bool:
    """Whether someone's request of the speaker starts at token `i`, after any "and", fillers
    and commas: "Sam wants", "and, um, Sam Lee asked", "she'd like"."""
    if doc[i].lower_ in ("and", "so", "but", "then"):
        i += 1
    i = _past_fillers(doc, i, end)
    if i < end and doc[i].lower_ in ("he", "she", "they"):
        i += 1
    elif i < end and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B" and doc[i].is_title:
        i += 1  # a name the tagger read as a common noun ("er Tadeo Vilanculo wants")
        while i < end and doc[i].ent_iob_ == "I":
            i += 1
    elif i < end and doc[i].pos_ == "PROPN" and doc[i].is_title:
        while i < end and doc[i].pos_ == "PROPN" and doc[i].is_title:
            i += 1
    elif i + 2 < end and doc[i].lower_ in ROLE_DETS and doc[i + 1].pos_ == "NOUN":
        # "... and the landlord asked for the certificate", "so the school wants": a role
        return doc[i + 2].lower_ in ("asked", "wants", "wanted")
    else:
        return False
    if i < end and doc[i].text == ",":
        # "and Pan Kubiak, he's the head there, asked me to bring the urn": a role said between
        k = next((t.i for t in doc[i + 1 : min(end, i + 10)] if t.text == ","), None)
        if k is not None and doc[i + 1].lower_ in ("he", "she", "he's", "she's", "who", "the"):
            i = k + 1
    while i < end and doc[i].lower_ in ("also", "really", "just", "'d", "would"):
        i += 1
    return i < end and doc[i].lower_ in ("asked", "wants", "wanted", "needs", "needed", "like")


# Words said between a clause's mark and its subject: "..., so, er, I've gotta ...".
MARK_WORDS = {"also", "so", "and", "then", "um", "er"}
# Words before "then" that make it a time, not a joining word: "by then", "until then".
TIME_BEFORE_THEN = {"by", "till", "until", "since", "before", "from"}


@dataclass(frozen=True)
class Clauses:
    """A memo's clauses (`clauses`), and for each that is an item of a list of tasks said in
    one breath, where it starts -> the list's sentence (its first and past-last tokens), whose
    one day is each item's: "I must renew the car tax, book Maisie's swimming and ring the
    vet, all by Friday"."""

    spans: list[Any]
    lists: Mapping[int, tuple[int, int]]


def _news_before(said: Any) -> bool:
    """Whether the words before a comma tell how someone or something is now, in the present,
    so that a command after it is a task of its own: "The bins are full", "Mam's
    prescription's ready". Not the speaker's own promise or command going on ("I said I'd
    chase Gareth today and, if that goes nowhere, | go to ..."; "get the quote from them, |
    ask for Kemal"), a report in the past ("Mateus was brilliant, | read his own bit out"), a
    list's line without a verb ("Two, Lesley at two"), nor a dated notice ("the picnic's on
    Friday, parents welcome, | bring a plate")."""
    subject = any(
        x.dep_ in ("nsubj", "nsubjpass")
        and x.pos_ in ("NOUN", "PROPN", "PRON")
        and x.lower_ not in ("i", "we", "you")
        for x in said
    )
    present = any(x.tag_ in ("VBZ", "VBP") or x.lower_ in ("'s", "’s", "is", "are") for x in said)
    own = any(
        (x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("i", "we"))
        or x.tag_ == "VBD"
        or (x.lower_ in IMPERATIVES and x.tag_ == "VB")
        for x in said
    )
    # "the picnic's on Friday the 27th, parents welcome, | bring a plate": a notice's own line
    dated = find_day(said.text, _SOME_DAY) is not None
    return subject and present and not own and not dated


def clauses(doc: Any) -> Clauses:
    """Sentences, split again where Whisper ran two together with a comma before a command:
    "... on the touchline at Hackney Marshes, email Kevin on the third of December", or with
    no comma at all in a long run-on sentence before a new subject ("... by the 29th so I've
    gotta swap my shift ...")."""
    out = []
    # Where a to-do list's heading ends, if the memo has one ("to do list for next week").
    header = LIST_HEADER.search(doc.text)
    for sent in sentences(doc):
        start = sent.start
        lines: set[int] = set()  # where a weekday opened a line of a list said aloud
        for t in sent[1:-1]:
            nxt = doc[t.i + 1]
            command = (
                t.lower_ in CLAUSE_COMMANDS
                and (
                    nxt.pos_ in ("PROPN", "PRON", "DET")
                    or nxt.lower_ in ("up", "with")
                    or nxt.ent_type_ in ("ORG", "PERSON")  # "..., and ask asda for a hamper"
                )
                and not _self_tag(t)  # "..., remind myself.": the task before it, tagged
            )
            # "..., so I need to ..." starts a promise after a report of a date.
            # "..., need four more, must ask Tom and Ravi": a subjectless promise after a comma
            modal = (
                t.lower_ in ("must", "need", "gotta", "should")
                and (nxt.pos_ in ("VERB", "AUX") or nxt.lower_ == "to")
                # "someone, should ask the parents": Whisper's comma after the subject
                and (t.i < 2 or doc[t.i - 2].lower_ not in SOMEONE)
            )
            # "..., which means I'll have to get a locum in": the step it takes, a task of its own
            means = (
                t.lower_ == "which"
                and nxt.lower_ == "means"
                and t.i + 2 < sent.end
                and doc[t.i + 2].lower_ in ("i", "we", "that")
                and bool(
                    RUN_ON.match(_ahead(doc, t.i + 2 + (doc[t.i + 2].lower_ == "that"), sent.end))
                )
            )
            # "..., otherwise we lose the slot": a new subject after "also"/"otherwise"
            fresh = t.lower_ in ("also", "otherwise", "anyway") and new_subject(
                doc, t.i + 1, sent.end
            )
            fresh = fresh or (t.lower_ == "anyway" and _noun_then_verb(doc, t.i + 1, sent.end))
            # "email Huw, and Nerys wants the forms by Monday": someone's request by name
            wants_next = t.lower_ in ("so", "and", "but") and _request_opens(doc, t.i, sent.end)
            so_i = (
                modal
                or (t.lower_ in ("so", "and", "except") and nxt.lower_ in ("i", "we"))
                or (  # "..., and she asked me to email her": a request after a report
                    t.lower_ in ("so", "and", "but")
                    and nxt.lower_ in ("she", "he", "they")
                    and t.i + 2 < sent.end
                    and doc[t.i + 2].lower_
                    in ("asked", "wants", "wanted", "needs", "'d", "can", "'ll", "will", "ca", "wo")
                )  # "..., and he can come Wednesday", "..., and she can't do Tuesday": their
                # plan, its own clause
                or wants_next
                or _run_on(doc, t)
                or (
                    t.lower_ == "i"
                    and nxt.lower_
                    in ("need", "must", "'ll", "will", "should", "'ve", "have", "said", "never")
                    and not _told_what(doc, t.i, start)
                )
                or fresh
                or means
            )
            # "Monday, chase the fund, Tuesday, collect the leaflets": a to-do line each; once
            # a line has opened so, "..., um, Wednesday the summary" opens the next.
            listed = (
                nxt.text == ","
                or (header is not None and header.end() <= t.idx)
                or (lines and start in lines)
            )
            comma = t.i - 1
            while comma > start and doc[comma].lower_ in FILLERS:
                comma -= 1
            # "Two, photos of the kerb for Rhys, Friday.": a day that ends the sentence is
            # when that line's task is due, not a line of its own
            ends = nxt.is_punct and nxt.i == sent.end - 1
            if t.lower_ in WEEKDAYS and listed and doc[comma].text == "," and not ends:
                while comma - 1 > start and (
                    doc[comma - 1].is_punct or doc[comma - 1].lower_ in FILLERS
                ):
                    comma -= 1  # "..., ten past nine, um, | Wednesday"
                out.append(doc[start:comma])
                start = t.i
                lines.add(start)
                continue
            if (
                t.lower_ in WEEKDAYS
                and nxt.text == ","
                and t.i + 2 < sent.end
                and doc[t.i + 2].lower_ in IMPERATIVES
                and t.i - start >= 3
            ):  # "... the fund application tuesday, collect the leaflets": Whisper's list
                out.append(doc[start : t.i])
                start = t.i
                continue
            if (
                doc[t.i - 1].text == ","
                and t.tag_ == "VB"
                and t.is_lower
                and not nxt.is_punct
                and DAY_LABEL.match(doc[start : t.i].text)
                and sum(x.is_alpha for x in doc[start : t.i]) >= 3
            ):  # "Tuesday, ward meeting at four, bring my ideas": the day's happening, then a
                # task (a subject the parser hangs on it from before the comma is none)
                out.append(doc[start : t.i - 1])
                start = t.i
                continue
            if (
                doc[t.i - 1].text == ","
                and t.lower_ in IMPERATIVES
                and t.tag_ == "VB"
                and t.is_lower
                and not nxt.is_punct
                # a task said in full, not a cheer ("we won seven two, get in")
                and sum(x.is_alpha for x in doc[t.i : sent.end]) >= 3
                # (a subject the parser hangs on it from before the comma is none)
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in t.children)
                and _news_before(doc[start : t.i - 1])
            ):  # "The bins are full, | take them to the tip tomorrow", "Mam's prescription's
                # ready, | pick it up after work": news of someone or something, then the task
                out.append(doc[start : t.i - 1])
                start = t.i
                continue
            request = _request_opens(doc, t.i, sent.end)
            # "... her spelling test on Wednesday so practise with her tonight": a command
            ordered = (
                t.lower_ == "so"
                and nxt.lower_ in IMPERATIVES
                and nxt.tag_ in ("VB", "VBP")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)
            )
            if (
                ordered
                and not doc[t.i - 1].is_punct
                and sum(x.is_alpha for x in doc[start : t.i]) >= 5
            ):
                out.append(doc[start : t.i])
                start = t.i
                continue
            if (
                (
                    t.lower_ in ("so", "and", "but", "then")
                    and (_opens_clause(doc, t.i + 1, sent.end) or request)
                )
                or (
                    request
                    and doc[t.i - 1].lower_ not in ("and", "so", "but", "then")
                    and t.ent_iob_ != "I"  # not inside the name that asks
                )
                or _promise_opens(doc, t.i, sent.end)
                or fresh
            ) and not (
                t.is_punct
                or doc[t.i - 1].is_punct
                or (t.lower_ == "i" and _told_what(doc, t.i, start))  # "tell Jo I need ..."
                # "... print the tickets by then also Mrs Hennessy wants": the "then" is a time
                or (t.lower_ == "then" and doc[t.i - 1].lower_ in TIME_BEFORE_THEN)
                # "i said id do the design": spaCy's "i" + "d" of an "I'd" typed without
                # its apostrophe, one word
                or (t.lower_ == "d" and doc[t.i - 1].lower_ == "i" and not doc[t.i - 1].whitespace_)
            ):
                # a run-on sentence: no comma, a new subject and verb, or a request
                # ("... by the 30th and, um, Sunita wants a copy by Friday")
                cut = t.i
                if (
                    t.lower_ == "and"
                    and t.i - 2 > start
                    and doc[t.i - 2].lower_ in ("so", "then", "but")
                    and doc[t.i - 1].is_alpha
                    and doc[t.i - 1].pos_ in ("PROPN", "NOUN", "ADJ", "ADV", "X")
                ):
                    cut = t.i - 2  # "... so Sam and I need to ...": the subject is both
                words = [x for x in doc[start:cut] if x.is_alpha and x.lower_ not in FILLERS]
                # "... but i'm not promising anything i need to reply by the 30th": a hedge
                # is over in a few words, and must not take the promise after it with it
                hedged = len(words) >= 3 and HEDGED.search(doc[start:cut].text)
                # "... so that's good need to pick up gran's tablets": a short remark, with a
                # verb of its own, before a need whose "I" was dropped
                said = (
                    len(words) >= 2
                    and doc[t.i].lower_ in ("need", "must", "gotta")
                    and any(x.tag_ in ("VBZ", "VBD", "VBP") for x in doc[start:cut])
                    and _promise_opens(doc, t.i, sent.end)
                    # not "so thats 255 need to do that by the 19th": the need of what was said
                    and doc[t.i + 2 : t.i + 4].text.lower() not in ("do that", "do it", "sort that")
                )
                if (len(words) >= 5 or hedged or said) and not _only_when(doc[start:cut]):
                    out.append(doc[start:cut])
                    start = cut
                continue
            mark = t.i - 1
            while mark > start and doc[mark].lower_ in MARK_WORDS:
                mark -= 1  # "..., so by Saturday, also need to tell Sam": the mark before
            if doc[mark].text == ",":
                # "..., so, er, I've gotta wash them": the first comma of the words between
                k = mark
                while k - 1 > start and (doc[k - 1].lower_ in MARK_WORDS or doc[k - 1].text == ","):
                    k -= 1
                mark = next(c for c in range(k, mark + 1) if doc[c].text == ",")
            # "..., so block out that morning": a bare verb after "so" commands too
            bare = (
                t.lower_ == "so"
                and nxt.tag_ == "VB"
                and nxt.is_lower
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)
            )
            if doc[mark].text in (",", ";", "-") and (command or so_i or bare):
                head = doc[start:mark]
                if all(
                    x.ent_type_ in ("DATE", "TIME")
                    or x.is_punct
                    or x.lower_ in FIRST_UP | WEEKDAYS | DAY_WORDS
                    for x in head
                ):  # "Monday, chase the ...", "first thing Monday morning, ring ...": the
                    continue  # day belongs to the command
                words = [x for x in head if x.is_alpha and x.lower_ not in FILLERS]
                if len(words) < (2 if wants_next else 3):
                    continue  # "And sometime, er, I should ring Bola": one clause
                out.append(head)
                start = mark + 1
        out.append(doc[start : sent.end])
    lists: dict[int, tuple[int, int]] = {}
    spans = [
        item
        for c in out
        if len(c)
        for part in _two_dated_tasks(c)
        for item in _list_items(part, lists)
    ]
    return Clauses(spans, lists)


# Words a list's items may follow ("..., um, and, er, ring the vet").
LIST_JOINS = FILLERS | {",", "and"}


def _list_items(clause: Any, lists: dict[int, tuple[int, int]]) -> list[Any]:
    """A list of three tasks or more, said in one breath: "I must renew the car tax, book
    Maisie's swimming and ring the vet" is three follow-ups, each cut before the command that
    opens it after a comma or "and". Two tasks joined by "and" are one ("ring the surgery and
    book the medical"). The list's one day is each item's: where each item starts is put in
    `lists`, to the list's sentence (`Clauses`)."""
    doc = clause.doc
    sent = doc[clause.start].sent
    starts = _list_starts(doc[sent.start : max(sent.end, clause.end)])
    if not starts:
        return [clause]
    out, begin = [], clause.start
    for cut, item in starts:
        if begin < cut and item < clause.end:
            out.append(doc[begin:cut])
            begin = item
    out.append(doc[begin : clause.end])
    for part in out:
        lists[part.start] = (sent.start, sent.end)
    return out


def _list_starts(sent: Any) -> list[tuple[int, int]]:
    """Where each item after the first of a spoken list ends the one before and opens its own
    command (`_list_items`); none unless the list has three items or more."""
    doc = sent.doc
    starts: list[tuple[int, int]] = []
    for t in sent[1:-1]:
        if not (t.lower_ in IMPERATIVES and t.is_lower) or t.nbor().is_punct:
            continue
        if _self_tag(t):
            continue  # "ring the surgery and ask for a double slot, remind myself": a tag
        k = t.i - 1
        while k > sent.start and doc[k].lower_ in FILLERS and doc[k].lower_ != "and":
            k -= 1
        if doc[k].text != "," and doc[k].lower_ != "and":
            continue
        if doc[k].lower_ == "and" and doc[k - 1].lower_ in IMPERATIVES:
            continue  # "sign and send it"
        while k > sent.start and doc[k - 1].lower_ in LIST_JOINS:
            k -= 1
        if doc[k - 1].ent_type_ in ("DATE", "TIME") or doc[k - 1].lower_ in WEEKDAYS:
            continue  # "monday, chase the grant tuesday, collect ...": a list by days
        if sum(x.is_alpha for x in doc[(starts[-1][1] if starts else sent.start) : k]) >= 2:
            starts.append((k, t.i))
    if len(starts) < 2 or not any(doc[k].text == "," for k, _ in starts):
        return []
    if not any(x.pos_ == "VERB" or x.lower_ in IMPERATIVES for x in doc[sent.start : starts[0][0]]):
        return []  # "So action for me, book a time with Ivo and ring them back": a heading
    return starts


# A habit's time ("every night", "each morning"): the task it is said of has no deadline.
HABIT = re.compile(
    rf"\b(?:every|each)\s+(?:day|night|morning|evening|week|weekend|time|{WEEKDAY_WORDS})\b",
    re.I,
)


# A word that puts right what was just said: "the contract, sorry, the variation form".
PUT_RIGHT = re.compile(r"\b(?:sorry|i mean)\b", re.I)


def _day_booked(verb: Any, said: str) -> bool:
    """Whether the day said after a verb is its object, the day fixed, not when it is done:
    "book the seventh of May", "confirm the twelfth"; not "email him Monday", "ring her on
    the 3rd"."""
    doc = verb.doc
    after = doc[verb.i + 1 : verb.sent.end].text if verb.i + 1 < len(doc) else ""
    return said.lower().startswith("the ") and after.lower().startswith(said.lower())


def _two_dated_tasks(clause: Any) -> list[Any]:
    """ "I'll mull it over this weekend and tell Sam on Monday": two tasks, each with its own
    day (the same day said twice is still two), split at the "and" before the second verb; one
    task with one day stays whole. A habit is a time of its own ("sign his planner every night
    and email him by Friday"), and so is a deadline closed off by a comma ("pay Cosmo by the
    31st, and tell the caterer no thanks"): the task after it keeps none of it."""
    doc = clause.doc
    for t in clause[1:-1]:
        if t.lower_ != "and":
            continue
        # "and, er, print the sheets tonight": the verb past the fillers
        k = _past_fillers(doc, t.i + 1, clause.end)
        nxt = doc[k] if k < clause.end else doc[t.i + 1]
        if nxt.lower_ == "then" and nxt.i + 1 < clause.end:
            nxt = doc[nxt.i + 1]
        verb = nxt.tag_ == "VB" or (
            nxt.tag_.startswith("NN") and nxt.lower_ in IMPERATIVES and nxt.is_lower
        )
        if not verb or nxt.i >= clause.end:
            continue  # "print" of "and, er, print new sheets" is tagged a noun
        first, second = doc[clause.start : t.i], doc[t.i : clause.end]
        one = find_day(first.text, _SOME_DAY)
        if one and re.fullmatch(r"(?:this|last|next) year", one[1], re.I):
            one = None  # "the theme this year is ..., so they want me to come and talk ...": when
            # something is, not a task's day
        two = find_day(second.text, _SOME_DAY)
        if two and _day_booked(nxt, two[1]):
            two = None  # "ring Gareth on Tuesday and book the seventh of May": what is booked
        if BY_THEN.search(second.text):
            continue
        if (
            # each with a day of its own, even one day: "order it today and print the sheets
            # tonight", "report it on Monday, and tell Jo first thing Monday too"
            (one and two)
            or (two and not one and HABIT.search(first.text))
            or (one and not two and doc[t.i - 1].text == "," and not HABIT.search(second.text))
            # "ask the council about the closure, and confirm the marquees by the 14th"
            # (not "redo the contract, sorry, the variation form, and get it signed by ...":
            # a task still being put right runs on into its step)
            or (
                two
                and not one
                and doc[t.i - 1].text == ","
                and not HABIT.search(first.text)
                and not PUT_RIGHT.search(first.text)
                and any(x.pos_ == "VERB" for x in first)  # not "Oh, | and post it by Friday"
            )
        ):
            return [first, *_two_dated_tasks(second)]
    return [clause]


def _self_tag(t: Any) -> bool:
    """Whether a "remind" is the note-to-self tag said after the task it tags, ending the
    sentence: "..., remind myself.", "..., remind me"; not "remind Sam to bring the float"."""
    doc = t.doc
    end = t.sent.end
    k = t.i + 1
    return (
        t.lower_ == "remind"
        and k < end
        and doc[k].lower_ in ("myself", "me")
        and (k + 1 >= end or all(x.is_punct for x in doc[k + 1 : end]))
    )


def _only_when(span: Any) -> bool:
    """Whether a stretch says only when, a deadline put first: "By the end of the week | I've
    got to get the grant in" is one clause, whose day is that deadline."""
    text = span.text.strip(" ,")
    said = find_day(text, _SOME_DAY)
    return said is not None and len(text) - len(said[1]) <= 3


def _run_on(doc: Any, t: Any) -> bool:
    """Where Whisper runs two sentences into one with a comma (`clauses`): ", and, um,
    Sunil wants ..." (someone's want after a promise), ", or I should ..." ("er" heard as
    "or")."""
    j = t.i + 1
    while j < len(doc) - 1 and (doc[j].lower_ in FILLERS or doc[j].is_punct):
        j += 1
    if j >= len(doc) - 1:
        return False
    who, then = doc[j], doc[j + 1]
    if t.lower_ == "and" and who.pos_ in ("PROPN", "PRON") and then.lower_ in WANTS:
        return True
    return t.lower_ == "or" and who.lower_ in ("i", "we") and then.lower_ in MODALS


# After "I" or "we", the words that make what follows something to do.
MODALS = {"need", "must", "should", "'ll", "will", "have", "said", "'d", "promised"}


def _one_sentence(first: Any, then: Any) -> bool:
    """Whether two clauses follow each other inside one sentence."""
    doc = first.doc
    between = doc[first.end : then.start]
    return len(between) <= 1 and all(t.text not in (".", "!", "?") for t in (*between, first[-1]))
