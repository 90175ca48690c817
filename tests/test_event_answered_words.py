"""A demonstrative noun for something said ("those words") answers the statement told just
before it, also when a relative clause set off by a comma says more of it; one whose own
restrictive clause tells whose it is keeps to that."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_seizing_on_those_words_is_aimed_at_their_speaker() -> None:
    (r,) = run_texts(
        "Governor Lena Marsh told a crowd in Dayton that she would shut the state's coal "
        "plants. Her rivals seized on those words, which hurt her badly in the polls."
    )
    targets = {p.name for p in event_at(r, "seized on").recipients}
    assert any("Marsh" in name for name in targets)
