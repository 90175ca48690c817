"""A subject described by a relative clause or an apposition, then its verb: "Russia, which has
bases in both countries, called on ...", "China, a close ally, urged ...". The parser often
reads the finite past verb after the closing comma as a participle modifying the last noun
("bases called on"), leaving the sentence with a noun for its root; that noun is the verb's
subject, not what was done to."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.tags import NOUN_POS, PAST_TAGS

DESCRIPTIONS = {"relcl", "appos"}
OWN_SUBJECT_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass"}


def described_subject(verb: Token) -> Token | None:
    """The noun root a past verb after its description's closing comma tells of, else None."""
    if verb.dep_ != "acl" or verb.tag_ not in PAST_TAGS or verb.i == 0:
        return None
    root = verb.sent.root
    if root.pos_ not in NOUN_POS or root.i >= verb.i or verb.nbor(-1).text != ",":
        return None
    if any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children):
        return None
    described = [c for c in root.children if c.dep_ in DESCRIPTIONS and c.i < verb.i]
    inside = verb.head == root or any(verb.head in c.subtree for c in described)
    return root if described and inside else None
