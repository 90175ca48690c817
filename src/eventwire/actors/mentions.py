"""Candidate actor mentions in a parsed article: names, titles, groups, countries, pronouns.

Each candidate carries the codes its own words justify (a demonym → country, a title → sector and
role) with their evidence. `actors.coreference` then links candidates into actors."""

from __future__ import annotations

from spacy.tokens import Span, Token
from spacy.util import filter_spans

from eventwire.actors.acting_states import find_acting_states
from eventwire.actors.advocacy_bodies import advocacy_sector
from eventwire.actors.agency_bodies import find_agency_bodies
from eventwire.actors.bloc_names import find_bloc_names
from eventwire.actors.candidates import Candidate
from eventwire.actors.code_names import find_code_named_groups
from eventwire.actors.cut_names import cut_short, known_bodies
from eventwire.actors.described_bodies import find_described_bodies
from eventwire.actors.described_outlets import find_described_outlets
from eventwire.actors.described_people import find_described_people
from eventwire.actors.employers import based_country, native_country
from eventwire.actors.extents import body_name
from eventwire.actors.group_nouns import group_sector
from eventwire.actors.home_places import find_town_families
from eventwire.actors.hosted_missions import hosted_mission
from eventwire.actors.joined_outlets import joined_outlets
from eventwire.actors.kind_descriptions import find_later_descriptions
from eventwire.actors.kind_groups import find_kind_groups
from eventwire.actors.known_descriptions import find_race_descriptions
from eventwire.actors.legal_forms import legal_form_country
from eventwire.actors.listed_examples import listing_sector
from eventwire.actors.member_unions import find_member_unions
from eventwire.actors.membership_bodies import members_sector
from eventwire.actors.misread_bodies import misread_bodies
from eventwire.actors.movement_names import find_movement_names
from eventwire.actors.name_checks import (
    acts,
    after_possessive,
    before_a_thing,
    in_a_title,
    is_junk_name,
    names_a_site,
    names_a_thing,
)
from eventwire.actors.name_matchers import known_name_matcher
from eventwire.actors.org_sectors import (
    business_sector,
    described_kind,
    head_sector,
    host_school_sector,
    title_in_name,
    unheaded_public,
)
from eventwire.actors.outlets import (
    joint_outlet,
    known_person_names,
    outlet_country,
    outlet_evidence,
)
from eventwire.actors.party_members import find_party_members
from eventwire.actors.passive_doers import find_passive_doers
from eventwire.actors.person_mentions import PersonMentions
from eventwire.actors.phrases import code, find_country, find_role, trimmed
from eventwire.actors.platform_media import names_a_medium
from eventwire.actors.political_camps import find_labelled_groups, find_political_camps
from eventwire.actors.portfolio_conjuncts import conjoined_body_name
from eventwire.actors.pronoun_relations import find_pronoun_relations
from eventwire.actors.seat_metonyms import seat_bodies
from eventwire.actors.signed_handles import find_signed_handles
from eventwire.actors.spouses import find_spouse_nouns
from eventwire.actors.title_windows import title_window
from eventwire.actors.town_modifiers import town_modifier
from eventwire.actors.tweet_authors import find_tweet_authors
from eventwire.actors.unnamed_antecedents import pronoun_marks
from eventwire.actors.war_veterans import find_war_veterans
from eventwire.codes import KnownOrganization, country_of, organization_lexicon
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, Evidence, MentionKind
from eventwire.parse.nlp import doc_text, entities, tokens_in
from eventwire.parse.tags import POSSESSIVE_PRONOUN_TAG
from eventwire.sectors import MEDIA


