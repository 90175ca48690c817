"""An order to a foreign party to leave the country is an expulsion, not a request.

"ordered Somalia's ambassador to leave the country", "told two Bolivian diplomats to leave
Peru within 48 hours": the state does not ask, it sends them away, which is what "expelled"
says. The order is read as the lexicon reads "expel" with the same object (diplomats: SANCTION
166, anyone else: COERCE 174). The party told to leave must be marked as foreign (a
nationality, a possessing state, the word "foreign") so that an order to one's own troops,
staff or residents ("ordered his troops to leave the town", an evacuation) stays as it is.
The party is also the one told in the passive ("three Ecuadorian diplomats were ordered to
leave", "the envoy was among those ordered to leave") or said to be bound to leave ("said the
Bolivian attaches must leave": `demands.stated_obligation` codes it as a demand).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import DEMAND
from eventwire.events.lexicon import word_rows, words
from eventwire.events.patterns import TriggerMatch, argument_words
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import LEAVING
from eventwire.parse.deps import PREMODIFIER_OR_OWNER_DEPS
from eventwire.parse.subjects import clause_subjects

EXPEL = "expel"  # the lexicon verb whose rows give the expulsion's code by its object
INFINITIVE_DEPS = {"xcomp", "ccomp", "advcl"}
FOREIGN_ENTITIES = {"NORP", "GPE"}  # "Bolivian diplomats", "Somalia's ambassador"
FOREIGN = words("event_words.tsv", "foreign_party")  # "ordered foreigners to leave"
LEFT_PLACES = words("event_words.tsv", "left_place")  # "to leave the country"


def expulsion_order(match: TriggerMatch) -> TriggerMatch:
    """The match recoded as an expulsion when it orders a foreign party out of the country."""
    head = match.head
    if match.nominal or match.code.cameo != DEMAND or not _sent_out(head):
        return match
    if not any(_foreign(t) for t in _told(head)):
        return match
    found = argument_words(head)
    for trigger in word_rows(EXPEL, "V"):
        if not trigger.arguments or trigger.arguments & found:
            return match.recoded(trigger.code.cameo)
    return match


def _sent_out(order: Token) -> bool:
    """ "(ordered X) to leave the country", "to leave Peru", "to depart": an infinitive of
    leaving whose object, if any, is a country."""
    for clause in order.children:
        if clause.dep_ not in INFINITIVE_DEPS or clause.lemma_.lower() not in LEAVING:
            continue
        left = objects(clause)
        if all(t.lemma_.lower() in LEFT_PLACES or t.ent_type_ == "GPE" for t in left):
            return True
    return False


def _told(order: Token) -> list[Token]:
    """Who is told to leave: the order's object or passive subject, "those" it describes
    ("X was among those ordered to leave": X), or the subject of a clause of leaving that a
    reporting verb states as a duty ("said the diplomats must leave")."""
    told = [c for c in order.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    if order.dep_ == "acl" and order.head.lower_ == "those" and order.head.head.lower_ == "among":
        told += clause_subjects(order.head.head.head)
    bound = (c for c in order.children if c.dep_ == "ccomp" and c.lemma_.lower() in LEAVING)
    return told + [s for c in bound for s in c.children if s.dep_ == "nsubj"]


def _foreign(party: Token) -> bool:
    """A party marked as of another state: a nationality or state before it, or "foreign"."""
    marks = [party, *(c for c in party.children if c.dep_ in PREMODIFIER_OR_OWNER_DEPS)]
    return any(t.ent_type_ in FOREIGN_ENTITIES or t.lower_ in FOREIGN for t in marks)
