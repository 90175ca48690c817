"""Candidate actor mentions in a parsed article: names, titles, groups, countries, pronouns.

Each candidate carries the codes its own words justify (a demonym → country, a title → sector and
role) with their evidence. `actors.coreference` then links candidates into actors."""

from __future__ import annotations

from spacy.tokens import Span, Token
from spacy.util import filter_spans

from eventwire.actors.acting_states import find_acting_states
from eventwire.actors.advocacy_bodies import advocacy_sector
from eventwire.actors.agency_bodies import find_agency_bodies
from eventwire.actors.appositives import (
    after_owner,
    before_kin,
    definite_title,
    igo_posted,
    leading_appositive,
)
from eventwire.actors.bloc_names import find_bloc_names
from eventwire.actors.candidates import Candidate
from eventwire.actors.code_names import find_code_named_groups
from eventwire.actors.cut_names import cut_short, known_bodies
from eventwire.actors.described_bodies import find_described_bodies
from eventwire.actors.described_outlets import find_described_outlets, named_outlet
from eventwire.actors.description_ends import title_part
from eventwire.actors.employers import (
    after_of_object,
    based_country,
    body_sector,
    employer_in,
    employer_sector,
    native_country,
    person_in_title,
    served_person,
    serves_any_body,
    service_of,
    shared_title,
    takes_body_sector,
)
from eventwire.actors.employment import employment_object
from eventwire.actors.extents import (
    body_name,
    body_tokens,
    through_name_parts,
    through_place_surname,
)
from eventwire.actors.home_places import find_town_families
from eventwire.actors.hosted_missions import hosted_mission
from eventwire.actors.kind_descriptions import find_later_descriptions
from eventwire.actors.legal_forms import company_endings, legal_form_country
from eventwire.actors.listed_examples import listing_sector
from eventwire.actors.membership_bodies import members_sector
from eventwire.actors.misread_bodies import misread_bodies
from eventwire.actors.misread_people import misread_person, person_spans
from eventwire.actors.movement_names import find_movement_names
from eventwire.actors.name_checks import (
    after_possessive,
    in_a_title,
    is_junk_name,
    name_cased,
    names_a_site,
    no_person,
    strip_leading_title,
    through_known_title,
)
from eventwire.actors.name_matchers import known_name_matcher, organization_matcher
from eventwire.actors.name_particles import through_name_particle
from eventwire.actors.nationality import described_nationality
from eventwire.actors.nominal_titles import NominalMentions
from eventwire.actors.occupations import find_occupation as occupation
from eventwire.actors.org_sectors import business_sector, described_kind, head_sector
from eventwire.actors.outlets import joint_outlet, known_person_names, outlet_country
from eventwire.actors.paired_names import paired_names
from eventwire.actors.party_members import find_party_members
from eventwire.actors.party_tags import congress_tag
from eventwire.actors.past_offices import past_office
from eventwire.actors.phrases import (
    appositive_window,
    code,
    find_country,
    find_province_country,
    find_role,
    group_sector,
    of_phrase,
    title_window,
    trimmed,
)
from eventwire.actors.political_camps import find_labelled_groups, find_political_camps
from eventwire.actors.pronoun_relations import find_pronoun_relations
from eventwire.actors.seat_metonyms import seat_bodies
from eventwire.actors.topic_countries import without_topics
from eventwire.actors.town_modifiers import town_modifier
from eventwire.actors.town_offices import town_office_country
from eventwire.actors.unnamed_antecedents import pronoun_marks
from eventwire.actors.war_veterans import find_war_veterans
from eventwire.codes import KnownOrganization, country_of, organization_lexicon
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, Code, Evidence, MentionKind
from eventwire.parse.nlp import doc_text, entities, tokens, tokens_in


