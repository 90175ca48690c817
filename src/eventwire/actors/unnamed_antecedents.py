"""Pronouns whose nearest antecedent is a person the article does not name.

"The witness said the driver accelerated as he was mowing people down", "someone who believed
that if he killed the president": "he" is the driver, the someone, a person who is no actor.
Linking such a pronoun to the last named person before it (the president quoted a paragraph
earlier) gives an act a doer the text never names; coders leave that side empty. So a personal
pronoun is left unlinked when, reading back through its own sentence, the first word that can
be its antecedent is a common noun for one unnamed person rather than an actor's mention.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.candidates import Candidate
from eventwire.events.antecedents import stand_in
from eventwire.lexicons import word_set
from eventwire.model import ActorType

SUBJECTS = {"nsubj", "nsubjpass"}


def pronoun_marks(pronoun: Token, gender: str, candidates: list[Candidate]) -> dict[str, str]:
    """What coreference reads of a personal pronoun: its gender, and whether it is unnamed."""
    return {"gender": gender, "unnamed": "yes" * unnamed_antecedent(pronoun, candidates)}


def unnamed_antecedent(pronoun: Token, candidates: list[Candidate]) -> bool:
    """Whether the nearest word before the pronoun, in its sentence, that could be what it
    stands for is a bare noun for one unnamed person ("the driver", "someone") rather than an
    actor's mention; a pronoun object skips its own clause's subject ("the driver hit him")."""
    for word in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        word = stand_in(word)
        if _own_subject(pronoun, word):
            continue
        covering = [c for c in candidates if c.start <= word.idx < c.end]
        if any(c.type == ActorType.PERSON for c in covering):
            return False
        if not covering and _unnamed_person(word):
            return True
    return False


def _unnamed_person(word: Token) -> bool:
    """One person named by a common noun or indefinite pronoun ("the driver", "someone")."""
    nouns = word_set("unnamed_person") | word_set("kin_noun")
    return word.tag_ in {"NN", "NNP", "PRP"} and word.lower_ in nouns


def _own_subject(pronoun: Token, word: Token) -> bool:
    """The subject of the clause a non-subject pronoun belongs to: never what it stands for."""
    return pronoun.dep_ not in SUBJECTS and word.dep_ in SUBJECTS and word.head == pronoun.head
