"""Cross-references from hand-written pages to paragraphs and quotations, checked against the
text they were written against.

Paragraph anchors (``<article>-p3``) and quotation ids (``<article>-q6``) are positional: a
paragraph inserted above, or a quotation found earlier in the article, shifts every later one.
mkdocs-autorefs resolves ``[¶3][<article>-p3]`` to whatever is third now, so a hand-written page
(``docs/analysis/…``) would silently cite another paragraph. Two checks prevent that:

* the **quotation guard**: a link whose text is itself a quotation (``["we fought
  tirelessly"][<article>-q6]``) must point to a paragraph or quotation holding those words;
* the **pins** of ``seeds/xrefs.lock.yml``: for every paragraph or quotation a page cites, the
  first words and a hash of the text it was written against. A cited text that changed is an
  error, naming where the pinned text is now when it moved. ``dossier xrefs --update`` writes
  the pins once the contributor has checked the links.

Everything here is pure: the pages are read from disk, the dossier's texts come from the
caller, and nothing imports MkDocs.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import yaml

from .articles import parse_yaml_file, project_path, read_text
from .errors import Problem, ProblemCollector, yaml_flow
from .model import Annotations, Article
from .registry import fold

#: The lock file, in the seeds folder (``Settings.seeds``).
LOCK_NAME = "xrefs.lock.yml"
UPDATE_COMMAND = "dossier xrefs --update"
#: The extensions MkDocs reads as pages.
PAGE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
HASH_LENGTH = 16  # hexadecimal digits of the SHA-256 of a text's words
FIRST_WORDS = 10  # words of a pinned text kept in the lock, for people and messages
MAX_SHOWN = 90  # characters of a text shown in a message

LOCK_HEADER = f"""\
# Pinned cross-references (docs/contributing/templates.md#cross-references).
# For every paragraph or quotation that a hand-written page cites by id, the text the page was
# written against: its first words and a hash of all its words. The build fails when a cited
# text changed or moved (a paragraph inserted above shifts every anchor after it).
# Written by `{UPDATE_COMMAND}` once you have checked the links; review its diff.
"""

Kind = Literal["paragraph", "quotation"]


# -- normalised text ------------------------------------------------------------------------
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
_WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of ``text``, compared the way a reader would: case, accents, quotation-mark
    and apostrophe styles, punctuation and spacing do not count."""
    return _WORD_RE.findall(fold(text.translate(_APOSTROPHES)))


