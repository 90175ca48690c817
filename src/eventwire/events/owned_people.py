"""People a possessive pronoun owns are their owner's: "his men", "its troops", "their
supporters" are of the country of whoever "his", "its", "their" stand for, as "Hun Sen's
troops" are Cambodia's (the actors stage reads a named owner; a pronoun's is read here, once
the pronoun is resolved). An armed owner's people share the owner's sector (a general's men
are MIL, a rebel leader's REB); otherwise the noun's own sector (`groups.tsv`: "troops" MIL,
"supporters" CVL) holds, and a noun with none ("men") takes the owner's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.lexicons import word_set
from eventwire.model import Evidence, Participant
from eventwire.parse.nlp import doc_text

if TYPE_CHECKING:
    from eventwire.events.participants import RoleReader

ARMED = {"MIL", "REB"}


def owned_people(reader: RoleReader, head: Token) -> Participant | None:
    """The group a possessive pronoun owns, of its owner's country, or None; the owner is
    the one the pronoun stands for in its sentence, else the subject of the sentence before
    ("Iraq massed tanks. Its troops crossed ...")."""
    own_sector = group_lexicon().get((head.lower_,))
    if own_sector is None and head.lower_ not in word_set("retinue_noun"):
        return None
    pronoun = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pronoun is None:
        return None
    owners = [*reader.modifiers(head, act=True), reader.previous_subject(pronoun)]
    owner = next((p for p in owners if p is not None and p.country), None)
    if owner is None:
        return None
    armed = owner.sector if owner.sector in ARMED else None
    span = head.doc[head.left_edge.i : head.i + 1]
    return Participant(
        name=span.text,
        country=owner.country,
        sector=armed or own_sector or owner.sector,
        mention=Evidence.of(doc_text(head.doc), span.start_char, span.end_char),
    )
