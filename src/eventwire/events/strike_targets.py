"""Strikes aimed at a country or a place are attacks.

"Clinton authorized the strikes on Sudan", "retaliatory strikes against Afghanistan": a strike
on or against a named country, city or site is an armed attack (CAMEO 195), whatever else the
sentence mentions; a walkout is held at a place or over an issue ("a strike at the port", "a
strike against the reforms"), not aimed at a country (`events.attack_senses` reads the
strikes told with weapons or military targets). A verb "struck" is an attack too when what it
hits is a named place ("warplanes struck Gaza") or its subject is armed ("troops struck the
town"); a union that "struck the carmaker" hits a company, and stays a walkout.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import AIR_STRIKE
from eventwire.events.lexicon import MILITARY
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import PROTEST
from eventwire.events.protest_senses import STOPPAGES
from eventwire.events.verb_arguments import objects
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import PLACE_ENTITIES
from eventwire.parse.subjects import SUBJECT_DEPS

ARMED = MILITARY  # "troops", "warplanes", "artillery"

AIM_PREPS = {"on", "against"}


def aimed_strike(match: TriggerMatch) -> TriggerMatch:
    """The match read as an air strike when it is a strike aimed at a named place."""
    head = match.head
    if match.code.type != PROTEST or head.lemma_.lower() not in STOPPAGES:
        return match
    aimed = pobjs(head, AIM_PREPS) + ([] if match.nominal else objects(head))
    armed = not match.nominal and any(_armed(c) for c in head.children if c.dep_ in SUBJECT_DEPS)
    return match.recoded(AIR_STRIKE) if armed or any(_placed(p) for p in aimed) else match


def _armed(subject: Token) -> bool:
    """Troops, warplanes or guns, by their own word or as "the coalition's warplanes"."""
    return in_words(subject, ARMED)


def _placed(noun: Token) -> bool:
    """A named country, city or site."""
    return noun.ent_type_ in PLACE_ENTITIES
