"""Search that finds the moment: what a user types -> ranked, timestamped hits.

How a query runs, and why:

1. **Parse, never pass through.** What the user typed becomes our own small query
   (`parse_query`): words and `"phrases"` (each sent to FTS5 as a quoted string, so no
   user text is ever FTS5 syntax), `word*` prefixes, `-word` / `NOT word` exclusions and
   `OR` between terms. Everything else (parentheses, `:`, `^`, `AND`, `NEAR`, a lone `*`,
   emoji, control characters) is literal text or dropped. A query with nothing left to
   look for raises `QueryError`; FTS5 never reports a syntax error to a user.
2. **Memos first, ranked by bm25.** One query on `memos_fts` (the `text` column;
   filenames are not searched) finds the memos that can hold a hit: every term, within
   `NEAR_TOKENS` words of each other, and none of the exclusions anywhere in the memo.
   They are ranked by bm25, recorded_at breaking ties. FTS5 computes bm25 for every row
   it returns, so it is asked for the newest `RANK_WINDOW` matching memos at a time
   (newest by rowid, the order memos were added): a query that matches every memo costs
   no more than one that matches a thousand. When the newest window has too few hits
   the next older window follows it.
3. **Then the moment.** For a batch of ranked memos, their segments are copied into a
   throwaway in-memory FTS5 table with the same tokenizer (`_Matcher`), which says
   exactly which segments hold which terms and makes the snippets. A segment is a hit
   when it holds a term and every other term is in it or in a segment next to it ("all
   words anywhere in a segment or its neighbours"); the neighbours it needs are part of
   the hit, so `start_s` is where to start listening. Within a memo, hits are ordered by
   how many terms the segment itself holds, then how few neighbours it needs, then time;
   hits that touch are one moment. Asking `segments_fts` per memo instead costs a fresh
   seek into every index segment per memo, and for a prefix FTS5 first merges the
   postings of every word with that prefix in the whole index, whatever rowids the query
   is limited to; the scratch table's cost does not grow with the database.

4. **Then what was nearly said.** When the exact query leaves room under `limit`, a
   second, forgiving pass looks for what Whisper or the user may have spelt another way
   (`variants`): British and American spellings (programme/program, organise/organize,
   centre/center), one word or two (safeguarding / "safe guarding" / safe-guarding) and
   names one or two letters off the people and organisations in the database. Only
   variants that occur in the memos take part, so a query with none costs a few index
   lookups. Those hits come after the exact ones, marked `match="close"` with the words
   that matched. When nothing matches at all, `suggest` finds the nearest words in the
   index for the error message.

The read side stays light: this module needs only `sqlite3` and `re` (no sqlite-utils, no
models), so `memo search` starts fast.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import sqlite3
import threading
from collections.abc import Sized
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .errors import QueryError, StoreError
from .names import distance, variant_ids
from .names import shown as _shown
from .names import variant_ids as entity_ids  # noqa: F401  (kept for code written before names.py)


def _debug(message: str, *args: Any, exc_info: bool = False) -> None:
    # `logging` is imported only when there is something to log: it is a noticeable share
    # of `memo search`'s start-up.
    import logging

    logging.getLogger(__name__).debug(message, *args, exc_info=exc_info)


# bm25 weights for the columns of memos_fts, in order. Only `text` is searched (the query
# carries a column filter), so the filename counts for nothing.
MEMO_BM25_WEIGHTS = {"filename": 0.0, "text": 1.0}
# At most this many terms are used from a query; the rest are ignored, not an error.
MAX_TERMS = 64
# Longer words are cut: nothing spoken is this long, and it bounds the work per term.
MAX_TERM_CHARS = 100
# The memo-level pre-filter: all terms within this many words of each other. Segments are
# usually 5-10 s (12-25 words), so a segment and its neighbours fit well inside it; it is
# only a filter, the exact segment-and-neighbours test comes after. (Words at the far ends
# of three unusually long segments can be further apart and are then not found.)
NEAR_TOKENS = 100
MAX_NEAR_COMBINATIONS = 16
# `con*` is fine; `c*` would merge the postings of every word starting with c.
MIN_PREFIX_CHARS = 3
# Hits shown per memo before moving on to the next memo (without `memos=True`).
HITS_PER_MEMO = 3
# bm25 ranks the newest this-many matching memos at a time (see the module docstring).
RANK_WINDOW = 1000
# How many ranked memos are examined for hits before giving up on finding more (a safety
# net for queries whose words are near each other in many memos but never in neighbours).
MAX_MEMOS_CHECKED = 2000
# Words of context FTS5 keeps around a match in each segment's snippet.
SNIPPET_TOKENS = 24

_OPEN, _CLOSE = "\x02", "\x03"  # private markers, swapped for the caller's at the end
_ELLIPSIS = "…"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# Curly quotes (what phones type) are quotes; parentheses are not grouping, just space.
_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "„": '"', "(": " ", ")": " "})
_TOKEN = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)"(?P<star>\*)?|(?P<word>[^\s"]+)')
# Memos matched at a time: enough for the hits still wanted if each memo gave its most,
# within these bounds.
_MIN_BATCH, _MAX_BATCH = 4, 64


@dataclass(frozen=True)
class Term:
    """One word or phrase to look for; `prefix` makes its last word match as a prefix."""

    text: str
    prefix: bool = False

    def fts(self) -> str:
        return '"' + self.text.replace('"', '""') + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Query:
    """A parsed search: every group must match (a group is terms joined by OR)."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    def memo_expr(self) -> str:
        """The FTS5 expression for memos_fts: all groups near each other, no exclusion.

        `NEAR` lets FTS5 drop memos whose words are far apart in one pass; it cannot hold
        an OR, so OR-groups are multiplied out (a OR b) c = NEAR(a c) OR NEAR(b c), and
        past `MAX_NEAR_COMBINATIONS` we fall back to plain AND.
        """
        if len(self.groups) == 1:
            expr = _any(self.groups[0])
        elif math.prod(len(g) for g in self.groups) <= MAX_NEAR_COMBINATIONS:
            expr = " OR ".join(
                f"NEAR({' '.join(t.fts() for t in combo)}, {NEAR_TOKENS})"
                for combo in itertools.product(*self.groups)
            )
        else:
            expr = " AND ".join(_any(g) for g in self.groups)
        if self.excluded:
            expr = f"({expr}) NOT {_any(self.excluded)}"
        return f"text : ({expr})"

    def group_expr(self, i: int) -> str:
        return _any(self.groups[i])

    def any_expr(self) -> str:
        """Any term of any group: what a snippet highlights."""
        return _any(tuple(t for g in self.groups for t in g))


