"""The body a person belongs to when their own description names it with a common noun, not
a name: "a member of parliament", "a leader of the rebels", "a spokesman for the army". NER
tags no organisation there, so the groups lexicon's noun says what kind of body it is."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.group_nouns import group_sector
from eventwire.actors.phrases import find_country
from eventwire.codes import role_lexicon
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.parse.tags import PLURAL_NOUN_TAG

MODIFIERS = frozenset({"det", "amod", "compound", "nmod", "poss"})


def body_codes(tokens: list[Token]) -> tuple[Code | None, Code] | None:
    """The country and sector of the first body noun that an "of"/"for"/"to" right after a member
    noun or a title any body has governs ("member of the Israeli parliament": ISR, LEG), or
    that owns one ("the union's president": CVL); not after other nouns ("sons of Cuban
    immigrants", "each of the holiday parties")."""
    window = {t.i for t in tokens}
    owners = [c for t in tokens for c in t.children if c.dep_ == "poss" and c.i not in window]
    window.update(t.i for owner in owners for t in owner.subtree)
    for token in [*tokens, *owners]:
        if not _serving_body(token):
            continue
        body = _shared_head(token)
        phrase = [t for t in token.doc[body.left_edge.i : body.i + 1] if t.i in window]
        sector = group_sector(phrase) if phrase else None
        if sector is not None:
            return find_country(token.doc, phrase), sector
    return None


def _serving_body(token: Token) -> bool:
    """ "leader of the rebels" (the object of "of"/"for"/"to" after a holder noun) or "the union's
    president" (the possessor of one)."""
    if token.dep_ == "poss":
        return _holder(token.head)
    preposition = token.head
    if token.dep_ != "pobj" or not _serving(preposition.lower_):
        return False
    return preposition.i > 0 and _holder(preposition.doc[preposition.i - 1])


def _shared_head(noun: Token) -> Token:
    """ "an adviser to media and tech start-ups": a bare noun coordinated with a modified plural
    noun modifies that noun's head too ("media start-ups and tech start-ups"), which names the
    kind of body; other nouns name it themselves."""
    other = next((c for c in noun.children if c.dep_ == "conj"), None)
    if other is None or any(c.dep_ in MODIFIERS for c in noun.children):
        return noun
    shared = other.tag_ == PLURAL_NOUN_TAG and any(c.dep_ == "compound" for c in other.children)
    return other if shared else noun


def _serving(word: str) -> bool:
    """ "member of", "spokesman for", "adviser to": a preposition whose object is the body
    that a holder noun serves."""
    return word in word_set("serving_preposition") or word in word_set("serving_person_preposition")


def _holder(noun: Token) -> bool:
    """ "member", or a one-word title that any body has ("leader", "spokesman")."""
    if noun.lower_ in word_set("body_member"):
        return True
    role = role_lexicon().get((noun.lower_,))
    return role is not None and role.role in word_set("organization_role")
