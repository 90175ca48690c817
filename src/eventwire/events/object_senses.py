"""Triggers whose form or object gives a sense that is no act.

"the campaign's release announcing the hire" is a press release, no freeing of anyone; "the
tactics deployed by the party", "deployed his charm" mobilise no forces (PLOVER's MOBILIZE moves
troops, police, arms or people), nor do people sent to work who bear no arms ("deployed paid
staff to the primary states", "diplomats stationed overseas") unless a state or an armed body
sends them to a place ("the United States deployed 300 advisers to Iraq"); nor does "pulled
out her credentials" withdraw any; "made a fortune consulting for overseas clients" is a line
of work (one consults "with" a party); "a reminder of how ...", "is a reminder that ..."
recalls a fact and asks no one to act ("a reminder to pay" does); "credits the change to a
defection" puts a thing down to its cause, praising no one; "crack down on illegal
immigration" is a policy against a practice, no repression of anyone; "executed a marketing
campaign", "beat the odds" and "rounded up a sampling of reactions" carry out, pass or gather
a thing, killing, beating or arresting no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon, role_lexicon
from eventwire.events.antecedents import stand_in
from eventwire.events.cameo_codes import (
    ALERT,
    ARREST,
    BEATING,
    CONSULTATION,
    FORCE_DEPLOYMENT,
    KILLING,
    REPRESSION,
)
from eventwire.events.lexicon import (
    CONTEST,
    DEVICES,
    MILITARY,
    VIOLENCE,
    is_agent,
    person_nouns,
    words,
)
from eventwire.events.modes import RELEASE
from eventwire.events.named_causes import ATTRIBUTING, CAUSE_PREPS
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import RETREAT
from eventwire.events.verb_arguments import patients
from eventwire.lexicons import word_set
from eventwire.parse.deps import PARTICIPLE_MODIFIER_DEPS, PREMODIFIER_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import PLACE_ENTITIES, STATE_ENTITY, TIME_ENTITIES
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.tags import GERUND_TAG, NOUN_TAG, PARTICIPLE_TAG, PAST_TENSE_TAG
from eventwire.sectors import MILITARY as ARMY
from eventwire.sectors import POLICE, REBELS, SPIES

DEPLOYING = words("event_words.tsv", "deploying")  # deploy, station: not "strengthen the border"
PULLING = words("event_words.tsv", "pulling")  # pull out, withdraw: not "pull out a win"
SURRENDERING = words("event_words.tsv", "surrendering")  # not "surrendered its authority"
# city, land, an airport or a fort held ("surrendered the fort")
GROUND = frozenset().union(
    *(words("event_words.tsv", c) for c in ("ground", "ceded", "military_target", "held_ground"))
)
YIELDED = words("event_words.tsv", "yielded_measure")  # "withdrew the sanctions" eases them
FORCE_WORDS = MILITARY | VIOLENCE | DEVICES
MUSTERING = {ALERT, FORCE_DEPLOYMENT}  # "an alert", "a mobilization", "a buildup"
ARMED_MODIFIERS = words("event_words.tsv", "armed_modifier")  # "a security alert"
STAFF = words("event_words.tsv", "staff")  # staff, aides: a party's own people, of no sector
ARMED_SECTORS = {ARMY, POLICE, REBELS, SPIES}  # those whose deployment is a show of force
ENVOY_ROLES = word_set("envoy_role")  # ambassador, envoy, diplomat: posted, no force
DESTINATION_PREPS = {"to", "in", "into"}  # "deployed advisers to Iraq", "stationed in Haiti"
PRESS = {"press", "news"}  # "a press release", "a news release"
TOLD_FORM_TAGS = {PAST_TENSE_TAG, PARTICIPLE_TAG, GERUND_TAG}  # "the press released", "releasing"
# "a reminder to pay", "that it must cooperate": an infinitive or a modal of duty
OBLIGING = {"to"} | words("modality_words.tsv", "obligation")
PEOPLE_ENTITIES = {"PERSON", "NORP", "ORG", "GPE", "CARDINAL"}
BODILY_HARM = {ARREST, BEATING, KILLING}  # acts done to a body: "arrested", "beat", "executed"
CARRIED_OUT = words("event_words.tsv", "carried_out")  # a plan, the odds, a sampling
OWNER_ENTITIES = {"PERSON", "NORP", "ORG"}  # a modifier naming whose a thing is


def press_release(match: TriggerMatch) -> bool:
    """A release noun named as the press's or followed by what it announces."""
    head = match.head
    if match.code.mode != RELEASE:
        return False
    if _misread_press_compound(head):
        return True
    if not match.nominal:
        return False
    kinds = [c for c in head.children if c.dep_ in PREMODIFIER_DEPS]
    telling = [c for c in head.children if c.dep_ == "acl" and c.tag_ == GERUND_TAG]
    return bool(telling) or any(c.lower_ in PRESS for c in kinds)


