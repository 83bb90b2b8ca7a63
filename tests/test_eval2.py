"""The held-out-style set `samples/eval2/`: its manifests hold together, and the extractor keeps
at least the figures it reaches on the dev split's reference text (issue 10's measures).

Only the dev split's text side runs here (seconds); the test split is scored at the end of a
piece of work, and the audio side with `make eval-memos` (docs/benchmarks.md).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sys

import pytest

from conftest import ROOT

if str(ROOT) not in sys.path:  # `bench` is a folder of scripts, not an installed package
    sys.path.insert(0, str(ROOT))

from bench.eval_extract import (
    SPLITS,
    Case,
    Count,
    Names,
    Scores,
    _overlap,
    due_ok,
    evaluate_text,
    key,
    load_split,
    names_of,
    orgs_in_lower_case,
    splits_table,
)
from pipeline.audio import recorded_at

# Floors on the reference text, a couple of points under what the extractor scores (issue 10,
# understanding2): dev 55/55 people, 0 not-people; organisations 30/30, 0 false; links 20/20;
# follow-ups 44/44, 0 invented; due dates 44/44; none split. dev2 (another user, tuned on
# only for kinds of speech): people 47/47, 0 not-people; organisations 30/31, 2 false; links
# 18/18; follow-ups 40/47, 1 invented; due dates 36/40; 1 person split. Dated events kept as
# events: dev 11/11, dev2 13/16. dev3 (a user written before reading the rules, tuned on
# for people, organisations and links; issue 10, people3): people 62/62, 0 not-people;
# organisations 31/31, 0 false; links 21/21; none split. dev4 (another user, written for
# promises and dates, tuned on for those only): follow-ups 43/45, 0 invented; due dates
# 42/43; events 19/22; people 60/60, organisations 14/15 (0 false), links 7/8 (people3's
# rules, looked at once they were done). A rule change that drops a split below its floor
# has over-fitted or broken something.
DEV_TEXT_FLOOR = {
    "person_recall": 0.97,
    "org_recall": 0.95,
    "pair_recall": 0.95,
    "followup_recall": 0.97,
    "due_accuracy": 0.97,
    "event_recall": 0.95,
}
DEV_TEXT_CEILING = {
    "people_false_per30": 1.0,
    "orgs_false_per30": 1.0,
    "followups_invented_per30": 1.0,
    "split_people": 1,
}
DEV2_TEXT_FLOOR = {
    "person_recall": 0.95,
    "org_recall": 0.93,
    "pair_recall": 0.94,
    "followup_recall": 0.80,
    "due_accuracy": 0.85,
    "event_recall": 0.68,
}
DEV2_TEXT_CEILING = {
    "people_false_per30": 1.0,
    "orgs_false_per30": 3.0,
    "followups_invented_per30": 2.0,
    "split_people": 2,
}
DEV3_TEXT_FLOOR = {
    "person_recall": 0.95,
    "org_recall": 0.93,
    "pair_recall": 0.90,
    "followup_recall": 0.80,
    "due_accuracy": 0.85,
}
DEV3_TEXT_CEILING = {
    "people_false_per30": 1.0,
    "orgs_false_per30": 1.0,
    "followups_invented_per30": 6.0,
    "split_people": 1,
}
DEV4_TEXT_FLOOR = {
    "person_recall": 0.95,
    "org_recall": 0.85,
    "pair_recall": 0.70,
    "followup_recall": 0.9,
    "due_accuracy": 0.9,
    "event_recall": 0.8,
}
DEV4_TEXT_CEILING = {
    "people_false_per30": 3.0,
    "orgs_false_per30": 2.0,
    "followups_invented_per30": 2.0,
    "split_people": 1,
}


# dev5 (a spoken split written fresh for issue 10's third pass and scored once before anyone
# tuned on it: people 89%, organisations 59% with 21 false per 30, links 50%, follow-ups 91%
# with 7 invented; then tuned on): 74/74 people, 46/46 organisations, 24/24 links, 55/55
# follow-ups, 55/55 due dates, 29/29 events, nothing false or invented, none split.
DEV5_TEXT_FLOOR = {
    "person_recall": 0.95,
    "org_recall": 0.93,
    "pair_recall": 0.90,
    "followup_recall": 0.93,
    "due_accuracy": 0.95,
    "event_recall": 0.90,
}
DEV5_TEXT_CEILING = {
    "people_false_per30": 1.0,
    "orgs_false_per30": 1.0,
    "followups_invented_per30": 1.0,
    "split_people": 1,
}
# dev6 (another spoken split, written after dev5 was tuned and scored once before tuning on it:
# people 85%, organisations 79% with 10 false per 30, links 41%, follow-ups 85% with 7 invented,
# 4 people split): 95/96 people, 37/39 organisations, 16/17 links, 45/46 follow-ups, 45/45 due
# dates, 19/24 events, nothing false or invented, none split.
DEV6_TEXT_FLOOR = {
    "person_recall": 0.95,
    "org_recall": 0.90,
    "pair_recall": 0.85,
    "followup_recall": 0.93,
    "due_accuracy": 0.95,
    "event_recall": 0.75,
}
DEV6_TEXT_CEILING = DEV5_TEXT_CEILING
# dev7 (a spoken split written for issue 10's fourth pass, scored once before tuning: people
# 65%, organisations 63% with 17 false per 30, links 56%, follow-ups 98% with 9 invented, due
# dates 85%): 76/80 people, 48/52 organisations, 24/27 links, 42/42 follow-ups, 41/42 due
# dates, 26/27 events, nothing false or invented, none split.
DEV7_TEXT_FLOOR = {
    "person_recall": 0.92,
    "org_recall": 0.88,
    "pair_recall": 0.82,
    "followup_recall": 0.93,
    "due_accuracy": 0.93,
    "event_recall": 0.90,
}
DEV7_TEXT_CEILING = DEV5_TEXT_CEILING
# dev8 and dev9 (spoken splits written blind during the fourth pass; scored once before tuning,
# then measured after the dev7 round they never fed, then tuned on): dev8 75/77 people, 37/46
# organisations with 5 false per 30, 14/20 links, 47/48 follow-ups, 46/47 due dates, 2 split;
# dev9 75/76 people, 20/27 organisations with 7 false, 15/19 links, 34/36 follow-ups, 34/34
# due dates, 1 split. Organisations are still below the goal on both. Raised after the fifth
# pass: dev8 42/46 organisations and 16/20 links, dev9 21/27 and 16/19.
DEV8_TEXT_FLOOR = {
    "person_recall": 0.93,
    "org_recall": 0.86,
    "pair_recall": 0.74,
    "followup_recall": 0.93,
    "due_accuracy": 0.93,
    "event_recall": 0.80,
}
DEV8_TEXT_CEILING = {
    "people_false_per30": 3.0,
    "orgs_false_per30": 7.0,
    "followups_invented_per30": 1.0,
    "split_people": 2,
}
DEV9_TEXT_FLOOR = {
    "person_recall": 0.93,
    "org_recall": 0.74,
    "pair_recall": 0.78,
    "followup_recall": 0.90,
    "due_accuracy": 0.93,
    "event_recall": 0.80,
}
DEV9_TEXT_CEILING = {
    "people_false_per30": 2.0,
    "orgs_false_per30": 9.0,
    "followups_invented_per30": 1.0,
    "split_people": 1,
}


# dev10, dev11 and dev12 (spoken splits written blind in the fifth pass and scored once before
# tuning). dev10 and dev11 were then tuned on; dev12 was kept from that round, so its floor is
# its untuned score: dev12 67/82 people with 5 not-people, 28/39 organisations with 20 false,
# 14/26 links, 36/44 follow-ups with 6 invented, 35/36 due dates. Most of it is below the goal.
DEV10_TEXT_FLOOR = {
    "person_recall": 0.95,
    "org_recall": 0.92,
    "pair_recall": 0.82,
    "followup_recall": 0.93,
    "due_accuracy": 0.92,
    "event_recall": 0.72,
}
DEV10_TEXT_CEILING = {
    "people_false_per30": 2.0,
    "orgs_false_per30": 2.0,
    "followups_invented_per30": 1.0,
    "split_people": 1,
}
DEV11_TEXT_FLOOR = {
    "person_recall": 0.95,
    "org_recall": 0.90,
    "pair_recall": 0.82,
    "followup_recall": 0.93,
    "due_accuracy": 0.93,
    "event_recall": 0.68,
}
DEV11_TEXT_CEILING = DEV10_TEXT_CEILING
DEV12_TEXT_FLOOR = {
    "person_recall": 0.78,
    "org_recall": 0.66,
    "pair_recall": 0.48,
    "followup_recall": 0.78,
    "due_accuracy": 0.92,
    "event_recall": 0.78,
}
DEV12_TEXT_CEILING = {
    "people_false_per30": 7.0,
    "orgs_false_per30": 22.0,
    "followups_invented_per30": 7.0,
    "split_people": 1,
}


# dev13..dev16 (typed splits written blind in the sixth pass, scored once with the rules and
# the package's NER before anything was trained or tuned on them; now among the splits the NER
# is taught on), and dev17..dev22 likewise: floors a few points under what the shipped
# extractor scores on them.
def _fresh(
    people: float, orgs: float, links: float, followups: float, due: float, events: float = 0.55
) -> dict:
    return {
        "person_recall": people,
        "org_recall": orgs,
        "pair_recall": links,
        "followup_recall": followups,
        "due_accuracy": due,
        "event_recall": events,
    }


FRESH_TEXT_FLOORS = {
    "dev13": _fresh(0.94, 0.86, 0.58, 0.79, 0.87),
    "dev14": _fresh(0.87, 0.60, 0.50, 0.83, 0.84),
    "dev15": _fresh(0.90, 0.73, 0.60, 0.73, 0.85),
    "dev16": _fresh(0.85, 0.65, 0.45, 0.76, 0.86),
    # dev17..dev22: written blind in the seventh pass, scored once before anything was tuned
    # or trained on them; dev21 and dev22 stayed blind to the rule round that followed
    "dev17": _fresh(0.94, 0.82, 0.78, 0.86, 0.83),
    "dev18": _fresh(0.95, 0.82, 0.83, 0.77, 0.88),
    "dev19": _fresh(0.93, 0.70, 0.63, 0.81, 0.92),
    "dev20": _fresh(0.94, 0.80, 0.49, 0.80, 0.83),
    "dev21": _fresh(0.93, 0.70, 0.51, 0.88, 0.94),
    "dev22": _fresh(0.89, 0.84, 0.66, 0.83, 0.84),
    # dev23..dev26: written blind in the eighth pass, scored once untouched, then blind guards
    # for its rule round, then taught to the NER
    "dev23": _fresh(0.88, 0.79, 0.64, 0.88, 0.88, events=0.48),
    "dev24": _fresh(0.92, 0.86, 0.73, 0.88, 0.88),
    "dev25": _fresh(0.89, 0.88, 0.75, 0.86, 0.85),
    "dev26": _fresh(0.96, 0.81, 0.70, 0.89, 0.92),
}
FRESH_TEXT_CEILING = {
    "people_false_per30": 8.0,
    "orgs_false_per30": 15.0,
    "followups_invented_per30": 10.0,
    "split_people": 3,
}

# typed-only splits: no audio files
TYPED = (
    "dev2",
    "dev3",
    "dev4",
    *(f"dev{n}" for n in range(13, 27)),
    *(f"test{n}" for n in range(4, 12)),
    "test12",
    "test13",
    "test14",
    "test15",
    "test16",
    "test17",
    "test18",
    "test19",
    "test20",
    "test21",
    "test22",
    "test23",
    "test24",
    "test25",
    "test26",
    "test27",
    "test28",
    "test29",
    "test30",
    "test31",
    "test32",
    "test33",
    "test34",
    "test35",
    "test36",
    "test37",
    "test38",
    "test39",
)


@pytest.fixture(scope="module", params=SPLITS)
def split(request: pytest.FixtureRequest) -> tuple[str, list[Case]]:
    return request.param, load_split(request.param)


def test_splits_are_big_enough() -> None:
    dev, test, dev2 = (load_split(s) for s in ("dev", "test", "dev2"))
    assert len(dev2) >= 28 and sum(len(c.followups) for c in dev2) >= 30
    dev4 = load_split("dev4")
    assert len(dev4) >= 24 and sum(len(c.followups) for c in dev4) >= 40
    assert sum(len(c.events) for c in dev4) >= 15
    dev3 = load_split("dev3")
    assert len(dev3) >= 28 and sum(len(c.links) for c in dev3) >= 15
    assert len(dev) + len(test) >= 60
    assert len(dev) >= 36 and len(test) >= 20
    assert sum(len(c.followups) for c in dev + test) >= 60
    assert sum(not c.people and not c.followups for c in dev + test) >= 2  # no names, no action
    for spoken in (
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
        "test2",
        "test3",
    ):  # more users, written fresh, spoken
        cases = load_split(spoken)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 35
        assert sum(len(c.events) for c in cases) >= 15 and sum(len(c.links) for c in cases) >= 15


def test_the_sixth_pass_typed_splits_are_big_enough() -> None:
    for typed in ("dev13", "dev14", "dev15", "dev16"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 45
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 20


def test_the_seventh_pass_typed_splits_are_big_enough() -> None:
    for typed in ("dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "test7", "test8"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 38
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 18


def test_the_eighth_pass_typed_splits_are_big_enough() -> None:
    for typed in ("dev23", "dev24", "dev25", "dev26", "test9"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 20


def test_the_ninth_pass_typed_splits_are_big_enough() -> None:
    for typed in ("test10", "test11"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 20


def test_the_seventeenth_pass_typed_splits_are_big_enough() -> None:
    for typed in ("test12", "test13", "test14", "test15"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 25


def test_the_eighteenth_pass_typed_splits_are_big_enough() -> None:
    for typed in ("test16", "test17", "test18", "test19"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 25


def test_the_nineteenth_pass_typed_splits_are_big_enough() -> None:
    for typed in ("test20", "test21", "test22", "test23"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 25


def test_the_twentieth_pass_typed_splits_are_big_enough() -> None:
    for typed in ("test24", "test25", "test26", "test27"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 25


def test_the_twenty_first_pass_typed_splits_are_big_enough() -> None:
    for typed in ("test28", "test29", "test30", "test31"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 25


def test_the_twenty_second_pass_typed_splits_are_big_enough() -> None:
    for typed in ("test32", "test33", "test34", "test35"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 25


def test_the_twenty_third_pass_typed_splits_are_big_enough() -> None:
    for typed in ("test36", "test37", "test38", "test39"):
        cases = load_split(typed)
        assert len(cases) >= 28 and sum(len(c.followups) for c in cases) >= 40
        assert sum(len(c.events) for c in cases) >= 20 and sum(len(c.links) for c in cases) >= 25


def test_splits_share_no_people() -> None:
    people = {s: {key(p) for c in load_split(s) for p in c.people} for s in SPLITS}
    for a, b in itertools.combinations(SPLITS, 2):
        assert not people[a] & people[b], (a, b, people[a] & people[b])


def test_dev2_is_typed_only_and_the_others_spoken() -> None:
    """dev2, dev3 and dev4 have no audio (the audio path skips them); every memo of every other
    split is spoken."""
    assert all(c.voice is None and not c.path.exists() for s in TYPED for c in load_split(s))
    assert all(c.voice and c.path.exists() for s in SPLITS if s not in TYPED for c in load_split(s))


def test_audio_files_carry_the_recorded_time(split: tuple[str, list[Case]]) -> None:
    _, cases = split
    assert len({c.file for c in cases}) == len(cases)
    for c in cases:
        if c.voice is not None:
            assert c.path.is_file(), c.file
            assert 0 < c.path.stat().st_size < 200_000, c.file
        assert recorded_at(c.path, {}) == (c.recorded_at, "filename"), c.file


def test_phrases_are_verbatim_and_dates_valid(split: tuple[str, list[Case]]) -> None:
    _, cases = split
    for c in cases:
        text = c.text.lower()
        for phrase, _, due in c.followups:
            assert phrase.lower() in text, (c.file, phrase)
            for d in (due,) if isinstance(due, str) else due or ():
                day = dt.datetime.strptime(d, "%Y-%m" if len(d) == 7 else "%Y-%m-%d")
                assert day.date() >= c.recorded_at.date().replace(day=1), (c.file, d)
        for phrase, date in c.events:
            assert phrase.lower() in text, (c.file, phrase)
            assert dt.date.fromisoformat(date) >= c.recorded_at.date(), (c.file, date)


def test_names_resolve_to_one_listed_person_or_org(split: tuple[str, list[Case]]) -> None:
    """Every alias points at a name the split lists, no form names two things, and every
    person, organisation and link refers to names the memo lists."""
    _, cases = split
    names = names_of(cases)
    listed = {key(n) for c in cases for n in (*c.people, *c.orgs, *c.places)}
    targets: dict[str, str] = {}
    for c in cases:
        for alias, target in c.aliases:
            assert key(target) in listed, (c.file, alias, target)
            assert targets.setdefault(key(alias), key(target)) == key(target), (c.file, alias)
        people = {names(p) for p in c.people}
        for person, org, _ in c.links:
            assert names(person) in people and names(org) in {names(o) for o in c.orgs}
        for _, person, _ in c.followups:
            for p in (person,) if isinstance(person, str) else person or ():
                assert names(p) in people, (c.file, p)
        # a name spoken in the memo, in some listed form
        for name in (*c.people, *c.orgs, *c.places):
            forms = [name] + [a for a, t in c.aliases if t == name]
            forms += [a for cc in cases for a, t in cc.aliases if t == name]
            # a first name two people share is optional; the memo names whom it means
            forms += [f for f in c.optional if name.split()[0] == f and name in c.people]
            spoken = re.sub(r"\W+", " ", c.text.lower())
            assert any(re.sub(r"\W+", " ", f.lower()).strip() in spoken for f in forms), (
                c.file,
                name,
            )


def test_phrases_match_whether_numbers_are_words_or_digits() -> None:
    """Whisper writes "the 27th" and "Dr."; a person types "the twenty-seventh" and "Doctor":
    the follow-up and event matching takes them as the same words."""
    assert _overlap("the form by the twenty-seventh", "the form by the 27th") == 1.0
    assert _overlap("ring Doctor Bell on the third", "ring Dr. Bell on the 3rd") == 1.0
    assert _overlap("ring Doctor Bell on the third", "ring Dr. Bell on the 4th") < 1.0


def test_due_dates_accept_lists_and_months() -> None:
    assert due_ok("2026-11-20", "2026-11-20") and not due_ok("2026-11-20", None)
    assert due_ok(None, None) and not due_ok(None, "2026-11-20")
    assert due_ok(("2026-11-27", "2026-11-28"), "2026-11-28")
    assert due_ok("2027-02", "2027-02-14") and not due_ok("2027-02", "2027-03-01")


def test_names_ignore_titles_case_and_the() -> None:
    names = Names({"kowalski": "adam kowalski", "youth club": "lordship lane youth club"})
    assert names("Mr. Kowalski") == names("adam kowalski") == "adam kowalski"
    assert key("Councilor Bright") == key("Councillor Bright") == key("Father Bright") == "bright"
    assert names("the Youth Club") == "lordship lane youth club"
    assert key("Saint Michael's Church") == key("St. Michael's church")


@pytest.mark.real
@pytest.mark.parametrize(
    ("name", "floor", "ceiling"),
    [
        ("dev", DEV_TEXT_FLOOR, DEV_TEXT_CEILING),
        ("dev2", DEV2_TEXT_FLOOR, DEV2_TEXT_CEILING),
        ("dev3", DEV3_TEXT_FLOOR, DEV3_TEXT_CEILING),
        ("dev4", DEV4_TEXT_FLOOR, DEV4_TEXT_CEILING),
        ("dev5", DEV5_TEXT_FLOOR, DEV5_TEXT_CEILING),
        ("dev6", DEV6_TEXT_FLOOR, DEV6_TEXT_CEILING),
        ("dev7", DEV7_TEXT_FLOOR, DEV7_TEXT_CEILING),
        ("dev8", DEV8_TEXT_FLOOR, DEV8_TEXT_CEILING),
        ("dev9", DEV9_TEXT_FLOOR, DEV9_TEXT_CEILING),
        ("dev10", DEV10_TEXT_FLOOR, DEV10_TEXT_CEILING),
        ("dev11", DEV11_TEXT_FLOOR, DEV11_TEXT_CEILING),
        ("dev12", DEV12_TEXT_FLOOR, DEV12_TEXT_CEILING),
        *((name, floor, FRESH_TEXT_CEILING) for name, floor in FRESH_TEXT_FLOORS.items()),
    ],
)
def test_dev_split_text_holds_the_floor(
    name: str, floor: dict[str, float], ceiling: dict[str, float]
) -> None:
    scores: Scores = evaluate_text(load_split(name))
    got = scores.as_dict()
    low = {k: f"{got[k]:.2f} < {v:.2f}" for k, v in floor.items() if got[k] < v}
    high = {k: f"{got[k]:.2f} > {v:.2f}" for k, v in ceiling.items() if got[k] > v}
    assert not low and not high, f"{low} {high}\n" + "\n".join(scores.misses)


def test_splits_sum_into_one_row_of_counts() -> None:
    """`--splits`: each split's counts, and their total, as the docs sum them."""
    a = Scores(people=Count(9, 1, 1), orgs=Count(4, 2, 0), memos=30, due_right=3)
    a.followups, a.split_people = Count(3, 1, 0), ["pat: ['Pat', 'Pat Quell']"]
    b = Scores(people=Count(5, 0, 2), orgs=Count(1, 0, 3), memos=30, due_right=2)
    b.followups = Count(2, 0, 1)
    total = a + b
    assert (total.people, total.orgs, total.memos) == (Count(14, 1, 3), Count(5, 2, 3), 60)
    assert total.due_right == 5 and total.split_people == a.split_people
    assert total.per30(total.orgs.fp) == 1.0
    table = splits_table({"devA": a, "devB": b})
    assert "| devA | 30 | 9/10 | 1 | 4/4 | 2 |" in table
    assert "| **total** | **60** | **14/17** | **1** | **5/8** | **2** |" in table


