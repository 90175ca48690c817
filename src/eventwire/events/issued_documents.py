"""Acts a document does for whoever issues it: "parties issued statements supporting the
membership", "the committee ran an ad attacking Clinton", "launched an ad campaign that
attacked Romney": the issuers support or attack, through their statements and ads.

The issuer is the subject of the verb the document (or a campaign of them: "an ad campaign")
is the object of, or the means of ("in a statement defending him, the campaign said"); a run
of them counted by a noun ("unleashed a series of tweets attacking X", "Trump's flurry of
tweets") stands where one document would, as the verb's object or its owner's. A verb of
receiving is no issuing ("received a letter that criticized him": the letter's writer
is not named), nor is a verb whose document names its own owner ("followed Clinton's speech").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.acting_with import acting_with
from eventwire.events.bestowed import RECEIVING
from eventwire.events.lexicon import words
from eventwire.events.spanned import SPANS
from eventwire.events.word_classes import DOCUMENTS
from eventwire.lexicons import word_set
from eventwire.parse.deps import COMPOUND_DEPS
from eventwire.parse.tags import VERB_POS

# "said in a statement", "through a letter", "made remarks during a speech attacking X" ("with"
#   is as often a partner's: "agreed with a letter urging ..."; only a verb of opening or
#   answering issues its "with" object: "went up with an ad attacking X", `acting_with`)
MEANS_PREPS = {"in", "through", "via", "during"}
KIND_DEPS = COMPOUND_DEPS  # "ad campaign": the parse reads a run of them as either
# "a flurry of tweets", "a series of ads", "a number of letters", "dozens of ads"
COUNTERS = (
    words("event_arguments.tsv", "paper_count")
    | SPANS
    | word_set("count_noun")
    | word_set("quantity_noun")
)


def issued_by(noun: Token) -> Token | None:
    """The verb that issues the document `noun`, or None; of coordinated objects ("a video
    and ad campaign"), the first is the verb's own."""
    if not _document(noun):
        return None
    noun = counted_paper(noun)
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return None  # "will follow Clinton's speech denouncing him": its owner's, not the verb's
    while noun.dep_ == "conj":
        noun = noun.head
    means = noun.dep_ == "pobj" and noun.head.lower_ in MEANS_PREPS
    verb = noun.head.head if means else acting_with(noun)
    verb = noun.head if noun.dep_ == "dobj" else verb
    if verb is None or verb.pos_ not in VERB_POS or verb.lemma_.lower() in RECEIVING:
        return None
    return verb


def counted_paper(noun: Token) -> Token:
    """The noun that counts a run of documents ("a series of tweets": series), which stands
    where one document would: the object of the verb that put them out, the thing its owner
    owns ("Trump's flurry of tweets"); else the noun itself."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or not _document(noun):
        return noun
    counter = prep.head
    return counter if {counter.lower_, counter.lemma_.lower()} & COUNTERS else noun


def _document(noun: Token) -> bool:
    """A document, or a campaign of them ("an ad campaign", "a TV and radio ad campaign")."""
    kinds = [c for c in noun.children if c.dep_ in KIND_DEPS]
    words_ = [noun, *kinds, *(k for c in kinds for k in c.conjuncts)]
    return any(w.lemma_.lower() in DOCUMENTS for w in words_) or _hyphened(noun)


def _hyphened(noun: Token) -> bool:
    """ "an op-ed": the parse splits a hyphened document word into its parts ("op", "-",
    "ed"), so neither part is the listed word."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-":
        return False
    return f"{doc[i - 2].lower_}-{noun.lemma_.lower()}" in DOCUMENTS
