"""Collective and country mentions: "Russian troops", "police in Stockholm", "Iraq",
"Americans", "ethnic Albanians in Kosovo"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.acting_groups import group_phrase_at
from eventwire.actors.bare_groups import BareGroupMentions, named_by_members
from eventwire.actors.capital_roles import capital_country, stands_for_state
from eventwire.actors.country_modifiers import country_modifier, located_country, whole_country_name
from eventwire.actors.described_heads import describes_known_person
from eventwire.actors.faith_homes import faith_country
from eventwire.actors.group_names import (
    coordinated_countries,
    group_key,
    located_name,
    modified_start,
    with_article,
    with_count,
)
from eventwire.actors.group_nouns import (
    MAX_GROUP_MODIFIERS,
    group_head,
    group_sector,
)
from eventwire.actors.heritage import before_demonym, heritage_peoples
from eventwire.actors.local_forces import local_force_sector
from eventwire.actors.member_heads import modifier_count
from eventwire.actors.misspelt_countries import misspelt_country_argument
from eventwire.actors.owned_groups import modifies_unbroken
from eventwire.actors.owners import owner_tokens
from eventwire.actors.party_groups import campaign_sector, party_sector
from eventwire.actors.peoples import names_people, names_state_as_people
from eventwire.actors.phrases import code
from eventwire.actors.placed_peoples import placed_peoples
from eventwire.actors.stances import is_head_noun
from eventwire.code_phrases import (
    MAX_COUNTRY_TOKENS,
    country_phrases,
    group_phrases,
    qualified_group_phrases,
)
from eventwire.codes import CountryName, names_ethnicity
from eventwire.lexicons import PhraseMatch, word_set
from eventwire.model import ActorType, Code, MentionKind
from eventwire.parse.nlp import capitalised, entities, tokens, tokens_in
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.stance_nouns import names_stance
from eventwire.parse.tags import PLURAL_NOUN_TAG
from eventwire.sectors import CIVILIANS, RELIGION

PEOPLE_SECTOR = CIVILIANS  # a people named as such acts as civilians, not as its state


def _head_ends_country(doc: Doc, start: int, head: int) -> bool:
    """The group noun found after a modifier is the end of a country's name that starts
    between them ("and Soviet Union"): two countries coordinated, not one group."""
    for at in range(start, head):
        match = country_phrases().at(tokens(doc), at)
        if match is not None and not match.value.is_demonym and match.end > head:
            return True
    return False


class GroupMentions(BareGroupMentions):
    """Finds groups and countries; people and organisations come first and claim their words."""

    def _find_groups(self) -> None:
        """ "Russian troops", "Israel's high court", "the Russian and Belarusian troops"."""
        for token in capitalised(self.doc):
            if token.i in self.claimed:
                continue
            found = country_modifier(token)
            if found is None:
                continue
            country, modifier_end = found
            head = group_head(self.doc, modifier_end)
            if self._modifier_owns_body(self.doc[token.i : modifier_end]) or not head:
                continue
            if _head_ends_country(self.doc, modifier_end, head[0]):
                continue  # "the United States and Soviet Union": no "United States Union"
            sector = group_sector(
                list(self.doc[head[0] : head[1]]),
                qualified_group_phrases(),
                self.doc[modifier_end : head[0]],
            )
            heads = self.doc[head[0] : head[1]]
            if describes_known_person(self.doc[token.i : modifier_end], heads):
                continue  # "the New York businessman": one person (`known_descriptions`)
            sector = local_force_sector(self.doc[token.i : modifier_end], heads, sector)
            party = party_sector(self.doc[modifier_end : head[1]], sector) if sector else None
            if party is not None:  # "Delaware Democratic leaders": the state party's (PTY)
                sector, heads = party, self.doc[modifier_end : head[1]]
            modifiers = modifier_count(self.doc, modifier_end, head[0])
            adjacent = modifiers <= MAX_GROUP_MODIFIERS and not any(
                t.lower_ in word_set("modifier_joiner") for t in self.doc[modifier_end : head[0]]
            )
            first = with_count(self._modified_first(token, modifier_end))
            span = self.doc[with_article(first) : head[1] if adjacent else modifier_end]
            name = f"{self.doc[token.i : modifier_end].text} {heads.text}"
            value = sector.value if sector else ""
            self.add(
                MentionKind.DEMONYM,
                ActorType.GROUP,
                span,
                key=group_key(country.iso3, value, heads),
                name=name,
                country=code(
                    self.doc,
                    country.iso3,
                    token.idx,
                    self.doc[modifier_end - 1].idx + len(self.doc[modifier_end - 1]),
                ),
                sector=sector,
            )

    def _modified_first(self, token: Token, modifier_end: int) -> Token:
        """The first word of a country group's mention: the modifiers before its country word
        that are still free ("other right-wing Israeli leaders", "Arab Israeli lawmakers"),
        as the text names the group."""
        start = modified_start(self.doc[token.i : modifier_end])
        while start < token.i and not self.free(self.doc[start : token.i]):
            start += 1
        return self.doc[start]

    def _find_heritage_peoples(self) -> None:
        """ "Greek Cypriots": a people of the second demonym's state (`actors.heritage`);
        "Kosovo Albanians": a people of the land named first (`actors.placed_peoples`)."""
        for span, country in [*heritage_peoples(self.doc), *placed_peoples(self.doc)]:
            if self.free(span):
                iso3 = code(self.doc, country.iso3, span[-1].idx, span.end_char)
                self._add_people(span, iso3)

    def _find_countries(self) -> None:
        """Country names and demonyms: "an Australian ultimatum" refers to Australia as much
        as its name does; after "ethnic" a demonym names a people instead."""
        doc = self.doc
        for token in capitalised(doc):
            if token.i in self.claimed:
                continue
            ethnic = bool(token.i) and names_ethnicity(doc[token.i - 1].text)
            match = self._country_at(token.i, ethnic)
            if match is None:
                continue
            span, country = doc[match.start : match.end], match.value
            if country.is_demonym and before_demonym(doc, span.end):
                continue  # "Turkish Cypriot leaders": a heritage, not Turkey
            if ethnic:
                self._add_people(doc[span.start - 1 : span.end], located_country(span))
                continue
            if country.is_demonym and names_people(span) and not names_state_as_people(span):
                self._add_people(span, code(doc, country.iso3, span.start_char, span.end_char))
                continue
            self.add(
                MentionKind.DEMONYM if country.is_demonym else MentionKind.NAME,
                ActorType.COUNTRY,
                span,
                key=country.iso3,
                country=code(doc, country.iso3, span.start_char, span.end_char),
            )

    def _country_at(self, index: int, ethnic: bool) -> PhraseMatch[CountryName] | None:
        """The longest country name at `index` whose tokens are still free (or any, after
        "ethnic", where the name becomes part of a group)."""

        def fits(match: PhraseMatch[CountryName]) -> bool:
            span = self.doc[match.start : match.end]
            return whole_country_name(span, match.value.iso3) and (ethnic or self.free(span))

        found = country_phrases().at(tokens(self.doc), index, MAX_COUNTRY_TOKENS, accept=fits)
        misspelt = None if found else misspelt_country_argument(self.doc[index])
        return PhraseMatch(index, index + 1, misspelt) if misspelt else found

    def _add_people(self, span: Span, country: Code | None) -> None:
        """A people ("Americans", "ethnic Albanians in Kosovo"): civilians of a country, or
        of the one they live in; no country when the text names none."""
        sector = code(self.doc, PEOPLE_SECTOR, span.start_char, span.end_char)
        key = f"{country.value if country else span.text.lower()}:{PEOPLE_SECTOR}"
        self._add_group_in(span, key, country, sector)

    def _add_group_in(
        self, span: Span, key: str, country: Code | None, sector: Code, name: str | None = None
    ) -> None:
        """A group, named with the country it is in when the text names it after the group."""
        name = name or (located_name(span, country) if country else None)
        self.add(
            MentionKind.NAME,
            ActorType.GROUP,
            span,
            key=key,
            name=name,
            country=country,
            sector=sector,
        )

    def _find_state_groups(self) -> None:
        """ "all Balkan states", "Western countries", "neighboring nations": a group of states
        named by their region or bond acts for no one state and has no sector."""
        for token in tokens_in(self.doc, word_set("state_group_noun")):
            if token.tag_ != PLURAL_NOUN_TAG:
                continue
            start = token.i
            while start and self.doc[start - 1].lower_ in word_set("state_group_modifier"):
                start -= 1
            span = self.doc[start : token.i + 1]
            if start < token.i and self.free(span):
                self.add(MentionKind.NAME, ActorType.GROUP, span, key=f"states:{span.text.lower()}")

    def _find_located_groups(self) -> None:
        """ "Police in Stockholm arrested …": a collective noun with no country of its own
        belongs to the country or capital named right after it, not the place itself; the
        group's words may start with a modifier ("Opposition groups in Zimbabwe")."""
        owners = owner_tokens(self.doc, self.candidates)
        for token in tokens_in(self.doc, group_phrases().starts):
            if token.i in self.claimed or names_stance(token):
                continue
            match = group_phrase_at(group_phrases(), token)
            if match is None or not is_head_noun(self.doc[token.i + match.end - 1]):
                continue
            words = self.doc[token.i : token.i + match.end]
            if words.text.lower() in word_set("national_outlet_noun"):
                continue  # "a radio in Miami" is a set; "Cuban radio" an outlet
            span = self.doc[modified_start(words) : words.end]  # "Elected officials in Miami"
            country = located_country(span)
            if country is None or not self.free(span) or named_by_members(span):
                continue
            if any(modifies_unbroken(c) and c.i in owners for c in span[-1].children):
                continue  # "the UN mission in Angola": the owner's (`_find_owned_groups`)
            sector = code(self.doc, match.value, words.start_char, words.end_char)
            party = party_sector(span, sector)  # "Republican officials in Ohio": the party's
            sector = party or campaign_sector(words, sector) or sector  # "volunteers in Iowa"
            key = group_key(country.value, party.value if party else match.value, span)
            self._add_group_in(span, key, country, sector)
            for other in coordinated_countries(self.doc, country):  # "… of Kenya and Tanzania"
                place = other.evidence.text if other.evidence else other.value
                name = f"{span.text} {self.doc[span.end].text} {place}"
                key = group_key(other.value, match.value, span)
                self._add_group_in(span, key, other, sector.model_copy(), name=name)

    def _find_faiths(self) -> None:
        """ "Muslims and Christians prayed", "Sunni Muslims": the followers of a faith are a
        religious group of no one state (`coding` gives them no home country) unless the text
        names theirs ("British Muslims", `faith_homes`)."""
        for ent in entities(self.doc):
            head = ent[-1]
            if ent.label_ != "NORP" or head.lower_ not in word_set("faith_people"):
                continue
            if head.tag_ in PLURAL_NOUN_TAGS and self.free(ent):
                sector = code(self.doc, RELIGION, ent.start_char, ent.end_char)
                country = faith_country(ent)  # "American Muslims": the state's own
                key = f"faith:{ent.text}:{country.value if country else ''}"
                self.add(
                    MentionKind.NAME, ActorType.GROUP, ent, key=key, country=country, sector=sector
                )

    def _find_capitals_acting(self) -> None:
        """ "London protested", "Beijing's warning", "accused Baghdad": a capital that acts,
        owns an act or undergoes one stands for its country's government, as wire copy uses
        it; "in London" stays a place."""
        for ent in entities(self.doc):
            country = capital_country(ent)  # "Tripoli, the north Lebanese port": Lebanon's
            if ent.label_ != "GPE" or country is None or not self.free(ent):
                continue
            if stands_for_state(ent):
                key = country.value
                self.add(MentionKind.NAME, ActorType.COUNTRY, ent, key=key, country=country)
