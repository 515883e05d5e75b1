"""Measure the annotators against hand-made gold annotations.

The sets live under ``eval/``: ``dev`` (the project's own seed articles, gold in
``eval/dev/gold``), ``dev2`` (fictional articles written for tuning, with their own partial
registry, in ``eval/dev2``), ``dev3`` … ``dev77`` (fresh sets of the same kind, each measured
once before it was tuned on; see each set's README) and two private sets, ``heldout`` and ``heldout2``
(articles the annotators were not tuned on, with their own registries). :func:`evaluate` runs :func:`~builder.annotate.annotate_article`
on every article that has a gold file and compares what it finds with the gold:

* quotes: precision, recall and F1 under a one-to-one matching, then the speaker accuracy of
  the matched quotes;
* people: precision and recall of the set of people each article refers to (micro-averaged);
* dates: precision, recall and F1 of (overlapping expression, equal value), then the value
  accuracy of the overlapping expressions.

Every figure is given per language and overall, with its counts; sets can be pooled, by name
or by the named groups of ``eval/groups.yml``, with bootstrap intervals over articles
(:func:`bootstrap_intervals`). The gold format and the
conventions are documented in ``eval/README.md`` and ``docs/quality.md``. This module does not
import MkDocs.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import random
import re
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import yaml

from .annotate import annotate_article
from .articles import (
    ID_RE,
    article_paths,
    load_articles,
    parse_yaml_file,
    project_path,
    read_text,
)
from .errors import DossierError, Problem, ProblemCollector
from .model import Annotations, Article, PartialDate, Person, Span
from .registry import Registry, fold, load_registry
from .words import count

LANGS = ("en", "fr")
ALL = "all"
#: Where each named set keeps its articles + registry and its gold, relative to the root.
SETS: dict[str, tuple[str, str]] = {
    "dev": ("seeds", "eval/dev/gold"),
    "dev2": ("eval/dev2/seeds", "eval/dev2/gold"),
    "dev3": ("eval/dev3/seeds", "eval/dev3/gold"),
    "dev4": ("eval/dev4/seeds", "eval/dev4/gold"),
    "dev5": ("eval/dev5/seeds", "eval/dev5/gold"),
    "dev6": ("eval/dev6/seeds", "eval/dev6/gold"),
    "dev7": ("eval/dev7/seeds", "eval/dev7/gold"),
    "dev8": ("eval/dev8/seeds", "eval/dev8/gold"),
    "dev9": ("eval/dev9/seeds", "eval/dev9/gold"),
    "dev10": ("eval/dev10/seeds", "eval/dev10/gold"),
    "dev11": ("eval/dev11/seeds", "eval/dev11/gold"),
    "dev12": ("eval/dev12/seeds", "eval/dev12/gold"),
    "dev13": ("eval/dev13/seeds", "eval/dev13/gold"),
    "dev14": ("eval/dev14/seeds", "eval/dev14/gold"),
    "dev15": ("eval/dev15/seeds", "eval/dev15/gold"),
    "dev16": ("eval/dev16/seeds", "eval/dev16/gold"),
    "dev17": ("eval/dev17/seeds", "eval/dev17/gold"),
    "dev18": ("eval/dev18/seeds", "eval/dev18/gold"),
    "dev19": ("eval/dev19/seeds", "eval/dev19/gold"),
    "dev20": ("eval/dev20/seeds", "eval/dev20/gold"),
    "dev21": ("eval/dev21/seeds", "eval/dev21/gold"),
    "dev22": ("eval/dev22/seeds", "eval/dev22/gold"),
    "dev23": ("eval/dev23/seeds", "eval/dev23/gold"),
    "dev24": ("eval/dev24/seeds", "eval/dev24/gold"),
    "dev25": ("eval/dev25/seeds", "eval/dev25/gold"),
    "dev26": ("eval/dev26/seeds", "eval/dev26/gold"),
    "dev27": ("eval/dev27/seeds", "eval/dev27/gold"),
    "dev28": ("eval/dev28/seeds", "eval/dev28/gold"),
    "dev29": ("eval/dev29/seeds", "eval/dev29/gold"),
    "dev30": ("eval/dev30/seeds", "eval/dev30/gold"),
    "dev31": ("eval/dev31/seeds", "eval/dev31/gold"),
    "dev32": ("eval/dev32/seeds", "eval/dev32/gold"),
    "dev33": ("eval/dev33/seeds", "eval/dev33/gold"),
    "dev34": ("eval/dev34/seeds", "eval/dev34/gold"),
    "dev35": ("eval/dev35/seeds", "eval/dev35/gold"),
    "dev36": ("eval/dev36/seeds", "eval/dev36/gold"),
    "dev37": ("eval/dev37/seeds", "eval/dev37/gold"),
    "dev38": ("eval/dev38/seeds", "eval/dev38/gold"),
    "dev39": ("eval/dev39/seeds", "eval/dev39/gold"),
    "dev40": ("eval/dev40/seeds", "eval/dev40/gold"),
    "dev41": ("eval/dev41/seeds", "eval/dev41/gold"),
    "dev42": ("eval/dev42/seeds", "eval/dev42/gold"),
    "dev43": ("eval/dev43/seeds", "eval/dev43/gold"),
    "dev44": ("eval/dev44/seeds", "eval/dev44/gold"),
    "dev45": ("eval/dev45/seeds", "eval/dev45/gold"),
    "dev46": ("eval/dev46/seeds", "eval/dev46/gold"),
    "dev47": ("eval/dev47/seeds", "eval/dev47/gold"),
    "dev48": ("eval/dev48/seeds", "eval/dev48/gold"),
    "dev49": ("eval/dev49/seeds", "eval/dev49/gold"),
    "dev50": ("eval/dev50/seeds", "eval/dev50/gold"),
    "dev51": ("eval/dev51/seeds", "eval/dev51/gold"),
    "dev52": ("eval/dev52/seeds", "eval/dev52/gold"),
    "dev53": ("eval/dev53/seeds", "eval/dev53/gold"),
    "dev54": ("eval/dev54/seeds", "eval/dev54/gold"),
    "dev55": ("eval/dev55/seeds", "eval/dev55/gold"),
    "dev56": ("eval/dev56/seeds", "eval/dev56/gold"),
    "dev57": ("eval/dev57/seeds", "eval/dev57/gold"),
    "dev58": ("eval/dev58/seeds", "eval/dev58/gold"),
    "dev59": ("eval/dev59/seeds", "eval/dev59/gold"),
    "dev60": ("eval/dev60/seeds", "eval/dev60/gold"),
    "dev61": ("eval/dev61/seeds", "eval/dev61/gold"),
    "dev62": ("eval/dev62/seeds", "eval/dev62/gold"),
    "dev63": ("eval/dev63/seeds", "eval/dev63/gold"),
    "dev64": ("eval/dev64/seeds", "eval/dev64/gold"),
    "dev65": ("eval/dev65/seeds", "eval/dev65/gold"),
    "dev66": ("eval/dev66/seeds", "eval/dev66/gold"),
    "dev67": ("eval/dev67/seeds", "eval/dev67/gold"),
    "dev68": ("eval/dev68/seeds", "eval/dev68/gold"),
    "dev69": ("eval/dev69/seeds", "eval/dev69/gold"),
    "dev70": ("eval/dev70/seeds", "eval/dev70/gold"),
    "dev71": ("eval/dev71/seeds", "eval/dev71/gold"),
    "dev72": ("eval/dev72/seeds", "eval/dev72/gold"),
    "dev73": ("eval/dev73/seeds", "eval/dev73/gold"),
    "dev74": ("eval/dev74/seeds", "eval/dev74/gold"),
    "dev75": ("eval/dev75/seeds", "eval/dev75/gold"),
    "dev76": ("eval/dev76/seeds", "eval/dev76/gold"),
    "dev77": ("eval/dev77/seeds", "eval/dev77/gold"),
    "dev78": ("eval/dev78/seeds", "eval/dev78/gold"),
    "dev79": ("eval/dev79/seeds", "eval/dev79/gold"),
    "dev80": ("eval/dev80/seeds", "eval/dev80/gold"),
    "dev81": ("eval/dev81/seeds", "eval/dev81/gold"),
    "dev82": ("eval/dev82/seeds", "eval/dev82/gold"),
    "dev83": ("eval/dev83/seeds", "eval/dev83/gold"),
    "dev84": ("eval/dev84/seeds", "eval/dev84/gold"),
    "dev85": ("eval/dev85/seeds", "eval/dev85/gold"),
    "dev86": ("eval/dev86/seeds", "eval/dev86/gold"),
    "dev87": ("eval/dev87/seeds", "eval/dev87/gold"),
    "dev88": ("eval/dev88/seeds", "eval/dev88/gold"),
    "dev89": ("eval/dev89/seeds", "eval/dev89/gold"),
    "dev90": ("eval/dev90/seeds", "eval/dev90/gold"),
    "dev91": ("eval/dev91/seeds", "eval/dev91/gold"),
    "dev92": ("eval/dev92/seeds", "eval/dev92/gold"),
    "dev93": ("eval/dev93/seeds", "eval/dev93/gold"),
    "dev94": ("eval/dev94/seeds", "eval/dev94/gold"),
    "dev95": ("eval/dev95/seeds", "eval/dev95/gold"),
    "dev96": ("eval/dev96/seeds", "eval/dev96/gold"),
    "dev97": ("eval/dev97/seeds", "eval/dev97/gold"),
    "dev98": ("eval/dev98/seeds", "eval/dev98/gold"),
    "dev99": ("eval/dev99/seeds", "eval/dev99/gold"),
    "dev100": ("eval/dev100/seeds", "eval/dev100/gold"),
    "dev101": ("eval/dev101/seeds", "eval/dev101/gold"),
    "dev102": ("eval/dev102/seeds", "eval/dev102/gold"),
    "dev103": ("eval/dev103/seeds", "eval/dev103/gold"),
    "dev104": ("eval/dev104/seeds", "eval/dev104/gold"),
    "dev105": ("eval/dev105/seeds", "eval/dev105/gold"),
    "dev106": ("eval/dev106/seeds", "eval/dev106/gold"),
    "dev107": ("eval/dev107/seeds", "eval/dev107/gold"),
    "dev108": ("eval/dev108/seeds", "eval/dev108/gold"),
    "dev109": ("eval/dev109/seeds", "eval/dev109/gold"),
    "dev110": ("eval/dev110/seeds", "eval/dev110/gold"),
    "dev111": ("eval/dev111/seeds", "eval/dev111/gold"),
    "dev112": ("eval/dev112/seeds", "eval/dev112/gold"),
    "dev113": ("eval/dev113/seeds", "eval/dev113/gold"),
    "dev114": ("eval/dev114/seeds", "eval/dev114/gold"),
    "dev115": ("eval/dev115/seeds", "eval/dev115/gold"),
    "dev116": ("eval/dev116/seeds", "eval/dev116/gold"),
    "dev117": ("eval/dev117/seeds", "eval/dev117/gold"),
    "dev118": ("eval/dev118/seeds", "eval/dev118/gold"),
    "dev119": ("eval/dev119/seeds", "eval/dev119/gold"),
    "dev120": ("eval/dev120/seeds", "eval/dev120/gold"),
    "dev121": ("eval/dev121/seeds", "eval/dev121/gold"),
    "dev122": ("eval/dev122/seeds", "eval/dev122/gold"),
    "dev123": ("eval/dev123/seeds", "eval/dev123/gold"),
    "dev124": ("eval/dev124/seeds", "eval/dev124/gold"),
    "dev125": ("eval/dev125/seeds", "eval/dev125/gold"),
    "dev126": ("eval/dev126/seeds", "eval/dev126/gold"),
    "dev127": ("eval/dev127/seeds", "eval/dev127/gold"),
    "dev128": ("eval/dev128/seeds", "eval/dev128/gold"),
    "dev129": ("eval/dev129/seeds", "eval/dev129/gold"),
    "dev130": ("eval/dev130/seeds", "eval/dev130/gold"),
    "dev131": ("eval/dev131/seeds", "eval/dev131/gold"),
    "dev132": ("eval/dev132/seeds", "eval/dev132/gold"),
    "dev133": ("eval/dev133/seeds", "eval/dev133/gold"),
    "dev134": ("eval/dev134/seeds", "eval/dev134/gold"),
    "dev135": ("eval/dev135/seeds", "eval/dev135/gold"),
    "dev136": ("eval/dev136/seeds", "eval/dev136/gold"),
    "dev137": ("eval/dev137/seeds", "eval/dev137/gold"),
    "dev138": ("eval/dev138/seeds", "eval/dev138/gold"),
    "dev139": ("eval/dev139/seeds", "eval/dev139/gold"),
    "dev140": ("eval/dev140/seeds", "eval/dev140/gold"),
    "dev141": ("eval/dev141/seeds", "eval/dev141/gold"),
    "dev142": ("eval/dev142/seeds", "eval/dev142/gold"),
    "dev143": ("eval/dev143/seeds", "eval/dev143/gold"),
    "dev144": ("eval/dev144/seeds", "eval/dev144/gold"),
    "dev145": ("eval/dev145/seeds", "eval/dev145/gold"),
    "dev146": ("eval/dev146/seeds", "eval/dev146/gold"),
    "dev147": ("eval/dev147/seeds", "eval/dev147/gold"),
    "dev148": ("eval/dev148/seeds", "eval/dev148/gold"),
    "dev149": ("eval/dev149/seeds", "eval/dev149/gold"),
    "dev150": ("eval/dev150/seeds", "eval/dev150/gold"),
    "dev151": ("eval/dev151/seeds", "eval/dev151/gold"),
    "dev152": ("eval/dev152/seeds", "eval/dev152/gold"),
    "dev153": ("eval/dev153/seeds", "eval/dev153/gold"),
    "dev154": ("eval/dev154/seeds", "eval/dev154/gold"),
    "heldout": ("eval/heldout/seeds", "eval/heldout/gold"),
    "heldout2": ("eval/heldout2/seeds", "eval/heldout2/gold"),
}
#: Sets whose texts must not be shown to the people tuning the annotators: the held-out sets,
#: and the development sets kept untouched to measure the rules on text nobody tuned on (their
#: README says so). ``--details`` hides their errors unless ``--show-heldout`` is given.
PRIVATE_SETS = frozenset({"heldout", "heldout2", "dev17", "dev18", "dev19", "dev24", "dev25",
                          "dev26", "dev31", "dev32", "dev33", "dev34", "dev45", "dev46",
                          "dev47", "dev52", "dev53", "dev56", "dev57", "dev62", "dev63",
                          "dev68", "dev69", "dev76", "dev77", "dev78", "dev79", "dev80",
                          "dev81", "dev82", "dev83", "dev90", "dev91", "dev94", "dev95",
                          "dev98", "dev99", "dev100", "dev101", "dev112", "dev113",
                          "dev120", "dev121", "dev122", "dev123", "dev124",
                          "dev128", "dev132", "dev133", "dev134", "dev138", "dev139",
                          "dev140", "dev141", "dev142", "dev143", "dev144", "dev145",
                          "dev146", "dev147", "dev148"})
#: Named groups of sets, pooled by ``--group`` (``eval/groups.yml``, relative to the root).
GROUPS_FILE = "eval/groups.yml"
EXAMPLE_GROUP = """\
untouched:
  description: sets no rule was tuned on
  sets: [dev17, dev18]"""
GOLD_FIELDS = ("people", "quotes", "dates")
QUOTE_FIELDS = ("text", "continued", "speaker", "speakers", "label")
DATE_FIELDS = ("text", "value", "paragraph")
#: A predicted and a gold quote match when they share at least this share of the shorter
#: one's tokens, and at least MIN_SHARED tokens (so that "a week" does not match any quote
#: that says "week"), or when a gold fragment is a substring of the prediction.
TOKEN_OVERLAP = 0.5
MIN_SHARED = 2
EXAMPLE_GOLD = """people: [kim-kardashian, Jane Doe]
quotes:
  - {text: "exact words from the article", speaker: kim-kardashian}
  - {text: "words of an unnamed source", speaker: null, label: "a source"}
