"""People mentions (``builder/annotate/people.py``): one test per rule, in both languages."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from conftest import ROOT, write_article

from builder.annotate import people as people_mod
from builder.annotate._stage import MentionsResult
from builder.annotate.people import find_mentions
from builder.articles import article_paths, load_article, load_articles
from builder.errors import ProblemCollector
from builder.model import (
    AliasOverride,
    Article,
    Overrides,
    Paragraph,
    PartialDate,
    Person,
    Published,
)
from builder.registry import Registry, load_registry

# ------------------------------------------------------------------------------ helpers


def person(pid: str, name: str, *aliases: str, gender: str | None = None) -> Person:
    return Person(id=pid, name=name, aliases=aliases, gender=gender)  # type: ignore[arg-type]


#: A small registry for the rule tests. The people are only examples of the shapes a
#: registry entry can take; the rules under test know nothing about them.
REGISTRY = Registry(people={p.id: p for p in (
    person("kim-kardashian", "Kim Kardashian", "Kim Kardashian West", "Kardashian West",
           "@KimKardashian", "Kim K", gender="f"),
    person("alice-marie-johnson", "Alice Marie Johnson", "Alice Johnson", "Ms. Johnson",
           gender="f"),
    person("donald-trump", "Donald Trump", "President Trump", "President Donald Trump", "Trump",
           gender="m"),
    person("ivanka-trump", "Ivanka Trump", gender="f"),
    person("kamala-harris", "Kamala Harris", "Vice President Harris", gender="f"),
    person("kanye-west", "Kanye West", "Ye", gender="m"),
    person("robert-kardashian", "Robert Kardashian", gender="m"),
    person("jessica-jackson", "Jessica Jackson", gender="f"),
    person("helene-aubry", "Hélène Aubry", gender="f"),
    person("marc-lefevre", "Marc Lefèvre", gender="m"),
)})
EMPTY = Registry()


def make_article(
    text: str,
    lang: str = "en",
    *,
    aliases: Iterable[tuple[str, str]] = (),
    ignore: Iterable[str] = (),
    authors: tuple[str, ...] = (),
    article_id: str = "test-article",
) -> Article:
    """An Article built directly: paragraphs are separated by blank lines."""
    paragraphs = tuple(
        Paragraph(id=f"p{i}", index=i, text=block.strip(), line=i)
        for i, block in enumerate(text.strip().split("\n\n"), start=1)
    )
    date = PartialDate(2020, 1, 1)
    return Article(
        id=article_id, title="T", lang=lang, published=Published(date, date),  # type: ignore[arg-type]
        outlet="O", source_file="seeds/raw/x.txt", paragraphs=paragraphs,
        path=f"seeds/articles/{article_id}.md", authors=authors,
        overrides=Overrides(
            aliases=tuple(AliasOverride(a, p, 10 + i) for i, (a, p) in enumerate(aliases)),
            ignore=tuple((t, 20 + i) for i, t in enumerate(ignore)),
        ),
    )


def run(text: str, lang: str = "en", registry: Registry = REGISTRY, **kw: object) -> MentionsResult:
    article = make_article(text, lang, **kw)  # type: ignore[arg-type]
    result = find_mentions(article, registry)
    check_invariants(article, result)
    return result


def check_invariants(article: Article, result: MentionsResult) -> None:
    """What must hold for every output: exact spans, order, and no crossing mentions."""
    keys = []
    for m in result.mentions:
        para = article.paragraph(m.span.paragraph)
        assert m.span.article == article.id
        assert para.text[m.span.start:m.span.end] == m.text, m
        assert m.text.strip() == m.text and m.text
        keys.append((para.index, m.span.start))
    assert keys == sorted(keys)
    spans = [(article.paragraph(m.span.paragraph).index, m.span.start, m.span.end)
             for m in result.mentions]
    for a in spans:
        for b in spans:
            if a != b and a[0] == b[0] and a[1] < b[2] and b[1] < a[2]:
                nested = (a[1] <= b[1] and b[2] <= a[2]) or (b[1] <= a[1] and a[2] <= b[2])
                assert nested, (a, b)
    ids = {p.id for p in result.discovered}
    assert all(not p.reviewed for p in result.discovered)
    assert ids == {m.person for m in result.mentions if m.kind == "discovered"}


def found(result: MentionsResult) -> list[tuple[str, str, str]]:
    return [(m.person, m.text, m.kind) for m in result.mentions]


def people_of(result: MentionsResult) -> set[str]:
    return {m.person for m in result.mentions}


# ------------------------------------------------------------------- rule 2: registry names


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Kim Kardashian met reporters.", ("kim-kardashian", "Kim Kardashian", "name")),
    ("fr", "Kim Kardashian a rencontré des détenus.",
     ("kim-kardashian", "Kim Kardashian", "name")),
    # longest form first: the alias, not the name inside it
    ("en", "On Thursday, Kim Kardashian West returned.",
     ("kim-kardashian", "Kim Kardashian West", "alias")),
    ("fr", "Jeudi, Kim Kardashian West est revenue.",
     ("kim-kardashian", "Kim Kardashian West", "alias")),
    # accents are optional in the text
    ("fr", "Le juge Marc Lefevre a tranché.", ("marc-lefevre", "Marc Lefevre", "name")),
    ("en", "Marc Lefèvre ruled on Monday.", ("marc-lefevre", "Marc Lefèvre", "name")),
    # a name broken over a line, or a hyphenated variant
    ("en", "They met Alice Marie\nJohnson later.",
     ("alice-marie-johnson", "Alice Marie\nJohnson", "name")),
    ("en", "Kim Kardashian-West spoke.", ("kim-kardashian", "Kim Kardashian-West", "alias")),
])
def test_registry_name(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert found(run(text, lang)) == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Elle a plaidé la cause d'Alice Johnson.",
     [("alice-marie-johnson", "Alice Johnson", "alias")]),
    ("fr", "Considérant qu’Ivanka Trump est juive.", [("ivanka-trump", "Ivanka Trump", "name")]),
    ("fr", "L’avocate d’Hélène Aubry a parlé.", [("helene-aubry", "Hélène Aubry", "name")]),
    ("en", "Alice Johnson’s future is uncertain.",
     [("alice-marie-johnson", "Alice Johnson", "alias")]),
    ("en", "Kardashian West's advocacy worked.",
     [("kim-kardashian", "Kardashian West", "alias")]),
    ("en", "President Trump’s son-in-law came.",
     [("donald-trump", "President Trump", "alias")]),
    ("fr", "Le programme de Kanye West’s label.", [("kanye-west", "Kanye West", "name")]),
])
def test_elisions_and_possessives_are_outside_the_span(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(run(text, lang)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "“Great meeting with @KimKardashian today,” he wrote.",
     ("kim-kardashian", "@KimKardashian", "handle")),
    ("fr", "« Merci @kimkardashian », a-t-il écrit.",
     ("kim-kardashian", "@kimkardashian", "handle")),
    # derived: @ + the name without spaces, whatever its case
    ("en", "Thanks to @IvankaTrump for the help.", ("ivanka-trump", "@IvankaTrump", "handle")),
    ("fr", "Merci @ivankatrump pour tout.", ("ivanka-trump", "@ivankatrump", "handle")),
])
def test_handles(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert found(run(text, lang)) == [expected]


def test_a_handle_inside_an_email_address_is_not_a_mention() -> None:
    assert found(run("Write to press@KimKardashian.com for details.")) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "I thank President Trump for his time.", ("donald-trump", "President Trump", "alias")),
    ("en", "Vice President Harris emphasized redemption.",
     ("kamala-harris", "Vice President Harris", "alias")),
    ("en", "We hope Ms. Johnson will be freed.", ("alice-marie-johnson", "Ms. Johnson", "alias")),
    ("en", "We hope Ms Johnson will be freed.", ("alice-marie-johnson", "Ms Johnson", "alias")),
    # a title and a surname name a registry person even without the full name...
    ("fr", "Mme Aubry a répondu aux questions.", ("helene-aubry", "Aubry", "alias")),
    ("en", "Mayor Lefèvre opened the session.", ("marc-lefevre", "Lefèvre", "alias")),
])
def test_titles_resolve_to_the_person(lang: str, text: str,
                                      expected: tuple[str, str, str]) -> None:
    assert found(run(text, lang)) == [expected]


@pytest.mark.parametrize("lang, text", [
    # ... unless a gendered honorific contradicts the registry
    ("fr", "M. Aubry a répondu aux questions."),
    ("en", "Mrs. Lefèvre opened the session."),
])
def test_a_gendered_honorific_must_agree_with_the_registry(lang: str, text: str) -> None:
    assert people_of(run(text, lang)) == set()


def test_editorial_brackets_join_a_name() -> None:
    result = run('"Après avoir parlé à Ivanka [Trump] et à Alice [Johnson]", dit-elle.', "fr")
    assert found(result) == [("ivanka-trump", "Ivanka [Trump]", "name"),
                             ("alice-marie-johnson", "Alice [Johnson]", "alias")]


@pytest.mark.parametrize("text, expected", [
    ("KIM KARDASHIAN MEETS THE PRESIDENT", ("kim-kardashian", "KIM KARDASHIAN", "name")),
    ("suivre son père, robert kardashian‘s, les pas",
     ("robert-kardashian", "robert kardashian", "name")),
])
def test_miscased_full_names_are_found_through_the_registry(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert found(run(text, "fr")) == [expected]
    assert found(run(text, "fr", registry=EMPTY)) == []


@pytest.mark.parametrize("text", [
    "The kim kardashian fans waited.",  # a one-word-per-word lowercase match of a short form
    "Fans say ye and nay.",  # a one-word alias must keep its case
    "He played his trump card.",
])
def test_lowercase_words_are_not_one_word_aliases(text: str) -> None:
    result = run(text)
    assert all(m.person != "donald-trump" and m.person != "kanye-west" for m in result.mentions)


# -------------------------------------------------- rule 1 and 2: what is not an appearance


@pytest.mark.parametrize("lang, text", [
    ("en", "Photo: SAUL LOEB/AFP/Getty Images."),
    ("en", "SAUL LOEB/AFP/Getty Images"),
    ("fr", "Chelsea Lauren/Levis/WardrobeNYC/Shutterstock"),
    ("en", "Kim arrived. Photo: © Kim Kardashian Studio"),
    ("en", "(Photo by Donald Trump/AFP via Getty Images)"),
    ("fr", "Crédit photo : Marc Lefèvre / AFP"),
    ("en", "By: Jessica Jackson"),
    ("fr", "Par Marc Lefèvre et Hélène Aubry"),
    ("en", "(Reporting by Jessica Jackson; Editing by Marc Lefèvre)"),
    ("en", "See https://example.com/kim-kardashian/Kim-Kardashian-West for more."),
    ("en", "Read www.KimKardashian.com today."),
])
def test_credits_bylines_and_urls_are_not_running_text(lang: str, text: str) -> None:
    assert found(run(text, lang)) == []


@pytest.mark.parametrize("lang, text, expected", [
    # The credit after a caption is cut at the sentence end; the caption's names stay.
    ("en", "Alice Johnson, left, and Kim Kardashian. ALEX WONG/GETTY IMAGES",
     ["Alice Johnson", "Kim Kardashian"]),
    ("en", "Jessica Jackson speaks. Photograph: Mandel Ngan/AFP", ["Jessica Jackson"]),
    ("fr", "Hélène Aubry à Lyon. — Jean Morel, AFP", ["Hélène Aubry"]),
    # An agency named in a sentence is not a credit.
    ("en", "Kim Kardashian told Reuters.", ["Kim Kardashian"]),
    ("fr", "Marc Lefèvre l’a confié à l’AFP.", ["Marc Lefèvre"]),
    # Bylines with a role after the name, contributor lines.
    ("fr", "Par Jean Dupont, correspondant à Lyon\n\nHélène Aubry a parlé.", ["Hélène Aubry"]),
    ("en", ("Kim Kardashian spoke.\n\nAssociated Press writer Maria Sanchez in Phoenix "
           "contributed to this report."), ["Kim Kardashian"]),
    ("fr", "Hélène Aubry a parlé.\n\nClaire Dubois a contribué à cet article.",
     ["Hélène Aubry"]),
    # "By" + a weekday opens a sentence, not a byline.
    ("en", "By Monday, Kim Kardashian had left.", ["Kim Kardashian"]),
])
def test_credits_and_bylines_end_where_the_running_text_does(
        lang: str, text: str, expected: list[str]) -> None:
    assert [m.text for m in run(text, lang).mentions] == expected


def test_a_line_holding_only_an_author_is_a_byline() -> None:
    text = "Jessica Jackson\n\nJessica Jackson said the law works."
    result = run(text, authors=("Jessica Jackson",))
    assert [(m.span.paragraph, m.text) for m in result.mentions] == [("p2", "Jessica Jackson")]


@pytest.mark.parametrize("lang, text", [
    ("en", "He met several Trump administration officials."),
    ("en", "It was a Trump-era rule."),
    ("en", "They walked past Trump Tower."),
    ("en", "The Kim Kardashian Foundation gave money."),
    ("en", "She toured the Jessica Jackson museum."),
    ("fr", "la star de L'incroyable famille Kardashian"),
    ("fr", "Les conseillers de l’administration Trump ont refusé."),
    ("fr", "Le musée Hélène-Aubry a rouvert."),
    ("fr", "La famille d'Aubry et la famille de Lefèvre."),
    ("fr", "La Fondation Kanye West a fermé."),
])
def test_names_used_as_modifiers_or_in_names_of_things(lang: str, text: str) -> None:
    assert found(run(text, lang)) == []


def test_a_possessive_is_still_the_person() -> None:
    assert people_of(run("Trump's administration declined.")) == {"donald-trump"}


@pytest.mark.parametrize("lang, text, other", [
    ("en", "Melania Trump smiled at the cameras.", "melania-trump"),
    ("en", "Attorney Neil Jackson spoke.", "neil-jackson"),
    ("fr", "La sœur de Khloé Kardashian a parlé.", "khloe-kardashian"),
])
def test_a_one_word_form_next_to_another_name_belongs_to_that_name(
    lang: str, text: str, other: str
) -> None:
    result = run(text + " Jessica Jackson and Kim Kardashian came.", lang)
    assert other in people_of(result)
    assert "donald-trump" not in people_of(result)


# ------------------------------------------------------------------- rule 5: short names


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ivanka Trump came. Later, Ivanka praised the law.",
     [("ivanka-trump", "Ivanka Trump", "name"), ("ivanka-trump", "Ivanka", "given-name")]),
    ("fr", "Kim Kardashian a parlé. Kim a poursuivi : « merci ».",
     [("kim-kardashian", "Kim Kardashian", "name"), ("kim-kardashian", "Kim", "given-name")]),
    ("en", "Jessica Jackson agreed, said Jackson.",
     [("jessica-jackson", "Jessica Jackson", "name"), ("jessica-jackson", "Jackson", "alias")]),
    ("fr", "Hélène Aubry a parlé, et qu’Aubry se taise ensuite.",
     [("helene-aubry", "Hélène Aubry", "name"), ("helene-aubry", "Aubry", "alias")]),
    ("fr", "Hélène Aubry est venue. L’avocate d’Hélène a répondu.",
     [("helene-aubry", "Hélène Aubry", "name"), ("helene-aubry", "Hélène", "given-name")]),
    # the full name may come after the short one
    ("en", "Alice’s birthday came first. Alice Marie Johnson was freed.",
     [("alice-marie-johnson", "Alice", "given-name"),
      ("alice-marie-johnson", "Alice Marie Johnson", "name")]),
    # a title before a short name ("Vice President Harris" is also an alias; this is not)
    ("en", "Kamala Harris spoke; Senator Harris left.",
     [("kamala-harris", "Kamala Harris", "name"), ("kamala-harris", "Harris", "alias")]),
    # police ranks and local offices are titles too
    ("en", "Kamala Harris spoke; Superintendent Harris left.",
     [("kamala-harris", "Kamala Harris", "name"), ("kamala-harris", "Harris", "alias")]),
    ("en", "Kamala Harris spoke; Chief Inspector Harris left.",
     [("kamala-harris", "Kamala Harris", "name"), ("kamala-harris", "Harris", "alias")]),
    ("en", "Kamala Harris spoke; Cllr Harris left.",
     [("kamala-harris", "Kamala Harris", "name"), ("kamala-harris", "Harris", "alias")]),
])
def test_a_short_name_of_someone_named_in_full(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(run(text, lang)) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Later, Jackson praised the law."),  # nobody named Jackson in full
    ("fr", "Ensuite, Aubry a parlé."),
])
def test_a_short_name_needs_the_full_name(lang: str, text: str) -> None:
    assert found(run(text, lang)) == []


def test_a_short_name_shared_by_two_people_is_left_alone() -> None:
    result = run("Kim Kardashian and Robert Kardashian arrived. Kardashian spoke.")
    assert [m.text for m in result.mentions] == ["Kim Kardashian", "Robert Kardashian"]


def test_a_discovered_namesake_makes_a_surname_ambiguous() -> None:
    # Two people named once each, neither in the registry: nobody is the main one.
    result = run("Laura Moreno and attorney Paul Moreno met. Moreno spoke first.")
    assert "Moreno" not in [m.text for m in result.mentions]
    assert people_of(result) == {"laura-moreno", "paul-moreno"}


@pytest.mark.parametrize("lang, text, owner", [
    # a tie in full-name mentions: the registry person is the main one
    ("en", "Jessica Jackson and attorney Paul Jackson met. Jackson spoke first.",
     "jessica-jackson"),
    ("fr", ("Hélène Aubry parle bas. Le film est dédié à Annick Aubry, morte en 2023. "
            "Cette exigence, Aubry la tient de ses débuts."), "helene-aubry"),
    # the one named in full most often, registry or not
    ("fr", "Annick Aubry arrive. Hélène Aubry parle bas. Annick Aubry rit. Aubry se tait.",
     "annick-aubry"),
])
def test_a_shared_surname_goes_to_the_main_person(lang: str, text: str, owner: str) -> None:
    result = run(text, lang)
    short = [m.person for m in result.mentions if m.text in ("Jackson", "Aubry")]
    assert short == [owner], found(result)


def test_the_title_makes_a_discovered_namesake_the_main_person() -> None:
    import dataclasses

    article = dataclasses.replace(
        make_article("Laura Moreno and attorney Paul Moreno met. Moreno spoke first."),
        title="Laura Moreno, a life in court",
    )
    result = find_mentions(article, REGISTRY)
    assert [(m.person, m.text) for m in result.mentions if m.text == "Moreno"] == [
        ("laura-moreno", "Moreno")]


def test_a_shared_given_name_is_not_resolved_by_salience() -> None:
    result = run("Laura Moreno met Laura Diaz. Laura Moreno left. Laura spoke first.")
    assert "Laura" not in [m.text for m in result.mentions]


def test_an_explicit_alias_wins_over_a_derived_surname() -> None:
    # "Trump" is listed for donald-trump: it is not Ivanka's surname here.
    result = run("Ivanka Trump sat down. Trump spoke next.")
    assert found(result) == [("ivanka-trump", "Ivanka Trump", "name"),
                             ("donald-trump", "Trump", "alias")]


def test_a_rare_given_name_unique_in_the_registry() -> None:
    result = run("Les commentaires de Kanye ont choqué.", "fr")
    assert found(result) == [("kanye-west", "Kanye", "given-name")]
    # a common given name needs the full name
    assert found(run("Les commentaires de Marc ont choqué.", "fr")) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Jessica Jackson came with young fans. Young people cheered. Jackson Pollock paints."),
    ("fr", "Kim Kardashian est venue. Kim Jong Un aussi."),
])
def test_short_names_respect_sentence_starts_and_longer_names(lang: str, text: str) -> None:
    result = run(text, lang)
    assert [m.text for m in result.mentions if m.kind == "given-name" or m.kind == "alias"] == []


# --------------------------------------------------------------------- rule 4: discovery


@pytest.mark.parametrize("lang, text, expected", [
    ("en", ("The reality star thanked attorneys Jackson and Erin Haney of #Cut50. "
           "Haney said the law was a start."),
     [("erin-haney", "Erin Haney"), ("erin-haney", "Haney")]),
    ("en", '"We are optimistic," said Shon Hopwood, a law professor. Hopwood added more.',
     [("shon-hopwood", "Shon Hopwood"), ("shon-hopwood", "Hopwood")]),
    ("en", "Brittany K. Barnett, the founder, told reporters that Barnett's clients waited.",
     [("brittany-barnett", "Brittany K. Barnett"), ("brittany-barnett", "Barnett")]),
    ("en", "Pope Francis and Dr. Anthony Fauci met.",
     [("pope-francis", "Pope Francis"), ("anthony-fauci", "Anthony Fauci")]),
    ("fr", "L’avocate Claire Dubois a déclaré jeudi que rien n’était joué. Dubois a ajouté : « non ».",
     [("claire-dubois", "Claire Dubois"), ("claire-dubois", "Dubois")]),
    ("fr", "Selon Jean-Pierre Martin, le ministre, et Marine Le Pen, rien n’est fait.",
     [("jean-pierre-martin", "Jean-Pierre Martin"), ("marine-le-pen", "Marine Le Pen")]),
    ("fr", "Valéry Giscard d’Estaing est mort.",
     [("valery-giscard-estaing", "Valéry Giscard d’Estaing")]),
])
def test_discovery_with_an_empty_registry(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    result = run(text, lang, registry=EMPTY)
    assert [(m.person, m.text) for m in result.mentions] == expected
    assert all(m.kind == "discovered" for m in result.mentions)
    assert [p.id for p in result.discovered] == sorted({pid for pid, _ in expected})


@pytest.mark.parametrize("lang, text", [
    ("en", "According to the Bureau of Justice Statistics, rates fell."),
    ("en", "She left the Polo Lounge and the White House for the Oval Office."),
    ("en", "The First Step Act passed; the Second Chance Hiring and Re-entry Event followed."),
    ("en", "She lives in the Bay Area, near Beverly Hills and Los Angeles."),
    ("en", "On Thursday Night Football fans met in New York City."),
    ("en", "Keeping Up With The Kardashians returned. Black Lives Matter marched."),
    ("en", "Louis Vuitton and Christian Dior showed in Paris."),
    ("en", "The firm Atkins Belden LLP sued the Max Planck Institute."),
    ("en", "The James Webb Space Telescope sent photos. Martin Luther King Jr. Day came."),
    ("en", "Happy Birthday to everyone! Merry Christmas from Silicon Valley."),
    ("en", "KKW Beauty and CNN Business reported on US News."),
    ("fr", "Elle a quitté le Polo Lounge de l’hôtel Beverly Hills, à Los Angeles, en Californie."),
    ("fr", "Selon le site Web du Bureau fédéral des prisons, la Maison Blanche a signé."),
    ("fr", "Heureusement, HollywoodLa Vie a le scoop, selon une source de KarJenner."),
    ("fr", "Le Parisien et Le Monde ont publié. Bonne Année à tous depuis le Grand Palais."),
    ("fr", "Consultez notre Politique Concernant Les Cookies."),
    ("fr", "Vendredi Saint, la Côte d’Azur et l’Île-de-France."),
])
def test_discovery_rejects_organisations_places_events_and_phrases(lang: str, text: str) -> None:
    result = run(text, lang, registry=EMPTY)
    assert result.discovered == [] and result.mentions == []


def test_headlines_in_title_case_keep_only_given_name_and_surname() -> None:
    result = run("Erin Haney Went Back To The White House", registry=EMPTY)
    assert found(result) == [("erin-haney", "Erin Haney", "discovered")]


def test_discovered_ids_are_stable_across_articles() -> None:
    first = run("Attorney Brittany K. Barnett spoke.", registry=EMPTY)
    second = run("« Non », a déclaré Brittany Barnett.", "fr", registry=EMPTY)
    assert [p.id for p in first.discovered] == [p.id for p in second.discovered] == [
        "brittany-barnett"]
    assert first.discovered[0].name == "Brittany K. Barnett"


def test_an_empty_registry_still_yields_the_people_of_a_new_topic() -> None:
    text = (
        "Local firefighter Dana Whitfield said the blaze started Tuesday near Fort Collins.\n\n"
        "“We lost three homes,” Whitfield said. Governor Jared Polis visited the site on "
        "Wednesday with Mayor Jeni Arndt."
    )
    result = run(text, registry=EMPTY)
    assert people_of(result) == {"dana-whitfield", "jared-polis", "jeni-arndt"}


def test_registry_people_are_not_discovered() -> None:
    result = run("Attorney Jessica Jackson and Erin Haney spoke.")
    assert [p.id for p in result.discovered] == ["erin-haney"]
    assert people_of(result) == {"jessica-jackson", "erin-haney"}


# ------------------------------------------------------------------- warnings


def test_one_warning_per_discovered_person_with_the_settling_line() -> None:
    result = run("Nothing here.\n\nAttorney Erin Haney spoke. Erin Haney left.\n\n"
                 "Haney returned.", registry=EMPTY)
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert (warning.article, warning.paragraph, warning.kind) == ("test-article", "p2",
                                                                   "unknown-person")
    assert "Erin Haney" in warning.message
    assert warning.fix is not None
    assert warning.offset == len("Attorney ")
    fixes = warning.fix.splitlines()
    assert fixes[0] == 'add to seeds/people.yml: - {id: erin-haney, name: "Erin Haney"}'
    assert fixes[1].endswith('aliases: {"Erin Haney": <person-id>}')
    assert fixes[2].endswith('ignore: ["Erin Haney"]')


def test_a_warning_suggests_the_registry_namesake_as_alias_target() -> None:
    result = run("Attorney Jim Kardashian spoke for Kim Kardashian.", registry=REGISTRY)
    warnings = [w for w in result.warnings if "Jim Kardashian" in w.message]
    assert warnings and warnings[0].fix is not None
    # Two registry people are named Kardashian: no single suggestion.
    assert "aliases: {\"Jim Kardashian\": <person-id>}" in warnings[0].fix
    result = run("Attorney Tom Jackson spoke.", registry=REGISTRY)
    assert result.warnings[0].fix is not None
    assert 'aliases: {"Tom Jackson": jessica-jackson}' in result.warnings[0].fix


# ------------------------------------------------ rule 4: more evidence, fewer false names


@pytest.mark.parametrize("lang, text, expected", [
    # A capitalised role noun opens the run: not part of the name, and a cue.
    ("en", "Economist Margaret Hsu of the Calder Institute said the deal was close.",
     [("margaret-hsu", "Margaret Hsu")]),
    ("fr", "Paléontologue au CNRS, Jeanne Fournier-Batailh a mesuré les traces.",
     [("jeanne-fournier-batailh", "Jeanne Fournier-Batailh")]),
    # Unknown given name and surname: the surname used alone as a speaker is evidence.
    ("en", "City Council member Priya Natarajan disagreed. Natarajan said the offer was low.",
     [("priya-natarajan", "Priya Natarajan"), ("priya-natarajan", "Natarajan")]),
    ("fr", "La conseillère Ama Kouassi-Ndiaye s’y oppose. « Non », a dit Kouassi-Ndiaye.",
     [("ama-kouassi-ndiaye", "Ama Kouassi-Ndiaye"), ("ama-kouassi-ndiaye", "Kouassi-Ndiaye")]),
    # A given name that is also a place needs one more piece of evidence: here a speech verb.
    ("en", "Co-author Sofia Lindqvist agreed with the findings.",
     [("sofia-lindqvist", "Sofia Lindqvist")]),
    # A place inside the run is a place, unless the context says person.
    ("en", "Torino president Urbano Cairo said the deal was fair.",
     [("urbano-cairo", "Urbano Cairo")]),
    # Capitalised words of an unknown title before a given name and a known surname.
    ("en", "Harbor Master Tom Reilly closed the marina.", [("tom-reilly", "Tom Reilly")]),
    # Coordinated with a person already found ("and", "et"), or introduced by a verb.
    ("en", "Mayor Ray Lopez and Tomás Okonkwo met.",
     [("ray-lopez", "Ray Lopez"), ("tomas-okonkwo", "Tomás Okonkwo")]),
    ("fr", "La liste de Hervé Caradec et Nadège Quillivic-Tanguy est en tête.",
     [("herve-caradec", "Hervé Caradec"), ("nadege-quillivic-tanguy", "Nadège Quillivic-Tanguy")]),
    ("en", "Albion signed Tyrese Campbell last year.", [("tyrese-campbell", "Tyrese Campbell")]),
    ("fr", "Face à Ludmila Ostrowska, il a perdu.", [("ludmila-ostrowska", "Ludmila Ostrowska")]),
    # A given name and a place word ("Park") with a person cue.
    ("en", "The prize winner, Helen Park, thanked the committee.", [("helen-park", "Helen Park")]),
    # A short paragraph that ends with a period is a sentence, not a Title Case headline.
    ("en", "Prime Minister Keir Starmer met Justice Sonia Sotomayor in Washington.",
     [("keir-starmer", "Keir Starmer"), ("sonia-sotomayor", "Sonia Sotomayor")]),
])
def test_discovery_evidence(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    result = run(text, lang, registry=EMPTY)
    assert [(m.person, m.text) for m in result.mentions] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A role noun ends an organisation's name and a long title, and introduces the person.
    ("en", "Senate Minority Leader Luis Ortega said the plan relied on gimmicks.",
     [("luis-ortega", "Luis Ortega")]),
    ("en", "Republicans cheered when House Majority Leader Steve Scalise spoke.",
     [("steve-scalise", "Steve Scalise")]),
    # A capitalised word and a particle before a given name are not part of the name.
    ("fr", "10h12 : Témoignage de Gwenaëlle Kerhervé, 42 ans, à Morlaix.",
     [("gwenaelle-kerherve", "Gwenaëlle Kerhervé")]),
    ("fr", "Portrait de Gwenaëlle Kerhervé, sinistrée de Morlaix.",
     [("gwenaelle-kerherve", "Gwenaëlle Kerhervé")]),
    # ... but a particle after a given name is.
    ("fr", "Selon Dominique de Villepin, rien ne change.",
     [("dominique-de-villepin", "Dominique de Villepin")]),
    # A role noun with no given name after it names no one.
    ("en", "The Star Player Award went to nobody.", []),
    ("en", "The Senate Judiciary Committee met on Monday.", []),
])
def test_a_name_after_a_long_title_or_a_heading(
        lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    result = run(text, lang, registry=EMPTY)
    assert [(m.person, m.text) for m in result.mentions] == expected


@pytest.mark.parametrize("lang, text", [
    # A word of the run that the article uses as a common word: the name of a thing.
    ("en", "Brightwell Home Appliances recalled 40,000 fryers. The appliances can overheat."),
    ("fr", "Les Jardins Partagés Montclair ont fermé. Les jardins rouvriront en mai."),
    # Adjectives are not skipped to reach a given name.
    ("en", "The Second Chance Hiring event followed."),
    # A place after the first word, with no person cue.
    ("en", "Flights between Kessler Paris and the coast resumed."),
    # A Title Case headline keeps only given name + surname.
    ("en", "Star Quarterback Leads Harbor Comeback"),
    # A function word inside the run; clubs whose names read like a person's.
    ("en", "Sources told Page Six the couple split."),
    ("en", "He spent three seasons at Aston Villa and joined Paris Saint-Germain."),
    ("en", "The Wexcombe Albion striker scored twice."),
    # A given name before a place word, with no person cue; brands.
    ("en", "The crowd filled Grant Park while Chase Bank stayed shut."),
    ("en", "Harley Davidson sales fell in Jackson Hole."),
    # A comma is not a coordination.
    ("en", "The mayor met Kessler Brightwell, Wexcombe Ferries and the union."),
])
def test_discovery_rejects_names_of_things(lang: str, text: str) -> None:
    assert run(text, lang, registry=EMPTY).mentions == []


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Corinne Le Bihan préside. « Non », estime Mme Le Bihan. Le Bihan a ajouté : « Oui ».",
     ["Corinne Le Bihan", "Le Bihan", "Le Bihan"]),
    ("fr", "Selon Josiane Maurel-Castagne, tout va bien. « Oui », dit Maurel-Castagne.",
     ["Josiane Maurel-Castagne", "Maurel-Castagne"]),
    ("en", "Ursula von der Leyen spoke. Von der Leyen said yes. Mrs. von der Leyen left.",
     ["Ursula von der Leyen", "Von der Leyen", "von der Leyen"]),
    ("en", "Sarah O'Neill-Baptiste testified. O'Neill-Baptiste, 44, said she was afraid.",
     ["Sarah O'Neill-Baptiste", "O'Neill-Baptiste"]),
])
def test_a_surname_of_several_words_alone(lang: str, text: str, expected: list[str]) -> None:
    result = run(text, lang, registry=EMPTY)
    assert [m.text for m in result.mentions] == expected
    assert len({m.person for m in result.mentions}) == 1


def test_a_surname_of_several_words_is_not_found_inside_a_name_of_a_thing() -> None:
    result = run("Charles de Gaulle spoke. The flight landed at Charles-de-Gaulle airport; "
                 "de Gaulle had left.", "en", registry=EMPTY)
    assert [m.text for m in result.mentions] == ["Charles de Gaulle", "de Gaulle"]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le président Macron a parlé.", [("emmanuel-macron", "Macron")]),
    ("fr", "L’ancien président américain Macron a parlé.", [("emmanuel-macron", "Macron")]),
    ("en", "Former mayor Lopez agreed.", [("ray-lopez", "Lopez")]),
    # A gendered honorific picks the one registry bearer of the surname who fits.
    ("en", "Ms. Trump spoke.", [("ivanka-trump", "Trump")]),
    ("fr", "Mme Trump a parlé.", [("ivanka-trump", "Trump")]),
])
def test_a_lowercase_title_and_a_surname_name_a_registry_person(
        lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    registry = Registry(people={**REGISTRY.people, **{p.id: p for p in (
        person("emmanuel-macron", "Emmanuel Macron", gender="m"),
        person("ray-lopez", "Ray Lopez", gender="m"),
    )}})
    registry.people.pop("donald-trump")
    registry.people["donald-trump"] = person("donald-trump", "Donald Trump", gender="m")
    assert [(m.person, m.text) for m in run(text, lang, registry=registry).mentions] == expected


def test_a_title_and_a_hyphenated_surname_name_a_registry_person() -> None:
    registry = Registry(people={"eric-dupond-moretti": person(
        "eric-dupond-moretti", "Éric Dupond-Moretti", gender="m")})
    # "Me" opens the sentence: a French title here, not the pronoun.
    result = run("Me Dupond-Moretti a plaidé la relaxe.", "fr", registry=registry)
    assert found(result) == [("eric-dupond-moretti", "Dupond-Moretti", "alias")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Former president Trump spoke."),  # two registry Trumps, no gender to choose
    ("fr", "Le président de la Macronie a parlé."),  # not a title before the word
    ("en", "The president said Macron would come."),  # the title is not next to the name
])
def test_a_lowercase_title_needs_one_fitting_bearer_next_to_it(lang: str, text: str) -> None:
    registry = Registry(people={**REGISTRY.people, "emmanuel-macron": person(
        "emmanuel-macron", "Emmanuel Macron", gender="m")})
    registry.people["donald-trump"] = person("donald-trump", "Donald Trump", gender="m")
    assert run(text, lang, registry=registry).mentions == []


# -------------------------------------------------- rule 3 and overrides (front matter)


def load(root: Path, body: str, extra: str, lang: str = "en") -> Article:
    path = write_article(root, "override-test", body, extra=extra, lang=lang)
    problems = ProblemCollector()
    article = load_article(path, root, problems)
    assert article is not None, [p.format() for p in problems.problems]
    return article


@pytest.mark.parametrize("lang, body, alias, person_id", [
    ("en", "Kim Kardashian came. The reality star spoke.", "the reality star", "kim-kardashian"),
    ("fr", "Kim Kardashian est venue. La star a parlé.", "la star", "kim-kardashian"),
    ("fr", "La créatrice de KKW Beauty travaille.", "La créatrice de KKW Beauty",
     "kim-kardashian"),
])
def test_an_alias_in_front_matter_makes_epithet_mentions(
    project: Path, lang: str, body: str, alias: str, person_id: str
) -> None:
    article = load(project, body, f'aliases: {{"{alias}": {person_id}}}\n', lang)
    result = find_mentions(article, REGISTRY)
    check_invariants(article, result)
    assert result.errors == []
    epithets = [(m.person, m.text.lower()) for m in result.mentions if m.kind == "epithet"]
    assert epithets == [(person_id, alias.lower())]


def test_an_epithet_may_contain_a_registry_name(project: Path) -> None:
    article = load(project, "Kanye West’s wife told Mic the news.",
                   'aliases: {"Kanye West’s wife": kim-kardashian}\n')
    result = find_mentions(article, REGISTRY)
    check_invariants(article, result)
    assert found(result) == [("kim-kardashian", "Kanye West’s wife", "epithet"),
                             ("kanye-west", "Kanye West", "name")]


def test_an_epithet_makes_its_person_named_for_short_names(project: Path) -> None:
    article = load(project, "La star est venue. Kim a parlé.", 'aliases: {"la star": kim-kardashian}\n',
                   "fr")
    assert people_of(find_mentions(article, REGISTRY)) == {"kim-kardashian"}
    assert ("kim-kardashian", "Kim", "given-name") in found(find_mentions(article, REGISTRY))


def test_an_alias_may_name_a_discovered_person(project: Path) -> None:
    article = load(project, "Attorney Erin Haney spoke. The lawyer left.",
                   'aliases: {"the lawyer": erin-haney}\n')
    result = find_mentions(article, EMPTY)
    assert result.errors == []
    assert found(result) == [("erin-haney", "Erin Haney", "discovered"),
                             ("erin-haney", "The lawyer", "epithet")]


def test_an_alias_naming_an_unknown_person_is_an_error(project: Path) -> None:
    article = load(project, "Kim Kardashian came. The reality star spoke.",
                   'aliases:\n  "the reality star": kim-kardashain\n')
    result = find_mentions(article, REGISTRY)
    assert len(result.errors) == 1
    problem = result.errors[0]
    assert (problem.file, problem.field, problem.line) == (article.path, "aliases", 9)
    assert "'kim-kardashain'" in problem.message and "expected a person id" in problem.message
    assert problem.hint == "did you mean 'kim-kardashian'?"
    assert all(m.kind != "epithet" for m in result.mentions)


def test_an_alias_that_matches_nothing_is_an_error(project: Path) -> None:
    article = load(project, "Kim Kardashian came.", 'aliases: {"the business mogul": kim-kardashian}\n')
    result = find_mentions(article, REGISTRY)
    assert [(p.field, p.line) for p in result.errors] == [("aliases", 8)]
    assert "'the business mogul' matches nothing" in result.errors[0].message


def test_an_alias_found_only_in_a_photo_credit_is_an_error(project: Path) -> None:
    article = load(project, "Kim Kardashian came.\n\nPhoto: the reality star/AFP",
                   'aliases: {"the reality star": kim-kardashian}\n')
    result = find_mentions(article, REGISTRY)
    assert [(p.field, p.line) for p in result.errors] == [("aliases", 8)]
    assert "only in text that is not searched" in result.errors[0].message


def test_ignore_suppresses_discovered_and_registry_mentions(project: Path) -> None:
    article = load(project, "Attorney Polo Lounge spoke with Trump administration staff and "
                   "Kim Kardashian.", 'ignore: ["Polo Lounge", "Kim Kardashian"]\n')
    result = find_mentions(article, EMPTY)
    assert result.errors == [] and result.mentions == [] and result.warnings == []


def test_an_ignore_that_matches_nothing_is_an_error(project: Path) -> None:
    article = load(project, "Kim Kardashian came.", 'ignore:\n  - "Bay Area"\n')
    result = find_mentions(article, REGISTRY)
    assert [(p.field, p.line) for p in result.errors] == [("ignore", 9)]
    assert "'Bay Area' matches nothing" in result.errors[0].message


# ------------------------------------------------------------- determinism, cache, speed


def test_output_is_deterministic() -> None:
    text = ("Attorney Erin Haney met Kim Kardashian and Shon Hopwood. Haney and Kim left.\n\n"
            "L’avocate Claire Dubois a déclaré que Hopwood avait raison.")
    first, second = run(text), run(text)
    assert first == second


def test_the_compiled_registry_is_cached_and_rebuilt_on_change() -> None:
    registry = Registry(people={"ann-lee": person("ann-lee", "Ann Lee")})
    index = people_mod._index_for(registry)
    assert people_mod._index_for(registry) is index
    assert found(run("Ann Lee and Bo Chen.", registry=registry)) == [
        ("ann-lee", "Ann Lee", "name"), ("bo-chen", "Bo Chen", "discovered")]
    registry.people["bo-chen"] = person("bo-chen", "Bo Chen")
    assert people_mod._index_for(registry) is not index
    assert found(run("Ann Lee and Bo Chen.", registry=registry)) == [
        ("ann-lee", "Ann Lee", "name"), ("bo-chen", "Bo Chen", "name")]


# ------------------------------------------------------------------ the real seeds


def seed_articles() -> tuple[list[Article], Registry]:
    problems = ProblemCollector()
    registry = load_registry(ROOT / "seeds", ROOT, problems)
    articles = load_articles(article_paths(ROOT / "seeds" / "articles"), ROOT, problems)
    assert not problems.errors, [p.format() for p in problems.errors]
    return articles, registry


#: The registry people each curated seed article refers to (the dev gold lists the same).
SEED_PEOPLE = {
    "2018-05-30-kardashian-meets-trump-prison-reform": {
        "kim-kardashian", "donald-trump", "alice-marie-johnson", "kanye-west", "jared-kushner",
        "rihanna", "cara-delevingne", "cyntoia-brown"},
    "2019-06-13-refinery29-white-house": {
        "kim-kardashian", "ivanka-trump", "donald-trump", "alice-marie-johnson", "jared-kushner",
        "jessica-jackson", "erin-haney"},
    "2019-06-13-seconde-chance-maison-blanche": {
        "kim-kardashian", "donald-trump", "ivanka-trump", "jared-kushner", "alice-marie-johnson"},
    "2022-10-diner-kim-kardashian-ivanka-trump": {
        "kim-kardashian", "ivanka-trump", "kanye-west", "donald-trump", "robert-kardashian",
        "jared-kushner"},
    "2024-04-26-kardashian-harris-roundtable": {
        "kim-kardashian", "kamala-harris", "joe-biden", "donald-trump", "alice-marie-johnson"},
}


@pytest.mark.skipif(not article_paths(ROOT / "seeds" / "articles"), reason="no seed articles")
def test_the_seed_articles_name_the_expected_people() -> None:
    """The curated articles name exactly their people; an article a contributor added is
    held to what every article must satisfy (no errors, the invariants), since an unknown
    name in it is a review item for `dossier check`, not a failure."""
    articles, registry = seed_articles()
    assert len(articles) == len(article_paths(ROOT / "seeds" / "articles"))
    assert set(SEED_PEOPLE) <= {a.id for a in articles}
    for article in articles:
        result = find_mentions(article, registry)
        check_invariants(article, result)
        assert result.errors == [], [p.format() for p in result.errors]
        if article.id in SEED_PEOPLE:
            assert people_of(result) == SEED_PEOPLE[article.id], article.id
            assert result.discovered == [] and result.warnings == [], article.id


def test_a_large_registry_gives_the_same_mentions() -> None:
    """Above a few dozen first words the registry is prefiltered through the text's words."""
    extra = {f"person-{i}": person(f"person-{i}", f"Given{i} Family{i}") for i in range(80)}
    large = Registry(people={**REGISTRY.people, **extra})
    text = ("Given7 Family7 met Kim Kardashian and @IvankaTrump. President Trump's aide, "
            "Ms. Johnson, and robert kardashian came. Given7 spoke.")
    small_result = run(text)
    large_result = run(text, registry=large)
    assert [m for m in large_result.mentions if m.person not in extra] == [
        m for m in small_result.mentions if m.kind != "discovered"]
    assert ("person-7", "Given7 Family7", "name") in found(large_result)


