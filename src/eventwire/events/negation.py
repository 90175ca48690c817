"""Words and parse shapes that negate an event: "did not attack", "no one was charged", "nor did
Iran agree", "has yet to endorse", "should not share" (an opinion, read as hypothetical).

Split from modality so each finder stays small; modality runs them in its fixed order."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from eventwire.events.disliked_conduct import disliked_doer
from eventwire.events.held_back import held_back_from
from eventwire.events.judged_conduct import truth_withheld
from eventwire.events.lexicon import words
from eventwire.events.modality_scope import SUBJECTS, additive, children_in
from eventwire.events.phrase_links import phrasal_lemmas
from eventwire.events.word_classes import BACKGROUND, DUTY_VERBS, OBLIGATION
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import BARE_FORM_TAGS, GERUND_TAGS, VERB_POS

NEGATIONS = words("modality_words.tsv", "negation")
NEGATIVE_PRONOUNS = words("modality_words.tsv", "negative_pronoun")
DENIALS = words("modality_words.tsv", "denial")
PENDING = words("modality_words.tsv", "pending")
ENDINGS = words("modality_words.tsv", "ending")  # end, settle, call off
ENDED_STATES = words("modality_words.tsv", "ended_state")  # feud, dispute, strike, war
CEASING = words("modality_words.tsv", "ceasing")  # stop, cease, quit


def _negative_subject(chain: list[Token]) -> Token | None:
    """ "No one has been charged", "No suspects were identified": the act's own clause says
    nobody did it or had it done. Only the first verb of the chain: "no one said Iran attacked"
    does not negate the attack."""
    verb = next((token for token in chain if token.pos_ in VERB_POS), None)
    if verb is None:
        return None
    for subject in children_in(verb, SUBJECT_DEPS):
        if subject.lower_ in NEGATIVE_PRONOUNS:
            return subject
        determiner = next((c for c in children_in(subject, {"det"}) if c.lower_ in NEGATIONS), None)
        if determiner is not None:
            return determiner
    return None


def negation(chain: list[Token]) -> Token | None:
    """The word that negates the event; "he's not telling the truth" is a charge of lying
    (`judged_conduct`), its "not" the charge itself."""
    if truth_withheld(chain[0]) or disliked_doer(chain[0]) is not None:
        return None  # "does not like what X is doing": the "not" is the criticism
    negative_subject = _negative_subject(chain)
    if negative_subject is not None:
        return negative_subject
    for below, token in zip([None, *chain], chain, strict=False):
        if below is not None and held_back_from(token, below):
            continue  # "could not resist taking swipes": the swipes were taken
        for child in children_in(token, {"neg", "det", "advmod", "preconj"}):
            negative = child.lower_ in NEGATIONS and not additive(child)
            if negative and (child.dep_ == "neg" or token == chain[0]):
                return child
        if below is not None and token.lemma_.lower() in DENIALS and _denied(below):
            return token
    return _ended_conflict(chain)


def _ended_conflict(chain: list[Token]) -> Token | None:
    """ "Hannity ends feud with Rubio", "the union called off the strike": a standing conflict
    that is the object of a verb that ends it no longer goes on. A bounded act ("ended the
    meeting", "end the attack") is not one: it took place."""
    act = chain[0]
    if act.dep_ != "dobj" or act.lemma_.lower() not in ENDED_STATES or len(chain) < 2:
        return None
    verb = chain[1]
    return verb if phrasal_lemmas(verb) & ENDINGS else None


def _denied(below: Token) -> bool:
    """ "Negotiations failed": the event that is the active subject of "fail" took place and
    came to nothing; "failed to reach a deal" or "the talks were cancelled" did not take place.
    An act in a phrase of the verb's setting ("the bill failed amid stiff opposition") is
    left standing, where "refrained from endorsing" denies what the "from" names."""
    setting = below.dep_ == "prep" and below.lower_ in BACKGROUND
    return below.dep_ != "nsubj" and not setting


def nor(chain: list[Token]) -> Token | None:
    """ "neither approves nor disapproves": the verb after "nor" is negated like the first; a
    sentence that opens with "Nor" ("Nor did Iran agree to the talks") negates its clause."""
    first = chain[0].head if chain[0].dep_ == "conj" else None
    cues = children_in(first, {"cc"}) if first is not None else []
    cues += [c for t in chain for c in children_in(t, {"cc"}) if c.i == c.sent.start]
    return next((c for c in cues if c.lower_ in NEGATIONS), None)


def negated_alternative(chain: list[Token]) -> Token | None:
    """ "did not attack or threaten Ukraine", "will never meet or negotiate": a verb joined by
    "or" to a negated verb, with no subject of its own, is negated with it ("did not meet but
    talked" is not: "but" and "and" join a new statement)."""
    verb = chain[0]
    first = verb.head
    if verb.dep_ != "conj" or children_in(verb, SUBJECTS | {"nsubjpass"}):
        return None
    if not any(c.lower_ == "or" for c in children_in(first, {"cc"})):
        return None
    return negation([first]) if first.pos_ in VERB_POS else None


def no_longer(chain: list[Token]) -> Token | None:
    """ "no longer recognize my party", "no more fund": an adverb of time negated by "no"."""
    for adverb in children_in(chain[0], {"advmod"}):
        cue = next((c for c in children_in(adverb, {"neg", "det"}) if c.lower_ == "no"), None)
        if cue is not None and adverb.lower_ in {"longer", "more"}:
            return cue
    return None


def ceased(chain: list[Token]) -> Token | None:
    """ "stopped confirming his judicial picks", "ceased cooperating with the inspectors": a
    verb of ceasing told as done over the act's gerund says the act goes on no longer, as "no
    longer confirms" does; "must stop portraying" or "will stop" in its bare form asks or
    plans the stop while the act goes on, and "stopped the march" halts another's act."""
    for below, token in pairwise(chain):
        ceasing = token.lemma_.lower() in CEASING and token.tag_ not in BARE_FORM_TAGS
        if ceasing and below.dep_ == "xcomp" and below.tag_ in GERUND_TAGS:
            return token
    return None


def pending(chain: list[Token]) -> Token | None:
    """ "has yet to endorse", "is still to respond": "have" or "be" with a pending adverb and
    an infinitive says the act has not happened (yet)."""
    for below, token in pairwise(chain):
        if below.dep_ == "xcomp" and token.lemma_.lower() in {"have", "be"}:
            cue = next((c for c in children_in(token, {"advmod"}) if c.lower_ in PENDING), None)
            if cue is not None:
                return cue
    return None


def negated_duty(chain: list[Token]) -> Token | None:
    """ "the FBI should not share", "he should not have accepted it": what someone ought not
    to do is an opinion about an act, not its negation; so is what one "did not need to" or
    "does not have to" do ("Trump didn't need to meet with him" says nothing of a meeting)."""
    for below, token in zip([None, *chain], chain, strict=False):
        if children_in(token, {"neg"}):
            duty = [c for c in children_in(token, {"aux"}) if c.lower_ in OBLIGATION]
            if duty:
                return duty[0]
            if _duty_verb_over(below, token):
                return token
    return None


def _duty_verb_over(below: Token | None, token: Token) -> bool:
    """ "need to meet", "has to apologize": a verb of duty whose infinitive is the act."""
    return below is not None and below.dep_ == "xcomp" and token.lemma_.lower() in DUTY_VERBS
