"""English word lists and patterns for finding dates (the rules are in ``annotate/dates.py``).

General language knowledge only: nothing here names a topic, an outlet or a person. Month and
weekday names come from CLDR (Babel); they must be capitalised in English ("May" the month,
never "may" the modal verb). Patterns use placeholders that ``dates.py`` fills in:
``{MONTH}`` (any month name or abbreviation, group ``m``), ``{MONTH_FULL}`` (full names only),
``{WD}`` (weekday, group ``wd``), ``{DAY}`` (group ``d``), ``{YEAR}`` (group ``y``),
``{NUM}`` (a count in digits or words, group ``n``) and ``{HOLIDAY}`` (a name of
``HOLIDAYS``). A group ``pre`` at the start of a match is left out of the expression's span
("in December" → "December").
"""

from __future__ import annotations

#: Abbreviations newspapers write besides the CLDR ones ("Sept. 12", "Oct. 2017").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}

#: Counts written as words ("a year ago", "two weeks ago").
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}

#: Words without which no relative expression exists (besides month and weekday names).
TRIGGERS: tuple[str, ...] = (
    "today", "yesterday", "tomorrow", "ago", "last", "this", "next", "past", "previous",
    "following", "same", "later", "earlier", "day", "spring", "summer", "fall", "autumn",
    "winter", "mid", "end", "start", "beginning", "middle", "weekend", "night",
)

#: Words of a relative expression → unit, direction or season (lowercase).
UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "decades": "decade",
}
DIRECTIONS: dict[str, str] = {"last": "last", "next": "next", "this": "this", "coming": "next",
                              "past": "last"}
SEASONS: dict[str, str] = {"spring": "spring", "summer": "summer", "fall": "autumn",
                           "autumn": "autumn", "winter": "winter"}
#: Deictic words → days from the reference day.
DEICTIC: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1,
                           "the day before yesterday": -2, "the day after tomorrow": 2}
#: Expressions anchored to another date of the text → days from that date.
ANCHORED: dict[str, int] = {
    "the previous day": -1, "the day before": -1, "the next day": 1, "the following day": 1,
    "the day after": 1, "the night before": -1, "the night after": 1, "a day later": 1,
    "a day earlier": -1, "the same day": 0,
    "later": 1, "earlier": -1,  # "two days later": multiplied by the count
    **{f"the {w} {part}": n for w, n in (("previous", -1), ("following", 1), ("next", 1),
                                         ("same", 0))
       for part in ("morning", "evening", "night")},
}
#: Expressions anchored to another date of the text, in weeks (given to the month).
ANCHORED_WEEKS: dict[str, int] = {
    "the following week": 1, "the previous week": -1, "the week after": 1, "the week before": -1,
}
#: Expressions anchored to another date of the text, in years.
ANCHORED_YEARS: dict[str, int] = {
    "the following year": 1, "the next year": 1, "the previous year": -1, "a year later": 1,
    "a year earlier": -1, "the year before": -1, "the year after": 1,
}
#: Before an anchored expression in years: a duration ("over the next year").
DURATION_BEFORE: frozenset[str] = frozenset({
    "in", "over", "within", "during", "for", "through", "throughout",
})

#: Words before a weekday that make it a named day, not a date ("Black Friday").
NAMED_DAY_BEFORE: frozenset[str] = frozenset({
    "black", "good", "cyber", "super", "holy", "ash", "easter", "maundy", "shrove", "giving",
    "blue", "bloody", "whit", "palm", "small business",
})

