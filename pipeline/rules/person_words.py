"""Words around a name that say a person (`KIN`, `DOING`, "tell", "dropped ... at"). Their own
module because the people rules, the lower-case people rules, linking and resolving all read them.
"""

from __future__ import annotations

# "their girl Chioma", "my neighbour Dele": a name after a word for someone close.
KIN = {
    "boy", "girl", "son", "daughter", "kid", "dad", "mum", "husband", "wife", "partner",
    "brother", "sister", "nephew", "niece", "grandson", "granddaughter", "cousin", "mate",
    "friend", "neighbour", "colleague", "boss", "uncle", "aunt", "auntie", "grandad", "nan",
    "kids", "children", "sons", "daughters", "grandchildren", "girls", "boys", "twins",
}  # fmt: skip

# Words for someone one does not know by name: "a woman called Tobiah", "the guy gerry".
PERSON_NOUNS = {"woman", "man", "guy", "lady", "bloke", "chap", "lad", "fella", "fellow"}


# What a family calls its elders, never anyone's surname: "send Ysolde Mam's details" is
# Ysolde and Mam's details.
ELDERS_CALLED = {
    "mum", "mam", "mom", "mummy", "mammy", "dad", "daddy", "nan", "nana", "nanna", "gran",
    "granny", "grandma", "grandad", "grandpa",
}  # fmt: skip


# What a family calls its own in the languages memos slip into, never a name on its own
# ("rang Hooyo about Eid", "calls me walaal", "Abti Yusuf wants me to ring"): Somali,
# Jamaican, South Asian, Arabic, Welsh ("Nain", "Taid"), Irish, Scots and European words for a
# mother, an uncle, a sister, a mate.
# A listed first name ("Dadi", "Nana") is not here.
CALLED_IN_THE_FAMILY = {
    "hooyo", "aabo", "abaayo", "walaal", "abti", "eedo", "habaryar", "adeer", "ayeeyo",
    "awoowe", "bredrin", "pickney", "mumma", "ammi", "abbu", "ammu", "nani", "chacha",
    "khala", "baji", "bhaiya", "didi", "habibi", "habibti", "akhi", "ukhti", "abuela",
    "abuelo", "babcia", "dziadek", "nonna", "nonno", "teta", "jiddo", "bhai", "bhabhi", "apa",
    "appi", "mamu", "mamoo", "phupho", "phuppo", "chachi", "chachu", "khalu", "nanu", "masi",
    "mausi", "nain", "taid", "mamgu", "tadcu", "bampi", "ciocia", "wujek", "mamó", "daideo",
    "granda",
}  # fmt: skip

# Of those, the ones said after a first name as a title is said before it, for anyone owed
# respect and not only kin: "Tahir bhai reckons", "Nasreen baji", "Imran sahib". The name is
# the first name; the word is no part of it.
SAID_AFTER_A_NAME = {
    "bhai", "bhaiya", "baji", "apa", "appi", "didi", "bhabhi", "sahib", "saab", "sahab", "ji",
}  # fmt: skip


# Verbs after a name that opens a sentence that a person, more than a company, does.
DOING = {
    "says", "said", "reckons", "thinks", "is", "was", "'s", "wants", "asked", "told", "rang",
    "called", "texted", "emailed", "brought", "came", "popped", "mentioned", "seems", "looked",
    "loved", "hates", "likes", "offered", "went", "will", "can", "might",
}  # fmt: skip


# "a company called Better", "a charity called Shelter Box": named as an organisation.
ORG_NOUNS = {
    "company", "firm", "charity", "business", "outfit", "shop", "organisation",
    "organization", "group", "agency", "supplier", "contractor", "caterer", "caterers",
    "builder", "builders", "practice", "studio", "startup", "brand", "app",
}  # fmt: skip


# Words after a first name that opens a sentence: "Ebere from Peabody rang", "Piotr and ...".
SENT_START_AFTER_NAME = DOING | {"from", "at", "and", "who", "has", "had", "runs", "works"}
# "Heather couldn't make it", "Dot won't be in": a modal after a listed first name
SENT_START_AFTER_NAME |= {"could", "would", "should", "ca", "wo", "must"}

# Words before "at" that say where someone is, not where they went: "Bev over at the Whittington".
WHERE_OVER = {"over", "down", "up", "round"}


# Verbs whose object is nearly always a person: "tell Wendell", "ask Tadeo about the keys".
# ("ring" and "email" take organisations too: "ring Veolia".)
TELLING = {
    "tell", "told", "tells", "ask", "asked", "asks", "remind", "reminded", "thank", "thanked",
}  # fmt: skip


