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
    "trente": 30, "treize": 13, "quatorze": 14, "seize": 16, "dix-sept": 17, "dix-huit": 18,
    "dix-neuf": 19, "quarante": 40, "cinquante": 50, "soixante": 60,
}
#: Compound numbers (« vingt-six ans », « trente et un ans »).
_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
NUMBERS.update({f"{tens}{join}{unit}": NUMBERS[tens] + NUMBERS[unit]
                for tens in ("vingt", "trente", "quarante", "cinquante")
                for unit in _UNITS
                for join in (("-et-", " et ") if unit == "un" else ("-",))})

#: Words without which no relative expression exists (besides month and weekday names).
TRIGGERS: tuple[str, ...] = (
    "aujourd'hui", "hier", "demain", "avant-hier", "après-demain", "il y a", "veille",
    "avant-veille", "lendemain", "surlendemain", "jour", "jours", "semaine", "mois", "an",
    "week-end", "weekend",
    "année", "été", "hiver", "automne", "printemps", "mi", "tard", "tôt", "auparavant",
)

UNITS: dict[str, str] = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year", "annee": "year",
    "décennie": "decade", "décennies": "decade",
    "annees": "year",
}
DIRECTIONS: dict[str, str] = {
    "dernier": "last", "dernière": "last", "derniere": "last", "passé": "last",
    "passée": "last", "passe": "last", "passee": "last", "prochain": "next",
    "prochaine": "next", "ce": "this", "cet": "this", "cette": "this",
}
#: In the sentence of a bare season (« en été »), words of a habit: no date (« le festival
#: a lieu chaque année en été »).
HABIT_WORDS = (r"(?i)\b(?:chaque|tous\s+les\s+ans|toujours|souvent|généralement|"
               r"habituellement|d['’]habitude|traditionnellement)\b")
#: After a season, the one after the date before it (« à l'automne suivant »).
FOLLOWING_WORDS: frozenset[str] = frozenset({"suivant", "suivante"})
SEASONS: dict[str, str] = {"printemps": "spring", "été": "summer", "ete": "summer",
                           "automne": "autumn", "hiver": "winter"}
DEICTIC: dict[str, int] = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
                           "après-demain": 2}
ANCHORED: dict[str, int] = {
    "la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
    "le jour même": 0, "le jour suivant": 1, "le jour précédent": -1, "ce jour-là": 0,
    "plus tard": 1, "après": 1, "plus tôt": -1, "auparavant": -1, "avant": -1,
}
#: Expressions anchored to another date of the text, in weeks (given to the month).
ANCHORED_WEEKS: dict[str, int] = {
    "la semaine suivante": 1, "la semaine précédente": -1, "la semaine d'après": 1,
    "la semaine d'avant": -1,
}
#: Expressions anchored to another date of the text, in years.
ANCHORED_YEARS: dict[str, int] = {
    "l'année suivante": 1, "l'année précédente": -1, "l'année d'après": 1,
    "l'année d'avant": -1, "cette année-là": 0,
}
#: Before an anchored expression in years: a duration ("over the next year").
DURATION_BEFORE: frozenset[str] = frozenset({"durant", "pendant", "dans", "sur"})

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
    "hectares", "cas", "morts", "victimes", "fois", "%", "pour cent", "points", "mots", "pages",
    "foyers", "logements", "élèves", "étudiants", "signatures", "tonnes", "visiteurs",
    "abonnés", "exemplaires", "saison", "saisons", "soldats", "agents", "policiers",
    "patients", "lits", "sièges", "millions", "million", "milliards", "milliard", "av",
    "avant", "km/h", "ch", "places", "postes", "manifestants", "migrants", "réfugiés",
)