#: Before a four-digit number: it counts or numbers something, it is not a year.
COUNT_BEFORE: tuple[str, ...] = (
    "about", "around", "nearly", "almost", "some", "over", "under", "more than", "less than",
    "fewer than", "up to", "at least", "roughly", "approximately", "no.", "number", "page",
    "pages", "room", "flight", "route", "highway", "interstate", "model", "code", "exactly",
    "just", "only", "top", "the first", "the last", "another", "additional", "extra", "all",
)
#: After a four-digit number: what it counts (or a season of play, "2023-24").
COUNT_AFTER: tuple[str, ...] = (
    "people", "persons", "men", "women", "children", "kids", "inmates", "prisoners",
    "dollars", "euros", "pounds", "votes", "voters", "members", "employees", "workers",
    "staff", "years", "days", "hours", "minutes", "miles", "kilometres", "kilometers", "km",
    "meters", "metres", "feet", "acres", "hectares", "cases", "deaths", "troops", "soldiers",
    "units", "copies", "times", "percent", "per", "points", "calories", "words", "pages",
    "households", "homes", "students", "jobs", "signatures", "tonnes", "tons", "residents",
    "migrants", "visitors", "followers", "views", "likes", "shares", "stores", "officers",
    "patients", "beds", "seats", "square", "season", "seasons", "%", "bc", "bce", "b.c.",
    "million", "millions", "billion", "trillion", "hp", "mph", "km/h", "rpm",
)

#: A clause that speaks of the future: a weekday or a yearless date in it looks forward.
#: Words (whole, capitalised or not) and patterns (as written; ``FUTURE_AFFIX`` inside a word).
FUTURE_WORDS: tuple[str, ...] = ("will", "won't", "shall", "upcoming", "slated")
FUTURE_EXTRA = (
    # "next week", not "the next day" (a date anchored to another, ``ANCHORED``)
    r"[Nn]ext(?!\s+(?:day|morning|afternoon|evening|night)\b)"
    # "is scheduled", not "a previously scheduled conference" (an adjective)
    r"|(?<!\bpreviously\s)(?<!\boriginally\s)(?<!\balready\s)(?<!\bregularly\s)"
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?:[Rr]e)?[Ss]cheduled"
    r"|[Mm]ust(?!\s+have)|[Ww]ould(?!\s+have)"
    r"|(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere)\s+(?:(?:set|scheduled|expected|due|slated|poised|"
    r"going|planning)\s+to|expected)|(?:[Ii]s|[Aa]re)\s+(?:scheduled|set|slated|due|to\s+be)"
    # "plans to", not "as part of plans to" (a noun)
    r"|[Pp]lans(?<!\bof\splans)(?<!\ba\splans)(?<!\bthe\splans)(?<!\bits\splans)"
    r"(?<!\btheir\splans)(?<!\bhis\splans)(?<!\bher\splans)(?<!\bour\splans)"
    r"(?<!\bnew\splans)\s+to|(?:I|[Ww]e|[Tt]hey|[Yy]ou)\s+plan\s+to|(?:[Hh]as|[Hh]ave|[Nn]eeds?)"
    r"\s+to|(?:[Ee]xpect(?:s|ed)?|[Hh]opes?|[Aa]ims?|[Ii]ntends?)\s+to"
    # a plan told in the past, not a past before the past ("she had planned to open on Oct. 1")
    r"|(?<!\bhad\s)(?:[Hh]oped|[Aa]imed|[Ii]ntended|[Pp]lanned)\s+to|[Ff]orecasts?\s+for"
    # a promise, even told in the past ("promised to stay until August")
    r"|(?:[Pp]romise[sd]?|[Pp]ledge[sd]?|[Vv]ow(?:s|ed)?)\s+to|at\s+the\s+(?:earliest|latest)"
    # a possibility ahead ("a vote could come as early as Monday", "could become a storm by
    # Sunday"; not "could not hide", "smoke that could be seen for miles rose on Sunday",
    # "residents who might otherwise have fled"), a deadline ("a study due in March"), crews
    # bracing for what comes
    r"|(?<!\bwho\s)(?:[Cc]ould|[Mm]ight)"
    r"(?!\s+(?:have|not|never|hardly|barely|only|otherwise)\b|n['’]t"
    r"|\s+be\s+(?:seen|heard|felt|smelt|smelled)\b)"
    r"|[Dd]ue\s+(?:in|on|by)"
    r"|[Bb]rac(?:e|es|ing)\s+for"
    # the present of a scheduled event ("Hearings resume on Monday", "Forest host Carshalton
    # on Tuesday", "the edition is published on June 12", "which comes out on the 24th")
    r"|(?<!\bwho\s)(?:resumes?|reopens?|kicks?\s+off|hosts?|travels?\s+to|comes?\s+out"
    r"|goes\s+on\s+sale"
    r"|premieres?|(?:is|are)\s+(?:published|released|broadcast)|announces\s+its"
    # ... and its third person ("The trial begins on Monday", "Voting closes at midnight on
    # Friday", "The ban comes into force on Monday"): verbs that are no plural noun ("12
    # starts", "two failed launches", "strong returns"), not in a relative clause ("the
    # ceasefire that expires at midnight was agreed on Sunday"), nor after a determiner
    r"|(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bthat\s)"
    r"(?<!\bwhich\s)(?:begins|closes|expires|takes\s+effect|comes\s+into\s+(?:force|effect)"
    r"|meets\s+again|sits\s+again|marries|flies\s+to))(?=\s)"
)
FUTURE_AFFIX = r"['’]ll\b"
#: A verb of a plan, a promise, an announcement or a schedule, in any tense: a date after
#: publication in its object phrase (after it in the date's own clause, no other verb
#: between: ``dates.py``, ``_Para.governed``) is a future spoken of, however many words
#: stand between ("The council plans a public meeting on July 3", "promised a new public
#: inquiry by March", "the case was adjourned until April", "set sentencing for July 21").
GOVERNING_FUTURE = (
    r"\b(?:plan(?:s|ned|ning)?|expect(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)"
    r"|vow(?:s|ed)?|announc(?:e|es|ed|ing)|intend(?:s|ed)?|(?:re)?schedul(?:e|es|ed|ing)"
    r"|hop(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|adjourn(?:s|ed)?|defer(?:s|red)?"
    # "set sentencing for July 21" (not "set off for Paris", "set up roadblocks for")
    r"|set(?!\s+(?:off|up|out|about|in|down|aside)\b)(?=\s+(?:[\w'’-]+\s+){0,3}?for\b))\b"
    # (not a noun's possessive: "the plan's launch on 20 June")
    r"(?!['’]s\b)"
)
FUTURE = (r"\b(?:" + "|".join(w.replace("'", "['’]") for w in FUTURE_WORDS) + "|" +
          FUTURE_EXTRA + r")\b|" + FUTURE_AFFIX)

