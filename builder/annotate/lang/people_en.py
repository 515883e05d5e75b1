"""English word lists for finding people in news text (the rules are in ``annotate/people.py``).

General language knowledge only: nothing here names a topic or a person. Words are compared
folded (lowercase, accents removed) unless a comment says otherwise. ``people.py`` merges these
lists with the French ones, because news in either language quotes names, titles and
organisations from the other ("Polo Lounge" in a French article).
"""

from __future__ import annotations

#: Honorifics and titles written before a name ("Ms. Johnson", "Vice President Harris"). A title
#: is never part of a discovered name, and a name after one is almost surely a person.
#: Several words form one title when written so ("Vice President").
TITLES: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
    "President", "Vice President", "Vice-President", "President-elect", "Former President",
    "First Lady", "First Daughter", "Senator", "Sen", "Representative", "Rep", "Congressman",
    "Congresswoman", "Governor", "Gov", "Lieutenant Governor", "Mayor", "Judge", "Justice",
    "Chief Justice", "Attorney General", "Solicitor General", "Secretary", "Speaker",
    "Minister", "Prime Minister", "Chancellor", "Ambassador", "General", "Gen", "Colonel",
    "Col", "Captain", "Capt", "Lieutenant", "Lt", "Sergeant", "Sgt", "Officer", "Detective",
    "Det", "Sheriff", "Deputy", "Agent", "Commissioner", "Chief", "Director", "Reverend", "Rev",
    "Father", "Pastor", "Rabbi", "Imam", "Bishop", "Archbishop", "Cardinal", "Coach", "Dean",
    "Chairman", "Chairwoman", "Attorney", "Councilman", "Councilwoman", "Councilmember",
    "Assemblyman", "Assemblywoman", "Trooper", "Warden", "Private", "Corporal", "Major",
    "Admiral", "Nurse", "Sister", "Matron", "Revd", "Rt Rev", "Rt Revd", "Very Rev", "Most Rev",
    "Right Reverend",
    # police, fire and military ranks, and offices of local government and the courts
    # (not "Constable", "Marshal": surnames too — "paintings by John Constable")
    "Inspector", "Chief Inspector", "Insp", "Superintendent", "Chief Superintendent", "Supt",
    "Commander", "Fire Chief", "Brigadier", "Commodore", "Lieutenant Colonel", "Lt Col",
    "Major General", "Councillor", "Cllr", "Alderman", "Coroner", "Magistrate",
    "Monsignor",
    # Singapore's and Malaysia's courtesy title for a woman ("Madam Lim", "Mdm Tan")
    "Madam", "Mdm",
)

#: Titles that name a person together with one single name ("Pope Francis", "Prince Harry").
SINGLE_NAME_TITLES: tuple[str, ...] = (
    "Pope", "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Emperor", "Empress",
    "Sheikh", "Sultan", "Tsar", "Czar",
)

#: Familiar titles before a given name alone, which then names a person ("Uncle Gilles",
#: "Sister Agnes"); see ``SINGLE_NAME_TITLES``. Not grandparents' ("Grandma Dee"): a
#: speaker's name for their own relative more often than the name the article gives.
FAMILIAR_TITLES: tuple[str, ...] = ("Uncle", "Aunt", "Auntie", "Sister")

#: Honorifics that tell a person's gender, to check "Ms. Johnson" against the registry.
MALE_HONORIFICS: tuple[str, ...] = ("Mr", "Sir", "Lord", "Mister")
FEMALE_HONORIFICS: tuple[str, ...] = ("Ms", "Mrs", "Miss", "Dame", "Lady", "Madam", "Mdm")

#: Honorifics any person's surname may follow, to tell that a capitalised word after one is a
#: surname ("Mr. Whitaker"): not "Miss", "Lady", "Lord", which also open titles and names
#: ("Miss Universe", "Lady Gaga", "Lord of the Rings").
PLAIN_HONORIFICS: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Mx")

#: Name suffixes kept as part of a name ("Martin Luther King Jr.").
NAME_SUFFIXES: tuple[str, ...] = ("Jr", "Sr", "II", "III", "IV")

#: Letters after a name that only a person bears ("Conor Dalton SC, for the accused"), folded.
POST_NOMINALS: tuple[str, ...] = ("sc", "qc", "kc", "mp", "mep", "msp", "td", "obe", "mbe",
                                  "cbe", "kbe", "dbe")

#: Words between "the" and a surname that several people of the article bear, telling which
#: one is meant: the junior is the one named in full last before, the senior the one named in
#: full first ("Gundersen's son, kicker Matt Gundersen ... The younger Gundersen").
YOUNGER_WORDS: tuple[str, ...] = ("younger", "youngest", "junior")
ELDER_WORDS: tuple[str, ...] = ("elder", "older", "eldest", "oldest", "senior")

#: Two capitals that are an acronym, not a given name's initials ("US Steel", "EU Smith"),
#: folded: see ``people.py``, ``_initials_before_a_surname``.
NOT_INITIALS: tuple[str, ...] = (
    "us", "uk", "eu", "un", "tv", "ai", "pr", "dc", "la", "ny", "nj", "fc", "ac", "sc", "gp",
    "pm", "mp", "fa", "st", "mr", "ms", "dr", "ok", "id", "it", "hr", "ex", "vp", "uc", "nc",
    "mo", "ma", "md", "ga", "tx", "fl", "pa", "va", "wa", "co", "ca", "oh", "mi", "in", "il",
    "az", "or", "ct", "ky", "sa", "ag", "bp", "hp", "lg", "ge", "ba", "af",
    # police and military ranks before a surname: "PC Smith", "DS Jones", "DI Evans"
    "pc", "ds", "di", "dc", "wpc", "ch", "lt", "sg", "cpl", "pte",
)

#: Lowercase particles inside names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES: tuple[str, ...] = (
    "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "bin", "ibn", "al",
    "el", "ter", "ten", "zu", "af", "st",
)

