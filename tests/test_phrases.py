"""``builder/annotate/_phrases.py``: word lists looked up in sets answer exactly as the regex
alternations they replace (``people.py``'s ``lone_role`` and ``lone_after``), on the texts of
every article of the project and its evaluation sets and on generated strings."""

from __future__ import annotations

import random
import re

import pytest

from builder.annotate import _phrases
from builder.annotate import people as people_mod
from builder.annotate.lang import people_en as en
from builder.annotate.lang import people_fr as fr
from builder.model import Article

_alternation = people_mod._alternation
_flat = people_mod._flat


def _reference_lone_role() -> re.Pattern[str]:
    """``lone_role`` as the regex it was (before the fifteenth performance session)."""
    kin = {_flat(k) for k in (*en.KIN_NOUNS, *fr.KIN_NOUNS, *en.NOT_ROLE_ARTICLE_NOUNS,
                              *fr.NOT_ROLE_ARTICLE_NOUNS)}
    trades = [r for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS) if _flat(r) not in kin]
    lone_roles = (*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *en.LONE_ROLE_NOUNS, *fr.LONE_ROLE_NOUNS)
    former = _alternation((*en.FORMER_ADJECTIVES, *fr.FORMER_ADJECTIVES))
    group = (r"(?:" + _alternation((*en.LONE_NAME_PLURALS, *fr.LONE_NAME_PLURALS)) + r")[ \t]+(?:"
             + _alternation((*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *en.KIN_NOUNS, *fr.KIN_NOUNS,
                             *en.KIN_PLURALS)) + r")(?:s|es)?")
    kin_adjective = r"(?:(?:" + _alternation((*en.KIN_ADJECTIVES, *fr.KIN_ADJECTIVES)) \
        + r")[ \t]+)?"
    return re.compile(
        r"(?<!\w)(?:(?:" + _alternation((*en.LONE_NAME_POSSESSIVES, *fr.LONE_NAME_POSSESSIVES))
        + r"|[a-z][a-z-]*'s|[a-z][a-z-]*s')[ \t]+" + kin_adjective + r"(?:"
        + _alternation(lone_roles)
        + r")|(?:(?:" + _alternation((*en.ROLE_ARTICLES, *fr.ROLE_ARTICLES)) + r")[ \t]+|l')"
        + r"(?:(?:" + former + r")[ \t]+)?(?:"
        + _alternation(trades) + r")|" + group
        + r")(?:[ \t]+[a-z][a-z'-]*){0,3}[ \t]*,[ \t]*$"
        r"|(?<![\w'])(?:" + _alternation((*en.APPOSITION_DETERMINERS,
                                           *fr.APPOSITION_DETERMINERS))
        + r")[ \t]+(?:(?:" + former + r")[ \t]+)?(?:"
        + _alternation((*trades, *en.LONE_PERSON_NOUNS, *fr.LONE_PERSON_NOUNS))
        + r")(?:[ \t]+[a-z0-9][a-z0-9'-]*){0,4}[ \t]*,[ \t]*$"
        # kin of a person named in the complement (the twenty-fourth session): « le père de
        # thomas reynaud, »
        r"|(?<![\w'])(?:le|la|l')[ \t]*" + kin_adjective + r"(?:" + _alternation(fr.KIN_NOUNS)
        + r")[ \t]+(?:de|du|d')[ \t]*(?:[a-z][a-z'-]*[ \t]*){1,3},[ \t]*$"
    )


def _reference_lone_after() -> re.Pattern[str]:
    """``lone_after`` as one regex, as it was before the fifteenth performance session: its
    head (shared with ``people.py``) and the pieces the set lookups replaced, spelled out as
    alternations of the role and kin nouns."""
    lone_verbs = _alternation((*en.LONE_NAME_VERBS, *fr.LONE_NAME_VERBS))
    apposition = _alternation(
        r for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *fr.KIN_NOUNS)
        if len(r) > 3 and "." not in r and r not in people_mod._NOT_APPOSITIONS)
    return re.compile(
        r"[ \t]*(?:" + people_mod._lone_after_head(lone_verbs)
        + r"|,[ \t]*c'est[ \t]+(?:" + _alternation(fr.LONE_NAME_POSSESSIVES)
        + r")[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}(?:" + apposition + r")(?![\w'-])"
        r"|,[ \t]*(?:(?:" + _alternation((*en.APPOSITION_ADVERBS, *fr.APPOSITION_ADVERBS))
        + r")[ \t]+)?(?:(?:" + _alternation((
            *en.LONE_NAME_POSSESSIVES, *fr.LONE_NAME_POSSESSIVES,
            *fr.APPOSITION_DETERMINERS, *en.APPOSITION_DETERMINERS))
        + r")[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2})?(?:" + apposition + r")(?![\w'-])"
        r"|,[ \t]*(?:le|la|the)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,4}(?:" + apposition
        + r")(?:s|es)?(?![\w'-]))"
    )


