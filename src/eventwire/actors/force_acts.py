"""A collective before a noun of violence does it: "police" in "a police raid", "the army" in
"an army offensive", "government" in "a government crackdown".

A collective right before a common noun is usually a word of that noun's name ("the police
station", "the government plan"), no group of its own; before a noun of violence done by
forces ("raid", "shootings", "crackdown"; `force_act_noun` in word_lists.tsv) it names who
struck, as an adjective of a country does ("Israeli air strikes"), and is a mention of that
group (the event rules read it as the act's doer: `events/harming_acts.py`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set


def does_next(head: Token) -> bool:
    """Whether the noun after the collective is a noun of violence it modifies as a noun
    ("police raid"); an adjective names a kind of act ("military strikes"), not its doer."""
    if head.i + 1 >= len(head.doc) or head.pos_ != "NOUN" or head.dep_ != "compound":
        return False
    act = head.nbor()
    violent = act.lemma_.lower() in word_set("force_act_noun")
    return act.pos_ == "NOUN" and head.head == act and violent
