"""Dangers faced, overcome or posed, not acts done: "we have overcome every threat to our
ports", "our guards confront attacks every day", "to counter any attack", "prevent the next
attack", "Al Qaeda still poses a direct threat to Americans", "Trump is a threat".

A threat or attack noun that is what a verb of facing or overcoming takes, and that names a
kind of danger (a quantifier such as "every" or "any", or a bare plural) or one still to come
("the next attack") with no doer of its own, tells what its subject copes with; nobody
threatens or attacks anyone there. "repelled an
attack on the base" and "threats from Iran" name one act or its doer, and stay events.

A danger noun that a verb of posing takes ("poses a threat to", "intensifies the threat"), or
that is said of someone ("X is a threat", "called Russia the greatest threat"), is what that
party or thing is judged to be, not a threat anyone made; one made has its content ("a threat
to close the strait") or its aim ("threats against the judge"), and a light verb makes it
("issued a threat"), which these readings never are.

A single threat noun with none of those marks is a danger named, not a threat made ("we face a
significant threat of extremism", "under the threat of terrorism", "takes the threat of Trump
seriously", "the threat to American society"): no content, aim, doer, owner ("Trump's threat",
"the veto threat") or making verb, and what it is "of" is no act held over someone ("the threat
of sanctions", "of NATO airstrikes", "of a veto" stay threats made).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import LIGHT_VERBS, word_types, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ASSAULT, THREATEN
from eventwire.events.word_classes import DANGERS, OVERCOMING, WARNED_HARMS
from eventwire.lexicons import word_set
from eventwire.parse.deps import NOUN_CLAUSE_DEPS, OWNER_DEPS, PATIENT_DEPS, PREPOSITION_DEPS
from eventwire.parse.plurals import PLURAL_NOUN_TAGS

KIND_DETERMINERS = words("event_words.tsv", "kind_determiner")  # every, any, all
PROSPECTIVE = words("event_words.tsv", "prospective")  # next, future
DANGER_TYPES = {THREATEN, ASSAULT}
DOER_PREPS = word_set("maker_preposition")
POSING = words("event_words.tsv", "posing")  # pose, represent, intensify
SAID_OF = {"attr", "oprd"}  # "is a threat", "called X a threat"
AIMED_PREPS = {"against"}  # "threats against the judge": made at someone


def danger_faced(match: TriggerMatch) -> bool:
    """The trigger is a kind of threat or attack that its verb's subject faces or overcomes."""
    noun = match.head
    if not match.nominal or match.code.type not in DANGER_TYPES:
        return False
    taken = noun.dep_ in PATIENT_DEPS and noun.head.lemma_.lower() in OVERCOMING
    return taken and _kind_of_danger(noun) and not _own_doer(noun)


def _kind_of_danger(noun: Token) -> bool:
    """ "every threat", "any attack", "threats": a kind, not one act; "the next attack": one
    not yet done."""
    if any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in noun.children):
        return True
    dets = [c for c in noun.children if c.dep_ in {"det", "predet", "poss", "nummod"}]
    if not dets:
        return noun.tag_ in PLURAL_NOUN_TAGS
    return all(d.lower_ in KIND_DETERMINERS for d in dets)


def _own_doer(noun: Token) -> bool:
    """ "threats from the United States", "attacks by rebels": the act has its doer."""
    return any(c.dep_ in PREPOSITION_DEPS and c.lower_ in DOER_PREPS for c in noun.children)


def danger_posed(match: TriggerMatch) -> bool:
    """The trigger is a danger a party or thing poses or is said to be (module doc)."""
    noun = match.head
    if not match.nominal or match.code.type != THREATEN or noun.lemma_.lower() not in DANGERS:
        return False
    posed = noun.dep_ == "dobj" and noun.head.lemma_.lower() in POSING
    return (posed or noun.dep_ in SAID_OF) and not _made(noun)


def _made(noun: Token) -> bool:
    """ "a threat to close the strait", "threats against the judge": what is threatened, or at
    whom, tells a threat made; "the threat that terrorism poses" tells the danger posed."""
    content = any(
        c.dep_ in NOUN_CLAUSE_DEPS and c.pos_ == "VERB" and c.lemma_.lower() not in POSING
        for c in noun.children
    )
    aimed = any(c.dep_ == "prep" and c.lower_ in AIMED_PREPS for c in noun.children)
    return content or aimed


def danger_named(match: TriggerMatch) -> bool:
    """The trigger is one threat noun with no mark of a threat made: a danger (module doc)."""
    noun = match.head
    if not match.nominal or match.code.type != THREATEN or noun.lemma_.lower() not in DANGERS:
        return False
    if noun.tag_ in PLURAL_NOUN_TAGS or _made(noun) or _own_doer(noun):
        return False
    owned = any(c.dep_ in OWNER_DEPS for c in noun.children)  # "Trump's threat", "veto threat"
    return not (owned or _issued(noun) or _holds_an_act(noun))


def _issued(noun: Token) -> bool:
    """ "issued a threat", "leveled the same threat", "the threat was made": a verb makes it."""
    return noun.dep_ in PATIENT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS


def _holds_an_act(noun: Token) -> bool:
    """ "the threat of sanctions", "of NATO airstrikes", "of a veto": what it is of is an act
    or a harm held over someone; "of terrorism", "of climate change" name a danger."""
    held = pobjs(noun, {"of"})
    return any(o.lower_ in WARNED_HARMS or word_types(o.lemma_.lower(), "N") for o in held)
