"""A name typeset with a no-break or thin space ("Angela\u00a0Merkel") is one name, as with a
plain space, and every evidence still quotes the article exactly; a no-break space after a
possessive ("Fox News’\u00a0Sean Hannity") still parts two names."""

from __future__ import annotations

from tests.conftest import run_texts

TEXT = (
    "BERLIN (AP) — Chancellor Angela\u00a0Merkel criticized Viktor\u202fOrban on Monday "
    "over his plan to close the border, a spokeswoman said."
)


def test_a_name_with_a_no_break_space_is_one_actor() -> None:
    (result,) = run_texts(TEXT, date="2016-05-02")
    names = {a.name for a in result.actors}
    assert "Angela Merkel" in names
    assert "Angela" not in names and "Merkel" not in names


def test_a_name_with_a_thin_space_is_one_actor() -> None:
    (result,) = run_texts(TEXT, date="2016-05-02")
    assert "Viktor Orban" in {a.name for a in result.actors}


def test_evidence_quotes_the_odd_spaces_as_written() -> None:
    (result,) = run_texts(TEXT, date="2016-05-02")
    text = result.article.text
    assert "\u00a0" in text
    for mention in result.mentions:
        evidence = mention.evidence
        assert text[evidence.start : evidence.end] == evidence.text
    assert any(m.evidence.text == "Angela\u00a0Merkel" for m in result.mentions)


def test_a_no_break_space_after_a_possessive_still_parts_two_names() -> None:
    text = "Fox News’\u00a0Sean Hannity asked the senator about the vote on Tuesday."
    (result,) = run_texts(text, date="2016-05-02")
    assert "Fox News’ Sean Hannity" not in {a.name for a in result.actors}