@pytest.mark.parametrize("text, expected", [
    # a surname two people share names the one whose full name was written before it
    (("Jax Moreno cancelled his tour. Moreno said he was tired. His mother, Lucia Moreno, "
     "defended him."), [("jax-moreno", "Jax Moreno"), ("jax-moreno", "Moreno"),
                       ("lucia-moreno", "Lucia Moreno")]),
    # both full names written before it: the word stays unresolved
    ("Jax Moreno and Lucia Moreno arrived. Moreno said he was tired.",
     [("jax-moreno", "Jax Moreno"), ("lucia-moreno", "Lucia Moreno")]),
    # ... unless it already named one of them alone before the other came in, and the other
    # was not named in full in this paragraph or the one before
    (("Jax Moreno cancelled his tour. Moreno said he was tired.\n\nHis mother, Lucia Moreno, "
     "defended him.\n\nThe tour was sold out.\n\nMoreno said he would come back."),
     [("jax-moreno", "Jax Moreno"), ("jax-moreno", "Moreno"), ("lucia-moreno", "Lucia Moreno"),
      ("jax-moreno", "Moreno")]),
    (("Jax Moreno cancelled his tour. Moreno said he was tired.\n\nHis mother, Lucia Moreno, "
     "defended him.\n\nMoreno said he would come back."),
     [("jax-moreno", "Jax Moreno"), ("jax-moreno", "Moreno"), ("lucia-moreno", "Lucia Moreno")]),
    # ... nor before an apposition or an age, which tell namesakes apart
    (("Jax Moreno cancelled his tour. Moreno said he was tired.\n\nHis mother, Lucia Moreno, "
      "defended him.\n\nThe tour was sold out.\n\nMoreno, the mother, said he would rest."),
     [("jax-moreno", "Jax Moreno"), ("jax-moreno", "Moreno"), ("lucia-moreno", "Lucia Moreno")]),
])
def test_shared_surname_takes_the_person_named_before(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.person, m.text) for m in run(text, registry=EMPTY).mentions] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a capitalised conjunction opening the sentence is not part of the name
    ("en", "Jessica Jackson left. But Jackson, 45, came back.",
     [("jessica-jackson", "Jessica Jackson"), ("jessica-jackson", "Jackson")]),
    ("fr", "Hélène Aubry est arrivée. Mais Aubry, 52 ans, ne dit rien.",
     [("helene-aubry", "Hélène Aubry"), ("helene-aubry", "Aubry")]),
    # a word that only starts like one ("Butler") is not split off: no "Jackson" alone
    ("en", "Jessica Jackson met Butler Jackson.", [("jessica-jackson", "Jessica Jackson")]),
])
def test_a_sentence_initial_conjunction_is_not_a_name_word(
        lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.person, m.text) for m in run(text, lang).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    # a company head word ("Agricultural", "Industries") makes the run an organisation
    ("The plant's owner, Harmon Agricultural, said it was cooperating.", set()),
    ("Brandt Industries hired Jessica Jackson.", {"jessica-jackson"}),
    # a name without one stays a person
    ("The plant's owner, Harmon Kessler, said he was cooperating.", {"harmon-kessler"}),
])
def test_company_head_words(text: str, expected: set[str]) -> None:
    assert people_of(run(text)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a firm word ending the capitalised sequence makes it an organisation, in both languages
    ("en", '"It is cheap," said Priya Raman, an analyst at Kestrel Securities, who rates it.',
     {"priya-raman"}),
    ("en", "Kestrel Securities said the offer was fair. Finch Advisors agreed.", set()),
    ("en", "Kestrel Motor Co and Hale GmbH said sales fell.", set()),
    ("fr", "Kestrel Assurances a annoncé un plan, selon Julie Roche.", {"julie-roche"}),
    ("fr", "Dupuis Assurances a annoncé des pertes, a déclaré le patron.", set()),
    # a body's words before an abbreviated title are no part of the name after it
    ("en", '"This is bad," said San Elido County Fire Capt. Luis Arreola, standing outside.',
     {"luis-arreola"}),
    ("en", '"This is bad," said Fire Capt. Luis Arreola.', {"luis-arreola"}),
    # a manufacturer's trade word, even after a given name (« Harlan »)
    ("fr", "Le groupe américain Harlan Components invoque la crise, selon Julie Roche.",
     {"julie-roche"}),
    # a landlord or a developer: « Habitat », « Logement », « Aménagement » end its name
    ("fr", "Orne Habitat promet une réparation, selon Julie Roche.", {"julie-roche"}),
    ("fr", "Loire Aménagement et Picardie Logement ont signé, a dit le maire.", set()),
    ("fr", "Julie Roche, présidente de Loire Habitat, a signé le bail.", {"julie-roche"}),
    # a sports team named by a plural; a weak head word after a given name stays a name
    ("en", "The Dallas Cowboys beat the Denver Broncos, said coach Sean Payton.",
     {"sean-payton"}),
    ("en", "Leeds United beat Nottingham Forest, said Daniel Farke.", {"daniel-farke"}),
    ("en", "Jane Forest said the plan was sound.", {"jane-forest"}),
])
def test_firm_and_team_words_end_an_organisation(lang: str, text: str,
                                                 expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # given names of other naming traditions are evidence, like the census ones
    ("en", "Priya Raman of Kestrel Securities expects a higher bid.", {"priya-raman"}),
    ("fr", "Kwame Mensah a ouvert la séance.", {"kwame-mensah"}),
    # a word that is not a given name is not: no cue, no name
    ("en", "Ming Dynasty vases sold well.", set()),
])
def test_given_names_of_other_traditions(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a title of several words opening the sentence: the name after it is found
    ("en", "House Majority Leader Steve Scalise said the vote would go ahead.",
     [("steve-scalise", "Steve Scalise")]),
    ("en", "Justice Sonia Sotomayor wrote the dissent.", [("sonia-sotomayor", "Sonia Sotomayor")]),
    ("en", "Promoter Eddie Hearn confirmed the refunds.", [("eddie-hearn", "Eddie Hearn")]),
    # an adjective opening a compound, a title with no name, a role noun before a firm
    ("en", "Second Chance Month begins.", []),
    ("en", "House Majority Leader said no.", []),
    ("en", "Promoter Live Arc confirmed the refunds.", []),
])
def test_a_title_at_the_start_of_a_sentence(
        lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.person, m.text) for m in run(text, lang, registry=EMPTY).mentions] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "de" after a noun is a preposition: the name is a person's
    ("fr", "Le premier but est arrivé sur un centre de Lucas Meynier.", {"lucas-meynier"}),
    ("fr", "L'équipe de Didier Deschamps a gagné.", {"didier-deschamps"}),
    ("fr", "Le bateau de Jean Dupont a coulé, a dit le maire.", {"jean-dupont"}),
    ("fr", "Dans la famille de Marie Durand, on vote à gauche.", {"marie-durand"}),
    # ... except after a family word, where it may be the surname's particle
    ("fr", "La famille de Berny a vendu le château.", set()),
    # a vessel named after a person is not the person
    ("en", "The ship Queen Mary sailed at dawn.", set()),
    ("fr", "Le navire Jean Bart a appareillé.", set()),
    ("en", "The MV Flora MacDonald failed her berthing trials.", set()),
    ("en", "HMS Prince Albert sailed at dawn.", set()),
    # (an honorific is no vessel's prefix)
    ("en", "Ms Flora MacDonald sailed at dawn.", {"flora-macdonald"}),
])
def test_a_name_after_a_noun_and_de(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a signature line: the author and a wire service, or the author's post abroad
    ("fr", "Le maire a démissionné.\n\nMarie Durand (avec AFP)", set()),
    ("fr", "Le maire a démissionné.\n\nJean Dupont et Marie Durand, envoyés spéciaux à Gaza.",
     set()),
    ("en", "The mayor resigned.\n\nJane Doe, our correspondent in Kyiv", set()),
    ("en", "The mayor resigned.\n\nJane Doe, with Reuters", set()),
    # the same names in running text, or next to a person or an institution, stay
    ("fr", "Marie Durand (avec AFP) a confirmé.", {"marie-durand"}),
    ("fr", "Marie Durand, envoyée spéciale de l'ONU au Yémen", {"marie-durand"}),
    ("en", "Jane Doe, a staff writer, said the paper was closing.", {"jane-doe"}),
])
def test_a_signature_line_is_a_byline(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an office named after a title and "of" ends before a given name
    ("en", "Secretary of State Marco Rubio said no.", {"marco-rubio"}),
    ("en", "Minister of Finance Jane Doe said no.", {"jane-doe"}),
    # ... but the name of an institution after another word and "of" goes on
    ("en", "He works for the Department of State Marco Polo Program.", set()),
    # a party member before a name is a person cue, capitalised or not
    ("en", "Republican Kwabo Tenbury said the bill would fail.", {"kwabo-tenbury"}),
    ("fr", "La socialiste Kwabo Trévanec est élue.", {"kwabo-trevanec"}),
    ("en", "The Republican Guard and the Democrat Party met.", set()),
])
def test_offices_and_party_members(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "de" before a given name and a surname is a preposition: the name starts after it
    ("fr", "La Mercedes de Jean Dupont a été volée.", {"jean-dupont"}),
    ("fr", "Ils ont lu Les Misérables de Victor Hugo.", {"victor-hugo"}),
    # ... while "de" before a surname is its particle
    ("fr", "Louis de Funès et Philippe de Villiers sont cités.",
     {"louis-de-funes", "philippe-de-villiers"}),
    # brands named after a person; a hyphenated given name is not a brand
    ("en", "Mercedes Benz and Aston Martin said sales rose.", set()),
    ("fr", "Le champagne Louis Roederer se vend bien, selon Leroy Merlin.", set()),
    ("fr", "Marie-Claire Delacroix a ouvert la séance.", {"marie-claire-delacroix"}),
])
def test_works_brands_and_a_preposition_before_a_name(
        lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("text, expected", [
    # "<photographer> for The <paper>": a picture credit, on its own line or in parentheses
    ("The mayor spoke on Monday.\n\nJane Doe for The New York Times", set()),
    ("The mayor spoke on Monday. (Jane Doe for The Washington Post)", set()),
    # "for The" inside a sentence is not a credit
    ("Jane Doe said she would vote for The Greens.", {"jane-doe"}),
])
def test_a_photographer_for_a_paper_is_a_credit(text: str, expected: set[str]) -> None:
    assert people_of(run(text, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a surname in capitals after a given name ("Prénom NOM")
    ("fr", "Selon Jean DUPONT, le projet avance. DUPONT a ajouté que rien ne presse.",
     [("jean-dupont", "Jean DUPONT"), ("jean-dupont", "DUPONT")]),
    ("fr", "Le maire, Jean-Pierre LE GALL, a parlé.",
     [("jean-pierre-le-gall", "Jean-Pierre LE GALL")]),
    # an acronym after a surname, or after a word that is not a given name, is not a name
    ("fr", "Marie Durand FRA a gagné la course.", [("marie-durand", "Marie Durand")]),
    ("en", "Shares of Kestrel SPAC rose, said the firm.", []),
])
def test_a_surname_in_capitals(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.person, m.text) for m in run(text, lang, registry=EMPTY).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    # in a Title Case headline an organisation's name does not swallow the name before it
    ("Jane Doe Joins Atkins Belden LLP", {"jane-doe"}),
    ("Jane Doe Leaves Kestrel Securities For Rival", {"jane-doe"}),
    # ... and an organisation named after a person stays an organisation
    ("Harvey Milk High School Reopens After Flood", set()),
])
def test_an_organisation_in_a_headline(text: str, expected: set[str]) -> None:
    assert people_of(run(text, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a sports position or trade before a name is a person cue
    ("fr", "L'ailier Kwabo Trévanec a marqué deux fois.", {"kwabo-trevanec"}),
    ("en", "Quarterback Kwabo Tenbury threw three touchdowns.", {"kwabo-tenbury"}),
    # with no name after it, nothing
    ("fr", "Le milieu de terrain a craqué face à Paris Saint-Germain.", set()),
])
def test_sports_positions_are_person_cues(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


# ------------------------------------------------- rule 4, end: two given names, one surname


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Jacques et Odette Marty, qui élèvent des canards, étaient venus.",
     {("jacques-marty", "Jacques"), ("odette-marty", "Odette Marty")}),
    ("en", "Bill and Hillary Clinton attended, their spokesman said.",
     {("bill-clinton", "Bill"), ("hillary-clinton", "Hillary Clinton")}),
    # after a lowercase kin noun (« Frères » heads a firm's name only capitalised)
    ("fr", "Les frères Luc et Paul Roussel, qui élèvent des canards, étaient venus.",
     {("luc-roussel", "Luc"), ("paul-roussel", "Paul Roussel")}),
])
def test_two_given_names_share_one_surname(lang: str, text: str,
                                           expected: set[tuple[str, str]]) -> None:
    result = run(text, lang, registry=EMPTY)
    assert {(m.person, m.text) for m in result.mentions} == expected
    assert {p.name for p in result.discovered} == {name for name in (
        "Jacques Marty", "Odette Marty", "Bill Clinton", "Hillary Clinton", "Luc Roussel",
        "Paul Roussel")
        if name.split()[-1].lower() in text.lower()}


