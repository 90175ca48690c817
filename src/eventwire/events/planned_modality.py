"""Planned events: the words that tell an act is still to come. A future auxiliary ("will
visit"), a planning word over the act ("plans to visit", "is going to attack"), a planned
adjective ("the proposed talks"), a headline's bare infinitive ("Obama to Visit Cuba"), an
infinitive on a noun of planning ("his proposal to ban Muslims"), a required passive ("must be
approved"). A reported "would" ("said they would blockade") is a future too."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.lexicon import reports, speaks, words
from eventwire.events.modality_scope import SUBJECTS, children_in, modal_form
from eventwire.parse.deps import AUXILIARY_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS
from eventwire.parse.tags import BASE_FORM_TAG

FUTURE_MODALS = words("modality_words.tsv", "future")
PLANNING = words("modality_words.tsv", "planning")
PLANNED_ADJECTIVES = words("modality_words.tsv", "planned")


def reported_future(token: Token) -> bool:
    """ "said they would blockade", "confirmed he would meet them", "they would be turned over,
    he said": the modal is a reported future, not a condition."""
    said = token.head
    if token.dep_ == "ccomp" and (speaks(said) or reports(said) or said.lemma_.lower() in PLANNING):
        return True
    return any(c.dep_ == "parataxis" and reports(c) for c in token.children)


def planned(chain: list[Token]) -> Token | None:
    """The word that tells the act is planned: a planned adjective, a future in a relative
    clause on it, a future or a planning word up its chain, or a passive still to happen."""
    head = chain[0]
    for child in head.children:
        if child.lower_ in PLANNED_ADJECTIVES:
            return child
        if child.dep_ == "relcl":
            future = _future_aux(child)
            if future is not None:
                return future
    for below, token in zip([None, *chain], chain, strict=False):
        future = _future_aux(token)
        if future is not None:
            return future
        if below is not None and _plans(token, below):
            return token
        if token.dep_ == "ccomp":
            break
    return _to_be(head)


def headline_infinitive(chain: list[Token]) -> Token | None:
    """ "AFL-CIO to endorse Clinton", "Iran to free sailors, official says", "Obama to Visit
    Cuba": a headline's bare infinitive with its doer before it announces what will happen."""
    verb = chain[0]
    to = next((c for c in children_in(verb, {"aux"}) if c.lower_ == "to"), None)
    if to is None or verb.tag_ != BASE_FORM_TAG:
        return None
    if verb.dep_ == "acl":  # "Obama to Visit Cuba": the doer parsed as the root
        return to if verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" else None
    reported = verb.dep_ == "ccomp" and reports(verb.head)
    has_doer = bool(children_in(verb, NOUN_SUBJECT_DEPS))
    return to if has_doer and (verb.dep_ == "ROOT" or reported) else None


def planned_by_noun(chain: list[Token]) -> Token | None:
    """ "his proposal to ban Muslims", "announced a plan to send troops": an infinitive that
    describes a noun of planning is the plan's content, not an act done."""
    verb = chain[0]
    noun = verb.head
    if verb.dep_ != "acl" or not any(c.lower_ == "to" for c in children_in(verb, {"aux"})):
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in PLANNING else None


def _plans(token: Token, below: Token) -> bool:
    """ "plans to visit", "is going to attack": a planning word over the act; not its doer ("the
    attacks have set off alarm"), its means (`_means`) nor the preposition "about" ("Emerged
    About Who Cosby Gave")."""
    planning = in_words(token, PLANNING) and token.pos_ != "ADP"
    return planning and below.dep_ not in SUBJECTS and not _means(below)


def _means(below: Token) -> bool:
    """ "sought peace by promising to withdraw": a "by" gerund is how the planner already
    acts, not what it plans."""
    return below.dep_ == "prep" and below.lower_ == "by"


def _future_aux(token: Token) -> Token | None:
    """ "will visit", "said they would visit": the auxiliary that tells a future."""
    for child in children_in(token, AUXILIARY_DEPS):
        if child.lower_ in FUTURE_MODALS or (
            modal_form(child) == "would" and reported_future(token)
        ):
            return child
    return None


def _to_be(head: Token) -> Span | None:
    """ "hardware to be relocated", "the plan must be approved by the court": an infinitive or
    required passive announces what is still to happen."""
    auxes = children_in(head, AUXILIARY_DEPS)
    words = [a.lower_ for a in auxes]
    if {"to", "must"} & set(words) and "be" in words:
        return head.doc[min(a.i for a in auxes) : max(a.i for a in auxes) + 1]
    return None
