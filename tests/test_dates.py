"""Date finding and resolution (builder/annotate/dates.py), in English and French.

Sentences are made up, in wire and newspaper styles. Each test gives a publication date and
what the text should yield: the expression (a distinctive part is enough: spans only need to
overlap, as in the evaluation) and its value at its natural precision.
"""

from __future__ import annotations

import re
import sys

import pytest
from conftest import ROOT

from builder.annotate import dates
from builder.annotate.dates import _LATIN1, _LEXICONS, Reference, _first_chars, find_dates
from builder.articles import article_paths, load_article
from builder.errors import ProblemCollector
from builder.model import (
    Article,
    DateOverride,
    Overrides,
    Paragraph,
    PartialDate,
    Published,
)


def make(body: str | list[str], published: str = "2019-06-13", lang: str = "en",
         overrides: tuple[DateOverride, ...] = ()) -> Article:
    paragraphs = [body] if isinstance(body, str) else body
    return Article(
        id="a1", title="T", lang=lang,  # type: ignore[arg-type]
        published=Published.parse(published), outlet="X", source_file="seeds/raw/a1.txt",
        paragraphs=tuple(Paragraph(f"p{i}", i, t, i + 10) for i, t in enumerate(paragraphs, 1)),
        path="seeds/articles/a1.md", overrides=Overrides(dates=overrides),
    )


def found(body: str | list[str], published: str = "2019-06-13", lang: str = "en"
          ) -> list[tuple[str, str]]:
    return [(d.text, d.value.iso()) for d in find_dates(make(body, published, lang)).dates]


def one(body: str, published: str = "2019-06-13", lang: str = "en") -> tuple[str, str]:
    """The one date of a text. Its expression may include or leave out a preposition or an
    article ("the", "à la"), as spans only need to overlap the gold's."""
    result = found(body, published, lang)
    assert len(result) == 1, result
    return result[0]


def same_expression(found_text: str, expected: str) -> bool:
    return expected in found_text or found_text in expected


# --------------------------------------------------------------------------- written-out dates

@pytest.mark.parametrize("body, text, value", [
    ("The law was signed in December 2018.", "December 2018", "2018-12"),
    ("The video went viral in Oct. 2017, officials said.", "Oct. 2017", "2017-10"),
    ("She was honoured on June 08, 2023 in Los Angeles.", "June 08, 2023", "2023-06-08"),
    ("The hearing opened on 13 June 2019.", "13 June 2019", "2019-06-13"),
    ("It happened on the 3rd of March 2017.", "3rd of March 2017", "2017-03-03"),
    ("The plant will reopen in mid-2019, the company said.", "mid-2019", "2019"),
    ("Sales slumped in late 2018.", "late 2018", "2018"),
    ("The board met in the summer of 2016.", "summer of 2016", "2016"),
    ("Kardashian first met Trump in 2018.", "2018", "2018"),
    ("According to a 2018 report, crime fell.", "2018", "2018"),
    ("On Thursday, June 13, 2019, the council voted.", "Thursday, June 13, 2019",
     "2019-06-13"),
    ("Sept. 12, 2001 changed everything.", "Sept. 12, 2001", "2001-09-12"),
])
def test_english_absolute_dates(body: str, text: str, value: str) -> None:
    got, got_value = one(body)
    assert same_expression(got, text) and got_value == value


@pytest.mark.parametrize("body, text, value", [
    ("La loi a été promulguée en décembre 2018.", "décembre 2018", "2018-12"),
    ("L'audience s'est ouverte le 13 juin 2019 à Lyon.", "13 juin 2019", "2019-06-13"),
    ("Kim a annoncé en 2019 qu'elle voulait devenir avocate.", "2019", "2019"),
    ("Le chantier a commencé fin 2018.", "fin 2018", "2018"),
    ("Les travaux reprendront à la mi-2020.", "mi-2020", "2020"),
    ("Le festival s'est tenu à l'été 2017.", "l'été 2017", "2017"),
    ("La réforme est entrée en vigueur le 1er janvier 2019.", "1er janvier 2019", "2019-01-01"),
    ("Il est né en aout 1990.", "aout 1990", "1990-08"),
])
def test_french_absolute_dates(body: str, text: str, value: str) -> None:
    got, got_value = one(body, lang="fr")
    assert same_expression(got, text) and got_value == value


# --------------------------------------------------------------------------- yearless dates

@pytest.mark.parametrize("body, published, lang, value", [
    # The occurrence on or before publication...
    ("The rally took place on May 3.", "2019-06-13", "en", "2019-05-03"),
    ("Elle a été arrêtée le 1er mai.", "2019-06-13", "fr", "2019-05-01"),
    ("La réunion a eu lieu en décembre.", "2019-06-13", "fr", "2018-12"),
    # ... across New Year: "in December" in a January article is the previous year.
    ("The bill passed in December.", "2020-01-10", "en", "2019-12"),
    ("Le texte a été voté le 18 décembre.", "2020-01-10", "fr", "2019-12-18"),
    # ... unless the next one is much closer,
    ("The trial opens on June 17.", "2019-06-13", "en", "2019-06-17"),
    # ... or the clause speaks of the future.
    ("The company will report results in March.", "2019-06-13", "en", "2020-03"),
    ("Le sommet se tiendra le 4 février.", "2019-06-13", "fr", "2020-02-04"),
    # A month-precision publication date: the same month.
    ("Elle a fêté ses 42 ans le 21 octobre.", "2022-10", "fr", "2022-10-21"),
    ("Ivanka aura 41 ans le 30 octobre.", "2022-10", "fr", "2022-10-30"),
    # "last March", "en mars dernier", "next June"
    ("Sales fell last March.", "2019-06-13", "en", "2019-03"),
    ("Le projet a été lancé en mars dernier.", "2019-02-10", "fr", "2018-03"),
    ("The vote is due next June.", "2019-06-13", "en", "2020-06"),
])
def test_yearless_dates(body: str, published: str, lang: str, value: str) -> None:
    assert one(body, published, lang)[1] == value


def test_a_weekday_chooses_the_year_of_a_yearless_date() -> None:
    # 4 February is a Tuesday in 2020 and a Monday in 2019.
    assert one("The summit opens Tuesday, Feb. 4.", "2019-11-20")[1] == "2020-02-04"


# --------------------------------------------------------------------------- relative dates

@pytest.mark.parametrize("body, text, value", [
    ("The senator spoke on Thursday.", "Thursday", "2019-06-13"),  # publication day
    ("The senator spoke earlier on Tuesday.", "Tuesday", "2019-06-11"),
    ("Police said Friday the suspect had fled.", "Friday", "2019-06-07"),
    ("The strike ended last Thursday.", "last Thursday", "2019-06-06"),
    ("The vote is scheduled for Monday.", "Monday", "2019-06-17"),  # future clause
    ("Talks resume next Thursday.", "next Thursday", "2019-06-20"),
    ("I am happy to be here today.", "today", "2019-06-13"),
    ("The ministry said yesterday it would appeal.", "yesterday", "2019-06-12"),
    ("She left office a year ago.", "a year ago", "2018"),
    ("They met about two weeks ago.", "about two weeks ago", "2019-05"),
    ("The firm was sold three days ago.", "three days ago", "2019-06-10"),
    ("Prices rose six months ago.", "six months ago", "2018-12"),
    ("Late last year, she joined the campaign.", "Late last year", "2018"),
    ("Earlier this month, the board resigned.", "Earlier this month", "2019-06"),
    ("The plan was unveiled last week.", "last week", "2019-06"),
    ("The report will come out next month.", "next month", "2019-07"),
    ("Exports grew last year.", "last year", "2018"),
    ("The fund was launched last summer.", "last summer", "2018"),
])
def test_english_relative_dates(body: str, text: str, value: str) -> None:
    assert one(body) == (text, value)


@pytest.mark.parametrize("body, text, value", [
    ("Jeudi, la star est retournée à Washington.", "Jeudi", "2019-06-13"),
    ("Le ministre s'est exprimé mardi soir.", "mardi", "2019-06-11"),
    ("Les syndicats se sont réunis jeudi dernier.", "jeudi dernier", "2019-06-06"),
    ("Le vote aura lieu jeudi prochain.", "jeudi prochain", "2019-06-20"),
    ("Je suis heureuse d'être ici aujourd'hui.", "aujourd'hui", "2019-06-13"),
    ("Le maire a démissionné hier.", "hier", "2019-06-12"),
    ("Il y a environ deux semaines, le rappeur a tweeté.", "Il y a environ deux semaines",
     "2019-05"),
    ("Il y a trois jours, l'usine a fermé.", "Il y a trois jours", "2019-06-10"),
    ("La boutique a ouvert il y a un an.", "il y a un an", "2018"),
    ("Les ventes ont chuté l'an dernier.", "l'an dernier", "2018"),
    ("Les ventes ont chuté l'année dernière.", "l'année dernière", "2018"),
    ("Le festival a attiré moins de monde l'été dernier.", "l'été dernier", "2018"),
    ("La grève a commencé la semaine dernière.", "la semaine dernière", "2019-06"),
    ("Le rapport sera publié le mois prochain.", "le mois prochain", "2019-07"),
    ("Plus tôt cette année, le club a changé d'entraîneur.", "Plus tôt cette année", "2019"),
])
def test_french_relative_dates(body: str, text: str, value: str) -> None:
    assert one(body, lang="fr") == (text, value)


def test_today_twice_and_thursday_twice() -> None:
    body = ("On Thursday, she returned to the White House. \"I'm happy to announce today that "
            "we have a partnership,\" she said. She announced it in a video earlier on Thursday.")
    assert found(body, "2019-06-13/2019-06-14") == [
        ("Thursday", "2019-06-13"), ("today", "2019-06-13"), ("Thursday", "2019-06-13")]


# --------------------------------------------------------------------------- the reference date

@pytest.mark.parametrize("published, word, value", [
    # An interval: a weekday is the most recent on or before the latest possible day...
    ("2019-06-13/2019-06-14", "Thursday", "2019-06-13"),
    ("2019-06-13/2019-06-14", "Friday", "2019-06-14"),
    ("2019-06-13/2019-06-14", "Wednesday", "2019-06-12"),
    # ... and deictic words count from the earliest.
    ("2019-06-13/2019-06-14", "yesterday", "2019-06-12"),
    ("2019-06-13/2019-06-14", "today", "2019-06-13"),
    # Month precision: counted from the 15th, given to the month at best.
    ("2022-10", "yesterday", "2022-10"),
    ("2022-10", "last month", "2022-09"),
    ("2022-10", "last year", "2021"),
    # Year precision: to the year at best.
    ("2022", "yesterday", "2022"),
    ("2022", "last year", "2021"),
])
def test_resolution_against_imprecise_publication_dates(published: str, word: str,
                                                        value: str) -> None:
    assert one(f"The minister resigned {word}.", published)[1] == value


@pytest.mark.parametrize("published", ["2022-10", "2022", "2019-06-01/2019-06-30"])
def test_weekdays_need_a_day(published: str) -> None:
    assert found("The minister resigned on Thursday.", published) == []


def test_reference_of_publication_dates() -> None:
    ref = Reference.of(Published.parse("2019-06-13/2019-06-14"))
    assert (ref.precision, ref.day.isoformat(), ref.last.isoformat()) == (
        "day", "2019-06-13", "2019-06-14")
    assert Reference.of(Published.parse("2022-10")).day.isoformat() == "2022-10-15"
    assert Reference.of(Published.parse("2022")).precision == "year"


def test_anchored_expressions_count_from_the_date_before_them() -> None:
    body = ["The theft happened on Saturday, June 8.",
            "Guards had noticed a van the previous day. Police arrived two days later."]
    assert found(body) == [("Saturday, June 8", "2019-06-08"),
                           ("the previous day", "2019-06-07"),
                           ("two days later", "2019-06-09")]
    body_fr = ["Le vol a eu lieu le samedi 8 juin.", "La veille du vol, un camion a été vu."]
    assert found(body_fr, lang="fr")[1] == ("La veille du vol", "2019-06-07")


def test_anchored_without_anchor_counts_from_publication() -> None:
    assert one("Several had received pardons the previous day.", "2024-04-26") == (
        "the previous day", "2024-04-25")


# --------------------------------------------------------------------------- not dates

@pytest.mark.parametrize("body", [
    "The 24-year-old was arrested.",
    "Prosecutors may appeal the ruling.",
    "Protesters march on the capital every week.",
    "The strike lasted nine days.",
    "It took the better part of a year.",
    "The meeting starts at 6 a.m.",
    "Police were called this afternoon.",
    "The fund raised 2,019 dollars.",
    "Some 2000 people attended.",
    "About 1500 inmates were released.",
    "He paid $2019 for it.",
    "The 2023-24 season was his best.",
    "Black Friday sales were strong.",
    "Theresa May and Trump met.",
    "April Ryan asked a question.",
    "The Euro 2016 final was in Paris.",
    "Over the last year, prices doubled.",
])
def test_english_non_dates(body: str) -> None:
    assert found(body) == []


