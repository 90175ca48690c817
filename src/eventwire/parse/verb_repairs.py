"""Verbs the small model tags as adjectives or nouns, given back their verb reading.

spaCy's small English model loses some verbs in longer sentences, and with them the act they
tell: "his oversight of the bailout was much derided" and "Lewandowski was not handcuffed" read
the participle as an adjective complement of "be" with the form as its lemma ("derided"); "went
to once again rail against Congress" reads "rail" as a noun after the preposition "to";
"Ivanov calls extending NATO a mistake" reads "calls" as a plural noun at the root. Every later
stage reads lemmas, tags and the tree, so the repair is made once, here, after the lemmatizer:
the word gets its verb tag and lemma, and the tree the clause would have had (a passive with
"be" as its auxiliary and the subject as its patient; an infinitive with "to" as its marker).
Only forms English knows as inflections of exactly one verb are repaired, and a word that is
also an adjective ("a relaxed mood", "she was tired") stays one unless a "by" phrase names
the doer ("was tired by the trip" is a verb).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Token

from eventwire.lexicons import word_set
from eventwire.parse.lemmas import CACHED_LEMMATIZER, inflected_from

VERB_REPAIRS = "verb_repairs"
SUBJECT_TO_PATIENT = {"nsubj": "nsubjpass", "csubj": "csubjpass"}
BARE_NOUN_BLOCKERS = {"det", "poss", "nummod", "amod", "compound", "case"}
NAMING_TAGS = {"NN", "NNP", "NNPS", "PRP"}  # a subject that is no plural noun itself
VERB_MORPHS = {  # the features each repaired tag carries
    "VBN": "Tense=Past|VerbForm=Part",
    "VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VB": "VerbForm=Inf",
}


def add_verb_repairs(nlp: Language) -> None:
    """Run the repairs right after the lemmas are set, before the entity recogniser; a
    pipeline with no lemmatizer has no lemmas to repair by."""
    names = (CACHED_LEMMATIZER, "lemmatizer")
    lemmatizer = next((n for n in names if n in nlp.pipe_names), None)
    if lemmatizer is not None:
        nlp.add_pipe(VERB_REPAIRS, after=lemmatizer)


class VerbRepairs:
    """The pipeline component: each mis-tagged verb of a Doc, in text order, given its verb
    reading."""

    def __init__(self, lookups: Lookups):
        self.lookups = lookups

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if lemma := self.passive_adjective(token):
                _make_passive(token, lemma)
            elif lemma := self.verb_after_to(token):
                _make_infinitive(token, lemma)
            elif lemma := self.verb_at_root(token):
                _retag(token, "VBZ", lemma)
        return doc

    def verb_lemma(self, token: Token) -> str | None:
        """The one verb this form inflects ("derided" → "deride"), or None when it is none
        or could be several."""
        lemmas = inflected_from(self.lookups, token.lower_, ("verb",))
        return next(iter(lemmas)) if len(lemmas) == 1 else None

    def passive_adjective(self, token: Token) -> str | None:
        """The verb of an "-ed" adjective complementing "be"/"get" that is a verb's
        participle: "was much derided", "was not handcuffed"; an adjective English also has
        needs its doer ("by")."""
        if token.pos_ != "ADJ" or token.dep_ != "acomp" or not token.lower_.endswith("ed"):
            return None
        if _hyphenated(token):  # "short-lived", "well-known": one adjective the tokenizer split
            return None
        if token.head.lemma_.lower() not in word_set("passive_auxiliary"):
            return None
        lemma = self.verb_lemma(token)
        if lemma is None or lemma == token.lower_:
            return None
        adjective = bool(inflected_from(self.lookups, token.lower_, ("adj",)))
        return lemma if not adjective or any(c.lower_ == "by" for c in token.children) else None

    def verb_after_to(self, token: Token) -> str | None:
        """The verb a bare singular noun after "to" and one or more adverbs stands for, the
        verb of an infinitive: "to once again rail against", "to publicly denounce" ("to
        court", "to work" have no adverb between and stay as parsed)."""
        if token.tag_ != "NN" or any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
            return None
        start = token.i - 1
        while start > 0 and token.doc[start].tag_ == "RB":
            start -= 1
        marker = token.doc[start]
        adverbs = start < token.i - 1
        infinitive = adverbs and marker.lower_ == "to" and self.verb_lemma(token) == token.lower_
        return token.lower_ if infinitive else None

    def verb_at_root(self, token: Token) -> str | None:
        """The verb a plural noun at the root stands for when a subject is right before it,
        a present-tense verb ("Ivanov calls extending NATO a mistake", "Super PAC blasts
        Trump"): a noun's clause would have "be" at its root. A noun with its own determiner
        or number ("30 states"), an owner's "'s" ("Clinton's wins") or a plural noun before it
        ("reports results": which of the two is the verb is not known) is left as parsed."""
        lemma = self.verb_lemma(token) if token.tag_ == "NNS" and token.dep_ == "ROOT" else None
        if lemma is None or any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
            return None
        subjects = [
            c for c in token.children if c.dep_ == "nsubj" and c.right_edge.i == token.i - 1
        ]
        return lemma if any(s.tag_ in NAMING_TAGS and not _owner(s) for s in subjects) else None


@Language.factory(VERB_REPAIRS)
def make_verb_repairs(nlp: Language, name: str) -> VerbRepairs:
    """The repairs, reading English's verbs from the pipeline's own lemmatizer tables."""
    return VerbRepairs(nlp.get_pipe("lemmatizer").lookups)


def _owner(noun: Token) -> bool:
    """Whether the noun is an owner marked by "'s"."""
    return any(c.dep_ == "case" for c in noun.children)


def _hyphenated(token: Token) -> bool:
    """Whether the word is the second half of a hyphenated word."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.text == "-" and not before.whitespace_


def _retag(token: Token, tag: str, lemma: str) -> None:
    """The verb's tag, part of speech, features and lemma (an adjective's "Degree=Pos" would
    otherwise stay on a verb)."""
    token.tag_, token.pos_ = tag, "VERB"
    token.set_morph(VERB_MORPHS[tag])
    token.lemma_ = lemma


def _make_passive(participle: Token, lemma: str) -> None:
    """ "X was derided": the participle heads the clause, "be" is its auxiliary, and what was
    the subject of "be" is its patient; the other words of the clause follow the head."""
    auxiliary = participle.head
    _retag(participle, "VBN", lemma)
    participle.head = participle if auxiliary.head == auxiliary else auxiliary.head
    participle.dep_ = auxiliary.dep_
    for child in list(auxiliary.children):
        if child != participle:
            child.head = participle
            child.dep_ = SUBJECT_TO_PATIENT.get(child.dep_, child.dep_)
    auxiliary.head = participle
    auxiliary.dep_ = "auxpass"


def _make_infinitive(verb: Token, lemma: str) -> None:
    """ "went to once again rail": the verb completes the word "to" hung on, "to" marks it
    (where the parse already hung "to" on the verb, or the verb governs it, only the tag was
    wrong); where "to" was the root, the verb becomes the root."""
    marker = next(t for t in reversed(verb.doc[: verb.i]) if t.lower_ == "to")
    governor = marker.head
    _retag(verb, "VB", lemma)
    if governor == verb or verb.is_ancestor(governor):
        return
    verb.head = verb if governor == marker else governor
    verb.dep_ = _completion(verb, governor)
    marker.head = verb
    marker.dep_, marker.tag_, marker.pos_ = "aux", "TO", "PART"


def _completion(verb: Token, governor: Token) -> str:
    """The label of the repaired infinitive: the root where it now heads its sentence, else
    the complement of a verb or the clause of a noun."""
    if verb.head == verb:
        return "ROOT"
    return "xcomp" if governor.pos_ in {"VERB", "AUX"} else "acl"
