"""Quotations and their speakers.

No statistical model: quotation marks, general word lists (``lang/quotes_*.py``) and the
people mentions found by ``people.py``. The same input always gives the same output, and each
quote records the rule that found its speaker (``Quote.rule``) so that a reviewer can see why.

The rules, in the order they run:

1. **Marks.** ``" " “ ” « » „`` and the single ``‘ ’ '`` open or close a quotation according to
   the characters around them (a mark after a space opens, one before a space or punctuation
   closes), so that a quotation may open with one mark and close with another (“… »). A single
   mark between two letters is an apostrophe ("I’ve", "d’Hélène", "smith‘s"), never a quote
   mark. Marks inside an open quotation of another family are a nested quotation and belong to
   the outer one.
2. **Paragraphs.** A quotation still open at the end of a paragraph continues into the next
   paragraph when that one starts with an opening mark (or closes it before opening any other
   one); otherwise it ends with its paragraph.
3. **Not quotations.** Titles, names and terms in quotation marks are dropped: words right after
   "titled / called / intitulé / baptisé …", a capitalised title after a work noun ("the book
   “…”", l'émission « … »), a short quoted phrase between a determiner and such a noun ("the
   “…” event"), a nickname between two names, a short Title Case phrase with no attribution,
   and short scare quotes in a sentence with no speech verb and no "according to".
4. **Interrupted quotations.** ``"A," she said. "B"`` and ``« A », a-t-il dit. « B »``: two
   pieces of one paragraph separated only by one attribution clause (a comma, a speech verb,
   no sentence end) form one quotation with several parts, unless the second piece has an
   attribution of its own, or the clause between them holds two ("“A,” one user wrote, while
   another posted: “B”").
5. **Speakers**, the first rule that gives an answer:
   an attribution inside the quotation or between its pieces ("« A, a-t-il dit. B »"); a
   colon or comma introduction ("Smith said: “…", "Smith a poursuivi : « …", "Smith: “…");
   an attribution right after the closing mark, verb first ("…", said Jones / a-t-elle
   déclaré / a révélé une source / estime pour sa part X) or subject first ("…," Jones and
   Brown said / he captioned / Smith, 52, told AFP); the nearest speech verb before the
   quotation in its sentence (partial quotations; "stating, “…”" takes the subject of the
   clause); "according to X" / "selon X"; a sentence opening "Pour X, …"; a colon after a
   sentence with no speech verb ("X secoue la tête : « Non »" takes its subject); then the
   context: a colon ending the previous paragraph, the subject of the last sentence with a
   speech verb (or opening "Pour X,") before the quotation in its paragraph, or the speaker
   of the previous quotation when it is in the same paragraph or this one opens a paragraph;
   a paragraph that is only a quotation, after a paragraph with no quotation whose last
   sentence has a speech verb, takes that verb's subject ("Prosecutor X said the sentence
   sent a message.¶“Public money…”"); a quotation followed, with nothing but space between,
   by another one takes that one's speaker ("“A.” “B,” X said").
   Then two last resorts: a quotation inside a sentence with no attribution is the words of
   the person the sentence is about ("Mélanie Riou n'avait « jamais vu autant de monde »"),
   and one opening a sentence takes the person the previous sentence opens with ("Martine
   Lemoine, elle, a déjà pris sa décision. « Si… »"), also after a fronted phrase or a role
   noun closed by a comma that names nobody ("Invité à parler, X se tourne… « … »", "Asked
   whether he had caved, Keller shrugged. “…”", "Son directeur, X, a appris… « … »").
   « le », « la » after a preposition are articles, so the next word is a noun even when it
   could be a speech verb (« tourné vers le prévenu : »); so are speech verb forms that are
   common nouns after « la » (« la tempête »).
   A speech participle before the quotation and "par X" / "by X" after it name the speaker
   ("une mesure jugée « insuffisante » par les syndicats"). "Celui-ci", "cette dernière",
   "the latter" take up the last person named (of their gender), not the subject. A second
   verb joined by "et"/"and" shares its clause's subject ("Le parquet appelle … et rappelle
   qu'« … »"); a speech verb after "to" is an infinitive, so the finite verb before it
   attributes ("She added that she would require plants to report leaks “…”").
   A word is taken as a speech verb unless a determiner makes it a noun ("the offer").
   A subject is a person when it is a mention (name, alias, epithet, title or role + name,
   a name in apposition: "Her neighbour, Tom Green, said"; joined with "and"/"et" or listed
   for joint speakers), a pronoun (resolved to the leftmost mention, outside quotations, in
   the nearest sentence that names someone of the pronoun's gender — from the registry, or
   inferred from honorifics, gendered role nouns, appositions, French feminine participles
   and pronouns around the name; plural pronouns go to the topic of the previous sentences
   or a group named together), a possessed document ("Jones's statement said"), or a
   definite description ("the senator", "la nouvelle maire") resolved like a pronoun within
   one paragraph (two for a noun that is not an office). Any other noun phrase in the
   subject's place ("une source", "the agency's website", "a person familiar with the
   negotiations", "Jones's spokeswoman") becomes the quote's label, with no person.
   **Role nouns.** A role noun written with a name ("la maire, Anne Dupuis,", "Judge Amara
   Singh", "X, a marine ecologist", "Gérard Monteil, ancien maire de Y") is tied to that
   person; a later definite description of the same noun ("the judge", "la maire", "l'ancien
   maire", with the same complement and the same "former"/"ancien") counts as a mention of
   them, however far back, for every rule above (pronouns included). A role noun with a place
   complement ("l'élu du Cher", "l'ancien maire de Sarlat") is a description too; a former
   office ("l'ancien maire") may be held by someone tied to another office today. An office noun tied to
   nobody ("le préfet") is never resolved to a person tied to another office. Pronouns skip
   possessors ("Falk's mother, Brigitte Lund, … she", "l'adjoint de X, Y … il") and take up
   an unnamed person introduced as a subject ("Une ancienne employée … a-t-elle témoigné"
   is labelled). "his caption read" / "son communiqué précise" are the possessor's words.
   **Discourse.** A verb naming a role ties it to its agent (« le comité, présidé par X »,
   « X, qui dirige l'école », « X a épousé Y », "chaired by X"; in a past tense the role may
   be over: « l'ancien entraîneur »); a synonym of a tied role is tied too (« le coach »); a
   common-noun complement fits a role tied without one (« la présidente du comité »), and
   « son directeur » is the person tied to « directeur ». Capitalised demonyms after a
   lowercase article are people (« l'ancien Rennais »); a former office (« l'ancienne
   porte-parole du gouvernement ») and a rank (« le benjamin de la compétition ») keep their
   complement; « les deux chercheurs » are the last two people named. A person named inside
   the quotation (or described there by a tied role, « le coach ») is never resolved as its
   speaker. A pronoun goes on with the subject pronoun of its antecedent sentence (« Elle a
   rencontré la maire, X. …, a-t-elle dit »), prefers an earlier subject to a name inside a
   complement and the subject to a name in a fronted phrase (« Après avoir rencontré X, Y
   a… »), takes up an unnamed possessed person (« L'avocat de X plaide… il »: a label), and
   after a continuing verb (« ajoute-t-il », "he added") the previous speaker; « ils » after
   a sentence naming two people, « le couple », "the pair" are those people. The given
   name tells the gender of a person when nothing around the name does. With no attribution,
   a quotation takes a description or pronoun opening the next sentence (« … » Le jeune
   homme hausse les épaules.), or the subject of a next sentence that points back at it
   (« C'est ainsi que X le décrit »); a description, latter demonstrative or « Selon X, »
   opening the previous one; and, in the first person only, the person opening the
   sentence before a sentence that names nobody, the last sentence of a previous paragraph
   with no quotation, or the previous quotation's voice (this or the previous paragraph,
   nobody else named between). Titles: a French title capitalises its article and first
   noun (« La Nuit des veilleurs »); « est dit », "known locally as", "rates the stock" name.
   **Salience.** An inverted verb may be followed by a long circumstance before its subject
   (« a réagi à la sortie de l'audience Roger Bastide », « a lancé depuis les bancs du
   Parti (PRL) le député X »): the first name or person noun of the clause is taken. A title
   left out of the name (« L'avocate des parties civiles, Me X, ») keeps the apposition; a
   bare complement qualifies a role like an adjective (« le conseiller d'opposition »); a
   fronted speech participle shares the subject after its comma (« Dénonçant « … », il »);
   a passive speech verb names its agent (« un avis partagé par X »; not « interrogé par
   X »). With no attribution, the subject of the sentence right before a quotation that opens
   a sentence outranks an earlier speaker (« Pour X, … « … ». Elle ne s'en offusque pas.
   « … » »), then the one person named by a sentence with no speech verb (« Une phrase qui
   a fait bondir X. « … » »). A pronoun opening sentence after sentence of a paragraph,
   where the previous paragraph opens with it or with a description, is that paragraph's
   topic, not a name met on the way; a name after any preposition (« sur X ») is a weak
   antecedent, and when only such names are left the nearest is taken (« par X, sur une
   erreur de Y. Le gardien… »: « de Y » after a thing is no possessor, after a person noun
   it is); « la première », "the former" take up the first of the last two people;
   « Lui reste prudent » makes « lui » a subject. A paragraph whose only marks are a slogan
   counts as one with no quotation.
   **The salience model.** Each article keeps, for every point of the text, a salience score
   per person named before it (``_Annotator.salience``): every mention outside quotations
   counts 1, and 2 when it is its sentence's subject (the first mention of the sentence, not
   in a complement such as « présenté à X », « le bureau de X », "X's office"; « Pour X, »
   opening a sentence is no complement); the weight shrinks by ``_DECAY`` with every
   paragraph back, so the person the recent paragraphs are about is the topic. The rules
   consult it where the nearest-name rules run out: (a) a definite singular description
   that the nearby paragraphs do not resolve (« le marin », "the biologist") is the most
   salient person named before it of its gender (from the article, « le / la », and the
   person's registry or inferred gender), preferring one whose registry ``description`` uses
   the noun or a synonym; a noun with no gender takes only a clear topic (twice as salient as
   anyone else), and a bare office (« le préfet ») only a person so described (a qualified
   one, « le conseiller d'opposition », anyone not tied to another office); an indefinite
   one (« un marin », « une source ») always stays a label, and so does a definite one whose
   noun brought in somebody unnamed before (« une infirmière raconte… » … « confie
   l'infirmière »); a person the registry describes
   with the noun also outranks the nearest one of the gender when that one is only named in
   an earlier paragraph (« le jeune attaquant »); (b) a pronoun whose nearest antecedent is
   in a complement of an earlier paragraph takes the more salient person of its gender.
   Roles are also tied by an apposition after an age (« X, 54 ans, syndicaliste », "X, 52, a
   biologist") and by a predicate (« X est le maire de Y », « X est devenue présidente »,
   "X is the mayor"; ``COPULAS``), and an apposition keeps its role across a title the
   people stage left out of the name (« L'avocate des parties civiles, Me X, »). A chain of first-person quotations goes on in one voice
   across up to ``_VOICE_GAP`` paragraph breaks when the paragraphs between name nobody.
   A name closing a subject phrase headed by a person noun, with no preposition before it,
   is the speaker (« a déclaré le président de l'association X »), unless it belongs to a
   complement (« la fille du maire X », « l'adjoint du maire X », « l'avocat de X »).
   A colon after a sentence opened by an unnamed person (« Un retraité, lui, préférait
   l'ironie : « … » ») gives that label, not the topic; a pronoun takes up such a subject
   after a fronted place too (« Dans la salle, une commerçante… « … », a-t-elle demandé »).
   The subject opening a sentence may follow up to three fronted phrases (« Dans son
   fournil, à quatre heures du matin, elle pétrit la pâte. « … » »); a sentence opening
   with a speech participle (« Interrogé jeudi, le patron de l'Ordre a durci le ton. »)
   gives the context the subject after its comma (a label when unnamed), and « le patron »
   of a body is the person tied to « président » / « directeur » of it. A description
   opening the sentence before a quotation with a name in apposition is that name (« En
   face, le coach de X, Laurent Pujol, ne cherchait pas d'excuses. « … » »).
   **Appositions and unnamed voices.** A name set between commas after the subject's noun
   phrase is the speaker, however long its complement and even when the description alone
   would be resolved (« a justifié le PDG, X, », « la présidente de l'Union des bailleurs
   privés, X, dénonce… et annonce »); an incise may put a day and such a subject after its
   verb (« A, a souligné jeudi le procureur de Y, X, lors d'un point presse. B »). A body of
   a named person is a label, not the person (« le cabinet de X « conteste » »). A continuing
   verb after an unnamed voice keeps that voice (« Une infirmière décrit… « … », ajoute-t-elle
   »); an indefinite office noun before a colon is a label (« Un gérant de fonds se montre
   sévère : »); « il y a » opens no speaker; a participle after a document noun is an
   adjective (« dans une réponse écrite que »); a clitic object after a description leaves it
   the subject (« le maire sortant le reconnaît »); « de la réalisatrice : » is a complement,
   not a speaker before a colon. A paragraph opening with a description set off by a
   stressed pronoun (« La cinéaste, elle, ») is its pronouns' topic. A quotation's voice goes
   on past its own attribution (« », raconte ce technicien. ¶ « … » »). A partial quotation
   attributed before it (« reconnaît que « A », avant d'ajouter : « B » ») is not merged with
   the next one, nor one whose attribution holds a later speech act introducing the next
   (« », reconnaissait X, avant de nuancer : « » »; "and added" goes on). A description set
   off by « lui » (« Le héros du soir, lui, ») is not the voice just heard. Short quotations
   that are the sentence's verb are the subject's words (« le ministère a « salué » »,
   « veut « être entendue » »), and so is a word a sentence about a word introduces with a
   colon (« Un mot lui revient : « magique » »); words on a banner or a
   placard (``SIGN_NOUNS``), an alert level (``LEVEL_NOUNS``) and a name closing a phrase
   headed by a work noun (« la liste … « Castelnaud en commun » ») are not quotations.
   **Terms, roles and counterparts.** A document noun and an adjective before a capitalised
   quotation name it (« sa lettre pastorale « Ouvrir nos portes » », « la motion « … » »);
   an analyst's rating in a sentence about a rating is a term ('cut his rating on the stock
   to "hold" from "buy"'; ``RATINGS``); « risque » names a level too. An incise may open its
   subject with a possessive when a name follows (« A, explique son président, X. B »);
   role nouns joined by « et » are all tied (« son père et entraîneur, X, »), and so is the
   subject of an inverted verb with a name in apposition (« », a insisté le maire de Y, X, »),
   not a verb after a name's comma (« X, juge la part »); a participle after a common noun
   is an adjective (« la part demandée à »); clergy nouns have synonyms (« le prélat »).
   « avant de » and any verb ending with a colon opens a quotation of its own. A possessed
   counterpart (« son homologue », "his counterpart"; ``COUNTERPART_NOUNS``) is the person
   named before the last one named; « ils » right after people named together is them; a
   document after a preposition ("In a letter …, she warns") is a fronted phrase. A short
   quotation after a meaning read into something (« voir dans ce résultat « … » », "saw in
   the result"; ``INTERPRETING``) is the subject's words, not scare quotes. A written thing
   named last before a colon with its author right after it (« lui lire un courriel de X
   daté du 3 mars : », « un SMS envoyé le 14 avril par Y : », "an email from X:") opens its
   author's words, after a verb that holds, reads or passes it on (``HOLDING_VERBS``; not
   « a dénoncé les propos de X : »), with no other clause before the colon and no
   preposition governing it (« Dans un courriel de X, Y écrit : »); a pronoun after them does
   not take up their author. A name apposed to a role that closes a fronted phrase is not
   the subject (« Interrogé par la présidente du tribunal, X, le prévenu a contesté »), nor
   what a pronoun after it takes up; « X et le député socialiste Y ont résumé : » are both
   speakers when X opens the subject.
   **Whole-article ties.** An age in apposition ties the noun of its decade (« X, 91 ans, » …
   « la nonagénaire »; ``AGE_NOUNS``); a possessed relation in apposition ties its words
   (« son frère aîné, X, » … « son aîné »); a noun no list knows between an article and a
   name is a role (« la skippeuse X » … « la skippeuse »); « leur » + a tied role is its
   holder (« leur capitaine »); an article before an adjective and a name, or a demonym,
   tells a gender (« du vieux Fabre », « l'Espagnol X »; ``GENDERED_ARTICLES``). A role
   phrase after a name's comma that runs into a verb is the clause's subject, not an
   apposition (« Entré à la place de son frère, X, l'ouvreur de 21 ans a passé… »), and a
   pronoun then takes up the described person, not X. « X, lui, se dit « … » »: a stressed
   pronoun between commas leaves X the subject; « on dénonce « … » » is unnamed people;
   « avant de répondre : » shares its clause's subject; « et leur a promis » is a second verb.
   A participle of speech after an attribution brings its own quotation (« », a plaidé X,
   évoquant…, « … »); a partial quotation a verb follows with no mark is no attribution's
   (« « … » ont lancé »); words right after a sign noun are a slogan (« les pancartes « … » »);
   a participle heading after « la loi » names the text. « ils » after a sentence naming one
   person takes the people named together just before, or the one named and the one a
   pronoun of that sentence takes up (« À côté d'elle, sa collègue X … disent-elles »). A
   continuing verb in a paragraph opened by another person of its gender is that person's.
   First-person words after a sentence that acts upon the paragraph's opener by an object
   pronoun (« Le maire l'a laissé faire. ») are the opener's; after a sentence naming nobody
   but one subject pronoun, that pronoun's; a word a sentence passes on (« un mot, glissé à
   un proche, qui l'a rapporté : « … » ») is the subject's. A set periphrasis of an office
   (« le représentant de l'État », "the head of state"; ``OFFICE_PERIPHRASES``) is the person
   tied to that office.
   **Reading the whole article.** A person noun in a headline that names one person only is
   that person's epithet in the body (« X au Zénith, le triomphe d'un chanteur » makes « le
   chanteur » X; not an office). A winning verb ties « le vainqueur » to its subject, past a
   parenthesis (« X (Arvor) a remporté »). A speech verb in a restrictive relative clause
   (« ceux qui l'accusent », no comma before « qui ») attributes nothing: the main clause's
   subject speaks. « Dans l'entourage de X, on… » is the circle's, not X's. A comma ends a
   title before a name: « de Force ouvrière, Didier X » tells nothing of his gender. Not
   quotations: what a sign brought in reads (« une mère a sorti une pancarte : « … » », « avec
   un mot d'ordre : « … » »; not when a speech verb follows the sign), a title followed by a
   work noun in apposition (« « Papa disait », le titre… ») or after « work noun + de » (« le
   premier couplet de « … » »), a law's heading (« le projet de loi « pour… » »). A claim put
   forward (« met en avant un marché « … » ») keeps its short quoted words.
   **Ties ahead, positions and anonymity.** A description written before anybody it could
   take up is named (« Son fondateur reconnaît… » in a lede) is the one person the article
   ties the noun to further on. An inciso right after the closing mark and its comma, a past
   auxiliary and a first-group participle then a definite phrase or a name (« », a balayé
   l'entraîneur, X »), is one of speech whatever the verb. A name closing the subject phrase
   past a preposition it stopped at is the speaker (« Pour l'expert en art X, »); a compound
   of a person noun is one (« le demi-centre »). A demonstrative description takes up the
   unnamed person brought in since the last name (« une source proche de l'enquête … »,
   confie ce policier »), and an attribution that says its speaker is not named (« sans
   vouloir être cité », "on condition of anonymity"; ``ANONYMITY``) names nobody, unless the
   sentence names the speaker itself. A name opening a partial quotation's own sentence
   (« Son collègue X, interprète, a connu « … » ») outranks the voice of the sentences before,
   and a name closing the description that opens the sentence is its subject (« Le jeune
   ailier X, 19 ans, lui, n'en revenait pas : « … » »).
6. **Overrides.** ``quotes: [{match, speaker | speaker_label | ignore}]`` in the front matter
   corrects every quotation whose text contains ``match`` (it may also restore a quotation
   that rule 3 dropped); an override that matches no quotation is an error.

A quotation left with neither a speaker nor a label gives a ``quote-without-speaker`` warning
whose fix is the front-matter line that settles it.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate, pairwise, repeat
from typing import NamedTuple

from ..errors import Problem, yaml_flow
from ..model import Article, Mention, Person, Quote, QuoteOverride, Span, Warning
from ..registry import Registry, fold
from ._cached import cached_property
from ._stage import QuotesResult
from .lang import people_genders, people_names, people_places, quotes_en, quotes_fr

# --------------------------------------------------------------------------- the lexicons

#: One-word place names (« le Japon », « le Gabon »), which a demonym's ending can look like.
_PLACE_WORDS: frozenset[str] = frozenset(
    name.lower() for names in (people_places.COUNTRIES, people_places.REGIONS,
                               people_places.CITIES, people_places.STATES)
    for name in names if " " not in name)


#: An age in apposition right after a name: ", 38," / ", 38 ans" / " (38)" / ", aged 38," /
#: « , âgé de 38 ans » (not ", 2,4 millions d'abonnés").
_APPOSED_AGE_RE = re.compile(
    r",\s*(?:aged\s+|âgée?\s+de\s+)?(\d{1,3})(?=\s*(?:,(?!\d)|ans\b|years?\b|\.(?!\d)|$))"
    r"|\s\((\d{1,3})\)")
#: Words that may stand between a team's name and its role noun ("Scarlets head coach X").
_ROLE_MODIFIERS = frozenset({"head", "assistant", "deputy", "interim", "acting", "chief",
                             "senior", "general", "former", "new"})
#: A possessive, a kin word and the comma of an apposition: « son mari, », "her husband, ".
_POSSESSED_APPOSITION_RE = re.compile(r"(\w+)\s+(\w+)\s*,\s*")
#: The age a description gives: "the 38-year-old", « l'homme de 38 ans ».
_DESCRIBED_AGE_RE = re.compile(r"(\d{1,3})(?:-year-old|\s+ans\b)")


def _described_age(label: str) -> int | None:
    """The age a description's words give, if any."""
    told = _DESCRIBED_AGE_RE.search(label)
    return int(told.group(1)) if told is not None else None


def _phrase_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching one of ``phrases`` at the end of a text (apostrophes either way)."""
    parts = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace("'", "['’]") for p in parts)
    return re.compile(rf"(?<![^\W_])(?:{alternation})\s*$")


@dataclass(frozen=True)
class _Lexicon:
    """One language's word lists (``lang/quotes_*.py``), in the shapes the rules use."""

    speech: frozenset[str]
    skip: frozenset[str]
    pronouns: dict[str, str]
    determiners: dict[str, tuple[str | None, bool]]
    possessives: frozenset[str]
    sources: frozenset[str]
    documents: frozenset[str]
    authored: frozenset[str]  # « un courriel de X : », "an email from X:": X's words
    authoring: frozenset[str]  # « signé », « envoyé (par) », "signed (by)"
    authoring_from: frozenset[str]  # « signé (du directeur) », "received (from X)"
    thing_prepositions: frozenset[str]  # « *dans* un courriel de X, Y écrit : »
    holding: frozenset[str]  # « *lui lire* un courriel de X : »: the author's words follow
    authored_breaks: frozenset[str]  # « un courriel de X *et* a porté plainte : »
    on_behalf: tuple[str, ...]  # « de *la part de* X »
    contracted: frozenset[str]  # « un message *du* père »: an article held in the preposition
    persons: dict[str, str | None]
    person_endings: tuple[tuple[str, str | None], ...]
    not_persons: frozenset[str]
    joiners: frozenset[str]
    joiner_ends: tuple[str, ...]
    work_nouns: frozenset[str]
    small_words: frozenset[str]
    abbreviations: frozenset[str]
    participle_endings: tuple[str, ...]
    np_stop: frozenset[str]
    complements: frozenset[str]
    relatives: frozenset[str]
    gendered: dict[str, str]
    honorifics: dict[str, str]
    vocatives: frozenset[str]
    questioning: tuple[str, ...]
    relation_nouns: frozenset[str]
    together: re.Pattern[str]
    comitatives: re.Pattern[str]
    comitative_opens: re.Pattern[str]
    person_adjectives: frozenset[str]
    named_later: re.Pattern[str]
    one_of: re.Pattern[str]
    other_words: frozenset[str]
    number_nouns: frozenset[str]
    number_words: frozenset[str]  # « deux », "both": a plural complement
    office_ranks: frozenset[str]
    restating: re.Pattern[str]
    role_acronyms: dict[str, tuple[str, ...]]
    time_nouns: frozenset[str]
    younger: frozenset[str]
    elder: frozenset[str]
    junior: frozenset[str]
    senior: frozenset[str]
    from_words: frozenset[str]
    impersonal: frozenset[str]
    inverted: frozenset[str]
    addressees: frozenset[str]
    stressed: dict[str, str]
    title_prepositions: frozenset[str]
    demonstratives: dict[str, str]
    inversion: frozenset[str]
    gendered_nouns: dict[str, str]
    feminine_endings: tuple[str, ...]
    openers: frozenset[str]
    intro: frozenset[str]
    adverbials: re.Pattern[str]
    noun_markers: frozenset[str]
    base_verbs: frozenset[str]
    age: re.Pattern[str]
    title_intro: re.Pattern[str]
    weak_title_intro: re.Pattern[str]
    opinion: re.Pattern[str] | None
    according: re.Pattern[str]
    offices: frozenset[str]
    possessive_pronouns: dict[str, str]
    clause_joiners: frozenset[str]
    colon_joiners: frozenset[str]
    adverbials_end: re.Pattern[str]
    adverbials_start: re.Pattern[str]
    age_tail: re.Pattern[str]
    kin: frozenset[str]
    kin_synonyms: dict[str, tuple[str, ...]]
    staff_nouns: frozenset[str]  # "the boss" is never a person written "Striker X"
    player_nouns: frozenset[str]
    inverse_kin: dict[str, dict[str, str]]  # "son" -> {"m": "father", "f": "mother"}
    prepositions: frozenset[str]
    pronoun_determiners: frozenset[str]
    lowercase_skip: frozenset[str]  # skipped only in lowercase ("quick", not "Quick")
    not_speech_before: dict[str, frozenset[str]]
    phrasal_speech: dict[str, frozenset[str]]  # "fired" + "back": a verb of speech
    naming_participles: frozenset[str]  # 'dubbed "the bulldozer" by X': X's words
    linked_naming_participles: frozenset[str]  # « traité de « menteur » par X »: X's
    speech_after: dict[str, frozenset[str]]  # « veut » + « croire »: a verb of speech
    not_title_before: re.Pattern[str]
    former: frozenset[str]
    latter: dict[tuple[str, ...], str]
    agents: frozenset[str]
    agent_links: frozenset[str]
    infinitive: frozenset[str]
    object_pronouns: frozenset[str]
    article_prepositions: frozenset[str]
    noun_homographs: frozenset[str]
    role_verbs: dict[str, tuple[str, ...]]
    demonym_endings: tuple[tuple[str, str], ...]
    gender_endings: tuple[tuple[str, str], ...]  # masculine, feminine
    party_nouns: dict[str, str | None]  # « la socialiste »: a party's member, and gender
    object_ends_attribution: bool  # « « … ? » X a évoqué un orage »: no attribution
    topic_verbs: frozenset[str]  # ... with these verbs only
    nicknaming: re.Pattern[str] | None  # « surnommé « le Forgeron » »: group "nick"
    asking: frozenset[str]  # « lui a demandé pourquoi … »: the answer follows
    asked_after: frozenset[str]  # "asked her why"
    indirect_questions: frozenset[str]
    demonym_words: dict[str, str]
    membership: frozenset[str]
    thing_sources: frozenset[str]
    bodies: frozenset[str]
    speech_nouns: frozenset[str]
    view_nouns: frozenset[str]
    writer_before: re.Pattern[str]
    reflexive_participles: frozenset[str]
    calling: frozenset[str]
    said_nouns: frozenset[str]
    independent_possessives: dict[str, str]
    post_nominals: frozenset[str]
    object_relatives: frozenset[str]
    speech_noun_links: frozenset[str]
    ranks: frozenset[str]
    former_gender: dict[str, str]
    singular_possessives: frozenset[str]
    gendered_articles: dict[str, str]
    datives: frozenset[str]  # « *lui* a rétorqué X »: the one spoken to
    name_adjectives: frozenset[str]  # « la *jeune* Léa »: the article tells the gender
    age_nouns: dict[str, int]
    periphrases: dict[str, str]
    numbers: dict[str, int]
    past_auxiliaries: frozenset[str]
    passive_auxiliaries: frozenset[str]
    past_endings: tuple[str, ...]
    first_person: frozenset[str]
    group_nouns: dict[str, int]
    back_reference: re.Pattern[str]
    role_forms: frozenset[str]
    title_articles: frozenset[str]
    continuing: frozenset[str]
    replies: frozenset[str]
    perception: frozenset[str]
    role_synonyms: dict[str, tuple[str, ...]]
    copulas: frozenset[str]
    self_copulas: frozenset[str]
    former_references: dict[tuple[str, ...], str]
    second_references: dict[tuple[str, ...], str]  # « la seconde »: the second of two
    asked_stems: tuple[str, ...]
    adjectival_endings: tuple[str, ...]
    sign_nouns: frozenset[str]
    of_words: frozenset[str]
    adverb_endings: tuple[str, ...]
    heading_openers: frozenset[str]
    sign_compounds: tuple[tuple[str, ...], ...]
    level_nouns: frozenset[str]
    word_nouns: frozenset[str]
    ratings: frozenset[str]
    counterparts: frozenset[str]
    opponents: frozenset[str]  # « son rival », "his opponent": the other of a pair
    rivals: frozenset[str]
    demonym_adjectives: dict[str, str]
    youth: frozenset[str]
    generic: frozenset[str]  # nouns that fit anybody ("the man", « la jeune femme »)
    relative: frozenset[str]  # nouns for somebody relative to another (« le voisin de X »)
    collectives: frozenset[str]  # people together a role may serve (« de la famille »)
    peers: frozenset[str]
    one_person_sources: frozenset[str]
    partners: frozenset[str]
    noun_gender_endings: tuple[tuple[str, str], ...]
    case_parties: frozenset[str]
    possessive_genders: dict[str, str]
    vowel_initials: tuple[str, ...]
    alternatives: frozenset[str]
    role_abbreviations: dict[str, str]
    words_taken_up: re.Pattern[str]
    conjunction_determiners: frozenset[str]
    view_relatives: re.Pattern[str]
    content_relatives: re.Pattern[str]  # "the argument according to which": no speaker's
    first_person_plural: frozenset[str]
    joint_words: frozenset[str]
    issuing: tuple[str, ...]
    authored_by: re.Pattern[str]  # after a document's noun: "written by [her widow,] "
    read_aloud: re.Pattern[str]  # "read aloud", « a lu »: another person's written words
    body_leads: tuple[tuple[str, ...], ...]  # « du côté de », « chez »: a body's place
    perceiving: frozenset[str]  # « on entend », « on lit »: somebody else is heard
    impersonal_subjects: frozenset[str]  # « on » before a colon names nobody
    object_clitics: frozenset[str]  # « on *la* sent émue »: the one the sentence is about
    writing_verbs: frozenset[str]  # "wrote", "signed": a document's writer
    written_by: str  # "by", « par »
    told_object: re.Pattern[str] | None  # '," the judge told him': the teller and the told
    object_genders: dict[str, str]  # "him" -> "m"
    verdict_copulas: frozenset[str]  # '"…," was Tom Baker's verdict'
    stated_pronoun: re.Pattern[str]  # '," she said', « , a-t-il dit »: the pronoun
    stated_inverted: bool  # the pattern holds the verb before the pronoun (« a-t-il »)
    first_person_subjects: frozenset[str]  # "I", « je »: the narrator of an answer
    interview_question: re.Pattern[str]  # "Q: …", « Question : … »
    relative_possessives: frozenset[str]  # « dont », "whose": somebody else's name follows
    relaying: frozenset[str]
    quoting: frozenset[str]  # "Reuters quoted X as saying": the outlet's verb
    quoted_as: re.Pattern[str] | None  # ... and what follows the person quoted
    parent_links: frozenset[str]
    child_words: frozenset[str]
    parent_words: dict[str, str]
    past_participle_endings: tuple[str, ...]
    irregular_participles: frozenset[str]
    interpreting: re.Pattern[str]
    rating_nouns: frozenset[str]
    titled_documents: frozenset[str]
    sequence: frozenset[str]
    citing: frozenset[str]  # « citant », "quoting": the words after are somebody else's
    intermediary_openers: frozenset[tuple[str, ...]]  # "Through his lawyer, X, he said:"
    cited_owners: frozenset[str]  # "a letter *from* her son", « le message *d'*une victime »
    spouses: frozenset[str]  # « mari », "wife"
    agents_of_things: frozenset[str]  # "a rebuke *from* X, who …": X, not the rebuke
    predicate_before: dict[str, tuple[str, ...]]
    reading: frozenset[str]
    reading_after: re.Pattern[str]
    anonymity: re.Pattern[str]
    demonstrative_determiners: frozenset[str]
    anonymous_label: str
    concerned: frozenset[str]  # « l'intéressé »: the person the article is about
    fronted_openers: frozenset[str]  # « Lors du débat, », "During the meeting,"
    first_person_possessives: frozenset[str]  # « ma tante », "my mother": the narrator's kin
    unaccented_openers: frozenset[str]  # « A l'hôpital, » for « À »
    concerned_adjectives: frozenset[str]  # « le principal intéressé »
    purpose_markers: frozenset[str]  # « a adressé un courrier pour dénoncer »: the subject's
    speech_infinitives: frozenset[str]  # « écrire », « dire »: no attribution opens with one
    quiet_bodies: frozenset[str]  # « la caisse »: a body that speaks, no pronoun's antecedent
    feminine_plurals: frozenset[str]  # « elles »


def _lexicon(lang: object, *, inverted: frozenset[str] = frozenset(),
             impersonal: frozenset[str] = frozenset(),
             aux: frozenset[str] = frozenset()) -> _Lexicon:
    """Build a lexicon once, at import: the rules then do set lookups and run compiled
    patterns only."""
    get = lang.__dict__
    return _Lexicon(
        speech=get["SPEECH_VERBS"],
        skip=get["SKIP_WORDS"] | aux | get["TIME_WORDS"],
        lowercase_skip=get["LOWERCASE_SKIP_WORDS"],
        pronouns=get["PRONOUNS"],
        determiners=get["DETERMINERS"],
        possessives=get["POSSESSIVES"],
        sources=get["SOURCE_NOUNS"],
        documents=get["DOCUMENT_NOUNS"],
        authored=get["AUTHORED_NOUNS"],
        authoring=get["AUTHORING_PARTICIPLES"],
        authoring_from=get["AUTHORING_FROM"],
        thing_prepositions=get["THING_PREPOSITIONS"],
        holding=get["HOLDING_VERBS"],
        authored_breaks=get["AUTHORED_CLAUSE_BREAKS"],
        on_behalf=get["AUTHOR_ON_BEHALF"],
        contracted=get["CONTRACTED_ARTICLES"],
        persons=get["PERSON_NOUNS"],
        person_endings=get["PERSON_ENDINGS"],
        not_persons=get["NOT_PERSON_NOUNS"],
        joiners=get["JOINERS"],
        joiner_ends=tuple(sorted(f" {j}" if j.isalpha() else j for j in get["JOINERS"])),
        work_nouns=get["WORK_NOUNS"] | get["MORE_WORK_NOUNS"],
        small_words=get["TITLE_SMALL_WORDS"],
        abbreviations=get["ABBREVIATIONS"],
        participle_endings=get["PARTICIPLE_ENDINGS"],
        np_stop=get["NP_STOP_WORDS"],
        complements=get["COMPLEMENT_WORDS"],
        relatives=get["RELATIVES"],
        gendered=get["GENDERED_WORDS"],
        honorifics=get["HONORIFICS"],
        vocatives=get["VOCATIVE_WORDS"],
        questioning=get["QUESTIONING_STEMS"],
        relation_nouns=get["RELATION_NOUNS"],
        together=re.compile(get["TOGETHER"]),
        comitatives=re.compile(r"(?<![^\W_])(?:" + "|".join(
            re.escape(w) for w in get["COMITATIVES"]) + r")\s+(?:[\w'’-]+,?\s+){0,7}?$"),
        comitative_opens=re.compile(r"\s*(?:(?:and|but|et|mais)\s+)?(?:" + "|".join(
            re.escape(w) for w in get["COMITATIVES"]) + r")(?![^\W_])"),
        person_adjectives=get["PERSON_ADJECTIVES"],
        named_later=re.compile(get["NAMED_LATER"]),
        one_of=re.compile(get["ONE_OF"]),
        other_words=get["OTHER_WORDS"],
        number_nouns=get["NUMBER_NOUNS"],
        number_words=get["NUMBER_WORDS"],
        office_ranks=get["OFFICE_RANKS"],
        restating=re.compile(r"(?:^|(?<=[.!?»”\"]))\s*(?:" + "|".join(
            re.escape(w).replace("'", "['’]") for w in get["RESTATING"]) + r")\s*:\s*$"),
        role_acronyms=get["ROLE_ACRONYMS"],
        time_nouns=get["TIME_NOUNS"],
        younger=frozenset(get["YOUNGER_WORDS"]),
        elder=frozenset(get["ELDER_WORDS"]),
        junior=get["JUNIOR_WORDS"],
        senior=get["SENIOR_WORDS"],
        from_words=get["FROM_WORDS"],
        impersonal=impersonal,
        inverted=inverted,
        addressees=get["ADDRESSEE_WORDS"],
        stressed=get["STRESSED_PRONOUNS"],
        title_prepositions=get["TITLE_PREPOSITIONS"],
        demonstratives=get["DEMONSTRATIVES"],
        inversion=get["INVERSION_WORDS"],
        gendered_nouns=get["GENDERED_NOUNS"],
        feminine_endings=get["FEMININE_ENDINGS"],
        base_verbs=get["BASE_VERBS"],
        intro=get["INTRO_WORDS"],
        openers=get["SUBJECT_OPENERS"] - get["DETERMINERS"].keys(),
        # (longest first, each a whole phrase: "in a joint statement", not "in a joint" of
        # "in a jointly …")
        adverbials=re.compile("(?:" + "|".join(
            re.escape(a).replace("'", "['’]")
            for a in sorted(get["ADVERBIAL_PHRASES"], key=lambda a: (-len(a), a)))
            + r")(?![^\W_])"),
        noun_markers=(frozenset(get["DETERMINERS"]) | get["POSSESSIVES"]
                      | get["POSSESSIVE_ENDINGS"]) - get["OBJECT_PRONOUNS"],
        age=re.compile(get["AGE_TOKEN"]),
        title_intro=_phrase_re(set(get["TITLE_INTRODUCERS"]) - set(get["WEAK_TITLE_INTRODUCERS"])),
        weak_title_intro=_phrase_re(get["WEAK_TITLE_INTRODUCERS"]),
        opinion=re.compile(rf"\s*(?:{'|'.join(get['OPINION_OPENERS'])})\s", re.IGNORECASE)
        if get["OPINION_OPENERS"] else None,
        according=re.compile(rf"(?<![^\W_])(?:{get['ACCORDING_TO']})(?![^\W_])", re.IGNORECASE),
        offices=get["OFFICE_NOUNS"],
        possessive_pronouns=get["POSSESSIVE_PRONOUNS"],
        clause_joiners=get["CLAUSE_JOINERS"],
        colon_joiners=get["COLON_CLAUSE_JOINERS"],
        age_tail=re.compile(get["AGE_PATTERN"]),
        kin=get["KIN_NOUNS"],
        kin_synonyms=get["KIN_SYNONYMS"],
        staff_nouns=get["STAFF_NOUNS"],
        player_nouns=get["PLAYER_NOUNS"],
        inverse_kin=get["INVERSE_KIN"],
        prepositions=get["NP_PREPOSITIONS"],
        pronoun_determiners=get["PRONOUN_DETERMINERS"],
        not_speech_before=get["NOT_SPEECH_BEFORE"],
        phrasal_speech=get["PHRASAL_SPEECH"],
        naming_participles=get["NAMING_PARTICIPLES"],
        linked_naming_participles=get["LINKED_NAMING_PARTICIPLES"],
        speech_after=get["SPEECH_AFTER"],
        not_title_before=re.compile(get["NOT_TITLE_BEFORE"]),
        former=get["FORMER_WORDS"],
        latter=get["LATTER_WORDS"],
        agents=get["AGENT_WORDS"],
        agent_links=get["AGENT_LINKS"],
        infinitive=get["INFINITIVE_MARKERS"],
        object_pronouns=get["OBJECT_PRONOUNS"],
        article_prepositions=get["ARTICLE_PREPOSITIONS"],
        noun_homographs=get["NOUN_HOMOGRAPHS"],
        role_verbs=get["ROLE_VERBS"],
        demonym_endings=tuple(get["DEMONYM_ENDINGS"].items()),
        gender_endings=get["GENDER_ENDINGS"],
        party_nouns=get["PARTY_NOUNS"],
        object_ends_attribution=get["OBJECT_ENDS_ATTRIBUTION"],
        topic_verbs=get["TOPIC_VERBS"],
        nicknaming=re.compile(r"(?<![\w])(?:" + "|".join(sorted(get["NICKNAMING"], key=len,
                                                                   reverse=True))
                              + r")\s+[«“\"]\s*(?P<nick>[^»”\"]{2,40}?)\s*[»”\"]",
                              re.IGNORECASE) if get["NICKNAMING"] else None,
        asking=get["ASKING_VERBS"],
        asked_after=get["ASKED_PRONOUNS_AFTER"],
        indirect_questions=get["INDIRECT_QUESTION_WORDS"],
        demonym_words=get["DEMONYM_WORDS"],
        membership=get["MEMBERSHIP_NOUNS"],
        thing_sources=get["THING_SOURCES"],
        bodies=get["BODY_NOUNS"],
        speech_nouns=get["SPEECH_NOUNS"],
        view_nouns=get["VIEW_NOUNS"],
        writer_before=re.compile(get["WRITER_BEFORE"]),
        reflexive_participles=get["REFLEXIVE_PARTICIPLES"],
        calling=get["CALLING_VERBS"],
        said_nouns=get["SAID_NOUNS"],
        independent_possessives=get["INDEPENDENT_POSSESSIVES"],
        post_nominals=get["POST_NOMINALS"],
        object_relatives=get["OBJECT_RELATIVES"],
        speech_noun_links=get["SPEECH_NOUN_LINKS"],
        ranks=get["RANK_NOUNS"],
        former_gender=get["FORMER_GENDER"],
        singular_possessives=get["SINGULAR_POSSESSIVES"],
        numbers=get["GROUP_NUMBERS"],
        past_auxiliaries=get["PAST_AUXILIARIES"],
        passive_auxiliaries=get["PASSIVE_AUXILIARIES"],
        past_endings=get["PAST_ENDINGS"],
        first_person=get["FIRST_PERSON"],
        group_nouns=get["GROUP_NOUNS"],
        back_reference=re.compile(r"\s*(?:" + "|".join(
            re.escape(w).replace("'", "['’]") for w in get["BACK_REFERENCES"]) + r")\s"),
        role_forms=frozenset(get["ROLE_VERBS"]),
        title_articles=get["TITLE_ARTICLES"],
        continuing=get["CONTINUING_VERBS"],
        replies=get["REPLY_VERBS"],
        perception=get["PERCEPTION_VERBS"],
        role_synonyms=get["ROLE_SYNONYMS"],
        copulas=get["COPULAS"],
        self_copulas=get["SELF_COPULAS"],
        second_references=get["SECOND_REFERENCES"],
        former_references=get["FORMER_REFERENCES"],
        asked_stems=get["ASKED_STEMS"],
        adjectival_endings=get["ADJECTIVAL_PARTICIPLE_ENDINGS"],
        sign_nouns=get["SIGN_NOUNS"],
        of_words=get["OF_WORDS"],
        adverb_endings=get["ADVERB_ENDINGS"],
        heading_openers=get["HEADING_OPENERS"],
        sign_compounds=get["SIGN_COMPOUNDS"],
        level_nouns=get["LEVEL_NOUNS"],
        word_nouns=get["WORD_NOUNS"],
        ratings=get["RATINGS"],
        counterparts=get["COUNTERPART_NOUNS"],
        opponents=get["OPPONENT_NOUNS"],
        rivals=get["RIVAL_NOUNS"],
        demonym_adjectives=get["DEMONYM_ADJECTIVE_FORMS"],
        youth=get["YOUTH_NOUNS"],
        generic=get["GENERIC_PERSON_NOUNS"],
        relative=get["RELATIVE_NOUNS"],
        collectives=get["COLLECTIVE_NOUNS"],
        peers=get["PEER_NOUNS"],
        one_person_sources=get["ONE_PERSON_SOURCES"],
        partners=get["PARTNER_NOUNS"],
        noun_gender_endings=get["NOUN_GENDER_ENDINGS"],
        case_parties=get["CASE_PARTIES"],
        possessive_genders=get["POSSESSIVE_GENDERS"],
        vowel_initials=get["VOWEL_INITIALS"],
        alternatives=get["ALTERNATIVE_WORDS"],
        role_abbreviations=get["ROLE_ABBREVIATIONS"],
        words_taken_up=re.compile(get["WORDS_TAKEN_UP"]),
        # "that": a determiner or the conjunction opening a clause
        conjunction_determiners=frozenset(get["SUBJECT_OPENERS"] & get["DETERMINERS"].keys()),
        view_relatives=re.compile(get["VIEW_RELATIVES"]),
        content_relatives=re.compile(get["CONTENT_RELATIVES"]),
        first_person_plural=get["FIRST_PERSON_PLURAL"],
        joint_words=get["JOINT_WORDS"],
        issuing=get["ISSUING_WORDS"],
        authored_by=re.compile(get["AUTHORED_BY"]),
        read_aloud=re.compile(get["READ_ALOUD"]),
        body_leads=tuple(tuple(x.split()) for x in get["BODY_LEADS"]),
        perceiving=get["PERCEIVING"],
        impersonal_subjects=get["IMPERSONAL_SUBJECTS"],
        object_clitics=get["OBJECT_CLITICS"],
        writing_verbs=get["WRITING_VERBS"],
        written_by=get["WRITTEN_BY"],
        told_object=re.compile(get["TOLD_OBJECT"]) if get["TOLD_OBJECT"] else None,
        object_genders=get["OBJECT_PRONOUN_GENDERS"],
        verdict_copulas=get["VERDICT_COPULAS"],
        stated_pronoun=re.compile(get["STATED_PRONOUN"]),
        stated_inverted=get["STATED_INVERTED"],
        first_person_subjects=get["FIRST_PERSON_SUBJECTS"],
        interview_question=re.compile(get["INTERVIEW_QUESTION"]),
        relative_possessives=get["RELATIVE_POSSESSIVES"],
        relaying=get["RELAYING_VERBS"],
        quoting=get["QUOTING_VERBS"],
        quoted_as=re.compile(get["QUOTED_AS"]) if get["QUOTED_AS"] else None,
        parent_links=get["PARENT_LINKS"],
        child_words=get["CHILD_WORDS"],
        parent_words=get["PARENT_WORDS"],
        past_participle_endings=get["PAST_PARTICIPLE_ENDINGS"],
        irregular_participles=get["IRREGULAR_PARTICIPLES"],
        interpreting=re.compile(get["INTERPRETING"]),
        rating_nouns=get["RATING_NOUNS"],
        titled_documents=get["TITLED_DOCUMENTS"],
        sequence=get["SEQUENCE_WORDS"],
        citing=get["CITING_WORDS"],
        intermediary_openers=get["INTERMEDIARY_OPENERS"],
        cited_owners=get["CITED_OWNER_WORDS"],
        spouses=get["SPOUSE_NOUNS"],
        agents_of_things=get["THING_AGENT_WORDS"],
        predicate_before=get["PREDICATE_BEFORE"],
        reading=get["READING_WORDS"],
        reading_after=re.compile(get["READING_AFTER"]),
        anonymity=re.compile(get["ANONYMITY"]),
        demonstrative_determiners=get["DEMONSTRATIVE_DETERMINERS"],
        anonymous_label=get["ANONYMOUS_LABEL"],
        gendered_articles=get["GENDERED_ARTICLES"],
        datives=get["DATIVE_PRONOUNS"],
        name_adjectives=get["NAME_ADJECTIVES"],
        age_nouns=get["AGE_NOUNS"],
        periphrases=get["OFFICE_PERIPHRASES"],
        adverbials_end=re.compile(
            "(?<![^\\W_])(?:" + "|".join(re.escape(a).replace("'", "['’]")
                                    for a in get["ADVERBIAL_PHRASES"]) + r")\s*$"),
        # the same phrases, or an adverb in -ment, read forwards from a word's end
        adverbials_start=re.compile(
            r"\s*(?:" + "|".join(re.escape(a).replace("'", "['’]")
                                 for a in get["ADVERBIAL_PHRASES"])
            + r"|[^\W\d_]{3,}(?:" + "|".join(get["ADVERB_ENDINGS"]) + r"))(?![^\W_])"),
        concerned=get["CONCERNED_NOUNS"],
        fronted_openers=get["FRONTED_OPENERS"],
        first_person_possessives=get["FIRST_PERSON_POSSESSIVES"],
        unaccented_openers=get["UNACCENTED_OPENERS"],
        concerned_adjectives=get["CONCERNED_ADJECTIVES"],
        purpose_markers=get["PURPOSE_MARKERS"],
        speech_infinitives=get["SPEECH_INFINITIVES"],
        quiet_bodies=get["QUIET_BODY_NOUNS"],
        feminine_plurals=get["FEMININE_PLURALS"],
    )


#: Folded given name -> "f" or "m" (``lang/people_genders.py``).
_GIVEN_NAMES = people_genders.given_genders()


def _shares_family(parts: set[str], surname: str) -> bool:
    """A family name (folded, split on hyphens) is shared by ``surname``: the same, or one
    a part of the other ("okafor-marsh" and "marsh")."""
    other = set(surname.split("-"))
    return parts == other or (len(parts) > 1 and other <= parts) \
        or (len(other) > 1 and parts <= other)


def _family_name(name: str) -> str:
    """A full name's family name, folded: its last word, or its first for a Vietnamese name
    written family name first (\"Tran Thi Hoa\": \"tran\", the mother of Minh Anh Tran)."""
    words = fold(name).split()
    if people_names.vietnamese_family_first(words):
        return words[0]
    return words[-1] if words else ""


@functools.lru_cache(maxsize=4096)
def _given_gender(name: str) -> str | None:
    """The gender a full name's first word tells, if it is a known given name; a compound
    given name no list holds takes its first part's (« Marie-Thérèse », « Jean-Marie »)."""
    first = fold(name).split()[:1]
    if not first:
        return None
    found = _GIVEN_NAMES.get(first[0])
    if found is None and "-" in first[0]:
        found = _GIVEN_NAMES.get(first[0].split("-")[0])
    return found

_LEXICONS: dict[str, _Lexicon] = {
    "en": _lexicon(quotes_en),
    "fr": _lexicon(quotes_fr, inverted=quotes_fr.INVERTED_PRONOUNS,
                   impersonal=quotes_fr.IMPERSONAL_AFTER_IL, aux=quotes_fr.AUXILIARIES),
}

# --------------------------------------------------------------------------- text patterns

_MARK_RE = re.compile("[\"“”„«»‘’']")
_DOUBLE_RE = re.compile("[\"“”„«»]")
_SINGLES = frozenset("‘’'")
_FAMILY = {"«": "g", "»": "g", "“": "c", "”": "c", "„": "c", '"': "s"}
_MARKS = frozenset("\"“”„«»‘’'")
_OPEN_BEFORE = frozenset("([{—–-/\u2010\u2011") | _MARKS
_CLOSE_AFTER = frozenset(".,;:!?)]}…—–-") | _MARKS
_KEEP_IN_MASK = frozenset(".!?…,;:")
_INNER_CLOSE = "'’”»\""  # marks that may close a quotation inside another one
_TERMINAL = frozenset(".!?…")
_TOKEN_RE = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")


def _tidy_label(label: str | None, lex: _Lexicon) -> str | None:
    """A speaker's label as the noun phrase it is, for the quote index: cut before the verb
    of a clause that the phrase's rule ran into (« L'assureur a », « Le ministère de la
    Justice n'a pas souhaité », "the company said a routine change…") — not inside a
    relative clause ("an official who was in the room") — and without the function words
    left at its end (« un administrateur qui », « Le dernier d' », "… pence per"). The
    label stays whole when nothing would be left."""
    if not label:
        return label
    toks = list(_TOKEN_RE.finditer(label))
    auxiliaries = lex.past_auxiliaries | lex.passive_auxiliaries
    lows = [t.group() if t.group().islower() else "" for t in toks]  # (not "Golden State")
    end = len(toks)
    for n in range(1, len(toks)):
        low, nxt = lows[n], lows[n + 1] if n + 1 < len(toks) else ""
        if low in lex.relatives or low in lex.object_relatives:
            break
        if low in auxiliaries or low in lex.pronouns \
                or low in lex.speech and (nxt in lex.determiners or nxt in lex.pronouns) \
                or low in lex.skip and nxt in auxiliaries:  # (« … n'a pas souhaité »)
            # (a noun that is also a verb of speech stays: « le dernier titre », "a nurse's
            # note from", "following the talks")
            end = n
            break
    trailing = lex.np_stop | lex.complements | frozenset(lex.determiners) | lex.prepositions \
        | lex.article_prepositions | lex.relatives | lex.object_relatives | {"d", "l"}
    while end > 0 and toks[end - 1].group().lower() in trailing:
        end -= 1
    if end == 0:
        return label
    return label if end == len(toks) else label[:toks[end - 1].end()]
#: a quotation inside a quotation's words: “…”, "…", « … » (the outer marks are not in them)
#: The rules that read a speaker the text states (an attribution verb, a colon, an
#: interruption), not one inferred from the context.
_STATED_RULES = ("after:", "interruption", "introduction", "name-colon", "colon-", "answer")
#: Rules that found the speaker by a name written for them (not a description, a pronoun).
_NAMING_RULES = ("mention", "apposition", "name-in-phrase", "group")
_CLOSING = " .»\"”’'\u00a0\u202f"  # what may follow a quotation's last word
#: A place after a name ("Janet Whitcomb of Pennsylvania"), between it and the next of a list.
_PLACE_TAIL_RE = re.compile(r"\s+(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
#: A short bracket after a name, a party or a union (« Fabrice Hoffmann (CGT) et … »), at the
#: end of the text before a joiner, or at the start of the text after a name.
_BRACKETED_TAIL_RE = re.compile(r"\s*\([^()\n]{1,30}\)$")
_BRACKETED_HEAD_RE = re.compile(r"\s*\([^()\n]{1,30}\)(?=[\s,])")


def _ends_its_sentence(masked: str, start: int) -> bool:
    """Whether the quotation closing right before ``start`` ends its sentence: a full stop,
    a question or exclamation mark or an ellipsis before its closing marks."""
    return masked[:start].rstrip().rstrip("\"”»’' \u00a0\u202f")[-1:] in (".", "!", "?", "…")


#: A joiner, then a role in apposition before a name: "…, and the mayor, [Eric Adams]",
#: « …, et le préfet, [Laurent Nuñez] » (``_Annotator.joint``).
_JOINED_ROLE_RE = re.compile(r"(?:^|[\s,])(?P<joiner>and|et|&)\s+(?P<role>[^,.;:!?«»\"“”]{2,40}),$",
                             re.IGNORECASE)
#: The same read forwards: "and the mayor, " before the name (``_Annotator.joint``).
_ROLE_THEN_NAME_RE = re.compile(r"(?P<joiner>and|et|&)\s+(?P<role>[^,.;:!?«»\"“”]{2,40}),\s*",
                                re.IGNORECASE)
_PLACE_HEAD_RE = re.compile(r"\s+(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                            r"(?=\s+(?:and|&)\s)")
_DIALOGUE_DASHES = "—–"  # a dialogue's turn opens its paragraph with one
_SPACES = " \t\u00a0\u202f"  # the blanks French typography puts before « ? », « ! », « : »
#: A quotation inside a quotation: double marks, guillemets, or single marks ("…, he said to
#: me, 'You'll bring it home, Conor.'"), where an apostrophe between two letters ("You'll")
#: neither opens nor closes one.
_NESTED_RE = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»"
                        r"|(?<!\w)['‘](?=\w)(?:[^'‘’]|(?<=\w)['’](?=\w))*?(?<=[\w.,!?])['’](?!\w)")
_TOKEN_SPLIT_RE = re.compile(r"([^\W_]+(?:[-\u2010\u2011][^\W_]+)*)")
_ALNUM_RE = re.compile(r"[^\W_]")
_INVERTED_RE = re.compile(r"^(?P<verb>[^\W_]+(?:-[^\W_]+)*?)(?:-t)?-(?P<pro>[^\W_]+)$")
_DOTTED_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_SENTENCE_END_RE = re.compile(r"[.!?…]+(?:\s?»)?[\"”»’')\]]*\s+")
_SPACE_RE = re.compile(r"\s+")
#: How many sentences back in its paragraph a quotation's topic or the description before it
#: is sought: a paragraph pasted with hundreds of quotations stays linear (a fuzzing helper's
#: 1,000 « Oui », dit-elle. took 17 s), real paragraphs hold far fewer.
_SENTENCES_BACK = 40
_ASIDE_MARKS = frozenset({",", "—", "–", "(", ")", "),", ", (", "-"})
def _after_lowercase(text: str, pos: int) -> bool:
    """The word before ``pos`` is written in lowercase: a letter and a full stop after it end
    a sentence (« a-t-elle écrit sur X. Selon… », "plan B. Then"), where after a capitalised
    word they are an initial (« Mehdi K. », "Harry S. Truman")."""
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 40), pos)
    return m is not None and m.group(1)[:1].islower()


#: Words in quotation marks (masked) that end an aside right before its comma.
_QUOTED_BEFORE_COMMA_RE = re.compile(r"[«“\"‘']\s*[»”\"’']\s*,")


def _aside_mark(gap: str) -> str:
    """The punctuation between two words, where words in quotation marks (masked) end an
    aside right before its comma (« Le médecin, qui a signé une lettre intitulée « Nous ne
    pouvons plus soigner », ne soutient pas… »): that comma."""
    return "," if _QUOTED_BEFORE_COMMA_RE.fullmatch(gap) else gap


#: At most this many words in a fronted phrase before the subject ("Asked whether he had
#: caved, Keller…"): longer, the comma closes something else.
#: Words in quotation marks in a headline (an apostrophe in a word neither opens nor closes
#: them: « Nous ne partirons pas d'ici », "We're not going anywhere").
_HEADLINE_QUOTE_RE = re.compile(
    r"(?:[«“\"]|(?<!\w)['‘])\s*([^«»“”\"]{8,}?)\s*(?:[»”\"]|['’](?!\w))")
#: Reflexive pronouns before an auxiliary: « s'est dit » is no passive.
_REFLEXIVES = frozenset({"s", "se", "m", "me", "t", "te", "nous", "vous"})
@functools.lru_cache(maxsize=8192)
def _folded_name(name: str) -> str:
    return fold(name)


_GUESSES: dict[tuple[int, str], str | None | bool] = {}


def _guessed_person(lex: _Lexicon, word: str) -> str | None | bool:
    """The gender (or None) of a word no list holds that is a noun for a person by its
    ending (``PERSON_ENDINGS``: « traductrice », « syndicaliste »), else False."""
    key = (id(lex), word)
    found = _GUESSES.get(key)
    if found is None and key not in _GUESSES:
        found = False
        if word not in lex.not_persons and word not in lex.sources \
                and word not in lex.documents and word not in lex.determiners \
                and word not in lex.possessives and word not in lex.kin:
            for ending, gender in lex.person_endings:
                if word.endswith(ending) and len(word) > len(ending) + 2:
                    found = gender
                    break
        _GUESSES[key] = found
    return found


#: Marks inside quoted words that make them a sentence, not a name.
_CLAUSE_MARKS = re.compile(r"[,;:!?…]")

_FRONTED_MAX = 14
#: A quotation chain goes on across at most this many paragraph breaks when the paragraphs
#: between name nobody (``voice_continues``).
_VOICE_GAP = 2
#: How much of a mention's salience is left one paragraph later (the salience model).
_DECAY = 0.7
#: A capitalised title right before a name (« Me », « Dr », "Mr."), for role bindings.
_TITLE_TAIL_RE = re.compile(r"(?<!\S)([A-Z][a-z]{0,3})\.?\s+$")
#: A capitalised word of five letters or more right before a name, and the word before it:
#: a rank alone ("spokesman, Colonel "), not the last word of a longer title ("Prime Minister ").
_RANK_TAIL_RE = re.compile(r"(?:(\S*)\s+|^)([A-Z][a-z]{4,12})\s+\Z")
_NP_GAP_OK = frozenset(" \t\n\u00a0\u202f'’‘-")


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str


@dataclass
class _Piece:
    para: int
    start: int  # the quoted words, marks excluded
    end: int
    open_at: int | None  # index of the opening mark, None when continued without one
    close_at: int | None  # index of the closing mark, None when left open
    mask_lo: int = 0  # the characters blanked out when looking for attributions
    mask_hi: int = 0


@dataclass
class _Candidate:
    pieces: list[_Piece]
    rejected: str | None = None
    interruptions: list[tuple[int, int, int]] = field(default_factory=list)  # (para, start, end)
    turn: bool = False  # a dialogue's later turn (« — … »): another voice than the turn before


#: The rules that may name a speaker by a description of the person (« la septuagénaire »,
#: "the 34-year-old", or an epithet mention), not by a pronoun or a clause's subject
#: (``other_of_pair``, which also checks that no name or pronoun of theirs came with it).
_DESCRIBED_RULES = ("description", "age", "person-noun", "demonym", "mention")


@dataclass(frozen=True)
class _Who:
    ids: tuple[str, ...] = ()
    label: str | None = None
    rule: str = ""

    def with_rule(self, rule: str) -> _Who:
        return _Who(self.ids, self.label, rule)


# --------------------------------------------------------------------------- rule 1-2: marks


def _double_role(c: str, prev: str, nxt: str, inside: bool) -> str | None:
    """Whether a double mark opens or closes a quotation here ("open", "close" or None)."""
    spaced_before = prev.isspace() or prev in _OPEN_BEFORE
    spaced_after = nxt.isspace() or nxt in _CLOSE_AFTER
    if c in "«„":
        return "open"
    if c == "»":
        return "close"
    if c == "“":
        if spaced_before:
            return "open"
        if spaced_after:
            return "close"
        return "close" if inside else "open"
    if c == "”":
        if spaced_after and not spaced_before:
            return "close"
        if spaced_before and not spaced_after:
            return "open"
        return "close" if inside else None
    if spaced_before and not spaced_after:
        return "open"
    if spaced_after and not spaced_before:
        return "close"
    if inside:
        return "close"
    return None if nxt.isspace() else "open"


#: (opening mark or -1, closing mark or len(text), continues the previous paragraph, closed)
_Region = tuple[int, int, bool, bool]


def _regions(text: str, carry: bool, turn: bool = False) -> tuple[list[_Region], bool]:
    """The quoted regions of one paragraph, and whether a quotation is still open at its end."""
    n = len(text)
    regions: list[_Region] = []
    begin = 0
    stack: list[tuple[str, int]] = []
    continues = False
    if carry:
        lead = n - len(text.lstrip())
        after = text[lead + 1:].lstrip()[:1]
        if lead < n and (text[lead] in "“«\"„" or text[lead] == "»" and (
                after.isalnum() or after in "«“\"(…")):
            # (« » Ce qui a fait la différence… », a confié X »: a closing guillemet opening
            # the paragraph is the continuation mark some French and Quebec papers use)
            stack = [(_FAMILY[text[lead]], lead)]
            continues = True
            begin = lead + 1
        elif turn and lead < n and text[lead] in _DIALOGUE_DASHES:
            # « « Pourquoi ce couteau ? ¶ — Je ne sais pas. » »: a dialogue's next turn
            stack = [(_FAMILY["«"], lead)]
            continues = True
            begin = lead + 1
        else:
            first = _DOUBLE_RE.search(text)
            if first is not None:
                j = first.start()
                prev = text[j - 1] if j else " "
                if text[j] in "”»" or (text[j] in "“\"" and not prev.isspace()):
                    regions.append((-1, j, True, True))
                    begin = j + 1
    ignored: set[int] = set()
    while True:
        out = list(regions)
        stack_now = list(stack)
        cont_now = continues
        for m in _MARK_RE.finditer(text, begin):
            j = m.start()
            c = text[j]
            prev = text[j - 1] if j else " "
            nxt = text[j + 1] if j + 1 < n else " "
            if c in _SINGLES:
                if prev.isalnum() and nxt.isalnum():
                    continue  # an apostrophe
                if stack_now and stack_now[0][0] != "q":
                    continue  # nested in a double quotation
                if not stack_now:
                    if c != "’" and (prev.isspace() or prev in _OPEN_BEFORE) and nxt.isalpha() \
                            and j not in ignored:
                        stack_now.append(("q", j))
                elif c != "‘" and not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER):
                    out.append((stack_now[0][1], j, False, True))
                    stack_now = []
                continue
            if stack_now and stack_now[0][0] == "q":
                continue  # a double quotation nested in a single one
            family = _FAMILY[c]
            role = _double_role(c, prev, nxt, bool(stack_now))
            if not stack_now:
                if role == "open":
                    stack_now = [(family, j)]
                    cont_now = False
                continue
            if role == "open":
                if family == stack_now[-1][0] and len(stack_now) == 1:
                    # The same mark again: the previous quotation was left open.
                    out.append((stack_now[0][1], j, cont_now, False))
                    stack_now = [(family, j)]
                    cont_now = False
                else:
                    stack_now.append((family, j))
            elif role == "close":
                depth = max((k for k, (f, _) in enumerate(stack_now) if f == family),
                            default=len(stack_now) - 1)
                bottom = stack_now[0][1]
                del stack_now[depth:]
                if not stack_now:
                    out.append((bottom, j, cont_now, True))
                    cont_now = False
        if stack_now and stack_now[0][0] == "q":
            ignored.add(stack_now[0][1])  # an unclosed single mark: not a quotation mark
            continue
        if stack_now:
            out.append((stack_now[0][1], n, cont_now, False))
            return out, True
        return out, False


def _has_marks(text: str) -> bool:
    """The text holds a quotation mark, an apostrophe between letters aside (a quotation
    this module may not have found: 'It was … spanning paragraphs in single marks)."""
    return any(not (0 < m.start() < len(text) - 1 and text[m.start() - 1].isalnum()
                    and text[m.start() + 1].isalnum())
               for m in _MARK_RE.finditer(text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without surrounding spaces and a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


#: A French attribution inside the guillemets: « A, a-t-il dit. B », « A, explique-t-elle, B »,
#: « A, a poursuivi la ministre. B ». Checked word by word by :func:`_incises`.
_APPOSED_NAME_RE = re.compile(
    r"\s+(?:[^\W\d_a-zà-ÿ][\w'’\-]+\s+){1,3}[^\W\d_a-zà-ÿ][\w'’\-]+\s*[,.]")
# (the mark closing a clause is looked ahead, so that it may open the next one: « A, ce n'est
# pas B, a lancé X. C »)
_INCISE_RE = re.compile(r",\s+(?P<clause>[^\W\d_][^,.;:!?«»“”\"]{1,140}?)\s*(?=[,.;!?…]|$)")
#: The most words an attribution inside the guillemets may have: its speech verb and subject,
#: then where and when (« écrivaient les deux hommes dans une tribune publiée dimanche par
#: plusieurs quotidiens régionaux »: 13).
_INCISE_WORDS = 20


def _incises(text: str, start: int, end: int, lex: _Lexicon) -> list[tuple[int, int]]:
    """The attribution clauses inside the quoted words text[start:end] (French style)."""
    found: list[tuple[int, int]] = []
    for m in _INCISE_RE.finditer(text, start, end):
        close = m.end() + 1 if m.end() < end else m.end()  # past its closing mark
        words = [w.lower() for w in _TOKEN_RE.findall(m.group("clause"))]
        if not words or len(words) > _INCISE_WORDS:
            continue
        first = _INVERTED_RE.match(words[0])
        if first and first.group("pro") in lex.inverted:
            base = first.group("verb")
            # (« écrit-il dans sa chronique publiée lundi sur notre site »: an inverted
            # speech verb is an incise whatever the length of its complements)
            ok = text[close - 1] != "?" and (base in lex.speech or (
                base in lex.skip and len(words) > 1 and words[1] in lex.speech))
        else:
            # « a souligné jeudi le procureur … »: an auxiliary before the verb, skipped
            # words (a day, an adverb) before the subject
            k = 1 if words[0] in lex.skip and len(words) > 1 else 0
            raw = m.group("clause").split()
            j = k + 1
            while j < len(words) - 1 and j < len(raw) - 1 and j - k <= 2 \
                    and words[j] in lex.skip and words[j] not in lex.determiners:
                j += 1
            # « explique son président, X. »: a possessive opens the subject too
            ok = words[k] in lex.speech and (k > 0 or words[k] not in lex.speech_infinitives) \
                and len(words) > j and len(raw) > j and (
                words[j] in lex.determiners or raw[j][:1].isupper()
                or (words[j] in lex.possessives and len(words) <= 4
                    and (text[close - 1] == ","
                         # « …, souffle sa mère. Moi, … »: a relative ends the incise too
                         or (len(words) == j + 2 and words[j + 1] in lex.kin)))) \
                and (len(words) <= 8 or words[j] in lex.determiners)
        if ok:
            stop = close
            if text[close - 1] == ",":
                # « …, a souligné le procureur de Verlonges, Bertrand Achard, lors… »: the
                # subject's name in apposition belongs to the attribution
                name = _APPOSED_NAME_RE.match(text, close, end)
                if name is not None:
                    stop = name.end()
            found.append((m.start(), stop))
    return found


def _dialogue_turns(cand: _Candidate, texts: list[str]) -> list[_Candidate]:
    """A quotation over several paragraphs whose later paragraphs open with a dialogue dash
    (« « Pourquoi ce couteau ? ¶ — Je ne sais pas. ¶ — Il partait. » »): one quotation per
    turn, each its own speaker's."""
    def turn(pc: _Piece) -> bool:
        return pc.open_at is not None and texts[pc.para][pc.open_at] in _DIALOGUE_DASHES

    if len(cand.pieces) < 2 or not any(turn(pc) for pc in cand.pieces[1:]):
        return [cand]
    turns: list[_Candidate] = [_Candidate([cand.pieces[0]])]
    for piece in cand.pieces[1:]:
        if turn(piece):
            turns.append(_Candidate([piece], turn=True))
        else:
            turns[-1].pieces.append(piece)
    return turns


def _dialogue_turn(texts: list[str], pi: int, open_piece: _Piece) -> bool:
    """Paragraph pi, after a guillemet left open, is a dialogue's next turn: it opens with a
    dash and a capital, the quotation before did not end with a colon (« Nous demandons :
    ¶ — la hausse… » is a list), and a closing guillemet ends this run of dashed paragraphs
    (not "— Reporting by …", a credit line after a quotation left open)."""
    opened = texts[open_piece.para][open_piece.open_at] if open_piece.open_at is not None \
        else "«"
    if opened != "«" and texts[open_piece.para][open_piece.open_at or 0] not in _DIALOGUE_DASHES:
        return False
    head = texts[pi].lstrip()
    if head[:1] not in _DIALOGUE_DASHES or not head[1:].lstrip()[:1].isupper() \
            or texts[open_piece.para][open_piece.start:open_piece.end].rstrip().endswith(":"):
        return False
    for text in texts[pi:]:
        if "»" in text:
            return True
        if text.lstrip()[:1] not in _DIALOGUE_DASHES:
            return False
    return False


def _find_candidates(texts: list[str], lex: _Lexicon,
                     split_incises: bool) -> list[_Candidate]:
    candidates: list[_Candidate] = []
    carry = False
    open_piece: _Piece | None = None
    for pi, text in enumerate(texts):
        regions, carry_next = _regions(text, carry, carry and open_piece is not None
                                       and _dialogue_turn(texts, pi, open_piece))
        for open_at, close_at, continues, closed in regions:
            start, end = _trim(text, open_at + 1, close_at)
            if not _ALNUM_RE.search(text, start, end):
                continue
            cuts = _incises(text, start, end, lex) if split_incises else []
            bounds = [open_at + 1, *(x for cut in cuts for x in cut), close_at]
            pieces: list[_Piece] = []
            for n in range(0, len(bounds), 2):
                lo, hi = bounds[n], bounds[n + 1]
                a, b = _trim(text, lo, hi)
                if not _ALNUM_RE.search(text, a, b):
                    continue
                pieces.append(_Piece(
                    pi, a, b,
                    open_at if open_at >= 0 and n == 0 else None,
                    close_at if closed and n == len(bounds) - 2 else None,
                    lo, hi,
                ))
            if not pieces:
                continue
            if continues and open_piece is not None and candidates \
                    and candidates[-1].pieces[-1] is open_piece:
                cand = candidates[-1]
                cand.pieces.extend(pieces)
            else:
                cand = _Candidate(pieces)
                candidates.append(cand)
            cand.interruptions.extend((pi, lo, hi) for lo, hi in cuts)
        last = candidates[-1].pieces[-1] if candidates else None
        open_piece = last if carry_next and last is not None and last.para == pi \
            and last.close_at is None else None
        carry = carry_next and open_piece is not None
    return candidates


# --------------------------------------------------------------------------- paragraphs


class _Para:
    """One paragraph with its quotations blanked out, tokens, sentences and mentions."""

    def __init__(self, index: int, pid: str, text: str, pieces: list[_Piece],
                 mentions: list[Mention], lex: _Lexicon) -> None:
        self.index = index
        self.pid = pid
        self.text = text
        self.lex = lex
        self.quoted: list[tuple[int, int]] = sorted((pc.mask_lo, pc.mask_hi) for pc in pieces)
        self.kept: list[int] = []  # where the quotations kept by rule 3 start, in order
        out: list[str] = []
        pos = 0
        for lo, hi in self.quoted:
            last = hi - 1
            while last >= lo and text[last].isspace():
                last -= 1
            out.append(text[pos:lo])
            if last >= lo and text[last] in _KEEP_IN_MASK:
                out.append(" " * (last - lo) + text[last] + " " * (hi - last - 1))
            else:
                out.append(" " * (hi - lo))
            pos = hi
        out.append(text[pos:])
        self.masked = "".join(out)
        self.ends: dict[int, Mention] = {}
        self.starts: dict[int, Mention] = {}
        self.inside: list[Mention] = []  # the mentions inside the quotations
        for m in mentions:
            if self.in_quote(m.span.start):
                self.inside.append(m)
                continue
            old = self.ends.get(m.span.end)
            if old is None or m.span.start < old.span.start:
                self.ends[m.span.end] = m
            old = self.starts.get(m.span.start)
            if old is None or m.span.end > old.span.end:
                self.starts[m.span.start] = m

    @cached_property
    def toks(self) -> list[_Tok]:
        parts = _TOKEN_SPLIT_RE.split(self.masked)
        offsets = list(accumulate(map(len, parts)))
        words = parts[1::2]
        # tuple.__new__ through map builds the tokens without a Python call for each one
        return list(map(tuple.__new__, repeat(_Tok),
                        zip(offsets[0::2], offsets[1::2], words, map(str.lower, words))))

    @cached_property
    def lowered(self) -> str:
        """The masked text in lowercase, with the same offsets ("İ" grows when lowercased)."""
        low = self.masked.lower()
        if len(low) != len(self.masked):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.masked)
        return low

    @cached_property
    def capitals(self) -> tuple[str, tuple[tuple[_Tok, str], ...]]:
        """The lowered text folded, and the capitalised words outside quotations that are no
        mention, folded (``_Annotator.native_of``, once a paragraph)."""
        return fold(self.lowered), tuple(
            (t, fold(t.low)) for t in self.toks
            if t.text[:1].isupper() and t.start not in self.starts and not self.in_quote(t.start))

    @cached_property
    def tok_starts(self) -> list[int]:
        return [t.start for t in self.toks]

    @cached_property
    def tok_ends(self) -> list[int]:
        return [t.end for t in self.toks]

    @cached_property
    def sentences(self) -> list[int]:
        return self._sentence_starts(self.lex)

    def _sentence_starts(self, lex: _Lexicon) -> list[int]:
        starts = [0]
        text = self.masked
        for m in _SENTENCE_END_RE.finditer(text):
            nxt = m.end()
            if nxt >= len(text):
                break
            follower = text[nxt:nxt + 3].lstrip("\"“«„‘'( ")
            if text[nxt] not in "\"“«„‘" and not (
                    follower and (follower[0].isupper() or follower[0].isdigit())):
                continue
            if text[m.start()] == "." and m.group().count(".") == 1:
                word_start = m.start()
                while word_start > 0 and (text[word_start - 1].isalnum()
                                          or text[word_start - 1] == "."):
                    word_start -= 1
                word = text[word_start:m.start()].lower()
                if word in lex.abbreviations or (len(word) == 1 and word.isalpha()
                                                 and not _after_lowercase(text, word_start)) \
                        or _DOTTED_INITIALS_RE.fullmatch(word):
                    continue  # (nor "U.S.", "D-N.M.": letters and full stops)
            starts.append(nxt)
        return starts

    def in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quoted, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def sentence(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sentences, pos) - 1
        end = self.sentences[k + 1] if k + 1 < len(self.sentences) else len(self.text)
        return self.sentences[max(k, 0)], end

    def last_sentence(self) -> tuple[int, int] | None:
        """Where the paragraph's last sentence starts and where its text ends (trailing
        blanks left out); None for a paragraph of blanks."""
        end = len(self.masked.rstrip())
        return (self.sentence(end - 1)[0], end) if end else None

    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [a, b) of the tokens inside [start, end)."""
        a = bisect.bisect_left(self.tok_starts, start)
        b = bisect.bisect_right(self.tok_ends, end)
        return a, max(a, b)

    @cached_property
    def edges(self) -> list[int]:
        """Where each token starts, then the paragraph's end: token b of ``gap``, ``clean``
        and ``tight`` may be ``len(toks)``, as a mention may end past the last token ("Robert
        Downey Jr.", an alias ending in a full stop)."""
        return [*self.tok_starts, len(self.masked)]

    def gap(self, a: int, b: int) -> str:
        """The characters between tokens a and b, without spaces."""
        return self.masked[self.tok_ends[a]:self.edges[b]].strip()

    def clean(self, a: int, b: int) -> bool:
        """True when no punctuation stands between tokens a and b (words may)."""
        return not any(not ch.isalnum() and ch not in _NP_GAP_OK
                       for ch in self.masked[self.tok_ends[a]:self.edges[b]])

    def tight(self, a: int, b: int) -> bool:
        """True when nothing but spaces, apostrophes and hyphens separates tokens a and b."""
        return all(ch in _NP_GAP_OK for ch in self.masked[self.tok_ends[a]:self.edges[b]])


# --------------------------------------------------------------------------- the annotator


class _Annotator:
    """The rules applied to one article: candidates (rules 1-3), merging (4), speakers (5)."""

    def __init__(self, article: Article, mentions: list[Mention],
                 people: dict[str, Person]) -> None:
        self.article = article
        self.people = people
        #: people of history named by one word (« Clovis »): never a description's referent
        #: (only the article's own people are looked at: the registry may hold thousands)
        self.historical = frozenset(
            m.person for m in mentions if m.person in people and " " not in m.text.strip()
            and _folded_name(people[m.person].name) in people_names.FAMOUS_SINGLE_NAMES)
        texts = [p.text for p in article.paragraphs]
        self.lex = _LEXICONS.get(article.lang, _LEXICONS["en"])
        self.candidates = [part for cand in _find_candidates(texts, self.lex,
                                                             bool(self.lex.inverted))
                           for part in _dialogue_turns(cand, texts)]
        by_para: dict[int, list[_Piece]] = {}
        for cand in self.candidates:
            for piece in cand.pieces:
                by_para.setdefault(piece.para, []).append(piece)
        index = {p.id: i for i, p in enumerate(article.paragraphs)}
        mentions_by_para: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.span.article == article.id and m.span.paragraph in index:
                mentions_by_para.setdefault(index[m.span.paragraph], []).append(m)
        self.paras = [
            _Para(i, p.id, p.text, by_para.get(i, []), mentions_by_para.get(i, []), self.lex)
            for i, p in enumerate(article.paragraphs)
        ]
        #: role noun -> (paragraph, offset, person id, complement) where the article tied
        #: the noun to a name: "la maire, Anne Dupuis,", "Judge Amara Singh", "X, a biologist"
        #: (former is None when the role may be held now or in the past: « X a entraîné »)
        self.bindings: dict[str, list[tuple[int, int, str, str | None, bool | None]]] = {}
        self.roles: dict[str, set[str]] = {}  # person id -> the role nouns tied to them
        #: person id -> (paragraph, offset, age) where an apposition gave their age: "Debbie
        #: Ostrander, 68,", "Kalpana Sethi (38)", « Paulette Vidal, 91 ans, »
        self.ages: dict[str, tuple[int, int, int]] = {}
        #: a description that named a speaker (« confie l'animateur », resolved to a person):
        #: its noun -> {(paragraph, position): person id}
        self.described_speakers: dict[str, dict[tuple[int, int], str]] = {}
        #: person id -> the capitalised words written before their role noun ("Tipp manager
        #: Declan Fogarty": "tipp"), folded to lower case
        self.qualifiers: dict[str, set[str]] = {}
        self.capitalised_words: dict[str, bool] = {}  # capitalised_within, once per word
        self.bracketed_ages: set[str] = set()  # ages written "(38)": never a reason to exclude
        #: relation word -> (paragraph, offset, person id) where a possessed relation was
        #: written with a name: « son frère aîné, Julien X, » makes « son aîné » Julien
        self.relations: dict[str, list[tuple[int, int, str]]] = {}
        #: (paragraph, possessive token, relation word, person) of « son fils Bastien »: the
        #: possessor holds the inverse relation (``relate_possessors``)
        self.possessive_ties: list[tuple[int, int, str, str]] = []
        #: relation word -> (paragraph, offset, person id) of the possessor of such a tie
        #: (« Son fils Bastien »: « père » -> the possessor), for « le père » alone
        self.inverse_relations: dict[str, list[tuple[int, int, str]]] = {}
        #: (person id, kin word) -> the relative a possessive tie names (« Son mari, Romain »
        #: after Aurélie X: (Aurélie, « mari ») -> Romain, (Romain, « épouse ») -> Aurélie)
        self.kin_pairs: dict[tuple[str, str], str] = {}
        self.bind_roles()
        self.bind_headline()
        self.add_descriptions()
        self.ordered: list[tuple[int, int, Mention]] = sorted(
            ((p.index, m.span.start, m) for p in self.paras for m in p.starts.values()),
            key=lambda x: (x[0], x[1]),
        )
        self.order_keys = [(i, s) for i, s, _ in self.ordered]
        self.rank_mentions()
        self.genders: dict[str, str | None] = {}
        self.last: tuple[int, _Who] | None = None  # the previous quotation's paragraph, speaker
        self.last_end: tuple[int, int] | None = None  # where the previous quotation ends
        self.last_cand: _Candidate | None = None  # the previous quotation with a speaker
        self.addressees: dict[int, str | None] = {}  # addressee() by candidate, once
        self.current: _Candidate | None = None  # the quotation whose speaker is sought
        self.inside_cache: frozenset[str] | None = None  # its named_inside(), once computed
        self.seeking_kin = False  # possessed_kin is resolving a possessor
        #: every quotation's paragraph and speakers so far, in reading order
        self.voices: list[tuple[int, tuple[str, ...]]] = []
        self.voice_asked: list[bool] = []  # each of ``voices`` put a question
        #: the headline's quoted words, and the one person it names (headline_speaker)
        self.headline_quotes: tuple[list[str], str | None] | None = None
        #: « Surnommé « le Forgeron », X dirige … », « X, surnommé « le Chat », … »: the
        #: nickname (flat, with no article) and the person it names
        self.nicknames: dict[str, str] = self.find_nicknames()
        self.relate_possessors()
        self.inside_cache = None  # (the possessors were sought with no quotation current)

    # ---------------------------------------------------------------- role nouns

    def bind(self, p: _Para, noun: str, m: Mention, complement: str | None,
             former: bool | None = False) -> None:
        if noun in self.lex.kin:
            return  # "Falk's mother", "a source": not a title of the person
        for word in (noun, *self.lex.role_synonyms.get(noun, ())):
            # « l'entraîneur X » is also « le coach », « le technicien »
            self.bindings.setdefault(word, []).append(
                (p.index, m.span.start, m.person, complement, former))
            self.roles.setdefault(m.person, set()).add(word)

    def role_before_complement(self, p: _Para, k: int) -> int | None:
        """The token of a role noun before a complement of one lowercase word, itself right
        before the name at token k: « l'historienne *de l'art* Agnès Lamarque »."""
        q = k - 1
        if q < 2 or not p.toks[q].text.islower() or p.toks[q].low in self.lex.persons \
                or not p.tight(q - 1, q):
            return None
        q -= 1
        if p.toks[q].low in self.lex.determiners and p.toks[q].low not in self.lex.complements:
            q -= 1  # (« de *l'*art »)
        if q < 1 or p.toks[q].low not in self.lex.complements or not p.tight(q, q + 1) \
                or not p.tight(q - 1, q):
            return None
        noun = p.toks[q - 1].low
        # (not « l'homme d'affaires X »: a compound of a noun that fits anybody)
        return q - 1 if noun in self.lex.persons and noun not in self.lex.generic \
            and noun not in self.lex.kin else None

    def office_rank(self, p: _Para, q: int, r: int) -> str | None:
        """« le *premier* ministre », "the *prime* minister", "the vice president": a word
        before the role noun at token r that makes it another office, as the complement a
        binding keeps ("#premier"), so that « le ministre » never takes up the prime minister."""
        rank = next((t.low for t in p.toks[q:r] if t.low in self.lex.office_ranks), None)
        return "#" + rank if rank is not None else None

    @staticmethod
    def bracketed_acronym(p: _Para, i: int) -> bool:
        """Token i is an acronym alone in brackets, a party's after a title: « le maire (PS)
        de Pavillons », "the senator (D) from Ohio"."""
        tok = p.toks[i]
        return 0 < i < len(p.toks) - 1 and len(tok.text) <= 6 and tok.text[:1].isupper() \
            and sum(c.isupper() for c in tok.text) >= 1 + (len(tok.text) > 1) \
            and p.gap(i - 1, i) == "(" and p.gap(i, i + 1) == ")"

    def complement_at(self, p: _Para, q: int, b: int) -> str | None:
        """The first word of the complement opened at token q ("du *Travail*"), if any."""
        tok = self.complement_tok(p, q, b)
        return tok.low if tok is not None else None

    def complement_tok(self, p: _Para, q: int, b: int) -> _Tok | None:
        """The first token of the complement opened at token q ("du *Travail*"), if any."""
        if q < b and self.bracketed_acronym(p, q):
            q += 1  # « le maire (PS) de Pavillons »
        if q < b and p.toks[q].low in self.lex.complements:
            q += 1
            while q < b and p.toks[q].low in self.lex.determiners:
                q += 1
            return p.toks[q] if q < b else None
        return None

    def role_head(self, p: _Para, a: int, b: int) -> tuple[str, str | None, bool] | None:
        """The role noun of the phrase in tokens [a, b) opened by a determiner or a role
        noun ("la maire", "a marine ecologist", "conseiller départemental"), and its
        complement's first word."""
        q = a + 1 if (p.toks[a].low in self.lex.determiners
                      or p.toks[a].low in self.lex.possessives
                      # "Holt's probation officer, Lorraine Fitch,"
                      or (p.toks[a].low == "s" and a >= 1
                          and p.gap(a - 1, a) in ("'", "’"))) else a
        for r in range(q, min(b, q + 3)):
            low = p.toks[r].low
            if low in self.lex.persons or (p.toks[r].text.islower()
                                           and _guessed_person(self.lex, low) is not False):
                # (a noun for a person by its ending: « X, spécialiste du haut Moyen Âge »)
                former = any(t.low in self.lex.former for t in p.toks[q:r])
                if r + 1 < min(b, q + 3) and p.tight(r, r + 1) \
                        and p.toks[r + 1].low in self.lex.persons \
                        and self.article.lang == "en":
                    # "chief economist", "union leader": the head is the last noun (French
                    # puts it first: « directeur sportif », « médecin légiste »)
                    r += 1
                    low = p.toks[r].low
                rank = self.office_rank(p, q, r)
                return low, rank or self.complement_at(p, r + 1, b), former
            if low in self.lex.complements:
                return None
            if not p.toks[r].text[:1].islower() and low in self.lex.persons \
                    and r == q and p.toks[a].low in self.lex.determiners:
                # a title written with a capital: « X, la Contrôleure générale des lieux… »
                return low, self.complement_at(p, r + 1, b), \
                    any(t.low in self.lex.former for t in p.toks[q:r])
            if not p.toks[r].text[:1].islower() and not (
                    r + 1 < min(b, q + 3) and p.tight(r, r + 1)
                    and p.toks[r + 1].low in self.lex.persons):
                # ("an Illinois Democrat", "the Welsh director": a capitalised word before
                # the person noun)
                return None
        return None

    def bind_acronyms(self, p: _Para, m: Mention, before: list[str], e0: int) -> None:
        """A title written in full right before a name or in apposition after it ties its
        acronym to the name: "Chief Financial Officer Natalie Brosseau" … "the CFO"."""
        after: list[str] = []
        if p.masked[e0:e0 + 1] == ",":
            after = _TOKEN_RE.findall(p.lowered[e0:e0 + 60])
            while after and after[0] in self.lex.determiners:
                after = after[1:]
        apposed: list[str] = []  # « Le directeur général du club, X »: the phrase before
        lead = p.masked[max(0, m.span.start - 64):m.span.start].rstrip()
        if lead.endswith(","):
            comma = m.span.start - 64 + len(lead) - 1 if m.span.start >= 64 else len(lead) - 1
            apposed = _TOKEN_RE.findall(p.lowered[max(0, comma - 60):comma])
        # (a word compared first: each test below holds only when ``before`` ends with the
        # acronym's last word, ``after`` opens with its first, or ``apposed`` holds its first
        # past its own first word; most mentions have none of them)
        last = before[-1] if before else None
        first = after[0] if after else None
        inner = set(apposed[1:])
        for acronym, words in self.lex.role_acronyms.items():
            if words and words[-1] != last and words[0] != first and words[0] not in inner:
                continue
            n = len(words)
            if tuple(before[-n:]) == words or tuple(after[:n]) == words or any(
                    tuple(apposed[i:i + n]) == words and apposed[i - 1] in self.lex.determiners
                    for i in range(1, len(apposed) - n + 1)):
                self.bind(p, acronym, m, None)

    def bind_headline(self) -> None:
        """A person noun in a headline that names one person only is that person's epithet:
        « Léo Castaldi au Zénith, le triomphe d'un chanteur de quartier » makes « le
        chanteur » of the body Léo Castaldi, as a reader takes it (not an office: « le
        maire » is whoever the body ties it to)."""
        title = self.article.title.lower()
        nouns = [w for w in _TOKEN_RE.findall(title)
                 if w in self.lex.persons and w not in self.lex.offices]
        if not nouns:
            return
        named: dict[str, tuple[_Para, Mention]] = {}
        for p in self.paras:
            for m in p.starts.values():
                if m.kind != "pronoun" and " " in m.text.strip() and m.person not in named \
                        and m.text.lower() in title:
                    named[m.person] = (p, m)
        if len(named) != 1:
            return
        pid, (p, m) = next(iter(named.items()))
        indefinite = [w for w, (_g, definite) in self.lex.determiners.items()
                      if not definite and w.isalpha()]
        brought = re.compile(rf"(?<![^\W_])(?:{'|'.join(indefinite)})\s+(?:[^\W_]+\s+)?"
                             rf"(?:{'|'.join(map(re.escape, nouns))})(?![^\W_])")
        found = {m.group().rsplit(maxsplit=1)[-1] for q in self.paras
                 for m in brought.finditer(q.lowered)}
        nouns = [n for n in nouns if n not in found]
        # (« Un agriculteur tué : X mis en examen » and « un agriculteur de 54 ans » in the
        # body: somebody else, brought in there)
        person = self.people.get(pid)
        gender = (person.gender or _given_gender(person.name)) if person is not None else None
        for noun in nouns:
            if gender is not None and self.lex.persons[noun] in (None, gender):
                self.bind(p, noun, m, None)

    def bind_roles(self) -> None:
        """Tie role nouns to the names they were written with."""
        lex = self.lex
        persons = lex.persons
        role_verbs = lex.role_forms
        for p in self.paras:
            # one search per paragraph: most have no verb naming a role
            for m in sorted(p.starts.values(), key=lambda x: x.span.start):
                # cheap tests first: most mentions stand with no role noun around them
                s0, e0 = m.span.start, m.span.end
                for word in m.text.lower().split():  # "Governor Vasquez" (an alias)
                    if word in persons:
                        self.bind(p, word, m, None)
                lead = s0  # past a title the people stage left out: « …, Me Léa Olivo, »
                title = _TITLE_TAIL_RE.search(p.masked[max(0, s0 - 12):s0])
                if title is not None and (title.group(1).lower() in lex.abbreviations
                                          or title.group(1).lower() in lex.honorifics):
                    lead = max(0, s0 - 12) + title.start(1)
                    abbreviated = lex.role_abbreviations.get(title.group(1).lower())
                    if abbreviated is not None and m.kind != "pronoun":
                        # "Sen. Elena Brandt" … "the senator", « Me X » … « l'avocat »
                        self.bind(p, abbreviated, m, None)
                        for form in (abbreviated + "e", abbreviated + "s"):
                            if form in persons:  # (« l'avocate », the plural too)
                                self.bind(p, form, m, None)
                elif m.kind != "pronoun" and p.masked[e0:e0 + 1] == "," \
                        and (ranked := _RANK_TAIL_RE.search(
                            p.masked, max(0, s0 - 40), s0)) is not None \
                        and ranked.group(2).lower() in persons \
                        and not (ranked.group(1) or "")[:1].isupper():
                    # "Its spokesman, Colonel Ibrahim Adam Tiyo, said": a rank written as a
                    # title is the person's role, and the phrase before it their apposition
                    # (closed by a comma after the name: not "After meeting the spokesman,
                    # Colonel X told reporters")
                    lead = ranked.start(2)
                    self.bind(p, ranked.group(2).lower(), m, None)
                before = _TOKEN_RE.findall(p.lowered[max(0, lead - 48):lead])
                head = p.masked[max(0, lead - 4):lead].rstrip()
                tight = head[-1:].isalnum() or head[-1:] in ("'", "’", "-")
                role_before = tight and any(w in persons for w in before[-4:])
                if tight and not role_before and len(before) >= 2 and m.kind != "pronoun" \
                        and self.unknown_role(before[-2], before[-1]) \
                        and self.written_lower_or_demonym(
                            p.text[max(0, lead - 48):lead].rstrip(), before[-1]):
                    # « La skippeuse Claire Morel » … « la skippeuse »: a noun the lexicon
                    # does not know, written between an article and the name, is their role
                    # (« la Japonaise Haruka Nishimura » … « la Japonaise »: a demonym too)
                    self.bind(p, before[-1], m, None)
                if tight and not role_before and before and m.kind != "pronoun" \
                        and before[-1] in lex.demonym_words \
                        and (len(before) < 2 or before[-2] not in lex.determiners):
                    written = p.text[max(0, lead - 48):lead].rstrip()
                    if written[-len(before[-1]):][:1].isupper():
                        # "Texan Cody Barnes beat …" … "the Texan said": a demonym written as
                        # a title is the person's (« le Danois X » is bound as a role above)
                        self.bind(p, before[-1], m, None)
                if m.kind != "pronoun":
                    self.bind_acronyms(p, m, before if tight else [], e0)
                comma_before = head.endswith(",") and any(
                    # (a long title: « Le ministre de l'Europe et des affaires étrangères, X, »)
                    w in persons for w in _TOKEN_RE.findall(p.lowered[max(0, lead - 80):lead]))
                comma_after = p.masked[e0:e0 + 1] == "," and any(
                    w in persons or _guessed_person(lex, w) is not False
                    for w in _TOKEN_RE.findall(p.lowered[e0:e0 + 40])[:4])
                # (a noun for a person by its ending too: « X, fondeur depuis 1989, »)
                if role_verbs and m.kind != "pronoun" and (
                        (before and before[-1] in lex.agents
                         and not role_verbs.isdisjoint(before[-9:-1]))
                        or not role_verbs.isdisjoint(  # (« X, qui dirige », "X, who chairs")
                            p.lowered[e0:e0 + 40].replace(",", " ").split()[:5])):
                    # (plain string work: most paragraphs with a name are never tokenised)
                    self.bind_by_verb(p, m)
                if m.kind != "pronoun" and p.lowered[e0:e0 + 1] == " ":
                    after = p.lowered[e0 + 1:e0 + 60].split(maxsplit=4)
                    if after and after[0] in lex.copulas \
                            and not persons.keys().isdisjoint(after[1:4]):
                        self.bind_predicate(p, m)
                if head.endswith(",") and m.kind != "pronoun":
                    self.relate(p, m)
                elif m.kind != "pronoun" and before and before[-1] in lex.inverse_kin:
                    self.relate_unmarked(p, m)
                if p.masked[e0:e0 + 1] == "," and m.kind != "pronoun":
                    self.relate_after(p, m)
                    self.relate_parent(p, m)
                if p.masked[e0:e0 + 1] in (",", " ") and m.kind != "pronoun":
                    # « Paulette Vidal, 91 ans, » is « la nonagénaire » of the article; "Kalpana
                    # Sethi (38)" is "the 38-year-old"
                    given = _APPOSED_AGE_RE.match(p.masked, e0)
                    if given is not None:
                        age = int(given.group(1) or given.group(2))
                        self.ages.setdefault(m.person, (p.index, m.span.start, age))
                        if given.group(2):  # "Joe Root (68)" may be a score: no exclusion
                            self.bracketed_ages.add(m.person)
                        if lex.age_nouns:
                            self.bind_age(p, m, age)
                if not (role_before or comma_before or comma_after):
                    continue
                k, _end = p.tok_range(lead, e0)
                if role_before:  # "l'entraîneur Karim Sadi", "Chief engineer Tobias Wren"
                    q = k - 1
                    nouns: list[str] = []
                    capitalised: list[str] = []  # "Tipp" in "Tipp manager Declan Fogarty"
                    rank_word: str | None = None
                    former = False
                    while q >= 0 and k - q <= 4 and p.tight(q, q + 1):
                        low = p.toks[q].low
                        if low in lex.determiners or low in lex.possessives \
                                or low in lex.complements or low in lex.intro \
                                or low in lex.speech or p.toks[q].start in p.starts:
                            break
                        if nouns and low in lex.office_ranks:
                            rank_word = low  # « le Premier ministre X », "Prime Minister X"
                        if low in persons:
                            nouns.append(low)
                        elif nouns and p.toks[q].text[:1].isupper() and low not in lex.former \
                                and not self.is_demonym(low) \
                                and self.capitalised_within(p.toks[q].text):
                            capitalised.insert(0, low)
                        elif self.is_demonym(low) and low not in self.bindings:
                            # a nationality, never former: « l'ancien Premier ministre malien
                            # X » is « le Malien » (unless the article already gave it to
                            # somebody: « le Français Arthur Fils … son entraîneur français »)
                            self.bind(p, low, m, None, False)
                        former = former or low in lex.former
                        q -= 1
                    if not nouns:
                        # « l'historienne de l'art Agnès Lamarque », « le juge d'instruction
                        # Paul X »: a role noun, then a complement of one lowercase word
                        noun_at = self.role_before_complement(p, k)
                        if noun_at is not None:
                            nouns.append(p.toks[noun_at].low)
                            former = noun_at >= 1 and p.toks[noun_at - 1].low in lex.former
                    # « le Premier ministre Geert X », "Prime Minister X": that office only
                    rank = "#" + rank_word if rank_word is not None else None
                    for noun in nouns:
                        self.bind(p, noun, m, rank, former)
                    if nouns and capitalised:
                        self.qualifiers.setdefault(m.person, set()).add(" ".join(capitalised))
                s, e = p.sentence(s0)
                if comma_before and k >= 1 and p.gap(k - 1, k) == ",":  # "la maire, Anne D.,"
                    lo = k - 1
                    while lo - 1 >= 0 and p.toks[lo - 1].start >= s and k - lo < 10:
                        # any mark ends the phrase: "PARIS (AFP) - La ministre, X,"; not a
                        # party's acronym in brackets: « Le maire (PS) de Pavillons, X, »
                        if p.tight(lo - 1, lo) and p.gap(lo - 1, lo) != "-":
                            lo -= 1
                        elif lo - 2 >= 0 and p.toks[lo - 2].start >= s \
                                and self.bracketed_acronym(p, lo - 1):
                            lo -= 2
                        else:
                            break
                    while lo < k - 1 and p.toks[lo].low in lex.intro \
                            and p.toks[lo].low not in lex.determiners:
                        lo += 1  # « Pour le directeur du laboratoire, X, »: past the preposition
                    if not (p.toks[lo].low in lex.determiners
                            or p.toks[lo].low in lex.possessives):
                        # « », a insisté le maire de Wissenbach, X, »: the subject after an
                        # inverted speech verb opens at the determiner after the verb
                        for q in range(lo + 1, k - 1):
                            v = q - 1
                            while v > lo and (self.is_skip(p.toks[v])
                                              or p.toks[v].low in lex.determiners):
                                v -= 1  # « a déclaré ce mercredi le préfet du Gard, X, »
                            if (p.toks[q].low in lex.determiners
                                    or p.toks[q].low in lex.possessives) \
                                    and self.is_speech(p.toks[v]) \
                                    and p.toks[q + 1].low in persons:
                                lo = q
                                break
                    named_inside = any(p.toks[lo].start < st < p.toks[k - 1].start
                                       and not p.in_quote(st) for st in p.starts)
                    if not (p.toks[lo].low in lex.determiners
                            or p.toks[lo].low in lex.possessives) or named_inside:
                        # « reçue en fin de matinée par le préfet de la Gironde, X, »: the
                        # nearest determiner that opens a role phrase; also past a name (« Le
                        # juge Henri Vial a interrogé l'accusé, Hugo Barre, »: the accused)
                        for q in range(k - 2, lo, -1):
                            if (p.toks[q].low in lex.determiners
                                    or p.toks[q].low in lex.possessives) \
                                    and self.role_head(p, q, k) is not None:
                                lo = q
                                break
                    if any(self.is_verb(p, q) for q in range(lo + 1, k - 1)):
                        # « L'élu a écrit au ministre, X, »: past the verb, the phrase the
                        # name is in apposition to is its complement's, not the subject's
                        for q in range(k - 1, lo, -1):
                            if self.is_verb(p, q):
                                break
                            if (p.toks[q].low in lex.determiners
                                    or p.toks[q].low in lex.possessives
                                    or p.toks[q].low in persons
                                    and (p.toks[q - 1].low in lex.prepositions
                                         or p.toks[q - 1].low in lex.article_prepositions)) \
                                    and self.role_head(p, q, k) is not None:
                                lo = q
                                break
                    if lo + 1 < k and p.toks[lo + 1].low == "s" \
                            and p.gap(lo, lo + 1) in ("'", "’") \
                            and p.toks[lo].text[:1].isupper():
                        lo += 1  # "Holt's probation officer, Lorraine Fitch,"
                    if p.toks[lo].low in lex.determiners or p.toks[lo].low in lex.possessives \
                            or p.toks[lo].low == "s" or p.toks[lo].low in persons:
                        role = self.role_head(p, lo, k)
                        if role is None:
                            # "In her fourth question she asked whether the chancellor, X,": not
                            # the phrase the sentence opens with, the nearest role phrase
                            for q in range(k - 2, lo, -1):
                                if (p.toks[q].low in lex.determiners
                                        or p.toks[q].low in lex.possessives) \
                                        and (role := self.role_head(p, q, k)) is not None:
                                    lo = q
                                    break
                        if role is not None:
                            self.bind(p, role[0], m, role[1], role[2])
                            for r in range(lo + 1, k - 1):
                                # « son père et entraîneur, X, »: both nouns are X's
                                if p.toks[r].low in lex.joiners \
                                        and p.toks[r - 1].low in persons \
                                        and p.toks[r + 1].low in persons:
                                    self.bind(p, p.toks[r + 1].low, m,
                                              self.complement_at(p, r + 2, k), role[2])
                if comma_after:  # "Hugo Lindqvist, a marine ecologist", "R. C., conseiller"
                    a, b = p.tok_range(e0, e)
                    if a < b and p.toks[a].text.isdigit():
                        # past an age: "Tom Green, 52, a fisherman", « X, 54 ans, syndicaliste »
                        q = a + 1
                        while q < b and q - a < 3 and p.gap(q - 1, q) != ",":
                            q += 1
                        a = q if q < b and p.gap(q - 1, q) == "," else b
                    if a + 1 < b and p.toks[a].low in lex.speech \
                            and (p.toks[a + 1].low in lex.determiners
                                 or p.toks[a + 1].low in lex.possessives):
                        a = b  # « X, juge la part … »: a verb with its object, no role
                    if a < b:
                        role = self.role_head(p, a, b)
                        if role is not None and not self.subject_phrase(p, a, b, role[0]):
                            self.bind(p, role[0], m, role[1], role[2])

    def is_demonym(self, word: str) -> bool:
        """``word`` (lower case) is a demonym: « japonaise », « serbe », "welshman" (not a
        noun for a person with a demonym's ending: « technicien »)."""
        return word not in _PLACE_WORDS and word not in self.lex.persons and (
            word in self.lex.demonym_words or self.demonym_ending(word) is not None)

    def demonym_ending(self, word: str) -> str | None:
        """The gender a demonym's ending tells for ``word`` (lower case), or None: « breton »,
        « lyonnaise »; not a noun the lexicon knows is no person (« maison ») nor a noun in
        -ion (« la Région », « l'Union », « la Fondation »)."""
        if word in self.lex.not_persons or word.endswith(("ion", "ionne")):
            return None
        return next((gender for ending, gender in self.lex.demonym_endings
                     if word.endswith(ending) and len(word) > len(ending) + 2), None)

    def written_lower_or_demonym(self, text: str, word: str) -> bool:
        """``text`` ends with ``word`` as written in lower case, or capitalised as a demonym
        (« la Japonaise », « le Breton »; not « le Japon »)."""
        if text.endswith(word):
            return True
        written = text[-len(word):]
        return written.lower() == word and written[:1].isupper() and self.is_demonym(word)

    def unknown_role(self, det: str, word: str) -> bool:
        """``word``, after the definite singular article ``det`` and before a name, may be a
        role noun the lexicon lacks (« la skippeuse X »): a lowercase word of some length
        that no list gives another part to."""
        lex = self.lex
        article = lex.determiners.get(det)
        return article is not None and article[1] and article[0] != "p" \
            and len(word) > 4 \
            and not any(word in words for words in (
                lex.persons, lex.sources, lex.documents, lex.former, lex.speech, lex.skip,
                lex.complements, lex.intro, lex.honorifics, lex.kin, lex.work_nouns,
                lex.determiners, lex.possessives, lex.gendered_articles))

    def bind_age(self, p: _Para, m: Mention, age: int) -> None:
        """Tie the noun of an age's decade (« nonagénaire » for 91, "octogenarian" for 84) to
        the person an apposition gives that age."""
        for noun, decade in self.lex.age_nouns.items():
            if decade <= age < decade + 10 or (decade >= 100 and age >= decade):
                self.bind(p, noun, m, None)

    def relate(self, p: _Para, m: Mention) -> None:
        """Tie the words of a possessed relation set before a name in apposition (« son frère
        aîné, Julien X, ») to that person, for later possessed descriptions (« son aîné »)."""
        k = bisect.bisect_left(p.tok_starts, m.span.start)
        for q in range(k - 2, max(k - 5, 0) - 1, -1):
            if p.toks[q].low in self.lex.singular_possessives or (
                    p.toks[q].low == "s" and q >= 1 and p.gap(q - 1, q) in ("'", "’")
                    and p.toks[q - 1].end in p.ends):  # ("Havili's cousin, Sione Havili,")
                if p.toks[q + 1].low in self.lex.kin:
                    for r in range(q + 1, k):
                        self.tie_relation(p.toks[r].low, p, m)
                    if p.toks[q + 1].low in self.lex.inverse_kin:
                        self.possessive_ties.append((p.index, q, p.toks[q + 1].low, m.person))
                return
            if not p.tight(q, q + 1) or not p.toks[q].text[:1].islower():
                return

    def relate_unmarked(self, p: _Para, m: Mention) -> None:
        """« Son fils Bastien », "his son Luke": a possessed relation right before a name, no
        comma; only its possessor's inverse tie is kept (``relate_possessors``)."""
        k = bisect.bisect_left(p.tok_starts, m.span.start)
        if k >= 2 and p.toks[k - 2].low in self.lex.singular_possessives \
                and p.toks[k - 1].low in self.lex.inverse_kin \
                and p.tight(k - 2, k - 1) and p.tight(k - 1, k):
            self.possessive_ties.append((p.index, k - 2, p.toks[k - 1].low, m.person))

    def relate_after(self, p: _Para, m: Mention) -> None:
        """The same, for a relation set after the name: « Annick, son épouse, »."""
        if p.masked[m.span.end:m.span.end + 1] == ",":
            # (the word after the comma first, without tokenising the paragraph: no token
            # holds the comma, so the first one after it is token k below)
            after = _TOKEN_RE.search(p.masked, m.span.end)
            if after is None or after.group().lower() not in self.lex.singular_possessives:
                return
        k = bisect.bisect_left(p.tok_starts, m.span.end)
        if k + 1 < len(p.toks) and p.toks[k].low in self.lex.singular_possessives \
                and p.gap(k - 1, k) == "," and p.tight(k, k + 1) \
                and p.toks[k + 1].low in self.lex.kin:
            self.tie_relation(p.toks[k + 1].low, p, m)

    def relate_parent(self, p: _Para, m: Mention) -> None:
        """"Lauren Pike, whose son Alfie has spent…", « X, dont le fils Y » make X the mother
        (or father, by X's gender) the article means by "his mother" later."""
        if p.masked[m.span.end:m.span.end + 1] == ",":
            # (the word after the comma first, without tokenising the paragraph: as in
            # ``relate_after``, it is token k below)
            after = _TOKEN_RE.search(p.masked, m.span.end)
            if after is None or after.group().lower() not in self.lex.parent_links:
                return
        k = bisect.bisect_left(p.tok_starts, m.span.end)
        lex = self.lex
        if k + 2 >= len(p.toks) or p.toks[k].low not in lex.parent_links:
            return
        q = k + 1
        if p.toks[q].low in lex.determiners:
            q += 1  # « dont le fils »
        if q + 1 >= len(p.toks) or p.toks[q].low not in lex.child_words \
                or not p.toks[q + 1].text[:1].isupper():
            return  # (the child's name: found or not, a capitalised word)
        word = lex.parent_words.get(self.fixed_gender(m.person) or "")
        if word is not None:
            self.tie_relation(word, p, m)

    def relate_possessors(self) -> None:
        """« Son fils Bastien », "Her nephew, Loïc,": the possessor, the one person the
        possessive takes up in its paragraph, holds the inverse relation by their gender
        (« le père », "the aunt" later), not the relative named."""
        relatives = {relative for _para, _q, _word, relative in self.possessive_ties}
        for para, q, word, relative in self.possessive_ties:
            p = self.paras[para]
            owner = self.possessor(p, p.toks[q], paragraphs=1)
            if owner is None or len(owner.ids) != 1 or owner.ids[0] == relative:
                continue
            # (a possessor that is itself a relative tied so, « Sa mère, Odile, … Son père,
            # Robert, », is more likely a misread of their common possessor: no pair; nor a
            # kin noun with a complement: « Son compagnon de route, Romain, »)
            paired = owner.ids[0] not in relatives and not (
                q + 2 < len(p.toks) and p.toks[q + 2].low in self.lex.complements
                and p.tight(q + 1, q + 2))
            if paired:
                for w in (word, *self.lex.kin_synonyms.get(word, ())):
                    self.kin_pairs.setdefault((owner.ids[0], w), relative)
            inverse = self.lex.inverse_kin[word].get(self.gender(owner.ids[0]) or "")
            if inverse is not None:
                for w in (inverse, *self.lex.kin_synonyms.get(inverse, ())):
                    self.inverse_relations.setdefault(w, []).append(
                        (p.index, p.toks[q].start, owner.ids[0]))
                    if paired:
                        self.kin_pairs.setdefault((relative, w), owner.ids[0])

    def tie_relation(self, word: str, p: _Para, m: Mention) -> None:
        for w in (word, *self.lex.kin_synonyms.get(word, ())):
            self.relations.setdefault(w, []).append((p.index, m.span.start, m.person))

    def subject_phrase(self, p: _Para, a: int, b: int, noun: str) -> bool:
        """The role phrase opening at token a after a name's comma runs, with no mark, into a
        verb (« Entré à la place de son frère, X, l'ouvreur de 21 ans a passé… »): it is the
        subject of the clause the fronted phrase ends with, not the name's apposition."""
        r = next((q for q in range(a, min(b, a + 4)) if p.toks[q].low == noun), None)
        if r is None:
            return False
        lex = self.lex
        for q in range(r + 1, min(b, r + 8)):
            if not p.clean(q - 1, q):
                return False  # a mark closes the apposition
            low = p.toks[q].low
            if low in lex.relatives:
                return False  # "X, a fisherman who has…"
            if low in lex.past_auxiliaries or low in lex.copulas or self.is_verb(p, q):
                return True
        return False

    def bind_predicate(self, p: _Para, m: Mention) -> None:
        """Tie the role noun of a predicate to its subject: « X est le maire de Sète », « X
        est devenue présidente du club », "X is the mayor" (not « X est l'ami du maire »)."""
        _k, z = p.tok_range(m.span.start, m.span.end)
        q = z + 1
        toks = p.toks
        while q < len(toks) and q - z < 3 and toks[q].low in self.lex.copulas:
            q += 1  # « est devenue »
        _s, e = p.sentence(m.span.start)
        b = bisect.bisect_left(p.tok_starts, e)
        if q >= b or not p.tight(z, z + 1) or not p.tight(q - 1, q):
            return
        role = self.role_head(p, q, b)
        if role is not None:
            self.bind(p, role[0], m, role[1], role[2])

    def bind_by_verb(self, p: _Para, m: Mention) -> None:
        """Tie the role nouns of a verb to its agent: « le comité, présidé depuis un an par X »,
        "X, who chairs the panel" make « la présidente », "the chairwoman" descriptions of X."""
        lex = self.lex
        k, z = p.tok_range(m.span.start, m.span.end)
        if k >= z:
            return
        toks = p.toks
        if k >= 2 and toks[k - 1].low in lex.agents and p.tight(k - 1, k):
            # the passive: a participle a few words before « par » / "by", same sentence
            for q in range(k - 2, max(k - 9, -1), -1):
                nouns = lex.role_verbs.get(toks[q].low)
                if nouns is not None:
                    for noun in nouns:
                        self.bind(p, noun, m, None)
                    return
                if toks[q].start in p.starts or any(
                        ch in ".;:!?" for ch in p.gap(q, q + 1)):
                    return
        q = z
        if q < len(toks) and p.gap(q - 1, q) == "(":
            # « X (Arvor Cycling) a remporté »: a short parenthesis after the name
            r = next((r for r in range(q, min(q + 5, len(toks) - 1))
                      if p.gap(r, r + 1) != ""), None)
            if r is None or p.gap(r, r + 1) != ")":
                return
            q, z = r + 1, r + 1
        elif q < len(toks) and p.gap(q - 1, q) == "," and toks[q].low in lex.relatives:
            q += 1  # "X, who chairs", « X, qui dirige »
        elif q < len(toks) and not p.tight(q - 1, q):
            return
        past = False
        while q < len(toks) and q - z < 4 and self.is_skip(toks[q]) \
                and (q == z or p.tight(q - 1, q)):
            past = past or toks[q].low in lex.past_auxiliaries
            q += 1
        if q < len(toks) and (q == z or p.tight(q - 1, q)):
            nouns = lex.role_verbs.get(toks[q].low)
            if nouns is not None:
                # « X a entraîné le club »: the role may be over (« l'ancien entraîneur »)
                past = past or toks[q].low.endswith(lex.past_endings)
                for noun in nouns:
                    self.bind(p, noun, m, None, None if past else False)

    def add_descriptions(self) -> None:
        """Count a definite description of a tied role noun ("the judge", "l'élue") as a
        mention of the person it was tied to, for every rule that looks for mentions."""
        if self.relations:
            self.add_relations()
        if not self.bindings:
            return
        lex = self.lex
        for p in self.paras:
            hits: set[int] = set()  # the tokens of bound nouns, found by plain search
            for noun in self.bindings:
                at = p.lowered.find(noun)
                while at >= 0:
                    hits.add(at)
                    at = p.lowered.find(noun, at + 1)
            if not hits:
                continue
            toks = p.toks
            for at in sorted(hits):
                r = bisect.bisect_left(p.tok_starts, at)
                if r >= len(toks) or toks[r].start != at or toks[r].low not in self.bindings:
                    continue  # inside a longer word
                if r + 1 < len(toks) and toks[r + 1].low in self.bindings and p.tight(r, r + 1) \
                        and toks[r].text[:1].isupper() == toks[r + 1].text[:1].isupper():
                    continue  # "the Chief Minister": the title's last noun heads it
                for i in range(r - 1, max(r - 4, -1), -1):
                    if not p.tight(i, i + 1) or toks[i].start in p.starts:
                        break
                    det = lex.determiners.get(toks[i].low)
                    if det is not None:
                        if det[1] and det[0] != "p":
                            self.add_description(p, i, r)
                        break
                    if toks[i].low in lex.possessives and toks[i].low in lex.singular_possessives:
                        # « Elle et son directeur »: the person tied to the role
                        self.add_description(p, i, r)
                        break
                    if toks[i].low in lex.complements or (
                            not toks[i].text[:1].islower()
                            and (i == 0 or toks[i - 1].low not in lex.determiners)):
                        break  # (but "the Illinois Democrat", "the Geordie gaffer")

    def add_relations(self) -> None:
        """Count a possessed relation word (« son aîné », « sa fille ») as a mention of the
        person last written with it in apposition (« son frère aîné, Julien X, »)."""
        lex = self.lex
        for p in self.paras:
            toks = p.toks if any(w in p.lowered for w in self.relations) else []
            for i in range(len(toks) - 1):
                if toks[i].low not in lex.singular_possessives or not p.tight(i, i + 1):
                    continue
                ties = self.relations.get(toks[i + 1].low)
                held = p.starts.get(toks[i].start)
                if not ties or (held is not None and held.kind != "pronoun") \
                        or p.in_quote(toks[i].start):
                    continue
                if i + 2 < len(toks) and p.tight(i + 1, i + 2) \
                        and toks[i + 2].start in p.starts:
                    continue  # « son frère Julien »: the name is there
                before = [pid for para, pos, pid in ties if (para, pos) < (p.index, toks[i].start)]
                if not before:
                    continue
                m = Mention(Span(self.article.id, p.pid, toks[i].start, toks[i + 1].end),
                            p.text[toks[i].start:toks[i + 1].end], before[-1], "epithet")
                if held is not None:  # (the possessive alone was read as a pronoun)
                    p.ends.pop(held.span.end, None)
                p.starts[m.span.start] = m
                p.ends.setdefault(m.span.end, m)

    def add_description(self, p: _Para, i: int, r: int) -> None:
        toks = p.toks
        if r + 1 < len(toks) and p.tight(r, r + 1) and toks[r + 1].start in p.starts:
            return  # "le ministre Paul Durand": the name is there
        z = r
        while z + 1 < len(toks) and z - r < 5 and p.tight(z, z + 1) \
                and toks[z + 1].start not in p.starts:
            z += 1
        named = p.starts.get(toks[z + 1].start) if z > r and z + 1 < len(toks) \
            and p.tight(z, z + 1) else None
        if named is not None and named.kind != "pronoun" and self.name_closing(
                p, i, bisect.bisect_left(p.tok_ends, named.span.end)) is not None:
            return  # « le conseiller aux Etats zurichois Reto Hässig »: the name is there
        z = r
        while z + 1 < len(toks) and z - r < 10 \
                and (p.tight(z, z + 1) or p.gap(z, z + 1) in ("(", ")")) \
                and toks[z + 1].low not in self.lex.past_auxiliaries \
                and toks[z + 1].low not in self.lex.passive_auxiliaries \
                and not self.is_speech(toks[z + 1]):
            z += 1  # (the description's complement: « le président du syndicat des employés
            # de l'usine, X, », also past brackets: « Le président (divers droite) du conseil
            # départemental, X, »; not a clause: « Le DG a refusé de dire si le propriétaire,
            # X, »)
        if z + 1 < len(toks) and p.gap(z, z + 1) == "," and (
                toks[z + 1].start in p.starts or self.titled_name(p, z + 1, len(p.text))
                or self.described_name(p, z + 1, len(p.text))):
            # "la nouvelle maire de X, Nadine Pujol,", « Son coprésident, le Tessinois Marco
            # Bernasconi, »: a name in apposition follows
            return
        former = any(t.low in self.lex.former for t in toks[i + 1:r])
        comp_tok = self.complement_tok(p, r + 1, len(toks)) \
            if r + 1 < len(toks) and p.tight(r, r + 1) else None
        complement = comp_tok.low if comp_tok is not None else None
        # « la présidente du comité », « le patron du club »: a common noun as complement
        # names the body the article is about, so a role tied with no complement fits it
        common = comp_tok is not None and comp_tok.text[:1].islower() \
            and comp_tok.start not in p.starts
        rank = self.office_rank(p, i + 1, r)
        if rank is not None:  # « le premier ministre »: only the one tied to that office
            complement, common = rank, False
        found = None
        wanted = self.lex.persons.get(toks[r].low) \
            or self.lex.determiners.get(toks[i].low, (None, False))[0]
        ahead: set[str] = set()  # the people tied to the noun only later in the article
        tied: list[str] = []  # the people tied to it before, in order
        for para, pos, pid, comp, was_former in self.bindings[toks[r].low]:
            if was_former is not None and was_former != former:
                continue  # "l'ancien maire" is not the mayor now in office
            if complement is not None and comp is not None and complement != comp:
                continue  # "le ministre de l'Intérieur" is not "le ministre du Travail"
            if complement is not None and comp is None and not common:
                continue
            if complement is None and comp is not None and comp.startswith("#"):
                continue  # « le ministre » is not « le premier ministre »
            known = self.fixed_gender(pid)
            if known in ("f", "m") and wanted in ("f", "m") and wanted != known:
                continue  # « la directrice » is not the man tied to « directeur »
            if (para, pos) >= (p.index, toks[i].start):
                ahead.add(pid)
            else:
                found = pid
                tied.append(pid)
        qualifier = toks[i + 1:r]
        if qualifier and all(t.text[:1].isupper() for t in qualifier) and self.qualifiers:
            # "the Galway boss" is not the one written "Tipp manager Declan Fogarty"; "the
            # Rovers manager" is the one written "Rovers manager X"
            words = " ".join(t.low for t in qualifier)
            same = [pid for pid in tied if words in self.qualifiers.get(pid, ())]
            tied = same[-1:] or [pid for pid in tied
                                 if not self.qualifiers.get(pid) or words in self.qualifiers[pid]]
            found = tied[-1] if tied else None
            ahead = {pid for pid in ahead
                     if not self.qualifiers.get(pid) or words in self.qualifiers[pid]}
        if len(set(tied)) > 1 and qualifier and all(t.text[:1].isupper() for t in qualifier):
            # "the Rovers manager" beside "the United manager": the one written with that
            # qualifier in apposition ("Tom Reilly, the Rovers manager,")
            qualified = self.qualified_by(p, toks[i:r + 1], toks[i].start)
            if qualified is not None and qualified.person in tied:
                tied = [qualified.person]
                found = qualified.person
        if len(set(tied)) > 1:
            # three senators tied to "the senator": the one this paragraph named last
            here = [m.person for st, m in sorted(p.starts.items())
                    if st < toks[i].start and m.person in tied and m.kind != "pronoun"
                    and not p.in_quote(st)]
            if not here and p.index > 0 and not any(
                    st < toks[i].start and not p.in_quote(st) for st in p.starts):
                # ("His Democratic counterpart … Esposito-Vance … said she would ask…¶“…,”
                # the senator said": nobody named before it here, the one the paragraph
                # before named last)
                q = self.paras[p.index - 1]
                here = [m.person for st, m in sorted(q.starts.items())
                        if m.person in tied and m.kind != "pronoun" and not q.in_quote(st)]
            if here:
                found = here[-1]
        if found is None and len(ahead) == 1 and not self.named_before(p, toks[i].start, wanted):
            # « Son fondateur reconnaît… » … « Le fondateur, X, »: a description before anybody
            # it could take up is named is the one person the article ties the noun to later
            found = next(iter(ahead))
        if found is None:
            return
        m = Mention(Span(self.article.id, p.pid, toks[i].start, toks[r].end),
                    p.text[toks[i].start:toks[r].end], found, "epithet")
        p.starts.setdefault(m.span.start, m)
        p.ends.setdefault(m.span.end, m)

    def capitalised_within(self, word: str) -> bool:
        """``word`` is written capitalised inside a sentence somewhere in the article (a name:
        "City", "Tipp"), not only at a sentence's start ("Veteran manager X")."""
        known = self.capitalised_words.get(word)
        if known is None:
            pattern = re.compile(r"(?<=[\w,;)] )" + re.escape(word) + r"(?!\w)")
            known = self.capitalised_words[word] = any(
                pattern.search(q.text) for q in self.paras)
        return known

    def named_before(self, p: _Para, pos: int, gender: str | None) -> bool:
        """Somebody who may be of ``gender`` is named, outside quotations, before (p, pos)."""
        for q in self.paras[:p.index + 1]:
            for start, m in q.starts.items():
                if (q.index, start) >= (p.index, pos) or q.in_quote(start):
                    continue
                known = self.fixed_gender(m.person)
                if gender not in ("f", "m") or known is None or known == gender:
                    return True
        return False

    # ---------------------------------------------------------------- words

    def is_speech(self, tok: _Tok) -> bool:
        if tok.low in self.lex.speech:
            return True
        inv = self.inverted(tok)
        return inv is not None and (inv[0] in self.lex.speech or inv[0] in self.lex.skip)

    def is_speech_pair(self, p: _Para, i: int) -> bool:
        """Token i is a verb of speech with the word next to it: before its particle ("fired
        back", "chimed in", "went on"), after a word that makes it one (« veut croire »)."""
        low = p.toks[i].low
        particles = self.lex.phrasal_speech.get(low)
        if particles is not None:
            return i + 1 < len(p.toks) and p.toks[i + 1].low in particles and p.tight(i, i + 1)
        before = self.lex.speech_after.get(low)
        return before is not None and i >= 1 and p.toks[i - 1].low in before \
            and p.tight(i - 1, i)

    def is_verb(self, p: _Para, i: int) -> bool:
        """A speech verb used as a verb: not "the offer", "her post", "un message"."""
        if not self.is_speech(p.toks[i]):
            return self.is_speech_pair(p, i)
        followers = self.lex.not_speech_before.get(p.toks[i].low)
        if followers and i + 1 < len(p.toks) and p.toks[i + 1].low in followers:
            return False  # "la richesse témoigne d'une élite": shows, not says
        if p.toks[i].low in self.lex.reflexive_participles \
                and not any(t.low in _REFLEXIVES for t in p.toks[max(0, i - 3):i]):
            return False  # « Visiblement ému, le capitaine… »: an adjective, not « s'est ému »
        if i >= 1 and ((p.toks[i - 1].low.endswith("s")
                        and p.masked[p.toks[i - 1].end:p.toks[i].start] in ("' ", "\u2019 "))
                       or (i >= 2 and p.toks[i - 1].low == "s" and p.tight(i - 1, i)
                           and p.gap(i - 2, i - 1) in ("'", "\u2019"))):
            return False  # "the Democrats' questions", "the board's statement": a noun
        if i == 0 or not p.tight(i - 1, i):
            return True
        if p.toks[i].text[:1].isupper() and p.toks[i - 1].text[:1].isupper():
            return False  # "Carrow State coach Rick Maddox said": a word of a name
        if p.toks[i - 1].low in self.lex.pronoun_determiners \
                and p.toks[i].low not in self.lex.base_verbs:
            return True  # "one joked", "another posted"
        if p.toks[i - 1].low in self.lex.noun_markers:
            return False
        medium = self.lex.adverbials.match(p.lowered, p.toks[i - 1].start)
        if medium is not None and medium.end() >= p.toks[i].end:
            return False  # "told The Verge by email that", « par courriel »: a medium
        if i >= 2 and p.toks[i].low.endswith(self.lex.adjectival_endings) \
                and p.toks[i - 1].low in self.lex.documents and p.tight(i - 2, i - 1) and (
                    p.toks[i - 2].low in self.lex.noun_markers
                    # (an adjective before the noun: « dans une courte déclaration écrite »)
                    or (i >= 3 and p.toks[i - 3].low in self.lex.noun_markers
                        and p.tight(i - 3, i - 2) and p.toks[i - 2].text.islower()
                        and not self.is_speech(p.toks[i - 2]))):
            return False  # « dans une réponse écrite », « une déclaration lue »: an adjective
        if i >= 2 and p.toks[i].low.endswith(self.lex.adjectival_endings) \
                and p.toks[i - 2].low in self.lex.determiners and p.tight(i - 2, i - 1) \
                and p.tight(i - 1, i) and p.toks[i - 1].text[:1].islower() \
                and p.toks[i - 1].low not in self.lex.persons \
                and p.toks[i - 1].low not in self.lex.sources \
                and p.toks[i - 1].low not in self.lex.speech and not self.is_skip(p.toks[i - 1]) \
                and (i + 1 >= len(p.toks) or p.toks[i + 1].low not in self.lex.agents):
            return False  # « juge la part demandée à son territoire »: an adjective too
        if self.after_article(p, i) or (p.toks[i].low in self.lex.noun_homographs
                                        and p.toks[i - 1].low in self.lex.object_pronouns):
            return False  # « tourné vers le prévenu », « la tempête »: an article, a noun
        if p.toks[i - 1].low in self.lex.object_pronouns and not (
                i >= 2 and p.tight(i - 2, i - 1) and (
                    p.toks[i - 2].low in self.lex.pronouns or self.is_skip(p.toks[i - 2])
                    or p.toks[i - 2].end in p.ends or p.toks[i - 2].low in self.lex.relatives
                    or p.toks[i - 2].low in self.lex.inversion
                    # « le maire sortant le reconnaît »: a description as the subject
                    or p.toks[i - 2].low in self.lex.persons or (
                        i >= 3 and p.toks[i - 3].low in self.lex.persons
                        and p.tight(i - 3, i - 2) and p.toks[i - 2].text[:1].islower()
                        and p.toks[i - 2].low not in self.lex.complements)
                    or self.described_before(p, i - 1))):
            # "elle l'annonce", "qui l'affirme" are verbs; ", l'annonce ne change" a noun
            return False
        # "a supportive message", "his half-time team talk": a base form two or three words
        # after a determiner, the words between lowercase, is a noun
        if p.toks[i].low not in self.lex.base_verbs:
            return True
        if p.toks[i - 1].low in self.lex.prepositions \
                and p.toks[i - 1].low not in self.lex.infinitive:
            return False  # "touring the neighborhood with state inspectors": a noun
        # ("the board members say": after a plural noun a base form is the verb)
        for q in (i - 2, i - 3) if not p.toks[i - 1].low.endswith("s") else (i - 2,):
            if q < 0 or not p.tight(q, q + 1) or not p.toks[q + 1].text[:1].islower():
                return True
            if p.toks[q].low in self.lex.noun_markers:
                return False
        return True

    def described_before(self, p: _Para, i: int) -> bool:
        """A person or source noun and its complement end right before token i, lowercase
        words all the way: « Un proche *de la famille* le dit « blessé » » (the subject, so
        the word after the pronoun is a verb)."""
        for q in range(i - 3, max(-1, i - 7), -1):
            if (p.toks[q].low in self.lex.persons or p.toks[q].low in self.lex.sources) \
                    and p.toks[q + 1].low in self.lex.complements:
                return all(p.tight(r, r + 1) and p.toks[r + 1].text[:1].islower()
                           for r in range(q, i - 1))
        return False

    def after_article(self, p: _Para, i: int) -> bool:
        """Token i follows « le », « la », « les » written after a preposition: an article,
        so token i is a noun (« vers le prévenu »), whatever verb it could be."""
        return i >= 2 and p.toks[i - 1].low in self.lex.object_pronouns \
            and p.toks[i - 2].low in self.lex.article_prepositions \
            and p.tight(i - 2, i - 1) and p.tight(i - 1, i)

    def inverted(self, tok: _Tok) -> tuple[str, str] | None:
        """("a", "elle") for "a-t-elle", ("déclare", "il") for "déclare-t-il"."""
        if not self.lex.inverted or "-" not in tok.low:
            return None
        m = _INVERTED_RE.match(tok.low)
        if m and m.group("pro") in self.lex.inverted:
            return m.group("verb"), m.group("pro")
        return None

    def past_participle(self, tok: _Tok) -> bool:
        """A past participle: a regular ending (« -é », "-ed") or an irregular one (« battue »,
        « élu », "beaten")."""
        return tok.low.endswith(self.lex.past_participle_endings) \
            or tok.low in self.lex.irregular_participles

    def is_participle(self, tok: _Tok) -> bool:
        return tok.low.endswith(self.lex.participle_endings) and self.inverted(tok) is None

    def is_skip(self, tok: _Tok) -> bool:
        return (tok.low in self.lex.skip and tok.low not in self.lex.pronouns) \
            or (tok.low in self.lex.lowercase_skip and tok.text.islower())

    # ---------------------------------------------------------------- rule 3: not quotations

    def reject_reason(self, cand: _Candidate) -> str | None:
        if len(cand.pieces) != 1:
            return None
        piece = cand.pieces[0]
        if piece.open_at is None or piece.close_at is None:
            return None
        p = self.paras[piece.para]
        text = p.text
        content = text[piece.start:piece.end]
        words = _TOKEN_RE.findall(content)
        count = len(words)
        before = text[max(0, piece.open_at - 40):piece.open_at]
        after = text[piece.close_at + 1:piece.close_at + 40]
        prev_words = _TOKEN_RE.findall(before)
        next_words = _TOKEN_RE.findall(after)
        prev_word = prev_words[-1] if prev_words and before.rstrip().rstrip(",").rstrip() \
            .endswith(prev_words[-1]) else ""
        # (« son *dernier* article « … » »: an adjective may stand between them)
        markers = [w.lower() in self.lex.determiners or w.lower() in self.lex.possessives
                   for w in prev_words[-3:-1]]
        prev_det = bool(markers) and (markers[-1] or (
            len(markers) == 2 and markers[0] and prev_words[-2][:1].islower()))
        next_word = next_words[0] if next_words and after.lstrip().startswith(next_words[0]) \
            else ""
        terminal = content[-1] in _TERMINAL
        # "the heading “Building Riverton Together.”": a full stop may close a title
        titled = content[-1] not in "!?…,;:" and count <= 8
        lowered_before = before.lower()
        intro = self.lex.title_intro.search(lowered_before)
        # ('known internally as "Lighthouse."': a short name may keep the sentence's stop; not
        # after "the words", "the phrase", which introduce words said: "the words "Thank you."")
        naming = intro is not None and not any(
            w in self.lex.determiners for w in _TOKEN_RE.findall(intro.group())[:1])
        if count <= 12 and (not terminal or (naming and count <= 3 and content[-1] == "."
                                             and content[:1].isupper()
                                             and not _CLAUSE_MARKS.search(content))) \
                and not self.lex.not_title_before.search(lowered_before) and (
                intro is not None
                or (content[:1].isupper() and self.lex.weak_title_intro.search(lowered_before))):
            return "title-introducer"
        if count == 1 and not terminal and any(c.isdigit() for c in content) \
                and any(c.isalpha() for c in content) and not any(c.islower() for c in content):
            return "code"  # « un code de réduction, « LINA70 » »: letters and digits, no words
        if count <= 3 and prev_word[:1].isupper() and next_word[:1].isupper() \
                and before.endswith(" ") and after.startswith(" ") \
                and before.rstrip().endswith(prev_word):
            return "nickname"
        if prev_word.lower() in self.lex.work_nouns and count <= 12 and len(prev_words) >= 2 \
                and (self.lex.determiners.get(prev_words[-2].lower(), (None, False))[1]
                     or (len(prev_words) >= 3 and prev_words[-2].lower() in self.lex.of_words
                         and prev_words[-3].lower() in self.lex.work_nouns)) \
                and (words[0].lower().endswith(self.lex.participle_endings)
                     or words[0].lower() in self.lex.heading_openers) \
                and words[0][:1].islower() and not terminal \
                and before.rstrip(" \u00a0\u202f").endswith(prev_word):
            # « la loi « créant l'homicide routier » », « le plan « visant à… » », « le projet
            # de loi « pour un accès… » »: a text named by its heading
            return "title-of-work"
        if prev_word.lower() in self.lex.work_nouns and content[:1].isupper() and count <= 12 \
                and (prev_det or not self.adjacent_attribution(p, piece)) \
                and not before.rstrip().endswith(":"):
            return "title-of-work"
        if content[:1].isupper() and count <= 8 and not terminal and len(prev_words) >= 3 \
                and prev_word[:1].islower() and prev_word.lower() not in self.lex.small_words \
                and prev_word.lower() not in self.lex.speech \
                and (prev_words[-2].lower() in self.lex.work_nouns
                     or prev_words[-2].lower() in self.lex.titled_documents) \
                and (prev_words[-3].lower() in self.lex.determiners
                     or prev_words[-3].lower() in self.lex.possessives) \
                and (not self.adjacent_attribution(p, piece)
                     or (bool(next_words) and after.lstrip(" ,").startswith(next_words[0])
                         and next_words[0].lower().endswith(self.lex.adjectival_endings))):
            # « sa lettre pastorale « Ouvrir nos portes » »: an adjective after the noun
            return "title-of-work"
        if count <= 8 and not terminal and content[-1] not in ",;:" \
                and len(next_words) >= 2 and after.lstrip(" \u00a0\u202f").startswith(",") \
                and next_words[0].lower() in self.lex.determiners \
                and self.lex.determiners[next_words[0].lower()][1] \
                and next_words[1].lower() in self.lex.work_nouns \
                and next_words[1].lower() not in self.lex.group_nouns \
                and not any(w.lower() in self.lex.speech for w in next_words[2:6]):
            # « Avant « Papa disait », le titre le plus personnel de l'album, … »: a work
            # noun in apposition names what the quoted words are
            return "title-in-apposition"
        if count <= 8 and not terminal and content[:1].isupper() and content[-1] not in ",;:" \
                and len(prev_words) >= 2 and prev_word.lower() in self.lex.of_words \
                and prev_words[-2].lower() in self.lex.work_nouns \
                and before.rstrip(" \u00a0\u202f").endswith(prev_word) \
                and not self.adjacent_attribution(p, piece):
            # « le premier couplet de « Marseille à l'aube » »: a part of a work, named
            return "title-of-work"
        if count <= 8 and self.is_slogan(p, piece):
            return "slogan"
        if count <= 3 and not terminal and content[:1].islower() \
                and " ".join(w.lower() for w in words) in self.lex.ratings:
            s, e = p.sentence(piece.open_at)
            if not set(_TOKEN_RE.findall(p.lowered[s:e])).isdisjoint(self.lex.rating_nouns):
                # 'cut his rating on the stock to "hold" from "buy"': a rating, not words said
                return "rating"
        if content[:1].isupper() and count <= 6 and not terminal and content[-1] not in ",;:":
            # « la liste d'union de la gauche et des écologistes « Castelnaud en commun » »:
            # the name closing a noun phrase headed by a work noun, no verb on the way
            clause = re.split(r"[,.;:!?()«»“”\"]", text[max(0, piece.open_at - 90):piece.open_at])[-1]
            lows = [w.lower() for w in _TOKEN_RE.findall(clause)]
            head = next((n for n, w in enumerate(lows) if w in self.lex.work_nouns), None)
            if head is not None and 0 < head and lows[head - 1] in self.lex.determiners \
                    and not any(w in self.lex.speech or w.endswith(self.lex.participle_endings)
                                for w in lows[head + 1:]
                                if w not in self.lex.small_words) \
                    and not self.adjacent_attribution(p, piece):
                return "title-after-work-noun"
        if next_word.lower() in self.lex.work_nouns and count <= 8 and not terminal \
                and (prev_word.lower() in self.lex.determiners
                     or prev_word.lower() in self.lex.possessives):
            return "title-of-work"
        if count <= 4 and not terminal and content[:1].isupper() \
                and before.rstrip() == before.rstrip().rstrip(",:") \
                and prev_word.lower() in self.lex.title_prepositions:
            return "name-after-preposition"  # "a-t-il assuré au « Monde »"
        if 2 <= count <= 10 and (titled or not terminal) and content[-1] not in ",;:" \
                and words[0][:1].isupper() \
                and all(w[:1].isupper() or w.lower() in self.lex.small_words for w in words) \
                and not self.adjacent_attribution(p, piece):
            return "title-case"
        if 2 <= count <= 8 and not terminal and content[-1] not in ",;:" \
                and words[0].lower() in self.lex.title_articles and words[0][:1].isupper() \
                and words[1][:1].isupper() and not self.adjacent_attribution(p, piece) \
                and not self.lex.according.match(after.lstrip(" ,\u00a0\u202f")):
            # (not « « La France a failli », selon X »: words said, attributed)
            # « La Nuit des veilleurs »: a French title capitalises its article and first noun
            return "title-capitals"
        if count <= 2 and not terminal and prev_word.lower() in self.lex.level_nouns \
                and content[:1].islower():
            return "level-name"  # « en vigilance « rouge » »: a level, not words said
        if count <= 3 and not terminal and not self.adjacent_attribution(p, piece) \
                and not self.quoted_predicate(words, prev_words) \
                and not self.word_introduced(p, piece):
            s, e = p.sentence(piece.open_at)
            a, b = p.tok_range(s, e)
            own_sentence = not p.masked[s:piece.open_at].strip()  # "« Électrique. »"
            if not own_sentence and not any(self.is_speech(t) for t in p.toks[a:b]) \
                    and not self.lex.according.search(p.masked[s:e]) \
                    and not self.lex.interpreting.search(p.lowered, s, piece.open_at) \
                    and self.opinion(p, piece.open_at) is None:
                return "scare-quotes"
        return None

    def word_introduced(self, p: _Para, piece: _Piece) -> bool:
        """A colon after a sentence about a word says it is somebody's word: « Un mot lui
        revient sans cesse : « magique » »."""
        if piece.open_at is None or not self.lex.word_nouns:
            return False
        s, _e = p.sentence(piece.open_at)
        head = p.lowered[s:piece.open_at].rstrip()
        listed = set(_TOKEN_RE.findall(head))
        return head.endswith(":") and not listed.isdisjoint(self.lex.word_nouns) \
            and listed.isdisjoint(self.lex.sign_nouns)  # (« le mot d'ordre … une banderole »)

    def quoted_predicate(self, words: list[str], prev_words: list[str]) -> bool:
        """The quoted words are the verb of the sentence, the subject's own words: « Le
        ministère a « salué » l'accord », « Hydrelia « dément catégoriquement » avoir… »,
        « La lycéenne veut « être entendue » »."""
        if not words or not self.lex.predicate_before:
            return False
        first = words[0].lower()
        before = prev_words[-1].lower() if prev_words else ""
        endings = self.lex.predicate_before.get(before)
        return (first in self.lex.speech and words[0][:1].islower()
                and before not in self.lex.determiners and before not in self.lex.possessives) \
            or (endings is not None and first.endswith(endings))

    def is_slogan(self, p: _Para, piece: _Piece) -> bool:
        """Words on a banner or a placard, not anybody's speech: « Devant l'entrée, une
        banderole résume l'état d'esprit : « Plouvenec veut vivre » », « « Latin vivant »,
        peut-on lire sur l'une d'elles » (the placards of the sentence before)."""
        if not self.lex.sign_nouns or piece.open_at is None or piece.close_at is None:
            return False
        s, e = p.sentence(piece.open_at)
        head = p.lowered[s:piece.open_at]
        listed = _TOKEN_RE.findall(head)
        sign = next((n for n, w in enumerate(listed) if w in self.lex.sign_nouns), None)
        if listed and listed[-1] in self.lex.sign_nouns and head.endswith((listed[-1] + " ",
                                                                         listed[-1] + "\u00a0")):
            return True  # « les pancartes « Touche pas à nos dunes » »: the words on them
        if head.rstrip().endswith(":") and self.sign_shown(listed):
            return True
        if sign is not None and (head.rstrip().endswith(":")
                                 or not set(listed).isdisjoint(self.lex.reading)):
            # the sign is the subject: no person named or described before it (« Le
            # porte-parole, pancarte à la main, a lancé : « … » » speaks)
            a, _b = p.tok_range(s, piece.open_at)
            people = any(t.start in p.starts for t in p.toks[a:a + sign + 1]) \
                or any((w in self.lex.persons or w in self.lex.pronouns or w in self.lex.sources)
                       and not self.after_complement(listed, n)
                       for n, w in enumerate(listed[:sign]))  # (« le mot d'ordre du collectif »)
            if not people:
                return True
        tail = p.lowered[piece.close_at + 1:e]
        if self.lex.reading_after.match(tail) is None:
            return False
        before = p.lowered[p.sentences[max(0, bisect.bisect_right(p.sentences, s) - 2)]:s] \
            if s > 0 else ""
        return not set(_TOKEN_RE.findall(tail + " " + before)).isdisjoint(self.lex.sign_nouns)

    def after_complement(self, listed: list[str], n: int) -> bool:
        """Word n follows a complement's preposition, with or without its article (« du
        collectif », « de l'hôpital »)."""
        return n >= 1 and (listed[n - 1] in self.lex.complements or (
            n >= 2 and listed[n - 1] in self.lex.determiners
            and listed[n - 2] in self.lex.complements))

    def sign_shown(self, listed: list[str]) -> bool:
        """The clause before a colon ends by bringing in a sign, whoever holds it: what
        follows is what the sign reads (« une mère a sorti une pancarte en carton : « … » »,
        « avec un mot d'ordre : « … » »), not the holder's speech (« Le porte-parole, une
        pancarte à la main, a lancé : « … » »: a speech verb comes after the sign)."""
        n = len(listed)
        for back in range(min(n, 4)):
            end = n - back  # the sign's words end at listed[end - 1]; up to 3 words after it
            tail = listed[end:]
            if any(w in self.lex.speech or w in self.lex.persons or w in self.lex.pronouns
                   for w in tail):
                return False
            start = None
            if listed[end - 1] in self.lex.sign_nouns:
                start = end - 1
            else:
                start = next((end - len(c) for c in self.lex.sign_compounds
                              if tuple(listed[max(0, end - len(c)):end]) == c), None)
            if start is None:
                continue
            # brought in: an indefinite determiner, maybe one adjective between (« une
            # grande banderole »); « l'affiche » may be pointed at while speaking
            return any(self.lex.determiners.get(w, (None, True))[1] is False
                       for w in listed[max(0, start - 2):start])
        return False

    def adjacent_attribution(self, p: _Para, piece: _Piece) -> bool:
        """A speech verb right before (with a colon or comma) or right after the quotation."""
        if piece.open_at is not None:
            head = p.masked[:piece.open_at].rstrip()
            if head.endswith((":", ",")):
                a, b = p.tok_range(0, piece.open_at)
                if any(self.is_speech(t) for t in p.toks[max(a, b - 4):b]):
                    return True
        if piece.close_at is not None:
            a, b = p.tok_range(piece.close_at + 1, len(p.text))
            if any(self.is_speech(t) for t in p.toks[a:min(b, a + 4)]):
                gap = p.masked[piece.close_at + 1:p.toks[a].start] if a < b else ""
                return not any(ch in ".!?" for ch in gap)
        return False

    # ---------------------------------------------------------------- rule 4: interruptions

    def merge_interrupted(self, kept: list[_Candidate]) -> list[_Candidate]:
        merged: list[_Candidate] = []
        for cand in kept:
            if merged and self.interrupts(merged[-1], cand):
                prev = merged[-1]
                last = prev.pieces[-1]
                first = cand.pieces[0]
                assert last.close_at is not None and first.open_at is not None
                prev.interruptions.append((last.para, last.close_at + 1, first.open_at))
                prev.pieces.extend(cand.pieces)
                prev.interruptions.extend(cand.interruptions)
                self.addressees.pop(id(prev), None)  # (its pieces changed)
                continue
            merged.append(cand)
        return merged

    def interrupts(self, a: _Candidate, b: _Candidate) -> bool:
        last, first = a.pieces[-1], b.pieces[0]
        if last.para != first.para or last.close_at is None or first.open_at is None:
            return False
        p = self.paras[last.para]
        between = p.masked[last.close_at + 1:first.open_at]
        if not between.rstrip().endswith((",", ".", ";", ":", "—", "–", "!", "?")):
            return False  # "…, adding that cuts were “not planned”": a partial quotation
        # (a quotation inside it may close first: "… the word 'accident,'" he said. "…")
        words_end = p.text[last.start:last.close_at].rstrip().rstrip(_INNER_CLOSE).rstrip()
        comma = between.lstrip().startswith((",", "—", "–")) \
            or "," in p.text[last.end:last.close_at] or words_end.endswith(",") \
            or words_end[-1:] in ("!", "?")  # "Why?" she asked. "Because…"
        if not comma:
            return False
        if any(last.close_at < s < first.open_at and p.masked[last.close_at + 1:s].strip()
               for s in p.sentences):
            return False  # a sentence ends between them (not just the quoted "?" or "!")
        lo, hi = p.tok_range(last.close_at + 1, first.open_at)
        if not 0 < hi - lo <= 20 or not any(self.is_speech(t) for t in p.toks[lo:hi]):
            return False
        if self.second_clause(p, lo, hi, colon=between.rstrip().endswith(":")):
            return False  # "“A,” one user wrote, while another posted: “B”"
        verbs = [i for i in range(lo, hi) if self.is_speech(p.toks[i])]
        if between.rstrip().endswith(":") and len(verbs) >= 2 and any(
                p.toks[i].low in self.lex.sequence for i in range(max(lo, verbs[-1] - 2),
                                                                  verbs[-1])):
            # « « A », reconnaissait X, avant de nuancer : « B » »: a second speech act,
            # after the first, introduces B, a quotation of its own ("and added" does not)
            return False
        if between.rstrip().endswith(":") and verbs and any(
                p.toks[i].low in self.lex.sequence and p.toks[i + 1].low in self.lex.complements
                for i in range(verbs[0] + 1, hi - 1)):
            # « « A », a lancé X, avant de traduire lui-même : « B » »: whatever the later act
            # (« avant de » + any verb), a colon after it introduces a quotation of its own
            return False
        if len(verbs) >= 2 and any(self.is_participle(p.toks[i]) and p.gap(i - 1, i) == ","
                                   for i in verbs[1:]) \
                and not between.rstrip().endswith((".", ":")):
            # « « A », a plaidé l'avocate, évoquant les coursiers, « toujours pressés » »: a
            # second speech act, a participle after the attribution, brings its own words
            return False
        if any(p.toks[c].low in self.lex.citing and self.cites_other(p, c, hi)
               for c in range(lo, hi)):
            # « « A », a expliqué la militante, citant le message d'une victime : « B » »: B
            # is what the speaker quotes, the words of somebody else
            return False
        if b.interruptions:
            return False  # « B, a poursuivi la maire. C »: B has its own attribution
        spoken_to = self.addressee(b)
        if spoken_to is not None and any(
                last.close_at < st < first.open_at and m.person == spoken_to
                for st, m in p.starts.items()):
            return False  # « « A », a assuré X. « Monsieur X, … » »: B speaks to X
        first_a = a.pieces[0]
        if first_a.open_at is not None and first_a.para == last.para \
                and p.masked[p.sentence(first_a.open_at)[0]:first_a.open_at].strip():
            # « X reconnaît que « A », avant d'ajouter : « B » »: A is a partial quotation
            # attributed before it, not one interrupted by its attribution
            return False
        if len(b.pieces) == 1 and b.pieces[0].close_at is not None:
            end = b.pieces[0].close_at
            own = self.after(p, end + 1)
            if own is not None:
                return False
        return True

    def cites_other(self, p: _Para, c: int, hi: int) -> bool:
        """The phrase after the citing word at token c (up to token hi) names somebody, a
        person noun, kin or a name: « citant le message d'une victime », "quoting a letter
        from her son"; not "reading from a prepared statement", « lisant un communiqué »."""
        if not p.toks[c].text.islower():
            return False  # "a nurse from Reading": the town
        owner = True  # right after the citing word (« citant un pêcheur »), or after « de »
        for i in range(c + 1, hi):
            t = p.toks[i]
            if t.low in self.lex.cited_owners:
                owner = True
                continue
            m = p.starts.get(t.start)
            if owner and ((m is not None and m.kind != "pronoun") or t.low in self.lex.kin
                          or (t.text[:1].islower() and (t.low in self.lex.persons
                                                        or t.low[:-1] in self.lex.persons))):
                return True
            if not (t.low in self.lex.determiners or t.low in self.lex.possessives
                    or self.lex.age.match(t.low) or i == c + 1):
                owner = False  # "a prepared statement to reporters": not whose words
        return False

    def cited(self, p: _Para, open_at: int) -> _Who | None:
        """The source of words a speaker quotes, read out or cites just before the colon that
        opens them: « a expliqué la militante, citant le message d'une victime : « … » »
        (the victim's words, not the speaker's)."""
        s, _e = p.sentence(open_at)
        lo, hi = p.tok_range(s, open_at)
        for c in range(hi - 1, lo - 1, -1):
            if p.toks[c].low in self.lex.citing and not p.in_quote(p.toks[c].start):
                break
        else:
            return None
        if c + 1 >= hi or any(self.is_speech(p.toks[i]) for i in range(c + 1, hi)):
            return None  # « Citant un pêcheur, il a poursuivi : « … » »: he speaks
        for i in range(c + 1, hi - 1):
            if p.toks[i].low in self.lex.possessive_pronouns \
                    and p.toks[i + 1].low in self.lex.documents:
                # « en lisant l'une de ses publications : « … » »: the possessor's words
                owner = self.possessor(p, p.toks[i])
                if owner is not None and owner.ids:
                    return owner.with_rule("cited-document")
        if not self.cites_other(p, c, hi):
            return None  # "reading from a prepared statement:": the speaker's own words
        who = self.np_after(p, c + 1, open_at) or self.np_label(p, c + 1, open_at)
        if who is not None:
            return who.with_rule("cited-" + who.rule)
        label = p.text[p.toks[c + 1].start:p.toks[hi - 1].end]
        return _Who((), label, "cited")

    def authored(self, p: _Para, open_at: int) -> _Who | None:
        """The author of a written thing named last before the colon that opens its words:
        « La magistrate lui lit un courriel de Luc Hendrickx daté du 3 mars : « … » », « a
        conservé un courriel du 12 février, signé du directeur, X : », « un SMS envoyé le 14
        avril par le dirigeant du groupe à un collaborateur : » (the author's words, not those
        of whoever reads, keeps or cites them). Only after a verb that holds, reads out or
        passes it on (``holding``; not « a dénoncé les propos de X : ») and with no other
        clause before the colon (« et a porté plainte : »). Not where a speech verb follows
        the thing (« Dans un courriel de son DGS, il répond : »), nor where a preposition
        governs it (« répond au message de X : », « Dans un courriel de X, Y écrit : »), nor
        when « de » opens no person or body (« une note de service »)."""
        s, _e = p.sentence(open_at)
        lo, hi = p.tok_range(s, open_at)
        for d in range(hi - 1, lo, -1):
            if p.toks[d].low in self.lex.authored and not p.in_quote(p.toks[d].start) \
                    and (p.toks[d].text[:1].islower() or p.toks[d].text.isupper()):
                break
        else:
            return None
        det = p.toks[d - 1].low
        if det not in self.lex.determiners or det in self.lex.thing_prepositions \
                or d - 2 >= lo and p.toks[d - 2].low in self.lex.thing_prepositions:
            return None
        if d - 2 >= lo and p.gap(d - 2, d - 1).strip() in ("", "'", "\u2019") and not any(
                p.toks[v].low in self.lex.holding for v in range(max(lo, d - 4), d - 1)):
            # « a dénoncé les propos de X : », "welcomed the statement by X:": the subject
            # judges the thing and the words are the subject's (a thing opening the sentence
            # or a clause, « Le SMS de X se termine ainsi : », has no verb before it)
            return None
        if any(p.toks[j].low in self.lex.authored_breaks for j in range(d + 1, hi)):
            return None  # « a reçu un courriel de X et a porté plainte : »
        authors: list[int] = []  # the tokens after which the author's noun phrase opens
        if d + 1 < hi and p.toks[d + 1].low in self.lex.from_words:
            authors.append(d + 1)  # « un courriel de X », "a letter from X"
        for j in range(d + 1, hi):
            tok = p.toks[j]
            if tok.low in self.lex.authoring or tok.low in self.lex.authoring_from:
                by = next((k for k in range(j + 1, min(hi, j + 8))
                           if p.toks[k].low in self.lex.agents
                           or k == j + 1 and tok.low in self.lex.authoring_from
                           and p.toks[k].low in self.lex.from_words), None)
                if by is None or any(self.is_speech(p.toks[k]) for k in range(j + 1, by)):
                    return None  # « X écrit aux directeurs : »: a verb, not a participle
                authors.append(by)
            elif self.is_speech(tok):
                return None  # « Dans un courriel de son DGS, il répond : »
        for a in authors:
            behalf = len(self.lex.on_behalf)
            if behalf and a + behalf < hi and tuple(
                    t.low for t in p.toks[a + 1:a + 1 + behalf]) == self.lex.on_behalf:
                a += behalf  # « de la part de X »
            first = p.toks[a + 1] if a + 1 < hi else None
            if first is None or not (first.start in p.starts
                                     or first.low in self.lex.determiners
                                     or first.low in self.lex.possessives
                                     or p.toks[a].low in self.lex.contracted):
                continue  # « une note de service »: a kind of note, no author
            who = self.np_after(p, a + 1, open_at)
            if who is None or not (who.ids or who.label):
                continue
            named = {w.lower() for w in _TOKEN_RE.findall(who.label or "")}
            if not who.ids and self.lex.persons.keys().isdisjoint(named) \
                    and self.lex.kin.isdisjoint(named) and self.lex.bodies.isdisjoint(named):
                continue  # « un message de son lit d'hôpital »: a place, not an author
            if not who.ids:
                # a label must end where the phrase does (« de la DGS tient en une ligne : »
                # reads a verb into it); not on a preposition (« le dirigeant de »)
                words = (who.label or "").split()
                while len(words) > 1 and words[-1].lower() in self.lex.prepositions:
                    words.pop()
                label = " ".join(words)
                who = _Who((), label, who.rule)
                at = p.text.find(label, p.toks[a].end)
                nxt = next((k for k in range(a + 1, hi) if p.toks[k].start >= at + len(label)),
                           None) if at >= 0 else hi
                if at < 0 or nxt is not None and not (
                        p.gap(nxt - 1, nxt).strip() in (",", "(")
                        or p.toks[nxt].low in self.lex.thing_prepositions
                        or p.toks[nxt].low in self.lex.prepositions
                        or p.toks[nxt].low in self.lex.authoring
                        or self.past_participle(p.toks[nxt])):
                    continue
            return who.with_rule("authored-" + who.rule)
        return None

    def second_clause(self, p: _Para, lo: int, hi: int, colon: bool = False) -> bool:
        """A speech verb, then a clause joiner, a new subject and another speech verb in
        tokens [lo, hi): two attributions, so two quotations (with ``colon``, the
        attribution closing on a colon, also after "before", « puis »…)."""
        verb = next((i for i in range(lo, hi) if self.is_speech(p.toks[i])), None)
        if verb is None:
            return False
        for i in range(verb + 1, hi - 1):
            if p.toks[i].low in self.lex.clause_joiners \
                    or colon and p.toks[i].low in self.lex.colon_joiners:
                nxt = p.toks[i + 1]
                if self.is_speech(nxt) or self.is_skip(nxt) or nxt.low in self.lex.pronouns:
                    return False  # "she said and added", "et il a ajouté": the same speaker
                return any(self.is_speech(p.toks[k]) for k in range(i + 2, hi))
        return False

    # ---------------------------------------------------------------- rule 5: speakers

    def speaker(self, cand: _Candidate) -> _Who:
        self.current = cand
        self.inside_cache = None
        first, last = cand.pieces[0], cand.pieces[-1]
        for para, start, end in cand.interruptions:
            who = self.after(self.paras[para], start, end)
            if who is not None:
                return (self.answering(who, para) or who).with_rule("interruption")
        p0 = self.paras[first.para]
        if first.open_at is not None:
            head = p0.masked[:first.open_at].rstrip()
            if head.endswith(":") and len(cand.pieces) == 1 and self.word_introduced(p0, first) \
                    and len(_TOKEN_RE.findall(p0.text[first.start:first.end])) <= 3:
                # « elle s'est contentée d'un mot, glissé à un proche, qui l'a rapporté :
                # « Immense. » »: the word is the one of the person the sentence is about, not
                # of whoever passed it on
                who = self.sentence_subject(p0, first.open_at)
                if who is not None and who.ids:
                    return who.with_rule("word-of-" + who.rule)
            if head.endswith(":") and self.last is not None and self.last[0] == p0.index \
                    and self.lex.restating.search(p0.lowered, 0, len(head)):
                # « « … » Autrement dit : « … » »: the same voice restates its words
                return self.last[1].with_rule("restated")
            if head.endswith(":"):
                who = self.cited(p0, first.open_at)
                if who is not None:  # « …, citant le message d'une victime : « … » »
                    return who
            if head.endswith(":"):
                who = self.authored(p0, first.open_at)
                if who is not None:  # « un courriel de Luc Hendrickx daté du 3 mars : « … » »
                    return who
            if head.endswith(":"):  # « Réplique du trentenaire : « … » »
                who = self.speech_noun_of(p0, first.open_at) \
                    or self.infinitive_goes_on(p0, first.open_at)
                if who is not None:
                    return who
            if head.endswith((":", ",")):
                who = self.before(p0, first.open_at, tries=2)
                if who is not None and ("plural" in who.rule or "group" in who.rule) \
                        and last.close_at is not None:
                    # "What they're saying: "…," Brandt told Axios": a name attributing
                    # the quotation right after it outranks a plural pronoun before
                    after = self.after(self.paras[last.para], last.close_at + 1)
                    if after is not None and len(after.ids) == 1:
                        return after
                if who is not None and not who.ids and who.label:
                    goes_on = self.description_goes_on(p0, first.open_at, who.label)
                    if goes_on is not None:
                        return goes_on
                if who is not None and last.close_at is not None \
                        and not who.rule.endswith(_NAMING_RULES):
                    # « Son homologue de la FTQ s'est montré plus nuancé : « … ? » a demandé
                    # Martin Lévesque »: a name attributing the words right after them
                    # outranks a description, a pronoun or a counterpart before the colon
                    after = self.after(self.paras[last.para], last.close_at + 1)
                    if after is not None and after.ids and after.rule.endswith(_NAMING_RULES):
                        return after
                if who is not None:
                    return who.with_rule("introduction")
                m = p0.ends.get(len(head[:-1].rstrip())) if head.endswith(":") else None
                if m is not None and (self.is_complement(p0, m) or self.is_oblique(p0, m)):
                    # « la méthode de la réalisatrice : », « face au PDG d'Altéris, X : »:
                    # not the speaker
                    m = None
                if m is not None and self.names_a_thing(p0, m):
                    m = None  # « porte encore son badge Mercier-Lantz : »: a thing named
                if m is not None:
                    s_, _e = p0.sentence(m.span.start)
                    a_, b_ = p0.tok_range(s_, m.span.start)
                    if any(self.is_verb(p0, i) for i in range(a_, b_)):
                        m = None  # « L'homme d'affaires … pointe plutôt le président : »
                if m is not None:  # "Smith: “We will win.”"
                    return _Who(self.joint(p0, m), None, "name-colon")
                if head.endswith(":"):  # « Du côté de la préfecture, on se montre prudent : »
                    who = self.impersonal_colon(p0, first.open_at)
                    if who is not None:
                        return who
                if head.endswith(":"):  # "Carla Durand secoue la tête : « Non. »"
                    who = self.last_clause_subject(p0, first.open_at) \
                        or self.words_of_possessor(p0, first.open_at) \
                        or self.sentence_subject(p0, first.open_at, labels=True)
                    if who is not None and not who.ids:
                        writer = self.written_by_in_sentence(p0, first.open_at)
                        if writer is not None:
                            return writer
                    if who is not None:
                        return who.with_rule("colon-" + who.rule)
        if first.open_at is not None:
            who = self.view_relative(p0, first.open_at)
            if who is not None:
                return who
        if len(cand.pieces) == 1 and first.open_at is not None:
            words = _TOKEN_RE.findall(p0.text[first.start:first.end])
            lead = _TOKEN_RE.findall(p0.text[max(0, first.open_at - 40):first.open_at])
            # (an attribution closing the sentence outranks its subject: « Le club veut
            # « tourner la page » au plus vite, a ajouté Marie Dupont. »)
            closing = self.closing_attribution(p0, first.close_at + 1) \
                if first.close_at is not None and len(words) <= 3 else None
            if closing is not None:
                return closing
            if len(words) <= 3 and self.quoted_predicate(words, lead):
                # « La lycéenne veut « être entendue » »: the subject's own words
                who = self.sentence_subject(p0, first.open_at, labels=True)
                if who is not None:
                    return who.with_rule("predicate-" + who.rule)
        relative = self.quoted_in_relative(p0, first.open_at, first.close_at) \
            if first.open_at is not None and len(cand.pieces) == 1 else None
        if relative is not None:
            after = self.after(self.paras[last.para], last.close_at + 1) \
                if last.close_at is not None and relative.rule != "relative-subject" else None
            if after is None or (not after.ids and after.rule.endswith("noun-phrase")):
                # (an attribution after the quotation that names a person or a source
                # still outranks it: « qui doit être examinée « … », assure l'entourage »)
                return relative
        if last.close_at is not None:
            who = self.after(self.paras[last.para], last.close_at + 1)
            if who is not None and not who.ids and first.open_at is not None \
                    and self.relayed(self.paras[last.para], last.close_at + 1):
                # "Vereshchagin called the pause "balanced and responsible", the Interfax
                # news agency reported": the outlet relays the words of the sentence's subject
                named = self.sentence_subject(p0, first.open_at)
                if named is not None and named.ids:
                    return named.with_rule("relayed-" + named.rule)
            if who is not None:
                return self.answering(who, p0.index) or who
            who = self.agent(p0, first, last)
            if who is not None:
                return who
            who = self.taken_up(self.paras[last.para], last.close_at + 1)
            if who is not None:
                return who
        if first.open_at is not None:
            who = self.before(p0, first.open_at)
            if who is not None and not who.ids and who.rule.endswith(
                    ("organisation", "noun-phrase")):
                # « Reste à savoir … : la commission doit se réunir « … », selon son
                # producteur, X »: a person named by « selon » outranks a phrase before that
                # is no person (not "A police spokesman described it as "…", according to
                # reporter X": the reporter relays the spokesman's words)
                named = self.according(p0, first.open_at)
                if named is not None and named.ids:
                    return named
            if who is not None:
                return who
            who = self.according(p0, first.open_at)
            if who is not None:
                return who
            who = self.opinion(p0, first.open_at)
            if who is not None:
                return who
        if last.close_at is not None:
            pl = self.paras[last.para]
            who = self.according(pl, last.close_at)
            if who is not None:
                return who
            who = self.closing_attribution(pl, last.close_at + 1)
            if who is not None:
                return who
        start = first.open_at if first.open_at is not None else first.start
        if p0.index > 0 and not p0.masked[:start].strip():
            # "In a statement, the company said:" closing the previous paragraph
            above = self.paras[p0.index - 1]
            if above.masked.rstrip().endswith(":"):
                who = self.before(above, len(above.masked.rstrip()) - 1, tries=1) \
                    or self.heading_name(above)
                if who is not None:
                    return who.with_rule("previous-paragraph-" + who.rule)
                # « La présidente a écarté l'argument de la défense : ¶ « … » »: the subject
                # of the sentence the colon closes, as in one paragraph
                colon = len(above.masked.rstrip()) - 1
                a_, b_ = above.tok_range(above.sentence(colon)[0], colon)
                f_ = (self.after_fronted(above, a_, b_) or a_) if a_ < b_ else b_
                # (a sentence opening with its subject, maybe after a fronted phrase, not a
                # heading: "Reactions to Ray Lopez's resignation:"; « L'universitaire, qui
                # enseigne ici depuis 1998, ne cache pas son amertume : » opens on its subject
                # though its relative clause reads as a fronted phrase)
                who = self.sentence_subject(above, colon, labels=True) if any(
                    tok.start in above.starts or tok.low in self.lex.determiners
                    or tok.low in self.lex.pronouns
                    for tok in (above.toks[i] for i in (a_, f_) if i < b_)) else None
                if who is not None:
                    return who.with_rule("previous-paragraph-colon-" + who.rule)
            elif not above.quoted and above.masked.strip() \
                    and self.last_speaks(above) and self.unattributed(cand):
                # "Prosecutor Liam Hart said the sentence sent a message.¶“Public money…"
                who = self.before(above, len(above.masked.rstrip()), tries=1)
                if who is not None and who.ids:
                    return who.with_rule("previous-paragraph-" + who.rule)
        if self.last is not None and (self.last[0] == p0.index or (
                self.last[0] == p0.index - 1 and not p0.masked[:start].strip())):
            turn = self.question_again(cand, p0, start) or self.dialogue_turn(p0, start)
            if turn is not None:
                return turn
            asked = self.answer()
            if asked is not None:
                return asked
        who = self.asked_in_text(cand, p0, start) or self.document_writer(cand)
        if who is not None:
            return who
        near = self.subject_before(p0, start)
        if near is not None and near.ids:
            answer = self.answer_to_reported_question(p0, start, near)
            if answer is not None:
                return answer
            # « Elle ne s'en offusque pas. « Il a raison… » »: the subject of the sentence
            # right before the quotation is the most salient person, more than the subject of
            # an earlier speech verb
            opener = self.acted_upon_opener(p0, start, near) if self.first_person(cand) \
                else None
            return opener or near
        who = self.introduced_before(p0, start)
        if who is not None:
            return who
        s0, _e0 = p0.sentence(start)
        if first.open_at is not None and p0.masked[s0:start].strip():
            # « Son collègue X, interprète depuis 1998, a connu « … » »: a name opening the
            # quotation's own sentence outranks the voice of the sentences before
            who = self.named_opener(p0, s0, start)
            if who is not None:
                return who
        if first.open_at is not None and p0.masked[s0:start].strip():
            # « Son adversaire plaidait. L'avocate entendait demander aux jurés de retenir
            # « … » »: the person the quotation's own sentence opens with outranks the voice of
            # the sentences before
            who = self.sentence_subject(p0, start)
            if who is not None and who.ids and p0.sentence(start)[0] == s0 \
                    and self.opens_with(p0, s0, who):
                return who.with_rule("in-sentence-" + who.rule)
        if first.open_at is not None and p0.masked[s0:start].strip():
            who = self.indefinite_opener(p0, s0, start) \
                or self.body_opener(p0, s0, start, p0.text[first.start:first.start + 1])
            if who is not None:
                return who
        who = self.topic(p0, start)
        if who is not None:
            return who.with_rule("context:" + who.rule)
        if first.open_at is not None and p0.masked[s0:start].strip():
            # "Mélanie Riou n'avait « jamais vu autant de monde »": no speech verb, the
            # quoted words are those of the person the sentence is about
            who = self.sentence_subject(p0, start)
            i0 = p0.tok_range(s0, start)[0]
            if who is not None and (who.ids or who.rule == "source-subject") and (
                    who.rule != "pronoun" or len(who.ids) == 1
                    and p0.toks[i0].low in self.lex.pronouns and i0 + 1 < len(p0.toks)
                    and p0.toks[i0 + 1].low not in self.lex.impersonal):
                # (a pronoun too when it opens the sentence: « Il a décidé de fermer trois
                # semaines pour « tout remettre à plat » »; not « Il y a aussi Théo, venu
                # « pour payer le permis » »)
                return who.with_rule("in-sentence-" + who.rule)
        if self.last is not None:
            para, prev = self.last
            opens_paragraph = not p0.masked[:start].strip() or self.verbless_intro(p0, start)
            if (para == p0.index or (opens_paragraph and para == p0.index - 1)) \
                    and self.addressee(cand) not in prev.ids and not cand.turn:
                # (« …, monsieur Roubaud ? »: not the words of the voice it answers)
                who = self.new_voice_above(cand, p0, start, prev) if para != p0.index else None
                return who or prev.with_rule("previous-quote")
        who = self.subject_before(p0, start)
        if who is not None and who.ids:
            return who
        if last.close_at is not None:
            who = self.subject_after(self.paras[last.para], last.close_at + 1)
            if who is not None and who.ids:
                return who
        if not self.first_person(cand):
            if p0.index > 0 and len(cand.pieces) == 1 and self.unattributed(cand) \
                    and not cand.turn and not self.question(cand) and not _has_marks(self.paras[p0.index - 1].text) \
                    and not self.last_speaks(self.paras[p0.index - 1]) \
                    and not self.paras[p0.index - 1].masked.rstrip().endswith("?"):
                # « Marie-José Tanguy tient depuis 1979 la mercerie… ¶ « Plus personne ne
                # coud. » »: a quotation that is a paragraph of its own after a paragraph with
                # no quotation, in a portrait, is the words of the person that paragraph is
                # about, in the first person or not
                who = self.paragraph_before_subject(self.paras[p0.index - 1])
                if who is not None and len(who.ids) == 1 and not any(
                        m.person == who.ids[0] for q in self.paras[:p0.index - 1]
                        for m in q.starts.values()):
                    # (the paragraph that introduces them: not a person named before, whom a
                    # later paragraph goes back to, as a trial's questioner)
                    return who
            return _Who(rule="none")
        # the weaker rules, for somebody's own words only (« je », « nous », "I", "we")
        who = self.subject_two_before(p0, start)
        if who is not None and who.ids:
            return who
        who = self.pronoun_before(p0, start)
        if who is not None and who.ids:
            return who
        if p0.index > 0 and not p0.masked[:start].strip():
            who = self.paragraph_before_subject(self.paras[p0.index - 1]) \
                or self.new_voice_above(cand, p0, start, _Who(rule="none"), singular=False)
            # (« Dehors, une banderole : « Merci, Eddie. » Dedans, Eddie Morales vide son
            # casier. ¶ « Je suis arrivé ici gamin. » »: past a sign nobody signed, the person
            # the last sentence opens with)
            if who is not None and who.ids:
                return who
        who = self.voice_continues(p0, start) if not cand.turn else None
        if who is not None:
            return who  # (not a dialogue's turn: the voice before is the other one)
        return self.next_paragraph_subject(cand) or _Who(rule="none")

    def new_voice_above(self, cand: _Candidate, p: _Para, start: int,
                        prev: _Who, singular: bool = True) -> _Who | None:
        """ "The court wrote that the lower court had "misapplied the law." Joseph Ainsley
        learned of the decision by phone. ¶ "I sat down on the kitchen floor and cried."": a
        paragraph that opens with a quotation in the first person singular, after a paragraph
        whose last sentence, with no quotation, opens with another person, is that person's
        words rather than the voice of the quotation before (with ``singular`` False, after
        a quotation nobody said, in the first person plural too)."""
        if p.masked[:start].strip() or not (self.first_person_singular(cand) if singular
                                            else self.first_person(cand)):
            return None
        above = self.paras[p.index - 1]
        last = above.last_sentence()
        if last is None:
            return None
        ps, end = last
        if any(lo < end and ps < hi for lo, hi in above.quoted):
            return None
        who = self.opening_subject(above, ps, end)
        if who is None or len(who.ids) != 1 or who.ids == prev.ids:
            return None
        return who.with_rule("paragraph-before-" + who.rule)

    def document_writer(self, cand: _Candidate) -> _Who | None:
        """Written words standing with no attribution, right after a sentence whose subject is
        a document (« lettre », « message », "letter", "text message") that the sentence says
        one person wrote: signed, written or sent by them ("The letter arrived Thursday,
        signed by George Palmer."), the subject of a relative clause on the noun ("The text
        message that Yusuf Demir sent his brother…", « Le message qu'elle a posté… » aside:
        names only), or its possessor ("Yusuf Demir's letter"): the writer's words (a plaque,
        a banner, a notice nobody signed stay nobody's)."""
        first = cand.pieces[0]
        p = self.paras[first.para]
        start = first.open_at if first.open_at is not None else first.start
        if p.masked[:start].strip():
            s, _e = p.sentence(len(p.masked[:start].rstrip()) - 1)
            end = start
        elif p.index > 0:
            p = self.paras[p.index - 1]
            last = p.last_sentence()
            if last is None:
                return None
            s, end = last
        else:
            return None
        if any(lo < end and s < hi for lo, hi in p.quoted):
            return None  # (words quoted in that sentence: the quotation is another's)
        a, b = p.tok_range(s, end)
        k = next((i for i in range(a, min(b, a + 4)) if p.toks[i].low in self.lex.documents),
                 None)
        if k is None or p.in_quote(p.toks[k].start):
            return None
        found: set[str] = set()
        for st, m in p.starts.items():
            if not p.toks[a].start <= st < p.toks[b - 1].end or m.kind == "pronoun" \
                    or p.in_quote(st):
                continue
            i = bisect.bisect_left(p.tok_starts, st)
            if self.lex.writer_before.search(p.lowered, max(0, st - 60), st) \
                    or i == k + 2 and p.toks[k + 1].low in self.lex.object_relatives \
                    or st < p.toks[k].start and self.possessive_after(p, m):
                found.add(m.person)
        if len(found) != 1:
            return None
        return _Who((found.pop(),), None, "written-by")

    def last_clause_subject(self, p: _Para, open_at: int) -> _Who | None:
        """The named subject of the last of two clauses joined by a comma and « mais »,
        "but", "while"… before a colon: « Le collectif a obtenu la suspension des travaux, mais
        son président, Roger Vasseur, lui, n'en démord pas : « … » »: the colon closes that
        clause, and the words are its subject's (a name, or a name in apposition to the noun
        phrase opening the clause)."""
        s, _e = p.sentence(open_at)
        a, b = p.tok_range(s, open_at)
        j = next((i for i in range(b - 2, a, -1) if p.toks[i].low in self.lex.clause_joiners
                  and p.gap(i - 1, i) == "," and not p.in_quote(p.toks[i].start)), None)
        if j is None or p.toks[j].low in self.lex.joiners:
            # (not « et », "and": as often two objects, « contre l'ancien maire, X, et son
            # directeur de cabinet, Y, s'est montrée … : »)
            return None
        k = j + 1
        m = p.starts.get(p.toks[k].start)
        if m is None and (p.toks[k].low in self.lex.determiners
                          or p.toks[k].low in self.lex.possessives):
            z = self.description_end(p, k, b)
            m = self.apposed_name(p, z, b) if z is not None else None
        if m is None or m.kind == "pronoun" or self.is_possessor(p, m):
            return None
        if bisect.bisect_left(p.tok_starts, m.span.end) >= b:
            return None  # (a clause of its own: words after its subject)
        return _Who(self.joint(p, m), None, "last-clause-subject")

    def indefinite_opener(self, p: _Para, s: int, pos: int) -> _Who | None:
        """The quotation's own sentence opens with an indefinite noun phrase for a person, the
        subject of a verb of speech or of calling right after it ("A colleague called her "the
        heart of the fourth floor."", « Une voisine la décrit comme « … » »): somebody new and
        unnamed, whose words they are, not the voice of the sentences before."""
        a, b = p.tok_range(s, pos)
        if a + 2 >= b:
            return None
        det = self.lex.determiners.get(p.toks[a].low)
        if det is None or det[1] or det[0] == "p" or p.toks[a + 1].start in p.starts \
                or not (p.toks[a + 1].low in self.lex.persons
                        or p.toks[a + 1].low in self.lex.peers) or not p.tight(a, a + 1) \
                or not self.is_verb_like(p, a + 2):
            return None
        if not any(self.is_verb(p, i) or p.toks[i].low in self.lex.calling
                   for i in range(a + 2, min(b, a + 5))):
            return None  # ("A man has been jailed for what the court heard was "…"")
        return _Who((), p.text[p.toks[a].start:p.toks[a + 1].end], "indefinite-subject")

    def is_verb_like(self, p: _Para, i: int) -> bool:
        """Token i, right after a two-word subject, is lowercase and no complement or
        preposition: the verb, or a pronoun or adverb before it."""
        t = p.toks[i]
        return t.text[:1].islower() and p.tight(i - 1, i) and t.low not in self.lex.complements \
            and t.low not in self.lex.prepositions and t.low not in self.lex.article_prepositions \
            and t.low not in self.lex.relatives

    def words_of_possessor(self, p: _Para, open_at: int) -> _Who | None:
        """A sentence before a colon whose subject is a noun for words (« Une phrase résume son
        état d'esprit : « … » », "One line sums up her mood:"): the words are those of the
        person its possessive takes up, the one person it stands for."""
        s, _e = p.sentence(open_at)
        a, b = p.tok_range(s, open_at)
        if a + 2 >= b or p.toks[a].low not in self.lex.determiners \
                or p.toks[a + 1].low not in self.lex.said_nouns:
            return None
        k = next((i for i in range(a + 2, b) if p.toks[i].low in self.lex.singular_possessives),
                 None)
        if k is None or any(p.toks[i].start in p.starts for i in range(a, k)):
            return None
        who = self.resolve(p, None, p.toks[k].start, paragraphs=1)
        return who.with_rule("words-of-possessor") if who is not None and len(who.ids) == 1 \
            else None

    def asked_in_text(self, cand: _Candidate, p: _Para, start: int) -> _Who | None:
        """An interview's question asked in the article's own words, right before the
        quotation (« Vise-t-elle une sélection ? « Je n'y pense pas. » », "Any regrets?
        "None.""): the quotation answers it, in the voice of the interviewee, the voice of the
        quotation before (this paragraph or the one before), else the one person its pronoun
        takes up, else the person the paragraph before introduces when the question opens the
        paragraph."""
        if cand.pieces[0].open_at is None or cand.turn:
            return None
        head = p.masked[:start].rstrip()
        if not head.endswith("?"):
            return None
        s, _e = p.sentence(len(head) - 1)
        if p.in_quote(len(head) - 1) or s > len(head) - 1:
            return None
        a, b = p.tok_range(s, len(head))
        if a >= b or any(self.is_verb(p, i) for i in range(a, b)) \
                or any(p.toks[i].start in p.starts and p.starts[p.toks[i].start].kind != "pronoun"
                       for i in range(a, b)):
            return None  # (« a-t-il demandé ? », a question that names somebody)
        if self.last is not None and self.last[0] in (p.index, p.index - 1) \
                and len(self.last[1].ids) == 1:
            return self.last[1].with_rule("answer-to-question")
        for i in range(a, b):  # « Et elle, que retient-elle ? « … » »: whom it is put to
            if self.lex.pronouns.get(p.toks[i].low) in ("f", "m"):
                who = self.pronoun(p, p.toks[i].low, p.toks[i].start)
                if who is not None and len(who.ids) == 1:
                    return who.with_rule("answer-to-question-" + who.rule)
                break
        if p.masked[:s].strip() or p.index == 0 or _has_marks(self.paras[p.index - 1].text):
            return None
        who = self.paragraph_before_subject(self.paras[p.index - 1])
        return who.with_rule("answer-to-question-" + who.rule) \
            if who is not None and len(who.ids) == 1 else None

    def next_paragraph_subject(self, cand: _Candidate) -> _Who | None:
        """« « Je n'aurais jamais imaginé remplir l'Olympia. » ¶ Clara Benoît n'en revient
        toujours pas… »: a quotation that is a paragraph of its own, in the first person
        singular (somebody's own words, not a tag, a banner or a crowd's cry), after a
        paragraph with no quotation mark (not a dialogue's turn), is the words of the person
        the next paragraph's first sentence is about: its subject, named or described (« Le
        réalisateur s'interrompt… »), else the first person it names (« Le constat est signé
        X »)."""
        if not self.first_person_singular(cand):
            return None
        first, last = cand.pieces[0], cand.pieces[-1]
        p0, pl = self.paras[first.para], self.paras[last.para]
        start = first.open_at if first.open_at is not None else first.start
        if p0.masked[:start].strip() or last.close_at is None or cand.turn \
                or first.para > 0 and _has_marks(self.paras[first.para - 1].text) \
                or len({pc.para for pc in cand.pieces}) < len(cand.pieces) \
                or pl.masked[last.close_at + 1:].strip(" .!?…") \
                or last.para + 1 >= len(self.paras):
            return None
        q = self.paras[last.para + 1]
        if not q.toks:
            return None
        who = self.sentence_subject(q, max(0, q.sentence(0)[1] - 1))
        return who.with_rule("next-paragraph-" + who.rule) if who is not None and who.ids \
            else None

    def interviewee_tells(self, cand: _Candidate) -> _Who | None:
        """An interview's answer (the paragraph after a question in bold or after "Q:")
        where the interviewee, in the first person, reports words (« Je lui ai répondu :
        « Alors je partirai debout. » », 'I said: "Then I'll find it myself."'): the
        interviewee's, the first person the article names."""
        piece = cand.pieces[0]
        if piece.open_at is None or piece.para == 0 or not self.ordered:
            return None
        p = self.paras[piece.para]
        s0, _e = p.sentence(piece.open_at)
        a, b = p.tok_range(s0, piece.open_at)
        if a >= b or p.toks[a].low not in self.lex.first_person_subjects:
            return None
        above = self.paras[piece.para - 1].text.strip()
        if not (above.startswith("**") and above.endswith("?**")) \
                and not (self.lex.interview_question.match(above) and above.endswith("?")):
            return None  # (a question in bold, or "Q: …?" right before the answer)
        first = next((m for _i, _s, m in self.ordered if m.kind != "pronoun"), None)
        return _Who((first.person,), None, "interviewee") if first is not None else None

    def told_themself(self, cand: _Candidate, who: _Who) -> _Who | None:
        """'"You showed no remorse," the judge told him' after "Dean Harper was jailed": a
        description the rules took to the person the object pronoun takes up too is somebody
        else (nobody tells themself): the description's label."""
        last = cand.pieces[-1]
        if last.close_at is None:
            return None
        p = self.paras[last.para]
        m = self.lex.told_object.match(p.lowered, last.close_at + 1) \
            if self.lex.told_object is not None else None
        if m is None:
            return None
        told = self.resolve(p, self.lex.object_genders.get(m.group(2)), m.start(2))
        if told is None or told.ids != who.ids:
            return None
        return _Who((), p.text[m.start(1):m.end(1)].strip(), "told-object")

    def read_aloud(self, cand: _Candidate, reader: str) -> _Who | None:
        """\"Holm … sent a message that Vestergaard read aloud from the stage: “…”\", \"It
        was signed by Howard Lin.¶“…,” Esposito-Vance read aloud\": words read out are
        their writer's — the one person named as writing or sending a document in the
        quotation's sentence or the two sentences before it (not the reader)."""
        piece = cand.pieces[0]
        p = self.paras[piece.para]
        s, e = p.sentence(piece.open_at if piece.open_at is not None else piece.start)
        if piece.close_at is not None:
            e = max(e, p.sentence(piece.close_at + 1)[1])
        if not self.lex.read_aloud.search(p.masked, s, e):
            return None
        lo = s
        for _ in range(2):
            if lo > 0:
                lo = p.sentence(lo - 1)[0]
        zones = [(p, lo, e)]
        if lo == 0 and p.index > 0:  # (the paragraph before, its last two sentences)
            q = self.paras[p.index - 1]
            qs = q.sentence(max(0, len(q.text) - 1))[0]
            zones.insert(0, (q, q.sentence(qs - 1)[0] if qs > 0 else qs, len(q.text)))
        writers: list[str] = []
        for q, a, b in zones:
            ta, tb = q.tok_range(a, b)
            for i in range(ta, tb):
                tok = q.toks[i]
                if tok.low not in self.lex.writing_verbs or q.in_quote(tok.start):
                    continue
                if i + 2 < len(q.toks) and q.toks[i + 1].low == self.lex.written_by:
                    m = q.starts.get(q.toks[i + 2].start)  # "signed by Howard Lin"
                elif any(t.low in self.lex.documents for t in q.toks[i + 1:min(tb, i + 4)]):
                    # "Holm … sent a message": the subject of the writing verb, whose object
                    # is a document (not "sent Dean Harper to prison")
                    s0 = q.sentence(tok.start)[0]
                    m = next((x for st, x in sorted(q.starts.items())
                              if s0 <= st < tok.start and x.kind != "pronoun"
                              and not q.in_quote(st)), None)
                else:
                    m = None
                if m is not None and m.kind != "pronoun" and m.person != reader:
                    writers.append(m.person)
        if len(set(writers)) != 1:
            return None
        return _Who((writers[-1],), None, "read-aloud")

    def lede_subject_named_next(self, cand: _Candidate, who: _Who) -> _Who | None:
        """\"A fund manager who told retired teachers that their savings were “as safe as
        the Bank of England” … a jury has found.¶Julian Ashcroft-Reeve, 56, of Henley, was
        convicted…\": a lede that opens with an indefinite person, names nobody and quotes
        them (or nobody it can say), then a paragraph that opens with a name of that
        person's gender; the name is the lede's person, and the words theirs."""
        piece = cand.pieces[0]
        if piece.para != 0 or len(self.paras) < 2:
            return None
        p = self.paras[0]
        if not p.toks or any(st < piece.start and m.kind != "pronoun" and not p.in_quote(st)
                             for st, m in p.starts.items()):
            return None
        det = self.lex.determiners.get(p.toks[0].low)
        if det is None or det[1] or det[0] == "p":
            return None
        noun = next((t.low for t in p.toks[1:5] if t.low in self.lex.persons), None)
        if noun is None or (who.label is not None and not p.text.startswith(who.label)):
            return None  # (a source that says it, "police said", is somebody else)
        k = bisect.bisect_left(p.tok_starts, piece.open_at if piece.open_at is not None
                               else piece.start)
        if not any(self.is_speech(t) for t in p.toks[1:k]):
            return None  # (the person tells or says the words: not "jailed for what the court
            # heard was “a cowardly assault”")
        nxt = self.paras[1]
        m = nxt.starts.get(nxt.toks[0].start) if nxt.toks else None
        if m is None or m.kind == "pronoun":
            return None
        gender = self.lex.persons[noun] or det[0]
        if gender in ("f", "m") and self.gender(m.person) not in (gender, None):
            return None
        return _Who((m.person,), None, "lede-named-next")

    def stated_gender(self, cand: _Candidate) -> str | None:
        """The gender of the pronoun that attributes the quotation right after a closing
        mark ('"…," she said', « « … », a-t-il déclaré », « « …, dit-elle. … » »), if any."""
        for piece in cand.pieces:
            if piece.close_at is None:
                continue
            p = self.paras[piece.para]
            m = self.lex.stated_pronoun.match(p.text, piece.close_at + 1)
            if m is None:
                continue
            # (the attribution goes on the quotation's sentence — a comma inside the marks or
            # after them — and the verb after "he" speaks: not '“….” He nodded.')
            inside = p.masked[:piece.close_at].rstrip()[-1:] == "," \
                or p.text[piece.close_at + 1:m.start(1)].strip().startswith(",")
            k = bisect.bisect_left(p.tok_starts, m.end(1))
            verb = k < len(p.toks) and self.is_speech(p.toks[k])
            gender = self.lex.pronouns.get(m.group(1))
            if gender in ("f", "m") and (self.lex.stated_inverted or (inside and verb)):
                return gender  # (« , a-t-il dit »: the inverted verb is the attribution's)
        return None

    def named_afterwards(self, cand: _Candidate, label: str) -> _Who | None:
        """An unnamed speaker brought in by an indefinite phrase who gives a name later in
        the sentence, or in the two after it (\"said a neighbor who gave only her first name,
        Denise\", \"a woman … shouted, “…” She later identified herself as Delia Marsh\", « une
        habitante, qui se prénomme Sophie »): that name."""
        words = label.split()
        if not words or self.lex.determiners.get(words[0].lower(), (None, True))[1]:
            return None
        p = self.paras[cand.pieces[0].para]
        at = p.text.rfind(label, 0, cand.pieces[-1].end + len(label) + 200)
        if at < 0:
            return None
        _s, e = p.sentence(at)
        for _ in range(2):  # and the two sentences after it
            if e < len(p.text):
                e = p.sentence(e)[1]
        for start in sorted(st for st in p.starts if at + len(label) <= st < e):
            m = p.starts[start]
            if m.kind != "pronoun" and not p.in_quote(start) \
                    and self.lex.named_later.search(p.lowered, at + len(label), start):
                a, b = p.tok_range(at + len(label), start)
                if any(t.low in self.lex.kin or t.low in self.lex.relative_possessives
                       for t in p.toks[a:b]):
                    return None  # (« une habitante dont le fils s'appelle Lucas »: his name)
                return _Who((m.person,), None, "named-later")
        return None

    def addressee(self, cand: _Candidate) -> str | None:
        """The one person the quotation speaks to by a vocative that opens it or closes one
        of its sentences — « Madame la présidente, … », « …, monsieur Roubaud ? », "Senator
        Hale, …" —: a person named there, or tied before it to a role noun said there."""
        key = id(cand)
        if key in self.addressees:
            return self.addressees[key]
        found: set[str] = set()
        for piece in cand.pieces:
            p = self.paras[piece.para]
            if self.lex.vocatives.isdisjoint(
                    map(str.lower, _TOKEN_RE.findall(p.text, piece.start, piece.end))):
                continue  # (the words alone first, in C: most quotations hold no vocative)
            toks = list(_TOKEN_RE.finditer(p.text, piece.start, piece.end))
            for n, tok in enumerate(toks):
                if tok.group().lower() not in self.lex.vocatives:
                    continue
                lead = p.text[toks[n - 1].end() if n else piece.start:tok.start()].strip()
                if lead and lead[-1] not in ",.;:!?…":
                    continue  # (« le docteur Martin a dit »: not spoken to)
                # a vocative opening a sentence ends at a comma (« Monsieur Girard, … »; not
                # "Mr Pruitt did."); one after a comma ends the sentence ("…, Ms Soto?")
                ends = (".", "?", "!") if lead.endswith(",") else (",",)
                end = next((k for k in range(n, min(n + 5, len(toks)))
                            if p.text[toks[k].end():toks[k].end() + 2].lstrip(_SPACES)[:1]
                            in (ends if k > n else (",", "?", "!"))
                            or (lead.endswith(",") and toks[k].end() >= piece.end)), None)
                # (the period of "Ms." or "Dr." does not close the vocative)
                if end is None:
                    continue
                if end + 2 < len(toks) and toks[end + 1].group().islower() \
                        and p.text[toks[end + 1].end():toks[end + 1].end() + 1] in (",", ":"):
                    continue  # "Judge, clerk, bailiff: we all answer": a list, not a vocative
                lo, hi = tok.start(), toks[end].end()
                named = {m.person for m in p.inside if lo <= m.span.start < hi}
                if not named:
                    for t in toks[n:end + 1]:
                        word = t.group().lower()
                        for role in (word, *((r, r + "e") if (
                                r := self.lex.role_abbreviations.get(word)) else ())):
                            # (« Maître, … » speaks to the lawyer: « Me X » tied « avocat »)
                            holder = self.office_holder(p, role, piece.start)
                            if holder is not None:
                                named.add(holder)
                found |= named
        if not found:
            found = self.spoken_to(cand)
        one = next(iter(found)) if len(found) == 1 else None
        self.addressees[key] = one
        return one

    def spoken_to(self, cand: _Candidate) -> set[str]:
        """The people an attribution between the pieces of the quotation says it was said to
        ('"Counsel," he said to Brandt, "if …?"', « « Monsieur, lance-t-elle à Paul Roux, … ? »
        »): a speech verb, "to" or « à », and a name."""
        found: set[str] = set()
        for one, two in pairwise(cand.pieces):
            if one.para != two.para or one.close_at is None or two.open_at is None:
                continue
            p = self.paras[one.para]
            a, b = p.tok_range(one.close_at + 1, two.open_at)
            for i in range(a + 1, b - 1):
                m = p.starts.get(p.toks[i + 1].start)
                if p.toks[i].low in self.lex.addressees and m is not None \
                        and m.kind != "pronoun" and p.tight(i, i + 1) \
                        and any(self.is_speech(t) for t in p.toks[a:i]):
                    found.add(m.person)
        return found

    def heading_name(self, above: _Para) -> _Who | None:
        """A paragraph that is a name and its description, no verb, closed by a colon
        ("Former Ravensby striker Lee Hendry on BBC Radio Derby:"): that person speaks next."""
        end = len(above.masked.rstrip()) - 1
        s, _e = above.sentence(end)
        if s != 0:
            return None
        a, b = above.tok_range(s, end)
        if not 0 < b - a <= 12 or any(self.is_verb(above, i) for i in range(a, b)):
            return None
        named = [m for st, m in sorted(above.starts.items()) if st < end and m.kind != "pronoun"]
        if len({m.person for m in named}) != 1 or self.is_possessor(above, named[0]):
            return None  # ("Reactions to Lopez's resignation:")
        k = bisect.bisect_left(above.tok_starts, named[0].span.start)
        if any(t.low in self.lex.prepositions or t.low in self.lex.complements
               or t.low in self.lex.intro for t in above.toks[a:k]):
            return None  # (« Les réactions après la démission de Girard : »)
        return _Who((named[0].person,), None, "heading-name")

    def dialogues(self, found: list[tuple[_Candidate, _Who]]) -> None:
        """A run of paragraphs that are each one quotation and nothing else, questions among
        them, after a paragraph whose subject puts them (« The prosecutor, X, took her through
        the spring. ¶ "Who told you?" ¶ "Mr Pruitt did." ¶ "Where?" … »): a questioning, the
        subject asking and the one questioned answering, turn by turn. Only the quotations
        no rule gave a speaker take their turn's."""
        n = 0
        while n < len(found):
            run = [n]
            while run[-1] + 1 < len(found) and self.alone(found[run[-1] + 1][0]) \
                    and self.alone(found[run[-1]][0]) and found[run[-1] + 1][0].pieces[0].para \
                    == found[run[-1]][0].pieces[-1].para + 1:
                run.append(run[-1] + 1)
            n = run[-1] + 1
            if len(run) < 2 or not any(self.question(found[k][0]) for k in run):
                continue
            first = found[run[0]][0].pieces[0].para
            if first == 0 or self.paras[first - 1].kept:
                continue
            asker = self.paragraph_before_subject(self.paras[first - 1])
            if asker is None or len(asker.ids) != 1:
                continue
            turn = 0 if self.question(found[run[0]][0]) else 1
            answerer = self.questioned(found, run, turn, asker.ids[0])
            if answerer is None:
                continue
            for k in run:
                cand, who = found[k]
                if not who.ids and not who.label:
                    speaker = asker.ids[0] if turn % 2 == 0 else answerer
                    found[k] = (cand, _Who((speaker,), None, "dialogue"))
                turn += 1

    def questioned(self, found: list[tuple[_Candidate, _Who]], run: list[int], turn: int,
                   asker: str) -> str | None:
        """Who answers the questioning ``run`` (its first quotation a question when ``turn``
        is 0): the one its questions speak to by a vocative; else the person a pronoun of the
        sentence putting the questions stands for (« took her through »); else the most
        salient other person, not one the answers name."""
        spoken_to = {to for k in run if (to := self.addressee(found[k][0])) is not None}
        spoken_to.discard(asker)
        if len(spoken_to) == 1:
            return next(iter(spoken_to))
        named: set[str] = set()
        for n, k in enumerate(run):
            if (n + turn) % 2 == 1:  # an answer: « Mr Pruitt did. » is not Pruitt's
                piece = found[k][0].pieces[0]
                named |= {m.person for m in self.paras[piece.para].inside
                          if piece.start <= m.span.start < piece.end}
        above = self.paras[found[run[0]][0].pieces[0].para - 1]
        end = len(above.masked.rstrip())
        s, _e = above.sentence(end - 1)
        a, b = above.tok_range(s, end)
        for i in range(a + 1, b):
            gender = self.lex.gendered.get(above.toks[i].low)
            if gender in ("f", "m") and above.toks[i].start not in above.starts:
                who = self.resolve(above, gender, above.toks[i].start,
                                   exclude=frozenset({asker, *named}))
                if who is not None and len(who.ids) == 1:
                    return who.ids[0]
                break
        if not any(t.low.startswith(self.lex.questioning) for t in above.toks[a:b]):
            return None  # ("Okafor spent the evening attacking Lopez. ¶ "What has he done?"")
        first = found[run[0]][0].pieces[0]
        p = self.paras[first.para]
        scores = self.salience(p, first.start)
        near = {m.person for q in (above, p) for m in q.starts.values()}
        best = max((pid for pid in near if pid != asker and pid not in named),
                   key=lambda pid: (scores.get(pid, 0.0), pid), default=None)
        return best

    def alone(self, cand: _Candidate) -> bool:
        """The quotation is all its paragraph holds (one piece, nothing outside its marks)."""
        if len(cand.pieces) != 1:
            return False
        p = self.paras[cand.pieces[0].para]
        return not _ALNUM_RE.search(p.masked)

    def question(self, cand: _Candidate) -> bool:
        last = cand.pieces[-1]
        return self.paras[last.para].text[last.start:last.end].rstrip(_CLOSING).endswith("?")

    def together(self, cand: _Candidate, who: _Who) -> _Who:
        """« Avec son homologue de la CFDT, Sandrine Leroy, il a dénoncé d'une même voix
        « … » »: the sentence says the speech is joint and brings in another person with a
        comitative; the quotation is both people's."""
        first = cand.pieces[0]
        p = self.paras[first.para]
        s, e = p.sentence(first.open_at if first.open_at is not None else first.start)
        # (the anchored match first: it fails at once where most sentences open)
        if not self.lex.comitative_opens.match(p.lowered, s):
            return who  # (« Girard, qui a travaillé avec Morel, … »: company in a relative)
        if not self.lex.together.search(p.masked, s, e):
            return who
        for st, m in sorted(p.starts.items()):
            if s <= st < e and m.person not in who.ids and m.kind != "pronoun" \
                    and self.lex.comitatives.search(p.lowered, s, st):
                return _Who((*who.ids, m.person), None, who.rule + "-together")
        return who

    def other_voice(self, cand: _Candidate, spoken_to: str) -> _Who:
        """The most salient person of the quotation's paragraph and the one before it, other
        than the one it speaks to; nobody when there is none."""
        first = cand.pieces[0]
        p = self.paras[first.para]
        pos = first.open_at if first.open_at is not None else first.start
        near = {m.person for q in self.paras[max(0, p.index - 1):p.index + 1]
                for st, m in q.starts.items() if (q.index, st) < (p.index, pos)}
        scores = self.salience(p, pos)
        best = max((pid for pid in near if pid != spoken_to),
                   key=lambda pid: (scores.get(pid, 0.0), pid), default=None)
        return _Who((best,), None, "spoken-to-other") if best is not None \
            else _Who(rule="spoken-to")

    def no_self_reply(self, cand: _Candidate, who: _Who) -> _Who:
        """""…?" Ms Kearney asked. ¶ "…," the 56-year-old replied": a reply is not the words
        of the one who asked the question before it; a pronoun or a description that took her
        up takes the most salient other person instead (of the pronoun's gender)."""
        if self.last_cand is None or self.last is None or self.last[1].ids != who.ids \
                or ("pronoun" in who.rule and "pronoun" in self.last[1].rule) \
                or not any(w in who.rule for w in ("pronoun", "description", "interruption")) \
                or not self.question(self.last_cand) \
                or self.last_cand.pieces[-1].para < cand.pieces[0].para - 1:
            return who
        last = cand.pieces[-1]
        p = self.paras[last.para]
        s = p.sentence(cand.pieces[0].open_at if cand.pieces[0].open_at is not None
                       else cand.pieces[0].start)[0] if cand.pieces[0].para == last.para else 0
        e = p.sentence(last.close_at + 1 if last.close_at is not None else last.end)[1]
        a, b = p.tok_range(s, e)
        asker = who.ids[0]
        if not any(p.toks[i].low in self.lex.replies and not p.in_quote(p.toks[i].start)
                   for i in range(a, b)) or any(
                m.person == asker and m.kind != "pronoun" and s <= st < e and not p.in_quote(st)
                for st, m in p.starts.items()):
            return who  # (named in the attribution: "…?" she asked. "No," Kearney replied)
        gender = self.gender(asker) if "pronoun" in who.rule else None
        scores = self.salience(p, last.start)
        others = [pid for pid in scores if pid != asker and pid not in self.named_inside()
                  and (gender is None or self.gender(pid) == gender)]
        if not others:
            return _Who(rule=who.rule + "-reply")
        best = max(others, key=lambda pid: (scores[pid], pid))
        for spoken in self.described_speakers.values():
            # (« « Non », a répondu le prévenu »: the description now stands for the one who
            # replied, for « a maintenu le prévenu » further on)
            for at, pid in spoken.items():
                if at[0] == last.para and s <= at[1] < e and pid == asker:
                    spoken[at] = best
        return _Who((best,), None, who.rule + "-reply")

    def dialogue_turn(self, p: _Para, start: int) -> _Who | None:
        """« « Pourquoi aviez-vous un couteau ? ¶— Je l'avais toujours sur moi. ¶— Vous
        défendre de quoi ? » »: a paragraph of quotation alone that opens with a dash, or that
        the next paragraph answers with one, is a turn of a dialogue between the last two
        voices, each a single person: the one who did not speak last."""
        if len(self.voices) < 2:
            return None
        if p.masked[:start].strip():
            if not self.cut_off(p, start):
                return None
        elif not self.dash_turn(p) and not (p.index + 1 < len(self.paras)
                                            and self.dash_turn(self.paras[p.index + 1])) \
                and not self.cut_off(p, start):
            return None
        (_para1, last), (para0, before) = self.voices[-1], self.voices[-2]
        if len(last) != 1 or len(before) != 1 or last == before or para0 < p.index - 3 \
                or self.last is None or self.last[1].ids != last:
            return None  # (the last quotation was an unnamed person's: no alternation known)
        return _Who(before, None, "dialogue-turn")

    def question_again(self, cand: _Candidate, p: _Para, start: int) -> _Who | None:
        """« « Pourquoi ce compte ? », demande la présidente. ¶ « Pour mes enfants », répond la
        prévenue. ¶ « Avec l'argent de votre employeur ? » »: a question alone in its
        paragraph, after one person's question and another's answer, is the first one's
        next question, not the answer going on."""
        if p.masked[:start].strip() or not self.question(cand) or len(self.voices) < 2:
            return None
        (para1, last), (para0, before) = self.voices[-1], self.voices[-2]
        if len(last) != 1 or len(before) != 1 or last == before or para0 < p.index - 3 \
                or para1 < p.index - 1 or not self.voice_asked[-2] or self.voice_asked[-1]:
            return None
        return _Who(before, None, "dialogue-question")

    def cut_off(self, p: _Para, start: int) -> bool:
        """'"Senator, I'd be glad to look into that case —" Pelletier began. ¶"I'm not asking
        about her case."': the quotation at ``start`` follows, alone at the start of the next
        paragraph or right after it in the same one (« « Et vous les avez obtenues ? » « J'ai
        obtenu des engagements. » »), a quotation whose words break off on a dash or ask a
        question, or a turn of such a dialogue: its words interrupt or answer the voice
        before them."""
        if self.last_cand is None or self.last is None:
            return False
        last = self.last_cand.pieces[-1]
        if last.para == p.index:
            if p.masked[last.mask_hi:start].strip(" \t\u00a0\u202f\u00ab\u00bb\u201c\u201d\"'"):
                return False
        elif last.para != p.index - 1 or p.masked[:start].strip():
            return False
        if self.last[1].rule == "dialogue-turn":
            return True
        words = self.paras[last.para].text[last.start:last.end].rstrip()
        # ('"And rent control is going to change that?" Coyle replied. ¶"It's going to keep
        # Mrs. Ferreira in her apartment."': a question, answered; not the last piece of words
        # joined across their attribution, which may be the other voice's question: « « … »,
        # répond le prévenu. « Et vous avez pris le volant quand même ? » »)
        return words.endswith(("\u2014", "\u2013", "--")) \
            or (words.endswith("?") and len(self.last_cand.pieces) == 1)

    @staticmethod
    def dash_turn(p: _Para) -> bool:
        """The paragraph opens with a dialogue dash (« — Je ne sais pas. »)."""
        return p.text.lstrip(" \t\u00a0\u00ab\u201c\"").startswith(("\u2014", "\u2013"))

    def answering(self, who: _Who, para: int) -> _Who | None:
        """'"Counsel," he said to Brandt, "…?" ¶"Probably not," she answered': the pronoun
        attributing an answer takes up the one the question was put to, of its gender, rather
        than the person it would take up otherwise."""
        if not who.rule.endswith("pronoun") or len(who.ids) != 1 or self.last is None \
                or self.last[0] < para - 1:
            return None
        asked = self.answer()
        if asked is None or asked.ids == who.ids \
                or self.gender(asked.ids[0]) != self.gender(who.ids[0]):
            return None
        return asked.with_rule(who.rule + "-answer")

    def answer(self) -> _Who | None:
        """The quotation answers the question the quotation before it put to somebody by a
        vocative: « « Madame la maire, … Est-ce que vous assumez ? » La réponse a fusé :
        « J'assume… » »: the one spoken to answers."""
        if self.last_cand is None or self.last is None:
            return None
        if not self.question(self.last_cand):
            return None
        asked = self.addressee(self.last_cand)
        if asked is None or asked in self.last[1].ids:
            return None
        para = self.last_cand.pieces[-1].para
        if not any(m.person == asked for q in self.paras[max(0, para - 1):para + 1]
                   for m in q.starts.values()):
            return None  # ("Who will pay, Mr. Lopez?" at a rally Lopez is not at)
        return _Who((asked,), None, "answer")

    def anonymous(self, cand: _Candidate, who: _Who) -> _Who:
        """« « … », nous a-t-il glissé, sans vouloir être cité », "…, said an official who
        requested anonymity": an attribution that says its speaker is not named leaves the
        quotation unnamed, whoever the rules found."""
        if who.label and not who.ids:
            return who
        for piece in {id(x): x for x in (cand.pieces[0], cand.pieces[-1])}.values():
            p = self.paras[piece.para]
            a = p.sentence(piece.open_at if piece.open_at is not None else piece.start)[0]
            b = p.sentence(piece.close_at + 1 if piece.close_at is not None
                           else piece.end)[1]
            # (the paragraph's few mentions first: the speaker is mostly named there)
            if not any(a <= start < b and m.person in who.ids and m.kind != "epithet"
                       and not p.in_quote(start) for start, m in p.starts.items()) \
                    and self.lex.anonymity.search(p.masked, a, b):
                # (the speaker named in that very sentence is named: "Lopez, who spoke on
                # condition of anonymity, said")
                return _Who((), self.lex.anonymous_label, "anonymous")
        return who

    def named_inside(self) -> frozenset[str]:
        """The people the current quotation names or describes by a tied role: « Olivier a
        l'énergie… », a déclaré M. Vasseur; « Le coach venait me voir ». Nobody speaks of
        themselves so, so a pronoun or a description is never resolved to them."""
        if self.inside_cache is None:
            cand = self.current
            found: frozenset[str] = frozenset()
            if cand is not None:
                # (not the people a quotation inside it names: « Un monsieur m'a dit :
                # “Madame Castagnet, vous êtes assise ?” » is what she was told)
                found = frozenset(
                    m.person for piece in cand.pieces for m in self.paras[piece.para].inside
                    if piece.start <= m.span.start < piece.end and not any(
                        a <= m.span.start < b for a, b in self.nested_quotes(piece)))
                if self.bindings:
                    found |= self.roles_inside(cand)
                if self.relations:
                    found |= self.own_relatives_inside(cand)
            self.inside_cache = found
        return self.inside_cache

    def nested_quotes(self, piece: _Piece) -> list[tuple[int, int]]:
        """The spans of the quotations inside a quotation's piece (its own marks excluded)."""
        text = self.paras[piece.para].text
        return [(piece.start + m.start(), piece.start + m.end())
                for m in _NESTED_RE.finditer(text[piece.start:piece.end])]

    def roles_inside(self, cand: _Candidate) -> frozenset[str]:
        """The people tied to a role noun that the quotation uses with a definite article
        (« le coach », "the mayor"): the quotation speaks of them, so they do not say it."""
        found: set[str] = set()
        for piece in cand.pieces:
            p = self.paras[piece.para]
            words = _TOKEN_RE.findall(p.text[piece.start:piece.end].lower())
            if self.bindings.keys().isdisjoint(words):
                continue  # (most quotations use no tied role noun)
            for n in range(1, len(words)):
                ties = self.bindings.get(words[n])
                det = self.lex.determiners.get(words[n - 1]) if ties else None
                if ties and det is not None and det[1] and det[0] != "p" \
                        and not (self.said_of_oneself(words, n - 1)
                                 and words[n + 1:n + 2] != ["s"]):  # ("the mayor's driver")
                    found.update(pid for para, _pos, pid, _c, _f in ties if para <= piece.para)
        return frozenset(found)

    def own_relatives_inside(self, cand: _Candidate) -> frozenset[str]:
        """The relatives the article ties to a kin noun that the quotation uses after a
        first-person possessive (« Son père, Jacques X, … « Mais mon père a connu une autre
        Suisse » »): the speaker speaks of them, so they do not say it."""
        found: set[str] = set()
        for piece in cand.pieces:
            p = self.paras[piece.para]
            words = _TOKEN_RE.findall(p.text[piece.start:piece.end].lower())
            for n in range(1, len(words)):
                ties = self.relations.get(words[n])
                if ties and words[n - 1] in self.lex.first_person:
                    found.update(pid for para, _pos, pid in ties if para <= piece.para)
        return frozenset(found)

    def said_of_oneself(self, words: list[str], d: int) -> bool:
        """The role noun phrase opening at word ``d`` follows a first-person copula, a few
        adverbs apart: « je suis d'abord la maire », "I'm still the mayor"."""
        for c in range(d - 1, max(0, d - 4), -1):
            if words[c] in self.lex.self_copulas:
                return words[c - 1] in self.lex.first_person
        return False

    def agent(self, p: _Para, first: _Piece, last: _Piece) -> _Who | None:
        """ "une mesure jugée « insuffisante » par les syndicats", "described as "reckless"
        by the mayor": a speech participle before the quotation, its agent after it."""
        if first.open_at is None or last.close_at is None or last.para != p.index:
            return None
        _a, b = p.tok_range(0, first.open_at)
        if b == 0 or p.masked[p.toks[b - 1].end:first.open_at].strip(" '’\u00a0"):
            return None
        for j in range(b - 2, max(0, b - 6), -1):
            # « l'éclairage, signalé par des riverains « depuis des années » »: the agent
            # stands between the speech participle and the quotation
            if not p.tight(j, j + 1):
                break
            if p.toks[j].low in self.lex.agents and self.is_speech(p.toks[j - 1]) \
                    and not self.inverted(p.toks[j - 1]) and p.tight(j - 1, j) \
                    and self.lex.adverbials.match(p.lowered, p.toks[j].start) is None:
                # (not a medium: "said by email that the firm")
                who = self.np_after(p, j + 1, first.open_at) \
                    or self.np_label(p, j + 1, first.open_at)
                if who is not None:
                    return who.with_rule("agent-before-" + who.rule)
                break
        linked = b >= 2 and p.toks[b - 1].low in self.lex.agent_links and p.tight(b - 2, b - 1)
        if linked:
            b -= 1  # "described as", « qualifiée d' »
        participle = p.toks[b - 1].low
        if not (self.is_speech(p.toks[b - 1]) or participle in self.lex.naming_participles
                or linked and participle in self.lex.linked_naming_participles) \
                or self.inverted(p.toks[b - 1]):
            return None
        k = bisect.bisect_left(p.tok_starts, last.close_at + 1)
        if k + 1 >= len(p.toks) or p.toks[k].low not in self.lex.agents \
                or p.masked[last.close_at + 1:p.toks[k].start].strip():
            return None
        # (« Accusé de « laxisme » par l'opposition, Paul Martin a répliqué »: the agent's
        # phrase ends at the comma, the name after it is the clause's subject)
        end = self.phrase_end(p, p.toks[k].end, p.sentence(p.toks[k].start)[1])
        who = self.np_after(p, k + 1, end) or self.np_label(p, k + 1, end)
        if who is None and p.toks[k + 1].low in self.lex.determiners:
            # ('dubbed "the bulldozer" by the opposition'): after "by", whatever the phrase names
            # said the words, even a noun no list holds
            z = bisect.bisect_left(p.tok_starts, end) - 1
            if z > k + 1 and p.toks[z].end <= end:
                who = _Who((), p.text[p.toks[k + 1].start:p.toks[z].end], "noun-phrase")
        return who.with_rule("agent-" + who.rule) if who else None

    def ends_with_a_group(self, p: _Para) -> bool:
        """The last sentence of paragraph p opens with a plural subject: a plural determiner
        or pronoun, or a plural noun of people ("Residents were not impressed", « Les usagers,
        eux, … »)."""
        s, e = p.sentence(len(p.masked.rstrip()))
        a, b = p.tok_range(s, e)
        if a >= b:
            return False
        low = p.toks[a].low
        det = self.lex.determiners.get(low)
        return (det is not None and det[0] == "p") or self.lex.pronouns.get(low) == "p" \
            or (low in self.lex.sources and low.endswith(("s", "x")))

    def only_person(self, p: _Para) -> _Who | None:
        """The one person paragraph p names (pronouns aside), when one of its sentences opens
        with them, as its subject (not after a preposition nor as a possessor)."""
        named = {m.person for m in p.starts.values() if m.kind != "pronoun"}
        if len(named) != 1:
            return None
        for st, m in sorted(p.starts.items()):
            if m.kind == "pronoun" or self.is_oblique(p, m) or self.is_possessor(p, m):
                continue
            s = p.sentence(st)[0]
            a, _b = p.tok_range(s, st)
            fronted = a < len(p.toks) and p.toks[a].start < st and (
                p.toks[a].low in self.lex.intro or p.toks[a].low in self.lex.determiners)
            if not p.masked[s:st].strip() or (fronted and p.masked[s:st].rstrip().endswith(",")):
                return _Who((m.person,), None, "introduced-above")
        return None

    def last_speaks(self, p: _Para) -> bool:
        """The paragraph's last sentence has a speech verb (used as a verb)."""
        s, e = p.sentence(len(p.masked.rstrip()))
        a, b = p.tok_range(s, e)
        return any(self.is_verb(p, i) for i in range(a, b))

    def infinitive_goes_on(self, p: _Para, open_at: int) -> _Who | None:
        """« Et d'ajouter, dans un sourire : « … » », « …, avant d'ajouter en français : « … »
        »: a speech verb in the infinitive with no subject of its own goes on with the voice
        of the quotation just before, in the same paragraph."""
        if self.last is None or self.last_end is None or self.last_end[0] != p.index \
                or self.last_end[1] > open_at:
            return self.infinitive_opens(p, open_at)
        a, b = p.tok_range(self.last_end[1], open_at)
        for i in range(max(a, b - 12), b - 1):
            tok = p.toks[i]
            if tok.low in ("d", "de") and p.tight(i, i + 1) and self.is_speech(p.toks[i + 1]) \
                    and (i == a or p.toks[i - 1].low in self.lex.sequence
                         or p.toks[i - 1].low in self.lex.joiners):
                # (nobody named or taken up between the infinitive and the colon; and the
                # infinitive in the sentence of the quotation before, or opening its own:
                # « Le quinquagénaire s'est tourné vers son avocat avant de répondre : » has
                # its own subject)
                if any(t.start in p.starts or t.low in self.lex.pronouns
                       for t in p.toks[i + 2:b]):
                    return None
                s0 = p.sentence(tok.start)[0]
                opens = not p.masked[s0:tok.start].strip(" ,") or (
                    i >= 1 and p.toks[i - 1].start >= s0
                    and not p.masked[s0:p.toks[i - 1].start].strip(" ,"))
                if s0 > self.last_end[1] and not opens:
                    return None
                return self.last[1].with_rule("infinitive-goes-on") if self.last[1].ids \
                    else None
        return None

    def reporting_subject(self, p: _Para, a: int, v: int) -> _Who | None:
        """"Jenna Clough said the Knights' late surge summed up a team that has "…"": the verb
        at v is in the clause a speech verb before it reports, and its subject names nobody;
        the named subject of that speech verb says the words (not "the government's new
        planning rules")."""
        if self.is_speech(p.toks[v]):
            return None
        for u in range(v - 2, a - 1, -1):
            if self.is_speech(p.toks[u]) and p.gap(u, u + 1).strip() == "" \
                    and (p.toks[u + 1].low in self.lex.determiners
                         or p.toks[u + 1].low in self.lex.object_relatives):
                who = self.subject_of(p, u, a)
                if who is not None and who.ids:
                    return who.with_rule("before:reporting-" + who.rule)
                return None
        return None

    def incise_before(self, p: _Para, a: int, b: int, open_at: int) -> _Who | None:
        """« Il y a vingt ans, raconte le gynécologue à la retraite, « … » »: an incise
        between commas right before the opening mark, a speech verb then its subject, a
        definite phrase (a name has its own rules)."""
        if b - a < 3 or p.masked[p.toks[b - 1].end:open_at].strip() != ",":
            return None
        for v in range(b - 2, max(a, b - 9) - 1, -1):
            if p.gap(v - 1, v).strip() != "," if v > a else True:
                continue
            det = self.lex.determiners.get(p.toks[v + 1].low)
            if not self.is_speech(p.toks[v]) or det is None or not det[1] \
                    or any(t.start in p.starts for t in p.toks[v + 1:b]) \
                    or any(p.gap(k, k + 1).strip() for k in range(v, b - 1)):
                return None
            who = self.classify_np(p, v + 1, b - 1, speaking=True)
            if who is None:  # (the noun without its complement: « le gynécologue à la retraite »)
                end = next((k for k in range(v + 3, b) if p.toks[k].low in self.lex.complements
                            or p.toks[k].low in self.lex.article_prepositions), None)
                if end is not None:
                    who = self.classify_np(p, v + 1, end - 1, speaking=True)
            return who.with_rule("before:incise-" + who.rule) if who is not None else None
        return None

    def written_by_in_sentence(self, p: _Para, open_at: int) -> _Who | None:
        """« Le courriel tient en trois lignes. Il est daté du 17 avril, et il est adressé par
        X, président du syndicat, à sa directrice : « … » »: the one person the colon's
        sentence says wrote or sent what it quotes (a writing verb, « par », the name)."""
        s0, _e = p.sentence(open_at)
        a, b = p.tok_range(s0, open_at)
        found = {p.starts[p.toks[k + 2].start].person for k in range(a, b - 2)
                 if p.toks[k].low in self.lex.writing_verbs
                 and p.toks[k + 1].low == self.lex.written_by
                 and p.toks[k + 2].start in p.starts
                 and p.starts[p.toks[k + 2].start].kind != "pronoun"
                 # (not « Le courrier envoyé par X a reçu une réponse du ministère : »: a
                 # verb of its own after the writer)
                 and not any(self.is_verb(p, j) or self.past_participle(p.toks[j])
                             for j in range(k + 3, b))}
        return _Who((found.pop(),), None, "colon-written-by") if len(found) == 1 else None

    def impersonal_colon(self, p: _Para, open_at: int) -> _Who | None:
        """« Du côté de la préfecture, on se montre prudent : « … » »: a sentence before the
        colon whose subject is the impersonal « on » names nobody — the body of a fronted
        phrase (« la préfecture ») or « on » is the label, not the person of the sentences
        before."""
        s0, _e = p.sentence(open_at)
        a, b = p.tok_range(s0, open_at)
        comma = next((i for i in range(a, min(b - 1, a + 10)) if p.gap(i, i + 1) == ","), None)
        k = a if comma is None else comma + 1
        if k >= b or p.toks[k].low not in self.lex.impersonal_subjects \
                or p.toks[k].text[:1].isupper() and k != a \
                or any(t.low in self.lex.perceiving for t in p.toks[k + 1:min(b, k + 4)]) \
                or (k + 1 < b and p.toks[k + 1].low in self.lex.object_clitics) \
                or any(s0 <= st < open_at and m.kind != "pronoun" and not p.in_quote(st)
                       for st, m in p.starts.items()):
            # (« Hors champ, on entend le père : »: the one heard speaks; « on la sent émue »:
            # the one it says; « on retiendra cette phrase de Jean Dupont : »: the one named)
            return None
        label = p.toks[k].low
        if comma is not None:
            words = [t.low for t in p.toks[a:comma + 1]]
            for lead in self.lex.body_leads:
                n = len(lead)
                if tuple(words[:n]) == lead and comma + 1 > a + n:
                    label = p.text[p.toks[a + n].start:p.toks[comma].end]
                    break
        return _Who((), label, "impersonal-colon")

    def infinitive_opens(self, p: _Para, open_at: int) -> _Who | None:
        """« X a pris la parole en fin de séance. Et de conclure : « … » »: a sentence that
        opens with « Et de » and a speech verb in the infinitive, with no quotation before it
        in the paragraph, goes on with the subject of the sentence before."""
        s0, _e = p.sentence(open_at)
        a, b = p.tok_range(s0, open_at)
        if b - a < 3 or (p.toks[a].low not in self.lex.sequence
                         and p.toks[a].low not in self.lex.joiners) \
                or p.toks[a + 1].low not in ("d", "de") or not self.is_speech(p.toks[a + 2]) \
                or not p.masked[:open_at].rstrip().endswith(":") \
                or any(t.start in p.starts or t.low in self.lex.pronouns for t in p.toks[a:b]):
            return None
        who = self.opening_subject(p, p.sentence(s0 - 1)[0], s0) if s0 > 0 else None
        return who.with_rule("infinitive-opens") if who is not None and who.ids else None

    def speech_noun_of(self, p: _Para, open_at: int) -> _Who | None:
        """A colon after a noun for words and its speaker, with no verb: « Réplique du
        trentenaire : », « Réponse de Claire Morel : », "Reply from the mayor:"."""
        s, _e = p.sentence(open_at)
        a, b = p.tok_range(s, open_at)
        if a + 4 < b and self.lex.determiners.get(p.toks[a].low, (None, True))[1] is False \
                and p.toks[a + 2].low in self.lex.object_relatives \
                and p.toks[a + 3].low in self.lex.determiners:
            # « Un argument que la cheffe d'entreprise balaie d'un revers de main : « … » »:
            # the subject of the relative clause answers with the quotation
            z = a + 4  # the determiner and its noun, and a complement of one noun
            if z + 2 < b and p.toks[z + 1].low in self.lex.complements \
                    and p.toks[z + 2].text[:1].islower() and p.tight(z, z + 1) \
                    and p.tight(z + 1, z + 2):
                z += 2  # (« la cheffe d'entreprise »)
            who = self.classify_np(p, a + 3, z)
            if who is not None and who.ids:
                return who.with_rule("relative-subject-" + who.rule)
        if a + 1 == b and p.toks[a].low in self.lex.independent_possessives:
            # "His take on the job: "…" Hers: "…"": the words of the person of that gender
            who = self.resolve(p, self.lex.independent_possessives[p.toks[a].low],
                               p.toks[a].start, paragraphs=1)
            return who.with_rule("independent-possessive") \
                if who is not None and len(who.ids) == 1 else None
        if a + 1 < b and p.toks[a].low in self.lex.singular_possessives \
                and (p.toks[a + 1].low in self.lex.speech_nouns
                     or p.toks[a + 1].low in self.lex.view_nouns) and p.tight(a, a + 1):
            # « Son analyse est sans appel : « … » »: the words of the person « son » takes up
            # (as « Sa priorité : « … » », "His assessment: "…"": what one holds and says)
            who = self.resolve(p, None, p.toks[a].start, paragraphs=1)
            return who.with_rule("possessed-speech-noun") \
                if who is not None and len(who.ids) == 1 else None
        # the noun opens the clause before the colon (the sentence may have opened inside the
        # quotation before: « … comme toujours. » Réplique du trentenaire : « … » »)
        a = next((i for i in range(b - 3, max(a, b - 8) - 1, -1)
                  if p.toks[i].low in self.lex.speech_nouns and p.toks[i].text[:1].isupper()),
                 b)
        if b - a < 3 or p.toks[a + 1].low not in self.lex.speech_noun_links:
            return None
        m = p.starts.get(p.toks[a + 2].start)
        if m is not None:
            return _Who(self.joint(p, m), None, "speech-noun")
        gender = self.lex.gendered_articles.get(p.toks[a + 1].low)
        if gender is not None:  # « du trentenaire »: the article is in the preposition
            k = a + 2
            noun = p.toks[k].low
            if noun in self.lex.persons or noun in self.lex.age_nouns \
                    or _guessed_person(self.lex, noun) is not False:
                who = self.resolve(p, gender, p.toks[k].start, paragraphs=2)
                return who.with_rule("speech-noun-description") if who is not None else None
            return None
        who = self.classify_np(p, a + 2, b - 1)
        return who.with_rule("speech-noun-" + who.rule) if who is not None else None

    def description_goes_on(self, p: _Para, open_at: int, label: str) -> _Who | None:
        """« « A », a-t-il lancé. Le Corse, sur les plateaux depuis 1979, a ajouté : « B » »:
        a definite description no rule resolved, subject of a verb that goes on, is the voice
        of the quotation just before in the paragraph when its gender fits."""
        if self.last is None or self.last[0] != p.index or len(self.last[1].ids) != 1:
            return None
        words = label.split()
        det = self.lex.determiners.get(words[0].lower()) if len(words) > 1 else None
        if det is None or not det[1] or det[0] not in ("f", "m"):
            return None
        s, _e = p.sentence(open_at)
        a, b = p.tok_range(s, open_at)
        if not any(p.toks[i].low in self.lex.continuing or (
                p.toks[i].low in self.lex.skip and i + 1 < b
                and p.toks[i + 1].low in self.lex.continuing) for i in range(a, b)):
            return None
        speaker = self.last[1].ids[0]
        if self.gender(speaker) != det[0] or speaker in self.named_inside():
            return None
        return _Who((speaker,), None, "introduction-continuing-description")

    def headline_speaker(self, cand: _Candidate) -> _Who | None:
        """A quotation the headline also quotes, with one person named in the headline: « « Je
        voulais juste voir la terre » : Maëlle Le Bihan boucle son tour du monde », "'We're
        not going anywhere': the Pryces stay put". The headline says who said it."""
        if self.headline_quotes is None:
            title = self.article.title
            quoted = [_normalise(m.group(1)) for m in _HEADLINE_QUOTE_RE.finditer(title)]
            # (a whole word of the headline: "Lopez", not "Lopezville")
            words = set(_TOKEN_RE.findall(title))
            named = {m.person for p in self.paras for m in p.starts.values()
                     if m.kind != "pronoun" and len(m.text) > 3 and m.text in title
                     and (m.text in words or all(w in words for w in _TOKEN_RE.findall(m.text)))}
            self.headline_quotes = (quoted, next(iter(named)) if len(named) == 1 else None)
        quoted, person = self.headline_quotes
        if person is None or not quoted:
            return None
        text = _normalise(_quote_text(self.article, cand))
        # (both ways, at least three words: a one-word quotation is not the headline's)
        if len(text.split()) >= 3 and any(len(q.split()) >= 3 and (q in text or text in q)
                                          for q in quoted):
            return _Who((person,), None, "headline")
        return None

    def verbless_intro(self, p: _Para, start: int) -> bool:
        """The paragraph opens, before ``start``, with a short phrase and a colon and no verb,
        name or pronoun: "Then, after a pause: “…”", « Puis, après un silence : « … » » (the
        voice just heard goes on)."""
        head = p.masked[:start].rstrip()
        if not head.endswith(":"):
            return False
        a, b = p.tok_range(0, start)
        return 0 < b - a <= 8 and not any(
            self.is_verb(p, i) or p.toks[i].start in p.starts
            or p.toks[i].low in self.lex.pronouns or p.toks[i].low in self.lex.persons
            for i in range(a, b))

    def unattributed(self, cand: _Candidate) -> bool:
        """Every piece of the quotation fills its paragraph: no words outside the marks."""
        for piece in cand.pieces:
            p = self.paras[piece.para]
            outside = p.masked[:piece.mask_lo] + p.masked[piece.mask_hi:]
            if _ALNUM_RE.search(outside):
                return False
        return True

    def closing_attribution(self, p: _Para, start: int) -> _Who | None:
        """A named or pronoun speaker with a speech verb closing the quotation's sentence after
        a comma, a few words past the quotation: 'X had "buried his head in the sand" about
        the dog, she added.'"""
        _s, e = p.sentence(start)
        comma = p.masked.rfind(",", start, e)
        if comma < 0 or not p.masked[start:comma].strip():
            return None  # (right after the quotation: the usual attribution, ``after``)
        a, b = p.tok_range(comma, e)
        if not 2 <= b - a <= 7:
            return None
        lo, hi = p.tok_range(p.sentence(start)[0], start)
        if any(t.low in self.lex.reading or t.low in self.lex.sign_nouns for t in p.toks[lo:hi]):
            return None  # ('A sign on the door reads "No muddy boots", he explained': a text)
        who = self.after(p, comma)
        if who is None or not who.ids:
            return None
        if b - a > 3:
            # « Les pompiers resteront « … » pour noyer les lisières, a précisé le colonel
            # Allègre. »: a longer closing clause only as a speech verb, then the name that
            # ends the sentence
            last = p.toks[b - 1]
            named = next((m for st, m in p.starts.items()
                          if comma < st and m.span.end >= last.end), None)
            if named is None or who.ids != (named.person,) \
                    or not who.rule.startswith("after:verb-first") \
                    or not any(self.is_speech(t) for t in p.toks[a:b]):
                return None  # (« …, a visité Marie Dupont. »: no speech)
        return who.with_rule("closing-" + who.rule)

    def quoted_as_saying(self, p: _Para, verb: int) -> _Who | None:
        """'"…," Reuters quoted Mark Smith as saying', "the agency quoted the minister, Mark
        Smith, as saying": the person the outlet quotes, named between the verb and "as
        saying" in the verb's sentence."""
        lex = self.lex
        if lex.quoted_as is None or p.toks[verb].low not in lex.quoting:
            return None
        _s, e = p.sentence(p.toks[verb].start)
        start = p.toks[verb].end
        follow = lex.quoted_as.search(p.lowered, start, min(e, start + 120))
        if follow is None:
            return None
        named = [m for st, m in sorted(p.starts.items())
                 if start <= st and m.span.end <= follow.start() and m.kind != "pronoun"]
        if named:
            return _Who(self.joint(p, named[-1]), None, "quoted-as-saying")
        a, b = p.tok_range(start, follow.start())
        if b - a == 1 and p.toks[a].low in lex.stressed:  # "quoted him as saying"
            who = self.pronoun(p, lex.stressed[p.toks[a].low], p.toks[a].start)
            return who.with_rule("quoted-as-saying-" + who.rule) if who is not None else None
        return None

    def past_adjuncts(self, p: _Para, verb: int, b: int) -> int:
        """The token after the speech verb at ``verb`` where its inverted subject starts, past
        an aside, adverbials, an addressee or a medium and a circumstance (« a assuré sur
        France Bleu le haut fonctionnaire », "told Reuters Jones"), before token b."""
        k2 = verb + 1
        if k2 < b and p.gap(verb, k2) == ",":
            # "martèle, sur France Inter, la ministre": skip the aside
            for k3 in range(k2 + 1, min(b, k2 + 8)):
                if p.gap(k3 - 1, k3) == ",":
                    k2 = k3
                    break
        prep = None  # the first preposition skipped: « à », « depuis »
        while k2 < b:
            phrase = self.lex.adverbials.match(p.lowered, p.toks[k2].start)
            if phrase is not None:
                k2 = bisect.bisect_left(p.tok_starts, phrase.end())
                continue
            if not self.is_skip(p.toks[k2]) or p.toks[k2].low in self.lex.determiners \
                    or p.toks[k2].start in p.starts:
                if k2 - 1 > verb and p.gap(k2 - 1, k2) == "," \
                        and p.toks[k2].low in self.lex.np_stop:
                    # « a insisté jeudi matin, sur les ondes de la radio publique, la
                    # vice-Première ministre »: an aside after the adverbials too
                    aside_end = next((k for k in range(k2 + 1, min(b, k2 + 8))
                                      if p.gap(k - 1, k) == ","), None)
                    if aside_end is not None:
                        k2 = aside_end
                        continue
                break  # (« M. Vasseur »: a mention opens with a word that may be skipped)
            if prep is None:
                prep = k2
            k2 += 1
        far = self.past_circumstance(p, k2 if prep is None else prep, b) if k2 < b else k2
        if prep is not None and far == prep:
            far = k2
        if far != k2:
            # « a réagi à la sortie de l'audience Roger Bastide », « a lancé depuis les
            # bancs du Parti (PRL) le député X »: a long circumstance before the subject
            k2 = far
        elif k2 < b and (p.toks[k2].low in self.lex.addressees or (
                p.toks[k2].low in self.lex.np_stop and k2 + 1 < b
                and p.toks[k2 + 1].text[:1].isupper()
                and p.toks[k2 + 1].start not in p.starts)):
            # "a déclaré à l'AFP Paul Martin", "told Reuters Jones": skip the addressee;
            # « a assuré sur France Bleu le haut fonctionnaire »: a medium or a place
            for k3 in range(k2 + 1, min(b, k2 + 5)):
                if p.toks[k3].start in p.starts or (
                        k3 > k2 + 1 and p.toks[k3].low in self.lex.determiners):
                    k2 = k3
                    break
        elif k2 < b and (p.toks[k2].low in self.lex.intro
                         and p.toks[k2].low in self.lex.np_stop
                         or k2 - 1 > verb and p.toks[k2 - 1].low in self.lex.intro
                         and p.toks[k2 - 1].low in self.lex.np_stop
                         and p.toks[k2].text[:1].islower()
                         and p.toks[k2].low not in self.lex.determiners):
            # « a annoncé en ouverture de séance le président de Région »: skip the
            # circumstance up to a name or a definite person noun
            for k3 in range(k2 + 1, min(b - 1, k2 + 7)):
                if not p.tight(k3 - 1, k3):
                    break
                det = self.lex.determiners.get(p.toks[k3].low)
                if p.toks[k3].start in p.starts or (
                        det is not None and (p.toks[k3 + 1].low in self.lex.persons
                                             or p.toks[k3 + 1].low in self.lex.sources)):
                    k2 = k3
                    break
        return k2

    def after(self, p: _Para, start: int, limit: int | None = None) -> _Who | None:
        """An attribution right after a closing mark: "…", said X / X said / a-t-elle dit."""
        _s, e = p.sentence(start)
        if not p.masked[start:e].strip() and e < len(p.text):
            # "…!” Martine a écrit": an exclamation or a question does not end the sentence
            # that attributes it, a full stop does.
            if p.masked[:start].rstrip().rstrip("\"”»’'").rstrip()[-1:] not in ("!", "?"):
                return None
            _s, e = p.sentence(e)
        end = e if limit is None else min(e, limit)
        k = bisect.bisect_left(p.kept, start)
        if k < len(p.kept):
            end = min(end, p.kept[k])  # the next quotation (a title in marks does not count)
        a, b = p.tok_range(start, end)
        if a >= b:
            return None
        lead = p.masked[start:p.toks[a].start]
        if any(ch not in " \t\n\u00a0\u202f,—–-(" for ch in lead):
            return None
        if b - a >= 4 and p.toks[a].low in self.lex.verdict_copulas \
                and p.toks[a + 1].start in p.starts:
            m = p.starts[p.toks[a + 1].start]
            z = bisect.bisect_left(p.tok_starts, m.span.end)
            if m.kind != "pronoun" and z + 1 < b and p.toks[z].low == "s" \
                    and p.gap(z - 1, z) in ("'", "’") and p.toks[z + 1].low in self.lex.speech_nouns:
                # '"A giveaway," was Tom Baker's verdict': the possessor of the speech noun
                return _Who(self.joint(p, m), None, "possessed-speech-noun")
        if lead.strip() in ("—", "–") and p.toks[a].start in p.starts \
                and p.starts[p.toks[a].start].kind != "pronoun" \
                and _ends_its_sentence(p.masked, start) \
                and len(p.toks) - a <= 12 and "." not in p.masked[p.toks[a].end:].rstrip(". ") \
                and not any(self.is_speech(t) for t in p.toks[a:b]):
            # (a sign-off: the quotation ends its sentence, the dash and the name close the
            # paragraph — not « promis « une nouvelle ère » — Marie Dubois n'y croit pas »)
            # '“A great day for renters.” — Maria Lopez, council member': a dash and a name
            return _Who(self.joint(p, p.starts[p.toks[a].start]), None, "dash")
        if not lead.strip() and limit is None and self.partial_subject(p, start):
            return None
        if a + 1 < b and (p.toks[a].low in self.lex.honorifics
                          or p.toks[a].low in self.lex.abbreviations) \
                and p.gap(a, a + 1).strip() == "." and p.toks[a + 1].start in p.starts:
            a += 1  # '"…," Ms. Morris said': the title's full stop ends no sentence
        else:
            # '"…," Lt. Gov. Ana Ruiz said', '"…," U.S. Attorney Carla Benitez said': titles
            # and initials, each with its full stop, before the words of the subject
            q = a
            while q + 1 < b and p.toks[q].text[:1].isupper() and p.gap(q, q + 1) == "." \
                    and p.toks[q].start not in p.starts \
                    and (p.toks[q].low in self.lex.honorifics
                         or p.toks[q].low in self.lex.abbreviations
                         or len(p.toks[q].text) == 1):
                q += 1
            if q > a and p.toks[q].text[:1].isupper() and any(
                    p.toks[r].start in p.starts for r in range(q, min(b, q + 4))):
                a = q
        verb = None
        aside = None  # the last word of the subject when an aside follows it: "X, 52, said"
        # (« « … ? », l'interrompt Me Olivia Santoni », « le relance X »: a clitic object
        # pronoun, the speech verb, the speaker after it)
        clitic = a + 2 < b and p.toks[a].low in self.lex.object_pronouns \
            and p.tight(a, a + 1) and self.is_speech(p.toks[a + 1]) \
            and (p.toks[a + 2].text[:1].isupper() or p.toks[a + 2].low in self.lex.determiners)
        for i in range(a, min(b, a + 16)):
            if clitic:
                verb = a + 1
                break
            if i > a and not p.tight(i - 1, i):
                if p.gap(i - 1, i) not in _ASIDE_MARKS:
                    return None
                if aside is None:
                    aside = i - 1
            if self.is_verb(p, i) or (i == a + 1 and self.inciso_participle(p, a, b, lead)):
                verb = i
                break
            if aside is None and i - a >= 8 and (i - a >= 14 or not all(
                    t.text[:1].isupper() or t.low in self.lex.joiners for t in p.toks[a:i + 1])):
                # (a longer subject of names and titles only: "Meridian Chief Executive
                # Officer Graham Estabrook and Cascadia CEO Sunita Raghavan said")
                return None
        if verb is None:
            return None
        quoted = self.quoted_as_saying(p, verb)
        if quoted is not None:
            return quoted
        if self.is_participle(p.toks[verb]) and all(self.is_skip(t) for t in p.toks[a:verb]):
            return None  # '…", pointing out that': a participle shares the clause's subject
        rest = p.masked[p.toks[verb].end:end].rstrip()
        if limit is None and end < e and rest.endswith((":", ",")) and \
                not any(ch in ".!?" for ch in rest):
            return None  # the clause introduces the next quotation
        pronoun = None
        for i in range(a, verb + 1):
            inv = self.inverted(p.toks[i])
            if inv is not None:
                pronoun = (i, inv[1])
        if clitic or all(self.is_skip(t) or self.inverted(t) for t in p.toks[a:verb]):
            if pronoun is not None:
                who = self.continued(p, verb, pronoun[1]) \
                    or self.pronoun(p, pronoun[1], p.toks[pronoun[0]].start)
                return who.with_rule("after:inverted-" + who.rule) if who else None
            k2 = self.past_adjuncts(p, verb, b)
            who = self.np_after(p, k2, end) or self.np_label(p, k2, end)
            if who is not None and p.toks[verb].low in self.lex.continuing and who.ids \
                    and self.lex.determiners.get(p.toks[k2].low, (None, False))[1] \
                    and who.rule in ("description", "salient-description", "native") \
                    and self.last is not None and self.last[0] >= p.index - 1 \
                    and len(self.last[1].ids) == 1 and self.last[1].ids != who.ids \
                    and self.gender(self.last[1].ids[0]) in (
                        (self.gender(who.ids[0]),) if who.ids else ("f", "m", None)):
                # « "…," added the Tullaroan native »: a description after a verb that goes
                # on takes up the voice just heard, not a person it could otherwise fit
                return self.last[1].with_rule("after:continuing-description")
            if who is not None and who.rule in ("description", "salient-description") \
                    and len(who.ids) == 1 and k2 + 1 < len(p.toks) \
                    and p.toks[k2].low in self.lex.determiners \
                    and not any(t.low in self.roles.get(who.ids[0], ())
                                for t in p.toks[k2 + 1:k2 + 4]):
                # « Une employée …, qui a requis l'anonymat, raconte … « … », confie la
                # quinquagénaire »: a description no one was tied to, after an unnamed person
                # opening the sentence before, takes that person up, as a pronoun would
                unnamed = self.source_subject(p, p.toks[k2].start, self.gender(who.ids[0]))
                if unnamed is not None and unnamed.rule == "unnamed-pronoun":
                    return unnamed.with_rule("after:verb-first-unnamed-description")
            if who is not None and who.rule == "description" and len(who.ids) == 1 \
                    and self.gender(who.ids[0]) in ("f", "m"):
                # « Cette dernière n'a pas lu le livre. « … », avoue la septuagénaire »: the
                # subject of the sentence before the quotation, as for a pronoun
                topic = self.described_before_quote(p, self.gender(who.ids[0]) or "", start)
                if topic is not None:
                    who = topic
            if who is not None and len(who.ids) == 1 and len(self.voices) >= 2 \
                    and self.last is not None and self.last[1].ids == who.ids \
                    and self.last[0] >= p.index - 1 \
                    and any(t.low in self.lex.datives for t in p.toks[a:verb]):
                # « Qui a gouverné ce pays ? », lance Van Damme. ¶« Vous proposiez … ! », lui
                # a rétorqué le socialiste »: who answers the voice just heard is not that
                # voice; the one before it, of the description's gender
                before = self.voices[-2][1]
                genders = {self.gender(before[0]), self.gender(who.ids[0])} - {None}
                if len(before) == 1 and before != who.ids and len(genders) <= 1:
                    return _Who(before, None, "after:verb-first-answering")
            return who.with_rule("after:verb-first-" + who.rule) if who else None
        if self.lex.object_ends_attribution and "," not in lead and verb + 2 < b \
                and p.toks[verb].low in self.lex.topic_verbs \
                and p.toks[verb + 1].low in self.lex.determiners \
                and _ends_its_sentence(p.masked, start):
            # « « … ? » L'ancien agent a évoqué des paris sportifs »: after a quotation that
            # ends its sentence, a new sentence whose verb takes an object tells what the
            # next person did, not who said the words (English writes '"…?" Smith asked the
            # minister'; « Ivanka a écrit sur Twitter », « Le juge interroge le prévenu »
            # still attribute them: TOPIC_VERBS)
            return None
        if aside is not None:
            named = p.starts.get(p.toks[aside + 1].start) if aside + 1 < verb else None
            owner = p.starts.get(p.toks[a].start)
            if named is not None and p.gap(aside, aside + 1) == "," and (
                    owner is None and not p.toks[a].text[:1].isupper()
                    or owner is not None and owner.kind != "pronoun"
                    and self.possessive_after(p, owner) and named.person != owner.person):
                # "…," its director, Samuel Osei, wrote: the name in apposition speaks (also
                # after a possessor's name: "…," Bergeron's sister, Nathalie Bergeron, told)
                return _Who(self.joint(p, named), None, "after:subject-apposition")
            who = self.np_at(p, a, aside)
            return who.with_rule("after:subject-aside-" + who.rule) if who else None
        j = verb - 1
        while j >= a and self.is_skip(p.toks[j]):
            j -= 1
        if j < a:
            return None
        if p.toks[j].low in self.lex.inversion:  # "…, comme l'a rappelé X."
            who = self.np_after(p, verb + 1, end)
            return who.with_rule("after:inverted-subject-" + who.rule) if who else None
        first = p.toks[a]
        pair = self.noun_pair(p, a, j)
        if pair is not None:  # '"…," father and son insisted'
            return pair.with_rule("after:subject-first-" + pair.rule)
        latter = self.latter(p, a, forward=True)
        if latter is not None and a + latter[1] - 1 == j:  # '"…," the latter told volunteers'
            who = self.resolve_latest(p, latter[0], first.start)
            if who is not None and self.opens_sentence(who.ids[0], p, first.start):
                # ("Anne Ray met officials from Oxfam. "…," the latter said": the last named
                # opens her sentence, the latter is what came after her, no person)
                who = None
            if who is not None:
                return who.with_rule("after:subject-first-" + who.rule)
        if (first.low in self.lex.determiners or first.low in self.lex.possessives) \
                and first.start not in p.starts:
            # the whole phrase before the verb is the subject: "a person familiar with…"
            who = self.classify_np(p, a, j, speaking=True) or self.np_label(p, a, p.toks[j].end)
        else:
            who = (self.continued(p, verb, p.toks[j].low) if j == a else None) \
                or self.np_before(p, j, a)
        return who.with_rule("after:subject-first-" + who.rule) if who else None

    def inciso_participle(self, p: _Para, a: int, b: int, lead: str) -> bool:
        """« « … », a balayé l'entraîneur, X »: right after the closing mark and its comma, a
        past auxiliary and the participle of a first-group verb, then a definite noun phrase
        or a name, are an inciso whatever the verb: the position makes it one of speech, and
        its subject outranks every rule of continuity."""
        if not self.lex.inverted or "," not in lead or a + 2 >= b:
            return False
        aux, verb, nxt = p.toks[a], p.toks[a + 1], p.toks[a + 2]
        adverb = self.lex.adverbials_start.match(p.lowered, verb.end)
        if adverb is not None:
            # « a attaqué d'emblée la journaliste », « a coupé sèchement la présidente »
            n = bisect.bisect_left(p.tok_starts, adverb.end())
            if n >= b:
                return False
            nxt = p.toks[n]
        if aux.low not in self.lex.past_auxiliaries or not p.tight(a, a + 1) \
                or (adverb is None and not p.tight(a + 1, a + 2)) \
                or not verb.text[:1].islower() \
                or not verb.low.endswith(("é", "ée")) or verb.low in self.lex.skip \
                or verb.low == "été":
            return False
        det = self.lex.determiners.get(nxt.low)
        return nxt.start in p.starts or (det is not None and det[1] and det[0] != "p")

    def partial_subject(self, p: _Para, start: int) -> bool:
        """The current quotation, closed right before ``start``, is a phrase of its sentence
        that a verb follows with no mark (« Selon X, « une cinquantaine d'individus » ont
        lancé des projectiles »): the verb's subject or object, not its attribution, which
        a comma or the quotation's own « ? » / « ! » would set off."""
        cand = self.current
        if cand is None or len(cand.pieces) != 1:
            return False
        piece = cand.pieces[0]
        if piece.open_at is None or piece.close_at is None or piece.close_at + 1 != start \
                or piece.para != p.index:
            return False
        s, _e = p.sentence(piece.open_at)
        words = p.text[piece.start:piece.end].rstrip()
        if p.text[piece.start:piece.close_at].rstrip().endswith(",") \
                and self.attribution_opens(p, start):
            return False  # 'as "the right person," an aide said': a comma inside the marks
        return bool(p.masked[s:piece.open_at].strip()) and words[-1:] not in ("!", "?", "…", ".") \
            and not p.masked[s:piece.open_at].rstrip().endswith(":")

    def attribution_opens(self, p: _Para, start: int) -> bool:
        """The words at ``start`` may open an attribution: a determiner, a pronoun, a name or
        a speech verb ('an aide said', 'he said', 'Smith said', 'said Smith'; not 'but he
        urged')."""
        a = bisect.bisect_left(p.tok_starts, start)
        if a >= len(p.toks) or p.masked[start:p.toks[a].start].strip():
            return False
        tok = p.toks[a]
        return tok.low in self.lex.determiners or tok.low in self.lex.pronouns \
            or tok.start in p.starts or self.is_speech(tok)

    def past_circumstance(self, p: _Para, k: int, b: int) -> int:
        """The subject after a prepositional phrase that follows an inverted verb: the first
        name, or determiner and person noun, within the clause (the phrase may hold a
        parenthesis); ``k`` itself when there is none or ``k`` is no preposition."""
        low = p.toks[k].low
        if p.toks[k].start in p.starts or not (
                low in self.lex.addressees or low in self.lex.article_prepositions
                or low in self.lex.intro and low in self.lex.np_stop):
            return k
        if low in self.lex.demonstrative_determiners and k + 1 < b and (
                p.toks[k + 1].low in self.lex.persons or p.toks[k + 1].low in self.lex.sources):
            # « se souvient ce retraité, qui a coupé le contact avant l'arrivée des pompiers »:
            # a demonstrative opens a time (« ce matin ») or, before a person's noun, the
            # subject
            return k
        # (after a preposition, its complement's first word; after a time, « a réagi lundi
        # Bruno Castel, qui a joué sous sa direction », the next word may be the subject)
        first = k + 2 if low in self.lex.addressees or low in self.lex.article_prepositions \
            else k + 1
        for k3 in range(first, min(b - 1, k + 15)):
            if any(ch in ".;:!?«»“”\"" for ch in p.gap(k3 - 1, k3)):
                break
            if p.toks[k3].start in p.starts:
                return k3
            before = p.toks[k3 - 1].low
            if before in self.lex.addressees or before in self.lex.article_prepositions:
                continue  # (« a rassuré vendredi auprès des parents la directrice »)
            det = self.lex.determiners.get(p.toks[k3].low)
            head = p.toks[k3 + 1]
            if (det is not None or p.toks[k3].low in self.lex.singular_possessives) and (
                    head.low in self.lex.persons or head.low in self.lex.sources):
                return k3  # (« le parquet »: a source speaks too; « à l'AFP son avocat »)
            if det is not None and det[1] and det[0] != "p" and head.text[:1].isupper() \
                    and p.tight(k3, k3 + 1) and self.is_demonym(head.low):
                return k3  # « a expliqué à l'AFP le Milanais »
        return k

    def continued(self, p: _Para, verb: int, word: str) -> _Who | None:
        """ "« B », ajoute-t-il", '"B," he added': a verb that goes on with one's own words
        takes up the previous quotation's speaker (this or the previous paragraph) when the
        pronoun fits them, even if another person of that gender was named in between."""
        gender = self.lex.pronouns.get(word)
        if gender not in ("f", "m") or self.last is None:
            return None
        tok = p.toks[verb]
        inv = self.inverted(tok)
        base = inv[0] if inv else tok.low
        if inv and base in self.lex.skip and verb + 1 < len(p.toks):
            base = p.toks[verb + 1].low  # « a-t-il ajouté »
        if base not in self.lex.continuing:
            return None
        para, prev = self.last
        if not prev.ids and prev.label and para == p.index:
            return None  # (an unnamed voice goes on: carried_description)
        if para < p.index - 1 or len(prev.ids) != 1 or self.gender(prev.ids[0]) != gender \
                or prev.ids[0] in self.named_inside():
            return None
        opener = p.starts.get(p.toks[0].start) if p.toks else None
        if para < p.index and opener is not None and opener.person not in prev.ids \
                and self.gender(opener.person) == gender:
            # « Sophie X se rendra à Marseille. « …, a-t-elle conclu. » »: a paragraph opened
            # by another person of that gender is hers, not the previous speaker's
            return None
        if para < p.index and any(
                m.kind != "pronoun" and m.span.start < tok.start and m.person not in prev.ids
                and self.gender(m.person) == gender and self.source_of_selon(p, m)
                for m in p.starts.values()):
            # « ¶Selon l'hydrologue X, la moitié de l'eau se perd. « … », a-t-il ajouté »: the
            # source this paragraph brings in goes on, not the voice of the paragraph before
            return None
        return _Who(prev.ids, None, "continued")

    def label_person(self, label: str) -> tuple[str, str | None] | None:
        """(noun, gender) when an unnamed speaker's label is a singular phrase for a person:
        after a determiner, within its first words, a person noun, a source noun for a person
        or a noun for a person by its ending (« une inspectrice du travail »), with the gender
        its noun or its determiner tells; not a body (« la marque », "the airline")."""
        words = [w.lower() for w in _TOKEN_RE.findall(label)]
        det = self.lex.determiners.get(words[0]) if words else None
        if det is None or det[0] == "p":
            return None
        lex = self.lex
        for w in words[1:4]:
            if w in lex.persons:
                gender = lex.persons[w]
            elif w in lex.documents or w in lex.thing_sources or w in lex.bodies:
                continue
            elif w in lex.sources:
                gender = None
            else:
                found = _guessed_person(lex, w)
                if found is False:
                    continue
                gender = found if isinstance(found, str) else None
            return w, gender or (det[0] if det[0] in ("f", "m") else None)
        return None

    def before(self, p: _Para, open_at: int, tries: int = 3) -> _Who | None:
        """The subject of the nearest speech verb before the quotation, in its sentence."""
        s, _e = p.sentence(open_at)
        a, b = p.tok_range(s, open_at)
        incise = self.incise_before(p, a, b, open_at)
        if incise is not None:
            return incise
        participle = None
        infinitive: _Who | None = None
        v = b - 1
        while v >= a and tries > 0:
            tok = p.toks[v]
            if not self.is_verb(p, v) and not (
                    v == b - 1 and self.is_speech(tok) and not self.after_article(p, v)
                    and p.masked[tok.end:open_at].strip() == ":"):
                # (a speech word right before the colon is a verb: "another posted: “…”")
                v -= 1
                continue
            if self.is_participle(tok):
                participle = participle if participle is not None else v
                v -= 1
                continue
            if v > a and p.gap(v - 1, v) == "," and v + 1 < b \
                    and self.past_participle(tok) \
                    and p.toks[v + 1].low in self.lex.agents and p.tight(v, v + 1):
                # « il aurait eu cette phrase, rapportée par plusieurs participants : »: words
                # passed on by others are the ones of the clause's subject
                v -= 1
                continue
            if v - 1 >= a and p.toks[v - 1].low in self.lex.passive_auxiliaries \
                    and p.tight(v - 1, v) and self.is_speech(tok) \
                    and not (v - 2 >= a and p.toks[v - 2].low in _REFLEXIVES):
                # "the family had been warned that …": spoken to, not speaking (« le
                # parquet s'est dit « satisfait » » speaks: a reflexive verb)
                v -= 2
                continue
            c = v - 1  # (past clitic objects: « pour me dire », « pour le lui dire »)
            while c - 1 >= a and (p.toks[c].low in _REFLEXIVES
                                  or p.toks[c].low in self.lex.object_clitics) \
                    and p.tight(c, c + 1):
                c -= 1
            if c >= a and p.toks[c].low in self.lex.infinitive and p.tight(c, c + 1):
                # "requiring plants to report": look for the finite verb before it
                if infinitive is None and p.toks[c].low in self.lex.purpose_markers:
                    # « La députée, X, a adressé un courrier à la ministre pour dénoncer
                    # « … » »: whoever does the main clause's deed, not its object
                    infinitive = self.sentence_subject(p, p.toks[c].start)
                if infinitive is None:
                    infinitive = self.subject_of(p, v, a)
                v -= 1
                continue
            tries -= 1
            who = self.subject_of(p, v, a)
            if who is not None and not who.ids and (
                    self.relative_clause(p, v, a) or self.content_relative(p, v, a)
                    or self.object_relative(p, v, a)):
                # « … n'a pas caché son agacement face à ceux qui l'accusent : « … » »: a
                # verb in a relative clause about nobody named attributes nothing; the
                # main clause's verb does
                who = None
                tries += 1
            if who is not None and not who.ids:
                reporter = self.reporting_subject(p, a, v)
                if reporter is not None:
                    return reporter
            if who is not None:
                return who.with_rule("before:" + who.rule)
            v -= 1
        if participle is not None:
            who = self.sentence_subject(p, p.toks[participle].start)
            if who is None and participle == a:
                # « Dénonçant « l'amateurisme » de la majorité, il a accusé… »: a fronted
                # participle shares the subject of the clause after its comma
                who = self.subject_after_fronted(p, a, open_at)
            return who.with_rule("participle-" + who.rule) if who else None
        if infinitive is not None:
            return infinitive.with_rule("before:infinitive-" + infinitive.rule)
        return None

    def sentence_subject(self, p: _Para, pos: int, labels: bool = False) -> _Who | None:
        """The first person named in the sentence before ``pos``, outside quotations; with
        ``labels``, an unnamed person opening the sentence too (« Un retraité, lui, préférait
        l'ironie : « … » » is the retiree's, not a person named earlier)."""
        s, _e = p.sentence(pos)
        a, b = p.tok_range(s, pos)
        # "Asked whether the Duchess had raised it, the chief executive would only say:": the
        # names in the question are somebody else (its pronouns are the one asked: "Asked
        # whether he had meant to shoot, the hero …")
        question = self.asked_question(p, a, b)
        a = self.past_intermediary(p, a, b)
        named = self.after_fronted_participle(p, a, b)
        if named is not None:
            # « Qualifié mardi face au Canadien Liam Fortier, Álvaro Benlloch s'est montré
            # respectueux : « … » »: the names of a fronted participle's phrase are not the
            # subject; the name after its comma is
            return _Who(self.joint(p, named), None, "sentence-subject")
        fronted = self.after_fronted(p, a, b) if a < b else None
        if fronted is not None:
            latter = self.latter(p, fronted, forward=True)
            if latter is not None:  # « La veille du scrutin, ce dernier se disait « … » »
                return self.resolve_latest(p, latter[0], p.toks[fronted].start)
        for i in range(a, b):
            tok = p.toks[i]
            if i < question and tok.start in p.starts and p.starts[tok.start].kind != "pronoun":
                continue
            if i == a:
                # "Her husband, a retired mail carrier, finished the thought: “…”" (not « Son
                # fils, Romain Bouquet, … »: the name in apposition says who)
                family = self.possessed_kin(p, i, b)
                if family is not None:
                    return family.with_rule("sentence-subject-family")
                who = self.possessed_counterpart(p, i, b)
                if who is not None:  # « Son homologue a marqué ses distances : « … » »
                    return who.with_rule("sentence-subject-counterpart")
                who = self.possessed_other(p, i, b) if labels else None
                if who is not None:  # « Son voisin de ponton refuse de donner son nom : »
                    return who
            if tok.low in self.lex.pronouns and self.lex.pronouns[tok.low] == "n" and i > a \
                    and p.toks[i - 1].low in self.lex.intro and i + 1 < b \
                    and p.gap(i, i + 1).strip() == ",":
                continue  # "In it, the host compared …": a thing in a fronted phrase
            if tok.low in self.lex.pronouns and i > a and p.tight(i - 1, i) and (
                    p.toks[i - 1].low in self.lex.prepositions
                    or p.toks[i - 1].low in self.lex.article_prepositions):
                continue  # « À côté d'elle, son frère Issa … est moins patient : »: a complement
            if tok.low in self.lex.pronouns and i > a + 1 and i + 1 < b \
                    and p.gap(i - 1, i) == "," and p.gap(i, i + 1) == "," \
                    and p.toks[a].low in self.lex.determiners \
                    and self.head_not_a_person(p, a + 1, i) \
                    and not any(p.toks[r].start in p.starts for r in range(a, i)) \
                    and not any(p.gap(r - 1, r) for r in range(a + 1, i - 1)):
                # « La voix de l'homme, elle, est à peine audible : « … » »: the pronoun
                # set off by commas doubles the noun phrase opening the sentence, a thing of
                # somebody unnamed (not a noun for a person: « La Bretonne, elle, … » takes
                # somebody up), and takes up nobody else
                return _Who((), p.text[p.toks[a].start:p.toks[i - 1].end], "doubled-subject")
            if tok.low in self.lex.pronouns:
                return self.pronoun(p, tok.low, tok.start)
            if i == a and self.lex.stressed.get(tok.low) in self.lex.inverted and i + 1 < b \
                    and p.toks[i + 1].low not in self.lex.pronouns:
                # « Lui reste prudent : « … » »: a stressed pronoun as the subject
                return self.pronoun(p, self.lex.stressed[tok.low], tok.start)
            latter = self.latter(p, i, forward=True) if i == a else None
            if latter is not None:  # « Cette dernière ne cache pas sa colère : « … » »
                return self.resolve_latest(p, latter[0], tok.start)
            former = self.former_reference(p, a, b) if i == a else None
            if former is not None:  # « La première a ouvert le feu : « … » »
                return former
            if i == a and i + 1 < b and self.relative_demonstrative(p, i):
                return self.demonstrative_taken_up(p, i)
            m = p.starts.get(tok.start)
            if m is not None and m.kind != "pronoun" and self.apposed_in_complement(p, i, m, b):
                continue  # « Élue sur la liste du maire sortant, Jacques Ravel, elle a posé… »
            if m is not None and i > a and self.is_oblique(p, m) and any(
                    self.lex.pronouns.get(t.low) in ("f", "m") for t in p.toks[i + 1:b]):
                # « Quant aux reproches de la maire, il les balaie : « … » »: a name in a
                # fronted complement is not the subject the pronoun after it is
                continue
            if m is not None:
                return _Who(self.joint(p, m), None, "sentence-subject")
            if tok.low in self.lex.determiners and i == a + 1 \
                    and p.toks[a].low in self.lex.article_prepositions and p.tight(a, i):
                # « Dans l'entourage de la ministre, on se dit « confiant » »: her circle
                # speaks, not she
                source = self.possessed_source(p, i, b)
                if source is not None:
                    return source
            if tok.low in self.lex.determiners and (
                    i == a or p.gap(i - 1, i) == ","
                    or i == a + 1 and (p.toks[a].low in self.lex.sequence
                                       or p.toks[a].low in self.lex.openers)):
                # (« Puis la sexagénaire s'est tournée vers les caméras : « … » », « Mais le
                # praticien ne mâche pas ses mots : « … » »)
                source = self.possessed_source(p, i, b)
                if source is not None:
                    return source
                # "Joint par téléphone, l'ancien maire de Sarlat assume : « … »"
                z = self.description_end(p, i, b)
                lows = [t.low for t in p.toks[i:z + 1]] if z is not None else []
                plural = self.unnamed_plural_subject(p, i, b) if z is None else None
                if plural is not None:
                    # « Cette semaine, les directeurs des prisons avaient adressé une lettre
                    # à la ministre, dénonçant « … » »: a plural subject of people names
                    # nobody; the person named after it is not the subject
                    return plural
                named = self.apposed_name(p, z, b) if z is not None else None
                if named is not None:
                    # « Le président de la commission, le sénateur LR du Loiret Hervé
                    # Castagnède, s'est montré … »: the name in apposition, before any holder
                    # the office was tied to
                    return _Who(self.joint(p, named), None, "sentence-subject-apposition")
                if any(w in self.lex.offices for w in lows) \
                        and not any(w in self.lex.former for w in lows) \
                        and self.lex.determiners[tok.low][1]:
                    # a sitting office holder may hold another title: no guess (« un
                    # gérant de fonds » is nobody named: a label), unless the article wrote
                    # the office with one name (« la députée écologiste Aurélie Monnier …
                    # La députée de Paris rejette l'argument : « … » »)
                    holder = self.office_tied(p, i, z) if z is not None else None
                    if holder is not None:
                        return _Who((holder,), None, "sentence-subject-tied-office")
                    continue
                if z is None and labels and i + 1 < b and p.toks[i + 1].low in self.lex.sources \
                        and p.toks[i + 1].low not in self.lex.persons \
                        and p.toks[i + 1].low not in self.lex.documents and p.tight(i, i + 1):
                    z = i + 1  # « À Paris, le ministère a « salué » l'accord »: a body
                if z is not None and z + 1 < b and p.tight(z, z + 1) \
                        and p.toks[z + 1].start in p.starts:
                    # « Le jeune ailier Noah, 19 ans, lui, … : »: the name closing the
                    # description is the subject, not whoever the description could take up
                    m = p.starts[p.toks[z + 1].start]
                    end = bisect.bisect_left(p.tok_ends, m.span.end)
                    named = self.name_closing(p, i, end) if end < b else None
                    if named is not None:
                        return _Who(self.joint(p, named), None, "sentence-subject-name")
                named = self.apposed_name(p, z, b) if z is not None else None
                if named is not None:
                    # « Le directeur de l'établissement, Pascal Roux, reconnaît … »: the name
                    # in apposition, not whoever the description could take up
                    return _Who(self.joint(p, named), None, "sentence-subject-apposition")
                who = self.classify_np(p, i, z) if z is not None else None
                if who is not None and who.ids:
                    return who.with_rule("sentence-subject-" + who.rule)
                fronted = i > a and not any(p.toks[q].start in p.starts for q in range(a, i))
                if labels and (i == a or fronted) and who is not None and who.label \
                        and who.rule in ("person-noun", "source"):
                    return who.with_rule("sentence-subject-" + who.rule)
        return None

    def not_a_person_word(self, tok: _Tok) -> bool:
        """A lowercase noun no list takes for a person, a source, a body or a demonym, nor
        its ending (« voix », "voice")."""
        low = tok.low
        return tok.text[:1].islower() and low not in self.lex.persons \
            and low[:-1] not in self.lex.persons and low not in self.lex.sources \
            and low not in self.lex.kin and low not in self.lex.bodies \
            and not self.is_demonym(low) and _guessed_person(self.lex, low) is False

    def head_not_a_person(self, p: _Para, k: int, end: int) -> bool:
        """A noun phrase from token k to token ``end`` with a complement (« de », "of"),
        whose words before it are none of them a noun for a person: a thing of somebody
        (« La voix de l'homme »; not « L'ancienne ministre de la Santé », nor « La sortante »,
        an adjective for a person)."""
        z = next((j for j in range(k, end) if p.toks[j].low in self.lex.complements), end)
        return k < z < end and all(self.not_a_person_word(p.toks[j]) for j in range(k, z))

    def apposed_in_complement(self, p: _Para, i: int, m: Mention, b: int) -> bool:
        """The name at token i is set between commas after a common noun of the phrase before
        it, and a subject pronoun (not a stressed one, set off by a comma) or « et » and a
        preposition follows: an apposition to that noun, not the sentence's subject (« Élue
        sur la liste du maire sortant, Jacques Ravel, elle a posé une condition », « entouré
        du maire, Patrick Soulié, et de plusieurs élus, Hervé Lantier a été clair »)."""
        if i == 0 or p.gap(i - 1, i) != "," or not p.toks[i - 1].text[:1].islower():
            return False
        end = bisect.bisect_left(p.tok_starts, m.span.end)
        if end + 1 >= b or p.gap(end - 1, end) != ",":
            return False
        nxt = p.toks[end]
        if self.lex.pronouns.get(nxt.low) in ("f", "m"):
            return p.gap(end, end + 1) != ","  # (« X, elle, … » doubles X)
        return nxt.low in self.lex.clause_joiners and (
            p.toks[end + 1].low in self.lex.prepositions
            or p.toks[end + 1].low in self.lex.article_prepositions)

    def invited_to_speak(self, p: _Para, v: int) -> _Who | None:
        """A speech verb inside a phrase that opens the sentence with a past participle
        (« Invité à s'exprimer en dernier, Gérard Le Floch s'est tourné … : », "Invited to
        speak last, X turned …"): the one invited speaks, the name right after the phrase's
        comma, with no finite verb in the phrase."""
        s, _e = p.sentence(p.toks[v].start)
        a, _b = p.tok_range(s, p.toks[v].start)
        if a >= v or not p.toks[a].text[:1].isupper() or p.toks[a].start in p.starts \
                or not self.past_participle(p.toks[a]):
            return None
        if any(self.is_verb(p, q) and not self.is_participle(p.toks[q]) for q in range(a + 1, v)) \
                or any(p.gap(q - 1, q) == "," for q in range(a + 1, v + 1)):
            return None
        for q in range(v + 1, min(len(p.toks), v + 12)):
            if p.gap(q - 1, q) == ",":
                m = p.starts.get(p.toks[q].start)
                if m is None:
                    return self.invited_description(p, q)
                if m.kind == "pronoun" or self.possessive_after(p, m):
                    return None  # (not a possessor: "Ordered to testify, X's accountant, Y,")
                return _Who(self.joint(p, m), None, "invited-to-speak")
            if p.toks[q].start in p.starts or p.gap(q - 1, q).strip() not in ("", "'", "’"):
                return None
        return None

    def invited_description(self, p: _Para, q: int) -> _Who | None:
        """The subject the phrase of ``invited_to_speak`` shares when no name follows its
        comma at token q: a pronoun or a description, maybe past one more fronted clause
        (« Invité à s'exprimer en dernier, comme le veut la procédure, le prévenu s'est
        tourné … : »); nobody, when none is found, rather than the participle as a name."""
        b = p.tok_range(p.toks[q].start, p.sentence(p.toks[q].start)[1])[1]
        for _clause in range(2):
            if q >= b:
                break
            tok = p.toks[q]
            who = None
            if tok.low in self.lex.pronouns:
                who = self.pronoun(p, tok.low, tok.start)
            elif tok.low in self.lex.determiners:
                z = self.description_end(p, q, b)
                who = self.classify_np(p, q, z, speaking=True) if z is not None else None
            else:
                after = self.after_fronted(p, q, b)
                if after is not None:
                    q = after
                    continue
            if who is not None:
                return who.with_rule("invited-to-speak-" + who.rule)
            break
        return _Who((), None, "invited-to-speak-unknown")

    def after_fronted_participle(self, p: _Para, a: int, b: int) -> Mention | None:
        """The name right after the comma closing a phrase that opens the sentence with a
        past participle and names somebody (« Qualifié face au Canadien Liam Fortier, Álvaro
        Benlloch … », "Defeated by Liam Fortier, Álvaro Benlloch …"), with no finite verb
        before it."""
        if a + 2 >= b or not self.past_participle(p.toks[a]) \
                or p.toks[a].start in p.starts:
            return None
        for q in range(a + 1, b):
            if self.is_verb(p, q) and not self.is_participle(p.toks[q]):
                return None
            if p.gap(q - 1, q) == ",":
                m = p.starts.get(p.toks[q].start)
                named_before = any(p.toks[r].start in p.starts for r in range(a + 1, q))
                if m is None or m.kind == "pronoun" or not named_before:
                    return None
                return m
        return None

    def past_intermediary(self, p: _Para, a: int, b: int) -> int:
        """Token ``a``, or the token after a fronted phrase naming the go-between the subject
        speaks through ("Through the family's attorney, Aisha Carrington, he released a
        statement:", « Par la voix de son avocat, Me Paul Rey, il a fait savoir : »): past
        the comma after its first name, when a word follows it in the sentence."""
        opener = next((n for n in (1, 4) if tuple(t.low for t in p.toks[a:a + n])
                       in self.lex.intermediary_openers), None)
        if opener is None:
            return a
        for i in range(a + opener, b):
            m = p.starts.get(p.toks[i].start)
            if m is None or m.kind == "pronoun":
                continue
            end = bisect.bisect_left(p.tok_ends, m.span.end)
            for q in range(end + 1, b):
                if p.gap(q - 1, q).strip() == ",":
                    return q
            return a
        return a

    def unnamed_plural_subject(self, p: _Para, i: int, b: int) -> _Who | None:
        """The unnamed people a plural definite phrase at token i names, when it is the
        subject of the verb after it (« les directeurs des prisons du pays avaient adressé »):
        its label."""
        det = self.lex.determiners.get(p.toks[i].low)
        if det is None or det != ("p", True) or i + 1 >= b or not p.tight(i, i + 1):
            return None
        head = p.toks[i + 1].low
        if not (head[:-1] in self.lex.persons or head in self.lex.persons) \
                or head[:-1] in self.lex.bodies:
            return None
        z = i + 1
        while z + 1 < b and p.tight(z, z + 1) and p.toks[z + 1].text[:1].islower() \
                and p.toks[z + 1].start not in p.starts and not self.is_skip(p.toks[z + 1]) \
                and not self.is_verb(p, z + 1):
            z += 1
        if z + 1 >= b or (not self.is_skip(p.toks[z + 1]) and not self.is_verb(p, z + 1)):
            return None
        return _Who((), p.text[p.toks[i].start:p.toks[z].end], "sentence-subject-plural")

    def office_tied(self, p: _Para, i: int, z: int) -> str | None:
        """The one person the article wrote the office of the description at tokens i..z
        with before it, sitting (not « l'ancien »), with the same complement if it has one
        (« le ministre de l'Intérieur » is not the one tied as « ministre de la Santé », nor
        « le maire de Villeurbanne » « le maire Grégory Doucet »)."""
        toks = p.toks[i:z + 1]
        k = next((n for n, t in enumerate(toks) if t.low in self.lex.offices), None)
        if k is None:
            return None
        noun = toks[k].low
        comp = self.complement_at(p, i + k + 1, z + 1)
        tied = {pid for para, at, pid, c, former in self.bindings.get(noun, ())
                if (para, at) < (p.index, toks[0].start) and not former
                and (comp is None or c == comp)}
        return next(iter(tied)) if len(tied) == 1 else None

    def named_opener(self, p: _Para, s: int, pos: int) -> _Who | None:
        """The person a name opening the sentence at ``s`` stands for, after at most three
        lowercase words with no complement (« Son collègue X », « Le maire X »), when it is
        the subject: a pronoun or a name before it, or a preposition, makes it no opener."""
        a, b = p.tok_range(s, pos)
        for i in range(a, min(b, a + 4)):
            tok = p.toks[i]
            m = p.starts.get(tok.start)
            if m is not None:
                if m.kind == "epithet" or p.in_quote(tok.start):
                    return None
                if self.modifies_a_person(p, bisect.bisect_left(p.tok_ends, m.span.end)):
                    return None  # "A Castellane spokeswoman said": a name as a modifier
                return _Who(self.joint(p, m), None, "named-opener")
            if not tok.text[:1].islower() and i > a or tok.low in self.lex.complements \
                    or tok.low in self.lex.prepositions or tok.low in self.lex.pronouns \
                    or tok.low in self.lex.article_prepositions or (i > a and not p.tight(i - 1, i)):
                break
        # after fronted phrases naming nobody (« Arrivée rue de Grenelle il y a huit mois, en
        # septembre dernier, Claire X présentera … « … » »): the name right after them
        if a >= b or p.toks[a].low in self.lex.pronouns:
            return None  # (« Elle avait entendu parler … par son frère, Hugo, qui « … » »)
        q: int | None = a
        for _ in range(3):
            q = self.after_fronted(p, q, b) if q is not None else None
            if q is None:
                return None
            m = p.starts.get(p.toks[q].start)
            if m is not None:
                if m.kind in ("epithet", "pronoun") or p.in_quote(p.toks[q].start):
                    return None
                return _Who(self.joint(p, m), None, "named-opener")
        return None

    def body_opener(self, p: _Para, s: int, pos: int, first_char: str) -> _Who | None:
        """« Dans un communiqué, le comité « regrette une décision prise sans concertation » »:
        words that go on, from their first lowercase word (a verb), from a body opening their
        sentence (past fronted phrases) with no verb of its own are that body's."""
        if not first_char.islower():
            return None
        a, b = p.tok_range(s, pos)
        q: int | None = a
        for _ in range(3):
            if q is None or q >= b or p.toks[q].low in self.lex.determiners:
                break
            q = self.after_fronted(p, q, b)
        if q is None or q + 1 >= b or b - q > 6 or p.toks[q].low not in self.lex.determiners \
                or (p.toks[q + 1].low not in self.lex.bodies
                    and p.toks[q + 1].low not in self.lex.quiet_bodies):
            return None
        if any(p.toks[r].start in p.starts or self.is_verb(p, r) for r in range(q, b)) \
                or not all(p.tight(r, r + 1) for r in range(q, b - 1)) \
                or (q + 2 < b and p.toks[q + 2].low not in self.lex.complements):
            return None  # (« le syndicat a rejeté « … » »: a verb of its own)
        return _Who((), p.text[p.toks[q].start:p.toks[b - 1].end], "body-opener")

    def possessed_source(self, p: _Para, i: int, b: int) -> _Who | None:
        """A body of a named person opening the subject at token i: « le cabinet d'Élise
        Baranger », « l'entourage de X », "the office of X" speak for X but are not X (a
        label). None unless a name follows the source noun in its complement."""
        if i + 3 >= b or not p.tight(i, i + 1):
            return None
        noun = p.toks[i + 1].low
        if noun not in self.lex.sources or noun in self.lex.persons \
                or noun in self.lex.documents or not self.lex.determiners[p.toks[i].low][1]:
            return None
        q = i + 2
        if p.toks[q].low not in self.lex.complements or not p.tight(i + 1, q):
            return None
        q += 1
        named = p.starts.get(p.toks[q].start) if q < b else None  # (« de la ministre »)
        while named is None and q < b and p.toks[q].low in self.lex.determiners \
                and p.tight(q - 1, q):
            q += 1
            named = p.starts.get(p.toks[q].start) if q < b else None
        if named is None or named.kind == "pronoun":
            return None
        label = p.text[p.toks[i].start:named.span.end]
        return _Who((), label, "source-subject")

    def subject_of(self, p: _Para, v: int, lo: int) -> _Who | None:
        """The subject of the speech verb at token v (not before token lo)."""
        quoted = self.quoted_as_saying(p, v)
        if quoted is not None:  # "Reuters quoted X as saying the deal was “…”"
            return quoted
        invited = self.invited_to_speak(p, v)
        if invited is not None:
            return invited
        heard = self.heard(p, v, lo)
        if heard is not None:
            return heard
        if v + 2 < len(p.toks) and p.toks[v + 1].low in self.lex.agents \
                and p.tight(v, v + 1) and p.tight(v + 1, v + 2) \
                and not p.toks[v].low.startswith(self.lex.asked_stems):
            agent = p.starts.get(p.toks[v + 2].start)
            if agent is not None and agent.kind != "pronoun":
                # « un avis partagé par Nadia Benali »: a passive names its agent
                return _Who(self.joint(p, agent), None, "passive-agent")
        if v - 2 >= lo and p.toks[v - 2].low in self.lex.sequence \
                and p.toks[v - 1].low in self.lex.complements and p.tight(v - 2, v - 1) \
                and p.tight(v - 1, v):
            # « X s'est tourné vers son avocat avant de répondre : »: the infinitive's subject
            # is the clause's
            who = self.sentence_subject(p, p.toks[v - 2].start, labels=True)
            if who is not None:
                return who.with_rule("sequence-" + who.rule)
        inv = self.inverted(p.toks[v])
        if inv is None and v - 1 >= lo:
            inv = self.inverted(p.toks[v - 1])
        if inv is not None:
            named = p.ends.get(p.toks[v - 1].end) if v >= 1 and p.gap(v - 1, v) == "," else None
            if named is not None and named.kind != "pronoun":
                # « Madeleine Orsel, rappelle-t-elle, était « … » »: the pronoun of an incise
                # right after a name is not that person; the voice just heard, of its gender
                gender = self.lex.pronouns.get(inv[1])
                if self.last is not None and self.last[0] >= p.index - 1 \
                        and len(self.last[1].ids) == 1 \
                        and self.last[1].ids[0] != named.person \
                        and self.gender(self.last[1].ids[0]) == gender:
                    return self.last[1].with_rule("incise-voice")
            return self.pronoun(p, inv[1], p.toks[v].start)
        if lo + 1 < v and self.relative_demonstrative(p, lo) \
                and p.toks[lo].start == p.sentence(p.toks[lo].start)[0]:
            # (whatever the relative clause names, the verb's subject is the demonstrative)
            return self.demonstrative_taken_up(p, lo)
        j = self.skip_back(p, v - 1, lo)
        if j - 1 >= lo and p.toks[j].low in self.lex.object_pronouns \
                and p.toks[j].low in self.lex.determiners and p.tight(j, j + 1) \
                and p.tight(j - 1, j) and p.toks[j - 1].low not in self.lex.determiners \
                and p.toks[j - 1].low not in self.lex.article_prepositions:
            # « Claire Morel le dit », « La présidente du comité le promet »: a clitic
            # object pronoun stands between the subject and its verb
            j = self.skip_back(p, j - 1, lo)
        if j >= lo and p.toks[j].low in self.lex.inversion:
            # "une version que conteste X", "comme l'a rappelé X": the subject follows
            k = v + 1
            while k < len(p.toks) and self.is_skip(p.toks[k]) \
                    and p.toks[k].low not in self.lex.determiners:
                k += 1
            return self.np_after(p, k, p.sentence(p.toks[v].start)[1])
        if j < lo and self.asks(p.toks[v]):
            # "Asked whether the government would help, she chose her words:": the person
            # asked is the subject after the fronted phrase, not the question
            return self.subject_after_fronted(p, v, p.toks[v].start)
        if j < lo:
            k = v + 1
            while k < len(p.toks) and self.is_skip(p.toks[k]) and not (
                    p.toks[k].low in self.lex.determiners and k + 1 < len(p.toks)
                    and p.toks[k + 1].low in self.lex.persons and p.tight(k, k + 1)):
                k += 1  # (not « l' » before a person noun: « a plaidé l'avocate »)
            who = self.np_after(p, k, len(p.text))
            if who is not None and not who.ids:
                # « a assuré sur France Bleu le haut fonctionnaire, qui refuse de parler de
                # « … » »: past a medium or a circumstance, as after a quotation
                _s, e = p.sentence(p.toks[v].start)
                k2 = self.past_adjuncts(p, v, p.tok_range(p.toks[v].start, e)[1])
                if k2 != k:
                    who = self.np_after(p, k2, len(p.text)) or who
            return who
        if j + 2 < v and p.toks[j + 1].low in self.lex.stressed \
                and p.gap(j, j + 1).strip() == "," and p.gap(j + 1, j + 2).strip() == "," \
                and p.clean(j + 2, v):
            # « Le maire, lui, se dit « serein » »: a stressed pronoun set off by commas
            # only contrasts the subject before it
            return self.np_before(p, j, lo)
        if not p.clean(j, v):
            # the aside mark stands right after the subject ("Martine Roche, s'est
            # félicitée": the skipped words come after it)
            if _aside_mark(p.gap(j, j + 1)) not in _ASIDE_MARKS \
                    or (j + 1 < v and not p.clean(j + 1, v)):
                return None
            # "Smith, 52, said", "Jones, who was absent, said": the subject is before the
            # aside, unless the aside names it: "Brown's friend, the designer Ann Smith, said"
            named = p.ends.get(p.toks[j].end)
            if named is None and p.toks[j].low in self.lex.post_nominals and j - 1 >= lo \
                    and p.tight(j - 1, j) and not p.gap(j - 1, j).strip():
                named = p.ends.get(p.toks[j - 1].end)  # "Her barrister, Ann Lee KC, said"
            if named is None and p.gap(j, j + 1) == "),":
                # « Le maire, Bernard Caudron (divers droite), dit »: a party or an acronym in
                # brackets after the name
                for k0 in range(j - 1, max(lo, j - 5) - 1, -1):
                    if p.gap(k0, k0 + 1) == "(":
                        named = p.ends.get(p.toks[k0].end)
                        break
            bracketed = self.bracketed(p, max(lo, j - 24), j)
            for k in range(j - 1, max(lo, j - 24) - 1, -1):
                if p.gap(k, k + 1) == "(" and p.gap(j, j + 1) == ")," and j - k <= 4:
                    continue  # "…, directeur du SDIS des Landes (SDIS 40), a parlé": brackets
                if k in bracketed:
                    continue  # « X, directrice générale des services (DGS) de la communauté
                    # d'agglomération, écrit »: brackets closed inside the aside
                if p.gap(k, k + 1) in _ASIDE_MARKS:
                    outer = self.agent_aside(p, k, lo) if named is not None \
                        and p.toks[k + 1].start == named.span.start else None
                    if outer is not None \
                            and p.toks[outer + 1].low not in self.lex.writing_verbs \
                            and not any(p.toks[q].low in self.lex.documents
                                        for q in range(max(lo, outer - 5), outer + 1)):
                        # « La mission de l'UA, conduite par l'ancienne présidente de
                        # l'Assemblée, Aïssatou X, a salué »: the name is the agent's, in
                        # apposition inside the aside; the subject is before the aside (not
                        # « une note, signée par le directeur adjoint, X, », « Le discours,
                        # prononcé par le président, X, »: their author)
                        return self.np_before(p, outer, lo)
                    opening = p.starts.get(p.toks[k + 1].start) if named is not None else None
                    if named is not None and p.starts.get(p.toks[k + 1].start) is not named \
                            and any(p.toks[x].low in self.lex.relatives and x + 1 < len(p.toks)
                                    and p.toks[x + 1].start < named.span.start
                                    for x in range(k + 1, j)):
                        # "Leah Sandoval, a professor … who wrote a brief supporting Mabry,
                        # said": the name closing the aside is in its relative clause
                        named = None
                    if named is not None and (p.toks[k + 1].low in self.lex.determiners
                                              or p.toks[k + 1].start == named.span.start
                                              or self.role_before(p, k + 1, named)
                                              or self.title_before(p, k + 1, named)
                                              # "The producers, Lorraine Fisk and Benjamin
                                              # Adler, said": names listed together
                                              or (opening is not None
                                                  and opening.kind != "pronoun"
                                                  and opening.person in self.joint(p, named))):
                        # "Her neighbour, Tom Green, said", "Natarajan and her co-author,
                        # geochemist Felix Brandt, said"
                        ids = self.joint(p, named)
                        return _Who(tuple(dict.fromkeys(self.conjoined(p, k, lo) + ids)), None,
                                    "apposition")
                    k = self.relative_aside(p, k, lo)  # "Lee, whose firm, Lee & Co, has…"
                    if p.toks[k].low in self.lex.post_nominals and k - 1 >= lo:
                        if p.gap(k - 1, k) in _ASIDE_MARKS:
                            continue  # "Simon Pettifer, KC, for the prosecution, told"
                        titled = p.ends.get(p.toks[k - 1].end)
                        if titled is not None and titled.kind != "pronoun" \
                                and not p.gap(k - 1, k).strip():
                            # "Fiona Lascelles KC, for the department, argued"
                            return _Who(self.joint(p, titled), None, "mention")
                    apposed = p.starts.get(p.toks[k + 1].start)
                    if named is None and apposed is not None and apposed.kind != "pronoun" \
                            and not self.is_possessor(p, apposed):
                        # "Her editor, Tobias Wren of the publisher Harrow & Lane, recalls":
                        # a name opening the aside after a role names the subject
                        who = self.np_before(p, k, lo)
                        if who is not None and not who.ids \
                                and who.rule in ("source", "person-noun"):
                            return _Who(self.joint(p, apposed), None, "apposition")
                    who = self.np_before(p, k, lo)
                    if who is not None:  # else an earlier aside: "Durand, 54, who…, said"
                        return who
                elif any(ch in ".;:!?" for ch in p.gap(k, k + 1)):
                    break
            return None
        return self.np_before(p, j, lo)

    def relative_demonstrative(self, p: _Para, i: int) -> bool:
        """Token i is a demonstrative followed by a relative (« Celui qui »)."""
        return i + 1 < len(p.toks) and p.toks[i].low in self.lex.demonstratives \
            and p.toks[i + 1].low in self.lex.relatives and p.tight(i, i + 1)

    def demonstrative_taken_up(self, p: _Para, i: int) -> _Who | None:
        """« Celui qui avait renouvelé sa confiance à Faugeras … a lâché : »: the person named
        before the demonstrative at token i, not one its relative clause names."""
        who = self.resolve(p, self.lex.demonstratives[p.toks[i].low], p.toks[i].start)
        return who.with_rule("demonstrative") if who else None

    def heard(self, p: _Para, v: int, lo: int) -> _Who | None:
        """« On l'y entend expliquer : « … » »: the infinitive's subject is the object of a
        verb of perception after « on », a clitic that takes up the person named last."""
        lex = self.lex
        if not lex.perception or v - 1 < lo or not p.tight(v - 1, v):
            return None
        j = v - 1
        if p.toks[j].low not in lex.perception:
            return None
        j -= 1
        while j >= lo and (p.toks[j].low in ("y", "a") or p.toks[j].low in lex.past_auxiliaries):
            j -= 1  # « l'y entend », « l'a entendue »
        if j - 1 < lo or p.toks[j].low not in ("l", "la", "le") or p.toks[j - 1].low != "on":
            return None
        gender = {"la": "f", "le": "m"}.get(p.toks[j].low)
        k = bisect.bisect_left(self.order_keys, (p.index, p.toks[j].start)) - 1
        while k >= 0 and self.ordered[k][0] >= p.index - 1:
            m = self.ordered[k][2]  # the person named last (« … son voisin, Paul Roux. On
            if m.kind != "pronoun" and not self.is_possessor(self.paras[self.ordered[k][0]], m) \
                    and gender in (None, self.gender(m.person)):  # l'entend hurler »)
                return _Who((m.person,), None, "heard")
            k -= 1
        return None

    def relative_aside(self, p: _Para, k: int, lo: int) -> int:
        """The comma opening the relative clause an aside closed at token k belongs to
        ("Hollister, whose company, Hollister Group, has built …, said": the comma after
        "Hollister"), or k."""
        for r in range(k - 1, max(lo, k - 16) - 1, -1):
            if any(ch in ".;:!?" for ch in p.gap(r, r + 1)):
                break
            if p.gap(r, r + 1) in _ASIDE_MARKS:
                word = p.toks[r + 1].low
                if word in self.lex.relatives or word in ("whose", "dont"):
                    return r
        return k

    def relative_clause(self, p: _Para, v: int, lo: int) -> bool:
        """The verb at v is in a restrictive relative clause (« ceux qui l'accusent »: no
        comma before « qui »); after a comma (« le rapport de X, qui juge ») the relative
        adds what its antecedent says."""
        j = self.skip_back(p, v - 1, lo)
        if j >= lo and p.toks[j].low in self.lex.object_pronouns and p.tight(j, j + 1):
            j = self.skip_back(p, j - 1, lo)
        return j - 1 >= lo and p.toks[j].low in self.lex.relatives and p.gap(j - 1, j) == ""

    def object_relative(self, p: _Para, v: int, lo: int) -> bool:
        """The verb at v closes an object relative clause whose subject comes between « que »
        and it, with no mark between them (« un courriel, que Mediapart publie en
        intégralité, », "the email, which the Post published,"): the clause says what its
        antecedent is, it attributes nothing."""
        for j in range(v - 1, max(lo - 1, v - 7), -1):
            if not p.tight(j, j + 1):
                return False
            if p.toks[j].low in self.lex.object_relatives:
                return j + 1 < v and (p.toks[j + 1].start in p.starts
                                      or p.toks[j + 1].text[:1].isupper())
        return False

    def modifies_a_person(self, p: _Para, z: int) -> bool:
        """The name ending at token z modifies the lowercase person or source noun right
        after it ("A Castellane spokeswoman"): it is not the phrase's head."""
        return z + 1 < len(p.toks) and p.tight(z, z + 1) and p.toks[z + 1].text.islower() \
            and (p.toks[z + 1].low in self.lex.persons or p.toks[z + 1].low in self.lex.sources)

    def content_relative(self, p: _Para, v: int, lo: int) -> bool:
        """The verb at v is in a relative clause giving what a thing holds, with no comma
        between them: « l'argument selon lequel ces échanges relevaient de … »."""
        m = None
        for m in self.lex.content_relatives.finditer(p.lowered, p.toks[lo].start,
                                                     p.toks[v].start):
            pass
        return m is not None and "," not in p.masked[m.end():p.toks[v].start]

    def skip_back(self, p: _Para, j: int, lo: int) -> int:
        """The token before j's skipped words and adverbial phrases ("a par ailleurs dit")."""
        while j >= lo:
            m = self.lex.adverbials_end.search(p.lowered, p.toks[lo].start, p.toks[j].end)
            if m is not None and m.start() > p.toks[lo].start:
                j = bisect.bisect_left(p.tok_starts, m.start()) - 1
            elif self.is_skip(p.toks[j]) and "," not in p.gap(j, j + 1):
                j -= 1  # (not past an aside's closing comma: "X, writing later, described")
            else:
                break
        return j

    def agent_aside(self, p: _Para, k: int, lo: int) -> int | None:
        """The token before the aside mark that opens a participle and its agent (« ,
        conduite par », ", led by") before token k, within the aside that ends at k, else
        None."""
        for k0 in range(k - 1, max(lo, k - 12) - 1, -1):
            if p.gap(k0, k0 + 1) in _ASIDE_MARKS:
                return k0 if k0 + 2 < k and p.toks[k0 + 1].text[:1].islower() \
                    and p.toks[k0 + 2].low in self.lex.agents and p.tight(k0 + 1, k0 + 2) \
                    else None
            if any(ch in ".;:!?" for ch in p.gap(k0, k0 + 1)):
                return None
        return None

    @staticmethod
    def bracketed(p: _Para, lo: int, j: int) -> frozenset[int]:
        """The tokens from lo up to (not including) j whose following gap opens, is inside or
        closes a pair of brackets closed before token j: their marks are no aside's."""
        inside: set[int] = set()
        opened: int | None = None
        for k in range(lo, j):
            gap = p.gap(k, k + 1)
            if opened is None and gap == "(":
                opened = k
            elif opened is not None and gap.startswith(")"):
                if gap == ")":
                    inside.update(range(opened, k + 1))
                opened = None
        return frozenset(inside)

    def role_before(self, p: _Para, k: int, named: Mention) -> bool:
        """Tokens k.. up to the mention are lowercase words naming a role, written tight:
        "geochemist Felix Brandt", "hardware store owner Dev Patel"."""
        q = k
        while q < len(p.toks) and p.toks[q].start < named.span.start:
            tok = p.toks[q]
            if not tok.text[:1].islower() or (q > k and not p.tight(q - 1, q)) \
                    or q - k >= 4:
                return False
            q += 1
        return q > k and any(p.toks[i].low in self.lex.persons for i in range(k, q))

    def title_before(self, p: _Para, k: int, named: Mention) -> bool:
        """Tokens k.. up to the mention are one or two capitalised titles: « Me Léa X »,
        « Dr X », « M. X » (the people stage may leave the title out of the name)."""
        q = k
        while q < len(p.toks) and p.toks[q].start < named.span.start:
            tok = p.toks[q]
            if q - k >= 2 or not tok.text[:1].isupper() or (
                    tok.low not in self.lex.abbreviations and tok.low not in self.lex.honorifics):
                return False
            q += 1
        return q > k

    def conjoined(self, p: _Para, k: int, lo: int) -> tuple[str, ...]:
        """The people joined to the noun phrase that ends with token k: "Natarajan and her
        co-author" gives Natarajan."""
        q = k
        while q - 1 >= lo and k - q < 5 and p.tight(q - 1, q):
            if p.toks[q].low in self.lex.joiners:
                m = p.ends.get(p.toks[q - 1].end)
                return self.joint(p, m) if m is not None else ()
            q -= 1
        return ()

    def according(self, p: _Para, pos: int) -> _Who | None:
        """ "selon X", "according to X" in the quotation's sentence."""
        s, e = p.sentence(pos)
        for m in self.lex.according.finditer(p.masked, s, e):
            a, _b = p.tok_range(m.end(), e)
            end = self.phrase_end(p, m.end(), e)
            who = self.np_after(p, a, end) or self.np_label(p, a, end)
            if who is not None:
                return who.with_rule("according-to-" + who.rule)
        return None

    def phrase_end(self, p: _Para, start: int, e: int) -> int:
        """Where a phrase that opens at ``start`` (after « selon », "according to", an agent's
        « par », "by") ends, before ``e``: at its first comma, or at the second when a name
        stands between the two, in apposition (« Selon le porte-parole de X, Tom Becker, le
        maire … »; not « Selon le porte-parole de X, le maire « … » »: the clause's
        subject)."""
        first = p.masked.find(",", start, e)
        if first < 0:
            return e
        second = p.masked.find(",", first + 1, e)
        close = second if second >= 0 else e
        a, b = p.tok_range(first, close)
        for q in range(a, b):
            m = p.starts.get(p.toks[q].start)
            if m is not None and m.kind != "pronoun":
                # (before the sentence's end, the name must close it: « …, selon son
                # producteur, Thomas Lejeune. », not « …, Jean Dupont n'a rien … »)
                if second >= 0 or not p.masked[m.span.end:e].strip(" \t\u00a0.!?…»”\"'"):
                    return close
                break
        return first

    def demonstrative_person(self, p: _Para, k: int, stop: int) -> _Who | None:
        """« raconte cette habitante », « confie ce retraité »: a singular
        demonstrative and a noun for a person after the verb take up the person of that
        gender named last, in this paragraph or the one before (it points back; an unnamed
        newcomer takes « un », « une »), unless an unnamed person was brought in since."""
        if k + 1 > stop or p.toks[k].low not in self.lex.demonstrative_determiners \
                or not p.tight(k, k + 1):
            return None
        noun = p.toks[k + 1].low
        if noun not in self.lex.persons or noun in self.lex.kin or noun in self.lex.sources \
                or noun in self.lex.relation_nouns or noun in self.lex.peers:
            return None  # (« ce responsable syndical », « ce témoin »: somebody unnamed)
        if stop + 1 < len(p.toks) and p.gap(stop, stop + 1) == "," \
                and p.toks[stop + 1].start in p.starts:
            return None  # « raconte cette habitante, Sylvie X, »: the name in apposition
        det = self.lex.determiners.get(p.toks[k].low)
        gender = self.lex.persons[noun] or (det[0] if det else None)
        if gender not in ("f", "m") or self.unnamed_nearer(p, k):
            return None  # (« Selon une source …, confie ce policier »: the unnamed one)
        who = self.resolve(p, gender, p.toks[k].start, paragraphs=1)
        if who is None or len(who.ids) != 1:
            return None
        return who.with_rule("demonstrative-description")

    def np_label(self, p: _Para, k: int, end: int) -> _Who | None:
        """Any noun phrase opened by a determiner at token k, as a label: where a speaker
        must stand ("selon la préfecture", "», s'agace une habitante"), it names one."""
        if k >= len(p.toks) or p.toks[k].start >= end:
            return None
        first = p.toks[k]
        if first.low not in self.lex.determiners and first.low not in self.lex.possessives \
                or self.clause_opener(p, k):
            return None
        stop = k
        while stop + 1 < len(p.toks) and p.toks[stop + 1].end <= end and stop - k < 6 \
                and p.tight(stop, stop + 1) and p.toks[stop + 1].low not in self.lex.np_stop:
            stop += 1
        if stop == k:
            # a pronoun-like determiner alone: "another posted", "un autre répond"
            nxt = p.toks[k + 1] if k + 1 < len(p.toks) else None
            if nxt is not None and self.is_speech(nxt) and p.tight(k, k + 1) \
                    and first.low not in self.lex.possessives \
                    and first.low in self.lex.alternatives:
                # (not an article before a speech noun: « d'un sourire : », "without a smile")
                return _Who((), first.text, "noun-phrase")
            return None
        if not self.may_speak(p, k + 1, stop):
            # « a murmuré le Serbe, les yeux embués », « ce débat confirme une campagne « … » »:
            # no word of the phrase names anybody who could speak
            return None
        if stop + 1 < len(p.toks) and p.toks[stop + 1].end <= end \
                and p.gap(stop, stop + 1) == ",":
            # « s'indigne l'une d'elles, Amandine Petit »: a name in apposition says who
            named = p.starts.get(p.toks[stop + 1].start)
            if named is not None and named.kind != "pronoun":
                return _Who(self.joint(p, named), None, "noun-phrase-apposition")
        return _Who((), p.text[first.start:p.toks[stop].end], "noun-phrase")

    def may_speak(self, p: _Para, a: int, z: int) -> bool:
        """Some word of tokens a..z names a person, a group, a body or a document (a noun of
        the lexicon, one for a person by its ending, a number, or a capitalised word)."""
        lex = self.lex
        for q in range(a, z + 1):
            tok = p.toks[q]
            low = tok.low
            single = low.rstrip("sx")
            if not tok.text[:1].islower() or low.isdigit() or lex.age.match(low) \
                    or any(w in words for w in (low, single, low + "s") for words in (
                        lex.persons, lex.sources, lex.documents, lex.kin, lex.group_nouns,
                        lex.numbers, lex.membership, lex.determiners, lex.pronouns,
                        lex.stressed, lex.alternatives)) \
                    or any(low.endswith(e) and len(low) > len(e) + 2
                           for e, _g in lex.person_endings) \
                    or (q == a and low.endswith(lex.feminine_endings)):
                # (« une habituée du festival », « l'un d'eux », « une autre »; by its ending,
                # a noun for a person or a firm: « précise l'opérateur »)
                return True
        return False

    def opinion(self, p: _Para, pos: int) -> _Who | None:
        """ "Pour la maire, « … »": the sentence opens with whose view it gives."""
        if self.lex.opinion is None:
            return None
        s, _e = p.sentence(pos)
        m = self.lex.opinion.match(p.masked, s)
        if m is None:
            return None
        a, b = p.tok_range(m.end(), pos)
        z = a
        while z + 1 < b and p.tight(z, z + 1):
            z += 1
        if a >= b or not p.masked[p.toks[z].end:pos].strip().startswith(","):
            return None
        who = self.np_at(p, a, z)
        if who is not None and not who.ids and p.toks[a].low in self.lex.possessives and any(
                p.toks[i].low in self.lex.work_nouns or p.toks[i].low in self.lex.documents
                for i in range(a, z + 1)) and not any(
                p.toks[i].low in self.lex.persons or p.toks[i].low in self.lex.kin
                for i in range(a, z + 1)):
            # « Pour sa dernière conférence de presse, il… »: an occasion, nobody's view
            return None
        guessed = ("description", "salient-description", "body-role")
        if who is not None and (not who.ids or who.rule in guessed) and z + 1 < b \
                and p.gap(z, z + 1) == ",":
            # « Pour le directeur du laboratoire, Étienne Fauchier, … », « Pour le substitut du
            # procureur du Roi, Thomas Verhaegen, … »: the name in apposition (over a holder
            # of the role guessed: « Pour le secrétaire régional de Sud-Rail, Thierry X, »)
            named = p.starts.get(p.toks[z + 1].start) or self.titled_name(p, z + 1, pos)
            if named is not None and named.kind != "pronoun" \
                    and who.rule in ("person-noun", "source", "organisation", *guessed):
                # (after a title too: « Pour l'avocate de la partie civile, Me Sophie X, »)
                return _Who(self.joint(p, named), None, "opinion-apposition")
        return who.with_rule("opinion-" + who.rule) if who else None

    def topic(self, p: _Para, pos: int) -> _Who | None:
        """The subject of the last sentence with a speech verb before ``pos`` in its paragraph
        (the current sentence excluded)."""
        s, _e = p.sentence(pos)
        k = bisect.bisect_right(p.sentences, s) - 1
        stop = max(0, k - _SENTENCES_BACK)
        while k > stop:
            k -= 1
            lo = p.sentences[k]
            hi = p.sentences[k + 1]
            opinion = self.opinion(p, hi - 1)
            if opinion is not None:  # "Pour Anne Durand, ces promesses ne suffisent plus."
                return opinion
            a, b = p.tok_range(lo, hi)
            for v in range(a, b):
                if self.is_verb(p, v) and not self.is_participle(p.toks[v]):
                    if v == a:  # « Interrogé jeudi, le patron de l'Ordre a durci le ton. »
                        who = self.opening_subject(p, lo, hi)
                        if who is not None and who.ids:
                            return who.with_rule("topic-" + who.rule)
                        q = self.after_fronted(p, a, b)
                        z = self.description_end(p, q, b) if q is not None \
                            and p.toks[q].low in self.lex.determiners else None
                        if q is not None and z is not None:  # (an unnamed one: its label)
                            who = self.classify_np(p, q, z)
                            if who is not None:
                                return who.with_rule("topic-fronted-" + who.rule)
                    who = self.subject_of(p, v, a)
                    if who is not None:
                        return who.with_rule("topic-" + who.rule)
                    break
        return None

    # ---------------------------------------------------------------- noun phrases

    def joint(self, p: _Para, m: Mention) -> tuple[str, ...]:
        """The person of mention m, with those listed with it: "Brown, Smith and Green"."""
        text = p.masked
        before: list[str] = []  # "X, Y and Z said" when m is Z
        titled = self.title_start(p, m.span.start)
        cursor = self.joined_role_start(p, titled)
        role_joined = cursor != titled  # « X et le député Y »: X must open the subject
        joined = False
        while True:
            lo = max(0, cursor - 80)  # a bounded window keeps the scan linear
            head = text[lo:cursor].rstrip()
            word = head[-4:].lower()
            if word.endswith(self.lex.joiner_ends):
                cut = head.rfind(" ") if not word.endswith("&") else len(head) - 1
                other = p.ends.get(lo + len(head[:cut].rstrip()))
                if other is None:
                    # "Janet Whitcomb of Pennsylvania and Luis Ferreira": past a place;
                    # « Fabrice Hoffmann (CGT) et Aurélie Mangin »: past a bracket
                    place = _PLACE_TAIL_RE.search(head, 0, len(head[:cut].rstrip())) \
                        or _BRACKETED_TAIL_RE.search(head, 0, len(head[:cut].rstrip()))
                    if place is not None:
                        other = p.ends.get(lo + place.start())
                joined = True
            elif head.endswith(",") and joined:
                other = p.ends.get(lo + len(head[:-1].rstrip()))
            elif head.endswith(",") and (role := self.joined_role(head)) is not None:
                # "The governor, Kathy Hochul, and the mayor, Eric Adams, said": a role in
                # apposition after the joiner, the person listed before it
                listed = head[:role].rstrip()
                other = p.ends.get(lo + len(listed[:-1].rstrip() if listed.endswith(",")
                                            else listed))
                if other is not None and not self.opens_the_subject(p, other):
                    other = None  # "He thanked Kathy Hochul, and the mayor, X, said"
                joined = True
            else:
                break
            if other is not None and role_joined and not self.opens_the_subject(p, other):
                other = None  # « Il a salué Claire Morel et le maire Paul Girard a répondu »
            role_joined = False
            if other is None:
                break
            before.insert(0, other.person)
            cursor = self.title_start(p, other.span.start)
        after: list[str] = []  # "said X, Y and Z" when m is X
        cursor = m.span.end
        pending: list[str] = []
        while True:
            rest = text[cursor:cursor + 80]
            place = _PLACE_HEAD_RE.match(rest) or _BRACKETED_HEAD_RE.match(rest)
            if place is not None:  # "Janet Whitcomb of Pennsylvania and …", « X (CGT) et »
                rest = rest[place.end():]
                cursor += place.end()
            stripped = rest.lstrip()
            lowered = stripped[:6].lower()
            nxt = None
            for j in self.lex.joiners:
                if lowered.startswith(j) and stripped[len(j):len(j) + 1] == " ":
                    offset = len(rest) - len(stripped) + len(j)
                    nxt = cursor + offset + (len(rest) - offset - len(rest[offset:].lstrip()))
                    break
            if nxt is not None:
                other = p.starts.get(self.past_titles(p, nxt))
                if other is None:
                    # "… Lisa Mazzoleni et le député vaudois Marc-Henri Jotterand": a name
                    # after a definite person noun
                    k = bisect.bisect_left(p.tok_starts, nxt)
                    other = self.described_name(p, k, min(len(text), nxt + 80)) \
                        if k < len(p.toks) and p.toks[k].start == nxt else None
                if other is None:
                    # « Josette et son mari, Raymond, expliquent »: a relative named in
                    # apposition after a possessed kin word
                    kin = _POSSESSED_APPOSITION_RE.match(text, nxt)
                    if kin is not None and kin.group(1).lower() in self.lex.possessives \
                            and kin.group(2).lower() in self.lex.kin:
                        named = p.starts.get(kin.end())
                        other = named if named is not None and named.kind != "pronoun" \
                            else None
                if other is not None and self.is_possessor(p, other):
                    # "Ms Whitfield and Isla's father, Jamie Rees, said": the relative named
                    # in apposition, not the possessor
                    comma = text.find(",", other.span.end, other.span.end + 40)
                    named = p.starts.get(comma + 1 + len(text[comma + 1:]) - len(
                        text[comma + 1:].lstrip())) if comma >= 0 else None
                    other = named if named is not None and named.kind != "pronoun" else None
                if other is None:
                    break
                after.extend(pending)
                pending = []
                after.append(other.person)
                cursor = other.span.end
                continue
            if stripped.startswith(","):
                offset = len(rest) - len(stripped) + 1
                start = cursor + offset + (len(rest[offset:]) - len(rest[offset:].lstrip()))
                other = p.starts.get(start)
                if other is None:
                    # "the governor, Kathy Hochul, and the mayor, Eric Adams, said": past a
                    # role in apposition after the joiner, the person it names
                    apposed = _ROLE_THEN_NAME_RE.match(text, start)
                    if apposed is not None \
                            and self.is_joined_role(apposed["joiner"], apposed["role"]):
                        named = p.starts.get(apposed.end())
                        if named is not None and named.kind != "pronoun" \
                                and self.ends_the_subject(p, named):
                            after.extend(pending)
                            pending = []
                            after.append(named.person)
                            cursor = named.span.end
                            continue
                    break
                pending.append(other.person)
                cursor = other.span.end
                continue
            break
        seen: list[str] = []
        for pid in (*before, m.person, *after):
            if pid not in seen:
                seen.append(pid)
        if len(seen) == 1:
            family = self.family_of(p, m)
            if family is not None:
                return family
        return tuple(seen)

    def family_of(self, p: _Para, m: Mention) -> tuple[str, ...] | None:
        """« Les Guillou ont prévu une fête »: a surname alone after a plural definite article
        names a family, the people of the article who bear it (two or more, in the order the
        article named them)."""
        if m.kind == "pronoun" or " " in m.text.strip():
            return None
        words = _TOKEN_RE.findall(p.masked[max(0, m.span.start - 6):m.span.start].lower())
        det = self.lex.determiners.get(words[-1]) if words else None
        if det is None or det[0] != "p" or not det[1] \
                or p.masked[m.span.start - 1:m.span.start] not in (" ", "\u00a0"):
            return None
        bearers = self.surname_bearers.get(fold(m.text))
        return bearers if bearers is not None and len(bearers) > 1 else None

    def family_before(self, p: _Para, pos: int) -> _Who | None:
        """« Les Guillou ont prévu une fête. « … », insistent-ils »: the family a surname after
        a plural definite article names in the sentence of ``pos`` or the one before it (the
        surname alone is nobody's mention when two people bear it), if nobody is named
        after it."""
        s = p.sentence(pos)[0]
        n = bisect.bisect_right(p.sentences, s) - 1
        a, b = p.tok_range(p.sentences[max(0, n - 1)], pos)
        for i in range(b - 1, a, -1):
            tok = p.toks[i]
            if p.in_quote(tok.start):
                continue
            if tok.start in p.starts and p.starts[tok.start].kind != "pronoun" \
                    and not self.family_of(p, p.starts[tok.start]):
                return None  # somebody named since
            det = self.lex.determiners.get(p.toks[i - 1].low)
            if det is not None and det[0] == "p" and det[1] and tok.text[:1].isupper() \
                    and p.gap(i - 1, i) == "":
                bearers = self.surname_bearers.get(fold(tok.text))
                if bearers is not None and len(bearers) > 1:
                    return _Who(bearers, None, "family")
        return None

    @cached_property
    def surname_bearers(self) -> dict[str, tuple[str, ...]]:
        """The last word of the name of each person the article names (folded) -> those
        people, in the order the article first names them."""
        bearers: dict[str, list[str]] = {}
        for _para, _start, m in self.ordered:
            person = self.people.get(m.person)
            if person is None or m.kind == "pronoun":
                continue
            words = person.name.split()
            if len(words) > 1 and m.person not in bearers.setdefault(fold(words[-1]), []):
                bearers[fold(words[-1])].append(m.person)
        return {k: tuple(v) for k, v in bearers.items()}

    def ends_the_subject(self, p: _Para, m: Mention) -> bool:
        """Nothing but a speech verb or the sentence's end follows ``m`` (a comma apart): the
        last of joint speakers ("…, and the mayor, Eric Adams, said."), not the subject of a
        clause of its own ("…, and the mayor, Eric Adams, nodded")."""
        rest = p.masked[m.span.end:m.span.end + 40].lstrip(" ,")
        words = _TOKEN_RE.findall(rest[:30].lower())
        return not rest or rest[0] in ".!?;" or bool(words) and words[0] in self.lex.speech

    def opens_the_subject(self, p: _Para, m: Mention) -> bool:
        """``m`` opens its sentence, or follows a role in apposition that does ("The governor,
        Kathy Hochul, and …"; not "He thanked Kathy Hochul, and …")."""
        start = self.title_start(p, m.span.start)
        s0 = p.sentence(start)[0]
        head = p.masked[s0:start].strip()
        if not head:
            return True
        if not head.endswith(",") or "," in head[:-1]:
            return False
        words = _TOKEN_RE.findall(head.lower())
        if 0 < len(words) <= 6 and any(w in self.lex.persons for w in words):
            return True
        # "Speaking together at a news conference, al-Marri and …": after a fronted phrase
        a, k = p.tok_range(s0, start)
        return a < k and not any(t.start in p.starts for t in p.toks[a:k]) \
            and self.after_fronted(p, a, k + 1) == k

    def is_joined_role(self, joiner: str, role: str) -> bool:
        """``joiner`` joins in this language and ``role`` names a role in its first four
        words ("and" "the mayor", « et » « le préfet de police »)."""
        words = _TOKEN_RE.findall(role.lower())
        # (six words: "the African Union's envoy" is five tokens)
        return joiner.lower() in self.lex.joiners and any(w in self.lex.persons
                                                          for w in words[:6])

    def joined_role(self, head: str) -> int | None:
        """Where the joiner starts when ``head`` ends with a joiner and a role noun phrase in
        apposition (", and the mayor,", « , et le préfet de police, »); None otherwise."""
        m = _JOINED_ROLE_RE.search(head)
        if m is None or not self.is_joined_role(m["joiner"], m["role"]):
            return None
        return m.start("joiner")

    def _title_word(self, tok: _Tok) -> bool:
        """A capitalised title written before a name ("Senator", "Governor", "Dr")."""
        return tok.text[:1].isupper() and (tok.low in self.lex.persons
                                           or tok.low in self.lex.honorifics
                                           or tok.low in self.lex.abbreviations)

    def joined_role_start(self, p: _Para, pos: int) -> int:
        """Where a lowercase role phrase written right before the name at ``pos`` starts,
        after a joiner (« X et *le député socialiste* Bastien Girard ont déclaré »: the start
        of « le »), else ``pos``."""
        k = bisect.bisect_left(p.tok_starts, pos)
        role = False
        for j in range(k - 1, max(-1, k - 5), -1):
            tok = p.toks[j]
            if not tok.text[:1].islower() or not p.tight(j, j + 1) or tok.start in p.starts:
                return pos
            if tok.low in self.lex.determiners:
                return tok.start if role and j >= 1 and p.toks[j - 1].low in self.lex.joiners \
                    and p.tight(j - 1, j) else pos
            role = role or tok.low in self.lex.persons
        return pos

    def title_start(self, p: _Para, pos: int) -> int:
        """Where the titles written right before the name at ``pos`` start ("Governor Ruth
        Gill": the start of "Governor"), else ``pos``."""
        k = bisect.bisect_left(p.tok_starts, pos)
        first = k
        while k - 1 >= 0 and p.gap(k - 1, k).strip(" .") == "" and self._title_word(p.toks[k - 1]):
            k -= 1
        if k < first:
            # "… and Cascadia CEO Sunita Raghavan": a body's name before the titles, after a
            # joiner
            j = k
            while j - 1 >= 0 and k - j < 3 and p.gap(j - 1, j) == "" \
                    and p.toks[j - 1].text[:1].isupper() and p.toks[j - 1].start not in p.starts \
                    and p.toks[j - 1].end not in p.ends:
                j -= 1
            if j < k and j - 1 >= 0 and p.toks[j - 1].low in self.lex.joiners:
                k = j
        return p.toks[k].start if k < len(p.toks) and p.toks[k].start < pos else pos

    def past_titles(self, p: _Para, pos: int) -> int:
        """Where the name after the titles starting at ``pos`` starts ("and Governor Ruth
        Gill said": "Ruth"), else ``pos``."""
        k = bisect.bisect_left(p.tok_starts, pos)
        while k < len(p.toks) and p.toks[k].start not in p.starts and self._title_word(p.toks[k]) \
                and k + 1 < len(p.toks) and p.gap(k, k + 1).strip(" .") == "":
            k += 1
        return p.toks[k].start if k < len(p.toks) else pos

    def np_at(self, p: _Para, a: int, z: int) -> _Who | None:
        """The speaker named by exactly the tokens a..z: a mention, a pronoun or a noun phrase."""
        tok = p.toks[a]
        if tok.start in p.starts or tok.low in self.lex.pronouns \
                or tok.low in self.lex.stressed or tok.low in self.lex.determiners \
                or tok.low in self.lex.possessives or tok.text[:1].isupper():
            return self.np_after(p, a, p.toks[z].end)
        return None

    def latter(self, p: _Para, a: int, forward: bool) -> tuple[str, int] | None:
        """("m", length) when the tokens ending (or, forward, starting) at token a are
        "celui-ci", "cette dernière", "the latter"."""
        for words, gender in self.lex.latter.items():
            n = len(words)
            first = a if forward else a - n + 1
            if first < 0 or first + n > len(p.toks):
                continue
            if all(p.toks[first + d].low == w for d, w in enumerate(words)) \
                    and all(p.tight(first + d, first + d + 1) for d in range(n - 1)):
                return gender, n
        return None

    def former_reference(self, p: _Para, a: int, b: int) -> _Who | None:
        """« La première ne cache pas sa joie », "The former said": the first of the two
        people named last, when the words stand alone as the subject (no noun after them:
        « le premier ministre » is somebody else)."""
        for rank, references in enumerate((self.lex.former_references,
                                           self.lex.second_references)):
            for words, gender in references.items():
                n = len(words)
                if a + n >= b or any(p.toks[a + d].low != w for d, w in enumerate(words)) \
                        or not all(p.tight(a + d, a + d + 1) for d in range(n - 1)):
                    continue
                nxt = p.toks[a + n]
                # (a comma after « le second » opens an apposition of a thing counted as
                # often: « Le second, un tir enroulé, a fait lever le stade »)
                if not ((p.gap(a + n - 1, a + n) == "," and rank == 0) or self.is_skip(nxt)
                        or self.is_verb(p, a + n)):
                    return None
                return self.first_of_two(p, p.toks[a].start, gender, rank)
        return None

    def first_of_two(self, p: _Para, pos: int, gender: str, rank: int = 0) -> _Who | None:
        """The first (``rank`` 0) or the second (1) of the two people named last before
        ``pos`` (« la première », "the former"; « la seconde »), when the gender (if any)
        allows."""
        pair = self.recent_people(p, pos, 2)
        if pair is None or (gender and self.gender(pair.ids[rank]) not in (gender, None)):
            return None
        if self.two_things_before(p, pos):
            return None  # « … ont commandé deux études. La seconde juge la réforme « inutile » »
        return _Who((pair.ids[rank],), None, "former" if rank == 0 else "second")

    def two_things_before(self, p: _Para, pos: int) -> bool:
        """The paragraph before ``pos`` counts two things (« deux études », "two reports"):
        « la première », « la seconde » may be those, not the two people."""
        a, b = p.tok_range(0, pos)

        def counted(q: int) -> int:
            # the counted noun, past « de ses », « des », "of the" (« deux de ses adjoints »)
            n = q + 1
            if n + 1 < b and p.toks[n].low in self.lex.complements:
                n += 1
                if n + 1 < b and (p.toks[n].low in self.lex.determiners
                                  or p.toks[n].low in self.lex.possessives):
                    n += 1
            return n

        for q in range(a, b):
            if self.lex.numbers.get(p.toks[q].low) != 2 or q + 1 >= b:
                continue
            noun = p.toks[counted(q)]
            if noun.text[:1].islower() and noun.low not in self.lex.persons \
                    and noun.low.rstrip("sx") not in self.lex.persons \
                    and noun.low not in self.lex.kin:
                return True
        return False

    def resolve_latest(self, p: _Para, gender: str, pos: int) -> _Who | None:
        """The person named last before ``pos`` (two paragraphs at most), of that gender
        when known: "Celui-ci", "cette dernière", "the latter" take up the latest name, not
        the subject."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        fallback: Mention | None = None
        while k >= 0:
            para, _start, m = self.ordered[k]
            if para < p.index - 2:
                break
            known = self.gender(m.person)
            if not gender or known == gender:
                return _Who((m.person,), None, "latter")
            if known is None and fallback is None:
                fallback = m
            k -= 1
        return _Who((fallback.person,), None, "latter") if fallback is not None else None

    def quoted_in_relative(self, p: _Para, open_at: int, close_at: int | None
                           ) -> _Who | None:
        """The person named right before the relative clause the quotation sits in, with a
        comma before the relative pronoun and none after it: when the name opens the
        sentence (« La ministre X, qui a qualifié l'école de « … », a confirmé le
        financement »: the verb after the quotation is the main clause's, no inverted
        attribution; rule "relative-subject"), or when the relative clause has a verb of
        speech of its own (« a-t-il répondu à X, qui l'accusait de « … » »). Not a name the
        sentence's subject speaks about (« par son grand frère, Hugo, qui « en parle encore
        … » »), nor a phrase that names nobody (« X, professeure à l'université de Nantes,
        qui juge … » is X's); not in a passive (« X, qui a été qualifié de « traître » par
        Y »), nor for words read or written by someone else (« X, qui a lu la lettre « … » de
        son mari »)."""
        s, _e = p.sentence(open_at)
        a, b = p.tok_range(s, open_at)
        if a >= b or any(ch in ",;:" for ch in p.masked[p.toks[b - 1].end:open_at]):
            return None
        lex = self.lex
        if close_at is not None:
            k = bisect.bisect_left(p.tok_starts, close_at)
            if k < len(p.toks) and p.toks[k].low in lex.agents:
                return None  # « … « traître » par Marie Dupont »: the passive's agent
        for j in range(b - 1, max(a, b - 10), -1):
            if j + 1 < b and any(ch in ",;:«»\"“”()" for ch in p.gap(j, j + 1)):
                return None
            if p.toks[j].low not in lex.relatives or p.gap(j - 1, j) != ",":
                continue
            clause = p.toks[j + 1:b]
            if any(t.low in lex.reading or t.low in lex.documents for t in clause) or any(
                    t.low in lex.passive_auxiliaries and t.low not in lex.past_auxiliaries
                    and not (n > 0 and clause[n - 1].low in _REFLEXIVES)
                    for n, t in enumerate(clause)):
                return None
            named = p.ends.get(p.toks[j - 1].end)
            if named is None or named.kind == "pronoun" or self.is_possessor(p, named):
                return None  # ("Brenner in Die Zeit, who predicted": not the paper)
            k = bisect.bisect_left(p.tok_starts, named.span.start)
            if k - a <= 3 and all(p.tight(i, i + 1) and not p.toks[i].text[:1].isupper()
                                  or i == a for i in range(a, k)) \
                    and (k == a or p.toks[a].low in lex.determiners):
                # the name opens the sentence, maybe after its article and role noun
                return _Who(self.joint(p, named), None, "relative-subject")
            if not any(self.is_speech(t) for t in clause) \
                    or (k - 1 >= a and p.toks[k - 1].low in lex.complements):
                return None  # (« l'entourage de la députée X, qui … »)
            return _Who(self.joint(p, named), None, "relative-speaker")
        return None

    def np_before(self, p: _Para, j: int, lo: int) -> _Who | None:
        """The speaker whose noun phrase ends with token j (the word before the verb)."""
        tok = p.toks[j]
        latter = self.latter(p, j, forward=False)
        if latter is not None and j - latter[1] + 1 >= lo:
            return self.resolve_latest(p, latter[0], p.toks[j - latter[1] + 1].start)
        if j - 1 >= lo and ((p.toks[j - 1].low, tok.low) in self.lex.former_references
                            or (p.toks[j - 1].low, tok.low) in self.lex.second_references):
            former = self.former_reference(p, j - 1, len(p.toks))
            if former is not None:  # « la première a salué… », « la seconde a répliqué »
                return former
        if tok.low in self.lex.relatives and j - 1 >= lo and p.gap(j - 1, j) == ",":
            who = self.np_before(p, j - 1, lo)
            if who is not None and who.ids:
                return who
            named = p.ends.get(p.toks[j - 1].end)
            k = bisect.bisect_left(p.tok_starts, named.span.start) if named is not None else 0
            if who is not None and who.rule in ("source", "organisation", "noun-phrase") \
                    and named is not None and named.kind != "pronoun" \
                    and not self.is_possessor(p, named) \
                    and k >= 1 and p.toks[k - 1].low in self.lex.agents_of_things:
                # "Her words drew a swift rebuke from Griffiths, who called them …": the
                # person named right before the relative, not the phrase that holds them
                return _Who(self.joint(p, named), None, "relative-antecedent")
            # "Hélène Garnier, professeure à l'université de Nantes, qui juge": the relative
            # takes up the person before the apposition
            for k in range(j - 2, max(lo, j - 16) - 1, -1):
                if p.gap(k, k + 1) == ",":
                    m = p.ends.get(p.toks[k].end)
                    if m is not None:
                        return _Who(self.joint(p, m), None, "relative-apposition")
                    if who is None:
                        # "a letter from her mother, a retired teacher, who wrote that …":
                        # the phrase before the apposition, named or not
                        before = self.np_before(p, k, lo)
                        if before is not None:
                            return before.with_rule("relative-apposition-" + before.rule)
                    break
                if any(ch in ".;:!?" for ch in p.gap(k, k + 1)):
                    break
            return who
        if tok.low in self.lex.openers and tok.low not in self.lex.pronouns:
            v = j + 1  # (past clitics and an auxiliary: « et leur a promis »)
            while v + 1 < len(p.toks) and v - j < 4 and self.is_skip(p.toks[v]) \
                    and p.tight(v, v + 1):
                v += 1
            if tok.low in self.lex.joiners and v < len(p.toks) and p.tight(j, j + 1) \
                    and self.is_verb(p, v):
                # "Le parquet appelle les témoins et rappelle qu'« … »": a second verb
                return self.clause_subject(p, v)
            return None  # "…that said", "…que conteste": a clause boundary, no subject here
        if tok.low in self.lex.inverted and tok.low not in self.lex.pronouns \
                and j + 1 < len(p.toks) and self.is_verb(p, j + 1):
            # « Côté militants, on dénonce une « réponse disproportionnée » »: people unnamed
            return self.pronoun(p, tok.low, tok.start)
        if tok.low in self.lex.pronouns:
            if tok.low == "il" and j + 1 < len(p.toks) \
                    and p.toks[j + 1].low in self.lex.impersonal:
                return None
            return self.pronoun(p, tok.low, tok.start)
        m = p.ends.get(tok.end)
        if m is not None:
            q = bisect.bisect_left(p.tok_starts, m.span.start) - 1
            inside_np = q >= lo and p.tight(q, q + 1) and (
                p.toks[q].low in self.lex.complements
                or p.toks[q].low in self.lex.prepositions
                or (p.toks[q].low == "s" and q >= 1 and p.gap(q - 1, q) in ("'", "’")
                    # ("Screen's Fionnuala Keane called": a body's person is the subject)
                    and not (q - 1 >= lo and p.toks[q - 1].text[:1].isupper()
                             and p.toks[q - 1].end not in p.ends)))
            if not inside_np:
                return _Who(self.joint(p, m), None, "mention")
        # a possessive: "Jones's statement" is Jones's words, "Jones's spokeswoman" is not Jones
        q = j
        while q - 1 >= lo and j - q < 3 and p.tight(q - 1, q) and p.toks[q - 1].low != "s":
            q -= 1
        if q - 2 >= lo and p.toks[q - 1].low == "s" and p.gap(q - 2, q - 1) in ("'", "’"):
            owner = p.ends.get(p.toks[q - 2].end)
            if owner is not None:
                if tok.low in self.lex.documents:
                    return _Who((owner.person,), None, "possessive-document")
                return _Who((), p.text[owner.span.start:tok.end], "possessive")
        # walk back to a determiner that opens the noun phrase: the nearest first ("the
        # agency"), then farther ones ("a person familiar with the negotiations")
        q = j
        starts: list[int] = []
        while q >= lo and j - q < 10:
            low = p.toks[q].low
            tied = p.ends.get(p.toks[q].end) if q < j else None
            if tied is not None and tied.kind == "epithet" and p.tight(q, q + 1) \
                    and p.toks[q + 1].low in self.lex.complements:
                # « Le directeur de la régie conteste »: the role the article tied to a name,
                # with its complement, not the body the complement names
                return _Who(self.joint(p, tied), None, "epithet-complement")
            if q < j and ((p.toks[q].end in p.ends and not self.modifies_a_person(p, q))
                          or low in self.lex.openers):
                break  # another phrase: "Smith told the agency", "…, and the agency"
            # (not a name as a modifier: "A Castellane spokeswoman said")
            if low in self.lex.determiners or low in self.lex.possessives:
                starts.append(q)
            if q - 1 >= lo and not p.tight(q - 1, q):
                break
            q -= 1
        # the farthest determiner opens the subject: "a source close to the actor"
        for start in reversed(starts):
            who = self.classify_np(p, start, j, speaking=self.is_speech(p.toks[j + 1])
                                   if j + 1 < len(p.toks) else False)
            if who is not None and not who.ids and start >= 1 \
                    and p.gap(start - 1, start) == "," \
                    and self.lex.determiners.get(p.toks[start].low, (None, True))[1] is False \
                    and j + 1 < len(p.toks) and p.gap(j, j + 1).strip() == ",":
                # (the phrase closed by its own comma, a relative or a place after it: not "to
                # Lopez, a source close to the talks said:", where the phrase is the subject)
                named = p.ends.get(p.toks[start - 1].end)
                if named is not None and named.kind != "pronoun":
                    # "Sophie Tremblay-Hart, a portfolio manager at Harbourview Capital, which
                    # owns shares in Tamarack, said": the name the indefinite phrase is set
                    # beside
                    return _Who(self.joint(p, named), None, "apposed-name")
            if who is not None:
                return who
        if starts:
            return self.np_label(p, starts[-1], tok.end)
        # a capitalised name that is not a person's: an organisation
        q = j
        while q >= lo and p.toks[q].text[:1].isupper() and (q == j or p.tight(q, q + 1)) \
                and p.toks[q].start not in p.starts:
            q -= 1
        if q < j and p.toks[q + 1].text[:1].isupper() and q + 1 <= j:
            first = p.toks[q + 1]
            if first.low in self.lex.pronouns or first.low in self.lex.skip \
                    or first.low in self.lex.intro or first.low in self.lex.openers:
                return None
            if q - 1 >= lo and p.tight(q - 1, q) and p.tight(q, q + 1) \
                    and (p.toks[q].low in self.lex.from_words
                         or p.toks[q].low in self.lex.complements):
                named = p.ends.get(p.toks[q - 1].end)
                if named is not None and named.kind != "pronoun":
                    # "Sen. Thomas Wexler of Arkansas, who voted against it, said": the
                    # person the place or the body qualifies
                    return _Who(self.joint(p, named), None, "mention")
            if q - 1 >= lo and p.tight(q, q + 1) and p.toks[q].low in self.lex.complements:
                # "Ms Rachel Koh, MP for Serai SMC, who visited the site, wrote": the person
                # whose role in apposition the body completes
                r = q - 1
                while r > lo and q - r < 4 and p.tight(r - 1, r):
                    r -= 1
                named = p.ends.get(p.toks[r - 1].end) if r > lo else None
                if named is not None and named.kind != "pronoun" \
                        and p.gap(r - 1, r).strip() == "," \
                        and any(t.low in self.lex.persons for t in p.toks[r:q]):
                    return _Who(self.joint(p, named), None, "mention")
            return _Who((), p.text[first.start:tok.end], "organisation")
        return None

    def document_author(self, p: _Para, noun: str, pos: int) -> str | None:
        """The one person this paragraph (before ``pos``) or the one before says wrote the
        document ``noun``: \"a victim impact statement written by Mr Walsh's widow, Deirdre,
        and read by her sister\", « une lettre signée par X », or the named subject of a
        sentence that brings it in (\"In a statement, Deirdre Walsh said…\", « Dans un
        communiqué, X a … »)."""
        found: list[str] = []
        for q in self.paras[max(0, p.index - 1):p.index + 1]:
            limit = pos if q is p else len(q.text)
            for at in re.finditer(rf"(?<![^\W_]){re.escape(noun)}(?![^\W_])", q.lowered[:limit]):
                by = self.lex.authored_by.match(q.lowered, at.end())
                if by is not None:
                    m = q.starts.get(by.end())
                    if m is not None and m.kind != "pronoun":
                        found.append(m.person)
                        continue
                s, e = q.sentence(at.start())
                issuing = q.lowered[max(s, at.start() - 40):at.start()].split()
                if issuing and issuing[-1] in self.lex.issuing or (
                        len(issuing) > 1 and issuing[-2] in self.lex.issuing):
                    # the subject right after the fronted phrase ("In a statement issued on
                    # Monday, Deirdre Walsh said"; not "…, the government delegation, led by
                    # Minister X, said": the body's)
                    comma = q.masked.find(",", at.end(), min(e, limit))
                    k = bisect.bisect_left(q.tok_starts, comma + 1) if comma >= 0 else len(q.toks)
                    m = q.starts.get(q.toks[k].start) if k < len(q.toks) else None
                    if m is not None and m.kind != "pronoun" and not self.is_possessor(q, m):
                        found.append(m.person)
        return found[-1] if found and len(set(found)) == 1 else None

    def issued_by(self, q: _Para, noun: str, ids: tuple[str, ...]) -> bool:
        """A sentence of paragraph q names the document ``noun`` with an indefinite article or
        a possessive (« dans un communiqué », "In a statement", "her statement") and one of
        ``ids`` (a name or a pronoun taking them up) as its subject: "In a statement, she
        said …" (not "Lopez said the city's statement was wrong")."""
        pattern = re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, self.lex.issuing))})"
                             rf"\s+(?:[^\W\d_]+\s+)?{re.escape(noun)}(?![^\W_])")
        for found in pattern.finditer(q.lowered):
            s, e = q.sentence(found.start())
            if any(s <= st < e and m.person in ids for st, m in q.starts.items()):
                return True
            a, b = q.tok_range(s, e)
            for i in range(a, b):
                if self.lex.pronouns.get(q.toks[i].low) in ("f", "m") \
                        and not q.in_quote(q.toks[i].start):
                    who = self.pronoun(q, q.toks[i].low, q.toks[i].start)
                    return who is not None and bool(set(who.ids) & set(ids))
        return False

    def clause_opener(self, p: _Para, k: int) -> bool:
        """Token k is a conjunction that may be read as a determiner ("that") opening a
        clause: a determiner, a pronoun or a name follows it."""
        lex = self.lex
        return p.toks[k].low in lex.conjunction_determiners \
            and k + 1 < len(p.toks) and p.tight(k, k + 1) \
            and (p.toks[k + 1].low in lex.determiners or p.toks[k + 1].low in lex.pronouns
                 or p.toks[k + 1].start in p.starts)

    def np_after(self, p: _Para, k: int, end: int) -> _Who | None:
        """The speaker whose noun phrase starts with token k (the word after the verb)."""
        if k >= len(p.toks) or p.toks[k].start >= end:
            return None
        q = k  # '"…," said U.S. Attorney Ana Ruiz': past initials with their full stops
        while q + 1 < len(p.toks) and len(p.toks[q].text) == 1 and p.toks[q].text.isupper() \
                and p.toks[q].start not in p.starts and p.toks[q].low not in self.lex.honorifics \
                and p.gap(q, q + 1) == "." and p.toks[q + 1].end <= end:
            q += 1  # (not "said S. Meenakshi": a name's initial; nor « M. Vasseur »)
        if q > k and p.toks[q].text[:1].isupper():
            k = q
        # '"…," said Mr. Morris', "said Lt. Gen. Mohamed Hamdan", "said the Rev. Ali Kamal":
        # past the titles' full stops
        j = k + 1 if k + 1 < len(p.toks) and p.toks[k].low in self.lex.determiners else k
        while j + 1 < len(p.toks) and (p.toks[j].low in self.lex.honorifics
                                       or p.toks[j].low in self.lex.abbreviations) \
                and p.gap(j, j + 1).strip() == ".":
            j += 1
            if p.toks[j].start in p.starts:
                k = j
                break
        else:  # (no title right after the verb)
            # "said San Elido County Fire Capt. Luis Arreola": capitalised words of a body,
            # then an abbreviated title and the name
            for q in range(j, min(len(p.toks) - 1, j + 6)):
                if not p.toks[q].text[:1].isupper() or p.toks[q].start in p.starts \
                        or (q > j and not p.clean(q - 1, q)):
                    break
                if p.toks[q].low in self.lex.abbreviations and p.gap(q, q + 1) == "." \
                        and p.toks[q + 1].start in p.starts and p.toks[q + 1].end <= end:
                    k = q + 1
                    break
        tok = p.toks[k]
        if self.clause_opener(p, k):
            return None  # "said afterwards that the royal visitor had asked": a clause
        possessive = tok.low in self.lex.possessives and k + 1 < len(p.toks) \
            and p.tight(k, k + 1) and p.toks[k + 1].end <= end \
            and p.toks[k + 1].low in self.lex.persons  # ("said her spokeswoman, Ann Kole")
        if tok.low in self.lex.pronouns and not possessive:
            return self.pronoun(p, tok.low, tok.start)
        if tok.low in self.lex.stressed and not possessive:  # "selon lui", "according to her"
            return self.pronoun(p, self.lex.stressed[tok.low], tok.start)
        latter = self.latter(p, k, forward=True)
        if latter is not None:  # "a ajouté cette dernière", "said the latter"
            return self.resolve_latest(p, latter[0], tok.start)
        if tok.low in self.lex.demonstratives:  # "poursuit celle qui…"
            who = self.resolve(p, self.lex.demonstratives[tok.low], tok.start)
            return who.with_rule("demonstrative") if who else None
        if k + 2 < len(p.toks) and p.toks[k + 2].end <= end:
            pair = self.noun_pair(p, k, k + 2)  # « ont assuré père et fille »
            if pair is not None:
                return pair
        stop = k
        while stop + 1 < len(p.toks) and p.toks[stop + 1].end <= end and stop - k < 8 \
                and p.tight(stop, stop + 1) \
                and p.toks[stop + 1].low not in self.lex.np_stop \
                and not (stop > k and p.toks[stop + 1].low in self.lex.determiners
                         and stop + 2 < len(p.toks)
                         and p.toks[stop + 2].low in self.lex.time_nouns
                         and p.toks[stop + 2].text[:1].islower()
                         and p.toks[stop].low not in self.lex.complements):
            stop += 1  # (not into a time: « l'artiste la veille de la première »)
        # a mention at the start, after a title or a determiner and role nouns
        for q in range(k, stop + 1):
            m = p.starts.get(p.toks[q].start)
            noun = self.possessed_person(p, m, end) if m is not None else None
            if noun is not None:
                # "said Peter Lang's spokesman, Tom Becker", "according to Peter Lang's
                # spokesman": not Lang, his spokesman, named in apposition or not
                named = p.starts.get(p.toks[noun + 1].start) \
                    if noun + 1 < len(p.toks) and p.toks[noun + 1].end <= end \
                    and p.gap(noun, noun + 1) == "," else None
                if named is not None and named.kind != "pronoun":
                    return _Who(self.joint(p, named), None, "possessed-apposition")
                return _Who((), p.text[p.toks[k].start:p.toks[noun].end], "possessed-person")
            if m is not None and m.kind == "epithet" and m.person in self.named_inside():
                # « « Je l'ai dit à Madame Rebourg… », promet l'édile »: a description tied to
                # the woman the words name is somebody else; resolved as a description
                break
            if m is not None:
                lead = p.toks[k:q]
                # "said Mayor Jones", "a déclaré la conseillère municipale Léa Bernard"
                if len(lead) <= 4 and not any(
                        t.low in self.lex.complements or t.low in self.lex.from_words
                        or t.low == "s" for t in lead):
                    return _Who(self.joint(p, m), None, "mention")
                break
            if p.toks[q].end > end:
                break
        demonstrative = self.demonstrative_person(p, k, stop)
        if demonstrative is not None:
            return demonstrative
        who = self.classify_np(p, k, stop, speaking=True)
        apposed = stop
        if apposed + 1 < len(p.toks) and p.gap(apposed, apposed + 1) == "(":
            # « le procureur du parquet national financier (PNF), Xavier Delpech »: past an
            # acronym or a party in brackets
            apposed = next((r for r in range(apposed + 1, min(len(p.toks) - 1, apposed + 4))
                            if p.gap(r, r + 1) == "),"), apposed)
            if apposed != stop and p.toks[apposed + 1].start in p.starts:
                stop = apposed
        # "said Sri Lanka's head coach, Grant McKechnie", "the club's coach, …": a phrase
        # ending in a person noun, whatever opens it
        role_head = p.toks[stop].low in self.lex.persons and p.toks[stop].text[:1].islower()
        # « ont déclaré les coprésidents du comité, Léa Pittet et Samuel Gavillet »: a plural
        # phrase, then two names joined in apposition
        plural_pair = who is None and not role_head \
            and self.lex.determiners.get(p.toks[k].low, (None, False))[0] == "p" \
            and not any(self.lex.determiners.get(t.low, (None, False))[0] == "p"
                        or t.low in self.lex.number_words for t in p.toks[k + 1:stop + 1]) \
            and stop + 1 < len(p.toks) and p.toks[stop + 1].start in p.starts \
            and len(self.joint(p, p.starts[p.toks[stop + 1].start])) > 1
        if (who is not None and (not who.ids or who.rule in ("description",
                                                             "salient-description",
                                                             "body-role"))
                or who is None and (role_head or plural_pair)) \
                and stop + 1 < len(p.toks) \
                and p.gap(stop, stop + 1) in (",", "),") and p.toks[stop + 1].end <= end:
            # "said the mayor, Ray Jones": a name in apposition names the speaker
            m = p.starts.get(p.toks[stop + 1].start) or self.described_name(p, stop + 1, end) \
                or self.titled_name(p, stop + 1, end)
            # (also over a description the salience model resolved: « a justifié le PDG,
            # Marc-Antoine Delhaye, »: the apposition is nearer than any topic)
            if m is not None and (who is None or role_head
                                  or who.rule in ("person-noun", "source")
                                  or who.rule in ("description", "salient-description",
                                                  "organisation", "body-role")
                                  and p.toks[k].low in self.lex.determiners):
                # (« a lancé en allemand le Bürgermeister d'Oberkirchheim, Jörg Weber »; « a
                # précisé le procureur de la République de Bergerac, Alain X », not the
                # holder of that role named before)
                return _Who(self.joint(p, m), None, "apposition")
        if who is not None and (who.rule in ("person-noun", "source") and not who.ids
                                or who.rule in ("description", "salient-description")
                                and p.toks[k].low in self.lex.determiners):
            # "said the only member to vote no, Carmen Ruiz, a retired principal", « insiste
            # l'enquêteur qui a conduit les investigations, Laurent Quéméner »: a name in
            # apposition past a short tail the phrase stopped at; the tail may name a body
            # with its acronym in brackets (« a lancé la PDG du Centre intégré de santé et de
            # services sociaux (CISSS) des Hautes-Laurentides, Geneviève Tremblay-Lortie »)
            q = stop + 1
            while q < len(p.toks) and q - stop < 12 and p.toks[q].end <= end \
                    and (p.tight(q - 1, q) or p.gap(q - 1, q) in ("(", ")")) \
                    and p.toks[q].start not in p.starts:
                q += 1
            if q > stop + 1 and q < len(p.toks) and p.toks[q].end <= end \
                    and p.gap(q - 1, q) in (",", "),") and q - 1 > stop:
                m = p.starts.get(p.toks[q].start)
                if m is not None and m.kind != "pronoun":
                    return _Who(self.joint(p, m), None, "apposition")
        if who is None or who.rule in ("person-noun", "source", "description",
                                       "salient-description"):
            # « l'expert en art Tobias Lindqvist »: a name closing the phrase past a
            # preposition the phrase stopped at is the speaker (not « l'avocat de X »), over
            # anyone the role noun alone would take up (« le conseiller aux Etats zurichois
            # Reto Hässig » after « le conseiller fédéral Beat Zurbriggen »)
            q = stop + 1
            while q < len(p.toks) and q - k < 8 and p.toks[q].end <= end and p.tight(q - 1, q):
                m = p.starts.get(p.toks[q].start)
                if m is not None:
                    z = bisect.bisect_left(p.tok_ends, m.span.end)
                    named = self.name_closing(p, k, z) if z < len(p.toks) else None
                    if named is not None:
                        return _Who(self.joint(p, named), None, "name-in-phrase")
                    break
                q += 1
        return who

    def titled_name(self, p: _Para, q: int, end: int) -> Mention | None:
        """The name after a title at token q the people stage left out of it: « a tonné son
        avocat, Me Grégoire Azoulay », "said her lawyer, Mr. Bell"."""
        r = q + 1
        if r >= len(p.toks) or p.toks[r].end > end or not p.toks[q].text[:1].isupper() \
                or (p.toks[q].low not in self.lex.abbreviations
                    and p.toks[q].low not in self.lex.honorifics):
            return None
        m = p.starts.get(p.toks[r].start)
        return m if m is not None and m.kind != "pronoun" else None

    def described_name(self, p: _Para, q: int, end: int) -> Mention | None:
        """The name right after a definite article and a demonym or a person noun that open
        an apposition at token q: « son médecin de vol, l'Allemande Anke Hoffmann », "her
        coach, the Dutchman Joost Smit"."""
        det = self.lex.determiners.get(p.toks[q].low)
        if det is None or not det[1] or det[0] == "p":
            return None
        r = q + 1
        demonym = True
        tail = False  # « le lieutenant *de vaisseau* X »: the rank's complement
        longer = 0  # a demonym of two words, or adjectives after the person noun
        person = False  # a person noun seen
        former = False  # « l'ancien … »
        while r < len(p.toks) and r - q <= (4 if tail else 2) + longer \
                and p.toks[r].end <= end and p.tight(r - 1, r):
            if r == q + 1 and p.toks[r].low in self.lex.former:
                # « son chef, l'ancien ministre sénégalais X », "former Senegalese minister X"
                # (the word, and room for a demonym before the person noun, which must come:
                # not "the former Margaret Hsu adviser")
                r, longer, former = r + 1, longer + 2, True
                continue
            m = p.starts.get(p.toks[r].start)
            if m is not None:
                if m.kind == "pronoun" or r == q + 1 or former and not person:
                    return None
                z = bisect.bisect_left(p.tok_ends, m.span.end)
                closed = z + 1 >= len(p.toks) or p.gap(z, z + 1).strip() != "" \
                    or p.toks[z + 1].start >= end or p.toks[z + 1].low in self.lex.joiners
                # (not "the man Ray Lopez defeated": a relative, not an apposition)
                return m if demonym or closed else None
            low = p.toks[r].low
            if r > q + 1 and not tail and low in self.lex.complements and r + 1 < len(p.toks) \
                    and p.toks[r + 1].text[:1].islower() \
                    and p.toks[r + 1].low not in self.lex.determiners:
                tail, demonym = True, False
                r += 2
                continue
            if p.toks[r].text[:1].isupper() and r + 1 < len(p.toks) and p.tight(r, r + 1) \
                    and self.is_demonym(p.toks[r + 1].low):
                r, longer = r + 1, 1  # a demonym of two words: "the New Zealander X"
                continue
            if person and longer < 2 and p.toks[r].text.isupper() and 2 <= len(low) <= 5:
                # « le sénateur *LR* du Loiret Hervé Castagnède »: a party's acronym
                r, longer, demonym = r + 1, longer + 1, False
                continue
            if person and not tail and low in self.lex.complements and r + 1 < len(p.toks) \
                    and p.toks[r + 1].text[:1].isupper() \
                    and p.toks[r + 1].start not in p.starts and r + 2 < len(p.toks) \
                    and p.toks[r + 2].start in p.starts and p.tight(r, r + 1) \
                    and p.tight(r + 1, r + 2):
                # « le sénateur LR *du Loiret* Hervé Castagnède »: the place the office is of
                tail, demonym = True, False
                r += 2
                continue
            if person and longer < 2 and p.toks[r].text.islower() and len(low) > 3 \
                    and low not in self.lex.complements and low not in self.lex.determiners \
                    and not self.is_speech(p.toks[r]) and low not in self.lex.persons:
                # « la conseillère *nationale tessinoise* Lisa Mazzoleni »: adjectives of the
                # office and of its place
                r, longer, demonym = r + 1, longer + 1, False
                continue
            if not (low in self.lex.persons or self.is_demonym(low)):
                return None
            person = person or low in self.lex.persons
            demonym = demonym and self.is_demonym(low)
            r += 1
        return None

    def possessor(self, p: _Para, possessive: _Tok, paragraphs: int = 6) -> _Who | None:
        """The person a possessive takes up: "his", "her" by their gender; « son », « sa »,
        which tell none, the person named last (no more than ``paragraphs`` back)."""
        word = self.lex.possessive_pronouns.get(possessive.low)
        if word:
            return self.pronoun(p, word, possessive.start)
        return self.resolve(p, None, possessive.start, paragraphs=paragraphs)

    def family_member(self, p: _Para, possessive: _Tok, kin: str) -> _Who | None:
        """« sa mère », "her husband" with no relation written with a name: the one person of
        the kin word's gender who shares a family name with the possessor (the person the
        possessive takes up), as a reader takes "Linda Hutchins … Her husband" for the other
        Hutchins of the article."""
        gender = self.lex.persons.get(kin)
        if gender not in ("f", "m"):
            return None
        owner = self.possessor(p, possessive, paragraphs=1)
        if owner is None and self.last is not None and self.last[0] == p.index:
            # « « … », sourit-elle. Son mari … »: the voice just heard in the paragraph
            owner = self.last[1]
        tied = self.kin_pairs.get((owner.ids[0], kin)) \
            if owner is not None and len(owner.ids) == 1 else None
        if tied is not None:
            # « Son mari, Romain, a porté plainte. … « … », ajoute son épouse »: the article
            # tied the two (Romain's wife is the woman whose husband he was written as)
            return _Who((tied,), None, "family-tied")
        named = {m.person for q in self.paras[:p.index + 1] for m in q.starts.values()
                 if m.kind != "pronoun"}
        person = self.people.get(owner.ids[0]) if owner is not None and len(owner.ids) == 1 \
            else None
        if person is None or " " not in person.name.strip():
            if owner is not None and len(owner.ids) > 1:
                return None
            if person is not None and any(
                    noun not in self.lex.kin and noun not in self.lex.child_words
                    and noun not in self.lex.youth for noun in self.roles.get(person.id, ())):
                return None  # ("Their waiter, Liam, … his mother": not the family's)
            return self.lone_relative(named, gender, kin)
        family = set(_family_name(person.name).split("-"))
        # (a double-barrelled name shares the family: "Adaeze Okafor-Marsh … Her husband" is
        # Julian Marsh)
        same = {kin, *self.lex.kin_synonyms.get(kin, ())}
        other_kin = {pid for word, ties in self.relations.items() if word not in same
                     for _para, _pos, pid in ties}  # ("Her brother, Chidi Okafor": not him)
        relatives = [pid for pid in named if pid != person.id and pid in self.people
                     and " " in self.people[pid].name.strip()
                     and _shares_family(family, _family_name(self.people[pid].name))]
        if not relatives:  # (the possessor read is the last named, not of the family:
            # « … a-t-il souligné [le patron]. ¶ … sa mère avait lancé un appel »)
            return self.lone_relative(named - {person.id}, gender, kin, described=True)
        kin_of = [pid for pid in relatives
                  if pid not in other_kin and self.gender(pid) in (gender, None)]
        known = [pid for pid in kin_of if self.gender(pid) == gender]
        if len(known) == 1:
            return _Who((known[0],), None, "family")
        if not known and kin in self.lex.spouses and self.gender(person.id) == gender:
            # « Julien et Émilie Garnier … La jeune femme … Son mari »: the possessive was
            # read as the husband himself; with his one wife of the family named, he is hers
            partners = [pid for pid in relatives if self.gender(pid) not in (gender, None)]
            if len(partners) == 1:
                return _Who((person.id,), None, "family-spouse")
        # ("Wilbert and Yvonne Landry … Her husband": a given name no list knows, the only
        # other Landry)
        return _Who((kin_of[0],), None, "family") if len(kin_of) == 1 and not known else None

    def lone_relative(self, named: set[str], gender: str, word: str,
                      described: bool = False) -> _Who | None:
        """« sa mère » whose possessor is no full name the article gives and holds no role
        (« Noah est rentré … rapporte son père »; not "Their waiter, Liam"), or no relative of
        the person named last: the one person of the kin word's gender named so far who
        shares a family name with another person named (the family the story is about); of
        several, or when ``described`` (the possessor read was somebody else: only the
        registry can say), the one the registry describes with the word."""
        families: dict[str, set[str]] = {}
        for pid in named:
            person = self.people.get(pid)
            if person is not None and " " in person.name.strip():
                families.setdefault(fold(person.name.split()[-1]), set()).add(pid)
        kin = [pid for members in families.values() if len(members) > 1
               for pid in members if self.gender(pid) == gender]
        if len(kin) > 1 or described:
            kin = [pid for pid in kin if self.described_as(pid, word)]
        return _Who((kin[0],), None, "family-lone") if len(kin) == 1 else None

    def noun_pair(self, p: _Para, i0: int, i1: int) -> _Who | None:
        """Two nouns for people joined with no determiner, "father and son", « mère et fille »:
        the two people last named together (or last named)."""
        if i1 != i0 + 2 or p.toks[i0 + 1].low not in self.lex.joiners \
                or not p.tight(i0, i0 + 1) or not p.tight(i0 + 1, i1):
            return None
        lex = self.lex
        if not all(t.text.islower() and (t.low in lex.kin or t.low in lex.persons)
                   for t in (p.toks[i0], p.toks[i1])):
            return None
        group = self.recent_group(p, p.toks[i0].start) \
            or self.recent_people(p, p.toks[i0].start, 2, paragraphs=2)
        return group.with_rule("noun-pair") if group is not None and len(group.ids) > 1 \
            else None

    def classify_np(self, p: _Para, i0: int, i1: int, initial: bool = False,
                    speaking: bool = False) -> _Who | None:
        """A noun phrase: a source (label), a document by a person, or a definite description.
        ``initial``: the phrase opens a sentence, so a capitalised determiner tells nothing
        (« Le Lorrain, … » is a person; « rapporte Le Parisien » a newspaper). ``speaking``:
        the phrase is the subject of a speech verb, so a definite phrase of a noun no list
        knows after an adjective only a person takes ("the retired welder said") is a
        person."""
        toks = p.toks[i0:i1 + 1]
        lows = [t.low for t in toks]
        if not initial and toks[0].text[:1].isupper():
            # (a capital at the start of a sentence tells nothing: "The Welshman, …, said")
            s0 = p.sentence(toks[0].start)[0]
            initial = not p.masked[s0:toks[0].start].strip(" \u00a0\u202f«“\"'‘—–-")
        head_end = len(toks)
        for n, t in enumerate(toks):
            if n > 0 and (t.low in self.lex.complements or t.low in self.lex.from_words
                          or (t.low == "s" and p.gap(i0 + n - 1, i0 + n) in ("'", "’"))):
                head_end = n
                break
        head = lows[:head_end]
        label = p.text[toks[0].start:toks[-1].end]
        if self.nicknames and len(toks) >= 2 and lows[0] in self.lex.determiners \
                and toks[1].text[:1].isupper():
            nicknamed = self.nicknames.get(" ".join(lows[1:]))
            if nicknamed is not None:  # « a lancé le Forgeron »
                return _Who((nicknamed,), None, "nickname")
        if len(toks) >= 3 and (lows[1] in self.lex.younger or lows[1] in self.lex.elder):
            ranked = self.generation(p, toks)
            if ranked is not None:
                return ranked
        named = self.name_closing(p, i0, i1)
        if named is not None:
            return _Who(self.joint(p, named), None, "name-in-phrase")
        counted = self.counted_names_after(p, i1, lows)
        if counted is not None:
            return counted
        for rank, references in enumerate((self.lex.former_references,
                                           self.lex.second_references)):
            former_gender = references.get(tuple(lows)) if not initial else None
            if former_gender is not None:
                # « …, a expliqué la première, qui suit le dossier » after « Me X et Me Y »:
                # the first of the two people named last (opening a sentence:
                # former_reference); « a répondu le second »: the second
                first_of_two = self.first_of_two(p, toks[0].start, former_gender, rank)
                if first_of_two is not None:
                    return first_of_two
        if lows[0] in self.lex.possessive_pronouns and head_end == len(toks) \
                and any(w in self.lex.documents for w in head[1:]):
            # "his caption read", "son communiqué précise": the possessor's words
            who = self.possessor(p, toks[0])
            if who is not None and who.ids:
                return who.with_rule("possessed-document")
        if any(w in self.lex.documents for w in lows) and any(
                w in self.lex.joint_words for w in lows):
            # "in a joint statement that read:", « dans un communiqué commun »: the people last
            # named together, else the last two named
            group = self.recent_group(p, toks[0].start) \
                or self.recent_people(p, toks[0].start, 2, paragraphs=3)
            if group is not None and len(group.ids) > 1:
                return group.with_rule("joint-document")
        if any(w in self.lex.documents for w in head) and head_end < len(toks):
            for t in toks[head_end:]:
                m = p.starts.get(t.start)
                if m is not None:
                    return _Who((m.person,), None, "document")
        determiner = self.lex.determiners.get(lows[0])
        if determiner is not None and determiner[1] and head_end == len(toks) \
                and len(head) >= 2 and head[-1] in self.lex.concerned \
                and all(w in self.lex.concerned_adjectives for w in head[1:-1]):
            who = self.concerned(p, self.lex.persons.get(head[-1]) or determiner[0],
                                 qualified=len(head) > 2)
            if who is not None:
                return who
        if any(w in self.lex.documents for w in head) and determiner is not None \
                and determiner[1] and head_end == len(toks):
            # "…," they said in a joint statement. The statement called it "…"
            if self.last is not None and self.last[0] == p.index and self.last[1].ids:
                return _Who(self.last[1].ids, None, "document-of-previous-speaker")
            noun = next(w for w in reversed(head) if w in self.lex.documents)
            if self.last is not None and self.last[0] == p.index - 1 and self.last[1].ids \
                    and self.issued_by(self.paras[p.index - 1], noun, self.last[1].ids):
                # "In a statement, she said the government had been "crystal clear"…¶"…,"
                # the statement said": the voice heard with that document just before
                return _Who(self.last[1].ids, None, "document-of-previous-speaker")
            author = self.document_author(p, noun, toks[0].start)
            if author is not None:  # "a statement written by his widow, Deirdre"
                return _Who((author,), None, "document-author")
            topic = self.topic(p, toks[0].start)
            if topic is not None and topic.ids:
                return _Who(topic.ids, None, "document-of-topic")
        if determiner is not None and determiner[1] and len(head) == 2 \
                and head[1] in self.lex.group_nouns and (head_end == len(toks) or (
                    lows[head_end] in self.lex.complements
                    and not any(t.start in p.starts for t in toks[head_end:]))):
            # (« le couple de Versaillais », "the couple from Ohio": where they come from)
            # « raconte le couple », "the pair said": the people last named together
            group = self.recent_group(p, toks[0].start) or self.recent_people(
                p, toks[0].start, self.lex.group_nouns[head[1]])
            if group is not None:
                return group.with_rule("group-noun")
            if self.lex.group_nouns[head[1]] == 2:
                pair = self.family_pair(p, toks[0].start) or self.couple_of_voices(p)
                if pair is not None:  # "The Kettles … His wife Lorraine … The couple said"
                    return pair
        if determiner is not None and determiner[1] \
                and (determiner[0] == "p" or determiner[0] is None) \
                and len(head) in (3, 4) and head[1] in self.lex.numbers \
                and (head[2][:-1] in self.lex.persons
                     or head[2][:-1] in self.lex.one_person_sources  # « les deux amies »
                     or _guessed_person(self.lex, head[2][:-1]) is not False) \
                and head_end == len(toks) \
                and (len(head) == 3 or toks[3].text.islower()):
            # (one adjective may follow: « les deux leaders syndicaux »)
            # « assurent les deux chercheurs », "the two researchers said": the last people
            # named, as many as the number says
            count = self.lex.numbers[head[1]]
            # « les deux candidats »: the people the article tied the noun to, when there
            # are as many, before the last people named (« L'investisseur Luc Bernard et la
            # banquière Julie Roux … », expliquent les deux cofondateurs »)
            noun = head[2][:-1]
            forms = self.gender_forms(noun)
            tied = sorted({pid for word in forms
                           for para, at, pid, _c, _f in self.bindings.get(word, ())
                           if (para, at) < (p.index, toks[0].start)})
            if len(tied) == count:
                return _Who(tuple(tied), None, "group-tied")
            group = self.recent_people(p, toks[0].start, count)
            if group is not None:
                return group
            # (« Hélène Ardouin … Son homologue, Ricardo Alencar, … ¶ Les deux ministres »:
            # the last two named, over the paragraphs before)
            group = self.recent_people(p, toks[0].start, count, paragraphs=3, fits=lambda pid: (
                not self.roles.get(pid) or not forms.isdisjoint(self.roles[pid])))
            if group is not None and any(not forms.isdisjoint(self.roles.get(pid, ()))
                                         for pid in group.ids):
                return group.with_rule("group-count-before")
        former = any(w in self.lex.former for w in head)
        # « l'ancienne porte-parole du gouvernement »: a former office is a description of a
        # person, not a source speaking for a body
        former_office = former and any(w in self.lex.offices for w in head)
        if lows[0] in self.lex.singular_possessives and len(head) == 2 \
                and head[1] in self.lex.peers and head_end == len(toks):
            who = self.peer_voice(p, toks[0].start)
            if who is not None:
                return who
        if lows[0] in self.lex.singular_possessives and len(head) <= 3 \
                and any(w in self.lex.counterparts for w in head[1:]):
            who = self.counterpart(p, toks[0].start)
            if who is not None:
                return who
        if lows[0] in self.lex.singular_possessives and len(head) <= 3 \
                and head[-1] in self.lex.rivals:
            who = self.rival(p, i0, i1, head[-1])
            if who is not None:
                return who
        if determiner is not None and determiner[1] and self.lex.periphrases:
            phrase = " ".join(lows[1:]) + " "
            periphrased = next((o for k, o in self.lex.periphrases.items()
                                if phrase.startswith(k + " ")), None)
            holder = self.office_holder(p, periphrased, toks[0].start) if periphrased \
                else None
            if holder is not None:  # « le représentant de l'État »: the prefect tied before
                return _Who((holder,), None, "periphrasis")
        aged = determiner is not None and determiner[1] \
            and any(self.lex.age.match(w) for w in head)  # "the 39-year-old organizer"
        if lows[0] in self.lex.singular_possessives and len(head) == 2 \
                and head[1] in self.lex.kin and not (
                    i1 + 1 < len(p.toks) and p.toks[i1 + 1].start in p.starts):
            family = self.family_member(p, toks[0], head[1])
            if family is not None:  # "Her husband, a retired mail carrier, finished"
                return family
        # "the union leader", "the police chief": a person noun the source word only
        # qualifies is a description of a person, not the body
        modified = determiner is not None and determiner[1] and determiner[0] != "p" \
            and len(head) > 2 and head[-1] in self.lex.persons \
            and head[-1] not in self.lex.sources and head_end == len(toks) \
            and lows[0] not in self.lex.possessives
        if (any(w in self.lex.sources for w in head) and not former_office and not aged
                and not modified) \
                or lows[0] in self.lex.possessives:
            if determiner is not None and determiner[1] and determiner[0] != "p" \
                    and head_end == len(toks) and len(head) > 1 \
                    and (head[-1] in self.lex.persons or head[-1] in self.bindings) \
                    and lows[0] not in self.lex.demonstrative_determiners \
                    and not self.unnamed_nearer(p, i0):
                # "X, chief economist at …" … "said the economist": a definite person noun
                # the article tied to one person before is that person
                tied = [pid for para, at, pid, _c, former in self.bindings.get(head[-1], ())
                        if (para, at) < (p.index, toks[0].start) and not former]
                if tied and len(set(tied)) == 1:
                    return _Who((tied[-1],), None, "source-description")
                if not tied:
                    # "said the retired prosecutor": the one person the registry describes so
                    who = self.salient_description(p, head[-1], self.lex.persons.get(head[-1]),
                                                   toks[0].start, office=True)
                    if who is not None:
                        return who.with_rule("source-" + who.rule)
            role_holder = self.body_role_holder(p, toks, head, head_end, determiner)
            if role_holder is not None:
                return role_holder
            who = self.gendered_source(p, i0, i1, head, determiner)
            if who is not None:
                return who
            return _Who((), label, "source")
        if any(w in self.lex.documents for w in head):
            return _Who((), label, "document")
        nouns = [w for w in head if w in self.lex.persons or self.lex.age.match(w)
                 or (former_office and w in self.lex.offices)
                 # a compound of a person noun: « le demi-centre », « la co-entraîneuse »
                 or ("-" in w and any(c in self.lex.persons for c in w.split("-")))]
        demonym = self.demonym(p, toks[1:head_end], determiner[0] if determiner else None) \
            if not nouns and determiner is not None and determiner[1] and (
                toks[0].text[:1].islower() or head_end > 2 or initial) else None
        # (« rapporte Le Parisien »: a capitalised article right before it opens a title)
        if demonym is not None:  # « l'ancien Rennais », « la Lyonnaise »: a person
            nouns = [demonym[0]]
            if determiner is not None and determiner[1] and not any(
                    demonym[0] in nouns_ for nouns_ in self.roles.values()):
                # « X, éleveur dans l'Aveyron » … « L'Aveyronnais »: the one person written
                # with the place the demonym is made from
                native = self.native_of(p, demonym[0], toks[0].start)
                if native is not None:
                    return native
        guessed = self.ending_person(toks[1:head_end]) \
            if not nouns and determiner is not None and determiner[1] \
            and determiner[0] != "p" else None
        if not nouns and determiner is not None and determiner[1] and determiner[0] != "p" \
                and len(toks) >= 2 and toks[1].low in self.lex.party_nouns \
                and toks[1].text.islower():
            # « a lâché la socialiste bernoise »: a party's member right after the article
            guessed = (toks[1].low, self.lex.party_nouns[toks[1].low] or determiner[0])
        if guessed is not None:  # « la traductrice », « l'ancien cheminot »: a person
            nouns = [guessed[0]]
        tail = p.text[toks[head_end].start:toks[-1].end] if head_end < len(toks) else ""
        if not nouns and determiner is not None and determiner[1] and determiner[0] != "p" \
                and head_end == 2 and toks[1].text.islower() \
                and self.lex.age_tail.fullmatch(tail):
            nouns = [head[-1]]  # « le centre de 29 ans »: an age makes the noun a person's
        if nouns:
            q = i0 + head_end
            if head_end + 2 <= len(toks) and self.qualifier_tail(p, q, q + 1):
                # « la cheffe *de file* du groupe Quimper Autrement »: past the qualifier
                q += 2
            whole = head_end == len(toks) or bool(self.lex.age_tail.fullmatch(tail)) \
                or (q > i0 + head_end and (q > i1 or self.place_tail(p, q, i1)
                                           or self.body_tail(p, q, i1))) \
                or self.place_tail(p, i0 + head_end, i1) \
                or self.qualifier_tail(p, i0 + head_end, i1) or (
                    (former or nouns[-1] in self.lex.ranks)
                    and (self.common_tail(p, i0 + head_end, i1)
                         or self.body_tail(p, i0 + head_end, i1))) or (
                    # « le spécialiste du haut Moyen Âge », « le retraité de la Marine
                    # marchande »: a field or a past, not the body one speaks for
                    nouns[-1] not in self.lex.offices and nouns[-1] not in self.lex.kin
                    and self.field_tail(p, i0 + head_end, i1))
            if determiner is not None and determiner[1] and not whole and determiner[0] != "p" \
                    and nouns[-1] in self.lex.kin and head_end + 1 < len(toks) \
                    and lows[head_end] in self.lex.complements \
                    and (lows[head_end] in self.lex.gendered_articles or self.lex.determiners.get(
                        lows[head_end + 1], (None, False))[1]):
                # (a definite complement: « la mère d'un élève » is somebody else, unnamed)
                # « a soufflé la veuve du dernier gardien du phare »: the woman named in this
                # paragraph (not the person the complement names), else somebody unnamed
                gender = self.lex.persons.get(nouns[-1]) or determiner[0]
                inside = frozenset(m.person for st, m in p.starts.items()
                                   if toks[head_end].start <= st <= toks[-1].end)
                who = self.resolve(p, gender if gender in ("f", "m") else None,
                                   toks[0].start, paragraphs=0, exclude=inside)
                if who is not None and len(who.ids) == 1:
                    return who.with_rule("kin-description")
            if determiner is not None and determiner[1] and whole \
                    and determiner[0] != "p" and (demonym is not None
                                                  or determiner[0] in ("f", "m")
                                                  or not nouns[-1].endswith(("s", "x"))
                                                  or nouns[-1].endswith("ss")):
                # (« le héros », « le Français »: a singular article tells the number; "the
                # actress", "the witness": -ss is no plural)
                noun = nouns[-1]
                gender = (demonym[1] if demonym is not None
                          else guessed[1] if guessed is not None
                          else self.lex.persons.get(noun)) \
                    or next((self.lex.former_gender[w] for w in head
                             if w in self.lex.former_gender), None) or determiner[0]
                qualified = head_end < len(toks) and self.qualifier_tail(p, i0 + head_end, i1)
                if noun in self.lex.relation_nouns and len(head) == 2 and head_end == len(toks):
                    # "The patient said" after the doctor: one side of a relation takes a name
                    # only through a tie written in the article
                    tied = [pid for para, pos, pid, _c, was in self.bindings.get(noun, ())
                            if (para, pos) < (p.index, toks[0].start) and not was]
                    return _Who((tied[-1],), None, "description") if tied \
                        else _Who((), label, "person-noun")
                if noun in self.lex.kin and head_end == len(toks):
                    # "the cousin told KSL TV": the relative written before with a name
                    # ("Havili's cousin, Sione Havili,"); « glisse le père » after « Son fils
                    # Bastien »: the possessor of the inverse tie
                    tied = [pid for para, pos, pid in sorted(
                        (*self.relations.get(noun, ()), *self.inverse_relations.get(noun, ())))
                            if (para, pos) < (p.index, toks[0].start)]
                    if tied:
                        return _Who((tied[-1],), None, "related-description")
                if lows[0] in self.lex.demonstrative_determiners \
                        and self.unnamed_nearer(p, i0):
                    # « Selon une source proche de l'enquête, … », confie ce policier »: the
                    # demonstrative takes up the unnamed person just brought in
                    return _Who((), label, "person-noun")
                if noun in self.lex.offices and not qualified:
                    # "le préfet" tied to no name: not the mayor named nearby (but "l'ancien
                    # maire" may be today's senator)
                    former = any(w in self.lex.former for w in head)
                    others = frozenset() if former else frozenset(
                        pid for pid, nouns_ in self.roles.items()
                        if any(n in self.lex.offices and n != noun for n in nouns_))
                    others |= self.players_for_staff(noun)
                    comp = self.complement_at(p, i0 + head_end, i1 + 1)
                    if comp is not None:  # "le ministre de l'Intérieur": not the one of Travail
                        others |= frozenset(pid for _a, _b, pid, c, _f in
                                            self.bindings.get(noun, ()) if c != comp)
                    who = self.resolve(p, gender if gender in ("f", "m") else None,
                                       toks[0].start, paragraphs=1, exclude=others)
                    if who is None and comp is None and not former:
                        # « « … », a lancé la ministre de l'Économie » (Valérie Jeanneret) …
                        # « Un chiffre que la ministre libérale-radicale juge « … » »: the office
                        # that named one speaker earlier names her again
                        who = self.described_again(p, noun, toks[0].start, others)
                else:
                    # (« la Française » is not the woman the article calls « la Tchèque »;
                    # « le spécialiste » is not Clovis)
                    others = frozenset(
                        pid for pid, nouns_ in self.roles.items()
                        if any(n != noun and self.is_demonym(n) for n in nouns_)) \
                        if demonym is not None else frozenset()
                    others |= self.historical | self.asked_about(p, toks[0].start)
                    others |= self.players_for_staff(noun)
                    years = _described_age(label)
                    if years is not None:
                        # "the 71-year-old" is not the woman written "Debbie Ostrander, 68,";
                        # the one person whose age the article gave as 38 is "the 38-year-old"
                        before = (p.index, toks[0].start)
                        same = [pid for pid, (para, at, age) in self.ages.items()
                                if age == years and (para, at) < before
                                and (gender not in ("f", "m")
                                     or self.gender(pid) in (gender, None))]
                        if len(same) == 1:
                            return _Who((same[0],), None, "age")
                    others |= self.other_ages(years)
                    decade = self.lex.age_nouns.get(noun)
                    if decade is not None:
                        # « souffle la trentenaire » is not « Fatoumata Diallo, 71 ans, »
                        others |= frozenset(
                            pid for pid, (_para, _at, age) in self.ages.items()
                            if not decade <= age < decade + 10
                            and pid not in self.bracketed_ages)
                    again = None if former else self.described_again(p, noun, toks[0].start,
                                                                      others)
                    if again is not None:
                        return again
                    who = self.resolve(p, gender if gender in ("f", "m") else None,
                                       toks[0].start, paragraphs=2, exclude=others)
                if who is not None and who.ids and not self.described_as(who.ids[0], noun):
                    # « le jeune attaquant », the nearest man named in an earlier paragraph:
                    # a person the registry describes so outranks him; in this paragraph, the
                    # one it describes so named in this sentence or the one before ("Sandoval
                    # pointed out that Okafor had been benched. The quarterback remembered
                    # it"; not a former quarterback two sentences back)
                    s0 = p.sentence(toks[0].start)[0]
                    n0 = bisect.bisect_right(p.sentences, s0) - 1
                    lo = p.sentences[n0 - 1] if n0 >= 1 else s0
                    earlier = [m for m in p.starts.values()
                               if m.span.start < toks[0].start and m.kind != "pronoun"]
                    paragraph = {m.person for m in earlier}
                    here = {m.person for m in earlier if m.span.start >= lo}
                    described = self.salient_description(p, noun, gender, toks[0].start,
                                                         office=True)
                    if described is not None and (who.ids[0] not in paragraph
                                                  or described.ids[0] in here):
                        return described
                if who is not None and len(who.ids) == 1 and not former and (
                        speaking or self.last is None
                        or not (self.last[1].rule.startswith("after:")
                                and self.last[1].rule.endswith("mention"))):
                    # (not the subject of a sentence that describes the voice just named
                    # after its words: « « … », rappelle X, infirmier. Le quadragénaire
                    # montre le couloir. « … » » goes on with X)
                    other = self.other_of_pair(p, i0, noun, who.ids[0])
                    if other is not None:
                        return other
                    # (« l'ancien sauteur » is not « le sauteur de 22 ans »)
                    self.described_speakers.setdefault(noun, {})[
                        (p.index, toks[0].start)] = who.ids[0]
                if who is not None:
                    return who.with_rule("description")
                # beyond the window: the article's most salient person the noun fits (a
                # qualified office, « le conseiller d'opposition », is an epithet too, but
                # not of somebody tied to another office)
                office = noun in self.lex.offices
                others = frozenset(pid for pid, nouns_ in self.roles.items() if any(
                    n in self.lex.offices and n != noun for n in nouns_)) \
                    if office and qualified else frozenset()
                others |= self.other_ages(_described_age(label))  # (nor another age)
                others |= self.players_for_staff(noun)
                who = self.salient_description(p, noun, gender, toks[0].start,
                                               office=office and not qualified and not former,
                                               exclude=others)
                if who is not None:
                    return who
            role_holder = self.body_role_holder(p, toks, head, head_end, determiner)
            if role_holder is not None:  # "said the chairman of the mission"
                return role_holder
            return _Who((), label, "person-noun")
        if determiner is not None and determiner[1] and len(toks) == 2 \
                and toks[1].text[:1].isupper():
            members = self.family_by_name(toks[1].text)
            if members:  # "the Lindqvists wrote", « les Dupont écrivent »: the family named
                return _Who(members, None, "family")
        if determiner is not None and determiner[1] and len(toks) >= 3 \
                and toks[-1].text[:1].islower() and toks[-1].low not in self.lex.not_persons:
            # "the Fianna Fáil deputy" after "Pádraig Kinsella, the Fianna Fáil TD for …":
            # the one person the capitalised qualifier was written with in apposition
            named_as = self.qualified_by(p, toks, toks[0].start)
            if named_as is not None:
                return _Who(self.joint(p, named_as), None, "qualified-description")
        if determiner is not None and any(t.text[:1].isupper() for t in toks[1:]):
            return _Who((), label, "organisation")
        if speaking and determiner is not None and determiner[1] and determiner[0] != "p" \
                and 2 <= len(toks) <= 4 and head_end == len(toks) \
                and all(t.text.islower() or (t.text.isdigit() and n > 1)
                        for n, t in enumerate(toks[1:])) \
                and (lows[-1] not in self.lex.not_persons
                     or (len(toks) == 2 and lows[1] in self.lex.former)) \
                and not (lows[-1].endswith("s") and not lows[-1].endswith("ss")):
            return self.spoken_description(p, toks, label)
        return None

    def find_nicknames(self) -> dict[str, str]:
        """Nicknames given in the article (``NICKNAMING``: « surnommé », "nicknamed"), each
        with the person it names: the name right before it (« X, surnommé « le Chat », »),
        else the first name after it in its sentence (« Surnommé « le Forgeron » depuis
        2019, X dirige le gouvernement »). Only capitalised nicknames, with their article
        dropped, and only those that name one person."""
        found: dict[str, set[str]] = {}
        pattern = self.lex.nicknaming
        if pattern is None:
            return {}
        for p in self.paras:
            for match in pattern.finditer(p.text):
                words = match.group("nick").split()
                if words and words[0].lower().rstrip("'’") in self.lex.determiners:
                    words = words[1:]
                if not words or not words[0][:1].isupper():
                    continue
                nick = " ".join(w.lower() for w in words)
                before = [m for st, m in p.starts.items() if m.span.end <= match.start()
                          and m.kind != "pronoun"
                          and not p.text[m.span.end:match.start()].strip(" ,\u00a0")]
                s, e = p.sentence(match.start())
                after = [m for st, m in sorted(p.starts.items())
                         if match.end() <= st < e and m.kind != "pronoun"]
                person = before[-1].person if before else (
                    after[0].person if after and not p.text[s:match.start()].strip(" «\"")
                    else None)
                if person is not None:
                    found.setdefault(nick, set()).add(person)
        return {nick: next(iter(people)) for nick, people in found.items() if len(people) == 1}

    def gender_forms(self, noun: str) -> set[str]:
        """The noun, with and without a final « e », and, for a masculine noun, its feminine
        form when the lexicon lists it as a person noun: a masculine plural holds both (« les
        deux cofondateurs » are a cofondateur and a cofondatrice), a feminine one women only
        (« les deux directrices »)."""
        forms = {noun, noun + "e", noun.removesuffix("e")}
        for masculine, feminine in self.lex.gender_endings:
            if masculine and noun.endswith(masculine):
                form = noun[:len(noun) - len(masculine)] + feminine
                if form in self.lex.persons:
                    forms.add(form)
        return forms

    def players_for_staff(self, noun: str) -> frozenset[str]:
        """The people written as players when ``noun`` names a team's staff: "the Leicester
        boss" is not the one written "Striker Ray Lopez"."""
        if noun not in self.lex.staff_nouns:
            return frozenset()
        return frozenset(pid for pid, nouns in self.roles.items()
                         if not nouns.isdisjoint(self.lex.player_nouns))

    def qualified_by(self, p: _Para, toks: list[_Tok], pos: int) -> Mention | None:
        """The one person written before ``pos`` with the phrase's capitalised words in an
        apposition right after their name ("X, the Fianna Fáil TD", « X, le maire PS de … »)."""
        words = [t for t in toks[1:-1] if t.text[:1].isupper()]
        if not words or len(words) != len(toks) - 2:
            return None
        qualifier = re.compile(r"\s+".join(re.escape(t.text) for t in words) + r"(?!\w)")
        found: dict[str, Mention] = {}
        for q in self.paras[:p.index + 1]:
            limit = pos if q is p else len(q.text)
            for hit in qualifier.finditer(q.text, 0, limit):
                comma = q.text.rfind(",", max(0, hit.start() - 16), hit.start())
                det = self.lex.determiners.get(q.text[comma + 1:hit.start()].strip().lower())
                if comma < 0 or det is None or not det[1]:
                    continue  # (a definite article between the comma and the qualifier)
                m = q.ends.get(len(q.text[:comma].rstrip()))
                if m is not None and m.kind != "pronoun":
                    found.setdefault(m.person, m)
        return next(iter(found.values())) if len(found) == 1 else None

    def family_by_name(self, word: str) -> tuple[str, ...]:
        """The people of the article whose family name ``word`` is, plural or not ("the
        Lindqvists", "the Joneses", « les Dupont »), in the order they were first named;
        nothing unless there are at least two."""
        folded = fold(word)
        stems = {folded, folded.removesuffix("s"), folded.removesuffix("es")}
        found: list[str] = []
        for _para, _start, m in self.ordered:
            person = self.people.get(m.person)
            words = fold(person.name).split() if person is not None else []
            if len(words) > 1 and words[-1] in stems and m.person not in found:
                found.append(m.person)
        return tuple(found) if len(found) > 1 else ()

    def spoken_description(self, p: _Para, toks: list[_Tok], label: str) -> _Who | None:
        """"the retired welder said": a noun no list knows, after an adjective only a person
        takes, is the person named in the paragraph or the one before, whatever noun the
        writer now uses; else somebody unnamed. (Kin nouns are person nouns: "the cousin" is
        resolved with the descriptions.)"""
        noun = toks[-1].low
        # « raconte l'ancien », « lâche l'ancien numéro 2 »: the veteran, a person
        # (closing its phrase: not « l'ancienne poste », « l'ancien local »)
        veteran = len(toks) >= 2 and toks[1].low in self.lex.former and (
            len(toks) == 2 or (toks[-1].text.isdigit() and len(toks) == 4)) \
            and p.masked[toks[-1].end:toks[-1].end + 2].strip()[:1] in ("", ",", ".", ";")
        if not veteran and not any(t.low in self.lex.person_adjectives or (
                t.low in self.lex.former
                and ("-" in noun or _guessed_person(self.lex, noun) is not False))
                   for t in toks[1:-1]):
            # ("l'assureur", "the center": bodies speak too; after "former", a compound
            # (« l'ancien tambour-major ») or a noun a person's ending tells, not "the former
            # colony", « l'ancien monopole »)
            return None
        who = self.resolve(p, None, toks[0].start, paragraphs=1)
        if who is not None and len(who.ids) == 1:
            return who.with_rule("spoken-description")
        return _Who((), label, "person-noun")

    def unnamed_nearer(self, p: _Para, i0: int) -> bool:
        """An indefinite singular person or source noun phrase (« une source », « un
        policier », "an official") stands, outside quotations, between token i0 and the last
        person named before it in its paragraph."""
        at = p.toks[i0].start
        named = max((s for s in p.starts if s < at and not p.in_quote(s)), default=-1)
        for j in range(i0 - 2, -1, -1):
            t = p.toks[j]
            if t.start <= named:
                return False
            det = self.lex.determiners.get(t.low)
            if det is not None and not det[1] and det[0] != "p" \
                    and t.low not in self.lex.numbers and not p.in_quote(t.start) \
                    and p.tight(j, j + 1) and (p.toks[j + 1].low in self.lex.persons
                                              or p.toks[j + 1].low in self.lex.sources) \
                    and p.toks[j + 1].low not in self.lex.documents \
                    and p.toks[j + 1].low not in self.lex.thing_sources:
                # (not a document: « … a adressé un courrier aux Hospices. Présent dans la
                # salle, ce grand amateur de bourgogne » is the man who wrote it)
                return True
        return False

    def office_holder(self, p: _Para, office: str, pos: int) -> str | None:
        """The person last tied to ``office`` (office nouns separated by a space: any of
        them) before (p, pos), whatever its complement (« le préfet des Deux-Sèvres, X, »),
        not a former holder; "ministre#premier" is the noun tied with that rank only."""
        holder, last = None, (-1, -1)
        for spec in office.split():
            noun, _sep, rank = spec.partition("#")
            for para, at, pid, comp, former in self.bindings.get(noun, ()):
                if rank and comp != "#" + rank:
                    continue
                if last < (para, at) < (p.index, pos) and not former:
                    holder, last = pid, (para, at)
        return holder

    def counted_names_after(self, p: _Para, i1: int, lows: list[str]) -> _Who | None:
        """« ajoutent en chœur deux mères venues avec elle, Awa et Nathalie, »: a phrase (its
        words ``lows``, ending at token i1) that counts people (its first word, or the one
        after a determiner, a number), then as many names in apposition after a comma: those
        people."""
        k = 1 if len(lows) > 1 and lows[0] in self.lex.determiners \
            and lows[0] not in self.lex.numbers else 0
        count = self.lex.numbers.get(lows[k]) if k < len(lows) else None
        if count is None or count < 2:
            return None
        # (past a short complement: « deux mères venues avec elle, Awa et Nathalie »)
        j = next((c for c in range(i1 + 1, min(len(p.toks), i1 + 6))
                  if p.gap(c - 1, c) == ","), None)
        if j is None or any(t.start in p.starts for t in p.toks[i1 + 1:j]):
            return None
        names: list[str] = []
        while j < len(p.toks) and len(names) < count:
            m = p.starts.get(p.toks[j].start)
            if m is None or m.kind == "pronoun":
                return None
            names.append(m.person)
            j = bisect.bisect_left(p.tok_ends, m.span.end) + 1
            if len(names) < count:
                if j < len(p.toks) and p.toks[j].low in self.lex.joiners:
                    j += 1
                elif j >= len(p.toks) or p.gap(j - 1, j) != ",":
                    return None
        if len(set(names)) != count:
            return None
        return _Who(tuple(names), None, "counted-names")

    def name_closing(self, p: _Para, i0: int, i1: int) -> Mention | None:
        """The name closing a phrase headed by a person noun, in apposition with no
        preposition before it: « le président de l'association Paul Girard », "the union's
        chief negotiator Ray Lopez" (not « l'avocat de X », "the lawyer for X": X's lawyer;
        nor « la fille du maire X », « l'adjoint du maire X »: the name is the complement's)."""
        m = p.ends.get(p.toks[i1].end) if i1 < len(p.toks) else None
        if m is None or m.span.start <= p.toks[i0].start:
            return None
        k = bisect.bisect_left(p.tok_starts, m.span.start)
        if k <= i0 or not p.tight(k - 1, k) or p.gap(k - 1, k):
            return None
        before = p.toks[k - 1].low
        lex = self.lex
        if before in lex.complements or before in lex.from_words or before in lex.prepositions \
                or before in lex.article_prepositions or before in lex.determiners \
                or before in lex.possessives:
            return None
        words = [t.low for t in p.toks[i0:k]]
        heads = [n for n, w in enumerate(words) if w in lex.persons]
        if not heads and words[0] in lex.determiners and 2 <= len(words) <= 4 and all(
                t.text.islower() and t.low not in lex.sources and t.low not in lex.documents
                and t.low not in lex.kin and t.low not in lex.bodies
                and t.low not in lex.work_nouns for t in p.toks[i0 + 1:k]):
            return m  # "an emotional Beatriz Souza said", "a frustrated Ali Kamal told": her
        if not heads or any(w in lex.kin for w in words):
            return None  # (« la fille du maire X »: the daughter speaks)
        if any(w in lex.complements for w in words[heads[0] + 1:]) and len(heads) > 1:
            return None  # « l'adjoint du maire X »: X is the mayor, not the deputy
        return m

    def native_of(self, p: _Para, word: str, pos: int) -> _Who | None:
        """The one person named, before (p, pos), in a sentence that also names the place the
        demonym ``word`` is made from (the same first five letters, folded: « Aveyron » for
        « aveyronnais », « Genève » for « genevois »)."""
        folded = fold(word)
        stem = folded[:5]
        if len(stem) < 5:
            return None
        found: set[str] = set()
        for q in self.paras[:p.index + 1]:
            text, capitals = q.capitals  # (folded once a paragraph: no quadratic cost)
            if stem not in text:
                continue
            for t, low in capitals:
                if (q.index, t.start) >= (p.index, pos):
                    break
                if low == folded or not low.startswith(stem):
                    continue
                before = _TOKEN_RE.findall(q.lowered[max(0, t.start - 16):t.start])[-2:]
                if before and before[-1] in self.lex.determiners:
                    before.pop()  # (« dans l'Aveyron »)
                if not before or (before[-1] not in self.lex.prepositions
                                  and before[-1] not in self.lex.article_prepositions):
                    # (the place the person is of: « le maire de Valcourt », « né à Rodez »;
                    # not « Si Noirval est resté dans le match, il le doit à X »: a club, and
                    # X one of its players among others)
                    continue
                s, e = q.sentence(t.start)
                named = {m.person for st, m in q.starts.items()
                         if s <= st < e and m.kind != "pronoun" and not q.in_quote(st)}
                if len(named) == 1:
                    found |= named
                    if len(found) > 1:
                        return None
        return _Who((next(iter(found)),), None, "native") if len(found) == 1 else None

    def demonym(self, p: _Para, toks: list[_Tok], article: str | None = None
                ) -> tuple[str, str] | None:
        """(word, gender) when the words after a definite determiner are an inhabitant's or a
        club's demonym, capitalised, after at most two adjectives: « l'ancien Rennais », « la
        jeune Lyonnaise », « le Marseillais » (a noun for a person, not a place). A demonym
        that is also a place's name is one after a masculine ``article`` only: « le Corse »,
        « le Suisse » (« la Corse », « la Suisse » are the places)."""
        for n, t in enumerate(toks[:3]):
            if t.text[:1].isupper():
                if n + 1 < len(toks) <= n + 2 and toks[-1].text[:1].isupper() \
                        and toks[-1].start not in p.starts:
                    t = toks[-1]  # "the Northern Irishman", « le Néo Zélandais »
                elif n + 1 != len(toks) or t.start in p.starts:
                    return None
                if t.low in _PLACE_WORDS:
                    if article == "m" and self.lex.demonym_words.get(t.low) in ("", "m"):
                        return t.low, "m"
                    return None
                if t.low in self.lex.demonym_words:  # « le Serbe », "the Welshman"
                    return t.low, self.lex.demonym_words[t.low]
                gender = self.demonym_ending(t.low)
                return (t.low, gender) if gender is not None else None
        return None

    def ending_person(self, toks: list[_Tok]) -> tuple[str, str | None] | None:
        """(noun, gender) when the words after a definite determiner are, after at most two
        adjectives, all in lower case, a noun for a person by its ending (``PERSON_ENDINGS``):
        « la traductrice », « l'ancien cheminot », « la nouvelle championne »."""
        if not toks or len(toks) > 3 or any(not t.text.islower() for t in toks):
            return None
        gender = _guessed_person(self.lex, toks[-1].low)
        if gender is False:
            return None
        return toks[-1].low, gender if isinstance(gender, str) else None

    def common_tail(self, p: _Para, c: int, z: int) -> bool:
        """Tokens c..z are a complement of common nouns naming no person: « de la
        compétition », « du gouvernement » (not « de Paul », « de sa mère »)."""
        if c > z or p.toks[c].low not in self.lex.complements:
            return False
        return all(p.toks[t].text[:1].islower() and p.toks[t].start not in p.starts
                   and p.toks[t].low not in self.lex.kin and p.toks[t].low not in self.lex.persons
                   for t in range(c + 1, z + 1))

    def opens_with(self, p: _Para, s: int, who: _Who) -> bool:
        """The sentence starting at ``s`` opens with a mention of ``who`` or a definite
        description (« L'avocate entendait… »), not a fronted phrase or a complement."""
        a, b = p.tok_range(s, p.sentence(s)[1])
        tok = p.toks[a]
        fronted = self.after_fronted(p, a, b)
        if fronted is not None and fronted < b and self.latter(p, fronted, forward=True):
            return True  # « La veille du scrutin, ce dernier se disait « … » »
        if tok.start not in p.starts and tok.low not in self.lex.determiners \
                and fronted is not None and fronted < b:
            a, tok = fronted, p.toks[fronted]  # « À ses côtés, l'autre coprésident, X, »
        m = p.starts.get(tok.start)
        if m is not None:
            return m.person in who.ids
        if self.latter(p, a, forward=True) is not None:
            return True  # « Ce dernier se disait « … » »
        det = self.lex.determiners.get(tok.low)
        return det is not None and det[1] and det[0] != "p" and any(
            p.toks[k].low in self.lex.persons for k in range(a + 1, min(a + 3, b)))
        # (« l'autre coprésident », « la nouvelle maire »: an adjective may come first)

    def body_tail(self, p: _Para, c: int, z: int) -> bool:
        """Tokens c..z are a complement naming a body by a capitalised name, no person:
        « du Théâtre national de Strasbourg », "of the Royal Ballet" (for a former office:
        « l'ancien directeur du Théâtre national de Strasbourg » is somebody's past)."""
        if c > z or p.toks[c].low not in self.lex.complements:
            return False
        q = c + 1
        while q <= z and p.toks[q].low in self.lex.determiners:
            q += 1
        if q < z and p.toks[q].text[:1].islower() and p.toks[q + 1].text[:1].isupper():
            q += 1  # « du groupe Quimper Autrement », "of the band Green Day"
        return q <= z and p.toks[q].text[:1].isupper() and all(
            p.toks[t].start not in p.starts and p.toks[t].low not in self.lex.kin
            and p.toks[t].low not in self.lex.persons for t in range(q, z + 1))

    def field_tail(self, p: _Para, c: int, z: int) -> bool:
        """Tokens c..z are a complement that names no person, relative, body or group: « du
        haut Moyen Âge », « des ouvrages d'art », « de la Marine marchande » (not « de la
        majorité »: one of its members)."""
        if c > z or p.toks[c].low not in self.lex.complements:
            return False
        lex = self.lex
        return all(p.toks[t].start not in p.starts and p.toks[t].low not in lex.kin
                   and p.toks[t].low not in lex.persons and p.toks[t].low not in lex.possessives
                   and p.toks[t].low not in lex.sources and p.toks[t].low not in lex.membership
                   for t in range(c + 1, z + 1))

    def qualifier_tail(self, p: _Para, c: int, z: int) -> bool:
        """Tokens c..z are « de » and one common noun with no article, which qualifies the
        role like an adjective: « le conseiller *d'opposition* », « l'élu *de terrain* »."""
        return c + 1 == z and p.toks[c].low in ("de", "d") and p.tight(c, z) \
            and p.toks[z].text[:1].islower() and p.toks[z].start not in p.starts \
            and p.toks[z].low not in self.lex.determiners \
            and p.toks[z].low not in self.lex.persons and p.toks[z].low not in self.lex.kin

    def place_tail(self, p: _Para, c: int, z: int) -> bool:
        """Tokens c..z are a complement naming a place or a body, no person: "du Cher",
        "de la Marne", "of Millbrook" ("l'élu du Cher" is a description of a person)."""
        if c > z or p.toks[c].low not in self.lex.complements:
            return False
        q = c + 1
        while q <= z and p.toks[q].low in self.lex.determiners:
            q += 1
        return q <= z and all(p.toks[t].text[:1].isupper() and p.toks[t].start not in p.starts
                              for t in range(q, z + 1))

    def description_end(self, p: _Para, i: int, limit: int) -> int | None:
        """The last token of a description opened by the determiner at token i ("l'ancien
        maire de Sarlat", "la vieille dame"), or None when no role noun heads it."""
        z = i
        noun = False
        # (an untied demonym right after a lowercase article, or a listed one in -man after
        # any ("The Welshman did not mince his words"; not "The Australian", a newspaper),
        # when the registry describes someone of the article with it: « Joint à Cowes, le
        # Britannique ne cache pas son émotion » for a « skipper britannique » — not « Le
        # Parisien révèle », a newspaper, nor "the
        # Texan" beside a California governor)
        lone = i + 1 < limit and p.toks[i + 1].text[:1].isupper() \
            and (p.toks[i].text.islower() or p.toks[i + 1].low in self.lex.demonym_words
                 and p.toks[i + 1].low.endswith(("man", "woman"))) \
            and self.is_demonym(p.toks[i + 1].low) and self.described_here(p.toks[i + 1].low)
        while z + 1 < limit and z - i < 4 and p.tight(z, z + 1) and not (lone and z > i) \
                and (p.toks[z + 1].text[:1].islower() or p.toks[z + 1].text[:1].isdigit()
                     or not noun and (p.toks[z + 1].low in self.bindings or lone and z == i)
                     and self.is_demonym(p.toks[z + 1].low)) \
                and p.toks[z + 1].low not in self.lex.complements \
                and not (noun and p.toks[z + 1].low in self.lex.skip):
            # (past the noun, a word that opens a verb ends it: "the doctor *did* not"; a
            # demonym tied to a person is a noun for them: « le Malien a botté en touche »)
            z += 1
            noun = noun or p.toks[z].low in self.lex.persons \
                or p.toks[z].text[:1].isupper() and p.toks[z].low in self.bindings \
                or lone and z == i + 1 \
                or bool(self.lex.age.match(p.toks[z].low))  # "The 62-year-old has been…"
        if not noun:
            return None
        if z + 2 < limit and p.tight(z, z + 1) and p.toks[z + 1].low in self.lex.complements:
            q = z + 2
            while q < limit and p.tight(q - 1, q) and p.toks[q].low in self.lex.determiners:
                q += 1
            r = q
            while r < limit and p.tight(r - 1, r) and p.toks[r].text[:1].isupper():
                r += 1
            if r > q:
                z = r - 1
        return z

    def clause_subject(self, p: _Para, v: int) -> _Who | None:
        """The subject at the start of the clause of the verb at token v, for a second verb
        joined by "et"/"and": "Le parquet appelle les témoins et rappelle qu'« … »"."""
        s, _e = p.sentence(p.toks[v].start)
        a, _b = p.tok_range(s, p.toks[v].start)
        if a >= v:
            return None
        if p.toks[a].low in self.lex.intro:  # "Dans la soirée, le parquet…": skip the phrase
            for q in range(a + 1, v):
                if p.gap(q - 1, q) == ",":
                    a = q
                    break
            else:
                return None
        tok = p.toks[a]
        if tok.start in p.starts:
            return _Who(self.joint(p, p.starts[tok.start]), None, "clause-subject")
        if tok.low in self.lex.pronouns:
            who = self.pronoun(p, tok.low, tok.start)
            return who.with_rule("clause-subject-" + who.rule) if who else None
        if tok.low in self.lex.determiners:
            z = a
            while z + 1 < v and z - a < 6 and p.tight(z, z + 1) \
                    and p.toks[z + 1].low not in self.lex.np_stop \
                    and not self.is_verb(p, z + 1):
                z += 1
            for q in range(a + 1, z + 1):
                m = p.starts.get(p.toks[q].start)
                if m is not None and m.kind != "pronoun":
                    if all(t.text[:1].islower() and t.low not in self.lex.complements
                           and t.low not in self.lex.from_words for t in p.toks[a + 1:q]):
                        # « le critique Paul Sagnol juge … et regrette « … » »: the name the
                        # role nouns open is the subject
                        return _Who(self.joint(p, m), None, "clause-subject-name")
                    break
            who = self.classify_np(p, a, z)
            if who is not None and (not who.ids or who.rule == "description"):
                named = self.apposed_name(p, z, v)
                if named is not None:
                    # « la présidente de l'Union des bailleurs privés, Isabelle Terrasson,
                    # dénonce… et annonce »: the name in apposition is the subject
                    return _Who(self.joint(p, named), None, "clause-subject-apposition")
            return who.with_rule("clause-subject-" + who.rule) if who else None
        return None

    def apposed_name(self, p: _Para, z: int, v: int) -> Mention | None:
        """The name set between commas right after the subject noun phrase ending near token
        z, before the verb at token v: « le procureur de la République de Verlonges, Bertrand
        Achard, », « la présidente de l'Union des bailleurs privés, Isabelle Terrasson, ».
        The phrase may go on past z for a few words written tight (its complement)."""
        q = z
        while q + 1 < v and q - z < 6 and p.tight(q, q + 1):
            if p.toks[q + 1].low in self.lex.possessives or self.is_verb(p, q + 1):
                # « La jeune femme parle de sa grand-mère, Yamina, »: the name is the
                # possessed relation's, past the verb, not the subject's
                return None
            q += 1
        if q + 1 < v and p.gap(q, q + 1) == "(":  # « La maire (DVD), X, »: a party label
            q = next((r for r in range(q + 1, min(v - 1, q + 4)) if p.gap(r, r + 1) == "),"),
                     q)
        if q + 1 >= v or p.gap(q, q + 1) not in (",", "),"):
            return None
        named = p.starts.get(p.toks[q + 1].start) or self.described_name(p, q + 1, p.toks[v - 1].end)
        if named is None or named.kind == "pronoun":
            return None
        k = bisect.bisect_left(p.tok_starts, named.span.end)
        if k >= len(p.toks) or k > v or p.gap(k - 1, k) not in (",", "-", "\u2013", "\u2014"):
            return None  # (closed by a comma or a dash: "…, Rhian Jenkins - no relation -")
        return named

    def answer_to_reported_question(self, p: _Para, start: int, asker: _Who) -> _Who | None:
        """The person asked, when the sentence before the quotation reports a question put
        to them by its subject (« La présidente, X, lui a demandé pourquoi elle n'avait pas
        porté plainte. « J'avais peur. » », "The judge asked her why she had waited."): the
        voice heard last, when it is not the one asking, else the person named last."""
        s, _e = p.sentence(start)
        first = re.search(r"[.!?…]", p.text[start + 1:])
        if first is not None and first.group() == "?":
            return None  # (the asker's next question: « Vous aviez pourtant un travail ? »)
        ps, _pe = p.sentence(s - 1)
        a, b = p.tok_range(ps, s)
        lex = self.lex
        for i in range(a + 1, b - 1):
            if p.toks[i].low not in lex.asking:
                continue
            k = i + 1
            named = None  # « a demandé à Paul Girard pourquoi », "asked Tom Baker why"
            if k + 1 < b and p.toks[k].low in lex.addressees | lex.asked_after \
                    and p.toks[k + 1].start in p.starts:
                named = p.starts[p.toks[k + 1].start]
                k = bisect.bisect_left(p.tok_starts, named.span.end)
            elif p.toks[k].start in p.starts and lex.asked_after:
                named = p.starts[p.toks[k].start]
                k = bisect.bisect_left(p.tok_starts, named.span.end)
            elif lex.asked_after:
                if p.toks[k].low not in lex.asked_after:
                    continue
                k += 1
            elif not any(p.toks[j].low in lex.datives for j in range(max(a, i - 3), i)):
                continue
            if k >= b or p.toks[k].low not in lex.indirect_questions:
                continue
            if named is not None:
                if named.kind == "pronoun" or named.person in asker.ids:
                    return None
                return _Who((named.person,), None, "answer-to-reported-question")
            # the person asked by a pronoun: the voice heard in the paragraph before, else
            # the person named last; not when another voice was heard in this paragraph
            # (« « … », a plaidé son avocat. La présidente lui a demandé pourquoi il avait
            # fui »: not the lawyer)
            if self.last is not None and self.last[0] == p.index:
                return None
            voice = self.last[1] if self.last is not None \
                and self.last[0] == p.index - 1 else None
            if voice is not None and voice.ids and set(voice.ids).isdisjoint(asker.ids):
                return voice.with_rule("answer-to-reported-question")
            who = self.resolve(p, None, p.toks[i].start, paragraphs=1,
                               exclude=frozenset(asker.ids))
            return who.with_rule("answer-to-reported-question") if who is not None else None
        return None

    def subject_before(self, p: _Para, start: int) -> _Who | None:
        """The person the sentence before ``start`` (in its paragraph) opens with: "Martine
        Lemoine, elle, a déjà pris sa décision. « Si… »"."""
        s, _e = p.sentence(start)
        if s == 0 or p.masked[s:start].strip():
            return None
        ps, _pe = p.sentence(s - 1)
        told = self.told_aside(p, ps, s)
        if told is not None:
            return told
        who = self.opening_subject(p, ps, s)
        if who is not None and not self.named_inside().isdisjoint(who.ids):
            return None  # « Son père, Jacques X, … « Mais mon père… » »: not him
        return who

    def told_aside(self, p: _Para, ps: int, s: int) -> _Who | None:
        """An aside with a speech verb set off by commas in the sentence before: "It was
        written, she tells me, in a car park. “…”", « C'était en 1998, se souvient-il. « … » »:
        the voice of that aside goes on."""
        a, b = p.tok_range(ps, s)
        for i in range(a + 1, b - 1):
            if p.gap(i - 1, i) != "," or p.in_quote(p.toks[i].start):
                continue
            j = i
            while j + 1 < b and j - i < 4 and p.gap(j, j + 1) not in (",", "."):
                j += 1
            if j + 1 >= b or p.gap(j, j + 1) not in (",", ".") or j == i:
                continue
            words = p.toks[i:j + 1]
            if not any(self.is_speech(t) for t in words):
                continue
            first = words[0]
            m = p.starts.get(first.start)
            if m is not None and m.kind != "pronoun" and self.is_speech(words[-1]):
                return _Who(self.joint(p, m), None, "told-aside")  # ", Jones said,"
            inverted = next((self.inverted(t) for t in words if self.inverted(t)), None)
            word = inverted[1] if inverted is not None else (
                first.low if first.low in self.lex.pronouns else None)
            if word is not None and self.lex.pronouns.get(word) in ("f", "m"):
                who = self.pronoun(p, word, first.start)
                if who is not None and who.ids:
                    return who.with_rule("told-aside-" + who.rule)
        return None

    def introduced_before(self, p: _Para, start: int) -> _Who | None:
        """ « Une phrase qui a fait bondir Sandrine Lefort, venue avec sa voisine. « Mes
        enfants… » », « Un avis partagé par X. « … » »: a quotation opening a sentence, after
        a sentence with no speech verb that names one person only, outside quotations (not as
        its opening subject, which :meth:`subject_before` takes), is that person's."""
        s, _e = p.sentence(start)
        if s == 0 or p.masked[s:start].strip():
            return None
        ps, _pe = p.sentence(s - 1)
        a, b = p.tok_range(ps, s)
        if a >= b or p.toks[a].low in self.lex.intro or any(
                self.is_verb(p, i) or p.toks[i].low in self.lex.pronouns for i in range(a, b)):
            return None  # (« Après la visite de X, la salle se vide »: a fronted phrase)
        people = {p.starts[t.start].person for t in p.toks[a:b]
                  if t.start in p.starts and p.starts[t.start].kind != "pronoun"}
        if len(people) != 1 or people & self.named_inside():
            return None
        return _Who(tuple(people), None, "introduced-before")

    def names_someone(self, p: _Para, s: int, e: int) -> bool:
        """The sentence [s, e) names a person, takes one up or speaks of one ("un retraité")."""
        a, b = p.tok_range(s, e)
        lex = self.lex
        return any(t.start in p.starts or t.low in lex.pronouns or t.low in lex.stressed
                   or t.low in lex.persons or t.low[:-1] in lex.persons
                   or (t.low in lex.sources and t.low not in lex.documents)
                   for t in p.toks[a:b])  # (« Les usagers, eux, … », "Residents": people)

    def subject_two_before(self, p: _Para, start: int) -> _Who | None:
        """ "Kader ne l'a pas oublié. Le stade, lui, sifflait. « Je lisais tout. »": a
        quotation with no attribution after a sentence that names nobody takes the person the
        sentence before that one opens with."""
        s, _e = p.sentence(start)
        if s == 0 or p.masked[s:start].strip():
            return None
        ps, _pe = p.sentence(s - 1)
        if ps == 0:
            return None
        if self.names_someone(p, ps, s):
            a, b = p.tok_range(ps, s)
            if a >= b or p.toks[a].low not in self.lex.intro \
                    or any(self.is_verb(p, i) for i in range(a, b)):
                return None
            # « Elle sera jeudi dans la manifestation. Avec sa fille. « On se bat… » »: a
            # verbless complement names somebody who does not speak
        pps, _ = p.sentence(ps - 1)
        who = self.opening_subject(p, pps, ps)
        return who.with_rule("two-sentences-" + who.rule) if who is not None else None

    def acted_upon_opener(self, p: _Para, start: int, near: _Who) -> _Who | None:
        """ « Marcel, 78 ans, a pris la parole… Le maire l'a laissé faire. « J'ai connu… » »:
        when the sentence before the quotation does something to somebody it takes up by an
        object pronoun (« l'a laissé »), that person, the one the paragraph opens with, speaks
        on; the subject only reacts."""
        s, _e = p.sentence(start)
        ps, _pe = p.sentence(s - 1)
        a, b = p.tok_range(ps, s)
        lex = self.lex
        if not any(p.toks[i].low in lex.object_pronouns and p.toks[i + 1].low in
                   lex.past_auxiliaries and p.gap(i, i + 1) in ("'", "’")
                   for i in range(a, b - 1)):
            return None
        opener = p.starts.get(p.toks[0].start) if p.toks and ps > 0 else None
        if opener is None or opener.kind == "pronoun" or opener.person in near.ids \
                or opener.person in self.named_inside() \
                or any(p.toks[0].start < m.span.start < ps and m.person != opener.person
                       for m in p.starts.values()):
            return None
        return _Who((opener.person,), None, "acted-upon-opener")

    def pronoun_before(self, p: _Para, start: int) -> _Who | None:
        """ « Le projet est né il y a six ans, quand elle est rentrée chez sa mère. « C'est
        elle qui m'a donné le livre. » »: first-person words opening a sentence after one that
        names nobody and speaks of one person only by a subject pronoun are that person's."""
        s, _e = p.sentence(start)
        if s == 0 or p.masked[s:start].strip():
            return None
        ps, _pe = p.sentence(s - 1)
        a, b = p.tok_range(ps, s)
        found: _Tok | None = None
        for i in range(a, b):
            t = p.toks[i]
            if t.start in p.starts and p.starts[t.start].kind != "pronoun":
                return None
            gender = self.lex.pronouns.get(t.low)
            if gender is None or (t.low == "il" and i + 1 < b
                                  and p.toks[i + 1].low in self.lex.impersonal):
                continue  # (« Il faut dire qu'elle a tenu la maison »: past the impersonal)
            if gender not in ("f", "m") or (found is not None and found.low != t.low):
                return None
            found = found or t
        if found is None:
            return None
        who = self.pronoun(p, found.low, found.start)
        return who.with_rule("pronoun-before-" + who.rule) if who is not None else None

    def first_person_singular(self, cand: _Candidate) -> bool:
        """The quotation says « je » / "I" and never « nous » / "we"."""
        words: set[str] = set()
        for piece in cand.pieces:
            words.update(_TOKEN_RE.findall(self.paras[piece.para].text[piece.start:piece.end]
                                           .lower()))
        first = words & self.lex.first_person
        return bool(first) and not (first & self.lex.first_person_plural)

    def singular_voice(self, cand: _Candidate) -> _Who | None:
        """The one person a subject pronoun of a sentence before the quotation (its
        paragraph) stands for: « Elle y croit, sans fanfaronner. Ses filles … « … je … » »."""
        piece = cand.pieces[0]
        p = self.paras[piece.para]
        pos = piece.open_at if piece.open_at is not None else piece.start
        n = bisect.bisect_right(p.sentences, pos) - 1
        for s in reversed(p.sentences[:n]):
            a, b = p.tok_range(s, p.sentence(s)[1])
            if a < b and self.lex.pronouns.get(p.toks[a].low) in ("f", "m") \
                    and not p.in_quote(p.toks[a].start):
                who = self.pronoun(p, p.toks[a].low, p.toks[a].start)
                return who.with_rule("singular-voice") \
                    if who is not None and len(who.ids) == 1 else None
        return None

    def first_person(self, cand: _Candidate) -> bool:
        """The quotation speaks in the first person (« je », « nous », "I", "we"): somebody's
        own words, not a sentence of the article in quotation marks."""
        for piece in cand.pieces:
            text = self.paras[piece.para].text[piece.start:piece.end].lower()
            if any(w in self.lex.first_person for w in _TOKEN_RE.findall(text)):
                return True
        return False

    def paragraph_before_subject(self, above: _Para) -> _Who | None:
        """ "Ray Lopez leaned back in his chair.¶“I have been doing this…”": a paragraph that
        opens with a quotation with no attribution, after a paragraph with none, takes the
        person the previous paragraph's last sentence (or, when that one names nobody, the
        sentence before it) opens with."""
        last = above.last_sentence()
        if above.kept or last is None:  # (a slogan or a title in marks is no quotation)
            return None
        ps, end = last
        who = self.opening_subject(above, ps, end)
        if who is None and ps > 0 and not self.names_someone(above, ps, end):
            pps, _ = above.sentence(ps - 1)
            who = self.opening_subject(above, pps, ps)
        if who is None and not self.ends_with_a_group(above):
            # "Niamh Kiely, the dead man's wife, read her statement. The couple's daughters
            # were three.¶“Tadhg went out that morning … I have no answer”": the one person
            # the paragraph names, as a sentence's subject (not when its last sentence is
            # about a group: "Residents were not impressed.¶“We were never consulted.”")
            who = self.only_person(above)
        return who.with_rule("paragraph-before-" + who.rule) if who is not None else None

    def subject_after(self, p: _Para, pos: int) -> _Who | None:
        """ "« Je n'ai nulle part où aller. » Le jeune homme hausse les épaules.": after a
        quotation with no attribution, the next sentence takes its speaker up with a pronoun
        or a description (a name would bring in somebody else), unless it speaks itself."""
        k = bisect.bisect_left(p.sentences, pos)
        if k >= len(p.sentences) or p.masked[pos:p.sentences[k]].strip():
            return None
        s = p.sentences[k]
        e = p.sentences[k + 1] if k + 1 < len(p.sentences) else len(p.text)
        j = bisect.bisect_left(p.kept, s)
        if (j < len(p.kept) and p.kept[j] < e) or p.masked[s:e].rstrip().endswith(":"):
            return None  # a reply: « B », or « Le maire répond : »
        a, b = p.tok_range(s, e)
        back = self.lex.back_reference.match(p.lowered, s)
        if back is not None:
            # « « Un homme courageux. » C'est ainsi que Claire Morel décrit Paul Girard. »:
            # the sentence points back at the words and says who spoke them
            for v in range(bisect.bisect_left(p.tok_starts, back.end()), b):
                if self.is_verb(p, v):
                    who = self.subject_of(p, v, a)
                    return who.with_rule("next-sentence-back-" + who.rule) if who else None
            return None
        if a >= b:
            return None
        tok = p.toks[a]
        z = a
        if tok.low in self.lex.pronouns and self.lex.pronouns[tok.low] in ("f", "m"):
            if tok.low == "il" and a + 1 < b and p.toks[a + 1].low in self.lex.impersonal:
                return None
        elif self.lex.determiners.get(tok.low, (None, False))[1] and tok.start not in p.starts:
            end = self.description_end(p, a, b)
            if end is None or any(t.low in self.lex.offices for t in p.toks[a:end + 1]):
                return None  # « Le préfet a pourtant signé »: an office brings in another
            z = end
        else:
            return None
        if z + 1 < b and p.toks[z + 1].low in self.lex.stressed \
                and p.gap(z, z + 1) == ",":
            return None  # « Le maire, lui, … »: somebody else, by contrast
        who = self.pronoun(p, tok.low, tok.start) if z == a else self.classify_np(p, a, z)
        return who.with_rule("next-sentence-" + who.rule) if who is not None else None

    def voice_continues(self, p: _Para, start: int) -> _Who | None:
        """A quotation with no attribution opening its sentence goes on in the voice of the
        previous quotation (at most ``_VOICE_GAP`` paragraphs back) when nothing between them
        names or points at anybody else (no name, pronoun or person noun): the interview's
        words go on after a narrative sentence or paragraph."""
        if self.last is None or self.last_end is None:
            return None
        para, prev = self.last
        if not prev.ids or para < p.index - _VOICE_GAP:
            return None
        s, _e = p.sentence(start)
        if p.masked[s:start].strip():
            return None
        for q in range(self.last_end[0], p.index + 1):
            pq = self.paras[q]
            # (the attribution closing the previous quotation's sentence, « raconte ce
            # technicien », is that voice's: the check starts after it)
            lo = pq.sentence(self.last_end[1])[1] if q == self.last_end[0] else 0
            hi = start if q == p.index else len(pq.text)
            for t in pq.toks[slice(*pq.tok_range(lo, hi))]:
                if pq.in_quote(t.start):
                    continue
                m = pq.starts.get(t.start)
                if m is not None and m.person not in prev.ids \
                        and not self.is_possessor(pq, m) and not self.is_oblique(pq, m):
                    return None  # (« sur un centre de Lucas Meynier » brings in no speaker)
                if t.low in self.lex.pronouns or t.low in self.lex.persons:
                    return None
        return prev.with_rule("voice-continues")

    def opening_subject(self, p: _Para, ps: int, s: int) -> _Who | None:
        """The person the sentence [ps, s) opens with (after a fronted phrase, if any)."""
        a, b = p.tok_range(ps, s)
        if a >= b:
            return None
        tok = p.toks[a]
        rule = "previous-sentence-subject"
        who = self.described_subject(p, a, b)
        if who is not None:
            return who.with_rule(rule + "-" + who.rule)
        voiced = self.lex.according.match(p.masked, ps) or (
            self.lex.opinion.match(p.masked, ps) if self.lex.opinion else None)
        if voiced is not None:
            # « Selon Claire Morel, la situation est grave. « … » »: her view, then her words
            a2, _b2 = p.tok_range(voiced.end(), s)
            z = a2
            while z + 1 < b and p.tight(z, z + 1):
                z += 1
            if a2 < b and p.gap(z, z + 1 if z + 1 < b else z) == ",":
                who = self.np_at(p, a2, z)
                if who is not None and who.ids:
                    return who.with_rule("previous-sentence-view-" + who.rule)
            return None
        stressed = self.lex.stressed.get(tok.low)
        if stressed not in self.lex.inverted or a + 1 >= b \
                or p.toks[a + 1].low in self.lex.pronouns:
            stressed = None  # (French « Lui reste prudent. » only; « Lui, il… » has its own)
        named = self.possessed_name(p, a, b)
        if named is not None:  # « Son fils Ronan hoche la tête. »
            return _Who(self.joint(p, named), None, rule)
        kin = self.possessed_kin(p, a, b)
        if kin is not None:  # "Her mother laughs at this."
            return kin.with_rule(rule + "-family")
        if tok.start not in p.starts and tok.low not in self.lex.pronouns and stressed is None \
                and tok.text[:1].isupper():
            # "Scarlets head coach Gethin Prydderch had few doubts": a team's or a body's
            # name and a role noun before the name that opens the sentence
            for j in range(a + 1, min(b, a + 5)):
                if not p.tight(j - 1, j) or p.gap(j - 1, j).strip():
                    break
                t = p.toks[j]
                m = p.starts.get(t.start)
                if m is not None:
                    if m.kind != "pronoun" and p.toks[j - 1].low in self.lex.persons \
                            and not p.toks[j - 1].low.endswith("s"):
                        return _Who(self.joint(p, m), None, rule + "-titled")
                    break
                if not (t.text[:1].isupper() or t.low in self.lex.persons
                        or t.low in _ROLE_MODIFIERS) or t.low in self.lex.determiners:
                    break  # ("The family of teacher X", "Fans of coach X": somebody else)
        skipped: str | None = None  # a name apposed inside the fronted phrase
        if tok.start not in p.starts and tok.low not in self.lex.pronouns and stressed is None:
            # "Invité à prendre la parole, Dominique Lacaze se tourne…", "Asked whether he had
            # caved, Keller shrugged.", "Son directeur, Sébastien Vidal, a appris…": the subject
            # follows a fronted phrase (or a role noun) closed by the first comma
            q = self.after_fronted(p, a, b)
            if q is None:
                return None
            for _ in range(2):  # « Dans son fournil, à quatre heures, elle pétrit… »
                m = p.starts.get(p.toks[q].start)
                if m is not None and m.kind != "pronoun" and self.role_closes(p, a, q):
                    # « Interrogé par la présidente (du tribunal), Anne Delvaux, le prévenu a
                    # contesté »: the name in apposition to a role noun closing the fronted
                    # phrase is not the subject; the noun phrase after its comma is
                    e = self.subject_past_apposition(p, m, b)
                    if e is not None:
                        q, skipped = e, m.person
                        break
                if m is not None and m.kind != "pronoun" and p.toks[q - 1].low in self.lex.kin \
                        and p.toks[q - 1].text[:1].islower():
                    # « Installé dans la forge de son grand-père, Émile Darras, dont il a gardé
                    # l'enseigne, le coutelier Vincent Darras façonne… »: the name in apposition
                    # to a relative in the fronted phrase is not the subject; the next one is
                    e = bisect.bisect_left(p.tok_starts, m.span.end)
                    nxt = e if e < b and p.gap(e - 1, e) == "," else None
                    if nxt is not None and p.toks[nxt].low in self.lex.relatives:
                        nxt = self.after_fronted(p, nxt, b)  # (past its relative clause)
                    if nxt is not None:
                        q = nxt
                        continue
                if p.toks[q].start in p.starts or p.toks[q].low in self.lex.pronouns:
                    break
                nxt = self.after_fronted(p, q, b)
                if nxt is None or (p.toks[q].low not in self.lex.intro
                                   and self.lex.pronouns.get(p.toks[nxt].low) not in ("f", "m")):
                    # (two appositions before a pronoun: « Infirmière depuis onze ans,
                    # déléguée Sud Santé, elle a saisi le procureur »)
                    break
                q = nxt
            tok, rule = p.toks[q], "fronted-subject"
            named = self.possessed_name(p, q, b)
            if named is not None:  # « À côté de lui, son fils Ronan, 31 ans, hoche la tête. »
                return _Who(self.joint(p, named), None, rule)
            kin = self.possessed_kin(p, q, b)
            if kin is not None:  # "Speaking by phone a few days later, her mother laughs."
                return kin.with_rule(rule + "-family")
            who = self.described_subject(p, q, b)  # « Depuis, le jeune homme se bat. »
            if skipped is not None and p.toks[q].low in self.lex.determiners \
                    and (who is None or who.ids == (skipped,)):
                # « Face à son entraîneur, Marc Dupuis, l'attaquant a reconnu… »: the
                # description is not the name apposed before it; unresolved, a label
                label = self.np_label(p, q, p.toks[b - 1].end)
                return label.with_rule(rule + "-label") if label is not None else None
            if who is not None:
                return who.with_rule(rule + "-" + who.rule)
        k = bisect.bisect_left(p.tok_starts, tok.start)
        apposed = self.apposed_after(p, k, b)
        if apposed is not None:  # "Pruitt's lawyer, Howard Bimstein, went straight to…"
            return _Who(self.joint(p, apposed), None, rule + "-apposition")
        if tok.start in p.starts:
            return _Who(self.joint(p, p.starts[tok.start]), None, rule)
        titled = next((p.starts[p.toks[j].start] for j in range(k + 1, min(b, k + 5))
                       if p.toks[j].start in p.starts), None)
        if titled is not None and all(
                t.text[:1].isupper() and (j == k or p.tight(j - 1, j) and not p.gap(j - 1, j).strip())
                for j, t in enumerate(p.toks[k:k + 5], k)
                if j >= k and t.start <= titled.span.start) \
                and tok.low not in self.lex.determiners and tok.low not in self.lex.pronouns:
            # "The prosecutor, Assistant US Attorney Dana Whitlock, took her…": a title
            # before the name the fronted role is
            return _Who(self.joint(p, titled), None, rule + "-titled")
        word = stressed if stressed is not None and tok.start not in p.starts else tok.low
        q = bisect.bisect_left(p.tok_starts, tok.start) + 1
        if stressed is None and q < b and tok.low == "il" and p.toks[q].low in self.lex.impersonal:
            # « Il y a deux ans, … »: an impersonal subject (not « Elle y règle ses comptes. »:
            # only « il » is impersonal)
            return None
        if self.lex.pronouns.get(word) in ("f", "m"):
            # (« Lui reste prudent. »: a stressed pronoun as the subject)
            who = self.pronoun(p, word, tok.start)
            if who is not None and skipped is not None and who.ids == (skipped,):
                # « Accompagné de son avocat, Marc Dupuis, il est sorti libre »: not the
                # lawyer
                who = self.resolve(p, self.lex.pronouns[word], tok.start,
                                   exclude=frozenset({skipped}))
            return who.with_rule(rule + "-" + who.rule) if who else None
        return None

    def subject_past_apposition(self, p: _Para, m: Mention, b: int) -> int | None:
        """The token after the comma closing the name ``m`` (in apposition inside a fronted
        phrase) when it opens a subject: a determiner and a noun or a demonym (« le prévenu »,
        « l'Espagnol »), a name, « il » or « elle »; None otherwise (« Claire Morel, 54 ans,
        a… »: the name is the subject)."""
        e = bisect.bisect_left(p.tok_starts, m.span.end)
        if e + 1 >= b or p.gap(e - 1, e) != ",":
            return None
        tok, nxt = p.toks[e], p.toks[e + 1]
        if tok.low in self.lex.determiners and tok.low not in self.lex.prepositions \
                and (nxt.text[:1].islower() or self.is_demonym(nxt.low)) \
                or tok.start in p.starts and p.starts[tok.start].kind != "pronoun" \
                or self.lex.pronouns.get(tok.low) in ("f", "m"):
            return e
        return None

    def role_closes(self, p: _Para, a: int, q: int) -> bool:
        """The fronted phrase from token a to the comma before token q ends with a role noun,
        maybe with an adjective or a complement after it (« par la présidente du tribunal »,
        « face au maire sortant », « Battu par le Français »): a name after that comma is in
        apposition to it."""
        for r in range(q - 1, max(a, q - 6) - 1, -1):
            t = p.toks[r]
            if t.text[:1].islower() and t.low in self.lex.persons:
                return True
            if t.text[:1].isupper() and r > a and p.toks[r - 1].low in self.lex.determiners \
                    and self.is_demonym(t.low):
                return True
            if (r < q - 1 and not p.tight(r, r + 1)) or not t.text[:1].islower():
                return False  # (punctuation inside the phrase, or a capitalised word)
        return False

    def apposed_after(self, p: _Para, k: int, b: int) -> Mention | None:
        """"Pruitt's lawyer, Howard Bimstein, …": the name in apposition to a role that a
        name at token k possesses (the possessor is not the subject)."""
        if p.toks[k].start not in p.starts or k + 3 >= b:
            return None
        m = p.starts[p.toks[k].start]
        j = bisect.bisect_left(p.tok_starts, m.span.end)
        if j + 2 >= b or p.toks[j].low != "s" or p.gap(j - 1, j) not in ("'", "’"):
            return None
        j += 1
        while j < b and p.toks[j].low in self.lex.persons and p.tight(j - 1, j) \
                and not p.gap(j - 1, j).strip():
            j += 1
        if j == bisect.bisect_left(p.tok_starts, m.span.end) + 1 or j >= b \
                or p.gap(j - 1, j) != "," or p.toks[j].start not in p.starts:
            return None
        return p.starts[p.toks[j].start]

    def possessed_kin(self, p: _Para, a: int, b: int) -> _Who | None:
        """« Sa mère rit », "her mother laughs" opening a sentence with no name written: the
        one relative of the possessor the article names (family_member)."""
        if a + 1 >= b or p.toks[a].low not in self.lex.singular_possessives \
                or p.toks[a + 1].low not in self.lex.kin or not p.tight(a, a + 1) \
                or (a + 2 < len(p.toks) and p.toks[a + 2].start in p.starts) \
                or self.seeking_kin:
            return None
        self.seeking_kin = True  # (the possessor is sought with the pronoun rules: once)
        try:
            return self.family_member(p, p.toks[a], p.toks[a + 1].low)
        finally:
            self.seeking_kin = False

    def possessed_other(self, p: _Para, a: int, b: int) -> _Who | None:
        """« Son voisin de ponton, plus jeune, refuse de donner son nom : « … » »: a person
        noun after a singular possessive opening the sentence, no kin, with no name in
        apposition, is somebody unnamed (the possessor is somebody else)."""
        if a + 1 >= b or p.toks[a].low not in self.lex.singular_possessives \
                or not p.tight(a, a + 1) or p.toks[a + 1].low not in self.lex.relative:
            return None
        z = self.description_end(p, a, b)
        if z is None or (z + 1 < b and p.toks[z + 1].start in p.starts) \
                or self.apposed_name(p, z, b) is not None:
            return None
        return _Who((), p.text[p.toks[a].start:p.toks[z].end], "possessed-person")

    def possessed_name(self, p: _Para, a: int, b: int) -> Mention | None:
        """The name a possessed relation opening at token a is written with: « son fils
        Ronan », "her sister Ann Lee", « sa fille aînée, Léa, » (one or two words between)."""
        if p.toks[a].low not in self.lex.possessives:
            return None
        related = False
        for q in range(a + 1, min(b, a + 4)):
            tok = p.toks[q]
            m = p.starts.get(tok.start)
            if m is not None:
                joined = p.tight(q - 1, q) or p.gap(q - 1, q) == ","
                return m if related and joined and m.kind != "pronoun" else None
            if not tok.text[:1].islower() or not p.tight(q - 1, q):
                return None
            related = related or tok.low in self.lex.kin or tok.low in self.lex.persons
        return None

    def described_subject(self, p: _Para, a: int, b: int) -> _Who | None:
        """The person a sentence opening at token a takes up with a description or a latter
        demonstrative: « La commerçante n'en revient pas. », « Cette dernière ne cache pas… »."""
        latter = self.latter(p, a, forward=True)
        if latter is not None:
            return self.resolve_latest(p, latter[0], p.toks[a].start)
        former = self.former_reference(p, a, b)
        if former is not None:
            return former
        det = self.lex.determiners.get(p.toks[a].low)
        if det is None or not det[1] or det[0] == "p" or p.toks[a].start in p.starts:
            return None
        z = self.description_end(p, a, b)
        if z is None:
            # « Le Lorrain, que certains voyaient déjà reprendre la maison, baisse les yeux »
            z = next((q for q in range(a + 1, min(a + 4, b)) if p.toks[q].text[:1].isupper()
                      and all(p.tight(r, r + 1) for r in range(a, q))), None)
            if z is None or self.demonym(p, p.toks[a + 1:z + 1]) is None:
                return None
            who = self.classify_np(p, a, z, initial=True)
            return who if who is not None and who.ids else None
        named = p.starts.get(p.toks[z + 1].start) if z + 1 < b else None
        if named is not None and named.kind != "pronoun" and not p.gap(z, z + 1).strip():
            # « L'ailier fidjien Josua Nakarawa garde le souvenir … »: the role opens the name
            return _Who(self.joint(p, named), None, "role-name")
        if named is None or p.gap(z, z + 1) != "," or named.kind == "pronoun":
            # (past a complement: « Le directeur de l'établissement, Pascal Roux, … »)
            named = self.apposed_name(p, z, b)
        if named is not None:
            # « En face, le coach de Rivesaltes, Laurent Pujol, ne cherchait pas… »: the
            # name in apposition, not the person tied to the role earlier
            return _Who(self.joint(p, named), None, "apposition")
        who = self.classify_np(p, a, z)
        if who is None or not who.ids:
            return None
        q = z  # past the complement (« le héros *du soir* »)
        while q + 1 < b and q - z < 4 and p.tight(q, q + 1):
            q += 1
        if q + 2 < b and p.gap(q, q + 1) == "," and p.gap(q + 1, q + 2) == "," \
                and p.toks[q + 1].low in (*self.lex.stressed, *self.lex.pronouns) \
                and self.last is not None and self.last[1].ids == who.ids:
            # « Le héros du soir, lui, avait du mal à trouver ses mots. »: set off by « lui »,
            # the description is somebody else than the voice just heard (no guess who)
            return None
        return who

    def subject_after_fronted(self, p: _Para, a: int, pos: int) -> _Who | None:
        """The subject (a pronoun or a name) right after the comma closing the fronted phrase
        that opens at token a, in the sentence of ``pos``."""
        _s, e = p.sentence(pos)
        _a, b = p.tok_range(p.toks[a].start, e)
        q = self.after_fronted(p, a, b)
        if q is None:
            return None
        tok = p.toks[q]
        if tok.low in self.lex.pronouns:
            return self.pronoun(p, tok.low, tok.start)
        m = p.starts.get(tok.start)
        if m is not None and m.kind != "pronoun":
            if self.role_closes(p, a, q) and self.subject_past_apposition(p, m, b) is not None:
                return None  # « Interrogé par la présidente, X, le prévenu … »: not X
            return _Who(self.joint(p, m), None, "fronted-subject")
        return None

    def after_fronted(self, p: _Para, a: int, b: int) -> int | None:
        """The token after the first comma of the sentence a..b when the words before it name
        nobody (a pronoun aside) and are few: the subject after a fronted phrase."""
        for q in range(a + 1, min(b, a + _FRONTED_MAX + 1)):
            if p.gap(q - 1, q).strip() == ",":
                named = any(p.toks[t].start in p.starts
                            and p.starts[p.toks[t].start].kind != "pronoun"
                            for t in range(a, q))
                return None if named else q
            if p.toks[q].start in p.starts and p.starts[p.toks[q].start].kind != "pronoun":
                return None
        return None

    # ---------------------------------------------------------------- pronouns

    def document_issuer(self, p: _Para, pos: int) -> _Who | None:
        """ "His lawyer, Priya Raman, issued a statement late on Tuesday. "…," it read.": the
        neuter pronoun takes up the document named in the sentence before, outside quotations,
        and the quotation is the words of the person that sentence names first."""
        s, _e = p.sentence(pos)
        n = bisect.bisect_right(p.sentences, s) - 2
        if n < 0:
            return None
        ps = p.sentences[n]
        a, b = p.tok_range(ps, s)
        if not any(p.toks[i].low in self.lex.documents and not p.in_quote(p.toks[i].start)
                   for i in range(a, b)):
            return None
        who = self.sentence_subject(p, p.toks[b - 1].start)
        if who is None or not who.ids:
            return None
        return who.with_rule("document-issuer")

    def document_subject(self, p: _Para, pos: int, gender: str) -> _Who | None:
        """« La réponse du directeur, Marc Ollivier, arrive le lendemain. Elle est plus inquiète :
        « … » »: a pronoun of the grammatical gender of the document that opens the sentence
        before takes it up, and the words are those of the one person that sentence names
        (only when the pronoun's own sentence names nobody before it)."""
        s, _e = p.sentence(pos)
        n = bisect.bisect_right(p.sentences, s) - 2
        if n < 0 or any(st < pos and s <= st and m.kind != "pronoun"
                        for st, m in p.starts.items()):
            return None
        a, b = p.tok_range(p.sentences[n], s)
        if b - a < 3:
            return None
        det = self.lex.determiners.get(p.toks[a].low)
        if det is None or det[0] != gender or not det[1] \
                or p.toks[a + 1].low not in self.lex.documents or p.in_quote(p.toks[a].start):
            return None
        named = {m.person for st, m in p.starts.items()
                 if p.toks[a].start <= st < s and m.kind != "pronoun" and not p.in_quote(st)}
        if len(named) != 1:
            return None
        person = next(iter(named))
        if self.gender(person) == gender:
            return None  # (the person may be the pronoun's: leave it to the usual rules)
        return _Who((person,), None, "document-subject")

    def unnamed_goes_on(self, p: _Para, pos: int, gender: str | None) -> _Who | None:
        """'In an email …, she wrote that "…" ¶She said she never received a reply. "…," she
        said': a personal pronoun after the words of an unnamed person that a pronoun took up,
        with nobody named since (this paragraph or the one before), is that person again."""
        if gender not in ("f", "m") or self.last is None or self.last_end is None \
                or self.last[1].ids or not any(
                    r in self.last[1].rule for r in ("unnamed-pronoun", "unnamed-description")) \
                or self.last[0] < p.index - 1:
            return None
        para, end = self.last_end
        for q in self.paras[para:p.index + 1]:
            lo = end if q.index == para else 0
            hi = pos if q.index == p.index else len(q.text)
            if any(lo <= st < hi and m.kind != "pronoun" and not q.in_quote(st)
                   for st, m in q.starts.items()):
                return None
        return _Who((), self.last[1].label, "unnamed-pronoun")

    def pronoun(self, p: _Para, word: str, pos: int) -> _Who | None:
        m = p.starts.get(pos)
        if m is not None and m.kind == "pronoun":
            return _Who((m.person,), None, "pronoun")
        gender = self.lex.pronouns.get(word)
        if word == "on":  # "indique-t-on à la préfecture": someone unnamed
            return _Who((), "on", "impersonal")
        if gender in ("f", "m"):
            kin = self.narrator_kin(p, pos, gender)
            if kin is not None:
                return kin
        source = self.source_subject(p, pos, gender) or self.unnamed_goes_on(p, pos, gender)
        if source is not None and not source.ids and self.current is not None \
                and self.first_person_singular(self.current) \
                and self.lex.bodies.intersection(_TOKEN_RE.findall((source.label or "").lower())):
            source = None  # (« J'attends des excuses », s'agace-t-elle: not « la marque »)
        if source is not None:  # "Le parquet … Il a précisé", "The agency … it said"
            return source
        if gender == "n":
            issuer = self.document_issuer(p, pos)
            if issuer is not None:  # "X issued a statement. "…," it read."
                return issuer
            return _Who((), word, "impersonal")
        if gender in ("f", "m"):
            author = self.document_subject(p, pos, gender)
            if author is not None:
                return author
        if gender == "p":
            family = self.family_before(p, pos)
            if family is not None:
                return family
            group = self.recent_group(p, pos) if self.named_just_before(p, pos) else None
            if group is not None and group.rule in ("group", "earlier-group", "sentence-group",
                                                    "sentence-group-pronoun"):
                # « Martine et Gérard X font équipe. « … », assurent-ils »: the people just
                # named together, not the topic of earlier sentences
                return group.with_rule("plural-group")
            group = self.plural_subject(p, pos)
            if group is not None:
                return group
            who = self.topic(p, pos)
            if who is not None and len(who.ids) == 1:
                group = self.recent_group(p, pos)
                if group is not None and len(group.ids) > 1 and who.ids[0] in group.ids \
                        and (word not in self.lex.feminine_plurals
                             or all(self.gender(pid) != "m" for pid in group.ids)):
                    # « Odile X partage les cérémonies avec Martine Y. … « … », répondent-elles »:
                    # the topic and the people named with her, not the topic alone
                    return group
            words = _TOKEN_RE.findall((who.label or "").lower()) if who is not None else []
            if who is not None and (who.ids or not words or self.lex.determiners.get(
                    words[0], (None, False))[0] == "p" or words[-1].endswith(("s", "x"))
                    or any(w in self.lex.sources or w in self.lex.persons for w in words)):
                # (a label the plural pronoun takes up is a plural phrase: not « la croissance
                # des dépenses »)
                return who.with_rule("plural")
            group = self.recent_group(p, pos)
            if group is not None:
                return group
            group = self.plural_subject(p, pos)
            if group is not None:
                return group
            if self.last is not None and self.last[0] >= p.index - 1:
                # "“…,” Linda said. … Her husband finished: “…” ¶ “…,” they said in unison":
                # the last two voices heard, when each spoke alone
                voices = self.last_two_voices(p, paragraphs=2, past_joint=False)
                if len(voices) == 2 and len(self.last[1].ids) == 1:
                    return _Who(tuple(voices), None, "plural-last-voices")
                return self.last[1].with_rule("plural-previous-quote")
            return None
        if gender in ("f", "m"):
            topic = self.paragraph_topic(p, word, pos)
            if topic is not None:
                return topic
            if len(p.sentences) > 1 and pos >= p.sentences[1]:
                # « Le Dacquois, lui, préfère rester prudent. « Rien n'est fait, prévient-il. »
                # »: a later pronoun takes up the paragraph's contrasted opening
                topic = self.contrasted_opening(p, gender, p.sentences[1], pos)
                if topic is not None:
                    return topic
            described = self.described_before_quote(p, gender, pos, pronoun=True) \
                or self.described_previous_subject(p, gender, pos)
            if described is not None:
                return described
            carried = self.carried_description(p, gender, pos)
            if carried is not None:
                return carried
        who = self.resolve(p, gender, pos, exclude=self.asked_about(p, pos))
        if who is None and gender in ("f", "m"):
            who = self.cataphora(p, gender, pos)
        return who.with_rule("pronoun") if who else None

    def asked_about(self, p: _Para, pos: int) -> frozenset[str]:
        """The people named in a question fronted before the pronoun at ``pos`` ("Asked
        whether White had fouled him, he replied", « Interrogé sur la faute de X, il a
        répondu »): the person asked is someone else."""
        s, _e = p.sentence(pos)
        a, b = p.tok_range(s, pos)
        if a >= b or not self.asks(p.toks[a]):
            return frozenset()
        comma = p.masked.rfind(",", s, pos)
        if comma < 0 or p.masked[comma + 1:pos].strip():
            return frozenset()  # (the pronoun right after the phrase's comma only)
        return frozenset(m.person for st, m in p.starts.items()
                         if s <= st < comma and m.kind != "pronoun")

    def asks(self, tok: _Tok) -> bool:
        """The participle of a verb that puts a question ("Asked", « Interrogé »)."""
        return tok.low.startswith(self.lex.asked_stems) \
            and tok.low.endswith(self.lex.past_participle_endings)

    def asked_question(self, p: _Para, a: int, b: int) -> int:
        """The token after the first comma of a question fronted at token a ("Asked whether
        …,", « Interrogé sur … , »), or 0 when the sentence opens with none."""
        if a >= b or not self.asks(p.toks[a]):
            return 0
        return next((q for q in range(a + 1, min(b, a + _FRONTED_MAX + 1))
                     if p.gap(q - 1, q).strip() == ","), 0)

    def carried_description(self, p: _Para, gender: str, pos: int) -> _Who | None:
        """« Une inspectrice du travail, qui a requis l'anonymat, décrit « … ». « … »,
        explique-t-elle »: the pronoun takes up the unnamed person the quotation before was
        given to — a singular noun phrase for a person, written in this paragraph, in the
        pronoun's sentence or the one before — when nobody has been named since."""
        if self.last is None or self.last_cand is None or self.last[0] != p.index:
            return None
        who = self.last[1]
        if who.ids or not who.label or who.rule.startswith(("authored", "cited")):
            return None  # (nor the author of words read out or cited: not in the scene)
        s, _e = p.sentence(pos)
        k = bisect.bisect_right(p.sentences, s) - 1
        earliest = p.sentences[max(k - 1, 0)]
        if who.rule == "anonymous":  # "An OPEC+ delegate, speaking anonymously, said …"
            at = p.sentence(self.last_cand.pieces[0].start)[0]
            return _Who((), who.label, "carried-description") \
                if at >= earliest and self.nobody_named(p, at, pos) else None
        person = self.label_person(who.label)
        if person is None:
            # « le SDIS des Landes indique que « … ». Il demande de « … » »: a body the
            # pronoun's grammatical gender takes up (French; English determiners tell none)
            words = _TOKEN_RE.findall(who.label.lower())
            det = self.lex.determiners.get(words[0]) if words else None
            if det is None or det[0] != gender or not who.rule.endswith(
                    ("organisation", "source", "carried-description")) \
                    or (self.current is not None and self.first_person_singular(self.current)
                        and not self.lex.bodies.isdisjoint(words)):
                return None  # (« J'attends… », s'agace-t-elle: a person, not « la marque »)
        elif person[1] not in (None, gender) or (
                person[1] is None and self.elided_gender(who.label) not in (None, gender)):
            return None  # (« L'opérateur … », then « lâche-t-elle »: not the operator)
        at = p.text.rfind(who.label, earliest, pos)
        if at < 0 or not self.nobody_named(p, at, pos):
            return None
        return _Who((), who.label, "carried-description")

    def ending_gender(self, noun: str) -> str | None:
        """The grammatical gender the noun's ending tells (French: « opérateur » m,
        « association » f), or None."""
        return next((g for ending, g in self.lex.noun_gender_endings if noun.endswith(ending)),
                    None)

    def elided_gender(self, label: str) -> str | None:
        """The grammatical gender of a label opening with an elided article (« L'opérateur »):
        its noun's ending's; None for any other label."""
        words = _TOKEN_RE.findall(label.lower())
        det = self.lex.determiners.get(words[0]) if words else None
        if det is None or det[0] is not None or len(words) < 2:
            return None
        return self.ending_gender(words[1])

    @staticmethod
    def nobody_named(p: _Para, start: int, end: int) -> bool:
        """No name (a pronoun aside) is written between ``start`` and ``end``, outside
        quotations."""
        return not any(start < st < end and m.kind != "pronoun" and not p.in_quote(st)
                       for st, m in p.starts.items())

    def generation(self, p: _Para, toks: list[_Tok]) -> _Who | None:
        """"the younger Okoro", « l'aîné des Ferrand »: of the two people of the article who
        share the family name written there, the junior or the senior, as a word before one of
        their first mentions tells ("his son, Cody", "Okoro's older brother Marcus")."""
        m = next((p.starts[t.start] for t in toks[2:] if t.start in p.starts), None)
        if m is None or m.kind == "pronoun":
            return None
        person = self.people.get(m.person)
        family = fold((person.name if person is not None else m.text).split()[-1])
        first: dict[str, tuple[int, int]] = {}
        for para, start, n in self.ordered:
            person = self.people.get(n.person)
            if person is None or n.kind == "pronoun" or n.person in first:
                continue
            names = person.name.split()
            if fold(names[-1]) == family or (len(names) == 1 and self.kin_of_family(
                    self.paras[para], start, family)):
                first[n.person] = (para, start)
        if len(first) != 2:
            return None
        junior: str | None = None
        for pid, (para, start) in first.items():
            q = self.paras[para]
            words = _TOKEN_RE.findall(q.lowered[max(0, start - 24):start])[-2:]
            if any(w in self.lex.junior for w in words):
                junior = pid
            elif any(w in self.lex.senior for w in words):
                junior = next(o for o in first if o != pid)
            else:
                continue
            break
        if junior is None:
            return None
        if toks[1].low in self.lex.younger:
            return _Who((junior,), None, "generation")
        return _Who((next(o for o in first if o != junior),), None, "generation")

    def body_role_holder(self, p: _Para, toks: list[_Tok], head: list[str], head_end: int,
                         determiner: tuple[str | None, bool] | None) -> _Who | None:
        """« Le sous-préfet, Arnaud Le Goarant, défend un arrêté. « … », a expliqué le
        représentant de l'État »: a definite singular role in a named body (a person noun
        with its complement, not a possessive's « son porte-parole ») is the person this
        paragraph named last before it, of the noun's gender, not named in the quotation."""
        lex = self.lex
        noun = head[-1]
        if determiner is None or not determiner[1] or determiner[0] == "p" \
                or head_end >= len(toks) or len(head) < 2 \
                or toks[0].low in lex.possessives \
                or toks[0].low in lex.demonstrative_determiners \
                or toks[head_end].low not in lex.complements \
                or noun not in lex.persons or noun in lex.kin or noun in lex.relation_nouns \
                or noun in lex.peers or noun in lex.rivals or noun in lex.counterparts \
                or noun in lex.relative or any(w in lex.former for w in head):
            return None
        phrase = " ".join(t.low for t in toks[1:]) + " "
        if any(phrase.startswith(k + " ") for k in lex.periphrases):
            return None  # « le représentant de l'État » is an office's holder, or nobody named
        # (not a role relative to a person: « le conseiller de la ministre », "the mother of
        # Ray Lopez", « l'avocat de la famille »)
        for t in toks[head_end + 1:]:
            if t.start in p.starts or t.low in lex.persons or t.low in lex.kin \
                    or t.low in lex.group_nouns or t.low in lex.collectives:
                return None
        gender = lex.persons.get(noun) or determiner[0]
        who = self.resolve(p, gender if gender in ("f", "m") else None, toks[0].start,
                           paragraphs=0)
        if who is None or len(who.ids) != 1:
            return None
        # the person holds no other office the article tied to them, nor this one (the ties
        # decide then: « le ministre de l'Intérieur » is not « le ministre du Travail »)
        nouns = {noun, *lex.role_synonyms.get(noun, ())}
        for word, ties in self.bindings.items():
            if (word in nouns or word in lex.offices) and any(
                    pid == who.ids[0] and not former for _a, _b, pid, _c, former in ties):
                return None
        return who.with_rule("body-role")

    def rank_mentions(self) -> None:
        """A family name written after a determiner and a word of rank ("the younger
        Brenchley", « le cadet Ferrand ») is the junior or the senior of the two people of the
        article who bear it (``generation``), whoever the name alone was taken for: the
        mention, for every rule that reads it (the subject, a pronoun taking it up)."""
        words = self.lex.younger | self.lex.elder
        for p in self.paras:
            # (a paragraph without a mention outside quotations has nothing to rank)
            if not p.starts or not any(w in p.lowered for w in words):
                continue
            for start, m in list(p.starts.items()):
                q = bisect.bisect_left(p.tok_starts, start)
                if m.kind == "pronoun" or q < 2 or p.toks[q - 1].low not in words \
                        or p.toks[q - 2].low not in self.lex.determiners \
                        or not p.tight(q - 1, q) or not p.tight(q - 2, q - 1):
                    continue
                ranked = self.generation(p, p.toks[q - 2:q + 1])
                if ranked is None or ranked.ids == (m.person,):
                    continue
                moved = dataclasses.replace(m, person=ranked.ids[0])
                p.starts[start] = moved
                if p.ends.get(m.span.end) is m:
                    p.ends[m.span.end] = moved
                self.ordered = [(i, s, moved if x is m else x) for i, s, x in self.ordered]

    def kin_of_family(self, p: _Para, start: int, family: str) -> bool:
        """A kin word, right after a person of that family name, comes before ``start``:
        "Okoro's older brother Marcus", « le fils de Graham Pettigrew, Cody »."""
        k = bisect.bisect_left(p.tok_starts, start)
        words = [t.low for t in p.toks[max(0, k - 4):k]]
        if not any(w in self.lex.kin for w in words):
            return False
        return any(
            start - 40 <= st < start and (person := self.people.get(m.person)) is not None
            and fold(person.name.split()[-1]) == family for st, m in p.starts.items())

    def family_pair(self, p: _Para, pos: int) -> _Who | None:
        """The one woman and one man named before ``pos`` who share a family name, when the
        article names only one such pair: « le couple », "the couple"."""
        named: list[str] = []
        for para, start, m in self.ordered:
            if (para, start) >= (p.index, pos):
                break
            if m.kind != "pronoun" and m.person not in named:
                named.append(m.person)
        families: dict[str, dict[str, set[str]]] = {}
        for pid in named:
            person = self.people.get(pid)
            gender = self.gender(pid)
            if person is None or " " not in person.name.strip() or gender not in ("f", "m"):
                continue
            family = fold(person.name.split()[-1])
            # (a double name shares each of its parts: "Adaeze Okafor-Marsh", "Julian Marsh")
            for key in {family, *family.split("-")}:
                families.setdefault(key, {}).setdefault(gender, set()).add(pid)
        pairs = {(next(iter(g["f"])), next(iter(g["m"]))) for g in families.values()
                 if len(g.get("f", ())) == 1 and len(g.get("m", ())) == 1}
        if len(pairs) == 1:
            return _Who(tuple(sorted(next(iter(pairs)))), None, "family-pair")
        # "Wilbert and Yvonne Landry … Sgt. Paul Landry, no relation … the couple": the last
        # two people of one family name written together
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        while k >= 0:
            para, _start, m = self.ordered[k]
            ids = self.joint(self.paras[para], m)
            if len(ids) == 2 and len({fold(self.people[i].name.split()[-1]) for i in ids
                                      if i in self.people}) == 1:
                return _Who(tuple(sorted(ids)), None, "family-pair-joint")
            k -= 1
        return None

    def view_relative(self, p: _Para, open_at: int) -> _Who | None:
        """« …, a estimé le magistrat, pour qui l'ancien directeur a « abîmé une génération »
        »: quoted words in a relative giving somebody's view are theirs (the phrase before
        the relative)."""
        s, _e = p.sentence(open_at)
        found = None
        for m in self.lex.view_relatives.finditer(p.masked, s, open_at):
            found = m
        if found is None or any(ch in ",;:.!?" for ch in p.masked[found.end():open_at]):
            return None  # (the quotation stands in the relative clause itself)
        a, _b = p.tok_range(s, open_at)
        j = bisect.bisect_left(p.tok_ends, found.start() + 1) - 1
        while j >= a and p.toks[j].end > found.start():
            j -= 1
        if j < a:
            return None
        who = self.np_before(p, j, a)
        return who.with_rule("view-of-" + who.rule) if who is not None and who.ids else None

    def relayed(self, p: _Para, start: int) -> bool:
        """The attribution after a closing mark is an outlet relaying words ("…", the agency
        reported; « … », rapporte Le Parisien): a reporting verb closes it or opens it."""
        _s, e = p.sentence(start)
        a, b = p.tok_range(start, e)
        return any(p.toks[i].low in self.lex.relaying for i in range(a, min(b, a + 8)))

    def taken_up(self, p: _Para, start: int) -> _Who | None:
        """« « Je croyais à une blague. » C'est par ces mots qu'Hélène X a accueilli la
        nouvelle »: the sentence after the quotation takes its words up; the name right after
        the phrase, its subject, said them."""
        _s, e = p.sentence(start)
        if not p.masked[start:e].strip(" \t\n\u00a0\u202f."):
            if e >= len(p.text):
                return None
            _s, e = p.sentence(e)  # (the quotation closed its sentence: the next one)
        found = self.lex.words_taken_up.search(p.lowered, start, e)
        if found is None:
            return None
        a, b = p.tok_range(found.end(), e)
        # the subject right after the phrase (« … qu'Hélène X a accueilli », "With those
        # words, X opened"), not a person the words were about or handed to
        for q in range(a, min(b, a + 3)):
            m = p.starts.get(p.toks[q].start)
            if m is not None:
                return _Who(self.joint(p, m), None, "taken-up") \
                    if m.kind != "pronoun" and not self.passive_after(p, m, b) else None
            if p.toks[q].low in self.lex.determiners:
                # (« … qu'a lancée l'ancien ministre, Gérard X, », « ceux de la commissaire
                # Ingrid X »: the name a description opening the phrase holds)
                z = self.description_end(p, q, b)
                if z is None:
                    return None
                m = self.apposed_name(p, z, b)
                if m is None and z + 1 < b and p.tight(z, z + 1) and not p.gap(z, z + 1):
                    m = p.starts.get(p.toks[z + 1].start)
                return _Who(self.joint(p, m), None, "taken-up") if m is not None \
                    and m.kind != "pronoun" and not self.passive_after(p, m, b) else None
            if p.toks[q].low not in self.lex.inversion:  # (« … qu'Hélène X a accueilli »)
                return None
        return None

    def passive_after(self, p: _Para, m: Mention, b: int) -> bool:
        """A passive verb follows the mention within a few words (« C'est par cette phrase que
        X avait été accueilli »: the words were said to X)."""
        k = bisect.bisect_left(p.tok_starts, m.span.end)
        return any(t.low in self.lex.passive_auxiliaries for t in p.toks[k:min(b, k + 3)])

    def names_a_thing(self, p: _Para, m: Mention) -> bool:
        """The mention qualifies a thing: a determiner or possessive, then a noun that names
        no person, written tight before it (« son badge Mercier-Lantz », "the Hsu campaign")."""
        k = bisect.bisect_left(p.tok_starts, m.span.start)
        if k < 2 or not p.tight(k - 2, k - 1) or not p.tight(k - 1, k):
            return False
        noun, det = p.toks[k - 1], p.toks[k - 2]
        lex = self.lex
        return noun.text.islower() and noun.low not in lex.persons \
            and noun.low not in lex.kin and _guessed_person(lex, noun.low) is False \
            and not self.is_speech(noun) \
            and (det.low in lex.determiners or det.low in lex.possessives)

    def cataphora(self, p: _Para, gender: str, pos: int) -> _Who | None:
        """« Il avait promis un « congrès de rassemblement ». […] Thibault X, 39 ans, a été
        élu… »: a pronoun before anybody is named takes up the first person of its gender the
        paragraph names after it, outside quotations (a lead that names its subject late)."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos))
        if k > 0:
            return None  # somebody was named before: not a cataphora
        for start in sorted(p.starts):
            m = p.starts[start]
            if start <= pos or m.kind == "pronoun" or p.in_quote(start):
                continue
            found = self.gender(m.person)
            if found == gender:
                return _Who((m.person,), None, "cataphora")
            if found is not None:
                return None  # the first person named is of the other gender
        return None

    def described_before_quote(self, p: _Para, gender: str, pos: int,
                               pronoun: bool = False) -> _Who | None:
        """« La Japonaise, tenante du titre, est restée agenouillée. « … », a-t-elle déclaré »:
        a pronoun after a quotation takes up the description of that gender opening the
        sentence just before the quotation, when that sentence names nobody."""
        n = bisect.bisect_right(p.sentences, pos) - 1
        # back to the sentence before the one the quotation opens
        stop = n - _SENTENCES_BACK
        while n >= 0 and (p.in_quote(p.sentences[n])
                          or p.text[p.sentences[n]:pos].lstrip()[:1] in "«“\""):
            n -= 1
            if n < stop:
                return None  # (a paragraph of hundreds of quotations: no sentence before)
        if n < 0:
            # the quotation opens its paragraph: for a pronoun, the last sentence of the one
            # before ("The attorney … was more cautious than her companion.¶"We have been
            # here before," she said."); a description says who it is itself
            if not pronoun or p.index == 0 or p.masked[:p.sentences[0]].strip() \
                    or p.text.lstrip()[:1] not in "«“\"":
                return None
            p = self.paras[p.index - 1]
            if not p.sentences or p.in_quote(p.sentences[-1]):
                return None
            n = len(p.sentences) - 1
        s, e = p.sentences[n], p.sentence(p.sentences[n])[1]
        a, b = p.tok_range(s, e)
        opener = p.starts.get(p.toks[a].start) if a < b else None
        if pronoun and opener is not None and opener.kind == "epithet" \
                and self.gender(opener.person) in (gender, None):
            # "The quarterback remembered it too. "I told myself…," he said": the
            # description tied to a name opening the sentence before
            return _Who((opener.person,), None, "described-before-quote")
        if any(s <= st < e for st in p.starts):
            return None
        if a < b and p.toks[a].low not in self.lex.determiners:
            # « À la sortie de l'audience, l'ancien ministre a lu une déclaration »
            fronted = self.after_fronted(p, a, b)
            if fronted is not None and fronted < b \
                    and (p.toks[fronted].low in self.lex.determiners
                         or p.toks[fronted].low in self.lex.singular_possessives):
                a = fronted
        kin = self.possessed_kin(p, a, b) if a < b else None
        if kin is not None and len(kin.ids) == 1 and self.gender(kin.ids[0]) in (gender, None):
            # "Speaking by phone a few days later, her mother laughs at this. "…," she insists"
            return kin.with_rule("described-before-quote")
        other = self.possessed_counterpart(p, a, b)
        if other is not None and self.gender(other.ids[0]) in (gender, None):
            # « Son homologue a marqué ses distances. « … », a-t-il prévenu »
            return other.with_rule("described-before-quote")
        latter = self.latter(p, a, forward=True) if a < b else None
        if latter is not None and latter[0] in (gender, ""):
            # « Cette dernière n'a pas encore lu le livre. « … », avoue la septuagénaire »,
            # "The latter conceded. "…," he said"
            who = self.resolve_latest(p, latter[0] or gender, p.toks[a].start)
            return who.with_rule("described-before-quote") \
                if who is not None and len(who.ids) == 1 else None
        former = self.former_reference(p, a, b) if a < b else None
        if former is not None and self.gender(former.ids[0]) in (gender, None):
            # « Le second a doublé la mise. « … », a-t-il expliqué »
            return former.with_rule("described-before-quote")
        det = self.lex.determiners.get(p.toks[a].low) if a < b else None
        if det is None or not det[1] or det[0] == "p":
            return None
        z = a + 1
        while z < b and z - a <= 3 and p.tight(z - 1, z):
            # (a capitalised demonym may open the sentence: « La Japonaise, … »)
            who = self.classify_np(p, a, z, initial=True)
            if who is not None and len(who.ids) == 1 \
                    and who.rule in ("description", "salient-description", "native", "age") \
                    and self.gender(who.ids[0]) in (gender, None):
                # ("the 62-year-old" after "Michael Tobin, aged 62,": the age says who)
                return who.with_rule("described-before-quote")
            z += 1
        return None

    def described_previous_subject(self, p: _Para, gender: str, pos: int) -> _Who | None:
        """« L'ancien ministre a toujours nié. Interrogé la veille, il avait répondu : « … » »:
        a pronoun opening its sentence (after a fronted phrase) takes up the description that
        opens the sentence before, in its paragraph, when that one names nobody in its first
        words (a name further on is an object)."""
        s, e = p.sentence(pos)
        if self.opening_pronoun(p, s, e) != pos:
            return None
        n = bisect.bisect_right(p.sentences, s) - 2
        if n < 0 or p.in_quote(p.sentences[n]):
            return None
        ps = p.sentences[n]
        a, b = p.tok_range(ps, s)
        if a >= b or p.toks[a].low not in self.lex.determiners:
            return None
        # (names after its speech verb are what it said: "The 67-year-old said his hero was
        # the astronomer X. "…," he said" is the subject's; a name before the verb, in
        # apposition, is the subject itself)
        verb = next((v for v in range(a + 1, b)
                     if self.is_verb(p, v) and self.is_speech(p.toks[v])), b)
        if any(ps <= st < s and st < p.toks[min(verb, b - 1)].start for st in p.starts) \
                or (verb == b and any(ps <= st < s for st in p.starts)):
            return None
        who = self.described_subject(p, a, b)
        if who is None or len(who.ids) != 1 or self.gender(who.ids[0]) not in (gender, None):
            return None
        return who.with_rule("described-previous-subject")

    def plural_subject(self, p: _Para, pos: int) -> _Who | None:
        """« Les deux hommes étaient venus ensemble. « … », assurent-ils »: a plural noun
        phrase that opens one of the last sentences before ``pos`` outside quotations, after
        the last person named, and counts the people it stands for."""
        n = bisect.bisect_right(p.sentences, pos) - 1
        named = max((st for st in p.starts if st < pos and not p.in_quote(st)), default=-1)
        for s in reversed(p.sentences[max(0, n - 3):n + 1]):
            if s <= named:
                return None
            a, b = p.tok_range(s, min(p.sentence(s)[1], pos))
            if a >= b or p.in_quote(p.toks[a].start):
                continue
            det = self.lex.determiners.get(p.toks[a].low)
            if det is None or det[0] != "p" or not det[1]:
                continue
            if a + 2 < b and p.toks[a + 1].low in self.lex.numbers \
                    and p.toks[a + 2].low[:-1] in self.lex.persons:
                who = self.classify_np(p, a, a + 2)
                if who is not None and len(who.ids) > 1:
                    return who.with_rule("plural-subject")
            return None
        return None

    def opening_pronoun(self, p: _Para, ps: int, s: int) -> int | None:
        """Where the subject pronoun opening the sentence [ps, s) stands (after a fronted
        phrase, if any), or None."""
        a, b = p.tok_range(ps, s)
        if a >= b:
            return None
        q: int | None = a
        if p.toks[a].low not in self.lex.pronouns:
            q = self.after_fronted(p, a, b)
        if q is None or p.toks[q].low not in self.lex.pronouns or (
                q + 1 < len(p.toks) and p.toks[q + 1].low in self.lex.impersonal):
            return None
        return p.toks[q].start

    def is_complement(self, p: _Para, m: Mention) -> bool:
        """The mention is the complement of a noun or a preposition (« de la réalisatrice »,
        « avec X »): the words before it do not make it a clause's subject."""
        k = bisect.bisect_left(p.tok_starts, m.span.start)
        if k >= 1 and p.toks[k - 1].low in self.lex.complements \
                and p.toks[k - 1].low in self.lex.determiners and p.tight(k - 1, k):
            return True  # « aux côtés des Le Goff »: « des » is « de les »
        j = k - 1
        while j >= 0 and p.toks[j].low in self.lex.determiners and p.tight(j, j + 1):
            j -= 1
        if j < 0 or not p.tight(j, k if j == k - 1 else j + 1):
            return False
        low = p.toks[j].low
        return low in self.lex.complements or low in self.lex.from_words \
            or low in self.lex.article_prepositions or low in self.lex.prepositions

    def contrasted_opening(self, p: _Para, gender: str, hi: int, pos: int) -> _Who | None:
        """The person a paragraph's first sentence [0, hi) opens with when it is a definite
        description or a demonym set off by a stressed pronoun of the gender (« La
        cinéaste, elle, », « Le Dacquois, lui, »), nobody of that gender named after it
        before ``pos``."""
        a, b = p.tok_range(0, hi)
        if a + 3 >= b or self.lex.determiners.get(p.toks[a].low) != (gender, True) \
                or p.toks[a].start in p.starts:
            return None
        z = a + 1
        while z + 1 < b and z - a < 4 and p.tight(z, z + 1):
            z += 1
        if z + 1 >= b or p.gap(z, z + 1) != "," \
                or self.lex.pronouns.get(self.lex.stressed.get(p.toks[z + 1].low,
                                                               p.toks[z + 1].low)) != gender \
                or z + 2 >= b or p.gap(z + 1, z + 2) != ",":
            return None
        if any(m.kind != "pronoun" and self.gender(m.person) in (gender, None)
               for m in p.starts.values() if p.toks[a].start <= m.span.start < pos):
            return None
        who = self.classify_np(p, a, z)
        if who is None or len(who.ids) != 1 or self.gender(who.ids[0]) != gender:
            return None
        return _Who(who.ids, None, "paragraph-topic-description")

    def paragraph_topic(self, p: _Para, word: str, pos: int, depth: int = 0) -> _Who | None:
        """A subject pronoun that goes on, sentence after sentence, from the start of its
        paragraph, where the previous paragraph also opens with it (« Elle partira au
        Svalbard, où une collègue, Ingrid Solheim, … ¶ Avant de partir, elle doit… Elle
        soupire »): the paragraph's topic, not a name met on the way. The previous paragraph
        may also open with a description or a name of that gender (« La chercheuse
        s'inquiète… »)."""
        if p.index == 0 or depth > 3:
            return None
        gender = self.lex.pronouns[word]
        s, _e = p.sentence(pos)
        here = self.opening_pronoun(p, s, _e)
        if here != pos:
            return None
        k = bisect.bisect_right(p.sentences, s) - 1
        while k > 0:
            lo, hi = p.sentences[k - 1], p.sentences[k]
            if k == 1 and depth == 0:
                # « La cinéaste, elle, se méfie… Elle évoque… puis se reprend : « … » »: the
                # paragraph opens with a description, set off by a stressed pronoun, that
                # the pronouns after it take up
                who = self.contrasted_opening(p, gender, hi, pos)
                if who is not None:
                    return who
            at = self.opening_pronoun(p, lo, hi)
            if at is None or p.toks[bisect.bisect_left(p.tok_starts, at)].low != word:
                return None
            if any(m.kind != "pronoun" and self.gender(m.person) in (gender, None)
                   for st, m in p.starts.items() if lo <= st < hi):
                return None
            k -= 1
        above = self.paras[p.index - 1]
        if above.kept and above.masked[:above.kept[0]].strip() == "":
            return None
        first_end = above.sentences[1] if len(above.sentences) > 1 else len(above.text)
        at = self.opening_pronoun(above, 0, first_end)
        if at is not None:
            if above.toks[bisect.bisect_left(above.tok_starts, at)].low != word:
                return None
            who = self.paragraph_topic(above, word, at, depth + 1) \
                or self.resolve(above, gender, at)
        else:
            who = self.opening_subject(above, 0, first_end)
            a, b = above.tok_range(0, first_end)
            if who is None and a + 1 < b and above.tight(a, a + 1) \
                    and self.lex.determiners.get(above.toks[a].low) == (gender, True) \
                    and above.toks[a + 1].low in self.lex.persons \
                    and self.lex.persons[above.toks[a + 1].low] in (gender, None):
                # « La chercheuse s'inquiète… » far from the name: taken up like a pronoun
                who = self.resolve(above, gender, above.toks[a].start)
        if who is None or len(who.ids) != 1 or self.gender(who.ids[0]) not in (gender, None) \
                or who.ids[0] in self.named_inside():
            return None
        for lo, hi in zip(above.sentences[1:], [*above.sentences[2:], len(above.text)]):
            other = self.opening_subject(above, lo, hi)
            if other is not None and len(other.ids) == 1 and other.ids[0] != who.ids[0] \
                    and self.gender(other.ids[0]) == gender \
                    and not self.pronoun_follows(above, other.ids[0], lo, hi, word):
                # "Lisa Chen … told reporters … Her deputy, Anna Ruiz, disagreed. ¶ "…," she
                # said": a later sentence of that paragraph opens with another person of the
                # pronoun's gender (not in a fronted phrase: "Flanked by the minister, Órla
                # Conneely, he conceded")
                return None
        return _Who(who.ids, None, "paragraph-topic")

    def pronoun_follows(self, p: _Para, pid: str, lo: int, hi: int, word: str) -> bool:
        """The first mention of ``pid`` in the sentence [lo, hi) is followed, past a comma, by
        the subject pronoun ``word``: the person stood in a fronted phrase."""
        for start in sorted(st for st in p.starts if lo <= st < hi):
            m = p.starts[start]
            if m.person == pid:
                after = p.lowered[m.span.end:m.span.end + 12].lstrip()
                return after.startswith(",") and _TOKEN_RE.findall(after)[:1] == [word]
        return False

    def relation_named(self, noun: str) -> bool:
        """The article ties the kin noun to somebody it names (« sa grand-mère, Dolores, »,
        « Son fils Bastien », « Annick, son épouse, »): « la grand-mère » may be that person."""
        return noun in self.inverse_relations or noun in self.relations \
            or any(rel == noun for _pi, _k, rel, _pid in self.possessive_ties)

    def narrator_kin(self, p: _Para, pos: int, gender: str) -> _Who | None:
        """« Ma tante a attendu dix ans. Quand je lui ai parlé du livre, elle m'a dit : « … » »:
        in the narrator's own words (an interview's answer), a pronoun that takes up a relative
        of the narrator (« ma tante », "my mother"), unnamed, in its sentence or the two before,
        with nobody of its gender named since: that relative, unnamed."""
        s, _e = p.sentence(pos)
        k = bisect.bisect_right(p.sentences, s) - 1
        lo = p.sentences[max(0, k - 2)]  # (this sentence and the two before)
        a, b = p.tok_range(lo, pos)
        found: int | None = None
        for i in range(a, b - 1):
            t, nxt = p.toks[i], p.toks[i + 1]
            if t.low in self.lex.first_person_possessives and nxt.low in self.lex.kin \
                    and self.lex.persons.get(nxt.low) == gender \
                    and not p.in_quote(t.start) and p.tight(i, i + 1):
                found = i + 1
        if found is None or (found + 1 < len(p.toks)
                             and p.toks[found + 1].start in p.starts):
            return None  # (« ma mère, Annick, »: named)
        if self.relation_named(p.toks[found].low):
            return None  # (« sa grand-mère, Dolores, » elsewhere in the article: named)
        if any(m.kind != "pronoun" and self.gender(m.person) in (gender, None)
               for at, m in p.starts.items() if p.toks[found].start < at < pos):
            return None
        return _Who((), p.text[p.toks[found - 1].start:p.toks[found].end], "narrator-kin")

    def source_subject(self, p: _Para, pos: int, gender: str | None) -> _Who | None:
        """An unnamed source that a pronoun takes up: the subject of its own or the previous
        sentence when it is a source noun phrase of the pronoun's grammatical gender."""
        s, _e = p.sentence(pos)
        k = bisect.bisect_right(p.sentences, s) - 1
        spans: list[tuple[_Para, int, int]] = [(p, s, pos)]
        if k >= 1:
            spans.append((p, p.sentences[k - 1], s))
            if k >= 2 and gender in ("f", "m") \
                    and self.opens_with_pronoun(p, p.sentences[k - 1], s, gender):
                # « La mère … n'a pas voulu donner son nom. Mais elle tenait à remercier le
                # vacancier. « … », a-t-elle soufflé »: the sentence before takes up the one
                # before it with the same pronoun
                spans.append((p, p.sentences[k - 2], p.sentences[k - 1]))
        elif p.index > 0 and not any(st < pos and m.kind != "pronoun"
                                     for st, m in p.starts.items()):
            # '¶One of them, who spoke on condition of anonymity, said the message was clear.¶
            # "…," she said': the last sentence of the paragraph before, when the unnamed
            # person it opens with speaks in it
            before = self.paras[p.index - 1]
            lo = before.sentences[-1]
            a, b = before.tok_range(lo, len(before.masked))
            if any(self.is_verb(before, i) for i in range(a, b)):
                spans.append((before, lo, len(before.masked)))
        for q, lo, hi in spans:
            a, b = q.tok_range(lo, hi)
            subject = self.past_fronted(q, a, b)
            if subject != a and not any(
                    (q.toks[k].low in self.lex.object_clitics
                     or q.toks[k].low in self.lex.object_pronouns)
                    and k + 1 < b and (self.is_verb(q, k + 1)
                                       or q.toks[k + 1].low in self.lex.past_auxiliaries)
                    for k in range(subject, b)):
                # (not « Lors du débat, en fin de séance, un habitant l'a interpellé. « … »,
                # a-t-il répondu »: the one questioned answers)
                a = subject
            past = -1  # the last token of a fronted phrase passed over (« Dans la salle, »)
            for i in range(a, min(b, a + 8)):
                if i <= past:
                    continue
                tok = q.toks[i]
                if tok.start in q.starts or tok.low in self.lex.pronouns:
                    break  # a person (or a pronoun) comes first
                one = self.lex.one_of.match(q.lowered, tok.start)
                if one is not None and one.end() <= hi and (q is p or i == a):
                    # "One of them, who spoke on condition of anonymity, said", « L'une
                    # d'elles raconte »: one person of a group, unnamed (not "One of them,
                    # Jerome, said")
                    z = bisect.bisect_left(q.tok_starts, one.end())
                    if any(t.start in q.starts for t in q.toks[z:z + 6]):
                        break
                    return _Who((), q.text[tok.start:one.end()], "unnamed-pronoun")
                det = self.lex.determiners.get(tok.low)
                if det is None:
                    # an introduction ("Lundi,", "In a statement,") may come before the subject
                    if tok.low in self.lex.intro or tok.text[:1].isupper() \
                            or (i + 1 < b and q.gap(i, i + 1) == ","):
                        continue
                    break
                z = i
                while z + 1 < b and z - i < 4 and q.tight(z, z + 1) \
                        and q.toks[z + 1].start not in q.starts:
                    z += 1
                words = [t.low for t in q.toks[i + 1:z + 1]]
                # (the noun before its complement: « Une employée du service de conformité »
                # is an employee, not a service)
                core = words[:next((n for n, w in enumerate(words)
                                    if n and w in self.lex.complements), len(words))]
                if not any(w in self.lex.sources or w in self.lex.persons for w in core):
                    core = words  # (« Un cadre de direction »: the complement tells)
                head = next((w for w in core if w in self.lex.sources), None)
                # (a capitalised word is a name's, not a noun for a person: « Dans un
                # entretien accordé à Jeune Afrique, il accuse »)
                person = next((w for n, w in enumerate(core) if w in self.lex.persons
                               and q.toks[i + 1 + n].text[:1].islower()), None)
                if head is not None and person is not None \
                        and core.index(person) > core.index(head):
                    head = person  # "A police spokeswoman": a noun before the person's
                if head is None and person is None and i == a + 1 and z + 1 < b \
                        and q.toks[a].low in self.lex.intro and q.gap(z, z + 1) == ",":
                    past = z  # « Dans la salle, une mère de famille… »: the subject follows
                    continue
                if i > a and q.tight(i - 1, i) and person is not None and (
                        q.toks[i - 1].low in self.lex.prepositions
                        or q.toks[i - 1].low in self.lex.article_prepositions
                        or self.is_participle(q.toks[i - 1])) \
                        and not self.lex.according.search(q.masked, q.toks[a].start, tok.start):
                    # « Puis, à une éducatrice qui lui tendait un carnet, elle a glissé »,
                    # « Citant un pêcheur du delta, il a poursuivi »: a person in a fronted
                    # complement is spoken to or of, not the subject the pronoun takes up
                    # (« Selon un conseiller, … », a-t-il expliqué »: the source is)
                    break
                if i > a and q.toks[i - 1].low in self.lex.intro and person is None \
                        and any(w in self.lex.documents for w in words):
                    # "In a letter seen by the Guardian, she warns": a document after a
                    # preposition is a fronted phrase, not the subject the pronoun takes up
                    comma = next((c for c in range(z, min(b - 1, i + 10))
                                  if q.gap(c, c + 1) == ","), None)
                    if comma is None:
                        break
                    past = comma
                    continue
                if any(t.start in q.starts for t in q.toks[z + 1:min(b, z + 7)]):
                    break  # one named right after: "Le porte-parole, X,"
                later = next((q.starts[t.start] for t in q.toks[z + 1:b]
                              if t.start in q.starts and self.lex.named_later.search(
                                  q.lowered, q.toks[z].end, t.start)), None)
                if later is not None and person is not None and not det[1]:
                    # "A woman across the street, who asked that only her first name, Brenda,
                    # be used, said": the name given later is hers
                    return _Who((later.person,), None, "named-later")
                # "The other former nurse said …", « L'autre infirmière raconte »: a definite
                # article and "other" make an unnamed person as an indefinite one does
                other = det[1] and i + 1 < b and q.toks[i + 1].low in self.lex.other_words
                indefinite = not det[1] or other
                if q is not p and (i != a or person is None or not indefinite):
                    break  # (the paragraph before: an indefinite person opening the sentence)
                if person is not None and indefinite and det[0] != "p" \
                        and (head is None or head == person):
                    # "Une ancienne employée …, a décrit … « … », a-t-elle témoigné": an
                    # unnamed person that the pronoun takes up (also a noun that is a source
                    # too: "a teacher held a sign. “…” she asked")
                    noun_gender = self.lex.persons[person] or det[0]
                    if gender in ("f", "m") and noun_gender in ("f", "m") \
                            and noun_gender != gender:
                        break
                    end = i + 1 + words.index(person)
                    if len(core) < len(words):
                        # (the label keeps the complement: « Une infirmière du service »)
                        end = i + 1 + max(n for n, w in enumerate(words)
                                          if w not in self.lex.complements
                                          and w not in self.lex.determiners)
                    return _Who((), q.text[tok.start:q.toks[end].end], "unnamed-pronoun")
                if head is None and det[1] and det[0] != "p" \
                        and gender in ("f", "m") and len(words) == 1 and core[0] in self.lex.kin \
                        and self.lex.persons.get(core[0], det[0]) == gender \
                        and q.toks[i].low not in self.lex.possessives \
                        and not self.relation_named(core[0]) \
                        and not any(m.kind != "pronoun" and self.gender(m.person) == gender
                                    for at, m in q.starts.items() if at < tok.start) \
                        and z + 1 < b and (q.gap(z, z + 1) == "," or self.is_verb(q, z + 1)):
                    # « La mère, qui était restée sur le bord, n'a pas voulu donner son nom.
                    # Mais elle tenait à remercier le vacancier. « … », a-t-elle soufflé »: a
                    # relative the article ties to nobody named, unnamed
                    return _Who((), q.text[tok.start:q.toks[z].end], "unnamed-kin-pronoun")
                if head is None and person is None and det[1] and det[0] != "p" \
                        and gender in ("f", "m") and det[0] == gender \
                        and i + 1 < b and q.toks[i + 1].text[:1].isupper() \
                        and q.toks[i + 1].start not in q.starts and z + 1 < b \
                        and not any(self.is_demonym(t.low) or t.low in self.lex.persons
                                    or t.text.isupper() or self.in_a_name(t.text)
                                    for t in q.toks[i + 1:z + 1]) \
                        and (q.gap(z, z + 1) == "," or self.is_verb(q, z + 1)) \
                        and not any(t.start in q.starts for t in q.toks[z + 1:b]):
                    # « La Haute Autorité de santé, saisie par le ministère, doit rendre un
                    # avis. Dans un communiqué, elle indique qu'elle « … » »: the body that
                    # opens the sentence before, named by capitals, is what the pronoun takes
                    # up, not the last woman named
                    return _Who((), q.text[tok.start:q.toks[z].end], "body-pronoun")
                if head is None or person is not None or head in self.lex.quiet_bodies:
                    break  # not a source (or one a pronoun does not take up)
                grammatical = det[0] if det[0] in ("f", "m") else self.ending_gender(head) \
                    if det[0] is None else None
                if core and core[0] in self.lex.number_nouns and gender != "p":
                    # « Devant une cinquantaine de parents, elle a reconnu »: a number of
                    # people is many, whatever its noun's gender; no singular pronoun's
                    break
                if gender in ("f", "m") and grammatical not in (None, gender):
                    break
                if gender in ("f", "m") and head in self.lex.thing_sources:
                    break  # "The decision, she points out, …": "she" is a person, not a body
                if (gender == "p") != (det[0] == "p"):
                    break  # (« Devant les juges, …, il a décrit »: a plural is not « il »)
                end = z
                while end > i and q.toks[end].low not in self.lex.sources:
                    end -= 1
                return _Who((), q.text[tok.start:q.toks[end].end], "source-pronoun")
            if lo != s:
                if len(spans) > 2 and (q, lo, hi) == spans[1]:
                    continue  # (on to the sentence before it, along a chain of the pronoun)
                break
            if any(t.start in q.starts for t in q.toks[a:b]):
                return None  # a person is named before the pronoun in its own sentence
        return None

    def past_fronted(self, q: _Para, a: int, b: int) -> int:
        """The token after the fronted phrases (at most two) that open the sentence at token
        a, each a time or a place closed by a comma and naming nobody: « Lors du temps
        d'échange, en fin de séance, un habitant… » (not « Selon X, »: a source)."""
        for _ in range(2):
            # (« A l'hôpital », the capital « À » written without its accent, as the AFP does)
            if a >= b or (q.toks[a].low not in self.lex.fronted_openers
                          and q.toks[a].text not in self.lex.unaccented_openers) \
                    or self.lex.according.match(q.masked, q.toks[a].start):
                break
            comma = next((c for c in range(a, min(b - 1, a + 12)) if q.gap(c, c + 1) == ","),
                         None)
            if comma is None or any(t.start in q.starts for t in q.toks[a:comma + 1]):
                break
            a = comma + 1
        return a

    def opens_with_pronoun(self, p: _Para, lo: int, hi: int, gender: str) -> bool:
        """The sentence p[lo:hi] has a subject pronoun of ``gender`` among its first words,
        after linking words only (« Mais elle tenait à… »), naming nobody before it."""
        a, b = p.tok_range(lo, hi)
        for i in range(a, min(b, a + 3)):
            tok = p.toks[i]
            if tok.start in p.starts:
                return False
            if self.lex.pronouns.get(tok.low) == gender:
                return True
            if tok.low not in self.lex.intro:
                return False
        return False

    def recent_people(self, p: _Para, pos: int, count: int, paragraphs: int = 1,
                      fits: Callable[[str], bool] | None = None) -> _Who | None:
        """The last ``count`` different people named before ``pos`` (this paragraph and the
        ``paragraphs`` before it), possessors left out, and those ``fits`` refuses: « Elle et
        son directeur … les deux chercheurs »."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        found: list[str] = []
        while k >= 0 and len(found) < count:
            para, _start, m = self.ordered[k]
            if para < p.index - paragraphs:
                break
            if m.person not in found and not self.is_possessor(self.paras[para], m) \
                    and (fits is None or fits(m.person)):
                found.append(m.person)
            k -= 1
        return _Who(tuple(reversed(found)), None, "group-count") if len(found) == count \
            else None

    def description_of_voice(self, cand: _Candidate, who: _Who) -> _Who | None:
        """« « … », dénonce-t-il. Le responsable professionnel réclame un plan « immédiat » »:
        a definite singular description opening the sentence, right after the words of one
        person in the same paragraph, with nobody named between, takes up that voice."""
        piece = cand.pieces[0]
        if piece.open_at is None or self.last is None or self.last_end is None \
                or len(self.last[1].ids) != 1 or self.last_end[0] != piece.para:
            return None
        p = self.paras[piece.para]
        s, _e = p.sentence(piece.open_at)
        if (s < self.last_end[1] and self.last[1].rule != "description-of-voice") \
                or who.label is None or not p.text[s:].startswith(who.label):
            return None  # (a second quotation of that sentence goes on in the voice)
        words = _TOKEN_RE.findall(who.label.lower())
        det = self.lex.determiners.get(words[0]) if words else None
        if det is None or not det[1] or det[0] == "p" or len(words) < 2 \
                or words[1] not in self.lex.persons:
            return None
        if any(min(s, self.last_end[1]) <= st < piece.open_at and m.kind != "pronoun"
               for st, m in p.starts.items()):
            return None
        return self.last[1].with_rule("description-of-voice")

    def couple_of_voices(self, p: _Para) -> _Who | None:
        """"Georgia's mother, Rebecca Sinclair, said … "…," Paul Sinclair said. ¶"…," the
        couple said": the last two voices, heard within the last four paragraphs, each one
        person, who share a family name."""
        heard = self.last_two_voices(p, paragraphs=4, past_joint=True)
        if len(heard) != 2:
            return None
        names = [self.people.get(pid) for pid in heard]
        surnames = {fold(person.name).split()[-1] for person in names
                    if person is not None and len(person.name.split()) > 1}
        if len(surnames) != 1 or any(person is None for person in names):
            return None
        return _Who(tuple(heard), None, "couple-of-voices")

    def last_two_voices(self, p: _Para, paragraphs: int, past_joint: bool) -> list[str]:
        """The last two different people heard alone, in the order they spoke, no more than
        ``paragraphs`` paragraphs before ``p``; a voice of several people ends the search, or
        with ``past_joint`` is passed over."""
        heard: list[str] = []
        for para, ids in reversed(self.voices):
            if para < p.index - paragraphs or len(heard) == 2:
                break
            if len(ids) != 1:
                if past_joint:
                    continue
                break
            if ids[0] not in heard:
                heard.append(ids[0])
        return heard[::-1]

    def possessed_counterpart(self, p: _Para, i: int, b: int) -> _Who | None:
        """A singular possessive at token i and a counterpart noun standing alone, an
        auxiliary, a speech verb or a comma after it (« Son homologue a marqué … », "His
        counterpart was …"): the other of the pair (:meth:`counterpart`); not « Son homologue
        italien »: a nationality picks one of several, which the pair rule cannot."""
        if i + 1 >= b or p.toks[i].low not in self.lex.singular_possessives \
                or (p.toks[i + 1].low not in self.lex.counterparts
                    and p.toks[i + 1].low not in self.lex.opponents):
            return None
        if i + 2 < len(p.toks) and p.gap(i + 1, i + 2) not in (",", ":"):
            def verb(tok: _Tok) -> bool:
                return tok.low in self.lex.past_auxiliaries \
                    or tok.low in self.lex.passive_auxiliaries or self.is_speech(tok)
            n = i + 2
            while n + 1 < b and not verb(p.toks[n]) and p.toks[n].low in self.lex.skip \
                    and p.tight(n, n + 1):
                n += 1  # (« Son rival n'a pas digéré »)
            if not verb(p.toks[n]):
                return None
        if p.toks[i + 1].low in self.lex.opponents:
            return self.opponent(p, p.toks[i].start)
        return self.counterpart(p, p.toks[i].start)

    def opponent(self, p: _Para, pos: int) -> _Who | None:
        """« Yann Kerbrat a pris le meilleur sur Erwan Guégan. Son rival n'a pas digéré… »,
        "X edged out Y. His rival was furious": of the two people named last, the one who is
        not the subject of their sentence (the possessor is the one the text is about)."""
        pair = self.recent_people(p, pos, 2)
        if pair is None:
            return None
        subjects = [pid for pid in pair.ids if self.opens_sentence(pid, p, pos)]
        if len(subjects) != 1:
            return None
        other = pair.ids[1] if subjects[0] == pair.ids[0] else pair.ids[0]
        return _Who((other,), None, "opponent")

    def opens_sentence(self, pid: str, p: _Para, pos: int) -> bool:
        """The last mention of ``pid`` before (p, pos), in this paragraph or the one before,
        is the first mention of its sentence, neither in a complement nor a possessor."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        while k >= 0:
            para, start, m = self.ordered[k]
            if para < p.index - 1:
                return False
            if m.person == pid:
                q = self.paras[para]
                s = q.sentence(start)[0]
                first = min((st for st in q.starts if s <= st and not q.in_quote(st)),
                            default=None)
                return first == start and not self.is_oblique(q, m) \
                    and not self.is_possessor(q, m)
            k -= 1
        return False

    def counterpart(self, p: _Para, pos: int) -> _Who | None:
        """« Son homologue », "his counterpart": the person last named (the possessor) has
        a counterpart, the other person named before it (this paragraph or the previous
        one): « X et Y se retrouveront… Le maire de A espère… Son homologue, plus prudent… »
        is Y when « le maire de A » is X."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        owner: str | None = None
        while k >= 0:
            para, _start, m = self.ordered[k]
            if para < p.index - 1:
                return None
            if owner is None:
                owner = m.person
            elif m.person != owner:
                return _Who((m.person,), None, "counterpart")
            k -= 1
        return None

    def rival(self, p: _Para, i0: int, i1: int, noun: str) -> _Who | None:
        """"his rival", « son adversaire », « sa rivale »: the other side of a contest, only
        where the article says who it is. The one it wrote the noun with a name for (« son
        principal adversaire, Yanis Bouaziz »); else, for a noun that tells a gender (« sa
        rivale », « son rival »), the one person of that gender named in this paragraph or the
        one before (else the one before that), outside quotations, who is not the voice just
        heard (unless the verb goes on with it: « Et son rival d'ajouter »), not a possessor of
        a thing and not somebody's relative. A name in apposition says it itself ("said his rival, Paul
        Girard"). A noun that tells no gender ("his rival", « son adversaire ») takes the one
        such person once the possessor, the voice just heard, is left out (of the pronoun's
        gender, if it tells one: "his"), else stays a label."""
        pos = p.toks[i0].start
        if i1 + 1 < len(p.toks) and p.gap(i1, i1 + 1).strip() == "," \
                and p.toks[i1 + 1].start in p.starts:
            return None  # (the name in apposition)
        tied = [pid for para, at, pid in self.relations.get(noun, ())
                if (para, at) < (p.index, pos)]
        if tied:
            return _Who((tied[-1],), None, "rival-tied")
        gender = self.lex.persons.get(noun)
        owner: tuple[str, ...] = ()
        if gender not in ("f", "m"):
            # "his rival" (English tells the possessor's gender, not the rival's): any
            # gender, the possessor left out, when one person only is left
            possessor = self.lex.possessive_pronouns.get(p.toks[i0].low)
            if possessor is None:
                return None
            # (the possessor: the voice just heard; no guess from the pronoun alone, the last
            # person named is as often the rival)
            if self.last is None or self.last[0] < p.index - 2 or len(self.last[1].ids) != 1:
                return None
            owner = self.last[1].ids
            # (a rival of the possessor's gender, as in most contests: "his rival")
            gender = self.lex.pronouns.get(possessor)
        goes_on = any(t.low in self.lex.continuing or t.low in ("ajouter", "add")
                      for t in p.toks[i1 + 1:i1 + 6])
        voice = self.last[1].ids if self.last is not None and self.last[0] >= p.index - 1 \
            and not goes_on else ()
        relatives = {pid for word, ties in self.relations.items() if word in self.lex.kin
                     for _para, _at, pid in ties}
        found: dict[str, int] = {}  # person -> the first paragraph back naming them
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        while k >= 0:
            para, start, m = self.ordered[k]
            k -= 1
            if para < p.index - 2:
                break
            if m.kind == "pronoun" or self.paras[para].in_quote(start) \
                    or self.is_possessor(self.paras[para], m) or m.person in voice \
                    or m.person in relatives or m.person in owner \
                    or (gender in ("f", "m") and self.gender(m.person) != gender):
                continue
            found.setdefault(m.person, para)
        near = [pid for pid, para in found.items() if para >= p.index - 1]
        if len(near) == 1:  # (this paragraph and the one before first, then one more)
            return _Who((near[0],), None, "rival")
        return _Who((next(iter(found)),), None, "rival") if not near and len(found) == 1 \
            else None

    def gendered_source(self, p: _Para, i0: int, i1: int, head: list[str],
                        determiner: tuple[str | None, bool] | None) -> _Who | None:
        """« a assuré la porte-parole », « confie cette amie d'enfance », « s'est indignée sa
        consœur »: a noun for one person, of a gender the noun or its determiner tells, is
        the one person of that gender named just before, outside quotations, not named in the
        quotation and not a possessor of a thing — unless an unnamed one (« une
        porte-parole », "a witness") was brought in before it. Definite or demonstrative, a
        source noun for one person (``one_person_sources``); possessed, a peer or a partner
        whose possessor is the one voice just heard, who is left out (« son avocat » of
        somebody not heard yet is somebody new)."""
        toks = p.toks
        first = toks[i0].low
        possessed = first in self.lex.possessives
        if len(head) < 2 or not (possessed or (determiner is not None and determiner[1]
                                                and determiner[0] != "p")):
            return None
        noun = head[1]
        if (noun not in self.lex.peers and noun not in self.lex.partners) if possessed \
                else noun not in self.lex.one_person_sources:
            return None
        gender = self.lex.persons.get(noun)
        if gender not in ("f", "m"):
            gender = self.lex.possessive_genders.get(first) if possessed and not (
                toks[i0 + 1].low.startswith(self.lex.vowel_initials)) \
                else (determiner[0] if determiner is not None and not possessed else None)
        if gender not in ("f", "m"):
            return None
        for j in range(i1 + 1, min(i1 + 5, len(toks))):
            # (the name in apposition, maybe after a complement: « son président, Patrick
            # Ménard », « son avocat, Me Julien Sarrazin », « l'expert en art Tobias X »)
            if p.gap(j - 1, j).strip(" '’") not in ("", ",") or (
                    j > i1 + 1 and p.gap(j - 1, j).strip() == ","):
                break
            if self.past_titles(p, toks[j].start) in p.starts:
                return None
            if not toks[j].text[:1].islower():
                break
        pos = toks[i0].start
        if (not possessed and self.unnamed_nearer(p, i0)) \
                or self.introduced_unnamed(p, noun, pos) or self.noun_said_before(p, i0, noun):
            return None
        # A definite noun (« le témoin ») takes up only a person named in its sentence or
        # the one before (« L'expertise dit autre chose. … conclut l'expert » is somebody
        # else); a demonstrative or a possessive, anybody of this paragraph or the one before.
        demonstrative = first in self.lex.demonstrative_determiners
        since = self.previous_sentence_start(p, pos) \
            if not possessed and not demonstrative else None
        inside = self.named_inside()
        # (the complement's words that tell something: « des parents », « de l'État »)
        complement = {t.low for t in toks[i0 + len(head):i1 + 1]
                      if len(t.low) > 3
                      and t.low not in self.lex.complements and t.low not in self.lex.determiners}
        voice: tuple[str, ...] = ()
        if possessed:  # the possessor: the one voice just heard
            if self.last is None or self.last[0] < p.index - 1 or len(self.last[1].ids) != 1:
                return None
            voice = self.last[1].ids
        found: set[str] = set()
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        while k >= 0:
            para, start, m = self.ordered[k]
            k -= 1
            if para < p.index - 1 or (since is not None and (para, start) < since):
                break
            if m.kind == "pronoun" or self.paras[para].in_quote(start) \
                    or self.is_possessor(self.paras[para], m) or m.person in voice \
                    or m.person in inside or self.gender(m.person) != gender \
                    or not self.lex.case_parties.isdisjoint(self.roles.get(m.person, ())):
                # (not the person the case is about: « Le suspect, X, … a raconté ce témoin »)
                continue
            if complement and not possessed and not demonstrative:
                # « la représentante des parents »: a definite noun's complement is in the
                # sentence naming the person (« X préside l'association des parents »)
                a, b = self.paras[para].sentence(start)
                if not complement <= {t.low for t in self.paras[para].toks[
                        slice(*self.paras[para].tok_range(a, b))]}:
                    continue
            found.add(m.person)
        if len(found) != 1:
            return None
        return _Who((found.pop(),), None, "gendered-source")

    def noun_said_before(self, p: _Para, i0: int, noun: str) -> bool:
        """The noun was written before token i0, outside quotations, in its paragraph or the
        one before ("After meeting the spokesman, Colonel X told …¶ … the spokesman said"):
        the person it names there, whom the article did not tie to a name."""
        for para, end in ((p, i0), (self.paras[p.index - 1], None)) if p.index else ((p, i0),):
            for t in para.toks[:end]:
                if t.low == noun and not para.in_quote(t.start):
                    return True
        return False

    def other_of_pair(self, p: _Para, i0: int, noun: str, pid: str) -> _Who | None:
        """« Françoise X, 74 ans, et sa petite-fille, Clara X, 19 ans … « … », soupire la
        septuagénaire. « … », sourit l'étudiante »: a description other than the one that
        just named the voice heard, in its paragraph, is the other person of that gender the
        paragraph named — not the same voice again (a verb that goes on, « a ajouté la
        trentenaire », keeps it)."""
        pos = p.toks[i0].start
        if self.last is None or self.last[0] != p.index or self.last[1].ids != (pid,) \
                or (i0 >= 1 and p.toks[i0 - 1].low in self.lex.continuing):
            return None
        if any(at < (p.index, pos) and who == pid
               for at, who in self.described_speakers.get(noun, {}).items()):
            return None  # (this very noun named the voice before)
        spans = [q for q in p.quoted if q[1] <= pos]
        if len(spans) < 2 or not self.last[1].rule.endswith(_DESCRIBED_RULES):
            return None
        since = p.sentence(spans[-2][0])[0]
        if any(since <= st < spans[-1][0] and m.person == pid and m.kind != "epithet"
               for st, m in p.starts.items()):
            return None  # (the voice was named, or taken up by a pronoun, not described)
        gender = self.gender(pid)
        inside = self.named_inside()
        def in_complement(m: Mention) -> bool:
            # « sous les yeux de son père, Thierry X »: a relative in a complement
            k = bisect.bisect_left(p.tok_starts, m.span.start)
            return k >= 3 and p.toks[k - 1].low in self.lex.kin \
                and p.toks[k - 2].low in self.lex.possessives \
                and (p.toks[k - 3].low in self.lex.complements
                     or p.toks[k - 3].low in self.lex.prepositions)

        others = {m.person for st, m in p.starts.items()
                  if st < pos and m.kind != "pronoun" and not p.in_quote(st)
                  and m.person != pid and m.person not in inside and not in_complement(m)
                  and not self.weak_mention(p, m) and self.gender(m.person) == gender}
        if gender not in ("f", "m") or len(others) != 1:
            return None
        return _Who((others.pop(),), None, "other-of-pair")

    def previous_sentence_start(self, p: _Para, pos: int) -> tuple[int, int]:
        """(paragraph, offset) where the sentence before the one holding ``pos`` starts: the
        last sentence of the paragraph before when ``pos`` is in its paragraph's first
        sentence."""
        s, _e = p.sentence(pos)
        k = bisect.bisect_right(p.sentences, s) - 1
        if k >= 1:
            return p.index, p.sentences[k - 1]
        if p.index == 0:
            return p.index, 0
        above = self.paras[p.index - 1]
        return above.index, above.sentences[-1] if above.sentences else 0

    def peer_voice(self, p: _Para, pos: int) -> _Who | None:
        """« Parmi eux, X. Le physico-chimiste se souvient, « … ». « Hélène avait une
        intuition… », résume son collègue »: the peer of the person the quotation speaks of is
        the one voice this paragraph heard before, when the quotation speaks of somebody else
        and the paragraph names nobody else (« son collègue » of that voice is unnamed)."""
        if self.last is None or self.last[0] != p.index or len(self.last[1].ids) != 1:
            return None
        voice = self.last[1].ids[0]
        spoken_of = self.named_inside()
        if not spoken_of or voice in spoken_of:
            return None
        if any(m.kind != "pronoun" and m.person not in spoken_of and m.person != voice
               for st, m in p.starts.items() if st < pos and not p.in_quote(st)):
            return None  # somebody else named in the paragraph
        return _Who((voice,), None, "peer-voice")

    def named_just_before(self, p: _Para, pos: int) -> bool:
        """The last person named before ``pos`` is in its sentence or the one before, same
        paragraph, outside any quotation."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        if k < 0 or self.ordered[k][0] != p.index:
            return False
        start = self.ordered[k][1]
        s, _e = p.sentence(pos)
        n = bisect.bisect_right(p.sentences, s) - 1
        lo = p.sentences[n - 1] if n >= 1 else s
        return start >= lo and not p.in_quote(start)

    def recent_group(self, p: _Para, pos: int) -> _Who | None:
        """People named together ("Brown and Green") in the last sentence naming anyone."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        if k < 0:
            return None
        para, start, _m = self.ordered[k]
        if para < p.index - 1:
            return None
        sentence = self.paras[para].sentence(start)[0]
        seen: list[str] = []  # « X a rencontré Y. « … », ont-ils assuré »: both
        while k >= 0 and self.ordered[k][0] == para \
                and self.paras[para].sentence(self.ordered[k][1])[0] == sentence:
            m = self.ordered[k][2]
            ids = self.joint(self.paras[para], m)
            if len(ids) > 1:
                return _Who(ids, None, "group")
            if m.person not in seen and not self.is_possessor(self.paras[para], m):
                seen.insert(0, m.person)
            k -= 1
        if len(seen) == 2:
            return _Who(tuple(seen), None, "sentence-group")
        if len(seen) == 1:
            # « …un jeune couple, Kenza et Hugo Ferrand, qui reprendront… Mardi, Monique leur
            # a transmis son levain. « … », confient-ils »: one person is no « ils »; the
            # people named together a sentence or two before in the paragraph are
            q = self.paras[para]
            n = bisect.bisect_right(q.sentences, sentence) - 1
            lo = q.sentences[max(0, n - 2)]
            while k >= 0 and self.ordered[k][0] == para and self.ordered[k][1] >= lo:
                ids = self.joint(q, self.ordered[k][2])
                if len(ids) > 1 and not q.in_quote(self.ordered[k][1]):
                    return _Who(ids, None, "earlier-group")
                k -= 1
            # « À côté d'elle, sa collègue Manon hoche la tête. « … », disent-elles »: the
            # person named and the one a pronoun of that sentence takes up
            a, b = q.tok_range(sentence, q.sentence(sentence)[1])
            for t in q.toks[a:b]:
                word = self.lex.stressed.get(t.low, t.low)
                if self.lex.pronouns.get(word) in ("f", "m") and not q.in_quote(t.start) \
                        and t.start not in q.starts and (t.start, q.index) < (pos, p.index):
                    other = self.resolve(q, self.lex.pronouns[word], t.start,
                                         exclude=frozenset(seen))
                    if other is not None and other.ids:
                        return _Who((other.ids[0], seen[0]), None, "sentence-group-pronoun")
                    break
        return None

    def resolve(self, p: _Para, gender: str | None, pos: int,
                paragraphs: int = 6, exclude: frozenset[str] = frozenset()) -> _Who | None:
        """The most recent mention before (p, pos), outside quotations, of that gender, no
        more than ``paragraphs`` paragraphs back."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos)) - 1
        best: Mention | None = None
        best_sentence: tuple[int, int] | None = None
        owner: Mention | None = None  # a possessor: "Falk's mother", "l'adjoint de Sadi"
        inside = self.named_inside()
        if inside:
            exclude = exclude | inside
        unnamed: str | None = None  # « L'avocat de X plaide… il »: the lawyer, unnamed
        later: Mention | None = None  # the candidate after the leftmost one, same sentence
        latest: Mention | None = None  # the last candidate of that sentence
        here = (p.index, p.sentence(pos)[0])
        while k >= 0:
            para, start, m = self.ordered[k]
            if para < p.index - paragraphs:
                break
            sentence = (para, self.paras[para].sentence(start)[0])
            if (best or owner or unnamed) is not None and sentence != best_sentence:
                break
            if sentence == here and m.kind == "epithet" \
                    and m.text.split()[0].lower() in self.lex.possessives:
                # "Visiting her mum … shaped her, she said": the relative the pronoun's own
                # sentence calls by a possessive is not the pronoun, its possessor is
                k -= 1
                continue
            known = self.gender(m.person)
            possessor = self.is_possessor(self.paras[para], m)
            possessed = self.possessed_subject(self.paras[para], m, sentence[1]) \
                if possessor and gender in ("f", "m") else None
            if possessed is not None and possessed[1] in (None, gender):
                unnamed = possessed[0]
                best_sentence = sentence
            elif m.person in exclude:
                pass
            elif gender is None or known is None or known == gender:
                # the leftmost in the nearest sentence, a possessor only when it is alone
                if possessor:
                    owner = m
                else:
                    if best is not None:
                        later = best
                    else:
                        latest = m
                    best = m
                best_sentence = sentence
            k -= 1
        if later is not None and best is not None and best_sentence is not None \
                and (self.in_fronted_phrase(self.paras[best_sentence[0]], best_sentence[1],
                                            best, later)
                     or self.kin_before_subject(self.paras[best_sentence[0]], best, later)):
            # « Après avoir rencontré Claire Morel, Nadia Benali a pris la parole »: the name
            # in the fronted phrase is not the subject
            best = later
        elif later is None and gender in ("f", "m") and best is not None \
                and best_sentence is not None:
            # « Entré à la place de son frère, X, l'ouvreur de 21 ans a passé… »: the name
            # closes a fronted phrase; the description after it is the subject
            who = self.fronted_description(self.paras[best_sentence[0]], best_sentence[1],
                                           best, gender, exclude)
            if who is not None:
                return who
        if gender in ("f", "m") and best is not None and best_sentence is not None:
            # « Elle a rencontré la maire, Nadia Benali. « … », a-t-elle annoncé »: a pronoun
            # of that gender as the subject before the name is the topic going on
            bp = self.paras[best_sentence[0]]
            a, b = bp.tok_range(best_sentence[1], best.span.start)
            fronted = self.after_fronted(bp, a, b) \
                if b - a > 4 and self.kin_of_subject(bp, best) else None
            # (« Céréalier depuis 1991, il a vu son fils X reprendre… »: after a fronted
            # phrase, when the name is the subject's relative)
            topic = next((bp.toks[i] for i in (*range(a, min(b, a + 4)),
                                               *((fronted,) if fronted is not None else ()))
                          if self.lex.pronouns.get(bp.toks[i].low) == gender
                          and not (i + 1 < len(bp.toks)
                                   and bp.toks[i + 1].low in self.lex.impersonal)), None)
            name_at = bisect.bisect_left(bp.tok_starts, best.span.start)
            if topic is not None and b - a > 1 and bp.gap(name_at - 1, name_at).strip() == "," \
                    and bp.toks[a].text[:1].isupper() and bp.toks[a].start not in bp.starts \
                    and self.lex.pronouns.get(bp.toks[a].low) is None:
                # "Asked what he would do with his cheque, Pennefather grinned": the pronoun
                # in the fronted phrase takes up the name after it, not somebody before
                topic = None
            if topic is not None and (bp.index, topic.start) < (p.index, pos):
                who = self.resolve(bp, gender, topic.start, paragraphs, exclude)
                if who is not None:
                    return who.with_rule("resolved-topic")
        if gender in ("f", "m") and best_sentence is not None and (
                best is None or self.is_oblique(self.paras[best_sentence[0]], best)):
            # « Le premier but est venu d'un centre de X. « … », sourit-il »: a name only in a
            # complement is a weak antecedent; the subject of an earlier sentence of the
            # paragraph, of the same gender, is the stronger one
            subject = self.earlier_subject(k, best_sentence, gender, exclude)
            if subject is not None:
                return _Who((subject.person,), None, "resolved-subject")
            if best is not None and best_sentence[0] == p.index:
                # « L'entraîneur montvalonnais a resserré sa défense avec X. « … », a résumé
                # le technicien »: a sentence of the paragraph opening on a definite
                # description is about the person before it, whom the complement is not
                who = self.described_opening(best_sentence, gender, exclude | {best.person})
                if who is not None:
                    return who
            weak = best or owner
            topic_id = self.salient_over(p, pos, gender, weak, exclude) \
                if weak is not None and best_sentence[0] < p.index \
                and self.weak_mention(self.paras[best_sentence[0]], weak) else None
            if topic_id is not None:
                return _Who((topic_id,), None, "resolved-salient")
            if best is not None and latest is not None and latest is not best \
                    and self.is_oblique(self.paras[best_sentence[0]], latest):
                # « … par X (44e), sur une erreur de Y. Le gardien… »: only complements
                # name people; the nearest one is the likelier
                best = latest
        if gender is None and best_sentence is not None and (
                owner is not None if best is None
                else self.is_oblique(self.paras[best_sentence[0]], best)):
            # "Kettle … She remembers a boy who returned Ferreira's novel. … "…," the
            # librarian says": a possessor or a complement alone is a weak antecedent for a
            # noun of no gender; the person an earlier sentence of its paragraph opens on is
            # the stronger one
            subject = self.earlier_subject(k, best_sentence, None, exclude)
            if subject is not None:
                return _Who((subject.person,), None, "resolved-subject")
        if best is None and unnamed is not None:
            return _Who((), unnamed, "unnamed-possessed")
        best = best or owner
        return _Who((best.person,), None, "resolved") if best is not None else None

    # ---------------------------------------------------------------- salience

    def salience(self, p: _Para, pos: int) -> dict[str, float]:
        """How salient each person named before (p, pos) is: the article's running topic.

        Every mention outside quotations counts 1, and 2 when it is the sentence's subject
        (the first mention of its sentence, not after a preposition nor a possessor); a
        mention's weight shrinks by ``_DECAY`` with every paragraph between it and (p, pos)."""
        k = bisect.bisect_left(self.order_keys, (p.index, pos))
        scores: dict[str, float] = {}
        sentence: tuple[int, int] | None = None
        for para, start, m in self.ordered[:k]:
            q = self.paras[para]
            s = (para, q.sentence(start)[0])
            first = s != sentence
            sentence = s
            weight = 1.0 if not first or self.weak_mention(q, m) else 2.0
            scores[m.person] = scores.get(m.person, 0.0) + weight * _DECAY ** (p.index - para)
        return scores

    def weak_mention(self, p: _Para, m: Mention) -> bool:
        """A mention inside a complement (« présenté à X », « le bureau de X », "X's office"),
        not one opening its sentence after a preposition (« Pour X, … », "According to X")."""
        if self.is_possessor(p, m):
            return True
        if not self.is_oblique(p, m):
            return False
        k = bisect.bisect_left(p.tok_starts, m.span.start)
        s = p.sentence(m.span.start)[0]
        return p.toks[k - 1].start > s and not (
            k >= 2 and p.toks[k - 2].start == s)  # (« Mais pour X, »)

    def salient_over(self, p: _Para, pos: int, gender: str, weak: Mention | None,
                     exclude: frozenset[str]) -> str | None:
        """The person of ``gender`` more salient than ``weak``, the nearest candidate found
        only in a complement of an earlier paragraph (« Le projet a été présenté à X.¶« … »,
        assure-t-elle »): the subject of the paragraphs before, the topic, outranks a name met
        on the way. (In the quotation's own paragraph the complement stays the stronger.)"""
        if weak is None:
            return None
        scores = self.salience(p, pos)
        floor = scores.get(weak.person, 0.0)
        best: str | None = None
        for pid, score in scores.items():
            if score > floor and pid != weak.person and pid not in exclude \
                    and self.gender(pid) == gender:
                best, floor = pid, score
        return best

    def introduced_unnamed(self, p: _Para, noun: str, pos: int) -> bool:
        """The article brought in somebody unnamed with the noun before (p, pos): « une
        infirmière raconte… » … « confie l'infirmière », "a young biologist" … "the
        biologist" take up that person, nobody named."""
        singular = [w for w, (g, definite) in self.lex.determiners.items()
                    if not definite and g != "p" and w not in self.lex.numbers]
        pattern = re.compile(
            rf"(?<![^\W_])(?:{'|'.join(map(re.escape, singular))})\s+(?:[^\W\d_]+\s+){{0,2}}"
            rf"{re.escape(noun)}(?![^\W_])")
        for q in self.paras[:p.index + 1]:
            text = q.masked[:pos] if q is p else q.masked
            if noun in text.lower() and pattern.search(text.lower()):
                return True
        return False

    def described_again(self, p: _Para, noun: str, pos: int,
                        exclude: frozenset[str]) -> _Who | None:
        """« « … », confie l'animateur de 52 ans » (Stéphane Morel) … « « … », sourit
        l'animateur »: a description that named one speaker earlier in the article names the
        same person again — not the person named last (the teenager the film follows) — when
        the article ties the noun to nobody else and that person is not named in the
        quotation."""
        before = (p.index, pos)
        earlier = {pid for at, pid in self.described_speakers.get(noun, {}).items()
                   if at < before}
        if len(earlier) != 1:
            return None
        pid = next(iter(earlier))
        if noun in self.lex.generic or noun in self.lex.youth:
            return None  # (« l'homme » may be anybody the article names next)
        tied = {pid_ for _para, _at, pid_, _c, _f in self.bindings.get(noun, ())}
        if pid in exclude or pid in self.named_inside() or not tied <= {pid}:
            return None
        return _Who((pid,), None, "description")

    def other_ages(self, years: int | None) -> frozenset[str]:
        """The people whose age, given in apposition with a comma, is not ``years``, the one a
        description gives ("the 71-year-old" is not "Debbie Ostrander, 68,"); a bracketed
        number ("Joe Root (68)") may be a score and excludes nobody."""
        if years is None:
            return frozenset()
        return frozenset(pid for pid, (_para, _at, age) in self.ages.items()
                         if age != years and pid not in self.bracketed_ages)

    def described_here(self, noun: str) -> bool:
        """Somebody the article names is one the registry describes with ``noun``."""
        return any(self.described_as(pid, noun) for pid in {m.person for _a, _b, m in
                                                             self.ordered})

    def described_as(self, pid: str, noun: str) -> bool:
        """The person's registry description uses the role noun or a synonym of it
        ("Géochimiste, directeur de laboratoire" fits « le directeur »), or the adjective of
        a demonym in -man ("Irish football manager" fits "the Irishman")."""
        person = self.people.get(pid)
        if person is None or not person.description:
            return False
        words = set(_TOKEN_RE.findall(person.description.lower()))
        if self.lex.demonym_adjectives.get(noun) in words:  # "the Swede": "Swedish …"
            return True
        if noun.endswith(("man", "woman")) and self.is_demonym(noun):
            # "the Irishman" fits "Irish football manager"
            stem = noun.removesuffix("woman") if noun.endswith("woman") \
                else noun.removesuffix("man")
            if stem in words or stem.removesuffix("s") + "tish" in words:  # (Scots: Scottish)
                return True
        return noun in words or not words.isdisjoint(self.lex.role_synonyms.get(noun, ()))

    def concerned(self, p: _Para, gender: str | None, qualified: bool) -> _Who | None:
        """« le principal intéressé »: the person the article is about, the one of that
        gender it names most often (names, aliases, epithets, all paragraphs; of a tie, the one
        named first), and not named in the quotation. Not the last person named:
        « l'opposant historique au président X … a dénoncé le principal intéressé » is the
        opponent the article follows. « l'intéressée » alone (not ``qualified``) is the voice
        of that gender heard in this paragraph or the one before, if any (« « … », a-t-elle
        expliqué. ¶ « … », prévient l'intéressée »), else the same person."""
        if gender not in ("f", "m"):
            return None
        pos = self.current.pieces[0].start if self.current is not None else len(p.text)
        named = [m for at, m in sorted(p.starts.items()) if m.kind != "pronoun"
                 and self.gender(m.person) == gender and at < pos]
        if not qualified and self.last is not None and self.last[0] >= p.index - 1 \
                and len(self.last[1].ids) == 1 and self.gender(self.last[1].ids[0]) == gender \
                and all(m.person in self.last[1].ids for m in named
                        if self.last_end is None or (p.index, m.span.start) > self.last_end):
            return self.last[1].with_rule("concerned-voice")
        if named and not self.named_after_verb(p, named[-1]):
            # « Un éleveur, Pierre Bastide, a été contrôlé. Le principal intéressé dénonce
            # « … » »: the person this paragraph is about, its subject (not « le fils de X »)
            return _Who((named[-1].person,), None, "concerned-subject")
        counts: dict[str, int] = {}
        first: dict[str, int] = {}  # (of a tie, the one named first: the lead's person)
        for n, (_i, _s, m) in enumerate(self.ordered):
            if m.kind != "pronoun":
                counts[m.person] = counts.get(m.person, 0) + 1
                first.setdefault(m.person, n)
        ranked = sorted((pid for pid in counts if self.gender(pid) == gender),
                        key=lambda pid: (-counts[pid], first[pid]))
        if not ranked or ranked[0] in self.named_inside():
            return None
        return _Who((ranked[0],), None, "concerned")

    def in_a_name(self, word: str) -> bool:
        """``word`` is a word of a person's name the article wrote (« La Bardot » after
        « Brigitte Bardot »)."""
        return any(word in m.text.split() for _i, _s, m in self.ordered if m.kind != "pronoun")

    def source_of_selon(self, p: _Para, m: Mention) -> bool:
        """The mention is the source a sentence opens with: « Selon l'hydrologue X, » (at most
        three words between « selon » and the name; not « Selon un rapport commandé à
        l'ingénieur X », nor « Selon lui, son prédécesseur X … »)."""
        s0 = p.sentence(m.span.start)[0]
        sel = self.lex.according.match(p.masked, s0)
        if sel is None:
            return False
        a, b = p.tok_range(sel.end(), m.span.start)
        return b - a <= 3 and not any(t.low in self.lex.pronouns or t.low in self.lex.stressed
                                      for t in p.toks[a:b])

    def named_after_verb(self, p: _Para, m: Mention) -> bool:
        """The mention comes after a verb or a past participle of its sentence, or after a
        preposition: an object or a complement, not the subject."""
        s0 = p.sentence(m.span.start)[0]
        a, b = p.tok_range(s0, m.span.start)
        return self.is_oblique(p, m) or any(
            self.is_verb(p, i) or self.past_participle(p.toks[i]) for i in range(a, b))

    def salient_description(self, p: _Para, noun: str, gender: str | None, pos: int,
                            office: bool, exclude: frozenset[str] = frozenset()) -> _Who | None:
        """A definite description the nearby paragraphs do not resolve (« le marin », « la
        parlementaire », "the biologist"): the most salient person named before it whose
        known gender is the description's and who is not named in the quotation, preferring
        one whose registry description uses the noun. A noun of unknown gender ("the
        biologist") takes the article's clear topic only (twice as salient as anyone else).
        An office (« le préfet ») takes only a described person: an office the article ties
        to nobody is held by somebody it does not name. Nor is it anyone in ``exclude``."""
        if self.introduced_unnamed(p, noun, pos):
            return None
        scores = self.salience(p, pos)
        inside = self.named_inside() | exclude
        fits = [pid for pid in scores if pid not in inside and (
            gender not in ("f", "m") or self.gender(pid) == gender)]
        described = [pid for pid in fits if self.described_as(pid, noun)]
        if described:
            fits = described
        elif office or not fits:
            return None
        fits.sort(key=lambda pid: -scores[pid])
        if not described and gender not in ("f", "m"):
            rivals = sorted((v for pid, v in scores.items() if pid != fits[0]), reverse=True)
            if rivals and rivals[0] * 2 > scores[fits[0]]:
                return None
        return _Who((fits[0],), None, "salient-description")

    def possessed_subject(self, p: _Para, m: Mention, s: int) -> tuple[str, str | None] | None:
        """(the phrase, its gender) when the sentence starting at ``s`` opens with a person
        noun whose possessor is m: « L'avocat de Paul Girard plaide… », "Okafor's lawyer
        said…" (the lawyer is somebody else, unnamed)."""
        k, z = p.tok_range(m.span.start, m.span.end)
        toks = p.toks
        if k >= 2 and p.tight(k - 1, k) and toks[k - 1].low in self.lex.complements \
                and toks[k - 2].low in self.lex.persons and p.tight(k - 2, k - 1):
            head, first = k - 2, k - 2
            while first - 1 >= 0 and k - first < 5 and p.tight(first - 1, first) \
                    and toks[first - 1].text[:1].islower() or (
                        first - 1 >= 0 and toks[first - 1].low in self.lex.determiners
                        and p.tight(first - 1, first)):
                first -= 1
                if toks[first].low in self.lex.determiners:
                    break
            end = m.span.end
        elif z < len(toks) and toks[z].low == "s" and p.gap(z - 1, z) in ("'", "’") \
                and z + 1 < len(toks) and toks[z + 1].low in self.lex.persons:
            head, first, end = z + 1, k, toks[z + 1].end
        else:
            return None
        if toks[first].start != s or toks[head].low in self.lex.sources:
            return None
        det = self.lex.determiners.get(toks[first].low)
        gender = self.lex.persons.get(toks[head].low) or (det[0] if det else None)
        return p.text[toks[first].start:end], gender if gender in ("f", "m") else None

    def in_fronted_phrase(self, p: _Para, s: int, first: Mention, then: Mention) -> bool:
        """The sentence starting at ``s`` opens with a fronted phrase (« Après avoir rencontré
        X, », "After meeting X,") holding ``first``, closed by a comma before ``then``."""
        a, _b = p.tok_range(s, first.span.start)
        participle = a < len(p.toks) and p.toks[a].low not in self.lex.intro \
            and p.toks[a].low not in self.lex.prepositions \
            and p.toks[a].low not in self.lex.article_prepositions \
            and p.toks[a].low not in self.lex.np_stop and (  # (not « Devant »)
                self.past_participle(p.toks[a]) or self.is_participle(p.toks[a]))
        if participle:
            # « Interpellé par X, le ministre de l'Intérieur, Y, a … »: the name after the
            # phrase is the subject when no verb comes before it (not « Signée de X, elle
            # reprend … la reine Y »)
            c, t = p.tok_range(first.span.end, then.span.start)
            if any(self.is_verb(p, i) for i in range(c, t)):
                return False
        if a >= len(p.toks) or p.toks[a].start == first.span.start \
                or (p.toks[a].low not in self.lex.intro and not participle) \
                or self.lex.according.match(p.masked, p.toks[a].start) \
                or (self.lex.opinion is not None and self.lex.opinion.match(p.masked, s)):
            return False  # (« Selon X, », « Pour X, »: X's view, X may well go on speaking)
        between = p.masked[first.span.end:then.span.start]
        head = p.masked[s:first.span.start]
        return "," in between and not any(c in head for c in ",;:")

    def kin_before_subject(self, p: _Para, kin: Mention, then: Mention) -> bool:
        """« Quarante-six ans après son grand-père Roger, Mathéo Bousquet a remporté… »: a
        possessed relative closing a fronted phrase, a comma and no verb before the next
        name, which is the subject."""
        if not self.kin_of_subject(p, kin) or "," not in p.masked[kin.span.end:then.span.start]:
            return False
        c, t = p.tok_range(kin.span.end, then.span.start)
        return not any(self.is_verb(p, i) for i in range(c, t))

    def kin_of_subject(self, p: _Para, m: Mention) -> bool:
        """The mention follows a possessed kin noun (« son fils Romain », "his son Tom"): a
        relative the sentence brings in, less salient than the subject it belongs to."""
        k = bisect.bisect_left(p.tok_starts, m.span.start)
        return k >= 2 and p.toks[k - 1].low in self.lex.kin and p.tight(k - 2, k - 1) \
            and p.tight(k - 1, k) and p.toks[k - 2].low in self.lex.singular_possessives

    def fronted_description(self, p: _Para, s: int, named: Mention, gender: str,
                            exclude: frozenset[str]) -> _Who | None:
        """The subject of the sentence starting at ``s`` when it is a definite description
        right after a fronted phrase that ``named`` closes (« Entré à la place de son frère
        aîné, X, l'ouvreur de 21 ans a passé… »): the person the description stands for, the
        article's most salient one of its gender but not ``named``, who is in a complement."""
        a, b = p.tok_range(s, p.sentence(s)[1])
        k, z = p.tok_range(named.span.start, named.span.end)
        lex = self.lex
        if k <= a or z + 1 >= b or p.gap(z - 1, z) != "," \
                or p.toks[a].low in lex.determiners or p.toks[a].start in p.starts \
                or any(p.gap(q - 1, q) != "," and not p.tight(q - 1, q) for q in range(a + 1, k)):
            return None
        det = lex.determiners.get(p.toks[z].low)
        end = self.description_end(p, z, b)
        if det is None or not det[1] or det[0] not in (gender, None) or end is None \
                or end + 1 >= b or not p.clean(end, end + 1) \
                or p.toks[end + 1].start in p.starts:
            return None
        noun = next((t.low for t in p.toks[z + 1:end + 1] if t.low in lex.persons), None)
        if noun is None or lex.persons.get(noun) not in (None, gender):
            return None
        who = self.salient_description(p, noun, gender, p.toks[z].start, office=False,
                                       exclude=exclude | {named.person})
        return who.with_rule("fronted-description") if who is not None else None

    def in_fronted_opening(self, p: _Para, m: Mention) -> bool:
        """The mention stands in a phrase opening its sentence with a preposition, before
        the sentence's first comma (« Pour Me X, … », "On the service demanded by X, …")."""
        s = p.sentence(m.span.start)[0]
        if self.lex.opinion is not None and self.lex.opinion.match(p.masked, s):
            return True
        a, b = p.tok_range(s, m.span.start)
        if a >= b or "," in p.masked[s:m.span.start]:
            return False
        first = p.toks[a].low
        return first in self.lex.prepositions or first in self.lex.article_prepositions

    def is_oblique(self, p: _Para, m: Mention) -> bool:
        """The mention stands after a preposition, past its titles: « avec X », « à X »,
        "with X", "from Sen. X"."""
        k = bisect.bisect_left(p.tok_starts, self.title_start(p, m.span.start))
        return k >= 1 and p.tight(k - 1, k) and (
            p.toks[k - 1].low in self.lex.prepositions
            or p.toks[k - 1].low in self.lex.article_prepositions) \
            or self.oblique_apposition(p, m, k)  # (« sur Sissoko »)

    def oblique_apposition(self, p: _Para, m: Mention, k: int) -> bool:
        """The name at token k is in apposition to a noun for a person after a preposition,
        after a comma or a relative's noun: « avec son manager, Yanis Lemaire », « à son fils
        Noah », "with her lawyer, X"."""
        j = k - 1
        lex = self.lex
        if j >= 1 and p.gap(j, k) == "," and p.toks[j].low not in lex.persons:
            # « face au PDG d'Altéris, X », "with the head of Acme, X": past the complement
            # naming a body, to the person noun it qualifies
            c = next((c for c in range(j - 1, max(0, j - 4), -1)
                      if p.toks[c].low in lex.complements), None)
            if c is not None and all(p.tight(t, t + 1) for t in range(c - 1, j)) \
                    and all(p.toks[t].text[:1].isupper() or p.toks[t].low in lex.determiners
                            for t in range(c + 1, j + 1)) \
                    and not any(p.toks[t].start in p.starts for t in range(c + 1, j + 1)):
                j = c - 1
                if p.toks[j].low not in lex.persons:
                    return False
                k = j + 1  # (the comma test below is the complement's)
        if j < 1 or p.toks[j].start in p.starts or not (
                (p.gap(j, k) == "," or k <= j + 1 and p.toks[k].low in lex.complements)
                and p.toks[j].low in lex.persons
                or p.gap(j, k) in ("", ",") and p.toks[j].low in lex.kin):
            return False  # (a title with no comma stays the name's: « selon le capitaine X »)
        a = p.tok_range(p.sentence(m.span.start)[0], m.span.start)[0]
        a = self.after_fronted(p, a, j) or a
        if a < j and not (p.toks[a].start in p.starts
                          or p.toks[a].low in lex.pronouns or p.toks[a].low in lex.stressed
                          or a + 1 < j and p.toks[a].low in lex.determiners
                          and p.toks[a + 1].low in lex.persons):
            return False  # (« Le club a trouvé un accord avec son nouvel entraîneur, X »: no
            # person is the subject; X is the sentence's one person)
        if p.masked[m.span.end:m.span.end + 2].strip()[:1] not in (",", ".", ";", ")", ":",
                                                                    ""):
            return False  # (« Interrogé sur son adversaire, Marchetti s'est contenté »: the
            # subject after a fronted phrase; an apposition closes with a comma or the end)
        for d in range(j - 1, max(-1, j - 4), -1):
            if not p.tight(d, d + 1):
                return False
            low = p.toks[d].low
            if low in lex.article_prepositions \
                    or low in lex.prepositions and low not in lex.complements:
                return True  # « au manager, X »
            if low in lex.determiners or low in lex.possessives:
                # (not a noun's complement: « Le père de la victime, Alain Roussel, » is
                # the father)
                return d >= 1 and p.tight(d - 1, d) and (
                    p.toks[d - 1].low in lex.prepositions
                    or p.toks[d - 1].low in lex.article_prepositions) \
                    and p.toks[d - 1].low not in lex.complements
            if not p.toks[d].text.islower() or p.toks[d].start in p.starts:
                return False  # (only adjectives between the determiner and the noun)
        return False

    def described_opening(self, upto: tuple[int, int], gender: str,
                          exclude: frozenset[str]) -> _Who | None:
        """The person a definite singular description opening a sentence of paragraph
        ``upto[0]`` (up to the sentence starting at ``upto[1]``, the nearest first) takes up:
        the one named last before it, of ``gender`` (« Le buteur, lui, a dédié son but… »).
        Not a relative (« Le père de X »), whom a name before it is not."""
        p = self.paras[upto[0]]
        lex = self.lex
        for s in reversed([s for s in p.sentences if s <= upto[1]]):
            a, b = p.tok_range(s, p.sentence(s)[1])
            if a >= b or p.toks[a].start in p.starts:
                continue
            det = lex.determiners.get(p.toks[a].low)
            if det is None or not det[1] or det[0] not in (None, "", gender):
                continue
            noun = next((t.low for t in p.toks[a + 1:min(a + 3, b)] if t.low in lex.persons),
                        None)
            if noun is None or noun in lex.kin or noun in lex.relation_nouns \
                    or lex.persons[noun] not in (None, gender):
                continue
            who = self.resolve(p, gender, p.toks[a].start, paragraphs=2, exclude=exclude)
            if who is not None and len(who.ids) == 1:
                return _Who(who.ids, None, "resolved-described-subject")
            return None
        return None

    def earlier_subject(self, k: int, after: tuple[int, int], gender: str | None,
                        exclude: frozenset[str]) -> Mention | None:
        """The mention opening an earlier sentence of paragraph ``after[0]`` (from
        ``self.ordered[k]`` back), when its person is of ``gender`` or of a gender nobody
        knows (any person with None)."""
        para0 = after[0]
        while k >= 0:
            para, start, m = self.ordered[k]
            if para != para0:
                return None
            p = self.paras[para]
            s = p.sentence(start)[0]
            first = k == 0 or self.ordered[k - 1][0] != para \
                or p.sentence(self.ordered[k - 1][1])[0] != s
            if first and m.person not in exclude and not self.is_oblique(p, m) \
                    and not self.is_possessor(p, m) \
                    and (gender is None or self.gender(m.person) in (gender, None)):
                return m  # the first person named in its sentence, not in a complement
            k -= 1
        return None

    @staticmethod
    def possessive_after(p: _Para, m: Mention) -> bool:
        """"Bergeron's", "Bergeron’s": the mention takes a possessive 's."""
        return p.masked[m.span.end:m.span.end + 2] in ("'s", "’s")

    def possessed_person(self, p: _Para, m: Mention, end: int) -> int | None:
        """The token of the noun for a person that the possessive 's after the mention
        governs, maybe after adjectives, before ``end``: "Peter Lang's (chief) spokesman"."""
        if not self.possessive_after(p, m):
            return None
        k = bisect.bisect_left(p.tok_starts, m.span.end + 2)
        for q in range(k, min(len(p.toks), k + 4)):
            tok = p.toks[q]
            if tok.end > end or not p.tight(q - 1, q) or tok.start in p.starts:
                return None
            if tok.low in self.lex.persons or tok.low in self.lex.sources:
                return q
        return None

    def is_possessor(self, p: _Para, m: Mention) -> bool:
        """ "Falk's mother", "the wife of X", "l'adjoint de X": X is not who the phrase
        names."""
        after = p.masked[m.span.end:m.span.end + 3]
        if self.possessive_after(p, m) or (after[:1] in "'’" and after[1:2] in (" ", "")
                                           and m.text.endswith("s")):
            return True
        # (past the titles: « le prédécesseur de M. Andrieux-Coste »)
        k = bisect.bisect_left(p.tok_starts, self.title_start(p, m.span.start))
        if k >= 2 and p.tight(k - 1, k) and p.toks[k - 1].low in self.lex.complements:
            head = p.toks[k - 2]
            # (« une erreur de relance de X »: a thing of X's leaves X a candidate)
            return head.text[:1].islower() and head.low not in self.lex.speech and (
                head.low in self.lex.persons or head.low in self.lex.kin
                or head.low[:-1] in self.lex.persons)
        return False

    def fixed_gender(self, pid: str) -> str | None:
        """The gender the registry or the first name tells (no guess from the text)."""
        person = self.people.get(pid)
        if person is None:
            return None
        if person.gender is not None:
            return person.gender
        return _given_gender(person.name)

    def gender(self, pid: str) -> str | None:
        if pid in self.genders:
            return self.genders[pid]
        person = self.people.get(pid)
        found: str | None = person.gender if person is not None else None
        if found is None:
            found = self.infer_gender(pid, person)
        self.genders[pid] = found
        return found

    def infer_gender(self, pid: str, person: Person | None) -> str | None:
        """Honorifics, gendered nouns and pronouns around an unknown person's mentions."""
        votes = {"f": 0, "m": 0}
        lex = self.lex
        named_gender = _given_gender(person.name) if person is not None else None
        for p in self.paras:
            for m in p.starts.values():
                if m.person != pid:
                    continue
                first = m.text.split()[0].rstrip(".").lower() if m.text.split() else ""
                if first in lex.honorifics:
                    votes[lex.honorifics[first]] += 2
                k = bisect.bisect_left(p.tok_starts, m.span.start)
                # (an epithet, « le délégué », is a noun phrase of its own: the words before
                # it are no title of the person's — not « devant l'assemblée générale, »)
                for q in range(k - 1, k if m.kind == "epithet" else max(k - 3, -1), -1):
                    if p.toks[q + 1].start == p.sentence(p.toks[q + 1].start)[0]:
                        break  # (« … », martèle le maire. Marie X »: another sentence's noun)
                    if not p.tight(q, q + 1) and q >= 1 and p.tight(q - 1, q) \
                            and p.toks[q - 1].text[:1].isupper():
                        break  # « de Force ouvrière, Didier X »: a name's word, no title
                    if q >= 1 and p.tight(q - 1, q) and p.toks[q - 1].low in lex.complements:
                        break  # « la substitute du procureur du Roi, X »: a complement's noun
                    low = p.toks[q].low
                    if low in lex.honorifics:
                        votes[lex.honorifics[low]] += 2
                        break
                    noun = lex.gendered_nouns.get(low) or lex.persons.get(low)
                    if low in lex.persons or low in lex.gendered_nouns:
                        if noun is None and q >= 1:
                            det = lex.determiners.get(p.toks[q - 1].low)
                            noun = det[0] if det else None
                        if noun in votes:
                            votes[noun] += 2
                        break
                    if q >= 1 and p.toks[q - 1].low in lex.determiners and p.tight(q - 1, q):
                        demonym = self.demonym(p, [p.toks[q]])
                        if demonym is not None:  # « l'Espagnol Iñaki X »
                            if demonym[1] in votes:  # (« le Serbe » tells no gender)
                                votes[demonym[1]] += 2
                            break
                    if not p.toks[q].text[:1].isupper():
                        if q >= 1 and p.tight(q - 1, q) and p.tight(q, k) \
                                and p.toks[q - 1].low in lex.gendered_articles \
                                and low in lex.name_adjectives:
                            # « du vieux Fabre », « la jeune Léa »: the article before an
                            # adjective and the name tells the person's gender
                            votes[lex.gendered_articles[p.toks[q - 1].low]] += 1
                        break
                if k >= 1 and p.gap(k - 1, k) == "," \
                        and p.toks[k - 1].low.endswith(lex.feminine_endings) \
                        and (p.toks[k - 1].text[:1].islower()
                             or p.toks[k - 1].start == p.sentence(m.span.start)[0]) \
                        and (k < 2 or p.toks[k - 2].start < p.sentence(m.span.start)[0]
                             or p.gap(k - 2, k - 1) != ""
                             or p.toks[k - 2].low.endswith(lex.adverb_endings)):
                    # "Interrogée, Anne Durand…", « Visiblement émue, X »: a fronted
                    # participle (not the end of a name: « de Force ouvrière, Didier X »)
                    votes["f"] += 1
                if k >= 2 and p.gap(k - 1, k) == "," and m.kind != "epithet":
                    # "le directeur de l'établissement, Thierry Manoury": the phrase's head
                    q = k - 1
                    while q - 1 >= 0 and k - q < 8 and p.tight(q - 1, q) \
                            and p.toks[q - 1].start not in p.starts:
                        q -= 1
                    while q < k and p.toks[q].low not in lex.determiners \
                            and p.toks[q].low not in lex.possessives \
                            and p.toks[q].low not in lex.complements:
                        q += 1  # the phrase opens with its determiner ("Accompagnée du …")
                    # (« Son homologue de Force ouvrière, X »: from the possessive, so the
                    # search stops at « de » and « ouvrière » tells nothing)
                    for t in p.toks[q + 1:min(k, q + 4)]:
                        if t.low in lex.persons:
                            g = lex.gendered_nouns.get(t.low) or lex.persons.get(t.low)
                            if g in votes:
                                votes[g] += 2
                            break
                        if t.low in lex.complements:
                            break  # past the head: "la fille *de* X"
                _s, e = p.sentence(m.span.end)
                a, b = p.tok_range(m.span.end, e)
                if a < b and p.masked[m.span.end:p.toks[a].start].strip() == "," \
                        and p.toks[a].low not in lex.joiners \
                        and p.toks[a].low not in lex.past_auxiliaries \
                        and p.toks[a].low not in lex.passive_auxiliaries \
                        and p.toks[a].low not in lex.relatives \
                        and p.toks[a].low not in lex.relative_possessives \
                        and not (self.in_fronted_opening(p, m) and not any(
                            "," in p.gap(q - 1, q) for q in range(a + 1, min(b, a + 9)))) \
                        and not any(t.start in p.starts and p.starts[t.start].person != pid
                                    for t in p.toks[a:min(b, a + 3)]):
                    # (not « La porte-parole, Geneviève Martin, a accusé … »: a verb, whose
                    # participle is no noun; nor "Dianne Forsythe, whose son", « Sandrine,
                    # dont le fils »: somebody else; nor « Pour Me X, son client a été … »,
                    # « Sur le service réclamé par X, le ministre reste prudent »: the clause
                    # after a fronted phrase the name closes (an apposition there is closed by
                    # a comma: « Selon X, la directrice du site, … »); nor "Harold Beck, 81, his wife Loretta
                    # Beck": another person named after the noun)
                    # (not "Thierry Manoury, Mme Vasseur…": a second person, not a title;
                    # nor « Isabelle X, et le préfet …, Didier Y, »: the next one's noun)
                    # an apposition: "X, a spokeswoman for…", "X, la directrice de…"
                    det = lex.determiners.get(p.toks[a].low)
                    for q in range(a + (1 if det else 0), min(b, a + 3)):
                        noun = lex.gendered_nouns.get(p.toks[q].low, "")
                        if noun == "" and p.toks[q].low in lex.persons:
                            noun = lex.persons[p.toks[q].low]
                        if noun != "":
                            noun = noun or (det[0] if det else None)
                            named_after = q + 1 < len(p.toks) and p.tight(q, q + 1) \
                                and p.toks[q + 1].start in p.starts
                            if noun in votes and not named_after:
                                votes[noun] += 2
                            break
                    if p.toks[a].low.endswith(lex.feminine_endings):
                        votes["f"] += 1
                if named_gender is not None:
                    # "Hanna Lindqvist said his presence was encouraging": the first pronoun
                    # after a name may be anybody's; a given name that one sex bears tells more
                    continue
                s0 = p.sentence(m.span.start)[0]
                if any(s0 <= o.span.start < m.span.start and o.person != pid
                       for o in p.starts.values()):
                    continue  # "A said to B that she…": the pronoun takes up the subject, A
                if lex.comitative_opens.match(p.lowered, s0) or lex.according.match(p.masked, s0):
                    # « Avec son homologue, Sandrine Leroy, il a dénoncé … », « Selon son
                    # avocate, Me X, il … »: the name is in the fronted phrase, the pronoun
                    # is the clause's subject
                    continue
                for q in range(a, b):
                    if p.toks[q].start in p.starts:
                        break
                    g = lex.gendered.get(p.toks[q].low)
                    if g is not None:
                        if p.toks[q].low == "il" and q + 1 < b \
                                and p.toks[q + 1].low in lex.impersonal:
                            continue
                        votes[g] += 1
                        break
        if votes["f"] > votes["m"]:
            return "f"
        if votes["m"] > votes["f"]:
            return "m"
        return named_gender  # no word around the name tells: "Gwenaëlle" does

    # ---------------------------------------------------------------- the quotes

    def run(self) -> tuple[list[tuple[_Candidate, _Who]], list[_Candidate]]:
        kept: list[_Candidate] = []
        rejected: list[_Candidate] = []
        for cand in self.candidates:
            cand.rejected = self.reject_reason(cand)
            (rejected if cand.rejected else kept).append(cand)
            if not cand.rejected:
                for piece in cand.pieces:
                    self.paras[piece.para].kept.append(piece.mask_lo)
        found = []
        for cand in self.merge_interrupted(kept):
            who = self.anonymous(cand, self.speaker(cand))
            if not who.ids and who.label and who.rule.startswith("before:"):
                who = self.description_of_voice(cand, who) or who
            if len(who.ids) == 1 and "pronoun" not in who.rule \
                    and not who.rule.startswith(_STATED_RULES):
                stated = self.stated_gender(cand)
                if stated is not None and self.gender(who.ids[0]) not in (stated, None):
                    # '"…," he said' after "Jane Ford and her husband run the farm": no man
                    # is named, and the woman is not "he"
                    who = _Who(rule="none-pronoun-gender")
            if len(who.ids) == 1:
                who = self.no_self_reply(cand, who)
            if len(who.ids) == 1:
                who = self.together(cand, who)
            spoken_to = self.addressee(cand) if len(who.ids) == 1 else None
            if spoken_to is not None and who.ids == (spoken_to,) \
                    and (not who.rule.startswith(_STATED_RULES)
                         or who.rule.startswith("introduction")):
                # « Monsieur Girard, la cour a vu la vidéo »: the context pointed at the one
                # the words speak to; the other voice of the scene says them
                who = self.other_voice(cand, spoken_to)
            if not who.ids and not who.label:
                who = self.headline_speaker(cand) or who
            elif not who.ids and who.label:
                who = self.named_afterwards(cand, who.label) or who
            if not who.ids:
                who = self.lede_subject_named_next(cand, who) or who
            if len(who.ids) == 1:
                who = self.read_aloud(cand, who.ids[0]) or who
            if len(who.ids) == 1 and "description" in who.rule:
                who = self.told_themself(cand, who) or who
            if len(who.ids) != 1 or who.rule.startswith("context:"):
                who = self.interviewee_tells(cand) or who
            if len(who.ids) > 1 and self.first_person_singular(cand) \
                    and not any(w in who.rule for w in ("pronoun", "plural", "inverted", "after")):
                # « Ses filles, Lou et Inès, « trouvent ça cool, mais gênant quand je passe à
                # la télé » »: "je" is one person, the one the paragraph is about (not when the
                # attribution itself is plural: "…," they said)
                who = self.singular_voice(cand) or who
            found.append((cand, who))
            if who.ids or who.label:
                self.last = (cand.pieces[-1].para, who)
                self.last_cand = cand
                self.last_end = (cand.pieces[-1].para, cand.pieces[-1].mask_hi)
                self.voices.append((cand.pieces[-1].para, who.ids))
                self.voice_asked.append(self.question(cand))
        self.dialogues(found)
        for n in range(len(found) - 2, -1, -1):
            cand, who = found[n]
            nxt, nxt_who = found[n + 1]
            if who.ids or who.label or not (nxt_who.ids or nxt_who.label):
                continue
            last, first = cand.pieces[-1], nxt.pieces[0]
            if last.para == first.para and last.close_at is not None \
                    and first.open_at is not None \
                    and not _ALNUM_RE.search(self.paras[last.para].masked,
                                             last.close_at + 1, first.open_at):
                # “We lost. It hurts.” “But we will be back,” Okafor said.
                found[n] = (cand, nxt_who.with_rule("next-quote"))
        for n in range(len(found) - 1):
            cand, who = found[n]
            nxt, nxt_who = found[n + 1]
            if who.ids or not who.label or len(nxt_who.ids) < 2 \
                    or cand.pieces[-1].para != nxt.pieces[0].para:
                continue
            words = who.label.lower().split()
            count = self.lex.group_nouns.get(words[-1]) if len(words) >= 2 else None
            det = self.lex.determiners.get(words[0])
            if count == len(nxt_who.ids) and det is not None and not det[1]:
                # « un jeune couple avouait avoir hésité « jusqu'à l'isoloir ». « … »,
                # résument Jonathan et Clara Perrin »: the couple brought in, named next
                found[n] = (cand, nxt_who.with_rule("group-named-next"))
        return found, rejected


# --------------------------------------------------------------------------- rule 6, output


def _normalise(text: str) -> str:
    return _SPACE_RE.sub(" ", fold(text)).strip()


def _quote_text(article: Article, cand: _Candidate) -> str:
    """The quoted words. Where the narrator cut in (`"A," she said. "B"`) the reader sees it:
    ``A … B``; pieces in successive paragraphs are joined by a space."""
    out: list[str] = []
    previous = None
    for piece in cand.pieces:
        if previous is not None:
            out.append(" … " if piece.para == previous else " ")
        out.append(article.paragraphs[piece.para].text[piece.start:piece.end])
        previous = piece.para
    return "".join(out)


def _first_words(text: str, count: int = 6) -> str:
    words = list(re.finditer(r"\S+", text))
    if not words:
        return text
    return text[:words[min(count, len(words)) - 1].end()].rstrip(",;:")


def _shorten(text: str, count: int = 10) -> str:
    short = _first_words(text, count)
    return short if len(short) == len(text) else short + "…"


def find_quotes(article: Article, registry: Registry, mentions: list[Mention],
                people: dict[str, Person]) -> QuotesResult:
    """Find the article's direct quotations and their speakers, then apply its overrides.

    Args:
        article: the article, with its paragraphs and front-matter overrides.
        registry: the curated registry (people known to the dossier).
        mentions: the people mentions found in the article (``people.find_mentions``).
        people: every person a speaker may be: the registry's and those discovered in text.

    Returns:
        The quotations in reading order, a ``quote-without-speaker`` warning for each one
        whose speaker is unknown, and an error for each override that matches no quotation.
    """
    del registry  # the people dict already holds the registry's people
    result = QuotesResult()
    annotator = _Annotator(article, mentions, people)
    found, rejected = annotator.run()
    texts = {id(c): _quote_text(article, c) for c, _ in found}
    overrides = article.overrides.quotes
    # An override may restore a quotation that the title and scare-quote rules dropped.
    restored: list[tuple[_Candidate, _Who]] = []
    for override in overrides:
        if override.ignore:
            continue
        key = _normalise(override.match)
        if any(key in _normalise(texts[id(c)]) for c, _ in found):
            continue
        for cand in rejected:
            text = _quote_text(article, cand)
            if key and key in _normalise(text):
                texts[id(cand)] = text
                restored.append((cand, _Who(rule="restored")))
                rejected.remove(cand)
                break
    found = sorted(found + restored,
                   key=lambda x: (x[0].pieces[0].para, x[0].pieces[0].start))
    quotes: list[Quote] = []
    for n, (cand, who) in enumerate(found, 1):
        parts = tuple(Span(article.id, article.paragraphs[p.para].id, p.start, p.end)
                      for p in cand.pieces)
        ids = who.ids
        quotes.append(Quote(
            id=f"{article.id}-q{n}", text=texts[id(cand)], parts=parts,
            speaker=ids[0] if ids else None,
            speaker_label=None if ids else _tidy_label(who.label, annotator.lex),
            lang=article.lang, rule=who.rule, speakers=ids,
        ))
    quotes = _apply_overrides(article, quotes, overrides, people, result.errors)
    for quote in quotes:
        if quote.speaker is None and not quote.speaker_label:
            match = yaml_flow(_first_words(quote.text))
            result.warnings.append(Warning(
                article=article.id, paragraph=quote.span.paragraph,
                kind="quote-without-speaker",
                message=f"quote has no speaker: “{_shorten(quote.text)}”",
                fix="\n".join((
                    f"add to the front matter: quotes: [{{match: {match}, speaker: <person-id>}}]",
                    (f"or, if the speaker is not a named person: quotes: [{{match: {match}, "
                     'speaker_label: "<who>"}]'),
                    f"or, if it is not a quotation: quotes: [{{match: {match}, ignore: true}}]",
                )),
                offset=quote.span.start,
            ))
    result.quotes = quotes
    return result


def _apply_overrides(article: Article, quotes: list[Quote],
                     overrides: tuple[QuoteOverride, ...], people: dict[str, Person],
                     errors: list[Problem]) -> list[Quote]:
    """Set, correct or drop the speaker of the quotation whose text contains ``match`` (of
    every one with ``all: true``; words in several quotations without it are an error, as a
    correction meant for one would silently change the others)."""
    dropped: set[str] = set()
    settled: dict[str, QuoteOverride] = {}  # quotation id -> the override that corrected it
    for override in overrides:
        key = _normalise(override.match)
        hits = [i for i, q in enumerate(quotes) if key and key in _normalise(q.text)]
        exact = [i for i in hits if _normalise(quotes[i].text) == key]
        if len(hits) > 1 and len(exact) == 1 and not override.every:
            hits = exact  # « Jamais » beside « Jamais je ne céderai »: the whole of one
        if not hits:
            shown = "; ".join(f'"{_first_words(q.text, 5)}"' for q in quotes[:6]) or "none"
            errors.append(Problem(
                article.path,
                f"no quotation contains {override.match!r}",
                field="quotes", line=override.line,
                hint="copy a few words exactly as they appear between the quotation marks "
                     f"(quotations found in this article: {shown})",
            ))
            continue
        if len(hits) > 1 and not override.every:
            shown = "; ".join(f'"{_first_words(quotes[i].text, 6)}"' for i in hits[:6])
            errors.append(Problem(
                article.path,
                f"{override.match!r} is in {len(hits)} quotations ({shown}); expected the "
                "words of one",
                field="quotes", line=override.line,
                hint="copy more of the quotation's words, or add 'all: true' to correct every "
                     "quotation these words are in",
            ))
            continue
        if override.speaker is not None and override.speaker not in people:
            close = difflib.get_close_matches(override.speaker, sorted(people), n=1)
            errors.append(Problem(
                article.path,
                f"speaker {override.speaker!r} of the override {override.match!r} is not a "
                "known person",
                field="quotes", line=override.line,
                hint=(f"did you mean {close[0]!r}? " if close else "")
                + "use a person id from seeds/people.yml or a person discovered in this article",
            ))
            continue
        earlier = next((settled[quotes[i].id] for i in hits if quotes[i].id in settled), None)
        if earlier is not None and not (earlier.every or override.every) \
                and (earlier.speaker, earlier.speaker_label, earlier.ignore) \
                != (override.speaker, override.speaker_label, override.ignore):
            # two corrections of one quotation that disagree: which one was meant?
            errors.append(Problem(
                article.path,
                f"{override.match!r} corrects the quotation that {earlier.match!r} (line "
                f"{earlier.line}) already corrects, differently",
                field="quotes", line=override.line,
                hint="keep one correction per quotation",
            ))
            continue
        for i in hits:
            settled.setdefault(quotes[i].id, override)
            q = quotes[i]
            if override.ignore:
                dropped.add(q.id)
                continue
            speaker = override.speaker
            quotes[i] = Quote(
                id=q.id, text=q.text, parts=q.parts, speaker=speaker,
                speaker_label=override.speaker_label,
                lang=q.lang, rule="override", speakers=(speaker,) if speaker else (),
            )
    return [q for q in quotes if q.id not in dropped]
