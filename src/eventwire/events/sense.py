"""Which sense an ambiguous trigger has, read from its arguments in the parse.

"released 40 prisoners" frees people (RETREAT) but "released a report" publishes; "rallied in
the square" protests but "rallied supporters" gathers; recognising a state is diplomatic but
recognising a holiday is not; a warning that names no one and nothing is a forecast. The
arguments' entity labels and eventwire's lexicons of people and groups decide, not a list of
the words that may follow each trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.deprived import deprives
from eventwire.events.discharged import discharged
from eventwire.events.enabling import enabled_by_a_thing
from eventwire.events.evaluative import names_someone
from eventwire.events.figurative_senses import (
    figurative_sense,
    fought_over_abstractions,
    restricts_a_thing,
)
from eventwire.events.figures_judged import judges_a_figure
from eventwire.events.held_aid import held_aid
from eventwire.events.held_for import held_persons
from eventwire.events.lexicon import (
    CONDUCT,
    CONTEST,
    FILMED,
    MADE_PUBLIC,
    agent_nouns,
    is_agent,
    mentions,
    noun_triggers,
    unarmed,
    word_forms,
    words,
)
from eventwire.events.patterns import TriggerMatch
from eventwire.events.races import race_won_nearby
from eventwire.events.retorts import retort
from eventwire.events.routes import along_route, at_site
from eventwire.events.titles import in_title
from eventwire.events.verb_arguments import objects, people, prep_objects, relative_antecedent
from eventwire.events.verbal_force import armed_hand, force_answered
from eventwire.parse.nlp import NAME_ENTITIES

STATE_ENTITIES = {"GPE", "ORG", "NORP"}
PERSON_OBJECT_VERBS = words("event_words.tsv", "person_object")  # events only done to people
VICTIM_VERBS = words("event_words.tsv", "victim_object")  # their direct object must be people
COMBAT = words("event_words.tsv", "figurative")  # attack, battle: words of a race too
RECOGNITION = "054"  # CAMEO: diplomatic recognition, which is always of a state or government
DESCRIBING_DEPS = {"appos", "attr"}  # "Kopp, an anti-abortion protester": who he is, no act
INTRANSITIVE_PROTESTS = {"141"}  # demonstrate, rally, march (not "boycott the elections")
SITED_PROTESTS = words("event_words.tsv", "sited_protest")  # "picketed the ministry": its object
VERBAL_ATTACKS = words("event_words.tsv", "verbal_attack")
BODILY = words("event_words.tsv", "bodily_verb")  # "assaulted a reporter": a blow, not words
CRITICISM = "111"  # CAMEO: criticise or denounce
RACE = "contest, not violence"  # `other_sense`: a combat word that names a race
STRIKES = {"strike"}
DEVICES = words("event_words.tsv", "device")
AIR_STRIKE = "195"  # CAMEO: air strikes
OPPORTUNITIES = words("event_words.tsv", "opportunity")  # "seize the chance"
SEIZING = words("event_words.tsv", "seizing")
SHAMING = words("event_words.tsv", "shaming")  # embarrass, humiliate
GREETINGS = words("event_words.tsv", "greeting")
SHOOTING = {"shoot"}
OUTDO = words("event_words.tsv", "outdo")
GOODS = words("event_words.tsv", "goods")
REGULATED_ACTS = {"090", "051"}  # CAMEO: investigate; praise or back ("approved")
SITTINGS = words("event_words.tsv", "sitting")
RECIPROCAL_OWNERS = {"other", "another"}  # "each other's", "one another's", "the other's"
NAMING = words("event_words.tsv", "naming")  # call, label, dub: "a class called X"
VERDICTS = {"ACCUSE", "SUPPORT", "REJECT"}  # what a naming can be: blame, praise, denial
LOOKED_INTO = {"on", "into", "about", "over", "of", "for", "against"}


def other_sense(match: TriggerMatch) -> str | None:
    """The name of the reason the trigger is used in a sense that is no such event, if any."""
    return _missing_party(match) or _other_use(match)


def _missing_party(match: TriggerMatch) -> str | None:
    """The act needs a party (people released or killed, a state recognised) that is missing,
    or what it is done to is a thing ("goods checked")."""
    code, head = match.code, match.head
    if code.mode == "release" and (discharged(head) or not any(map(people, _released(match)))):
        return "releases no one"
    if _needs_people(match) and not any(people(t) or _someones(t) for t in _affected(match)):
        return "done to no one"
    if _victim_verb(match) and not any(people(t) for t in _shared_objects(head)):
        return "done to no one"  # "killed the bill"; "kill" with no one at all ("will kill")
    if restricts_a_thing(match):
        return "done to no one"  # "this video is restricted from playing"
    if match.nominal and head.lemma_.lower() in SITTINGS and not _looked_into(head):
        return "a sitting, no inquiry"
    if code.cameo in REGULATED_ACTS and _goods_only(match):
        return "goods checked"
    if code.cameo == RECOGNITION and not any(_state(o) for o in objects(head)):
        return "recognition of no state"
    return "done to no one" if judges_a_figure(match) else None  # "hailed the record streak"


def _other_use(match: TriggerMatch) -> str | None:
    """The word is used in another sense: a demonstration of a fact, a noun that says who a
    person is, a warning of nothing, a figurative fight, a greeting, a retort, an issue
    seized on."""
    code, head = match.code, match.head
    if code.cameo in INTRANSITIVE_PROTESTS and not match.nominal and _gathers_or_shows(head):
        return "protest verb with an object"
    if code.cameo in INTRANSITIVE_PROTESTS and match.nominal and _shows_a_thing(head):
        return "shows a thing"
    if match.nominal and head.dep_ in DESCRIBING_DEPS and people(head):
        return "describes a person"
    if not match.nominal and _gives_a_name(head):
        return "gives a name"
    if not match.nominal and code.type not in VERDICTS and names_someone(head):
        return "names someone"  # "called Biden a candidate for the job": no appeal
    figurative_use = figurative_sense(match)  # "made a killing", "struck a defiant tone"
    if figurative_use:
        return figurative_use
    if in_title(head):  # "said on 'Meet the Press'"
        return "a title"
    if code.type == "CONCEDE" and not match.nominal and _leave_asked(head):
        return "asks leave"
    if code.type == "CONCEDE" and not match.nominal and enabled_by_a_thing(head):
        return "enabled by a thing"  # "this allowed us to know the score"
    if code.type == "AID" and match.nominal and held_aid(head):
        return "a debt held"  # "I have student loans"
    if code.type == "THREATEN" and not match.nominal and not _threat_content(head):
        return "warning of nothing"
    raced = head.lemma_.lower() in COMBAT and mentions(head.head, CONTEST, head.head.subtree)
    if figurative(match) and raced:  # "the battle for Iowa"; shots traded hit the other side
        return RACE
    if _race_won(head) or race_won_nearby(match):
        return RACE
    if match.nominal and figurative(match) and head.lemma_.lower() not in VERBAL_ATTACKS:
        return "no violence told"  # "a battle of ideas"; an attack is told bare ("was attacked")
    if not match.nominal and figurative(match) and fought_over_abstractions(head):
        return "done to no one"  # "attack specific policies", "the rules were fought"
    if head.lemma_.lower() in SHOOTING and _films(head):
        return "films"
    if head.lemma_.lower() in GREETINGS and _greeting(head):
        return "greeting"
    if retort(match):
        return "retort"
    if force_answered(match):
        return "force answered"  # "the army hit back, shelling rebel positions"
    if code.type == "REJECT" and not match.nominal and deprives(head):
        return "withholds a right"
    if head.lemma_.lower() in SEIZING and not match.nominal and _seizes_on(head):
        return "takes up an issue"
    if head.lemma_.lower() in SHAMING and not match.nominal and not _aimed(head):
        return "shamed by an outcome"
    return None


def _aimed(verb: Token) -> bool:
    """ "trying to embarrass Clinton", "an attempt to humiliate her": shaming someone as an aim
    is a bid to discredit them; "a victory embarrassing Clinton" tells an outcome, no act."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _gives_a_name(verb: Token) -> bool:
    """ "a psychology course called 'Perception'": a naming participle on a noun for a thing,
    with the name as its complement and no doer, says what the thing is called; no one is
    called on or named to anything (a name the parse hangs it on is its doer)."""
    named = any(c.dep_ in {"oprd", "attr", "dobj"} and _a_name(c) for c in verb.children)
    doer = any(c.dep_ in {"agent", "prt"} for c in verb.children)
    thing = verb.head.pos_ == "NOUN" and not is_agent(verb.head)  # not "Trump called X a Y"
    thing = thing and not verb.doc[verb.i - 1].is_punct  # "on a show, called Trump a liar"
    return (
        verb.lemma_.lower() in NAMING
        and (verb.dep_, verb.tag_) == ("acl", "VBN")
        and thing
        and named
        and not doer
    )


