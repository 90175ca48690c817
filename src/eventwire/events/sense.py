"""Which sense an ambiguous trigger has, read from its arguments in the parse.

"released 40 prisoners" frees people (RETREAT) but "released a report" publishes; "rallied in
the square" protests but "rallied supporters" gathers; recognising a state is diplomatic but
recognising a holiday is not; a warning that names no one and nothing is a forecast. The
arguments' entity labels and eventwire's lexicons of people and groups decide, not a list of
the words that may follow each trigger. Each kind is told in its own module
(`missing_parties`, `combat_senses`, `protest_senses`, `other_uses`); this one asks them in turn.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.appeal_senses import draws_a_public
from eventwire.events.cameo_codes import DEMONSTRATION, RESTRICTION, STRIKE_OR_BOYCOTT
from eventwire.events.combat_senses import figurative, fought_out, race_won
from eventwire.events.deprived import deprives
from eventwire.events.enabling import (
    enabled_by_a_state,
    enabled_by_a_thing,
    endangers_a_thing,
    freed_to_act,
    kept_by_a_thing,
    letting_named,
    risked_by_a_thing,
    standing_effect,
    standing_leave,
    thing_let_happen,
)
from eventwire.events.evaluative import names_someone
from eventwire.events.figurative_senses import (
    assailed_abstraction,
    figurative_sense,
    fought_act,
    fought_over_abstractions,
)
from eventwire.events.funded_things import funds_a_thing
from eventwire.events.hazards import NATURAL_CAUSES
from eventwire.events.held_aid import held_aid
from eventwire.events.lexicon import CONTEST, FIGURATIVE, VERDICT_TYPES, mentions, words
from eventwire.events.missing_parties import missing_party
from eventwire.events.modes import RELEASE
from eventwire.events.other_uses import (
    films,
    formula_greeting,
    gives_a_name,
    leave_asked,
    seizes_on,
    shaming_aimed,
    tally_reached,
    threat_content,
)
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import AID, COERCE, CONCEDE, REJECT, THREATEN
from eventwire.events.protest_senses import (
    gathers_or_shows,
    marched_to_a_goal,
    shows_a_thing,
    strike_as_blow_or_impression,
)
from eventwire.events.provisions import measure_provision
from eventwire.events.races import kept_from_a_prize, race_won_nearby
from eventwire.events.retorts import retort
from eventwire.events.titles import in_title
from eventwire.events.verb_arguments import people
from eventwire.events.verbal_force import force_answered
from eventwire.parse.forms import in_words

COMBAT = FIGURATIVE  # attack, battle: words of a race too
DESCRIBING_DEPS = {"appos", "attr"}  # "Kopp, an anti-abortion protester": who he is, no act
INTRANSITIVE_PROTESTS = {DEMONSTRATION}  # demonstrate, rally, march (not "boycott the elections")
STOPPAGE_PROTESTS = {STRIKE_OR_BOYCOTT}  # strike, boycott, walk out
VERBAL_ATTACKS = words("event_words.tsv", "verbal_attack")
RACE = "contest, not violence"  # `other_sense`: a combat word that names a race
IDEA_ASSAILED = "an idea assailed"  # `other_sense`: "attacks on voting rights", no blow
SEIZING = words("event_words.tsv", "seizing")
SHAMING = words("event_words.tsv", "shaming")  # embarrass, humiliate
GREETINGS = words("event_words.tsv", "greeting")
SHOOTING = {"shoot"}
VERDICTS = VERDICT_TYPES  # what a naming can be: blame, praise, denial


def other_sense(match: TriggerMatch) -> str | None:
    """The name of the reason the trigger is used in a sense that is no such event, if any."""
    return missing_party(match) or _other_use(match)


def _other_use(match: TriggerMatch) -> str | None:
    """The word is used in another sense: a demonstration of a fact, a noun that says who a
    person is, a warning of nothing, a figurative fight, a greeting, a retort, an issue
    seized on. The first reading that applies names it."""
    return (
        _protest_use(match)
        or _naming_use(match)
        or figurative_sense(match)  # "made a killing", "struck a defiant tone"
        or ("a title" if in_title(match.head) else None)  # "said on 'Meet the Press'"
        or _typed_use(match)
        or _contest_use(match)
        or _word_use(match)
    )


def _protest_use(match: TriggerMatch) -> str | None:
    """A protest verb or noun that shows a thing or makes progress, not a demonstration."""
    code, head = match.code, match.head
    if code.cameo in INTRANSITIVE_PROTESTS and not match.nominal and gathers_or_shows(head):
        return "protest verb with an object"
    if code.cameo in INTRANSITIVE_PROTESTS and match.nominal and shows_a_thing(head):
        return "shows a thing"
    if code.cameo in INTRANSITIVE_PROTESTS and marched_to_a_goal(head):
        return "progress to a goal"  # "her march to the nomination"
    if code.cameo in STOPPAGE_PROTESTS and not match.nominal and strike_as_blow_or_impression(head):
        return "a blow or an impression"  # "hackers who struck the DNC", "was struck that"
    return None


def _naming_use(match: TriggerMatch) -> str | None:
    """A word that says who someone is, gives a name or a count, not an act toward them."""
    code, head = match.code, match.head
    if match.nominal and head.dep_ in DESCRIBING_DEPS and people(head):
        return "describes a person"
    if not match.nominal and gives_a_name(head):
        return "gives a name"
    if not match.nominal and tally_reached(head):
        return "a tally reached"  # "brings the number of cases to 25"
    if not match.nominal and code.type not in VERDICTS and names_someone(head):
        return "names someone"  # "called Biden a candidate for the job": no appeal
    return None


def _typed_use(match: TriggerMatch) -> str | None:
    """A verb of a yielding, aid, threat or restriction type that asks leave, is enabled by a
    thing, holds a debt, warns of nothing or keeps someone by a thing; an aid noun that names a
    disease ("AIDS")."""
    code, head = match.code, match.head
    if code.type == AID and match.nominal and in_words(head, NATURAL_CAUSES):
        return "a disease"  # "the International AIDS Society", "World Aids Day"
    if code.type == CONCEDE and not match.nominal and (letting := _letting_use(head)):
        return letting
    if code.mode == RELEASE and not match.nominal and freed_to_act(head):
        return "freed to act"  # "primaries that free her to present herself as the victor"
    if code.type == AID and match.nominal and held_aid(head):
        return "a debt held"  # "I have student loans"
    if code.type == AID and not match.nominal and funds_a_thing(head):
        return "funds a thing"  # "we fund K-12 education through property taxes"
    if code.type == THREATEN and not match.nominal and not threat_content(head):
        return "warning of nothing"
    if code.type == THREATEN and not match.nominal and risked_by_a_thing(head):
        return "a risk told"  # "the primary threatens to knock him out"
    if code.type == THREATEN and not match.nominal and endangers_a_thing(head):
        return "a thing endangered"  # "it threatens the extensive work"
    if code.cameo == RESTRICTION and not match.nominal and kept_by_a_thing(head):
        return "kept by a thing"  # "that hasn't stopped pundits from speculating"
    if code.type == COERCE and not match.nominal and measure_provision(head):
        return "a measure's provision"  # "a proposal to bar terrorists from buying guns"
    if not match.nominal and kept_from_a_prize(head):  # restriction, or obstruction recoded
        return RACE  # "try to prevent him from reaching the 1,237 delegates"
    return None


LETTING_USES = (  # a yielding verb's senses that yield nothing to anyone, in the order read
    ("asks leave", leave_asked),
    ("enabled by a thing", enabled_by_a_thing),  # "this allowed us to know the score"
    ("a thing let happen", thing_let_happen),  # "allowed terrorism to flourish"
    ("enabled by a state", enabled_by_a_state),  # "prevailed in Vermont, allowing her to lead"
    ("letting named", letting_named),  # "opponents of allowing refugees in"
    ("leave as a rule", standing_leave),  # "foreign nationals are not allowed to donate"
    ("leave as a rule", standing_effect),  # "he allows Republicans to dodge Trump"
)


def _letting_use(verb: Token) -> str | None:
    """The name of the first of `LETTING_USES` a yielding verb is used in, if any."""
    return next((name for name, test in LETTING_USES if test(verb)), None)


def _contest_use(match: TriggerMatch) -> str | None:
    """A combat word for a race, or a fight over ideas with no violence told."""
    head = match.head
    contest = mentions(head.head, CONTEST, head.head.subtree) or fought_out(head)
    raced = head.lemma_.lower() in COMBAT and contest
    if figurative(match) and raced:  # "the battle for Iowa"; shots traded hit the other side
        return RACE
    if race_won(head) or race_won_nearby(match):
        return RACE
    if match.nominal and figurative(match) and head.lemma_.lower() not in VERBAL_ATTACKS:
        return "no violence told"  # "a battle of ideas"; an attack is told bare ("was attacked")
    if not match.nominal and figurative(match) and fought_over_abstractions(head):
        return "done to no one"  # "attack specific policies", "the rules were fought"
    if not match.nominal and head.lemma_.lower() in COMBAT and fought_act(head):
        return "done to no one"  # "would no longer fight the release of the police video"
    if head.lemma_.lower() in VERBAL_ATTACKS and assailed_abstraction(match):
        return IDEA_ASSAILED  # "our freedom is under assault", "attacks on voting rights"
    return None


def _word_use(match: TriggerMatch) -> str | None:
    """A word's own other sense: filming, a greeting, a retort, force answered, a right
    withheld, an issue taken up, shame at an outcome, a public drawn."""
    head = match.head
    if head.lemma_.lower() in SHOOTING and films(head):
        return "films"
    if head.lemma_.lower() in GREETINGS and formula_greeting(head):
        return "greeting"
    if retort(match):
        return "retort"
    if force_answered(match):
        return "force answered"  # "the army hit back, shelling rebel positions"
    if match.code.type == REJECT and not match.nominal and deprives(head):
        return "withholds a right"
    if head.lemma_.lower() in SEIZING and not match.nominal and seizes_on(head):
        return "takes up an issue"
    if head.lemma_.lower() in SHAMING and not match.nominal and not shaming_aimed(head):
        return "shamed by an outcome"
    if draws_a_public(head):
        return "draws a public"  # "his appeal to working-class voters"
    return None
