"""French word lists and patterns for finding dates (the rules are in ``annotate/dates.py``).

General language knowledge only: nothing here names a topic, an outlet or a person. Month and
weekday names come from CLDR (Babel) and are lowercase in French (capitalised at the start of a
sentence); accents may be missing in copied text ("aout", "decembre"). Placeholders as in
``dates_en.py``. Both apostrophes, ' and ’, are accepted.
"""

from __future__ import annotations

#: Spellings besides the CLDR ones (missing accents, abbreviations without a dot).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "fevr": 2, "févr": 2, "avr": 4,
    "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}

NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30,
}

#: Words without which no relative expression exists (besides month and weekday names).
TRIGGERS: tuple[str, ...] = (
    "aujourd'hui", "hier", "demain", "avant-hier", "après-demain", "il y a", "veille",
    "avant-veille", "lendemain", "surlendemain", "jour", "jours", "semaine", "mois", "an",
    "année", "été", "hiver", "automne", "printemps", "mi",
)

UNITS: dict[str, str] = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year", "annee": "year",
    "annees": "year",
}
DIRECTIONS: dict[str, str] = {
    "dernier": "last", "dernière": "last", "derniere": "last", "passé": "last",
    "passée": "last", "passe": "last", "passee": "last", "prochain": "next",
    "prochaine": "next", "ce": "this", "cet": "this", "cette": "this",
}
SEASONS: dict[str, str] = {"printemps": "spring", "été": "summer", "ete": "summer",
                           "automne": "autumn", "hiver": "winter"}
DEICTIC: dict[str, int] = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
                           "après-demain": 2}
ANCHORED: dict[str, int] = {
    "la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
    "le jour même": 0, "le jour suivant": 1, "le jour précédent": -1,
    "plus tard": 1, "après": 1, "plus tôt": -1, "auparavant": -1, "avant": -1,
}

#: Words after a weekday that make it a named day, not a date ("mardi gras").
NAMED_DAY_AFTER: frozenset[str] = frozenset({"gras", "saint", "noir", "fou"})
NAMED_DAY_BEFORE: frozenset[str] = frozenset({"black", "cyber", "super"})

COUNT_BEFORE: tuple[str, ...] = (
    "environ", "près de", "plus de", "moins de", "quelque", "au moins", "jusqu'à",
    "n°", "no", "numéro", "page", "pages", "chambre", "vol", "route", "article", "modèle",
    "code", "seulement", "exactement", "presque", "les", "ces", "ses", "leurs", "nos", "vos",
)
COUNT_AFTER: tuple[str, ...] = (
    "personnes", "habitants", "euros", "dollars", "livres", "détenus", "prisonniers",
    "hommes", "femmes", "enfants", "voix", "membres", "salariés", "employés", "emplois",
    "ans", "années", "jours", "heures", "minutes", "kilomètres", "km", "mètres", "m",
    "hectares", "cas", "morts", "victimes", "fois", "%", "pour", "points", "mots", "pages",
    "foyers", "logements", "élèves", "étudiants", "signatures", "tonnes", "visiteurs",
    "abonnés", "exemplaires", "saison", "saisons", "soldats", "agents", "policiers",
    "patients", "lits", "sièges", "millions", "million", "milliards", "milliard", "av",
    "avant", "km/h", "ch", "places", "postes", "manifestants", "migrants", "réfugiés",
)

#: A clause that speaks of the future (futur simple, "va"/"doit" + infinitive, "prochain").
FUTURE = (
    r"\b(?:sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|"
    r"viendra|viendront|verra|verront|saura|va|vont|doit|doivent|devrait|devraient|prévu|"
    r"prévue|prévus|prévues|prochaine?s?|\w{3,}(?:era|eront|ira|iront|dra|dront))\b"
)

_NUM = (r"(?P<n>(?i:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
        r"quinze|vingt|trente))")
_APOS = r"['’]"

