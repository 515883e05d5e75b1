"""The native citation formatter (builder/cite.py) writes what citeproc-py writes, or nothing.

Every entry ``format_entry`` returns is compared with ``export._citeproc_citations`` (the
citeproc-py path): on every real article of the repository, and on random items, both inside
the space the formatter claims (where it must answer) and around it (where it may decline).
``DOSSIER_CITE_EXAMPLES=5000`` runs the random comparisons longer.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder import cite
from builder.articles import article_paths, load_article
from builder.cite import FORMATTED_STYLES, format_entry
from builder.errors import ProblemCollector
from builder.export import STYLES, _citeproc_citations, csl_item

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("DOSSIER_CITE_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def citeproc(item: dict[str, Any], style: str) -> str:
    return _citeproc_citations([item], style)[item["id"]]


def real_items() -> list[dict[str, Any]]:
    dirs = [ROOT / "seeds" / "articles", *sorted(ROOT.glob("eval/dev*/seeds/articles"))]
    items = []
    for directory in dirs:
        for path in article_paths(directory):
            article = load_article(path, ROOT, ProblemCollector())
            if article is not None:
                items.append(csl_item(article))
    return items


REAL = real_items()


def test_styles_are_the_exported_ones() -> None:
    assert set(FORMATTED_STYLES) == set(STYLES)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_real_articles_match_citeproc(style: str) -> None:
    assert len(REAL) >= 40
    for item in REAL:
        native = format_entry(item, style)
        if native is not None:
            assert native == citeproc(item, style), item["id"]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_real_articles_take_the_fast_path(style: str) -> None:
    # A formatter that always declines would pass every equality test: it must not. Every real
    # article is inside the space checked against citeproc-py, names with particles included
    # ("Seán Ó Riordáin": family "Ó Riordáin"). A new real name outside it fails here: widen
    # the verified space (and the random items below) rather than this test.
    declined = [item["id"] for item in REAL if format_entry(item, style) is None]
    assert declined == []


# -- random items -------------------------------------------------------------------------------
STOP = ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over",
        "the", "to", "up", "via", "with", "yet", "nor", "so", "but", "till", "down", "onto"]
WORDS = ["kim", "Kardashian", "white", "House", "meets", "TRUMP", "co-host", "bust-up",
         "post-match", "(match", "report)", "'overwhelming'", "‘Optimistic’", "“quoted”",
         "\"quoted\"", "«", "»", "l'événement", "été", "À", "Île-de-France", "$52", "18%",
         "4.1", "—", "–", "-", "&", "iPhone", "eBay", "McAllister", "O'Connell", "ß", "ǆemal",
         "ǅ", "ﬁnal", "Καλημέρα", "καλημέρα", "日本", "İstanbul", "ıi", "DIRECT.", "Edition.",
         "edition.", "Edition", "Edition.Edition.", "...", "…", "?", "!", "said:", "Why?", "No!",
         "end.", "then,", "semi;", "a.", "U.S.", "Mr.", "x_y", "*z*", "#tag", "@user", "[1]",
         "{x}", "\\", "/", "%", "2024", "1er", "n°", "Ligue", "2", ":", ";", ",", ".", "'",
         "’", "\"", "“", "”", "(", ")", "«\u00a0page\u00a0»", "«\u202fmot\u202f»", "a\u00a0:"]
title_word = st.one_of(st.sampled_from(STOP), st.sampled_from(WORDS),
                       st.text(st.characters(categories=["L", "M", "N", "P", "S"]),
                               min_size=1, max_size=6))
title_text = st.lists(title_word, min_size=1, max_size=9).map(" ".join)
wild_text = st.text(min_size=0, max_size=30)


def sometimes(valid: st.SearchStrategy[Any], wild: st.SearchStrategy[Any],
              is_wild: bool) -> st.SearchStrategy[Any]:
    """``valid``, or when ``is_wild`` one time in four ``wild``."""
    return st.one_of(valid, valid, valid, wild) if is_wild else valid


GIVEN = ["John", "Ann Marie", "Jean-Baptiste", "Marie-Claire Anne", "Hélène", "Émilie",
         "Zoë", "Łukasz", "Ørjan", "D'Arcy", "Jo", "JOHN", "McKenzie", "Harold J.", "J. Harold",
         "Anne-Marie J.", "J.", "J", "Harold J R."]
FAMILY = ["Smith", "Wray", "O'Connell", "Smith-Jones", "Lefèvre", "Ørsted", "Łęcki",
          "McAllister", "DUBOIS", "D’Angelo", "Nakamura"]
LITERAL = ["Reuters", "AFP", "AP", "BBC", "Agence-France", "M&S", "Le.Monde", "X2",
           "RTBF avec Belga", "Staff and agencies", "Rédaction Le Soir", "A B",
           "rts.ch fictif / ats / jmt", "AFP/Reuters", "ats / jmt"]
WILD_GIVEN = ["john", "J.R.", "J.-P.", "Ludwig van", "Jean de la", "", " John",
              "Анна", "明", "Anne-marie", "St. John", "John,", "Ann  Marie", "-Jo"]
WILD_FAMILY = ["de", "van", "Jr.", "Jr", "III", "smith", "Иванов", "李", "Smith,", "", "Smith Jones",
               "Smith.", "O'", "-Smith", "3M"]
WILD_LITERAL = ["Inc.", "Reuters,", "reuters", "Reuters!", "", "Анна", "A B", "AFP:", "...", "?",
                "AFP /", "/ AFP", "AFP //", "AFP  / ats"]
WILD_PARTICLES = ["Van", "De La", "", " de", "van  der", "d'", "de.", "фон", "van-", "y", "St.",
                  "ibn-"]
WILD_FAMILY_WITH_PREFIX = ["Ó riordáin", "ben", "La  Fontaine", "Mansouri Jr", "de Gaulle,",
                           "Al-", "St. John", "van Gogh"]

# Names with particles, as export._split_name writes them ("Ludwig van Beethoven", "Jean de
# La Fontaine", "Seán Ó Riordáin").
PARTICLES = ["van", "de", "von der", "da", "al", "de la", "d’", "zu"]
FAMILY_WITH_PREFIX = ["Ó Riordáin", "ben Salah", "La Fontaine", "Al Mansouri", "De la Cruz",
                      "Mac Stíofáin", "bin al Hussein"]


def with_particles(family: str, given: str, dropping: str | None,
                   non_dropping: str | None) -> dict[str, str]:
    name = {"family": family, "given": given}
    if dropping is not None:
        name["dropping-particle"] = dropping
    if non_dropping is not None:
        name["non-dropping-particle"] = non_dropping
    return name


person = st.one_of(
    st.builds(lambda f, g: {"family": f, "given": g},
              st.sampled_from(FAMILY), st.sampled_from(GIVEN)),
    st.builds(with_particles, st.sampled_from(FAMILY + FAMILY_WITH_PREFIX),
              st.sampled_from(GIVEN), st.none() | st.sampled_from(PARTICLES),
              st.none() | st.sampled_from(PARTICLES)),
)
agency = st.builds(lambda name: {"literal": name}, st.sampled_from(LITERAL))
wild_person = st.one_of(
    st.builds(lambda f, g: {"family": f, "given": g},
              st.sampled_from(FAMILY + WILD_FAMILY), st.sampled_from(GIVEN + WILD_GIVEN)),
    st.builds(lambda name: {"literal": name}, st.sampled_from(LITERAL + WILD_LITERAL)),
    st.builds(lambda f, g, s: {"family": f, "given": g, "suffix": s},
              st.sampled_from(FAMILY), st.sampled_from(GIVEN), st.sampled_from(["Jr.", "III"])),
    st.builds(with_particles,
              st.sampled_from(FAMILY + FAMILY_WITH_PREFIX + WILD_FAMILY + WILD_FAMILY_WITH_PREFIX),
              st.sampled_from(GIVEN + WILD_GIVEN),
              st.none() | st.sampled_from(PARTICLES + WILD_PARTICLES),
              st.none() | st.sampled_from(PARTICLES + WILD_PARTICLES)),
    st.builds(lambda f, g, s: {"family": f, "given": g, "suffix": s, "dropping-particle": "de"},
              st.sampled_from(FAMILY), st.sampled_from(GIVEN), st.sampled_from(["Jr.", "III"])),
)
URLS = ["https://example.com/a", "https://ex.com/a?b=1&c=2#frag", "http://x.y/.",
        "https://x.y/path_(1)/", "https://x.y/é?q=«a»", "https://x.y/a,", "https://x.y/a?",
        "https://x.y/Edition.", "U"]
date = st.one_of(
    st.tuples(st.integers(1000, 9999)),
    st.tuples(st.integers(1000, 9999), st.integers(1, 12)),
    st.tuples(st.integers(1000, 9999), st.integers(1, 12), st.integers(1, 31)),
).map(list)
wild_date = st.lists(st.integers(-50, 10000), min_size=0, max_size=4)


@st.composite
def items(draw: st.DrawFn, wild: bool) -> dict[str, Any]:
    """A CSL item of csl_item's shape; ``wild`` also draws values outside the verified space
    (one field in four), so that the formatter still answers for many of them."""
    title = draw(sometimes(title_text, wild_text, wild))
    item: dict[str, Any] = {
        "id": "x",
        "type": "article-newspaper",
        "title": title,
        "language": draw(sometimes(st.sampled_from(["en", "fr", "de"]),
                                   st.sampled_from(["en-GB", "EN", "", "fr-CA", "e"]), wild)),
        "issued": {"date-parts": draw(st.lists(sometimes(date, wild_date, wild),
                                               min_size=1, max_size=2))},
    }
    if draw(st.booleans()):
        item["container-title"] = draw(st.one_of(sometimes(title_text, wild_text, wild),
                                                 st.just(title)))
    if draw(st.booleans()):
        one = sometimes(st.one_of(person, agency), wild_person, wild)
        item["author"] = draw(st.one_of(st.lists(one, min_size=1, max_size=4),
                                        st.lists(one, min_size=5, max_size=24)))
    if draw(st.booleans()):
        item["URL"] = draw(sometimes(st.sampled_from(URLS), st.text(min_size=1, max_size=20),
                                     wild))
    if draw(st.booleans()):
        item["note"] = draw(st.sampled_from(["A note.", "original-date: 2001\ncontainer-title: X",
                                             "issued: 1999"]))
    return item


@pytest.mark.parametrize("style", sorted(STYLES))
@SETTINGS
@given(item=items(wild=False))
def test_verified_space_matches_citeproc(style: str, item: dict[str, Any]) -> None:
    native = format_entry(item, style)
    if native is None:
        # Title words are drawn from any script and punctuation: only an odd title may decline.
        assert format_entry(item | {"title": "A title", "container-title": "An outlet"},
                           style) is not None, item
        return
    assert native == citeproc(item, style)


@pytest.mark.parametrize("style", sorted(STYLES))
@SETTINGS
@given(item=items(wild=True))
def test_any_answer_matches_citeproc(style: str, item: dict[str, Any]) -> None:
    native = format_entry(item, style)
    if native is not None:
        # citeproc-py raising here also fails the test: the formatter should have declined
        assert native == citeproc(item, style)


@pytest.mark.parametrize("count", range(1, 26))
@pytest.mark.parametrize("style", sorted(STYLES))
def test_author_counts(style: str, count: int) -> None:
    authors = [{"family": FAMILY[i % len(FAMILY)], "given": GIVEN[i % len(GIVEN)]}
               for i in range(count)]
    authors[count // 2] = {"literal": "Reuters"}
    item = {"id": "x", "type": "article-newspaper", "title": "The count of authors",
            "language": "en", "issued": {"date-parts": [[2020, 2, 29]]},
            "container-title": "the daily: of record", "author": authors}
    native = format_entry(item, style)
    assert native is not None
    assert native == citeproc(item, style)


BASE: dict[str, Any] = {"id": "x", "type": "article-newspaper", "title": "A title",
                        "language": "en", "issued": {"date-parts": [[2020, 5, 3]]}}


@pytest.mark.parametrize("change", [
    {"author": [{"family": "Beauvoir", "given": "Simone de"}]},
    {"author": [{"family": "Gogh", "given": "Vincent van"}]},
    {"author": [{"family": "Jr.", "given": "John Smith"}]},
    {"author": [{"family": "Jr", "given": "John Smith"}]},
    {"author": [{"family": "Smith", "given": "J.R."}]},
    {"author": [{"family": "Smith", "given": "J.-P."}]},
    {"author": [{"family": "Smith", "given": "john"}]},
    {"author": [{"family": "smith", "given": "John"}]},
    {"author": [{"family": "Иванов", "given": "Иван"}]},
    {"author": [{"family": "Smith,", "given": "John"}]},
    {"author": [{"family": "Smith", "given": "John", "suffix": "Jr."}]},
    {"author": [{"family": "Gaulle", "given": "Charles", "non-dropping-particle": "De"}]},
    {"author": [{"family": "Gaulle", "given": "Charles", "dropping-particle": "'d"}]},
    {"author": [{"family": "Leyen", "given": "Ursula", "non-dropping-particle": "von  der"}]},
    {"author": [{"family": "Leyen", "given": "Ursula", "non-dropping-particle": 1}]},
    {"author": [{"family": "Gaulle", "given": "Charles de", "non-dropping-particle": "de"}]},
    {"author": [{"family": "Gaulle", "non-dropping-particle": "de"}]},
    {"author": [{"family": "de Gaulle", "given": "Charles", "suffix": "Jr."}]},
    {"author": [{"family": "ben salah", "given": "Ahmed"}]},
    {"author": [{"family": "Smith Jr", "given": "John"}]},
    {"author": [{"family": "Ó  Riordáin", "given": "Seán"}]},
    {"author": [{"literal": "Inc."}]},
    {"author": [{"literal": ""}]},
    {"author": []},
    {"title": "<span class=\"nocase\">iPhone</span> sales"},
    {"title": "Two  spaces"},
    {"title": " leading space"},
    {"title": "line\nbreak"},
    {"title": ""},
    {"title": "..."},
    {"container-title": ""},
    {"URL": "https://x.y/a b"},
    {"URL": ""},
    {"issued": {"date-parts": [[999, 1, 1]]}},
    {"issued": {"date-parts": [[2020, 13]]}},
    {"issued": {"date-parts": [["2020"]]}},
    {"issued": {"date-parts": [[2020]], "circa": 1}},
    {"issued": {"literal": "spring 2020"}},
    {"type": "article-journal"},
    {"language": None},
    {"DOI": "10.1/x"},
])
@pytest.mark.parametrize("style", sorted(STYLES))
def test_outside_the_verified_space_declines(style: str, change: dict[str, Any]) -> None:
    assert format_entry(BASE | change, style) is None


def test_other_citeproc_releases_decline(monkeypatch: pytest.MonkeyPatch) -> None:
    assert format_entry(BASE, "apa") is not None
    monkeypatch.setitem(cite.VERIFIED_WITH, "citeproc-py", "0.0.1")
    cite._same_citeproc.cache_clear()
    try:
        assert format_entry(BASE, "apa") is None
    finally:
        monkeypatch.undo()
        cite._same_citeproc.cache_clear()
    assert format_entry(BASE, "apa") is not None


def test_unknown_style_declines() -> None:
    assert format_entry(BASE, "mla") is None
    assert format_entry(BASE, "apa") is not None


# -- citeproc-py's habits, spelled out ---------------------------------------------------------
QUIRKS = [
    # no author: the title stands in (APA), and is not printed again (CSL suppresses a
    # substituted variable; citeproc-py is mended to); the note is never printed
    (BASE | {"container-title": "the daily: of record", "note": "A note."}, "apa",
     "A title. (2020, May 3). The Daily: Of Record."),
    # Chicago: the outlet stands in, once; title case for English; the period outside the quotes
    (BASE | {"title": "It ends.", "container-title": "the daily"}, "chicago",
     "The Daily. 2020. “It Ends.”. May 3."),
    # year only with an outlet: Chicago's empty "Edition." is tidied away
    (BASE | {"issued": {"date-parts": [[2020]]}, "container-title": "Le Monde",
             "language": "fr"}, "chicago", "Le Monde. 2020. “A title”."),
    # a repeated mark where two pieces meet is written once; "?." is kept
    (BASE | {"title": "Why?", "URL": "https://x.y/a."}, "chicago",
     "Why?. 2020. May 3. https://x.y/a."),
    # names are initialised in both styles; APA's "&", Chicago's "and"
    (BASE | {"author": [{"family": "Smith", "given": "Jean-Baptiste"},
                        {"family": "Doe", "given": "Ann Marie"}]}, "apa",
     "Smith, J.-B., & Doe, A. M. (2020, May 3). A title."),
    (BASE | {"author": [{"family": "Smith", "given": "Jean-Baptiste"},
                        {"family": "Doe", "given": "Ann Marie"}]}, "chicago",
     "Smith, J.-B., and A. M. Doe. 2020. A Title. May 3."),
    # particles: APA keeps the non-dropping one before the family name (its
    # demote-non-dropping-particle="never"), Chicago moves it after the initials when the name
    # is inverted (the default, "display-and-sort"); a dropping particle follows the initials
    (BASE | {"author": [{"family": "Leyen", "given": "Ursula", "non-dropping-particle": "von der"},
                        {"family": "La Fontaine", "given": "Jean", "dropping-particle": "de"}]},
     "apa", "von der Leyen, U., & La Fontaine, J. de. (2020, May 3). A title."),
    (BASE | {"author": [{"family": "Leyen", "given": "Ursula", "non-dropping-particle": "von der"},
                        {"family": "La Fontaine", "given": "Jean", "dropping-particle": "de"}]},
     "chicago", "Leyen, U. von der, and J. de La Fontaine. 2020. A Title. May 3."),
]


@pytest.mark.parametrize(("item", "style", "expected"), QUIRKS)
def test_quirks(item: dict[str, Any], style: str, expected: str) -> None:
    assert format_entry(item, style) == expected
    assert citeproc(item, style) == expected


@pytest.mark.parametrize("outlet", [None, "Le Monde"])
@pytest.mark.parametrize("style", sorted(STYLES))
def test_what_stands_in_for_a_missing_author_is_not_repeated(style: str, outlet: str | None
                                                             ) -> None:
    # APA 7 moves the title of a work without author to the author's place, and does not
    # print it again; Chicago puts the outlet (else the title) there, once.
    title = "Kim Kardashian à la Maison-Blanche"
    item = BASE | {"title": title, "language": "fr"}
    if outlet is not None:
        item["container-title"] = outlet
    first = title if style == "apa" or outlet is None else outlet
    for entry in (format_entry(item, style), citeproc(item, style)):
        assert entry is not None and entry.startswith(first + ". ")
        assert entry.count(title) == 1 and (outlet is None or entry.count(outlet) == 1), entry
