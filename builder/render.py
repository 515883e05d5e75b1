"""Render: the assembled dossier as plain Markdown pages, from Jinja2 templates.

The output is engine-agnostic Markdown (plus the small annotation markup defined once in
``templates/_annotations.md.jinja``); MkDocs, or any engine that reads ``mkdocs.yml``,
publishes it. Templates can be overridden per project: a file with the same name in the
project's ``overrides/dossier/`` folder wins over the built-in one.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any, NamedTuple, TypeVar

import jinja2
from babel.dates import get_month_names
from jinja2.utils import internal_code, internalcode

from .dossier import (
    UNATTRIBUTED,
    Appearance,
    Dossier,
    EventEntry,
    PersonEntry,
    QuoteGroup,
    date_order,
)
from .errors import DossierError, Problem
from .export import (
    STYLE_NAMES,
    article_page,
    bibtex,
    csl_item,
    format_citations,
    page_url,
    ris,
)
from .markup import (
    Mark,
    escape_attr,
    escape_md_repeated,
    free_pieces,
    relative_from,
    weave,
    yaml_string,
)
from .model import (
    Annotations,
    Article,
    DateMention,
    EventMention,
    Paragraph,
    PartialDate,
    Quote,
    Warning,
)
from .words import count

TEMPLATES = Path(__file__).parent / "templates"
PEOPLE_PER_PAGE = 500
QUOTES_ON_INDEX = 300  # more quotations than this: the index lists speakers only
QUOTES_PER_PAGE = 100  # quotation groups per page of one speaker's quotes
ARTICLES_PER_PAGE = 100  # articles per page of a year's article list and bibliography
APPEARANCE_ARTICLES_PER_PAGE = 100  # articles per page of one person's appearances
EVENT_REPORTS_PER_PAGE = 100  # articles per page of one event's sources
QUOTE_SOURCES_ON_PERSON_PAGE = 10  # citations per quotation on a person's page
QUOTES_ON_PERSON_PAGE = 25  # quotation groups on a person's page; the rest: their quote pages
LANG_NAMES = {"en": "English", "fr": "French"}
#: The language of the templates' own words (mkdocs.yml's ``theme.language``, the pages'
#: ``<html lang>``): text in another language (an article's title, words, quotations) is
#: marked with its own ``lang``.
UI_LANG = "en"

#: ``reuse(page, inputs, render)``: the page's Markdown, from a cache when ``inputs`` (a value
#: naming everything the page is made from: tuples, lists, strings, numbers and frozen
#: dataclasses, compared with ``==``) equal what they were last time, else ``render()``.
Reuse = Callable[[str, object, Callable[[], str]], str]


@cache
def _month_names(locale: str) -> Mapping[int, str]:
    return get_month_names("wide", context="format", locale=locale)


@lru_cache(maxsize=1 << 14)
def date_label(value: PartialDate, locale: str = "en") -> str:
    """Human form at the date's own precision: ``13 June 2019``, ``June 2019``, ``2019``.

    Babel's patterns ``d MMMM y`` and ``MMMM y`` written out: day and year as plain
    numbers, the month's wide name as Babel gives it for the locale (``format_date`` costs
    ~10 µs a call, and a dossier of 1,000 articles names ~2,000 different dates). Memoised:
    the same dates come back again and again.
    """
    if value.month is None:  # known to the year
        return str(value.year)
    month = _month_names(locale)[value.month]
    if value.day is None:  # to the month
        return f"{month} {value.year}"
    return f"{value.day} {month} {value.year}"


def published_label(article: Article) -> str:
    pub = article.published
    if not pub.is_interval:
        return date_label(pub.earliest)
    return f"{date_label(pub.earliest)} or {date_label(pub.latest)}"


#: What the environment compiles templates with (besides their source): it names the folder
#: of compiled templates (``TemplateBytecode``).
_ENV_OPTIONS = {
    "autoescape": False,  # Markdown output: text goes through the `md` filter explicitly
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


class TemplateBytecode(jinja2.BytecodeCache):
    """Compiled templates kept on disk, in the dossier's cache (``.dossier-cache/templates``).

    Compiling the ~15 templates costs ~0.1 s of CPU at every build, a cached one included.
    Jinja stores each template's code with a checksum of its source and compiles again a
    template whose source changed (an edited override); the folder is named after the Jinja
    and Python versions and the environment's options, which the code depends on too. The
    cache is an optimisation: a folder that cannot be read or written only costs the
    compilation.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder / _digest_text(
            jinja2.__version__, sys.version, repr(sorted(_ENV_OPTIONS.items())))[:16]

    def _path(self, bucket: jinja2.bccache.Bucket) -> Path:
        return self.folder / f"{bucket.key}.bytecode"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            data = self._path(bucket).read_bytes()
        except OSError:
            return
        try:
            bucket.bytecode_from_string(data)
        except Exception:  # noqa: BLE001  # a damaged entry: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        path = self._path(bucket)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(bucket.bytecode_to_string())
            os.replace(tmp, path)
        except OSError:
            pass


