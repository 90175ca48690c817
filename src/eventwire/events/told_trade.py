"""One sense per article for a commerce noun: "the offer" after a tender offer is that offer.

A business story tells its deal once with its shares or price ("extended its $18-a-share offer
for Telerate common stock", `everyday._trade`) and then refers to it by a bare definite noun
("The offer, valued at about $576 million, had been set to expire", "submit the offer to a
special committee"). Such a mention is the same purchase, no political agreement, though its
own words name no shares. A word keeps its sense within one article (one sense per discourse),
so a definite noun with no participants of its own (`anaphora.refers_back`) whose word was
commerce earlier in the article is commerce too; "an offer" or "Iran's offer" tells a new one.
"""

from __future__ import annotations

from eventwire.events.anaphora import refers_back
from eventwire.events.patterns import TriggerMatch

TRADE = "trade"  # the feature `confidence` gives a trigger in its commerce sense
FEATURE = "trade told before"
WEIGHT = -0.6


class TradeNouns:
    """The trigger words an article has used in their commerce sense so far."""

    def __init__(self) -> None:
        self.lemmas: set[str] = set()

    def judge(
        self, match: TriggerMatch, confidence: float, features: list[str]
    ) -> tuple[float, list[str]]:
        """The match's confidence and features, lowered when its noun refers back to a deal
        the article told in its commerce sense; remembers the nouns told in that sense."""
        lemma = " ".join(t.lemma_.lower() for t in match.span)  # "call on" is no "call"
        if TRADE in features:  # a verb too: "it offered $13.65 a share" ... "the offer"
            self.lemmas.add(lemma)
            return confidence, features
        if match.nominal and lemma in self.lemmas and refers_back(match.head):
            return round(max(0.0, confidence + WEIGHT), 2), [*features, FEATURE]
        return confidence, features
