"""Which relative clause a relative pronoun opens, and which noun it stands for.

English fronts a relative pronoun before the whole clause, so it may belong to a verb below
the clause's own: "the pact, which the group tried to stop" (the object of "stop", under
"tried"), "the pact, which X signed and which Y criticized" (a second clause coordinated
into the first). A description set off beside a name stands for that name ("X, an Air Force
major who Y fired": X). "who" names a person: where the parse hangs the clause on a thing or
a place ("on behalf of Smith who has spoken", "a doctor from Ohio, who said"), the person is
what it stands for.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import RELATIVE_TAGS
from eventwire.events.apposed_names import describes_name
from eventwire.events.lexicon import PERSON_RELATIVES
from eventwire.events.owned_things import is_thing, owned_thing
from eventwire.events.person_names import names_a_person
from eventwire.parse.deps import CHAINED_VERB_DEPS
from eventwire.parse.nlp import PLACE_ENTITIES
from eventwire.parse.subjects import clause_subjects, has_subject
from eventwire.parse.tags import FINITE_TAGS, NOUN_POS, WH_POSSESSIVE_TAG
from eventwire.parse.whose import whose_clause

NAME_HEAD_DEPS = {"compound", "flat"}  # "Donald" in "Donald Trump": not the name's head


def opened_clause(pronoun: Token) -> Token | None:
    """The relative clause (`relcl` verb) a relative pronoun opens: its own verb's, or the one
    its verb is an infinitive under ("which the group tried to stop") or coordinated into
    ("and which Trump criticized"), the pronoun standing before that clause's verb."""
    if pronoun.tag_ not in RELATIVE_TAGS:
        return None
    verb = pronoun.head
    while verb.dep_ in CHAINED_VERB_DEPS and pronoun.i < verb.i:
        above = verb.head
        if verb.dep_ == "xcomp" and pronoun.i > above.i:  # "who wanted to see which": a question
            return None
        verb = above
    return verb if verb.dep_ == "relcl" and pronoun.i < pronoun.head.i else None


def stood_for(clause: Token, pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the noun its clause modifies, or the name that
    noun describes in apposition; "who" or "whom" names a person, so where the parse hangs the
    clause on a thing or a place, the person's name just before the pronoun inside that noun's
    phrase ("on behalf of Ailes who has spoken": Ailes), else the nearest person above it ("X,
    a doctor from Englewood, who said": X)."""
    noun = clause.head
    if pronoun.lower_ in PERSON_RELATIVES and _no_person(noun):
        noun = _name_before(noun, pronoun) or _person_above(noun) or noun
    if describes_name(noun):  # "Podliska, a major who X fired"
        return noun.head
    return noun


def _no_person(noun: Token) -> bool:
    """A thing or a place, which "who" cannot stand for."""
    return is_thing(noun) or _place(noun)


def _place(noun: Token) -> bool:
    """A place's name, not a person's the tagger took for one ("Ailes" as a GPE)."""
    return noun.ent_type_ in PLACE_ENTITIES and not names_a_person(noun)


def _name_before(noun: Token, pronoun: Token) -> Token | None:
    """A proper name that ends just before the pronoun (a comma between allowed) inside the
    noun's own phrase; none before a pronoun that starts the document (doc[-1] would be its
    last word)."""
    if pronoun.i == 0:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.text == "," and before.i > 0:
        before = pronoun.doc[before.i - 1]
    named = before.pos_ == "PROPN" and before.dep_ not in NAME_HEAD_DEPS
    inside = before != noun and noun in before.ancestors and not _no_person(before)
    return before if named and inside else None


def _person_above(noun: Token) -> Token | None:
    """The nearest noun above this one in its phrase that may be a person ("the co-founder of
    a fund who"), no verb between; not past a part counted out ("one of the staffers who": the
    staffers, whom no list of people words may name)."""
    for above in noun.ancestors:
        if above.pos_ in {"VERB", "AUX", "NUM", "PRON", "DET"}:
            return None
        if above.pos_ in NOUN_POS and not _no_person(above):
            return above
    return None


def swallowed_subject(verb: Token) -> Token | None:
    """ "Mr. Buchanan, who had failed to win his party's nomination, called for ...": the parser
    may hang the sentence's main verb on the relative clause's last noun as a participle; a
    finite verb there with no subject of its own is the main verb, and its subject is what the
    clause's relative subject stands for (Buchanan)."""
    if verb.dep_ != "acl" or verb.tag_ not in FINITE_TAGS:
        return None
    if has_subject(verb):
        return None
    clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None
    subjects = clause_subjects(clause)
    relative = [s for s in subjects if s.tag_ in RELATIVE_TAGS and s.i < clause.i]
    return stood_for(clause, relative[0]) if relative else None


def whose_owner(pronoun: Token) -> Token | None:
    """The noun "whose" on a thing stands for, the noun its relative clause modifies ("Iran,
    whose plan Israel condemned": Iran); as for "his", not on people or acts ("whose husband
    signed", "whose protests": `owned_thing`); None for any other word."""
    if pronoun.tag_ != WH_POSSESSIVE_TAG or not owned_thing(pronoun):
        return None
    clause = whose_clause(pronoun)
    return stood_for(clause, pronoun) if clause is not None else None
