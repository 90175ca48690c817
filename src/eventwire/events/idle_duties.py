""" "No one should doubt our resolve," "he should not have accepted it": a duty stated of no party
that can act, or one due in the past, is an opinion, not a demand; `everyday` names the sense."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import DEMAND
from eventwire.events.demands import ceased_act, duty_verb, obliged_clauses
from eventwire.events.event_nouns import event_noun
from eventwire.events.lexicon import is_agent, words
from eventwire.events.patterns import TriggerMatch
from eventwire.parse.subjects import clause_subjects

UNBOUND = words("event_words.tsv", "unbound_subject")  # "nothing should stop us"
THINGS = words("event_words.tsv", "stood_thing")  # "stand by that"


def obliges_no_one(match: TriggerMatch) -> bool:
    """ "'No one should doubt our resolve,' he said", "adding that there shouldn't be a focus
    on numbers", "said that he should not have accepted it": a duty that binds no party
    ("there", "no one") or that was due in the past ("should have") is an opinion, not a
    demand (`demands.stated_obligation` codes "said Iraq must withdraw" as one)."""
    if match.code.cameo != DEMAND or match.nominal:
        return False
    clauses = obliged_clauses(match.head)
    return bool(clauses) and all(_binds_no_one(c) or _past_duty(c) for c in clauses)


def _past_duty(clause: Token) -> bool:
    """ "should not have accepted it": a modal with a perfect "have" judges a past act ("has got
    to" is a duty's own present)."""
    return not duty_verb(clause) and any(
        a.dep_ == "aux" and a.lower_ == "have" for a in clause.children
    )


def _binds_no_one(clause: Token) -> bool:
    """ "that should help it save", "the crisis should be a call to conscience", "overturning
    the ruling should be a priority": a duty binds a party only through a subject who can act,
    an act ("talks should resume") or a thing to be done ("sanctions should be lifted")."""
    subjects = clause_subjects(clause)
    return not any(_bindable(s) for s in subjects)


def _bindable(subject: Token) -> bool:
    no = any(d.dep_ == "det" and d.lower_ == "no" for d in subject.children)
    acted = subject.dep_ == "nsubjpass" or event_noun(subject) or is_agent(subject)
    acted = acted or ceased_act(subject)  # "the violence must stop": whoever carries it on
    return acted and subject.lower_ not in UNBOUND | THINGS and not no