#: Lowercase nouns just before a name that say it is a person ("attorney Erin Haney").
ROLE_NOUNS: tuple[str, ...] = (
    "pupil", "schoolboy", "schoolgirl", "teenager", "technician",
    "attorney", "attorneys", "lawyer", "lawyers", "rapper", "singer", "songwriter", "actor",
    "actress", "model", "star", "superstar", "designer", "senator", "sen.", "governor",
    "president", "mayor", "judge", "justice", "prosecutor", "defendant", "inmate", "prisoner",
    "activist", "advocate", "reporter", "journalist", "correspondent", "columnist", "producer",
    "director", "host", "author", "writer", "novelist", "poet", "artist", "athlete", "player",
    "coach", "sheriff", "officer", "deputy", "pastor", "reverend", "founder", "co-founder",
    "cofounder", "ceo", "chief", "executive", "spokesperson", "spokesman", "spokeswoman",
    "adviser", "advisor", "aide", "secretary", "minister", "ambassador", "candidate",
    "congressman", "congresswoman", "representative", "lawmaker", "politician", "chairman",
    "chairwoman", "chair", "professor", "scientist", "researcher", "doctor", "dr.", "nurse",
    "wife", "husband", "ex-wife", "ex-husband", "partner", "girlfriend", "boyfriend", "fiancé",
    "fiancée", "daughter", "son", "mother", "father", "mom", "dad", "sister", "brother",
    "grandmother", "grandfather", "aunt", "uncle", "cousin", "niece", "nephew", "friend",
    "daughter-in-law", "son-in-law", "mother-in-law", "father-in-law", "sister-in-law",
    "brother-in-law", "stepdaughter", "stepson", "stepmother", "stepfather", "widow", "widower",
    "comedian", "musician", "dancer", "filmmaker", "photographer", "entrepreneur",
    "businessman", "businesswoman", "billionaire", "millionaire", "influencer", "personality",
    "socialite", "celebrity", "mogul", "victim", "survivor", "suspect", "witness", "plaintiff",
    "client", "colleague", "manager", "agent", "publicist", "stylist", "boss", "employee",
    "student", "teacher", "veteran", "soldier", "former", "late", "named", "called", "dubbed",
    "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "member", "steward", "economist", "analyst",
    "official", "organizer", "organiser", "leader", "worker", "resident", "owner", "engineer",
    "astronomer", "astrophysicist", "physicist", "chemist", "biologist", "geologist",
    "paleontologist", "palaeontologist", "historian", "curator", "firefighter", "pilot",
    "farmer", "driver", "commander", "striker", "midfielder", "defender", "goalkeeper",
    "winger", "forward", "captain", "chef", "negotiator", "mediator", "economist", "planner",
    "councillor", "councilor", "alderman", "trustee", "commissioner", "superintendent",
    "inspector", "investigator", "detective", "agent", "ranger", "trooper", "warden",
    "counsel", "litigator", "paralegal", "clerk", "treasurer", "auditor", "consultant",
    "strategist", "pollster", "lobbyist", "donor", "voter", "neighbor", "neighbour",
    "landlord", "tenant", "shopper", "customer", "homeowner", "parent", "grandparent",
    "coauthor", "co-author", "epidemiologist", "surgeon", "physician", "psychologist",
    "sociologist", "professor", "lecturer", "archaeologist", "spokesperson",
    "promoter", "broker", "banker", "investor", "trader", "shareholder", "democrat",
    "republican", "quarterback", "pitcher", "catcher", "outfielder", "shortstop", "linebacker",
    "receiver", "centre-back", "center-back", "full-back", "fullback", "fly-half",
    "scrum-half", "referee", "umpire", "cyclist", "swimmer", "skier", "boxer", "sprinter",
    "golfer", "jockey", "skipper", "counterpart",
    # trades of the people a reporter meets ("said the baker, Carol.")
    "baker", "shopkeeper", "bookseller", "waiter", "waitress", "hairdresser", "cashier",
    "postman", "postwoman", "publican", "barman", "barmaid", "crofter", "fisherman",
    "shepherd", "butcher", "grocer", "pharmacist", "hawker", "vendor", "stallholder",
    "lifeguard",
    "carpenter", "plumber", "electrician", "welder", "mechanic", "logger",
    "lumberjack", "millwright", "trawlerman", "herder", "rancher", "beekeeper", "winemaker",
    "barber", "tailor", "cobbler", "blacksmith", "collector", "constable", "registrar",
    "chancellor", "provost", "headteacher", "headmaster", "headmistress", "archivist",
    "librarian", "paramedic", "midwife", "veterinarian",
    # ranks and clergy, written in lowercase before a name ("fire lieutenant Sharnie X", "the
    # parish priest, Fr X"; not "major", "general", "cardinal": adjectives too; nor "editor",
    # "trainer", "miner", which name software, aircraft and firms: "the image editor Affinity
    # Photo", "the miner Rio Tinto")
    "lieutenant", "sergeant", "corporal", "colonel", "admiral", "commander", "priest", "vicar",
    "rector", "deacon", "chaplain", "rabbi", "imam", "nun", "monk", "bishop", "archbishop",
    # the letters after a member's name, also written before it ("Labour MP Dafydd
    # Rees-Morgan", "Fianna Fáil TD Aoife Brennan")
    "mp", "mep", "msp", "mla", "td",
)

#: Verbs after a name that make it the speaker ("Haney said", "Haney, who ...").
SPEECH_AFTER: tuple[str, ...] = (
    "said", "says", "told", "tells", "tweeted", "wrote", "writes", "added", "adds", "explained",
    "explains", "noted", "notes", "stated", "states", "recalled", "recalls", "continued",
    "replied", "responded", "argued", "argues", "insisted", "admitted", "announced",
    "posted", "shared", "revealed", "confirmed", "agreed", "asked", "asks", "testified",
    "commented", "remarked", "claimed", "claims", "declared", "described", "acknowledged",
    "praised", "thanked", "urged", "warned", "joked", "laughed", "smiled", "cried",
    "wrote", "captioned", "who", "whose", "herself", "himself", "disagreed", "countered",
    "cautioned", "predicted", "estimated", "conceded", "emphasized", "emphasised", "stressed",
    "recounted", "concluded", "observed", "suggested", "contended", "maintained", "vowed",
    "pledged", "promised", "denied", "apologized", "apologised", "sighed", "shrugged",
    "scoffed", "conceded", "objected", "complained", "lamented", "cheered", "boasted",
    "has said", "had said", "did not respond", "declined to comment", "could not be reached",
    "retorted", "snapped", "quipped", "shot back", "fired back", "hit back", "chimed in",
    "piped up", "weighed in", "put it",
    "pleaded", "died", "resigned", "retired", "wept", "was born", "was sentenced",
    "was convicted", "was arrested", "was elected", "was appointed", "was hired", "was fired",
    "was named", "was charged",
)