_NUM = (r"(?P<n>(?i:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|fifteen|twenty|thirty|forty|fifty))")
_APPROX = (r"(?:(?i:about|around|nearly|almost|some|more\s+than|less\s+than|over|roughly|"
           r"just|only|barely|exactly|precisely)\s+)?")

#: (rule, pattern), most specific first: at one position the first rule that matches wins.
RULES: tuple[tuple[str, str], ...] = (
    # "Wednesday (May 31)": the weekday and its date are one expression.
    ("weekday-date", r"(?P<wd>{WD})\s*\(\s*{MONTH}\s+{DAY}(?:,?\s+{YEAR})?\s*\)"),
    ("weekday-date", r"(?P<wd>{WD})\s*\(\s*{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\s*\)"),
    # "May 22 last year", "the 3rd of March next year": that year's day
    ("day-of-year", r"{MONTH}\s+{DAY}\s+(?i:last|next|this)\s+(?i:year)\b"),
    ("day-of-year", (r"(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}\s+(?i:last|next|this)\s+"
                     r"(?i:year)\b")),
    # "Thursday, June 13, 2019", "June 08, 2023", "May 31"
    ("month-day", r"(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"),
    # "13 June 2019", "the 13th of June"
    ("day-month", r"(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    # "December 2018", "Oct. 2017", "mid-June 2019"
    ("month-year", r"(?:(?i:early|mid|late)[-\s]+)?{MONTH}(?:\s+of)?,?\s+{YEAR}"),
    # "mid-2019", "late 2018", "the summer of 2019", "spring 2020"
    ("part-of-year", (r"(?i:(?:the\s+)?(?:early|mid|late|end\s+of|start\s+of|beginning\s+of|"
                     r"middle\s+of|(?:spring|summer|fall|autumn|winter)(?:\s+of)?))[-\s]+"
                     r"(?:(?i:the\s+year)\s+)?{YEAR}")),
    # "a year ago", "about two weeks ago"
    ("ago", _APPROX + _NUM + r"\s+(?i:days?|weeks?|fortnights?|months?|years?|decades?)\s+"
            r"(?i:ago)"),
    # "late last year", "earlier this month", "last week", "the end of next year"
    ("this-last-next", (r"(?:(?i:early|mid|late|earlier|later|the\s+end\s+of|the\s+start\s+of|"
                       r"the\s+beginning\s+of)\s+)?(?i:last|this|next)\s+(?i:week|month|year)"
                       # "by the end of the month": this one
                       r"|(?i:the\s+(?:end|start|beginning|middle)\s+of\s+the\s+(?:week|month|year))"
                       r"(?!\s+(?:of|before|after)\b|\s*\d)")),
    # "last summer", "this spring"
    ("season", (r"(?i:last|this\s+past|this|next|the\s+following)\s+"
                r"(?i:spring|summer|fall|autumn|winter)"
                # "in the spring": dated by its clause's tense (``dates.py``)
                # "since the spring": the last one
                r"|(?P<pre>(?i:since))\s+(?:(?i:the)\s+)?(?i:spring|summer|fall|autumn|winter)"
                r"(?!\s+(?:of|months?|term|season|semester|\d)\b)"
                r"|(?P<bare>(?i:in\s+the))\s+(?i:spring|summer|fall|autumn|winter)"
                r"(?!\s+(?:of|months?|term|season|semester|\d)\b)")),
    # "last weekend", "this weekend": as "last week" (the month, when inside one)
    ("weekend", (r"(?i:last|this\s+past|this\s+coming|this|next)\s+(?i:weekend)\b"
                 # "over the weekend": dated by its clause's tense (``dates.py``)
                 r"|(?P<bare>(?i:over|at|during))\s+(?i:the\s+weekend)\b(?!\s+of\b)")),
    # "the previous day", "a day later", "two days later"
    # ... "the following year", "a year later" (in ``ANCHORED_YEARS``)
    ("anchored", (r"(?i:the\s+(?:following|next|previous)\s+year|a\s+year\s+(?:later|earlier)|"
                 r"the\s+year\s+(?:before|after)(?=\s*(?:[,.;:!?)]|$))|"
                 r"the\s+(?:previous|following|next|same)\s+(?:day|morning|evening|night)|a\s+day\s+(?:later|earlier)"
                 r"|the\s+(?:day|night)\s+(?:before|after)(?=\s*(?:[,.;:!?)]|$)"
                 # "had testified the day before at a hearing"
                 r"|\s+(?:at|in|on|with|from|when|as)\b)|"
                 # "Congress approved emergency money the following week"
                 r"the\s+(?:following|previous)\s+week(?!\s+(?:of|before|after)\b)|"
                 r"the\s+week\s+(?:before|after)(?=\s*(?:[,.;:!?)]|$))|"
                 # "the day before the vote": counts from the event's date ("event")
                 r"the\s+day\s+(?:before|after)\s+(?:the|his|her|their|its)\s+"
                 r"(?P<event>[a-z][\w-]{2,})(?=\s*(?:[,.;:!?)]|$))|"
                 # "two days later", "six years later": counted from the date before it
                 r"(?P<n>\d{1,2}|a|two|three|four|five|six|seven|eight|nine|ten)\s+"
                 # not a comparison: "a month earlier than usual"
                 r"(?P<u>days?|weeks?|months?|years?)\s+(?:later|earlier)(?!\s+than\b))")),
    # "today", "yesterday"
    ("deictic", (r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
                r"yesterday|tomorrow)(?![-'’]\w)")),
    # "Monday last week", "Friday of next week": that week's day
    ("weekday-of-week", (r"(?:(?P<pre>(?i:on|by|until|since|from))\s+)?(?P<wd>{WD})\s+"
                         r"(?:of\s+)?(?i:last|next|this)\s+(?i:week)\b")),
    # "Thursday", "last Thursday", "earlier on Thursday"
    ("weekday", (r"(?:(?P<pre>(?i:earlier\s+on|late\s+on|early\s+on|on|by|until|since|from))\s+)?"
                r"(?:(?i:last|next|this\s+past|this\s+coming|this)\s+)?(?P<wd>{WD})"
                # (not "Saturday, the 14th", but "on Saturday, the 54-year-old", "By
                # Wednesday, 3,000 homes", "Friday, 450 people"; "Tuesday, Mayor Dolores
                # Ferreira announced": no month in "Mayor")
                r"(?!,?\s+(?:the\s+)?(?:(?:{MONTH_ANY})(?!\w)"
                r"|\d(?!\d*[-–]\w)(?!\d*[,.]\d{3}(?!\d))(?!\d\d)))(?!\s*\()")),
    # "in January last year", "March of next year": the month of that year
    # (its words before as the month's: "between June 2024 and January this year")
    ("month-of-year", (r"(?:(?P<pre>(?i:in|since|until|till|by|from|through|during|before|"
                      r"after|between|and|or|to|for))\s+)?"
                      r"(?P<m>{MONTH_FULL})\s+(?:of\s+)?(?i:last|next|this)\s+(?i:year)")),
    # "the following January", "the previous March": the first such month after (before)
    # the date before it
    ("anchored-month", r"(?i:the\s+(?:following|next|previous|preceding))\s+(?P<m>{MONTH_FULL})"),
    # "in December", "last March", "early June" (a month alone needs a word before it)
    ("month", (r"(?:(?P<pre>(?i:in|since|until|till|by|from|through|during|before|after|between|"
              r"of|and|or|to|for|as\s+(?:early|late|soon)\s+as))\s+)?"
              # "the end of March", "the end of next June": the month
              r"(?:(?i:(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+)?"
              r"(?:(?i:last|next|this\s+past|this|early|mid|late)[-\s]+)?"
              r"(?P<m>{MONTH_FULL})(?!,?\s*\d)")),
    # "in 2019", "a 2018 report"
    # "on the 14th." alone, after a preposition and closed by punctuation (not "the 14th
    # century", "on the 14th hole"): that day of the publication month or a month beside it
    ("day-alone", (r"(?P<pre>(?i:on|by|until|till|from|before|after|since|for))\s+(?i:the)\s+"
                   r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s*[,;)]|\.(?!\d)|\s*$"
                   # or a clause going on ("on the 17th if we have to", "on the 2nd for
                   # talks", "On the 14th he bought"), not a noun ("on the 14th hole")
                   r"|\s+(?:if|for|when|he|she|they|we|I|it|with|after|before|but|so|because"
                   # "has to hand in her dissertation on the 28th and does not know", "Till
                   # the 25th at least" (not "on the 17th and 18th holes", "the 3rd and
                   # final day", "on the 18th at Augusta")
                   r"|(?:and|or)(?!\s+(?:the\s+)?(?:\d|final|last|first)\b|\s+\d)"
                   r"|at\s+least)\b)")),
    ("year", r"{YEAR}"),
)
#: Words that may stand before a month alone (besides those the "month" pattern keeps).
MONTH_ALONE_NEEDS = ("in", "since", "until", "till", "by", "from", "through", "during", "for",
                     "before", "after", "between", "of", "and", "or", "to", "last", "next",
                     "this", "early", "mid", "late")
