"""Acts the sentence says are not done: "won a majority without having to form an alliance",
"attacked him instead of reassuring the voters", "said it was too early to congratulate the
winners", "has no plan to defeat the militants".

A verb under "without" or "instead of" names an act left out of the one told ("left without
saying goodbye", "stayed home instead of marching"); an infinitive under an adjective of degree
with "too" names one held off for now ("too early to call the race", "too weak to resist"),
save "only too" ("only too happy to help": gladly).
An act that a missing or wanted plan, sign or means is for ("has no strategy to defeat them",
"showed no sign of backing down", "lacked the money to provide aid") is named only as what is
lacking. None of these happened, so none is an event; `confidence`'s "absent" reading for nouns
("arrested without charge") is the same rule for an act noun.
A verb of rejecting negated on its own verb ("did not dispute that", "won't renounce Trump",
"never disavowed his plan") tells a rejection not made: a negated cooperative act refuses, but
a negated refusal is no act of either kind, and the coders code none.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.assessed import WANTING
from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import is_agent, word_types, words
from eventwire.events.modality_scope import additive
from eventwire.events.negation import NEGATIONS
from eventwire.events.own_denials import own_denial_code
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import REJECT
from eventwire.events.verb_arguments import objects
from eventwire.events.withheld import withheld_code
from eventwire.parse.deps import CHAINED_VERB_DEPS, NOUN_CLAUSE_DEPS, PURPOSE_CLAUSE_DEPS
from eventwire.parse.tags import GERUND_TAG, VERB_POS

ABSENCE = words("event_words.tsv", "absence")  # without
REPLACED = words("event_words.tsv", "replaced")  # instead: "instead of reassuring them"
CHAINED = CHAINED_VERB_DEPS  # "without having to form", "without asking or consulting"
NOUN_CLAUSES = NOUN_CLAUSE_DEPS  # "a plan to defeat them"
HELD_DEPS = {"dobj", "attr"}  # "has no plan", "there is no plan"
HAVING = words("event_words.tsv", "having")  # have, show: "did not have the votes to"


def left_out(match: TriggerMatch) -> bool:
    """A verb trigger (or the verb it is chained to) that is the gerund after "without" or
    "instead of"."""
    verb = match.head
    if match.nominal:
        return False
    while verb.dep_ in CHAINED and verb.head is not verb:
        verb = verb.head
    prep = verb.head
    replaced = prep.lower_ == "of" and prep.i > 0 and prep.nbor(-1).lower_ in REPLACED
    return verb.dep_ == "pcomp" and (prep.lower_ in ABSENCE or replaced)


def rejection_not_made(match: TriggerMatch) -> bool:
    """A rejection verb of the lexicon with a "not" or "never" of its own ("did not dispute",
    "never disavowed"); not "not only" (it adds), nor a refusal or denial that the negation
    itself tells ("did not want them to fight", "is not true", `_told_by_negation`)."""
    verb = match.head
    if match.nominal or match.code.type != REJECT:
        return False
    if REJECT not in word_types(verb.lemma_.lower(), "V") or _told_by_negation(verb):
        return False
    return any(c.dep_ == "neg" and c.lower_ in NEGATIONS and not additive(c) for c in verb.children)


def _told_by_negation(verb: Token) -> bool:
    """ "would not take part", "we never took that money": a refusal announced or a charge
    denied, told by the negation of a verb that has rejection rows of other senses ("take
    issue")."""
    return withheld_code(verb) is not None or own_denial_code(verb) is not None


def held_off(match: TriggerMatch) -> bool:
    """An infinitive trigger under "too" and an adjective or adverb ("too early to")."""
    verb = match.head
    if match.nominal or not to_infinitive(verb) or verb.dep_ != "xcomp":
        return False
    return any(_too(c) for c in verb.head.children)


def _too(token: Token) -> bool:
    """ "too" as a degree word, not in "only too" (gladly)."""
    if token.lower_ != "too" or token.dep_ != "advmod":
        return False
    before = token.doc[max(token.i - 1, 0)]
    return before.lower_ != "only" and not any(c.lower_ == "only" for c in token.children)


def lacked(match: TriggerMatch) -> bool:
    """ "has no plan to defeat the militants", "did not show any sign of backing down", "lacked
    the money to provide aid": the act (or the verb an act noun is the object of) is what a
    missing or wanted thing is for."""
    verb = match.head.head if match.nominal and match.head.dep_ == "dobj" else match.head
    if verb.pos_ != "VERB":
        return False
    holder = _holder(verb)
    return holder is not None and _missing(holder)


def _holder(verb: Token) -> Token | None:
    """The noun whose purpose or sign the act is ("a plan to defeat", "sign of backing down"),
    or the verb of lacking the parse hangs an infinitive on ("lacked the money to provide")."""
    if verb.dep_ in NOUN_CLAUSES and to_infinitive(verb) and verb.head.pos_ == "NOUN":
        return verb.head
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == GERUND_TAG and prep.lower_ == "of":
        return prep.head if prep.head.pos_ == "NOUN" else None
    lacking = verb.head.lemma_.lower() in WANTING and verb.head.pos_ == "VERB"
    # "lacked the money to", not "required lenders to give": those obliged act
    owned = objects(verb.head)
    things = bool(owned) and not any(is_agent(c) for c in owned)
    if verb.dep_ in PURPOSE_CLAUSE_DEPS and to_infinitive(verb) and lacking and things:
        return verb.head
    return None


def _missing(holder: Token) -> bool:
    """ "no plan", "did not have a plan", "lacks a plan", "needs a plan": none is there ("did
    not reveal its plan to attack" keeps the plan)."""
    if holder.pos_ == "VERB":
        return not _negated(holder)  # "did not lack the means to" has them
    if any(c.dep_ == "det" and c.lower_ in NEGATIONS for c in holder.children):
        return True
    verb = holder.head
    if holder.dep_ not in HELD_DEPS or verb.pos_ not in VERB_POS:
        return False
    lemma = verb.lemma_.lower()
    return (_negated(verb) and lemma in HAVING) or (lemma in WANTING and verb.pos_ == "VERB")


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
