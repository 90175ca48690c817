"""Veterans named by their war: "Vietnam veterans", "Iraq war veterans" served in a war fought
in that country, and belong to the article's home country (coding gives them its country), not
to the country their war is named after; "Vietnamese veterans", a demonym, stay Vietnam's."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.phrases import code
from eventwire.code_phrases import MAX_COUNTRY_TOKENS, country_phrases
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import tokens, tokens_in
from eventwire.sectors import CIVILIANS

VETERANS_SECTOR = CIVILIANS  # qualified_groups.tsv: veterans are civilians


def find_war_veterans(finder: MentionCollector) -> None:
    """Add a home group for each veterans noun after the name of the country of their war."""
    doc = finder.doc
    for token in tokens_in(doc, word_set("war_service_noun")):
        span = _war_named(doc, token.i)
        if span is None or not finder.free(span):
            continue
        sector = code(doc, VETERANS_SECTOR, token.idx, token.idx + len(token))
        key = f"bare:{token.lower_}:{span.text.lower()}"
        finder.add(MentionKind.NAME, ActorType.GROUP, span, key=key, sector=sector)


def _war_named(doc: Doc, noun: int) -> Span | None:
    """ "Vietnam veterans", "Iraq war veterans": the span from the country's name (not a
    demonym) to the noun, the name right before it or before "war"."""
    end = noun - 1 if noun and doc[noun - 1].lower_ == "war" else noun
    for start in range(max(0, end - MAX_COUNTRY_TOKENS), end):
        match = country_phrases().at(tokens(doc), start, MAX_COUNTRY_TOKENS)
        if match is not None and match.end == end and not match.value.is_demonym:
            return doc[start : noun + 1]
    return None
