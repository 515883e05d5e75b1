"""English word lists for finding quotations and their speakers (rules: ``annotate/quotes.py``).

General language knowledge only: nothing here names a topic, an outlet or a person. Every
word is lowercase and compared with the text lowercased (accents kept).
"""

from __future__ import annotations

from .people_en import ELDER_WORDS, YOUNGER_WORDS

# --------------------------------------------------------------------------- speech verbs

#: Verbs that introduce or attribute reported words: "…," she *said*; X *told* Reuters, "…".
#: Regular verbs are listed by their base form and inflected by :func:`_inflect`.
_REGULAR_VERBS = (
    "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce", "answer",
    "applaud", "argue", "ask", "assert", "assure", "beg", "blast", "boast", "brag", "call",
    "caption", "caution", "celebrate", "charge", "chat", "cheer", "cite", "claim", "clarify",
    "comment", "complain", "concede", "conclude", "confess", "confide", "confirm",
    "congratulate", "contend", "continue", "correct", "counter", "criticise", "criticize", "cry", "declare",
    "demand", "deny", "describe", "detail", "disclose", "divulge", "elaborate", "email",
    "emphasise", "emphasize", "exclaim", "explain", "express", "gush", "hail", "highlight",
    "indicate", "inform", "insist", "interject", "joke", "label", "lament", "laugh", "mention",
    "message", "muse", "note", "observe", "offer", "plead", "pledge", "post",
    "praise", "predict", "proclaim", "promise", "quip", "rave", "reason", "reassure", "recall",
    "recount", "reflect", "reiterate", "relay", "remark", "remember", "repeat", "reply",
    "report", "respond", "retort", "reveal", "scream", "share", "shout", "sigh", "slam",
    "snap", "state", "stress", "suggest", "summarise", "summarize", "tease", "term", "testify",
    "text", "thank", "tout", "tweet", "underline", "urge", "vow", "warn", "welcome", "whisper",
    "wonder", "wrap", "yell", "rule", "estimate", "object", "protest", "maintain",
    "point", "recommend", "scoff", "grumble", "rant", "fume", "reckon", "concur", "vent",
    "assess", "underscore", "stipulate", "specify", "talk", "refer", "characterize",
    "characterise", "dismiss", "brand", "decry", "denounce", "condemn", "apologize",
    "apologise", "question", "ponder", "opine", "accuse", "bark", "sob", "murmur", "smile",
    "beam", "implore", "blame", "reminisce", "lash", "recount", "assure", "mock", "scold",
    "chide", "rebuke", "insist", "gripe", "exult", "marvel", "tweet", "post", "quote",
    "mutter", "chuckle", "enthuse", "brag", "disagree", "rage", "grin", "sneer",
    # a questioner's push ("“Would you?” she pressed"), a second try
    "press", "persist", "probe",
    # a verdict given in words ('Vass pronounced it "not bad"')
    "pronounce",
    # how words are said, from a general list of verbs of speech, not from any set's errors
    # ('"Not again," she groaned', '"Who?" he stammered'). Only verbs that take no object: a
    # verb that does makes its quoted object a quotation ('bemoaned the "red tape"', 'jeered
    # at the "Lopez plan"', 'recited "The Raven"'), so not bemoan, jeer, taunt, heckle,
    # propose, recite, rebut, refute, interrupt, roar, howl…; nor "shrug", which moved a
    # speaker on the readable sets
    "gasp", "groan", "growl", "hiss", "holler", "mumble", "snarl", "snort", "stammer",
    "stutter", "wail", "whine", "sputter", "splutter", "drawl", "intone", "fret",
    "speculate", "theorize", "theorise", "surmise", "inquire", "enquire", "gloat", "chortle",
    "cackle", "snicker", "titter", "guffaw", "whinge", "bellow", "seethe", "blurt", "babble",
    "shriek", "bawl", "moan",
)

#: Verbs whose consonant doubles before -ed and -ing (admitted, quipping).
_DOUBLING = frozenset({"admit", "beg", "chat", "quip", "slam", "snap", "wrap", "sob", "brag",
                       "grin", "fret"})

#: Irregular verbs: every form written out.
_IRREGULAR_FORMS = (
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "write", "writes", "wrote", "written", "writing",
    "speak", "speaks", "spoke", "spoken", "speaking",
    "read", "reads", "reading",
    "begin", "begins", "began", "begun", "beginning",
    "labelled", "labelling",
    "swear", "swears", "swore", "sworn", "swearing",
    "weep", "weeps", "wept", "weeping",
)


def _inflect(verb: str) -> tuple[str, ...]:
    """Base form, third person, past (and participle) and -ing form of a regular verb."""
    if verb in _DOUBLING:
        stem = verb + verb[-1]
        return verb, verb + "s", stem + "ed", stem + "ing"
    if verb.endswith("ee"):
        return verb, verb + "s", verb + "d", verb + "ing"
    if verb.endswith("e"):
        return verb, verb + "s", verb + "d", verb[:-1] + "ing"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb, verb + "es", verb + "ed", verb + "ing"
    return verb, verb + "s", verb + "ed", verb + "ing"


SPEECH_VERBS: frozenset[str] = frozenset(
    form for verb in _REGULAR_VERBS for form in _inflect(verb)
) | frozenset(_IRREGULAR_FORMS)

#: See ``quotes_fr.FEMININE_PLURALS`` (English plural pronouns have no gender).
FEMININE_PLURALS: frozenset[str] = frozenset()

#: See ``quotes_fr.QUIET_BODY_NOUNS``.
QUIET_BODY_NOUNS: frozenset[str] = frozenset()

#: See ``quotes_fr.SPEECH_INFINITIVES`` (English attributions inside the marks are not
#: looked for word by word).
SPEECH_INFINITIVES: frozenset[str] = frozenset()

#: Words that may stand between a speaker and the speech verb: "she *later* said",
#: "Jones *has* said", "X *would* tell". They are skipped when looking for the speaker.
SKIP_WORDS: frozenset[str] = frozenset({
    "also", "again", "already", "back", "recently", "previously", "later", "earlier", "then",
    "once", "simply", "just", "finally", "further", "quickly", "famously", "reportedly",
    "allegedly", "publicly", "proudly", "candidly", "bluntly", "jokingly", "tearfully",
    "has", "had", "have", "would", "will", "could", "did", "does", "do", "is", "was", "were",
    "are", "been", "being", "to", "went", "go", "goes", "on", "out", "up", "not", "even",
    "since", "first", "herself", "himself", "themselves", "only", "briefly", "repeatedly",
    "angrily", "firmly", "flatly", "openly", "privately", "quietly", "calmly", "never", "often", "always", "still", "now", "long",
})

#: Words skipped only when written in lowercase, as they are surnames too ("Taylor Swift told",
#: "Sarah Quick said"): "was quick to point out", "was careful to add", "was keen to stress".
LOWERCASE_SKIP_WORDS: frozenset[str] = frozenset({"quick", "careful", "keen", "eager", "anxious"})

# --------------------------------------------------------------------------- speakers

#: Subject pronouns and their gender: f, m, or p (plural or unknown: "they").
PRONOUNS: dict[str, str] = {"she": "f", "he": "m", "they": "p", "it": "n"}

#: Determiners opening a noun phrase: (grammatical gender or None, definite?).
DETERMINERS: dict[str, tuple[str | None, bool]] = {
    "the": (None, True), "this": (None, True), "that": (None, True), "these": ("p", True),
    "those": ("p", True), "a": (None, False), "an": (None, False), "one": (None, False),
    "another": (None, False), "some": ("p", False), "two": ("p", False),
    "several": ("p", False),
}

#: Possessive determiners: "her spokesperson", "his lawyer" (never the speaker themself).
POSSESSIVES: frozenset[str] = frozenset({"his", "her", "their", "its"})

#: Bodies that speak, among the source nouns: never a person a pronoun takes up ("The airline
#: said …; she added" is someone else), see ``THING_SOURCES``.
BODY_NOUNS: frozenset[str] = frozenset({
    "brand", "retailer", "chain", "airline", "carrier", "carmaker", "automaker",
    "manufacturer", "startup", "start-up", "charity", "federation", "embassy", "hospital",
    "clinic", "university", "insurer", "bank", "lender", "broadcaster", "platform",
    "foundation", "institute", "regulator", "watchdog", "utility", "supermarket", "league",
})

#: Speakers that are not named people; the noun phrase is kept as the quote's label.
SOURCE_NOUNS: frozenset[str] = frozenset({
    "source", "sources", "insider", "insiders", "spokesperson", "spokespeople", "spokesman",
    "spokeswoman", "spokesmen", "spokeswomen", "representative", "representatives", "rep",
    "reps", "publicist", "aide", "aides", "official", "officials", "friend", "friends", "pal",
    "confidant", "confidante", "witness", "witnesses", "eyewitness", "observer", "statement",
    "report", "reports", "website", "site", "release", "memo", "letter", "post", "tweet",
    "slide", "slides", "deck", "presentation", "spreadsheet", "transcript", "email", "emails",
    "text", "texts", "messages", "notice", "minutes", "log", "logbook", "journal", "paper",
    "caption", "message", "note", "agency", "department", "ministry", "office", "police",
    "company", "firm", "team", "campaign", "organization", "organisation", "group", "network",
    "outlet", "newspaper", "magazine", "documents", "document", "filing", "lawsuit", "court",
    "organizers", "organisers", "experts", "critics", "fans", "users", "relative", "relatives",
    "neighbor", "neighbour", "neighbors", "neighbours", "employee", "staffer", "staff",
    "member", "members", "person", "people", "someone", "bureau", "administration",
    "government", "council", "city", "county", "state", "union", "board", "commission",
    "committee", "prosecutors", "prosecutor", "authorities", "resident", "residents", "worker", "workers", "employees", "analyst", "analysts", "economist", "economists", "expert", "researchers", "study",
    "survey", "poll", "ruling", "decision", "opinion", "order", "judgment", "judgement",
    "complaint", "indictment", "affidavit", "figures", "data", "directors", "management",
    "organizer", "organiser", "parent", "parents", "student", "students", "teacher",
    "teachers", "doctor", "doctors", "officer", "officers", "investigators", "investigator",
    "negotiator", "negotiators", "lawmakers", "senators",
}) | BODY_NOUNS  # bodies that speak ("The airline said it had …")


#: Documents whose author is the possessor: "Smith's statement read", "his tweet said".
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "statement", "tweet", "tweets", "post", "posts", "caption", "message", "letter", "note",
    "story", "stories", "email", "video", "speech", "remarks", "interview", "op-ed", "essay",
    "memoir", "book", "blog", "website", "account", "announcement", "response", "reply",
    "column", "editorial",
})
#: Written things whose author's words a colon opens when the author is named right after
#: them: "an email from Ruiz dated March 3: "…"" (the author's words, not the reader's).
AUTHORED_NOUNS: frozenset[str] = (DOCUMENT_NOUNS | frozenset({
    "emails", "text", "texts", "memo", "letters", "notes", "messages", "telegram", "card",
})) - frozenset({"account", "interview", "response", "reply", "announcement", "book",
                 "website", "story", "stories", "column", "editorial"})
