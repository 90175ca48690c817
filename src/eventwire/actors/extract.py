"""Actors of an article: find candidate mentions, then resolve them into coded actors."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.coreference import resolve_actors
from eventwire.actors.mentions import MentionFinder
from eventwire.model import Actor, Article, Mention


def extract_actors(doc: Doc, article: Article) -> tuple[list[Actor], list[Mention]]:
    """People, organisations, countries and groups with codes and every mention linked."""
    agency = article.agency.evidence if article.agency else None
    return resolve_actors(article.text, MentionFinder(doc).find(agency))
