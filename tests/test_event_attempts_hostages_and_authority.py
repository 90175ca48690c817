"""An attempt names its act ("an assassination attempt", "a coup attempt": ASSAULT), seizing
hostages is an abduction (ASSAULT) where seizing weapons is a seizure (COERCE), and
refusing to recognise a court's jurisdiction or authority is a rejection (a negated
concession), where recognising a state stays diplomatic recognition."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in run_texts(text)[0].events]


@pytest.mark.parametrize(
    "text",
    [
        "The colonel was the target of an assassination attempt in Lagos last week.",
        "President Farouk survived a coup attempt in May.",
    ],
)
def test_an_attempt_is_coded_as_the_act_attempted(text: str) -> None:
    assert any(kind == "ASSAULT" for kind, _ in _typed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Haddad said he does not recognize the jurisdiction of the Spanish courts.",
        "Ankara does not recognise the authority of the tribunal in The Hague.",
    ],
)
def test_not_recognising_a_courts_authority_is_a_refusal(text: str) -> None:
    assert ("CONCEDE", "negated") in _typed(text)


def test_seizing_hostages_is_an_abduction_and_seizing_weapons_a_seizure() -> None:
    assert ("ASSAULT", "occurred") in _typed("Gunmen seized 20 Italian tourists as hostages.")
    assert [kind for kind, _ in _typed("Police seized weapons in Mombasa.")] == ["COERCE"]