#: Month names that are also common words or names: stricter context ("in May", not "and May").
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "june", "april", "august"})

# --------------------------------------------------------------------------------------------
# Tense of a date's own clause, holidays, forward-looking prepositions (``dates.py``,
# ``_Tense`` and ``_rule_holiday``).

#: A verb in the past: auxiliaries and common irregular past forms (words), and words in -ed
#: (``PAST_EXTRA``), besides the -ed words that are no past tense or look forward.
PAST_WORDS: tuple[str, ...] = (
    "was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", "said", "told",
    "took", "came", "went", "made", "gave", "met", "left", "began", "got", "held", "saw",
    "found", "became", "brought", "bought", "sold", "spoke", "wrote", "won", "lost", "led",
    "ran", "paid", "sent", "kept", "fell", "rose", "struck", "thought", "felt", "knew", "chose",
    "drew", "grew", "flew", "broke", "stood", "sat", "spent", "built", "heard", "meant",
    "understood", "fought", "caught", "taught", "sought", "threw", "wore", "tore", "drove",
    "rode", "woke", "froze", "shook", "forgot", "fled", "dealt", "swept", "slept", "stole",
    "swore", "sank", "sang", "rang", "drank", "swam", "stuck", "hung", "spun", "withdrew",
    "overtook", "upheld", "oversaw", "arose", "knelt", "forgave", "undertook", "wept",
)
_ED_NOT_PAST = (
    "need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "indeed", "proceed",
    "exceed", "succeed", "breed", "greed", "embed", "scheduled", "rescheduled", "expected",
    "planned", "slated", "proposed", "intended", "supposed", "united", "based", "related",
    "limited", "detailed", "advanced", "required", "interested", "concerned", "involved",
    "retired", "qualified", "skilled", "experienced", "talented", "dedicated", "committed",
    "unexpected", "unprecedented", "beloved",
)
PAST_EXTRA = (r"[a-z]{2,}ed\b" + "".join(rf"(?<!\b{w})" for w in _ED_NOT_PAST)
              # "would have taken place on Friday": a past that did not happen
              + r"|(?:[Ww]ould|[Cc]ould|[Ss]hould|[Mm]ight|[Mm]ust)\s+have")
