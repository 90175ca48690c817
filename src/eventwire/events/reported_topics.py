"""Event nouns a statement talks about: "the minister said the protests were illegal", "police
said the march had been peaceful", "the governor said the strikes were costing the economy".
A definite noun ("the protests", "these attacks") points back to an act the story has told, and
a saying verb's clause that makes it the subject of a verb that is no act judges it or counts
its cost; the act is coded where it is told happening, not where it is commented on.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

POINTING = {"the", "these", "those", "this", "that"}
SAYING = words("cue_verbs.tsv", "speech") | words("cue_verbs.tsv", "address")  # said, told
SAYING |= words("cue_verbs.tsv", "thought")  # believes


def reported_topic(noun: Token) -> bool:
    """The noun is a definite subject of a clause that a saying verb reports."""
    verb = noun.head
    pointed = any(c.dep_ == "det" and c.lower_ in POINTING for c in noun.children)
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING
    return noun.dep_ == "nsubj" and pointed and reported