def text_hash(text: str) -> str:
    """The hash pinned for a text: of its words (``words``), so a typographic fix (a curly
    quotation mark, a comma, a double space) does not count as a change, and a word does."""
    return hashlib.sha256(" ".join(words(text)).encode()).hexdigest()[:HASH_LENGTH]


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The opening words of ``text`` as written, with "…" when there is more."""
    parts = text.split()
    shown = " ".join(parts[:count])
    if len(shown) > MAX_SHOWN:
        shown = shown[:MAX_SHOWN - 1].rstrip()
    return shown + ("…" if shown != " ".join(parts) else "")


def _shown(text: str) -> str:
    """A text in a message: one line, bounded, between “ and ” (not escaped: it is read)."""
    flat = " ".join(text.split())
    if len(flat) > MAX_SHOWN:
        flat = flat[:MAX_SHOWN - 1].rstrip() + "…"
    return f"“{flat}”"


def _contains(haystack: Sequence[str], needle: Sequence[str], start: int = 0) -> int:
    """The index just past the first occurrence of ``needle`` in ``haystack`` from ``start``
    (as consecutive words), or -1."""
    n = len(needle)
    for i in range(start, len(haystack) - n + 1):
        if haystack[i] == needle[0] and list(haystack[i:i + n]) == list(needle):
            return i + n
    return -1


# -- the quotation guard --------------------------------------------------------------------
#: Opening mark -> the closing marks that may end a quotation opened with it.
_QUOTE_MARKS = {
    '"': '"“”', "“": "”“\"", "”": "”", "„": "“”", "«": "»", "»": "«", "‹": "›",
    "‘": "’", "'": "'", "‚": "‘’", "「": "」", "『": "』",
}
_ELLIPSIS_RE = re.compile(r"\s*(?:[\[(]\s*(?:…|\.\.\.)\s*[\])]|…|\.\.\.)\s*")
_EMPHASIS = "*_"


def quoted_fragments(link_text: str) -> list[list[str]] | None:
    """When ``link_text`` is a quotation (``"…"``, ``“…”``, ``« … »``, possibly in *emphasis*),
    the words of each part of it between ellipses (``…``, ``...``, ``[…]``); else None."""
    text = link_text.strip()
    while len(text) >= 2 and text[0] in _EMPHASIS and text[-1] == text[0]:
        text = text[1:-1].strip()
    text = re.sub(r"\\(.)", r"\1", text)  # Markdown escapes: \" is "
    if len(text) < 2 or text[0] not in _QUOTE_MARKS or text[-1] not in _QUOTE_MARKS[text[0]]:
        return None
    fragments = [words(part) for part in _ELLIPSIS_RE.split(text[1:-1])]
    fragments = [f for f in fragments if f]
    return fragments or None


def quotes_in(fragments: Sequence[Sequence[str]], text: str) -> bool:
    """Whether the quoted ``fragments`` occur in ``text``, in this order."""
    haystack, at = words(text), 0
    for fragment in fragments:
        at = _contains(haystack, fragment, at)
        if at < 0:
            return False
    return True


# -- references in hand-written pages -------------------------------------------------------
@dataclass(frozen=True)
class Reference:
    """One ``[text][id]`` (or ``[id][]``) reference link of a hand-written page."""

    page: str  # relative to the project root
    line: int
    text: str  # the link text as written
    target: str  # the id


_FENCE_RE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")
_CODE_SPAN_RE = re.compile(r"(`+)(?:.|\n)*?(?<!`)\1(?!`)")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_REFERENCE_RE = re.compile(
    r"(?<![\\!])\[(?P<text>(?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*\])*)\]\[(?P<id>[^\[\]\s]*)\]"
)


def _blank(match: re.Match[str]) -> str:
    """The matched text with everything but line ends blanked (lines and offsets kept)."""
    return re.sub(r"[^\n]", " ", match.group())


def _mask_code(text: str) -> str:
    """``text`` with code (fenced blocks, code spans) and HTML comments blanked out: a link
    shown as an example (```` `[¶7][<article>-p7]` ````) is no cross-reference."""
    lines = text.split("\n")
    fence: str | None = None
    for i, line in enumerate(lines):
        found = _FENCE_RE.match(line)
        if fence is None:
            if found:
                fence = found.group(1)
                lines[i] = " " * len(line)
        else:
            if found and found.group(1)[0] == fence[0] and len(found.group(1)) >= len(fence) \
                    and not line[found.end():].strip():
                fence = None
            lines[i] = " " * len(line)
    masked = "\n".join(lines)
    masked = _COMMENT_RE.sub(_blank, masked)
    return _CODE_SPAN_RE.sub(_blank, masked)


def find_references(text: str, page: str) -> list[Reference]:
    """The reference links of a page's Markdown, in order, with their lines."""
    masked = _mask_code(text)
    found = []
    for match in _REFERENCE_RE.finditer(masked):
        target = match.group("id") or match.group("text").strip()
        line = masked.count("\n", 0, match.start()) + 1
        found.append(Reference(page, line, text[match.start("text"):match.end("text")], target))
    return found


def _generated(docs: Path) -> set[str]:
    """Pages in ``docs`` written by `dossier build --out` (its manifest): not hand-written."""
    from .build import MANIFEST, read_manifest

    return set(read_manifest(docs / MANIFEST))


def page_files(docs: Path) -> list[Path]:
    """The hand-written pages of a docs folder, sorted (hidden folders and the pages
    `dossier build --out` wrote there are left out)."""
    if not docs.is_dir():
        return []
    generated = _generated(docs)
    pages = []
    for folder, dirs, names in os.walk(docs):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(folder) / name
            if path.suffix.lower() in PAGE_SUFFIXES and not name.startswith(".") \
                    and path.relative_to(docs).as_posix() not in generated:
                pages.append(path)
    return sorted(pages)



def scan_pages(docs: Path, root: Path) -> list[Reference]:
    """Every reference link of the hand-written pages of ``docs``."""
    found: list[Reference] = []
    for path in page_files(docs):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue  # MkDocs reports an unreadable page itself
        found.extend(find_references(text, project_path(path, root)))
    return found


# -- what the ids point to ------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """A paragraph or a quotation, as a cross-reference can cite it."""

    id: str
    kind: Kind
    article: str
    number: int
    text: str

    @property
    def label(self) -> str:
        return f"¶{self.number}" if self.kind == "paragraph" else f"quotation q{self.number}"


_POSITIONAL_RE = re.compile(r"^(?P<article>.+)-(?P<kind>[pq])(?P<number>[1-9][0-9]*)$")
#: A joint statement's anchor on its other speakers' pages: ``<quote id>--<speaker id>``.
_JOINT_RE = re.compile(r"^(?P<quote>.+-q[1-9][0-9]*)--[a-z0-9][a-z0-9-]*$")