#: Verbs only a person does, before or after a given name standing alone ("recalls Karim",
#: "Karim laughed"): see ``people_fr.LONE_NAME_VERBS``.
LONE_NAME_VERBS: tuple[str, ...] = (
    "recalled", "recalls", "laughed", "laughs", "joked", "jokes", "smiled", "smiles",
    "sighed", "sighs", "wept", "shrugged", "whispered", "whispers", "confided", "confides",
    "admitted", "admits", "remembered", "remembers", "recounted", "recounts",
    # words said to the writer, a person's ("Julie told me one night")
    "told me", "tells me", "asked me",
)

#: A relative pronoun only a person takes, after a given name standing alone and a comma
#: ("Carol, who has worked there for 23 years"): a firm is "which".
LONE_NAME_RELATIVES: tuple[str, ...] = ("who", "whose")

#: Role nouns that also describe firms, places or things ("Castellane Capital, a fund manager",
#: "Doha, the host city", "a leader in solar panels"): an apposition of one of them is no sign
#: that a given name and the word after it are a person's (``ROLE_NOUNS`` minus these is).
NOT_PERSON_APPOSITIONS: tuple[str, ...] = (
    "model", "star", "superstar", "host", "chief", "executive", "former", "late", "named",
    "called", "dubbed", "member", "leader", "owner", "democrat", "republican", "mr.", "mrs.",
    "ms.", "mr", "mrs", "ms", "investor", "shareholder", "donor", "broker", "trader", "partner",
    "manager", "producer", "operator", "landlord", "tenant", "vendor", "client", "customer",
    "promoter", "organizer", "organiser", "agent", "consultant", "justice", "counterpart",
    "personality", "designer", "publicist",
)

#: Possessives before a role noun in apposition to a given name standing alone ("Her
#: neighbour, Carol, said"): the name is a person's.
LONE_NAME_POSSESSIVES: tuple[str, ...] = ("his", "her", "their", "its", "our", "my", "your")

#: Nouns of rank for a person, after a possessive before a given name standing alone, beside
#: ``ROLE_NOUNS`` ("His deputy, Julien, took the helm").
LONE_ROLE_NOUNS: tuple[str, ...] = ("deputy", "second-in-command", "right-hand man")
#: Adjectives between a possessive and kin or a role before a given name standing alone
#: ("Her older brother, Chidi,", "his younger sister Maya").
KIN_ADJECTIVES: tuple[str, ...] = (
    "older", "younger", "elder", "eldest", "oldest", "youngest", "little", "big", "baby",
    "twin", "late",
)
#: Nouns for a work before its quoted title ("her hit "Long Way Home"", "the documentary
#: "Shannon Goes to Washington""): the capitalised words in it are no person's name.
WORK_NOUNS: tuple[str, ...] = (
    "hit", "single", "song", "ballad", "album", "record", "film", "movie", "documentary",
    "docuseries", "series", "show", "sitcom", "book", "novel", "memoir", "play", "musical",
    "poem", "painting", "titled", "entitled",
)
#: Words before a quoted nickname ("dubbed "the Iceman""): the nickname is no other person.
NICKNAME_BEFORE: tuple[str, ...] = ("dubbed", "nicknamed", "alias", "aka")
#: The same, only in apposition after a comma (« Andrés Romero, dit « el Niño » »): else they
#: introduce words said.
NICKNAME_APPOSITIONS: tuple[str, ...] = ()
#: Adjectives between "the" and a trade before a given name in apposition ("the former
#: bouncer, Mickaël,").
FORMER_ADJECTIVES: tuple[str, ...] = ("former", "young", "old", "retired")
#: Words before a plural role or kin noun in apposition to given names standing alone ("His
#: daughters, Lou and Inès,", "two activists, Manon and Julie,").
LONE_NAME_PLURALS: tuple[str, ...] = (
    "his", "her", "their", "our", "my", "your", "two", "three", "four", "five",
)
#: Plural kin, irregular ones included, for ``LONE_NAME_PLURALS``.
KIN_PLURALS: tuple[str, ...] = ("children", "kids", "grandchildren", "parents")

#: Kin a person has: after a possessive, in apposition before a capitalised word that is no
#: known given name ("O'Sullivan's wife, Máire, said"), they make it a person's first name.
KIN_NOUNS: tuple[str, ...] = (
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "mum",
    "mom", "dad", "grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle",
    "cousin", "niece", "nephew", "fiancé", "fiancée", "widow", "widower", "stepson",
    "stepdaughter", "stepmother", "stepfather", "partner", "girlfriend", "boyfriend",
)
#: A child or a sibling named by rank, possessed before a given name ("Her oldest, Madison,"):
#: only a person has one.
RANK_KIN: tuple[str, ...] = ("oldest", "eldest", "youngest", "firstborn", "middle child")
#: Words that give a name as a name ("who gave her name as Lau", "her name is Brenda"): the
#: word after them is a person's, whatever it is.
NAME_INTRODUCERS: tuple[str, ...] = (
    "name only as", "names only as", "name as", "her name was", "his name was", "her name is",
    "his name is",
)

#: Nouns for a kind of organisation right before a name: the name is the organisation's
#: ("ferry operator Hebridean Link said", "the insurer Crestline Mutual"), unless it opens
#: with a known given name ("tour operator Jane Hale").
ORGANISATION_NOUNS: tuple[str, ...] = (
    "operator", "carrier", "airline", "broadcaster", "insurer", "lender", "retailer",
    "supermarket", "chain", "firm", "company", "conglomerate", "manufacturer", "carmaker",
    "automaker", "maker", "brand", "network", "provider", "supplier", "distributor",
    "outlet", "newspaper", "tabloid", "broadsheet", "magazine", "website", "charity",
    "nonprofit", "non-profit", "watchdog", "regulator", "consultancy", "startup", "start-up",
    "utility", "bank", "franchise", "subsidiary", "shipper", "haulier", "hauler", "grocer",
)
#: Endings of an adjective between a noun for a firm and the firm's name ("the regional carrier X"; not "The network interviewed X"): the name
#: is the firm's wherever the article writes it.
ORGANISATION_ADJECTIVE_ENDINGS: tuple[str, ...] = ("al", "ic", "ive", "ous", "ary", "ish")

