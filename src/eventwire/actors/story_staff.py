"""Bare staff in a campaign story: "aides", "advisers", "staffers" named with no owner
("Aides said she would stay in Iowa") serve the principal the story is telling of there, as
readers take them: the person whose campaign the sentence or the one before names ("the
Clinton campaign"), else the subject of that sentence. A candidate's staff are the
campaign's (PTY, as the coding rules code campaign staff); an office holder's, or staff with
no principal near, stay the state's officials (GOV) that the bare noun stands for.

Run after `campaign_owners`, once the principals' sectors are final."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from eventwire.actors.campaign_owners import CAMPAIGN, owned_campaign
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Evidence, Mention
from eventwire.parse.deps import COMPOUND_DEPS, OWNER_DEPS, PREPOSITION_DEPS
from eventwire.parse.nlp import doc_text, expanded_span, tokens_in
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import PLURAL_NOUN_TAG
from eventwire.sectors import GOVERNMENT, PARTY

METHOD = "story staff"
OWNING_PREPOSITIONS = word_set("staff_owner_preposition")  # "aides to Clinton", "advisers at"

MentionSpan = tuple[Mention, Span | None]


class Person(NamedTuple):
    """A person (or the campaign standing for its candidate) and the words that name them."""

    actor: Actor
    words: Span


class Tie(NamedTuple):
    """The principal bare staff serve, and the words an analyst reads the tie in: the
    campaign's ("the Clinton campaign"), else the staff's own noun ("Aides")."""

    principal: Actor
    words: Span


def code_story_staff(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Code as the campaign's (PTY) the bare staff whose principal, near each of their
    mentions, is a candidate; in a story about an election contest only."""
    if not tokens_in(doc, word_set("election_contest_noun")):
        return
    spans = [(m, expanded_span(doc, m.evidence.start, m.evidence.end)) for m in mentions]
    people = _people_at(actors, spans)
    spans_of: dict[str, list[Span | None]] = defaultdict(list)
    for mention, span in spans:
        spans_of[mention.actor_id].append(span)
    for staff in (a for a in actors if a.type == ActorType.GROUP and a.sector_code == GOVERNMENT):
        heads = [_bare_staff(span) for span in spans_of[staff.id]]
        if not heads or None in heads:
            continue  # an owned or a modified mention is another group's
        ties = [_principal(h, people) for h in heads if h is not None]
        found = [t for t in ties if t is not None]
        if found and all(t.principal.sector_code == PARTY for t in found):
            words = found[0].words
            evidence = Evidence.of(doc_text(doc), words.start_char, words.end_char)
            staff.sector = Code(value=PARTY, evidence=evidence, method=METHOD)


def _people_at(actors: list[Actor], spans: list[MentionSpan]) -> dict[int, Person]:
    """Token index → the person whose mention (name, title or pronoun) covers it, or the
    campaign body ("the Trump campaign") that stands for its candidate."""
    by_id = {a.id: a for a in actors}
    covered: dict[int, Person] = {}
    for mention, span in spans:
        actor = by_id.get(mention.actor_id)
        if actor is None or span is None:
            continue
        if actor.type == ActorType.PERSON or span.root.lower_ == CAMPAIGN:
            covered.update({i: Person(actor, span) for i in range(span.start, span.end)})
    return covered


def _bare_staff(span: Span | None) -> Token | None:
    """The staff noun of a mention that is a plural served-staff noun with no owner: no
    possessive or name before it ("Clinton's aides", "Trump aides", "campaign aides"), no
    one after it whom they serve or where they work ("aides to Clinton", "advisers at
    McKinsey")."""
    if span is None:
        return None
    head = span.root
    if head.lower_ not in word_set("served_staff_noun") or head.tag_ != PLURAL_NOUN_TAG:
        return None
    if any(c.dep_ in OWNER_DEPS | COMPOUND_DEPS for c in head.children):
        return None
    if any(c.dep_ in PREPOSITION_DEPS and c.lower_ in OWNING_PREPOSITIONS for c in head.rights):
        return None
    return head


def _principal(staff: Token, people: dict[int, Person]) -> Tie | None:
    """Whom bare staff serve: in their sentence, then the one before, the person whose
    campaign is named, else the person who is the sentence's subject; in their own sentence,
    else the person named nearest them."""
    sentence = staff.sent
    sentences = [sentence]
    if sentence.start > 0:
        sentences.append(staff.doc[sentence.start - 1].sent)
    own = staff.doc[staff.i : staff.i + 1]
    for words in sentences:
        campaign = _campaign_owner(words, people)
        if campaign is not None:
            return campaign
        found = _subject(words, people, staff)
        if words == sentence:  # "has exasperated Mr. Obama, who ... than aides say"
            found = found or _nearest(words, people, staff)
        if found is not None:
            return Tie(found, own)
    return None


def _campaign_owner(words: Span, people: dict[int, Person]) -> Tie | None:
    """The person whose campaign the sentence names, with the campaign's words: "the Clinton
    campaign", "Trump's campaign said"."""
    for token in (t for t in words if t.i in people):
        person = people[token.i]
        if token.lower_ == CAMPAIGN:
            return Tie(person.actor, person.words)
        campaign = owned_campaign(words.doc, words.doc[token.i : token.i + 1])
        if campaign is not None:
            return Tie(person.actor, words.doc[person.words.start : campaign.i + 1])
    return None


def _subject(words: Span, people: dict[int, Person], staff: Token) -> Actor | None:
    """The person who is the subject of the sentence's main verb, when the staff are not."""
    root = words.root
    for child in (c for c in root.children if c.dep_ in SUBJECT_DEPS and c != staff):
        if child.i in people:
            return people[child.i].actor
    return None


def _nearest(words: Span, people: dict[int, Person], staff: Token) -> Actor | None:
    """The person named nearest the staff in their sentence."""
    near = sorted((t for t in words if t.i in people), key=lambda t: abs(t.i - staff.i))
    return people[near[0].i].actor if near else None
