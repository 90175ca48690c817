"""A duty stated of people in general (a bare plural doer, "those who ..."), of whoever holds
a role ("a president must ..."), of the speaker's own side, or under a condition held untrue
("if it were not for ..."), is advice and no demand; a duty stated of a named party stays a
demand (REQUEST)."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        '"The lake must be managed by fishermen, not by ministers," Museveni said in Kampala.',
        '"Anyone who lost the vote has the courts; they should not block the roads," Ouattara'
        " told reporters in Abidjan.",
        '"Our nurses should not have to beg for their wages," Kagame said in a statement.',
        '"If it were not for the embargo, the girl should fly home to her mother," said Ana'
        " Reyes, a teacher in Hialeah.",
        "Maria Lopez, a nurse in Laredo, says people should pay less for insulin.",
        "The senator said the Kurds should be free to choose their own leaders.",
        "Governor Ellis said students should be able to vote on campus.",
        "Senator Okafor says a governor must be ready to make hard decisions on the first day.",
        "In his farewell speech, Mr. Adeyemi declared that a minister must listen to every"
        " region of the country.",
        '"Any campaign must start to build organizations in the swing states," Tanaka said.',
    ],
)
def test_a_duty_of_no_party_is_no_demand(text: str) -> None:
    assert "REQUEST" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "France said Mali must release the detained aid workers.",
        "The Kenyan opposition said the electoral board should resign.",
        "The African Union said the sanctions must be lifted by member states.",
        '"Serbia must withdraw its police from the border," the Albanian prime minister said.',
        "Nigeria said Ghana must be ready to mediate between the two parties.",
        "The opposition said a new electoral commission must be appointed before the vote.",
        "The minister said the president must resign.",
    ],
)
def test_a_duty_of_a_named_party_stays_a_demand(text: str) -> None:
    assert "REQUEST" in event_types(text)
