"""An IGO's forces act for the IGO; a doer or an act the small parser misreads keeps its side."""

from __future__ import annotations

from tests.conftest import run_texts


def test_an_igos_peacekeepers_act_for_the_igo() -> None:
    (r,) = run_texts("United Nations peacekeepers fired on looters in Kisangani.")
    fired = next(e for e in r.events if e.type == "ASSAULT")
    assert [(p.country, p.sector) for p in fired.actors] == [(None, "IGO")]


def test_a_country_the_parser_reads_as_an_adverb_is_the_doer() -> None:
    (r,) = run_texts("Greece massed troops on the border with Albania.")
    massed = next(e for e in r.events if e.type == "MOBILIZE")
    assert {p.country for p in massed.actors} == {"GRC"}


def test_a_lifted_ban_is_a_concession_also_when_the_day_is_told() -> None:
    (r,) = run_texts("The curfew was lifted on Monday.")
    assert [e.type for e in r.events] == ["CONCEDE"]


def test_a_hyphenated_act_the_parser_hangs_on_the_next_noun_keeps_its_doer() -> None:
    (r,) = run_texts("Union members staged a sit-in outside parliament in Lima.")
    sit_in = next(e for e in r.events if e.type == "PROTEST")
    assert [p.country for p in sit_in.actors] == ["PER"]
    assert [p.sector for p in sit_in.recipients] == ["LEG"]
