"""Who is from where, read from how the sentence says it: a "she" that stands for the name
before it, a phrase set off between an organisation and its person, a job that carries the
organisation's name, a job said before "called", a meeting's venue, and the links that are not
there (a thing at a garage, a relative's job, a team that is the subject of its own verb).
Real spaCy on text; the names are made up for these tests and are not taken from any
evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Term, Transcript

pytestmark = pytest.mark.real

AT = dt.datetime(2027, 3, 3, 18, 0)


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    parts = [p.strip(" .") + "." for p in text.split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    return extractor.extract(Transcript(segments, "en", 1.0, 3.0 * len(parts), "typed"), AT)


def links(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(link.person, link.org) for link in ex.links if link.org}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a "she" or "he" opening the clause stands for the one named before it
        ("Ottoline Brackett, she's from Hackney Council, wants the form.", "Ottoline Brackett",
         "Hackney Council"),
        ("I met Tobias Wren last week. He's from Camden Council.", "Tobias Wren",
         "Camden Council"),
        # "there" for the organisation just named, after a verb of working
        ("Went to Oakfield Primary for the fair. Marnie Okafor works there, she's lovely.",
         "Marnie Okafor", "Oakfield Primary"),
        ("Went to Oakfield Primary for the fair. Met Tobias Wren, he teaches there.",
         "Tobias Wren", "Oakfield Primary"),
        # "one of the teachers"
        ("Went to Oakfield Primary for the fair. Marnie Okafor, one of the teachers, was "
         "running the tombola.", "Marnie Okafor", "Oakfield Primary"),
        # met by chance somewhere, but said to be from somewhere else
        ("Bumped into Marnie Okafor at Tesco, she's from Camden Council.", "Marnie Okafor",
         "Camden Council"),
        # a full name whose span took the "'s" after it
        ("Marnie Okafor's from Haringey Council.", "Marnie Okafor", "Haringey Council"),
        # a phrase saying what the organisation is, between it and the name
        ("A letter from Barnet Council, their parking department, Ottoline Brackett signed it.",
         "Ottoline Brackett", "Barnet Council"),
        # someone else's key worker or teacher, "there"
        ("Dropped off at Little Wrens Nursery. Also, um, Ottilie's key worker there, Marnie, "
         "says she needs wellies.", "Marnie", "Little Wrens Nursery"),
        # a job before "called"
        ("Popped into Age UK Camden. A volunteer called Marnie Okafor helped me with the form.",
         "Marnie Okafor", "Age UK Camden"),
        # a job after the name with no comma, as Whisper writes it
        ("the meeting at keats lodge surgery is thursday at seven farzana qadir the practice "
         "manager emailed the agenda", "Farzana Qadir", "Keats Lodge Surgery"),
        # the organisation's name inside the job set off after the name
        ("Ottoline Brackett, the Age UK Camden coordinator, says hi.", "Ottoline Brackett",
         "Age UK Camden"),
        ("Also Tobias Wren rang, the Noor Food Bank chair, lovely man.", "Tobias Wren",
         "Noor Food Bank"),
        # a job set off from its organisation by a comma, after a self-correction
        ("Email from the council, from, er, Marnie Okafor, she's in the parks team, no, it's "
         "the highways team, at Sutton Council.", "Marnie Okafor", "Sutton Council"),
        # someone who coordinates "the" something of the organisation just named
        ("At the gurdwara this morning, Sri Guru Nanak Sabha, I saw Tobias Wren, he "
         "coordinates the kitchen volunteers.", "Tobias Wren", "Sri Guru Nanak Sabha"),
        # the job right before the name, no comma
        ("Governors meeting at Rhodes Vale Primary tonight. Long one. Our clerk Marnie Okafor "
         "took the minutes.", "Marnie Okafor", "Rhodes Vale Primary"),
        ("At Hackney Council today. The caretaker Tobias Wren let me in.", "Tobias Wren",
         "Hackney Council"),
        # got through to someone at the organisation rung
        ("Rang Camden Council about the bins. Got through to a nice woman, Marnie Okafor, in "
         "waste services.", "Marnie Okafor", "Camden Council"),
        # "our choirmaster": a "-master" job
        ("Choir practice tomorrow at St Wilfrid's. Tobias Wren, our choirmaster, says the "
         "service is on the twenty-sixth.", "Tobias Wren", "St Wilfrid's"),
    ],
)  # fmt: skip
def test_links_said(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


def test_a_meetings_venue_is_not_where_its_people_belong(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The food bank committee at Walthamstow Grove Mosque. Brother Idris chaired. "
        "Marnie Okafor, our volunteer coordinator, says we've got twenty volunteers.",
    )
    got = links(ex)
    assert not {o for p, o in got if p in ("Idris", "Marnie Okafor")} & {
        "Walthamstow Grove Mosque"
    }, ex.links
    assert any(p == "Marnie Okafor" for p, _ in got), ex.links


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a thing with or at an organisation, then a name in the next sentence
        ("So I rang them, his flat's with Larkspur Housing, and the repairs line says someone will "
         "come. Er, also Age UK Sutton rang back, a woman called Marnie Pike, she runs their "
         "befriending service.", "Marnie Pike", "Larkspur Housing"),
        ("The car's at Kwik Fit. Tobias Wren rang.", "Tobias Wren", "Kwik Fit"),
        # a relative's job
        ("Ottoline Brackett's husband works at Tesco.", "Ottoline Brackett", "Tesco"),
        ("Tobias Wren from Tesco rang. His wife Marnie runs the marathon every year.", "Marnie",
         "Tesco"),
        # a team that is the subject of its own verb
        ("The repairs man came, Tobias Wren, he's a surveyor with Larkspur Housing, and he says "
         "the occupational therapy team at Sutton Council fitted it.", "Tobias Wren",
         "Sutton Council"),
        ("Tobias Wren said the manager at Tesco will ring me.", "Tobias Wren", "Tesco"),
        # a relative works there, not the one named
        ("Went to Tesco with Marnie Okafor. Her husband works there.", "Marnie Okafor",
         "Tesco"),
        ("Bumped into Marnie Okafor at Tesco, she's from Camden Council.", "Marnie Okafor",
         "Tesco"),
        ("Tesco had a sale. My husband Tobias Wren, he's a nurse, bought loads.", "Tobias Wren",
         "Tesco"),
        # a relative before the name is no job
        ("Picked up the kids from Oakfield Primary. My husband Tobias Wren was late.",
         "Tobias Wren", "Oakfield Primary"),
    ],
)  # fmt: skip
def test_not_linked(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


def test_the_right_one_of_two_organisations(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "So I rang them, his flat's with Larkspur Housing, and the repairs line says someone will "
        "come. Er, also Age UK Sutton rang back, a woman called Marnie Pike, she runs their "
        "befriending service.",
    )
    assert ("Marnie Pike", "Age UK Sutton") in links(ex), ex.links


def test_a_known_place_opening_the_organisations_name(extractor: SpacyExtractor) -> None:
    """ "who runs the hollins youth club", the place known from earlier memos: it opens the
    organisation's name, and the verb before it says whose the organisation is."""
    from pipeline.records import Term

    text = "Priya says Tobias Wren, who runs the hollins youth club, can lend us tables."
    transcript = Transcript((Segment(0, 0.0, 3.0, text),), "en", 1.0, 3.0, "typed")
    ex = extractor.extract(transcript, AT, [Term("Hollins", "place")])
    assert ("org", "Hollins Youth Club") in {(m.kind, m.name) for m in ex.mentions}, ex.mentions
    assert ("Tobias Wren", "Hollins Youth Club") in links(ex), ex.links


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a job set off before a name said with how the name is known
        ("Popped into Southwark Carers on the way home. The manager, her badge says Ottoline "
         "Brackett, says I can get a plan.", "Ottoline Brackett", "Southwark Carers"),
        ("Rang Barnet Council about the bins. The officer, I think his name was Tobias Wren, "
         "said Monday.", "Tobias Wren", "Barnet Council"),
        ("Went to the Hollin Lane Allotment Society AGM. The treasurer, his name's Bertram "
         "Quillfeather, took the subs.", "Bertram Quillfeather", "Hollin Lane Allotment Society"),
        # someone doing "the" jobs of an organisation
        ("Her cousin, Marnie Okafor, does the school visits at Oakfield Primary, and she could "
         "host us.", "Marnie Okafor", "Oakfield Primary"),
        ("Tobias Wren, he does the fixtures and the first aid for Hackney Rugby Club, wants the "
         "forms.", "Tobias Wren", "Hackney Rugby Club"),
        ("Fenella Dromgoole? She did the catering at Ashgrove Primary School for years.",
         "Fenella Dromgoole", "Ashgrove Primary School"),
        # a filler between the organisation and the name after it
        ("The ref was from the London FA, er, Tobias something, never caught his surname.",
         "Tobias", "London FA"),
        ("The ref was from Hackney Rugby Club, um, Tobias Wren, lovely man.", "Tobias Wren",
         "Hackney Rugby Club"),
        # a job that belongs to the one kind of body the memo named, sentences before
        ("The governors meet at Ashgrove Primary School on Monday. The head wants my report. "
         "Action for me: read the policy. The clerk is Fenella Dromgoole, she sends the papers.",
         "Fenella Dromgoole", "Ashgrove Primary School"),
        ("Hollin Lane Allotment Society AGM in the hut. Subs are going up. Tobias stood down. "
         "The new secretary is Marnie Okafor.", "Marnie Okafor", "Hollin Lane Allotment Society"),
        # a second job, set off after the organisation named in the same sentence
        ("Hollin Lane Men's Shed has got a new coordinator, Bertram Quillfeather, his card says "
         "Bertram but everyone calls him Bert. Bert used to be a fitter at Stagecoach London.",
         "Bertram Quillfeather", "Hollin Lane Men's Shed"),
        # the full name set off after the title and surname, before "rang from"
        ("Mr Quillfeather, Bertram Quillfeather, rang from Ashgrove Primary School about the "
         "trip.", "Bertram Quillfeather", "Ashgrove Primary School"),
        # an office taken up or left, said after the name
        ("Hollin Lane Allotment Society AGM in the hut. Bertram Quillfeather, Bert, stood down "
         "as secretary after nine years.", "Bertram Quillfeather",
         "Hollin Lane Allotment Society"),
        ("Went to the Ashgrove Tenants Association meeting. Marnie Okafor has taken over as "
         "chair, which is great.", "Marnie Okafor", "Ashgrove Tenants Association"),
        ("Ashgrove Primary School governors tonight. Tobias Wren was elected as chair of "
         "governors.", "Tobias Wren", "Ashgrove Primary School"),
        # a business owned or run with someone
        ("Met Marnie Okafor at Quillfeather Deli, she owns it with her sister Ottoline.",
         "Ottoline", "Quillfeather Deli"),
        ("Tobias Wren runs Wren and Daughters with his brother Bertram Wren, they do removals.",
         "Bertram Wren", "Wren and Daughters"),
        # someone from a part of the organisation rung, or of the one council named
        ("rang hackney council blue badge team finally on hold for 40 minutes the woman there "
         "marnie no sorry she said ottoline ottoline from the blue badge team says mum's renewal "
         "needs a new photo", "Ottoline", "Hackney Council"),
        ("Councillor Wren did a surgery at the library tonight, he's our ward councillor on "
         "Barnet Council. I showed him the photos. He said he'd write to the landlord. Marnie "
         "Okafor from environmental health was there too, she can do an inspection.",
         "Marnie Okafor", "Barnet Council"),
        ("Rang Barnet Council about the bins. Tobias Wren, from housing, says it's not theirs.",
         "Tobias Wren", "Barnet Council"),
        # someone's job at a shop is theirs
        ("Went into Tesco for the raffle prizes. Bertram Quillfeather, the store manager, gave "
         "us a hamper.", "Bertram Quillfeather", "Tesco"),
        ("Got a new phone from Carphone Warehouse. The manager, Tobias Wren, sorted the "
         "contract.", "Tobias Wren", "Carphone Warehouse"),
    ],
)  # fmt: skip
def test_links_said_more_ways(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a stranger named in a shop, nobody rang
        ("Popped into Quillfeather Books on Lordship Lane and a woman called Ottoline "
         "recommended a book, so I bought it.", "Ottoline", "Quillfeather Books"),
        ("Went to Tesco in Wood Green. A man called Bertram Quillfeather helped me with the "
         "trolley.", "Bertram Quillfeather", "Tesco"),
        # someone a collection is in memory of
        ("The chapel is collecting for Macmillan Cancer Support in memory of Mrs Brackett.",
         "Brackett", "Macmillan Cancer Support"),
        ("The chapel's collecting for Cancer Research UK in memory of Mrs Wren, it closes "
         "Friday.", "Wren", "Cancer Research UK"),
        ("I need to practise the reading with Tobias before Thursday. Gave Tobias the hymn "
         "sheet, done. The chapel's collecting for Cancer Research UK in memory of Mrs Wren, "
         "it closes on the twenty-seventh.", "Tobias", "Cancer Research UK"),
        # a nurse, a teacher, a vicar after a shop something was bought at
        ("Got flowers from the Co-op. Took her for her bloods, the nurse, Nurse Okafor, said "
         "Thursday.", "Nurse Okafor", "Co-op"),
        ("Bought a card at Tesco. Then the teacher, Mrs Okafor, said the trip is on Friday.",
         "Okafor", "Tesco"),
        # someone's things at a shop
        ("I must remember Marnie's tablets at Hollin Lane Pharmacy by Thursday.", "Marnie",
         "Hollin Lane Pharmacy"),
        ("Need to pick up Marnie's glasses at Specsavers on Friday.", "Marnie", "Specsavers"),
        # a group that names no organisation
        ("Went to Tesco and then the library. Marnie Okafor from the reading group was there.",
         "Marnie Okafor", "Tesco"),
        ("Went to the Ashgrove Tenants Association meeting. Marnie Okafor came as a guest.",
         "Marnie Okafor", "Ashgrove Tenants Association"),
        # something run with a relative that is not the business
        ("Marnie Okafor from Hollin Lane Food Bank runs the Saturday stall with her husband "
         "Tobias.", "Tobias", "Hollin Lane Food Bank"),
        # what the speaker does for an organisation, or someone's own errands there
        ("I do the accounts for Hollin Rovers, Tobias Wren asked me to.", "Tobias Wren",
         "Hollin Rovers"),
        ("Marnie Okafor does her shopping at Tesco on Fridays.", "Marnie Okafor", "Tesco"),
    ],
)  # fmt: skip
def test_not_linked_more_ways(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


def test_a_rung_body_still_links_the_one_who_answered(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Rang Barnet Council about the bins, a man called Tobias Wren said Monday."
    )
    assert ("Tobias Wren", "Barnet Council") in links(ex), ex.links


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # an officer of the body whose meeting the memo is about, said sentences later
        ("Brockwell Lantern Parade committee tonight at the Sidings. Ottoline Brackett "
         "chaired. The parade is Saturday the eleventh. Tobias Wren, our treasurer, says "
         "there's four hundred pounds left.", "Tobias Wren", "Brockwell Lantern Parade"),
        ("Brockwell Lantern Parade committee tonight at the Sidings. Ottoline Brackett "
         "chaired. The parade is Saturday the eleventh.", "Ottoline Brackett",
         "Brockwell Lantern Parade"),
        # ... over a team talked about since, whose kind would take a treasurer too
        ("Pensioners' forum this morning, the Hollin Pensioners' Forum. Big thing was the "
         "buses, Arriva cut the evening ones, and the Hollin Men's Shed lost its van. Tobias "
         "Wren, our treasurer, has the figures.", "Tobias Wren", "Hollin Pensioners' Forum"),
        # a Welsh chapel ("capel") is a place of worship its minister belongs to
        ("Chapel committee tonight at Capel Bethesda. The minister, the Reverend Ifans-Pryce, "
         "says the fair is on Sunday.", "Ifans-Pryce", "Capel Bethesda"),
        # a correction the parser split off from the name it corrects
        ("met a bloke called tobias wren who was a driver at the old hollin transport no it "
         "was arriva anyway he wants the photos", "Tobias Wren", "Arriva"),
        # a named part of an organisation "at" it is no venue
        ("I'm parent rep now for Acorn Ward at Hollin General. The play specialist there, "
         "Tobias Wren, chairs it.", "Tobias Wren", "Hollin General"),
        # a job said of someone tied to another body in its own clause stays a job here
        ("Governors' meeting at Hollin Park Primary tonight. Chair of governors is "
         "Councillor Tobias Wren, he's on Leeds City Council as well.", "Tobias Wren",
         "Hollin Park Primary"),
        # a church whose name says no kind, set off after "the church"
        ("Took Nan to mass at the Polish church in Hollin, Divine Mercy. Father Zbigniew "
         "came over after.", "Zbigniew", "Divine Mercy"),
        # someone "there", opening the sentence, at the place just named
        ("Need to sort the kit order with Hollin Sportswear Ltd this month. Tobias there, "
         "Tobias Wren, owns it, says the lead time is three weeks.", "Tobias Wren",
         "Hollin Sportswear Ltd"),
        ("Went to Screwfix for the order. Tobias there sorted me a discount.", "Tobias",
         "Screwfix"),
        # the side played against is not the captain's
        ("so netball tonight at the hollin hawks went ok we lost 31 to 24 to brixley comets "
         "but ottoline says we played better than last season she's the captain and she "
         "basically runs the whole club", "Ottoline", "Hollin Hawks"),
        # ... but "their" coach is the other side's
        ("Friendly against Hollin Hawks this morning, lost, but the kids loved it. Er, one of "
         "their coaches, Tobias Wren, mentioned a coaching course.", "Tobias Wren",
         "Hollin Hawks"),
        # a side named for a bird, whichever bird, is a club, not someone
        ("Played Dunmore Kites on Sunday, a draw. Their manager, Piers Vantage, offered us "
         "a rematch.", "Piers Vantage", "Dunmore Kites"),
        ("We beat Ashcombe Ravens four nil. Odile Prentice, their captain, was gracious "
         "about it.", "Odile Prentice", "Ashcombe Ravens"),
        # a councillor sits on the council, whichever ward she stands for
        ("Rang Leeds City Council about the kerb. I might go to Councillor Brackett as well, "
         "Ottoline Brackett, she's our ward councillor, if it drags on.", "Ottoline Brackett",
         "Leeds City Council"),
        ("Councillor Ottoline Brackett, she's our ward councillor for Hollin Central on "
         "Glasgow City Council, is holding a surgery on Saturday.", "Ottoline Brackett",
         "Glasgow City Council"),
    ],
)  # fmt: skip
def test_links_of_meetings_chapels_and_wards(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the ward a councillor stands for is no organisation of theirs
        ("Councillor Ottoline Brackett, she's our ward councillor for Hollin Central on "
         "Glasgow City Council, is holding a surgery on Saturday.", "Ottoline Brackett",
         "Hollin Central"),
        # the venue of a meeting is not where its treasurer belongs
        ("Brockwell Lantern Parade committee tonight at Hollin Community Church. The parade "
         "is Saturday. Tobias Wren, our treasurer, says there's money left.", "Tobias Wren",
         "Hollin Community Church"),
        # someone seen there is no one of theirs
        ("Went to Screwfix for the order. I saw Tobias there, he was buying screws.",
         "Tobias", "Screwfix"),
        # ... nor the side beaten
        ("Netball tonight with Hollin Hawks Netball Club, we lost 31 to 24 to Brixley "
         "Comets. Ottoline Brackett says we played better, she's the captain.",
         "Ottoline Brackett", "Brixley Comets"),
        # someone's appointment, said again as "the ... one", is where it is
        ("rang the surgery about ottoline's appointment the rheumatology one at the royal "
         "gwent hospital, she needs bloods first", "Ottoline", "Royal Gwent Hospital"),
        # "she runs the youth project": a body of its own, not the club named before
        ("Hollin Albion RFC are one short for Saturday. Tasha asked me to ring Ottoline "
         "Brackett, she runs the youth project on the estate, to see if any of her lot play.",
         "Ottoline Brackett", "Hollin Albion RFC"),
        # where another organisation meets is its venue
        ("Ottoline Brackett, who runs the Friendship Table here at St Aldhelm's, says we're "
         "short of drivers again.", "Ottoline Brackett", "St Aldhelm's"),
        ("Tobias Wren runs Hollin Food Bank at St Barnabas Church.", "Tobias Wren",
         "St Barnabas Church"),
        # the uncorrected organisation
        ("met a bloke called tobias wren who was a driver at the old hollin transport no it "
         "was arriva anyway he wants the photos", "Tobias Wren", "Old Hollin"),
    ],
)  # fmt: skip
def test_not_linked_to_wards_venues_or_what_was_corrected(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # "based at", "based there": where someone works
        ("Had a visit from Tobias Wren, he's based at Hollin Lane Surgery.", "Tobias Wren",
         "Hollin Lane Surgery"),
        ("The clinic at the Hollin Family Hub moves to Wednesdays, according to Ottoline, "
         "she's based there.", "Ottoline", "Hollin Family Hub"),
        # a health visitor is a job
        ("The clinic at the Hollin Family Hub moves to Wednesdays, according to Ottoline, "
         "she's the health visitor based there.", "Ottoline", "Hollin Family Hub"),
        # "shes", "hes": typed or heard without the apostrophe, run on without a comma
        ("cant sleep so writing this down the clinic at the hollin family hub is moving to "
         "wednesdays according to bronwen shes the health visitor based there and she "
         "wants the rota", "Bronwen", "Hollin Family Hub"),
        ("met ottoline brackett at the fair shes from hackney council and she wants the form",
         "Ottoline Brackett", "Hackney Council"),
        ("met tobias wren at the fair hes with thames water and he wants the form",
         "Tobias Wren", "Thames Water"),
    ],
)  # fmt: skip
def test_links_said_based_and_unpunctuated(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a visitor who only came, and something based on something
        ("Took Nan to Hollin Lane Surgery, Ottoline came as a visitor.", "Ottoline",
         "Hollin Lane Surgery"),
        ("went to tesco with ottoline shes buying the cake and she wants the form",
         "Ottoline", "Tesco"),
        # a job at a workplace said in common words, not the one named before
        ("Went to Hollin Lane Surgery about Mum. Ottoline Brackett rang later, she's the "
         "medical secretary for Doctor Wren at the health board.", "Ottoline Brackett",
         "Hollin Lane Surgery"),
        # a job set off with the organisation said right after it, not the one rung before
        ("Rang the Hollin Lane Surgery first thing to get the jabs booked. Oh and the health "
         "visitor, Ottoline Brackett, from Guy's and St Thomas', left a voicemail.",
         "Ottoline Brackett", "Hollin Lane Surgery"),
    ],
)  # fmt: skip
def test_not_linked_visitors_and_shoppers(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a job or team said as an organisation's, the name set off after it or before it
        ("And Barnet Council's grants officer for adaptations, Tobias Wren, rang Mum.",
         "Tobias Wren", "Barnet Council"),
        ("A guy called Tobias Wren in Camden Council's markets team sorted the licence.",
         "Tobias Wren", "Camden Council"),
        ("Spoke to Marnie Okafor, Age UK Camden's outreach worker, about the lunch club.",
         "Marnie Okafor", "Age UK Camden"),
        # the body rung, named again after the common word for it, and who answered
        ("I rang the council, Haringey Council, forty minutes in a queue. Got through to a "
         "Tobias, Tobias Wren, he's a tenancy officer.", "Tobias Wren", "Haringey Council"),
        # a committee said at a body is that body's, and so are its officers
        ("Youth committee at Hollin Lane Mosque tonight, we agreed the camp at Brixley Youth "
         "Club. Tobias Wren the treasurer says we have three hundred left.", "Tobias Wren",
         "Hollin Lane Mosque"),
        # "in the chair": she chaired
        ("Hollin Residents' Association meeting tonight at the church hall. Marnie Okafor was "
         "in the chair as usual.", "Marnie Okafor", "Hollin Residents' Association"),
        # a job that names the kind of organisation: the memo's one of that kind
        ("Swimming tonight, Coach Tobias from Hollin Otters Swimming Club says the gala is "
         "Sunday. Warm-up at eight. Bring the fees. And Marnie Okafor, the club's welfare "
         "officer, needs a consent form.", "Marnie Okafor", "Hollin Otters Swimming Club"),
        # someone else's teacher, set off after the name
        ("Mr Brackett, Ezio's teacher at Hollin Park Primary, says the trip is on the "
         "sixth.", "Brackett", "Hollin Park Primary"),
        # someone on duty there
        ("Tobias Wren on the till at Morrisons says the Christmas do is Saturday.",
         "Tobias Wren", "Morrisons"),
        ("Met Marnie Okafor, she's on reception at Hollin Road Surgery.", "Marnie Okafor",
         "Hollin Road Surgery"),
        # a business said to be hers
        ("Marnie Okafor's had a big order for Pickle and Pride, that's her chutney business.",
         "Marnie Okafor", "Pickle and Pride"),
        # someone's club or firm set off with its name
        ("Marnie's lunch club, Friends of Hollin Hall, meets on Tuesdays.", "Marnie",
         "Friends of Hollin Hall"),
        # working or volunteering "there": the organisation named last
        ("Did my shift at Hollin Food Bank. Marnie Okafor was on too, she's been volunteering "
         "there nine years.", "Marnie Okafor", "Hollin Food Bank"),
        # a job carrying another organisation's name
        ("Gave her Marnie Okafor's number, Marnie's our Unison rep at the Whittington.",
         "Marnie Okafor", "Unison"),
        # taken on by an employer, the name after it or before it
        ("Met the new coordinator, she's employed by Hollin Food Bank itself, Marnie Okafor.",
         "Marnie Okafor", "Hollin Food Bank"),
        ("Tobias Wren was hired by Ocado last year.", "Tobias Wren", "Ocado"),
        # a job opening its own clause is held by the one named after it, not "she" ("Nurse" is
        # a title, as "Doctor" is: the name is the surname, the job her role)
        ("She needs her flu jab, the practice nurse at Hollin Road Surgery can do it, Nurse "
         "Okoro, and I should book it.", "Okoro", "Hollin Road Surgery"),
        # someone's work things are theirs
        ("Tobias Wren's new job at Ocado starts Monday.", "Tobias Wren", "Ocado"),
        # where someone used to be, and where they are now
        ("Tobias Wren used to be at Barnet Council, now he's at Age UK Barnet.", "Tobias Wren",
         "Age UK Barnet"),
        ("Marnie Okafor, who used to work for Peabody, is now with Clarion Housing.",
         "Marnie Okafor", "Clarion Housing"),
        # a former workplace said with the job held there stays, beside the current one
        ("Tobias Wren used to be a fitter at Hollin Buses, now he volunteers at Hollin Food "
         "Bank.", "Tobias Wren", "Hollin Buses"),
        # the job right after the name, unpunctuated as Whisper writes it
        ("tobias wren the manager at hollin food bank wants the rota by friday",
         "Tobias Wren", "Hollin Food Bank"),
        # someone who does or runs a thing of an organisation's
        ("Er, Marnie Okafor, she does the Hollin Rovers WhatsApp and the subs, she says four "
         "families haven't paid.", "Marnie Okafor", "Hollin Rovers"),
        # someone an organisation's own, or sent out by it
        ("Camden Council's Ruth Kilbane said the bins will be fixed.", "Ruth Kilbane",
         "Camden Council"),
        ("Peabody sent Tobias Wren round to look at the damp.", "Tobias Wren", "Peabody"),
        # a workmate of the speaker's, once the speaker has said where they work
        ("I work at Hollin Food Bank on the high street, um, and Marnie from work said she'd "
         "cover my shift on Friday.", "Marnie", "Hollin Food Bank"),
        ("So I've been working for Ocado since March. My colleague Tobias, he's going to lend "
         "me his ladder.", "Tobias", "Ocado"),
        ("I volunteer at Hollin Food Bank on Saturdays. A colleague, Tobias Wren, is picking up "
         "the tins.", "Tobias Wren", "Hollin Food Bank"),
        ("I'm a nurse at the Whittington. One of my colleagues, Tobias Wren, is selling his "
         "car.", "Tobias Wren", "Whittington"),
        # the part of an organisation said between the name and the organisation
        ("Marnie Okafor from the educational psychology service at Hackney Council is coming "
         "to assess Ezio.", "Marnie Okafor", "Hackney Council"),
        ("Nurse Okoro from the diabetes clinic at the Whittington said Dad's sugars are "
         "better.", "Okoro", "Whittington"),
        ("Tobias from the front desk at Hollin Food Bank found my purse.", "Tobias",
         "Hollin Food Bank"),
        # on the team of someone whose organisation is known
        ("Saw Mr Brackett, the consultant, he's with Leeds Teaching Hospitals. The nurse "
         "specialist on his team, Ruth Kilbane, gave me her number.", "Ruth Kilbane",
         "Leeds Teaching Hospitals"),
    ],
)  # fmt: skip
def test_linked_by_kinds_of_saying(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a landlord is no staff of the letting agent the home is let through
        ("Rang Hollin and Vale Lettings and got Marnie Okafor, she's the property manager "
         "there, and she says the landlord, Mr Brackett, has to okay it.", "Brackett",
         "Hollin and Vale Lettings"),
        # someone else's tutor is not at the taxi firm named the sentence before
        ("Sorted the shift with Tobias Wren at Hollin Cars. Ezio's form tutor, Marnie "
         "Okafor, says his grades are fine.", "Marnie Okafor", "Hollin Cars"),
        # one whose thing a business sees to is its customer
        ("Chase the lab, Hollin Dental Lab, about Mrs Brackett's crown.", "Brackett",
         "Hollin Dental Lab"),
        # who answered a call to a workplace said in common words is not at the one blamed
        ("I rang the council about the leak because Peabody still haven't sent anyone. Got "
         "put through to a woman called Marnie Okafor.", "Marnie Okafor", "Peabody"),
        # the officer for a remit is not at the remit
        ("Barnet Council's grants officer for Age UK Barnet, Tobias Wren, rang Mum.",
         "Tobias Wren", "Age UK Barnet"),
        # things left somewhere, and where someone shops
        ("Tobias left a parcel on the desk at Hollin Road Surgery.", "Tobias",
         "Hollin Road Surgery"),
        ("Marnie Okafor shops at Ferns and Fronds, that's her favourite shop.",
         "Marnie Okafor", "Ferns and Fronds"),
        # whose thing it is, not who the teacher is
        ("Note in Ezio's book bag from Mr Brackett, their class teacher at Hollin Park "
         "Primary.", "Ezio", "Hollin Park Primary"),
        # whom a letter went to, and a pupil sent somewhere
        ("Peabody sent Tobias Wren a letter.", "Tobias Wren", "Peabody"),
        ("Hollin Park Primary sent Tobias Wren to the head.", "Tobias Wren",
         "Hollin Park Primary"),
        # an errand at a business
        ("Marnie Okafor does the Tesco shopping on Fridays.", "Marnie Okafor", "Tesco"),
        # done by a firm is no job there
        ("The roof was fixed by Hollin Roofing, Tobias Wren says.", "Tobias Wren",
         "Hollin Roofing"),
        # a child's school, said as theirs
        ("Ezio's school, Hollin Park Primary, has a parents' evening Thursday.", "Ezio",
         "Hollin Park Primary"),
        # a colleague of the speaker's is not at where the speaker shopped
        ("Went to Tesco for milk. My colleague Tobias rang about the rota.", "Tobias", "Tesco"),
        # where someone used to work, once where they work now is said
        ("Tobias Wren used to be at Barnet Council, now he's at Age UK Barnet.", "Tobias Wren",
         "Barnet Council"),
        ("So um Tobias Wren used to be at Camden Council but he's with brent council now.",
         "Tobias Wren", "Camden Council"),
        ("Talked to Marnie Okafor, she was at Lambeth Council for years but now she works for "
         "Southwark Council.", "Marnie Okafor", "Lambeth Council"),
    ],
)  # fmt: skip
def test_not_linked_by_kinds_of_saying(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # "over at", "down at", "up at": where someone is, a first name opening the sentence
        ("Bev over at Hollin Road Surgery says the letter's gone.", "Bev", "Hollin Road Surgery"),
        ("Terry down at Oakfield Bowls Club is sorting the urn.", "Terry", "Oakfield Bowls Club"),
        # a first name that is also a word or a place (Lee), said with a job
        ("Went to Hollin Jobcentre. Saw my work coach, Lee, who says I need more hours.", "Lee",
         "Hollin Jobcentre"),
        # the workplace said by its kind, its name opening the next sentence
        ("The surgery's practice manager, Ottoline, rang back. Hollin Road Medical Practice, "
         "they've sorted it.", "Ottoline", "Hollin Road Medical Practice"),
        ("The physio from the hospital, a guy called Tobias Wren, wants to see the stairs. "
         "St Hilda's, that is.", "Tobias Wren", "St Hilda's"),
        ("Marnie from the surgery rang. Elmfield Road Surgery, I mean.", "Marnie",
         "Elmfield Road Surgery"),
        # "someone from X", the name said in the next sentence
        ("Met someone from Hollin Mind at the fair. Her name's Ottoline. She runs a group.",
         "Ottoline", "Hollin Mind"),
    ],
)  # fmt: skip
def test_linked_when_named_apart(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a child taken to the school is not its staff
        ("Took Ezio to the school. Hollin Park Primary are doing a trip.", "Ezio",
         "Hollin Park Primary"),
        # a workplace in common words whose name, next, is of another kind
        ("Marnie from the surgery rang. Hollin Rovers won on Saturday, brilliant.", "Marnie",
         "Hollin Rovers"),
    ],
)  # fmt: skip
def test_not_linked_when_named_apart(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


def test_who_runs_it_named_after_is_the_one_named(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Popped into Wrenfield Bakery on the high street. The woman who runs it, Ottoline, said "
        "we can have the loaves.",
    )
    assert ("Ottoline", "Wrenfield Bakery") in links(ex)


def test_two_people_from_one_organisation_are_both_from_it(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Tobias and Ottoline from Hollin Community Trust came to the school.")
    assert {("Tobias", "Hollin Community Trust"), ("Ottoline", "Hollin Community Trust")} <= links(
        ex
    )
    # met somewhere together is not working there
    ex = extract(extractor, "Met Tobias and Ottoline at Tesco.")
    assert ("Tobias", "Tesco") not in links(ex)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # getting or having a job there
        ("Guess what, Ottoline's got a job at Wrenco, on the deli counter.", "Ottoline",
         "Wrenco"),
        ("Tobias has a new job with Hollin Logistics.", "Tobias", "Hollin Logistics"),
        ("Big news, Perpetua's landed a job at Brackenco, in the warehouse.", "Perpetua",
         "Brackenco"),
        # on the body that runs it
        ("Marnie sits on the board of Hollin Housing Trust, so she might know.", "Marnie",
         "Hollin Housing Trust"),
        ("Tobias is on the committee of Hollin Road Residents Association.", "Tobias",
         "Hollin Road Residents Association"),
    ],
)  # fmt: skip
def test_linked_by_a_job_got_or_a_seat_on_the_board(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    assert (person, org) in links(extract(extractor, text))


def test_the_speakers_new_job_is_nobody_elses(extractor: SpacyExtractor) -> None:
    assert ("Marnie", "Wrenco") not in links(
        extract(extractor, "Told Marnie I got a job at Wrenco.")
    )


def test_a_surname_that_is_a_place_stays_with_its_first_name(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Saw the adviser at Hollin Bank, Tobias Sutton, he thinks it's fine.")
    assert ("Tobias Sutton", "Hollin Bank") in links(ex)
    assert "Sutton" not in {m.name for m in ex.mentions if m.kind == "place"}


def test_a_listed_neighbourhoods_hospital_keeps_its_name(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Tobias is a porter at Homerton Hospital.")
    assert ("Tobias", "Homerton Hospital") in links(ex)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a first name then "the" and a job, opening the sentence
        ("Took the van to Hollin Motors. Gary the mechanic reckons it's the alternator.",
         "Gary", "Hollin Motors"),
        # who answered after a wait on hold
        ("Spent an hour on hold to Hollin Water. Eventually got a woman called Ottoline who "
         "said the bill was wrong.", "Ottoline", "Hollin Water"),
    ],
)  # fmt: skip
def test_linked_by_a_job_or_a_call_said_plainly(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    assert (person, org) in links(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # two people joined by "and" as one subject of a verb of working
        ("Marnie and Tobias both work at Hollin Council.",
         {("Marnie", "Hollin Council"), ("Tobias", "Hollin Council")}),
        ("Marnie and Tobias teach at Oakfield Primary.",
         {("Marnie", "Oakfield Primary"), ("Tobias", "Oakfield Primary")}),
        ("Marnie and her colleague Tobias from Hollin Water came to read the meter.",
         {("Marnie", "Hollin Water"), ("Tobias", "Hollin Water")}),
        ("Marnie and, um, Tobias, they're both on the committee at Hollin Tennis Club.",
         {("Marnie", "Hollin Tennis Club"), ("Tobias", "Hollin Tennis Club")}),
    ],
)  # fmt: skip
def test_two_people_said_as_one_subject_share_the_organisation(
    extractor: SpacyExtractor, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs <= links(extract(extractor, text))


def test_met_with_someone_at_a_place_is_no_link(extractor: SpacyExtractor) -> None:
    for text in (
        "Met Marnie and Tobias at Tesco.",
        "Had lunch with Tobias at Pizza Express.",
        "Bumped into Marnie at the leisure centre, Hollin Leisure Centre, we had a coffee.",
        "I volunteer at Hollin Food Bank and Tobias is coming to help on Saturday.",
    ):
        assert not links(extract(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Marnie volunteers at the refugee centre, the Hollin Welcome Centre.", "Marnie",
         "Hollin Welcome Centre"),
        ("Tobias has joined the fire service, London Fire Brigade.", "Tobias",
         "London Fire Brigade"),
    ],
)  # fmt: skip
def test_a_kind_named_right_after_is_the_one_linked(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    found = links(extract(extractor, text))
    assert (person, org) in found
    assert {o for p, o in found if p == person} == {org}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a part of an organisation's work done in the present, the verb said of someone
        ("Dorcas Fenn drives for Wexley Cabs most weekends.", "Dorcas Fenn", "Wexley Cabs"),
        ("Um, Dorcas Fenn helps out at Hollin Food Bank on Fridays.", "Dorcas Fenn",
         "Hollin Food Bank"),
        ("Then a guy, Tariq Osei, who does IT for Harrowgate Council.", "Tariq Osei",
         "Harrowgate Council"),
        ("Dorcas Fenn heads up fundraising at Hollin Hospice.", "Dorcas Fenn", "Hollin Hospice"),
        ("Dorcas Fenn deals with grants at Harrowgate Council.", "Dorcas Fenn",
         "Harrowgate Council"),
        ("Dorcas Fenn's been volunteering at Hollin Food Bank.", "Dorcas Fenn",
         "Hollin Food Bank"),
        # "the one from", "the lady at", "the dinner lady at" said of a name or "she"
        ("Sinead Tully's the one from Harrowgate Council who came out.", "Sinead Tully",
         "Harrowgate Council"),
        ("Rang Sinead Tully, she's the lady from Harrowgate Council.", "Sinead Tully",
         "Harrowgate Council"),
        ("Giles Abbot is the lollipop man at Hollin Primary School.", "Giles Abbot",
         "Hollin Primary School"),
        # a job said as whose it is, after an "is", is the subject's
        ("Kieran Lowe rang, he's Dad's social worker from Harrowgate Council.", "Kieran Lowe",
         "Harrowgate Council"),
        ("Kieran Lowe is Mum's GP at Hollin Road Surgery.", "Kieran Lowe",
         "Hollin Road Surgery"),
        ("Dorcas Fenn is involved with Hollin Food Bank.", "Dorcas Fenn", "Hollin Food Bank"),
        # a job and the organisation with a hesitation between them
        ("Had coffee with Ifeoma Obi, she's the community lead, er, for Hollin Hospice.",
         "Ifeoma Obi", "Hollin Hospice"),
        # "our contact at"
        ("Dorcas Fenn is our contact at the Arts Council.", "Dorcas Fenn", "Arts Council"),
        # an organisation signed after a name, then a team of it
        ("Quick one. Emeka Eze, Harrowgate Council, environmental health, coming Thursday at "
         "ten.", "Emeka Eze", "Harrowgate Council"),
        ("Spoke to Emeka Eze, Harrowgate Council, about the bins.", "Emeka Eze",
         "Harrowgate Council"),
        # a job said as an organisation's, an "-ing" word in it, the name right after
        ("Harrowgate Council's befriending coordinator Hilda Moss rang.", "Hilda Moss",
         "Harrowgate Council"),
        # "Sadia's volunteering": an "is", not whose
        ("Sadia's volunteering with the Red Cross this summer.", "Sadia", "Red Cross"),
        # a job carrying the organisation's name, after an "is"
        ("Delroy Hinds is the Fortismere School caretaker.", "Delroy Hinds", "Fortismere School"),
        # "works in", "employed at", "one of the nurses at", "represents", "running the stall for"
        ("Delroy Hinds works in Harrowgate Council's parks department.", "Delroy Hinds",
         "Harrowgate Council"),
        ("Delroy Hinds is employed at Hollin Hospice.", "Delroy Hinds", "Hollin Hospice"),
        ("Delroy Hinds is one of the nurses at the Whittington.", "Delroy Hinds", "Whittington"),
        ("Delroy Hinds represents Hollin Mind.", "Delroy Hinds", "Hollin Mind"),
        ("Delroy Hinds was running the stall for Hollin Mind.", "Delroy Hinds", "Hollin Mind"),
        # "spoke to" opening the sentence after the call
        ("Called Harrowgate Council. Um, spoke to Jean, she'll send a form.", "Jean",
         "Harrowgate Council"),
        # what someone does, then "lady" or "guy", as their job
        ("Visited Dad at Hollin Lodge Care Home. He was doing a jigsaw with Lottie, the "
         "activities lady there.", "Lottie", "Hollin Lodge Care Home"),
        # "captains", and a befriender sent from a charity said in lower case
        ("Hattie Lund, who captains the Hollin Harriers, is doing her fiftieth parkrun.",
         "Hattie Lund", "Hollin Harriers"),
        ("A befriender from age uk came too, Olu Bassey, he visits Dad every other Friday.",
         "Olu Bassey", "Age UK"),
        # a child named as at a school
        ("Met the Wrens, their son Toby is in Maya's class at Elmhurst Junior School.",
         "Toby Wren", "Elmhurst Junior School"),
        ("Toby Wren goes to Elmhurst Junior School.", "Toby Wren", "Elmhurst Junior School"),
        ("Toby Wren is in year five at Elmhurst Junior School.", "Toby Wren",
         "Elmhurst Junior School"),
        # a body rung by its kind then its name, and "spoke to" with a job in the next
        ("Rang the housing association, Hollin Homes. Spoke to Dev, he's their repairs lead.",
         "Dev", "Hollin Homes"),
        # "the woman in housing" at the body rung
        ("Phoned Harrowgate Council this morning. The woman in housing, Beatrix Cole, said "
         "they'd send someone.", "Beatrix Cole", "Harrowgate Council"),
        # jobs no list held
        ("Giles Abbot is the bursar at Hollin Primary School.", "Giles Abbot",
         "Hollin Primary School"),
        ("Gemma Abbot, the barmaid at the Hollin Arms, says the quiz is back.", "Gemma Abbot",
         "Hollin Arms"),
    ],
)  # fmt: skip
def test_linked_by_what_they_do_there(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Dorcas Fenn helps me at Hollin Food Bank when I'm short.", "Dorcas Fenn",
         "Hollin Food Bank"),
        ("Dorcas Fenn does her shopping at Hollin Co-op.", "Dorcas Fenn", "Hollin Co-op"),
        ("Dorcas Fenn deals with Harrowgate Council for me.", "Dorcas Fenn",
         "Harrowgate Council"),
        ("Rang Harrowgate Council about the bins. Then the man next door, Beatrix Cole, came "
         "round.", "Beatrix Cole", "Harrowgate Council"),
        ("Went to Harrowgate Council. Spoke to Jean after, she's fine.", "Jean",
         "Harrowgate Council"),
        ("Delroy Hinds worked in Harrowgate for years.", "Delroy Hinds", "Harrowgate"),
        ("Toby Wren goes to Hollin Co-op on Fridays.", "Toby Wren", "Hollin Co-op"),
        ("Went to Hollin Lodge Care Home. Lottie, the nice lady, said hello.", "Lottie",
         "Hollin Lodge Care Home"),
    ],
)  # fmt: skip
def test_no_link_from_what_they_do_for_themselves(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a job set off by commas after a first name, which the parser reads as the subject
        ("Shona, the swimming instructor at Holloway Pool, says Mia can move up.", "Shona",
         "Holloway Pool"),
        ("Mr Lindgren, the proprietor at Elm Lodge, needs stewards.", "Lindgren", "Elm Lodge"),
        # "she's the <organisation> <job>" after the name and a comma
        ("Josie Bell, she's the Whitmore Primary site manager, will open up at eight.",
         "Josie Bell", "Whitmore Primary"),
        # known to the speaker by way of the organisation
        ("Um, Hannah, who I know through the Finsbury Food Bank, said she could help.",
         "Hannah", "Finsbury Food Bank"),
        ("Osman, I know him from the Tottenham Hotspur Foundation, is coming to the fair.",
         "Osman", "Tottenham Hotspur Foundation"),
        ("Tasha lectures at Newham College, she's going to look at my CV.", "Tasha",
         "Newham College"),
        # run by someone, in the passive; "it" or "their" for the organisation just named
        ("The Finchley Food Bank is run by Gloria Mensah, she's amazing.", "Gloria Mensah",
         "Finchley Food Bank"),
        ("Went to the Finchley Food Bank. It's run by Gloria Mensah now.", "Gloria Mensah",
         "Finchley Food Bank"),
        # in a club, choir or band
        ("Ayo's in the Tottenham Community Choir.", "Ayo", "Tottenham Community Choir"),
        ("Met Ayo. She's in the Hornsey Rugby Club.", "Ayo", "Hornsey Rugby Club"),
        ("Ayo sings in the Tottenham Community Choir, they need tenors.", "Ayo",
         "Tottenham Community Choir"),
        # the one asked for when ringing an organisation
        ("Get the quote from Catering Kit Direct, ask for Kemal in sales.", "Kemal",
         "Catering Kit Direct"),
        ("Rang Elm Surgery. Asked for Gemma but she was off.", "Gemma", "Elm Surgery"),
    ],
)  # fmt: skip
def test_link_said_in_more_ways(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Went to Tesco, Jade asked for Kemal.", "Kemal", "Tesco"),
        ("Ayo's son is in the Hornsey Youth Orchestra.", "Ayo", "Hornsey Youth Orchestra"),
        ("I know them through Elm Lodge, Tom Reed and Ann.", "Tom Reed", "Elm Lodge"),
    ],
)  # fmt: skip
def test_no_link_from_someone_elses_asking(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org", "wrong"),
    [
        # "their" job said a few sentences after the body it stands for
        ("Wren's first swimming lesson at Harlow Otters. The coach is Bettina Marsh. Bettina "
         "wants the kids signed up online by Sunday, and the fees paid, forty pounds a term. "
         "Their welfare officer, er, Harjit Okoro, needs the medical form.", "Harjit Okoro",
         "Harlow Otters", None),
        # "their" job right after the name, no comma, as Whisper writes it
        ("Lena got the Greystone Homes job, the empty flats on the Marsh estate, four flats at "
         "nine hundred each. harjit okoro their repairs manager wants the insurance papers by "
         "friday", "Harjit Okoro", "Greystone Homes", None),
        # "our" job: the speaker's own body, not the one emailed nor where another is from
        ("The bins at Fernlea Surgery weren't emptied again. They said it's the contractor, "
         "Binwise Direct. Need to email Binwise Direct today. Doctor Pike, that's Dorian, our "
         "senior partner, says he'll raise it.", "Dorian Pike", "Fernlea Surgery",
         "Binwise Direct"),
        ("Harlow Parents Network stuff. The officer from Essex County Council's early years "
         "team, Bettina Marsh, emailed round. Our chair is Rosalind Pike, she wants the "
         "certificates.", "Rosalind Pike", "Harlow Parents Network", "Essex County Council"),
        # but "our GP" is at the surgery rung, when it is the only one named
        ("Rang Elm Surgery about Mum. Our GP, Dr Hollis, is off till Monday.", "Hollis",
         "Elm Surgery", None),
    ],
)  # fmt: skip
def test_a_job_said_as_theirs_or_ours(
    extractor: SpacyExtractor, text: str, person: str, org: str, wrong: str | None
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)
    assert (person, wrong) not in links(ex), (ex.mentions, ex.links)


