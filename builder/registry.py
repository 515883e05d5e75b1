"""The curated registries: ``seeds/people.yml`` and ``seeds/events.yml``.

Topic knowledge lives in these files, never in the code. Each entry is validated and every
problem names the file, the entry's field and its line.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .articles import (
    check_id,
    parse_date,
    parse_yaml_file,
    project_path,
    read_text,
    show,
    yaml_control_problem,
)
from .errors import Problem, ProblemCollector
from .model import Event, Person

PEOPLE_FIELDS = ("id", "name", "aliases", "description", "wikidata", "gender")
EVENT_FIELDS = ("id", "date", "title", "people", "keywords", "description")
WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key for comparing names."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@dataclass
class Registry:
    """People and events, indexed for lookup."""

    people: dict[str, Person] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    #: Where each id is defined, for messages: ("person" | "event", id) -> (file, line).
    lines: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)

    def where(self, kind: str, item_id: str) -> tuple[str, int | None]:
        """(file, line) where a person or event id is defined, for messages.

        ``kind`` is "person" or "event"; an id not loaded from a file gives its usual file and
        no line.
        """
        found = self.lines.get((kind, item_id))
        if found is not None:
            return found
        return ("seeds/people.yml" if kind == "person" else "seeds/events.yml"), None

    def alias_owner(self) -> dict[str, str]:
        """Folded alias (and name) -> person id."""
        owners: dict[str, str] = {}
        for person in self.people.values():
            for alias in (person.name, *person.aliases):
                owners.setdefault(fold(alias), person.id)
        return owners


@dataclass(frozen=True)
class _Entry:
    data: dict[str, Any]
    line: int
    key_lines: dict[str, int]


def _load_entries(path: Path, rel: str, problems: ProblemCollector, what: str) -> list[_Entry]:
    if not path.exists():
        return []
    text = read_text(path, rel, problems)
    if text is None:
        return []
    parsed = parse_yaml_file(text, rel, problems)
    if parsed is None:
        return []
    node, data = parsed
    if data is None:
        return []
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        problems.error(
            rel, f"expected a list of {what}, found {type(data).__name__}", line=1,
            hint=f"each {'person' if what == 'people' else what[:-1]} starts with '- id: …'",
        )
        return []
    entries = []
    for item, item_node in zip(data, node.value):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict) or not isinstance(item_node, yaml.MappingNode):
            problems.error(rel, f"expected a mapping with an id, found {show(item)}", line=line)
            continue
        key_lines = {k.value: k.start_mark.line + 1 for k, _ in item_node.value}
        if found := yaml_control_problem(item_node):
            where, char = found
            problems.error(rel, f"expected text, found the control character {char}",
                           line=where + 1, hint="remove the \\u escape")
            continue
        entries.append(_Entry(item, line, key_lines))
    return entries


def _check_fields(entry: _Entry, rel: str, allowed: tuple[str, ...], required: tuple[str, ...],
                  problems: ProblemCollector) -> bool:
    ok = True
    for key in entry.data:
        if key not in allowed:
            problems.error(rel, f"unknown field; expected one of: {', '.join(allowed)}",
                           field=str(key), line=entry.key_lines.get(key, entry.line))
            ok = False
    for key in required:
        if key not in entry.data:
            problems.error(rel, "is required but missing", field=key, line=entry.line)
            ok = False
    return ok


def _texts(entry: _Entry, key: str, rel: str, problems: ProblemCollector) -> tuple[str, ...]:
    value = entry.data.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.error(rel, f"expected a list of non-empty texts, found {show(value)}", field=key,
                       line=entry.key_lines.get(key, entry.line))
        return ()
    return tuple(value)


def load_people(path: Path, root: Path, problems: ProblemCollector,
                lines: dict[tuple[str, str], tuple[str, int]] | None = None,
                ) -> dict[str, Person]:
    rel = project_path(path, root)
    people: dict[str, Person] = {}
    claimed: dict[str, tuple[str, int]] = {}
    for entry in _load_entries(path, rel, problems, "people"):
        if not _check_fields(entry, rel, PEOPLE_FIELDS, ("id", "name"), problems):
            continue
        pid, name = entry.data["id"], entry.data["name"]
        if msg := check_id(pid):
            problems.error(rel, msg, field="id", line=entry.key_lines["id"])
            continue
        if pid in people:
            problems.error(rel, f"person id {show(pid)} is defined twice", field="id",
                           line=entry.key_lines["id"])
            continue
        if not isinstance(name, str) or not name.strip():
            problems.error(rel, f"expected the person's name, found {show(name)}", field="name",
                           line=entry.key_lines["name"])
            continue
        aliases = _texts(entry, "aliases", rel, problems)
        description = entry.data.get("description") or ""
        if not isinstance(description, str):
            problems.error(rel, f"expected one line of text, found {show(description)}",
                           field="description", line=entry.key_lines["description"])
            description = ""
        wikidata = entry.data.get("wikidata")
        if wikidata is not None and (not isinstance(wikidata, str)
                                     or not WIKIDATA_RE.match(wikidata)):
            problems.error(rel, f"expected a Wikidata id like Q42, found {show(wikidata)}",
                           field="wikidata", line=entry.key_lines["wikidata"])
            wikidata = None
        gender = entry.data.get("gender")
        if gender is not None and gender not in ("f", "m", "x"):
            problems.error(rel, f"expected f, m or x (used to resolve pronouns), found "
                           f"{show(gender)}", field="gender", line=entry.key_lines["gender"])
            gender = None
        for alias in (name, *aliases):
            key = fold(alias)
            owner = claimed.get(key)
            if owner and owner[0] != pid:
                problems.error(
                    rel,
                    f"alias {alias!r} of {show(pid)} is already claimed by {owner[0]!r} (line "
                    f"{owner[1]})",
                    field="aliases",
                    line=entry.key_lines.get("aliases", entry.line),
                    hint="an alias must name one person; tie ambiguous epithets to a person "
                    "per article with the article's 'aliases' field",
                )
            else:
                claimed[key] = (pid, entry.line)
        if lines is not None:
            lines[("person", pid)] = (rel, entry.key_lines["id"])
        people[pid] = Person(
            id=pid, name=name.strip(), aliases=aliases, description=description.strip(),
            wikidata=wikidata, gender=gender,
        )
    return people


def load_events(path: Path, root: Path, people: dict[str, Person],
                problems: ProblemCollector,
                lines: dict[tuple[str, str], tuple[str, int]] | None = None,
                people_complete: bool = True,
                ) -> dict[str, Event]:
    """The events of ``path``. ``people_complete`` False (the people file had errors, so
    some people are missing): a person id not among ``people`` is not reported, as it would
    bury the people file's own error under one follow-on error per event."""
    rel = project_path(path, root)
    events: dict[str, Event] = {}
    for entry in _load_entries(path, rel, problems, "events"):
        if not _check_fields(entry, rel, EVENT_FIELDS, ("id", "date", "title"), problems):
            continue
        eid = entry.data["id"]
        if msg := check_id(eid):
            problems.error(rel, msg, field="id", line=entry.key_lines["id"])
            continue
        if eid in events:
            problems.error(rel, f"event id {eid!r} is defined twice", field="id",
                           line=entry.key_lines["id"])
            continue
        raw_date = entry.data["date"]
        if isinstance(raw_date, _dt.date):
            raw_date = raw_date.isoformat()
        try:
            date = parse_date(str(raw_date))
        except ValueError as exc:
            problems.error(rel, f"expected YYYY, YYYY-MM or YYYY-MM-DD: {exc}", field="date",
                           line=entry.key_lines["date"])
            continue
        title = entry.data["title"]
        if not isinstance(title, str) or not title.strip():
            problems.error(rel, f"expected a title, found {show(title)}", field="title",
                           line=entry.key_lines["title"])
            continue
        names = _texts(entry, "people", rel, problems)
        for pid in names:
            if pid not in people and people_complete:
                problems.error(
                    rel, f"names unknown person {show(pid)}", field="people",
                    line=entry.key_lines.get("people", entry.line),
                    hint="use an id from seeds/people.yml",
                )
        description = entry.data.get("description") or ""
        if not isinstance(description, str):
            problems.error(rel, f"expected one line of text, found {show(description)}",
                           field="description", line=entry.key_lines["description"])
            description = ""
        if lines is not None:
            lines[("event", eid)] = (rel, entry.key_lines["id"])
        events[eid] = Event(
            id=eid, date=date, title=title.strip(), people=names,
            keywords=_texts(entry, "keywords", rel, problems),
            description=str(description).strip(),
        )
    return events


def load_registry(seeds: Path, root: Path, problems: ProblemCollector) -> Registry:
    lines: dict[tuple[str, str], tuple[str, int]] = {}
    before = len(problems.errors)
    people = load_people(seeds / "people.yml", root, problems, lines)
    events = load_events(seeds / "events.yml", root, people, problems, lines,
                         people_complete=len(problems.errors) == before)
    files = tuple(project_path(p, root) for p in (seeds / "people.yml", seeds / "events.yml")
                  if p.exists())
    return Registry(people=people, events=events, files=files, lines=lines)



__all__ = ["Problem", "Registry", "fold", "load_events", "load_people", "load_registry"]
