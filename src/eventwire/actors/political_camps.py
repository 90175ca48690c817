"""Political camps named by their creed in lower case ("liberals demand a public option",
"about 2,000 yellow-shirted nationalists rallied"): a group of the article's home country, of
no sector as a camp, civilians (CVL) when the text counts them as a crowd. Capitalised, the
word names a party ("the Liberals", `creed_parties`)."""

from __future__ import annotations

from eventwire.actors.article_home import home_country
from eventwire.actors.candidates import MentionCollector
from eventwire.actors.group_names import modified_start
from eventwire.actors.joined_modifiers import joined_start
from eventwire.actors.known import KnownActors
from eventwire.actors.peoples import counted
from eventwire.actors.phrases import code
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Article, MentionKind
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.nlp import tokens_in
from eventwire.sectors import CIVILIANS

CROWD = CIVILIANS
CAMP_KEY = "camp:"


def find_political_camps(finder: MentionCollector) -> None:
    """Add a group for each lower-case camp noun, with its modifiers ("yellow-shirted")."""
    doc = finder.doc
    for token in tokens_in(doc, word_set("camp_noun")):
        if not token.is_lower or token.dep_ in PREMODIFIER_DEPS:
            continue
        span = doc[modified_start(doc[token.i : token.i + 1]) : token.i + 1]
        if not finder.free(span):
            continue
        end = token.idx + len(token)
        sector = code(doc, CROWD, token.idx, end) if counted(token) else None  # "2,000 leftists"
        key = f"{CAMP_KEY}{token.lower_}:{span.text.lower()}"
        finder.add(MentionKind.NAME, ActorType.GROUP, span, key=key, sector=sector)


def find_labelled_groups(finder: MentionCollector) -> None:
    """ "\"far-left\" groups", "right-wing movements": a political label written as one word
    (hyphenated or quoted) makes a group noun a camp of civilians; run after the lexicon's
    groups, which name their own kind ("non-governmental groups")."""
    doc = finder.doc
    for token in tokens_in(doc, word_set("camp_group_noun")):
        start = joined_start(doc, token.i)
        label = {t.lower_ for t in doc[start : token.i]}
        span = doc[start : token.i + 1]
        if start == token.i or not label & word_set("political_label_part"):
            continue
        if finder.free(span):
            sector = code(doc, CROWD, token.idx, token.idx + len(token))
            key = f"{CAMP_KEY}{span.text.lower()}"
            finder.add(MentionKind.NAME, ActorType.GROUP, span, key=key, sector=sector)


def code_camps_at_home(article: Article, actors: list[Actor], table: KnownActors) -> None:
    """Give each camp of no country the article's home country, where it has one."""
    camps = [a for a in actors if _camp(a)]
    home = home_country(article, actors, table) if camps else None
    for camp in camps if home is not None else []:
        camp.country = home.model_copy()


def _camp(actor: Actor) -> bool:
    last = actor.name.split()[-1].lower() if actor.name else ""
    named = actor.type == ActorType.GROUP and last in word_set("camp_noun")
    return named and actor.country is None and actor.sector is None
