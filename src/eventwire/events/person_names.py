"""Whether a capitalised word is part of a person's name in its document.

spaCy labels a name as PERSON where it is given in full ("Ban Ki-moon") but often not where
the story later uses the surname alone ("Ban also kept a spotlight on the issue"), so a
surname that is also a trigger noun ("ban", "rally", "strike") would be read as an act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.nlp import entities


def names_a_person(token: Token) -> bool:
    """A proper noun that is a word of some person's name elsewhere in the same document."""
    if token.pos_ != "PROPN":
        return False
    return any(
        word.lower_ == token.lower_
        for entity in entities(token.doc)
        if entity.label_ == "PERSON"
        for word in entity
    )
