"""The party whose proposal is answered is the target, not the parties its content names.

"Colombia rejected a Venezuelan proposal for talks with the FARC": the rejection answers
Venezuela; the FARC is named inside the act the proposal asks for ("talks with the FARC"),
which is what was proposed, not to whom the answer goes. So when a verb's object names its
owner (a possessor or a country word: "a Venezuelan plan", "Egypt's offer") and carries an
act noun of its own ("for talks", "of mediation", "for a ceasefire"), the parties named
inside that act noun's phrase are dropped from the targets. An object naming no owner ("a
proposal for talks with the FARC") still passes its parties on.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.complements import act_types
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import patients
from eventwire.model import Participant

CONTENT_PREPS = {"for", "of", "on"}  # "a proposal for talks", "an offer of mediation"


def beside_content(
    reader: RoleReader, head: Token, recipients: list[Participant]
) -> list[Participant]:
    """The recipients less those named inside the act an owned object proposes (the content
    is looked for first: reading an object's owner costs more, and few objects carry one)."""
    if not recipients:
        return recipients
    # "rejected a plan", "a plan was rejected"
    objects = [c for c in patients(head) if c.pos_ == "NOUN"]
    carried = [(obj, _content_spans(obj)) for obj in objects]
    spans = [span for obj, found in carried if found and reader.phrase(obj) for span in found]
    if not spans:
        return recipients
    kept = [p for p in recipients if not any(a <= p.mention.start < b for a, b in spans)]
    return kept if kept else recipients


def _content_spans(obj: Token) -> list[tuple[int, int]]:
    """Character spans of the act nouns' phrases the object carries ("for talks with X")."""
    acts = [n for n in pobjs(obj, CONTENT_PREPS) if act_types(n)]
    return [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge)) for a in acts]