@pytest.mark.parametrize("lang, text, expected", [
    # a capitalised word before the given name: a name of its own, not a shared surname
    ("fr", "Paul Martin et Odette Marty ont témoigné, a dit l'avocate.",
     {"paul-martin", "odette-marty"}),
    # the surname of someone already named is that person
    ("en", "Jessica Jackson spoke. Attorneys Jackson and Erin Haney of #Cut50 agreed.",
     {"jessica-jackson", "erin-haney"}),
    # after a role noun, each is named apart
    ("en", "The star thanked attorneys Jackson and Erin Haney of #Cut50.", {"erin-haney"}),
    # a place before "et" is no given name
    ("fr", "Entre Lyon et Odette Marty, rien n'est réglé, a-t-elle dit.", {"odette-marty"}),
])
def test_no_shared_surname(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang)) == expected



def test_every_gendered_given_name_is_a_given_name() -> None:
    """The speaker rules' gendered given names and people discovery's given names agree
    (one exception: "Dev" is a gender hint for a known Dev, but too often a word to make a
    capitalised pair a person's name)."""
    from builder.annotate.lang import people_names, quotes_en, quotes_fr

    gendered = (quotes_fr.FEMININE_GIVEN_NAMES | quotes_fr.MASCULINE_GIVEN_NAMES
                | quotes_en.FEMININE_GIVEN_NAMES | quotes_en.MASCULINE_GIVEN_NAMES)
    assert gendered - people_names.GIVEN_NAMES <= {"dev"}


# ------------------------------------------------- demonyms, lone given names, companies, chants


@pytest.mark.parametrize("text, expected", [
    ("Derrière, la poursuite s'organise. Le Belge Jens Vercauteren a longtemps espéré.",
     "Jens Vercauteren"),
    ("Troisième de l'étape, le Toulousain Baptiste Sarrailh a parlé d'une journée de dingue.",
     "Baptiste Sarrailh"),
    ("Elle a battu en finale l'Ivoirienne Awa Kouassi.", "Awa Kouassi"),
    ("Pour l'ancien Rennais Yann Kerbrat, c'est fini.", "Yann Kerbrat"),
    ("La Suissesse Anna Keller a gagné.", "Anna Keller"),
    ("Devant lui, le Néerlandais Joris Van Dijkstra attaque.", "Joris Van Dijkstra"),
    # a listed demonym that is also a given name, before a given name
    ("Le dernier film de l'Argentine Ana Lucía Ferreyra a été ovationné.", "Ana Lucía Ferreyra"),
    ("Le Normand Julien Leroux a gagné.", "Julien Leroux"),
    # a demonym no ending tells
    ("Elle a écrit au commissaire, le Chypriote Kostas Andreadis.", "Kostas Andreadis"),
    # rarer endings, between a determiner and a given name only
    ("« On invente une bureaucratie », a fustigé le Mosellan Bertrand Feurstein.",
     "Bertrand Feurstein"),
    ("Devant, le Breton Yann Le Gall a attaqué.", "Yann Le Gall"),
    ("La Savoyarde Léa Collomb a gagné.", "Léa Collomb"),
    # a feast joined to a given name by a hyphen is part of a compound given name
    ("« On a tout fait », explique le colonel Jean-Toussaint Mattei.", "Jean-Toussaint Mattei"),
])
def test_a_name_after_a_demonym_noun(text: str, expected: str) -> None:
    assert [m.text for m in run(text, "fr", EMPTY).mentions] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a known given name ending like a demonym stays the name's ("Alain", "Julien")
    ("Le maire a reçu le Alain Juppé du quartier.", "Alain Juppé"),
    ("Le chanteur Julien Doré arrive.", "Julien Doré"),
    ("Selon le Romain Dupuis de la mairie, tout va bien.", "Romain Dupuis"),
])
def test_a_given_name_that_ends_like_a_demonym_is_kept(text: str, expected: str) -> None:
    assert [m.text for m in run(text, "fr", EMPTY).mentions] == [expected]


@pytest.mark.parametrize("text", [
    # no determiner before it: not a noun for a person
    "Toulousain Baptiste Sarrailh",
    # a demonym before a single word, or before the name of a thing
    "Le Toulousain Sarrailh a gagné.",
    "la Française des Jeux a annoncé des résultats.",
])
def test_a_demonym_alone_is_no_name(text: str) -> None:
    assert run(text, "fr", EMPTY).mentions == []


@pytest.mark.parametrize("lang, text, name", [
    ("fr", ("Les livreurs sont inquiets. Moussa, 24 ans, enchaîne les courses. "
            "« Je veux juste payer mon loyer », dit Moussa."), "Moussa"),
    ("fr", "Moussa, âgé de 24 ans, livre des repas.", "Moussa"),
    ("fr", "« On n'a pas le choix », raconte Karim. Karim explique qu'il roule la nuit.",
     "Karim"),
    ("en", "Riders are worried. Moussa, 24, works nights. Moussa said he was tired.",
     "Moussa"),
    ("en", "\"It was hard,\" recalled Karim.", "Karim"),
    # what only a person does, in a relative clause or a participle after the comma
    ("fr", "Sylvie, qui habite deux maisons plus loin, n'est pas surprise.", "Sylvie"),
    ("fr", "Dans la tribune, Carole, venue avec ses deux enfants, applaudit.", "Carole"),
    # a noun for a person opens the apposition, known or by its ending, maybe plural
    ("fr", "Sandra, polisseuse depuis 22 ans, attend sa lettre.", "Sandra"),
    ("fr", "Sandra, coiffeuse à Lyon, attend sa lettre.", "Sandra"),

])
def test_a_lone_given_name_introduced_as_a_person(lang: str, text: str, name: str) -> None:
    result = run(text, lang, EMPTY)
    assert {m.text for m in result.mentions} == {name}
    assert [p.name for p in result.discovered] == [name]
    assert len(result.mentions) == text.count(name)


@pytest.mark.parametrize("lang, text", [
    # no age nor speech verb: a given name alone says nothing
    ("fr", "Moussa enchaîne les courses à vélo."),
    # a firm or a club also says and announces
    ("fr", "Moussa a annoncé un rappel de ses produits."),
    # « qui » follows a firm too: only a person's verb after it tells; a town lives, a storm
    # comes from somewhere (not cues)
    ("fr", "Mercedes, qui a présenté sa nouvelle voiture, investit à Rastatt."),
    ("fr", "Nancy, qui vit du tourisme, attend des visiteurs."),
    ("fr", "Ciara, venue de l'Atlantique, a balayé la Bretagne."),
    # a word with the ending of a trade that is no noun for a person, or a name
    ("fr", "Paul, derrière le comptoir, range des verres."),
    # boats, rockets and cows have given names too; a place may be set off by « elle »
    ("fr", "Marie-Jeanne, chalutier de 18 mètres, a sombré en quelques minutes."),
    ("fr", "Ariane, lanceur lourd de l'Agence spatiale européenne, a décollé."),
    ("fr", "Les stations ont rouvert. Lourdes, elle, attend toujours ses pèlerins."),
    ("fr", "Il dirige la station de Saint-Alban, Sébastien Roux le confirme."),
    ("en", "Moussa said it would recall 10,000 cars."),
    # a place, a number after the comma that is no age
    ("fr", "Il habite Paris, 24 rue du Port."),
    ("fr", "Il a livré à Moussa, 24 kilos de riz."),
    # the given name of someone named in full is a short name of that person
    ("fr", "Moussa Diallo est arrivé. Moussa, 24 ans, est son cousin."),
])
def test_a_lone_given_name_without_person_context(lang: str, text: str) -> None:
    result = run(text, lang, EMPTY)
    assert not any(p.name == "Moussa" for p in result.discovered)


@pytest.mark.parametrize("text, expected", [
    ("Rue des Mouettes, Jean-Pierre et Martine Cazaux vident leur maison.",
     {"jean-pierre-cazaux": "Jean-Pierre", "martine-cazaux": "Martine Cazaux"}),
    ("Marie-Claire et Paul Dubois sont arrivés, a dit le maire.",
     {"marie-claire-dubois": "Marie-Claire", "paul-dubois": "Paul Dubois"}),
])
def test_a_hyphenated_given_name_shares_the_surname(text: str, expected: dict[str, str]) -> None:
    result = run(text, "fr", EMPTY)
    assert {m.person: m.text for m in result.mentions} == expected


@pytest.mark.parametrize("text", [
    # a capitalised word before the compound: a name of its own, not a shared surname
    "Paul Jean-Pierre et Martine Cazaux sont arrivés.",
    # a street named after someone
    "Rue Jean-Pierre et Martine Cazaux, rien n'a bougé.",
])
def test_no_shared_surname_for_a_hyphenated_given_name(text: str) -> None:
    result = run(text, "fr", EMPTY)
    assert "jean-pierre-cazaux" not in people_of(result)
    assert "pierre-cazaux" not in people_of(result)


@pytest.mark.parametrize("text", [
    "Devant les grilles des Forges de Brémoncourt, les salariés se relaient.",
    "Les Chantiers de l'Atlantique et les Ateliers Marcel Dupuis recrutent, a dit le maire.",
    "Les Établissements Jean Moreau ferment.",
    "L'équipementier automobile Altaïs Équipements a annoncé des suppressions.",
])
def test_industrial_firms_are_not_people(text: str) -> None:
    assert run(text, "fr", EMPTY).mentions == []


def test_a_person_next_to_a_firm_is_still_found() -> None:
    result = run("Le délégué Marc Dupuis, salarié des Forges de Brémoncourt, a dit non.",
                 "fr", EMPTY)
    assert [m.text for m in result.mentions] == ["Marc Dupuis"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Sa mère brandit une banderole « Allez Mathis »."),
    ("fr", "« Allez Baptiste », a lancé sa mère depuis le bord de la route."),
    ("fr", "Le public scandait « Vive Sarrailh » sous la pluie, a dit le maire."),
    ("en", "Fans held up a banner reading \"Go Mathis\"."),
])
def test_a_chant_is_not_a_name(lang: str, text: str) -> None:
    assert run(text, lang, EMPTY).mentions == []


@pytest.mark.parametrize("lang, text, expected", [
    # at the start of a sentence the cheer is dropped and the name stays
    ("fr", "Allez Mathis Etcheverry, criait la foule.", "Mathis Etcheverry"),
    ("fr", "Le public scandait « Vive Marie Dupont » sous la pluie.", "Marie Dupont"),
    ("fr", "Sa mère, Maïté Etcheverry, était là.", "Maïté Etcheverry"),
])
def test_a_name_near_a_chant_is_kept(lang: str, text: str, expected: str) -> None:
    assert [m.text for m in run(text, lang, EMPTY).mentions] == [expected]