def test_their_after_a_family_is_not_the_bodys(extractor: SpacyExtractor) -> None:
    # "their" may stand for the family named since the organisation
    ex = extract(
        extractor,
        "Played doubles at Parkside Tennis Club with the Hendersons. Lovely evening. Lots of "
        "wine after. Their accountant, Tomasz Wierzbicki, drove us home.",
    )
    assert ("Tomasz Wierzbicki", "Parkside Tennis Club") not in links(ex), ex.links


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # "there" after a job with "her" or none before it: the organisation just named
        ("Brindle Housing have had the report since May. Oksana Petrenko's her housing officer "
         "there.", "Oksana Petrenko", "Brindle Housing"),
        ("Went to the Hesketh Sailing Club dinner. Mavis Doyle came over, she's been treasurer "
         "there for years.", "Mavis Doyle", "Hesketh Sailing Club"),
        # a name with "there" after it, as the subject: someone at the organisation just named
        ("Priya from Copse Lane Surgery rang. She'll resend it. And Doctor Hallam there wants "
         "us to book her in.", "Hallam", "Copse Lane Surgery"),
        # "a woman there called": one of the organisation just named
        ("Mum got help from Hexley Carers Centre, there's a woman there called Bronwen Tait "
         "who does the forms.", "Bronwen Tait", "Hexley Carers Centre"),
        ("Rang Hexley Carers Centre. There's a lady there, Bronwen Tait, who does the forms.",
         "Bronwen Tait", "Hexley Carers Centre"),
        ("The boiler's leaking again, so I need to ring Kettlewell Heating, the bloke there is "
         "Declan Furey, he did the service.", "Declan Furey", "Kettlewell Heating"),
        # a job with "there" after the name needs no "the"
        ("Back from Hexley General. Saw Doctor Ashworth, Imelda Ashworth, consultant "
         "dermatologist there, very thorough.", "Imelda Ashworth", "Hexley General"),
        # a part of the organisation said as "theirs"
        ("Rang Calder Water and a Rhiannon Pask from their leakage team came out.",
         "Rhiannon Pask", "Calder Water"),
        ("Finally got through to Dunmore Borough Council. Lad called Eamon, he's on their "
         "housing desk.", "Eamon", "Dunmore Borough Council"),
        # "a lad called", "a fella called" as "a guy called"
        ("Stan wants Ashgrove Homes to fix it. Their repairs officer's a lad called Wilf "
         "Tranter.", "Wilf Tranter", "Ashgrove Homes"),
        # jobs no list held
        ("Rang Thistledown Insurance and got a Marisa Coombe, she's the claims handler on it.",
         "Marisa Coombe", "Thistledown Insurance"),
        # "runs the under-twelves at": a part of the organisation's work, as "does the" is
        ("Fergus Lyle, he runs the under-twelves at Calderbank Rovers, says trials are "
         "Saturday.", "Fergus Lyle", "Calderbank Rovers"),
        # a body said with "tonight" as the memo's heading: its chair and its clerk
        ("Hollinwood Parish Council tonight, in the village hall. Ambrose Kettle chairing, as "
         "usual. Forty minutes on parking.", "Ambrose Kettle", "Hollinwood Parish Council"),
        ("Hollinwood Parish Council tonight, in the village hall. Parking again. Petra, the "
         "clerk, Petra Lomax, is writing to Hexley District Council about it.", "Petra Lomax",
         "Hollinwood Parish Council"),
    ],
)  # fmt: skip
def test_a_link_said_back_to_the_body_just_named(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # "there" where someone was seen, not where they work
        ("Went to Brindle Housing about the damp. Saw Oksana Petrenko there, she was in the "
         "queue too.", "Oksana Petrenko", "Brindle Housing"),
        # a councillor is a council's, not the housing association's talked about before
        ("Rang Brindle Housing about the damp again. I'll copy Councillor Pask in on the "
         "email, he's our councillor over in Northfield.", "Pask", "Brindle Housing"),
        # "their" for the family, not the body
        ("Went to Hesketh Sailing Club with the Lomaxes. Petra Lomax, she's in their family "
         "chat.", "Petra Lomax", "Hesketh Sailing Club"),
    ],
)  # fmt: skip
def test_there_and_their_that_are_no_link(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a job said as its abbreviation
        ("She's booked Mum in with Petra Lomax, an OT in adult social care at Stanmoor Council.",
         "Petra Lomax", "Stanmoor Council"),
        # what someone does for the speaker as their trade, at the firm
        ("Then I rang Ottoline Brackett, she does my books at Brackett and Pask, about the VAT.",
         "Ottoline Brackett", "Brackett and Pask"),
        # "been in" a choir or singers
        ("Patricia, she's been in the Hollinwood Singers longer than any of us.",
         "Patricia", "Hollinwood Singers"),
        ("Tobias Wren has been in the Oakfield Players for years.", "Tobias Wren",
         "Oakfield Players"),
        # the speaker's place beside the holder of the job, between the job and "at"
        ("Marnie, Mrs Okafor, the Year 4 teacher I'm with at Oakfield Primary, wants the "
         "spelling tests marked.", "Marnie Okafor", "Oakfield Primary"),
    ],
)  # fmt: skip
def test_a_link_said_by_the_job_or_the_work(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a floor of the building someone lives on is no station of work
        ("Petra Lomax, the property manager at Brindle Factors, says the meeting's Thursday. "
         "Mr Pask on the ground floor is raging.", "Pask", "Brindle Factors"),
        # the name opens a new clause of speech after where the figures are from
        ("I need the figures from environmental health at Stanmoor Council, Tobias says ask for "
         "Marnie Okafor, she's an officer there.", "Tobias", "Stanmoor Council"),
    ],
)  # fmt: skip
def test_a_name_beside_a_body_that_is_not_its(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


def test_a_name_ending_like_a_job_in_the_plural_stays_a_name(extractor: SpacyExtractor) -> None:
    # "Otis" is no "OTs" (occupational therapists): only "-es" is taken off as a plural
    ex = extract(extractor, "Otis Brackett came round about the fence. Otis said he'd fix it.")
    assert ("person", "Otis Brackett") in {(m.kind, m.name) for m in ex.mentions}, ex.mentions


def test_a_compass_part_of_an_area_a_job_covers_is_no_body(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met a woman from Stanmoor Community Health, Petra Lomax. She's their nurse for the east "
        "of the city.",
    )
    orgs = {m.name for m in ex.mentions if m.kind == "org"}
    assert "East" not in orgs and "Stanmoor Community Health" in orgs, ex.mentions
    assert ("Petra Lomax", "Stanmoor Community Health") in links(ex), ex.links


def test_a_job_word_before_a_thing_is_no_job_of_the_name_after(extractor: SpacyExtractor) -> None:
    # "Mum's GP visit at ten, Jindy's covering": a kind of visit, not Jindy's job
    ex = extract(
        extractor,
        "Tuesday: parents' evening at Oakfield Primary with Mrs Lomax. Wednesday: Mum's GP visit "
        "at ten, Petra's covering me till one.",
    )
    assert ("Petra", "Oakfield Primary") not in links(ex), ex.links


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a hesitation between "put through to" and the name of the one who answered
        ("Rang Wexcombe Council about the bins. Got put through to, um, Priscilla Oduya, she "
         "said Tuesday.", "Priscilla Oduya", "Wexcombe Council"),
        # "has got his interview at" is had, not bought: the tutor "there" is the university's
        ("My nephew's got his interview at Brindlecombe University on Monday. Um, the admissions "
         "tutor there is a Doctor Halvard, Ingrid Halvard.", "Ingrid Halvard",
         "Brindlecombe University"),
        # a side someone supports is nobody's workplace: "up there" is the hospice
        ("Drove Arthur Pell up to the day unit at Linden Lea Hospice, he's from Collier Row, "
         "ever so cheerful, supports West Ham, nobody's perfect. His nurse up there is Blessing "
         "Okoro.", "Blessing Okoro", "Linden Lea Hospice"),
        # a job said as what one does, then who: "the ward sister"
        ("Priya Rao, the registrar at Hollowfield Infirmary, asked me to present. I said yes. "
         "Ward four's short again, Sister Quayle, Brenna Quayle, she's the ward sister there, is "
         "two nurses down.", "Brenna Quayle", "Hollowfield Infirmary"),
        # a choir's job: to the choir named before, not the hall its concert is at
        ("Choir was good tonight. Tamsin Hale, who runs the Wharfside Voices, handed out the "
         "music for the summer concert, it's Saturday the ninth at the Oddfellows' Institute. "
         "Delyth Marr, she's the soprano section leader, is doing the teas again.",
         "Delyth Marr", "Wharfside Voices"),
        # verbs of leading a choir or a side
        ("Concert done at St Aldric's, packed out. Perpetua Vance, who directs Voices of the "
         "Vale, cried at the end.", "Perpetua Vance", "Voices of the Vale"),
        ("Choir tonight. Kit Marlow, who conducts the Fenwick Singers, wants the alto line "
         "learned.", "Kit Marlow", "Fenwick Singers"),
        # whoever the call reached: "rang X and got Y"
        ("Rang Hollow Brook Dairy and got Fergus Mackie, who said it was the driver.",
         "Fergus Mackie", "Hollow Brook Dairy"),
        # a name, its organisation, then a clause of its own
        ("Gus rang. Augustin Pollard, Brightside Roofing, but everyone calls him Gus.",
         "Augustin Pollard", "Brightside Roofing"),
        # a firm named after the family of one named in full
        ("Got a quote from Hamid Rezaei today, he runs the tyre place on Mill Road, Rezaei and "
         "Sons, very reasonable.", "Hamid Rezaei", "Rezaei and Sons"),
    ],
)  # fmt: skip
def test_links_said_in_passing(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


def test_someone_got_a_thing_for_is_no_one_the_call_reached(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Rang Quillfield Motors about the MOT, then got Ottilie Varga a card.")
    assert ("Ottilie Varga", "Quillfield Motors") not in links(ex), ex.links


def test_an_officer_of_the_cadets_named_sentences_before(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Thornby Sea Cadets car wash at the Esso garage today. Jake was on the hoses all morning. "
        "The rain held off. The commanding officer, Wendy Paxman, wants more volunteers.",
    )
    assert any(p == "Wendy Paxman" and "Sea Cadets" in o for p, o in links(ex)), ex.links


def test_a_council_service_read_as_a_body_is_the_councils(extractor: SpacyExtractor) -> None:
    # a service an earlier memo stored as an organisation: a part of the council named
    parts = [
        "Okay so I did ring the council in the end.",
        "Hollinsfield Borough Council, environmental health, the private housing bit.",
        "A man called Ravi Menon, he's an environmental health officer there, very nice.",
    ]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    ex = extractor.extract(
        Transcript(segments, "en", 1.0, 9.0, "typed"),
        AT,
        vocabulary=(Term("Environmental Health", "org"),),
    )
    assert ("Ravi Menon", "Hollinsfield Borough Council") in links(ex), (ex.mentions, ex.links)
    assert ("Ravi Menon", "Environmental Health") not in links(ex), ex.links


def test_a_job_at_a_longer_name_than_the_one_known(extractor: SpacyExtractor) -> None:
    # an earlier memo taught "Hallowmere": "the Royal Hallowmere" is matched without "Royal"
    said = "Met Doctor Pike, Oren Pike, my supervisor, he's a consultant at the Royal Hallowmere."
    segments = (Segment(0, 0.0, 3.0, said),)
    ex = extractor.extract(
        Transcript(segments, "en", 1.0, 3.0, "typed"),
        AT,
        vocabulary=(Term("Hallowmere", "org"),),
    )
    found = links(ex)
    assert any(p == "Oren Pike" and "Hallowmere" in o for p, o in found), (ex.mentions, found)


def test_an_interview_for_a_job_is_no_job_there(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Tobiah Renn rang, he's got his interview for physio at Wexley University on Monday and "
        "he's panicking.",
    )
    assert ("Tobiah Renn", "Wexley University") not in links(ex), ex.links


# Introduced after the organisation ("the physio from the X stroke team, a young fella called
# Bram"), by a council service, by the business run, by "it's his own firm", by a job said
# past a plural possessive and by what someone does ("the estates guy at X").
@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # introduced after the organisation (and the part of it) as "a fella called X"
        (
            "Met Oona and the physio from the Hartside stroke team, a young fella called Bram.",
            "Bram",
            "Hartside",
        ),
        (
            "He's put us forward to his opposite number at Quenby Housing, a woman called "
            "Ottoline Brackett, she'll ring me.",
            "Ottoline Brackett",
            "Quenby Housing",
        ),
        # a council service said between the name and the council
        (
            "Got a girl called Marnie in waste management at Tolworth Borough Council, she's "
            "logged it.",
            "Marnie",
            "Tolworth Borough Council",
        ),
        # the business someone runs, named after a comma
        (
            "He's got a mate, Tobias Wren, who runs a fruit and veg wholesaler, Wren's Fresh, "
            "at the market.",
            "Tobias Wren",
            "Wren's Fresh",
        ),
        (
            "Ottoline Brackett owns a little bakery, Crumb and Co, on the front.",
            "Ottoline Brackett",
            "Crumb and Co",
        ),
        # "it's his own firm" after the name
        (
            "Plumber's booked, Quenby Plumbing, the lad's name's Tobias, Tobias Wren, it's his "
            "own firm.",
            "Tobias Wren",
            "Quenby Plumbing",
        ),
        # a job said past a plural possessive
        (
            "Tobias rang, he's secretary of the retired members' section of the GMB now.",
            "Tobias",
            "GMB",
        ),
        # a planning officer is the council's, the one council named sentences before
        (
            "Rang Tolworth Borough Council about the bin. Marnie logged it. So that's done. "
            "And I asked about the planning thing next door. The planning officer on the "
            "application is a Mr Brackett.",
            "Brackett",
            "Tolworth Borough Council",
        ),
        # what someone does, a thing and a word for a person
        (
            "Gave the quote to Tobias Wren, the estates guy at Quenby University.",
            "Tobias Wren",
            "Quenby University",
        ),
    ],
)
def test_introduced_after_or_by_what_they_do(
    extractor: SpacyExtractor, text: str, person: str, org: str
) -> None:
    assert (person, org) in links(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # rang one person at a place, another answered: the one rung is the one there
        "I rang Tobias at Tesco, a lad called Bram answered.",
        # "her own business" as hers to mind
        "I rang Tesco and then Tobias Wren, it's his own business what he does.",
        # "a woman at Tesco": no job said
        "Had a word with a woman at Tesco about it.",
    ],
)
def test_no_link_for_the_one_introduced(extractor: SpacyExtractor, text: str) -> None:
    found = links(extract(extractor, text))
    assert ("Bram", "Tesco") not in found
    assert ("Tobias Wren", "Tesco") not in found


