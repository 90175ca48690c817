"""Money given in campaign finance: political giving, which an analyst does not count as aid.

"donated $300,000 for Republicans", "made large donations to Ready PAC", "the only campaign
donation the company ever made": gifts to candidates, parties and their committees fund a race;
PLOVER's AID is help to a party in need. Told where campaign-finance words are in the sentence.
Money accepted ("accepted $200,000 in donations") is taken, not agreed to: no AGREE.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.event_nouns import event_noun
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.verb_arguments import patients, prep_nouns

POLITICAL_GIVING = words("event_words.tsv", "political_giving")  # campaign, PAC, donor
GIFTS = words("event_words.tsv", "gift")  # donation, contribution: the nouns of giving money
PAYMENTS = GIFTS | words("event_words.tsv", "payment")  # money, funding, fees, dollars
MONEY_ENTITY = "MONEY"


def political_giving(verb: Token) -> bool:
    """ "donated $300,000 for Republicans", "a super PAC financed by donors"."""
    return any(t.lemma_.lower() in POLITICAL_GIVING for t in verb.sent)


def political_gift(match: TriggerMatch) -> bool:
    """ "donations to Clinton's PAC", "returned $43,100 in donations after donors said ...": a
    noun of giving money in a sentence of campaign finance."""
    return match.nominal and match.head.lemma_.lower() in GIFTS and political_giving(match.head)


def takes_money(verb: Token) -> bool:
    """ "accepted $200,000 in donations", "accepted tens of millions of dollars", "had not
    accepted money": money taken is no agreement with anyone, whoever gives it; an act of money
    accepted ("accepted the offer of $2 billion", "a loan of $17 billion") is agreed to."""
    return any(money(t, 0) or (not event_noun(t) and money(t)) for t in patients(verb))


def money(noun: Token, depth: int = 2) -> bool:
    """An amount or a noun of money, or one measured in it ("tens of millions of dollars"):
    taken, it is no act; offered, it is help offered."""
    if noun.ent_type_ == MONEY_ENTITY or noun.lemma_.lower() in PAYMENTS:
        return True
    return depth > 0 and any(money(t, depth - 1) for t in prep_nouns(noun, {"of", "in"}))
