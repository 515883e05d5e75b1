"""The dossier's data model: plain, frozen dataclasses with source offsets.

Every fact the builder derives (a mention, a quote, a date) carries the article id, the
paragraph id and the character span it was read from, so that it can be cited and checked
against the source text.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["year", "month", "day"]
Lang = Literal["en", "fr"]

_PARTIAL_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")  # ASCII digits only


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Example: ``PartialDate(2019, 6)`` is "June 2019"; ``PartialDate(2019, 6, 13)`` is a day.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(
                    f"day {self.day} does not exist in {self.year}-{self.month:02d}"
                    f" (it has {last} days)"
                )

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        """``2019``, ``2019-06`` or ``2019-06-13``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        match = _PARTIAL_RE.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def to_date(self) -> _dt.date | None:
        """The calendar date, when known to the day."""
        if self.day is None or self.month is None:
            return None
        return _dt.date(self.year, self.month, self.day)

    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> _dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return _dt.date(self.year, month, day)

    def truncate(self, precision: Precision) -> PartialDate:
        """The same date at a coarser precision (never finer)."""
        if precision == "year":
            return PartialDate(self.year)
        if precision == "month" and self.month is not None:
            return PartialDate(self.year, self.month)
        return self

    def compatible(self, other: PartialDate) -> bool:
        """True when the two could denote the same day (at the coarser precision)."""
        return self.first_day() <= other.last_day() and other.first_day() <= self.last_day()


@dataclass(frozen=True)
class Published:
    """When an article was published: a partial date, or an interval when only bounds are known.

    ``2019-06-13/2019-06-14`` (ISO 8601 interval) says "that day or the next".
    """

    earliest: PartialDate
    latest: PartialDate

    @property
    def is_interval(self) -> bool:
        return self.earliest != self.latest

    def iso(self) -> str:
        if not self.is_interval:
            return self.earliest.iso()
        return f"{self.earliest.iso()}/{self.latest.iso()}"

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def parse(cls, text: str) -> Published:
        if "/" in text:
            start, _, end = text.partition("/")
            try:
                earliest, latest = PartialDate.parse(start), PartialDate.parse(end)
            except ValueError:
                raise ValueError(f"{text!r} is neither YYYY, YYYY-MM or YYYY-MM-DD nor an "
                                 "interval of two such dates (A/B)") from None
            if latest.last_day() < earliest.first_day():
                raise ValueError(f"interval {text!r} ends before it starts")
            return cls(earliest, latest)
        date = PartialDate.parse(text)
        return cls(date, date)

    def year(self) -> int:
        return self.earliest.year


@dataclass(frozen=True)
class Span:
    """Where a fact was read: article id, paragraph id (``p3``) and character offsets."""

    article: str
    paragraph: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article body, exactly as written in the source file."""

    id: str  # "p1", "p2", ... stable anchors in order of appearance
    index: int  # 1-based
    text: str
    line: int  # 1-based line of the source file where the paragraph starts


@dataclass(frozen=True)
class QuoteOverride:
    match: str
    speaker: str | None = None  # person id
    speaker_label: str | None = None
    ignore: bool = False
    line: int | None = None
    every: bool = False  # ``all: true``: correct every quotation ``match`` is in, not just one


@dataclass(frozen=True)
class DateOverride:
    match: str
    value: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    event: str | None = None
    ignore: bool = False
    line: int | None = None


@dataclass(frozen=True)
class EventReportOverride:
    """``events: [{event: id, match: "words"}]``: the paragraph holding the words reports the
    event without a date expression (an undated source of the event)."""

    match: str
    event: str
    line: int | None = None


@dataclass(frozen=True)
class AliasOverride:
    alias: str
    person: str
    line: int | None = None


@dataclass(frozen=True)
class Overrides:
    """Corrections a contributor writes in an article's front matter."""

    aliases: tuple[AliasOverride, ...] = ()
    quotes: tuple[QuoteOverride, ...] = ()
    dates: tuple[DateOverride, ...] = ()
    ignore: tuple[tuple[str, int | None], ...] = ()  # mention texts that are not people
    events: tuple[EventReportOverride, ...] = ()  # undated reports of events


