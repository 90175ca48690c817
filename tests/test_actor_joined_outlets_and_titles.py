"""Round 37: poll sponsors written as one name of two bodies ("a Reuters/Ipsos poll") are one
news body when a part is a known outlet; secretaries below a department's head keep their own
title; a function word belongs to a title only inside one; a title before a possessive in a
description is its owner's; a known outlet's mention takes the "the" before its title."""

from __future__ import annotations

from eventwire.model import ArticleResult

from .conftest import run_texts


def _codes(result: ArticleResult) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.country_code, a.sector_code) for a in result.actors}


def _mentioned(result: ArticleResult) -> set[str]:
    """Every mention's words, checked against the article's text at its offsets."""
    text = result.article.text
    assert all(text[m.evidence.start : m.evidence.end] == m.evidence.text for m in result.mentions)
    return {m.evidence.text for m in result.mentions}


def test_a_poll_sponsor_cut_at_its_slash_or_hyphen_is_one_news_body() -> None:
    slash, hyphen = run_texts(
        "Sanders gained ground in a Reuters/Ipsos survey released on Sunday.",
        "The latest NBC-Wall Street Journal poll has Clinton up by five points.",
        date="2016-03-01",
    )
    assert _codes(slash)["Reuters/Ipsos"] == ("GBR", "MED")
    assert _codes(hyphen)["NBC-Wall Street Journal"] == ("USA", "MED")
    assert "Reuters/Ipsos" in _mentioned(slash)
    assert "NBC-Wall Street Journal" in _mentioned(hyphen)


def test_an_outlet_in_capitals_or_before_its_poll_s_name_makes_the_sponsor_news() -> None:
    capitals, named = run_texts(
        "A USA TODAY/Marist Poll released Tuesday shows Cruz trailing.",
        "The Marist/Los Angeles Times Sunrise tracking poll shows Cruz trailing.",
        date="2016-03-01",
    )
    assert _codes(capitals)["USA TODAY/Marist Poll"] == ("USA", "MED")
    assert _codes(named)["Marist/Los Angeles Times"] == ("USA", "MED")


def test_a_photographer_s_credit_is_no_joint_body() -> None:
    (credit,) = run_texts("The Amr Nabil/Reuters photo shows protesters in Cairo.")
    assert _codes(credit).get("Amr Nabil/Reuters") != ("GBR", "MED")


def test_secretaries_below_a_department_s_head_keep_their_own_title() -> None:
    under, deputy = run_texts(
        "Under Secretary of State Wendy Sherman met Iranian negotiators in Vienna.",
        "Deputy Secretary of State Tony Blinken flew to Kiev on Monday.",
        date="2015-06-01",
    )
    roles = {
        a.name: (a.sector_code, a.role and a.role.value) for a in (*under.actors, *deputy.actors)
    }
    assert roles["Wendy Sherman"] == ("GOV", "undersecretary")
    assert roles["Tony Blinken"] == ("GOV", "deputy secretary")


def test_a_function_word_before_a_title_is_no_part_of_it() -> None:
    (result,) = run_texts(
        "Morale at the agency sank under Secretary Jane Doerr, staff members said.",
        date="2015-06-01",
    )
    jane = next(a for a in result.actors if a.name == "Jane Doerr")
    assert jane.role is not None and jane.role.value != "undersecretary"


def test_the_title_of_whoever_owns_a_description_is_not_the_described_person_s() -> None:
    (result,) = run_texts(
        "The hacker broke into the account of Mark Dolan, one of Governor Jerry Brown's "
        "former aides.",
        date="2015-06-01",
    )
    dolan = next(a for a in result.actors if a.name == "Mark Dolan")
    assert dolan.sector_code is None
    assert dolan.role is None or dolan.role.value != "governor"


def test_an_outlet_is_mentioned_with_the_article_before_its_title() -> None:
    (result,) = run_texts(
        "Kasich lied about the budget, the Washington Post reported. In an interview with "
        "The Huffington Post, Rubio called him a fraud. The CNN moderators asked about it.",
        date="2016-03-01",
    )
    mentioned = _mentioned(result)
    assert {"the Washington Post", "The Huffington Post"} <= mentioned
    assert _codes(result)["Washington Post"] == ("USA", "MED")
    assert "The CNN" not in mentioned
