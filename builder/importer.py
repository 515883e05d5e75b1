"""Import a raw article text file (``seeds/raw/*.txt``) as an article file for review.

Nothing is lost and nothing is rewritten. Every non-blank raw line either becomes one body
paragraph, exactly as written (only the whitespace around it is stripped), or is moved
verbatim to the front matter's ``removed:`` list, with the reason as a YAML comment, for a
reviewer. The one split line is a leading ``date …`` marker: the marker goes to ``removed:``
and the rest of its line stays article text.

The rules know news-page furniture in English and French (advertising markers, cookie
banners, photo credits and captions, gallery links, share buttons, related-article tails,
headline, byline), never particular articles. ``docs/contributing/import.md`` lists them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from .articles import check_calendar, check_id, read_text
from .errors import DossierError, Problem, ProblemCollector
from .model import Lang, Published

#: A derived id stays short enough to read in a URL; ``check_id`` allows up to 80.
MAX_DERIVED_ID = 60

# --------------------------------------------------------------------------------------------
# Result


@dataclass(frozen=True)
class RemovedText:
    """Raw text the importer took out of the body, verbatim, with why (for the reviewer)."""

    text: str
    line: int  # 1-based line of the raw file
    reason: str
    prefix: bool = False  # only the start of the line: the rest of it is a body paragraph


@dataclass(frozen=True)
class BodyParagraph:
    """One raw line kept as article text (stripped of surrounding whitespace only)."""

    text: str
    line: int  # 1-based line of the raw file


@dataclass(frozen=True)
class ImportResult:
    """What the importer read from one raw file; ``render_article_file`` writes it out.

    ``title``, ``lang`` and ``published`` are None when they could not be detected: the
    rendered file then leaves the field empty with a TODO comment, so the loader refuses the
    article (naming the field and its line) until a contributor fills it in.
    """

    id: str
    title: str | None
    lang: Lang | None
    published: Published | None
    outlet: str
    source_file: str
    paragraphs: tuple[BodyParagraph, ...]
    removed: tuple[RemovedText, ...]
    authors: tuple[str, ...] = ()
    url: str | None = None
    notes: str | None = None
    #: Stop words counted per language (``("en", 120), ("fr", 3)``), for the reviewer.
    stop_words: tuple[tuple[str, int], ...] = ()
    #: YAML comments for front-matter fields: (field, comment), e.g. what is left to do.
    comments: tuple[tuple[str, str], ...] = ()

    def comment(self, name: str) -> str | None:
        """The comment the rendered file puts after field ``name``, if any."""
        for key, text in self.comments:
            if key == name:
                return text
        return None


# --------------------------------------------------------------------------------------------
# Helpers on text


def _words(text: str) -> list[str]:
    return text.split()


def _norm(text: str) -> str:
    """Casefolded, with straight apostrophes, single spaces and no surrounding punctuation.

    Only used to compare a line with the phrase lists below, never written anywhere.
    """
    text = text.casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^[\W_]+|[\W_]+$", "", text)


_CLOSERS = "\"'”’»)]*"


def _ends_sentence(text: str) -> bool:
    """True when the line ends like prose (full stop, question or exclamation mark, colon)."""
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    return core.endswith((".", "!", "?", "…", ":", ";", ","))


def _ends_full_stop(text: str) -> bool:
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    return core.endswith((".", "…", ":", ";", ","))


def _starts_upper(text: str) -> bool:
    """The first letter or digit is a capital or a digit (headlines, names)."""
    for char in text:
        if char.isalnum():
            return char.isupper() or char.isdigit()
    return False


#: Name particles that stay lowercase inside a person's name (Charles de Gaulle).
_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "di", "da", "dos", "das", "del", "della", "van", "von", "der",
     "den", "ten", "ter", "le", "la", "bin", "ben", "al", "el", "y", "st.", "e"}
)


def _is_person_name(text: str, *, max_tokens: int = 5) -> bool:
    """A short run of capitalised words, as in a byline or a caption listing people."""
    tokens = text.split()
    if not 1 <= len(tokens) <= max_tokens:
        return False
    capitalised = 0
    for token in tokens:
        bare = token.strip("\"“”‘’'()")
        if not bare:
            return False
        if bare.casefold() in _PARTICLES:
            continue
        bare = re.sub(r"^[dl]['’](?=\w)", "", bare)  # d'Estaing
        if not (bare[0].isupper() and any(c.isalpha() for c in bare)):
            return False
        if not re.fullmatch(r"[\w.'’-]+", bare):
            return False
        capitalised += 1
    return capitalised >= 1


_NAME_SEPARATORS = re.compile(r"\s*[,;]\s*|\s+(?:and|et|with|avec)\s+|\s*&\s*")


def is_name_list(text: str) -> bool:
    """True for a line of people's names only (``Kim Kardashian, Ivanka Trump``): a caption.

    Each name is one to four capitalised words; names are separated by commas, ``and``,
    ``et``, ``&``, ``with`` or ``avec``. A sentence or a headline has lowercase words or
    ends with punctuation, so it does not match.
    """
    if _ends_sentence(text) or len(_words(text)) > 15:
        return False
    parts = _NAME_SEPARATORS.split(text.strip())
    return all(part and _is_person_name(part, max_tokens=4) for part in parts)


# --------------------------------------------------------------------------------------------
# Boilerplate that is recognised from the line alone

#: Photo agencies and picture services, as they appear in credits.
_AGENCIES = (
    "Getty Images", "GettyImages", "Getty", "AFP", "Reuters", "AP Photo", "AP Images",
    "Associated Press", "AP", "Shutterstock", "Rex Features", "REX", "Sipa Press", "Sipa",
    "SIPA", "Abacapress", "ABACAPRESS", "Abaca", "ABACA", "Bestimage", "BestImage", "EPA-EFE",
    "EPA", "EFE", "WireImage", "FilmMagic", "Splash News", "Backgrid", "BACKGRID", "MEGA",
    "PA Images", "PA Wire", "Alamy", "Corbis", "Bloomberg", "Imago", "IMAGO", "Startraks",
    "ZUMA Wire", "Zuma Press", "ZUMA", "NurPhoto", "Anadolu Agency", "Anadolu", "Hans Lucas",
    "MAXPPP", "Maxppp", "Panoramic", "Pool", "Invision", "Xinhua", "Sygma", "Gamma-Rapho",
    "Gamma", "Rapho", "Leemage", "Photo12", "dpa", "DPA", "Keystone", "Icon Sport",
    "Sportsfile", "Action Images", "Instagram", "Twitter", "Facebook",
)
_AGENCY = "(?:" + "|".join(re.escape(a) for a in sorted(_AGENCIES, key=len, reverse=True)) + ")"
_AGENCY_RE = re.compile(rf"(?<![\w-]){_AGENCY}(?![\w-])")
#: Small words allowed inside a credit ("Kevin Mazur via Getty Images for Vogue").
_CREDIT_CONNECTORS = frozenset({"via", "for", "pour", "by", "par", "de", "and", "et", "&", "-"})


def _credit_words_ok(words: Sequence[str]) -> bool:
    """Every word of a credit is capitalised, a handle, a digit, or a connector."""
    for word in words:
        bare = word.strip("().,[]")
        if not bare or bare.casefold() in _CREDIT_CONNECTORS or bare.casefold() in _PARTICLES:
            continue
        if not (bare[0].isupper() or bare[0].isdigit() or bare[0] in "@©"):
            return False
    return True


def _looks_like_credit_text(text: str) -> bool:
    """The part after ``Photo:`` names a photographer or an agency, not a sentence."""
    words = _words(text)
    if not 1 <= len(words) <= 12:
        return False
    return ("/" in text or "©" in text or bool(_AGENCY_RE.search(text))
            or _credit_words_ok(words))


_CREDIT_LABEL = (r"(?:[Pp]hotos?|PHOTOS?|[Pp]hotographs?|[Pp]hotography|[Ii]mages?|"
                 r"[Ii]llustrations?|[Cc]r[ée]dits?(?:\s+[Pp]hotos?)?|CR[ÉE]DITS?|"
                 r"[Pp]hoto\s+[Cc]redits?|[Cc]opyright)")
_CREDIT_LABEL_LINE = re.compile(rf"^{_CREDIT_LABEL}\s*:\s*\S", re.IGNORECASE)
_PHOTO_BY_LINE = re.compile(r"^(?:photos?|photographs?|images?)\s+(?:by|de|par)\s+\S",
                            re.IGNORECASE)
_COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
#: A caption that ends with its credit: "Kim at the White House. Photo: © X/AFP".
_TRAILING_CREDIT = re.compile(
    rf"(?:^|[\s.(\[–—-])(?P<credit>{_CREDIT_LABEL}\s*:\s*[^!?]{{1,120}}?"
    r"|©\s*[^©!?]{1,100}?"
    r"|(?:[Pp]hotos?|[Pp]hotograph)\s+by\s+[^!?]{1,100}?)[)\]]?\.?\s*$"
)


def _is_standalone_credit(text: str) -> bool:
    words = _words(text)
    if not words or len(words) > 15 or len(text) > 160:
        return False
    if _CREDIT_LABEL_LINE.match(text) or _PHOTO_BY_LINE.match(text):
        return True
    if _COPYRIGHT_LINE.match(text) and len(words) <= 12:
        return True
    core = text.rstrip(".").strip()
    if "/" in core:  # "SAUL LOEB/AFP/Getty Images", "Name/Label/Shutterstock"
        segments = [s.strip() for s in re.split(r"\s*/\s*", core)]
        if (len(segments) >= 2
                and all(s and len(s.split()) <= 5 and (s[0].isalpha() or s[0] == "@")
                        for s in segments)
                and not any(re.search(r"[,;:!?]", s) for s in segments)
                and _credit_words_ok(core.replace("/", " ").split())
                and (len(segments) >= 3 or _AGENCY_RE.search(core))):
            return True
    # "Getty Images", "AFP", "Kevin Mazur via Getty Images": a name or two, then an agency.
    # Longer lines need a "via"/"for" to count, so that a Title Case headline ending with
    # an agency ("Kim Kardashian Talks To Reuters") is not taken for a credit.
    connector = any(w.casefold() in {"via", "for", "pour", "by", "par"} for w in words)
    return ((len(words) <= 3 or (connector and len(words) <= 8))
            and bool(re.search(rf"(?<![\w-]){_AGENCY}\.?$", core))
            and _credit_words_ok(words))


def _is_caption_with_credit(text: str) -> bool:
    match = _TRAILING_CREDIT.search(text)
    if match is None or match.start("credit") == 0:
        return False
    caption = text[: match.start("credit")].strip(" \t-–—([")
    credit = match.group("credit")
    credit_text = re.sub(rf"^{_CREDIT_LABEL}\s*:\s*|^[Pp]hotos?\s+by\s+", "", credit)
    # A caption is short; a long line that ends with a credit is left to the reviewer.
    return (bool(caption) and len(_words(caption)) <= 40
            and _looks_like_credit_text(credit_text.strip("©. ")))


_AD_WORD = r"(?:advertisements?|advertising|advert|ads?|publicit[ée]s?|pubs?|sponsored|" \
           r"sponsoris[ée]e?s?|annonces?)"
_AD_LINE = re.compile(rf"^(?:{_AD_WORD}[\W_]*)+$")
_AD_PHRASES = frozenset({
    "skip advertisement", "story continues below advertisement",
    "article continues below advertisement", "continue reading below",
    "continue reading the main story", "advertisement - scroll to continue",
    "scroll to continue with content", "sponsored content", "paid content", "paid post",
    "promoted content", "ad feedback", "la suite après cette publicité",
    "la suite après la publicité", "la suite de l'article après cette publicité",
    "la suite sous cette publicité", "la suite de l'article après la publicité",
    "contenu sponsorisé", "contenu partenaire", "publi-reportage", "publireportage",
    "article sponsorisé", "publicité - la suite en dessous",
})

_COOKIE_WORD = re.compile(r"\bcookies?\b|\btraceurs\b", re.IGNORECASE)
_CONSENT_WORDS = re.compile(
    r"\b(?:consent\w*|accept\w*|privacy|confidentialit[ée]|polic(?:y|ies)|politique|"
    r"pr[ée]f[ée]rences?|settings|param[èeé]\w*|partners|partenaires|personali[sz]\w*|"
    r"personnalis\w*|this (?:web)?site|our (?:web)?site|ce site|notre site|browsing|"
    r"navigation|opt[- ]out|refus\w*|g[ée]rer)\b",
    re.IGNORECASE,
)
_ADDRESS_WORDS = re.compile(
    r"\b(?:we|our|us|you|your|nous|notre|nos|vous|votre|vos|utilisons)\b", re.IGNORECASE
)
_CONSENT_BUTTONS = frozenset({
    "accept", "accept all", "accept cookies", "accept all cookies", "i accept", "i agree",
    "agree", "reject all", "decline", "manage preferences", "manage cookies",
    "manage settings", "cookie settings", "cookie policy", "cookies settings",
    "tout accepter", "tout refuser", "j'accepte", "accepter", "accepter et fermer",
    "continuer sans accepter", "paramétrer les cookies", "paramétrer", "gérer mes choix",
    "gérer les cookies", "personnaliser", "en savoir plus sur les cookies",
})

_GALLERY = re.compile(
    r"^(?:(?:voir|afficher|ouvrir|lancer|parcourir|view|see|open|launch|browse)\s+"
    r"(?:(?:la|les|le|the|all|our|full|toute la|toutes les)\s+)?)?"
    r"(?:galerie|gallery|galleries|photos?|diaporama|slideshow|images|pictures)"
    r"(?:\s+(?:photos?|images))?(?:\s*\(?\d+(?:\s+(?:photos?|images))?\)?)?$"
)
_PHOTO_COUNT = re.compile(r"^\d+\s+(?:photos?|images|pictures)$")

_SHARE = re.compile(
    r"^(?:share|tweet|pin it|email|e-mail|print|partager|imprimer|envoyer|copy link|"
    r"copier le lien|share this (?:article|story|page)|partager (?:cet|l') ?article)"
    r"(?:\s+(?:on|sur|via)\s+\w+)?$"
)
_SOCIAL = re.compile(
    r"^(?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|email|e-mail|flipboard|reddit|"
    r"messenger|instagram|threads|bluesky|telegram)[\s,|•·/]*)+$"
)
_NEWSLETTER = re.compile(r"newsletter", re.IGNORECASE)
_NEWSLETTER_ACTION = re.compile(
    r"\b(?:sign up|subscribe|inscri\w*|abonn\w*|receive|recevez|recevoir|get our)\b",
    re.IGNORECASE,
)

_READ_ALSO = re.compile(
    r"^(?:[àa] lire (?:aussi|également|egalement)|lire aussi|lire également|"
    r"[àa] voir aussi|[àa] découvrir aussi|voir aussi|sur le même sujet|read (?:more|also|next)|"
    r"see also|also read|related(?: article| story)?)\s*[:|–—>-]\s*\S",
    re.IGNORECASE,
)

_TAIL_HEADINGS = frozenset({
    "related", "related news", "related articles", "related article", "related stories",
    "related content", "related coverage", "related posts", "related reading",
    "related links", "related topics", "more stories", "more news", "read more",
    "read next", "recommended", "recommended for you", "recommended stories",
    "recommended reading", "you may also like", "you might also like", "you may also enjoy",
    "you might also enjoy", "most popular", "most read", "trending", "trending now",
    "trending stories", "latest news", "top stories", "sponsored stories", "around the web",
    "from our partners", "sur le même sujet", "dans la même rubrique", "à lire aussi",
    "a lire aussi", "à lire également", "lire aussi", "à voir aussi", "voir aussi",
    "les plus lus", "les plus populaires", "nos articles", "vous aimerez aussi",
    "vous aimerez également", "sur le même thème", "ailleurs sur le web", "à découvrir",
    "à découvrir aussi", "les articles les plus lus", "dernières actualités",
    "plus d'actualités", "les dernières infos", "en ce moment", "nos dernières actualités",
})
#: "More from US News", "More in Politics" (the French "Plus de …" is too often a sentence).
_MORE_FROM = re.compile(r"^more\s+(?:from|on|in|about|stories from|news from)\s+\S")

Kind = Literal["ad", "consent", "credit", "caption", "gallery", "share", "newsletter",
               "read-also", "tail"]

_REASONS: dict[str, str] = {
    "ad": "advertising marker",
    "consent": "cookie or consent banner",
    "credit": "photo credit",
    "caption": "photo caption with its credit",
    "gallery": "gallery link",
    "share": "share buttons",
    "newsletter": "newsletter prompt",
    "read-also": "'read also' link",
    "tail": "related-articles heading (end matter)",
}


def _classify(text: str) -> Kind | None:
    """The kind of boilerplate a stripped line is by itself, or None for possible text."""
    norm = _norm(text)
    words = _words(text)
    if not norm:
        return None
    if _AD_LINE.match(norm) or norm in _AD_PHRASES:
        return "ad"
    if norm in _CONSENT_BUTTONS:
        return "consent"
    if (_COOKIE_WORD.search(text) and len(words) >= 4
            and len({m.group().casefold() for m in _CONSENT_WORDS.finditer(text)}) >= 2
            and _ADDRESS_WORDS.search(text)):
        return "consent"
    if _SHARE.match(norm) or _SOCIAL.match(norm):  # before credits: "Instagram" is both
        return "share"
    if _is_standalone_credit(text):
        return "credit"
    if _is_caption_with_credit(text):
        return "caption"
    if _GALLERY.match(norm) or _PHOTO_COUNT.match(norm):
        return "gallery"
    if len(words) <= 25 and _NEWSLETTER.search(text) and _NEWSLETTER_ACTION.search(text):
        return "newsletter"
    if len(words) <= 30 and _READ_ALSO.match(text.strip()):
        return "read-also"
    if norm in _TAIL_HEADINGS or (_MORE_FROM.match(norm) and len(words) <= 8
                                   and not _ends_sentence(text)):
        return "tail"
    return None


def boilerplate_reason(line: str) -> str | None:
    """Why a line is boilerplate by itself (``"photo credit"``), or None if it may be text.

    Lines that are boilerplate only in context (a caption next to a credit, the headline,
    the byline, links under a "Related news" heading) are decided by ``import_text``.
    """
    kind = _classify(line.strip())
    return None if kind is None else _REASONS[kind]


# --------------------------------------------------------------------------------------------
# Metadata: language, byline, date marker, headline, address

#: Frequent function words of each language that are rare in the other one. Words shared
#: by both ("a", "on", "son", "en", "plus") are left out so they cannot tip the balance.
_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "the", "and", "of", "to", "is", "was", "were", "are", "with", "that", "this", "for",
        "from", "by", "at", "in", "it", "its", "his", "her", "he", "she", "they", "their",
        "them", "has", "have", "had", "been", "be", "not", "but", "which", "who", "would",
        "will", "said", "an", "or", "into", "than", "then", "there", "when", "what", "where",
        "also", "after", "about", "we", "you", "our",
    }),
    "fr": frozenset({
        "le", "la", "les", "des", "du", "un", "une", "et", "est", "dans", "pour", "que", "qui",
        "pas", "sur", "au", "aux", "avec", "il", "elle", "ils", "elles", "ce", "cette", "ces",
        "sa", "ses", "été", "par", "mais", "ont", "sont", "leur", "leurs", "nous", "vous", "je",
        "ne", "ou", "où", "comme", "lui", "être", "avoir", "aussi", "après", "avant", "entre",
        "très", "sans", "depuis", "selon",
    }),
}
#: French elisions (l'état, d'un, qu'elle): counted as French evidence.
_ELISION = re.compile(r"(?<!\w)(?:[cdjlmnst]|qu)['’](?=\w)", re.IGNORECASE)


def detect_language(text: str) -> tuple[Lang | None, tuple[tuple[str, int], ...]]:
    """Guess ``en`` or ``fr`` by counting each language's stop words in ``text``.

    Returns the language and the counts. The language is None (left for the contributor)
    when fewer than 3 stop words were found, or when the winner has less than twice the
    other language's count: mixed or very short text is not guessed.
    """
    words = re.findall(r"[^\W\d_]+", _ELISION.sub(" ", text).casefold())
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP_WORDS.items()}
    counts["fr"] += len(_ELISION.findall(text))
    scores = (("en", counts["en"]), ("fr", counts["fr"]))
    best, other = ("en", "fr") if counts["en"] >= counts["fr"] else ("fr", "en")
    if counts[best] < 3 or counts[best] < 2 * counts[other]:
        return None, scores
    lang: Lang = "en" if best == "en" else "fr"
    return lang, scores


_BYLINE = re.compile(
    r"^(?:by|par|written by|[ée]crit par|texte)\b\s*:?\s*(?P<names>\S.*)$", re.IGNORECASE
)


def parse_byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """Read a byline (``By: X``, ``By X and Y``, ``Par X et Y``): (authors, rest) or None.

    After the names a byline may name an affiliation or outlet (``By X, Reuters``,
    ``By X | Staff writer``): that rest is returned separately, never guessed into a field.
    A line whose words after ``By``/``Par`` are not capitalised names (``Par ailleurs, …``)
    is not a byline.
    """
    text = line.strip()
    match = _BYLINE.match(text)
    if match is None or len(_words(text)) > 15:
        return None
    names_part, *after = re.split(r"\s*[|•·—–]\s*", match.group("names"), maxsplit=1)
    extra = [a for a in after if a]
    conjunctions = list(re.finditer(r"\s+(?:and|et|&)\s+", names_part))
    if conjunctions:
        # "A, B and C, Reuters": names up to the one after the last "and", then the rest
        last = conjunctions[-1]
        final, _, tail = names_part[last.end():].partition(",")
        names = [*re.split(r"\s*,\s*|\s+(?:and|et|&)\s+", names_part[: last.start()]), final]
    else:
        first, _, tail = names_part.partition(",")
        names = [first]
    if tail.strip():
        extra.insert(0, tail.strip())
    names = [n.strip() for n in names]
    if not all(_is_person_name(n) for n in names):
        return None
    return tuple(names), " | ".join(extra) or None


#: A leading marker such as `` date 2024-04-26`` (ISO date, month or year; an ISO interval).
_DATE_MARKER = re.compile(
    r"^\s*date\s*:?\s*(?P<value>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?"
    r"(?:/\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)?)(?=\s|$)",
    re.IGNORECASE,
)


def _parse_published(value: str) -> tuple[Published | None, str | None]:
    try:
        published = Published.parse(value)
        check_calendar(published.earliest)
        check_calendar(published.latest)
    except ValueError as exc:
        return None, str(exc)
    return published, None


def looks_like_headline(line: str) -> bool:
    """A headline: 3 to 30 words, starts with a capital or digit, no closing full stop."""
    text = line.strip()
    words = _words(text)
    return (3 <= len(words) <= 30 and len(text) <= 250 and _starts_upper(text)
            and not _ends_full_stop(text) and "://" not in text)


_URL_LINE = re.compile(
    r"^(?:(?:source|url|lien|link|originally published at|publi[ée] sur|read online)\s*:?\s*)?"
    r"<?(?P<url>https?://[^\s<>]+)>?$",
    re.IGNORECASE,
)


def _same_text(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


# --------------------------------------------------------------------------------------------
# The importer


@dataclass
class _Segment:
    """One non-blank raw line (minus a date-marker prefix) while it is being classified."""

    line: int
    raw: str  # verbatim, without the date prefix when there is one
    kind: str | None = None  # boilerplate kind, or a metadata kind ("title", "byline", ...)
    reason: str | None = None  # None while the segment is article text

    @property
    def text(self) -> str:
        return self.raw.strip()

    def remove(self, kind: str, reason: str) -> None:
        self.kind, self.reason = kind, reason


def _neighbour_credit(segments: Sequence[_Segment], index: int) -> _Segment | None:
    """The standalone credit on the non-blank line just before or after ``index``."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(segments) and segments[other].kind == "credit":
            return segments[other]
    return None


