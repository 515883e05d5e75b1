"""People mentions: who an article names, and exactly where.

No statistical model: rules, the curated registry (``seeds/people.yml``), general word lists
(``lang/people_*.py``) and the article's own front matter. The same input always gives the same
output, and every decision can be explained by the rule below that made it.

The rules, in the order they run:

1. **Not running text.** URLs, e-mail addresses, photo credits (text after "Photo:", "Crédit :",
   "©", "Photo by"; slash chains such as "SAUL LOEB/AFP/Getty Images", cut at a sentence end
   before them so that a caption's names stay; the clause of a short line that names a picture
   agency when it holds no lowercase word but connectors — "— Helen Ward, Associated Press",
   not "She told Reuters."), bylines ("By: Meaghan Wray", "Par Jean Dupont, correspondant à
   Lyon", lines holding only an author's name), picture credits naming a paper ("Jane Doe for
   The New York Times"), signature lines ("Marie Durand (avec AFP)", "Jean Dupont, envoyé
   spécial à Kiev"), contributor lines ("... contributed to this report") and the texts listed
   in the front matter's ``ignore`` are never searched.
2. **Registry names.** Every name and alias of ``seeds/people.yml``, plus a derived handle
   (``@`` + the name without spaces), is found at word boundaries, longest first, accent-
   insensitively and across a line break or an editorial bracket ("Ivanka [Trump]"). Case must
   match word by word, except that a name of two or more words written all in lowercase or
   capitals is accepted ("robert kardashian") and handles ignore case. Elisions ("d'Alice",
   "qu'Ivanka") and possessives ("Trump's") are outside the span. A name is *not* an appearance
   of the person when it is used as a modifier ("the Trump administration", "l'administration
   Trump", "la famille Kardashian", "the ship Queen Mary") or is part of an organisation's or
   place's name ("Trump Tower", "Fondation X"). After a noun and "de" it is a mention ("un
   centre de Lucas Meynier"), except after a family word when no given name follows ("la
   famille de Berny": "de" may be the surname's particle). A one-word form ("Trump") next to
   another capitalised name word ("Melania Trump", "Jackson Pollock") belongs to that other
   name and is left to rule 4.
3. **Epithets.** Front matter ``aliases: {"la star": kim-kardashian}`` marks every occurrence
   of the phrase (case-insensitive) as a mention of kind ``epithet``.
4. **Discovery.** A run of capitalised words in running text that is not in the registry is a
   person when, after dropping a leading title ("Dr.", "Vice President"), a capitalised role
   noun ("Economist", "Rapper"), a capitalised demonym after a determiner ("le Belge Jens
   Vercauteren", "l'ancien Rennais Yann Le Goff", « le Néo-Zélandais Tom Whitaker »: a role
   too), capitalised words of an unknown
   title before a known given name ("Harbor Master Tom Reilly", "Senate Minority Leader Luis
   Ortega": a role noun also ends an organisation's name), a capitalised word and a particle before a given name
   ("Témoignage de Gwenaëlle Kerhervé", "la Mercedes de Jean Dupont") and a capitalised
   sentence opener ("After", "Selon"; an adjective opening the sentence stays, so that "House
   Majority Leader Steve Scalise" keeps its name and "Second Chance Month" is rejected), it
   has two to five words, contains no organisation head word ("Bureau", "Act", "Lounge",
   "Maison", "Securities", "Assurances", "Broncos"; the office after a title and "of" ends at a
   given name: "Secretary of State Marco Rubio"), function word ("Page Six"), month, weekday,
   known place ("Beverly Hills"), demonym or eponymous brand, no acronym (a surname in capitals
   after a given name is not one: "Jean DUPONT"), no word the article also uses in lowercase
   ("Brightwell Home Appliances" next to "the appliances") unless it is a known name, and
   enough evidence: a known given name first (2 points), a title, a role or a person
   cue around it ("attorney X", "X said", "selon X", "X, who", "signed X", "X and" a person
   already found; a role noun may take one or two adjectives of nationality, age or a
   common adjective ending: « leur talonneur géorgien Levan Kharaishvili », « le policier
   municipal Rudi Kovač »; a role noun and its complement before a name in apposition: « le
   capitaine des Bleus, Tevita Mafi, »; nouns of age are role nouns: « le septuagénaire »;
   any verb of an inverted attribution after a quotation, when no word of the run is a
   place or a place word: « « Non », répond Dariusz Kowalczyk »; 2 points; the capitalised
   office after a role noun and « de » is dropped: « le ministre de l'Intérieur Taavi
   Rõivas »), a known surname last, a middle initial, or the surname used alone
   elsewhere in the article (1 point each, 2 when used alone as a speaker: "Natarajan said");
   two points are needed. A given name that is also a place ("Sofia") needs one point more; a
   place after the first word ("Urbano Cairo") or a place word last ("Grant Park") needs a
   cue. A discovered person's id is the slug of the name without middle initials, so the same
   person gets the same id in every article. A known given name, a capital letter and a
   period that no capitalised word follows is a person whose surname the press withholds
   (« Mehdi K., 24 ans », "Jane D."; not "Harry S. Truman"). A common Chinese family name
   before a given name of one to three pinyin syllables counts as a given name, and is the
   family name that stands alone for the person ("Xi Jinping" … "Xi said"). A known given
   name alone before "et"/"and" and a full name shares its surname ("Jacques et Odette
   Marty", "Bill and Hillary Clinton": Jacques Marty; "Jean-Pierre et Martine Cazaux":
   Jean-Pierre Cazaux), unless a
   capitalised word, a role noun or an organisation word comes before it ("attorneys Jackson
   and Erin Haney", "Rue Jean-Pierre et …") or it is the surname of someone named. An
   organisation head word also opens a firm's name ("Forges de Brémoncourt", "Ateliers X")
   or closes it ("Altaïs Équipements"), and a cheer before a name makes a chant of it
   ("Allez Mathis"). A French article fused with a preposition right before the run (« au
   Dôme de Marseille », « du Café de la Danse ») makes it a thing, unless a given name, a
   role, a title or a demonym opens it (« au Colombien Julián Restrepo »). A run that is all
   a quotation holds, right after a lowercase word that names a thing ("the trawler "Mary
   Ellen Carter"") or opening with a title (« le canot « Président Yves Le Floc'h » »), is a
   ship's or a building's name; venues and associations are organisations (« la Philharmonie
   de Paris », « l'association Loup Alpes Nature », « le pôle France de Brest »). A noun for
   a kind of organisation right before the run makes it a firm ("ferry operator Hebridean
   Link said"), unless a known given name opens it; "nearby" makes it a place ("from nearby
   Brindley Heath"); a plural article makes it a thing or a family (« Les Nuits de Tanger,
   lui, », « les Castaing »), unless a given name follows inside it (« Les Misérables de
   Victor Hugo »); a first word glued by a hyphen to the word before ends a compound name
   and is dropped (« Île-de-France Mobilités », « à Vitry-sur-Seine Amadou Sissoko »). A
   title lets a place word end a name ("the Rt Rev Anselm Price"). A stressed pronoun in
   apposition (« Jovana Petrović, elle, est restée ») and a noun in apposition that takes
   "who" ("Calum Morrison, a crofter who") are person cues. A run that is the last two words
   or more of the full name of one person named in the article is that person: a compound
   surname written alone ("Montoya Ruiz said" for Javier Montoya Ruiz), also when it comes
   before the full name. A possessive before a given name ends the name before it ("Norway's Lars
   Eriksen", "Ardent's Pieter de Graaf"; not "Prince George's County"). Two capitals that are
   no common acronym, before a known surname, are a given name's initials and count as an
   initial ("Kilkenny's TJ Delaney"). A capitalised particle after a surname is no given name
   ("Nguyen Van Thanh": family name first). A post-nominal after the name is a person cue
   ("Conor Dalton SC"). A particle may be glued to the surname by a hyphen ("Said
   al-Harthy"). After a lowercase role noun, a title that is also a given name opens the name
   ("captain Dean Whitlow"), and a title closing the run after a given name is a surname
   when it is a known one and no article comes before ("said Hugo Dean", « Bruno Le Maire »;
   not "The Victoria Mayor"); capitalised words right before a name already
   found are its title ("Minority Leader Teresa Alvarado"); a quoted run after a noun for a work is the work's
   title, even when the quotation goes on ("her hit "Long Way Home"", « intitulée « Shannon
   Goes to Washington » »); a run with a place in it, after a capitalised word and a
   connector, ends a longer name ("Voices for Victims Ontario"). An organisation noun before
   the run counts only in the same sentence ("to hold firm. Rep. Brock Whitcomb"); words
   written after one anywhere in the article name that firm everywhere (« la banque Rochat
   Lenoir » … « Rochat Lenoir dit »), unless they open with a given name or a title or a role
   noun stands next to them (« Its founder, Kestrel Ashby, »); so does « W de P » with no given
   name when P has its département in brackets (« l'usine Halvorsen de Vierzon (Cher) »). A quoted
   run after a word for a nickname is no other person (« Andrés Romero, dit « el Niño de la
   Vega » », « on l'appelle désormais « Ilyès Valises » », "dubbed"), nor is a quotation that
   is all a run after an article (« on a chanté l'« Ave Maria de Lourdes » »).
5. **Short names.** A given name alone ("Kim", "Ivanka") or a surname alone ("Jackson", "Le
   Bihan", "von der Leyen", "Maurel-Castagne") is a mention of a person named in full in the
   article (rule 2, 3 or 4) when nobody else named in the article shares that word; a surname
   shared by people all named in full before it goes to the main one (named in full most
   often, the article's title included; on a tie the registry person), also a surname of
   several words (« Le Bihan, lui, » when Loïc, Yves and Mathis Le Bihan are named); after
   "the younger" / « le cadet » it goes to the bearer named in full last before it, after "the
   elder" / « l'aîné » to the one named in full first ("Gundersen's son, kicker Matt
   Gundersen ... The younger Gundersen"). A hyphenated given name alone ("Jean-Paul") is
   a short name of the one person named in full with it. A title and
   a surname ("Mayor Lopez", "Mme Le Bihan", "Me Dupond-Moretti", and in lowercase "le
   président Macron", "former mayor Lopez") name the one registry person with that surname
   (and a gender that fits a gendered honorific) even when the full name is absent. A registry
   given name that is rare (not in the common given-name list) and unique in the registry
   counts even without the full name ("Kanye"). An explicit one-word registry alias ("Trump")
   wins over these derived forms. At the start of a sentence the word must not also be used in
   lowercase in the article ("Young"); a word glued by a hyphen to another is part of a
   compound ("Charles-de-Gaulle airport").
6. **Lone given names.** A known given name standing alone that names nobody in the article
   is a person known by that name only ("Moussa") when an age in apposition ("Moussa, 24
   ans,") or a verb only a person does ("raconte Karim", "Karim sourit"; not "a dit", which a
   firm says too) is next to it, or a possessed role noun in apposition before it ("Sa
   préparatrice physique, Inès,", or closing the sentence: « avec sa mère, Véronique. »),
   or "who" after it ("Carol, who"), or « dont » and a kin noun (« Sandrine, dont le fils
   entre en CE2 »: only a person has a son), or a role or kin noun in apposition after it,
   bare, possessed or with an article (« Mehdi, père de jumelles », « Annick, son épouse »,
   "Harjit, a taxi driver"), or "first name" before it ("who gave only her first name,
   Siobhan", "who gave his name only as Jimmy", « L'un d'eux, Karim, »), or a trade or an
   office with a definite article in apposition before it (« s'amuse la boulangère,
   Sandrine. »; not kin: « Il y avait la mère, Véronique, » is a list); the cues before it
   also hold at a paragraph's start (« Son frère, Julien, »).
   After possessed kin in apposition ("O'Sullivan's wife, Máire, said") any capitalised word
   that is no place, month or organisation word is a first name, listed or not. Its other
   free occurrences are the same person. When one registry person has that given name and the surname of someone named in
   the article, the name is that relative (« Jean-Paul Vernet » … « Son fils Thibault »:
   Thibault Vernet): family members share a surname. Otherwise, right after possessed kin who
   share a surname (spouse, child, parent, sibling; not in-laws, step-kin, grandchildren,
   cousins, partners) it is that kin, with the owner's surname: "his son Luke" after Tom
   Farrant is Luke Farrant, "Mulvey's wife, Bríd," Bríd Mulvey, « Leur fils Romain » after
   the Castaing couple Romain Castaing. The owner is the person whose surname is written
   before "'s", or, after a possessive, the person named last before it (a person known by
   a first name only gives nothing). Not the kin of a woman ("her son Luke", « Aurélie
   Chambon … son fils Léo »: her husband and children may bear a surname she did not take,
   her parents and siblings her maiden name), unless the possessive is a couple's ("their",
   « leur »). A run that is the short form of an organisation named in
   full with its head word ("Halvorsen Marine" after "Halvorsen Marine Holdings") is that
   firm, not a person. A possessed role noun right before a given name names that person too
   (« sa collègue Manon hoche la tête »), and a known surname after a familiar epithet of age
   followed by a relative clause, an age or a person's verb (« du vieux Fabre, qui partait »)
   is a person known by that surname, of the epithet's gender; so is a capitalised word
   after an honorific of the article's language ("Mr Goh", « M. Castagnet », « Mme
   Lecœur », « Me Dupond », « le Dr Lambert »; not "Dr Crokes", « Madame Figaro », nor the
   two alone in quotation marks, « M. Normes », nor « M. » after a given name) that no
   registry person bears and no one named in the article has in their name, when a person's
   cue stands around it (a verb of speech, an age or "who"/« qui » after it; a cue, or words
   that give a name, "gave her name only as", before the honorific), of the honorific's
   gender. A run that is the given names of someone named in full ("Ana Lucía"
   for Ana Lucía Ferreyra) is that person.
   More cues: a definite role noun in apposition, maybe plural after a superlative (« Karim,
   le plus ancien des six salariés, »), an age as object (« Dylan a 26 ans », "Dylan is
   26"), a verb a person undergoes
   (« quand Rayan a été réveillé »), an introducer (« un certain Franck », « Elle s'appelait
   Nadine », "Another, Luc, said"), a rank after a possessive (« Son second, Julien, »), a
   trade after « l' » or an adjective of age (« l'ancien videur de la discothèque, Mickaël, »),
   kin after « dont le » / "whose" (« dont le fils Hugo »), a plural kin or role noun after a
   plural possessive or a number (« Ses filles, Lou et Inès, », « deux militantes, Manon et
   Julie, »), a single-name or familiar title (« le roi Erik », « Sœur Agnès », "Uncle
   Gilles"; not "Grandma"). A known given name in a list with a name so chosen (« Lou et
   Inès », « de Dylan, de Karim, de Fabien ») is a person too. A hyphenated given name
   standing alone (« Jean-Paul, professeur ») takes the same cues, and so does a compound of
   known given names (« Marie-Jo, 67 ans, »). An indefinite role or person noun in apposition
   before it, maybe with an age (« Un jeune homme de 19 ans, Ibrahim, », « Une octogénaire,
   Jeannine, »), kin of the speaker or of the one spoken to (« Mon mari, Pierre, », « Votre
   fille, Léa, »), an adjective of age between the possessive and the kin ("Her older
   brother, Chidi,") and « c'est » before possessed kin (« Matthieu, c'est son frère ») are
   cues too. A given name that is also a place is one right after possessed kin ("His wife
   Lorraine").
7. **People of history.** A word of ``people_names.FAMOUS_SINGLE_NAMES`` standing alone
   (« un paysage de Corot », « citer Tchekhov », « les soldats de Clovis », also after a
   work's title: « le Troisième Concerto de Prokofiev »), free, borne by nobody named in the
   article and not used as a modifier (« le lycée Voltaire »), is the one registry person
   with that surname, or a person known by that word. Followed by a prize's category it is
   the prize (« Magritte de la meilleure actrice », "Oscar for best actress").

Errors: an ``aliases`` entry naming a person who is neither in the registry nor discovered, an
``aliases`` or ``ignore`` entry whose words are not in the article, and an ``aliases`` entry
found only where nothing is searched (a credit, a byline, an ignored phrase). Warnings: one
``unknown-person`` item per discovered person and article, with the line that settles it.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import itertools
import re
import unicodedata
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from ..articles import check_id
from ..errors import Problem, yaml_flow
from ..model import Article, Mention, MentionKind, Person, Span, Warning
from ..registry import Registry
from . import _phrases
from ._stage import MentionsResult
from .lang import (
    people_en,
    people_fr,
    people_genders,
    people_names,
    people_places,
    quotes_en,
    quotes_fr,
)

# --------------------------------------------------------------------------------------------
# Folding. All searches run on one "flat" copy of the text: lowercase, accents removed,
# apostrophes straightened, one character for one character so that offsets stay exact.
# It is built with bytes.translate because per-character Python or str.translate with a
# dict costs ten times more on a typical article.


def _build_flat_table() -> bytes:
    table = bytearray(range(256))
    for code in range(0xC0, 0x100):
        base = "".join(
            c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)
        ).lower()
        if len(base) == 1 and base.isascii():
            table[code] = ord(base)
    table[0xA0] = ord(" ")  # no-break space
    return bytes(table)


_FLAT_TABLE = _build_flat_table()


def _build_extended_table() -> dict[int, str]:
    """Latin letters beyond Latin-1 to their base letter, one for one: the names of Central
    and Eastern Europe, Turkey and Vietnam (« Zieliński », "Ayşe", "Dvořák", "Trần")."""
    table: dict[int, str] = {}
    for code in (*range(0x100, 0x250), *range(0x1E00, 0x1F00)):
        base = "".join(
            c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)
        ).lower()
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord("ł"): "l", ord("đ"): "d", ord("ı"): "i", ord("ŧ"): "t"})
    table.pop(ord("ħ"), None)  # (Maltese places, « Ħal Far »: no base letter, as before)
    return table


_EXTENDED_TABLE = _build_extended_table()
#: A letter of ``_EXTENDED_TABLE``: one scan in C finds whether a text needs the (slower)
#: ``str.translate`` at all — most texts have no such letter, though many have curly quotes.
_EXTENDED_RE = re.compile("[\u0100-\u024f\u1e00-\u1eff]")


def _flat(text: str) -> str:
    """Lowercase, accent-free copy of ``text`` with exactly the same length.

    Latin letters beyond Latin-1 become their base letter (``_EXTENDED_TABLE``: "ş" "s", "ł"
    "l"); other letters outside Latin-1 (other than the French "œ") become "?": they never
    occur in the word lists.
    """
    if text.isascii():
        # (``_FLAT_TABLE`` leaves ASCII as it is: the word lists, most words, many articles)
        return text.lower()
    low = text.lower()
    if len(low) != len(text):  # "İ" and a few others grow when lowercased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = low.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    low = low.replace("\u0153", "o").replace("\u2010", "-").replace("\u2011", "-")
    if _EXTENDED_RE.search(low) is not None:  # (rare; not typographic quotes and dashes)
        low = low.translate(_EXTENDED_TABLE)
    return low.encode("latin-1", "replace").translate(_FLAT_TABLE).decode("latin-1")


def _upper_class() -> str:
    """A character class of the capital letters of the Latin, Greek and Cyrillic scripts."""
    caps = [chr(c) for c in range(0x41, 0x530) if chr(c).isupper()]
    caps += [chr(c) for c in range(0x1E00, 0x1F00) if chr(c).isupper()]
    return "".join(re.escape(c) for c in caps)


_U = _upper_class()
_WORD_RE = re.compile(r"[^\W_]+")
#: An American legislator's party and home town or state after the name ("R-Chippewa Falls",
#: "D-Texas"): a place, not a person.
_PARTY_PLACE_RE = re.compile(r"(?<![^\W_])[RDI]-(?=[A-Z])")
_KEY_RE = re.compile(r"@?[^\W_]+")
_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019\u2018][^\W_]+)*")
_ELISION_RE = re.compile(
    r"(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[pP]resqu)"
    r"['\u2019\u2018](?=[^\W_])"
)
_APOSTROPHES = "'\u2019\u2018"
_I_CONTRACTIONS = frozenset({"I'", "I\u2019"})
#: Between the words of a registry name: spaces, one line break or a hyphen, and the brackets
#: of an editorial insertion ("Ivanka [Trump]").
_FORM_SEP = r"\]?(?:[ \t]+|[ \t]*\n[ \t]*|-)\[?"
_OPENERS = frozenset(" \t\"\u201c\u201d\u00ab\u00bb\u2018\u2019'([*_\u00a0")
_SENTENCE_ENDS = frozenset(".!?\u2026:;\n\u2014\u2013-\u2022|")

# --------------------------------------------------------------------------------------------
# Word lists, merged across languages: articles in one language quote names, titles and
# organisations from the other.


def _words_of(entry: str) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(_flat(entry)))


def _singles(*lists: Iterable[str]) -> frozenset[str]:
    return frozenset(_flat(w).rstrip(".") for lst in lists for w in lst)


def _multis(*lists: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(t for lst in lists for w in lst if (t := _words_of(w)))


def _alternation(entries: Iterable[str]) -> str:
    """A regex alternation of folded phrases, longest first, spaces matching any whitespace."""
    folded = sorted({_flat(e) for e in entries}, key=lambda s: (-len(s), s))
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in folded)


def _lone_after_head(lone_verbs: str) -> str:
    """The alternatives of ``lone_after`` that hold no role or kin noun of the set lookups:
    an age, a person's verb, a relative, a first name the press changed… after a given name
    (``tests/test_phrases.py`` adds the lookups' pieces as plain alternations to check the
    whole against them)."""
    return (
        r",[ \t]*\d{1,3}[ \t]*(?:,|ans\b|years?\b)|,[ \t]*(?:a|an)[ \t]+\d{1,3}-year-old"
        r"|,[ \t]*agee?[ \t]+de[ \t]+\d|,?[ \t]*(?:" + lone_verbs + r")(?![\w])"
        # « Dylan a 26 ans et un passé », "Dylan is 26 and": an age is a person's
        r"|[ \t]+a[ \t]+\d{1,3}[ \t]+ans(?![\w])"
        # « Karine, une Lyonnaise de 41 ans, »: an age in an indefinite apposition
        r"|,[ \t]*(?:un|une)[ \t]+(?:[a-z-]+[ \t]+){1,2}de[ \t]+\d{1,3}[ \t]+ans(?![\w])"
        # « Sandrine (le prénom a été modifié) », "Maria (not her real name)": a first name
        # the press changed is a person's
        r"|[ \t]*\((?:le[ \t]+|son[ \t]+)?prenom[ \t]+(?:a[ \t]+ete[ \t]+)?(?:modifie|change)\)"
        r"|[ \t]*\((?:not[ \t]+(?:her|his|their)[ \t]+real[ \t]+name|(?:(?:her|his|their)[ \t]+)?"
        r"name[ \t]+(?:has[ \t]+been[ \t]+)?changed|a[ \t]+pseudonym)\)"
        r"|[ \t]+(?:is|was)[ \t]+\d{1,3}(?:[ \t]+years?[ \t]+old)?(?=[ \t]*[,.;]|[ \t]+and\b)"
        r"|,[ \t]*(?:" + _alternation(people_en.LONE_NAME_RELATIVES) + r")[ \t]"
        # « Sylvie, qui habite », « Bernadette, venue d'Aurillac »
        r"|,[ \t]*(?:" + _alternation(people_fr.LONE_NAME_CLAUSES) + r")(?:(?<=')|(?![\w]))"
        # « Sandrine, dont le fils entre en CE2 »: kin only a person has
        r"|,[ \t]*dont[ \t]+(?:le|la|les|l'|son|sa|ses)[ \t]*(?:"
        + _alternation(people_fr.KIN_NOUNS) + r")(?![\w-])"
    )


@dataclass(frozen=True)
class _Lexicon:
    titles: frozenset[tuple[str, ...]]
    title_words: frozenset[str]
    single_name_titles: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    abbreviations: frozenset[str]
    not_initials: frozenset[str]  # two capitals that are an acronym, not initials ("US")
    generation: re.Pattern[str]  # "the younger", « le cadet » right before a shared surname
    younger: frozenset[str]  # the words of ``generation`` that name the junior
    name_titles: frozenset[str]  # titles before one given name: « le roi Erik », "Uncle Gilles"
    familiar_titles: frozenset[str]  # those of them that are no title of office: "Uncle"
    suffixes: frozenset[str]
    particles: frozenset[str]
    org_heads: frozenset[str]
    office_bodies: frozenset[str]  # heads of bodies with a holder (« président de la République »)
    party_words: frozenset[str]  # parties' one-word names (« le député Renaissance X »)
    weak_heads: frozenset[str]
    lower_titles: frozenset[str]  # one-word titles that also work in lowercase ("président")
    roles: frozenset[str]  # one-word role nouns: "Economist Margaret Hsu" starts with a cue
    demonyms: frozenset[str]  # "le Belge Jens Vercauteren": a role noun after a determiner
    demonym_endings: tuple[str, ...]
    demonym_endings_given: tuple[str, ...]  # those and rarer ones, before a given name only
    demonym_before: frozenset[str]  # determiners ("le", "l") before a demonym
    demonym_listed_only: frozenset[str]  # ... a listed one only ("the", not "the Evergreen")
    demonym_adjectives: frozenset[str]  # "le jeune Toulousain"
    not_first: frozenset[str]
    given_not_first: frozenset[str]  # "Christian": a given name before a known surname only
    given_in_french: frozenset[str]  # ... except in French, where it is no adjective
    plain_honorifics: frozenset[str]  # "Mr", « Mme »: any surname may follow them
    calendar_given: frozenset[str]  # "June", « Noël »: a month or a feast that is a given name
    function_words: dict[str, frozenset[str]]  # by language: "Son", "Will" differ
    inner_stop: dict[str, frozenset[str]]
    calendar: frozenset[str]
    calendar_multi: frozenset[tuple[str, ...]]
    attributive_after: frozenset[str]
    attributive_before: frozenset[str]
    work_nouns: frozenset[str]  # a quoted title after them is a work's ("her hit "X"")
    nickname_before: frozenset[str]  # a quoted run after them is a nickname ("dubbed "X"")
    nickname_appositions: frozenset[str]  # the same after a comma only (« X, dit « Y » »)
    kin_groups: frozenset[str]  # "la famille de Berny": the name is the family's
    places: frozenset[str]
    places_multi: frozenset[tuple[str, ...]]
    brands: frozenset[tuple[str, ...]]
    longest_multi: int  # words in the longest place, brand or holiday
    given: frozenset[str]
    surnames: frozenset[str]
    chinese_surnames: frozenset[str]  # written first: "Xi Jinping" (``_family_name_first``)
    pinyin_given: re.Pattern[str]  # a given name of one to three pinyin syllables
    famous: frozenset[str]  # people of history named by one word ("Corot", "Clovis")
    cue_before: _phrases.EndsWithPhrase
    cue_after: re.Pattern[str]
    apposition_nouns: frozenset[str]  # "Nino, voiturier": a lone given name is a person's
    role_nouns: frozenset[str]  # ", a local councillor": after a given name, a person's
    apposition: re.Pattern[str]  # ", a …," after a name: its words (``_noun_in_apposition``)
    role_complements: frozenset[str]  # "a councillor *for* Ward 3", « conseiller *de* X »
    place_initials: frozenset[str]  # "U.S.", "B.C.": a place's initials, no given names
    articles: frozenset[str]  # "a", « le »: a thing's name after them
    toponym_heads: frozenset[str]  # « Val » of « Val d'Isère »: a place before « d' »
    lone_before: re.Pattern[str]  # a person's verb before a lone given name ("raconte Karim")
    name_given: re.Pattern[str]  # "who gave only her surname, Lau": any word is a person's
    name_given_last: frozenset[str]  # the last words of its introducers ("surname", "as")
    lone_after: _phrases.StartsWithPhrase  # an age or a person's verb after it ("Moussa, 24 ans,")
    lone_role: _phrases.EndsWithPhrase  # a possessed role in apposition before it ("Sa coach, Inès,")
    lone_role_close: _phrases.EndsWithPhrase  # a possessed role right before it ("sa collègue Manon")
    lone_kin: re.Pattern[str]  # possessed kin in apposition before any name ("his wife, Máire,")
    lone_kin_close: re.Pattern[str]  # the same without a comma ("his father Dai, who")
    no_relation: re.Pattern[str]  # "– no relation –", « aucun lien de parenté »: namesakes
    siblings: frozenset[str]  # « les frères Luc et Paul Roussel »: one surname for both
    #: a joiner and possessed kin between two given names (« Manon et sa cousine Laura »,
    #: "Tom and his brother Luke"): both are people's
    kin_list_gap: re.Pattern[str]
    kin_surname: re.Pattern[str]  # possessed kin who share the owner's surname ("his son Luke")
    kin_feminine: frozenset[str]  # possessives that say the owner is a woman ("her")
    kin_plural: frozenset[str]  # possessives of a couple ("their", « leur »)
    #: after a surname, a verb and a possessive of the subject's gender ("Achterberg ended
    #: his day"; English only: French possessives agree with the noun): verb, possessive
    subject_possessive: re.Pattern[str]
    relative_possessive: re.Pattern[str]  # ", who testified from her home": the name's
    subject_possessives: dict[str, str]  # the possessive -> the gender it tells
    given_genders: dict[str, str]  # folded given name -> "f" or "m" (``lang/quotes_*.py``)
    organisation_nouns: frozenset[str]  # "ferry operator Hebridean Link": a firm's name
    organisation_adjective_endings: tuple[str, ...]  # « le syndicat *agricole* Terres d'Oc »
    place_before: frozenset[str]  # "from nearby Brindley Heath": a place
    medium_before: frozenset[str]  # « sur France Inter Jean Martin »: a medium, then a name
    place_of: re.Pattern[str]  # « la commune valaisanne de Val de Rèche »: a place
    letters: frozenset[str]  # "mp", "td": letters after a name, also written before it
    role_of: _phrases.EndsWithPhrase  # a role noun and "de" before an office ("ministre de l'Intérieur")
    role_of_place: _phrases.EndsWithPhrase  # ... and a plain « de » before a place (« député de Paris »)
    surname_epithet: re.Pattern[str]  # before a surname alone: a person ("du vieux Fabre")
    credit: re.Pattern[str]
    credit_triggers: tuple[str, ...]
    agencies: tuple[str, ...]
    byline: re.Pattern[str]
    byline_connectors: frozenset[str]


#: Role nouns that do not make an apposition after a given name: abbreviations and words
#: that introduce a name rather than describe a person ("Thomas, me dit-il").
_NOT_APPOSITIONS = frozenset({
    "named", "called", "dubbed", "late", "nommé", "nommée", "prénommé", "prénommée",
    "baptisé", "baptisée", "surnommé", "surnommée", "feue",
})


def _given_genders() -> dict[str, str]:
    """Flat given name -> the gender it tells (``lang/people_genders.py``)."""
    return {_flat(n): g for n, g in people_genders.given_genders().items()}


def _build_lexicon() -> _Lexicon:
    en, fr = people_en, people_fr
    titles = _multis(en.TITLES, fr.TITLES)
    places_all = (
        people_places.COUNTRIES
        + people_places.STATES
        + people_places.REGIONS
        + people_places.CITIES
        + people_places.LANDMARKS
    )
    place_tuples = _multis(places_all)
    holidays = _multis(en.HOLIDAYS, fr.HOLIDAYS)
    brands = _multis(en.EPONYMOUS_BRANDS, fr.EPONYMOUS_BRANDS)
    # "attorney X", "said X", "selon X", and with a preposition "la sœur de X", "wife of X".
    # A role noun may take one or two adjectives of nationality or age before the name
    # (« leur talonneur géorgien Levan Kharaishvili », « son collègue allemand Jens X »).
    endings = sorted({*fr.DEMONYM_ENDINGS, *fr.ADJECTIVE_ENDINGS}, key=len, reverse=True)
    adjective = (
        r"(?!(?:" + _alternation(fr.FUNCTION_WORDS) + r")(?![\w'-]))"
        r"(?:[a-z][a-z-]+(?:" + "|".join(endings) + r")|"
        + _alternation((*fr.DEMONYM_NOUNS, *fr.DEMONYM_ADJECTIVES)) + r")(?![\w'-])"
    )
    # (``_phrases.EndsWithPhrase``: the ~650 role nouns are looked up in a set, not compiled
    # into this pattern twice, and into ``role_of`` and ``role_of_place`` once each)
    roles = _phrases.Phrases(_flat(r) for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS))
    boundary = re.compile(r"(?<!\w)\Z")
    adjectives = r"(?:[ \t]+" + adjective + r"){0,2}"
    preposition = r"(?:[ \t]+(?:de|of)[ \t]+|[ \t]+d')?[ \t,:]*$"
    cue_before = _phrases.EndsWithPhrase((
        _phrases.Piece(boundary, roles, re.compile(adjectives + preposition), " \t,:\n"),
        _phrases.Piece(boundary, _phrases.Phrases(
            _flat(s) for s in (*en.SPEECH_BEFORE, *fr.SPEECH_BEFORE)),
            re.compile(preposition), " \t,:\n"),
        # a role noun and its complement, then the name in apposition: « le capitaine des
        # Bleus, Tevita Mafi, », « the mayor of Millbrook, Dawn Price », « la ministre
        # togolaise des Affaires étrangères, X », "the Minister for Corrections, X"
        _phrases.Piece(boundary, roles, re.compile(
            adjectives + r"[ \t]+(?:de|du|des|d'|of|for)[ \t]*[^,.;:!?()\"\n]{1,40},[ \t]*$"),
            " \t"),
    ))
    cue_after = re.compile(
        r"(?:['\u2019]s)?[ \t]*,?[ \t]*(?:(?:"
        + _alternation((*en.SPEECH_AFTER, *fr.SPEECH_AFTER))
        + r")(?![\w])|,[ \t]*\d{1,3}[ \t]*(?:,|ans\b|years?\b)|,[ \t]*(?:a|an)[ \t]+\d{1,3}-year-old"
        r"|,[ \t]*(?:âgée?|agee?)[ \t]+de"
        # "Conor Dalton SC, for the accused": a post-nominal is a person's
        r"|[ \t]+(?P<post_nominal>" + _alternation(en.POST_NOMINALS) + r")(?![\w'-])"
        # « Jovana Petrović, elle, est restée »: a stressed pronoun stands for a person
        r"|,[ \t]*(?:" + _alternation(fr.STRESSED_PRONOUNS) + r")[ \t]*,"
        # "Calum Morrison, a crofter who has lived": a noun in apposition that takes "who"
        r"|,[ \t]*(?:a|an)[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+(?:"
        + _alternation(en.LONE_NAME_RELATIVES) + r")(?![\w])"
        # « Konan Yao et son épouse Adjoua », "Dilip Nath and his wife": only a person has kin
        r"|[ \t]+(?:et|and)[ \t]+(?:son|sa|his|her)[ \t]+(?:"
        + _alternation((*en.KIN_NOUNS, *fr.KIN_NOUNS)) + r")(?![\w]))"
    )
    lone_verbs = _alternation((*en.LONE_NAME_VERBS, *fr.LONE_NAME_VERBS))
    # The look-behind also sees the character before a search's start: a paragraph that
    # opens with the cue ("His son, Cathal, flew", « Son frère, Julien, a ») still has it.
    # "who gave only her first name, Siobhan": a first name is a person's.
    lone_before = re.compile(
        r"(?<!\w)(?:" + lone_verbs + r"|(?:"
        + _alternation((*en.FIRST_NAME_NOUNS, *fr.FIRST_NAME_NOUNS,
                        *en.LONE_NAME_INTRODUCERS, *fr.LONE_NAME_INTRODUCERS))
        + r")[ \t]*[,:]?)[ \t]*$")
    # A role or a kin noun in apposition after the name, possessed or with an article:
    # « Mehdi, père de jumelles », « Aurélie, infirmière de nuit », « Annick, son épouse »,
    # "Harjit, a taxi driver"
    apposition_entries = [
        r for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *fr.KIN_NOUNS)
        if len(r) > 3 and "." not in r and r not in _NOT_APPOSITIONS]
    # (the nouns for people of the quotation stage too, looked up in a set, not compiled
    # into the patterns: « Nino, voiturier du palace »; not the ones that describe firms or
    # things as well: NOT_PERSON_APPOSITIONS)
    not_persons = {*_NOT_APPOSITIONS, *en.NOT_PERSON_APPOSITIONS, *fr.NOT_PERSON_APPOSITIONS}
    person_nouns = frozenset(
        _flat(r) for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *fr.KIN_NOUNS,
                           *quotes_en.PERSON_NOUNS, *quotes_fr.PERSON_NOUNS)
        if len(r) > 3 and "." not in r and r not in not_persons)
    role_nouns = frozenset(_flat(r) for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS)
                           if r not in {*en.NOT_PERSON_APPOSITIONS, *fr.NOT_PERSON_APPOSITIONS})
    # (``_phrases.StartsWithPhrase``: the role and kin nouns of ``apposition`` are looked up
    # in a set, not compiled three times into the pattern)
    appositions = _phrases.Phrases(_flat(r) for r in apposition_entries)
    loose_words = r"(?:[a-z][a-z-]*[ \t]+)"
    lone_after = _phrases.StartsWithPhrase(
        re.compile(r"[ \t]*(?:" + _lone_after_head(lone_verbs) + r")"),
        (
            # « Matthieu, c'est son frère aîné »: possessed, the same after « c'est » (not « X,
            # c'est une femme qui »: a character described)
            _phrases.Piece(
                re.compile(r"[ \t]*,[ \t]*c'est[ \t]+(?:" + _alternation(fr.LONE_NAME_POSSESSIVES)
                           + r")[ \t]+" + loose_words + r"{0,2}"),
                appositions, re.compile(r"(?![\w'-])"), " \t"),
            _phrases.Piece(
                re.compile(r"[ \t]*,[ \t]*(?:(?:" + _alternation((*en.APPOSITION_ADVERBS,
                                                                 *fr.APPOSITION_ADVERBS))
                           + r")[ \t]+)?(?:(?:" + _alternation((
                               *en.LONE_NAME_POSSESSIVES, *fr.LONE_NAME_POSSESSIVES,
                               *fr.APPOSITION_DETERMINERS, *en.APPOSITION_DETERMINERS))
                           + r")[ \t]+" + loose_words + r"{0,2})?"),
                appositions, re.compile(r"(?![\w'-])"), " \t,"),
            # « Karim, le plus ancien des six salariés, »: a definite role noun, maybe plural
            _phrases.Piece(
                re.compile(r"[ \t]*,[ \t]*(?:le|la|the)[ \t]+" + loose_words + r"{0,4}"),
                appositions, re.compile(r"(?:s|es)?(?![\w'-])"), " \t"),
        ),
        opening=re.compile(r"[ \t]*,"),
    )
    # « Sa préparatrice physique, Inès, », "Her neighbour, Carol,": a possessed role noun in
    # apposition before a given name closed by a comma
    # With a definite article, a trade or an office (« s'amuse la boulangère, Sandrine. »),
    # not kin: « Il y avait la mère, Véronique » is a list, and kin needs an owner.
    kin = {_flat(k) for k in (*en.KIN_NOUNS, *fr.KIN_NOUNS, *en.NOT_ROLE_ARTICLE_NOUNS,
                              *fr.NOT_ROLE_ARTICLE_NOUNS)}
    trades = [r for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS) if _flat(r) not in kin]
    lone_roles = (*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *en.LONE_ROLE_NOUNS, *fr.LONE_ROLE_NOUNS)
    former = _alternation((*en.FORMER_ADJECTIVES, *fr.FORMER_ADJECTIVES))
    # "Her older brother, Chidi,", « son petit frère, Julien, »: an adjective of age or rank
    kin_adjective = r"(?:(?:" + _alternation((*en.KIN_ADJECTIVES, *fr.KIN_ADJECTIVES)) \
        + r")[ \t]+)?"
    # (``_phrases.EndsWithPhrase``: the ~650 nouns are looked up in sets, not compiled into
    # the pattern four times)
    possessor = (r"(?<!\w)(?:" + _alternation((*en.LONE_NAME_POSSESSIVES, *fr.LONE_NAME_POSSESSIVES))
                 + r"|[a-z][a-z-]*'s|[a-z][a-z-]*s')[ \t]+")
    role_words = r"(?:[ \t]+[a-z][a-z'-]*){0,3}[ \t]*,[ \t]*$"
    trade_phrases = _phrases.Phrases(_flat(r) for r in trades)
    lone_role_phrases = _phrases.Phrases(_flat(r) for r in lone_roles)
    lone_role = _phrases.EndsWithPhrase(
        (
            _phrases.Piece(
                re.compile(possessor + kin_adjective + r"\Z"),
                lone_role_phrases, re.compile(role_words), " \t,"),
            # « Le père de Thomas Reynaud, Bernard, »: kin of a person named in the complement
            _phrases.Piece(
                re.compile(r"(?<![\w'])(?:le|la|l')[ \t]*" + kin_adjective + r"\Z"),
                _phrases.Phrases(_flat(k) for k in fr.KIN_NOUNS),
                re.compile(r"[ \t]+(?:de|du|d')[ \t]*(?:[a-z][a-z'-]*[ \t]*){1,3},[ \t]*$"),
                " \t,"),
            _phrases.Piece(
                re.compile(r"(?<!\w)(?:(?:" + _alternation((*en.ROLE_ARTICLES, *fr.ROLE_ARTICLES))
                           + r")[ \t]+|l')(?:(?:" + former + r")[ \t]+)?\Z"),
                trade_phrases, re.compile(role_words), " \t,"),
            # « Ses filles, Lou et Inès, », « deux militantes, Manon et Julie, »: a group of
            # people named in apposition (the names after the first are taken by coordination)
            _phrases.Piece(
                re.compile(r"(?<!\w)(?:" + _alternation((*en.LONE_NAME_PLURALS,
                                                         *fr.LONE_NAME_PLURALS)) + r")[ \t]+\Z"),
                _phrases.Phrases(_flat(r) for r in (*en.ROLE_NOUNS, *fr.ROLE_NOUNS, *en.KIN_NOUNS,
                                                    *fr.KIN_NOUNS, *en.KIN_PLURALS)),
                re.compile(r"(?:s|es)?" + role_words), " \t,se"),
            # « Une octogénaire, Jeannine, », « Un jeune homme de 19 ans, Ibrahim, », "A
            # neighbour, Carol,": an indefinite role or person noun, maybe with an age
            _phrases.Piece(
                re.compile(r"(?<![\w'])(?:" + _alternation((*en.APPOSITION_DETERMINERS,
                                                            *fr.APPOSITION_DETERMINERS))
                           + r")[ \t]+(?:(?:" + former + r")[ \t]+)?\Z"),
                _phrases.Phrases(_flat(r) for r in (*trades, *en.LONE_PERSON_NOUNS,
                                                    *fr.LONE_PERSON_NOUNS)),
                re.compile(r"(?:[ \t]+[a-z0-9][a-z0-9'-]*){0,4}[ \t]*,[ \t]*$"), " \t,"),
        ),
        needed=re.compile(r",[ \t]*$"),
    )
    # « sa collègue Manon hoche la tête », « son petit-fils Lucas »: the same role right
    # before the name, without commas
    # « dont le fils Hugo est rentré », "whose son Hugo": kin of a person just named;
    # "Graham's daughter Jess", "the Pettersens' daughter Jess": a person's or a family's
    lone_role_close = _phrases.EndsWithPhrase(
        (_phrases.Piece(
            re.compile(r"(?<!\w)(?:" + _alternation((*en.LONE_NAME_POSSESSIVES,
                                                     *fr.LONE_NAME_POSSESSIVES))
                       + r"|dont[ \t]+(?:le|la|les)|whose|[a-z][a-z-]*'s|[a-z][a-z-]*s')[ \t]+"
                       + kin_adjective + r"\Z"),
            lone_role_phrases, re.compile(adjectives + r"[ \t]+$"), " \t"),),
        needed=re.compile(r"[ \t]$"),
    )
    # "O'Sullivan's wife, Máire,", « son épouse, Lucienne, »: kin only a person has, owned by
    # a person, in apposition before a capitalised word: that word is a first name
    lone_kin = re.compile(
        r"(?<!\w)(?:" + _alternation(p for p in (*en.LONE_NAME_POSSESSIVES,
                                                 *fr.LONE_NAME_POSSESSIVES) if p != "its")
        + r"|[a-z][a-z-]*'s|[a-z][a-z-]*s')[ \t]+(?:" + _alternation((*en.KIN_NOUNS, *fr.KIN_NOUNS,
                                                        *en.RANK_KIN, *fr.RANK_KIN))
        # ("Her 9-year-old, Jaylen,": a child by their age)
        + r"|\d{1,2}-year-old),[ \t\u00a0]*$"
        # « la mère du Français, Sophie, », « la compagne du vainqueur, Justine, »: kin of
        # somebody the complement names
        + r"|(?<![\w'])(?:le|la|l'|the)[ \t]*(?:" + _alternation((*en.KIN_NOUNS, *fr.KIN_NOUNS))
        + r")[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l'|of[ \t]+the)[ \t]*[a-z][a-z-]*,[ \t\u00a0]*$"
    )
    lone_kin_close = re.compile(
        r"(?<!\w)(?:" + _alternation(p for p in (*en.LONE_NAME_POSSESSIVES,
                                                 *fr.LONE_NAME_POSSESSIVES) if p != "its")
        + r"|[a-z][a-z-]*'s|[a-z][a-z-]*s')[ \t]+(?:" + _alternation((*en.KIN_NOUNS, *fr.KIN_NOUNS,
                                                        *en.RANK_KIN, *fr.RANK_KIN))
        + r")[ \t\u00a0]+$"
    )
    # "his son Luke", "Mulvey's wife, Bríd,", « Leur fils Romain »: the owner is the word
    # before "'s" or, after a possessive, the person named just before
    kin_surname = re.compile(
        r"(?<![\w'])(?:(?P<pronoun>" + _alternation((*en.SURNAME_KIN_POSSESSIVES,
                                                     *fr.SURNAME_KIN_POSSESSIVES))
        + r")|(?P<owner>[^\W\d_][\w-]*)'s|(?P<family>[^\W\d_][\w-]*s)')[ \t]+(?P<kin>"
        + _alternation((*en.SURNAME_KIN_NOUNS, *fr.SURNAME_KIN_NOUNS))
        + r")(?:[ \t\u00a0]+|[ \t\u00a0]*,[ \t\u00a0]*)$"
    )
    markers = sorted({*en.CREDIT_MARKERS, *fr.CREDIT_MARKERS}, key=lambda s: (-len(s), s))
    credit_by = sorted({*en.CREDIT_BY, *fr.CREDIT_BY}, key=lambda s: (-len(s), s))
    # Matched at the offsets where a trigger (a marker's first word) occurs.
    credit = re.compile(
        r"(?:(?:" + "|".join(re.escape(m) for m in markers) + r")[ \t]*:"
        r"|\u00a9|\(c\)|(?:" + "|".join(re.escape(m) for m in credit_by) + r"))[^\n]*"
    )
    # Triggers are searched in the flat text (one byte per character: str.find is fastest
    # there); str.find on "photo" also finds "Photos" and "PHOTOGRAPHED", so only the
    # shortest of a family is kept.
    firsts = {_flat(m.split()[0]) for m in (*markers, *credit_by)} | {"\u00a9", "(c)"}
    triggers = {t for t in firsts if not any(t != o and t.startswith(o) for o in firsts)}
    agencies = tuple(sorted({*en.PHOTO_AGENCIES, *fr.PHOTO_AGENCIES}))
    bylines = sorted({*en.BYLINE_MARKERS, *fr.BYLINE_MARKERS}, key=lambda s: (-len(s), s))
    # Matched at the start of each line.
    byline = re.compile(
        r"[ \t]*(?:" + "|".join(re.escape(b) for b in bylines)
        + rf")(?:[ \t]*:)?[ \t]+(?=[{_U}])(?P<names>[^\n]{{1,80}})$"
    )
    given = frozenset(people_names.GIVEN_NAMES)
    office_of = r"(?:de[ \t]+l'|du|de[ \t]+la|des|d'|of(?:[ \t]+the)?)"
    return _Lexicon(
        titles=titles,
        title_words=frozenset(w for t in titles for w in t),
        single_name_titles=_singles(en.SINGLE_NAME_TITLES, fr.SINGLE_NAME_TITLES),
        male_titles=_singles(en.MALE_HONORIFICS, fr.MALE_HONORIFICS),
        female_titles=_singles(en.FEMALE_HONORIFICS, fr.FEMALE_HONORIFICS),
        not_initials=_singles(en.NOT_INITIALS),
        generation=re.compile(
            r"(?<![\w'])(?:the|le|la|l')[ \t]*(" + _alternation(
                (*en.YOUNGER_WORDS, *en.ELDER_WORDS, *fr.YOUNGER_WORDS, *fr.ELDER_WORDS))
            + r")[ \t]+$"),
        younger=frozenset((*en.YOUNGER_WORDS, *fr.YOUNGER_WORDS)),
        familiar_titles=_singles(en.FAMILIAR_TITLES, fr.FAMILIAR_TITLES),
        name_titles=_singles(en.SINGLE_NAME_TITLES, fr.SINGLE_NAME_TITLES, en.FAMILIAR_TITLES,
                             fr.FAMILIAR_TITLES),
        abbreviations=frozenset(t[0] for t in titles if len(t) == 1 and len(t[0]) <= 4)
        | {"jr", "sr", "st", "mt", "ft"},
        suffixes=_singles(en.NAME_SUFFIXES),
        particles=_singles(en.NAME_PARTICLES, fr.NAME_PARTICLES),
        org_heads=_singles(en.ORG_HEADS, fr.ORG_HEADS),
        office_bodies=_singles(fr.OFFICE_BODIES),
        party_words=_singles(fr.PARTY_WORDS),
        weak_heads=_singles(en.WEAK_ORG_HEADS, fr.WEAK_ORG_HEADS),
        lower_titles=frozenset(
            t[0] for t in titles if len(t) == 1 and len(t[0]) > 4
        ) - _singles(en.MALE_HONORIFICS, fr.MALE_HONORIFICS, en.FEMALE_HONORIFICS,
                     fr.FEMALE_HONORIFICS, ("Father", "Private", "Major", "General", "Agent", "Frère", "Secrétaire",
                                            "Officer", "Deputy", "Nurse", "Chief", "Director",
                                            "Secretary", "Speaker", "Attorney", "Coach",
                                            "Chef", "Lieutenant", "Captain", "Justice")),
        roles=frozenset(
            w for w in _singles(en.ROLE_NOUNS, fr.ROLE_NOUNS) if " " not in w and w.isalpha()
        ),
        demonyms=_singles(fr.DEMONYM_NOUNS) | frozenset(quotes_en.DEMONYM_WORDS),
        demonym_endings=fr.DEMONYM_ENDINGS,
        demonym_endings_given=fr.DEMONYM_ENDINGS + fr.DEMONYM_ENDINGS_BEFORE_GIVEN,
        demonym_before=_singles(fr.DEMONYM_DETERMINERS, en.DEMONYM_DETERMINERS),
        demonym_listed_only=_singles(en.DEMONYM_DETERMINERS),
        demonym_adjectives=_singles(fr.DEMONYM_ADJECTIVES, en.DEMONYM_ADJECTIVES),
        not_first=_singles(en.NOT_FIRST, fr.NOT_FIRST),
        given_not_first=_singles(en.GIVEN_AND_NOT_FIRST, fr.GIVEN_AND_NOT_FIRST),
        given_in_french=_singles(en.GIVEN_IN_FRENCH),
        plain_honorifics=_singles(en.PLAIN_HONORIFICS, fr.PLAIN_HONORIFICS),
        calendar_given=_singles(en.CALENDAR_GIVEN_NAMES, fr.CALENDAR_GIVEN_NAMES),
        function_words={"en": _singles(en.FUNCTION_WORDS), "fr": _singles(fr.FUNCTION_WORDS)},
        inner_stop={"en": _singles(en.INNER_STOP), "fr": _singles(fr.INNER_STOP)},
        calendar=_singles(en.MONTHS, fr.MONTHS, en.WEEKDAYS, fr.WEEKDAYS)
        | frozenset(t[0] for t in holidays if len(t) == 1),
        calendar_multi=frozenset(t for t in holidays if len(t) > 1),
        attributive_after=_singles(en.ATTRIBUTIVE_AFTER, fr.ATTRIBUTIVE_AFTER),
        attributive_before=_singles(en.ATTRIBUTIVE_BEFORE, fr.ATTRIBUTIVE_BEFORE),
        work_nouns=_singles(en.WORK_NOUNS, fr.WORK_NOUNS),
        nickname_before=_singles(en.NICKNAME_BEFORE, fr.NICKNAME_BEFORE),
        nickname_appositions=_singles(en.NICKNAME_APPOSITIONS, fr.NICKNAME_APPOSITIONS),
        kin_groups=_singles(en.KIN_GROUPS, fr.KIN_GROUPS),
        places=frozenset(t[0] for t in place_tuples if len(t) == 1),
        places_multi=frozenset(t for t in place_tuples if len(t) > 1),
        brands=brands,
        longest_multi=max(len(t) for t in (*place_tuples, *brands, *holidays)),
        given=given,
        surnames=frozenset(people_names.SURNAMES),
        chinese_surnames=people_names.CHINESE_SURNAMES,
        pinyin_given=re.compile("(?:" + "|".join(sorted(people_names.PINYIN_SYLLABLES, key=len,
                                                        reverse=True)) + "){1,3}"),
        famous=people_names.FAMOUS_SINGLE_NAMES,
        cue_before=cue_before,
        cue_after=cue_after,
        apposition_nouns=person_nouns,
        role_nouns=role_nouns,
        apposition=re.compile(
            r"[ \t]*,[ \t]*(?:(?:" + _alternation((*en.APPOSITION_OPENERS, *fr.APPOSITION_OPENERS))
            + r")[ \t]+|l['\u2019])?([^,.;:!?()\"\u00ab\u00bb\u201c\u201d]{1,80})(,?)"),
        role_complements=_singles(en.ROLE_COMPLEMENTS, fr.ROLE_COMPLEMENTS),
        place_initials=_singles(en.PLACE_INITIALS),
        articles=_singles(en.ARTICLES, fr.ARTICLES),
        toponym_heads=_singles(fr.TOPONYM_HEADS),
        lone_before=lone_before,
        name_given_last=frozenset(_flat(w).split()[-1] for w in (
            *en.FIRST_NAME_NOUNS, *fr.FIRST_NAME_NOUNS, *en.NAME_INTRODUCERS)),
        name_given=re.compile(
            r"(?<!\w)(?:" + _alternation((*en.FIRST_NAME_NOUNS, *fr.FIRST_NAME_NOUNS,
                                         *en.NAME_INTRODUCERS))
            + r")[ \t]*[,:]?[ \t]*$"),
        lone_after=lone_after,
        lone_role=lone_role,
        lone_role_close=lone_role_close,
        lone_kin=lone_kin,
        lone_kin_close=lone_kin_close,
        siblings=_singles(en.SIBLING_NOUNS, fr.SIBLING_NOUNS),
        kin_list_gap=re.compile(
            r"[ \t]+(?:and|et)[ \t]+(?:" + _alternation((
                *en.LONE_NAME_POSSESSIVES, *fr.LONE_NAME_POSSESSIVES))
            + r")[ \t]+(?:" + _alternation((*en.KIN_NOUNS, *fr.KIN_NOUNS)) + r")[ \t]+"),
        no_relation=re.compile("|".join((*en.NO_RELATION, *fr.NO_RELATION)), re.IGNORECASE),
        kin_surname=kin_surname,
        kin_feminine=_singles(en.SURNAME_KIN_FEMININE),
        kin_plural=_singles(en.SURNAME_KIN_PLURAL, fr.SURNAME_KIN_PLURAL),
        subject_possessive=re.compile(
            r"\s+(?!(?:" + _alternation(en.NOT_SUBJECT_VERBS) + r")\b)[a-z]+\s+("
            + _alternation(tuple(en.SUBJECT_POSSESSIVES)) + r")\s+(?!(?:"
            + _alternation(en.NOT_POSSESSED) + r")\b)[a-z]"),
        relative_possessive=re.compile(
            r",\s+(?:" + _alternation(en.LONE_NAME_RELATIVES) + r")\s+[^,.;:!?\"\n]{0,60}?(?<!\w)("
            + _alternation(tuple(en.SUBJECT_POSSESSIVES)) + r")\s+(?!(?:"
            + _alternation(en.NOT_POSSESSED) + r")\b)[a-z]"),
        subject_possessives=en.SUBJECT_POSSESSIVES,
        given_genders=_given_genders(),
        organisation_nouns=_singles(en.ORGANISATION_NOUNS, fr.ORGANISATION_NOUNS),
        organisation_adjective_endings=(*en.ORGANISATION_ADJECTIVE_ENDINGS,
                                        *fr.ORGANISATION_ADJECTIVE_ENDINGS),
        place_before=_singles(en.PLACE_BEFORE),
        medium_before=_singles(en.MEDIUM_PREPOSITIONS, fr.MEDIUM_PREPOSITIONS),
        letters=_singles(en.POST_NOMINALS),
        place_of=re.compile(r"(?<![\w'])(?:" + _alternation((*en.PLACE_NOUNS, *fr.PLACE_NOUNS))
                            + r")(?:[ \t]+[a-zà-ÿ-]+)?[ \t]+(?:de|d'|of)[ \t]*$"),
        role_of=_phrases.EndsWithPhrase(
            (_phrases.Piece(re.compile(r"(?:^|[^\w])\Z"), roles, re.compile(
                adjectives + r"[ \t]+" + office_of + r"[ \t]*$"), " \t"),),
            needed=re.compile(r"[ \t]" + office_of + r"[ \t]*$")),
        role_of_place=_phrases.EndsWithPhrase(
            (_phrases.Piece(re.compile(r"(?:^|[^\w])\Z"), roles, re.compile(
                adjectives + r"[ \t]+(?:de|du)[ \t]*$"), " \t"),),
            needed=re.compile(r"[ \t](?:de|du)[ \t]*$")),
        surname_epithet=re.compile(
            r"(?:^|[^\w])(?:" + _alternation(fr.EPITHET_DETERMINERS) + r")[ \t]+("
            + _alternation(fr.SURNAME_EPITHETS) + r")[ \t]+$"),
        credit=credit,
        credit_triggers=tuple(sorted(triggers)),
        agencies=agencies,
        byline=byline,
        byline_connectors=frozenset(
            {"and", "et", "with", "avec", "de", "du", "des", "for", "pour", "in", "à", "a", "the",
             "le", "la", "les", "van", "von", "der"}
        ),
    )


class _LazyLexicon:
    """Stands for ``_LEX`` until an article is annotated: the lexicon (~0.1 s of CPU, most of
    it compiling its three largest patterns) is built on first use, by ``build_tables``.

    A build whose articles all come from the cache never annotates, so it never pays for
    the lexicon; the builder builds it once before forking worker processes, which inherit
    it. Once built, ``_LEX`` is the lexicon itself: the code that reads it is unchanged.
    """

    def __getattr__(self, name: str) -> object:
        return getattr(build_tables(), name)


_LEX: _Lexicon = _LazyLexicon()  # type: ignore[assignment]  # replaced by build_tables()
#: A run of capitalised words (``_chunk_re``), compiled with the lexicon.
_CHUNK_RE: re.Pattern[str] | None = None


def build_tables() -> _Lexicon:
    """The lexicon and the patterns made from it, built now if they are not yet (see
    ``_LazyLexicon``). Building them again would give the same tables: a race between two
    threads costs time, never a difference."""
    global _LEX, _CHUNK_RE
    lex = _LEX
    if isinstance(lex, _LazyLexicon):
        lex = _build_lexicon()
        _CHUNK_RE = _chunk_pattern(lex)
        _LEX = lex
    return lex


def tables_built() -> bool:
    """Whether ``build_tables`` has run in this process (tests, the builder's statistics)."""
    return not isinstance(_LEX, _LazyLexicon)


_ELISIONS_FR = frozenset(people_fr.ELISIONS)

_CAP = rf"[{_U}][^\W_]*(?:['\u2019\u2018][^\W_]+)*"


def _chunk_pattern(lex: _Lexicon) -> re.Pattern[str]:
    """A run of capitalised words: separated by spaces, a hyphen or an abbreviation's period,
    with lowercase particles ("de", "van") or an elided "d'" between them."""
    particle_alt = "|".join(sorted(lex.particles, key=lambda s: (-len(s), s)))
    # (a given name's second syllable may follow in lowercase: "Ivan Ho Chun-kit", "Lee
    # Jae-myung"; six letters at most, as in ``_syllable_after_hyphen``)
    cap = rf"{_CAP}(?:-[a-z]{{2,6}}(?![\w'\u2019-]))?"
    return re.compile(
        rf"{cap}(?:(?:[ \u00a0]+|-|\.[ \u00a0]*)(?:(?:{particle_alt})(?:[ \u00a0]+|-(?=[{_U}]))"
        rf"|d['\u2019])*{cap})*"
    )


def _chunk_re() -> re.Pattern[str]:
    pattern = _CHUNK_RE
    if pattern is None:
        build_tables()
        pattern = _CHUNK_RE
        assert pattern is not None
    return pattern
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s)\]>\u00bb\u201d\"]+", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SEG = rf"[{_U}][\w.'\u2019&-]*(?:[ \u00a0]+[{_U}][\w.'\u2019&-]*)*"
_SLASH_CREDIT_RE = re.compile(rf"{_SEG}(?:[ \u00a0]*/[ \u00a0]*{_SEG})+")
#: An elided particle between two words of a name: « Jean d'Ormesson », « Giscard d'Estaing ».
_ELIDED_PARTICLE_RE = re.compile(r"[ \u00a0]+d['\u2019]")
#: An elided particle joining the words of a place's name (« Val-d'Oise », « Côtes-d'Armor »).
_HYPHEN_ELISION_RE = re.compile(r"-[dlDL]['\u2019]")
_COORD_BEFORE_RE = re.compile(r"[ \t]+(?:and|et|&)[ \t]+$")
_COORD_AFTER_RE = re.compile(r"[ \t]+(?:and|et|&)[ \t]+")
_SENTENCE_STOP_RE = re.compile(r"[^\W\d_][^\W\d_A-Z]\.[ \u00a0]+")
_TITLECASE_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_HEADLINE_MAX = 250
_MANY_GROUPS = 48
#: Flat text to words for the large-registry prefilter: everything but letters, digits and
#: "@" becomes a space. Flat text holds only Latin-1 characters, so it is translated as bytes
#: (str.translate with a table costs ten times more).
_KEY_SPLIT = bytes(i if chr(i).isalnum() or i == 64 else 32 for i in range(256))
_DE = frozenset({"de", "des", "du", "of"})
#: French articles fused with « à » or « de » before a capitalised run: a venue, a firm or a
#: work (« au Dôme de Marseille », « du Café de la Danse »), not a person, unless a given
#: name, a role, a title or a demonym opens the run.
#: ... and the plural article: « Les Nuits de Tanger, lui, en prend », « les Castaing »
#: (a family, not one person).
_CONTRACTED_ARTICLES = frozenset({"au", "aux", "du", "les"})
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf",
                      "dix"})
