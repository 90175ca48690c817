"""Infinitives and gerunds on a noun whose doer is the subject of the clause around the noun.

"Martinez passed on a chance to back Trump", "the president would have a difficult time
vetoing a bill": the act belongs to whoever has the chance, time or attempt (an
`event_arguments.tsv` "controlling" noun) the verb governs. "Grijalva was the first Democrat
to endorse Sanders": an infinitive with an object of its own on the noun a copula says its
subject is ("the candidate to beat", whose gap is the object, is not). "Russia's decision to
expel them": an infinitive on a possessed noun is the possessor's act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import words

CONTROLLING = words("event_arguments.tsv", "controlling")  # chance, time, attempt, bid
PERMITTING = words("event_arguments.tsv", "permitting")  # invitation, permission: another acts
NOUN_CLAUSES = {"acl", "relcl"}
OWN_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def noun_controller(verb: Token) -> Token | None:
    """The verb whose subject does the act of an infinitive or gerund on a noun, else None."""
    noun = verb.head
    if verb.dep_ not in NOUN_CLAUSES or not _bare(verb) or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ == "attr" and _has_object(verb):
        return noun.head if noun.head.pos_ in {"AUX", "VERB"} else None
    if noun.lemma_.lower() not in CONTROLLING:
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    governed = noun.dep_ in {"dobj", "attr"} or (noun.dep_ == "pobj" and noun.head.dep_ == "prep")
    return governor if governed and governor.pos_ in {"VERB", "AUX"} else None


def noun_owner(verb: Token) -> Token | None:
    """ "the INS's decision to deny Elian a hearing", "its intention to investigate Trump": the
    possessor of the noun a subjectless infinitive hangs on does its act; not one who grants
    leave ("Castro's invitation to visit Cuba": the invited visit)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or not _bare(verb) or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() in PERMITTING:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _bare(verb: Token) -> bool:
    """An infinitive or gerund with no subject of its own."""
    subject = any(c.dep_ in OWN_SUBJECTS for c in verb.children)
    return (to_infinitive(verb) or verb.tag_ == "VBG") and not subject


def _has_object(verb: Token) -> bool:
    """ "to endorse Sanders", "to vote against the bill": no object gap left for the noun."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(g.dep_ == "pobj" for p in preps for g in p.children)
