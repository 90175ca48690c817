"""The political establishment named bare is the parties' leading figures (PTY), while the act
of establishing names no one; a social platform is a firm (BUS) where it acts, and only the
medium where a message appears on it."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector, named_sides, run_texts


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("The establishment poured money against her in the primary.", "The establishment", "PTY"),
        (
            "Walsh denounced the Democratic establishment on Sunday.",
            "the Democratic establishment",
            "PTY",
        ),
        ("The media establishment attacked the governor's plan.", "The media establishment", "MED"),
    ],
)
def test_the_establishment_is_a_group(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector


def test_establishing_something_names_no_group() -> None:
    (result,) = run_texts(
        "The two states agreed on the establishment of a joint commission.", date="1998-05-02"
    )
    assert not [a for a in result.actors if "establishment" in a.name.lower()]


def test_a_platform_that_acts_is_a_firm() -> None:
    (result,) = run_texts(
        "YouTube removed the clips after Senator Walsh complained.", date="2016-05-02"
    )
    youtube = next(a for a in result.actors if a.name == "YouTube")
    assert (youtube.country and youtube.country.value, youtube.sector and youtube.sector.value) == (
        "USA",
        "BUS",
    )


def test_a_platform_a_message_appears_on_is_no_side() -> None:
    _, targets = named_sides("Walsh criticized the mayor on Twitter on Friday.", "ACCUSE")
    assert "Twitter" not in targets


def test_a_party_establishment_is_not_its_candidates() -> None:
    (result,) = run_texts(
        "The GOP establishment attacked Walsh on Monday. Later, GOP candidates praised him.",
        date="2016-01-19",
    )
    names = {a.name for a in result.actors}
    assert {"GOP establishment", "GOP candidates"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "Walsh took to Twitter to call the mayor a liar.",
        "Walsh posted the clip to YouTube and accused the mayor of lying.",
    ],
)
def test_a_platform_a_message_goes_to_is_no_actor(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    assert not {"Twitter", "YouTube"} & {a.name for a in result.actors}
