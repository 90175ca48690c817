"""The model's rule lemmatizer, asked once per distinct word form, tag and morphology.

spaCy's lemmatizer builds a Token and a morphology dictionary for every word of every Doc,
caches only some of its answers, and looks each candidate form up in a list of its word class's
words (57,000 nouns): about 8 ms an article, a tenth of the parse. A lemma depends on nothing
but the word's form, part of speech and morphology, so this component reads those three
columns with `Doc.to_array`, answers repeated ones from a dictionary, and asks a copy of the
model's lemmatizer whose word lists are sets only for a combination it has not seen: the same
rules and tables, so the same lemmas. Words the attribute ruler already gave a lemma keep it,
as the lemmatizer leaves them.

Two answers are mended. Where a verb's form fits two verbs of the index ("hoped": "hope" and
"hop"), spaCy 3.8's rules prefer the shorter, so "raped" reads as "rap", "staged" as "stag",
"waged" as "wag", "fined" as "fin". English spelling tells the two apart: a short stem ending
in one vowel and one consonant doubles it ("hopped", "hopping"), and "-es" follows only a
hissing or "o" ending ("hops", not "hopes"); so a form that does neither is the "-e" verb's.
And a verb the index lacks ("retweeted", "defunding") keeps an "-e" or a doubled consonant
it never had; the verb its stem ends in tells which ("tweet", "fund"), and where no verb
does, English spelling ("fracking", "scapegoated": no verb ends in "-cke" or "-oate"). A solid
"re-" or "co-" verb the index lacks ("reappointed") is read as its base verb, as the hyphenated
one is ("re-appointed": `prefixed_verbs`). And a verb form the tagger reads as a base form
("would have shot": VB) or as an auxiliary ("Democrats voting decreased": AUX) keeps its form
as lemma, as the rules lemmatise neither; where the form is the inflection of exactly one verb of
the index ("shoot", "vote"), that verb is its lemma. A modal ("might") is an auxiliary indeed
and keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from eventwire.lexicons import word_set

CACHED_LEMMATIZER = "cached_lemmatizer"
WORD_CLASSES = ("noun", "verb", "adj", "adv")
MAX_KNOWN = 500_000  # combinations kept; a long job's cache starts afresh past this
DOUBLING_STEM = re.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$")  # "hop" → "hopped"
HISSING_ENDS = ("s", "sh", "ch", "x", "z", "o")  # the stems that take "-es" ("passes", "goes")
# Stem endings no English verb adds an "-e" to: a one-sound vowel pair before one consonant
# ("scapegoat"; not before c, g, s, v, z: "sauce", "gouge", "tease", "leave", "sneeze"), a
# vowel before w or y ("okay"), a cluster ending in b, d, f, k, m, n, p, x or t ("frack",
# "sext"; not "st": "paste"), an "h" after c, g, p or s ("bash"), or an unstressed "-er" ("taser":
# the index holds every "-ere" verb English has, "interfere", "revere").
NO_E_STEM = re.compile(
    r"(?:(?:ai|au|ea|ee|oa|oi|oo|ou)[bdfhjklmnprtwxy]|[aeiou][wy]"
    r"|[b-df-hj-np-tv-z][bdfkmnpx]|[b-df-hj-np-rv-z]t|[cgps]h|x|[b-df-hj-np-tv-z]er)$"
)
MODAL_TAG = "MD"  # "might" is a modal of its own, not the past of "may" a verb form would mend to
KEPT_DOUBLES = ("ll", "ss", "ff", "zz")  # the verb's own ("spill") or before an "-e" ("finesse")


def cache_lemmas(nlp: Language) -> None:
    """Run the lemmatizer through a cache (`CachedLemmas`) when it fills only missing lemmas."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.overwrite:
        return
    nlp.add_pipe(CACHED_LEMMATIZER, before="lemmatizer")
    nlp.disable_pipe("lemmatizer")