def _reference_adjective() -> str:
    endings = sorted({*fr.DEMONYM_ENDINGS, *fr.ADJECTIVE_ENDINGS}, key=len, reverse=True)
    return (
        r"(?!(?:" + _alternation(fr.FUNCTION_WORDS) + r")(?![\w'-]))"
        r"(?:[a-z][a-z-]+(?:" + "|".join(endings) + r")|"
        + _alternation((*fr.DEMONYM_NOUNS, *fr.DEMONYM_ADJECTIVES)) + r")(?![\w'-])"
    )


def _reference_ending_patterns() -> dict[str, re.Pattern[str]]:
    """``cue_before``, ``lone_role_close``, ``role_of`` and ``role_of_place`` as the regexes
    they were (before the fifteenth performance session; since then ``cue_before``'s role
    and complement may have adjectives between them and "for" as the preposition)."""
    adjective = _reference_adjective()
    roles = _alternation((*en.ROLE_NOUNS, *fr.ROLE_NOUNS))
    lone_roles = (*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *en.LONE_ROLE_NOUNS, *fr.LONE_ROLE_NOUNS)
    kin_adjective = r"(?:(?:" + _alternation((*en.KIN_ADJECTIVES, *fr.KIN_ADJECTIVES)) \
        + r")[ \t]+)?"
    return {
        "cue_before": re.compile(
            r"(?<!\w)(?:(?:" + roles + r")(?:[ \t]+" + adjective + r"){0,2}|"
            + _alternation((*en.SPEECH_BEFORE, *fr.SPEECH_BEFORE))
            + r")(?:[ \t]+(?:de|of)[ \t]+|[ \t]+d')?[ \t,:]*$"
            r"|(?<!\w)(?:" + roles + r")(?:[ \t]+" + adjective + r"){0,2}"
            r"[ \t]+(?:de|du|des|d'|of|for)[ \t]*[^,.;:!?()\"\n]{1,40},[ \t]*$"),
        "lone_role_close": re.compile(
            r"(?<!\w)(?:" + _alternation((*en.LONE_NAME_POSSESSIVES, *fr.LONE_NAME_POSSESSIVES))
            + r"|dont[ \t]+(?:le|la|les)|whose|[a-z][a-z-]*'s|[a-z][a-z-]*s')[ \t]+" + kin_adjective
            + r"(?:" + _alternation(lone_roles) + r")(?:[ \t]+" + adjective + r"){0,2}[ \t]+$"),
        "role_of": re.compile(
            r"(?:^|[^\w])(?:" + roles + r")(?:[ \t]+" + adjective
            + r"){0,2}[ \t]+(?:de[ \t]+l'|du|de[ \t]+la|des|d'|of(?:[ \t]+the)?)[ \t]*$"),
        "role_of_place": re.compile(
            r"(?:^|[^\w])(?:" + roles + r")(?:[ \t]+" + adjective
            + r"){0,2}[ \t]+(?:de|du)[ \t]*$"),
    }


@pytest.fixture(scope="module")
def lexicon() -> people_mod._Lexicon:
    return people_mod.build_tables()


@pytest.fixture(scope="module")
def texts(every_article: list[Article]) -> list[str]:
    """The flat text of every paragraph of the project's articles and evaluation sets."""
    out = [_flat(p.text) for article in every_article for p in article.paragraphs]
    assert len(out) > 1000
    return out


# ------------------------------------------------------------------------------ Phrases


