"""A part of a state's body named with its "of" phrase: "the upper house of the Dutch
parliament", "deputies of the Polish parliament", "the leadership of the Iranian army".

The part has no country word of its own, so coding would give it the story's home (the
dateline's Brussels made the Dutch upper house Belgian); it is the body's part and acts for
the body's state. A part is a group of the body's own sector (a chamber or deputies of a
legislature, soldiers of an army) or its staff (officials, members, leaders); other groups
"of" a body are not in it ("critics of the government", "victims of the army").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.candidates import Candidate
from eventwire.lexicons import word_set
from eventwire.model import ActorType
from eventwire.parse.nlp import doc_text

BODY_TYPES = {ActorType.GROUP, ActorType.ORGANIZATION}


def owning_body(span: Span, sector: str, candidates: list[Candidate]) -> Candidate | None:
    """The state body with a country whose "of" phrase follows the group's noun and which
    the group is part of (module doc), or None."""
    head = span[-1]
    found = _of_object(head)
    if found is None:
        return None
    body = next((c for c in candidates if _covers(c, found) and c.type in BODY_TYPES), None)
    if body is None or body.country is None or body.sector is None:
        return None
    if body.sector.value not in word_set("state_sector"):
        return None
    staff = head.lower_ in word_set("staff_noun")
    return body if staff or body.sector.value == sector else None


def _of_object(head: Token) -> Token | None:
    """The object of the "of" right after the noun, hung on it ("the upper house of the X")."""
    after = head.i + 1
    if after >= len(head.doc) or head.doc[after].lower_ != "of":
        return None
    preposition = head.doc[after]
    if preposition.dep_ != "prep" or preposition.head != head:
        return None
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _covers(candidate: Candidate, token: Token) -> bool:
    return candidate.start <= token.idx < candidate.end


def part_name(span: Span, body: Candidate) -> str:
    """The part named with its body, without a leading article ("upper house of the Dutch
    parliament"), as readers name it."""
    words = span[1:] if len(span) > 1 and span[0].lower_ in word_set("article") else span
    return doc_text(span.doc)[words.start_char : body.end]
