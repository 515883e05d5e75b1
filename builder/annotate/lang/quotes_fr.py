"""French word lists for finding quotations and their speakers (rules: ``annotate/quotes.py``).

General language knowledge only: nothing here names a topic, an outlet or a person. Every
word is lowercase and compared with the text lowercased (accents kept; both apostrophes, ' and
’, are accepted wherever one is written).
"""

from __future__ import annotations

from .people_fr import ELDER_WORDS, YOUNGER_WORDS

# --------------------------------------------------------------------------- speech verbs

#: First-group verbs (-er) that introduce or attribute reported words, by their infinitive;
#: :func:`_conjugate_er` writes out the forms a news article uses (a *déclaré*, *explique*-t-il,
#: *déclara*, *ajoutant*, tenu à *préciser*).
_ER_VERBS = (
    "accuser", "affirmer", "ajouter", "alerter", "annoncer", "argumenter", "assurer", "avouer",
    "citer", "clamer", "commenter", "confesser", "confier", "confirmer", "constater",
    "continuer", "déclarer", "demander", "déplorer", "dénoncer", "détailler", "développer",
    "dévoiler", "emporter", "enchaîner", "enthousiasmer", "estimer", "évoquer", "exclamer",
    "expliquer", "exposer", "exprimer", "féliciter", "fustiger", "glisser", "indigner",
    "indiquer", "insister", "insurger", "interroger", "ironiser", "juger", "lâcher", "lancer",
    "légender", "marteler", "mentionner", "murmurer", "narrer", "noter", "nuancer",
    "observer", "partager", "plaider", "plaisanter", "poster", "préciser", "proclamer",
    "publier", "qualifier", "questionner", "raconter", "rappeler", "rapporter", "relater",
    "relever", "remercier", "répéter", "répliquer", "résumer", "rétorquer", "révéler",
    "saluer", "signaler", "souffler", "souligner", "témoigner", "tempérer", "trouver",
    "tweeter", "twitter", "considérer", "espérer", "regretter", "reconnaitre",
    "trancher", "avancer", "agacer", "inquiéter", "désoler", "étonner", "amuser", "railler",
    "tacler", "tonner", "analyser", "abonder", "objecter", "protester", "arguer", "jurer",
    "réclamer", "exiger", "soupirer", "alarmer", "décrypter", "rassurer", "insister",
    "raconter", "ajouter", "prôner", "claironner", "certifier", "garantir", "s'exclamer",
    "s'indigner", "pester", "grincer", "sourciller", "résumer", "résonner", "rectifier",
    "appeler", "inviter", "exhorter", "implorer", "supplier", "parler", "invoquer",
    "critiquer", "souhaiter", "crier", "hurler", "menacer", "interpeller", "justifier",
    "épancher", "qualifier", "pointer", "marteler", "plaider", "réitérer", "admonester",
    "tancer", "moquer", "fanfaronner", "bougonner", "grogner", "maugréer", "s'émouvoir",
    "compléter", "cingler", "persifler", "rigoler", "embrayer", "confier", "ajouter",
    "tempêter", "fulminer", "s'emporter", "suggérer", "énumérer",
    "titrer",  # « « Une victoire historique », titre le journal »
    "corriger", "recadrer", "contester",  # « « Je n'ai jamais parlé de gel, a corrigé la ministre »
    "relancer",  # an interviewer's follow-up: « « Et si… ? », a relancé le journaliste »
    "calculer", "chiffrer",  # « « On nous demande 12 millions », calcule l'élu »
    "relativiser", "chuchoter", "blaguer", "temporiser", "esclaffer",
    # « s'écrie », « se désespère », « s'étrangle » (the verb after the reflexive), moods and
    # denials: « « … », enrage le maire », « nie l'accusé »
    "écrier", "désespérer", "étrangler", "enrager", "râler", "ricaner", "jubiler", "exulter",
    "nier", "réfuter",
    # blame: « Il lui reproche « une gouvernance opaque » »
    "reprocher", "blâmer",
    # the manner of saying, as a press incise writes it (« « … », riposte l'élu », « bredouille
    # le prévenu », « s'impatiente-t-elle »): verbs of speech from a general list, not from
    # any set's errors
    "riposter", "asséner", "scander", "bredouiller", "balbutier", "bafouiller",
    "ronchonner", "pleurer", "sangloter", "préconiser", "énerver", "irriter", "impatienter",
    "offusquer", "exaspérer", "emballer", "enflammer", "émerveiller", "taquiner", "modérer",
    "raisonner", "synthétiser", "époumoner", "remémorer", "attester", "redouter",
    "savourer", "glousser", "éluder",  # « « … », savoure le vainqueur »
    # (not « couper », « illustrer », « philosopher »: « la Coupe », « un illustre inconnu »,
    # « le philosophe »; nor « penser », « croire », « proposer », « hésiter », « douter »,
    # « remarquer », « acquiescer », « conseiller », « attaquer »: each moved a speaker, or
    # made a title a quotation, on the readable sets; nor « esquiver »: « X esquive
    # « l'affaire des fadettes » », a review found; nor verbs whose quoted object is a title
    # or a term as often: « applaudit « Carmen » », « récite », « déclame », « vitupère contre le « plan
    # Marshall » », « revendique », « minimise »)
)
#: « X fait valoir que « … » »: the infinitive alone (it follows « fait »).
_FAIT_VERBS = ("valoir",)

#: Present-tense forms of stem-changing -er verbs (il *répète*, elle *révèle*).
_STEM_CHANGES = (
    "rappelle", "rappellent", "répète", "répètent", "révèle", "révèlent", "martèle",
    "martèlent", "relève", "relèvent", "tempère", "tempèrent", "considère", "considèrent",
    "espère", "espèrent", "lance", "lancent", "appelle", "appellent", "relance", "relancent",
    # « « Qu'ils pensent ce qu'ils veulent, balaie la Californienne » »
    "balaie", "balaye",  # (not « a balayé les doutes »: a verb with its object)
    "grommelle", "grommellent", "grommeler", "grommelé", "grommelait",
)

#: Other verbs, every form written out.
_IRREGULAR_FORMS = (
    # « la coroner avait recommandé « la création de … » » (not the adjective's other
    # forms: « des seuils recommandés », « la dose recommandée »)
    "recommander", "recommande", "recommandent", "recommandé", "recommandait",
    "recommandaient", "recommandant", "recommanda",
    # « « Qui vous l'a fait comprendre ? », l'interrompt Me Olivia Santoni »
    "interrompre", "interrompt", "interrompent", "interrompu", "interrompue", "interrompit",
    "interrompait", "interrompant",
    "dire", "dit", "dits", "dite", "disent", "dirent", "disait", "disaient", "disant",
    "écrire", "écrit", "écrits", "écrite", "écrivent", "écrivit", "écrivait", "écrivaient",
    "écrivant",
    "poursuivre", "poursuivi", "poursuivie", "poursuit", "poursuivent", "poursuivit",
    "poursuivait", "poursuivant",
    "reconnaître", "reconnu", "reconnue", "reconnaît", "reconnait", "reconnaissent",
    "reconnut", "reconnaissait", "reconnaissant",
    "admettre", "admis", "admise", "admet", "admettent", "admit", "admettait", "admettant",
    "promettre", "promis", "promise", "promet", "promettent", "promit", "promettait",
    "répondre", "répondu", "répond", "répondent", "répondit", "répondait", "répondant",
    "conclure", "conclu", "conclue", "conclut", "concluent", "concluait", "concluant",
    "décrire", "décrit", "décrite", "décrivent", "décrivit", "décrivait", "décrivant",
    "soutenir", "soutenu", "soutient", "soutiennent", "soutint", "soutenait", "soutenant",
    "reprendre", "repris", "reprend", "reprennent", "reprit", "reprenait", "reprenant",
    "prévenir", "prévenu", "prévient", "préviennent", "prévint", "prévenait",
    "avertir", "averti", "avertit", "avertissent", "avertissait", "avertissant",
    "réagir", "réagi", "réagit", "réagissent", "réagissait", "réagissant",
    "renchérir", "renchéri", "renchérit", "renchérissent", "renchérissait",
    "réjouir", "réjoui", "réjouie", "réjouit", "réjouissent", "réjouissait",
    "convenir", "convenu", "convient", "conviennent",
    "lire",  # "peut-on lire"
    "démentir", "démenti", "dément", "démentent", "démentait",
    "défendre", "défendu", "défend", "défendent", "défendait", "défendant",
    "sourire", "souri", "sourit", "sourient", "souriait", "souriant",
    "maintenir", "maintenu", "maintient", "maintiennent", "maintenait",
    "craindre", "craint", "craignent", "craignait",
    "concède", "concèdent", "concédé", "concéder", "concédait",
    "garantit", "garanti", "certifie",
    "prévient", "prévoit",
    "prédire", "prédit", "prédisent", "prédisait",
    "émouvoir", "ému", "émue", "émeut",
    "savoir",  # "a fait savoir"
    # « elle y voit « une évidence » »: a view, in her words
    "voit", "voient", "voyait", "voyaient",
    # « se souvient l'ancien joueur »: recalled words
    "souvient", "souviennent", "souvenu", "souvenue", "souvenait", "souvenaient",
    # « « … », rit-elle », « s'enquiert le juge », « rugit le tribun »
    "rit", "rient", "riait", "riaient", "riant",  # (not « rire »: « dans un rire »)
    "enquiert", "enquièrent", "enquis", "enquise", "enquises", "enquérait",
    "rugir", "rugit", "rugissent", "rugissait",
    # the plural participles of verbs said only with « se » (« se sont réjouis les
    # coprésidents », « se sont souvenues les sœurs »; not « reconnus », « défendus »,
    # « émus »: as often passive or adjectives, « ne sont pas reconnus en Belgique »)
    "réjouis", "réjouies", "souvenus", "souvenues",
)


def _conjugate_er(infinitive: str) -> tuple[str, ...]:
    """The forms of a regular -er verb used in reported speech."""
    stem = infinitive[:-2]
    soft = stem  # before a or o: partage-a, lan-ç-a
    if stem.endswith("g"):
        soft = stem + "e"
    elif stem.endswith("c"):
        soft = stem[:-1] + "ç"
    grave: tuple[str, ...] = ()
    accent = stem.rfind("é")
    if accent > 0 and accent >= len(stem) - 3 and not any(
            c in "aeiouyéèêâîôû" for c in stem[accent + 1:]):
        # « inquiéter », « suggérer »: the é of the last syllable is written è before a
        # silent ending (elle s'inquiète, ils suggèrent)
        hard = stem[:accent] + "è" + stem[accent + 1:]
        grave = (hard + "e", hard + "ent")
    return (
        *grave,
        infinitive,
        stem + "é", stem + "ée", stem + "és", stem + "ées",  # a déclaré
        stem + "e", stem + "ent",  # explique-t-il
        soft + "a", stem + "èrent",  # déclara-t-elle
        soft + "ait", soft + "aient",  # disait
        soft + "ant",  # en ajoutant
    )


SPEECH_VERBS: frozenset[str] = (
    frozenset(form for verb in _ER_VERBS if verb.endswith("er") for form in _conjugate_er(verb))
    | frozenset(_STEM_CHANGES)
    | frozenset(_IRREGULAR_FORMS)
    | frozenset(_FAIT_VERBS)
)

#: The speech verbs' infinitives: one never opens an attribution inside the guillemets (« Je
#: peux recevoir les locataires, écrire à la mairie, mais… » is no « écrit la mairie »).
SPEECH_INFINITIVES: frozenset[str] = frozenset(
    form for form in SPEECH_VERBS if form.endswith(("er", "ir", "oir"))
) | frozenset({
    "interrompre", "dire", "écrire", "poursuivre", "reconnaître", "admettre", "promettre",
    "répondre", "conclure", "décrire", "reprendre", "défendre", "sourire", "craindre",
    "prédire", "lire",
})

#: Auxiliaries of compound tenses, also written inverted: "a-t-elle déclaré", "ont-ils dit".
AUXILIARIES: frozenset[str] = frozenset({
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "est", "sont",
    "était", "étaient", "va", "vont", "allait", "tient", "tenu", "voulu", "veut", "fait",
})

#: Words that may stand between a speaker and the speech verb: "elle a *alors* révélé",
#: "la source a *également* admis", "elle *lui* a dit", "il s'est exclamé".
SKIP_WORDS: frozenset[str] = frozenset({
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "est", "sont",
    "était", "étaient", "va", "vont", "allait", "tient", "tenu", "tenue", "voulu", "voulue",
    "veut", "fait", "à", "de", "d", "pas", "ne", "n", "plus", "alors", "également", "aussi",
    "ensuite", "encore", "enfin", "déjà", "notamment", "d'ailleurs", "ailleurs", "toutefois",
    "cependant", "pourtant", "même", "lui", "leur", "nous", "vous", "me", "m", "te", "t",
    "se", "s", "l", "y", "en", "bien", "tout", "toujours", "récemment", "publiquement",
    "simplement", "finalement", "immédiatement", "aussitôt", "elle-même", "lui-même",
    "fièrement", "volontiers", "franchement", "sobrement", "seulement", "brièvement",
    "rapidement", "longuement", "vivement", "fermement", "clairement", "ouvertement",
    "prudemment", "calmement", "posément", "laconiquement", "depuis", "néanmoins",
    "emblée",  # « a d'emblée demandé »
    "chœur", "choeur",  # « lancent en chœur les deux collègues »
    # a speech verb in the infinitive after a verb of manner: « a fini par concéder », « s'est
    # contenté de répondre », « a préféré répondre », « a choisi de répondre »
    "fini", "finit", "finissent", "par", "contenté", "contentée", "contente", "préféré",
    "préférée", "préfère", "choisi", "choisie", "choisit",
})

# --------------------------------------------------------------------------- speakers

#: Subject pronouns and their gender: f, m, or p (plural: "ils", "elles").
PRONOUNS: dict[str, str] = {"elle": "f", "il": "m", "ils": "p", "elles": "p"}
#: The plural pronouns of women only: « répondent-elles » is no group with a man in it.
FEMININE_PLURALS: frozenset[str] = frozenset({"elles"})

#: Words after "il" that make it impersonal, never a speaker: "il y a", "il faut".
IMPERSONAL_AFTER_IL: frozenset[str] = frozenset({
    "y", "faut", "semble", "paraît", "parait", "s'agit", "s’agit", "fallait", "existe",
})

#: Determiners opening a noun phrase: (grammatical gender or None, definite?). Elided forms
#: ("l'") are written without their apostrophe.
DETERMINERS: dict[str, tuple[str | None, bool]] = {
    "le": ("m", True), "la": ("f", True), "l": (None, True), "les": ("p", True),
    "ce": ("m", True), "cet": ("m", True), "cette": ("f", True), "ces": ("p", True),
    "un": ("m", False), "une": ("f", False), "des": ("p", False),
    "plusieurs": ("p", False), "deux": ("p", False), "certains": ("p", False),
    "certaines": ("p", False),
}

#: Possessive determiners: "son porte-parole", "sa mère" (never the speaker themself).
POSSESSIVES: frozenset[str] = frozenset({"son", "sa", "ses", "leur", "leurs"})

#: Bodies that speak, among the source nouns (« La marque lyonnaise assure … »): a quotation
#: in the first person singular (« J'attends ») is a person's, not theirs, even when « elle »
#: could take them up.
BODY_NOUNS: frozenset[str] = frozenset({
    "marque", "enseigne", "start-up", "startup", "firme", "filiale", "compagnie", "banque",
    "chaîne", "fédération", "ambassade", "laboratoire", "hôpital", "clinique",
    "université", "mutuelle", "plateforme", "fondation", "institut", "coopérative", "ligue",
    "fabricant", "constructeur", "distributeur", "assureur", "régie", "académie",
    "entreprise", "société", "groupe", "mairie", "préfecture", "ministère", "syndicat",
    "association", "direction", "évêché", "diocèse", "paroisse", "congrégation", "mission",
    "observatoire", "rectorat", "consulat",
})

#: Bodies that speak as a sentence's subject (« La caisse dit avoir proposé « … » », « le
#: comité « regrette … » »), but that a later « elle », « il » does not take up: they are as
#: often what acts upon a person (« La collectivité lui a accordé une subvention. Elle se dit
#: « reconnaissante » » is the woman). Not « la commune », « le département », « la région »:
#: as often a place.
QUIET_BODY_NOUNS: frozenset[str] = frozenset({
    "caisse", "office", "collectivité", "agglomération", "métropole", "intercommunalité",
    "comité", "commission",
})