#: Before such a word: a passive or an infinitive, not a past ("will be held").
PAST_NOT_AFTER: frozenset[str] = frozenset({
    "be", "being", "get", "gets", "getting",
    # a present passive or state ("the road is closed until Monday", "remains shut")
    "is", "are", "remain", "remains", "stay", "stays",
})
#: Past markers that are no verb, between a verb of a plan and its date (French « déjà »):
#: none in English.
PAST_ADVERBS: frozenset[str] = frozenset()
#: What cuts a sentence into clauses (a date's tense is first that of its own clause):
#: punctuation (a pattern) and words.
#: (a comma between digits is in a number: "3,000 homes", « 1,5 million »)
CLAUSE_BREAK = r"[;:()\[\]«»\"“”]|(?<!\d),|,(?!\d)|(?<!\d)[—–]|[—–](?!\d)|\s-\s"
CLAUSE_WORDS: tuple[str, ...] = (
    "that", "which", "who", "whom", "whose", "when", "whereas", "while", "if", "unless",
    "because", "but", "and", "although", "though",
)
#: A clause opened by one of these words is hypothetical: its past tense is no past
#: ("if no progress was made by Friday").
HYPOTHETICAL: frozenset[str] = frozenset({"if", "unless"})
#: Just before a weekday: a deadline or an end, after publication ("until Monday").
_HOUR_ON = r"(?:(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|midnight|noon)\s+on\s+)?"
FORWARD_WEEKDAY = (r"\b(?:through|for)\s+$"
                   # "until" after a suspension, whatever its tense: "the hearing was
                   # adjourned until Monday" (not "the talks lasted until Monday")
                   r"|\b(?:adjourn|postpon|delay|suspend|defer|extend|clos|shut|halt|paus|"
                   r"remand|detain|bail)\w*\b[^.;:!?]{0,40}?\b(?:until|till)\s+" + _HOUR_ON + "$")
