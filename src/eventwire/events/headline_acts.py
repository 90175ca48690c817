"""Acts a headline packs beside its main one: "Chad expels Sudanese diplomats after border
clash", "Rebels quit talks as protests spread", "ECOWAS suspends Mali, urges junta to quit".

In running text an event noun after "after" or "as" only situates the main act (`scope`), and a
clause the parser hangs on a later verb is that verb's content. A headline is written
differently: it has room for the story's news only, so the noun after "after" is a second act
the story reports (something still ahead, "before the vote", stays background), and a comma
stands for "and", so a clause that ends at a comma before the next verb is an act of its own,
and so is a verb the tagger read as a noun (`headline`), even with no party named.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.conditions import AWAITED
from eventwire.events.headline import headline_verb
from eventwire.events.headline_tense import in_headline
from eventwire.events.word_classes import BACKGROUND
from eventwire.parse.tags import VERB_POS


def headline_act(head: Token, nominal: bool) -> bool:
    """The trigger is a headline's act of its own, not the content or circumstance of another."""
    if nominal:
        return headline_news(head)
    return _comma_clause(head) and in_headline(head)


def headline_news(noun: Token) -> bool:
    """The event noun is a headline's act of its own: told after "after" or "as", or a verb the
    tagger read as a noun ("Zambian opposition rallies against result, police use water
    cannon"), news beside the act that names its parties."""
    if noun.pos_ == "VERB":
        return False
    return (_news_background(noun) and in_headline(noun)) or headline_verb(noun) is not None


def _news_background(noun: Token) -> bool:
    """ "after alleged army raid", "as fare protests spread": the noun is the object of the word
    that sets it as another act's time or cause, or the subject of a clause that word opens,
    and that word tells something that has happened, not what is awaited ("before the vote")."""
    if noun.dep_ == "pobj":
        words = [noun.head.lower_]
    elif noun.dep_ == "nsubj":
        words = [c.lower_ for c in noun.head.children if c.dep_ == "mark"]
    else:
        return False
    return any(w in BACKGROUND and w not in AWAITED for w in words)


def _comma_clause(verb: Token) -> bool:
    """ "ECOWAS suspends Mali, urges junta to quit": the line's first verb, with its own subject,
    hung on a later verb across a comma, is the first of two acts; a verb after another ("says
    troops shelled towns, Asmara denies") is what that one reports."""
    outer = verb.head
    subject = any(c.dep_ == "nsubj" for c in verb.children)
    if verb.dep_ != "ccomp" or outer.i <= verb.i or not subject:
        return False
    if any(t.pos_ in VERB_POS for t in verb.doc[verb.sent.start : verb.i]):
        return False
    return any(t.text == "," for t in verb.doc[verb.i + 1 : outer.i])
