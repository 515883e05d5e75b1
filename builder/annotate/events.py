"""Event linking: which curated event (``seeds/events.yml``) a dated mention refers to.

A mention can only name an event whose date is *compatible* with it at the mention's
precision (:meth:`PartialDate.compatible`: "In 2018" fits any event of 2018, "Thursday" only
that day). A weekday that disagrees with its written date ("Wednesday (May 31)" in a year
when 31 May is a Thursday) is compatible with either day. Among compatible events, evidence
decides, scored per event:

* distinct keywords (accent- and case-folded, whole words) in the mention's sentence: 2 each,
  3 when within 80 characters of the date (a long sentence may name two events); elsewhere
  in its paragraph: 0.5 each;
* the event's people mentioned in the sentence: 0.75 each; elsewhere in the paragraph: 0.25
  each; in the paragraph just before or after: 0.25 each. People are weak evidence: a
  dossier's main people take part in most of its events;
* a date given at the event's own precision and equal to it: +1 (it names exactly that day
  or month).

An event needs at least one keyword or one of its people in the paragraph, and a score of
at least 2 (in practice, a keyword in the sentence); the best score wins. A tie between the best two leaves the mention unlinked.

Warnings (only when the registry has events, so a dossier without events is not flooded):

* ``event-date-conflict``: two mentions in one article link the same event with incompatible
  dates;
* ``unmatched-date``: a date given to the day or the month that links no event — once per
  distinct value in an article, and never for deictic words ("today") or mentions an override
  settled. Year-only dates ("in 2019") are too common to review.

Front-matter overrides: ``event: <id>`` forces a link, ``event: none`` clears it; an unknown
event id is an error with the closest known id.

An article may report an event without any date expression ("…at the White House for a
roundtable discussion"). The front matter's ``events: [{event: <id>, match: "words"}]`` makes
the paragraph holding the words an *undated* source of the event
(:func:`find_event_mentions`): cited like a dated one, it gives no date to compare.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import difflib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..errors import Problem, yaml_flow
from ..model import (
    Article,
    DateMention,
    Event,
    EventMention,
    Mention,
    PartialDate,
    Warning,
)
from ..registry import Registry
from ._stage import DatesResult, EventMentionsResult
from .dates import occurrences, override_targets, weekday_alternative

#: The override value that removes an event link.
NO_EVENT = ("none", "")
MIN_SCORE = 2.0
#: Characters between a keyword and the date for the keyword to count as next to it.
NEAR = 80
_SENTENCE_END = re.compile(r"[.!?…]['\"”»)\]]*\s+")


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive text, as :func:`builder.registry.fold` but
    fast on whole paragraphs (and without stripping)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


@dataclass(frozen=True)
class _IndexedEvent:
    event: Event
    keywords_source: str | None  # the keywords' regex (``keywords``)
    #: Each keyword's first word and whether it is a whole word of any match (else only a
    #: part of one: "re" of "re-entry" matches "reentry"); None when a keyword has no plain
    #: first word. A paragraph that has none of them has no keyword of the event.
    needles: tuple[tuple[str, bool], ...] | None
    people: frozenset[str]
    first: _dt.date
    last: _dt.date

    @property
    def keywords(self) -> re.Pattern[str] | None:
        """Compiled when first searched: most events are never candidates of an article."""
        return None if self.keywords_source is None else _compiled(self.keywords_source)


@lru_cache(maxsize=4096)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


@dataclass(frozen=True)
class _EventIndex:
    """The registry's events in id order, and their positions in that order by year."""

    events: list[_IndexedEvent]
    by_year: dict[int, list[int]]
    #: Event ids by the first words of their keywords, by their people, and the events whose
    #: keywords cannot be looked up by word (always considered).
    by_word: dict[str, set[str]]
    by_person: dict[str, set[str]]
    unindexed: frozenset[str]

    def with_evidence(self, words: frozenset[str], people: Iterable[str]) -> set[str]:
        """The events that may have evidence in a paragraph: one of their keywords may be in
        it (its first word is), or one of their people is named in it. The others score 0."""
        found = set(self.unindexed)
        by_word = self.by_word
        for word in words & by_word.keys():
            found |= by_word[word]
        for person in people:
            found |= self.by_person.get(person, set())
        return found

    def overlapping(self, ranges: list[tuple[_dt.date, _dt.date]]) -> list[_IndexedEvent]:
        """The events whose dates overlap one of ``ranges``, in id order.

        Only the events of the ranges' years are looked at, so the cost does not grow with
        the registry (a date and an event each lie within one calendar year, but the year
        span is walked in full so nothing is lost if that ever changes).
        """
        years = {y for first, last in ranges for y in range(first.year, last.year + 1)}
        if len(years) == 1:
            positions = self.by_year.get(next(iter(years)), [])
        else:
            positions = sorted({i for y in years for i in self.by_year.get(y, ())})
        events = self.events
        if len(ranges) == 1:  # the usual case, without a call per event
            first, last = ranges[0]
            return [item for i in positions
                    if (item := events[i]).first <= last and first <= item.last]
        return [events[i] for i in positions if _overlaps(events[i], ranges)]


