"""Where a thing is sent is no place where its sender does a second, coordinated act."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts

TEXT = (
    "NAIROBI, Kenya (AP) _ The Kenya Red Cross has sent food aid to Malawi, and has "
    "asked for donations from local companies."
)


def test_a_coordinated_act_does_not_happen_where_the_first_verb_sent_a_thing() -> None:
    (r,) = run_texts(TEXT, date="2009-03-02")
    assert "MWI" not in countries_of(event_at(r, "asked").recipients)


def test_the_sending_itself_keeps_its_destination() -> None:
    (r,) = run_texts(TEXT, date="2009-03-02")
    assert countries_of(event_at(r, "sent").recipients) == {"MWI"}