@dataclass
class Texts:
    """The paragraphs and quotations of the dossier's articles, by id (built per article,
    only for the articles a page cites)."""

    articles: Mapping[str, Article]
    annotations: Mapping[str, Annotations]
    _by_article: dict[str, dict[str, Target]] = field(default_factory=dict)

    @staticmethod
    def canonical(target: str) -> str:
        """The quotation a joint statement's anchor on another speaker's page stands for
        (``<quote id>--<speaker>``), else ``target`` itself."""
        joint = _JOINT_RE.match(target)
        return joint.group("quote") if joint is not None else target

    def parse(self, target: str) -> tuple[str, Kind, int] | None:
        """(article, kind, number) of a positional id of a known article; else None."""
        match = _POSITIONAL_RE.match(target)
        if match is None or match.group("article") not in self.articles:
            return None
        kind: Kind = "paragraph" if match.group("kind") == "p" else "quotation"
        return match.group("article"), kind, int(match.group("number"))

    def of_article(self, article_id: str) -> dict[str, Target]:
        found = self._by_article.get(article_id)
        if found is None:
            found = {}
            for para in self.articles[article_id].paragraphs:
                tid = f"{article_id}-{para.id}"
                found[tid] = Target(tid, "paragraph", article_id, para.index, para.text)
            annotations = self.annotations.get(article_id)
            for quote in annotations.quotes if annotations is not None else ():
                number = int(quote.id.rsplit("-q", 1)[1])
                found[quote.id] = Target(quote.id, "quotation", article_id, number, quote.text)
            self._by_article[article_id] = found
        return found

    def get(self, target: str) -> Target | None:
        parsed = self.parse(target)
        return self.of_article(parsed[0]).get(target) if parsed is not None else None

    def siblings(self, article: str, kind: Kind) -> list[Target]:
        return [t for t in self.of_article(article).values() if t.kind == kind]


# -- the lock file --------------------------------------------------------------------------
@dataclass(frozen=True)
class Pin:
    """The text a cross-reference was written against."""

    text: str  # its first words, as written
    hash: str  # ``text_hash`` of all of it
    line: int | None = None  # in the lock file


_HASH_RE = re.compile(rf"^[0-9a-f]{{{HASH_LENGTH}}}$")


def load_lock(path: Path, root: Path, problems: ProblemCollector) -> dict[str, Pin]:
    """The pins of a lock file ({} when there is none); problems name its lines."""
    if not path.exists():
        return {}
    rel = project_path(path, root)
    text = read_text(path, rel, problems)
    if text is None:
        return {}
    redo = (f"restore it from git (`git checkout {rel}`, or resolve the merge), or, once every "
            f"link is checked, run `{UPDATE_COMMAND}`: it pins the texts as they are now")
    parsed = parse_yaml_file(text, rel, problems, hint=redo)
    if parsed is None or parsed[1] is None:
        return {}
    node, data = parsed
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        problems.error(rel, f"expected a mapping of ids to pins, found {type(data).__name__}",
                       line=1, hint=redo)
        return {}
    pins: dict[str, Pin] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        key, value = key_node.value, data.get(key_node.value)
        if isinstance(value, dict) and isinstance(value.get("hash"), int) \
                and not isinstance(value.get("hash"), bool):
            # (a hash of digits only, written without quotes by an older --update, reads as
            # a number; its digits are the hash, zeros lost at its front given back)
            value = {**value, "hash": f"{value['hash']:0{HASH_LENGTH}d}"}
        if not isinstance(value, dict) or set(value) != {"text", "hash"} \
                or not isinstance(value["text"], str) or not isinstance(value["hash"], str) \
                or not _HASH_RE.match(value["hash"]):
            problems.error(rel, f"expected {{text: \"first words…\", hash: <{HASH_LENGTH} hex "
                           f"digits>}}, found {value!r:.80}", field=str(key), line=line,
                           hint=redo)
            continue
        pins[str(key)] = Pin(value["text"], value["hash"], line)
    return pins


def render_lock(pins: Mapping[str, Pin]) -> str:
    """The lock file's text: one line per id, sorted, so that a diff shows what changed."""
    rows = [f"{tid}: {{text: {yaml_flow(pin.text)}, hash: \"{pin.hash}\"}}"
            for tid, pin in sorted(pins.items())]
    return LOCK_HEADER + "".join(row + "\n" for row in rows)


def pin_of(target: Target) -> Pin:
    return Pin(first_words(target.text), text_hash(target.text))


