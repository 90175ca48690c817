"""An appeal that draws a public, not a plea to a party.

Campaign news uses "appeal" for the pull a person or a message has on a public ("Trump's
appeal to working-class voters", "a candidate with appeal to evangelicals", "his plans appeal to
the people"), which is no request. A plea says what it asks (an infinitive, "for" help, a ruling
appealed) or pleads with a party (a court, a government, a named person, "them"). An appeal
"to" only the public a campaign courts (`event_words.tsv` courted_public), asking nothing, is
the pull. So is an appeal a person or message has ("had broad appeal", "a candidate with appeal
to evangelicals", "one appeal for the Whigs"): a quality held, asked of no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.verb_arguments import objects
from eventwire.parse.forms import word_and_lemma
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.tags import NOUN_POS

DRAWING = words("event_words.tsv", "drawing")
COURTED = words("event_words.tsv", "courted_public")
HOLDING = words("event_words.tsv", "holding_quality")  # "had broad appeal", "lacks appeal"
ASKING_DEPS = {"dobj", "xcomp", "ccomp", "advcl", "acl"}  # "appealed the ruling", "to stop"
PLURAL_TAGS = PLURAL_NOUN_TAGS  # "appeal for the Whigs": people drawn, not "for calm"


def draws_a_public(head: Token) -> bool:
    """The appeal word is the pull on a public: "to" only people a campaign courts, nothing
    asked (no object, infinitive or clause, no "for" phrase)."""
    if head.lemma_.lower() not in DRAWING:
        return False
    if _held(head):
        return True
    if any(c.dep_ in ASKING_DEPS or c.lower_ == "for" for c in head.children):
        return False
    drawn = [o for c in head.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return bool(drawn) and all(_courted(o) for o in drawn)


def _courted(noun: Token) -> bool:
    """A common noun for a public ("voters", "white working-class men"), and those joined to it
    ("young and old voters"); not a people "of" a place ("the people of Syria"), one addressed
    as a party."""
    nouns = [noun, *(c for c in noun.conjuncts if c.pos_ == "NOUN")]
    placed = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return noun.pos_ == "NOUN" and not placed and all(word_and_lemma(n) & COURTED for n in nouns)


def _held(noun: Token) -> bool:
    """An appeal noun someone has, lacks or widens ("had only one appeal", "broadening his
    appeal"), or that a noun has "with" it ("a candidate with broad appeal"), asking nothing:
    no infinitive or clause, and a "for" phrase only of people ("appeal for the Whigs")."""
    holder = noun.head
    had = noun.dep_ == "dobj" and holder.lemma_.lower() in HOLDING
    withheld = noun.dep_ == "pobj" and holder.lower_ in {"with", "without"}
    withheld = withheld and holder.head.pos_ in NOUN_POS
    if not (noun.pos_ == "NOUN" and (had or withheld)):
        return False
    if any(c.dep_ in ASKING_DEPS for c in noun.children):
        return False
    asked = [o for c in noun.children if c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    return all(is_agent(o) or o.tag_ in PLURAL_TAGS for o in asked)


def misread_public(clause: Token) -> bool:
    """ "appealing to swing voters": the parse may read "to" and a public's first word as an
    infinitive ("to swing") whose object is the public; a real infinitive ("appealed to them
    to back him") follows a "to" phrase naming who is asked."""
    courted = objects(clause)
    to_mark = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    asked = any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in clause.head.children)
    public = len(courted) == 1 and courted[0].i == clause.i + 1 and _courted(courted[0])
    return clause.dep_ == "xcomp" and to_mark and public and not asked
