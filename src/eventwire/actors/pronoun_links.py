"""Which person a personal pronoun outside quotation marks stands for: "Obama met Putin. He
said …" is Obama.

The latest person mentioned before it, outside quotes, refined by the clause: a subject
pronoun prefers the last person who was a subject, an object is never its own clause's
subject ("he criticized him") while a reflexive is ("she steeled herself"), no pronoun is a
person its clause names ("he accused Trump"), and "he" is never a person known to be a woman.
"""

from __future__ import annotations

from eventwire.actors.actor_ledger import ActorLedger
from eventwire.actors.candidates import Candidate
from eventwire.actors.cataphora import cataphor_antecedent
from eventwire.actors.coarguments import clause_mates
from eventwire.actors.embedded_antecedents import noun_clauses_last, outside_first
from eventwire.actors.governing_subjects import governing_antecedent
from eventwire.actors.pronoun_salience import (
    after_unnamed,
    embedded_nearest,
    named_in_own_phrase_first,
    paragraph_subjects,
    parallel_subjects,
)
from eventwire.model import Actor
from eventwire.parse.subjects import SUBJECT_DEPS


def link_pronoun(ledger: ActorLedger, candidate: Candidate) -> None:
    """ "he" outside quotes → the person mentioned last before it, outside quotes; a
    subject pronoun prefers the last person who was a subject ("Obama met Putin. He
    said …" is Obama), an object is never its own clause's subject ("he criticized
    him") while a reflexive is ("she steeled herself"), no pronoun is a person its
    clause names ("he accused Trump"), and "he" is never a person known to be a woman,
    nor "she" a man."""
    if candidate.in_quote:
        return
    if candidate.extra.get("unnamed"):  # "the driver ... he"; a subject starts a chain
        if subject_mention(candidate):
            ledger.unnamed.setdefault(candidate.extra.get("gender"), []).append(candidate.start)
        return
    forward = cataphor_antecedent(ledger, candidate)  # "In her speech, Clinton said"
    if forward is not None:
        ledger.link(candidate, forward)
        return
    subject = _clause_subject(ledger, candidate)
    if subject is not None and _reflexive(ledger, candidate):
        ledger.link(candidate, subject)
        return
    people = ledger.people_before(candidate, exclude=subject)
    mates = clause_mates(candidate, ledger.history)
    people = [(o, a) for o, a in people if id(a) not in mates]
    gender = candidate.extra.get("gender")
    people = named_in_own_phrase_first(ledger.genders.fitting(people, gender))
    governing = governing_antecedent(candidate, people)  # "Trump, who said he"
    if governing is not None:
        ledger.link(candidate, governing)
        return
    subjects = (
        [(o, a) for o, a in people if subject_mention(o)] if subject_mention(candidate) else []
    )
    subjects = paragraph_subjects(
        parallel_subjects(subjects, candidate), people, candidate, ledger.text
    )
    salient = embedded_nearest(candidate, _salient_subject(subjects, candidate), people)
    nearest = outside_first(candidate, noun_clauses_last(candidate, people))
    actor = salient or next(iter(a for _, a in nearest), None)
    actor = after_unnamed(candidate, actor, people, ledger.unnamed.get(gender, []))
    if actor is not None:
        ledger.link(candidate, actor)


def subject_mention(candidate: Candidate) -> bool:
    """Whether the mention is its clause's subject, as the parse labels it."""
    return candidate.extra.get("dep") in SUBJECT_DEPS


def _reflexive(ledger: ActorLedger, candidate: Candidate) -> bool:
    return ledger.text[candidate.start : candidate.end].lower().endswith("self")


def _clause_subject(ledger: ActorLedger, candidate: Candidate) -> Actor | None:
    """The person a non-subject pronoun's own clause has as subject, already linked; for a
    clause with no subject of its own, the subject it borrows (`clauses.controller_key`)."""
    if subject_mention(candidate) or candidate.extra.get("dep") == "poss":  # "he and his aides"
        return None
    heads = {candidate.extra.get("head"), candidate.extra.get("controller") or None} - {None}
    return next(
        (
            a
            for other, a in ledger.before(candidate)
            if subject_mention(other) and other.extra.get("head") in heads
        ),
        None,
    )


def _salient_subject(subjects: list[tuple[Candidate, Actor]], pronoun: Candidate) -> Actor | None:
    """The latest person who was a subject; but for a main-clause "he" after a subject in
    what someone reported, the reporter, when a person ("Reid said Trump should quit. He
    added …" is Reid): a report is about its reporter, what it reports only what others did;
    after a subject in a clause completing a noun, that sentence's main subject ("Levy fights
    the view that Baker is weak. He rejects …" is Levy): the clause is only what the noun says."""
    if not subjects:
        return None
    latest, actor = subjects[0]
    if pronoun.extra.get("main") and not latest.extra.get("main"):
        sentence = latest.extra.get("sentence")
        wanted = {"reporter", "yes"} if latest.extra.get("noun_clause") else {"reporter"}
        mains = (
            a
            for o, a in subjects
            if o.extra.get("sentence") == sentence and o.extra.get("main") in wanted
        )
        return next(mains, actor)
    return actor
