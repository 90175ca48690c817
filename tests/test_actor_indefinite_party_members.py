"""A politician described by state and party with an indefinite determiner ("a Texas
Democrat") is a new person of that state's country, a party to the acts of the clause; only
"the Texas Democrat" refers back to someone named before."""

from __future__ import annotations

from tests.conftest import mention_texts, run_texts

DAY = "2016-05-01"


def _sides(text: str) -> list[tuple[str, list[str | None], list[str]]]:
    (result,) = run_texts(text, date=DAY)
    return [
        (e.type, [p.country for p in e.actors], [p.mention.text for p in e.actors])
        for e in result.events
    ]


def test_an_indefinite_state_party_member_is_the_source_of_the_act() -> None:
    text = "WASHINGTON - A Vermont Democrat criticized the governor on Monday."
    assert ("ACCUSE", ["USA"], ["A Vermont Democrat"]) in _sides(text)


def test_describing_words_may_stand_between_the_count_and_the_state() -> None:
    text = "WASHINGTON - One outspoken Kansas Republican denounced the new tax plan."
    names = mention_texts(text, DAY)
    assert "One outspoken Kansas Republican" in names


def test_an_indefinite_member_is_not_someone_named_before() -> None:
    text = (
        "WASHINGTON - Senator Ben Sasse spoke on Monday. "
        "A Nebraska Republican criticized the governor."
    )
    (result,) = run_texts(text, date=DAY)
    by_id = {a.id: a.name for a in result.actors}
    member = next(m for m in result.mentions if m.evidence.text == "A Nebraska Republican")
    assert by_id[member.actor_id] != "Ben Sasse"


def test_an_indefinite_member_who_only_speaks_is_an_unnamed_source() -> None:
    text = "WASHINGTON - “The race is over,” said a Vermont Democrat on Monday."
    (result,) = run_texts(text, date=DAY)
    assert not any("Vermont Democrat" in m.evidence.text for m in result.mentions)


def test_an_inverted_speaker_is_an_unnamed_source_too() -> None:
    text = "WASHINGTON - “She is too far behind,” added an Iowa Democrat."
    (result,) = run_texts(text, date=DAY)
    assert not any("Iowa Democrat" in m.evidence.text for m in result.mentions)
