"""Who is from where, said in ways the link passes missed or misread: the Scots "fae" and
"wi", a job said of a "she" before a name that opens a new clause, "a Mr X" after an
organisation, a part of the organisation said as its own ("their claims team"), a kind of
organisation said in many words, a clerk at a council, a surname not remembered ("Eirlys
something"), a job in a branch of a body, "they're sending X", a council put right as soon as
it is named, "she runs it" with the name said after, and the links that are not there: a thing
of someone's at a surgery, a kind that ends another body's name, a council's man at a shop, a
job said of someone else, a second body for someone linked in their own sentence, a letter
addressed to someone, a job at a workplace said in common words, a stranger sent by a firm, a
happening of someone's at a place and a job held by whom the name found.
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
        # the Scots "fae" (from) and "wi" (with)
        ("Roofer's been. Dougie Baird fae Glenmuir Roofing came at ten, nice lad.",
         "Dougie Baird", "Glenmuir Roofing"),
        ("It's a Mrs Lennie, Agnes Lennie, she's an organiser wi the GMB, Shona's met her "
         "before.", "Agnes Lennie", "GMB"),
        # a job said of a "she" opening its clause, a name after that opens another
        ("Marnie Okafor, she's an organiser with the GMB, Shona Bell says she's "
         "fair.", "Marnie Okafor", "GMB"),
        # a kind of organisation said in many lower-case words, then named
        ("A support worker called Kwame Asare fae the family and carers support partnership, "
         "Ridgeway Carers Partnership, is coming Tuesday.", "Kwame Asare",
         "Ridgeway Carers Partnership"),
        # "a Mr X" named after the organisation and a comma
        ("Spoke to Gwen Tasker, she's lovely. She said the planning officer at Hallam Council, "
         "a Mr Ledgard, would sign it off.", "Ledgard", "Hallam Council"),
        # the call put through to a part of it, said as its
        ("She put me through to Brightwater Insurance's claims team, a Tobias Wren, very "
         "patient.", "Tobias Wren", "Brightwater Insurance"),
        # a clerk works for a council as well as a school; "the clerk is X" names X
        ("The appeal is for Elmfield Grammar School. Letter came from Hallam Council, the "
         "appeal for Kojo Asante, the clerk is a Priya Lal, she's the appeals clerk there.",
         "Priya Lal", "Hallam Council"),
        # a surname not remembered
        ("Dad's getting a physio, Eirlys something, from Ridgeway Care, on Tuesday.",
         "Eirlys", "Ridgeway Care"),
        # a job in a branch of the body
        ("Tom Reed is secretary of the Leeds branch of the GMB.", "Tom Reed", "GMB"),
        ("Marnie Okafor, she's chair of the Leeds branch of the Royal Voluntary Service, she'll "
         "sort it.", "Marnie Okafor", "Royal Voluntary Service"),
        # "they" for the agency named just before
        ("Booked the locum through Elmtree Staffing. They're sending Tobias Wren, he's done us "
         "before.", "Tobias Wren", "Elmtree Staffing"),
        # the council rung in common words, then named and put right; "she's in highways"
        ("Rang the council about the kerb. Hallam Council, well, Hallam Metropolitan Borough "
         "Council on the letter. Got a woman called Priya Lal, she's in highways.",
         "Priya Lal", "Hallam Metropolitan Borough Council"),
        # "she runs it", named in the sentence after
        ("Dropped tins at the pantry at St Aidan's and had a word with Bola Adeyemi, she runs "
         "it. Ridgeway Community Pantry's its proper name.", "Bola Adeyemi",
         "Ridgeway Community Pantry"),
    ],
)  # fmt: skip
def test_linked(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a "she" with a job before a name that opens its own clause: the name is not linked
        ("Marnie Okafor, she's an organiser with the GMB, Shona Bell says she's "
         "fair.", "Shona Bell", "GMB"),
        # "she said the planning officer at X, a Mr Y": the job is Mr Y's, not hers
        ("Spoke to Gwen Tasker, she's lovely. She said the planning officer at Hallam Council, "
         "a Mr Ledgard, would sign it off.", "Gwen Tasker", "Hallam Council"),
        # "the appeal for Kojo, the clerk is a Priya Lal": not Kojo's job
        ("The appeal is for Elmfield Grammar School. Letter came from Hallam Council, the "
         "appeal for Kojo Asante, the clerk is a Priya Lal, she's the appeals clerk there.",
         "Kojo Asante", "Elmfield Grammar School"),
        ("The appeal is for Elmfield Grammar School. Letter came from Hallam Council, the "
         "appeal for Kojo Asante, the clerk is a Priya Lal, she's the appeals clerk there.",
         "Priya Lal", "Elmfield Grammar School"),
        # his appointment is at the surgery, not he
        ("Marnie Okafor rang from Camden Council. Also his appointment at the surgery, Elm "
         "Surgery, is next Tuesday.", "Marnie Okafor", "Elm Surgery"),
        # the kind ends her workplace's own name; the body after the comma is another one
        ("Text from Priya Lal, my manager at Elmfield Nursery, the Elmshire Inspectorate are "
         "coming Thursday.", "Priya Lal", "Elmshire Inspectorate"),
        # the council's man is no shop's
        ("Bought bread at Greggs. Then the council man, Obi Nwosu, comes at two about the "
         "fence.", "Obi Nwosu", "Greggs"),
        # a job said of the subject of "is", not of the name after the comma
        ("We're applying to the Elmfield Trust. Tobias Wren is their grants officer, Marnie "
         "Okafor knows him.", "Marnie Okafor", "Elmfield Trust"),
        # linked in her own sentence: no second body from the sentence before
        ("The patient transport from Elmdale Ambulance Service never came. The renal nurse, Ama "
         "Boateng, she's with Hallam Hospitals Trust, says it happens.", "Ama Boateng",
         "Elmdale Ambulance Service"),
        # a letter addressed to someone
        ("Kojo got an email from the Student Loans Company, addressed to Mr Kojo Asante, very "
         "official.", "Kojo Asante", "Student Loans Company"),
        # a job at a workplace said in common words, no organisation named
        ("Did the shopping at Morrisons and got Mum's tablets from Sanjay, he's the pharmacist "
         "at the little pharmacy on the corner, Sanjay Mehta.", "Sanjay Mehta", "Morrisons"),
        # a stranger sent by a firm is not the one named before
        ("Got a housing officer called Tom Reed at Anchor Housing. They're sending a surveyor "
         "from Dryfix on Monday. Tom Reed wants photos.", "Tom Reed", "Dryfix"),
        # a happening of someone's at a place ("Gran's Christmas lunch at X"), not "is at"
        ("I'll sort Nana's Christmas lunch at Elm Court Care Home in November, Joyce "
         "Pennington does a list.", "Joyce Pennington", "Elm Court Care Home"),
        # "the architect Marnie found": Marnie found the architect, she is none
        ("Tom Reed from Elm Roofing was there, and the architect Marnie found, Priya Lal, she's "
         "sharp as a tack.", "Marnie", "Elm Roofing"),
        # "she runs it": the pantry at the church, not the church
        ("Dropped tins at the pantry at St Aidan's and had a word with Bola Adeyemi, she runs "
         "it.", "Bola Adeyemi", "St Aidan's"),
    ],
)  # fmt: skip
def test_not_linked(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # what must keep working beside the new readings
        ("Jodie Marsh from the nursery, Little Acorns, rang about fees.", "Jodie Marsh",
         "Little Acorns"),
        ("Peabody sent Tobias Wren round to look at the damp.", "Tobias Wren", "Peabody"),
        ("Met Tom Reed. He's a surveyor from Dryfix.", "Tom Reed", "Dryfix"),
        ("A surveyor from Dryfix came round. Tom Reed, nice lad.", "Tom Reed", "Dryfix"),
        ("Saw Ann Lee, the head of the maths department at Elm Academy.", "Ann Lee",
         "Elm Academy"),
    ],
)  # fmt: skip
def test_still_linked(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


@pytest.mark.parametrize(
    "text",
    [
        "Went to Aldi. They sent Ann Lee a card.",
        "Gave Tom Reed something from the Co-op.",
        # a body written "WI" in lower case is no "with"
        "Pip Harcourt is president of elmcombe wi, and she wants a stall.",
    ],
)
def test_no_link_made(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert {o for _, o in links(ex)} <= {"Elmcombe WI", "Elmcombe Wi"}, ex.links
