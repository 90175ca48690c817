"""A stance toward an act told before is aimed at that act's doer.

"Reno denied the request", "the ministry welcomed the proposal": a definite act noun with no
participants of its own refers back (`anaphora.refers_back`) to the latest earlier act of its
kind in the article (the latest told by the same word where there is one), and rejecting,
accepting, backing or criticising it is aimed at whoever made it (the requester, the proposer),
as event coders code such replies. A noun for any act ("condemned the decision", "welcomed the
move") names the latest act with doers told just before it. Blame told from the side of the
thing blamed ("the move drew condemnation from X", `received`) is aimed at that act's doer too.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.anaphora import latest_told, refers_back, told_by, told_objects
from eventwire.events.lexicon import word_cameos, words
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE, AGREE, REJECT, REQUEST, SUPPORT
from eventwire.events.received import blamed_things
from eventwire.events.sentences import sentence_start_back
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import ORDERED_ACTS
from eventwire.lexicons import word_set
from eventwire.model import Event, Modality, Participant
from eventwire.parse.deps import EXTRAPOSED_DEPS

STANCES = {REJECT, AGREE, SUPPORT, ACCUSE}  # replies to another party's act
# "appealed the decision", "asked to review the move": a plea against an act told before,
# addressed to its doer (the court that ruled), who may have ruled by a stance ("upheld")
PLEAS = {REQUEST}
MIN_STEM, STEM_ENDING = 4, 2  # "seiz|e" and "seiz|ure" share all but the verb's last 2
IRREGULAR_STEM = 3  # "exp|el", "exp|ulsion"
POINTING = word_set("pointing_pronoun")  # a pronoun standing for the act just told
UNDONE = {Modality.NEGATED, Modality.HYPOTHETICAL}  # acts a pronoun cannot stand for
ACT_REFERENCES = words("event_words.tsv", "act_reference")  # "the decision", "the move"


def answered_doers(event: Event, head: Token, told: list[Event]) -> list[Participant]:
    """The doers of the earlier act a stance's object refers back to, if any; a stance noun's
    object is its "of" phrase ("tweeted their approval of the filibuster")."""
    if event.type not in STANCES | PLEAS or event.recipients:
        return []
    passed = PLEAS if event.type in PLEAS else STANCES
    told = _other_acts(head, told)
    things = objects(head)
    things += pobjs(head, {"of"}) if head.pos_ == "NOUN" else []  # "their approval of the veto"
    things += blamed_things(head) if event.type == ACCUSE else []  # "the move drew criticism"
    for obj in (o for o in things if refers_back(o)):
        earlier = _referred(obj, told, frozenset(passed))
        if earlier is not None:
            return [p.model_copy() for p in earlier.actors]
    pointer = _pointing_subject(head) if event.type == ACCUSE else None
    done = [e for e in told if e.modality not in UNDONE]  # "It was offensive": no act undone
    earlier = _latest_act(pointer, done, frozenset()) if pointer is not None else None
    return [p.model_copy() for p in earlier.actors] if earlier is not None else []


def _other_acts(head: Token, told: list[Event]) -> list[Event]:
    """The earlier acts a stance may answer: not one told by its own word ("the Council
    condemned the bombing ... It condemns the attacks" tells the same condemnation again, and
    aims it at no one new)."""
    word = head.lemma_.lower()
    return [e for e in told if told_by(e, head.doc) != word]


def _pointing_subject(verb: Token) -> Token | None:
    """ " 'Of course it's not appropriate,' Cruz said", " 'That is a disgrace,' she said": the
    pronoun a reported verdict is passed on stands for the act just told, whose doer it
    blames (`deictic_verdicts` reads the verdict)."""
    subjects = [
        s
        for clause in verb.children
        if clause.dep_ == "ccomp"
        if not any(c.dep_ in EXTRAPOSED_DEPS for c in clause.children)  # "it's crazy that ..."
        for s in clause.children
        if s.dep_ == "nsubj" and s.lower_ in POINTING
    ]
    return subjects[0] if subjects else None


def _referred(obj: Token, told: list[Event], passed: frozenset[str]) -> Event | None:
    """The latest earlier act with doers that an act noun may name, told by the same word
    where one was ("denounced the attack" after "his attack", not after "investigated"); the
    same word or its verb names it whatever type its sense there took ("condemned the raid"
    after "police raided the offices", "welcomed the seizure" after "seized", "condemned the
    expulsion" after "expels": a row of its word shares the noun's CAMEO code, though the
    verb's object chose another); or the act an earlier one had as its object ("condemned the
    closure" after "ordered the closure of two stations": aimed at the one who ordered it), if
    the noun names an act: a thing acted on ("vetoed a bill ... opposed the bill") is no act of
    the one who acted on it."""
    if obj.lemma_.lower() in ACT_REFERENCES:
        return _latest_act(obj, told, passed)
    rows = noun_triggers(obj)
    kinds, codes = {t.code.type for t in rows}, {t.code.cameo for t in rows}
    word = obj.lemma_.lower()
    acted = bool(rows) or word in ORDERED_ACTS  # "opposed the bill" after "vetoed a bill": no act

    def fits(earlier: Event) -> bool:
        verb = told_by(earlier, obj.doc)
        kind = earlier.type in kinds and _kind_fits(earlier.type, kinds, passed)
        named = kind or _derived(word, verb) or _same_code(codes, word, verb)
        ordered = acted and word in told_objects(earlier, obj.doc)  # "ordered the closure"
        return (named or ordered) and bool(earlier.actors)

    return latest_told(told, obj, fits)


def _kind_fits(kind: str, kinds: set[str], passed: frozenset[str]) -> bool:
    """Whether an earlier act of the noun's kind may be the act it names by kind alone: a
    reply (a stance) may, only where every sense of the noun is a reply ("dismissed the
    criticism" after "slammed"); a noun with a sense of its own deed ("condemned the attacks":
    the bombing, not the verbal attack) does not name the reply told before it ("Iran
    condemned the bombing. Syria condemned the attacks" is no blame of Iran)."""
    return kind not in passed or kinds <= passed


def _latest_act(obj: Token, told: list[Event], passed: frozenset[str]) -> Event | None:
    """ "Turkey expelled two envoys. The Netherlands condemned the move": a noun for any act
    names the latest act with doers told in its sentence or the one before, not a stance
    toward another (praise of a move is no step of its own; a verdict's pronoun passes none:
    "X rejected the deal. 'That is a disgrace'"); an older act is another topic."""
    floor = sentence_start_back(obj, 1)
    acts = [e for e in told if e.sentence.start >= floor and e.type not in passed and e.actors]
    return acts[-1] if acts else None


def _derived(noun: str, verb: str) -> bool:
    """Whether an act noun is the verb's own nominal: the same word, or the verb's stem but
    for its last letters ("seizure" of "seize", "closure" of "close", "invasion" of "invade");
    "protest" is no nominal of "protect"."""
    pairs = enumerate(zip(noun, verb, strict=False))
    shared = next((i for i, (a, b) in pairs if a != b), min(len(noun), len(verb)))
    return bool(verb) and shared >= max(MIN_STEM, len(verb) - STEM_ENDING)


def _same_code(codes: set[str], noun: str, verb: str) -> bool:
    """Whether the earlier trigger's word is the noun's irregular verb: it opens like the noun
    ("expel", "expulsion") and a lexicon row of it has one of the noun's codes (not "leave",
    whose rows share a code with "attack")."""
    opens = verb[:IRREGULAR_STEM] == noun[:IRREGULAR_STEM]
    return opens and not word_cameos(verb).isdisjoint(codes)
