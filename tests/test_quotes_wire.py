"""Quotes in wire copy: AP/NYT ``…'' marks and the layouts news agencies use around them."""

from __future__ import annotations

from eventwire.model import QuoteKind
from tests.test_quotes import quotes_of


def test_a_quote_paragraph_after_a_says_paragraph_is_its_own_direct_quote() -> None:
    text = (
        "GENEVA (AP) _ The talks resumed on Monday.\n\n"
        "United Nations envoy Maria Lopez says, ``The return of the three delegations ... is "
        "perhaps the clearest sign that the region is calming down.''\n\n"
        "``Bringing these three parties to one table helps to steady a border that has seen "
        "many of the worst clashes of this decade.''\n"
    )
    quotes = quotes_of(text)
    assert [q.content.text[:20] for q in quotes] == ["The return of the th", "Bringing these three"]
    assert {q.kind for q in quotes} == {QuoteKind.DIRECT}
    assert {q.speaker.name for q in quotes} == {"Maria Lopez"}
