"""Whether a noun the parse hangs on a name as an apposition really describes that name.

The parser reads a comma between a name and a plural noun as an apposition ("more votes than
Sanders, superdelegates who back him would ..."), yet one person cannot be several people: a
plural common noun describes a name only when the name is itself several ("Smith and Jones,
two senators who ..."; "the Kochs, donors who ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.person_names import names_a_person
from eventwire.known_names import known_surnames
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.tags import NAME_TAG, PLURAL_NAME_TAG, PLURAL_NOUN_TAG


def describes_name(noun: Token) -> bool:
    """An apposition on a proper name that agrees with it in number ("Clark, a GOP chair who":
    Clark; not "Sanders, superdelegates who": those are other people)."""
    return noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and not other_people(noun)


def other_people(noun: Token) -> bool:
    """A plural common noun with a relative clause of its own that the parse hangs on one
    person's name as an apposition: other people, not a description of that person (a group's
    name may take a plural: "the Taliban, insurgents who ..."; a plural with no clause may be
    a verb misread as a noun: "Trump, ..., often steam-rolls through the questions")."""
    name = noun.head
    single = name.tag_ == NAME_TAG and not _several(name) and _person(name)
    clause = any(c.dep_ == "relcl" for c in noun.children)
    return noun.dep_ == "appos" and noun.tag_ == PLURAL_NOUN_TAG and single and clause


def _person(name: Token) -> bool:
    """A person's name: tagged so here or elsewhere in the text, or a known surname."""
    return name.ent_type_ == "PERSON" or names_a_person(name) or name.text in known_surnames()


def _several(name: Token) -> bool:
    """A plural name ("the Kochs") or names joined by "and" ("Smith and Jones")."""
    return name.tag_ == PLURAL_NAME_TAG or has_conjunct(name)
