""" "X said Y must withdraw", "Trump wants Mexico to pay": stating what another party must do,
or wanting it to act, is a demand (CAMEO 100) with no demand word; `patterns` codes it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.charged_clauses import rebuked
from eventwire.events.generic_duties import binds_no_party, named_party
from eventwire.events.lexicon import is_agent, words
from eventwire.events.modality import REPORTING
from eventwire.events.quoted_roots import quoted_root_verb

OBLIGATION = words("modality_words.tsv", "obligation")
WISHING = words("event_words.tsv", "wishing")  # want, wish: wanting another party to act
STATES = words("event_words.tsv", "state_verb")  # be, become: no act to ask for


def stated_obligation(token: Token) -> bool:
    """ "X said Y must withdraw": stating what another party must do is a demand (CAMEO 100)."""
    if token.lemma_.lower() not in REPORTING:
        return False
    return any(  # "we must find them", "those who lost should": no demand on another party
        not binds_no_party(clause)
        and not rebuked(clause)  # "X should be ashamed": blame (`charged_clauses`)
        for clause in obliged_clauses(token)
    )


def quoted_obligation(verb: Token) -> bool:
    """ "'All European states must work together.'": a quoted sentence of its own that states
    what a named party other than the speaker must do is the speaker's demand on it, as "X
    said Y must" is; "we must", "people should" and "X should be ashamed" bind no one."""
    if not quoted_root_verb(verb):
        return False
    if not any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in verb.children):
        return False
    if _surmised(verb) or verb.lemma_.lower() in STATES:  # "Elian should be with his father"
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = any(is_agent(s) and s.pos_ != "PRON" and named_party(s) for s in subjects)
    return named and not binds_no_party(verb) and not rebuked(verb)


def _surmised(verb: Token) -> bool:
    """ "Castro must be dreaming", "they must have known": "must" with a progressive or a
    perfect infers what is so; it lays no duty."""
    perfect = any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in verb.children)
    return perfect or verb.tag_ == "VBG"


def obliged_clauses(verb: Token) -> list[Token]:
    """The clauses the verb reports that state a duty ("said Y must withdraw")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in c.children)
    ]


def wished_of_another(verb: Token) -> bool:
    """ "Trump wants Mexico to pay for the wall": wanting another party to act, or a thing done,
    is asking for it (CAMEO 100); "wants to win" or "wants a recount" binds no one else."""
    if verb.lemma_.lower() not in WISHING:
        return False
    return any(
        clause.dep_ in {"ccomp", "xcomp"} and (_another_to_act(clause) or _done(clause))
        for clause in verb.children
    )


def _another_to_act(clause: Token) -> bool:
    """ "wants Mexico to pay": an infinitive whose subject is another party who can act; "want
    Trump to be the next president" wishes a state, no act anyone is asked to do."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if clause.lemma_.lower() in STATES:
        return False
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and any(
        is_agent(s) and s.pos_ != "PRON" for s in subjects
    )


def _done(clause: Token) -> bool:
    """ "wants the remains tested", "wants the emails released": wanting a thing done, in a
    participle clause with its own subject, is asking whoever can do it."""
    deps = {c.dep_ for c in clause.children}
    return clause.tag_ == "VBN" and "nsubj" in deps and not deps & {"aux", "auxpass"}
