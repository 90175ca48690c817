"""People described by home state and party: "the Nebraska Republican", "the Virginia
Democrat". Politics news names a politician in full once, then by this description; read as a
title (`title_links.link_title`), it stands for the one person told before whose party and state
fit (`descriptions.described_person`), so the acts it does keep their side. "A Texas Democrat"
brings in a politician the story never names, still a party to the acts it does."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.phrases import find_province_country
from eventwire.actors.reported_officials import SPEECH
from eventwire.actors.stances import is_head_noun
from eventwire.codes import division_countries
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.cue_rows import cue_class
from eventwire.parse.nlp import tokens_in
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import (
    DESCRIBING_TAGS,
    SINGULAR_NOUN_TAGS,
)

SINGULAR = SINGULAR_NOUN_TAGS  # "the Texas Democrat", not "the Texas Democrats" (a group)
DESCRIBING = DESCRIBING_TAGS  # "a veteran, grandstanding Ohio Republican"
OPENERS = frozenset({"the", "one"})
SPEAKERS = SUBJECT_DEPS | {"dobj"}  # "“…,” added a Nevada Democrat" parses as an object


def find_party_members(finder: MentionCollector) -> None:
    """Add a title candidate for each "the (or a) <state> <party member>" not claimed yet."""
    for token in tokens_in(finder.doc, word_map("party_side")):
        phrase = _member_phrase(token)
        if phrase is None or not finder.free(phrase):
            continue
        country = find_province_country(finder.doc, list(phrase))
        candidate = finder.add(MentionKind.TITLE, ActorType.PERSON, phrase, key="", country=country)
        candidate.extra["member"] = "yes"


def _member_phrase(token: Token) -> Span | None:
    """ "the Florida Republican": a determiner, then only a state's words, then the noun; not
    an appositive ("Rubio, the Florida Republican,"), which the name before it already says."""
    if token.tag_ not in SINGULAR or not is_head_noun(token) or token.dep_ == "appos":
        return None
    doc = token.doc
    start = token.i
    while start > token.sent.start and doc[start - 1].dep_ == "compound":
        start -= 1
    state = doc[start : token.i].text
    if start == token.i or start == token.sent.start or state not in division_countries():
        return None
    opener = _opener(doc[start - 1])
    if opener is None or (opener.lower_ != "the" and _unnamed_source(token)):
        return None
    return doc[opener.i : token.i + 1]


def _unnamed_source(noun: Token) -> bool:
    """ "said a New Hampshire Republican", "added an Iowa Democrat" (the parser's object of an
    inverted "added"): an indefinite speaker is an anonymous source, no actor by the coding
    rules; one who acts ("a Texas Democrat sued the state") is a party."""
    return noun.dep_ in SPEAKERS and cue_class(noun.head) == SPEECH


def _opener(word: Token) -> Token | None:
    """The determiner that opens the description, past the describing words after it: "the
    Florida Republican" refers back; "a Texas Democrat" and "one grandstanding Indiana
    Republican" bring in a politician the story does not name, still a party of its acts."""
    while word.tag_ in DESCRIBING and word.i > word.sent.start:
        word = word.doc[word.i - 1]
    return word if word.lower_ in word_set("indefinite_article") | OPENERS else None
