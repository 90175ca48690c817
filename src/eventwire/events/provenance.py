"""Where a thing was made is no party to an act on it: "Iranian-made rockets were fired at
Saudi oil fields by Yemeni rebels" is aimed at Saudi Arabia, not Iran; "a French-built
helicopter was shot down" names no French target. The country word hangs on the participle
("Iranian" -> "made" -> "rockets"), which modifies the thing."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set


def provenance(modifier: Token) -> bool:
    """A participle of making ("made", "built") that modifies a noun, hyphened to its maker."""
    return modifier.lower_ in word_set("provenance_participle") and any(
        c.dep_ == "punct" and c.text == "-" for c in modifier.children
    )
