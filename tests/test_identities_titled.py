"""A Mr and a Mrs of one surname are two people: stored apart, not as one entry keyed by the
surname, and a full name said later joins the one whose title fits it. Real spaCy on text and
a real store across memos; every name is made up for these tests and taken from no evaluation
set.

- "Mrs Quennell made tea and Mr Quennell showed me the roof": two people in one memo;
- "Mrs Quennell rang", then "Mr Quennell let me in": two people in two memos;
- then "Marjorie Quennell texted": she is Mrs Quennell, not Mr Quennell; "Dennis Quennell" is
  Mr Quennell, however the two were said first;
- kept: one "Mr Tolland" said twice, then "Barry Tolland", is one person; "Miss" then "Mrs"
  of one surname are one woman unless something says otherwise;
- what the memo says of the one said by title (a link, a follow-up) is of that one;
- "Sister Dunmore ran it, the ward sister, Philippa, ...": a first name set off after the
  role of the one said by title and surname is theirs, when the title fits it.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from pipeline.extract import SpacyExtractor
from pipeline.records import AudioInfo, Memo, Segment, Transcript
from pipeline.store import Store

pytestmark = pytest.mark.real

MONDAY = dt.datetime(2030, 3, 4, 9, 0)
DAY = dt.timedelta(days=1)


def transcript(text: str) -> Transcript:
    parts = [p.strip() + "." for p in text.split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    return Transcript(segments, "en", 1.0, 3.0 * len(parts), "reference")


def ingested(extractor: SpacyExtractor, *memos: str) -> Store:
    """A store after `memos`, one a day, as ingest does."""
    store = Store.open(":memory:")
    for i, text in enumerate(memos):
        at = MONDAY + i * DAY
        ex = extractor.extract(transcript(text), at, store.vocabulary().terms)
        info = AudioInfo(
            f"{at:%Y%m%d_%H%M%S}.m4a", hashlib.sha256(text.encode()).hexdigest(), 1, 3, at, "f"
        )
        store.save(Memo(info, "done", transcript(text), ex))
    return store


def said_of(store: Store) -> dict[str, set[str]]:
    """Each stored person (with a mention) -> the forms they were said by."""
    out: dict[str, set[str]] = {}
    for r in store.db.query(
        "select e.name, m.surface from entities e join mentions m on m.entity_id = e.id"
        " where e.kind = 'person'"
    ):
        out.setdefault(r["name"], set()).add(r["surface"].removesuffix("'s"))
    return out


def who(store: Store, surface: str) -> set[str]:
    return {name for name, forms in said_of(store).items() if surface in forms}


@pytest.mark.parametrize(
    "memos",
    [
        ("Popped round, Mrs Quennell made tea and Mr Quennell showed me the shed roof.",),
        (
            "Mrs Quennell rang about the boiler, it's playing up again.",
            "Mr Quennell let me in, he's a bit deaf so knock loud next time.",
        ),
        (
            "Mr Quennell paid cash for the last two visits.",
            "Mrs Quennell wants the roses pruned before March.",
            "Mr Quennell says the van can park on the drive.",
        ),
    ],
)
def test_a_mr_and_a_mrs_of_one_surname_are_two_people(
    extractor: SpacyExtractor, memos: tuple[str, ...]
) -> None:
    store = ingested(extractor, *memos)
    assert len(who(store, "Mr Quennell")) == len(who(store, "Mrs Quennell")) == 1
    assert who(store, "Mr Quennell") != who(store, "Mrs Quennell")


def test_each_is_found_by_any_title_said_of_them(extractor: SpacyExtractor) -> None:
    store = ingested(
        extractor,
        "Mr Quennell paid cash for the last two visits.",
        "Mrs Quennell wants the roses pruned before March.",
    )
    found = {t: store.entity_named(f"{t} Quennell", ("person",)) for t in ("Mr", "Ms", "Miss")}
    assert {t: e and e["name"] for t, e in found.items()} == {
        "Mr": next(iter(who(store, "Mr Quennell"))),
        "Ms": next(iter(who(store, "Mrs Quennell"))),
        "Miss": next(iter(who(store, "Mrs Quennell"))),
    }


@pytest.mark.parametrize("first", ["Mrs", "Mr"])
def test_a_full_name_joins_the_one_whose_title_fits_it(
    extractor: SpacyExtractor, first: str
) -> None:
    other = "Mr" if first == "Mrs" else "Mrs"
    store = ingested(
        extractor,
        f"{first} Quennell wants a quote for the patio.",
        f"{other} Quennell rang, the date's fine.",
        "Marjorie Quennell texted, she's moved it to Thursday.",
        "Dennis Quennell paid the deposit.",
    )
    assert who(store, "Mrs Quennell") == who(store, "Marjorie Quennell") == {"Marjorie Quennell"}
    assert who(store, "Mr Quennell") == who(store, "Dennis Quennell") == {"Dennis Quennell"}


def test_one_title_said_again_and_a_full_name_later_are_one_person(
    extractor: SpacyExtractor,
) -> None:
    store = ingested(
        extractor,
        "Mr Tolland wants the hedge cut back.",
        "Mr Tolland rang again about the hedge.",
        "Barry Tolland paid for the hedge, all sorted.",
    )
    assert said_of(store) == {"Barry Tolland": {"Mr Tolland", "Barry Tolland"}}


def test_miss_then_mrs_is_one_woman(extractor: SpacyExtractor) -> None:
    store = ingested(
        extractor,
        "Miss Pendle is taking the reception class this year.",
        "Mrs Pendle sent the reading books home.",
    )
    assert len(said_of(store)) == 1


def test_what_is_said_of_the_one_said_by_title_is_of_them(extractor: SpacyExtractor) -> None:
    store = ingested(
        extractor,
        "Mrs Quennell rang about Callum's reading.",
        "Mr Quennell, the head of year at Brackwood Academy, rang back. I need to email"
        " Mr Quennell the forms by Friday.",
    )
    link = store.db.execute(
        "select p.name from links l join entities p on p.id = l.person_id"
    ).fetchall()
    task = store.db.execute(
        "select p.name from followups f join entities p on p.id = f.person_id"
    ).fetchall()
    assert link == task == [("Mr Quennell",)]


def people_of(extractor: SpacyExtractor, text: str) -> set[str]:
    ex = extractor.extract(transcript(text), MONDAY)
    return {m.name for m in ex.mentions if m.kind == "person"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sister Dunmore ran it, the ward sister, Philippa, she was very good with Dad.",
         "Philippa Dunmore"),
        ("Mr Creswick was there, the deputy head, Alan, and he said the trip's on.",
         "Alan Creswick"),
        ("We saw Dr Oyebanji, the registrar, Kwame, lovely fella, explained it all.",
         "Kwame Oyebanji"),
    ],
)  # fmt: skip
def test_a_first_name_after_the_titled_ones_role_is_theirs(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert people_of(extractor, text) == {person}


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Dunmore took the class, the supply teacher, Alan, was off sick.",  # not her name
        "Mrs Dunmore came with her sister, Philippa, and they stayed an hour.",  # kin, no role
    ],
)
def test_a_first_name_after_a_role_that_is_not_theirs_stays_apart(
    extractor: SpacyExtractor, text: str
) -> None:
    assert len(people_of(extractor, text)) == 2
