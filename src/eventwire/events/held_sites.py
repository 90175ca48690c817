"""Military sites named by the group that holds them: "rebel positions", "militant camps".

"Troops shelled rebel strongholds in Darfur", "jets struck Syrian rebel positions": what is hit
is the group's (CAMEO codes the attack on the rebels, not on the country it happens in), but
the group is only a modifier of the site noun, so no actor is mentioned for it and the
target fell back to the place. The group takes its sector from the group lexicon
("militants": REB; only armed groups hold such sites, not "a refugee camp") and its country
from a demonym on the phrase ("Syrian") or else from the country the site or its verb is
placed in ("in Mali").
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from eventwire.codes import country_of, group_lexicon
from eventwire.events.lexicon import FORCE_SECTORS
from eventwire.events.word_classes import MILITARY_TARGETS
from eventwire.model import Evidence, Participant
from eventwire.parse.deps import NOUN_MODIFIER_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import doc_text

SITES = MILITARY_TARGETS  # "positions", "camps", "strongholds"
HOLDER_DEPS = NOUN_MODIFIER_DEPS
PLACE_PREPS = {"in", "near", "inside", "across"}
ARMED = FORCE_SECTORS  # who holds a position or a camp


class Reader(Protocol):
    def phrase(self, token: Token) -> list[Participant]: ...


def site_holders(reader: Reader, site: Token) -> list[Participant]:
    """The group a military site noun is named by, as a participant; [] for any other noun."""
    if not in_words(site, SITES):
        return []
    for holder in (c for c in site.children if c.dep_ in HOLDER_DEPS):
        sector = group_lexicon().get((holder.lower_ + "s",)) or group_lexicon().get(
            (holder.lower_,)
        )
        if sector in ARMED:
            start, end = holder.idx, holder.idx + len(holder)
            return [
                Participant(
                    name=holder.lower_ + ("" if holder.lower_.endswith("s") else "s"),
                    country=_demonym(site) or placed_in(reader, site),
                    sector=sector,
                    mention=Evidence.of(doc_text(site.doc), start, end),
                )
            ]
    return []


def _demonym(site: Token) -> str | None:
    """ "Syrian rebel positions": the country a demonym on the phrase names."""
    for child in site.children:
        country = country_of(child.text) if child.dep_ in HOLDER_DEPS else None
        if country is not None:
            return country.iso3
    return None


def placed_in(reader: Reader, site: Token) -> str | None:
    """The country the site, or the verb that hits it, is placed in ("camps in Iraq")."""
    for owner in (site, site.head):
        for prep in (c for c in owner.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
            places = [p for o in prep.children if o.dep_ == "pobj" for p in reader.phrase(o)]
            if places and places[0].country:
                return places[0].country
    return None
