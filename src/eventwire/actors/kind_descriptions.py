"""Organisations named again by their kind: "the company" after "Exxon Mobil", "the network"
after "CNN", "the agency" after "the Environmental Protection Agency".

News names a body once and then calls it by what it is. Such a definite kind noun is the
organisation of that kind (its sector, by the `anaphoric_noun` lexicon) told before; of
several, the one the sentence or the one before mentions, and none when two are in play. A
kind noun followed by its own name ("the company Norvald") is someone new, left to the name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.candidates import Candidate, MentionCollector
from eventwire.actors.descriptions import only_in_play
from eventwire.actors.known_descriptions import find_race_descriptions
from eventwire.actors.later_descriptions import RESTRICTING_DEPS, find_said_descriptions
from eventwire.actors.office_descriptions import find_office_descriptions
from eventwire.lexicons import word_map, word_set
from eventwire.model import Actor, ActorType, MentionKind
from eventwire.parse.deps import NOUN_ARGUMENT_DEPS
from eventwire.parse.nlp import tokens_in
from eventwire.parse.tags import NOUN_TAG

MODIFIER_POS = frozenset({"ADJ", "NOUN", "ADV", "PUNCT", "NUM"})  # "the Dallas-based oil company"
SECTOR = "sector"  # the candidate's `extra` key: the sector its kind noun says


def find_later_descriptions(finder: MentionCollector) -> None:
    """Descriptions that name an actor told before: a person by what the story said of them
    ("the 68-year-old", "the billionaire"), place in a race ("the front-runner") or office ("the
    speaker"), an organisation by its kind ("the company")."""
    find_said_descriptions(finder)
    find_race_descriptions(finder)
    find_office_descriptions(finder)
    find_kind_descriptions(finder)


def find_kind_descriptions(finder: MentionCollector) -> None:
    """Add a title candidate for each "the (modifiers) <kind noun>" that is an argument."""
    for token in tokens_in(finder.doc, word_map("anaphoric_noun")):  # only the kind nouns
        sector = _kind_sector(token)
        phrase = _kind_phrase(token) if sector else None
        if phrase is None or not finder.free(phrase):
            continue
        candidate = finder.add(MentionKind.TITLE, ActorType.ORGANIZATION, phrase, key="")
        candidate.extra[SECTOR] = sector


def _kind_sector(noun: Token) -> str | None:
    """The sector a singular kind noun says ("company": BUS); generic nouns ("group") say none."""
    sector = word_map("anaphoric_noun").get(noun.lower_)
    return sector if noun.tag_ == NOUN_TAG and sector not in {None, "any"} else None


def _kind_phrase(noun: Token) -> Span | None:
    """ "the company", "the Dallas-based oil company" as a subject or object; not one that
    says it is another body ("the new company", "the firm of Donaldson, Lufkin", "the
    newspaper with the largest circulation") or has a name of its own ("the company, Norvald,")."""
    if noun.dep_ not in NOUN_ARGUMENT_DEPS or noun.left_edge.lower_ != "the":
        return None
    between = noun.doc[noun.left_edge.i + 1 : noun.i]
    if any(t.pos_ not in MODIFIER_POS or t.lower_ in word_set("other_referent") for t in between):
        return None
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
    if named or any(c.dep_ in RESTRICTING_DEPS for c in noun.children):
        return None
    return noun.doc[noun.left_edge.i : noun.i + 1]


def kind_body(
    candidate: Candidate, before: list[tuple[Candidate, Actor]], text: str
) -> Actor | None:
    """The organisation of the description's sector told before it, outside quotes. A body
    whose sector is not known yet (the known-actor table codes it later) may be a rival."""
    sector = candidate.extra[SECTOR]
    bodies = [(o, a) for o, a in before if _may_be(a, sector) and not o.in_quote]
    pool = list({id(a): a for _, a in bodies}.values())
    body = only_in_play(pool, candidate, bodies, text)
    return body if body is not None and body.sector is not None else None


def _may_be(actor: Actor, sector: str) -> bool:
    return actor.type == ActorType.ORGANIZATION and (
        actor.sector is None or actor.sector.value == sector
    )
