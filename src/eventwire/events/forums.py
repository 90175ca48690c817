"""A complaint filed with a forum against a party: "lodged a protest with the UN against
Ecuador", "filed a complaint against Slovakia with the European Court". The accused, the
"against" object wherever the parser hangs it (on the noun, its light verb, the forum, or the
relief a formal complaint or suit seeks: "a complaint for declaratory relief against X"), is
the target; the court, commission or council the complaint is filed with only hears it."""

from __future__ import annotations

from eventwire.events.cameo_codes import LAWSUIT, OFFICIAL_COMPLAINT
from eventwire.events.lawsuits import sought_reliefs
from eventwire.events.light_verbs import light_verb
from eventwire.events.participant_sets import unique
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE
from eventwire.lexicons import word_set
from eventwire.model import Participant

FORUM_PREPS = word_set("forum_preposition")
FILINGS = (OFFICIAL_COMPLAINT, LAWSUIT)  # a formal complaint or suit names the relief it seeks


def accused_not_forum(
    reader: RoleReader, match: TriggerMatch, recipients: list[Participant]
) -> list[Participant]:
    """The recipients of a nominal accusation with the forum replaced by the accused, when
    the text names one "against" whom it is filed; else the recipients as found."""
    if match.code.type != ACCUSE or not match.nominal:
        return recipients
    verb = light_verb(match.head)
    owners = [match.head] if verb is None else [match.head, verb]
    forums = [f for owner in owners for f in pobjs(owner, FORUM_PREPS)]
    sought = sought_reliefs(owners) if match.code.cameo in FILINGS else []
    holders = owners + forums + sought  # "a suit for damages against X": not the damages
    accused = [p for o in holders for t in pobjs(o, {"against"}) for p in reader.phrase(t)]
    if not accused:
        return recipients
    heard = {p.name for forum in forums for p in reader.phrase(forum)}
    return unique([p for p in recipients if p.name not in heard] + accused)