#: Participles naming a written thing's author after them with "by": "a note signed by X",
#: "an email sent by X"; not "forwarded by", "passed on by".
AUTHORING_PARTICIPLES: frozenset[str] = frozenset({
    "signed", "sent", "addressed", "written", "penned", "posted", "drafted", "mailed",
})
#: ... and those that name it with "from" too ("received from X").
AUTHORING_FROM: frozenset[str] = frozenset({"received", "sent"})
#: Verbs that hold, read out, show or pass on a written thing without judging it ("read an
#: email from X dated March 3:"): its author's words follow. Not "criticised", "welcomed",
#: "dismissed the statement from X:", whose subject's own words follow.
HOLDING_VERBS: frozenset[str] = frozenset({
    "read", "reads", "reading", "quote", "quoted", "quotes", "cite", "cited", "cites",
    "received", "receives", "kept", "keeps", "show", "showed", "shows", "shown", "held",
    "holds", "produced", "produces", "released", "shared", "shares", "posted", "published",
    "obtained", "displayed", "unfolded", "found", "forwarded",
})
#: Words between a written thing and the colon that start another clause ("received a text
#: from X and called police:"): not the thing's words.
AUTHORED_CLAUSE_BREAKS: frozenset[str] = frozenset({"and", "then", "before", "with", "after"})
#: Words after "from" that open no author.
AUTHOR_ON_BEHALF: tuple[str, ...] = ()
#: Prepositions that hold their article (French « du »): none in English.
CONTRACTED_ARTICLES: frozenset[str] = frozenset()
#: Prepositions that make a written thing an adverbial, not what the colon opens: "In an
#: email from X, Y wrote:", "replied to a letter from X:".
THING_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "on", "to", "at", "for", "with", "by", "from", "after", "before", "under", "about",
    "into", "via", "despite", "against", "toward", "towards",
})

#: Titles abbreviated before a name, and the role noun each stands for: "Sen. Elena Brandt" is
#: "the senator" of the article, "Gov. X" "the governor".
ROLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator", "sens": "senator", "rep": "representative", "gov": "governor",
    "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
    "capt": "captain", "det": "detective", "supt": "superintendent", "insp": "inspector",
    "cllr": "councillor", "prof": "professor", "rev": "reverend", "pres": "president",
}

#: Nouns for people (with their gender when the word tells it): "the reality star said",
#: "the 37-year-old told". A definite description ("the star") names someone already in the
#: text; an indefinite one ("a woman") someone new.
PERSON_NOUNS: dict[str, str | None] = {
    "star": None, "superstar": None, "starlet": "f", "celebrity": None, "personality": None,
    "mogul": None, "businesswoman": "f", "businessman": "m", "entrepreneur": None,
    "founder": None, "co-founder": None, "singer": None, "rapper": None, "actress": "f",
    "actor": None, "model": None, "designer": None, "influencer": None, "icon": None,
    "host": None, "hostess": "f", "president": None, "politician": None, "senator": None,
    "governor": None, "leader": None, "executive": None, "ceo": None, "director": None,
    "attorney": None, "lawyer": None, "advocate": None, "activist": None, "candidate": None,
    "woman": "f", "man": "m", "girl": "f", "boy": "m", "lady": "f", "gentleman": "m",
    "mother": "f", "father": "m", "mom": "f", "mum": "f", "dad": "m", "wife": "f",
    "husband": "m", "daughter": "f", "son": "m", "sister": "f", "brother": "m",
    "grandmother": "f", "grandfather": "m", "great-grandmother": "f", "great-grandfather": "m",
    "grandma": "f", "grandpa": "m", "queen": "f", "king": "m", "princess": "f", "prince": "m",
    "billionaire": None, "millionaire": None, "adviser": None, "advisor": None,
    "secretary": None, "minister": None, "mayor": None, "judge": None, "author": None,
    "writer": None, "journalist": None, "reporter": None, "producer": None, "musician": None,
    "athlete": None, "player": None, "coach": None, "inmate": None, "prisoner": None,
    "veteran": None, "socialite": None, "diva": "f", "fiancée": "f",
    "fiancé": "m", "girlfriend": "f", "boyfriend": "m", "bride": "f", "groom": "m",
}

#: Kinship nouns: "X's wife" is somebody else than X, usually already named in the text.
KIN_NOUNS: frozenset[str] = frozenset({
    "wife", "husband", "mother", "father", "mom", "mum", "dad", "daughter", "son", "sister",
    "brother", "girlfriend", "boyfriend", "fiancée", "fiancé", "partner", "ex-wife",
    "ex-husband", "widow", "widower", "grandmother", "grandfather",
    "cousin", "aunt", "uncle", "nephew", "niece", "grandson", "granddaughter", "stepson",
    "stepdaughter", "stepfather", "stepmother", "stepbrother", "stepsister",
})

#: Relation words that name the same tie: "Máire, his wife," … "his spouse".
KIN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "wife": ("spouse", "partner"), "husband": ("spouse", "partner"),
    "mother": ("mum", "mom", "mam", "ma", "mammy", "mommy", "mummy"),
    "mum": ("mother", "mom"), "mom": ("mother", "mum"),
    "father": ("dad", "da", "pa", "daddy", "pop"), "dad": ("father", "da"),
}

#: Kin nouns for a spouse (« son mari », "her husband").
SPOUSE_NOUNS: frozenset[str] = frozenset({"husband", "wife", "spouse", "partner"})

#: The relation the other side of a possessed relation holds, by that person's gender: "His
#: son, Bastien," makes the possessor the father the article means by "the father" later.
INVERSE_KIN: dict[str, dict[str, str]] = {
    **{key: {"m": "father", "f": "mother"} for key in ("son", "daughter", "child")},
    **{key: {"m": "grandfather", "f": "grandmother"} for key in ("grandson", "granddaughter", "grandchild")},
    **{key: {"m": "uncle", "f": "aunt"} for key in ("nephew", "niece")},
    **{key: {"m": "son", "f": "daughter"} for key in ("father", "mother", "dad", "mum", "mom")},
    **{key: {"m": "grandson", "f": "granddaughter"} for key in ("grandfather", "grandmother")},
    **{key: {"m": "nephew", "f": "niece"} for key in ("uncle", "aunt")},
    "wife": {"m": "husband"}, "husband": {"f": "wife"},
}

#: "the 37-year-old", "a 63-year-old woman": an age names a person; a tail that leaves a
#: person noun naming the same person: children ("the mother of three", "the grandmother of
#: four"; not "the hero of the day": -1 on the readable sets).
AGE_PATTERN = (r"\d+-year-old"
               r"|of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
               r"(?:\s+(?:children|kids|sons|daughters|boys|girls))?")

#: Joining two speakers: "Jones and Brown said".
JOINERS: frozenset[str] = frozenset({"and", "&"})

#: Words after which a noun phrase starts a clause (and is a subject): "…, and Smith said".
SUBJECT_OPENERS: frozenset[str] = frozenset({
    "and", "but", "or", "so", "then", "while", "when", "whereas", "although", "though",
    "because", "since", "as", "if", "that", "after", "before", "until", "once", "meanwhile",
    "later", "also", "now", "still", "yet", "however", "instead", "finally", "nevertheless",
})

#: Words opening an introductory phrase, never the subject: "In a statement, Smith said".
INTRO_WORDS: frozenset[str] = frozenset({
    "in", "on", "at", "after", "before", "during", "ahead", "while", "when", "as", "since",
    "following", "speaking", "according", "for", "from", "with", "without", "to", "by",
    "about", "over", "under", "through", "throughout", "despite", "unlike", "like", "last",
    "earlier", "later", "then", "now", "meanwhile", "however", "still", "yet", "also", "but",
    "and", "so", "if", "although", "though", "because", "once", "upon", "amid", "among",
    "of", "into", "onto", "toward", "towards", "within", "here", "there", "today",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "who", "which", "whose", "whom", "where", "it", "this", "that",
})

#: "according to X", said before or after the quotation.
ACCORDING_TO = r"according\s+to"

#: Words or phrases just before a quotation mark that make the quoted words a name or a title,
#: not a quotation: the event "titled" "…", the so-called "…".
#: Of those, the ones that also introduce a characterisation when the quoted words are not a
#: name: what she called "a betrayal". The quoted words are a title only when capitalised.
WEAK_TITLE_INTRODUCERS = (
    "called", "named", "dubbed", "renamed", "billed as", "branded as",
    "labeled as", "labelled as",
    # a song sung ('began singing "Slievenamon"'), not words chanted
    "singing", "sang", "sing", "sings",
)

TITLE_INTRODUCERS = (
    "titled", "entitled", "called", "named", "dubbed", "nicknamed", "renamed", "so-called",
    "aka", "a.k.a.", "known as", "billed as", "branded as", "labeled as", "labelled as",
    "hashtag", "the word", "the words", "the term", "the phrase", "the slogan", "the motto",
    "the title", "the name", "the headline", "the heading", "the banner", "the caption",
    "the tagline",
    # an adverb inside "known as": "known locally as", "better known as"
    "known locally as", "locally known as", "widely known as", "better known as",
    "alias", "singing", "sang", "sing", "sings",
    "also known as", "affectionately known as", "fondly known as", "known internally as",
    "internally known as", "known simply as", "code-named", "codenamed", "code named",
    # an analyst's rating: 'rates the stock "buy"'
    "rates the stock", "rated the stock", "rates the shares", "rated the shares",
)

#: Nouns for works, events and laws: a quotation right after one is its title
#: (the show "…", the book "…", the "…" event is handled by capitalisation).
WORK_NOUNS: frozenset[str] = frozenset({
    "book", "novel", "memoir", "film", "movie", "documentary", "show", "series", "episode",
    "season", "album", "song", "single", "track", "podcast", "play", "musical", "program",
    "programme", "campaign", "event", "act", "bill", "law", "initiative", "project", "exhibit",
    "exhibition", "magazine", "newspaper", "column", "article", "essay", "report", "study",
    "brand", "line", "collection", "company", "foundation", "organization", "organisation",
    "hashtag", "summit", "conference", "festival", "tour", "game", "app", "channel", "special",
})

#: Lowercase words allowed inside a capitalised title ("The Lord of the Rings").
TITLE_SMALL_WORDS: frozenset[str] = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with",
    "by", "from", "up", "as", "vs", "vs.", "via", "into", "over", "per",
})

#: Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "sen", "rep", "gov",
    "lt", "col", "sgt", "capt", "rev", "hon", "pres", "inc", "co", "corp", "ltd", "no", "vs",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "est",
    "dept", "univ", "ave", "blvd", "fig", "etc", "e.g", "i.e",
    # ranks and offices as news agencies abbreviate them ("Maj. Gen.", "Det. Sgt.")
    "maj", "brig", "adm", "cmdr", "cdr", "cpl", "pvt", "det", "supt", "insp", "atty", "sens",
    "reps", "msgr",
})

# --------------------------------------------------------------------------- added for the rules

#: A speech verb ending so is a participle ("…, stating, “…”"): its subject is the clause's.
PARTICIPLE_ENDINGS: tuple[str, ...] = ("ing",)