@pytest.mark.parametrize("body", [
    "La star de 38 ans a prononcé un discours.",
    "Kim s'est mise sur son 31.",
    "La grève a duré dix-huit mois.",
    "Le château date du XIXe siècle.",
    "Ces roches sont apparues il y a 150 millions d'années.",
    "Ils se sont vus ce soir.",
    "Plus de 2000 personnes ont manifesté.",
    "Le défilé du mardi gras a attiré la foule.",
    "La sonde s'est posée sur Mars.",
    "Elle a célébré son 42e anniversaire.",
])
def test_french_non_dates(body: str) -> None:
    assert found(body, lang="fr") == []


def test_mars_the_month_is_a_date_in_french() -> None:
    assert one("La loi a été votée en mars.", lang="fr") == ("mars", "2019-03")


# --------------------------------------------------------------------------- warnings

def test_weekday_mismatch_keeps_the_written_date_and_warns() -> None:
    result = find_dates(make("On Wednesday (May 31), she paid a visit to the White House.",
                             "2018-05-30"))
    assert [(d.text, d.value.iso()) for d in result.dates] == [("Wednesday (May 31)",
                                                                "2018-05-31")]
    kinds = sorted(w.kind for w in result.warnings)
    assert kinds == ["date-after-publication", "weekday-mismatch"]
    mismatch = next(w for w in result.warnings if w.kind == "weekday-mismatch")
    assert mismatch.paragraph == "p1"
    assert 'dates: [{match: "Wednesday (May 31)", value: 2018-05-30}]' in (mismatch.fix or "")


def test_weekday_mismatch_with_a_year() -> None:
    # 14 June 2019 is a Friday.
    result = find_dates(make("On Thursday, June 14, 2019, the council met.", "2019-06-20"))
    assert result.dates[0].value.iso() == "2019-06-14"
    assert [w.kind for w in result.warnings] == ["weekday-mismatch"]
    assert "2019-06-13" in (result.warnings[0].fix or "")


def test_date_after_publication_only_in_past_clauses() -> None:
    past = find_dates(make("The deal was signed on 20 June 2019.", "2019-06-13"))
    assert [w.kind for w in past.warnings] == ["date-after-publication"]
    future = find_dates(make("The deal will be signed on 20 June 2019.", "2019-06-13"))
    assert future.warnings == []


def _after_publication(body: list[str], lang: str) -> list[tuple[str, str]]:
    """The date-after-publication warnings of an article published on 18 June 2025, by the
    text and value of their date."""
    result = find_dates(make(body, "2025-06-18", lang))
    by_offset = {(d.span.paragraph, d.span.start): (d.text, d.value.iso()) for d in result.dates}
    return [by_offset[(w.paragraph, w.offset)] for w in result.warnings
            if w.kind == "date-after-publication"]


@pytest.mark.parametrize("body, lang", [
    # an adjective between the plan and its date (« publique » is no participle either)
    (["L'association de quartier tiendra son assemblée générale à la rentrée.",
      "L'association prévoit une réunion publique le 3 juillet."], "fr"),
    (["La direction régionale promet de nouveaux moyens.",
      "La direction régionale promet des postes supplémentaires dès la rentrée de septembre."],
     "fr"),
    # any tense of the verb, any words between it and the date in its object phrase
    (["Le syndicat a annoncé mercredi un rassemblement devant le ministère le 3 juillet."], "fr"),
    (["Le plan, qui prévoyait deux fermetures à la rentrée de septembre, est suspendu."], "fr"),
    (["Le détectoriste compte bien y retourner fin août, à marée basse."], "fr"),
    (["Le jugement a été mis en délibéré au 4 septembre."], "fr"),
    (["L'audience sur les intérêts civils, fixée au 15 juillet, aura lieu à Lyon."], "fr"),
    ([("Il a promis l'ouverture de lits « dans les prochains mois » et l'arrivée de six "
       "médecins en septembre.")], "fr"),
    (["The council plans a public meeting on July 3."], "en"),
    (["We now expect a quarter-point reduction in August."], "en"),
    (["Judge Okafor set sentencing for July 21."], "en"),
])
def test_a_plan_governs_the_date_of_its_object_phrase(body: list[str], lang: str) -> None:
    assert _after_publication(body, lang) == []


@pytest.mark.parametrize("body, lang, date", [
    # a past clause: no verb of a plan, or another verb after it
    (["La mairie a organisé une réunion publique le 3 juillet."], "fr", ("3 juillet",
                                                                         "2025-07-03")),
    (["Le maire prévoit une réunion qui s'est tenue le 3 juillet."], "fr", ("3 juillet",
                                                                            "2025-07-03")),
    (["Il a annoncé sa démission et quitté ses fonctions le 3 juillet."], "fr",
     ("3 juillet", "2025-07-03")),
    (["Le programme du 3 juillet a été suivi par 200 personnes."], "fr", ("3 juillet",
                                                                          "2025-07-03")),
    (["The council held a public meeting on July 3."], "en", ("July 3", "2025-07-03")),
    (["The council planned the meeting and held it on July 3."], "en", ("July 3",
                                                                        "2025-07-03")),
])
def test_a_date_after_publication_in_a_past_clause_still_warns(
        body: list[str], lang: str, date: tuple[str, str]) -> None:
    assert _after_publication(body, lang) == [date]


def test_a_plan_does_not_move_a_date_told_in_the_past() -> None:
    # the cue only speaks for a date already after publication: it chooses no occurrence
    assert found("Il a annoncé sa démission le 3 juin.", "2025-06-18", "fr") == [
        ("3 juin", "2025-06-03")]
    # ... and, the adjective being no participle, a plan in the present looks forward as
    # it does without it
    assert found("L'association prévoit une réunion publique le 3 juin.", "2025-06-18",
                 "fr") == found("L'association prévoit une réunion le 3 juin.", "2025-06-18",
                                "fr")


# --------------------------------------------------------------------------- overrides

def test_override_sets_a_value_and_silences_warnings() -> None:
    article = make("On Wednesday (May 31), she visited.", "2018-05-30", overrides=(
        DateOverride("Wednesday (May 31)", value="2018-05-30", line=12),))
    result = find_dates(article)
    assert [(d.value.iso(), d.rule) for d in result.dates] == [("2018-05-30", "override")]
    assert result.warnings == [] and result.errors == []


def test_override_ignores_a_mention() -> None:
    article = make("A 2018 report said so.", overrides=(DateOverride("2018", ignore=True),))
    result = find_dates(article)
    assert result.dates == [] and result.errors == []


def test_override_value_adds_a_date_the_rules_missed() -> None:
    article = make("It happened on the feast day.", overrides=(
        DateOverride("the feast day", value="2019-05-30", line=9),))
    result = find_dates(article)
    assert [(d.text, d.value.iso(), d.rule) for d in result.dates] == [
        ("the feast day", "2019-05-30", "override")]


def test_override_matching_nothing_is_an_error_with_its_line() -> None:
    article = make("On Thursday, she spoke.", overrides=(
        DateOverride("Friday", value="2019-06-14", line=7),
        DateOverride("she spoke", ignore=True, line=8),
    ))
    result = find_dates(article)
    assert [(e.field, e.line, e.file) for e in result.errors] == [
        ("dates", 7, "seeds/articles/a1.md"), ("dates", 8, "seeds/articles/a1.md")]
    assert "does not occur" in result.errors[0].message
    assert "not a date expression" in result.errors[1].message
    assert result.errors[0].hint


# --------------------------------------------------------------------------- shape, speed

def test_spans_and_flags() -> None:
    article = make(["Nothing here.", "In December 2018, Congress acted. On Thursday, she spoke."])
    dates = find_dates(article).dates
    assert [(d.span.paragraph, article.paragraphs[1].text[d.span.start:d.span.end])
            for d in dates] == [("p2", "December 2018"), ("p2", "Thursday")]
    assert [d.relative for d in dates] == [False, True]
    assert all(d.rule and d.event is None for d in dates)
    assert dates[1].value == PartialDate(2019, 6, 13)




def _every_text() -> list[tuple[str, str]]:
    """(language, paragraph) of the project's articles and of texts built to start a match
    with every kind of character (accents, digits, capitals, case-folding oddities)."""
    english = ("about two weeks ago, mid-2019, the summer of 2019, Wednesday (May 31), "
               "13 June 2019, the 13th of June, Oct. 2017, 2023-24, $2019, KELVIN ſpring")
    french = ("il y a trois jours, à la mi-juin, l'été dernier, mercredi 31 mai, 1er juin 2019, "
              "début 2019, Été 2019, ÉTÉ, jusqu'en mars, d'ici décembre, À la fin de l'année")
    texts = [("en", english), ("fr", french)]
    problems = ProblemCollector()
    for path in article_paths(ROOT / "seeds" / "articles"):
        article = load_article(path, ROOT, problems)
        if article is not None:
            texts += [(article.lang, p.text) for p in article.paragraphs]
    return texts


def test_the_pattern_for_a_first_character_matches_what_the_combined_pattern_does() -> None:
    """Only the rules that can start with a character are tried where it stands: at every
    position of every text, the pruned pattern finds exactly the combined pattern's match."""
    for lang, text in _every_text():
        lexicon = _LEXICONS[lang]
        for position in range(len(text)):
            expected = lexicon.combined.match(text, position)
            pattern = lexicon.combined_at(text[position])
            got = None if pattern is None else pattern.match(text, position)
            assert (got and (got.span(), got.lastgroup)) == \
                (expected and (expected.span(), expected.lastgroup)), (lang, text[position:])


@pytest.mark.parametrize("source, chars", [
    ("ab|cd", "ac"),
    ("(?:x\\s+)?[0-9]", "x0123456789"),
    ("(?i:ſ)", "sSſ"),  # case folding as the regex engine does it
    ("(?<!\\w)(?:the\\s+)?May", "tM"),  # lookarounds take no character
])
def test_first_characters_of_a_rule(source: str, chars: str) -> None:
    assert _first_chars(source) == frozenset(c for c in chars if c in _LATIN1)


def test_a_rule_that_may_match_nothing_may_start_with_anything() -> None:
    assert _first_chars("(?:May)?") == frozenset(_LATIN1)


@pytest.mark.parametrize("source, chars", [
    ("[^a]", [c for c in _LATIN1 if c != "a"]),
    (".", [c for c in _LATIN1 if c != "\n"]),
    ("(?i:é)|\\W", ["é", "É", *(c for c in _LATIN1 if not c.isalnum() and c != "_")]),
])
def test_first_characters_of_any_character_or_set(source: str, chars: list[str]) -> None:
    assert _first_chars(source) == frozenset(chars)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_patterns_compiled_from_parsed_rules_are_those_of_their_source(lang: str) -> None:
    """``_RuleTrees`` assembles a combined pattern from the rules parsed once: for the rules
    of every character (and all of them), the program is the one compiled from the source."""
    lexicon = _LEXICONS[lang]
    if lexicon.trees is None:
        pytest.skip(f"Python {sys.version_info[:2]}: the per-character patterns are "
                    "compiled from their source")
    subsets = {rules for rules in lexicon.starting.values() if rules}
    assert len(subsets) > 10
    for rules in [*sorted(subsets), tuple(range(len(lexicon.sources)))]:
        source = dates._HEAD + "|".join(f"(?:{lexicon.sources[i]})(?P<r{i}>)"
                                        for i in rules) + dates._TAIL
        parsed = dates._sre_parse.parse(source)
        tree = lexicon.trees.combined(rules)
        assert dates._sre_compiler._code(tree, 0) == dates._sre_compiler._code(parsed, 0)
        assert (tree.state.groups, tree.state.groupdict, tree.state.flags) == \
            (parsed.state.groups, parsed.state.groupdict, parsed.state.flags)
        pattern = dates._combine(lexicon.sources, rules, lexicon.trees)
        assert pattern.groupindex == re.compile(source).groupindex
        assert pattern.flags == re.compile(source).flags


# --------------------------------------------------------------------------- tense of the clause

@pytest.mark.parametrize("body, published, lang, value", [
    # The verb nearest to the date, in its own clause, outweighs a future further away.
    ("Dans un communiqué diffusé mercredi, le port affirme que les postes « seront compensés ».",
     "2026-03-12", "fr", "2026-03-11"),
    (("Le ministère a fait savoir mercredi soir qu'un médiateur pourrait être nommé « dans "
      "les prochains jours »."), "2026-03-12", "fr", "2026-03-11"),
    (("The library was earmarked for closure by the council in February as part of plans "
      "to save money."), "2026-04-18", "en", "2026-02"),
    ("The company said on Monday it will cut 300 jobs.", "2019-06-13", "en", "2019-06-10"),
    ("He resigned on Friday and will be replaced.", "2019-06-13", "en", "2019-06-07"),
    ("Le scrutin aura lieu dimanche, a indiqué mardi la préfecture.", "2019-06-13", "fr",
     "2019-06-16"),
])
def test_the_tense_of_the_dates_own_clause_decides(body: str, published: str, lang: str,
                                                   value: str) -> None:
    assert found(body, published, lang)[0][1] == value


