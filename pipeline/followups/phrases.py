"""The words that say a sentence commits the speaker, or that it commits no one: the phrase
tables and patterns the rest of `followups` reads.

A sentence commits the speaker when it says so in words ("I need to", "I promised to", "I said
I'd", "remind myself to", "action for me:", "I owe Aisha a call", "I told Marcus I'd", "we've
gotta", "I'm to ask"): `COMMIT_PHRASES`, matched anywhere in it, and `SUBJECTLESS`, at its
start with the "I" dropped. A promise typed or heard without apostrophes ("ill need to", "ive
got to", "im going to") is one, and so is a task left undone ("didn't get round to ringing
Sam", "still haven't paid the sweep", "forgot to email Jo"; not "still haven't heard back").
The line after a heading addressed to oneself ("Action for me.", "Note to self.") is the
promise, whatever Whisper made of its verb, and every line of a to-do list read out ("To-do
list for next week. Monday, chase the bid.") is one. A list's heading dates its lines ("To do
today.", "Phone call list for today, ..."), and so does the day opening a line of a week said
ahead ("Monday: PTA meeting at half three, email Sam").

A promise taken back or left to some day ("no promises", "we should, at some point"), made
only if the speaker is free ("I'll go if I'm not working") or hedged as it is said ("..., I
might suggest it", "I might, I don't know", "I'll try but I might not make it") is none, and
so are "nothing to do on that one" and saying the memo ("need to say this out loud"). A
request already met ("..., so that's done"), a heading taken back ("action for me, no,
actually that's Dot's job"), a request someone else has in hand ("..., Desmond's sorting it")
and a task ticked off as it is read out ("Monday, ring Tobias, done actually, I rang him") are
none either; nor is an undated command in a memo of ideas it says are undecided, nor, in a
memo headed "Ideas for ...", asking whether someone would do a thing.

The words are data apart from the rules that read them, so a new phrasing is a line here:
`commitment_matcher` builds spaCy's `PhraseMatcher` from the tables, on lower-case tokens
(Whisper writes both "I'll" and "I will"). At the bottom of the package, this module also
holds the few word sets several parts read (`WEEKDAYS`, `DAY_WORDS`, `IT`, `PREAMBLE`,
`_SOME_DAY`) and `Found`, the follow-up found, which the parts above compare the next clause
with.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..dates import WEEKDAY_NUMBER, WEEKDAY_WORDS, label_day
from ..lexicon import ACTION_VERBS

# Commands that start a new clause after a comma (Whisper often joins sentences with commas).
CLAUSE_COMMANDS = {
    "email", "call", "phone", "ring", "text", "ping", "message", "send", "ask", "remind",
    "follow", "chase", "check", "book", "set", "arrange", "introduce", "invite", "contact",
    "remember",
}  # fmt: skip

# A task the speaker has left undone, which a careful person writes down: "Didn't get round
# to calling Marcus", "I still haven't rung the garage", "forgot to email Priya the minutes".
# A promise made a while back and still owed: "I'd promised Mabel a trip", "I'd said I'd help".
PROMISED_BEFORE = (
    "i'd promised", "i had promised", "i'd said i'd", "i'd said i would", "i had said i'd",
)  # fmt: skip
UNDONE = (
    *(
        f"{neg} {got} {to}"
        for neg, got in (
            ("didn't", "get"), ("did not", "get"), ("never", "got"), ("never did", "get"),
            ("haven't", "got"), ("still haven't", "got"), ("still didn't", "get"),
        )
        for to in ("round to", "around to", "back to")
    ),
    "still haven't", "still have not", "haven't yet", "forgot to",
    # "I've still not done the log review, so that's tonight's job"
    "have still not",
)  # fmt: skip
# Said anywhere in the sentence, these commit the speaker.
COMMIT_PHRASES = (
    "i need to", "we need to", "i have to", "we have to", "i've got to", "i have got to",
    "i've gotta", "i gotta", "i must", "we must", "i should", "we should", "i'll", "i will",
    "we'll", "we will", "i'm going to", "i am going to", "we're going to", "i promised to",
    "i promised", "i promise to", "i said i'd", "i said i would", "i agreed to", "i ought to",
    "i'd better", "i better", "remember to", "remind me to", "don't forget to",
    "do not forget to", "make sure to", "make sure i", "must remember", "note to self to",
    "i want to make sure", "i'll need to", "i still need to", "i really need to",
    "i also need to", "we also need to", "remind myself to", "action for me",
    "action point", "action on me", "i said i'll", "i said i will", "i told him i'd",
    "i told her i'd", "i told them i'd", "i told him i would", "i told her i would",
    "i offered to", "i've promised", "i have promised", "i've said i'd", "i've agreed to",
    "i must remember", "i need to remember to", "asked me to", "did ask me to", "wants me to",
    "wanted me to", "asked if i could", "asked whether i could", "asked me if i could",
    # The request put as a question: "asked if I can give Sam a lift", "asked if I'd read".
    *(
        f"{ask} {conj} i{modal}"
        for ask in ("asked", "asks", "asked me", "asks me", "'s asked", "has asked")
        for conj in ("if", "whether")
        for modal in (" can", "'d", " would", " could", "'ll", " will")
    ),
    # A request from more than one: "they want me to come in", "the school want us to".
    "want me to", "want us to",
    "i'll have to",
    "i've got to", "my job to", "on me to", "reminder to", "reminder for me to",
    "i'm supposed to", "i am supposed to",
    "i volunteered to", "i've volunteered to", "i'm meant to", "i am meant to",
    "i also have to", "i also must", "i'll also", "i really must", "i should also",
    "i must also", "i also should", "i'll also need to", "i need to also", "i owe",
    "don't let me forget to", "do not let me forget to", "mustn't forget to",
    "must not forget to", "can't forget to", "cannot forget to", "i can't forget to",
    # Whisper's "gotta"/"gonna", the plural, and the British "I'm to ask them".
    "we've got to", "we've gotta", "we gotta", "i'm gonna", "we're gonna", "i'm to",
    "i am to", "we're to",
    # The north's, Scotland's and Ireland's "I've to ring the housing", "we've to be out by ten"
    "i've to", "we've to", "ive to",
    # Said with weight: "What I do need to do is put a form in", "I do have to ring him"
    "i do need to", "we do need to", "i do have to", "we do have to",
    # A request made of the speaker among others: "she wants one of us to take her in".
    "wants one of us to", "asked one of us to", "needs me to", "would like me to",
    "wants everyone to", "asked everyone to", "wants us all to", "asked us all to",
    "'d like me to",
    # "I want to ask Sam about it": a want that is a task, said with a command verb.
    *(f"i want to {verb}" for verb in sorted(CLAUSE_COMMANDS)),
    *(
        f"i want to {adverb} {verb}"
        for adverb in ("finally", "really", "just", "also", "definitely")
        for verb in sorted(CLAUSE_COMMANDS)
    ),
    # A promise said again, or meant for a while: "I also said I'd pay Sol back", "I did say
    # I'd help", "I keep meaning to ring Aunt Sal", "I've been meaning to clear the loft".
    "i also said i'd", "i also said i would", "i also promised", "i did say i'd",
    "i did promise", "i keep meaning to", "i've been meaning to", "i have been meaning to",
    # Two subjects: "Lenny and I are going to paint the fence".
    "and i are going to", "and i are gonna",
    # A promise the speaker made with someone: "we said we'd meet Thursday to swap".
    "we said we'd", "we said we would", "we agreed to", "we've agreed to", "we promised to",
    # ... or for the two: "Eif and me are on the grant, so I said we'd have it drafted"
    "i said we'd", "i said we would", "i said we'll", "i've said we'd",
    # A name put down for a rota or a shift: "she's after helpers on the 30th and I put my
    # name down"
    "i put my name down", "i've put my name down", "i put our names down",
    "i've put our names down",
    # Typed or transcribed without apostrophes: "ill need to", "ive got to", "im going to";
    # "ill" alone is a word ("she's ill"), so only with what follows.
    "ill need to", "ill have to", "ive got to", "ive gotta", "im going to", "im gonna",
    "i said id", "i said ill", "ive promised", "ill also need to", "dont forget to",
    "promised id", "promised i'd",
    *PROMISED_BEFORE,  # "I'd promised Mabel a trip, so we're going Saturday"
    *(f"{who} {undone}" for who in ("i", "we") for undone in UNDONE),
    "i've still not", "we've still not",
    # "i said fine ill tell dee today"
    *(f"ill {verb}" for verb in sorted(CLAUSE_COMMANDS | {"tell"})),
    # A word between the subject and its need: "we all need to", "Tendai and I still owe Colm".
    *(
        f"{who} {adverb} {need}"
        for who in ("i", "we")
        for adverb in ("still", "all", "both", "really", "definitely")
        for need in ("need to", "have to", "must", "owe", "'ve got to", "'ve gotta", "ought to")
    ),
)  # fmt: skip
# "I told Marcus I'd look at his CV" (or, the "I" dropped, "Told Marcus I'd"): a promise with
# the person inside it.
TOLD = re.compile(
    r"(?:\bi |^\W*)(?:told|promised|assured|said to) (?:\w+ ){1,3}?"
    r"(?:i'd|i would|i'll|i will|that i'd|we'd|we would|id)\b",
    re.I,
)
# A request put as a question, with when it was asked between: "Jago asked me on Friday if I
# could cover his shift" (`COMMIT_PHRASES` hold the words said together).
# So is one reported as the question put ("Kath said can I drop the tickets round by Friday",
# "Jenny wants to know if I can do teas on Sunday"); not the speaker's own ("I said can I").
ASKED_IF = re.compile(
    r"\b(?:asked|asks) (?:me|us)\b[^.,;?]{1,30}?\b(?:if|whether) (?:i|we)"
    r"(?: could| can|'d| would| might)\b|"
    r"(?<!\bi )(?<!\bwe )\b(?:said|says|asked|asks|asking),? (?:can|could|would) (?:i|we)\b|"
    r"\b(?:wants|wanted|wanting) to know (?:if|whether) (?:i|we)(?: could| can|'d| would)\b",
    re.I,
)
# Promises made to someone ("I said I'd mull it over"): they concern the person just named.
PROMISE_PHRASES = {
    "i promised to", "i promised", "i promise to", "i said i'd", "i said i would",
    "i said i'll", "i said i will", "i agreed to", "i offered to", "i've promised",
    "i have promised", "i've said i'd", "i've agreed to", "i volunteered to",
    *PROMISED_BEFORE,
}  # fmt: skip
# "Nothing to do here", "No actions from this one": said to rule out a follow-up.
NO_ACTION = re.compile(
    r"^(?:nothing|no actions?|no follow|none)\b|"
    r"\bnothing (?:for me |(?:i|we) (?:need|have|must|'ve got|got) )?to (?:do|follow)|"
    r"\bno actions?\b|\b(?:write|jot|note) (?:that|it|this) down\b|"
    r"\b(?:say|said|get) (?:this|it) (?:out loud|off my chest)\b",  # the memo itself
    re.I,
)
# "Action for Sam, not me: ...": a heading that gives the action to someone else. "Says I
# should come along": an invitation reported, which the speaker has not taken up.
NOT_MINE = re.compile(
    r"\baction(?: points?)? (?:for|on) (?!me\b|myself\b|us\b)[\w'’-]+(?: [\w'’-]+)?,? not me\b|"
    r"\b(?:says|said|reckons|thinks|thought) (?:that )?i should (?:come|go|pop|tag) along\b|"
    r"\b(?:says|said|reckons|thinks|thought) (?:that )?i should (?:join|come to)\b|"
    # "..., that's for the committee, not me personally", "that's her job, not mine"
    # (Scots "no me": "Femi can nag him about that, no me")
    r",\s*(?:not|no) (?:me|mine|my (?:job|problem|call))(?: personally)?\W*$|\bnot mine to\b|"
    # "Not my job to get him up, he's fifteen", "it's not on me to chase them"; not "not my
    # job to do it, but I'll do it anyway"
    r"\bnot (?:my|our) (?:job|place|problem|responsibility|department|call) to\b"
    r"(?![^.;?]*\bbut,? (?:i|i'll|i've)\b)|\bnot (?:up to|on) me to\b|"
    # "Somebody should ring the fire service, but not me, I've enough on"
    r",\s*but not (?:me|mine|by me)\b|"
    # "..., but that's him, not me, he's eighteen": whose it is, said mid-sentence
    r"\b(?:that's|that is|it's|that's for) (?:him|her|them|[A-Z][\w'’-]*),? not (?:me|mine)\b|"
    # "Val says I should get a cab, which, no, I'm driving her, that's not happening": refused
    r"\b(?:that's|that is|it's) not (?:happening|going to happen|gonna happen)\b|"
    # "action for me, um, no, actually that's Dora's job"; not "that's Siw's job, but I said
    # I'd scan them in for her": taken on all the same
    # (not "so that's tonight's job": a day's, the speaker's)
    r"\b(?:that's|that is|it's) "
    rf"(?:(?!(?:today|tonight|tomorrow|{WEEKDAY_WORDS})'s)[A-Z][\w-]*'s|his|her|their)"
    r" (?:job|responsibility|department)\b(?![^.;?]*\bbut,? (?:i|i'll|i've)\b)|"
    # "she wants the subs by the 28th, which I paid last week, so that's done": done already
    r"(?:,|\bso|\band)\s+(?:that's|that is|it's) (?:all )?(?:done|sorted|paid|dealt with)"
    r"(?: now| already)?\W*$|"
    # "she wants the trophy money by the first, but Delroy said he'll pay it, so nothing for
    # me there": said to be no one's task of the speaker's
    r"\bnothing (?:for me|on me|i need to do) (?:there|then|on (?:that|this)|to do)\b|"
    # "the caretaker wants the chairs stacked by Friday, Desmond's sorting it": someone has it
    r",\s*(?!(?:i|i'm|nobody|no one|someone|somebody|nobody else|no)\b)[\w’-]+(?:'s| is)"
    r" (?:on it|sorting (?:it|that)|dealing with (?:it|that)|doing (?:it|that)|handling it)\W*$|"
    # "get the health visitors in for a drop-in, Ruth might do it": someone else may take it
    # on; not "ring Ruth, she might do it", a task of asking her
    r",\s*(?:or\s+)?(?!(?:i|we|he|she|they|you|it|this|that|these|those|which|nobody|no one)\b)"
    r"[A-Z][\w’'-]*"
    r" (?:might|may|could|can|will) (?:do|sort|take) (?:it|that|this)(?: on)?\b",
    re.I,
)
# A task taken back as it is said because it is done or someone else has it in hand: "I need
# to ring the bank, oh no, wait, Sam already did it", "Must email Priya, actually no, Dev's
# already sent it", "..., no, wait, I already did it on Friday", "I said I'd ring Doug, no,
# scratch that, Doug's ringing me tomorrow", "... but Margaret's already done it", "Must book
# the hall, actually no, scratch that". Not "I need to thank Sam, she already sent the cake":
# the deed done must be "it" or "that", the task itself. `CANCELLED_NEXT` is the same said as
# the next sentence ("Pick up the prescription. Oh wait, Len picked it up this morning.",
# "Text Rosie. Actually no, forget that, she's coming round tonight").
_OTHER = (
    r"(?!(?:i|i've|i'd|i'm|ive|we|we've|you|it|that|this|there|which)\b)"
    r"(?:(?:my|the|our|his|her|their)\s+)?[a-z][\w-]*"
)
_DEEDS = (
    r"done|did|sent|sorted|rang|rung|phoned|called|emailed|texted|paid|booked|posted|picked"
    r"|bought|got|fixed|dealt with|handled|cancelled|ordered|returned|signed|collected|asked"
    r"|told|brought|taken|took|filled|put"
)
_DONE_BY = (
    r"(?:i|we|" + _OTHER + r")(?:'s|’s|'ve|’ve|\s+has|\s+had|\s+have)?\s+(?:already\s+)?"
    r"(?:" + _DEEDS + r")\s+(?:it|that|them|this)\b"
)
_CORRECTION = r"(?:oh no|no|wait|hang on|hold on|actually|oh|sorry|um|er|hmm)"
_SCRATCH = r"\b(?:scratch|forget|ignore) that\b"
CANCELLED = re.compile(
    r",\s*(?:" + _CORRECTION + r"\W+)*(?:oh no|no|wait|hang on|hold on|actually)\W+"
    r"(?:" + _CORRECTION + r"\W+)*" + _DONE_BY + "|"
    r"\b(?:but|and)\s+" + _OTHER + r"(?:'s|’s|\s+has|\s+had)?\s+already\s+(?:" + _DEEDS + r")"
    r"\s+(?:it|that|them|this)\b|"
    + _SCRATCH
    + r"\W+(?:"
    + _CORRECTION
    + r"\W+)*"
    + _OTHER
    + r"(?:'s|’s|\s+is|\s+will|'ll|’ll)\s+(?:[a-z]+ing|going to|on it|doing it)\b|"
    + _SCRATCH
    + r"\W*$",
    re.I,
)
# Someone else has it in hand, said after a correction: "Actually no, Morag's sending that
# out", "no, wait, Mrs Doull's doing it".
_TAKEN_ON = (
    r"(?!(?:i|i'm|we|we're|you|it|that|this|there|which)\b)(?:[\w-]+\s+)?[\w-]+"
    r"(?:'s|’s|\s+is|\s+will|'ll|’ll)\s+(?:already\s+)?"
    r"(?:[a-z]+ing\s+(?:it|that|them|this)\b|going to do (?:it|that)\b|on it\b)"
)
CANCELLED_NEXT = re.compile(
    r"^\W*(?:(?:and|but|so|" + _CORRECTION[3:-1] + r")\W+)+(?:" + _DONE_BY + "|" + _SCRATCH + ")"
    r"|^\W*(?:(?:and|but|so)\W+)*(?:oh no|no|wait|hang on|hold on|actually)\W+"
    r"(?:" + _CORRECTION + r"\W+)*" + _TAKEN_ON,
    re.I,
)

# A promise taken back in the same breath ("I said I'd think about it, no promises"), one
# left to some day ("we should, at some point") or made only if the speaker is free ("I'll go
# if I'm not on an airport run", "I'll pop in if I get a chance"): a hedge, not a task.
# "If I can" stays a promise ("email the office by Friday if I can"): it says how, not whether.
HEDGED = re.compile(
    r"\bno promises\b|\bnot promis(?:ing|ed)\b|\bcan'?t promise\b|\bnot committing\b|"
    r"\b(?:should|could|might|ought to|maybe|perhaps)\b[^.;]*\b(?:at some point|some ?day|"
    r"one day|one of these days|some ?time(?! (?:this|next|today|tomorrow|on|by|before)\b))|"
    r"\bif i'?m (?:not (?:on|at|in|working|busy|too|driving|out|away|stuck|doing)\b|free\b|"
    r"around\b|about\b|available\b|off\b|back in time\b)|"
    r"\bif i(?:'ve| have)? (?:get|got|have|find) (?:the |a )?(?:time|chance|minute|moment)\b|"
    # "Oh, never mind, I'll sort it out nearer the time": left to a time not yet said
    r"\b(?:nearer|closer to) the (?:time|day|date)\b|"
    # "I told Barry I'd maybe do the planters", "I'll maybe look into a stall": the promise
    # hedged inside its own words; "I'll do the course another time": left to no day
    r"\bi(?:'d|'ll| would| will) maybe\b|"
    r"\b(?:another|some other) time\b(?! (?:this|next|today|tomorrow|on|by|before)\b)|"
    # "they say within twenty-eight days, which, I'll believe it when I see it": doubt, no deed
    r"\bbelieve it when i see it\b",
    re.I,
)
HEDGE_OPENS = re.compile(
    r"\W*(?:(?:but|and|so|um|er|well)\W+)*(?:not committing|no promises|not promising)\b", re.I
)
# The same said just after a promise, taking it back: "I said I'd look at it | but I'm not
# promising anything".
HEDGE_AFTER = re.compile(
    r"\W*(?:(?:um|er)\W+)*but\W+(?:(?:um|er)\W+)*(?:i'?m |i am )?"
    r"(?:not committing|no promises|not promising)\b",
    re.I,
)
# "Said we should get the families together": a suggestion reported, with no day to it. So is
# advice given the speaker ("Rosa says I should apply for it", "the GP told me I ought to cut
# down") and nagging ("Mum keeps saying I should get the boiler looked at", "she's always
# telling me I need to slow down"): their view, which the speaker has not taken on. Not a
# request of the one who said it ("Marta said I should email her the details").
SUGGESTED = re.compile(
    r"\b(?:said|says|reckons|reckoned|thinks|thought|suggested)(?: that)? we should\b|"
    r"\b(?:said|says|saying|suggested|suggests|tells me|told me|telling me|reckons|reckoned|"
    r"thinks|thought)(?: that)? i (?:should|ought to)\b(?![^.;]*\b(?:her|him)\b)|"
    r"\b(?:keeps|kept|keep|always|forever) (?:saying|telling me|on at me)(?: that)? i "
    r"(?:need to|must|have to|'ve got to|'ve gotta)\b(?![^.;]*\b(?:her|him)\b)",
    re.I,
)
# A memo that says its ideas are not decided: an undated command in it is an idea.
UNDECIDED = re.compile(
    r"\bnot deciding\b|\bnothing (?:is |'s )?decided\b|\bnone of (?:this|it|these|them) (?:is|are)"
    r" decided\b|\bnothing to do yet\b|\bjust (?:ideas|thoughts|thinking)\b|\bhaven'?t decided\b",
    re.I,
)
# A memo headed as ideas: in it, asking whether someone would do a thing is one more idea ("Ideas
# for the toddler group. One, singing. Two, ask the library if they'd do a story time"); a
# task given there ("Three, get Lidia to do the bunting") is still a task.
IDEAS_HEADED = re.compile(
    r"(?:^|[.!?:]\s+)(?:(?:right|ok|okay|so|um|er|erm)\W+)*(?:some |a few |a couple of |my |"
    r"random )?(?:ideas|thoughts) (?:for|on|about)\b",
    re.I,
)
ASK_WHETHER = re.compile(
    r"\bask\b[^.;]{0,60}?\b(?:if|whether)\s+(?:they|he|she|it|we)(?:'d|\s+would|\s+could|\s+might)\b",
    re.I,
)
NO_ACTION_SAID = re.compile(
    r"\bno actions?\b|\bnothing (?:for me )?to (?:do|follow)|\bjust (?:thoughts|ideas)\b", re.I
)
# A sentence that is only that: "No actions.", "Right, nothing to do." (what follows it undated
# is a sign-off, "Go to work.", not a task).
NONE_SAID = re.compile(
    r"\W*(?:(?:right|so|ok|okay|um|er|anyway)\W+)*(?:no actions?|nothing to do|no follow-?ups?)"
    r"(?: (?:today|here|there))?\W*$",
    re.I,
)
# "Get him to write it down for me" is a task; "I should write that down" is not.
SOMEONE_WRITES = re.compile(r"\b(?:him|her|them|someone|somebody) to (?:write|jot|note)\b", re.I)
# "To-do list for next week." makes every line after it a follow-up.
# A heading said on its own ("Action for me.", "Note to self."): the promise comes next.
# Whisper runs it on from a few words of preamble with a comma: "Okay, this week, note to
# self, Tuesday, book ..." (up to four words, none a command).
# A note addressed to oneself, however it is put: "note to self", "note for me", "reminder
# for myself", "memo to self", "note for later" (a note kept for later is kept for oneself).
SELF_NOTE = (
    r"(?:notes?|memo|reminders?) (?:to|for) (?:self|me|myself|later)|reminder"
    r"|remind (?:me|myself)"  # "remind myself, Tuesday, Mrs Lott's bins"
    # "Remind myself Thursday, ring the council": the day said with it
    rf"(?: (?:on )?(?:{WEEKDAY_WORDS}|today|tonight|tomorrow)"
    r"(?: (?:morning|afternoon|evening|night))?)?(?= *[,:.-]| *$)"
)
HEADER_ONLY = re.compile(
    r"^(?:(?P<lead>(?:[\w'’-]+[,\s]+){1,4}?)[,;]?\s*)?"
    rf"(?:action(?: point)?s?(?: for me| (?:from|of) [^.,:;]{{1,50}})?|{SELF_NOTE}|to-?do|todo)"
    r"[.:!,]?$",  # "Action points from the residents' meeting."
    re.I,
)
# The same heading said in front of the command, in one sentence.
HEADING = re.compile(rf"(?:{SELF_NOTE}|action(?: point)? for me)\s*[:,.-]", re.I)
# A list's heading said in front of its first line: "Jobs: mend the gate, ring the council",
# "To do, clean the car", "Things to do this weekend: paint the shed".
LIST_HEADING = re.compile(
    r"(?:(?:my |the )?jobs|things to do|to-?do(?: list)?|to do(?: list)?)"
    r"(?: (?:for )?(?:today|tonight|tomorrow|(?:the|this|next) (?:week|weekend)))?\s*[:,-]",
    re.I,
)
LIST_END = re.compile(
    r"^(?:that's (?:it|all)|that is (?:it|all)|anyway|right,? that's|okay\.?$)", re.I
)
LIST_HEADER = re.compile(
    r"\b(?:to-?do|todo|to do list|jobs for|things to do|actions for|"
    rf"(?:{WEEKDAY_WORDS}|today's|tomorrow's) list|"
    r"list for (?:the |this |next )?(?:week|weekend|tomorrow|today))\b"
    # "To do today." said as a heading (not "nothing to do today"): at a sentence's start
    r"|(?:^|(?<=[.!?] ))to do (?:today|tonight|tomorrow)\b",
    re.I,
)
# The day a list's heading gives its lines: "To do today.", "Phone call list for today",
# "Tomorrow's list", "Monday list" (said on the Monday, that day).
LIST_DAY = re.compile(
    rf"\b(today|tonight|tomorrow|{WEEKDAY_WORDS})"
    r"(?:'s)?(?= list\b)|(?<=\bfor )(today|tonight|tomorrow)\b"
    r"|(?<=to do )(today|tonight|tomorrow)\b",
    re.I,
)

# A line of a list opened by its day: "Monday: PTA meeting at half three, email Sam",
# "Tuesday, collect the leaflets"; the day holds for the line's tasks until its full stop.
DAY_LABEL = re.compile(
    r"^\W*(?:(?:and|then|so|um|er|erm|oh|right|okay|ok)\W+)*"
    rf"({WEEKDAY_WORDS}|today|tonight|tomorrow)"
    r"\s*(?:[:,;-]|$)",
    re.I,
)

# At the start of a sentence (after fillers), with the "I" dropped: "Need to call Tom."
SUBJECTLESS = (
    "need to", "have to", "got to", "gotta", "must", "should", "going to", "todo", "action",
    "must remember to", "remember to", *UNDONE,
    # "Said I'd have a look at Enid's laptop", "promised I'd ring Gus": the "I" dropped
    "said i'd", "said i would", "said i'll", "said i will", "promised i'd", "promised to",
    # Whisper's lower-case run-on without the apostrophe: "said id email him by friday"
    "said id", "promised id",
    # Said as people say them: "Gonna have to chase the landlord", the Scots "Mind and phone
    # Grant" (remember to), "Better give Dilys a bell" (I'd better); a verb must follow
    "gonna", "mind and", "better",
)  # fmt: skip
# Of `SUBJECTLESS`, those that are a task only with a verb after them: not "Better late than
# never", "Mind and body class", "Gonna be a long day".
VERB_AFTER = {"gonna", "mind and", "better"}
# After an undone task's words, news awaited or a thing only said, not a task: "I still
# haven't heard back", "forgot to say, ...".
# "haven't got the form": a thing not had, not a deed.
NOT_UNDONE = {"heard", "had", "been", "decided", "say", "mention", "mentioned", "said", "got"}
# The words of a task left undone (`UNDONE`), said anywhere in a clause.
UNDONE_SAID = re.compile(rf"\b(?:{'|'.join(map(re.escape, UNDONE))})\b|'ve still not\b", re.I)

DAY_WORDS = {"today", "tonight", "tomorrow"}

# A task ticked off as it is read out: "Monday, ring Tobias, done actually, I rang him this
# morning", "Fenella's passport form, done, sent it off yesterday", "Sign Ottilie up, done."
DONE_SAID = re.compile(
    r",\s*(?:(?:that's|that is|all|already)\s+)?done(?:\s+(?:actually|already|now|that))?"
    r"\s*(?:[,.!;]|$)|"
    # "and sign the consent form, which I did there and then": done as it was asked
    r",\s*which i(?:'ve| have)? (?:already )?(?:did|done)(?: (?:it|that))?"
    r"(?: (?:there and then|already|straight away|on the spot|yesterday|this morning|earlier))?"
    r"\s*(?:[,.!;]|$)",
    re.I,
)
# A debt or a thanks with no deed to it: "we all owe Toby forty quid each for the heaters",
# "I owe him massively", "I really owe her one". Not "I owe Aisha a call" (a call to make),
# nor "I still owe them the twelve pounds, must pay it today" (a deed said with it).
OWED_ONLY = re.compile(
    r"\bowe (?:\w+ ){0,2}?(?:"
    r"(?:massively|hugely|big time|loads|a lot|so much|one|a favour|a big favour)\b|"
    r"(?:about |like |around )?(?:£\s?\d[\d,.]*|\d[\d,.]* ?(?:quid|pounds?|p)\b|"
    r"(?:a |an |the )?[\w-]+ (?:quid|pounds?|grand)\b|a tenner|a fiver))"
    r"(?![^.;]*\b(?:must|need|have to|'ve got to|gotta|i'll|i will|pay|give|transfer|send|"
    r"remind|by|before)\b)",
    re.I,
)

ALSO_DO = re.compile(r"\W*(?:(?:oh|and|um|er)\W+)*also,?\s+[a-z]+\b", re.I)
# A second command joined on to a task: "email him the scan, | and copy in Breege".
AND_DO = re.compile(r"\W*(?:and|then|and then)\W+(?:(?:um|er)\W+)*[a-z]+\b", re.I)

WEEKDAYS = set(WEEKDAY_NUMBER)


@dataclass(frozen=True)
class Found:
    text: str
    due: dt.date | None
    person: str | None
    start_char: int


def commitment_matcher(nlp: Any) -> Any:
    """A PhraseMatcher (lower-case) for the commitment phrases."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    phrases = list(COMMIT_PHRASES)
    # Whisper writes both "I'll" and "I will"; tokenised the same way as the text.
    matcher.add("COMMIT", [nlp.make_doc(p) for p in phrases])
    matcher.add("SUBJECTLESS", [nlp.make_doc(p) for p in SUBJECTLESS])
    return matcher


