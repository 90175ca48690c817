"""Who a legal action is brought against: "Slovakia filed a suit against Austria", "Ecuador
brought the case to the International Court of Justice in its dispute with Colombia".

A lawsuit (CAMEO 115) is aimed at the opposing party, named by "against" (on the verb or on the
case itself) or as the other side of the dispute the case is brought in; the court that hears it
("to", "before", "at", "in" the court) is the forum, not the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import LAWSUIT
from eventwire.events.lexicon import words
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import patients

FORUM_PREPS = {"to", "before", "at", "in"}  # "brought the case to the court": where it is heard
DISPUTES = words("event_words.tsv", "dispute")  # dispute, row, conflict: "its dispute with X"


def lawsuit_sides(reader: RoleReader, head: Token, cameo: str, sides: Sides) -> Sides:
    """The sides of a legal action with the opposing party as its target, never the court."""
    if cameo != LAWSUIT:
        return sides
    holders = [head, *patients(head)]  # "filed a suit", "a suit was filed"
    opponents = [t for h in holders for t in [*pobjs(h, {"against"}), *_disputed(h)]]
    opponents += [t for r in sought_reliefs(holders) for t in pobjs(r, {"against"})]
    if opponents:
        return split_roles(sides[0], [p for t in opponents for p in reader.phrase(t)])
    forum = [t for h in holders for t in pobjs(h, FORUM_PREPS)]
    return split_roles(sides[0], [p for p in sides[1] if not _within(p.mention.start, forum)])


def sought_reliefs(holders: list[Token]) -> list[Token]:
    """ "a suit for damages against X": the relief a filing seeks, which the parser may make
    the head of the "against" party; the party, not the relief, is the target."""
    return [r for h in holders for r in pobjs(h, {"for"})]


def _disputed(holder: Token) -> list[Token]:
    """ "in its dispute with Colombia", "over its row with Chile": the other side."""
    disputes = [t for t in pobjs(holder, {"in", "over"}) if t.lemma_.lower() in DISPUTES]
    return [t for d in disputes for t in pobjs(d, {"with"})]


def _within(start: int, phrases: list[Token]) -> bool:
    """Whether a mention that starts at this character lies in one of the noun phrases."""
    return any(t.left_edge.idx <= start <= t.right_edge.idx for t in phrases)