def test_each_date_of_a_sentence_takes_its_own_clause() -> None:
    assert found("Le scrutin aura lieu dimanche, a indiqué mardi la préfecture.", lang="fr") == [
        ("dimanche", "2019-06-16"), ("mardi", "2019-06-11")]
    assert found("Talks held on Tuesday ended; they will resume on Friday.") == [
        ("Tuesday", "2019-06-11"), ("Friday", "2019-06-14")]


@pytest.mark.parametrize("body, published, lang, value", [
    # A future in the date's own clause still looks forward, passives included.
    ("The treaty will be signed in Paris on Tuesday.", "2019-06-13", "en", "2019-06-18"),
    ("Le texte sera signé lundi à Paris.", "2019-06-13", "fr", "2019-06-17"),
    ("On Monday, the minister will present the budget.", "2019-06-13", "en", "2019-06-17"),
    ("The company plans to open the store in March.", "2019-06-13", "en", "2020-03"),
    ("He said the deal would be signed on Friday.", "2019-06-13", "en", "2019-06-14"),
    ("Les manifestants prévoient de revenir dimanche.", "2019-06-13", "fr", "2019-06-16"),
    # ... and a clause without markers takes its sentence's future, as before.
    ("If the talks fail on Monday, the strike will continue.", "2019-06-13", "en", "2019-06-17"),
])
def test_a_future_in_the_clause_still_looks_forward(body: str, published: str, lang: str,
                                                    value: str) -> None:
    assert found(body, published, lang)[0][1] == value


@pytest.mark.parametrize("body, published, lang, value", [
    # "until"/"jusqu'à" + a weekday: an end, after publication, whatever the verb's tense.
    ("Ils ont voté la reconduction du mouvement jusqu'à lundi.", "2026-03-12", "fr",
     "2026-03-16"),
    ("The hearing was adjourned until Monday.", "2019-06-13", "en", "2019-06-17"),
    ("Nous espérons rétablir le courant d'ici jeudi soir.", "2025-11-19", "fr", "2025-11-20"),
    # "by", "dès": a deadline, unless the clause is in the past.
    ("The trust must raise £40,000 by December to cover its costs.", "2026-04-18", "en",
     "2026-12"),
    ("Officials hope to reopen the road by Friday.", "2019-06-13", "en", "2019-06-14"),
    ("Le restaurant rouvre dès jeudi.", "2025-08-18", "fr", "2025-08-21"),
    # An "if" clause has no past: "was made" is hypothetical.
    ("She would appoint a mediator if no progress was made by Friday.", "2025-02-18", "en",
     "2025-02-21"),
])
def test_forward_prepositions(body: str, published: str, lang: str, value: str) -> None:
    assert found(body, published, lang)[0][1] == value


@pytest.mark.parametrize("body, published, lang, value", [
    ("The shop has been closed since Monday.", "2019-06-13", "en", "2019-06-10"),
    ("By Friday, the death toll had risen to 30.", "2019-06-13", "en", "2019-06-07"),
    ("Il avait alerté l'exécutif dès lundi.", "2019-06-13", "fr", "2019-06-10"),
    ("Ma femme voulait partir dès dimanche.", "2019-06-13", "fr", "2019-06-09"),
    ("The report was made public on Friday.", "2019-06-13", "en", "2019-06-07"),
    ("The vote would have taken place on Friday.", "2019-06-13", "en", "2019-06-07"),
])
def test_no_forward_preposition_or_a_past_clause(body: str, published: str, lang: str,
                                                 value: str) -> None:
    assert found(body, published, lang)[0][1] == value


# --------------------------------------------------------------------------- holidays

@pytest.mark.parametrize("body, published, lang, text, value", [
    ("A book sale held on Easter Monday raised £3,000.", "2026-04-18", "en", "Easter Monday",
     "2026-04-06"),
    ("It may not be the last approach we see before Christmas.", "2026-09-24", "en",
     "Christmas", "2026-12-25"),
    ("Sales were strong over Thanksgiving.", "2019-12-10", "en", "Thanksgiving", "2019-11-28"),
    ("The attack happened on Christmas Eve 2016.", "2019-06-13", "en", "Christmas Eve 2016",
     "2016-12-24"),
    ("Last Christmas, he gave her a ring.", "2019-06-13", "en", "Last Christmas", "2018-12-25"),
    ("The law took effect on New Year's Day.", "2019-06-13", "en", "New Year's Day",
     "2019-01-01"),
    ("Elle rentrera pour Noël.", "2019-06-13", "fr", "Noël", "2019-12-25"),
    ("Le magasin était fermé le lundi de Pâques.", "2019-06-13", "fr", "lundi de Pâques",
     "2019-04-22"),
    ("Il est revenu à la Toussaint.", "2019-12-10", "fr", "Toussaint", "2019-11-01"),
    ("Le défilé du 14-Juillet sera retransmis. Il aura lieu le 14-Juillet.", "2019-06-13",
     "fr", "14-Juillet", "2019-07-14"),
    # national days of English-speaking countries
    ("The state would install a second listening station before Australia Day.",
     "2026-01-20", "en", "Australia Day", "2026-01-26"),
    ("Crowds gathered on Canada Day.", "2025-07-03", "en", "Canada Day", "2025-07-01"),
    ("Marches were held on Martin Luther King Day.", "2025-01-22", "en",
     "Martin Luther King Day", "2025-01-20"),
    # the year said after the name
    ("They hope to reopen by Anzac Day next year.", "2026-04-22", "en",
     "Anzac Day next year", "2027-04-25"),
    ("They met at Easter last year.", "2026-04-22", "en", "Easter last year", "2025-04-20"),
])
def test_holidays_are_yearly_dates(body: str, published: str, lang: str, text: str,
                                   value: str) -> None:
    got, got_value = one(body, published, lang)
    assert same_expression(got, text) and got_value == value


@pytest.mark.parametrize("body, lang", [
    ("Christmas trees were sold out.", "en"),
    ("The Independence Day parade was cancelled.", "en"),
    ("Easter is a moveable feast.", "en"),  # a one-word name needs a preposition
    ("Les décorations de Noël ont été installées.", "fr"),
    ("Noël Mamère a pris la parole.", "fr"),
    ("Ils sont partis pendant les vacances de la Toussaint.", "fr"),
])
def test_holiday_names_that_are_no_dates(body: str, lang: str) -> None:
    assert found(body, lang=lang) == []


# --------------------------------------------------------------------------- anchored, idioms

def test_anchored_years_and_mornings() -> None:
    assert found("The pair met in 2021 and got engaged the following year.") == [
        ("2021", "2021"), ("the following year", "2022")]
    assert found("Elle est née en 1990 et s'est mariée l'année suivante.", lang="fr") == [
        ("1990", "1990"), ("l'année suivante", "1991")]
    assert found("The council will vote on 27 November. She will open the next morning.") == [
        ("27 November", "2019-11-27"), ("the next morning", "2019-11-28")]


@pytest.mark.parametrize("body, lang", [
    ("The following year was harder.", "en"),  # no date to count from
    ("Prices rose in 2018 and may double over the next year.", "en"),  # a duration
    ("Cette crise ne date pas d'hier.", "fr"),
    ("Un jour on réforme, le lendemain on recule.", "fr"),
])
def test_anchored_and_deictic_words_that_are_no_dates(body: str, lang: str) -> None:
    assert [t for t, _ in found(body, lang=lang)] in ([], ["2018"])


def test_a_month_alone_at_the_earliest() -> None:
    assert one("We are looking at December at the earliest.", "2025-04-03") == (
        "December", "2025-12")
    assert found("We are looking at December.", "2025-04-03") == []


# ------------------------------------------------ weekdays ahead, habits, starting points, events

@pytest.mark.parametrize("body, value", [
    # 2026-04-09 is a Thursday: an event noun before the weekday looks forward
    ("Le collectif appelle à un rassemblement samedi devant la mairie.", "2026-04-11"),
    # present of a scheduled event, futur simple of irregular verbs, « ce » + weekday
    ("Le match a lieu samedi à Lens.", "2026-04-11"),
    ("Le conseil se réunit mercredi pour trancher.", "2026-04-15"),
    ("Les Lensois recevront mercredi Saint-Lary.", "2026-04-15"),
    ("Ils permettront mercredi aux élus de voter.", "2026-04-15"),
    ("Les élus votent ce samedi.", "2026-04-11"),
])
def test_weekdays_of_scheduled_events_look_forward(body: str, value: str) -> None:
    assert one(body, "2026-04-09", "fr")[1] == value


@pytest.mark.parametrize("body, value", [
    # the same cues in a past clause, or an event noun not just before the weekday
    ("Le rassemblement samedi a réuni deux cents personnes.", "2026-04-04"),
    ("Le match a eu lieu samedi à Lens.", "2026-04-04"),
    (("Elle promet de remettre le parti en ordre de marche. Vendredi, sur un plateau, elle "
      "a affiché sa confiance."), "2026-04-03"),
    ("La réunion de mardi, houleuse, a été suspendue.", "2026-04-07"),
])
def test_weekdays_of_past_events_stay_past(body: str, value: str) -> None:
    assert one(body, "2026-04-09", "fr")[1] == value


def test_a_weekday_after_an_article_is_a_habit() -> None:
    assert found("Qui va emmener les enfants à la piscine le mercredi après-midi ?",
                 "2026-10-15", "fr") == []
    assert found("Chaque samedi, le marché s'installe.", "2026-10-15", "fr") == []
    # ... but with its day it is a date
    assert one("Le vote aura lieu le mercredi 21 octobre.", "2026-10-15", "fr") == \
        ("mercredi 21 octobre", "2026-10-21")


def test_a_starting_point_is_in_the_past() -> None:
    # « depuis » never looks forward, even with a future marker later in the sentence
    assert found("Le texte, examiné en commission depuis le 18 mai et attendu dans "
                 "l'hémicycle le 9 juin, divise.", "2026-05-27", "fr") == \
        [("18 mai", "2026-05-18"), ("9 juin", "2026-06-09")]
    # without it, the sentence's future marker still counts
    assert one("Le texte sera examiné le 18 mai.", "2026-05-27", "fr") == \
        ("18 mai", "2027-05-18")


def test_an_anchored_word_counts_from_the_date_of_its_event() -> None:
    body = ["Mardi soir, le maire a suspendu la séance du conseil municipal.",
            "Le 2 juillet, la piscine a fermé.",
            "« On découvre l'audit la veille du conseil », a-t-elle dit."]
    assert found(body, "2026-10-15", "fr")[-1] == ("la veille du conseil", "2026-10-12")
    # no paragraph names the event: the nearest date before it, as without one
    body = ["Samedi, plus de huit cents spectateurs ont applaudi.",
            "« Je voulais une pièce bavarde », confiait-elle la veille de la première."]
    assert found(body, "2026-07-13", "fr")[-1] == ("la veille de la première", "2026-07-10")


def test_an_english_anchored_word_with_its_event() -> None:
    body = ["The vote was held on Tuesday, June 11.",
            "Police stopped a van on June 12. The day before the vote, nobody called."]
    assert found(body)[-1] == ("The day before the vote", "2019-06-10")
    # no date before it: no value from the publication day
    assert found("The day after the vote, nobody called.") == []
    # without an event, the publication day still anchors it
    assert one("Guards had noticed a van the previous day.") == ("the previous day", "2019-06-12")


def test_since_is_a_starting_point() -> None:
    assert found("The market has been shut since Monday and will reopen next month.",
                 "2019-06-13") == [("Monday", "2019-06-10"), ("next month", "2019-07")]
    assert one("The market will reopen Monday.", "2019-06-13") == ("Monday", "2019-06-17")


# --------------------------------------------------------------------------- dev7/dev8 classes

