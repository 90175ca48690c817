"""When a demonym names a language: "in rapid-fire Spanish", "spoke in English and French".

The country lexicon reads "Spanish" as Spain's demonym, so a language named in the text became
the country as an actor. A demonym that stands alone as the object of "in" or "into" (or is
joined to one that does) is the language; "Spanish troops" and "in Spain" are not read here.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.parse.coordination import first_conjunct


def names_language(span: Span) -> bool:
    """The demonym is the object of a preposition that takes a language ("in", "into"), or
    the language of a compound adjective ("Spanish-language radio", "French-speaking")."""
    found = country_of(span.text)
    if found is None or not found.is_demonym:
        return False
    if hyphened_language(span):
        return True
    first = first_conjunct(span.root)
    return first.dep_ == "pobj" and first.head.lower_ in word_set("language_preposition")


def hyphened_language(span: Span) -> bool:
    """ "Spanish-language radio", "English-speaking Cameroonians": the demonym hyphened to a
    word of language, which makes the whole an adjective of speech, no country's act."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "-" or span[-1].whitespace_:
        return False
    return doc[end + 1].lower_ in word_set("language_compound")
