"""A contracted "n’t" written with a curly apostrophe is the negation it is ("he isn’t even fit
to be governor", "Sanders wasn’t impressed"), but the small model, which reads a straight "n't"
as the verb's negation, labels about one curly "n’t" in twelve a punctuation mark, an object or
a subject (PolNeAR pool: 64 of 797). Every later stage finds a negation by its label, so a
denied merit read as praise and a refused act as done. Each such word, joined to the verb it
contracts with, gets the label, tag and features of the negation and hangs where the parse
hangs a straight one ("when Congress won’t" negates "wo", not the sentence's "thanked")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.parse.tags import ADVERB_TAG, PARTICLE_POS, VERB_POS

CURLY_NEGATIONS = "curly_negations"
CURLY_CONTRACTION = "n\u2019t"  # n’t
NEGATION_DEP = "neg"
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})


def add_curly_negations(nlp: Language) -> None:
    """Run last, once the tree and the verb repairs are set."""
    nlp.add_pipe(CURLY_NEGATIONS, last=True)


@Language.component(CURLY_NEGATIONS)
def mend_curly_negations(doc: Doc) -> Doc:
    """Each mislabelled curly "n’t" made the negation of the verb it contracts with."""
    for token in doc:
        verb = _contracted_verb(token)
        if verb is not None:
            token.head, token.dep_ = verb, NEGATION_DEP
            token.tag_, token.pos_, token.lemma_ = ADVERB_TAG, PARTICLE_POS, "not"
            token.set_morph("Polarity=Neg")
    return doc


def _contracted_verb(token: Token) -> Token | None:
    """The verb a mislabelled curly "n’t" negates: the auxiliary it is joined to ("isn’t"), or
    the verb that auxiliary serves ("doesn’t just happen"), as the parse hangs a straight "n't".
    A word with words of its own hanging on it keeps its place, so the tree stays whole."""
    if token.lower_ != CURLY_CONTRACTION or token.dep_ == NEGATION_DEP or token.i == 0:
        return None
    joined = token.doc[token.i - 1]
    if joined.whitespace_ or joined.pos_ not in VERB_POS or any(True for _ in token.children):
        return None
    return joined.head if joined.dep_ in AUXILIARY_DEPS else joined
