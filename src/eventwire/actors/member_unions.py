"""Unions named by the trade of their members: "the flight attendants' union", "the machinists
union", "the teachers' union". The union acts, not its members: one group with the union's
sector (groups.tsv codes unions as civilians) and the country its words name ("the Polish
miners' union"), not "the teachers" (EDU) nor no actor at all. A named union ("the United
Steelworkers union") is NER's organisation, found before."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.group_names import phrase_key
from eventwire.actors.phrases import code, find_country
from eventwire.codes import group_lexicon
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import tokens_in
from eventwire.parse.tags import PLURAL_NOUN_TAG

MEMBER_DEPS = frozenset({"poss", "compound"})  # "the miners' union", "the machinists union"
LEADING_DEPS = frozenset({"predet", "preconj"})  # "both", "all": no part of the name


def find_member_unions(finder: MentionCollector) -> None:
    """Add a group for each union whose modifier is the plural of a trade."""
    doc = finder.doc
    for union in tokens_in(doc, word_set("trade_union")):
        span = _union_span(union)
        sector = group_lexicon().get((union.lower_,))
        if span is None or sector is None or not finder.free(span):
            continue
        key = f"bare:{sector}:{phrase_key(span)}"
        finder.add(
            MentionKind.NAME,
            ActorType.GROUP,
            span,
            key=key,
            country=find_country(doc, list(span)),  # "the Polish miners' union"
            sector=code(doc, sector, union.idx, union.idx + len(union)),
        )


def _union_span(union: Token) -> Span | None:
    """ "the flight attendants' union": from its first word to the union noun, when a plural
    common noun (the members' trade) modifies it."""
    if union.pos_ != "NOUN" or not any(_names_members(child) for child in union.lefts):
        return None
    first = union.left_edge
    while first.dep_ in LEADING_DEPS:  # "both the teachers unions": the unions
        first = first.nbor()
    return union.doc[first.i : union.i + 1]


def _names_members(token: Token) -> bool:
    """A plural common noun that modifies the union: the trade its members work in."""
    return token.dep_ in MEMBER_DEPS and token.pos_ == "NOUN" and token.tag_ == PLURAL_NOUN_TAG
