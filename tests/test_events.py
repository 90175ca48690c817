"""Events: PLOVER type, CAMEO code, roles, modality and evidence, as a user reads them."""

from __future__ import annotations

import pytest

from eventwire.events.extract import extract_events
from eventwire.model import ArticleResult, Event, Evidence, Modality, Quote, QuoteKind, Speaker
from eventwire.parse.recase import parse_texts

from .conftest import evidences, run_texts


def _countries(participants: list) -> set[str]:
    return {p.country for p in participants if p.country}


def _names(participants: list) -> set[str]:
    return {p.name for p in participants}


def _find(result: ArticleResult, type_: str, trigger: str) -> list[Event]:
    return [e for e in result.events if e.type == type_ and trigger in e.trigger.text]


def test_every_event_has_cameo_and_valid_evidence(reference: ArticleResult) -> None:
    assert reference.events
    text = reference.article.text
    for event in reference.events:
        assert event.cameo
        assert event.sentence.start <= event.trigger.start < event.sentence.end
        for evidence in evidences(event):
            assert text[evidence.start : evidence.end] == evidence.text


def test_meeting_with_shoigu_is_an_occurred_consultation(reference: ArticleResult) -> None:
    (meeting,) = _find(reference, "CONSULT", "meeting")
    assert meeting.modality == Modality.OCCURRED
    people = _names(meeting.actors) | _names(meeting.recipients)
    assert {"Alexander Lukashenko", "Sergey Shoigu"} <= people
    assert meeting.time is not None and meeting.time.value == "2022-02-03"
    assert not meeting.time.defaulted and meeting.time.evidence.text == "Thursday"
    assert meeting.place is not None and meeting.place.name.lower() == "minsk"
    assert meeting.place.country == "BLR" and round(meeting.place.lat or 0) == 54


def test_union_resolve_drills_carry_their_date_range(reference: ArticleResult) -> None:
    drills = [e for e in reference.events if "February 10-22" in e.sentence.text]
    assert any(
        e.type == "COOPERATE"
        and e.time
        and (e.time.start, e.time.end) == ("2022-02-10", "2022-02-22")
        for e in drills
    )


def test_discussion_with_putin_is_claimed_by_lukashenko(reference: ArticleResult) -> None:
    (talk,) = _find(reference, "CONSULT", "discussed")
    assert talk.modality == Modality.CLAIMED
    assert "Alexander Lukashenko" in _names(talk.actors)
    assert "Vladimir Putin" in _names(talk.recipients)


def test_joint_exercises_of_belarus_and_russia(reference: ArticleResult) -> None:
    drills = [
        e for e in _find(reference, "COOPERATE", "drills") if {"BLR", "RUS"} <= _countries(e.actors)
    ]
    assert drills
    assert all("military" in e.context for e in drills)
    assert {e.modality for e in drills} <= {Modality.PLANNED, Modality.ONGOING}


def test_relocation_of_russian_troops_to_belarus(reference: ArticleResult) -> None:
    moves = [
        e for e in reference.events if e.type == "MOBILIZE" and "BLR" in _countries(e.recipients)
    ]
    assert any("RUS" in _countries(e.actors) for e in moves)
    assert {e.modality for e in moves} <= {Modality.PLANNED, Modality.ONGOING}
    assert any(e.cameo == "154" for e in moves)


def test_planned_purchase_of_materiel(reference: ArticleResult) -> None:
    (purchase,) = [e for e in reference.events if "purchase" in e.trigger.text]
    assert purchase.type in {"COOPERATE", "AID"}
    assert purchase.modality == Modality.PLANNED
    assert purchase.modality_cue is not None and purchase.modality_cue.text == "planning"


def test_strengthening_the_border_with_ukraine(reference: ArticleResult) -> None:
    border = [
        e for e in reference.events if e.type == "MOBILIZE" and "strengthen" in e.trigger.text
    ]
    assert len(border) == 2
    for event in border:
        assert _countries(event.recipients) == {"UKR"}
        assert event.modality == Modality.CLAIMED
    belarus = [p for e in border for p in e.actors if p.name == "Belarus"]
    assert belarus and belarus[0].sector is None  # a country named as a state: no sector
    assert len({e.group_id for e in border}) == 1


def test_union_resolve_drills_are_planned(reference: ArticleResult) -> None:
    (drills,) = [
        e
        for e in reference.events
        if "Union Resolve" in e.sentence.text and e.trigger.text == "drills"
    ]
    assert drills.type == "COOPERATE"
    assert drills.modality == Modality.PLANNED


