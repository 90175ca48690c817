"""Which verb a subjectless reporting verb takes its speaker from.

"Ms. Ruiz was greeted by the mayor and joked, …": a verb joined to a passive shares its
grammatical subject (Ms. Ruiz), never the agent after "by", who only did the greeting.
"Li said on Friday after the senator won the vote, adding that …": the small parser hangs a
participle set off by a comma on the nearest verb, even one inside an "after" clause;
a dangling participle modifies the main clause, so its speaker is the main clause's subject
when that clause reports or its subject is someone ("The row began after the tycoon joined
the race, calling them thieves": a row calls no one names, the tycoon did). "Lula retreated
from his forecast that Brazil would recover, and blamed …": a finite verb is no conjunct of a
bare verb under a modal, where the parse hangs it; it shares the subject of the finite verb
above.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.cue_rows import cue_row
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import BASE_FORM_TAG, FINITE_TAGS, GERUND_TAG, PRONOUN_TAG

SUBORDINATE = {"advcl"}  # a clause opened by "after", "when", "as", "because" …


def sharing_verb(token: Token) -> Token:
    """The verb whose subject `token` (a verb without one) shares."""
    head = _through_preposition(token.head)
    if _dangling(token) and _subordinate(head) and _may_speak(head.head):
        return head.head
    return _finite_above(token, head) or head


def _may_speak(verb: Token) -> bool:
    """A reporting verb, with its particle where it needs one ("broke out" is none), or one
    whose subject is a name or a personal pronoun ("Okafor spoke to reporters")."""
    subjects = clause_subjects(verb)
    someone = any(c.ent_type_ or c.pos_ == "PROPN" or c.tag_ == PRONOUN_TAG for c in subjects)
    return someone or cue_row(verb) is not None


def _finite_above(token: Token, head: Token) -> Token | None:
    """The nearest finite verb above a bare `head` that a finite conjunct `token` joins."""
    if token.dep_ != "conj" or token.tag_ not in FINITE_TAGS or head.tag_ != BASE_FORM_TAG:
        return None
    return next((verb for verb in head.ancestors if verb.tag_ in FINITE_TAGS), None)


def _dangling(token: Token) -> bool:
    """A participle ("adding", "remarking") set off from its head by a comma."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == GERUND_TAG
        and token.i > token.head.i  # so a word stands before the token
        and token.doc[token.i - 1].text == ","
    )


def _subordinate(verb: Token) -> bool:
    """A verb heading a clause opened by a subordinating conjunction ("after", "because"),
    under another verb; "as a guard walks in, saying …" keeps the participle with its clause,
    which happens meanwhile."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark" and c.pos_ == "SCONJ"]
    meanwhile = set(marks) & word_set("simultaneous_conjunction")
    return bool(marks) and not meanwhile and verb.dep_ in SUBORDINATE


def _through_preposition(head: Token) -> Token:
    """ "After saying …, she left", "… aside from saying …": a participle under a preposition
    shares the subject of the verb the preposition (or its adverb) modifies."""
    if head.dep_ != "prep" or head.pos_ != "ADP":
        return head
    above = head.head
    return above.head if above.dep_ == "advmod" and above.pos_ == "ADV" else above
