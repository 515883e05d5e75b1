"""The annotators never raise, whatever the text: every development article, with its
paragraphs cut or extended at seeded random places (a quotation mark left open, an aside at
the very end, a colon with nothing after it), is annotated without an exception.

The rules index tokens around quotation marks, commas and names; a text that ends where a
rule expects more words is the likeliest place for an index error, and one article that
raises would stop a whole build. The held-out sets are left out (their texts stay unread).
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from builder.annotate import annotate_article
from builder.articles import article_paths, load_articles
from builder.errors import ProblemCollector
from builder.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
# (a set counts once its writer marked it READY; eval/README.md)
SEEDS = [ROOT / "seeds", *sorted(p for p in (ROOT / "eval").glob("dev*/seeds")
                                 if (p.parent / "READY").exists())]
ENDINGS = (",", " :", " «", " »", '"', ", dit-elle,", ", she said,", " —", " (", "’")


@pytest.mark.parametrize("seeds", SEEDS, ids=lambda p: p.parent.name if p.name == "seeds"
                         and p.parent != ROOT else "seeds")
def test_cut_and_extended_paragraphs_never_raise(seeds: Path) -> None:
    problems = ProblemCollector()
    articles = load_articles(article_paths(seeds / "articles"), ROOT, problems)
    registry = load_registry(seeds, ROOT, problems)
    assert articles and not problems.errors
    rng = random.Random(seeds.parent.name)
    for article in articles:
        for _trial in range(2):
            paragraphs = []
            for para in article.paragraphs:
                text = para.text
                cut = rng.randint(1, max(1, len(text)))
                roll = rng.random()
                if roll < 0.3:
                    text = text[:cut]
                elif roll < 0.5:
                    text = text[cut:] or text
                elif roll < 0.7:
                    text += rng.choice(ENDINGS)
                paragraphs.append(dataclasses.replace(para, text=text))
            annotate_article(dataclasses.replace(article, paragraphs=tuple(paragraphs)),
                             registry)