#: Words that end a speaker's noun phrase written after the verb: "said a source *in* Paris".
NP_STOP_WORDS: frozenset[str] = frozenset({
    "in", "on", "at", "to", "during", "after", "before", "with", "via", "while", "when", "who",
    "which", "that", "as", "last", "this", "about", "and", "but", "earlier", "later",
    "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "into", "by", "over",
})
#: Nouns of a time a determiner opens after a speaker's noun phrase, which ends before it:
#: "said the actress *the day* before", "the coach said *this morning*".
TIME_NOUNS: frozenset[str] = frozenset({
    "day", "night", "morning", "evening", "afternoon", "week", "weekend", "month", "year",
})

#: Words linking a head noun to its complement inside one noun phrase: "a spokesperson *for*
#: the agency", "the website *of* the bureau".
COMPLEMENT_WORDS: frozenset[str] = frozenset({"of", "for", "from"})

#: Relative pronouns standing for the noun before them: "Jones, *who* said…".
RELATIVES: frozenset[str] = frozenset({"who"})

#: Words that tell a person's gender when they refer to them (for pronoun resolution).
GENDERED_WORDS: dict[str, str] = {
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "he": "m", "him": "m", "his": "m", "himself": "m",
}

#: Words that open a vocative, the person a quotation speaks to: "Senator, …", "…, Mr.
#: Albrecht?", "Your Honor, …". The addressee does not say it, and answers a question put so.
VOCATIVE_WORDS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "madam", "mister", "sir", "senator", "governor", "judge",
    "doctor", "dr", "professor", "counsel", "congressman", "congresswoman", "chairman",
    "chairwoman", "commissioner", "secretary", "mayor", "detective", "officer", "sheriff",
})

#: Honorifics before a name, with the gender they tell.
HONORIFICS: dict[str, str] = {
    "ms": "f", "mrs": "f", "miss": "f", "dame": "f", "lady": "f", "madam": "f",
    "mr": "m", "sir": "m", "lord": "m", "mister": "m",
}

#: More nouns for named things (lists, levels, parties): "the "…" list".
MORE_WORK_NOUNS: frozenset[str] = frozenset({
    "list", "party", "level", "alert", "slate", "ticket", "motto", "slogan", "operation",
    "plan", "scheme", "nickname", "title", "exhibit", "show", "label", "category", "award",
    "prize", "ship", "vessel", "restaurant", "bar", "club", "hotel", "band", "painting",
    "sculpture", "poem", "paper", "textbook", "policy", "doctrine", "strategy", "hashtag",
    "group", "coalition", "alliance", "petition", "manifesto", "day", "week", "march",
    "vintage", "cuvée", "codename", "password",
    # what a slogan is worn or carried on ('a "Vote No" badge on his lapel')
    "badge", "banner", "placard", "poster", "sticker", "t-shirt",
})

#: Reporting nouns whose author is named after "from/by": "a statement from X".
FROM_WORDS: frozenset[str] = frozenset({"from", "by"})

#: Words of time that may stand between the verb and its subject: "said *Thursday* Jones".
TIME_WORDS: frozenset[str] = frozenset({
    "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "earlier", "later", "recently",
})

#: Words opening the addressee between a speech verb and its subject: "told *Reuters* Jones"
#: is rare in English; "said *to* reporters X" a little less.
ADDRESSEE_WORDS: frozenset[str] = frozenset({"to"})

#: One word telling an age, which makes a noun phrase a person: "the 37-year-old".
AGE_TOKEN = r"\d+-year-old$"

#: A sentence opening "For X, "…"" gives X's opinion in X's words ("For her, "…"", "In the
#: view of X, "…""); "For years, "…"" names nobody, and gives nothing.
OPINION_OPENERS: tuple[str, ...] = ("for", "in the view of", "in the eyes of",
                                    "in the opinion of")

#: Determiners that may also be object pronouns before a verb (none in English).
OBJECT_PRONOUNS: frozenset[str] = frozenset()

#: Prepositions after which an object pronoun is an article (none: English has no such
#: ambiguity, see ``quotes_fr.ARTICLE_PREPOSITIONS``).
ARTICLE_PREPOSITIONS: frozenset[str] = frozenset()

#: Speech verb forms that are also nouns after an object pronoun (none in English).
NOUN_HOMOGRAPHS: frozenset[str] = frozenset()

#: What is left of a possessive after the apostrophe: "the city's *offer*" (a noun).
POSSESSIVE_ENDINGS: frozenset[str] = frozenset({"s"})

#: Phrases that may stand between a speech verb and its subject: "said, for her part, X".
ADVERBIAL_PHRASES: tuple[str, ...] = (
    # the language spoken ("said in Amharic the priest")
    *(f"in {language}" for language in (
        "english", "french", "spanish", "german", "italian", "portuguese", "arabic",
        "russian", "chinese", "mandarin", "japanese", "dutch", "irish", "welsh", "gaelic",
        "polish", "turkish", "greek", "ukrainian", "hebrew", "farsi", "amharic", "korean",
        "hindi", "urdu", "punjabi", "swahili", "afrikaans", "zulu", "tagalog")),
    "for her part", "for his part", "for their part", "in turn", "in response", "in reply",
    "in a statement", "in an interview", "on twitter", "on x", "once again", "for example",
    "in a joint statement",
    "in a post", "on instagram", "on facebook",
    # the medium ("said by email that", "told Reuters by phone"): no agent
    "by email", "by e-mail", "by phone", "by telephone", "by text message", "by text",
    "over the phone", "via email", "in writing",
)

#: Base forms, which are also nouns after a determiner and an adjective ("a long *message*").
BASE_VERBS: frozenset[str] = frozenset(_REGULAR_VERBS)

#: Object pronouns where a speaker is named: "according to *her*".
STRESSED_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}

#: Role nouns that tell a gender, to infer the gender of a person missing from the registry
#: ("Carla Durand, a spokeswoman for…").
GENDERED_NOUNS: dict[str, str] = {
    "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "chairman": "m",
    "congresswoman": "f", "congressman": "m", "councilwoman": "f", "councilman": "m",
    "assemblywoman": "f", "assemblyman": "m", "policewoman": "f", "policeman": "m",
    "businesswoman": "f", "businessman": "m", "sportswoman": "f", "sportsman": "m",
    "anchorwoman": "f", "anchorman": "m", "alderwoman": "f", "alderman": "m",
    "stateswoman": "f", "statesman": "m", "headmistress": "f", "headmaster": "m",
    "waitress": "f", "waiter": "m", "actress": "f", "widow": "f", "widower": "m",
    "niece": "f", "nephew": "m", "aunt": "f", "uncle": "m", "granddaughter": "f",
    "grandson": "m", "stepmother": "f", "stepfather": "m", "mrs": "f", "ms": "f", "mr": "m",
}

#: Word endings that tell a feminine person (French participles: "Interrogée, X"); none here.
FEMININE_ENDINGS: tuple[str, ...] = ()

#: Prepositions after which a short capitalised quoted name is an outlet or a title:
#: "told "Newsweek"", "in "The Atlantic"".
TITLE_PREPOSITIONS: frozenset[str] = frozenset({"to", "in", "on", "by", "told", "for"})

#: Demonstratives standing for a person already named: "the latter said".
DEMONSTRATIVES: dict[str, str] = {}

#: Words after which the subject follows its verb (none in English: "as Smith said" is not
#: inverted).
INVERSION_WORDS: frozenset[str] = frozenset()

#: Nouns for offices and functions ("the judge", "the mayor"). Such a description names the
#: person the article tied to that noun ("Judge Amara Singh", "Lopez, the mayor,"); when the
#: article tied the noun to nobody, it is never a person already tied to another office.
OFFICE_NOUNS: frozenset[str] = frozenset({
    "judge", "justice", "mayor", "governor", "president", "senator", "minister", "secretary",
    "prosecutor", "sheriff", "chief", "commissioner", "coroner", "prefect", "chancellor",
    "premier", "ambassador", "attorney", "lawyer", "director", "ceo", "chairman", "chairwoman",
    "chair", "coach", "manager", "captain", "inspector", "detective", "superintendent",
    "spokesman", "spokeswoman", "spokesperson", "councillor", "councilor", "engineer",
})

#: More nouns for people, beyond PERSON_NOUNS (merged into it below).
_MORE_PERSON_NOUNS: dict[str, str | None] = {
    # members of parliaments, clergy, trades and roles a report takes up ("the Labour MP",
    # "the priest", "the landlady", "the debutant")
    "mp": None, "mep": None, "msp": None, "td": None, "mla": None, "priest": None,
    "vicar": None, "bishop": None, "pastor": None, "rabbi": None, "imam": None, "nun": "f",
    "monk": "m", "pundit": None, "trustee": None, "lecturer": None, "strategist": None,
    "commentator": None, "columnist": None, "editor": None, "correspondent": None,
    "photographer": None, "fisherman": "m", "shepherd": None, "landlord": "m",
    "landlady": "f", "tenant": None, "homeowner": None, "shopkeeper": None, "publican": None,
    "barman": "m", "barmaid": "f", "bartender": None, "waitress": "f", "waiter": "m",
    "midwife": None, "paramedic": None, "firefighter": None, "constable": None,
    "sergeant": None, "coroner": None, "magistrate": None, "barrister": None,
    "solicitor": None, "plaintiff": None, "juror": None, "widow": "f", "widower": "m",
    "skipper": None, "debutant": "m", "debutante": "f", "batsman": "m", "batter": None,
    "bowler": None, "wicketkeeper": None, "opener": None, "spinner": None, "seamer": None,
    "paceman": "m", "all-rounder": None, "gaffer": None, "passenger": None, "steward": None,
    "quarterback": None, "receiver": None, "linebacker": None, "kicker": None, "pitcher": None,
    "catcher": None, "shortstop": None, "referee": None, "umpire": None, "jockey": None,
    "golfer": None, "boxer": None, "sprinter": None, "swimmer": None, "cyclist": None,
    "skier": None, "rookie": None, "officer": None, "commander": None, "commandant": None,
    "superintendent": None, "trooper": None,
    # (not "deputy", "freshman", "sophomore", "marine": as often a modifier, "the deputy
    # mayor", "a freshman senator", "a marine biologist", as the person)
    "anesthesiologist": None, "anaesthetist": None,
    "stewardess": "f", "treasurer": None, "teenager": None, "pensioner": None,
    "retiree": None, "soldier": None, "campaigner": None, "protester": None,
    "shrimper": None, "trawlerman": "m", "deckhand": None, "oysterman": "m", "lobsterman": "m",
    "predecessor": None, "successor": None,
    "protestor": None, "unionist": None, "volunteer": None, "stargazer": None,
    "hobbyist": None, "astrophysicist": None, "native": None, "democrat": None,
    "stonemason": None, "mason": None, "carpenter": None, "plumber": None, "builder": None,
    "grazier": None, "rancher": None, "shearer": None, "miner": None, "butcher": None,
    "grocer": None, "publisher": None, "novelist": None,
    "republican": None, "tory": None, "northerner": None, "southerner": None,
    "engineer": None, "scientist": None, "biologist": None, "researcher": None,
    "ecologist": None, "geochemist": None, "geologist": None, "economist": None,
    "professor": None, "chef": None, "comedian": None, "comedienne": "f", "dancer": None,
    "manager": None, "captain": None, "chief": None, "chairman": "m", "chairwoman": "f",
    "chair": None, "prosecutor": None, "sheriff": None, "commissioner": None,
    "councillor": None, "councilor": None, "auditor": None, "owner": None, "baker": None,
    "farmer": None, "pilot": None, "nurse": None, "surgeon": None, "physician": None,
    "teacher": None, "principal": None, "ambassador": None, "chancellor": None,
    "premier": None, "inspector": None, "detective": None, "striker": None,
    "midfielder": None, "defender": None, "goalkeeper": None, "winger": None,
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "justice": None,
    "commuter": None, "survivor": None, "victim": None, "suspect": None, "defendant": None,
    "curator": None, "archaeologist": None, "historian": None, "astronomer": None,
    "physicist": None, "chemist": None, "palaeontologist": None, "paleontologist": None,
    # more players and professions ("the Colombian forward", "the geochemist")
    "forward": None, "centre-back": None, "center-back": None, "full-back": None,
    "fullback": None, "playmaker": None, "microbiologist": None, "epidemiologist": None,
    "virologist": None, "lawmaker": None, "legislator": None, "councilwoman": "f",
    "councilman": "m", "congresswoman": "f", "congressman": "m",
    # the people a source noun names one by one ("Ray Lopez, an analyst at …" … "the analyst
    # said"): a person noun too, tied to the name it was written with
    "analyst": None, "expert": None, "doctor": None, "aide": None, "official": None,
    "investigator": None, "negotiator": None, "publicist": None, "representative": None,
    "staffer": None, "organizer": None, "organiser": None, "observer": None,
    "eyewitness": None, "witness": None, "confidant": None, "confidante": "f",
    "cfo": None, "coo": None, "cto": None, "cmo": None,
    # relations of work and care ("the former partner added", "the driver said")
    "partner": None, "associate": None, "mentor": None, "protege": None, "protégé": None,
    "client": None, "pupil": None, "apprentice": None, "guest": None, "donor": None,
    "caregiver": None, "driver": None, "patient": None, "roommate": None,
    # the wider family (KIN_NOUNS), with the gender each tells
    "cousin": None, "aunt": "f", "uncle": "m", "nephew": "m", "niece": "f", "grandson": "m",
    "granddaughter": "f", "stepson": "m", "stepdaughter": "f", "stepfather": "m",
    "stepmother": "f", "stepbrother": "m", "stepsister": "f", "ex-wife": "f",
    "ex-husband": "m",
}
#: Words alone before a colon that restate the words just quoted ("In other words: "…""): the
#: quotation after the colon is the same voice's.
RESTATING: tuple[str, ...] = ("in other words", "put simply", "in short", "translation", "that is")
#: One person of a group, unnamed, as a subject ("One of them, who spoke on condition of
#: anonymity, said"): a pronoun after it takes it up.
#: After a definite article, a word that makes the person noun an unnamed person ("The other former nurse said").
OTHER_WORDS: frozenset[str] = frozenset({"other"})

