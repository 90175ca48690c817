"""Stances that describe a noun: "a super PAC supporting Smith spent millions", "a group
opposing the dam held a rally", "militias backed by Iran attacked the base", "a PAC aligned
with Ortiz ran an ad".

A participle of a stance verb hung on a noun for a party (a group, a body, people) as a
reduced relative says what side that party stands on, its standing role, as "pro-Smith" or
"Iran-backed" would: a description of who acts in the sentence, not an act told. People
named by a plural noun who back someone ("superdelegates backing Clinton", "those supporting
him") are no body with a standing line: their backing is the act the coded sets count. The same
verb as a clause's own verb ("the union is supporting Smith", "Iran backed the militias"), or
on a message or a record ("statements supporting the strike", "is on record opposing the
plan"), stays an event. So is a theme an enterprise is built around ("built his campaign
around championing X"): the line it stands on. A past "work with" in a relative clause on a
party ("Smith, who worked closely with Clinton at the State Department") tells a past job or
relation that describes who Smith is, not a joint act told; so does one on a noun set beside
a name ("Jones, a fellow at the institute who worked with Clinton").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import apposed_name, is_agent, words
from eventwire.events.patterns import TriggerMatch
from eventwire.lexicons import word_set
from eventwire.parse.forms import in_words
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.tags import GERUND_TAG, PARTICIPLE_TAG, PAST_TAGS, PRESENT_TAGS

STANCE_VERBS = words("event_words.tsv", "stance_verb")  # support, back, oppose, endorse
HOLDING = words("event_words.tsv", "power_held")  # "states which hold vetoes": a power held
THEMING = words("event_words.tsv", "theming")  # build, centre: "built it around"
THEME_PREPS = {"around", "on"}  # "built around championing", "centred on attacking"
PARTNERING = words("event_words.tsv", "partnering")  # work, collaborate: "worked with X"
BODY_PLURALS = word_set("body_plural")  # "groups supporting her", "PACs backing X": bodies
PEOPLE_PRONOUNS = {"those"}  # "those backing Clinton"


def standing_role(match: TriggerMatch) -> bool:
    """The trigger is a stance participle on a noun: "-ing" with its object ("a PAC backing
    Smith"), or passive with its doer ("militias backed by Iran")."""
    head = match.head
    if head.lemma_.lower() not in STANCE_VERBS:  # the tags below keep out nouns ("his backing")
        return False
    if head.dep_ != "acl":
        return _misread_noun(head)
    if not is_agent(head.head):  # "statements supporting the strike", "on record opposing"
        return False
    if head.tag_ == PARTICIPLE_TAG:  # its doer, or its partner ("aligned with Ortiz")
        return any(c.dep_ == "agent" or _partner(c) for c in head.children)
    return head.tag_ == GERUND_TAG and not _backing_people(head.head)


def _backing_people(noun: Token) -> bool:
    """ "superdelegates backing Clinton", "those supporting Mr. Ailes": people a plural names
    back someone as they act; a body ("groups supporting her", "the PACs backing Smith") stands
    on a line."""
    plural = noun.tag_ in PLURAL_NOUN_TAGS or noun.lower_ in PEOPLE_PRONOUNS
    return plural and not in_words(noun, BODY_PLURALS)


def held_power(match: TriggerMatch) -> bool:
    """ "China and Russia, which hold vetoes on the council": an act noun held, in the present,
    in a relative clause on a party, is a power that party has (its standing role), no act."""
    head, verb = match.head, match.head.head
    held = head.dep_ == "dobj" and verb.lemma_.lower() in HOLDING and verb.dep_ == "relcl"
    return match.nominal and held and verb.tag_ in PRESENT_TAGS


def past_partnership(match: TriggerMatch) -> bool:
    """ "an aide who worked with Obama in Chicago", "X, who had collaborated with him": a past
    partnership a relative clause tells of a party is its background, no act ("officials who
    are working with Iraqi forces" tell a present one)."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in PARTNERING or head.dep_ != "relcl":
        return False
    present = any(c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in head.children)
    past = head.tag_ in PAST_TAGS and not present  # "has worked with" is the present too
    return past and is_agent(apposed_name(head.head)) and any(_partner(c) for c in head.children)


def _partner(child: Token) -> bool:
    """ "a PAC aligned with Ortiz", "militias allied with Iran": the side the noun stands with."""
    return child.dep_ == "prep" and child.lower_ == "with"


def _misread_noun(head: Token) -> bool:
    """ "[A PAC backing Smith] released an ad": the parser may read the noun as a modifier of
    the participle, which it takes for a gerund subject."""
    return head.tag_ == GERUND_TAG and any(
        c.dep_ == "compound" and c.i < head.i and is_agent(c) for c in head.children
    )


def built_around(match: TriggerMatch) -> bool:
    """ "has built his campaign around championing tough tactics and scorning X", "a bid
    centred on attacking his record": a gerund that an enterprise is built or centred on is
    its standing line, the theme of many acts, not one act told."""
    head = match.head
    while head.dep_ == "conj" and head.head.tag_ == GERUND_TAG:  # "championing X and scorning Y"
        head = head.head
    if match.nominal or head.tag_ != GERUND_TAG or head.dep_ != "pcomp":
        return False
    prep = head.head
    return prep.lower_ in THEME_PREPS and prep.head.lemma_.lower() in THEMING
