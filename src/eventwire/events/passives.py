"""Passive clauses and their doers: the "by" phrase, also when a coordinated participle holds it.

News often coordinates two passive participles on one victim and names the doer once, after the
second: "an expert kidnapped and presumed killed by Khmer Rouge guerrillas", "were arrested and
charged by police". Both acts have that doer; the parse hangs the "by" phrase on the second
participle only, so the first would otherwise read as a passive with no doer. A passive harm
with no "by" phrase may name its doer in a "when" clause: "15 people were injured when police
charged the march" (the police hurt them).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.appended_reports import hung_subject
from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import LIGHT_VERBS, is_agent, pronoun_owner, word_rows, words
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import FILING, NAMING
from eventwire.lexicons import word_set
from eventwire.parse.deps import AUXILIARY_DEPS, GIVEN_NAME_DEPS, PASSIVE_DEPS
from eventwire.parse.nlp import PARTY_ENTITIES, read_once
from eventwire.parse.subjects import clause_subjects, has_subject
from eventwire.parse.tags import GERUND_TAG, NOUN_POS, PARTICIPLE_TAG, PAST_TENSE_TAG, VERB_POS

# Words that may stand between two coordinated participles ("kidnapped and presumed killed").
LINKS = {"cc", "advmod", "neg", "punct"}
COMPARISON_MARKS = words("event_words.tsv", "comparison_mark")  # "as expected"
ISSUING = FILING | words("event_words.tsv", "issuing")  # filed, signed
CHARGING = words("event_arguments.tsv", "charging")  # accuse, charge, suspect, convict
DEED_PREPS = word_set("charge_preposition")  # "charged with fraud", "convicted of treason"
FRAME_PREPS = word_set("frame_preposition")  # "was criticized for her speeches by X"
OFFICE_EXITS = words("event_words.tsv", "office_exit")  # resign, step down: done by who leaves
PARTAKING = words("event_arguments.tsv", "partaking")  # engaged, involved, embroiled
OWN_COMPLEMENTS = {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd"}  # an active verb's


@read_once  # the role, scope and confidence rules each ask it of the same verbs
def is_passive(verb: Token) -> bool:
    """Whether the verb's subject is what was done to, not the doer ("was arrested", "an
    expert kidnapped"): its doer can then only be a "by" phrase."""
    if reduced_passive(verb) or participial_passive(verb) or raised_passive(verb):
        return True
    passive = any(c.dep_ in PASSIVE_DEPS for c in verb.children)
    return passive or coordinated_passive(verb)


def partakers(verb: Token) -> list[Token]:
    """ "The ministry is engaged in an effort to broker a truce": a stative participle of taking
    part, with no doer named, is said of its subject, who does what the effort or talks aim at
    (the parse at times hangs that subject on the "is" before the participle)."""
    if verb.lemma_.lower() not in PARTAKING:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ in AUXILIARY_DEPS)]
    return [subject for head in heads for subject in clause_subjects(head)]


def coordinated_passive(verb: Token) -> bool:
    """ "was arrested and charged by police": a participle coordinated with a passive, with no
    subject or auxiliary of its own, is passive on the first one's subject too."""
    own = any(c.dep_ in AUXILIARY_DEPS for c in verb.children)
    form = _participle(verb) or _objectless_past(verb)
    joined = verb.dep_ == "conj" and form and _no_subject(verb) and not own
    return joined and is_passive(verb.head)


def _objectless_past(verb: Token) -> bool:
    """ "was charged in 2014 and extradited to Virginia", "was arrested and deported": a verb
    the parse tags past tense after a "be" passive, with no object or clause of its own, is
    the passive's second participle (one with an object, "was charged and denied the charge",
    is active, and so is leaving an office: "was criticized and resigned from the committee")."""
    told = any(c.dep_ in OWN_COMPLEMENTS for c in verb.children)
    if verb.lemma_.lower() in OFFICE_EXITS:
        return False
    be_passive = any(c.dep_ == "auxpass" for c in verb.head.children)
    return verb.tag_ == PAST_TENSE_TAG and be_passive and not told