#: Just before a weekday or a month: forward unless the clause is in the past ("by Friday").
FORWARD_WEAK = (r"\b(?:by|until|till|(?:date|deadline)\s+(?:of|for)|set\s+for)\s+"
                # ... with the hour before the day: "runs until 7am on Monday"
                + _HOUR_ON + "$")
#: Before a year that ends a short title in quotation marks, words that make it a date
#: anyway ("“we will be there in 2030”"); after any other word it is part of the title
#: ("the “Vision 2030” plan").
YEAR_IN_TITLE_DATE_AFTER: frozenset[str] = frozenset({
    "in", "since", "by", "until", "before", "after", "of", "from", "to", "and", "for",
    "through", "early", "late", "mid", "around", "during", "than", "till",
})
#: Before a weekday, words that make it no date: "a Tuesday in April", "every Friday".
HABITUAL_BEFORE: frozenset[str] = frozenset({"a", "every", "each"})
#: Two words before a weekday, an indefinite article with an adjective between makes it a
#: habit too ("on a normal Wednesday", "a wet Tuesday in February").
HABITUAL_BEFORE_ADJECTIVE: frozenset[str] = frozenset({"a", "an", "every", "each"})
HABIT_ADJECTIVES: frozenset[str] = frozenset({
    "normal", "typical", "ordinary", "usual", "regular", "average", "given", "random", "wet",
    "rainy", "sunny", "cold", "hot", "warm", "quiet", "busy", "slow", "lazy", "good", "bad",
    "long", "single", "certain", "grey", "gray", "dull",
})
#: Before a weekday: this week's, the nearer one unless the clause's tense says ("this
#: Tuesday"; "this past", "this coming" are "last" and "next").
THIS_WEEKDAY: frozenset[str] = frozenset({"this"})
#: After a weekday, words of a habit ("the first Saturday of every month").
HABIT_AFTER_WEEKDAY = r"\s+of\s+(?:each|every)\s+(?:month|week|year)\b"
#: "the following spring": the first such season after the date before it.
FOLLOWING_WORDS: tuple[str, ...] = ("following",)
#: Just before a date: a starting point, never after publication ("since May 18").
BACKWARD = r"\bsince\s*$"

