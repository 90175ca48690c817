"""Money that private people and firms give: philanthropy and political giving, not aid.

"gave money to the foundation", "a retired banker donated $50,000 to the school", "the
brothers provided $2 million to the group": PLOVER's AID is help one party gives another (a
state's loans, an agency's relief); a private person's gift of money funds a cause, a race or
an institution, and an analyst does not count it. Told by the trigger (a word of giving money,
or money as what is given) and by the givers: every one of them a person, the public or a
party's people, none a state, an agency, a firm or a charity (firms that fund a convention, or
refuse to, act toward the party: "Apple will not fund the convention" is kept). A purchase
by private people or firms ("Trump purchased two golf courses") is commerce, not a state's
economic cooperation, in the same way.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.model import Participant

MONEY = words("event_words.tsv", "money")  # money, cash, funds; donate, fund; donation, loan
MONEY_CODES = {"070", "071", "073"}  # CAMEO: aid, economic, humanitarian (money sent): not arms
PRIVATE_SECTORS = {"CVL", "PTY"}  # the public, a party's people: no state, firm or charity
BUYERS = PRIVATE_SECTORS | {"BUS", "MED", "EDU", "REL"}  # people and firms that buy
PURCHASES = words("event_words.tsv", "purchase")  # purchase, buy, acquire
GIVEN_DEPS = {"dobj", "dative", "attr"}  # "gave money", "gave the school $2 million"


def private_gift(match: TriggerMatch, actors: list[Participant]) -> bool:
    """The event gives money, and all who give it are private people; a refusal to give
    ("would not donate") is a stance toward the party and stays."""
    head = match.head
    if (
        match.code.cameo not in MONEY_CODES
        or not actors
        or any(c.dep_ == "neg" for c in head.children)
    ):
        return False
    return _gives_money(head) and all(_private(p, head.doc, PRIVATE_SECTORS) for p in actors)


def private_purchase(match: TriggerMatch, actors: list[Participant]) -> bool:
    """A purchase whose buyers are all private people or firms: commerce."""
    head = match.head
    if head.lemma_.lower() not in PURCHASES or not actors:
        return False
    return all(_private(p, head.doc, BUYERS) for p in actors)


def _gives_money(head: Token) -> bool:
    """ "donated", "a loan", "gave $2 million", "provided money to the group"."""
    if head.lemma_.lower() in MONEY or head.lower_ in MONEY:
        return True
    given = [c for c in head.children if c.dep_ in GIVEN_DEPS]
    return any(
        t.ent_type_ == "MONEY" or t.lemma_.lower() in MONEY for g in given for t in g.subtree
    )


def _private(giver: Participant, doc: Doc, sectors: set[str]) -> bool:
    """A party with one of the private `sectors`, or a person with none ("Jacques de Mathan")."""
    if giver.sector:
        return giver.sector in sectors
    span = doc.char_span(giver.mention.start, giver.mention.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)
