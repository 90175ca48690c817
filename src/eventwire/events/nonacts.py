"""Readings of a trigger that tell no act, named for `confidence`'s features.

Each reading is a small rule of its own module (`word_uses`, `assessed`, `campaign_trail`,
`site_visits`, `object_senses`, `sourcing`, `questions`, `routine`, `faced`, `sequels`, `sporting`,
`standing_roles`, `courses`, `carried_aid`, `reprisals`, `awaited`, `kept_terms`, `standing_states`,
`undone`, `editor_notes`, `blows`, `mood`, `race_exits`, `granted_views`, `lone_talk`);
this one asks them in turn and gives the first that holds, with the weight it takes off the
event's confidence (`--all` keeps the event, marked).
"""

from __future__ import annotations

from collections.abc import Callable

from eventwire.events.answered_acts import answered_noun
from eventwire.events.answered_requests import answered_request
from eventwire.events.assessed import (
    assessed,
    effect_weighed,
    equated,
    fault_weighed,
    judged_doing,
    wanted,
)
from eventwire.events.audiences import spoken_to
from eventwire.events.awaited import awaited
from eventwire.events.ballots import public_ballot
from eventwire.events.between_parties import between_no_parties
from eventwire.events.blows import physical_blow
from eventwire.events.campaign_trail import campaign_stop, held_by_a_person
from eventwire.events.carried_aid import cargo_only
from eventwire.events.content_acts import handled, nested_content, recounted
from eventwire.events.courses import takes_a_course
from eventwire.events.deserved import unsaid_praise
from eventwire.events.editor_notes import editor_note
from eventwire.events.faced import danger_faced, danger_named, danger_posed
from eventwire.events.forewarned import foretells_a_trend
from eventwire.events.granted_views import granted_view
from eventwire.events.kept_terms import kept_terms
from eventwire.events.lone_talk import talks_alone
from eventwire.events.market_audiences import market_audience
from eventwire.events.misread_imperatives import misread_imperative
from eventwire.events.mood import commanded
from eventwire.events.mourning import mourns
from eventwire.events.object_senses import (
    attributes_a_cause,
    deploys_no_force,
    harms_a_plan,
    musters_no_force,
    press_release,
    pulls_out_no_force,
    quits_a_contest,
    recalls_a_fact,
    represses_a_practice,
    surrenders_no_force,
    works_for,
)
from eventwire.events.owner_aims import told_between_sides
from eventwire.events.participial_adjectives import participial_adjective
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import REJECT, REQUEST
from eventwire.events.positions import holds_a_position
from eventwire.events.questions import asked_about, deliberated, press_question, put_question
from eventwire.events.race_exits import leaves_race, stays_in_race
from eventwire.events.reprisals import told_by_means
from eventwire.events.routine import in_a_routine
from eventwire.events.sequels import dates_another
from eventwire.events.site_visits import home_visit, site_visit
from eventwire.events.sourcing import answers_press, asks_for_comment
from eventwire.events.sporting import sporting
from eventwire.events.standing_roles import (
    built_around,
    held_power,
    past_partnership,
    standing_role,
)
from eventwire.events.standing_states import (
    conceded_denial,
    described_state,
    devoted_state,
    seemed_state,
    standing_passive,
    standing_permission,
)
from eventwire.events.striving import fought_gerund
from eventwire.events.undone import held_off, lacked, left_out, rejection_not_made
from eventwire.events.warned_parties import warns_off_a_course
from eventwire.events.weighed_commitments import weighed_commitment
from eventwire.events.word_uses import (
    adjectival,
    describes_a_quality,
    describes_a_thing,
    describes_an_ability,
    names_the_doer,
    weighed_for_anyone,
)
from eventwire.model import Participant

CONTENT = "content of another"  # what another act recounts, answers or grants