#: Kin who bear the surname of the person whose kin they are: a first name right after them
#: and a possessive, with no comma, takes that person's surname ("his son Luke" after Tom
#: Farrant is Luke Farrant, "his father Dai"). Not partners, in-laws or step-kin, nor kin
#: through a parent (a grandchild, a cousin or a niece may bear another surname), nor the
#: kin of a woman (see ``people.py``, rule 6).
SURNAME_KIN_NOUNS: tuple[str, ...] = (
    "wife", "husband", "son", "daughter", "widow", "widower", "mother", "father", "brother",
    "sister", "mum", "mom", "dad",
)
#: Possessives that refer back to the person named just before ("his son Luke"); "her" says
#: that person is a woman, "their" names a couple (whose children bear the couple's surname).
SURNAME_KIN_POSSESSIVES: tuple[str, ...] = ("his", "her", "their")
#: Definite articles before a role noun in apposition to a given name standing alone, like a
#: possessive ("said the bookseller, Carol."; « s'amuse la boulangère, Sandrine. »).
ROLE_ARTICLES: tuple[str, ...] = ("the",)
#: Role nouns that need an owner, as kin do: after an article they make a list, not an
#: apposition ("the mother, Vera, and the aunt").
NOT_ROLE_ARTICLE_NOUNS: tuple[str, ...] = (
    "mom", "dad", "ex-wife", "ex-husband", "friend", "daughter-in-law", "son-in-law",
    "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "parent",
    "grandparent", "former", "late", "named", "called", "dubbed", "mr.", "mrs.", "ms.", "mr",
    "mrs", "ms",
)
SURNAME_KIN_FEMININE: tuple[str, ...] = ("her",)
SURNAME_KIN_PLURAL: tuple[str, ...] = ("their",)
#: A verb and one of these possessives after a surname two people share ("Achterberg ended
#: his day"): the possessive is the subject's and tells their gender (not after a word of
#: ``NOT_SUBJECT_VERBS``, "Achterberg and her husband", nor before a word of
#: ``NOT_POSSESSED``, "thanked her for": an object pronoun).
SUBJECT_POSSESSIVES: dict[str, str] = {"his": "m", "her": "f"}
NOT_SUBJECT_VERBS: tuple[str, ...] = (
    "and", "or", "with", "to", "of", "in", "on", "at", "for", "by", "as", "than", "from",
    "nor", "but",
)
NOT_POSSESSED: tuple[str, ...] = (
    "that", "to", "for", "the", "a", "an", "in", "on", "at", "and", "or", "about", "with",
    "of", "as", "after", "before", "by", "from",
)

#: Articles before a role noun in apposition after a given name standing alone ("Harjit, a
#: taxi driver"): the name is a person's.
#: Adverbs of time before such an apposition ("Becca, now a nurse in Wichita,").
APPOSITION_ADVERBS: tuple[str, ...] = ("now", "then", "still", "formerly")
APPOSITION_DETERMINERS: tuple[str, ...] = ("a", "an")
#: What may open an apposition after a name ("Frank Mills, a local councillor,"), and the
#: prepositions of a role's complement in it ("a councillor for Ward 3").
APPOSITION_OPENERS: tuple[str, ...] = ("a", "an", "the", "his", "her", "their")
ROLE_COMPLEMENTS: tuple[str, ...] = ("of", "for", "at", "in", "from", "with")
#: The initials of places and bodies, never a person's given names ("U.S. Steel said").
PLACE_INITIALS: tuple[str, ...] = (
    "us", "usa", "uk", "eu", "un", "ny", "dc", "la", "bc", "nz", "uae", "nyc", "sa", "nhs", "bbc",
)
#: Articles: a given name after one opens a thing's name ("a German Shepherd").
ARTICLES: tuple[str, ...] = ("a", "an", "the")

#: Nouns for a person that, after an indefinite article, introduce a given name standing
#: alone in apposition, beside role nouns ("A young man of 19, Ibrahim, was killed", "An
#: eighty-year-old, Jean, was robbed"). Only in that place: "the man Smith" is no cue.
LONE_PERSON_NOUNS: tuple[str, ...] = (
    "man", "woman", "young man", "young woman", "boy", "girl", "little girl", "little boy",
    "child", "teenager", "teen", "pensioner", "retiree",
)
#: Nouns after which a given name alone is a person's ("a teacher who gave only her first
#: name, Siobhan").
FIRST_NAME_NOUNS: tuple[str, ...] = ("first name", "given name", "christian name", "surname",
                                     "last name", "family name")
#: Words that introduce one of several people by a first name ("who gave his name only as
#: Jimmy", "one of them, Karim,").
LONE_NAME_INTRODUCERS: tuple[str, ...] = (
    "name only as", "names only as", "name as", "one of them", "one of whom", "a certain",
    "another", "her name was", "his name was", "her name is", "his name is",
    "identified himself only as", "identified herself only as", "identified himself as",
    "identified herself as", "identified only as",
)
#: Prepositions before a medium that a speech verb's subject may follow (« a réagi sur
#: France Inter Jean Martin »): a given name inside the capitalised run after one starts
#: the person's name, the words before it are the medium's.
MEDIUM_PREPOSITIONS: tuple[str, ...] = ("on", "via")
#: Words just before a capitalised run that make it a place ("from nearby Brindley Heath",
#: "the nearby Opaskwayak Cree Nation").
PLACE_BEFORE: tuple[str, ...] = ("nearby", "neighbouring", "neighboring", "downtown")

#: Nouns for a place, written before "of" and its name: "the town of Paradise", "the hamlet
#: of Val Ferret" (then the name is a place's, whatever words it holds).
PLACE_NOUNS: tuple[str, ...] = (
    "town", "city", "village", "hamlet", "borough", "municipality", "township", "county",
    "parish", "district", "province", "region", "commune", "canton", "suburb", "port",
)