dates:
  - {text: "Thursday", value: 2019-06-13}"""


# --------------------------------------------------------------------------- gold model


@dataclass(frozen=True)
class GoldQuote:
    """One gold quotation: verbatim fragments and who said it."""

    text: str
    continued: tuple[str, ...] = ()  # further verbatim pieces (after an interruption, next ¶)
    speakers: tuple[str, ...] = ()  # registry ids or full names; empty when unnamed
    label: str | None = None  # "a source" when the speaker is not a named person
    line: int | None = None

    @property
    def fragments(self) -> tuple[str, ...]:
        return (self.text, *self.continued)


@dataclass(frozen=True)
class GoldDate:
    text: str
    value: PartialDate
    paragraph: str | None = None  # pin to one paragraph when the text is ambiguous
    line: int | None = None


@dataclass(frozen=True)
class Gold:
    """The gold annotations of one article (``eval/<set>/gold/<article-id>.yml``)."""

    article: str
    path: str
    people: tuple[str, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    dates: tuple[GoldDate, ...] = ()
    people_line: int | None = None


def _value_text(value: object) -> str:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return value
    raise ValueError(f"found {type(value).__name__} {value!r}")


def _texts(value: object) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(value)
    return None


def load_gold(path: Path, root: Path, problems: ProblemCollector) -> Gold | None:
    """Read and validate one gold file; report every problem with its line."""
    rel = project_path(path, root)
    before = len(problems.errors)
    text = read_text(path, rel, problems, normalise=True)
    if text is None:
        return None
    parsed = parse_yaml_file(text, rel, problems,
                             hint="a gold file looks like this:\n" + EXAMPLE_GOLD)
    if parsed is None:
        return None
    node, data = parsed
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        problems.error(rel, "expected a mapping with people, quotes and dates, found "
                       + ("nothing" if data is None else type(data).__name__), line=1,
                       hint="a gold file looks like this:\n" + EXAMPLE_GOLD)
        return None
    key_lines = {k.value: k.start_mark.line + 1 for k, _ in node.value}
    item_lines = {
        k.value: [item.start_mark.line + 1 for item in v.value]
        for k, v in node.value if isinstance(v, yaml.SequenceNode)
    }
    for key in data:
        if key not in GOLD_FIELDS:
            problems.error(rel, f"unknown field; expected {', '.join(GOLD_FIELDS)}",
                           field=str(key), line=key_lines.get(key))
    for key in GOLD_FIELDS:
        if key not in data:
            problems.error(rel, "is required (write an empty list [] when there is none)",
                           field=key, line=1)

    people = _texts(data.get("people") if data.get("people") is not None else [])
    if people is None:
        problems.error(rel, f"expected a list of person ids or full names, found "
                       f"{data.get('people')!r}", field="people", line=key_lines.get("people"))
        people = ()

    def items(key: str) -> list[tuple[Any, int | None]]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            problems.error(rel, f"expected a list, found {type(value).__name__}", field=key,
                           line=key_lines.get(key))
            return []
        lines = item_lines.get(key, [])
        return [(v, lines[i] if i < len(lines) else key_lines.get(key))
                for i, v in enumerate(value)]

    quotes: list[GoldQuote] = []
    for item, line in items("quotes"):
        quote = _gold_quote(item, rel, line, problems)
        if quote is not None:
            quotes.append(quote)
    dates: list[GoldDate] = []
    for item, line in items("dates"):
        date = _gold_date(item, rel, line, problems)
        if date is not None:
            dates.append(date)
    if len(problems.errors) > before:
        return None
    return Gold(article=path.stem, path=rel, people=people, quotes=tuple(quotes),
                dates=tuple(dates), people_line=key_lines.get("people"))


def _check_entry(item: dict[str, Any], allowed: Sequence[str], text_is: str, field: str,
                 rel: str, line: int | None, problems: ProblemCollector) -> bool:
    """Report unknown keys and a missing or empty ``text`` of one gold entry."""
    ok = True
    for key in item:
        if key not in allowed:
            problems.error(rel, f"unknown key {key!r}; expected one of {', '.join(allowed)}",
                           field=field, line=line)
            ok = False
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.error(rel, f"text: expected {text_is}, found {text!r}", field=field, line=line)
        ok = False
    return ok


def _gold_quote(item: object, rel: str, line: int | None,
                problems: ProblemCollector) -> GoldQuote | None:
    if not isinstance(item, dict):
        problems.error(rel, f"expected a mapping with text and speaker, found {item!r}",
                       field="quotes", line=line,
                       hint='- {text: "exact words", speaker: person-id}')
        return None
    ok = _check_entry(item, QUOTE_FIELDS, "the exact quoted words", "quotes", rel, line, problems)
    text = item.get("text")
    if "speaker" not in item:
        problems.error(rel, "expected 'speaker' (a person id, a full name, or null for an "
                       "unnamed source)", field="quotes", line=line)
        ok = False
    speaker = item.get("speaker")
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        problems.error(rel, f"speaker: expected a person id, a full name or null, found "
                       f"{speaker!r}", field="quotes", line=line)
        ok = False
    speakers = _texts(item.get("speakers", []) or [])
    if speakers is None:
        problems.error(rel, f"speakers: expected a list of person ids or names, found "
                       f"{item.get('speakers')!r}", field="quotes", line=line)
        ok = False
    elif speakers and speaker is not None and speaker not in speakers:
        problems.error(rel, f"speaker {speaker!r} is not one of speakers {list(speakers)}",
                       field="quotes", line=line)
        ok = False
    continued = _texts(item.get("continued", []) or [])
    if continued is None:
        problems.error(rel, f"continued: expected a list of exact words, found "
                       f"{item.get('continued')!r}", field="quotes", line=line)
        ok = False
    label = item.get("label")
    if label is not None and not isinstance(label, str):
        problems.error(rel, f"label: expected text like 'a source', found {label!r}",
                       field="quotes", line=line)
        ok = False
    if not ok or not isinstance(text, str):
        return None
    who = tuple(speakers or ()) or ((speaker,) if speaker else ())
    return GoldQuote(text=text, continued=tuple(continued or ()), speakers=who, label=label,
                     line=line)


def _gold_date(item: object, rel: str, line: int | None,
               problems: ProblemCollector) -> GoldDate | None:
    if not isinstance(item, dict):
        problems.error(rel, f"expected a mapping with text and value, found {item!r}",
                       field="dates", line=line, hint='- {text: "Thursday", value: 2019-06-13}')
        return None
    ok = _check_entry(item, DATE_FIELDS, "the exact date expression", "dates", rel, line,
                      problems)
    text = item.get("text")
    value: PartialDate | None = None
    try:
        value = PartialDate.parse(_value_text(item.get("value")))
    except ValueError as exc:
        problems.error(rel, f"value: expected YYYY, YYYY-MM or YYYY-MM-DD: {exc}",
                       field="dates", line=line)
        ok = False
    paragraph = item.get("paragraph")
    if paragraph is not None and (not isinstance(paragraph, str)
                                  or not re.fullmatch(r"p[1-9][0-9]*", paragraph)):
        problems.error(rel, f"paragraph: expected a paragraph id like p3, found {paragraph!r}",
                       field="dates", line=line)
        ok = False
    if not ok or value is None or not isinstance(text, str):
        return None
    return GoldDate(text=text, value=value, paragraph=paragraph, line=line)


def load_gold_dir(gold_dir: Path, root: Path, problems: ProblemCollector) -> list[Gold]:
    """Every ``*.yml`` gold file of a folder, sorted by article id."""
    golds = [g for p in sorted(gold_dir.glob("*.yml"))
             if (g := load_gold(p, root, problems)) is not None]
    return sorted(golds, key=lambda g: g.article)


# --------------------------------------------------------------------------- locating text


_WS_RE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Case-, accent-, apostrophe- and whitespace-insensitive form for comparing quotes."""
    return _WS_RE.sub(" ", fold(text)).strip()


