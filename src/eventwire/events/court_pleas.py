"""A named party's plea to a court in prospect: a legal step it holds out, coded hypothetical.

"The relatives could appeal the ruling", "the family may request a rehearing before the
panel": the party that may take a case to court tells a step it keeps open, as a lawsuit it
may bring is (`conditional_threats.hypothetical` keeps both, with hypothetical modality),
where "could help the campaign" or "could appeal to moderates" only muses on what may happen.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.legal_acts import is_judicial
from eventwire.events.lexicon import words
from eventwire.events.matches import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import REQUEST
from eventwire.events.verb_arguments import objects
from eventwire.model import Participant

COURT_PLEAS = words("event_words.tsv", "court_plea")  # appeal, rehearing, stay, injunction
PLEA = REQUEST


def court_plea(match: TriggerMatch, actors: list[Participant]) -> bool:
    """A request by a named party whose object is a plea a court hears ("request a rehearing",
    "seek a stay") or an appeal of a decision or to a court ("could appeal the ruling", "may
    appeal to the Supreme Court"), not an appeal to a party ("appeal to voters")."""
    verb = match.head
    if match.nominal or match.code.type != PLEA or not actors:
        return False
    if any(o.lemma_.lower() in COURT_PLEAS for o in objects(verb)):
        return True
    return verb.lemma_.lower() in COURT_PLEAS and _appeals_a_case(verb)


def _appeals_a_case(verb: Token) -> bool:
    """ "appeal the ruling", "appeal to the Supreme Court", or "appeal" with no one appealed
    to; "appeal to voters" asks a party instead."""
    courts = pobjs(verb, {"to"})
    return bool(objects(verb)) or not courts or any(map(is_judicial, courts))