_CACHE: dict[int, tuple[Registry, tuple[tuple[str, Event], ...], _EventIndex]] = {}


def _index(registry: Registry) -> _EventIndex:
    """Keyword patterns per event, built once per registry (rebuilt if its events change)."""
    key = id(registry)
    cached = _CACHE.get(key)
    events = tuple(sorted(registry.events.items()))
    if cached is not None and cached[0] is registry and cached[1] == events:
        return cached[2]
    indexed = []
    for _, event in events:
        words = sorted({fold(k).strip() for k in event.keywords if fold(k).strip()}, key=len,
                       reverse=True)
        pattern = ("(?:" + "|".join(_keyword_source(w) for w in words) + r")(?!\w)"
                   if words else None)
        indexed.append(_IndexedEvent(event, pattern, _needles(words), frozenset(event.people),
                                     event.date.first_day(), event.date.last_day()))
    by_year: dict[int, list[int]] = {}
    by_word: dict[str, set[str]] = {}
    by_person: dict[str, set[str]] = {}
    unindexed: set[str] = set()
    for i, item in enumerate(indexed):
        eid = item.event.id
        for year in range(item.first.year, item.last.year + 1):
            by_year.setdefault(year, []).append(i)
        for person in item.people:
            by_person.setdefault(person, set()).add(eid)
        if item.keywords_source is None:
            continue
        if item.needles is None or not all(whole for _, whole in item.needles):
            unindexed.add(eid)
            continue
        for needle, _ in item.needles:
            by_word.setdefault(needle, set()).add(eid)
    index = _EventIndex(indexed, by_year, by_word, by_person, frozenset(unindexed))
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[key] = (registry, events, index)
    return index


def _keyword_source(word: str) -> str:
    """A keyword as a regex alternative that starts after a non-word character. When the
    keyword starts with a plain character, that character comes first and the condition
    after it (``(?<!\\w.)``: the character before it is no word character): a pattern whose
    alternatives all start with a character lets the regex engine skip ahead to the
    positions where one of those characters stands."""
    escaped = re.escape(word).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
    if word[:1] and escaped[:1] == word[:1] and word[:1] != "\n":
        return word[:1] + r"(?<!\w.)" + escaped[1:]
    return r"(?<!\w)" + escaped


_FIRST_WORD = re.compile(r"\w+")
_WORDS = re.compile(r"\w+")


def _needles(words: list[str]) -> tuple[tuple[str, bool], ...] | None:
    """The first word of each keyword (see ``_IndexedEvent.needles``).

    A keyword's pattern (``_index``) starts after a non-word character and matches its first
    word letter for letter. What follows that word in a match is a non-word character (the
    end, whitespace for a space, the keyword's own punctuation), so the word is a whole word
    of the text, except after a hyphen, which a match may leave out ("reentry").
    """
    needles = []
    for word in words:
        m = _FIRST_WORD.match(word)
        if m is None or "\\" in word:
            return None
        needles.append((m.group(), word[m.end():m.end() + 1] != "-"))
    return tuple(needles)


