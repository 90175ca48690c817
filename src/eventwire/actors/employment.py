"""Where a person works, told by a verb rather than a title: their own clause ("Howes had been
working for the Mines Advisory Group"), a participle that modifies the description after
their name ("X, a pollster working for the Lee campaign,") or a relative clause on the name
("X, who heads the teachers' union,"); the description's head noun says what the person is,
the verb's object whom they serve."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.description_ends import PARTICIPLE_MODIFIER
from eventwire.lexicons import word_set

SUBJECT = "nsubj"
APPOSITION = "appos"
RELATIVE = "relcl"
OBJECT = "dobj"


def employment_object(person: Span) -> list[Token]:
    """The words of the place the person's own clause, or a participle on the description in
    apposition to the name, says they work for or at."""
    root = person.root
    verbs = [root.head] if root.dep_ == SUBJECT else []
    descriptions = (c for c in root.children if c.dep_ == APPOSITION)
    verbs += [c for d in descriptions for c in d.children if c.dep_ == PARTICIPLE_MODIFIER]
    found = next((found for found in map(_workplace, verbs) if found), [])
    return found or _headed_body(person)


def _headed_body(person: Span) -> list[Token]:
    """ "X, who heads the teachers' union,", "X, who works for the Sierra Club,": a relative
    clause on the name that says the person leads or works for a body describes them as its
    officer, as a title would; the person's own main clause ("X leads the polls") does not."""
    for verb in (c for c in person.root.children if c.dep_ == RELATIVE):
        if verb.lemma_ in word_set("leading_verb"):
            objects = [c for c in verb.children if c.dep_ == OBJECT]
            if objects:
                return list(objects[0].subtree)
        elif found := _workplace(verb):
            return found
    return []


def _workplace(verb: Token) -> list[Token]:
    """ "working for the Mines Advisory Group": the object of an employment verb's "for",
    "at" or "with"."""
    if verb.lemma_ not in word_set("employment_verb"):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in word_set("employer_preposition"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return list(objects[0].subtree)
    return []