@dataclass(frozen=True)
class Article:
    """A news article as loaded from ``seeds/articles/*.md``."""

    id: str
    title: str
    lang: Lang
    published: Published
    outlet: str
    source_file: str | None  # the raw page it was imported from, when there is one
    paragraphs: tuple[Paragraph, ...]
    path: str  # the Markdown file, relative to the project root
    url: str | None = None
    authors: tuple[str, ...] = ()
    notes: str | None = None
    removed: tuple[str, ...] = ()
    overrides: Overrides = field(default_factory=Overrides)
    field_lines: tuple[tuple[str, int], ...] = ()  # front-matter field -> line in the file

    def line_of(self, name: str) -> int | None:
        for key, line in self.field_lines:
            if key == name:
                return line
        return None

    def paragraph(self, pid: str) -> Paragraph:
        for para in self.paragraphs:
            if para.id == pid:
                return para
        raise KeyError(pid)


@dataclass(frozen=True)
class Person:
    """A person of the curated registry (``seeds/people.yml``) or one discovered in text."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    wikidata: str | None = None
    gender: Literal["f", "m", "x"] | None = None  # for pronoun resolution only
    reviewed: bool = True  # False for names discovered in text, not in the registry


@dataclass(frozen=True)
class Event:
    """A curated event (``seeds/events.yml``)."""

    id: str
    date: PartialDate
    title: str
    people: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class EventMention:
    """Words of an article that report a curated event without dating it (front matter
    ``events``): the paragraph is a source of the event, with no date of its own."""

    span: Span
    text: str  # the words as written
    event: str  # events.yml id


MentionKind = Literal["name", "alias", "given-name", "handle", "epithet", "pronoun", "discovered"]


@dataclass(frozen=True)
class Mention:
    """A reference to a person in an article's text."""

    span: Span
    text: str
    person: str  # a registry id, or a discovered person's id
    kind: MentionKind


@dataclass(frozen=True)
class Quote:
    """A direct quotation. ``parts`` hold its spans: more than one when it runs past a paragraph.

    ``span`` covers the quoted words without the quotation marks.
    """

    id: str
    text: str
    parts: tuple[Span, ...]
    speaker: str | None  # person id
    speaker_label: str | None  # "a source", "an insider" when not a named person
    lang: Lang
    rule: str  # how the speaker was found, for reviewers
    speakers: tuple[str, ...] = ()  # every person id when several speak jointly; [0] == speaker

    @property
    def span(self) -> Span:
        return self.parts[0]

    @property
    def speaker_ids(self) -> tuple[str, ...]:
        """Every person who said the words: the joint speakers, or the one speaker, or none."""
        return self.speakers or ((self.speaker,) if self.speaker else ())


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved to a calendar date at its own precision."""

    span: Span
    text: str
    value: PartialDate
    relative: bool  # resolved against the publication date
    event: str | None = None  # events.yml id when linked
    rule: str = ""


WarningKind = Literal[
    "weekday-mismatch",
    "date-after-publication",
    "event-date-conflict",
    "quote-without-speaker",
    "unknown-person",
    "unmatched-date",
]


@dataclass(frozen=True)
class Warning:
    """Something a human should review, with the front-matter line that would settle it."""

    article: str
    paragraph: str | None
    kind: str
    message: str
    fix: str | None = None
    offset: int | None = None  # character offset in the paragraph: orders the review queue


@dataclass
class Annotations:
    """What the annotators found in one article."""

    article: str
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    discovered: list[Person] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    #: Undated reports of events (front matter ``events``), in reading order.
    events: list[EventMention] = field(default_factory=list)
