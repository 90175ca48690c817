"""Bare staff in a campaign story: "aides", "advisers", "staffers" named with no owner
("Aides said she would stay in Iowa") serve the principal the story is telling of there, as
readers take them: the person whose campaign the sentence or the one before names ("the
Clinton campaign"), else the subject of that sentence. A candidate's staff are the
campaign's (PTY, as the coding rules code campaign staff); an office holder's, or staff with
no principal near, stay the state's officials (GOV) that the bare noun stands for.

Run after `campaign_owners`, once the principals' sectors are final."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.campaign_owners import CAMPAIGN, names_own_campaign
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Mention
from eventwire.parse.deps import COMPOUND_DEPS, OWNER_DEPS, PREPOSITION_DEPS
from eventwire.parse.nlp import expanded_span, tokens_in
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import PLURAL_NOUN_TAG
from eventwire.sectors import GOVERNMENT, PARTY

METHOD = "story staff"
OWNING_PREPOSITIONS = {"to", "of", "for", "at"}  # "aides to Clinton", "advisers at McKinsey"


def code_story_staff(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Code as the campaign's (PTY) the bare staff whose principal, near each of their
    mentions, is a candidate; in a story about an election contest only."""
    if not tokens_in(doc, word_set("election_contest_noun")):
        return
    people = _people_at(doc, actors, mentions)
    for staff in (a for a in actors if a.type == ActorType.GROUP and a.sector_code == GOVERNMENT):
        heads = [_bare_staff(doc, m) for m in mentions if m.actor_id == staff.id]
        if not heads or None in heads:
            continue  # an owned or a modified mention is another group's
        principals = [_principal(h, people) for h in heads if h is not None]
        found = [p for p in principals if p is not None]
        if found and all(p.sector_code == PARTY for p in found) and found[0].sector:
            staff.sector = Code(value=PARTY, evidence=found[0].sector.evidence, method=METHOD)


def _people_at(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> dict[int, Actor]:
    """Token index → the person whose mention (name, title or pronoun) covers it, or the
    campaign body ("the Trump campaign") that stands for its candidate."""
    by_id = {a.id: a for a in actors}
    covered: dict[int, Actor] = {}
    for mention in (m for m in mentions if m.actor_id in by_id):
        span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
        actor = by_id[mention.actor_id]
        if span is not None and (actor.type == ActorType.PERSON or span.root.lower_ == CAMPAIGN):
            covered.update({i: actor for i in range(span.start, span.end)})
    return covered


def _bare_staff(doc: Doc, mention: Mention) -> Token | None:
    """The staff noun of a mention that is a plural served-staff noun with no owner: no
    possessive or name before it ("Clinton's aides", "Trump aides", "campaign aides"), no
    one after it whom they serve or where they work ("aides to Clinton", "advisers at
    McKinsey")."""
    span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
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


def _principal(staff: Token, people: dict[int, Actor]) -> Actor | None:
    """Whom bare staff serve: in their sentence, then the one before, the person whose
    campaign is named, else the person who is the sentence's subject; in their own sentence,
    else the person named nearest them."""
    sentence = staff.sent
    sentences = [sentence]
    if sentence.start > 0:
        sentences.append(staff.doc[sentence.start - 1].sent)
    for words in sentences:
        found = _campaign_owner(words, people) or _subject(words, people, staff)
        if words == sentence:  # "has exasperated Mr. Obama, who ... than aides say"
            found = found or _nearest(words, people, staff)
        if found is not None:
            return found
    return None


def _campaign_owner(words: Span, people: dict[int, Actor]) -> Actor | None:
    """The person whose campaign the sentence names: "the Clinton campaign", "Trump's
    campaign said"."""
    for token in (t for t in words if t.i in people):
        name = words.doc[token.i : token.i + 1]
        if token.lower_ == CAMPAIGN or names_own_campaign(words.doc, name):
            return people[token.i]
    return None


def _subject(words: Span, people: dict[int, Actor], staff: Token) -> Actor | None:
    """The person who is the subject of the sentence's main verb, when the staff are not."""
    root = words.root
    for child in (c for c in root.children if c.dep_ in SUBJECT_DEPS and c != staff):
        if child.i in people:
            return people[child.i]
    return None


def _nearest(words: Span, people: dict[int, Actor], staff: Token) -> Actor | None:
    """The person named nearest the staff in their sentence."""
    near = sorted((t for t in words if t.i in people), key=lambda t: abs(t.i - staff.i))
    return people[near[0].i] if near else None
