"""Who holds a stance told by a predicate adjective: "the report was critical of Riyadh",
"Lisbon is opposed to Madrid's mediation".

The lexicon's stance adjectives ("opposed to", "committed to") often come as past participles
after "be", which the parse reads as a passive ("is opposed" with an "auxpass"). They describe
their subject's state, not something done to it: the subject holds the stance and is the
source; what the preposition names is the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import word_rows
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents
from eventwire.events.patterns import TriggerMatch
from eventwire.events.roles import verb_roles
from eventwire.model import Participant
from eventwire.parse.deps import AUXILIARY_DEPS
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import PARTICIPLE_TAG


def stance_predicate(match: TriggerMatch) -> bool:
    """An adjective trigger, a stance noun after a copula ("is a critic of"), or a doerless
    passive participle with the preposition the lexicon lists it with as an adjective ("is
    opposed to", "said it was opposed to"): a state, not an act."""
    head = match.head
    if head.pos_ == "ADJ":
        return True
    if head.pos_ == "NOUN" and head.dep_ == "attr":  # "has been a critic of Bush"
        return _listed_stance(head, head.lemma_.lower())
    be = any(c.dep_ == "auxpass" for c in head.children)  # not "troops committed to a war"
    stative = head.dep_ == "acomp" or (be and not agents(head))
    if head.tag_ != PARTICIPLE_TAG or not stative:
        return False
    return _listed_stance(head, head.lower_)


def _listed_stance(head: Token, word: str) -> bool:
    """The word with a preposition it governs is a stance the lexicon lists ("critic of")."""
    phrases = {t.words for t in word_rows(word, "A")}
    return any((word, c.lower_) in phrases for c in head.children if c.dep_ == "prep")


def stance_holders(reader: RoleReader, head: Token) -> list[Participant]:
    """The predicate's own subject (which the parse may hang on its "be"), else the subject
    of the copula it complements."""
    verbs = [head, *(c for c in head.children if c.dep_ in AUXILIARY_DEPS)]
    subjects = [c for v in verbs for c in clause_subjects(v)]
    if subjects:
        return [p for s in subjects for p in reader.phrase(s)]
    if head.head == head:
        return []
    sources = verb_roles(reader, head.head)[0]
    return sources or [p for s in _misread_patients(head.head) for p in reader.phrase(s)]


def _misread_patients(copula: Token) -> list[Token]:
    """ "he's been a critic of Bush": the parse can read "'s been" as a passive and its
    subject as a patient; "be" has no passive, so that patient is the one it is said of."""
    if copula.lemma_ != "be":
        return []
    return [c for c in copula.children if c.dep_ == "nsubjpass"]
