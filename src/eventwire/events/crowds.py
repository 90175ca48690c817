"""Crowds gathered in protest: "hundreds of students gathered outside the embassy", "farmers
assembled before parliament"; and protesters breaking in on an event or a speaker.

Wire copy often tells a protest only as people gathering: the verb of gathering (`event_words.tsv`
"gathering") with no object is a demonstration (CAMEO 141) when those gathered are a protesting
crowd ("protesters", "activists") or gather at a seat of authority (an embassy, a ministry, the
parliament, a palace). A gathering for another purpose ("gathered to hear the senator", "to
celebrate the victory") and troops gathering (`massed`: MOBILIZE) are no protest.

A protesting crowd that interrupts a speaker or an event ("a stream of protesters interrupted a
Trump event", "his speech was interrupted by a protester") obstructs it, as disrupting a rally
does (CAMEO 144); a rival or a host interrupting someone only talks over them.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.cameo_codes import DEMONSTRATION, OBSTRUCTION
from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import words
from eventwire.events.verb_subjects import verb_subjects
from eventwire.parse.deps import PURPOSE_CLAUSE_DEPS
from eventwire.parse.tags import NOUN_POS
from eventwire.sectors import COURTS, GOVERNMENT, LEGISLATORS, POLICE

GATHERING = words("event_words.tsv", "gathering")
INTERRUPTING = words("event_words.tsv", "interrupting")
CROWDS = words("event_words.tsv", "crowd")
SEATS = words("event_words.tsv", "seat_of_authority")  # palace, courthouse, capitol
SITE_PREPS = {"outside", "at", "before", "near", "opposite"}
AUTHORITY_SECTORS = {GOVERNMENT, LEGISLATORS, COURTS, POLICE}
OBJECT_DEPS = {"dobj", "nsubjpass", "auxpass", "xcomp", "ccomp"}
ADJUNCTS = {"advcl", "npadvmod", "conj", "xcomp"}  # what the crowd does while gathered
PURPOSES = PURPOSE_CLAUSE_DEPS


def gathered_protest(verb: Token) -> str | None:
    """The CAMEO code of a crowd's protest told by a verb of gathering, if it is one."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GATHERING:
        return None
    if any(c.dep_ in OBJECT_DEPS for c in verb.children) or _purposed(verb):
        return None  # "gathered support", "gathered to hear him"
    if _at_seat(verb) or any(_crowd(s) for s in verb_subjects(verb)):
        return DEMONSTRATION
    return None


def interrupting_protest(verb: Token) -> str | None:
    """The CAMEO code of a protesting crowd's breaking in on a speaker or an event, if the verb
    tells one: its doer (the subject, or a passive's "by" object) is such a crowd."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INTERRUPTING:
        return None
    return OBSTRUCTION if any(_crowd(s) for s in verb_subjects(verb)) else None


def _purposed(verb: Token) -> bool:
    """A purpose infinitive on the verb or on what the crowd does while gathered ("gathered,
    singing and waving balloons to celebrate the results"): the gathering is for that."""
    stack = [verb]
    while stack:
        token = stack.pop()
        clauses = [c for c in token.children if c.dep_ in ADJUNCTS]
        if any(c.dep_ in PURPOSES and to_infinitive(c) for c in clauses):
            return True
        stack.extend(clauses)
    return False


def _crowd(subject: Token) -> bool:
    """A protesting crowd, also counted ("hundreds of protesters")."""
    counted = [p for c in subject.children if c.lower_ == "of" for p in c.children]
    return any(t.lower_ in CROWDS for t in [subject, *counted])


def _at_seat(verb: Token) -> bool:
    return bool(protested_seats(verb))


def protested_seats(verb: Token) -> list[Token]:
    """ "outside the French embassy", "in front of the presidential palace": the sites named for
    the authority they house where the verb's crowd gathers; that authority is its target."""
    sites = [c for c in verb.children if c.dep_ == "prep" and _site_prep(c)]
    nouns = [w for site in sites for w in site.subtree if w.pos_ in NOUN_POS]
    return [w for w in nouns if _seat(w)]


def _site_prep(prep: Token) -> bool:
    front = any(c.lower_ == "front" for c in prep.children)  # "in front of"
    return prep.lower_ in SITE_PREPS or (prep.lower_ == "in" and front)


def _seat(word: Token) -> bool:
    lemma = word.lemma_.lower()
    return lemma in SEATS or group_lexicon().get((lemma,)) in AUTHORITY_SECTORS