def test_organisations_written_in_lower_case_as_a_probe() -> None:
    """`--lower-orgs`: every form of an organisation (name, alias, without "the") in lower
    case, in the text and in what follow-ups and events quote; people and places untouched."""
    at = dt.datetime(2030, 3, 4, 9, 0)
    first = Case(
        file="a.m4a",
        recorded_at=at,
        text="Rang The Choice Housing, Orla Quinn there. Choice said the Ormeau Park gate is "
        "shut. Brent rang too.",
        people=("Orla Quinn",),
        places=("Ormeau Park",),
        links=(("Orla Quinn", "The Choice Housing", None),),
        followups=(("Ring Choice Housing by Friday", "Orla Quinn", "2030-03-08"),),
        orgs=("The Choice Housing", "Brent Council"),
        aliases=(("Choice", "The Choice Housing"), ("Brent", "Brent Council")),
    )
    later = Case(
        file="b.m4a",
        recorded_at=at + dt.timedelta(days=1),
        text="CHOICE HOUSING fixed it. Choices, choices.",
        people=(),
        orgs=(),
        places=(),
        links=(),
        followups=(),
        events=(("Choice Housing visit on Monday", "2030-03-11"),),
    )
    low = orgs_in_lower_case([first, later])
    assert low[0].text == (
        "Rang the choice housing, Orla Quinn there. choice said the Ormeau Park gate is shut. "
        "Brent rang too."  # a borough said alone keeps its capital
    )
    assert low[0].followups == (("Ring choice housing by Friday", "Orla Quinn", "2030-03-08"),)
    assert low[1].text == "choice housing fixed it. Choices, choices."
    assert low[1].events == (("choice housing visit on Monday", "2030-03-11"),)
    assert (low[0].people, low[0].orgs) == (first.people, first.orgs)
    assert orgs_in_lower_case([later]) == [later]  # no organisation named: nothing to lower
