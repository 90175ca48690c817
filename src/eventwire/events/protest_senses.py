"""Protest words used in another sense: "rallied supporters" gathers, "demonstrated that" and
"a demonstration of resolve" show; "picketed the ministry" protests at its object; "her march
to the nomination" is progress; "struck the DNC" is a blow, no walkout.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.event_nouns import event_noun
from eventwire.events.lexicon import CONTEST, words
from eventwire.events.routes import along_route, at_site
from eventwire.events.verb_arguments import objects, patients, people, prep_objects
from eventwire.parse.deps import PARTICIPLE_MODIFIER_DEPS, PASSIVE_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.tags import PARTICIPLE_TAG

SITED_PROTESTS = words("event_words.tsv", "sited_protest")  # "picketed the ministry": its object
GOAL_PREPS = {"to", "toward", "towards"}  # "march to the nomination", "marching toward November"
STOPPAGES = words("event_words.tsv", "work_stoppage")  # strike: workers do it with no object
LABOUR = words("event_words.tsv", "labour")  # "the autoworkers' union struck General Motors"
AGENT_DEP = "agent"  # "struck by a car": the passive's doer


def gathers_or_shows(verb: Token) -> bool:
    """ "rallied supporters" gathers and "demonstrated that" shows; "picketed the ministry"
    protests at its object, which is the protested site."""
    return verb.lemma_.lower() not in SITED_PROTESTS and _shown(verb)


def _shown(verb: Token) -> bool:
    """ "rallied supporters", "tried to demonstrate that she offered a better cure": a protest
    verb with an object or a clause gathers or shows something; protesters demonstrate."""
    shown = bool(objects(verb)) and not (along_route(verb) or at_site(verb))  # "marched down Main"
    return shown or any(c.dep_ == "ccomp" for c in verb.children)


def strike_as_blow_or_impression(verb: Token) -> bool:
    """ "the hackers who struck the DNC", "I was struck that he", "a man struck by a car": a
    work-stoppage verb with an object or in the passive lands a blow or an impression; workers
    who strike stop work and name at most the employer they strike, told among labour words
    ("the union struck General Motors"). A labour word among the ones struck ("a car struck two
    workers") or in a "by" phrase that names no labour ("struck by the workers' anger") tells
    no walkout."""
    if verb.lemma_.lower() not in STOPPAGES:
        return False
    struck = patients(verb)
    participle = verb.tag_ == PARTICIPLE_TAG and verb.dep_ in PARTICIPLE_MODIFIER_DEPS
    passive = participle or any(c.dep_ in PASSIVE_DEPS for c in verb.children)
    if not (struck or passive):
        return False
    return not any(in_words(t, LABOUR) for t in _told_around(verb, struck, participle))


def _told_around(verb: Token, struck: list[Token], participle: bool) -> list[Token]:
    """The verb's sentence but the ones struck (a participle's noun, but the participle's own
    phrase) and a "by" phrase whose noun is no labour word ("struck by the workers' anger";
    "struck by 40,000 workers" names the strikers)."""
    left_out = {t.i for s in struck for t in s.subtree}
    if participle:  # "a worker struck by a falling beam"
        left_out |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
    for agent in (c for c in verb.children if c.dep_ == AGENT_DEP):
        if not any(in_words(n, LABOUR) for n in agent.children if n.dep_ == "pobj"):
            left_out |= {t.i for t in agent.subtree}
    return [t for t in verb.sent if t.i not in left_out]


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
