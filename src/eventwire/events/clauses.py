"""Parts of a sentence that report an act of their own beside the act that governs them.

An event under a speech act is usually its content ("threatened to break off relations",
"denied the allegations"), coded once (`events.scope`). Two shapes are not content:
- a prepositional phrase set off by commas is an adjunct of the clause, not an argument of its
  verb: "Freeh, on an official visit to Mexico, asked Mexican authorities ..." tells the visit
  as well as the request;
- an event noun whose own clause names its doer, "accusations made by Amir's brother", reports
  that act as done, not only as the thing denied or condemned.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.coordination import first_conjunct
from eventwire.parse.tags import PARTICIPLE_TAG


def parenthetical(prep: Token) -> bool:
    """Whether a prepositional phrase stands between commas ("Freeh, on a visit to Mexico,")."""
    if prep.dep_ != "prep" or prep.i == 0:
        return False
    doc = prep.doc
    after = prep.right_edge.i + 1
    return doc[prep.i - 1].text == "," and after < len(doc) and doc[after].text == ","


def own_agent(noun: Token) -> bool:
    """Whether an event noun's reduced relative names its doer ("accusations made by X")."""
    return any(
        clause.dep_ == "acl"
        and clause.tag_ == PARTICIPLE_TAG
        and any(c.dep_ == "agent" for c in clause.children)
        for clause in noun.children
    )


def to_infinitive(clause: Token) -> bool:
    """Whether a verb is marked as an infinitive by its own "to" ("to allow", "to cooperate")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def relative_clause(verb: Token) -> Token | None:
    """The relative clause a verb heads or is coordinated into: in "X, who is running and who
    worked the crowd", the second "who" stands for X as the first does."""
    verb = first_conjunct(verb)
    return verb if verb.dep_ == "relcl" else None


def told_of(verb: Token) -> list[Token]:
    """The words a verb's prepositions govern and its bare noun adverbials ("on Tuesday",
    "for two hours", "cheered him Tuesday"): where readers look for when or where it was done."""
    told = [p for c in verb.children if c.dep_ == "prep" for p in c.children]
    return told + [c for c in verb.children if c.dep_ == "npadvmod"]