def _is_short_caption(text: str) -> bool:
    """A short line that reads like a caption, not like a paragraph."""
    return len(_words(text)) <= 12 and not _ends_sentence(text)


def _first_words(text: str) -> str:
    return " ".join(_words(text)[:12])


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens; French elisions dropped (l'État → etat)."""
    text = _ELISION.sub("", text)
    text = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "Oe")
                                 .replace("æ", "ae").replace("Æ", "Ae"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]", "", text)
    return "-".join(re.findall(r"[a-z0-9]+", text))


def derive_id(title_or_text: str, published: Published | None, *, fallback: str = "article") -> str:
    """``<published>-<slug of the first words>``, at most ``MAX_DERIVED_ID`` characters.

    The words come from the title (or, without one, the first paragraph); the date is the
    earliest date of ``published``. The result always passes ``check_id``.
    """
    parts = [published.earliest.iso()] if published is not None else []
    for word in slugify(title_or_text).split("-"):
        if word and len("-".join([*parts, word])) <= MAX_DERIVED_ID:
            parts.append(word)
        elif word:
            break
    candidate = "-".join(parts)
    if check_id(candidate) is None and not re.fullmatch(r"[pq][0-9]+", candidate):
        return candidate
    fallback_slug = slugify(fallback)[:MAX_DERIVED_ID].strip("-") or "article"
    for option in (fallback_slug, f"{fallback_slug}-article"):
        if check_id(option) is None and not re.fullmatch(r"[pq][0-9]+", option):
            return option
    return "article-import"