def _misread_press_compound(head: Token) -> bool:
    """A base-form release right after a common press noun: "the news release his adviser
    issued" parses as "news" releasing the adviser, yet the two words are one compound ("the
    press released the names" keeps its past tense and its sense)."""
    before = head.nbor(-1) if head.i > head.sent.start else None
    return (
        before is not None
        and before.lower_ in PRESS
        and before.tag_ == NOUN_TAG
        and head.tag_ not in TOLD_FORM_TAGS
    )


def deploys_no_force(match: TriggerMatch) -> bool:
    """A verb of deploying whose object is neither people nor arms."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in DEPLOYING:
        return False
    deployed = _with_conjuncts(patients(head))  # "deployed medics and soldiers"
    if head.dep_ in PARTICIPLE_MODIFIER_DEPS:
        deployed.append(head.head)
    if not deployed or any(map(_names_a_force, deployed)):
        return False
    return not (_sent_by_a_power(head) and any(map(_people_sent, deployed)))


def _sent_by_a_power(verb: Token) -> bool:
    """ "The United States deployed 300 advisers to Iraq", "the army deployed advisers to
    Haiti": a named state or an armed body that sends its people to a named place posts them
    there as its force, whatever arms they bear (PLOVER's MOBILIZE); a campaign or an agency
    sending its staff ("deployed paid staff to the primary states") posts none."""
    senders = [c for c in verb.children if c.dep_ == "nsubj"]
    powers = any(s.ent_type_ == STATE_ENTITY or _armed_body(s) for s in senders)
    places = pobjs(verb, DESTINATION_PREPS)
    return powers and any(t.ent_type_ in PLACE_ENTITIES for t in places)


def _armed_body(token: Token) -> bool:
    """A common noun for an armed body or its people ("the army", "the police")."""
    return group_lexicon().get((token.lower_,)) in ARMED_SECTORS


def _people_sent(token: Token) -> bool:
    """Unarmed people sent ("300 advisers", "contractors"), not a thing ("his charm") nor
    envoys ("stationed diplomats in Somalia"), whom a state posts to deal with another."""
    kinds = [c for c in token.children if c.dep_ in PREMODIFIER_DEPS]
    role = role_lexicon().get((token.lemma_.lower(),))
    return _unarmed_people(token, kinds) and not (role and role.role in ENVOY_ROLES)


def musters_no_force(match: TriggerMatch) -> bool:
    """A mobilising or alert noun whose kind or "of" object names neither force nor arms: "a
    health alert", "the mobilization of 12 million doses of Tamiflu" ready medicine, no force
    ("a troop buildup", "the mobilization of reservists", "an arms buildup" stay, and so do "a
    security alert" of the police, "the border buildup", where forces gather, and "the
    deployment of THAAD", a name it cannot judge)."""
    head = match.head
    if not match.nominal or match.code.cameo not in MUSTERING:
        return False
    kinds = [
        c
        for c in head.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and not in_words(c, GROUND)
    ]
    mustered = _with_conjuncts(pobjs(head, {"of"}))
    if any(t.pos_ == "PROPN" or t.is_upper for t in mustered):  # "Patriot", "THAAD"
        return False
    readied = [*kinds, *mustered]
    return bool(readied) and not any(
        in_words(t, ARMED_MODIFIERS) or _names_a_force(t) for t in readied
    )


def pulls_out_no_force(match: TriggerMatch) -> bool:
    """A withdrawing verb whose direct object is no force, people or arms: "pulling out her
    credentials" and "pulled out the race card" take a thing out, "withdrew that bill" takes
    one's own paper back, no withdrawal; "pulled out its troops", "withdrew the sanctions" and
    "pulled out of the talks" (no object) stay."""
    head = match.head
    if match.nominal or match.code.type != RETREAT or head.lemma_.lower() not in PULLING:
        return False
    pulled = [stand_in(c) for c in head.children if c.dep_ == "dobj"]
    return bool(pulled) and not any(_pulled_force(t) for t in pulled)


def quits_a_contest(match: TriggerMatch) -> bool:
    """A withdrawing verb that leaves a contest or a post: "withdraw from her House reelection
    race", "pulling out of an NBC debate", "withdrawing as the director" quit a race or a job,
    no retreat from any party ("pulled out of the talks", "withdrew from Kuwait" stay, and so do
    "withdrew from Gaza as part of the deal", "pulled out as a goodwill gesture": no post; and
    "withdrew from the International Criminal Court", a body named)."""
    head = match.head
    if match.nominal or match.code.type != RETREAT or head.lemma_.lower() not in PULLING:
        return False
    # "withdrew from the International Criminal Court" leaves a body, no contest
    left = [t for t in pobjs(head, {"from", "of"}) if in_words(t, CONTEST) and t.ent_type_ != "ORG"]
    return bool(left) or any(map(_a_post, pobjs(head, {"as"})))


def _a_post(token: Token) -> bool:
    """A title or a candidacy: "as the director", "as a candidate", not "as part of the deal"."""
    roles = role_lexicon()
    return (token.lemma_.lower(),) in roles or (token.lower_,) in roles or in_words(token, CONTEST)


def surrenders_no_force(match: TriggerMatch) -> bool:
    """A surrendering verb whose direct object is no force, arms, people nor ground:
    "surrendered its authority to allies", "surrendering the contest to Cruz" give up a thing
    in a figure; "surrendered their weapons", "surrendered the town" and a bare "surrendered"
    stay."""
    head = match.head
    if match.nominal or match.code.type != RETREAT or head.lemma_.lower() not in SURRENDERING:
        return False
    given = [stand_in(c) for c in head.children if c.dep_ == "dobj"]
    joined = [t for c in given for t in c.conjuncts]  # "their passports and their weapons"
    held = any(_pulled_force(t) or _ground(t) for t in given)
    return (
        bool(given) and not held and not any(in_words(t, FORCE_WORDS) or _ground(t) for t in joined)
    )


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens' stand-ins and the words joined to them: "medics and soldiers": one force among
    them is enough."""
    return [t for token in tokens for t in (stand_in(token), *token.conjuncts)]


def _ground(token: Token) -> bool:
    """A place by name, a word for ground or a post held ("the town", "territory", "the fort"),
    also as what is controlled ("surrendered control of the city")."""
    held = [token, *pobjs(token, {"of"})]
    return any(t.ent_type_ in PLACE_ENTITIES or in_words(t, GROUND) for t in held)


def _pulled_force(token: Token) -> bool:
    """Troops, people, arms or a measure held over another party ("the sanctions"), also by a
    force word before them ("army units"); a place before a thing ("her New York credentials")
    makes no force of it."""
    kinds = [c for c in token.children if c.dep_ in PREMODIFIER_DEPS]
    forces = FORCE_WORDS | YIELDED
    return _is_force_word(token) or any(in_words(t, forces) for t in [token, *kinds])


def _names_a_force(token: Token) -> bool:
    """Troops, arms, people or a group, also by a modifier ("army reservists"); not people who
    bear no arms ("paid staff", "officials")."""
    kinds = [c for c in token.children if c.dep_ in PREMODIFIER_DEPS]
    return not _unarmed_people(token, kinds) and any(map(_is_force_word, [token, *kinds]))


def _unarmed_people(token: Token, kinds: list[Token]) -> bool:
    """A common noun for people whose sector bears no arms ("officials" GOV, "volunteers" CVL,
    "campaign staff" PTY) or a party's own staff of no sector ("paid staff", "medical staff");
    a force word before it ("military advisers") arms them."""
    if token.pos_ != "NOUN" or any(in_words(t, FORCE_WORDS) for t in [token, *kinds]):
        return False
    sectors = [group_lexicon().get((k.lower_, token.lower_)) for k in kinds]
    sectors += [group_lexicon().get((token.lower_,))]
    role = role_lexicon().get((token.lemma_.lower(),))
    sectors += [role.sector if role else None]
    known = [s for s in sectors if s]
    if known:
        return not set(known) & ARMED_SECTORS
    return in_words(token, STAFF)


def _is_force_word(token: Token) -> bool:
    return (
        is_agent(token)
        or token.ent_type_ in PEOPLE_ENTITIES
        or token.like_num
        or in_words(token, FORCE_WORDS)
    )


def works_for(match: TriggerMatch) -> bool:
    """ "consulting for overseas clients", "consults for banks": working for a client, with no
    one consulted "with"."""
    head = match.head
    if match.nominal or match.code.cameo != CONSULTATION or head.lemma_.lower() != "consult":
        return False
    preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
    return "for" in preps and "with" not in preps


def recalls_a_fact(match: TriggerMatch) -> bool:
    """A reminder noun that addresses no one and says nothing must be done ("a stern reminder
    to Iraq that it must cooperate" is an appeal)."""
    head = match.head
    if not match.nominal or head.lemma_.lower() != "reminder":
        return False
    addressed = any(is_agent(t) for c in head.children if c.lower_ == "to" for t in c.children)
    told = any(t.dep_ == "aux" and t.lower_ in OBLIGING for t in head.subtree)
    return not addressed and not told


def attributes_a_cause(match: TriggerMatch) -> bool:
    """ "credits the change to a defection of voters", "blamed the crash on bad weather", "the
    outbreak was blamed on poor sanitation": a thing put down to another thing names a cause,
    no praise or blame of a party ("credited the win to his volunteers", "blamed the attack
    on Hamas", "blamed Obama's policies on the Fed" name one). The cause is the one blamed or
    credited, so a party's own deed or fortune put down to a thing ("blamed his loss on a broken
    machine", "credited her rival's win to a late surge") is an excuse, no blame of it."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in ATTRIBUTING:
        return False
    objects = patients(head)
    objects += [head.head] if head.dep_ == "acl" else []  # "the crash, blamed on the weather"
    objects = [w for t in objects for w in (t, *t.conjuncts)]
    causes = _causes(head, objects)
    if not objects or not causes or any(map(_is_party, objects)):
        return False  # "blamed officials on Twitter": the party is the object
    return not any(map(_names_a_party, causes))


def _causes(verb: Token, objects: list[Token]) -> list[Token]:
    """The cause phrase's objects and their conjuncts, where the small parser hangs the phrase:
    on the verb, on the thing put down ("blamed the delay on bad weather": on "delay") or on
    the infinitive of either ("blamed his refusal to debate her on a cold": on "debate")."""
    owners = [verb, *objects]
    owners += [c for o in owners for c in o.children if _infinitive(c)]
    found = [p for o in owners for p in pobjs(o, CAUSE_PREPS)]
    return [w for t in found if t.ent_type_ not in TIME_ENTITIES for w in (t, *t.conjuncts)]


def _infinitive(token: Token) -> bool:
    """A "to" infinitive that complements a verb or a noun ("his refusal to debate")."""
    return token.dep_ in {"xcomp", "acl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def represses_a_practice(match: TriggerMatch) -> bool:
    """ "vowed to crack down on illegal immigration", "a crackdown on media freedom": repression
    aimed "on" a practice names no one it falls on; a policy, no assault ("cracked down on
    protesters", "a crackdown on Wall Street banks" name a party; "on Saturday" is a date). A
    practice is told in the singular: a plural ("cracked down on street vendors", "on
    protests") counts those it falls on, people or their acts, whether a word list knows
    them as parties or not."""
    if match.code.cameo != REPRESSION:
        return False
    aims = [stand_in(t) for t in pobjs(match.head, {"on"}) if t.ent_type_ not in TIME_ENTITIES]
    things = [w for t in aims for w in (t, *t.conjuncts)]
    counted = [t for t in things if t.tag_ in PLURAL_NOUN_TAGS]
    return bool(things) and not counted and not any(map(_names_a_party, things))


def _names_a_party(noun: Token) -> bool:
    """A party, or a thing a party owns or is named by ("the government's policies", "Wall
    Street greed", "Republican policies")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [c for c in noun.children if c.dep_ in PREMODIFIER_DEPS and _named(c)]
    return any(_is_party(t) for t in [noun, *owners])


def _named(token: Token) -> bool:
    """A name of someone or a people's adjective ("Republican", "Wall Street"); a place names
    where, not whose ("the US obesity epidemic")."""
    if token.ent_type_ in PLACE_ENTITIES:
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in OWNER_ENTITIES


def _is_party(token: Token) -> bool:
    """Someone who can act, also a common noun for people ("a contractor", "blamed the leak on
    hackers", "on immigrants"): blame laid on people is laid on a party."""
    people = token.pos_ == "NOUN" and in_words(token, person_nouns())
    return is_agent(token) or token.ent_type_ in PEOPLE_ENTITIES or people


def harms_a_plan(match: TriggerMatch) -> bool:
    """A verb of arresting, beating or killing whose objects (or passive subjects) are all
    plans, measures or tallies: "executed a marketing campaign" carries a plan out, "beat the
    odds" passes a measure, "rounded up a sampling of reactions" gathers them; none is done to
    anyone's body ("executed three hostages", "rounded up dozens of men" stay). Only the
    objects count: "executed the hostages on orders" names a plan in a phrase of its own."""
    if match.nominal or match.code.cameo not in BODILY_HARM:
        return False
    done_to = [stand_in(t) for t in patients(match.head)]
    return bool(done_to) and all(in_words(t, CARRIED_OUT) for t in done_to)
