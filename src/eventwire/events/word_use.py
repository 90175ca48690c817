"""Whether a trigger word is used as a verb or as a noun: the parser's dependency label decides
when its part-of-speech tag is unsure ("drills" tagged as a verb but used as a subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.acted_modifiers import acted_modifier
from eventwire.events.misparses import hung_clause
from eventwire.parse.nlp import TIME_ENTITIES
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import (
    GERUND_TAG,
    NOUN_POS,
    PLURAL_NOUN_TAG,
    PRESENT_SINGULAR_TAG,
    VERB_POS,
)

NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "compound", "npadvmod"}


def is_verb(token: Token) -> bool:
    """A verb used as a verb, not as a noun or adjective ("alleged", save an `acted_modifier`),
    or a `hung_clause`."""
    if token.pos_ not in VERB_POS:  # asked of every word: its use is read of verbs only
        return False
    verbal = token.dep_ not in NOMINAL_DEPS and (not _modifier(token) or acted_modifier(token))
    return verbal or hung_clause(token)


def _modifier(token: Token) -> bool:
    """A noun's modifier, or a word joined by "and" to one ("coal- and gas-fired plants", "elected
    and appointed officials"): it modifies the same noun."""
    return token.dep_ == "amod" or (token.dep_ == "conj" and token.head.dep_ == "amod")


def is_noun(token: Token) -> bool:
    if token.ent_type_ in TIME_ENTITIES:
        return False  # "March 3" is a date, not a march
    if token.pos_ == "X" and token.dep_ in NOMINAL_DEPS:
        return True  # a borrowed word the tagger leaves unknown ("coup d'etat")
    gerund = token.tag_ == GERUND_TAG and token.dep_ in SUBJECT_DEPS  # "Fighting erupted"
    verbal = token.dep_ in NOMINAL_DEPS and token.tag_ in {
        PRESENT_SINGULAR_TAG,
        PLURAL_NOUN_TAG,
    }  # "talks", "drills"
    return token.pos_ in NOUN_POS or (token.pos_ == "VERB" and (verbal or gerund))


def lower_lemma(token: Token) -> str:
    return token.lemma_.lower()
