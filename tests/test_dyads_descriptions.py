"""Sides named by a description of an actor: appositives, copular attributes, datelines."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_dyads import _countries, _event


def test_an_appositive_list_names_every_coordinated_country() -> None:
    # the parse also hangs a first sentence on its dateline this way: "INDEPENDENCE, MO.
    # (AP)-- Poland, Hungary and ..." has "Poland" as the dateline's appositive
    (r,) = run_texts(
        "Three new members, Estonia, Latvia and Lithuania, formally joined NATO at a "
        "ceremony in Washington on Monday."
    )
    assert _countries(_event(r, "joined").actors) == {"EST", "LVA", "LTU"}


def test_a_description_stands_for_the_actor_it_describes() -> None:
    appositive, attribute = run_texts(
        "The bulletin named Pierre Martin of France, a trader who is being sought as a "
        "witness in the fraud case.",
        "Pierre Martin of France is now the second trader being sought by Belgian police "
        "as a suspect in the fraud case.",
    )
    assert _countries(_event(appositive, "sought").recipients) == {"FRA"}
    assert _countries(_event(attribute, "sought").recipients) == {"FRA"}
