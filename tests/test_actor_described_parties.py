"""An organisation the story later calls "the ... party" is a party (PTY), whatever the words
of its name made it; a known body keeps its table's sector."""

from __future__ import annotations

from tests.conftest import actor_codes

FINED = (
    "ROME (AP) -- A court fined the nationalist Italian Freedom Union on Friday for hiding "
    "a donor. The anti-immigrant party said it would appeal."
)


def test_an_organisation_described_as_a_party_is_a_party() -> None:
    assert actor_codes(FINED, "Italian Freedom Union", "2004-06-01") == ("ITA", "PTY")


def test_without_the_description_it_keeps_its_names_sector() -> None:
    text = "ROME (AP) -- A court fined the Italian Freedom Union on Friday for hiding a donor."
    assert actor_codes(text, "Italian Freedom Union", "2004-06-01")[1] != "PTY"


def test_a_known_body_keeps_its_sector() -> None:
    text = "Amnesty International condemned the ban. The party in power ignored it."
    assert actor_codes(text, "Amnesty International", "2004-06-01")[1] == "NGO"


def test_a_celebration_is_no_party_description() -> None:
    text = (
        "ROME (AP) -- The Italian Freedom Union paid for a dinner on Friday. "
        "The birthday party lasted until dawn."
    )
    assert actor_codes(text, "Italian Freedom Union", "2004-06-01")[1] != "PTY"
