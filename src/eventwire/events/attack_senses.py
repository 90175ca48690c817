"""An attack, raid or strike word read in its sentence: an attack told in words is criticism, a
raid by police is coercion, a strike told with weapons is an armed attack. `extract` recodes
every match through `attack_sense`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.codes import group_lexicon, organization_lexicon, role_heads
from eventwire.events.cameo_codes import AIR_STRIKE, ARREST, CRITICISM
from eventwire.events.combat_senses import figurative
from eventwire.events.harming_acts import OCCASION_PREPS
from eventwire.events.idioms import armed_word
from eventwire.events.lexicon import (
    CONDUCT,
    DEVICES,
    VIOLENCE,
    is_agent,
    is_person,
    mentions,
    word_types,
    words,
)
from eventwire.events.light_verbs import act_doers, light_verb
from eventwire.events.occasions import occasion_doers
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ACCUSE, ASSAULT, PROTEST
from eventwire.events.protest_senses import STOPPAGES
from eventwire.events.retorts import retort, retort_at_words
from eventwire.events.sense import VERBAL_ATTACKS
from eventwire.events.side_takers import side_taker
from eventwire.events.verb_arguments import patients, prep_nouns
from eventwire.events.verbal_force import answered_alone, topics
from eventwire.events.word_classes import CONTENDERS, FITNESS, MILITARY_TARGETS, PREMISES
from eventwire.known_names import known_actor_rows, politician_forenames
from eventwire.lexicons import word_set
from eventwire.parse.deps import (
    COMPOUND_DEPS,
    CORE_ARGUMENT_DEPS,
    DOER_DEPS,
    PREMODIFIER_DEPS,
    VERB_PARTICLE_DEPS,
)
from eventwire.parse.forms import in_words, word_and_lemma
from eventwire.parse.nlp import PLACE_ENTITIES
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import GERUND_TAG, NAME_OR_PRONOUN_POS
from eventwire.sectors import POLICE

CRITICISED = CONDUCT | FITNESS  # "attacks on his record", "attacks on her character"
PUBLICATIONS = words("event_words.tsv", "publication")  # "the article attacked Christie"
TARGET_PREPS = word_set("aim_preposition")
RAIDS = words("event_words.tsv", "raid")
SPOKEN = words("event_words.tsv", "spoken_attack")  # "personal attacks", "media attacks"
POINTING = word_set("pointing_pronoun")  # it, this, that: no party attacked
ABUSE = words("event_words.tsv", "abusive_speech")  # insults, trolling, mudslinging
ATTACKER_DEPS = COMPOUND_DEPS | {"poss"}  # "the Romney attack", "Sanders' attack"


def attack_sense(match: TriggerMatch) -> TriggerMatch:
    """The match recoded by what its sentence tells of the attack, raid or strike."""
    return _armed_strike(_by_police(_in_words(match)))


def _in_words(match: TriggerMatch) -> TriggerMatch:
    """ "Christie attacked Rubio", "attacks on her record", "fired back at Clinton": an attack
    with no weapon, wound or armed actor in its sentence, or a retort, aimed at a person or at
    what one says or does, is criticism (ACCUSE), as event coders code a verbal attack. So is
    one by a named person or a politician with no target told ("Sanders' attack was designed
    to raise questions"), and one its own modifier or a joined noun of abuse tells is made in
    words ("personal attacks", "the attacks and the insults"), and a verb whose doer also
    blames in a joined verb ("attacked the officers and blamed ..."):
    people fight with words where the sentence tells no violence."""
    worded = figurative(match) or _at_persons_conduct(match) or _blamed_for(match)
    worded = worded or _marked_as_speech(match) or _joined_to_blame(match)
    verbal = worded and match.head.lemma_.lower() in VERBAL_ATTACKS
    attackers = act_doers(match.head)
    targets = _targets(match.head)
    own = [t for t in attackers if t.dep_ in DOER_DEPS]  # not "an attack by X"
    by_person = verbal and not targets and bool(own) and all(map(is_person, own))
    aimed = (verbal or retort(match)) and any(_criticisable(t) for t in targets)
    aimed = aimed or (verbal and bool(topics(match.head, _criticisable)))  # "attacks about"
    told = any(map(_spoken, match.head.children)) or _marked_as_speech(match)
    told = told or _among_abuse(match.head)
    spoken = verbal and match.nominal and told
    alone = answered_alone(match, targets) and bool(own)  # "Perez hit back, saying ..."
    if not (aimed or by_person or spoken or alone):
        return match
    answered = retort_at_words(match)
    speakers = [t for t in attackers if _speaker(t) or (alone and is_person(t))]
    if attackers and not (answered or speakers or spoken):  # "alone" has its own attackers;
        return match  # "Beijing launched a verbal assault on Taipei" is words, whoever speaks
    return match.recoded(CRITICISM)


def _at_persons_conduct(match: TriggerMatch) -> bool:
    """ "her attacks on Sanders' record on guns", "attacks on Clinton's judgment about troops":
    an attack noun aimed at what a named person says or does is made in words, whatever weapon
    or soldier the sentence also names (the record is about guns; no one shoots a record).
    A word that may be a military target ("Savimbi's positions") is no sure sign of words."""
    if match.code.type != ASSAULT or not match.nominal:
        return False
    return any(
        t.lemma_.lower() in CRITICISED - MILITARY_TARGETS
        and any(c.dep_ == "poss" and is_person(c) for c in t.children)
        for t in _targets(match.head)
    )


def _blamed_for(match: TriggerMatch) -> bool:
    """ "attacked President Obama for being too tough on guns", "attacked Clinton for her
    support of military action": a person attacked "for" what they do or did is blamed in
    words, whatever weapon the blamed conduct names; a time ("for the second time") is no
    conduct, and a group or a place attacked is left to the sentence's other words."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in VERBAL_ATTACKS:
        return False
    if not any(is_person(t) for t in _targets(head)):
        return False
    reasons = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(_conduct(r) for p in reasons for r in p.children)


def _joined_to_blame(match: TriggerMatch) -> bool:
    """ "she attacked the officers and blamed the shootings on bias", "criticized the plan and
    attacked its author": an attack verb joined to a verb that only blames, with one doer for
    both, is made in words, whatever violence the blamed thing names; an armed force, a place
    or a building attacked keeps the attack armed ("troops attacked the town and blamed the
    rebels", "protesters attacked the embassy and blamed Washington")."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in VERBAL_ATTACKS:
        return False
    if any(_struck_thing(t) for t in _targets(head)):
        return False
    return any(_blames(c) and _one_doer(head, c) for c in head.conjuncts)


def _struck_thing(target: Token) -> bool:
    """A target only arms hit: a place, an armed force or a building ("the embassy")."""
    return target.ent_type_ in PLACE_ENTITIES or armed_word(target) or in_words(target, PREMISES)


def _blames(verb: Token) -> bool:
    """A verb whose only act is blame or criticism ("blamed", "mocked", "criticized")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and word_types(lemma, "V", single=True, bare=True) == {ACCUSE}


def _one_doer(first: Token, second: Token) -> bool:
    """Two joined verbs of one doer: at most one of them has a subject of its own."""
    return not (has_subject(first) and has_subject(second))


def _conduct(reason: Token) -> bool:
    """What someone does, as a "for" phrase tells it: a gerund ("for failing"), a conduct
    noun ("for his record") or a thing a person owns ("for her ties to Wall Street")."""
    if reason.dep_ == "pcomp":
        return reason.tag_ == GERUND_TAG
    if reason.dep_ != "pobj":
        return False
    owned = any(c.dep_ == "poss" and c.pos_ in NAME_OR_PRONOUN_POS for c in reason.children)
    return owned or reason.lemma_.lower() in CRITICISED - MILITARY_TARGETS


def _marked_as_speech(match: TriggerMatch) -> bool:
    """ "his caustic attacks on Islam", "The Romney attack hit Trump", "any Trump attacks on the
    foundation": an attack noun its own words mark as speech, by a modifier of speech or a
    campaign figure named as its maker, is made in words whatever the rest of its sentence
    tells (the troops in "endangering troops with his caustic attacks" are not its weapons);
    not one whose own phrase tells violence or aims at a place or an armed force."""
    head = match.head
    if match.code.type != ASSAULT or not match.nominal:
        return False
    if not any(_spoken(c) or _campaigner(c) for c in head.children):
        return False
    if not figurative(match, _own_clause(head)):
        return False
    return not any(t.ent_type_ in PLACE_ENTITIES or armed_word(t) for t in _targets(head))


def _own_clause(noun: Token) -> list[Token]:
    """The attack noun's phrase and the word it hangs on with that word's subject and object:
    "Bush's attack on the regime killed thousands" tells its violence there; a joined clause
    ("and he responded as if hurt") or a phrase beside it tells of something else."""
    governor = noun.head
    arguments = [c for c in governor.children if c.dep_ in CORE_ARGUMENT_DEPS and c is not noun]
    return [*noun.subtree, governor, *(t for c in arguments for t in c.subtree)]


def _campaigner(modifier: Token) -> bool:
    """A politician named as the maker of an attack noun ("the Romney attack", "Sanders'
    attacks"), by a surname whose forename the story also writes ("Mitt Romney"): a campaign
    figure's attacks are speech; a gunman or a place sharing the surname is no politician."""
    if modifier.dep_ not in ATTACKER_DEPS:
        return False
    forenames = politician_forenames().get(modifier.text)
    return bool(forenames) and any(t.text in forenames for t in modifier.doc)


def _spoken(modifier: Token) -> bool:
    """A modifier that tells an attack is made in words ("personal", "media", "scathing")."""
    forms = word_and_lemma(modifier)  # "media" is lemmatised "medium"
    return modifier.dep_ in PREMODIFIER_DEPS and bool(forms & SPOKEN)


def _among_abuse(noun: Token) -> bool:
    """ "the attacks and the insults", "vicious trolling and attack": an attack noun joined
    only to nouns of abusive speech is one more thing said, as its partners are; one partner
    of another kind ("vandalism, slurs and attacks") leaves the attacks unread as words."""
    partners = noun.conjuncts  # the whole coordination, however the parse chains it
    return bool(partners) and all(in_words(t, ABUSE) for t in partners)


def _by_police(match: TriggerMatch) -> TriggerMatch:
    """ "police raided two homes", "an FBI raid", "agents seized the boy in a raid": a raid by
    police or other law enforcement is coercion (COERCE), not an armed assault."""
    if match.code.type != ASSAULT or match.head.lemma_.lower() not in RAIDS:
        return match
    doers = act_doers(match.head) + [c for c in match.head.children if c.dep_ == "compound"]
    doers += _raiders(match)
    if not any(law_enforcement(t) for t in doers):
        return match
    return match.recoded(ARREST)


def _raiders(match: TriggerMatch) -> list[Token]:
    """Those who acted in the raid a noun names as their act's occasion: the subject of the verb
    whose "in"/"during" phrase holds it ("agents took the boy in a pre-dawn raid")."""
    head = match.head
    if not match.nominal or head.dep_ != "pobj" or head.head.lower_ not in OCCASION_PREPS:
        return []
    return occasion_doers(head)


def _armed_strike(match: TriggerMatch) -> TriggerMatch:
    """ "cruise missiles struck targets in Sudan", "strikes against terrorist camps": a strike
    told with weapons, armed actors or military targets is an attack (CAMEO 195), not a
    walkout. A strike noun's targets are its own phrase's: workers "at the plant went on
    strike" hold a walkout."""
    head = match.head
    if match.code.type != PROTEST or head.lemma_.lower() not in STOPPAGES:
        return match
    hit = mentions(head, MILITARY_TARGETS, list(head.subtree) if match.nominal else ())
    if not (hit or mentions(head, VIOLENCE | DEVICES)):
        return match
    return match.recoded(AIR_STRIKE)


def law_enforcement(token: Token) -> bool:
    """A police force, law-enforcement agency or its officers ("the FBI", "detectives")."""
    organization = organization_lexicon().get(token.text)
    if organization is not None:
        return organization.sector == POLICE
    name = token.doc[token.left_edge.i : token.i + 1].text.removeprefix("the ")
    return group_lexicon().get((token.lower_,)) == POLICE or bool({token.text, name} & _police())


@cache
def _police() -> frozenset[str]:
    """Names and aliases of the known law-enforcement agencies ("FBI", "Scotland Yard")."""
    rows = known_actor_rows("organization")
    return frozenset(
        form for row in rows if row.sector == POLICE for form in (row.name, *row.aliases)
    )


def _targets(head: Token) -> list[Token]:
    """Whom an attack is aimed at: the object, the passive subject, "on/against" someone,
    also after a particle ("fired back at Clinton") or on the light verb that puts the attack
    noun out ("waging attacks on Clinton": the parser may hang the "on" on the verb)."""
    return patients(head) + [p for aimer in _aimers(head) for p in prep_nouns(aimer, TARGET_PREPS)]


def _aimers(head: Token) -> list[Token]:
    """The words whose "on"/"against" phrase aims an attack word: the word itself, its
    particle and a noun's light verb (the parse may hang the noun's phrase on the verb)."""
    particles = [c for c in head.children if c.dep_ in VERB_PARTICLE_DEPS]
    verb = light_verb(head) if head.pos_ == "NOUN" else None
    return [head, *particles, *([verb] if verb is not None else [])]


def _speaker(token: Token) -> bool:
    """Someone who speaks for oneself or an organisation: a person, party, outlet or rival; a
    known person's surname whatever entity the tagger gave it ("Rubio fired back"); people
    named by the side they take ("his backers are waging sexist attacks on her"): they argue."""
    return (
        token.ent_type_ in {"PERSON", "ORG", "LAW"}  # "an attack on the Second Amendment"
        or is_person(token)
        or side_taker(token)
        or (token.pos_ == "PRON" and token.lower_ not in {"it", "they", "them"})
        or token.lemma_.lower() in role_heads()
        or token.lemma_.lower() in CONTENDERS | PUBLICATIONS  # "rival's", "the article"
    )


def _criticisable(token: Token) -> bool:
    """A person, party or outlet, or something one says or does ("his record"), or what a
    speaker owns or a person names ("her qualifications", "the Koch brothers")."""
    if token.ent_type_ in PLACE_ENTITIES:
        return False
    return (
        token.ent_type_ in {"PERSON", "ORG", "LAW"}  # "an attack on the Second Amendment"
        or is_person(token)  # "fired back at Christie", read by the tagger as an organisation
        or (token.pos_ == "PRON" and token.lower_ not in POINTING)
        or token.lemma_.lower() in CRITICISED | CONTENDERS  # "his rival", "a friend"
        or token.lemma_.lower() in role_heads()
        or (is_agent(token) and token.pos_ != "PRON")  # "attacks on illegal immigrants"
        or any(_owner(c) for c in token.children)
    )


def _owner(modifier: Token) -> bool:
    """A speaker owning the thing ("her record") or a person naming it ("the Koch brothers";
    not an organisation naming an occasion, "the LA Pride event")."""
    named = modifier.dep_ == "compound" and modifier.ent_type_ == "PERSON"
    return named or (modifier.dep_ == "poss" and _speaker(modifier))