_SENTENCE_BREAK_RE = re.compile(r"[.!?][ \t]+[^\W\d_]")
_SIMPLE_WORD_RE = re.compile(r"[^\W_]+")
_DIGIT_RE = re.compile(r"\d")
_APOSTROPHE_RE = re.compile("['\u2019\u2018]")
_AFTER_RE = re.compile(r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)([^\W_]+)")


def _positions(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset of ``needle`` in ``text`` (str.find runs in C; a regex would not)."""
    found: list[int] = []
    stop = len(text) if end is None else end
    i = text.find(needle, start, stop)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1, stop)
    return found


def _is_word_at(text: str, pos: int, length: int) -> bool:
    """Whether text[pos:pos+length] is a whole word (no letter or digit on either side)."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + length] if pos + length < len(text) else " "
    return not (before.isalnum() or before == "_" or after.isalnum() or after == "_")

# --------------------------------------------------------------------------------------------
# The registry, compiled once per Registry object.


@lru_cache(maxsize=16384)
def _compiled(source: str) -> re.Pattern[str]:
    """Registry patterns are compiled when first searched: most articles name few of the
    registry's people, and compiling every form up front cost ~0.1 s per registry."""
    return re.compile(source)


class _Form(NamedTuple):
    """One way of writing a registry person's name, for search in flat text."""

    person: str
    kind: MentionKind
    rank: int  # tie-break: names before aliases before handles
    words: int
    source: str  # the regex, compiled on first use (``pattern``)
    initials: tuple[bool, ...]  # whether each word is capitalised as written
    text: str  # as written in the registry: the usual match, checked first

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.source)


