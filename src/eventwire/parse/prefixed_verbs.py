"""Verbs written with a hyphenated prefix stay one word: "re-elected", "re-impose", "co-sponsored".

spaCy's English tokenizer splits every hyphen between letters, and the tagger then reads "re"
or "co" as the verb ("Voters re/VBD -/VBN elected/VBD the mayor": "re" the root, "elected" a
clause hung on it), so the act's verb loses its subject and object and its lexicon row never
fires. Kept whole where the part after the hyphen is a form of an English verb and of no noun,
the word is tagged as the verb it is and lemmatised as the verb after the prefix: doing again
or jointly is the same act ("re-imposed tariffs" imposes them, "co-sponsored the bill" sponsors
it), so that verb's lexicon rows serve, as they did for the split word. Nouns' forms
("re-election", "co-founder", "co-hosts") are split as before, so the role nouns the actor
tables know stay words of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

from eventwire.lexicons import word_set
from eventwire.parse.lemmas import CACHED_LEMMATIZER, e_verb, inflected_from
from eventwire.parse.tags import VERB_POS

PREFIXED_VERB_LEMMAS = "prefixed_verb_lemmas"
PREFIXED = re.compile(r"([a-z]+)-([a-z]+)")


def keep_prefixed_verbs(nlp: Language) -> None:
    """Let the tokenizer keep a prefixed verb whole (its other matches unchanged), and give
    such verbs their lemmas after the lemmatizer."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    earlier: Callable[[str], object] | None = nlp.tokenizer.token_match

    def whole(text: str) -> bool:
        return bool(earlier and earlier(text)) or bool(verb_lemma(text, lookups))

    nlp.tokenizer.token_match = whole
    lemmatizer = CACHED_LEMMATIZER if CACHED_LEMMATIZER in nlp.pipe_names else "lemmatizer"
    nlp.add_pipe(PREFIXED_VERB_LEMMAS, after=lemmatizer)


def verb_lemma(text: str, lookups: Lookups) -> str | None:
    """The verb lemma of a prefix-hyphen-verb word ("Re-imposed" → "impose"); None for any
    other word, a noun's form among them. The rules read "re-imposed" as an unknown word and
    keep its "-d" or "-ed" wrongly."""
    found = PREFIXED.fullmatch(text.lower())
    if found is None or found[1] not in word_set("verb_prefix"):
        return None
    verbs = inflected_from(lookups, found[2], ("verb",))
    if not verbs or inflected_from(lookups, found[2], ("noun",)):
        return None
    shortest = min(verbs, key=lambda verb: (len(verb), verb))
    return e_verb(found[2], shortest, verbs)


class PrefixedVerbLemmas:
    """The pipeline component: each prefixed word tagged as a verb gets its verb's lemma."""

    def __init__(self, lookups: Lookups):
        self.lookups = lookups

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ in VERB_POS and "-" in token.text:
                lemma = verb_lemma(token.text, self.lookups)
                if lemma is not None:
                    token.lemma_ = lemma
        return doc


@Language.factory(PREFIXED_VERB_LEMMAS)
def make_prefixed_verb_lemmas(nlp: Language, name: str) -> PrefixedVerbLemmas:
    """The lemmas, read with the model's lemmatizer's tables."""
    return PrefixedVerbLemmas(nlp.get_pipe("lemmatizer").lookups)
