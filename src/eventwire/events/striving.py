"""Fights that are campaigns: combat words for striving, read from the parse.

Politicians "fight crime", "are fighting to keep the boy" or "have fought for freedom": the
sides are things or the fight is for a cause, and no opponent is told. Such a fight is no
attack; an armed one names its sides or tells violence in its sentence. So is a fight with no
opponent, no force and no armed doer told ("people who are bullied gotta fight back", "someone
who fights hard", "they fight like it matters to them"): a struggle in words or spirit.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.antecedents import stand_in
from eventwire.events.lexicon import DEVICES, MILITARY, is_agent, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.told_violence import tells_violence
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.lexicons import word_set
from eventwire.parse.nlp import NATION_ENTITIES

OPPONENT_PREPS = {"with", "against"}
ARMED_WORDS = MILITARY | DEVICES  # troops, forces, rockets
ARMED_SECTORS = word_set("armed_sector")  # soldiers, rebels, militants, police
GERUNDS = words("event_words.tsv", "fight_gerund")  # fighting: a fight read as a noun


def abstract_fight(verb: Token) -> bool:
    """ "fighting crime", "practices clash with the campaign's positions": a combat word whose
    sides are things, not parties (a relative pronoun is the noun it stands for: "a practice
    that clashes with their religion"), or that strives to do something or for a cause."""
    opponents = objects(verb) + prep_objects(verb, OPPONENT_PREPS)
    sides = [stand_in(c) for c in verb.children if c.dep_ == "nsubj"] + opponents
    if sides and not any(is_agent(t) for t in sides):
        return True
    return not opponents and (_strives(verb) or _for_a_cause(verb) or _unopposed(verb))


def fought_gerund(match: TriggerMatch) -> bool:
    """ "applauded him for defying the establishment and fighting for Americans' liberties": a
    gerund of fighting that the parse reads as a noun is still a fight for a cause or to do
    something; a bare "the fighting in Iraq" is left to tell violence."""
    head = match.head
    return match.nominal and head.lower_ in GERUNDS and (_for_a_cause(head) or _strives(head))


def _unopposed(verb: Token) -> bool:
    """A fight with no opponent in a sentence that tells no violence, weapon or armed party,
    by no state or people: "fight back" against bullies, "fights hard" for a candidate."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if tells_violence(verb) or any(t.ent_type_ in NATION_ENTITIES for t in doers):
        return False
    return not any(_armed(t) for t in verb.sent)


def _armed(token: Token) -> bool:
    """A word for forces or weapons, or for an armed group ("troops", "militants", "rockets")."""
    lemma = token.lemma_.lower()
    return lemma in ARMED_WORDS or group_lexicon().get((token.lower_,)) in ARMED_SECTORS


def _strives(verb: Token) -> bool:
    """ "who are fighting to keep the boy": fighting to do something is striving."""
    return any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _for_a_cause(verb: Token) -> bool:
    """ "those who have fought for freedom", "has never fought on behalf of social justice
    issues": a fight for something that is no party, in a sentence that tells no violence, is
    a campaign ("fought for the Kurds" or "for control of the city" amid shelling stay)."""
    causes = prep_objects(verb, {"for"})
    behalf = [b for b in prep_objects(verb, {"on", "in"}) if b.lemma_.lower() == "behalf"]
    causes += [p for b in behalf for p in prep_objects(b, {"of"})]
    return bool(causes) and not any(is_agent(t) for t in causes) and not tells_violence(verb)
