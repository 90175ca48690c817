"""What a pronoun that carries no meaning of its own stands for, read from the parse.

A relative pronoun is its clause's antecedent ("figures that were released": figures) and a
quantifier pronoun is what its "of" names ("all of the e-mails": e-mails); deciding whether an
act was done to people or things must look at those words, not at the pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.arguments import of_objects
from eventwire.parse.tags import DETERMINER_TAG, PREDETERMINER_TAG, WH_TAGS

RELATIVE_TAGS = WH_TAGS  # that, which, who: the noun their clause modifies
# all, some, each (tagged as determiners when they stand alone)
QUANTIFIER_TAGS = {DETERMINER_TAG, PREDETERMINER_TAG}


def stand_in(token: Token) -> Token:
    """The word a relative or quantifier pronoun stands for; any other word itself."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
        return token.head.head
    if token.pos_ == "PRON" and token.tag_ in QUANTIFIER_TAGS:
        named = of_objects(token)
        return named[-1] if named else token
    return token
