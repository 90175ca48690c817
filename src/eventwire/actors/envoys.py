"""Envoys posted to a state: "the new ambassador to Canada" serves the state that sends them.

The state after "to" is the host, so a text that names no other country says nothing of the
envoy's own: the lone-country and setting defaults (which give an untitled official the one
country a text is set in) must not give the envoy its host's country. A home country (a
dateline) or the envoy's own words ("the U.S. ambassador to Japan") still code it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.lexicons import word_set
from eventwire.model import Actor
from eventwire.parse.nlp import expanded_span

POSTED_TO = "to"


def posted_abroad(actor: Actor, doc: Doc) -> bool:
    """Whether the actor's role is an envoy's, posted "to" a state in its own words; one posted
    to a body ("the ambassador to the UN") has no host state to be confused with."""
    role = actor.role
    if role is None or role.value not in word_set("envoy_role") or role.evidence is None:
        return False
    span = expanded_span(doc, role.evidence.start, role.evidence.end)
    words = list(span) if span is not None else []
    posts = [c for t in words for c in t.children if c.dep_ == "prep" and c.lower_ == POSTED_TO]
    return any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for p in posts for o in p.children)