def raised_passive(verb: Token) -> bool:
    """ "51 people were reported killed", "two aid workers are feared kidnapped": a bare past
    participle completing a passive report tells what was done to the report's subject."""
    own = any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    head = verb.head
    reported = head != verb and any(c.dep_ == "auxpass" for c in head.children)
    return verb.dep_ in {"xcomp", "oprd"} and verb.tag_ == PARTICIPLE_TAG and not own and reported


@read_once
def reduced_passive(verb: Token) -> bool:
    """ "an expert kidnapped by guerrillas": a past participle modifying a noun; not one with a
    subject or auxiliary of its own ("claims that agents had pressured them": a tensed clause)."""
    hung = verb.dep_ == "acl" and verb.tag_ == PARTICIPLE_TAG
    own = any(c.dep_ in {"nsubj", "aux"} for c in verb.children)
    return hung and not own and hung_subject(verb) is None  # not "..., a group protested"


def participial_passive(verb: Token) -> bool:
    """ "Aided by young voters, the senator won", "says Nader, still excoriated by Democrats":
    a bare past participle adjoined to a clause tells what was done to that clause's subject,
    also after a conjunction ("could face jail if convicted"); with a subject or auxiliary of
    its own ("having criticized") or in a comparison ("as expected") it is no passive."""
    own = any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    compared = any(c.dep_ == "mark" and c.lower_ in COMPARISON_MARKS for c in verb.children)
    return verb.dep_ == "advcl" and verb.tag_ == PARTICIPLE_TAG and not own and not compared


def passive_patients(verb: Token) -> list[Token]:
    """Whom a participle without "be" was done to: the noun it modifies ("an expert
    kidnapped"), or the subject of the clause it adjoins ("Aided by voters, the senator")."""
    if reduced_passive(verb):
        return [verb.head]
    if participial_passive(verb) or raised_passive(verb):
        return clause_subjects(verb.head)
    if coordinated_passive(verb):  # "was arrested and charged": the one arrested
        first = verb.head
        return [c for c in first.children if c.dep_ == "nsubjpass"] + passive_patients(first)
    return controlled_patients(verb) or active_conjunct_subjects(verb)


def active_conjunct_subjects(verb: Token) -> list[Token]:
    """ "fled to Syria in 1998 and was arrested there", "missed the deadline but was ordered
    to release the files": a "be" passive coordinated with an active verb, with no subject of
    its own, is done to that verb's subject (else the act's target is sought elsewhere and a
    place or a bystander takes it)."""
    first = verb.head
    joined = verb.dep_ == "conj" and not has_subject(verb) and first.pos_ in VERB_POS
    if not joined or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [c for c in first.children if c.dep_ == "nsubj"]


def controlled_patients(verb: Token) -> list[Token]:
    """ "a congresswoman who survived being shot", "persuaded him to be tested": a passive
    complement ("to be", "being") with no subject of its own is done to whom its verb
    controls, that verb's object, else its subject; not a bare "be" the parse hangs on a
    participle ("told X, 'the slogan might be: Not Indicted'")."""
    own = has_subject(verb)
    infinitive = to_infinitive(verb)
    passive = [
        c for c in verb.children if c.dep_ == "auxpass" and (infinitive or c.tag_ == GERUND_TAG)
    ]
    if verb.dep_ != "xcomp" or own or not passive:
        return []
    return objects(verb.head) or clause_subjects(verb.head)


def shared_patients(verb: Token, controller: Token) -> list[Token] | None:
    """Those a verb without a subject of its own is done by when they are whom its controlling
    passive is done to, else None: an infinitive or gerund ("was accused of beating"), or an
    active verb coordinated with it ("is disliked by many but can boast"); a coordinated
    participle ("was arrested and charged") is a passive of its own, sharing the doer instead.
    A coordinated passive with no subject of its own is said of its first conjunct's ("Iraqi
    troops crossed the river and were poised to attack")."""
    if not is_passive(controller):
        return None
    if verb.dep_ not in {"xcomp", "pcomp"} and (verb.dep_ != "conj" or _participle(verb)):
        return None
    subjects = clause_subjects(controller)
    if subjects or controller.dep_ != "conj":
        return [c for c in subjects if c.dep_ == "nsubjpass"]
    return clause_subjects(controller.head)


