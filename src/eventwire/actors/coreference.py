"""Link candidate mentions into actors: names by surname or canonical key, titles by role and
country, pronouns by the nearest person mentioned before them outside quotation marks.

A light, rule-based coreference made for news style, where the lead names a person in full and
later paragraphs say "Lukashenko", "the Belarusian leader" or "he". Its rules are written here
because spaCy's small English model ships no coreference component. This module orders the
passes and links names; a person's name (`person_names`), a title (`title_links`) and a
pronoun (`pronoun_links`) each have their own module.
"""

from __future__ import annotations

from datetime import date

from eventwire.actors.actor_ledger import ActorLedger
from eventwire.actors.bracketed_acronyms import bracketed_owner
from eventwire.actors.candidates import Candidate
from eventwire.actors.coarguments import co_argument, own_key
from eventwire.actors.initialisms import spelled_out
from eventwire.actors.legal_forms import company_endings
from eventwire.actors.person_names import link_person
from eventwire.actors.portfolios import refers_back
from eventwire.actors.pronoun_links import link_pronoun
from eventwire.actors.short_names import firm_shortened, given_name_of, named_in_full_after
from eventwire.actors.state_bodies import body_kind, body_named_before
from eventwire.actors.state_short_names import without_state
from eventwire.actors.title_anaphora import countries_of_named_offices
from eventwire.actors.title_links import link_title
from eventwire.codes import country_display_name
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Mention, MentionKind


class ActorBuilder(ActorLedger):
    """Links names to actors; titles and pronouns go by `title_links` and `pronoun_links`."""

    def named(self, candidate: Candidate) -> None:
        """A name: the same key means the same actor; people go by `person_names`."""
        if self._surname_of_person(candidate):
            candidate.type, candidate.country, candidate.sector = ActorType.PERSON, None, None
        firm = None if self._surname_known(candidate) else firm_shortened(candidate, self.actors)
        if firm is not None:
            self.link(candidate, firm)
            return
        if candidate.type == ActorType.PERSON:
            link_person(self, candidate)
            return
        key = (candidate.type, _firm_key(candidate.key))
        body = self._state_body(candidate, key)
        if body is not None:
            self.link(candidate, body)  # "Japan's cabinet ... The cabinet"
            return
        own = (candidate.type, own_key(key[1], candidate))
        actor = (
            self.by_key.get(own)
            or self.by_key.get(key)
            or spelled_out(candidate, self.actors)
            or bracketed_owner(self.text, candidate, [(c, a) for _, c, a in self.history])
            or without_state(candidate, self.actors)
        )
        if actor is not None and co_argument(candidate, actor, self.history):
            actor, key = None, own  # "Catalan leaders accused the Spanish government"
        if actor is None:
            name = candidate.name
            if candidate.type == ActorType.COUNTRY and candidate.country:
                name = country_display_name(candidate.country.value)
            actor = self.new_actor(candidate, name)
        self.by_key.setdefault(key, actor)
        self.link(candidate, actor)

    def _state_body(self, candidate: Candidate, key: tuple[ActorType, str]) -> Actor | None:
        """ "The cabinet" after "Japan's cabinet": the body named before (`state_bodies`),
        unless that body is another argument of the candidate's clause."""
        if body_kind(candidate) is None:
            return None
        body = body_named_before(candidate, self.before(candidate), self.by_key.get(key))
        return None if body is None or co_argument(candidate, body, self.history) else body

    def _surname_of_person(self, candidate: Candidate) -> bool:
        """ "Jordan" after "Jim Jordan", "Clinton" tagged as an organisation: a bare word that
        is the surname (or the one given name) of a person already named is that person, not a
        country or a firm; an unknown organisation also when the person is named in full only
        later ("Clinton faces tight primary with Sanders" over a story on Bernie Sanders)."""
        bare = " " not in candidate.name and candidate.kind == MentionKind.NAME
        unknown_org = candidate.type == ActorType.ORGANIZATION and candidate.sector is None
        country = candidate.type == ActorType.COUNTRY
        named = candidate.name.lower() in self.people or given_name_of(candidate, self.actors)
        named_later = (
            unknown_org
            and not candidate.name.isupper()  # "TWA" ending a misread "Steven Snyder TWA"
            and candidate.name.lower() in self.surnames_in_article
        )
        return bare and (unknown_org or country) and bool(named or named_later)

    def _surname_known(self, candidate: Candidate) -> bool:
        """ "Ford" after "Gerald Ford": a person of that surname comes before a firm."""
        return candidate.name.split()[-1].lower() in self.people

    def definite_group(self, candidate: Candidate) -> None:
        """ "the refugees" after "Syrian refugees": a definite group noun with no country of
        its own names the nearest earlier group with the same head noun that has one."""
        for other, actor in self.before(candidate):
            if refers_back(self.text, candidate, other, actor):
                self.link(candidate, actor)
                return
        self.named(candidate)


def _firm_key(key: str) -> str:
    """ "du pont co." and "du pont", "coleco industries inc." and "coleco": a firm's name
    without the words that end firms' names is the same firm."""
    words = key.split()
    while len(words) > 1 and words[-1].strip(",") in company_endings():
        words.pop()
    return " ".join(words) if words else key


def _named_in_full(candidates: list[Candidate]) -> list[Candidate]:
    return [
        c
        for c in candidates
        if c.type == ActorType.PERSON and c.kind == MentionKind.NAME and " " in c.name
    ]


def _among(candidate: Candidate, candidates: list[Candidate]) -> bool:
    return any(candidate is c for c in candidates)


def _definite_bare_group(candidate: Candidate) -> bool:
    """ "the refugees": a group noun with "the" and neither owner nor country of its own;
    "the police", "the government" are the home state's institutions, not a group named
    before."""
    bare = candidate.key.startswith("bare:") and candidate.country is None
    article, _, words = candidate.name.lower().partition(" ")
    return bare and article == "the" and words not in word_set("bare_collective")


def resolve_actors(
    text: str, candidates: list[Candidate], on: date | None = None
) -> tuple[list[Actor], list[Mention]]:
    """Actors and their mentions, both in order of first appearance; `on` is the article's day."""
    countries_of_named_offices(candidates)  # "The finance minister, Lou Jiwei": the one named
    people = _named_in_full(candidates)
    builder = ActorBuilder(text, frozenset(p.name.split()[-1].lower() for p in people), on)
    later = [c for c in candidates if _definite_bare_group(c)]
    given = [c for c in candidates if named_in_full_after(c, people)]  # after the names
    for candidate in candidates:  # names first, so titles and pronouns can refer to any name
        named = candidate.kind not in {MentionKind.PRONOUN, MentionKind.TITLE}
        if named and not _definite_bare_group(candidate) and not _among(candidate, given):
            builder.named(candidate)
    for candidate in given:
        builder.named(candidate)
    for candidate in later:
        builder.definite_group(candidate)
    for candidate in candidates:
        if candidate.kind == MentionKind.PRONOUN:
            link_pronoun(builder, candidate)
        elif candidate.kind == MentionKind.TITLE:
            link_title(builder, candidate)
    return builder.in_text_order()
