"""A point granted, not a concession or an accord: "strategists concede that a Trump loss
could pull incumbents down", "Sanders admitted that it would be very hard to win", "the
economist agreed that the Treasury has limited power".

Granting that something may or will happen weighs a prospect, and agreeing that something may,
should or does hold shares a view: opinions and analysis, which the coding rules do not code.
The act stays where the clause tells one: a deed admitted ("acknowledged that the candidate
misspoke", no modal), the granter's own act to come ("agreed that they would support him"),
or an accord on what will be done ("the sides agreed that talks would resume"), or on what
should be done when several parties agree ("the two sides agreed that talks should resume";
one person agreeing that another should act shares a view).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.lone_talk import several_parties
from eventwire.events.modality_scope import modal_form
from eventwire.events.patterns import TriggerMatch
from eventwire.lexicons import word_set
from eventwire.parse.subjects import clause_subjects

GRANTING = words("event_words.tsv", "granting")  # agree, concede, admit, acknowledge
FUTURE = words("modality_words.tsv", "future") | {"would"}  # an act to come
OBLIGATION = words("modality_words.tsv", "obligation")  # should, must: what is to be done
WEIGHING = (  # may, could, should, can, must: a prospect or a duty weighed
    words("modality_words.tsv", "hypothetical")
    | words("modality_words.tsv", "ability")
    | OBLIGATION
) - FUTURE
GRANTERS = word_set("first_person_subject") | word_set("third_person_subject")  # we, they


def granted_view(match: TriggerMatch) -> bool:
    """A verb of granting whose "that" clause weighs a prospect (a concession) or holds a
    view (an agreement) rather than telling an act."""
    verb = match.head
    if match.nominal or verb.lemma_.lower() not in GRANTING:
        return False
    clause = _content_clause(verb)
    if clause is None or _own_act(clause):
        return False
    modals = {modal_form(a) for a in clause.children if a.dep_ == "aux" and a.tag_ == "MD"}
    if match.code.type == "AGREE":
        if modals & OBLIGATION and any(several_parties(s) for s in clause_subjects(verb)):
            return False  # "the two sides agreed that talks should resume": an accord
        return not modals & FUTURE  # "agreed that X may struggle", "that X has power"
    return match.code.type == "CONCEDE" and bool(modals & (WEIGHING | FUTURE))


def _content_clause(verb: Token) -> Token | None:
    """The finite clause the verb grants: its "that" complement ("conceded that it could"),
    or the clause that a "that" right after the verb opens when the parse hangs it lower."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return child
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "that" and after.dep_ == "mark":
        return after.head if after.head.i > verb.i else None
    return None


def _own_act(clause: Token) -> bool:
    """ "agreed that they would support him": the clause's subject is a person pronoun, as a
    rule the granter or a side the granter speaks for, so the clause is a commitment."""
    return any(s.lower_ in GRANTERS for s in clause_subjects(clause))
