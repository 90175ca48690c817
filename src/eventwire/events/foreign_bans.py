"""A ban one state lays on another state's ships, flights, goods or officials is a sanction.

"Japan banned a North Korean ferry from its ports", "Poland barred Belarusian officials from
entering": CAMEO codes a restriction on another state's traffic or people as an embargo or
sanction (163, PLOVER SANCTION), where a government banning its own people's rallies or
parties is repression (172x, COERCE). The lexicon codes every ban as the second; which one the
sentence tells shows only once its sides are read: a state body or an international
organisation as the doer, and targets that all belong to a state other than the doer's.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.events.lexicon import code_table, words
from eventwire.events.patterns import TriggerMatch
from eventwire.model import Event, Participant

BANNING = words("event_words.tsv", "banning")  # ban, bar, prohibit, forbid, outlaw
RESTRICTIONS = {"172", "1722"}  # CAMEO: administrative sanctions, bans (COERCE)
EMBARGO = "163"  # CAMEO: impose embargo, boycott or sanctions
STATE_SECTORS = {"GOV", "LEG", "MIL", "IGO"}  # who can sanction another state


def foreign_ban(match: TriggerMatch, event: Event) -> TriggerMatch:
    """The match recoded as a sanction, and the event with it, when a state bans another
    state's things or people (module doc); any other ban is left as it is."""
    if match.code.cameo not in RESTRICTIONS or match.head.lemma_.lower() not in BANNING:
        return match
    if not _foreign(event.actors, event.recipients):
        return match
    code = replace(code_table()[EMBARGO], type="SANCTION")
    event.type, event.mode, event.cameo = code.type, code.mode, code.cameo
    event.context = list(code.context)
    return TriggerMatch(match.head, match.span, code, match.nominal)


def _foreign(doers: list[Participant], targets: list[Participant]) -> bool:
    """Doers are states or their bodies (or international bodies) and every target belongs to
    a state none of them belongs to."""
    if not doers or not targets or not all(p.sector in STATE_SECTORS for p in doers):
        return False
    own = {p.country for p in doers}
    return all(p.country and p.country not in own for p in targets)
