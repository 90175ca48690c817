"""Known names reach the phrase matchers tokenised exactly as the tokenizer would split them."""

from __future__ import annotations

import pytest

from eventwire.parse.nlp import load_nlp, name_docs


@pytest.mark.parametrize(
    "name",
    [
        "Paul Biya",
        "Jean-Claude Juncker",
        "U.N. Security Council",
        "Tô Lâm",
        "Cant Stop",
        "Al Qaeda",
    ],
)
def test_a_name_is_split_as_the_tokenizer_splits_it(name: str) -> None:
    (doc,) = name_docs([name])
    assert [t.text for t in doc] == [t.text for t in load_nlp().tokenizer(name)]
