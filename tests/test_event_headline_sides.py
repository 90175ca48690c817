"""A headline verb the tagger reads as a noun keeps headline grammar: the name before it does the
act to the name after it ("Merkel Slams Erdogan Over Press Crackdown": Erdogan is the target)."""

from __future__ import annotations

from .conftest import event_at, run_texts

ARTICLE = (
    "Merkel Slams Erdogan Over Press Crackdown.\n\n"
    "German Chancellor Angela Merkel criticised Turkish President Recep Tayyip Erdogan on Tuesday."
)


def test_headline_verb_read_as_noun_has_its_target() -> None:
    (result,) = run_texts(ARTICLE, date="2018-05-02")
    (event,) = [e for e in result.events if e.trigger.text == "Slams"]
    assert [p.country for p in event.recipients] == ["TUR"]


def test_a_headline_denial_takes_its_target_from_the_lede() -> None:
    (result,) = run_texts(
        "Senator Walsh Denies Lobbyist Paid For His Trip.\n\n"
        "Senator Mark Walsh of Ohio on Tuesday rejected a report from the Columbus Dispatch "
        "that said a lobbyist had paid for his trip to Paris last year.\n\n"
        "The lobbyist declined to comment.\n",
        date="2016-05-01",
    )
    event = event_at(result, "Denies")
    assert [p.name for p in event.recipients] == ["Columbus Dispatch"]


def test_a_headline_firing_takes_the_person_the_lede_says_was_fired() -> None:
    (result,) = run_texts(
        "Governor Porter's Firing Of Budget Director Draws Criticism.\n\n"
        "Governor Jane Porter of Oregon fired her budget director, Paul Steiner, on Monday "
        "after months of disputes over spending.\n\n"
        "Steiner did not return calls.\n",
        date="2016-05-01",
    )
    event = event_at(result, "Firing")
    assert [p.name for p in event.recipients] == ["Paul Steiner"]


def test_a_lede_act_of_another_type_lends_the_headline_no_side() -> None:
    (result,) = run_texts(
        "Senator Walsh Denies Lobbyist Paid For His Trip.\n\n"
        "Senator Mark Walsh of Ohio on Tuesday praised the Columbus Dispatch for its report "
        "on a lobbyist who paid for trips to Paris last year.\n\n"
        "The lobbyist declined to comment.\n",
        date="2016-05-01",
    )
    assert event_at(result, "Denies").recipients == []
