"""A bare plural told by named examples ("candidates like X", "allies such as Y") stands for
those examples as the act's side; a singular comparison or a pronoun example does not."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_blame_of_candidates_like_a_named_one_is_aimed_at_that_one() -> None:
    (r,) = run_texts(
        "Senator Mary Pratt criticized candidates like Governor Luis Ortega on Monday."
    )
    assert [p.name for p in event_at(r, "criticized").recipients] == ["Luis Ortega"]


def test_praise_of_allies_such_as_two_countries_names_both() -> None:
    (r,) = run_texts("Senator Mary Pratt praised allies such as Peru and Chile on Monday.")
    assert sorted(p.country for p in event_at(r, "praised").recipients) == ["CHL", "PER"]


def test_examples_given_by_a_pronoun_keep_the_plural() -> None:
    (r,) = run_texts(
        "Governor Luis Ortega spoke.\n\nSenator Mary Pratt criticized leaders like him."
    )
    assert "Luis Ortega" not in [p.name for p in event_at(r, "criticized").recipients]


def test_a_plural_subject_told_by_a_little_known_example_still_acts() -> None:
    (r,) = run_texts("Advocates like Mr. Halvorsen urged the agency to raise the limit.")
    assert [p.name for p in event_at(r, "urged").actors] == ["Halvorsen"]
