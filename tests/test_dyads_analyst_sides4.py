"""Sides read wrongly on unseen whole articles (analyst reading, session 9, sides4)."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _sides(result: ArticleResult, trigger: str) -> tuple[list[str], list[str]]:
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_bare_participle_is_done_to_the_clause_subject() -> None:
    (result,) = run_texts(
        '"I believe him," says Ralph Nader, still excoriated by Democrats for his campaign.'
    )
    actors, recipients = _sides(result, "excoriated")
    assert actors == ["Democrats"]
    assert recipients == ["Ralph Nader"]


def test_second_by_phrase_names_doers_too() -> None:
    (result,) = run_texts("The plan was criticized by economists and by Senate Democrats.")
    actors, _ = _sides(result, "criticized")
    assert actors == ["Senate Democrats"]


def test_granted_act_of_someone_goes_to_the_subject() -> None:
    received, picked, had = run_texts(
        "Senator Ted Cruz received the endorsement of Gov. Mike Pence on Friday.",
        "Senator Ted Cruz picked up an endorsement from former Texas governor Rick Perry.",
        "Putin had talks with President Obama in Paris.",
    )
    assert _sides(received, "endorsement") == (["Mike Pence"], ["Ted Cruz"])
    assert _sides(picked, "endorsement") == (["Rick Perry"], ["Ted Cruz"])
    actors, recipients = _sides(had, "talks")
    assert actors == ["Vladimir Putin"], "an act held without a giver keeps its subject as doer"
    assert recipients == ["Barack Obama"]


def test_endorsements_obtained_come_from_their_givers() -> None:
    locked, snagged = run_texts(
        "Governor Jane Ortiz has locked up endorsements from the state teachers union.",
        "Senator Tom Reyes snagged the endorsement of Mayor Ann Kowalski on Monday.",
    )
    assert _sides(locked, "endorsements")[1] == ["Jane Ortiz"]
    assert _sides(snagged, "endorsement") == (["Ann Kowalski"], ["Tom Reyes"])


def test_own_pronoun_on_a_received_act_is_the_receiver_not_the_giver() -> None:
    headline, body, touted = run_texts(
        "Governor Jane Ortiz Picks Up Her First Union Endorsements",
        "Senator Tom Reyes received his first endorsement from Mayor Ann Kowalski.",
        "Mayor Ann Kowalski spoke for Tom Reyes in Ohio, and the campaign has touted her"
        " endorsement on its website.",
    )
    assert _sides(headline, "Endorsements") == ([], ["Jane Ortiz"])
    assert _sides(body, "endorsement") == (["Ann Kowalski"], ["Tom Reyes"])
    assert _sides(touted, "endorsement")[0] == ["Ann Kowalski"], "another's endorsement, touted"


def test_infinitive_on_a_chance_or_a_copula_noun_is_the_subjects_act() -> None:
    chance, first = run_texts(
        "Governor Susana Martinez passed on a chance to publicly back Mr. Trump.",
        "Rep. Raul Grijalva was the first Democrat in Congress to endorse Bernie Sanders.",
    )
    assert _sides(chance, "back") == (["Susana Martinez"], ["Donald Trump"])
    assert _sides(first, "endorse")[0] == ["Raul Grijalva"]


def test_act_on_the_time_or_means_spent_is_the_spenders_act() -> None:
    debate, wasted, steps, company = run_texts(
        "Senator Ted Cruz spent much of the debate criticizing Mr. Trump.",
        "Governor Scott Walker wasted part of his speech attacking Hillary Clinton.",
        "The Treasury Department took steps to punish Russia.",
        "The senator spent the day with voters backing Mr. Trump.",
    )
    assert _sides(debate, "criticizing") == (["Ted Cruz"], ["Donald Trump"])
    assert _sides(wasted, "attacking")[0] == ["Scott Walker"]
    assert _sides(steps, "punish") == (["Treasury Department"], ["Russia"])
    backing = [e for e in company.events if e.trigger.text == "backing"]
    assert all("The senator" not in [p.name for p in e.actors] for e in backing)


def test_participle_on_a_thing_used_is_the_things_content_not_the_users_act() -> None:
    (law,) = run_texts("Governor Maria Lopez used a state law banning protests near the capitol.")
    banning = [e for e in law.events if e.trigger.text == "banning"]
    assert all("Maria Lopez" not in [p.name for p in e.actors] for e in banning)


def test_owned_act_takes_no_doer_from_its_verb() -> None:
    (result,) = run_texts(
        "A Texas judge worked in an effort to send to his own court her Mexican cousins' appeal"
        " to keep the boy in Texas."
    )
    actors, _ = _sides(result, "appeal")
    assert all("judge" not in name for name in actors)


def test_active_verb_joined_to_a_passive_is_done_by_its_patient() -> None:
    boast, resigned = run_texts(
        "Senator Ted Cruz, who may not be liked by many GOP colleagues but can now boast the"
        " support of the Bush family, won in Utah.",
        "The senator was criticized by Republicans and resigned from the committee.",
    )
    assert _sides(boast, "support")[1] == ["Ted Cruz"]
    actors, _ = _sides(resigned, "resigned")
    assert actors == ["The senator"]
