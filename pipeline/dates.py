"""Everyday date words to dates: `2026-11-25`, `yesterday`, `last week`, `3 december`, ...

Used by `memo search --since/--until` (past context) and by the follow-up extractor for due
dates (future context). Everything is relative to a `today` the caller passes in, so results
are reproducible and testable. Kept dependency-free on purpose (no dateparser): `memo search`
must start fast, and the grammar below is small enough to read in one sitting.

Conventions:
- Weeks run Monday to Sunday (ISO). `last week` is the previous calendar week, `this week`
  the current one, `next week` the following one; likewise for months and years.
- Every expression is a range of days (`parse_range`); a single day is a range of one.
  `parse_day` turns a range into one day: its first day in a past context (so
  `--since last week` means from Monday of last week), and in a future context the first
  day unless that is not after `today`, in which case the last day (a deadline:
  `this week` means by Sunday).
- A bare weekday (`monday`, `on monday`, `by friday`) is the most recent such day before
  `today` in a past context and the next one after `today` in a future context.
  `last monday` is always the most recent one before today. `this monday` is the Monday of
  the current week and `next monday` the Monday of next week.
- A day or month without a year (`3 december`, `december`) is the latest one not after
  `today` in a past context and the earliest one not before `today` in a future context.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from .errors import QueryError

__all__ = ["find_day", "parse_day", "parse_range"]

DateRange = tuple[dt.date, dt.date]

# English names on purpose: `calendar.month_name` follows the locale, and words typed in
# English must not stop working on a machine set to French.
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)})
_MONTHS["sept"] = 9
# Short month names that are no English word, so "in Feb" and "end of Jan" can be read as dates.
_SAFE_SHORT_MONTHS = {"jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec"}
# Month words read as months wherever they stand: full names and the short names above.
_TRUSTED_MONTHS = frozenset(w for w in _MONTHS if len(w) > 3) | _SAFE_SHORT_MONTHS
# Each weekday by its number, Monday 0 as in `date.weekday()`.
WEEKDAY_NUMBER = {
    name: i
    for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_WEEKDAY_ABBR = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "weds": 2,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "couple of": 2,
    "a couple of": 2,
    "few": 3,
    "a few": 3,
}
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
for _tens, _base in (("twenty", 20), ("thirty", 30)):
    for _unit, _n in list(_ORDINAL_WORDS.items())[:9]:
        if _base + _n <= 31:
            _ORDINAL_WORDS[f"{_tens} {_unit}"] = _base + _n
            _ORDINAL_WORDS[f"{_tens}-{_unit}"] = _base + _n

# Words that introduce a date without changing it: "on monday", "by friday", "since may".
_LEAD_WORDS = re.compile(
    r"^(?:on|by|before|until|till|til|since|from|after|due|as of|for|starting|beginning)\s+"
)

_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "new year": (1, 1),
    # the UK's fixed feasts and nights, as people say them
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "patrick's day": (3, 17),
    "paddy's day": (3, 17),
    "st david's day": (3, 1),
    "saint david's day": (3, 1),
    "st andrew's day": (11, 30),
    "saint andrew's day": (11, 30),
    "st george's day": (4, 23),
    "saint george's day": (4, 23),
    "burns night": (1, 25),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "hogmanay": (12, 31),
    "armistice day": (11, 11),
}

# The days the Church year moves with Easter, in days from Easter Sunday (Mothering Sunday is
# the UK's, the fourth Sunday of Lent): a weekday in their name is not the next such weekday.
_EASTER_DAYS = {
    "shrove tuesday": -47,
    "pancake day": -47,
    "ash wednesday": -46,
    "mothering sunday": -21,
    "palm sunday": -7,
    "maundy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter sunday": 0,
    "easter day": 0,
    "easter": 0,  # "by Easter": its Sunday
    "easter monday": 1,
}


def _easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


_HELP = "try 2026-11-25, 2026-11, yesterday, last week, 3 days ago or monday"


def parse_range(text: str, today: dt.date, *, future: bool = False) -> DateRange:
    """The first and last day (inclusive) that `text` names.

    Args:
        text: what the user typed, e.g. "2026-11", "last week", "3 december", "yesterday".
        today: the day the words are relative to.
        future: resolve ambiguous words forwards ("monday" = the next Monday) as for
            due dates; the default resolves them backwards, as for searching.

    Raises:
        QueryError: the text is not a date we can read (the message names it).
    """
    found = _parse(_normalise(text), today, future, loose=True)
    if found is None:
        shown = text.strip()[:40] or "(empty)"
        raise QueryError(f"cannot read date '{shown}': {_HELP}")
    return found


def parse_day(text: str, today: dt.date, *, future: bool = False) -> dt.date | None:
    """The one day `text` names, or None when it is not a date expression.

    Ranges become one day as the module docstring describes: their first day, or in a
    future context their last day when the first is not after `today` (`this week` =
    Sunday). Returning None instead of raising lets the follow-up extractor probe phrases;
    use `parse_range` to get an error message for a user.
    """
    found = _parse(_normalise(text), today, future, loose=True)
    return None if found is None else _one_day(found, today, future)


_POSSESSIVE_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow)['’]s\b",
    re.IGNORECASE,
)  # "tomorrow's meeting", "tonight's match": that day's


def label_day(word: str, today: dt.date) -> dt.date:
    """The day a list's heading or line names ("Monday: ...", "To do today"): today,
    tomorrow, or the coming weekday; said on that weekday, that day ("Monday list" made on
    the Monday is today's)."""
    word = word.lower()
    if word in ("today", "tonight"):
        return today
    if word == "tomorrow":
        return today + dt.timedelta(days=1)
    return today + dt.timedelta(days=(WEEKDAY_NUMBER[word] - today.weekday()) % 7)


def find_day(text: str, today: dt.date, *, future: bool = True) -> tuple[dt.date, str] | None:
    """The first date expression inside a sentence, with the words that named it.

    `find_day("Email Kevin by Friday about the pilot", today)` gives (the next Friday,
    "by Friday"). The longest expression starting at the leftmost position wins. Short
    weekday abbreviations ("sat", "sun") are not taken from running text.
    """
    return _find_day(text, today, future)


@lru_cache(maxsize=512)
def _find_day(text: str, today: dt.date, future: bool) -> tuple[dt.date, str] | None:
    # Cached: the extractor asks about the same clause for follow-ups and for events.
    # "Thursday's hospital appointment" is on Thursday, "tomorrow's meeting" tomorrow (the
    # same length, so spans still align).
    said = text
    text = _POSSESSIVE_DAY.sub(lambda m: m[1] + "  ", text)
    # "on the, er, the twenty-second": the words said again after a filler are one date (the
    # same length, so the words as said are returned)
    text = _RESTARTED.sub(lambda m: " " * len(m[0]), text)
    words = list(re.finditer(r"[\w'’-]+(?:[/,.:][\w]+)*", text))
    skip = -1
    for i in range(len(words)):
        first = words[i][0].lower()
        if first in ("before", "after") and i and words[i - 1][0].lower() in _SPAN_WORDS:
            skip = i + 3  # "the week before Christmas" is a stretch of time, not a deadline
        if i < skip or not (first[0].isdigit() or first.replace("’", "'") in _STARTERS):
            continue
        before_word = words[i - 1][0].lower() if i else ""
        for j in range(min(len(words), i + 7), i, -1):
            span = text[words[i].start() : words[j - 1].end()]
            after = text[words[j - 1].end() :]
            if _holiday_as_modifier(span, after):
                continue  # "the Christmas bazaar", "Easter egg hunt": an event's name
            if _weekday_as_modifier(span, after, text[: words[i].start()]):
                continue  # "Tuesday deliveries", "Friday nights": every week, not one day
            if _clock_as_day(span, after):
                continue  # "by Friday, 5 pm": Whisper's digits for the time, not the 5th
            loose = _said_as_date(span, after)
            before = words[i - 1][0].lower().replace("’", "'") if i else ""
            if not loose and (before in _COPULA or before.endswith("'s")):
                # "it's now the twenty-second", "the deadline's the twenty-eighth"; not "she
                # was the first to arrive"
                loose = _said_as_date("on " + span, after) and not re.match(r"\s+to\b", after)
            if not loose and before == "to" and _MOVED_TO.search(text[: words[i - 1].end()]):
                loose = _said_as_date("on " + span, after)  # "move it to the twenty-sixth"
            if not loose and _RANGE_END.match(after) and _day_number(_ordinal(span)) is not None:
                loose = _day_number(_ordinal(_RANGE_END.match(after)[1])) is not None
            if not loose and re.fullmatch(r"the \S+", span.lower()):
                # "on nights the eleventh, twelfth and thirteenth": days listed
                loose = _day_number(_ordinal(span)) is not None and _days_listed(after)
            if (
                first in WEEKDAY_NUMBER
                and before_word in _NOT_ONE_DAY
                # not "get a new one Saturday": "one" is the thing, Saturday the day
                and not (
                    before_word == "one" and i > 1 and words[i - 2][0].lower() in _ONE_AS_THING
                )
            ):
                break  # "I owe her a Saturday", "every Friday": no particular day
            if words[i][0] in ("good", "holy"):
                continue  # "a good Friday for it": a feast's name is said with its capital
            if _normalise(span) == "end of the day" and not _LEAD_WORDS.match(span.lower()):
                continue  # "at the end of the day, it's her call": a way of talking
            if _normalise(span) == "morn" and (
                before_word in ("in", "of", "this", "good", "every", "all")
                or not span.lower().startswith(("the", "by", "till", "until", "before"))
            ):
                continue  # "the morn" is tomorrow; "in the morn", "good morn" a morning
            found = _parse(_normalise(span), today, future, loose=loose)
            if found is not None:
                day = _one_day(found, today, future)
                moved = _moved_to(text, words[i].start(), span, after, today, future)
                return moved or (day, said[words[i].start() : words[j - 1].end()])
    return None


# The weekdays as a regex alternation, for patterns that name a day by its word.
WEEKDAY_WORDS = "|".join(WEEKDAY_NUMBER)
# The words that make a day a deadline: "by Friday", "before the 28th", "no later than".
DEADLINE_WORDS = "by|before|until|till|no later than"
# "The day after that meeting", "the Friday before the party": a day counted from a
# happening, dated where that happening is said.
DAY_BESIDE = re.compile(
    rf"\bthe (?P<unit>day|night|evening|morning|{WEEKDAY_WORDS}) (?P<way>after|before) "
    r"(?P<det>that|the|this|our) (?P<what>[a-z]+(?: [a-z]+)?)\b",
    re.I,
)


# "Move the review from the sixteenth to the eighteenth": the day it moves to is the one that
# stands; a range without such a verb ("the sixteenth to the nineteenth") starts on its first.
MOVE_VERB = re.compile(
    r"\b(?:move[sd]?|moving|chang(?:e[sd]?|ing)|push(?:es|ed|ing)?|switch(?:ed|ing)?|"
    r"shift(?:ed|ing)?|rearrang\w*|reschedul\w*|postpon\w*|(?:put|putting|bring|brought)"
    r"(?: \w+){0,3} (?:back|forward))\b",
    re.I,
)
_TO_DAY = re.compile(r"\s+(?:to|till|until)\s+", re.I)
# "move it to the twenty-sixth", "it's been moved to the 20th": the day something moves to.
_MOVED_TO = re.compile(rf"{MOVE_VERB.pattern}(?:\s+(?:it|that|this|them|him|her|us))?\s+to$", re.I)
# A date's first word said again after a filler: "on the, er, the 22nd", "to the, sorry, to
# the 20th" (what comes before the filler is dropped).
_RESTARTED = re.compile(
    r"\b((?:the|to|on|for|at|by)(?:\W+(?:the|to|on|for|at|by))*)\W+(?:(?:um|er|erm|uh|sorry)\W+)+"
    r"(?=\1\b)",
    re.I,
)


def _moved_to(
    text: str, begin: int, span: str, after: str, today: dt.date, future: bool
) -> tuple[dt.date, str] | None:
    """The new day of a date said as "moved from X to Y", with the words from X to Y."""
    to = _TO_DAY.match(after)
    if not (to and span.lower().startswith("from ")) or not MOVE_VERB.search(text[:begin]):
        return None
    new = _find_day("on " + after[to.end() :], today, future)
    if new is None or not new[1].lower().startswith("on "):
        return None
    words = span + after[: to.end()] + new[1][3:]
    return new[0], words


# After "by the second", words that show the ordinal was a day ("by the second at the latest")
# rather than a count ("the second meeting").
_AFTER_DAY = {
    "and", "or", "at", "about", "to", "so", "please", "then", "latest", "with", "for", "if",
    "because", "but", "when", "as", "i", "we", "he", "she", "they", "it", "that", "ideally",
    "of", "next", "this", "ok", "okay", "um", "er", "anyway", "too", "either", "which",
    "in", "between", "from",  # "a drop-in on the 23rd in the canteen", "between eight and one"
    "instead",
}  # fmt: skip


# The words a date expression can begin with; any other word is skipped at once.
_STARTERS = {
    *_MONTHS,
    *WEEKDAY_NUMBER,
    *_WEEKDAY_ABBR,
    *_NUMBERS,
    *(w.split()[0] for w in _ORDINAL_WORDS),
    "on",
    "by",
    "before",
    "until",
    "till",
    "til",
    "since",
    "from",
    "starting",  # "six Thursdays starting the twenty-first": from that day
    "after",
    "due",
    "as",
    "for",
    "the",
    "this",
    "next",
    "last",
    "past",
    "coming",
    "end",
    "close",
    "start",
    "beginning",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "day",
    "in",
    "early",
    "late",
    "mid",
    "during",
    "over",
    "weekend",
    "christmas",
    "boxing",
    *(w.split()[0] for w in _EASTER_DAYS),
    *(w.split()[0] for w in _HOLIDAYS),
    "new",
    "couple",
    "few",
    "within",
}
_FOLLOWS_A_DATE = {
    "and", "or", "at", "on", "in", "to", "so", "for", "then", "with", "but", "this", "next",
    "eve", "day", "is", "was", "we", "i", "they", "he", "she", "it", "when", "if", "as",
    # an adverb after the feast ends the date: "pay before Christmas really"
    "really", "ideally", "hopefully", "though", "anyway", "latest", "please", "definitely",
    "probably", "too", "because", "otherwise", "surely", "honestly",
}  # fmt: skip


def _holiday_as_modifier(span: str, after: str) -> bool:
    last = span.lower().split()[-1]
    if last not in ("christmas", "easter", "halloween", "diwali", "eid", "hanukkah"):
        return False
    nxt = re.match(r"\s+([a-z][\w'-]*)", after)
    return bool(nxt and nxt[1] not in _FOLLOWS_A_DATE)


# Before a weekday, words that make it any such day, or each one: "a Saturday", "every Friday".
_NOT_ONE_DAY = {"a", "an", "any", "every", "each", "one"}
# Before "one", words that make it a thing ("a new one", "the other one"), not "one Saturday".
_ONE_AS_THING = {"a", "an", "the", "new", "old", "spare", "another", "other", "same"}
_COPULA = {"is", "it's", "that's", "now", "was", "'s"}
# Plural words that are not nouns a weekday could describe ("Friday is fine").
_NOT_PLURAL = {"this", "is", "was", "has", "as", "thanks", "unless", "plus", "yes", "us", "its"}


def _weekday_as_modifier(span: str, after: str, said_before: str = "") -> bool:
    """ "Tuesday deliveries", "on Friday nights": a weekday describing what recurs; "the
    Saturday school", "our Sunday league": a weekday naming something that meets on it."""
    words = span.lower().split()
    if words[-1] not in WEEKDAY_NUMBER:
        return False
    while len(words) > 2 and words[0] in ("on", "for", "by", "from", "after", "before", "till"):
        words = words[1:]  # "for the Sunday school kids": the Sunday school's
    nxt = re.match(r"\s+([a-z]{3,}s)\b(?!['’])", after)
    if nxt and nxt[1] not in _NOT_PLURAL:
        return True
    named = re.match(r"\s+([a-z][a-z-]+)\b", after)
    owner = re.search(r"\b(the|our|my|his|her|their)\s+$", said_before.lower())
    if len(words) == 1 and owner:
        words = [owner[1], *words]
    return (
        len(words) == 2
        and words[0] in ("the", "our", "my", "his", "her", "their")
        and named is not None
        and named[1] not in _FOLLOWS_A_DATE | _PART_OF_DAY
    )


# "the Saturday morning", "the Friday after": still a day.
_PART_OF_DAY = {
    "morning", "afternoon", "evening", "night", "lunchtime", "after", "before", "before,",
    "week", "just", "then", "as", "instead", "too", "though", "anyway", "either",
}  # fmt: skip


# After a bare number: it counts hours or minutes, not days ("Friday, 5 pm", "2 till 4").
_CLOCK_AFTER = re.compile(
    r"\s*(?:[ap]\.?m\b|[ap]\.m\.|o['’]clock|till\b|until\b|to \d|-\s*\d|minutes?\b|mins?\b"
    r"|hours?\b|hrs?\b|ish\b|sharp\b)",
    re.I,
)


def _clock_as_day(span: str, after: str) -> bool:
    """ "Friday, 5 pm", "Tuesday, 2 till 4": a span ending in a bare number that the words
    after it make a time or a count (a day is "the 5th", "5th", or a number before a month)."""
    return bool(re.search(r"\b\d{1,2}$", span)) and _CLOCK_AFTER.match(after) is not None


_SPAN_WORDS = {"week", "day", "days", "weekend", "month", "fortnight", "night", "morning"}
# "sixteenth to nineteenth", "the 16th till the 19th": a stretch of days, said as dates.
_RANGE_END = re.compile(r"\s*(?:to|till|until|-)\s+(?:the\s+)?([\w-]+)", re.I)


# "the eleventh, twelfth and thirteenth": the next day of a list of days.
_LIST_NEXT = re.compile(r"\s*(?:,\s*|\s+and\s+)(?:and\s+)?(?:the\s+)?([\w-]+)", re.I)


def _days_listed(after: str) -> bool:
    """Whether the words after a lone ordinal list more days, ending as a date ends ("...,
    twelfth and thirteenth, and"); not "the first, second and third time"."""
    at, n = 0, 0
    while (m := _LIST_NEXT.match(after, at)) and _day_number(_ordinal(m[1])) is not None:
        at, n = m.end(), n + 1
    nxt = re.match(r"\s*([\w']+)?", after[at:])
    word = nxt[1].lower() if nxt and nxt[1] else None
    return n > 0 and (word is None or word in _AFTER_DAY)


def _ordinal(words: str) -> str:
    """ "the sixteenth" -> "sixteenth": the day-number word of a lone ordinal."""
    return re.sub(r"^the\s+", "", words.strip().lower())


def _said_as_date(span: str, after: str) -> bool:
    """Whether a phrase that is only sometimes a date is one here: a lone ordinal after a
    deadline word ("by the second", "before the twenty-eighth"), or a month after "in", "by",
    "before" ("in February")."""
    t = span.lower().replace("’", "'")
    lead = r"^(?:by|before|until|till|til|on|for|from|starting|beginning|after|due)\s+the\s+"
    m = re.match(lead + r"(.+)$", t)
    if m and _day_number(m[1].strip()) is not None:
        nxt = re.match(r"\s*([\w']+)?", after)
        word = nxt[1].lower() if nxt and nxt[1] else None
        stop = re.match(r"\s*[.,;:!?]", after) is not None
        return word is None or stop or word in _AFTER_DAY
    m = re.match(
        r"^(?:in|by|before|until|till|during|over|from|after|early|late|mid)[\s-]+(.+)$", t
    )
    short = re.fullmatch(r"(by|before|until|till|next|this|coming|on) ([a-z]+)\.?", t)
    if (
        short
        and short[2] in _WEEKDAY_ABBR
        and not (short[1] == "on" and short[2] in ("sat", "sun"))
    ):
        return True  # "by Weds", "next Tues"; not "on sun"
    word = m[1].strip().split()[0] if m else ""
    return bool(m and word in _TRUSTED_MONTHS)


_HOURS = {w: n for w, n in _NUMBERS.items() if n <= 12 and " " not in w and len(w) > 2}
_HOURS.pop("few", None)
# The minutes said after an hour: "at nine ten", "at ten twenty-five", "at six forty-five".
_MINUTES = {
    "ten": 10, "fifteen": 15, "twenty": 20, "twenty five": 25, "thirty": 30, "forty": 40,
    "forty five": 45, "fifty": 50, "fifty five": 55,
}  # fmt: skip
MINUTE_WORDS = r"(?:twenty|forty|fifty)[- ]five|ten|fifteen|twenty|thirty|forty|fifty"


def find_time(text: str, *, bare: bool = False) -> str | None:
    """The time of day said in a sentence, "HH:MM", or None: "at six", "after 6pm",
    "at half seven", "at 7.30", "at seven thirty". An hour without am/pm from 1 to 7 is taken
    as the afternoon or evening, as people mean it. `bare`: the caller knows the words say a
    time, so "at two" alone is one."""
    t = text.lower().replace("’", "'")
    hour_word = r"(\d{1,2}|" + "|".join(sorted(_HOURS, key=len, reverse=True)) + r")"
    m = re.search(
        r"(?:\b(?:at|after|from|around|about|by|before|until|till|between)\s+"
        r"|\b(?=\w+\s+o'clock))"
        r"(half\s+(?:past\s+)?)?"
        + hour_word
        + rf"(?:[:.](\d{{2}})|\s+({MINUTE_WORDS}|o'clock))?\s*(am|pm|a\.m\.|p\.m\.)?",
        t,
    )
    if not m:
        # "am|pm" said, or the minutes written after the day: "the appointment's today 12.30"
        m2 = re.search(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)", t) or re.search(
            rf"\b(?:today|tonight|tomorrow|{WEEKDAY_WORDS})\s+(\d{{1,2}})[:.](\d{{2}})\b()", t
        )
        if not m2:
            return None
        hour, minute, half, ampm = int(m2[1]), int(m2[2] or 0), False, m2[3]
    else:
        half = bool(m[1])
        hour = int(m[2]) if m[2].isdigit() else _HOURS[m[2]]
        extra = m[4] or ""
        minute = int(m[3]) if m[3] else _MINUTES.get(extra.replace("-", " "), 0)
        if m[0].startswith("between") and not re.match(r"\s*and\b", t[m.end() :]):
            return None  # "between two and three": its start; not "between two of them"
        ampm = m[5]
        if not (ampm or m[3] or extra or half or bare) and not re.search(
            r"\b(?:on|tonight|morning|afternoon|evening|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday|tomorrow|today|o'clock)\b",
            t,
        ):
            return None  # "at two" alone is more often a count than a time
    if half:
        minute = 30
    if hour > 23 or minute > 59:
        return None
    if ampm and ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm and ampm.startswith("a") and hour == 12:
        hour = 0
    elif not ampm and 1 <= hour <= 7:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def _one_day(found: DateRange, today: dt.date, future: bool) -> dt.date:
    start, end = found
    if future and start <= today:
        if end == today and today.weekday() == 6 and (end - start).days == 6:
            # "this week" said on a Sunday: the week it closes is over, the one ahead is meant
            return end + dt.timedelta(days=7)
        return end
    return start


