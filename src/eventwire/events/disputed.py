"""Challenging what someone said or decided: disputing it, not asking anything.

"The mayor challenged the police chief's account", "challenged the findings": what is
challenged is a claim, a story or a ruling, and the act rejects it (PLOVER REJECT), as
contesting one does; "challenged Trump to release his taxes" asks him to act (REQUEST), and
"challenged him for the nomination" runs against him. The lexicon row names the nouns; this
module tells `everyday` that such a challenge asks nothing and is still an act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import DECISIONS, REBUTTED

SAID_OR_DECIDED = (
    REBUTTED  # "the allegations", "the claim"
    | words("event_words.tsv", "tale")  # "the account", "the story"
    | DECISIONS  # "the ruling", "the decision"
)


def disputes_a_claim(verb: Token) -> bool:
    """The verb's object is a thing said or decided ("challenged the account"): a dispute."""
    return any(o.lemma_.lower() in SAID_OR_DECIDED for o in objects(verb))