class CachedLemmas:
    """The pipeline component: the lemmatizer's answers, by (form, part of speech, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = indexed_copy(lemmatizer)
        self.verbs: frozenset[str] = self.lemmatizer.lookups.get_table("lemma_index")["verb"]
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        if not len(columns):
            return doc
        lemmas = columns[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma == 0:
                lemmas[i] = self._lemma(doc, i, (orth, pos, morph))
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        found = self.known.get(key)
        if found is None:
            if len(self.known) >= MAX_KNOWN:
                self.known.clear()
            lemma = self.lemmatizer.lemmatize(doc[i])[0]
            if key[1] in (VERB, AUX) and doc[i].tag_ != MODAL_TAG:
                lemma = inflected_verb(doc[i].lower_, lemma, self.lemmatizer.lookups)
            if key[1] == VERB:
                lemma = e_verb(doc[i].lower_, lemma, self.verbs)
                lemma = unknown_verb(doc[i].lower_, lemma, self.verbs)
                lemma = again_verb(lemma, self.verbs)
            found = self.known[key] = doc.vocab.strings.add(lemma)
        return found


def inflected_verb(form: str, lemma: str, lookups: Lookups) -> str:
    """The verb `form` inflects where the rules kept the form itself ("shot" read as a base
    form, "voting" as an auxiliary): the one verb of the index it is a form of ("shoot",
    "vote"). A form that is a verb of its own ("found", "saw") or fits two stays."""
    if lemma != form or not form.isalpha():
        return lemma
    verbs = inflected_from(lookups, form, ("verb",))
    return verbs.pop() if len(verbs) == 1 and form not in verbs else lemma


def e_verb(form: str, lemma: str, verbs: Collection[str]) -> str:
    """The verb ending in "-e" that `form` inflects where the rules chose the stem without it
    ("raped": "rape", not "rap"): the stem's own form would double its consonant or drop the
    "e" of "-es"."""
    fuller = lemma + "e"
    if fuller not in verbs or not form.startswith(lemma):
        return lemma
    ending = form[len(lemma) :]
    if ending in ("ed", "ing") and DOUBLING_STEM.search(lemma):
        return fuller
    if ending == "es" and not lemma.endswith(HISSING_ENDS):
        return fuller
    return lemma


def unknown_verb(form: str, lemma: str, verbs: Collection[str]) -> str:
    """The stem of a verb the index lacks, read by the verb it ends in: the rules keep an "-e"
    that no such verb has ("waterboarded": "waterboarde", "defunding": "defunde") and never
    undo a doubled consonant ("spamming": "spamm"). Of the stems `form` may have, the one with
    the longest ending that is a known verb wins ("waterboard", "defund", "spam",
    "misidentify"); where none has one, the rules' answer stands."""
    ending = next((end for end in ("ed", "ing") if form.endswith(end)), None)
    stem = form[: -len(ending)] if ending else ""
    if lemma in verbs or len(stem) < 2:  # a bare ending ("f---ing" splits off "ing") has no stem
        return lemma
    stems = [stem, stem + "e", stem[:-1]] if stem[-2:-1] == stem[-1:] else [stem, stem + "e"]
    stems += [stem[:-1] + "y"] if ending == "ed" and stem.endswith("i") else []
    known = max(stems, key=lambda word: _known_ending(word, verbs))
    return known if _known_ending(known, verbs) else spelled_stem(stem) or lemma


def spelled_stem(stem: str) -> str | None:
    """The verb of an "-ed" or "-ing" form's `stem` where English spelling says it has no
    "-e" ("sext" of "sexting"; "dox" of "doxxed", whose consonant doubled); None where it may
    ("finessed", "tased")."""
    if len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        return None if stem.endswith(KEPT_DOUBLES) else stem[:-1]
    return stem if NO_E_STEM.search(stem) else None


def again_verb(lemma: str, verbs: Collection[str]) -> str:
    """The base verb of a solid "re-" or "co-" verb the index lacks ("reappoint": "appoint"):
    doing again or jointly is the same act, as for "re-appointed". A word the index knows
    ("resign", "react", "cooperate") is a verb of its own and stays."""
    if lemma in verbs:
        return lemma
    prefix = next((p for p in word_set("verb_prefix") if lemma.startswith(p)), None)
    base = lemma[len(prefix) :] if prefix else ""
    return base if len(base) > 2 and base in verbs else lemma


def _known_ending(word: str, verbs: Collection[str]) -> int:
    """The length of the longest ending of `word` (three letters or more) that is a verb."""
    return next((len(word) - i for i in range(len(word) - 2) if word[i:] in verbs), 0)


def indexed_copy(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A lemmatizer of the same class, mode and tables, its word lists ("lemma_index") sets:
    the rules only ask whether a form is in them."""
    copy = type(lemmatizer)(lemmatizer.vocab, lemmatizer.model, mode=lemmatizer.mode)
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = {key: frozenset(words) for key, words in table.items()}
        lookups.add_table(name, dict(table))
    copy.initialize(lookups=lookups)
    return copy


@Language.factory(CACHED_LEMMATIZER)
def make_cached_lemmas(nlp: Language, name: str) -> CachedLemmas:
    """The cache over the pipeline's own lemmatizer (`cache_lemmas` places it)."""
    return CachedLemmas(nlp.get_pipe("lemmatizer"))


def inflected_from(
    lookups: Lookups, lower: str, classes: Collection[str] = WORD_CLASSES
) -> set[str]:
    """The words of spaCy's English lemma index (WordNet's nouns, verbs, adjectives, adverbs;
    or only those `classes`) that `lower` is, or is an inflection of ("vows" → "vow"); empty
    for a word English lacks. spaCy has no call that answers this for a bare string, so its
    rules are applied here."""
    index, rules, exceptions = _lemma_tables(lookups)
    lemmas = {lower} if any(lower in index[pos] for pos in classes) else set()
    for pos in classes:
        lemmas.update(exceptions[pos].get(lower, ()))
        for old, new in rules[pos]:
            stem = lower[: len(lower) - len(old)] + new
            if lower.endswith(old) and stem in index[pos]:
                lemmas.add(stem)
    return lemmas


@cache
def _lemma_tables(
    lookups: Lookups,
) -> tuple[dict[str, frozenset[str]], dict[str, list], dict[str, dict]]:
    """The lemmatizer's word index, suffix rules and exceptions, by word class."""
    index, rules, exceptions = (
        lookups.get_table(name) for name in ("lemma_index", "lemma_rules", "lemma_exc")
    )
    return (
        {pos: frozenset(index.get(pos, ())) for pos in WORD_CLASSES},
        {pos: rules.get(pos, []) for pos in WORD_CLASSES},
        {pos: exceptions.get(pos, {}) for pos in WORD_CLASSES},
    )
