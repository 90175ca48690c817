"""Legal acts read right: a past booking told in a time clause is an act of its own
(`events.booked_clauses`); a charging passive's "by" phrase hung on the deed names the accuser
(`events.passives`); contempt of court is a court's coercion, a legislature's contempt citation
an accusation; dropping or withdrawing charges or a suit gives way (CONCEDE)."""

from __future__ import annotations

import pytest

from .conftest import coded_events, event_types, run_texts


def test_a_booking_in_a_time_clause_is_coded_beside_the_main_act() -> None:
    text = (
        "The governor praised the police on Monday, hours after the mayor was charged with "
        "bribery in Ohio."
    )
    assert [e[:2] for e in coded_events(text, "2016-05-02")] == [
        ("SUPPORT", "051"),
        ("ACCUSE", "112"),
    ]


def test_a_booking_of_someone_no_actor_names_is_kept_in_its_time_clause() -> None:
    text = (
        "Senator Ted Cruz praised the Texas police on Monday, hours after the aide was "
        "arrested in Dallas."
    )
    assert [e[:2] for e in coded_events(text, "2016-05-02")] == [
        ("SUPPORT", "051"),
        ("COERCE", "173"),
    ]


def test_a_booking_planned_in_a_time_clause_stays_background() -> None:
    text = "The governor praised the police before the mayor is charged with bribery."
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "accuser", "charged"),
    [
        (
            "The former minister was charged with fraud by Nigerian prosecutors in Lagos.",
            "Nigerian prosecutors",
            "The former minister",
        ),
        (
            "The Russian activist was accused of espionage by the Federal Security Service.",
            "Federal Security Service",
            "The Russian activist",
        ),
    ],
)
def test_a_by_phrase_hung_on_the_deed_names_the_accuser(
    text: str, accuser: str, charged: str
) -> None:
    (event,) = [e for e in coded_events(text, "2016-05-02") if e[0] == "ACCUSE"]
    assert event[2:] == ([accuser], [charged])


def test_a_manner_by_phrase_on_the_deed_names_no_accuser() -> None:
    text = "The Kenyan officer was charged with assault by strangulation."
    (event,) = coded_events(text, "2016-05-02")
    assert event[2] == []


def test_contempt_of_court_is_coercion_and_of_congress_an_accusation() -> None:
    court = "A federal judge held the Egyptian lawyer in contempt of court on Monday."
    congress = "The House voted to hold Attorney General Eric Holder in contempt of Congress."
    assert [e[:2] for e in coded_events(court, "2016-05-02")] == [("COERCE", "173")]
    assert ("ACCUSE", "112") in [e[:2] for e in coded_events(congress, "2016-05-02")]


def test_contempt_of_court_a_named_party_may_face_is_coded_hypothetical() -> None:
    text = (
        "The Chicago strikers have refused to obey the injunction. The strikers may be "
        "less stubborn if they are held in contempt of court."
    )
    (result,) = run_texts(text, date="2000-04-06")
    (event,) = [e for e in result.events if e.type == "COERCE"]
    assert (event.modality.value, [r.country for r in event.recipients]) == (
        "hypothetical",
        ["USA"],
    )


def test_people_told_imprisoned_are_no_arrest_in_prospect() -> None:
    text = (
        "The minister said the embassy should have pushed harder to bring all imprisoned "
        "Britons home from Egypt."
    )
    assert "COERCE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors dropped the charges against the Turkish journalist on Monday.",
        "The Indian government withdrew its lawsuit against Vodafone last year.",
    ],
)
def test_dropping_charges_or_a_suit_gives_way(text: str) -> None:
    (event,) = coded_events(text, "2016-05-02")
    assert event[:2] == ("CONCEDE", "080")
    assert event[3]  # at the party the charges or the suit were against


def test_dropping_a_plan_is_no_legal_concession() -> None:
    text = "The mayor dropped her plan to close the library."
    assert "080" not in [e[1] for e in coded_events(text, "2016-05-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Charges against the Egyptian general were filed in a military court.",
            [("ACCUSE", "112")],
        ),
        (
            "Long after the complaint had been filed, the mayor went on denying it.",
            [("ACCUSE", "114"), ("REJECT", "120")],
        ),
    ],
)
def test_a_legal_paper_told_filed_is_an_act_though_its_filer_goes_unnamed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [e[:2] for e in coded_events(text, "2016-05-02")] == expected


def test_a_legal_paper_that_may_be_filed_is_no_act() -> None:
    assert "ACCUSE" not in event_types(
        "Analysts warned that complaints might be filed over the new fees."
    )