# -- the checks -----------------------------------------------------------------------------
@dataclass
class Report:
    """What the cross-references of the hand-written pages need."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # unpinned: fail --strict only
    checked: list[tuple[Reference, Target]] = field(default_factory=list)
    pins: dict[str, Pin] = field(default_factory=dict)  # the pins a --update would write
    #: Errors a --update does not settle: a link quoting words its target lacks, a pinned
    #: text that moved to another id or whose id is gone. The link itself is wrong.
    blocking: list[Problem] = field(default_factory=list)


def _link(ref: Reference, target: Target) -> str:
    """The link ``ref`` should be, pointing at ``target`` (its "¶3" text renumbered)."""
    text = ref.text
    if re.fullmatch(r"\s*¶\s*\d+\s*", text) and target.kind == "paragraph":
        text = f"¶{target.number}"
    return f"[{text}][{target.id}]"


def _guard(ref: Reference, fragments: list[list[str]], target: Target | None, texts: Texts,
           article: str, kind: Kind) -> Problem | None:
    """The quotation guard of one reference (None when it holds)."""
    if target is not None and quotes_in(fragments, target.text):
        return None
    quoted = " ".join(ref.text.split())  # a quotation already: shown as written
    others = [t for t in texts.siblings(article, kind) if quotes_in(fragments, t.text)]
    if target is None:
        message = f"the link quotes {quoted}, but this {kind} does not exist (any more)"
    else:
        message = (f"the link quotes {quoted}, which is not in {target.label}; it now reads "
                   f"{_shown(target.text)}")
    if others:
        where = ", ".join(f"{t.label} ({t.id})" for t in others)
        hint = (f"the words are in {where}: write {_link(ref, others[0])}, then run "
                f"`{UPDATE_COMMAND}`")
    else:
        hint = (f"no {kind} of {article} has these words now: check the article "
                f"({texts.articles[article].path}) and fix the quotation or the link")
    return Problem(ref.page, message, field=ref.target, line=ref.line, hint=hint)


def _changed(ref: Reference, target: Target | None, pin: Pin, texts: Texts, article: str,
             kind: Kind, lock: str, cited: set[str],
             pins: Mapping[str, Pin]) -> tuple[Problem, bool]:
    """The error for a cited text that is not the pinned one, and whether the link is
    certainly wrong (a ``--update`` would silence it).

    It is when the pinned text is now at another id, unless the link was most likely moved
    here on purpose: after a paragraph was inserted above, a page citing ¶6 and ¶7 is fixed
    by pointing its links to ¶7 and ¶8. The link to ¶7 then reads the text pinned for ¶6,
    which no page cites any more, and the text pinned for ¶7 is at ¶8, which the pages cite:
    ``--update`` pins what it reads now. A link whose id is gone is wrong too.
    """
    now = [t for t in texts.siblings(article, kind) if text_hash(t.text) == pin.hash]
    where = f"{lock}:{pin.line}" if pin.line else lock
    if target is None:
        message = (f"this {kind} no longer exists; the page cites it for the text "
                   f"{_shown(pin.text)} ({where})")
        if now:
            message += f"; that text is now {now[0].label}: {now[0].id}"
            hint = f"write {_link(ref, now[0])}, then run `{UPDATE_COMMAND}` to pin it"
        else:
            hint = (f"no {kind} of {article} holds that text now: cite another one, or drop "
                    f"the link, then run `{UPDATE_COMMAND}`")
        return Problem(ref.page, message, field=ref.target, line=ref.line, hint=hint), True
    current = text_hash(target.text)
    left = sorted(tid for tid, other in pins.items()
                  if other.hash == current and tid != target.id and tid not in cited)
    message = (f"{target.label} changed since the page cited it: it read {_shown(pin.text)} "
               f"({where}), it now reads {_shown(target.text)}")
    if left:
        source = texts.get(left[0])
        message += (f", the text pinned for {source.label if source else left[0]}, which no "
                    "page cites any more")
    if not now:
        hint = (f"no {kind} of {article} holds the text it read now: check that the page still "
                f"says what {target.label} says ({texts.articles[article].path}), fix the page "
                f"or the link, then run `{UPDATE_COMMAND}` to pin the text as it is now")
        return Problem(ref.page, message, field=ref.target, line=ref.line, hint=hint), False
    moved = now[0]
    followed = bool(left) and moved.id in cited
    message += f"; the text it read is now {moved.label}: {moved.id}"
    if followed:
        message += ", which the pages cite too"
        hint = (f"if this link was moved here from {source.label if source else left[0]}, it is "
                f"right: run `{UPDATE_COMMAND}` to pin it; if not, write {_link(ref, moved)}")
    else:
        hint = (f"write {_link(ref, moved)} (and check the page's words around it), then run "
                f"`{UPDATE_COMMAND}` to pin it")
    return Problem(ref.page, message, field=ref.target, line=ref.line, hint=hint), not followed


def check(references: Iterable[Reference], texts: Texts, pins: Mapping[str, Pin],
          lock: str) -> Report:
    """Check every reference to a paragraph or a quotation of a known article.

    Args:
        references: the reference links of the hand-written pages (``scan_pages``).
        texts: the dossier's paragraphs and quotations.
        pins: the lock file's pins (``load_lock``).
        lock: the lock file's path, for messages.

    Returns:
        A ``Report``: errors (a quotation not in its target, a pinned text changed or moved),
        warnings (a cited text not pinned yet) and the pins ``--update`` would write.
    """
    report = Report()
    references = [replace(ref, target=texts.canonical(ref.target)) for ref in references]
    cited = {ref.target for ref in references}
    for ref in references:
        parsed = texts.parse(ref.target)
        if parsed is None:
            continue  # a person, an event, an article, or an unknown id (autorefs says so)
        article, kind, _number = parsed
        target = texts.get(ref.target)
        if target is None and ref.target not in pins:
            count = len(texts.siblings(article, kind))
            noun = "paragraph" if kind == "paragraph" else "quotation"
            missing = Problem(
                ref.page, f"{ref.target} is no {noun} of {article}: it has {count} "
                f"{noun}{'' if count == 1 else 's'}", field=ref.target, line=ref.line,
                hint=f"cite one of {article}'s {noun}s (its page shows each one's anchor)")
            report.errors.append(missing)
            report.blocking.append(missing)
            continue
        fragments = quoted_fragments(ref.text)
        if fragments is not None:
            problem = _guard(ref, fragments, target, texts, article, kind)
            if problem is not None:
                report.errors.append(problem)
                report.blocking.append(problem)
                continue
        pin = pins.get(ref.target)
        if pin is not None and (target is None or text_hash(target.text) != pin.hash):
            problem, wrong = _changed(ref, target, pin, texts, article, kind, lock, cited,
                                      pins)
            report.errors.append(problem)
            if wrong or target is None:
                report.blocking.append(problem)
            else:  # the contributor checks the link, then pins the text as it is now
                report.pins[target.id] = pin_of(target)
            continue
        if target is None:
            continue  # unknown and never pinned: autorefs reports the missing id
        report.checked.append((ref, target))
        report.pins[target.id] = pin_of(target)
        if pin is None:
            restore = "" if pins else (
                f"; if {lock} was deleted or lost in a merge, restore it from git first "
                f"(`git checkout {lock}`): `{UPDATE_COMMAND}` pins the texts as they are "
                "now, right or wrong")
            report.warnings.append(Problem(
                ref.page, f"{target.label} is cited but its text is not pinned in {lock}",
                field=ref.target, line=ref.line, severity="warning",
                hint=f"check that it says what the page cites it for ({_shown(target.text)}), "
                     f"then run `{UPDATE_COMMAND}` to pin it{restore}"))
    return report


def check_pages(docs: Path, root: Path, lock_path: Path, articles: Iterable[Article],
                annotations: Mapping[str, Annotations]) -> Report:
    """``check`` of every hand-written page of ``docs`` against the lock at ``lock_path``;
    a lock file that cannot be read is an error of the report."""
    problems = ProblemCollector()
    pins = load_lock(lock_path, root, problems)
    texts = Texts({a.id: a for a in articles}, annotations)
    report = check(scan_pages(docs, root), texts, pins, project_path(lock_path, root))
    report.errors[:0] = problems.errors
    return report


@dataclass
class Update:
    """What ``dossier xrefs --update`` changes in the lock."""

    text: str  # the new lock file
    added: list[str]
    changed: list[str]
    pruned: list[str]


def update_lock(report: Report, old: Mapping[str, Pin]) -> Update:
    """The lock pinning every text the pages cite now (and nothing else)."""
    new = report.pins
    return Update(
        text=render_lock(new),
        added=sorted(set(new) - set(old)),
        changed=sorted(t for t in set(new) & set(old) if new[t].hash != old[t].hash),
        pruned=sorted(set(old) - set(new)),
    )


__all__ = [
    "LOCK_NAME", "Pin", "Reference", "Report", "Target", "Texts", "Update", "check",
    "check_pages", "find_references", "load_lock", "quoted_fragments", "quotes_in",
    "render_lock", "scan_pages", "text_hash", "update_lock", "words",
]