def _digest_text(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


_PLAIN_CALLABLES = (FunctionType, MethodType, BuiltinFunctionType)
#: Jinja hands a macro the evaluation context (its ``__call__`` is ``pass_eval_context``).
_MACROS_TAKE_EVAL_CONTEXT = getattr(jinja2.runtime.Macro.__call__, "jinja_pass_arg", None) is (
    jinja2.pass_eval_context(lambda: None).jinja_pass_arg)  # type: ignore[attr-defined]
#: ``_Context.call`` copies what ``Context.call`` does in the Jinja releases it was checked
#: against (3.1.x; tests/test_pages.py renders every page both ways): with any other, the
#: environment keeps Jinja's own context, as the citation fast path keeps to its citeproc-py.
FAST_CALLS = jinja2.__version__.startswith("3.1.")


class _Context(jinja2.runtime.Context):
    """Jinja's context, with a shorter way to call a plain function from a template.

    Every call in a template (``person_name(pid)``, ``link(page)``) goes through
    ``Context.call``, which looks for ``pass_context`` and its kin on the callable and on
    its ``__call__``; at ~0.7 µs a call, that is a tenth of the pages' rendering (150,000
    calls at 1,000 articles). A function or method without those markers is called
    directly, and a macro with the evaluation context, as Jinja would; anything else
    (callable objects, marked functions) goes the way Jinja takes.
    """

    @internalcode
    def call(self, obj: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        if type(obj) is jinja2.runtime.Macro and _MACROS_TAKE_EVAL_CONTEXT:
            args = (self.eval_ctx, *args)
        elif type(obj) not in _PLAIN_CALLABLES or hasattr(obj, "jinja_pass_arg"):
            return super().call(obj, *args, **kwargs)
        if kwargs:  # a call in a loop or a block also passes the variables set there
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return obj(*args, **kwargs)
        except StopIteration:
            return self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception")


def make_environment(project_templates: Path | None = None) -> jinja2.Environment:
    """Jinja2 environment: project overrides first, then the built-in templates."""
    loaders: list[jinja2.BaseLoader] = []
    if project_templates is not None and project_templates.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(project_templates)))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        **_ENV_OPTIONS,  # type: ignore[arg-type]
    )
    if FAST_CALLS:
        env.context_class = _Context
    env.filters["md"] = escape_md_repeated
    env.filters["attr"] = escape_attr
    env.filters["date"] = date_label
    env.filters["fence"] = fence
    env.filters["yaml"] = yaml_string
    env.filters["counted"] = count
    env.globals["lang_names"] = LANG_NAMES
    env.globals["ui_lang"] = UI_LANG
    return env


_ENVIRONMENTS: dict[tuple[str, tuple[tuple[str, int], ...], str], jinja2.Environment] = {}


def shared_environment(project_templates: Path | None = None,
                       template_cache: Path | None = None) -> jinja2.Environment:
    """One environment per state of the override folder, kept across builds.

    ``mkdocs serve`` rebuilds many times: reusing the environment keeps compiled templates
    (Jinja recompiles a template whose file changed). Adding or removing an override file
    changes the key, so an override that appears mid-serve is picked up. With
    ``template_cache``, compiled templates are also kept there for the next build
    (``TemplateBytecode``).
    """
    listing: tuple[tuple[str, int], ...] = ()
    if project_templates is not None and project_templates.is_dir():
        listing = tuple(sorted(
            (f.relative_to(project_templates).as_posix(), f.stat().st_mtime_ns)
            for f in project_templates.rglob("*") if f.is_file()
        ))
    key = (str(project_templates), listing, str(template_cache or ""))
    env = _ENVIRONMENTS.get(key)
    if env is None:
        if len(_ENVIRONMENTS) > 8:
            _ENVIRONMENTS.clear()
        env = _ENVIRONMENTS[key] = make_environment(project_templates)
        if template_cache is not None:
            env.bytecode_cache = TemplateBytecode(template_cache)
    return env


