"""Money given in campaign finance: political giving, which an analyst does not count as aid.

"donated $300,000 for Republicans", "made large donations to Ready PAC", "the only campaign
donation the company ever made": gifts to candidates, parties and their committees fund a race;
PLOVER's AID is help to a party in need. Told where campaign-finance words are in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch

POLITICAL_GIVING = words("event_words.tsv", "political_giving")  # campaign, PAC, donor
GIFTS = words("event_words.tsv", "gift")  # donation, contribution: the nouns of giving money


def political_giving(verb: Token) -> bool:
    """ "donated $300,000 for Republicans", "a super PAC financed by donors"."""
    return any(t.lemma_.lower() in POLITICAL_GIVING for t in verb.sent)


def political_gift(match: TriggerMatch) -> bool:
    """ "donations to Clinton's PAC", "returned $43,100 in donations after donors said ...": a
    noun of giving money in a sentence of campaign finance."""
    return match.nominal and match.head.lemma_.lower() in GIFTS and political_giving(match.head)
