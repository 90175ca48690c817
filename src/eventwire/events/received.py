"""Blame told from the side of the one blamed: its target is the clause's subject.

"He has come under fire from Clinton", "Silverman incurred a wave of boos", "Kopp became the
subject of an international manhunt", "emerged as the focus of the investigation": the act
(criticism, a hunt, an investigation; PLOVER ACCUSE) is done *to* the subject, by whoever the
"from"/"by" object or the noun's own modifier names. The trigger lexicon reads the doer as
the subject, so these are found here, with their sides the other way round. Three shapes, all
read from the parse: a verb of receiving with a blame noun as its object ("drew criticism",
"incurred a wave of boos"; "take" and "field" only with heat, flak, criticism, fire or
attacks: "took heat from unions", not "took over the investigation") or being met or greeted
with one ("was met with mockery"), being or coming under one ("came under fire"), and being
the subject, focus or target of a pursuit or blame ("the subject of a manhunt"). Fire, attack
and heat are blame only between people and officials ("troops came under fire" is none).
Detention is told the same way ("six suspects are in custody", "was taken into custody by
police", "is serving a life sentence"): an arrest (COERCE) done to the subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.as_verdicts import authored
from eventwire.events.bestowed import GIVER_PREPS, RECEIVING, givers
from eventwire.events.cameo_codes import ARREST, CRITICISM, INVESTIGATION
from eventwire.events.lexicon import is_agent, is_person, word_rows, words
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects
from eventwire.events.verb_subjects import verb_subjects
from eventwire.events.word_classes import CONTENDERS, TIME_UNITS
from eventwire.parse.deps import through_preposition
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import PLACE_ENTITIES, TIME_ENTITIES
from eventwire.parse.tags import VERB_POS

BLAME_NOUNS = words("event_words.tsv", "blame_received")  # criticism, backlash, boos, fire
PURSUIT_NOUNS = words("event_words.tsv", "pursuit")  # investigation, manhunt, probe, search
ARMED_NOUNS = words("event_words.tsv", "blame_if_people")  # fire, attack: also gunfire
CRITICS_ONLY = words("event_words.tsv", "blame_if_critic")  # heat: from a party, never weather
FRAMES = words("event_words.tsv", "blame_frame")  # subject, focus, target (of a manhunt)
AIM_FRAMES = words("event_words.tsv", "aim_frame")  # target (for Trump)
AIMERS = {"for", "of"}  # "a frequent target for the Democratic candidates"
PROVOKING = words("event_arguments.tsv", "provoking")  # spark, provoke: "sparked criticism"
TAKING = words("event_arguments.tsv", "taking_blame")  # take, field: "took heat from unions"
TAKEN = words("event_words.tsv", "blame_taken")  # heat, flak: what "take" receives as blame
HELD_IN = words("event_words.tsv", "held_in")  # custody, arrest, bars, (serving a) sentence
HELD_PREPS = {"in", "into", "under", "behind"}
HELD_POS = {"PROPN", "PRON", "NUM"}  # a name, "he", "eight of them": people, not papers
PLACING = words("event_words.tsv", "held_placing")  # "was taken into custody": passive only
BEING = words("event_words.tsv", "held_being")  # be, remain: "remains in custody"
REPROACH = "11"  # CAMEO 11x: criticise, accuse, complain, sue (not 09x investigation)
TIME_OR_NUMBER_ENTITIES = TIME_ENTITIES | {"CARDINAL", "ORDINAL"}
GREETING = words("event_words.tsv", "met_with")  # "was met with derision", "greeted with boos"
SERVING = "serve"  # "is serving a life sentence"
RECEIVED_VERBS = (
    RECEIVING | PROVOKING | PLACING | BEING | GREETING | TAKING | {SERVING}
)  # the only verbs it reads
LONGEST = 8  # tokens from the verb to its noun: "emerged as the focus of the FBI investigation"


def received_blame(verb: Token) -> tuple[Span, str] | None:
    """The words ("came under fire", "became the subject of an international manhunt") and the
    CAMEO code of blame the verb's subject receives, else None."""
    found = _received_noun(verb)
    if found is None or not _blamed_party(verb, found):
        return None
    noun, code = found
    if not 0 < noun.i - verb.i <= LONGEST:
        return None
    return verb.doc[verb.i : noun.i + 1], code


