"""Advice that a party act, told in the mood of a command: "suggested that the minister
resign", "a recommendation that the agency be closed", "proposed that both sides should meet".
The advised act has not happened; what the sentence tells is the request of it (CAMEO 100).
"suggested that the department acted in bad faith" states a claim and asks for nothing: its
clause has a tense of its own (`events.orders` reads the mood). Advice for a named party may
also be spelled out after a colon as a command: "Reid has some advice for Democrats: don't
underestimate Trump" asks the Democrats."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import DEMAND
from eventwire.events.lexicon import is_agent, words
from eventwire.events.orders import bound_code
from eventwire.events.verb_arguments import prep_nouns
from eventwire.parse.subjects import SUBJECT_DEPS, SUBJECT_OR_EXPLETIVE_DEPS
from eventwire.parse.tags import BASE_FORM_TAG

SUGGESTING = words("event_words.tsv", "suggesting")
COUNSEL = words("event_words.tsv", "counsel")  # advice, message: "a message for Putin: leave"
ADVISED_PREPS = {"for", "to"}
LEAD_INS = {"do", "not", "n't", "n’t", "never", "ever", "please", "just", "simply"}
VERB_CLAUSES = {"ccomp"}  # "suggested that he resign"
NOUN_CLAUSES = {"acl", "ccomp", "appos"}  # "a suggestion that he resign"
FINITE_BE = {"is", "are", "am", "'s", "'re", "’s", "’re"}


def suggested_request(token: Token) -> bool:
    """Whether a word of advice carries a clause that asks its subject to act."""
    if token.lemma_.lower() not in SUGGESTING or token.pos_ not in {"VERB", "NOUN"}:
        return False
    deps = VERB_CLAUSES if token.pos_ == "VERB" else NOUN_CLAUSES
    return any(
        c.dep_ in deps and _own_subject(c) and bound_code(c, commanding=False) == DEMAND
        for c in token.children
    )


def spelled_out_advice(noun: Token) -> bool:
    """ "some advice for Democrats: Don't underestimate Trump": a noun of advice for a named
    party, followed in its sentence by a colon and a command, asks that party to act."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in COUNSEL | SUGGESTING:
        return False
    advised = [p for p in prep_nouns(noun, ADVISED_PREPS) if is_agent(p)]
    return bool(advised) and _command_after_colon(noun)


def _command_after_colon(noun: Token) -> bool:
    """The first verb after the first colon that follows the noun is a command, with only
    "do", "not", "never", "please" and the like or quotation marks before it."""
    rest = noun.doc[noun.i + 1 : noun.sent.end]
    colon = next((t for t in rest if t.text == ":"), None)
    if colon is None:
        return False
    after = noun.doc[colon.i + 1 : noun.sent.end]
    verb = next((t for t in after if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    before = noun.doc[colon.i + 1 : verb.i]
    lead_in = all(t.is_punct or t.lower_ in LEAD_INS for t in before)
    subject = any(c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS for c in verb.children)
    return lead_in and verb.tag_ == BASE_FORM_TAG and not subject


def _own_subject(clause: Token) -> bool:
    """The advised party is named in the clause ("that Sununu offer"), not a relative pronoun
    of the noun ("the proposal that would cut taxes"); a stated "is" or "are", or a bare form
    after two joined subjects ("that Kasich and Sanders are", "that Kasich and Sanders lead"),
    is a present, not the mood of a command."""
    subjects = [
        c
        for c in clause.children
        if c.dep_ in SUBJECT_DEPS and c.lower_ not in {"that", "which", "who"}
    ]
    joined = any(c.dep_ == "conj" for s in subjects for c in s.children)
    return bool(subjects) and not joined and clause.lower_ not in FINITE_BE
