"""Protest words used in another sense: "rallied supporters" gathers, "demonstrated that" and
"a demonstration of resolve" show; "picketed the ministry" protests at its object; "her march
to the nomination" is progress; "struck the DNC" is a blow, no walkout.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.event_nouns import event_noun
from eventwire.events.lexicon import CONTEST, mentions, words
from eventwire.events.routes import along_route, at_site
from eventwire.events.verb_arguments import objects, patients, people, prep_objects

SITED_PROTESTS = words("event_words.tsv", "sited_protest")  # "picketed the ministry": its object
GOAL_PREPS = {"to", "toward", "towards"}  # "march to the nomination", "marching toward November"
STOPPAGES = words("event_words.tsv", "work_stoppage")  # strike: workers do it with no object
LABOUR = words("event_words.tsv", "labour")  # "the autoworkers' union struck General Motors"
PASSIVE_DEPS = {"auxpass", "nsubjpass"}


def gathers_or_shows(verb: Token) -> bool:
    """ "rallied supporters" gathers and "demonstrated that" shows; "picketed the ministry"
    protests at its object, which is the protested site."""
    return verb.lemma_.lower() not in SITED_PROTESTS and _shown(verb)


def _shown(verb: Token) -> bool:
    """ "rallied supporters", "tried to demonstrate that she offered a better cure": a protest
    verb with an object or a clause gathers or shows something; protesters demonstrate."""
    shown = bool(objects(verb)) and not (along_route(verb) or at_site(verb))  # "marched down Main"
    return shown or any(c.dep_ == "ccomp" for c in verb.children)


def struck_a_party(verb: Token) -> bool:
    """ "the hackers who struck the DNC", "I was struck that he", "a man struck by a car": a
    work-stoppage verb with an object or in the passive lands a blow or an impression; workers
    who strike stop work and name at most the employer they strike, told among labour words
    ("the union struck General Motors")."""
    if verb.lemma_.lower() not in STOPPAGES or mentions(verb, LABOUR):
        return False
    participle = verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}  # "a man struck by a car"
    passive = participle or any(c.dep_ in PASSIVE_DEPS for c in verb.children)
    return bool(patients(verb)) or passive


def shows_a_thing(noun: Token) -> bool:
    """ "the clearest demonstration of the fact that ...", "a demonstration of resolve": a
    protest noun whose "of" names a thing shows it; "a rally of 5,000 farmers" and "a
    demonstration of support" (an act of its own) are protests."""
    shown = prep_objects(noun, {"of"})
    return bool(shown) and not any(people(t) or event_noun(t) for t in shown)


def marched_to_a_goal(head: Token) -> bool:
    """ "Clinton's all-but-certain march to the nomination", "she is marching toward November",
    "her march toward Election Day": a march whose goal is a contest or a date is a candidate's
    progress, not a protest; "marched to City Hall" goes to a place and stays one."""
    goals = [*prep_objects(head, GOAL_PREPS), *_hung_on_the_verb(head)]
    return any(g.ent_type_ == "DATE" or g.lemma_.lower() in CONTEST for g in goals)


def _hung_on_the_verb(noun: Token) -> list[Token]:
    """The objects of a goal preposition right after an object noun that the parse hung on
    the noun's verb ("to undermine her march to the nomination")."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    hung = after is not None and after.head == noun.head and after.dep_ == "prep"
    if not hung or after.lower_ not in GOAL_PREPS or noun.dep_ != "dobj":
        return []
    return [c for c in after.children if c.dep_ == "pobj"]