@pytest.mark.parametrize("lang, text, name", [
    # a possessed role noun in apposition before a given name closed by a comma
    ("fr", "Sa préparatrice physique, Inès, n'avait pas de mots non plus.", "Inès"),
    ("en", "Her neighbour, Carol, had seen the smoke.", "Carol"),
    # "who" after a given name: a person ("which" for a firm)
    ("en", "Carol, who has worked there for 23 years, said staff found out online.", "Carol"),
])
def test_a_lone_given_name_in_apposition(lang: str, text: str, name: str) -> None:
    result = run(text, lang, EMPTY)
    assert [p.name for p in result.discovered] == [name]


@pytest.mark.parametrize("lang, text", [
    # no role noun before the comma: a thing's name may stand there
    ("fr", "Son bateau, Inès, a coulé au large."),
    # no comma after the name: no apposition
    ("fr", "Sa préparatrice physique, Inès Dupont-Moreau y était."),
    # "which" after a given name: a thing
    ("en", "Carol, which opened in 1990, closed its doors."),
])
def test_a_lone_given_name_without_apposition(lang: str, text: str) -> None:
    assert not any(p.name in ("Inès", "Carol") for p in run(text, lang, EMPTY).discovered)


def test_a_firm_named_after_its_founders_is_no_person() -> None:
    # "Halvorsen Marine" is the short form of "Halvorsen Marine Holdings" named before
    text = ("Shares in Halvorsen Marine Holdings fell 19%. Chief Executive Ingrid Halvorsen "
            "told analysts the demand was there. Halvorsen Marine said last month it was in "
            "talks. Halvorsen had promised to double revenue.")
    result = run(text, "en", EMPTY)
    assert [p.name for p in result.discovered] == ["Ingrid Halvorsen"]
    assert {m.text for m in result.mentions} == {"Ingrid Halvorsen", "Halvorsen"}


def test_a_name_like_a_firm_without_the_firm_is_a_person() -> None:
    result = run("Tom Marine said last month he was in talks.", "en", EMPTY)
    assert [p.name for p in result.discovered] == ["Tom Marine"]


@pytest.mark.parametrize("text, expected", [
    # "Per" capitalised before a surname is a Nordic given name
    ("The executive took over from her father Per Halvorsen in January.", ["Per Halvorsen"]),
    # "per" in lowercase, or opening a sentence before a common word, names nobody
    ("Prices rose 3 per cent. Per the agreement, the firm pays.", []),
])
def test_per_as_a_given_name(text: str, expected: list[str]) -> None:
    assert [p.name for p in run(text, "en", EMPTY).discovered] == expected


# ------------------------------ a role noun with adjectives, a possessed role, an age epithet


@pytest.mark.parametrize("text, expected", [
    # unknown given names: the role noun before its adjectives of nationality is the cue
    ("Ils jouaient autour de leur talonneur géorgien Levan Kharaishvili.",
     "Levan Kharaishvili"),
    ("Son collègue allemand Jens Oberhuber défend la prudence de Berlin.", "Jens Oberhuber"),
    ("Sur une percée de l'ailier fidjien Semi Raduva, rien n'a changé.", "Semi Raduva"),
    ("L'ouvreur néo-zélandais Tane Ruru a été expulsé.", "Tane Ruru"),
])
def test_a_role_noun_and_its_adjectives_introduce_a_name(text: str, expected: str) -> None:
    assert [m.text for m in run(text, "fr", EMPTY).mentions] == [expected]


@pytest.mark.parametrize("text", [
    # an adjective that is no nationality nor age: no cue, and the words are unknown
    "Le talonneur costaud Levan Kharaishvili est là.",
    # a speech cue takes no adjective: « selon » then a lowercase word is no introduction
    "Selon certains Levan Kharaishvili ne viendra pas.",
])
def test_other_words_between_a_role_and_a_name_are_no_cue(text: str) -> None:
    assert run(text, "fr", EMPTY).mentions == []


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "À côté d'elle, sa collègue Manon hoche la tête.", "Manon"),
    ("fr", "Son voisin Lucas a préparé un diaporama.", "Lucas"),
    ("en", "Her colleague Manon nodded.", "Manon"),
])
def test_a_lone_given_name_right_after_a_possessed_role(lang: str, text: str,
                                                        name: str) -> None:
    result = run(text, lang, EMPTY)
    assert [p.name for p in result.discovered] == [name]


@pytest.mark.parametrize("lang, text", [
    # no possessive: « la collègue » may be anyone's, and the name may be a thing's
    ("fr", "La collègue Manon hoche la tête."),
    # a possessive with no role noun
    ("fr", "Sa voiture Manon est rouge."),
])
def test_a_lone_given_name_after_a_role_needs_the_possessive(lang: str, text: str) -> None:
    assert run(text, lang, EMPTY).discovered == []


def test_the_given_names_of_someone_named_in_full_are_that_person() -> None:
    registry = Registry(people={"ana-lucia-ferreyra": person(
        "ana-lucia-ferreyra", "Ana Lucía Ferreyra", gender="f")})
    result = run("Ana Lucía Ferreyra est arrivée. « Ana Lucía ne lâche rien », dit Rim Haddad.",
                 "fr", registry)
    assert result.discovered == [] or [p.name for p in result.discovered] == ["Rim Haddad"]
    assert [(m.person, m.text) for m in result.mentions
            if m.person == "ana-lucia-ferreyra"] == [
        ("ana-lucia-ferreyra", "Ana Lucía Ferreyra"), ("ana-lucia-ferreyra", "Ana Lucía")]


def test_given_names_without_the_full_name_are_a_person_of_their_own() -> None:
    registry = Registry(people={"ana-lucia-ferreyra": person(
        "ana-lucia-ferreyra", "Ana Lucía Ferreyra", gender="f")})
    result = run("« Rien ne presse », dit Ana Lucía Ortega.", "fr", registry)
    assert "ana-lucia-ferreyra" not in people_of(result)


@pytest.mark.parametrize("text, name, gender", [
    ("Ils rachètent le fonds de commerce du vieux Fabre, qui partait sans successeur.",
     "Fabre", "m"),
    ("Tout le quartier connaissait la mère Denis, qui lavait le linge. Denis chantait.",
     "Denis", "f"),
])
def test_a_surname_after_an_age_epithet_is_a_person(text: str, name: str,
                                                    gender: str) -> None:
    result = run(text, "fr", EMPTY)
    assert [(p.name, p.gender) for p in result.discovered] == [(name, gender)]
    assert len(result.mentions) == text.count(name)


@pytest.mark.parametrize("text", [
    # no epithet of age
    "Ils rachètent le fonds de commerce de Fabre, qui partait.",
    # nothing after it says it is a person: a thing
    "Le vieux Port est en travaux.",
    # a place
    "Ils ont visité le vieux Lyon, qui change vite.",
])
def test_no_person_without_an_age_epithet_and_a_surname(text: str) -> None:
    assert run(text, "fr", EMPTY).discovered == []


@pytest.mark.parametrize("lang, text, name, gender", [
    ("en", "\"I waited five months,\" Mr Goh told reporters. Goh bought the car in May.",
     "Goh", "m"),
    ("en", "Another victim, who gave her name only as Ms Lee, paid a deposit.", "Lee", "f"),
    ("fr", "L'arbitre, M. Castagnet, a sorti le carton rouge.", "Castagnet", "m"),
    ("fr", "J'ai eu une prof de français, Mme Lecœur, qui m'a tout appris.", "Lecœur", "f"),
    ("fr", "« Nous ferons appel », a déclaré Me Dupond à la sortie de l'audience.", "Dupond",
     None),
])
def test_a_surname_after_an_honorific_is_a_person(lang: str, text: str, name: str,
                                                  gender: str | None) -> None:
    result = run(text, lang, EMPTY)
    assert [(p.name, p.gender) for p in result.discovered] == [(name, gender)]
    assert len(result.mentions) == text.count(name)


@pytest.mark.parametrize("lang, text", [
    # an initial in English
    ("en", "Ward 35's councillor, M. Kathiravan, signed it."),
    # a nickname or a title in quotation marks
    ("fr", "Ils lui ont donné un surnom : « M. Normes »."),
    ("en", "She starred in \"Mrs Doubtfire\" in 1993."),
    # a magazine: French full words are no plain honorific here
    ("fr", "Elle l'a confié à Madame Figaro."),
    # a character, a brand, a series: nothing around them says a person is meant
    ("en", "The Mr Bean films made millions."),
    ("en", "Mr Porter, the online menswear retailer, said in a statement it would review."),
    ("fr", "Les fans de Dr House attendaient une suite."),
    # « M. » after a given name is the initial of a surname withheld
    ("fr", "Yanis M. Face aux juges, il a gardé le silence."),
    # a club: "Dr" opens names of things in English
    ("en", "Dr Crokes won the county final."),
])
def test_no_person_from_an_honorific_that_is_no_title(lang: str, text: str) -> None:
    assert run(text, lang, EMPTY).discovered == []


def test_an_honorific_before_a_surname_of_someone_named_is_that_person() -> None:
    result = run("Jane Brown, 71, lives alone. \"It was a shock,\" Mrs Brown said.", "en",
                 EMPTY)
    assert [p.name for p in result.discovered] == ["Jane Brown"]


@pytest.mark.parametrize("lang, text, expected", [
    # a role noun and its complement, then the name in apposition
    ("fr", "Le capitaine des Bleus, Tevita Mafi, est arrivé.", "Tevita Mafi"),
    ("fr", "Le maire de Saint-Aubin, Taavi Rõivas, est arrivé.", "Taavi Rõivas"),
    # ... an adjective between them, or "for"
    ("fr", "La ministre togolaise des Affaires étrangères, Akossiwa Dzidzoli, est arrivée.",
     "Akossiwa Dzidzoli"),
    ("en", "Lawless wrote to the Minister for Corrections, Eleni Stavrou, last year.",
     "Eleni Stavrou"),
    # lowercase adjectives of common endings between a role noun and the name
    ("fr", "Le policier municipal Rudi Kovač était là.", "Rudi Kovač"),
    ("fr", "L'entraîneur adjoint Kofi Mensah est là.", "Kofi Mensah"),
    # the capitalised office after a role noun and « de » is not part of the name
    ("fr", "L'ancien ministre de l'Intérieur Taavi Rõivas est arrivé.", "Taavi Rõivas"),
    # ... after a plain « de » or « du », a hyphenated place, a place that is also a given name
    ("fr", "Le député de Haute-Savoie Hubert Castagnac salue la réforme.", "Hubert Castagnac"),
    ("fr", "Le député du Finistère Paul Martin salue la réforme.", "Paul Martin"),
    ("fr", "Le sénateur de Paris Marc Petit salue la réforme.", "Marc Petit"),
    # ranks, clergy and trades in lowercase before the name
    ("en", "Down the road, fire lieutenant Sharnie Kowalczyk had been on a tanker.",
     "Sharnie Kowalczyk"),
    ("fr", "Le curé du village, Jean-Marie Mbarga, a ouvert l'église.", "Jean-Marie Mbarga"),
    ("en", "The parish priest Tadeusz Wrobel blessed the mould.", "Tadeusz Wrobel"),
    ("en", "District Collector Anupama Menon said 312 camps were open.", "Anupama Menon"),
    ("fr", "Le proviseur du lycée, Aurélien Kerbrat, a répondu.", "Aurélien Kerbrat"),
    # ... a place or a club no list holds, whose first word is no given name
    ("fr", "Hier, l'attaquant de Montverdun Hugo Castelnau a marqué.", "Hugo Castelnau"),
    ("fr", "L'avocat de Marie Claire Dupont a plaidé.", "Marie Claire Dupont"),
    # an English demonym as a noun for the person, of one word or two
    ("en", "It was the Australian Grant McKechnie who spoke.", "Grant McKechnie"),
    ("en", "It was the New Zealander Grant McKechnie who spoke.", "Grant McKechnie"),
])
def test_roles_with_complements_and_adjectives(lang: str, text: str, expected: str) -> None:
    assert [m.text for m in run(text, lang, EMPTY).mentions] == [expected]


@pytest.mark.parametrize("lang, text", [
    # an organisation in apposition stays no person
    ("fr", "Le directeur de l'usine, Altaïs Équipements, ferme ses portes."),
    # a function word between the role and the name is no adjective
    ("fr", "Le capitaine avec Tevita Mafi est arrivé."),
    # no role noun before the complement
    ("fr", "La ville de Saint-Aubin, Taavi Rõivas, est arrivé."),
    # « Haute » heads an organisation's name, not a hyphenated place's
    ("fr", "La Haute Autorité Marc Bloch a rendu son avis."),
    # a French demonym's ending after "the" makes no English demonym
    ("en", "Investors put money into the Evergreen Income Bond."),
])
def test_no_role_no_apposition_cue(lang: str, text: str) -> None:
    assert run(text, lang, EMPTY).discovered == []


@pytest.mark.parametrize("text, expected", [
    # a noun of age stands for a person like a role noun
    ("Le septuagénaire, Ruslan Abdulov, a été interpellé.", "Ruslan Abdulov"),
    ("La nonagénaire Odette Ruiz vient chaque matin.", "Odette Ruiz"),
    # the verb of an inverted attribution, whatever it is, introduces a speaker
    ("« Non », répond Dariusz Kowalczyk.", "Dariusz Kowalczyk"),
    ("« Non », s'agace Dariusz Kowalczyk.", "Dariusz Kowalczyk"),
])
def test_age_nouns_and_inverted_attributions(text: str, expected: str) -> None:
    assert [m.text for m in run(text, "fr", EMPTY).mentions] == [expected]


@pytest.mark.parametrize("text", [
    # an organisation after an inverted attribution: a place or an organisation word
    "« Non », tranche Greenpeace France.",
    "« Non », tranche Greenpeace International.",
    # no quotation before the verb
    "Le maire, répond Dariusz Kowalczyk, est absent.",
])
def test_inverted_attribution_needs_a_quotation_and_no_org(text: str) -> None:
    assert run(text, "fr", EMPTY).discovered == []


def test_a_first_name_given_with_prenomme_is_a_person() -> None:
    result = run("La jeune femme, prénommée Inaya, a été blessée.", "fr", EMPTY)
    assert [p.name for p in result.discovered] == ["Inaya"]
    # a boat is named, not first-named
    assert run("Le bateau, baptisé Inaya, a coulé.", "fr", EMPTY).discovered == []


# ------------------------------------------------------- dev11 round: kin, family, venues

@pytest.mark.parametrize("text, name", [
    # kin only a person has, after « dont »
    ("Devant le portail, Sandrine, dont le fils entre en CE2, brandit un livre.", "Sandrine"),
    ("Karine, dont les enfants sont scolarisés ici, a signé.", "Karine"),
    # a possessed kin noun in apposition, the name closing the sentence
    ("Manon est venue de Rouen avec sa mère, Véronique. Elle rit.", "Véronique"),
])
def test_a_lone_given_name_with_kin(text: str, name: str) -> None:
    result = run(text, "fr", EMPTY)
    assert name in [p.name for p in result.discovered]


@pytest.mark.parametrize("text", [
    # a firm has premises, not a son
    "Mercedes, dont le siège est à Stuttgart, a annoncé des suppressions.",
    # no possessive before the role: a list, not an apposition
    "Il y avait la mère, Véronique.",
])
def test_no_lone_given_name_without_kin(text: str) -> None:
    result = run(text, "fr", EMPTY)
    assert result.discovered == []


FAMILY = Registry(people={p.id: p for p in (
    person("jean-paul-vernet", "Jean-Paul Vernet", gender="m"),
    person("thibault-vernet", "Thibault Vernet", gender="m"),
    person("thibault-morel", "Thibault Morel", gender="m"),
)})


def test_a_lone_given_name_of_a_registry_relative() -> None:
    # the registry person with that given name whose surname the article's person bears
    result = run("Jean-Paul Vernet cultive des pêches. Son fils Thibault, qui doit reprendre "
                 "l'exploitation, est plus amer.", "fr", FAMILY)
    assert people_of(result) == {"jean-paul-vernet", "thibault-vernet"}
    assert result.discovered == []


def test_a_lone_given_name_without_a_registry_relative() -> None:
    # no one in the article bears a registry surname of a Thibault: not a registry person,
    # but Paul Girard's son, who bears his surname
    result = run("Paul Girard cultive des pêches. Son fils Thibault, qui doit reprendre "
                 "l'exploitation, est plus amer.", "fr", FAMILY)
    assert "thibault-vernet" not in people_of(result)
    assert "thibault-morel" not in people_of(result)
    assert [p.name for p in result.discovered if p.name.startswith("Thibault")] == [
        "Thibault Girard"]


@pytest.mark.parametrize("text", [
    "La tournée passera au Dôme de Marseille, le 21 mars, puis au Café de la Danse.",
    "Les billets du Dôme de Marseille se sont arrachés, a dit le promoteur.",
])
def test_a_name_after_a_fused_article_is_a_thing(text: str) -> None:
    assert run(text, "fr", EMPTY).discovered == []


@pytest.mark.parametrize("text, name", [
    # a given name, a role or a demonym after « au », « du »: a person still
    ("Il a parlé au Colombien Julián Restrepo, a dit le manager.", "Julián Restrepo"),
    ("La victoire du jeune Mathis Le Goff, a dit son oncle.", "Mathis Le Goff"),
    ("Il a écrit au président Paul Mandel, a dit le député.", "Paul Mandel"),
])
def test_a_person_after_a_fused_article(text: str, name: str) -> None:
    assert name in [p.name for p in run(text, "fr", EMPTY).discovered]


# ------------------------------------------- rule 6: apposition, first names, paragraph starts


@pytest.mark.parametrize("lang, text, name", [
    # a role or a kin noun in apposition after the name, bare, possessed or with an article
    ("fr", "C'est là que Mehdi, père de deux enfants, a pris la parole.", "Mehdi"),
    ("fr", "Dans le service, Aurélie, infirmière de nuit, tient le planning.", "Aurélie"),
    ("fr", "Le docteur ferme le cabinet. Annick, son épouse, tient le secrétariat.", "Annick"),
    ("en", "At the ground, Harjit, a taxi driver, watched every ball.", "Harjit"),
    # "her first name, X"
    ("en", ("Another passenger, a teacher who gave only her first name, Siobhan, said it "
            "was fine."), "Siobhan"),
    # a possessed role in apposition at the very start of a paragraph
    ("fr", "Son frère, Julien, a porté le comité pendant sept mois.", "Julien"),
    ("en", "His son, Cathal, flew home from Boston on Saturday.", "Cathal"),
])
def test_a_lone_given_name_with_an_apposition(lang: str, text: str, name: str) -> None:
    assert name in [p.name for p in run(text, lang, EMPTY).discovered]


@pytest.mark.parametrize("lang, text", [
    # a pronoun after the comma, not a role ("me" is also « Me », a lawyer's title)
    ("fr", "Thomas, me dit-il, ne viendra pas."),
    # no role after the comma
    ("en", "Mercedes, a carmaker, said it would cut jobs."),
    ("en", "Grace, as always, was missing from the list."),
])
def test_no_lone_given_name_without_an_apposition(lang: str, text: str) -> None:
    assert run(text, lang, EMPTY).discovered == []


def test_a_possessed_role_at_a_paragraph_start_names_a_registry_relative() -> None:
    registry = Registry(people={p.id: p for p in (
        person("margaux-ferrand", "Margaux Ferrand", gender="f"),
        person("julien-ferrand", "Julien Ferrand", gender="m"),
    )})
    article = make_article("Margaux Ferrand est rentrée.\n\nSon frère, Julien, a porté le "
                           "comité.", "fr")
    assert people_of(find_mentions(article, registry)) == {"margaux-ferrand", "julien-ferrand"}


# ------------------------------------------------------- rule 4: names, demonyms and things


def test_given_names_of_other_traditions_share_a_surname() -> None:
    result = run("Dorin et Vasilica Munteanu, un couple de maraîchers, ne partagent pas ces "
                 "inquiétudes.", "fr", EMPTY)
    assert {p.name for p in result.discovered} == {"Dorin Munteanu", "Vasilica Munteanu"}


def test_maire_is_not_a_given_name() -> None:
    # « Maire » (Irish) would make the French « maire » a given name
    assert "maire" not in people_mod._LEX.given
    assert run("Maire de Lyon depuis 2020, Paul Martin a dit non.", "fr",
               EMPTY).discovered[0].name == "Paul Martin"


@pytest.mark.parametrize("text, name", [
    ("Le Néo-Zélandais Tom Whitaker, deuxième lundi, avait déjà quitté la ville.",
     "Tom Whitaker"),
    ("Elle a battu la Sud-Africaine Anna Botha en finale, a dit son entraîneur.", "Anna Botha"),
    # a compound given name is no demonym
    ("Selon Jean-François Martin, le projet est mort.", "Jean-François Martin"),
])
def test_a_compound_demonym_is_not_part_of_the_name(text: str, name: str) -> None:
    assert [p.name for p in run(text, "fr", EMPTY).discovered] == [name]


@pytest.mark.parametrize("lang, text", [
    ("fr", "En vingt minutes, le canot tous temps « Président Yves Le Floc'h » appareillait."),
    ("en", "The trawler \u201cMary Ellen Carter\u201d sank off the cape on Monday."),
])
def test_a_name_in_quotation_marks_after_a_noun_is_a_thing(lang: str, text: str) -> None:
    assert run(text, lang, EMPTY).discovered == []


def test_a_name_quoted_as_an_answer_is_a_person() -> None:
    result = run("Qui a gagné ? « Paul Martin », répond le juge.", "fr", EMPTY)
    assert [p.name for p in result.discovered] == ["Paul Martin"]


@pytest.mark.parametrize("text", [
    "Un récital est prévu à la Philharmonie de Paris le 23 janvier.",
    "L'annonce fait bondir l'association Loup Alpes Nature, qui dénonce un massacre.",
    "L'entraîneur la suit depuis le pôle France de Brest, a-t-il dit.",
])
def test_venues_and_associations_are_not_people(text: str) -> None:
    assert run(text, "fr", EMPTY).discovered == []


def test_a_person_after_an_association_and_a_comma() -> None:
    result = run("La présidente de l'association, Marie Dupont, a dit non.", "fr", EMPTY)
    assert [p.name for p in result.discovered] == ["Marie Dupont"]


# ----------------------------------------------- rule 7: people of history named by one word


@pytest.mark.parametrize("text, name", [
    ("Les deux œuvres, un petit paysage de Corot et une aquarelle, ont disparu.", "Corot"),
    ("Toutes les familles ont un testament. Et de citer Tchekhov, son maître absolu.",
     "Tchekhov"),
    ("Les gens veulent que ce soient les soldats de Clovis.", "Clovis"),
])
def test_a_famous_one_word_name_is_a_person(text: str, name: str) -> None:
    assert [p.name for p in run(text, "fr", EMPTY).discovered] == [name]


