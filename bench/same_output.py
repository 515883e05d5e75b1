"""Check that an annotator change leaves every annotation exactly as it was.

    python bench/same_output.py save     # before the change: record the current output
    python bench/same_output.py check    # after it: compare, article by article
    python bench/same_output.py check --stages people,dates,events   # only those stages


The output of ``builder.annotate.annotate_article`` (mentions, quotes, dates, linked events,
discovered people, warnings and errors, with their spans) is serialised for the project's own
articles, the evaluation sets (dev2, dev3, heldout: their articles are annotated and compared,
never printed) and 300 articles of each generated benchmark corpus that exists under
``--work``. ``check`` names the articles whose output differs and the fields that differ (``mentions``,
``quotes``, ``dates``, ``discovered``, ``warnings``, ``errors``; a private set's by count
only): a ``quotes`` difference alone comes from the quotes stage. An article whose source or
registry changed since ``save`` is counted apart, not compared.

``save`` also records each stage's own result (``find_mentions``, ``find_quotes``,
``find_dates``, ``link_events``: their lists, warnings and errors), and ``check --stages``
compares only the stages named, so that a change in one stage can be checked while someone
else changes another (``--stages people,dates,events`` while the quotes stage changes).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SNAPSHOT = Path("/tmp/dossier-same-output.pickle")
BENCH_SIZES = (1000, 5000)  # 40 and 120 events: the event index at two registry sizes
BENCH_LIMIT = 300
STAGES = ("people", "quotes", "dates", "events")


def normalise(value: Any) -> Any:
    """A plain, ordered structure: dataclasses field by field, sets sorted."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__] + [
            (f.name, normalise(getattr(value, f.name))) for f in dataclasses.fields(value)]
    if isinstance(value, dict):
        return sorted(((repr(k), normalise(v)) for k, v in value.items()), key=lambda kv: kv[0])
    if isinstance(value, (set, frozenset)):
        return sorted((normalise(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


def roots(work: Path) -> list[tuple[str, Path, Path, int | None]]:
    """(name, seeds folder, project root for ``source_file`` paths, article limit)."""
    out: list[tuple[str, Path, Path, int | None]] = [("seeds", ROOT / "seeds", ROOT, None)]
    for seeds in sorted((ROOT / "eval").glob("*/seeds")):
        if seeds.is_dir():
            out.append((seeds.parent.name, seeds, ROOT, None))
    for n in BENCH_SIZES:
        path = work / f"n{n}"
        if (path / "seeds").is_dir():
            out.append((f"bench-n{n}", path / "seeds", path, BENCH_LIMIT))
    return out


def _digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes() if path.is_file() else b"-")
    return h.hexdigest()[:16]


Output = dict[str, dict[str, tuple[str, dict[str, str]]]]


def _stage_fields(article: Any, registry: Any) -> dict[str, str]:
    """Each stage's own result, as ``stage.field`` keys (the stages as ``annotate_article``
    chains them)."""
    from builder.annotate import dates as dates_stage
    from builder.annotate import events as events_stage
    from builder.annotate import people as people_stage
    from builder.annotate import quotes as quotes_stage

    people = people_stage.find_mentions(article, registry)
    known = {**registry.people, **{p.id: p for p in people.discovered}}
    results = {
        "people": people,
        "quotes": quotes_stage.find_quotes(article, registry, people.mentions, known),
        "dates": (dates := dates_stage.find_dates(article)),
        "events": events_stage.link_events(article, dates.dates, people.mentions, registry),
    }
    return {f"{stage}.{f.name}": json.dumps(normalise(getattr(result, f.name)),
                                            ensure_ascii=False)
            for stage, result in results.items() for f in dataclasses.fields(result)}


def collect(work: Path, stages: bool = True, full: bool = True) -> Output:
    """Every article's output: the full annotation's fields (``full``) and each stage's own
    result (``stages``)."""
    from builder.annotate import annotate_article
    from builder.articles import article_paths, load_article
    from builder.errors import ProblemCollector
    from builder.registry import load_registry

    out: Output = {}
    for name, seeds, root, limit in roots(work):
        problems = ProblemCollector()
        registry = load_registry(seeds, root, problems)
        found: dict[str, tuple[str, dict[str, str]]] = {}
        registry_digest = _digest(seeds / "people.yml", seeds / "events.yml")
        for path in article_paths(seeds / "articles")[:limit]:
            article = load_article(path, root, problems)
            if article is None:
                continue
            # The inputs' digest: other people edit the seeds while an optimisation is
            # checked, and an article whose input changed is not a regression. Output per
            # field, so that a difference says which stage it comes from.
            fields: dict[str, str] = {}
            if full:
                result = annotate_article(article, registry)
                fields = {f.name: json.dumps(normalise(getattr(result.annotations, f.name)),
                                             ensure_ascii=False)
                          for f in dataclasses.fields(result.annotations)}
                fields["errors"] = json.dumps(normalise(result.errors), ensure_ascii=False)
            if stages:
                fields.update(_stage_fields(article, registry))
            found[article.id] = (registry_digest + _digest(path), fields)
        out[name] = found
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT)
    parser.add_argument("--work", type=Path, default=Path("/tmp/dossier-bench"))
    parser.add_argument(
        "--stages", default="",
        help="check only these stages' own results, comma-separated: "
             f"{','.join(STAGES)} (default: the full annotation)")
    parser.add_argument(
        "--unpruned", action="store_true",
        help="read dates with the combined pattern, not the per-character ones")
    args = parser.parse_args(argv)
    if args.unpruned:
        from builder.annotate import dates as dates_stage
        dates_stage.prune_patterns(False)
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = sorted(set(stages) - set(STAGES))
    if unknown:
        parser.error(f"unknown stage(s) {', '.join(unknown)}; expected some of "
                     f"{', '.join(STAGES)}")
    if args.action == "save":
        current = collect(args.work)
    else:
        current = collect(args.work, stages=bool(stages), full=not stages)
    if args.action == "save":
        args.snapshot.write_bytes(pickle.dumps(current))
        total = sum(len(v) for v in current.values())
        digest = hashlib.sha256(pickle.dumps(current)).hexdigest()[:12]
        print(f"saved {total} articles ({', '.join(f'{k} {len(v)}' for k, v in current.items())})"
              f" to {args.snapshot}, digest {digest}")
        return 0
    saved: Output = pickle.loads(args.snapshot.read_bytes())
    from builder.evaluate import PRIVATE_SETS

    def wanted(key: str) -> bool:
        if stages:
            return "." in key and key.split(".", 1)[0] in stages
        return "." not in key

    def only(output: Output) -> Output:
        return {name: {i: (digest, {k: v for k, v in fields.items() if wanted(k)})
                       for i, (digest, fields) in arts.items()}
                for name, arts in output.items()}

    saved, current = only(saved), only(current)
    if stages and not any(fields for arts in saved.values() for _, fields in arts.values()):
        print(f"{args.snapshot} holds no per-stage output: run 'save' again")
        return 2
    differ = 0
    missing: tuple[str, dict[str, str]] = ("", {})
    for name, before in saved.items():
        after = current.get(name, {})
        ids = sorted(set(before) | set(after))
        moved = [i for i in ids if before.get(i, missing)[0] != after.get(i, missing)[0]]
        bad = {i: sorted(k for k in {*before[i][1], *after[i][1]}
                         if before[i][1].get(k) != after[i][1].get(k))
               for i in ids if i not in moved and before[i] != after[i]}
        differ += len(bad)
        listed = ", ".join(f"{i} ({'/'.join(k)})" for i, k in bad.items()) \
            if name not in PRIVATE_SETS else f"{len(bad)} (private set: not named)"
        print(f"{name}: {len(ids) - len(bad) - len(moved)}/{len(ids)} identical"
              + (f"; differ: {listed}" if bad else "")
              + (f"; input changed since the snapshot, not compared: {len(moved)}"
                 + (f" ({', '.join(moved[:5])})" if name not in PRIVATE_SETS else "")
                 if moved else ""))
    what = f" (stages {', '.join(stages)})" if stages else ""
    print(("IDENTICAL" if not differ else f"DIFFERENT: {differ} articles") + what)
    return 0 if not differ else 1


if __name__ == "__main__":
    sys.exit(main())