def test_phrases_match_as_an_alternation_does() -> None:
    phrases = _phrases.Phrases(["coach", "bras droit", "attache de presse", "l'ami"])
    pattern = re.compile("(?:" + _alternation(phrases.phrases) + ")")
    rng = random.Random(5)
    pieces = ["coach", "bras", "droit", "attache", "de", "presse", "l'ami", "l'", "ami", "x",
              " ", "  ", "\t", "\n", "\u00a0", ",", "'", "-"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for low in range(len(text) + 1):
            for high in range(low, len(text) + 1):
                expected_ends = {m for m in range(low, high + 1)
                                 if pattern.fullmatch(text, low, m)}
                assert set(phrases.starting_at(text, low, high)) == expected_ends, text
                expected_starts = {m for m in range(low, high + 1)
                                   if pattern.fullmatch(text, m, high)}
                assert set(phrases.ending_at(text, low, high)) == expected_starts, text


@pytest.mark.parametrize("bad", ["", " coach", "coach ", "bras  droit", "bras\tdroit"])
def test_phrases_refuse_what_an_alternation_would_read_otherwise(bad: str) -> None:
    with pytest.raises(ValueError):
        _phrases.Phrases(["coach", bad])


# ------------------------------------------------------------------------------ lone_role


def _words(*lists: tuple[str, ...]) -> list[str]:
    return sorted({_flat(w) for lst in lists for w in lst})


def _generated(rng: random.Random, vocabulary: list[str], n: int) -> list[str]:
    """Strings of words of the lists, their pieces and near misses, with the separators the
    patterns care about."""
    separators = [" ", " ", " ", "  ", "\t", ", ", ",", " , ", "\n", "\u00a0", "'", "-", "' ",
                  ": ", ". "]
    extra = ["x", "y2", "42", "l'", "d'", "s", "es", "c'est", "dont", "le", "la", "the", "a",
             "an", "de", "_", "é", "o'neill's", "smiths'", "jean's"]
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(1, 9)):
            word = rng.choice(vocabulary) if rng.random() < 0.6 else rng.choice(extra)
            if rng.random() < 0.1:
                word = word[:rng.randint(0, len(word))] or word  # a word cut short
            if rng.random() < 0.1:
                word += rng.choice(["s", "es", "x", "'s", "s'"])
            words.append(word)
            words.append(rng.choice(separators))
        text = "".join(words[:-1] if rng.random() < 0.5 else words)
        out.append(text.replace(" ", rng.choice([" ", " ", "\t", "  "]), rng.randint(0, 1)))
    return out


def _shaped(rng: random.Random, parts: list[list[str]], n: int,
            skip: float = 0.25) -> list[str]:
    """Strings shaped like the patterns: a word of each list in turn (often skipped, now and
    then cut short or grown), joined by spaces and the separators the patterns care about:
    so that many match, and many fail at one place only."""
    separators = [" "] * 24 + ["\t", "  ", "\n", "\u00a0", "", "'", "-", ","]
    out = []
    for _ in range(n):
        text = ""
        for options in parts:
            if rng.random() < skip:
                continue
            word = rng.choice(options)
            if rng.random() < 0.03:
                word = word[:rng.randint(0, len(word))]
            if rng.random() < 0.03:
                word += rng.choice(["s", "es", "x", "'s", "s'", "-"])
            text += word + rng.choice(separators)
        out.append(text)
    return out


def test_lone_role_equals_its_regex_on_real_texts(lexicon: people_mod._Lexicon,
                                                  texts: list[str]) -> None:
    reference = _reference_lone_role()
    rng = random.Random(15)
    checked = hits = 0
    for text in texts:
        for m in re.finditer(r"\w+", text):
            start = m.start()
            # every place after a comma (where the pattern can match), one in fifty elsewhere
            if "," not in text[max(0, start - 4):start] and rng.random() > 0.02:
                continue
            for low in (max(0, start - 70), max(0, start - rng.randint(0, 90))):
                expected = reference.search(text, low, start) is not None
                assert lexicon.lone_role.found(text, low, start) == expected, (text, low, start)
                checked += 1
                hits += expected
    assert checked > 10_000 and hits > 20