@pytest.mark.parametrize("body, published, expected", [
    # « est attendu » is a future marker, not être + participle
    ("Le ministre de l'Intérieur est attendu jeudi dans le département.", "2026-01-27",
     ("jeudi", "2026-01-29")),
    ("Le ministre de l'Intérieur est venu jeudi dans le département.", "2026-01-27",
     ("jeudi", "2026-01-22")),
    # a planned event, even called off since, looks forward
    ("Un second débat devait se tenir samedi sous la halle.", "2026-03-05",
     ("samedi", "2026-03-07")),
    ("Il devait partir samedi, mais il a raté son train.", "2026-03-05",
     ("samedi", "2026-02-28")),
    # an infinitive of purpose before the weekday
    ("« Mon boulot, c'est de gagner samedi », a balayé l'entraîneur.", "2026-10-08",
     ("samedi", "2026-10-10")),
    ("Ils sont venus manifester samedi devant la mairie.", "2026-10-08",
     ("samedi", "2026-10-03")),
    # a meeting called for a day; a participle right before it says when it was done
    ("Le préfet a convoqué une table ronde à la préfecture vendredi.", "2025-10-08",
     ("vendredi", "2025-10-10")),
    ("Le suspect a été convoqué vendredi par les enquêteurs.", "2025-10-08",
     ("vendredi", "2025-10-03")),
    # « déjà » is the past
    ("Son coéquipier, déjà précieux samedi, sera chargé de le protéger.", "2026-09-06",
     ("samedi", "2026-09-05")),
    ("Son coéquipier sera chargé samedi de le protéger.", "2026-09-06",
     ("samedi", "2026-09-12")),
    # a weekday set between commas takes the tense of the clause it interrupts
    ("Il pleuvait sur la côte, samedi après-midi, et Paul n'a pas attendu.", "2026-09-06",
     ("samedi", "2026-09-05")),
    ("Le comité se réunira, samedi, pour trancher.", "2026-09-02", ("samedi", "2026-09-05")),
])
def test_weekday_direction_fr(body: str, published: str, expected: tuple[str, str]) -> None:
    assert one(body, published, "fr") == expected


