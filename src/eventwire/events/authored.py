"""Falsehoods and wrongs pinned on their author: "called the plan a hoax perpetrated by China".

Calling a thing a hoax, a fabrication or a fraud is no accusation of anyone by itself (a thing
cannot be accused), but one that the name says a party made up or carried out ("a hoax
perpetrated by", "a lie spread by", "a fraud committed by") accuses that party: the speaker
blames the author, read from the "by" phrase of the participle that modifies the name.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.judgement import WRONGDOING
from eventwire.events.lexicon import THING_PRONOUNS, is_agent
from eventwire.events.word_classes import FALSITY
from eventwire.parse.forms import in_words
from eventwire.parse.tags import PARTICIPLE_TAG

FALSE_OR_WRONG = FALSITY | WRONGDOING


def authors(names: list[Token]) -> list[Token]:
    """The parties a false or wrongful name is pinned on ("a hoax perpetrated by China":
    China); none for a name with no author or one no party can be ("a hoax, by any measure")."""
    return [
        author
        for name in names
        if in_words(name, FALSE_OR_WRONG)
        for verb in name.children
        if verb.dep_ == "acl" and verb.tag_ == PARTICIPLE_TAG
        for agent in verb.children
        if agent.dep_ == "agent"
        for author in agent.children
        if author.dep_ == "pobj" and is_agent(author) and author.lower_ not in THING_PRONOUNS
    ]
