"""An act noun quoted after the verb that introduces the quote ("writing: 'Another attack'")
is no act of the writer: the verb lends it no doer."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_the_writer_of_a_quote_is_not_the_doer_of_the_act_it_names() -> None:
    (r,) = run_texts(
        'Senator Ann Moore took to Twitter at once, writing: "Another horrific attack, this '
        'time in Lyon. When will it end?"'
    )
    assert event_at(r, "attack").actors == []


def test_an_unquoted_act_noun_still_takes_the_subject_of_its_verb() -> None:
    (r,) = run_texts("Kenyan troops launched an attack on the town on Monday.")
    assert [p.country for p in event_at(r, "attack").actors] == ["KEN"]


def test_a_light_verbs_quoted_object_is_still_its_subjects_act() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - The Republican National Committee on Tuesday offered "
        '"a full and sincere apology" to Senator Ted Cruz over the leaked emails.'
    )
    assert [p.name for p in event_at(r, "apology").actors] == ["Republican National Committee"]