#: Speakers that are not named people; the noun phrase is kept as the quote's label.
SOURCE_NOUNS: frozenset[str] = frozenset({
    "source", "sources", "initié", "initiée", "initiés", "initiées", "proche", "proches",
    "porte-parole", "représentant", "représentante", "représentants", "responsable",
    "responsables", "ami", "amie", "amis", "amies", "copain", "copine", "copains", "copines",
    "témoin", "témoins", "communiqué",
    "site", "rapport", "lettre", "publication", "légende", "message", "tweet", "agence",
    "ministère", "bureau", "police", "entourage", "équipe", "collaborateur",
    "collaboratrice", "collaborateurs", "informateur", "informatrice", "confident",
    "confidente", "observateur", "observatrice", "observateurs", "interlocuteur",
    "interlocutrice", "document", "documents", "journal", "magazine", "site web",
    "avocats", "entreprise", "société", "groupe", "organisation", "association", "parquet",
    "tribunal", "internaute", "internautes", "fans", "expert", "experte", "experts",
    "membre", "membres", "personne", "quelqu'un", "quelqu’un", "administration",
    "préfecture", "sous-préfecture", "mairie", "gendarmerie", "gouvernement", "municipalité",
    "syndicat",
    "habitants", "habitantes", "riverains", "voisins", "manifestants", "salariés", "élus",
    "enquêteurs", "policiers", "gendarmes", "médecins", "commerçants", "parents",
    "étudiants", "employés", "conseil", "direction", "service", "services", "autorités",
    "cabinet", "collectif", "procureurs", "juges",
    "club",  # « Sur ses réseaux sociaux, le club francilien a félicité « … » »
    "secours", "pompiers", "rédaction", "étude", "enquête", "sondage", "arrêt", "jugement",
    "décision", "texte", "avis", "note", "courrier", "ordonnance", "diapositive",
    "présentation", "courriel", "mail", "e-mail", "procès-verbal", "compte-rendu", "revue",
    # a firm named by its trade (« Contacté, le bailleur assure … Il promet … »)
    "bailleur", "opérateur", "constructeur", "distributeur", "transporteur", "assureur",
    "gestionnaire", "exploitant", "fabricant", "fournisseur", "prestataire", "repreneur",
    "concessionnaire", "aménageur",
    # (not « l'organisateur », « le promoteur », « l'employeur »: as often one person)
}) | BODY_NOUNS | QUIET_BODY_NOUNS


#: Documents whose author is the possessor: "le communiqué de X", "le tweet de X".
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "communiqué", "tweet", "tweets", "message", "messages", "lettre", "publication", "post",
    "légende", "story", "stories", "courriel", "mail", "e-mail", "vidéo", "discours",
    "interview", "entretien", "livre", "mémoires", "blog", "compte", "déclaration",
    "annonce", "réponse", "tribune", "mots", "termes", "propos", "formule", "expression",
    "publications", "lettres", "déclarations", "vidéos", "courriels",
})

#: Written things whose author's words a colon opens when the author is named right after
#: them: « lui lire un courriel de X daté du 3 mars : « … » », « un SMS envoyé le 14 avril par
#: le dirigeant du groupe : « … » » (the author's words, not the reader's or the keeper's).
AUTHORED_NOUNS: frozenset[str] = (DOCUMENT_NOUNS | frozenset({
    "sms", "texto", "textos", "mails", "e-mails", "note", "notes", "missive", "courrier",
    "courriers", "télégramme", "carte", "mot",
})) - frozenset({"compte", "interview", "entretien", "réponse", "annonce", "livre"})
#: Participles naming a written thing's author after them with « par » (« envoyé le 14 avril
#: par X »): not « transmis par », « rapporté par », whose agent only passed it on.
AUTHORING_PARTICIPLES: frozenset[str] = frozenset(
    stem + end for stem in ("signé", "envoyé", "adressé", "écrit", "rédigé", "posté", "publié",
                            "expédié")
    for end in ("", "e", "s", "es"))
#: ... and those that name it with « de » too (« signé du directeur », « reçu de sa sœur »).
AUTHORING_FROM: frozenset[str] = frozenset(
    stem + end for stem in ("signé", "reçu", "envoyé") for end in ("", "e", "s", "es"))
#: Verbs that hold, read out, show or pass on a written thing without judging it (« lui lire
#: un courriel de X : », « a conservé un courriel … signé de X : », « a reçu un message du père
#: : »): its author's words follow. Not « dénonce », « salue », « commente le message de X : »,
#: whose subject's own words follow.
HOLDING_VERBS: frozenset[str] = frozenset({
    "lire", "lit", "lu", "lue", "lisait", "lisent", "relit", "relu", "relire", "citer", "cite",
    "cité", "citait", "reçu", "reçue", "reçoit", "recevait", "conservé", "conserve",
    "conservait", "garde", "gardé", "gardait", "brandit", "brandi", "brandissait", "montre",
    "montré", "montrait", "produit", "exhibe", "exhibé", "retrouvé", "obtenu", "publié",
    "publie", "diffusé", "diffuse", "partagé", "partage", "relayé", "affiché", "affiche",
    "découvert", "découvre", "déplie", "déplié", "sort", "sorti", "ressort", "ressorti",
    "exhumé", "transmis", "consulté",
})
#: Words between a written thing and the colon that start another clause (« a reçu un
#: courriel de X et a porté plainte : », « …, avant de s'effondrer : »): not the thing's words.
AUTHORED_CLAUSE_BREAKS: frozenset[str] = frozenset({"et", "puis", "avant", "avec", "après"})
#: Words after « de » that open no author (« de la part de X » is X's).
AUTHOR_ON_BEHALF: tuple[str, ...] = ("la", "part", "de")
#: Prepositions that hold their article (« un message *du* père »): a noun may follow them.
CONTRACTED_ARTICLES: frozenset[str] = frozenset({"du", "des"})
#: Prepositions that make a written thing an adverbial, not what the colon opens: « Dans un
#: courriel de X, Y écrit : », « répond au message de X : ».
THING_PREPOSITIONS: frozenset[str] = frozenset({
    "à", "au", "aux", "dans", "sur", "sous", "par", "pour", "avec", "en", "contre", "vers",
    "après", "avant", "depuis", "selon", "chez", "entre", "malgré", "via", "outre",
})

#: Nouns for people (gender when the word tells it; otherwise the determiner does):
#: "la star", "le rappeur troublé de 45 ans", "la mère de quatre enfants".
PERSON_NOUNS: dict[str, str | None] = {
    "star": None, "vedette": None, "célébrité": None, "personnalité": None, "icône": None,
    "chanteuse": "f", "chanteur": "m", "rappeuse": "f", "rappeur": "m", "actrice": "f",
    "acteur": "m", "comédienne": "f", "comédien": "m", "mannequin": None, "influenceuse": "f",
    "influenceur": "m", "animatrice": "f", "animateur": "m", "créatrice": "f",
    "créateur": "m", "fondatrice": "f", "fondateur": "m", "cofondatrice": "f",
    "cofondateur": "m", "co-fondatrice": "f", "co-fondateur": "m", "entrepreneuse": "f",
    "entrepreneur": "m", "femme": "f", "homme": "m", "fille": "f", "fils": "m", "mère": "f",
    "père": "m", "maman": "f", "papa": "m", "épouse": "f", "époux": "m", "mari": "m",
    "sœur": "f", "soeur": "f", "frère": "m", "grand-mère": "f", "grand-père": "m",
    "arrière-grand-mère": "f", "reine": "f", "roi": "m", "princesse": "f", "prince": "m",
    "présidente": "f", "président": "m", "sénatrice": "f", "sénateur": "m", "ministre": None,
    "politicienne": "f", "politicien": "m", "dirigeante": "f", "dirigeant": "m",
    "avocate": "f", "avocat": "m", "militante": "f", "militant": "m", "milliardaire": None,
    "magnat": "m", "candidate": "f", "candidat": "m", "conseillère": "f", "conseiller": "m",
    "brune": "f", "blonde": "f", "rousse": "f", "starlette": "f", "diva": "f",
    "quadragénaire": None, "trentenaire": None, "quinquagénaire": None, "sexagénaire": None,
    "septuagénaire": None, "octogénaire": None, "nonagénaire": None, "businesswoman": "f",
    "businessman": "m",
    "maire": None, "juge": None, "journaliste": None, "autrice": "f", "auteure": "f",
    "auteur": "m", "écrivaine": "f", "écrivain": "m", "productrice": "f", "producteur": "m",
    "musicienne": "f", "musicien": "m", "sportive": "f", "sportif": "m", "joueuse": "f",
    "joueur": "m", "détenue": "f", "détenu": "m", "prisonnière": "f", "prisonnier": "m",
    "fiancée": "f", "fiancé": "m", "compagne": "f", "compagnon": "m", "ex-femme": "f",
    "ex-mari": "m", "veuve": "f", "veuf": "m", "héritière": "f", "héritier": "m",
    "économiste": None, "chercheuse": "f", "chercheur": "m", "sociologue": None,
    "historien": "m", "historienne": "f", "spécialiste": None, "professeure": "f",
    "professeur": "m", "directrice": "f", "directeur": "m", "secrétaire": None,
    "députée": "f", "député": "m", "adjointe": "f", "adjoint": "m", "procureure": "f",
    "procureur": "m", "préfète": "f", "préfet": "m", "policière": "f", "policier": "m",
    "médecin": None, "infirmière": "f", "infirmier": "m", "patronne": "f", "patron": "m",
    "habitant": "m", "habitante": "f", "riverain": "m", "riveraine": "f", "voisin": "m",
    "voisine": "f", "passant": "m", "passante": "f", "manifestant": "m",
    "manifestante": "f", "salarié": "m", "salariée": "f", "élu": "m", "élue": "f",
    "enquêteur": "m", "enquêtrice": "f", "gendarme": None, "commerçant": "m",
    "commerçante": "f", "étudiant": "m", "étudiante": "f", "employé": "m", "employée": "f",
    "intéressé": "m", "intéressée": "f", "jeune": None, "adolescent": "m",
    "adolescente": "f",
    "retraité": "m", "retraitée": "f", "collègue": None, "ami": "m",
    "amie": "f", "copain": "m", "copine": "f",
}

#: Kinship nouns: "la femme de X" is somebody else than X, usually already named in the text.
KIN_NOUNS: frozenset[str] = frozenset({
    "femme", "mari", "épouse", "époux", "mère", "père", "maman", "papa", "fille", "fils",
    "sœur", "soeur", "frère", "compagne", "compagnon", "fiancée", "fiancé", "ex-femme",
    "ex-mari", "veuve", "veuf", "grand-mère", "grand-père",
    "cousin", "cousine", "oncle", "tante", "neveu", "nièce", "petit-fils", "petite-fille",
    "beau-père", "belle-mère", "beau-frère", "belle-sœur", "belle-soeur",
})

#: Relation words that name the same tie: « Annick, son épouse, » … « a prévenu sa femme ».
KIN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "femme": ("épouse", "compagne"), "épouse": ("femme", "compagne"),
    "compagne": ("femme", "épouse"), "mari": ("époux", "compagnon"),
    "époux": ("mari", "compagnon"), "compagnon": ("mari", "époux"), "mère": ("maman",),
    "maman": ("mère",), "père": ("papa",), "papa": ("père",),
}

#: Kin nouns for a spouse (« son mari », "her husband").
SPOUSE_NOUNS: frozenset[str] = frozenset({"mari", "époux", "épouse", "femme", "compagne", "compagnon", "conjoint", "conjointe"})

#: The relation the other side of a possessed relation holds, by that person's gender: « Son
#: fils Bastien » makes the possessor the father the article means by « le père » later.
INVERSE_KIN: dict[str, dict[str, str]] = {
    **{key: {"m": "père", "f": "mère"} for key in ("fils", "fille", "enfant")},
    **{key: {"m": "grand-père", "f": "grand-mère"} for key in ("petit-fils", "petite-fille")},
    **{key: {"m": "oncle", "f": "tante"} for key in ("neveu", "nièce")},
    **{key: {"m": "fils", "f": "fille"} for key in ("père", "mère", "papa", "maman")},
    **{key: {"m": "petit-fils", "f": "petite-fille"} for key in ("grand-père", "grand-mère")},
    **{key: {"m": "neveu", "f": "nièce"} for key in ("oncle", "tante")},
    **{key: {"m": "mari"} for key in ("femme", "épouse", "compagne")},
    **{key: {"f": "femme"} for key in ("mari", "époux", "compagnon")},
}

#: A tail that leaves a person noun naming the same person: an age (« la star de 38 ans »)
#: or a set phrase (« la mère de famille », « le père de trois enfants », « la mère au
#: foyer »), not a possessor (« la mère de Paul »).
AGE_PATTERN = (r"de\s+\d+\s+ans|de\s+famille|au\s+foyer"
               r"|de\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit)\s+enfants"
               # compound professions: « le milieu de terrain », « la metteuse en scène »,
               # « la cheffe d'entreprise », « le gardien de but », « le chef d'orchestre »
               r"|de\s+terrain|en\s+scène|d['’]entreprise|de\s+but|d['’]orchestre")

#: Joining two speakers: "Jones et Brown ont déclaré".
JOINERS: frozenset[str] = frozenset({"et", "&"})

#: Words after which a noun phrase starts a clause (and is a subject): "…, et Smith a dit".
SUBJECT_OPENERS: frozenset[str] = frozenset({
    "et", "mais", "ou", "donc", "or", "car", "puis", "ensuite", "alors", "que", "qu", "si",
    "quand", "lorsque", "lorsqu", "comme", "puisque", "puisqu", "tandis", "pendant",
    "cependant", "pourtant", "toutefois", "enfin", "aussi", "désormais", "depuis",
    "parce", "afin", "bien", "quoique", "dès", "aujourd'hui", "aujourd’hui", "hier",
    "maintenant",
})

#: Words opening an introductory phrase, never the subject: "À la Maison-Blanche, la star…".
INTRO_WORDS: frozenset[str] = frozenset({
    "à", "au", "aux", "en", "dans", "sur", "sous", "pour", "par", "avec", "sans", "chez",
    "après", "avant", "pendant", "lors", "depuis", "selon", "d'après", "d’après", "contre",
    "entre", "vers", "malgré", "parmi", "dès", "jusqu", "jusque", "quand", "lorsque",
    "lorsqu", "si", "comme", "alors", "mais", "et", "ou", "donc", "puis", "ensuite", "enfin",
    "heureusement", "malheureusement", "bien", "certes", "aujourd'hui",
    "aujourd’hui", "hier", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "il", "c", "ce", "cela", "ça", "qui", "que", "qu", "dont", "où",
    "de", "du", "des", "d", "ici", "là", "voici", "voilà", "ainsi", "face", "outre",
})

#: "selon X", "d'après X": said before or after the quotation.
ACCORDING_TO = r"selon|d['’]après"

#: Words or phrases just before a quotation mark that make the quoted words a name or a title,
#: not a quotation: l'événement "intitulé" "…", la loi "dite" "…".
#: Of those, the ones that also introduce a characterisation when the quoted words are not a
#: name: « une réforme qualifiée de… ». The quoted words are a title only when capitalised.
WEAK_TITLE_INTRODUCERS = (
    "baptisé", "baptisée", "baptisés", "baptisées", "nommé", "nommée", "nommés", "nommées", "appelé", "appelée", "appelés",
    "appelées", "dénommé", "dénommée",
    # a song sung (« en entonnant « Dio vi salvi Regina » »)
    "chantant", "chantent", "chantaient", "entonnent", "entonné", "entonnant",
)

TITLE_INTRODUCERS = (
    "alias", "chantant", "chantent", "chantaient", "entonnent", "entonné", "entonnant",
    "intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés",
    "baptisées", "surnommé", "surnommée", "surnommés", "surnommées", "nommé", "nommée",
    "nommés", "nommées", "appelé", "appelée", "appelés", "appelées", "dénommé", "dénommée",
    "dite", "dites", "dits", "surnomme", "surnomment", "surnommait", "surnommaient", "soi-disant", "prétendu", "prétendue", "sous le nom de",
    "sous le nom d'", "sous le titre", "le hashtag", "le mot-dièse", "le mot-clic",
    "le mot", "les mots", "le terme", "l'expression", "l’expression", "le slogan",
    "la devise", "le titre", "le nom de", "le nom d'", "alias",
    # « le lac est dit « méromictique » »: être + dit names, « s'est dit » says
    "est dit", "est dite", "sont dits", "sont dites",
)

