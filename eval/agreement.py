"""A second, blind annotation of the gold speakers, and how far two annotators agree.

The speaker figures of ``dossier evaluate`` are only as good as the gold they are scored
against, and each set's gold was written by one person (the set's writer). This script measures
the gold itself, the way annotation projects do: a second annotator, who sees the articles and
the gold's quotations but neither the gold's speakers nor anything the annotators found, names
each quotation's speaker; the two golds are compared; a third person decides each disagreement,
blind to which answer is the gold's; and the gold is corrected only where that decision says
so. The annotators' output is read at no step, so the correction can move their figures either
way.

    python eval/agreement.py export --group untouched --out DIR --batches 8
        DIR/batch-<k>.md: the articles to read and, for each, its quotations numbered (text and
        continued pieces), never their speakers.
    python eval/agreement.py compare --group untouched --answers DIR [--write DIR/disagreements]
        The agreement of the second annotation (DIR/<set>/<article-id>.yml, ``quotes: [{n,
        speaker, speakers?, label?}]``) with the gold, per language, with the scorer's rules for
        one person (registry ids, aliases, a first name and the article's one full name that
        starts with it); and, with --write, each disagreement as two answers in an order drawn
        from the quotation's identity (``A``/``B``), with a key kept apart.
    python eval/agreement.py apply --decisions FILE… --key FILE
        Correct the gold where the decision (``A``, ``B``, ``other`` or ``unclear``) chose the
        second annotation or a third answer; every edited file is read back and checked.

eval/README.md ("A second annotation of the speakers") says how it was run and what it found.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from builder.articles import article_paths, load_articles
from builder.errors import DossierError, ProblemCollector
from builder.evaluate import (
    SETS,
    Gold,
    GoldQuote,
    first_name_matches,
    load_gold,
    load_gold_dir,
    load_groups,
    person_key,
    select_sets,
)
from builder.registry import Registry, load_registry

NULL_WORDS = {"", "null", "none", "~"}


@dataclass(frozen=True)
class Item:
    """One gold quotation of one article, numbered from 1 in the gold's order."""

    set: str
    article: str
    lang: str
    n: int
    quote: GoldQuote


@dataclass
class SetData:
    name: str
    root: Path
    registry: Registry
    golds: dict[str, Gold]
    langs: dict[str, str]
    paths: dict[str, Path]


def load_set(name: str, root: Path | None = None) -> SetData:
    root = root or ROOT
    seeds, gold = SETS[name]
    problems = ProblemCollector()
    articles = load_articles(article_paths(root / seeds / "articles"), root, problems)
    registry = load_registry(root / seeds, root, problems)
    golds = {g.article: g for g in load_gold_dir(root / gold, root, problems)}
    problems.raise_if_errors()
    return SetData(name, root, registry, golds, {a.id: a.lang for a in articles},
                   {a.id: root / seeds / "articles" / f"{a.id}.md" for a in articles})


def items(data: SetData) -> list[Item]:
    return [Item(data.name, article, data.langs.get(article, "?"), n, q)
            for article, gold in sorted(data.golds.items())
            for n, q in enumerate(gold.quotes, 1)]


# --------------------------------------------------------------------------- export


def export(names: Sequence[str], out: Path, batches: int) -> int:
    """Write ``batches`` task files balanced by their number of quotations."""
    per_article: list[tuple[SetData, str, list[Item]]] = []
    for name in names:
        data = load_set(name)
        by_article: dict[str, list[Item]] = defaultdict(list)
        for item in items(data):
            by_article[item.article].append(item)
        per_article += [(data, a, its) for a, its in sorted(by_article.items())]
    loads = [0] * batches
    chosen: list[list[tuple[SetData, str, list[Item]]]] = [[] for _ in range(batches)]
    for entry in sorted(per_article, key=lambda e: (-len(e[2]), e[0].name, e[1])):
        k = loads.index(min(loads))
        chosen[k].append(entry)
        loads[k] += len(entry[2])
    out.mkdir(parents=True, exist_ok=True)
    for k, entries in enumerate(chosen, 1):
        lines = [f"# Batch {k}: {len(entries)} articles, {loads[k - 1]} quotations", ""]
        for data, article, its in sorted(entries, key=lambda e: (e[0].name, e[1])):
            lines += [f"## {data.name} / {article} ({its[0].lang})", "",
                      f"- article: `{data.paths[article]}`",
                      f"- registry: `{data.root / SETS[data.name][0] / 'people.yml'}`",
                      f"- answer file: `{data.name}/{article}.yml`", ""]
            for item in its:
                lines.append(f"{item.n}. “{item.quote.text}”")
                lines += [f"    - continued: “{c}”" for c in item.quote.continued]
            lines.append("")
        (out / f"batch-{k}.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"{sum(loads)} quotations of {len(per_article)} articles in {batches} batches "
          f"({min(loads)}–{max(loads)} quotations each): {out}")
    return 0


