"""Dates: find every expression that denotes a calendar date and resolve it.

One pass per paragraph with one precompiled pattern per language (the rules, most specific
first, are in ``lang/dates_en.py`` and ``lang/dates_fr.py``; holiday names have a pattern of
their own, tried at their trigger words). Each expression keeps its natural precision
(eval/README.md, "Dates"):

* written-out dates: "June 08, 2023", "13 juin 2019", "Oct. 2017", "en 2019", "mid-2019";
* a weekday followed by its date ("Wednesday (May 31)") is one expression; the explicit date
  gives the value, and a weekday that disagrees with it is a ``weekday-mismatch`` warning;
* relative dates are resolved against the publication date (:class:`Reference`):

  - deictic words ("today", "hier", "il y a trois jours") count from the *earliest* possible
    publication day; "a year ago", "last year", "l'été dernier" give the year; "earlier this
    month", "en mars dernier" give the month; "last week" gives the month when the week falls
    inside one month (else the year);
  - a weekday alone is the most recent such day on or before the *latest* possible publication
    day (past-tense news), or the next one on or after the earliest when its clause speaks of
    the future ("will", "va", futur simple, the present of a scheduled event: « a lieu »,
    « se réunit ») or says "next"/"prochain", or, in a clause without tense markers, comes
    just after an event noun (« un rassemblement samedi ») or "ce"; "last Thursday" and
    "jeudi dernier" are strictly before. After an article (« le mercredi après-midi »,
    « chaque samedi ») a weekday alone is a habit, not a date. Weekdays need a day-precision publication date, or an
    interval of at most a week: otherwise they are not resolved (no guess);
  - a month or a day without a year ("in December", "le 21 octobre") is the occurrence on or
    before publication, unless the next occurrence is more than twice as close, or the clause
    speaks of the future; "in December" in a January article is the previous year;
  - whether a clause speaks of the future (:meth:`_Para.future`): a weekday after "until",
    "jusqu'à", "d'ici" looks forward; otherwise the tense marker nearest to the date in its
    own clause decides (a future marker, or a verb in the past: "was", "-ed", "a fait",
    "diffusé mercredi"), so that "Dans un communiqué diffusé mercredi, … « seront compensés »"
    stays in the past; a clause opened by "if"/"si" has no past. A clause without markers
    looks forward after "by", "dès", "jusqu'en" (a deadline), else when its sentence has a
    future marker anywhere; a starting point (« depuis le 18 mai ») never looks forward;
  - a date after publication in the object phrase of a verb of a plan, a promise, an
    announcement or a schedule, in any tense (« prévoit », « promet », « a annoncé », « compte
    y retourner », « doit rendre », « mis en délibéré au », "plans", "expects", "set … for"),
    is a future spoken of (no ``date-after-publication`` warning) whatever the tense marker
    nearest to it: the verb stands before it in its own clause, up to 160 characters away,
    with no clause break and no verb in the past between (quotation marks and "and"/« et »
    between its objects break nothing: « L'association prévoit une réunion publique le 3
    juillet », « promet des postes dès la rentrée de septembre »). It chooses no occurrence:
    a date before publication keeps the tense of its clause (« Il a annoncé sa démission le
    3 juin »). An adjective in -que or -gue is no past participle (« publique »);
  - holidays ("Easter Monday", "before Christmas", "à la Toussaint", "le 14-Juillet") are
    yearly days resolved like a yearless date (Easter by the computus, Thanksgiving as the
    fourth Thursday of November); a one-word name needs a preposition before it ("at
    Easter"), and a following noun makes it a modifier ("Christmas tree", "marché de Noël");
  - a weekday looks forward too after « est attendu », « devait se tenir », a meeting
    « convoqué(e) » for it, or an infinitive of purpose (« c'est de gagner samedi »); « déjà »
    is a past marker; a weekday set between commas takes the tense of the clause it
    interrupts (« Il pleuvait, samedi après-midi, et… »);
  - "today"/« aujourd'hui », « demain », « hier » inside a quotation count from the day the
    words were said: a day-precision date in the attribution closing its sentence, else one
    of a past clause before it in its paragraph, else the first date of the first paragraph
    (the story's day), else (« aujourd'hui » only) the nearest one read before it outside
    quotations, in the week before publication; a weekday alone right after such a quoted
    day, a week away from it and naming its weekday, is that day (« Je reviens demain » …
    « Il rejouera effectivement dimanche »);
  - a season after « d'ici à », « avant », « dès » is the next one; « l'automne suivant » the
    first after the date before it; spelled compound numbers count (« il y a vingt-six ans »);
    a bare season (« au printemps », « en hiver », "in the spring") is dated only when its
    clause has a verb in the past (the last one) or the future (the next one) and its
    sentence no word of habit (« chaque », « toujours »), else it is a habit;
  - « la fin du mois », « en début d'année », "the end of the month" are this month and this
    year; « mi-avril » is a month with its modifier;
  - a weekday in a sentence without any tense marker (French) is the next one when an event
    follows it (« samedi soir, lors de la cérémonie ») or when the next one is more than
    twice as close; after « du » it is a habit (« les croissants du dimanche »), and so is
    the end of such a range (« du lundi au vendredi »), but not a night (« la nuit du
    samedi au dimanche »);
  - a yearless month, day or holiday after publication, in a past clause of a paragraph
    whose previous date is in last year, is last year's (« … l'an dernier. Tous ont été
    vendus avant Noël »);
  - a capitalised word is never a futur simple (« Dylan Ferreira »);
  - a yearless date right after a day written with its year (this paragraph or the one
    before), not earlier in the year, is of that year: a chronology carries its year (« le
    12 mars 2024 … Le 2 avril, une note préconise … »);
  - a month with a year relative to publication ("in January last year", « en mars de l'année
    prochaine ») is one expression: that year's month;
  - a day of the month alone, closed by punctuation (« l'arrivée à Superdévoluy, le 17. »,
    « là-haut le 14, pour… »), is that day of the publication month or of the month before
    or after, chosen like a yearless date; not after a verb of calling (« appeler le 15 »);
  - a month alone in a clause with no tense marker at all (a present: « dont le contrat
    expire en décembre ») is the nearer occurrence; a yearless date in the same sentence as
    a date of last year is last year's unless its own clause speaks of the future (« L'an
    dernier déjà, …, en plein mois de novembre »); a yearless day of the past week stays
    there even in a future clause, rather than a year ahead (« avait assuré que chaque
    classe aura un enseignant le 1er septembre », published on 2 September);
  - with a month-precision publication date, day offsets count from the 15th and the result
    is given to the month at best; with a year-precision one, to the year;
  - a day with a year relative to publication ("May 22 last year", « le 22 mai de l'année
    dernière ») and a weekday of a week relative to it ("Monday last week", « lundi de la
    semaine prochaine ») are one expression; "on the 14th." alone is a day-alone, as « le
    14 »; "last weekend", « le week-end dernier » are given as "last week", and "over the
    weekend" by its clause's tense (none: a habit);
  - "this Tuesday", « ce mardi » in a clause without tense are the nearer one; a weekday
    without tense inside a quotation looks forward (« Jeudi, on joue le quart »), from the
    day the words were said when a past weekday outside quotations is named before them in
    the paragraph; English, like French, takes the nearer occurrence of a weekday in a
    sentence without tense markers ("The tourists fly to London on Tuesday");
  - a past form between a future marker and the date belongs to the future ("would contact
    affected customers by Monday"); "a Tuesday", « un samedi », "the first Saturday of every
    month" are no dates; a year that ends a short quoted title after a noun names a thing
    (le plan « Cœur de ville 2030 »);
  - straight quotation marks ("…", the English wire style) open and close quotations as « »
    and “ ” do, so "today" in them counts from the day the words were said (for "today", the
    story's day may be named in the first three paragraphs, after a standfirst); the
    attribution that dates them ends where another quotation opens;
  - a yearless date in a clause in the past before the past ("had", « avait ») or after "in"
    / « en » in a past clause with no infinitive looking ahead (« il est sorti en février »),
    or after a starting point ("since April"), is the last occurrence however near the next
    one; a target ("for", « pour ») is not;
  - "the end of March", "the end of next June", « fin mars », « la fin du mois d'août » are
    that month; "for July", "as early as March", « pour juin » date a month alone;
  - a day alone goes on with a clause ("on the 17th if we have to") or a time of day (« le 3
    au soir », « jusqu'au 14 »), and is of the month just named when it is named close before
    ("In February 2020, … On the 14th", "by the end of June, … set for the 30th");
  - "for Saturday", « pour jeudi », "forecast for", "hoped to", « promis d'… », the
    conditionnel in the date's clause (« prendrait », not « assurait ») look forward; outside a
    quotation, a future inside the words quoted does not; "a normal Wednesday", a weekday
    that opens a short quoted name ("Sunday Broth"), « comme si c'était hier », « aujourd'hui »
    in an apposition and a deictic word ending a quoted title are no dates;

* an expression anchored to another date ("the previous day", "la veille", "deux jours plus
  tard", "the next morning") counts from the nearest day-precision date before it in the
  article, else from the reference day; one that names its event (« la veille du conseil »)
  counts from the date nearest to where a paragraph before it names the event (« à la veille
  de l'ultime étape » with no date for it: the day being told is that eve; an acronym
  also by the words it stands for: « la veille du CSE » after « un comité social et
  économique »), if any, else,
  for an event noun (« l'audience »), from the lead's first day (and never from the
  publication day alone); inside a quotation, a present-tense clause of habit (« Quand un
  intérimaire annule la veille, … ») is no date; "the following year", "l'année suivante" count from
  the date before them (none: no date), except as a duration ("over the next year"), and
  so does « cette année-là »; an anchored word in a past clause never counts from a day
  still ahead, nor, outside quotations, from a day named inside one; so do
  counts of years and months (« six ans plus tard » from any date, "two months later" from
  one with a month; the year or the month); "three weeks later" counts days, to the month,
  and so do "the following week", « la semaine suivante ». When the nearest day before it
  was told in another paragraph, an anchored word counts from the story's day (the lead's
  first day) instead: a paragraph of its own goes back to the story.

Not dates: ages, durations, times of day, amounts ("2,000", "about 1500 people"), seasons of
play ("2023-24"), named days that are no yearly date ("Black Friday", "mardi gras"), idioms
("une crise qui ne date pas d'hier", "Un jour on réforme, le lendemain on recule"), and
month names that are words ("May" the verb, "March" the verb: a month alone needs a
preposition or modifier before it, or "at the earliest"/"au plus tard" after it).

Front-matter ``dates`` overrides set a value, ignore a mention, or add a date the rules missed
(a ``value`` on words that are no date expression yet); one that matches nothing is an error.
Events are linked later, by :func:`builder.annotate.events.link_events`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import importlib
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Any, TypeVar

from babel.dates import get_day_names, get_month_names

from ..errors import Problem, yaml_flow
from ..model import (
    Article,
    DateMention,
    DateOverride,
    PartialDate,
    Precision,
    Published,
    Span,
    Warning,
)
from ._stage import DatesResult
from .lang import dates_en, dates_fr

_ONE_DAY = _dt.timedelta(days=1)
_RANK: dict[Precision, int] = {"year": 0, "month": 1, "day": 2}


# --------------------------------------------------------------------------------------------
# Patterns, built once per language.


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    words: ModuleType
    combined: re.Pattern[str]
    rules: tuple[_Rule, ...]
    months: dict[str, int]  # lowercase name or abbreviation (no dot) -> month
    weekdays: dict[str, int]  # lowercase -> Monday=0
    trigger: re.Pattern[str]
    future: re.Pattern[str]
    count_before: tuple[str, ...]  # " about", " more than": endings of the text before
    count_after: frozenset[str]  # the word after
    count_after_phrases: tuple[str, ...]  # words after ("pour cent": "en 2021 pour" is a date)
    #: Each rule's source with its named groups made non-capturing (see ``_combine``).
    sources: tuple[str, ...] = ()
    #: The same sources parsed once, for the per-character patterns (``trees``): empty until
    #: they are needed, else one item (None where the sources are compiled instead).
    _trees: list[_RuleTrees | None] = field(default_factory=list)
    #: For each Latin-1 character, the rules whose match can start with it (``_first_chars``).
    starting: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: The combined pattern of those rules only, compiled on first use (``combined_at``).
    _pruned: dict[tuple[int, ...], re.Pattern[str] | None] = field(default_factory=dict)
    #: ``combined_at`` by character, filled as characters are met.
    by_char: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    #: ``unpruned_at`` by character, filled as characters are met.
    unpruned: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    #: A holiday name ("Easter Monday", "la Toussaint"), tried where a trigger is one of
    #: ``holiday_words`` (``_holiday_triggers``).
    holiday: re.Pattern[str] | None = None
    holiday_words: frozenset[str] = frozenset()
    #: Before a weekday, an infinitive of purpose that looks forward (``FORWARD_INFINITIVE``).
    forward_infinitive: re.Pattern[str] | None = None

    @property
    def trees(self) -> _RuleTrees | None:
        """The rules' parse trees (``_RuleTrees``), which only the per-character patterns use.

        ``_build`` parses the rules anyway and keeps the trees when those patterns are in use
        (``prune_patterns``); otherwise they are parsed again the first time one is compiled.
        Kept unused, the ~15,000 objects of the trees of two languages were walked by every
        full collection of the garbage collector (one when ``mkdocs build`` exits: ~0.01 s
        of CPU).
        """
        if not self._trees:
            self._trees.append(_RuleTrees.of(self.sources))
        return self._trees[0]

    def combined_at(self, char: str) -> re.Pattern[str] | None:
        """The combined pattern for a match that starts with ``char``: only the rules that can
        start with that character, in their order, so that a failed attempt does not walk
        through every rule. It matches exactly what ``combined`` matches at such a position
        (a rule left out cannot match there; among the others the first that matches wins,
        as in ``combined``). None when no rule can start with ``char``; ``combined`` itself
        for a character outside Latin-1."""
        rules = self.starting.get(char)
        if rules is None:
            return self.combined
        if rules not in self._pruned:
            self._pruned[rules] = _combine(self.sources, rules, self.trees) if rules else None
        pattern = self.by_char[char] = self._pruned[rules]
        return pattern

    def unpruned_at(self, char: str) -> re.Pattern[str] | None:
        """``combined`` where a rule can start with ``char``, else None: what ``combined_at``
        finds, without compiling a pattern per character (see ``prune_patterns``)."""
        rules = self.starting.get(char)
        pattern = self.unpruned[char] = self.combined if rules is None or rules else None
        return pattern


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
#: What a combined pattern puts around its rules: a match starts and ends at word boundaries.
_HEAD = r"(?<![\w@#/-])(?:"
_TAIL = r")(?![\w@]|-\w)"

# The regex engine's own parser and compiler (private modules of Python 3.11+): the analysis
# below falls back to "any character", and ``_combine`` to compiling the source, if they are
# missing or change.
try:
    _sre_parse: Any = importlib.import_module("re._parser")
    _sre_compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - another Python
    _sre_parse = _sre_compiler = None
#: The Python releases whose parser ``_RuleTrees`` was checked against (the same program as
#: compiling the source; ``tests/test_dates.py`` compares them on the release it runs on).
_TREE_RELEASES = ((3, 11), (3, 12), (3, 13))


def _combine(sources: Sequence[str], rules: Sequence[int],
             trees: _RuleTrees | None = None) -> re.Pattern[str]:
    """One pattern for the given rules, tried in their order; the group ``r<i>`` (empty, at
    the end of rule i's branch) names the rule that matched (``match.lastgroup``). With the
    group at the end rather than around the branch, each branch starts with what its rule
    starts with, and the regex engine skips a branch whose first literal or character class
    does not fit without entering it. With ``trees``, compiled from the rules' parse trees:
    the same program, without parsing the rules again."""
    pattern = trees.compile(rules) if trees is not None else None
    if pattern is not None:
        return pattern
    branches = "|".join(f"(?:{sources[i]})(?P<r{i}>)" for i in rules)
    return re.compile(_HEAD + branches + _TAIL)


class _RuleTrees:
    """The rules' sources parsed once by the regex engine's parser, to compile combined
    patterns of some of them (``_combine``) without parsing each rule again for each pattern.

    Compiling the per-character patterns from their sources (46, ~0.12 s of CPU) spent more
    than half of its time in the parser, reading the same rules over and over. ``combined``
    builds the tree that parsing ``_combine``'s source would build: the groups ``r<i>``
    numbered in order, the alternatives as the parser's ``_parse_sub`` leaves them (a first
    item common to every alternative taken out of the branch; a single alternative without
    a branch), non-capturing groups unpacked. The compiled program is the same
    (``tests/test_dates.py`` compares it with the source's for every character's rules).
    """

    def __init__(self, sources: Sequence[str]) -> None:
        self.rules = [_sre_parse.parse(source) for source in sources]
        frame = _sre_parse.parse(_HEAD + "x" + _TAIL).data
        if len(frame) != 3 or str(frame[1][0]) != "LITERAL":
            raise ValueError(frame)  # not the parse this class knows: the sources are compiled
        self.before, self.after = frame[0], frame[2]

    @classmethod
    def of(cls, sources: Sequence[str]) -> _RuleTrees | None:
        """The trees, or None where the engine's parser is not one this was checked with."""
        if _sre_parse is None or sys.version_info[:2] not in _TREE_RELEASES:
            return None  # pragma: no cover - another Python
        try:
            return cls(sources)
        except Exception:  # noqa: BLE001  # pragma: no cover - an engine whose internals differ
            return None

    def compile(self, rules: Sequence[int]) -> re.Pattern[str] | None:
        """``_combine``'s pattern for ``rules``, compiled from the trees (None if it fails)."""
        try:
            return _sre_compiler.compile(self.combined(rules), 0)  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001  # pragma: no cover - an engine whose internals differ
            return None

    def combined(self, rules: Sequence[int]) -> Any:
        """The parse tree of ``_combine``'s source for ``rules``."""
        state = _sre_parse.State()
        subpattern = _sre_parse.SubPattern
        branches = []
        for i in rules:
            group = state.opengroup(f"r{i}")
            empty = subpattern(state)
            state.closegroup(group, empty)
            items = [*self.rules[i].data, (_sre_parse.SUBPATTERN, (group, 0, 0, empty))]
            branches.append(subpattern(state, items))
        body: list[Any] = []
        if len(branches) == 1:
            body = list(branches[0].data)
        else:
            # The first item common to every alternative goes before the branch, as the
            # parser does. (It would also make alternatives of one character a set: each of
            # these ends with a group of its own, so none is one character.)
            while all(b.data and b.data[0] == branches[0].data[0] for b in branches):
                body.append(branches[0].data[0])
                for b in branches:
                    del b.data[0]
            body.append((_sre_parse.BRANCH, (None, branches)))
        tree = subpattern(state, [self.before, *body, self.after])
        state.flags = _sre_parse.fix_flags("", state.flags)
        return tree


