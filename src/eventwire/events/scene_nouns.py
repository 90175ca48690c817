"""Act nouns that set the scene for another act: a venue or background ("at a rally", "in the
aftermath of the bombings") or an event named in passing to describe someone ("suspects in the
Kenya bombing"). Split from `confidence` so each reader of how an event is told stays small."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.answered_acts import ANSWERS
from eventwire.events.claimed_acts import claimants
from eventwire.events.headline_parties import partied_headline_act
from eventwire.events.lexicon import words
from eventwire.events.modality_scope import listed_example, told_subject
from eventwire.events.occasions import partnered_meeting
from eventwire.events.owner_aims import told_between_sides
from eventwire.events.particular_acts import told_done
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import REJECT, REQUEST, SUPPORT
from eventwire.events.policed_protests import policed_protest
from eventwire.events.spanned import counting_span
from eventwire.events.word_classes import BACKGROUND
from eventwire.model import Participant
from eventwire.parse.tags import NOUN_POS

# stances a party holds while other acts go on: "amid stiff Republican opposition", "because of
#   his calls for banning Muslims" tell the demand or the refusal standing, no venue of the act
STANDING_TYPES = {REQUEST, REJECT}
HELD_POSITIONS = {SUPPORT, REJECT}  # "including his support of X": a position, no act told
SETTING_PREPS = words("event_words.tsv", "setting")


def setting_features(
    match: TriggerMatch,
    actors: list[Participant],
    recipients: list[Participant],
    own: bool,
    headline: bool,
) -> list[tuple[str, bool]]:
    """Whether an act noun not told as done is only a venue or background, or is mentioned in
    passing: the noun sets the scene for another act."""
    head = match.head
    told = headline or (match.nominal and told_done(head))  # "accusations lobbed by X"
    told = told or told_between_sides(match, actors, recipients)  # "given his criticism of X"
    told = told or policed_protest(match)  # "arrested during protests": no venue
    told = told or listed_act(match, recipients)  # "including his call to ban X"
    news = match.nominal and partied_headline_act(head, recipients)  # "Behind X's Firing"
    met = partnered_meeting(match)  # "after a meeting with the premier, he said": it took place
    standing = own and match.code.type in STANDING_TYPES  # "amid stiff Republican opposition"
    return [
        (
            "venue or background",
            match.nominal and not told and _setting(head, own) and not met and not standing,
        ),
        ("mentioned in passing", match.nominal and not told and not news and in_passing(head)),
    ]


def listed_act(match: TriggerMatch, recipients: list[Participant]) -> bool:
    """ "his rhetoric, including his call to ban Muslims, could galvanize X": an owned act
    aimed at a party, listed as an example in the subject of what it brings about, is told as
    done (`modality_scope.told_subject`), not named in passing; one listed in an act's object
    ("avoids condemning its invasion, including its annexation of Crimea") is that act's
    content, and a position listed ("including his opposition to the war") stays a topic."""
    noun = match.head
    held = match.code.type in HELD_POSITIONS
    told = listed_example(noun) and told_subject(noun)
    return match.nominal and told and bool(recipients) and not held


def in_passing(noun: Token) -> bool:
    """ "suspects in the Kenya bombing", "victims of the attack": an event named to describe
    someone or something else is referred to, not reported; one whose agent is named ("an
    offensive by the security forces", "claimed responsibility for the attack") or counted in
    time or a run ("the second day of an offensive", "a wave of attacks") stays."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in NOUN_POS:
        return False
    if counting_span(noun) or prep.head.lemma_.lower() in ANSWERS:
        return False  # "a wave of attacks": the event itself; "response to": `answered_acts`
    return not any(c.lower_ == "by" for c in noun.children) and not claimants(noun)


def _setting(noun: Token, own: bool) -> bool:
    """ "at a rally", "in the aftermath of the bombings": a noun naming where or after what
    another act happened (a venue only when it names no participants of its own)."""
    prep = noun.head if noun.dep_ == "pobj" else None
    while prep is not None and prep.dep_ == "pobj" and prep.head.dep_ == "prep":
        prep = prep.head.head if prep.head.head.dep_ == "prep" else prep.head
    if prep is None or prep.dep_ != "prep":
        return False
    words_before = {prep.lower_, *(t.lower_ for t in prep.doc[max(0, prep.i - 3) : prep.i])}
    return bool(words_before & BACKGROUND) or (prep.lower_ in SETTING_PREPS and not own)
