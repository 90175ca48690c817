"""People who work a party's politics for hire: "Republican consultant X", "X, a Democratic
operative": a party's word on a trade noun that by itself says nothing of a sector (a media
consultant, a CIA operative) makes the person the party's (PTY), as the coding rules code a
party's and a campaign's people, and as "Republican strategist" already is by its title."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.named_cues import code_cued_people
from eventwire.actors.party_groups import names_a_party
from eventwire.lexicons import word_set
from eventwire.model import Actor, Mention
from eventwire.sectors import PARTY

MODIFIER_WINDOW = 3  # "a longtime Indiana GOP consultant": the party word a few words before


def code_party_workers(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give a person with no sector PTY where a party's consultant or operative describes
    one of their names, as a title before it or a phrase in apposition to it."""
    code_cued_people(doc, actors, mentions, _party_cue, PARTY, "party worker")


def _party_cue(name: Span) -> tuple[int, int] | None:
    """The characters from the party word to the trade noun ("GOP consultant"), else None."""
    party = _party_word(name)
    return (party[0].idx, party[1].idx + len(party[1])) if party is not None else None


def _party_word(name: Span) -> tuple[Token, Token] | None:
    """The party word and the trade noun it modifies, describing the name, else None."""
    nouns = [t for t in _describing_nouns(name) if t.lower_ in word_set("party_work_noun")]
    for noun in nouns:
        before = name.doc[max(noun.left_edge.i, noun.i - MODIFIER_WINDOW) : noun.i]
        party = next((t for t in before if names_a_party(t.text)), None)
        if party is not None:
            return party, noun
    return None


def _describing_nouns(name: Span) -> list[Token]:
    """The title word right before the name ("GOP consultant X") and the heads of the
    phrases in apposition to it ("X, a Republican operative,"; "a GOP consultant, X")."""
    doc, root = name.doc, name.root
    nouns = [doc[name.start - 1]] if name.start and doc[name.start - 1].head.i == root.i else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i >= name.end]
    if root.dep_ == "appos" and root.head.i < name.start:
        nouns.append(root.head)
    return nouns