def test_our_job_is_not_at_the_council_department_rung(extractor: SpacyExtractor) -> None:
    # the department rung was corrected in its sentence ("the parks, no, it's ..."): the
    # speaker's own body is the surgery, not the contractor said after it
    ex = extract(
        extractor,
        "Um, so, the sharps bins at Elmcroft Surgery didn't get picked up again. "
        "Rang the council, the, er, the parks, no, it's not them, it's fleet and waste "
        "management, and it's the contractor, which is Binwise. "
        "Need to email Binwise today with the list. "
        "Doctor Rahman, that's Imran, our senior partner, says he'll raise it on Monday.",
    )
    found = links(ex)
    assert ("Imran Rahman", "Elmcroft Surgery") in found, (ex.mentions, found)
    assert ("Imran Rahman", "Binwise") not in found, found


def test_a_word_before_a_service_is_no_known_body_it_ends(extractor: SpacyExtractor) -> None:
    # "health" ends "Environmental Health", known from before; "the health visiting service"
    # is another service altogether
    said = "Met a woman from the health visiting service, Ruth Obi, at the baby group."
    ex = extractor.extract(
        Transcript((Segment(0, 0.0, 3.0, said),), "en", 1.0, 3.0, "typed"),
        AT,
        vocabulary=(Term("Environmental Health", "org"),),
    )
    assert "Environmental Health" not in {m.name for m in ex.mentions if m.kind == "org"}