def test_a_famous_one_word_name_is_the_registry_person_with_that_surname() -> None:
    registry = Registry(people={"sergei-prokofiev": person(
        "sergei-prokofiev", "Sergueï Prokofiev", gender="m")})
    article = make_article("Elle a joué le Troisième Concerto de Prokofiev samedi.", "fr")
    assert people_of(find_mentions(article, registry)) == {"sergei-prokofiev"}


@pytest.mark.parametrize("text, names", [
    # a thing named after the person
    ("Elle enseigne au lycée Voltaire depuis dix ans.", []),
    # someone named in the article bears the word
    ("Paul Corot, le maire, a dit non. Corot est resté ferme.", ["Paul Corot"]),
])
def test_no_famous_one_word_name(text: str, names: list[str]) -> None:
    assert [p.name for p in run(text, "fr", EMPTY).discovered] == names


@pytest.mark.parametrize("lang, text, name", [
    # a first name no list knows, after possessed kin in apposition
    ("en", "O'Sullivan's wife, Máire, said she had given up on the henhouse.", "Máire"),
    ("en", "Their son, Kwabenya, flew home on Saturday.", "Kwabenya"),
    ("fr", "Le maraîcher ne dit rien. Son épouse, Zénaïdette, tient la caisse.", "Zénaïdette"),
])
def test_an_unknown_first_name_after_possessed_kin(lang: str, text: str, name: str) -> None:
    assert name in [p.name for p in run(text, lang, EMPTY).discovered]


@pytest.mark.parametrize("lang, text", [
    # a firm's partner, not kin
    ("en", "The bank said its partner, Zorbex, would pay."),
    # no kin before the comma
    ("en", "The company, Zorbex, said it would pay."),
    # a title before a name is no first name
    ("en", "His wife, Dr. Quillane, said nothing."),
])
def test_no_unknown_first_name_without_kin(lang: str, text: str) -> None:
    assert run(text, lang, EMPTY).discovered == []


# ------------------------------------------- kin surnames, compound surnames, firms and places


def discovered_names(result: MentionsResult) -> set[str]:
    return {p.name for p in result.discovered}


@pytest.mark.parametrize("lang, text, name", [
    # possessed kin who share a man's surname: the reader's name for the relative
    ("en", ("Tom Farrant has spent decades on the stone. Farrant believes it will take five "
            "years. His son Luke, an apprentice, said they wanted to start."), "Luke Farrant"),
    ("en", ("\"I still can't believe it,\" said Gareth Pryce.\n\nHis father Dai, who drove him "
            "to tournaments, was in tears."), "Dai Pryce"),
    ("en", ("\"It's bad,\" says Paddy Mulvey, who has run the shop since 1979.\n\nMulvey's "
            "wife, Bríd, does the books for the shop."), "Bríd Mulvey"),
    ("fr", ("« Mes enfants ne connaîtront rien », soupire Jean-Marc Dufour, loueur de skis. "
            "Son frère Patrick, qui tient le magasin d'en face, acquiesce."), "Patrick Dufour"),
    # « leur »: a couple's child, after the wife who took the surname
    ("fr", ("Jean-Pierre Castaing arpente ses rangs. Sa femme, Martine, compte les parcelles."
            "\n\nLeur fils Romain, 29 ans, devait reprendre le domaine."), "Romain Castaing"),
    # a family's plural possessive, like "their": the couple's child, whoever is named
    ("en", ("Leonie Pettersen lost the shed. Back home, the Pettersens' daughter Jess has come "
            "from Orange to help."), "Jess Pettersen"),
    ("en", ("Ruth Jones ran the bakery for 40 years. The Joneses' son, Owen, took it over."),
     "Owen Jones"),
    # a man's name and "'s" without a comma
    ("en", "Graham Pettersen lost his fencing. Pettersen's son Luke has come home to help.",
     "Luke Pettersen"),
])
def test_a_first_name_after_kin_takes_the_surname(lang: str, text: str, name: str) -> None:
    assert name in discovered_names(run(text, lang, registry=EMPTY))


@pytest.mark.parametrize("lang, text, name", [
    # a friend, a colleague: no shared surname
    ("fr", "Jean Dupont est arrivé tôt. Son ami Paul, 30 ans, l'attendait.", "Paul"),
    ("en", "Tom Farrant arrived early. His colleague Luke, an apprentice, was waiting.",
     "Luke"),
    # an in-law, a grandchild: another surname, maybe
    ("en", "Tom Farrant arrived early. His son-in-law, Mark, was waiting.", "Mark"),
    ("en", "Nora Walsh, 81, was helped along by her granddaughter, Aoife.", "Aoife"),
    # a woman's kin: her husband's or her own surname, we cannot tell which
    ("fr", "Aurélie Chambon a récupéré son fils Léo, 8 ans, à la sortie.", "Léo"),
    ("en", "Helen Ward arrived early. Her son Luke, an apprentice, was waiting.", "Luke"),
    # the person named just before has no surname: nothing to give
    ("fr", ("Au bord de l'eau, son frère aîné, Théo, n'a pas regardé la fin. Leur mère, "
            "Isabelle, tient une école de surf.\n\nJulien Etchart entraîne l'équipe."),
     "Isabelle"),
    # one woman's kin by her surname with an apostrophe alone ("Agnes' son"): her husband's
    # or her own surname, we cannot tell which
    ("en", "Agnes Stiles arrived early. Stiles' son Luke, an apprentice, was waiting.", "Luke"),
    # a given name and a generational suffix: "Jr" is no surname
    ("en", "Mark Ostrander spoke first. His son Mark Jr said little. His brother, Paul, nodded.",
     "Paul"),
])
def test_a_first_name_after_other_kin_stays_alone(lang: str, text: str, name: str) -> None:
    names = discovered_names(run(text, lang, registry=EMPTY))
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


def test_a_first_name_with_its_own_surname_is_not_given_another() -> None:
    # a wife who kept her name is written with it: the first name is hers, not a Farrant's
    result = run("Tom Farrant arrived early. His wife Jane, a teacher, was waiting. "
                 "Jane Hale said the roof would take years.", "en", EMPTY)
    assert "jane-hale" in people_of(result)
    assert "jane-farrant" not in people_of(result)


def test_a_first_name_after_kin_of_a_registry_relative() -> None:
    # a registry person with that given name and the surname wins over a new person
    result = run("Jean-Paul Vernet cultive des pêches. Son fils Thibault, 30 ans, est plus "
                 "amer.", "fr", FAMILY)
    assert "thibault-vernet" in people_of(result)
    assert result.discovered == []


SURNAMES = Registry(people={p.id: p for p in (
    person("javier-montoya-ruiz", "Javier Montoya Ruiz", gender="m"),
    person("ana-petrovic", "Ana Petrović", gender="f"),
)})


@pytest.mark.parametrize("text", [
    ("Solara CEO Javier Montoya Ruiz will become chairman. Montoya Ruiz said the airline "
    "would keep its brand."),
    # the compound surname first, the full name later
    ("Montoya Ruiz said the airline would keep its brand.\n\nSolara CEO Javier Montoya Ruiz "
    "will become chairman."),
])
def test_a_compound_surname_alone_is_the_registry_person(text: str) -> None:
    result = run(text, "en", SURNAMES)
    assert [m.person for m in result.mentions] == ["javier-montoya-ruiz"] * 2
    assert result.discovered == []


@pytest.mark.parametrize("text", [
    "Economist Carlos Pérez Gil spoke first. Pérez Gil said prices would rise.",
    "Pérez Gil said prices would rise.\n\nThe economist Carlos Pérez Gil spoke first.",
])
def test_a_compound_surname_alone_is_the_discovered_person(text: str) -> None:
    result = run(text, "en", EMPTY)
    assert {m.person for m in result.mentions} == {"carlos-perez-gil"}


def test_a_compound_surname_of_two_people_stays_apart() -> None:
    result = run("Javier Montoya Ruiz and his sister Elena Montoya Ruiz spoke. Montoya Ruiz "
                 "said the airline would keep its brand.", "en", SURNAMES)
    assert "javier-montoya-ruiz" in people_of(result)
    assert [m.person for m in result.mentions].count("javier-montoya-ruiz") == 1


def test_a_given_name_and_surname_are_not_a_compound_surname() -> None:
    # "Ann Smith" may be Mary Ann Smith's daughter: not merged into her
    result = run("Economist Mary Ann Smith spoke first. Her daughter, Ann Smith, said she "
                 "agreed.", "en", EMPTY)
    assert {"mary-ann-smith", "ann-smith"} <= people_of(result)


def test_two_unrelated_people_with_one_surname() -> None:
    # « elle » in apposition: a person; the registry Ana Petrović keeps her own mentions
    result = run("Il restait quatre secondes, et Ana Petrović a tendu le bras. Le tir de Jovana "
                 "Petrović – aucun lien de parenté – s'est écrasé sur son avant-bras.\n\n"
                 "Jovana Petrović, elle, est restée assise. « Ana me connaît trop bien »",
                 "fr", SURNAMES)
    mentions = found(result)
    assert ("ana-petrovic", "Ana Petrović", "name") in mentions
    assert ("ana-petrovic", "Ana", "given-name") in mentions
    assert ("jovana-petrovic", "Jovana Petrović", "discovered") in mentions


@pytest.mark.parametrize("lang, text, expected", [
    # a noun for a kind of organisation right before the name: a firm
    ("en", "Ferry operator Hebridean Link said engineers were working around the clock.",
     set()),
    ("fr", "L'assureur Crestline Mutual a indiqué que les dossiers seraient traités.", set()),
    # ... unless a known given name opens it
    ("en", "Tour operator Jane Hale said bookings had fallen.", {"jane-hale"}),
    # "nearby" before a name: a place
    ("en", "Darren Hughes, a scaffolder from nearby Brindley Heath, said he could not work.",
     {"darren-hughes"}),
    # the end of a compound name glued by a hyphen is no part of a person's name
    ("fr", "L'élue, qui préside aussi Île-de-France Mobilités, a promis un geste.", set()),
    ("fr", "Il avait percuté à Vitry-sur-Seine Amadou Sissoko, un livreur de 19 ans.",
     {"amadou-sissoko"}),
    # a work's title after a plural article, even with « lui » after it
    ("fr", ("« Le roman est admirable, glisse le juré. Mais Les Nuits de Tanger, lui, en prend "
            "à chaque page. »"), set()),
    # a title before a place word: a person ("Price" alone may be a shop)
    ("en", "He was shown the damage by the Rt Rev Anselm Price on Monday.", {"anselm-price"}),
    # "de" then "Sainte": a particle and a compound surname, not a preposition and a name
    ("fr", "Son président, Thibault de Sainte-Croix, n'a pas donné suite.",
     {"thibault-de-sainte-croix"}),
    # a noun in apposition that takes "who"
    ("en", "Calum Morrison, a crofter who has lived on the island all his life, missed it.",
     {"calum-morrison"}),
])
def test_firms_places_and_people(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "« C'était pour le feu d'artifice », s'amuse la boulangère, Sandrine. Il rit.",
     "Sandrine"),
    ("fr", ("Ses deux compagnons ont donné l'alerte. L'un d'eux, Karim, a commencé la "
            "recherche."), "Karim"),
    ("en", "An elderly man who gave his name only as Jimmy stood up to speak.", "Jimmy"),
    ("en", "Nora Walsh, 81, was being helped along by her granddaughter, Aoife.", "Aoife"),
    ("fr", "Son arrière-petite-fille, Jade, a lu un texte.", "Jade"),
])
def test_more_lone_given_names(lang: str, text: str, name: str) -> None:
    assert name in discovered_names(run(text, lang, registry=EMPTY))


@pytest.mark.parametrize("text", [
    # kin after an article: a list, not an apposition (kin needs an owner)
    "Il y avait la mère, Véronique, et la tante.",
    "Il y avait le frère, Paul, et les cousins.",
])
def test_no_lone_given_name_after_kin_with_an_article(text: str) -> None:
    assert run(text, "fr", EMPTY).discovered == []


# ------------------------------------------------- rule 6: more cues for a lone given name


@pytest.mark.parametrize("lang, text, names", [
    # an age as the verb's object: « X a 26 ans », "X is 26"
    ("fr", "Dylan a 26 ans et un passé qu'il ne cache plus.", ["Dylan"]),
    ("en", "Dylan is 26 and works nights.", ["Dylan"]),
    # a verb only a person undergoes
    ("fr", "Il était 3 h 40 quand Rayan a été réveillé par une odeur âcre.", ["Rayan"]),
    # « un certain », « s'appelait », "another,": introducers of a person
    ("fr", "Il écrit à son supérieur, un certain Franck. Rien ne change.", ["Franck"]),
    ("fr", "C'est une éducatrice. Elle s'appelait Nadine.", ["Nadine"]),
    ("en", "Another, Luc, said in French that he would come.", ["Luc"]),
    # a rank noun after a possessive, a trade with « l'ancien », a role of two words
    ("fr", "Le capitaine a fini sa ronde. Son second, Julien, lui tend un café.", ["Julien"]),
    ("fr", "Elle interroge l'ancien videur de la discothèque, Mickaël, entendu comme témoin.",
     ["Mickaël"]),
    ("fr", "Sabrina, aide-soignante à Créteil, a témoigné la première.", ["Sabrina"]),
    # kin after « dont le » / "whose": only a person has a son
    ("fr", "Thomas Sabatier, dont le fils Hugo est rentré indemne, s'emporte.",
     ["Thomas Sabatier", "Hugo"]),
    # a group in apposition: every given name of the list
    ("fr", "Ses filles, Lou et Inès, 16 et 13 ans, trouvent ça cool.", ["Lou", "Inès"]),
    ("fr", "Venues de Bordeaux, deux militantes, Manon et Julie, distribuent des tracts.",
     ["Manon", "Julie"]),
    ("en", "Her daughters, Lou and Ines, were at school.", ["Lou", "Ines"]),
    ("fr", "Ses copines de lycée, Zoé et Clara, l'ont portée jusqu'au podium.", ["Zoé", "Clara"]),
    # a list with a name already known to be a person's
    ("fr", "Dylan a 26 ans. Il parle de Dylan, de Karim, de Fabien, de ceux qui ont décroché.",
     ["Dylan", "Karim", "Fabien"]),
    # a hyphenated given name standing alone
    ("fr", "Au bar, Jean-Paul, professeur de physique à la retraite, a voté.", ["Jean-Paul"]),
    # a definite role noun in apposition, maybe plural after a superlative
    ("fr", "Dans l'atelier, Karim, le plus ancien des six salariés, remue la pâte.", ["Karim"]),
    ("en", "Carol, the bookseller, had seen the smoke.", ["Carol"]),
])
def test_more_cues_for_a_lone_given_name(lang: str, text: str, names: list[str]) -> None:
    assert sorted(p.name for p in run(text, lang, EMPTY).discovered) == sorted(names)


@pytest.mark.parametrize("lang, text", [
    # not an age: a firm "a 26 magasins", a distance
    ("fr", "Mercedes a 26 magasins en France."),
    ("en", "Mercedes is 26 percent cheaper."),
    # « un certain » before a common word, a list of places or things
    ("fr", "Il y avait un certain Paris des années folles."),
    ("fr", "Deux villes, Sofia et Florence, ont voté."),
    # a list of given names with no person among them
    ("fr", "Les ouragans Katrina, Rita et Wilma ont frappé."),
    # a plural role needs a possessive or a number: « les militantes, Manon et Julie » is a list
    ("fr", "Les militantes, Manon et Julie, distribuent des tracts."),
    # a definite apposition that is no role: a firm, a town
    ("fr", "Il a parlé à Mercedes, le constructeur allemand."),
    ("fr", "Il a visité Florence, la ville des artistes."),
])
def test_no_lone_given_name_without_a_safe_cue(lang: str, text: str) -> None:
    assert not run(text, lang, EMPTY).discovered


def test_a_hyphenated_given_name_alone_is_the_person_named_in_full() -> None:
    result = run("Jean-Paul Vernet est arrivé. Plus tard, Jean-Paul sourit.", "fr", EMPTY)
    assert [p.name for p in result.discovered] == ["Jean-Paul Vernet"]
    assert [(m.person, m.text) for m in result.mentions] == [
        ("jean-paul-vernet", "Jean-Paul Vernet"), ("jean-paul-vernet", "Jean-Paul")]


# -------------------------------------------------- rule 4: names of other conventions


@pytest.mark.parametrize("text, name", [
    # a possessive before a given name ends the name before it
    ("He had to beat Norway's Lars Eriksen 10-9.", "Lars Eriksen"),
    ("It dropped him behind Morishima and Ardent's Pieter de Graaf.", "Pieter de Graaf"),
    # after a role in lowercase, a first word no list holds is the given name, not a title's
    # ("Harbor Master Tom Reilly" keeps its title out)
    ("Chief minister Pradeep Kumar Samantaray said he was sorry.", "Pradeep Kumar Samantaray"),
    ("Harbor Master Tom Reilly said he was sorry.", "Tom Reilly"),
    # two capitals as a given name's initials before a known surname
    ("He was marking Kilkenny's TJ Delaney, whose goal put them ahead.", "TJ Delaney"),
    # family name first, a capitalised middle name that is also a particle elsewhere
    ("Further south, shrimper Nguyen Van Thanh said he had moved his boat.",
     "Nguyen Van Thanh"),
    # a post-nominal is a person's
    ("Under cross-examination by Conor Dalton SC, the inspector agreed.", "Conor Dalton"),
    # a particle glued by a hyphen to the surname
    ("The ministers, Said al-Harthy among them, said the decision was right.",
     "Said al-Harthy"),
])
def test_names_of_other_conventions(text: str, name: str) -> None:
    assert [p.name for p in run(text, "en", EMPTY).discovered] == [name]


@pytest.mark.parametrize("text, names", [
    # a capital « N' » or « M' » before a capital opens a name; the negation's verb is lowercase
    ("Aya N'Diaye a déclaré qu'elle partait.", ["Aya N'Diaye"]),
    ("Youssou M'Bengue a réagi. N'importe quoi, a dit Kouadio Yao N'Guessan.",
     ["Youssou M'Bengue", "Kouadio Yao N'Guessan"]),
])
def test_a_name_opened_by_n_or_m_and_an_apostrophe_is_kept_whole(
        text: str, names: list[str]) -> None:
    assert sorted(p.name for p in run(text, "fr", EMPTY).discovered) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # after a role noun and « de », the one-word name of a body with a holder, then the holder
    ("L'ancien président de la République Jacques Morvan publie un livre.", ["Jacques Morvan"]),
    (("La présidente de la Région Carole Delga et la présidente de la Commission Ursula von "
      "der Leyen ont signé."), ["Carole Delga", "Ursula von der Leyen"]),
    # not a body named after a person
    ("Le directeur de la Fondation Jean Jaurès a signé.", []),
    # the medium an attribution addresses, then the speaker
    ("« C'est dur », a confié au Monde Samira Ouali, présidente d'une association.",
     ["Samira Ouali"]),
    ("Il a étudié au Lycée Victor Hugo de Paris.", []),
    # not an eponym before the speaker, nor a building's name going on
    ("« C'est dur », a déclaré au Festival Jean Rouch la réalisatrice Aminata Diallo.",
     ["Aminata Diallo"]),
    ("« C'est dur », a affirmé au Palais Garnier Alexander Neef.", []),
])
def test_a_holder_named_after_the_body_s_name(text: str, names: list[str]) -> None:
    assert sorted(p.name for p in run(text, "fr", EMPTY).discovered) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # two capitals before a given name and a surname are a party's acronym, not initials
    ("Le sénateur LR Philippe Mazars a réagi.", ["Philippe Mazars"]),
    ("Le député PS Jean Valo et la députée RN Marine Cotte ont voté.",
     ["Jean Valo", "Marine Cotte"]),
    # in French, a party's name between a lowercase role noun and a given name and a surname
    # (lang/people_fr.py PARTY_WORDS)
    ("Le député Renaissance Thibault Carrel et le sénateur MoDem Luc Brel ont voté.",
     ["Thibault Carrel", "Luc Brel"]),
    # a first given name no list holds is no party's
    ("Le président Mahamat Idriss Déby est arrivé.", ["Mahamat Idriss Déby"]),
])
def test_a_party_s_acronym_before_a_name_is_not_its_initials(
        text: str, names: list[str]) -> None:
    assert sorted(p.name for p in run(text, "fr", EMPTY).discovered) == sorted(names)


@pytest.mark.parametrize("lang, text, expected", [
    # firms and events after a place's possessive (a split there was tried and taken back)
    ("en", ("Kenya's Safari Rally said it would start on time. Spain's Aerolineas Solara said "
            "it agreed."), set()),
    ("en", "Denmark's Novo Nordisk said on Tuesday it would cut the price.", set()),
    # a word after an honorific that is no surname's is no cue for a name ending with it
    ("en", ("Miss Universe was crowned. Telemundo Universe host Carla Ruiz said it was a "
            "record."), {"Carla Ruiz"}),
    # role nouns that also name software and feasts are no cue
    ("en", "The image editor Affinity Photo is now free.", set()),
    ("fr", "La fête religieuse Yom Kippour commence ce soir.", set()),
    # a title's words after a lowercase role noun are still dropped
    ("en", "Police officer Senior Constable Ana Ruiz said the road was closed.", {"Ana Ruiz"}),
    # a plan, a church, an organisation of a people are no persons
    ("en", "The German Marshall Plan was discussed.", set()),
    ("fr", "Christian Science a ouvert une salle de lecture à Lyon.", set()),
    ("fr", "L'Inuit Tapiriit Kanatami a demandé des excuses.", set()),
])
def test_names_of_things_the_session_s_rules_must_leave_alone(
        lang: str, text: str, expected: set[str]) -> None:
    """Over-firings a review found in the eighteenth session's first rules, now kept out."""
    assert discovered_names(run(text, lang, EMPTY)) == expected


@pytest.mark.parametrize("text", [
    # a possessive before a word that is no given name stays inside ("Prince George's County")
    "Police in Prince George's County said so.",
    "Spain's Aerolineas Solara agreed on Tuesday.",
    # two capitals that are an acronym
    "US Steel said so. The EU Commission met.",
    # a place with a state's abbreviation
    "They moved to Columbia SC last year.",
])
def test_no_name_from_an_acronym_or_a_possessive(text: str) -> None:
    assert not run(text, "en", EMPTY).discovered