def received_sides(reader: RoleReader, verb: Token) -> Sides | None:
    """Doers and target of a received blame whose verb is `verb`: the "from"/"by" objects and
    the noun's own modifiers ("an FBI manhunt", "Clinton's criticism") act on the subject."""
    found = _received_noun(verb)
    if found is None:
        return None
    noun = found[0]
    doers = givers(noun, verb) + agents(verb) + _aimers(noun)  # "by police", "for Trump"
    actors = reader.modifiers(noun, act=True) + [p for t in doers for p in reader.phrase(t)]
    receivers = _receivers(verb)
    if verb.lemma_.lower() in PROVOKING:  # "Pfizer's deal sparked criticism": Pfizer
        receivers = [o for s in receivers for o in _provoker(s)]
    targets = [p for s in receivers for p in reader.phrase(s)]
    return split_roles(actors, targets)


def blamed_things(verb: Token) -> list[Token]:
    """The things, not parties, that receive the blame the verb tells ("the proposal drew
    criticism", "the decision was met with outrage"): whoever made them is its target, where
    the story told it (`answered`)."""
    if _received_noun(verb) is None:
        return []
    return [s for s in _receivers(verb) if s.pos_ == "NOUN" and not is_agent(s)]


def _provoker(subject: Token) -> list[Token]:
    """Who a provoking subject stands for: a party ("Trump sparked outrage"), or the owner of
    its act or words ("Pfizer's deal", "his remarks"); a thing's topic is not blamed ("the
    report of Tyson appearing sparked backlash" is no backlash against Tyson)."""
    if is_agent(subject):
        return [subject]
    return [c for c in subject.children if c.dep_ == "poss"]


def _received_noun(verb: Token) -> tuple[Token, str] | None:
    """The blame or pursuit noun the verb's subject receives, with its CAMEO code."""
    if verb.pos_ not in VERB_POS:
        return None
    lemma = verb.lemma_.lower()
    if lemma in RECEIVING | PROVOKING:  # "drew criticism", "sparked criticism from X"
        drawn = objects(verb)
        return _blame(drawn[0]) if drawn else None
    held = _held(verb)
    if held is not None:
        return held, ARREST
    if lemma in TAKING:  # not "took the attack to Trump": carried to another
        taken = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TAKEN]
        return _blame(taken[0]) if taken and not pobjs(verb, {"to"}) else None
    if lemma in GREETING:
        met = pobjs(verb, {"with"})
        return _blame(met[0]) if met else None
    if lemma not in BEING:
        return None
    misread = _misread_participle(verb)
    if misread is not None:  # "Trump was jeered", "Cruz was widely derided"
        return misread
    under = pobjs(verb, {"under"})
    if under:
        return _blame(under[0])
    exposed = [n for c in verb.children if c.dep_ == "acomp" for n in _framed_to(c)]
    if exposed:  # "was subject to criticism from X", "has been subject to an investigation"
        return _blame(exposed[0])
    frames = [c for c in verb.children if c.dep_ == "attr"] + pobjs(verb, {"as"})
    return next((_framed(f) for f in frames if _framed(f) is not None), None)


def _receivers(verb: Token) -> list[Token]:
    """Who receives the act: the passive subject ("was taken into custody by police", also
    where the parse hangs it on a participle it read as an adjective), else the subject."""
    heads = [verb, verb.head] if verb.dep_ == "auxpass" else [verb]
    passive = [c for h in heads for c in h.children if c.dep_ == "nsubjpass"]
    return passive or verb_subjects(verb)