class _Context:
    """Folded paragraph text, sentences and people, computed once per paragraph."""

    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        self.article = article
        self.order = {p.id: i for i, p in enumerate(article.paragraphs)}
        #: Paragraph texts by id (the first paragraph of an id, as ``Article.paragraph``).
        self.texts: dict[str, str] = {}
        for p in article.paragraphs:
            self.texts.setdefault(p.id, p.text)
        self.people: dict[str, list[tuple[int, str]]] = {}
        for m in mentions:
            self.people.setdefault(m.span.paragraph, []).append((m.span.start, m.person))
        self._folded: dict[str, str] = {}
        self._ends: dict[str, list[int]] = {}
        self._keywords: dict[tuple[str, str], set[str]] = {}
        self._words: dict[str, frozenset[str]] = {}
        self._evidence: dict[str, set[str]] = {}

    def evidence(self, pid: str, index: _EventIndex) -> set[str]:
        """The events that may have evidence in the paragraph (:meth:`_EventIndex.with_evidence`)."""
        found = self._evidence.get(pid)
        if found is None:
            found = self._evidence[pid] = index.with_evidence(
                self.words(pid), (p for _, p in self.people.get(pid, ())))
        return found

    def words(self, pid: str) -> frozenset[str]:
        """The folded paragraph's words (maximal runs of word characters)."""
        found = self._words.get(pid)
        if found is None:
            found = self._words[pid] = frozenset(_WORDS.findall(self.folded(pid)))
        return found

    def paragraph_keywords(self, pid: str, item: _IndexedEvent) -> set[str]:
        """An event's keywords in a folded paragraph, found once for all its dates."""
        key = (pid, item.event.id)
        found = self._keywords.get(key)
        if found is None:
            assert item.keywords is not None
            text = self.folded(pid)
            if item.needles is not None and not any(
                    (needle in self.words(pid)) if whole else (needle in text)
                    for needle, whole in item.needles):
                found = self._keywords[key] = set()
            else:
                found = self._keywords[key] = set(item.keywords.findall(text))
        return found

    def folded(self, pid: str) -> str:
        if pid not in self._folded:
            self._folded[pid] = fold(self.texts[pid])
        return self._folded[pid]

    def sentence(self, pid: str, start: int, end: int) -> tuple[int, int]:
        text = self.texts[pid]
        if pid not in self._ends:
            self._ends[pid] = [m.end() for m in _SENTENCE_END.finditer(text)]
        ends = self._ends[pid]
        i = bisect.bisect_right(ends, start)
        j = bisect.bisect_left(ends, end)
        return (ends[i - 1] if i else 0), (ends[j] if j < len(ends) else len(text))

    def neighbours(self, pid: str) -> list[str]:
        i = self.order[pid]
        return [p.id for p in self.article.paragraphs[max(0, i - 1):i + 2] if p.id != pid]


@dataclass(frozen=True)
class _Where:
    """A date mention's surroundings, computed once for all candidate events."""

    pid: str  # the paragraph's id
    sentence: str  # folded
    at: int  # offset of the date in the folded sentence
    paragraph: str  # folded
    sentence_people: frozenset[str]
    paragraph_people: frozenset[str]
    near_people: frozenset[str]

    @classmethod
    def of(cls, date: DateMention, ctx: _Context) -> _Where:
        pid = date.span.paragraph
        s, e = ctx.sentence(pid, date.span.start, date.span.end)
        text = ctx.texts[pid]
        here = ctx.people.get(pid, [])
        return cls(
            pid=pid,
            # Folded on its own: folding may change lengths, so offsets are re-measured.
            sentence=fold(text[s:e]), at=len(fold(text[s:date.span.start])),
            paragraph=ctx.folded(pid),
            sentence_people=frozenset(p for start, p in here if s <= start < e),
            paragraph_people=frozenset(p for _, p in here),
            near_people=frozenset(p for n in ctx.neighbours(pid) for _, p in ctx.people.get(n, [])),
        )