@pytest.mark.parametrize("text, names", [
    # a member's letters before the name, a party's name before them
    ("Welsh Labour MP Dafydd Rees-Morgan spoke next.", ["Dafydd Rees-Morgan"]),
    ("Labour MP Dafydd Jones spoke next.", ["Dafydd Jones"]),
    ("Fianna Fáil TD Dafydd Jones spoke next.", ["Dafydd Jones"]),
    ("Sinn Féin MLA Aoife Ní Bhriain said it.", ["Aoife Ní Bhriain"]),
    # the same letters after the name still say it is a person's
    ("Dafydd Jones MP said no.", ["Dafydd Jones"]),
    ("Dafydd Jones MP, who chairs the committee, said no.", ["Dafydd Jones"]),
    # a nationality adjective opens a party's or a firm's name, never a person's
    ("Scottish Labour said no.", []),
    # the letters before a capitalised word that is no name: no person
    ("The MP Expenses Scandal of 2009 changed everything.", []),
    # "Thai" is also a given name
    ("Thai Nguyen, a 34-year-old nurse, said it was hard.", ["Thai Nguyen"]),
    ("The Scottish Greens said no, and Irish Rail said trains were cancelled.", []),
])
def test_members_letters_and_nationality_adjectives(text: str, names: list[str]) -> None:
    assert [p.name for p in run(text, "en", EMPTY).discovered] == names


@pytest.mark.parametrize("text, names", [
    # a trade before the name is no part of it; "Madam" is a title
    ("Hawker Lim Ah Hoon, 67, said business was slow. Madam Lim said customers stayed home.",
     ["Lim Ah Hoon"]),
    ("Lifeguard Tayla Brennan was first to reach the surfer.", ["Tayla Brennan"]),
])
def test_trades_and_courtesy_titles_before_names(text: str, names: list[str]) -> None:
    assert [p.name for p in run(text, "en", EMPTY).discovered] == names


@pytest.mark.parametrize("name", ["Reinhard Vogel", "Klaus Becker", "Gareth Rhys", "Ole Andersen",
                                  "Tariq Aziz", "Miroslav Novak", "Oleksandr Kovalenko"])
def test_more_given_names_open_a_name_with_no_cue(name: str) -> None:
    text = f"{name} has run the bakery for twenty years."
    assert [p.name for p in run(text, "en", EMPTY).discovered] == [name]


def test_flemish_given_names_share_a_surname() -> None:
    text = ("Sur place, Sophie et Wim Mertens, de Jambes, devaient s'envoler vers Tenerife. "
            "Katrien Dewaele, elle, a parlé.")
    assert sorted(p.name for p in run(text, "fr", EMPTY).discovered) == [
        "Katrien Dewaele", "Sophie Mertens", "Wim Mertens"]


@pytest.mark.parametrize("text", [
    # a caption's credit in brackets closing the paragraph: outlet, colon, photographer
    "The lifeguard was first to reach the injured surfer. (ABC South West WA: Georgia Lund)",
    # a venue, a Spanish firm
    "She spoke at the after-party at the Edison Ballroom.",
    "The owner, Minera Tres Quebradas, was fined twice.",
])
def test_credits_in_brackets_venues_and_firms_are_no_people(text: str) -> None:
    assert not run(text, "en", EMPTY).discovered


@pytest.mark.parametrize("lang, text, names", [
    # a place's name after a noun for a place and « de », "of": the same words elsewhere too
    ("fr", ("Dans la salle de Val de Rèche, on attend. Les Crettaz, hameau de la commune "
            "valaisanne de Val de Rèche, est vide."), []),
    ("en", "The hamlet of Val-Ferret was evacuated. Val-Ferret has 60 residents.", []),
    # the person named after the place stays one
    ("fr", "Le maire de la commune de Bagnes, Jean Dupont, a parlé.", ["Jean Dupont"]),
    # a given name and a surname, or a title, after the place noun: a person's town
    ("fr", "Dans la ville d'Anne Hidalgo, on attend.", ["Anne Hidalgo"]),
    ("fr", "Dans la station de Jean-Claude Killy, on skie.", ["Jean-Claude Killy"]),
    ("en", "In the district office of Rep. Nancy Mace, staff waited.", ["Nancy Mace"]),
    # a compound place name after it stays a place
    ("fr", "Le port de Saint-Guénolé est calme.", []),
])
def test_names_of_places_after_a_noun_for_a_place(lang: str, text: str,
                                                  names: list[str]) -> None:
    assert [p.name for p in run(text, lang, EMPTY).discovered] == names


@pytest.mark.parametrize("lang, text, names", [
    # a nickname in quotation marks between the given name and the surname
    ("en", 'Tallyman Michael "Mossie" Keane, a veteran of 14 counts, called it.',
     ["Michael Keane"]),
    ("en", "Former manager Jack 'Jacko' Reilly said it was over.", ["Jack Reilly"]),
    ("fr", "Le boxeur Jean « le Taureau » Dupuis a gagné.", ["Jean Dupuis"]),
    # a song's title between a singer and a weekday is no nickname
    ("en", 'Fans of Adele "Hello" Sunday sang along.', []),
    # a demonym that is also a given name, after a determiner: a nationality
    ("en", ("Anders Kjeldsen struck a conciliatory tone. The Dane, who took over Vestra "
            "from his father, said so."), ["Anders Kjeldsen"]),
])
def test_nicknames_and_demonyms_that_are_given_names(lang: str, text: str,
                                                     names: list[str]) -> None:
    assert [p.name for p in run(text, lang, EMPTY).discovered] == names


# --------------------------------------------- rule 5: a surname that several people bear


@pytest.mark.parametrize("lang, text, expected", [
    ("en", ("Coach Bill Gundersen challenged the spot. Gundersen said no. Gundersen's son, "
            "kicker Matt Gundersen, scored. The younger Gundersen also missed. The elder "
            "Gundersen shrugged."),
     ["bill-gundersen", "bill-gundersen", "bill-gundersen", "matt-gundersen",
      "matt-gundersen", "bill-gundersen"]),
    ("fr", ("Jean-Marc Ferrand est venu. Ferrand a parlé. Son fils, Lucas Ferrand, a gagné. "
            "Le cadet Ferrand a souri."),
     ["jean-marc-ferrand", "jean-marc-ferrand", "lucas-ferrand", "lucas-ferrand"]),
])
def test_the_younger_or_elder_of_a_shared_surname(lang: str, text: str,
                                                  expected: list[str]) -> None:
    assert [m.person for m in run(text, lang, EMPTY).mentions] == expected


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Sœur Agnès, 94 ans, a demandé à faire le voyage.", ["Agnès"]),
    ("fr", "Le prince, fils cadet du roi Erik, est arrivé.", ["Erik"]),
    ("fr", "Tonton Gilles est venu.", ["Gilles"]),
    ("en", "She said she would play for Uncle Gilles one day.", ["Gilles"]),
])
def test_a_title_before_a_lone_given_name(lang: str, text: str, names: list[str]) -> None:
    assert [p.name for p in run(text, lang, EMPTY).discovered] == names


@pytest.mark.parametrize("lang, text", [
    # a street named after a king: the run after « du » is a thing
    ("fr", "La rue du Roi Albert est fermée."),
    # a grandparent's title: how a speaker calls a relative, not a name
    ("en", "Grandma Dee taught me to be loud."),
])
def test_no_lone_given_name_after_these_titles(lang: str, text: str) -> None:
    assert not run(text, lang, EMPTY).discovered


def test_a_compound_surname_shared_goes_to_the_main_bearer() -> None:
    text = ("Loïc Le Bihan a marqué. Loïc Le Bihan est le capitaine. Son père, Yves Le Bihan, "
            "se souvient. Le Bihan, lui, ne s'attarde pas.")
    assert [m.person for m in run(text, "fr", EMPTY).mentions] == [
        "loic-le-bihan", "loic-le-bihan", "yves-le-bihan", "loic-le-bihan"]


def test_a_compound_surname_shared_without_a_main_bearer_names_nobody() -> None:
    # (a relative brought in as such is no less a bearer: see _salient)
    for text in (("Loïc Le Bihan a marqué. Yves Le Bihan se souvient. "
                 "Le Bihan, lui, ne s'attarde pas."),
                 ("Loïc Le Bihan a marqué. Son père, Yves Le Bihan, se souvient. "
                 "Le Bihan, lui, ne s'attarde pas.")):
        assert [m.text for m in run(text, "fr", EMPTY).mentions] == [
            "Loïc Le Bihan", "Yves Le Bihan"]


@pytest.mark.parametrize("text", [
    "Il habite Saint-Jean-de-Luz depuis vingt ans.",
    "Le maire de Bourg-la-Reine a parlé aux habitants.",
])
def test_a_place_with_a_hyphenated_particle_is_no_person(text: str) -> None:
    assert not run(text, "fr", EMPTY).discovered


@pytest.mark.parametrize("text", ["PC Smith told the court he had seen nothing.",
                                  "DS Jones said the inquiry was continuing."])
def test_a_police_rank_before_a_surname_is_no_initials(text: str) -> None:
    found = discovered_names(run(text, "en", EMPTY))
    assert "PC Smith" not in found and "DS Jones" not in found


# ------------------------------------------- sixth session: general classes of dev48–dev51


@pytest.mark.parametrize("lang, text, names", [
    # a role noun in apposition after the name: a trade, a pupil
    ("fr", ("Devant le brasero, Sandrine, opératrice de quart depuis quinze ans, détaille "
            "ses fiches de paie."), ["Sandrine"]),
    ("fr", "La scène est filmée par Lucas, un lycéen assis au fond du bus, qui la poste.",
     ["Lucas"]),
    ("en", "The clip was filmed by Lucas, a schoolboy sitting at the back of the bus.",
     ["Lucas"]),
    # an indefinite role or person noun in apposition before it, maybe with an age
    ("fr", "Une octogénaire, Jeannine, monte dans le bus.", ["Jeannine"]),
    ("fr", "Un jeune homme de 19 ans, Ibrahim, y a été tué par balle.", ["Ibrahim"]),
    ("en", "A young man of 19, Ibrahim, was shot dead.", ["Ibrahim"]),
    ("en", "A neighbour, Carol, called the police.", ["Carol"]),
    # kin owned by the speaker or by the one spoken to (an interview, a quotation)
    ("fr", "Votre fille, Léa, vient d'être élue au conseil municipal.", ["Léa"]),
    ("fr", "« Mon mari, Pierre, vous dirait que c'est mon défaut. »", ["Pierre"]),
    ("en", "\"My husband, Peter, would tell you that is my flaw.\"", ["Peter"]),
    ("fr", "« Ma sœur Inès hoche la tête. »", ["Inès"]),
    # an adjective between the possessive and the kin
    ("en", "Her older brother, Chidi, spent 11 months in a Texas jail.", ["Chidi"]),
    ("fr", "Son petit frère, Julien, a appelé les secours.", ["Julien"]),
    # a compound of known given names
    ("fr", "Marie-Jo, 67 ans, qui promène son chien chaque soir, a donné l'alerte.",
     ["Marie-Jo"]),
])
def test_lone_given_names_of_the_sixth_session(lang: str, text: str, names: list[str]) -> None:
    assert sorted(p.name for p in run(text, lang, EMPTY).discovered) == sorted(names)


@pytest.mark.parametrize("lang, text", [
    # an indefinite noun that is no role nor person: a list of things
    ("fr", "Un dossier, Jeannine, restait ouvert."),
    ("en", "A storm, Katrina, hit the coast."),
    # a place after a common word, even with a cue
    ("en", "The advocacy group Voices for Victims Ontario, said it would appeal."),
])
def test_no_lone_given_name_of_the_sixth_session(lang: str, text: str) -> None:
    assert not run(text, lang, EMPTY).discovered


@pytest.mark.parametrize("lang, text, expected", [
    # a title that is also a given name, after a role noun, opens the name
    ("en", "Okoro cancelled out the opener by captain Dean Whitlow.", {"dean-whitlow"}),
    ("fr", "Le but du capitaine Dean Whitlow a suffi.", {"dean-whitlow"}),
    # ... but a title alone before a surname stays a title
    ("en", "The opener came from Dean Whitlow.", set()),
    # a possessive of an outlet before a full name
    ("en", "Screen's Fionnuala Keane called the film a gem.", {"fionnuala-keane"}),
    # an organisation noun ends its sentence: "firm." is no firm before the name
    ("en", "Hardliners want him to hold firm. Rep. Brock Whitcomb of Texas told reporters.",
     {"brock-whitcomb"}),
    # places, venues, clubs, campaigns and small firms
    ("en", "The center warned of surge between Sabine Pass and Intracoastal City.", set()),
    ("en", "At the Burton Coliseum, which the parish turned into a shelter, people slept.",
     set()),
    ("en", "Forest host Carshalton Town in the League Cup on Tuesday.", set()),
    ("en", "He signed the bill in the Rose Garden on Monday.", set()),
    ("en", "Protesters chanted Free Curtis outside the courthouse.", set()),
    ("en", "The group Safe Streets said the law went too far.", set()),
    ("en", "Reps for Holloway Live did not respond.", set()),
    ("en", "She taught at Carnegie Mellon for ten years.", set()),
    ("en", 'The Northgate Playhouse announced on Wednesday that the play would not open.',
     set()),
    ("en", "Anna Berg sang with the Halden Philharmonic on Sunday.", {"anna-berg"}),
    # a medium after a preposition, then the name (not glued to it)
    ("fr", "« Nous sommes déçus », a réagi sur France Inter Jean Martin.", {"jean-martin"}),
    ("fr", "« Nous sommes déçus », a réagi sur Facebook Jean Martin.", {"jean-martin"}),
    # a medium whose name opens with a number, then a given name alone or a full name
    ("fr", "« J'ai mis une heure », raconte à 20 Minutes Manon, 23 ans, étudiante.",
     {"manon"}),
    ("fr", "« Nous sommes déçus », a confié à 24 Heures Jean Martin.", {"jean-martin"}),
    ("fr", ("Après une dispute sur les comptes de leur entreprise, Haddad & Ollivier "
            "Plomberie, il a saisi un couteau."), set()),
    ("fr", "Le devis de Martin Menuiserie a été accepté.", set()),
    # a work's quoted title, which may go on after the capitalised words
    ("en", "She finished with her hit \"Long Way Home\" as women sang along.", set()),
    ("fr", ("Une série, provisoirement intitulée « Shannon Goes to Washington », est en "
            "tournage."), set()),
    ("en", "The show, the game show \"Kitchen Wars\", returns.", set()),
])
def test_names_of_the_sixth_session(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


def test_the_title_words_before_a_registry_name_are_no_person() -> None:
    registry = Registry(people={p.id: p for p in (
        person("teresa-alvarado", "Teresa Alvarado", gender="f"),
        person("gordon-hale", "Gordon Hale", gender="m"),
    )})
    for lang, text in (
        ("en", "House Speaker Gordon Hale and Minority Leader Teresa Alvarado met for hours."),
        ("fr", "Le président Gordon Hale et la Cheffe Minoritaire Teresa Alvarado ont parlé."),
    ):
        assert people_of(run(text, lang, registry=registry)) == {"gordon-hale", "teresa-alvarado"}


@pytest.mark.parametrize("lang, text, names", [
    # a given name that is also a place, right after possessed kin: a person, with the
    # owner's surname
    ("en", "Graham Kettle kicks at the dirt. His wife Lorraine keeps the spreadsheet.",
     ["Graham Kettle", "Lorraine Kettle"]),
    ("fr", "Sa fille Florence est venue le chercher.", ["Florence"]),
    # a known given name right after possessed kin, with no other cue: a person
    ("en", ('Her grandson Jamie had driven her down that morning. "She said she would take '
            'the bus," he laughed.'), ["Jamie"]),
    ("fr", "Son petit-fils Lucas l'avait conduite jusqu'au stade ce matin-là.", ["Lucas"]),
    # kin of somebody the complement names, then a given name in apposition
    ("fr", "Dans les tribunes, la mère du Français, Sophie, n'a pas pu retenir ses larmes.",
     ["Sophie"]),
    ("fr", "La compagne du vainqueur, Justine, et ses parents attendaient.", ["Justine"]),
    # an age in an indefinite apposition
    ("fr", "Karine, une Lyonnaise de 41 ans, est moins sereine.", ["Karine"]),
    # a first name the press changed, said so in brackets
    ("fr", ("Sandrine (le prénom a été modifié), infirmière depuis dix-neuf ans, ne cache pas sa "
            "colère."), ["Sandrine"]),
    ("en", "Maria (not her real name), a nurse for nineteen years, is angry.", ["Maria"]),
    # or in apposition after it
    ("en", ('Her granddaughter, Sofia, 17, said her grandmother had left early.\n\n"She was '
            'tired," Sofia said.'), ["Sofia"]),
    ("fr", "Sa petite-fille, Florence, 17 ans, l'attendait. « Elle était fatiguée », dit Florence.",
     ["Florence"]),
    # « X, c'est son frère »: possessed kin after « c'est »
    ("fr", "« C'est grâce à Matthieu. » Matthieu, c'est son frère aîné.", ["Matthieu"]),
    # given names of more traditions
    ("fr", "Anders Bergqvist n'a rien dit, mais sa fille cadette, Lova, l'a fait pour lui.",
     ["Anders Bergqvist", "Lova"]),
    ("en", "Lauren Pike, whose son Alfie has spent months on the ward, smiled.",
     ["Lauren Pike", "Alfie"]),
    ("en", "Among the survivors was Abdi, a 23-year-old from Somalia who asked.", ["Abdi"]),
])
def test_more_lone_given_names_of_the_sixth_session(
        lang: str, text: str, names: list[str]) -> None:
    assert sorted(p.name for p in run(text, lang, EMPTY).discovered) == sorted(names)


@pytest.mark.parametrize("lang, text", [
    # a place without kin before it stays a place
    ("en", "They moved to Lorraine last year, his wife said."),
    ("fr", "Il a visité Florence, la ville des artistes."),
    # « X, c'est une femme qui »: a character described, not possessed kin
    ("fr", "« Thaïs, c'est une femme qui change de vie en une nuit. »"),
])
def test_no_lone_given_name_of_the_sixth_session_without_kin(lang: str, text: str) -> None:
    assert not run(text, lang, EMPTY).discovered


@pytest.mark.parametrize("lang, text, expected", [
    # a quoted nickname after « dit » in apposition, « surnommé », « on l'appelle », "dubbed"
    ("fr", "Le Sévillan Andrés Romero, dit « el Niño de la Vega », toréera dimanche.",
     {"andres-romero"}),
    ("fr", "Au Virage Sud, on l'appelle désormais « Ilyès Valises ».", set()),
    ("en", "The striker, dubbed \"Marco Polo\" by the fans, scored twice.", set()),
    # ... but words quoted after « a dit » are no nickname
    ("fr", "Il a dit « Marie Dupont » sans hésiter.", {"marie-dupont"}),
    # an article right before a quotation that is all a run: a thing (a hymn, a ship)
    ("fr", "On y a chanté l'« Ave Maria de Lourdes », avec ferveur.", set()),
    # a famous one-word name followed by a prize's category is the prize
    ("fr", "Élise Vandamme, Magritte de la meilleure actrice, a été entendue.",
     {"elise-vandamme"}),
    ("en", "Jane Porter, a Goya for best actress, spoke.", {"jane-porter"}),
    ("fr", "Il aime citer Magritte dans ses cours.", {"magritte"}),
])
def test_nicknames_hymns_and_prizes_are_no_people(
        lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("text, expected", [
    # "Mr." picks the man of two people sharing a surname, "Ms." the woman
    (("Her daughter, Angela Tate Morris, spoke first. Her grandson Jordan Morris spoke next. "
      "\"She called me at seven,\" said Mr. Morris."), "jordan-morris"),
    (("Her daughter, Angela Tate Morris, spoke first. Her grandson Jordan Morris spoke next. "
      "\"She called me at seven,\" said Ms. Morris."), "angela-tate-morris"),
])
def test_a_gendered_honorific_picks_the_bearer_of_a_shared_surname(text: str,
                                                                   expected: str) -> None:
    result = run(text, "en", registry=EMPTY)
    assert [m.person for m in result.mentions][-1] == expected


@pytest.mark.parametrize("text, expected", [
    # Quebec's « Dre » (docteure) is a title, not a word of the name, and tells a woman
    ("La Dre Catherine Dufour-Gingras ne cache pas son épuisement.",
     [("catherine-dufour-gingras", "Catherine Dufour-Gingras")]),
    ("Julie Gagnon et son mari, Marc Gagnon, sont médecins. « C'est grave », a dit la Dre Gagnon.",
     [("julie-gagnon", "Julie Gagnon"), ("marc-gagnon", "Marc Gagnon"),
      ("julie-gagnon", "Gagnon")]),
])
def test_quebec_s_dre_is_a_woman_s_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.person, m.text) for m in run(text, "fr", registry=EMPTY).mentions] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a name of unknown words whose surname the article writes after an honorific elsewhere
    ("en", "The phone rang and Jalen Whitaker put it on speaker. Later, Mr. Whitaker left.",
     [("jalen-whitaker", "Jalen Whitaker"), ("jalen-whitaker", "Whitaker")]),
    ("fr", "Le sommet a été ouvert par Akossiwa Dzidzoli lundi. Mme Dzidzoli a conclu.",
     [("akossiwa-dzidzoli", "Akossiwa Dzidzoli"), ("akossiwa-dzidzoli", "Dzidzoli")]),
    # not a place's name, nor after a title that is no honorific
    ("en", "He flew to Grand Bahama on Monday. Captain Bahama was a ship.", []),
])
def test_a_surname_after_an_honorific_elsewhere_makes_a_name(
        lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.person, m.text) for m in run(text, lang, registry=EMPTY).mentions] == expected


def test_a_nurses_title_and_a_surname_name_the_registry_person() -> None:
    # "Sister Okonjo": a ward sister (or a nun) by the title and her surname
    registry = Registry(people={"grace-okonjo": Person(
        id="grace-okonjo", name="Grace Okonjo", gender="f")})
    result = run('"She wanted to know about the night shifts," Sister Okonjo said.', "en",
                 registry=registry)
    assert people_of(result) == {"grace-okonjo"}


def _surname_owners(text: str, surname: str) -> list[str]:
    """Who each standalone use of ``surname`` names, in order (nothing for an ambiguous one)."""
    return [m.person for m in run(text, registry=Registry()).mentions if m.text == surname]


def test_namesakes_said_to_be_unrelated_the_one_named_last_is_meant() -> None:
    text = ("The minister, Conor Whelan, did not attend.\n\nMr Whelan said no.\n\n"
            "Fergal Whelan – no relation to the minister – speaks for the landlords.\n\n"
            "Mr Whelan said yes.")
    assert _surname_owners(text, "Whelan") == ["conor-whelan", "fergal-whelan"]
    # without the words saying so, a family: the main one, or nobody
    text = text.replace(" – no relation to the minister –", "")
    assert _surname_owners(text, "Whelan")[-1:] != ["fergal-whelan"]
    # "bore no relation to" is an idiom, not namesakes; an honorific keeps to its gender
    text = ("Bernadette Corrigan chairs the group. Corrigan spoke first.\n\nHer daughter, "
            "Aoife Corrigan, said the offer bore no relation to what they lost.\n\n"
            "Corrigan, who chairs the group, said no.")
    assert _surname_owners(text, "Corrigan")[-1:] != ["aoife-corrigan"]
    text = ("John Okafor, 44, and his son Chidi Okafor, 12, died in the fire.\n\n"
            "Mrs Okafor, who escaped with burns, said she had lost everything.")
    assert _surname_owners(text, "Okafor") == []