#: Words just before a name that introduce it as a speaker ("said Haney", "according to ...").
SPEECH_BEFORE: tuple[str, ...] = (
    "said", "says", "according to", "told", "asked", "thanked", "praised", "interviewed",
    "met with", "meeting with", "joined by", "accompanied by", "alongside", "married",
    "divorced", "dating", "sued", "pardoned", "pardon", "commuted", "hired", "fired",
    "appointed", "elected", "nominated", "succeeded", "replaced", "signed", "charged",
    "arrested", "sentenced", "convicted", "acquitted", "endorsed", "defeated", "congratulated",
)

#: Words after a name that use it as a modifier, not as a reference to the person
#: ("the Trump administration"). A possessive ("Trump's administration") still refers to him.
ATTRIBUTIVE_AFTER: tuple[str, ...] = (
    "administration", "administrations", "era", "years", "presidency", "campaign", "family",
    "clan", "household", "estate", "brand", "brands", "empire", "organization", "dynasty",
    "regime", "government", "cabinet", "doctrine", "-era", "-led", "-backed", "-owned",
    # things named after a person ("the Hervé Lamy museum")
    "museum", "foundation", "institute", "center", "centre", "prize", "award", "library",
    "school", "university", "college", "hospital", "stadium", "arena", "building", "bridge",
    "street", "avenue", "road", "highway", "airport", "station", "park", "hall", "telescope",
    "lab", "laboratory", "fund", "trust", "firm", "company", "collection", "theater",
    "theatre", "gallery", "memorial", "monument", "statue", "rule", "act", "law",
)

#: Words before a name with the same effect (mostly French: "l'administration Trump"), and
#: vessels named after a person ("the ship Queen Mary", "the tanker Jean Bart", "the MV Flora
#: MacDonald", "HMS Prince of Wales"; not "MS", "SS", "RV": Ms, a camper van, and other meanings).
ATTRIBUTIVE_BEFORE: tuple[str, ...] = (
    "ship", "vessel", "yacht", "superyacht", "tanker", "freighter", "liner", "ferry", "frigate",
    "destroyer", "warship", "submarine", "schooner", "trawler", "sailboat", "catamaran",
    "trimaran", "icebreaker", "mv", "hms", "uss", "rms", "hmas", "hmcs", "hmnzs", "fv",
)

#: Words for a family before "of" and a surname ("the house of Windsor"): the name is the
#: family's. Before a given name it is a person's ("the family of John Hale").
KIN_GROUPS: tuple[str, ...] = ("family", "clan", "dynasty", "house")