def _misread_participle(verb: Token) -> tuple[Token, str] | None:
    """ "Trump was jeered", "Cruz was widely derided": the tagger reads the participle of a
    rarer verb of criticism as an adjective (so no verb row matches it); after "be" it is that
    verb's passive, blame the subject receives. Only verbs whose lexicon row is criticism or
    accusation (CAMEO 11x) and needs no argument; any "-ed" ending undone ("jeered", "derided")."""
    if verb.dep_ == "auxpass" and verb.head.pos_ == "ADJ":
        participles = [verb.head]
    else:
        participles = [c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    for word in participles:
        code = _reproach_code(word.lower_)
        if code is not None:
            return word, code
    return None


def _reproach_code(participle: str) -> str | None:
    """The CAMEO code of the criticism verb an "-ed" form inflects, else None."""
    if not participle.endswith("ed"):
        return None
    stems = (participle[:-1], participle[:-2], participle[:-3])  # derided, jeered, scrapped
    rows = [t for s in stems for t in word_rows(s, "V", single=True, bare=True)]
    cameo = [t.code.cameo for t in rows if not t.required]
    return next((c for c in cameo if c.startswith(REPROACH)), None)


def _held(verb: Token) -> Token | None:
    """The detention the subject is in: "are in custody", "was taken into custody", "is
    serving a life sentence"; a verb of placing only in the passive ("took them into custody"
    is read by the trigger lexicon, its object the one held)."""
    lemma = verb.lemma_.lower()
    if lemma == SERVING:
        return next((o for o in verb.children if o.dep_ == "dobj" and o.lemma_ == "sentence"), None)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if lemma not in BEING and not (lemma in PLACING and passive):
        return None
    return next((n for n in pobjs(verb, HELD_PREPS) if n.lower_ in HELD_IN), None)


def _blame(noun: Token) -> tuple[Token, str] | None:
    """A blame noun ("criticism", "fire"), or one counted out by another ("a wave of boos");
    a pursuit noun is an investigation received ("came under investigation", "faces a probe")."""
    for candidate in [noun, *pobjs(noun, {"of"})]:
        if in_words(candidate, BLAME_NOUNS):
            return candidate, CRITICISM
        if candidate.lemma_.lower() in PURSUIT_NOUNS:
            return candidate, INVESTIGATION
    return None


def _framed(frame: Token) -> tuple[Token, str] | None:
    """ "the subject of a manhunt", "the target of criticism": what the frame noun's "of"
    object does to the subject."""
    if frame.lemma_.lower() not in FRAMES:
        return None
    verb = through_preposition(frame)  # "emerged as a target"
    own = [c for c in verb.children if c.dep_ == "nsubj"]  # "whose state is a target": state
    if _aimers(frame) and any(map(_targeted_person, own or _receivers(verb))):
        return frame, CRITICISM  # "the judge has become a central target for Trump"
    for noun in pobjs(frame, {"of"}):
        if noun.lemma_.lower() in PURSUIT_NOUNS:
            return noun, INVESTIGATION
        if _blame(noun) is not None:
            return _blame(noun)
    return None


def _aimers(frame: Token) -> list[Token]:
    """The people a target frame names as going after the subject ("a target for Trump", "the
    target of Clinton"); an attack or a manhunt there is read as the blame itself."""
    if frame.lemma_.lower() not in AIM_FRAMES:
        return []
    return [p for p in pobjs(frame, AIMERS) if is_person(p) or _candidates(p)]


def _targeted_person(subject: Token) -> bool:
    """A person as a target's subject; "the state of Wisconsin" is a campaign's target."""
    return is_person(subject) and not any(
        p.ent_type_ in PLACE_ENTITIES for p in pobjs(subject, {"of"})
    )


def _candidates(noun: Token) -> bool:
    """ "the Democratic candidates", "his rivals": the contenders who go after someone."""
    return noun.lemma_.lower() in CONTENDERS


def _framed_to(frame: Token) -> list[Token]:
    """ "subject to criticism": the frame adjective's "to" object is what the subject bears."""
    return pobjs(frame, {"to"}) if frame.lemma_.lower() in FRAMES else []


def _blamed_party(verb: Token, found: tuple[Token, str]) -> bool:
    """The one blamed can be blamed: someone who can act, not a thing ("the plan drew
    criticism" is blame of its authors, left to the noun's own reading), unless the critic is
    named ("the decision was met with outrage by exiles": blame of its authors); fire and attack
    only when a person or an official is on either side (not "troops came under fire"); the
    one detained a person or people, not papers "in the custody of the court"."""
    subjects = _receivers(verb)
    if found[1] == ARREST:  # "Ruiz was taken into custody", "eight of them are in custody"
        return any(is_agent(s) or is_person(s) or s.pos_ in HELD_POS for s in subjects)
    noun = found[0]
    doers = pobjs(noun, GIVER_PREPS) + pobjs(verb, GIVER_PREPS)
    critics = found[1] == CRITICISM and any(map(is_agent, doers))  # "met with outrage by X"
    if not (critics or any(is_agent(s) or authored(s) for s in subjects)):  # "Clinton's decisions"
        return False
    if noun.lemma_.lower() not in ARMED_NOUNS or _blamed_for(verb):
        return True
    if critics and noun.lemma_.lower() in CRITICS_ONLY:  # "took heat from a civil rights group"
        return True
    return any(is_person(t) for t in [*subjects, *doers])  # "he came under fire"


def _blamed_for(verb: Token) -> bool:
    """ "the campaign came under fire for violence at its events": fire received for a reason
    is criticism; gunfire is received for a while ("for two hours"), never for a wrong."""
    reasons = pobjs(verb, {"for"})
    return any(
        r.lemma_.lower() not in TIME_UNITS and r.ent_type_ not in TIME_OR_NUMBER_ENTITIES
        for r in reasons
    )
