"""English word lists and patterns for finding dates (the rules are in ``annotate/dates.py``).

General language knowledge only: nothing here names a topic, an outlet or a person. Month and
weekday names come from CLDR (Babel); they must be capitalised in English ("May" the month,
never "may" the modal verb). Patterns use placeholders that ``dates.py`` fills in:
``{MONTH}`` (any month name or abbreviation, group ``m``), ``{MONTH_FULL}`` (full names only),
``{WD}`` (weekday, group ``wd``), ``{DAY}`` (group ``d``), ``{YEAR}`` (group ``y``) and
``{NUM}`` (a count in digits or words, group ``n``). A group ``pre`` at the start of a match is
left out of the expression's span ("in December" → "December").
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
    "twenty": 20, "thirty": 30,
}

#: Words without which no relative expression exists (besides month and weekday names).
TRIGGERS: tuple[str, ...] = (
    "today", "yesterday", "tomorrow", "ago", "last", "this", "next", "past", "previous",
    "following", "same", "later", "earlier", "day", "spring", "summer", "fall", "autumn",
    "winter", "mid",
)

#: Words of a relative expression → unit, direction or season (lowercase).
UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year",
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
    "the day after": 1, "a day later": 1, "a day earlier": -1, "the same day": 0,
    "later": 1, "earlier": -1,  # "two days later": multiplied by the count
}

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
FUTURE = (
    r"(?:\b(?:will|won['’]t|shall|upcoming|(?:is|are|was|were)\s+(?:set|scheduled|expected|"
    r"due|slated|poised|going|planning)\s+to|(?:is|are)\s+(?:scheduled|set|slated|due)\b|"
    r"plans?\s+to|(?:is|are)\s+to\s+be|next)\b"
    r"|['’]ll\b)"
)

_NUM = (r"(?P<n>(?i:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve))")
_APPROX = (r"(?:(?i:about|around|nearly|almost|some|more\s+than|less\s+than|over|roughly|"
           r"just|only|barely|exactly|precisely)\s+)?")

#: (rule, pattern), most specific first: at one position the first rule that matches wins.
RULES: tuple[tuple[str, str], ...] = (
    # "Wednesday (May 31)": the weekday and its date are one expression.
    ("weekday-date", r"(?P<wd>{WD})\s*\(\s*{MONTH}\s+{DAY}(?:,?\s+{YEAR})?\s*\)"),
    ("weekday-date", r"(?P<wd>{WD})\s*\(\s*{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\s*\)"),
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
    ("ago", _APPROX + _NUM + r"\s+(?i:days?|weeks?|months?|years?)\s+(?i:ago)"),
    # "late last year", "earlier this month", "last week", "the end of next year"
    ("this-last-next", (r"(?:(?i:early|mid|late|earlier|later|the\s+end\s+of|the\s+start\s+of|"
                       r"the\s+beginning\s+of)\s+)?(?i:last|this|next)\s+(?i:week|month|year)")),
    # "last summer", "this spring"
    ("season", r"(?i:last|this\s+past|this|next)\s+(?i:spring|summer|fall|autumn|winter)"),
    # "the previous day", "a day later", "two days later"
    ("anchored", (r"(?i:the\s+(?:previous|following|next|same)\s+day|a\s+day\s+(?:later|earlier)"
                 r"|the\s+day\s+(?:before|after)(?=\s*(?:[,.;:!?)]|$))|"
                 r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+"
                 r"(?:later|earlier))")),
    # "today", "yesterday"
    ("deictic", (r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
                r"yesterday|tomorrow)(?![-'’]\w)")),
    # "Thursday", "last Thursday", "earlier on Thursday"
    ("weekday", (r"(?:(?P<pre>(?i:earlier\s+on|late\s+on|early\s+on|on|by|until|since|from))\s+)?"
                r"(?:(?i:last|next|this\s+past|this\s+coming|this)\s+)?(?P<wd>{WD})"
                r"(?!,?\s+(?:the\s+)?(?:{MONTH_ANY}|\d))(?!\s*\()")),
    # "in December", "last March", "early June" (a month alone needs a word before it)
    ("month", (r"(?:(?P<pre>(?i:in|since|until|till|by|from|through|during|before|after|between|"
              r"of|and|or|to))\s+)?(?:(?i:last|next|this\s+past|this|early|mid|late)[-\s]+)?"
              r"(?P<m>{MONTH_FULL})(?!,?\s*\d)")),
    # "in 2019", "a 2018 report"
    ("year", r"{YEAR}"),
)
#: Words that may stand before a month alone (besides those the "month" pattern keeps).
MONTH_ALONE_NEEDS = ("in", "since", "until", "till", "by", "from", "through", "during",
                     "before", "after", "between", "of", "and", "or", "to", "last", "next",
                     "this", "early", "mid", "late")
#: Month names that are also common words or names: stricter context ("in May", not "and May").
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "june", "april", "august"})