def tokens(text: str) -> list[str]:
    """The normalised words of a text."""
    return re.findall(r"\w+", fold(text))


def slug(name: str) -> str:
    """``Tomás Ibarra`` → ``tomas-ibarra``: how names and discovered people are compared."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def find_all(article: Article, text: str, *, words: bool = False,
             paragraph: str | None = None) -> list[Span]:
    """Every verbatim occurrence of ``text`` in the article's paragraphs.

    With ``words``, an occurrence must not start or end inside a word ("mai" in "maison").
    """
    pattern = re.compile((r"(?<!\w)" + re.escape(text) + r"(?!\w)") if words
                         else re.escape(text))
    return [
        Span(article.id, para.id, m.start(), m.end())
        for para in article.paragraphs
        if paragraph is None or para.id == paragraph
        for m in pattern.finditer(para.text)
    ]


def _overlap(a: Span, b: Span) -> int:
    if a.paragraph != b.paragraph:
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def locate_dates(article: Article, dates: Sequence[GoldDate]) -> list[Span | None]:
    """Give each gold date its own occurrence in the text (None when none is left).

    Longer expressions claim their occurrence first, so "dimanche" is not found inside
    "dimanche 12 octobre"; entries with the same text take occurrences in reading order.
    """
    spans: list[Span | None] = [None] * len(dates)
    taken: list[Span] = []
    for i in sorted(range(len(dates)), key=lambda i: (-len(dates[i].text), i)):
        for span in find_all(article, dates[i].text, words=True, paragraph=dates[i].paragraph):
            if not any(_overlap(span, t) for t in taken):
                spans[i] = span
                taken.append(span)
                break
    return spans


def check_gold(gold: Gold, article: Article, registry: Registry) -> list[Problem]:
    """What is inconsistent between a gold file, its article and its registry."""
    problems: list[Problem] = []

    def add(message: str, field: str, line: int | None, hint: str | None = None) -> None:
        problems.append(Problem(gold.path, message, field=field, line=line, hint=hint))

    if article.id != gold.article:
        add(f"the gold file is named after {gold.article!r} but the article's id is "
            f"{article.id!r}", "people", 1)
    owners = registry.alias_owner()

    def check_person(value: str, field: str, line: int | None) -> None:
        if value in registry.people:
            return
        if ID_RE.match(value):
            add(f"names person id {value!r}, which is not in the registry "
                f"({', '.join(registry.files) or 'no people.yml'})", field, line,
                hint="use an id from the registry, or the person's full name for someone "
                "the registry leaves out")
        elif (owner := owners.get(fold(value))) is not None:
            add(f"{value!r} is a registry person: write the id {owner!r}", field, line)

    for person in gold.people:
        check_person(person, "people", gold.people_line)
    for quote in gold.quotes:
        for speaker in quote.speakers:
            check_person(speaker, "quotes", quote.line)
        for fragment in quote.fragments:
            if not find_all(article, fragment):
                add(f"quote text {fragment!r} does not occur verbatim in {article.path}",
                    "quotes", quote.line, hint="copy the words exactly, quotation marks "
                    "excluded; a distinctive part of the quote is enough")
    for date, span in zip(gold.dates, locate_dates(article, gold.dates)):
        if span is not None:
            continue
        found = find_all(article, date.text, words=True, paragraph=date.paragraph)
        where = f" in {date.paragraph}" if date.paragraph else ""
        add(f"date text {date.text!r} does not occur as whole words{where} in {article.path}"
            if not found else
            f"date text {date.text!r} is listed more often than it occurs{where} "
            f"({count(len(found), 'occurrence')}, some inside longer gold expressions)",
            "dates", date.line)
    return problems


# --------------------------------------------------------------------------- scores


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Self:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def __iadd__(self, other: Accuracy) -> Self:
        self.correct += other.correct
        self.total += other.total
        return self

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass
class SpeakerErrors:
    """What the wrong speakers of matched quotations were: nobody (or only a label) where the
    gold names a person (``missed``), another person (``other``), or a person where the gold
    names nobody (``spurious``)."""

    missed: int = 0
    other: int = 0
    spurious: int = 0

    def __iadd__(self, other: SpeakerErrors) -> Self:
        self.missed += other.missed
        self.other += other.other
        self.spurious += other.spurious
        return self

    def to_dict(self) -> dict[str, int]:
        return {"missed": self.missed, "other": self.other, "spurious": self.spurious}


@dataclass
class Scores:
    """Every figure for one group of articles."""

    articles: int = 0
    quotes: Counts = field(default_factory=Counts)
    speakers: Accuracy = field(default_factory=Accuracy)
    people: Counts = field(default_factory=Counts)
    dates: Counts = field(default_factory=Counts)
    date_values: Accuracy = field(default_factory=Accuracy)
    speaker_errors: SpeakerErrors = field(default_factory=SpeakerErrors)
    #: the speaker accuracy of the matched quotations by the rule that attributed them
    #: (``Quote.rule``): which rules go wrong, without reading a text
    speaker_rules: dict[str, Accuracy] = field(default_factory=dict)

    def __iadd__(self, other: Scores) -> Self:
        self.articles += other.articles
        self.quotes += other.quotes
        self.speakers += other.speakers
        self.people += other.people
        self.dates += other.dates
        self.date_values += other.date_values
        self.speaker_errors += other.speaker_errors
        for rule, accuracy in other.speaker_rules.items():
            self.speaker_rules.setdefault(rule, Accuracy()).__iadd__(accuracy)
        return self

    def figures(self) -> dict[str, float | None]:
        """The headline figures, as checked by ``--min-f1``."""
        return {
            "quotes F1": self.quotes.f1,
            "speaker accuracy": self.speakers.value,
            "people F1": self.people.f1,
            "dates F1": self.dates.f1,
            "date value accuracy": self.date_values.value,
        }

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "quotes": self.quotes.to_dict(),
                "speakers": self.speakers.to_dict(), "people": self.people.to_dict(),
                "dates": self.dates.to_dict(), "date_values": self.date_values.to_dict(),
                "speaker_errors": self.speaker_errors.to_dict(),
                "speaker_rules": {rule: a.to_dict()
                                  for rule, a in sorted(self.speaker_rules.items())}}


@dataclass(frozen=True)
class Finding:
    """One disagreement with the gold, located for debugging."""

    article: str
    paragraph: str | None
    kind: str  # quote-missing, quote-spurious, wrong-speaker, person-missing, ...
    expected: str
    found: str

    def format(self) -> str:
        where = f"{self.article} ¶{self.paragraph[1:]}" if self.paragraph else self.article
        return f"{where}: {self.kind}: expected {self.expected}; found {self.found}"

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "paragraph": self.paragraph, "kind": self.kind,
                "expected": self.expected, "found": self.found}


@dataclass
class ArticleResult:
    set: str
    article: str
    lang: str
    scores: Scores
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Report:
    """The comparison of the annotators' output with the gold, article by article."""

    results: list[ArticleResult] = field(default_factory=list)
    sets: tuple[str, ...] = ()
    unscored: list[tuple[str, str]] = field(default_factory=list)  # (set, article id): no gold
    problems: list[Problem] = field(default_factory=list)  # reported by the annotators

    def scores(self, lang: str = ALL, set_name: str | None = None) -> Scores:
        total = Scores()
        for result in self.results:
            if (lang == ALL or result.lang == lang) and set_name in (None, result.set):
                total += result.scores
        return total

    def table(self, set_name: str | None = None) -> dict[str, Scores]:
        return {lang: self.scores(lang, set_name) for lang in (*LANGS, ALL)}

    def findings(self, set_name: str | None = None) -> list[Finding]:
        return [f for r in self.results if set_name in (None, r.set) for f in r.findings]

    def below(self, threshold: float) -> list[str]:
        """Every figure (per set and language) under ``threshold``; undefined ones are skipped."""
        failing = []
        groups = [(s, s) for s in self.sets] + ([(None, ALL)] if len(self.sets) > 1 else [])
        for set_name, set_label in groups:
            for lang, scores in self.table(set_name).items():
                if not scores.articles:
                    continue
                for name, value in scores.figures().items():
                    if value is not None and value < threshold:
                        failing.append(f"{set_label} {lang} {name} {value:.3f} < {threshold}")
        return failing

    def to_dict(self, *, hide: Iterable[str] = ()) -> dict[str, Any]:
        hidden = set(hide)
        scores: dict[str, Any] = {s: {lang: sc.to_dict() for lang, sc in self.table(s).items()}
                                  for s in self.sets}
        if len(self.sets) > 1:
            scores[ALL] = {lang: sc.to_dict() for lang, sc in self.table().items()}
        return {
            "sets": list(self.sets),
            "scores": scores,
            "articles": [
                {"set": r.set, "article": r.article, "lang": r.lang, **r.scores.to_dict(),
                 "findings": [f.to_dict() for f in r.findings]}
                for r in self.results if r.set not in hidden
            ],
            "hidden": sorted(hidden & set(self.sets)),
            "unscored": [{"set": s, "article": a} for s, a in self.unscored],
            "annotator_problems": [p.format() for p in self.problems],
        }


