"""A stance toward the act a sentence's main clause tells, through a noun that sums it up.

"The parliament voted to demand their withdrawal, a move Moscow condemned as provocative",
"X demanded that Y hand over the colonel, a request that Z has refused": the indefinite noun
set off by a comma at the clause's end names the main clause's act, and the clause on it tells
what another party did about that act. Its subject is the source and the main clause's doer
the target, as an answer to an act told before is aimed at its doer (`answered`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.answered import STANCES
from eventwire.events.antecedents import RELATIVE_TAGS
from eventwire.events.lexicon import is_agent
from eventwire.events.participant_sets import Sides, other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.verb_subjects import verb_subjects
from eventwire.lexicons import word_set
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

SUMMING_DEPS = {"appos", "npadvmod", "dobj", "attr"}  # how the parse hangs "..., a move"
CLAUSE_DEPS = NOUN_CLAUSE_DEPS  # "a move Moscow condemned" is read as either
INDEFINITE = word_set("indefinite_article")  # a, an
PEOPLE = word_set("unnamed_person")  # "a man", "a witness": a person, no act summed up


def summed_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The stance's own subject acting on the main clause's doer; None when the trigger does
    not head a clause on a summing noun."""
    found = None if match.nominal or match.code.type not in STANCES else summing_clause(match.head)
    if found is None:
        return None
    subjects, noun = found
    actors = [p for s in subjects for p in reader.phrase(s)]
    doers = [p for s in verb_subjects(noun.sent.root) for p in reader.phrase(s)]
    return (actors, other_sides(actors, doers)) if actors and doers else None


def summing_clause(head: Token) -> tuple[list[Token], Token] | None:
    """The subjects of a clause the verb `head` heads on a summing noun, and that noun: an act
    of its own even where the parse reads it as a participle (`scope`)."""
    if head.dep_ not in CLAUSE_DEPS:
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS]
    noun = head.head
    if not subjects and noun.dep_ == "appos":  # "a step the opposition condemned" misparsed
        subjects, noun = [noun], noun.head  # as "the opposition" in apposition to "a step"
    return (subjects, noun) if subjects and _summing(noun) else None


def _summing(noun: Token) -> bool:
    """An indefinite noun set off by a comma beside the main clause: "..., a move"; not a
    person it describes ("met the envoy, a man the opposition criticized")."""
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    summing = noun.pos_ == "NOUN" and noun.dep_ in SUMMING_DEPS and noun != noun.sent.root
    person = is_agent(noun) or noun.lemma_.lower() in PEOPLE
    return summing and not person and after_comma and bool(determiners & INDEFINITE)
