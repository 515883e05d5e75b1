"""Assemble: from per-article annotations to the dossier's cross-article indexes.

Everything here is data: who appears where, which quotes each person said, which articles
report each event. Every entry keeps its citations (article + paragraph + span). Collections
are sorted so that the same input always gives the same output.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .model import (
    Annotations,
    Article,
    DateMention,
    Event,
    Mention,
    PartialDate,
    Person,
    Quote,
    Span,
    Warning,
)
from .registry import Registry

UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, order=True)
class Citation:
    """A pointer to the words that support a fact: article, paragraph and character span."""

    article: str
    paragraph: str
    start: int = 0
    end: int = 0

    @classmethod
    def of(cls, span: Span) -> Citation:
        return cls(span.article, span.paragraph, span.start, span.end)


@dataclass
class Appearance:
    citation: Citation
    text: str
    kind: str


@dataclass
class PersonEntry:
    person: Person
    appearances: list[Appearance] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # ids, chronological
    quotes: list[QuoteGroup] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    co_people: list[tuple[str, int]] = field(default_factory=list)  # (person id, articles)
    first: str | None = None  # article id of first / last appearance
    last: str | None = None

    @property
    def id(self) -> str:
        return self.person.id

    @property
    def page(self) -> str:
        return f"people/{self.person.id}.md"


@dataclass
class EventSource:
    citation: Citation
    text: str  # the date expression as written
    value: PartialDate


@dataclass
class EventReport:
    """What one article says about an event: its date words and the figures near them.

    Shown side by side on the event page, so that a reader sees where the sources disagree
    (a date, an age, a number) without reading every article.
    """

    article: str
    lang: str
    sources: list[EventSource]
    figures: list[str]  # ages and numbers in the cited paragraphs, in reading order

    @property
    def values(self) -> list[PartialDate]:
        return sorted({s.value for s in self.sources}, key=date_order)


@dataclass
class EventEntry:
    event: Event
    sources: list[EventSource] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    reports: list[EventReport] = field(default_factory=list)  # one per article, chronological

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def page(self) -> str:
        return f"events/{self.event.id}.md"

    @property
    def reported_values(self) -> list[PartialDate]:
        return sorted({s.value for s in self.sources}, key=date_order)

    @property
    def disagreement(self) -> bool:
        """True when two sources give incompatible dates for the event."""
        values = self.reported_values
        return any(not a.compatible(b) for i, a in enumerate(values) for b in values[i + 1:])

    @property
    def value_counts(self) -> list[tuple[PartialDate, int]]:
        """Each date the sources give, with how many articles give it (date order)."""
        counts: Counter[PartialDate] = Counter()
        for report in self.reports:
            counts.update(report.values)
        return [(v, counts[v]) for v in sorted(counts, key=date_order)]

    @property
    def conflicts_with_registry(self) -> bool:
        """True when a source dates the event incompatibly with ``seeds/events.yml``."""
        return any(not v.compatible(self.event.date) for v in self.reported_values)


@dataclass
class QuoteGroup:
    """The same words, said by the same speaker, quoted by one or more articles."""

    key: str
    text: str
    speaker: str | None
    speaker_label: str | None
    quotes: list[Quote] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.quotes[0].id

    @property
    def langs(self) -> list[str]:
        return sorted({q.lang for q in self.quotes})

    @property
    def articles(self) -> list[str]:
        return sorted({q.span.article for q in self.quotes})


@dataclass
class Dossier:
    """Everything the renderer and exporters need, sorted and cross-referenced."""

    articles: list[Article]
    annotations: dict[str, Annotations]
    people: dict[str, PersonEntry]
    events: dict[str, EventEntry]
    quote_groups: list[QuoteGroup]
    warnings: list[Warning]
    registry: Registry

    def article(self, article_id: str) -> Article:
        return self._articles_by_id[article_id]

    def __post_init__(self) -> None:
        # Computed once: templates ask for these per year and per entity, and re-sorting the
        # whole dossier on each call would make rendering quadratic.
        self._articles_by_id = {a.id: a for a in self.articles}
        self._chronological = sorted(
            self.articles, key=lambda a: (a.published.earliest.first_day(), a.id)
        )
        self._by_year: dict[int, list[Article]] = defaultdict(list)
        for article in self._chronological:
            self._by_year[article.published.year()].append(article)
        self._years = sorted(self._by_year, reverse=True)
        self._quotes_by_speaker: list[tuple[str, list[QuoteGroup]]] | None = None

    @property
    def years(self) -> list[int]:
        return self._years

    def articles_in(self, year: int) -> list[Article]:
        return self._by_year.get(year, [])

    def articles_chronological(self) -> list[Article]:
        return self._chronological

    def quotes_by_speaker(self) -> list[tuple[str, list[QuoteGroup]]]:
        """Groups keyed by person id (or ``unattributed``), people alphabetically by name."""
        if self._quotes_by_speaker is None:
            self._quotes_by_speaker = self._group_by_speaker()
        return self._quotes_by_speaker

    def _group_by_speaker(self) -> list[tuple[str, list[QuoteGroup]]]:
        by: dict[str, list[QuoteGroup]] = defaultdict(list)
        for group in self.quote_groups:
            by[group.speaker or UNATTRIBUTED].append(group)

        def order(key: str) -> tuple[int, str]:
            if key == UNATTRIBUTED:
                return (1, "")
            return (0, fold_key(self.people[key].person.name) if key in self.people else key)

        return [(key, by[key]) for key in sorted(by, key=order)]


def date_order(value: PartialDate) -> tuple[object, ...]:
    """Sort key for partial dates: by first day, the coarser date first on a tie.

    PartialDate's own ordering compares ``None`` with numbers (2019 vs 2019-06) and fails.
    """
    return (value.first_day(), -(value.last_day() - value.first_day()).days)


def fold_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_WORDS = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1 << 16)
def quote_key(text: str) -> str:
    """Normalise quoted words so the same quotation in two articles groups together."""
    return " ".join(_WORDS.findall(fold_key(text.replace("\u2019", "'"))))


def assemble(
    articles: Iterable[Article], annotations: dict[str, Annotations], registry: Registry
) -> Dossier:
    """Build the cross-article indexes from every article's annotations."""
    article_list = sorted(articles, key=lambda a: a.id)
    chronology = {
        a.id: (a.published.earliest.first_day(), a.id) for a in article_list
    }
    people: dict[str, PersonEntry] = {
        pid: PersonEntry(person) for pid, person in sorted(registry.people.items())
    }
    for ann in _in_order(annotations, article_list):
        for person in ann.discovered:
            people.setdefault(person.id, PersonEntry(person))

    mentions_by_person: dict[str, list[Mention]] = defaultdict(list)
    for ann in _in_order(annotations, article_list):
        for mention in ann.mentions:
            mentions_by_person[mention.person].append(mention)

    for pid, mentions in mentions_by_person.items():
        entry = people.get(pid)
        if entry is None:  # a mention of an id no stage declared: keep it visible
            entry = people[pid] = PersonEntry(Person(pid, pid, reviewed=False))
        mentions.sort(key=lambda m: (chronology[m.span.article], _pindex(m.span), m.span.start))
        entry.appearances = [
            Appearance(Citation.of(m.span), m.text, m.kind) for m in mentions
        ]
        entry.articles = list(dict.fromkeys(m.span.article for m in mentions))
        entry.first, entry.last = entry.articles[0], entry.articles[-1]

    # People who appear in the same articles.
    article_people: dict[str, set[str]] = defaultdict(set)
    for pid, mentions in mentions_by_person.items():
        for m in mentions:
            article_people[m.span.article].add(pid)
    for entry in people.values():
        together: Counter[str] = Counter()
        for aid in entry.articles:
            together.update(p for p in article_people[aid] if p != entry.id)
        entry.co_people = sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))

    groups = group_quotes(
        q for ann in _in_order(annotations, article_list) for q in ann.quotes
    )
    for group in groups:
        for pid in {s for q in group.quotes for s in (q.speakers or ((q.speaker,) if q.speaker else ()))}:
            if pid in people:
                people[pid].quotes.append(group)

    events: dict[str, EventEntry] = {
        eid: EventEntry(event) for eid, event in sorted(registry.events.items())
    }
    for ann in _in_order(annotations, article_list):
        for date in ann.dates:
            if date.event and date.event in events:
                events[date.event].sources.append(_event_source(date))
    by_id = {a.id: a for a in article_list}
    for ev in events.values():
        ev.sources.sort(key=lambda s: (chronology[s.citation.article], s.citation))
        by_article: dict[str, list[EventSource]] = {}
        for source in ev.sources:
            by_article.setdefault(source.citation.article, []).append(source)
        ev.articles = list(by_article)
        ev.reports = [_event_report(by_id[aid], srcs) for aid, srcs in by_article.items()]
        for pid in ev.event.people:
            if pid in people and ev.id not in people[pid].events:
                people[pid].events.append(ev.id)
    for entry in people.values():
        entry.events.sort(key=lambda eid: (events[eid].event.date.first_day(), eid))

    warnings = sorted(
        (w for ann in _in_order(annotations, article_list) for w in ann.warnings),
        key=lambda w: (w.article, _pnum(w.paragraph), w.kind, w.message),
    )
    return Dossier(
        articles=article_list,
        annotations={a.id: annotations[a.id] for a in article_list if a.id in annotations},
        people=dict(sorted(people.items())),
        events=events,
        quote_groups=groups,
        warnings=warnings,
        registry=registry,
    )