#: A clause that speaks of the future (futur simple, "va"/"doit" + infinitive, "prochain").
FUTURE_WORDS: tuple[str, ...] = (
    "sera", "seront", "auront", "fera", "feront", "ira", "iront", "pourra", "pourront",
    "devra", "devront", "viendra", "viendront", "verra", "verront", "saura", "va", "vont",
    "doit", "doivent", "devrait", "devraient", "prévu", "prévue", "prévus", "prévues",
    "prochain", "prochaine", "prochains", "prochaines", "attendu", "attendue", "attendus",
    "attendues", "programmé", "programmée", "programmés", "programmées", "prévoit", "prévoient",
    "pourrait", "pourraient",
    # the present of a scheduled event (« le match a lieu samedi », « se réunit mercredi »)
    "a lieu", "ont lieu", "se tient", "se tiennent", "se réunit", "se réunissent",
    "se déroule", "se déroulent", "appelle à", "appellent à",
    # ... its opening and its end (« le procès s'ouvre lundi », « le scrutin se clôt dimanche »,
    # « la loi entre en vigueur lundi »)
    "s'ouvre", "s'ouvrent", "s’ouvre", "s’ouvrent", "se clôt", "se clôture", "se clôturent",
    "s'achève", "s'achèvent", "s’achève", "s’achèvent", "entre en vigueur",
    "entrent en vigueur",
    # a planned event, even one since called off (« devait se tenir samedi »)
    "devait se tenir", "devaient se tenir", "devait avoir lieu", "devaient avoir lieu",
    # a meeting called for a day (« a convoqué une table ronde à la préfecture vendredi »;
    # right before the weekday, « convoqué vendredi », the participle says when it was done)
    "convoque", "convoquent", "convoqué", "convoquée", "convoqués", "convoquées",
    # a promise or a plan, even told in the past (« a promis de rester jusqu'à fin août »,
    # « devait être entendue dès vendredi »)
    "promis de", "promet de", "promettent de", "s'est engagé à", "s'est engagée à",
    "s'engage à", "s'engagent à", "envisage de", "envisagent de", "devait être",
    "devaient être",
)
#: A futur simple by its ending, on a lowercase word only: a capitalised word inside a
#: sentence is a name (« Dylan Ferreira », « Mme Bertera »), not a verb.
FUTURE_EXTRA = (r"(?-i:[a-zàâçéèêëîïôûùüÿœ])\w{2,}(?:era|eront|ira|iront|dra|dront|vra|vront)"
                r"|(?-i:[a-zàâçéèêëîïôûùüÿœ])\w*(?:ttr|îtr)(?:a|ont)"
                r"|au\s+plus\s+t(?:ôt|ard)|aura(?!\s+fallu\b)"
                # « À quelques jours du second tour, dimanche »
                r"|à\s+quelques\s+jours\s+d(?:u|e|es)")
#: Markers of the future in the date's own clause only (``dates.py``, ``_Tense``): the
#: conditionnel, a future seen from the past (« avant d'annoncer qu'il prendrait ses
#: réquisitions jeudi »), by its endings that no imparfait has (« assurait », « entrait »
#: are imparfaits); not « aurait », « serait » (+ a participle: a past reported).
FUTURE_NEAR = (r"(?-i:[a-zàâçéèêëîïôûùüÿœ])\w{2,}(?:erai(?:t|ent)|drai(?:t|ent))"
               r"|(?-i:[a-zàâçéèêëîïôûùüÿœ])\w*(?:ttr|îtr)ai(?:t|ent)"
               r"|(?:fer|dir|ir|pourr|voudr|viendr|faudr)ai(?:t|ent)")
#: A promise or a plan before an elided infinitive (« a promis d'assurer jeudi son cours »).
FUTURE_AFFIX = (r"\b(?:promi[st]|promettent|envisagen?t?|s['’]engage(?:nt)?\s+à|compte(?:nt)?)"
                r"\s+d['’](?=\w)")
FUTURE = r"\b(?:" + "|".join(FUTURE_WORDS) + "|" + FUTURE_EXTRA + r")\b"
#: After these words an infinitive: « compte y retourner », « doit encore rendre ».
_BEFORE_INFINITIVE = (r"\s+(?:(?:bien|encore|aussi|désormais|toujours|déjà|y|en|se|le|la|les|lui|"
                      r"leur|nous|vous|me|te)\s+|(?:s|l|m|t)['’])*"
                      r"(?!(?:entre|contre|notre|votre|autre|leur)\b)\w{2,}(?:er|ir|re)\b")
