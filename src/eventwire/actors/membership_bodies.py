"""Membership bodies named for their members ("American Federation of Teachers", "Federation
of Ghana Employers", "Uganda Manufacturers Association", "Malawi Private Enterprise
Foundation"): a body of businesses is BUS; a body of working people is a union, NGO as the
known-actors table codes the unions it lists (AFL-CIO, Teamsters). The state's word in a
union's name ("Federation of Government Employees") says neither."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.phrases import code
from eventwire.codes import group_lexicon
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.sectors import ADVOCACY, BUSINESS

UNION = ADVOCACY
WORKING_SECTORS = word_set("working_sector")  # workers, teachers, nurses: unionised trades


def members_sector(span: Span) -> Code | None:
    """BUS or NGO for a membership body whose name says its members, else None."""
    if len(span) < 2 or span.root.lower_ not in word_set("membership_body"):
        return None
    for test, sector in ((_business_word, BUSINESS), (_working_people, UNION)):
        word = next((t for t in span if test(t)), None)
        if word is not None:
            return code(span.doc, sector, word.idx, word.idx + len(word))
    return None


def _business_word(token: Token) -> bool:
    """ "Enterprise", "Commerce", "Manufacturers", "Employers": a word of business."""
    lower = token.lower_
    return lower in word_set("business_name_word") or group_lexicon().get((lower,)) == BUSINESS


def _working_people(token: Token) -> bool:
    """ "Teachers", "Employees", "Nurses": a plural noun of people who work for a wage."""
    if token.tag_ not in PLURAL_NOUN_TAGS:
        return False
    lower = token.lower_
    return lower in word_set("staff_noun") or group_lexicon().get((lower,)) in WORKING_SECTORS
