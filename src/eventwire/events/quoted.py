"""Whom "he" or "she" inside a quotation stands for: a person named before it, in the same
quotation or in the narrative just before, never the quotation's speaker.

The actors stage links no pronoun inside quotation marks (a speaker's "he" may be anyone the
speaker has in mind), so an act told in a quote ("'The fact that he apologized …,' Huckabee
said") had no side. In news the person a quoted "he" names is the one the story was telling
about just before the quote, or the one the speaker named earlier in the same quote; the
speaker is "I", never "he". Other quotations are left out: their names are someone else's talk.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from operator import itemgetter

from spacy.tokens import Token

from eventwire.events.binding import co_argument_ids
from eventwire.events.lexicon import PERSONAL_OBJECTS, THIRD_PERSON_SINGULAR
from eventwire.events.mention_reader import MentionReader
from eventwire.given_names import gender_of_full_name
from eventwire.lexicons import word_map
from eventwire.model import ActorType, Evidence, Participant
from eventwire.parse.nlp import doc_text
from eventwire.parse.quotemarks import inside
from eventwire.parse.unnamed_people import unnamed_antecedent

QUOTED_PERSONAL = THIRD_PERSON_SINGULAR | PERSONAL_OBJECTS  # he, him, she, her
LOOK_BACK = 600  # characters before the quotation: its paragraph and the one before, roughly


def quoted_person(reader: MentionReader, pronoun: Token) -> Participant | None:
    """The latest person named before the pronoun, in its own quotation or outside any shortly
    before it opens ("'I urged Ted Cruz to run. I've urged him since …'"), other than the
    quotation's speaker or its own verb's other arguments; None outside a quotation."""
    opening = _quotation_start(reader, pronoun)
    if pronoun.lower_ not in QUOTED_PERSONAL or pronoun.pos_ != "PRON" or opening is None:
        return None
    if unnamed_antecedent(pronoun, partial(_person_at, reader)):  # "the driver ... him"
        return None
    speaker = reader.speaker(pronoun)  # the quotes stage's, else the paragraph's reporter
    skipped = co_argument_ids(reader, pronoun)  # "turn over Elian to him": not Elian
    skipped |= {speaker.actor_id} if speaker is not None and speaker.actor_id else set()
    spans = reader.attribution.spans
    for mention in reversed(reader.mentions):
        start = mention.evidence.start
        if mention.evidence.end > pronoun.idx or start < opening - LOOK_BACK:
            continue
        actor = reader.actors[mention.actor_id]
        told = start >= opening or not inside(spans, start)  # this quotation, or narrative
        person = actor.type == ActorType.PERSON and not _other_gender(pronoun, actor.name)
        if person and actor.id not in skipped and told:
            end = pronoun.idx + len(pronoun)
            evidence = Evidence.of(doc_text(reader.doc), pronoun.idx, end)
            return reader.actor_participant(actor.id, evidence)
    return None


def _other_gender(pronoun: Token, name: str) -> bool:
    """ "'He has to stop,' said a senator, Jane Roe. 'He will have to earn it,' added ...": a
    person whose given name tells the other gender is no antecedent of the pronoun."""
    gender = word_map("pronoun_gender").get(pronoun.lower_)
    named = gender_of_full_name(name)
    return gender is not None and named is not None and named != gender


def _person_at(reader: MentionReader, word: Token) -> bool | None:
    """Whether the word is in a person's mention, another actor's, or none (None)."""
    mention = reader.mention_at(word)
    if mention is None:
        return None
    return reader.actors[mention.actor_id].type == ActorType.PERSON


def _quotation_start(reader: MentionReader, token: Token) -> int | None:
    """Where the quotation around the token opens (spans are in text order and apart)."""
    spans = reader.attribution.spans
    index = bisect_right(spans, token.idx, key=itemgetter(0)) - 1
    return spans[index][0] if index >= 0 and token.idx < spans[index][1] else None
