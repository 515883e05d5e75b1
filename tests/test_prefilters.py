"""The annotators' cheap tests before a costly search (the sixteenth performance session,
docs/performance.md): each skips a search only where the search cannot find anything, on the
text of every article of the project and its evaluation sets and on generated strings."""

from __future__ import annotations

import bisect
import random

import pytest

from builder.annotate import people as people_mod
from builder.annotate import quotes as quotes_mod
from builder.model import Article


@pytest.fixture(scope="module")
def documents(every_article: list[Article]) -> list[str]:
    """The full text of every article of the project and its evaluation sets, as the people
    stage reads it (paragraphs joined by a blank line), and generated strings."""
    out = ["\n\n".join(p.text for p in article.paragraphs) for article in every_article]
    assert len(out) > 500
    rng = random.Random(16)
    alphabet = "ab É'’-\t\n 1.\"“«_"
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12)))
            for _ in range(20_000)]
    return out


def test_a_word_before_a_nickname_mark_follows_a_space(documents: list[str]) -> None:
    """``_find_nicknamed`` searches for the word before a quotation mark only where a space or
    a tab stands right before the mark, or before a newline right before it (the pattern's
    ``$`` matches there too)."""
    pattern = people_mod._WORD_BEFORE_MARK_RE
    skipped = 0
    for full in documents:
        for at in range(len(full) + 1):
            before = full[at - 1:at] if at else ""
            if before in (" ", "\t") or (before == "\n" and full[at - 2:at - 1] in (" ", "\t")):
                continue
            skipped += 1
            assert pattern.search(full, max(0, at - 40), at) is None, full[max(0, at - 40):at]
    assert skipped > 100_000


@pytest.fixture(scope="module")
def paragraphs(every_article: list[Article]) -> list[str]:
    """The text of every paragraph of the project's articles and evaluation sets."""
    out = [p.text for article in every_article for p in article.paragraphs]
    assert len(out) > 5000
    return out


def test_the_first_token_after_a_comma_is_found_without_tokenising(
        paragraphs: list[str]) -> None:
    """``relate_after`` and ``relate_parent`` read the word after a name's comma with one
    search from the comma: it is the paragraph's token that ``bisect_left(tok_starts, end)``
    finds there (no token holds a comma)."""
    lexicon = quotes_mod._LEXICONS["en"]
    rng = random.Random(16)
    alphabet = "ab É'’-‐\u2011_ ,1.\"«"
    texts = paragraphs + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 16)))
                          for _ in range(20_000)]
    commas = 0
    for text in texts:
        para = quotes_mod._Para(0, "p", text, [], [], lexicon)
        for end in range(len(text)):
            if text[end] != ",":
                continue
            commas += 1
            k = bisect.bisect_left(para.tok_starts, end)
            found = quotes_mod._TOKEN_RE.search(para.masked, end)
            expected = para.toks[k] if k < len(para.toks) else None
            assert (found and (found.start(), found.end(), found.group().lower())) == \
                (expected and (expected.start, expected.end, expected.low)), text
    assert commas > 10_000
