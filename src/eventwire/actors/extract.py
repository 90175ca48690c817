"""Actors of an article: find candidate mentions, resolve them into actors, then code them
from knowledge where the text gives no code."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.apposed_countries import code_by_appositions
from eventwire.actors.article_home import read_namesake_states
from eventwire.actors.campaign_owners import code_campaigners
from eventwire.actors.candidates import Candidate
from eventwire.actors.canonical_names import name_known_people
from eventwire.actors.coding import (
    code_at_late_home,
    code_from_knowledge,
    current_table,
    states_of_the_day,
)
from eventwire.actors.coordinated_states import code_by_coordinated_states
from eventwire.actors.coreference import resolve_actors
from eventwire.actors.creed_parties import code_creed_parties
from eventwire.actors.described_countries import code_by_descriptions
from eventwire.actors.described_parties import code_described_parties
from eventwire.actors.homelands import code_at_homelands
from eventwire.actors.journalists import code_journalists
from eventwire.actors.kin import code_kin
from eventwire.actors.lede_people import code_by_lede
from eventwire.actors.listed_states import drop_listed_states
from eventwire.actors.mentions import MentionFinder
from eventwire.actors.named_places import code_at_named_places
from eventwire.actors.nationality import code_by_demonyms
from eventwire.actors.office_bodies import code_bodies_by_office
from eventwire.actors.opening_surnames import tell_day
from eventwire.actors.opposition_people import code_opposition_people
from eventwire.actors.own_places import code_at_own_places
from eventwire.actors.party_homes import code_party_homes
from eventwire.actors.party_legislators import code_party_legislators
from eventwire.actors.party_workers import code_party_workers
from eventwire.actors.political_camps import code_camps_at_home
from eventwire.actors.predicated_nationality import code_by_predicates
from eventwire.actors.qualifier_actors import drop_qualifiers
from eventwire.actors.reported_officials import code_reported_officials
from eventwire.actors.scenes import code_at_scenes
from eventwire.actors.shared_names import code_shared_names
from eventwire.actors.staff_sectors import code_staff_sectors
from eventwire.actors.story_staff import code_story_staff
from eventwire.actors.titled_owners import code_by_owner_titles
from eventwire.model import Actor, Article, Evidence, Mention
from eventwire.parse.nlp import doc_text
from eventwire.parse.pubdate import publication_day


def extract_actors(doc: Doc, article: Article) -> tuple[list[Actor], list[Mention]]:
    """People, organisations, countries and groups with codes and every mention linked."""
    agency = article.agency.evidence if article.agency else None
    place = article.dateline_place.evidence if article.dateline_place else None
    tell_day(doc, publication_day(article))  # "Sanders attacked": who bears it that day
    candidates = drop_qualifiers([c for c in MentionFinder(doc).find(agency) if not _in(c, place)])
    resolved = resolve_actors(article.text, candidates, publication_day(article))
    actors, mentions = drop_listed_states(doc, *resolved)
    home = code_from_knowledge(article, actors, mentions, candidates, doc)
    code_journalists(doc, actors, mentions)
    code_at_scenes(doc, actors, mentions)
    code_by_coordinated_states(doc, actors, mentions)
    code_at_homelands(doc, actors, mentions)
    code_at_own_places(doc, actors, mentions)
    code_by_descriptions(doc, actors, mentions)
    code_by_predicates(doc, actors, mentions)  # "X is a French citizen"
    code_by_demonyms(doc, actors, mentions)  # "Juan Perez … the Cuban father"
    code_by_lede(doc, actors, mentions)  # "The Romanian hacker … pleaded" … "Lazar said"
    code_kin(doc, actors, mentions)  # "Elena's father", once Elena's country is told
    code_by_appositions(doc, actors, mentions)  # "Elena's father, Juan, …"
    code_kin(doc, actors, mentions)  # "Juan's brother" once Juan's is
    code_reported_officials(doc, actors, mentions)  # "Soviet spokesman X said envoy Y left"
    code_by_owner_titles(doc, candidates, actors, mentions)
    code_at_named_places(actors, mentions)
    code_shared_names(actors, publication_day(article))
    code_creed_parties(doc, actors, mentions)
    code_described_parties(doc, actors, mentions)
    code_party_workers(doc, actors, mentions)  # "X, a Republican consultant"
    code_party_homes(doc, article, actors, mentions, current_table())
    code_campaigners(doc, actors, mentions, publication_day(article))
    code_staff_sectors(candidates, actors, mentions)  # "a spokesman for Lee" once Lee runs
    code_story_staff(doc, actors, mentions)  # "Aides said" in a story of Clinton's campaign
    code_party_legislators(doc, actors, mentions)
    code_opposition_people(doc, actors, mentions)
    code_camps_at_home(article, actors, current_table())
    code_bodies_by_office(doc, actors, mentions)  # "executive director of the X Movement"
    if home is None:
        code_at_late_home(article, (doc, actors, mentions), candidates)
    read_namesake_states(actors)  # "Georgia Tech" in a story of Americans
    states_of_the_day(actors, publication_day(article))  # also what the later passes coded
    name_known_people(
        actors, mentions, doc_text(doc), publication_day(article)
    )  # "Obama" is Barack Obama
    return actors, mentions


def _in(candidate: Candidate, place: Evidence | None) -> bool:
    """ "ODESSA, Ukraine —": the dateline's place says where the story was filed; it is no
    actor (NER tags a capitalised dateline as an organisation)."""
    return place is not None and place.start <= candidate.start < place.end