def group_quotes(quotes: Iterable[Quote]) -> list[QuoteGroup]:
    """Group identical quotations (same normalised words, same speaker) across articles."""
    groups: dict[tuple[str, str | None, str | None], QuoteGroup] = {}
    for quote in quotes:
        key = quote_key(quote.text)
        label_key = None if quote.speaker else (quote.speaker_label or None)
        gk = (key, quote.speaker, label_key)
        group = groups.get(gk)
        if group is None:
            group = groups[gk] = QuoteGroup(
                key=key, text=quote.text, speaker=quote.speaker,
                speaker_label=quote.speaker_label,
            )
        group.quotes.append(quote)
    return sorted(groups.values(), key=lambda g: (g.quotes[0].span.article, _qnum(g.id)))


def _event_source(date: DateMention) -> EventSource:
    return EventSource(Citation.of(date.span), date.text, date.value)


# Ages ("37-year-old", "38 ans", "aged 63") and other figures ("11 individuals", "91%",
# "1,000"): what sources most often disagree on besides the date. Years and day numbers are
# left out (the date column shows them).
_FIGURE = re.compile(
    r"\b\d{1,4}(?:[,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?(?![\d])"
    r"(?:\s?%|-year-old|\s+years?\s+old|\s+ans\b|\s+(?:[^\W\d_]+))?",
    re.UNICODE,
)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NUMBER = re.compile(r"[\d,.\u202f\u00a0 ]+")


