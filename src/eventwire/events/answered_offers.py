"""An offer answered in the same sentence: "X said he was ready to meet Y, but officials in Y's
capital said no meeting was planned".

The answer names the act offered by its noun ("no meeting", "no talks") and no party: it is the
same act between the same parties, now negated, and it is coded as a mention of its own (every
mention is coded), not dropped as a restatement with no participants.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import word_types, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ACCUSE, AGREE, REJECT, REQUEST
from eventwire.model import Event, Modality

OFFERS = {AGREE}  # willingness, offers and promises of an act
ANSWERED = {ACCUSE, REJECT, REQUEST}  # blame, opposition, demands: what a reply answers
OFFER_NOUNS = words("event_words.tsv", "offer_noun")  # offer, overture


def answered_offer(event: Event, match: TriggerMatch, found: list[tuple[Token, Event]]) -> None:
    """Give a negated act noun with no parties the parties of an earlier offer of that act in
    the sentence ("ready to meet Y, but ... no meeting was planned")."""
    if not match.nominal or event.modality != Modality.NEGATED or event.actors or event.recipients:
        return
    for head, offer in found:
        if offer.type in OFFERS and offer.actors and _offers(head, event.type):
            event.actors, event.recipients = list(offer.actors), list(offer.recipients)
            return


def _offers(head: Token, type_: str) -> bool:
    """Whether the offer's own clause holds a verb of that act type ("ready to meet")."""
    verbs = [t for t in head.subtree if t.pos_ == "VERB" and t.dep_ == "xcomp"]
    return any(type_ in word_types(v.lemma_.lower()) for v in verbs)


def answered_by_reply(match: TriggerMatch) -> bool:
    """Blame, opposition, a demand, or an offer named by its noun ("rejected Trump's offer"):
    what a reply answers, coded where it is made, not again as the reply's object (`scope`)."""
    return match.code.type in ANSWERED or match.head.lemma_.lower() in OFFER_NOUNS
