"""The named actors a passive's patients stand for, pronouns included: the actors stage links
only people's pronouns, so "it" and "they" are read through the events' own antecedents
("Hale's team was clearing mines when it was attacked" is aimed at the team); a possessed
homeland names its owner's country ("our nation was attacked", `homelands`), and an owned
thing its owner ("his plan was rejected"); a bare count stands for the people it counts ("Of
the eight victims, three were stabbed", `counted_victims`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.counted_victims import counted_noun
from eventwire.events.homelands import homeland
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.owned_things import is_thing
from eventwire.events.participants import THIRD_PERSON, RoleReader
from eventwire.model import Participant


def named_patients(reader: RoleReader, heads: list[Token]) -> list[Participant]:
    """The actors the heads' mentions name, or a third-person pronoun's antecedent where the
    pronoun has no mention; only actors the text names (`RoleReader.named`) or civilians the
    story places (`RoleReader.set_here`)."""
    found, lands = [], []
    for head in map(counted_noun, heads):
        if reader.in_dateline(head):  # "NAIROBI, Kenya (AP) -- Ten people were killed"
            continue
        mention = reader.mention_at(head)
        if mention is not None:
            found.append(reader.participant(mention))
        elif head.lower_ in THIRD_PERSON:
            found.extend(reader.phrase(head))
        elif owned := _thing_owners(head):
            found.extend(p for t in owned for p in reader.phrase(t))
        else:
            lands.extend(p for p in [homeland(reader, head)] if p is not None)
    named = [
        p for p in found if p.actor_id and (reader.named(p.actor_id) or reader.set_here(p.actor_id))
    ]
    return named + lands


def _thing_owners(head: Token) -> list[Token]:
    """ "his plan was criticized", "Obama's record was praised": a thing done to stands for its
    owner (`owned_things`); an act's owner may be its victim ("his arrest") and is left out."""
    if not is_thing(head) or noun_triggers(head):
        return []
    return [c for c in head.children if c.dep_ == "poss"]
