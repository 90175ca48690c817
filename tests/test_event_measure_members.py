"""A measure told as a noun names its targets in an "including" phrase: "arrests, including
two Chilean students" were arrests of them."""

from __future__ import annotations

from tests.conftest import named_dyads


def test_arrests_including_named_people_target_them() -> None:
    dyads = named_dyads("The army carried out detentions, including two Chilean students.")
    assert ("COERCE", ["The army"], ["Chilean students"]) in dyads


def test_arrests_with_no_including_phrase_keep_no_target() -> None:
    dyads = named_dyads("The army carried out detentions in the capital.")
    assert all(targets == [] for kind, _, targets in dyads if kind == "COERCE")


def test_a_bare_plural_of_arrests_naming_its_members_is_kept() -> None:
    text = "The failed uprising led to mass arrests, including several senior Chilean officers."
    assert ("COERCE", [], ["Chilean officers"]) in named_dyads(text)