def _any(terms: tuple[Term, ...]) -> str:
    return terms[0].fts() if len(terms) == 1 else "(" + " OR ".join(t.fts() for t in terms) + ")"


@dataclass(frozen=True)
class SearchHit:
    """A moment in a memo that matches: where it is, what was said, and how well it matched."""

    memo_id: int
    path: str
    filename: str
    recorded_at: str
    start_s: float
    end_s: float
    text: str
    snippet: str
    score: float  # the memo's bm25 relevance, higher is better
    segment_idx: int
    match: str = "exact"  # "close": found through a spelling, compound or name variant
    variant: str | None = None  # for a close match, the words that matched

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_query(text: str) -> Query:
    """Turn what a user typed into a `Query` that is always valid FTS5.

    Raises:
        QueryError: nothing searchable is left (empty, only punctuation, only exclusions).
    """
    cleaned = _CONTROL.sub(" ", text).translate(_PUNCTUATION)
    if cleaned.count('"') % 2:  # an unbalanced quote is dropped, its words stay words
        i = cleaned.rfind('"')
        cleaned = cleaned[:i] + " " + cleaned[i + 1 :]
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_or = negate = False
    terms = 0
    for m in _TOKEN.finditer(cleaned):
        if terms >= MAX_TERMS:
            break
        neg = bool(m["neg"])
        if m["word"] is not None:
            word = m["word"]
            if word == "OR":
                join_or = bool(groups)
                continue
            if word == "NOT":
                negate = True
                continue
            if word in ("AND", "NEAR"):  # all words must match anyway, and nearby
                continue
            if len(word) > 1 and word[0] in "-+":
                neg = word[0] == "-"
                word = word.lstrip("-+")
            prefix = word.endswith("*")
            term = Term(word.rstrip("*")[:MAX_TERM_CHARS], prefix)
        else:
            term = Term(" ".join(m["phrase"].split())[: MAX_TERM_CHARS * 4], bool(m["star"]))
        if not any(ch.isalnum() for ch in term.text):
            join_or = negate = False
            continue
        if term.prefix:
            stem = re.findall(r"\w+", term.text)[-1]
            if len(stem) < MIN_PREFIX_CHARS:
                raise QueryError(
                    f"'{_shown(stem)}*' is too short to search by prefix: "
                    f"give at least {MIN_PREFIX_CHARS} letters before the *"
                )
        terms += 1
        if neg or negate:
            excluded.append(term)
        elif join_or:
            groups[-1].append(term)
        elif [term] not in groups:
            groups.append([term])
        join_or = negate = False
    if not groups:
        shown = _shown(text)
        if excluded:
            raise QueryError(
                f"nothing to look for in '{shown}': -word only excludes; add a word to find"
            )
        if not shown:
            raise QueryError("empty search: give some words to look for, e.g. memo search pilot")
        raise QueryError(f"nothing to look for in '{shown}': give some words to find")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def connect(path: str | Path) -> sqlite3.Connection:
    """Open an existing memo database for reading, without loading sqlite-utils.

    `memo search` uses this so it starts quickly; the database was created and migrated by
    `memo ingest` (`store.open_db`).
    """
    p = Path(path)
    if not p.is_file():
        raise StoreError(f"no database at {p} (run `memo ingest` first or pass --db)")
    try:
        conn = sqlite3.connect(str(p), timeout=30)
        conn.execute("PRAGMA query_only = 1")
        conn.execute("select 1 from memos_fts limit 0")
    except sqlite3.Error as e:
        raise StoreError(f"cannot search {p}: not a memo database ({e})") from e
    return conn