def test_shoigu_and_khrenin_will_inspect_troops(reference: ArticleResult) -> None:
    (inspect,) = [e for e in reference.events if e.trigger.text == "inspect"]
    assert {"Sergey Shoigu", "Viktor Khrenin"} <= _names(inspect.actors)
    assert inspect.modality == Modality.PLANNED
    assert inspect.modality_cue is not None and inspect.modality_cue.text == "will"


def test_roles_come_from_structure_and_coordination() -> None:
    (result,) = run_texts("Israel and Lebanon renewed talks with Syria in Geneva on Monday.")
    (talks,) = [e for e in result.events if e.type == "CONSULT"]
    assert _countries(talks.actors) == {"ISR", "LBN"}
    assert _countries(talks.recipients) == {"SYR"}


def test_demand_content_is_not_a_separate_event() -> None:
    (result,) = run_texts("Greece demanded that Turkey withdraw its troops from Cyprus.")
    assert [e.type for e in result.events] == ["REQUEST"]
    (demand,) = result.events
    assert _countries(demand.actors) == {"GRC"}
    assert "TUR" in _countries(demand.recipients)


def test_report_claims_and_quote_link() -> None:
    (result,) = run_texts("Officials said Mali expelled the French ambassador.")
    (expel,) = [e for e in result.events if e.type == "SANCTION"]
    assert expel.modality == Modality.CLAIMED
    assert expel.modality_cue is not None and expel.modality_cue.text == "said"
    assert _countries(expel.actors) == {"MLI"}


def test_quote_records_link_claimed_events() -> None:
    """When the quotes stage has run, an event inside a quote carries its id and speaker."""
    text = 'Paris, May 2. "We met the Italian minister twice," Macron said.'
    (result,) = run_texts(text)
    (doc,) = parse_texts([text])
    start = text.index('"')
    content = Evidence.of(text, start, text.index('"', start + 1) + 1)
    (macron,) = [a for a in result.actors if a.name == "Emmanuel Macron"]
    name = Evidence.of(text, text.index("Macron"), text.index("Macron") + len("Macron"))
    speaker = Speaker(mention=name, actor_id=macron.id, name="Macron")
    quote = Quote(id="Q1", kind=QuoteKind.DIRECT, content=content, speaker=speaker)
    assert result.article is not None
    events = extract_events(doc, result.article, result.actors, result.mentions, [quote], [], [])
    (met,) = [e for e in events if e.type == "CONSULT"]
    assert met.quote_id == "Q1"
    assert met.modality == Modality.CLAIMED
    assert _names(met.actors) == {"Emmanuel Macron"}  # "We" is the quote's speaker
    assert "ITA" in _countries(met.recipients)


def test_attributed_event_is_coded_and_claimed() -> None:
    charged, protested = run_texts(
        "The army charged that rebels killed 12 villagers in Gao.",
        "Human Rights Watch protested that the elections in Chad were unfair.",
    )
    blame, killing = charged.events  # explicit blame is an accusation of its own
    assert (blame.type, blame.trigger.text) == ("ACCUSE", "charged")
    assert (killing.type, killing.modality) == ("ASSAULT", Modality.CLAIMED)
    assert killing.modality_cue is not None and killing.modality_cue.text == "charged"
    (complaint,) = protested.events
    assert (complaint.type, complaint.cameo) == ("ACCUSE", "114")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister complained that British troops had refused to leave the base.",
        '"British troops refused to leave the base," the Kenyan minister complained.',
    ],
)
def test_a_complaint_is_an_accusation_beside_the_wrong_it_reports(text: str) -> None:
    (result,) = run_texts(text, date="1998-08-20")
    coded = {(e.type, e.trigger.text, e.modality) for e in result.events}
    assert ("ACCUSE", "complained", Modality.OCCURRED) in coded
    assert ("REJECT", "refused", Modality.CLAIMED) in coded


def test_capitals_stand_for_countries_and_places_give_targets() -> None:
    demand, curfew = run_texts(
        "Washington demanded that Hamas release the hostages.",
        "Algerian troops imposed a curfew in Algiers on Monday.",
    )
    (request,) = [e for e in demand.events if e.type == "REQUEST"]
    assert _countries(request.actors) == {"USA"}
    (order,) = [e for e in curfew.events if e.type == "COERCE"]
    assert _countries(order.actors) == {"DZA"}
    assert _countries(order.recipients) == {"DZA"}
    assert order.recipients[0].mention.text == "Algiers"


