"""A tribute to the dead is mourning, not support.

"Protesters paid tribute to X, who was fatally shot in June", "paid homage to the soldiers
killed in the attack", "paid their respects to the victims": honouring people who died is the
condolence and sympathy the coding rules leave uncoded; a tribute to the living or to a deed
("paid tribute to Merkel's leadership") stays praise (SUPPORT).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import SUPPORT
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

TRIBUTES = words("event_words.tsv", "tribute")  # tribute, homage, respects
DEATH = words("event_words.tsv", "death")  # kill, die, shoot ...
DEAD = words("event_words.tsv", "dead_person")  # victim, late, fallen
TOLD_DEPS = NOUN_CLAUSE_DEPS  # "who was shot", "killed in the attack"


def mourns(match: TriggerMatch) -> bool:
    """A SUPPORT trigger of paying tribute whose honoured are the dead."""
    if match.code.type != SUPPORT or not _tribute(match.head):
        return False
    return any(_dead(person) for person in _honoured(match.head))


def _tribute(head: Token) -> bool:
    """ "paid tribute", "a tribute to": the trigger is the tribute noun or its verb's object."""
    paid = objects(head)
    return head.lemma_.lower() in TRIBUTES or any(o.lemma_.lower() in TRIBUTES for o in paid)


def _honoured(head: Token) -> list[Token]:
    """The objects of "to" on the trigger or on its tribute object, with their conjuncts."""
    holders = [head, *objects(head)]
    return [t for h in holders for p in pobjs(h, {"to"}) for t in [p, *p.conjuncts]]


def _dead(person: Token) -> bool:
    """Named dead by the noun or a modifier ("the victims", "the late senator"), or by a
    clause on it that tells a killing or a death ("who was shot", "killed in the attack")."""
    before = [t for t in person.subtree if t.i < person.i]  # "the late Senator X"
    if person.lemma_.lower() in DEAD or any(t.lower_ in DEAD for t in before):
        return True
    clauses = [c for c in person.children if c.dep_ in TOLD_DEPS]
    return any(c.lemma_.lower() in DEATH for c in clauses)
