"""A reported clause the parse coordinates with the verb that reports it.

In "the agency quoted witnesses as saying tanks and armored cars are patrolling the streets"
the small model reads "are patrolling" as a conjunct of "quoted", so the act would take the
agency as its doer, though the outlet only reports; the noun right before it ("armored cars"),
read as the object of "saying", is its subject. A true second act of the same doer follows
its "and" or comma ("quoted the minister and later denied it"), never a bare noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import DIRECT_OBJECT_DEPS
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import NOUN_POS, VERB_POS

REPORTING = words("cue_verbs.tsv", "speech")  # say, report, add, claim


def reported_subjects(verb: Token) -> list[Token] | None:
    """The subject of a conjunct verb that is really the clause a saying verb reports (the
    saying verb's object, right before it), or None when the conjunct is a true one."""
    if verb.dep_ != "conj" or verb.pos_ not in VERB_POS or has_subject(verb):
        return None
    start = verb.left_edge.i
    if start == 0 or start > verb.i:
        return None
    before = verb.doc[start - 1]
    if before.pos_ not in NOUN_POS:
        return None
    first = first_conjunct(before)  # "tanks and armored cars": the first conjunct
    sayer = first.head
    reported = first.dep_ in DIRECT_OBJECT_DEPS and sayer.lemma_.lower() in REPORTING
    return [first] if reported and sayer.i < verb.i else None