#: Words that make a complement plural ("the families *of the two* hikers, X and Y": the
#: names are the complement's, not the speakers).
NUMBER_WORDS: frozenset[str] = frozenset({"two", "three", "four", "five", "both", "these",
                                          "several"})
#: Nouns for a number of people ("a dozen parents", "a handful of activists"):
#: many, whatever the noun's own gender or number, so never what a singular pronoun takes up
#: (not "group", "crowd": as often a firm, a band or one voice).
NUMBER_NOUNS: frozenset[str] = frozenset({
    "dozen", "dozens", "hundred", "hundreds", "thousands", "handful", "score", "scores",
})
#: Words before a role noun that make it another office ("the prime minister" is not "the minister").
OFFICE_RANKS: frozenset[str] = frozenset({"prime", "vice", "deputy"})
ONE_OF: str = r"one\s+of\s+(?:them|those|whom|us|the\s+[a-z-]+s)\b"
#: The words before a name that an unnamed person's phrase gives later ("A woman, who asked that only her first name, Brenda, be used"):
#: the name is that person's.
NAMED_LATER: str = (r"(?:first name|given name|surname|last name|name (?:only )?as"
               r"|identified (?:only )?as"
               r"|identified (?:herself|himself|themselves)(?: to [a-z]+)?(?: only)? as"
               r"|asked to be called|(?:is|was|be) called)"
               r"(?:\s+(?:mr|mrs|ms|mx|miss|madam|mdm)\.?)?\s*,?\s*$")
#: Adjectives only a person takes ("the retired welder"): a definite phrase with one, the subject of a
#: speech verb, is a person whatever its noun.
PERSON_ADJECTIVES: frozenset[str] = frozenset({"retired", "elderly", "teenage", "widowed", "pregnant", "bearded"})
#: Words that make a sentence's speech joint ("With his counterpart X, he denounced together …"), and the words that bring in the
#: other voice: the quotation is both people's.
TOGETHER: str = r"(?<![^\W_])(?:together|in unison|jointly|with one voice|side by side)(?![^\W_])"
COMITATIVES: tuple[str, ...] = ("with", "alongside")
#: Person nouns that name one side of a relation (a lawyer's client, a doctor's patient): the
#: last person named is usually the other side, so they take a name only through a tie
#: written in the article ("X, his driver,").
RELATION_NOUNS: frozenset[str] = frozenset({
    "associate", "mentor", "protege", "protégé", "client", "pupil", "apprentice", "guest",
    "donor", "caregiver", "driver", "patient", "roommate", "predecessor", "successor",
})
#: The stems of verbs that put questions ("asked her", "cross-examined him"): a run of bare questions and answers
#: after a sentence with one is a questioning even when no vocative or pronoun names who answers.
QUESTIONING_STEMS: tuple[str, ...] = ("ask", "question", "interrogat", "quiz", "press", "cross-exam", "grill")
#: Acronyms of titles and the words they stand for: "Chief Financial Officer Natalie
#: Brosseau" … "the CFO said".
#: Rugby's positions: nouns for a player ("the Tongan prop said").
_RUGBY_POSITIONS: tuple[str, ...] = (
    "prop", "hooker", "fly-half", "scrum-half", "half-back", "halfback", "stand-off",
    "loosehead", "tighthead", "second-rower", "back-rower",
)
ROLE_ACRONYMS: dict[str, tuple[str, ...]] = {
    "ceo": ("chief", "executive"), "cfo": ("chief", "financial", "officer"),
    "coo": ("chief", "operating", "officer"), "cto": ("chief", "technology", "officer"),
    "cmo": ("chief", "marketing", "officer"), "cm": ("chief", "minister"),
}
_MORE_PERSON_NOUNS.update({
    # more trades, stations and situations ("developer Evan X" … "the developer said")
    "developer": None, "surfer": None, "welder": None, "headteacher": None, "investor": None,
    "trader": None, "accused": None, "graduate": None, "poet": None, "voter": None,
    "diplomat": None, "envoy": None, "refugee": None, "migrant": None, "fiancee": "f",
    "fiancée": "f", "fiance": "m", "fiancé": "m",
    # reviewers, onlookers and the trades of arts, schools and rescue ("Another reviewer
    # described the book as …", "a lifeguard said")
    "reviewer": None, "critic": None, "blogger": None, "podcaster": None, "vlogger": None,
    "panelist": None, "panellist": None, "bystander": None, "onlooker": None,
    "passer-by": None, "pedestrian": None, "motorist": None, "hiker": None, "climber": None,
    "spectator": None, "supporter": None, "demonstrator": None, "picketer": None,
    "rescuer": None, "medic": None, "carer": None, "nanny": None, "tutor": None,
    "headmaster": "m", "headmistress": "f", "undergraduate": None, "alumnus": "m",
    "alumna": "f", "intern": None, "trainee": None, "recruit": None, "cadet": None,
    "tallyman": "m", "canvasser": None, "lifeguard": None, "diver": None, "driller": None,
    "veterinarian": None, "dentist": None, "pharmacist": None, "barista": None,
    "winemaker": None, "vintner": None, "sommelier": None, "auctioneer": None,
    "collector": None, "dealer": None, "jeweller": None, "jeweler": None, "archivist": None,
    "librarian": None, "translator": None, "interpreter": None, "narrator": None,
    "presenter": None, "newsreader": None, "broadcaster": None, "screenwriter": None,
    "playwright": None, "choreographer": None, "violinist": None,
    "pianist": None, "guitarist": None, "drummer": None, "vocalist": None, "magician": None,
    "essayist": None, "biographer": None, "scholar": None, "academic": None, "provost": None,
    "rector": None, "registrar": None,
    # (from the fresh sets dev71 and dev73: "the 58-year-old millwright", "the ranger")
    "nominee": None, "ranger": None, "evacuee": None,
    "runner": None, "rider": None,
    "millwright": None, "devotee": None, "pilgrim": None, "neighbour": None, "neighbor": None,
    # common trades the lists had left out ("the former Goldman Sachs banker")
    "banker": None, "worker": None, "resident": None, "student": None, "architect": None,
    "broker": None, "accountant": None, "trainer": None, "assistant": None,
    "administrator": None,
    # the nouns a report uses to take up someone it has named ("the union boss", "the Qatari
    # mediator"): results and places in a contest, offices, trades and situations. Not "the
    # hero of the afternoon", "the composer", "the left-hander": a wrong person on the
    # readable sets, or an attribute the article ties to nobody (the nearest man is often
    # another)
    "champion": None, "winner": None, "victor": None,
    "runner-up": None, "finalist": None, "semifinalist": None, "semi-finalist": None,
    "medallist": None, "medalist": None, "olympian": None, "challenger": None,
    "contender": None, "titleholder": None, "underdog": None, "newcomer": None,
    "youngster": None, "teen": None, "teammate": None, "team-mate": None, "compatriot": None,
    "countryman": "m", "countrywoman": "f", "opponent": None, "keeper": None, "flanker": None, "substitute": None,
    **dict.fromkeys(_RUGBY_POSITIONS),
    "goalscorer": None, "scorer": None, "marathoner": None, "wrestler": None,
    "fighter": None, "racer": None, "rower": None, "sailor": None, "navigator": None,
    "astronaut": None, "international": None, "incumbent": None, "frontrunner": None,
    "front-runner": None, "mediator": None, "chaplain": None, "archbishop": None,
    "cardinal": None, "pontiff": "m", "monarch": None, "duke": "m", "duchess": "f",
    "baroness": "f", "alderman": None, "whistleblower": None, "informant": None,
    "boss": None, "tycoon": None, "magnate": None, "heir": None, "heiress": "f",
    "restaurateur": None, "hotelier": None, "merchant": None, "landowner": None,
    "employee": None, "shopper": None, "diner": None, "mourner": None, "parishioner": None,
    "worshipper": None, "villager": None, "islander": None, "householder": None,
    "occupant": None, "orphan": None, "hostage": None, "detainee": None, "captive": None,
    "convict": None, "gunman": "m", "attacker": None, "assailant": None, "killer": None,
    "robber": None, "thief": None, "burglar": None, "immigrant": None, "expat": None,
    "tourist": None, "traveller": None, "traveler": None, "toddler": None,
    "schoolboy": "m", "schoolgirl": "f", "mechanic": None, "labourer": None,
    "laborer": None, "cleaner": None, "janitor": None, "caretaker": None, "porter": None,
    "bodyguard": None, "cook": None, "painter": None, "sculptor": None,
    "conductor": None, "songwriter": None, "frontman": "m", "frontwoman": "f",
    "counsellor": None, "counselor": None, "colonel": None, "lieutenant": None,
    "admiral": None,
    # everyday trades ("the valet said", "a cashier who gave only her first name")
    "valet": None, "concierge": None, "cashier": None, "courier": None, "gardener": None,
    "decorator": None, "hairdresser": None, "barber": None, "tailor": None,
    "seamstress": "f", "cobbler": None, "fishmonger": None, "greengrocer": None,
    "bookseller": None, "locksmith": None, "roofer": None, "bricklayer": None,
    "doorman": "m", "bouncer": None, "childminder": None, "housekeeper": None, "maid": "f",
    "farmhand": None, "logger": None, "lumberjack": None, "forester": None,
    "gamekeeper": None, "postman": "m", "postwoman": "f", "storekeeper": None,
    "warehouseman": "m", "foreman": "m", "forewoman": "f", "handyman": "m",
})
PERSON_NOUNS.update({k: v for k, v in _MORE_PERSON_NOUNS.items() if k not in PERSON_NOUNS})

