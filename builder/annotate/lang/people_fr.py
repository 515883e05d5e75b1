"""French word lists for finding people in news text (the rules are in ``annotate/people.py``).

General language knowledge only: nothing here names a topic or a person. Words are compared
folded (lowercase, accents removed) unless a comment says otherwise. The names of the lists are
those of ``people_en``; ``people.py`` merges both languages.
"""

from __future__ import annotations

#: Honorifics and titles written before a name ("M. Dupont", "Mme Martin", "Me Durand").
TITLES: tuple[str, ...] = (
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Dre", "Pr", "Monsieur", "Madame",
    "Mademoiselle", "Maître", "Docteur", "Professeur", "Président", "Présidente",
    "Vice-président", "Vice-présidente", "Sénateur", "Sénatrice", "Député", "Députée",
    "Ministre", "Premier ministre", "Gouverneur", "Gouverneure", "Maire", "Juge", "Général",
    "Colonel", "Capitaine", "Lieutenant", "Commissaire", "Inspecteur", "Inspectrice", "Père",
    "Sœur", "Frère", "Abbé", "Mgr", "Monseigneur", "Cardinal", "Rabbin", "Imam",
    "Ambassadeur", "Ambassadrice", "Procureur", "Procureure", "Chancelier",
    "Chancelière", "Secrétaire", "Chef",
)

#: Titles that name a person together with one single name ("le pape François").
SINGLE_NAME_TITLES: tuple[str, ...] = (
    "Pape", "Roi", "Reine", "Prince", "Princesse", "Duc", "Duchesse", "Empereur",
    "Impératrice", "Cheikh", "Sultan", "Tsar",
)

#: See ``people_en.FAMILIAR_TITLES`` (« Sœur Agnès », « tonton Gilles »).
FAMILIAR_TITLES: tuple[str, ...] = ("Sœur", "Soeur", "Oncle", "Tonton", "Tante", "Tata")

NAME_SUFFIXES: tuple[str, ...] = ("fils", "père")

#: Honorifics that tell a person's gender, to check "Mme Aubry" against the registry.
MALE_HONORIFICS: tuple[str, ...] = ("M", "Monsieur", "MM")
FEMALE_HONORIFICS: tuple[str, ...] = ("Mme", "Madame", "Mlle", "Mademoiselle", "Mmes", "Mlles",
                                      "Dre")  # (« la Dre Tremblay »: Quebec's « docteure »)

#: Honorifics any person's surname may follow (``people_en.PLAIN_HONORIFICS``).
PLAIN_HONORIFICS: tuple[str, ...] = ("M", "Mme", "Mlle", "Monsieur", "Madame", "Mademoiselle")

#: Lowercase particles inside names ("Charles de Gaulle", "Valéry Giscard d'Estaing").
NAME_PARTICLES: tuple[str, ...] = ("de", "du", "des", "le", "la", "van", "von", "der", "di", "da")

#: French elisions before a word: "d'Alice", "qu'Ivanka", "l'avocate".
ELISIONS: tuple[str, ...] = (
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    "presqu",
)

