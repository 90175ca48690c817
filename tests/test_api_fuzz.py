"""Schemathesis over the OpenAPI schema, in process: no 5xx, every response as documented.

Each operation gets its own Hypothesis run with a fixed seed (`derandomize`), so a failure
names the operation and the same cases run every time. (Schemathesis' `from_fixture` does not
work with pytest 9, so the operations are driven here.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from eventwire.serve import create_app
from tests.records import sample_store

FAST = settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


def _operations(tmp_path: Path) -> list[schemathesis.APIOperation]:
    app = create_app(sample_store(tmp_path / "e.db"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def test_every_operation_honours_its_schema(tmp_path: Path) -> None:
    operations = _operations(tmp_path)
    assert len(operations) >= 10
    for operation in operations:

        @FAST
        @given(case=operation.as_strategy())
        def check(case: schemathesis.Case) -> None:
            # a cursor is opaque: one the API did not make is refused with its documented 400
            opaque = [positive_data_acceptance] if "cursor" in (case.query or {}) else []
            case.call_and_validate(excluded_checks=opaque)

        try:
            check()
        except Exception as failure:
            pytest.fail(f"{operation.label}: {failure}")