class _KeyGroup(NamedTuple):
    """All forms that start with the same word, searched with one pattern, longest first."""

    key: str  # the first word, flat: a substring test skips groups absent from the text
    source: str  # the regex, compiled on first use (``pattern``)
    forms: tuple[_Form, ...]  # in the order of the pattern's groups

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.source)


@dataclass(frozen=True)
class _RegistryIndex:
    groups: tuple[_KeyGroup, ...]
    keys: tuple[bytes, ...]  # each group's key, Latin-1 encoded (flat text is Latin-1)
    parts: dict[str, tuple[str | None, str | None]]  # person -> (given name, surname), flat
    explicit_words: frozenset[str]  # one-word names and aliases: they win over derived forms
    rare_given: dict[str, str]  # rare given name -> the only person who has it
    surnames: frozenset[str]
    surname_owners: dict[str, tuple[str, ...]]  # surname -> registry people who bear it
    genders: dict[str, str | None]
    compounds: dict[str, str]  # person -> surname of several words, flat ("le bihan")
    #: (given name, surname) -> the people whose name is these two words, flat ("Roland
    #: Pryor"): a middle name written in full between them is still theirs
    two_words: dict[tuple[str, str], tuple[str, ...]]


#: A last word that is a given name of two syllables joined by a hyphen, the second in
#: lowercase, written after the family name: "Veronica Tse Wai-man", "Moon Jae-in".
_EAST_ASIAN_GIVEN_RE = re.compile(r"\s[^\W\d_]+-[^\W\d_A-Z]+$")


def _family_name_first(words: Sequence[str]) -> bool:
    """Two flat words written family name first, the Chinese way ("xi jinping", "wang yi"): a
    common Chinese family name, then a given name of one to three pinyin syllables."""
    return len(words) == 2 and words[0] in _LEX.chinese_surnames \
        and _LEX.pinyin_given.fullmatch(words[1]) is not None


def _noun_in_apposition(low: str, end: int, stop: int, nouns: frozenset[str],
                        closed: bool = True) -> bool:
    """An apposition right after ``end`` whose head, one of its first four words, is in
    ``nouns``: "Frank Mills, a local councillor,". ``closed``: a comma closes it, the head
    followed by one adjective or a complement at most — not a new clause's subject (« sur
    France Inter, la ministre a confirmé que… »); else the head is its first word (« Nino,
    voiturier du palace »)."""
    m = _LEX.apposition.match(low, end, stop)
    if m is None:
        return False
    words = _WORD_RE.findall(m.group(1).replace("'", " ").replace("\u2019", " "))
    if not closed:  # (right after the comma and its determiner: not « X, et la tante »)
        return bool(words) and words[0] in nouns
    head = next((i for i, w in enumerate(words[:4]) if w in nouns), None)
    if head is None:
        return False
    rest = words[head + 1:]
    while rest and rest[0] in nouns:
        rest = rest[1:]  # a compound role: "deputy director general"
    if rest and rest[0] not in _LEX.role_complements:
        rest = rest[1:]  # one adjective: « conseiller municipal »
    return bool(m.group(2)) and (not rest or rest[0] in _LEX.role_complements)


#: French nouns for a person by their ending (``people_fr.TRADE_ENDINGS``), and the words so
#: ending that are no person (``quotes_fr.NOT_PERSON_NOUNS``), folded.
_TRADE_ENDINGS: tuple[str, ...] = tuple(_flat(e) for e in people_fr.TRADE_ENDINGS)
_NOT_TRADES: frozenset[str] = frozenset(_flat(w) for w in quotes_fr.NOT_PERSON_NOUNS)
_FIRST_WORD_RE = re.compile(r"[ \t]*,[ \t]*([a-z][a-z-]*)(?=[ \t,])")


def _trade_after(full: str, low: str, end: int, stop: int) -> bool:
    """A noun for a person, the first word of an apposition after ``end``, with no
    determiner, known or by its French ending (« Sandra, polisseuse depuis 22 ans, »,
    « Lucie et Manon, étudiantes, »): the given name before it is a person's."""
    m = _FIRST_WORD_RE.match(low, end, stop)
    if m is None or not full[m.start(1)].islower():  # (not a name: « Saint-Alban, Sébastien »)
        return False
    word = m.group(1)
    for w in (word, word[:-1]) if word.endswith("s") and len(word) > 5 else (word,):
        if w in _LEX.apposition_nouns:
            return True
        if w not in _NOT_TRADES and any(w.endswith(e) and len(w) > len(e) + 2
                                        for e in _TRADE_ENDINGS):
            return True
    return False


def _role_in_apposition(low: str, end: int, stop: int) -> bool:
    """"Frank Mills, a local councillor, said", « Jordan Pryce, conseiller municipal, »: a
    person's role in an apposition closed by a comma."""
    return _noun_in_apposition(low, end, stop, _LEX.role_nouns)


def _speech_after_apposition(doc: _Doc, end: int) -> bool:
    """The apposition after ``end`` is closed by a comma and a speech verb follows it
    ("X, the president of the union, said")."""
    m = _LEX.apposition.match(doc.low, end, doc.ends[doc.para_of(end)])
    return m is not None and bool(m.group(2)) \
        and _LEX.cue_after.match(doc.low, m.end() - 1, doc.ends[doc.para_of(end)]) is not None


def _given_as_a_name(doc: _Doc, start: int) -> bool:
    """The word at ``start`` is given as a name ("who gave only her surname, Lau"): the word
    before it ends one of the introducers (a set lookup first, the pattern only then)."""
    lead = doc.low[max(0, start - 24):start].rstrip(" \t,:").rsplit(None, 1)
    if not lead or lead[-1] not in _LEX.name_given_last:
        return False
    return _LEX.name_given.search(doc.low, max(doc.starts[doc.para_of(start)], start - 30),
                                  start) is not None


def _surname_with_another_given(doc: _Doc, given: str, surname: str) -> bool:
    """The article writes ``surname`` after another known given name ("Major Tom Harper …
    Major Harper said"): the title and the surname are that person's."""
    return any(m.group(1) != given and m.group(1) in _LEX.given
               for m in re.finditer(rf"(?<![\w'-])([a-z][a-z-]*) {re.escape(surname)}(?![\w'-])",
                                    doc.low))


def _after_function_word(doc: _Doc, pos: int) -> bool:
    """The word right before ``pos`` is a function word (« sur », "to", « le »)."""
    before = doc.word_before(pos)
    return before is not None and doc.low[before[0]:before[1]] in doc.function_words


def _vietnamese(doc: _Doc, run: Sequence[_Tok]) -> bool:
    """Three or four one-syllable words opening with a Vietnamese family name, separated by
    spaces ("Tran Thi Hoa", "Pham Minh Chinh"): a Vietnamese name, family name first."""
    words = [doc.low[t.start:t.end] for t in run]
    return people_names.vietnamese_family_first(words) \
        and all(doc.full[a.end:b.start] == " " for a, b in itertools.pairwise(run))


def _name_parts(name: str) -> tuple[str | None, str | None]:
    """(given name, surname) of a full name, flat; None for one-word names. The family name
    of "Veronica Tse Wai-man" or "Moon Jae-in" is the word before the hyphenated given name,
    that of "Xi Jinping" the first word (``_family_name_first``)."""
    if _EAST_ASIAN_GIVEN_RE.search(name.strip()):
        words = _flat(name).split()
        given = _WORD_RE.findall(words[0] if len(words) > 2 else words[-1])
        return (given[0] if given else None), words[-2]
    words = [w.rstrip(".,") for w in _flat(name).split()]
    if _family_name_first(words):
        return words[1], words[0]
    words = [w for w in words if w and w not in _LEX.particles]
    while len(words) > 1 and words[-1] in _LEX.suffixes:
        words.pop()
    if len(words) < 2:
        return None, None
    given = _WORD_RE.findall(words[0])
    return (given[0] if given else None), words[-1]


def _past_hyphened_particle(name: str, surname: str | None) -> str | None:
    """The surname without the lowercase particle a hyphen joins to it ("tamimi" for "Omar
    al-Tamimi"), which a second mention may drop ("… Tamimi said"); None otherwise, and for a
    word that is a given name too ("Ali al-Ahmed": "Ahmed" may be anybody; "Nouri al-Said":
    "Said one historian"), or a capitalised first part ("Georges St-Pierre")."""
    if surname is None or "-" not in surname:
        return None
    particle, _, rest = surname.partition("-")
    if particle not in _LEX.particles or not rest or "-" in rest or rest in _LEX.given \
            or f" {particle}-" not in " " + name:
        return None
    return rest


def _compound_given(name: str) -> str | None:
    """The hyphenated given name of a full name, flat ("jean-paul" for "Jean-Paul Vernet"),
    which may stand alone for the person; None when the given name is one word."""
    words = _flat(name).split()
    if len(words) < 2 or "-" not in words[0]:
        return None
    return words[0].strip(".,")


#: A stressed pronoun set off right after a name: « Ravel, lui, », « Morel, elle, ».
_STRESSED_AFTER = re.compile(r",\s*(lui|elle)\s*,")
_STRESSED_GENDER = {"lui": "m", "elle": "f"}


def _middle_name(name: str) -> str | None:
    """The middle word of a registry name of three ("Lilian Jebet Tanui"), flat, which may
    stand alone for the person ("Jebet told Nation Sport"), as a surname does: not a given
    name a list knows ("John Joe Cremin"), not a particle ("Anne de Vries") and not an
    initial."""
    words = name.split()
    if len(words) != 3 or not words[1][:1].isupper():
        return None
    middle = _flat(words[1]).strip(".,")
    if len(middle) < 3 or _is_given(middle) or middle in _COMPOUND_PARTICLES:
        return None
    return middle


_COMPOUND_PARTICLES = frozenset({"de", "du", "des", "le", "la", "van", "von", "der", "den",
                                 "ter", "ten", "di", "da", "del", "della", "dos", "das", "st",
                                 # Irish patronymics: "Aoife Ní Dhubhghaill", "Seán Ó Riordáin",
                                 # "Róisín Mac Aodha"
                                 "ni", "nic", "o", "ui", "mac",
                                 # Māori family names: "Hēmi Te Rangitūāhua", "Tame Te Whiti"
                                 "te"})


@lru_cache(maxsize=4096)
def _compound_surname(name: str) -> str | None:
    """The surname of a full name when it is more than one word, flat: "le bihan" for
    "Corinne Le Bihan", "von der leyen", "maurel-castagne"; None for a one-word surname."""
    words = _flat(name).replace(".", " ").split()
    while len(words) > 2 and words[-1].strip(",") in _LEX.suffixes:
        words.pop()
    if len(words) < 2:
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1] in _COMPOUND_PARTICLES:
        start -= 1
    surname = " ".join(words[start:])
    if " " in surname or "-" in surname or "'" in surname:
        return surname
    return None


@lru_cache(maxsize=4096)
def _compound_pattern(surname: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in surname.split()).replace(r"\-", r"-")
    return re.compile(body + r"(?![\w-])")  # the start is checked by the caller


def _form_source(text: str) -> str:
    """Regex source for a name in flat text: any spacing, optional final periods, hyphens."""
    parts: list[str] = []
    for word in _flat(text.strip()).split():
        escaped = re.escape(word).replace(r"\-", r"(?:-|[ \t]+)")
        if escaped.endswith(r"\."):
            escaped = escaped[:-2] + r"\.?"  # "Ms. Johnson" also as "Ms Johnson"
        parts.append(escaped)
    return _FORM_SEP.join(parts) + r"(?![\w])"


def _build_index(registry: Registry) -> _RegistryIndex:
    by_key: dict[str, list[_Form]] = {}
    parts: dict[str, tuple[str | None, str | None]] = {}
    explicit: set[str] = set()
    given_count: dict[str, list[str]] = {}
    surname_owners: dict[str, list[str]] = {}
    two_words: dict[tuple[str, str], list[str]] = {}
    for pid in sorted(registry.people):
        person = registry.people[pid]
        forms: list[tuple[str, MentionKind, int]] = [(person.name, "name", 0)]
        for alias in person.aliases:
            forms.append((alias, "handle" if alias.startswith("@") else "alias", 1))
        handle = "@" + re.sub(r"[\W_]+", "", person.name)
        if len(handle) > 2 and _flat(handle) not in {_flat(f[0]) for f in forms}:
            forms.append((handle, "handle", 2))
        for text, kind, rank in forms:
            flat = _flat(text.strip())
            key_match = _KEY_RE.match(flat)
            if key_match is None:
                continue
            words = len(flat.split())
            initials = tuple(w[:1].isupper() for w in text.split())
            by_key.setdefault(key_match.group(), []).append(
                _Form(pid, kind, rank, words, _form_source(text), initials, text.strip())
            )
            if words == 1 and kind != "handle":
                explicit.add(flat)
        given, surname = _name_parts(person.name)
        parts[pid] = (given, surname)
        name_words = _flat(person.name).split()
        if len(name_words) == 2:
            two_words.setdefault((name_words[0], name_words[1]), []).append(pid)
        if given:
            given_count.setdefault(given, []).append(pid)
        if surname:
            surname_owners.setdefault(surname, []).append(pid)
    groups: list[_KeyGroup] = []
    for key in sorted(by_key):
        forms_sorted = tuple(sorted(
            by_key[key], key=lambda f: (-len(f.source), f.rank, f.person)
        ))
        # Every form starts with the key: factor it out so that the regex engine can skip
        # to the key's occurrences with its fast literal-prefix search.
        prefix = re.escape(key)
        rests = []
        for f in forms_sorted:
            assert f.source.startswith(prefix), (key, f.source)
            rests.append("(" + f.source[len(prefix):] + ")")
        source = prefix + "(?:" + "|".join(rests) + ")"
        groups.append(_KeyGroup(key, source, forms_sorted))
    rare = {
        g: pids[0]
        for g, pids in given_count.items()
        if len(pids) == 1 and g not in _LEX.given and len(g) >= 3 and g not in explicit
    }
    return _RegistryIndex(
        groups=tuple(groups),
        keys=tuple(g.key.encode("latin-1") for g in groups),
        parts=parts,
        explicit_words=frozenset(explicit),
        rare_given=rare,
        surnames=frozenset(surname_owners),
        surname_owners={k: tuple(v) for k, v in surname_owners.items()},
        genders={pid: p.gender for pid, p in registry.people.items()},
        two_words={k: tuple(v) for k, v in two_words.items()},
        compounds={pid: c for pid, p in registry.people.items()
                   if (c := _compound_surname(p.name)) is not None},
    )


_INDEX_CACHE: dict[int, tuple[weakref.ref[Registry], tuple[Person, ...], _RegistryIndex]] = {}


def _index_for(registry: Registry) -> _RegistryIndex:
    """The compiled registry, rebuilt only when the registry object or its people change."""
    people = tuple(registry.people.values())
    cached = _INDEX_CACHE.get(id(registry))
    # Tuple equality checks identity first, so an unchanged registry costs one pointer
    # comparison per person.
    if cached is not None and cached[0]() is registry and cached[1] == people:
        return cached[2]
    index = _build_index(registry)
    if len(_INDEX_CACHE) >= 8:
        _INDEX_CACHE.pop(next(iter(_INDEX_CACHE)))
    _INDEX_CACHE[id(registry)] = (weakref.ref(registry), people, index)
    return index


@lru_cache(maxsize=4096)
def _word_pattern(flat: str) -> re.Pattern[str]:
    return re.compile(re.escape(flat) + r"(?![\w])")