#: Lowercase nouns just before a name that say it is a person ("l'avocate Claire Dubois").
ROLE_NOUNS: tuple[str, ...] = (
    "avocat", "avocate", "avocats", "avocates", "rappeur", "rappeuse", "chanteur", "chanteuse",
    "acteur", "actrice", "comédien", "comédienne", "mannequin", "star", "vedette", "créateur",
    "créatrice", "styliste", "sénateur", "sénatrice", "député", "députée", "gouverneur",
    "président", "présidente", "maire", "juge", "procureur", "procureure", "accusé", "accusée",
    "détenu", "détenue", "prisonnier", "prisonnière", "militant", "militante", "journaliste",
    "reporter", "chroniqueur", "chroniqueuse", "producteur", "productrice", "réalisateur",
    "réalisatrice", "animateur", "animatrice", "auteur", "auteure", "autrice", "écrivain",
    "écrivaine", "romancier", "romancière", "poète", "artiste", "athlète", "joueur", "joueuse",
    "entraîneur", "entraîneuse", "shérif", "policier", "policière", "pasteur", "fondateur",
    "fondatrice", "cofondateur", "cofondatrice", "patron", "patronne", "directeur",
    "directrice", "porte-parole", "conseiller", "conseillère", "ministre", "ambassadeur",
    "ambassadrice", "candidat", "candidate", "élu", "élue", "parlementaire", "politicien",
    "politicienne", "professeur", "professeure", "chercheur", "chercheuse", "médecin",
    "docteur", "infirmier", "infirmière", "aide-soignant", "aide-soignante", "mari", "époux", "épouse", "femme", "compagne",
    "compagnon", "fiancé", "fiancée", "petit-ami", "petite-amie", "ex-mari", "ex-femme",
    "fille", "fils", "mère", "père", "maman", "papa", "sœur", "soeur", "frère", "grand-mère",
    "grand-père", "tante", "oncle", "cousin", "cousine", "nièce", "neveu", "ami", "amie",
    "copain", "copine",
    "belle-fille", "beau-fils", "belle-mère", "beau-père", "belle-sœur", "beau-frère",
    "veuve", "veuf", "humoriste", "musicien", "musicienne", "danseur", "danseuse",
    "cinéaste", "photographe", "entrepreneur", "entrepreneuse", "homme d'affaires",
    "femme d'affaires", "milliardaire", "millionnaire", "influenceuse", "influenceur",
    "personnalité", "célébrité", "victime", "survivant", "survivante", "suspect", "suspecte",
    "témoin", "plaignant", "plaignante", "client", "cliente", "collègue", "manager", "agent",
    "agente", "attaché de presse", "attachée de presse", "employé", "employée", "étudiant",
    "étudiante", "enseignant", "enseignante", "ancien", "ancienne", "feu", "feue", "nommé",
    "nommée", "prénommé", "prénommée", "baptisé", "baptisée", "surnommé", "surnommée",
    "m.", "mme", "mlle", "me", "adjoint", "adjointe", "conservateur", "conservatrice",
    "paléontologue", "géologue", "archéologue", "historien", "historienne", "pompier",
    "commandant", "gendarme", "habitant", "habitante", "riverain", "riveraine", "agriculteur",
    "agricultrice", "viticulteur", "viticultrice", "éleveur", "éleveuse", "préfet", "préfète",
    "conseiller", "conseillère", "attaquant", "attaquante", "défenseur", "gardien", "gardienne",
    "responsable", "délégué", "déléguée", "syndicaliste", "ouvrier", "ouvrière", "salarié",
    "salariée", "propriétaire", "gérant", "gérante", "commerçant", "commerçante", "retraité",
    "retraitée", "chauffeur", "économiste", "analyste", "astronome", "astrophysicien",
    "astrophysicienne", "physicien", "physicienne", "biologiste", "chimiste", "sociologue",
    "psychologue", "chirurgien", "chirurgienne", "co-auteur", "coautrice", "coauteur",
    "enquêteur", "enquêtrice", "magistrat", "magistrate", "président", "vice-président",
    "vice-présidente", "trésorier", "trésorière", "secrétaire", "opposant", "opposante",
    "rival", "rivale", "sortant", "sortante", "membre", "militant", "bénévole", "guide",
    "conducteur", "conductrice", "voisin", "voisine", "témoin", "locataire", "maire",
    "promoteur", "promotrice", "organisateur", "organisatrice", "courtier", "courtière",
    "banquier", "banquière", "investisseur", "investisseuse", "actionnaire", "socialiste",
    "écologiste", "insoumis", "insoumise", "centriste", "communiste", "macroniste",
    "lepéniste", "gaulliste", "souverainiste", "ailier", "latéral", "milieu", "meneur",
    "pilier", "talonneur", "ouvreur", "buteur", "capitaine", "sélectionneur", "arbitre",
    "coureur", "coureuse", "cycliste", "nageur", "nageuse", "skieur", "skieuse", "boxeur",
    "boxeuse", "pilote", "navigateur", "navigatrice", "skipper", "préparateur",
    "préparatrice", "kinésithérapeute", "coach", "assistant", "assistante",
    # nouns of age stand for a person like a role (« le septuagénaire, Ruslan Abdulov, »)
    "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire",
    "octogénaire", "nonagénaire", "adolescent", "adolescente",
    "homologue", "cheffe",
    # pupils and trades met in reports (« Lucas, un lycéen assis au fond du bus »)
    "lycéen", "lycéenne", "collégien", "collégienne", "écolier", "écolière", "opératrice",
    "technicien", "technicienne", "ingénieur", "ingénieure",
    # trades of the people a reporter meets (« s'amuse la boulangère, Sandrine. »)
    "boulanger", "boulangère", "pharmacien", "pharmacienne", "vendeur", "vendeuse",
    "serveur", "serveuse", "coiffeur", "coiffeuse", "caissier", "caissière", "facteur",
    "factrice", "artisan", "artisane", "videur", "pêcheur", "pêcheuse", "berger", "bergère",
    "menuisier", "menuisière", "plombier", "plombière", "électricien", "électricienne",
    "soudeur", "soudeuse", "mécanicien", "mécanicienne", "bûcheron", "bûcheronne",
    "apiculteur", "apicultrice", "vigneron", "vigneronne", "boucher", "bouchère", "épicier",
    "épicière", "cordonnier", "cordonnière", "forgeron", "maraîcher", "maraîchère",
    "proviseur", "proviseure", "greffier", "greffière", "bibliothécaire", "archiviste",
    "ambulancier", "ambulancière", "sage-femme",
    "commissaire", "sous-préfet", "sous-préfète", "recteur", "rectrice", "urgentiste",
    "éducateur", "éducatrice", "surveillant", "surveillante",
    # ranks and clergy (« le lieutenant Paul X », « le curé du village, Jean X »; not « général
    # », « cardinal », « amiral », « religieuse »: adjectives too, « le produit amiral Renault
    # Clio », « la fête religieuse Yom Kippour »; nor « vétérinaire », « rédacteur », which
    # name firms and titles: « le vétérinaire Boehringer Ingelheim »)
    "lieutenant", "lieutenante", "sergent", "sergente", "caporal", "adjudant", "colonel",
    "colonelle", "prêtre", "curé", "vicaire", "aumônier", "aumônière", "diacre", "rabbin",
    "imam", "moine", "évêque", "archevêque",
)

#: Verbs after a name that make it the speaker ("Claire Dubois a déclaré").
SPEECH_AFTER: tuple[str, ...] = (
    "a déclaré", "a dit", "a expliqué", "a ajouté", "a confié", "a affirmé", "a écrit",
    "a tweeté", "a raconté", "a révélé", "a souligné", "a indiqué", "a précisé", "a annoncé",
    "a partagé", "a poursuivi", "a répondu", "a assuré", "a estimé", "a reconnu", "a admis",
    "a témoigné", "a commenté", "a remercié", "a salué", "a publié", "a posté", "a réagi",
    "a insisté", "a lancé", "a martelé", "a rappelé", "a plaidé", "a dénoncé", "a regretté",
    "a avoué", "a confirmé", "a démenti", "a nié", "avait déclaré", "avait dit",
    "déclare", "dit", "explique", "ajoute", "confie", "affirme", "écrit", "raconte", "révèle",
    "souligne", "indique", "précise", "annonce", "poursuit", "répond", "assure", "estime",
    "reconnaît", "témoigne", "s'est exprimé", "s'est exprimée", "a nuancé", "a tempéré",
    "a prévenu", "a averti", "a jugé", "a considéré", "a observé", "a relevé", "a résumé",
    "a conclu", "a noté", "a ironisé", "a tranché", "a soupiré", "a glissé", "a lâché",
    "a fait valoir", "a fait savoir", "a soutenu", "a promis", "a déploré", "a félicité",
    "nuance", "tempère", "prévient", "observe", "relève", "résume", "conclut", "ironise",
    "tranche", "soupire", "glisse", "lâche", "insiste", "déplore", "regrette", "se souvient",
    "se félicite", "s'inquiète", "s'est félicité", "s'est félicitée", "s'est dit",
    "s'est dite", "n'a pas répondu", "n'a pas souhaité", "a refusé de commenter",
)

