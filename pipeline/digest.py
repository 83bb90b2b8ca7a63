"""`memo digest`: the week in one Markdown page.

Who was met (with where they work), organisations, topics, the open follow-ups by due date,
and the memos themselves, each item pointing back at the memo (id and recorded-at time) so
`memo show ID` gets to what was said. The open follow-ups are those from the period's memos
plus any older ones that fall due by its end: what is on the plate, not only what is new.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .people import FollowUpItem, MemoRef, OrgSummary, PersonSummary, Topic
from .records import mmss
from .store import Store

DEFAULT_DAYS = 7
MAX_TOPICS = 10


@dataclass(frozen=True)
class Digest:
    since: str
    until: str
    memos: list[MemoRef]
    people: list[PersonSummary]
    orgs: list[OrgSummary]
    topics: list[Topic]
    followups: list[FollowUpItem]


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last seven days, today included."""
    return today - dt.timedelta(days=DEFAULT_DAYS - 1), today


def build(store: Store, since: dt.date, until: dt.date) -> Digest:
    memos = store.memo_refs(since, until)
    ids = {m.memo_id for m in memos}
    followups = [
        f
        for f in store.list_followups()
        if f.memo_id in ids or (f.due is not None and f.due <= until.isoformat())
    ]
    return Digest(
        since=since.isoformat(),
        until=until.isoformat(),
        memos=memos,
        people=store.people(since=since, until=until),
        orgs=store.orgs(since=since, until=until),
        topics=store.topic_list(since, until)[:MAX_TOPICS],
        followups=followups,
    )


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
