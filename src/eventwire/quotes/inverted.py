"""An inverted reporting clause set off by commas inside an unquoted sentence: "Any fair reading
of the treaty, said Pieter Smit, a lawyer, would favour the farmers." The parser often makes
the fronted words the verb's subject ("reading", "Part of the problem") or hangs the name on
another verb; the speaker is the noun phrase right after the verb, up to the next comma. The
content stays the parse's (cue finding's concern).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.parse.nlp import PARTY_ENTITIES, TIME_ENTITIES
from eventwire.parse.tags import FINITE_TAGS, NOUN_POS
from eventwire.quotes.owners import agent_nouns

FINITE = FINITE_TAGS  # "…, saying X, …" is a participle, not an inverted clause
PHRASE_PARTS = {"PROPN", "NOUN", "ADJ", "DET", "CCONJ", "ADP", "NUM"}  # "experts like X"
NAMED = PARTY_ENTITIES
STARTS = {"PROPN", "NOUN", "DET", "ADJ"}
NAME_PARTS = {"PROPN", "NOUN", "ADJ", "DET", "VERB"}  # "Oversight ranking Democrat Elijah Cummings"


def inverted_speaker(verb: Token) -> Span | None:
    """The phrase after a finite cue verb that sits between commas, with no quotation mark
    before it (a quotation's "“…,” said X" is read elsewhere), where the phrase ends in a noun
    and its head is no day or hour ("…, said Friday, …")."""
    doc = verb.doc
    if verb.tag_ not in FINITE or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if doc[verb.i - 2].is_punct or doc[verb.i - 2].is_quote or _says_who(verb):
        return None
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ in PHRASE_PARTS and not doc[end].is_punct:
        end += 1
    words = doc[verb.i + 1 : end]
    if end >= len(doc) or doc[end].text != "," or not len(words) or words[-1].pos_ not in NOUN_POS:
        return None
    if words[0].pos_ not in STARTS or words.root.ent_type_ in TIME_ENTITIES:
        return None
    return words


def _says_who(verb: Token) -> bool:
    """The verb's own subject could speak ("Ann Roe, a retiree, backed X, …", "the mayor, a
    Democrat, told reporters, …"): a name, a pronoun, a noun for people, or one with an
    apposition. Fronted words the parse took as subject ("Part of the problem") cannot."""
    return any(
        child.dep_ == "nsubj"
        and (
            child.ent_type_ in NAMED
            or child.pos_ == "PRON"
            or child.lemma_.lower() in agent_nouns()
            or any(c.dep_ == "appos" for c in child.children)
        )
        for child in verb.children
    )


def name_after_cue(token: Token) -> Span | None:
    """ "“…,” says Evan Tracey, a consultant": the parser may hang an inverted speaker on
    another verb; the words after the cue up to the first mark are the speaker when they
    end in a name."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].pos_ in NAME_PARTS:
        end += 1
    words = token.doc[token.i + 1 : end]
    closed = end == len(token.doc) or token.doc[end].is_punct
    return words if len(words) and closed and words[-1].pos_ == "PROPN" else None
