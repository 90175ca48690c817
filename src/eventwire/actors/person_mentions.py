"""Person mentions and the words around a name that code them: titles before and after it,
the body or person the title serves, and a surname alone after the full name."""

from __future__ import annotations

from spacy.tokens import Span, Token
from spacy.util import filter_spans

from eventwire.actors.appositive_windows import appositive_window, of_phrase
from eventwire.actors.appositives import (
    after_owner,
    before_kin,
    definite_title,
    igo_posted,
    leading_appositive,
)
from eventwire.actors.described_outlets import named_outlet
from eventwire.actors.description_ends import title_part
from eventwire.actors.employers import (
    after_of_object,
    employer_in,
    person_in_title,
    school_employer,
    served_person,
    service_of,
    shared_title,
)
from eventwire.actors.employment import employment_object
from eventwire.actors.extents import body_tokens, through_name_parts, through_place_surname
from eventwire.actors.legal_forms import company_endings
from eventwire.actors.misread_people import misread_person, person_spans
from eventwire.actors.name_checks import (
    after_possessive,
    names_an_eponymous_body,
    no_person,
    strip_leading_title,
    surname_cased,
    through_known_title,
)
from eventwire.actors.name_matchers import organization_matcher
from eventwire.actors.name_particles import through_name_particle
from eventwire.actors.nationality import described_nationality
from eventwire.actors.nominal_titles import NominalMentions
from eventwire.actors.occupations import find_occupation as occupation
from eventwire.actors.outlets import known_person_names
from eventwire.actors.paired_names import paired_names
from eventwire.actors.party_tags import congress_tag
from eventwire.actors.past_offices import past_office
from eventwire.actors.phrases import find_country, find_province_country, find_role, trimmed
from eventwire.actors.posted_places import without_posts
from eventwire.actors.title_sectors import (
    body_sector,
    employer_sector,
    serves_any_body,
    takes_body_sector,
)
from eventwire.actors.title_windows import title_window
from eventwire.actors.topic_countries import without_topics
from eventwire.actors.town_offices import town_office_country
from eventwire.codes import KnownOrganization, organization_lexicon
from eventwire.model import ActorType, Code, MentionKind
from eventwire.parse.nlp import tokens


class PersonMentions(NominalMentions):
    """Finds people NER names or the text names again by surname, each with the codes of the
    title, employer and country words around the name."""

    def _find_people(self) -> None:
        for ent in person_spans(self.doc):
            if ent.label_ != "PERSON" and not misread_person(ent):
                continue
            span = trimmed(ent)
            if not len(span):
                continue
            span = through_name_parts(through_place_surname(through_name_particle(span)))
            span = after_possessive(strip_leading_title(span))
            firm = len(span) and span[-1].lower_ in company_endings()  # "Lahtinen Paperi Oyj"
            if firm or names_an_eponymous_body(span):  # "the Donald J. Trump Foundation"
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
            if token.i in self.claimed or not surname_cased(token):
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
            find_country(self.doc, without_posts(without_topics(before)))
            or find_province_country(self.doc, before)
            or find_country(self.doc, without_posts(without_topics(described)))
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
        if org is None:  # "an expert at Rutgers University"; an organisation named says whose
            employer = school_employer(span, employer)
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
