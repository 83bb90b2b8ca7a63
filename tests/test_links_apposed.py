"""Who is from where, said with the organisation set off beside the person or their job: a
workplace said by its kind and then named ("the deacon from her chapel, Capel Salem"), an
organisation set off after the job said after a name ("X, our practice nurse, Y's finest") or
after "she's one of ours", the organisation said before a job with no "the" ("she's been
Y admin"), and jobs the link passes did not read: "a dinner lady at", "the team lead at"
(the tagger's verb), "head of Year 9 at", "retired from", "drives for us at", "a dealer
from", "he said he's from"; one of the firm that came ("X came ..., the boy, Y"); a job that
"is called" the name after a call; a child's teacher at the school named after her; the
organisation's job as a clause's subject, named at its end; a ward councillor "for" a
ward "on" the council; and
the links that are not there: a thing got from a kind of place, a list of shops after
someone's neighbour, a place someone is from, a boy at a busy shop, a pet called a name,
a councillor at a letting agent rung before.
Real spaCy on text; the names are made up for these tests and are not taken from any
evaluation set.
"""

from __future__ import annotations

import pytest
from test_links_said import AT, extract, links

from conftest import typed
from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a workplace said by its kind (or a part of one), then named after a comma
        (
            "Ieuan came by, Ieuan Thornbury, the deacon from his mam's chapel, Capel Salem.",
            "Ieuan Thornbury",
            "Capel Salem",
        ),
        (
            "The mould again, Rosheen Calloway from the council's housing, Fife Council, is "
            "coming to look.",
            "Rosheen Calloway",
            "Fife Council",
        ),
        (
            "Mostyn Tarrant, our shop steward at the depot, Clwyd Coaches Ltd, says the ballot's "
            "Monday.",
            "Mostyn Tarrant",
            "Clwyd Coaches Ltd",
        ),
        # the organisation set off after a job set off after the name
        (
            "Doctor Pemberton, Isla Pemberton, our practice nurse lead, Kestrel Health's finest, "
            "has signed it.",
            "Isla Pemberton",
            "Kestrel Health",
        ),
        (
            "Orla Fennimore, our branch secretary, Unison, the Perth branch.",
            "Orla Fennimore",
            "Unison",
        ),
        (
            "Nurse Ibe, Adaeze Ibe, our ward manager, the Freeman Hospital's best, did the "
            "handover.",
            "Adaeze Ibe",
            "Freeman Hospital",
        ),
        # ... or after "she's one of ours"
        (
            "The physio, Nkechi Adebayo, hands and wrists, so she's one of ours really, NHS "
            "Grampian, I've worked with her.",
            "Nkechi Adebayo",
            "NHS Grampian",
        ),
        # the organisation said before the job, no "the"
        (
            "Brenda at the front desk, Brenda Quarrie, she's been NHS Highland admin since the "
            "nineties.",
            "Brenda Quarrie",
            "NHS Highland",
        ),
        # a job said by its thing and a word for a person, after "a"
        (
            "Mavis Threlfall's been a dinner lady at Oakhurst Primary for years.",
            "Mavis Threlfall",
            "Oakhurst Primary",
        ),
        # "lead", which the tagger reads as a verb
        (
            "Had a word with Declan Ruddock, our team lead at Pennine Freight, about nights.",
            "Declan Ruddock",
            "Pennine Freight",
        ),
        # a head of year with its number
        (
            "Gwenno Pritchard is head of Year 9 at Ysgol Glanrafon, she's lovely.",
            "Gwenno Pritchard",
            "Ysgol Glanrafon",
        ),
        # one of the firm that came, said as "the boy" or "the older one"
        (
            "Brightside Roofing came this morning, the boy, Tyler Jessop, did the gutters.",
            "Tyler Jessop",
            "Brightside Roofing",
        ),
        (
            "Hallam Plumbing turned up at ten. The older one, Wayne Bostock, said it's the "
            "stopcock.",
            "Wayne Bostock",
            "Hallam Plumbing",
        ),
        # the job "is called" the name, after the call
        (
            "Rang Kestrel Housing this morning. Housing officer's called Ffion Rudd, she was nice.",
            "Ffion Rudd",
            "Kestrel Housing",
        ),
        # retired from it
        (
            "The Reverend Tobias Quayle, retired from St Cuthbert's Church, is doing the grace.",
            "Tobias Quayle",
            "St Cuthbert's Church",
        ),
        # a dealer from it
        (
            "A fella called Obinna Hale, he's a dealer from Brackley Reclaim, wants the signs.",
            "Obinna Hale",
            "Brackley Reclaim",
        ),
        # a child's teacher, the school named after her in the sentence
        (
            "His teacher, Mrs Fothergill, caught me at the gate at Oakhurst Primary.",
            "Fothergill",
            "Oakhurst Primary",
        ),
        # what the one named says of himself
        (
            "Surveyor came, a young lad, Rhodri Blythe, he said he's from Kestrel Homes.",
            "Rhodri Blythe",
            "Kestrel Homes",
        ),
        # the organisation's job as the subject, the name set off at the clause's end
        (
            "The Ocado shift manager came over to the bay, Oksana Kowal, moaning about the delays.",
            "Oksana Kowal",
            "Ocado",
        ),
        # a ward councillor for a ward on the council
        (
            "Email Bisi Okafor, she's our ward councillor for Saltwell on Gateshead Council, "
            "about the bins.",
            "Bisi Okafor",
            "Gateshead Council",
        ),
        # the work said of "us", there, after a clause about the one named
        (
            "Yaw Mensah, he's from Kumasi, drives for us at Clwyd Coaches Ltd, top bloke.",
            "Yaw Mensah",
            "Clwyd Coaches Ltd",
        ),
    ],
)
def test_links_apposed(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    found = links(extract(extractor, text))
    assert any(p == person and o.lower() == org.lower() for p, o in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a thing got from a kind of place, named after it: nobody works there
        (
            "Tomasz Wilk, my neighbour, got a parcel from the depot, Parcelforce, this morning.",
            "Tomasz Wilk",
        ),
        # shops listed after someone's neighbour
        ("Tomasz Wilk, my neighbour, Tesco, Lidl and Aldi all sold out.", "Tomasz Wilk"),
        # a place someone is from, said as the organisation's would be
        ("Callum Birtles is Wrexham born and bred.", "Callum Birtles"),
        # a boy named after a shop that was busy, not one who came from it
        ("Tesco was rammed. The boy, Kyle Birtles, had a tantrum.", "Kyle Birtles"),
        # a pet "called" a name
        ("Went to Tesco. My dog is called Shirin Barzani.", "Shirin Barzani"),
        # a child's teacher and the side that beat them
        ("Her teacher, Mrs Fothergill, says Oakhurst Primary beat them at netball.", "Fothergill"),
        # someone named in a clause of their own after the organisation's job
        ("The Tesco manager came out, and Dave Pickles said hello.", "Dave Pickles"),
        # a councillor is no letting agent's, whatever was rung before
        ("Rang Elm Lettings. Our ward councillor, Tom Reed, says they're cowboys.", "Tom Reed"),
        # someone collected "for us at" a shop
        ("Tomasz Wilk came for us at Tesco.", "Tomasz Wilk"),
    ],
)
def test_links_not_apposed(extractor: SpacyExtractor, text: str, person: str) -> None:
    found = links(extract(extractor, text))
    assert not any(p == person for p, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "His teacher, Mrs Dalby, caught me at the gate at Elmcroft Primary",
        "her teacher, Mrs Dalby, stopped me at Elmcroft Primary",
    ],
)
def test_a_memo_that_ends_on_the_organisation_with_no_full_stop(
    extractor: SpacyExtractor, text: str
) -> None:
    """Whisper often leaves the last full stop off: the teacher is still linked, and looking
    past the organisation's end for "beat us" reads nothing beyond the memo."""
    ex = extractor.extract(typed(text), AT)
    assert ("Dalby", "Elmcroft Primary") in links(ex)
