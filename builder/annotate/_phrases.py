"""Long word lists looked up in sets, where a regex would spell them out as an alternation.

A pattern such as ``(?<!\\w)(?:his|her)[ \\t]+(?:coach|…650 role nouns…)[ \\t]*,[ \\t]*$``
costs ~10 ms of CPU to compile, in every build, for the alternation of its nouns. Split at the
alternation, it is a small *head* before the phrase, the phrase itself, looked up in a set, and
a small *tail* after it. A string matches the whole pattern exactly when it can be cut into a
head, a phrase of the list and a tail, so the answer (matches or not) is the pattern's; where
the pattern would match is not computed. ``tests/test_phrases.py`` compares each one with the
regex it replaces.

A phrase of the list is matched as ``_alternation`` (``people.py``) writes it: its words
literally, each space standing for any run of whitespace (``\\s+``: ``str.isspace``, which is
the regex engine's own test).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple


class Phrases:
    """A set of phrases: words joined by single spaces (already folded, as the text is)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = frozenset(phrases)
        for phrase in self.phrases:
            if not phrase or phrase != " ".join(phrase.split()) or phrase != phrase.strip(" "):
                raise ValueError(f"not a phrase of words joined by single spaces: {phrase!r}")
        self.max_words = max((p.count(" ") + 1 for p in self.phrases), default=0)

    def ending_at(self, text: str, low: int, end: int) -> list[int]:
        """The starts (at ``low`` or after) of the phrases that end exactly at ``end``."""
        found: list[int] = []
        phrases = self.phrases
        stop = end
        after = ""  # the words already read, right of the current one, each after a space
        for _ in range(self.max_words):
            start = stop
            while start > low and not text[start - 1].isspace():
                start -= 1
            if start == stop:
                break
            # The phrase's first word may start inside this run of non-space characters
            # (« l'avocat »: after the elided article); its other words are whole runs.
            for first in range(start, stop):
                if text[first:stop] + after in phrases:
                    found.append(first)
            before = start
            while before > low and text[before - 1].isspace():
                before -= 1
            if before == start or before == low:
                break
            after = " " + text[start:stop] + after
            stop = before
        return found

    def starting_at(self, text: str, start: int, high: int) -> list[int]:
        """The ends (at ``high`` or before) of the phrases that start exactly at ``start``."""
        found: list[int] = []
        phrases = self.phrases
        begin = start
        before = ""  # the words already read, left of the current one, each before a space
        for _ in range(self.max_words):
            stop = begin
            while stop < high and not text[stop].isspace():
                stop += 1
            if stop == begin:
                break
            # The phrase's last word may end inside this run ("coach," ends before the comma).
            for last in range(begin + 1, stop + 1):
                if before + text[begin:last] in phrases:
                    found.append(last)
            after = stop
            while after < high and text[after].isspace():
                after += 1
            if after == stop or after == high:
                break
            before = before + text[begin:stop] + " "
            begin = after
        return found


class Piece(NamedTuple):
    """One way to match: a head pattern, a phrase of the list, a tail pattern; and the
    characters that can stand at the border between the phrase and the pattern on the other
    side of it (``border``): the first characters of ``tail`` for an ``EndsWithPhrase`` (and
    a line break if the tail can be empty: ``$`` also matches before a final one), the last
    characters of ``head`` for a ``StartsWithPhrase``. Only there is anything else tried (a
    phrase starts and ends with a character that is not a space)."""

    head: re.Pattern[str]
    phrases: Phrases
    tail: re.Pattern[str]
    border: str


class EndsWithPhrase:
    """Stands for ``search(text, low, high) is not None`` of a pattern anchored at its end
    (``…$``), written as alternatives (``Piece``): head, phrase, tail.

    Each head must end with ``\\Z`` (it is searched in ``text[low:start]`` of a phrase, and
    must end there: ``$`` would also end before a final line break) and may look behind its
    start; a tail must end with ``$``, as the pattern did, and look at nothing before its
    start. ``needed``, if given, is a pattern every match must also match
    (searched in the same window): a cheap test first.
    """

    def __init__(self, pieces: Sequence[Piece], needed: re.Pattern[str] | None = None) -> None:
        self.pieces = tuple(pieces)
        self.needed = needed
        self.borders = "".join(sorted({c for piece in self.pieces for c in piece.border}))
        ids = {id(piece.phrases): n for n, piece in enumerate(self.pieces)}
        self.lists = [ids[id(piece.phrases)] for piece in self.pieces]  # pieces sharing a list

    def found(self, text: str, low: int, high: int) -> bool:
        if self.needed is not None and self.needed.search(text, low, high) is None:
            return False
        # where a phrase can end: after a character that is not a space, before a border
        ends = [end for end in range(low + 1, high + 1)
                if not text[end - 1].isspace() and (end == high or text[end] in self.borders)]
        starts: dict[tuple[int, int], list[int]] = {}  # (phrases, end) -> phrases.ending_at
        for n, (head, phrases, tail, border) in enumerate(self.pieces):
            for end in ends:
                if (end < high and text[end] not in border) or tail.match(text, end, high) is None:
                    continue
                key = (self.lists[n], end)
                found = starts.get(key)
                if found is None:
                    found = starts[key] = phrases.ending_at(text, low, end)
                if any(head.search(text, low, start) is not None for start in found):
                    return True
        return False


class StartsWithPhrase:
    """Stands for ``match(text, start, high) is not None`` of a pattern, written as a pattern
    without the phrases (``plain``, None if none) and alternatives (``Piece``): head, phrase,
    tail.

    A head is matched in full from ``start`` to the phrase, is never empty and looks at
    nothing after it; a tail is matched from the phrase's end and may look ahead (up to
    ``high``, as the pattern did). ``opening``, if given, is a pattern every head matches at
    ``start``: a cheap test first.
    """

    def __init__(self, plain: re.Pattern[str] | None, pieces: Sequence[Piece],
                 opening: re.Pattern[str] | None = None) -> None:
        self.plain = plain
        self.pieces = tuple(pieces)
        self.opening = opening
        self.borders = "".join(sorted({c for piece in self.pieces for c in piece.border}))
        ids = {id(piece.phrases): n for n, piece in enumerate(self.pieces)}
        self.lists = [ids[id(piece.phrases)] for piece in self.pieces]  # pieces sharing a list

    def found(self, text: str, start: int, high: int) -> bool:
        if self.plain is not None and self.plain.match(text, start, high) is not None:
            return True
        if self.opening is not None and self.opening.match(text, start, high) is None:
            return False
        # where a phrase can start: after a border, on a character that is not a space
        begins = [begin for begin in range(start + 1, high)
                  if text[begin - 1] in self.borders and not text[begin].isspace()]
        ends: dict[tuple[int, int], list[int]] = {}  # (phrases, begin) -> phrases.starting_at
        for n, (head, phrases, tail, border) in enumerate(self.pieces):
            for begin in begins:
                if text[begin - 1] not in border or head.fullmatch(text, start, begin) is None:
                    continue
                key = (self.lists[n], begin)
                found = ends.get(key)
                if found is None:
                    found = ends[key] = phrases.starting_at(text, begin, high)
                if any(tail.match(text, end, high) is not None for end in found):
                    return True
        return False
