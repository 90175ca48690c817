"""A subject pronoun never stands for the person its own clause names as object: "he accused
Mr. Dunn" is someone other than Dunn."""

from __future__ import annotations

from tests.conftest import event_at, run_texts

TEXT = (
    "Mr. Ahmed Rahman, who spoke at the rally on Friday, said on television that Mr. Paul Dunn "
    "had insulted his family, and he accused Mr. Dunn of lying to voters."
)


def test_a_subject_pronoun_is_not_the_person_named_as_its_object() -> None:
    (r,) = run_texts(TEXT)
    event = event_at(r, "accused")
    assert [p.name for p in event.actors] == ["Ahmed Rahman"]
    assert [p.name for p in event.recipients] == ["Paul Dunn"]


def test_an_object_pronoun_in_a_clause_on_an_apposition_is_not_the_named_person() -> None:
    """ "Kerr, a state lawmaker who accused him": the lawmaker is Kerr, so "him" is someone else."""
    (r,) = run_texts(
        "Senator Tom Hadley won a second term after a runoff with Walter Kerr, a state lawmaker "
        "who accused him of catering to special interests."
    )
    event = event_at(r, "accused")
    assert [p.name for p in event.actors] == ["Walter Kerr"]
    assert [p.name for p in event.recipients] == ["Tom Hadley"]