@lru_cache(maxsize=1024)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Flat, whitespace-tolerant pattern for a front-matter phrase. It starts with the phrase's
    literal first word, so that the regex engine can skip to its occurrences; the word boundary
    before it is checked by ``_phrase_spans`` (a leading lookbehind disables that skip)."""
    flat = _flat(phrase.strip())
    body = r"\s+".join(re.escape(w) for w in flat.split())
    if flat[-1:].isalnum():
        body += r"(?![\w])"
    return re.compile(body)


def _phrase_spans(low: str, phrase: str) -> list[tuple[int, int]]:
    """Where a phrase occurs in flat text as whole words."""
    flat = _flat(phrase.strip())
    check = flat[:1].isalnum()
    return [
        m.span()
        for m in _phrase_pattern(phrase).finditer(low)
        if not (check and m.start() > 0 and (low[m.start() - 1].isalnum()
                                            or low[m.start() - 1] == "_"))
    ]


# --------------------------------------------------------------------------------------------
# One article's text, joined once so each pattern scans it once.


class _Tok(NamedTuple):
    start: int
    end: int


#: A capitalised word (a name's) after a capitalised word of six letters at most, with or
#: without its full stop: the honorific is checked on the match ("Mr. Whitaker", « Mme Roy »).
_HONORIFIC_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{0,5}\.?[ \t\u00a0]+([A-ZÀ-Ý][\w'’-]+)")


@dataclass
class _Doc:
    article: Article
    full: str
    low: str
    starts: list[int]
    ends: list[int]
    excluded: bytearray
    claimed: bytearray
    function_words: frozenset[str]
    inner_stop: frozenset[str]
    _lower_seen: dict[str, bool] = field(default_factory=dict)
    _titlecase: dict[int, bool] = field(default_factory=dict)
    _honoured: frozenset[str] | None = None

    def honoured(self, word: str) -> bool:
        """Whether the article writes the capitalised ``word`` (flat) right after a plain
        gendered honorific somewhere ("Mr. Whitaker", « Mme Dzidzoli »): a person's surname
        (not after "Miss", "Lady", "Lord": "Miss Universe", "Lady Gaga")."""
        if self._honoured is None:
            self._honoured = frozenset(
                self.low[m.start(1):m.end(1)] for m in _HONORIFIC_WORD_RE.finditer(self.full)
                if self.low[m.start():m.end(1)].split()[0].rstrip(".") in _LEX.plain_honorifics)
        return word in self._honoured

    @classmethod
    def of(cls, article: Article) -> _Doc:
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for para in article.paragraphs:
            starts.append(pos)
            pos += len(para.text)
            ends.append(pos)
            pos += 2
        full = "\n\n".join(p.text for p in article.paragraphs)
        lang = article.lang if article.lang in _LEX.function_words else "en"
        return cls(article, full, _flat(full), starts, ends, bytearray(len(full)),
                   bytearray(len(full)), _LEX.function_words[lang], _LEX.inner_stop[lang])

    def para_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def in_one_paragraph(self, start: int, end: int) -> bool:
        i = self.para_of(start)
        return i >= 0 and end <= self.ends[i]

    def span(self, start: int, end: int) -> Span:
        i = self.para_of(start)
        base = self.starts[i]
        return Span(self.article.id, self.article.paragraphs[i].id, start - base, end - base)

    def free(self, start: int, end: int) -> bool:
        return 1 not in self.excluded[start:end] and 1 not in self.claimed[start:end]

    def exclude(self, start: int, end: int) -> None:
        self.excluded[start:end] = b"\x01" * (end - start)

    def claim(self, start: int, end: int) -> None:
        self.claimed[start:end] = b"\x01" * (end - start)

    def sentence_initial(self, pos: int) -> bool:
        base = self.starts[self.para_of(pos)]
        i = pos - 1
        while i >= base and self.full[i] in _OPENERS:
            i -= 1
        return i < base or self.full[i] in _SENTENCE_ENDS

    def seen_lowercase(self, word: str) -> bool:
        """Whether the word also occurs in lowercase: then capitalised it is a common word."""
        lower = word.lower()
        seen = self._lower_seen.get(lower)
        if seen is None:
            seen = any(_is_word_at(self.full, pos, len(lower))
                       for pos in _positions(self.full, lower))
            self._lower_seen[lower] = seen
        return seen

    def titlecase(self, pos: int) -> bool:
        """Whether the paragraph is a headline in Title Case (then capitals say little)."""
        i = self.para_of(pos)
        cached = self._titlecase.get(i)
        if cached is None:
            text = self.article.paragraphs[i].text
            cached = False
            if len(text) <= _HEADLINE_MAX and not _SENTENCE_BREAK_RE.search(text) \
                    and not text.rstrip(" \t\"'\u201d\u00bb\u2019)").endswith("."):
                # A headline: one sentence whose words are nearly all capitalised.
                words = [w for w in _TITLECASE_WORD_RE.findall(text)
                         if w.lower() not in self.function_words]
                caps = sum(1 for w in words if w[0].isupper())
                cached = len(words) >= 3 and caps >= 0.8 * len(words)
            self._titlecase[i] = cached
        return cached

    def word_before(self, pos: int) -> tuple[int, int] | None:
        """The word just before ``pos`` when only spaces (at most one line break, and an
        abbreviation's period) separate them, in the same paragraph."""
        full = self.full
        base = self.starts[self.para_of(pos)]
        i = pos
        newline = False
        # A character loop: the word is a few characters away, and a regex search over a
        # window costs several times more.
        while i > base:
            c = full[i - 1]
            if c in " \t\u00a0":
                i -= 1
            elif c == "\n" and not newline:
                newline = True
                i -= 1
            else:
                break
        if i == pos or i <= base:
            return None
        if full[i - 1] == ".":
            i -= 1
        j = i
        while j > base and full[j - 1].isalnum():
            j -= 1
        return (j, i) if j < i else None

    def word_after(self, pos: int) -> tuple[int, int] | None:
        """The word just after ``pos`` when only spaces separate them (same paragraph)."""
        m = _AFTER_RE.match(self.full, pos, self.ends[self.para_of(pos)])
        return m.span(1) if m else None


def _namelike(doc: _Doc, start: int, end: int) -> bool:
    """A capitalised word that could belong to a person's name (not a title, month, ...)."""
    word = doc.full[start:end]
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    folded = doc.low[start:end].rstrip(".")
    return not (
        folded in _LEX.title_words
        or folded in doc.function_words
        or folded in _LEX.not_first
        or folded in _LEX.calendar
        or folded in _LEX.org_heads
        or folded in _LEX.weak_heads
        or folded in _LEX.single_name_titles
    )


def _used_as_modifier(
    doc: _Doc, start: int, end: int, before: tuple[int, int] | None,
    after: tuple[int, int] | None,
) -> bool:
    """'Trump administration', 'Trump-era', 'l'administration Trump', 'Trump Tower'."""
    low = doc.low
    if end < len(low) and low[end] == "-":
        match = _WORD_RE.match(low, end + 1)
        if match and "-" + match.group() in _LEX.attributive_after:
            return True
    if after is not None:
        word = low[after[0]:after[1]]
        if word in _LEX.attributive_after:
            return True
        if doc.full[after[0]].isupper() and (word in _LEX.org_heads or word in _LEX.weak_heads):
            return True
    elided = start >= 2 and low[start - 2:start] == "d'" and (
        start == 2 or not low[start - 3].isalnum())
    if elided:
        before = doc.word_before(start - 2)  # "la famille d'Aubry"
    if before is not None and (elided or doc.full[before[1]:start].strip(" \t\u00a0") == ""):
        word = low[before[0]:before[1]]
        if word in _DE and not elided:
            outer = doc.word_before(before[0])  # "la famille de Berny"
            return outer is not None and _kin_of(doc, low[outer[0]:outer[1]], start, end)
        if elided:
            return _kin_of(doc, word, start, end)
        if word in _LEX.attributive_before:
            return True
        if _after_organisation_noun(doc, before) and not _is_given(
                low[start:end].split(" ")[0].split("-")[0]):
            return True  # « le constructeur automobile Orvane »: the firm, not its founder
        if doc.full[before[0]].isupper() and word in _LEX.org_heads \
                and not _names_an_office(doc, before[0]) \
                and not _holder_after_body(doc, _Tok(*before), _Tok(start, end)) \
                and not _speaker_after_addressee(doc, _Tok(*before), _Tok(start, end)):
            # "Institut Pasteur"; not "Secretary of State Marco Rubio", « le président de
            # la République Jacques Morvan », « a confié au Monde Samira Ouali »
            return True
    return False


def _after_organisation_noun(doc: _Doc, before: tuple[int, int]) -> bool:
    """Whether the lowercase word before a name is a noun for a firm, or an adjective after
    one: « le constructeur Orvane », « le constructeur automobile Orvane », "the carmaker
    Orvane" (a firm named after its founder)."""
    low, full = doc.low, doc.full
    if not full[before[0]].islower() or (before[0] > 0 and full[before[0] - 1] == "-"):
        return False  # (not "film-maker Ffion Llewellyn")
    if low[before[0]:before[1]] in _LEX.organisation_nouns:
        return True
    outer = doc.word_before(before[0])
    return outer is not None and full[outer[0]].islower() \
        and low[outer[0]:outer[1]] in _LEX.organisation_nouns \
        and low[before[0]:before[1]] not in _LEX.roles  # (not "the bank manager Sreeja Nair")


_DEPARTMENT_AFTER_RE = re.compile(r"[ \u00a0]*\([A-ZÀ-Ý][a-zà-ÿ]")


def _ends_with_place(doc: _Doc, run: list[_Tok]) -> bool:
    """Whether a run « W de P » ends with a place after its particle, one the article gives its
    département or region in brackets (« Halvorsen de Vierzon (Cher) »; not « Marie de Lorme
    (LR) », a party). A known place is not enough: « Haakon de Norvège » is a king."""
    low = doc.low
    return any(low[run[i].start:run[i].end] in _LEX.particles for i in range(1, len(run) - 1)) \
        and _DEPARTMENT_AFTER_RE.match(doc.full, run[-1].end) is not None


_LAST_WORD_RE = re.compile(r"\w+\Z")


def _named_as_organisation(doc: _Doc, start: int, end: int) -> bool:
    """Whether the words at [start, end) are written elsewhere in the article right after a
    noun for a firm (« la banque Rochat Lenoir », « la société Andes Litio »; the noun itself,
    not « L'entreprise emploie X »): the same words then name that firm wherever they stand,
    not a person. Not where a role noun stands next to them (« Its founder, Kestrel Ashby, »,
    « Nguyen Van Thanh, le patron, »): a person named like the firm."""
    full, low = doc.full, doc.low
    head = low[max(0, start - 40):start].rstrip()
    last = _LAST_WORD_RE.search(head[:-1].rstrip() if head.endswith(",") else head)
    if last is not None and last.group() in _LEX.roles:
        return False
    # « Nguyen Van Thanh, le patron, »: an apposition opened by an article (not « Andes
    # Litio, détenue à 51 % », whose participle is also a noun for a person)
    apposed = _LEX.apposition.match(low, end)
    if apposed is not None and low[end:apposed.start(1)].strip(" \t,") \
            and apposed.group(1).split()[:1] \
            and apposed.group(1).split()[0] in _LEX.roles:
        return False
    text = full[start:end]
    at = full.find(text)
    while at >= 0:
        if at != start and (at + len(text) >= len(full)
                            or not full[at + len(text)].isalnum()):
            kind = doc.word_before(at)
            if kind is not None and full[kind[1]:at].strip() == "" \
                    and _after_organisation_noun(doc, kind) \
                    and (low[kind[0]:kind[1]] in _LEX.organisation_nouns
                         or low[kind[0]:kind[1]].endswith(_LEX.organisation_adjective_endings)):
                return True  # (« la société X », « le syndicat agricole X »; the word after
                # the noun an adjective, not « L'entreprise emploie X »)
        at = full.find(text, at + 1)
    return False


def _kin_of(doc: _Doc, word: str, start: int, end: int) -> bool:
    """Whether "<word> de <name>" names a family after the name: "la famille de Berny",
    where "de" may be the surname's own particle. After any other noun, or before a given
    name, "de" is a preposition and the name is a person's: "un centre de Lucas Meynier",
    "l'équipe de Deschamps", "la famille de Jean Dupont"."""
    if word not in _LEX.kin_groups:
        return False
    first = _WORD_RE.match(doc.low, start, end)
    return first is None or first.end() == end or first.group() not in _LEX.given


def _heads_an_org(doc: _Doc, after: tuple[int, int] | None) -> bool:
    """Whether capitalised words right after a name end in an organisation head word."""
    for _ in range(3):
        if after is None or not doc.full[after[0]].isupper():
            return False
        if doc.low[after[0]:after[1]] in _LEX.org_heads:
            return True
        after = doc.word_after(after[1])
    return False


def _fits_context(doc: _Doc, start: int, end: int, one_word: bool) -> bool:
    """Context checks shared by registry names and short names (rules 2 and 5)."""
    before = doc.word_before(start)
    after = doc.word_after(end)
    if _used_as_modifier(doc, start, end, before, after) or _heads_an_org(doc, after):
        return False
    if one_word:
        # A one-word form glued to another name word belongs to that other name
        # ("Melania Trump", "Jackson Pollock"), unless that word only opens the sentence.
        if before is not None and doc.full[before[1]:start].strip(" \t\u00a0") == "" \
                and _namelike(doc, *before) and not (
                    doc.sentence_initial(before[0])
                    and doc.seen_lowercase(doc.full[before[0]:before[1]])):
            return False
        if after is not None and _namelike(doc, *after) and not doc.titlecase(start):
            return False
    return True


def _case_fits(written: str, form: _Form) -> bool:
    if written == form.text or form.kind == "handle":
        return True
    words = _WORD_RE.findall(written)
    if len(words) == len(form.initials) and all(
        w[0].isupper() == cap for w, cap in zip(words, form.initials)
    ):
        return True
    letters = sum(c.isalpha() for c in written)
    if form.words >= 2 and (written.islower() or written.isupper()):
        return True  # mis-cased or shouted full names: "robert kardashian", "KIM KARDASHIAN"
    return written.isupper() and letters >= 4


# --------------------------------------------------------------------------------------------
# Rule 1: text that is not running text.


def _line_bounds(doc: _Doc, pos: int) -> tuple[int, int]:
    i = doc.para_of(pos)
    start = max(doc.full.rfind("\n", doc.starts[i], pos) + 1, doc.starts[i])
    end = doc.full.find("\n", pos, doc.ends[i])
    return start, (doc.ends[i] if end < 0 else end)


#: A credit in brackets at the end of a paragraph: an outlet or agency, a colon, a name.
_BRACKET_CREDIT_RE = re.compile(
    r"\((?=[A-Z])[^():\n]{2,40}:[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}\)[ \t]*$")


def _exclude_non_text(doc: _Doc) -> None:
    """Rule 1. Each pattern runs only where a literal trigger occurs: a full-text regex scan
    costs far more than str.find on this kind of text."""
    full, low = doc.full, doc.low
    for trigger in ("http", "www."):
        for pos in _positions(low, trigger):
            m = _URL_RE.match(full, pos)
            if m:
                doc.exclude(*m.span())
    for pos in _positions(full, "@"):
        left = pos
        while left > 0 and (full[left - 1].isalnum() or full[left - 1] in "._+-"):
            left -= 1
        m = _EMAIL_RE.match(full, left) if left < pos else None
        if m:
            doc.exclude(*m.span())
    done_lines: set[int] = set()
    for pos in _positions(full, "/"):
        line_start, line_end = _line_bounds(doc, pos)
        if line_start in done_lines or doc.excluded[pos]:
            continue
        done_lines.add(line_start)
        for m in _SLASH_CREDIT_RE.finditer(full, line_start, line_end):
            start = m.start()
            # A sentence may end just before the credit: "Kim Kardashian. ALEX WONG/GETTY".
            for brk in _SENTENCE_STOP_RE.finditer(full, start, full.find("/", start)):
                start = brk.end()
            doc.exclude(start, m.end())
    for trigger in _LEX.credit_triggers:
        for pos in _positions(low, trigger):
            if pos > 0 and full[pos - 1].isalnum():
                continue
            m = _LEX.credit.match(full, pos)
            if m:
                doc.exclude(*m.span())
    for i, stop in enumerate(doc.ends):
        # "… reach the injured surfer. (ABC South West WA: Georgia Lund)": a caption's credit
        # in brackets, outlet and photographer, closing the paragraph
        if full[stop - 1:stop] == ")":
            m = _BRACKET_CREDIT_RE.search(full, max(doc.starts[i], stop - 90), stop)
            if m is not None:
                doc.exclude(*m.span())
    for i, start in enumerate(doc.starts):
        stop = doc.ends[i]
        line_starts = [start]
        if "\n" in full[start:stop]:
            line_starts += [p + 1 for p in _positions(full, "\n", start, stop)]
        for line_start in line_starts:
            line_end = full.find("\n", line_start, stop)
            line_end = stop if line_end < 0 else line_end
            line = full[line_start:line_end]
            if line_end - line_start <= 120 and _CONTRIBUTED_RE.search(low, line_start,
                                                                       line_end):
                doc.exclude(line_start, line_end)  # "X in Phoenix contributed to this report."
                continue
            if line_end - line_start <= 80:
                # A short line that names a picture agency ends in a credit: the clause that
                # holds the agency, when it has no lowercase word but connectors ("Kim
                # Kardashian. ALEX WONG/GETTY IMAGES", "— Helen Ward, Associated Press"; not
                # "She told Reuters.").
                credit_start = _credit_clause(line)
                if credit_start is not None:
                    doc.exclude(line_start + credit_start, line_end)
                if full[line_start:line_start + 1] not in " \t" \
                        and _SIGNATURE_RE.fullmatch(full, line_start, line_end):
                    doc.exclude(line_start, line_end)  # "Marie Durand (avec AFP)"
                    continue
                if credit_start is not None:
                    continue
            if full[line_start:line_start + 1].isupper():
                m = _LEX.byline.match(full, line_start, line_end)
                if m is None:
                    continue
                names = m.group("names")
                head, comma, rest = names.partition(",")
                if comma and rest.strip()[:1].islower():
                    names = head  # "Par Jean Dupont, correspondant à Lyon"
                words = _TOKEN_RE.findall(names)
                if 0 < len(words) <= 10 and all(
                    w[0].isupper() or w.lower() in _LEX.byline_connectors for w in words
                ) and not any(_flat(w) in _LEX.calendar for w in words):
                    doc.exclude(m.start(), m.end())
    for pos in _positions(full, " for The "):
        # A picture credit naming the photographer and the paper: "Jane Doe for The New York
        # Times" on a line of its own or in parentheses after a caption.
        line_start, line_end = _line_bounds(doc, pos)
        opened = full.rfind("(", line_start, pos)
        closed = full.find(")", pos, line_end) if opened >= 0 else -1
        start, end = (opened + 1, closed) if closed >= 0 else (line_start, line_end)
        if end - start <= 80 and _FOR_CREDIT_RE.fullmatch(full, start, end):
            doc.exclude(start, end)
    for author in doc.article.authors:
        for author_start, _ in _phrase_spans(doc.low, author):
            line_start, line_end = _line_bounds(doc, author_start)
            line = full[line_start:line_end]
            # Only a line that is nothing but the author's name (a byline), not a mention.
            if len(_WORD_RE.findall(line)) <= len(_WORD_RE.findall(author)) + 2:
                doc.exclude(line_start, line_end)


_CLAUSE_BREAK_RE = re.compile(r"[.!?:;|)\]][ \t\u00a0]+|[(\[\u2014\u2013][ \t\u00a0]*|[ \t]-[ \t]")
_CONTRIBUTED_RE = re.compile(
    r"\b(?:contributed (?:to this (?:report|story|article)|reporting)"
    r"|(?:a|ont) contribue a (?:cet article|ce reportage))"
)
_SIGN_NAME = rf"[{_U}][^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
_SIGN_NAMES = rf"{_SIGN_NAME}(?:[ \t]+{_SIGN_NAME}){{1,3}}"
_SIGN_WIRE = r"(?:[A-Z]{2,6}|Reuters|Bloomberg|Associated[ \t]+Press|agences?)"
#: A signature line: the author's name and the wire service that helped ("Marie Durand (avec
#: AFP)", "Jane Doe, with Reuters") or the author's post abroad ("Jean Dupont, envoyé spécial à
#: Kiev", "our correspondent in Kyiv"), and nothing else.
_SIGNATURE_RE = re.compile(
    rf"[ \t]*(?:[\u2014\u2013-][ \t]*)?{_SIGN_NAMES}(?:[ \t]+(?:et|and|&)[ \t]+{_SIGN_NAMES})?"
    rf"[ \t]*(?:\(|,[ \t]*)(?:(?:avec|with)[ \t]+{_SIGN_WIRE}"
    rf"(?:[ \t]*(?:,|et|and|&)[ \t]*{_SIGN_WIRE})*\)?"
    r"|(?:(?:our|notre|special)[ \t]+)?correspond[ae]nte?s?"
    r"|envoyée?s?[ \t]+spécia(?:le?s?|ux)|staff[ \t]+(?:writer|reporter))"
    rf"(?:[ \t]+(?:à|a|en|au|aux|in)[ \t]+[{_U}][\w'-]*(?:[ \t-]+[{_U}][\w'-]*)*)?"
    r"[ \t.]*"
)
_FOR_CREDIT_RE = re.compile(
    rf"[ \t]*{_SIGN_NAMES}[ \t]+for[ \t]+The(?:[ \t]+[{_U}][\w.'\u2019-]*){{1,5}}[ \t.]*"
)
_CREDIT_WORDS = frozenset({
    "via", "for", "by", "and", "de", "du", "des", "pour", "par", "et", "photo", "photos",
    "credit", "credits", "crédit", "crédits", "images", "the", "à", "a", "with", "avec",
    "courtesy", "of", "file", "archives", "handout", "pool",
})


def _credit_clause(line: str) -> int | None:
    """Where the credit starts in a short line naming a picture agency, or None."""
    for agency in _LEX.agencies:
        pos = line.find(agency)
        if pos >= 0 and _is_word_at(line, pos, len(agency)):
            break
    else:
        return None
    start = 0
    for m in _CLAUSE_BREAK_RE.finditer(line, 0, pos):
        start = m.end()
    words = _TOKEN_RE.findall(line, start)
    if any(w[0].islower() and w.lower() not in _CREDIT_WORDS for w in words):
        return None
    return start


def _phrase_matches(doc: _Doc, phrase: str) -> list[tuple[int, int]]:
    if not phrase.strip():
        return []
    return [span for span in _phrase_spans(doc.low, phrase) if doc.in_one_paragraph(*span)]


# --------------------------------------------------------------------------------------------
# Rule 2: registry names, aliases and handles.


class _Found(NamedTuple):
    start: int
    end: int
    person: str
    kind: MentionKind


def _find_registry(doc: _Doc, index: _RegistryIndex) -> list[_Found]:
    low, full = doc.low, doc.full
    candidates: list[tuple[int, int, int, int, str, MentionKind]] = []

    def accept(start: int, end: int, form: _Form) -> bool:
        if "[" in low[start:end] and low[end:end + 1] == "]":
            end += 1  # "Ivanka [Trump]": the editorial bracket closes inside the mention
        if 1 in doc.excluded[start:end] or not doc.in_one_paragraph(start, end):
            return False
        if not _case_fits(full[start:end], form):
            return False
        if form.kind != "handle" and not _fits_context(doc, start, end, form.words == 1):
            return False
        candidates.append((start, -(end - start), form.rank, end, form.person, form.kind))
        return True

    if len(index.groups) > _MANY_GROUPS:
        # A large registry: one pass to list the text's words beats a substring test per
        # group (each costs about as much as a pass over the text).
        # As bytes: the words are only compared with the keys.
        words = set(low.encode("latin-1").translate(_KEY_SPLIT).split())
        groups = [g for g, key in zip(index.groups, index.keys) if key in words]
    else:
        groups = [g for g in index.groups if g.key in low]
    for group in groups:
        for m in group.pattern.finditer(low):
            start = m.start()
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "_@#"):
                continue
            first = (m.lastindex or 1) - 1
            if accept(start, m.end(), group.forms[first]):
                continue
            # The longest form was rejected (case, context): a shorter one may still fit.
            for form in group.forms[first + 1:]:
                shorter = form.pattern.match(low, start)
                if shorter and accept(start, shorter.end(), form):
                    break
    found: list[_Found] = []
    for start, _, _, end, person, kind in sorted(candidates):
        if 1 in doc.claimed[start:end]:
            continue
        doc.claim(start, end)
        found.append(_Found(start, end, person, kind))
    return found


# --------------------------------------------------------------------------------------------
# Rule 4: discovery of people who are not in the registry.


class _Titled(NamedTuple):
    """A title and one name ("Mayor Lopez", "Mme Aubry"): resolved against the registry."""

    start: int
    end: int
    title: str


@dataclass
class _Discovered:
    person: Person
    mentions: list[_Found]
    first_text: str


def _chunk_tokens(doc: _Doc, start: int, end: int, lang: str) -> list[_Tok]:
    full = doc.full
    tokens: list[_Tok] = []
    for m in _TOKEN_RE.finditer(full, start, end):
        ts, te = m.span()
        if te - ts > 2 and full[te - 2] in _APOSTROPHES and full[te - 1] in "sS":
            te -= 2  # possessive
        if _APOSTROPHE_RE.search(full, ts, te):
            elision = _ELISION_RE.match(full, ts, te)
            if elision and (full[ts].islower() or lang == "fr") \
                    and not (full[ts] in "NM" and full[elision.end()].isupper()):
                # (« N'Diaye », « M'Bengue », « N'Golo »: a capital after a capital « N' »
                # or « M' » opens a name, where the negation takes a lowercase verb)
                ts = elision.end()
        if ts < te:
            if tokens and _syllable_after_hyphen(full, tokens[-1], _Tok(ts, te)):
                tokens[-1] = _Tok(tokens[-1].start, te)  # "Chun-kit": one given name
                continue
            tokens.append(_Tok(ts, te))
    if tokens and tokens[0].start == start and start > 0:
        prev = full[start - 1]
        if prev.isalnum() or prev in "_@#":
            tokens.pop(0)  # the run starts inside a word, a handle or a hashtag
    return tokens


def _syllable_after_hyphen(full: str, before: _Tok, tok: _Tok) -> bool:
    """``tok`` is the lowercase second syllable of a given name joined by a hyphen to the
    capitalised word ``before``: "Chun-kit" in "Ivan Ho Chun-kit", "Jae-in" in "Moon Jae-in",
    "Jae-myung" in "Lee Jae-myung" (a syllable of six letters at most: "-shuang", "-hyung")."""
    return tok.start == before.end + 1 and full[before.end] == "-" \
        and full[before.start].isupper() and full[tok.start:tok.end].isalpha() \
        and full[tok.start:tok.end].islower() and tok.end - tok.start <= 6 \
        and full[tok.end:tok.end + 1] != "-"


def _is_place(words: tuple[str, ...]) -> bool:
    """The flat words name a known place: « paris », « haute-savoie »."""
    return words in _LEX.places_multi if len(words) > 1 else words[0] in _LEX.places


def _hyphened(full: str, end: int) -> bool:
    """The word ending at ``end`` opens a hyphenated compound with a capitalised word: a
    place (« Haute-Savoie », « Grand-Est »), not the head of an organisation's name."""
    return full[end:end + 1] == "-" and full[end + 1:end + 2].isupper()


def _split_runs(doc: _Doc, tokens: list[_Tok]) -> list[list[_Tok]]:
    """Split a capitalised chunk into candidate names at anything that cannot be in a name:
    a sentence end, a claimed or excluded word, digits, an acronym, a capitalised function
    word ("The", "With": titles of works), or a title that starts a new name (not one that
    closes the chunk after a given name: "Hugo Dean", ``_title_as_surname``). An organisation
    head word takes the words before it ("Atkins Belden LLP") and after it ("Institut
    Pasteur") up to the next title ("Harvard Law School Professor Erin Haney"), or up to a given
    name when the chunk follows a title and "of" ("Secretary of State Marco Rubio")."""
    full, low = doc.full, doc.low
    runs: list[list[_Tok]] = []
    run: list[_Tok] = []
    prev = ""
    prev_end = 0
    in_org = False
    org_head = _Tok(0, 0)  # the head word that opened the organisation's name
    titled: bool | None = None  # whether the chunk follows "<Title> of" (computed on demand)
    for k, tok in enumerate(tokens):
        text = full[tok.start:tok.end]
        folded = low[tok.start:tok.end]
        is_title = folded in _LEX.title_words and text[0].isupper()
        if run and full[run[-1].end:run[-1].end + 1] in _APOSTROPHES \
                and full[run[-1].end + 1:run[-1].end + 2] in ("s", "S") \
                and (folded in _LEX.given or _initials_before_a_surname(doc, tokens, k)):
            # A possessive before a given name ends a name: "Norway's Lars Eriksen",
            # "Ardent's Pieter de Graaf" (not "Prince George's County"; nor, before any word,
            # after a place: "Denmark's Novo Nordisk said" would be a person)
            runs.append(run)
            run = []
        if folded in _LEX.org_heads and text[0].isupper() and not _hyphened(full, tok.end):
            if run and doc.titlecase(tok.start):
                # In a headline every word is capitalised: "Jane Doe Leaves Kestrel Securities"
                # may start with a name (discovery keeps only a given name and a surname).
                runs.append(run)
            run, in_org, prev, prev_end = [], True, folded, tok.end
            org_head = tok
            continue
        # A role noun ends the organisation's name too: "Senate Minority Leader Luis Ortega".
        ends_org = is_title or (folded in _LEX.roles and folded not in _LEX.given
                                and text[0].isupper())
        if in_org and not ends_org and folded in _LEX.given and text[0].isupper():
            if full[prev_end:prev_end + 1] in _APOSTROPHES \
                    and full[prev_end + 1:prev_end + 2] in ("s", "S"):
                # "Nevada Public Radio's Omar Haddad": a possessive before a given name ends
                # the organisation's name as it ends a person's
                ends_org = True
            else:
                if titled is None:
                    titled = _after_title_of(doc, tokens[0].start)
                ends_org = titled or _holder_after_body(doc, org_head, tok)
        if in_org and not ends_org and text[0].isupper() and prev_end == org_head.end:
            ends_org = _speaker_after_addressee(doc, org_head, tok)
        if in_org and not ends_org and "." not in full[prev_end:tok.start]:
            prev_end = tok.end
            continue
        in_org = False
        shouted = len(text) > 1 and text.isupper() and folded not in _LEX.suffixes \
            and not _initials_before_a_surname(doc, tokens, k)
        if shouted and run and (len(text) > 2 or folded in _LEX.particles) \
                and _before_a_shouted_surname(doc, run):
            shouted = False  # "Jean DUPONT", "Jean-Pierre LE GALL": a surname in capitals
        usable = (
            doc.free(tok.start, tok.end)
            and (text[0].isupper() or folded in _LEX.particles)
            and _DIGIT_RE.search(text) is None
            and not shouted
            and not (folded in doc.inner_stop and text[0].isupper())
        )
        if run and (
            not usable
            # a sentence ends between the two words
            or ("." in full[run[-1].end:tok.start]
                and not (len(prev) == 1 or prev in _LEX.abbreviations))
            # a title starts a new name ("... Jackson President Trump"), unless it ends the
            # chunk after a given name, maybe and a particle: a surname ("Hugo Dean said",
            # « Bruno Le Maire », not "… Jackson President Trump")
            or (is_title and prev not in _LEX.title_words
                and not _title_as_surname(doc, tokens, k, run))
        ):
            runs.append(run)
            run = []
        if usable:
            run.append(tok)
            prev = folded
        prev_end = tok.end
    if run:
        runs.append(run)
    return [part for run in runs for part in _after_a_medium(doc, run)]


