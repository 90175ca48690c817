"""A person told again by their office alone: "the speaker" after "Paul Ryan met Donald Trump".

News names an officeholder once and then calls them by the office's bare noun, which the reader
fills from what the story said or from who held the office that day. The noun alone ("speaker")
is no title of roles.tsv, since "a guest speaker" names no office: only "the" and the bare noun,
as an argument or an owner, stand for the one person told before whose title in the text or
whose office on the article's day (by the known-actor table) has that head noun; none when
two fit, and no actor of its own when no one does."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventwire.actors.candidates import Candidate, MentionCollector
from eventwire.actors.coding import current_table
from eventwire.actors.descriptions import definite_subject, only_in_play
from eventwire.actors.offices_then import office_head
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, MentionKind
from eventwire.parse.nlp import tokens_in
from eventwire.parse.tags import NOUN_TAG

OFFICE = "office"  # the candidate's `extra` key: the office noun it says
SLOT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})  # "the speaker's budget"


def find_office_descriptions(finder: MentionCollector) -> None:
    """Add a title candidate for each "the speaker" standing alone as a noun phrase."""
    for token in tokens_in(finder.doc, word_set("bare_office_noun")):
        phrase = _office_phrase(token)
        if phrase is None or not finder.free(phrase):
            continue
        candidate = finder.add(MentionKind.TITLE, ActorType.PERSON, phrase, key="")
        candidate.extra[OFFICE] = token.lower_


def _office_phrase(noun: Token) -> Span | None:
    """ "the speaker" with nothing else: a modifier ("the keynote speaker") or a phrase after
    it ("the speaker at the rally") tells another person, a plural ("the speakers") a group."""
    if noun.tag_ != NOUN_TAG or noun.dep_ not in SLOT_DEPS or noun.i == 0:
        return None
    if noun.left_edge.i != noun.i - 1 or noun.left_edge.lower_ != "the":
        return None
    if any(child.dep_ in {"prep", "relcl", "acl", "appos"} for child in noun.children):
        return None
    return noun.doc[noun.i - 1 : noun.i + 1]


def office_holder(
    candidate: Candidate, people: list[tuple[Candidate, Actor]], text: str, on: date | None
) -> Actor | None:
    """The one person told before whose office has the description's noun as its head."""
    noun = candidate.extra.get(OFFICE)
    if noun is None or not definite_subject(candidate, text):
        return None
    told = {id(actor): actor for _, actor in people}.values()
    fitting = [actor for actor in told if noun in _office_heads(actor, on)]
    return only_in_play(fitting, candidate, people, text)


def _office_heads(actor: Actor, on: date | None) -> set[str]:
    """The head nouns of the person's title in the text and of their offices that day."""
    heads = {office_head(actor.role.value)} if actor.role else set()
    if on is not None and actor.type == ActorType.PERSON:
        heads |= {office_head(row.role or "") for row in current_table().offices_on(actor.name, on)}
    return heads
