""" "Trump wants Mexico to pay", "I hope the Democrats will end their lawsuits": wanting another
party to act, or a thing done, is a demand (CAMEO 100) with no demand word, as stating what it
must do is (`demands`); not wanting it to act turns the act down (REJECT). `told_demands` codes
both."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.generic_duties import named_party
from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS, is_agent, words
from eventwire.events.negation import NEGATIONS
from eventwire.events.word_classes import STATE_VERBS
from eventwire.parse.deps import AUXILIARY_DEPS, COMPLEMENT_DEPS
from eventwire.parse.tags import PARTICIPLE_TAG

WISHING = words("event_words.tsv", "wishing")  # want, wish: wanting another party to act
HOPING = words("modality_words.tsv", "wish") - WISHING  # hope: "I hope they will end it"
WISHED_STATES = words("event_words.tsv", "wished_state")  # have, like: "wants them to like him"


def wished_of_another(verb: Token) -> bool:
    """ "Trump wants Mexico to pay for the wall": wanting another party to act, or a thing done,
    is asking for it (CAMEO 100); "wants to win" or "wants a recount" binds no one else."""
    if _hoped_of_another(verb):
        return True
    if verb.lemma_.lower() not in WISHING:
        return False
    return any(
        clause.dep_ in COMPLEMENT_DEPS and (_another_to_act(clause) or _done(clause))
        for clause in verb.children
    )


def unwished(verb: Token) -> bool:
    """ "did not want U.S. troops to fight there": a wish for another party's act, negated on
    its own verb, turns that act down (REJECT) rather than asking for it."""
    return verb.lemma_.lower() in WISHING and any(
        c.dep_ == "neg" and c.lower_ in NEGATIONS for c in verb.children
    )


def _another_to_act(clause: Token) -> bool:
    """ "wants Mexico to pay": an infinitive whose subject is another party who can act; "want
    Trump to be the next president", "wants his running mate to have experience" or "wants
    people to like him" wishes a state, no act anyone is asked to do."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if clause.lemma_.lower() in STATE_VERBS | WISHED_STATES:
        return False
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and any(
        is_agent(s) and s.pos_ != "PRON" for s in subjects
    )


def _done(clause: Token) -> bool:
    """ "wants the remains tested", "wants the emails released": wanting a thing done, in a
    participle clause with its own subject, is asking whoever can do it."""
    deps = {c.dep_ for c in clause.children}
    return clause.tag_ == PARTICIPLE_TAG and "nsubj" in deps and not deps & AUXILIARY_DEPS


def _hoped_of_another(verb: Token) -> bool:
    """ "I hope the Democrats will end their lawsuits": a speaker's own hope that a named party
    act is an appeal to it; "Clinton hopes voters will" reports a wish, "I hope it will rain"
    or "I hope Smith will be fine" asks no one to act."""
    if verb.lemma_.lower() not in HOPING:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON_SUBJECTS for c in verb.children):
        return False
    return any(_named_act(c) for c in verb.children if c.dep_ == "ccomp")


def _named_act(clause: Token) -> bool:
    """A finite clause of an act by a named party ("the Democrats will end their lawsuits")."""
    if clause.lemma_.lower() in STATE_VERBS or clause.tag_ == PARTICIPLE_TAG:
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return any(is_agent(s) and s.pos_ != "PRON" and named_party(s) for s in subjects)