def test_a_name_set_off_by_him_from_is_of_the_body(extractor: SpacyExtractor) -> None:
    # "him from", "her from", "the fella from": the name said again as the one from there
    for said, person, org in (
        ("Norman Hale, him from the royal mail depot, he's retiring in June.", "Norman Hale",
         "Royal Mail"),
        ("Rang Tom Ashby, the fella from Jewsons, about the timber.", "Tom Ashby", "Jewsons"),
    ):  # fmt: skip
        ex = extract(extractor, said)
        assert (person, org) in links(ex), (said, ex.mentions, links(ex))
    # a "him" that is no one set off: the thing is from there
    ex = extract(extractor, "Got a card from Ruth Lyle and a present for him from Tesco.")
    assert ("Ruth Lyle", "Tesco") not in links(ex)
    # "the man from X" with a verb of its own is someone else, not the name before it
    ex = extract(extractor, "I spoke to Tom Baird, the man from Hale Council was there too.")
    assert ("Tom Baird", "Hale Council") not in links(ex)


def test_a_meeting_headed_by_its_kind_then_named(extractor: SpacyExtractor) -> None:
    # the heading opens with the body's kind and when it met, then names it after a comma;
    # who chaired it is its chair
    ex = extract(
        extractor,
        "Parish council tonight, the Upton parish council, at the village hall. "
        "Gwen Baxter chairing, as always, forty minutes on the bins.",
    )
    assert ("Gwen Baxter", "Upton Parish Council") in links(ex), (ex.mentions, links(ex))
    # a meeting at a venue that is no kind of the body keeps the venue out
    ex = extract(
        extractor,
        "Quiz night tonight, the Red Lion, upstairs. Gwen Baxter chairing, as always.",
    )
    assert ("Gwen Baxter", "Red Lion") not in links(ex)


def test_a_church_or_mosque_named_without_its_word(extractor: SpacyExtractor) -> None:
    # a fellowship or a masjid is a church or a mosque: its pastor or imam is known through it
    for said, person, org in (
        ("The welcome team at Bethany Fellowship want the rota. "
         "Pastor Kwame Asante is doing the lunch.", "Kwame Asante", "Bethany Fellowship"),
        ("The Jamia Noor committee will pay me back. Imam Tariq Mirza announced a dinner.",
         "Tariq Mirza", "Jamia Noor"),
    ):  # fmt: skip
        ex = extract(extractor, said)
        found = links(ex)
        assert any(p == person and o and o.startswith(org) for p, o in found), (ex.mentions, found)