def _title_as_surname(doc: _Doc, tokens: list[_Tok], k: int, run: list[_Tok]) -> bool:
    """The title word ``tokens[k]`` closes its chunk right after a known given name, or a
    given name and a particle, and is a known surname: a surname ("Hugo Dean", "Tom
    Bishop", « Bruno Le Maire »; not "Victoria Mayor", nor after an article: "the Lincoln
    Bishop")."""
    if k != len(tokens) - 1 or not run:
        return False
    low = doc.low
    if low[tokens[k].start:tokens[k].end] not in _LEX.surnames:
        return False
    before = doc.word_before(run[0].start)
    if before is not None and low[before[0]:before[1]] in _LEX.articles:
        return False
    words = [low[t.start:t.end] for t in run]
    while len(words) > 1 and words[-1] in _LEX.particles:
        words.pop()
    return words[-1] in _LEX.given and words[-1] not in _LEX.title_words \
        and (len(words) == len(run) or doc.full[run[-1].start].isupper())


def _after_a_medium(doc: _Doc, run: list[_Tok]) -> list[list[_Tok]]:
    """« a réagi sur France Inter Jean Martin », « sur Facebook Jean Martin »: after a
    preposition before a medium, a known given name inside the run (not its first word, nor
    after another given name) starts a person's name; the words before it are the medium's.
    A medium whose name opens with a number (« raconte à 20 Minutes Manon, 23 ans ») may
    be followed by a given name alone."""
    if len(run) < 2:
        return [run]
    low = doc.low
    before = doc.word_before(run[0].start)
    numbered = before is not None and low[before[0]:before[1]].isdigit()
    if numbered and before is not None:
        before = doc.word_before(before[0])
    if before is None or low[before[0]:before[1]] not in _LEX.medium_before \
            or (len(run) < 3 and not numbered) \
            or _vietnamese(doc, run):  # (« remis à Nguyen Thi Lan »: one name)
        return [run]
    for k in range(1, len(run) - (0 if numbered else 1)):
        word, previous = low[run[k].start:run[k].end], low[run[k - 1].start:run[k - 1].end]
        if word in _LEX.given and previous not in _LEX.given \
                and previous not in _LEX.particles and previous not in _LEX.surnames:
            return [run[:k], run[k:]]
    return [run]


def _initial_named(doc: _Doc, low: str, run: list[_Tok]) -> bool:
    """One initial and a word as a name ("S. Meenakshi"): only with its cue next to it,
    before it ("said S. Meenakshi") or an apposition after it that a person's role or a
    speech verb closes ("S. Meenakshi, a homemaker, said"); not "J. Crew said", "rich in
    vitamin D. Green vegetables …"."""
    start, end = run[0].start, run[-1].end
    para = doc.para_of(start)
    return _LEX.cue_before.found(low, max(doc.starts[para], start - 72), start) \
        or _role_in_apposition(low, end, doc.ends[para]) or _speech_after_apposition(doc, end)


def _initials_before_a_surname(doc: _Doc, tokens: list[_Tok], k: int) -> bool:
    """Whether the word in capitals at ``tokens[k]`` is a pair of initials used as a given
    name ("TJ Delaney", "AJ McCarthy"): two capitals that are no known acronym, right before
    a known surname in ordinary case. Not before a given name that a capitalised word
    follows (« le sénateur LR Philippe Mazars », « le député PS Jean Valo »: a party's
    acronym, then the name)."""
    tok = tokens[k]
    if tok.end - tok.start != 2 or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    written = doc.full[nxt.start:nxt.end]
    if k + 2 < len(tokens) and doc.low[nxt.start:nxt.end] in _LEX.given \
            and doc.full[nxt.end:tokens[k + 2].start] == " " \
            and doc.full[tokens[k + 2].start].isupper():
        return False
    return (doc.low[tok.start:tok.end] not in _LEX.not_initials
            and doc.full[tok.end:nxt.start] == " " and not written.isupper()
            and written[0].isupper() and doc.low[nxt.start:nxt.end] in _LEX.surnames)


def _before_a_shouted_surname(doc: _Doc, run: list[_Tok]) -> bool:
    """Whether a word in capitals may go on the run as a surname: the run ends with words in
    capitals after a known given name in ordinary case ("Selon Jean DUPONT", "Jean-Pierre LE
    GALL"). An acronym after a surname ("Marie Durand FRA") does not."""
    full, low = doc.full, doc.low
    i = len(run) - 1
    while i >= 0 and full[run[i].start:run[i].end].isupper():
        i -= 1
    return i >= 0 and low[run[i].start:run[i].end] in _LEX.given


def _holder_after_body(doc: _Doc, head: _Tok, given: _Tok) -> bool:
    """Whether the given name ``given`` right after the one-word name of a body with a holder
    (``head``) starts the holder's name, after a role noun and « de »: « le président de la
    République Jacques Morvan », « la présidente de la Région Carole Delga » (not « le
    directeur de la Fondation Jean Jaurès »: a foundation bears a person's name)."""
    full = doc.full
    if doc.low[head.start:head.end] not in _LEX.office_bodies \
            or full[head.end:given.start] != " ":
        return False
    lead = max(doc.starts[doc.para_of(head.start)], head.start - 60)
    return _LEX.role_of.found(doc.low, lead, head.start)


def _speaker_after_addressee(doc: _Doc, head: _Tok, given: _Tok) -> bool:
    """Whether the given name ``given`` right after the one-word name ``head`` of a medium
    or a body that a quotation's attribution addresses starts the speaker's name: « « … », a
    confié au Monde Samira Ouali » (not « au Lycée Victor Hugo » elsewhere)."""
    full, low = doc.full, doc.low
    before = doc.word_before(head.start)
    if before is None or low[before[0]:before[1]] not in _LEX.medium_before \
            or full[head.end:given.start] != " ":
        return False
    first = low[given.start:given.end]
    if first not in _LEX.given and (first in _LEX.surnames or first in _LEX.places):
        return False  # (« au Palais Garnier Alexander Neef »: the building's name goes on)
    # the name closes the attribution (« au Monde Samira Ouali, présidente … »; not « au
    # Festival Jean Rouch la réalisatrice Aminata Diallo »: an eponym, then the speaker)
    end = given.end
    for _ in range(3):
        nxt = doc.word_after(end)
        if nxt is None or full[end:nxt[0]].strip() or not full[nxt[0]].isupper():
            break
        end = nxt[1]
    if full[end:end + 1] not in (",", ".", ";") and end < len(full):
        return False
    lead = max(doc.starts[doc.para_of(head.start)], before[0] - 60)
    return _INVERTED_ATTRIBUTION_RE.search(low, lead, before[0]) is not None


def _after_title_of(doc: _Doc, pos: int) -> bool:
    """Whether a capitalised title and "of" come just before ``pos``: then the capitalised
    words from ``pos`` on name the office, and a person may follow ("Secretary of State Marco
    Rubio", "Minister of Finance Jane Doe")."""
    of = doc.word_before(pos)
    if of is None or doc.low[of[0]:of[1]] != "of":
        return False
    title = doc.word_before(of[0])
    return title is not None and doc.full[title[0]].isupper() \
        and doc.low[title[0]:title[1]] in _LEX.title_words


def _names_an_office(doc: _Doc, pos: int) -> bool:
    """Whether the capitalised word at ``pos`` ends a run of at most four that follows a title
    and "of" ("Secretary of Homeland Security")."""
    for _ in range(4):
        if _after_title_of(doc, pos):
            return True
        before = doc.word_before(pos)
        if before is None or not doc.full[before[0]].isupper():
            return False
        pos = before[0]
    return False


def _strip_titles(low: str, run: list[_Tok]) -> tuple[list[_Tok], tuple[str, ...]]:
    title: tuple[str, ...] = ()
    while run:
        for size in (3, 2, 1):
            words = tuple(low[t.start:t.end] for t in run[:size])
            if len(words) == size and words in _LEX.titles or (
                size == 1 and words and words[0] in _LEX.single_name_titles
            ):
                title = title + words
                run = run[size:]
                break
        else:
            break
    return run, title


def _discover(
    doc: _Doc, index: _RegistryIndex, singles: dict[str, list[_Spot]], lang: str,
    run: list[_Tok],
) -> tuple[str, int, int, str] | _Titled | None:
    """Judge one run of capitalised words; return (name, start, end, name for the id), or
    the surname of a title + surname pair."""
    full, low = doc.full, doc.low
    for i in range(len(run) - 2, 0, -1):
        if full[run[i].end:run[i].end + 1] == "." \
                and (low[run[i].start:run[i].end],) in _LEX.titles:
            # "San Elido County Fire Capt. Luis Arreola": a body's words before an
            # abbreviated title are no part of the name
            run = run[i:]
            break
    for tok in run:
        if low[tok.start:tok.end] in _LEX.org_heads and not _hyphened(full, tok.end):
            return None  # cheap and frequent: "White House", "First Step Act"
    if _quoted_thing(doc, run):
        return None  # « le canot tous temps « Président Yves Le Floc'h » »: a ship's name
    kind = doc.word_before(run[0].start)
    opener = low[run[0].start:run[0].end]
    if opener not in _LEX.given and (opener,) not in _LEX.titles:
        # (a given name or a title opens a person's name: "tour operator Jane Hale", "the
        # former regulator Prof Helen Armitage", « la société Jean Dupont »)
        if kind is not None and _after_organisation_noun(doc, kind) \
                and full[kind[1]:run[0].start].strip() == "":
            return None  # "ferry operator Hebridean Link said": a firm
        if _ends_with_place(doc, run):
            # « l'usine Halvorsen de Vierzon (Cher) »: a site named by its town, no person
            # (whose « Vierzon » would then be taken up by « le maire de Vierzon »)
            return None
        if _named_as_organisation(doc, run[0].start, run[-1].end):
            # « Dans un communiqué, Rochat Lenoir dit … » after « la banque Rochat Lenoir »:
            # the firm the article named with its noun elsewhere
            return None
    last_word = low[run[-1].start:run[-1].end]
    if run[-1].end < len(full) and full[run[-1].end] == " " \
            and doc.claimed[run[-1].end + 1:run[-1].end + 2] == b"\x01" \
            and full[run[-1].end + 1:run[-1].end + 2].isupper() \
            and last_word not in _LEX.given and last_word not in _LEX.surnames:
        # "Minority Leader Teresa Alvarado" when the registry names her: the capitalised
        # words right before a name already found are its title, not another person
        return None
    if kind is not None and low[kind[0]:kind[1]] in _LEX.place_before:
        return None  # "from nearby Brindley Heath": a place
    if run[0].start > 1 and full[run[0].start - 1] == "-" and full[run[0].start - 2].isalnum():
        # The first word ends a compound name ("Île-de-France Mobilités", « à Vitry-sur-Seine
        # Amadou Sissoko »): it is no part of a person's name.
        run = run[1:]
        if len(run) < 2:
            return None
    if len(run) > 3 and _HYPHEN_ELISION_RE.fullmatch(full, run[0].end, run[1].start):
        # « du Val-d'Oise Évelyne Marchand », « Villeneuve-d'Ascq Paul Rey »: a place's name
        # joined by an elided particle opens the run, no part of a person's name
        run = run[2:]
    # « l'ancien ministre de l'Intérieur Taavi Rõivas »: a role noun and « de l' », « du »…
    # before the run, whose first words name an office; « le député de Haute-Savoie Hubert
    # Castagnac », « le sénateur de Paris Marc Petit »: a plain « de » before a place (known)
    # and a given name (not « l'avocat de Charlotte Dubois-Martin »)
    office = 1  # the words of the office's name, joined by hyphens (« Haute-Savoie »)
    while office < len(run) - 2 and full[run[office - 1].end:run[office].start] == "-":
        office += 1
    lead = max(doc.starts[doc.para_of(run[0].start)], run[0].start - 60)
    # (a place no list holds too, when its first word is no given name: « l'attaquant de
    # Montverdun Hugo Castelnau »)
    office_place = len(run) >= office + 2 \
        and _LEX.role_of_place.found(low, lead, run[0].start) \
        and (_is_place(tuple(low[t.start:t.end] for t in run[:office]))
             or low[run[0].start:run[0].end] not in _LEX.given) \
        and low[run[office].start:run[office].end] in _LEX.given
    office_before = office_place or _LEX.role_of.found(low, lead, run[0].start)
    article = kind
    head = run[0]
    if len(run) > 2 and low[run[0].start:run[0].end] == "les":
        article, head = (run[0].start, run[0].end), run[1]  # « Les Nuits de Tanger »
    if len(run) > 1 and low[run[0].start:run[0].end] in _LEX.toponym_heads \
            and _ELIDED_PARTICLE_RE.fullmatch(full, run[0].end, run[1].start):
        return None  # « Val d'Arvèche », « Val d'Isère »: a place, whatever article comes first
    if article is not None and low[article[0]:article[1]] in _CONTRACTED_ARTICLES \
            and not (office_before and len(run) >= 3):
        opener = low[head.start:head.end]
        if opener not in _LEX.given and opener not in _LEX.roles \
                and (opener,) not in _LEX.titles and not _is_demonym(doc, head) \
                and not (low[article[0]:article[1]] == "les" and any(
                    low[t.start:t.end] in _LEX.given for t in run[1:])):
            # « au Dôme de Marseille »: an article before a name makes a thing; « Les
            # Misérables de Victor Hugo » still holds a person (split below)
            return None
    if doc.sentence_initial(run[0].start):
        first = low[run[0].start:run[0].end]
        keep = (
            len(run) > 1
            and first in _LEX.given
            and low[run[1].start:run[1].end] in _LEX.surnames
        )
        if not keep and first in _LEX.not_first and first not in doc.function_words:
            # An adjective opens a compound ("Second Chance Month") and stays in the run: the
            # run is rejected below, unless a title or a role noun before a given name ends
            # it ("House Majority Leader Steve Scalise", "Justice Sonia Sotomayor").
            keep = True
        if not keep and (first,) not in _LEX.titles and (
            first in doc.function_words
            or (first not in _LEX.given and doc.seen_lowercase(full[run[0].start:run[0].end]))
            # "Retiree Goh Swee Lan, 72, said": a noun for a person before a full name
            or (len(run) > 2 and first not in _LEX.given and first in _LEX.apposition_nouns)
        ):
            run = run[1:]  # a capitalised common word opens the sentence; "Me X" is a title
    role = False
    first = low[run[0].start:run[0].end]
    if len(run) == 2 and first in _LEX.given and (first,) in _LEX.titles \
            and kind is not None and full[kind[0]].islower() \
            and low[kind[0]:kind[1]] in _LEX.roles and full[kind[1]:run[0].start] == " ":
        # "by captain Dean Whitlow": after a role noun, a title that is also a given name
        # ("Dean", "Major") opens the name; a role and a title do not stack
        title: tuple[str, ...] = ()
        role, given_title = True, True
    elif len(run) == 2 and first in _LEX.given and (first,) in _LEX.titles \
            and (kind is None or low[kind[0]:kind[1]] not in _LEX.demonym_before) \
            and _LEX.cue_after.match(low, run[1].end, doc.ends[doc.para_of(run[1].start)]) \
            and not _surname_with_another_given(doc, first, low[run[1].start:run[1].end]):
        # "Dean Harper, 34, denies murder", "Dean Harper said": a title that is also a given
        # name, then one word and a person's cue, not after an article ("the Dean of Arts")
        title, given_title = (), True
    else:
        run, title = _strip_titles(low, run)
        given_title = False
    # A capitalised role noun opens the run ("Economist Margaret Hsu", "Rapper Kanye West"):
    # it is not part of the name, and it says the name is a person's.
    while len(run) > 1 and low[run[0].start:run[0].end] in _LEX.roles \
            and low[run[0].start:run[0].end] not in _LEX.given:
        run, role = run[1:], True
    if role and not given_title:
        run, more = _strip_titles(low, run)
        title = title + more
    # A capitalised demonym after a determiner is a noun for the person, like a role noun
    # ("le Belge Jens Vercauteren", "l'ancien Rennais Yann Le Goff").
    # (in English a given name must follow: "the Australian Grant McKechnie", not "the
    # Israeli Defence Forces")
    if len(run) > 2 and _is_demonym(
            doc, run[0], given_follows=low[run[1].start:run[1].end] in _LEX.given) \
            and (lang != "en" or low[run[1].start:run[1].end] in _LEX.given):
        run, role = run[1:], True
    elif len(run) > 3 and full[run[0].end:run[1].start] == "-" \
            and _is_demonym(doc, _Tok(run[0].start, run[1].end)):
        run, role = run[2:], True  # a compound demonym: « le Néo-Zélandais Tom Whitaker »
    elif len(run) > 3 and full[run[0].end:run[1].start] == " " \
            and _is_demonym(doc, run[1], opens=run[0]) \
            and (lang != "en" or low[run[2].start:run[2].end] in _LEX.given):
        run, role = run[2:], True  # "the New Zealander Grant McKechnie"
    # Capitalised words of an unknown title before a given name and a surname ("Harbor Master
    # Tom Reilly", "Board Chair Ana Ruiz"): the name starts at the given name.
    # The words skipped must not be adjectives ("Second Chance Hiring"), and the rest must end
    # in a known surname or be introduced as a person.
    # After a lowercase particle the given name starts the name whatever follows ("Témoignage
    # de Gwenaëlle Kerhervé"): a name that takes a particle has it before the surname. A role
    # noun just before the given name ends a long title ("Senate Minority Leader Luis Ortega")
    # and is a person cue, as at the start of the run.
    if len(run) >= 3 and low[run[0].start:run[0].end] not in _LEX.given \
            and not _vietnamese(doc, run):
        adjective = False  # an adjective was skipped: only a particle or a role may end it
        role_ahead = _after_lowercase_role(doc, run[0].start)
        for i in range(1, len(run) - 1):
            word = low[run[i].start:run[i].end]
            # « le député Renaissance Thibault Carrel »: in French a party's name between a
            # lowercase role noun and a given name and a surname (not « le président Mahamat
            # Idriss Déby »: a first given name no list holds)
            party = role_ahead and lang == "fr" and i == 1 and len(run) == 3 \
                and low[run[0].start:run[0].end] in _LEX.party_words
            if role_ahead and not party and not any(low[t.start:t.end] in _LEX.roles
                                                    or low[t.start:t.end] in _LEX.title_words
                                                    for t in run[:i]):
                continue  # (no title's word to drop: "Chief minister Pradeep Kumar X")
            before = low[run[i - 1].start:run[i - 1].end]
            after_particle = before in _LEX.particles and full[run[i - 1].start].islower()
            # (a noun for a person too, capitalised as a title: "Premier Joanne Maddern")
            # ("Welshman Owen Price", "Belgian Tom Peeters": a demonym noun as a title)
            after_role = party or (before in _LEX.roles or before in _LEX.apposition_nouns
                                   or before in _LEX.demonyms) \
                and before not in _LEX.given and full[run[i - 1].start].isupper()
            adjective = adjective or (before in _LEX.not_first and not after_particle)
            if word in _LEX.given and word not in _LEX.not_first \
                    and word not in _LEX.particles \
                    and full[run[i - 1].end:run[i].start].strip() == "" and (
                        after_particle or after_role or not adjective and (
                            low[run[-1].start:run[-1].end] in _LEX.surnames
                            or _has_cue(doc, run[i].start, run[-1].end))):
                run = run[i:]
                role = role or after_role
                break
    if len(run) >= office + 2 and (office_place or office_before
                                   and low[run[0].start:run[0].end] not in _LEX.given) \
            and full[run[office - 1].end:run[office].start].strip() == "":
        # « l'ancien ministre de l'Intérieur Taavi Rõivas », « le député de Haute-Savoie
        # Hubert Castagnac »: the capitalised words after the role noun and « de » name the
        # office; the person starts after them
        run, role = run[office:], True
    elif len(run) >= 4:
        # "de" before a given name and a surname is a preposition, not a surname's particle:
        # "la Mercedes de Jean Dupont", "L'Étranger d'Albert Camus" (elided: another run).
        for i in range(2, len(run) - 1):
            if low[run[i - 1].start:run[i - 1].end] == "de" \
                    and full[run[i - 1].start] == "d" \
                    and low[run[i].start:run[i].end] in _LEX.given \
                    and low[run[i].start:run[i].end] not in _LEX.not_first \
                    and full[run[i].end:run[i + 1].start].strip() in ("", "-"):
                run = run[i:]
                break
    # Lowercase particles cannot start or end a name.
    while run and full[run[0].start].islower():
        run = run[1:]
    while run and full[run[-1].start].islower():
        run = run[:-1]
    if not run:
        return None
    folded = [low[t.start:t.end] for t in run]
    caps = [t for t in run if full[t.start].isupper()]
    words = 1 + sum(1 for a, b in itertools.pairwise(run)
                    if (full[a.end:b.start].strip(". ") == "" and "-" not in full[a.end:b.start])
                    or _ELIDED_PARTICLE_RE.fullmatch(full, a.end, b.start))  # « Jean d'Ormesson »
    named = [f for f in folded if len(f) > 1 and f not in _LEX.particles]
    if len(named) == 1 and len(run) >= 2 and all(len(f) == 1 for f in folded[:-1]) \
            and all(full[a.end:a.end + 1] == "." for a in run[:-1]) \
            and (kind is None or low[kind[0]:kind[1]] not in _LEX.demonym_before) \
            and "".join(folded[:-1]) not in _LEX.place_initials \
            and (folded[-1] in _LEX.surnames or folded[-1] in index.surnames
                 or _has_cue(doc, run[0].start, run[-1].end)) \
            and (len(run) > 2 or folded[-1] not in index.surnames
                 and _initial_named(doc, low, run)):
        # "J.D. Vance", "J. K. Rowling", "S. Meenakshi": initials with their full stops
        # stand for the given names, before a known surname or a person's cue (not "the B.C.
        # Interior"; one initial before a registry person's surname is that person's, found
        # by the surname: « la thèse de M. P. Aubanel »; one initial needs the cue next to it,
        # not "rich in vitamin D. Green vegetables …", "J. Crew said")
        named = ["".join(folded[:-1]), named[0]]
    single_name_title = bool(title) and title[-1] in _LEX.single_name_titles
    if single_name_title and len(run) == 1:
        pass  # "Pope Francis", "Prince Harry": the title is part of the name
    elif title and len(run) == 1:
        return _Titled(run[0].start, run[0].end, title[-1])
    elif title and len(run) > 1 and (
            words == 1 or all(f in _COMPOUND_PARTICLES for f in folded[:-1])):
        return _Titled(run[0].start, run[-1].end, title[-1])  # "Mme Le Bihan", "Me Dupond-Moretti"
    elif len(run) == 2 and _withheld_surname(doc, run):
        # « Mehdi K., 24 ans »: a given name and the initial of a surname withheld, as the
        # press writes suspects, victims and minors ("Jane D." in a court report)
        end = run[1].end + 1
        name = full[run[0].start:end]
        return name, run[0].start, end, name.rstrip(".")
    elif len(named) < 2 or words < 2 or len(caps) > 5:
        return None
    title_case = doc.titlecase(run[0].start)
    if title_case:
        # In a headline every word is capitalised: keep only given name + surname.
        if folded[0] not in _LEX.given:
            return None
        end = 1
        while end < len(run) and end < 3 and (
            folded[end] in _LEX.surnames or folded[end] in index.surnames
            or folded[end] in _LEX.given or len(folded[end]) == 1
        ):
            end += 1
        run, folded = run[:end], folded[:end]
        if len(run) < 2 or not (folded[-1] in _LEX.surnames or folded[-1] in index.surnames):
            return None
    first, last = folded[0], folded[-1]
    # "Christian Marty", not "Christian Aid": a given name that also opens the names of things,
    # right before a known surname
    given_anyway = len(folded) == 2 and first in _LEX.given_not_first \
        and (last in _LEX.surnames or last in index.surnames or (
            lang == "fr" and first in _LEX.given_in_french)) and last not in _LEX.not_first \
        and (kind is None or low[kind[0]:kind[1]] not in _LEX.articles)  # ("a Christian X")
    is_given = first in _LEX.given and (first not in _LEX.not_first or given_anyway)
    family_first = not is_given and _family_name_first(folded)  # "Xi Jinping"
    if family_first:
        last = first  # the family name, which stands alone for the person ("Xi said")
    is_surname = last in _LEX.surnames or last in index.surnames
    # Rejections: organisations, calendar, places, brands, adjectives.
    # (a month or a feast that is a given name opens a name of two or three words when the
    # surname is known or the name is a speaker's, decided below: « Noël Mamère a déclaré »,
    # "June Carver said", not "May Day")
    calendar_first = folded[0] in _LEX.calendar_given and len(folded) in (2, 3)
    for i, word in enumerate(folded):
        if word in _LEX.org_heads:
            return None
        if word in _LEX.calendar and not (i == len(folded) - 1 and i > 0 and is_given
                                          and word in _LEX.surnames) \
                and not (i == 0 and calendar_first) \
                and not (i > 0 and word in _LEX.given and folded[i - 1] in _LEX.given
                         and full[run[i - 1].end:run[i].start] == "-"):
            # (a feast joined by a hyphen to a given name is a compound given name's second
            # word: « Jean-Toussaint Mattei », « Marie-Noël X »)
            return None
    if (first in _LEX.not_first and not given_anyway) \
            or (first in doc.function_words and not is_given):
        return None
    if (last in _LEX.weak_heads or any(w in _LEX.weak_heads for w in folded[1:-1])) \
            and not is_given and not title:
        return None  # "Grant Park"; not "the Rt Rev Anselm Price": a title names a person
    tup = tuple(folded)
    for size in range(2, min(len(tup), _LEX.longest_multi) + 1):
        for i in range(len(tup) - size + 1):
            window = tup[i:i + size]
            if window in _LEX.places_multi or window in _LEX.brands \
                    or window in _LEX.calendar_multi:
                return None
    # A given name that is also a place ("Sofia", "Austin") needs one more piece of evidence.
    place_first = first in _LEX.places and not (is_given and is_surname)
    if place_first and not is_given:
        return None
    # A place after the first word ("Los Angeles", "Nelson Mandela Bay") makes the run a
    # place, unless the context says it is a person ("Torino president Urbano Cairo said").
    place_later = any(
        word in _LEX.places and word not in _LEX.surnames and word not in _LEX.given
        for word in folded[1:]
    )
    for word in folded[1:]:
        # A function word inside ("Page Six", "Channel Four") makes it the name of a thing.
        if word in doc.function_words and word not in _LEX.particles \
                and word not in _LEX.given and (word not in _LEX.surnames or word in _NUMBERS):
            return None
    for word, tok in zip(folded, run):
        # A word of the run that the article also uses as a common word ("Brightwell Home
        # Appliances" next to "the appliances") makes it the name of a thing, unless the word
        # is a known name.
        if len(word) > 2 and word not in _LEX.given and word not in _LEX.surnames \
                and word not in index.surnames and word not in _LEX.particles \
                and doc.seen_lowercase(full[tok.start:tok.end]):
            return None
    # Evidence.
    start, end = run[0].start, run[-1].end
    if _short_for_an_org(doc, start, end):
        return None  # "Halvorsen Marine" said, after "Halvorsen Marine Holdings"
    score = 0
    if is_given or family_first or _vietnamese(doc, run):
        score += 2
    elif len(first) == 1 or (len(first) == 2 and full[run[0].start:run[0].end].isupper()):
        score += 1  # a leading initial: "J. K. Rowling", "TJ Delaney"
    if is_surname:
        score += 1
    if any(len(f) == 1 for f in folded[1:-1]):
        score += 1  # middle initial
    alone = singles.get(last)
    if alone:
        score += 1  # the surname is used alone elsewhere in the article
        if any(_has_cue(doc, spot.start, spot.end) for spot in alone[:8]):
            score += 1  # ... as a person: "Natarajan said"
    if doc.honoured(last) and not is_given and last not in _LEX.places:
        score += 2  # the surname after an honorific elsewhere: "Jalen Whitaker … Mr. Whitaker"
    cue = bool(title) or role or _has_cue(doc, start, end) or (
        # "Frank Mills, a local councillor, said": a given name, and a person's role in
        # apposition (not "Castellane Capital, a fund manager")
        is_given and _role_in_apposition(low, end, doc.ends[doc.para_of(start)])) or (
        # "Aroha Kerehoma, the president of the union, said": a given name not in the lists,
        # a role only a person holds, then a speech verb, with no word of a place or a firm
        len(run) > 1 and not any(w in _LEX.places or w in _LEX.weak_heads for w in folded)
        and _role_in_apposition(low, end, doc.ends[doc.para_of(start)])
        and _speech_after_apposition(doc, end))
    if not cue and not any(w in _LEX.places or w in _LEX.weak_heads
                           for w in (folded[1:] if is_given else folded)) \
            and _INVERTED_ATTRIBUTION_RE.search(
            low, max(doc.starts[doc.para_of(start)], start - 60), start) is not None \
            and not _after_function_word(doc, start):
        # « « Non », répond Dariusz Kowalczyk »: the verb of an attribution after a
        # quotation, whatever it is, introduces a speaker (not "Greenpeace France": a place;
        # but a given name may be a place's too: « a déclaré lundi Florence Parly »; not a
        # preposition's object: « a assuré sur France Bleu le haut fonctionnaire »)
        cue = True
    if place_later and not is_given and not title and kind is not None \
            and low[kind[0]:kind[1]] in _NAME_CONNECTORS and full[kind[0]].islower():
        ahead = doc.word_before(kind[0])
        if ahead is not None and full[ahead[0]].isupper():
            # "the group Voices for Victims Ontario, said": the end of a longer name (a
            # capitalised word and a connector before it) with a place in it is a thing's
            return None
    if calendar_first and not cue and not is_surname:
        return None
    if cue:
        score += 2
    elif place_later:
        return None
    elif last in _LEX.weak_heads and not alone:
        return None  # "Grant Park", "Chase Bank": a given name before a place word
    if place_first:
        score -= 1
    if single_name_title and len(run) == 1:
        score = 2 if folded[0] not in _LEX.places else 0
    if score < 2:
        return None
    if single_name_title and len(run) == 1:
        title_start = _title_start(doc, run[0].start, len(title))
        name = _normalise(full[title_start:end])
        return name, title_start, end, name
    name = _normalise(full[start:end])
    id_words = [full[t.start:t.end] for t in run if len(low[t.start:t.end]) > 1]
    if len(id_words) == 1 and len(run) > 1:  # "J.D. Vance": jd-vance, not vance
        id_words = ["".join(full[t.start:t.end] for t in run[:-1]), *id_words]
    return name, start, end, " ".join(id_words)


