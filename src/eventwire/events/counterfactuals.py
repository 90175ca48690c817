"""What "would have" happened did not happen: no threat, and no act an analyst counts.

"The mayor said he would have fired the chief if he had known", "a strike that could have
saved them", "they would have killed us": a modal with a perfect "have" over the act tells an
act that did not take place. It warns no one of what a party will do, so it is no threat
(`conditional_threats`), and it is told as a possibility, hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.tags import MODAL_TAG, PARTICIPLE_TAG
from eventwire.parse.tenses import auxiliaries

MODALS = words("modality_words.tsv", "hypothetical")  # would, could, might, may, should


def counterfactual(verb: Token) -> bool:
    """Whether the verb is a participle under a modal and a perfect "have" ("would have
    fired"), or a verb joined to one ("would have split and fled")."""
    if verb.dep_ == "conj" and not auxiliaries(verb):
        verb = verb.head
    auxes = auxiliaries(verb)
    modal = any(a.tag_ == MODAL_TAG and a.lower_ in MODALS for a in auxes)
    perfect = any(a.lemma_.lower() == "have" for a in auxes)
    return verb.tag_ == PARTICIPLE_TAG and modal and perfect
