"""The doer of an act an "as" phrase ascribes to someone: "the party listed Jacques de Mathan as
having donated 274,500 marks", "the report identified two officers as having fired first".

The parse hangs the gerund or participle on "as", a phrase of the main verb, so the act would
take the main verb's subject (the party, the report); "as" predicates of the main verb's direct
object, whose act it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.verb_arguments import objects
from eventwire.parse.subjects import has_subject


def as_doers(verb: Token) -> list[Token]:
    """The main verb's direct objects when the verb is its "as" phrase's gerund or participle;
    none for any other verb ("signed it as a gesture": no act in the phrase)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return []
    if has_subject(verb):
        return []
    return objects(prep.head)
