"""Trigger words used to name someone or something, not to tell an act.

"a few of the demonstrators were 'thugs'" names people by what they do, and "pledged
delegates", "lobbying and consulting firms" use a participle as an adjective: the kind of a
noun, no act that happened (the PLOVER gold codes "demonstrators blocked a road" on the verb).
So does an infinitive that says what a quality is about ("hard to support") and a
relative clause that says what someone can do ("delegates who can back any contender"), and
an infinitive under an adjective of permission ("officials free to support anyone"), and a
passive relative clause with no doer on a thing ("the security system that was discussed at
the end of the Cold War"): what the thing is known for, background, not a new act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.assessed import LINKING
from eventwire.events.clauses import to_infinitive
from eventwire.events.hypothetical_modality import ABILITY
from eventwire.events.lexicon import (
    CONFLICTUAL,
    HARM_TYPES,
    THING_RELATIVES,  # not "who": "a trader who is being sought" is a person
    agent_nouns,
    is_agent,
    word_rows,
    words,
)
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import PROTEST
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import NOUN_MODIFIER_DEPS
from eventwire.parse.tags import DESCRIBING_TAGS

PERMISSION = words("modality_words.tsv", "permission")  # free, eligible, entitled
CAPACITY = words("modality_words.tsv", "capacity")  # authority, ability, standing
TOUGH = words("event_words.tsv", "tough")  # "hard to support", "easy to attack"
HARMS = HARM_TYPES  # done to what the relative clause is on
DOER_SUFFIXES = ("er", "or", "ist")  # protester, demonstrator, striker, activist
PARTICIPLE_TAGS = DESCRIBING_TAGS


def names_the_doer(match: TriggerMatch) -> bool:
    """ "as a demonstrator was being escorted out", "a few of the demonstrators were 'thugs'":
    a noun for those who do the act names them; it tells the act as the subject of what they do
    ("protesters blocked the road", "began to gather") or with a clause that tells it
    ("protesters who had occupied the square"). A verb of its own after a linking verb or an
    aspect verb ("seemed to stumble", "started demonstrating") tells it instead. Only a crowd
    does its act by doing anything: "UN inspectors arrived" tells no inquiry."""
    head = match.head
    if not match.nominal or not _doer_noun(head):  # not "patrols", "a state of siege"
        return False
    if match.code.type != PROTEST:
        return True
    if any(c.dep_ == "relcl" for c in head.children):
        return False
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() in LINKING:
        return True
    return any(c.dep_ == "xcomp" and _verb_trigger(c.lemma_.lower()) for c in verb.children)


def _doer_noun(noun: Token) -> bool:
    """A noun for people by what they do: a listed agent ("protesters") or one made from an act
    verb by its suffix ("inspector" from "inspect", "demonstrator" from "demonstrate")."""
    lemma = noun.lemma_.lower()
    suffix = next((s for s in DOER_SUFFIXES if lemma.endswith(s)), None)
    if suffix is None:
        return False
    stem = lemma[: -len(suffix)]
    verbs = any(_verb_trigger(w) for w in (stem, stem + "e"))
    return verbs or bool({noun.lower_, lemma} & agent_nouns())


def _verb_trigger(lemma: str) -> bool:
    return bool(word_rows(lemma, "V"))


def adjectival(match: TriggerMatch) -> bool:
    """ "pledged delegates", "lobbying and consulting firms": a participle of a word act that
    modifies a noun says what kind of thing the noun is. Force done to the noun is told that
    way ("the kidnapped journalist") and is left to the other rules."""
    head = match.head
    if match.nominal or match.code.type in CONFLICTUAL or head.tag_ not in PARTICIPLE_TAGS:
        return False
    return _modifier(head).dep_ in NOUN_MODIFIER_DEPS


def _modifier(token: Token) -> Token:
    """The first of coordinated modifiers ("lobbying and consulting" -> lobbying)."""
    while token.dep_ == "conj" and token.head.tag_ in PARTICIPLE_TAGS:
        token = token.head
    return token


def describes_a_quality(match: TriggerMatch) -> bool:
    """ "hard to support", "easy to attack": an infinitive whose object is the adjective's
    subject says what the quality is about ("ready to support Trump" is an intent)."""
    head = match.head
    adjective = head.head
    if match.nominal or not to_infinitive(head) or adjective.pos_ != "ADJ" or adjective == head:
        return False
    weighed = adjective.lemma_.lower() in TOUGH  # "too risky to let in": `undone`
    return weighed and not objects(head)


def weighed_for_anyone(match: TriggerMatch) -> bool:
    """ "it's easy to bash Wall Street", "it will be very difficult to persuade superdelegates",
    "it's hard to blame him": an infinitive after "it is" and an adjective that weighs doing it
    says how easy the act would be for anyone, not that someone did it."""
    head = match.head
    if match.nominal or not to_infinitive(head) or head.dep_ != "xcomp":
        return False
    verb = head.head  # the parse hangs the infinitive on the copula, beside the adjective
    weighed = any(c.dep_ == "acomp" and c.lemma_.lower() in TOUGH for c in verb.children)
    expletive = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    return verb.lemma_.lower() in LINKING and weighed and expletive


def describes_an_ability(match: TriggerMatch) -> bool:
    """ "delegates who can back any contender", "forces that can strike anywhere": what
    a noun's relative clause says it is able to do; "officials free to support anyone": what
    one is permitted to do; "broad authority to seize assets": what a power allows."""
    head = match.head
    able = any(c.dep_ == "aux" and c.lower_ in ABILITY for c in head.children)
    negated = any(c.dep_ == "neg" for c in head.children)
    permitted = head.dep_ == "xcomp" and head.head.lemma_.lower() in PERMISSION
    if not match.nominal and permitted and to_infinitive(head):
        return True
    if _capacity_of(head.head if match.nominal and head.dep_ == "dobj" else head):
        return True  # "authority to seize assets", "the power to impose sanctions"
    return not match.nominal and head.dep_ == "relcl" and able and not negated


def _capacity_of(verb: Token) -> bool:
    """ "broad authority to seize assets", "his ability to broker a deal": an infinitive that
    completes a noun of power or standing says what one can do, not what was done."""
    noun = verb.head
    completes = verb.dep_ == "acl" and noun.pos_ == "NOUN" and to_infinitive(verb)
    return completes and noun.lemma_.lower() in CAPACITY


def describes_a_thing(match: TriggerMatch) -> bool:
    """ "the system that was discussed at the end of the Cold War", "rights that had been
    denied": a passive relative clause with no doer says what a thing is known for; not one on
    people ("a trader who is being sought"), nor a harm done to what the noun names ("the
    pupils who were killed"), nor one that names who acted ("signed by X"), nor a content
    clause the parse takes for one ("the conclusion that I was being prosecuted")."""
    head = match.head
    if match.nominal or head.dep_ != "relcl" or is_agent(head.head):
        return False
    if match.code.type in HARMS:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    relative = bool(subjects) and all(c.lower_ in THING_RELATIVES for c in subjects)
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return relative and passive and not any(c.dep_ == "agent" for c in head.children)
