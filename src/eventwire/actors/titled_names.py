"""A person whose title NER read as the start of an organisation's name: "Pastor Michael
Reed", "Rabbi Anna Stern" tagged ORG. A title word, then a given name and a surname, is a
person; "General Motors Corp." is not, as "Motors" is no given name."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.name_checks import name_cased
from eventwire.actors.phrases import title_words
from eventwire.given_names import gender_of_given_name

MIN_WORDS = 3  # title, given name, surname


def titled_person(ent: Span) -> bool:
    """Whether an organisation entity is a title and a person's full name."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ != "ORG" or len(words) < MIN_WORDS or words[0].lower_ not in title_words():
        return False
    name = words[1:]
    if not all(t.pos_ == "PROPN" and name_cased(t.text) for t in name):
        return False
    return gender_of_given_name(name[0].text) is not None