@lru_cache(maxsize=4096)
def _normalise(text: str) -> str:
    # Cached, as `_parse`: `_find_day` tries every phrase from each starting word, and the
    # events and follow-ups ask about the same words again in shorter and longer clauses.
    t = text.strip().lower().replace("’", "'")
    t = re.sub(r"[\s,]+", " ", t).strip(" .!?;:")
    t = re.sub(r"^the\s+", "", t)
    if re.fullmatch(r"after (?:the )?weekend", t):
        return "after the weekend"  # Monday, not the weekend itself
    previous = None
    while previous != t:
        previous = t
        t = _LEAD_WORDS.sub("", t)
    return t.removeprefix("the ").strip()


@lru_cache(maxsize=4096)
def _parse(t: str, today: dt.date, future: bool, *, loose: bool) -> DateRange | None:
    if not t:
        return None
    for parser in _PARSERS:
        try:
            found = parser(t, today, future, loose)
        except (ValueError, OverflowError):  # e.g. 2026-02-30, or a year out of range
            return None
        if found is not None:
            return found
    return None


def _day(d: dt.date) -> DateRange:
    return d, d


def _iso(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ][\d:.]+)?", t)
    if m:
        return _day(dt.date(int(m[1]), int(m[2]), int(m[3])))
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", t)
    if m:
        return _month(int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{4})", t)
    if m and loose and 1900 <= int(m[1]) <= 2999:
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    return None