#: Stressed pronouns in apposition after a name, between commas (« Jovana Petrović, elle, est
#: restée », « Jean-Pierre Castaing, lui, a souscrit »): they stand for a person.
STRESSED_PRONOUNS: tuple[str, ...] = ("lui", "elle", "eux", "elles")

#: Prepositions before a medium that a speech verb's subject may follow (« a réagi sur
#: France Inter Jean Martin »): a given name inside the capitalised run after one starts
#: the person's name, the words before it are the medium's.
MEDIUM_PREPOSITIONS: tuple[str, ...] = ("sur", "à", "au", "aux", "dans", "via")

#: Noms de lieu devant « de » et son nom : « la commune valaisanne de Val de Rèche », « le
#: village de Saint-Jean » (le nom est alors celui d'un lieu, quels qu'en soient les mots).
PLACE_NOUNS: tuple[str, ...] = (
    "commune", "ville", "village", "hameau", "bourg", "municipalité", "localité", "canton",
    "département", "région", "province", "quartier", "arrondissement", "station", "vallée",
    "île", "cité",
)

#: Nouns for a kind of organisation right before a name: the name is the organisation's
#: (« l'opérateur Hebridean Link », « l'assureur Mutuelle des Coteaux »), unless it opens with
#: a known given name. (Not « usine », « équipe », « studio », « clinique »: as often before a
#: brand and then a person's name, « l'usine Stellantis Marc Dupuis ».)
ORGANISATION_NOUNS: tuple[str, ...] = (
    "opérateur", "transporteur", "compagnie", "assureur", "enseigne", "distributeur",
    "constructeur", "fabricant", "équipementier", "chaîne", "radio", "quotidien",
    "hebdomadaire", "mensuel", "magazine", "banque", "syndicat", "mutuelle", "start-up",
    "plateforme", "application", "franchise", "firme", "holding", "filiale", "cabinet",
    "coopérative", "association", "fondation", "société", "entreprise", "agence",
)
#: Endings of an adjective between a noun for a firm and the firm's name (« le syndicat agricole Terres d'Oc », « la coopérative laitière X »; not « L'entreprise
#: emploie X »): the name
#: is the firm's wherever the article writes it.
ORGANISATION_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ole", "ale", "ique", "ière", "aire", "elle", "ive", "ienne", "aise", "ane", "ine")

#: Verbs of speech or manner that only a person does, before or after a given name standing
#: alone (« raconte Karim », « Karim sourit »): with an age in apposition (« Moussa, 24 ans »)
#: they make a lone given name a person's. "a dit", "a annoncé" are not enough: a firm or a club
#: named like a person also says and announces.
LONE_NAME_VERBS: tuple[str, ...] = (
    "raconte", "a raconté", "racontait", "confie", "a confié", "confiait", "sourit", "a souri",
    "souriait", "soupire", "a soupiré", "soupirait", "se souvient", "se souvenait", "témoigne",
    "a témoigné", "témoignait", "ironise", "a ironisé", "plaisante", "a plaisanté", "rigole",
    "s'amuse", "s'emporte", "s'agace", "s'énerve", "murmure", "a murmuré", "glisse",
    "a glissé", "glissait", "lâche", "a lâché", "lâchait", "avoue", "a avoué", "avouait",
    "se désole", "peste", "s'exclame", "souffle", "a soufflé", "soufflait", "se rappelle",
    "s'inquiète", "regrette", "a regretté", "poursuit-il", "poursuit-elle",
    "a été réveillé", "a été réveillée", "s'est réveillé", "s'est réveillée",
    # words said to the writer, a person's (« Julie m'a dit un soir : « Papa, … » »)
    "m'a dit", "m'a répondu", "m'a raconté", "m'a confié", "m'a lancé", "m'a demandé",
    # only a person has a first name (« une jeune femme prénommée Inaya »)
    "prénommé", "prénommée", "prénommés", "prénommées",
)

#: What only a person does, in a relative clause or a participle after a given name standing
#: alone and a comma (« Sylvie, qui habite deux maisons plus loin, », « Bernadette, venue
#: d'Aurillac avec sa petite-fille, »): the French counterpart of ``people_en.LONE_NAME_RELATIVES``
#: ("who"), since « qui » also follows a firm. Text folded (no accents).
LONE_NAME_CLAUSES: tuple[str, ...] = (
    "qui habite", "qui habitait", "venu avec", "venue avec",
)

#: Endings that make the first word of an apposition to a given name a trade (« Sandra,
#: polisseuse depuis 22 ans, »): not « -eur », « -ier », « -ière » (« Ariane, lanceur lourd », « Marie-Jeanne, chalutier de 18 mètres », « Marguerite,
#: laitière de race normande »: rockets, boats and cows have given names too).
TRADE_ENDINGS: tuple[str, ...] = ("euse", "trice", "iste")

#: Possessives before a role noun in apposition to a given name standing alone (« Sa
#: préparatrice physique, Inès, »): the name is a person's.
LONE_NAME_POSSESSIVES: tuple[str, ...] = ("son", "sa", "leur", "notre", "mon", "ma", "votre")