def _leave_asked(verb: Token) -> bool:
    """ "Allow me to explain", "Let us be clear": an imperative with no subject that lets the
    speaker ("me", "us") do something is a turn of speech, no one is allowed anything."""
    if verb.tag_ != "VB" or any(c.dep_ in {"nsubj", "aux"} for c in verb.children):
        return False
    let = [c for c in verb.children if c.dep_ == "dobj"]
    let += [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for s in c.children]
    return any(t.dep_ in {"dobj", "nsubj"} and t.lower_ in {"me", "us"} for t in let)


def _a_name(noun: Token) -> bool:
    """A proper name or a title in quotation marks ("'Perception'", "the Free Voice")."""
    quoted = noun.i > 0 and noun.doc[noun.i - 1].is_quote
    return quoted or noun.pos_ == "PROPN" or bool(noun.ent_type_)


def figurative(match: TriggerMatch) -> bool:
    """A combat word in a sentence that tells no violence; not a verb of a blow dealt to
    someone ("allegedly assaulted a reporter"), which tells violence itself."""
    if match.code.type != "ASSAULT" or not unarmed(match.head) or _blow(match):
        return False
    return not armed_hand(match.head)  # "attacked the car with stones"


def _blow(match: TriggerMatch) -> bool:
    """A bodily verb (`event_words.tsv` class "bodily_verb") aimed at a person or body of
    people: the noun may be words ("his assault on Bush"), the verb on people is not."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in BODILY:
        return False
    struck = [stand_in(c) for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.pos_ == "PRON" or is_agent(t) for t in struck)


def _race_won(head: Token) -> bool:
    """ "Sanders Beats Hillary Clinton In Oklahoma", "Poll: Sanders Burns Clinton": beating or
    burning one name by another, where the sentence or the next speaks of a race, is winning it."""
    if not word_forms(head) & OUTDO:
        return False
    doc = head.doc
    named = 0 < head.i < len(doc) - 1 and all(_named(doc[i]) for i in (head.i - 1, head.i + 1))
    following = doc[head.sent.end : head.sent.end + 1]
    nearby = [*head.sent, *(following[0].sent if following else [])]
    return named and mentions(head, CONTEST, nearby)


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAME_ENTITIES


def _films(verb: Token) -> bool:
    """ "shot a video", "footage shot by a bystander", "the film was shot in Rome": what is shot
    is a film or a picture, so the shooting is filming it, no attack."""
    shot = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    shot += [verb.head] if verb.dep_ == "acl" else []
    return any(t.lemma_.lower() in FILMED or t.lower_ in FILMED for t in shot)


def _greeting(head: Token) -> bool:
    """ "Welcome to the season of ...", "WELCOME!", "Thank God they can fix this", "thank you
    very much,” she said": a greeting or a thanks said as a formula has no one who greets or
    thanks in its clause and no infinitive "to"; "she thanked him" and "agreed to welcome the
    refugees" are acts."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in head.children):
        return False
    return head.dep_ == "ROOT" or head.tag_ in {"VB", "VBP"}


