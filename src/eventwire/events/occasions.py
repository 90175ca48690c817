"""Meetings named as the occasion of another act: "warned the Belgian leader during their
meeting in Brussels", "voiced my views in private meetings with the ministry", "engaged in talks
with shareholders".

A meeting noun that names its partners ("with the ministry", "their") is a meeting that took
place, coded on its own even when the sentence reports another act done at it; one that names
none ("at a White House meeting", "a town hall meeting") is a venue and stays one. Its doer,
where the noun names none, is whoever the clause says took part: the subject of the verb the
occasion hangs on. A meeting an invitation or a request bids a party to ("invited Trump to meet
with the leadership") is coded too, as the planned meeting of the one invited.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import CONSULT
from eventwire.events.verb_arguments import prep_nouns
from eventwire.events.word_classes import STATE_VERBS
from eventwire.model import Event
from eventwire.parse.tags import GERUND_TAG, VERB_POS

OCCASION_PREPS = {"during", "in", "at", "after", "following"}  # "after talks with X, he said"
MEETING_PARTNER_PREPS = {"with", "between"}  # "a meeting with X", "talks between X and Y"
JOINT_OWNERS = {"their", "our"}  # "during their meeting": the two sides themselves
COMING_OUT = words("event_words.tsv", "coming_out")  # "emerging from talks with X"
BIDDING = words("event_words.tsv", "bidding")  # invite, request: bid a party to a meeting
BID_DEPS = {"xcomp", "dobj"}  # "invited him to meet", "requested a meeting"


def partnered_meeting(match: TriggerMatch) -> bool:
    """A meeting noun, object of "during", "in" or "at", that names its partners."""
    return match.nominal and match.code.type == CONSULT and partnered_occasion(match.head)


def bid_meeting(match: TriggerMatch) -> bool:
    """A meeting that an invitation or a request bids a party to ("invited Trump to meet with
    the leadership", "invited him for a meeting with GOP leaders", "requested a meeting with
    Mr. Trump"): the coders code the meeting, planned or held, besides the bid, as they code
    "will meet on Friday"; what an agreement or a refusal governs stays its content."""
    return _bidder_of(match) is not None


def _bidder_of(match: TriggerMatch) -> Token | None:
    """The bidding verb of a partnered meeting match (see bid_meeting), or None."""
    if match.code.type != CONSULT:
        return None
    bidder = _bidder(match.head)
    if bidder is None:
        return None
    partnered = any(is_agent(p) for p in prep_nouns(match.head, MEETING_PARTNER_PREPS))
    return bidder if partnered else None  # with whom


def invited_doers(reader: RoleReader, match: TriggerMatch, event: Event) -> None:
    """Set the doers of a meeting an invitation bids a party to: the one invited meets ("invited
    Trump to meet with the leadership": Trump), not the host who invites; a request's meeting
    keeps its asker ("requested a meeting with him")."""
    bidder = _bidder_of(match)
    if bidder is None:
        return
    invited = [p for c in bidder.children if c.dep_ == "dobj" for p in reader.phrase(c)]
    if invited:
        event.actors = invited


def _bidder(meeting: Token) -> Token | None:
    """The verb of bidding whose infinitive or object the meeting is ("invited him to meet",
    "requested a meeting", "invited him for a meeting"), if any."""
    governor = meeting.head
    if meeting.dep_ == "pobj" and governor.lower_ == "for":
        governor = governor.head
    elif meeting.dep_ not in BID_DEPS:
        return None
    bidding = governor.pos_ in VERB_POS and governor.lemma_.lower() in BIDDING
    return governor if bidding else None


def partnered_occasion(noun: Token) -> bool:
    """An event noun, object of "during", "in" or "at", that names its partners ("with the
    ministry", "their")."""
    if noun.dep_ != "pobj" or not _occasion_prep(noun.head):
        return False
    if noun.head.head.lemma_.lower() in STATE_VERBS:
        return False  # "pledged to be neutral during peace talks": no act done at them
    partners = prep_nouns(noun, MEETING_PARTNER_PREPS)
    joint = any(c.dep_ == "poss" and c.lower_ in JOINT_OWNERS for c in noun.children)
    return joint or any(is_agent(p) for p in partners)


def _occasion_prep(prep: Token) -> bool:
    """ "during", "at", "after" an occasion, or "from" it after a verb of coming out."""
    coming_out = prep.lower_ == "from" and prep.head.lemma_.lower() in COMING_OUT
    return prep.lower_ in OCCASION_PREPS or coming_out


def occasion_doers(noun: Token) -> list[Token]:
    """The subject of the verb the occasion hangs on ("the general voiced his views in
    meetings with ..."): who took part in the meeting; a subjectless participle's is its
    clause's ("emerging from talks with X, the envoy said")."""
    verb = noun.head.head
    while verb.dep_ in {"dobj", "pobj", "prep"} and verb.pos_ != "VERB":
        verb = verb.head  # "voiced his views in meetings": the prep may hang on the object
    while verb.dep_ == "advcl" and verb.tag_ == GERUND_TAG and not _subjects(verb):
        verb = verb.head
    if verb.pos_ not in VERB_POS:
        return []
    return _subjects(verb)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]