def _after_lowercase_role(doc: _Doc, start: int) -> bool:
    """A role noun in lowercase right before ``start``, one space between: it stands for the
    title, so the capitalised words after it are the name ("Chief minister Pradeep Kumar
    Samantaray", whose first word is a given name no list holds, not a title's word)."""
    ahead = doc.word_before(start)
    return ahead is not None and doc.low[ahead[0]:ahead[1]] in _LEX.roles \
        and doc.full[ahead[0]].islower() and doc.full[ahead[1]:start] == " "


def _withheld_surname(doc: _Doc, run: list[_Tok]) -> bool:
    """``run`` is a known given name, one space, then a capital letter and a period that no
    capitalised word follows (« Mehdi K., 24 ans », « selon Julie D. »; not "Harry S.
    Truman", nor "Kevin M. The" at a sentence's end, where the letter may be an initial)."""
    full, low = doc.full, doc.low
    given, letter = run
    after = full[letter.end + 1:letter.end + 3].lstrip(" \t\u00a0")
    return low[given.start:given.end] in _LEX.given \
        and low[given.start:given.end] not in _LEX.not_first \
        and full[given.start].isupper() and full[given.end:letter.start] == " " \
        and letter.end - letter.start == 1 and full[letter.start].isupper() \
        and full[letter.end:letter.end + 1] == "." \
        and not (after[:1].isupper() or after[:1] == ".")


#: Connectors inside the name of an organisation ("Voices for Victims Ontario").
_NAME_CONNECTORS = frozenset({"for", "of", "and", "pour", "de", "du", "des", "et"})

#: A closed quotation, a comma and one verb (« a » + participle, « s' » + verb) before a name.
_INVERTED_ATTRIBUTION_RE = re.compile(
    r"(?:\u00bb|\")[ \t\u00a0]*,[ \t\u00a0]*(?:a[ \t]+|s')?[a-z][a-z-]{2,}"
    # up to three words between the verb and the name: « a déclaré lundi soir X », « a
    # expliqué à l'AFP X »
    r"(?:[ \t\u00a0]+[^\s,.;:!?\"\u00ab\u00bb]+){0,3}[ \t\u00a0]+$")


def _short_for_an_org(doc: _Doc, start: int, end: int) -> bool:
    """The run is the short form of an organisation the article names in full, with its
    head word after it ("Halvorsen Marine" after "Halvorsen Marine Holdings"): a firm named
    after its founders, not a person."""
    low = doc.low
    needle = low[start:end]
    at = low.find(needle)
    while at >= 0:
        after = _ORG_TAIL_RE.match(low, at + len(needle))
        if after is not None and after.group(1) in _LEX.org_heads \
                and _is_word_at(low, at, len(needle)):
            return True
        at = low.find(needle, at + 1)
    return False


_ORG_TAIL_RE = re.compile(r"[ \t]+([\w'-]+)")


def _is_demonym(doc: _Doc, tok: _Tok, opens: _Tok | None = None,
                given_follows: bool = False) -> bool:
    """Whether the capitalised word is a demonym used as a noun: a listed one or one with a
    demonym's ending that is not a known given name, after a determiner and at most one
    adjective ("le Toulousain", "l'ancien Rennais", "la jeune Suissesse", "the Australian");
    ``opens``: a capitalised word before it, part of it ("the New Zealander"). A listed one
    that is also a given name is one when a given name follows (« l'Argentine Ana
    Ferreyra »), and so is one with a rarer ending (« le Mosellan Bertrand Feurstein »)."""
    low = doc.low
    word = low[tok.start:tok.end]
    if len(word) < 4 or not doc.full[tok.start].isupper() or (
            word in _LEX.given and not (given_follows and word in _LEX.demonyms)):
        return False
    if word not in _LEX.demonyms and (opens is not None or not word.endswith(
            _LEX.demonym_endings_given if given_follows else _LEX.demonym_endings)):
        return False
    pos = tok.start if opens is None else opens.start
    for _ in range(2):
        if pos >= 2 and low[pos - 1] == "'" and low[pos - 2] == "l" \
                and (pos == 2 or not low[pos - 3].isalnum()):
            return True  # "l'Italien"
        before = doc.word_before(pos)
        if before is None:
            return False
        folded = low[before[0]:before[1]]
        if folded in _LEX.demonym_before:
            # (the French endings make no English demonym: "the Evergreen Income Bond")
            return word in _LEX.demonyms or folded not in _LEX.demonym_listed_only
        if folded not in _LEX.demonym_adjectives:
            return False
        pos = before[0]
    return False


_OPEN_QUOTES = "\u00ab\u201c\"\u2018"
_CLOSE_QUOTES = "\u00bb\u201d\"\u2019"
_QUOTE_SPACE = " \t\u00a0\u202f"
#: A lowercase article opening a quotation before a capitalised run (« « el Niño » », "the").
_QUOTED_ARTICLE_RE = re.compile(r"(?<![\w'])(?:el|la|le|les|the|l')[ \t\u00a0]*\Z")
#: Articles right before a quotation that is all a run: a thing's name (« l'« Ave Maria » »).
_QUOTED_ARTICLES = frozenset({"l'", "le", "la", "les", "the", "un", "une", "a", "an"})


def _quoted_thing(doc: _Doc, run: list[_Tok]) -> bool:
    """Whether the run is all a quotation holds, right after a lowercase word, and that word
    names a thing ("the trawler "Mary Ellen Carter"") or the run opens with a title (« le
    canot tous temps « Président Yves Le Floc'h » »): the name of a ship or a building, not
    of a person. A chant (« scandait « Vive Marie Dupont » ») and a speaker's words after a
    colon or a sentence end are not."""
    full = doc.full
    start, end = run[0].start, run[-1].end
    i = start
    while i > 0 and full[i - 1] in _QUOTE_SPACE:
        i -= 1
    m = _QUOTED_ARTICLE_RE.search(full, max(0, i - 6), i)
    if m is not None:
        i = m.start()  # « dit « el Niño de la Vega » »: an article opens the quotation
        while i > 0 and full[i - 1] in _QUOTE_SPACE:
            i -= 1
    if i == 0 or full[i - 1] not in _OPEN_QUOTES:
        return False
    k = i - 1
    while k > 0 and full[k - 1] in _QUOTE_SPACE:
        k -= 1
    if k >= 2 and full[k - 1] in _APOSTROPHES and full[k - 2] in "lL" \
            and (k == 2 or not full[k - 3].isalnum()):
        # « on y a chanté l'« Ave Maria de Lourdes » »: an article before a quotation makes
        # a thing of it
        lead_word = "l'"
    else:
        if k == 0 or not (full[k - 1].isalpha() and full[k - 1].islower()):
            return False
        lead = k - 1
        while lead > 0 and full[lead - 1].isalnum():
            lead -= 1
        lead_word = doc.low[lead:k]
    if lead_word == "l'":
        earlier = None
    else:
        if lead_word in _LEX.nickname_appositions \
                and full[max(0, lead - 4):lead].rstrip(_QUOTE_SPACE).endswith(","):
            return True
        earlier = doc.word_before(lead)  # « on l'appelle désormais « X » »: one adverb between
    if lead_word in _LEX.work_nouns or lead_word in _LEX.nickname_before or (
            earlier is not None and doc.low[earlier[0]:earlier[1]] in _LEX.nickname_before):
        # "her hit "Long Way Home"", « une série intitulée « Shannon Goes to Washington » »:
        # a work's title, which may go on after the run; « dit « el Niño de la Vega » », « on
        # l'appelle « Ilyès Valises » »: a nickname, no other person
        return True
    j = end
    while j < len(full) and full[j] in _QUOTE_SPACE:
        j += 1
    if j >= len(full) or full[j] not in _CLOSE_QUOTES:
        return False
    if lead_word in _LEX.attributive_before or lead_word in _QUOTED_ARTICLES:
        return True
    return (doc.low[run[0].start:run[0].end],) in _LEX.titles


def _title_start(doc: _Doc, start: int, words: int) -> int:
    pos = start
    for _ in range(words):
        before = doc.word_before(pos)
        if before is None:
            break
        pos = before[0]
    return pos


def _title_before_name(doc: _Doc, start: int, cue: re.Match[str]) -> bool:
    """The letters after a name matched by ``cue_after`` stand before another name, as a
    member's title: "Fianna Fáil TD Aoife Brennan" (a party's name before them), not "Conor
    Dalton SC, for the accused"; or after "the", as a role: "the Fianna Fáil TD said"."""
    if cue.group("post_nominal") is None:
        return False
    rest = doc.full[cue.end():cue.end() + 3]
    return (rest[:1] == " " and rest[1:2].isupper()) \
        or (start >= 4 and doc.low[start - 4:start] == "the " and not doc.low[start - 5:start - 4].isalpha())


def _ending_word(text: str) -> str:
    words = _WORD_RE.findall(text)
    return words[-1] if words else ""


def _name_like(doc: _Doc, start: int, end: int) -> bool:
    """The words open with a known given name or end with a known surname."""
    words = [w.lower() for w in _NAME_WORD_RE.findall(doc.full, start, end)]
    if not words:
        return False
    last = words[-1].split("-")
    return words[0] in _LEX.given or words[-1] in _LEX.surnames or last[-1] in _LEX.surnames


def _has_cue(doc: _Doc, start: int, end: int) -> bool:
    base = doc.starts[doc.para_of(start)]
    stop = doc.ends[doc.para_of(start)]
    low = max(base, start - 72)
    # (the last word of the window is the last word of the cue's match: a match ends at the
    # window's end, holds a word, and starts after no word character)
    if _LEX.cue_before.found(doc.low, low, start) \
            and (_ending_word(doc.low[low:start]) not in _LEX.letters
                 or _name_like(doc, start, end)):
        # (after a member's letters, a name: "Labour MP Dafydd Jones", not "The MP Expenses
        # Scandal", "TD Bank Economist …")
        return True
    after = _LEX.cue_after.match(doc.low, end, min(stop, end + 60))
    if after is not None and not _title_before_name(doc, start, after):
        return True
    # Coordinated with a person already found: "Mayor Ray Lopez and Tomás Ibarra".
    m = _COORD_BEFORE_RE.search(doc.low, max(base, start - 8), start)
    if m is not None and m.start() > base and doc.claimed[m.start() - 1]:
        return True
    m = _COORD_AFTER_RE.match(doc.low, end, min(stop, end + 8))
    return m is not None and m.end() < stop and bool(doc.claimed[m.end()])


def _normalise(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


_SLUG_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe",
                               "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th",
                               "Þ": "Th", "ı": "i"})


def _slug(name: str) -> str:
    """A stable id for a discovered name: ASCII, lowercase, hyphens."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_SLUG_SPECIAL))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80].strip("-")
    if not slug or check_id(slug) is not None:
        slug = "person-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return slug


class _Spot(NamedTuple):
    """A capitalised word standing alone (no capitalised neighbour): maybe a short name."""

    start: int
    end: int
    title: str | None  # the title just before it ("Mayor", "Mme"), if any


def _given_names_of(registry: Registry, present: Iterable[str],
                    discovered: dict[str, _Discovered]) -> dict[str, str | None]:
    """The leading words (two or more, not the surname) of the full names of the people named
    in the article, flat, to their person: "ana lucia" for "Ana Lucía Ferreyra"; None when
    two people share them."""
    names = [(pid, registry.people[pid].name) for pid in present if pid in registry.people]
    names += [(pid, entry.person.name) for pid, entry in discovered.items()]
    prefixes: dict[str, str | None] = {}
    for pid, name in names:
        words = _flat(name).split()
        for k in range(2, len(words)):
            if words[k - 1] in _LEX.particles:
                continue
            key = " ".join(words[:k])
            prefixes[key] = pid if prefixes.get(key, pid) == pid else None
    return prefixes


_NICKNAME_MARKS = ('"', "“", "‘", "«", "'")
_WORD_BEFORE_MARK_RE = re.compile(r"(?<![\w'’.@#-])[^\W\d_][\w'’-]*[ \t]+$")

def _names_a_person(doc: _Doc, run: list[_Tok]) -> bool:
    """The run opens with a title or a known given name followed by a capitalised word:
    « dans la ville d'Anne Hidalgo », "the district office of Rep. Nancy Mace" (not « Val de
    Rèche », a given name before a particle)."""
    low, full = doc.low, doc.full
    k = 1  # the words of the first name, joined by hyphens (« Jean-Claude »)
    while k < len(run) and full[run[k - 1].end:run[k].start] == "-":
        k += 1
    first = low[run[0].start:run[k - 1].end]
    if k == 1 and (first,) in _LEX.titles:
        return True
    # (not « Saint-Guénolé », one compound word: a place's)
    return k < len(run) and _is_given(first) and full[run[k].start].isupper()


#: A nickname in quotation marks between a given name and a surname: Michael "Mossie" Keane,
#: Dwayne "The Rock" Johnson, Jean « le Taureau » Dupuis.
_NICKNAMED_RE = re.compile(
    r"(?<![\w'’.@#-])([^\W\d_][\w'’-]*)[ \t]+[\"“‘«'][ \t\u00a0\u202f]?"
    r"([^\"“”‘’«»\n]{1,30}?)[ \t\u00a0\u202f]?[\"”’»'][ \t]+([^\W\d_][\w'’-]*)(?![\w'’-])")


def _find_nicknamed(doc: _Doc, registry: Registry,
                    discovered: dict[str, _Discovered]) -> list[_Found]:
    """A known given name, a capitalised nickname in quotation marks, then a capitalised
    word: a person named by the given name and that surname (a mention spans the nickname
    too). The registry's mention when the name's id is a registry id."""
    full, low = doc.full, doc.low
    hits: list[_Found] = []
    starts: set[int] = set()  # the word before each opening mark: only there can one start
    for mark in _NICKNAME_MARKS:
        at = full.find(mark)
        while at >= 0:
            # (the pattern ends with a space or a tab right before the mark, or before a
            # newline right before it, which its ``$`` matches too: most marks, apostrophes
            # and closing marks, follow a letter or punctuation and are not searched)
            before = full[at - 1:at] if at else ""
            if before in (" ", "\t") or (before == "\n" and full[at - 2:at - 1] in (" ", "\t")):
                word = _WORD_BEFORE_MARK_RE.search(full, max(0, at - 40), at)
                if word is not None:
                    starts.add(word.start())
            at = full.find(mark, at + 1)
    for start in sorted(starts):
        m = _NICKNAMED_RE.match(full, start)
        if m is None:
            continue
        (g0, g1), (s0, s1) = m.span(1), m.span(3)
        nickname = m.group(2)
        if not (full[g0].isupper() and full[s0].isupper()) \
                or low[g0:g1] not in _LEX.given or low[s0:s1] in doc.function_words \
                or low[s0:s1] in _LEX.calendar \
                or low[s0:s1] in _LEX.given and low[s0:s1] not in _LEX.surnames \
                or not any(w[:1].isupper() for w in nickname.split()) \
                or not doc.free(g0, s1) or not doc.in_one_paragraph(g0, s1):
            continue
        name = f"{full[g0:g1]} {full[s0:s1]}"
        doc.claim(g0, s1)
        hit = _mention(registry, discovered, name, _slug(name), g0, s1, full)
        if hit is not None:
            hits.append(hit)
    return hits


def _find_discovered(
    doc: _Doc, index: _RegistryIndex, registry: Registry, present: Iterable[str] = (),
) -> tuple[dict[str, _Discovered], list[_Found], list[_Spot]]:
    """Rule 4, and the words that stand alone, for rule 5. A run that is the given names of
    someone named in full ("Ana Lucía" for Ana Lucía Ferreyra) is that person."""
    lang = doc.article.lang
    full, low = doc.full, doc.low
    runs: list[list[_Tok]] = []
    spots: list[_Spot] = []
    discovered: dict[str, _Discovered] = {}
    registry_hits = _find_nicknamed(doc, registry, discovered)
    for m in _chunk_re().finditer(full):
        start, end = m.span()
        if _SIMPLE_WORD_RE.fullmatch(full, start, end) and not (
            start > 0 and (full[start - 1].isalnum() or full[start - 1] in "_@#")
        ):
            # Most chunks are one plain word: no need to tokenise them.
            spots.append(_Spot(start, end, None))
            continue
        if end - start <= 5 and full[start:start + 2] in _I_CONTRACTIONS:
            continue  # "I'm", "I’ve"
        stop = end - 2 if full[end - 2:end - 1] in _APOSTROPHES else end  # possessive
        if 0 not in doc.claimed[start:stop] or 0 not in doc.excluded[start:stop]:
            continue  # already a registry name, or not running text
        for run in _split_runs(doc, _chunk_tokens(doc, start, end, lang)):
            if len(run) == 1:
                spots.append(_Spot(run[0].start, run[0].end, None))
            else:
                runs.append(run)
    singles: dict[str, list[_Spot]] = {}
    for spot in spots:
        singles.setdefault(low[spot.start:spot.end], []).append(spot)
    given_names: dict[str, str | None] | None = None  # built on the first judged name
    places: set[str] = set()  # « la commune valaisanne de Val de Rèche »: a place's name
    for run in runs:
        if _LEX.place_of.search(low, max(doc.starts[doc.para_of(run[0].start)],
                                         run[0].start - 40), run[0].start) is not None \
                and not _names_a_person(doc, run):
            places.add(" ".join(low[run[0].start:run[-1].end].split()))
            continue
        judged = _discover(doc, index, singles, lang, run)
        if judged is None:
            if doc.titlecase(run[0].start):
                # In a headline every word is capitalised: each may still be a short name.
                spots.extend(_Spot(t.start, t.end, None) for t in run)
            elif len(run) > 2 and low[run[-1].start:run[-1].end] in _LEX.famous \
                    and full[run[-2].start].islower():
                # « le Troisième Concerto de Prokofiev »: a work's title, then its author
                spots.append(_Spot(run[-1].start, run[-1].end, None))
            elif len(run) == 2 and low[run[0].start:run[0].end] in _LEX.familiar_titles \
                    and low[run[1].start:run[1].end] in _LEX.given:
                # « Sœur Agnès », "Uncle Gilles": a familiar title before a given name
                spots.append(_Spot(run[1].start, run[1].end, None))
            elif _is_given(low[run[0].start:run[-1].end]) and all(
                    full[a.end:b.start] == "-" for a, b in itertools.pairwise(run)):
                # a compound given name standing alone: « Jean-Paul, professeur »
                spots.append(_Spot(run[0].start, run[-1].end, None))
            continue
        if isinstance(judged, _Titled):
            spots.append(_Spot(judged.start, judged.end, judged.title))
            continue
        name, start, end, id_name = judged
        if not doc.free(start, end) or not doc.in_one_paragraph(start, end):
            continue
        if _PARTY_PLACE_RE.match(full, start):
            continue  # "Sen. Rhonda Pike, R-Chippewa Falls, said": a party and a home town
        if _used_as_modifier(doc, start, end, doc.word_before(start), doc.word_after(end)):
            continue  # "le musée Hervé Lamy", "the Hervé Lamy museum"
        if given_names is None:
            given_names = _given_names_of(registry, present, discovered)
        owner = given_names.get(" ".join(low[start:end].split()))
        if owner is not None:
            doc.claim(start, end)
            if owner in registry.people:
                registry_hits.append(_Found(start, end, owner, "given-name"))
            else:
                discovered[owner].mentions.append(_Found(start, end, owner, "discovered"))
            continue
        doc.claim(start, end)
        tail = _tail_owner(registry, present, discovered, low[start:end])
        if tail is not None:  # "Montoya Ruiz said", after "Javier Montoya Ruiz"
            if tail in registry.people:
                registry_hits.append(_Found(start, end, tail, "name"))
            else:
                discovered[tail].mentions.append(_Found(start, end, tail, "discovered"))
            continue
        middle = _middle_name_owner(index, low[start:end])
        if middle is not None:  # "Roland Emery Pryor was born", the registry's Roland Pryor
            registry_hits.append(_Found(start, end, middle, "name"))
            continue
        hit = _mention(registry, discovered, name, _slug(id_name), start, end, full)
        if hit is not None:  # the registry person written in a way the registry does not list
            registry_hits.append(hit)
    for pid in [pid for pid, entry in discovered.items()
                if any(" ".join(low[f.start:f.end].split()) in places for f in entry.mentions)]:
        del discovered[pid]  # the same words elsewhere name the place too
    _merge_tails(registry, present, discovered, registry_hits, full)
    return discovered, registry_hits, spots


def _tails(name: str) -> list[str]:
    """The last two words or more of a name of three words or more, flat, the whole name
    excluded: "montoya ruiz" for "Javier Montoya Ruiz" (a compound surname written alone).
    Not from a word that is only a given name: "Ann Smith" may be the daughter of "Mary Ann
    Smith"."""
    words = _flat(name).split()
    return [" ".join(words[k:]) for k in range(1, len(words) - 1)
            if words[k] not in _LEX.given or words[k] in _LEX.surnames]


def _middle_name_owner(index: _RegistryIndex, run: str) -> str | None:
    """The one registry person whose name of two words is the first and the last of the
    three of ``run`` (flat): a middle name written in full ("Roland Emery Pryor" for Roland
    Pryor, as an obituary or a court report writes it)."""
    words = run.split()
    if len(words) != 3 or words[1] in _LEX.particles:
        return None
    owners = index.two_words.get((words[0], words[2]), ())
    return owners[0] if len(owners) == 1 else None


def _tail_owner(registry: Registry, present: Iterable[str],
                discovered: dict[str, _Discovered], run: str) -> str | None:
    """The one person named in the article (registry people present, people discovered so
    far) whose full name ends with the words of ``run`` (two or more): a compound surname
    written alone ("Montoya Ruiz" for Javier Montoya Ruiz) is that person, not a new one."""
    key = " ".join(run.split())
    if " " not in key:
        return None
    owners = {pid for pid in present
              if pid in registry.people and key in _tails(registry.people[pid].name)}
    owners.update(pid for pid, entry in discovered.items() if key in _tails(entry.person.name))
    return next(iter(owners)) if len(owners) == 1 else None


#: What stands between a name with a withheld surname and the full name when the article
#: says they are one person (« Saïda K. – Saïda Kherbouche à l'état civil – », « Saïda
#: Kherbouche (Saïda K.) »); anywhere else, the initial hides somebody else (« la victime,
#: Sophie L., … L'avocate de la famille, Sophie Lanier »).
_WITHHELD_JOINS = frozenset({"–", "—", "-", "(", ")", "),", "(de son vrai nom", "(alias"})


