"""People whose election campaign the story names ("McCain's campaign", "the Bush campaign") in a
story about a contest ("the South Carolina primary"), or whom the contest itself names (a poll
share, a win: actors.contest_candidates): they are candidates, which the coding rules code as a
party's (PTY), whatever seat they hold or the known-actor table gives them for that year. A
sitting head of state or government ("the Bush campaign" of President Bush) governs while
running and stays GOV, as the rules code an incumbent. A campaign against something ("Bush's
campaign against terrorism") is a drive, not a run for office."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.actors.contest_candidates import backed_for_office, runs_in_contest
from eventwire.actors.incumbents import sitting_executive
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Mention, MentionKind
from eventwire.parse.nlp import expanded_span, tokens_in
from eventwire.parse.tags import POSSESSIVE_TAG
from eventwire.sectors import OPPOSITION, PARTY

KEPT_SECTORS = {PARTY, OPPOSITION}  # a party's already, or the opposition's
CAMPAIGN = "campaign"
METHOD = "campaign owner"
DRIVE_PREPOSITIONS = word_set("drive_preposition")  # "campaign against terrorism", "on drugs"


def code_campaigners(
    doc: Doc, actors: list[Actor], mentions: list[Mention], on: date | None
) -> None:
    """Code as candidates the people whose campaign an election story names, in a contest
    of the article's day (`on`), not one its words date earlier."""
    election = bool(tokens_in(doc, word_set("election_contest_noun")))
    people = {a.id: a for a in actors if a.type == ActorType.PERSON}
    for mention in mentions:
        person = people.get(mention.actor_id)
        if person is None or mention.kind not in {MentionKind.NAME, MentionKind.SURNAME}:
            continue
        span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
        if span is None or _kept(person):
            continue
        if not (backed_for_office(span.root) or (election and _runs(doc, span, on))):
            continue
        evidence = mention.evidence.model_copy()
        person.sector = Code(value=PARTY, evidence=evidence, method=METHOD)
        person.role = None


def _kept(person: Actor) -> bool:
    """A party's or the opposition's already, or a sitting executive ("President Bush",
    "Vice President Gore"), who stays the state's."""
    return person.sector_code in KEPT_SECTORS or sitting_executive(person)


def _runs(doc: Doc, span: Span, on: date | None) -> bool:
    """The name owns a campaign, or the contest names it as running."""
    year = on.year if on else None
    return owned_campaign(doc, span) is not None or runs_in_contest(doc, span, year)


def owned_campaign(doc: Doc, span: Span) -> Token | None:
    """ "McCain's campaign", "the Bush campaign": the election campaign the name owns."""
    if span.end >= len(doc):
        return None
    at = span.end + 1 if doc[span.end].tag_ == POSSESSIVE_TAG else span.end
    if at >= len(doc) or doc[at].lower_ != CAMPAIGN:
        return None
    campaign = doc[at]
    drive = any(c.lower_ in DRIVE_PREPOSITIONS for c in campaign.rights)
    return None if drive else campaign
