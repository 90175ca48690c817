"""An act noun's "by" phrase that the parse hangs on the verb governing it.

"The army repelled an offensive by FARC guerrillas": the parse often attaches "by FARC
guerrillas" to "repelled", not to "offensive". An active verb has no "by" doer of its own
(only a passive does), so a "by" phrase on an active verb whose object is an act noun names
that act's doers; without this the act is credited to the verb's subject (the army), who
only answered it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.passives import is_passive
from eventwire.events.phrase_links import pobjs


def misplaced_agents(noun: Token) -> list[Token]:
    """The doers an active verb's "by" phrase names for the act noun that is its object."""
    if noun.dep_ != "dobj" or is_passive(noun.head):
        return []
    return pobjs(noun.head, {"by"})