def _seizes_on(verb: Token) -> bool:
    """ "seized on the birther controversy", "an issue seized upon by the network", "seize
    the chance": taking up an issue or an opportunity, not taking hold of people or places;
    seizing on what a party said or did ("seized on Trump's remarks") attacks it."""
    taken = objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(o.lemma_.lower() in OPPORTUNITIES for o in taken):
        return True
    seized = [p for p in verb.children if p.lower_ in {"on", "upon"}]
    conduct = any(o.lemma_.lower() in CONDUCT for p in seized for o in p.children)
    return not objects(verb) and bool(seized) and not conduct


def _victim_verb(match: TriggerMatch) -> bool:
    """A verb whose direct object, when it has one, must be people ("killed the bill" is no
    attack), and that must be done to someone; its passive and participle uses are left to the
    parse ("an expert kidnapped and presumed killed")."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in VICTIM_VERBS:
        return False
    return bool(_shared_objects(head)) or not _affected(match)


def _shared_objects(verb: Token) -> list[Token]:
    """The verb's objects, or those of the verb it is coordinated with ("kill and sacrifice
    animals")."""
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return objects(verb) or [o for c in conjuncts for o in objects(c)]


def _goods_only(match: TriggerMatch) -> bool:
    """ "the rations had not been inspected", "70 pallets of MREs were inspected and
    approved": a verb of investigating or approving done only to food, medicines or other
    wares is a regulator's check of trade; "inspected the sites", "approved the plan" and
    "analyzed samples" stay. A verb coordinated with another shares its object."""
    if match.nominal:
        return False
    head = match.head
    checked = _affected(match)
    if not checked and head.dep_ == "conj":
        checked = [c for c in head.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(checked) and all(_wares(t) for t in checked)


def _looked_into(noun: Token) -> bool:
    """ "a hearing on the bombing", "his extradition hearing", "a hearing for the suspect":
    what or whom a sitting looks into, not when or where it sits ("hearing on Thursday")."""
    named = [p for c in noun.children if c.lower_ in LOOKED_INTO for p in c.children]
    named += [c for c in noun.children if c.dep_ in {"compound", "nmod"} and not _sitting_body(c)]
    return any(t.ent_type_ not in {"DATE", "TIME"} for t in named)


def _sitting_body(token: Token) -> bool:
    """The body that sits ("a Senate Intelligence Committee hearing", "committee hearing")."""
    return token.ent_type_ in {"ORG", "NORP", "GPE"} or token.lemma_.lower() in agent_nouns()


def _wares(noun: Token) -> bool:
    """A word for goods, or a quantity of them ("70 pallets of vegetarian MREs")."""
    parts = [noun, *(p for c in noun.children if c.lower_ == "of" for p in c.children)]
    return any(t.lemma_.lower() in GOODS for t in parts)


def _gathers_or_shows(verb: Token) -> bool:
    """ "rallied supporters" gathers and "demonstrated that" shows; "picketed the ministry"
    protests at its object, which is the protested site."""
    return verb.lemma_.lower() not in SITED_PROTESTS and _shown(verb)


def _shown(verb: Token) -> bool:
    """ "rallied supporters", "tried to demonstrate that she offered a better cure": a protest
    verb with an object or a clause gathers or shows something; protesters demonstrate."""
    shown = bool(objects(verb)) and not (along_route(verb) or at_site(verb))  # "marched down Main"
    return shown or any(c.dep_ == "ccomp" for c in verb.children)


def _shows_a_thing(noun: Token) -> bool:
    """ "the clearest demonstration of the fact that ...", "a demonstration of resolve": a
    protest noun whose "of" names a thing shows it; "a rally of 5,000 farmers" and "a
    demonstration of support" (an act of its own) are protests."""
    shown = prep_objects(noun, {"of"})
    return bool(shown) and not any(people(t) or event_noun(t) for t in shown)


def event_noun(token: Token) -> bool:
    """Whether the token's lemma is a noun trigger of the event lexicon ("talks", "support")."""
    lemma = token.lemma_.lower()
    return lemma in {t.words[0] for t in noun_triggers(token)}


def _needs_people(match: TriggerMatch) -> bool:
    return not match.nominal and match.head.lemma_.lower() in PERSON_OBJECT_VERBS


def _someones(token: Token) -> bool:
    """What a person has or does: "questioned Trump's values", "her readiness"; a reciprocal
    owner is the doers themselves ("questioning each other's fitness", "the other's")."""
    return any(
        c.dep_ == "poss" and (is_agent(c) or c.lower_ in RECIPROCAL_OWNERS) for c in token.children
    )


def _threat_content(verb: Token) -> bool:
    """Whom or what a threat names: an addressee, an object, "of/against/about" something or a
    clause ("warned that ..."); "Bad things are going to happen, Trump warned" is a forecast."""
    return any(
        c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "advcl"}
        or (c.dep_ == "prep" and c.lower_ in {"of", "against", "about", "with"})
        for c in verb.children
    )