def agents(verb: Token) -> list[Token]:
    """A passive's doers: its own "by" objects, else those of the participle coordinated
    right after it, else those the parse hung on a word after it."""
    found = own_agents(verb) or [a for p in _coordinated_participles(verb) for a in own_agents(p)]
    return (
        found
        or _gerund_agents(verb)
        or _deed_agents(verb)
        or _name_agents(verb)
        or _topic_agents(verb)
    )


def issuing_agents(noun: Token) -> list[Token]:
    """ "the suit filed by Greenpeace", "the application for asylum filed by his uncle": who
    put the paper out, by the participle of a verb that issues it hung on the noun or on its
    phrase (not "the letter reviewed by The Post")."""
    issued = [
        c
        for c in noun.subtree
        if c.dep_ == "acl" and c.tag_ == PARTICIPLE_TAG and c.lemma_.lower() in ISSUING
    ]
    return [a for c in issued for a in own_agents(c)]


def from_doers(verb: Token) -> list[Token]:
    """A passive's "from" objects as its doers ("was criticized from within the party"); not
    a place its patient owns ("was kidnapped from his store", "were driven from their homes"),
    which tells where the act took them from."""
    found = pobjs(verb, {"from"})
    return [o for o in found if pronoun_owner(o) is None]


def _gerund_agents(verb: Token) -> list[Token]:
    """ "Russia was accused of shelling the town by Ukraine": the parse hangs the passive's
    "by" phrase on the gerund after it, which, active and with its own object, has no "by"
    doer; a named party there is the passive's doer (not "by car", "by night")."""
    gerunds = [g for p in verb.children if p.dep_ == "prep" for g in p.children]
    gerunds = [g for g in gerunds if g.dep_ == "pcomp" and g.tag_ == GERUND_TAG]
    gerunds = [g for g in gerunds if objects(g)]
    return _agents_hung_on(gerunds)


def _deed_agents(verb: Token) -> list[Token]:
    """ "was charged with fraud by prosecutors", "convicted of treason by a military court":
    the parse hangs a charging passive's "by" phrase on the deed noun after it, but a deed
    has no "by" doer there; a named party in it charges (not "assault by strangulation")."""
    if verb.lemma_.lower() not in CHARGING or not is_passive(verb):
        return []
    return _agents_hung_on(pobjs(verb, DEED_PREPS))


def _name_agents(verb: Token) -> list[Token]:
    """ "were branded traitors by Castro", "was labeled a terrorist by Washington": the parse
    hangs a naming passive's "by" phrase on the name after it, but a name has no "by" doer
    there; a named party in it is the one who gave the name."""
    if verb.lemma_.lower() not in NAMING or not is_passive(verb):
        return []
    return _agents_hung_on([c for c in verb.children if c.dep_ in GIVEN_NAME_DEPS])


def _topic_agents(verb: Token) -> list[Token]:
    """ "was criticized for her speeches by Sanders", "was attacked at a rally by Trump": the
    parse hangs a passive's "by" phrase on the object of its reason, topic or place phrase; a
    party there is the passive's doer, also where the object is a thing the party made ("was
    attacked in an ad by the Cruz campaign": the maker attacks). Not through a phrase of cause
    ("because of opposition by X"), nor on an act noun, whose "by" the act's own readers take
    ("was joined at a town hall meeting by X": the meeting's)."""
    if not is_passive(verb):
        return []
    hosts = [h for h in pobjs(verb, FRAME_PREPS) if not word_rows(h.lemma_.lower(), "N", bare=True)]
    return _agents_hung_on(hosts)


def _agents_hung_on(hosts: list[Token]) -> list[Token]:
    """The "by" objects the parse hung on these words instead of on the passive, where they
    name a party (a party entity or an agent noun), not a means ("by car", "by night")."""
    named = [a for host in hosts for a in own_agents(host)]
    return [a for a in named if a.ent_type_ in PARTY_ENTITIES or is_agent(a)]


