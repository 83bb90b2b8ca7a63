"""Who is from where, in shapes the link passes missed or misread on memos nobody tuned for: a
workmate set off after a name ("Rhian Pugh, my boss at the bakehouse"), a "head of year" the NER
took for a date, a conductor and a "co-coach", a coach of ours whose club's side is named after
him, a name with "there" set off after the organisation, "Wee Agnes that does the teas at X", a
plural name's job ("Kirkby Rovers' physio, a lass called X"), "Lily-Rose's teacher at X",
"there's a woman called X there", "she's on the counter there", "X started Y", "Dave, the
Openreach man", "X have a new coach. Y, he's ...", "the other fishmonger here", a name put right
at once ("a fella called Rory, no, Ronan, Ronan Atcheson"), "Shannagh, her junior", someone said
as "the woman who runs X" and named after it, someone who rang "from the salon, Snip and Curl",
and the links that are not there: a happening on a day at a venue ("Thursday's the team day at
X"), someone a call was made for ("Phoned X for Mrs Y") and the side played away ("darts is away
at X ... our captain").
Real spaCy on text; the names are made up for these tests and are not taken from any
evaluation set.
"""

from __future__ import annotations

import pytest
from test_links_said import extract, links

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a workmate or relative set off right after the name is that one
        ("Tessa Colby, my boss at Crumbs Bakery, changed my shift.", "Tessa Colby",
         "Crumbs Bakery"),
        ("Gwyn rang last night, Gwyn Ellery, our boss at Tidewater Foods, she's moved my shift.",
         "Gwyn Ellery", "Tidewater Foods"),
        # someone said first as the one who runs it, named after the organisation
        ("The woman that runs the foodbank, Dorcas Phiri, says they need volunteers.",
         "Dorcas Phiri", "Foodbank"),
        ("Went past the depot. The fella who owns Dockside Motors, Stuart Pennock, waved.",
         "Stuart Pennock", "Dockside Motors"),
        # rang from the kind, the name after a comma
        ("Nuala rang from the salon, snip and curl, the order came in short.", "Nuala",
         "Snip and Curl"),
        ("Nuala rang me from the garage, Dockside Motors, the van's ready.", "Nuala",
         "Dockside Motors"),
        # a job the word lists lacked, and a "co-" job
        ("Choir tonight, morven gaelic choir, back in the hall. Peigi, that's Peigi Lamont, our "
         "conductor, says we're flat.", "Peigi Lamont", "Morven Gaelic Choir"),
        ("Training at Alness Shinty Club. Callum Reid, my co-coach, says we're playing Saturday.",
         "Callum Reid", "Alness Shinty Club"),
        # my or our job, and our side's team named after the name
        ("Training done, twenty kids. Callum Reid, my co-coach, says alness shinty club's "
         "under-twelves are playing Saturday.", "Callum Reid", "Alness Shinty Club"),
        # a name with "there", set off right after the organisation
        ("The accountants, keady and partners, well, Eamon Keady there, he wants the receipts.",
         "Eamon Keady", "Keady and Partners"),
        ("Emailed Keady and Partners, Eamon Keady there says he wants the receipts.",
         "Eamon Keady", "Keady and Partners"),
        # "that does the teas at", said of a name or of "the girl"
        ("Wee Agnes that does the teas at Cairnhill Bowling Club says they're needing "
         "volunteers.", "Agnes", "Cairnhill Bowling Club"),
        ("Mairead, the girl that does the books for Foyle Bakery, rang.", "Mairead",
         "Foyle Bakery"),
        # a plural name's job, and someone not met before after it
        ("Kirkby Rovers' physio, Jodie Marsland, had a look at his ankle.", "Jodie Marsland",
         "Kirkby Rovers"),
        ("Kirkby Council's licensing officer, a fella called Dean Platt, rang.", "Dean Platt",
         "Kirkby Council"),
        # someone else's teacher, that someone's name of more than one word
        ("Oh, and Miss Harker, Lily-Rose's teacher at brookfield primary, sent a reading log "
         "home.", "Harker", "Brookfield Primary"),
        # "there's a woman called X there", no call made
        ("Must email tay water, there's a woman called Ruth Imrie there who handles "
         "complaints.", "Ruth Imrie", "Tay Water"),
        # on the counter, said with an "is" of the name or of a "she"
        ("Saw Fionnuala at Pennine Credit Union, she's on the counter there.", "Fionnuala",
         "Pennine Credit Union"),
        ("Went into Pennine Credit Union. Fionnuala's on the counter there, she sorted it.",
         "Fionnuala", "Pennine Credit Union"),
        # started or set up
        ("Tansy Penhale started Kernow Kites and still does all the sewing.", "Tansy Penhale",
         "Kernow Kites"),
        ("Tansy Penhale set up Kernow Kites and still does all the sewing.", "Tansy Penhale",
         "Kernow Kites"),
        # the organisation's man or lady
        ("Dave, the Openreach man, came round about the line.", "Dave", "Openreach"),
        ("The Age UK lady, Sandra Pike, is coming Thursday.", "Sandra Pike", "Age UK"),
        # a new job said, then the name opening the next sentence
        ("Kelso Rugby Club have a new coach. Big Tam, Thomas Ballantyne, he's taking the "
         "under-twelves.", "Thomas Ballantyne", "Kelso Rugby Club"),
        ("The surgery on Elm Road, Elmfield Surgery, has got a new practice manager. Helen "
         "Ward, she started Monday.", "Helen Ward", "Elmfield Surgery"),
        # a name put right at once: the link is the one named last's
        ("Also the Ulster Bank business manager, a fella called Rory Keane, no, Ronan, Ronan "
         "Keady, wants to meet.", "Ronan Keady", "Ulster Bank"),
        ("Brought Wojtek down to the foodbank, Hope Pantry. The Polish volunteer there, Bartek "
         "Zielonka, no, Zielinski, Bartek Zielinski, he's going to sit with him.",
         "Bartek Zielinski", "Hope Pantry"),
        # a workmate said after the name, of someone linked before
        ("Grainne rang from the salon, Snip and Curl, the order came in short. Shannagh, her "
         "junior, is off on holidays from the twenty-third.", "Shannagh", "Snip and Curl"),
        ("Kirsty at Age UK is sorting it. Mandeep, her colleague, will ring.", "Mandeep",
         "Age UK"),
        # "head of year", its "year" read as a date
        ("Also need to tell Mr Fairlie, his head of year at Moorside School, he'll be out.",
         "Fairlie", "Moorside School"),
    ],
)  # fmt: skip
def test_linked(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    assert (person, org) in links(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a relative with a verb of their own is where the relative is
        ("Ann Lee, her son's at Oakfield Primary.", "Ann Lee", "Oakfield Primary"),
        ("Ann Lee, her son is at Oakfield Primary.", "Ann Lee", "Oakfield Primary"),
        # seen there is not working there
        ("Went into Keady and Partners, saw Eamon Keady there, he was lovely.", "Eamon Keady",
         "Keady and Partners"),
        ("I told Agnes that I do the teas at Cairnhill Bowling Club.", "Agnes",
         "Cairnhill Bowling Club"),
        ("Went to Tay Water's open day, I met a woman called Ruth Imrie there, lovely.",
         "Ruth Imrie", "Tay Water"),
        ("Met Fionnuala at Pennine Credit Union. Her flat's on the top floor.", "Fionnuala",
         "Pennine Credit Union"),
        ("Kelso Rugby Club have a new coach. Tomorrow Thomas Ballantyne is coming for tea.",
         "Thomas Ballantyne", "Kelso Rugby Club"),
        ("Also the Ulster Bank business manager, a fella called Rory Keane, no, Ronan, Ronan "
         "Keady, wants to meet.", "Rory Keane", "Ulster Bank"),
        ("Tessa Colby at Crumbs Bakery, no, Dave Shaw said so.", "Dave Shaw", "Crumbs Bakery"),
        ("Kirsty at Age UK is sorting it. Mandeep, her husband, will ring.", "Mandeep",
         "Age UK"),
        # whose "her" is, not known by name among two linked before
        ("Grainne rang from the salon, Snip and Curl, the order's short. Jarlath Boyce, their "
         "rep from Hairline Wholesale, will drive it down. Shannagh, her junior, is off.",
         "Shannagh", "Hairline Wholesale"),
        # a side said after our coach is not his unless it is ours
        ("Training done. Callum Reid, our coach, says Kelvin Rovers Football Club beat us "
         "again.", "Callum Reid", "Kelvin Rovers Football Club"),
        ("Training done. Callum Reid, my coach, says Kelvin Rovers Football Club are looking "
         "for players.", "Callum Reid", "Kelvin Rovers Football Club"),
        ("Training done. Callum Reid, my co-coach, says Kelvin Rovers Football Club's "
         "under-tens beat us again.", "Callum Reid", "Kelvin Rovers Football Club"),
        # "the woman who runs it" is not the one who said so
        ("Ama says the woman who runs Hope Pantry is lovely.", "Ama", "Hope Pantry"),
        # a happening on a day, at a venue
        ("Wednesday, Siobhan says she'll ring me after. Thursday's the team day at the "
         "Millennium Forum.", "Siobhan", "Millennium Forum"),
        ("Wednesday, Siobhan says she'll ring me after. Thursday's the away day at Brook Hall "
         "Trust.", "Siobhan", "Brook Hall Trust"),
        # someone a call was made for
        ("Phoned Anglian Water for Mrs Treadwell next door, her drain's blocked.", "Treadwell",
         "Anglian Water"),
        # the side played away is not our captain's
        ("Darts tonight is away at Hillcrest Social Club, eight o'clock start, Gary Platt our "
         "captain says we need five.", "Gary Platt", "Hillcrest Social Club"),
    ],
)  # fmt: skip
def test_not_linked(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    assert (person, org) not in links(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Gwen is the chair of the board at Penllyn Housing.", "Gwen", "Penllyn Housing"),
        ("Ama Boateng, the woman who runs Hope Pantry, is lovely.", "Ama Boateng", "Hope Pantry"),
        ("Joy Okonkwo, who chairs Friends of Lordship Rec, rang.", "Joy Okonkwo",
         "Friends of Lordship Rec"),
        ("Dropped the kids at Elmtree Primary, Ollie's got Mrs Ackroyd this year.", "Ackroyd",
         "Elmtree Primary"),
        ("We're away to Lovell Rovers Saturday. Kieran Dodd, their coach, rang.", "Kieran Dodd",
         "Lovell Rovers"),
    ],
)  # fmt: skip
def test_still_linked(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    assert (person, org) in links(extract(extractor, text))


def test_job_here_is_at_the_memos_one_organisation(extractor: SpacyExtractor) -> None:
    # "the other fishmonger here", sentences after where the memo is said
    ex = extract(
        extractor,
        "Quiet half hour at Pascoe and Sons. Rozenn says the inspector's coming Friday. She "
        "wants me on the course. I said I'd book it. Jory Pascoe, the other fishmonger here, is "
        "back Monday.",
    )
    assert ("Jory Pascoe", "Pascoe and Sons", "other fishmonger") in {
        (x.person, x.org, x.role) for x in ex.links
    }
