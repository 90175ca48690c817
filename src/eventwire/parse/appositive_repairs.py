"""A past-tense verb the small model reads as an adjective when the sentence's subject has an
appositive ("Khan, the father of a slain soldier, decried Trump's calls"): the parse leaves the
name at the root with no verb; the verb is given back its place at the head of the sentence."""

from __future__ import annotations

from spacy.lookups import Lookups
from spacy.tokens import Token

from eventwire.parse.tags import NOUN_POS, PAST_TAGS, PAST_TENSE_TAG
from eventwire.parse.verb_retags import head_the_clause, phrase_head, verb_lemma

NOUN_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod"})  # "Sanders' approach"


def verb_after_appositive(lookups: Lookups, token: Token) -> str | None:
    """The past-tense verb of a sentence whose subject has an appositive, read as an adjective
    of its object ("Khan, the father of a slain soldier, decried Trump's calls", "Brockovich,
    the activist, endorsed Sanders' approach"): the parse left the name at the root with no
    verb, and a word right after the appositive's closing comma that qualifies a noun hung on
    that name is the verb the sentence lacks."""
    if token.tag_ not in PAST_TAGS or token.dep_ != "amod" or token.i < 2:
        return None
    root, comma, noun = (
        token.sent.root,
        _word_before(token),
        phrase_head(token.head, NOUN_MODIFIER_DEPS),
    )
    if root.pos_ not in NOUN_POS or comma.text != "," or comma.head != root:
        return None
    appositive = any(c.dep_ == "appos" and c.right_edge.i == comma.i - 1 for c in root.children)
    if not appositive or noun.i <= token.i or noun.head != root:
        return None
    lemma = verb_lemma(lookups, token)
    return lemma if lemma is not None and lemma != token.lower_ else None


def make_main_verb(verb: Token, lemma: str) -> None:
    """ "Khan, the father of a soldier, decried Trump's calls": the verb heads the sentence,
    the name at the root with its appositive is its subject, the noun it qualified is its
    object, and the name's words after the verb hang on the verb."""
    noun = phrase_head(verb.head, NOUN_MODIFIER_DEPS)
    head_the_clause(verb, verb.sent.root, PAST_TENSE_TAG, lemma)
    noun.head, noun.dep_ = verb, "dobj"


def _word_before(token: Token) -> Token:
    """The word before the token, past any space token (a no-break space is one)."""
    before = token.doc[token.i - 1]
    while before.is_space and before.i > 0:
        before = token.doc[before.i - 1]
    return before