#: See ``people_en.YOUNGER_WORDS`` (« le cadet des Ferrand », « le jeune Ferrand »).
YOUNGER_WORDS: tuple[str, ...] = ("cadet", "cadette", "jeune", "benjamin", "benjamine")
ELDER_WORDS: tuple[str, ...] = ("aîné", "aînée", "aine", "ainee")

#: See ``people_en.LONE_ROLE_NOUNS`` (« Son second, Julien, lui tend un café »).
LONE_ROLE_NOUNS: tuple[str, ...] = ("second", "seconde", "bras droit")
#: See ``people_en.KIN_ADJECTIVES`` (« son petit frère, Julien, »).
KIN_ADJECTIVES: tuple[str, ...] = (
    "petit", "petite", "grand", "grande", "jeune", "jumeau", "jumelle", "défunt", "défunte",
)
#: See ``people_en.WORK_NOUNS`` (« son tube « Long Way Home » », « une série intitulée « … » »).
WORK_NOUNS: tuple[str, ...] = (
    "tube", "chanson", "titre", "album", "film", "téléfilm", "documentaire", "série",
    "feuilleton", "émission", "livre", "roman", "essai", "pièce", "spectacle", "tableau",
    "intitulé", "intitulée", "intitulés", "intitulées",
)
#: See ``people_en.NICKNAME_BEFORE`` (« Andrés Romero, dit « el Niño de la Vega » »).
NICKNAME_BEFORE: tuple[str, ...] = (
    "alias", "surnommé", "surnommée", "appelle", "appellent", "surnomme", "surnomment",
)
#: See ``people_en.NICKNAME_APPOSITIONS``: « il a dit « X » » quotes words.
NICKNAME_APPOSITIONS: tuple[str, ...] = ("dit", "dite")
#: See ``people_en.FORMER_ADJECTIVES`` (« l'ancien videur de la discothèque, Mickaël, »).
FORMER_ADJECTIVES: tuple[str, ...] = ("ancien", "ancienne", "jeune", "vieux", "vieille")
#: See ``people_en.LONE_NAME_PLURALS`` (« Ses filles, Lou et Inès, », « deux militantes,
#: Manon et Julie, »).
LONE_NAME_PLURALS: tuple[str, ...] = (
    "ses", "leurs", "nos", "mes", "vos", "deux", "trois", "quatre", "cinq",
)

#: Articles before a role noun in apposition after a given name standing alone (« Paul, un
#: voisin, »): the name is a person's.
#: Adverbs of time before such an apposition (« Inès, aujourd'hui infirmière, »).
APPOSITION_ADVERBS: tuple[str, ...] = ("désormais", "aujourd'hui", "alors", "maintenant")
APPOSITION_DETERMINERS: tuple[str, ...] = ("un", "une")
#: What may open an apposition after a name (« Jordan Pryce, le conseiller municipal, »),
#: and the prepositions of a role's complement in it (« conseiller de X »).
APPOSITION_OPENERS: tuple[str, ...] = ("un", "une", "le", "la", "son", "sa", "leur")
ROLE_COMPLEMENTS: tuple[str, ...] = ("de", "du", "des", "d", "à", "au", "aux", "chez", "pour")
ARTICLES: tuple[str, ...] = ("un", "une", "le", "la", "l", "les")

#: See ``people_en.LONE_PERSON_NOUNS`` (« Un jeune homme de 19 ans, Ibrahim, a été tué »).
LONE_PERSON_NOUNS: tuple[str, ...] = (
    "homme", "femme", "jeune homme", "jeune femme", "jeune fille", "garçon", "petit garçon",
    "fillette", "petite fille", "enfant", "retraité", "retraitée",
)
#: Nouns after which a given name alone is a person's (« de son prénom, Inès »).
FIRST_NAME_NOUNS: tuple[str, ...] = ("prénom", "nom de famille")
#: See ``people_en.LONE_NAME_INTRODUCERS`` (« L'un d'eux, Karim, a commencé »).
LONE_NAME_INTRODUCERS: tuple[str, ...] = (
    "l'un d'eux", "l'une d'elles", "l'un d'entre eux", "l'une d'entre elles", "un certain",
    "une certaine", "un autre", "une autre", "s'appelle", "s'appelait", "se prénomme",
    "se prénommait", "se présente comme", "s'est présenté comme", "s'est présentée comme",
    "se fait appeler",
)
#: Kin that only a person has: after a given name standing alone, « dont » and one of these
#: make it a person's (« Sandrine, dont le fils entre en CE2 »); a firm's « dont le siège »
#: does not.
KIN_NOUNS: tuple[str, ...] = (
    "fils", "fille", "filles", "enfant", "enfants", "mari", "femme", "épouse", "époux",
    "compagnon", "compagne", "mère", "père", "parents", "frère", "frères", "sœur", "sœurs",
    "soeur", "soeurs", "petit-fils", "petite-fille", "petits-enfants",
    "arrière-petit-fils", "arrière-petite-fille", "grand-mère",
    "grand-père", "oncle", "tante", "neveu", "nièce", "cousin", "cousine", "bébé",
)
#: A child or a sibling named by rank, possessed before a given name (« Son aîné, Lucas, »):
#: only a person has one.
RANK_KIN: tuple[str, ...] = ("aîné", "aînée", "cadet", "cadette", "benjamin", "benjamine")
#: Kin who bear the surname of the person whose kin they are (« Son frère Patrick » after
#: Jean-Marc Dufour is Patrick Dufour, « Leur fils Romain » after the Castaing couple is
#: Romain Castaing): see ``people_en.SURNAME_KIN_NOUNS``. « Son » and « sa » do not tell
#: the owner's gender; « leur » names a couple.
SURNAME_KIN_NOUNS: tuple[str, ...] = (
    "fils", "fille", "mari", "femme", "épouse", "époux", "veuve", "veuf", "mère", "père",
    "frère", "sœur", "soeur",
)
SURNAME_KIN_POSSESSIVES: tuple[str, ...] = ("son", "sa", "leur")
#: See ``people_en.ROLE_ARTICLES``.
ROLE_ARTICLES: tuple[str, ...] = ("le", "la")
#: See ``people_en.NOT_ROLE_ARTICLE_NOUNS``.
NOT_ROLE_ARTICLE_NOUNS: tuple[str, ...] = (
    "maman", "papa", "ami", "amie", "copain", "copine", "petit-ami", "petite-amie", "ex-mari",
    "ex-femme",
    "belle-fille", "beau-fils", "belle-mère", "beau-père", "belle-sœur", "beau-frère",
    "ancien", "ancienne", "feu", "feue", "nommé", "nommée", "prénommé", "prénommée", "baptisé",
    "baptisée", "surnommé", "surnommée", "m.", "mme", "mlle", "me",
)
SURNAME_KIN_PLURAL: tuple[str, ...] = ("leur",)
#: A familiar epithet of age before a surname alone names a person (« le fonds de commerce
#: du vieux Fabre », « la mère Denis »), after one of ``EPITHET_DETERMINERS``; it tells the
#: person's gender (keys folded: no accents).
SURNAME_EPITHETS: dict[str, str] = {"vieux": "m", "vieille": "f", "pere": "m", "mere": "f"}
EPITHET_DETERMINERS: tuple[str, ...] = ("le", "la", "du", "au", "de la", "à la")