def when_doers(verb: Token) -> list[Token]:
    """The parties a passive's "when" clause has act on someone: "were injured when officers
    charged a column of students" (the officers); not "when the roof collapsed" (no object)."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and _when(c)]
    acting = [c for c in clauses if objects(c)]
    return [s for c in acting for s in c.children if s.dep_ == "nsubj" and is_agent(s)]


def _when(clause: Token) -> bool:
    return any(c.dep_ in {"advmod", "mark"} and c.lower_ == "when" for c in clause.children)


def made_by(noun: Token) -> list[Token]:
    """ "accusations made by X", "the attack carried out by Y": a support verb's participle on
    an act noun names the act's own doers in its "by" phrase; another participle's does not
    ("an attack condemned by the UN" is not the UN's)."""
    return [
        doer
        for participle in noun.children
        if reduced_passive(participle) and participle.lemma_.lower() in LIGHT_VERBS
        for doer in agents(participle)
    ]


def own_agents(verb: Token) -> list[Token]:
    """The objects of the verb's own "by" phrase, however the parse labels it (prep or agent),
    and of a "by" coordinated with it ("by economists and by Democrats")."""
    bys = [c for c in verb.children if c.dep_ == "agent" or _by_prep(c)]
    bys += [c for b in bys for c in b.children if c.dep_ == "conj" and c.lower_ == "by"]
    return [p for b in bys for p in b.children if p.dep_ == "pobj"]


def agent_told(act: Token) -> bool:
    """ "was grabbed by another man", "was killed on Monday by a single gunshot", "attacks by
    government troops": a "by" phrase the parse links to the act (a verb's agent, an act noun's
    own "by", also where the parse hangs it on the noun's "of" object: "the killing of the mayor
    by a sniper") tells its doer there, whether or not an actor names it."""
    if act.pos_ not in NOUN_POS:
        bys = [c for c in act.children if c.dep_ == "agent"]
    else:
        bys = [c for o in [act, *pobjs(act, {"of"})] for c in o.children if _by_prep(c)]
    return any(o.dep_ == "pobj" for b in bys for o in b.children)


def _by_prep(token: Token) -> bool:
    return token.dep_ in {"prep", "dative"} and token.lower_ == "by"


def _coordinated_participles(verb: Token) -> list[Token]:
    """Participles joined to the verb by "and"/"or" that have no subject of their own: its
    conjuncts, or (as the parse often has it for reduced passives) participles modifying the
    same noun whose only words between are the conjunction and other participles."""
    found = [c for c in verb.children if c.dep_ == "conj" and _participle(c) and _no_subject(c)]
    if reduced_passive(verb):
        found += [s for s in verb.head.children if s.i > verb.i and _joined(verb, s)]
    return found


def _participle(verb: Token) -> bool:
    """A past participle, or a verb the parse mistags as past tense but gives an "agent"
    phrase ("was booed and shouted down by supporters": "shouted" tagged VBD)."""
    return verb.tag_ == PARTICIPLE_TAG or any(c.dep_ == "agent" for c in verb.children)


def _joined(verb: Token, other: Token) -> bool:
    """Whether a later participle on the same noun is coordinated with the verb ("kidnapped
    and presumed killed"): an "and" of the verb's between them, and nothing but links and
    participles, so that a participle of another clause never lends its doer."""
    between = verb.doc[verb.i + 1 : other.i]
    has_and = any(t.dep_ == "cc" and t.head == verb for t in between)
    return (
        reduced_passive(other)
        and has_and
        and all(
            t.dep_ in LINKS or t.tag_ == PARTICIPLE_TAG or t.head.tag_ == PARTICIPLE_TAG
            for t in between
        )
    )


def _no_subject(verb: Token) -> bool:
    """A conjunct with a subject of its own ("was arrested and his car was seized by police")
    tells its own act, whose doer need not be the first one's."""
    return not has_subject(verb)
