"""A second clause the parse coordinates with the first verb, its subject swallowed into the
first clause.

In "the agency quoted witnesses as saying tanks and armored cars are patrolling the streets"
the small model reads "are patrolling" as a conjunct of "quoted", so the act would take the
agency as its doer, though the outlet only reports; the noun right before it ("armored cars"),
read as the object of "saying", is its subject. In "Iran fulfilled the terms of the deal and
the United States lifted sanctions" it joins "the United States" to "deal" and "lifted" to
"fulfilled", so Washington's act would be Iran's: a party joined by "and" to the first clause's
last noun, right before a finite verb with no subject, is that verb's subject. A true second
act of the same doer follows its "and" or comma ("quoted the minister and later denied it"),
never a bare noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.word_classes import BACKGROUND
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import DIRECT_OBJECT_DEPS
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import FINITE_TAGS, NOUN_POS, VERB_POS

REPORTING = words("cue_verbs.tsv", "speech")  # say, report, add, claim
JOINING = {"and", "but"}  # "the deal and the United States": a new clause's start


def reported_subjects(verb: Token) -> list[Token] | None:
    """The subject of a conjunct verb that is really the clause a saying verb reports (the
    saying verb's object, right before it) or a clause of its own whose subject the parse
    joined to the first clause's last noun, or None when the conjunct is a true one."""
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
    if reported and sayer.i < verb.i:
        return [first]
    return _opened_list(before) if _swallowed_subject(verb, before) else None


def _swallowed_subject(verb: Token, noun: Token) -> bool:
    """Whether the noun right before a finite conjunct verb is its subject the parse joined to
    the first clause's last noun ("... the deal and the United States lifted sanctions"): a
    party, a later conjunct right after "and" or "but", the verb a tense, not a participle
    ("the driver and the passengers injured in the crash" describes them)."""
    if verb.tag_ not in FINITE_TAGS or noun.dep_ != "conj" or not is_agent(noun):
        return False
    start = noun.left_edge.i
    joined = start > 0 and noun.doc[start - 1].lower_ in JOINING
    return joined and noun.head.i < start and verb.head.i < noun.head.i


def _opened_list(noun: Token) -> list[Token]:
    """The swallowed subject, with the words joined before it where a clause-opening word
    ("after", "as") the parse read as a preposition starts the list: "after the FBI and Justice
    Department last week closed the probe" is closed by both."""
    first = first_conjunct(noun)
    opener = first.head
    opened = first.dep_ == "pobj" and opener.lower_ in BACKGROUND
    return [first, *first.conjuncts] if opened and opener.i == first.left_edge.i - 1 else [noun]
