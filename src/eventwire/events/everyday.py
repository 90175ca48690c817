"""Everyday senses of cooperative and verbal triggers, read from the parse.

News uses the words of diplomacy for plain things: targets are "met", a plane "offers" a perk,
a spokesman "declined to comment", a writer "agreed that" a fleet had value, a price is high "as
opposed to" another. These are no events; the test is the trigger's arguments (who is met, what
is offered or refused), not a list of the sentences where each word occurs. The tests with a
module of their own: refusals of no act (`silences`), views agreed with (`agreed_views`),
appeals that ask for nothing (`attractions`), offers of no act (`idle_offers`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.acquaintance import never_met
from eventwire.events.agreed_views import agrees_with_a_view, being_sure
from eventwire.events.ailments import ailment
from eventwire.events.argument_slots import joined_subject_marks
from eventwire.events.attack_senses import law_enforcement
from eventwire.events.attractions import attracts, challenges_nothing
from eventwire.events.deterrents import deters
from eventwire.events.electoral_standing import electoral_standing
from eventwire.events.explosions import no_device, no_second_blast
from eventwire.events.exposed_wrongs import exposed_code
from eventwire.events.forewarned import (
    advises_its_addressee,
    foretells_no_act,
    warns_of_a_thing,
)
from eventwire.events.giving import political_gift, political_giving, takes_money
from eventwire.events.hazards import hazard_warning, natural_harm
from eventwire.events.idle_duties import obliges_no_one
from eventwire.events.idle_offers import accepts_no_act, offers_no_act
from eventwire.events.lexicon import (
    FORCE_TYPES,
    RELATIVE_PRONOUNS,
    is_agent,
    political_titles,
    words,
)
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import MOBILIZE, PROTEST
from eventwire.events.posts import fired_unnamed
from eventwire.events.press import talk_partners
from eventwire.events.questions_asked import asks_a_question
from eventwire.events.received import received_blame
from eventwire.events.records import animals_struck, destroys_records
from eventwire.events.retorts import RETORTS
from eventwire.events.routes import along_route
from eventwire.events.silences import REFUSING, refused_exclusion, refuses_nothing
from eventwire.events.sourcing import asks_for_anonymity, discusses_unnamed
from eventwire.events.stood_by import stands_by_no_one
from eventwire.events.striving import abstract_fight
from eventwire.events.surges import surges
from eventwire.events.trade_senses import trades
from eventwire.events.verb_arguments import objects, people, prep_objects
from eventwire.events.withheld import withheld_code
from eventwire.events.word_classes import PROMISES
from eventwire.lexicons import read_table, word_set
from eventwire.parse.deps import REPORTED_CLAUSE_DEPS, VERB_PARTICLE_DEPS
from eventwire.parse.subjects import clause_subjects, has_subject
from eventwire.parse.tags import (
    WH_ADVERB_TAG,
    WH_DETERMINER_TAG,
    WH_POSSESSIVE_TAG,
)
from eventwire.sectors import CIVILIANS

MET_THINGS = words("event_words.tsv", "met_thing")  # "meet the goal", "met with resistance"
MET_THINGS |= PROMISES  # "meet the pledge": a promise kept
ROLES_TAKEN = words("event_words.tsv", "role_taken")  # "accepted the nomination", "the award"
MEETING_PREPS = {"with"}
PARTICLES = {"down", "off", "away", "up", "out"}  # "back down", "back off"
BLAST_PARTICLES = {"go": "off", "rip": "through"}  # "went off", "ripped through"
ARMED_TYPES = FORCE_TYPES | {MOBILIZE}  # force used on people, or forces readied
SENSE_PARTICLES = word_set("verb_particle")  # "talked up her strategy"
# collective nouns of a sector other than the public's: "the rebels he met" are a party met
PARTY_GROUPS = frozenset(noun for noun, sector in read_table("groups.tsv") if sector != CIVILIANS)


def _meets_no_one(verb: Token) -> bool:
    """ "meet the goal", "met with resistance", "meeting a variety of contingencies": what is
    met is a standard or a reaction, not a party, and "have never met" or "people I have met"
    tell who knows whom (`acquaintance`, `_people_known`); blame that a party's act is met with
    ("was met with outrage by France") is an act of its own (`events.received`)."""
    if received_blame(verb) is not None:
        return False
    if never_met(verb) or _people_known(verb):
        return True
    met = objects(verb) + prep_objects(verb, MEETING_PREPS)
    return any(t.lemma_.lower() in MET_THINGS for o in met for t in [o, *prep_objects(o, {"of"})])


def _people_known(verb: Token) -> bool:
    """ "people I have met", "the voters they met", "a woman he met on a trip": a relative clause
    on the private people met (the noun is what it lacks: no object, partner or relative
    subject, owner or adverb of its own) describes whom someone knows; "the officials he met",
    "Putin, whom he met" name parties met; "leaders who met with Trump", "the group, whose
    members met" are the ones meeting, and "when the party meets" tells a time."""
    if verb.dep_ != "relcl" or prep_objects(verb, MEETING_PREPS):
        return False
    if any(c.lower_ not in RELATIVE_PRONOUNS for c in objects(verb)):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(_relative(t) for s in subjects for t in s.subtree):
        return False  # "leaders who met", "the group, whose members met": the noun meets
    if any(c.tag_ == WH_ADVERB_TAG for c in verb.children):
        return False  # "when the party meets", "where he met": a time or place, not whom
    met = [verb.head, *prep_objects(verb.head, {"of"})]  # "a group of close friends that I met"
    private = [m for m in met if m.pos_ != "PROPN" and people(m)]
    return bool(private) and not any(_party_noun(m) for m in met)