NONACT_WEIGHTS = {
    "names the doer": -0.6,
    "adjectival use": -0.6,
    "judged, not told": -0.45,
    "fault weighed": -0.6,
    "equates claims": -0.6,
    "asks for comment": -0.6,
    "campaign stop": -0.6,
    "site visit": -0.6,
    "trip at home": -0.6,
    "a person's rally": -0.6,
    "press release": -0.6,
    "deploys no force": -0.6,
    "withdraws no force": -0.6,
    "line of work": -0.6,
    "recalls a fact": -0.6,
    "names a cause": -0.6,
    "aimed at a practice": -0.6,
    "harms a plan": -0.6,
    "describes a quality": -0.6,
    "describes an ability": -0.6,
    "asked about": -0.6,
    "public's ballot": -0.6,
    "standing position": -0.6,
    "danger faced": -0.6,
    "danger posed": -0.6,
    "background": -0.6,
    "sports play": -0.6,
    "standing role": -0.6,
    "cargo only": -0.6,
    "told by its means": -0.6,
    "awaited condition": -0.6,
    "kept terms": -0.6,
    CONTENT: -0.6,
    "mourns the dead": -0.6,
    "standing state": -0.6,
    "not done": -0.6,
    "editor's note": -0.6,
    "a blow": -0.6,
    "asked of a listener": -0.6,
    "leaves a race": -0.6,
    "quits a contest or post": -0.6,
    "stays in a race": -0.6,
    "foretells a trend": -0.6,
    "advice": -0.6,
    "an audience": -0.6,
    "between no parties": -0.6,
    "view granted": -0.6,
    "talks alone": -0.6,
    "market audience": -0.6,
}
MATCH_READINGS: list[tuple[str, Callable[[TriggerMatch], bool]]] = [
    ("names the doer", names_the_doer),
    ("adjectival use", adjectival),
    ("adjectival use", participial_adjective),  # "the similarities are striking"
    ("fault weighed", fault_weighed),
    ("judged, not told", judged_doing),
    ("judged, not told", unsaid_praise),  # the writer's "he deserves credit"; "I deserve it"
    ("equates claims", equated),
    ("judged, not told", effect_weighed),  # "the accession has brought about changes"
    ("judged, not told", wanted),  # "the bill lacks bipartisan support"
    ("judged, not told", weighed_commitment),  # "the Paris agreement fulfills a goal"
    ("asks for comment", lambda m: m.code.type == REQUEST and asks_for_comment(m.head)),
    ("asks for comment", lambda m: m.code.type == REJECT and answers_press(m.head)),
    ("press release", press_release),
    ("deploys no force", deploys_no_force),
    ("deploys no force", musters_no_force),  # "a health alert", "mobilization of doses"
    ("withdraws no force", pulls_out_no_force),  # "pulled out the race card"
    ("quits a contest or post", quits_a_contest),  # "withdrew from the race"
    ("withdraws no force", surrenders_no_force),  # "surrendered its authority"
    ("line of work", works_for),
    ("recalls a fact", recalls_a_fact),
    ("names a cause", attributes_a_cause),  # "credits the change to a defection"
    ("aimed at a practice", represses_a_practice),  # "crack down on illegal immigration"
    ("harms a plan", harms_a_plan),  # "executed a marketing campaign", "beat the odds"
    ("describes a quality", describes_a_quality),
    ("describes a quality", weighed_for_anyone),  # "it's easy to bash Wall Street"
    ("describes an ability", describes_an_ability),
    ("describes a quality", describes_a_thing),  # "the system that was discussed in 1990"
    ("asked about", asked_about),
    ("asked about", press_question),
    ("asked about", put_question),  # "was once asked which of her rivals ..."
    ("asked about", deliberated),  # "Should she use critiques to knock him off balance?"
    ("habitual", in_a_routine),
    ("danger faced", danger_faced),
    ("danger posed", danger_posed),  # "poses a threat to Americans", "Trump is a threat"
    ("danger faced", danger_named),  # "we face a significant threat of extremism"
    ("foretells a trend", foretells_a_trend),  # "the IMF warned of a recession"
    ("advice", warns_off_a_course),  # "warned against reading the vote as an endorsement"
    ("view granted", granted_view),  # "conceded that the loss could hurt them"
    ("background", dates_another),
    ("sports play", sporting),  # "beat Barcelona 2-1", "a late strike by the forward"
    ("standing role", standing_role),  # "a PAC backing Smith", "militias backed by Iran"
    ("standing role", built_around),  # "built his campaign around championing X"
    ("standing role", past_partnership),  # "an aide who worked with Obama in Chicago"
    ("standing role", held_power),  # "China and Russia, which hold vetoes on the council"
    ("cargo only", cargo_only),  # "a truck carrying food overturned"
    ("told by its means", told_by_means),  # "retaliated by imposing tariffs"
    ("awaited condition", awaited),  # "would continue until the government backed down"
    ("kept terms", kept_terms),  # "urged them to respect the ceasefire"
    (CONTENT, nested_content),  # "regretted calling him a traitor"
    (CONTENT, recounted),  # "recalled the 1998 bombing"
    (CONTENT, handled),  # "judges handling the lawsuits", "to deflect the criticism"
    (CONTENT, answered_noun),  # "responded to the air strikes"
    (CONTENT, answered_request),  # "granted the group's request"
    ("an audience", spoken_to),  # "told the AIPAC meeting"
    ("market audience", market_audience),  # "said at an investors conference"
    ("abstract fight", fought_gerund),  # "praised him for fighting for our liberties"
    ("mourns the dead", mourns),  # "paid tribute to X, who was shot in June"
    ("standing state", standing_passive),  # "the party, which is backed by the military"
    ("standing state", standing_permission),  # "voters are allowed to register on the day"
    ("standing state", devoted_state),  # "the Department is committed to transparency"
    ("standing state", described_state),  # "support for Israel is a given among them"
    ("standing state", conceded_denial),  # "although Israel disputes this"
    ("standing state", seemed_state),  # "seems allied with the government"
    ("not done", left_out),  # "without having to form an alliance"
    ("not done", held_off),  # "it was too early to congratulate the winners"
    ("not done", lacked),  # "has no plan to defeat the militants"
    ("not done", rejection_not_made),  # "did not dispute that", "won't renounce Trump"
    ("editor's note", editor_note),  # "This article has been updated to include ..."
    ("a blow", physical_blow),  # "hitting him in the back of the head"
    ("asked of a listener", lambda m: not m.nominal and commanded(m.head)),  # "Support X"
    ("asked of a listener", misread_imperative),  # "Attack his record and propose ..."
]


def nonact_reading(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> str | None:
    """The name of the first reading in which the trigger tells no act, if any. An act noun
    between its two named parties is told, whatever act recounts or answers it (`owner_aims`)."""
    between = told_between_sides(match, actors, recipients)  # "described X's meeting with Y"
    for name, holds in MATCH_READINGS:
        if holds(match) and not (between and name == CONTENT):
            return name
    if assessed(match, actors, recipients):
        return "judged, not told"
    if held_by_a_person(match, actors):
        return "a person's rally"
    if campaign_stop(match, actors, recipients):
        return "campaign stop"
    if site_visit(match, recipients):
        return "site visit"
    if home_visit(match, actors, recipients):
        return "trip at home"
    if public_ballot(match, actors):
        return "public's ballot"
    if holds_a_position(match, recipients) or takes_a_course(match, recipients):
        return "standing position"
    if leaves_race(match, recipients):
        return "leaves a race"
    if stays_in_race(match, actors, recipients):  # "vowed to fight on"
        return "stays in a race"
    if between_no_parties(match, actors, recipients):
        return "between no parties"
    if talks_alone(match, actors, recipients):  # "we talk a lot", "talk more about it"
        return "talks alone"
    return None