#: The characters the first-character analysis knows about: Latin-1 covers English and French
#: text; a match starting with any other character is tried with every rule.
_LATIN1 = tuple(chr(i) for i in range(256))
_LATIN1_TEXT = "".join(_LATIN1)
#: The Latin-1 characters one parsed character item takes (``_first_of``), by the item and
#: its flags: the same items recur in many rules.
_SINGLE_CHARS: dict[tuple[str, str, int], frozenset[str]] = {}
_IGNORECASE = re.IGNORECASE.value


class _Unsure(Exception):
    """Raised by the first-character analysis where it cannot be exact."""


def _first_chars(source: str, parsed: Any = None) -> frozenset[str]:
    """The Latin-1 characters a match of ``source`` can start with, from its parsed form (given,
    or parsed here); an over-estimate wherever the analysis is unsure (all of Latin-1), never
    an under-estimate."""
    everything = frozenset(_LATIN1)
    try:
        if parsed is None:
            parsed = _sre_parse.parse(source)
        chars, nullable = _first_of(list(parsed.data), parsed.state.flags)
    except (_Unsure, AttributeError, TypeError, ValueError, IndexError):
        return everything  # or an engine whose internals differ: every rule is tried
    return everything if nullable else frozenset(chars)


def _first_of(items: list[Any], flags: int) -> tuple[set[str], bool]:
    """(the Latin-1 characters a sequence of parsed items can start with, whether it can match
    the empty string)."""
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: ignoring a condition only over-estimates
        if name == "SUBPATTERN":
            _, add, remove, sub = av
            found, nullable = _first_of(list(sub.data), (flags | add) & ~remove)
        elif name == "ATOMIC_GROUP":
            found, nullable = _first_of(list(av.data), flags)
        elif name == "BRANCH":
            found, nullable = set(), False
            for branch in av[1]:
                more, empty = _first_of(list(branch.data), flags)
                found |= more
                nullable = nullable or empty
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = av
            found, nullable = _first_of(list(sub.data), flags)
            nullable = nullable or low == 0
        elif name in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            # One character: the regex engine itself says which Latin-1 characters it takes
            # (case folding included), in one pass over all of them (a pattern of one
            # character finds each character it takes, and only those).
            key = (name, repr(av), flags)
            if key not in _SINGLE_CHARS:
                state = _sre_parse.State()
                state.flags = flags
                single = _sre_compiler.compile(_sre_parse.SubPattern(state, [(op, av)]), flags)
                _SINGLE_CHARS[key] = frozenset(single.findall(_LATIN1_TEXT))
            found, nullable = set(_SINGLE_CHARS[key]), False
        else:
            raise _Unsure(name)
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _alternation(words: list[str], capitalise_only: bool) -> str:
    """Longest first; ``capitalise_only`` keeps English names capitalised ("May", not "may")."""
    out = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if capitalise_only:
            out.append(re.escape(word[0].upper() + word[1:]))
        else:
            out.append(f"[{re.escape(word[0].lower())}{re.escape(word[0].upper())}]"
                       + re.escape(word[1:]))
    return "|".join(out)