def _relative_word(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    days = {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": -1,
        "last night": -1,
        "day before yesterday": -2,
        "tomorrow": 1,
        "day after tomorrow": 2,
        # Scotland's and the north's "the morra", "the morn", Ireland's "the morrow"
        "morra": 1,
        "morrow": 1,
        "morn": 1,
        # the working day's end: "by end of day", "close of play", "by the end of the day"
        "end of day": 0,
        "end of today": 0,
        "end of the day": 0,
        "close of play": 0,
        "end of play": 0,
        "close of business": 0,
        "end of business": 0,
    }
    if t in days:
        return _day(today + dt.timedelta(days=days[t]))
    m = re.fullmatch(r"(?:end|close) of (?:the )?(?:play|day|business) (?:on )?(.+)", t)
    if m:  # "end of play Thursday": that day's close
        return _parse(m[1], today, future, loose=loose)
    m = re.fullmatch(r"(?:(last|this|next|coming) )?weekend", t)
    if m:
        saturday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=5)
        if m[1] == "last" or (m[1] is None and not future):
            saturday -= dt.timedelta(days=7) if today.weekday() < 5 else dt.timedelta(0)
        elif m[1] == "next":
            saturday += dt.timedelta(days=7)
        return saturday, saturday + dt.timedelta(days=1)
    if t in ("week after next", "the week after next"):
        return _period("week", today, 2)
    m = re.fullmatch(r"(last|this|next|past) (week|month|year|fortnight)", t)
    if m:
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[m[1]]
        return _period(m[2], today, step)
    m = re.fullmatch(
        r"(end|start|beginning) of (?:the )?(?:(this|next|last) )?(week|month|year)", t
    )
    if m:
        step = {None: 0, "this": 0, "next": 1, "last": -1}[m[2]]
        # "by the end of the week" said on a Sunday: the working week to come (on a Saturday,
        # this week's end may still be tomorrow)
        coming = future and m[2] is None and today.weekday() == 6
        step = 1 if coming and m[1] == "end" and m[3] == "week" else step
        start, end = _period(m[3], today, step)
        if (
            m[1] == "end"
            and m[3] == "week"
            and ((step == 0 and start + dt.timedelta(days=4) >= today) or coming)
        ):
            end = start + dt.timedelta(days=4)  # the end of the (working) week is Friday
        return _day(end if m[1] == "end" else start)
    m = re.fullmatch(r"(end|start|beginning|middle) of ([a-z]+)", t)
    if m and m[2] in _TRUSTED_MONTHS:
        first, last = _month_name(m[2], today, future, True) or (today, today)
        return _day({"end": last, "middle": first.replace(day=15)}.get(m[1], first))
    if t in _EASTER_DAYS:
        step = dt.timedelta(days=_EASTER_DAYS[t])
        return _day(_nearest(today, future, lambda y: _easter(y) + step))
    if t in _HOLIDAYS:
        month, day = _HOLIDAYS[t]
        return _day(_nearest(today, future, lambda y: dt.date(y, month, day)))
    m = re.fullmatch(r"(?:this day|today) (week|fortnight)", t)  # "this day week": a week today
    if m:
        return _day(today + dt.timedelta(days=7 if m[1] == "week" else 14))
    return None