# --------------------------------------------------------------------------- compare


@dataclass(frozen=True)
class Answer:
    speakers: tuple[str, ...]
    label: str | None = None
    unsure: bool = False  # the second annotator could not tell from the text


def _speakers(entry: dict[str, Any]) -> tuple[str, ...]:
    many = entry.get("speakers") or []
    one = entry.get("speaker")
    names = [str(s).strip() for s in many] or \
        ([] if one is None or str(one).strip().lower() in NULL_WORDS else [str(one).strip()])
    return tuple(dict.fromkeys(n for n in names if n))


def load_answers(path: Path) -> dict[int, Answer]:
    """One article's second annotation: quotation number → answer."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("quotes", []) if isinstance(data, dict) else []
    answers: dict[int, Answer] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("n"), int):
            raise TypeError(f"{path}: expected entries {{n: <number>, speaker: …}}, "
                             f"found {entry!r}")
        label = entry.get("label")
        answers[entry["n"]] = Answer(_speakers(entry), str(label) if label else None,
                                     bool(entry.get("unsure")))
    return answers


def keys_for(data: SetData, article: str, answers: dict[int, Answer]
             ) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]], dict[str, str]]:
    """The gold's and the second annotation's speakers of one article as the scorer's person
    keys (``score_article``'s: registry ids, aliases, a first name alone merged with the
    article's one full name starting with it)."""
    gold = data.golds[article]
    owners = data.registry.alias_owner()
    names: dict[str, str] = {}

    def raw(value: str) -> str:
        k = person_key(value, data.registry, None, owners)
        names.setdefault(k, value)
        return k

    gold_keys = {raw(v) for v in (*gold.people, *(s for q in gold.quotes for s in q.speakers))}
    every = gold_keys | {raw(s) for a in answers.values() for s in a.speakers}
    merged = first_name_matches(every, data.registry, names, gold_keys)

    def key(value: str) -> str:
        k = raw(value)
        return merged.get(k, k)

    first = {n: frozenset(key(s) for s in q.speakers) for n, q in enumerate(gold.quotes, 1)}
    second = {n: frozenset(key(s) for s in a.speakers) for n, a in answers.items()}
    return first, second, names


def _show(keys: Iterable[str], names: dict[str, str], registry: Registry,
          label: str | None = None) -> str:
    def one(k: str) -> str:
        person = registry.people.get(k)
        return f"{person.name} ({k})" if person is not None else names.get(k, k.lstrip("~"))

    shown = " + ".join(sorted(one(k) for k in keys))
    return shown or (f"nobody named ({label})" if label else "nobody named")


def _order(item: Item) -> bool:
    """True when the gold's answer is shown as B: drawn from the quotation's identity, so the
    same disagreement is always shown the same way and neither side is always first."""
    digest = hashlib.sha256(f"{item.set}/{item.article}/{item.n}".encode()).digest()
    return bool(digest[0] & 1)


def compare(names: Sequence[str], answers_dir: Path, write: Path | None, split: int = 1) -> int:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # lang: agree, total, missing
    unsure: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # lang: agree, total
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    disagreements: list[dict[str, Any]] = []
    key_rows: list[dict[str, Any]] = []
    for name in names:
        data = load_set(name)
        for article in sorted(data.golds):
            path = answers_dir / name / f"{article}.yml"
            answers = load_answers(path) if path.is_file() else {}
            first, second, shown = keys_for(data, article, answers)
            gold = data.golds[article]
            unknown = sorted(set(answers) - set(range(1, len(gold.quotes) + 1)))
            if unknown:
                raise ValueError(f"{path}: no quotation numbered {unknown} (the article has "
                                 f"{len(gold.quotes)})")
            for n, quote in enumerate(gold.quotes, 1):
                lang = data.langs.get(article, "?")
                c = counts[lang]
                c[1] += 1
                if n not in second:
                    c[2] += 1
                    continue
                if answers[n].unsure:
                    unsure[lang][1] += 1
                    unsure[lang][0] += first[n] == second[n]
                if first[n] == second[n]:
                    c[0] += 1
                    continue
                kind = ("gold names nobody" if not first[n] else
                        "second names nobody" if not second[n] else "two people")
                kinds[lang][kind] += 1
                item = Item(name, article, lang, n, quote)
                gold_text = _show(first[n], shown, data.registry, quote.label)
                second_text = _show(second[n], shown, data.registry, answers[n].label)
                a, b = (second_text, gold_text) if _order(item) else (gold_text, second_text)
                disagreements.append({
                    "id": f"{name}/{article}/{n}", "article": str(data.paths[article]),
                    "registry": str(data.root / SETS[name][0] / "people.yml"),
                    "quote": quote.text, "continued": list(quote.continued),
                    "A": a, "B": b, "decision": None, "reason": None})
                key_rows.append({"id": f"{name}/{article}/{n}",
                                 "gold": "B" if _order(item) else "A",
                                 "second": sorted(answers[n].speakers),
                                 "label": answers[n].label, "unsure": answers[n].unsure})
    print("lang  agree / answered  (missing)  agreement")
    for lang in sorted(counts):
        agree, total, missing = counts[lang]
        answered = total - missing
        pct = f"{100 * agree / answered:.1f}%" if answered else "—"
        print(f"{lang:4}  {agree:5} / {answered:5}    ({missing:3})    {pct}   "
              + ", ".join(f"{k}: {v}" for k, v in sorted(kinds[lang].items()))
              + (f"{'; ' if kinds[lang] else ''}marked unsure: {unsure[lang][1]}, of them agreeing "
                 f"{unsure[lang][0]}"
                 if unsure[lang][1] else ""))
    if write is not None:
        write.mkdir(parents=True, exist_ok=True)
        parts = _split(disagreements, split)
        for k, part in enumerate(parts, 1):
            name = "disagreements.yml" if split == 1 else f"disagreements-{k}.yml"
            (write / name).write_text(
                yaml.safe_dump(part, allow_unicode=True, sort_keys=False, width=100),
                encoding="utf-8")
        (write / "key.yml").write_text(
            yaml.safe_dump(key_rows, allow_unicode=True, sort_keys=False, width=100),
            encoding="utf-8")
        print(f"{len(disagreements)} disagreements in {len(parts)} file(s) in {write} "
              f"(the key apart: {write / 'key.yml'})")
    return 0


def _split(rows: list[dict[str, Any]], parts: int) -> list[list[dict[str, Any]]]:
    """``rows`` in ``parts`` lists of about equal length, an article's rows kept together."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_article[row["article"]].append(row)
    out: list[list[dict[str, Any]]] = [[] for _ in range(max(1, parts))]
    for group in sorted(by_article.values(), key=lambda g: (-len(g), g[0]["id"])):
        min(out, key=len).extend(group)
    return out


# --------------------------------------------------------------------------- apply

_ITEM_RE = re.compile(r"^(\s*)- ")


def _yaml_str(value: object) -> str:
    dumped: str = yaml.safe_dump(value, allow_unicode=True, width=10_000)
    return dumped.strip().removesuffix("\n...").strip()


def replace_speaker(lines: list[str], start: int, speakers: Sequence[str],
                    label: str | None) -> None:
    """Rewrite the speaker fields of the quotation entry starting at ``lines[start]`` (a
    flow mapping on one line, or a block mapping), keeping everything else as written."""
    speaker = _yaml_str(speakers[0]) if speakers else "null"
    joint = "[" + ", ".join(_yaml_str(s) for s in speakers) + "]" if len(speakers) > 1 else None
    line = lines[start]
    head = _ITEM_RE.match(line)
    if head is None:
        raise ValueError(f"line {start + 1} does not start a list entry: {line!r}")
    body = line[head.end():]
    if body.lstrip().startswith("{"):
        mapping = yaml.safe_load(body)
        fields: dict[str, Any] = {k: v for k, v in mapping.items()
                                  if k not in ("speaker", "speakers", "label")}
        parts = [f"{k}: {_flow(v)}" for k, v in fields.items()]
        parts.append(f"speaker: {speaker}")
        if joint:
            parts.append(f"speakers: {joint}")
        if not speakers and label:
            parts.append(f"label: {_yaml_str(label)}")
        lines[start] = head.group(0) + "{" + ", ".join(parts) + "}"
        return
    indent = head.group(1) + "  "
    end = start + 1
    while end < len(lines) and lines[end].startswith(indent) and lines[end].strip():
        end += 1
    kept = [ln for ln in lines[start + 1:end]
            if not re.match(rf"^{re.escape(indent)}(speaker|speakers|label):", ln)]
    if re.match(r"(speaker|speakers|label):", body):
        raise ValueError(f"line {start + 1}: an entry opening with its speaker is not handled")
    new = [f"{indent}speaker: {speaker}"]
    if joint:
        new.append(f"{indent}speakers: {joint}")
    if not speakers and label:
        new.append(f"{indent}label: {_yaml_str(label)}")
    lines[start + 1:end] = kept + new


def _flow(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return _yaml_str(value)


def registry_ids(names: Sequence[str], registry: Registry) -> list[str]:
    """Names as the gold writes them: a registry person by id, anyone else as written."""
    owners = registry.alias_owner()
    out = []
    for name in names:
        k = person_key(name, registry, None, owners)
        out.append(k if k in registry.people else name)
    return list(dict.fromkeys(out))


def apply(decision_paths: Sequence[Path], key_path: Path) -> int:
    """Correct the gold where a decision chose the second annotation (``A``/``B`` as the key
    says) or a third answer (``other``, with its ``speaker``/``speakers``/``label``); ``A``/``B``
    choosing the gold's answer and ``unclear`` leave the gold as it is."""
    decisions: dict[str, dict[str, Any]] = {}
    for path in decision_paths:
        decisions.update({d["id"]: d for d in
                          yaml.safe_load(path.read_text(encoding="utf-8")) or []})
    keys = {k["id"]: k for k in yaml.safe_load(key_path.read_text(encoding="utf-8"))}
    missing = sorted(set(keys) - set(decisions))
    if missing:
        raise ValueError(f"{len(missing)} disagreements have no decision, e.g. {missing[0]}")
    chosen: dict[str, list[tuple[int, list[str], str | None]]] = defaultdict(list)
    tally: dict[str, int] = defaultdict(int)
    registries: dict[str, Registry] = {}
    for ident, d in sorted(decisions.items()):
        decision = str(d.get("decision") or "").strip()
        k = keys[ident]
        set_name, article, number = ident.rsplit("/", 2)
        if set_name not in registries:
            problems = ProblemCollector()
            registries[set_name] = load_registry(ROOT / SETS[set_name][0], ROOT, problems)
            problems.raise_if_errors()
        if decision not in ("A", "B", "other", "unclear"):
            raise ValueError(f"{ident}: decision must be A, B, other or unclear, found "
                             f"{decision!r}")
        if decision == "other":
            speakers, label = list(_speakers(d)), d.get("label")
        elif decision in ("A", "B") and decision != k["gold"]:
            speakers, label = list(k["second"]), k.get("label")
        else:
            tally["gold" if decision == k["gold"] else decision] += 1
            continue
        tally["second" if decision != "other" else "other"] += 1
        chosen[f"{set_name}/{article}"].append(
            (int(number), registry_ids(speakers, registries[set_name]), label))
    changed = 0
    for where, changes in sorted(chosen.items()):
        set_name, article = where.split("/", 1)
        path = ROOT / SETS[set_name][1] / f"{article}.yml"
        problems = ProblemCollector()
        before = load_gold(path, ROOT, problems)
        if before is None:
            raise DossierError(problems.errors)
        lines = path.read_text(encoding="utf-8").split("\n")
        for n, speakers, label in sorted(changes, reverse=True):
            line = before.quotes[n - 1].line
            if line is None:
                raise ValueError(f"{path}: quotation {n} has no line")
            replace_speaker(lines, line - 1, speakers, label)
        path.write_text("\n".join(lines), encoding="utf-8")
        after = load_gold(path, ROOT, problems)
        problems.raise_if_errors()
        assert after is not None
        want = {n: sorted(speakers) for n, speakers, _ in changes}
        for n, (old, new) in enumerate(zip(before.quotes, after.quotes, strict=True), 1):
            expected = want.get(n)
            if (old.text, old.continued) != (new.text, new.continued) or \
                    (expected is None and old.speakers != new.speakers) or \
                    (expected is not None and sorted(new.speakers) != expected):
                raise ValueError(f"{path}: quotation {n} did not come out as decided")
            changed += expected is not None and sorted(old.speakers) != expected
        if (before.people, before.dates) != (after.people, after.dates):
            raise ValueError(f"{path}: people or dates changed")
    print("decisions: " + ", ".join(f"{k}: {v}" for k, v in sorted(tally.items()))
          + f" — {changed} gold speakers changed in {len(chosen)} files")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for command in ("export", "compare"):
        p = sub.add_parser(command)
        p.add_argument("--set", action="append", default=[])
        p.add_argument("--group", action="append", default=[])
        if command == "export":
            p.add_argument("--out", type=Path, required=True)
            p.add_argument("--batches", type=int, default=1)
        else:
            p.add_argument("--answers", type=Path, required=True)
            p.add_argument("--write", type=Path)
            p.add_argument("--split", type=int, default=1,
                           help="write the disagreements in this many files (one per person "
                           "deciding), each article's together")
    p = sub.add_parser("apply")
    p.add_argument("--decisions", type=Path, nargs="+", required=True)
    p.add_argument("--key", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "apply":
        return apply(args.decisions, args.key)
    names = select_sets(args.set, args.group, load_groups(ROOT))
    if args.command == "export":
        return export(names, args.out, args.batches)
    return compare(names, args.answers, args.write, args.split)


if __name__ == "__main__":
    sys.exit(main())
