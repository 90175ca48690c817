""" "I have student loans", "students who take out loans", "he defaulted on his loan": a loan or
grant that its borrower has, takes out, owes or defaults on tells a holding or a debt, not one
party's aid to another (AID is a giving), and so does a loan households buy ("student loans",
"car loans"); a verb of giving ("the bank lent them", "granted Zambia a loan") keeps it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.phrase_links import phrasal_lemmas
from eventwire.parse.deps import NOUN_OBJECT_DEPS, PREMODIFIER_DEPS, through_preposition
from eventwire.parse.tags import NOUN_POS, VERB_POS

DEBT_HOLDING = words("event_words.tsv", "debt_holding")  # have, take out, owe, repay
HELD_DEBTS = words("event_words.tsv", "held_debt")  # loan, grant, credit
CONSUMER_CREDIT = words("event_words.tsv", "consumer_credit")  # student, mortgage, car


def held_aid(noun: Token) -> bool:
    """An aid noun that is the object of a verb of holding a debt ("have loans", "took out a
    loan"), also as a later item of that object's list ("two grants and loans"). Only a loan,
    grant or credit: "the refugees have aid from the UN" still tells the UN's giving."""
    if noun.lemma_.lower() not in HELD_DEBTS:
        return False
    if any(c.dep_ in PREMODIFIER_DEPS and c.lower_ in CONSUMER_CREDIT for c in noun.children):
        return True  # "student loans": bought from lenders
    while noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS:
        noun = noun.head
    verb = through_preposition(noun)
    if noun.dep_ not in NOUN_OBJECT_DEPS or verb.pos_ not in VERB_POS:
        return False
    return bool(phrasal_lemmas(verb) & DEBT_HOLDING)  # "defaulted on his loan"
