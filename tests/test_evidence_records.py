"""Evidence records built from offsets (`model.Evidence.of`): the stages' plain offsets skip
validation, which must not change the record, nor let a bad offset through."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from eventwire.model import Evidence

TEXT = "Ministers met in Oslo on Monday."


def test_evidence_from_offsets_is_the_validated_record() -> None:
    built = Evidence.of(TEXT, 17, 21)
    assert built == Evidence(start=17, end=21, text="Oslo")
    assert built.model_dump_json() == '{"start":17,"end":21,"text":"Oslo"}'


def test_offsets_of_another_type_are_validated_into_ints() -> None:
    built = Evidence.of(TEXT, np.int64(17), np.int64(21))  # type: ignore[arg-type]
    assert type(built.start) is int and type(built.end) is int
    assert built.model_dump_json() == '{"start":17,"end":21,"text":"Oslo"}'


def test_a_negative_offset_is_still_refused() -> None:
    with pytest.raises(ValidationError):
        Evidence.of(TEXT, -1, 4)