def _period(unit: str, today: dt.date, step: int) -> DateRange:
    if unit == "fortnight":  # "last fortnight" = the 14 days before today, and so on
        if step < 0:
            return today - dt.timedelta(days=14), today - dt.timedelta(days=1)
        if step > 0:
            return today + dt.timedelta(days=1), today + dt.timedelta(days=14)
        return today - dt.timedelta(days=7), today + dt.timedelta(days=6)
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        year, month = _add_months(today.year, today.month, step)
        return _month(year, month)
    return dt.date(today.year + step, 1, 1), dt.date(today.year + step, 12, 31)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    tens, _, units = word.partition("-")  # "twenty-eight"
    if units and tens in _NUMBERS and units in _NUMBERS:
        return _NUMBERS[tens] + _NUMBERS[units]
    return _NUMBERS.get(word)


_NUMBER = r"(\d+|a couple of|couple of|a few|few|[a-z]+(?:-[a-z]+)?)"
_UNIT = r"(day|week|month|year|fortnight)s?"


def _offset(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    m = re.fullmatch(rf"{_NUMBER} {_UNIT} (ago|back|earlier|from now|from today|later|hence)", t)
    if m:
        sign = -1 if m[3] in ("ago", "back", "earlier") else 1
        return _shift(today, m[1], m[2], sign)
    m = re.fullmatch(rf"(?:in|within) {_NUMBER} {_UNIT}(?: time)?", t)
    if m:
        return _shift(today, m[1], m[2], 1)  # "reply within twenty-eight days": the last day
    # "a week on Friday", "a fortnight today", "a week tomorrow": that day a week or two on.
    m = re.fullmatch(r"(a|one|two|three) (week|fortnight)s? (today|tomorrow|on ([a-z]+))", t)
    if m:
        base = today + dt.timedelta(days=1) if m[3] == "tomorrow" else today
        if m[4]:
            wd = WEEKDAY_NUMBER.get(m[4])
            if wd is None:
                return None
            base = today + dt.timedelta(days=(wd - today.weekday()) % 7 or 7)
        per = 7 if m[2] == "week" else 14
        return _day(base + dt.timedelta(days=per * (_count(m[1]) or 1)))
    if future and t == "after the weekend":
        return _day(today + dt.timedelta(days=(0 - today.weekday()) % 7 or 7))  # Monday
    return None


def _shift(today: dt.date, number: str, unit: str, sign: int) -> DateRange | None:
    n = _count(number)
    if n is None:
        return None
    n *= sign
    if unit in ("day", "week", "fortnight"):
        per = {"day": 1, "week": 7, "fortnight": 14}[unit]
        return _day(today + dt.timedelta(days=n * per))
    months = n if unit == "month" else 12 * n
    year, month = _add_months(today.year, today.month, months)
    return _day(dt.date(year, month, min(today.day, _days_in(year, month))))


def _weekday(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    # "Friday week", "the Friday after next": the Friday after the coming one
    m = re.fullmatch(r"([a-z]+) (?:week|after next)", t)
    if m and m[1] in WEEKDAY_NUMBER:
        ahead = (WEEKDAY_NUMBER[m[1]] - today.weekday()) % 7 or 7
        return _day(today + dt.timedelta(days=ahead + 7))
    m = re.fullmatch(r"(?:(last|this|next|coming) )?([a-z]+)", t)
    if not m:
        return None
    names = WEEKDAY_NUMBER | (_WEEKDAY_ABBR if loose else {})
    wd = names.get(m[2])
    if wd is None:
        return None
    monday = today - dt.timedelta(days=today.weekday())
    if m[1] == "this":
        return _day(monday + dt.timedelta(days=wd))
    if m[1] == "next":
        return _day(monday + dt.timedelta(days=7 + wd))
    if m[1] == "last" or (m[1] is None and not future):
        back = (today.weekday() - wd) % 7 or 7
        return _day(today - dt.timedelta(days=back))
    ahead = (wd - today.weekday()) % 7 or 7
    return _day(today + dt.timedelta(days=ahead))


def _weekday_and_day(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    """`saturday the sixth`: the day number decides, the weekday only confirms it."""
    m = re.fullmatch(
        r"(?:this |next |coming )?([a-z]+) (?:the )?"
        r"(\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)[ -][a-z]+|[a-z]+)"
        r"(?: (?:of )?([a-z]+)\.?(?: (\d{4}))?)?",
        t,
    )
    if not m or m[1] not in WEEKDAY_NUMBER or _day_number(m[2]) is None:
        return None
    if m[2].isalpha() and " the " not in f" {t} ":
        return None  # "Monday, first day back": a word ordinal needs its "the"
    if m[3]:
        return _day_month(f"{m[2]} of {m[3]}" + (f" {m[4]}" if m[4] else ""), today, future, True)
    found = _day_of_month(m[2] if not m[2].isdigit() else m[2] + "th", today, future, True)
    if (
        found
        and m[2].isdigit()
        and " the " not in f" {t} "
        and found[0].weekday() != WEEKDAY_NUMBER[m[1]]
    ):
        return None  # "Thursday, 6": a bare number the weekday does not confirm is no day
    return found


def _in_month(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    """`in february`, `early march`: the month (the leading word is only a preposition)."""
    m = re.fullmatch(r"(in|during|over|early|late|mid)[ -]([a-z]+)\.?(?: (\d{4}))?", t)
    if not m:
        return None
    if m[2] not in _TRUSTED_MONTHS and m[2] != "may":
        return None  # "in may" after a preposition is the month; "may" alone is a modal
    found = _month_name(m[2] + (f" {m[3]}" if m[3] else ""), today, future, True)
    if found and m[1] == "mid":
        return _day(found[0].replace(day=15))  # "mid December": the middle of it
    return found


def _day_number(word: str) -> int | None:
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word)
    if m:
        return int(m[1])
    return _ORDINAL_WORDS.get(word)


_DAY = r"(\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)[ -][a-z]+|[a-z]+)"
_MONTH = r"([a-z]+)\.?"
_YEAR = r"(?: (\d{4}))?"


def _day_month(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    m = re.fullmatch(rf"{_DAY} (?:of )?{_MONTH}{_YEAR}", t)
    if m:
        day, month, year = m[1], m[2], m[3]
    else:
        m = re.fullmatch(rf"{_MONTH} (?:the )?{_DAY}{_YEAR}", t)
        if not m:
            return None
        month, day, year = m[1], m[2], m[3]
    month_n = _MONTHS.get(month)
    day_n = _day_number(day)
    if month_n is None or day_n is None:
        return None
    if year:
        return _day(dt.date(int(year), month_n, day_n))
    return _day(_nearest(today, future, lambda y: dt.date(y, month_n, day_n)))


def _day_of_month(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    """`the 3rd`, `the third`: that day of this month, or of the adjacent month."""
    m = re.fullmatch(r"(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:[ -][a-z]+)?)", t)
    if not m or m[1].isdigit() or (not loose and not m[1][0].isdigit()):
        return None
    day_n = _day_number(m[1])
    if day_n is None:
        return None
    candidates = []
    for step in (-1, 0, 1):
        year, month = _add_months(today.year, today.month, step)
        if day_n <= _days_in(year, month):
            candidates.append(dt.date(year, month, day_n))
    if future:
        return _day(min(d for d in candidates if d >= today))
    return _day(max(d for d in candidates if d <= today))


def _month_name(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    m = re.fullmatch(rf"(?:(last|this|next) )?{_MONTH}{_YEAR}", t)
    if not m:
        return None
    month_n = _MONTHS.get(m[2])
    if month_n is None or (m[1] and m[3]) or not (loose or m[1] or m[3]):
        return None
    if m[3]:
        return _month(int(m[3]), month_n)
    if m[1] == "this":
        return _month(today.year, month_n)
    year = today.year
    if m[1] == "last" or (m[1] is None and not future):
        if month_n > today.month or (m[1] == "last" and month_n == today.month):
            year -= 1
    elif month_n < today.month or (m[1] == "next" and month_n == today.month):
        year += 1
    return _month(year, month_n)


def _nearest(today: dt.date, future: bool, make: Callable[[int], dt.date]) -> dt.date:
    """The date `make(year)` nearest to today on the requested side (skips 29 Feb gaps)."""
    years = range(today.year, today.year + 9) if future else range(today.year, today.year - 9, -1)
    for year in years:
        try:
            d = make(year)
        except ValueError:
            continue
        if (future and d >= today) or (not future and d <= today):
            return d
    raise ValueError("no such day")


def _month(year: int, month: int) -> DateRange:
    return dt.date(year, month, 1), dt.date(year, month, _days_in(year, month))


def _days_in(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _week_of(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    """`week of the 17th`, `week commencing the 17th`: that week, said by its first day."""
    m = re.fullmatch(r"week (?:of|commencing|beginning|starting) (?:the )?(.+)", t)
    if not m:
        return None
    return _day_month(m[1], today, future, loose) or _day_of_month(m[1], today, future, True)


# "The last Tuesday of the month", "the first Friday in March", "the second Monday of next
# month": a weekday counted in a month.
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "1st": 1, "2nd": 2, "3rd": 3}


def _nth_weekday(t: str, today: dt.date, future: bool, loose: bool) -> DateRange | None:
    """`the last tuesday of the month`, `the first friday in march`: that weekday of the
    month; of "the month" (or "this month") this month's, or the next (in a past context the
    previous) month's once it is gone by."""
    m = re.fullmatch(
        r"(first|second|third|fourth|last|1st|2nd|3rd|4th) ([a-z]+) (?:of|in) "
        r"(?:(the|this|next) month|([a-z]+)\.?)",
        t,
    )
    if not m or m[2] not in WEEKDAY_NUMBER:
        return None
    nth, wd = _NTH[m[1]], WEEKDAY_NUMBER[m[2]]

    def counted(year: int, month: int) -> dt.date:
        if nth < 0:
            last = dt.date(year, month, _days_in(year, month))
            return last - dt.timedelta(days=(last.weekday() - wd) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))

    if m[4] is not None:
        month_n = _MONTHS.get(m[4])
        if month_n is None or m[4] not in _TRUSTED_MONTHS | {"may"}:
            return None
        return _day(_nearest(today, future, lambda y: counted(y, month_n)))
    step = 1 if m[3] == "next" else 0
    year, month = _add_months(today.year, today.month, step)
    d = counted(year, month)
    if step == 0 and (d < today if future else d > today):
        d = counted(*_add_months(today.year, today.month, 1 if future else -1))
    return _day(d)


_PARSERS = (
    _iso,
    _week_of,
    _nth_weekday,
    _relative_word,
    _offset,
    _weekday,
    _weekday_and_day,
    _day_month,
    _day_of_month,
    _month_name,
    _in_month,
)
