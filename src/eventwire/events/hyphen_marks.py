"""A noun hyphened to its verb, as an argument word of the trigger lexicon.

"pepper-sprayed the crowd", "was tear-gassed": English makes a verb of using a thing on someone
by hyphening the thing's noun to the verb, and the parse hangs that noun on the verb as an
adverbial noun ("npadvmod"), a slot the argument words do not read otherwise. Its lemma is given
as an argument word, so a row can ask for the thing used ("spray>pepper") where the bare verb
stays no act ("sprayed the statue with paint").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.word_use import lower_lemma
from eventwire.parse.hyphens import HYPHENS

HYPHENED_DEPS = {"npadvmod"}  # how the parse hangs "pepper" of "pepper-sprayed"


def hyphen_marks(head: Token) -> set[str]:
    """The lemma of a noun written hyphened right before the head ("pepper" of "pepper-sprayed")."""
    return {lower_lemma(c) for c in head.children if c.dep_ in HYPHENED_DEPS and _joined(c, head)}


def _joined(noun: Token, head: Token) -> bool:
    """ "pepper-sprayed": noun, hyphen and verb with no space between them."""
    if noun.i != head.i - 2:
        return False
    hyphen = head.doc[head.i - 1]
    return hyphen.text in HYPHENS and not noun.whitespace_ and not hyphen.whitespace_
