"""A party's members in a legislature, named by chamber and party ("House Democrats",
"congressional Republicans", "Senate GOP"): legislators (LEG), not the party (PTY) that the
known-actor table would make of the party's name alone, nor the chamber itself."""

from __future__ import annotations

from eventwire.actors.phrases import code
from eventwire.actors.vessels import VesselMentions
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import entity_at, tokens_in

LEGISLATORS = "LEG"


class ChamberPartyMentions(VesselMentions):
    """Finds chamber-and-party groups before organisations claim the party's name."""

    def _find_chamber_parties(self) -> None:
        doc = self.doc
        for chamber in tokens_in(doc, word_set("chamber_modifier")):
            end = chamber.i + 2
            if end > len(doc) or doc[chamber.i + 1].lower_ not in word_set("party_members"):
                continue
            named = entity_at(chamber)
            if named is not None and named.start < chamber.i:  # "White House Democrats"
                continue  # the word ends a longer name, not a chamber's
            if chamber.lower_ in word_set("chamber_name") and not chamber.is_title:
                continue  # "house" as a common noun is no chamber
            if doc[chamber.i + 1].dep_ == "compound":  # "Senate GOP leaders": the leaders'
                continue
            span = doc[chamber.i : end]
            if not self.free(span):
                continue
            sector = code(doc, LEGISLATORS, chamber.idx, chamber.idx + len(chamber))
            key = f"chamber:{span.text.lower()}"
            self._add(MentionKind.NAME, ActorType.GROUP, span, key=key, sector=sector)
