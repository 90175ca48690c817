"""Verbs the small model tags as adjectives or nouns, given back their verb reading.

spaCy's small English model loses some verbs in longer sentences, and with them the act they
tell: a participle after "be" read as an adjective (`parse.passive_repairs`), a contracted
"'s" read as a passive's "is" where it is the perfect's "has" (`parse.perfect_repairs`), a verb
after "to" and adverbs read as a noun (`parse.infinitive_repairs`), a present-tense verb read
as a plural noun, also one joined to a verb before it (`parse.plural_verb_repairs`), a
past-tense verb after an appositive read as an adjective (`parse.appositive_repairs`), a verb
joined to a preposition instead of that preposition's verb (`parse.preposition_conjuncts`). Every
later stage reads lemmas, tags and the tree, so the repair is made once, here, after the
lemmatizer: the word gets its verb tag and lemma, and the tree the clause would have had. Only
forms English knows as inflections of exactly one verb are repaired (`parse.verb_retags`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

from eventwire.parse.appositive_repairs import make_main_verb, verb_after_appositive
from eventwire.parse.infinitive_repairs import make_infinitive, verb_after_to
from eventwire.parse.lemmas import CACHED_LEMMATIZER
from eventwire.parse.passive_repairs import make_passive, passive_adjective
from eventwire.parse.perfect_repairs import make_perfect, perfect_has
from eventwire.parse.plural_verb_repairs import (
    make_clause,
    make_head,
    make_joined_verb,
    make_name_object,
    make_subject,
    subject_read_as_modifier,
    verb_after_named_subject,
    verb_at_root,
    verb_before_a_name,
    verb_joined_to_a_verb,
    verb_read_as_object,
)
from eventwire.parse.preposition_conjuncts import make_verb_conjunct, verb_joined_to_a_preposition
from eventwire.parse.tags import PRESENT_SINGULAR_TAG
from eventwire.parse.verb_retags import retag

VERB_REPAIRS = "verb_repairs"


def add_verb_repairs(nlp: Language) -> None:
    """Run the repairs right after the lemmas are set, before the entity recogniser; a
    pipeline with no lemmatizer has no lemmas to repair by."""
    names = (CACHED_LEMMATIZER, "lemmatizer")
    lemmatizer = next((n for n in names if n in nlp.pipe_names), None)
    if lemmatizer is not None:
        nlp.add_pipe(VERB_REPAIRS, after=lemmatizer)


class VerbRepairs:
    """The pipeline component: each mis-tagged verb of a Doc, in text order, given its verb
    reading (the first repair whose shape the word has)."""

    def __init__(self, lookups: Lookups):
        self.lookups = lookups

    def __call__(self, doc: Doc) -> Doc:
        lookups = self.lookups
        for token in doc:
            if perfect_has(token):
                make_perfect(token)
            elif lemma := passive_adjective(lookups, token):
                make_passive(token, lemma)
            elif lemma := verb_after_to(lookups, token):
                make_infinitive(token, lemma)
            elif lemma := verb_at_root(lookups, token):
                retag(token, PRESENT_SINGULAR_TAG, lemma)
            elif lemma := verb_after_named_subject(lookups, token):
                make_clause(token, lemma)
            elif lemma := verb_read_as_object(lookups, token):
                make_head(token, lemma)
            elif lemma := verb_before_a_name(lookups, token):
                make_name_object(token, lemma)
            elif lemma := verb_joined_to_a_verb(lookups, token):
                make_joined_verb(token, lemma)
            elif lemma := verb_after_appositive(lookups, token):
                make_main_verb(token, lemma)
            elif subject_read_as_modifier(token):
                make_subject(token)
            elif verb_joined_to_a_preposition(token):
                make_verb_conjunct(token)
        return doc


@Language.factory(VERB_REPAIRS)
def make_verb_repairs(nlp: Language, name: str) -> VerbRepairs:
    """The repairs, reading English's verbs from the pipeline's own lemmatizer tables."""
    return VerbRepairs(nlp.get_pipe("lemmatizer").lookups)
