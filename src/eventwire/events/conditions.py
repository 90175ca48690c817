"""Acts told inside a condition: "If there were a gang in Lima that kidnapped children, the
police would arrest it".

A condition clause ("if", "unless") makes hypothetical everything it holds, also the acts of a
relative clause or a phrase within it, which the clause's own mark does not reach: nobody is
said to have kidnapped anyone there. So does a time clause under a refusal ("will not vote for
the plan before the governor agrees to cuts", "won't sign until they apologise"): the act it
tells is what the refusal waits for, not one that happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.lexicons import word_set
from eventwire.parse.subjects import SUBJECT_OR_EXPLETIVE_DEPS
from eventwire.parse.tags import BARE_FORM_TAGS, MODAL_TAG, PRESENT_TAGS

CONDITIONALS = words("modality_words.tsv", "conditional")  # if, unless, whether
AWAITED = words("modality_words.tsv", "awaited")  # before, until
QUESTION = "whether"  # asks; "if" and "unless" suppose
KNOWN = word_set("definite_determiner")  # determiners that point to a party told


def condition_marks(clause: Token) -> list[Token]:
    """The clause's own "if", "unless" or "whether" marks."""
    return [c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONDITIONALS]


def inside_condition(chain: list[Token]) -> Token | None:
    """The mark of a condition clause that holds the trigger further up than its own clause;
    not across a relative clause on a known party (`_known_party`)."""
    below = chain[0]  # the word on the way up just under `clause`
    for clause in chain[0].ancestors:
        if below.dep_ == "relcl" and _known_party(clause):
            return None
        below = clause
        if clause.dep_ != "advcl":
            continue
        marks = condition_marks(clause)
        if marks:
            return marks[0]
    return None


def _known_party(noun: Token) -> bool:
    """ "if the relatives who are seeking asylum appeal": a relative clause on a party the
    text points to (the, this, his, a name) tells what that party does, which the condition
    takes as given; on an indefinite one ("if there were a gang that kidnapped") it is part
    of the supposition."""
    pointed = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in KNOWN) for c in noun.children
    )
    return pointed or noun.pos_ == "PROPN"


def conditioned(verb: Token) -> bool:
    """ "if he has killed reporters", "if we were to start bombing", "whether to deport them":
    the act is what a condition supposes of its own subject, or what a question asks, by its
    own clause's mark or one further up (the parse may not hang that clause as an adverbial); a
    bare "if convicted" tells the named party's prospect, as "could be charged" does."""
    for clause in [verb, *verb.ancestors]:
        marks = condition_marks(clause)
        if marks:
            subject = any(c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS for c in clause.children)
            return subject or marks[0].lower_ == QUESTION
    return False


def awaited_condition(chain: list[Token]) -> Token | None:
    """The "before" or "until" of the trigger's clause when the clause it hangs on is a
    refusal to come ("would not", "won't"), or an act to come that the clause, in the present,
    waits for ("designed to exhaust the militia until it surrenders", "will stay until he agrees"):
    English tells a future time in the present there; "did not leave until they signed" tells
    a signing."""
    clause = chain[0]
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in AWAITED]
    main = list(clause.head.children)
    refused = any(c.dep_ == "neg" for c in main) and any(c.tag_ == MODAL_TAG for c in main)
    awaited = clause.tag_ in PRESENT_TAGS and clause.head.tag_ in BARE_FORM_TAGS
    return marks[0] if clause.dep_ == "advcl" and marks and (refused or awaited) else None