def _party_noun(noun: Token) -> bool:
    """A political title ("the officials he met") or a group of a sector other than the
    public's ("the rebels he met", "the militants"), met as a party, not as people known."""
    return noun.lemma_.lower() in political_titles() or noun.lower_ in PARTY_GROUPS


def _relative(word: Token) -> bool:
    """A relative pronoun or determiner: "who", "that", "whose"."""
    return word.lower_ in RELATIVE_PRONOUNS or word.tag_ == WH_POSSESSIVE_TAG


def _talks_about_a_topic(verb: Token) -> bool:
    """ "he talks about how his forces must be ready", "talking of 100,000 cases": no one;
    parties joined as its subject talk with each other ("Obama and Putin talked about Syria")."""
    about = prep_objects(verb, word_set("content_preposition"))
    partnered = any(is_agent(t) for t in talk_partners(verb)) or joined_subject_marks(verb)
    return bool(about) and not partnered


def _as_opposed_to(verb: Token) -> bool:
    """A comparison, not opposition."""
    return any(c.lower_ == "as" and c.i < verb.i for c in verb.children) and not has_subject(verb)


def _interviewed_by_others(verb: Token) -> bool:
    """ "detectives interviewed the driver", "was interviewed by the FBI": questioning by
    law enforcement is a step of an investigation (ACCUSE); a reporter's or an employer's
    interview is press or everyday contact."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for a in verb.children if a.dep_ == "agent" for p in a.children]
    return not any(law_enforcement(d) for d in doers)


def _backs_off(verb: Token) -> bool:
    """ "did not back down", "backs them up": a phrasal verb, not backing someone (the
    parser may label the particle an adverb)."""
    return any(
        c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES) for c in verb.children
    )


def _goes_off_with_no_device(verb: Token) -> bool:
    """ "the alarm went off", "a fire ripped through the hall": the blast verb's own particle
    ("went off", not "goes after Trump", criticism) with no device set off (`no_device`)."""
    particle = BLAST_PARTICLES[verb.lemma_.lower()]
    own = any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == particle for c in verb.children)
    return own and no_device(verb)


def _forecasts(verb: Token) -> bool:
    """ "Bad things are going to happen, Trump warned", "warned that the economy would slow":
    a warning that names no addressee and tells of no one's act is a forecast, not a threat."""
    children = list(verb.children)
    if any(c.dep_ in {"dobj", "dative", "xcomp"} for c in children):
        return False
    if prep_objects(verb, {"against", "of", "about", "with"}):
        return False
    clauses = [c for c in children if c.dep_ in REPORTED_CLAUSE_DEPS]
    subjects = [s for c in clauses for s in clause_subjects(c)]
    return bool(clauses) and not any(is_agent(s) or deters(s) for s in subjects)


def _forewarns(verb: Token) -> bool:
    """A warning that foretells or advises, not threatens: of no one's act, of a hazard, of what
    a thing will do or of what its addressee should do (`events.forewarned`); one of another
    party's act blames it (`warned_parties`)."""
    tells = (_forecasts, hazard_warning, warns_of_a_thing, foretells_no_act, advises_its_addressee)
    return any(test(verb) for test in tells)


def _charges_a_price(verb: Token) -> bool:
    """ "whatever Trump charged his campaign", "charged his campaign $40,000": charging an amount
    is a price; an accusation charges someone ("charged him with murder", "charged that")."""
    if prep_objects(verb, {"with"}) or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    amounts = [t for c in verb.children if c.dep_ != "nsubj" for t in c.subtree]
    return any(not is_agent(o) or o.tag_ == WH_DETERMINER_TAG for o in objects(verb)) or any(
        t.ent_type_ == "MONEY" for t in amounts
    )


def _strikes_at(verb: Token) -> bool:
    """ "strike at the heart of": an idiom, not a walkout."""
    return bool(prep_objects(verb, {"at"})) and not objects(verb)


def _accepts_no_act(verb: Token) -> bool:
    """A role, money or a thing no party put forward taken up: no agreement with anyone."""
    return _takes_up(verb) or accepts_no_act(verb)


def _takes_up(verb: Token) -> bool:
    """ "accepts the party nomination", "accepted the award": taking up a role, no agreement;
    nor is money taken ("accepted $200,000 in donations", `giving.takes_money`)."""
    return any(o.lemma_.lower() in ROLES_TAKEN for o in objects(verb)) or takes_money(verb)