def test_dates_are_not_marches() -> None:
    (result,) = run_texts("KYIV, March 3. Police arrested two activists in Kyiv on Monday.")
    assert [e.type for e in result.events] == ["COERCE"]


def test_coordinated_acts_are_separate_events() -> None:
    (result,) = run_texts("Moscow rejected the truce and would not withdraw its troops.")
    kinds = {(e.type, e.modality) for e in result.events}
    assert ("REJECT", Modality.OCCURRED) in kinds
    assert ("RETREAT", Modality.NEGATED) in kinds
    assert all(_countries(e.actors) == {"RUS"} for e in result.events)


def test_releasing_a_report_is_not_releasing_prisoners() -> None:
    report, prisoners = run_texts(
        "The ministry released a report on Monday.",
        "Israel released 30 Palestinian prisoners on Monday.",
    )
    assert not report.events
    (release,) = prisoners.events
    assert (release.type, release.mode) == ("RETREAT", "release")
    assert _countries(release.recipients) == {"PSE"}


def test_questioning_a_plan_is_no_interrogation() -> None:
    plan, suspects = run_texts(
        "Opposition lawmakers questioned the budget plan on Tuesday.",
        "Turkish police questioned three suspects on Tuesday.",
    )
    assert not [e for e in plan.events if e.cameo == "090"]
    (questioning,) = [e for e in suspects.events if e.cameo == "090"]
    assert _countries(questioning.actors) == {"TUR"}


def test_protest_without_target_is_aimed_at_own_government() -> None:
    (result,) = run_texts("Kenyan teachers began a hunger strike outside parliament on Monday.")
    (strike,) = [e for e in result.events if e.type == "PROTEST"]
    assert _countries(strike.actors) == {"KEN"}
    assert _countries(strike.recipients) == {"KEN"}


def test_background_event_without_participants_is_not_coded() -> None:
    (result,) = run_texts("Chile sued Peru for damages that were caused by a bombing last year.")
    assert [e.type for e in result.events] == ["ACCUSE"]


def test_a_verb_in_a_time_clause_tells_its_own_act() -> None:
    """ "after the protests" sets a time; "after Pakistan handed over a suspect" reports an act."""
    (result,) = run_texts("The warnings came after Pakistan handed over a suspect to Kenya.")
    handovers = [e for e in result.events if e.type == "COOPERATE"]
    assert [(_countries(e.actors), _countries(e.recipients)) for e in handovers] == [
        ({"PAK"}, {"KEN"})
    ]


def test_us_is_a_country_not_a_pronoun() -> None:
    (result,) = run_texts("Egypt's president said the US must stop the settlements.")
    (demand,) = [e for e in result.events if e.type == "REQUEST"]
    assert _countries(demand.recipients) == {"USA"}


def test_ethnic_group_takes_the_country_it_lives_in() -> None:
    (result,) = run_texts("Ethnic Hungarians in Romania demanded a referendum on autonomy.")
    (demand,) = [e for e in result.events if e.type == "REQUEST"]
    assert _countries(demand.actors) == {"ROU"}


def test_mission_kind_takes_the_missions_participants() -> None:
    (result,) = run_texts("UN envoy Jan Kubis led a mediation mission between Sudan and Chad.")
    (mediation,) = [e for e in result.events if e.type == "CONSULT"]
    assert _countries(mediation.recipients) == {"SDN", "TCD"}


def test_topic_of_talks_is_part_of_the_talks() -> None:
    (result,) = run_texts(
        "Syria and Turkey resumed talks today on a pullback of troops from the border."
    )
    assert [e.type for e in result.events] == ["CONSULT"]


def test_owner_of_what_is_attacked_is_the_target() -> None:
    (result,) = run_texts("Rebels set fire to the offices of the Nigerian government on Monday.")
    (arson,) = [e for e in result.events if e.type in {"COERCE", "ASSAULT"}]
    assert _countries(arson.recipients) == {"NGA"}


def test_threat_is_aimed_at_whoever_must_meet_its_condition() -> None:
    (result,) = run_texts("Ecuador threatened to close its embassy unless Lima apologised.")
    (threat,) = [e for e in result.events if e.type == "THREATEN"]
    assert _countries(threat.recipients) == {"PER"}


def test_protesters_who_demand_are_the_demands_actors() -> None:
    (result,) = run_texts("Protesters in Thailand demanded the resignation of the prime minister.")
    (demand,) = result.events
    assert demand.type == "REQUEST"
    assert _countries(demand.actors) == {"THA"}


