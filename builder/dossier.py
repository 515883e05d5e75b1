"""Assemble: from per-article annotations to the dossier's cross-article indexes.

Everything here is data: who appears where, which quotes each person said, which articles
report each event. Every entry keeps its citations (article + paragraph + span). Collections
are sorted so that the same input always gives the same output.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

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
class EventEntry:
    event: Event
    sources: list[EventSource] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def page(self) -> str:
        return f"events/{self.event.id}.md"

    @property
    def reported_values(self) -> list[PartialDate]:
        return sorted({s.value for s in self.sources})

    @property
    def disagreement(self) -> bool:
        """True when two sources give incompatible dates for the event."""
        values = self.reported_values
        return any(not a.compatible(b) for i, a in enumerate(values) for b in values[i + 1:])


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
        self._articles_by_id = {a.id: a for a in self.articles}

    @property
    def years(self) -> list[int]:
        return sorted({a.published.year() for a in self.articles}, reverse=True)

    def articles_in(self, year: int) -> list[Article]:
        return [a for a in self.articles_chronological() if a.published.year() == year]

    def articles_chronological(self) -> list[Article]:
        return sorted(self.articles, key=lambda a: (a.published.earliest.first_day(), a.id))

    def quotes_by_speaker(self) -> list[tuple[str, list[QuoteGroup]]]:
        """Groups keyed by person id (or ``unattributed``), people alphabetically by name."""
        by: dict[str, list[QuoteGroup]] = defaultdict(list)
        for group in self.quote_groups:
            by[group.speaker or UNATTRIBUTED].append(group)

        def order(key: str) -> tuple[int, str]:
            if key == UNATTRIBUTED:
                return (1, "")
            return (0, fold_key(self.people[key].person.name) if key in self.people else key)

        return [(key, by[key]) for key in sorted(by, key=order)]


def fold_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_WORDS = re.compile(r"\w+", re.UNICODE)


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
    for entry in events.values():
        entry.sources.sort(key=lambda s: (chronology[s.citation.article], s.citation))
        entry.articles = list(dict.fromkeys(s.citation.article for s in entry.sources))
        for pid in entry.event.people:
            if pid in people and entry.id not in people[pid].events:
                people[pid].events.append(entry.id)
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
