"""Answers credited to the survey that gathered them.

In "In a CNN poll released Monday, 31% of voters said they were enthusiastic" the
respondents speak only through the poll: PolNeAR credits the poll (`survey_noun` in
`lexicons/word_lists.tsv`), as it credits Y in "“…,” X said, according to Y". The chain
still runs on to the respondents.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.lexicons import word_set
from eventwire.parse.nlp import AUTHOR_ENTITIES
from eventwire.quotes.cues import Cue
from eventwire.quotes.speakers import phrase

SURVEY_PREPOSITIONS = {"in"}
POLLSTERS = AUTHOR_ENTITIES  # named speakers: whoever ran the poll, not its respondents
MAX_CLIMB = 2  # "31% said they were …" may hang "In a poll" on the verb above the cue


def survey_of(cue: Cue) -> Span | None:
    """The survey named by an "in" phrase on the cue's verb or a verb just above it. A named
    speaker ("In a poll of 800 voters, Gallup found …") conducted it, and "according to" names
    its own source: those keep their speaker."""
    speaker = cue.speaker
    if cue.token.lower_ == "according" or (speaker and speaker.root.ent_type_ in POLLSTERS):
        return None
    token: Token = cue.token
    for _ in range(MAX_CLIMB + 1):
        survey = _survey_phrase(token, cue.token.i)
        if survey is not None or token.head == token:
            return survey
        token = token.head
    return None


def _survey_phrase(verb: Token, cue: int) -> Span | None:
    """A fronted "In a poll, …": one after the cue ("said so in the earlier poll") may belong
    to a clause of its own."""
    for child in verb.children:
        if child.i > cue:
            break
        if child.dep_ == "prep" and child.lower_ in SURVEY_PREPOSITIONS:
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in word_set("survey_noun"):
                    return phrase(noun)
    return None