#: Head words of organisations, places, events, laws and works: a capitalised sequence that
#: contains one is not a person ("Bureau of Justice Statistics", "Polo Lounge", "First Step Act").
ORG_HEADS: tuple[str, ...] = (
    "Aid", "Relief", "Rally", "Aerolineas", "Aerolíneas", "Plan", "Broadcasting", "Science",
    "Nation", "Gardens", "Sports", "Affairs", "Relations", "Act", "Acts", "Administration", "Agency", "Airport", "Airlines", "Airways", "Alliance",
    "Amendment", "Apartments", "Arena", "Area", "Army", "Assembly", "Association", "Authority",
    "Avenue", "Award", "Awards", "Beauty", "Board", "Boulevard", "Brands", "Bureau",
    "Building", "Café", "Cafe", "Campaign", "Capital", "Capitol", "Cathedral", "Center",
    "Centre", "Championship", "Championships", "Channel", "Chapel", "Chronicle", "City",
    "Clinic", "Club", "Coalition", "Coast", "College", "Comics", "Commission", "Committee",
    "Company", "Conference", "Congress", "Convention", "Corp", "Corporation", "Correctional",
    "Cosmetics", "Council", "County", "Cup", "Daily", "Department", "District", "Division",
    "Embassy", "Empire", "Entertainment", "Event", "Events", "Expo", "Facility", "Federation",
    "Festival", "Films", "Force", "Forum", "Foundation", "Fund", "Gallery", "Games", "Gazette",
    "Government", "Group", "Herald", "Highway", "Holdings", "Hospital", "Hotel",
    "Images", "Inc", "Initiative", "Institute", "Institution", "Insurance", "Islands",
    "Jail", "Journal", "Kingdom", "Labs", "League", "Library", "Limited", "LLC", "LLP", "Lounge",
    "Ltd", "Magazine", "Mall", "Media", "Medical", "Memorial", "Ministry", "Monument",
    "Motors", "Mountain", "Mountains", "Museum", "Music", "Navy", "Network", "News",
    "Newspaper", "Observer", "Office", "Olympics", "Organization", "Organisation", "Palace",
    "Parliament", "Partners", "Partnership", "Party", "Penitentiary", "Pictures", "Plaza",
    "Police", "Policy", "Press", "Prison", "Prize", "Productions", "Program",
    "Programme", "Project", "Records", "Reform", "Region", "Report", "Reporter", "Republic",
    "Resort", "Restaurant", "Review", "River", "Road", "Room", "Senate", "Series", "Service",
    "Services", "Show", "Society", "Square", "Stadium", "State", "States", "Station",
    "Statistics", "Studio", "Studios", "Summit", "System", "Systems", "Team",
    "Technologies", "Television", "Theater", "Theatre", "Today", "Tour",
    "Towers", "Treaty", "Tribune", "Trust", "TV", "University", "Valley", "Ventures",
    "Village", "Week", "Weekly", "Month", "Telescope", "Observatory", "Laboratory", "Lab",
    "Agricultural", "Industries", "Energy", "Logistics", "Chemicals", "Pharmaceuticals",
    "Medal", "Trophy", "Scholarship", "Fellowship", "Tunnel", "Dam", "Canal", "Terminal",
    "Complex", "Collection", "Archives", "Syndrome", "Disease", "Effect", "Theorem",
    "Principle", "Marathon", "Tournament", "Classic", "Gala", "Museum", "Exhibition",
    "Orchestra", "Choir", "Ensemble", "Band", "Foundation", "Athletic", "Rangers", "Rovers",
    "Wanderers", "Hotspur", "Albion", "Olympique", "Sporting", "Hotels", "Resorts", "Airlines",
    "Year", "Zoo", "Laws", "Platform", "Online", "Digital", "Dept", "Ballroom",
    # heads of Spanish firms' names ("Minera Tres Quebradas")
    "Minera", "Compañía", "Constructora", "Inmobiliaria",
    # firms: the last word of a capitalised sequence ("Kestrel Securities", "Lehman Brothers")
    "Securities", "Advisors", "Advisers", "Advisory", "Management", "Investments", "Investment",
    "Financial", "Bancorp", "Bancshares", "Brokerage", "Brokers", "Consulting", "Solutions",
    "Therapeutics", "Pharma", "Biotech", "Robotics", "Aerospace", "Shipping", "Foods",
    "Brewing", "Brewery", "Realty", "Properties", "Construction", "Engineering", "Mining",
    "Resources", "Petroleum", "Utilities", "Telecom", "Telecoms", "Communications", "Networks",
    "Software", "Electronics", "Markets", "Exchange", "Equity", "Equities", "Associates",
    "Brothers", "Wealth", "Analytics", "Research", "Reinsurance", "Automotive",
    "Semiconductor", "Semiconductors", "Dynamics", "Healthcare", "Health", "Railways",
    "Railway", "Transit", "Apparel", "Outfitters", "Publishing", "Publishers", "Assurance",
    "Insurers", "Lending", "Mortgage", "Credit", "Payments", "Freight", "Funds", "Trading",
    "Traders", "Developments", "Hospitality", "Restaurants", "Retail", "Stores",
    "Supermarkets", "Pharmacy", "Laboratories", "Diagnostics", "Genomics", "Biosciences",
    "Instruments", "Manufacturing", "Materials", "Metals", "Minerals", "Renewables",
    "Wireless", "Interactive", "Cinemas", "Athletics", "Racing", "Motorsport", "Aviation",
    "Components", "Parts", "Plastics", "Textiles", "Packaging", "Fabrication", "Machinery",
    "Tools", "Devices", "Equipment", "Supplies", "Industrial",
    "Maritime", "Cruises", "Motor", "Co", "Cos", "GmbH", "Plc", "Sarl", "School", "Schools",
    "Academy", "Seminary", "Conservatory",
    # venues, shows and campaigns ("Burton Coliseum", "Kitchen Wars",
    # "Safe Streets"), trades of small firms ("Whitlow Plumbing")
    "Coliseum", "Colosseum", "Amphitheatre", "Amphitheater", "Wars", "Streets",
    "Playhouse", "Opera", "Ballet", "Philharmonic", "Symphony", "Cinema", "Pavilion",
    "Aquarium", "Tavern", "Bakery",
    "Plumbing", "Roofing", "Electrical", "Landscaping", "Remodeling", "Heating",
    # sports teams named by a plural ("the Denver Broncos", "Kansas City Chiefs")
    "Cowboys", "Broncos", "Chiefs", "Celtics", "Warriors", "Rockets", "Lakers", "Bulls",
    "Eagles", "Giants", "Yankees", "Mets", "Patriots", "Packers", "Steelers", "Raiders",
    "Seahawks", "Bears", "Lions", "Tigers", "Cubs", "Dodgers", "Knicks", "Nets", "Jets",
    "Dolphins", "Ravens", "Bengals", "Saints", "Falcons", "Panthers", "Vikings", "Rams",
    "Chargers", "Colts", "Titans", "Jaguars", "Texans", "Commanders", "Buccaneers",
    "Mavericks", "Spurs", "Clippers", "Suns", "Kings", "Pistons", "Pacers", "Bucks", "Hornets",
    "Nuggets", "Timberwolves", "Blazers", "Jazz", "Grizzlies", "Pelicans", "Raptors",
    "Cavaliers", "Wizards", "Sixers", "Astros", "Braves", "Orioles", "Phillies", "Padres",
    "Mariners", "Twins", "Royals", "Brewers", "Reds", "Pirates", "Marlins", "Rays", "Rockies",
    "Diamondbacks", "Nationals", "Guardians", "Jays", "Leafs", "Canadiens", "Bruins",
    "Blackhawks", "Penguins", "Flyers", "Oilers", "Flames", "Canucks", "Islanders", "Sabres",
    "Predators", "Avalanche", "Kraken", "Ducks", "Sharks", "Hurricanes", "Lightning", "Devils",
    "Knights", "Saracens", "Harlequins", "Wasps", "Stormers", "Crusaders", "Highlanders",
    "Wallabies", "Springboks", "Pumas", "Lionesses", "Matildas", "Socceroos",
)

#: Head words that are also common surnames ("Arsenio Hall", "Doris Day"): they make a sequence
#: an organisation or a place only when its first word is not a known given name.
WEAK_ORG_HEADS: tuple[str, ...] = (
    "Hall", "Park", "House", "Court", "Church", "Bank", "Day", "Bridge", "Beach", "Lake",
    "Hill", "Hills", "Post", "Law", "Times", "Tower", "Street", "Lane", "Drive", "Place",
    "Heights", "Field", "Fields", "Wood", "Woods", "Ford", "Brook", "Brooks", "Rivers", "Mills",
    "Price", "Star", "Guard", "Ball", "Island", "Bay", "Union", "Bill", "Major", "Forest",
    "Bills", "Hawks", "Local", "Live",
    # places and clubs ("Sabine Pass", "the Rose Garden", "Carshalton Town", "Sunset Villa")
    "Pass", "Garden", "Town", "Villa",
)

#: Months and feasts that are given names too ("June Carver", "April Ryan"; not "May", "Jan"): they open a name of two or three
#: words when its surname is known or it is a speaker's.
CALENDAR_GIVEN_NAMES: tuple[str, ...] = ("april", "august", "june", "valentine")

#: Given names that are also words of ``NOT_FIRST`` (an adjective, an award): they open a
#: person's name only right before a known surname ("Christian Marty", "Oscar Pistorius"), not
#: "the Christian Democrats", "Christian Aid", "Emmy Awards" (not "German": "a German
#: Shepherd").
GIVEN_AND_NOT_FIRST: tuple[str, ...] = ("christian", "oscar", "emmy")

#: Of those, the ones that are no word of French: in a French article they open a name like
#: any given name (« Christian Delvaux, a défendu », where « chrétien » is the adjective),
#: and stand alone as one with a person's cue (« Christian, un riverain de 78 ans, »).
GIVEN_IN_FRENCH: tuple[str, ...] = ("christian",)

