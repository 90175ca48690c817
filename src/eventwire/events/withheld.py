"""A refusal told as a negated future: "would not take part", "will not be blackmailed".

"Toledo said he would not take part in the runoff", "the party will not participate in the
talks": a party announcing that it will not join a process refuses it, and "I will not be
blackmailed", "will not be intimidated by X" refuse what another presses for (a bare "we will
not be bullied" refuses nothing named: resolve, no event). So do "I will not sign a budget
that ...", refusing a bill or a rule put to the speaker (signing one into law is no event, so
nothing negated would fold into a refusal), "would not trade their rights for a deal",
refusing an exchange offered, and "Mexico would not pay for a wall", "will not remove his
star", refusing to hand over or undo what another party asks for. All are REJECT (CAMEO 120)
by the one who says it, though no verb is a trigger: taking part is no event of its own, and
being coerced would code the subject as the one coerced. Only the announced future counts (a
modal "will"/"would", or "is not going to"): "did not take part in the robbery" denies a deed.
Barring others' hostile acts ("will not allow any group to use our soil to launch attacks
against Afghanistan") is no refusal but a security pledge to the party named (AGREE, CAMEO
030), told by the same negated future.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.events.cameo_codes import INTENT_TO_COOPERATE, REJECTION
from eventwire.events.lexicon import is_agent, words
from eventwire.events.participant_sets import Sides, other_sides
from eventwire.events.passives import agents
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import MOTIONS
from eventwire.lexicons import word_set
from eventwire.parse.arguments import of_objects
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import NOUN_TAG
from eventwire.parse.tenses import going_future

if TYPE_CHECKING:  # the trigger search imports this module; the role reader imports it back
    from eventwire.events.participants import RoleReader

JOINING = words("event_words.tsv", "joining")  # participate; "take part"
PRESSED = words("event_words.tsv", "pressed")  # blackmail, intimidate, bully, coerce
COWING = words("event_words.tsv", "cowing")  # intimidate, bully: no demand of their own
ENACTING = words("event_words.tsv", "enacting")  # sign, approve: a bill or a rule
ENACTED = MOTIONS | words("event_words.tsv", "regulation")
VOTED = ENACTED | words("event_words.tsv", "voted_measure")  # "would not vote on the reform"
CEDING = words("event_words.tsv", "ceding")  # give (up), cede: land
CEDED = words("event_words.tsv", "ceded")  # inch, territory, land
BARTERING = words("event_words.tsv", "bartering")  # trade, swap: one thing "for" another
PERMITTING = words("event_words.tsv", "permitting")  # allow, permit, let
HANDING = words("event_words.tsv", "handing")  # pay, remove: what another asks for
UNHANDED = words("event_words.tsv", "unhanded")  # "pay attention", "pay a visit": nothing handed
ANYONE = {"any", "anyone", "anybody", "no"}
# The only lemmas `withheld_code` can fire on: the verbs each refusal (or the pledge) names.
REFUSABLE = (
    frozenset(phrase.split()[0] for phrase in JOINING)
    | PRESSED
    | PERMITTING
    | ENACTING
    | BARTERING
    | CEDING
    | HANDING
)
FUTURE = word_set("future_aux")  # will, 'll, wo ("won't" is "wo" + "n't")


def withheld_code(verb: Token) -> str | None:
    """REJECT's code when the verb announces that its subject will not join or yield."""
    if not _announced_refusal(verb):
        return None
    if _joining(verb) or (_passive(verb) and verb.lemma_.lower() in PRESSED and _pressed(verb)):
        return REJECTION
    if _barred_hostility(verb):
        return INTENT_TO_COOPERATE
    refused = _handed(verb) or _enacted(verb) or _bartered(verb) or _ceded(verb)
    return REJECTION if refused else None


def _handed(verb: Token) -> bool:
    """ "Mexico would not pay for a wall", "we are not going to pay any single cent", "will not
    remove Cosby's star": a party that will not hand over or undo what another asks for refuses
    it; "the policy would not pay out" (a phrasal verb, no party), "wouldn't be paid" (done to
    the subject) and "will not pay attention" (nothing handed) refuse nothing."""
    if verb.lemma_.lower() not in HANDING or _passive(verb) or verb_phrase_in(verb, UNHANDED):
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    owner = verb.head if _going_to(verb) else verb
    return any(is_agent(s) for s in clause_subjects(owner))


def _ceded(verb: Token) -> bool:
    """ "will not give up a single inch of its territory", "would never cede our land": yielding
    land claimed by another is refused (the object or its "of" phrase names the land)."""
    if verb.lemma_.lower() not in CEDING:
        return False
    given = objects(verb)
    given += [o for g in given for o in of_objects(g)]
    return any(g.lemma_.lower() in CEDED for g in given)


