"""Warnings about another party: "warned us about the gangs", "warned that X is run by a lunatic".

A threat is the warner's own harm held over someone ("warned Iraq of military strikes",
"warned that our forces will strike"). A warning that another party is the danger is an
accusation of that party (CODING: "leaflets warning the school could bring terrorists" accuses
the school): the party named after "about"/"of"/"against", or a named person, organisation or
state that is the subject of the warning's clause and shares no word with the warner. The
target is that party, not the one warned; a warning of the warner's side ("we", "our forces",
the warner's own name) stays a threat, and one of a trend names no party (`foretells_a_trend`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import CRITICISM
from eventwire.events.lexicon import is_agent, words
from eventwire.events.matches import TriggerMatch
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE, THREATEN
from eventwire.events.word_classes import DANGERS
from eventwire.lexicons import word_set
from eventwire.parse.deps import REPORTED_CLAUSE_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.nlp import AREA_ENTITIES, PARTY_ENTITIES
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import GERUND_TAG, MODAL_TAG

WARNINGS = words("event_words.tsv", "warning_word")  # warn, warning
DANGER_PREPS = word_set("concern_preposition")
ADDRESSEE_DEPS = VERB_OBJECT_DEPS
NAMED_PARTIES = PARTY_ENTITIES  # a named party, a state among them
WARNER_DEPS = {"nsubj", "agent"}
WARNER_SIDE = {"we", "i", "us", "it"}  # "we are a threat to no one": the warner's own


def warned_parties(verb: Token) -> list[Token]:
    """The parties a warning verb names as the danger: an agent after "about"/"of"/"against",
    a named other party that is the subject of its clause (none of the warner's side; a state
    only for what it is, not what it will do), or whoever the clause calls a danger."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WARNINGS:
        return []
    objects = [p for p in pobjs(verb, DANGER_PREPS) if _party(p)]
    warner = _warner_words(verb)
    clauses = [c for c in verb.children if c.dep_ in REPORTED_CLAUSE_DEPS]
    told = [(c, s) for c in clauses for s in clause_subjects(c) if _other_named(s, warner)]
    subjects = [s for c, s in told if s.ent_type_ not in AREA_ENTITIES or not _foretold(c)]
    dangers = [s for c in clauses if _called_a_danger(c) for s in clause_subjects(c)]
    return objects or subjects or [s for s in dangers if s.lower_ not in WARNER_SIDE]


def warned_party(match: TriggerMatch) -> TriggerMatch:
    """A threat read from a warning of another party's danger is blame of that party."""
    if match.nominal or match.code.type != THREATEN or not warned_parties(match.head):
        return match
    return match.recoded(CRITICISM)


def warns_off_a_course(match: TriggerMatch) -> bool:
    """ "warned against reading the vote as an endorsement", "was warned against doing so":
    a warning, to no addressee, against a course of action told by a gerund advises; it holds
    no harm over anyone and names no party to blame."""
    verb = match.head
    if match.nominal or match.code.type != THREATEN or verb.lemma_.lower() not in WARNINGS:
        return False
    if any(c.dep_ in ADDRESSEE_DEPS | REPORTED_CLAUSE_DEPS | {"xcomp"} for c in verb.children):
        return False
    against = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"]
    courses = [g for c in against for g in c.children if g.dep_ == "pcomp" and g.tag_ == GERUND_TAG]
    return bool(courses) and not any(p.dep_ == "pobj" for c in against for p in c.children)


def warned_party_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """An accusation read from a warning is aimed at the party warned about, not the listener
    ("warned voters about the gangs": at the gangs)."""
    if match.code.type != ACCUSE:
        return sides
    parties = [p for t in warned_parties(match.head) for p in reader.phrase(t)]
    return split_roles(sides[0], parties) if parties else sides


def _party(noun: Token) -> bool:
    """A party warned about: an agent, not a pronoun, nor a place that stands for its state
    or its fate ("warned about an America in decline")."""
    return is_agent(noun) and noun.pos_ != "PRON" and noun.ent_type_ not in AREA_ENTITIES


def _foretold(clause: Token) -> bool:
    """ "warned that Russia would retaliate", "that Syria would face consequences": what a
    state will do or suffer is the warner's state's act or the harm it holds over the other;
    what a state is ("is run by a lunatic") blames it."""
    return any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in clause.children)


def _called_a_danger(clause: Token) -> bool:
    """ "(that) he was a threat", "they are a danger to us": the clause names its subject a
    danger, so the warning blames that subject whoever it is."""
    return any(c.dep_ == "attr" and c.lemma_.lower() in DANGERS for c in clause.children)


def _warner_words(verb: Token) -> set[str]:
    """The words of the warner's phrase ("Senator Warren"; "the Russian government" of a
    passive's "by")."""
    found = {t.lower_ for c in verb.children if c.dep_ in WARNER_DEPS for t in c.subtree}
    return found - {"by", "the"}


def _other_named(subject: Token, warner: set[str]) -> bool:
    """A proper name of a person, body or state that shares no word with the warner."""
    named = subject.pos_ == "PROPN" and subject.ent_type_ in NAMED_PARTIES
    return named and not {t.lower_ for t in subject.subtree} & warner
