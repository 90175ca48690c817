"""Acts told with the wider trigger knowledge of each PLOVER class (criticism idioms, blame,
blocking and going back on a word, pressing and ordering, praise, attacks, shuttle diplomacy, giving
way, security alerts, punishment, suspects, pleas, warrants, attack ads, firing), and the everyday
senses of the same words."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Donald Trump trashed Hillary Clinton at a rally in Ohio.", "ACCUSE"),
        ("The senator lambasted the Pentagon for the delays.", "ACCUSE"),
        ("Washington held Baghdad responsible for the attack.", "ACCUSE"),
        ("The committee subpoenaed the former director on Tuesday.", "REQUEST"),
        ("The parliament flouted the ruling of the constitutional court.", "REJECT"),
        ("The government reneged on its promise to the unions.", "REJECT"),
        ("The foreign minister paid tribute to the peacekeepers in Geneva.", "SUPPORT"),
        ("Serb artillery bombarded the town of Gorazde on Monday.", "ASSAULT"),
        ("Gunmen took six tourists hostage near Luxor.", "ASSAULT"),
        ("The government backed down on Monday.", "CONCEDE"),
        ("Castro relaxed travel restrictions on Cuban exiles in March.", "CONCEDE"),
        ("The army amassed troops on the border with Eritrea.", "MOBILIZE"),
        ("Police tightened security around the parliament in Ankara.", "MOBILIZE"),
        ("Britain downgraded relations with Iran on Friday.", "SANCTION"),
        ("The regime incarcerated hundreds of dissidents last year.", "COERCE"),
        ("The hostage-taking at the embassy ended on Tuesday.", "ASSAULT"),
        ("The FBI is looking into the leaks from the campaign.", "ACCUSE"),
        ("The senators grilled the director about the emails.", "ACCUSE"),
        ("The president ordered troops to the border.", "MOBILIZE"),
        ("The rebels laid down their arms.", "RETREAT"),
        ("The Senate voted down the treaty.", "REJECT"),
        ("The envoy shuttled between Jerusalem and Damascus.", "CONSULT"),
        ("Republicans renewed their calls for Clinton to step aside.", "REQUEST"),
        # read on silver news (recall round 5)
        ("Police have named a suspect in the killing of the judge.", "ACCUSE"),
        ("He is being sought by the police as a suspect in the robbery.", "ACCUSE"),
        ("The former minister pleaded innocent to the charges on Monday.", "REJECT"),
        ("The lobbyist pleaded guilty to fraud in July.", "CONCEDE"),  # an admission, no appeal
        ("The senator railed at the governor over the budget.", "ACCUSE"),
        ("Slovakia and Slovenia acceded to NATO on Monday.", "SUPPORT"),
        ("The government acceded to the strikers' demands on Friday.", "CONCEDE"),
        ("Britain lent its support to the French plan on Monday.", "SUPPORT"),
        ("The kidnappers demanded a ransom of $2 million.", "REQUEST"),
        ("His captors demanded a ransom for his release.", "REQUEST"),
        # PLOVER's definitions: violence to people and property, coups, brokered truces
        ("The blast injured twelve soldiers in Kandahar.", "ASSAULT"),
        ("Rioters looted the shops of Chinese traders in Jakarta.", "COERCE"),
        ("The army overthrew the elected government in 1991.", "ASSAULT"),
        ("Egypt brokered a truce between Israel and Hamas.", "CONSULT"),
        # read on a second silver news set (recall round 6)
        ("Prosecutors obtained an arrest warrant for the former mayor.", "ACCUSE"),
        ("A judge issued a warrant for Karadzic as a witness in the case.", "ACCUSE"),
        ("Detectives have identified two suspects in the murder of the editor.", "ACCUSE"),
        ("The senator is being sought by investigators for questioning.", "ACCUSE"),
        ("The police commission began delving into the killings in Soweto.", "ACCUSE"),
        ("The governor laid out his case against the senator on Tuesday.", "ACCUSE"),
        ("The PAC launched attack ads against the governor in Ohio.", "ACCUSE"),
        ("The gunmen stood in the doorway and fired.", "ASSAULT"),
        ("Romania became a member of the European Union in 2007.", "SUPPORT"),
        # blockades and embargoes as wire copy tells them (recall round 9, newswire)
        ("Turkey shut down Iraq's oil outlets on Tuesday.", "SANCTION"),
        ("Saudi Arabia cut off oil supplies to Jordan in August.", "SANCTION"),
        ("Israel sealed off the Gaza Strip after the attack.", "COERCE"),
        ("The Navy intercepted an Iraqi tanker in the Gulf.", "COERCE"),
        ("Egypt and Morocco also committed ground troops in August.", "MOBILIZE"),
        ("The administration is gradually increasing troops in the region.", "MOBILIZE"),
        ("The Navy interdicted shipments to Iraq on Monday.", "COERCE"),
    ],
)
def test_acts_of_each_class(text: str, type_: str) -> None:
    assert event_types(text) == [type_]


@pytest.mark.parametrize(
    "text",
    [
        "The band trashed the hotel room in Berlin.",  # a thing, no one criticised
        "The carpenter hammered the nails into the board.",  # a thing, no one criticised
        "The storage company holds the boxes in a warehouse.",  # no one held responsible
        "Workers dismantled the stage after the concert.",  # a stage, no weapons
        "The ferry company relaxed its dress code.",  # no restriction eased
        "The new hospital wing quit using paper records.",  # no post quit
        "The company is looking into new markets in Asia.",  # considering, no wrong examined
        "Republicans renewed their calls at the convention.",  # calls for nothing
        "The defeat injured his pride.",  # no one hurt
        "The company fired three managers in March.",  # dismissed, nobody shot
        "The coach was fired after the season.",  # dismissed, nobody shot
        "The weather did not warrant a delay.",  # the verb, no court order
        "She became a member of the chess club in May.",  # no alliance or union joined
        "The plumber shut off the water supply.",  # a tap, no one's trade cut off
        "Exxon shut down the pipeline for repairs.",  # maintenance, no embargo
        "The weekly news roundup aired on Sunday.",  # a digest, nobody rounded up
    ],
)
def test_everyday_senses_are_no_events(text: str) -> None:
    assert event_types(text) == []
