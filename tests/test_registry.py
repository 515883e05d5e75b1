"""Layer 1: the curated registries."""

from __future__ import annotations

from pathlib import Path

from builder.errors import ProblemCollector
from builder.registry import fold, load_registry

ROOT = Path(__file__).resolve().parent.parent


def test_seed_registries_load() -> None:
    problems = ProblemCollector()
    registry = load_registry(ROOT / "seeds", ROOT, problems)
    assert problems.problems == []
    assert "kim-kardashian" in registry.people
    assert all(p in registry.people for e in registry.events.values() for p in e.people)


def errors(project: Path, people: str, events: str = "[]\n") -> list[str]:
    (project / "seeds" / "people.yml").write_text(people)
    (project / "seeds" / "events.yml").write_text(events)
    problems = ProblemCollector()
    load_registry(project / "seeds", project, problems)
    return [p.format() for p in problems.problems]


def test_alias_claimed_by_two_people(project: Path) -> None:
    out = errors(project, "- id: a\n  name: Ann Lee\n  aliases: [Lee]\n"
                          "- id: b\n  name: Bob Lee\n  aliases: [lee]\n")
    assert len(out) == 1
    assert "seeds/people.yml:6: error: aliases: alias 'lee' of 'b' is already claimed by 'a'" in out[0]


def test_event_naming_unknown_person(project: Path) -> None:
    out = errors(project, "- id: a\n  name: Ann Lee\n",
                 "- id: e\n  date: 2019-02-30\n  title: T\n"
                 "- id: f\n  date: 2019\n  title: T\n  people: [a, nobody]\n")
    assert any("events.yml:2: error: date:" in o and "day 30 does not exist" in o for o in out)
    assert any("events.yml:7: error: people: names unknown person 'nobody'" in o for o in out)


def test_bad_entries(project: Path) -> None:
    out = errors(project, "- id: Not Safe\n  name: X\n- id: ok\n  name: ''\n- id: w\n  name: W\n"
                          "  wikidata: 42\n  gender: q\n  nickname: x\n- just text\n")
    text = "\n".join(out)
    assert "people.yml:1: error: id: expected lowercase letters" in text
    assert "people.yml:4: error: name: expected the person's name" in text
    assert "people.yml:9: error: nickname: unknown field" in text
    assert "people.yml:10: error: expected a mapping with an id" in text
    assert "wikidata: expected" not in text  # entries with unknown fields are skipped whole


def test_registry_yaml_errors(project: Path) -> None:
    out = errors(project, "- id: [unclosed\n")
    assert out and "people.yml:" in out[0] and "is not valid YAML" in out[0]
    out = errors(project, "id: not-a-list\n")
    assert out and "expected a list of people" in out[0]
    assert "each person starts with '- id: …'" in out[0]


def test_a_description_cut_by_a_hashtag_is_an_error(project: Path) -> None:
    out = errors(project, "- id: a\n  name: Ann Lee\n  description: co-founder of #Cut50, a group.\n")
    assert any("people.yml:3: error: description: expected the whole value, found it cut "
               "before '#Cut50, a group.'" in o for o in out)


def test_fold() -> None:
    assert fold("Qu’Ivanka Élise") == "qu'ivanka elise"


def test_where_each_id_is_defined(project: Path) -> None:
    (project / "seeds" / "people.yml").write_text("- id: a\n  name: Ann Lee\n- name: Bob\n  id: b\n")
    (project / "seeds" / "events.yml").write_text("- title: T\n  date: 2019\n  id: e\n")
    problems = ProblemCollector()
    registry = load_registry(project / "seeds", project, problems)
    assert problems.problems == []
    assert registry.where("person", "a") == ("seeds/people.yml", 1)
    assert registry.where("person", "b") == ("seeds/people.yml", 4)
    assert registry.where("event", "e") == ("seeds/events.yml", 3)
    assert registry.where("event", "unknown") == ("seeds/events.yml", None)


def test_a_broken_people_file_is_not_buried_under_follow_on_errors(project: Path) -> None:
    # one indentation slip in people.yml: its own error, not one "unknown person" per event
    events = "".join(f"- id: e{i}\n  date: 2019\n  title: T\n  people: [ann, bob]\n"
                     for i in range(5))
    out = errors(project, "- id: ann\n  name: Ann Lee\n - id: bob\n  name: Bob Lee\n", events)
    assert len(out) == 1 and "people.yml:" in out[0] and "is not valid YAML" in out[0]
    out = errors(project, "- id: ann\n  name: Ann Lee\n- id: bob\n  name: Bob\n  nickname: B\n",
                 events)
    assert len(out) == 1 and "nickname: unknown field" in out[0]
    # with a sound people file, an unknown person is still reported
    out = errors(project, "- id: ann\n  name: Ann Lee\n", events)
    assert len(out) == 5 and all("names unknown person 'bob'" in o for o in out)