def find_figures(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Ages and numbers in ``text`` (outside the ``skip`` spans), as written."""
    out: list[str] = []
    for match in _FIGURE.finditer(text):
        if any(match.start() < end and start < match.end() for start, end in skip):
            continue
        number = _NUMBER.match(match.group())
        if number is None or _YEAR.match(number.group().strip()):
            continue
        out.append(" ".join(match.group().split()))
    return out


def _event_report(article: Article, sources: list[EventSource]) -> EventReport:
    figures: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in sources:
        spans[s.citation.paragraph].append((s.citation.start, s.citation.end))
    for pid in sorted(spans, key=_pnum):
        try:
            text = article.paragraph(pid).text
        except KeyError:
            continue
        for figure in find_figures(text, spans[pid]):
            if figure not in figures:
                figures.append(figure)
    return EventReport(article.id, article.lang, sources, figures)


def _in_order(annotations: dict[str, Annotations], articles: list[Article]) -> list[Annotations]:
    return [annotations[a.id] for a in articles if a.id in annotations]


def _pindex(span: Span) -> int:
    return _pnum(span.paragraph)


def _pnum(paragraph: str | None) -> int:
    if paragraph and paragraph[1:].isdigit():
        return int(paragraph[1:])
    return 0


def _qnum(quote_id: str) -> int:
    tail = quote_id.rsplit("-q", 1)[-1]
    return int(tail) if tail.isdigit() else 0
