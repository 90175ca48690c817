"""Blame of what a person owns (a vote, a record, remarks) is aimed at that person, also when
a possessive pronoun names them; a pronoun on people or on an act keeps its own reading."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_criticism_of_his_record_is_aimed_at_him() -> None:
    (r,) = run_texts(
        "Governor Luis Ortega spoke in Reno on Monday.\n\n"
        "Senator Mary Pratt criticized his record on housing."
    )
    assert [p.name for p in event_at(r, "criticized").recipients] == ["Luis Ortega"]


def test_calling_her_vote_reckless_is_aimed_at_her() -> None:
    (r,) = run_texts("Carl Mendez met Senator Mary Pratt and called her vote a reckless one.")
    assert [p.name for p in event_at(r, "called").recipients] == ["Mary Pratt"]


def test_criticism_of_his_aides_is_not_aimed_at_him() -> None:
    (r,) = run_texts(
        "Governor Luis Ortega spoke in Reno on Monday.\n\nSenator Mary Pratt criticized his aides."
    )
    assert "Luis Ortega" not in [p.name for p in event_at(r, "criticized").recipients]