def _barred_hostility(verb: Token) -> bool:
    """ "will not allow any group to use our soil against Afghanistan": anyone's acts aimed
    "against" a party, not to be let happen; "will not permit US troops to act against the
    cartels" bars one party named, which refuses it."""
    clauses = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    aimed = any(t.lower_ == "against" for c in clauses for t in c.subtree if t.dep_ == "prep")
    let = [t for c in clauses for t in [*verb.children, *c.children] if "subj" in t.dep_]
    let += objects(verb)  # "allow any group to use"
    return aimed and verb.lemma_.lower() in PERMITTING and any(map(_anyone, let))


def _anyone(party: Token) -> bool:
    """ "any group", "anyone", "no country": no party in particular."""
    words = {party.lower_} | {c.lower_ for c in party.children if c.dep_ == "det"}
    return bool(words & ANYONE)


def _enacted(verb: Token) -> bool:
    """ "will not sign a budget that cuts schools", "would not vote on the bill": a bill or a
    rule to be signed or passed."""
    signed = [c.lemma_.lower() for c in objects(verb)]
    on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]  # "vote on the bill"
    voted = [o.lemma_.lower() for p in on for o in p.children if o.dep_ == "pobj"]
    listed = any(o in ENACTED for o in signed) or any(o in VOTED for o in voted)
    return verb.lemma_.lower() in ENACTING and listed


def _bartered(verb: Token) -> bool:
    """ "would not trade the pensions of retirees for a tax deal": an exchange, one thing
    given "for" another."""
    given = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]  # "for" may hang
    exchanged = any(t.dep_ == "prep" and t.lower_ == "for" for t in [*verb.children, *given])
    return verb.lemma_.lower() in BARTERING and exchanged


def defiance_sides(reader: RoleReader, verb: Token, cameo: str) -> Sides | None:
    """ "will not be blackmailed by Congress": the passive subject refuses, the "by" object is
    whom it refuses; None for any other trigger."""
    if cameo != REJECTION or not _passive(verb) or verb.lemma_.lower() not in PRESSED:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    actors = [p for s in subjects for p in reader.phrase(s)]
    return actors, other_sides(actors, [p for a in agents(verb) for p in reader.phrase(a)])


def pledge_sides(reader: RoleReader, verb: Token, cameo: str) -> Sides | None:
    """ "will not allow any group to use our soil against Kabul": the subject pledges to the
    party the barred acts would be "against"; None for any other trigger."""
    if cameo != INTENT_TO_COOPERATE or withheld_code(verb) != INTENT_TO_COOPERATE:
        return None
    actors = [p for s in verb.children if s.dep_ == "nsubj" for p in reader.phrase(s)]
    clauses = [t for c in verb.children if c.dep_ in COMPLEMENT_DEPS for t in c.subtree]
    against = [o for t in clauses if t.lower_ == "against" for o in t.children if o.dep_ == "pobj"]
    return actors, other_sides(actors, [p for o in against for p in reader.phrase(o)])


def _pressed(verb: Token) -> bool:
    """ "will not be blackmailed", "will not be bullied by Moscow": something refused, a demand
    (blackmail presses one) or a named presser; a bare "we will not be bullied" is resolve."""
    if verb.lemma_.lower() not in COWING:
        return True
    into = any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)
    named = [a for a in agents(verb) if not (a.pos_ == "PRON" and a.tag_ == NOUN_TAG)]  # "anyone"
    return into or any(is_agent(a) for a in named)


def _announced_refusal(verb: Token) -> bool:
    """ "will not take part", "are not going to pay": a future negated, by a modal or by "going
    to"."""
    if _going_to(verb):
        return any(c.dep_ == "neg" for c in verb.head.children)
    return any(c.dep_ == "neg" for c in verb.children) and foretold(verb)


def _going_to(verb: Token) -> bool:
    """ "we are not going to pay": the verb is the infinitive of a progressive "go" that tells
    what is to come."""
    return verb.dep_ == "xcomp" and going_future(verb.head)


def foretold(verb: Token) -> bool:
    """ "will", "would": the verb tells what is announced to come."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children)


def _joining(verb: Token) -> bool:
    """ "participate in", "take part in" (the object "part" names the joining)."""
    return verb.lemma_.lower() in JOINING or verb_phrase_in(verb, JOINING)


def verb_phrase_in(verb: Token, phrases: frozenset[str]) -> bool:
    """Whether the verb's lemma with its object's ("take part", "bear consequence") is listed."""
    return any(f"{verb.lemma_.lower()} {o.lemma_.lower()}" in phrases for o in objects(verb))


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)