def merge_reports(reports: Iterable[Report]) -> Report:
    merged = Report()
    for report in reports:
        merged.results.extend(report.results)
        merged.sets += tuple(s for s in report.sets if s not in merged.sets)
        merged.unscored.extend(report.unscored)
        merged.problems.extend(report.problems)
    return merged


# --------------------------------------------------------------------------- groups


@dataclass(frozen=True)
class Group:
    """A named group of sets (``eval/groups.yml``): what ``--group`` pools."""

    name: str
    sets: tuple[str, ...]
    description: str = ""


def load_groups(root: Path) -> dict[str, Group]:
    """The groups of ``eval/groups.yml`` under ``root`` (none when there is no such file).

    Raises:
        DossierError: when the file is not valid YAML, a group is not a mapping with a list
            of ``sets``, or a set is unknown — each problem with its line.
    """
    path = root / GROUPS_FILE
    if not path.is_file():
        return {}
    problems = ProblemCollector()
    text = read_text(path, GROUPS_FILE, problems, normalise=True)
    if text is None:
        problems.raise_if_errors()
        return {}
    hint = "eval/groups.yml looks like this:\n" + EXAMPLE_GROUP
    parsed = parse_yaml_file(text, GROUPS_FILE, problems, hint=hint)
    if parsed is None:
        raise DossierError(problems.errors)
    node, data = parsed
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        problems.error(GROUPS_FILE, f"expected a mapping of group names, found "
                       f"{type(data).__name__}", line=1, hint=hint)
        raise DossierError(problems.errors)
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value}
    groups: dict[str, Group] = {}
    for name, value in data.items():
        line = lines.get(name)
        if not isinstance(name, str) or name in SETS or name == ALL:
            problems.error(GROUPS_FILE, f"a group's name must differ from every set's and from "
                           f"{ALL!r}, found {name!r}", line=line, hint=hint)
            continue
        if not isinstance(value, dict) or not isinstance(value.get("sets"), list):
            problems.error(GROUPS_FILE, f"expected a mapping with a list of sets, found "
                           f"{value!r}", field=name, line=line, hint=hint)
            continue
        unknown = [s for s in value["sets"] if s not in SETS]
        if unknown:
            problems.error(GROUPS_FILE, f"unknown set(s) {', '.join(map(str, unknown))}; "
                           f"expected names among {', '.join(SETS)}", field=f"{name}.sets",
                           line=line)
            continue
        extra = sorted(set(value) - {"sets", "description"})
        if extra:
            problems.error(GROUPS_FILE, f"unknown field(s) {', '.join(map(str, extra))}; "
                           f"expected sets, description", field=name, line=line, hint=hint)
            continue
        groups[name] = Group(name, tuple(dict.fromkeys(value["sets"])),
                             str(value.get("description") or ""))
    problems.raise_if_errors()
    return groups


