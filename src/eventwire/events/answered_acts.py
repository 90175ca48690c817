"""An act named as what another act answers: its reason, not an event of its own.

"ordered an embargo on Iraq as punishment for seizing Kuwait", "a reward for capturing him",
"sanctions in retaliation for attacking the embassy": the gerund after "for" on a noun of
answering tells why the governing act was done; the governing act is the news, and the act
answered is its background (who did it is not the governing act's doer).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

ANSWERS = words("event_words.tsv", "answer_noun")  # punishment, retaliation, reward


def answered_act(verb: Token) -> Token | None:
    """The answering noun ("punishment") whose "for" gerund the verb is, if any."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "for":
        return None
    return prep.head if prep.head.lemma_.lower() in ANSWERS else None