# Verbs right before two names joined by "and" that take people, not a firm: "thank Patience
# and Charity", "told Faith and Hope".
PAIR_CUES = TELLING | {"thank", "thanked", "met", "invite", "invited", "text", "texted"}


# Verbs a one-word name does as a person: "Then Kezia rang about the float", "if Tadeo gives
# me the morning off".
PERSON_DOES = {
    "rang", "rings", "says", "said", "texted", "texts", "emailed", "emails", "phoned",
    "messaged", "asked", "asks", "told", "tells", "reckons", "thinks", "wants", "mentioned",
    "gave", "gives", "offered", "promised", "popped", "reminded", "agreed", "reckoned",
}  # fmt: skip


# Adverbs a speaker opens a sentence with, before whoever it is about: "Honestly Bayo should
# have said", "Luckily Olamide had a key". Never part of the name the NER runs them into.
SENTENCE_ADVERBS = {
    "apparently", "basically", "obviously", "honestly", "hopefully", "luckily", "thankfully",
    "sadly", "unfortunately", "fortunately", "clearly", "frankly", "actually", "literally",
    "seriously", "personally", "annoyingly", "funnily", "weirdly", "oddly", "surprisingly",
    "interestingly", "presumably", "probably", "possibly", "definitely", "naturally",
    "understandably", "typically", "technically", "essentially", "ideally", "maybe", "perhaps",
}  # fmt: skip


# Words before a name that opens its clause: "Then Kezia rang", "if Tadeo gives me".
CLAUSE_OPENERS = {
    "then", "so", "and", "but", "if", "when", "once", "because", "cos", "until", "unless",
    "after", "before", "since", "while", ",", "oh", "also", "anyway",
} | SENTENCE_ADVERBS  # fmt: skip


# Verbs whose object is someone, never a town: "pay Tadeo back", "text Tadeo tonight".
SERVED_VERBS = {
    "pay", "text", "message", "thank", "lend", "owe", "help", "invite", "remind", "warn",
    "congratulate", "phone", "email", "meet", "give", "tell", "ask", "thanks", "chase",
}  # fmt: skip


# Before a word, these make it a place whatever else is said of it.
PLACE_ONLY_PREPS = {"in", "into", "near", "around", "through", "across", "past", "outside", "via"}

# Verbs whose "in" brings someone into something, not a place: "loop in Agata", "rope in Tobi".
BROUGHT_IN = {"loop", "rope", "bring", "copy", "cc", "fill", "draft", "call", "pull"}


# Prepositions before someone's home said by the name alone: "dropped it at Sukhvinder's",
# "went round Bogumil's".
HOME_PREPS = {"at", "round", "to", "over", "from"}


# What only a person has, after a name's "'s": "Tadeo's class", "Yusra's swimming kit".
PERSONAL = KIN | {
    "class", "teacher", "school", "nursery", "birthday", "homework", "swimming", "lessons",
    "consent", "kit", "uniform", "house", "flat", "bedroom", "phone", "number", "tutor",
    "friend", "friends", "appointment", "surgery", "operation", "christening", "wedding",
    "room", "assembly", "review", "trip", "inhaler", "prescription", "medication", "scooter",
    "bike", "coat", "bag", "glasses", "shoes", "mood", "reading", "spelling", "exam", "exams",
    "party", "funeral", "care", "carer", "diary",
}  # fmt: skip


# Verbs of taking someone somewhere: "dropped Tadeo at school", "picked Tadeo up".
TAKING = {"dropped", "drop", "dropping", "picked", "pick", "picking", "took", "take", "taking"}


TAKEN_TO = {"at", "to", "off", "up", "from", "home", "round"}

# How someone feels, said after "are" or "were": only people are thrilled or gutted.
FEELINGS = {
    "thrilled", "delighted", "chuffed", "gutted", "devastated", "heartbroken", "excited",
    "overjoyed", "upset", "worried", "nervous", "scared", "relieved", "exhausted", "knackered",
    "shattered", "grieving", "poorly", "ecstatic", "furious", "livid", "fuming",
}  # fmt: skip

# Words between a name and the full name that say they are one person: "Aggie, that's
# Agnieszka Wolny", "Chalky, that is, Marek Bielski", "Doctor Pike, that's Dorian".
THAT_IS = {("that", "'s"), ("that", "’s"), ("that", "is"), ("that's",), ("that’s",)}
