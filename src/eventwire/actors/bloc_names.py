"""Political blocs named by a proper name and the kind of bloc: "the Sloga (Unity) coalition",
"the opposition Napred alliance".

A coalition or alliance of parties is often named by one foreign word that NER leaves untagged
or tags as a person, with its gloss in brackets and the bloc noun after it. The name, its gloss
and the noun are one organisation (PTY; OPP with "opposition" before it), so that a later "the
coalition" refers back to it (`events.participants`: the latest body whose head noun it is).
A place, a country's people or a bloc of states before the noun ("the Atlantic alliance", "Saudi
coalition", "Western alliance") names no bloc of parties and is left to the group rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.country_modifiers import country_modifier
from eventwire.actors.opposition_groups import opposition_sector
from eventwire.actors.phrases import code
from eventwire.codes import organization_lexicon
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import AREA_ENTITIES, tokens_in
from eventwire.sectors import PARTY

NAME_JOINERS = word_set("name_joiner")  # words inside a longer name


def find_bloc_names(finder: MentionCollector) -> None:
    """Add each proper name + bloc noun not yet claimed as a political organisation."""
    for noun in tokens_in(finder.doc, word_set("bloc_noun")):
        if noun.pos_ != "NOUN":
            continue
        span = _bloc_span(noun)
        if span is None or not finder.free(span):
            continue
        before = [noun.doc[span.start - 1]] if span.start else []
        value = opposition_sector(before, PARTY)
        sector = code(finder.doc, value, span.start_char, span.end_char)
        finder.add(
            MentionKind.NAME, ActorType.ORGANIZATION, span, key=span.text.lower(), sector=sector
        )


def _bloc_span(noun: Token) -> Span | None:
    """The name before the bloc noun, back over a bracketed gloss: "Sloga (Unity) coalition"."""
    doc, start = noun.doc, noun.i
    if start and doc[start - 1].text == ")":
        opening = next((t.i for t in reversed(doc[: start - 1]) if t.text == "("), None)
        if opening is None or start - opening > 5:
            return None
        start = opening
    names = 0
    while start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start, names = start - 1, names + 1
    inside_name = start > 1 and doc[start - 1].lower_ in NAME_JOINERS  # "Alliance for Change"
    if not names or inside_name or any(map(_of_states, doc[start : noun.i])):
        return None
    if doc[start : noun.i].text in organization_lexicon():  # "the NATO alliance": a known body
        return None
    return doc[start : noun.i + 1]


def _of_states(word: Token) -> bool:
    """A place, a country's people or a bloc of states: "Atlantic", "Saudi", "Western"."""
    return (
        word.ent_type_ in AREA_ENTITIES
        or country_modifier(word) is not None
        or word.lower_ in word_set("force_of_states")
    )