#: Words just before a name that introduce it as a speaker ("selon Claire Dubois").
SPEECH_BEFORE: tuple[str, ...] = (
    "selon", "d'après", "a déclaré", "a dit", "explique", "déclare", "affirme", "raconte",
    "a rencontré", "rencontré", "a remercié", "remercie", "accompagnée de", "accompagné de",
    "aux côtés de", "mariée à", "marié à", "épousé", "divorcé de", "divorcée de", "gracié",
    "graciée", "a nommé", "a battu", "succède à", "succéder à", "remplace", "remplacer",
    "a recruté", "a félicité", "face à", "a condamné", "a relaxé", "a mis en examen",
    "a interpellé", "a soutenu",
)

ATTRIBUTIVE_AFTER: tuple[str, ...] = ()

#: Words before a name that use it as a modifier, not as a reference to the person
#: ("l'administration Trump", "la famille Kardashian", "l'ère Obama").
ATTRIBUTIVE_BEFORE: tuple[str, ...] = (
    "administration", "famille", "clan", "ère", "époque", "années", "gouvernement", "cabinet",
    "campagne", "présidence", "régime", "dynastie", "marque", "empire", "maison", "équipe",
    "camp", "doctrine", "loi", "affaire", "style", "méthode", "effet", "fondation", "galaxie",
    "tribu",
    # things named after a person ("le musée Hervé-Lamy", "la rue Victor-Hugo")
    "musée", "rue", "avenue", "boulevard", "place", "lycée", "collège", "école", "hôpital",
    "institut", "prix", "stade", "salle", "centre", "pont", "quai", "square", "allée",
    "impasse", "parc", "jardin", "gare", "station", "aéroport", "théâtre", "galerie",
    "bibliothèque", "médiathèque", "université", "cité", "résidence", "clinique", "groupe",
    "société", "entreprise", "label", "collection", "exposition", "rétrospective", "statue",
    "fonds", "promotion", "amendement", "plan", "rapport", "réforme",
    # vessels named after a person ("le navire Jean Bart", "le paquebot Queen Mary")
    "navire", "paquebot", "voilier", "cargo", "chalutier", "bateau", "frégate", "pétrolier",
    "vraquier", "remorqueur", "canot", "trimaran", "catamaran", "monocoque", "goélette",
    # groups named after a person or a place (« l'association Loup Alpes Nature », « le pôle
    # France de Brest »)
    "association", "collectif", "amicale", "pôle",
)

#: Words for a family before "de" or "d'" and a surname: the "de" may be the surname's own
#: particle ("la famille de Berny", "la famille d'Aubry"), so the name is the family's. After
#: any other noun "de" is a preposition ("un centre de Lucas Meynier", "l'équipe de
#: Deschamps"), and before a given name too ("la famille de Jean Dupont"): a person.
KIN_GROUPS: tuple[str, ...] = ("famille", "clan", "dynastie", "tribu", "lignée")

#: Parties' names written as one capitalised word between a role noun and a name (« le
#: député Renaissance Thibault X », « la sénatrice Horizons Anne Y »); acronyms in capitals
#: (LR, RN, PS) are told apart by their case.
PARTY_WORDS: tuple[str, ...] = (
    "Renaissance", "Horizons", "MoDem", "Modem", "Reconquête", "Ensemble", "Agir",
    "Écologistes", "Insoumis", "Insoumise", "Patriotes", "Territoires",
)

#: Heads of organisations' names that a holder's office names alone, so that the holder's
#: name may follow them (« le président de la République Jacques Morvan », « la présidente de
#: la Commission Ursula von der Leyen »); not those named after a person (« Fondation »,
#: « Lycée », « Centre », « Prix »).
OFFICE_BODIES: tuple[str, ...] = (
    "République", "Région", "Commission", "Sénat", "Assemblée", "Métropole", "Département",
    "Conseil", "Gouvernement",
)