def fence(text: str, info: str = "text") -> str:
    """A fenced code block that no backtick run inside ``text`` can close early."""
    if "`" not in text:  # the usual citation: no run to outdo
        return f"```{info}\n{text}\n```"
    longest = max(map(len, _BACKTICK_RUNS.findall(text)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{info}\n{text}\n{ticks}"


_BACKTICK_RUNS = re.compile("`+")


#: The macros of ``_annotations.md.jinja`` the renderer calls, with the arguments it passes.
MARKUP_MACROS: dict[str, tuple[str, ...]] = {
    "mention_open": (),
    "mention_close": ("href", "person", "name"),
    "quote_open": ("quote_id",),
    "quote_close": ("speaker_link", "speaker", "quote_link", "last"),
    "date_open": ("iso", "label", "event_link", "event", "relative"),
    "date_close": ("event_link", "label", "event"),
    "event_open": ("event_link", "event"),
    "event_close": ("event_link", "event"),
}

#: Where the contributor's guide lists what each template receives.
TEMPLATES_GUIDE = "docs/contributing/templates.md"


def _template_frames(exc: BaseException) -> tuple[list[tuple[str, int]], bool]:
    """The template lines ``exc`` went through, outermost first (file name, line), and
    whether it was raised by Python code that the innermost of them called (a helper such as
    ``person_link``, a filter) rather than by the template's own code.

    Jinja rewrites the traceback of an error raised while rendering so that template code
    shows as frames of the template file at its line (their globals hold the
    ``__jinja_exception__``); an error raised in a macro called from Python (the annotation
    markup) or while a template's module is made keeps the compiled code's frames, whose
    globals hold the template (``__jinja_template__``), which maps their line back.
    """
    frames: list[tuple[str, int]] = []
    in_python = False
    tb = exc.__traceback__
    while tb is not None:
        found = tb.tb_frame.f_globals
        template = found.get("__jinja_template__")
        if isinstance(template, jinja2.Template) and template.filename:
            frames.append((template.filename, template.get_corresponding_lineno(tb.tb_lineno)))
            in_python = False
        elif "__jinja_exception__" in found and isinstance(found.get("__file__"), str):
            frames.append((found["__file__"], tb.tb_lineno))
            in_python = False
        elif frames and tb.tb_frame.f_code not in internal_code and not str(
                found.get("__name__", "")).startswith("jinja2"):
            in_python = True
        tb = tb.tb_next
    return frames, in_python


def _within(file: str, folder: Path) -> str | None:
    """``file``'s path inside ``folder`` (with forward slashes), None when it is outside."""
    try:
        return Path(file).resolve().relative_to(folder.resolve()).as_posix()
    except (ValueError, OSError):
        return None


def _template_message(exc: BaseException) -> str:
    """What went wrong, in one line."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"syntax error: {' '.join(exc.message.split()) if exc.message else 'invalid'}"
    if isinstance(exc, jinja2.TemplatesNotFound):
        return f"no template named {' or '.join(repr(str(n)) for n in exc.templates)}"
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"no template named {str(exc.name)!r}"
    if isinstance(exc, jinja2.TemplateError):
        return " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}".rstrip(": ")


@dataclass(frozen=True)
class SiteMeta:
    """What a citation of a dossier page needs to know about the site."""

    name: str = "Dossier"
    url: str = ""
    year: str = ""

    def cite(self, title: str, page: str) -> str:
        """The page's citation; with no ``site_url`` (a local build), no address: a path
        relative to nothing is no address a reader can cite."""
        year = f" ({self.year})" if self.year else ""
        if not self.url:
            return f"{self.name}{year}. {title}."
        return f"{self.name}{year}. {title}. {self.url.rstrip('/')}/{page_url(page)}"


@dataclass
class Site:
    """Where every generated page lives, so that templates can link between them."""

    dossier: Dossier

    def __post_init__(self) -> None:
        d = self.dossier
        self.article_pages = {a.id: article_page(a) for a in d.articles}
        # {quote id: the page of its main speaker's quotations}: where a quotation is cited
        # from (dossier.json, article pages).
        self.quote_pages: dict[str, str] = {}
        # {(speaker, quote id): page#anchor}: a joint statement is on each of its speakers' pages.
        self.speaker_quote_pages: dict[tuple[str, str], str] = {}
        # {speaker: [(page, groups on it)]}: one speaker's quotations, split into pages.
        self.speaker_pages: dict[str, list[tuple[str, list[QuoteGroup]]]] = {}
        for speaker, groups in d.quotes_by_speaker():
            chunks = _chunks(groups, QUOTES_PER_PAGE)
            pages = paginated(f"quotes/{speaker}.md", f"quotes/{speaker}/{{n}}.md", len(chunks))
            self.speaker_pages[speaker] = list(zip(pages, chunks))
            for page, chunk in self.speaker_pages[speaker]:
                for group in chunk:
                    main = speaker == (group.speaker or UNATTRIBUTED)
                    for quote in group.quotes:
                        # Another anchor than the main speaker's page has: an id is one
                        # place for cross-references (mkdocs-autorefs).
                        self.speaker_quote_pages[speaker, quote.id] = page + "#" + (
                            quote.id if main else f"{quote.id}--{speaker}")
                        if main:
                            self.quote_pages[quote.id] = page
        self.people_pages = {pid: e.page for pid, e in d.people.items()}

    def person_visible(self, entry: PersonEntry) -> bool:
        return bool(entry.appearances) or entry.person.reviewed

    def visible_people(self) -> list[PersonEntry]:
        people = [e for e in self.dossier.people.values() if self.person_visible(e)]
        return sorted(people, key=lambda e: (_fold(e.person.name), e.id))


#: ``date_order``, memoised: article pages sort their dates by it, the same values again.
_date_order = lru_cache(maxsize=1 << 14)(date_order)


def _pnum(paragraph: str) -> int:
    return int(paragraph[1:]) if paragraph[1:].isdigit() else 0


@lru_cache(maxsize=1 << 14)
def _fold(text: str) -> str:
    """``fold_key``, memoised: article pages sort their people by it, the same names again
    and again (the fold walks the text character by character)."""
    from .dossier import fold_key

    return fold_key(text)


class Renderer:
    """Renders every page of the dossier; ``pages()`` returns {docs path: Markdown}."""

    def __init__(
        self, dossier: Dossier, project_templates: Path | None = None,
        meta: SiteMeta | None = None, citations: dict[str, dict[str, str]] | None = None,
        keys: dict[str, str] | None = None, template_cache: Path | None = None,
        root: Path | None = None,
    ):
        self.d = dossier
        # Template errors name override files relative to the project's root.
        self.project_templates = project_templates
        self.root = root
        self.meta = meta or SiteMeta()
        self.site = Site(dossier)
        self.env = shared_environment(project_templates, template_cache)
        # {article id: key of everything the article itself contributes (its file, its
        # annotations, its citations)}: what lets ``pages(reuse=…)`` name a page's inputs.
        self.keys = keys
        # A page whose template the project overrides may show anything of the dossier, so
        # its inputs cannot be named: it is always rendered.
        self.overridden: frozenset[str] = frozenset(
            f.relative_to(project_templates).as_posix() for f in project_templates.rglob("*")
            if f.is_file()
        ) if project_templates is not None and project_templates.is_dir() else frozenset()
        self._reuse: Reuse | None = None
        self.rendered: Counter[str] = Counter()  # pages rendered (not reused), by template
        # Any: the macros are defined by a template (perhaps a project override).
        try:
            markup = self.env.get_template("_annotations.md.jinja")
            self.macros: Any = markup.module
        except Exception as exc:
            if (error := self._template_error(exc)) is None:
                raise
            raise error from exc
        self._check_markup_macros(markup)
        items = [csl_item(a) for a in dossier.articles]
        self.csl = {i["id"]: i for i in items}
        # {style: {article id: entry}}; the builder passes them from its cache.
        self.citations = citations if citations is not None else {
            style: format_citations(items, style) for style in STYLE_NAMES
        }
        # The markup of mentions (by person) and dates (by value, event and whether
        # relative), by the folder of the page (see ``_marks``).
        self._markup: dict[str, tuple[dict[str, tuple[str, str]],
                                      dict[tuple[PartialDate, str | None, bool],
                                           tuple[str, str]]]] = {}
        self._links: dict[str, dict[str, str]] = {}  # {folder: {docs path: link}}
        self._templates: dict[str, jinja2.Template] = {}
        self._published: dict[str, str] = {}  # {article id: published_label}
        self.warnings_of: dict[str, list[Warning]] = {}
        for w in dossier.warnings:
            self.warnings_of.setdefault(w.article, []).append(w)

    # -- helpers available to templates -------------------------------------------------
    def _linker(self, page: str) -> Callable[[str], str]:
        """``link(to)``: the relative link from ``page`` to the docs path ``to``.

        The links are kept by folder: a page links to the same articles and people as its
        neighbours, dozens of times.
        """
        base = posixpath.dirname(page)
        links = self._links.setdefault(base, {})

        def link(to: str) -> str:
            found = links.get(to)
            if found is None:
                found = links[to] = relative_from(base, to)
            return found

        return link

    def _context(self, page: str, **extra: Any) -> dict[str, Any]:
        link = self._linker(page)
        site = self.site
        return {
            "page": page,
            "link": link,
            "dossier": self.d,
            "site": site,
            "cite": self.cite,
            "article_link": lambda aid, pid=None: link(site.article_pages[aid])
            + (f"#{pid}" if pid else ""),
            "article_title": lambda aid: self.d.article(aid).title,
            "article_lang": lambda aid: self.d.article(aid).lang,
            "cite_parts": self.cite_parts,
            "person_name": self.person_name,
            "person_link": lambda pid: link(site.people_pages[pid]),
            # With a speaker: the quotation on that speaker's page (a joint statement is on
            # each of its speakers' pages); else on its main speaker's.
            "quote_link": lambda qid, speaker=None: _link_anchor(
                link, site.speaker_quote_pages.get((speaker, qid))
                or f"{site.quote_pages[qid]}#{qid}"),
            "published_label": self.published_label,
            "style_names": STYLE_NAMES,
            "config_cite": lambda title: self.meta.cite(title, page),
            "quote_variants": quote_variants,
            "speaker_text": self._speaker_text,
            **extra,
        }

    def published_label(self, article: Article) -> str:
        """``published_label``, once per article: indexes and person pages show the same
        articles' dates again and again."""
        found = self._published.get(article.id)
        if found is None:
            found = self._published[article.id] = published_label(article)
        return found

    def person_name(self, pid: str | None) -> str:
        if pid is None:
            return ""
        entry = self.d.people.get(pid)
        return entry.person.name if entry else pid

    def cite(self, article_id: str, style: str) -> str:
        return self.citations[style].get(article_id, "")

    def cite_parts(self, article_id: str, style: str) -> list[tuple[str, bool]]:
        """The citation in pieces, each with whether it is the article's title: a template
        marks the title's language (a French title in an English citation)."""
        text = self.cite(article_id, style)
        title = self.d.article(article_id).title
        start = text.find(title) if title else -1
        if start < 0:
            return [(text, False)]
        end = start + len(title)
        return [(part, is_title) for part, is_title in (
            (text[:start], False), (title, True), (text[end:], False)) if part]

    def _render(self, template: str, page: str, **extra: Any) -> str:
        self.rendered[template] += 1
        compiled = self._templates.get(template)
        if compiled is None:  # looked up once a build (a lookup checks the file's date)
            compiled = self._templates[template] = self.env.get_template(template)
        return compiled.render(self._context(page, **extra))

    def _page(self, template: str, page: str, inputs: Callable[[], object],
              render: Callable[[], str] | None = None, **extra: Any) -> str:
        """``page`` rendered from ``template``, or reused when its ``inputs`` are unchanged.

        ``inputs()`` names everything the built-in template shows besides ``page`` itself and
        the values of ``extra`` that are not data: articles by their key (``self.keys``), other
        values as they are, in ordered containers (tuples and lists; no sets or dicts, whose
        equality ignores order). It is called only when a ``reuse`` hook is given, and is
        compared with ``==`` to what it was when the page was last rendered (cheaper than a
        digest of its ``repr``, and as exact for these values). ``render`` defaults to
        rendering ``template`` with ``extra``; what only the rendering needs is best computed
        there, not for every page a cache answers.
        """
        def draw() -> str:
            return render() if render is not None else self._render(template, page, **extra)

        if self._reuse is None or template in self.overridden:
            return draw()
        return self._reuse(page, (template, inputs()), draw)

    def _key(self, article_id: str | None) -> str | None:
        """The key of an article (None for None): what an index shows of it is made from."""
        return None if article_id is None or self.keys is None else self.keys[article_id]

    def _group_inputs(self, group: QuoteGroup, speaker: str | None = None
                      ) -> tuple[object, ...]:
        """A quote group as an index shows it: its words, speakers and each quotation, with
        the page it is on (``speaker``'s page of quotations when given)."""
        pages = self.site.speaker_quote_pages
        return (group.key, group.text, group.speaker, group.speaker_label,
                [(pid, self.person_name(pid)) for pid in group.speakers],
                [(q.id, self._key(q.span.article),
                  (pages.get((speaker, q.id)) if speaker else None)
                  or self.site.quote_pages.get(q.id))
                 for q in group.quotes])

    # -- pages -------------------------------------------------------------------------------
    def pages(self, reuse: Reuse | None = None) -> dict[str, str]:
        """Every page: {docs path: Markdown}.

        With ``reuse`` (and the articles' ``keys``), each page is handed to it with a string
        naming its inputs, and a cache may answer instead of rendering it (``mkdocs serve``:
        after a one-article edit only the pages that show that article are rendered again).
        """
        self._reuse = reuse if self.keys is not None else None
        try:
            out: dict[str, str] = {}
            for article in self.d.articles:
                out[self.site.article_pages[article.id]] = self._page(
                    "article.md.jinja", self.site.article_pages[article.id],
                    partial(self.article_inputs, article), partial(self.article, article))
            out.update(self.article_indexes())
            out.update(self.people_pages())
            out.update(self.event_pages())
            out.update(self.quote_pages())
            out.update(self.source_pages())
            return dict(sorted(out.items()))
        except Exception as exc:
            if (error := self._template_error(exc)) is None:
                raise
            raise error from exc
        finally:
            self._reuse = None

    # -- a template that fails ---------------------------------------------------------------
    def _template_error(self, exc: Exception) -> DossierError | None:
        """``exc`` as a ``DossierError`` naming the template, its line and what went wrong;
        None when it is no template's doing.

        Jinja's own errors (a syntax error, an undefined variable or attribute, a missing
        template) are always the template's. Another error raised by the template's own code
        (``{{ entry.person.name + 1 }}``) is too; one raised by Python code a template called
        is the template's when an override made the call (``person_link("nobody")``), but a
        bug of the dossier's own when a built-in template did, and keeps its traceback.
        """
        if isinstance(exc, DossierError):
            return None
        frames, in_python = _template_frames(exc)
        if isinstance(exc, jinja2.TemplateSyntaxError):  # where it was compiled
            where = (exc.filename or exc.name or "<template>", exc.lineno)
            if where not in frames[-1:]:
                frames.append(where)
        elif not frames:
            return None
        file, line = frames[-1]
        if in_python and not isinstance(exc, jinja2.TemplateError) and \
                _within(file, TEMPLATES) is not None:
            return None
        hints = []
        builtin = self._builtin_of(file)
        if builtin is not None:
            hints.append(f"the built-in template is {builtin}; delete this override to go "
                         "back to it")
        callers = [f"{self._template_name(f)}:{n}" for f, n in frames[:-1] if f != file]
        if callers:
            hints.append("called from " + ", ".join(dict.fromkeys(reversed(callers))))
        if isinstance(exc, jinja2.UndefinedError):
            hints.append(f"{TEMPLATES_GUIDE} lists the variables of each template")
        return DossierError([Problem(self._template_name(file), _template_message(exc),
                                     line=line, hint="; ".join(hints) or None)])

    def _check_markup_macros(self, markup: jinja2.Template) -> None:
        """The annotation markup (perhaps an override) defines every macro the renderer calls,
        each taking the arguments it is called with."""
        wrong = []
        for name, arguments in MARKUP_MACROS.items():
            macro = getattr(self.macros, name, None)
            if not isinstance(macro, jinja2.runtime.Macro):
                wrong.append(f"no macro {name}")
            elif not (macro.catch_kwargs or set(arguments) <= set(macro.arguments)):
                wrong.append(f"{name}({', '.join(macro.arguments)})")
        if wrong:
            file = markup.filename or markup.name or "_annotations.md.jinja"
            builtin = self._builtin_of(file)
            expected = ", ".join(f"{n}({', '.join(a)})" for n, a in MARKUP_MACROS.items())
            raise DossierError([Problem(
                self._template_name(file), f"expected the macros {expected}; found "
                + ", ".join(wrong),
                hint=f"the built-in template is {builtin}; copy its macros" if builtin else None,
            )])

    def _template_name(self, file: str) -> str:
        """A template file as a contributor finds it: built-in ones under
        ``builder/templates/``, overrides relative to the project's root."""
        if (name := _within(file, TEMPLATES)) is not None:
            return f"builder/templates/{name}"
        if self.root is not None and (name := _within(file, self.root)) is not None:
            return name
        return Path(file).as_posix()

    def _builtin_of(self, file: str) -> str | None:
        """The built-in template that the override ``file`` replaces, if it is one."""
        name = _within(file, self.project_templates) if self.project_templates else None
        return f"builder/templates/{name}" if name and (TEMPLATES / name).is_file() else None

    def article_inputs(self, article: Article) -> tuple[object, ...]:
        """What an article page shows: its own article (by key), and of other entities.

        An article page shows the names of the people it mentions, the titles of the events
        its dates name, and links to person, event and quote pages; all of these can change
        when *another* source changes (a discovered person named differently by another
        article, an event renamed in events.yml).
        """
        d, site = self.d, self.site
        ann = d.annotations.get(article.id) or Annotations(article.id)
        people = {m.person for m in ann.mentions}
        for q in ann.quotes:
            people.update(q.speaker_ids)
        events = sorted({dm.event for dm in ann.dates if dm.event} | {r.event for r in ann.events})
        return (
            self._key(article.id),
            [(pid, self.person_name(pid), site.people_pages.get(pid)) for pid in sorted(people)],
            [(q.id, site.quote_pages.get(q.id)) for q in ann.quotes],
            [(eid, d.events[eid].event.title, d.events[eid].page) if eid in d.events else (eid,)
             for eid in events],
        )

    def article(self, article: Article) -> str:
        page = self.site.article_pages[article.id]
        ann = self.d.annotations.get(article.id) or Annotations(article.id)
        marks = self._marks(article, ann, page)
        paragraphs = [(p, weave(p.text, marks.get(p.id, []))) for p in article.paragraphs]
        people = sorted(
            {m.person for m in ann.mentions}, key=lambda pid: (_fold(self.person_name(pid)), pid)
        )
        item = self.csl[article.id]
        dates = sorted(ann.dates, key=lambda dm: (_date_order(dm.value),
                                                  _pnum(dm.span.paragraph), dm.span.start))
        return self._render(
            "article.md.jinja", page, article=article, ann=ann, paragraphs=paragraphs,
            people=people, dates=dates, date_rows=self._date_rows(page, dates),
            event_rows=self._event_rows(page, ann.events),
            quote_rows=self._quote_rows(page, ann.quotes), bibtex=bibtex([item]),
            ris=ris([item]), warnings=self.warnings_of.get(article.id, []),
        )

    def _date_rows(self, page: str, dates: list[DateMention]) -> list[DateRow]:
        """The article page's list of its dates, as the template shows them (worked out here,
        like ``_quote_rows``)."""
        link = self._linker(page)
        events = self.d.events
        rows: list[DateRow] = []
        for d in dates:
            entry = events.get(d.event) if d.event else None
            rows.append(DateRow(d.text, d.span.paragraph, date_label(d.value),
                                entry.event.title if entry else "",
                                link(entry.page) if entry else ""))
        return rows

    def _event_rows(self, page: str, reports: list[EventMention]) -> list[EventRow]:
        """The article page's list of the events it reports without a date (front matter
        ``events``), each with the words and paragraph that report it."""
        link = self._linker(page)
        events = self.d.events
        return [EventRow(events[r.event].event.title, link(events[r.event].page), r.text,
                         r.span.paragraph)
                for r in reports if r.event in events]

    def _quote_rows(self, page: str, quotes: list[Quote]) -> list[QuoteRow]:
        """The article page's list of its quotations, as the template shows them (worked out
        here: the template would spend ~5 µs a quotation finding the same values)."""
        link = self._linker(page)
        people_pages = self.site.people_pages
        rows: list[QuoteRow] = []
        for q in quotes:
            speakers = [
                (self.person_name(pid), link(people_pages[pid]) if pid in people_pages else "")
                for pid in (q.speakers or (q.speaker,))
            ] if q.speaker else []
            rows.append(QuoteRow(q.text, speakers, self._speaker_text(q), q.span.paragraph,
                                 link(self.site.quote_pages[q.id]) + f"#{q.id}"))
        return rows

    def paragraph(self, article: Article, p: Paragraph, ann: Annotations, page: str) -> str:
        """The paragraph's text, escaped, with mentions, quotes and dates marked up."""
        return weave(p.text, self._marks(article, ann, page).get(p.id, []))

    def _marks(self, article: Article, ann: Annotations, page: str) -> dict[str, list[Mark]]:
        """The markup of an article's quotes, mentions and dates, by paragraph id.

        Within a paragraph the marks keep the order ``weave`` breaks its ties with: quotes,
        then mentions, then dates, then the words of events reported without a date, each in
        the annotations' order. The markup of a mention or a date depends only on the page's
        folder and what it points to, so it is made once per renderer (``self._markup``, by
        folder) and shared by every page of the folder.
        """
        m = self.macros
        base = posixpath.dirname(page)
        people_pages = self.site.people_pages
        texts = {p.id: p.text for p in article.paragraphs}
        marks: dict[str, list[Mark]] = {pid: [] for pid in texts}
        for quote in ann.quotes:
            for i, part in enumerate(quote.parts):
                text = texts.get(part.paragraph)
                if text is None:
                    continue
                last = i == len(quote.parts) - 1
                start, end = _with_marks(text, part.start, part.end)
                close = str(m.quote_close(
                    speaker_link=relative_from(base, people_pages[quote.speaker])
                    if quote.speaker in people_pages else "",
                    speaker=escape_attr(self._speaker_text(quote)),
                    quote_link=relative_from(base, self.site.quote_pages[quote.id])
                    + "#" + quote.id,
                    last=last,
                ))
                marks[part.paragraph].append(
                    Mark(start, end, str(m.quote_open(quote_id=quote.id)), close, 0))
        mentions, dates = self._markup.setdefault(base, ({}, {}))
        for mention in ann.mentions:
            span = mention.span
            found = marks.get(span.paragraph)
            if found is None:
                continue
            person = mention.person
            markup = mentions.get(person)
            if markup is None:
                if person not in people_pages:
                    continue
                markup = mentions[person] = (str(m.mention_open()).strip(), str(m.mention_close(
                    href=relative_from(base, people_pages[person]),
                    person=person,
                    name=escape_attr(self.person_name(person)),
                )).strip())
            found.append(Mark(span.start, span.end, markup[0], markup[1], 2, True))
        for date in ann.dates:
            span = date.span
            found = marks.get(span.paragraph)
            if found is None:
                continue
            key = (date.value, date.event, date.relative)
            markup = dates.get(key)
            if markup is None:
                markup = dates[key] = self._date_markup(date.value, date.event, date.relative,
                                                        base)
            # a date that names an event is a link to it
            found.append(Mark(span.start, span.end, markup[0], markup[1], 1,
                              date.event is not None and date.event in self.d.events))
        for report in ann.events:  # an event reported without a date (front matter `events`)
            span = report.span
            found = marks.get(span.paragraph)
            entry = self.d.events.get(report.event)
            if found is None or entry is None:
                continue
            event_link = relative_from(base, entry.page)
            title = escape_attr(entry.event.title)
            opening = str(m.event_open(event_link=event_link, event=title)).strip()
            closing = str(m.event_close(event_link=event_link, event=title)).strip()
            # The words are a link to the event, as a date that names it is; a person's name
            # or a date among them stays a link of its own, between two pieces of it.
            found.extend(Mark(a, b, opening, closing, 1, True)
                         for a, b in free_pieces(texts[span.paragraph], span.start, span.end,
                                                 found))
        return marks

    def _date_markup(self, value: PartialDate, event_id: str | None, relative: bool,
                     base: str) -> tuple[str, str]:
        m = self.macros
        event = self.d.events.get(event_id) if event_id else None
        event_link = relative_from(base, event.page) if event else ""
        title = escape_attr(event.event.title) if event else ""
        label = date_label(value)
        return (
            str(m.date_open(iso=value.iso(), label=label, event_link=event_link, event=title,
                            relative=relative)).strip(),
            str(m.date_close(event_link=event_link, label=label, event=title)).strip(),
        )

    def _speaker_text(self, quote: Quote) -> str:
        if quote.speakers and len(quote.speakers) > 1:
            return " and ".join(self.person_name(s) for s in quote.speakers)
        if quote.speaker:
            return self.person_name(quote.speaker)
        return quote.speaker_label or "unknown speaker"

    def article_indexes(self) -> dict[str, str]:
        d = self.d
        out = {"articles/index.md": self._page(
            "articles-index.md.jinja", "articles/index.md",
            lambda: [(y, [(a.id, a.lang) for a in d.articles_in(y)]) for y in d.years])}
        for year in d.years:
            chunks = _chunks(d.articles_in(year), ARTICLES_PER_PAGE)
            pages = paginated(f"articles/{year}/index.md", f"articles/{year}/page/{{n}}.md",
                              len(chunks))
            for i, (page, chunk) in enumerate(zip(pages, chunks)):
                out[page] = self._page(
                    "articles-year.md.jinja", page,
                    partial(self._articles_inputs, year, chunk, i, pages),
                    year=year, articles=chunk, page_number=i + 1, page_links=pages,
                    total=len(d.articles_in(year)),
                )
        return out

    def _articles_inputs(self, year: int, chunk: list[Article], index: int, pages: list[str]
                         ) -> tuple[object, ...]:
        """A year's list of articles (or sources): which articles, in order, and the pages."""
        return (year, len(self.d.articles_in(year)), index, pages,
                [(a.id, self._key(a.id)) for a in chunk])

    def people_pages(self) -> dict[str, str]:
        out: dict[str, str] = {}
        people = self.site.visible_people()
        # The index counts and lists the people the articles name; registry people whose name
        # no article writes (yet) have their page too, listed apart on the first page.
        appearing = [e for e in people if e.appearances]
        absent = [e for e in people if not e.appearances]
        chunks = _chunks(appearing, PEOPLE_PER_PAGE)
        pages = ["people/index.md"] + [f"people/page-{i}.md" for i in range(2, len(chunks) + 1)]
        for i, (page, chunk) in enumerate(zip(pages, chunks)):
            shown_absent = absent if i == 0 else []
            out[page] = self._page(
                "people-index.md.jinja", page,
                partial(self._people_index_inputs, chunk, i, pages, len(appearing),
                        shown_absent, len(absent)),
                people=chunk, page_number=i + 1, page_links=pages, total=len(appearing),
                absent=shown_absent, total_absent=len(absent),
            )
        for entry in people:
            # A person's page lists their appearances article by article; for someone in
            # thousands of articles the list continues on further pages, so that no page
            # grows with the whole dossier.
            parts = _chunks(entry.articles, APPEARANCE_ARTICLES_PER_PAGE)
            links = paginated(entry.page, f"people/{entry.id}/appearances/{{n}}.md", len(parts))
            for i, (page, part) in enumerate(zip(links, parts)):
                out[page] = self._page(
                    "person.md.jinja", page,
                    partial(self._person_inputs, entry, part, i, links),
                    partial(self._person_page, entry, page, part, i, links))
        return out

    def _person_page(self, entry: PersonEntry, page: str, part: list[str], index: int,
                     links: list[str]) -> str:
        appearances = _by_article(entry.appearances)
        return self._render(
            "person.md.jinja", page, entry=entry, appearances=appearances,
            appearance_articles=part,
            appearance_rows=self._appearance_rows(page, part, appearances),
            page_number=index + 1, page_links=links,
            quotes_shown=QUOTES_ON_PERSON_PAGE, quote_sources_shown=QUOTE_SOURCES_ON_PERSON_PAGE,
        )

    def _appearance_rows(self, page: str, part: list[str],
                         appearances: dict[str, list[Appearance]]) -> list[AppearanceRow]:
        """The lines of a person's appearances on one page, as the template shows them.

        Worked out here rather than in the template: at 1,000 articles the person pages show
        20,000 mentions, and a template spends ~2 µs a mention on the calls and attribute
        lookups that find the same values.
        """
        link = self._linker(page)
        rows: list[AppearanceRow] = []
        for aid in part:
            article = self.d.article(aid)
            href = link(self.site.article_pages[aid])
            rows.append(AppearanceRow(article.title, href, self.published_label(article), [
                (ap.citation.paragraph[1:], ap.text,
                 f"{href}#{ap.citation.paragraph}" if ap.citation.paragraph else href)
                for ap in appearances[aid]
            ], article.lang))
        return rows

    def _people_index_inputs(self, chunk: list[PersonEntry], index: int, pages: list[str],
                             total: int, absent: list[PersonEntry], total_absent: int
                             ) -> tuple[object, ...]:
        return (index, pages, total, [(e.person, e.page) for e in absent], total_absent, [
            (e.person, e.page, len(e.articles), sum(len(g.quotes) for g in e.quotes),
             e.first, self._key(e.first.article if e.first else None),
             e.last, self._key(e.last.article if e.last else None))
            for e in chunk
        ])

    def _person_inputs(self, entry: PersonEntry, part: list[str], index: int, links: list[str]
                       ) -> tuple[object, ...]:
        """A person's page: the person, the articles of this page (their appearances are the
        article's), and on the first page their quotations, events and companions."""
        first: tuple[object, ...] = ()
        if index == 0:
            first = (
                len(entry.quotes),
                [self._group_inputs(g, entry.id) for g in entry.quotes[:QUOTES_ON_PERSON_PAGE]],
                [(eid, self.d.events[eid].event, self.d.events[eid].page)
                 for eid in entry.events],
                [(pid, n, self.person_name(pid), self.site.people_pages.get(pid))
                 for pid, n in entry.co_people[:10]],
                QUOTE_SOURCES_ON_PERSON_PAGE,
            )
        return (entry.person, entry.page, len(entry.appearances), len(entry.articles), index,
                links, [(aid, self._key(aid)) for aid in part], first)

    def event_pages(self) -> dict[str, str]:
        events = sorted(self.d.events.values(), key=lambda e: (e.event.date.first_day(), e.id))
        out = {
            "events/index.md": self._page(
                "events-index.md.jinja", "events/index.md",
                lambda: [(e.event, e.page, bool(e.sources), len(e.articles), e.disagreement)
                         for e in events],
                events=events, timeline=timeline(events),
            )
        }
        for entry in events:
            # An event reported by thousands of articles lists them over several pages.
            parts = _chunks(entry.reports, EVENT_REPORTS_PER_PAGE)
            links = paginated(entry.page, f"events/{entry.id}/sources/{{n}}.md", len(parts))
            for i, (page, part) in enumerate(zip(links, parts)):
                out[page] = self._page(
                    "event.md.jinja", page, partial(self._event_inputs, entry, i, links),
                    entry=entry, reports=part, page_number=i + 1, page_links=links)
        return out

    def _event_inputs(self, entry: EventEntry, index: int, links: list[str]
                      ) -> tuple[object, ...]:
        """An event's page: the event, its people, and every article that reports it (each
        page shows how all the sources date it)."""
        return (entry.event, entry.page, index, links,
                [(pid, self.person_name(pid), self.site.people_pages.get(pid))
                 for pid in entry.event.people],
                [(aid, self._key(aid)) for aid in entry.articles])

    def quote_pages(self) -> dict[str, str]:
        by_speaker = self.d.quotes_by_speaker()
        # Each quotation once, though a joint statement is listed under each of its speakers.
        total = sum(len(g.quotes) for g in self.d.quote_groups)
        by_lang: Counter[str] = Counter()
        by_article: Counter[str] = Counter()
        for group in self.d.quote_groups:
            for quote in group.quotes:
                by_lang[quote.lang] += 1
                by_article[quote.span.article] += 1
        # The table of speakers counts a joint statement under each of its speakers (each
        # finds it on their page), so its rows add up to more than the total: the page says
        # by how much, and why.
        speaker_counts = {speaker: sum(len(g.quotes) for g in groups)
                          for speaker, groups in by_speaker}
        joint = sum(len(g.quotes) for g in self.d.quote_groups if len(g.speakers) > 1)
        listed = sum(speaker_counts.values())
        show_all = total <= QUOTES_ON_INDEX
        counts = [(a.id, by_article[a.id]) for a in self.d.articles_chronological()
                  if a.id in by_article] if show_all else []

        def index_inputs() -> tuple[object, ...]:
            return (total, joint, sorted(by_lang.items()), [
                (speaker, self.person_name(speaker),
                 [self._group_inputs(g) if show_all else len(g.quotes) for g in groups])
                for speaker, groups in by_speaker
            ], [(aid, n, self._key(aid)) for aid, n in counts])

        out = {
            "quotes/index.md": self._page(
                "quotes-index.md.jinja", "quotes/index.md", index_inputs,
                by_speaker=by_speaker, speaker_counts=speaker_counts, total=total,
                joint=joint, listed=listed, show_all=show_all,
                unattributed=UNATTRIBUTED, by_lang=sorted(by_lang.items()), by_article=counts,
            )
        }
        for speaker, pages in self.site.speaker_pages.items():
            links = [page for page, _ in pages]
            for i, (page, groups) in enumerate(pages):
                out[page] = self._page(
                    "quotes-speaker.md.jinja", page,
                    partial(self._speaker_inputs, speaker, groups, i, links),
                    partial(self._speaker_page, speaker, page, groups, i, links))
        return out

    def _speaker_page(self, speaker: str, page: str, groups: list[QuoteGroup], index: int,
                      links: list[str]) -> str:
        return self._render(
            "quotes-speaker.md.jinja", page, speaker=speaker, groups=groups,
            unattributed=UNATTRIBUTED, page_number=index + 1, page_links=links,
            langs=sorted({q.lang for g in groups for q in g.quotes}),  # each g.langs sorts
            articles=sorted({q.span.article for g in groups for q in g.quotes}),
        )

    def _speaker_inputs(self, speaker: str, groups: list[QuoteGroup], index: int,
                        links: list[str]) -> tuple[object, ...]:
        return (speaker, self.person_name(speaker), index, links,
                [self._group_inputs(g) for g in groups])

    def source_pages(self) -> dict[str, str]:
        d = self.d
        out = {"sources/index.md": self._page("sources-index.md.jinja", "sources/index.md",
                                              lambda: d.years)}
        for year in d.years:
            chunks = _chunks(d.articles_in(year), ARTICLES_PER_PAGE)
            pages = paginated(f"sources/{year}.md", f"sources/{year}/{{n}}.md", len(chunks))
            for i, (page, chunk) in enumerate(zip(pages, chunks)):
                out[page] = self._page(
                    "sources-year.md.jinja", page,
                    partial(self._articles_inputs, year, chunk, i, pages),
                    year=year, articles=chunk, page_number=i + 1, page_links=pages,
                    total=len(d.articles_in(year)),
                )
        return out


def quote_variants(group: QuoteGroup) -> list[QuoteGroup]:
    """A group's quotations split by their exact words (whitespace aside), in order.

    A group gathers the same quotation across articles, compared loosely (case, punctuation,
    apostrophes). Each entry of the quote index must show the words of the paragraphs it cites
    verbatim, so every wording gets its own entry, with the citations that use it.
    """
    if len(group.quotes) == 1:  # most groups: one quotation, so one variant
        quote = group.quotes[0]
        return [QuoteGroup(group.key, quote.text, group.speaker, group.speaker_label, [quote])]
    variants: dict[str, QuoteGroup] = {}
    for quote in group.quotes:
        key = " ".join(quote.text.split())
        variant = variants.get(key)
        if variant is None:
            variant = variants[key] = QuoteGroup(
                group.key, quote.text, group.speaker, group.speaker_label
            )
        variant.quotes.append(quote)
    return list(variants.values())


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a quote span to include its quotation marks, when they are adjacent."""
    opening = "\"“«‘„‹'"
    closing = "\"”»’“›'"
    if start > 0 and text[start - 1] in opening:
        start -= 1
        if start > 0 and text[start - 1] == "\u00a0" and start > 1 and text[start - 2] in "«":
            start -= 2
    elif start > 1 and text[start - 1] in " \u00a0\u202f" and text[start - 2] in "«":
        start -= 2
    if end < len(text) and text[end] in closing:
        end += 1
    elif end + 1 < len(text) and text[end] in " \u00a0\u202f" and text[end + 1] in "»":
        end += 2
    return start, end


def _by_article(appearances: list[Appearance]) -> dict[str, list[Appearance]]:
    out: dict[str, list[Appearance]] = {}
    for ap in appearances:
        out.setdefault(ap.citation.article, []).append(ap)
    return out


class AppearanceRow(NamedTuple):
    """One article's line of a person's appearances (``appearance_rows``)."""

    title: str
    href: str  # the article page, linked from the person page
    published: str  # published_label
    mentions: list[tuple[str, str, str]]  # (paragraph number, the words, link to the paragraph)
    lang: str  # the article's language: its title's and the words'


class DateRow(NamedTuple):
    """One date in an article page's list (``date_rows``)."""

    text: str  # the words
    paragraph: str  # the paragraph's id
    label: str  # the date it resolves to (date_label)
    event: str  # the title of the event it names, or ""
    event_href: str  # the event's page, or "" (no event, or one not in the dossier)


class EventRow(NamedTuple):
    """One event an article reports without a date, in its page's list (``event_rows``)."""

    title: str  # the event's title
    href: str  # the event's page
    text: str  # the words that report it
    paragraph: str  # the paragraph's id


class QuoteRow(NamedTuple):
    """One quotation in an article page's list (``quote_rows``)."""

    text: str
    speakers: list[tuple[str, str]]  # (name, link to their page or ""); none: unnamed
    speaker: str  # who said it, in words (speaker_text), for an unnamed speaker
    paragraph: str  # the paragraph's id
    href: str  # the quotation in the quote index


def _link_anchor(link: Callable[[str], str], target: str) -> str:
    """``link`` to a docs page with a ``#fragment``."""
    page, _, anchor = target.partition("#")
    return f"{link(page)}#{anchor}"


T = TypeVar("T")


def _chunks(items: list[T], size: int) -> list[list[T]]:
    if not items:
        return [[]]
    return [items[i: i + size] for i in range(0, len(items), size)]


def paginated(first: str, pattern: str, count: int) -> list[str]:
    """The pages of a long index: ``first``, then ``pattern`` with ``{n}`` = 2, 3, …"""
    return [first] + [pattern.format(n=n) for n in range(2, count + 1)]


@dataclass(frozen=True)
class TimelineYear:
    year: int
    events: list[EventEntry]


def timeline(events: list[EventEntry]) -> list[TimelineYear]:
    """Events grouped by year, for the HTML/CSS timeline drawn at build time."""
    years: dict[int, list[EventEntry]] = {}
    for entry in events:
        years.setdefault(entry.event.date.year, []).append(entry)
    return [TimelineYear(y, years[y]) for y in sorted(years)]


def render_pages(
    dossier: Dossier, project_templates: Path | None = None, meta: SiteMeta | None = None
) -> dict[str, str]:
    """Every generated page: {docs-relative path: Markdown}."""
    return Renderer(dossier, project_templates, meta).pages()


def quote_pages_of(dossier: Dossier) -> dict[str, str]:
    return Site(dossier).quote_pages



