"""The attack a passive harm happened in stands for its doers: "three men were killed in
Israeli air strikes", "were wounded in a police raid".

A passive with no "by" phrase names no doer, but the act it happened in may: its own
modifiers, possessor or "by" phrase ("Israeli", "police", "the army's") tell who struck.
`verb_subjects` takes that act as the passive's doer (`passive_doers`), and reads its
agents as it reads any act standing as a subject (never the site it struck: "the embassy
bombing").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import country_of, group_lexicon
from eventwire.events.complements import act_types
from eventwire.events.lexicon import FORCE_TYPES, word_rows, word_types
from eventwire.events.passives import agents, from_doers, when_doers
from eventwire.events.phrase_links import pobjs
from eventwire.lexicons import word_set
from eventwire.parse.nlp import PLACE_ENTITIES

OCCASION_PREPS = {"in", "during"}  # "killed in an air strike", "wounded during the raid"
OCCASIONS = word_set("force_act_noun")  # "police shootings", "a drone strike"


def passive_doers(verb: Token) -> list[Token]:
    """A passive's doers: its "by", "from" or "when" parties, else the attack it happened in."""
    return agents(verb) or from_doers(verb) or when_doers(verb) or harming_acts(verb)


def harming_acts(verb: Token) -> list[Token]:
    """The hostile act nouns in a passive verb's "in"/"during" phrases that say who did it:
    one with a modifier, possessor or "by" phrase ("killed in a bombing" names no one); for a
    noun of violence that is no trigger ("police shootings"), the words that name its doer."""
    found = []
    for act in pobjs(verb, OCCASION_PREPS):
        if _hostile(act) and any(_names_doer(c) for c in act.children):
            found.append(act)
        elif _occasion(verb, act):
            found += [c for c in act.children if _names_doer(c) and _doer_word(c)]
            found += pobjs(act, {"by"})
    return found


def _occasion(verb: Token, act: Token) -> bool:
    """A noun of violence ("shootings", "shelling", "a drone strike") that a verb of harm
    happened in ("were killed in police shootings"): an attack by whoever it names."""
    harm = not word_types(verb.lemma_.lower(), "V").isdisjoint(FORCE_TYPES)
    return harm and act.pos_ == "NOUN" and act.lemma_.lower() in OCCASIONS


def _doer_word(modifier: Token) -> bool:
    """A name, a country or its people ("a U.S. drone strike", "Israeli shelling") or a group
    ("police shootings"); not a place ("a Paris shooting") nor a kind ("a mass shooting")."""
    if country_of(modifier.text) is not None or (modifier.lower_,) in group_lexicon():
        return True
    return modifier.pos_ == "PROPN" and modifier.ent_type_ not in PLACE_ENTITIES


def _hostile(act: Token) -> bool:
    """An attack noun, on its own ("raid") or with the word before it ("air strikes")."""
    if act_types(act) & FORCE_TYPES:
        return True
    lemma = act.lemma_.lower()
    return any(
        row.words == (c.lemma_.lower(), lemma) and row.code.type in FORCE_TYPES
        for c in act.children
        if c.dep_ == "compound"
        for row in word_rows(c.lemma_.lower(), "N")
    )


def _names_doer(child: Token) -> bool:
    return child.dep_ in {"amod", "compound", "nmod", "poss", "agent"} or (
        child.dep_ == "prep" and child.lower_ == "by"
    )
