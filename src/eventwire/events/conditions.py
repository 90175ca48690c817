"""Acts told inside a condition: "If there were a gang in Lima that kidnapped children, the
police would arrest it".

A condition clause ("if", "unless") makes hypothetical everything it holds, also the acts of a
relative clause or a phrase within it, which the clause's own mark does not reach: nobody is
said to have kidnapped anyone there.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

CONDITIONALS = words("modality_words.tsv", "conditional")  # if, unless


def inside_condition(chain: list[Token]) -> Token | None:
    """The mark of a condition clause that holds the trigger further up than its own clause."""
    for clause in chain[0].ancestors:
        if clause.dep_ != "advcl":
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONDITIONALS]
        if marks:
            return marks[0]
    return None
