"""Acts of political combat told by verb frames and idioms (events30a): answering a charge is
rejecting it, an attack carried on by a press or sharpen verb is criticism, owning up to a fault
is a concession, campaigning or fundraising for someone backs them, a state's entry into an
alliance is joining it, a levy put on a party's goods is a sanction; the same words in their
other senses stay out."""

from __future__ import annotations

import pytest

from eventwire.model import Event

from .conftest import joined_names, run_texts


def _events(text: str) -> list[Event]:
    return run_texts(text, date="2016-05-02")[0].events


def _coded(text: str) -> list[tuple[str, str, str, str]]:
    """(type, trigger, source names, target names) of each event of one sentence."""
    return [
        (e.type, e.trigger.text, joined_names(e.actors), joined_names(e.recipients))
        for e in _events(text)
    ]


@pytest.mark.parametrize(
    "text,trigger,source,target",
    [
        (
            "The governor responded on Sunday to accusations by Senator Kline that he lied.",
            "responded",
            "The governor",
            "Kline",
        ),
        (
            "The minister took issue with recent criticism from the European Commission.",
            "took",
            "The minister",
            "European Commission",
        ),
        (
            "The mayor hit back at criticism from the city council.",
            "hit back",
            "The mayor",
            "the city council",
        ),
    ],
)
def test_answering_a_charge_rejects_it(text: str, trigger: str, source: str, target: str) -> None:
    assert ("REJECT", trigger, source, target) in _coded(text)


def test_defending_oneself_against_claims_rejects_them() -> None:
    text = "Mayor Alan Brisk Defends Himself Against Claims He Misused Funds.\n\nMore follows."
    assert [(e.type, e.trigger.text) for e in _events(text)][:1] == [("REJECT", "Defends")]


def test_defending_another_against_criticism_backs_them() -> None:
    types = [e.type for e in _events("Premier Ruiz defended Chile against European criticism.")]
    assert "REJECT" not in types


def test_an_answer_to_questions_is_no_rejection() -> None:
    assert _coded("The minister responded to questions from reporters.") == []


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Senator Warren pressed her attack on the governor.", "Elizabeth Warren", "the governor"),
        (
            "Governor Diaz is pressing his attack that the senator is unfit to serve.",
            "Diaz",
            "the senator",
        ),
    ],
)
def test_a_pressed_attack_is_criticism(text: str, source: str, target: str) -> None:
    coded = _coded(text)
    assert ("ACCUSE", "attack", source, target) in coded
    assert "REQUEST" not in [c[0] for c in coded]


def test_pressing_someone_is_still_a_request() -> None:
    assert [c[0] for c in _coded("The union pressed the ministry to raise wages.")] == ["REQUEST"]


def test_an_admitted_fault_is_a_concession() -> None:
    coded = _coded("The governor admitted that his report was inaccurate.")
    assert coded == [("CONCEDE", "admitted", "The governor", "")]


@pytest.mark.parametrize(
    "text",
    ["The hospital admitted two patients on Monday.", "Several Catholics were admitted."],
)
def test_people_let_in_make_no_concession(text: str) -> None:
    assert "CONCEDE" not in [c[0] for c in _coded(text)]


@pytest.mark.parametrize(
    "text,trigger,target",
    [
        ("Former President Carter campaigned on his son's behalf in Georgia.", "campaigned", ""),
        (
            "Senator Kline has begun fundraising for three House candidates.",
            "fundraising",
            "House candidates",
        ),
    ],
)
def test_campaign_work_for_someone_backs_them(text: str, trigger: str, target: str) -> None:
    assert [(c[0], c[1], c[3]) for c in _coded(text)] == [("SUPPORT", trigger, target)]


def test_entry_into_an_alliance_is_joining_it() -> None:
    coded = _coded("The government held celebrations to mark Croatia's entry into NATO.")
    assert ("SUPPORT", "entry", "Croatia", "NATO") in coded


def test_entry_into_force_is_no_joining() -> None:
    coded = _coded("The treaty's entry into force was delayed by a year.")
    assert "SUPPORT" not in [c[0] for c in coded]


def test_tariffs_put_on_a_party_are_a_sanction() -> None:
    coded = _coded(
        "The Commerce Department has begun putting heavy tariffs on Chinese steel makers."
    )
    assert [(c[0], c[1], c[2]) for c in coded] == [("SANCTION", "putting", "Commerce Department")]


def test_callers_attacking_someone_are_the_attackers() -> None:
    coded = _coded("The radio stations buzzed with callers lambasting the mayor.")
    assert coded == [("ACCUSE", "lambasting", "callers", "the mayor")]


def test_angry_taunts_are_criticism_by_their_owner() -> None:
    coded = _coded("The opposition's angry taunts drowned out the prime minister's speech.")
    assert ("ACCUSE", "taunts", "The opposition", "") in coded


def test_a_frequency_word_in_a_name_tells_no_habit() -> None:
    text = (
        "Governor Diaz, who was first elected in 2010, has been criticized for his answers "
        "during an interview this week with the editorial board of The Daily News."
    )
    assert [(c[0], c[1], c[3]) for c in _coded(text)] == [("ACCUSE", "criticized", "Diaz")]


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Senator Kline questioned the governor's judgment on Monday.", "Kline", "the governor"),
        ("The two candidates are questioning each other's fitness to lead.", "candidates", ""),
    ],
)
def test_questioning_someones_fitness_is_criticism(text: str, source: str, target: str) -> None:
    assert [(c[0], c[2], c[3]) for c in _coded(text)] == [("ACCUSE", source, target)]


def test_questioning_a_suspect_is_no_criticism() -> None:
    assert [e.cameo for e in _events("The police questioned the suspect for six hours.")] == ["090"]


def test_doubts_about_qualifications_are_criticism() -> None:
    text = "Senator Kline continued to express doubts about the governor's qualifications."
    assert [(c[0], c[1]) for c in _coded(text)] == [("ACCUSE", "doubts")]


def test_objecting_with_a_clause_is_an_objection() -> None:
    coded = _coded("Several NATO members have objected that the resolution did not go far enough.")
    assert [(c[0], c[1]) for c in coded] == [("ACCUSE", "objected")]


def test_an_attack_with_a_content_clause_targets_its_subject() -> None:
    text = "Senator Ruth Kane is pressing her attack that Governor Diaz is not fit to serve."
    assert ("ACCUSE", "attack", "Ruth Kane", "Diaz") in _coded(text)


def test_an_attack_that_killed_people_stays_armed() -> None:
    coded = _coded("The rebels launched an attack that killed five soldiers near the border.")
    assert [c[0] for c in coded] == ["ASSAULT"]


def test_working_out_differences_is_negotiating() -> None:
    coded = _coded(
        "The two ministers agreed to meet in Oslo. Minister Vale worked out the differences."
    )
    assert ("CONSULT", "worked out", "Vale", "") in coded


def test_pressed_charges_are_an_accusation_not_a_request() -> None:
    coded = _coded("The prosecutor pressed charges against the mayor.")
    assert [(c[0], c[1], c[3]) for c in coded] == [("ACCUSE", "charges", "the mayor")]


def test_attacks_a_politician_launches_are_criticism() -> None:
    coded = _coded("Senator Ruth Kane launched fresh attacks during the debate on Tuesday.")
    assert [(c[0], c[1], c[2]) for c in coded] == [("ACCUSE", "attacks", "Ruth Kane")]


def test_attacks_rebels_launch_stay_armed() -> None:
    coded = _coded("The rebels launched attacks on the army base.")
    assert [c[0] for c in coded] == ["ASSAULT"]