#: Holidays, tried apart from ``RULES`` where a trigger word is a word of a holiday name:
#: "Easter Monday", "before Christmas", "Christmas 2019", "Anzac Day next year" ("last"
#: before it: see dates.py).
HOLIDAY_RULE = r"(?P<h>{HOLIDAY})(?:,?\s+{YEAR}|\s+(?P<yrel>(?i:next|last|this))\s+(?i:year))?"
#: Holidays: name → "MM-DD" (a fixed day), "easter+N" (days from Easter Sunday) or
#: "MM/N/W" (the Nth weekday W of month MM, Monday = 0; N = -1 for the last one).
HOLIDAYS: dict[str, str] = {
    "Christmas": "12-25", "Christmas Day": "12-25", "Christmas Eve": "12-24",
    "Boxing Day": "12-26", "New Year's Day": "01-01", "New Year's Eve": "12-31",
    "New Year's": "01-01", "Easter": "easter+0", "Easter Sunday": "easter+0",
    "Easter Monday": "easter+1", "Good Friday": "easter-2", "Holy Saturday": "easter-1",
    "Maundy Thursday": "easter-3", "Palm Sunday": "easter-7", "Ascension Day": "easter+39",
    "Pentecost": "easter+49", "Whitsun": "easter+49", "Whit Sunday": "easter+49",
    "Whit Monday": "easter+50", "All Saints' Day": "11-01", "All Saints Day": "11-01",
    "Armistice Day": "11-11", "Remembrance Day": "11-11", "Veterans Day": "11-11",
    "Veterans' Day": "11-11", "Bastille Day": "07-14", "Halloween": "10-31",
    "Valentine's Day": "02-14", "St Valentine's Day": "02-14", "Independence Day": "07-04",
    "Thanksgiving": "11/4/3", "Thanksgiving Day": "11/4/3", "Labor Day": "09/1/0",
    "Memorial Day": "05/-1/0", "St Patrick's Day": "03-17", "St. Patrick's Day": "03-17",
    "Bonfire Night": "11-05", "Guy Fawkes Night": "11-05", "Fourth of July": "07-04",
    "July Fourth": "07-04",
    # national days and observances of English-speaking countries
    "Australia Day": "01-26", "Anzac Day": "04-25", "Canada Day": "07-01",
    "Waitangi Day": "02-06", "Juneteenth": "06-19", "Martin Luther King Day": "01/3/0",
    "Martin Luther King Jr. Day": "01/3/0", "MLK Day": "01/3/0", "Presidents' Day": "02/3/0",
    "Presidents Day": "02/3/0", "Columbus Day": "10/2/0", "Remembrance Sunday": "11/2/6",
    "St Andrew's Day": "11-30", "St David's Day": "03-01", "Burns Night": "01-25",
    "Hogmanay": "12-31",
}
#: A holiday name that is one word ("Christmas", "Easter") is a date after one of these
#: words; a name in several words ("Easter Monday") needs none.
HOLIDAY_BEFORE: frozenset[str] = frozenset({
    "on", "at", "before", "after", "by", "until", "till", "since", "over", "for", "around",
    "from", "to", "through", "during", "ahead of", "and", "or", "into", "towards", "toward",
    "past",
    # verbs whose object is the day itself ("spent Christmas on the ward")
    "spend", "spends", "spent", "spending", "celebrate", "celebrates", "celebrated",
    "celebrating", "hold", "holds", "holding",
})
#: After a holiday name, words that make it a modifier, not a date ("Christmas tree").
HOLIDAY_MODIFIED: frozenset[str] = frozenset({
    "tree", "trees", "market", "markets", "shopping", "shoppers", "lights", "party",
    "parties", "dinner", "lunch", "meal", "feast", "holiday", "holidays", "break", "period",
    "season", "card", "cards", "present", "presents", "gift", "gifts", "sales", "spirit",
    "carol", "carols", "decorations", "weekend", "egg", "eggs", "bunny", "vacation", "recess",
    "rush", "parade", "parades", "costume", "costumes", "candy", "celebration",
    "celebrations", "festivities", "service", "services", "mass", "message", "address",
    "speech", "truce", "film", "movie", "episode", "special", "bonus", "trading", "week",
    "fair", "concert", "menu", "getaway", "deadline", "ceasefire", "attack", "attacks",
    "offensive", "uprising", "rising", "bombing", "massacre", "storm", "number", "single",
    "song", "songs", "album", "show", "edition", "issue", "traditions", "tradition",
    "story", "stories", "island", "bank", "travel", "traffic", "getaways", "trip", "rally",
    "fireworks", "festival", "display",
})
#: Just before a deictic or anchored word, an idiom: no date ("One day they agree, the
#: next day they don't").
NOT_DATE_BEFORE = (r"\b[Oo]ne\s+day\b[^.!?;\"“”]{0,60},\s*$"
                   # "I remember it as if it was yesterday"
                   r"|\b(?:as\s+if|as\s+though|like)\s+it\s+(?:was|were|is)\s+(?:only\s+)?$")
#: After a month alone (without a word before it that makes it a date), words that do
#: ("we are looking at December at the earliest").
MONTH_ALONE_AFTER = r"\s+at\s+the\s+(?:earliest|latest)\b"
UNMARKED_WEEKDAY_NEAREST = True
#: The auxiliary of a past before the past ("had", « avait »): a yearless date in its clause is
#: before publication, however near the next occurrence (``dates.py``, ``_pluperfect``).
PLUPERFECT = r"\b[Hh]ad(?!\s+(?:to|not\s+to)\b)\b"
#: Before a month alone in a past clause, the preposition of a past event ("bought in
#: August"), and what makes the clause look ahead all the same ("agreed to play in May",
#: "was going to open") (``dates.py``, ``_past_in``).
PAST_IN: frozenset[str] = frozenset({"in"})
AHEAD_IN_CLAUSE = r"(?i)\b(?:to|would|could|might|should|will)\s+\w+"
#: Before a month, a preposition of a target: even in a past before the past, the month may be
#: ahead ("had announced it for June").
TARGET_BEFORE: frozenset[str] = frozenset({"for", "until", "till", "by", "before"})