#: A verb of a plan, a promise, an announcement or a schedule, in any tense: a date after
#: publication in its object phrase (after it in the date's own clause, no other verb
#: between: ``dates.py``, ``_Para.governed``) is a future spoken of, however many words
#: stand between (« L'association prévoit une réunion publique le 3 juillet », « La direction
#: promet des postes dès la rentrée de septembre », « a annoncé un rassemblement devant le
#: ministère le 3 juin », « l'audience, fixée au 15 décembre »). Nouns are left out: « le
#: programme », « l'annonce », « son compte ».
GOVERNING_FUTURE = (
    r"\b(?:"
    r"prév(?:oi[st]|oient|oyai[st]|oyaient|oira|oiront|oirait|oiraient|oir|oyant|ue?s?)"
    r"|prom(?:et|ets|ettent|ettait|ettaient|ettra|ettront|ettrait|ettraient|ettre|ettant|is|ise"
    r"|ises)"
    r"|envisag(?:e|ent|eait|eaient|era|eront|erait|eraient|é|ée|és|ées|er|eant)"
    r"|esp[èé]r(?:e|es|ent)|espér(?:ait|aient|era|eront|erait|eraient|é|ée|és|ées|er|ant)"
    r"|(?<![lLdD]['’])(?<!\b[Uu]ne\s)(?<!\b[Cc]ette\s)(?<!\b[Ss]on\s)(?<!\b[Ll]eur\s)"
    r"annon(?:ce|cent|çait|çaient|cera|ceront|cerait|ceraient|cé|cée|cés|cées|cer|çant)"
    r"|(?<!\b[Ll]e\s)(?<!\b[Uu]n\s)(?<!\b[Dd]u\s)(?<!\b[Aa]u\s)(?<!\b[Cc]e\s)(?<!\b[Ss]on\s)"
    r"(?<!\b[Ll]eur\s)programm(?:e|ent|ait|aient|era|eront|é|ée|és|ées|er|ant)"
    # « s'engage à », « se sont engagés jeudi à Lomé à créer »
    r"|(?:[sm]['’]|(?:se|me|nous|vous)\s+)(?:(?:est|sont|était|étaient|sera|seront|suis|"
    r"sommes)\s+)?engag(?:e|es|ent|é|ée|és|ées|eait|eaient|era|eront|er|eant)"
    # a date set or put off to (« fixée au 15 décembre », « reporté à la rentrée »), a
    # judgement deferred to (« mis en délibéré au 4 juillet »)
    r"|(?:fix|report|repouss)(?:e|ent|ait|aient|era|eront|é|ée|és|ées)"
    r"(?=\s+(?:au|aux|à|pour|jusqu['’]))|en\s+délibéré"
    # « compte y retourner », « doit rendre », « va organiser », « devait démarrer »
    r"|(?:compt(?:e|ent|ait|aient|era|eront|erait|eraient)|doi(?:t|vent)|dev(?:ra|ront|rait|"
    r"raient|ait|aient)|vais|va|vont|allons|allez|allait|allaient)(?=" + _BEFORE_INFINITIVE + r")"
    r")\b"
)

_NUM = (r"(?P<n>(?i:\d{1,2}|(?:vingt|trente|quarante|cinquante)(?:-et-un|\s+et\s+un|-(?:deux|"
        r"trois|quatre|cinq|six|sept|huit|neuf))|dix-(?:sept|huit|neuf)|treize|quatorze|seize|"
        r"quarante|cinquante|soixante|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
        r"quinze|vingt|trente))")
_APOS = r"['’]"
#: Before « la veille de » + an event with no date of its own: the day being told is the
#: eve (« samedi, … à la veille de l'ultime étape »), not the day before it.
EVE_OF_BEFORE: frozenset[str] = frozenset({"à"})
#: After an anchored word, the event it counts from (« la veille du conseil »).
ANCHOR_OF = r"\s+(?:du|des|de\s+la|de\s+l['’]|de\s+(?:son|sa|ses|leur|leurs)\s+)\s*"

