"""Who works where: person -> organisation links, with roles, read from the sentence, the
sentences before it and the pronouns after a name.

Separate from name resolution because links are read only once the memo's names are settled.

One submodule per way a link is said. The order the passes run in is kept here, in `_links`,
because each adds to the links before it and most skip someone already linked: `prepositions`
(the word before each organisation) first, then `introduced` (by job, as the one spoken to,
by pronoun), then the smaller passes of `through` and `named_with`, interleaved as `_links`
lists them. Under the passes, each importing only the ones below it: `context` (whether the
words before a preposition say work there), `roles` (the job said beside a name), `kinds`
(which organisation a job or a meeting belongs to) and `subjects` (who a clause is about).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..entities import _Entity
from ..lexicon import TITLE_ROLES
from ..records import Link
from .former import _former_dropped
from .introduced import _links_by_pronoun, _links_from_context
from .named_with import (
    _family_firm_links,
    _job_with_org_links,
    _kind_named_after_links,
    _org_job_links,
    _org_one_links,
    _own_business_links,
    _possessed_kind_links,
    _runs_its_thing_links,
    _sent_links,
    _signed_links,
)
from .prepositions import CORRECTED, _preposition_links
from .through import (
    _asked_for_links,
    _chaired_links,
    _colleague_links,
    _department_links,
    _pair_links,
    _partner_links,
    _run_by_links,
    _services_to_council,
    _staff_links,
    _titled_links,
    _who_runs_it_links,
    _workmate_links,
)

# Said for a surname not remembered: "Bronwen something", "Gaz summat".
FORGOTTEN = {"something", "summat", "somebody", "whatsit", "whatshername", "whatshisname"}


def _corrected_names(doc: Any, entities: list[_Entity], links: list[Link]) -> list[Link]:
    """ "a fella called Rory, no, Ronan, Ronan Atcheson", "Bartek Zielonka, no, Zielinski,
    Bartek Zielinski": a name put right at once; its links are the one named last's."""
    people = [e for e in entities if e.kind == "person"]
    moved: dict[str, str] = {}
    for e in people:
        k = e.end
        if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in CORRECTED:
            continue
        later = []
        for t in doc[k + 2 : min(len(doc), k + 9)]:
            if t.pos_ in ("VERB", "AUX") or t.lower_ in ("and", "but", "he", "she"):
                break
            later += [p for p in people if p.start == t.i and p.name != e.name]
        if later:
            moved[e.name] = later[-1].name
    if not moved:
        return links
    return [
        Link(moved[x.person], x.org, x.role)
        if x.person in moved and not any(y.person == moved[x.person] and y.org for y in links)
        else x
        for x in links
    ]


def _links(doc: Any, entities: list[_Entity], role_tokens: set[int]) -> list[Link]:
    """Each person tied to the organisations and roles said with them.

    The tokens of the roles found are added to `role_tokens` (a role is not a topic).
    """
    # "Priya Shah's from X": a name whose span took the "'s" after it ends before it here,
    # so the verb is read as said after the name
    entities = [
        replace(e, end=e.end - 1)
        if e.kind == "person" and e.end - e.start > 1 and doc[e.end - 1].text in ("'s", "’s")
        else e
        for e in entities
    ]
    # "a physio, Bronwen something, from Ridgeway Care": a surname not remembered is said
    # as "something", and the words after it go on about the one named
    entities = [
        replace(e, end=e.end + 1)
        if e.kind == "person"
        and e.end + 1 < len(doc)
        and doc[e.end].lower_ in FORGOTTEN
        and doc[e.end + 1].is_punct
        else e
        for e in entities
    ]
    links: list[Link] = []
    _preposition_links(doc, entities, links, role_tokens)
    _links_from_context(doc, entities, links)
    _links_by_pronoun(doc, entities, links)
    _staff_links(doc, entities, links)
    _signed_links(doc, entities, links)
    _colleague_links(doc, entities, links)
    _workmate_links(doc, entities, links)
    _partner_links(doc, entities, links)
    _department_links(doc, entities, links)
    _possessed_kind_links(doc, entities, links)
    _titled_links(doc, entities, links)
    _chaired_links(doc, entities, links)
    _job_with_org_links(doc, entities, links)
    _org_job_links(doc, entities, links)
    _org_one_links(doc, entities, links)
    _own_business_links(doc, entities, links)
    _sent_links(doc, entities, links)
    _runs_its_thing_links(doc, entities, links)
    _kind_named_after_links(doc, entities, links)
    _who_runs_it_links(doc, entities, links)
    _run_by_links(doc, entities, links)
    _asked_for_links(doc, entities, links)
    _pair_links(doc, entities, links)
    _family_firm_links(doc, entities, links)
    links = _corrected_names(doc, entities, links)
    links = _services_to_council(entities, links)
    links = _former_dropped(doc, entities, links)
    for e in entities:
        if e.kind == "person" and e.title and e.title.lower() in TITLE_ROLES:
            role = TITLE_ROLES[e.title.lower()]
            tied = [i for i, link in enumerate(links) if link.person == e.name]
            if tied and all(links[i].role is None for i in tied):
                links[tied[0]] = Link(e.name, links[tied[0]].org, role)
            elif not tied:
                links.append(Link(e.name, None, role))
    return list(dict.fromkeys(links))