def _score(item: _IndexedEvent, date: DateMention, where: _Where, ctx: _Context) -> float:
    score = 0.0
    evidence = False
    keywords = item.keywords
    if keywords is not None:
        in_paragraph = ctx.paragraph_keywords(where.pid, item)
        # The sentence is a whitespace-delimited slice of the paragraph (folding maps each
        # piece on its own), so a keyword in it is a keyword of the paragraph: with none in
        # the paragraph and none of the event's people there, there is no evidence at all.
        if not in_paragraph and where.paragraph_people.isdisjoint(item.people):
            return 0.0
        hits: dict[str, int] = {}
        for m in keywords.finditer(where.sentence):
            near = abs(m.start() - where.at) <= NEAR or abs(m.end() - where.at) <= NEAR
            hits[m.group()] = max(hits.get(m.group(), 0), 3 if near else 2)
        elsewhere = in_paragraph - set(hits)
        score += sum(hits.values()) + 0.5 * len(elsewhere)
        evidence = bool(hits or elsewhere)
    sentence_people = where.sentence_people & item.people
    paragraph_people = where.paragraph_people & item.people
    near_people = where.near_people & item.people
    score += 0.75 * len(sentence_people) + 0.25 * len(paragraph_people - sentence_people)
    score += 0.25 * len(near_people - paragraph_people)
    evidence = evidence or bool(paragraph_people)
    if not evidence:
        return 0.0
    if item.event.date == date.value:
        score += 1
    return score


def _overlaps(item: _IndexedEvent, ranges: list[tuple[_dt.date, _dt.date]]) -> bool:
    return any(item.first <= last and first <= item.last for first, last in ranges)


def link_events(article: Article, dates: list[DateMention], mentions: list[Mention],
                registry: Registry) -> DatesResult:
    """Link each dated mention to the event it refers to (see the module docstring).

    Args:
        article: the article (its front-matter ``dates`` overrides may force or clear links).
        dates: what :func:`~builder.annotate.dates.find_dates` found.
        mentions: people mentions of the article, as evidence.
        registry: the curated events.

    Returns:
        The mentions with ``event`` set, ``event-date-conflict`` and ``unmatched-date``
        warnings, and errors for overrides naming unknown events.
    """
    result = DatesResult()
    indexed = _index(registry)
    ctx = _Context(article, mentions)
    alternatives = _weekday_alternatives(article, dates)
    linked: list[DateMention] = []
    ambiguous: dict[int, list[str]] = {}
    for i, date in enumerate(dates):
        ranges = [(v.first_day(), v.last_day())
                  for v in (date.value, *alternatives.get(i, ()))]
        # An event without evidence in the paragraph scores 0: skip it before scoring (and
        # look for evidence only when some event has a compatible date).
        compatible = indexed.overlapping(ranges)
        evidence = ctx.evidence(date.span.paragraph, indexed) if compatible else set()
        candidates = [item for item in compatible if item.event.id in evidence]
        where = _Where.of(date, ctx) if candidates else None
        scored = sorted(
            ((_score(item, date, where, ctx), item.event.id) for item in candidates
             if where is not None),
            key=lambda se: (-se[0], se[1]),
        )
        scored = [se for se in scored if se[0] >= MIN_SCORE]
        event = None
        if scored:
            if len(scored) > 1 and scored[1][0] == scored[0][0]:
                ambiguous[i] = [eid for s, eid in scored if s == scored[0][0]]
            else:
                event = scored[0][1]
        # The mention as found, when it links no event (nothing to change), else a copy.
        linked.append(date if event == date.event else DateMention(
            date.span, date.text, date.value, date.relative, event, date.rule))

    settled: set[int] = set()
    for override in article.overrides.dates:
        if override.event is None:
            continue
        _, hits = override_targets(article, override, linked)
        wanted = override.event.strip()
        if wanted.lower() in NO_EVENT:
            for i in hits:
                linked[i] = replace(linked[i], event=None)
                settled.add(i)
            continue
        if wanted not in registry.events:
            result.errors.append(_unknown_event(
                article, registry, wanted, "dates", override.line,
                "an event id (or 'none' to remove the link)"))
            continue
        for i in hits:
            linked[i] = replace(linked[i], event=wanted)
            settled.add(i)
    for override in article.overrides.dates:
        if override.value is not None:
            _, hits = override_targets(article, override, linked)
            settled.update(hits)

    result.dates = linked
    if registry.events:
        result.warnings = [
            *_conflicts(article, linked, registry, settled, alternatives),
            *_unmatched(article, linked, indexed, settled, ambiguous, alternatives),
        ]
    return result


