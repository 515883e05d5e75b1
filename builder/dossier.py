"""Assemble: from per-article annotations to the dossier's cross-article indexes.

Everything here is data: who appears where, which quotes each person said, which articles
report each event. Every entry keeps its citations (article + paragraph + span). Collections
are sorted so that the same input always gives the same output.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .model import (
    Annotations,
    Article,
    DateMention,
    Event,
    EventMention,
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

    @property
    def id(self) -> str:
        return self.person.id

    @property
    def first(self) -> Citation | None:
        """The first appearance: the first mention in the earliest article."""
        return self.appearances[0].citation if self.appearances else None

    @property
    def last(self) -> Citation | None:
        """The last appearance: the last mention in the latest article."""
        return self.appearances[-1].citation if self.appearances else None

    @property
    def page(self) -> str:
        return f"people/{self.person.id}.md"


@dataclass
class EventSource:
    """A paragraph that reports an event: the date words it gives and what they resolve to,
    or, for an undated report (front matter ``events``), the words that report it and no
    date (``value`` None)."""

    citation: Citation
    text: str  # the date expression as written (an undated report: the words that report it)
    value: PartialDate | None


@dataclass(frozen=True)
class Figure:
    """An age or a number as an article writes it, with where it is written: the first
    occurrence in each paragraph, in reading order."""

    text: str
    citations: tuple[Citation, ...]


@dataclass
class EventReport:
    """What one article says about an event: its date words and the figures near them.

    Shown side by side on the event page, so that a reader sees where the sources disagree
    (a date, an age, a number) without reading every article.
    """

    article: str
    lang: str
    sources: list[EventSource]
    figures: list[Figure]  # ages and numbers in the cited paragraphs, in reading order

    @property
    def values(self) -> list[PartialDate]:
        """The dates the article gives the event (none for an undated report)."""
        return sorted({s.value for s in self.sources if s.value is not None}, key=date_order)


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
        """The dates the sources give (an undated report gives none: it cannot disagree)."""
        return sorted({s.value for s in self.sources if s.value is not None}, key=date_order)

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
    def speakers(self) -> list[str]:
        """Every person who said the words, the main speaker first: two or more for a joint
        statement (``speakers: [jessica-jackson, erin-haney]``), none when nobody is named."""
        found: dict[str, None] = {}
        for q in self.quotes:
            for pid in q.speaker_ids:
                found[pid] = None
        if self.speaker is not None and self.speaker not in found:
            return [self.speaker, *found]
        return list(found)

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
        """Groups keyed by person id (or ``unattributed``), people alphabetically by name.

        A joint statement is listed under each of its speakers: each finds it under their name.
        """
        if self._quotes_by_speaker is None:
            self._quotes_by_speaker = self._group_by_speaker()
        return self._quotes_by_speaker

    def _group_by_speaker(self) -> list[tuple[str, list[QuoteGroup]]]:
        by: dict[str, list[QuoteGroup]] = defaultdict(list)
        for group in self.quote_groups:
            for speaker in group.speakers or (UNATTRIBUTED,):
                by[speaker].append(group)

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
        for pid in {s for q in group.quotes for s in q.speaker_ids}:
            if pid in people:
                people[pid].quotes.append(group)

    events: dict[str, EventEntry] = {
        eid: EventEntry(event) for eid, event in sorted(registry.events.items())
    }
    for ann in _in_order(annotations, article_list):
        for date in ann.dates:
            if date.event and date.event in events:
                events[date.event].sources.append(_event_source(date))
        for report in ann.events:
            if report.event in events:
                events[report.event].sources.append(_event_source(report))
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


class Assembler:
    """``assemble``, redoing after an edit only what the changed articles feed.

    ``mkdocs serve`` assembles the dossier again after every edit. The builder hands back the
    very same ``Article`` and ``Annotations`` objects for every article it did not read again,
    so the articles whose objects differ from the last assembly's (edited, added or removed)
    are the changed ones. Only the entries they feed are made again: the people they mention,
    quote or discover (appearances, articles, companions), the events their dates name or they
    report undated (sources and reports); every other entry is the last assembly's (its articles did not change, nor
    did what it is made of). Quotations are grouped and the warnings sorted again in full
    (cheap). A different registry, or more than ``MAX_CHANGED`` changed articles (a share
    ``MAX_SHARE`` of the dossier at least), assemble everything again. The result is equal to
    ``assemble`` of the same input (``tests/test_perf_assemble.py``).
    """

    MAX_CHANGED = 20
    MAX_SHARE = 0.05

    def __init__(self) -> None:
        self._registry: Registry | None = None
        self._sources: dict[str, tuple[Article, Annotations | None]] = {}
        self._dossier: Dossier | None = None
        self.incremental = False  # whether the last call reused the one before

    def forget(self) -> None:
        self._registry, self._sources, self._dossier = None, {}, None

    def assemble(self, articles: Iterable[Article], annotations: dict[str, Annotations],
                 registry: Registry) -> Dossier:
        article_list = sorted(articles, key=lambda a: a.id)
        sources = {a.id: (a, annotations.get(a.id)) for a in article_list}
        changed = self._changed(sources, registry)
        old = self._dossier
        if changed is None or old is None:
            dossier = assemble(article_list, annotations, registry)
            self.incremental = False
        elif not changed:
            dossier = old
            self.incremental = True
        else:
            dossier = _reassemble(old, self._sources, changed, article_list, annotations,
                                  registry)
            self.incremental = True
        self._registry, self._sources, self._dossier = registry, sources, dossier
        return dossier

    def _changed(self, sources: dict[str, tuple[Article, Annotations | None]],
                 registry: Registry) -> set[str] | None:
        """Ids of the articles added, removed or changed since the last assembly; None when
        everything must be assembled again."""
        if self._dossier is None or registry is not self._registry \
                or len(sources) != len(set(sources)):
            return None
        last = self._sources
        limit = max(self.MAX_CHANGED, int(self.MAX_SHARE * len(sources)))
        changed: set[str] = set()
        for aid, (article, ann) in sources.items():
            before = last.get(aid)
            if before is None or before[0] is not article or before[1] is not ann:
                changed.add(aid)
        changed.update(aid for aid in last if aid not in sources)
        return changed if len(changed) <= limit else None


def _touched(annotations: Iterable[Annotations | None]) -> tuple[set[str], set[str]]:
    """The people (mentioned, quoted or discovered) and the events (named by a date, or
    reported undated) of these annotations."""
    people: set[str] = set()
    events: set[str] = set()
    for ann in annotations:
        if ann is None:
            continue
        people.update(m.person for m in ann.mentions)
        for q in ann.quotes:
            people.update(q.speaker_ids)
        people.update(p.id for p in ann.discovered)
        events.update(d.event for d in ann.dates if d.event)
        events.update(r.event for r in ann.events)
    return people, events


def _reassemble(
    old: Dossier, old_sources: dict[str, tuple[Article, Annotations | None]], changed: set[str],
    article_list: list[Article], annotations: dict[str, Annotations], registry: Registry,
) -> Dossier:
    """``assemble`` of the new input, reusing ``old`` for every entry no changed article feeds
    (see ``Assembler``)."""
    in_order = _in_order(annotations, article_list)
    chronology = {a.id: (a.published.earliest.first_day(), a.id) for a in article_list}
    touched_people, touched_events = _touched(
        [old_sources[aid][1] for aid in changed if aid in old_sources]
        + [annotations.get(aid) for aid in changed])
    # Registry people, then people discovered in the articles (the first article wins).
    base: dict[str, Person] = dict(registry.people)
    for ann in in_order:
        for person in ann.discovered:
            base.setdefault(person.id, person)
    for pid, person in base.items():
        entry = old.people.get(pid)
        if entry is None or entry.person is not person:
            touched_people.add(pid)
    changed_anns = [(aid, annotations[aid]) for aid in sorted(changed) if aid in annotations]
    event_people: dict[str, list[str]] = defaultdict(list)
    for eid, event in sorted(registry.events.items()):
        for pid in event.people:
            if eid not in event_people[pid]:
                event_people[pid].append(eid)
    article_people: dict[str, set[str]] = {}

    def people_in(aid: str) -> set[str]:
        found = article_people.get(aid)
        if found is None:
            ann = annotations.get(aid)
            found = article_people[aid] = {m.person for m in ann.mentions} if ann else set()
        return found

    people: dict[str, PersonEntry] = {}
    for pid in sorted(base.keys() | old.people.keys() | touched_people):
        before = old.people.get(pid)
        if pid not in touched_people:
            if before is not None:
                people[pid] = replace(before, quotes=[])
            continue
        appearances = [ap for ap in before.appearances if ap.citation.article not in changed] \
            if before is not None else []
        for _, ann in changed_anns:
            appearances += [Appearance(Citation.of(m.span), m.text, m.kind)
                            for m in ann.mentions if m.person == pid]
        if pid in base:
            person = base[pid]
        elif appearances:  # a mention of an id no stage declared
            person = Person(pid, pid, reviewed=False)
        else:
            continue  # no longer mentioned nor discovered
        entry = PersonEntry(person)
        if appearances:
            appearances.sort(key=lambda ap: (chronology[ap.citation.article],
                                             _pnum(ap.citation.paragraph), ap.citation.start))
            entry.appearances = appearances
            entry.articles = list(dict.fromkeys(ap.citation.article for ap in appearances))
            together: Counter[str] = Counter()
            for aid in entry.articles:
                together.update(p for p in people_in(aid) if p != pid)
            entry.co_people = sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))
        entry.events = sorted(event_people.get(pid, ()),
                              key=lambda eid: (registry.events[eid].date.first_day(), eid))
        people[pid] = entry

    old_changed: list[Annotations] = []
    for aid in sorted(changed):
        before_ann = old_sources[aid][1] if aid in old_sources else None
        if before_ann is not None:
            old_changed.append(before_ann)
    groups = _regroup_quotes(old.quote_groups, old_changed, changed, changed_anns)
    if groups is None:
        groups = group_quotes(q for ann in in_order for q in ann.quotes)
    for group in groups:
        for pid in {s for q in group.quotes for s in q.speaker_ids}:
            if pid in people:
                people[pid].quotes.append(group)

    by_id = {a.id: a for a in article_list}
    events: dict[str, EventEntry] = {}
    for eid, event in sorted(registry.events.items()):
        before_event = old.events.get(eid)
        if eid not in touched_events and before_event is not None \
                and before_event.event is event:
            events[eid] = before_event
            continue
        ev = events[eid] = EventEntry(event)
        kept = before_event.sources if before_event is not None else []
        ev.sources = [s for s in kept if s.citation.article not in changed]
        for _, ann in changed_anns:
            ev.sources += [_event_source(d) for d in ann.dates if d.event == eid]
            ev.sources += [_event_source(r) for r in ann.events if r.event == eid]
        ev.sources.sort(key=lambda s: (chronology[s.citation.article], s.citation))
        by_article: dict[str, list[EventSource]] = {}
        for source in ev.sources:
            by_article.setdefault(source.citation.article, []).append(source)
        ev.articles = list(by_article)
        reports = {r.article: r for r in before_event.reports} if before_event else {}
        ev.reports = [
            reports[aid] if aid in reports and aid not in changed
            else _event_report(by_id[aid], srcs) for aid, srcs in by_article.items()
        ]

    warnings = sorted(
        (w for ann in in_order for w in ann.warnings),
        key=lambda w: (w.article, _pnum(w.paragraph), w.kind, w.message),
    )
    return Dossier(
        articles=article_list,
        annotations={a.id: annotations[a.id] for a in article_list if a.id in annotations},
        people=people,
        events=events,
        quote_groups=groups,
        warnings=warnings,
        registry=registry,
    )


def _group_key(quote: Quote) -> tuple[str, str | None, str | None]:
    """The quotations of one group: the same words (normalised), speaker and, for a quotation
    without a speaker, label."""
    return (quote_key(quote.text), quote.speaker,
            None if quote.speaker else (quote.speaker_label or None))


def _group_order(group: QuoteGroup) -> tuple[str, int]:
    return (group.quotes[0].span.article, _qnum(group.id))


def _regroup_quotes(old: list[QuoteGroup], old_anns: list[Annotations],
                    changed: set[str], changed_anns: list[tuple[str, Annotations]]
                    ) -> list[QuoteGroup] | None:
    """``group_quotes`` of every quotation, from the last grouping (``old``, in order), the
    changed articles' annotations as they were (``old_anns``) and as they are: only the
    groups their quotations leave or join are made again, and put in their place. None
    when a quotation's span names another article than its own (everything is grouped
    again then)."""
    if any(q.span.article != aid for aid, ann in changed_anns for q in ann.quotes) \
            or any(q.span.article != ann.article for ann in old_anns for q in ann.quotes):
        return None
    joining: dict[tuple[str, str | None, str | None], list[Quote]] = {}
    for _, ann in changed_anns:  # in article order, as group_quotes sees them
        for quote in ann.quotes:
            joining.setdefault(_group_key(quote), []).append(quote)
    touched = set(joining)
    touched.update(_group_key(q) for ann in old_anns for q in ann.quotes)
    kept: list[QuoteGroup] = []
    remade: dict[tuple[str, str | None, str | None], list[Quote]] = {}
    for group in old:
        gk = (group.key, group.speaker, None if group.speaker else (group.speaker_label or None))
        if gk in touched:
            remade[gk] = [q for q in group.quotes if q.span.article not in changed]
        else:
            kept.append(group)
    for gk, quotes in joining.items():
        remade.setdefault(gk, []).extend(quotes)
    for gk, quotes in remade.items():
        if not quotes:
            continue  # every quotation of the group is gone
        quotes.sort(key=lambda q: q.span.article)  # stable: annotation order within one
        first = quotes[0]
        bisect.insort(kept, QuoteGroup(key=gk[0], text=first.text, speaker=first.speaker,
                                       speaker_label=first.speaker_label, quotes=quotes),
                      key=_group_order)
    return kept


def group_quotes(quotes: Iterable[Quote]) -> list[QuoteGroup]:
    """Group identical quotations (same normalised words, same speaker) across articles."""
    groups: dict[tuple[str, str | None, str | None], QuoteGroup] = {}
    for quote in quotes:
        gk = _group_key(quote)
        group = groups.get(gk)
        if group is None:
            group = groups[gk] = QuoteGroup(
                key=gk[0], text=quote.text, speaker=quote.speaker,
                speaker_label=quote.speaker_label,
            )
        group.quotes.append(quote)
    return sorted(groups.values(), key=_group_order)


def _event_source(found: DateMention | EventMention) -> EventSource:
    """A dated mention's source gives its date; an undated report's gives none."""
    if isinstance(found, EventMention):
        return EventSource(Citation.of(found.span), found.text, None)
    return EventSource(Citation.of(found.span), found.text, found.value)


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


def find_figures(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """Ages and numbers in ``text`` (outside the ``skip`` spans): each as written (white space
    made single spaces), with its start and end offsets in ``text``."""
    out: list[tuple[str, int, int]] = []
    for match in _FIGURE.finditer(text):
        if any(match.start() < end and start < match.end() for start, end in skip):
            continue
        number = _NUMBER.match(match.group())
        if number is None or _YEAR.match(number.group().strip()):
            continue
        out.append((" ".join(match.group().split()), match.start(), match.end()))
    return out


def _event_report(article: Article, sources: list[EventSource]) -> EventReport:
    # Each figure once, cited in every paragraph that writes it (its first occurrence there).
    cited: dict[str, dict[str, Citation]] = {}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in sources:
        skip = spans.setdefault(s.citation.paragraph, [])  # the paragraph is cited, dated or not
        if s.value is not None:  # a date's own numbers are no figures (a report's words may be)
            skip.append((s.citation.start, s.citation.end))
    for pid in sorted(spans, key=_pnum):
        try:
            text = article.paragraph(pid).text
        except KeyError:
            continue
        for figure, start, end in find_figures(text, spans[pid]):
            cited.setdefault(figure, {}).setdefault(pid, Citation(article.id, pid, start, end))
    figures = [Figure(text, tuple(by_paragraph.values())) for text, by_paragraph in cited.items()]
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
