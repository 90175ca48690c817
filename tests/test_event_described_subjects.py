"""A subject described by a relative clause or an apposition keeps its verb: "Iran, which has
ties with both sides, called on X" is Iran's call, though the parser reads "called" as a
participle of the clause's last noun and leaves the sentence a noun for its root."""

from __future__ import annotations

from .conftest import event_dyads


def test_a_subject_with_a_relative_clause_is_the_source() -> None:
    dyads = event_dyads(
        "India, which has close ties with both governments, called on Sudan and Chad "
        "to show restraint."
    )
    assert ("REQUEST", ["IND"], ["SDN", "TCD"]) in dyads


def test_a_subject_with_an_apposition_is_the_source() -> None:
    dyads = event_dyads("Sweden, a longtime mediator in the region, urged Serbia to free the men.")
    assert ("REQUEST", ["SWE"], ["SRB"]) in dyads


def test_a_relative_clause_on_the_object_keeps_the_sides() -> None:
    dyads = event_dyads("Armenia accused Turkey, which denies the charge, of arming Azerbaijan.")
    assert dyads[0] == ("ACCUSE", ["ARM"], ["TUR"])
