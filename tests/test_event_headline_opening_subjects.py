"""A headline's present-tense verb the tagger reads as a noun after a subject of several words
("Senegal army shells ...", "Sri Lanka scraps ...") or after a comma that joins two clauses is
that verb, done by the subject; "X scraps truce with Y" aims it at Y."""

from __future__ import annotations

from tests.conftest import run_texts

BODY = "\n\nMAPUTO, June 4 (Reuters) - Officials gave no further details on Tuesday.\n"


def _headline_events(headline: str) -> list[tuple[str, str, list[str], list[str]]]:
    (result,) = run_texts(headline + BODY)
    return [
        (e.type, e.trigger.text, [p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
        if e.sentence.text.strip() == headline
    ]


def test_an_s_word_after_a_two_word_name_is_the_headlines_verb() -> None:
    events = _headline_events("Sri Lanka scraps truce with Tamil Tigers, Norway voices regret")
    assert ("REJECT", "scraps", ["Sri Lanka"], ["Tamil Tigers"]) in events


def test_a_force_noun_subject_does_the_act_of_the_word_after_it() -> None:
    events = _headline_events("Malian army shells rebel bases near Kidal")
    assert any(t == "ASSAULT" and w == "shells" for t, w, _, _ in events)


def test_a_plural_noun_that_is_no_trigger_gives_no_act() -> None:
    assert _headline_events("Chilean miners' wages rise as copper prices climb") == []


def test_headline_verbs_of_retaking_freezing_talks_and_using_gas_are_coded() -> None:
    assert ("ASSAULT", "retake") in [
        (t, w) for t, w, _, _ in _headline_events("Kurdish fighters retake town from militants")
    ]
    assert ("SANCTION", "freeze") in [
        (t, w) for t, w, _, _ in _headline_events("Basque separatists freeze peace talks")
    ]
    assert ("ASSAULT", "use") in [
        (t, w) for t, w, _, _ in _headline_events("Togolese police use tear gas on marchers")
    ]


def test_a_comma_clause_verb_read_as_a_noun_stays_beside_the_staffed_act() -> None:
    events = _headline_events("Zambian opposition rallies against poll result, police use gas")
    assert [t for t, w, _, _ in events if w == "rallies"] == ["PROTEST"]