#: Nouns for works, events and laws: a quotation right after one is its title
#: (l'émission "…", le livre "…").
WORK_NOUNS: frozenset[str] = frozenset({
    "livre", "roman", "ouvrage", "film", "documentaire", "émission", "série", "épisode",
    "saison", "album", "chanson", "titre", "single", "podcast", "pièce", "spectacle",
    "programme", "campagne", "événement", "évènement", "opération", "loi", "projet",
    "initiative", "exposition", "magazine", "journal", "rubrique", "article", "tribune",
    "rapport", "étude", "marque", "ligne", "collection", "société", "fondation", "association",
    "hashtag", "sommet", "conférence", "festival", "tournée", "jeu", "application", "chaîne",
    "mouvement", "plan", "réforme", "dispositif", "label", "duo", "morceau", "couplet",
    "refrain", "tube", "clip",
})

#: Lowercase words allowed inside a capitalised title.
TITLE_SMALL_WORDS: frozenset[str] = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "à", "au", "aux",
    "en", "sur", "pour", "par", "avec", "dans", "the", "a", "an", "and", "of", "in", "on",
    "to", "for", "with",
})

#: Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "av", "apr",
    "j.-c", "etc", "cf", "p", "n", "no", "vol", "éd", "chap", "env", "hab", "tél", "janv",
    "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "mr", "mrs", "ms",
})

# --------------------------------------------------------------------------- added for the rules

#: A speech verb ending so is a participle ("…, en ajoutant : « … »"): its subject is the
#: clause's.
PARTICIPLE_ENDINGS: tuple[str, ...] = ("ant",)

#: Pronouns written after a verb with a hyphen: "a-t-elle déclaré", "ont-ils expliqué".
INVERTED_PRONOUNS: frozenset[str] = frozenset({"elle", "il", "elles", "ils", "on"})

#: Words that end a speaker's noun phrase written after the verb: "a révélé une source *à*
#: l'AFP".
NP_STOP_WORDS: frozenset[str] = frozenset({
    "à", "au", "aux", "sur", "dans", "lors", "en", "pour", "avec", "par", "qui", "que", "qu",
    "dont", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
    "mais", "et", "ce", "cette", "pendant", "après", "avant", "devant", "auprès", "depuis",
    "entre", "derrière", "sous", "parmi", "vers", "malgré", "dès", "chez", "sans", "contre",
})
#: Nouns of a time a determiner opens after a speaker's noun phrase, which ends before it:
#: « résumait l'artiste *la veille* de la première », « a dit le maire *ce matin* ».
TIME_NOUNS: frozenset[str] = frozenset({
    "veille", "lendemain", "surlendemain", "matin", "soir", "nuit", "semaine", "journée",
    "soirée", "matinée", "mois", "année", "week-end", "après-midi",
})

#: Words linking a head noun to its complement inside one noun phrase: "une source *de* la
#: police", "le site *du* bureau".
COMPLEMENT_WORDS: frozenset[str] = frozenset({"de", "du", "des", "d"})

#: Relative pronouns standing for the noun before them: "Jones, *qui* a déclaré…".
RELATIVES: frozenset[str] = frozenset({"qui"})

#: Words that tell a person's gender when they refer to them (for pronoun resolution).
GENDERED_WORDS: dict[str, str] = {
    "elle": "f", "elle-même": "f", "lui-même": "m", "il": "m",
}

#: Words that open a vocative, the person a quotation speaks to: « Madame la présidente, … »,
#: « …, monsieur Roubaud ? », « Maître, vous aurez la parole ». The addressee does not say it,
#: and answers a question put so.
VOCATIVE_WORDS: frozenset[str] = frozenset({
    "monsieur", "madame", "mademoiselle", "maître", "docteur", "professeur",
})

#: Honorifics before a name, with the gender they tell.
HONORIFICS: dict[str, str] = {
    "mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f", "mmes": "f", "dre": "f",
    "m": "m", "monsieur": "m", "mm": "m",
}

#: More nouns for named things (lists, levels, parties): la liste « … ».
MORE_WORK_NOUNS: frozenset[str] = frozenset({
    "liste", "parti", "niveau", "alerte", "vigilance", "slogan", "devise", "opération",
    "surnom", "titre", "catégorie", "prix", "trophée", "navire", "bateau", "restaurant",
    "bar", "club", "hôtel", "groupe", "tableau", "œuvre", "oeuvre", "poème", "manuel",
    "politique", "doctrine", "stratégie", "pacte", "mot-dièse", "exposition", "salon",
    "collectif", "coalition", "alliance", "pétition", "manifeste", "tribune", "journée",
    # motions of a party congress, resolutions of an assembly (« la motion « … » »)
    "motion", "motions", "résolution", "amendement", "charte", "encyclique",
    # wines, models and codes named in quotation marks (« la cuvée « Docteur-Morlet » »)
    "cuvée", "cru", "millésime", "modèle", "variété",
    "badge", "banderole", "pancarte", "affiche", "autocollant", "tee-shirt",
    # periodicals (« dans la revue « Plans larges » »)
    "revue", "quotidien", "hebdomadaire", "mensuel", "bimensuel",
})

#: Reporting nouns whose author is named after "de": "le communiqué de X".
FROM_WORDS: frozenset[str] = frozenset({"de", "du", "d"})

#: Words of time that may stand between the verb and its subject: "a martelé *jeudi* X".
TIME_WORDS: frozenset[str] = frozenset({
    "hier", "aujourd", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "soir", "matin", "midi", "récemment", "dernier", "dernièrement",
})

#: Words opening the addressee between a speech verb and its subject: "a déclaré *à* l'AFP
#: Paul Martin".
ADDRESSEE_WORDS: frozenset[str] = frozenset({"à", "au", "aux", "auprès"})

#: One word telling an age, which makes a noun phrase a person ("la quadragénaire" is a noun).
AGE_TOKEN = r"\d+-ans$"

#: A sentence opening "Pour X, « … »" (Le Monde style) gives X's opinion in X's words.
OPINION_OPENERS: tuple[str, ...] = ("pour",)

#: Determiners that may also be object pronouns before a verb: "elle *le* dit", "il *l'*a
#: affirmé". Before a speech word, they do not make it a noun.
OBJECT_PRONOUNS: frozenset[str] = frozenset({"le", "la", "les", "l"})

#: Speech verb forms that are also common nouns: after « le », « la », « les », « l' » they are
#: the noun (« que la tempête se lève »), never « la » + verb.
NOUN_HOMOGRAPHS: frozenset[str] = frozenset({"tempête", "tempêtes"})

#: Prepositions after which « le », « la », « les » are articles, never object pronouns: the
#: word after them is a noun (« tourné vers *le prévenu* », not « il l'a prévenu »).
ARTICLE_PREPOSITIONS: frozenset[str] = frozenset({
    "à", "de", "vers", "sur", "sous", "contre", "devant", "derrière", "avec", "pour", "par",
    "sans", "chez", "entre", "envers", "après", "avant", "selon", "dans", "malgré",
    "depuis", "pendant", "durant", "dès", "parmi",
})

#: What is left of a possessive after the apostrophe (none in French: "s'" is reflexive).
POSSESSIVE_ENDINGS: frozenset[str] = frozenset()

#: Phrases that may stand between a speech verb and its subject: "estime *pour sa part* X".
ADVERBIAL_PHRASES: tuple[str, ...] = (
    # the language spoken (« a expliqué en anglais l'intérieur »)
    *(f"en {language}" for language in (
        "anglais", "français", "espagnol", "allemand", "italien", "portugais", "arabe",
        "russe", "chinois", "japonais", "néerlandais", "créole", "breton", "basque",
        "occitan", "catalan", "wolof", "polonais", "turc", "grec", "serbe", "croate",
        "ukrainien", "hébreu", "persan", "amharique", "coréen", "hindi", "swahili")),
    "pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à elle",
    "quant à lui", "à son tour", "à leur tour", "en retour", "en réponse", "dans un communiqué",
    "sur twitter", "sur x", "sur instagram", "sur facebook", "par ailleurs", "lui aussi",
    "elle aussi", "eux aussi", "à nouveau", "de nouveau", "une nouvelle fois", "en outre",
    "au contraire", "en revanche", "à l'inverse", "pour autant", "quant à eux",
    "dans un communiqué commun", "dans un communiqué conjoint",
    # together: « racontent en chœur les deux amies » (not a circumstance that would take
    # « les » with it)
    "en chœur", "en choeur", "d'une même voix", "d'une seule voix", "à l'unisson",
    # the medium (« a précisé par courriel que »): no agent
    "par courriel", "par téléphone", "par mail", "par e-mail", "par écrit", "par sms",
    "par texto",
    "dans la foulée", "au passage", "aujourd'hui", "encore aujourd'hui", "à présent",
    "d'emblée", "d'entrée", "aussitôt après", "sans attendre", "en souriant",
    # manner, as whom (« a reconnu en bonne joueuse la surfeuse de X »; not « en connaisseur »,
    # « en expert »: they take a complement, « en connaisseur du PSG Paul Vernet »)
    "en bon joueur", "en bonne joueuse", "en beau joueur", "en belle joueuse", "en philosophe",
    "en diplomate", "en riant", "en plaisantant", "en rigolant", "en soupirant",
    "du tac au tac", "sans détour", "sans détours", "sans ambages", "sans hésiter",
    "sans sourciller",
)

#: See ``quotes_en.LOWERCASE_SKIP_WORDS`` (none in French).
LOWERCASE_SKIP_WORDS: frozenset[str] = frozenset()

#: Verbs of speech in two words, a verb then its particle (none in French: see
#: ``quotes_en.PHRASAL_SPEECH``).
PHRASAL_SPEECH: dict[str, frozenset[str]] = {}

#: Verbs of speech only right after one of the words given: « croire » is one in « veut
#: croire », « a voulu croire » (a hope voiced: « « Le pire est derrière nous », veut croire
#: la ministre »), not by itself (« je crois », « croire en Dieu »).
SPEECH_AFTER: dict[str, frozenset[str]] = {
    "croire": frozenset({"veut", "voulait", "voulu", "voulue", "veulent", "voulaient",
                         "voudrait", "voudraient", "voulons", "voulez"}),
}

#: Base forms that are also nouns (the English rule "a long *message*" is not needed here).
BASE_VERBS: frozenset[str] = frozenset()

#: Stressed pronouns where a speaker is named: "selon *lui*", "pour *elle*".
STRESSED_PRONOUNS: dict[str, str] = {"lui": "il", "eux": "ils", "elles": "elles"}

#: Role nouns that tell a gender, beyond PERSON_NOUNS, to infer the gender of a person missing
#: from the registry ("Carla Durand, secrétaire générale du syndicat").
GENDERED_NOUNS: dict[str, str] = {
    "mme": "f", "madame": "f", "mlle": "f", "m": "m", "monsieur": "m",
    "générale": "f", "général": "m",
    "agricultrice": "f", "agriculteur": "m", "commerçante": "f", "commerçant": "m",
    "habitante": "f", "habitant": "m", "riveraine": "f", "riverain": "m",
    "boulangère": "f", "boulanger": "m", "fleuriste": "x", "retraitée": "f", "retraité": "m",
    "élue": "f", "élu": "m", "salariée": "f", "salarié": "m", "ouvrière": "f", "ouvrier": "m",
    "enseignante": "f", "enseignant": "m", "institutrice": "f", "instituteur": "m",
    "voisine": "f", "voisin": "m", "gérante": "f", "gérant": "m", "présidente": "f",
    "président": "m", "vice-présidente": "f", "vice-président": "m", "cheffe": "f",
    "conseillère": "f", "conseiller": "m", "élève": "x", "étudiante": "f", "étudiant": "m",
}

#: Word endings that tell a feminine person: "Interrogée, Anne Durand", "X, installée…".
FEMININE_ENDINGS: tuple[str, ...] = ("ée", "ées")

#: Prepositions after which a short capitalised quoted name is an outlet or a title:
#: "a-t-il confié au « Monde »", "dans « Libération »".
TITLE_PREPOSITIONS: frozenset[str] = frozenset({
    "au", "aux", "à", "dans", "par", "sur", "pour", "chez",
})

#: Demonstratives standing for a person already named: "poursuit *celle* qui dirige…".
DEMONSTRATIVES: dict[str, str] = {"celle": "f", "celui": "m"}

#: Words after which the subject follows its verb: "une version *que* conteste X", "*comme*
#: l'a rappelé X".
INVERSION_WORDS: frozenset[str] = frozenset({"que", "qu", "comme"})

#: Nouns for offices and functions (« le préfet », « la maire »). Such a description names the
#: person the article tied to that noun (« la maire, Anne Dupuis, », « le ministre Paul X »);
#: when the article tied it to nobody, it is never a person tied to another office.
OFFICE_NOUNS: frozenset[str] = frozenset({
    "préfet", "préfète", "maire", "mairesse", "recteure", "entraîneure", "coroner",
    "ombudsman", "sous-ministre", "inspecteur", "inspectrice", "notaire", "juge", "procureur",
    "procureure", "ministre", "président",
    "présidente", "sénateur", "sénatrice", "député", "députée", "commandant", "commandante",
    "commissaire", "directeur", "directrice", "secrétaire", "avocat", "avocate", "entraîneur",
    "entraîneuse", "sélectionneur", "capitaine", "adjoint", "adjointe", "porte-parole",
    "colonel", "lieutenant", "général", "générale", "recteur", "rectrice",
    "bâtonnier", "bâtonnière", "conseiller", "conseillère", "gérant", "gérante", "patron",
    "patronne", "chef", "cheffe", "médecin", "chirurgien", "chirurgienne",
    # Belgian and Swiss communes: « le bourgmestre », « l'échevin », « le syndic »
    "bourgmestre", "échevin", "échevine", "syndic", "syndique",
})

