"""Who did it to whom where the doer or the target is named outside the trigger's own clause:
a headline verb after a colon done by the headline's opening party; a plural "they" that
stands for the plural object of the clause above; a speech act joined by "and" to a clause
told under "did"; a quoted "him" that is never the other argument of its own verb; "the
agency" for the government body named before; no country from a "Spanish-language" word;
"with whom" for the noun it modifies; "X was accused of V-ing Y by Z": Z accuses; "X was
criticized for his cuts by Z": Z criticizes; "listed X as having donated": X donates; "X is
engaged in an effort to V": X does V."""

from __future__ import annotations

from tests.conftest import run_texts


def _sides(text: str, trigger: str) -> list[tuple[list[str], list[str]]]:
    (result,) = run_texts(text)
    return [
        ([p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
        if e.trigger.text == trigger
    ]


def test_a_headline_verb_after_a_colon_is_done_by_the_headlines_opening_party() -> None:
    text = (
        "Merkel Weighs In: Urges Greece to Stay in Euro\n\n"
        "German Chancellor Angela Merkel spoke on Monday in Berlin."
    )
    assert _sides(text, "Urges") == [(["Angela Merkel"], ["Greece"])]


def test_they_with_no_agreeing_subject_is_the_plural_object_above() -> None:
    text = (
        "The Turkish minister said he gave Iraqi officials the documents when they asked "
        "him for help."
    )
    assert _sides(text, "asked") == [(["Iraqi officials"], ["The Turkish minister"])]


def test_an_accusation_joined_to_a_clause_under_did_is_the_sayers() -> None:
    text = (
        "The Iranian minister said the report was proof that Washington did not want peace, "
        "and accused Israel of sabotage."
    )
    assert _sides(text, "accused") == [(["The Iranian minister"], ["Israel"])]


def test_a_quoted_him_is_not_the_object_of_its_own_verb() -> None:
    text = (
        "Juan Gonzalez arrived on Monday. A spokesman said: ``The family is on record as "
        "saying they would turn over Elian to him.''"
    )
    sides = _sides(text, "turn over")
    assert sides and all("Elian" not in targets for _, targets in sides)
    assert sides[0][1] == ["Juan Gonzalez"]


def test_a_demonym_hyphened_to_language_names_no_country_as_a_listener() -> None:
    text = "``We will not cooperate at all,'' Mr. Lopez told a French-language radio station."
    assert all(targets == [] for _, targets in _sides(text, "cooperate"))


def test_the_agency_after_a_government_body_is_that_body() -> None:
    text = (
        "Officials of the Federal Aviation Administration met on Monday. A spokesman said "
        "the agency would revoke the Canadian carrier's license."
    )
    assert [doers for doers, _ in _sides(text, "revoke")] == [["Federal Aviation Administration"]]


def test_with_whom_stands_for_the_noun_the_relative_clause_modifies() -> None:
    text = "King Abdullah flew to Cairo to see Hosni Mubarak, with whom the king met Monday."
    assert [targets for _, targets in _sides(text, "met")] == [["Hosni Mubarak"]]


def test_a_by_phrase_after_an_accused_gerunds_object_is_the_accuser() -> None:
    text = "Russia was accused of shelling the town by Ukraine."
    assert _sides(text, "accused") == [(["Ukraine"], ["Russia"])]


def test_a_by_phrase_after_a_passives_topic_or_place_is_the_doer() -> None:
    cuts = "Governor Andrew Cuomo was criticized for his budget cuts by Mayor Bill de Blasio."
    vote = "Prime Minister Theresa May was mocked over the failed vote by Jeremy Corbyn."
    talk = "Senator Marco Rubio was praised in a radio interview by Governor Nikki Haley."
    assert _sides(cuts, "criticized") == [(["Bill de Blasio"], ["Andrew Cuomo"])]
    assert _sides(vote, "mocked") == [(["Jeremy Corbyn"], ["Theresa May"])]
    assert _sides(talk, "praised") == [(["Nikki Haley"], ["Marco Rubio"])]
    cause = "The treaty was not ratified because of opposition by the Senate."
    assert all("Senate" not in doers for doers, _ in _sides(cause, "ratified")), "its own doer"


def test_an_act_in_an_as_phrase_is_done_by_the_main_verbs_object() -> None:
    text = "Police identified two Somali gunmen as having attacked the Kenyan convoy."
    assert [doers for doers, _ in _sides(text, "attacked")] == [["Somali gunmen"]]


def test_a_with_clause_after_a_comma_names_no_partner_of_the_act() -> None:
    text = (
        "The United States has sent warships to the region, with Britain and Australia "
        "among the other nations lending support."
    )
    for _, targets in _sides(text, "sent"):
        assert "United Kingdom" not in targets and "Australia" not in targets


def test_a_party_engaged_in_an_effort_does_what_the_effort_aims_at() -> None:
    text = (
        "The mood in Ankara is tense, as the State Department is engaged in an urgent "
        "effort to persuade Turkey to reopen the border."
    )
    assert _sides(text, "persuade") == [(["State Department"], ["Turkey"])]


def test_a_party_involved_in_talks_does_what_the_talks_aim_at() -> None:
    text = "Officials said France was involved in a drive to persuade Iran to free the sailors."
    assert _sides(text, "persuade") == [(["France"], ["Iran"])]
