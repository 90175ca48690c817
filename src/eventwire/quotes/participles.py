"""Who a participle modifying a noun reports for: "Erin Roe, the activist, saying she …", "A
petition calling on him to …": a participle on the sentence's subject has that noun for its
understood subject, so the noun speaks. On an object ("issued a paper welcoming …", "emailed
supporters saying …") the parse may have hung the main verb's participle there, so an object
is no speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import GERUND_TAG, NOUN_POS

SUBJECT_PLACES = {"nsubj", "nsubjpass", "ROOT", "appos"}


def described_noun(participle: Token) -> Token | None:
    """The noun that says what the participle ("saying", "calling") reports, if any."""
    head = participle.head
    if participle.dep_ != "acl" or participle.tag_ != GERUND_TAG or head.pos_ not in NOUN_POS:
        return None
    if head.dep_ not in SUBJECT_PLACES or "\n" in doc_text(head.doc)[head.idx : participle.idx]:
        return None  # the small model's parse may run over a paragraph break
    return _of_whom(head, participle)


def _of_whom(head: Token, participle: Token) -> Token:
    """ "The share of voters saying …": the people counted, not the count, say it."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < participle.i:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            return objects[0] if objects else head
    return head