def select_sets(sets: Sequence[str], groups: Sequence[str],
                known_groups: dict[str, Group]) -> list[str]:
    """The set names that ``--set`` and ``--group`` ask for, in order, each once (every set
    when neither does). Each value may be a comma-separated list.

    Raises:
        ValueError: naming an unknown set or group and the known ones.
    """
    chosen: list[str] = []
    for value in sets:
        for name in filter(None, (n.strip() for n in value.split(","))):
            if name == ALL:
                chosen += SETS
            elif name in SETS:
                chosen.append(name)
            else:
                raise ValueError(f"--set: unknown set {name!r}; expected {ALL} or one of "
                                 f"{', '.join(SETS)}")
    for value in groups:
        for name in filter(None, (n.strip() for n in value.split(","))):
            if name not in known_groups:
                raise ValueError(f"--group: unknown group {name!r}; expected one of "
                                 f"{', '.join(known_groups) or '(none: ' + GROUPS_FILE + ' is missing)'}")
            chosen += known_groups[name].sets
    return list(dict.fromkeys(chosen)) if sets or groups else list(SETS)


# --------------------------------------------------------------------------- intervals

#: The figures ``--ci`` gives an interval for (the targets of issue #3 are on these).
INTERVAL_FIGURES = ("quotes F1", "speaker accuracy", "people precision", "people recall",
                    "dates F1", "date value accuracy")
BOOTSTRAP_RESAMPLES = 2000
BOOTSTRAP_SEED = 0


def _interval_figures(s: Scores) -> tuple[float | None, ...]:
    return (s.quotes.f1, s.speakers.value, s.people.precision, s.people.recall, s.dates.f1,
            s.date_values.value)


def bootstrap_intervals(results: Sequence[ArticleResult], *,
                        resamples: int = BOOTSTRAP_RESAMPLES,
                        seed: int = BOOTSTRAP_SEED) -> dict[str, tuple[float, float] | None]:
    """95% percentile-bootstrap intervals of the pooled figures, resampling whole articles.

    Articles, not quotations, are resampled: the errors of one article hang together (one
    misread speaker makes several wrong quotations), so an interval over quotations would be
    too narrow. Deterministic for a given ``seed``. A figure gets None when it is undefined in
    more than half of the resamples (no quotation in the articles, say).
    """
    rows = [(r.scores.quotes.tp, r.scores.quotes.fp, r.scores.quotes.fn,
             r.scores.speakers.correct, r.scores.speakers.total,
             r.scores.people.tp, r.scores.people.fp, r.scores.people.fn,
             r.scores.dates.tp, r.scores.dates.fp, r.scores.dates.fn,
             r.scores.date_values.correct, r.scores.date_values.total) for r in results]
    samples: list[list[float]] = [[] for _ in INTERVAL_FIGURES]
    if rows:
        rng = random.Random(seed)
        for _ in range(resamples):
            t = [sum(col) for col in zip(*rng.choices(rows, k=len(rows)))]
            pooled = Scores(quotes=Counts(t[0], t[1], t[2]), speakers=Accuracy(t[3], t[4]),
                            people=Counts(t[5], t[6], t[7]), dates=Counts(t[8], t[9], t[10]),
                            date_values=Accuracy(t[11], t[12]))
            for values, value in zip(samples, _interval_figures(pooled)):
                if value is not None:
                    values.append(value)
    out: dict[str, tuple[float, float] | None] = {}
    for name, values in zip(INTERVAL_FIGURES, samples):
        if len(values) * 2 <= resamples or len(values) < 2:
            out[name] = None
        else:
            cuts = statistics.quantiles(values, n=40, method="inclusive")  # 2.5% steps
            out[name] = (cuts[0], cuts[-1])
    return out


