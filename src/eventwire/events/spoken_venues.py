"""Where words are said is no party to them: "his famous demand in Berlin", "the pledge he
offered in Paris", "the parties agreed on the plan, reports reaching here said".

CAMEO aims an act that names no addressee at the country it happens in (`act_places`: "imposed
a curfew in Algiers"), because a measure laid on a place acts on its people. A demand, a pledge,
praise or blame is said somewhere, but the place is only the venue: the party it is aimed at
is whom the words are about or spoken to, and the text leaves it unsaid. Threats keep the
fallback ("threatened strikes in Syria" names the place they would hit).
"""

from __future__ import annotations

from eventwire.events.lexicon import VERDICT_TYPES

SPOKEN_TYPES = VERDICT_TYPES | {"REQUEST", "AGREE"}  # demands, pledges, praise, blame, denials


def said_at_a_venue(type_: str) -> bool:
    """Whether an act of this type is done in words, so the place it happens is its venue."""
    return type_ in SPOKEN_TYPES
