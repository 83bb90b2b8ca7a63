"""`memo digest`: the week in one Markdown page.

Who was met (with where they work), organisations, topics, the open follow-ups by due date,
and the memos themselves, each item pointing back at the memo (id and recorded-at time) so
`memo show ID` gets to what was said. The data comes from `read.Reader.digest`; this module
only renders it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .read import Digest, mmss

DEFAULT_DAYS = 7


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last seven days, today included."""
    return today - dt.timedelta(days=DEFAULT_DAYS - 1), today


def build(source: Any, since: dt.date, until: dt.date) -> Digest:
    """Kept for callers written before the read layer: `Reader.digest` (or a `Store`'s)."""
    return getattr(source, "reader", source).digest(since, until)


def _when(recorded_at: str | None) -> str:
    return (recorded_at or "")[:16].replace("T", " ")


def _memo_links(ids: list[int], when: dict[int, str]) -> str:
    return "; ".join(f"memo {i}" + (f", {when[i]}" if i in when else "") for i in ids)


def _section(title: str, items: list[str], empty: str = "none") -> list[str]:
    """A Markdown section: heading, one bullet per item (or one saying there are none)."""
    return [f"## {title}", "", *(f"- {i}" for i in items or [empty]), ""]


def render_markdown(d: Digest) -> str:
    """The digest as a Markdown report."""
    when = {m.memo_id: _when(m.recorded_at) for m in d.memos}
    n = len(d.memos)
    out = [f"# Memo digest: {d.since} to {d.until}", ""]
    out += [f"{n} memo{'s' if n != 1 else ''} recorded.", ""]

    people = []
    for p in d.people:
        about = ", ".join([*p.roles, *p.orgs])
        links = _memo_links(p.memo_ids, when)
        people.append(f"**{p.name}**" + (f": {about}" if about else "") + f" ({links})")
    out += _section("People met", people, empty="nobody")

    orgs = []
    for o in d.orgs:
        who = ", ".join(o.people)
        orgs.append(
            f"**{o.name}**" + (f": {who}" if who else "") + f" ({_memo_links(o.memo_ids, when)})"
        )
    out += _section("Organisations", orgs)

    out += _section(
        "Topics",
        [f"{t.phrase} ({', '.join(f'memo {i}' for i in t.memo_ids)})" for t in d.topics],
    )

    followups = []
    for f in d.followups:
        due = f"**{f.due}**" if f.due else "**no date**"
        person = f"{f.person}; " if f.person else ""
        followups.append(
            f"{due} {f.text} ({person}memo {f.memo_id}, {_when(f.recorded_at)} "
            f"at {mmss(f.start_s)}; follow-up {f.id})"
        )
    out += _section("Open follow-ups", followups)

    memos = [f"memo {m.memo_id}, {_when(m.recorded_at)}, {m.filename}" for m in d.memos]
    return "\n".join(out + _section("Memos", memos)[:-1]) + "\n"
