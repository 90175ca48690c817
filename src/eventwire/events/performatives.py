"""Speech acts a speaker performs by saying them: "We condemn this attack," the minister said.

A quotation only asserts what others did ("They attacked our village," he said: claimed); but
when the speaker condemns, urges, rejects, promises or welcomes in the first person and the
present tense, the quotation is the act itself, and the article reports it as done.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import FIRST_PERSON
from eventwire.events.scope import SPEECH_ACTS

PERFORMABLE = SPEECH_ACTS | {"SUPPORT"}  # praise and welcome are said, too
PRESENT = {"VBP", "VBZ"}


def performed(head: Token, type_: str) -> bool:
    """Whether the trigger is a speech act the speaker does in saying it ("I urge", "we reject")."""
    if type_ not in PERFORMABLE or head.tag_ not in PRESENT:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return any(s.lower_ in FIRST_PERSON and s.pos_ == "PRON" for s in subjects)