class MentionFinder(NominalMentions):
    """Collects candidates from one Doc; each `_find_*` method handles one kind of mention."""

    def find(self, agency: Evidence | None = None) -> list[Candidate]:
        """All candidates in text order; `agency` is the dateline's agency, itself an actor."""
        if agency is not None:
            self._find_agency(agency)
        self._find_warships()
        self._find_named_vessels()
        find_bloc_names(self)  # "the Sloga (Unity) coalition": NER's person or part of it
        find_described_outlets(self)  # "the state-run daily X": before NER's person or "daily X"
        self._find_people()
        self._find_surnames()
        self._find_chamber_parties()
        self._find_heritage_peoples()  # before NER's organisations: "Greek Cypriots"
        find_code_named_groups(self)  # "the Z9 militia", "SPLA-N commanders"
        self._find_organizations()
        self._find_known_names()
        find_described_bodies(self)  # "Fairness Forward, a super PAC,": NER tags none
        find_movement_names(self)  # "the Black Lives Matter movement": NER tags none of it
        self._find_state_groups()
        find_war_veterans(self)  # "Vietnam veterans": the war's country is not theirs
        find_political_camps(self)  # "liberals demand", "2,000 nationalists rallied"
        self._find_groups()
        self._find_located_groups()
        self._find_owned_groups()
        self._find_relations()
        find_pronoun_relations(self)  # "his rivals", "her husband"
        find_town_families(self)  # "the Miami relatives"
        self._find_nominals()
        find_party_members(self)  # "the Nebraska Republican"
        find_later_descriptions(self)  # "the 68-year-old", "the billionaire", "the company"
        self._find_owned_groups()  # again: "forces loyal to the president" once he is found
        self._find_bare_groups()
        find_labelled_groups(self)  # "\"far-left\" groups", after the lexicon's groups
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

    def _find_people(self) -> None:
        for ent in person_spans(self.doc):
            if ent.label_ != "PERSON" and not misread_person(ent):
                continue
            span = trimmed(ent)
            if not len(span):
                continue
            span = through_name_parts(through_place_surname(through_name_particle(span)))
            span = after_possessive(strip_leading_title(span))
            if len(span) and span[-1].lower_ in company_endings():  # "Lahtinen Paperi Oyj"
                self._add_unknown_organization(span)
            elif len(span) and not no_person(span) and not named_outlet(self, span):
                for person in paired_names(span) or [span]:  # "the Obama-Clinton policy"
                    self._add_person(person)

    def _find_surnames(self) -> None:
        """ "Christopher Howes … Howes had been working": a surname alone after the full name
        is that person, whatever NER or the tagger made of it (a place, a plural noun)."""
        named_at: dict[str, int] = {}  # surname key → where its first full name ends
        for c in self.candidates:
            if c.type == ActorType.PERSON and " " in c.name:
                named_at[c.key] = min(c.end, named_at.get(c.key, c.end))
        for token in tokens(self.doc):
            if token.i in self.claimed or not name_cased(token.text):
                continue
            if named_at.get(token.lower_, token.idx + 1) > token.idx:
                continue
            if token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
                continue  # "Clinton Foundation": part of a longer name
            self._add_person(self.doc[token.i : token.i + 1])  # its own clause may say more

    def _add_person(self, span: Span) -> None:
        before, after = title_window(span) or shared_title(span), appositive_window(span)
        leading = leading_appositive(span)  # "an Iranian spokesman, X": as a title before X
        own = after_owner(before_kin(after))  # "X, the son of Gov. Y": that title is Y's
        titled = find_role(self.doc, before)  # "Treasurer X, a former banker": her office now
        said = [] if span.text in known_person_names() else before + own + leading  # not known
        role = titled or find_role(self.doc, own + leading) or occupation(span, said)
        described = after + of_phrase(span) + leading + after_of_object(span)
        country = (
            find_country(self.doc, without_topics(before))
            or find_province_country(self.doc, before)
            or find_country(self.doc, without_topics(described))
            or town_office_country(role or find_role(self.doc, after), before + described)
            or described_nationality(span)
        )
        org = self._organization_in(before + after + leading)  # "the head of the UN mission, X"
        past = bool(role) and (past_office(before) or (not titled and past_office(after)))
        sector = role[0] if role and not past else None
        if sector is not None and role is not None:
            words = title_part(before if titled else own + leading)
            sector = body_sector(words, sector, role, described)
        if org is not None:  # "Arab League Secretary General": the organisation's codes
            country = country or (Code(value=org.country) if org.country else None)
        if org is not None and takes_body_sector(sector, role, org.sector):
            sector = Code(value=org.sector, evidence=sector.evidence if sector else None)
        employer = None if org else employer_in(before + after + leading + of_phrase(span))
        employer = employer or employer_in(employment_object(span))
        if employer is not None:  # "a spokesman for the FBI office": whom the person serves
            country = country or employer.country
            sector = employer_sector(sector, role, employer, before + after)
        tagged = congress_tag(span)  # "Chairman Trey Gowdy (R-S.C.)": a member of Congress
        if tagged is not None and not past and serves_any_body(sector, role):
            country, sector = country or tagged[0], tagged[1]
        surname = span[-1].text.lower()
        candidate = self.add(
            MentionKind.NAME,
            ActorType.PERSON,
            span,
            key=surname,
            country=country,
            sector=sector,
            role=role[1] if role else None,
        )
        titled = through_known_title(span)  # "Pope Francis": the title read, and named
        candidate.start, candidate.name = titled.start_char, titled.text
        candidate.refers_back = any(t.lemma_ == "counterpart" for t in before + leading)
        if role and definite_title(leading or before):  # "The finance minister, X"
            candidate.extra["definite_title"] = "yes"
        if past:
            candidate.extra["past_office"] = "yes"
        people = {c.key for c in self.candidates if c.type == ActorType.PERSON}
        served = served_person(after, people) or (person_in_title(before, people) if role else None)
        served = served if serves_any_body(sector, role) and not past else None
        if served is not None:  # "a top adviser to Donald Trump": works where Trump works
            candidate.extra.update(owner=str(served.start_char), serves=service_of(served))
        if role or country or org or own != after:  # words that said nothing are no title
            owner = set(range(served.start, served.end)) if served is not None else set()
            owner |= body_tokens(before + leading + after)  # the body it serves
            kept = [] if leading and igo_posted(span) else leading  # IGO title: a mention
            self.claimed.update(t.i for t in before + after + kept if t.i not in owner)

    def _organization_in(self, tokens: list[Token]) -> KnownOrganization | None:
        """A known organisation named in a title ("Arab League Secretary General")."""
        window = {t.i for t in tokens}
        for span in self._known_organizations():
            if span.start in window and span.end - 1 in window:
                return organization_lexicon()[span.text]
        return None

    def _known_organizations(self) -> list[Span]:
        if self.organizations is None:
            matches = organization_matcher(self.doc.vocab)(self.doc, as_spans=True)
            self.organizations = filter_spans(matches)  # the longest of overlapping names
        return self.organizations

    def _known_name_matches(self) -> list[tuple[int, int, int]]:
        if self.known_names is None:
            self.known_names = known_name_matcher(self.doc.vocab)(self.doc)
        return self.known_names

    def _find_known_names(self) -> None:
        """Names in the known-actor table that NER missed ("Hun Sen", "Khmer Rouge")."""
        matches = self._known_name_matches()
        labels = {(start, end): label for label, start, end in reversed(matches)}  # first wins
        for span in filter_spans([self.doc[start:end] for _, start, end in matches]):
            if not self.free(span):
                continue
            if self.doc.vocab.strings[labels[span.start, span.end]] == "PERSON":
                if not names_a_site(span):  # "the Harry Truman Library"
                    self._add_person(span)
            else:
                self.add(MentionKind.NAME, ActorType.ORGANIZATION, span, key=span.text.lower())

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
        self._find_units()
        find_agency_bodies(self, self._known_organizations())  # "the U.N. refugee agency"
        lexicon = organization_lexicon()
        for span in self._known_organizations():
            if self.free(span):
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

    def _add_unknown_organization(self, span: Span) -> None:
        """An organisation NER found: its own words may say its country and sector. A time
        zone or a phrase with no capitalised word ("the agency") is no name."""
        no_body = country_of(span.text) is not None or span.text in word_set("time_zone")
        if no_body or is_junk_name(span, person=False) or in_a_title(span):
            return
        if span.text in known_person_names():  # NER tags "Trump's" as an organisation
            self._add_person(span)
            return
        if not any(t.is_title or t.is_upper for t in span):
            return
        role = find_role(self.doc, list(span))
        group = advocacy_sector(span, group_sector(list(span)))
        sector = described_kind(span) or members_sector(span) or business_sector(span)
        sector = sector or (role[0] if role else group)
        outlet = joint_outlet(span.text)
        if sector is None and outlet is not None:  # "Washington Post-ABC News" (a joint poll)
            sector = code(self.doc, "MED", span.start_char, span.end_char)
        sector = sector or head_sector(span) or listing_sector(span)
        mission = hosted_mission(span)  # "Regional Assistance Mission to Nauru": many states'
        self.add(
            MentionKind.NAME,
            ActorType.ORGANIZATION,
            span,
            key=span.text.lower(),
            country=None
            if mission
            else find_country(self.doc, list(span))
            or (outlet and outlet_country(span, outlet))
            or based_country(span)
            or self._modifier_country(span, sector and sector.value)
            or legal_form_country(span),
            sector=mission or sector,
        )

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
