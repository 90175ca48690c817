"""An unagented deportation, expulsion or handover that a state's official reports is that
state's own act; other unagented harm keeps its doer unknown."""

from __future__ import annotations

from tests.conftest import event_dyads


def test_deportation_reported_by_officials_is_their_state_s() -> None:
    text = "Four Eritrean migrants were deported on Tuesday, Kenyan immigration officials said."
    assert ("COERCE", ["KEN"], ["ERI"]) in event_dyads(text)


def test_planned_handover_announced_by_a_minister_is_his_state_s() -> None:
    text = "Indonesian President Joko Widodo said the fugitives would be handed over to Singapore."
    assert [(s, t) for _, s, t in event_dyads(text)] == [(["IDN"], ["SGP"])]


def test_a_shooting_reported_by_police_keeps_no_doer() -> None:
    text = "A reporter was shot dead outside his home in Quito, Ecuadorian police said."
    assert all(not sources for _, sources, _ in event_dyads(text))


def test_a_deportation_to_the_officials_own_state_is_not_theirs() -> None:
    text = "Twelve Moroccans were deported to Morocco, Moroccan officials said."
    assert all("MAR" not in sources for _, sources, _ in event_dyads(text))


def test_a_telegram_s_praise_is_its_sender_s() -> None:
    text = "Mongolian President Khurelsukh sent a telegram congratulating Kazakh leader Tokayev."
    assert ("SUPPORT", ["MNG"], ["KAZ"]) in event_dyads(text)


def test_a_handover_told_around_the_speaker_is_his_state_s() -> None:
    text = (
        "Peru's interior minister Juan Santiago met reporters in Lima on Monday. The "
        "suspects, he said, would be extradited to Bolivia next week."
    )
    assert any(s == ["PER"] and t == ["BOL"] for _, s, t in event_dyads(text))