def _heading_only(text: str) -> bool:
    """A clause that is only a to-do heading, perhaps after a few words of preamble."""
    m = HEADER_ONLY.match(text)
    if not m or not m["lead"]:
        return m is not None
    said = [w.lower() for w in re.findall(r"\w+", m["lead"]) if w.lower() not in PREAMBLE]
    if not said:
        return True  # "So action for me,": only a filler before it
    return "," in m["lead"] and not any(w in ACTION_VERBS for w in said)


def _list_day(text: str, today: dt.date) -> dt.date | None:
    """The day a list's heading dates its lines by ("Phone call list for today"), or None."""
    m = LIST_DAY.search(text)
    return label_day(next(g for g in m.groups() if g), today) if m else None


# Words that open a memo without saying anything ("Okay, so, this week, ...").
PREAMBLE = {"right", "ok", "okay", "so", "now", "um", "er", "erm", "well", "anyway", "and"}


# A reminder to oneself of a thing rather than a deed: "Don't forget the permission slip",
# "packed lunch, mustn't forget" ("don't forget to ring" is a commitment phrase).
FORGET = re.compile(
    r"^\W*(?:(?:and|also|oh|so|um|er)\W+)*(?:(?:i|we)\s+(?=must))?"
    r"(?:don'?t|do not|mustn'?t|must not|can'?t|cannot)\s+(?:let me\s+)?forget"
    r" (?:the|my|his|her|their|our|your|a|an|[A-Z][\w-]*'s)\b|"  # "mustn't forget Gran's pills"
    r",\s*(?:(?:and|so|um|er)\W+)*(?:don'?t|do not|mustn'?t|must not)\s+forget\W*$",
    re.I,
)


