"""Acts told only by a party's own contested report: "Nigeria claimed its troops had killed 40
insurgents", "the army said it had destroyed three rebel camps".

`extract._adopted` takes an act its own doer announces as fact ("the ministry announced it had
accepted 10,000 refugees"). Two kinds of report stay claims (README: "only asserted by a source,
not established by the article"): one made with a verb of contention ("claimed", "insisted"),
which the writer uses to keep distance, and a party's report of its own armed action, which the
other side disputes as a rule in war reporting.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.lexicon import words
from eventwire.events.modality import reporting_verb
from eventwire.events.plover_types import ASSAULT
from eventwire.model import Participant

CONTENTIONS = words("modality_words.tsv", "contention")  # claim, insist, contend, maintain
CONTESTED_TYPES = {ASSAULT}  # a party's own battle report


def contested(head: Token, sentence: Span, type_: str, actors: list[Participant]) -> Token | None:
    """The reporting verb that leaves the act a claim though its doer reports it, if any."""
    verb = reporting_verb(head, sentence)
    if verb is None:
        return None
    if verb.lemma_.lower() in CONTENTIONS:
        return verb
    return verb if type_ in CONTESTED_TYPES and actors else None