def import_text(text: str, source_file: str, *, article_id: str | None = None) -> ImportResult:
    """Classify the lines of a raw article (already decoded) into metadata, boilerplate, text.

    Pure: no file is read or written. ``source_file`` is recorded as given (a path relative to
    the project root). ``article_id`` is used as given; check it with ``check_id`` first.
    """
    raw_lines = text.split("\n")
    segments = [_Segment(n, raw) for n, raw in enumerate(raw_lines, 1) if raw.strip()]

    # 1. Boilerplate recognised from the line alone.
    for seg in segments:
        kind = _classify(seg.text)
        if kind is not None:
            seg.remove(kind, _REASONS[kind])

    # 2. A line of names next to a credit is that photo's caption. It must go before the
    #    headline is looked for: a caption is often the first line of a copied page.
    for i, seg in enumerate(segments):
        if (seg.reason is None and is_name_list(seg.text)
                and (credit := _neighbour_credit(segments, i))):
            seg.remove("caption", f"photo caption (next to the credit on line {credit.line})")

    # 3. Header (before the first paragraph of text): date marker, byline, address,
    #    headline; then the body: the headline repeated, related-article tails.
    prefixes: dict[int, tuple[str, str]] = {}  # line -> (verbatim prefix, reason)
    published: Published | None = None
    date_problem: str | None = None
    date_seen = False
    authors: tuple[str, ...] = ()
    byline_rest: str | None = None
    url: str | None = None
    title: str | None = None
    title_line = 0
    labels: list[_Segment] = []
    in_header = True
    tail_line: int | None = None

    # Where the text may end (decided in steps 1-2, untouched below): a headline needs text
    # after it.
    last_text = max((i for i, s in enumerate(segments) if s.reason is None), default=-1)
    for i, seg in enumerate(segments):
        if seg.kind == "tail":
            # A "Related news" heading before any text is not the end of the article.
            tail_line = None if in_header else seg.line
            continue
        if seg.reason is not None:
            continue
        if in_header:
            if not date_seen and (match := _DATE_MARKER.match(seg.raw)):
                date_seen = True
                value = match.group("value")
                published, date_problem = _parse_published(value)
                what = (f"date marker (→ published: {published.iso()})" if published
                        else f"date marker ({value!r} is not a valid date)")
                prefixes[seg.line] = (seg.raw[: match.end()], what)
                seg.raw = seg.raw[match.end():]
                if not seg.text:
                    seg.remove("date", what)
                    continue
                if kind := _classify(seg.text):
                    seg.remove(kind, _REASONS[kind])
                    continue
            if not authors and (byline := parse_byline(seg.text)):
                authors, byline_rest = byline
                seg.remove("byline", "byline (→ authors)")
                continue
            if url is None and (found := _URL_LINE.match(seg.text)):
                url = found.group("url")
                seg.remove("url", "the article's address (→ url)")
                continue
            if title is None:
                if looks_like_headline(seg.text) and i < last_text:
                    title, title_line = seg.text, seg.line
                    seg.remove("title", "headline (→ title)")
                    for label in labels:
                        label.remove("label", "short label above the headline (section?)")
                    labels = []
                    continue
                if len(_words(seg.text)) <= 2 and not _ends_sentence(seg.text):
                    labels.append(seg)  # a kicker ("EXCLUSIVE") if a headline follows
                    continue
            else:
                if _same_text(seg.text, title):
                    seg.remove("title", f"the headline repeated (line {title_line})")
                    continue
                if (len(_words(seg.text)) <= 6 and not _ends_sentence(seg.text)
                        and _starts_upper(seg.text)):
                    seg.remove("header", "short line under the headline "
                                         "(outlet or section? see outlet)")
                    continue
            in_header = False  # the first paragraph of text: pending labels stay text
            labels = []
        if title is not None and _same_text(seg.text, title):
            seg.remove("title", f"the headline repeated (line {title_line})")
            continue
        if tail_line is not None:
            if len(_words(seg.text)) <= 25 and not _ends_sentence(seg.text):
                seg.remove("related", f"related-articles link (under the heading on line "
                                      f"{tail_line})")
                continue
            tail_line = None  # prose again: the tail was a heading inside the article

    # 4. Any other short line next to a credit is that photo's caption.
    for i, seg in enumerate(segments):
        if (seg.reason is None and _is_short_caption(seg.text)
                and (credit := _neighbour_credit(segments, i))):
            seg.remove("caption", f"photo caption (next to the credit on line {credit.line})")

    paragraphs: list[BodyParagraph] = []
    removed: list[RemovedText] = []
    for seg in segments:
        prefix = prefixes.get(seg.line)
        if prefix is not None and (seg.reason is not None or not seg.text):
            reasons = [prefix[1]] + ([seg.reason] if seg.reason and seg.kind != "date" else [])
            removed.append(RemovedText(raw_lines[seg.line - 1], seg.line, "; ".join(reasons)))
        elif prefix is not None:
            removed.append(RemovedText(prefix[0], seg.line,
                                       f"{prefix[1]}; the rest of the line is text", prefix=True))
            paragraphs.append(BodyParagraph(seg.text, seg.line))
        elif seg.reason is not None:
            removed.append(RemovedText(seg.raw, seg.line, seg.reason))
        else:
            paragraphs.append(BodyParagraph(seg.text, seg.line))

    lang, scores = detect_language("\n".join([title or "", *(p.text for p in paragraphs)]))

    comments: list[tuple[str, str]] = []
    if title is None:
        comments.append(("title", ("TODO: no headline found: write a descriptive title, and "
                                   "say in notes that the dossier's editors wrote it")))
    if lang is None:
        counts = ", ".join(f"{n} {code}" for code, n in scores)
        comments.append(("lang", f"TODO: en or fr (stop words found: {counts})"))
    if published is None:
        why = (f"the date marker is not a valid date ({date_problem})" if date_problem
               else "no leading 'date …' line")
        comments.append(("published", (f"TODO: {why}: write it as precisely as is known, "
                                       "e.g. 2019, 2019-06, 2019-06-13 or 2019-06-13/2019-06-14")))
    outlet_hint = "not detected: name the publication if the source shows it; never guess"
    if byline_rest:
        outlet_hint = f"the byline also says {byline_rest!r} (outlet or affiliation?)"
    comments.append(("outlet", outlet_hint))

    if article_id is None:
        words_from = title or (paragraphs[0].text if paragraphs else "")
        stem = Path(source_file).stem
        article_id = derive_id(_first_words(words_from) or stem, published, fallback=stem)
    return ImportResult(
        id=article_id, title=title, lang=lang, published=published, outlet="unknown",
        source_file=source_file, paragraphs=tuple(paragraphs), removed=tuple(removed),
        authors=authors, url=url, stop_words=scores, comments=tuple(comments),
    )


