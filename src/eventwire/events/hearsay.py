"""Acts the article tells only as hearsay: "rebels allegedly attacked the convoy", "the army
reportedly shelled the town", "Iran is said to have attacked the tankers", "the rebels are
believed to have killed 12": an evidential adverb on the act, or a passive verb of saying or
believing over it ("the men suspected of bombing the train"), says that unnamed others assert
the act and the article does not establish it (claimed). The passive's subject is the doer,
never the one who says it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.accused_acts import charged_by
from eventwire.events.lexicon import words
from eventwire.parse.tags import PARTICIPLE_TAG

HEARSAY = words("modality_words.tsv", "hearsay")  # allegedly, reportedly; said, believed to


def hearsay(head: Token) -> Token | None:
    """The adverb or passive verb that tells the act as hearsay, if any."""
    verb = head.head if head.dep_ == "dobj" else head  # "reportedly launched an attack"
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in HEARSAY), None)
    if adverb is not None:
        return adverb
    if verb.dep_ == "xcomp" and _passive_teller(verb.head):
        return verb.head
    return suspected_of(verb) or charged_by(head)  # "accused police of arresting them"


def suspected_of(verb: Token) -> Token | None:
    """ "the men suspected of bombing the train", "who are suspected of blowing up a jet": a
    suspicion held by unnamed others, its act a gerund after "of"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return None
    teller = verb.head.head
    return teller if _passive_teller(teller, participle=True) else None


def _passive_teller(teller: Token, participle: bool = False) -> bool:
    """A verb of saying or believing in the passive ("is said to"), or with `participle` also
    as a bare past participle ("the men suspected of")."""
    passive = participle and teller.tag_ == PARTICIPLE_TAG
    passive = passive or any(c.dep_ == "auxpass" for c in teller.children)
    return passive and teller.lemma_.lower() in HEARSAY
