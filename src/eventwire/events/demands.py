""" "X said Y must withdraw": stating what another party must do is a demand (CAMEO 100) with
no demand word; `patterns` codes it. Wanting another party to act is one too (`wishes`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.charged_clauses import rebuked
from eventwire.events.conditions import condition_marks
from eventwire.events.generic_duties import binds_no_party, named_party
from eventwire.events.held_views import OPINION
from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS, is_agent, reports, words
from eventwire.events.negation import NEGATIONS, PENDING
from eventwire.events.open_questions import question_opener
from eventwire.events.phrase_links import phrasal_lemmas, phrasal_only
from eventwire.events.planned_modality import FUTURE_MODALS
from eventwire.events.quoted_roots import quoted_root_verb
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import (
    BEFALLING,
    CEASING,
    DUTY_VERBS,
    OBLIGATION,
    PERCEIVING,
    STATE_VERBS,
)
from eventwire.lexicons import word_set
from eventwire.parse.deps import (
    COMPLEMENT_OR_OBJECT_DEPS,
    NOUN_CLAUSE_DEPS,
    PREDICATE_DEPS,
    VERB_OBJECT_DEPS,
)
from eventwire.parse.tags import (
    GERUND_TAG,
    MODAL_TAG,
    PAST_TAGS,
    WH_DETERMINER_TAG,
    WH_PRONOUN_TAG,
)
from eventwire.parse.tenses import going_future

PERFECT_DUTY = words("modality_words.tsv", "obligation_perfect")  # has got to
CLAUSE_DEPS = {"ROOT", "ccomp", "conj"}  # "all they have to do is" (relcl) binds no one
PAST = PAST_TAGS  # "had to resign", "needed to": a past necessity, no demand
FREE_CHOICE = word_set("free_choice")  # "any president would have to": anyone
DUTY_PRONOUNS = word_set("third_person_subject")  # he, she, they: a party named before
PERFECT_AUX = word_set("perfect_aux")  # have, 've, ’ve, 's: "they’ve got to"
OFFICE_EXITS = words("event_words.tsv", "office_exit")  # resign, step down, drop out
RIGHTS = words("modality_words.tsv", "permission") | words(
    "modality_words.tsv", "ability_adjective"
)
OBJECTS = COMPLEMENT_OR_OBJECT_DEPS  # "prices must stop rising": no act bidden to cease
HYPOTHETICAL = words("modality_words.tsv", "hypothetical")  # would, could, may
DUE_TIME = words("modality_words.tsv", "due_time")  # time: "it is time for Congress to act"
TIME_HOLDERS = PREDICATE_DEPS | {"nsubj"}  # "it is time for", "now is the time for"
THING_OPENERS = {WH_DETERMINER_TAG, WH_PRONOUN_TAG}  # "whatever he needs to say": a thing named


def stated_obligation(token: Token) -> bool:
    """ "X said Y must withdraw": stating what another party must do is a demand (CAMEO 100)."""
    if not reports(token):
        return False
    return any(  # "we must find them", "those who lost should": no demand on another party
        not binds_no_party(clause)
        and not rebuked(clause)  # "X should be ashamed": blame (`charged_clauses`)
        and not _no_act_asked(clause)  # "says Smith should win": an outcome, no act
        for clause in obliged_clauses(token)
    )


def _no_act_asked(clause: Token) -> bool:
    """ "should be at the top of the list", "should be president": a state is no act one can be
    asked to do; "must be ready to mediate" asks one through its adjective's infinitive, while
    "should be able (free) to use it" states a right; "you should see the crowd" tells what is
    there to see."""
    if clause.lemma_.lower() in PERCEIVING or _befalls(clause):
        return True
    if clause.lemma_.lower() not in STATE_VERBS:
        return False
    predicates = [c for c in clause.children if c.dep_ in PREDICATE_DEPS]
    if any(p.lemma_.lower() in RIGHTS for p in predicates):
        return True  # "should be able to use it": a right held, no act asked
    return not any(_act_infinitive(x) for p in predicates for x in p.children if x.dep_ == "xcomp")


def _befalls(clause: Token) -> bool:
    """ "he should get a boost", "the mayor has to contend with the charge": getting, having or
    meeting a thing is a party's lot, no act one can be asked to do; the act of "has to" is its
    infinitive; a particle or a place left makes an act ("should get out of Syria")."""
    acts = [c for c in clause.children if c.dep_ == "xcomp"] if duty_verb(clause) else [clause]
    return bool(acts) and all(_met_thing(act) for act in acts)


def _met_thing(act: Token) -> bool:
    """A verb of befalling with the thing met as its object ("get a boost", "contend with")."""
    met = any(
        c.dep_ in VERB_OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ == "with")
        for c in act.children
    )
    return met and phrasal_only(act) <= BEFALLING


def quoted_obligation(verb: Token) -> bool:
    """ "'All European states must work together.'": a quoted sentence of its own that states
    what a named party other than the speaker must do is the speaker's demand on it, as "X
    said Y must" is; "we must", "people should" and "X should be ashamed" bind no one."""
    if not quoted_root_verb(verb):
        return False
    return any(_quoted_duty(clause) for clause in [verb, *_opinions(verb), *timed_acts(verb)])


