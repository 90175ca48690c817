"""The one a naming verb names where the small parser loses the object.

"Clinton calls Trump unfit", "branded Trump a racist", "calls Clinton unqualified to lead":
English puts the one named right after the naming verb and the name after it, but the parser
often folds the two into one phrase ("Trump" a modifier of "unfit" or of "a fraud"), reads the
name as a clause with the one named as its subject, or takes an unknown name for a
preposition. Naming verbs take no finite clause and no preposition there, so each of those
shapes still tells object and name; `evaluative` reads the verdict from the name and aims the
accusation at the one named.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import CONDUCT, is_agent
from eventwire.events.owned_verdicts import hung_names, named, named_owner
from eventwire.events.phrase_links import possessive
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import COMPLEMENT_DEPS, COMPOUND_DEPS

COMPLEMENTS = {"dobj", "oprd", "attr", "acomp"}
FOLDED = COMPOUND_DEPS  # "calls [Trump unfit]", "called [Trump a fraud]"
OWNERS = {"poss", "amod"}  # "called [the Syrian regime criminal]"
CLAUSES = COMPLEMENT_DEPS  # "calls [Clinton unqualified to be president]"
SMALL_SUBJECTS = {"nsubj", "npadvmod"}  # "called [Trump] ['dangerous']": an adverbial noun


def lost_naming(verb: Token) -> tuple[Token, list[Token]] | None:
    """The one named and the names, read from a parse that lost the object; else None."""
    return (
        _read_as_preposition(verb) or _folded(verb) or _clause_subject(verb) or _small_clause(verb)
    )


def _read_as_preposition(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "branded Trump a racist" read as a preposition "Trump" with the name as its object."""
    for child in verb.children:
        if child.dep_ == "prep" and child.pos_ == "PROPN" and child.i > verb.i:
            names = [c for c in child.children if c.dep_ == "pobj"]
            if names:
                return child, names
    return None


def _folded(verb: Token) -> tuple[Token, list[Token]] | None:
    """A lone complement whose first words name a party ("Trump" in "Trump unfit", "North
    Korea's test" in "... a provocation"): that party is the one named, the complement's head
    the name. The parse may hang the party's own owner on the name too ("the Syrian regime
    criminal", "the president's remarks racist"), and then the owner is the one blamed."""
    complements = [c for c in verb.children if c.dep_ in COMPLEMENTS]
    if len(complements) != 1:
        return None
    name = complements[0]
    folded = [c for c in name.children if c.dep_ in FOLDED and c.i < name.i]
    folded = [word for c in folded for word in _before_owner(c)]
    if not folded or hung_names(name):  # "called [Kane's radio ads] [a dirty smear]"
        return None
    parties = [c for c in folded if named(c) or named_owner(c) is not None]
    if any(is_agent(c) or c.lemma_.lower() in CONDUCT for c in folded):  # "regime", "remarks"
        parties += [c for c in name.children if c.dep_ in OWNERS and c.i < folded[0].i and named(c)]
    return (parties[0], [name]) if parties else None


def _before_owner(folded: Token) -> list[Token]:
    """ "called [the frontrunner] [ISIS' best recruiter]" folded into one phrase, the one named
    hung on the name's owner: the owner ("ISIS'") is not the one named, the words before it
    are; any other folded word stands as it is."""
    if not possessive(folded):
        return [folded]
    before = [c for c in folded.children if c.dep_ in FOLDED and c.i < folded.i]
    return before or [folded]


def _clause_subject(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "calls Clinton unqualified to be president" read as a clause "Clinton unqualified ...":
    a naming verb takes no finite clause, so its subject is the one named and its head the
    name; a clause with "that" is a real one ("held that the law was void")."""
    if any(c.dep_ in COMPLEMENTS for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ in CLAUSES and c.i > verb.i):
        if any(c.dep_ == "mark" for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i]
        if subjects and named(subjects[0]):
            return subjects[0], [clause]
    return None


def _small_clause(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "called Smith's plan reckless" read as a small clause, the thing named the subject of
    its name: that subject is the one named, so a party's plan or remarks blame their owner.
    A quoted name ("called Trump 'dangerous'") makes the parser hang the one named on it as an
    adverbial noun instead; it stands before the name, as the subject does."""
    if objects(verb):
        return None
    complements = [c for c in verb.children if c.dep_ in COMPLEMENTS and c.i > verb.i]
    if len(complements) != 1:
        return None
    name = complements[0]
    subjects = [c for c in name.children if c.dep_ in SMALL_SUBJECTS and verb.i < c.i < name.i]
    return (subjects[0], complements[:1]) if subjects else None
