"""A known person's surname that opens a sentence, read by the tagger as a common word:
"Sanders attacked Clinton on Monday." tags "Sanders" a plural noun (of "sander"), "Cruz" or
"Rubio" an adjective or a verb, so the readers of names, which want a proper noun, lost the
person there unless a full name earlier in the article gave the word away.

A sentence's first word is capitalised whatever it is, so its tag is the tagger's guess from
the word alone; the article's own usage decides instead: a word it never writes in lower case
is no common word of its ("rice", "bush" and "brown" are written so where they are meant),
and neither is one that English has only as an inflection ("sanders", "summers") or not at
all ("Manafort"); a word that is a common noun as written ("Silver rose 15 cents") stays one.
Such a surname of the known-actor table's people is then that person's (the caller asks the
table which person, on the article's day)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from eventwire.known_names import known_surnames
from eventwire.parse.nlp import per_doc, tokens
from eventwire.parse.recase import english_lemmas

COMMON_TAGS = frozenset({"NOUN", "ADJ", "VERB"})  # what the tagger makes of an opening name
DAY = "publication_day"  # the article's day, told the Doc before its actors are read


def tell_day(doc: Doc, day: date | None) -> None:
    """Keep the article's day with its Doc: the table's people are asked about that day."""
    doc.user_data[DAY] = day


def day_of(doc: Doc) -> date | None:
    """The article's day, where `tell_day` told it."""
    return doc.user_data.get(DAY)


def opening_surname(token: Token) -> bool:
    """A known person's surname that opens its sentence, tagged a common word, and that the
    article never writes in lower case."""
    if token.pos_ not in COMMON_TAGS or not token.is_title or token.text not in known_surnames():
        return False
    if not _opens_sentence(token):
        return False
    lower = token.lower_
    if lower in english_lemmas(lower):  # "Silver", "Bond", "Power": a word as written
        return False
    return lower not in per_doc(token.doc, "lower_case_words", _lower_case_words)


def _opens_sentence(token: Token) -> bool:
    """The first word of its sentence, past any opening quotation mark or dash."""
    doc = token.doc
    before = range(token.sent.start, token.i)
    return all(doc[i].is_punct or doc[i].is_space for i in before)


def _lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case somewhere."""
    return frozenset(t.text for t in tokens(doc) if t.text.islower())