#: Words that never begin a person's name: demonyms, ordinals, directions, adjectives common in
#: names of organisations, places and events.
NOT_FIRST: tuple[str, ...] = (
    "american", "americans", "african", "asian", "european", "british", "english", "french",
    "german", "italian", "spanish", "mexican", "canadian", "chinese", "japanese", "korean",
    "russian", "ukrainian", "israeli", "palestinian", "arab", "jewish", "muslim", "christian",
    "catholic", "protestant", "black", "white", "latino", "latina", "hispanic", "indigenous",
    "native", "democrat", "democrats", "democratic", "republican", "republicans", "liberal",
    "conservative", "federal", "national", "international", "global", "united", "royal",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "last", "next", "new", "old", "north", "south", "east", "west", "northern",
    "southern", "eastern", "western", "central", "upper", "lower", "great", "greater", "grand",
    "big", "little", "high", "supreme", "super", "mega", "mini", "holy", "sacred", "happy",
    "merry", "good", "best", "top", "golden", "silver", "red", "blue", "green", "pink",
    "breaking", "exclusive", "live", "watch", "read", "related", "more", "most", "latest",
    "trending", "photos", "photo", "video", "videos", "getty", "instagram", "twitter",
    "facebook", "tiktok", "youtube", "snapchat", "netflix", "hulu", "google", "apple",
    "amazon", "microsoft", "oval", "inside", "outside", "behind", "meet", "see", "get",
    "click", "sign", "subscribe", "follow", "share", "like", "san", "santa", "los", "las",
    "fort", "mount", "mt", "lake", "cape", "port", "saint", "st", "sainte", "ste", "le",
    "la", "les", "el", "du", "des", "de", "der", "die", "das", "reality",
    "celebrity", "hollywood", "state", "city", "county", "congressional", "presidential",
    "senate", "house", "court", "justice", "criminal", "prison", "youtube", "covid",
    "coronavirus", "world", "olympic", "olympics", "academy", "oscar", "oscars", "grammy",
    "grammys", "emmy", "emmys", "golden", "met", "gala", "fashion", "vogue", "forbes",
    # nationality adjectives open the names of parties, firms and events ("Scottish Labour",
    # "Irish Rail", "Swiss Re"), never a person's (and are no given names)
    "scottish", "welsh", "irish", "australian", "dutch", "swiss", "belgian", "austrian",
    "swedish", "norwegian", "danish", "finnish", "polish", "greek", "turkish", "indian",
    "pakistani", "nigerian", "kenyan", "brazilian", "argentinian", "egyptian", "iranian",
    "iraqi", "syrian", "afghan", "saudi", "cuban", "chilean", "colombian", "peruvian",
    "venezuelan", "portuguese", "romanian", "hungarian", "czech", "serbian", "croatian",
    "bulgarian", "lebanese", "moroccan", "algerian", "tunisian", "ethiopian", "ghanaian",
    "vietnamese", "filipino", "indonesian", "malaysian", "taiwanese", "icelandic",
    "jamaican", "haitian",
)

#: Function words and frequent sentence openers: capitalised at the start of a sentence, they
#: are not part of a name ("On Thursday", "After Erin Haney ...").
FUNCTION_WORDS: tuple[str, ...] = (
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "it's",
    "he", "she", "they", "we", "you", "i", "me", "him", "her", "his", "hers", "their", "our",
    "your", "my", "us", "them", "who", "whom", "whose", "what", "which", "when", "where", "why",
    "how", "whether", "if", "then", "than", "so", "but", "and", "or", "nor", "yet", "for",
    "of", "in", "on", "at", "by", "to", "from", "with", "without", "within", "into", "onto",
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as",
    "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond",
    "despite", "during", "except", "following", "like", "near", "off", "over", "past", "per",
    "since", "through", "throughout", "till", "toward", "towards", "under", "unlike",
    "until", "up", "upon", "via", "while", "although", "though", "because", "unless",
    "once", "also", "still", "even", "just", "only", "already", "again", "always", "never",
    "often", "sometimes", "now", "today", "tonight", "yesterday", "tomorrow", "meanwhile",
    "however", "moreover", "furthermore", "indeed", "instead", "otherwise", "perhaps",
    "maybe", "yes", "no", "not", "all", "any", "each", "every", "both", "either", "neither",
    "some", "many", "much", "more", "most", "few", "several", "such", "other", "another",
    "same", "own", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
    "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "let", "let's", "please", "thanks", "thank", "well", "oh", "hey", "dear", "later",
    "earlier", "last", "next", "first", "finally", "additionally", "ultimately", "currently",
    "recently", "previously", "according", "ahead", "asked", "speaking", "talking",
    "writing", "per", "plus", "minus", "why", "whatever", "whoever", "everyone", "everybody",
    "someone", "somebody", "anyone", "nobody", "nothing", "something", "everything",
    "sources", "source", "insiders", "fans", "people", "critics", "officials",
    # cheers before a name: a chant or a slogan ("Go Mathis", a campaign's "Free Curtis")
    "go", "hooray", "free",
)

#: Capitalised words that, inside a sequence, make it the title of a work or an event rather
#: than a name ("Keeping Up With The Kardashians", "Had A Moment With").
INNER_STOP: tuple[str, ...] = (
    "the", "of", "and", "with", "to", "for", "from", "in", "on", "at", "a", "an", "by", "or",
    "is", "are", "was", "my", "your", "our", "their", "his", "her", "its", "up", "out", "about",
    "how", "what", "why", "who", "when", "where", "not", "no", "all", "this", "that", "after",
    "but", "yet", "if", "while",
)

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
)

WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue",
    "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
)

#: Holidays and other calendar words that are capitalised like names.
HOLIDAYS: tuple[str, ...] = (
    "Christmas", "Easter", "Thanksgiving", "Halloween", "Hanukkah", "Ramadan", "Eid",
    "Passover", "Valentine", "Valentine's", "New Year", "New Year's", "Independence Day",
    "Labor Day", "Memorial Day", "Mother's Day", "Father's Day", "Black Friday",
    "Cyber Monday", "Super Bowl", "Martin Luther King Day", "Martin Luther King Jr. Day",
    "MLK Day", "Presidents Day", "Presidents' Day", "Columbus Day", "Veterans Day",
)

