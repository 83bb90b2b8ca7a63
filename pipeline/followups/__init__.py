"""Follow-ups: the sentences of a memo that commit the speaker to an action.

A sentence is a commitment when it opens with a command to oneself ("Email Kevin on the third
of December", "Follow up with Tom next week", "Check whether ...") or says so in words ("I need
to", "I promised to", "I said I'd", "remind myself to", "action for me:", "I owe Aisha a
call", "I told Marcus I'd", "we've gotta", "I'm to ask"), when someone asks it of the speaker
("he asked me to ring him Thursday after six", "she wants one of us to take her in") or wants
something from them by a date ("she wants the form by Friday"), and for every line of a to-do
list read out ("To-do list for next week. Monday, chase the bid.") that is not news of someone
else or a happening ("Tuesday, Sam's away", "Wednesday, committee meeting"). Questions are
not; "I'll think about it" with no day is no task until a day is put on it; a promise Whisper
wrote twice over is one.

`find` reads a memo clause by clause and asks each the questions of this package's modules,
each of which imports only those listed before it:

- `phrases`: the words that commit the speaker, or take it back (and `Found`);
- `cutting`: where a memo is cut into clauses (`clauses`);
- `trigger`: whether one clause is a promise, and where it starts;
- `asked`: requests by others, and what the speaker's answer takes on;
- `continuation`: whether a clause goes on with the follow-up just found;
- `context_days`: the day a promise takes from the memo around it.

`find` stays one function because it is the memory the questions are asked against: the last
day said, who wanted what in the clause before, whether a to-do list is being read out.

Whom each follow-up concerns (by name, by "her" or "him", whoever asked or wanted it) is
decided in `whom.py`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .. import whom
from ..dates import DAY_BESIDE, WEEKDAY_NUMBER, find_day, label_day
from ..due import CLOCK, dated_by_reference, due_day, only_date
from ..lexicon import IMPERATIVES
from ..whom import WANTS
from .asked import (
    ACCEPTED,
    ANSWERED,
    BEFORE_SPAN,
    CHECK_FIRST,
    DECLINED,
    DECLINED_WITH,
    DEFERRED,
    DONE_ALREADY,
    GETS_BACK,
    NOT_TAKEN_UP,
    PASS_ON,
    REQUESTED,
    SAYS_HOW,
    SO_I,
    TAKEN_BY_OTHER,
    _does_it,
    _gives_own_deed,
    _reported_order,
    _takes_on,
    _wanted,
)
from .context_days import (
    BEFORE_THE,
    BEFORE_THEY,
    DEADLINE_SAID,
    GO_ALONG,
    HABIT_UNTIL,
    ON_THE_DAY,
    SAME_DAY,
    THE_WEEKDAY,
    UNKNOWN_WHEN,
    _before_said,
    _date_verbs,
    _fronted_when,
    _leans_on,
    _points_back,
)
from .continuation import (
    ANAPHOR,
    _bare_anaphor,
    _continues,
    _dates_last,
    _follows_on,
    _found_next,
    _kept_next,
    _next_to,
    _one_call,
    _or_else,
    _redated,
    _restated,
    _so_on_day,
    _trails,
    _undone_then,
)
from .cutting import HABIT, Clauses, _one_sentence, clauses, sentences
from .phrases import (
    ALSO_DO,
    AND_DO,
    ASK_WHETHER,
    ASKED_IF,
    CANCELLED,
    CANCELLED_NEXT,
    DAY_LABEL,
    DONE_SAID,
    FORGET,
    FORGET_ALONE,
    HEDGE_AFTER,
    HEDGE_OPENS,
    HEDGED,
    HEDGED_AT_END,
    IDEAS_HEADED,
    LIST_END,
    LIST_HEADER,
    NO_ACTION,
    NONE_SAID,
    NOT_MINE,
    OWED_ONLY,
    PROMISE_PHRASES,
    SOMEONE_WRITES,
    SUGGESTED,
    TOLD,
    UNDECIDED,
    Found,
    _heading_only,
    _list_day,
    commitment_matcher,
)
from .trigger import (
    CORRECTED_AT_END,
    CORRECTION_OPENS,
    _content_start,
    _dated_command,
    _had_said,
    _happening,
    _kept,
    _line_for_someone,
    _only_if,
    _planned_deed,
    _sent_by,
    _someone_else,
    _trigger,
    _undone_yet,
    _verb_corrected,
)

__all__ = ["IMPERATIVES", "Clauses", "Found", "clauses", "commitment_matcher", "find", "sentences"]


# A memo usually opens with who was met; Whisper often hears "met"/"talked" as "meet"/"talk",
# so an opening "Meet Chris Evans at the conference" without a date is a report, not a plan.
MEETING_VERBS = {"meet", "talk", "speak", "chat", "catch"}


# A day of the month said bare, which `find_day` leaves to its context: "the twenty-fifth".
THE_NTH = re.compile(
    r"\bthe (?:\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)?[- ]?(?:first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth))\b",
    re.I,
)
# A sentence that turns away from the day's line it follows.
LINE_TURNS = re.compile(
    r"^\W*(?:oh|also|and|anyway|but|so|plus|then|right|ok|okay|apart from|other than|as for)\b",
    re.I,
)


def find(
    doc: Any,
    entities: Sequence[Any],
    recorded_at: dt.datetime,
    matcher: Any,
    dated: Mapping[str, dt.date] | None = None,
    cut: Clauses | None = None,
) -> list[Found]:
    """The follow-ups in an analysed memo. `entities` are the resolved `_Entity` spans;
    `dated` maps what the memo dates elsewhere ("board meeting") to its day, so "before the
    board meeting" is due that day; `cut` are the memo's `clauses`, when already cut."""
    labels = {doc.vocab.strings[k]: k for k in ("COMMIT", "SUBJECTLESS")}
    matches = sorted(matcher(doc), key=lambda m: m[1])
    today = recorded_at.date()
    found: list[Found] = []
    listing = False  # after "To-do list for next week." every line is a follow-up
    last_day: dt.date | None = None  # the last date said, for "by then"
    wanted_by: str | None = None  # who, in the clause before, wanted something
    wants_to = False  # and whether what they wanted was to do something themselves
    headed: bool | None = None  # the clause before was a heading: "Action for me."
    cut = clauses(doc) if cut is None else cut
    parts = cut.spans
    undecided = bool(UNDECIDED.search(doc.text))  # a memo of ideas, none of them decided
    ideas = bool(IDEAS_HEADED.search(doc.text))  # a memo headed "Ideas for ..."
    none_said = False  # a sentence said there is nothing to do: "No actions."
    gender_of = whom.genders(doc, entities)
    verb_days: dict[str, dt.date] = {}  # what the memo dated by its verb: "starts Wednesday"
    before: Any = None  # the clause before, when it was no follow-up
    last_happening: dt.date | None = None  # the last date said of something not a task
    happening_said: str | None = None  # and the words that said it
    day_owner: str | None = None  # whose was the happening dated last ("Ifeoma's leaving do")
    # A list said line by line, each line opened by its day ("Monday: PTA meeting, email
    # Sam. Tuesday: ..."): a task on a line with no day of its own is due on the line's day.
    day_lines = sum(bool(DAY_LABEL.match(c.text)) for c in parts) >= 2
    line_day: dt.date | None = None
    carried = False  # the line's day held over a full stop
    list_day: dt.date | None = None  # "To do today.": the list's lines are due that day
    for n, clause in enumerate(parts):
        prior, before = before, clause
        last = parts[n - 1] if n else None
        if last is None or re.search(r"[.!?]\W*$", last.text):
            # a full stop ends a line, but in a week said ahead day by day the sentences
            # after a day's line are that day's until the next day or a turn ("Thursday:
            # Dad's operation. I'll take him in for seven."; not "Oh, and the accounts", nor a
            # clause with a day of its own, nor any after it)
            carried = (
                day_lines
                and line_day is not None
                and not LINE_TURNS.match(clause.text)
                and find_day(clause.text, today) is None
                and not THE_NTH.search(clause.text)
            )
            if not carried:
                line_day = None
        if day_lines and (label := DAY_LABEL.match(clause.text)):
            line_day = label_day(label[1], today)
            carried = False
        if n:
            _date_verbs(parts[n - 1], recorded_at, verb_days)
        text = clause.text.strip()
        no_action = (
            (NO_ACTION.search(text) and not SOMEONE_WRITES.search(text))
            # "Not committing to any of it, | I'll see what Sam thinks": a hedge that opens
            # the sentence holds for the rest of it
            or (last is not None and HEDGE_OPENS.match(last.text) and _one_sentence(last, clause))
            # "I said I'd look at it | but I'm not promising anything": taken back as it is said
            or (
                n + 1 < len(parts)
                and HEDGE_AFTER.match(parts[n + 1].text)
                and _one_sentence(clause, parts[n + 1])
            )
            or NOT_MINE.search(text)
            or OWED_ONLY.search(text)
            or CANCELLED.search(text)
            or HEDGED.search(text)
            or (SUGGESTED.search(text) and due_day(text, recorded_at) is None)
            or _only_if(last, clause)
            or (DECLINED_WITH.search(text) and REQUESTED.search(text))
        )
        if NONE_SAID.match(text):
            none_said = True
        if _heading_only(text):
            # "Action for me." on its own: the promise is what comes next ("Action points." may
            # head a list of news)
            headed = bool(re.search(r"\b(?:me|myself|self|later|reminders?)\b", text, re.I))
            wanted_by = None
            if LIST_HEADER.search(text):
                # "Friday, to-do. | One, the summary to Priya, today.": a list's heading, every
                # line of it a task
                listing = True
                list_day = _list_day(text, today)
            continue
        if (
            TAKEN_BY_OTHER.search(text)
            and found
            and REQUESTED.search(found[-1].text)
            and _next_to(found[-1], clause)
        ):
            found.pop()  # "he wants the report by Tuesday. Lee said he'd do it, so not me."
        if (
            (DONE_ALREADY.match(text) or CANCELLED_NEXT.match(text))
            and found
            and _next_to(found[-1], clause)
        ):  # "Joss asked me to sign his sponsor form. Done that already."; "Pick up the
            # prescription. Oh wait, Len picked it up this morning."
            found.pop()
        elif found and _next_to(found[-1], clause) and _kept_next(found[-1], clause):
            found.pop()  # "I said I'd ring Juno. I did, she wasn't in."
        if (
            (NOT_TAKEN_UP.match(text) or DECLINED.match(text) or DECLINED_WITH.match(text))
            and found
            and REQUESTED.search(found[-1].text)
            and _next_to(found[-1], clause)
            and not _found_next(parts, n, recorded_at)
        ):
            found.pop()  # "Marcia wants me to join. I'll think about it.": not taken on
        elif (
            (
                DEFERRED.match(text)
                or GETS_BACK.match(doc.text[clause.start_char : clause.sent.end_char])
                or (CHECK_FIRST.match(text) and found and not ANSWERED.search(found[-1].text))
                # "Bev wants me to do the Instagram page. I said I'd set up the page this
                # weekend": a request with no day, answered with the word given and a deed
                # of its own, is the answer's task
                or (
                    _gives_own_deed(clause)
                    and found
                    and due_day(found[-1].text, recorded_at) is None
                )
            )
            and found
            and REQUESTED.search(found[-1].text)
            and _next_to(found[-1], clause)
            and found[-1].start_char < clause.start_char
        ):
            # "asked if I can do the Saturday shift, I said I'd let him know by Wednesday":
            # the answer is put off, so the task is the answer, not what was asked
            found.pop()
        if (
            not text
            or text.endswith("?")
            or no_action
            or HEDGED_AT_END.search(text)
            or DONE_SAID.search(text)
        ):
            wanted_by = headed = None
            continue
        if _verb_corrected(clause, parts[n + 1] if n + 1 < len(parts) else None):
            continue  # "I need to text, no, | ring Araminta": the verb taken back
        day = due_day(text, recorded_at)
        then_owner = None  # whose happening "before then" dates this by
        took_prior = False  # the clause took on the one before it, that its "that" meant
        if CORRECTED_AT_END.search(text) and n + 1 < len(parts):
            # "find the statement tomorrow, er, no | Sunday, I'm on a long day tomorrow"
            said = find_day(parts[n + 1].text, today, future=True)
            if said and parts[n + 1].text.lower().lstrip(" ,").startswith(said[1].lower()):
                day = said[0]
        elif (
            day is not None
            and n + 1 < len(parts)
            and (no := CORRECTION_OPENS.match(parts[n + 1].text))
        ):
            # "pay the fees online tonight. | No, tomorrow, I'm in work tonight": the day put
            # right in the clause after
            words = parts[n + 1].text[no.end() :]
            if not words.strip() and n + 2 < len(parts):
                words = parts[n + 2].text  # "No | Monday, they're shut Friday"
            said = find_day(words, today, future=True)
            if said and words.lower().startswith(said[1].lower()):
                day = said[0]
        if last_day and (the_day := THE_WEEKDAY.search(text)) and only_date(text, the_day[1]):
            # "the fair is on Sunday the 18th ... have them ready on the Saturday"
            back = (last_day.weekday() - WEEKDAY_NUMBER[the_day[1].lower()]) % 7
            if last_day - dt.timedelta(days=back) >= today:
                day = last_day - dt.timedelta(days=back)
        due = day
        if (
            due is None
            and (
                re.search(
                    r"\b(?:by|before|until|till|for) then\b|\b(?:by|before|until|till) that\b",
                    text,
                    re.I,
                )
                or SAME_DAY.search(text)
            )
            and not HABIT_UNTIL.search(text)
        ):  # "by then", "get cover that morning": the day
            # said last; not "every night until then", a habit with an end, not a deadline
            due = last_day
            then_owner = day_owner
            if SAME_DAY.search(text) and dated and (named := dated_by_reference(text, dated)):
                due = named  # "take him to the review, so a locum for that day": the review's
            elif SAME_DAY.search(text) and found and found[-1].due and _next_to(found[-1], clause):
                # "I promised I'd take him to the review, | which means I'll need cover for
                # that day": the day of the task it runs on from
                due = found[-1].due
        if due is None and last_day and GO_ALONG.search(text):
            due = last_day  # "the surgery is on Saturday. I'm going to go along": that day
        if due is None and last_day and last_day >= today and _points_back(clause, today):
            due = last_day  # "the clinic is on the twenty-second. I'll drive her there"
        if due is None and last is not None and _leans_on(last, clause, text):
            due = due_day(last.text, recorded_at)
        asked, answer, said_yes = last, clause, ACCEPTED.match(text)
        yes = ACCEPTED.match(last.text) if n > 1 and last is not None else None
        if yes and not last.text[yes.end() :].strip(" ,.;") and SAYS_HOW.match(text):
            # "I said yes, | I'll do the teas"; not "I said yes, | so I need to tell work"
            asked, answer, said_yes = parts[n - 2], last, yes
        accepted = None  # the request this clause says yes to
        if (
            due is None
            and asked is not None
            and said_yes
            and REQUESTED.search(asked.text)
            and answer.start - asked.end <= 1
        ):  # "Sam wants help with the fete on the 2nd. I said yes, I'll do the teas": its day
            due = due_day(asked.text, recorded_at)
            accepted = asked
        if due is None and last_day and (span := BEFORE_SPAN.search(text)):
            n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}.get(span[1].lower(), 2)
            days = {"day": 1, "week": 7, "fortnight": 14}[span[2].lower()]
            due = last_day - dt.timedelta(days=n * days)  # "he'd like the flyers a week before"
        start = _trigger(clause, matches, labels)
        if start is None:
            start = _undone_yet(clause)
        said_to = TOLD.search(text) or ASKED_IF.search(text)
        if start is None and said_to and not _had_said(clause, said_to):
            start = clause.start
        if start is None:
            start = _reported_order(clause)
        if start is None and FORGET.search(text):
            start = _content_start(clause)  # "PE kit on Thursday, don't forget"
        wanted = False
        ahead = due is None and (
            (last_happening is not None and _before_said(text, happening_said))
            or (
                (they := BEFORE_THEY.search(text)) is not None
                and any(t.lower_ == they[1].lower() and t.lemma_ in verb_days for t in clause)
            )
        )
        if start is None and (
            due is not None or (dated and dated_by_reference(text, dated)) or ahead
        ):  # "she wants it by Friday", "he'd like the minutes before the AGM", "before he goes"
            start = _wanted(clause, today)
            wanted = start is not None
            if wanted and n + 1 < len(parts) and PASS_ON.match(parts[n + 1].text):
                start, wanted = None, False  # "she wants his statements. I'll pass that on"
        if start is None and due is not None:
            start = _sent_by(clause)
        if start is None and due is not None and DAY_LABEL.match(text):
            start = _line_for_someone(clause, entities)
        if start is None and (
            due is not None
            or line_day is not None
            or ALSO_DO.match(text)
            or (AND_DO.match(text) and found and _next_to(found[-1], clause))
        ):  # "Wednesday: the visit at eleven, tidy the flat"; "Also upload his readings to
            # the app": a bare verb after "also" adds a task to the ones said
            start = _dated_command(clause)
        if start is None:
            start = _planned_deed(clause, today)  # "I'm writing the complaint this weekend"
        if listing and LIST_END.search(text):
            listing = False
            list_day = None
        if start is None and headed and any(t.is_alpha for t in clause):
            start = _content_start(clause)  # "Action for me. | A male leisure service is ..."
        headed = None
        if start is None and listing and any(t.is_alpha for t in clause):
            # a verb told in the line's first stretch: "My notes to Sam, today, they're due"
            # is a line with a remark after it
            comma = next((t.i for t in clause if t.text == ","), clause.end)
            told = any(
                t.tag_ in ("VBZ", "VBD", "VBP") and t.dep_ in ("ROOT", "ccomp")
                for t in clause
                if t.i < comma
            )
            if told:
                listing = False  # "His card says ...": the list is over
            elif not _someone_else(clause, entities) and not _happening(clause):
                start = _content_start(clause)  # "Wednesday, meter readings to Octopus."
        header = LIST_HEADER.search(text)
        if header and len(clause) <= 8 and not text[header.end() :].strip(" .:!,;-"):
            start = None  # "Phone list for today.": a heading, not a call to make
        # "Phone call list for today, ...": a heading of a word or two before the list's name
        opens = header is not None and len(text[: header.start()].split()) <= 2
        if header and start is None and (len(clause) <= 8 or header.start() < 3 or opens):
            listing = True
            list_day = _list_day(text, today)
            # "To do list for next week, Monday, chase the application": the first item too
            rest = [t for t in clause if t.idx - clause.start_char > header.end()]
            if len(rest) > 3 and any(t.lower_ in IMPERATIVES for t in rest):
                start = rest[0].i
            else:
                # Whisper runs the heading on into its first line: "To do today, one, fixtures
                # list for Sam", "Jobs for tomorrow, fence panels for Mrs Odell"
                run_on = re.match(r"(?: ?[\w']+){0,2},", text[header.end() :])
                at = header.end() + run_on.end() if run_on else len(text)
                line = [t for t in rest if t.idx - clause.start_char >= at]
                if sum(t.is_alpha for t in line) >= 3 and not _happening(
                    doc[line[0].i : clause.end]
                ):
                    start = line[0].i
        if (
            start is None
            and day is not None
            and found
            and (_dates_last(found[-1], clause) or _redated(found[-1], clause))
        ):
            # "Ring Wojciech. | Tomorrow.", "speak to Hollis about the permits. Tomorrow
            # ideally.": a day said on its own just after a promise with none is its day;
            # "the newsletter, which I said I'd do by today. Not done. Do it tonight.": the
            # promise said just before, with its new day
            prev = found.pop()
            joined = doc.text[prev.start_char : clause.end_char].strip()
            found.append(Found(joined, day, prev.person, prev.start_char))
            last_day = day
            before = None
            continue
        if found and (
            (
                start is None
                and (day is None or found[-1].due is None)
                and (
                    _trails(found[-1], clause)
                    or (day is not None and _so_on_day(found[-1], clause))
                )
            )
            or _or_else(found[-1], clause)
        ):
            # "I need to phone the bank. | About the overdraft. | Tomorrow.": what the promise is
            # about, said on its own after it, is part of it (and a day said with it or next,
            # "About the invoice, by Friday.", dates it); so are the ways of doing it, "so I
            # need to sort a lift. | Ask Sheila, or a taxi.", and whom it is for stays its own
            prev = found.pop()
            joined = doc.text[prev.start_char : clause.end_char].strip()
            found.append(Found(joined, prev.due or day, prev.person, prev.start_char))
            last_day = day or last_day
            before = None
            continue
        if (
            start is None
            and n + 1 < len(parts)
            and FORGET_ALONE.match(parts[n + 1].text)
            and any(t.is_alpha for t in clause)
            # a note, not news ("Had a lovely time at the fair"), nor more of the task just
            # found ("Ring the surgery at eight. | Dr Nowacka letter. | Don't forget.")
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in clause)
            and not (found and _next_to(found[-1], clause))
        ):
            start = _content_start(clause)  # "Blue bin out tonight. | Do not forget again."
        if start is None:
            last_happening = day or last_happening
            if day:
                happening_said = clause.text
            wanted_by = whom.wanter(clause, entities, gender_of=gender_of) or None
            wants_to = any(
                t.lower_ in WANTS and t.i + 1 < clause.end and t.nbor().lower_ == "to"
                for t in clause
            )
            if day:
                day_owner = whom.owner(clause, entities, gender_of)
            last_day = day or last_day
            continue
        if start >= len(doc):
            continue  # the memo stops where the promise's words would start ("thursday,")
        if (
            n == 0
            and due is None
            and doc[start].lower_ in MEETING_VERBS
            and start == _content_start(clause)
        ):  # not "I need to speak to Orla's teacher": the promise says it is one
            continue
        if (
            due is not None
            and due == day
            and sum(t.is_alpha for t in doc[clause.start : start]) >= 5
            and (own := due_day(doc[start : clause.end].text, recorded_at)) is not None
        ):  # "netball this afternoon, we won ... she wants cakes for Saturday the 25th": a
            # run-on report before the promise dates the report; the promise's own words say
            # its day
            due = day = own
        if _kept(clause, start):
            wanted_by = None
            continue  # "I said I'd call Juno and I did": kept already
        if (
            due is None
            and undecided
            and start == _content_start(clause)
            and doc[start].lower_ in IMPERATIVES
        ):
            continue  # "Ideas, just thinking out loud. Put more reviews online. Not deciding"
        if (
            due is None
            and none_said
            and start == _content_start(clause)
            and doc[start].lower_ in IMPERATIVES
        ):
            continue  # "Nothing to do about anything. No actions. Go to work.": a sign-off
        if (
            due is None
            and ideas
            and doc[start].lower_ == "ask"
            and ASK_WHETHER.match(doc[start : clause.end].text)
        ):
            continue  # "Ideas for the group. Two, ask the library if they'd do a story time."
        deed_word = doc[start]
        if said_to and start == clause.start:  # "Told Brenda I'd think about the committee"
            at = clause.start_char + said_to.end()
            deed_word = next((t for t in clause if t.idx >= at), deed_word)
        if (
            (due is None or (day is None and last is not None and REQUESTED.search(last.text)))
            and deed_word.lower_ in ("think", "consider")
            and not _found_next(parts, n, recorded_at)
        ):  # "I said I'd think about it": no task until a day is put on it; not the day of
            # what was asked ("he asked if I'd help on Friday the 2nd, I said I'd think about it")
            continue
        if (
            prior is not None
            and (
                (
                    (ANAPHOR.search(text) or _bare_anaphor(doc, start, clause.end))
                    and len(clause) <= 8
                )
                or (
                    REQUESTED.search(prior.text)
                    and _does_it(prior.text, clause, _one_sentence(prior, clause))
                    and len(clause) <= 14
                )
            )
            and clause.start - prior.end <= 1
            and any(t.is_alpha for t in prior)
        ):  # "the permit needs renewing in February, must remember to do that", "Thursday
            # the grant report, that's due, must send it"
            text = doc.text[prior.start_char : clause.end_char].strip()
            due = due or due_day(prior.text, recorded_at)
            clause = doc[prior.start : clause.end]
            took_prior = True  # what "that" meant is said: not the follow-up before it
        if due is None and dated:
            due = dated_by_reference(text, dated)
        if due is None and ahead and BEFORE_THE.search(text):
            due = last_happening  # "the walkabout is the seventh ... before the walkabout"
        if due is None and ON_THE_DAY.search(text):
            due = last_happening  # "I told Lloyd I'd run the water on the day": the festival's
        if due is None and (said := BEFORE_THEY.search(text)):
            # "Jo starts Wednesday ... a welcome sheet for her before she starts"
            verb = next((t for t in clause if t.lower_ == said[1].lower()), None)
            due = verb_days.get(verb.lemma_.lower()) if verb is not None else None
            # "The assessment is on the 24th ... get the rail fitted before she comes": the
            # happening just dated (not a deadline, nor "whenever that is")
            if not UNKNOWN_WHEN.search(text):
                due = due or last_happening
        if (step := DAY_BESIDE.search(text)) and (last_day or dated):
            # "the day after that meeting": the meeting's day, plus or minus one
            said = dated_by_reference(f"at the {step['what']}", dated or {})
            said = said or (last_day if step["det"].lower() == "that" else None)
            if said is not None:
                sign = 1 if step["way"].lower() == "after" else -1
                due = said + dt.timedelta(days=sign)
                if (unit := step["unit"].lower()) in WEEKDAY_NUMBER:
                    # "the Friday before the party": the last Friday before its day
                    while due.weekday() != WEEKDAY_NUMBER[unit]:
                        due += dt.timedelta(days=sign)
        if due is None and (whole := cut.lists.get(clause.start)):
            due = due_day(doc[whole[0] : whole[1]].text, recorded_at)  # the list's one day
        if due is None and prior is not None and _fronted_when(prior, clause):
            due = due_day(prior.text, recorded_at)  # "Thursday after six, | ring Wilhelmina"
        heading_day = line_day or (list_day if listing else None)
        if carried and line_day and (find_day(text, today) or THE_NTH.search(text)):
            heading_day = None  # "I owe her a Saturday, remind myself to offer her the 25th"
        if heading_day and (
            (due is None and not DEADLINE_SAID.search(text))
            or (due is not None and find_day(text, today) is None and CLOCK.search(text))
        ):  # not "before the bake sale": a deadline of its own the memo does not date; a
            # clock time alone ("the surgery at half ten") is on the line's or list's day
            due = heading_day
        person = whom.wanter(clause, entities, gender_of=gender_of) if wanted else None
        deed = _told_deed(clause, start, entities, gender_of)
        person = person or whom.person(clause, deed, entities, gender_of)
        if person is None and accepted is not None:
            person = whom.wanter(accepted, entities, gender_of=gender_of)
        if person is None:
            person = whom.wanter(clause, entities, before=start, gender_of=gender_of)
            if (
                person is None
                and (not wants_to or (last is not None and _follows_on(last, clause)))
                and not (day_lines and DAY_LABEL.match(text))
            ):
                # "He wants leaflets. I must print fifty"; "Sam's dad wants to help with the
                # minibus. | Remind myself to print the forms" is his offer, not a request; a
                # new day's line of a week said ahead answers no one
                person = wanted_by
        if person is None and _promised(clause, matches, labels):
            person = whom.last_person(clause, entities)
        if (
            person is None
            and SO_I.match(text)
            and not (found and found[-1].start_char >= doc[clause.start].sent.start_char)
        ):  # not "she asked me to come in Thursday, so I've gotta swap my shift": a step
            # of the speaker's own towards a promise just made
            person = whom.cause_person(clause, entities, gender_of)
        if person is None and then_owner and due == last_day:
            person = then_owner  # "Ifeoma's leaving do is on the 20th. Get a card before then"
        person = person or None  # "": a relative the memo does not name
        # "... every night | and email him by Friday": the task `_two_dated_tasks` cut off after
        # a habit stands alone, whatever it refers back to
        second_task = (
            clause[0].lower_ == "and"
            and len(clause) > 1
            and clause[1].tag_ == "VB"
            and bool(found)
            and HABIT.search(found[-1].text) is not None
        )
        if (
            found
            and not second_task
            and (
                _continues(clause, found[-1], due)
                or _takes_on(found[-1], last, clause, due)
                or _undone_then(found[-1], clause)
                or (
                    # "I promised I'd read the lesson on Sunday, so practise that": its day
                    (due is None or due == found[-1].due)
                    and not took_prior
                    and _bare_anaphor(doc, start, clause.end, run_on=True)
                    and _next_to(found[-1], clause)
                )
            )
        ):  # "She wants the slips by the 26th. I said I'd do that."
            # "... I said I'd get her the number. I'll text it to her tomorrow."
            prev = found.pop()
            joined = doc.text[prev.start_char : clause.end_char].strip()  # its own commas
            # "Sam asked me to find players, so I said I'd ask Jo": the answer names its own
            # person
            # "I'll ask Jo for it, no, actually Mo has it. So ask Mo today": the one said again
            own = person if SO_I.match(clause.text) or _restated(prev, clause) else None
            found.append(
                Found(joined, due or prev.due, own or prev.person or person, prev.start_char)
            )
            last_day = day or last_day
            before = None
            continue
        found.append(Found(text, due, person, clause.start_char))
        last_day = day or last_day
        wanted_by = None
        before = None
    # Whisper sometimes writes a stretch of speech twice over; one promise said once is one task
    said: set[str] = set()
    kept = []
    for f in found:
        words = " ".join(re.findall(r"\w+", f.text.lower()))
        if words not in said:
            said.add(words)
            kept.append(f)
    return _one_call(kept)