def _weekday_alternatives(article: Article, dates: list[DateMention]
                          ) -> dict[int, list[PartialDate]]:
    """For "Wednesday (May 31)" when 31 May is not a Wednesday: the nearest Wednesday too."""
    out: dict[int, list[PartialDate]] = {}
    for i, date in enumerate(dates):
        alt = weekday_alternative(article.lang, date)
        if alt is not None:
            out[i] = [alt]
    return out


def _fix(text: str, what: str) -> str:
    return f"add to the front matter: dates: [{{match: {yaml_flow(text)}, " \
           f"{what}}}]"


def _agree(dates: list[DateMention], a: int, b: int,
           alternatives: dict[int, list[PartialDate]]) -> bool:
    values_a = [dates[a].value, *alternatives.get(a, ())]
    values_b = [dates[b].value, *alternatives.get(b, ())]
    return any(x.compatible(y) for x in values_a for y in values_b)


def _conflicts(article: Article, dates: list[DateMention], registry: Registry,
               settled: set[int], alternatives: dict[int, list[PartialDate]]) -> list[Warning]:
    by_event: dict[str, list[int]] = {}
    for i, date in enumerate(dates):
        if date.event:
            by_event.setdefault(date.event, []).append(i)
    warnings = []
    for eid, indexes in sorted(by_event.items()):
        for a_pos, a in enumerate(indexes):
            clash = next((b for b in indexes[:a_pos]
                          if not _agree(dates, a, b, alternatives)), None)
            if clash is None or (a in settled and clash in settled):
                continue
            first, second = dates[clash], dates[a]
            event = registry.events[eid]
            warnings.append(Warning(
                article=article.id, paragraph=second.span.paragraph,
                kind="event-date-conflict",
                message=(
                    f"“{second.text}” = {second.value.iso()} and “{first.text}” "
                    f"({first.span.paragraph}) = {first.value.iso()} both refer to {eid} "
                    f"({event.date.iso()}) but disagree"
                ),
                fix="\n".join([
                    _fix(second.text, f"value: {event.date.iso()}"),
                    _fix(second.text, "event: none"),
                    f"or correct the date of {eid} in seeds/events.yml",
                ]),
                offset=second.span.start,
            ))
            break
    return warnings


def _unmatched(article: Article, dates: list[DateMention], index: _EventIndex,
               settled: set[int], ambiguous: dict[int, list[str]],
               alternatives: dict[int, list[PartialDate]]) -> list[Warning]:
    warnings = []
    seen: set[str] = set()
    for i, date in enumerate(dates):
        if date.event or i in settled or date.rule == "deictic":
            continue
        if date.value.precision == "year" or date.value.iso() in seen:
            continue
        seen.add(date.value.iso())
        # Compatible (:meth:`PartialDate.compatible`) means overlapping days: the year index
        # finds the same events as a scan of the registry.
        candidates = ambiguous.get(i) or sorted(
            item.event.id for item in index.overlapping(
                [(v.first_day(), v.last_day()) for v in (date.value, *alternatives.get(i, ()))]))
        if i in ambiguous:
            message = (f"“{date.text}” = {date.value.iso()} fits several events equally well "
                       f"({', '.join(candidates)})")
        else:
            message = f"“{date.text}” = {date.value.iso()} matches no event of seeds/events.yml"
        fixes = [_fix(date.text, f"event: {eid}") for eid in candidates[:3]]
        if not fixes:
            fixes.append(f"add the event to seeds/events.yml: - {{id: {date.value.iso()}-…, "
                         f"date: {date.value.iso()}, title: …}}")
        fixes.append(_fix(date.text, "event: none") + "  # not an event of the dossier")
        warnings.append(Warning(
            article=article.id, paragraph=date.span.paragraph, kind="unmatched-date",
            message=message, fix="\n".join(fixes), offset=date.span.start,
        ))
    return warnings