def _affected(match: TriggerMatch) -> list[Token]:
    """What an act is done to: the object, the passive subject, the noun a participle modifies
    ("a report released by the agency"), a noun event's "of" object or modifier."""
    head = match.head
    found = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass", "compound", "poss"}]
    found += [p for c in head.children if c.lower_ == "of" for p in c.children]
    if head.dep_ in {"acl", "amod"}:
        found.append(relative_antecedent(head.head) or head.head)
    if head.dep_ in {"xcomp", "oprd"} and head.tag_ == "VBN":  # "51 people were reported killed",
        # not the doer of "he is set to release a series of orders"
        found += [c for c in head.head.children if c.dep_ == "nsubjpass"]
    if match.nominal:  # "an amnesty for rebels", "granted amnesty to 300 prisoners"
        found += prep_objects(head, {"for"})
        given = [c for c in head.head.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"]
        found += [p for c in given for p in c.children] if head.dep_ == "dobj" else []
    return found + held_persons(head)  # "the man wanted for questioning"


def _released(match: TriggerMatch) -> list[Token]:
    """What a release lets out, less the things it makes public: "a Suffolk University Poll
    released Sunday" and "released the Executive Orders" publish a named thing, which the
    name's capitals would otherwise pass off as a party freed; so does the title of a work
    ("will release ''The Art of the Comeback'' in May")."""
    return [
        t
        for t in _affected(match)
        if not word_forms(t) & MADE_PUBLIC and t.ent_type_ != "WORK_OF_ART"
    ]


def _state(token: Token) -> bool:
    """A state, government or organisation, as diplomatic recognition needs."""
    return token.ent_type_ in STATE_ENTITIES or token.lemma_.lower() in agent_nouns()
