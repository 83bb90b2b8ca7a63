"""False organisations a blind probe showed among places and sessions: a saint's name with
"'s" said as somewhere ("drove through St Ann's", "the market at St George's"), a named room
("coffee in the Orangery") and a session named by its purpose alone ("the Warm Hub",
"Carers Drop In", "the Pop Up Cafe"). Churches and schools named for a saint stay
organisations. Real spaCy on text; every name is made up here and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Drove through St Ann's on the way, roadworks everywhere.", "St Ann's"),
        ("Met Siobhan at the market at St George's, she's a stallholder.", "St George's"),
        ("Had our coffee in the Orangery after the walk, Liz paid.", "Orangery"),
        ("Sat in the Garden Lounge with Edna after choir.", "Garden Lounge"),
        ("The Warm Hub's open Tuesdays now in the community centre.", "Warm Hub"),
        ("Carers Drop In was packed, I had a natter with Sandra.", "Carers Drop In"),
        ("Tried the Pop Up Cafe at Riverside Hall, Niamh makes the scones.", "Pop Up Cafe"),
        ("Our Jade's doing a shift at the Wellbeing Cafe on Fridays.", "Wellbeing Cafe"),
    ],
)
def test_places_rooms_and_sessions_are_no_body(
    extractor: SpacyExtractor, text: str, gone: str
) -> None:
    assert gone not in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Mass at St Mary's on Sunday, Father Brendan did the homily.", "St Mary's"),
        ("Mrs Kelly from St Bernadette's said the school trip's off.", "St Bernadette's"),
        ("Kieran's starting at St Joseph's Primary in September.", "St Joseph's Primary"),
        ("The Coffee Hub at St Mark's is run by the church volunteers.", "St Mark's"),
        ("Our Aidan goes to a Youth Hub run by Brightside Trust.", "Brightside Trust"),
    ],
)
def test_churches_and_schools_for_saints_stay(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")