#: Endings of the nouns for people that no list can hold in full ("the physicist", "the
#: historian"): a definite speaker whose noun (lower case, not in PERSON_NOUNS) ends so is a
#: person, taken back to someone named. English agent nouns in -er and -or are left out:
#: too many of them are things ("the paper", "the order", "the sector").
PERSON_ENDINGS: tuple[tuple[str, str | None], ...] = (
    ("ist", None), ("ician", None), ("ologist", None), ("arian", None), ("orian", None),
)

#: Words with those endings that are not people.
NOT_PERSON_NOUNS: frozenset[str] = frozenset({
    "list", "gist", "twist", "wrist", "mist", "fist", "exist", "assist", "insist", "resist",
    "persist", "consist", "playlist", "checklist", "shortlist", "blacklist", "waitlist",
    "wishlist", "setlist", "tracklist",
})

#: Possessive determiners and the pronoun their possessor is taken up by: "his statement"
#: is the words of the man the text is about ("its statement": a source, "their": a group).
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "their": "they", "its": "it"}

#: Words opening a second clause between two quotations: `"A," one user wrote, *while*
#: another posted: "B"` gives two quotations, not one interrupted quotation.
CLAUSE_JOINERS: frozenset[str] = frozenset({"while", "whereas", "but", "and"})
#: Conjunctions that bring in another speaker's attribution only when a colon closes it:
#: '"A," he screamed, before his engineer, Tash Kumar, replied: "B"' (not '"A," she said
#: when I asked about it. "B"', one quotation).
COLON_CLAUSE_JOINERS: frozenset[str] = frozenset({"before", "after", "when", "until"})

#: Prepositions inside a noun phrase: a name after one is not the subject ("a source close
#: *to* the actor told").
NP_PREPOSITIONS: frozenset[str] = frozenset({
    "to", "of", "for", "from", "with", "by", "at", "about", "near", "behind", "around",
})

#: Determiners that also stand alone for a person: "one *joked*, while another *wrote*". An
#: inflected speech word after them is a verb ("another posted"), a base form a noun
#: ("another post").
PRONOUN_DETERMINERS: frozenset[str] = frozenset({"one", "another"})

#: Speech verbs that mean something else before these words.
NOT_SPEECH_BEFORE: dict[str, frozenset[str]] = {
    # "her members had read about possible cuts "in the newspaper"": reading, not the words
    # of a sign or a note ("the note read: "…"")
    form: frozenset({"about", "of"}) for form in ("read", "reads", "reading")
}

#: Verbs of speech in two words: a verb no list holds by itself, then its particle ('"…,"
#: Marcus Webb fired back', "she chimed in", "he went on"). Each form is a verb of speech
#: only right before one of its particles.
PHRASAL_SPEECH: dict[str, frozenset[str]] = {
    form: frozenset(particles)
    for forms, particles in (
        (("fire", "fires", "fired", "firing"), ("back",)),
        (("shoot", "shoots", "shot", "shooting"), ("back",)),
        (("hit", "hits", "hitting"), ("back", "out")),
        (("push", "pushes", "pushed", "pushing"), ("back",)),
        (("write", "writes", "wrote", "writing"), ("back",)),
        (("chime", "chimes", "chimed", "chiming"), ("in",)),
        (("weigh", "weighs", "weighed", "weighing"), ("in",)),
        (("cut", "cuts", "cutting"), ("in",)),
        (("break", "breaks", "broke", "breaking"), ("in",)),
        (("butt", "butts", "butted", "butting"), ("in",)),
        (("chip", "chips", "chipped", "chipping"), ("in",)),
        (("jump", "jumps", "jumped", "jumping"), ("in",)),
        (("pipe", "pipes", "piped", "piping"), ("up",)),
        (("speak", "speaks", "spoke", "speaking"), ("up", "out")),
        (("sum", "sums", "summed", "summing"), ("up",)),
        (("go", "goes", "went", "going"), ("on",)),
        (("call", "calls", "called", "calling"), ("out",)),
        (("cry", "cries", "cried", "crying"), ("out",)),
        (("blurt", "blurts", "blurted", "blurting"), ("out",)),
        (("lash", "lashes", "lashed", "lashing"), ("out",)),
        (("open", "opens", "opened", "opening"), ("up",)),
    )
    for form in forms
}

#: Verbs of speech only after a word before them (none in English).
SPEECH_AFTER: dict[str, frozenset[str]] = {}

#: What before a title introducer makes it a verb of speech, not a title (none in English).
NOT_TITLE_BEFORE = r"(?!)"

#: Adjectives telling that a role noun names the former holder ("the former mayor").
FORMER_WORDS: frozenset[str] = frozenset({"former", "ex", "ex-", "onetime", "erstwhile"})

#: Words that take up the *last* person named, not the subject: "the latter said".
LATTER_WORDS: dict[tuple[str, ...], str] = {("the", "latter"): ""}

#: Stems of speech verbs whose passive names who asked, not who spoke: "asked by X".
ASKED_STEMS: tuple[str, ...] = ("ask", "question", "interview", "press", "contact", "invit")

#: Words that take up the first of the two people named last ("the former said").
FORMER_REFERENCES: dict[tuple[str, ...], str] = {("the", "former"): ""}
#: Words that take up the second of the two (none in English: "the latter" is LATTER_WORDS).
SECOND_REFERENCES: dict[tuple[str, ...], str] = {}

#: A participle of a speech verb, then the quotation, then "by" and who said it: "a plan
#: described as "reckless" by the mayor".
AGENT_WORDS: frozenset[str] = frozenset({"by"})

#: The infinitive marker: "requiring plants to report": a speech verb after it is not the
#: finite verb whose subject speaks.
INFINITIVE_MARKERS: frozenset[str] = frozenset({"to"})

#: Words between that participle and the quotation: "described as "reckless" by X".
AGENT_LINKS: frozenset[str] = frozenset({"as"})
#: Participles that pass on somebody's words about someone when an agent follows the quoted
#: words ('X, dubbed "the bulldozer" by his opponents': the opponents' words), though no verb
#: of speech by themselves. Not "called" ('was called "twice a day" by the bank': phoned).
NAMING_PARTICIPLES: frozenset[str] = frozenset({
    "dubbed", "nicknamed", "labelled", "labeled", "deemed",
})
#: Those that do only with a word linking them to the quotation (none in English).
LINKED_NAMING_PARTICIPLES: frozenset[str] = frozenset()

#: Verbs whose agent holds the role the noun names (nominalisation): "the panel, chaired by X"
#: or "X, who founded the firm" make "the chairwoman", "the founder" a description of X.
_ROLE_VERBS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("chaired", "chairs"): ("chair", "chairman", "chairwoman", "chairperson"),
    ("founded", "co-founded", "cofounded"): ("founder", "co-founder", "cofounder"),
    ("coached", "coaches"): ("coach",),
    ("directed", "directs"): ("director",),
    ("managed", "manages"): ("manager",),
    ("led", "leads"): ("leader",),
    ("married", "weds"): ("bride", "groom"),
}
ROLE_VERBS: dict[str, tuple[str, ...]] = {
    form: nouns for forms, nouns in _ROLE_VERBS.items() for form in forms
}

#: Endings of capitalised demonyms used as nouns for a person (none in English: "the Texan" is
#: rare in news prose, and "-an" would take in "the Vatican").
GENDER_ENDINGS: tuple[tuple[str, str], ...] = ()

PARTY_NOUNS: dict[str, str | None] = {}

#: See ``quotes_fr``: English attributes with an object too ('"Why?" Smith asked the
#: minister').
OBJECT_ENDS_ATTRIBUTION = False
TOPIC_VERBS: frozenset[str] = frozenset()
#: See ``quotes_fr.NICKNAMING``.
NICKNAMING: tuple[str, ...] = ("nicknamed", "dubbed", "known as", "alias")

#: See ``quotes_fr.ASKING_VERBS``: "The judge asked her why she had waited. "I was scared.""
ASKING_VERBS: frozenset[str] = frozenset({"asked", "asks"})
ASKED_PRONOUNS_AFTER: frozenset[str] = frozenset({"him", "her", "them"})
INDIRECT_QUESTION_WORDS: frozenset[str] = frozenset({
    "why", "whether", "if", "how", "when", "where",
})

DEMONYM_ENDINGS: dict[str, str] = {}

#: Nouns for words said that open an attribution with no verb: "Reply from the mayor:".
SPEECH_NOUNS: frozenset[str] = frozenset({
    "reply", "response", "answer", "verdict", "comment", "warning", "message", "advice",
    "conclusion", "retort", "promise",
})
SPEECH_NOUN_LINKS: frozenset[str] = frozenset({"of", "from"})

#: Nouns for what a person holds, wants or judges, which, possessed and opening the sentence
#: before a colon, announce that person's words as "His verdict:" does: "Her priority:
#: "Bring back the young."", "His assessment: "…"".
VIEW_NOUNS: frozenset[str] = frozenset({
    "assessment", "take", "view", "priority", "idea", "goal", "hope", "fear", "motto",
    "mantra", "philosophy", "secret", "explanation", "reasoning", "plea", "wish", "prediction",
    "diagnosis", "summary", "tone", "argument", "excuse", "request", "demand", "slogan",
    "credo", "rule", "forecast", "recipe", "ambition", "regret", "judgment", "judgement",
})

#: Letters after a name, set off by commas ("Simon Pettifer, KC, for the prosecution, told").
POST_NOMINALS: frozenset[str] = frozenset({
    "kc", "qc", "sc", "mp", "msp", "td", "mla", "mep", "mbe", "obe", "cbe", "kbe", "dbe",
    "phd", "jr", "sr", "esq",
})

#: Object relatives: « Un argument que la cheffe balaie : », "A charge that the mayor rejects:".
OBJECT_RELATIVES: frozenset[str] = frozenset({"that", "which"})

#: Sources that are bodies or things: "she" or "he" never takes them up ("The decision, she
#: points out, …"), as French « elle » may take up « la société ».
THING_SOURCES: frozenset[str] = frozenset({
    "administration", "affidavit", "agency", "authorities", "board", "bureau", "campaign",
    "caption", "city", "commission", "committee", "company", "complaint", "council", "county",
    "court", "data", "decision", "department", "document", "documents", "figures", "filing",
    "firm", "government", "group", "indictment", "judgement", "judgment", "lawsuit",
    "letter", "magazine", "management", "memo", "message", "ministry", "network",
    "newspaper", "note", "office", "opinion", "order", "organisation", "organization",
    "outlet", "police", "poll", "post", "release", "report", "reports", "ruling", "site",
    "state", "statement", "study", "survey", "team", "tweet", "union", "website",
}) | BODY_NOUNS

