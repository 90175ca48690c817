"""A person named just before a spaced dash and an opening quote ("admired rulers like Idi Amin
- ''He knew how to rule''") is still that person: the dash ends the name, it does not cut it
away, and the article keeps all its actors (this shape once emptied the name and failed the
actors stage for the whole article)."""

from __future__ import annotations

from .conftest import run_texts


def test_a_name_before_a_dashed_quote_is_kept_and_nothing_fails() -> None:
    text = (
        "The senator said her rival admired rulers like Idi Amin - ''He knew how to rule,'' "
        "the rival once wrote."
    )
    result = run_texts(text)[0]
    assert not [e for e in result.errors if e.reason == "stage_failed"]
    assert "Idi Amin" in [a.name for a in result.actors]
