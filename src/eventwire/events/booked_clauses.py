"""Legal acts told with no doer named: "hours after the staffer was charged with battery",
"days before he was arrested", "a complaint was filed".

A clause of time or cause ("after", "when", "because", "despite") with a subject of its own
reports an act that happened, not the content of the main act, and a legal act is news even
when its doer goes unnamed: only the state's police, prosecutors and courts arrest, charge or
indict. So a past passive of booking ("was charged", "had been arrested") in such a clause is
coded as an act of its own, where other acts with no doer named stay the background of the
main one. A legal paper that "was filed" or "has been lodged" is likewise a particular act
told done, its filer unnamed ("the complaint was filed").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import LIGHT_VERBS, words
from eventwire.events.word_classes import BACKGROUND
from eventwire.parse.deps import AUXILIARY_DEPS

TIME_MARKS = BACKGROUND | words("event_words.tsv", "fact_mark")
BOOKING = words("event_arguments.tsv", "booking")  # arrest, charge, indict, summon
PAST_AUX = words("event_words.tsv", "past_aux")  # "was charged", "had been arrested"
PAPERS = words("event_words.tsv", "legal_paper")  # suit, complaint, charge, indictment
DONE_AUX = words("event_words.tsv", "done_aux")  # "was filed"; not "could be filed"


def booked_clause(head: Token) -> bool:
    """Whether the trigger tells a past legal act in a clause of time or cause with a subject of
    its own: a passive of booking done to that subject ("after the staffer was charged"), or a
    legal paper's filing ("after the complaint was filed", also read at "filed")."""
    verb = _booked_verb(head)
    if verb is None or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return False
    return any(c.dep_ in AUXILIARY_DEPS and c.lower_ in PAST_AUX for c in verb.children)


def _booked_verb(head: Token) -> Token | None:
    """The verb of booking or of filing a legal paper that the trigger is or is the paper of."""
    if filed_paper(head):
        return head.head
    if head.lemma_.lower() in BOOKING or any(filed_paper(c) for c in head.children):
        return head
    return None


def filed_paper(noun: Token) -> bool:
    """Whether the noun is a legal paper told put out in a past passive ("the complaint was
    filed", "charges were laid against him"), not one that may be ("could be filed")."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or noun.lemma_.lower() not in PAPERS:
        return False
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return False
    return any(c.dep_ == "auxpass" and c.lower_ in DONE_AUX for c in verb.children)