RULES: tuple[tuple[str, str], ...] = (
    # « le 22 mai de l'année dernière », « 3 mars l'an prochain »: that year's day
    ("day-of-year", r"{DAY}\s+{MONTH}\s+(?:de\s+)?l" + _APOS + r"(?i:an|année)\s+"
                    r"(?i:dernier|dernière|passé|passée|prochain|prochaine)\b"),
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
    ("ago", r"(?i:il\s+y\s+a)\s+(?:(?i:environ|(?:un\s+peu\s+)?(?:plus|moins)\s+de|près\s+de|"
            r"presque|à\s+peine|seulement|déjà|encore|maintenant|bientôt|tout\s+juste|exactement|"
            r"quelque)\s+|(?i:(?:un\s+peu\s+)?(?:plus|moins)\s+d)" + _APOS + r")?" + _NUM +
            r"\s+(?i:jours?|semaines?|mois|ans?|années?|décennies?)"
            r"(?!\s+(?:de\b|d['’]|que\b|qu['’]))"),
    # "l'an dernier", "la semaine prochaine", "plus tôt cette année", "fin de l'année dernière"
    ("this-last-next", r"(?i:(?:(?:plus\s+tôt|plus\s+tard|(?:à\s+la\s+|en\s+)?(?:fin|début)"
                       r"(?:\s+de)?)\s+)?(?:(?:la\s+semaine|le\s+mois|l" + _APOS + r"an|l" +
                       _APOS + r"année|de\s+l" + _APOS + r"année|du\s+mois|de\s+la\s+semaine)"
                       r"\s+(?:dernière|dernier|passée|passé|prochaine|prochain)|cette\s+semaine"
                       r"|ce\s+mois-ci|cette\s+année(?!-)"
                       # « avant le Conseil de la fin du mois », « en début d'année »: this one
                       r"|(?:la\s+|à\s+la\s+|en\s+)?(?:fin|début)\s+(?:du\s+mois|de\s+l" + _APOS +
                       r"année|d" + _APOS + r"année)(?!\s*(?:de\b|d" + _APOS + r"|dernier|dernière|"
                       r"passé|passée|prochain|prochaine|suivant|suivante|précédent|précédente|"
                       r"\d)|-)))"),
    # "l'été dernier", "cet hiver"
    ("season", r"(?i:(?:l" + _APOS + r"(?:été|hiver|automne)|(?:le|au)\s+printemps)\s+(?:dernier|passé|"
               r"prochain|suivant)|cet\s+(?:été|hiver|automne)|ce\s+printemps"
               # « d'ici à l'automne », « avant l'été »: the next one
               r"|(?P<pre>d" + _APOS + r"ici(?:\s+à)?|jusqu" + _APOS + r"à|avant|dès|à\s+partir\s+de"
               # « depuis le printemps »: the last one
               r"|depuis(?=\s+(?:l" + _APOS + r"|le\s|cet?\s))"
               # « au printemps », « à l'automne », « en hiver »: dated by its clause's tense
               r"|(?P<bare>au(?=\s+printemps)|à(?=\s+l" + _APOS + r")|en(?=\s+(?:été|hiver|automne)))"
               r")\s+(?:l" + _APOS + r"(?:été|hiver|automne)|le\s+printemps|printemps|été|hiver|"
               r"automne)"
               r"(?!\s+(?:d|de|du|des|dernier|passé|prochain|suivant|19\d\d|20\d\d)\b))"),
    # « le week-end dernier », « ce week-end »: as « la semaine dernière » (the month, when
    # inside one)
    ("weekend", r"(?i:(?:le\s+)?week-?end\s+(?:dernier|passé|prochain)|ce\s+week-?end)\b"),
    # "la veille", "le lendemain", "deux jours plus tard"
    # ... "l'année suivante" (in ``ANCHORED_YEARS``)
    ("anchored", r"(?i:l" + _APOS + r"année\s+(?:suivante|précédente|d" + _APOS + r"après|d" +
                 _APOS + r"avant)|(?:l" + _APOS + r"avant-veille|la\s+veille|le\s+lendemain|"
                 r"le\s+surlendemain)(?:" + ANCHOR_OF + r"(?P<event>\w[\w-]{2,}))?|"
                 # « la séance plénière la semaine suivante »: the week after the date before
                 r"la\s+semaine\s+(?:suivante|précédente|d" + _APOS + r"après|d" + _APOS +
                 r"avant)|"
                 r"le\s+jour\s+(?:même|suivant|précédent)|cette\s+année-là|ce\s+jour-là|"
                 r"(?P<n>\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
                 r"(?P<u>jours?|semaines?|mois|ans?|années?)\s+"
                 # not a comparison: « un mois plus tôt que d'habitude »
                 r"(?:plus\s+tard|plus\s+tôt|auparavant)(?!\s+(?:que\b|qu['’])))"),
    # "aujourd'hui", "hier"
    ("deictic", r"(?i:avant-hier|après-demain|aujourd" + _APOS + r"hui|hier|demain)(?![-'’]\w)"),
    # « lundi de la semaine dernière », « mardi de la semaine prochaine »: that week's day
    ("weekday-of-week", (r"(?P<wd>{WD})\s+(?:de\s+)?(?i:la\s+semaine)\s+"
                         r"(?i:dernière|passée|prochaine)\b")),
    # "jeudi", "jeudi dernier", "ce jeudi", "jeudi soir"
    ("weekday", (r"(?:(?i:ce)\s+)?(?P<wd>{WD})(?:\s+(?i:dernier|prochain))?"
                r"(?!\s+(?:{DAY_ANY}|prochain|dernier))")),
    # « en janvier l'an dernier », « en mars de l'année prochaine »: the month of that year
    ("month-of-year", r"(?:(?P<pre>(?i:en|depuis|dès|avant|après))\s+)?(?P<m>{MONTH_FULL})\s+"
                      r"(?:de\s+)?l" + _APOS + r"(?i:an|année)\s+(?i:dernier|dernière|passé|passée|"
                      r"prochain|prochaine)"),
    # "en décembre", "en mars dernier", "début juin" (a month alone needs a word beside it)
    ("month", r"(?:(?P<pre>(?i:en|depuis|dès|jusqu" + _APOS + r"en|d" + _APOS + r"ici|avant|après|"
              r"entre|et|ou|à|de|pour|au\s+mois\s+de|le\s+mois\s+de|du\s+mois\s+de)(?=\s)"
              # « la fin du mois d'août »
              r"|(?i:au|le|du)\s+mois\s+d" + _APOS + r")\s*)?"
              r"(?:(?i:début|fin|mi|courant)[-\s]+)?(?P<m>{MONTH_FULL})"
              r"(?:\s+(?i:dernier|prochain))?(?!\s*\d)"),
    # « l'arrivée à Superdévoluy, le 17. », « là-haut le 14, pour… »: a day of the month
    # alone, closed by punctuation (not « le 17e », « le 15 de France », « le 3-1 »)
    # (and not an address: « le 14, rue du Port »)
    # … or followed by a time of the day (« le 3 au soir », « le 31 au soir ») or by
    # another day (« Lyon le 14 et Bruxelles le 17 »); « jusqu'au 14 »
    ("day-alone", (r"(?:(?i:le)|(?P<pre>(?i:jusqu['’]au)))\s+(?P<d>1er|3[01]|[12]\d|0?[1-9])"
                   r"(?=\s*[,;)]|\.(?!\d)|\s*$|\s+(?:au\s+(?:soir|matin)|dans\s+la\s+(?:soirée|"
                   r"nuit|matinée|journée)|à\s+(?:l['’]aube|midi|\d{1,2}\s*h)|et\s+(?:le|par|à)\s)"
                   r"|(?<=['’]au\s\d)(?!\s*(?:{MONTH_ANY}|[\d%-]))|(?<=['’]au\s\d\d)(?!\s*(?:{MONTH_ANY}|[\d%-])))"
                   r"(?!\s*,\s*(?i:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai|"
                   r"route|cours)\b)")),
    ("year", r"{YEAR}"),
)
#: Before « le 15 » alone, a verb of calling: an emergency number, not a day (« appeler le
#: 15 », « composez le 17 »).
DAY_ALONE_NOT_AFTER: frozenset[str] = frozenset({
    "appeler", "appelez", "appelle", "appellent", "appelé", "appelant", "composer", "composez",
    "compose", "composé", "joindre", "joignez", "contacter", "contactez", "contacté", "numéro",
    "faire", "faites", "fait",
})
MONTH_ALONE_NEEDS = ("en", "depuis", "dès", "jusqu'en", "d'ici", "avant", "après", "entre", "pour",
                     "et", "ou", "à", "de", "mois", "début", "fin", "mi", "courant", "dernier",
                     "prochain")
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"mars", "mai"})