#: More nouns for people, beyond PERSON_NOUNS (merged into it below).
_MORE_PERSON_NOUNS: dict[str, str | None] = {
    "technicien": "m", "technicienne": "f", "entraîneur": "m", "entraîneuse": "f",
    "sélectionneur": "m", "sélectionneuse": "f", "capitaine": None, "humoriste": None,
    "chef": None, "cheffe": "f", "commandant": "m", "commandante": "f", "commissaire": None,
    "cheminot": "m", "cheminote": "f", "berger": "m", "bergère": "f", "juré": "m",
    "jurée": "f", "industriel": "m", "industrielle": "f", "blessé": "m", "blessée": "f",
    "rescapé": "m", "rescapée": "f", "naufragé": "m", "naufragée": "f", "sinistré": "m",
    "sinistrée": "f", "invité": "m", "invitée": "f", "condamné": "m", "condamnée": "f",
    "otage": None, "généraliste": None, "compositeur": "m", "compositrice": "f",
    "gréviste": None, "sauveteur": "m", "sauveteuse": "f", "secouriste": None,
    "arbitre": None, "soldat": "m", "soldate": "f", "témoin": None, "opposant": "m",
    "opposante": "f", "soprano": None, "mezzo": None, "ténor": "m", "baryton": "m",
    "soignant": "m", "soignante": "f", "aide-soignant": "m", "aide-soignante": "f",
    "surveillant": "m", "surveillante": "f", "contrôleur": "m", "contrôleure": "f",
    "défenseure": "f", "médiateur": "m", "médiatrice": "f",
    "intervenant": "m", "intervenante": "f", "participant": "m", "participante": "f",
    "manifestant": "m", "manifestante": "f", "dirigeant": "m", "dirigeante": "f",
    "assistant": "m", "assistante": "f",
    "maîtresse": "f", "kiné": None, "patriarche": "m", "matriarche": "f",
    # positions of team sports (« l'ancien arrière », « la pivot serbe »)
    "arrière": None, "pivot": None, "libéro": None, "passeuse": "f", "passeur": "m",
    "demi-centre": None,
    "champion": "m", "patron": "m", "compagnon": "m", "espion": "m", "maçon": "m",
    "colonel": "m", "lieutenant": None, "général": "m", "générale": "f", "gérant": "m",
    "gérante": "f", "agriculteur": "m", "agricultrice": "f", "éleveur": "m", "éleveuse": "f",
    "boulanger": "m", "boulangère": "f", "enseignant": "m", "enseignante": "f",
    "institutrice": "f", "instituteur": "m", "archéologue": None, "paléontologue": None,
    "géologue": None, "biologiste": None, "scientifique": None, "ingénieur": "m",
    "ingénieure": "f", "architecte": None, "conservateur": "m", "conservatrice": "f",
    "attaquant": "m", "attaquante": "f", "défenseur": "m", "milieu": None, "gardien": "m",
    "gardienne": "f", "joueur": "m", "supporter": "m", "supportrice": "f", "abonné": "m",
    "abonnée": "f", "mariée": "f", "marié": "m", "rectrice": "f", "recteur": "m",
    "bâtonnier": "m", "bâtonnière": "f", "pompier": "m", "pompière": "f", "pilote": None,
    "chirurgien": "m", "chirurgienne": "f", "victime": None, "prévenu": "m", "prévenue": "f",
    "accusé": "m", "accusée": "f", "plaignant": "m", "plaignante": "f", "élève": None,
    "sexagénaire": None, "ouvrier": "m", "ouvrière": "f", "vigneron": "m", "vigneronne": "f",
    "maraîcher": "m", "maraîchère": "f", "pêcheur": "m", "pêcheuse": "f",
    "dame": "f", "édile": None, "talonneur": "m", "ouvreur": "m", "pilier": "m",
    "manager": None, "bénévole": None,
    "magistrat": "m", "magistrate": "f", "coach": None, "ailier": "m",
    "buteur": "m", "buteuse": "f", "consultant": "m", "consultante": "f",
    # professions of science, the arts and public life (« le géochimiste », « la parlementaire »)
    "parlementaire": None, "eurodéputé": "m", "eurodéputée": "f", "vice-président": "m",
    "vice-présidente": "f", "coprésident": "m", "coprésidente": "f", "délégué": "m",
    "déléguée": "f", "syndicaliste": None, "chimiste": None, "géochimiste": None,
    "biochimiste": None, "microbiologiste": None, "physicien": "m", "physicienne": "f",
    "astronome": None, "astrophysicien": "m", "astrophysicienne": "f", "climatologue": None,
    "glaciologue": None, "volcanologue": None, "sismologue": None, "virologue": None,
    "épidémiologiste": None, "généticien": "m", "généticienne": "f", "mathématicien": "m",
    "mathématicienne": "f", "linguiste": None, "philosophe": None, "politologue": None,
    "anthropologue": None, "psychologue": None, "psychiatre": None, "pédiatre": None,
    "urgentiste": None, "pharmacien": "m", "pharmacienne": "f", "vétérinaire": None,
    "botaniste": None, "océanographe": None, "hydrologue": None, "démographe": None,
    "urbaniste": None, "juriste": None, "constitutionnaliste": None, "analyste": None,
    "metteur": "m", "metteuse": "f", "dramaturge": None, "cinéaste": None,
    "réalisateur": "m", "réalisatrice": "f", "romancier": "m", "romancière": "f",
    "poète": None, "poétesse": "f", "peintre": None, "photographe": None, "danseur": "m",
    "danseuse": "f", "chorégraphe": None, "pianiste": None, "violoniste": None,
    "chauffeur": "m", "docker": "m", "navigateur": "m", "navigatrice": "f",
    # trades of the sea and the land (« le marin », « le mareyeur »)
    "marin": "m", "matelot": "m", "skipper": None, "mareyeur": "m", "mareyeuse": "f",
    "artisan": "m", "artisane": "f",
    # the public of a service or a place (« un usager », « une cliente »)
    "usager": "m", "usagère": "f", "client": "m", "cliente": "f", "patient": "m",
    "patiente": "f", "électeur": "m", "électrice": "f", "spectateur": "m",
    "spectatrice": "f", "visiteur": "m", "visiteuse": "f", "automobiliste": None,
    "cycliste": None, "touriste": None, "parent": None,
    # epithets of the person a report is about (« le héros du soir », « la lauréate »)
    "héros": "m", "héroïne": "f", "vainqueur": "m", "vainqueure": "f", "lauréat": "m",
    "lauréate": "f", "finaliste": None, "recordman": "m", "recordwoman": "f",
    "leader": None, "leadeuse": "f", "favori": "m", "favorite": "f", "outsider": None,
    # ranks that single out one person of a group (« le benjamin de la compétition »)
    "benjamin": "m", "benjamine": "f", "doyen": "m", "doyenne": "f",
    # heads of firms, public servants, pupils and riders (« le PDG », « le praticien »,
    # « un diplomate européen », « la lycéenne de 16 ans », « le coureur flamand »)
    "pdg": None, "p-dg": None, "financier": "m", "financière": "f", "banquier": "m",
    "banquière": "f", "diplomate": None, "fonctionnaire": None, "praticien": "m",
    "praticienne": "f", "lycéen": "m", "lycéenne": "f", "collégien": "m",
    "collégienne": "f", "coureur": "m", "coureuse": "f", "livreur": "m", "livreuse": "f",
    "syndiqué": "m", "syndiquée": "f",
    # opponents in a race or a match (« les deux adversaires », « sa rivale »)
    "adversaire": None, "rival": "m", "rivale": "f", "concurrent": "m", "concurrente": "f",
    "challenger": "m", "challengeuse": "f",
    # positions and trades of sport (« le latéral droit », « le grimpeur »)
    "latéral": "m", "latérale": "f", "avant-centre": "m", "meneur": "m", "meneuse": "f",
    "défenseuse": "f", "ailière": "f", "sprinteur": "m", "sprinteuse": "f", "grimpeur": "m",
    "grimpeuse": "f", "rouleur": "m", "rouleuse": "f", "nageur": "m", "nageuse": "f",
    "boxeur": "m", "boxeuse": "f", "skieur": "m", "skieuse": "f", "tennisman": "m",
    "tenniswoman": "f", "troisième-ligne": "m", "deuxième-ligne": "m", "demi": "m",
    # clergy (« l'évêque, Mgr X » … « le prélat »)
    "évêque": "m", "archevêque": "m", "prélat": "m", "cardinal": "m", "curé": "m",
    "prêtre": "m", "abbé": "m", "pasteur": "m", "pasteure": "f", "imam": "m", "rabbin": "m",
    # officers of a party, a club or a firm (« le trésorier du parti, X »)
    "trésorier": "m", "trésorière": "f", "bourgmestre": None, "préparateur": "m",
    "préparatrice": "f", "kinésithérapeute": None, "agent": "m", "agente": "f",
    # words of unnamed sources that a name in apposition makes a person's role (« l'expert en
    # art X » … « l'expert »; « un expert », untied, stays a source)
    "expert": "m", "experte": "f", "porte-parole": None, "représentant": "m",
    "représentante": "f", "responsable": None,
    # officers of the army and the police (« le général X » … « l'officier »)
    "officier": "m", "officière": "f", "sous-officier": "m",
    # more trades, sports and stations (« l'universitaire », « la galeriste », « le judoka »)
    "universitaire": None, "géographe": None, "artiste": None, "stratège": None,
    "écologiste": None, "militaire": None, "suspect": "m", "suspecte": "f", "doctorant": "m",
    "doctorante": "f", "exploitant": "m", "exploitante": "f", "moine": "m", "mécène": None,
    "galeriste": None, "paysagiste": None, "hôtesse": "f", "steward": "m",
    "astronaute": None, "garde-chasse": None, "athlète": None, "rugbyman": "m",
    "gymnaste": None, "judoka": None, "jockey": None, "pongiste": None, "kayakiste": None,
    "triathlète": None, "vététiste": None,
    # the younger of two (« Le cadet raconte la scène : »; « son aîné » is a relation, see
    # ``add_relations``)
    "cadet": "m", "cadette": "f",
}

#: Person nouns that single out one person of a group: a complement (« le benjamin *de la
#: compétition* », « la doyenne du conseil ») keeps them a description of someone named.
RANK_NOUNS: frozenset[str] = frozenset({"benjamin", "benjamine", "doyen", "doyenne", "cadet",
                                      "cadette"})

#: « l'ancienne porte-parole »: the gender the former-word tells.
FORMER_GENDER: dict[str, str] = {"ancienne": "f", "ancien": "m"}
#: Words alone before a colon that restate the words just quoted (« Autrement dit : « … » »): the
#: quotation after the colon is the same voice's.
RESTATING: tuple[str, ...] = ("autrement dit", "en d'autres termes", "en clair", "en résumé", "bref", "traduction")
#: See ``quotes_en.ONE_OF`` (« L'une d'elles, qui a requis l'anonymat, raconte »).
#: After a definite article, a word that makes the person noun an unnamed person (« L'autre infirmière raconte »).
OTHER_WORDS: frozenset[str] = frozenset({"autre"})

#: Words that make a complement plural (« les familles *des deux* randonneurs, X et Y »: the
#: names are the complement's, not the speakers).
NUMBER_WORDS: frozenset[str] = frozenset({"deux", "trois", "quatre", "cinq", "ces", "plusieurs"})
#: Nouns for a number of people (« une cinquantaine de parents », « une poignée de militants »):
#: many, whatever the noun's own gender or number, so never what a singular pronoun takes up
#: (not « groupe », "group", « foule », "crowd": as often a firm, a band or one voice).
NUMBER_NOUNS: frozenset[str] = frozenset({
    "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
    "cinquantaine", "soixantaine", "centaine", "millier", "poignée",
})
#: Words before a role noun that make it another office (« le premier ministre » is not « le ministre »).
OFFICE_RANKS: frozenset[str] = frozenset({"premier", "première"})
ONE_OF: str = r"l['\u2019]une?\s+d['\u2019](?:entre\s+)?(?:eux|elles)\b"
#: The words before a name that an unnamed person's phrase gives later (« Une voisine, qui ne donne que son prénom, Martine, »):
#: the name is that person's.
NAMED_LATER: str = (r"(?:prénom|nom de famille|se fait appeler|demandé à être appelée?"
               r"|se présente comme|s'appelle|se prénomme)\s*,?\s*$")
#: Adjectives only a person takes (« le jeune apprenti »): a definite phrase with one, the subject of a
#: speech verb, is a person whatever its noun.
PERSON_ADJECTIVES: frozenset[str] = frozenset({"retraité", "retraitée", "âgé", "âgée", "veuf", "veuve", "barbu", "enceinte"})
#: Words that make a sentence's speech joint (« Avec son homologue X, il a dénoncé d'une même voix « … » »), and the words that bring in the
#: other voice: the quotation is both people's.
TOGETHER: str = r"(?<![^\W_])(?:d[\'’]une même voix|ensemble|de concert|en chœur|en choeur|côte à côte|conjointement)(?![^\W_])"
COMITATIVES: tuple[str, ...] = ("avec", "aux côtés de")
#: See ``quotes_en.RELATION_NOUNS`` (« l'apprentie » after the trainer, « le passager » after the
#: driver).
RELATION_NOUNS: frozenset[str] = frozenset({
    "associé", "associée", "mentor", "apprenti", "apprentie", "donateur", "donatrice",
    "conducteur", "conductrice", "colocataire", "locataire", "propriétaire", "passager",
    "passagère", "stagiaire", "prédécesseur", "prédécesseure", "successeur", "successeure",
})
#: The stems of verbs that put questions (« l'a interrogée », « a demandé »): a run of bare questions and answers
#: after a sentence with one is a questioning even when no vocative or pronoun names who answers.
QUESTIONING_STEMS: tuple[str, ...] = ("interrog", "demand", "question", "cuisin", "press")
#: Acronyms of titles and the words they stand for: « le directeur général, X » … « le DG ».
ROLE_ACRONYMS: dict[str, tuple[str, ...]] = {
    "pdg": ("président-directeur", "général"), "dg": ("directeur", "général"),
    "drh": ("directeur", "des", "ressources", "humaines"),
    "daf": ("directeur", "administratif", "et", "financier"),
}
_MORE_PERSON_NOUNS.update({"dg": None, "drh": None, "daf": None})
# (from the fresh sets dev70 and dev72; not « le gestionnaire », « l'exploitant »: as often
# a firm's, the network's or the plant's)
_MORE_PERSON_NOUNS.update({
    "greffier": "m", "greffière": "f", "sous-préfet": "m",
    "sous-préfète": "f", "ex-otage": None, "négociateur": "m", "négociatrice": "f",
    "ambassadeur": "m", "ambassadrice": "f", "interprète": None, "traducteur": "m",
    "miraculé": "m", "miraculée": "f", "matador": "m", "torero": "m", "championne": "f",
    "échevin": "m", "échevine": "f", "syndic": "m", "syndique": "f",
    "pâtre": "m", "randonneur": "m", "randonneuse": "f", "alpiniste": None,
    "portier": "m",
})
# relations of work and care (« l'ancien associé », « la conductrice »)
_MORE_PERSON_NOUNS.update({
    "associé": "m", "associée": "f", "mentor": "m", "apprenti": "m", "apprentie": "f",
    "donateur": "m", "donatrice": "f", "conducteur": "m", "conductrice": "f",
    "colocataire": None, "locataire": None, "propriétaire": None, "passager": "m",
    "passagère": "f", "stagiaire": None,
    # the wider family (KIN_NOUNS), with the gender each tells
    "cousin": "m", "cousine": "f", "oncle": "m", "tante": "f", "neveu": "m", "nièce": "f",
    "petit-fils": "m", "petite-fille": "f", "beau-père": "m", "belle-mère": "f",
    "beau-frère": "m", "belle-sœur": "f", "belle-soeur": "f",
    # more trades, stations and situations (« le promoteur X » … « le promoteur »)
    "promoteur": "m", "promotrice": "f", "trader": None, "diplômé": "m", "diplômée": "f",
    "réfugié": "m", "réfugiée": "f", "migrant": "m", "migrante": "f", "boucher": "m",
    "bouchère": "f", "survivant": "m", "survivante": "f", "combattant": "m",
    "combattante": "f",
    # the nouns a report uses to take up someone it has named (« l'international français »,
    # « le restaurateur »), as in quotes_en; not « le gaucher », which the article ties to
    # nobody (the nearest woman took « la gauchère » on the readable sets)
    "nouveau-venu": "m", "nouvelle-venue": "f", "coéquipier": "m", "coéquipière": "f",
    "international": "m", "internationale": "f", "remplaçant": "m", "remplaçante": "f",
    "restaurateur": "m", "restauratrice": "f", "hôtelier": "m", "hôtelière": "f",
    "tireur": "m", "tireuse": "f", "agresseur": "m", "meurtrier": "m", "meurtrière": "f",
    "voleur": "m", "voleuse": "f", "cambrioleur": "m", "cambrioleuse": "f",
    "voyageur": "m", "voyageuse": "f", "mécanicien": "m", "mécanicienne": "f",
    "garçon": "m", "garçonnet": "m", "fillette": "f", "bambin": "m", "gamin": "m",
    "gamine": "f", "gosse": None, "ado": None, "aïeul": "m", "aïeule": "f", "centenaire": None,
    "vétéran": "m", "vétérane": "f", "débutant": "m", "débutante": "f", "novice": None,
    "colosse": "m", "trois-quarts": "m", "viticulteur": "m", "viticultrice": "f", "moniteur": "m",
    "monitrice": "f", "proviseur": None, "proviseure": "f", "cuisinier": "m",
    "cuisinière": "f", "rapporteur": "m", "rapporteure": "f", "médiateur": "m",
    "médiatrice": "f",
    # everyday trades and situations, with the gender each tells (« Nino, voiturier du
    # palace », « confie la caissière »)
    "voiturier": "m", "voiturière": "f", "concierge": None, "réceptionniste": None,
    "bagagiste": None, "vigile": None, "serveur": "m", "serveuse": "f", "barman": "m",
    "barmaid": "f", "caissier": "m", "caissière": "f", "facteur": "m", "factrice": "f",
    "plombier": "m", "plombière": "f", "électricien": "m", "électricienne": "f",
    "menuisier": "m", "menuisière": "f", "couvreur": "m", "couvreuse": "f", "jardinier": "m",
    "jardinière": "f", "routier": "m", "routière": "f", "chauffeuse": "f", "ambulancier": "m",
    "ambulancière": "f", "brancardier": "m", "brancardière": "f", "sage-femme": None,
    "puériculteur": "m", "puéricultrice": "f", "nounou": "f", "comptable": None,
    "informaticien": "m", "informaticienne": "f", "développeur": "m", "développeuse": "f",
    "vendeur": "m", "vendeuse": "f", "fleuriste": None, "libraire": None, "ostéopathe": None,
    "dentiste": None, "chômeur": "m", "chômeuse": "f", "intérimaire": None, "saisonnier": "m",
    "saisonnière": "f", "vendangeur": "m", "vendangeuse": "f", "marin-pêcheur": "m",
    "ostréiculteur": "m", "ostréicultrice": "f", "pâtissier": "m", "pâtissière": "f",
    "charcutier": "m", "charcutière": "f", "fromager": "m", "fromagère": "f", "caviste": None,
    "sommelier": "m", "sommelière": "f", "plongeur": "m", "plongeuse": "f", "garagiste": None,
    "prédécesseur": None, "prédécesseure": "f", "successeur": None, "successeure": "f",
    "carrossier": "m", "carrossière": "f", "peintre": None, "sculpteur": "m",
    "sculptrice": "f", "photographe": None, "cameraman": "m", "monteur": "m", "monteuse": "f",
    "scénariste": None, "dessinateur": "m", "dessinatrice": "f", "illustrateur": "m",
    "illustratrice": "f", "traducteur": "m", "traductrice": "f", "interprète": None,
    "archiviste": None, "bibliothécaire": None, "documentaliste": None, "surveillant": "m",
    "surveillante": "f", "animateur": "m", "animatrice": "f", "éducateur": "m",
    "éducatrice": "f", "aide-ménagère": "f", "auxiliaire": None, "brigadier": "m",
    "brigadière": "f", "adjudant": "m", "adjudante": "f", "lieutenant": "m",
    "lieutenante": "f", "colonel": "m", "colonelle": "f", "sergent": "m", "sergente": "f",
    "matelot": "m", "marin": "m", "douanier": "m", "douanière": "f", "pompiste": None,
    "poissonnier": "m", "poissonnière": "f", "épicier": "m", "épicière": "f", "cordonnier": "m", "cordonnière": "f", "tailleur": "m", "tailleuse": "f",
    "couturier": "m", "couturière": "f", "coiffeur": "m", "coiffeuse": "f",
    "esthéticienne": "f", "maquilleur": "m", "maquilleuse": "f", "manutentionnaire": None,
    "cariste": None, "magasinier": "m", "magasinière": "f", "soudeur": "m", "soudeuse": "f",
    "tourneur": "m", "tourneuse": "f", "technicienne": "f", "forgeron": "m", "verrier": "m", "verrière": "f", "potier": "m",
    "potière": "f", "ébéniste": None, "tapissier": "m", "tapissière": "f", "berger": "m",
    "bergère": "f", "vacher": "m", "vachère": "f", "bûcheron": "m", "bûcheronne": "f",
    "forestier": "m", "forestière": "f", "administrateur": "m", "administratrice": "f",
})
# the feminine forms of Quebec, Belgium and Switzerland and a few offices of their own
# (« la mairesse », « la docteure », « la coroner », « le sous-ministre »), from a general list
_MORE_PERSON_NOUNS.update({
    "mairesse": "f", "docteure": "f", "recteure": "f", "entraîneure": "f",
    "inspecteur": "m", "inspectrice": "f", "enquêteuse": "f", "coordonnateur": "m",
    "coordonnatrice": "f", "coordinateur": "m", "coordinatrice": "f", "ombudsman": None,
    "coroner": None, "notaire": None, "sous-ministre": None,
})
# partners in an act or a joke: « lancent en chœur les deux complices », « son acolyte »
_MORE_PERSON_NOUNS.update({"complice": None, "acolyte": None, "compère": "m", "comparse": None})
PERSON_NOUNS.update({k: v for k, v in _MORE_PERSON_NOUNS.items() if k not in PERSON_NOUNS})

