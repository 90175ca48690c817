"""Past-tense verbs the small model reads as a noun's modifier in a sentence left with no verb.

"Trump blasted Disney for its practices" and "In March, Trump thanked supporters in Iowa" can
come out as one long noun phrase: the name that opens the clause is tagged a common noun
("trump"), the verb an adjective or compound ("blasted" → amod) of the name or noun after it,
and that noun heads the sentence. A sentence has a verb; when the only word that can be one is a
past form sitting between a name that opens the clause and the noun phrase it qualifies, it is
the verb: the name is its subject and the noun phrase its object. An owner's "'s" ("Clinton's
paid speeches"), a determiner ("the Trump-backed candidate"), a hyphen or any other verb in the
sentence leave the phrase as parsed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token

from eventwire.parse.deps import DETERMINER_DEPS, PREMODIFIER_DEPS
from eventwire.parse.tags import (
    FINITE_OR_MODAL_TAGS,
    NOUN_POS,
    PAST_TAGS,
    PAST_TENSE_TAG,
)
from eventwire.parse.verb_repairs import VERB_REPAIRS
from eventwire.parse.verb_retags import phrase_head, retag, verb_lemma

MODIFIER_VERBS = "modifier_verbs"
CLAUSE_VERB_TAGS = FINITE_OR_MODAL_TAGS  # a tense or a modal: a word that makes a clause
PHRASE_DEPS = PREMODIFIER_DEPS | {"nmod"}  # the words a noun phrase hangs before its head
OPENERS = frozenset({",", ":"})  # "In March, Trump blasted ...": a clause opens after them


def add_modifier_verbs(nlp: Language) -> None:
    """Run right after the other verb repairs, on the lemmas and tags they leave; a pipeline
    without them has no lemmas to read the verb by."""
    if VERB_REPAIRS in nlp.pipe_names:
        nlp.add_pipe(MODIFIER_VERBS, after=VERB_REPAIRS)


class ModifierVerbs:
    """The pipeline component: each past form read as a modifier in a verbless sentence, made
    the sentence's verb."""

    def __init__(self, lookups: Lookups):
        self.lookups = lookups

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.tag_ in PAST_TAGS and token.dep_ in PREMODIFIER_DEPS:
                lemma = verb_lemma(self.lookups, token)
                subject = verb_subject(token, lemma)
                if subject and lemma is not None:
                    make_modifier_verb(token, lemma, subject)
        return doc


@Language.factory(MODIFIER_VERBS)
def make_modifier_verbs(nlp: Language, name: str) -> ModifierVerbs:
    """The repair, reading English's verbs from the pipeline's own lemmatizer tables."""
    return ModifierVerbs(nlp.get_pipe("lemmatizer").lookups)


def verb_subject(token: Token, lemma: str | None) -> list[Token]:
    """The subject of the past form `token` (a modifier, one verb's inflection, `lemma`) where
    it is the verb of a sentence the parse left without one: the name that opens the clause
    right before it, the token qualifying a noun after it; empty where it is no such verb."""
    if lemma is None or lemma == token.lower_ or token.head.i < token.i:
        return []
    sentence = token.sent
    if sentence.root.pos_ not in NOUN_POS or _other_verb(sentence, token):
        return []
    subject = subject_read_as_modifiers(token)
    return subject if subject and subject[0].is_title else []


def _other_verb(sentence: Span, token: Token) -> bool:
    """Whether a word of the sentence but the token is a finite verb or an auxiliary heading
    or helping a clause (a gerund or a participle qualifying a noun, "its hiring practices",
    is none)."""
    return any(
        t.tag_ in CLAUSE_VERB_TAGS and t.dep_ not in PREMODIFIER_DEPS
        for t in sentence
        if t != token
    )


def subject_read_as_modifiers(token: Token) -> list[Token]:
    """The names and nouns right before the token that open its clause (at the sentence's
    start or after a comma or colon), hung by the parse as modifiers on a word after the
    token; empty where a determiner, an owner's "'s" or any other word comes between."""
    doc, start = token.doc, token.i
    while start > token.sent.start and doc[start - 1].pos_ in NOUN_POS:  # "Trump": either
        start -= 1
    words = list(doc[start : token.i])
    opens = start == token.sent.start or doc[start - 1].text in OPENERS
    if not words or not opens or any(_determined(w) for w in words):
        return []
    return words if all(w.head.i > w.i or w.dep_ == "ROOT" for w in words) else []


def _determined(word: Token) -> bool:
    """Whether the word has a determiner, an owner or an owner's "'s" of its own."""
    return any(c.dep_ in DETERMINER_DEPS or c.dep_ == "case" for c in word.children)


def make_modifier_verb(verb: Token, lemma: str, subject: list[Token]) -> None:
    """ "Trump blasted Disney for ...": the verb heads the sentence; the opening name's last
    word (of `subject`) is its subject (the words before it that name's own), the noun phrase
    it qualified its object, and the words the old head had before the subject or after the
    object hang on the verb."""
    root, obj = verb.sent.root, phrase_head(verb.head, PHRASE_DEPS)
    retag(verb, PAST_TENSE_TAG, lemma)
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(root.children):
        if child.i < subject[0].i or child.i > obj.i:
            child.head = verb
    if root not in subject and root != obj:
        root.head, root.dep_ = verb, "dep"
    last = subject[-1]
    for word in subject[:-1]:
        word.head, word.dep_ = last, "compound"
    last.head, last.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
