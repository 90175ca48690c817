"""Whom a hand can reach: the object of a verb of bodily force ("grabbed a photographer",
"shoved the protester", "yanked her arm", "punched a man in the face").

A named person or a political title (`lexicon.is_person`) is not the only one a blow lands
on: the victims of shoving at rallies are mostly unnamed protesters, reporters and
bystanders, and the thing grabbed is often a part of someone's body ("the arm of a
reporter"). Verbs such as "grab", "kick" or "yank" also take things ("grabbed the
nomination", "kicked the habit", "yanked the ad"), so only a person noun or a body part that
a person owns makes them a blow.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import PERSON_PRONOUNS, is_person, words
from eventwire.events.phrase_links import pobjs

BODY = "a body"  # argument word for a person or a person's body part as a verb's object
HUMAN_NOUNS = words("event_words.tsv", "human")  # protester, reporter, man, woman
BODY_PARTS = words("event_words.tsv", "body_part")  # arm, face, neck


def human(token: Token) -> bool:
    """A person: a name, a title, a person pronoun or a noun for one person or people."""
    return is_person(token) or (token.pos_ == "NOUN" and token.lemma_.lower() in HUMAN_NOUNS)


def bodily_object(obj: Token) -> bool:
    """A person, or a part of the body a person owns ("her arm", "the arm of a reporter")."""
    if human(obj):
        return True
    if obj.lemma_.lower() not in BODY_PARTS:
        return False
    owners = [c for c in obj.children if c.dep_ == "poss"] + pobjs(obj, {"of"})
    return any(human(o) or o.lower_ in PERSON_PRONOUNS for o in owners)  # "her arm"
