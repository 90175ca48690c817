"""People groups as an event's side: a candidate's competitors or challengers named by a
pronoun are in politics in the candidate's country; victims or other people the text gives no
country of their own are the article's home people when nothing in the event says otherwise,
and of no country beside a party told to be from elsewhere."""

from __future__ import annotations

from .conftest import run_texts


def _sides(text: str, type_: str) -> list[tuple[list[tuple[str, str | None]], ...]]:
    (result,) = run_texts(text)
    return [
        (
            [(p.name, p.country) for p in event.actors],
            [(p.name, p.country) for p in event.recipients],
        )
        for event in result.events
        if event.type == type_
    ]


def test_a_candidates_competitors_named_by_a_pronoun_are_a_side() -> None:
    text = (
        "DES MOINES, Iowa (AP) — Senator Ann Kowalski campaigned in Ames on Monday. "
        "Her competitors accused her of dodging the ethanol debate."
    )
    ((doers, _),) = _sides(text, "ACCUSE")
    assert doers == [("Her competitors", "USA")]


def test_victims_named_alone_are_the_home_countrys_people() -> None:
    text = "LAGOS, Nigeria (AP) — Gunmen shot dead eleven farmers near a market on Tuesday."
    ((_, victims),) = _sides(text, "ASSAULT")
    assert ("farmers", "NGA") in victims


def test_victims_beside_people_told_from_elsewhere_keep_no_country() -> None:
    text = (
        "LAGOS, Nigeria (AP) — The blast killed forty people, including three Britons, on Tuesday."
    )
    ((_, victims),) = _sides(text, "ASSAULT")
    assert ("people", None) in victims
    assert ("Britons", "GBR") in victims


def test_gunmen_opening_a_lede_are_the_attackers() -> None:
    text = "NAIROBI, Kenya (AP) — Gunmen shot dead nine herders near Garissa on Sunday."
    ((doers, _),) = _sides(text, "ASSAULT")
    assert [name for name, _ in doers] == ["Gunmen"]


def test_groups_named_by_their_cause_are_advocates_at_home() -> None:
    text = (
        "WASHINGTON (AP) — Two conservative groups accused Senator Ann Kowalski of "
        "breaking her pledge on taxes."
    )
    ((doers, _),) = _sides(text, "ACCUSE")
    assert doers == [("conservative groups", "USA")]


def test_a_states_civil_organs_named_bare_are_the_home_countrys() -> None:
    text = "WASHINGTON (AP) — Senator Ann Kowalski met with House members on Tuesday."
    ((_, others),) = _sides(text, "CONSULT")
    assert others == [("House members", "USA")]


def test_soldiers_named_bare_as_victims_keep_no_country() -> None:
    text = "WASHINGTON (AP) — Gunmen ambushed soldiers near the border on Tuesday."
    ((_, victims),) = _sides(text, "ASSAULT")
    assert victims == [("soldiers", None)]