@pytest.mark.parametrize("body, published, expected", [
    # the attribution dates the words
    ([("Les ministres se sont retrouvés mercredi à Genève. « Nous avons fait aujourd'hui un "
       "premier pas », a déclaré M. Meritzky mercredi soir.")], "2026-06-25",
     [("mercredi", "2026-06-24"), ("aujourd'hui", "2026-06-24"), ("mercredi", "2026-06-24")]),
    # the story's day, read before it, in the week before publication
    (["Il pleuvait samedi après-midi quand Paul a attaqué.",
      "« C'est aujourd'hui ou jamais », a lâché le coureur."], "2026-09-06",
     [("samedi", "2026-09-05"), ("aujourd'hui", "2026-09-05")]),
    # outside a quotation, or with no such date: the publication day
    (["Il pleuvait samedi après-midi quand Paul a attaqué.",
      "Aujourd'hui, il se repose."], "2026-09-06",
     [("samedi", "2026-09-05"), ("Aujourd'hui", "2026-09-06")]),
    (["L'usine a fermé le 3 mars.", "« Aujourd'hui, c'est fini », dit-il."], "2026-09-06",
     [("3 mars", "2026-03-03"), ("Aujourd'hui", "2026-09-06")]),
])
def test_today_in_a_quotation_is_the_day_it_was_said(
        body: list[str], published: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


@pytest.mark.parametrize("body, published, expected", [
    # of the paragraph naming the event, the date nearest to where it names it
    ([("Le préfet a convoqué une table ronde à la préfecture vendredi. « L'État sera là », "
       "a-t-il assuré mardi soir."), "La veille de la table ronde, une assemblée votera."],
     "2025-10-08", ("La veille de la table", "2025-10-09")),
    # an event noun the text never dates: the lead's day, not the nearest date
    (["Mardi, Paul comparaissait devant le tribunal.",
      ("Une visite a eu lieu le 14 février 2024. Il avait vendu un immeuble la veille de la "
       "visite."), "La veille de l'audience, il avait mis en vente deux appartements."],
     "2026-05-28", ("La veille de l'audience", "2026-05-25")),
    # not an event noun: the nearest date before it, as before
    (["Mardi, Paul comparaissait devant le tribunal.",
      "Une visite a eu lieu le 14 février 2024. La veille du déménagement, il était parti."],
     "2026-05-28", ("La veille du déménagement", "2024-02-13")),
])
def test_anchored_event_fr(body: list[str], published: str, expected: tuple[str, str]) -> None:
    assert found(body, published, "fr")[-1] == expected


@pytest.mark.parametrize("body, expected", [
    ("L'usine a ouvert il y a vingt-six ans.", [("il y a vingt-six ans", "1999")]),
    ("Il est parti il y a trente et un ans.", [("il y a trente et un ans", "1994")]),
    ("Il y a dix-huit mois, tout allait bien.", [("Il y a dix-huit mois", "2024-04")]),
    # a duration is no date
    ("Il vit ici depuis vingt-six ans.", []),
])
def test_compound_numbers_fr(body: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, "2025-10-08", "fr") == expected


@pytest.mark.parametrize("body, expected", [
    # a habit told in a quotation is no date
    (("Le 3 octobre, tout a fermé. « Quand un intérimaire annule la veille, il n'y a plus "
      "personne », dit-il."), [("3 octobre", "2025-10-03")]),
    # a past clause, or outside a quotation, is
    (("Le 3 octobre, tout a fermé. « Quand il a appris la veille que c'était fini, il a "
      "pleuré », dit-elle."), [("3 octobre", "2025-10-03"), ("la veille", "2025-10-02")]),
    (("Le 3 octobre, tout a fermé. Quand un intérimaire annule la veille, il n'y a plus "
      "personne."), [("3 octobre", "2025-10-03"), ("la veille", "2025-10-02")]),
])
def test_habitual_anchored_word_in_a_quotation(body: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert found(body, "2025-12-03", "fr") == expected


@pytest.mark.parametrize("body, published, expected", [
    ("« Si rien ne bouge d'ici à l'automne, on risque de tout perdre », a-t-il dit.",
     "2026-06-25", [("l'automne", "2026")]),
    ("Il faudra attendre avant l'été pour le savoir.", "2026-10-10", [("l'été", "2027")]),
    (("Les résultats sont arrivés en juin 2024. La renégociation était prévue à l'automne "
      "suivant."), "2025-09-17", [("juin 2024", "2024-06"), ("l'automne suivant", "2024")]),
    ("Ils ont joué avant l'automne dernier.", "2026-07-13", [("l'automne dernier", "2025")]),
    ("L'automne de la vie, l'été de Paris.", "2026-01-10", []),
])
def test_season_alone_fr(body: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


# -------------------------------------------- dev10 round: general mechanisms, both directions


@pytest.mark.parametrize("body, published, expected", [
    # a capitalised word inside a sentence is a name, not a futur simple (« Ferreira »)
    (("Jeudi, devant la 11e chambre du tribunal correctionnel de Créteil (Val-de-Marne), "
      "Dylan Ferreira, 27 ans, a été jugé."), "2025-10-17", [("Jeudi", "2025-10-16")]),
    # a lowercase verb in the futur simple still looks forward
    ("Jeudi, devant la 11e chambre (Val-de-Marne), le prévenu comparaîtra libre.",
     "2025-10-17", [("Jeudi", "2025-10-23")]),
])
def test_a_name_is_no_future_marker(body: str, published: str,
                                    expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


@pytest.mark.parametrize("body, expected", [
    ("Il a été déjà condamné en 2021 pour conduite sans permis.", [("2021", "2021")]),
    # « pour cent » after a number makes it an amount
    ("Le chômage a reculé de 2021 pour cent, selon l'institut.", []),
])
def test_a_year_before_pour(body: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, "2025-10-17", "fr") == expected


@pytest.mark.parametrize("body, expected", [
    ("Faute d'accord d'ici à la mi-avril, les mesures expireront.", [("mi-avril", "2026-04")]),
    ("Elle espère un accord avant le Conseil européen de la fin du mois.",
     [("la fin du mois", "2026-03")]),
    ("Le texte sera voté en fin d'année.", [("en fin d'année", "2026")]),
    # the end of a named month is that month's; « fin du mois dernier » is last month
    ("Le loyer est payé à la fin du mois de mars.", [("mars", "2026-03")]),
    ("Il est parti à la fin du mois dernier.", [("à la fin du mois dernier", "2026-02")]),
    # a word that only starts with « mi » is no month modifier
    ("La mi-temps a été sifflée.", []),
])
def test_parts_of_this_month_and_year(body: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-03-19", "fr") == expected


@pytest.mark.parametrize("body, published, expected", [
    # a bare season takes its clause's tense: the last one in the past, the next one ahead
    ("La commune a racheté les murs au printemps.", "2026-09-26", [("printemps", "2026")]),
    ("Les travaux reprendront à l'automne.", "2026-01-10", [("l'automne", "2026")]),
    ("Ils ont tourné en hiver, en vraie nuit.", "2026-09-26", [("hiver", "2026")]),
    ("Ils tourneront en hiver.", "2026-03-26", [("hiver", "2027")]),
    # without a verb in the past or the future: a habit
    ("La première condition : tourner en hiver, en vraie nuit.", "2026-09-26", []),
    ("Au printemps, les hirondelles reviennent.", "2026-09-26", []),
    ("Le festival a lieu chaque année en été.", "2026-03-26", []),
    ("Ils ont toujours tourné en hiver.", "2026-03-26", []),
    # « au printemps dernier » like « le printemps dernier »
    ("Au printemps dernier, il a signé.", "2026-09-26", [("Au printemps dernier", "2026")]),
    ("Ils signeront au printemps prochain.", "2026-09-26", [("au printemps prochain", "2027")]),
])
def test_a_bare_season_fr(body: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


@pytest.mark.parametrize("body, expected", [
    ("Quarante-trois ans de tourtes de seigle et de croissants du dimanche.", []),
    ("Le marché du samedi attire du monde.", []),
    # the end of a range that starts with a habit is one too
    ("Le magasin est ouvert du lundi au vendredi.", []),
])
def test_a_weekday_after_du_is_a_habit(body: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-09-26", "fr") == expected


@pytest.mark.parametrize("body, published, value", [
    # no tense marker in the sentence: the next occurrence when it is much closer...
    ("Dimanche, le village organise un pot d'adieu sur la place.", "2026-09-26", "2026-09-27"),
    # ... or when an event follows the weekday
    ("Réponse samedi soir, lors de la cérémonie de clôture.", "2026-05-20", "2026-05-23"),
    # otherwise the last one
    ("Samedi, les manifestants défilent dans le calme.", "2026-05-20", "2026-05-16"),
    ("Dimanche, le village organise un pot d'adieu sur la place.", "2026-05-20",
     "2026-05-17"),
    # a verb in the past anywhere in the sentence keeps it in the past
    ("Samedi, lors de la manifestation, un policier a été blessé.", "2026-05-20",
     "2026-05-16"),
    ("Dimanche, lors du match, il a marqué.", "2026-09-26", "2026-09-20"),
    # a participle just before it, regular or not, is a past
    ("Interpellé dimanche, le suspect reste en garde à vue.", "2026-03-20", "2026-03-15"),
    ("Le maire, joint dimanche, ne décolère pas.", "2026-03-20", "2026-03-15"),
])
def test_a_weekday_in_a_sentence_without_tense(body: str, published: str, value: str) -> None:
    assert found(body, published, "fr")[0][1] == value


def test_english_unmarked_weekdays_stay_past() -> None:
    # English irregular pasts are no markers: no nearest-occurrence rule there
    assert found("The vote took place on Friday.", "2019-06-13", "en") == [
        ("Friday", "2019-06-07")]


@pytest.mark.parametrize("body, expected", [
    # after a date of last year in its paragraph, a past clause: last year's occurrence
    ("Elle a fait imprimer son cahier l'an dernier. Tous ont été vendus avant Noël.",
     [("l'an dernier", "2025"), ("Noël", "2025-12-25")]),
    ("Il y a un an, le magasin a fermé en octobre.",
     [("Il y a un an", "2025"), ("octobre", "2025-10")]),
    ("L'an dernier, la boutique a rouvert le 20 décembre.",
     [("L'an dernier", "2025"), ("20 décembre", "2025-12-20")]),
    # a future clause, or no date of last year before it: the usual choice
    ("Il y a un an, le magasin a annoncé qu'il fermera en octobre.",
     [("Il y a un an", "2025"), ("octobre", "2026-10")]),
    ("Tous ont été vendus avant Noël.", [("Noël", "2026-12-25")]),
    (["Elle a fait imprimer son cahier l'an dernier.", "Tous ont été vendus avant Noël."],
     [("l'an dernier", "2025"), ("Noël", "2026-12-25")]),
])
def test_a_yearless_date_in_a_paragraph_about_last_year(
        body: str | list[str], expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-09-26", "fr") == expected


@pytest.mark.parametrize("body, expected", [
    # « des » after « il y a cinq ans » starts the object: a date
    ("Une mission avait obtenu il y a cinq ans des valeurs très différentes.",
     [("il y a cinq ans", "2021")]),
    # « de », « que » after it: a gap, a duration
    ("Il y a cinq ans de différence entre eux.", []),
    ("Il y a deux ans que je l'attends.", []),
])
def test_ago_before_des(body: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-04-15", "fr") == expected


def test_a_night_from_one_weekday_to_the_next_is_a_date() -> None:
    assert found("Dans la nuit du samedi au dimanche, deux voitures ont brûlé.",
                 "2026-09-23", "fr") == [("samedi", "2026-09-19"), ("dimanche", "2026-09-20")]


@pytest.mark.parametrize("body, lang, expected", [
    # a count of years, months or weeks later counts from the date before it
    ("Il avait été élu en 2020, puis réélu six ans plus tard.", "fr",
     [("2020", "2020"), ("six ans plus tard", "2026")]),
    ("En mars 2019, elle a porté plainte. Deux mois plus tard, l'enquête était close.", "fr",
     [("mars 2019", "2019-03"), ("Deux mois plus tard", "2019-05")]),
    ("Le 3 mars, il a été blessé. Trois semaines plus tard, il est revenu.", "fr",
     [("3 mars", "2026-03-03"), ("Trois semaines plus tard", "2026-03")]),
    ("She was elected in 2018 and re-elected four years later.", "en",
     [("2018", "2018"), ("four years later", "2022")]),
    # no date before it: no anchor, no date
    ("Six ans plus tard, rien n'a changé.", "fr", []),
    ("Two months later, nothing had changed.", "en", []),
])
def test_a_count_of_units_later(body: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-03-18", lang) == expected


@pytest.mark.parametrize("body, expected", [
    ("A deal is expected by the end of the month.", [("the end of the month", "2026-03")]),
    ("The plant will close at the end of the year.", [("the end of the year", "2026")]),
    ("Repairs will start in the autumn.", [("in the autumn", "2026")]),
    # a named year or month after it, or a present of habit: not this one
    ("At the end of the year of the dragon, nothing changed.", []),
    ("Birds return in the spring.", []),
    ("She taught in the spring term.", []),
])
def test_english_parts_of_this_month_and_bare_seasons(body: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-03-19", "en") == expected


# ------------------------------------------------- dev11 round: mechanisms over the whole article

@pytest.mark.parametrize("body, published, expected", [
    # a day of the month alone, closed by punctuation: this month's, or the last one's
    ("Jeudi, les coureurs retrouveront la montagne avec l'arrivée à Superdévoluy, le 17.",
     "2025-07-16", [("Jeudi", "2025-07-17"), ("le 17", "2025-07-17")]),
    ("« Il était encore là-haut le 14, pour le tour du lac », insiste son frère.",
     "2026-06-23", [("le 14", "2026-06-14")]),
    ("Il avait déjà couru le 28, sans succès.", "2026-06-03", [("le 28", "2026-05-28")]),
])
def test_a_day_of_the_month_alone(body: str, published: str,
                                  expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


@pytest.mark.parametrize("body", [
    # an emergency number, a rank, a team, a score: no day
    "La nuit, les patients sont invités à appeler le 15, qui les oriente.",
    "Composez le 17 en cas d'urgence.",
    "Il a fini le 17e de l'étape.",
    "Le 15 de France a gagné.",
    "Le score est passé à 3-1 après le 2-1 de la mi-temps.",
    # an address
    "Elle habite le 14, rue du Port, depuis vingt ans.",
])
def test_a_number_after_le_that_is_no_day(body: str) -> None:
    assert found(body, "2025-12-03", "fr") == []


@pytest.mark.parametrize("body, published, expected", [
    # a clause without tense marker (a present): the nearer occurrence
    ("L'équipe, dont le contrat avec son sponsor expire en décembre, courait après un succès.",
     "2025-07-16", [("décembre", "2025-12")]),
    ("En cause : la suppression, à la rentrée de septembre, de deux classes.",
     "2026-04-16", [("septembre", "2026-09")]),
    # a past clause keeps the last one
    ("Le contrat avait expiré en décembre.", "2025-07-16", [("décembre", "2024-12")]),
    ("Le salon avait ouvert en mai.", "2026-01-15", [("mai", "2025-05")]),
])
def test_a_month_in_a_clause_without_tense(body: str, published: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


@pytest.mark.parametrize("body, expected", [
    ("\"Ask me again in May.\"", [("May", "2026-05")]),
    # an irregular past is a past marker: the last one
    ("The firm lost money in May.", [("May", "2025-05")]),
    ("The plant, which shut in August, employed 300.", [("August", "2025-08")]),
])
def test_an_english_month_in_a_clause_without_tense(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-01-15", "en") == expected


def test_a_month_in_the_sentence_of_last_year() -> None:
    assert found("L'an dernier déjà, l'école avait connu trois semaines sans remplaçant, en "
                 "plein mois de novembre.", "2025-09-02", "fr") == [
        ("L'an dernier", "2024"), ("novembre", "2024-11")]
    # in another sentence, a clause without tense marker does not take that year
    assert found(["L'an dernier, l'école a fermé.", "Réouverture, en plein mois de novembre."],
                 "2025-09-02", "fr") == [("L'an dernier", "2024"), ("novembre", "2025-11")]


@pytest.mark.parametrize("body, published, expected", [
    # a future said last week about a day that has just passed: that day, not next year's
    ("La rectrice avait assuré que « chaque classe aura un enseignant le 1er septembre ».",
     "2025-09-02", [("1er septembre", "2025-09-01")]),
    # a day farther back, in a future clause: next year's
    ("Le salon aura lieu le 1er août.", "2025-09-02", [("1er août", "2026-08-01")]),
])
def test_a_future_about_a_day_just_past(body: str, published: str,
                                        expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


@pytest.mark.parametrize("body, expected", [
    # an acronym names the event its words were spelt out for
    (["Mardi, lors d'un comité social et économique extraordinaire, la direction a parlé.",
      "La maire l'a appris la veille du CSE."],
     [("Mardi", "2025-10-21"), ("la veille du CSE", "2025-10-20")]),
    # no expansion before it: the nearest date before, as without an event
    (["Mardi, la direction a parlé.", "La maire l'a appris la veille du CSE."],
     [("Mardi", "2025-10-21"), ("la veille du CSE", "2025-10-20")]),
    ([("Mercredi, une réunion a eu lieu. Mardi, la direction a parlé au conseil social "
       "et économique."), "La maire l'a appris la veille du CSE."],
     [("Mercredi", "2025-10-22"), ("Mardi", "2025-10-21"),
      ("la veille du CSE", "2025-10-20")]),
])
def test_an_acronym_names_its_event(body: list[str], expected: list[tuple[str, str]]) -> None:
    assert found(body, "2025-10-23", "fr") == expected


def test_an_acronym_is_not_matched_by_unrelated_words() -> None:
    # the nearest date to a paragraph that spells « CSE » wins over the nearest date before
    body = [("Mardi, les salariés ont défilé. Mercredi, un comité social et économique a "
             "siégé."), ("Le 2 octobre, la maire recevait le directeur. Elle a appris la "
                         "nouvelle la veille du CSE.")]
    assert found(body, "2025-10-23", "fr")[-1] == ("la veille du CSE", "2025-10-21")
    body = ["Mercredi, les salariés ont défilé.", ("Jeudi, la maire a parlé. Elle a appris "
                                                   "la nouvelle la veille du CHSCT.")]
    assert found(body, "2025-10-24", "fr")[-1] == ("la veille du CHSCT", "2025-10-22")


@pytest.mark.parametrize("body, published, expected", [
    # « demain » in words said on the story's day (the lead's), not the publication's
    (["Mardi, au sommet du col, Mathis a remporté l'étape.",
      ("Mercredi, place à une journée de transition. Mathis, lui, a prévenu en rigolant : "
       "« Demain, je dors dans le bus. »")], "2025-07-16",
     [("Mardi", "2025-07-15"), ("Mercredi", "2025-07-16"), ("Demain", "2025-07-16")]),
    # and a weekday a week away from that day in the next sentence is that day
    (["Samedi soir, le chanteur a mis le public à ses pieds.",
      "Il a salué : « Merci. Je reviens demain. » Il rejouera effectivement dimanche."],
     "2025-12-08",
     [("Samedi", "2025-12-06"), ("demain", "2025-12-07"), ("dimanche", "2025-12-07")]),
    # a past date in the quotation's own paragraph comes first
    (["Samedi soir, le chanteur a chanté.", "Mercredi, il nous a dit : « demain je pars »."],
     "2025-12-08", [("Samedi", "2025-12-06"), ("Mercredi", "2025-12-03"),
                    ("demain", "2025-12-04")]),
])
def test_tomorrow_in_words_said_on_the_story_day(
        body: list[str], published: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


@pytest.mark.parametrize("body, published, expected", [
    # no lead date in the first paragraph: the publication day's tomorrow
    (["Les familles attendent.", "Lundi, la police est venue.",
      "Elle montre l'école : « Qui va l'y emmener demain ? »"], "2025-11-04",
     [("Lundi", "2025-11-03"), ("demain", "2025-11-05")]),
    # outside a quotation, « demain » is the publication's
    (["Samedi soir, le chanteur a chanté.", "Il rejouera demain."], "2025-12-08",
     [("Samedi", "2025-12-06"), ("demain", "2025-12-09")]),
    # a weekday that is not a week away from the date before it keeps its own value
    (["Samedi soir, le chanteur a chanté.", "« Je reviens demain. » Il jouera mardi."],
     "2025-12-08",
     [("Samedi", "2025-12-06"), ("demain", "2025-12-07"), ("mardi", "2025-12-09")]),
    # after a date that is no quoted day, the weekday keeps its tense's value
    (["Lundi, le club a parlé.", "Battu samedi dernier, il rejouera samedi."], "2025-12-08",
     [("Lundi", "2025-12-08"), ("samedi dernier", "2025-12-06"), ("samedi", "2025-12-13")]),
])
def test_tomorrow_without_a_story_day(body: list[str], published: str,
                                      expected: list[tuple[str, str]]) -> None:
    assert found(body, published, "fr") == expected


@pytest.mark.parametrize("body, expected", [
    # « à la veille de » an event with no date of its own: the day being told is its eve
    (("Samedi après-midi, il s'est imposé et s'empare du maillot, à la veille de l'ultime "
      "étape."), [("Samedi", "2026-09-05"), ("la veille de l'ultime", "2026-09-05")]),
    # without « à », the day before the date told
    ("Samedi, il a gagné. Il avait reconnu le parcours la veille de l'étape.",
     [("Samedi", "2026-09-05"), ("la veille de l'étape", "2026-09-04")]),
])
def test_on_the_eve_of_an_undated_event(body: str, expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-09-06", "fr") == expected


@pytest.mark.parametrize("body, expected", [
    # a chronology carries the year of the day written with it
    (["L'alerte est donnée le 12 mars 2024.",
      ("Le 2 avril, une note préconise de ne pas alarmer tant que les prélèvements n'auront "
       "pas été réalisés.")], [("12 mars 2024", "2024-03-12"), ("2 avril", "2024-04-02")]),
    # after a month with its year, or a day earlier in the year: the usual choice
    (["Le site a été contrôlé en mars 2025.",
      "Lors de l'audience du 19 mai, le procureur avait requis une amende."],
     [("mars 2025", "2025-03"), ("19 mai", "2026-05-19")]),
    (["L'alerte est donnée le 12 mars 2024.", "Le 2 février, le préfet a signé."],
     [("12 mars 2024", "2024-03-12"), ("2 février", "2026-02-02")]),
    # a relative date between them breaks the chronology
    (["L'alerte est donnée le 12 mars 2024.", "Il y a un mois, le 2 avril, tout a changé."],
     [("12 mars 2024", "2024-03-12"), ("Il y a un mois", "2026-05"),
      ("2 avril", "2026-04-02")]),
])
def test_a_chronology_carries_its_year(body: list[str], expected: list[tuple[str, str]]) -> None:
    assert found(body, "2026-06-30", "fr") == expected


@pytest.mark.parametrize("body, lang, expected", [
    # a month and a year relative to publication: one expression, that year's month
    ("She took over from her father in January last year.", "en",
     [("January last year", "2024-01")]),
    # "until" looks ahead unless its clause is in the past, also with an hour before the day;
    # a present passive or state is no past ("is closed", "remains closed")
    ("The walkout, which runs until 7am on Monday, is the first since March.", "en",
     [("Monday", "2025-09-15"), ("March", "2025-03")]),
    ("The talks lasted until Monday.", "en", [("Monday", "2025-09-08")]),
    ("The shrimper waited until Wednesday night to leave.", "en", [("Wednesday", "2025-09-10")]),
    ("The road is closed until Monday.", "en", [("Monday", "2025-09-15")]),
    ("The judge adjourned the hearing until Monday.", "en", [("Monday", "2025-09-15")]),
    ("The school remains closed until Friday.", "en", [("Friday", "2025-09-12")]),
    # "the following January": the first January after the date before it
    ("He joined the bank in 2008. The following January, he was made chairman.", "en",
     [("2008", "2008"), ("The following January", "2009-01")]),
    ("The deal was signed in May 2019. The previous March, talks had failed.", "en",
     [("May 2019", "2019-05"), ("The previous March", "2019-03")]),
    # a programme's name is no date; the same words opening a sentence or after a colon are
    ("She told BBC Radio 4's Today programme that it was over.", "en", []),
    ("Speaking on RTÉ's This Week programme yesterday, he said no.", "en",
     [("yesterday", "2025-09-09")]),
    ("He said: Today is the day.", "en", [("Today", "2025-09-10")]),
    # after the words a month alone may follow ("between … and January this year")
    ("He posted 37 times between June 2024 and January this year.", "en",
     [("June 2024", "2024-06"), ("January this year", "2025-01")]),
    ("Elle a pris la tête du groupe en janvier l'an dernier.", "fr",
     [("janvier l'an dernier", "2024-01")]),
    ("Le chantier doit démarrer en mars de l'année prochaine.", "fr",
     [("mars de l'année prochaine", "2026-03")]),
    # in two sentences, two expressions
    ("Elle a été élue en janvier. L'an dernier, rien n'avait bougé.", "fr",
     [("janvier", "2025-01"), ("L'an dernier", "2024")]),
    ("Sales fell in January, and last year was worse.", "en",
     [("January", "2025-01"), ("last year", "2024")]),
])
def test_a_month_of_last_or_next_year(body: str, lang: str,
                                      expected: list[tuple[str, str]]) -> None:
    assert found(body, "2025-09-10", lang) == expected


def test_compiling_the_patterns_ahead_changes_no_date() -> None:
    """Workers inherit patterns compiled before they are forked; the patterns compiled ahead
    are the ones that would have been compiled on first use."""
    from builder.annotate import dates as dates_module

    lexicon = dates_module._LEXICONS["fr"]
    saved = dict(lexicon.by_char)
    lexicon.by_char.clear()
    lazily = {c: lexicon.combined_at(c) for c in "aL1é«"}
    lexicon.by_char.clear()
    dates_module.compile_patterns()
    assert len(lexicon.by_char) == 256
    assert {c: lexicon.by_char[c] for c in "aL1é«"} == lazily
    lexicon.by_char.update(saved)


def test_the_unpruned_pattern_finds_what_the_pruned_patterns_find() -> None:
    """Below ``PRUNE_AT`` articles the builder does not compile a pattern per first character
    (``prune_patterns(False)``): at every position the whole combined pattern is tried where
    some rule can start, nothing where none can, and every date found is the same."""
    from builder.annotate import dates as dates_module

    for lang, text in _every_text():
        lexicon = _LEXICONS[lang]
        for position in range(len(text)):
            pruned = lexicon.combined_at(text[position])
            unpruned = lexicon.unpruned_at(text[position])
            assert (pruned is None) == (unpruned is None), (lang, text[position:])
            if unpruned is not None:
                assert unpruned is lexicon.combined
    problems = ProblemCollector()
    articles = [a for p in article_paths(ROOT / "seeds" / "articles")
                if (a := load_article(p, ROOT, problems)) is not None]
    try:
        dates_module.prune_patterns(True)
        pruned_found = [find_dates(a) for a in articles]
        dates_module.prune_patterns(False)
        assert [find_dates(a) for a in articles] == pruned_found
    finally:
        dates_module.prune_patterns(True)


# --------------------------------------------------------------- fresh text (dev14 … dev16 round)

def dates_match(got: list[tuple[str, str]], expected: list[tuple[str, str]]) -> bool:
    return len(got) == len(expected) and all(
        same_expression(g, t) and gv == v for (g, gv), (t, v) in zip(got, expected))


@pytest.mark.parametrize("body, published, lang, expected", [
    # "the next day" is anchored, no future marker: "Sunday" stays in the past
    ("Barriers went up on Sunday, but the next day they were overtopped.", "2025-01-09", "en",
     [("Sunday", "2025-01-05"), ("the next day", "2025-01-06")]),
    # "next month" still speaks of the future
    ("The board reviews the case on Monday and rules next month.", "2019-06-13", "en",
     [("Monday", "2019-06-17"), ("next month", "2019-07")]),
    # "on the 14th." alone: that day of the publication month or one beside it
    ("A public meeting will be held at the church hall on the 14th.", "2025-01-09", "en",
     [("the 14th", "2025-01-14")]),
    ("The abbey was rebuilt in the 14th century.", "2025-01-09", "en", []),
    ("He dropped a shot on the 14th hole.", "2025-01-09", "en", []),
    # a weekday before a title that starts like a month ("Mayor"): still the weekday
    ("Schools will remain closed Tuesday, Mayor Dolores Ferreira announced late Monday.",
     "2026-01-27", "en", [("Tuesday", "2026-01-27"), ("Monday", "2026-01-26")]),
    # a capitalised name in quotation marks does not cut the clause: its past tense holds
    ('Some stations had christened the storm "Snowzilla" by Monday morning.', "2026-01-27",
     "en", [("Monday", "2026-01-26")]),
    # (quoted words that are no name still cut it)
    ('He said Deshpande was now "a certainty" for the tour of England in June.', "2025-03-10",
     "en", [("June", "2025-06")]),
    # ... and a clause going on after it
    ("She has to hand in her dissertation on the 28th and does not know who will mark it.",
     "2025-03-04", "en", [("the 28th", "2025-03-28")]),
    ('"Till the 25th at least," he said.', "2026-08-18", "en", [("the 25th", "2026-08-25")]),
    # an ordinal series or a hole is no day
    ("He birdied on the 17th and 18th holes.", "2025-03-04", "en", []),
    ("It was his win on the 3rd and final day.", "2025-03-04", "en", []),
    ("He made a birdie on the 18th at Augusta.", "2025-03-04", "en", []),
    # a day with "last year": one expression
    ("Hale signed the bill in a ceremony on May 22 last year.", "2025-04-17", "en",
     [("May 22 last year", "2024-05-22")]),
    ("Le texte a été signé le 22 mai de l'année dernière.", "2025-04-17", "fr",
     [("22 mai de l'année dernière", "2024-05-22")]),
    # "a trial date of": a day ahead, even in a past clause
    ("The judge set a trial date of Nov. 3.", "2025-04-17", "en", [("Nov. 3", "2025-11-03")]),
    ("The date of Nov. 3 was chosen by the board.", "2025-04-17", "en",
     [("Nov. 3", "2024-11-03")]),
    # a weekday of last or next week
    ("The seamer, called up on Monday last week, took five wickets.", "2025-08-25", "en",
     [("Monday last week", "2025-08-18")]),
    ("The squad meets on Friday of next week.", "2025-08-25", "en",
     [("Friday of next week", "2025-09-05")]),
    ("Il a été convoqué lundi de la semaine dernière.", "2025-08-25", "fr",
     [("lundi de la semaine dernière", "2025-08-18")]),
])
def test_fresh_english_and_french_rules(body: str, published: str, lang: str,
                                        expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, expected", [
    # no tense marker: the nearer occurrence ("fly" is a present)
    ("The tourists fly to London on Tuesday.", "2025-08-25", [("Tuesday", "2025-08-26")]),
    ("The tourists flew to London on Tuesday.", "2025-08-25", [("Tuesday", "2025-08-19")]),
    ("The vote would have taken place on Friday.", "2019-06-13", [("Friday", "2019-06-07")]),
    # "a Tuesday", "every Friday": no date
    ("On a Tuesday in April, a retired machinist stood up.", "2026-05-20",
     [("April", "2026-04")]),
    ("The market opens every Friday.", "2026-05-20", []),
    ("Volunteers meet on the first Saturday of every month.", "2026-05-20", []),
    # a past form between a future marker and the date belongs to the future's verb phrase
    ("The airline would contact affected customers by Monday.", "2026-02-12",
     [("Monday", "2026-02-16")]),
    ("Affected customers were contacted by Monday.", "2026-02-12", [("Monday", "2026-02-09")]),
    # "a previously scheduled conference" is no future; "is scheduled" is
    ("She told reporters at a previously scheduled conference on Wednesday.", "2026-02-12",
     [("Wednesday", "2026-02-11")]),
    ("The conference is scheduled for Wednesday.", "2026-02-12", [("Wednesday", "2026-02-18")]),
    # "expected to", "promised to": ahead, even told in the past
    ("His office said it expected to file a notice of appeal by Monday.", "2025-04-17",
     [("Monday", "2025-04-21")]),
    ("He promised to stay until August.", "2025-04-17", [("August", "2025-08")]),
    # a one-word holiday after "into"
    ("The risk is that it becomes a rolling dispute into Easter.", "2026-02-12",
     [("Easter", "2026-04-05")]),
    ("The Easter eggs sold out.", "2026-02-12", []),
    ("She was planning for the Fourth of July.", "2026-05-20",
     [("Fourth of July", "2026-07-04")]),
    # "the following spring" after a year: the next year
    ("She came to the city in 1994; the following spring, she opened the shop.", "2026-05-20",
     [("1994", "1994"), ("the following spring", "1995")]),
    # "since the spring": the last one
    ("An inquiry has been open since the spring.", "2025-11-05", [("spring", "2025")]),
    # "this Tuesday": the nearer one when the clause has no tense
    ("Her daughter comes along this Tuesday.", "2025-04-17", [("Tuesday", "2025-04-15")]),
    ("Her daughter comes along this Saturday.", "2025-04-17", [("Saturday", "2025-04-19")]),
    # a weekend: as a week
    ("Last weekend, the resort welcomed a school group.", "2026-01-09",
     [("Last weekend", "2026-01")]),
    ("Last weekend, the resort welcomed a school group.", "2026-03-02",
     [("Last weekend", "2026")]),
    # "over the weekend": the last one in a past clause, the next in a future one; a habit
    # without tense is no date
    ("The talks collapsed over the weekend.", "2025-09-01", [("the weekend", "2025-08")]),
    ("Talks will resume over the weekend.", "2025-09-25", [("the weekend", "2025-09")]),
    ("Shops close at the weekend.", "2025-08-27", []),
    ("By the end of the week, prices had fallen.", "2025-08-27",
     [("the end of the week", "2025-08")]),
    ("He was arrested on Monday. The night before, he had fled.", "2025-08-27",
     [("Monday", "2025-08-25"), ("The night before", "2025-08-24")]),
    ("It was the night before the vote.", "2025-08-27", []),
    # decades ago; "a week later" counted from the date before it; a comparison is no date
    ("The factory closed a decade ago.", "2025-08-27", [("a decade ago", "2015")]),
    ("The board met on 3 March. A week later, it resigned.", "2025-08-27",
     [("3 March", "2025-03-03"), ("A week later", "2025-03")]),
    ("Snow melted a month earlier than usual.", "2025-08-27", []),
    # a year that ends a short quoted title names a thing
    ("The “Clean streets 2030” plan was adopted.", "2025-11-05", []),
    ("“We will be there in 2030,” she said.", "2025-11-05", [("2030", "2030")]),
])
def test_fresh_english_resolution(body: str, published: str,
                                  expected: list[tuple[str, str]]) -> None:
    got = found(body, published, "en")
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, expected", [
    # « le week-end de Pâques »: a date; « le marché de Pâques »: a modifier
    ("Le week-end de Pâques, traditionnellement chargé, inquiète la directrice.", "2025-04-17",
     [("Pâques", "2025-04-20")]),
    ("Le marché de Pâques a fermé.", "2025-04-17", []),
    # a habit
    ("Il anime les rassemblements du premier samedi de chaque mois.", "2026-01-15", []),
    ("« Si le petit a 40 de fièvre un samedi, je fais quoi ? »", "2025-04-17", []),
    # a capitalised word inside its sentence is a name, no participle
    ("Les joueurs seront reçus à l'Hôtel de Ville de Paris mardi.", "2026-05-25",
     [("mardi", "2026-05-26")]),
    # a noun after an article or a preposition is no participle; one before them is
    ("Le retirage sera en librairie dès lundi.", "2025-11-05", [("lundi", "2025-11-10")]),
    (("Dans un courrier adressé aux élus mardi, elle assure que la fermeture restera "
     "temporaire."), "2025-12-03", [("mardi", "2025-12-02")]),
    ("Un rapport publié en avril relevait déjà des anomalies.", "2025-11-05",
     [("avril", "2025-04")]),
    # a speaker's present is ahead; a passé composé is not
    ("« Jeudi, on joue le quart de finale. »", "2026-05-25", [("Jeudi", "2026-05-28")]),
    ("« Jeudi, on a perdu le quart de finale. »", "2026-05-25", [("Jeudi", "2026-05-21")]),
    ("« C'est bien, mais samedi il y a les équipes mixtes », a prévenu l'entraîneur.",
     "2025-06-16", [("samedi", "2025-06-21")]),
    ("« Lundi, j'avais vingt-trois enfants sans maîtresse », résume la directrice.",
     "2025-09-02", [("Lundi", "2025-09-01")]),
    # « a rendez-vous » is a present, « a rencontré » a past
    ("Jeudi, elle a rendez-vous avec une assistante sociale.", "2025-04-09",
     [("Jeudi", "2025-04-10")]),
    ("Jeudi, elle a rencontré une assistante sociale.", "2025-04-09",
     [("Jeudi", "2025-04-03")]),
    # « il aura fallu »: a retrospective past
    ("Il n'aura fallu qu'une heure de réunion, lundi, pour se mettre d'accord.", "2026-06-17",
     [("lundi", "2026-06-15")]),
    # a promise or a plan, even told in the past
    ("Il a promis de rester jusqu'à fin août.", "2025-04-17", [("fin août", "2025-08")]),
    ("Il est resté jusqu'à fin août.", "2025-04-17", [("fin août", "2024-08")]),
    ("L'ex-otage devait être entendue par les enquêteurs dès vendredi.", "2026-01-15",
     [("vendredi", "2026-01-16")]),
    # « ce mardi »: the nearer one when the clause has no tense
    ("Sa fille l'accompagne ce mardi.", "2025-04-17", [("ce mardi", "2025-04-15")]),
    ("Sa fille l'accompagne ce samedi.", "2025-04-17", [("ce samedi", "2025-04-19")]),
    # « cette année-là », « ce jour-là »: the date before them
    ("Le musée a rouvert en 2015. Cette année-là, les visiteurs sont revenus.", "2025-06-05",
     [("2015", "2015"), ("Cette année-là", "2015")]),
    ("Le pont a fermé le 3 mars 2024. Ce jour-là, les commerçants ont baissé le rideau.",
     "2025-06-05", [("3 mars 2024", "2024-03-03"), ("Ce jour-là", "2024-03-03")]),
    ("Cette année, les visiteurs sont revenus.", "2025-06-05", [("Cette année", "2025")]),
    # « le week-end dernier »: as « la semaine dernière »
    ("Le week-end dernier, il a accueilli un groupe d'enfants.", "2026-01-09",
     [("Le week-end dernier", "2026-01")]),
    # « cet automne » without tense: the nearer one; a past clause keeps the last one
    ("« Cet automne, je mets des arbousiers. »", "2025-08-20", [("Cet automne", "2025")]),
    ("Cet été, il a beaucoup plu.", "2025-10-10", [("Cet été", "2025")]),
    # « depuis le printemps »: the last one; « a depuis été vue » is no season
    ("Une enquête est ouverte depuis le printemps.", "2025-11-05", [("printemps", "2025")]),
    ("La scène a depuis été vue des milliers de fois.", "2025-11-05", []),
    # « il y a une décennie »; « une semaine plus tard »; a comparison is no date
    ("L'usine a fermé il y a une décennie.", "2025-08-27", [("il y a une décennie", "2015")]),
    ("Le conseil s'est réuni le 3 mars. Une semaine plus tard, il a démissionné.",
     "2025-08-27", [("3 mars", "2025-03-03"), ("Une semaine plus tard", "2025-03")]),
    ("La neige a fondu un mois plus tôt que d'habitude.", "2025-08-27", []),
    # a year that ends a short quoted title names a thing
    ("Sogetrav a remporté neuf lots du plan « Cœur de ville 2030 ».", "2025-11-05", []),
    ("« On y sera en 2030 », assure-t-il.", "2025-11-05", [("2030", "2030")]),
])
def test_fresh_french_resolution(body: str, published: str,
                                 expected: list[tuple[str, str]]) -> None:
    got = found(body, published, "fr")
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, expected", [
    # the day told outside quotations is not counted from a day a speaker named, and words
    # quoted after a weekday of the past were said that day
    ([("Samedi soir, le candidat a harangué ses partisans. « Dimanche, vous allez reprendre ce "
      "qui vous appartient », a-t-il lancé. La veille, son adversaire l'avait attaqué.")],
     [("Samedi", "2025-10-18"), ("Dimanche", "2025-10-19"), ("La veille", "2025-10-17")]),
    # a past clause does not count from a day still ahead
    ([("Le 16 octobre, le ministre est arrivé. Il repartira mercredi. Il avait prévenu, la "
      "veille déjà, qu'il resterait peu.")],
     [("16 octobre", "2025-10-16"), ("mercredi", "2025-10-22"), ("la veille", "2025-10-15")]),
])
def test_anchors_skip_quoted_and_future_days(body: list[str],
                                             expected: list[tuple[str, str]]) -> None:
    got = found(body, "2025-10-20", "fr")
    assert dates_match(got, expected), got


# ------------------------------------------------------- the sixth session's round (dev2–dev44)

@pytest.mark.parametrize("body, published, expected", [
    # "today" inside straight quotation marks was said on the story's day
    (["The final was played at Croke Park on Sunday.",
      '"They were the better team today," the manager said.'], "2026-07-27",
     [("Sunday", "2026-07-26"), ("today", "2026-07-26")]),
    (["Speaking to reporters on Wednesday, the lawyer said he would appeal.",
      'He added: "The law failed a sick young man today," before leaving.'], "2025-06-12",
     [("Wednesday", "2025-06-11"), ("today", "2025-06-11")]),
    # … and on the publication day when the story's day is the publication day
    (["Rovers beat Millbrook 2-1 on Saturday.", "The fans sang for the manager on Friday.",
      '"Today we played for him," the captain said.'], "2026-01-31",
     [("Saturday", "2026-01-31"), ("Friday", "2026-01-30"), ("Today", "2026-01-31")]),
    # the attribution ends where another quotation opens
    ([('"The cut today is good news," she said, adding that the "Back to Growth" package, '
       'announced on March 2, would do the rest.')], "2026-03-19",
     [("today", "2026-03-19"), ("March 2", "2026-03-02")]),
])
def test_today_in_straight_quotation_marks(body: list[str], published: str,
                                           expected: list[tuple[str, str]]) -> None:
    got = found(body, published)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, lang, expected", [
    # a past before the past: the occurrence before publication, however near the next one
    ("The trawler had capsized on the night of 12 January.", "2026-10-15", "en",
     [("12 January", "2026-01-12")]),
    ("Le chalutier avait chaviré dans la nuit du 12 janvier.", "2026-10-15", "fr",
     [("12 janvier", "2026-01-12")]),
    ("L'alarme avait été vérifiée à l'escale de décembre.", "2026-10-15", "fr",
     [("décembre", "2025-12")]),
    # a plain past may set a date ahead
    ("Le jugement a été mis en délibéré au 12 novembre.", "2025-10-17", "fr",
     [("12 novembre", "2025-11-12")]),
    # a starting point is never ahead, even without tense
    ("Output, up by 2 million barrels a day since April.", "2025-11-30", "en",
     [("April", "2025-04")]),
    ("Brent settled lower, down almost 15% since January.", "2025-11-30", "en",
     [("January", "2025-01")]),
    # a past told with "in" / « en »: the last occurrence …
    ("Condamné, il est sorti du centre pénitentiaire en février.", "2025-12-04", "fr",
     [("février", "2025-02")]),
    ("Thibault, chef de projet arrivé en janvier, a quitté son emploi.", "2025-10-08", "fr",
     [("janvier", "2025-01")]),
    # … unless an infinitive looks ahead from it
    ("Il a décidé de fermer trois semaines en avril.", "2026-03-08", "fr",
     [("avril", "2026-04")]),
    ("Le chantier, qui devait démarrer en septembre, est suspendu.", "2025-06-11", "fr",
     [("septembre", "2025-09")]),
    # « avant l'été »: the next one
    ("Ses avocates espèrent une réponse avant l'été.", "2025-02-20", "fr", [("l'été", "2025")]),
    # a town is no past participle (« Toulouse »)
    ("Son fils, en deuxième année à l'école de Toulouse, le rejoindra cet été.", "2026-03-08",
     "fr", [("cet été", "2026")]),
    # a score's dash is no clause break
    ("Councillors voted 6–3 on Tuesday to seek a meeting and to wait until next week.",
     "2026-04-09", "en", [("Tuesday", "2026-04-07"), ("next week", "2026-04")]),
])
def test_pasts_and_starting_points(body: str, published: str, lang: str,
                                   expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, lang, expected", [
    # a year after a capitalised preposition that opens a quotation
    ("« En 2023, on recrutait dix personnes par mois », dit-il.", "fr", [("2023", "2023")]),
    ('"In 2019, we had nothing," she said.', "en", [("2019", "2019")]),
    ("Son mari complète : « En 2002, on avait eu quarante centimètres. »", "fr",
     [("2002", "2002")]),
    # a count word after a date preposition: still a year
    ("Rainfall has been declining since around 1970.", "en", [("1970", "1970")]),
    ("About 1500 people marched.", "en", []),
    ("Il y avait environ 1500 personnes.", "fr", []),
    # a capitalised word glued before the number still names a thing
    ("He won Euro 2016 with Portugal.", "en", []),
])
def test_years_after_prepositions(body: str, lang: str,
                                  expected: list[tuple[str, str]]) -> None:
    got = found(body, "2025-10-08", lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, lang, expected", [
    # a day alone followed by a clause, not a noun
    ('"We will strike again on the 17th if we have to," he said.', "2025-02-06", "en",
     [("the 17th", "2025-02-17")]),
    ("His rival flew to Lisbon on the 2nd for talks.", "2025-07-09", "en",
     [("the 2nd", "2025-07-02")]),
    ("He parked on the 14th floor.", "2025-07-09", "en", []),
    ("Il rappelle l'agression d'un collègue, le 3 au soir, dans une coursive.", "2025-06-19",
     "fr", [("le 3", "2025-06-03")]),
    ("Le village accueille jusqu'au 14 le tournage du film.", "2026-09-02", "fr",
     [("14", "2026-09-14")]),
    ("La tournée passera par Lyon le 14 et par Nantes le 17.", "2026-04-09", "fr",
     [("le 14", "2026-04-14"), ("le 17", "2026-04-17")]),
    ("Il porte le 10 au club depuis trois saisons.", "2026-04-09", "fr", []),
    # … of the month just named
    ("In February 2020, he moved the money abroad. On the 14th he bought a horse.",
     "2025-05-21", "en", [("February 2020", "2020-02"), ("the 14th", "2020-02-14")]),
    ("A first sum was paid on November 14, 2021, and a second on the 28th.", "2025-10-08",
     "en", [("November 14, 2021", "2021-11-14"), ("the 28th", "2021-11-28")]),
    ("The board will decide by the end of June, and a hearing is set for the 30th.",
     "2025-05-14", "en", [("the end of June", "2025-06"), ("the 30th", "2025-06-30")]),
    # not a month named long before, nor a day ahead (« sera posée le 14 »)
    (["La première pierre de l'usine sera posée le 14, a-t-il annoncé."], "2026-10-08", "fr",
     [("le 14", "2026-10-14")]),
])
def test_a_day_alone(body: str | list[str], published: str, lang: str,
                     expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, lang, expected", [
    ("A review will report by the end of March.", "2026-01-12", "en",
     [("the end of March", "2026-03")]),
    ("He intends to step down by the end of next June.", "2025-11-06", "en",
     [("the end of next June", "2026-06")]),
    ('She will play a free show "before the end of August."', "2026-07-09", "en",
     [("the end of August", "2026-08")]),
    ("Les visites guidées sont complètes jusqu'à fin mars.", "2025-03-08", "fr",
     [("fin mars", "2025-03")]),
    ("Un remboursement est promis « dès la fin du mois d'août ».", "2025-07-16", "fr",
     [("août", "2025-08")]),
    ("Il n'a jamais connu une fin d'année aussi noire.", "2025-12-13", "fr", []),
])
def test_the_end_of_a_month(body: str, published: str, lang: str,
                            expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, lang, expected", [
    ("We went through Katrina twenty years ago.", "2025-09-04", "en",
     [("twenty years ago", "2005")]),
    ("A fortnight ago, the council published its report.", "2026-03-26", "en",
     [("A fortnight ago", "2026-03")]),
    ("La contrôleure a pris ses fonctions il y a un peu plus d'un an.", "2025-09-24", "fr",
     [("il y a un peu plus d'un an", "2024")]),
    ("Un classeur qu'elle n'ouvrait jamais il y a encore trois ans.", "2026-06-10", "fr",
     [("il y a encore trois ans", "2023")]),
    ("Je lui ai envoyé le film il y a quinze jours.", "2026-04-16", "fr",
     [("il y a quinze jours", "2026-04")]),
])
def test_more_counts_ago(body: str, published: str, lang: str,
                         expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, lang, expected", [
    ("The family had spent Christmas on the ward.", "2025-03-14", "en",
     [("Christmas", "2024-12-25")]),
    ("He would spend Thanksgiving with his mother.", "2025-10-22", "en",
     [("Thanksgiving", "2025-11-27")]),
    ("They spent Christmas shopping in town.", "2025-03-14", "en", []),
    ("Il passera Noël en famille, à Brest.", "2025-11-14", "fr", [("Noël", "2025-12-25")]),
])
def test_holidays_after_verbs(body: str, published: str, lang: str,
                              expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, lang, expected", [
    # "for Saturday", « pour jeudi »: ahead
    ("Donna has booked a table at a curry house for Saturday.", "2026-04-23", "en",
     [("Saturday", "2026-04-25")]),
    ("Une grève est annoncée pour jeudi.", "2025-03-12", "fr", [("jeudi", "2025-03-13")]),
    # "forecast for", "hoped to": ahead; "had planned to": a past
    ("More storms were possible, with another round forecast for Sunday.", "2026-05-28",
     "en", [("Sunday", "2026-05-31")]),
    ("The chief said he hoped to have the flank contained by Friday.", "2025-09-09", "en",
     [("Friday", "2025-09-12")]),
    ("She had planned to open on Oct. 1.", "2025-11-19", "en", [("Oct. 1", "2025-10-01")]),
    # a possibility, a deadline, crews bracing: ahead; "could not" is a past ability
    ("A floor vote could come as early as Monday.", "2025-09-26", "en",
     [("Monday", "2025-09-29")]),
    ("The city is waiting for a traffic study due in March.", "2025-12-03", "en",
     [("March", "2026-03")]),
    ("Crews brace for hot, gusty conditions on Thursday.", "2025-01-14", "en",
     [("Thursday", "2025-01-16")]),
    ("At the open session on Saturday, he could not hide a grin.", "2025-07-09", "en",
     [("Saturday", "2025-07-05")]),
    # a relative clause's modal or habit, a sensory passive: the main clause's past stands
    ("Smoke that could be seen for miles rose from the plant on Sunday.", "2025-09-26",
     "en", [("Sunday", "2025-09-21")]),
    ("Residents who might otherwise have fled stayed put on Tuesday.", "2025-09-26", "en",
     [("Tuesday", "2025-09-23")]),
    ("Fans who travel to away games were stopped on Saturday.", "2025-09-26", "en",
     [("Saturday", "2025-09-20")]),
    # the present of a scheduled event: ahead
    ("Hearings resume in Cooma on Monday.", "2025-06-04", "en", [("Monday", "2025-06-09")]),
    ("Its American edition is published on June 12.", "2026-05-30", "en",
     [("June 12", "2026-06-12")]),
    ("His memoir, which comes out on the 24th, barely mentions it.", "2025-06-12", "en",
     [("the 24th", "2025-06-24")]),
    ("The trial begins on Monday.", "2025-11-12", "en", [("Monday", "2025-11-17")]),
    ("Voting closes at midnight on Friday, officials said.", "2025-11-12", "en",
     [("Friday", "2025-11-14")]),
    ("The ban comes into force on Monday.", "2025-11-12", "en", [("Monday", "2025-11-17")]),
    ("The committee meets again on Tuesday.", "2025-11-12", "en", [("Tuesday", "2025-11-18")]),
    ("Le procès s'ouvre lundi devant la cour d'assises.", "2025-11-12", "fr",
     [("lundi", "2025-11-17")]),
    ("Le scrutin se clôt dimanche à 20 heures.", "2025-11-12", "fr",
     [("dimanche", "2025-11-16")]),
    ("La loi entre en vigueur lundi.", "2025-11-12", "fr", [("lundi", "2025-11-17")]),
    # a present of narration stays what its clause says (« comme samedi face à Lens »)
    ("Tout se joue à la fin, comme samedi face à Lens, où le club a perdu.", "2025-11-12",
     "fr", [("samedi", "2025-11-08")]),
    # ... not a plural noun, a relative clause, nor a caption's present ("arrives")
    ("Kane has made 12 starts this season, the last on Saturday.", "2025-11-12", "en",
     [("Saturday", "2025-11-08")]),
    ("The ceasefire that expires at midnight was agreed on Sunday.", "2025-11-12", "en",
     [("Sunday", "2025-11-09")]),
    ("Tax returns filed on Monday showed a loss.", "2025-11-12", "en",
     [("Monday", "2025-11-10")]),
    ("In the interview, she opens up about the attack on Sunday.", "2025-11-12", "en",
     [("Sunday", "2025-11-09")]),
    ("The prime minister arrives at the summit in Brussels on Thursday.", "2025-06-27", "en",
     [("Thursday", "2025-06-26")]),
    # « à quelques jours du second tour, dimanche »: ahead
    ("À quelques jours du second tour, dimanche, la candidate reçoit la presse.", "2026-03-19",
     "fr", [("dimanche", "2026-03-22")]),
    # a weekday in the possessive after "through" takes its clause's tense
    ("Shares had fallen 19% this year through Tuesday's close.", "2025-08-13", "en",
     [("this year", "2025"), ("Tuesday", "2025-08-12")]),
    # a promise before an elided infinitive, the conditionnel: ahead
    ("Elle a promis d'assurer jeudi son cours de licence.", "2025-10-08", "fr",
     [("jeudi", "2025-10-09")]),
    ("Le magistrat a conclu avant d'annoncer qu'il prendrait ses réquisitions jeudi.",
     "2025-05-14", "fr", [("jeudi", "2025-05-15")]),
    # an imparfait in -rait is no conditionnel
    ("« Je ne soutiendrai personne », assurait-il mardi soir.", "2026-10-09", "fr",
     [("mardi", "2026-10-06")]),
    # « programmées » is no past participle; « je me suis mis » is a past
    ("Il demandait la suspension des corridas programmées samedi et dimanche.", "2025-08-12",
     "fr", [("samedi", "2025-08-16"), ("dimanche", "2025-08-17")]),
    ("« Je me suis mis une pression énorme samedi », a confié le sauteur.", "2025-12-15", "fr",
     [("samedi", "2025-12-13")]),
    # outside a quotation, a future in the words quoted is not the sentence's
    (("Dans un communiqué transmis lundi, la société dit avoir respecté les étapes « prévues "
      "par la loi »."), "2025-09-24", "fr", [("lundi", "2025-09-22")]),
])
def test_weekday_tense_markers(body: str, published: str, lang: str,
                               expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, lang, expected", [
    ("Projects paused from Sept. 30 until Congress approved the money the following week.",
     "2026-10-15", "en", [("Sept. 30", "2026-09-30"), ("the following week", "2026-10")]),
    ("Le vote en commission est prévu le 23 octobre, la séance plénière la semaine suivante.",
     "2025-10-09", "fr", [("23 octobre", "2025-10-23"), ("la semaine suivante", "2025-10")]),
    ("Prices fell on Monday. Over the following week, they rose again.", "2025-10-09", "en",
     [("Monday", "2025-10-06")]),
    (["The committee heard the bill on Wednesday.",
      "The chairman had testified the day before at a hearing of the Senate."], "2025-02-20",
     "en", [("Wednesday", "2025-02-19"), ("the day before", "2025-02-18")]),
])
def test_anchored_weeks_and_days(body: str | list[str], published: str, lang: str,
                                 expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, lang, expected", [
    ("« On avait gagné 6 à 3. Je m'en souviens comme si c'était hier », raconte-t-il.", "fr",
     []),
    ("I remember that night as if it was yesterday.", "en", []),
    ("Ce fonctionnaire, aujourd'hui retraité, témoignera jeudi.", "fr",
     [("jeudi", "2026-01-29")]),
    ("L'interprofession lançait alors le plan « Bordeaux demain ».", "fr", []),
    ('The pop-up, called "Sunday Broth," ran on weekends.', "en", []),
    ('The firm, known for its "Sunday Table" dinners, cut its forecast.', "en", []),
    ('"Last Tuesday I cancelled three operations," the surgeon said.', "en",
     [("Last Tuesday", "2026-01-27")]),
    ('"We get three people and a lobbyist on a normal Wednesday," she said.', "en", []),
    ("A restaurant has to be perfect on a wet Tuesday in February.", "en", []),
])
def test_words_that_are_no_dates(body: str, lang: str,
                                 expected: list[tuple[str, str]]) -> None:
    got = found(body, "2026-01-28", lang)
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, expected", [
    # a day told in another paragraph is no anchor: « la veille » counts from the story's day
    (["Samedi, le couple s'est marié dans la cathédrale de Stockholm.",
      "Dimanche, le roi a reçu les invités au château.",
      "Le porte-parole avait prévenu la veille : pas de baiser au balcon."], "2025-06-16",
     [("Samedi", "2025-06-14"), ("Dimanche", "2025-06-15"), ("la veille", "2025-06-13")]),
    (["Mercredi, le procès s'est ouvert à Bobigny.",
      "Les faits remontent au 14 juillet 2025.",
      "Sa mère, entendue la veille, l'a confirmé."], "2026-02-12",
     [("Mercredi", "2026-02-11"), ("14 juillet 2025", "2025-07-14"), ("la veille", "2026-02-10")]),
    # in its own paragraph, the day just told is the anchor
    (["Mercredi, le procès s'est ouvert à Bobigny.",
      "Les faits remontent au 14 juillet 2025. Le lendemain, il était interpellé."],
     "2026-02-12",
     [("Mercredi", "2026-02-11"), ("14 juillet 2025", "2025-07-14"),
      ("Le lendemain", "2025-07-15")]),
])
def test_anchors_in_another_paragraph_count_from_the_story_day(
        body: list[str], published: str, expected: list[tuple[str, str]]) -> None:
    got = found(body, published, "fr")
    assert dates_match(got, expected), got


