"""Warnings of another party's act: "Warren warned that Scott would cut Medicaid".

A threat is the speaker's own harm, held over someone ("warned that he would veto the bill",
"warned Congress that ..."). A warning, told to no addressee, that a named other person or
organisation will act foretells that party's act: blame of it at most, not the speaker's
threat. A place ("warned that Russia would respond") may be the speaker's own state, and a
common noun ("warned that police will not tolerate rallies") the speaker's own forces, so only
a name of a person or organisation other than the speaker's counts as another party.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch

ADDRESSEE_DEPS = {"dobj", "dative"}
CLAUSE_DEPS = {"ccomp", "parataxis"}
OTHER_PARTY_ENTITIES = {"PERSON", "ORG"}
DANGERS = words("event_words.tsv", "danger")  # threat, danger, menace, peril
DANGER_PREPS = {"about", "of", "against"}
CONTENT_DEPS = ADDRESSEE_DEPS | CLAUSE_DEPS | {"xcomp", "advcl"}
CRITICISM = "111"  # CAMEO: criticise or denounce


def warns_of_others(verb: Token) -> bool:
    """Whether the warning's clauses all tell of another named party's act, to no addressee."""
    children = list(verb.children)
    if any(c.dep_ in ADDRESSEE_DEPS for c in children):
        return False
    speaker = {t.lower_ for c in children if c.dep_ == "nsubj" for t in c.subtree}
    clauses = [c for c in children if c.dep_ in CLAUSE_DEPS]
    subjects = [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(_other_party(s, speaker) for s in subjects)


def _other_party(subject: Token, speaker: set[str]) -> bool:
    """A name of a person or organisation that shares no word with the speaker's phrase."""
    named = subject.pos_ == "PROPN" and subject.ent_type_ in OTHER_PARTY_ENTITIES
    return named and subject.lower_ not in speaker


def danger_warned(match: TriggerMatch) -> TriggerMatch:
    """ "a threat Churchill warned about in his speech", "warned of the menace of terrorism":
    a warning about a danger, to no addressee and with no clause of what the speaker will do,
    blames whoever poses it (criticism), it threatens no one."""
    verb = match.head
    if match.nominal or match.code.type != "THREATEN" or verb.lemma_.lower() != "warn":
        return match
    if any(c.dep_ in CONTENT_DEPS for c in verb.children):
        return match
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in DANGER_PREPS]
    named = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ == "relcl" and any(not list(c.children) for c in preps):
        named.append(verb.head)  # the stranded "about": the noun the clause is on
    if any(n.lemma_.lower() in DANGERS for n in named):
        return match.recoded(CRITICISM)
    return match
