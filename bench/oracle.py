"""The generator's ground truth as an annotator, for benchmarking the rest of the pipeline.

``bench/corpus.py`` records every mention, quotation and date it plants (``truth.json``).
``install(path)`` replaces the real annotators by a lookup in that file, so the benchmark can
measure assembly, rendering and MkDocs on a dossier whose people, quote and event indexes are
as full as a real one's, whatever state the real annotators are in. Benchmark tables say which
annotator produced them.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from builder import build
from builder.annotate import AnnotationResult
from builder.model import (
    Annotations,
    Article,
    DateMention,
    Mention,
    PartialDate,
    Person,
    Quote,
    Span,
)
from builder.registry import Registry

ENV = "DOSSIER_BENCH_TRUTH"


@lru_cache(maxsize=1)
def _truth(path: str) -> dict[str, Any]:
    return json.loads(Path(path).read_text())  # type: ignore[no-any-return]


def annotate_article(article: Article, registry: Registry) -> AnnotationResult:
    """The planted annotations of ``article`` (empty for an article the generator did not write)."""
    planted = _truth(os.environ[ENV]).get(article.id, {})
    aid = article.id
    known = set(registry.people)
    mentions = [
        Mention(Span(aid, m["paragraph"], m["start"], m["end"]), m["text"], m["person"],
                m["kind"])
        for m in planted.get("mentions", [])
    ]
    quotes = [
        Quote(q["id"], q["text"], (Span(aid, q["paragraph"], q["start"], q["end"]),),
              q["speaker"], q["speaker_label"], q["lang"], "oracle")
        for q in planted.get("quotes", [])
    ]
    dates = [
        DateMention(Span(aid, d["paragraph"], d["start"], d["end"]), d["text"],
                    PartialDate.parse(d["value"]), d["relative"],
                    d["event"] if d["event"] in registry.events else None, "oracle")
        for d in planted.get("dates", [])
    ]
    discovered = [Person(p["id"], p["name"], reviewed=False)
                  for p in planted.get("discovered", []) if p["id"] not in known]
    return AnnotationResult(Annotations(aid, mentions, quotes, dates, discovered, []))


def install(truth: str | Path) -> None:
    """Use the ground truth at ``truth`` instead of the real annotators (this process and forks)."""
    os.environ[ENV] = str(Path(truth).resolve())
    build.annotate_article = annotate_article  # type: ignore[assignment]
    digest = hashlib.sha256(b"oracle" + Path(truth).read_bytes()).hexdigest()
    build.code_fingerprint = lambda: digest  # type: ignore[assignment]