@pytest.mark.parametrize("body, published, lang, expected", [
    # a month alone after "for", "as early as", « pour » (not a name: "voted for May")
    ("Nine out of ten bookings for July have been cancelled.", "2026-07-08", "en",
     [("July", "2026-07")]),
    ("The city had flagged its concerns as early as March.", "2026-07-09", "en",
     [("March", "2026-03")]),
    ("Half the party voted for May.", "2026-07-09", "en", []),
    # a target, even in a past before the past
    ("La direction l'avait d'abord annoncée pour juin.", "2026-03-05", "fr",
     [("juin", "2026-06")]),
    # a weekday before an age is no weekday of a date ("Saturday, the 14th")
    ("Asked about it on Saturday, the 54-year-old smiled.", "2025-07-09", "en",
     [("Saturday", "2025-07-05")]),
])
def test_months_after_more_words(body: str, published: str, lang: str,
                                 expected: list[tuple[str, str]]) -> None:
    got = found(body, published, lang)
    assert dates_match(got, expected), got


def test_the_story_day_of_a_standfirst() -> None:
    """Words quoted are said on the story's day, named first after a standfirst."""
    got = found(["All-Ireland final: Waterford 2-21 Kilkenny 1-22",
                 "Waterford ended a 67-year wait at Croke Park yesterday.",
                 '"They were the better team today," the Kilkenny manager said.'],
                "2026-07-27")
    assert dates_match(got, [("yesterday", "2026-07-26"), ("today", "2026-07-26")]), got


