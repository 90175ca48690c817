"""A denial that names no accuser answers the other side of the story: "Nigeria's government
denied that its forces opened fire first" (in a Cameroon-Nigeria border row: Cameroon; in a
civil war, the army's denial answers the rebels).

"Deny that ..." rejects a charge; in a story about two states, a charge one of them denies
without saying whose is the other's, as the story's earlier accusations tell. A third state's
denial ("Paris denied that French troops were deployed") answers no one the sentence names.
A denial told as "said he had never touched her" answers the one it names as wronged.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.denials import denied_parties
from eventwire.events.home_pair import other_camp
from eventwire.events.lexicon import words
from eventwire.events.mediation import other_sides_of
from eventwire.events.mention_reader import MentionReader
from eventwire.events.participant_sets import Sides
from eventwire.events.story_parties import story_pair
from eventwire.parse.deps import VERB_OBJECT_DEPS

DENY = words("event_words.tsv", "denial_of_fact")  # deny, refute


def denied_accuser(reader: MentionReader, head: Token, sides: Sides) -> Sides:
    """A bare "denied that ..." of one of the story's two states: aimed at the other; "said
    he had never touched Fields": aimed at the one named."""
    actors, recipients = sides
    wronged = [p for c in head.children if c.dep_ == "ccomp" for p in denied_parties(c)]
    if not recipients and wronged:  # "said he had never touched Fields": Fields
        return actors, [p for w in wronged for p in reader.phrase(w) if p not in actors]
    if recipients or head.lemma_.lower() not in DENY or not _denies_clause(head):
        return sides
    pair = story_pair(reader, head)
    one_state_pair = len(pair) == 2 and pair[0].country == pair[1].country
    if len({p.country for p in actors}) != 1:
        return sides
    others = other_camp(pair, actors) if one_state_pair else other_sides_of(pair, actors)
    return (actors, others) if len(others) == 1 else sides


def _denies_clause(head: Token) -> bool:
    """ "denied that its forces fired first": a clause denied, no person or report named."""
    return any(c.dep_ == "ccomp" for c in head.children) and not any(
        c.dep_ in VERB_OBJECT_DEPS for c in head.children
    )