@pytest.mark.parametrize("lang, text, expected", [
    # kin after a name no list knows makes it a person's: only a person has a wife
    ("fr", "Un peu plus loin, Konan Yao et son épouse étaient venus ensemble.", ["Konan Yao"]),
    ("en", "Nearby, Dilip Nath and his wife sat on a heap of tin sheets.", ["Dilip Nath"]),
])
def test_kin_after_an_unknown_name_is_a_cue(lang: str, text: str, expected: list[str]) -> None:
    assert [m.text for m in run(text, lang, EMPTY).mentions] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an English demonym before a name needs a given name after it
    ("en", "The Israeli Defence Forces said the Cuban Missile Crisis was long.", []),
    # a plain « de » before an office's place, not before a person's given name
    ("en", "The lawyer of Austin Kelly-Smith said so.", ["Austin Kelly-Smith"]),
    ("fr", "L'avocat de Charlotte Dubois-Martin a parlé.", ["Charlotte Dubois-Martin"]),
    ("fr", "Le conseiller de Recep Tayyip Erdogan a parlé.", ["Recep Tayyip Erdogan"]),
    # a lowercase organisation head before two given names keeps them apart
    ("fr", "L'université Pierre et Marie Curie a ouvert ses portes.", ["Marie Curie"]),
])
def test_the_sessions_rules_do_not_over_fire(lang: str, text: str, expected: list[str]) -> None:
    assert [m.text for m in run(text, lang, EMPTY).mentions] == expected


@pytest.mark.parametrize("text, surname, expected", [
    # a surname shared with a relative named as such stays unresolved ("Tom Baker's wife,
    # Sarah Baker, who is accused …, Baker denies": the relative may be the one spoken of)
    (("Tom Baker died in May. His wife, Sarah Baker, is accused of poisoning him. Baker "
      "denies murder."), "Baker", []),
    # a gendered honorific picks the bearer of a hyphenated surname too
    (("The memo came from Nathan Ashby-Kerr. Mr. Ashby-Kerr founded Corvane with his sister, "
     "Claire Ashby-Kerr. Ms. Ashby-Kerr wrote that it was sad."), "Ashby-Kerr",
     ["nathan-ashby-kerr", "claire-ashby-kerr"]),
    # Irish patronymics are part of the surname
    ("Aoife Ní Dhubhghaill wrote it. Later, Ní Dhubhghaill spoke.", "Ní Dhubhghaill",
     ["aoife-ni-dhubhghaill"]),
    ("Róisín Mac Aodha wrote it. Later, Ms Mac Aodha spoke.", "Mac Aodha",
     ["roisin-mac-aodha"]),
    # a given name of two syllables after the family name ("Moon Jae-in", Hong Kong's
    # "Veronica Tse Wai-man"): the family name stands for the person
    ("Principal Magistrate Veronica Tse Wai-man spoke. Later, Tse said more.", "Tse",
     ["veronica-tse-wai-man"]),
    ("President Moon Jae-in spoke. Later, Moon said more.", "Moon", ["moon-jae-in"]),
])
def test_who_a_shared_or_compound_surname_names(text: str, surname: str,
                                                expected: list[str]) -> None:
    assert _surname_owners(text, surname) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name no list knows is a person's when an age follows it in apposition
    ("Ravi Chacko spoke. Sreeja, a 42-year-old fish vendor, said the pension had helped.",
     ["ravi-chacko", "sreeja"]),
    ("Ravi Chacko spoke. Sreeja, 42, a fish vendor, said the pension had helped.",
     ["ravi-chacko", "sreeja"]),
    # not a noun after an article or a preposition, nor another name given to somebody
    ("Ravi Chacko spoke. The Welshman, 29, trailed.", ["ravi-chacko"]),
    ("Paul Girard est venu. Le maire de Valcourt, 44 ans, incarne l'aile libérale.",
     ["paul-girard"]),
    (("Anthony Lemaire, plus connu sous le nom de Zéphyr, est venu. Zéphyr, 29 ans, est "
     "ressorti blême."), ["anthony-lemaire"]),
    # a club's name after its acronym
    ("Paul Girard est venu. L'ancien président du RFC Sambreville, 66 ans, est poursuivi.",
     ["paul-girard"]),
    # after a person's verb, the lowercase word before is no article nor preposition
    ("Paul Girard est venu. « J'ai voté », confie Nirina, 31 ans, vendeuse de légumes.",
     ["nirina", "paul-girard"]),
    ("Paul Girard est venu. « J'ai voté », explique Tiavina, 31 ans, vendeuse de légumes.",
     ["paul-girard", "tiavina"]),
    # when the age is closed by its comma: « 80 ans après » is no age
    ("Paul Girard est venu. « Le silence est revenu », raconte Oradour, 80 ans après le drame.",
     ["paul-girard"]),
])
def test_an_unknown_given_name_with_an_age(text: str, expected: list[str]) -> None:
    lang = "fr" if " est " in text else "en"
    assert sorted(people_of(run(text, lang, registry=Registry()))) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a firm named after its founder, after a noun for a firm (and an adjective): not him
    (("L'usine a été inaugurée par le fondateur, Henri Orvane. Le constructeur automobile "
     "Orvane a confirmé la fermeture."), "fr", ["Henri Orvane"]),
    ("The plant was opened by its founder, Henri Orvane. The carmaker Orvane confirmed it.",
     "en", ["Henri Orvane"]),
    # a trade joined by a hyphen is no firm's noun: "film-maker Ffion Llewellyn"
    ("Anna Llewellyn made the film. The film-maker Llewellyn spoke after.", "en",
     ["Anna Llewellyn", "Llewellyn"]),
])
def test_a_firm_named_after_a_person(text: str, lang: str, expected: list[str]) -> None:
    assert [m.text for m in run(text, lang, registry=Registry()).mentions] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a role noun between the firm's noun and the name: a person ("the bank manager")
    ("The bank manager Sreeja Nair called the police. Nair said she had no choice.", "en",
     ["sreeja-nair"]),
    # a demonym after an elided article, a number after a club: no person
    ("Paul Girard est venu. L'Angevin, 31 ans, a signé pour trois ans.", "fr",
     ["paul-girard"]),
    ("Ravi Chacko spoke. Arsenal, 45, lead the table.", "en", ["ravi-chacko"]),
    # "Constable" is a surname too
    ("The gallery shows paintings by John Constable.", "en", ["john-constable"]),
])
def test_the_review_over_firings_mended(text: str, lang: str, expected: list[str]) -> None:
    assert sorted(people_of(run(text, lang, registry=Registry()))) == expected


@pytest.mark.parametrize("text, expected", [
    # the middle word of a registry name of three stands alone for the person
    (("Lilian Jebet Tanui won in Hamburg. Her husband, Kevin Tanui, paced her. \"I had lost "
      'hope," Jebet said.'), [("Jebet", "lilian-jebet-tanui")]),
    # not a given name a list knows: "Joe" is no short name of John Joe Cremin
    ("John Joe Cremin won. Joe Bloggs lost.", []),
])
def test_the_middle_name_of_a_registry_name_of_three(text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    registry = Registry(people={p.id: p for p in (
        Person(id="lilian-jebet-tanui", name="Lilian Jebet Tanui", gender="f"),
        Person(id="john-joe-cremin", name="John Joe Cremin", gender="m"))})
    result = run(text, "en", registry=registry)
    assert [(m.text, m.person) for m in result.mentions
            if " " not in m.text and m.text in ("Jebet", "Joe")] == expected


@pytest.mark.parametrize("text, word, expected", [
    # a middle name never takes a word another person of the article bears, nor a place's
    (("Ketanji Brown Jackson heard the case. Senator Sherrod Brown spoke. \"It is wrong,\" "
      "Brown said."), "Brown", "sherrod-brown"),
    ("George Washington Carver studied peanuts. Washington later banned them.", "Washington",
     None),
])
def test_a_middle_name_yields_to_names_and_places(text: str, word: str,
                                                  expected: str | None) -> None:
    registry = Registry(people={p.id: p for p in (
        Person(id="ketanji-brown-jackson", name="Ketanji Brown Jackson", gender="f"),
        Person(id="george-washington-carver", name="George Washington Carver", gender="m"))})
    found = [m.person for m in run(text, "en", registry=registry).mentions if m.text == word]
    assert (found[-1] if found else None) == expected



@pytest.mark.parametrize("text, expected", [
    # "Mr Kostopoulos" beside Maria Kostopoulos and Tony (a given name no list knows): him
    (('Tony and Maria Kostopoulos have lived there since 2019. Maria Kostopoulos heard it. '
      '"We ran," Mr Kostopoulos said.'), "tony-kostopoulos"),
    # "Mrs MacLeod" beside Donald MacLeod alone: not him (his wife, whom the text names so)
    ('Donald MacLeod runs the hotel. "His wife was blunter," Mrs MacLeod said.', None),
    # a given name's list may be wrong for the language: the registry's gender decides
    ('Jean MacLeod and her son were evacuated. "We ran," Mrs MacLeod said.', "jean-macleod"),
])
def test_a_gendered_honorific_and_a_shared_surname(text: str, expected: str | None) -> None:
    registry = Registry(people={p.id: p for p in (
        Person(id="maria-kostopoulos", name="Maria Kostopoulos", gender="f"),
        Person(id="donald-macleod", name="Donald MacLeod", gender="m"),
        Person(id="jean-macleod", name="Jean MacLeod"))})
    if "Jean" in text:
        registry = Registry(people={"jean-macleod": registry.people["jean-macleod"]})
    result = run(text, "en", registry=registry)
    last = [m for m in result.mentions if m.text in ("Kostopoulos", "MacLeod")]
    assert (last[-1].person if last else None) == expected


def test_welsh_given_names() -> None:
    # a Welsh given name is a given name: "referee Aled Morgan-Thomas", "after Dafydd Hughes"
    text = ('"That is deliberate," referee Aled Morgan-Thomas told the lock. He started after '
            "Dafydd Hughes failed the protocols.")
    assert people_of(run(text, "en", registry=EMPTY)) == {"aled-morgan-thomas", "dafydd-hughes"}


def test_premier_is_no_title() -> None:
    # "Premier Lotteries Ireland apologised": a firm, as "Premier" opens many
    text = "Premier Lotteries Ireland apologised for the glitch on Sunday."
    assert people_of(run(text, "en", registry=EMPTY)) == set()


def test_a_stressed_pronoun_after_a_shared_surname_tells_its_bearer() -> None:
    # « Ravel, lui, refuse … » beside Sophie Ravel: the man
    registry = Registry(people={p.id: p for p in (
        Person(id="jean-ravel", name="Jean Ravel", gender="m"),
        Person(id="sophie-ravel", name="Sophie Ravel", gender="f"))})
    text = ("Jean Ravel a été retrouvé. Sophie Ravel l'attendait.\n\nRavel, lui, refuse le mot. "
            "Ravel, elle, pleure.")
    found = [(m.text, m.person) for m in run(text, "fr", registry=registry).mentions
             if m.text == "Ravel"]
    assert found == [("Ravel", "jean-ravel"), ("Ravel", "sophie-ravel")]


def test_a_possessive_after_a_shared_surname_tells_its_bearer() -> None:
    # "Achterberg ended his day" beside Mara Achterberg, named last: the man (their given
    # names tell their genders); no gender from a possessive before "for"
    registry = Registry(people={p.id: p for p in (
        Person(id="mark-achterberg", name="Mark Achterberg"),
        Person(id="mara-achterberg", name="Mara Achterberg"))})
    text = ("Chief executive Mark Achterberg co-founded the company with his sister, Mara "
            "Achterberg.\n\nMara Achterberg wrote to staff.\n\nAchterberg ended his day with "
            "a post on X. Achterberg thanked her for the work.")
    found = [(m.text, m.person) for m in run(text, "en", registry=registry).mentions
             if m.text == "Achterberg"]
    assert found[0] == ("Achterberg", "mark-achterberg")
    assert found[1:] in ([], [("Achterberg", "mara-achterberg")])


@pytest.mark.parametrize("text, expected", [
    # a title opens a person's name even after a noun for a body ("the former regulator")
    ("The review was led by the former regulator Prof Helen Armitage.", {"helen-armitage"}),
    # without one, a firm's name
    ("The ferry operator Hebridean Link said no.", set()),
])
def test_a_title_after_a_noun_for_a_body(text: str, expected: set[str]) -> None:
    assert people_of(run(text, "en", registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, name", [
    # a given name and the initial of a withheld surname: a person, the period in the name
    ("fr", "« On n'a rien vu venir », confie Mehdi K., 24 ans, un habitant du quartier.",
     "Mehdi K."),
    ("fr", "Selon Julie D., la victime, l'homme portait une cagoule.", "Julie D."),
    ("en", "The court heard that Jane D. had been followed home.", "Jane D."),
])
def test_a_given_name_and_a_withheld_surname(lang: str, text: str, name: str) -> None:
    assert name in discovered_names(run(text, lang, registry=EMPTY))


def test_a_withheld_surname_the_article_gives_in_full_is_that_person() -> None:
    # « Saïda K. – Saïda Kherbouche à l'état civil – »: one person, not two
    text = ("Dans un café, Saïda K. – Saïda Kherbouche à l'état civil – a la tête de quelqu'un "
            "qui n'a pas dormi. Saïda y raconte les nuits de garde.")
    assert people_of(run(text, "fr", registry=EMPTY)) == {"saida-kherbouche"}
    text = "Saïda Kherbouche (Saïda K.) a parlé. « C'est le cas », dit Saïda K."
    assert people_of(run(text, "fr", registry=EMPTY)) == {"saida-kherbouche"}
    # two people the initial could stand for: no guess
    text = ("Saïda K. est venue avec Saïda Kherbouche et Saïda Kaci, ses cousines.")
    assert "saida-k" in people_of(run(text, "fr", registry=EMPTY))
    # not written side by side: the initial hides somebody else
    text = ("La victime, Sophie L., a été agressée par son voisin. L'avocate de la famille, "
            "Sophie Lanier, dénonce « une enquête bâclée ».")
    assert people_of(run(text, "fr", registry=EMPTY)) == {"sophie-l", "sophie-lanier"}


@pytest.mark.parametrize("lang, text", [
    # the initial of a middle name, or one before a new sentence: no withheld surname
    ("en", "Harry S. Truman was mentioned by the speaker."),
    ("en", "The prize went to Kevin M. The jury was divided."),
    # no known given name; no period after the letter; a letter after a period
    ("en", "The Plan B. proposal was dropped by the council."),
    ("fr", "Le groupe Louise X a joué samedi soir."),
    ("en", "Mary J. Blige and Mary J.. were confused."),
])
def test_no_withheld_surname(lang: str, text: str) -> None:
    names = discovered_names(run(text, lang, registry=EMPTY))
    assert not any(len(n.split()) == 2 and n.endswith(".") for n in names), names


def test_given_genders_from_the_registers_and_the_hand_made_lists() -> None:
    from builder.annotate.lang import people_genders, quotes_en, quotes_fr

    genders = people_genders.given_genders()
    assert genders["gwendolyn"] == "f" and genders["reginald"] == "m"  # the registers
    assert genders["ngozi"] == "f"  # a hand-made list only
    for both in ("camille", "dominique", "claude", "leslie", "taylor", "morgan"):
        assert both not in genders  # given to both sexes (or to one in each country)
    hand_both = (quotes_en.FEMININE_GIVEN_NAMES | quotes_fr.FEMININE_GIVEN_NAMES) \
        & (quotes_en.MASCULINE_GIVEN_NAMES | quotes_fr.MASCULINE_GIVEN_NAMES)
    assert not hand_both & genders.keys()
    assert not people_genders.FEMININE_GIVEN_NAMES & people_genders.MASCULINE_GIVEN_NAMES


@pytest.mark.parametrize("lang, text, surname, expected", [
    # a Chinese name, family name first: the family name stands alone for the person
    ("en", "Xi Jinping spoke on Tuesday. \"China will open wider,\" Xi said.", "Xi",
     ["xi-jinping"]),
    ("fr", "Wang Yi a rencontré son homologue. « Le dialogue continue », a dit Wang.", "Wang",
     ["wang-yi"]),
    # a Korean given name of two syllables, the second of five letters
    ("en", "Opposition leader Lee Jae-myung called it illegal. Later, Lee said more.", "Lee",
     ["lee-jae-myung"]),
])
def test_a_family_name_written_first(lang: str, text: str, surname: str,
                                     expected: list[str]) -> None:
    result = run(text, lang, registry=EMPTY)
    assert [m.person for m in result.mentions if m.text == surname] == expected


def test_a_registry_name_written_family_name_first() -> None:
    registry = Registry(people={"xi-jinping": person("xi-jinping", "Xi Jinping")})
    result = run("Xi Jinping arrived. The talks were cordial, Xi told reporters.", "en",
                 registry=registry)
    assert [(m.text, m.person) for m in result.mentions] == [
        ("Xi Jinping", "xi-jinping"), ("Xi", "xi-jinping")]


@pytest.mark.parametrize("lang, text", [
    # a Chinese family name before a word that is no pinyin, or a French article
    ("en", "The Sun Life building and the Fan Zone were closed on Monday."),
    ("fr", "Le Pen a parlé. Le Monde a publié la lettre."),
])
def test_no_family_name_first_without_a_pinyin_given_name(lang: str, text: str) -> None:
    names = discovered_names(run(text, lang, registry=EMPTY))
    assert not names & {"Sun Life", "Fan Zone", "Le Pen", "Le Monde"}, names


@pytest.mark.parametrize("lang, text, expected", [
    # a given name that also opens the names of things ("Christian Democrats"): a person's
    # right before a known surname, a registry person's included
    ("fr", "Enzo Marty a marqué. Son père, Christian Marty, était dans les tribunes.",
     {"Enzo Marty", "Christian Marty"}),
    ("fr", "Blanche Gardin a joué dimanche.", {"Blanche Gardin"}),
    ("en", "The Christian Democrats won. Christian Aid said it was worried.", set()),
    ("en", "The Christian Science Monitor reported it. The Emmy Awards came.", set()),
    # in French, where the adjective is « chrétien », before any surname; not a thing's name
    ("fr", "Le directeur de course, Christian Delvaux, a défendu le parcours.",
     {"Christian Delvaux"}),
    ("fr", "L'ONG Christian Aid a déclaré que tout allait bien.", set()),
    # and alone, with a person's cue, like any given name
    ("fr", "Christian, un riverain de 78 ans, résumait la soirée : « Je ne conduis plus. »",
     {"Christian"}),
    ("en", 'Christian, a retired teacher of 78, said: "I no longer drive."', set()),
])
def test_a_given_name_that_also_opens_names_of_things(lang: str, text: str,
                                                     expected: set[str]) -> None:
    assert discovered_names(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a given name and a person's role in apposition: a person's name, even when the first
    # word is a place's too ("Jordan") or the last a word of places' names ("Mills")
    ("en", "Frank Mills, a local councillor, said on Monday that the plan was wrong.",
     {"Frank Mills"}),
    ("en", "Jordan Pryce, a councillor for Ward 3, said on Monday that it was wrong.",
     {"Jordan Pryce"}),
    ("fr", "Jordan Pryce, conseiller municipal, a déclaré lundi que tout allait bien.",
     {"Jordan Pryce"}),
    # a comma before a new clause's subject is no apposition
    ("fr", ("Interrogée mercredi soir sur France Inter, la ministre a aussi confirmé que la "
            "France financerait « à hauteur de 30 % » le module."), set()),
])
def test_a_given_name_and_a_role_in_apposition(lang: str, text: str,
                                               expected: set[str]) -> None:
    assert discovered_names(run(text, lang, registry=EMPTY)) == expected


def test_a_vietnamese_name_family_name_first() -> None:
    # three one-syllable words opening with a Vietnamese family name: the whole name (not
    # "Thi Hoa"), and the given name alone, the last word, is the same person
    result = run("Tran Thi Hoa runs a noodle stall in Hanoi. \"We cannot pay,\" Hoa said. "
                 "Pham Minh Chinh visited.", "en", registry=EMPTY)
    assert discovered_names(result) == {"Tran Thi Hoa", "Pham Minh Chinh"}
    assert {m.text for m in result.mentions if m.person == "tran-thi-hoa"} == {
        "Tran Thi Hoa", "Hoa"}


@pytest.mark.parametrize("text, expected", [
    # the verb of an attribution after a quotation, then a few words, then a name: a
    # speaker's, even when the given name is a place's too
    ("« Nous reconstruirons », a déclaré lundi Florence Parly.", {"Florence Parly"}),
    ("« C'est fini », a expliqué lundi soir Jordan Bardella.", {"Jordan Bardella"}),
    # not a preposition's object
    ("« C'est fini », a assuré sur France Bleu le haut fonctionnaire.", set()),
])
def test_a_name_after_an_inverted_attribution(text: str, expected: set[str]) -> None:
    assert discovered_names(run(text, "fr", registry=EMPTY)) == expected


@pytest.mark.parametrize("text, name", [
    # an elided particle inside a name: one name, and the surname alone is the same person
    ("Jean d'Ormesson a déclaré lundi que le projet était mal ficelé.", "Jean d'Ormesson"),
    ("Selon Pierre-Emmanuel d’Arcy, le projet est mal ficelé.", "Pierre-Emmanuel d’Arcy"),
])
def test_a_name_with_an_elided_particle(text: str, name: str) -> None:
    assert discovered_names(run(text, "fr", registry=EMPTY)) == {name}


@pytest.mark.parametrize("lang, text, expected", [
    # a month or a feast that is a given name opens a speaker's name or one with a known
    # surname; not a holiday's
    ("fr", "Noël Mamère a déclaré lundi que le projet était mal ficelé.", {"Noël Mamère"}),
    ("en", "June Carver said on Monday that the plan was wrong.", {"June Carver"}),
    ("en", "The parade runs through Easter Monday and May Day.", set()),
    ("en", "Easter Rising veterans said they were proud.", set()),
])
def test_a_given_name_that_is_a_month_or_a_feast(lang: str, text: str,
                                                 expected: set[str]) -> None:
    assert discovered_names(run(text, lang, registry=EMPTY)) == expected