EVERYDAY = {  # trigger lemma: (the sense's name, the test for it)
    "meet": ("meets no one", _meets_no_one),
    "talk": ("talks about a topic", _talks_about_a_topic),
    "offer": ("offers no act", offers_no_act),
    "agree": ("agrees with a statement", agrees_with_a_view),
    "oppose": ("as opposed to", _as_opposed_to),
    **dict.fromkeys(REFUSING, ("declines to comment", refuses_nothing)),
    "ask": ("asks a question", asks_a_question),
    "request": ("asks for anonymity", asks_for_anonymity),
    "discuss": ("asks for anonymity", discusses_unnamed),
    "fire": ("removes from a post", fired_unnamed),
    "appeal": ("attracts", attracts),
    "interview": ("press contact", _interviewed_by_others),
    "press": ("asks for nothing", attracts),
    "challenge": ("asks for nothing", challenges_nothing),
    "encourage": ("asks for nothing", attracts),
    "back": ("phrasal verb", _backs_off),
    "explode": ("no device", no_device),
    "detonate": ("no device", no_device),
    "go": ("no device", _goes_off_with_no_device),
    "rip": ("no device", _goes_off_with_no_device),
    "shoot": ("idiom", surges),
    "blow": ("idiom", surges),
    "warn": ("forecast", _forewarns),
    "fight": ("abstract fight", abstract_fight),
    "clash": ("abstract fight", abstract_fight),
    "battle": ("abstract fight", abstract_fight),
    "strike": ("idiom", _strikes_at),
    "accept": ("accepts no act", _accepts_no_act),
    "assure": ("is sure", being_sure),
    "reassure": ("is sure", being_sure),
    "donate": ("political giving", political_giving),
    "charge": ("charges a price", _charges_a_price),
    "rule": ("keeps an option open", refused_exclusion),
    "stand": ("stands by no one", stands_by_no_one),
    "fund": ("political giving", political_giving),
    "finance": ("political giving", political_giving),
}


def _strikes_a_thing(match: TriggerMatch) -> bool:
    """ "strike the right balance", "struck a chord": a walkout has no object; a strike that
    hits people or targets is an attack (`attack_senses`), not a protest."""
    verb = match.head
    return (
        match.code.type == PROTEST
        and verb.lemma_.lower() == "strike"
        and any(not is_agent(o) for o in objects(verb))
    )


def everyday_sense(match: TriggerMatch) -> str | None:
    """The name of the everyday sense a trigger is used in, if any."""
    if not match.nominal and _strikes_a_thing(match):
        return "idiom"
    if trades(match):
        return "trade"
    if obliges_no_one(match):
        return "obliges no one"
    if _unlisted_particle(match):
        return "phrasal verb"
    if match.code.type in ARMED_TYPES and not match.nominal and natural_harm(match.head):
        return "natural death"
    if destroys_records(match) or animals_struck(match):
        return "done to no one"
    if match.nominal:
        if _idiom(match.head) or ailment(match.head):
            return "idiom"
        if no_second_blast(match.head):
            return "no device"
        if political_gift(match):
            return "political giving"
        return "electoral standing" if electoral_standing(match.head) else None
    if match.head.lemma_.lower() == "ask" and asks_for_anonymity(match.head):
        return "asks for anonymity"
    name, check = EVERYDAY.get(match.head.lemma_.lower(), ("", None))
    if name == "phrasal verb" and len(match.span) > 1:
        return None  # "backed down" is a lexicon phrase of its own (CONCEDE), not "back" misread
    return name if check is not None and check(match.head) else None


def _unlisted_particle(match: TriggerMatch) -> bool:
    """ "knock Rubio out of the race", "knock him back", "strike the law down": a particle
    makes a phrasal verb with a sense of its own; the lexicon lists the phrasal verbs that are
    events ("pull out", "turn down"), so such a particle outside the matched words is another
    sense. Not for force ("shot down a bomber": the force stays) nor "up to 16 advisers", nor
    a refusal read with its particle ("will not give up an inch", `events.withheld`) nor a
    party's wrong pointed out (`events.exposed_wrongs`)."""
    if match.nominal or len(match.span) > 1 or match.code.type in ARMED_TYPES:
        return False
    if withheld_code(match.head) or exposed_code(match.head):  # "pointed out his failures"
        return False
    if match.head.lemma_.lower() in RETORTS:
        return False  # "fired back at Clinton": a retort, read by `attack_senses`
    particles = [c for c in match.head.children if c.dep_ in VERB_PARTICLE_DEPS]
    return any(c.lower_ in SENSE_PARTICLES for c in particles) and not along_route(match.head)


def _idiom(noun: Token) -> bool:
    """ "a big deal", "a great deal of money", "a good deal": size or value, no agreement."""
    return noun.lemma_.lower() == "deal" and any(
        c.dep_ == "amod" and c.lower_ in {"big", "huge", "great", "good", "bigger"}
        for c in noun.children
    )
