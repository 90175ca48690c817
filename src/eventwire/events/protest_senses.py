"""Protest words used in another sense: "rallied supporters" gathers, "demonstrated that" and
"a demonstration of resolve" show; "picketed the ministry" protests at its object.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.event_nouns import event_noun
from eventwire.events.lexicon import words
from eventwire.events.routes import along_route, at_site
from eventwire.events.verb_arguments import objects, people, prep_objects

SITED_PROTESTS = words("event_words.tsv", "sited_protest")  # "picketed the ministry": its object


def gathers_or_shows(verb: Token) -> bool:
    """ "rallied supporters" gathers and "demonstrated that" shows; "picketed the ministry"
    protests at its object, which is the protested site."""
    return verb.lemma_.lower() not in SITED_PROTESTS and _shown(verb)


def _shown(verb: Token) -> bool:
    """ "rallied supporters", "tried to demonstrate that she offered a better cure": a protest
    verb with an object or a clause gathers or shows something; protesters demonstrate."""
    shown = bool(objects(verb)) and not (along_route(verb) or at_site(verb))  # "marched down Main"
    return shown or any(c.dep_ == "ccomp" for c in verb.children)


def shows_a_thing(noun: Token) -> bool:
    """ "the clearest demonstration of the fact that ...", "a demonstration of resolve": a
    protest noun whose "of" names a thing shows it; "a rally of 5,000 farmers" and "a
    demonstration of support" (an act of its own) are protests."""
    shown = prep_objects(noun, {"of"})
    return bool(shown) and not any(people(t) or event_noun(t) for t in shown)