# --------------------------------------------------------------------------------------------
# Tense of a date's own clause, holidays, forward-looking prepositions (``dates.py``,
# ``_Tense`` and ``_rule_holiday``).

#: A verb in the past: auxiliaries of the passé composé and the plus-que-parfait, être +
#: participle, and the imparfait (not the conditionnel in -rait, which looks forward).
PAST_WORDS: tuple[str, ...] = (
    "ont", "avait", "avaient", "avons", "avez", "ai", "eut", "eurent", "fut", "furent", "était",
    "étaient",
)
PAST_EXTRA = (
    r"a(?<!\by\sa)(?!\s+(?:un|une|des|du|le|la|les|l['’]|d['’]|de|son|sa|ses|leur|leurs|mon|"
    r"ma|mes|notre|nos|votre|vos|rendez-vous|besoin|envie|peur|raison|tort|droit|hâte)\b)|(?:[Ee]st|[Ss]ont|[Ss]['’]est|[Ss]e\s+sont|suis|sommes|êtes)\s+(?!(?:aussi|ainsi|ici|parmi|"
    r"lui|prévue?s?|attendue?s?|programmée?s?)\b)\w+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)"
    r"|\w{2,}(?<!r)ai(?:t|ent)|déjà|aura\s+fallu"
    # the imparfait of « je »: « Lundi, j'avais vingt-trois enfants » (not « jamais »)
    r"|(?<=\b[Jj]['’])\w+(?<!r)ais|(?<=\b[Jj]e\s)\w{2,}(?<!r)ais|étais"
)
PAST_NOT_AFTER: frozenset[str] = frozenset()
#: Past markers that are no verb: between a verb of a plan and a date, they do not end its
#: object phrase (« le gouvernement promettait déjà l'équilibre pour 2029 »).
PAST_ADVERBS: frozenset[str] = frozenset({"déjà"})
#: A past participle just before a date ("diffusé mercredi", "publiée jeudi"); not a word in
#: -que or -gue, an adjective or a noun (« une réunion publique le 3 juillet », « la ligue »).
PARTICIPLE = (r"^(?!(?:aussi|ainsi|ici|parmi|lui|midi|puis|depuis|celui|autrui|oui|qui|"
              r"mais|plus|dessus|tous|nous|vous|sous|jamais|lundi|mardi|mercredi|jeudi|"
              r"vendredi|samedi|dimanche|lieu|jeu|feu|peu|prévue?s?|attendue?s?|programmée?s?)$)"
              r"(?:(?!\w*[qg]ues?$)\w{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)|(?:re)?joint|"
              r"atteint|contraint|"
              r"craint|peint|éteint|fait|dit|écrit|décrit|ouvert|couvert|découvert|offert|mort)"
              r"(?:e|s|es)?$")
