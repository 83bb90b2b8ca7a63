"""Where someone used to work, dropped once where they work now is said: "Gareth used to be at
Camden Council but he's with Brent Council now" links him to Brent Council only. A former
workplace said alone ("she used to be at the bus depot") stays: it is all the memo says of
where she is from; so does one said with the job held there ("he used to be a fitter at Cardiff
Bus"), the trade he is known by.
"""

from __future__ import annotations

import itertools
from typing import Any

from ..entities import _Entity, _role_word
from ..records import Link

# Words that put the workplace after them in the past: "used to be at", "formerly of",
# "previously with", "who left Peabody", "ex-Tesco".
FORMERLY = {"formerly", "previously", "left", "leaving", "ex", "ex-"}
WAS = {"was", "were"}
PREPS = {"at", "with", "for", "in", "of", "from"}


def _said_as_former(doc: Any, entities: list[_Entity], org: _Entity) -> bool:
    """Whether the words before `org`, back to the name or organisation before it in its
    sentence, say it was where someone worked: "used to work for", "she was at X for years"."""
    start = doc[org.start].sent.start
    ends = [e.end for e in entities if start < e.end <= org.start]
    stop = max([*ends, start, org.start - 6])
    words = [t.lower_ for t in doc[stop : org.start] if t.lower_ != "the"]
    if any(_role_word(w) for w in words):
        return False  # "he used to be a fitter at Cardiff Bus": the trade he is known by
    if any(a == "used" and b == "to" for a, b in itertools.pairwise(words)):
        return True
    if set(words) & FORMERLY:
        return True
    # "she was at Lambeth Council for years", not "she's at"
    return len(words) >= 2 and words[-1] in PREPS and words[-2] in WAS


def _former_dropped(doc: Any, entities: list[_Entity], links: list[Link]) -> list[Link]:
    """`links` less each one to where its person used to work, where a link of theirs to
    another organisation is said without it."""
    orgs = [e for e in entities if e.kind == "org"]
    # as last said: "Yusuf from Hackney Council, well he was at Hackney Council, he's with
    # Islington now"
    last = {o.name: o for o in orgs}
    former = {name for name, o in last.items() if _said_as_former(doc, entities, o)}
    if not former:
        return links
    now = {link.person for link in links if link.org and link.org not in former}
    return [link for link in links if not (link.org in former and link.person in now)]