#: Words that start a photo credit: what follows them on the same line is not running text.
CREDIT_MARKERS: tuple[str, ...] = (
    "Photo", "Photos", "Photograph", "Photographs", "Photo credit", "Photo Credit", "Credit",
    "Credits", "Image", "Images", "Image credit", "Illustration", "Picture", "Pictures",
    "PHOTO", "PHOTOS", "CREDIT", "IMAGE",
)

#: Phrases that introduce a photographer inside a caption ("(Photo by X/AFP via Getty Images)").
CREDIT_BY: tuple[str, ...] = (
    "Photo by", "Photos by", "Photographed by", "Photograph by", "Image by", "Picture by",
    "Courtesy of", "courtesy of", "via Getty Images", "Getty Images for", "Reporting by",
    "Additional reporting by", "Editing by", "Writing by", "Compiled by", "Reported by",
)

#: Picture agencies: a short line that names one is a credit.
PHOTO_AGENCIES: tuple[str, ...] = (
    "Getty Images", "GettyImages", "Getty", "Shutterstock", "AFP", "Reuters", "AP Photo",
    "Associated Press", "WireImage", "FilmMagic", "Backgrid", "BACKGRID", "Splash News",
    "MEGA", "Abaca", "ABACA", "Invision", "EPA", "Bauer-Griffin", "GC Images", "Instar",
    "Rex Features", "REX", "Alamy", "Sipa", "SIPA", "Bestimage", "Imago", "Zuma", "ZUMA",
    "Pool", "Instagram", "IMAGO", "Corbis", "Variety", "Penske",
)

#: Words that open a byline line ("By: Meaghan Wray").
BYLINE_MARKERS: tuple[str, ...] = (
    "By", "BY", "Written by", "Reporting by", "Reported by", "Words by", "Story by", "Author",
    "Authors", "Text by", "Edited by", "Additional reporting by",
)

#: Brands and companies named after a person: the full form is not a mention of anyone.
EPONYMOUS_BRANDS: tuple[str, ...] = (
    "Louis Vuitton", "Christian Dior", "Calvin Klein", "Ralph Lauren", "Tommy Hilfiger",
    "Hugo Boss", "Marc Jacobs", "Tom Ford", "Yves Saint Laurent", "Saint Laurent",
    "Estée Lauder", "Kate Spade", "Michael Kors", "Jimmy Choo", "Giorgio Armani",
    "Emporio Armani", "Oscar de la Renta", "Carolina Herrera", "Vera Wang", "Alexander McQueen",
    "Stella McCartney", "Tory Burch", "Coco Chanel", "Jean Paul Gaultier", "Paco Rabanne",
    "Pierre Cardin", "Nina Ricci", "Karl Lagerfeld", "Walt Disney", "Warner Bros",
    "Carnegie Mellon", "Morgan Stanley", "Goldman Sachs", "Charles Schwab", "Wells Fargo", "Johnson & Johnson",
    "Procter & Gamble", "Ben & Jerry's", "Dolce & Gabbana", "Harry Winston", "Harvey Nichols",
    "Marks & Spencer", "John Lewis", "Sotheby's", "Christie's", "Jack Daniel's", "Jim Beam",
    "Kim Crawford", "Ronald McDonald", "Betty Crocker", "Sara Lee", "Martha Stewart Living",
    "Jenny Craig", "Victoria's Secret", "Mary Kay", "Paul Mitchell", "Vidal Sassoon",
    "Elizabeth Arden", "Max Factor", "Helena Rubinstein", "Bobbi Brown", "Charlotte Tilbury",
    "Rimmel London", "Glossier",
    "Harley Davidson", "Harley-Davidson", "Ernst & Young", "Dow Jones", "Johns Hopkins",
    "Tim Hortons", "Jack Daniels", "Uncle Sam", "Santa Claus", "Father Christmas",
    "Mother Nature", "Big Ben", "Planet Hollywood",
    # sports clubs whose names read like a person's
    "Aston Villa", "Paris Saint-Germain", "Crystal Palace", "Queens Park Rangers",
    "Real Madrid", "Inter Milan", "AC Milan", "Bayern Munich", "Bayer Leverkusen",
    "Sporting Lisbon", "Sporting Clube", "Hertha Berlin", "Werder Bremen",
    # carmakers, drinks, magazines and firms
    "Mercedes-Benz", "Mercedes Benz", "Aston Martin", "Alfa Romeo", "Rolls-Royce",
    "Rolls Royce", "Johnnie Walker", "Merrill Lynch", "JP Morgan", "J.P. Morgan",
    "Tiffany & Co", "Van Cleef & Arpels",
)

#: Determiners before a demonym used as a noun for a person, and the adjectives that may sit
#: between them ("the Australian Grant McKechnie", "the veteran Kenyan Eliud Rono"); the
#: demonyms are ``quotes_en.DEMONYM_WORDS``.
DEMONYM_DETERMINERS: tuple[str, ...] = ("the", "a", "an")
DEMONYM_ADJECTIVES: tuple[str, ...] = (
    "young", "former", "veteran", "fellow", "experienced", "teenage", "retired",
)

#: Patterns (case-insensitive) saying that two people of one name are not related: the one named
#: last is then meant by the name alone nearby.
NO_RELATION: tuple[str, ...] = (
    # set off in the sentence: "Fergal Whelan – no relation to the minister –", "(no
    # relation)"; not "bore no relation to what they lost"
    r"[-–—,(]\s*(?:no\s+relation|not\s+related|unrelated)\b",
)

#: Plural kin before two given names and one surname (« les frères Luc et Paul Roussel »): the
#: surname is both names' (some of these nouns also head firms' names: « Lumière Frères »).
SIBLING_NOUNS: tuple[str, ...] = ("brothers", "sisters", "twins", "siblings")

#: Words before an honorific that say a name is being given ("who gave her name only as Ms
#: Lee"): the word after the honorific is a person's surname.
NAMING_BEFORE_HONORIFIC: tuple[str, ...] = (
    "name as", "name only as", "names as", "identified as", "identified only as",
    "identified herself as", "identified himself as", "introduced herself as",
    "introduced himself as", "known only as",
)