def _trie_piece(char: str) -> str:
    if char == "'":
        return "['’]"
    if char == " ":
        return r"\s+"
    return re.escape(char)


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` factored by common prefixes (the regex engine tries a
    flat alternation word by word at every position, which is slow with hundreds of words).

    It matches what the flat longest-first alternation matches: at a given position the
    words that match are prefixes of one another, and the factored pattern tries the longer
    continuations before ending, as longest-first does.
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:  # type: ignore[type-arg]
        branches = [_trie_piece(char) + render(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        end = "" in node
        if len(branches) == 1 and not end:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if end else "") + ")"

    return render(tree)


def _holiday_triggers(words: ModuleType) -> frozenset[str]:
    """The trigger words of holiday names: the first and the longest word of each, as written
    ("Easter", "lundi", "Pâques"), and the number a name starts with ("14" of "14-Juillet",
    which the trigger pattern reads as a number)."""
    found: set[str] = set()
    for name in words.HOLIDAYS:
        parts = name.split()
        found.update((parts[0], max(parts, key=len)))
        number = re.match(r"\d+", name)
        if number:
            found.add(number.group())
    return frozenset(found)


def _build(lang: str, words: ModuleType) -> _Lexicon:
    english = lang == "en"
    full = {str(v).lower(): k for k, v in get_month_names("wide", locale=lang).items()}
    abbr = {str(v).lower().rstrip("."): k
            for k, v in get_month_names("abbreviated", locale=lang).items()}
    abbr.update({k.lower(): v for k, v in words.MONTH_ABBREVIATIONS.items()})
    for name in full:
        abbr.pop(name, None)
    weekdays = {str(v).lower(): k for k, v in get_day_names("wide", locale=lang).items()}
    months = {**abbr, **full}
    month_full = _alternation(list(full), english)
    # An abbreviation is a word of its own, with or without its dot ("Oct. 2017", "Sept 12").
    month_abbr = "|".join(f"(?:{_alternation([a], english)})(?:\\.|(?![\\w.]))"
                          for a in sorted(abbr, key=lambda a: (-len(a), a)))
    month_any = f"(?:{month_full}|{month_abbr})"
    if english:
        day = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\s*[ap]\.?m\b)"
    else:
        day = r"(?P<d>1er|1re|3[01]|[12]\d|0?[1-9])(?![\d:h,.]\d?)"
    year = r"(?<![\d$€£.,/])(?<!\d[-–])(?P<y>1[5-9]\d\d|20\d\d)(?![\d%]|[.,/]\d|[-–]\d\d\b|\s?%)"
    subst = {
        "{MONTH}": f"(?P<m>{month_full}|{month_abbr})",
        "{MONTH_FULL}": month_full,
        "{MONTH_ANY}": month_any,
        "{WD}": _alternation(list(weekdays), english),
        "{DAY}": day,
        "{DAY_ANY}": r"(?:1er|\d)",
        "{YEAR}": year,
        "{HOLIDAY}": _trie(list(words.HOLIDAYS)),
    }
    rules: list[_Rule] = []
    sources: list[str] = []
    for name, source in words.RULES:
        for key, value in subst.items():
            source = source.replace(key, value)
        rules.append(_Rule(name, re.compile(source)))
        sources.append(_NAMED_GROUP.sub("(?:", source))
    trees = _RuleTrees.of(sources)
    combined = _combine(sources, range(len(sources)), trees)
    firsts = [_first_chars(source, trees.rules[i] if trees else None)
              for i, source in enumerate(sources)]
    starting = {c: tuple(i for i, chars in enumerate(firsts) if c in chars) for c in _LATIN1}
    # Every expression contains a digit, a month or weekday name, or one of the TRIGGERS:
    # only the text just before such a word is tried, not every position of the paragraph.
    names = sorted({*months, *weekdays, *(t.lower() for t in words.TRIGGERS)}, key=len,
                   reverse=True)
    holiday_words = _holiday_triggers(words)
    variants = sorted({v for n in names for v in (n, n[:1].upper() + n[1:])}
                      | holiday_words, key=len, reverse=True)
    trigger = re.compile(r"\d+|(?<!\w)(?:" + _trie(variants) + r")(?!\w)")
    # Holidays are not in the combined pattern (their many first letters would multiply the
    # pruned patterns to compile): ``_Reader.read`` tries them at their own trigger words.
    holiday = words.HOLIDAY_RULE
    for key, value in subst.items():
        holiday = holiday.replace(key, value)

    return _Lexicon(
        lang=lang, words=words, combined=combined, rules=tuple(rules), months=months,
        weekdays=weekdays, trigger=trigger, future=re.compile(words.FUTURE, re.IGNORECASE),
        count_before=tuple(" " + w.replace("’", "'") for w in words.COUNT_BEFORE),
        count_after=frozenset(w for w in words.COUNT_AFTER if " " not in w),
        count_after_phrases=tuple(w for w in words.COUNT_AFTER if " " in w),
        sources=tuple(sources), _trees=[trees] if _PRUNED[0] else [], starting=starting,
        holiday=re.compile(r"(?<![\w@#/-])(?:" + holiday + r")(?![\w@]|-\w)"),
        holiday_words=holiday_words,
        forward_infinitive=re.compile(words.FORWARD_INFINITIVE, re.IGNORECASE)
        if getattr(words, "FORWARD_INFINITIVE", None) else None,
    )


#: The languages with date rules, and their word lists.
_LANGUAGES: dict[str, ModuleType] = {"en": dates_en, "fr": dates_fr}
_T = TypeVar("_T")


class _PerLanguage(dict[str, _T]):
    """Tables by language, each built on first use (``build_tables`` builds them all).

    Building the patterns of a language costs ~0.04 s of CPU, most of it compiling regular
    expressions: a build whose articles all come from the cache annotates none and builds
    none, and one that annotates only French articles builds only the French tables. A
    language without rules (``get``) reads with the English ones, as before.
    """

    def __init__(self, build: Callable[[str, ModuleType], _T]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, lang: str) -> _T:
        value = self[lang] = self._build(lang, _LANGUAGES[lang])
        return value

    def get(self, lang: str, default: Any = None) -> Any:
        return self[lang] if lang in _LANGUAGES else default

    def of(self, lang: str) -> _T:
        """The table of ``lang``, or the English one for a language without rules."""
        return self[lang if lang in _LANGUAGES else "en"]


_LEXICONS: _PerLanguage[_Lexicon] = _PerLanguage(_build)


def build_tables(languages: Sequence[str] | None = None) -> None:
    """Build now the patterns of ``languages`` (default: every language), otherwise built
    on first use. Called before worker processes are forked: they inherit the tables
    instead of each building its own."""
    for lang in _LANGUAGES if languages is None else languages:
        _LEXICONS.of(lang)
        _TENSES.of(lang)


#: Whether ``_Reader.read`` tries the per-character patterns (``_Lexicon.combined_at``) or the
#: whole combined pattern (``_Lexicon.unpruned_at``): both find the same matches. A pruned
#: pattern fails faster (~0.15 ms of CPU less per article of the benchmark's corpus), but the 46
#: of them cost ~0.04 s to compile (``_RuleTrees``), so they pay only from about 300 articles
#: annotated by one build (``prune_patterns``).
_PRUNED = [True]

#: Below this many articles to annotate, the builder uses the unpruned pattern.
PRUNE_AT = 300


def prune_patterns(enabled: bool) -> None:
    """Use the per-character patterns (compiled on first use; ``compile_patterns`` compiles
    them all at once) or not. Only the speed changes: the matches are the same."""
    _PRUNED[0] = enabled


def compile_patterns() -> None:
    """Compile now the per-character patterns that are otherwise compiled on first use (46
    patterns, ~0.04 s). Called before worker processes are forked: they inherit the compiled
    patterns instead of each compiling its own."""
    for lang in _LANGUAGES:
        lexicon = _LEXICONS[lang]
        for char in _LATIN1:
            if char not in lexicon.by_char:
                lexicon.combined_at(char)


@dataclass(frozen=True)
class _Tense:
    """What decides whether a date's own clause speaks of the future (``_Para.future``)."""

    #: One pass finds clause breaks (group ``b``), future markers (``f``; the lexicon's
    #: FUTURE, tried first: "was expected to") and verbs in the past (``p``).
    scan: re.Pattern[str]
    hypothetical: frozenset[str]  # clause openers whose past tense is no past ("if")
    forward_weekday: re.Pattern[str]  # before a weekday: always forward ("until")
    forward_weak: re.Pattern[str]  # before a date: forward unless the clause is past ("by")
    backward: re.Pattern[str] | None  # before a date: never forward ("depuis le 18 mai")
    participle: re.Pattern[str] | None  # a past participle just before the date
    participle_not_after: frozenset[str]  # a passive, not a past ("sera signé")
    noun_after: frozenset[str]  # articles, prepositions: a noun follows (« en librairie »)
    past_not_after: frozenset[str]  # before a past form: a passive ("will be held")
    not_date: re.Pattern[str]  # an idiom before a deictic or anchored word
    month_after: re.Pattern[str]  # after a month alone, words that make it a date
    #: A verb of a plan, a promise or a schedule whose object phrase is ahead (``governed``).
    governing: re.Pattern[str]
    past_adverbs: frozenset[str]  # past markers that are no verb (« déjà »)

    @classmethod
    def of(cls, words: ModuleType) -> _Tense:
        def listed(items: Sequence[str]) -> str:
            return _trie(sorted({v for w in items for v in (w, w[:1].upper() + w[1:])}))

        participle = getattr(words, "PARTICIPLE", None)

        # Case-sensitive, with literal first characters: the regex engine skips at once the
        # branches that cannot start where it stands.
        affix = f"|(?P<g>{words.FUTURE_AFFIX})" if words.FUTURE_AFFIX else ""
        near = f"|{words.FUTURE_NEAR}" if getattr(words, "FUTURE_NEAR", None) else ""
        scan = (f"(?P<b>{words.CLAUSE_BREAK}){affix}|(?<!\\w)(?:"
                f"(?P<c>{listed(words.CLAUSE_WORDS)})"
                f"|(?P<f>{listed(words.FUTURE_WORDS)}|{words.FUTURE_EXTRA}{near})"
                f"|(?P<p>{listed(words.PAST_WORDS)}|{words.PAST_EXTRA}))(?!\\w)")
        return cls(
            scan=re.compile(scan),
            hypothetical=words.HYPOTHETICAL,
            forward_weekday=re.compile(words.FORWARD_WEEKDAY, re.IGNORECASE),
            forward_weak=re.compile(words.FORWARD_WEAK, re.IGNORECASE),
            backward=re.compile(words.BACKWARD, re.IGNORECASE)
            if getattr(words, "BACKWARD", None) else None,
            participle=re.compile(participle, re.IGNORECASE) if participle else None,
            participle_not_after=getattr(words, "PARTICIPLE_NOT_AFTER", frozenset()),
            noun_after=getattr(words, "NOUN_AFTER", frozenset()),
            past_not_after=words.PAST_NOT_AFTER,
            not_date=re.compile(words.NOT_DATE_BEFORE),
            month_after=re.compile(words.MONTH_ALONE_AFTER),
            # (case kept: "Hope Street", « Prévoir » in a title are no verbs)
            governing=re.compile(words.GOVERNING_FUTURE),
            past_adverbs=words.PAST_ADVERBS,
        )


_TENSES: _PerLanguage[_Tense] = _PerLanguage(lambda lang, words: _Tense.of(words))
_KINDS = {"b": "b", "c": "b", "f": "f", "g": "f", "p": "p"}  # scan groups: break, future, past
_AFTER = 3  # how much farther a tense marker after the date counts
#: Clause words that join two objects of one verb (``_Para.governed``).
_COORDINATION = frozenset({"and", "or", "et", "ou"})
#: How far before a date the verb whose object phrase holds it is looked for (characters).
_GOVERN_WINDOW = 160
#: How far from a date its clause is read for tense markers (in characters).
_WINDOW = 100
#: Words skipped between a date and the participle before it ("publié le jeudi").
_PARTICIPLE_SKIP = frozenset({"le", "ce", "dès", "en", "au", "on", "in", "at", "early", "late",
                              "earlier"})
_SENTENCE_END = re.compile(r"[.!?…]['\"”»)\]]*\s+|[;:]\s+[\"“«]")
_WORD = re.compile(r"[\w'’-]+")
_QUOTE_CLOSE = re.compile(r"[»”\"]")
_MARKS = "«»“”\""
#: A name in quotation marks inside a clause: up to three words, capitalised, no punctuation.
_SHORT_QUOTED = re.compile(r"[«“\"][ \u00a0\u202f]?[^\W\d_a-zà-ÿ][\w'’-]*(?:[ \u00a0][\w'’-]+){0,2}"
                           r"[ \u00a0\u202f]?[»”\"]")


def _short_quoted(text: str, at: int) -> bool:
    """The quotation mark at ``at`` opens or closes a short name in quotation marks."""
    for begin in range(max(0, at - 40), at + 1):
        if text[begin] in "«“\"":
            m = _SHORT_QUOTED.match(text, begin)
            if m is not None and (begin == at or m.end() - 1 == at):
                return True
    return False
_QUOTE_OPEN = re.compile(r"[«“\"]")


def _beyond_calendar(exc: Exception) -> bool:
    """The error Python's dates raise for a day outside years 1 to 9999 or its month
    (``OverflowError``, or ``ValueError`` "year … is out of range", "day is out of range for
    month"), not any other failure."""
    return isinstance(exc, OverflowError) or "out of range" in str(exc)


def _in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation of its paragraph: more « “ than » ” before it,
    or an odd number of straight quotation marks (\"…\", the English wire style)."""
    before = text[:pos]
    return before.count("«") + before.count("“") > before.count("»") + before.count("”") \
        or before.count('"') % 2 == 1
_SPACES = re.compile(r"\s+")
_WORD_START = re.compile(r"(?<!\w)\w|[$€£#(]")
#: After a weekday that opens a quotation, capitalised words that close it: a name ("Sunday
#: Broth"), not words quoted ("Last Tuesday I cancelled…").
_QUOTED_NAME_END = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}[,.]?[\"”»]")
#: The paragraphs (indexes) where a story's day may first be named, when no date comes before.
_LEAD_PARAGRAPHS = 2
#: How far after a date naming a month a day alone (« le 14 ») is of that month (characters).
_NAMED_MONTH_REACH = 200
#: How far before its trigger word an expression may start (in characters).
_LOOKBACK = 28
_AMOUNT_SIGNS = ("$", "€", "£", "#", "n°", "no.")


# --------------------------------------------------------------------------------------------
# The reference date.


@dataclass(frozen=True)
class Reference:
    """What relative expressions are resolved against, derived from ``article.published``.

    ``precision`` is the coarsest precision of the publication date; ``first``/``last`` bound
    the possible publication days; ``day`` is where day offsets count from (the earliest day;
    the 15th for a month; 1 July for a year).
    """

    precision: Precision
    first: _dt.date
    last: _dt.date
    day: _dt.date

    @classmethod
    def of(cls, published: Published) -> Reference:
        early, late = published.earliest, published.latest
        if early.precision == "day" and late.precision == "day":
            return cls("day", early.first_day(), late.last_day(), early.first_day())
        if early.month is not None and (early.year, early.month) == (late.year, late.month):
            return cls("month", early.first_day(), late.last_day(),
                       _dt.date(early.year, early.month, 15))
        if early.month is not None and late.month is not None and early.precision == "day":
            return cls("month", early.first_day(), late.last_day(), early.first_day())
        return cls("year", early.first_day(), late.last_day(), _dt.date(early.year, 7, 1))

    @property
    def weekdays_known(self) -> bool:
        """Weekday names resolve only against a day, or an interval of at most a week."""
        return self.precision == "day" and (self.last - self.first).days <= 6

    def cap(self, value: PartialDate, precision: Precision) -> PartialDate:
        """A relative result, no finer than the expression's and the publication's precision."""
        coarsest = min(precision, self.precision, key=_RANK.__getitem__)
        return value.truncate(coarsest)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _from_index(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def _choose(back: int, ahead: int, future: bool) -> bool:
    """True to take the next occurrence: news reports the past, so the previous occurrence
    wins unless the clause speaks of the future or the next one is more than twice as close."""
    if back == 0:
        return False  # the reference month (or day) itself
    return future or ahead * 2 < back


# --------------------------------------------------------------------------------------------
# Finding.


@dataclass
class _Found:
    span: Span
    text: str
    value: PartialDate
    relative: bool
    rule: str
    paragraph: int  # index in article.paragraphs
    weekday_alt: PartialDate | None = None  # the weekday's own date when it disagrees
    future: bool = False
    overridden: bool = False


#: Rules whose words are written in lowercase inside a sentence ("today", "this week", "a
#: year ago"): capitalised there, they are a name.
_LOWERCASE_RULES = frozenset({"deictic", "this-last-next", "ago"})


class _Para:
    """One paragraph being read, with lazily computed sentence boundaries."""

    def __init__(self, text: str, lexicon: _Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self._ends: list[int] | None = None
        self._future: dict[tuple[int, int, bool], bool] = {}
        self._tenses: dict[tuple[int, int], bool | None] = {}
        self._marked: dict[tuple[int, int], bool] = {}  # span -> holds a tense marker

    def named(self, start: int, end: int) -> bool:
        """Every word of text[start:end] is capitalised though the sentence does not open
        there: a name ("NBC's Today show"), not words of time written in lowercase."""
        words = _WORD.findall(self.text, start, end)
        if not words or not all(w[:1].isupper() for w in words):
            return False
        before = self.text[self.sentence(start, end)[0]:start].strip(" \t\u00a0\"“‘'«(—–-")
        return bool(before) and not before.endswith((":", ";", "…"))

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._ends, start)
        s = self._ends[i - 1] if i else 0
        j = bisect.bisect_left(self._ends, end)
        e = self._ends[j] if j < len(self._ends) else len(self.text)
        return s, e

    def future(self, start: int, end: int, weekday: bool = False,
               forward: bool = False) -> bool:
        """Whether the date at ``start:end`` looks forward: a starting point ("depuis le 18
        mai") never does; a forward preposition before it ("until Monday", "jusqu'à lundi"
        for a weekday; "by", "dès", or ``forward`` — a weekday after an event noun or "ce" —
        unless its clause is in the past), else the tense marker of its own clause nearest to
        it, else any future marker in its sentence."""
        tense = _TENSES.of(self.lexicon.lang)
        before = self.text[max(0, start - 24):start]
        if tense.backward is not None and tense.backward.search(before):
            return False
        if weekday and tense.forward_weekday.search(self.text[max(0, start - 64):start]):
            return True
        decided = self.tense(start, end, tense)
        if decided is not None:
            return decided
        if forward or tense.forward_weak.search(before):
            return True
        bounds = self.sentence(start, end)
        quoted = _in_quotation(self.text, start)
        key = (*bounds, quoted)
        known = self._future.get(key)
        if known is None:
            # outside a quotation, a future in the words quoted is the speaker's, not the
            # sentence's (« …, la CMRC affirme avoir respecté les étapes « prévues par la
            # réglementation » »)
            if quoted or _QUOTE_OPEN.search(self.text, *bounds) is None:
                known = self.lexicon.future.search(self.text, *bounds) is not None
            else:
                known = any(not _in_quotation(self.text, m.start())
                            for m in self.lexicon.future.finditer(self.text, *bounds))
            self._future[key] = known
        return known

    def tense(self, start: int, end: int, tense: _Tense) -> bool | None:
        """True (future) or False (past) from the tense marker nearest to the date in its own
        clause (read up to ``_WINDOW`` characters away; an opening phrase without a marker
        runs on to the next clause: "On Monday, the minister will…"); None when it has none."""
        key = (start, end)
        if key not in self._tenses:
            self._tenses[key] = self._tense(start, end, tense)
        return self._tenses[key]

    def _tense(self, start: int, end: int, tense: _Tense) -> bool | None:
        text = self.text
        s, e = self.sentence(start, end)
        low = max(s, start - _WINDOW)
        opener = ""
        opening = low == s  # no clause break before the date (yet)
        marks: list[tuple[int, bool, int]] = []  # (distance, past, where it starts)
        saved: list[tuple[int, bool, int]] = []  # the marks of the clause before the last break
        broke_at = -1  # where the text after the last break before the date starts
        closed_at = e  # the first break after the date
        for m in tense.scan.finditer(text, low, min(e, end + _WINDOW)):
            kind = _KINDS.get(m.lastgroup or "", "")
            if kind == "b" and text[m.start()] in _MARKS and _short_quoted(text, m.start()):
                continue  # 'had christened the storm "Snowzilla" by Monday': one clause
            if m.end() <= start:
                if kind == "b":
                    saved = marks[:] if text[m.start()] == "," else []
                    broke_at = m.end()
                    marks.clear()
                    opener, opening = m.group().lower(), False
                else:
                    marks.append((start - m.end(), kind == "p", m.start()))
            elif m.start() >= end:
                if kind == "b":
                    if opening and not marks and text[m.start()] == ",":
                        opening = False  # "On Monday, the minister will…"
                        continue
                    closed_at = m.start()
                    break
                marks.append((m.start() - end + _AFTER, kind == "p", m.start()))
        if not marks and saved and not text[broke_at:start].strip() \
                and text[closed_at:closed_at + 1] == "," \
                and len(_WORD.findall(text, end, closed_at)) <= 1:
            # « Il pleuvait sur la côte, samedi après-midi, et… »: a date set between commas
            # takes the tense of the clause it interrupts
            marks = saved
        hypothetical = opener in tense.hypothetical
        # A verb in the past between a future marker and the date belongs to the future's
        # verb phrase: "would contact affected customers by Monday"
        ahead = max((at for _, past, at in marks if not past and at < start), default=-1)
        best: tuple[int, bool] | None = None  # (distance, past)
        for distance, past, at in marks:
            if past:
                if hypothetical or 0 <= ahead < at < start:
                    continue  # "if no progress was made by Friday"
                if tense.past_not_after:
                    previous = text[max(low, at - 8):at].split()
                    if previous and previous[-1].lower() in tense.past_not_after:
                        continue  # "will be held"
            if best is None or (distance, past) < best:
                best = (distance, past)
        if tense.participle is not None and not hypothetical:
            words = _WORD.findall(text, max(low, start - 40), start)
            while words and words[-1].lower() in _PARTICIPLE_SKIP:
                words.pop()
            # a capitalised word inside its sentence is a name, no participle ("à Paris
            # mardi"); first in its sentence it may be one (« Interrogé samedi, … »)
            named = len(words) >= 2 and words[-1][:1].isupper() and s < text.rfind(
                words[-1], 0, start)
            if len(words) >= 2 and words[-2].lower() in tense.noun_after:
                # a noun: the participle, if any, stands before its article or preposition
                words.pop()
                while words and words[-1].lower() in tense.noun_after:
                    words.pop()
                # « à l'école de Toulouse, le rejoindra cet été »: a name is no participle
                named = bool(words) and words[-1][:1].isupper() and s < text.rfind(
                    words[-1], 0, start)
            if words and not named and tense.participle.search(words[-1]) and (
                    len(words) < 2 or words[-2].lower() not in tense.participle_not_after):
                best = min(best, (0, True)) if best else (0, True)
        return None if best is None else not best[1]

    def governed(self, start: int, end: int) -> bool:
        """Whether the date at ``start:end`` is in the object phrase of a verb of a plan, a
        promise or a schedule (``GOVERNING_FUTURE``, any tense: « prévoit une réunion publique
        le 3 juillet », « a annoncé un rassemblement devant le ministère le 3 juin », "plans a
        public meeting on July 3"): the last such verb before it in its own clause, up to
        ``_GOVERN_WINDOW`` characters away, with no clause break and no verb in the past between.
        Quotation marks break nothing there (the words quoted may be its object: « a annoncé
        l'ouverture d'un bureau « dès septembre » »), nor "and"/« et » between its objects,
        unless a participle follows (« a annoncé sa démission et quitté ses fonctions le 3
        juillet »)."""
        tense = _TENSES.of(self.lexicon.lang)
        text = self.text
        cue = None
        for cue in tense.governing.finditer(text, max(self.sentence(start, end)[0],
                                                      start - _GOVERN_WINDOW), start):
            pass
        if cue is None:
            return False
        for m in tense.scan.finditer(text, cue.end(), start):
            kind = _KINDS.get(m.lastgroup or "", "")
            word = m.group().lower()
            if kind == "p":
                previous = text[max(0, m.start() - 8):m.start()].split()
                if word in tense.past_adverbs or previous and previous[-1].lower() in \
                        tense.past_not_after:
                    continue  # « promettait déjà … », "expected to be held on …"
                return False
            if kind == "b" and text[m.start()] not in _MARKS:
                if word not in _COORDINATION:
                    return False
                if tense.participle is not None and any(
                        tense.participle.search(w) for w in _WORD.findall(text, m.end(), start)):
                    return False
        return True

    def unmarked(self, start: int, end: int) -> bool:
        """Whether the sentence of the date has no tense marker at all: no verb in the past
        nor in the future (« Réponse samedi soir, lors de la cérémonie », « Dimanche, le
        village organise un pot »)."""
        tense = _TENSES.of(self.lexicon.lang)
        if self.tense(start, end, tense) is not None:
            return False  # « Interpellé dimanche, … »: a participle before it
        s, e = self.sentence(start, end)
        if _in_quotation(self.text, start):
            # « C'est bien, mais samedi il y a les équipes mixtes », a prévenu X: the
            # speaker's words, not the attribution
            s = max(s, self.text.rfind("«", 0, start), self.text.rfind("“", 0, start),
                    self.text.rfind('"', 0, start))
            close = _QUOTE_CLOSE.search(self.text, end)
            if close is not None:
                e = min(e, close.start())
        # (once per span: a long sentence of many dates is scanned once, not once per date)
        marked = self._marked.get((s, e))
        if marked is None:
            marked = self._marked[(s, e)] = any(
                _KINDS.get(m.lastgroup or "", "") in ("f", "p")
                for m in tense.scan.finditer(self.text, s, e))
        return not marked

    def word_before(self, start: int) -> str:
        words = _WORD.findall(self.text, max(0, start - 40), start)
        return words[-1].lower() if words else ""

    def word_after(self, end: int) -> str:
        m = _WORD.search(self.text, end, end + 40)
        return m.group().lower() if m and not self.text[end:m.start()].strip() else ""


def _number(text: str | None, lexicon: _Lexicon) -> int | None:
    if text is None:
        return None
    text = text.lower()
    if text.isdigit():
        return int(text)
    value: int | None = lexicon.words.NUMBERS.get(text)
    return value


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _unit(text: str, lexicon: _Lexicon) -> str | None:
    for word in reversed(_words(text)):
        for part in (word, word.split("'")[-1]):
            unit: str | None = lexicon.words.UNITS.get(part)
            if unit is not None:
                return unit
    return None


def _direction(text: str, lexicon: _Lexicon) -> str:
    for word in _words(text):
        found: str | None = lexicon.words.DIRECTIONS.get(word)
        if found is not None:
            return found
    return "this"


def _weekday_date(ref: Reference, weekday: int, how: str) -> _dt.date:
    """``how``: past (on/before latest), last (strictly before earliest), future (on/after
    earliest), next (strictly after latest)."""
    if how == "past":
        return ref.last - _dt.timedelta(days=(ref.last.weekday() - weekday) % 7)
    if how == "last":
        return ref.first - _dt.timedelta(days=(ref.first.weekday() - weekday - 1) % 7 + 1)
    if how == "future":
        return ref.first + _dt.timedelta(days=(weekday - ref.first.weekday()) % 7)
    return ref.last + _dt.timedelta(days=(weekday - ref.last.weekday() - 1) % 7 + 1)


def _yearless(ref: Reference, month: int, day: int | None, future: bool,
              weekday: int | None, nearest: bool = False,
              past: bool = False) -> PartialDate | None:
    """A month (and day) without a year: pick the occurrence (see the module docstring);
    ``nearest``: the nearer one, when its clause has no tense marker at all; ``past``: the
    one before publication, when its clause is in the past (« il est sorti en février »,
    published in December)."""
    if ref.precision == "year":
        year = ref.day.year
        try:
            return PartialDate(year, month, day)
        except ValueError:
            return None
    candidates: list[PartialDate] = []
    for year in (ref.day.year - 1, ref.day.year, ref.day.year + 1):
        try:
            candidates.append(PartialDate(year, month, day))
        except ValueError:
            continue
    if weekday is not None and day is not None:
        fits = [c for c in candidates if c.first_day().weekday() == weekday
                and abs((c.first_day() - ref.day).days) < 300]
        if len(fits) == 1:
            return fits[0]
    if ref.precision == "month" or day is None:
        here = _month_index(ref.day.year, ref.day.month)
        before = [c for c in candidates if _month_index(c.year, c.month or 1) <= here]
        after = [c for c in candidates if _month_index(c.year, c.month or 1) > here]
        back = here - _month_index(before[-1].year, month) if before else 10**6
        ahead = _month_index(after[0].year, month) - here if after else 10**6
    else:
        before = [c for c in candidates if c.first_day() <= ref.last]
        after = [c for c in candidates if c.first_day() > ref.last]
        back = (ref.last - before[-1].first_day()).days if before else 10**6
        ahead = (after[0].first_day() - ref.last).days if after else 10**6
    if not before and not after:
        return None
    if day is not None and before and back <= 7 and ahead > 300:
        # « avait assuré la semaine dernière que chaque classe aura un enseignant le 1er
        # septembre », published on 2 September: a future said before the day, not a date a
        # year away (which would be written with its year)
        return before[-1]
    if not after or (before and not _choose(back, ahead, future)
                     and not (nearest and ahead < back)) or (before and past and not future):
        return before[-1]
    return after[0]


def _easter(year: int) -> _dt.date:
    """Easter Sunday (Gregorian computus, the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(year, month, day + 1)


def _holiday_day(spec: str, year: int) -> _dt.date:
    """A holiday's day in a year: "MM-DD", "easter+N" or "MM/N/W" (see ``HOLIDAYS``)."""
    if spec.startswith("easter"):
        return _easter(year) + _dt.timedelta(days=int(spec[6:]))
    if "/" in spec:
        month, nth, weekday = (int(x) for x in spec.split("/"))
        if nth > 0:
            first = _dt.date(year, month, 1)
            return first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = _dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - _dt.timedelta(days=(last.weekday() - weekday) % 7)
    month_text, day_text = spec.split("-")
    return _dt.date(year, int(month_text), int(day_text))


def _occurrence(ref: Reference, days: list[_dt.date], future: bool,
                direction: str) -> _dt.date:
    """Of a yearly day's occurrences (in order), the one a mention means: as ``_yearless``
    ("last" strictly before publication, "next" strictly after)."""
    if ref.precision == "year":
        return next(d for d in days if d.year == ref.day.year)
    if direction == "last":
        return [d for d in days if d < ref.first][-1]
    if direction == "next":
        return next(d for d in days if d > ref.last)
    if ref.precision == "month":
        here = _month_index(ref.day.year, ref.day.month)
        before = [d for d in days if _month_index(d.year, d.month) <= here]
        after = [d for d in days if _month_index(d.year, d.month) > here]
        back = here - _month_index(before[-1].year, before[-1].month)
        ahead = _month_index(after[0].year, after[0].month) - here
    else:
        before = [d for d in days if d <= ref.last]
        after = [d for d in days if d > ref.last]
        back = (ref.last - before[-1]).days
        ahead = (after[0] - ref.last).days
    return after[0] if _choose(back, ahead, future) else before[-1]


class _Reader:
    """Reads one article's paragraphs and resolves what it finds."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.lexicon = _LEXICONS.of(article.lang)
        self.ref = Reference.of(article.published)
        self.found: list[_Found] = []
        self.warnings: list[Warning] = []

    # -- the pass ------------------------------------------------------------------------

    def read(self) -> None:
        lexicon = self.lexicon
        for index, para in enumerate(self.article.paragraphs):
            text = para.text
            reader = _Para(text, lexicon)
            done = 0  # where the last expression ended
            # Triggers close together share word starts: match the combined pattern once per
            # start (a match depends only on the text and the start).
            tried: dict[int, re.Match[str] | None] = {}
            if _PRUNED[0]:
                combined_at, by_char = lexicon.combined_at, lexicon.by_char
            else:
                combined_at, by_char = lexicon.unpruned_at, lexicon.unpruned
            holiday_words = lexicon.holiday_words
            for trigger in lexicon.trigger.finditer(text):
                at = trigger.start()
                if at < done:
                    continue
                if trigger.group() in holiday_words:
                    end = self._holiday(text, max(done, at - _LOOKBACK), at, reader, index)
                    if end is not None:
                        done = end
                        continue
                # The expression may start a few words before its trigger ("about two weeks
                # ago", "the beginning of last year"): try each word start, leftmost first.
                match = None
                for start in _WORD_START.finditer(text, max(done, at - _LOOKBACK), at + 1):
                    position = start.start()
                    if position in tried:
                        found = tried[position]
                    else:
                        char = text[position]
                        pattern = by_char[char] if char in by_char else combined_at(char)
                        found = tried[position] = None if pattern is None \
                            else pattern.match(text, position)
                    if found is not None and found.end() > at:
                        match = found
                        break
                if match is None or match.lastgroup is None:
                    continue
                done = match.end()
                rule = lexicon.rules[int(match.lastgroup[1:])]
                inner = rule.pattern.fullmatch(match.group())
                if inner is None:  # pragma: no cover - the same pattern, anchored
                    continue
                self._handle(rule.name, inner, match.start(), reader, index)
        self._speech_days()

    def _speech_days(self) -> None:
        """« aujourd'hui », « demain », « hier » inside a quotation count from the day the
        words were said: a day-precision date in the attribution that closes the quotation's
        sentence (« », a déclaré X mercredi soir »), else the nearest day-precision date
        before it in its paragraph, outside quotations, in a past clause, else the first date
        of the first paragraph (the story's day: « Samedi soir, … » in a Monday review of the
        concert), else, for « aujourd'hui » only, the nearest one read before it outside
        quotations; each only when it falls in the week before publication (the report of a
        stage run on Saturday, published on Sunday). Otherwise the publication day. Then a
        weekday alone a week away from such a quoted day just before it in its paragraph,
        which falls on that weekday, is that day (« Je reviens demain » … « Il rejouera
        effectivement dimanche »); not after another date (« battu samedi dernier, il
        rejouera samedi »)."""
        if self.ref.precision != "day":
            return
        paragraphs = self.article.paragraphs
        deictic = self.lexicon.words.DEICTIC
        for i, f in enumerate(self.found):
            if f.rule != "deictic":
                continue
            offset = deictic.get(_SPACES.sub(" ", f.text.lower().replace("’", "'")))
            if offset is None or f.value != PartialDate.from_date(
                    self.ref.day + offset * _ONE_DAY):
                continue
            text = paragraphs[f.paragraph].text
            if not _in_quotation(text, f.span.start):
                continue
            try:
                day = self._speech_day(i, text)
                if day is None:
                    continue
                value = PartialDate.from_date(day.first_day() + offset * _ONE_DAY)
            except (OverflowError, ValueError) as exc:
                if not _beyond_calendar(exc):
                    raise
                continue  # (past the calendar's edge: the date stays as it was read)
            if value != f.value:
                self.found[i] = replace(f, value=value, rule="deictic-speech")
        self._same_weekdays()

    def _same_weekdays(self) -> None:
        for i, f in enumerate(self.found):
            if i == 0 or f.rule not in ("weekday", "weekday-future"):
                continue
            g = self.found[i - 1]
            if g.paragraph != f.paragraph or g.value.precision != "day" \
                    or f.value.precision != "day":
                continue
            mine, theirs = f.value.first_day(), g.value.first_day()
            if abs((mine - theirs).days) == 7 and g.rule == "deictic-speech":
                self.found[i] = replace(f, value=g.value, rule="weekday-same")

    def _speech_day(self, i: int, text: str) -> PartialDate | None:
        f = self.found[i]
        close = _QUOTE_CLOSE.search(text, f.span.end)
        if close is not None:
            end = _SENTENCE_END.search(text, close.end())
            stop = end.start() if end is not None else len(text)
            # the attribution ends where another quotation opens (« "Back to Growth" package,
            # announced on March 2 » is no longer the attribution)
            opening = _QUOTE_OPEN.search(text, close.end(), stop)
            if opening is not None:
                stop = opening.start()
            for g in self.found:
                if g.paragraph == f.paragraph and close.end() <= g.span.start < stop \
                        and g.value.precision == "day" and not g.future \
                        and not _in_quotation(text, g.span.start) \
                        and g.value.first_day() <= self.ref.last:
                    return g.value
        paragraphs = self.article.paragraphs
        week = (self.ref.first - 7 * _ONE_DAY, self.ref.last)
        tense = _TENSES.of(self.lexicon.lang)
        reader: _Para | None = None
        for g in reversed(self.found[:i]):
            if g.paragraph != f.paragraph:
                break
            if g.value.precision != "day" or g.future or g.rule == "deictic-speech" \
                    or g.rule.startswith("anchored") or _in_quotation(text, g.span.start) \
                    or not week[0] <= g.value.first_day() <= week[1]:
                continue
            reader = reader or _Para(text, self.lexicon)
            if g.value.first_day() < self.ref.first \
                    or reader.tense(g.span.start, g.span.end, tense) is False:
                return g.value
        # the story's day: the first date of the lead; for "today", of the first paragraphs
        # when the lead has none (a standfirst before the lead: "… at Croke Park yesterday")
        lead = self.found[0]
        today = f.value == PartialDate.from_date(self.ref.day)
        if today and lead.value.precision != "day" and lead.paragraph == 0:
            lead = next((g for g in self.found if g.paragraph <= _LEAD_PARAGRAPHS
                         and g.value.precision == "day"), lead)
        if (lead.paragraph == 0 or today and lead.paragraph <= _LEAD_PARAGRAPHS) \
                and lead.paragraph < f.paragraph \
                and lead.value.precision == "day" \
                and not lead.future and not lead.rule.startswith("anchored") \
                and week[0] <= lead.value.first_day() <= self.ref.last \
                and not _in_quotation(paragraphs[lead.paragraph].text, lead.span.start):
            if lead.value.first_day() >= self.ref.first:
                return None  # the story's day is the publication day: so are the words
            return lead.value
        if f.value != PartialDate.from_date(self.ref.day):
            return None  # « demain », « hier »: no farther guess
        for g in reversed(self.found[:i]):
            if g.value.precision != "day" or g.rule == "deictic-speech" \
                    or g.rule.startswith("anchored") \
                    or _in_quotation(paragraphs[g.paragraph].text, g.span.start):
                continue
            day = g.value.first_day()
            if week[0] <= day <= week[1]:
                return g.value
            return None
        return None

    def _holiday(self, text: str, low: int, at: int, reader: _Para, index: int) -> int | None:
        """A holiday name starting at a word start from ``low`` and ending after ``at`` (the
        leftmost), handled; the end of its match, or None when there is none."""
        pattern = self.lexicon.holiday
        if pattern is None:
            return None
        for start in _WORD_START.finditer(text, low, at + 1):
            match = pattern.match(text, start.start())
            if match is not None and match.end() > at:
                inner = pattern.fullmatch(match.group())  # positions from 0, as in ``read``
                if inner is not None:
                    self._handle("holiday", inner, match.start(), reader, index)
                return match.end()
        return None

    def _emit(self, reader: _Para, index: int, start: int, end: int, value: PartialDate,
              relative: bool, rule: str, **extra: object) -> None:
        if not _dt.MINYEAR <= value.year <= _dt.MAXYEAR:
            return  # (« en l'an 0000 », « l'an dernier » in an article dated 0001: no such year)
        text = reader.text[start:end]
        # Trailing spaces and a dangling parenthesis never belong to the expression.
        stripped = text.rstrip()
        end -= len(text) - len(stripped)
        if not extra.get("future") and self._later(value) and reader.governed(start, end):
            # « L'association prévoit une réunion publique le 3 juillet »: a date ahead in the
            # object phrase of a plan or a promise is a future spoken of, whatever the tense
            # nearest to it (it chose no occurrence: the value is the same)
            extra["future"] = True
        para = self.article.paragraphs[index]
        self.found.append(_Found(
            Span(self.article.id, para.id, start, end), stripped, value, relative, rule,
            index, **extra,  # type: ignore[arg-type]
        ))

    def _handle(self, rule: str, m: re.Match[str], offset: int, reader: _Para,
                index: int) -> None:
        start, end = offset, offset + m.end()
        groups = m.groupdict()
        if groups.get("pre") is not None:
            start = offset + m.end("pre")
            while start < end and reader.text[start].isspace():
                start += 1
        if rule in _LOWERCASE_RULES and reader.named(start, end):
            return  # "BBC Radio 4's Today programme", "RTÉ's This Week": a programme's name
        handler = getattr(self, "_rule_" + rule.replace("-", "_"))
        try:
            handler(m, start, end, reader, index)
        except (OverflowError, ValueError) as exc:
            if not _beyond_calendar(exc):
                raise
            # a date counted from a publication date at the calendar's edge (year 1 or 9999)
            # that falls outside it: not resolved, like any expression no rule can resolve

    # -- written-out dates ------------------------------------------------------------------

    def _later(self, value: PartialDate) -> bool:
        """After publication: only then does the tense of its clause matter."""
        return value.first_day() > self.ref.last

    def _month(self, word: str) -> int:
        return self.lexicon.months[word.lower().rstrip(".")]

    def _rule_weekday_date(self, m: re.Match[str], start: int, end: int, reader: _Para,
                           index: int) -> None:
        self._rule_month_day(m, start, end, reader, index, rule="weekday-date")

    def _rule_day_month(self, m: re.Match[str], start: int, end: int, reader: _Para,
                        index: int) -> None:
        self._rule_month_day(m, start, end, reader, index, rule="day-month")

    def _rule_month_day(self, m: re.Match[str], start: int, end: int, reader: _Para,
                        index: int, rule: str = "month-day") -> None:
        month = self._month(m.group("m"))
        day_text = m.group("d")
        day = 1 if day_text in ("1er", "1re") else int(day_text)
        wd_text = m.group("wd") if "wd" in m.groupdict() else None
        weekday = self.lexicon.weekdays[wd_text.lower()] if wd_text else None
        future = reader.future(start, end)
        relative = m.group("y") is None
        if not relative:
            try:
                value: PartialDate | None = PartialDate(int(m.group("y")), month, day)
            except ValueError:
                return
        else:
            if self.lexicon.lang == "en" and not wd_text and m.group("m").lower() == "may" \
                    and reader.word_before(start) in ("i", "you", "we", "they", "it", "he",
                                                      "she", "who"):
                return  # "they May 5…" is not seen in news, but a modal verb can be
            value = _yearless(self.ref, month, day, future, weekday,
                              past=not future and (self._pluperfect(reader, start, end)
                                                   or self._backward(reader, start)))
            if value is None:
                return
            if weekday is None:
                value = self._chronology_year(index, value)
            if weekday is None and self._later(value) and self._in_last_year(
                    reader, index, start, end, value.year - 1):
                try:
                    value = PartialDate(value.year - 1, month, day)
                except ValueError:
                    pass
            if self.ref.precision == "year":
                rule += "+publication-year"
        weekday_alt = None
        if weekday is not None and value is not None:
            actual = value.first_day()
            if actual.weekday() != weekday:
                shift = (weekday - actual.weekday() + 3) % 7 - 3  # the nearest such weekday
                weekday_alt = PartialDate.from_date(actual + _dt.timedelta(days=shift))
        assert value is not None
        self._emit(reader, index, start, end, value, relative, rule,
                   weekday_alt=weekday_alt, future=future)

    def _rule_day_alone(self, m: re.Match[str], start: int, end: int, reader: _Para,
                        index: int) -> None:
        """« le 17 » alone: that day of the publication month, of the month before or of
        the month after, chosen as a yearless date (the nearest before publication unless
        its clause speaks of the future or the next one is more than twice as close)."""
        if self.ref.precision != "day" or reader.word_before(start) in getattr(
                self.lexicon.words, "DAY_ALONE_NOT_AFTER", ()):
            return
        day_text = m.group("d")
        day = 1 if day_text == "1er" else int(day_text)
        here = _month_index(self.ref.last.year, self.ref.last.month)
        candidates: list[_dt.date] = []
        for offset in (-1, 0, 1):
            y, mo = _from_index(here + offset)
            if day <= calendar.monthrange(y, mo)[1]:
                candidates.append(_dt.date(y, mo, day))
        before = [c for c in candidates if c <= self.ref.last]
        after = [c for c in candidates if c > self.ref.last]
        future = reader.future(start, end)
        if not before and not after:  # pragma: no cover - a day always fits some month
            return
        if not after or (before and not _choose((self.ref.last - before[-1]).days,
                                                (after[0] - self.ref.last).days, future)):
            chosen = before[-1]
        else:
            chosen = after[0]
        named = self._month_named(reader, index, start, day,
                                  {(c.year, c.month) for c in candidates}, future)
        if named is not None:
            chosen = named
        self._emit(reader, index, start, end, PartialDate.from_date(chosen), True,
                   "day-alone", future=future)

    def _month_named(self, reader: _Para, index: int, start: int, day: int,
                     near: set[tuple[int, int]], future: bool) -> _dt.date | None:
        """The day ``day`` of the month the date just before names, close before it (in
        its paragraph, or at the start of the next), when that month is not one beside
        publication: "In February 2020, … On the 14th he bought", "on November 14, 2021, and
        a second on the 28th" (a chronology goes forward: not before that date's own day),
        unless its clause looks forward; or a month alone named in the same sentence ("by the end of June, and a hearing has
        been set for the 30th")."""
        if not self.found:
            return None
        previous = self.found[-1]
        value = previous.value
        if value.month is None or (value.day or 0) > day:
            return None
        if previous.paragraph == index:
            # in the same sentence or the one before, not far
            sentence = reader.sentence(start, start)[0]
            before = reader.sentence(sentence - 2, sentence - 2)[0] if sentence > 1 else 0
            if start - previous.span.end > _NAMED_MONTH_REACH or previous.span.start < before:
                return None
            same_sentence = sentence <= previous.span.start
        elif previous.paragraph == index - 1 and start <= _NAMED_MONTH_REACH // 2:
            same_sentence = False
        else:
            return None
        if not (same_sentence and value.day is None) and (
                future or (value.year, value.month) in near):
            return None  # a future clause looks at the days ahead
        try:
            return _dt.date(value.year, value.month, day)
        except ValueError:
            return None

    def _rule_month_of_year(self, m: re.Match[str], start: int, end: int, reader: _Para,
                            index: int) -> None:
        """« en janvier l'an dernier », "in January last year": that year's month."""
        direction = _direction(m.group(), self.lexicon)
        year = self.ref.day.year + {"last": -1, "next": 1}.get(direction, 0)
        self._emit(reader, index, start, end, PartialDate(year, self._month(m.group("m"))),
                   True, f"month-of-{direction}-year")

    def _rule_day_of_year(self, m: re.Match[str], start: int, end: int, reader: _Para,
                          index: int) -> None:
        """"May 22 last year", « le 22 mai de l'année prochaine »: that year's day."""
        direction = _direction(m.group(), self.lexicon)
        year = self.ref.day.year + {"last": -1, "next": 1}.get(direction, 0)
        day_text = m.group("d")
        try:
            value = PartialDate(year, self._month(m.group("m")),
                                1 if day_text in ("1er", "1re") else int(day_text))
        except ValueError:
            return
        self._emit(reader, index, start, end, value, True, f"day-of-{direction}-year")

    def _rule_weekday_of_week(self, m: re.Match[str], start: int, end: int, reader: _Para,
                              index: int) -> None:
        """"Monday last week", « lundi de la semaine dernière »: that day of that week
        (weeks start on Monday)."""
        if not self.ref.weekdays_known:
            return
        direction = _direction(m.group(), self.lexicon)
        step = {"last": -1, "next": 1}.get(direction, 0)
        day = self.ref.day
        monday = day - _dt.timedelta(days=day.weekday()) + 7 * step * _ONE_DAY
        value = monday + self.lexicon.weekdays[m.group("wd").lower()] * _ONE_DAY
        self._emit(reader, index, start, end, PartialDate.from_date(value), True,
                   f"weekday-of-{direction}-week", future=value > self.ref.last)

    def _chronology_year(self, index: int, value: PartialDate) -> PartialDate:
        """A yearless date right after a day written with its year, in its paragraph or the
        one before, and not earlier in the year than it, is of that year: a chronology
        carries its year (« le 12 mars 2024 … Le 2 avril, une note préconise … »); not
        after a month (« en mars 2025 … l'audience du 19 mai », published in June 2026)."""
        if not self.found:
            return value
        anchor = self.found[-1]
        if anchor.relative or anchor.paragraph < index - 1 or anchor.value.day is None \
                or anchor.value.year == value.year or value.month is None \
                or (value.month, value.day or 1) < (anchor.value.month, anchor.value.day or 1):
            return value
        try:
            return PartialDate(anchor.value.year, value.month, value.day)
        except ValueError:
            return value

    def _rule_month_year(self, m: re.Match[str], start: int, end: int, reader: _Para,
                         index: int) -> None:
        value = PartialDate(int(m.group("y")), self._month(m.group("m")))
        self._emit(reader, index, start, end, value, False, "month-year",
                   future=self._later(value) and reader.future(start, end))

    def _rule_part_of_year(self, m: re.Match[str], start: int, end: int, reader: _Para,
                           index: int) -> None:
        value = PartialDate(int(m.group("y")))
        self._emit(reader, index, start, end, value, False, "part-of-year",
                   future=self._later(value) and reader.future(start, end))

    def _rule_year(self, m: re.Match[str], start: int, end: int, reader: _Para,
                   index: int) -> None:
        text = reader.text
        lexicon = self.lexicon
        before = " " + _SPACES.sub(" ", text[max(0, start - 25):start].lower()
                                   .replace("’", "'")).rstrip()
        dated: frozenset[str] = getattr(lexicon.words, "YEAR_IN_TITLE_DATE_AFTER", frozenset())
        if before.endswith(_AMOUNT_SIGNS):
            return
        count = next((c for c in lexicon.count_before if before.endswith(c)), None) \
            if before.endswith(lexicon.count_before) else None  # (one test in C first)
        if count is not None and not (" " not in count.strip() and before[:-len(count)]
                                      .rsplit(" ", 1)[-1] in dated):
            return  # "about 1500", not "since around 1970"
        after = text[end:end + 20].lstrip()
        if after[:1] == "%" or reader.word_after(end) in lexicon.count_after:
            return
        if lexicon.count_after_phrases:
            folded = _SPACES.sub(" ", after[:20].lower())
            if any(folded.startswith(p) and not folded[len(p):len(p) + 1].isalnum()
                   for p in lexicon.count_after_phrases):
                return
        # A capitalised word glued before the number names a thing ("Euro 2016", "Agenda
        # 2030"), unless it is a month or a word that starts the sentence.
        prev = _WORD.findall(text, max(0, start - 30), start)
        if prev and text[start - 1:start] == " " and prev[-1][:1].isupper() \
                and prev[-1].lower() not in lexicon.months \
                and prev[-1].lower().replace("’", "'") not in dated \
                and reader.sentence(start, end)[0] < start - len(prev[-1]) - 1:
            return
        if self._title_year(reader, start, end, prev):
            return
        value = PartialDate(int(m.group("y")))
        self._emit(reader, index, start, end, value, False, "year",
                   future=self._later(value) and reader.future(start, end))

    def _title_year(self, reader: _Para, start: int, end: int, prev: list[str]) -> bool:
        """A year that ends a short title in quotation marks, after a noun, names a thing: le
        plan « Cœur de ville 2030 », the “Vision 2030” plan (not « on y sera en 2030 »)."""
        text = reader.text
        if not prev or _QUOTE_CLOSE.match(text, end + (text[end:end + 1] == " ")) is None:
            return False
        opening = max(text.rfind("«", max(0, start - 60), start),
                      text.rfind("“", max(0, start - 60), start))
        if opening < 0 or re.search(r"[.!?»”]", text[opening:start]):
            return False
        title = _WORD.findall(text, opening, start)
        dated: frozenset[str] = getattr(self.lexicon.words, "YEAR_IN_TITLE_DATE_AFTER",
                                        frozenset())
        return 1 <= len(title) <= 5 and title[0][:1].isupper() \
            and prev[-1].lower().replace("’", "'") not in dated

    # -- relative dates ---------------------------------------------------------------------

    def _rule_deictic(self, m: re.Match[str], start: int, end: int, reader: _Para,
                      index: int) -> None:
        key = _SPACES.sub(" ", m.group().lower().replace("’", "'"))
        days = self.lexicon.words.DEICTIC.get(key)
        if days is None or self._idiom(reader, start):
            return
        text = reader.text
        prev = _WORD.findall(text, max(0, start - 30), start)
        if prev and prev[-1][:1].isupper() and self._title_year(reader, start, end, prev):
            return  # le plan « Bordeaux demain »: a title
        if key in getattr(self.lexicon.words, "NOW_IN_APPOSITION", ()) \
                and text[:start].rstrip().endswith(",") \
                and re.match(r"\s+[^\W\d]+\s*,", text[end:end + 40]) \
                and reader.word_after(end) not in self.lexicon.weekdays:
            return  # « Ce fonctionnaire, aujourd'hui pensionné, témoignera »: now
        value = PartialDate.from_date(self.ref.day + _dt.timedelta(days=days))
        self._emit(reader, index, start, end, self.ref.cap(value, "day"), True,
                   "deictic", future=days > 0)

    def _rule_ago(self, m: re.Match[str], start: int, end: int, reader: _Para,
                  index: int) -> None:
        count = _number(m.group("n"), self.lexicon)
        unit = _unit(m.group(), self.lexicon)
        if count is None or unit is None:
            return
        day = self.ref.day
        weeks = getattr(self.lexicon.words, "DAYS_AS_WEEKS", {})
        if unit == "fortnight":  # "a fortnight ago": two weeks
            unit, count = "week", 2 * count
        elif unit == "day" and count in weeks:  # « il y a quinze jours »: two weeks
            unit, count = "week", weeks[count]
        if unit == "day":
            value, precision = PartialDate.from_date(day - count * _ONE_DAY), "day"
        elif unit == "week":
            value, precision = PartialDate.from_date(day - 7 * count * _ONE_DAY), "month"
        elif unit == "month":
            y, mo = _from_index(_month_index(day.year, day.month) - count)
            value, precision = PartialDate(y, mo), "month"
        elif unit == "decade":  # "a decade ago": ten years
            value, precision = PartialDate(day.year - 10 * count), "year"
        else:
            value, precision = PartialDate(day.year - count), "year"
        self._emit(reader, index, start, end, self.ref.cap(value, precision),  # type: ignore[arg-type]
                   True, f"ago-{unit}")

    def _rule_this_last_next(self, m: re.Match[str], start: int, end: int, reader: _Para,
                             index: int) -> None:
        text = m.group()
        if self.lexicon.lang == "en" and reader.word_before(start) in ("the", "over", "past"):
            return  # "over the last year": a duration
        if reader.word_before(start) in getattr(self.lexicon.words, "PERIOD_NOT_AFTER", ()):
            return  # « une fin d'année aussi noire », « chaque fin de mois »: no date
        unit = _unit(text, self.lexicon)
        if unit is None:
            return
        direction = _direction(text, self.lexicon)
        step = {"last": -1, "next": 1}.get(direction, 0)
        day = self.ref.day
        value: PartialDate
        if unit == "year":
            value = PartialDate(day.year + step)
        elif unit == "month":
            y, mo = _from_index(_month_index(day.year, day.month) + step)
            value = self.ref.cap(PartialDate(y, mo), "month")
        elif unit == "week":
            monday = day - _dt.timedelta(days=day.weekday()) + 7 * step * _ONE_DAY
            spanned = self._span_value(monday, monday + 6 * _ONE_DAY)
            if spanned is None:
                return  # a week across New Year: no honest value
            value = spanned
        else:
            return
        self._emit(reader, index, start, end, value, True, f"{direction}-{unit}")

    def _rule_weekend(self, m: re.Match[str], start: int, end: int, reader: _Para,
                      index: int) -> None:
        """"last weekend", « le week-end dernier », "this weekend": its Saturday and Sunday,
        given as "last week" is (the month when both fall in it, else the year). "Over the
        weekend" is the last one in a past clause, the next one in a future clause, and no
        date without tense ("shops close at the weekend")."""
        day = self.ref.day
        if m.groupdict().get("bare") is not None:
            start += m.end("bare") - m.start()
            while reader.text[start].isspace():
                start += 1
            tense = reader.tense(start, end, _TENSES.of(self.lexicon.lang))
            if tense is None:
                return
            direction = "next" if tense else "last"
            saturday = day + _dt.timedelta(days=(5 - day.weekday()) % 7) if tense \
                else day - _dt.timedelta(days=(day.weekday() - 5) % 7)
        else:
            direction = _direction(m.group(), self.lexicon)
            lowered = _words(m.group())
            if "past" in lowered:
                direction = "last"
            elif "coming" in lowered:
                direction = "next"
            step = {"last": -1, "next": 1}.get(direction, 0)
            saturday = day - _dt.timedelta(days=day.weekday()) + (7 * step + 5) * _ONE_DAY
        value = self._span_value(saturday, saturday + _ONE_DAY)
        if value is None:
            return  # a weekend across New Year: no honest value
        self._emit(reader, index, start, end, value, True, f"{direction}-weekend")

    def _span_value(self, first: _dt.date, last: _dt.date) -> PartialDate | None:
        """A span of days (a week, a weekend) at the precision it can honestly have: its month
        when both ends fall in it, else its year, else None (across New Year)."""
        if (first.year, first.month) == (last.year, last.month):
            return self.ref.cap(PartialDate(first.year, first.month), "month")
        if first.year == last.year or self.ref.precision == "year":
            return PartialDate(self.ref.day.year if self.ref.precision != "day" else first.year)
        return None

    def _rule_season(self, m: re.Match[str], start: int, end: int, reader: _Para,
                     index: int) -> None:
        words = [w.split("'")[-1] for w in _words(m.group())]
        season = next((self.lexicon.words.SEASONS[w] for w in words
                       if w in self.lexicon.words.SEASONS), None)
        if season is None:
            return
        direction = _direction(m.group(), self.lexicon)
        if m.groupdict().get("bare") is not None:
            if reader.tense(start, end, _TENSES.of(self.lexicon.lang)) is None:
                return  # « tourner en hiver »: without a verb in the past or the future, a habit
            habit = getattr(self.lexicon.words, "HABIT_WORDS", None)
            if habit is not None and re.search(habit, reader.text[slice(*reader.sentence(
                    start, end))]) is not None:
                return  # « le festival a lieu chaque année en été »
        # « avant l'été », « d'ici à l'automne », « dès le printemps »: the next one (not
        # « depuis le printemps »)
        forward_pre = m.groupdict().get("pre") is not None and m.groupdict().get("bare") is None \
            and not self._backward(reader, start)
        day = self.ref.day
        # Each season as (first month, year offset of the year it is counted in).
        first_month = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[season]
        if not set(words).isdisjoint(getattr(self.lexicon.words, "FOLLOWING_WORDS", ())):
            # « l'automne suivant »: the first such season after the date before it ("in 1994
            # … the following spring": 1995)
            base = self.found[-1].value if self.found else None
            if base is None:
                return
            year = base.year if base.month is not None and base.month < first_month \
                else base.year + 1
            self._emit(reader, index, start, end, PartialDate(year), True, "following-season")
            return
        # The season that contains or last started before the reference month.
        start_index = _month_index(day.year, first_month)
        here = _month_index(day.year, day.month)
        while start_index > here:
            start_index -= 12
        current_end = start_index + 2
        if direction == "last":
            if here <= current_end:  # we are inside it: "last summer" is the one before
                start_index -= 12
        elif direction == "next":
            start_index += 12
        elif here > current_end and (reader.future(start, end) or forward_pre or (
                m.groupdict().get("pre") is None and m.groupdict().get("bare") is None
                and start_index + 12 - here < here - current_end
                and reader.tense(start, end, _TENSES.of(self.lexicon.lang)) is None)):
            # "this summer" after it ended, in a future clause, or without tense when the
            # next one is nearer (« Cet automne, je mets des arbousiers » in August)
            start_index += 12
        year, month = _from_index(start_index)
        if season == "winter" and month == 12:
            year += 1  # a winter is counted in the year of its January and February
        self._emit(reader, index, start, end, PartialDate(year), True, f"{direction}-season")

    def _rule_weekday(self, m: re.Match[str], start: int, end: int, reader: _Para,
                      index: int) -> None:
        if not self.ref.weekdays_known:
            return
        before, after = reader.word_before(start), reader.word_after(end)
        words = self.lexicon.words
        if before in getattr(words, "NAMED_DAY_BEFORE", ()) or \
                after in getattr(words, "NAMED_DAY_AFTER", ()):
            return
        text = m.group()
        weekday = self.lexicon.weekdays[m.group("wd").lower()]
        lowered = _words(text)
        if reader.text[start - 1:start] in ('"', "“", "«") \
                and _QUOTED_NAME_END.match(reader.text, end):
            return  # a pop-up called "Sunday Broth", the "Sunday Table" range: a name
        this = any(w in getattr(words, "THIS_WEEKDAY", ()) for w in lowered[:-1])
        if not this and self._habitual_weekday(reader, start, before):
            return  # "le mercredi après-midi": a habit, not a date
        habit = getattr(words, "HABIT_AFTER_WEEKDAY", None)
        if habit is not None and re.match(habit, reader.text[end:end + 40], re.IGNORECASE):
            return  # « le premier samedi de chaque mois »
        # After an event noun ("un rassemblement samedi"), or "ce samedi" when the next one is
        # nearer (this week's: « l'accompagne ce mardi » in a Thursday paper is two days
        # ago): forward unless the clause is in the past.
        if this:
            this = (_weekday_date(self.ref, weekday, "future") - self.ref.first).days < (
                self.ref.last - _weekday_date(self.ref, weekday, "past")).days
        forward = this or (before in getattr(words, "EVENT_NOUNS", ())
                           and reader.text[max(0, start - len(before) - 1):start - 1]
                           .lower() == before and reader.text[start - 1:start].isspace())
        infinitive = self.lexicon.forward_infinitive
        if not forward and infinitive is not None:
            # « Mon boulot, c'est de gagner samedi »: an aim looks forward
            forward = infinitive.search(reader.text, max(0, start - 40), start) is not None
        future = False  # "next Thursday" and "last Thursday" need no tense
        if "next" in lowered or "coming" in lowered or "prochain" in lowered:
            how, rule = "next", "next-weekday"
        elif "last" in lowered or "past" in lowered or "dernier" in lowered:
            how, rule = "last", "last-weekday"
        elif self.ref.first == self.ref.last and weekday == self.ref.first.weekday():
            how, rule = "past", "weekday"  # the publication day, whatever the tense
        elif future := reader.future(start, end, weekday=reader.text[end:end + 2] not in (
                "'s", "’s"), forward=forward):  # "through Tuesday's close": the clause's tense
            how, rule = "future", "weekday-future"
        elif reader.unmarked(start, end) and self._forward_unmarked(reader, start, end,
                                                                    weekday):
            how, rule, future = "future", "weekday-future", True
        else:
            how, rule = "past", "weekday"
        value = PartialDate.from_date(_weekday_date(self.ref, weekday, how))
        if how == "future" and _in_quotation(reader.text, start):
            said = self._said_on(reader, index, start)
            if said is not None:
                # « Samedi soir, … « Dimanche, vous allez reprendre… », a lancé le candidat »:
                # ahead of the day the words were said
                value = PartialDate.from_date(
                    said + _dt.timedelta(days=(weekday - said.weekday()) % 7))
                rule = "weekday-speech"
        self._emit(reader, index, start, end, value, True, rule, future=future)

    def _said_on(self, reader: _Para, index: int, start: int) -> _dt.date | None:
        """The day words quoted at ``start`` were said: a weekday before publication named
        before them in their paragraph, outside quotations (« Samedi soir encore, … »)."""
        for f in reversed(self.found):
            if f.paragraph != index:
                return None
            if f.span.start < start and f.rule == "weekday" and f.value.precision == "day" \
                    and f.value.first_day() < self.ref.first \
                    and not _in_quotation(reader.text, f.span.start):
                return f.value.first_day()
        return None

    def _in_last_year(self, reader: _Para, index: int, start: int, end: int,
                      year: int) -> bool:
        """Whether a yearless date after publication is rather ``year``'s, last year: its
        clause is in the past and the date before it in its paragraph is in last year
        (« … imprimer l'an dernier … Tous ont été vendus avant Noël »); in the same sentence
        as that date, a clause without tense marker is enough."""
        if year != self.ref.day.year - 1:
            return False
        previous = next((f for f in reversed(self.found) if f.paragraph == index
                         and f.span.end <= start), None)
        if previous is None or previous.value.year != year:
            return False
        tense = reader.tense(start, end, _TENSES.of(self.lexicon.lang))
        if previous.span.start >= reader.sentence(start, end)[0]:
            # « L'an dernier déjà, l'école avait connu…, en plein mois de novembre »: the
            # year of the sentence, unless the date's own clause speaks of the future
            return tense is not True
        return tense is False

    def _habitual_weekday(self, reader: _Para, start: int, before: str) -> bool:
        """A weekday after an article or « du » is a habit (« le mercredi après-midi », « les
        croissants du dimanche »), and so is the end of such a range (« ouvert du lundi au
        vendredi »); not a night (« dans la nuit du samedi au dimanche »)."""
        words = self.lexicon.words
        habitual = getattr(words, "HABITUAL_BEFORE", ())
        previous = _words(reader.text[max(0, start - 40):start])
        if before in getattr(words, "RANGE_END", ()) and len(previous) >= 3 \
                and previous[-2] in self.lexicon.weekdays:
            before, previous = previous[-3], previous[:-2]  # « du lundi au vendredi »
        if before not in habitual:
            # "on a normal Wednesday", « un beau samedi »
            return len(previous) >= 2 and previous[-2] in getattr(
                words, "HABITUAL_BEFORE_ADJECTIVE", ()) and previous[-1] in getattr(
                words, "HABIT_ADJECTIVES", ())
        return not (len(previous) >= 2 and previous[-2] in getattr(words, "NIGHT_OF", ()))

    def _forward_unmarked(self, reader: _Para, start: int, end: int, weekday: int) -> bool:
        """A weekday in a sentence without tense markers looks forward when an event noun
        follows it (« Réponse samedi soir, lors de la cérémonie de clôture ») or when its
        next occurrence is more than twice as close as the last one (« Dimanche, le village
        organise un pot d'adieu » in a Saturday paper)."""
        after = getattr(self.lexicon.words, "EVENT_AFTER_WEEKDAY", None)
        if after is not None and re.match(after, reader.text[end:end + 60]) is not None:
            return True
        if _in_quotation(reader.text, start):
            return True  # « Jeudi, on joue le quart de finale »: a speaker's present is ahead
        if not getattr(self.lexicon.words, "UNMARKED_WEEKDAY_NEAREST", False):
            return False
        back = (self.ref.last - _weekday_date(self.ref, weekday, "past")).days
        ahead = (_weekday_date(self.ref, weekday, "future") - self.ref.first).days
        return _choose(back, ahead, False)

    def _rule_month(self, m: re.Match[str], start: int, end: int, reader: _Para,
                    index: int) -> None:
        words = self.lexicon.words
        name = m.group("m")
        pre = m.group("pre")
        # « mi-avril » is one word with its modifier
        # (also after a preposition: « jusqu'à fin mars », "before the end of March")
        modifiers = _words(reader.text[start:end].replace("-", " "))[:-1]
        text_words = _words(m.group())
        suffix = text_words[-1] if text_words[-1] in ("dernier", "prochain") else None
        if pre is None and not modifiers and suffix is None:
            before = reader.word_before(start)
            if before not in words.MONTH_ALONE_NEEDS and not _TENSES.of(self.lexicon.lang).month_after.match(reader.text, end):
                return
            pre = before
        if name.lower() in words.AMBIGUOUS_MONTHS and not modifiers and suffix is None:
            if pre and pre.lower() in ("and", "or", "to", "et", "ou", "à", "de", "of", "for",
                                       "pour"):
                return  # "Trump and May", "à mai…", "voted for May": a name or a word
            after = reader.word_after(end)
            if self.lexicon.lang == "en" and after[:1].isalpha() and \
                    reader.text[end:].lstrip()[:1].isupper():
                return  # "in May Smith's…": a name
        previous = _words(reader.text[max(0, start - 50):start])
        if len(previous) >= 4 and previous[-1] in ("in", "of", "en", "de") \
                and previous[-2] in self.lexicon.weekdays \
                and previous[-3] in getattr(words, "HABIT_ADJECTIVES", ()) \
                and previous[-4] in getattr(words, "HABITUAL_BEFORE_ADJECTIVE", ()):
            return  # "on a wet Tuesday in February": a habit (not "on a Tuesday in April")
        month = self._month(name)
        direction = _direction(" ".join(text_words), self.lexicon) \
            if any(w in words.DIRECTIONS for w in text_words) else "this"
        if self.lexicon.lang == "en" and "this" in text_words and "past" not in text_words:
            direction = "this"
        future = reader.future(start, end)
        day = self.ref.day
        here = _month_index(day.year, day.month)
        if self.ref.precision == "year":
            value = PartialDate(day.year, month)
        elif direction == "last":
            index_ = _month_index(day.year, month)
            while index_ >= here:
                index_ -= 12
            value = PartialDate(*_from_index(index_))
        elif direction == "next":
            index_ = _month_index(day.year, month)
            while index_ <= here:
                index_ += 12
            value = PartialDate(*_from_index(index_))
        else:
            # « dont le contrat expire en décembre »: a clause with no verb in the past or
            # the future (a present, or no verb) means the nearer occurrence
            tense = reader.tense(start, end, _TENSES.of(self.lexicon.lang))
            backward = self._backward(reader, start)
            found = _yearless(self.ref, month, None, future, None,
                              nearest=tense is None and not backward,
                              past=backward or (tense is False and (
                                  (pre or "").lower() not in getattr(words, "TARGET_BEFORE", ())
                                  and self._pluperfect(reader, start, end, True)
                                  or self._past_in(reader, start, end, pre))))
            if found is None:
                return
            value = found
            if self._later(value) and self._in_last_year(reader, index, start, end,
                                                         value.year - 1):
                value = PartialDate(value.year - 1, month)
        self._emit(reader, index, start, end, value, True, f"month-{direction}",
                   future=future)

    def _pluperfect(self, reader: _Para, start: int, end: int,
                    past: bool | None = None) -> bool:
        """Whether the clause of a date, in the past, is a past before the past (« le
        chalutier avait chaviré dans la nuit du 12 janvier », "had been checked in
        December"): its date is before publication, however near the next one. A plain
        past may set a date ahead (« le jugement a été mis en délibéré au 12 novembre »)."""
        pattern = getattr(self.lexicon.words, "PLUPERFECT", None)
        if pattern is None:
            return False
        tense = _TENSES.of(self.lexicon.lang)
        if past is None:
            past = reader.tense(start, end, tense) is False
        if not past:
            return False
        low = max(reader.sentence(start, end)[0], start - _WINDOW)
        for m in tense.scan.finditer(reader.text, low, start):
            if _KINDS.get(m.lastgroup or "", "") == "b":
                low = m.end()
        return re.search(pattern, reader.text[low:start]) is not None

    def _past_in(self, reader: _Para, start: int, end: int, pre: str | None) -> bool:
        """Whether a month alone after "in" / « en » tells when a past happened (« il est
        sorti de prison en février », "he bought the ammunition in August"): a clause in the
        past with no infinitive or modal between its verb and the month (« a décidé de
        fermer en avril », « devait démarrer en septembre » look ahead)."""
        if pre is None or pre.lower() not in getattr(self.lexicon.words, "PAST_IN", ()):
            return False
        tense = _TENSES.of(self.lexicon.lang)
        low = max(reader.sentence(start, end)[0], start - _WINDOW)
        for m in tense.scan.finditer(reader.text, low, start):
            if _KINDS.get(m.lastgroup or "", "") == "b":
                low = m.end()
        ahead = getattr(self.lexicon.words, "AHEAD_IN_CLAUSE", None)
        return ahead is None or re.search(ahead, reader.text[low:start]) is None

    def _backward(self, reader: _Para, start: int) -> bool:
        """Whether a starting point stands just before the date ("since April", « depuis
        janvier »): it is never after publication."""
        backward = _TENSES.of(self.lexicon.lang).backward
        return backward is not None and backward.search(
            reader.text[max(0, start - 24):start]) is not None

    def _habitual(self, reader: _Para, start: int) -> bool:
        """Inside a quotation, an anchored word in a present-tense clause opened by « quand »
        or « lorsque » tells a habit, not a date: « Quand un intérimaire annule la veille, il
        n'y a plus personne »."""
        pattern = getattr(self.lexicon.words, "HABITUAL_CLAUSE", None)
        if pattern is None or not _in_quotation(reader.text, start):
            return False
        m = re.search(pattern, reader.text[max(0, start - 80):start])
        if m is None:
            return False
        tense = _TENSES.of(self.lexicon.lang)
        return not any(k.lastgroup in ("p", "f") for k in tense.scan.finditer(m.group()))

    def _idiom(self, reader: _Para, start: int) -> bool:
        """An idiom just before a deictic or anchored word ("ne date pas d'hier")."""
        not_date = _TENSES.of(self.lexicon.lang).not_date
        return not_date.search(reader.text, max(0, start - 80), start) is not None

    def _rule_holiday(self, m: re.Match[str], start: int, end: int, reader: _Para,
                      index: int) -> None:
        words = self.lexicon.words
        name = m.group("h")
        spec = words.HOLIDAYS.get(_SPACES.sub(" ", name).replace("’", "'"))
        if spec is None:
            return
        offset = m.end("pre") if m.groupdict().get("pre") is not None else 0
        around = _words(m.group()[m.end("h"):])  # "Noël dernier"
        if not offset and reader.word_before(start) in ("last", "next", "this"):
            around.insert(0, reader.word_before(start))  # "last Christmas"
        direction = next((words.DIRECTIONS[w] for w in around if w in words.DIRECTIONS),
                         "this")
        shift = {"next": 1, "last": -1, "this": 0}.get((m.groupdict().get("yrel") or "").lower())
        if shift is not None:  # "Anzac Day next year": that year's
            value = PartialDate.from_date(_holiday_day(spec, self.ref.day.year + shift))
            self._emit(reader, index, start, end, value, True, "holiday-year",
                       future=self._later(value) and reader.future(start, end))
            return
        if m.group("y") is not None:
            value = PartialDate.from_date(_holiday_day(spec, int(m.group("y"))))
            self._emit(reader, index, start, end, value, False, "holiday",
                       future=self._later(value) and reader.future(start, end))
            return
        before = _words(reader.text[max(0, start - 40):start])
        if offset and before:
            before.pop()  # the article: "la Toussaint"
        before = before[-2:]
        last = before[-1] if before else ""
        if not around:
            # « le week-end de Pâques »: a date, the holiday's day
            day_of = last == "de" and len(before) > 1 and before[-2] in getattr(
                words, "HOLIDAY_DAY_OF", ())
            if (last in ("de", "du", "des", "d'") and not day_of) or reader.word_after(end) \
                    in words.HOLIDAY_MODIFIED:
                return  # "le marché de Noël", "Christmas tree": a modifier
            if offset == 0 and " " not in name and not day_of and \
                    last not in words.HOLIDAY_BEFORE and \
                    " ".join(before) not in words.HOLIDAY_BEFORE:
                return  # "Easter" alone needs "on", "before", "à"...
        future = reader.future(start, end)
        year = self.ref.day.year
        days = [_holiday_day(spec, y) for y in (year - 2, year - 1, year, year + 1, year + 2)]
        day = _occurrence(self.ref, days, future, direction)
        if direction == "this" and day > self.ref.last:
            earlier = days[days.index(day) - 1]
            if self._in_last_year(reader, index, start, end, earlier.year):
                day = earlier
        value = PartialDate.from_date(day)
        self._emit(reader, index, start, end, value, True, f"holiday-{direction}",
                   future=future)

    def _rule_anchored_month(self, m: re.Match[str], start: int, end: int, reader: _Para,
                             index: int) -> None:
        """"the following January": the first January after the date written before it (the
        publication's month when there is none); "the previous March": the last before."""
        month = self._month(m.group("m"))
        anchor = self.found[-1].value if self.found else PartialDate(
            self.ref.day.year, self.ref.day.month)
        after = not any(w in m.group().lower() for w in ("previous", "preceding"))
        year = anchor.year
        if after and (anchor.month is None or month <= anchor.month):
            year += 1
        elif not after and (anchor.month is None or month >= anchor.month):
            year -= 1
        self._emit(reader, index, start, end, PartialDate(year, month), True, "anchored-month")

    def _anchored_year(self, key: str, start: int, end: int, reader: _Para,
                       index: int) -> None:
        years = self.lexicon.words.ANCHORED_YEARS.get(key)
        if years is None or not self.found:
            return  # "the following year" needs a date before it
        if reader.word_before(start) in self.lexicon.words.DURATION_BEFORE:
            return  # "over the next year": a duration
        value = PartialDate(self.found[-1].value.year + years)
        self._emit(reader, index, start, end, value, True, "anchored-year")

    def _rule_anchored(self, m: re.Match[str], start: int, end: int, reader: _Para,
                       index: int) -> None:
        if self._idiom(reader, start) or self._habitual(reader, start):
            return
        text = _SPACES.sub(" ", m.group().lower().replace("’", "'"))
        if text in self.lexicon.words.ANCHORED_YEARS:
            self._anchored_year(text, start, end, reader, index)
            return
        table = self.lexicon.words.ANCHORED
        count = _number(m.groupdict().get("n"), self.lexicon)
        weeks: int | None = getattr(self.lexicon.words, "ANCHORED_WEEKS", {}).get(text)
        if weeks is not None:
            if reader.word_before(start) in self.lexicon.words.DURATION_BEFORE:
                return  # "over the following week": a duration
            days = 7 * weeks
        elif count is not None:
            sign = next((v for k, v in table.items() if text.endswith(k)), None)
            if sign is None:
                return
            unit = _unit(m.group("u"), self.lexicon) if m.groupdict().get("u") else "day"
            if unit in ("month", "year"):
                self._anchored_count(unit, count * sign, start, end, reader, index)
                return
            days = count * sign * (7 if unit == "week" else 1)
        elif text in table:
            days = table[text]
        elif m.groupdict().get("event") is not None:  # "la veille du conseil"
            prefix = next((k for k in table if text.startswith(k + " ")), None)
            if prefix is None:
                return
            days = table[prefix]
        else:
            return
        # "la veille du conseil": the date of a paragraph that names the event before it,
        # else (as without an event) the nearest day-precision date before it; never the
        # publication day.
        event = m.groupdict().get("event")
        anchor = self._event_anchor(event, start, index) if event is not None else None
        # « Il reprendra la route lundi. Il avait prévenu, la veille déjà, … »: a past clause
        # does not count from a day still ahead
        past = reader.tense(start, end, _TENSES.of(self.lexicon.lang)) is False
        # nor, told outside quotations, from a day a speaker named (« Dimanche, vous allez
        # reprendre… », a lancé le candidat. La veille, son adversaire…)
        quoted = _in_quotation(reader.text, start)
        if anchor is None and event is not None \
                and event.lower() in getattr(self.lexicon.words, "EVENT_NOUNS", ()):
            # « La veille de l'audience » in a court report that never names the hearing
            # with its date: the story's event, dated by the lead's first day
            anchor = next((f for f in self.found if f.paragraph == 0
                           and f.value.precision == "day"), None)
        if anchor is not None:
            base, rule = anchor.value.first_day(), "anchored-event"
        elif (anchor := next((f for f in reversed(self.found)
                              if f.value.precision == "day" and not (
                                  past and f.future and self._later(f.value))
                              and (quoted or not self._quoted(f))),
                             None)) is not None:
            if anchor.paragraph != index and (story := self._story_day()) is not None:
                # a day told in another paragraph is no anchor for a paragraph of its own:
                # "the previous day" counts from the story's day (the lead's)
                anchor = story
            base, rule = anchor.value.first_day(), "anchored"
            if event is not None and reader.word_before(start) in getattr(
                    self.lexicon.words, "EVE_OF_BEFORE", ()):
                # « samedi, … à la veille de l'ultime étape »: an event without a date of
                # its own; the day being told is its eve, not the day before it
                days = 0
        elif self.ref.precision == "day" and event is None:
            base, rule = self.ref.day, "anchored-publication"
        else:
            return
        value = PartialDate.from_date(base + _dt.timedelta(days=days))
        if weeks is not None or (count is not None and _unit(
                m.groupdict().get("u") or "", self.lexicon) == "week"):
            value = value.truncate("month")  # "three weeks later": as "last week"
        self._emit(reader, index, start, end, value, True, rule)

    def _story_day(self) -> _Found | None:
        """The story's day: the lead's first day-precision date, outside quotations, not
        anchored and not after publication."""
        for f in self.found:
            if f.paragraph != 0:
                return None
            if f.value.precision == "day":
                if f.rule.startswith("anchored") or self._quoted(f) \
                        or f.value.first_day() > self.ref.last:
                    return None
                return f
        return None

    def _quoted(self, f: _Found) -> bool:
        return _in_quotation(self.article.paragraphs[f.paragraph].text, f.span.start)

    def _anchored_count(self, unit: str, step: int, start: int, end: int, reader: _Para,
                        index: int) -> None:
        """"six ans plus tard", "two months earlier": counted from the date before it (a year
        from any date, a month from one with a month); none before it: no date."""
        if reader.word_before(start) in self.lexicon.words.DURATION_BEFORE:
            return  # "pendant six ans plus tard"
        if unit == "year":
            anchor = self.found[-1] if self.found else None
            if anchor is None:
                return
            value = PartialDate(anchor.value.year + step)
        else:
            anchor = next((f for f in reversed(self.found) if f.value.month is not None), None)
            if anchor is None or anchor.value.month is None:
                return
            value = PartialDate(*_from_index(
                _month_index(anchor.value.year, anchor.value.month) + step))
        self._emit(reader, index, start, end, value, True, f"anchored-{unit}")

    def _event_anchor(self, event: str, start: int, index: int) -> _Found | None:
        """The latest day-precision date found in a paragraph that also names ``event`` (the
        same word, or a plural: "conseil", "conseils"), before the anchored expression."""
        stem = event.lower().replace("’", "'")
        stem = stem[:-1] if len(stem) > 4 and stem[-1] in "sx" else stem
        expansion = _expansion(event)
        paragraphs = self.article.paragraphs
        for found in reversed(self.found):
            if found.value.precision != "day":
                continue
            text = paragraphs[found.paragraph].text
            if found.paragraph == index:
                text = text[:start]
            low = text.lower()
            at = low.find(stem)
            names: list[int] = []
            if expansion is not None:
                # « la veille du CSE » after « un comité social et économique »
                names.extend(m.start() for m in expansion.finditer(low))
            while at >= 0:
                after = at + len(stem)
                after += low[after:after + 1] in ("s", "x")
                if (at == 0 or not low[at - 1].isalnum()) and not low[after:after + 1].isalnum():
                    names.append(at)
                at = low.find(stem, at + 1)
            if names:
                # of that paragraph's dates, the one nearest to where it names the event
                # (« une table ronde à la préfecture vendredi … a-t-il assuré mardi soir »)
                same = [f for f in self.found if f.paragraph == found.paragraph
                        and f.value.precision == "day" and f.span.start < len(text)]
                return min(same, key=lambda f: min(abs(f.span.start - n) for n in names))
        return None


_LETTER_CLASS = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]",
                 "c": "[cç]"}
#: Small words an acronym skips (« comité social et économique »: CSE).
_ACRONYM_SKIP = r"(?:(?:et|de|du|des|la|le|les|and|of|the|for)\s+|[dl]['’])*"


def _expansion(event: str) -> re.Pattern[str] | None:
    """For an acronym (« CSE », "AGM"), a pattern of the words it abbreviates in lowercase
    text: one word per letter, small words between them skipped; None for another word."""
    if not (2 <= len(event) <= 6 and event.isalpha() and event.isupper()):
        return None
    letters = [_LETTER_CLASS.get(c, re.escape(c)) for c in event.lower()]
    body = (r"\w*\s+" + _ACRONYM_SKIP).join(letters)
    return re.compile(r"(?<!\w)" + body + r"\w*")


# --------------------------------------------------------------------------------------------
# Overrides.


def occurrences(article: Article, text: str) -> list[Span]:
    """Whole-word occurrences of an override's words (exact first, then ignoring case)."""
    pattern = r"(?<!\w)" + re.escape(text.strip()).replace(r"\ ", r"\s+") + r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        spans = [Span(article.id, p.id, m.start(), m.end())
                 for p in article.paragraphs
                 for m in re.finditer(pattern, p.text, flags)]
        if spans:
            return spans
    return []


def override_targets(article: Article, override: DateOverride,
                     dates: list[DateMention]) -> tuple[list[Span], list[int]]:
    """Where an override's words occur, and the indexes of the date mentions they overlap."""
    spans = occurrences(article, override.match)
    hits = [i for i, d in enumerate(dates) for s in spans
            if s.paragraph == d.span.paragraph and s.start < d.span.end and d.span.start < s.end]
    return spans, sorted(set(hits))


def weekday_alternative(lang: str, date: DateMention) -> PartialDate | None:
    """The nearest day whose weekday is the one written before a day-precision date, when the
    two disagree ("Wednesday (May 31)" in 2018 → 2018-05-30); None when they agree."""
    day = date.value.to_date()
    words = _WORD.findall(date.text)
    if day is None or not words:
        return None
    weekday = _LEXICONS.of(lang).weekdays.get(words[0].lower())
    if weekday is None or weekday == day.weekday():
        return None
    shift = (weekday - day.weekday() + 3) % 7 - 3
    try:
        return PartialDate.from_date(day + _dt.timedelta(days=shift))
    except OverflowError:
        return None  # (9999-12-31 written as a Monday: no nearer day in the calendar)


#: Rules whose value is after publication by design ("next week", "tomorrow").
_FORWARD = ("next-", "this-", "deictic", "anchored", "weekday-future", "month-next",
            "holiday-next")


def _fix_line(text: str, value: PartialDate | str) -> str:
    return f"add to the front matter: dates: [{{match: {yaml_flow(text)}, value: {value}}}]"


# --------------------------------------------------------------------------------------------
# The stage.


def find_dates(article: Article) -> DatesResult:
    """Find and resolve every date expression of an article.

    Args:
        article: the loaded article; its ``published`` date is the reference and its
            front-matter ``dates`` overrides are applied here (values and ``ignore``).

    Returns:
        Date mentions in reading order (not yet linked to events), ``weekday-mismatch`` and
        ``date-after-publication`` warnings, and an error for each override that matches
        nothing.
    """
    result = DatesResult()
    if not article.paragraphs:
        for override in article.overrides.dates:
            result.errors.append(_no_match(article, override, "has no text"))
        return result
    reader = _Reader(article)
    reader.read()
    found = _dedupe(reader.found)
    order = {p.id: i for i, p in enumerate(article.paragraphs)}

    mentions = [DateMention(f.span, f.text, f.value, f.relative, None, f.rule) for f in found]
    keep = [True] * len(found)
    for override in article.overrides.dates:
        spans, hits = override_targets(article, override, mentions)
        if not spans:
            result.errors.append(_no_match(article, override, "does not occur in the text"))
            continue
        if not hits:
            if override.value is not None and not override.ignore:
                # Words the rules did not read as a date: the contributor's value adds them.
                value = PartialDate.parse(override.value)
                for span in spans:
                    mentions.append(DateMention(
                        span, article.paragraph(span.paragraph).text[span.start:span.end],
                        value, False, None, "override"))
                    found.append(_Found(span, mentions[-1].text, value, False, "override",
                                        order[span.paragraph], overridden=True))
                    keep.append(True)
                continue
            result.errors.append(_no_match(
                article, override, "occurs in the text but is not a date expression the "
                "annotator found", hint=f"add a value to declare it a date, e.g. "
                f"{_fix_line(override.match, article.published.earliest)}"))
            continue
        for i in hits:
            found[i].overridden = True
            if override.ignore:
                keep[i] = False
            elif override.value is not None:
                value = PartialDate.parse(override.value)
                mentions[i] = replace(mentions[i], value=value, rule="override")
                found[i].value = value

    pairs = sorted(
        ((m, f) for m, f, k in zip(mentions, found, keep) if k),
        key=lambda mf: (order.get(mf[0].span.paragraph, 0), mf[0].span.start, mf[0].span.end),
    )
    result.dates = [m for m, _ in pairs]
    result.warnings = _warnings(article, [f for _, f in pairs])
    return result


def _no_match(article: Article, override: DateOverride, why: str,
              hint: str | None = None) -> Problem:
    return Problem(
        article.path,
        f"{json.dumps(override.match, ensure_ascii=False)} {why}; expected the words of a date "
        "expression exactly as they appear in the text",
        field="dates", line=override.line,
        hint=hint or "copy the words from the article, or remove the entry",
    )


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One mention per span: the pattern never overlaps itself, but keep it certain."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for f in found:
        key = (f.span.paragraph, f.span.start, f.span.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _warnings(article: Article, found: list[_Found]) -> list[Warning]:
    """weekday-mismatch and date-after-publication (none for an overridden mention)."""
    warnings: list[Warning] = []
    latest = article.published.latest.last_day()
    for f in found:
        if f.overridden:
            continue
        if f.weekday_alt is not None:
            stated = f.value.first_day()
            warnings.append(Warning(
                article=article.id, paragraph=f.span.paragraph, kind="weekday-mismatch",
                message=(
                    f"“{f.text}”: {stated.isoformat()} is a "
                    f"{calendar.day_name[stated.weekday()]}, not the weekday written; the "
                    f"nearest such weekday is {f.weekday_alt.iso()}. The date was kept"
                ),
                fix="\n".join([_fix_line(f.text, f.weekday_alt) + "  # the weekday is right",
                               _fix_line(f.text, f.value) + "  # the date is right"]),
                offset=f.span.start,
            ))
        if f.value.first_day() > latest and not f.future and not f.rule.startswith(_FORWARD):
            warnings.append(Warning(
                article=article.id, paragraph=f.span.paragraph, kind="date-after-publication",
                message=(
                    f"“{f.text}” = {f.value.iso()} is after the publication date "
                    f"({article.published.iso()}) in a clause that does not speak of the future"
                ),
                fix="\n".join([
                    _fix_line(f.text, f.value) + "  # confirms it",
                    "or correct the value, or the article's published date",
                ]),
                offset=f.span.start,
            ))
    return warnings


__all__ = ["Reference", "find_dates", "occurrences", "override_targets", "weekday_alternative"]
