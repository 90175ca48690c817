"""Acts with no particular doer or told only as what a sentence weighs, and a word in another
sense (particular26): a statute's "a person strikes", an accession graded as "the clearest
sign", a gerund that "helps to stabilize", signing a form or a private contract (a lease), a
hostile act that is only a condition ("if he has shelled") or a question ("whether to
deport"). Each rule keeps the particular act beside it: a named party that strikes or signs a
treaty or a peace agreement, an accession that took place, a named party's hostile act in
prospect (a threat)."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Under state law, battery is committed when a person strikes another person.", "ASSAULT"),
        ("When a citizen protests outside the hall, the police are told.", "PROTEST"),
        ("The accession of Slovakia is the strongest sign the alliance is growing.", "SUPPORT"),
        ("Extending membership to Finland helps to stabilize the north, he said.", "SUPPORT"),
        ("Senator Hale signed paperwork at the courthouse on Tuesday.", "SUPPORT"),
        ("The candidate signed autographs for an hour after the speech.", "SUPPORT"),
        ("The gallery signed a lease for a retail space on Gansevoort Street.", "SUPPORT"),
        ('"She signed a confidentiality agreement," the developer told the newspaper.', "SUPPORT"),
        ("The designer signed a licensing agreement with the clothing firm in 2012.", "SUPPORT"),
    ],
)
def test_an_act_of_no_party_or_in_another_sense_is_not_coded(text: str, absent: str) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("A gunman struck the mayor outside the town hall on Monday.", "ASSAULT"),
        ("Someone attacked the embassy with a grenade on Monday.", "ASSAULT"),
        ("Slovakia's accession to the alliance took place on Friday in Brussels.", "SUPPORT"),
        ("The two foreign ministers signed the border treaty in Vienna.", "SUPPORT"),
        ("Iran and Iraq signed a peace agreement in Geneva on Monday.", "SUPPORT"),
        ("The ministers signed documents marking the accession of Slovakia.", "SUPPORT"),
    ],
)
def test_a_particular_act_beside_them_is_still_coded(text: str, kept: str) -> None:
    assert kept in event_types(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ('"If the colonel has shelled the village, that is a crime," the envoy said.', "ASSAULT"),
        ("Voters were split on whether to deport the refugees from the camps.", "COERCE"),
    ],
)
def test_a_hostile_act_that_is_a_condition_or_a_question_is_not_coded(
    text: str, absent: str
) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("The army may launch an offensive against the rebels next week.", "ASSAULT"),
        ("Iraq would retaliate against Kuwait if it raises output.", "THREATEN"),
        ("The mayor could face a year in prison if convicted of the assault.", "COERCE"),
    ],
)
def test_a_named_partys_hostile_act_in_prospect_is_still_a_threat(text: str, kept: str) -> None:
    assert kept in event_types(text)