#: Head words of organisations, places, events and laws ("Maison Blanche", "Bureau fédéral").
ORG_HEADS: tuple[str, ...] = (
    "International", "Internationale", "Bourse", "Maison", "Ministère", "Assemblée", "Sénat", "Conseil", "Cour", "Tribunal", "Parti",
    "Université", "École", "Ecole", "Institut", "Fondation", "Association", "Société",
    "Compagnie", "Groupe", "Hôtel", "Hôpital", "Prison", "Rue", "Avenue", "Boulevard", "Place",
    "Parc", "Palais", "Église", "Eglise", "Cathédrale", "Musée", "Théâtre", "Festival", "Prix",
    "Loi", "Acte", "Commission", "Comité", "Agence", "Office", "Département", "Région",
    "République", "Royaume", "Ville", "Centre", "Club", "Banque", "Journal", "Magazine",
    "Gouvernement", "Administration", "Fédération", "Union", "Syndicat", "Mouvement",
    "Collectif", "Fonds", "Cabinet", "Bureau", "Direction", "Service", "Chambre", "Académie",
    "Lycée", "Collège", "Stade", "Gare", "Aéroport", "Pont", "Quai", "Château", "Île", "Îles",
    "Mont", "Lac", "Golfe", "Mer", "Océan", "Vallée", "Forêt", "Semaine", "Journée", "Salon",
    "Coupe", "Championnat", "Opéra", "Cinéma", "Galerie", "Éditions", "Editions",
    "Librairie", "Bibliothèque", "Archives", "Brigade", "Police", "Gendarmerie", "Préfecture",
    "Mairie", "Médaille", "Trophée", "Tunnel", "Barrage", "Canal", "Terminal", "Syndrome",
    "Maladie", "Théorème", "Principe", "Marathon", "Tournoi", "Salle", "Jardin", "Square",
    "Allée", "Impasse", "Clinique", "Laboratoire", "Télescope", "Complexe", "Conférence", "Sommet", "Programme", "Projet", "Réforme", "Rapport", "Télévision",
    "Radio", "Chaîne", "Studio", "Studios", "Entreprise", "Restaurant", "Boutique", "Marché",
    "Tour", "Hauts", "Pays", "États", "Etats", "Nations", "Monde", "Politique", "Conditions",
    "Mentions", "Cookies", "Vie", "Jeux", "Olympiques", "Elysée", "Élysée", "Matignon",
    "Quartier", "Faubourg", "Cité", "Résidence", "Domaine", "Cercle", "Observatoire",
    "Autorité", "Haute", "Défenseur", "Médiateur", "Parquet", "Barreau", "Ordre",
    # firms: the last word of a capitalised sequence (« Kestrel Assurances »)
    "Assurances", "Mutuelle", "Caisse", "Crédit", "Finance", "Finances", "Financière",
    "Gestion", "Investissements", "Investissement", "Partenaires", "Immobilier",
    "Immobilière", "Transports", "Automobiles", "Laboratoires", "Pharmacie", "Distribution",
    "Énergie", "Énergies", "Télécom", "Télécoms", "Holding", "Participations", "Associés",
    "Frères", "Médias", "Presse", "Industrie", "Conseils", "Notaires", "Consultants",
    "Patrimoine", "Courtage", "Ingénierie", "Constructions", "Travaux", "Bâtiment",
    "Développement", "Musique", "Cie", "Habitat", "Habitations", "Logement", "Logements",
    "Aménagement", "Environnement", "Services", "Solutions", "Technologies", "Systèmes",
    "Territoires", "Métropole", "Agglomération", "Innovation", "Événements", "Evénements",
    # industrial firms, before "de" and a place or a family (« Forges de Brémoncourt »,
    # « Chantiers de l'Atlantique ») or after a brand (« Altaïs Équipements »)
    "Forges", "Ateliers", "Chantiers", "Établissements", "Etablissements", "Éts", "Ets",
    "Équipements", "Equipements", "Aciéries", "Fonderies", "Verreries", "Papeteries",
    "Manufacture", "Manufactures", "Filatures", "Tanneries", "Brasseries", "Distilleries",
    "Menuiseries", "Salaisons", "Conserveries", "Fromageries", "Scieries", "Imprimeries",
    "Matériaux", "Composants", "Emballages", "Plastiques", "Textiles", "Charpentes",
    # venues and ensembles (« la Philharmonie de Paris »), and an association's last word
    # (« Loup Alpes Nature »)
    "Philharmonie", "Auditorium", "Conservatoire", "Orchestre", "Zénith", "Nature",
    # trades of small firms after the owners' names (« Haddad & Ollivier Plomberie »)
    "Plomberie", "Menuiserie", "Maçonnerie", "Charpente", "Carrosserie", "Couverture",
    "Électricité", "Chauffage", "Paysages", "Rénovation", "Boulangerie", "Pâtisserie",
    "Boucherie", "Charcuterie", "Coiffure", "Pressing", "Traiteur", "Déménagements",
    "Ambulances", "Toiture", "Serrurerie", "Plâtrerie", "Peinture", "Nettoyage",
)

WEAK_ORG_HEADS: tuple[str, ...] = ("Tour", "Pont", "Mont", "Lac", "Parc", "Salon", "Place")

#: Given names that open place names before an elided « d' » (« Val d'Isère », « Val
#: d'Arvèche »: a place, not a person like « Jean d'Ormesson »).
TOPONYM_HEADS: tuple[str, ...] = ("val",)

#: Role nouns that also describe firms, places or things (« Suez, membre du CAC 40 », « un
#: leader de l'éolien »): an apposition of one of them is no sign of a person.
NOT_PERSON_APPOSITIONS: tuple[str, ...] = (
    "mannequin", "star", "vedette", "ancien", "ancienne", "feu", "feue", "nommé", "nommée",
    "prénommé", "prénommée", "baptisé", "baptisée", "surnommé", "surnommée", "m.", "mme", "mlle",
    "me", "membre", "propriétaire", "responsable", "actionnaire", "investisseur",
    "investisseuse", "courtier", "courtière", "promoteur", "promotrice", "organisateur",
    "organisatrice", "client", "cliente", "agent", "agente", "manager", "producteur",
    "productrice", "locataire", "homologue", "guide", "patron", "patronne", "créateur",
    "créatrice", "socialiste", "écologiste", "insoumis", "insoumise", "centriste",
    "communiste", "macroniste", "lepéniste", "gaulliste", "souverainiste", "personnalité",
)

