"""A gerund that names no party is a topic, not a reported act.

"the conversation has pivoted to allowing casinos", "a tool allowing users to tell readers",
"more important than defending the nation", "Demanding equality.": a bare -ing form of an act
of words, giving or moving (`confidence.PARTY_TYPES`) whose doer and target are both untold,
in its phrase and in the clause it hangs on, speaks of the act in general. A reported act is
someone's ("Castro allowed Cubans to ...", "criticizing Trump, she said"), and a progressive
is told happening ("what some are criticizing as a photo op"), as is a gerund aimed at a
person its pronoun object names ("impassioned in blasting me"); violence and coercion are told
without their doers and are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Participant

GERUND = "VBG"
AUXILIARIES = {"aux", "auxpass"}


def partyless_gerund(
    verb: Token, nominal: bool, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """The trigger is a verb's bare -ing form and no party of its act is told."""
    if nominal or verb.tag_ != GERUND or actors or recipients:
        return False
    return not any(c.dep_ in AUXILIARIES or _aimed_at_a_person(c) for c in verb.children)


def _aimed_at_a_person(child: Token) -> bool:
    """A personal pronoun as the object ("blasting me", "defending them")."""
    return child.dep_ == "dobj" and child.tag_ == "PRP"
