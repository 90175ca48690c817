"""Where a thing was made, or the language it speaks, is no party to an act on it:
"Iranian-made rockets were fired at Saudi oil fields by Yemeni rebels" is aimed at Saudi
Arabia, not Iran; "a French-built helicopter was shot down" names no French target. The
country word hangs on the participle ("Iranian" -> "made" -> "rockets"), which modifies the
thing. Likewise "a Spanish-language
station", "French-speaking officials": the demonym names a language (lexicon class
`language_compound`), not Spain or France."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set


def provenance(modifier: Token) -> bool:
    """A participle of making ("made", "built") or a word of language ("language", "speaking")
    that modifies a noun, hyphened to its maker or its language."""
    words = word_set("provenance_participle") | word_set("language_compound")
    return modifier.lower_ in words and any(
        c.dep_ == "punct" and c.text == "-" for c in modifier.children
    )
