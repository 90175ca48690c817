"""A curly apostrophe after a word in "s" makes it an owner ("Reuters’ Luciana Lopez"), as a
curly "’s" does ("CNN’s Dana Bash"): the outlet before it employs the reporter after it."""

from __future__ import annotations

from eventwire.parse.nlp import load_nlp
from eventwire.parse.tags import POSSESSIVE_TAG

from .conftest import run_texts, word_in


def _sectors(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2016-02-10")
    return {a.name: a.sector.value if a.sector else None for a in result.actors}


def test_an_outlet_owning_a_reporter_with_a_curly_mark_makes_them_media() -> None:
    sectors = _sectors("Reuters’ Luciana Lopez argued that the plan was naive.")
    assert sectors["Luciana Lopez"] == "MED"


def test_an_outlet_name_of_two_words_owns_the_reporter_too() -> None:
    sectors = _sectors(
        "Breitbart News’ Michael Patrick Leahy reported that the foundation refused to talk."
    )
    assert sectors["Michael Patrick Leahy"] == "MED"


def test_a_curly_mark_closing_a_quotation_opened_with_a_typed_mark_stays_a_quotation_mark() -> None:
    """'we will win this’: the curly mark closes the quotation a typed "'" opened, and "this" is
    no noun to own "Sanders"."""
    doc = load_nlp()("He said 'we will win this’ Sanders told reporters.")
    mark, sanders = word_in(doc, "’"), word_in(doc, "Sanders")
    assert mark.tag_ != POSSESSIVE_TAG
    assert sanders.dep_ == "nsubj"