RULES: tuple[tuple[str, str], ...] = (
    # "dimanche 23 octobre", "1er mai", "13 juin 2019", "le jeudi 13 juin 2019"
    ("day-month", r"(?:(?P<wd>{WD})\s+)?{DAY}\s+{MONTH}(?:\s+{YEAR})?"),
    # "décembre 2018", "mi-juin 2019", "début mars 2020"
    ("month-year", r"(?:(?i:début|fin|mi|courant)[-\s]+)?{MONTH}\s+{YEAR}"),
    # "fin 2018", "mi-2019", "début 2019", "l'été 2019", "au printemps 2019"
    ("part-of-year", r"(?i:(?:(?:à\s+la\s+|au\s+)?(?:début|fin|milieu|courant|printemps|"
                     r"automne|hiver)(?:\s+de\s+l" + _APOS + r"année|\s+de)?\s+)|(?:à\s+la\s+)?"
                     r"mi-|l" + _APOS + r"(?:été|hiver|automne)\s+(?:de\s+)?|"
                     r"(?:en\s+)?été\s+)(?:(?i:l" + _APOS + r"année)\s+)?{YEAR}"),
    # "il y a environ deux semaines", "il y a un an"
    ("ago", r"(?i:il\s+y\s+a)\s+(?:(?i:environ|près\s+de|plus\s+de|moins\s+de|presque|à\s+peine|"
            r"seulement|déjà|tout\s+juste|exactement|quelque)\s+)?" + _NUM +
            r"\s+(?i:jours?|semaines?|mois|ans?|années?)(?!\s+(?:de|d['’]|que|qu['’]))"),
    # "l'an dernier", "la semaine prochaine", "plus tôt cette année", "fin de l'année dernière"
    ("this-last-next", r"(?i:(?:(?:plus\s+tôt|plus\s+tard|(?:à\s+la\s+|en\s+)?(?:fin|début)"
                       r"(?:\s+de)?)\s+)?(?:(?:la\s+semaine|le\s+mois|l" + _APOS + r"an|l" +
                       _APOS + r"année|de\s+l" + _APOS + r"année|du\s+mois|de\s+la\s+semaine)"
                       r"\s+(?:dernière|dernier|passée|passé|prochaine|prochain)|cette\s+semaine"
                       r"|ce\s+mois-ci|cette\s+année))"),
    # "l'été dernier", "cet hiver"
    ("season", r"(?i:(?:l" + _APOS + r"(?:été|hiver|automne)|le\s+printemps)\s+(?:dernier|passé|"
               r"prochain)|cet\s+(?:été|hiver|automne)|ce\s+printemps)"),
    # "la veille", "le lendemain", "deux jours plus tard"
    ("anchored", r"(?i:l" + _APOS + r"avant-veille|la\s+veille|le\s+lendemain|le\s+surlendemain|"
                 r"le\s+jour\s+(?:même|suivant|précédent)|(?P<n>\d{1,2}|deux|trois|quatre|cinq|"
                 r"six|sept|huit|neuf|dix)\s+jours\s+(?:plus\s+tard|plus\s+tôt|auparavant))"),
    # "aujourd'hui", "hier"
    ("deictic", r"(?i:avant-hier|après-demain|aujourd" + _APOS + r"hui|hier|demain)(?![-'’]\w)"),
    # "jeudi", "jeudi dernier", "ce jeudi", "jeudi soir"
    ("weekday", (r"(?:(?i:ce)\s+)?(?P<wd>{WD})(?:\s+(?i:dernier|prochain))?"
                r"(?!\s+(?:{DAY_ANY}|prochain|dernier))")),
    # "en décembre", "en mars dernier", "début juin" (a month alone needs a word beside it)
    ("month", r"(?:(?P<pre>(?i:en|depuis|dès|jusqu" + _APOS + r"en|d" + _APOS + r"ici|avant|après|"
              r"entre|et|ou|à|de|au\s+mois\s+de|le\s+mois\s+de|du\s+mois\s+de))\s+)?"
              r"(?:(?i:début|fin|mi|courant)[-\s]+)?(?P<m>{MONTH_FULL})"
              r"(?:\s+(?i:dernier|prochain))?(?!\s*\d)"),
    ("year", r"{YEAR}"),
)
MONTH_ALONE_NEEDS = ("en", "depuis", "dès", "jusqu'en", "d'ici", "avant", "après", "entre",
                     "et", "ou", "à", "de", "mois", "début", "fin", "mi", "courant", "dernier",
                     "prochain")
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"mars", "mai"})