#: Before such a participle: a passive, not a past ("sera signé lundi").
PARTICIPLE_NOT_AFTER: frozenset[str] = frozenset({
    "être", "sera", "seront", "serait", "seraient", "soit", "soient", "serons", "serez",
})
#: After an article or a preposition, a word is a noun, not a participle (« en librairie dès
#: lundi »); a participle before them still counts (« un courrier adressé aux élus mardi »).
NOUN_AFTER: frozenset[str] = frozenset({
    "le", "la", "les", "un", "une", "des", "du", "de", "en", "au", "aux", "à", "sa", "son",
    "ses", "leur", "leurs", "cette", "ce", "par", "pour", "sur", "dans", "chez",
})
#: (a comma between digits is in a number: "3,000 homes", « 1,5 million »)
CLAUSE_BREAK = r"[;:()\[\]«»\"“”]|(?<!\d),|,(?!\d)|(?<!\d)[—–]|[—–](?!\d)|\s-\s|(?<!\w)(?:qu|lorsqu|puisqu)['’]"
CLAUSE_WORDS: tuple[str, ...] = (
    "que", "qui", "dont", "lorsque", "quand", "si", "mais", "et", "car", "puisque",
)
HYPOTHETICAL: frozenset[str] = frozenset({"si"})
FORWARD_WEEKDAY = r"(?:\bjusqu['’](?:à|au)|\bd['’]ici(?:\s+à)?|\bpour)\s+$"
#: Before a weekday, an infinitive of purpose: forward unless the clause is in the past
#: (« c'est de gagner samedi », « pour voter dimanche »).
FORWARD_INFINITIVE = (r"(?:(?:\bde|\bpour|\bà)\s+|\bd['’])(?!(?:notre|votre|autre|entre|contre)\s)"
                      r"\w{3,}(?:er|ir|re)\s+$")
