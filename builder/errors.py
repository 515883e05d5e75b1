"""Errors a contributor can act on: file, field, line, what was expected, what was found."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


def yaml_flow(text: str) -> str:
    """``text`` as a double-quoted YAML scalar a contributor reads and pastes (a hint's
    front-matter line, the pinned citations' lock): JSON's quoting, in UTF-8, with the
    characters YAML would take for a line break or a byte-order mark escaped."""
    quoted = json.dumps(text, ensure_ascii=False)
    for char in ("\u0085", "\u2028", "\u2029", "\ufeff"):
        quoted = quoted.replace(char, f"\\u{ord(char):04x}")
    return quoted


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    file: str
    message: str
    field: str | None = None
    line: int | None = None
    hint: str | None = None
    severity: Severity = "error"

    def format(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = f"{self.field}: " if self.field else ""
        text = f"{where}: {self.severity}: {what}{self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, self.line or 0, self.field or "", self.message)


class DossierError(Exception):
    """Raised with every problem found, so a contributor sees them all at once."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the dossier's sources:"
        return "\n".join([head, *(p.format() for p in self.problems)])


class ProblemCollector:
    """Gathers problems while loading, then raises them together."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def error(
        self,
        file: str,
        message: str,
        *,
        field: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.add(Problem(file, message, field=field, line=line, hint=hint))

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise DossierError(self.errors)
