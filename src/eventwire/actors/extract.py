"""Actors of an article: find candidate mentions, resolve them into actors, then code them
from knowledge where the text gives no code."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.coding import code_from_knowledge
from eventwire.actors.coreference import resolve_actors
from eventwire.actors.homelands import code_at_homelands
from eventwire.actors.mentions import MentionFinder
from eventwire.actors.scenes import code_at_scenes
from eventwire.model import Actor, Article, Mention


def extract_actors(doc: Doc, article: Article) -> tuple[list[Actor], list[Mention]]:
    """People, organisations, countries and groups with codes and every mention linked."""
    agency = article.agency.evidence if article.agency else None
    candidates = MentionFinder(doc).find(agency)
    actors, mentions = resolve_actors(article.text, candidates)
    code_from_knowledge(article, actors, mentions, candidates)
    code_at_scenes(doc, actors, mentions)
    code_at_homelands(doc, actors, mentions)
    return actors, mentions
