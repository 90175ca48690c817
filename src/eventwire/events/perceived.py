"""Knowing a person by sight is perception, not recognition.

"No other passenger recognized the Cabinet member", "she did not recognize the man sitting
behind her", "he recognizes himself in many of the candidate's supporters": one person knows
another by sight, or sees something of himself in others. Diplomatic recognition is a state's
or a body's act toward a state, a government or a leader named "as" its head, and an honour
recognises someone "for" their work; neither is read here.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.lexicon import agent_nouns
from eventwire.events.verb_arguments import objects, people, prep_objects
from eventwire.parse.nlp import GROUP_ENTITIES, PLACE_ENTITIES, TIME_ENTITIES
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import NOUN_POS, SINGULAR_NOUN_TAGS, VERB_POS

SEEN_IN = {"in"}  # "recognizes his family in Trump's supporters"
RECOGNISED_AS = {"as", "for"}  # "recognized him as president", "recognized for her work"


def perceives_a_person(verb: Token) -> bool:
    """Whether a verb of recognising tells one person knowing another by sight ("did not
    recognize the passenger") or seeing someone in others ("recognizes himself in them")."""
    if verb.pos_ not in VERB_POS or not objects(verb):
        return False
    if prep_objects(verb, RECOGNISED_AS) or any(_body(s) for s in clause_subjects(verb)):
        return False
    if any(_people_seen_in(t) for t in prep_objects(verb, SEEN_IN)):
        return not any(_body(o) for o in objects(verb))
    named = [o for o in objects(verb) if o.pos_ in NOUN_POS]  # not a misparsed "balding"
    return bool(named) and all(_one_person(o) for o in named)


def _one_person(token: Token) -> bool:
    """A single person: a person's name or a singular word for someone ("the passenger"), not
    for a body ("the government")."""
    if token.ent_type_ == "PERSON":
        return True
    if token.ent_type_ in GROUP_ENTITIES or token.tag_ not in SINGULAR_NOUN_TAGS:
        return False
    lemma = token.lemma_.lower()
    return lemma in agent_nouns() and lemma not in _body_nouns()


@cache
def _body_nouns() -> frozenset[str]:
    """Head nouns of groups and institutions ("the government", "the regime")."""
    return frozenset(key[-1] for key in group_lexicon())


def _people_seen_in(token: Token) -> bool:
    """ "in many of Trump's supporters", "in the young volunteers"; not "in 2008", "in Paris"."""
    if token.like_num or token.ent_type_ in TIME_ENTITIES | PLACE_ENTITIES:
        return False
    return people(token) or any(people(t) for t in prep_objects(token, {"of"}))


def _body(token: Token) -> bool:
    """A state, a people or an organisation: who recognises states and governments."""
    return token.ent_type_ in GROUP_ENTITIES