class MentionFinder(PersonMentions):
    """Collects candidates from one Doc; each `_find_*` method handles one kind of mention."""

    def find(self, agency: Evidence | None = None) -> list[Candidate]:
        """All candidates in text order; `agency` is the dateline's agency, itself an actor."""
        if agency is not None:
            self._find_agency(agency)
        self._find_warships()
        self._find_named_vessels()
        find_bloc_names(self)  # "the Sloga (Unity) coalition": NER's person or part of it
        find_described_outlets(self)  # "the state-run daily X": before NER's person or "daily X"
        find_signed_handles(self)  # "@name." signing a post: NER tags it as an organisation
        self._find_people()
        self._find_surnames()
        find_tweet_authors(self)  # <tweet author="JebBush">: a known person, as named above
        self._find_chamber_parties()
        self._find_heritage_peoples()  # before NER's organisations: "Greek Cypriots"
        find_code_named_groups(self)  # "the Z9 militia", "SPLA-N commanders"
        find_race_descriptions(self)  # "the GOP front-runner": a person, before NER's "GOP"
        self._find_organizations()
        self._find_known_names()
        find_described_bodies(self)  # "Fairness Forward, a super PAC,": NER tags none
        find_movement_names(self)  # "the Black Lives Matter movement": NER tags none of it
        self._find_state_groups()
        find_war_veterans(self)  # "Vietnam veterans": the war's country is not theirs
        find_political_camps(self)  # "liberals demand", "2,000 nationalists rallied"
        find_member_unions(self)  # "the machinists union": before its members' trade
        self._find_groups()
        self._find_located_groups()
        self._find_owned_groups()
        self._find_relations()
        find_pronoun_relations(self)  # "his rivals", "her husband"
        find_town_families(self)  # "the Miami relatives"
        self._find_nominals()
        find_party_members(self)  # "the Nebraska Republican"
        find_later_descriptions(self)  # "the 68-year-old", "the billionaire", "the company"
        find_spouse_nouns(self)  # "her husband", "Clinton's wife"
        self._find_owned_groups()  # again: "forces loyal to the president" once he is found
        self._find_bare_groups()
        find_described_people(self)  # "the Romanian hacker": before the countries
        find_passive_doers(self)  # "was punched by a Trump supporter"
        find_labelled_groups(self)  # "\"far-left\" groups", after the lexicon's groups
        find_kind_groups(self)  # "a civil rights group", "an armed group"
        self._find_faiths()
        self._find_countries()
        self._find_seat_bodies()
        self._find_capitals_acting()
        find_acting_states(self)  # "Oregon sued the agency": its government
        self._find_pronouns()
        return sorted(self.candidates, key=lambda c: c.start)

    def _find_agency(self, agency: Evidence) -> None:
        org = organization_lexicon().get(agency.text)
        span = self.doc.char_span(agency.start, agency.end, alignment_mode="expand")
        if org is not None and span is not None:
            self._add_organization(span, org, evidence=agency)

    def _known_name_matches(self) -> list[tuple[int, int, int]]:
        if self.known_names is None:
            self.known_names = known_name_matcher(self.doc.vocab)(self.doc)
        return self.known_names

    def _find_known_names(self) -> None:
        """Names in the known-actor table that NER missed ("Hun Sen", "Khmer Rouge")."""
        matches = self._known_name_matches()
        labels = {(start, end): label for label, start, end in reversed(matches)}  # first wins
        for span in filter_spans([self.doc[start:end] for _, start, end in matches]):
            if not self.free(span) or before_a_thing(span):  # "the Wells Fargo Arena"
                continue
            if names_a_medium(span):  # "posted on Twitter"
                continue
            if self.doc.vocab.strings[labels[span.start, span.end]] == "PERSON":
                if not names_a_site(span):  # "the Harry Truman Library"
                    self._add_person(span)
            else:
                body = self.add(
                    MentionKind.NAME, ActorType.ORGANIZATION, span, key=span.text.lower()
                )
                body.start, body.end = outlet_evidence(span, body.start, body.end)

    def _find_seat_bodies(self) -> None:
        """ "Brussels fined the firm" in a story on the EU: the EU (`actors.seat_metonyms`)."""
        for span, org in seat_bodies(self.doc):
            if self.free(span):
                self._add_organization(span, org)

    def _find_organizations(self) -> None:
        for ent in entities(self.doc):  # a joint name first: "Washington Post-ABC News" is one
            span = trimmed(ent)
            if ent.label_ == "ORG" and len(span) and joint_outlet(span.text) is not None:
                self._add_unknown_organization(span)
        for span in joined_outlets(self.doc):  # "a CNN/ORC poll", which NER cuts in two
            if self.free(span):
                self._add_unknown_organization(span)
        self._find_units()
        find_agency_bodies(self, self._known_organizations())  # "the U.N. refugee agency"
        lexicon = organization_lexicon()
        for span in self._known_organizations():
            if self.free(span) and not names_a_medium(span):  # "posted on Facebook"
                self._add_organization(span, lexicon[span.text])
        misread = misread_bodies(self.doc)  # "Newmont, a mining company," tagged GPE
        whole = known_bodies(self.doc, self._known_name_matches())
        for ent in entities(self.doc):
            span = body_name(trimmed(ent))
            if (ent.label_ == "ORG" or ent in misread) and len(span) and self.free(span):
                if cut_short(span, whole) or town_modifier(span[0]) is not None:
                    continue  # a longer known name; a town before a body ("Karachi police")
                self._add_unknown_organization(span)

    def _find_units(self) -> None:
        """ "State Department Refugee Processing Center", "Senate Foreign Relations
        Committee": a longer name NER finds that starts with a known organisation's is a unit
        of it, with its country and sector."""
        lexicon = organization_lexicon()
        for ent in entities(self.doc):
            unit = body_name(trimmed(ent))
            if ent.label_ != "ORG" or not len(unit) or not self.free(unit):
                continue
            parent = next((s for s in self._known_organizations() if s.start == unit.start), None)
            if parent is None or parent.end >= unit.end or not unit[-1].is_title:
                continue
            org = lexicon[parent.text]
            self.add(
                MentionKind.NAME,
                ActorType.ORGANIZATION,
                unit,
                key=unit.text.lower(),
                country=code(self.doc, org.country, parent.start_char, parent.end_char)
                if org.country
                else None,
                sector=code(self.doc, org.sector, parent.start_char, parent.end_char),
            )

    def _add_organization(
        self, span: Span, org: KnownOrganization, evidence: Evidence | None = None
    ) -> None:
        """A known organisation; `evidence` narrows a token that carries punctuation."""
        start, end = (
            (evidence.start, evidence.end) if evidence else (span.start_char, span.end_char)
        )
        country = self._body_country(span, org.country, org.sector, (start, end))
        sector = code(self.doc, org.sector, start, end)
        surface = doc_text(self.doc)[start:end]
        kind = (
            MentionKind.ACRONYM if surface.isupper() and surface != org.name else MentionKind.NAME
        )
        candidate = self.add(
            kind,
            ActorType.ORGANIZATION,
            span,
            key=org.name,
            name=org.name,
            country=country,
            sector=sector,
        )
        candidate.start, candidate.end = start, end
        if evidence is None:  # "the Washington Post": the outlet's title with its article
            candidate.start, candidate.end = outlet_evidence(span, start, end)

    def _add_unknown_organization(self, span: Span) -> None:
        """An organisation NER found: its own words may say its country and sector. A time
        zone or a phrase with no capitalised word ("the agency") is no name."""
        no_body = country_of(span.text) is not None or span.text in word_set("time_zone")
        if no_body or is_junk_name(span, person=False) or in_a_title(span):
            return
        if names_a_thing(span) and not acts(span):  # "entering Trump Tower": a building
            self._skip_thing(span)
            return
        if span.text in known_person_names():  # NER tags "Trump's" as an organisation
            self._add_person(span)
            return
        if not any(_capitalised(t) for t in span):
            return
        if _titled_inner_capital(span):  # "Representative LaHood": a person's surname
            self._add_person(span)
            return
        role = find_role(self.doc, list(span))
        group = advocacy_sector(span, group_sector(list(span)))
        outlet = joint_outlet(span.text)  # "USA Today/Suffolk University": a joint poll's
        sector = code(self.doc, MEDIA, span.start_char, span.end_char) if outlet else None
        sector = sector or described_kind(span) or members_sector(span) or business_sector(span)
        sector = sector or unheaded_public(span, title_in_name(span, role[0]) if role else group)
        sector = sector or host_school_sector(span) or head_sector(span) or listing_sector(span)
        mission = hosted_mission(span)  # "Regional Assistance Mission to Nauru": many states'
        name = conjoined_body_name(span)  # "the departments of State and Defense"
        candidate = self.add(
            MentionKind.NAME,
            ActorType.ORGANIZATION,
            span,
            key=(name or span.text).lower(),
            name=name,
            country=None
            if mission
            else find_country(self.doc, list(span))
            or (outlet and outlet_country(span, outlet))
            or based_country(span)
            or self._modifier_country(span, sector and sector.value)
            or legal_form_country(span),
            sector=mission or sector,
        )
        candidate.start, candidate.end = outlet_evidence(span, candidate.start, candidate.end)

    def _skip_thing(self, span: Span) -> None:
        """A named thing's words name no one else; an owner before its possessive ("Fox News
        Channel's The Kelly File") is the body that owns the thing."""
        thing = after_possessive(span)
        self.claimed.update(range(thing.start, span.end))
        if thing.start - 1 > span.start:
            self._add_unknown_organization(self.doc[span.start : thing.start - 1])

    def _find_pronouns(self) -> None:
        genders = word_map("pronoun_gender")
        for token in tokens_in(self.doc, genders):
            gender = genders[token.lower_]
            if gender and token.pos_ == "PRON":
                span = self.doc[token.i : token.i + 1]
                candidate = self.add(
                    MentionKind.PRONOUN,
                    ActorType.PERSON,
                    span,
                    key="",
                    country=native_country(token),
                )
                candidate.extra |= pronoun_marks(token, gender, self.candidates)


