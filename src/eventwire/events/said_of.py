"""Whom a judgement is passed on when the report names them after "of".

" 'It has no place in this race,' Jones said of Miller's ad" and " 'They are sadly mistaken,'
she said of the Republicans": the quoted clause's subject is a pronoun for the one judged, and
the reporting verb's "of" names them (or what they own); the speaker is the source.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.admired import admired
from eventwire.events.charged_clauses import deplored
from eventwire.events.demands import obliged_clauses
from eventwire.events.held_views import viewed_subjects
from eventwire.events.lexicon import is_agent, reports, words
from eventwire.events.owned_verdicts import relative_doer
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE, REQUEST, SUPPORT
from eventwire.events.spoken_ill import spoken_ill_of
from eventwire.events.verb_subjects import verb_subjects
from eventwire.lexicons import word_set
from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.sectors import MEDIA

JUDGING_TYPES = {ACCUSE, SUPPORT}
LISTENER_DEPS = VERB_OBJECT_DEPS  # "told reporters", "told them"
PRESS = MEDIA  # reporters, a newspaper: who hears words to print them
AUTHOR_PREPS = word_set("maker_preposition")  # "the plan by Ruiz", "the proposal from the mayor"
OUTLET_PREPS = {"on", "to"}  # "said on CNN", "said to the Times": the outlet that carried it
SPEAKING_OF = words("event_words.tsv", "spoken_of")  # "spoke warmly of Marsh", "thinks highly of"


def said_of_sides(reader: RoleReader, verb: Token, type_: str) -> Sides | None:
    """The speaker and the party named after "said of" for a judgement on a reporting verb
    (or a verb of speaking of someone: "spoke warmly of Marsh"), or the one asked by a demand
    told to the press; None where the verb names no party that way."""
    if type_ == REQUEST and reports(verb):
        return _asked_before_the_press(reader, verb)
    if type_ not in JUDGING_TYPES or not (reports(verb) or verb.lemma_.lower() in SPEAKING_OF):
        return None
    judged = [_party(p) for p in pobjs(verb, {"of"})] or _judged_not_told(verb)
    judged = judged or spoken_ill_of(verb)  # "said bad things about Bernie"
    judged = judged or _admired_in(verb) or _deplored_parties(verb)
    judged = judged or [_party(s) for s in viewed_subjects(verb)] or _doers_judged(verb)
    parties = [p for j in judged if j is not None for p in reader.phrase(j)]
    if not parties:
        return None
    speakers = [p for s in verb_subjects(verb) for p in reader.phrase(s)]
    return split_roles(speakers, parties)


def judged_after_of(verb: Token) -> list[Token]:
    """The parties a reporting verb names after "of": "said of the Republicans", "said of
    Miller's ad" (the owner)."""
    judged = [_party(p) for p in pobjs(verb, {"of"})] if reports(verb) else []
    return [j for j in judged if j is not None]


def _judged_not_told(verb: Token) -> list[Token]:
    """ "'Boehner is a coward,' Cruz told reporters": a verdict told to listeners is passed on
    the named subject of what was said, not on those who heard it."""
    if not any(c.dep_ in LISTENER_DEPS for c in verb.children):
        return []
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS and subject.pos_ != "PRON" and is_agent(subject)
    ]


def _doers_judged(verb: Token) -> list[Token]:
    """ "said the plan Trump unveiled is a disaster": a verdict on a thing a relative clause
    says a named party did is passed on that party (`owned_verdicts.relative_doer`)."""
    subjects = [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
    ]
    return [d for s in subjects for d in [relative_doer(s)] if d is not None]


def _asked_before_the_press(reader: RoleReader, verb: Token) -> Sides | None:
    """ "Warren told reporters that superdelegates ought not to sway the election", "Trump said
    on CNN that Bush has to quit": a demand told to the press, or on an outlet's air, asks the
    party its clause binds (`demands`), not those who heard it or the outlet."""
    heard = [c for c in verb.children if c.dep_ in LISTENER_DEPS] + pobjs(verb, OUTLET_PREPS)
    listeners = [p for c in heard for p in reader.phrase(c)]
    if not listeners or any(p.sector != PRESS for p in listeners):
        return None
    subjects = [s for c in obliged_clauses(verb) for s in c.children if s.dep_ == "nsubj"]
    asked = [p for s in subjects for p in reader.phrase(s)]
    speakers = [p for s in verb_subjects(verb) for p in reader.phrase(s)]
    return split_roles(speakers, asked) if asked else None


def _admired_in(verb: Token) -> list[Token]:
    """ "'I am a fan of the pope,' Sanders said": the party the speaker admires."""
    return [p for c in verb.children if c.dep_ == "ccomp" for p in admired(c)]


def _deplored_parties(verb: Token) -> list[Token]:
    """ "'It is disappointing that the government is standing in the way,' she said": the
    party the deplored clause tells of, not the "it" that stands for the clause."""
    inner = [d for c in verb.children if c.dep_ == "ccomp" for d in [deplored(c)] if d is not None]
    return [s for d in inner for s in d.children if s.dep_ in SUBJECT_DEPS and is_agent(s)]


def _party(noun: Token) -> Token | None:
    """The party itself ("of the Republicans") or the owner or author of what is judged ("of
    Miller's ad", "of the plan by Governor Ruiz")."""
    if is_agent(noun):
        return noun
    owners = [c for c in noun.children if c.dep_ == "poss"] + pobjs(noun, AUTHOR_PREPS)
    return next((c for c in owners if is_agent(c)), None)
