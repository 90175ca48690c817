"""The body a person belongs to when their own description names it with a common noun, not
a name: "a member of parliament", "a leader of the rebels", "a spokesman for the army". NER
tags no organisation there, so the groups lexicon's noun says what kind of body it is."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.phrases import find_country, group_sector
from eventwire.codes import role_lexicon
from eventwire.lexicons import word_set
from eventwire.model import Code


def body_codes(tokens: list[Token]) -> tuple[Code | None, Code] | None:
    """The country and sector of the first body noun that an "of"/"for" right after a member
    noun or a title any body has governs ("member of the Israeli parliament": ISR, LEG), or
    that owns one ("the union's president": CVL); not after other nouns ("sons of Cuban
    immigrants", "each of the holiday parties")."""
    window = {t.i for t in tokens}
    owners = [c for t in tokens for c in t.children if c.dep_ == "poss" and c.i not in window]
    window.update(t.i for owner in owners for t in owner.subtree)
    for token in [*tokens, *owners]:
        if not _serving_body(token):
            continue
        phrase = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.i in window]
        sector = group_sector(phrase) if phrase else None
        if sector is not None:
            return find_country(token.doc, phrase), sector
    return None


def _serving_body(token: Token) -> bool:
    """ "leader of the rebels" (the object of "of"/"for" after a holder noun) or "the union's
    president" (the possessor of one)."""
    if token.dep_ == "poss":
        return _holder(token.head)
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in word_set("serving_preposition"):
        return False
    return preposition.i > 0 and _holder(preposition.doc[preposition.i - 1])


def _holder(noun: Token) -> bool:
    """ "member", or a one-word title that any body has ("leader", "spokesman")."""
    if noun.lower_ in word_set("body_member"):
        return True
    role = role_lexicon().get((noun.lower_,))
    return role is not None and role.role in word_set("organization_role")
