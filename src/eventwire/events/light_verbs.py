"""The light verb that puts an act noun out: "staged a coup", "went on the offensive"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.gone_on import gone_on
from eventwire.events.lexicon import LIGHT_VERBS
from eventwire.parse.deps import DOER_DEPS, PATIENT_DEPS
from eventwire.parse.forms import in_words

LIGHT_OBJECT_DEPS = PATIENT_DEPS


def light_verb(noun: Token) -> Token | None:
    """The light verb that puts the noun out ("staged a coup", "went on the offensive")."""
    verb = noun.head
    if noun.dep_ in LIGHT_OBJECT_DEPS and verb.pos_ == "VERB" and in_words(verb, LIGHT_VERBS):
        return verb
    return gone_on(noun)  # "went on the offensive against Cruz"


def act_doers(head: Token) -> list[Token]:
    """Who does the act: the subject, a possessor ("Russia's blockade"), a "by" agent, or the
    subject of the light verb that puts the act out ("the army imposed a blockade")."""
    found = [c for c in head.children if c.dep_ in DOER_DEPS]
    verb = light_verb(head) if not found else None
    found += [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    agents = [c for c in head.children if c.dep_ == "agent" or c.lower_ == "by"]
    return found + [p for agent in agents for p in agent.children if p.dep_ == "pobj"]