FORWARD_WEAK = r"(?:\bjusqu['’](?:à|au|en)|\bd['’]ici(?:\s+à)?|\bdès|\bà\s+partir\s+de)\s+$"
#: Just before a date: a starting point, never after publication (« depuis le 18 mai »).
BACKWARD = r"\bdepuis(?:\s+(?:le|la|l['’]))?\s*$"
#: Before a weekday, a scheduled event: forward unless the clause is in the past (« un
#: rassemblement samedi »); « ce samedi » too.
EVENT_NOUNS: frozenset[str] = frozenset({
    "rassemblement", "manifestation", "réunion", "match", "rencontre", "séance", "vote",
    "scrutin", "audience", "grève", "mobilisation", "marche", "cérémonie", "conférence",
    "assemblée", "conseil", "sommet", "débat", "concert", "procès", "délibéré", "finale",
    "obsèques", "hommage", "inauguration", "rendez-vous",
})
THIS_WEEKDAY: frozenset[str] = frozenset({"ce"})
#: In a sentence without tense markers, a weekday whose next occurrence is more than twice
#: as close as the last one is the next one: French tells the past with an auxiliary or the
#: imparfait, and its present often speaks of the days ahead (« Dimanche, le village organise
#: un pot d'adieu » in a Saturday paper). English irregular pasts ("taken") are no markers.
UNMARKED_WEEKDAY_NEAREST = True
#: After a weekday in a sentence without tense markers, a scheduled event: forward
#: (« Réponse samedi soir, lors de la cérémonie de clôture »).
EVENT_AFTER_WEEKDAY = (r"(?i:\s+(?:soir|matin|midi|après-midi|après\s+midi))?\s*,?\s*"
                       r"(?i:lors\s+(?:de\s+la|de\s+l['’]|du|des)|pour\s+(?:la|le|l['’]|les))\s*"
                       r"(?i:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b")
#: Before a weekday alone, an article makes it a habit, not a date (« le mercredi
#: après-midi », « les samedis », « les croissants du dimanche »); « le mercredi 12 mars » is
#: a date (another rule).
HABITUAL_BEFORE: frozenset[str] = frozenset({"le", "les", "chaque", "tous", "du", "un"})
#: Two words before a weekday, an indefinite article with an adjective between (« un beau
#: samedi »).
HABITUAL_BEFORE_ADJECTIVE: frozenset[str] = frozenset({"un", "chaque"})
HABIT_ADJECTIVES: frozenset[str] = frozenset({"beau", "bon", "mauvais", "certain", "simple"})
#: « Ce fonctionnaire, aujourd'hui pensionné, … »: « aujourd'hui » in an apposition is "now",
#: not a date (``dates.py``, ``_rule_deictic``).
NOW_IN_APPOSITION: frozenset[str] = frozenset({"aujourd'hui"})
#: Before a year that ends a short title in quotation marks, words that make it a date
#: anyway (« on y sera en 2030 »); after any other word it is part of the title (le plan
#: « Cœur de ville 2030 »).
YEAR_IN_TITLE_DATE_AFTER: frozenset[str] = frozenset({
    "en", "depuis", "dès", "avant", "après", "de", "d'", "à", "jusqu'en", "pour", "vers",
    "entre", "et", "fin", "début", "mi", "ici", "horizon", "courant", "que", "qu'",
})
#: After a weekday, words of a habit (« le premier samedi de chaque mois »).
HABIT_AFTER_WEEKDAY = r"\s+(?:de\s+)?(?:chaque|tous\s+les|toutes\s+les)\s+(?:mois|semaines?|ans?|années?)\b"
#: Before « de » + a holiday, a noun that makes the holiday a date (« le week-end de
#: Pâques »), not a modifier (« le marché de Noël »).
HOLIDAY_DAY_OF: frozenset[str] = frozenset({"week-end", "weekend"})
#: Before « du » + weekday, a night that is a date (« dans la nuit du samedi au dimanche »).
NIGHT_OF: tuple[str, ...] = ("nuit",)
#: Between two weekdays, the end of a range (« du lundi au vendredi »).
RANGE_END: tuple[str, ...] = ("au",)

#: Holidays, tried apart from ``RULES`` where a trigger word is a word of a holiday name:
#: "à Noël", "la Toussaint", "le lundi de Pâques", "Noël dernier", "Pâques 2019".
HOLIDAY_RULE = (r"(?:(?P<pre>(?i:le|la)\s+|l" + _APOS + r"))?(?P<h>{HOLIDAY})"
                r"(?:\s+(?i:dernier|dernière|prochain|prochaine))?(?:\s+{YEAR})?")
