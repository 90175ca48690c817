"""The doer of an act someone was kept from: "police blocked supporters from marching",
"soldiers prevented journalists from entering the town".

A gerund under "from" after a verb with a direct object is controlled by that object: those
blocked, barred or prevented are the ones who march or enter, not the subject who stops them
(who would otherwise be inherited through control, `verb_subjects`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.verb_arguments import objects
from eventwire.parse.tags import GERUND_TAG


def prevented_doers(verb: Token) -> list[Token]:
    """The object of the verb that keeps others from the gerund `verb`, if any."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != GERUND_TAG or prep.lower_ != "from":
        return []
    return objects(prep.head) if prep.head.pos_ == "VERB" else []