def _quoted_duty(verb: Token) -> bool:
    """A duty laid on a named party, or on "he", "she" or "they" when a verb of duty says it
    ("has got to clean this up"); a bare "he must" keeps the modal's wider senses."""
    if not states_duty(verb) or _surmised(verb) or verb.lemma_.lower() in STATE_VERBS:
        return False  # "Elian should be with his father"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = any(is_agent(s) and s.pos_ != "PRON" and named_party(s) for s in subjects)
    named = named or any(ceased_act(s) for s in subjects)  # "the violence must stop"
    laid = named or duty_verb(verb) or _going_to_duty(verb) or _exit_laid(verb, subjects)
    return laid and not binds_no_party(verb) and not rebuked(verb)


def _exit_laid(verb: Token, subjects: list[Token]) -> bool:
    """ "He should immediately resign", "she must step down": a modal laid on "he", "she" or
    "they" has no other sense than a duty when the act is leaving an office or a race."""
    return bool(phrasal_lemmas(verb) & OFFICE_EXITS) and any(
        s.lower_ in DUTY_PRONOUNS for s in subjects
    )


def _opinions(verb: Token) -> list[Token]:
    """ "I think he has got to clean this up": the clause under a first-person verb of opinion
    states the speaker's own duty on its subject, as the bare clause would."""
    if verb.lemma_.lower() not in OPINION:
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON_SUBJECTS for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "ccomp"]


def _surmised(verb: Token) -> bool:
    """ "Castro must be dreaming", "they must have known": "must" with a progressive or a
    perfect infers what is so; it lays no duty ("has got to" is a verb of duty's own perfect)."""
    if duty_verb(verb):
        return False
    perfect = any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in verb.children)
    return perfect or verb.tag_ == GERUND_TAG


