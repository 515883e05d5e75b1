"""A deterministic synthetic dossier for benchmarks: N articles in English and French.

``generate(root, n, seed)`` writes a complete project under ``root``: ``seeds/people.yml`` and
``seeds/events.yml`` (a registry generated from the same seed), ``seeds/raw/*.txt`` and
``seeds/articles/*.md``, plus ``truth.json``, the annotations the generator planted (every
mention, quotation and date with its paragraph and character span). The benchmark can feed
that ground truth to the pipeline instead of the real annotators (``bench/oracle.py``) to
measure the renderer and MkDocs on a dossier whose indexes are full, whatever state the
annotators are in.

What makes it realistic enough for performance work:

* about 800 words per article on average (normal, sd 250, 250 to 2,000), paragraphs from one
  line to six sentences;
* 60% English, 40% French, published between 2018 and 2024;
* people drawn with Zipf popularity, so that a few appear in thousands of articles (their
  pages are the longest indexes), plus names that are not in the registry;
* quotations in each language's conventions (“…,” she said / « … », a déclaré X; colons,
  inverted verbs, pronoun speakers, unnamed sources, some quotations repeated across
  articles) and dates written absolutely (13 June 2019, June 13, 2019, le 1er mars 2020, en
  mai 2019, in 2017) and relatively (yesterday, last month, il y a deux ans, mardi dernier),
  some of them naming a registry event.

Same ``n`` and ``seed`` → byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GIVEN = {
    ("en", "f"): ["Alice", "Sarah", "Jessica", "Emily", "Rachel", "Megan", "Laura", "Hannah",
                  "Olivia", "Grace", "Natalie", "Danielle", "Vanessa", "Monica", "Teresa",
                  "Brenda", "Kayla", "Imani", "Keisha", "Lauren"],
    ("en", "m"): ["James", "Michael", "Robert", "David", "Thomas", "Daniel", "Marcus",
                  "Anthony", "Kevin", "Brian", "Gregory", "Jamal", "Tyrone", "Patrick",
                  "Samuel", "Nathan", "Curtis", "Dwayne", "Howard", "Victor"],
    ("fr", "f"): ["Hélène", "Marie-Claire", "Chloé", "Zoé", "Anaïs", "Céline", "Émilie",
                  "Léa", "Inès", "Maëlle", "Océane", "Solène", "Agnès", "Françoise",
                  "Bérénice", "Noémie", "Amélie", "Élodie", "Gaëlle", "Josiane"],
    ("fr", "m"): ["François", "Jean-Baptiste", "Loïc", "Hervé", "Jérôme", "Noël", "Théo",
                  "André", "Benoît", "Cédric", "Grégoire", "Étienne", "Rémi", "Joël",
                  "Aurélien", "Mathéo", "Gaël", "Régis", "Séverin", "Yannick"],
}
SURNAMES = {
    "en": ["Johnson", "Carter", "Whitaker", "Holloway", "Brennan", "Castillo", "Okafor",
           "Pemberton", "Lindqvist", "Gallagher", "Abernathy", "Fairbanks", "Delgado",
           "Kowalski", "Thornton", "McAllister", "Washington", "Nakamura", "Reyes", "Sutton",
           "Blackwell", "Harrington", "Montgomery", "Prescott", "Vasquez", "Whitfield",
           "O'Connell", "Yarborough", "Ellison", "Kincaid", "Donovan", "Fitzgerald",
           "Hawthorne", "Langley", "Merriweather", "Pennington", "Rutherford", "Stanton",
           "Underwood", "Wexler"],
    "fr": ["Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Lemaître", "Bérenger",
           "Chevalier", "Rousseau", "Faure", "N'Diaye", "Le Goff", "Mercier", "Dumont",
           "Lacroix", "Gauthier", "Perrin", "Brunet", "Blanchard", "Guérin", "Boucher",
           "Lemoine", "Renaud", "Marchand", "Carpentier", "Vasseur", "Poirier", "Leblanc",
           "Hébert", "Tessier", "Delacroix", "Aubert", "Barbier", "Colin", "Duval",
           "Fontaine", "Masson", "Picard", "Roussel", "Vidal"],
}
ROLES = {
    "en": ["state senator", "defence attorney", "governor", "reform advocate", "journalist",
           "federal judge", "district attorney", "White House adviser", "pastor",
           "law professor", "former prosecutor", "activist", "congresswoman", "congressman",
           "public defender", "musician", "former inmate", "policy director"],
    "fr": ["sénatrice", "avocat pénaliste", "militante", "journaliste", "juge fédéral",
           "procureur", "conseillère", "chercheuse", "ancien détenu", "porte-parole",
           "députée", "professeur de droit", "directrice d'association", "chanteur"],
}
OUTLETS = {
    "en": ["The Daily Ledger", "Refinery29", "The Morning Post", "Capitol Review",
           "The Justice Report", "Evening Standard Online", "Metro Gazette", "The Atlantic Wire",
           "People Weekly", "Courier Tribune"],
    "fr": ["Le Quotidien", "Libération Soir", "Le Journal du Dimanche", "L'Écho Républicain",
           "Ouest Matin", "Paris Actu", "Le Nouveau Magazine", "France Info Web"],
}
ORGS = {
    "en": ["the Justice Coalition", "#Cut50", "the Sentencing Project", "the state bar",
           "the Department of Corrections", "Families Against Mandatory Minimums",
           "the American Civil Liberties Union", "the Reform Alliance", "the parole board",
           "the Senate Judiciary Committee"],
    "fr": ["l'Observatoire des prisons", "la Ligue des droits", "le ministère de la Justice",
           "l'association Seconde Chance", "le Conseil constitutionnel", "la commission des lois",
           "le barreau de Paris", "Amnesty International France"],
}
PLACES = {
    "en": ["Washington", "Nashville", "Los Angeles", "Atlanta", "the Oval Office", "Alabama",
           "a federal prison in Texas", "Chicago", "Sacramento", "New Orleans"],
    "fr": ["Washington", "Paris", "Los Angeles", "la Maison Blanche", "Lyon", "Marseille",
           "une prison fédérale du Texas", "Bruxelles", "Montréal", "Bordeaux"],
}
TOPICS = {
    "en": ["sentencing reform", "clemency", "prison conditions", "the First Step Act",
           "mandatory minimums", "re-entry programmes", "parole hearings", "bail reform",
           "juvenile life sentences", "second-chance hiring", "expungement", "solitary confinement"],
    "fr": ["la réforme pénale", "la grâce présidentielle", "les conditions de détention",
           "la loi First Step", "les peines planchers", "la réinsertion", ("la libération "
           "conditionnelle"), "la détention provisoire", "les peines de perpétuité",
           "l'emploi des anciens détenus", "l'isolement carcéral"],
}
EVENT_THEMES = [
    ("meets", "meets lawmakers about {topic}", ["meeting", "met", "rencontre", "réunion"]),
    ("hearing", "testifies at a hearing on {topic}", ["hearing", "testified", "audition",
                                                      "témoigné"]),
    ("signing", "signs a bill on {topic}", ["signed", "bill", "promulgation", "loi"]),
    ("release", "is released after a clemency campaign", ["released", "clemency", "libération",
                                                          "grâce"]),
    ("summit", "hosts a summit on {topic}", ["summit", "sommet", "conference", "conférence"]),
    ("report", "publishes a report on {topic}", ["report", "rapport", "published", "publié"]),
]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
NUMBER_WORDS = {"en": ["two", "three", "four", "five"], "fr": ["deux", "trois", "quatre", "cinq"]}

# Narrative sentences: {P} a person (full name or short form), {O} an organisation, {L} a
# place, {T} a topic, {N} a number, {Y} a year. Varied on purpose: search indexes and page
# sizes depend on the vocabulary.
SENTENCES = {
    "en": [
        "{P} has argued for years that {T} deserves more attention from lawmakers.",
        ("The proposal would affect roughly {N} people held in state facilities, according to "
        "figures compiled by {O}."),
        ("Critics of the measure, including several members of {O}, said the timeline was "
        "unrealistic."),
        "{P} travelled to {L} to discuss {T} with advocates and former prisoners.",
        "The debate over {T} has divided both parties since at least {Y}.",
        ("Supporters point to studies showing that {T} reduces reoffending by as much as {N} "
        "per cent."),
        "{P} declined to comment on the details of the case.",
        ("A spokesperson for {O} confirmed that the meeting took place but gave no further "
        "details."),
        ("The case drew national attention after a video about it was shared more than {N} "
        "times."),
        ("Lawyers for the family filed a new petition, citing {T} and the length of the "
        "original sentence."),
        "In {L}, local officials have quietly expanded {T} over the past decade.",
        "{P} is expected to return to {L} later this year.",
        ("The organisation says it has helped more than {N} people find work after their "
        "release."),
        ("Opponents argue that the changes could overwhelm courts that are already short of "
        "staff."),
        "The bill passed the committee by a narrow margin, with {N} votes in favour.",
        "Advocates including {P} have pressed for a broader approach to {T}.",
        "Neither the governor's office nor {O} responded to requests for comment.",
        "Records reviewed by reporters show that the backlog has grown every year since {Y}.",
        ("{P}, who first became involved in the issue in {Y}, has since visited several "
        "prisons."),
        "The announcement was welcomed by {O}, which has campaigned on {T} for a long time.",
        "It was not the first time {P} had spoken publicly about {T}.",
        "Some observers questioned whether celebrity involvement helps or hurts the cause.",
        "The legislation still faces a vote in the full chamber.",
        "According to {O}, the average sentence for the offence has nearly doubled.",
    ],
    "fr": [
        "{P} plaide depuis des années pour que {T} soit au cœur du débat public.",
        ("La proposition concernerait environ {N} personnes détenues, selon les chiffres de "
        "{O}."),
        "Plusieurs membres de {O} ont jugé le calendrier irréaliste.",
        "{P} s'est rendu à {L} pour évoquer {T} avec des associations et d'anciens détenus.",
        "Le débat sur {T} divise la classe politique depuis au moins {Y}.",
        "Ses partisans citent des études selon lesquelles {T} réduit la récidive de {N} %.",
        "{P} n'a pas souhaité commenter les détails de l'affaire.",
        "Un porte-parole de {O} a confirmé la rencontre sans donner plus de précisions.",
        ("L'affaire a pris une ampleur nationale après le partage d'une vidéo vue plus de {N} "
        "fois."),
        "Les avocats de la famille ont déposé une nouvelle requête en invoquant {T}.",
        ("À {L}, les autorités locales ont discrètement élargi {T} au cours de la dernière "
        "décennie."),
        "{P} devrait revenir à {L} d'ici la fin de l'année.",
        "L'association affirme avoir aidé plus de {N} personnes à retrouver un emploi.",
        ("Ses détracteurs estiment que la réforme risque d'engorger des tribunaux déjà "
        "débordés."),
        "Le texte a été adopté en commission à une courte majorité, avec {N} voix pour.",
        "Des militants, dont {P}, réclament une approche plus large de {T}.",
        "Ni le cabinet du gouverneur ni {O} n'ont répondu à nos sollicitations.",
        "Selon des documents consultés par la rédaction, le retard s'accumule depuis {Y}.",
        "{P}, qui s'est engagé sur le sujet en {Y}, a depuis visité plusieurs prisons.",
        "L'annonce a été saluée par {O}, qui fait campagne sur {T} depuis longtemps.",
        "Ce n'était pas la première fois que {P} s'exprimait publiquement sur {T}.",
        "Certains observateurs se demandent si l'engagement des célébrités sert la cause.",
        "Le texte doit encore être soumis au vote de l'assemblée plénière.",
        "D'après {O}, la durée moyenne des peines a presque doublé.",
    ],
}
QUOTE_TEXTS = {
    "en": [
        "We cannot keep locking people up and throwing away the key",
        "This is about second chances, and everyone deserves one",
        "I never thought I would see this day",
        "The system is broken, and we have a responsibility to fix it",
        "She has served more than enough time for a first-time offence",
        "We have to keep this momentum going",
        "It is not a partisan issue, it is a human issue",
        "Nobody should die in prison for a non-violent crime",
        "We are going to keep fighting until every one of them is home",
        "The numbers speak for themselves",
        "I am grateful, but there is so much more work to do",
        "This law will change thousands of lives",
        "Families have been waiting far too long for an answer",
        "Justice delayed is justice denied",
    ],
    "fr": [
        "On ne peut pas continuer à enfermer les gens et à jeter la clé",
        "Tout le monde mérite une seconde chance",
        "Je n'aurais jamais cru voir ce jour",
        "Le système est à bout de souffle et nous devons le réparer",
        "Elle a largement purgé sa peine pour une première infraction",
        "Il faut garder cet élan",
        "Ce n'est pas une question partisane, c'est une question humaine",
        "Personne ne devrait mourir en prison pour un délit non violent",
        "Nous continuerons à nous battre jusqu'à ce qu'ils soient tous rentrés chez eux",
        "Les chiffres parlent d'eux-mêmes",
        "Je suis reconnaissante, mais il reste tant à faire",
        "Cette loi va changer des milliers de vies",
        "Les familles attendent une réponse depuis bien trop longtemps",
    ],
}
QUOTE_TAILS = {
    "en": [" in the long run", " for these families", ", and I mean that", " right now",
           " this year", ""],
    "fr": [" à long terme", " pour ces familles", ", vraiment", " aujourd'hui",
           " cette année", ""],
}
UNNAMED = {
    "en": ["a White House official", "a person familiar with the talks", "a senior aide",
           "one advocate"],
    "fr": ["une source proche du dossier", "un conseiller", "un proche de la famille",
           "une militante"],
}
TITLES = {
    "en": ["{P} Returns to {L} to Push for {T}", "Why {P} Is Betting on {T}",
           "Inside the Campaign for {T}", "{P} and the Long Fight Over {T}",
           "What {T} Means for Families in {L}", "A New Push on {T} Divides Lawmakers"],
    "fr": ["{P} de retour à {L} pour défendre {T}", "Pourquoi {P} mise sur {T}",
           "Dans les coulisses de la campagne pour {T}", "{P} et le long combat pour {T}",
           "Ce que {T} change pour les familles"],
}


def slug(text: str) -> str:
    """ASCII slug of a name or title."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@dataclass
