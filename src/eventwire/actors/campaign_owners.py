"""People whose election campaign the story names ("McCain's campaign", "the Bush campaign") in a
story about a contest ("the South Carolina primary"): they are candidates, which the coding
rules code as a party's (PTY), whatever seat they hold or the known-actor table gives them for
that year. A campaign against something ("Bush's campaign against terrorism") is a drive, not a
run for office."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Mention, MentionKind
from eventwire.parse.nlp import expanded_span, tokens_in

PARTY = "PTY"
CAMPAIGN = "campaign"
METHOD = "campaign owner"
DRIVE_PREPOSITIONS = {"against", "on", "to"}  # "campaign against terrorism", "on drugs"


def code_campaigners(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Code as candidates the people whose campaign an election story names."""
    if not tokens_in(doc, word_set("election_contest_noun")):
        return
    people = {a.id: a for a in actors if a.type == ActorType.PERSON}
    for mention in mentions:
        person = people.get(mention.actor_id)
        if person is None or mention.kind not in {MentionKind.NAME, MentionKind.SURNAME}:
            continue
        campaign = _owned_campaign(doc, mention)
        if campaign is not None and (person.sector is None or person.sector.value != PARTY):
            evidence = mention.evidence.model_copy()
            person.sector = Code(value=PARTY, evidence=evidence, method=METHOD)
            person.role = None


def _owned_campaign(doc: Doc, mention: Mention) -> Token | None:
    """ "McCain's campaign", "the Bush campaign": the election campaign the name owns."""
    span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
    if span is None or span.end >= len(doc):
        return None
    at = span.end + 1 if doc[span.end].tag_ == "POS" else span.end
    if at >= len(doc) or doc[at].lower_ != CAMPAIGN:
        return None
    campaign = doc[at]
    drive = any(c.lower_ in DRIVE_PREPOSITIONS for c in campaign.rights)
    return None if drive else campaign
