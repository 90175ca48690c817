"""A verb the small model tags as a noun after "to" and adverbs, given back its infinitive:
"went to once again rail against Congress" reads "rail" as a noun after the preposition "to".
The word gets its verb tag and the tree an infinitive has, with "to" as its marker."""

from __future__ import annotations

from spacy.lookups import Lookups
from spacy.tokens import Token

from eventwire.parse.tags import ADVERB_TAG, BASE_FORM_TAG, NOUN_TAG, PARTICLE_POS, TO_TAG, VERB_POS
from eventwire.parse.verb_retags import BARE_NOUN_BLOCKERS, retag, verb_lemma


def verb_after_to(lookups: Lookups, token: Token) -> str | None:
    """The verb a bare singular noun after "to" and one or more adverbs stands for, the verb
    of an infinitive: "to once again rail against", "to publicly denounce" ("to court", "to
    work" have no adverb between and stay as parsed)."""
    if token.tag_ != NOUN_TAG or any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
        return None
    start = token.i - 1
    while start > 0 and token.doc[start].tag_ == ADVERB_TAG:
        start -= 1
    marker = token.doc[start]
    adverbs = start < token.i - 1
    infinitive = adverbs and marker.lower_ == "to" and verb_lemma(lookups, token) == token.lower_
    return token.lower_ if infinitive else None


def make_infinitive(verb: Token, lemma: str) -> None:
    """ "went to once again rail": the verb completes the word "to" hung on, "to" marks it
    (where the parse already hung "to" on the verb, or the verb governs it, only the tag was
    wrong); where "to" was the root, the verb becomes the root."""
    marker = next(t for t in reversed(verb.doc[: verb.i]) if t.lower_ == "to")
    governor = marker.head
    retag(verb, BASE_FORM_TAG, lemma)
    if governor == verb or verb.is_ancestor(governor):
        return
    verb.head = verb if governor == marker else governor
    verb.dep_ = _completion(verb, governor)
    marker.head = verb
    marker.dep_, marker.tag_, marker.pos_ = "aux", TO_TAG, PARTICLE_POS


def _completion(verb: Token, governor: Token) -> str:
    """The label of the repaired infinitive: the root where it now heads its sentence, else
    the complement of a verb or the clause of a noun."""
    if verb.head == verb:
        return "ROOT"
    return "xcomp" if governor.pos_ in VERB_POS else "acl"
