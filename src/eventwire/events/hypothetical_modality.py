"""Hypothetical events: a condition ("if they come, we fight"), a modal of possibility or
ability over the act ("could attack", "can attack"), a "for ... to" clause that tells an act
wanted ("called for the president to resign"), a wish ("I hope they will end it"). A modal
that is part of an adjective ("his would-be successors") or a reported future ("said they
would blockade", `planned_modality`) is none."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.conditions import CONDITIONALS
from eventwire.events.held_back import overcome_holding_back
from eventwire.events.lexicon import words
from eventwire.events.modality_scope import children_in, modal_form
from eventwire.events.planned_modality import reported_future
from eventwire.parse.tags import PARTICIPLE_TAG

HYPOTHETICAL_MODALS = words("modality_words.tsv", "hypothetical")
ABILITY = words("modality_words.tsv", "ability")
WISHES = words("modality_words.tsv", "wish")
IRREALIS_MARKS = words("modality_words.tsv", "irrealis_mark")


def condition_clause(chain: list[Token]) -> Token | None:
    """ "If they come, we fight": a conditional clause attached to the event itself."""
    for clause in children_in(chain[0], {"advcl"}):
        for mark in children_in(clause, {"mark"}):
            if mark.lower_ in CONDITIONALS:
                return mark
    return None


def conditional(chain: list[Token]) -> Token | None:
    """The word up the chain that makes the act hypothetical: a condition's mark, a modal of
    ability on the act, a hypothetical modal, a "for ... to" clause or a wish."""
    for token in chain:
        for child in [*children_in(token, {"mark", "aux"}), *_shared_marks(token)]:
            if child.lower_ in CONDITIONALS:
                return child
            if child.lower_ in ABILITY and token is chain[0]:  # "can attack", not "can boast
                return child  # the support" (a standing the subject has)
            if child.lower_ == "could" and overcome_holding_back(token):
                continue  # "could not resist attacking": a past ability, the attack done
            modal = modal_form(child)
            if (
                modal in HYPOTHETICAL_MODALS
                and not _hyphenated(child)
                and not (modal == "would" and reported_future(token) and not _perfect(token))
            ):
                return child
        if _for_to(token):
            return _for_to(token)
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in WISHES:
            return token.head  # "I hope the Democrats will end their lawsuits": a wish
    return None


def _hyphenated(word: Token) -> bool:
    """ "his would-be successors": a modal joined by a hyphen is part of an adjective."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return not word.whitespace_ and following is not None and following.text == "-"


def _for_to(token: Token) -> Token | None:
    """ "called for the president to resign", "a petition for Emanuel to resign": a "for ...
    to" clause tells an act wanted, not done."""
    marks = [m for m in children_in(token, {"mark"}) if m.lower_ in IRREALIS_MARKS]
    if marks and any(a.lower_ == "to" for a in children_in(token, {"aux"})):
        return marks[0]
    return None


def _shared_marks(token: Token) -> list[Token]:
    """ "If you lead and your employees are under attack": a clause joined to a condition
    shares its "if"."""
    return children_in(token.head, {"mark"}) if token.dep_ == "conj" else []


def _perfect(token: Token) -> bool:
    """ "it would have been an insult": "would have" with a participle tells what did not
    happen, also in a reported clause."""
    return token.tag_ == PARTICIPLE_TAG and any(
        c.lower_ == "have" for c in children_in(token, {"aux"})
    )
