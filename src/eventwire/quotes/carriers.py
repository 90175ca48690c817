"""Messages that carry a speaker's words: "She released a statement saying …", "He shot back in
an article stating …", "told reporters in an interview that …".

The parser hangs the participle (or the that-clause) on the message noun, not on the verb of
the one who put the message out, so the participle has no subject of its own and the verb no
clause. A message (`message_noun` in `lexicons/word_lists.tsv`) that is the object of a
publishing, writing or expressing verb, or the object of "in" under a verb, speaks for that
verb's subject, and its that-clause is what the verb reports.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.tags import GERUND_TAG, VERB_POS

CARRYING_LISTS = ("publishing_verb", "writing_verb", "expressing_verb")
MEDIUM_PREPOSITIONS = {"in"}


def carrying_verb(cue: Token) -> Token | None:
    """The verb whose message the participle cue ("saying", "stating") describes, if any."""
    if cue.dep_ != "acl" or cue.tag_ != GERUND_TAG:
        return None
    return verb_of_message(cue.head)


def carried_clause(verb: Token) -> Token | None:
    """ "told reporters in a statement that …": the that-clause the parse hung on the message."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEDIUM_PREPOSITIONS:
            continue
        for message in prep.children:
            if message.dep_ == "pobj" and is_message(message):
                clauses = [c for c in message.children if c.dep_ == "acl" and opens_that(c)]
                if clauses:
                    return clauses[0]
    return None


def verb_of_message(message: Token) -> Token | None:
    """The verb that put the message out: the one it is the object of, or "in" hangs on."""
    if not is_message(message):
        return None
    head = message.head
    if message.dep_ == "dobj":
        return head if head.lemma_.lower() in _carrying_verbs() else None
    if message.dep_ == "pobj" and head.lower_ in MEDIUM_PREPOSITIONS:
        verb = head.head
        return verb if verb.pos_ in VERB_POS and head.dep_ == "prep" else None
    return None


@cache
def _carrying_verbs() -> frozenset[str]:
    return frozenset().union(*(word_set(name) for name in CARRYING_LISTS))


def is_message(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in word_set("message_noun")


def opens_that(clause: Token) -> bool:
    return clause.pos_ in VERB_POS and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    )