# The same said as a sentence of its own after the thing: "Blue bin out tonight. Do not
# forget again.", "Swimming bag. Don't forget."
FORGET_ALONE = re.compile(
    r"^\W*(?:(?:and|also|oh|so|um|er|please)\W+)*(?:don'?t|do not|mustn'?t|must not)\s+"
    r"forget(?:\s+(?:again|it|that|this|them|now|this time))?\W*$",
    re.I,
)


_SOME_DAY = dt.date(2000, 1, 3)  # only whether, and which, dates are said is asked of it


# What a promise says it will do to the thing just spoken of: "send it", "write that".
IT = {"it", "that", "this", "them"}

HEDGED_AT_END = re.compile(
    r"(?:,|\bwhich|\band)\s+i might(?: (?:leave|skip) (?:that|it)| give (?:that|it) a miss)?\W*$"
    r"|\bnot sure yet\W*$"
    # "I'll ring the paper about it, maybe.": the maybe said after it; "..., maybe not"
    r"|,\s*(?:maybe|perhaps)(?: not)?\W*$"
    # "Ideas for the money, maybe new books, maybe not, we'll talk": nothing decided
    r"|\b(?:maybe|perhaps)\b[^.;]*,\s*we'?ll (?:talk|see|discuss it|talk about it)\W*$"
    # "We should do one in the park, I might suggest it", "I should ask, I might, I don't know",
    # "I'll try but I might not make it, depends on work": taken back as it is said
    r"|,\s+i might \w+ (?:it|that|them|him|her)\W*$"
    r"|\bi might,? (?:i )?(?:don'?t know|dunno|we'll see)\W*$"
    r"|\bbut,? i might not\b"
    # "I should really get fit, but, you know": the wish shrugged off as it is said
    r"|\b(?:should|ought to|could)\b[^.;]*\bbut,? (?:you know|hey|who knows)\W*$",
    re.I,
)
