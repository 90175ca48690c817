"""A verb phrase's tense, told by the verb or by an auxiliary on it.

"says" carries its tense on the verb, "is said" and "will say" on the auxiliary: a reader that
asks whether a verb is in the present (or modal) asks both, so the question is written once
here. Which auxiliaries count is the reader's: a passive's "is" tells the present of "is
counted", while a reader of active verbs alone counts "aux" only.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.deps import AUXILIARY_DEPS

BE_FORMS = word_set("be_form")  # is, was, 's, 're, 'm


def auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries ("will" in "will go", "was" in "was hit"), in sentence order."""
    return [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]


def has_tense(
    verb: Token, tags: Collection[str], auxiliaries: Collection[str] = AUXILIARY_DEPS
) -> bool:
    """Whether the verb, or one of its auxiliaries (children with those labels), carries one of
    the tags."""
    return verb.tag_ in tags or any(c.tag_ in tags for c in verb.children if c.dep_ in auxiliaries)


def going_future(verb: Token) -> bool:
    """ "is going to vote", "we're not going to pay": a progressive "going" that tells what is
    to come, unlike "went to vote" (a time ahead in `times`, an announced refusal in
    `events.withheld`)."""
    return verb.lower_ == "going" and any(t.lower_ in BE_FORMS for t in verb.children)
