"""False organisations of general kinds a blind probe showed: a session named by its purpose
alone ("Homework club this morning", "After School Club"), a subject studied ("her Level 3 in
Health and Social Care", "BA Humanities"), and listed competitions, exams, ways to pay,
departments and programmes ("the Six Nations", "her GCSEs", "Google Pay"). Real spaCy on
text; every name is made up here and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Homework club this morning at the library on Bexley Lane.", "Homework club", set()),
        ("Signed Rory up for Holiday Club at the leisure centre.", "Holiday Club", set()),
        ("Took mam to the Dementia Cafe on Tuesday.", "Dementia Cafe", set()),
        (
            "Dropped the kids at After School Club then went to the Friendship Club.",
            "School Club",
            {"Friendship Club"},
        ),
        (
            "Kayleigh's got her GCSEs then her Level 3 in Health and Social Care.",
            "Health and Social Care",
            set(),
        ),
        (
            "She's doing an Open University degree, BA Humanities.",
            "BA Humanities",
            {"Open University"},
        ),
        (
            "Watched the Six Nations match, he works for Network Rail.",
            "Six Nations",
            {"Network Rail"},
        ),
        ("Watched the Champions League with the lads.", "Champions League", set()),
        ("She won Volunteer of the Year at the Pride of Britain thing.", "Pride of Britain", set()),
        ("Claims Department at Aviva say two weeks.", "Claims Department", {"Aviva"}),
        ("Applied for a Help to Buy ISA and a Lifetime ISA.", "Lifetime ISA", set()),
    ],
)
def test_sessions_subjects_and_listed_things_are_no_body(
    extractor: SpacyExtractor, text: str, gone: str, kept: set[str]
) -> None:
    orgs = names(extract(extractor, text), "org")
    assert gone not in orgs and "Year" not in orgs
    assert kept <= orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Went to Moseley Youth Club and the Kirkstall Repair Cafe.", "Kirkstall Repair Cafe"),
        ("He goes to the Friendship Club at the hall on Fridays.", "Friendship Club"),
        ("Her degree's from Leeds Beckett University.", "Leeds Beckett University"),
        ("He did a course with St John Ambulance.", "St John Ambulance"),
    ],
)
def test_bodies_beside_them_stay(extractor: SpacyExtractor, text: str, org: str) -> None:
    assert org in names(extract(extractor, text), "org")