def report_intervals(report: Report, **kwargs: Any) -> dict[str, dict[str, tuple[float, float]
                                                                        | None]]:
    """``bootstrap_intervals`` of each language's articles in ``report``."""
    return {lang: bootstrap_intervals([r for r in report.results if r.lang == lang], **kwargs)
            for lang in LANGS}


# --------------------------------------------------------------------------- comparison


def person_key(value: str, registry: Registry, discovered: dict[str, Person] | None = None,
               owners: dict[str, str] | None = None) -> str:
    """Registry people compare by id; everyone else by the slug of their name."""
    if value in registry.people:
        return value
    person = (discovered or {}).get(value)
    name = person.name if person is not None else value
    owner = (owners if owners is not None else registry.alias_owner()).get(fold(name))
    return owner if owner is not None else "~" + slug(name)


def first_name_matches(keys: Iterable[str], registry: Registry, names: dict[str, str],
                       gold_keys: Iterable[str] = ()) -> dict[str, str]:
    """One article's people not in the registry written by a first name alone ("Luke"),
    mapped to the one other person of the article whose full name starts with it ("Luke
    Farrant"): the gold may write a relative's inferred family name ("his son Luke" is Luke
    Farrant) where the annotator keeps the name as written, or the other way round. Nothing
    is mapped when two people share the first name, nor when the gold lists both (a witness
    "Luke" and "Luke Farrant" are two people)."""
    keys = sorted(set(keys))
    gold = set(gold_keys)

    def name(k: str) -> str:
        person = registry.people.get(k)
        return person.name if person is not None else names.get(k, k.lstrip("~"))

    full: dict[str, list[str]] = {}
    for k in keys:
        words = name(k).split()
        if len(words) > 1:
            full.setdefault(fold(words[0]), []).append(k)
    same: dict[str, str] = {}
    for k in keys:
        words = name(k).split()
        if k.startswith("~") and len(words) == 1 and len(full.get(fold(words[0]), ())) == 1:
            target = full[fold(words[0])][0]
            if not (k in gold and target in gold):
                same[k] = target
    return same


def _show_person(key: str, registry: Registry, names: dict[str, str]) -> str:
    return key if key in registry.people else names.get(key, key.lstrip("~"))