def test_lone_role_equals_its_regex_on_generated_strings(lexicon: people_mod._Lexicon) -> None:
    reference = _reference_lone_role()
    vocabulary = _words(en.LONE_NAME_POSSESSIVES, fr.LONE_NAME_POSSESSIVES, en.KIN_ADJECTIVES,
                        fr.KIN_ADJECTIVES, en.ROLE_ARTICLES, fr.ROLE_ARTICLES,
                        en.FORMER_ADJECTIVES, fr.FORMER_ADJECTIVES, en.LONE_NAME_PLURALS,
                        fr.LONE_NAME_PLURALS, en.APPOSITION_DETERMINERS,
                        fr.APPOSITION_DETERMINERS, en.LONE_PERSON_NOUNS, fr.LONE_PERSON_NOUNS,
                        en.KIN_NOUNS, fr.KIN_NOUNS, en.KIN_PLURALS, en.LONE_ROLE_NOUNS,
                        fr.LONE_ROLE_NOUNS)
    roles = _words(en.ROLE_NOUNS, fr.ROLE_NOUNS)
    rng = random.Random(17)
    some_roles = rng.sample(roles, 150) + [r for r in roles if " " in r or "'" in r or "." in r]
    generic = ["x", "de", "y2", "l'", "42", "_", "é", "d'", "o'neill's", "smiths'"]
    shaped = _shaped(rng, [
        ["x", "y", "w", "(", "_"],
        _words(en.LONE_NAME_POSSESSIVES, fr.LONE_NAME_POSSESSIVES, en.ROLE_ARTICLES,
               fr.ROLE_ARTICLES, en.LONE_NAME_PLURALS, fr.LONE_NAME_PLURALS,
               en.APPOSITION_DETERMINERS, fr.APPOSITION_DETERMINERS)
        + ["jean's", "smiths'", "l'", "o'neill's"],
        _words(en.KIN_ADJECTIVES, fr.KIN_ADJECTIVES, en.FORMER_ADJECTIVES,
               fr.FORMER_ADJECTIVES),
        some_roles + _words(en.LONE_PERSON_NOUNS, fr.LONE_PERSON_NOUNS, en.KIN_NOUNS,
                            fr.KIN_NOUNS, en.KIN_PLURALS, en.LONE_ROLE_NOUNS, fr.LONE_ROLE_NOUNS),
        generic, generic, generic, generic, generic,
    ], 15_000, skip=0.5)
    shaped = [text.rstrip() + rng.choice([",", " ,", ", ", ",\t", ", \n", ",\n", "x,", ""])
              for text in shaped]
    hits = 0
    for text in shaped + _generated(rng, vocabulary + some_roles, 5_000):
        for low in {0, rng.randint(0, len(text)), rng.randint(0, len(text))}:
            for high in {len(text), rng.randint(low, len(text))}:
                expected = reference.search(text, low, high) is not None
                assert lexicon.lone_role.found(text, low, high) == expected, (text, low, high)
                hits += expected
    assert hits > 400


# ------------------------------------------------------------------------------ lone_after


def test_lone_after_equals_its_regex_on_real_texts(lexicon: people_mod._Lexicon,
                                                   texts: list[str]) -> None:
    reference = _reference_lone_after()
    rng = random.Random(16)
    checked = hits = 0
    for text in texts:
        for m in re.finditer(r"\w+", text):
            end = m.end()
            if text[end:end + 1] != "," and rng.random() > 0.02:
                continue
            for high in (min(len(text), end + 40), min(len(text), end + 60),
                         min(len(text), end + rng.randint(0, 80))):
                expected = reference.match(text, end, high) is not None
                assert lexicon.lone_after.found(text, end, high) == expected, (text, end, high)
                checked += 1
                hits += expected
    assert checked > 10_000 and hits > 100


def test_lone_after_equals_its_regex_on_generated_strings(lexicon: people_mod._Lexicon) -> None:
    reference = _reference_lone_after()
    vocabulary = _words(fr.LONE_NAME_POSSESSIVES, en.LONE_NAME_POSSESSIVES,
                        en.APPOSITION_ADVERBS, fr.APPOSITION_ADVERBS,
                        en.APPOSITION_DETERMINERS, fr.APPOSITION_DETERMINERS, fr.KIN_NOUNS,
                        en.LONE_NAME_RELATIVES, en.LONE_NAME_VERBS, fr.LONE_NAME_VERBS)
    rng = random.Random(18)
    appositions = sorted({_flat(r) for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *fr.KIN_NOUNS)
                          if len(r) > 3 and "." not in r})
    some = rng.sample(appositions, 150) + [r for r in appositions if " " in r or "'" in r]
    generic = ["x", "plus", "ancien", "y2", "l'", "42", "_", "é", "d'", "-x"]
    shaped = _shaped(rng, [
        [",", " ,", "\t, ", ", ", ",", " "],
        ["c'est", "dont"] + _words(en.APPOSITION_ADVERBS, fr.APPOSITION_ADVERBS),
        ["le", "la", "the", "les", "l'"] + _words(
            en.LONE_NAME_POSSESSIVES, fr.LONE_NAME_POSSESSIVES, en.APPOSITION_DETERMINERS,
            fr.APPOSITION_DETERMINERS),
        generic, generic, generic, generic, generic,
        some + _words(fr.KIN_NOUNS, en.LONE_NAME_RELATIVES),
        ["s", "es", "", "x", "'", "-", ",", ".", " and", " qui"],
    ], 15_000)
    hits = 0
    for text in shaped + _generated(rng, vocabulary + some, 5_000):
        text = rng.choice(["", ",", ", ", " ", "\t,"]) + text
        for start in {0, rng.randint(0, len(text))}:
            for high in {len(text), rng.randint(start, len(text))}:
                expected = reference.match(text, start, high) is not None
                assert lexicon.lone_after.found(text, start, high) == expected, \
                    (text, start, high)
                hits += expected
    assert hits > 400


