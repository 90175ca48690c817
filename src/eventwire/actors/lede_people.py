"""The person a story opens on by nationality and names only after: "The Romanian hacker who
exposed the senator's email pleaded guilty Wednesday. ... As part of his plea, Marcel Lazar,
44, said ...".

News often keeps the name out of its opening sentence and gives it a sentence or two later
(delayed identification). The opening describes the person by a demonym, which the name never
repeats, so the name would be left with the article's home country. When the opening
sentence's subject is such a description and names no one, the first person named in the next
sentences is that person: coded only by the home default (or not at all), they take the
demonym's country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.homelands import head_word
from eventwire.actors.nationality import demonym_code
from eventwire.actors.scenes import coded_by_home
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Mention, MentionKind
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import NOUN_TAG

OPENING_SENTENCES = 3  # the headline, a dateline line and the lede's own sentence
NAMED_WITHIN = 3  # sentences after the lede in which the name must come
ARTICLES = word_set("article")  # "the", "a", "an": a description opens with one
PERSON = ActorType.PERSON


def code_by_lede(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give the first person named after a lede that describes someone by nationality the
    demonym's country, where that person is new there and only the home default coded them."""
    by_id = {a.id: a for a in actors}
    people = _people(mentions, by_id)
    sentences = list(doc.sents)
    lede = _lede(doc, sentences[:OPENING_SENTENCES], people)
    if lede is None:
        return
    sentence, country = lede
    after = [s for s in sentences if s.start >= sentence.end][:NAMED_WITHIN]
    end = after[-1].end_char if after else sentence.end_char
    named = [m for m in people if sentence.end_char <= m.evidence.start < end]
    first = next((m for m in named if m.kind == MentionKind.NAME), None)
    if first is None or any(_of(m, first) and m.evidence.start < sentence.end_char for m in people):
        return  # no one named next, or a person told before the lede
    actor = by_id[first.actor_id]
    if actor.country is None or coded_by_home(actor, {PERSON}):
        actor.country = country


def _lede(doc: Doc, opening: list[Span], people: list[Mention]) -> tuple[Span, Code] | None:
    """The first opening sentence whose subject describes a person by a demonym ("The
    Romanian hacker … pleaded guilty"), with that demonym's country."""
    for sentence in opening:
        inside = [m for m in people if sentence.start_char <= m.evidence.start < sentence.end_char]
        for mention in inside:
            head = head_word(doc, mention) if mention.kind == MentionKind.TITLE else None
            country = _described_subject(head) if head is not None else None
            if country is not None:
                return sentence, country
    return None


def _of(mention: Mention, other: Mention) -> bool:
    """Whether two mentions are of one actor."""
    return mention.actor_id == other.actor_id


def _described_subject(head: Token) -> Code | None:
    """The demonym's country of "the/a <demonym> <noun>" as a subject."""
    if head.dep_ not in SUBJECT_DEPS:
        return None
    if head.left_edge.lower_ not in ARTICLES or head.tag_ != NOUN_TAG:
        return None
    return demonym_code(head)


def _people(mentions: list[Mention], by_id: dict[str, Actor]) -> list[Mention]:
    """The mentions of people, in text order."""
    found = [m for m in mentions if by_id[m.actor_id].type == PERSON]
    return sorted(found, key=lambda m: m.evidence.start)
