"""People a possessive pronoun owns are their owner's: "his men", "its troops", "their
supporters" are of the country of whoever "his", "its", "their" stand for, as "Hun Sen's
troops" are Cambodia's (the actors stage reads a named owner; a pronoun's is read here, once
the pronoun is resolved). An armed owner's people share the owner's sector (a general's men
are MIL, a rebel leader's REB); otherwise the noun's own sector (`groups.tsv`: "troops" MIL,
"supporters" CVL) holds, and a noun with none ("men") takes the owner's."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.lexicon import pronoun_owner
from eventwire.lexicons import word_set
from eventwire.model import Evidence, Participant
from eventwire.parse.nlp import doc_text
from eventwire.parse.stance_nouns import names_stance
from eventwire.sectors import MILITARY, REBELS

ARMED = {MILITARY, REBELS}


def owning_pronoun(head: Token) -> Token | None:
    """The possessive pronoun on a group noun ("his men", "its troops"), or None; "his
    opposition" is what he thinks, no people of his (`names_stance`)."""
    if group_lexicon().get((head.lower_,)) is None and head.lower_ not in word_set("retinue_noun"):
        return None
    return None if names_stance(head) else pronoun_owner(head)


def owned_people(head: Token, owner: Participant) -> Participant:
    """The group a pronoun's owner has, of the owner's country (module doc on its sector)."""
    armed = owner.sector if owner.sector in ARMED else None
    span = head.doc[head.left_edge.i : head.i + 1]
    return Participant(
        name=span.text,
        country=owner.country,
        sector=armed or group_lexicon().get((head.lower_,)) or owner.sector,
        mention=Evidence.of(doc_text(head.doc), span.start_char, span.end_char),
    )
