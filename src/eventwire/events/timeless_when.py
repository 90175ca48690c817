""" "When I visit other countries, it's not my job to comment", "when we stand together, we can
raise up working families": an act told in the simple present inside a "when" clause, under a
main clause told in the present or with a modal, is what happens each time, a habit or a rule,
not an act that took place; `habitual` reads it so. A "when" clause that names its time ("when
the board meets June 16") or hangs on a future ("when he visits Hanoi, he will meet Xi") tells
one act to come, as does one under a plan ("plans to raise rights when he meets Castro"), and
one under a past tells one that took place.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.planned_modality import planned
from eventwire.parse.nlp import TIME_ENTITIES
from eventwire.parse.tags import PAST_TENSE_TAG, PRESENT_TAGS
from eventwire.parse.tenses import auxiliaries

WHEN_MARKS = words("event_words.tsv", "timeless_when")  # when, whenever
WHEN_DEPS = {"advmod", "mark"}  # "when" as the clause's adverb or its mark
SHARED_CLAUSE_DEPS = {"conj", "xcomp"}  # "when he calls for cuts and endorses X": one clause


def timeless_when(verb: Token) -> bool:
    """Whether the verb, in the simple present, tells the act of an undated "when" clause whose
    main clause is told neither in the past nor in the future."""
    if verb.tag_ not in PRESENT_TAGS or auxiliaries(verb):
        return False
    clause = verb
    while clause.dep_ in SHARED_CLAUSE_DEPS and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "advcl" or not _when_marked(clause):
        return False
    dated = any(t.ent_type_ in TIME_ENTITIES for t in clause.subtree)
    return not dated and not _past_or_future(clause.head)


def _when_marked(clause: Token) -> bool:
    """The clause opens with its own "when" or "whenever"."""
    return any(c.dep_ in WHEN_DEPS and c.lower_ in WHEN_MARKS for c in clause.children)


def _past_or_future(main: Token) -> bool:
    """ "cheered when he calls", "will meet Xi when he visits", "plans to raise rights when he
    meets Castro", "is going to raise it when he meets Xi": the main clause in a past tense, or
    planned (a future auxiliary or a planning word over it)."""
    auxes = auxiliaries(main)
    past = main.tag_ == PAST_TENSE_TAG or any(a.tag_ == PAST_TENSE_TAG for a in auxes)
    return past or planned([main, *main.ancestors]) is not None