@pytest.mark.parametrize("body, lang, value", [
    # a number after the weekday is no day of the month, and its comma ends no clause: the
    # verb after it tells the tense (published on Thursday 2025-03-20)
    ("By Wednesday, 3,000 homes were without power.", "en", "2025-03-19"),
    ("By Wednesday morning, 3,000 homes were without power.", "en", "2025-03-19"),
    ("On Friday, 450 people marched through the town.", "en", "2025-03-14"),
    ("Mercredi, 1,5 million de foyers étaient privés de courant.", "fr", "2025-03-19"),
])
def test_a_number_after_a_weekday(body: str, lang: str, value: str) -> None:
    assert [v for _, v in found(body, "2025-03-20", lang)] == [value]


_RELATIVE = {
    "en": ("Tuesday", "last Tuesday", "next Monday", "today", "yesterday", "tomorrow",
           "two weeks ago", "this week", "next week", "last year", "next year", "since Easter",
           "since Christmas", "the day before", "on the 1st", "on May 2", "in December",
           "ten years ago", '"We start today," she said.'),
    "fr": ("mardi", "lundi prochain", "mardi dernier", "hier", "demain", "aujourd'hui",
           "il y a deux semaines", "cette semaine", "la semaine prochaine", "l'an dernier",
           "l'an prochain", "depuis Pâques", "depuis Noël", "la veille", "le 1er",
           "mercredi 1 mai", "le 2 décembre", "il y a dix ans", "en l'an 0000",
           "« On commence aujourd'hui », a-t-elle dit."),
}


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "0001", "9999",
                                       "0001-01-01/9999-12-31"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_publication_date_at_the_calendar_edge_crashes_nothing(lang: str,
                                                                 published: str) -> None:
    # a relative date counted past year 1 or 9999 is not resolved; nothing raises, and what
    # is found lies in the calendar
    result = find_dates(make([f"It was {w}." if lang == "en" else f"C'était {w}."
                              for w in _RELATIVE[lang]], published, lang))
    assert all(1 <= d.value.year <= 9999 for d in result.dates)


def test_an_override_on_the_last_day_of_the_calendar_crashes_nothing() -> None:
    from builder.annotate.events import link_events
    from builder.registry import Registry

    article = make("She came on Monday.", overrides=(
        DateOverride("Monday", value="9999-12-31", line=7),))
    result = find_dates(article)
    assert [d.value.iso() for d in result.dates] == ["9999-12-31"]
    link_events(article, result.dates, [], Registry())