#: Groups a person belongs to (see quotes_fr.MEMBERSHIP_NOUNS); English descriptions rarely
#: take the complement this list serves.
MEMBERSHIP_NOUNS: frozenset[str] = frozenset()

#: Demonyms whose adjective is another word ("the Swede" is a "Swedish" one in a registry
#: description; "the Irishman" an "Irish" one is read off the -man).
DEMONYM_ADJECTIVE_FORMS: dict[str, str] = {
    "swede": "swedish", "dane": "danish", "finn": "finnish", "pole": "polish",
    "turk": "turkish", "scot": "scottish", "brit": "british", "briton": "british",
    "spaniard": "spanish", "kiwi": "zealand", "aussie": "australian", "serb": "serbian",
    "croat": "croatian",
}

#: Demonyms ("the Welshman", "the Serb", "the Australian"), with their gender ("" where the
#: article tells it). One word each: a compound is known by its last ("the South African",
#: "the New Zealander"; not "the New Yorker", a magazine as often).
DEMONYM_WORDS: dict[str, str] = {
    "welshman": "m", "welshwoman": "f", "scotsman": "m", "scotswoman": "f",
    "englishman": "m", "englishwoman": "f", "irishman": "m", "irishwoman": "f",
    "frenchman": "m", "frenchwoman": "f", "dutchman": "m", "dutchwoman": "f",
    "scot": "", "briton": "", "serb": "", "croat": "", "kenyan": "", "australian": "",
    "american": "", "canadian": "", "german": "", "italian": "", "spaniard": "",
    "brazilian": "", "argentine": "", "argentinian": "", "mexican": "", "nigerian": "",
    "african": "", "zealander": "", "kiwi": "", "aussie": "", "texan": "",
    "californian": "", "londoner": "", "dubliner": "", "ethiopian": "",
    "indian": "", "pakistani": "", "japanese": "", "chinese": "", "korean": "", "russian": "",
    "ukrainian": "", "pole": "", "swede": "", "dane": "", "norwegian": "", "finn": "",
    "portuguese": "", "belgian": "", "swiss": "", "austrian": "", "greek": "", "turk": "",
    "egyptian": "", "moroccan": "", "algerian": "", "jamaican": "", "yorkshireman": "m",
    "scandinavian": "", "milanese": "", "parisian": "", "venetian": "", "neapolitan": "",
    "sicilian": "", "catalan": "", "basque": "", "bavarian": "", "corsican": "",
    "brit": "", "icelander": "", "filipino": "", "filipina": "f",
    "vietnamese": "", "thai": "", "indonesian": "", "malaysian": "", "singaporean": "",
    "colombian": "", "venezuelan": "", "peruvian": "", "chilean": "", "cuban": "",
    "haitian": "", "dominican": "", "israeli": "", "palestinian": "", "iranian": "",
    "iraqi": "", "syrian": "", "lebanese": "", "saudi": "", "emirati": "", "qatari": "",
    "hungarian": "", "czech": "", "slovak": "", "romanian": "", "bulgarian": "",
    "croatian": "", "serbian": "", "bosnian": "", "albanian": "", "slovenian": "",
    "estonian": "", "latvian": "", "lithuanian": "", "belarusian": "", "armenian": "",
    "azerbaijani": "", "kazakh": "", "uzbek": "", "afghan": "", "bangladeshi": "",
    "nepali": "", "tunisian": "", "libyan": "", "sudanese": "", "somali": "",
    "ugandan": "", "tanzanian": "", "rwandan": "", "congolese": "", "cameroonian": "",
    "senegalese": "", "ivorian": "", "malian": "", "zambian": "", "zimbabwean": "",
    "ghanaian": "", "quebecer": "", "scouser": "", "geordie": "",
    "brummie": "", "glaswegian": "", "mancunian": "", "liverpudlian": "", "aberdonian": "",
    "cornishman": "m", "cornishwoman": "f", "ulsterman": "m", "ulsterwoman": "f",
    "berliner": "", "bostonian": "", "chicagoan": "", "oklahoman": "",
    "ohioan": "", "floridian": "", "virginian": "", "iowan": "", "kansan": "",
    "nebraskan": "", "alaskan": "", "arizonan": "", "coloradan": "", "minnesotan": "",
    "michigander": "", "louisianan": "", "mississippian": "", "kentuckian": "",
    "montanan": "", "nevadan": "", "utahn": "", "hawaiian": "",
    "northerner": "", "southerner": "", "midwesterner": "", "westerner": "",
    "easterner": "", "islander": "", "highlander": "", "lowlander": "",
}

