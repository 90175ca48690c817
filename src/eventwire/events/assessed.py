"""Event words that a sentence weighs rather than tells.

"The ministry's pledge is as solid as a sandcastle", "the war is a reminder that ...",
"the raids are widely seen as reprisals", "a warning serves as a reminder": an
agreement, appeal or act named as the subject of a judgement in the present is talked about,
not reported; so is fault weighed ("who is to blame"), where no one blames anyone. A judgement
of degree weighs even an act whose parties are named ("the accession of Poland is the clearest
sign that ..."): the sentence grades it, it does not report it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.evaluative import names_someone
from eventwire.events.lexicon import CONFLICTUAL, words
from eventwire.events.particular_acts import placed_or_dated
from eventwire.events.patterns import TriggerMatch
from eventwire.events.valences import STRONG
from eventwire.events.verdict_words import verdict
from eventwire.events.word_classes import LINKING, NAMING
from eventwire.model import Participant
from eventwire.parse.deps import COMPLEMENT_OR_OBJECT_DEPS, PREDICATE_DEPS
from eventwire.parse.subjects import ACTIVE_SUBJECT_DEPS, has_subject
from eventwire.parse.tags import (
    COMPARATIVE_TAG,
    GERUND_TAG,
    MODAL_TAG,
    PRESENT_TAGS,
    SUPERLATIVE_TAG,
)
from eventwire.parse.tenses import has_tense

ASSESSING = words("event_words.tsv", "assessing")  # "is recognized as", "is seen as"
DEGREE = words("event_words.tsv", "degree")  # "as solid as", "too costly"
EQUATING = words("event_words.tsv", "equating")  # "doing X is saying Y", "means Y"
GRADES = {COMPARATIVE_TAG, SUPERLATIVE_TAG}  # comparative, superlative
NAMED_DEPS = COMPLEMENT_OR_OBJECT_DEPS
EFFECTS = words("event_words.tsv", "effect")  # "has brought about changes", "will consolidate"
ACT_SUBJECTS = ACTIVE_SUBJECT_DEPS  # "the entry will consolidate", "extending it helps"
WANTING = words("event_words.tsv", "wanting")  # lack, need: "the bill lacks support"
SAID_WORDS = words("event_words.tsv", "retorted_words")  # remark, tweet, speech: words said


def assessed(match: TriggerMatch, actors: list[Participant], recipients: list[Participant]) -> bool:
    """An event noun judged in the present, or named as what something is ("this appears to have
    been a carefully planned raid"), with no one named doing it ("the Chile-Peru drills are
    important" tells the drills); acts of force are told without parties ("the attack was
    ..."), so for them only one with no party named at all is read as weighed. A strong verdict
    in any tense weighs any act but force, also one whose doer is named ("Ryan's refusal to
    back him was not a good thing"): who did it says whose act is judged. An act named
    with its place or date ("it was the worst attack on our soil since 9/11") is told, unless
    the naming is hedged ("what appears to be an attack in Nice")."""
    head = match.head
    if not match.nominal:
        return False
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_.lower() in LINKING and _strong_verdict(match):
        return True  # "Ryan's refusal to back him was not a good thing": whoever's act it is
    if actors:  # "Poland's accession is the clearest sign": graded, not told; force is told
        return match.code.type not in CONFLICTUAL and head.dep_ == "nsubj" and _graded_be(head)
    if match.code.type in CONFLICTUAL and recipients:
        return False
    if head.dep_ == "attr":  # "is a reminder that ...", not "there were complaints"
        existential = any(c.dep_ == "expl" for c in verb.children)
        said = match.code.type not in CONFLICTUAL and _said_as(verb)  # "the tweet was a dig"
        told = (placed_or_dated(head) or said) and verb.dep_ != "xcomp"  # not "appears to be"
        return verb.lemma_.lower() in LINKING and not existential and not told
    if not _present(verb):
        return False
    if head.dep_ == "nsubjpass":
        return verb.lemma_.lower() in ASSESSING
    serves = verb.lemma_.lower() == "serve" and any(c.lower_ == "as" for c in verb.children)
    return head.dep_ == "nsubj" and (serves or _graded_be(head))


def _graded_be(subject: Token) -> bool:
    """ "is more important", "is perhaps the clearest demonstration": the subject of a present
    "be" whose predicate is graded."""
    verb = subject.head
    if verb.lemma_.lower() != "be" or not _present(verb):
        return False
    return any(_graded(c) for c in verb.children if c.dep_ in PREDICATE_DEPS)


def effect_weighed(match: TriggerMatch) -> bool:
    """ "Hungary's accession has brought about changes", "the entry will consolidate the
    region's security", "extending membership would stabilize it": an act that is the subject
    of what it brings about, in the present or the future, is weighed, not reported (an act
    of force that "killed" or "destroyed" is told; so is "the visit was designed to")."""
    head = match.head
    verb = head.head
    if match.code.type in CONFLICTUAL or head.dep_ not in ACT_SUBJECTS:
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    effect = lemma in EFFECTS or f"{lemma} {particle}" in EFFECTS or _effect_aimed(verb)
    return effect and (_present(verb) or _future(verb))


def _effect_aimed(verb: Token) -> bool:
    """ "extending membership helps to stabilize the region", "will serve to strengthen": the
    effect told by the verb's infinitive complement."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in EFFECTS for c in verb.children)


def _strong_verdict(match: TriggerMatch) -> bool:
    """ "the deal with Iran was a dangerous mistake", "the accord is a disaster": a strongly
    valued predicate, in any tense, makes its subject the topic of a verdict, not news; an act
    of force stays told ("the attack was a cowardly act")."""
    if match.code.type in CONFLICTUAL:
        return False
    verb = match.head.head
    predicates = [c for c in verb.children if c.dep_ in PREDICATE_DEPS]
    return any(abs(verdict(p)) >= STRONG for p in predicates)


def wanted(match: TriggerMatch) -> bool:
    """ "the bill lacks bipartisan support", "the plan needs the support of Congress": an act
    that its subject lacks or needs is one not done."""
    head = match.head
    return match.nominal and head.dep_ == "dobj" and head.head.lemma_.lower() in WANTING


def _future(verb: Token) -> bool:
    """ "will consolidate", "would strengthen": a modal tells an effect to come."""
    return any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in verb.children)


def _graded(predicate: Token) -> bool:
    """ "as reliable as a campaign promise", "more important", "the clearest demonstration": a
    judgement of degree; "is ongoing", "is subject to approval" tell the event's course or
    terms."""
    graded_noun = any(c.dep_ == "amod" and c.tag_ in GRADES for c in predicate.children)
    return (
        predicate.tag_ in GRADES
        or graded_noun
        or any(c.lower_ in DEGREE for c in predicate.children)
    )


def judged_doing(match: TriggerMatch) -> bool:
    """ "Scrapping the fishing accords and closing the ports would be reckless",
    "attacking Iran is a mistake": a gerund that is the subject of a judgement, that a naming
    verb names, or that a judgement is, names a course of action and weighs it."""
    head = match.head
    while head.dep_ == "conj":
        head = head.head
    verb = head.head
    judged = any(c.dep_ in PREDICATE_DEPS for c in verb.children)
    gerund = not match.nominal and head.tag_ == GERUND_TAG and head.dep_ == "csubj"
    return (
        (gerund and verb.lemma_.lower() in LINKING and judged)
        or _named_doing(match)
        or _judged_course(match)
    )


def _judged_course(match: TriggerMatch) -> bool:
    """ "the only mistake in politics is to apologize", "the best answer is to negotiate": an
    infinitive that a judged subject is names the course weighed, not one taken."""
    head, verb = match.head, match.head.head
    if match.nominal or head.dep_ != "xcomp" or not to_infinitive(head):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    judged = any(abs(verdict(s)) >= STRONG or _graded(s) for s in subjects)
    return verb.lemma_.lower() in LINKING and judged


def _named_doing(match: TriggerMatch) -> bool:
    """ "calls extending membership into the east a movement in the wrong direction", "called
    sending troops a mistake": a gerund a naming verb names is the course weighed (the parse
    hangs it as the verb's complement or object); so is an act noun it names ("called the
    country's entry a historic step", "called the bombing an act of terror"): the naming is
    the verdict, the act its topic, not told again."""
    head = match.head
    gerund = not match.nominal and head.tag_ == GERUND_TAG and head.dep_ in NAMED_DEPS
    if gerund and head.head.lemma_.lower() in NAMING:
        return True
    return match.nominal and head.dep_ == "dobj" and names_someone(head.head)


def equated(match: TriggerMatch) -> bool:
    """ "to suggest he is tough is saying he is competent", "praising Bush is saying he is
    right": a clause that "is saying" or "means" another equates two claims; no one says
    either. The parse hangs the first clause as the subject or as an infinitive before it."""
    head = match.head
    if match.nominal:
        return False
    if head.dep_ == "csubj" and head.head.lemma_.lower() in EQUATING:
        return True
    children = list(head.children)
    if head.lemma_.lower() not in EQUATING or has_subject(head):
        return False
    return any(
        c.dep_ == "csubj" or (c.dep_ == "advcl" and c.i < head.i and to_infinitive(c))
        for c in children
    )


def fault_weighed(match: TriggerMatch) -> bool:
    """ "who is to blame", "the agency is partly to blame": being at fault is a judgement; the
    act has a blamer as its subject ("Obama blamed Congress")."""
    head = match.head
    copula = head.head
    return (
        not match.nominal
        and head.lemma_.lower() == "blame"
        and head.dep_ == "xcomp"
        and copula.lemma_.lower() == "be"
    )


def _present(verb: Token) -> bool:
    """A verb in the present, itself or by its auxiliary ("is", "are recognized")."""
    return has_tense(verb, PRESENT_TAGS)


def _said_as(verb: Token) -> bool:
    """ "the tweet was a dig at the governor", "his remarks were a rebuke of the policy": words
    someone said, named as an act of words, are that act told, not a thing weighed."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in SAID_WORDS for s in subjects)
