"""Bodies of a known international organisation named by a common noun after it: "the U.N.
refugee agency", "the EU border agency", "the U.N. nuclear watchdog". The body acts, not the
whole organisation: it is an actor of its own, named with its words and coded as its parent
(`_find_units` does the same for a capitalised unit name, "Senate Foreign Relations
Committee")."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.phrases import code, possessives
from eventwire.codes import organization_lexicon
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.sectors import INTERNATIONAL

MAX_BODY_MODIFIERS = 3  # "human rights", "children 's"


def find_agency_bodies(finder: MentionCollector, known: list[Span]) -> None:
    """Add each known organisation's body named by a lower-case noun phrase after it."""
    lexicon = organization_lexicon()
    for parent in known:
        org = lexicon[parent.text]
        if org.sector != INTERNATIONAL:
            continue  # an international body's agencies act apart from it; a state's, a firm's
            # ("the Xinhua news agency", "the FBI office") are the body itself
        body = _body_after(parent)
        if body is None or not finder.free(body):
            continue
        evidence = (parent.start_char, parent.end_char)
        country = code(finder.doc, org.country, *evidence) if org.country else None
        sector = code(finder.doc, org.sector, *evidence)
        key = body.text.lower()
        finder.add(
            MentionKind.NAME, ActorType.ORGANIZATION, body, key=key, country=country, sector=sector
        )


def _body_after(parent: Span) -> Span | None:
    """ "U.N. refugee agency": the parent through a body noun that its words modify, the
    modifiers lower-case common words."""
    doc = parent.doc
    for at in range(parent.end, min(parent.end + MAX_BODY_MODIFIERS + 1, len(doc))):
        token = doc[at]
        if token.lower_ in word_set("organisation_body_noun") and token.is_lower:
            return doc[parent.start : at + 1] if token.is_ancestor(parent[-1]) else None
        if not (token.is_lower and token.is_alpha) and token.text not in possessives():
            return None
    return None