def _withheld_owner(registry: Registry, present: Iterable[str],
                    discovered: dict[str, _Discovered], entry: _Discovered,
                    full: str) -> str | None:
    """The one person named in the article whose given name and surname's initial a name
    with a withheld surname gives, when the two are written side by side, a dash or a
    bracket between them (« Saïda K. – Saïda Kherbouche à l'état civil – »)."""
    words = _flat(entry.person.name).rstrip(".").split()
    if len(words) != 2 or len(words[1]) != 1:
        return None
    given, initial = words

    def fits(written: str) -> bool:
        parts = written.split()
        return len(parts) >= 2 and parts[0] == given and parts[-1][:1] == initial \
            and len(parts[-1]) > 1

    owners = {pid for pid in present
              if pid in registry.people and fits(_flat(registry.people[pid].name))}
    owners.update(pid for pid, other in discovered.items() if fits(_flat(other.person.name)))
    if len(owners) != 1:
        return None
    owner = next(iter(owners))
    name = _flat(registry.people[owner].name if owner in registry.people
                 else discovered[owner].person.name)
    for f in entry.mentions:
        # (folded keeps the length: a dash is "?" there, so the join is read in ``full``)
        lo = max(0, f.start - 80)
        after = re.match(rf"\.?(\s*\S+\s*){re.escape(name)}(?!\w)",
                         _flat(full[f.end:f.end + 80]))
        before = re.search(rf"(?<!\w){re.escape(name)}(\s*\S+\s*)$", _flat(full[lo:f.start]))
        for m, base in ((after, f.end), (before, lo)):
            if m is not None and " ".join(
                    full[base + m.start(1):base + m.end(1)].split()).lower() in _WITHHELD_JOINS:
                return owner
    return None


def _merge_tails(registry: Registry, present: Iterable[str],
                 discovered: dict[str, _Discovered], registry_hits: list[_Found],
                 full: str) -> None:
    """A person discovered under a compound surname alone before the full name occurs
    ("Montoya Ruiz" in a headline, "Javier Montoya Ruiz" later) is merged into the person
    with the full name; so is a name with its surname withheld (« Saïda K. ») into the one
    person named in full with that given name and initial."""
    for pid in sorted(discovered):
        entry = discovered[pid]
        others = {p: e for p, e in discovered.items() if p != pid}
        owner = _tail_owner(registry, present, others, _flat(entry.person.name)) \
            or _withheld_owner(registry, present, others, entry, full)
        if owner is None:
            continue
        del discovered[pid]
        for f in entry.mentions:
            if owner in registry.people:
                registry_hits.append(_Found(f.start, f.end, owner, "name"))
            else:
                discovered[owner].mentions.append(_Found(f.start, f.end, owner, "discovered"))


def _mention(registry: Registry, discovered: dict[str, _Discovered], name: str, pid: str,
             start: int, end: int, full: str) -> _Found | None:
    """A found name at ``start:end``: the registry person's mention when ``pid`` is in the
    registry (returned), else a mention of the discovered person, created on first sight."""
    if pid in registry.people:
        return _Found(start, end, pid, "name")
    entry = discovered.get(pid)
    if entry is None:
        entry = discovered[pid] = _Discovered(
            Person(id=pid, name=name, reviewed=False), [], full[start:end]
        )
    entry.mentions.append(_Found(start, end, pid, "discovered"))
    return None


_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


def _find_shared_surnames(
    doc: _Doc, registry: Registry, discovered: dict[str, _Discovered], found: list[_Found],
) -> list[_Found]:
    """Rule 4, end: a known given name standing alone before "et"/"and" and a full name
    shares that name's surname ("Jacques et Odette Marty", "Bill and Hillary Clinton"): it is
    a mention of a person of its own, a registry person when the id is one. Not when a
    capitalised word comes before the given name ("Paul Martin et Odette Marty": a name of
    its own) or a role noun ("attorneys Jackson and Erin Haney": each named apart), nor when
    the word is the surname of someone named in the article."""
    full, low = doc.full, doc.low
    named = [*found, *(f for entry in discovered.values() for f in entry.mentions)]
    # A word that is the surname of someone named is that person ("attorneys Jackson and
    # Erin Haney" after "Jessica Jackson").
    surnames = {low[m.start():m.end()] for f in named if f.kind in ("name", "discovered")
                for m in [*_NAME_WORD_RE.finditer(full, f.start, f.end)][-1:]}
    hits: list[_Found] = []
    for f in named:
        if f.kind not in ("name", "discovered"):
            continue
        words = [m.span() for m in _NAME_WORD_RE.finditer(full, f.start, f.end)]
        if len(words) < 2 or low[words[0][0]:words[0][1]] not in _LEX.given:
            continue
        base = doc.starts[doc.para_of(f.start)]
        coord = _COORD_BEFORE_RE.search(low, max(base, f.start - 8), f.start)
        if coord is None or full[coord.start():f.start].strip() == "&":
            continue
        given = doc.word_before(coord.start() + 1)
        if given is None:
            continue
        gs, ge = given
        while gs > 1 and full[gs - 1] == "-" and full[gs - 2].isalnum():
            gs -= 1  # a hyphenated given name: "Jean-Pierre et Martine Cazaux"
            while gs > 0 and full[gs - 1].isalnum():
                gs -= 1
        folded = low[gs:ge]
        if not full[gs].isupper() or folded in _LEX.not_first or folded in surnames \
                or not all(part in _LEX.given for part in folded.split("-")) \
                and folded not in _LEX.given or not doc.free(gs, ge):
            continue
        previous = doc.word_before(gs)
        if previous is not None and (
                full[previous[0]].isupper() and not doc.sentence_initial(previous[0])
                or low[previous[0]:previous[1]] in _LEX.roles
                or (low[previous[0]:previous[1]] in _LEX.org_heads
                    and low[previous[0]:previous[1]] not in _LEX.siblings)):
            # "Paul Martin et …", "attorneys Jackson and Erin Haney", « l'université Pierre
            # et Marie Curie » (but « les frères Paul et Bastien Faure »: siblings)
            continue
        rest = words[1:]
        while len(rest) > 1 and low[rest[0][0]:rest[0][1]] in _LEX.given:
            rest = rest[1:]  # a middle name is the other person's own
        name = _normalise(full[gs:ge] + " " + full[rest[0][0]:rest[-1][1]])
        doc.claim(gs, ge)
        hit = _mention(registry, discovered, name, _slug(name), gs, ge, full)
        if hit is not None:
            hits.append(hit)
    return hits


# --------------------------------------------------------------------------------------------
# Rule 5: given names and surnames alone.


def _find_short_names(
    doc: _Doc,
    index: _RegistryIndex,
    present: Iterable[str],
    discovered: dict[str, _Discovered],
    spots: list[_Spot],
    named: Iterable[_Found] = (),
    registry: Registry | None = None,
) -> list[_Found]:
    """Words standing alone that are the given name or surname of exactly one person named
    in the article. Standing alone already means no capitalised word is glued to them
    ("Melania Trump", "Kim Jong Un" are runs, not spots). A word two people share names the
    one of them whose full name was written before it, when only one was ("Jax Moreno …
    Moreno said … his mother, Lucia Moreno")."""
    firsts: dict[str, int] = {}  # person -> where a name of several words first names them
    fulls: dict[str, int] = {}  # person -> how many times a name of several words names them
    full_at: list[tuple[int, str]] = []  # (where, person) of every name of several words
    for f in named:
        if " " in doc.full[f.start:f.end].strip():
            fulls[f.person] = fulls.get(f.person, 0) + 1
            full_at.append((f.start, f.person))
            if f.start < firsts.get(f.person, 1 << 60):
                firsts[f.person] = f.start
    full_at.sort()
    owners: dict[str, set[str]] = {}
    kinds: dict[tuple[str, str], MentionKind] = {}
    surname_of: set[tuple[str, str]] = set()

    def add(word: str | None, pid: str, kind: MentionKind) -> None:
        if word and len(word) > 1:
            owners.setdefault(word, set()).add(pid)
            kinds.setdefault((word, pid), kind)

    for pid in sorted(present):
        given, surname = index.parts.get(pid, (None, None))
        add(given, pid, "given-name")
        add(surname, pid, "alias")  # a surname alone: a short alias of the full name
        surname_of.add((surname or "", pid))
        if registry is not None and pid in registry.people:
            name = registry.people[pid].name
            add(_past_hyphened_particle(name, surname), pid, "alias")
            add(_compound_given(name), pid, "given-name")
    for pid, entry in sorted(discovered.items()):
        given, surname = _name_parts(entry.person.name)
        add(given, pid, "discovered")
        add(_compound_given(entry.person.name), pid, "discovered")
        add(surname, pid, "discovered")
        add(_past_hyphened_particle(entry.person.name, surname), pid, "discovered")
        surname_of.add((surname or "", pid))
    for given, pid in sorted(index.rare_given.items()):
        if given not in owners:
            add(given, pid, "given-name")
    if registry is not None:  # middle names last: never one another person's name bears
        for pid in sorted(present):
            middle = _middle_name(registry.people[pid].name) if pid in registry.people \
                else None
            if middle is not None and middle not in owners \
                    and middle not in _LEX.places:
                add(middle, pid, "alias")
    compounds: list[str] = []
    for pid in sorted(present):
        if (compound := index.compounds.get(pid)) is not None:
            add(compound, pid, "alias")
            compounds.append(compound)
    for pid, entry in sorted(discovered.items()):
        if (compound := _compound_surname(entry.person.name)) is not None:
            add(compound, pid, "discovered")
            compounds.append(compound)
    found: list[_Found] = []
    used_alone: dict[str, set[str]] = {}  # word -> who it named, standing alone, so far
    full, low = doc.full, doc.low
    # Surnames of several words ("Le Bihan", "von der Leyen", "Maurel-Castagne") are searched
    # directly: they are not one capitalised word standing alone.
    def shared(word: str, owned: set[str], start: int, end: int, surname: bool,
               rankable: bool = True) -> str | None:
        """Of the people who share ``word``, the one it names at ``start``, if any: the only
        one named in full before it, or, for a surname of several people all named in full
        before it, the one "the younger" or "the elder" points to, else the main one."""
        earlier = [o for o in owned if firsts.get(o, 1 << 60) < start]
        if len(earlier) > 1 and surname:
            rank = _LEX.generation.search(low, max(0, start - 24), start) if rankable else None
            if rank is not None:
                # "The younger Gundersen" (the one just named in full), "the elder
                # Gundersen" (the one named in full first)
                order = [p for at, p in full_at if p in earlier and at < start]
                earlier = [order[-1] if rank.group(1) in _LEX.younger else order[0]]
            else:
                earlier = _latest(doc, earlier, full_at, start) \
                    or _salient(doc, earlier, fulls, present, discovered, registry)
                if len(earlier) > 1:
                    # still tied: the one the word already named standing alone before a
                    # namesake came in ("Kunal Deshpande … Deshpande said … his father,
                    # Suresh Deshpande, … Deshpande said": the son), unless the namesake
                    # was just named in full ("Gloria Mabry has sat …" then "Mabry, 52,
                    # said": the mother)
                    alone = [o for o in earlier if o in used_alone.get(word, ())]
                    here = doc.para_of(start)
                    recent = {p for at, p in full_at if at < start
                              and here - doc.para_of(at) <= 1}
                    if len(alone) == 1 and not recent.intersection(earlier) - set(alone) \
                            and full[end:end + 1] != ",":
                        # (not before an apposition or an age, which the writer adds to tell
                        # namesakes apart: "said Lopez, the mother", « Moreau, 82 ans »)
                        earlier = alone
        return earlier[0] if len(earlier) == 1 else None

    def honorific_fits(owned: set[str], title: str) -> set[str]:
        """"said Mr. Morris" beside Angela Tate Morris and Jordan Morris: a gendered
        honorific picks the bearer of its gender, when only one fits (or, with none of its
        gender known, the one of no known gender)."""
        if title not in _LEX.male_titles and title not in _LEX.female_titles:
            return owned
        fits = {o for o in owned if gender_of(o) == honorific_gender(title)}
        if not fits:  # ("Tony and Maria Kostopoulos … Mr Kostopoulos": not her)
            fits = {o for o in owned if gender_of(o) is None}
        return fits if len(fits) == 1 else owned

    def gender_of(pid: str) -> str | None:
        person = discovered[pid].person if pid in discovered \
            else registry.people.get(pid) if registry is not None else None
        return index.genders.get(pid) or _name_gender(person.name if person else "")

    def honorific_gender(title: str) -> str:
        return "m" if title in _LEX.male_titles else "f"

    for compound in sorted(set(compounds), key=lambda c: (-len(c), c)):
        sharing = owners[compound]
        for m in _compound_pattern(compound).finditer(low):
            start, end = m.span()
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "_'-"):
                continue
            # (the last word capitalised: "Le Bihan", "al-Marri")
            last = max(full.rfind(" ", start, end), full.rfind("-", start, end)) + 1 or start
            if not full[max(last, start)].isupper() or not doc.free(start, end):
                continue
            if not doc.in_one_paragraph(start, end) or _used_as_modifier(
                    doc, start, end, doc.word_before(start), doc.word_after(end)):
                continue
            before = doc.word_before(start)
            fitting = honorific_fits(sharing, low[before[0]:before[1]].rstrip(".")) \
                if len(sharing) > 1 and before is not None else sharing  # "Ms. Ashby-Kerr"
            bearer = next(iter(fitting)) if len(fitting) == 1 \
                else shared(compound, fitting, start, end, True)
            if bearer is None:
                continue  # « Le Bihan » before the full names that share it
            doc.claim(start, end)
            found.append(_Found(start, end, bearer, kinds[(compound, bearer)]))
    for spot in spots:
        start, end = spot.start, spot.end
        word = " ".join(low[start:end].split())
        owned = owners.get(word)
        if word in index.explicit_words:
            continue  # an explicit registry alias decides (rule 2 already ran)
        if owned is not None:
            if len(owned) != 1:
                # namesakes said to be unrelated: the one named last, if the honorific
                # allows ("Mr Whelan" after "Fergal Whelan – no relation –", his gender
                # unknown); not a son for "Mrs Okafor" in a family
                near = _latest(doc, sorted(o for o in owned if firsts.get(o, 1 << 60) < start),
                               full_at, start)
                if len(near) == 1 and (
                        spot.title is None or spot.title not in _LEX.male_titles
                        and spot.title not in _LEX.female_titles
                        or gender_of(near[0]) in (honorific_gender(spot.title), None)):
                    owned = set(near)
            if len(owned) != 1 and spot.title is not None:
                owned = honorific_fits(owned, spot.title)
            if len(owned) != 1:
                # « Ravel, lui, refuse … » beside Sophie Ravel: the stressed pronoun set off
                # after the surname tells the gender
                stressed = _STRESSED_AFTER.match(low, end)
                if stressed is not None:
                    fits = {o for o in owned
                            if gender_of(o) == _STRESSED_GENDER[stressed.group(1)]}
                    owned = fits if len(fits) == 1 else owned
            if len(owned) != 1:
                # "Achterberg ended his day" beside Mara and Devin Achterberg: the possessive
                # after the verb that follows the surname is the subject's; so is one in the
                # relative clause right after it ("Whitaker, who testified from her nursing
                # home, said")
                possessive = _LEX.subject_possessive.match(low, end) \
                    or _LEX.relative_possessive.match(low, end)
                if possessive is not None:
                    fits = {o for o in owned if gender_of(o)
                            == _LEX.subject_possessives[possessive.group(1)]}
                    owned = fits if len(fits) == 1 else owned
            if len(owned) != 1:
                one = shared(word, owned, start, end,
                             all((word, o) in surname_of for o in owned
                                 if firsts.get(o, 1 << 60) < start),
                             spot.title is None)
                if one is None:
                    continue  # two people named in the article share the word
                owned = {one}
            pid = next(iter(owned))
            if spot.title is not None and (spot.title in _LEX.male_titles
                                           or spot.title in _LEX.female_titles) \
                    and (index.genders.get(pid) if pid in index.genders
                         else gender_of(pid)) not in (honorific_gender(spot.title), None):
                # "Mrs MacLeod" beside Donald MacLeod alone: his wife (the registry's gender
                # only: a given name's list may be wrong for the language, "Jean Harper")
                continue
            kind = kinds[(word, pid)]
        elif word in index.surname_owners and (
                title := spot.title or _lowercase_title_before(doc, start)) is not None:
            # A title and a surname name a registry person even when the article never
            # gives the full name ("Mayor Lopez", "le président Macron"), if the registry has
            # one such surname; a gendered honorific must agree with the registry's gender.
            bearers = [
                pid for pid in index.surname_owners.get(word, ())
                if not (title in _LEX.male_titles and index.genders.get(pid) == "f")
                and not (title in _LEX.female_titles and index.genders.get(pid) == "m")
            ]
            if len(bearers) != 1:
                continue
            pid, kind = bearers[0], "alias"
        else:
            continue
        written = full[start:end]
        if 1 < len(written) < 4 and written.isupper():
            continue  # an acronym
        if (start > 1 and full[start - 1] == "-" and full[start - 2].isalnum()) or (
                full[end:end + 1] == "-" and full[end + 1:end + 2].isalnum()):
            continue  # part of a hyphenated compound: "Charles-de-Gaulle airport"
        if not doc.free(start, end):
            continue
        if spot.title is None and doc.sentence_initial(start) and (
            word in doc.function_words or doc.seen_lowercase(written)
        ):
            continue  # "Young people ...": a common word opening a sentence
        if _used_as_modifier(doc, start, end, doc.word_before(start), doc.word_after(end)):
            continue
        doc.claim(start, end)
        found.append(_Found(start, end, pid, kind))
        used_alone.setdefault(word, set()).add(pid)
    return found




def _name_gender(name: str) -> str | None:
    """The gender a discovered person's given name tells ("Jordan Morris" tells none,
    "Angela Tate Morris" "f"), from the given-name lists and registers
    (``lang/people_genders.py``)."""
    first = _flat(name).split()[:1]
    return _LEX.given_genders.get(first[0]) if first else None


def _latest(doc: _Doc, pids: list[str], full_at: list[tuple[int, str]],
            start: int) -> list[str]:
    """Of namesakes the article says are not related ("Fergal Whelan – no relation to the
    Minister –", « aucun lien de parenté »), the one named in full in the paragraph of
    ``start`` or the one before, when the others were last named in full further back. A
    family sharing a name is not told apart so: the main one is meant there ("her mother,
    Bernadette Corrigan, …" then "Corrigan says")."""
    if len(pids) < 2:
        return []
    firsts = {pid: min((at for at, p in full_at if p == pid), default=-1) for pid in pids}
    later = max(firsts.values())
    here = doc.para_of(start)
    if later < 0 or here <= doc.para_of(later) or not _LEX.no_relation.search(
            doc.full, doc.starts[doc.para_of(later)], doc.ends[doc.para_of(later)]):
        return []  # (not in the paragraph saying so: « aucun lien, ici la moitié du village
        # s'appelle Fabre »)
    last = {pid: max((at for at, p in full_at if p == pid and at < start), default=-1)
            for pid in pids}
    near = [pid for pid in pids if last[pid] >= 0 and here - doc.para_of(last[pid]) <= 1]
    return near if len(near) == 1 else []


def _salient(
    doc: _Doc, pids: list[str], fulls: dict[str, int], present: Iterable[str],
    discovered: dict[str, _Discovered], registry: Registry | None,
) -> list[str]:
    """Of people sharing a surname, all named in full before it is used alone, the main one:
    the one named in full most often (the article's title counts), on a tie the only registry
    person ("Clémence Aubriot", the subject, over "Annick Aubriot", her mother named once).
    Several when still tied. (Ranking a relative first named as such below the others — "his
    father, Paddy Doyle" — was tried and withdrawn: in a trial report the accused is often
    brought in as the victim's relative, "Tom Baker's wife, Sarah Baker, who is accused".)"""
    in_registry = set(present)
    title = _flat(doc.article.title or "")
    rank: dict[str, tuple[int, bool]] = {}
    for pid in pids:
        person = discovered[pid].person if pid in discovered else (
            registry.people.get(pid) if registry is not None else None)
        titled = person is not None and _flat(person.name) in title
        rank[pid] = (fulls.get(pid, 0) + titled, pid in in_registry)
    best = max(rank.values())
    return [p for p in pids if rank[p] == best]


def _after_possessed_kin(doc: _Doc, start: int) -> bool:
    """Whether possessed kin comes right before: "His wife Lorraine", « sa fille Florence »,
    or in apposition, "Her granddaughter, Sofia,": a given name that is also a place names a
    person there."""
    lo = max(doc.starts[doc.para_of(start)], start - 40)
    return _LEX.lone_kin_close.search(doc.low, lo, start) is not None \
        or _LEX.lone_kin.search(doc.low, lo, start) is not None


def _is_given(word: str) -> bool:
    """Whether a flat word is a known given name, or a compound of known given names joined
    by hyphens (« Marie-Jo », "Anne-Lise")."""
    if word in _LEX.given:
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p in _LEX.given for p in parts)


def _after_a_name_title(doc: _Doc, start: int) -> bool:
    """Whether a title that names a person with one name comes right before: « le roi Erik »,
    « Sœur Agnès », "Uncle Gilles"."""
    before = doc.word_before(start)
    return before is not None and doc.full[before[1]:start] == " " \
        and doc.low[before[0]:before[1]] in _LEX.name_titles


#: A closing quotation mark and one lowercase word (a verb) right before a given name: the
#: name attributes the words (« « … » répétait Léo », '"…," said Becca'), a person's.
_QUOTED_SPEECH_BEFORE = re.compile(
    "[\"\u00bb\u201d][ \t\u00a0]*,?[ \t\u00a0]*([a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'\u2019-]+)"
    "[ \t\u00a0]+$")


def _after_quoted_speech(doc: _Doc, start: int) -> bool:
    """A closing quotation mark and a verb right before the word at ``start``."""
    para = doc.para_of(start)
    m = _QUOTED_SPEECH_BEFORE.search(doc.full, max(doc.starts[para], start - 40), start)
    return m is not None and _flat(m.group(1)) not in doc.function_words  # (not "in Kandy")


