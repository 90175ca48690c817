"""Talk with no partner (precision44): "we talk a lot", "an issue we must talk more about"
tell talk, not a consultation; talk with a partner, or between coordinated parties, stays."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "“We talk a lot,” the council member said.",
        "“It is a problem we have to talk more about,” Governor Baker said.",
        "The pastor said the deacons look and talk like politicians.",
    ],
)
def test_talk_alone_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Baker talked with the mayor of Boston on Tuesday.",
        "Senator Holt spoke to the Canadian ambassador about the pipeline.",
        "Governor Baker and Mayor Walsh talked for an hour on Tuesday.",
        "Arafat talked for three hours with Netanyahu on Monday.",  # "with" hung on "hours"
        "Modi talked for two hours about trade, officials said.",  # an occasion: kept
        "Putin is the leader Obama wanted to talk to.",  # the partner stands before the verb
    ],
)
def test_talk_with_a_partner_stays(text: str) -> None:
    assert "CONSULT" in [kind for kind, _ in typed_triggers(text)]