def _relative_to_root(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def import_raw(raw_path: Path, root: Path, *, article_id: str | None = None) -> ImportResult:
    """Read a raw article file and classify its lines (see ``import_text``).

    ``raw_path`` is absolute, relative to the current directory, or relative to ``root``; it
    must be inside the project ``root``, since the article records it as ``source_file``.

    Raises:
        DossierError: the file cannot be read as UTF-8 text, lies outside the project, is
            empty, or ``article_id`` is not a valid id; each problem names the file.
    """
    if not raw_path.is_absolute() and not raw_path.exists() and (root / raw_path).exists():
        raw_path = root / raw_path
    rel = _relative_to_root(raw_path, root)
    if rel is None:
        raise DossierError([Problem(
            raw_path.as_posix(),
            f"expected a raw file inside the project {root.as_posix()} (usually seeds/raw/), "
            "since the article records its path",
            hint="copy it to seeds/raw/ first, and never edit it afterwards")])
    problems = ProblemCollector()
    if article_id is not None and (msg := check_id(article_id)):
        problems.add(Problem(rel, msg, field="id",
                             hint="--id takes a slug like 2019-06-13-white-house-visit"))
    problems.raise_if_errors()
    text = read_text(raw_path, rel, problems, normalise=True)
    if text is None:  # read_text has said why
        raise DossierError(problems.problems)
    if not text.strip():
        raise DossierError([Problem(rel, "is empty: expected the article's text", line=1)])
    return import_text(text, rel, article_id=article_id)


# --------------------------------------------------------------------------------------------
# Output

_PLAIN_UNSAFE_START = set("-?:,[]{}#&*!|>'\"%@` \t")


def _scalar(value: str) -> str:
    """``value`` as a YAML scalar that ``yaml.safe_load`` reads back exactly.

    Plain when that is unambiguous (easier to read and to review), else double-quoted by
    PyYAML's own emitter, which escapes whatever needs it (quotes, ``\\``, U+2028, …).
    """
    if (value and value[0] not in _PLAIN_UNSAFE_START and value == value.strip()
            and ": " not in value and " #" not in value and not value.endswith(":")
            and not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]", value)):
        try:
            if yaml.safe_load(f"k: {value}\n") == {"k": value}:
                return value
        except yaml.YAMLError:
            pass
    dumped: str = yaml.dump(value, Dumper=yaml.SafeDumper, default_style='"',
                            allow_unicode=True, width=2**31)
    return dumped.rstrip("\n")


def _with_comment(text: str, comment: str | None) -> str:
    if not comment:
        return text
    comment = re.sub(r"\s+", " ", comment).strip()  # a comment must stay on its line
    return f"{text}  # {comment}"


def render_article_file(result: ImportResult) -> str:
    """The article file for ``result``: YAML front matter, then paragraphs.

    Fields come in a fixed order (id, title, lang, published, outlet, authors, url,
    source_file, notes, removed); every string is written so that ``yaml.safe_load`` reads
    it back exactly; each ``removed:`` entry carries its raw line and reason as a comment.
    Undetected required fields are left empty with a TODO comment, so that the loader
    refuses the file, naming the field and line, until someone fills them in.
    """
    out = ["---"]

    def put(name: str, value: str | None) -> None:
        out.append(_with_comment(f"{name}:" + (f" {value}" if value is not None else ""),
                                 result.comment(name)))

    put("id", _scalar(result.id))
    put("title", _scalar(result.title) if result.title is not None else None)
    put("lang", result.lang)
    put("published", result.published.iso() if result.published is not None else None)
    put("outlet", _scalar(result.outlet))
    if result.authors:
        put("authors", None)
        out.extend(f"- {_scalar(name)}" for name in result.authors)
    if result.url is not None:
        put("url", _scalar(result.url))
    put("source_file", _scalar(result.source_file))
    if result.notes:
        put("notes", _scalar(result.notes))
    if result.removed:
        put("removed", None)
        for item in result.removed:
            where = f"line {item.line}" + (", start" if item.prefix else "")
            out.append(_with_comment(f"- {_scalar(item.text)}", f"{where}: {item.reason}"))
    out.append("---")
    out.append("")
    out.append("\n\n".join(p.text for p in result.paragraphs))
    return "\n".join(out).rstrip("\n") + "\n"


def write_article_file(result: ImportResult, out_dir: Path, *, force: bool = False) -> Path:
    """Write ``<out_dir>/<id>.md`` and return its path.

    Raises:
        FileExistsError: the file exists and ``force`` is False (the message names it).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{result.id}.md"
    content = render_article_file(result)
    try:
        # "x" refuses an existing file atomically; newline="\n" keeps the output identical
        # on every platform.
        with path.open("w" if force else "x", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
    except FileExistsError:
        raise FileExistsError(f"{path} already exists") from None
    return path


__all__ = [
    "BodyParagraph", "ImportResult", "RemovedText", "boilerplate_reason", "derive_id",
    "detect_language", "import_raw", "import_text", "is_name_list", "looks_like_headline",
    "parse_byline", "render_article_file", "slugify", "write_article_file",
]
