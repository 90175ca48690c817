"""Bodies a text goes on naming by a short form: an acronym given in brackets after the full
name, and a ministry named by its portfolio alone ("the interior ministry")."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def codes_of(result: ArticleResult, mention: str) -> tuple[str | None, str | None]:
    """Country and sector of the actor that a mention with this text belongs to."""
    (actor_id,) = {m.actor_id for m in result.mentions if m.evidence.text == mention}
    (actor,) = [a for a in result.actors if a.id == actor_id]
    return (
        actor.country.value if actor.country else None,
        actor.sector.value if actor.sector else None,
    )


def source_names(result: ArticleResult) -> list[list[str]]:
    return [[p.name for p in e.actors] for e in result.events]


def test_a_bracketed_acronym_names_the_body_before_it_even_with_a_small_word() -> None:
    (r,) = run_texts(
        "LIMA, Peru (AP) -- The Chilean Department of Mining (DOM) fined the company on "
        "Monday. The DOM also criticized the mayor of Arica."
    )
    assert codes_of(r, "DOM") == ("CHL", "GOV")
    assert codes_of(r, "DOM") == codes_of(r, "Chilean Department of Mining")


def test_a_bracketed_acronym_may_leave_out_a_word_of_the_name() -> None:
    (r,) = run_texts(
        "The Ministry of Trade and Industry of Ghana (MTI) rejected the offer. MTI officials "
        "said talks would go on."
    )
    assert codes_of(r, "MTI") == codes_of(r, "Ministry of Trade and Industry of Ghana")


def test_an_acronym_spelling_another_name_is_not_merged() -> None:
    (r,) = run_texts("The Ghana Cocoa Board (XYZ) met the farmers. XYZ praised the harvest.")
    names = {a.name for a in r.actors}
    assert "XYZ" in names


def test_a_ministry_named_by_its_portfolio_alone_is_the_home_states() -> None:
    (r,) = run_texts(
        "AMMAN, Jordan (AP) -- The interior ministry detained 12 smugglers on Sunday. "
        "The foreign ministry summoned the Syrian ambassador."
    )
    assert codes_of(r, "The interior ministry") == ("JOR", "GOV")
    assert source_names(r) == [["The interior ministry"], ["The foreign ministry"]]


def test_a_bare_ministry_is_the_one_of_its_portfolio_named_before() -> None:
    (r,) = run_texts(
        "AMMAN, Jordan (AP) -- Iraq's foreign ministry denounced the raid. Jordan's health "
        "ministry warned hospitals. The foreign ministry said the raid broke the truce."
    )
    assert codes_of(r, "The foreign ministry")[0] == "IRQ"


def test_a_body_name_cut_on_a_dangling_of_keeps_the_name_after_it() -> None:
    (r,) = run_texts(
        "The National Union of Mineworkers of Zambia criticized the mine owners on Friday."
    )
    assert codes_of(r, "National Union of Mineworkers of Zambia")[0] == "ZMB"


def test_a_state_body_named_again_without_its_state_is_the_same_body() -> None:
    (r,) = run_texts(
        "The Malaysian Health Ministry criticized the clinic. The Health Ministry said the "
        "doctors had erred."
    )
    assert codes_of(r, "Health Ministry") == ("MYS", "GOV")


def test_a_body_known_by_itself_is_not_read_as_a_states_short_name() -> None:
    (r,) = run_texts(
        "The American Red Cross praised the volunteers. The Red Cross said more help came."
    )
    assert codes_of(r, "Red Cross") != codes_of(r, "American Red Cross")


def test_a_bracketed_acronym_spells_words_ner_left_out_of_the_name() -> None:
    (r,) = run_texts(
        "The ministry replied to a request from the watchdog group Voters for Fairness and "
        "Openness in Ohio (VFOO). VFOO said the reply was false."
    )
    assert codes_of(r, "VFOO") == codes_of(r, "Voters for Fairness and Openness")


def test_a_day_after_on_is_no_topic_of_a_bodys_name() -> None:
    (r,) = run_texts(
        "The Duluth City Council on Tuesday approved a resolution condemning the governor."
    )
    assert "Duluth City Council" in {a.name for a in r.actors}