HOLIDAYS: dict[str, str] = {
    "Noël": "12-25", "jour de Noël": "12-25", "veille de Noël": "12-24",
    "réveillon de Noël": "12-24", "réveillon du Nouvel An": "12-31",
    "réveillon du jour de l'an": "12-31", "Saint-Sylvestre": "12-31",
    "jour de l'an": "01-01", "jour de l'An": "01-01", "Nouvel An": "01-01",
    "Pâques": "easter+0", "dimanche de Pâques": "easter+0", "lundi de Pâques": "easter+1",
    "Vendredi saint": "easter-2", "vendredi saint": "easter-2", "Ascension": "easter+39",
    "Pentecôte": "easter+49", "lundi de Pentecôte": "easter+50", "Toussaint": "11-01",
    "11-Novembre": "11-11", "14-Juillet": "07-14", "1er-Mai": "05-01",
    "fête du Travail": "05-01", "Saint-Valentin": "02-14", "Halloween": "10-31",
    "Assomption": "08-15", "Épiphanie": "01-06", "Chandeleur": "02-02",
}
#: A holiday name alone is a date after one of these words (or with an article: "la
#: Toussaint", "le 14-Juillet"); "de" before it makes it a modifier ("le marché de Noël").
HOLIDAY_BEFORE: frozenset[str] = frozenset({
    "à", "avant", "après", "pour", "depuis", "dès", "jusqu'à", "d'ici", "vers", "entre", "et",
    "ou", "le", "la", "l'", "au", "ce", "cette",
    # verbes dont le jour même est l'objet (« passer Noël en famille »)
    "passer", "passé", "passera", "passeront", "fêter", "fêté", "fêtera", "célébrer",
    "célébré",
})
HOLIDAY_MODIFIED: frozenset[str] = frozenset()
#: Before an anchored word inside a quotation, a clause of habit (present tense, checked by
#: ``dates.py``): « Quand un intérimaire annule la veille, … » is no date.
HABITUAL_CLAUSE = r"\b(?:[Qq]uand|[Ll]orsqu(?:e|['’]))\s*[^,.;:!?«»“”]{1,60}$"
#: Just before a deictic or anchored word, an idiom: no date (« une crise qui ne date pas
#: d'hier », « Un jour on réforme, le lendemain on recule »).
NOT_DATE_BEFORE = (r"(?:\bdat(?:e|ent|ait|aient)\s+pas\s+d['’]|\b[Uu]n\s+jour\b"
                   r"[^.!?;«»\"“”]{0,60},\s*"
                   # « je m'en souviens comme si c'était hier »
                   r"|\bcomme\s+si\s+c['’](?:était|est)\s+)$")
#: After a month alone (without a word before it that makes it a date), words that do
#: ("we are looking at December at the earliest").
MONTH_ALONE_AFTER = r"\s+au\s+plus\s+t(?:ôt|ard)\b"
#: The auxiliary of a past before the past ("had", « avait »): a yearless date in its clause is
#: before publication, however near the next occurrence (``dates.py``, ``_pluperfect``).
PLUPERFECT = r"\b(?:avait|avaient|[Jj]\s*['’]\s*avais|avions|aviez)\b"
#: Before « fin d'année », « début du mois »: an article or a word of habit makes it no date
#: (« une fin d'année aussi noire », « chaque fin de mois »).
PERIOD_NOT_AFTER: frozenset[str] = frozenset({"une", "un", "chaque", "des", "les", "toute"})
#: « il y a quinze jours », « il y a huit jours »: two weeks, one week (given as "last week" is).
DAYS_AS_WEEKS: dict[int, int] = {8: 1, 15: 2}
#: Before a month alone in a past clause, the preposition of a past event (« sorti en
#: février »), and what makes the clause look ahead all the same (an infinitive: « a décidé
#: de fermer en avril »; « devait », « allait » + infinitive) (``dates.py``, ``_past_in``).
PAST_IN: frozenset[str] = frozenset({"en"})
AHEAD_IN_CLAUSE = (r"(?i)\b(?:de|d['’]|à|pour|devait|devaient|allait|allaient|pouvait|"
                   r"pouvaient|voulait|voulaient|comptait|comptaient)\s*\w+(?:er|ir|re)\b")
#: Before a month, a preposition of a target: even in a past before the past, the month may be
#: ahead ("had announced it for June").
TARGET_BEFORE: frozenset[str] = frozenset({"pour", "jusqu'en", "d'ici", "dès", "avant"})
