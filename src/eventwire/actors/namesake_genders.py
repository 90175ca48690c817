"""A known person matched by surname alone whom the text shows is someone else: "Menendez"
whom the article calls "she" twice is not Senator Bob Menendez. The known person's given name
tells their gender; the pronouns resolved to the actor tell the actor's. Where at least two
pronouns do and none agrees, the table's row is another person's, and the actor is coded from
the text alone; one pronoun may be a wrong link ("Hillary ... he")."""

from __future__ import annotations

from collections import Counter

from eventwire.actors.entry import KnownActor
from eventwire.given_names import gender_of_full_name
from eventwire.lexicons import word_map
from eventwire.model import Mention, MentionKind

MIN_PRONOUNS = 2  # pronouns that must tell the other gender, none this one
Genders = dict[str, Counter[str]]  # actor id → how many of its pronouns tell each gender


def pronoun_genders(mentions: list[Mention]) -> Genders:
    """How many pronouns of each gender ("m", "f": "she", "his") stand for each actor."""
    genders = word_map("pronoun_gender")
    told: Genders = {}
    for mention in mentions:
        gender = genders.get(mention.evidence.text.lower())
        if mention.kind == MentionKind.PRONOUN and gender:
            told.setdefault(mention.actor_id, Counter())[gender] += 1
    return told


def other_gender(found: KnownActor, told: Counter[str]) -> bool:
    """Whether the pronouns tell, enough times, only a gender that the known person's given
    name does not."""
    known = gender_of_full_name(found.name)
    return known is not None and not told[known] and told.total() >= MIN_PRONOUNS