def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a data block."""
    return frozenset(text.split())


#: Given names common in English news, by the gender they tell (folded: lowercase, no
#: accents), for people missing from the registry. Names given to both are absent.
FEMININE_GIVEN_NAMES: frozenset[str] = _words("""
abigail alice alison allison amanda amber amy andrea angela ann anna anne annie ashley ava
barbara becky beth bethany betty beverly brenda bridget brittany carla carol caroline carolyn
catherine charlotte cheryl chloe christina christine cynthia deborah debra denise diana diane
donna doris dorothy eileen elaine eleanor elizabeth ella ellie emily emma erica erin esther
evelyn fiona frances gail gemma gloria grace hannah harriet hazel heather helen holly ingrid
irene isabella jacqueline jane janet janice jasmine jennifer jenny jessica joan joanne joyce
judith judy julia julie karen kate katherine kathleen kathryn katie kayla kelly kimberly
kirsten kristen laura lauren leah lily linda lisa lucy lydia madison margaret maria marie
marilyn martha mary maya megan melissa mia michelle miriam molly monica nancy naomi natalie
nicole nora olivia pamela patricia paula priya rachel rebecca rita rosa rose ruth sally
samantha sandra sarah sharon shirley siobhan sofia sophia stephanie susan tamara tanya teresa
theresa tina tracy valerie vanessa victoria virginia wendy yvonne zoe
tamika latoya keisha shanice tanisha imani aaliyah ngozi chiamaka adaeze folake funmilayo
yetunde abena akosua efua aisha zainab layla yasmin sunita anjali pooja deepika kavya meera
lakshmi
hanna hanne maisie crystal brianna ama akua astrid freya signe mette birgit
rhian sian nia cerys carys bethan ffion eleri angharad seren lowri catrin mared aoife niamh
saoirse roisin sinead caoimhe aisling orla grainne ciara deirdre
""")

MASCULINE_GIVEN_NAMES: frozenset[str] = _words("""
aaron adam alan albert alexander alistair andrew angus anthony arjun arthur austin ben
benjamin bill billy bob bobby brandon brian bruce bryan callum carl carlos charles christopher
colin connor craig dan daniel dave david declan dennis derek dev diego donald douglas duncan
dylan edward elijah eric ethan eugene felix frank gabriel gary gavin george gerald graham
gregory hamish harold harry henry hiroshi hugo ian jack jacob jake james jason jax jaxon
jeffrey jeremy jerry jesse jim joe john jonathan jorge jose joseph joshua juan justin keith
kenji kenneth kevin kyle larry lawrence leon liam logan louis luca luis luke malcolm marco
marcus mark martin mason matt matthew michael miguel mike nathan neil nicholas niall noah
oliver omar oscar owen patrick paul peter philip rahul ralph randy raymond richard robert
roger ronald rory roy russell ryan samuel scott sean seamus simon stephen steve steven stuart
terry thomas tim timothy tobias tom tomas tyler vikram vincent walter wayne william zachary
jaylen jayden aiden mateo dmitri lars jens jonas mads erik tony
kwame kofi kwabena kojo tunde chidi emeka obinna segun olusegun jamal darnell tyrone deshawn
rashad terrell dwayne jamar tariq idris hussein khalid mustafa rajesh suresh ravi sanjay amit
anil vijay arun reinhard klaus dieter jurgen uwe helmut horst gunther rainer bernd torsten
gareth rhys dafydd gethin iwan emyr huw ieuan aled geraint osian rhodri darragh cian oisin
padraig ciaran eoin fionn ruairi donal diarmuid tadhg
ole kjell terje oleksandr andriy mykola yevgeny miroslav grzegorz zbigniew vaclav
jiri
""")

#: Person nouns that single out one person of a group: a complement ("the youngest of the
#: candidates") keeps them a description (none needed in English yet).
RANK_NOUNS: frozenset[str] = frozenset()

#: The gender a former-word tells (none in English).
FORMER_GENDER: dict[str, str] = {}

#: Possessives before a singular noun: "her director" may describe the person tied to
#: "director".
SINGULAR_POSSESSIVES: frozenset[str] = frozenset({"his", "her"})

#: Numbers that count the people of a plural description: "the two researchers".
GROUP_NUMBERS: dict[str, int] = {"two": 2, "three": 3}

#: Auxiliaries and endings of past tenses: "X coached the club", "X had chaired the panel"
#: tie the role to X whether it is over or not ("the former coach").
PAST_AUXILIARIES: frozenset[str] = frozenset({"had", "has", "have"})

#: Auxiliaries of the passive: "the family had been warned that…", "was told": the subject of
#: a speech verb after one was spoken to, not the speaker.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({
    "been", "being", "was", "were", "is", "are", "be", "get", "got", "gets", "getting",
})
PAST_ENDINGS: tuple[str, ...] = ("ed",)

#: First-person words: a quotation written with them is somebody's own words.
FIRST_PERSON: frozenset[str] = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})
#: The plural ones: words with only the singular ones are one person's (not a group's).
FIRST_PERSON_PLURAL: frozenset[str] = frozenset({"we", "us", "our", "ours"})

#: The staff of a team and its players are different people: "the Leicester boss" after
#: "Striker Ray Lopez scored twice" is not Lopez (``STAFF_NOUNS`` never take up a person
#: written with one of ``PLAYER_NOUNS``).
STAFF_NOUNS: frozenset[str] = frozenset({
    "boss", "manager", "coach", "gaffer", "trainer", "selector", "chairman", "chairwoman",
    "owner", "referee", "umpire",
})
PLAYER_NOUNS: frozenset[str] = frozenset({
    "player", "striker", "forward", "midfielder", "defender", "winger", "goalkeeper",
    "keeper", "centre-back", "center-back", "full-back", "fullback", "playmaker",
    "batsman", "batter", "bowler", "opener", "spinner", "seamer", "wicketkeeper",
    "all-rounder", "quarterback", "receiver", "linebacker", "kicker", "pitcher", "catcher",
    "shortstop", "flanker", "substitute", "goalscorer", "scorer", "rookie", "debutant",
    *_RUGBY_POSITIONS,
})

#: Role nouns that news prose uses for one another: "manager X" … "the boss".
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    # the one on trial: a registry describing somebody "charged with fraud" or "accused of
    # murder" describes "the defendant", "the accused" (not "convicted": somebody convicted
    # years ago may sit in the gallery)
    "defendant": ("accused", "charged"),
    "accused": ("defendant", "charged"),
    "manager": ("boss", "gaffer"), "coach": ("boss",), "boss": ("manager", "gaffer"),
    # the one consulted for an opinion: "X, an analyst at Y" … "the expert said"
    "analyst": ("expert",), "economist": ("expert", "analyst"),
    "researcher": ("expert", "scientist"), "scientist": ("expert", "researcher"),
    "lawyer": ("attorney", "counsel"), "attorney": ("lawyer", "counsel"),
    "actress": ("star",), "actor": ("star",), "singer": ("star", "artist"),
    # ranks: "Its commander, Major X," … "the officer told Times of Malta"
    "commander": ("officer",), "commandant": ("officer",), "superintendent": ("officer",),
    "trooper": ("officer",), "sergeant": ("officer",),
    "lieutenant": ("officer",), "colonel": ("officer",), "inspector": ("officer",),
    "constable": ("officer",), "detective": ("officer",),
    "novelist": ("author", "writer"), "author": ("writer",), "writer": ("author",),
    # elected office: "Senator X" … "the lawmaker"
    "senator": ("lawmaker", "legislator"), "congressman": ("lawmaker", "legislator"),
    "congresswoman": ("lawmaker", "legislator"), "representative": ("lawmaker", "legislator"),
    "assemblyman": ("lawmaker", "legislator"), "assemblywoman": ("lawmaker", "legislator"),
}

#: Speech verbs that go on with one's own words ("he added", "she continued"): their pronoun
#: takes up the previous quotation's speaker.
#: Verbs of perception whose clitic object is the speaker (French only: « on l'entend dire »;
#: English makes the speaker the subject, "she can be heard saying").
PERCEPTION_VERBS: frozenset[str] = frozenset()

#: Speech verbs that answer (""…?" Ms Kearney asked. "…," the 56-year-old replied"): the one
#: who put the question does not answer it.
REPLY_VERBS: frozenset[str] = frozenset({
    "replied", "replies", "answered", "answers", "responded", "responds", "retorted",
    "retorts",
})

CONTINUING_VERBS: frozenset[str] = frozenset({
    "added", "adds", "continued", "continues", "concluded", "concludes",
})

#: Articles opening a title capitalised on its first noun only (none: English titles are
#: Title Case, see the "title-case" rule).
TITLE_ARTICLES: frozenset[str] = frozenset()

#: Sentence openings that point back at the quotation just before and say who spoke it:
#: '"A brave man." That is how Ray Lopez describes his neighbour.'
BACK_REFERENCES: tuple[str, ...] = (
    "that is how", "that's how", "that is what", "that's what", "those were the words of",
    "so said", "such was the verdict of",
)

#: Singular nouns for a group of people, with its size: "the couple said".
GROUP_NOUNS: dict[str, int] = {"couple": 2, "pair": 2, "duo": 2}

#: Copulas: "X is the mayor of Y", "X became chair" tie the role noun of the predicate to X,
#: as an apposition does.
COPULAS: frozenset[str] = frozenset({"is", "was", "became", "remains"})

#: A speaker's own copulas, after "I": "I am still the mayor" (see quotes_fr.SELF_COPULAS).
SELF_COPULAS: frozenset[str] = frozenset({"am", "m", "was", "remain", "became"})

#: Endings of a past participle that, right after a document noun, is an adjective and not
#: the verb (French « une réponse écrite »; English puts the adjective first).
ADJECTIVAL_PARTICIPLE_ENDINGS: tuple[str, ...] = ()

#: Possessive pronouns standing alone before a colon ("His take: "…" Hers: "…""), and the
#: gender of their possessor, whose words follow.
INDEPENDENT_POSSESSIVES: dict[str, str] = {"hers": "f", "his": "m"}

#: Nouns for words said ("One line sums up her mood: "…""): the subject of a sentence before
#: a colon, the words of the person its possessive takes up.
SAID_NOUNS: frozenset[str] = frozenset({"sentence", "line", "phrase", "word", "words"})

#: Verbs of calling somebody something ("A colleague called her "the heart of the floor""):
#: with a person as their subject, the quoted name is that person's words.
CALLING_VERBS: frozenset[str] = frozenset({
    "called", "calls", "call", "dubbed", "dubs", "labelled", "labeled", "labels", "hailed",
    "hails", "branded", "brands", "nicknamed",
})

#: Participles of speech verbs said only reflexively (French « s'est ému »): none in English.
REFLEXIVE_PARTICIPLES: frozenset[str] = frozenset()

#: A participle of writing or sending and "by", ending right before a name (up to three words
#: between: a title): "a letter signed by former Sheriff X".
WRITER_BEFORE: str = (r"\b(?:written|signed|sent|penned|posted|published|authored|scrawled)"
                      r"\s+by\s+(?:[^\W\d][\w.'’-]*\s+){0,3}$")

#: Things that carry a slogan (French only for now: English banners stay quotations).
SIGN_NOUNS: frozenset[str] = frozenset()
#: « of »: a work noun, then « of » and a title (« le premier couplet de « … » »).
OF_WORDS: frozenset[str] = frozenset({"of"})
#: Words a law's heading opens with, like a participle (« la loi « pour une école… » »).
HEADING_OPENERS: frozenset[str] = frozenset({"for", "to"})
#: Adverb endings (« visiblement émue, X »: the adverb opens the fronted participle).
ADVERB_ENDINGS: tuple[str, ...] = ("ly",)
#: Several-word signs, as tokens (none in English for now).
SIGN_COMPOUNDS: tuple[tuple[str, ...], ...] = ()
READING_WORDS: frozenset[str] = frozenset()
READING_AFTER = r"(?!)"
#: (French only for now.)
LEVEL_NOUNS: frozenset[str] = frozenset()
#: Reading a meaning into something ('she saw in the result "a clear mandate"'): the short
#: quotation after it is the subject's words, not scare quotes.
INTERPRETING = (r"(?<![^\W_])(?:(?:see|sees|saw|seen)\s+in\s+(?:it|this|that|the|a|an|his|her|their)\s"
                # "In Tom Baker's words, the plan is “a giveaway”", "to quote the mayor":
                # words said, not scare quotes (whose they are, the speaker rules say)
                r"|in\s+[^\W\d_][\w .'\u2019-]{0,40}?['\u2019]s\s+words\b|in\s+the\s+words\s+of\s"
                r"|to\s+quote\s)")
#: Nouns for the person matching another across a border or a table (« son homologue
#: allemand », "his counterpart"): with a possessive, the other of the last two people named.
COUNTERPART_NOUNS: frozenset[str] = frozenset({"counterpart", "counterparts"})
#: Nouns of the other side of a contest after a singular possessive ("his rival"): the
#: one of the two people named last who is not their sentence's subject.
OPPONENT_NOUNS: frozenset[str] = frozenset({"rival", "opponent", "challenger"})
#: A sentence right after a quotation that takes its words up ("With those words, X
#: opened the hearing"): the person it names said them.
WORDS_TAKEN_UP = (r"(?<![^\W_])with\s+(?:these|those)\s+(?:words|remarks)"
                  r"(?![^\W_])")
#: A relative giving the view of the person before it ("said the prosecutor, for whom X had
#: "ruined a generation""): quoted words after it are that person's.
VIEW_RELATIVES = r",\s*(?:for|according\s+to|in\s+the\s+view\s+of)\s+whom\s"
#: A relative giving what a thing holds ("the argument according to which the messages were
#: jokes"): a verb after it is the content's, attributing nothing.
CONTENT_RELATIVES = r"(?<![^\W_])(?:according\s+to|under)\s+which\s"
#: Adjectives for a document several people signed ("a joint statement"): the people last
#: named together wrote it.
JOINT_WORDS: frozenset[str] = frozenset({"joint"})
#: Words before a document noun that make it somebody's own ("In a statement", "her statement").
ISSUING_WORDS: tuple[str, ...] = ("a", "an", "his", "her", "their", "its", "this")
#: After a document's noun, what names its author ("a statement written by his widow,
#: Deirdre", "a letter signed by X"): the name follows, after one apposition at most.
AUTHORED_BY: str = (r"\s+(?:[a-z]+\s+){0,2}?(?:written|signed|issued|released|penned|sent"
                    r"|published|posted)\s+by\s+(?:[^,.;:!?\"\u201c\u201d]{1,40},\s*)?")
#: An outlet quoting somebody ("…," Reuters quoted X as saying): the verb, and what
#: follows the person quoted; the words are theirs, not the outlet's.
QUOTING_VERBS: frozenset[str] = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})
QUOTED_AS: str | None = r"as\s+(?:saying|telling|stating|writing|adding|warning|noting)\b"
#: Reading someone else's words aloud ("…," X read aloud; "a message that X read from the
#: stage:"): the words are the writer's, not the reader's.
READ_ALOUD: str = r"\bread(?:s|ing)?\s+(?:it\s+|them\s+)?(?:aloud|out)\b|\breading\s+from\b"
#: A person writing or sending a document ("X wrote a letter", "a message sent by X"): the
#: verbs, and the preposition of the passive.
WRITING_VERBS: frozenset[str] = frozenset({
    "wrote", "written", "sent", "signed", "penned", "addressed", "emailed", "texted",
})
WRITTEN_BY: str = "by"
#: (French only: the impersonal « on » of « Du côté de la préfecture, on … : »)
BODY_LEADS: tuple[str, ...] = ()
PERCEIVING: frozenset[str] = frozenset()
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset()
OBJECT_CLITICS: frozenset[str] = frozenset()
#: '," the judge told him': a definite description, a verb of telling and its object pronoun
#: (groups: the description, "him" or "her"): nobody tells themself.
TOLD_OBJECT: str | None = (r"[ \t\u00a0]*,?[ \t\u00a0]*((?:the|this)[ \t]+(?:[a-z-]+[ \t]+){0,3}?"
                           r"[a-z-]+)[ \t]+(?:told|tells|asked|asks|reminded|warned|assured)"
                           r"[ \t]+(him|her)\b")
#: '"A giveaway," was Tom Baker's verdict': the verb before the possessed speech noun.
VERDICT_COPULAS: frozenset[str] = frozenset({"was", "is", "came"})
#: The object pronouns of TOLD_OBJECT and the gender each tells.
OBJECT_PRONOUN_GENDERS: dict[str, str] = {"him": "m", "her": "f"}
#: A pronoun attributing a quotation right after its closing mark ('," she said'): group 1.
STATED_PRONOUN: str = r"[ \t\u00a0]*,?[ \t\u00a0]*(he|she)[ \t]+[a-z]+"
STATED_INVERTED: bool = False  # (the verb after the pronoun: ", she said")
#: The first-person subject opening an interview's answer ("I said: “…”"): the interviewee.
FIRST_PERSON_SUBJECTS: frozenset[str] = frozenset({"i"})
#: An interview's question written "Q: …?" (the paragraph after it is the answer).
INTERVIEW_QUESTION: str = r"(?:Q|Question)\s*:\s"
#: A relative that brings in somebody else's name ("a woman whose son is called Tom").
RELATIVE_POSSESSIVES: frozenset[str] = frozenset({"whose"})
#: Verbs of an outlet relaying somebody's words ("the agency reported"): quoted words in a
#: sentence whose subject is named are that person's, not the outlet's.
RELAYING_VERBS: frozenset[str] = frozenset({"reported", "reports"})
#: A parent written with a child after the name ("X, whose son Y", « X, dont le fils Y »):
#: the relative pronoun, the words for the child, and the parent's word by gender.
PARENT_LINKS: frozenset[str] = frozenset({"whose"})
CHILD_WORDS: frozenset[str] = frozenset({"son", "daughter", "child", "sons", "daughters", "children", "kids"})
#: Nouns for a child ("little Noah", "the boy"): a role that leaves a child named by a first name
#: in a family (lone_relative).
YOUTH_NOUNS: frozenset[str] = frozenset({
    "boy", "girl", "toddler", "baby", "teenager", "teen", "youngster", "little",
})
#: Nouns for a person relative to somebody (« le voisin de X », "a friend of X"): with a
#: complement they name somebody else, not a member of a body.
RELATIVE_NOUNS: frozenset[str] = frozenset({
    "neighbor", "neighbour", "friend", "neighbors", "neighbours", "friends",
})
#: Nouns for people together whom a role may serve (« l'avocat de la famille »): a role
#: of theirs is somebody else's, not a member of a body.
COLLECTIVE_NOUNS: frozenset[str] = frozenset({"family", "families", "household", "households"})
#: Person nouns that fit anybody: a description made of them names nobody in particular
#: (the speaker an earlier quotation gave it to is not therefore the one meant again).
GENERIC_PERSON_NOUNS: frozenset[str] = frozenset({
    "man", "woman", "person", "guy", "lady", "gentleman", "individual", "boy",
    "girl", "fellow", "stranger",
})
PARENT_WORDS: dict[str, str] = {"f": "mother", "m": "father"}
#: "the younger Okoro", "the elder Pettigrew" (``YOUNGER_WORDS``, ``ELDER_WORDS``): of two
#: people sharing a family name, the one a word before their first mention makes the junior
#: ("his son, Cody", "his younger brother") or the senior ("Okoro's older brother Marcus").
JUNIOR_WORDS: frozenset[str] = frozenset({
    *YOUNGER_WORDS, "little", "kid", "baby", "son", "daughter", "grandson", "granddaughter",
    "nephew", "niece"})
SENIOR_WORDS: frozenset[str] = frozenset({
    *ELDER_WORDS, "big", "father", "mother", "dad", "mom", "mum", "grandfather",
    "grandmother", "uncle", "aunt"})
#: Endings of a past participle opening a sentence ("Asked whether…").
PAST_PARTICIPLE_ENDINGS: tuple[str, ...] = ("ed",)
#: Past participles that do not end in "ed" ("Beaten by X, Y …", "Born in Ohio, …").
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset({
    "beaten", "born", "brought", "built", "caught", "chosen", "done", "driven", "elected",
    "found", "given", "hit", "held", "hurt", "kept", "known", "led", "left", "lost", "made",
    "met", "paid", "seen", "sent", "shaken", "shot", "sold", "spoken", "struck", "taken",
    "taught", "thrown", "told", "torn", "won", "written", "overtaken", "undone", "forgotten",
    "forgiven", "stolen", "sworn", "bound", "withdrawn", "drawn", "grown", "shown",
})
#: Words that stand for somebody after a determiner ("another", "one of them", "some"): a
#: phrase of them may name a speaker (np_label).
ALTERNATIVE_WORDS: frozenset[str] = frozenset({
    "other", "others", "another", "one", "ones", "some", "several", "each", "many", "few",
    "former", "latter", "first", "second", "last",
})
#: The grammatical gender a noun's ending tells: none in English.
NOUN_GENDER_ENDINGS: tuple[tuple[str, str], ...] = ()
#: The gender a possessive determiner tells of its noun: none in English ("his colleague").
POSSESSIVE_GENDERS: dict[str, str] = {}
#: See quotes_fr.VOWEL_INITIALS: none matters in English.
VOWEL_INITIALS: tuple[str, ...] = ()
#: Nouns for a person on the same side as the possessor ("his business partner", "her
#: successor"); English tells no gender of them, so ``gendered_source`` leaves them be.
PARTNER_NOUNS: frozenset[str] = frozenset({"partner", "successor", "predecessor"})
#: Roles of the people a case is about ("the suspect, X"): such a person is not the witness,
#: the spokesperson or the friend who speaks of it (``gendered_source``).
CASE_PARTIES: frozenset[str] = frozenset({
    "suspect", "defendant", "accused", "victim", "detainee", "inmate", "deceased", "killer",
})
#: Source nouns that name one person ("the spokeswoman", "this friend"): definite,
#: demonstrative or possessed, and of a gender the noun tells, they take up the one person of
#: that gender named just before (``gendered_source``).
ONE_PERSON_SOURCES: frozenset[str] = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "representative", "rep", "publicist", "aide",
    "official", "friend", "pal", "confidant", "confidante", "witness", "eyewitness",
    "observer", "relative", "neighbor", "neighbour", "employee", "staffer", "member",
    "resident", "worker", "analyst", "economist", "expert", "prosecutor",
})
#: Nouns for the other side of a contest ("his rival", "her opponent"): the one the article
#: wrote the noun with a name for (``rival``); English tells no gender to go further.
RIVAL_NOUNS: frozenset[str] = frozenset({
    "rival", "opponent", "challenger", "adversary", "foe", "nemesis",
})
#: Nouns for a peer ("his colleague", "her teammate"): after a quotation that speaks of the
#: possessor, the voice the paragraph just heard goes on (peer_voice).
PEER_NOUNS: frozenset[str] = frozenset({
    "colleague", "teammate", "team-mate", "co-author", "coauthor", "collaborator",
    "bandmate", "co-founder", "cofounder", "co-star", "costar", "classmate", "workmate",
})
#: Analysts' ratings of a stock: in a sentence about a rating ('cut his rating on the
#: stock to "hold" from "buy"'), they are terms, not words said.
RATINGS: frozenset[str] = frozenset({
    "buy", "strong buy", "sell", "strong sell", "hold", "neutral", "outperform",
    "underperform", "market perform", "sector perform", "overweight", "underweight",
    "equal-weight", "equal weight", "accumulate", "reduce", "add", "positive", "negative",
})
RATING_NOUNS: frozenset[str] = frozenset({
    "rating", "ratings", "rated", "rates", "rate", "upgraded", "downgraded", "upgrade",
    "downgrade", "upgrades", "downgrades", "recommendation", "recommendations", "stock",
    "shares",
})
#: Document nouns that, with an adjective and a capitalised quotation after them, name it
#: (French only for now).
TITLED_DOCUMENTS: frozenset[str] = frozenset()
PREDICATE_BEFORE: dict[str, tuple[str, ...]] = {}
WORD_NOUNS: frozenset[str] = frozenset()
#: Before a second speech verb between two quotations: a later speech act ('"A," she said,
#: before adding: "B"'), two quotations.
SEQUENCE_WORDS: frozenset[str] = frozenset({"before"})

#: Between two quotations, a speaker reading or quoting out somebody else's words ('"A," she
#: said, *quoting* a letter from her son: "B"'): two quotations, two voices.
CITING_WORDS: frozenset[str] = frozenset({"quoting", "citing", "reading"})

#: A fronted phrase naming the go-between a subject speaks through ("*Through* the family's
#: attorney, Aisha Carrington, he released a statement:"): the subject speaks, not the name.
INTERMEDIARY_OPENERS: frozenset[tuple[str, ...]] = frozenset({("through",), ("via",)})
#: After a citing word, the words that introduce whose words are cited ("a letter from her son"; not "to reporters", "prepared by her officials").
CITED_OWNER_WORDS: frozenset[str] = frozenset({"of", "from"})
#: Before a name that ends a phrase naming a thing, the words that make that name the one a
#: relative after it takes up ("a swift rebuke from Griffiths, who called them …"; not "the
#: family of Tom Reid, who", « l'entourage de X, qui »).
THING_AGENT_WORDS: frozenset[str] = frozenset({"from", "by"})

#: Articles that tell the gender of the person named after them (French « du vieux Fabre »;
#: English articles tell none).
GENDERED_ARTICLES: dict[str, str] = {}
DATIVE_PRONOUNS: frozenset[str] = frozenset()  # ("told him": after the verb, in English)
NAME_ADJECTIVES: frozenset[str] = frozenset()  # (no gendered article in English)

#: Nouns for a person's decade of age (the first year of it): "Ruth Hale, 91," is "the
#: nonagenarian" further on.
AGE_NOUNS: dict[str, int] = {
    "quadragenarian": 40, "quinquagenarian": 50, "sexagenarian": 60, "septuagenarian": 70,
    "octogenarian": 80, "nonagenarian": 90, "centenarian": 100,
}

#: Set periphrases for an office, after a definite article, and the office noun they stand
#: for: "the head of state" is the president the article named.
OFFICE_PERIPHRASES: dict[str, str] = {
    "head of state": "president", "head of government": "minister#prime premier",
}


#: An attribution that says its speaker is not named (the rules then name nobody, whoever
#: they found): "on condition of anonymity", "who asked not to be named".
ANONYMITY = (
    r"(?<![^\W_])(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:requested|requesting|asked\s+for)"
    r"\s+anonymity|speaking\s+anonymously|(?:asked|declined|requested|asking|declining)\s+"
    r"(?:not\s+)?to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+speak"
    r"(?:\s+publicly|\s+on\s+the\s+record)?"
    # "a collector whose identity was not disclosed"
    r"|whose\s+(?:identity|name)\s+(?:was|has\s+not\s+been|had\s+not\s+been)\s+(?:not\s+)?"
    r"(?:disclosed|revealed|released|made\s+public))(?![^\W_])"
)

#: The label of such a quotation.
ANONYMOUS_LABEL = "anonymous source"

#: Demonstrative determiners: a description they open (« ce policier », "this official")
#: takes up the unnamed person just brought in (« une source », "an official"), if any.
DEMONSTRATIVE_DETERMINERS: frozenset[str] = frozenset({"this", "that"})

#: Nouns for the person an article is about, whoever was named last: « l'intéressé », « le
#: principal intéressé » (``_Annotator.concerned``), and the adjectives that may come between.
CONCERNED_NOUNS: frozenset[str] = frozenset()
CONCERNED_ADJECTIVES: frozenset[str] = frozenset()

#: Words that open a fronted phrase of time or place before a sentence's subject, passed over
#: up to its comma when the subject a pronoun takes up is sought in the sentence before. None
#: in English: "At the end of the session, a resident asked him about the cost. "…," he said"
#: is the mayor's, and English has no object clitic before the verb to tell the two apart.
FRONTED_OPENERS: frozenset[str] = frozenset()
#: Capitals written without their accent that open such a phrase (« A l'hôpital régional, »).
UNACCENTED_OPENERS: frozenset[str] = frozenset()
#: First-person possessives before a kin noun: the narrator's relative, unnamed (« Ma tante a
#: attendu dix ans. … elle m'a dit : « … » »).
FIRST_PERSON_POSSESSIVES: frozenset[str] = frozenset({"my"})
#: Infinitive markers of purpose or manner, whose infinitive's subject is the sentence's
#: (« La députée, X, a adressé un courrier à la ministre pour dénoncer « … » » is X's words,
#: not the letter's). English "to" also follows an object that is its subject ("requiring
#: plants to report").
PURPOSE_MARKERS: frozenset[str] = frozenset()
