"""Sides read wrongly on unseen whole articles (analyst reading, session 8)."""

from __future__ import annotations

from tests.conftest import countries_of, run_texts


def test_a_description_followed_by_its_name_is_someone_new_not_the_last_group() -> None:
    (r,) = run_texts(
        "The Teamsters union backed the contract on Monday. "
        "A day later came a protest by the group Open Borders Now."
    )
    (protest,) = [e for e in r.events if e.trigger.text == "protest"]
    assert "Teamsters" not in " ".join(p.name for p in protest.actors)


def test_an_assurance_is_aimed_at_its_addressee_not_at_the_doer_it_reports() -> None:
    assured, demanded = run_texts(
        "The Egyptian president assured Israeli leaders that Syria would respect the truce.",
        "Russia demanded that Turkey withdraw its troops.",
    )
    (assurance,) = [e for e in assured.events if e.trigger.text == "assured"]
    assert countries_of(assurance.recipients) == {"ISR"}
    (demand,) = [e for e in demanded.events if e.trigger.text == "demanded"]
    assert countries_of(demand.recipients) == {"TUR"}, "with no addressee, the clause's doer"


def test_with_after_a_named_object_is_the_means_not_a_second_target() -> None:
    threatened, signed = run_texts(
        "The European Union threatened Moscow with Chinese-style tariffs.",
        "Russia signed it with China.",
    )
    (threat,) = [e for e in threatened.events if e.trigger.text == "threatened"]
    assert countries_of(threat.recipients) == {"RUS"}
    (signing,) = signed.events
    assert countries_of(signing.recipients) == {"CHN"}, "'it' is never its own verb's subject"


def test_an_attack_that_killed_someone_is_aimed_at_whom_it_killed() -> None:
    (r,) = run_texts("The bombing that wounded two Israeli soldiers was condemned on Monday.")
    (bombing,) = [e for e in r.events if e.type == "ASSAULT"]  # "bombing" or "wounded": one act
    assert countries_of(bombing.recipients) == {"ISR"}


def test_a_relative_clause_on_a_description_of_a_named_person_is_that_persons_act() -> None:
    (r,) = run_texts("The offer came from Sergei Ivanov, a Russian official who criticized NATO.")
    (criticized,) = [e for e in r.events if e.trigger.text == "criticized"]
    assert [p.name for p in criticized.actors] == ["Sergei Ivanov"]


def test_from_after_a_named_object_is_where_from_not_a_second_target() -> None:
    (r,) = run_texts("France expelled two Iranian diplomats from Belgium on Monday.")
    (expelled,) = [e for e in r.events if e.trigger.text == "expelled"]
    assert countries_of(expelled.recipients) == {"IRN"}


def test_the_forces_a_country_deploys_are_no_target_of_the_deployment() -> None:
    (r,) = run_texts("Moscow deployed 2,000 Russian paratroopers on Monday.")
    (deployed,) = [e for e in r.events if e.trigger.text == "deployed"]
    assert deployed.recipients == []
