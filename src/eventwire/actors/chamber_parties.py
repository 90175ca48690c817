"""A party's members in a legislature, named by chamber and party ("House Democrats",
"congressional Republicans", "Senate GOP", "Democrats in Congress"): legislators (LEG), not
the party (PTY) that the known-actor table would make of the party's name alone, nor the
chamber itself."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from eventwire.actors.known_rows import builtin_rows
from eventwire.actors.phrases import code
from eventwire.actors.vessels import VesselMentions
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import entity_at, tokens_in
from eventwire.sectors import LEGISLATORS, PARTY

IN_CHAMBER = "in"


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
            self._add_chamber_party(doc[chamber.i : end], chamber)
        for members in tokens_in(doc, word_set("party_members")):
            chamber = _chamber_after(members)
            if chamber is not None:
                self._add_chamber_party(doc[members.i : chamber.i + 1], chamber)

    def _add_chamber_party(self, span: Span, chamber: Token) -> None:
        if not self.free(span):
            return
        sector = code(self.doc, LEGISLATORS, chamber.idx, chamber.idx + len(chamber))
        key = f"chamber:{span.text.lower()}"
        members = next(t for t in span if t.lower_ in word_set("party_members"))
        iso3 = party_countries().get(members.text.upper())  # the party's, as the table has it
        country = code(self.doc, iso3, members.idx, members.idx + len(members)) if iso3 else None
        self.add(MentionKind.NAME, ActorType.GROUP, span, key=key, sector=sector, country=country)


@cache
def party_countries() -> dict[str, str]:
    """Upper-case names and aliases of the parties the known-actor table lists → country."""
    return {
        form.upper(): row.country
        for row in builtin_rows()
        if row.sector == PARTY and row.country and row.type == ActorType.ORGANIZATION
        for form in (row.name, *row.aliases)
    }


def _chamber_after(members: Token) -> Token | None:
    """ "Democrats in Congress", "Republicans in the Senate": the capitalised chamber that an
    "in" right after the party's members names."""
    doc, at = members.doc, members.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != IN_CHAMBER or not members.text[:1].isupper():
        return None
    chamber = doc[at + 2] if doc[at + 1].lower_ == "the" and at + 2 < len(doc) else doc[at + 1]
    named = chamber.lower_ in word_set("chamber_name") and chamber.is_title
    return chamber if named and chamber.head.i == at else None
