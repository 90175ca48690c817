"""The confidence features that read an act's occasion and parties: a private person's trip or
purchase, a candidate's rally, a meeting with the press, money given to a candidate, an act
named as missing, a scholar's view or an interview's question, businesses among themselves. Each
marks a reading an analyst would not count as the coded act; `confidence` weighs them."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.analysts import scholars_verdict, scholars_view
from eventwire.events.bestowed import unsaid_tribute
from eventwire.events.business_dealings import approved_by_business, between_businesses
from eventwire.events.cameo_codes import VISIT
from eventwire.events.campaign_rallies import RALLIES
from eventwire.events.campaign_trail import CAMPAIGN_SECTORS
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import (
    ACCUSE,
    AGREE,
    AID,
    CONSULT,
    COOPERATE,
    PROTEST,
    SUPPORT,
)
from eventwire.events.press import interview_question, press_or_topic, writer_met
from eventwire.events.private_purchases import private_purchase
from eventwire.events.travel import is_travel
from eventwire.events.vouched_facts import believed_proposition, vouches_for_a_fact
from eventwire.model import Participant
from eventwire.parse.deps import DOER_DEPS, PURPOSE_CLAUSE_DEPS
from eventwire.parse.subjects import clause_subjects
from eventwire.sectors import GOVERNMENT, LEGISLATORS, MEDIA, PARTY

ABSENCE = words("event_words.tsv", "absence")
OFFICE_SECTORS = {PARTY, GOVERNMENT, LEGISLATORS}  # candidates, officials, legislators


def occasion_features(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> list[tuple[str, bool]]:
    """The act's occasion and parties: a private trip or purchase, a campaign or press event,
    a question or a scholar's view, a candidate, an absence, praise accepted from no one named,
    businesses among themselves."""
    head = match.head
    return [
        ("is sure", match.code.type == AGREE and vouches_for_a_fact(head)),  # of a fact
        ("is sure", match.code.type == SUPPORT and match.nominal and believed_proposition(head)),
        ("private trip", _private_trip(match, actors)),
        ("trade", match.code.type == COOPERATE and private_purchase(match, actors)),
        ("campaign event", _campaign_event(match, actors)),
        ("press contact", _press_contact(match, actors, recipients)),
        ("asks a question", match.code.type == ACCUSE and interview_question(match.head)),
        ("judged, not told", scholars_view(match, actors)),  # "X has to win it," a scholar said
        ("judged, not told", scholars_verdict(match, actors)),  # "X seems crazy," a scholar said
        ("to a candidate", _to_candidates(match, recipients)),
        ("absent", match.nominal and _absent(head)),
        ("tribute from no one", match.nominal and unsaid_tribute(head)),
        ("between businesses", between_businesses(match.code.type, actors, recipients, head.sent)),
        (
            "business approval",
            approved_by_business(match.code.type, head.lemma_.lower(), actors, recipients),
        ),
    ]


def _private_trip(match: TriggerMatch, actors: list[Participant]) -> bool:
    """ "was traveling to Cairo to visit her daughter", "the Clintons have visited the
    restaurant": a trip is a visit only by someone who acts for a state or group, an actor
    with a sector."""
    told = is_travel(match.head) or bool(actors) or bool(_visitors(match.head))
    return match.code.cameo == VISIT and told and not any(p.sector for p in actors)


def _visitors(head: Token) -> list[Token]:
    """Who visits as the parse tells it: "their visit", "she visited", "bitten while visiting
    Austin" (the subject of the clause a subjectless participle hangs on); when none of them is
    an actor, the visitor is a private person."""
    own = [c for c in head.children if c.dep_ in DOER_DEPS]
    if own or head.dep_ not in PURPOSE_CLAUSE_DEPS:
        return own
    return clause_subjects(head.head)


def _campaign_event(match: TriggerMatch, actors: list[Participant]) -> bool:
    """ "Trump will be holding a rally at an Elks Lodge": a rally held by a candidate, party or
    official is a campaign event; protesters, civilians or an opposition rally against someone.
    A rally by no one named is left to the "no participants" weight: it is as often a protest
    ("a rally in the capital") as a campaign stop."""
    if match.code.type != PROTEST or match.head.lemma_.lower() not in RALLIES:
        return False
    return any(p.sector in OFFICE_SECTORS for p in actors)


def _press_contact(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "met with local reporters", "talking to reporters on Monday", "a Post-sponsored tech
    conference", "when I first met him": meeting the press, or a meeting the press or the
    writer holds, is how words get out (plain saying), not consultation between political
    actors."""
    if match.code.type != CONSULT:
        return False
    if press_or_topic(match.head) or writer_met(match.head, actors):
        return True
    partners = [p for p in recipients if p.sector] or [p for p in actors if p.sector]
    return bool(partners) and all(p.sector == MEDIA for p in partners)


def _to_candidates(match: TriggerMatch, recipients: list[Participant]) -> bool:
    """ "donated $2,400 to Ayotte", "received nine donations": money given to candidates,
    parties and legislators is political giving, not aid."""
    return (
        match.code.type == AID
        and bool(recipients)
        and all(p.sector in CAMPAIGN_SECTORS for p in recipients)
    )


def _absent(noun: Token) -> bool:
    """ "will go on without the support of the corporations", "arrested without charge": an
    act named as missing did not happen."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ABSENCE
