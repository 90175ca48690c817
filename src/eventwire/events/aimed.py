"""Blame aimed at a named person is an act of its own, wherever its clause hangs.

`events.scope` keeps a sentence's main predication and folds what its clauses tell into it:
the purpose of a rally, a participle beside a main verb. A verbal attack with a named person as
its object is different: "opened a rally blasting Clinton", "began dredging up old charges to
hammer Hillary Clinton", "who vigorously pursued Bill Clinton"
each tell the speaker blaming that person, an act PLOVER codes (ACCUSE) beside the main one.
Only blame counts (PLOVER's ACCUSE): a deed in such a clause ("a rally calling for peace") stays
its governor's purpose.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, is_person
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ACCUSE, REJECT
from eventwire.model import Event

BLAME = ACCUSE
DENYING = {REJECT}  # "a refusal to prosecute Clinton": what is refused is not done


def aimed_heads(matches: list[TriggerMatch]) -> set[int]:
    """Token indices of the matches that are blame aimed at a named person, in a clause of
    their own that modifies another."""
    refused = {m.head.i for m in matches if m.code.type in DENYING}
    return {m.head.i for m in matches if _aimed(m) and m.head.head.i not in refused}


def _aimed(match: TriggerMatch) -> bool:
    """A verb of blame, not negated, heading a clause that modifies another (a participle, a
    relative, a purpose), whose direct object is a named person or a political title. What a
    complement tells ("called on Republicans to back Trump") is its governor's content, and
    praise or backing in such a clause mostly tells who a party is ("a super PAC backing Jeb
    Bush"), not an act, so only blame counts."""
    head = match.head
    return (
        not match.nominal
        and head.pos_ == "VERB"
        and match.code.type == BLAME
        and _adjunct(head)
        and not any(c.dep_ == "neg" for c in head.children)
        and any(c.dep_ == "dobj" and _person(c) for c in head.children)
    )


def _adjunct(head: Token) -> bool:
    """An adverbial clause ("agreed, attacking Trump"), a relative clause ("where he attacked
    lawmakers"), or a clause on a noun that tells what an event or a thing did ("a rally
    blasting Clinton", "dredging up accusations to hammer Clinton"); not one that describes
    a party ("hackers backing Assad")."""
    if head.dep_ in {"advcl", "relcl"}:
        return True
    return head.dep_ == "acl" and not is_agent(head.head)


def _person(noun: Token) -> bool:
    """ "Clinton", "Hillary Clinton", "the governor": a person named, or a title."""
    return is_person(noun) or any(c.dep_ == "compound" and is_person(c) for c in noun.children)


def own_acts(
    matches: list[TriggerMatch], kept: list[tuple[TriggerMatch, TriggerMatch | None]]
) -> list[tuple[TriggerMatch, TriggerMatch | None]]:
    """The aimed acts `scope.main_matches` folded into another event, restored as events."""
    taken = {m.head.i for m, _ in kept}
    heads = aimed_heads(matches) - taken
    restored = [(m, None) for m in matches if m.head.i in heads]
    return sorted([*kept, *restored], key=lambda found: found[0].head.i)


def with_aimed(
    events: list[Event], found: list[tuple[Token, Event]], heads: set[int]
) -> list[Event]:
    """`scope.main_clause`'s events, with the aimed acts (token indices `heads`) it set aside
    as subordinate clauses, in text order."""
    kept = {id(e) for e in events}
    return [e for head, e in found if id(e) in kept or head.i in heads]
