"""A tribute to the dead is mourning, which the coding rules leave uncoded like condolences; a
tribute to the living or to a deed stays praise."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The mayor paid tribute to the firefighters killed in the blaze.",
        "Students paid tribute to Ana Ruiz, who was shot outside the school in May.",
        "Mourners paid their respects to the victims of the bombing.",
        "The governor paid tribute to the late Senator Tom Harlan.",
    ],
)
def test_a_tribute_to_the_dead_is_no_support(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Obama paid tribute to Hillary Clinton at the convention.",
        "The leaders paid tribute to Merkel's leadership at the summit.",
    ],
)
def test_a_tribute_to_the_living_is_praise(text: str) -> None:
    assert "SUPPORT" in event_types(text)
