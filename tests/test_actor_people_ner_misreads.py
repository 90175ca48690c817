"""People NER or a naive surname match loses: a bare surname shared by several people (the
one who acted), a surname with an inner capital that NER mislabels, a titled person NER reads
as an organisation, or a name it reads so before a title in apposition."""

from __future__ import annotations

from tests.conftest import run_texts


def test_a_surname_means_the_namesake_who_acted_not_one_named_in_passing() -> None:
    (r,) = run_texts(
        "Last week, the mayor said the families were wrong. However, Maria Lopez, mother of "
        'flood victim Daniel Lopez, forcefully rejected the mayor\'s claim. "He lied to me," '
        "Lopez said."
    )
    (said,) = [e for e in r.events if e.trigger.text == "said"]
    assert [p.name for p in said.actors] == ["Maria Lopez"]


def test_a_surname_still_means_the_nearest_namesake_when_both_acted() -> None:
    (r,) = run_texts(
        "Anna Berg criticized the council. Later Tomas Berg, her brother, condemned the police. "
        "Berg accused the mayor of lying."
    )
    (accused,) = [e for e in r.events if e.trigger.text == "accused"]
    assert [p.name for p in accused.actors] == ["Tomas Berg"]


def test_a_surname_with_an_inner_capital_is_the_person_named_before() -> None:
    (r,) = run_texts(
        "Ohio businessman Carl DeWitt believes voters do not know the man. DeWitt, 52, faces "
        "a huge challenge. DeWitt accused the mayor of lying to the crowd. "
        "DeWitt said the group will raise no money."
    )
    (accused,) = [e for e in r.events if e.trigger.text == "accused"]
    assert [p.name for p in accused.actors] == ["Carl DeWitt"]


def test_a_titled_person_that_ner_reads_as_an_organisation_is_a_person() -> None:
    (r,) = run_texts(
        "The group also includes Bishop Darrell Hughes, a Memphis minister whose plan "
        "collapsed. The mayor was invited by Hughes to the event."
    )
    hughes = next(a for a in r.actors if a.name == "Darrell Hughes")
    assert hughes.type.value == "person"
    assert "Hughes" not in {a.name for a in r.actors}


def test_a_name_ner_reads_as_an_organisation_before_a_title_is_that_officer() -> None:
    (r,) = run_texts(
        "Ovidio Zelaya, Foreign Minister of Honduras, criticized the United States. "
        "Honduras exports melons."
    )
    (criticized,) = [e for e in r.events if e.trigger.text == "criticized"]
    (zelaya,) = criticized.actors
    assert (zelaya.name, zelaya.country, zelaya.sector) == ("Ovidio Zelaya", "HND", "GOV")


def test_a_body_before_a_description_not_a_title_stays_a_body() -> None:
    (r,) = run_texts(
        "The Federal Council, Switzerland's executive body, criticized the European Union."
    )
    assert "person" not in {a.type.value for a in r.actors if "Council" in a.name}


def test_a_full_name_ner_reads_as_a_nationality_is_a_person() -> None:
    (r,) = run_texts(
        '"Israel fears losing Ankara," stated Roman Petrosyan, an Armenian history lecturer '
        "at UC Davis. Petrosyan said Turkey lied."
    )
    (said,) = [e for e in r.events if e.trigger.text == "said"]
    assert [p.name for p in said.actors] == ["Roman Petrosyan"]


def test_a_faith_or_a_party_after_a_given_name_stays_a_group() -> None:
    (r,) = run_texts("Roman Catholic bishops criticized the government.")
    assert "Roman Catholic" not in {a.name for a in r.actors}


def test_a_full_name_ner_cut_after_the_given_name_is_the_whole_person() -> None:
    (r,) = run_texts(
        "FORT MYERS, Fla. - Two days before Samir Haleen shot a dozen people, he knelt for an "
        "hour. The FBI said Haleen acted alone."
    )
    (shot,) = [e for e in r.events if e.trigger.text == "shot"]
    assert [p.name for p in shot.actors] == ["Samir Haleen"]


def test_a_name_after_a_determiner_is_no_untagged_person() -> None:
    (r,) = run_texts("Lee and Park jointly conduct the Grant News Poll for the station.")
    assert all(a.type.value != "person" for a in r.actors if "Poll" in a.name)
