"""A subject "they" after a sentence told by one person is not that person but the plural party
told beside them: "The mayor scolded the protesters. He said they had threatened the police"
has the protesters threaten; a plural thing before it names no one."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _doers_of_threat(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-03-02")
    return [p.name for p in event_at(result, "threatened").actors]


def test_they_after_a_lone_person_is_the_plural_party_beside_them() -> None:
    doers = _doers_of_threat(
        "Governor Ramirez rebuked the striking miners on Friday. He said they had threatened "
        "the mine owners."
    )
    assert any("miners" in name for name in doers)


def test_they_after_a_lone_person_and_a_plural_thing_names_no_one() -> None:
    doers = _doers_of_threat(
        "Governor Ramirez rebuked the new tariffs on Friday. He said they had threatened the "
        "mine owners."
    )
    assert all("tariffs" not in name and "Ramirez" not in name for name in doers)