def test_the_lexicon_has_no_long_alternation_left_for_them(lexicon: people_mod._Lexicon) -> None:
    """What the change was for: no pattern of theirs spells out the ~650 role nouns."""
    for matcher in (lexicon.lone_role, lexicon.lone_after, lexicon.cue_before,
                    lexicon.lone_role_close, lexicon.role_of, lexicon.role_of_place):
        patterns = [p for piece in matcher.pieces for p in (piece.head, piece.tail)]
        patterns += [p for p in (getattr(matcher, "plain", None),) if p is not None]
        assert max(len(p.pattern) for p in patterns) < 5000


# ------------------------------------------------------------------------------ cue_before,
# lone_role_close, role_of, role_of_place: patterns anchored at the end of the text before a
# name


_ENDING = ("cue_before", "lone_role_close", "role_of", "role_of_place")


@pytest.mark.parametrize("name", _ENDING)
def test_ending_patterns_equal_their_regexes_on_real_texts(
        lexicon: people_mod._Lexicon, texts: list[str], name: str) -> None:
    reference = _reference_ending_patterns()[name]
    matcher = getattr(lexicon, name)
    rng = random.Random(name)
    checked = hits = 0
    for text in texts:
        for m in re.finditer(r"\w+", text):
            start = m.start()
            if rng.random() > 0.1:
                continue
            for low in {max(0, start - 72), max(0, start - rng.randint(0, 90))}:
                found = reference.search(text, low, start)
                assert matcher.found(text, low, start) == (found is not None), (text, low, start)
                if found is not None and name == "cue_before":
                    # what ``_has_cue`` reads: the last word of the window is the match's
                    assert people_mod._ending_word(text[low:start]) \
                        == people_mod._ending_word(found.group())
                checked += 1
                hits += found is not None
    assert checked > 20_000 and hits > 30


@pytest.mark.parametrize("name", _ENDING)
def test_ending_patterns_equal_their_regexes_on_generated_strings(
        lexicon: people_mod._Lexicon, name: str) -> None:
    reference = _reference_ending_patterns()[name]
    matcher = getattr(lexicon, name)
    rng = random.Random(name)
    roles = _words(en.ROLE_NOUNS, fr.ROLE_NOUNS)
    some_roles = rng.sample(roles, 150) + [r for r in roles if " " in r or "'" in r or "." in r]
    adjectives = ["allemand", "géorgien", "municipal", "ancien", "principale", "le", "de",
                  "belge", "x", "sénégalais", "nationale"]
    shaped = _shaped(rng, [
        ["x", "y", "w", "(", "_", "\n"],
        _words(en.LONE_NAME_POSSESSIVES, fr.LONE_NAME_POSSESSIVES, en.KIN_ADJECTIVES,
               fr.KIN_ADJECTIVES) + ["jean's", "smiths'", "dont le", "whose", "l'"],
        some_roles + _words(en.SPEECH_BEFORE, fr.SPEECH_BEFORE, en.LONE_ROLE_NOUNS,
                            fr.LONE_ROLE_NOUNS),
        [_flat(a) for a in adjectives], [_flat(a) for a in adjectives],
        ["de", "du", "des", "d'", "of", "of the", "de la", "de l'", "la", "x", "42"],
        ["x", "paris", "l'intérieur", "millbrook", "y2"],
    ], 15_000, skip=0.4)
    hits = 0
    for text in shaped:
        text = text.rstrip() + rng.choice(["", " ", "\t", ", ", ": ", " \n", ",", "x"])
        for low in {0, rng.randint(0, len(text))}:
            for high in {len(text), rng.randint(low, len(text))}:
                found = reference.search(text, low, high)
                assert matcher.found(text, low, high) == (found is not None), (text, low, high)
                if found is not None and name == "cue_before":
                    assert people_mod._ending_word(text[low:high]) \
                        == people_mod._ending_word(found.group()), (text, low, high)
                hits += found is not None
    assert hits > 50


# ------------------------------------------------------------------------------ _flat

def test_flat_leaves_ascii_to_lower() -> None:
    """``_flat`` returns ``text.lower()`` for ASCII text without translating it: exact only
    while the table maps every ASCII character to itself and nothing else touches ASCII."""
    table = people_mod._FLAT_TABLE
    assert all(table[i] == i for i in range(128))
    ascii_text = "".join(chr(i) for i in range(128)) + " O'Neill-Smith, Jr. (AFP) 42"
    slow = ascii_text.lower().encode("latin-1").translate(table).decode("latin-1")
    assert people_mod._flat(ascii_text) == slow == ascii_text.lower()
    assert people_mod._flat("Élodie O\u2019Neill") == "elodie o'neill"  # the slow path