#: Possessive determiners and the pronoun their possessor is taken up by: « son communiqué »
#: is the words of the person the text is about (« son » does not tell the gender).
POSSESSIVE_PRONOUNS: dict[str, str] = {"son": "", "sa": "", "ses": "", "leur": "ils",
                                       "leurs": "ils"}

#: Words opening a second clause between two quotations: « A », écrit un internaute, *tandis*
#: qu'un autre répond : « B » gives two quotations.
CLAUSE_JOINERS: frozenset[str] = frozenset({"tandis", "alors", "mais", "et", "quand"})
#: See quotes_en.COLON_CLAUSE_JOINERS (« « A », a lancé X, puis son adjoint a répondu : « B » »).
COLON_CLAUSE_JOINERS: frozenset[str] = frozenset({"puis", "lorsque", "avant"})

#: Prepositions inside a noun phrase: a name after one is not the subject (« une source
#: proche *de* la maire a dit »).
NP_PREPOSITIONS: frozenset[str] = frozenset({
    "à", "au", "aux", "de", "du", "des", "d", "avec", "pour", "chez", "auprès", "envers",
})

#: Determiners that also stand alone for a person (« l'un », « un autre » are written with a
#: noun-like word, so none here).
PRONOUN_DETERMINERS: frozenset[str] = frozenset()

#: Speech verbs that mean something else before these words: « la richesse du mobilier
#: *témoigne d'*une élite » (shows), not « témoigne : ».
_TEMOIGNER = ("témoigne", "témoignent", "témoignait", "témoignaient", "témoignant",
              "témoigné")
NOT_SPEECH_BEFORE: dict[str, frozenset[str]] = {
    form: frozenset({"de", "d", "du", "des"}) for form in _TEMOIGNER
}

#: What before a title introducer makes it a verb of speech, not a title: « elle s'est
#: *dite* « soulagée » » is not « la loi dite « … » ».
NOT_TITLE_BEFORE = r"(?:s['’]\s*(?:est|était|étaient|sont|être)|se\s+sont|se)\s+(?:dit|dite|dits|dites)\s*$"

#: Adjectives telling that a role noun names the former holder (« l'ancien maire »).
FORMER_WORDS: frozenset[str] = frozenset({"ancien", "ancienne", "ex", "ex-", "anciens"})

#: Demonstratives that take up the *last* person named of their gender, not the subject:
#: « Celui-ci lui a décrit… », « a ajouté cette dernière ». Written as their tokens.
LATTER_WORDS: dict[tuple[str, ...], str] = {
    ("celui-ci",): "m", ("celle-ci",): "f", ("ce", "dernier"): "m", ("cette", "dernière"): "f",
    ("celui-là",): "m", ("celle-là",): "f",
}

#: Stems of speech verbs whose passive names who asked, not who spoke: « interrogé par X ».
ASKED_STEMS: tuple[str, ...] = (
    "interrog", "question", "sollicit", "contact", "interpell", "joint", "jointe", "invit",
    "pressé", "relanc", "consult",
)

#: Words that take up the first of the two people named last (« la première ne cache pas sa
#: joie »), with the gender they tell; a noun after them makes them an adjective (« le premier
#: ministre »).
FORMER_REFERENCES: dict[tuple[str, ...], str] = {
    ("la", "première"): "f", ("le", "premier"): "m",
}
#: Words that take up the second of the two people named last, standing alone as the subject
#: (« La seconde a répliqué : »; not « la seconde fois »).
SECOND_REFERENCES: dict[tuple[str, ...], str] = {
    ("la", "seconde"): "f", ("le", "second"): "m", ("la", "deuxième"): "f",
    ("le", "deuxième"): "m",
}

#: A participle of a speech verb, then the quotation, then « par » and who said it: « une
#: mesure jugée « insuffisante » par les syndicats ».
AGENT_WORDS: frozenset[str] = frozenset({"par"})

#: The infinitive markers: a speech verb right after them is not a finite verb (« a publié un
#: message *pour* remercier « … » »: the subject is the one of « a publié »; « tenu à préciser »
#: goes through the skipped words).
INFINITIVE_MARKERS: frozenset[str] = frozenset({"pour", "sans"})

#: Words between that participle and the quotation: une réforme qualifiée d'« absurde » par X.
AGENT_LINKS: frozenset[str] = frozenset({"comme", "de", "d"})
#: See ``quotes_en.NAMING_PARTICIPLES`` (« X, surnommé « le bulldozer » par ses adversaires »).
NAMING_PARTICIPLES: frozenset[str] = frozenset({
    "surnommé", "surnommée", "surnommés", "surnommées",
})
#: Those that pass on words only with « de » before the quotation (« traité de « menteur »
#: par l'opposition », « taxé de « laxisme » »; not « traitée « comme une criminelle » par les
#: douaniers », « taxé « à plus de 60 % » par l'État »: treated, taxed).
LINKED_NAMING_PARTICIPLES: frozenset[str] = frozenset({
    "traité", "traitée", "traités", "traitées", "taxé", "taxée", "taxés", "taxées",
})

#: Verbs whose agent holds the role the noun names (nominalisation): « le comité, présidé par
#: X » or « X, qui dirige l'école » make « la présidente », « le directeur » a description of
#: X. Verb forms, each with the role nouns it gives (gender is checked when the noun is used).
_ROLE_VERBS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("présidé", "présidée", "présidés", "présidées", "préside", "présidait", "présidaient",
     "présidant"): ("président", "présidente"),
    ("dirigé", "dirigée", "dirigés", "dirigées", "dirige", "dirigeait", "dirigeaient"):
        ("directeur", "directrice", "dirigeant", "dirigeante"),
    ("fondé", "fondée", "fondés", "fondées", "fonde", "fondait", "cofondé", "cofondée"):
        ("fondateur", "fondatrice", "cofondateur", "cofondatrice"),
    ("entraîné", "entraînée", "entraînés", "entraînées", "entraîne", "entraînait"):
        ("entraîneur", "entraîneuse", "coach"),
    ("animé", "animée", "animés", "animées", "anime", "animait"): ("animateur", "animatrice"),
    ("géré", "gérée", "gérés", "gérées", "gère", "gérait"): ("gérant", "gérante"),
    ("épousé", "épousée", "épousait", "marié", "mariée"): ("marié", "mariée"),
    ("remporté", "remportée", "remporte", "gagné", "gagne"): ("vainqueur", "vainqueure",
                                                            "lauréat", "lauréate"),
}
ROLE_VERBS: dict[str, tuple[str, ...]] = {
    form: nouns for forms, nouns in _ROLE_VERBS.items() for form in forms
}

#: A party's member, a noun for a person only right after a definite article (« a lâché la
#: socialiste bernoise », « estime le centriste »), not as an adjective after a role (« le
#: sénateur socialiste de la Sarthe X ») nor in a name (« le Parti socialiste », « Le
#: Républicain lorrain »);
#: the gender each tells. From the fresh sets dev149–dev154.
PARTY_NOUNS: dict[str, str | None] = {
    "socialiste": None, "centriste": None, "communiste": None,
    # (not « l'insoumis »: its article tells no number, and « -s » reads as a plural)
    "insoumise": "f", "libéral": "m", "libérale": "f", "républicain": "m",
    "républicaine": "f", "macroniste": None, "gaulliste": None, "souverainiste": None,
    "indépendantiste": None, "autonomiste": None, "nationaliste": None, "démocrate": None,
    "travailliste": None, "frontiste": None, "lepéniste": None, "mélenchoniste": None,
}

#: After a quotation that ends its own sentence, a new sentence whose subject comes first
#: and whose verb takes an object (« « … ? » L'ancien agent a évoqué des paris sportifs »)
#: tells what someone did next, not who said the words.
OBJECT_ENDS_ATTRIBUTION = True
#: ... only for the verbs whose object is what is talked about (« a évoqué un orage », « a
#: décrit un système »), not a verb whose object is the act of speech or the person spoken
#: to (« Le juge interroge le prévenu », « a posé la question », « a ajouté un mot »).
TOPIC_VERBS: frozenset[str] = frozenset({
    "évoque", "évoqué", "évoquait", "évoquent", "invoque", "invoqué", "invoquait",
    "mentionne", "mentionné", "mentionnait", "décrit", "décrivait", "détaille", "détaillé",
    "détaillait", "raconte", "raconté", "racontait", "relate", "relaté", "relatait",
    "retrace", "retracé", "retraçait",
})

#: A question reported in the sentence before a quotation nobody attributes: the words are
#: the answer of the person asked (« La présidente lui a demandé pourquoi elle n'avait pas
#: porté plainte. « J'avais peur. » »): the verbs of asking, the pronouns for the person
#: asked (before the verb in French), the words opening an indirect question.
ASKING_VERBS: frozenset[str] = frozenset({
    "demande", "demandé", "demandait", "demandent", "demandaient", "redemande",
    "redemandé",
})
ASKED_PRONOUNS_AFTER: frozenset[str] = frozenset()
INDIRECT_QUESTION_WORDS: frozenset[str] = frozenset({
    "pourquoi", "si", "s", "comment", "quand", "combien", "où",
})

#: Words that give a person a nickname in quotation marks (« Surnommé « le Forgeron », X … »,
#: « X, surnommée « la Dame de fer », »): the nickname then names that person (« a lancé le
#: Forgeron »).
NICKNAMING: tuple[str, ...] = (
    "surnommé", "surnommée", "surnommés", "surnommées", "alias",
    # (not « dit »: « Il a dit « Merci » » is speech)
)

#: The masculine and feminine endings of a person noun, for the other form of a noun the
#: lexicon lists (« les deux cofondateurs » are a cofondateur and a cofondatrice).
GENDER_ENDINGS: tuple[tuple[str, str], ...] = (
    ("teur", "trice"), ("eur", "euse"), ("ien", "ienne"), ("on", "onne"), ("er", "ère"),
    ("el", "elle"), ("f", "ve"), ("x", "se"), ("", "e"),
)

#: Endings of demonyms, capitalised nouns for an inhabitant or a club's player (« l'ancien
#: Rennais », « la Lyonnaise »), with the gender they tell; the longer endings first.
DEMONYM_ENDINGS: dict[str, str] = {
    "aise": "f", "oise": "f", "ienne": "f", "aine": "f", "ais": "m", "ois": "m", "ien": "m",
    "ain": "m", "ole": "f", "ol": "m", "onne": "f", "on": "m", "éenne": "f", "éen": "m",
    "yenne": "f", "yen": "m",
}

#: See ``quotes_en.DEMONYM_ADJECTIVE_FORMS``: French demonyms are their adjectives.
DEMONYM_ADJECTIVE_FORMS: dict[str, str] = {}