def find_event_mentions(article: Article, registry: Registry,
                        dates: Sequence[DateMention] = ()) -> EventMentionsResult:
    """The events the article reports without a date, from its front matter's ``events``.

    Each entry's words must occur in exactly one paragraph (the first occurrence there is
    cited) and name an event of the registry; anything else is an error naming the entry's
    line. A paragraph whose dates already link the event (``dates``: the linked mentions)
    is a dated source of it: the entry adds nothing there.

    Returns:
        The undated reports in reading order, one per event and paragraph, and the errors.
    """
    result = EventMentionsResult()
    order = {p.id: i for i, p in enumerate(article.paragraphs)}
    dated = {(d.event, d.span.paragraph) for d in dates if d.event}
    found: dict[tuple[str, str], EventMention] = {}
    lines: dict[tuple[str, str], int | None] = {}  # (event, words) -> the entry's line
    for entry in article.overrides.events:
        if entry.event not in registry.events:
            result.errors.append(_unknown_event(article, registry, entry.event, "events",
                                                entry.line, "the id of an event"))
            continue
        spans = occurrences(article, entry.match)
        shown = json.dumps(entry.match, ensure_ascii=False)
        paragraphs = list(dict.fromkeys(s.paragraph for s in spans))
        if not paragraphs:
            result.errors.append(Problem(
                article.path,
                f"{shown} does not occur in the text; expected words of the paragraph that "
                f"reports {entry.event}, as written (letter case aside)",
                field="events", line=entry.line,
                hint="copy the words from the article, or remove the entry",
            ))
            continue
        if len(paragraphs) > 1:
            where = ", ".join(f"¶{pid[1:]}" for pid in paragraphs)
            result.errors.append(Problem(
                article.path,
                f"{shown} occurs in {len(paragraphs)} paragraphs ({where}); expected words "
                "that occur in one paragraph only, the one that reports the event",
                field="events", line=entry.line,
                hint="give more of the paragraph's words, so that they occur in it alone",
            ))
            continue
        span = spans[0]
        key = (entry.event, span.paragraph)
        same = (entry.event, entry.match)
        if same in lines:
            result.errors.append(Problem(
                article.path,
                f"{shown} for {entry.event} is listed twice (line {lines[same]} too); "
                "expected each entry once",
                field="events", line=entry.line, hint="remove one of the two entries",
            ))
            continue
        lines[same] = entry.line
        if key in dated or key in found:
            continue  # (a dated source already, or reported by other words of the paragraph)
        text = article.paragraph(span.paragraph).text[span.start:span.end]
        found[key] = EventMention(span, text, entry.event)
    result.events = sorted(found.values(),
                           key=lambda m: (order[m.span.paragraph], m.span.start, m.event))
    return result


def _unknown_event(article: Article, registry: Registry, wanted: str, field: str,
                   line: int | None, expected: str) -> Problem:
    """The error for a front-matter entry (``dates`` or ``events``, at ``line``) naming an
    event the registry does not have, with the closest id as a hint."""
    close = difflib.get_close_matches(wanted, sorted(registry.events), n=1)
    return Problem(
        article.path,
        f"event {wanted!r} is not in seeds/events.yml; expected {expected}",
        field=field, line=line,
        hint=f"did you mean {close[0]!r}?" if close else
        f"add the event to seeds/events.yml, e.g. '- id: {wanted}'",
    )


__all__ = ["find_event_mentions", "link_events"]