#: Months and feasts that are given names too (« Noël Mamère », « Avril Lavigne »): they open a name of two or three
#: words when its surname is known or it is a speaker's.
CALENDAR_GIVEN_NAMES: tuple[str, ...] = ("avril", "noël", "toussaint")

#: Given names that are also words of ``NOT_FIRST``: a person's only right before a known
#: surname (« Blanche Gardin », not « la Maison Blanche »).
GIVEN_AND_NOT_FIRST: tuple[str, ...] = ("blanche",)

#: Words that never begin a person's name.
NOT_FIRST: tuple[str, ...] = (
    "américain", "américaine", "américains", "français", "française", "britannique",
    "anglais", "allemand", "allemande", "italien", "italienne", "espagnol", "espagnole",
    "chinois", "japonais", "russe", "ukrainien", "israélien", "palestinien", "arabe", "juif",
    "juive", "musulman", "musulmane", "chrétien", "chrétienne", "catholique", "noir", "noire",
    "blanc", "blanche", "démocrate", "démocrates", "républicain", "républicaine",
    "fédéral", "fédérale", "national", "nationale", "international", "internationale",
    "premier", "première", "deuxième", "second", "seconde", "troisième", "dernier",
    "dernière", "prochain", "nouveau", "nouvelle", "vieux", "vieille", "nord", "sud", "est",
    "ouest", "grand", "grande", "petit", "petite", "haut", "haute", "bas", "basse", "saint",
    "sainte", "suprême", "joyeux", "joyeuse", "bonne", "bon", "meilleur", "meilleure",
    "exclusif", "exclusive", "exclusivement", "voir", "lire", "regarder", "suivez", "partager",
    "abonnez", "inscrivez", "cliquez", "découvrez", "publicité", "téléréalité", "télé",
    "incroyable", "politique", "conditions", "mentions", "galerie", "diaporama",
)

#: Function words and frequent sentence openers ("Selon", "Lors", "Après", "Sans").
FUNCTION_WORDS: tuple[str, ...] = (
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet",
    "cette", "ces", "ça", "cela", "ceci", "celui", "celle", "ceux", "celles", "il", "elle",
    "ils", "elles", "on", "nous", "vous", "je", "j", "tu", "me", "te", "se", "lui", "leur",
    "leurs", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos",
    "votre", "vos", "qui", "que", "quoi", "dont", "où", "quand", "comment", "pourquoi",
    "combien", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "si", "alors",
    "donc", "mais", "ou", "et", "ni", "or", "car", "puis", "ensuite", "enfin", "aussi",
    "ainsi", "encore", "déjà", "toujours", "jamais", "souvent", "parfois", "désormais",
    "aujourd'hui", "hier", "demain", "maintenant", "cependant", "pourtant", "toutefois",
    "néanmoins", "en", "dans", "sur", "sous", "avec", "sans", "pour", "par", "chez", "vers",
    "entre", "contre", "depuis", "pendant", "avant", "après", "selon", "malgré", "lors",
    "dès", "durant", "parmi", "via", "outre", "hormis", "sauf", "comme", "ne", "pas", "plus",
    "moins", "très", "trop", "bien", "mal", "tout", "tous", "toute", "toutes", "chaque",
    "certains", "certaines", "plusieurs", "aucun", "aucune", "autre", "autres", "même",
    "mêmes", "oui", "non", "est", "sont", "était", "étaient", "a", "ont", "avait", "avaient",
    "sera", "seront", "fut", "été", "être", "avoir", "fait", "faire", "c'est", "voici",
    "voilà", "heureusement", "malheureusement", "évidemment", "certes", "bref", "effectivement",
    "visiblement", "apparemment", "également", "notamment", "surtout", "finalement",
    "récemment", "actuellement", "auparavant", "soudain", "sources", "source", "fans",
    "merci", "bravo", "mesdames", "messieurs", "chers", "chères", "cher", "chère",
    "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "quelques",
    "lorsque", "puisque", "parce", "tandis", "afin", "ici", "là", "voir",
    # imperatives and cheers before a name: a chant or a slogan (« Allez Mathis »)
    "allez", "allons", "vive", "vivent", "hourra",
)

#: Capitalised nouns for a nationality or an origin that stand before a name after a
#: determiner (« le Belge Jens Vercauteren », « la Suissesse Anna Keller »); most end in
#: ``DEMONYM_ENDINGS`` (« le Toulousain », « l'Ivoirienne », « le Néerlandais »).
DEMONYM_NOUNS: tuple[str, ...] = (
    "Belge", "Belges", "Suisse", "Suissesse", "Russe", "Biélorusse", "Basque", "Breton",
    "Bretonne", "Corse", "Normand", "Normande", "Flamand", "Flamande", "Allemand",
    "Allemande", "Grec", "Grecque", "Turc", "Turque", "Espagnol", "Espagnole", "Catalan",
    "Catalane", "Slovaque", "Tchèque", "Slovène", "Croate", "Serbe", "Bulgare", "Kényan",
    "Kényane", "Nigérian", "Nigériane", "Argentin", "Argentine", "Britannique", "Ouzbek",
    "Kazakh", "Savoyard", "Savoyarde", "Auvergnat", "Auvergnate", "Monégasque", "Andorran",
    "Andorrane", "Letton", "Lettonne", "Malgache", "Burkinabé", "Gascon", "Gasconne",
    "Provençal", "Provençale", "Occitan", "Occitane", "Saoudien", "Saoudienne",
    # (no ending of ``DEMONYM_ENDINGS`` tells them either)
    "Chypriote", "Chypriotes", "Burkinabè", "Uruguayen", "Uruguayenne", "Paraguayen",
    "Paraguayenne", "Libyen", "Libyenne", "Afghan", "Afghane", "Philippin", "Kazakhe",
    "Qatari", "Qatarie", "Émirati", "Émiratie", "Yéménite", "Monténégrin", "Monténégrine",
    "Kosovar", "Kosovare", "Moldave", "Samoan", "Samoane", "Mongol", "Mongole", "Birman",
    "Birmane", "Sahraoui", "Sahraouie", "Malawite", "Slave", "Tadjik", "Turkmène", "Kirghize",
    "Ouïghour", "Tchétchène",
)