#: What separates two given names of one list: « Lou et Inès », « de Dylan, de Karim ».
_LIST_GAP_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|et)[ \t]+)?|(?:and|et)[ \t]+)(?:(?:de|d')[ \t]*)?")


#: An age in apposition right after a word ("Sreeja, 42,", "Sreeja, a 42-year-old vendor",
#: « Tahar, 57 ans, », « Nour, âgée de 9 ans »): only a person has one (text folded).
_AGE_APPOSED = re.compile(
    r"[ \t]*,[ \t]*(?:\d{1,3}[ \t]*,[ \t]*(?:a|an|the|un|une|le|la|l['’])\b"
    r"|\d{1,3}[ \t]*ans\b|(?:a|an)[ \t]+\d{1,3}-year-old\b|agee?[ \t]+de[ \t]+\d)")


#: The same age closed by a comma or a full stop (« Nirina, 31 ans, »; not « 80 ans après »).
_AGE_CLOSED = re.compile(r"[ \t]*,[ \t]*\d{1,3}(?:[ \t]*ans)?[ \t]*[,.;)]")


#: Words that bring in another name for someone named: "known as Zéphyr", « dit le Gitan ».
_ALIAS_BEFORE = re.compile(
    r"(?:\bnom[ \t]+de|\bknown[ \t]+as|\balias|\bsurnomme(?:e|s|es)?|\bdit|\bdite|\bdubbed"
    r"|\bnicknamed|\bcalled|\bappele(?:e|s|es)?)[ \t]+$")


def _aged_unknown(doc: _Doc, start: int, end: int) -> bool:
    """A capitalised word no list knows as a given name is one when an age follows it in
    apposition ("Sreeja, a 42-year-old fish vendor, said"), opening no phrase of its own (not
    "The Welshman, 29,", « le maire de Valcourt, 44 ans »), after no acronym (« du RFC
    Sambreville, 66 ans, »: a club) and not another name the article
    gives somebody ("plus connu sous le nom de Zéphyr … Zéphyr, 29 ans")."""
    if _AGE_APPOSED.match(doc.low, end, end + 30) is None:
        return False
    if start >= 2 and doc.full[start - 1] in "'’" and doc.full[start - 2].isalpha():
        return False  # « L'Angevin, 31 ans, »: a demonym after an elided article
    before = doc.word_before(start)
    if before is not None and not doc.sentence_initial(start) \
            and doc.full[before[0]].islower() and not (
                # (after a person's verb or an attribution's: « « … », confie Nirina, 31
                # ans, vendeuse de légumes », an age closed by its comma: not « raconte
                # Oradour, 80 ans après le massacre »)
                _AGE_CLOSED.match(doc.low, end, end + 30) is not None
                and (_LEX.lone_before.search(doc.low, max(0, start - 30), start) is not None
                     or _INVERTED_ATTRIBUTION_RE.search(doc.low, max(0, start - 60), start)
                     is not None)):
        return False
    if before is not None and doc.low[before[0]:before[1]] in doc.function_words:
        return False
    if before is not None and before[1] - before[0] >= 2 \
            and doc.full[before[0]:before[1]].isupper():
        return False  # « l'ancien président du RFC Sambreville, 66 ans, »: a club's name
    word = re.escape(doc.low[start:end])
    return not any(_ALIAS_BEFORE.search(doc.low, max(0, m.start() - 24), m.start())
                   for m in re.finditer(rf"(?<!\w){word}(?!\w)", doc.low))


def _find_lone_given(
    doc: _Doc, index: _RegistryIndex, registry: Registry, present: Iterable[str],
    discovered: dict[str, _Discovered], spots: list[_Spot], named: list[_Found],
) -> list[_Found]:
    """Rule 6: a known given name standing alone, that is no part of the name of anyone named
    in the article, is a person known by that name only when the context says it is a person:
    an age in apposition ("Moussa, 24 ans, livre des repas") or a verb only a person does
    just before or after it ("raconte Karim", "Moussa sourit"); "Mercedes said" is not
    enough. Its other free occurrences name the same person. After possessed kin who share
    a surname ("Mulvey's wife, Bríd", "his son Luke") it is that person's kin, with the
    surname of the owner (``named``: the mentions found so far)."""
    full, low = doc.full, doc.low
    taken: set[str] | None = None  # words of the names of the people in the article
    chosen: dict[str, str] = {}  # word -> name
    cued = {low[s.start:s.end] for s in spots
            if not _is_given(low[s.start:s.end])
            and (_kin_named(doc, s.start, s.end) or _aged_unknown(doc, s.start, s.end)
                 or _given_as_a_name(doc, s.start))}
    candidates: list[_Spot] = []
    waiting: list[_Spot] = []  # known given names that pass all but the cue
    for spot in spots:
        start, end = spot.start, spot.end
        word = low[start:end]
        if (spot.title is not None and spot.title not in _LEX.familiar_titles) \
                or word in index.explicit_words \
                or word in index.rare_given or word in index.surname_owners:
            continue
        known = _is_given(word)
        if not known and word not in cued:
            # (an unknown given name needs kin, an age or to be given as a name: "Sreeja, 42,
            # a vendor,", "who gave only her surname, Lau"; somewhere in the article: "her
            # partner Darragh, …¶… Darragh added")
            continue
        if taken is None:
            taken = _name_words(index, present, discovered)
        if word in taken:
            continue
        candidates.append(spot)
        if word in chosen or (word in _LEX.places and not _after_possessed_kin(doc, start)) \
                or (word in _LEX.not_first and not (doc.article.lang == "fr"
                                                    and word in _LEX.given_in_french)) \
                or word in doc.function_words or (known and word in _LEX.title_words) \
                or word in _LEX.calendar or word in _LEX.weak_heads:
            continue
        written = full[start:end]
        if written.isupper() or not doc.free(start, end) or not _stands_alone(full, start, end):
            continue
        if doc.sentence_initial(start) and doc.seen_lowercase(written):
            continue
        if word in _LEX.demonyms:
            before = doc.word_before(start)
            if before is not None and low[before[0]:before[1]] in _LEX.demonym_before:
                continue  # "The Dane, who took over": a nationality, not the given name
        para = doc.para_of(start)
        if not _LEX.lone_after.found(low, end, min(doc.ends[para], end + 40)) \
                and not _noun_in_apposition(low, end, min(doc.ends[para], end + 60),
                                            _LEX.apposition_nouns, closed=False) \
                and not _trade_after(full, low, end, min(doc.ends[para], end + 40)) \
                and _LEX.lone_before.search(low, max(doc.starts[para], start - 30),
                                            start) is None \
                and ((low[end:end + 1] not in (",", ".")
                      and _COORD_AFTER_RE.match(low, end, end + 6) is None)
                     or not _LEX.lone_role.found(
                         low, max(doc.starts[para], start - 70), start)) \
                and not _kin_named(doc, start, end) \
                and spot.title is None and not _after_a_name_title(doc, start) \
                and not _LEX.lone_role_close.found(
                    low, max(doc.starts[para], start - 60), start) \
                and not _after_quoted_speech(doc, start) \
                and not _after_possessed_kin(doc, start):  # "Her grandson Jamie had driven"
            waiting.append(spot)
            continue
        chosen[word] = written
    # Given names in a list with a chosen one are people too: « Ses filles, Lou et Inès »,
    # « Il parle de Dylan, de Karim, de Fabien ».
    grew = True
    while grew and waiting:
        grew = False
        spans = sorted((s.start, s.end) for s in candidates if low[s.start:s.end] in chosen)
        for spot in list(waiting):
            if low[spot.start:spot.end] in chosen:
                waiting.remove(spot)
                continue
            if any(_LIST_GAP_RE.fullmatch(low, a_end, spot.start) is not None
                   or _LIST_GAP_RE.fullmatch(low, spot.end, a_start) is not None
                   or _LEX.kin_list_gap.fullmatch(low, spot.end, a_start) is not None
                   for a_start, a_end in spans):
                chosen[low[spot.start:spot.end]] = full[spot.start:spot.end]
                waiting.remove(spot)
                grew = True
    found: list[_Found] = []
    if not chosen:
        return found
    family = _family_members(index, present, discovered, chosen)
    surnames = _kin_surnames(doc, registry, discovered, named, candidates, chosen)
    for word, surname in surnames.items():
        if word not in family:
            chosen[word] = f"{chosen[word]} {surname}"
    for spot in candidates:
        start, end = spot.start, spot.end
        name = _chosen_name_at(doc, full, low, chosen, start, end)
        if name is None:
            continue
        if _used_as_modifier(doc, start, end, doc.word_before(start), doc.word_after(end)):
            continue
        doc.claim(start, end)
        relative = family.get(low[start:end])
        if relative is not None:
            found.append(_Found(start, end, relative, "given-name"))
            continue
        hit = _mention(registry, discovered, name, _slug(name), start, end, full)
        if hit is not None:
            found.append(hit)
    return found


def _written_surname(name: str) -> str | None:
    """The surname of a full name as written ("Mulvey" for "Paddy Mulvey", "Le Goff" for
    "Yann Le Goff"); None for a one-word name."""
    words = name.split()
    while len(words) > 1 and _flat(words[-1]).strip(".,") in _LEX.suffixes:
        words.pop()  # (not "Jr" for "Mark Jr": a given name and a suffix give no surname)
    if len(words) < 2:
        return None
    compound = _compound_surname(name)
    size = len(compound.split()) if compound is not None else 1
    return " ".join(words[-min(size, len(words) - 1):])


def _kin_surnames(
    doc: _Doc, registry: Registry, discovered: dict[str, _Discovered], named: list[_Found],
    candidates: list[_Spot], chosen: dict[str, str],
) -> dict[str, str]:
    """Of the lone given names chosen by rule 6, those right after possessed kin who share
    the owner's surname ("Mulvey's wife, Bríd", "his son Luke", « Leur fils Romain »), to
    that surname. The owner is the person whose surname is written before "'s", or, after a
    possessive, the person named last before it (same or previous paragraph). Not the kin of
    a woman ("her son Léo", « Aurélie Chambon a récupéré son fils Léo »: her husband and
    children may bear a surname she did not take, her parents and siblings her maiden
    name), unless the possessive is a couple's ("their", « leur »); nothing when the owner
    has no surname."""
    low = doc.low
    people: dict[str, tuple[str, str | None]] = {}  # pid -> (name, gender)
    for f in named:
        if f.person in people:
            continue
        if f.person in registry.people:
            person = registry.people[f.person]
        elif f.person in discovered:
            person = discovered[f.person].person
        else:
            continue
        gender = person.gender or _LEX.given_genders.get(_flat(person.name).split()[0])
        people[f.person] = (person.name, gender)
    by_owner: dict[str, set[tuple[str, str | None]]] = {}  # flat last word -> surnames
    for name, gender in people.values():
        surname = _written_surname(name)
        if surname is not None:
            by_owner.setdefault(_flat(surname.split()[-1]), set()).add((surname, gender))
    # The lone given names chosen count as people named: « Théo … Leur mère, Isabelle » is
    # the mother of Théo, whose surname the article does not give; « Sa femme, Martine, …
    # Leur fils Romain »: Martine's surname, if she was given one.
    ordered = sorted([*named, *(_Found(c.start, c.end, "", "given-name") for c in candidates
                                if low[c.start:c.end] in chosen)], key=lambda f: f.end)
    result: dict[str, str] = {}
    for spot in candidates:
        start = spot.start
        word = low[start:spot.end]
        if word not in chosen or word in result:
            continue
        para = doc.para_of(start)
        m = _LEX.kin_surname.search(low, max(doc.starts[para], start - 40), start)
        if m is None:
            continue
        owners: set[tuple[str, str | None]] = set()
        couple = False
        if m.group("owner"):
            owners = by_owner.get(m.group("owner"), set())
        elif m.group("family"):
            # "the Pettersens' daughter Jess": a family's (like "their"); "Charles' son", one
            # person's
            family = m.group("family")
            stems = [(family[:-1], True), (family, False)]
            if family.endswith("es"):
                stems.insert(1, (family[:-2], True))
            for stem, plural in stems:
                if stem in by_owner:
                    owners, couple = by_owner[stem], plural
                    break
        else:
            floor = doc.starts[max(para - 1, 0)]
            at = bisect.bisect_right([f.end for f in ordered], m.start())
            while at > 0 and ordered[at - 1].start >= floor:
                pid = ordered[at - 1].person
                if not pid:
                    before = ordered[at - 1]
                    given = low[before.start:before.end]
                    if given in result:
                        owners = {(result[given], _LEX.given_genders.get(given))}
                    break  # otherwise a person known by a first name only
                if pid in people:
                    name, gender = people[pid]
                    surname = _written_surname(name)
                    if surname is not None:
                        owners = {(surname, gender)}
                    break
                at -= 1
        if len({s for s, _ in owners}) != 1:
            continue  # no owner with a surname, or two different ones
        # (one surname, maybe two owners of it: a gender only when they share it — taking
        # either made the result depend on the order of a set, PYTHONHASHSEED)
        surname = next(iter(owners))[0]
        genders = {g for _, g in owners}
        gender = next(iter(genders)) if len(genders) == 1 else None
        pronoun = m.group("pronoun") or ""
        if not couple and pronoun not in _LEX.kin_plural \
                and (gender == "f" or pronoun in _LEX.kin_feminine):
            continue  # a woman's kin: "her son", « son fils » after Aurélie Chambon
        result[word] = surname
    return result


def _name_words(index: _RegistryIndex, present: Iterable[str],
                discovered: dict[str, _Discovered]) -> set[str]:
    """The words of the names of the people already in the article (registry people present
    and people discovered so far): a lone word among them is not somebody else."""
    taken: set[str] = set()
    for pid in present:
        taken.update(w for w in index.parts.get(pid, (None, None)) if w)
    for entry in discovered.values():
        taken.update(_flat(entry.person.name).replace("-", " ").split())
    return taken


def _kin_named(doc: _Doc, start: int, end: int) -> bool:
    """A capitalised word that is no known given name, in apposition after possessed kin and
    closed by a comma or a period ("O'Sullivan's wife, Máire, said", « Son fils, Kwabena, »):
    a first name of a tradition the lists do not cover."""
    full, low = doc.full, doc.low
    close = full[start - 1:start] in (" ", "\u00a0") and full[start - 2:start - 1].isalpha()
    if end - start < 3 or low[end:end + 1] not in (",", ".") \
            or not (close or full[start - 2:start] == ", ") \
            or not full[start].isupper() or full[start:end].isupper():
        return False
    word = low[start:end]
    if word in _LEX.places or word in _LEX.org_heads or word in _LEX.weak_heads \
            or word in _LEX.not_first or word in doc.function_words \
            or word in _LEX.calendar or (word in _LEX.title_words and low[end] == "."):
        return False  # not "his wife, Dr. Jane Hale"
    para = doc.para_of(start)
    pattern = _LEX.lone_kin_close if close else _LEX.lone_kin
    return pattern.search(low, max(doc.starts[para], start - 40), start) is not None


def _family_members(index: _RegistryIndex, present: Iterable[str],
                    discovered: dict[str, _Discovered], chosen: dict[str, str],
                    ) -> dict[str, str]:
    """Of the lone given names chosen by rule 6, those of a registry person whose surname
    someone named in the article bears (« Jean-Paul Vernet » … « Son fils Thibault »:
    Thibault Vernet): family members share a surname. Only when one person fits."""
    surnames = {part[1] for pid in present if (part := index.parts.get(pid)) and part[1]}
    surnames.update(_flat(e.person.name).split()[-1] for e in discovered.values()
                    if " " in e.person.name.strip())
    if not surnames:
        return {}
    fits: dict[str, list[str]] = {}
    for pid, (given, surname) in index.parts.items():
        if given in chosen and surname in surnames and pid not in present:
            fits.setdefault(given, []).append(pid)
    return {word: pids[0] for word, pids in fits.items() if len(pids) == 1}


_RELATIVE_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*(?:qui|who)[ \t]")


def _find_epithet_surnames(
    doc: _Doc, registry: Registry, discovered: dict[str, _Discovered], spots: list[_Spot],
) -> list[_Found]:
    """Rule 6, end: a known surname standing alone after a familiar epithet of age (« du
    vieux Fabre », « la mère Denis ») is a person known by that name only, when it is free
    (no one named in the article has it) and a relative clause, an age or a person's verb
    follows it (« du vieux Fabre, qui partait »); its other free occurrences are the same
    person."""
    full, low = doc.full, doc.low
    chosen: dict[str, str] = {}
    genders: dict[str, str] = {}  # the epithet tells it: « vieux », « vieille »
    for spot in spots:
        start, end = spot.start, spot.end
        word = low[start:end]
        if spot.title is not None or word not in _LEX.surnames or word in chosen \
                or word in _LEX.places or word in _LEX.calendar or word in _LEX.org_heads \
                or word in doc.function_words or not full[start].isupper() \
                or full[start:end].isupper() or not doc.free(start, end) \
                or not _stands_alone(full, start, end):
            continue
        para = doc.para_of(start)
        epithet = _LEX.surname_epithet.search(low, max(doc.starts[para], start - 20), start)
        if epithet is None:
            continue
        stop = min(doc.ends[para], end + 60)
        if _RELATIVE_AFTER_RE.match(low, end, stop) is None \
                and not _LEX.lone_after.found(low, end, stop) \
                and _LEX.cue_after.match(low, end, stop) is None:
            continue  # « le vieux Port est en travaux »: a thing, unless a person is meant
        chosen[word] = full[start:end]
        gender = people_fr.SURNAME_EPITHETS.get(_flat(epithet.group(1)))
        if gender is not None:
            genders[word] = gender
    return _mention_chosen(doc, registry, discovered, spots, chosen, genders)


def _mention_chosen(doc: _Doc, registry: Registry, discovered: dict[str, _Discovered],
                    spots: list[_Spot], chosen: dict[str, str],
                    genders: dict[str, str]) -> list[_Found]:
    """Every free occurrence of a surname ``chosen`` as a person's (rule 6's surnames alone):
    a mention of that person, given the gender ``genders`` tells when nothing else did."""
    full, low = doc.full, doc.low
    found: list[_Found] = []
    for spot in spots if chosen else ():
        start, end = spot.start, spot.end
        name = _chosen_name_at(doc, full, low, chosen, start, end)
        if name is None:
            continue
        doc.claim(start, end)
        pid = _slug(name)
        hit = _mention(registry, discovered, name, pid, start, end, full)
        if hit is not None:
            found.append(hit)
        elif pid in discovered and discovered[pid].person.gender is None:
            gender = genders.get(low[start:end])
            if gender in ("f", "m"):
                entry = discovered[pid]
                entry.person = replace(entry.person, gender=gender)  # type: ignore[arg-type]
    return found


#: The honorifics of each language before a surname alone: the plain ones, and in French a
#: doctor's, a professor's and a lawyer's (« Me »), abbreviated (« Madame Figaro » is a
#: magazine, « Monsieur Cinéma » a nickname); in English, "M. Kathiravan" is an initial, and
#: "Dr" opens the names of clubs and brands too ("Dr Crokes", "Dr Martens").
_OWN_HONORIFICS: dict[str, frozenset[str]] = {
    "en": frozenset(_flat(w) for w in people_en.PLAIN_HONORIFICS),
    "fr": frozenset(_flat(w) for w in (*people_fr.PLAIN_HONORIFICS, "Me", "Dr", "Dre", "Pr")
                    if len(w) <= 4),
}


def _find_honorific_surnames(
    doc: _Doc, index: _RegistryIndex, registry: Registry, present: Iterable[str],
    discovered: dict[str, _Discovered], spots: list[_Spot],
) -> list[_Found]:
    """Rule 6, last: a capitalised word after an honorific ("Mr Goh", « M. Dupont », « Mme
    Roy », « Me Dupond », « le Dr Lambert »; ``_OWN_HONORIFICS``), free, that no registry
    person bears and no one named in the article has in their name, with a person's cue
    around it (``_honorific_cue``), is a person known by that surname only, of the
    honorific's gender; its other free occurrences are the same person ("Mr Goh … Goh
    said")."""
    full, low = doc.full, doc.low
    honorifics = _OWN_HONORIFICS.get(doc.article.lang, frozenset())
    chosen: dict[str, str] = {}
    genders: dict[str, str] = {}
    taken: set[str] | None = None
    for spot in spots:
        start, end = spot.start, spot.end
        word = low[start:end]
        if spot.title is None or spot.title not in honorifics or word in chosen \
                or word in _LEX.places or word in _LEX.calendar or word in _LEX.org_heads \
                or word in doc.function_words or not full[start].isupper() \
                or full[start:end].isupper() or not doc.free(start, end) \
                or not _stands_alone(full, start, end) or index.surname_owners.get(word):
            continue
        if taken is None:
            taken = _name_words(index, present, discovered)
        if word in taken or _quoted_alone(doc, start, end):
            continue
        title = doc.word_before(start)
        named = doc.word_before(title[0]) if title is not None else None
        if title is not None and named is not None and full[named[0]].isupper() \
                and not doc.sentence_initial(title[0]):
            continue  # « Yanis M. Face aux juges »: an initial after a given name
        if title is None or not _honorific_cue(doc, title[0], start, end):
            continue  # "Mr Bean star Rowan Atkinson", « Dr House », "Mr Porter, the retailer,"
        chosen[word] = full[start:end]
        if spot.title in _LEX.male_titles:
            genders[word] = "m"
        elif spot.title in _LEX.female_titles:
            genders[word] = "f"
    return _mention_chosen(doc, registry, discovered, spots, chosen, genders)


#: Before an honorific, words that give a name; after the word it titles, a relative clause.
_NAMING_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:" + "|".join(re.escape(_flat(w)) for w in (
        *people_en.NAMING_BEFORE_HONORIFIC, *people_fr.NAMING_BEFORE_HONORIFIC))
    + r")[ \t]+$")
_RELATIVE_AFTER_NAME_RE = re.compile(r"[ \t]*,[ \t]*(?:qui|who)(?![\w'’])")


def _honorific_cue(doc: _Doc, title: int, start: int, end: int) -> bool:
    """A person's cue around an honorific and the word after it (at ``start:end``, the
    honorific at ``title``): a verb of speech, an age or a relative clause right after the
    word ("Mr Goh told", « Mme Lecœur, qui »), or a cue right before the honorific (« a
    déclaré Me Dupond », « L'arbitre, M. Castagnet »), not the honorific itself, which names
    brands and characters too ("Mr Bean star …", « Dr House »)."""
    para = doc.para_of(start)
    stop = min(doc.ends[para], end + 60)
    if _LEX.cue_after.match(doc.low, end, stop) is not None \
            or _RELATIVE_AFTER_NAME_RE.match(doc.low, end, stop) is not None:
        return True
    low = max(doc.starts[para], title - 72)
    return bool(_LEX.cue_before.found(doc.low, low, title)) \
        or _NAMING_BEFORE_RE.search(doc.low, low, title) is not None


_QUOTED_TITLE_RE = re.compile(r"[«“\"‘'][ \t\u00a0\u202f]*[^\W\d_]+\.?[ \t\u00a0\u202f]+$")
_CLOSING_MARK_RE = re.compile(r"[ \t\u00a0\u202f]*[»”\"’']")


def _quoted_alone(doc: _Doc, start: int, end: int) -> bool:
    """The title before ``start`` and the word at ``start:end`` are all a quotation holds: a
    nickname or a title (« un surnom : « M. Normes » », "the show "Mr Bean""), no name."""
    return _QUOTED_TITLE_RE.search(doc.full, max(0, start - 16), start) is not None \
        and _CLOSING_MARK_RE.match(doc.full, end) is not None


#: After a name, the category of a prize named after someone (« Magritte de la meilleure
#: actrice », « César du meilleur film », "Oscar for best actress").
_PRIZE_AFTER_RE = re.compile(
    r"s?[ \t\u00a0]+(?:du[ \t]+meilleur|de[ \t]+la[ \t]+meilleure|des[ \t]+meilleur"
    r"|for[ \t]+(?:the[ \t]+)?best)(?![\w])")


def _find_famous(
    doc: _Doc, index: _RegistryIndex, registry: Registry, present: Iterable[str],
    discovered: dict[str, _Discovered], spots: list[_Spot],
) -> list[_Found]:
    """Rule 7: a person of history or the arts named by one word ("un paysage de Corot", «
    citer Tchekhov », « les soldats de Clovis ») standing alone, free, and borne by nobody
    named in the article: the one registry person with that surname, or a person known by
    that word."""
    full, low = doc.full, doc.low
    found: list[_Found] = []
    taken: set[str] | None = None
    for spot in spots:
        start, end = spot.start, spot.end
        word = low[start:end]
        if word not in _LEX.famous or spot.title is not None or not full[start].isupper() \
                or full[start:end].isupper() or not doc.free(start, end) \
                or not _stands_alone(full, start, end):
            continue
        if taken is None:
            taken = _name_words(index, present, discovered)
        if word in taken:
            continue
        if doc.sentence_initial(start) and doc.seen_lowercase(full[start:end]):
            continue
        if _used_as_modifier(doc, start, end, doc.word_before(start), doc.word_after(end)):
            continue  # « le lycée Voltaire », "the Picasso museum"
        if _PRIZE_AFTER_RE.match(low, end, end + 24) is not None:
            continue  # « Magritte de la meilleure actrice », "Oscar for best actor": a prize
        doc.claim(start, end)
        owners = index.surname_owners.get(word, ())
        if len(owners) == 1:
            found.append(_Found(start, end, owners[0], "alias"))
            continue
        hit = _mention(registry, discovered, full[start:end], _slug(full[start:end]), start,
                       end, full)
        if hit is not None:
            found.append(hit)
    return found


def _chosen_name_at(doc: _Doc, full: str, low: str, chosen: dict[str, str], start: int,
                    end: int) -> str | None:
    """The name chosen for the word at ``start:end``, if this occurrence is still free,
    stands alone, and is not a sentence-initial word the article also writes in lowercase."""
    name = chosen.get(low[start:end])
    if name is None or not doc.free(start, end) or not _stands_alone(full, start, end):
        return None
    if doc.sentence_initial(start) and doc.seen_lowercase(full[start:end]):
        return None
    return name


def _stands_alone(full: str, start: int, end: int) -> bool:
    """Not glued by a hyphen to another word ("Charles-de-Gaulle") nor written in capitals."""
    return not ((start > 1 and full[start - 1] == "-" and full[start - 2].isalnum())
                or (full[end:end + 1] == "-" and full[end + 1:end + 2].isalnum()))


def _lowercase_title_before(doc: _Doc, start: int) -> str | None:
    """A title written in lowercase just before a word ("le président Macron", "former
    president Trump"), possibly followed by a demonym ("le président américain Trump")."""
    before = doc.word_before(start)
    for _ in range(2):
        if before is None or not doc.full[before[0]].islower():
            return None
        word = doc.low[before[0]:before[1]]
        if word in _LEX.lower_titles:
            return word
        if word not in _LEX.not_first:
            return None
        before = doc.word_before(before[0])  # a demonym or an adjective between them
    return None


# --------------------------------------------------------------------------------------------
# The stage.


def find_mentions(article: Article, registry: Registry) -> MentionsResult:
    """Find every mention of a person in an article (see the module docstring for the rules).

    Args:
        article: the loaded article, with its front-matter ``aliases`` and ``ignore``.
        registry: the curated people; may be empty.

    Returns:
        Mentions sorted by paragraph and offset, discovered people (``reviewed=False``),
        ``unknown-person`` warnings and errors for overrides that cannot apply.
    """
    result = MentionsResult()
    if not article.paragraphs:
        return result
    index = _index_for(registry)
    doc = _Doc.of(article)

    _exclude_non_text(doc)
    for text, line in article.overrides.ignore:
        spans = _phrase_matches(doc, text)
        if not spans:
            result.errors.append(Problem(
                article.path,
                f"{text!r} matches nothing in the article; expected words exactly as "
                "they appear in the text",
                field="ignore", line=line,
                hint="copy the words from the article, or remove the entry",
            ))
        for start, end in spans:
            doc.exclude(start, end)

    found = _find_registry(doc, index)

    # Epithets claim their words before discovery, so that an alias such as a misspelt name
    # is not also discovered as a new person.
    epithets: list[tuple[str, str, int | None, list[tuple[int, int]]]] = []
    for override in article.overrides.aliases:
        spans = _phrase_matches(doc, override.alias)
        if not spans:
            result.errors.append(Problem(
                article.path,
                f"alias {override.alias!r} matches nothing in the article; expected words "
                "exactly as they appear in the text",
                field="aliases", line=override.line,
                hint="copy the words from the article, or remove the entry",
            ))
            continue
        kept: list[tuple[int, int]] = []
        for start, end in spans:
            if 1 in doc.excluded[start:end]:
                continue
            # A registry name inside the epithet stays ("Kanye West's wife"); one that the
            # epithet would cut in two, or that contains it, wins.
            if any(f.start < end and start < f.end and not (start <= f.start and f.end <= end)
                   for f in found):
                continue
            kept.append((start, end))
            doc.claim(start, end)
        if not kept:
            result.errors.append(Problem(
                article.path,
                f"alias {override.alias!r} occurs only in text that is not searched (a photo "
                "credit, a byline, an ignored phrase) or across a registry name; expected "
                "words of the running text",
                field="aliases", line=override.line,
                hint="remove the entry, or the ignore entry that hides it",
            ))
            continue
        epithets.append((override.alias, override.person, override.line, kept))

    discovered, registry_hits, spots = _find_discovered(doc, index, registry,
                                                        {f.person for f in found})
    found.extend(registry_hits)
    found.extend(_find_shared_surnames(doc, registry, discovered, found))

    present = {f.person for f in found}
    for alias, person, line, spans in epithets:
        if person not in registry.people and person not in discovered:
            known = sorted({*registry.people, *discovered})
            close = difflib.get_close_matches(person, known, n=1)
            result.errors.append(Problem(
                article.path,
                f"alias {alias!r} names {person!r}, which is neither in seeds/people.yml nor "
                "a person found in this article; expected a person id",
                field="aliases", line=line,
                hint=f"did you mean {close[0]!r}?" if close else
                f"add the person to seeds/people.yml, e.g. '- id: {person}'",
            ))
            continue
        if person in registry.people:
            present.add(person)
        found.extend(_Found(s, e, person, "epithet") for s, e in spans)

    named = [*found, *(f for entry in discovered.values() for f in entry.mentions)]
    short = _find_short_names(doc, index, present, discovered, spots, named, registry)
    found.extend(short)
    found.extend(_find_lone_given(doc, index, registry, present, discovered, spots,
                                  [*named, *short]))
    found.extend(_find_epithet_surnames(doc, registry, discovered, spots))
    found.extend(_find_famous(doc, index, registry, present, discovered, spots))
    found.extend(_find_honorific_surnames(doc, index, registry, present, discovered, spots))
    for entry in discovered.values():
        found.extend(entry.mentions)

    mentions = sorted(
        {
            Mention(doc.span(f.start, f.end), doc.full[f.start:f.end], f.person, f.kind)
            for f in found
        },
        # An epithet that contains a name comes before it ("Kanye West's wife").
        key=lambda m: (_pindex(m.span.paragraph), m.span.start, -m.span.end, m.person, m.kind),
    )
    result.mentions = mentions
    used = {m.person for m in mentions}
    result.discovered = [e.person for pid, e in sorted(discovered.items()) if pid in used]
    result.warnings = _warnings(doc, index, discovered, mentions)
    return result


def _pindex(pid: str) -> int:
    return int(pid[1:]) if pid[1:].isdigit() else 0


def _warnings(
    doc: _Doc, index: _RegistryIndex, discovered: dict[str, _Discovered],
    mentions: list[Mention],
) -> list[Warning]:
    """One ``unknown-person`` warning per discovered person, at the first mention, with the
    lines that settle it: a registry entry (a new person), an ``aliases`` entry (another name
    of a registry person; one who shares the surname is suggested) or an ``ignore`` entry (not
    a person)."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        if mention.person in discovered and mention.person not in first:
            first[mention.person] = mention
    warnings: list[Warning] = []
    for pid, mention in sorted(first.items(), key=lambda kv: (
            _pindex(kv[1].span.paragraph), kv[1].span.start, kv[0])):
        person = discovered[pid].person
        text = discovered[pid].first_text
        _, surname = _name_parts(person.name)
        namesakes = index.surname_owners.get(surname or "", ())
        target = namesakes[0] if len(namesakes) == 1 else "<person-id>"
        warnings.append(Warning(
            article=doc.article.id,
            paragraph=mention.span.paragraph,
            kind="unknown-person",
            message=f"{yaml_flow(person.name)} looks like a person who is not in "
                    "seeds/people.yml",
            fix="\n".join((
                f"add to seeds/people.yml: - {{id: {pid}, name: {yaml_flow(person.name)}}}",
                (f"or, if it is another name of someone in the registry, add to the front "
                f"matter: aliases: {{{yaml_flow(text)}: {target}}}"),
                (f"or, if it is not a person, add to the front matter: "
                f"ignore: [{yaml_flow(text)}]"),
            )),
            offset=mention.span.start,
        ))
    return warnings


__all__ = ["find_mentions"]
