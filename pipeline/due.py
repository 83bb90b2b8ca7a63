"""The day a clause's own words set for a task: `due_day("ring the garage at half five", at)`.

Dates are read with `dates.find_day` in a future context, relative to when the memo was
recorded: "by Friday" recorded on a Friday is the next Friday. Of several dates the deadline
wins ("met her today, she wants it by Thursday"); a date after "since", or one already past,
is none ("it's been here since Christmas"), nor is a date the task is about ("let Sam know
about the 30th today") or one left open ("show her round one weekend"); after a
self-correction the corrected one counts ("by the sixteenth, sorry, no, by the eighteenth").
With no day said, "every Friday" is first due on the next
Friday, "before we leave" today, "first thing" (or "after lunch") this morning or, said after
noon, the next, and
a clock time alone ("ring them at 9") today, or tomorrow once it has passed. "Before the board
meeting" is the day the memo gave what it names (`dated_by_reference`).

A module apart because it reads a clause's text, one clause at a time, with no parse; which
clause's day a promise takes ("by then", a list's heading, the request a yes answers) is
`followups`' to decide.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from .dates import WEEKDAY_WORDS, find_day, label_day
from .lexicon import COMMAND_VERBS

# A self-correction: what follows is what was meant ("by the sixteenth, sorry, no, by the 18th").
# "no" corrects only with a mark after it or a day next ("by Friday no Saturday", "the 16th no
# 18th"); as a determiner ("no more cake for me", "no rush", "no more lists tonight") it
# corrects nothing.
NO_DAY_NEXT = (
    r"(?:wait|sorry|actually|the|on|by|before|next|this|tomorrow|tonight|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|\d|(?:twenty|thirty)?[- ]?(?:first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth"
    r"|twentieth|thirtieth))\b"
)
CORRECTION = re.compile(
    rf"\b(?:sorry|actually|i mean|no(?=[,.]|\s+{NO_DAY_NEXT}))[,.]?\s+(?:no[,.]?\s+)?(?=\w)",
    re.I,
)
# The hours said as words: "at half six", "by eight".
HOURS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
)  # fmt: skip
WORD_HOURS = {w: n for n, w in enumerate(HOURS, 1)}
# A clock time without a day: "at 9", "by 5pm", "at half six", "at eight o'clock", "ring him
# after two".
CLOCK = re.compile(
    r"\b(?:at|by|before|after)\s+(half\s+(?:past\s+)?)?"
    r"(\d{1,2}(?!\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'clock)?"
    r"(?!\s*(?:%|each|per|a head|[a-z]*(?:pound|quid|people|percent|minute|hour|day|week"
    r"|month|year|of)))",
    re.I,
)
# A request reported with the day it was made: "Jago asked me on Friday if ...".
ASKED_ON = re.compile(
    r"\b(?:asked|told|rang|phoned|called|emailed|texted|messaged|mentioned)(?: me| us)?\s*$", re.I
)
# What a thing is from: "the photos from Saturday", "the dish from Friday's dinner".
FROM_THE = re.compile(
    r"(?:\b(?:the|my|our|his|her|their|those|these)(?: [\w'-]+){1,3}|^\W*\w+s) from\s*$", re.I
)
FROM_OF = re.compile(r"\b(?:from|of)\s*$", re.I)
# A time of day or week that "one", "some" or "any" leaves open: "show her round one weekend"
# (not "buy one tomorrow", where "one" is the thing bought).
SOME_WHEN = re.compile(rf"(?:weekend|evening|morning|afternoon|night|{WEEKDAY_WORDS})\b", re.I)
# "a new one", "the other one": "one" is the thing, not some day ("get a new one Saturday").
ONE_THING = re.compile(r"\b(?:a|an|the|new|old|spare|another|other|same)\s+one\s*$", re.I)
# A task done on a weekday each week: it is next due on the next such day.
EVERY_WEEKDAY = re.compile(rf"\b(?:every|each) ({WEEKDAY_WORDS})\b", re.I)
# The end of where the speaker is now: "before we leave", "before I go home".
LEAVING = re.compile(r"\bbefore (?:i|we) (?:leave|go home|head (?:off|home)|pack up)\b", re.I)
# Now, or as good as: "in a minute I've got to go up and explain it", "straight away".
RIGHT_AWAY = re.compile(
    r"\b(?:in a (?:minute|min|mo|moment|sec|second|bit)|right now|straight away|right away)\b",
    re.I,
)
# The end of a stretch said before: "before the 14 days are up", "before the fortnight's up".
SPAN_UP = re.compile(
    r"\b(?:before|by the time) the ([\w-]+) (days|weeks)(?: are|['’]re) up\b"
    r"|\b(?:before|by the time) the (fortnight|week|month)(?:['’]s| is) up\b",
    re.I,
)
# "First thing": the next morning, this one if it is not yet noon.
FIRST_THING = re.compile(r"\bfirst thing\b", re.I)
# "I will, after lunch", "ring her before lunch", "by dinner time" (the midday meal, as the north
# and Wales say it): today's, or, said after it, tomorrow's.
LUNCH = re.compile(r"\b(?:after|before|by) (?:lunch|lunchtime|dinner ?time)\b", re.I)
# "collect them after work", "sign it after tea", "drop it in after the school run": today's,
# or, said once that part of the day is over, tomorrow's (the hour it is over by).
AFTER_PART = re.compile(
    r"\b(?:after|before) (?:(work)|(school|the school run)|(tea|teatime|my tea))\b", re.I
)
# What a deadline said after the task's own day belongs to: the errand the task is for ("ring
# Sorcha tomorrow | to ask for a meeting before the end of the month"), or a remark on the day
# ("email it Monday, | that's still before the 22nd").
# "to" after a need or a promise ("I need to get it to her by Friday") is the task itself.
PURPOSE = re.compile(
    r"(?<!\bneed )(?<!\bhave )(?<!\bgot )(?<!\bgoing )(?<!\bwant )(?<!\bought )(?<!'ve )"
    r"(?<!\bable )(?<!\bsaid )(?<!\bagreed )(?<!\bpromised )(?<!\boffered )(?<!\bmeant )"
    r"(?<!\bsupposed )(?<!\bremember )(?<!\bforget )(?<!\btrying )(?<!\bwants )(?<!\bneeds )"
    rf"\bto (?:{'|'.join(sorted(COMMAND_VERBS))})\b",
    re.I,
)
REMARK = re.compile(r"\b(?:that's|that is|which is|which's)\s+(?:still\s+|well\s+|just\s+)?$", re.I)


def due_day(text: str, recorded_at: dt.datetime) -> dt.date | None:
    """The due date said in a clause: after a self-correction, the corrected one; of several
    dates, the one said as a deadline ("met her today, she wants it by Thursday"). A date
    after "since" is in the past ("it's been here since Christmas"). With no day said, a
    clock time is the next such time ("ring the dentist at 9"): today, or tomorrow once it
    has passed."""
    today = recorded_at.date()
    for m in reversed(list(CORRECTION.finditer(text))):
        tail = text[m.end() :]
        day = find_day(tail, today, future=True)
        if not day and re.match(r"the\s", tail, re.I) and find_day(text[: m.start()], today):
            # "by the sixteenth, no, the eighteenth": the day said again without its "by"
            day = find_day("on " + tail, today, future=True)
        if day and not day[1].lower().startswith("since"):
            return day[0]
    first = None
    rest = text
    while rest and (day := find_day(rest, today, future=True)):
        at = rest.find(day[1])
        about = re.search(r"\babout\s*$", rest[:at], re.I)
        some = (
            re.search(r"\b(?:one|some|any)\s*$", rest[:at], re.I)
            # not "get a new one Saturday", "the other one Friday": "one" is the thing
            and not ONE_THING.search(rest[:at])
            and SOME_WHEN.match(day[1])
        )
        asked = ASKED_ON.search(rest[:at])
        # "send the photos from Saturday", "the minutes of Thursday's meeting": the day a thing
        # is from
        said_from = re.match(r"from\s+", day[1], re.I)
        front = rest[:at] + (said_from[0] if said_from else "")
        onwards = re.search(r"\b(?:on|onwards)\s*$", day[1], re.I) or re.match(
            r"\s*(?:on\b|onwards|until|till)", rest[at + len(day[1]) :]
        )
        source = (FROM_THE.search(front) and not onwards) or (
            FROM_OF.search(front) and re.match(r"['’]s\b", rest[at + len(day[1]) :])
        )
        owner = re.match(r"['’]s\s+[a-z]", rest[at + len(day[1]) :], re.I)
        between = rest[:at]
        rest = rest[at + len(day[1]) :]
        if day[1].lower().startswith("since") or day[0] < today:
            continue  # "I never paid him last week": what is past is no deadline
        if owner and find_day(rest[2:], today, future=True):
            continue  # "email her today's numbers on Monday": what the numbers are, not when
        if asked and re.match(r"on\b", day[1], re.I) and find_day(rest, today, future=True):
            continue  # "asked me on Friday if I could cover the 21st": when it was asked
        if some or source:
            continue  # "show her around one weekend": a weekend, not this one
        if about and find_day(rest, today, future=True):
            continue  # "let Sam know about the 30th today": the 30th is what it is about
        if first is not None and (PURPOSE.search(between) or REMARK.search(between)):
            continue  # "ring her tomorrow to ask for a meeting before the 30th": tomorrow
        first = first or day[0]
        if re.match(r"(?:by|before|until|till|no later than)\b", day[1], re.I):
            return day[0]
    if first is None and (span := SPAN_UP.search(text)):
        # "help him write the appeal before the 14 days are up": the stretch's last day
        said = find_day(f"in {span[1]} {span[2]}" if span[1] else f"in a {span[3]}", today)
        if said is not None:
            return said[0]
    if first is None and RIGHT_AWAY.search(text):
        return today  # "in a minute I've got to go up and explain it to Dad"
    if first is None and (every := EVERY_WEEKDAY.search(text)):
        return label_day(every[1], today)  # "sign his planner every Friday": first due then
    if first is None and LEAVING.search(text):
        return today  # "get his number before we leave": before this outing is over
    if first is None and FIRST_THING.search(text):
        # "email her the photos, first thing": said in the morning, this morning; later, the
        # next morning
        return today if recorded_at.hour < 12 else today + dt.timedelta(days=1)
    if first is None and LUNCH.search(text):
        return today if recorded_at.hour < 14 else today + dt.timedelta(days=1)
    if first is None and (part := AFTER_PART.search(text)):
        over = 17 if part[1] else 15 if part[2] else 19
        return today if recorded_at.hour < over else today + dt.timedelta(days=1)
    clock = CLOCK.search(text)
    # an hour said as a word is a time after "before", "by" or "after" ("before ten", "after
    # two"), not after "at" ("at two of them") nor "one" ("one by one")
    word_hour = (
        clock is not None
        and clock[0].split()[0].lower() != "at"
        and clock[2].lower() in WORD_HOURS
        and clock[2].lower() != "one"
    )
    if first is None and clock and (clock[2].isdigit() or clock[1] or clock[4] or word_hour):
        hour = int(clock[2]) if clock[2].isdigit() else WORD_HOURS[clock[2].lower()]
        minute = 30 if clock[1] else int(clock[3] or 0)
        pm = (clock[4] or "").lower().startswith("p")
        if hour > 23 or minute > 59:
            return None
        if (pm or 1 <= hour <= 7) and hour < 12:
            hour += 12  # "at 6": the evening, as people mean it
        said = recorded_at.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return today if said > recorded_at else today + dt.timedelta(days=1)
    return first


def only_date(text: str, weekday: str) -> bool:
    """Whether the one date said in `text` is the bare weekday `weekday`."""
    said = find_day(text, dt.date(2000, 1, 3), future=True)
    return said is not None and said[1].lower().split()[-1] == weekday.lower()


def dated_by_reference(text: str, dated: Mapping[str, dt.date]) -> dt.date | None:
    """The day of something the memo dated elsewhere, by the events' titles: "before the
    board meeting", "before the Gymanfa" (the "Gymanfa Ganu", a name said by its first
    word)."""
    low = text.lower()
    for title, day in sorted(dated.items(), key=lambda kv: -len(kv[0])):
        if re.search(
            rf"\b(?:by|before|at|for|after|until|ahead of) (?:the |our |that )?"
            rf"{re.escape(title)}\b",
            low,
        ) or re.search(  # "bring three ideas to the meeting": what is brought, that day
            rf"\b(?:bring|take|carry|show)\b[\w\s',-]{{0,60}}\bto (?:the |our |that )"
            rf"{re.escape(title)}\b",
            low,
        ):
            return day
    return None
