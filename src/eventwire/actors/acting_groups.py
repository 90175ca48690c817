"""People-group nouns that name an actor only as a party to an act: "donors pressed the
senator", "organizers said", "talks with neighbors". A plural such as "donors" or "patients"
is as often a topic ("a question about donors"), so the noun of `acting_groups.tsv` becomes a
group only where the clause makes it a side: the subject or object of an event-trigger or
reporting verb, or the object of "with", "against" or "by"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.actors.capital_roles import party_preposition
from eventwire.actors.peoples import plural_noun
from eventwire.code_phrases import MAX_GROUP_WORDS, acting_group_phrases
from eventwire.lexicons import PhraseLookup, PhraseMatch, trigger_verbs, word_set
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.counsel_nouns import counsel_noun
from eventwire.parse.cue_rows import cue_class
from eventwire.parse.deps import CORE_ARGUMENT_DEPS
from eventwire.parse.nlp import lower_words
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.tags import VERB_POS, WH_TAGS
from eventwire.sectors import CIVILIANS

PEOPLE = CIVILIANS  # the sector of the people a pronoun may own as a group of their own


def acting_group_at(token: Token) -> PhraseMatch[str] | None:
    """The acting-group phrase that starts at `token`, when its noun takes part in an act."""
    return fitting_group_at(acting_group_phrases(), token, _acting)


def fitting_group_at(
    phrases: PhraseLookup[str, str], token: Token, fits: Callable[[Token], bool]
) -> PhraseMatch[str] | None:
    """The phrase of a group table that starts at `token` (`group_phrase_at`), when its last
    word, the group's noun, is one the clause makes a group (`fits`): tables whose nouns name a
    group only in some clauses (acting groups, party-qualified people) share this read."""
    match = group_phrase_at(phrases, token)
    if match is None:
        return None
    return match if fits(token.doc[token.i + match.end - 1]) else None


def _acting(noun: Token) -> bool:
    return takes_part(noun) and _one_group(noun)


def group_phrase_at(phrases: PhraseLookup[str, str], token: Token) -> PhraseMatch[str] | None:
    """The longest phrase of a group table (`group_phrases`, `acting_group_phrases`) that
    starts at `token`, read over its Doc's lower-case words."""
    return phrases.at(lower_words(token.doc)[token.i : token.i + MAX_GROUP_WORDS], 0)


def _one_group(noun: Token) -> bool:
    """A plural ("donors") names a group bare; a singular collective names one only made
    definite ("the family refused", "the victim's family"): "assure a family" is anyone's,
    "with advisers and family" the actor's own, "the Bush family" the name's."""
    if noun.tag_ in PLURAL_NOUN_TAGS or plural_noun(noun):
        return True
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return False  # "the Bush family": the named person's own, read through the name
    definite = word_set("definite_determiner")
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in definite) for c in noun.children
    )


def takes_part(noun: Token) -> bool:
    """The noun (or the first of a list it ends) is a side of an act its clause tells."""
    noun = _counting_noun(first_conjunct(noun))
    if _relative_part(noun):
        return True
    if noun.dep_ == "pobj":
        return party_preposition(noun.head) or counsel_client(noun)
    return _argument_of_act(noun)


def _argument_of_act(noun: Token) -> bool:
    """The noun is the subject or object of an event-trigger or reporting verb."""
    verb = noun.head
    if noun.dep_ not in CORE_ARGUMENT_DEPS or verb.pos_ not in VERB_POS:
        return False
    return verb.lemma_.lower() in trigger_verbs() or cue_class(verb) is not None


def _relative_part(noun: Token) -> bool:
    """ "nine women who had been killed", "donors who pressed the senator": a relative clause
    on the noun whose pronoun is the subject or object of an act makes the noun that act's
    side, wherever the noun itself stands in its own clause ("of nine women who were killed,
    four cases were solved")."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    pronouns = [t for c in clauses for t in c.children if t.tag_ in WH_TAGS]
    return any(_argument_of_act(p) for p in pronouns)


def _counting_noun(noun: Token) -> Token:
    """ "dozens of donors pressed …", "a group of donors is planning to …": the quantity or
    count noun that counts the group stands for it in the clause, so the clause's act is the
    group's."""
    of = noun.head
    counted = noun.dep_ == "pobj" and of.lower_ == "of"
    return of.head if counted and _counts_people(of.head) else noun


def _counts_people(word: Token) -> bool:
    """ "dozens", "a number", "a handful", "a group": a noun that counts those after its "of"."""
    return word.lower_ in word_set("quantity_noun") or word.lemma_.lower() in word_set("count_noun")


def counsel_client(noun: Token) -> bool:
    """ "lawyers for the family": whom counsel act for is a party to the case they argue
    (`events/counsel` makes the client the side of the counsel's acts)."""
    preposition = noun.head
    return preposition.lower_ == "for" and counsel_noun(preposition.head)


def people_pronoun_owner(head: Token, sector: str) -> Token | None:
    """ "your" in "your supporters yell", "their" in "clashes with their neighbors": a group
    of people (CVL) that a plural or addressed pronoun owns is a side of its own where it
    takes part; a state's or a body's forces and officials ("its warplanes", "their troops")
    are the owner's, whom the clause names."""
    if sector != PEOPLE or not takes_part(head):
        return None
    owners = word_set("people_owner_pronoun")
    return next((c for c in head.children if c.dep_ == "poss" and c.lower_ in owners), None)