def test_possessive_pronoun_stands_for_the_clause_subject() -> None:
    (result,) = run_texts("The Turkish government said its warplanes had bombed Iraqi villages.")
    (raid,) = [e for e in result.events if e.type == "ASSAULT"]
    assert _countries(raid.actors) == {"TUR"}


def test_person_takes_the_country_they_serve() -> None:
    macron, spokesman = run_texts(
        "President Macron of France criticised Algeria on Monday.",
        "A spokesman for the Chinese foreign ministry criticised Japan.",
    )
    assert {p.country for e in macron.events for p in e.actors} == {"FRA"}
    assert {p.country for e in spokesman.events for p in e.actors} == {"CHN"}


def test_a_named_recipient_keeps_its_own_country() -> None:
    """ "Moroccan diplomats met President Obama": Obama is not made Moroccan."""
    (result,) = run_texts(
        "A group of Moroccan diplomats held their first meeting with President Obama on Monday."
    )
    (meeting,) = [e for e in result.events if e.type == "CONSULT"]
    assert _countries(meeting.actors) == {"MAR"}
    assert "MAR" not in _countries(meeting.recipients)


@pytest.mark.parametrize(
    "text,trigger,modality",
    [
        ("Iran said Israeli warplanes attacked the convoy.", "attacked", Modality.CLAIMED),
        ("At least 17 soldiers were killed, the army said.", "killed", Modality.OCCURRED),
    ],
)
def test_an_accusation_is_claimed_but_a_reported_toll_is_not(
    text: str, trigger: str, modality: Modality
) -> None:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if trigger in e.trigger.text]
    assert event.modality == modality


def test_a_pronoun_inside_its_own_antecedent_does_not_loop() -> None:
    """ "Most of them said they would attack": "them" is not "most of them"."""
    text = "Most of them said they would attack the convoy."
    (doc,) = parse_texts([text])
    article = run_texts(text)[0].article
    events = extract_events(doc, article, [], [], [], [], [])
    assert all(e.type for e in events)


def test_place_of_an_act_without_known_actor_is_no_target() -> None:
    """A blast with no named perpetrator happens in a town; the town is not its target."""
    (result,) = run_texts("A car bomb blast in Nairobi killed twelve people on Friday.")
    assaults = [e for e in result.events if e.type == "ASSAULT"]
    targets = [p.mention.text for e in assaults for p in e.recipients]
    assert assaults and "Nairobi" not in targets  # the victims may be its target, not the town


def test_blame_targets_the_doer_not_the_victims() -> None:
    """Condemning an attack targets whoever made it: Russia here, nobody when unknown."""
    (known, unknown) = run_texts(
        "Germany condemned Russia's annexation of Crimea.",
        "France condemned the bombing of the embassy in Kenya.",
    )
    (blame,) = [e for e in known.events if e.type == "ACCUSE"]
    assert _countries(blame.recipients) == {"RUS"}
    (blame,) = [e for e in unknown.events if e.type == "ACCUSE"]
    assert not blame.recipients


def test_place_deep_inside_an_object_is_no_location_target() -> None:
    """The vow is made in no place: "in Kenya" belongs to the embassies the attacks hit."""
    (result,) = run_texts(
        "Germany condemned attacks at U.S. embassies in Kenya and vowed to find the bombers and "
        "bring them to justice."
    )
    (vow,) = [e for e in result.events if e.type == "THREATEN"]
    assert "KEN" not in _countries(vow.recipients)


def test_dateline_names_no_participant() -> None:
    """The parse may hang the dateline on the first sentence; it says where, not who."""
    text = "DAR ES SALAAM, Tanzania (AP) _\n\nKenya expelled five diplomats of Libya on Friday."
    (result,) = run_texts(text)
    (expulsion,) = [e for e in result.events if "expelled" in e.trigger.text]
    assert _countries(expulsion.actors) == {"KEN"}


@pytest.mark.parametrize(
    "text,trigger,target",
    [
        ("Senator Jane Smith called for Governor Tom Reed to resign.", "called", "Tom Reed"),
        ("Budget watchdogs pressed for Congress to offset the costs.", "pressed", "Congress"),
    ],
)
def test_a_for_to_clause_names_whom_a_request_asks(text: str, trigger: str, target: str) -> None:
    (result,) = run_texts(text)
    (request,) = _find(result, "REQUEST", trigger)
    assert target in _names(request.recipients)
