"""Subjects the parse strands in the phrase before a finite main verb that it leaves with none.

The small model often hangs a long subject on what comes before it: "On June 4, 2008, Sanders,
who had not endorsed, decided to back Obama" reads "Sanders" as the date's appositive; "in
Palm Beach - Lewandowski continued to assert" as the object of "in"; "Donald Trump, the
self-proclaimed outsider, is set to meet" as the subject of a clause inside the appositive. A
finite main clause has a subject, so when the parse gives it none, the name right before its
verb, or before a comma-enclosed aside that ends right before it, is its subject; so is a
name read as the verb's adverbial noun ("Senator from Vermont steps off the trail to stop by"),
and so is the subject of the first act of a list the parse hangs on the next as its object.
An infinitive ("decided to back", "steps off to stop by") shares the subject of the verb it
completes, unless that verb has an object of its own ("urged Obama to back": Obama backs).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.misparses import FINITE_TAGS, adverbial_subjects
from eventwire.parse.deps import PURPOSE_CLAUSE_DEPS
from eventwire.parse.nlp import TIME_ENTITIES
from eventwire.parse.tags import FINITE_OR_MODAL_TAGS

OWN_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"}
AUXILIARIES = {"aux", "auxpass", "neg"}
FINITE_AUX_TAGS = FINITE_OR_MODAL_TAGS
COMPLETIONS = PURPOSE_CLAUSE_DEPS
QUOTES = {"”", '"', "’", "'"}


def stranded_subjects(verb: Token) -> list[Token]:
    """The stranded subject of the main clause whose act the verb is, or none."""
    clause = _completed(verb)
    while clause.dep_ == "conj" and not _has_subject(clause):  # "..., denounced X and said"
        clause = clause.head
    if clause.dep_ != "ROOT" or not _finite(clause) or _has_subject(clause):
        return []
    return adverbial_subjects(clause) or _name_before(clause) or _listed_before(clause)


def _listed_before(verb: Token) -> list[Token]:
    """ "Dalton summed up Ames as 'reckless,' denounced her record": the parse hangs the first
    of a list of acts on the next as its clausal object; its subject, before it, is the
    subject of the whole list."""
    firsts = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    subjects = [s for c in firsts[:1] for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    return subjects if _after_comma(verb) else []


def _after_comma(verb: Token) -> bool:
    """A comma, or a comma a closing quote follows (“weak,”), right before the verb: a list's
    separator, not a dash that turns to another party's act ("made a demand – refused")."""
    before = [t.text for t in verb.doc[max(verb.i - 2, 0) : verb.i]]
    return before[-1:] == [","] or (len(before) == 2 and before[0] == "," and before[1] in QUOTES)


def _completed(verb: Token) -> Token:
    """The verb an infinitive without a subject completes or serves ("stepped off the trail
    to stop by"), up to one whose object does what it completes ("urged Obama to back")."""
    while verb.dep_ in COMPLETIONS and _bare_infinitive(verb):
        if verb.dep_ == "xcomp" and _has_object(verb.head):
            break
        verb = verb.head
    return verb


def _bare_infinitive(verb: Token) -> bool:
    return to_infinitive(verb) and not _has_subject(verb)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in OWN_SUBJECTS for c in verb.children)


def _finite(verb: Token) -> bool:
    """A tensed verb or one with a tensed auxiliary ("is set", "could face")."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARIES and c.i < verb.i]
    return verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_AUX_TAGS for a in auxiliaries)


def _name_before(verb: Token) -> list[Token]:
    """The proper name right before the verb group, or before a comma that opens an aside
    closed by a comma right before it ("Sanders, who ..., decided")."""
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in AUXILIARIES)])
    before = [t for t in verb.sent if t.i < start]
    if not before:
        return []
    if _name(before[-1]):
        return [before[-1]]
    if before[-1].text != ",":
        return []
    doc = verb.doc
    found = (t for t in reversed(before[:-2]) if _name(t) and doc[t.i + 1].text == ",")
    return [name] if (name := next(found, None)) is not None else []


def _name(token: Token) -> bool:
    """The last word of a proper name that is no date ("June 4")."""
    return (
        token.pos_ == "PROPN" and token.dep_ != "compound" and token.ent_type_ not in TIME_ENTITIES
    )
