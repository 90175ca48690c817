"""Sides named outside the act's own words: descriptions of an actor, a letter's addressee."""

from __future__ import annotations

from tests.conftest import actor_codes, countries_of, event_at, run_texts


def test_an_appositive_list_names_every_coordinated_country() -> None:
    # the parse also hangs a first sentence on its dateline this way: "INDEPENDENCE, MO.
    # (AP)-- Poland, Hungary and ..." has "Poland" as the dateline's appositive
    (r,) = run_texts(
        "Three new members, Estonia, Latvia and Lithuania, formally joined NATO at a "
        "ceremony in Washington on Monday."
    )
    assert countries_of(event_at(r, "joined").actors) == {"EST", "LVA", "LTU"}


def test_a_description_stands_for_the_actor_it_describes() -> None:
    results = run_texts(
        "The bulletin named Pierre Martin of France, a trader who is being sought as a "
        "witness in the fraud case.",
        "Pierre Martin of France is now the second trader being sought by Belgian police "
        "as a suspect in the fraud case.",
    )
    for result in results:  # an appositive's head, a copula's subject
        assert countries_of(event_at(result, "sought").recipients) == {"FRA"}


def test_a_participle_after_a_letter_is_addressed_to_its_recipient() -> None:
    wrote, sent = run_texts(
        "Juan Miguel Gonzalez of Cuba also wrote to Attorney General Janet Reno earlier this "
        "week, demanding that Elian be returned to him.",
        "Juan Miguel Gonzalez of Cuba sent a letter to Attorney General Janet Reno asking "
        "that his son be moved.",
    )
    assert countries_of(event_at(wrote, "demanding").recipients) == {"USA"}
    assert countries_of(event_at(sent, "asking").recipients) == {"USA"}, "the letter's addressee"


def test_those_a_passive_subject_includes_are_its_targets() -> None:
    (r,) = run_texts(
        "Another eight suspects, including Mohammed Salim of Sudan, have been charged in the "
        "embassy bombings."
    )
    assert countries_of(event_at(r, "charged").recipients) == {"SDN"}


def test_the_names_a_passive_subject_gives_in_apposition_are_its_targets() -> None:
    killed, convicted, described = run_texts(
        "Two guards, Joseph Mwangi and Peter Otieno of Kenya, were killed in the attack.",
        "A French trader, Pierre Martin, was convicted of fraud in Brussels on Monday.",
        "The victim, a 25-year-old man, was killed in the attack.",
    )
    assert countries_of(event_at(killed, "killed").recipients) == {"KEN"}
    assert countries_of(event_at(convicted, "convicted").recipients) == {"FRA"}
    assert not event_at(described, "killed").recipients, "a description names no one"


def test_a_document_does_what_its_issuer_does() -> None:
    (r,) = run_texts(
        "Five opposition parties in Kenya issued statements supporting the strike by teachers."
    )
    assert countries_of(event_at(r, "supporting").actors) == {"KEN"}


def test_a_run_of_documents_does_what_its_issuer_or_owner_does() -> None:
    issued, owned = run_texts(
        "The Kenyan opposition released a series of radio ads attacking President Moi.",
        "Prime Minister Netanyahu's flurry of late-night tweets criticizing the Palestinian "
        "Authority drew a rebuke from Egypt.",
    )
    assert countries_of(event_at(issued, "attacking").actors) == {"KEN"}
    assert countries_of(event_at(owned, "criticizing").actors) == {"ISR"}


def test_a_spot_or_op_ed_does_what_its_issuer_does() -> None:
    spot, op_ed = run_texts(
        "The ruling party in Kenya is running a television spot attacking the opposition.",
        "Chancellor Merkel wrote an op-ed urging Greece to accept the bailout terms.",
    )
    assert countries_of(event_at(spot, "attacking").actors) == {"KEN"}
    assert countries_of(event_at(op_ed, "urging").actors) == {"DEU"}


def test_a_quoted_paper_speaks_for_whoever_put_it_out() -> None:
    released, sent = run_texts(
        'The Kenyan government released a statement on Monday. "We strongly condemn the '
        'attack on our embassy," the statement said.',
        'Opposition leaders in Zimbabwe sent a letter to the electoral commission. "We '
        'demand a recount in every district," the letter said.',
    )
    assert countries_of(event_at(released, "condemn").actors) == {"KEN"}
    assert countries_of(event_at(sent, "demand").actors) == {"ZWE"}


def test_the_one_named_before_a_killer_is_the_victim_not_the_doer() -> None:
    (r,) = run_texts(
        "Police in Israel think the minister's killer buried the rifle, unearthed it to fire "
        "the fatal shots, then fled to Jordan."
    )
    assert event_at(r, "fire").actors == []


def test_the_subject_of_the_next_clause_does_not_describe_the_name_before_it() -> None:
    # "Elian, American lawyers ... have advised": the lawyers advise; Elian is no lawyer
    text = (
        "HAVANA (AP) -- Officials said Cuba has not barred Mendez from traveling to Miami to "
        "bring back Elian, American lawyers -- and even American diplomats -- have advised "
        "against it. Castro praised Elian on Monday."
    )
    assert actor_codes(text, "Elian", "2000-01-15")[1] is None


def test_a_plural_after_one_name_describes_no_one_person() -> None:
    text = (
        "Havana has not barred Rosa Perez from flying to Madrid to collect Tomas Ruiz, French "
        "lawyers -- and even some Cuban diplomats -- say there are obstacles. Spain accused "
        "Tomas Ruiz of fraud."
    )
    assert actor_codes(text, "Tomas Ruiz", "2000-01-15")[1] is None


def test_relatives_named_with_the_town_they_live_in_are_of_its_country() -> None:
    text = "HAVANA (AP) -- Castro accused Pedro's relatives in Miami of kidnapping the boy."
    assert actor_codes(text, "Pedro's relatives", "2000-01-15")[0] == "USA"
