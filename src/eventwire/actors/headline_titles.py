"""Title-case headline verbs that end a title window: in "Judge Halts Obama Coal Rule" the
judge is the subject of "Halts", not Obama's title; a title runs up to its name unbroken by a
verb ("Judge Jane Roe Blocks Law" keeps it). The title word that opens such a headline is a
person of its own, as "the judge" would be in the story."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import trigger_verbs

VERB_ENDINGS = ("es", "s")  # "Vetoes", "Halts": a headline's present tense, third person


def headline_verb_word(token: Token) -> bool:
    """A title-case trigger verb in the present tense ("Halts", "Slams", "Vetoes")."""
    word = token.lower_
    if not token.is_title or not word.endswith("s") or word.endswith("'s"):
        return False
    verbs = trigger_verbs()
    return any(word.endswith(e) and word[: -len(e)] in verbs for e in VERB_ENDINGS)


def headline_subject(token: Token) -> bool:
    """ "Judge" in "Judge Halts Obama Coal Rule": a capitalised word opening its line, right
    before a headline verb."""
    doc = token.doc
    opens = token.i == 0 or doc[token.i - 1].is_space or "\n" in doc[token.i - 1].whitespace_
    after = token.i + 1 < len(doc) and headline_verb_word(doc[token.i + 1])
    return opens and after and token.is_title
