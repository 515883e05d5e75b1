"""The annotators never raise, whatever the text: every development article, with its
paragraphs cut or extended at seeded random places (a quotation mark left open, an aside at
the very end, a colon with nothing after it), is annotated without an exception.

The rules index tokens around quotation marks, commas and names; a text that ends where a
rule expects more words is the likeliest place for an index error, and one article that
raises would stop a whole build. The held-out sets are left out (their texts stay unread).
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest

from builder.annotate import annotate_article
from builder.annotate.quotes import find_quotes
from builder.articles import article_paths, load_articles
from builder.errors import ProblemCollector
from builder.evaluate import PRIVATE_SETS
from builder.model import Article, Mention, Overrides, Paragraph, Person, Published, Span
from builder.registry import Registry, fold, load_registry

ROOT = Path(__file__).resolve().parents[1]
# (a set counts once its writer marked it READY; eval/README.md)
# (the sets kept untouched are left out too: a failure would print their text)
SEEDS = [ROOT / "seeds", *sorted(p for p in (ROOT / "eval").glob("dev*/seeds")
                                 if (p.parent / "READY").exists()
                                 and p.parent.name not in PRIVATE_SETS)]
ENDINGS = (",", " :", " «", " »", '"', ", dit-elle,", ", she said,", " —", " (", "’")


@pytest.mark.parametrize("seeds", SEEDS, ids=lambda p: p.parent.name if p.name == "seeds"
                         and p.parent != ROOT else "seeds")
def test_cut_and_extended_paragraphs_never_raise(seeds: Path) -> None:
    problems = ProblemCollector()
    articles = load_articles(article_paths(seeds / "articles"), ROOT, problems)
    registry = load_registry(seeds, ROOT, problems)
    assert articles and not problems.errors
    rng = random.Random(seeds.parent.name)
    for article in articles:
        for _trial in range(2):
            paragraphs = []
            for para in article.paragraphs:
                text = para.text
                cut = rng.randint(1, max(1, len(text)))
                roll = rng.random()
                if roll < 0.3:
                    text = text[:cut]
                elif roll < 0.5:
                    text = text[cut:] or text
                elif roll < 0.7:
                    text += rng.choice(ENDINGS)
                paragraphs.append(dataclasses.replace(para, text=text))
            annotate_article(dataclasses.replace(article, paragraphs=tuple(paragraphs)),
                             registry)


# One sentence for each speaker rule that reads tokens around a mark (a colon after a noun for
# words, an infinitive, a kin word, an aside, a demonym, a headline…), cut at every word and mark
# and extended with a dangling mark: the edges the rules index (token 0, a quotation opening the
# paragraph, a text ending mid-construction) all come up.
CONSTRUCTIONS = [
    ("fr", "Réplique du trentenaire : « Tout est faux. »"),
    ("fr", "Claire Morel sourit. Son analyse est sans appel : « C'est fini. »"),
    ("fr", "« Rien », a dit Paul Girard. Et d'ajouter, dans un sourire : « Les filles. »"),
    ("fr", "« Non », a dit Claire Morel, avant d'ajouter en français : « Bravo. »"),
    ("fr", "Un argument que la cheffe d'entreprise balaie d'un revers de main : « Le stock. »"),
    ("fr", "Claire Morel, son épouse, a prévenu sa femme : « Viens. »"),
    ("fr", "« Rien », a soufflé la veuve du dernier gardien du phare."),
    ("fr", "Claire Morel et Paul Girard. « Nous restons », ont assuré père et fille."),
    ("fr", "Paul Girard, éleveur dans l'Aveyron. « Non », a dit l'Aveyronnais."),
    ("fr", "La Japonaise, tenante du titre, est restée agenouillée. « Merci », a-t-elle déclaré."),
    ("fr", "Cette dernière n'a pas lu le livre. « Jamais », avoue la septuagénaire."),
    ("fr", "L'ancien ministre a nié. Interrogé la veille, il avait répondu : « Non. »"),
    ("fr", "Les deux hommes étaient venus ensemble. « Oui », assurent-ils."),
    ("fr", "C'était en 1998, se souvient-il. « Tout a changé. »"),
    ("fr", "Puis, après un silence : « Je reste. »"),
    ("fr", "Le directeur de l'établissement, Paul Girard, reconnaît : « Oui. »"),
    ("fr", "a justifié le procureur du parquet national financier (PNF), Paul Girard, « non »"),
    ("fr", "Quant aux reproches de la maire, il les balaie : « Faux. »"),
    ("fr", "Le parquet s'est dit « satisfait », a indiqué la Région."),
    ("fr", "« Oui », a glissé la traductrice, spécialiste du haut Moyen Âge."),
    ("fr", "Paul Girard, syndicaliste. « Oui », a glissé le spécialiste du haut Moyen Âge."),
    ("fr", "La Japonaise Claire Morel a gagné. « Merci », a dit la Japonaise."),
    ("fr", "« Non », dit Paul Girard.\n\nPuis, après un silence : « Je reste. »"),
    ("en", "“No,” Hsu said.\n\nThen, after a pause: “I stay.”"),
    ("en", "Her husband, a retired mail carrier, finished the thought: “We stay.”"),
    ("en", "“We stay,” father and son insisted."),
    ("en", "It was written, she tells me, in a car park. “It was cold.”"),
    ("en", "Simon Pettifer, KC, for the prosecution, told the jury: “No.”"),
    ("en", "The family had been warned that “the wall will fall”."),
    ("en", "Reply from the mayor: “Not now.”"),
    ("en", "The 62-year-old has been waiting. “Too long,” she said."),
    ("en", "“No,” said the chief economist, Margaret Hsu."),
    ("en", "“No,” they said almost in unison."),
    ("en", "The decision, she points out, is final. “It is.”"),
]
PEOPLE = ("Claire Morel", "Paul Girard", "Margaret Hsu", "Linda Hutchins")


def _cuts(text: str) -> list[str]:
    marks = [0, *(m.start() for m in re.finditer(r"[\s,:;«»“”\"'’()—.]", text)), len(text)]
    out = set()
    for c in marks:
        out.update((text[:c], text[c:], text[:c + 1], text[c:].lstrip(" ,.:")))
        out.update(text[:c] + end for end in ENDINGS)
    return sorted(t.strip() for t in out if t.strip())


@pytest.mark.parametrize("lang, text", CONSTRUCTIONS, ids=lambda v: str(v)[:40])
def test_every_cut_of_each_construction_never_raises(lang: str, text: str) -> None:
    people = {fold(name).replace(" ", "-"): Person(id=fold(name).replace(" ", "-"), name=name,
                                                   aliases=(name.split()[-1],))
              for name in PEOPLE}
    registry = Registry(people=people)
    for variant in _cuts(text):
        for body in (variant, f"Linda Hutchins est venue.\n\n{variant}", f"{variant}\n\n{variant}"):
            paragraphs = tuple(Paragraph(f"p{i}", i, t, 10 + i)
                               for i, t in enumerate(body.split("\n\n"), 1))
            article = Article(id="cut", title=f"« {variant} » : Claire Morel", lang=lang,
                              published=Published.parse("2025-03-20"), outlet="Test",
                              source_file="raw.txt", paragraphs=paragraphs,
                              path="seeds/articles/cut.md", overrides=Overrides())
            mentions = [Mention(Span(article.id, para.id, m.start(), m.end()), m.group(), pid,
                                "name")
                        for para in paragraphs for pid, person in people.items()
                        for form in (person.name, *person.aliases)
                        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", para.text)]
            mentions.sort(key=lambda m: (m.span.paragraph, m.span.start, -m.span.end))
            mentions = [m for n, m in enumerate(mentions) if n == 0  # (the longest form)
                        or m.span.paragraph != mentions[n - 1].span.paragraph
                        or m.span.start >= mentions[n - 1].span.end]
            find_quotes(article, registry, mentions, people)
