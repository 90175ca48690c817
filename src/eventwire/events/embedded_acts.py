"""An act told inside another act's own phrase is no answer to it.

"Rubio criticized the pact Obama negotiated", "Cruz voiced support for the deal Obama signed":
the relative clause tells how the thing judged came about, before the judgement, so Obama's
negotiating answers no one there, though the judgement is aimed at Obama (`made_things`); so
does an act noun that clause puts out ("denounced supporters that level sexist attacks").
Nor is an act told inside a charge ("Republicans charged that Obama had refused to enforce the
law", "her claim that Sanders had voted against the bailout"): it is what the charge says
(`told_within`). An act asked for may well be aimed at the asker ("has never asked for Trump's
endorsement"), so a request's content is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.lexicon import RELATIVE_PRONOUNS
from eventwire.events.made_things import makers
from eventwire.events.plover_types import ACCUSE
from eventwire.model import Event
from eventwire.parse.deps import NOUN_CLAUSE_DEPS, VERB_OBJECT_DEPS, through_any_preposition
from eventwire.parse.tags import NOUN_POS

NOUN_CLAUSES = NOUN_CLAUSE_DEPS  # "the pact X negotiated", "the deal signed by X"
# links from an act down to what it says: "charged that X refused", "accused X of refusing",
# "her claim that X voted against"; not a relative clause, a conjunct or an adverbial clause,
# which tell a next act ("Trump attacked Clinton, who hit back")
CONTENT_LINKS = {"ccomp", "xcomp", "acl", "pcomp", "prep", "pobj"}


def inside(doc: Doc, inner: Event, outer: Event) -> bool:
    """Whether one act is told by a clause on a noun in the phrase of another act aimed at its
    doer ("criticized the pact X negotiated", "praised Bush, who dropped out"); not a clause
    joined to that act's trigger ("denounced X and rejected Y"), nor one deeper in its phrase
    ("a case challenging its claims, which Beijing vowed to ignore"), nor one that does not
    tell the thing's making or the person's own act ("the claims Beijing vowed to ignore"),
    which may answer it."""
    head, root = _clause_of(trigger_root(inner, doc)), trigger_root(outer, doc)
    if head is None or root is None or head.dep_ not in NOUN_CLAUSES:
        return False
    aimed = {p.actor_id for p in outer.recipients} & {p.actor_id for p in inner.actors} - {None}
    told_of = bool(makers(head.head)) or subject_relative(head)  # not "which X vowed to ignore"
    return bool(aimed) and told_of and _argument_of(head.head, root)


def _clause_of(head: Token | None) -> Token | None:
    """The verb of a clause on a noun whose object is the act noun ("supporters that level
    sexist attacks", "a rival who made the charge"): the clause tells that act as the verb
    would; any other trigger stands for itself, and so does an act noun whose own clause says
    what it charges ("Trump, who made the charge that she lied", aimed at her)."""
    if head is None or head.dep_ not in VERB_OBJECT_DEPS or head.head.dep_ not in NOUN_CLAUSES:
        return head
    return head if any(c.dep_ in NOUN_CLAUSE_DEPS for c in head.children) else head.head


def told_within(doc: Doc, inner: Event, outer: Event) -> bool:
    """Whether one act is told inside what a charge says: the charge's trigger governs it
    through clausal complements alone (`CONTENT_LINKS`)."""
    head, root = trigger_root(inner, doc), trigger_root(outer, doc)
    if head is None or root is None or outer.type != ACCUSE:
        return False
    while head.dep_ in CONTENT_LINKS and head.head != head:
        head = head.head
        if head == root:
            return True
    return False


def subject_relative(clause: Token) -> bool:
    """ "Bush, who dropped out": the clause tells what the noun itself did."""
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


def _argument_of(noun: Token, trigger: Token) -> bool:
    """Whether the noun is the trigger's own argument ("criticized the pact", "support for
    the deal"), not one deeper in it ("a case challenging its claims")."""
    return noun.pos_ in NOUN_POS and trigger in (noun.head, through_any_preposition(noun))
