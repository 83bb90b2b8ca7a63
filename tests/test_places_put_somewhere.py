"""Bare names of districts, villages, hospital sites and venues that the NER takes for an
organisation, put somewhere by the words around them: a shop's branch "at" them, "up in" or
"down at" them, a clinic or a fun day held "at" them, one place "above" another. Real spaCy
on text; every name is made up for these tests and taken from no evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        # where a body's branch is
        ("She says the Tesco at Gorsebrook have given us squash.", "Tesco", "Gorsebrook"),
        ("Picking the bread up from the Co-op at Thornlaw, in the van.", "Co-op", "Thornlaw"),
        ("A bag pack in the big Asda at Carrowmore, if they'd have us.", "Asda", "Carrowmore"),
        # where a clinic or a fun day is held
        ("Out of clinic at Penmorvah, they've upped his inhaler.", None, "Penmorvah"),
        ("Nan's physio is Thursday at Glenmoray, half nine, so I'll drive.", None, "Glenmoray"),
        ("Saturday's the fun day at Kelvinbrae, face painting and a raffle.", None, "Kelvinbrae"),
        ("Seeing Tasha at the Quayside for the gala.", None, "Quayside"),
        # a part of a site
        ("Sat in the car park at Kilbrannan for an hour, no spaces.", None, "Kilbrannan"),
        ("Maybe a winter pitch at Harbour Point for the van.", None, "Harbour Point"),
        # ground covered
        ("Did the leaflets for the whole of Blackbird Leys, took all day.", None, "Blackbird Leys"),
        # out and about
        ("Been down at Polkerran all afternoon with the dog.", None, "Polkerran"),
        ("Phoned my cousin, out at Ardnacross above Kilmory, about the sheep.", None, "Kilmory"),
        ("Her croft is at Ardnacross, above Lairg.", None, "Ardnacross"),
        # said with its kind of place after a comma
        ("The boot sale's moving to Cresswold, the leisure centre.", None, "Cresswold"),
        ("Trip money for Pencarreg, the scout camp, has to be in by Friday.", None, "Pencarreg"),
        ("Leafleting at Tanfield Moss, the estate by the school.", None, "Tanfield Moss"),
        # given its time and place
        ("It's Tuesday nights at Brackenrigg, half six, then a cuppa after.", None, "Brackenrigg"),
        # on a journey: gone along, where a bus or a fare sets off, the start of a trip
        ("Took the dog round Stanecastle before tea, it was pouring.", None, "Stanecastle"),
        ("Caught the 22 from Garnock Vale and it broke down at the lights.", None, "Garnock Vale"),
        ("Picked up a fare from Ballinbreck to the station, lovely chap.", None, "Ballinbreck"),
        ("Traffic was bad so I come round by Skellow Moor instead.", None, "Skellow Moor"),
        # where kin come from
        ("Mam's friend from Penwithick is coming for Sunday dinner.", None, "Penwithick"),
        # gone up or down, and whom someone is "off"
        ("We did the leaflets up Ravenhill and back down Craigentinny.", None, "Craigentinny"),
        ("A woman off Stanecastle rang about her bins.", None, "Stanecastle"),
    ],
)  # fmt: skip
def test_a_bare_name_put_somewhere_is_a_place(
    extractor: SpacyExtractor, text: str, org: str | None, place: str
) -> None:
    ex = extract(extractor, text)
    assert names(ex, "org") == ({org} if org else set())
    assert not names(ex, "person") & {place, *place.split()}
    assert place in names(ex, "place")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Trudy's a nurse at Penmorvah, on the children's ward.", "Penmorvah"),
        ("Darren plays for Thornlaw Rovers on a Sunday.", "Thornlaw Rovers"),
        ("Had a word with the manager at Hendersons about the invoice.", "Hendersons"),
        ("The meeting at Glenmoray Trust is on Friday.", "Glenmoray Trust"),
        ("Her interview at Brackwell Foods is on Monday at ten.", "Brackwell Foods"),
        # a body said with its kind, and someone a lad or a colleague is from
        ("Rang Kindred, the charity, about the carers' group.", "Kindred"),
        ("Had a letter from Ashgrove, the health centre, about her bloods.", "Ashgrove"),
        ("A colleague from Brackwell Foods came to the shop.", "Brackwell Foods"),
        ("Got the boxes from Packwise to the unit by Friday.", "Packwise"),
    ],
)
def test_a_body_said_by_its_place_stays_a_body(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    assert org in names(extract(extractor, text), "org")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Me and Dawn went round Kyla's after tea.", "Kyla"),
        ("Got a lift from Mrs Ashby to the station.", "Ashby"),
        ("Had a card from my cousin Tamsin to say she's moving.", "Tamsin"),
        ("Got the pram off Kyla for nothing, she's a star.", "Kyla"),
    ],
)
def test_someone_said_on_the_way_stays_someone(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert any(person in n for n in names(extract(extractor, text), "person"))
