"""An act aimed at a free relative ("denounced what he called X", "lashed out at what she
characterized as X") is aimed at X."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_denouncing_what_he_called_a_government_is_aimed_at_it() -> None:
    (r,) = run_texts("Carl Mendez denounced what he called a reckless Austrian government.")
    assert [p.country for p in event_at(r, "denounced").recipients] == ["AUT"]


def test_lashing_out_at_what_she_characterized_as_a_campaign_is_aimed_at_it() -> None:
    (r,) = run_texts(
        "Senator Mary Pratt lashed out at what she characterized as a desperate Mendez campaign."
    )
    assert [p.name for p in event_at(r, "lashed out").recipients] == ["Mendez campaign"]