def obliged_clauses(verb: Token) -> list[Token]:
    """The clauses the verb reports that state a duty ("said Y must withdraw")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [v for c in clauses for v in [*_opinions(c), *timed_acts(c)]]
    return [c for c in clauses if states_duty(c)]


def duty_clauses(clause: Token) -> list[Token]:
    """The clauses whose subjects a duty stated in `clause` binds: the act whose time has come
    ("it is time for Congress to act": Congress), else the clause itself."""
    return timed_acts(clause) or [clause]


def timed_acts(clause: Token) -> list[Token]:
    """ "It is time for Congress to act", "now is the time for all of us to stand up": the
    infinitive, with its own "for" subject, that a time said to have come for it hangs; "there
    is time for Trump to master these issues" tells a chance, no duty."""
    if clause.lemma_.lower() != "be" or not any(
        c.dep_ == "nsubj" and (c.lower_ == "it" or c.lemma_.lower() in DUE_TIME)
        for c in clause.children
    ):
        return []
    if _time_withheld(clause):
        return []
    held = [c for c in clause.children if c.dep_ in TIME_HOLDERS]
    held += [o for c in clause.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    times = [t for t in held if t.lemma_.lower() in DUE_TIME]
    acts = [a for t in times for a in t.children if a.dep_ in NOUN_CLAUSE_DEPS and _come_time(a)]
    return [a for a in acts if not _supposed(a)]


def _time_withheld(clause: Token) -> bool:
    """ "It is not time for Congress to act", "it would be time to act (if ...)": a time denied,
    or one that would come, asks no one to act now."""
    return any(
        (c.dep_ == "neg" and c.lower_ in NEGATIONS)
        or (c.dep_ == "aux" and c.tag_ == MODAL_TAG and c.lower_ in HYPOTHETICAL)
        for c in clause.children
    ) or _supposed(clause)


def _timed(act: Token) -> bool:
    """The infinitive is an act whose time has come: one reading of the shape, from its "be"
    clause down (`timed_acts`), whose time noun is the clause's subject or predicate or the
    object of one of its prepositions."""
    time = act.head
    clause = time.head.head if time.dep_ == "pobj" else time.head
    return act in timed_acts(clause)


def _come_time(act: Token) -> bool:
    """ "(time) for Congress to act": an infinitive of an act with a "for" subject of its own."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in act.children)
    subject = any(c.dep_ == "nsubj" for c in act.children)
    return marked and subject and _act_infinitive(act)


def states_duty(clause: Token) -> bool:
    """ "Y must withdraw", "Y has to withdraw", "Y needs to step aside": a modal of duty, or a
    verb of duty over an infinitive (`duty_verb`), also in the future (`_going_to_duty`)."""
    if any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in clause.children):
        return True
    if _timed(clause):
        return True  # "it is time for Congress to act"
    return duty_verb(clause) or _modal_head(clause) or _going_to_duty(clause)


def _going_to_duty(clause: Token) -> bool:
    """ "He's going to have to stop the insults": a duty put in the "going to" future binds the
    subject of "going" as "he will have to stop" does (`duty_verb`)."""
    if not going_future(clause) or clause.dep_ not in CLAUSE_DEPS:
        return False
    if _supposed(clause):
        return False  # "if he loses, he's going to have to"
    duties = [c for c in clause.children if c.dep_ == "xcomp" and c.lemma_.lower() == "have"]
    return any(
        _act_infinitive(c) for d in duties for c in d.children if c.dep_ == "xcomp"
    ) and _bound(clause)


def _modal_head(clause: Token) -> bool:
    """ "Congress ought to pass the bill": the parse may make the modal the clause's head, with
    the act its infinitive complement."""
    return (
        clause.tag_ == MODAL_TAG
        and clause.lower_ in OBLIGATION
        and any(_act_infinitive(c) for c in clause.children if c.dep_ == "xcomp")
    )


def duty_verb(verb: Token) -> bool:
    """ "has to fix that", "needs to step aside", "has got to clean this up": a verb of duty in
    the present over an act's infinitive, laid on a party (`_bound`); "had to resign" told a
    past necessity, "does not have to" lifts a duty, "has yet to" tells an act not done (no
    duty), "may have to" or "will have to" tells a possible need (`_future_duty`), "needs to
    be" wants a state and "all they have to do is" no act."""
    lemma = verb.lemma_.lower()
    auxes = [a for a in verb.children if a.dep_ == "aux"]
    perfect = any(a.lemma_.lower() in PERFECT_AUX for a in auxes)
    duty = (lemma in DUTY_VERBS and verb.tag_ not in PAST) or (lemma in PERFECT_DUTY and perfect)
    lifted = any(c.dep_ == "neg" or _pending(verb, c) for c in verb.children)
    hedged = any(
        a.tag_ in PAST or (a.tag_ == MODAL_TAG and not _future_duty(verb, a)) for a in auxes
    )
    if not duty or lifted or hedged or verb.dep_ not in CLAUSE_DEPS or _asked(verb):
        return False
    if _wh_object(verb):
        return False
    return _bound(verb) and any(_act_infinitive(c) for c in verb.children if c.dep_ == "xcomp")


def _wh_object(verb: Token) -> bool:
    """ "says whatever he needs to say", "has done what they have to do": a clause opened by the
    wh-word its infinitive takes names a thing (what is to be said or done), no duty laid."""
    opener = question_opener(verb)
    return opener is not None and opener.tag_ in THING_OPENERS


def _pending(verb: Token, adverb: Token) -> bool:
    """ "the campaign has yet to follow up": "yet" between "has" and its infinitive tells the
    act has not happened, no duty laid ("still has to explain" keeps one)."""
    return adverb.dep_ == "advmod" and adverb.i > verb.i and adverb.lower_ in PENDING


def _future_duty(verb: Token, modal: Token) -> bool:
    """ "He will have to earn it": "have to" put in the future by "will" still lays the duty;
    "may have to" tells a possible need, "will need to learn" a forecast, and "if he loses,
    he'll have to" a need that hangs on a condition."""
    return modal.lower_ in FUTURE_MODALS and verb.lemma_.lower() == "have" and not _supposed(verb)


def _supposed(verb: Token) -> bool:
    """ "If he loses, he'll have to ...": a condition clause hung on the verb."""
    return any(condition_marks(c) for c in verb.children if c.dep_ == "advcl")


def _asked(verb: Token) -> bool:
    """ "Does he really need to wonder why?": a question lays no duty."""
    return verb.sent[-1].text == "?" or any(
        a.dep_ == "aux" and a.lemma_.lower() == "do" and a.i < verb.i for a in verb.children
    )


def _bound(verb: Token) -> bool:
    """A party the duty binds: a named one or he, she, they; "you have to believe" and "any
    president would have to" speak of anyone."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    free = any(d.lower_ in FREE_CHOICE for s in subjects for d in s.children)
    party = any(
        s.lower_ in DUTY_PRONOUNS
        or (is_agent(s) and s.pos_ != "PRON" and named_party(s))
        or ceased_act(s)
        for s in subjects
    )
    return party and not free


def ceased_act(subject: Token) -> bool:
    """ "The violence must stop", "the shelling needs to end": an act or a state of affairs
    bidden to cease is someone's to stop, so the duty binds whoever carries it on, as one laid
    on a party does; a pronoun ("it must stop") keeps its wider senses."""
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
        return False
    head = subject.head
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]  # "needs to stop"
    return any(
        v.lemma_.lower() in CEASING and not any(c.dep_ in OBJECTS for c in v.children)
        for v in verbs
    )


def _act_infinitive(clause: Token) -> bool:
    """ "to fix that": an infinitive of an act ("to be" states no act)."""
    marked = any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    passive = any(a.dep_ == "auxpass" for a in clause.children)  # "have to be taken with salt"
    bare_do = clause.lemma_.lower() == "do" and not objects(clause)
    return marked and not passive and not bare_do and clause.lemma_.lower() not in STATE_VERBS