class Person:
    id: str
    name: str
    given: str
    surname: str
    gender: str
    lang: str
    role: str
    aliases: list[str] = field(default_factory=list)
    registered: bool = True
    catchphrase: str = ""


@dataclass
class Event:
    id: str
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    title: str
    people: list[str]
    keywords: list[str]


@dataclass
class Planted:
    """What the generator put in one article, with spans (for the oracle annotator)."""

    mentions: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    discovered: list[dict[str, Any]] = field(default_factory=list)


class _Paragraph:
    """Builds one paragraph's text while recording the spans of what it plants."""

    def __init__(self, pid: str):
        self.pid = pid
        self.parts: list[str] = []
        self.length = 0
        self.mentions: list[dict[str, Any]] = []
        self.quotes: list[dict[str, Any]] = []
        self.dates: list[dict[str, Any]] = []

    def add(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def mention(self, person: Person, text: str, kind: str) -> None:
        start, end = self.add(text)
        self.mentions.append({"paragraph": self.pid, "start": start, "end": end, "text": text,
                              "person": person.id, "kind": kind})

    def text(self) -> str:
        return "".join(self.parts)


class Generator:
    def __init__(self, n: int, seed: int):
        self.n = n
        self.rng = random.Random(f"dossier-bench-{seed}")
        self.people = self._people(60 + n // 20, registered=True)
        self.unregistered = self._people(40 + n // 25, registered=False,
                                         taken={p.id for p in self.people})
        self.weights = [1 / (i + 1) ** 1.05 for i in range(len(self.people))]
        self.unreg_weights = [1 / (i + 1) for i in range(len(self.unregistered))]
        self.events = self._events(20 + n // 50)

    # -- registry -------------------------------------------------------------------------
    def _people(self, count: int, *, registered: bool, taken: set[str] | None = None
                ) -> list[Person]:
        rng, out, seen = self.rng, [], set(taken or ())
        surnames_used: set[str] = set()
        while len(out) < count:
            lang = "en" if rng.random() < 0.6 else "fr"
            gender = rng.choice("fm")
            given = rng.choice(GIVEN[(lang, gender)])
            surname = rng.choice(SURNAMES[lang if rng.random() < 0.85 else
                                          ("fr" if lang == "en" else "en")])
            if rng.random() < 0.15:  # compound surnames keep the registry from running out
                surname = f"{surname}-{rng.choice(SURNAMES[lang])}"
            name = f"{given} {surname}"
            pid = slug(name)
            if pid in seen:
                continue
            seen.add(pid)
            role = rng.choice(ROLES[lang])
            person = Person(pid, name, given, surname, gender, lang, role,
                            registered=registered)
            if registered and rng.random() < 0.3 and surname not in surnames_used:
                title = {"en": {"f": "Ms.", "m": "Mr."}, "fr": {"f": "Mme", "m": "M."}}
                person.aliases.append(f"{title[lang][gender]} {surname}")
            surnames_used.add(surname)
            person.catchphrase = rng.choice(QUOTE_TEXTS[lang])
            out.append(person)
        return out

    def _events(self, count: int) -> list[Event]:
        rng, out, seen = self.rng, [], set()
        while len(out) < count:
            theme, what, keywords = rng.choice(EVENT_THEMES)
            star = rng.choices(self.people[:80], self.weights[:80])[0]
            year = rng.randint(2017, 2024)
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            precision = rng.choices(["day", "month", "year"], [6, 3, 1])[0]
            date = {"day": f"{year}-{month:02d}-{day:02d}", "month": f"{year}-{month:02d}",
                    "year": f"{year}"}[precision]
            eid = f"{date}-{slug(star.surname)}-{theme}"
            if eid in seen:
                continue
            seen.add(eid)
            topic = rng.choice(TOPICS["en"])
            others = rng.sample(self.people[:150], 2)
            out.append(Event(eid, date, f"{star.name} {what.format(topic=topic)}",
                             [star.id] + [p.id for p in others if p.id != star.id],
                             [*keywords, topic]))
        return sorted(out, key=lambda e: e.id)

    def registry_yaml(self) -> tuple[str, str]:
        def q(text: str) -> str:
            return json.dumps(text, ensure_ascii=False)

        people = ["# Generated by bench/corpus.py: a synthetic registry for benchmarks.\n"]
        for i, p in enumerate(self.people):
            people.append(f"- id: {p.id}\n  name: {q(p.name)}\n")
            people.append(f"  aliases: [{', '.join(q(a) for a in p.aliases)}]\n")
            people.append(f"  description: {q(p.role.capitalize() + ' (' + p.lang + ').')}\n")
            if i % 3 == 0:
                people.append(f"  wikidata: Q{1000 + i}\n")
            people.append(f"  gender: {p.gender}\n")
        events = ["# Generated by bench/corpus.py.\n"]
        for e in self.events:
            events.append(f"- id: {e.id}\n  date: {q(e.date)}\n  title: {q(e.title)}\n")
            events.append(f"  people: [{', '.join(e.people)}]\n")
            events.append(f"  keywords: [{', '.join(q(k) for k in e.keywords)}]\n")
        return "".join(people), "".join(events)

    # -- articles -------------------------------------------------------------------------
    def article(self, index: int) -> tuple[str, str, str, Planted]:
        """(article id, file text, raw text, planted annotations) of article ``index``."""
        rng = self.rng
        lang = "en" if rng.random() < 0.6 else "fr"
        start = dt.date(2018, 1, 1).toordinal()
        pub = dt.date.fromordinal(start + rng.randrange(7 * 365))
        precision = rng.choices(["day", "month", "interval"], [95, 4, 1])[0]
        published = {"day": pub.isoformat(), "month": pub.isoformat()[:7],
                     "interval": f"{pub.isoformat()}/{(pub + dt.timedelta(1)).isoformat()}"
                     }[precision]
        outlet = rng.choice(OUTLETS[lang])
        aid = f"{pub.isoformat()}-{slug(outlet)[:24].strip('-')}-{index:05d}"
        cast = self._cast()
        words_target = max(250, min(2000, int(rng.gauss(800, 250))))
        planted = Planted()
        paragraphs: list[str] = []
        introduced: set[str] = set()
        words = 0
        quote_no = 0
        last_person: Person | None = None
        while words < words_target:
            para = _Paragraph(f"p{len(paragraphs) + 1}")
            kind = rng.choices(["narrative", "quote", "date", "short"], [5, 3, 2, 1])[0]
            if kind == "quote":
                quote_no += 1
                last_person = self._quote_paragraph(para, lang, cast, introduced, last_person,
                                                    f"{aid}-q{quote_no}", planted)
            elif kind == "date":
                self._date_paragraph(para, lang, cast, introduced, pub)
            elif kind == "short":
                self._sentence(para, lang, cast, introduced)
            else:
                for i in range(rng.choice([1, 2, 2, 3, 3, 4, 5, 6])):
                    if i:
                        para.add(" ")
                    self._sentence(para, lang, cast, introduced)
            text = para.text()
            paragraphs.append(text)
            planted.mentions.extend(para.mentions)
            planted.dates.extend(para.dates)
            words += len(text.split())
        for person in cast:
            if not person.registered and person.id in introduced:
                planted.discovered.append({"id": person.id, "name": person.name})
        star = cast[0]
        title = rng.choice(TITLES[lang]).format(
            P=star.name, L=rng.choice(PLACES[lang]), T=rng.choice(TOPICS[lang]))
        title = title[0].upper() + title[1:]
        authors = rng.sample([p for p in self.unregistered if p.lang == lang] or
                             self.unregistered, rng.choice([0, 1, 1, 2]))
        front = [
            "---",
            f"id: {aid}",
            f"title: {json.dumps(title, ensure_ascii=False)}",
            f"lang: {lang}",
            f"published: {published}",
            f"outlet: {json.dumps(outlet, ensure_ascii=False)}",
            f"source_file: seeds/raw/{aid}.txt",
            f"url: https://news.example.org/{lang}/{pub.year}/{aid}",
        ]
        if authors:
            front.append("authors: [" + ", ".join(json.dumps(a.name, ensure_ascii=False)
                                                  for a in authors) + "]")
        front.append("---")
        body = "\n\n".join(paragraphs)
        raw = f"{title}\n{outlet}\n\n{body}\n"
        return aid, "\n".join(front) + "\n\n" + body + "\n", raw, planted

    def _cast(self) -> list[Person]:
        rng = self.rng
        k = rng.choice([2, 3, 3, 4, 4, 5, 6])
        cast: list[Person] = []
        surnames: set[str] = set()
        while len(cast) < k:
            p = rng.choices(self.people, self.weights)[0]
            if p.surname not in surnames:
                cast.append(p)
                surnames.add(p.surname)
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            p = rng.choices(self.unregistered, self.unreg_weights)[0]
            if p.surname not in surnames:
                cast.append(p)
                surnames.add(p.surname)
        return cast

    def _person(self, para: _Paragraph, person: Person, introduced: set[str]) -> None:
        """Full name on first mention, then surname, given name or an alias."""
        rng = self.rng
        if person.id not in introduced:
            introduced.add(person.id)
            para.mention(person, person.name, "name" if person.registered else "discovered")
            return
        choice = rng.random()
        if person.aliases and choice < 0.2:
            para.mention(person, person.aliases[0], "alias")
        elif choice < 0.75:
            para.mention(person, person.surname, "name" if person.registered else "discovered")
        elif choice < 0.9:
            para.mention(person, person.given, "given-name")
        else:
            para.mention(person, person.name, "name" if person.registered else "discovered")

    def _sentence(self, para: _Paragraph, lang: str, cast: list[Person],
                  introduced: set[str]) -> None:
        rng = self.rng
        template = rng.choice(SENTENCES[lang])
        fills = {"O": rng.choice(ORGS[lang]), "L": rng.choice(PLACES[lang]),
                 "T": rng.choice(TOPICS[lang]), "N": str(rng.choice([12, 40, 150, 300, 2500,
                                                                      18000, 70])),
                 "Y": str(rng.randint(2008, 2017))}
        for piece in re.split(r"(\{[A-Z]\})", template):
            if piece == "{P}":
                self._person(para, rng.choice(cast), introduced)
            elif len(piece) == 3 and piece[0] == "{":
                para.add(fills[piece[1]])
            else:
                para.add(piece)

    def _quote_words(self, lang: str, speaker: Person | None) -> str:
        rng = self.rng
        if speaker is not None and speaker.lang == lang and rng.random() < 0.25:
            return speaker.catchphrase  # repeated across articles: a quote group
        base = rng.choice(QUOTE_TEXTS[lang])
        tail = rng.choice(QUOTE_TAILS[lang])
        extra = rng.choice(TOPICS[lang]) if rng.random() < 0.5 else ""
        if extra:
            base += (" when it comes to " if lang == "en" else " quand il s'agit de ") + extra
        return base + tail

    def _quote_paragraph(self, para: _Paragraph, lang: str, cast: list[Person],
                         introduced: set[str], last: Person | None, qid: str,
                         planted: Planted) -> Person | None:
        rng = self.rng
        unnamed = rng.random() < 0.1
        speaker = None if unnamed else rng.choice(cast)
        words = self._quote_words(lang, speaker)
        pronoun = (speaker is not None and speaker is last and speaker.id in introduced)
        if lang == "en":
            form = rng.choice(["after", "after-inv", "colon", "told"])
            if unnamed:
                label = rng.choice(UNNAMED["en"])
                para.add("“")
                q = para.add(words)
                para.add(f",” {label} said.")
            elif pronoun and rng.random() < 0.6:
                para.add("“")
                q = para.add(words)
                para.add(f",” {'she' if speaker.gender == 'f' else 'he'} added.")
            elif form == "colon":
                self._person(para, speaker, introduced)
                para.add(" said: “")
                q = para.add(words)
                para.add(".”")
            elif form == "after-inv":
                para.add("“")
                q = para.add(words)
                para.add(",” said ")
                self._person(para, speaker, introduced)
                para.add(f", the {speaker.role}.")
            elif form == "told":
                para.add("“")
                q = para.add(words)
                para.add(",” ")
                self._person(para, speaker, introduced)
                para.add(" told reporters.")
            else:
                para.add("“")
                q = para.add(words)
                para.add(",” ")
                self._person(para, speaker, introduced)
                para.add(" said.")
        else:
            form = rng.choice(["after", "colon", "selon", "affirme"])
            if unnamed:
                label = rng.choice(UNNAMED["fr"])
                para.add("« ")
                q = para.add(words)
                para.add(f" », indique {label}.")
            elif pronoun and rng.random() < 0.6:
                para.add("« ")
                q = para.add(words)
                para.add(f" », a-t-{'elle' if speaker.gender == 'f' else 'il'} ajouté.")
            elif form == "colon":
                self._person(para, speaker, introduced)
                para.add(" a expliqué : « ")
                q = para.add(words)
                para.add(". »")
            elif form == "selon":
                para.add("« ")
                q = para.add(words)
                para.add(" », selon ")
                self._person(para, speaker, introduced)
                para.add(".")
            elif form == "affirme":
                para.add("« ")
                q = para.add(words)
                para.add(" », affirme ")
                self._person(para, speaker, introduced)
                para.add(".")
            else:
                para.add("« ")
                q = para.add(words)
                para.add(" », a déclaré ")
                self._person(para, speaker, introduced)
                para.add(".")
        planted.quotes.append({
            "id": qid, "paragraph": para.pid, "start": q[0], "end": q[1], "text": words,
            "speaker": speaker.id if speaker else None,
            "speaker_label": None if speaker else label, "lang": lang,
        })
        if rng.random() < 0.6:
            para.add(" ")
            self._sentence(para, lang, cast, introduced)
        return speaker

    def _date_paragraph(self, para: _Paragraph, lang: str, cast: list[Person],
                        introduced: set[str], pub: dt.date) -> None:
        rng = self.rng
        if rng.random() < 0.35:
            event = rng.choice(self.events)
            self._event_sentence(para, lang, event, introduced)
        else:
            text, value, relative = self._date_expression(lang, pub)
            lead = {"en": ["It happened ", "The decision came ", "The first hearing was held "],
                    "fr": ["Cela s'est passé ", "La décision est tombée ",
                           "La première audience a eu lieu "]}[lang]
            para.add(rng.choice(lead))
            start, end = para.add(text)
            if value:
                para.dates.append({"paragraph": para.pid, "start": start, "end": end,
                                   "text": text, "value": value, "relative": relative,
                                   "event": None})
            para.add(", " + ("according to " if lang == "en" else "selon ")
                     + rng.choice(ORGS[lang]) + ". ")
        self._sentence(para, lang, cast, introduced)

    def _event_sentence(self, para: _Paragraph, lang: str, event: Event,
                        introduced: set[str]) -> None:
        rng = self.rng
        y, *rest = (int(x) for x in event.date.split("-"))
        months = MONTHS[lang]
        if len(rest) == 2:
            m, d = rest
            if lang == "en":
                text = rng.choice([f"{months[m - 1]} {d}, {y}", f"{d} {months[m - 1]} {y}"])
                prefix = "On "
            else:
                text = f"{'1er' if d == 1 else d} {months[m - 1]} {y}"
                prefix = "Le "
        elif len(rest) == 1:
            text = f"{months[rest[0] - 1]} {y}"
            prefix = "In " if lang == "en" else "En "
        else:
            text = str(y)
            prefix = "In " if lang == "en" else "En "
        para.add(prefix)
        start, end = para.add(text)
        para.dates.append({"paragraph": para.pid, "start": start, "end": end, "text": text,
                           "value": event.date, "relative": False, "event": event.id})
        para.add(", ")
        star = next((p for p in self.people if p.id == event.people[0]), None)
        if star is not None:
            self._person(para, star, introduced)
        keyword = rng.choice(event.keywords)
        para.add(f" made headlines ({keyword}). " if lang == "en" else
                 f" a fait les gros titres ({keyword}). ")

    def _date_expression(self, lang: str, pub: dt.date) -> tuple[str, str | None, bool]:
        """(text, ISO value or None when not expressible, relative?)."""
        rng = self.rng
        months = MONTHS[lang]
        kind = rng.choices(["day", "month", "year", "yesterday", "weekday", "last-month",
                            "years-ago", "last-week"], [3, 2, 1, 2, 2, 1, 1, 1])[0]
        if kind in ("day", "month", "year"):
            when = pub - dt.timedelta(days=rng.randint(1, 2000))
            if kind == "day":
                if lang == "en":
                    text = rng.choice([f"on {months[when.month - 1]} {when.day}, {when.year}",
                                       f"on {when.day} {months[when.month - 1]} {when.year}"])
                else:
                    d = "1er" if when.day == 1 else str(when.day)
                    text = f"le {d} {months[when.month - 1]} {when.year}"
                return text, when.isoformat(), False
            if kind == "month":
                text = (f"in {months[when.month - 1]} {when.year}" if lang == "en"
                        else f"en {months[when.month - 1]} {when.year}")
                return text, when.isoformat()[:7], False
            return (f"in {when.year}" if lang == "en" else f"en {when.year}"), str(when.year), False
        if kind == "yesterday":
            return ("yesterday" if lang == "en" else "hier"), (pub - dt.timedelta(1)).isoformat(), True
        if kind == "weekday":
            back = rng.randint(2, 6)
            when = pub - dt.timedelta(back)
            name = WEEKDAYS[lang][when.weekday()]
            return (f"on {name}" if lang == "en" else f"{name} dernier"), when.isoformat(), True
        if kind == "last-month":
            first = pub.replace(day=1) - dt.timedelta(1)
            return ("last month" if lang == "en" else "le mois dernier"), first.isoformat()[:7], True
        if kind == "years-ago":
            k = rng.randint(2, 5)
            word = NUMBER_WORDS[lang][k - 2]
            text = f"{word} years ago" if lang == "en" else f"il y a {word} ans"
            return text, str(pub.year - k), True
        return ("last week" if lang == "en" else "la semaine dernière"), None, True


def generate(root: Path, n: int, seed: int = 5) -> dict[str, Any]:
    """Write an N-article project under ``root``; return a summary (counts, words)."""
    gen = Generator(n, seed)
    seeds = root / "seeds"
    (seeds / "articles").mkdir(parents=True, exist_ok=True)
    (seeds / "raw").mkdir(parents=True, exist_ok=True)
    people, events = gen.registry_yaml()
    _write(seeds / "people.yml", people)
    _write(seeds / "events.yml", events)
    truth: dict[str, Any] = {}
    words: list[int] = []
    wanted: set[str] = set()
    for i in range(n):
        aid, text, raw, planted = gen.article(i)
        _write(seeds / "articles" / f"{aid}.md", text)
        _write(seeds / "raw" / f"{aid}.txt", raw)
        wanted.add(f"{aid}.md")
        truth[aid] = planted.__dict__
        words.append(len(text.split("---\n", 2)[2].split()))
    for stale in (seeds / "articles").glob("*.md"):  # a smaller N in the same folder
        if stale.name not in wanted:
            stale.unlink()
            (seeds / "raw" / f"{stale.stem}.txt").unlink(missing_ok=True)
    _write(root / "truth.json", json.dumps(truth, ensure_ascii=False, sort_keys=True))
    words.sort()
    return {
        "articles": n, "people": len(gen.people), "unregistered_people": len(gen.unregistered),
        "events": len(gen.events), "words_mean": round(sum(words) / n) if n else 0,
        "words_median": words[n // 2] if n else 0,
        "quotes": sum(len(t["quotes"]) for t in truth.values()),
        "mentions": sum(len(t["mentions"]) for t in truth.values()),
        "dates": sum(len(t["dates"]) for t in truth.values()),
    }


def _write(path: Path, text: str) -> None:
    """Write only when different, so regenerating a corpus keeps its files' mtimes."""
    data = text.encode()
    if path.is_file() and path.read_bytes() == data:
        return
    path.write_bytes(data)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(generate(args.root, args.n, args.seed), indent=1))
