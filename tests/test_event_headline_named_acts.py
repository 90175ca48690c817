"""A headline that names an act with its doer or aim reports it, even under another noun's
preposition ("Reason Behind Smith's Firing Of Aide"), where running text only refers to one;
so does one with a curly possessive; an act under "of" alone stays a mention."""

from __future__ import annotations

from .conftest import run_texts

BODY = (
    "\n\nGovernor Tom Smith fired his campaign manager, Dan Brown, on Monday. Brown had run"
    " the campaign since March.\n"
)


def _headline_events(text: str) -> list[tuple[str, list[str]]]:
    (result,) = run_texts(text)
    line_end = text.index("\n")
    return [
        (e.type, [a.name for a in e.actors]) for e in result.events if e.trigger.start < line_end
    ]


def test_possessed_act_under_a_preposition_in_a_headline_is_coded() -> None:
    events = _headline_events("Papers Reveal Reason Behind Smith's Firing Of Campaign Aide." + BODY)
    assert events == [("SANCTION", ["Tom Smith"])]


def test_curly_possessive_in_a_title_case_headline_is_coded_too() -> None:
    events = _headline_events("Papers Reveal Reason Behind Smith’s Firing Of Campaign Aide." + BODY)
    assert events == [("SANCTION", ["Tom Smith"])]


def test_headline_act_under_of_alone_stays_a_mention() -> None:
    events = _headline_events("Papers Reveal Reason Behind Firing Of Campaign Aide." + BODY)
    assert events == []


def test_same_phrase_in_running_text_stays_a_mention() -> None:
    (result,) = run_texts(
        "Voters at the fair on Sunday asked about the reason behind Smith's firing of his aide."
        " Governor Tom Smith did not answer.\n"
    )
    assert [e.type for e in result.events] == []