#: Endings of capitalised demonyms (folded), checked only after a determiner and when the
#: word is not a known given name (« Alain », « Julien », « François »).
DEMONYM_ENDINGS: tuple[str, ...] = (
    "ais", "aise", "ois", "oise", "ien", "ienne", "iens", "een", "eenne", "ain", "aine",
)

#: More endings of demonyms, taken only between a determiner and a known given name, where
#: the word cannot open the name (« le Mosellan Bertrand Feurstein », « le Breton Yann Le
#: Gall », « la Savoyarde Léa Collomb », « l'Angevin Paul Giraud », « l'Auvergnat … »).
DEMONYM_ENDINGS_BEFORE_GIVEN: tuple[str, ...] = (
    "an", "ane", "in", "ine", "on", "onne", "ard", "arde", "at", "ate", "and", "ande",
    "ol", "ole", "ot", "ote", "ais", "eux", "euse",
)

#: Endings of lowercase adjectives that may sit between a role noun and a name, besides
#: demonyms (« le policier municipal Rudi Kovač », « l'entraîneur adjoint Kofi Mensah »,
#: « la militante écologiste Noor Haddadi »); folded: no accents.
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "al", "ale", "aux", "el", "elle", "if", "ive", "iste", "aire", "oint", "ointe", "ique",
)

#: Determiners before a demonym noun, and the adjectives that may sit between them
#: (« l'ancien Rennais », « le jeune Toulousain »).
DEMONYM_DETERMINERS: tuple[str, ...] = ("le", "la", "l", "un", "une", "du", "au")
DEMONYM_ADJECTIVES: tuple[str, ...] = (
    "jeune", "ancien", "ancienne", "vieux", "vieille", "grand", "grande", "petit", "petite",
    "solide", "talentueux", "talentueuse", "redoutable", "infatigable", "discret", "discrète",
)

INNER_STOP: tuple[str, ...] = (
    "et", "ou", "avec", "pour", "sur", "dans", "les", "un", "une", "au", "aux", "à", "est",
    "sont", "ce", "cette", "ces", "en", "par", "sans", "qui", "que", "ne", "pas",
    "mais", "donc", "puis", "car",
)

MONTHS: tuple[str, ...] = (
    "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre",
    "Octobre", "Novembre", "Décembre", "Janv", "Févr", "Fév", "Avr", "Juil", "Sept", "Oct",
    "Nov", "Déc",
)

WEEKDAYS: tuple[str, ...] = (
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
)

HOLIDAYS: tuple[str, ...] = (
    "Noël", "Pâques", "Toussaint", "Pentecôte", "Ascension", "Réveillon", "Saint-Valentin",
    "Nouvel An", "Jour de l'An", "Fête des mères", "Fête des pères", "Fête nationale",
)

CREDIT_MARKERS: tuple[str, ...] = (
    "Crédit", "Crédits", "Crédit photo", "Crédits photo", "Photo", "Photos", "Illustration",
    "CRÉDIT", "CRÉDITS",
)

CREDIT_BY: tuple[str, ...] = (
    "Photo de", "Photos de", "Photographie de", "Avec l'aimable autorisation de",
    "Propos recueillis par", "Avec AFP", "avec AFP", "Édité par", "Rédigé par",
)

PHOTO_AGENCIES: tuple[str, ...] = (
    "Bestimage", "Abaca", "ABACA", "Sipa", "SIPA", "Starface", "Dana Press", "Panoramic",
    "MaxPPP", "Hans Lucas", "Gamma-Rapho", "Le Parisien", "Backgrid", "Getty", "AFP",
)

BYLINE_MARKERS: tuple[str, ...] = (
    "Par", "PAR", "Propos recueillis par", "Texte", "Textes", "Auteur", "Auteure", "Autrice",
    "Rédigé par", "Publié par", "Écrit par",
)

EPONYMOUS_BRANDS: tuple[str, ...] = (
    "Yves Saint Laurent", "Saint Laurent", "Christian Dior", "Louis Vuitton", "Jean Paul Gaultier",
    "Pierre Cardin", "Nina Ricci", "Paco Rabanne", "Guy Laroche", "Christian Louboutin",
    "Isabel Marant", "Sonia Rykiel", "Jean Patou", "Coco Chanel",
    # drinks, magazines and shops
    "Louis Roederer", "Veuve Clicquot", "Dom Pérignon", "Leroy Merlin", "Yves Rocher",
    "Pierre & Vacances",
)

#: Patterns (case-insensitive) saying that two people of one name are not related: the one named
#: last is then meant by the name alone nearby.
NO_RELATION: tuple[str, ...] = (
    r"(?:aucun|sans|pas\s+de)\s+lien\s+de\s+parenté",
    # set off: « Sandrine Fabre – « aucun lien, ici… » – », not « n'a aucun lien avec »
    r"[-–—,(«]\s*aucun\s+lien\b",
)

#: Plural kin before two given names and one surname (« les frères Luc et Paul Roussel »): the
#: surname is both names' (some of these nouns also head firms' names: « Lumière Frères »).
SIBLING_NOUNS: tuple[str, ...] = ("frères", "sœurs", "soeurs", "jumeaux", "jumelles")

#: See ``people_en.NAMING_BEFORE_HONORIFIC`` (« qui se présente comme Mme Roy »).
NAMING_BEFORE_HONORIFIC: tuple[str, ...] = (
    "se présente comme", "se fait appeler", "connue sous le nom de", "connu sous le nom de",
)