def search(
    db: Any,
    query: str,
    *,
    person: str | None = None,
    org: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 20,
    memos: bool = False,
    highlight: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Find the moments in memos that match `query`, best first, grouped by memo.

    Args:
        db: a `sqlite3.Connection` or a sqlite-utils `Database`.
        query: what the user typed (see `parse_query`).
        person, org: only memos that mention this entity, as `names.variant_ids` reads
            the name ("Kevin" matches "Kevin Brooks" and the other way round; a name
            merged away by `memo merge` finds the entity it was merged into).
        since, until: only memos recorded on or after / on or before these days.
        limit: the most hits to return.
        memos: one hit per memo (its best moment) instead of up to `HITS_PER_MEMO`.
        highlight: the strings put around matched words in `snippet`.

    Raises:
        QueryError: the query or a filter cannot be used (the message says why).
    """
    if limit < 1:
        raise QueryError("limit must be at least 1")
    if since and until and since > until:
        raise QueryError(f"--since {since} is after --until {until}: nothing can match")
    parsed = parse_query(query)
    conn: sqlite3.Connection = getattr(db, "conn", db)
    try:
        hits = _search(conn, parsed, person, org, since, until, limit, memos, highlight)
        for close in forgiving(conn, parsed) if len(hits) < limit else ():
            if len(hits) >= limit:
                break
            seen = {h.memo_id for h in hits}
            more = _search(
                conn, close, person, org, since, until, limit - len(hits), memos, highlight,
                skip=seen,
            )  # fmt: skip
            hits.extend(more[: limit - len(hits)])
        return hits
    except sqlite3.Error as e:
        # Our FTS5 expressions are always valid, so this is a locked or damaged database.
        _debug("search for %r failed", query, exc_info=True)
        raise StoreError(f"cannot search the database: {e}") from e


def _search(
    conn: sqlite3.Connection,
    q: Query,
    person: str | None,
    org: str | None,
    since: dt.date | None,
    until: dt.date | None,
    limit: int,
    memos: bool,
    highlight: tuple[str, str],
    skip: set[int] | frozenset[int] | None = None,
) -> list[SearchHit]:
    """The hits of one query; with `skip` (memos already found exactly), the close pass."""
    where = ["memos_fts match ?"]
    params: list[Any] = [q.memo_expr()]
    close = skip is not None
    if skip:
        where.append(f"+f.rowid not in ({_marks(skip)})")
        params.extend(sorted(skip))
    lo, hi = 0, 2**63 - 1
    for kind, name in (("person", person), ("org", org)):
        if name is not None:
            ids = variant_ids(conn, kind, name)
            # `+` keeps SQLite from handing the rowid test to FTS5 as one lookup per id.
            where.append(
                f"+f.rowid in (select memo_id from mentions where entity_id in "
                f"({', '.join('?' * len(ids))}))"
            )
            params.extend(ids)
    if since or until:
        days = [(since or dt.date.min).isoformat(), _day_after(until)]
        where.append(
            "+f.rowid in (select id from memos where recorded_at >= ? and recorded_at < ?)"
        )
        params.extend(days)
        # Memos are mostly added in the order they were recorded, so a date range is
        # usually a narrow band of rowids that FTS5 can seek to.
        lo, hi = conn.execute(
            "select min(id), max(id) from memos where recorded_at >= ? and recorded_at < ?", days
        ).fetchone()
        if lo is None:
            return []
    matcher = _Matcher(conn, q, per_memo=1 if memos else HITS_PER_MEMO)
    hits: list[SearchHit] = []
    checked = 0
    while len(hits) < limit and checked < MAX_MEMOS_CHECKED and lo <= hi:
        ranked, oldest = _ranked_window(conn, " and ".join(where), params, lo, hi)
        hi = oldest - 1
        while ranked and len(hits) < limit and checked < MAX_MEMOS_CHECKED:
            wanted = math.ceil((limit - len(hits)) / matcher.per_memo)
            batch, ranked = _next_batch(conn, ranked, size=wanted)
            checked += len(batch)
            moments = matcher.moments([memo_id for memo_id, *_ in batch])
            hits.extend(
                SearchHit(
                    memo_id=memo_id,
                    path=path,
                    filename=filename,
                    recorded_at=recorded_at,
                    start_s=start_s,
                    end_s=end_s,
                    text=text,
                    snippet=snippet.replace(_OPEN, highlight[0]).replace(_CLOSE, highlight[1]),
                    score=-rank,
                    segment_idx=idx,
                    match="close" if close else "exact",
                    variant=_matched(snippet) if close else None,
                )
                for memo_id, rank, path, filename, recorded_at in batch
                for idx, start_s, end_s, text, snippet in moments.get(memo_id, ())
            )
    if checked >= MAX_MEMOS_CHECKED:
        _debug("stopped after checking %d memos", checked)
    return hits[:limit]


def _day_after(day: dt.date | None) -> str:
    return "9999" if day is None or day >= dt.date.max else (day + dt.timedelta(1)).isoformat()


def _ranked_window(
    conn: sqlite3.Connection, where: str, params: list[Any], lo: int, hi: int
) -> tuple[list[tuple[int, float]], int]:
    """The newest `RANK_WINDOW` matching memos with rowid in [lo, hi], best first, and the
    lowest rowid the window reaches (the next, older window ends below it).

    FTS5 walks the index newest first and stops at the window's end, so bm25 is computed
    for at most `RANK_WINDOW` memos however common the words are.
    """
    weights = ", ".join(str(w) for w in MEMO_BM25_WEIGHTS.values())
    rows = conn.execute(
        f"select f.rowid, bm25(memos_fts, {weights}) from memos_fts f "
        f"where {where} and f.rowid between ? and ? order by f.rowid desc limit ?",
        [*params, lo, hi, RANK_WINDOW],
    ).fetchall()
    oldest = rows[-1][0] if len(rows) == RANK_WINDOW else lo
    rows.sort(key=lambda r: r[1])  # stable: equal ranks stay newest-added first
    return rows, oldest


def _next_batch(
    conn: sqlite3.Connection, ranked: list[tuple[int, float]], size: int
) -> tuple[list[tuple[int, float, str, str, str]], list[tuple[int, float]]]:
    """The next few ranked memos with their path, filename and recorded_at, and the rest.

    Memos of equal rank are ordered newest recorded first, so a batch never splits a tie.
    """
    end = min(max(size, _MIN_BATCH), _MAX_BATCH, len(ranked))
    while end < len(ranked) and ranked[end][1] == ranked[end - 1][1]:
        end += 1
    batch, rest = ranked[:end], ranked[end:]
    info = {
        r[0]: r[1:]
        for r in conn.execute(
            f"select id, path, filename, recorded_at from memos where id in ({_marks(batch)})",
            [memo_id for memo_id, _ in batch],
        )
    }
    rows = [(memo_id, rank, *info[memo_id]) for memo_id, rank in batch if memo_id in info]
    rows.sort(key=lambda r: (r[4] or "", r[0]), reverse=True)
    rows.sort(key=lambda r: r[1])
    return rows, rest


def _marks(values: Sized) -> str:
    return ", ".join("?" * len(values))


Moment = tuple[int, float, float, str, str]  # segment idx, start_s, end_s, text, snippet


_local = threading.local()


def _scratch(tokenize: str) -> sqlite3.Connection:
    """This thread's empty in-memory FTS5 table `scratch` with the given tokenizer option."""
    cache: dict[str, sqlite3.Connection] = _local.__dict__.setdefault("scratch", {})
    if tokenize not in cache:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute(f"create virtual table scratch using fts5(text{tokenize})")
        cache[tokenize] = conn
    return cache[tokenize]


class _Matcher:
    """Finds the moments in a batch of memos: which segments hold which terms.

    The memos' segments are copied into a throwaway in-memory FTS5 table with the same
    tokenizer as `segments_fts`, so matching is exactly FTS5's (stemming, accents,
    phrases, prefixes) at a cost that does not grow with the database. Asking the real
    index instead costs a fresh FTS5 query per memo, each seeking every index segment, and
    for a prefix FTS5 merges the postings of every word with that prefix in the whole
    index first, whatever rowids the query is limited to.
    """

    def __init__(self, conn: sqlite3.Connection, q: Query, per_memo: int) -> None:
        self.conn = conn
        self.groups = [q.group_expr(g) for g in range(len(q.groups))]
        self.any = q.any_expr()
        self.per_memo = per_memo
        row = conn.execute("select sql from sqlite_master where name = 'segments_fts'").fetchone()
        found = re.search(r"tokenize\s*=\s*('(?:[^']|'')*'|\"[^\"]*\")", row[0] if row else "")
        self.scratch = _scratch(f", tokenize={found[1]}" if found else "")

    def moments(self, memo_ids: list[int]) -> dict[int, list[Moment]]:
        """memo id -> its best moments, for the memos that have any."""
        segs = {
            r[0]: r[1:]
            for r in self.conn.execute(
                "select id, memo_id, idx, start_s, end_s, text from segments "
                f"where memo_id in ({_marks(memo_ids)})",
                memo_ids,
            )
        }
        if self.scratch.in_transaction:  # left over from an interrupted search
            self.scratch.execute("rollback")
        self.scratch.execute("begin")
        try:
            self.scratch.executemany(
                "insert into scratch (rowid, text) values (?, ?)",
                [(seg_id, seg[4]) for seg_id, seg in segs.items()],
            )
            # memo id -> segment idx -> (segment id, the groups that segment holds)
            holds: dict[int, dict[int, tuple[int, set[int]]]] = {}
            for g, expr in enumerate(self.groups):
                for (seg_id,) in self.scratch.execute(
                    "select rowid from scratch where scratch match ?", [expr]
                ):
                    memo_id, idx = segs[seg_id][:2]
                    holds.setdefault(memo_id, {}).setdefault(idx, (seg_id, set()))[1].add(g)
            chosen = {
                memo_id: _best_windows(found, len(self.groups), self.per_memo)
                for memo_id, found in holds.items()
            }
            wanted = [
                holds[memo_id][i][0]
                for memo_id, windows in chosen.items()
                for _, window in windows
                for i in window
            ]
            snippets = dict(
                self.scratch.execute(
                    f"select rowid, snippet(scratch, 0, ?, ?, ?, {SNIPPET_TOKENS}) from scratch "
                    f"where scratch match ? and +rowid in ({_marks(wanted)})",
                    [_OPEN, _CLOSE, _ELLIPSIS, self.any, *wanted],
                )
            )
        finally:
            self.scratch.execute("rollback")
        out: dict[int, list[Moment]] = {}
        for memo_id, windows in chosen.items():
            for idx, window in windows:
                ids = [holds[memo_id][i][0] for i in window]
                out.setdefault(memo_id, []).append(
                    (
                        idx,
                        segs[ids[0]][2],
                        segs[ids[-1]][3],
                        " ".join(segs[i][4].strip() for i in ids),
                        " ".join(snippets.get(i, segs[i][4]).strip() for i in ids),
                    )
                )
        return out


def _best_windows(
    holds: dict[int, tuple[int, set[int]]], groups: int, per_memo: int
) -> list[tuple[int, list[int]]]:
    """The best (segment idx, window of segment idxs) of one memo, at most `per_memo`.

    Best: the segment itself holds more of the terms, needs fewer neighbours, comes first.
    Windows that touch an already chosen one are the same moment and are skipped.
    """
    groups_of = {idx: own for idx, (_, own) in holds.items()}
    all_groups = frozenset(range(groups))
    candidates = []
    for idx, own in groups_of.items():
        window = _window(idx, own, groups_of, all_groups)
        if window is not None:
            candidates.append((-len(own), len(window), idx, window))
    candidates.sort()
    chosen: list[tuple[int, list[int]]] = []
    for *_, idx, window in candidates:
        if any(window[0] <= w[-1] + 1 and w[0] <= window[-1] + 1 for _, w in chosen):
            continue
        chosen.append((idx, window))
        if len(chosen) >= per_memo:
            break
    return chosen


def _window(
    idx: int, own: set[int], holds: dict[int, set[int]], all_groups: frozenset[int]
) -> list[int] | None:
    """Segment `idx` and the neighbours it needs to hold every group, or None if it can't."""
    missing = all_groups - own
    window = [idx]
    neighbours = sorted(
        (n for n in (idx - 1, idx + 1) if n in holds),
        key=lambda n: -len(missing & holds[n]),
    )
    for n in neighbours:
        if not missing:
            break
        if missing & holds[n]:
            missing = missing - holds[n]
            window.append(n)
    return sorted(window) if not missing else None


# -- forgiving: spelling, compound and name variants ------------------------------------------

# British and American spellings, as (pattern, replacement) rewrites of a lower-case word; a
# rewrite that does not apply leaves the word as it is. Variants that occur nowhere in the
# memos are dropped, so a rule may be generous.
_SPELLING_RULES = [
    # colour/color, neighbourhood/neighborhood, behaviour/behavior, favourite/favorite
    (r"(?<=\w\w)our(?=(?:s|ed|ing|hood|hoods|ite|ites|able|ful|less|er|ers|ist|ists)?$)", "or"),
    (r"(?<=\w[bhilmnrv])or(?=(?:s|ed|ing|hood|hoods|ite|ites|able|ful|less|er|ers)?$)", "our"),
    # organise/organize, organisation/organization, analyse/analyze
    (r"(?<=\w\w\w)is(?=(?:e|es|ed|ing|ation|ations|er|ers)$)", "iz"),
    (r"(?<=\w\w\w)iz(?=(?:e|es|ed|ing|ation|ations|er|ers)$)", "is"),
    (r"(?<=\w\w)ys(?=(?:e|es|ed|ing)$)", "yz"),
    (r"(?<=\w\w)yz(?=(?:e|es|ed|ing)$)", "ys"),
    # centre/center, theatre/theater, fibre/fiber, litre/liter
    (r"(?<=\w\w)([tb])re(?=s?$)", r"\1er"),
    (r"(?<=\w\w)([tb])er(?=s?$)", r"\1re"),
    # programme/program, catalogue/catalog, dialogue/dialog
    (r"(?<=gram)me(?=s?$)", ""),
    (r"(?<=\wgram)(?=s?$)", "me"),
    (r"(?<=log)ue(?=s?$)", ""),
    (r"(?<=\w\wlog)(?=s?$)", "ue"),
    # travelled/traveled, cancelling/canceling, counsellor/counselor
    (r"(?<=[aeiou])ll(?=(?:ed|ing|er|ers|or|ors)$)", "l"),
    (r"(?<=\w\w[aeiou])l(?=(?:ed|ing|er|ers|or|ors)$)", "ll"),
    # paediatric/pediatric, manoeuvre/maneuver, anaemia/anemia
    (r"(?<=\w)ae(?=\w)", "e"),
    (r"(?<=\w)oe(?=\w)", "e"),
]
# Pairs no rule above covers.
_SPELLING_PAIRS = {
    "grey": "gray", "tyre": "tire", "tyres": "tires", "kerb": "curb", "cheque": "check",
    "cheques": "checks", "aluminium": "aluminum", "mum": "mom", "plough": "plow",
    "storey": "story", "pyjamas": "pajamas", "draught": "draft", "jewellery": "jewelry",
    "enquiry": "inquiry", "enquiries": "inquiries", "defence": "defense",
    "licence": "license", "offence": "offense", "pretence": "pretense", "practise": "practice",
    "manoeuvre": "maneuver", "sceptical": "skeptical", "mould": "mold", "moult": "molt",
    "whilst": "while", "amongst": "among", "learnt": "learned", "spelt": "spelled",
}  # fmt: skip
_SPELLING_PAIRS.update({v: k for k, v in list(_SPELLING_PAIRS.items())})
_WORD = re.compile(r"\w+")
# Variants per term at most: they multiply in the memo query.
MAX_VARIANTS = 6
# A word is split into two ("safeguarding" -> "safe guarding") at most at this many places,
# each part at least this long.
MIN_PART = 3
# Names that far off (in letters changed, added or dropped) still count, by word length.
NAME_DISTANCE = ((4, 1), (7, 2))  # from 4 letters: 1; from 7: 2


def spellings(word: str) -> list[str]:
    """Other spellings of `word` (lower case): British and American forms."""
    out = []
    pair = _SPELLING_PAIRS.get(word)
    if pair:
        out.append(pair)
    for pattern, repl in _SPELLING_RULES:
        other = re.sub(pattern, repl, word, count=1)
        if other != word and other not in out:
            out.append(other)
    return out


def compounds(text: str) -> list[str]:
    """One word or two: "touch-line" and "touch line" -> "touchline", and "safeguarding"
    -> "safe guarding", "safeg uarding", ... (the caller keeps the ones that exist)."""
    words = re.findall(r"\w+", text.lower())
    if len(words) in (2, 3):
        return ["".join(words)]
    if len(words) == 1 and words[0].isalpha() and len(words[0]) >= 2 * MIN_PART:
        w = words[0]
        return [f"{w[:i]} {w[i:]}" for i in range(MIN_PART, len(w) - MIN_PART + 1)]
    return []


def _name_distance(word: str) -> int:
    allowed = 0
    for length, d in NAME_DISTANCE:
        if len(word) >= length:
            allowed = d
    return allowed


def _name_words(conn: sqlite3.Connection) -> set[str]:
    """Lower-case words of the names of people and organisations, and of `memo vocab`."""
    (joined,) = conn.execute(
        "select group_concat(name, ' ') from (select name from entities "
        "where kind in ('person', 'org') union all select text from vocabulary)"
    ).fetchone()
    return {w for w in _WORD.findall((joined or "").lower()) if len(w) >= 3}


class _Index:
    """Whether a word or phrase occurs in any memo, each asked once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.seen: dict[str, bool] = {}

    def has(self, text: str) -> bool:
        if text not in self.seen:
            expr = f"text : {Term(text).fts()}"
            self.seen[text] = bool(
                self.conn.execute(
                    "select 1 from memos_fts where memos_fts match ? limit 1", [expr]
                ).fetchone()
            )
        return self.seen[text]


def variants(conn: sqlite3.Connection, term: Term, names: set[str] | None = None) -> list[Term]:
    """The ways `term` may have been written that occur in the memos (see the module
    docstring, step 4). Prefixes have none."""
    if term.prefix or not any(ch.isalpha() for ch in term.text):
        return []
    index = _Index(conn)
    text = " ".join(term.text.lower().split())
    words = re.findall(r"\w+", text)
    found: list[str] = []

    def add(candidate: str) -> None:
        if candidate != text and candidate not in found and len(found) < MAX_VARIANTS:
            found.append(candidate)

    for i, w in enumerate(words):  # each word spelt the other way, one word at a time
        for other in spellings(w):
            candidate = " ".join([*words[:i], other, *words[i + 1 :]])
            if index.has(candidate):
                add(candidate)
    for candidate in compounds(text):
        parts = candidate.split()
        if all(index.has(p) for p in parts) and (len(parts) == 1 or index.has(candidate)):
            add(candidate)
    if len(words) == 1 and names is not None:
        w = words[0]
        most = _name_distance(w)
        if most and w not in names:
            # A name misheard keeps its first or its last letter: checking only those keeps
            # this to a few distance computations however many names there are.
            near = sorted(
                (distance(w, n, most), n)
                for n in names
                if abs(len(n) - len(w)) <= most and (n[0] == w[0] or n[-1] == w[-1])
            )
            for d, n in near:
                if d <= most:
                    add(n)
    return [Term(v) for v in found]


def forgiving(conn: sqlite3.Connection, q: Query) -> list[Query]:
    """The close queries for `q`, none when no variant occurs in the memos: `q` with every
    variant of its terms as an alternative, and two or three words typed apart ("touch
    line") as the one word they make ("touchline")."""
    single = [t for g in q.groups for t in g if not t.prefix and _WORD.fullmatch(t.text)]
    names = _name_words(conn) if any(_name_distance(t.text) for t in single) else set()
    groups = []
    extra = False
    for group in q.groups:
        alternatives = list(group)
        for term in group:
            for v in variants(conn, term, names):
                if v not in alternatives:
                    alternatives.append(v)
                    extra = True
        groups.append(tuple(alternatives))
    out = [Query(tuple(groups), q.excluded)] if extra else []
    plain = [g[0].text.lower() for g in q.groups if len(g) == 1 and not g[0].prefix]
    if len(plain) == len(q.groups) in (2, 3) and all(_WORD.fullmatch(w) for w in plain):
        joined = "".join(plain)
        if _Index(conn).has(joined):
            out.append(Query(((Term(joined),),), q.excluded))
    return out


def _matched(snippet: str) -> str | None:
    """The words a snippet highlights, distinct and in order, lower case."""
    found = re.findall(f"{_OPEN}(.*?){_CLOSE}", snippet)
    words = list(dict.fromkeys(w.lower() for w in found))
    return ", ".join(words) or None


# -- suggestions when nothing matches ---------------------------------------------------------

# Suggestions shown in the "no matches" line, and how far off they may be.
SUGGESTIONS = 3
SUGGEST_DISTANCE = 3


def _suggest_distance(word: str) -> int:
    """How far off a suggestion may be: 1 for short words, up to `SUGGEST_DISTANCE`."""
    return max(1, min(SUGGEST_DISTANCE, len(word) // 3))


def suggest(conn: sqlite3.Connection, query: str, n: int = SUGGESTIONS) -> list[str]:
    """The words in the memos nearest to what `query` looks for (names first, then any
    word in the segments index with the same first two letters), nearest first.

    Only asked when a search found nothing, so it may read a stretch of the index.
    """
    try:
        q = parse_query(query)
    except QueryError:
        return []
    wanted = [
        w
        for g in q.groups
        for t in g
        if not t.prefix
        for w in re.findall(r"\w+", t.text.lower())
        if len(w) >= 3
    ]
    if not wanted:
        return []
    names = _name_words(conn)
    scored: dict[str, int] = {}
    for w in wanted:
        most = _suggest_distance(w)
        for name in names:
            d = distance(w, name, most)
            if 0 < d <= most:
                scored[name] = min(scored.get(name, 99), d)
    try:
        stems = _stems(conn, wanted)
    except sqlite3.Error:
        _debug("no index vocabulary for suggestions", exc_info=True)
        stems = {}
    near = sorted(
        (d, term)
        for stem, terms in stems.values()
        for term in terms
        if term != stem
        and (d := distance(stem, term, _suggest_distance(stem))) <= _suggest_distance(stem)
    )
    for d, term in near:
        if len(scored) >= n * 2:
            break
        word = _surface(conn, term)
        if word and word not in wanted and word not in scored:
            scored[word] = d
    return [w for w, _ in sorted(scored.items(), key=lambda x: (x[1], x[0]))][:n]


def _stems(conn: sqlite3.Connection, words: list[str]) -> dict[str, tuple[str, list[str]]]:
    """word -> (its stem as the index has it, index terms sharing the stem's first two
    letters). The main connection is read-only, so the vocabulary table lives on a scratch
    connection that attaches the database file."""
    import urllib.parse

    row = conn.execute("select file from pragma_database_list where name = 'main'").fetchone()
    if not row or not row[0]:
        return {}
    tokenizer = conn.execute("select sql from sqlite_master where name = 'segments_fts'").fetchone()
    found = re.search(
        r"tokenize\s*=\s*('(?:[^']|'')*'|\"[^\"]*\")", tokenizer[0] if tokenizer else ""
    )
    tokenize = f", tokenize={found[1]}" if found else ""
    scratch = sqlite3.connect("file::memory:", isolation_level=None, uri=True)
    try:
        uri = "file:" + urllib.parse.quote(row[0]) + "?mode=ro"
        scratch.execute("attach database ? as m", [uri])
        scratch.execute(f"create virtual table temp.words using fts5(t{tokenize})")
        scratch.execute("create virtual table temp.wv using fts5vocab(temp, words, instance)")
        scratch.execute("create virtual table temp.iv using fts5vocab(m, segments_fts, row)")
        out = {}
        for w in words:
            scratch.execute("delete from temp.words")
            scratch.execute("insert into temp.words (t) values (?)", [w])
            got = scratch.execute("select term from temp.wv order by offset limit 1").fetchone()
            stem = got[0] if got else w
            lo = stem[:2]
            hi = lo[:-1] + chr(ord(lo[-1]) + 1)
            near = [
                r[0]
                for r in scratch.execute(
                    "select term from temp.iv where term >= ? and term < ?", [lo, hi]
                )
            ]
            out[w] = (stem, near)
        return out
    finally:
        scratch.close()


def _surface(conn: sqlite3.Connection, stem: str) -> str | None:
    """A word as it was said that the index keeps as `stem` (the index holds stems; a
    prefix query is not stemmed again)."""
    row = conn.execute(
        "select highlight(segments_fts, 0, char(2), char(3)) from segments_fts "
        "where segments_fts match ? limit 1",
        [Term(stem, prefix=True).fts()],
    ).fetchone()
    if not row:
        return None
    found = re.search(f"{_OPEN}(.*?){_CLOSE}", row[0])
    return found[1].lower() if found else None
