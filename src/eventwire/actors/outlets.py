"""News outlets and known people's names, as the mention finder checks NER's organisations
against them ("Washington Post-ABC News" is one joint poll; "Trump's" tagged as an
organisation is the person)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventwire.actors.known import TABLE
from eventwire.actors.known_rows import builtin_rows
from eventwire.codes import organization_lexicon
from eventwire.model import ActorType, Code, Evidence
from eventwire.parse.nlp import doc_text
from eventwire.sectors import MEDIA

if TYPE_CHECKING:
    from spacy.tokens import Span


@cache
def known_person_names() -> frozenset[str]:
    """Every name and alias of a person in the known-actor table."""
    return frozenset(
        form
        for row in builtin_rows()
        if row.type == ActorType.PERSON
        for form in (row.name, *row.aliases)
    )


@cache
def known_organization_names() -> frozenset[str]:
    """Every name and alias of an organisation eventwire's tables list."""
    rows = (
        form
        for row in builtin_rows()
        if row.type == ActorType.ORGANIZATION
        for form in (row.name, *row.aliases)
    )
    return frozenset(rows) | frozenset(organization_lexicon())


@cache
def news_outlets() -> dict[str, str | None]:
    """Every name and alias of a news outlet eventwire knows → its country."""
    outlets = {
        form: row.country
        for row in builtin_rows()
        if row.sector == MEDIA and row.type == ActorType.ORGANIZATION
        for form in (row.name, *row.aliases)
    }
    outlets.update(
        (name, org.country) for name, org in organization_lexicon().items() if org.sector == MEDIA
    )
    return outlets


@cache
def _outlets_in_any_case() -> dict[str, str | None]:
    """Known outlets by their names in lower case: a poll's joint name may write an outlet in
    capitals ("USA TODAY/Suffolk University")."""
    return {name.casefold(): country for name, country in news_outlets().items()}


def is_outlet(name: str) -> bool:
    """Whether the name, in any case, is a known news outlet's."""
    return name.casefold() in _outlets_in_any_case()


def joint_outlet(name: str) -> str | None:
    """The first known outlet of a joint name ("NBC News/Wall Street Journal"), else None."""
    parts = [part.strip() for part in re.split(r"[-/]", name)]
    if len(parts) < 2:
        return None
    return next((part for part in parts if is_outlet(part)), None)


def outlet_country(span: Span, outlet: str) -> Code | None:
    """The home country of a known outlet named inside `span`, its evidence the outlet's words."""
    country = _outlets_in_any_case().get(outlet.casefold())
    if not country:
        return None
    start = span.start_char + span.text.index(outlet)
    evidence = Evidence.of(doc_text(span.doc), start, start + len(outlet))
    return Code(value=country, evidence=evidence, method=TABLE)


def outlet_evidence(span: Span, start: int, end: int) -> tuple[int, int]:
    """A known outlet's evidence characters, widened over the "the" the text writes before
    it ("the Washington Post", "The Huffington Post"): a paper's title holds its article, and
    readers name the outlet with it; the actor keeps the table's name. The article must be
    the outlet's own: in "the CNN moderators" it is the moderators'."""
    article = span.doc[span.start - 1] if span.start else None
    if article is None or article.lower_ != "the" or not is_outlet(span.text):
        return start, end
    return (article.idx, end) if span.start <= article.head.i < span.end else (start, end)