def _told_deed(
    clause: Any, start: int, entities: Sequence[Any], gender_of: Mapping[str, str]
) -> int:
    """Where the deed promised starts in "I told Dan I'd ring Priya": the promise concerns
    Priya, whom it acts on, not Dan, to whom it was made (`whom.person` falls back on him when
    the deed names no one: "I told Marcie I'd sort it", or only an owner: "I promised Reverend
    Ashdown I'd collect them with Bilal's car", or when it comes back to him: "I told Dan I'd
    ask Priya and let him know")."""
    told = TOLD.search(clause.text)
    if told is None:
        return start
    at = clause.start_char + told.end()
    deed = max(start, next((t.i for t in clause if t.idx >= at), start))
    named = [e for e in entities if e.kind == "person" and deed <= e.start < clause.end]
    if named and all(whom.possessive(e, clause.doc) for e in named):
        return start
    # "Told Wendy I'd check with Tom and get back to her": the deed comes back to whom it
    # was promised, so it concerns her, and Tom is only whom she is answered through
    people = [e for e in entities if e.kind == "person"]
    told_to = [str(e.name) for e in people if start <= e.start < deed]
    if told_to and any(
        t.lower_ in ("her", "him")
        and t.dep_ != "poss"
        and whom._antecedent(t, people, gender_of) == told_to[-1]
        for t in clause.doc[deed : clause.end]
    ):
        return start
    return deed


def _promised(clause: Any, matches: Sequence[tuple[int, int, int]], labels: dict[int, str]) -> bool:
    doc = clause.doc
    return any(
        clause.start <= s < clause.end and doc[s:e].text.lower() in PROMISE_PHRASES
        for _, s, e in matches
    )
