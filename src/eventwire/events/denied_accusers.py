"""A denial that names no accuser answers the other side of the story: "Nigeria's government
denied that its forces opened fire first" (in a Cameroon-Nigeria border row: Cameroon).

"Deny that ..." rejects a charge; in a story about two states, a charge one of them denies
without saying whose is the other's, as the story's earlier accusations tell. A third state's
denial ("Paris denied that French troops were deployed") answers no one the sentence names.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.mention_reader import MentionReader
from eventwire.events.participant_sets import Sides
from eventwire.events.story_parties import story_pair

DENY = {"deny"}


def denied_accuser(reader: MentionReader, head: Token, sides: Sides) -> Sides:
    """A bare "denied that ..." of one of the story's two states: aimed at the other."""
    actors, recipients = sides
    if recipients or head.lemma_.lower() not in DENY or not _denies_clause(head):
        return sides
    deniers = {p.country for p in actors}
    pair = story_pair(reader, head)
    if len(deniers) != 1 or len({p.country for p in pair}) != len(pair) == 2:
        return sides
    others = [p for p in pair if p.country not in deniers]
    return (actors, others) if len(others) == 1 else sides


def _denies_clause(head: Token) -> bool:
    """ "denied that its forces fired first": a clause denied, no person or report named."""
    return any(c.dep_ == "ccomp" for c in head.children) and not any(
        c.dep_ in {"dobj", "dative"} for c in head.children
    )
