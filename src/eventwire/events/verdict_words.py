"""A word's verdict: how strongly a predicate word or a name judges ("a liar", "a terrible
president", "called the ads 'a dirty smear'").

The polarity of any word comes from VADER's lexicon (`valences`), with eventwire's lists laid
over it for what VADER lacks ("crooked", "traitor", "inadequate", "qualified"); a feeling ("sad",
"proud") judges no one. `evaluative` reads these verdicts in what a speaker says of a party, and
other readers of verdicts (`assessed`, `editor_verdicts`, `exposed_wrongs`, `quoted_verdicts`,
`headline_claims`) read the same words the same way.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.events.hostile_owners import hostile_owner
from eventwire.events.judged_words import MERIT, after_hostile_prefix
from eventwire.events.lexicon import words
from eventwire.events.phrase_links import pobjs
from eventwire.events.valences import STRONG, overlaid, word_valence
from eventwire.events.word_classes import DEROGATORY, WRONGDOING
from eventwire.parse.forms import in_words

FEELINGS = words("event_words.tsv", "feeling")  # "was sad", "is proud of": the subject's mood
HEAPS = words("event_words.tsv", "heap")  # "a pack of lies": the verdict is the "of" noun's
SHORTCOMING = words("event_words.tsv", "shortcoming")  # inadequate, unelectable: VADER is mild
SCARE_QUOTED = 1.5  # a name in quotation marks is the speaker's own insult, sharper than said
MODIFIER_DEPS = {"amod", "compound", "advmod"}


@cache
def polarities() -> dict[str, float]:
    """VADER's word valences, loaded once, with eventwire's wrongs, insults ("blowhard"),
    shortcomings ("inadequate") and merits as strong ones
    (VADER lacks "crooked", "corrupt", "traitor" and "qualified"; it rates "responsible" as
    praise, where said of a wrong it is blame)."""
    return overlaid(WRONGDOING | DEROGATORY | SHORTCOMING, MERIT)


def verdict(word: Token) -> float:
    """A predicate word's polarity: its own when strong ("a liar"), else its strongest
    modifier's ("a terrible president"); none for a feeling ("sad", "proud"); praise of how
    well one serves a hostile armed group is blame ("ISIS's best recruiter")."""
    if in_words(word, FEELINGS):
        return 0.0
    if after_hostile_prefix(word):  # "is anti-war": against war, no verdict of war
        return 0.0
    score = _graded(word)
    return -score if score > 0 and hostile_owner(word) else score


def _graded(word: Token) -> float:
    """The word's own polarity when strong, else its strongest modifier's."""
    own = valence(word)
    if abs(own) >= STRONG:
        return own
    modifiers = [valence(c) for c in word.children if c.dep_ in MODIFIER_DEPS]
    if word.lemma_.lower() in HEAPS:  # "a pack of lies"
        modifiers += [verdict(p) for p in pobjs(word, {"of"})]
    return max([own, *modifiers], key=abs)


def name_verdict(word: Token) -> float:
    """A name's polarity, sharpened when it stands in quotation marks ("called the ads 'a
    dirty smear'"): the paper quotes the speaker's own insult rather than report a view."""
    first = word.left_edge.i - (0 if word.left_edge.is_quote else 1)  # '"grave' or '" grave'
    opening = first >= 0 and word.doc[first].is_quote
    quoted = opening and not word.doc[first].is_sent_start
    return verdict(word) * (SCARE_QUOTED if quoted else 1.0)


def valence(word: Token) -> float:
    """VADER's valence of a word form, else of its lemma; 0 for a word it does not rate."""
    return word_valence(polarities(), word)