#: Demonyms no ending tells (« le Serbe », « la Monténégrine », « le Tricolore »), with their
#: gender ("" where the article tells it).
DEMONYM_WORDS: dict[str, str] = {
    "serbe": "", "croate": "", "russe": "", "suisse": "", "belge": "", "tchèque": "",
    "slovaque": "", "bulgare": "", "slovène": "", "kosovar": "m", "kosovare": "f",
    "turc": "m", "turque": "f", "grec": "m", "grecque": "f", "afghan": "m", "afghane": "f",
    "allemand": "m", "allemande": "f", "espagnol": "m", "espagnole": "f", "britannique": "",
    "monégasque": "", "basque": "", "corse": "", "normand": "m", "normande": "f",
    "savoyard": "m", "savoyarde": "f", "provençal": "m", "provençale": "f", "kényan": "m",
    "kényane": "f", "nigérian": "m", "nigériane": "f", "catalan": "m", "catalane": "f",
    "andorran": "m", "andorrane": "f", "argentin": "m", "argentine": "f", "monténégrin": "m",
    "monténégrine": "f", "florentin": "m", "florentine": "f", "tricolore": "", "bleu": "m",
    "bleue": "f", "flamand": "m", "flamande": "f", "mexicain": "m", "mexicaine": "f",
    "écossais": "m", "écossaise": "f", "néerlandais": "m", "néerlandaise": "f", "danois": "m",
    "danoise": "f", "suédois": "m", "suédoise": "f", "québécois": "m", "québécoise": "f",
    "ouzbek": "m", "ouzbèke": "f", "tadjik": "m", "tadjike": "f", "kazakh": "m",
    "kazakhe": "f", "lituanien": "m", "lituanienne": "f", "letton": "m", "lettone": "f",
    "scandinave": "", "bigouden": "m", "bigoudène": "f", "slave": "",
    # press epithets for a nationality (ROLE_SYNONYMS ties them to it)
    "transalpin": "m", "transalpine": "f", "helvète": "", "ibérique": "", "ibère": "",
    "batave": "", "hellène": "", "nippon": "m", "nippone": "f", "magyar": "m", "magyare": "f",
    "auriverde": "",
    # Regional and city demonyms in -eau/-elle, -in/-ine, -at/-ate, -ard/-arde, -ot/-ote, which
    # no ending can tell apart from other nouns (« le Château », « la Chine », « le Canard »).
    "tourangeau": "m", "tourangelle": "f", "manceau": "m", "mancelle": "f",
    "angevin": "m", "angevine": "f", "poitevin": "m", "poitevine": "f", "girondin": "m",
    "girondine": "f", "périgourdin": "m", "périgourdine": "f", "messin": "m",
    "messine": "f", "bisontin": "m", "bisontine": "f", "malouin": "m", "malouine": "f",
    "briochin": "m", "briochine": "f", "philippin": "m", "philippine": "f",
    "auvergnat": "m", "auvergnate": "f", "picard": "m", "picarde": "f", "biarrot": "m",
    "biarrote": "f", "qatari": "", "émirati": "", "inuit": "", "moldave": "",
    "chypriote": "", "tchadien": "m", "tchadienne": "f",
    # in -an/-ane, which no ending can tell apart from places (« le Vatican », « le Soudan »)
    "valaisan": "m", "valaisanne": "f", "toscan": "m", "persan": "m", "persane": "f",
    "occitan": "m", "occitane": "f", "gitan": "m", "gitane": "f", "castillan": "m",
    "castillane": "f",
}


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a data block."""
    return frozenset(text.split())


#: Nouns for words said that open an attribution with no verb: « Réplique du trentenaire : ».
SPEECH_NOUNS: frozenset[str] = frozenset({
    "réplique", "réponse", "riposte", "commentaire", "explication", "verdict", "conclusion",
    "confidence", "aveu", "avertissement", "mise", "analyse", "constat", "résumé", "message",
    "conseil", "promesse", "version",
})
SPEECH_NOUN_LINKS: frozenset[str] = frozenset({"de", "du", "des", "d"})

#: Nouns for what a person holds, wants or judges, which, possessed and opening the sentence
#: before a colon, announce that person's words as « Son analyse : » does: « Sa priorité :
#: « Ramener les jeunes. » », « Son idée : « … » ».
VIEW_NOUNS: frozenset[str] = _words("""
    priorité idée credo crédo devise leitmotiv objectif ambition souhait vœu voeu espoir
    crainte regret bilan diagnostic avis sentiment philosophie secret recette ton reproche
    argument justification formule slogan revendication consigne mot jugement pronostic
    """)

#: Letters after a name set off by commas (English "X, KC,"; none in French).
POST_NOMINALS: frozenset[str] = frozenset()

#: Object relatives: « Un argument que la cheffe balaie : », "A charge that the mayor rejects:".
OBJECT_RELATIVES: frozenset[str] = frozenset({"que", "qu"})

#: Sources a gendered pronoun never takes up (few in French: « elle » may be « la société »),
#: and no unnamed person for a description to take up (« un courrier »).
THING_SOURCES: frozenset[str] = frozenset({"courrier", "courriers"})

#: Groups a person belongs to: with one as its complement, a description picks out one member
#: (« l'élu de la majorité », « le benjamin de la compétition »), not a field or a past (« le
#: spécialiste du haut Moyen Âge », « le retraité de la Marine marchande »).
MEMBERSHIP_NOUNS: frozenset[str] = _words("""
    majorité opposition compétition club parti famille ville commune assemblée comité
    fédération ligue tournoi championnat classe école quartier village promotion bande tribu
    clan délégation coalition camp troupe brigade équipage rédaction jury conseil bureau
    """)

#: Endings of the nouns for people that no list can hold in full (trades, roles, titles won):
#: a definite speaker such as « a glissé la traductrice », « l'ancien cheminot ajoute » or
#: « a raconté la nouvelle championne » is a person, taken back to someone named, when its
#: noun (lower case, not in PERSON_NOUNS) ends so. The gender is the ending's, or the
#: determiner's where the ending tells none (« le/la syndicaliste »).
PERSON_ENDINGS: tuple[tuple[str, str | None], ...] = (
    ("trice", "f"), ("euse", "f"), ("ienne", "f"), ("ière", "f"), ("onne", "f"),
    ("teur", "m"), ("eur", "m"), ("ien", "m"), ("ier", "m"),
    ("iste", None), ("aire", None), ("logue", None), ("graphe", None), ("iatre", None),
    ("naute", None),
)

#: Words with those endings that are not people, or that name a firm or a body as often as a
#: person (« précise l'opérateur », « a indiqué le constructeur »): they stay a source.
NOT_PERSON_NOUNS: frozenset[str] = _words("""
    opérateur constructeur distributeur organisateur transporteur assureur bailleur
    gestionnaire prestataire employeur fournisseur diffuseur éditeur producteur promoteur
    repreneur régulateur aménageur annonceur concessionnaire hébergeur émetteur exploitant
    fabricant syndicat quotidien hebdomadaire mensuel bimensuel magazine journal courrier
    dossier papier quartier métier calendrier chantier secteur moteur ordinateur compteur
    capteur honneur bonheur malheur cœur coeur lien bien chien moyen soutien entretien
    maintien lot mot pot salaire commentaire dictionnaire anniversaire inventaire itinéraire
    questionnaire formulaire dialogue catalogue prologue épilogue paragraphe télégraphe
    liste piste lumière frontière carrière matière manière rivière filière barrière colonne
    couronne personne saison raison maison question nation région fonction direction
    commission mission action opinion décision version occasion union million milliard
    premier première dernier dernière ancien ancienne meilleur meilleure supérieur
    supérieure entier entière particulier particulière quotidienne
    financier financière régulier régulière certain majeur mineur erreur peur valeur
    couleur odeur chaleur douleur hauteur longueur largeur lueur rumeur humeur saveur faveur
    vigueur terreur fureur candeur splendeur profondeur ampleur labeur ascenseur radiateur
    tracteur téléviseur projecteur réacteur détecteur amplificateur équateur vapeur lecteur
    extincteur aspirateur accélérateur indicateur facteur noyer foyer loyer métier clavier
    cahier fichier panier escalier tablier atelier sentier verger évier acier glacier
    premier collier papier encrier poulailler grenier rocher boucher damier cendrier pommier
    olivier palmier figuier cerisier prunier poirier rosier bananier fraisier
    salon pavillon wagon ballon circulaire annuaire documentaire monologue vocabulaire
    glossaire sommaire affaire grammaire
    """)


#: Given names common in French news, by the gender they tell (folded: lowercase, no accents).
#: A person missing from the registry takes the gender of their first name, so that « elle »
#: is not resolved to « Paul X ». Names given to both (Camille, Dominique, Claude…) are absent.
FEMININE_GIVEN_NAMES: frozenset[str] = _words("""
adele agathe agnes aicha aissatou albane alexandra alexia alice aline amandine amelie amina
aminata anais andree angelique anna annabelle anne anne-marie anne-sophie annie apolline
armelle aude audrey aurelie awa axelle beatrice berenice bernadette blandine brigitte capucine
carole caroline catherine cecile celine chantal charlotte chloe christiane christine claire
claudine clemence clementine clotilde coline colette constance coralie corinne danielle delphine
denise diane djamila edwige eleonore elisabeth elise elodie eloise elsa emeline emilie emma
emmanuelle estelle eva evelyne fabienne fanny farida fatima fatou fatoumata florence francoise
gabrielle gaelle genevieve geraldine ghislaine gisele gwenaelle helene heloise hortense ines
ingrid irene isabelle jacqueline jade jeanne jocelyne joelle josephine josette josiane judith
julia julie juliette justine karima karine khadija laetitia laura laure laurence lea leila lena
lina lisa lise lola louise lucie lucile ludivine lydie madeleine maelle maelys maeva magali
malika manon margaux margot marguerite maria mariam marianne marie marie-claire marie-france
marie-helene marie-pierre marine marion marjorie marlene martine maryse mathilde maud melanie
melissa melodie michele micheline mireille monique morgane muriel myriam nadia nadine naima
nathalie nicole nina noelle noemie nolwenn oceane odette odile olivia ophelie pascale paulette
pauline perrine rachida rebecca regine renee romane rosalie rose roselyne roxane sabine sabrina
salma samia sandra sandrine sarah segolene severine simone solange solene sonia sophie
stephanie suzanne sylvaine sylviane sylvie therese tiphaine valentine valerie vanessa veronique
victoire victoria violette virginie yasmina yasmine yolande yvette yvonne zelie zoe
agnes annick aurore bettina carmen cassandra celia chiara elena elina francesca gwendoline
hanane ilona ines irina isabel jessica katia kenza lorena lucia maeline mariana marta nora
odile oriane paola rania rim salome samira silvia sofia soraya tatiana vera yael yolanda
flurina seraina ladina nadja vreni adja ndeye astou bineta sokhna seynabou
""")

MASCULINE_GIVEN_NAMES: frozenset[str] = _words("""
abdoulaye adam adrien ahmed alain albert alexandre ali amadou amine andre antoine anthony
arnaud arthur aurelien axel baptiste bastien benjamin benoit bernard bertrand bilal boris
boubacar bruno cedric charles christian christophe clement corentin cyril damien daniel david
denis didier dylan edouard emile emmanuel enzo eric erwan etienne fabien fabrice farid felix
fernand florian francis francois franck frederic gabriel gael gaetan gaston georges gerard
gilles gregoire gregory guillaume guy gwenael hadrien hamid hamza henri herve hubert hugo
ibrahima idriss ismael jacques jean jean-baptiste jean-charles jean-christophe jean-claude
jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-noel
jean-paul jean-philippe jean-pierre jean-yves jeremie jeremy jerome joel jonathan jordan joseph
julien jules kader karim kevin kylian laurent leo leon lionel loic louis lucas lucien ludovic
luc mael malik mamadou marc marcel marius martin mathias mathieu mathis matteo matthieu
maurice maxime mehdi michael michel mickael mohamed mohammed moussa nabil nathan nicolas noah
noe nolan octave olivier omar ousmane pascal patrice patrick paul philippe pierre pierre-yves
quentin rachid raphael raymond remi remy renaud rene regis robert roger roland romain ronan
rayan sami samir samuel sebastien serge simon sofiane souleymane stephane sylvain tanguy theo
thibault thibaut thierry thomas timothee tom tristan valentin victor vincent walid xavier yacine
yanis yann yannick yassine yoann youssef yves yvon zinedine
abdel abdelkader adama alberto alessandro alexis alfonso amaury anis antonio armand
augustin bakary cheikh cyrille diego djibril eduardo enrique esteban fabio fernando florent
francesco gaspard gautier giovanni gustave hakim hassan hector hugues ibrahim ivan jaime
javier joao jorge jose juan karl kamel lamine lassana luca lucas luigi luis manuel marco mario
mathieu miguel mourad moussa nassim nelson oumar oscar pablo pedro raul ricardo roberto rodrigo
salif salvatore sergio seydou stefan sven tarek wilfried yacouba youssouf
reto urs ueli jurg ruedi andri gian curdin balz luzi modou babacar
""")

#: Possessives before a singular noun: « son directeur », « leur capitaine » may describe the
#: person tied to « directeur », « capitaine » (« leur » is the singular of « leurs »).
SINGULAR_POSSESSIVES: frozenset[str] = frozenset({"son", "sa", "leur"})

#: Numbers that count the people of a plural description: « les deux chercheurs ».
GROUP_NUMBERS: dict[str, int] = {"deux": 2, "trois": 3}

#: Auxiliaries and endings of past tenses: « X a entraîné le club », « X dirigeait l'école »
#: tie the role to X whether it is over or not (« l'ancien entraîneur »).
PAST_AUXILIARIES: frozenset[str] = frozenset({"a", "avait", "aura", "aurait", "eut"})

#: Auxiliaries of the passive: « les riverains ont été prévenus que… » (spoken to, not
#: speaking).
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({
    "été", "être", "est", "sont", "était", "étaient", "fut", "furent", "soit", "sera",
    "seront",
})
PAST_ENDINGS: tuple[str, ...] = ("ait", "aient", "a", "èrent")

#: First-person words: a quotation written with them is somebody's own words.
FIRST_PERSON: frozenset[str] = frozenset({
    "je", "j", "me", "m", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "on",
})
#: The plural ones: words with only the singular ones are one person's (not a group's).
FIRST_PERSON_PLURAL: frozenset[str] = frozenset({"nous", "notre", "nos", "on"})

#: The staff of a team and its players are different people (``quotes_en.STAFF_NOUNS``).
STAFF_NOUNS: frozenset[str] = frozenset({
    "entraîneur", "entraîneuse", "coach", "sélectionneur", "sélectionneuse", "manager",
    "président", "présidente", "arbitre",
})
PLAYER_NOUNS: frozenset[str] = frozenset({
    "joueur", "joueuse", "attaquant", "attaquante", "milieu", "défenseur", "défenseuse",
    "ailier", "ailière", "gardien", "gardienne", "buteur", "buteuse", "ouvreur", "demi",
    "pilier", "talonneur", "troisième-ligne", "deuxième-ligne", "arrière", "centre",
    "latéral", "latérale", "meneur", "meneuse", "remplaçant", "remplaçante",
})

#: Role nouns that news prose uses for one another, so that a role tied to a name by one
#: word is also tied by the others: « l'entraîneur X » … « le coach », « le technicien ».
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    # nationalities by their press epithets: « l'Italien X » … « le Transalpin », « le Suisse
    # X » … « l'Helvète », « le Brésilien X » … « le Sud-Américain »
    "italien": ("transalpin",), "italienne": ("transalpine",), "suisse": ("helvète",),
    "belge": ("flamand", "flamande", "wallon", "wallonne"),
    "espagnol": ("ibérique", "ibère"), "espagnole": ("ibérique", "ibère"),
    "portugais": ("lusitanien", "ibérique"), "portugaise": ("lusitanienne", "ibérique"),
    "néerlandais": ("batave",), "néerlandaise": ("batave",), "grec": ("hellène",),
    "grecque": ("hellène",), "japonais": ("nippon",), "japonaise": ("nippone",),
    "hongrois": ("magyar",), "hongroise": ("magyare",), "français": ("tricolore",),
    "française": ("tricolore",), "brésilien": ("sud-américain", "auriverde"),
    "brésilienne": ("sud-américaine", "auriverde"), "argentin": ("sud-américain",),
    "argentine": ("sud-américaine",), "colombien": ("sud-américain",),
    "colombienne": ("sud-américaine",), "chilien": ("sud-américain",),
    "chilienne": ("sud-américaine",), "uruguayen": ("sud-américain",),
    "uruguayenne": ("sud-américaine",), "péruvien": ("sud-américain",),
    "péruvienne": ("sud-américaine",), "vénézuélien": ("sud-américain",),
    "vénézuélienne": ("sud-américaine",),
    # the one on trial: « l'accusé » is « le prévenu »; a registry describing somebody « jugé
    # pour abus de confiance » or « poursuivi pour fraude » describes the defendant
    # (not « condamné »: a registry person condemned years ago may sit in the gallery)
    "prévenu": ("accusé", "jugé", "poursuivi"), "prévenue": ("accusée", "jugée", "poursuivie"),
    "accusé": ("prévenu", "jugé", "poursuivi"), "accusée": ("prévenue", "jugée", "poursuivie"),
    "entraîneur": ("coach", "technicien"), "entraîneuse": ("coach", "technicienne"),
    "coach": ("entraîneur",), "sélectionneur": ("coach", "technicien"),
    "manager": ("entraîneur", "coach", "technicien"),
    "maire": ("édile",), "édile": ("maire",),
    # the officer in command of a port or a ship: « le commandant du port » is its « capitaine »
    "commandant": ("capitaine",),
    # a member of parliament: « la députée X » … « la parlementaire » (not « l'élu », which
    # any elected person is: the salience model resolves it)
    "député": ("parlementaire",), "députée": ("parlementaire",),
    "sénateur": ("parlementaire",), "sénatrice": ("parlementaire",),
    # the head of a body or a firm is its « patron » in news prose
    "président": ("patron",), "présidente": ("patronne",), "pdg": ("patron", "patronne"),
    "p-dg": ("patron", "patronne"), "médecin": ("praticien", "praticienne"),
    "urgentiste": ("praticien", "praticienne", "médecin"),
    "procureur": ("magistrat",), "procureure": ("magistrate",),
    "juge": ("magistrat", "magistrate"),
    "cinéaste": ("réalisateur", "réalisatrice"), "réalisateur": ("cinéaste",),
    "réalisatrice": ("cinéaste",),
    # clergy: « l'évêque, Mgr X » … « le prélat »
    "évêque": ("prélat",), "archevêque": ("prélat",), "cardinal": ("prélat",),
    "prélat": ("évêque",), "curé": ("prêtre",), "prêtre": ("curé",),
    # the one in charge: « X, directeur du réseau » … « le responsable »
    "directeur": ("patron", "responsable"), "directrice": ("patronne", "responsable"),
    "chef": ("responsable",), "cheffe": ("responsable",),
    # the one consulted for an opinion: « X, analyste au cabinet Y » … « selon l'experte »
    "analyste": ("expert", "experte", "spécialiste"), "économiste": ("expert", "experte"),
    "politologue": ("expert", "experte", "spécialiste", "chercheur", "chercheuse"),
    "sociologue": ("expert", "experte", "chercheur", "chercheuse"),
    "historien": ("spécialiste", "chercheur"), "historienne": ("spécialiste", "chercheuse"),
    "avocat": ("pénaliste",), "avocate": ("pénaliste",),
    # players: « l'attaquant », « le footballeur » … « le joueur »
    "joueur": ("footballeur", "attaquant", "rugbyman", "basketteur", "handballeur",
               "tennisman"),
    "joueuse": ("footballeuse", "attaquante", "rugbywoman", "basketteuse", "handballeuse",
                "tenniswoman"),
    "footballeur": ("joueur",), "footballeuse": ("joueuse",), "attaquant": ("joueur", "buteur"),
    "attaquante": ("joueuse", "buteuse"),  # (a forward is the one who scores: « le buteur »)
    "actrice": ("comédienne",), "comédienne": ("actrice",), "acteur": ("comédien",),
    "comédien": ("acteur",), "chanteuse": ("artiste",),
    "chanteur": ("artiste",), "rappeur": ("artiste", "chanteur"),
    "rappeuse": ("artiste", "chanteuse"), "romancière": ("écrivaine", "autrice"),
    "romancier": ("écrivain", "auteur"), "écrivaine": ("romancière", "autrice"),
    "écrivain": ("romancier", "auteur"),
}

#: Speech verbs that go on with one's own words (« ajoute-t-il », « poursuit-elle »): their
#: pronoun takes up the previous quotation's speaker.
#: Verbs of perception whose object, a clitic after « on », is the speaker of the words heard
#: (« On l'y entend expliquer : « … » », « on l'a vue lancer »).
PERCEPTION_VERBS: frozenset[str] = frozenset({
    "entend", "entendait", "entendu", "entendue", "voit", "voyait", "vu", "vue",
})

#: See quotes_en.REPLY_VERBS (« « … ? » demande la présidente. « … », répond l'accusé »).
REPLY_VERBS: frozenset[str] = frozenset({
    "répond", "répondu", "répondait", "répondit", "réplique", "répliqué", "rétorque",
    "rétorqué", "rétorqua", "riposte", "riposté",
})

CONTINUING_VERBS: frozenset[str] = frozenset({
    "ajoute", "ajouté", "ajoutait", "ajouta", "poursuit", "poursuivi", "poursuivait",
    "poursuivit", "continue", "continué", "continuait", "enchaîne", "enchaîné", "conclut",
    "conclu", "complète", "complété",
})

#: Articles that open a work's title written with a capital on the article and on the first
#: noun (« La Nuit des veilleurs », « Les Misérables », « L'Étranger »).
TITLE_ARTICLES: frozenset[str] = frozenset({"le", "la", "les", "l", "un", "une"})

#: Sentence openings that point back at the quotation just before and say who spoke it:
#: « « Un homme courageux. » C'est ainsi que Claire Morel décrit son voisin. »
BACK_REFERENCES: tuple[str, ...] = (
    "c'est ainsi que", "c'est ainsi qu'", "c'est en ces termes que", "c'est en ces termes qu'",
    "c'est ce que", "c'est ce qu'", "voilà comment", "voilà ce que", "voilà ce qu'",
    "ce sont les mots de", "ce sont les mots d'",
)

#: Singular nouns for a group of people, with its size: « raconte le couple ».
GROUP_NOUNS: dict[str, int] = {"couple": 2, "duo": 2, "tandem": 2, "binôme": 2}

#: Copulas: « X est le maire de Sète », « X est devenue présidente » tie the role noun of the
#: predicate to X, as an apposition does.
COPULAS: frozenset[str] = frozenset({
    "est", "était", "fut", "reste", "demeure", "devenu", "devenue", "redevenu", "redevenue",
})

#: A speaker's own copulas, after « je »: « je suis d'abord la maire » describes the speaker,
#: so the role the quotation uses does not rule its holder out as the speaker.
SELF_COPULAS: frozenset[str] = frozenset({
    "suis", "étais", "serai", "resterai", "reste", "demeure", "redeviens",
})

#: Endings of a past participle that, right after a document noun, is an adjective and not
#: the verb: « affirme dans une réponse écrite que », « une déclaration lue par son avocat ».
ADJECTIVAL_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées", "ite", "ites",
                                                  "ise", "ises", "ue", "ues")

#: Things that carry a slogan, not speech (« une banderole résume : « … » », « « … »,
#: peut-on lire sur les pancartes »): their words are no quotation.
SIGN_NOUNS: frozenset[str] = frozenset({
    "banderole", "banderoles", "pancarte", "pancartes", "calicot", "calicots", "affiche",
    "affiches", "affichette", "affichettes", "écriteau", "écriteaux", "panneau", "panneaux",
    "tee-shirt", "tee-shirts", "t-shirt", "t-shirts", "graffiti", "graffitis", "tag", "tags",
    "slogan", "slogans", "inscription", "inscriptions",
})
#: « of »: a work noun, then « of » and a title (« le premier couplet de « … » »).
OF_WORDS: frozenset[str] = frozenset({"de", "du", "des", "d"})
#: Words a law's heading opens with, like a participle (« la loi « pour une école… » »).
HEADING_OPENERS: frozenset[str] = frozenset({"pour", "contre", "relatif", "relative", "relatifs", "relatives"})
#: Adverb endings (« visiblement émue, X »: the adverb opens the fronted participle).
ADVERB_ENDINGS: tuple[str, ...] = ("ment",)
#: Several-word signs, as tokens (« un mot d'ordre : « … » »).
SIGN_COMPOUNDS: tuple[tuple[str, ...], ...] = (("mot", "d", "ordre"), ("mots", "d", "ordre"))
#: Verbs of reading a sign before the slogan (« sur les pancartes, on lit : »).
READING_WORDS: frozenset[str] = frozenset({"lire", "lit", "lisait", "lisaient", "proclame",
                                           "proclament", "proclamait", "affiche", "affichent"})
#: Right after a slogan, the reader's inversion (« », peut-on lire », « », lit-on »).
READING_AFTER = (r"\s*,?\s*(?:(?:peut|pouvait|pourra|pouvaient)-on\s+(?:y\s+)?lire|lit-on"
                 r"|(?:pro)?clam(?:e|ent|ait|aient)\b|disait\s+une\s+(?:banderole|pancarte))")

#: Possessive pronouns standing alone before a colon, and the gender of their possessor
#: (none in French: « la sienne » tells the thing's gender, not the possessor's).
INDEPENDENT_POSSESSIVES: dict[str, str] = {}

#: Nouns for words said (« Une phrase résume son état d'esprit : « … » »): the subject of a
#: sentence before a colon, the words of the person its possessive takes up.
SAID_NOUNS: frozenset[str] = frozenset({"phrase", "mot", "mots", "formule", "réplique"})

#: Verbs of calling somebody something (« Une voisine la surnomme « la fée » »): with a
#: person as their subject, the quoted name is that person's words.
CALLING_VERBS: frozenset[str] = frozenset({
    "appelle", "appellent", "appelait", "surnomme", "surnomment", "surnommait", "qualifie",
    "qualifient", "qualifiait", "traite", "traitent", "traitait",
})

#: Participles of speech verbs said only with « se » (« s'est ému », « se sont réjouis »):
#: without a reflexive pronoun just before, adjectives (« Visiblement ému, le capitaine… »,
#: « Très émue, elle… »).
REFLEXIVE_PARTICIPLES: frozenset[str] = frozenset({
    "ému", "émue", "émus", "émues", "réjoui", "réjouie", "réjouis", "réjouies",
    "souvenu", "souvenue", "souvenus", "souvenues",
})

#: A participle of writing or sending and « par », ending right before a name (up to three
#: words between: a title): « une lettre signée par l'ancien shérif X ».
WRITER_BEFORE: str = (r"\b(?:écrit|signé|envoyé|rédigé|publié|posté|griffonné)e?s?\s+par\s+"
                      r"(?:[^\W\d][\w.'’-]*\s+){0,3}$")

#: Nouns of a level or a code: a short lowercase word in marks right after them is its name
#: (« en vigilance « rouge » »), not a quotation.
LEVEL_NOUNS: frozenset[str] = frozenset({
    "vigilance", "alerte", "niveau", "code", "seuil", "phase", "stade", "catégorie",
    "risque",
})
#: Reading a meaning into something (« a voulu voir dans ce résultat « un mandat clair » »):
#: the short quotation after it is the subject's words, not scare quotes.
INTERPRETING = (r"(?<![^\W_])(?:(?:voir|voit|voient|voyait|voyaient|vu|vue)\s+(?:dans|en)"
                # « la direction met en avant un marché « déprimé » »: a claim, its words
                r"|(?:met|mettent|mettait|mettaient|mis|mise)\s+en\s+avant"
                # « pour reprendre les mots de X », « selon les termes de X »: X's words
                r"|(?:les|ses)\s+(?:mots|termes|propres\s+mots)\s+(?:de|d'|du)|pour\s+citer)\s")
#: Nouns for the person matching another across a border or a table (« son homologue
#: allemand », "his counterpart"): with a possessive, the other of the last two people named.
COUNTERPART_NOUNS: frozenset[str] = frozenset({"homologue", "homologues"})
#: Nouns of the other side of a contest after a singular possessive (« son rival »): the
#: one of the two people named last who is not their sentence's subject.
OPPONENT_NOUNS: frozenset[str] = frozenset({"rival", "rivale", "adversaire", "opposant", "opposante", "challenger", "challengeuse"})
#: Titles abbreviated before a name, and the role noun each stands for: « Me X » is « l'avocat »
#: of the article (or « l'avocate »: the gender is the name's), « Mgr X » « l'évêque ».
ROLE_ABBREVIATIONS: dict[str, str] = {
    "me": "avocat", "maître": "avocat", "mgr": "évêque", "pr": "professeur",
    "gal": "général", "cne": "capitaine", "lt": "lieutenant",
}
#: A sentence right after a quotation that takes its words up (« C'est par ces mots que X a
#: accueilli la nouvelle »): the person it names said them.
WORDS_TAKEN_UP = (r"(?<![^\W_])(?:(?:par|avec|sur)\s+ces\s+(?:mots|paroles|propos|termes)"
                  r"|par\s+cette\s+(?:phrase|formule))(?![^\W_])"
                  r"|(?<![^\W_])c'est\s+(?:ainsi|en\s+ces\s+termes)\s+qu"
                  # « « … » Ces mots sont ceux d'Anas X », « La phrase est signée Nadia X »
                  r"|(?<![^\W_])(?:ces\s+(?:mots|paroles|propos)|(?:cette|la)\s+(?:phrase|formule))"
                  r"\s+(?:sont|est)\s+(?:ceux|celle|signés|signée)"
                  r"(?:\s+de(?![^\W_])|\s*d['’]|(?![^\W_]))")
#: A relative giving the view of the person before it (« a estimé le magistrat, pour qui X a
#: « abîmé une génération » »): quoted words after it are that person's.
VIEW_RELATIVES = r",\s*(?:pour|selon|d'après|d’après)\s+(?:qui|lequel|laquelle|lesquels)\s"
#: A relative giving what a thing holds (« l'argument selon lequel ces échanges relevaient de
#: la plaisanterie »): a verb after it is the content's, attributing nothing.
CONTENT_RELATIVES = (r"(?<![^\W_])(?:selon|d'après|d’après)\s+"
                     r"(?:lequel|laquelle|lesquels|lesquelles)\s")
#: (the quotation must stand in the relative clause itself: « X, pour qui elle a travaillé, et
#: sa « gentillesse » » is not X's view)
#: Adjectives for a document several people signed (« un communiqué commun »): the people
#: last named together wrote it.
JOINT_WORDS: frozenset[str] = frozenset({"commun", "commune", "conjoint", "conjointe"})
#: Words before a document noun that make it somebody's own (« dans un communiqué », « son communiqué »).
ISSUING_WORDS: tuple[str, ...] = ("un", "une", "son", "sa", "leur", "ce", "cette")
#: After a document's noun, what names its author (« une lettre signée par X », « un
#: communiqué rédigé par son avocat, Me X »): the name follows, after one apposition at most.
AUTHORED_BY: str = (r"\s+(?:[a-z\u00e0-\u00ff]+\s+){0,2}?(?:écrite?|signée?|rédigée?|publiée?"
                    r"|envoyée?|diffusée?|adressée?)s?\s+par\s+"
                    r"(?:[^,.;:!?\"\u00ab\u00bb]{1,40},\s*)?")
#: Verbs of an outlet relaying somebody's words (« rapporte Le Parisien »): quoted words in a
#: sentence whose subject is named are that person's, not the outlet's.
RELAYING_VERBS: frozenset[str] = frozenset({"rapporte", "rapportait", "relaie", "relayait"})
#: Reading someone else's words aloud (« a lu », « lisant »): the words are the writer's.
READ_ALOUD: str = (r"\blu(?:e|s|es)?\s+(?:à\s+voix\s+haute|publiquement)\b"
              r"|\b(?:a|ont|avait|avaient)\s+lu\s+(?:un|une|le|la|l'|sa|son|ses|leur)\s*"
              r"(?:lettre|message|communiqué|déclaration|texte|courrier|mot|témoignage)\b")
#: A person writing or sending a document (« X a écrit une lettre », « signée par X »).
WRITING_VERBS: frozenset[str] = frozenset({
    "écrit", "écrite", "envoyé", "envoyée", "signé", "signée", "adressé", "adressée",
    "rédigé", "rédigée",
})
WRITTEN_BY: str = "par"
#: Fronted phrases that place the impersonal « on » in a body (« Du côté de la préfecture, on
#: se montre prudent : »): the words after them are its label.
BODY_LEADS: tuple[str, ...] = ("du côté de la", "du côté du", "du côté des", "du côté de l",
                               "du côté d", "chez", "au sein de la", "au sein du", "au sein de l")
#: The impersonal subject that names nobody (« on se montre prudent : »), and the object
#: clitics after it that point at somebody (« on la sent émue : »).
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset({"on"})
OBJECT_CLITICS: frozenset[str] = frozenset({"le", "la", "l", "les", "lui", "leur"})
#: Verbs after « on » (and an auxiliary) that hear or read somebody else (« on entend le père : »,
#: « on a entendu : »).
PERCEIVING: frozenset[str] = frozenset({
    "entend", "entendait", "voit", "voyait", "lit", "lisait", "aperçoit", "découvre",
    "retrouve", "peut", "pouvait", "écoute", "entendu", "vu", "lu", "aperçu", "écouté",
})
#: (English only: '," the judge told him')
TOLD_OBJECT: str | None = None
VERDICT_COPULAS: frozenset[str] = frozenset()
OBJECT_PRONOUN_GENDERS: dict[str, str] = {}
#: A pronoun attributing a quotation right after its closing mark (« , a-t-il déclaré »,
#: « , dit-elle »): group 1.
STATED_PRONOUN: str = (r"[ \t\u00a0]*,?[ \t\u00a0]*(?:[a-z\u00e0-\u00ff]+-t-|[a-z\u00e0-\u00ff]+-)"
                       r"(il|elle)(?![\w-])")
STATED_INVERTED: bool = True  # (the verb before the pronoun: « , a-t-il dit »)
#: The first-person subject opening an interview's answer (« Je lui ai répondu : « … » »).
FIRST_PERSON_SUBJECTS: frozenset[str] = frozenset({"je", "j"})
#: An interview's question written « Question : …? » (the paragraph after it is the answer).
INTERVIEW_QUESTION: str = r"(?:Q|Question)\s*:\s"
#: A relative that brings in somebody else's name (« une habitante dont le fils s'appelle »).
RELATIVE_POSSESSIVES: frozenset[str] = frozenset({"dont"})
#: An outlet quoting somebody ("…," Reuters quoted X as saying): the verb, and what
#: follows the person quoted; the words are theirs, not the outlet's.
QUOTING_VERBS: frozenset[str] = frozenset({})
QUOTED_AS: str | None = None
#: A parent written with a child after the name ("X, whose son Y", « X, dont le fils Y »):
#: the relative pronoun, the words for the child, and the parent's word by gender.
PARENT_LINKS: frozenset[str] = frozenset({"dont"})
CHILD_WORDS: frozenset[str] = frozenset({"fils", "fille", "filles", "enfant", "enfants"})
#: Nouns for a child (« le petit Noah », « le garçonnet »): roles that leave a child named by
#: a first name in a family (lone_relative).
YOUTH_NOUNS: frozenset[str] = frozenset({
    "petit", "petite", "garçon", "garçonnet", "fillette", "bébé", "adolescent", "adolescente",
    "ado", "gamin", "gamine",
})
#: Nouns for a person relative to somebody (« le voisin de X », "a friend of X"): with a
#: complement they name somebody else, not a member of a body.
RELATIVE_NOUNS: frozenset[str] = frozenset({
    "voisin", "voisine", "voisins", "ami", "amie", "amis", "amies", "copain", "copine",
    "copains", "copines", "proche", "proches",
})
#: Nouns for people together whom a role may serve (« l'avocat de la famille »): a role
#: of theirs is somebody else's, not a member of a body.
COLLECTIVE_NOUNS: frozenset[str] = frozenset({"famille", "familles", "foyer", "foyers"})
#: Person nouns that fit anybody: a description made of them names nobody in particular
#: (the speaker an earlier quotation gave it to is not therefore the one meant again).
GENERIC_PERSON_NOUNS: frozenset[str] = frozenset({
    "homme", "femme", "jeune", "garçon", "fille", "dame", "monsieur", "personne",
    "individu", "inconnu", "inconnue", "quidam",
})
PARENT_WORDS: dict[str, str] = {"f": "mère", "m": "père"}
#: « le cadet des Ferrand », « l'aîné » (``YOUNGER_WORDS``, ``ELDER_WORDS``): of two people
#: sharing a family name, the one a word before their first mention makes the junior (« son
#: fils, Hugo », « son petit frère ») or the senior (« son frère aîné Julien »).
JUNIOR_WORDS: frozenset[str] = frozenset({
    *YOUNGER_WORDS, "petit", "petite", "fils", "fille", "petit-fils", "petite-fille",
    "neveu", "nièce"})
SENIOR_WORDS: frozenset[str] = frozenset({
    *ELDER_WORDS, "grand", "grande", "père", "mère", "papa", "maman", "grand-père",
    "grand-mère", "oncle", "tante"})
#: Endings of a past participle opening a sentence (« Interrogée sur… »).
PAST_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées")
#: Past participles that do not end in « é » (« Battue par X, Y … », « Élu en 2020, … »),
#: with their feminine and plural forms (``past_participle``).
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    form for stem in (
        "battu", "abattu", "combattu", "vaincu", "convaincu", "élu", "réélu", "déçu", "reçu",
        "aperçu", "perdu", "vendu", "rendu", "attendu", "entendu", "défendu", "suspendu",
        "descendu", "répandu", "connu", "reconnu", "méconnu", "tenu", "retenu", "soutenu",
        "détenu", "obtenu", "venu", "revenu", "devenu", "parvenu", "survenu", "intervenu",
        "interrompu", "corrompu", "vécu", "survécu", "conclu", "exclu", "inclus", "lu", "relu",
        "élu", "voulu", "pu", "su", "bu", "cru", "paru", "apparu", "disparu", "mis", "remis",
        "admis", "soumis", "promis", "commis", "permis", "compromis", "pris", "repris",
        "surpris", "compris", "appris", "entrepris", "épris", "acquis", "conquis", "requis",
        "assis", "écrit", "décrit", "inscrit", "prescrit", "proscrit", "conduit", "reconduit",
        "construit", "détruit", "produit", "réduit", "traduit", "séduit", "instruit", "ouvert",
        "rouvert", "couvert", "découvert", "offert", "souffert", "mort", "né", "fait",
        "refait", "défait", "satisfait", "dit", "redit", "prédit", "interdit", "contredit",
        "atteint", "contraint", "éteint", "peint", "plaint", "craint", "joint", "rejoint",
        "suivi", "poursuivi", "saisi", "choisi", "fini", "réuni", "trahi", "investi",
        "averti", "envahi", "accueilli", "recueilli", "cueilli", "parti", "sorti", "ressorti",
        "servi", "desservi", "endormi", "enfoui", "ébloui", "guéri", "nourri", "puni",
        "réussi", "rempli", "établi", "rétabli", "affaibli", "anéanti", "garanti", "démoli",
        "bâti", "grandi", "vieilli", "blanchi", "franchi", "enrichi", "appauvri",
    )
    for form in (stem, stem + "e", stem + "s" if not stem.endswith("s") else stem,
                 stem + "es")
)
#: Words that stand for somebody after a determiner (« une autre », « l'un d'eux »,
#: « certains »): a phrase of them may name a speaker (np_label).
ALTERNATIVE_WORDS: frozenset[str] = frozenset({
    "autre", "autres", "chacun", "chacune", "certains", "certaines", "plusieurs", "aucun",
    "aucune", "beaucoup", "premier", "première", "dernier", "dernière", "second", "seconde",
})
#: The grammatical gender a noun's ending tells, where « l' » tells none (« L'opérateur, lui,
#: assure … », then « lâche-t-elle » is not the operator): checked in this order.
NOUN_GENDER_ENDINGS: tuple[tuple[str, str], ...] = (
    ("teur", "m"), ("eur", "m"), ("ant", "m"), ("ent", "m"), ("age", "m"), ("isme", "m"),
    ("tion", "f"), ("sion", "f"), ("ance", "f"), ("ence", "f"), ("ité", "f"), ("ise", "f"),
    ("ure", "f"), ("rie", "f"), ("ade", "f"),
)
#: The gender a possessive determiner tells of its noun (« sa consœur »; « son » before a
#: consonant only: « son associée » is feminine).
POSSESSIVE_GENDERS: dict[str, str] = {"sa": "f", "son": "m"}
#: The initials before which « son » stands for « sa » too (« son associée »): vowels and
#: « h ».
VOWEL_INITIALS: tuple[str, ...] = tuple("aeiouyhéèêàâîôû")
#: Nouns for a person on the same side as the possessor (« son associée », « sa
#: successeure »): possessed, with the possessor the voice just heard, they take up the one
#: other person of their gender named just before (``gendered_source``; the peers too).
PARTNER_NOUNS: frozenset[str] = frozenset({
    "associé", "associée", "successeur", "successeure", "successrice", "prédécesseur",
    "prédécesseure", "partenaire", "acolyte", "complice",
})
#: Roles of the people a case is about (« le suspect, X »): such a person is not the witness,
#: the spokesperson or the friend who speaks of it (``gendered_source``).
CASE_PARTIES: frozenset[str] = frozenset({
    "suspect", "suspecte", "prévenu", "prévenue", "accusé", "accusée", "victime", "détenu",
    "détenue", "défunt", "défunte", "disparu", "disparue", "meurtrier", "meurtrière",
})
#: Source nouns that name one person (« la porte-parole », « ce membre du collectif », « le
#: témoin »): definite, demonstrative or possessed, and of a gender the noun or its determiner
#: tells, they take up the one person of that gender named just before (``gendered_source``).
ONE_PERSON_SOURCES: frozenset[str] = frozenset({
    "porte-parole", "représentant", "représentante", "responsable", "témoin", "membre", "ami",
    "amie", "copain", "copine", "collaborateur", "collaboratrice", "confident", "confidente",
    "interlocuteur", "interlocutrice", "observateur", "observatrice", "expert", "experte", "informateur",
    "informatrice",
})
#: Nouns for the other side of a contest (« son rival », « sa rivale »): the one the article
#: wrote the noun with a name for, else the one person of the noun's gender named nearby
#: (``rival``). Not « concurrent »: as often a firm's.
RIVAL_NOUNS: frozenset[str] = frozenset({
    "rival", "rivale", "adversaire", "challenger", "challengeuse", "opposant", "opposante",
})
#: Nouns for a peer (« son collègue », « sa coéquipière »): after a quotation that speaks of
#: the possessor, the voice the paragraph just heard goes on (peer_voice).
PEER_NOUNS: frozenset[str] = frozenset({
    "collègue", "coéquipier", "coéquipière", "camarade", "binôme", "confrère", "consœur",
    "collaborateur", "collaboratrice", "coauteur", "coautrice",
})
#: Analysts' ratings of a stock (« relevé sa recommandation à « acheter » »): terms.
RATINGS: frozenset[str] = frozenset({
    "acheter", "achat", "achat fort", "vendre", "vente", "conserver", "neutre", "alléger",
    "accumuler", "renforcer", "surperformance", "sous-performance", "surpondérer",
    "sous-pondérer", "surperformer", "sous-performer",
})
RATING_NOUNS: frozenset[str] = frozenset({
    "recommandation", "recommandations", "note", "opinion", "objectif", "action", "titre",
    "relevé", "relève", "abaissé", "abaisse", "dégradé", "dégrade", "analyste", "analystes",
})
#: Document nouns that, with an adjective and a capitalised quotation after them, name it:
#: « sa lettre pastorale « Ouvrir nos portes » ».
TITLED_DOCUMENTS: frozenset[str] = frozenset({
    "lettre", "message", "note", "circulaire", "encyclique", "exhortation", "motion",
})
#: An auxiliary before a quoted participle, or a modal before a quoted infinitive, makes
#: the words the verb of the sentence, the subject's own (« a « salué » l'accord », « veut
#: « être entendue » »), not scare quotes.
PREDICATE_BEFORE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("a", "ont", "avait", "avaient", "aurait", "auraient"),
                    ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")),
    **dict.fromkeys(("veut", "veulent", "voulait", "voulaient", "souhaite", "souhaitent"),
                    ("er", "ir", "re")),
}
#: Nouns for a word said: a sentence about one, ending with a colon, introduces somebody's
#: word (« Un mot lui revient sans cesse : « magique » »), not scare quotes.
WORD_NOUNS: frozenset[str] = frozenset({
    "mot", "mots", "formule", "expression", "qualificatif", "adjectif", "terme", "termes",
})
#: Before a second speech verb between two quotations, a later speech act that introduces
#: the second one (« », reconnaissait X, *avant de* nuancer : « »): two quotations.
SEQUENCE_WORDS: frozenset[str] = frozenset({"avant", "puis", "après"})

#: Between two quotations, a speaker reading or quoting out somebody else's words (« », a
#: expliqué X, *citant* le message d'une victime : « »): two quotations, two voices.
CITING_WORDS: frozenset[str] = frozenset({"citant", "lisant", "relisant"})

#: A fronted phrase naming the go-between a subject speaks through (« *Par la voix de* son
#: avocat, Me Paul Rey, il a fait savoir : « … » »): the subject speaks, not the name.
INTERMEDIARY_OPENERS: frozenset[tuple[str, ...]] = frozenset({
    ("par", "la", "voix", "de"), ("par", "la", "voix", "du"), ("par", "la", "voix", "des"),
    ("par", "l", "intermédiaire", "de"), ("par", "l", "intermédiaire", "du"),
    ("par", "l", "intermédiaire", "des"), ("via",),
})
#: After a citing word, the words that introduce whose words are cited (« le message d'une victime »; not « devant les journalistes »).
CITED_OWNER_WORDS: frozenset[str] = frozenset({"de", "du", "des", "d"})
#: Before a name that ends a phrase naming a thing, the words that make that name the one a
#: relative after it takes up ("a swift rebuke from Griffiths, who called them …"; not "the
#: family of Tom Reid, who", « l'entourage de X, qui »).
THING_AGENT_WORDS: frozenset[str] = frozenset({"par"})

#: Articles that tell the gender of the person named after them and an adjective: « du vieux
#: Fabre », « la jeune Léa » (« le », « la » alone before a name are rare and not counted).
GENDERED_ARTICLES: dict[str, str] = {"le": "m", "la": "f", "du": "m", "au": "m"}

#: A pronoun for the one spoken to, before the speech verb (« *lui* a rétorqué le
#: socialiste »): the speaker answers somebody else, not themself.
DATIVE_PRONOUNS: frozenset[str] = frozenset({"lui", "leur"})

#: Adjectives written between a gendered article and a name (« la jeune Léa », « du vieux
#: Fabre »): the article tells the person's gender; a noun there names something else (« la
#: motion Kerbrat », « la joaillerie Valfleury ») or a title any sex bears (« le docteur X »).
NAME_ADJECTIVES: frozenset[str] = frozenset({
    "jeune", "vieux", "vieil", "vieille", "petit", "petite", "grand", "grande", "gros",
    "grosse", "pauvre", "brave", "cher", "chère", "bel", "beau", "belle", "fameux", "fameuse",
    "célèbre", "regretté", "regrettée", "défunt", "défunte", "discret", "discrète", "fidèle",
    "éternel", "éternelle", "inusable", "inévitable", "incontournable", "talentueux",
    "talentueuse", "truculent", "truculente", "bouillant", "bouillante", "jeunot", "jeunette",
})

#: Nouns for a person's decade of age (the first year of it): « Paulette Vidal, 91 ans, » is
#: « la nonagénaire » further on.
AGE_NOUNS: dict[str, int] = {
    "trentenaire": 30, "quadragénaire": 40, "quinquagénaire": 50, "sexagénaire": 60,
    "septuagénaire": 70, "octogénaire": 80, "nonagénaire": 90, "centenaire": 100,
}

#: Set periphrases for an office, after a definite article, and the office nouns they stand
#: for (several: one space between them; a noun and the rank written before it, joined by
#: "#": « le Premier ministre » is ministre#premier): « a insisté le représentant de l'État »
#: is the prefect or the sub-prefect the article named.
OFFICE_PERIPHRASES: dict[str, str] = {
    "représentant de l état": "préfet sous-préfet",
    "représentante de l état": "préfète sous-préfète",
    "représentant du parquet": "procureur", "représentante du parquet": "procureure",
    "représentant du ministère public": "procureur avocat",
    "représentante du ministère public": "procureure avocate",
    "chef de l état": "président", "cheffe de l état": "présidente",
    "chef de la diplomatie": "ministre", "cheffe de la diplomatie": "ministre",
    "patron de la diplomatie": "ministre", "patronne de la diplomatie": "ministre",
    "locataire de l élysée": "président",
    "locataire de matignon": "ministre#premier ministre#première premier",
    "chef du gouvernement": "ministre#premier ministre#première premier",
    "cheffe du gouvernement": "ministre#premier ministre#première premier",
}


#: An attribution that says its speaker is not named (the rules then name nobody, whoever
#: they found): « sous couvert d'anonymat », « sans vouloir être cité », « qui ne veut pas
#: être nommé ».
ANONYMITY = (
    r"(?<![^\W_])(?:sous\s+(?:le\s+)?(?:couvert|sceau)\s+(?:de\s+l['’]|d['’])anonymat"
    r"|(?:garder|gardé|requis|requérant|demandé|demandant|réclamé|souhaité|préserver|conserver)"
    r"\s+l['’]anonymat"
    r"|(?:sans\s+vouloir|(?:ne|n['’])\s*(?:veut|voulait|souhaite|souhaitait|désire|tient)"
    r"\s+pas|préf[èé]r\w*\s+ne\s+pas)\s+(?:à\s+)?être\s+(?:cité|nommé|identifié|reconnu)e?s?"
    # « un collectionneur dont l'identité n'a pas été révélée »
    r"|dont\s+(?:l['’]identité|le\s+nom)\s+n['’](?:a|ont)\s+pas\s+été\s+(?:révélé|dévoilé"
    r"|communiqué|divulgué|rendu\s+public|rendue\s+publique)e?"
    r"(?![^\W_]))"
)

#: The label of such a quotation.
ANONYMOUS_LABEL = "source anonyme"

#: Demonstrative determiners: a description they open (« ce policier », "this official")
#: takes up the unnamed person just brought in (« une source », "an official"), if any.
DEMONSTRATIVE_DETERMINERS: frozenset[str] = frozenset({"ce", "cet", "cette"})

#: Nouns for the person an article is about, whoever was named last: « l'intéressé », « le
#: principal intéressé » (``_Annotator.concerned``), and the adjectives that may come between.
CONCERNED_NOUNS: frozenset[str] = frozenset({"intéressé", "intéressée"})
CONCERNED_ADJECTIVES: frozenset[str] = frozenset({
    "principal", "principale", "premier", "première",
})

#: Words that open a fronted phrase of time or place before a sentence's subject, passed over
#: up to its comma when the subject a pronoun takes up is sought in the sentence before
#: (« Lors du temps d'échange, en fin de séance, un habitant s'est inquiété. « … », a-t-il
#: fait valoir »).
FRONTED_OPENERS: frozenset[str] = frozenset({
    "lors", "en", "au", "aux", "dans", "pendant", "durant", "après", "avant", "devant", "à",
    "dès", "depuis", "sur", "sous", "vers",
})
#: Capitals written without their accent that open such a phrase (« A l'hôpital régional, »).
UNACCENTED_OPENERS: frozenset[str] = frozenset({"A"})
#: First-person possessives before a kin noun: the narrator's relative, unnamed (« Ma tante a
#: attendu dix ans. … elle m'a dit : « … » »).
FIRST_PERSON_POSSESSIVES: frozenset[str] = frozenset({"mon", "ma", "mes"})
#: Infinitive markers of purpose or manner, whose infinitive's subject is the sentence's
#: (« La députée, X, a adressé un courrier à la ministre pour dénoncer « … » » is X's words,
#: not the letter's). English "to" also follows an object that is its subject ("requiring
#: plants to report").
PURPOSE_MARKERS: frozenset[str] = frozenset({"pour", "sans"})