def _short(text: str, limit: int = 90) -> str:
    text = _WS_RE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _greedy(pairs: list[tuple[tuple[Any, ...], int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching: best pairs first (pairs are (quality, predicted, gold))."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _quality, p, g in sorted(pairs, key=lambda x: (tuple(-q for q in x[0]), x[1], x[2])):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            matched.append((p, g))
    return sorted(matched)


def quote_match(predicted: str, gold: GoldQuote) -> float | None:
    """How well a predicted quote matches a gold one, or None when they do not match.

    They match when a gold fragment is a substring of the prediction, or when they share at
    least half of the shorter one's tokens (and at least two tokens). The quality (a multiset Jaccard index) ranks
    competing pairs.
    """
    pred_norm = normalise(predicted)
    pred_tokens = Counter(tokens(predicted))
    gold_tokens = Counter(tokens(" ".join(gold.fragments)))
    shared = sum((pred_tokens & gold_tokens).values())
    union = sum((pred_tokens | gold_tokens).values())
    quality = shared / union if union else 0.0
    if any(normalise(f) in pred_norm for f in gold.fragments if normalise(f)):
        return quality
    shorter = min(sum(pred_tokens.values()), sum(gold_tokens.values()))
    if shared >= MIN_SHARED and shared / shorter >= TOKEN_OVERLAP:
        return quality
    return None


def score_article(article: Article, gold: Gold, annotations: Annotations,
                  registry: Registry, set_name: str = "dev") -> ArticleResult:
    """Compare one article's annotations with its gold."""
    scores = Scores(articles=1)
    findings: list[Finding] = []
    owners = registry.alias_owner()
    discovered = {p.id: p for p in annotations.discovered}
    names: dict[str, str] = {}

    def raw_key(value: str) -> str:
        k = person_key(value, registry, discovered, owners)
        names.setdefault(k, discovered[value].name if value in discovered else value)
        return k

    people = [*gold.people, *(s for q in gold.quotes for s in q.speakers),
              *(m.person for m in annotations.mentions),
              *(s for q in annotations.quotes for s in (q.speakers or (q.speaker or "",)) if s)]
    gold_keys = {raw_key(v) for v in (*gold.people, *(s for q in gold.quotes for s in q.speakers))}
    first_names = first_name_matches({raw_key(v) for v in people}, registry, names, gold_keys)

    def key(value: str) -> str:
        k = raw_key(value)
        return first_names.get(k, k)

    def who(keys: Iterable[str], label: str | None = None) -> str:
        shown = " + ".join(sorted(_show_person(k, registry, names) for k in keys))
        if shown:
            return shown
        return f"unnamed ({label})" if label else "unnamed"

    def note(paragraph: str | None, kind: str, expected: str, found: str) -> None:
        findings.append(Finding(article.id, paragraph, kind, expected, found))

    # Quotes: one-to-one matching, spans only break ties between competing pairs.
    gold_spans = [[s for f in q.fragments for s in find_all(article, f)] for q in gold.quotes]
    pairs = []
    for p, quote in enumerate(annotations.quotes):
        for g, gq in enumerate(gold.quotes):
            quality = quote_match(quote.text, gq)
            if quality is not None:
                near = any(_overlap(a, b) for a in quote.parts for b in gold_spans[g])
                pairs.append(((float(near), quality), p, g))
    matched = _greedy(pairs)
    scores.quotes = Counts(len(matched), len(annotations.quotes) - len(matched),
                           len(gold.quotes) - len(matched))
    matched_p = {p for p, _ in matched}
    matched_g = {g for _, g in matched}
    for p, g in matched:
        quote, gq = annotations.quotes[p], gold.quotes[g]
        predicted = quote.speaker_ids
        expected = {key(s) for s in gq.speakers}
        found = {key(s) for s in predicted}
        scores.speakers.total += 1
        right = expected == found
        scores.speaker_rules.setdefault(quote.rule, Accuracy()).__iadd__(
            Accuracy(int(right), 1))
        if right:
            scores.speakers.correct += 1
        else:
            if not found:
                scores.speaker_errors.missed += 1
            elif expected:
                scores.speaker_errors.other += 1
            else:
                scores.speaker_errors.spurious += 1
            note(quote.span.paragraph, "wrong-speaker",
                 f"{who(expected, gq.label)} for “{_short(gq.text, 50)}”",
                 who(found, quote.speaker_label))
    for g, gq in enumerate(gold.quotes):
        if g not in matched_g:
            where = gold_spans[g][0].paragraph if gold_spans[g] else None
            note(where, "quote-missing",
                 f"“{_short(gq.text)}” ({who({key(s) for s in gq.speakers}, gq.label)})", "—")
    for p, quote in enumerate(annotations.quotes):
        if p not in matched_p:
            speaker = quote.speaker_ids
            note(quote.span.paragraph, "quote-spurious", "—",
                 f"“{_short(quote.text)}” ({who({key(s) for s in speaker}, quote.speaker_label)})")

    # People: the set of people each article refers to.
    expected_people = {key(p) for p in gold.people}
    first_mention: dict[str, str] = {}
    for mention in annotations.mentions:
        first_mention.setdefault(key(mention.person), mention.span.paragraph)
    found_people = set(first_mention)
    scores.people = Counts(len(expected_people & found_people),
                           len(found_people - expected_people),
                           len(expected_people - found_people))
    for k in sorted(expected_people - found_people):
        shown = _show_person(k, registry, names)
        person = registry.people.get(k)
        where = None
        for text in ((person.name, *person.aliases) if person else (shown,)):
            if spans := find_all(article, text, words=True):
                where = spans[0].paragraph
                break
        note(where, "person-missing", shown, "—")
    for k in sorted(found_people - expected_people):
        texts = sorted({m.text for m in annotations.mentions if key(m.person) == k})
        note(first_mention[k], "person-spurious", "—",
             f"{_show_person(k, registry, names)} (as {', '.join(repr(t) for t in texts[:3])})")

    # Dates: overlapping expression and equal value.
    date_spans = locate_dates(article, gold.dates)
    pairs = []
    for p, date in enumerate(annotations.dates):
        for g, span in enumerate(date_spans):
            if span is None:
                continue
            overlap = _overlap(date.span, span)
            if overlap:
                union = max(date.span.end, span.end) - min(date.span.start, span.start)
                same = float(date.value == gold.dates[g].value)
                pairs.append(((same, overlap / union), p, g))
    matched = _greedy(pairs)
    correct = [(p, g) for p, g in matched if annotations.dates[p].value == gold.dates[g].value]
    scores.dates = Counts(len(correct), len(annotations.dates) - len(correct),
                          len(gold.dates) - len(correct))
    scores.date_values = Accuracy(len(correct), len(matched))
    matched_p = {p for p, _ in matched}
    matched_g = {g for _, g in matched}
    for p, g in matched:
        date, gd = annotations.dates[p], gold.dates[g]
        if date.value != gd.value:
            note(date.span.paragraph, "date-value", f"“{gd.text}” = {gd.value}",
                 f"“{date.text}” = {date.value} ({date.rule or 'no rule'})")
    for g, gd in enumerate(gold.dates):
        if g not in matched_g:
            span = date_spans[g]
            note(span.paragraph if span else None, "date-missing", f"“{gd.text}” = {gd.value}",
                 "—")
    for p, date in enumerate(annotations.dates):
        if p not in matched_p:
            note(date.span.paragraph, "date-spurious", "—",
                 f"“{date.text}” = {date.value} ({date.rule or 'no rule'})")

    order = {"quote": 0, "wrong": 1, "person": 2, "date": 3}
    findings.sort(key=lambda f: (order[f.kind.split("-")[0]],
                                 int(f.paragraph[1:]) if f.paragraph else 0, f.kind, f.expected,
                                 f.found))
    return ArticleResult(set_name, article.id, article.lang, scores, findings)


def evaluate(seeds_dir: Path, gold_dir: Path, root: Path, *,
             set_name: str | None = None, registry_free: bool = False) -> Report:
    """Annotate every article of ``seeds_dir`` that has a gold file and compare.

    Args:
        seeds_dir: folder with ``articles/*.md``, ``people.yml`` and ``events.yml``.
        gold_dir: folder with one ``<article-id>.yml`` per scored article.
        root: the project root (article ``source_file`` paths are relative to it).
        set_name: the set's name in the report (default: the gold folder's parent, "dev").
        registry_free: annotate as a dossier on a new topic would, with no people and no
            events in its registry (everyone must be discovered in the text; front-matter
            aliases naming registry ids become the errors they would be there), and still
            score against the set's registry: a gold id matches the discovered person of
            its name or one of its aliases.

    Raises:
        DossierError: when an article, the registry or a gold file is invalid, or a gold file
            disagrees with its article or registry: scoring against a broken gold would
            report meaningless figures.
    """
    name = set_name or gold_dir.parent.name
    problems = ProblemCollector()
    articles = load_articles(article_paths(seeds_dir / "articles"), root, problems)
    registry = load_registry(seeds_dir, root, problems)
    golds = load_gold_dir(gold_dir, root, problems)
    if not golds and not problems.errors:
        problems.error(project_path(gold_dir, root), "has no gold files (*.yml)",
                       hint="write one <article-id>.yml per article; see eval/README.md")
    by_id = {a.id: a for a in articles}
    for gold in golds:
        article = by_id.get(gold.article)
        if article is None:
            problems.error(gold.path, f"names article {gold.article!r}, which is not in "
                           f"{project_path(seeds_dir / 'articles', root)}",
                           hint="a gold file is named after its article's id; import the "
                           "article first if it is missing")
        else:
            problems.extend(check_gold(gold, article, registry))
    problems.raise_if_errors()

    report = Report(sets=(name,))
    scored = {g.article for g in golds}
    report.unscored = [(name, a.id) for a in articles if a.id not in scored]
    annotated_with = Registry() if registry_free else registry
    for gold in golds:
        article = by_id[gold.article]
        result = annotate_article(article, annotated_with)
        report.problems.extend(result.errors)
        report.results.append(score_article(article, gold, result.annotations, registry, name))
    return report


# --------------------------------------------------------------------------- output


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def format_table(report: Report, set_name: str | None, title: str) -> list[str]:
    table = report.table(set_name)
    counts = ", ".join(f"{table[lang].articles} {lang}" for lang in LANGS)
    lines = [f"{title} — {count(table[ALL].articles, 'article')} ({counts})", ""]
    lines.append(f"{'':<22}{'precision':>10}{'recall':>9}{'F1':>9}{'tp':>7}{'fp':>6}{'fn':>6}")
    for label, attr in (("quotes", "quotes"), ("people", "people"), ("dates", "dates")):
        for lang in (*LANGS, ALL):
            c: Counts = getattr(table[lang], attr)
            lines.append(f"{label if lang == LANGS[0] else '':<14}{lang:<8}"
                         f"{_pct(c.precision):>10}{_pct(c.recall):>9}{_pct(c.f1):>9}"
                         f"{c.tp:>7}{c.fp:>6}{c.fn:>6}")
    lines.append("")
    lines.append(f"{'':<22}{'accuracy':>10}{'correct':>10}{'of':>6}")
    for label, attr in (("speakers", "speakers"), ("date values", "date_values")):
        for lang in (*LANGS, ALL):
            a: Accuracy = getattr(table[lang], attr)
            lines.append(f"{label if lang == LANGS[0] else '':<14}{lang:<8}"
                         f"{_pct(a.value):>10}{a.correct:>10}{a.total:>6}")
    lines.append("")
    lines.append(f"{'':<22}{'nobody':>10}{'another':>10}{'not due':>10}")
    for lang in (*LANGS, ALL):
        e = table[lang].speaker_errors
        lines.append(f"{'wrong speaker' if lang == LANGS[0] else '':<14}{lang:<8}"
                     f"{e.missed:>10}{e.other:>10}{e.spurious:>10}")
    return lines


def format_rules(report: Report, limit: int = 25) -> list[str]:
    """``--rules``: the speaker accuracy of the pooled matched quotations by the rule that
    attributed them, the rules with the most wrong speakers first (names and counts only: no
    text, so private sets may be listed)."""
    title = (f"Speakers by rule — the {limit} rules with the most wrong speakers "
             f"(matched quotations, every set and language pooled):")
    lines = [title, "", f"{'rule':<48}{'wrong':>7}{'of':>7}{'accuracy':>10}"]
    rules = report.scores().speaker_rules
    ranked = sorted(rules.items(), key=lambda kv: (-(kv[1].total - kv[1].correct),
                                                    -kv[1].total, kv[0]))
    for rule, a in ranked[:limit]:
        lines.append(f"{rule[:47]:<48}{a.total - a.correct:>7}{a.total:>7}{_pct(a.value):>10}")
    if len(ranked) > limit:
        lines.append(f"… and {count(len(ranked) - limit, 'more rule', 'more rules')} (--json "
                     "lists them all)")
    return lines


def format_intervals(intervals: dict[str, dict[str, tuple[float, float] | None]],
                     report: Report) -> list[str]:
    """The table of ``--ci``: each language's 95% interval of each figure, in percent."""
    counts = ", ".join(f"{len([r for r in report.results if r.lang == lang])} {lang}"
                       for lang in LANGS)
    heads = ("quotes F1", "speakers", "people P", "people R", "dates F1", "date values")
    title = (f"95% intervals — percentile bootstrap over articles ({counts}; "
             f"{BOOTSTRAP_RESAMPLES:,} resamples, seed {BOOTSTRAP_SEED}):")
    lines = [title, "", f"{'':<14}" + "".join(f"{h:>13}" for h in heads)]
    for lang in LANGS:
        cells = [f"{100 * v[0]:.1f}–{100 * v[1]:.1f}" if (v := intervals[lang][name]) else "—"
                 for name in INTERVAL_FIGURES]
        lines.append(f"{lang:<14}" + "".join(f"{c:>13}" for c in cells))
    return lines


def format_report(report: Report, *, details: bool = False, hide: Iterable[str] = (),
                  pooled: bool = False,
                  intervals: dict[str, dict[str, tuple[float, float] | None]] | None = None,
                  title: str = "All sets", rules: bool = False) -> str:
    """A readable table of every figure; with ``details``, every disagreement.

    Args:
        report: what :func:`evaluate` returned.
        details: list per-article counts and every error (article, paragraph, expected, found).
        hide: sets whose details must not be printed (their texts are private).
        pooled: with several sets, print only the table of all of them together.
        intervals: :func:`report_intervals`, printed after the (pooled) table.
        title: the pooled table's title.
        rules: add :func:`format_rules` (the speaker accuracy by attribution rule).
    """
    hidden = set(hide)
    lines: list[str] = []
    if not (pooled and len(report.sets) > 1):
        for set_name in report.sets:
            lines += format_table(report, set_name, f"Set {set_name}")
            lines.append("")
    if len(report.sets) > 1:
        lines += format_table(report, None, title)
        lines.append("")
    if intervals is not None:
        lines += format_intervals(intervals, report)
        lines.append("")
    if rules:
        lines += format_rules(report)
        lines.append("")
    lines.append("speakers: matched quotes whose speaker set equals the gold's (both unnamed "
                 "counts as equal). wrong speaker: nobody (or a label) where the gold names a "
                 "person, another person, a person where the gold names nobody.")
    lines.append("date values: overlapping date expressions whose value equals the gold's. "
                 "— = nothing to measure.")
    if report.unscored:
        lines.append("")
        lines.append("Not scored (no gold file): " + ", ".join(
            f"{a} ({s})" if s not in hidden else f"[{s}]" for s, a in report.unscored))
    if report.problems:
        lines.append("")
        lines.append(f"The annotators reported {count(len(report.problems), 'problem')} "
                     "(run `dossier check`):")
        lines += ["  " + p.format().replace("\n", "\n  ") for p in report.problems[:20]]
    if details:
        for set_name in report.sets:
            lines.append("")
            if set_name in hidden:
                lines.append(f"Details of {set_name} are hidden: its texts must not reach the "
                             f"people tuning the annotators (--show-heldout prints them).")
                continue
            lines.append(f"Details — {set_name}")
            lines.append(f"{'article':<52}{'lang':<5}{'quotes tp/fp/fn':>16}"
                         f"{'speakers':>10}{'people tp/fp/fn':>17}{'dates tp/fp/fn':>16}")
            for r in (r for r in report.results if r.set == set_name):
                s = r.scores
                lines.append(
                    f"{r.article[:51]:<52}{r.lang:<5}"
                    f"{f'{s.quotes.tp}/{s.quotes.fp}/{s.quotes.fn}':>16}"
                    f"{f'{s.speakers.correct}/{s.speakers.total}':>10}"
                    f"{f'{s.people.tp}/{s.people.fp}/{s.people.fn}':>17}"
                    f"{f'{s.dates.tp}/{s.dates.fp}/{s.dates.fn}':>16}")
            findings = report.findings(set_name)
            lines.append("")
            lines.append(f"{len(findings)} error(s):" if findings else "No errors.")
            lines += ["  " + f.format() for f in findings]
    return "\n".join(lines).rstrip() + "\n"



def _threshold(text: str) -> float:
    value = float(text)
    if value > 1:
        value /= 100  # "80" means 80%
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"expected a figure between 0 and 1, found {text}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """``dossier evaluate``: print the figures; exit 1 only when ``--min-f1`` is not met.

    Exit status: 0 whatever the scores; 1 when ``--min-f1 X`` is given and a figure is below
    X; 2 when the articles, the registry or the gold files are invalid.
    """
    parser = argparse.ArgumentParser(
        prog="dossier evaluate",
        description="Measure the annotators against the gold annotations in eval/ "
        "(see docs/quality.md).",
    )
    parser.add_argument("--set", dest="sets", action="append", default=[], metavar="SET",
                        help="which set(s) to score: a name, several separated by commas, or "
                        "all (repeatable; default: every set)")
    parser.add_argument("--group", dest="groups", action="append", default=[], metavar="GROUP",
                        help=f"score every set of a named group of {GROUPS_FILE} (e.g. "
                        "untouched, validation; repeatable)")
    parser.add_argument("--pooled", action="store_true",
                        help="with several sets, print only their pooled figures")
    parser.add_argument("--ci", action="store_true",
                        help="add 95%% bootstrap intervals (over articles) of the pooled figures")
    parser.add_argument("--details", action="store_true",
                        help="list per-article counts and every error")
    parser.add_argument("--rules", action="store_true",
                        help="add the speaker accuracy by attribution rule (pooled; rule names "
                        "and counts only)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--min-f1", type=_threshold, metavar="X",
                        help="exit 1 when any F1 or accuracy is below X (0-1, or a percentage)")
    parser.add_argument("--show-heldout", action="store_true",
                        help="also print held-out details (never show them to whoever tunes "
                        "the annotators)")
    parser.add_argument("--no-registry", action="store_true",
                        help="annotate with an empty registry, as for a dossier on a new "
                        "topic, and score against each set's registry as usual")
    parser.add_argument("--root", default=".", help="the project root (default: .)")
    args = parser.parse_args(list(argv) if argv is not None else None)

    root = Path(args.root).resolve()
    try:
        groups = load_groups(root) if args.groups else {}
        names = select_sets(args.sets, args.groups, groups)
    except DossierError as exc:
        print(exc.report(), file=sys.stderr)
        return 2
    except ValueError as exc:
        parser.print_usage(sys.stderr)
        print(f"dossier evaluate: error: {exc}", file=sys.stderr)
        return 2
    try:
        report = merge_reports(
            evaluate(root / SETS[n][0], root / SETS[n][1], root, set_name=n,
                     registry_free=args.no_registry) for n in names
        )
    except DossierError as exc:
        print(exc.report(), file=sys.stderr)
        return 2
    hide = set() if args.show_heldout else set(PRIVATE_SETS)
    intervals = report_intervals(report) if args.ci else None
    title = "All sets" if not args.groups or args.sets \
        else "Group " + ", ".join(g.strip() for v in args.groups for g in v.split(",") if g.strip())
    if args.json:
        data = report.to_dict(hide=hide)
        if not args.details:
            for item in data["articles"]:
                item.pop("findings")
        if intervals is not None:
            data["intervals"] = {lang: {k: list(v) if v else None for k, v in figs.items()}
                                 for lang, figs in intervals.items()}
        print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))
    else:
        if args.no_registry:
            print("Annotated with no registry (--no-registry): every person discovered in "
                  "the text; scored against each set's registry.\n")
        print(format_report(report, details=args.details, hide=hide, pooled=args.pooled,
                            intervals=intervals, title=title, rules=args.rules), end="")
    if args.min_f1 is not None:
        failing = report.below(args.min_f1)
        if failing:
            print("Below --min-f1:\n  " + "\n  ".join(failing), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