def test_a_given_name_and_a_trade_in_apposition() -> None:
    # the nouns for people of the quotation stage are appositions too: « Nino, voiturier »
    text = "Sur le trottoir, Nino, voiturier du palace depuis onze ans, a trouvé la scène bizarre."
    assert discovered_names(run(text, "fr", registry=EMPTY)) == {"Nino"}


@pytest.mark.parametrize("lang, text, name", [
    # a child or a sibling named by rank, possessed, before a given name: a person
    ("en", "Crystal Haney leads the group. Her oldest, Madison, does not see it that way.",
     "Madison"),
    ("fr", "Claire Morel dirige l'association. Son aîné, Lucas, ne partage pas son avis.",
     "Lucas"),
])
def test_a_child_named_by_rank(lang: str, text: str, name: str) -> None:
    assert name in discovered_names(run(text, lang, registry=EMPTY))


@pytest.mark.parametrize("name", [
    # Latin letters beyond Latin-1 fold to their base letter: the registers know the names
    "Ayşe Kaya", "Łukasz Zieliński", "Tomáš Dvořák", "Oğuz Şahin",
    # and the registers know more given names of the world
    "Eilidh MacLean", "Anneke de Vries", "Rasmus Holm", "Sakura Tanaka", "Min-jun Kim",
])
def test_names_of_the_world_without_a_cue(name: str) -> None:
    assert discovered_names(run(f"Prosecutors accused {name} of fraud.", "en",
                                registry=EMPTY)) == {name}


def test_flat_keeps_the_length() -> None:
    for text in ("Ayşe Kaya", "Łukasz", "Trần Thị Hoa", "Ħal Far", "İstanbul", "Œuvre"):
        assert len(people_mod._flat(text)) == len(text)
    assert people_mod._flat("Łukasz Dvořák") == "lukasz dvorak"


def test_a_vietnamese_name_after_a_medium_preposition() -> None:
    # « à » may open a medium (« sur France Inter Jean Martin »), not before a whole name
    text = "Le prix a été remis à Nguyen Thi Lan, qui enseigne depuis 2004."
    assert discovered_names(run(text, "fr", registry=EMPTY)) == {"Nguyen Thi Lan"}


@pytest.mark.parametrize("text, expected", [
    # a title that is also a given name, one word, then a person's cue: a given name
    ("Dean Harper, 34, denies murder.", {"Dean Harper"}),
    ("Dean Mullally said the plan was wrong.", {"Dean Mullally"}),
    # after an article, a title ("the Dean" of a college)
    ("The Dean Martin tribute show opened on Friday, organisers said.", set()),
])
def test_a_title_that_is_also_a_given_name(text: str, expected: set[str]) -> None:
    assert discovered_names(run(text, "en", registry=EMPTY)) == expected


@pytest.mark.parametrize("text, expected", [
    # initials with their full stops before a known surname or a person's cue
    ("J.D. Vance said the plan was wrong. Vance added that it was late.", {"J.D. Vance"}),
    ("J. K. Rowling said nothing.", {"J. K. Rowling"}),
    # one initial, as Indian and Tamil papers write a given name, before a person's cue
    ('"We are wading through water," said S. Meenakshi, a homemaker.', {"S. Meenakshi"}),
    # not a place's initials after an article
    ("It is the fourth sawmill in the B.C. Interior to close.", set()),
])
def test_a_name_of_initials(text: str, expected: set[str]) -> None:
    result = run(text, "en", registry=EMPTY)
    assert discovered_names(result) == expected
    assert all(p.id != "vance" for p in result.discovered)  # (jd-vance)


_KIN_SEED_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from conftest import ROOT
from test_people import run, EMPTY, discovered_names
text = ("Ana Mulvey and Tom Mulvey have run the farm since 1990.\\n\\n"
        "Mulvey's son, Luke, took over in May.")
print(sorted(discovered_names(run(text, "en", registry=EMPTY))))
"""


def test_kin_of_a_surname_two_people_share_does_not_depend_on_the_hash_seed() -> None:
    # two owners of the surname, a woman and a man: the kin's surname was decided by the
    # order of a set (PYTHONHASHSEED); now the same on every seed
    import os
    import subprocess
    import sys
    script = _KIN_SEED_SCRIPT.format(tests=str(ROOT / "tests"))
    outputs = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, check=True, cwd=ROOT)
        outputs.add(done.stdout.strip())
    assert outputs == {"['Ana Mulvey', 'Luke Mulvey', 'Tom Mulvey']"}


@pytest.mark.parametrize("text, expected", [
    # a review of the session's rules: no person in these
    ("U.S. Steel said on Monday it would cut 1,000 jobs.", set()),
    ("A German Shepherd attacked a postman on Monday, police said.", set()),
    # "Major Harper" is Tom Harper, named before with the title
    ("Major Tom Harper leads the unit.\n\n\"We are ready,\" Major Harper said.", {"Tom Harper"}),
])
def test_names_the_new_rules_leave_alone(text: str, expected: set[str]) -> None:
    assert discovered_names(run(text, "en", registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, name", [
    # a man who gives only a first name, as the article reports it
    ("en", "A man who identified himself only as Mike said he had slept in his car.", "Mike"),
    ("fr", "Un homme, qui se présente comme Karim, dort dans sa voiture.", "Karim"),
])
def test_a_first_name_a_person_gives_for_themself(lang: str, text: str, name: str) -> None:
    assert name in discovered_names(run(text, lang, registry=EMPTY))


@pytest.mark.parametrize("text, not_a_person", [
    # a party before a member's letters after "the" is a role, not a name with letters
    ('"No," the Fianna Fáil TD said on Tuesday.', "Fianna Fáil"),
    # a ministry's name in a list with commas
    ("The Department for Environment, Food and Rural Affairs said it would act.",
     "Rural Affairs"),
])
def test_bodies_written_like_names_are_no_people(text: str, not_a_person: str) -> None:
    assert not_a_person not in discovered_names(run(text, "en", registry=EMPTY))


def test_letters_after_a_name_still_make_a_person() -> None:
    assert "Conor Dalton" in discovered_names(
        run("Conor Dalton SC, for the accused, said the case was weak.", "en", registry=EMPTY))


@pytest.mark.parametrize("lang, text, name", [
    # a possessive after a body's name ends it before a given name, as after a person's
    ("en", "The second moderator, Nevada Public Radio's Omar Haddad, put the question.",
     "Omar Haddad"),
    ("en", "The Chronicle's Omar Haddad asked a question.", "Omar Haddad"),
    # an adverb of time before an apposition of a lone given name
    ("en", "Kevin, now a farmer west of town, remembers being allowed to keep playing.", "Kevin"),
    ("fr", "Inès, aujourd'hui infirmière à Lyon, se souvient de ses cours.", "Inès"),
    # familiar forms of given names
    ("en", "Becca, now a nurse in Wichita, remembers the month.", "Becca"),
])
def test_names_after_a_body_s_possessive_and_before_a_time_apposition(
        lang: str, text: str, name: str) -> None:
    assert name in discovered_names(run(text, lang, registry=EMPTY))


def test_a_county_named_after_a_person_stays_a_place() -> None:
    assert discovered_names(run("Prince George's County Council met on Monday.", "en",
                                registry=EMPTY)) == set()


@pytest.mark.parametrize("lang, text, name", [
    # a given name right after a quotation and its verb attributes the words: a person's
    ("fr", ("Son fils a fait de l'aventure un récit. « Maman, on a été sauvés ! » répétait Léo "
            "lundi matin sur le quai."), "Léo"),
    ("en", '"She never once made it a big deal," said Hannah, smiling.', "Hannah"),
])
def test_a_given_name_attributing_a_quotation_is_a_person(lang: str, text: str,
                                                          name: str) -> None:
    assert name in discovered_names(run(text, lang, registry=EMPTY))


def test_a_place_after_a_quotation_and_a_preposition_is_no_person() -> None:
    text = 'Sri Lanka would "go again" in Kandy, where the deciding Test begins.'
    assert discovered_names(run(text, "en", registry=EMPTY)) == set()


@pytest.mark.parametrize("lang, text", [
    # a given name joined to possessed kin and a chosen given name
    ("fr", "Manon et sa cousine Laura, elles, étaient rentrées un peu plus tôt."),
    ("en", "Manon and her cousin Laura, who live in Nîmes, had gone home earlier."),
])
def test_a_given_name_joined_to_kin_with_a_name(lang: str, text: str) -> None:
    assert {"Manon", "Laura"} <= discovered_names(run(text, lang, registry=EMPTY))


def test_an_unknown_given_name_named_once_with_kin_is_that_person_everywhere() -> None:
    text = ("Siobhán and her partner Darragh, both in their twenties, came up from Naas.\n\n"
            '"A place where we can put up a picture," Darragh added.')
    result = run(text, "en", registry=EMPTY)
    assert [m.text for m in result.mentions if m.person == "darragh"] == ["Darragh", "Darragh"]


@pytest.mark.parametrize("text, place, person", [
    # « Val » before an elided « d' » opens a place, « Jean » a person
    (("Le président de la commune de Val d'Arvèche, Valentin Rossier, a parlé. Jean d'Ormesson "
      "écrivait."), "Val d'Arvèche", "Jean d'Ormesson"),
])
def test_val_before_an_elided_particle_is_a_place(text: str, place: str, person: str) -> None:
    names = discovered_names(run(text, "fr", registry=EMPTY))
    assert place not in names and person in names


def test_a_middle_name_written_in_full_is_the_registry_person() -> None:
    registry = Registry(people={"roland-pryor": person("roland-pryor", "Roland Pryor",
                                                       gender="m")})
    result = run("Roland Emery Pryor was born in 1937 in Mobile. Pryor took up the clarinet.",
                 "en", registry=registry)
    assert people_of(result) == {"roland-pryor"}
    assert discovered_names(result) == set()


def test_a_middle_name_needs_one_registry_person_with_both_names() -> None:
    registry = Registry(people={p.id: p for p in (
        person("roland-pryor", "Roland Pryor", gender="m"),
        person("roland-pryor-2", "Roland Pryor", gender="m"))})
    result = run("Roland Emery Pryor was born in 1937 in Mobile.", "en", registry=registry)
    assert "Roland Emery Pryor" in discovered_names(result)


@pytest.mark.parametrize("text, firm", [
    # a kind of organisation and an adjective before the name: the organisation's
    ("Le sponsor, la coopérative laitière Terres d'Armor, a salué la victoire.", "Terres d'Armor"),
    ("L'association caritative Terre Solidaire a distribué des repas.", "Terre Solidaire"),
])
def test_a_name_after_an_organisation_noun_and_an_adjective_is_the_organisation_s(
        text: str, firm: str) -> None:
    assert firm not in discovered_names(run(text, "fr", registry=EMPTY))


def test_a_gendered_honorific_is_not_the_other_gender_s_surname_bearer() -> None:
    # "Mrs MacLeod" beside Donald Angus MacLeod alone (discovered, a man's given name): his
    # wife, not him
    result = run("Donald Angus MacLeod has run the hotel for 22 years.\n\n\"Tell them to come "
                 'and run a hotel here for a winter," Mrs MacLeod said.', "en", registry=EMPTY)
    assert [m.text for m in result.mentions if m.person == "donald-angus-macleod"] == [
        "Donald Angus MacLeod"]


@pytest.mark.parametrize("text, name", [
    # a noun for a person (the quotation stage's lexicon) opens the sentence before a full
    # name whose given name is not in the lists: not part of the name
    ("The fire spread fast. Retiree Goh Swee Lan, 72, said she ate there daily.",
     "Goh Swee Lan"),
    ("The surge came in. Shrimper Trung Pham, who evacuated, was less sure.", "Trung Pham"),
])
def test_a_person_noun_opening_the_sentence_is_not_part_of_the_name(text: str,
                                                                    name: str) -> None:
    assert discovered_names(run(text, "en", registry=EMPTY)) == {name}


@pytest.mark.parametrize("text, names", [
    # a given name not in the lists: a role only a person holds, in apposition, then a
    # speech verb, make the name a person's
    ("Priyanka Sethi, the president of the union, said its council had voted.",
     {"Priyanka Sethi"}),
    ("Aroha Kerehoma, a local councillor, said the land was theirs.", {"Aroha Kerehoma"}),
    # a compound role ("deputy director general")
    ("Meseret Alemu, the authority's deputy director general, said it was a theft.",
     {"Meseret Alemu"}),
    # not without the speech verb, nor for a firm's noun
    ("Aroha Kerehoma, the president of the union, spoke first.", set()),
    ("Castellane Capital, a fund manager, said the deal was done.", set()),
])
def test_a_role_in_apposition_then_a_speech_verb_make_an_unknown_given_name_a_person(
        text: str, names: set[str]) -> None:
    assert discovered_names(run(text, "en", registry=EMPTY)) == names


def test_a_maori_family_name_with_te_is_one_surname() -> None:
    # "te" also written in lowercase ("te reo Māori") opens the sentence: the surname of
    # two words is still the registry person's
    registry = Registry(people={p.id: p for p in (
        person("hemi-te-rangituahua", "Hēmi Te Rangitūāhua", gender="m"),)})
    result = run('The chair Hēmi Te Rangitūāhua spoke first.\n\n"I hear it," she said in te '
                 "reo Māori.\n\nTe Rangitūāhua says the iwi plans to replant.", "en",
                 registry=registry)
    assert [m.text for m in result.mentions] == ["Hēmi Te Rangitūāhua", "Te Rangitūāhua"]


@pytest.mark.parametrize("lang, text, name", [
    # words said to the writer: only a person tells me, a given name standing alone
    ("fr", "Parce que ma fille me l'a demandé. Julie m'a dit un soir : « Papa, raconte. »",
     "Julie"),
    ("en", "My daughter asked for it. Julie told me one night that it was time.", "Julie"),
])
def test_a_given_name_that_told_me_is_a_person(lang: str, text: str, name: str) -> None:
    assert name in discovered_names(run(text, lang, registry=EMPTY))


@pytest.mark.parametrize("text, name", [
    # a place's name joined by an elided particle before a person's name: not part of it
    ("La sénatrice du Val-d'Oise Évelyne Marchand a salué le projet.", "Évelyne Marchand"),
    ("Le maire de Villeneuve-d'Ascq Paul Rey a parlé le premier.", "Paul Rey"),
])
def test_a_place_joined_by_an_elided_particle_is_not_part_of_a_name(text: str,
                                                                    name: str) -> None:
    assert discovered_names(run(text, "fr", registry=EMPTY)) == {name}


def test_a_surname_with_a_lowercase_particle_joined_by_a_hyphen_names_its_bearer() -> None:
    registry = Registry(people={p.id: p for p in (
        person("khalid-al-marri", "Khalid bin Saad al-Marri", gender="m"),)})
    result = run("Khalid bin Saad al-Marri chairs the talks.\n\nOn Monday, al-Marri said the "
                 "truce was holding.", "en", registry=registry)
    assert [m.text for m in result.mentions] == ["Khalid bin Saad al-Marri", "al-Marri"]


@pytest.mark.parametrize("text, name", [
    # a noun for a person capitalised as a title before a given name, even one that is an
    # adjective too (« premier »)
    ("Late on Tuesday, Kourakis and Premier Joanne Maddern issued a statement.",
     "Joanne Maddern"),
    ("On Tuesday, Chancellor Rachel Okoro said no.", "Rachel Okoro"),
])
def test_a_person_noun_as_a_title_before_a_given_name(text: str, name: str) -> None:
    assert name in discovered_names(run(text, "en", registry=EMPTY))


def test_a_possessive_in_the_relative_after_a_shared_surname_tells_whose_it_is() -> None:
    # "Whitaker, who testified from her nursing home": the woman of the two Whitakers
    registry = Registry(people={p.id: p for p in (
        person("craig-whitaker", "Craig Whitaker", gender="m"),
        person("doris-whitaker", "Doris Whitaker", gender="f"))})
    result = run("The widow, Doris Whitaker, is a plaintiff. Craig Whitaker, who is not related, "
                 "said he was disappointed.\n\nWhitaker, who testified by video from her "
                 "nursing home in March, said she was glad.", "en", registry=registry)
    assert [m.person for m in result.mentions if m.span.paragraph == "p2"] == ["doris-whitaker"]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "\"We will appeal the suspension,\" said Hugo Dean, the team's general manager.",
     "Hugo Dean"),
    # a title that is no surname, or after an article: a place's office, not a name
    ("en", "The Victoria Mayor, Lisa Helps, said the city would appeal.", "Lisa Helps"),
    ("en", "The Jackson Mayor, Chokwe Lumumba, said the water system had failed.",
     "Chokwe Lumumba"),
    ("en", "\"The numbers don't add up,\" Tom Bishop, the county treasurer, said.", "Tom Bishop"),
    ("fr", "« La croissance sera au rendez-vous », a déclaré mercredi Bruno Le Maire.",
     "Bruno Le Maire"),
    ("fr", "Paul Juge, 45 ans, est catégorique.", "Paul Juge"),
])
def test_a_title_closing_a_name_after_a_given_name_is_a_surname(lang: str, text: str,
                                                                  name: str) -> None:
    assert discovered_names(run(text, lang, EMPTY)) == {name}


def test_a_title_before_a_name_still_starts_a_new_name() -> None:
    result = run("A statement from Judge Jackson Smith came later.", "en", EMPTY)
    assert discovered_names(result) == {"Jackson Smith"}


@pytest.mark.parametrize("text, name", [
    # a surname that also heads places (Hall, Ford): a verb of speech after the name says it
    # is a person's
    ("\"It's a disgrace,\" Mary Hall retorted.", "Mary Hall"),
    ("As Denis Ford put it, the law is the same for everyone.", "Denis Ford"),
    ("\"You're wrong,\" Ellen Park shot back.", "Ellen Park"),
])
def test_more_verbs_of_speech_are_person_cues(text: str, name: str) -> None:
    assert discovered_names(run(text, "en", EMPTY)) == {name}


@pytest.mark.parametrize("text, name", [
    # a demonym noun written as a title ends before the given name: the person is found
    ("Welshman Owen Price and Scot Callum Reid started together in the centres.",
     "Owen Price"),
    ("Dane Mads Kjeldsen won the stage ahead of Belgian Tom Peeters.", "Tom Peeters"),
])
def test_a_demonym_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    names = discovered_names(run(text, "en", registry=EMPTY))
    assert name in names and not any(n.endswith(name) and n != name for n in names)


@pytest.mark.parametrize("text, names", [
    # a legislator's party and home town after the name is a place, not a person
    ("Sen. Rhonda Pike, R-Chippewa Falls, said she was disappointed.", ["Rhonda Pike"]),
])
def test_english_party_places_and_councillors(text: str, names: list[str]) -> None:
    assert [p.name for p in run(text, "en", EMPTY).discovered] == names


def test_a_person_named_after_a_brand_after_a_works_noun() -> None:
    # « l'usine Stellantis Marc Dupuis »: « usine » is no noun that makes the run a firm's
    # (the twenty-fourth session tried it and its review found it dropped people)
    text = ("Le directeur de l'usine Stellantis Marc Dupuis a reçu les syndicats. « Aucun poste "
            "ne sera supprimé », a-t-il assuré.")
    assert "marc-dupuis" in people_of(run(text, "fr", registry=EMPTY))


def test_kin_of_a_person_named_in_the_complement() -> None:
    # « Le père de Thomas Reynaud, Bernard, »: the given name in apposition is a person's
    text = ("Thomas Reynaud a été secouru.\n\nLe père de Thomas Reynaud, Bernard, a tenu à "
            "remercier les sauveteurs.")
    assert any(name.startswith("Bernard")
               for name in discovered_names(run(text, "fr", registry=EMPTY)))


@pytest.mark.parametrize("lang, text, expected", [
    # words the article writes after a noun for a firm name that firm wherever they stand
    ("fr", ("La grève paralyse la société Andes Litio depuis lundi.\n\nAndes Litio assure "
            "avoir « pleinement coopéré avec les autorités »."), set()),
    ("fr", ("La FINMA a sanctionné la banque Rochat Lenoir.\n\nDans un communiqué, Rochat "
            "Lenoir dit « prendre acte » de la décision."), set()),
    ("en", ("Workers struck at the carmaker Orvane Motors on Monday.\n\nOrvane Motors said "
            "it had \"fully cooperated\"."), set()),
    # not a founder whose firm bears a given name and the surname
    ("fr", ("Jean Dupont a fondé la société Jean Dupont en 1990.\n\nJean Dupont assure avoir "
            "« tout fait »."), {"jean-dupont"}),
])
def test_a_name_written_after_a_firms_noun_elsewhere(lang: str, text: str,
                                                     expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected


@pytest.mark.parametrize("text, expected", [
    # « W de P » with no given name, P a place (its département in brackets, or a known one)
    (("Mardi, dans l'usine Halvorsen de Vierzon (Cher), la direction a lu un texte. Le maire "
      "de Vierzon, Nicolas Berthier, l'a appris par un SMS."), {"nicolas-berthier"}),
    ("L'abattoir Brévalis de Paris ferme. « On ne lâchera rien », prévient Yann Le Goff.",
     {"yann-le-goff"}),
    # a given name opens a person's name; a party in brackets is no département
    ("Marie de Lorme (LR) a voté contre, comme Dominique de Villepin (Paris).",
     {"marie-de-lorme", "dominique-de-villepin"}),
])
def test_a_name_ending_with_a_place_after_its_particle(text: str, expected: set[str]) -> None:
    assert people_of(run(text, "fr", registry=EMPTY)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # found by a review: a verb or « de » after the noun for a firm makes no firm's name
    ("fr", ("L'entreprise emploie Kossi Agbodjan depuis 2019. Kossi Agbodjan raconte : « Je "
            "travaille la nuit. »"), {"kossi-agbodjan"}),
    ("fr", ("L'association de Kossi Agbodjan distribue des repas. Kossi Agbodjan explique : "
            "« On manque de bénévoles. »"), {"kossi-agbodjan"}),
    # a role noun next to the words: a person named like the firm
    ("en", ("The company Kestrel Ashby filed for bankruptcy. Its founder, Kestrel Ashby, "
            "said: \"I am devastated.\""), {"kestrel-ashby"}),
    # a king of a country: « W de P » with no département in brackets stays a person
    ("fr", ("Le prince Haakon de Norvège a rendu visite aux sinistrés. Haakon de Norvège a "
            "dit : « Nous sommes à vos côtés. »"), {"haakon-de-norvege"}),
    # an adjective between the noun and the name: still the firm's
    ("fr", ("Le syndicat agricole Terres Vives appelle à manifester.\n\nTerres Vives dénonce "
            "« un mépris »."), set()),
])
def test_firm_names_the_review_probed(lang: str, text: str, expected: set[str]) -> None:
    assert people_of(run(text, lang, registry=EMPTY)) == expected