def _capitalised(token: Token) -> bool:
    """A word written with a capital: title case, all capitals, or a brand's inner capitals
    ("WikiLeaks", "HarperCollins", "GfK"), though not a product someone owns ("with their
    BlackBerrys") nor a Gaelic surname NER mistook for a body ("McDonald")."""
    if token.is_title or token.is_upper:
        return True
    owned = any(child.tag_ == POSSESSIVE_PRONOUN_TAG for child in token.children)
    return token.text[:1].isupper() and not owned and not _gaelic_surname(token)


def _titled_inner_capital(span: Span) -> bool:
    """Whether a name capitalised only inside its words follows a person's title
    ("Representative LaHood", "Gov. DeWine"): a surname ("DeLauro", "LaHood") NER read as an
    organisation, as it reads the brands `_capitalised` lets in ("WikiLeaks")."""
    if any(t.is_title or t.is_upper for t in span):
        return False
    window = title_window(span)  # "chief executive of CloudFlare": the firm the title is at
    if not window or window[-1].i != span.start - 1 or window[-1].pos_ == "ADP":
        return False
    return find_role(span.doc, window) is not None


def _gaelic_surname(token: Token) -> bool:
    """ "McCaul", "MacGyver": a surname prefix before the inner capital."""
    return any(
        token.lower_.startswith(prefix) and token.text[len(prefix) : len(prefix) + 1].isupper()
        for prefix in word_set("surname_prefix")
    )
