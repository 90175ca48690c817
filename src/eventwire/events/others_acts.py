"""An act noun whose own phrase names a doer other than the act it hangs on is news of its own.

`scope.main_matches` folds an event noun into the event that governs it: what a refusal refuses,
what talks are about, what a protest protests ("refused to disavow it", "rejected the proposal
for a truce"). When the noun's phrase names who did it, and that is not the governing act's
subject, the noun tells a second party's act that happened, not content of the first: "Cruz
refused to disavow Graham's endorsement" (Graham endorsed Cruz), "welcomed support from the
unions", "voted the bill down after a backlash from employers". PLOVER codes both.
The doer must be named in the phrase (a possessor that can act, a "from" object that is no
place, a person's name right before the noun): an "of" object ("in support of Sanders" names
whom), a pronoun ("his support"), a place ("a pullback from Lebanon", "the
Paris agreement") or no doer leaves the noun the governing act's content. A "by" object is left
out: "ordered patrols by police" names who carries out the order, which is the orderer's act.
Blame, opposition or a demand that a reply answers stays its occasion (`scope`: "rebutted
Exxon's accusation", "acceded to the strikers' demands").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.bestowed import GRANTED
from eventwire.events.lexicon import is_agent, is_person, words
from eventwire.events.phrase_links import pobjs
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import TIME_ENTITIES

STANCE_VERBS = words("cue_verbs.tsv", "stance")  # disavow, welcome, reject, praise
WITHHOLDING = words("event_words.tsv", "withholding")  # withhold, withdraw: kept "from" whom
SUBJECTS = {"nsubj", "nsubjpass", "poss"}
SETTINGS = {"at", "in", "during"}  # where or when an act happens
PLACES = {"LOC", "FAC"}  # "donations from Wall Street": a place, where a state (GPE) acts


def names_other_doer(noun: Token, governor: Token) -> bool:
    """Whether the event noun, an argument of the governing verb, names its own doer, one who
    is not that verb's subject; a setting ("working with him at the Governors' conference")
    is no argument."""
    doers = own_doers(noun)
    if governor.lemma_.lower() in WITHHOLDING:  # "withheld support from McCain": kept from him
        doers = [d for d in doers if d not in pobjs(noun, {"from"})]
    if not doers or (noun.dep_ == "pobj" and noun.head.lower_ in SETTINGS):
        return False
    theirs = {t.lower_ for s in governor.children if s.dep_ in SUBJECTS for t in s.subtree}
    return not any(d.lower_ in theirs for d in doers)


def granted_by_other(noun: Token, governor: Token) -> bool:
    """Support given by someone the noun names, that the governing verb's subject takes a stand
    on ("Cruz refused to disavow Graham's endorsement", "welcomed backing from the unions"):
    that subject is who was backed; one who only passes it on ("tweeted out Trump's praise of
    Boyle") is not."""
    granted = in_words(noun, GRANTED)
    stance = governor.lemma_.lower() in STANCE_VERBS
    return granted and stance and names_other_doer(noun, governor)


def own_doers(noun: Token) -> list[Token]:
    """The doers an event noun's own phrase names (see the module docstring)."""
    owners = [
        c
        for c in noun.children
        if (c.dep_ == "poss" and c.pos_ != "PRON" and _doer(c))
        or (c.dep_ == "compound" and is_person(c) and c.i == noun.i - 1)  # "a Mali hotel raid"
    ]
    senders = [p for p in pobjs(noun, {"from"}) if p.ent_type_ != "GPE"]  # not "from Lebanon"
    return owners + [p for p in senders if _doer(p)]


def _doer(token: Token) -> bool:
    """One who can act: not a time ("Thursday's summit") or a place that is no state."""
    return is_agent(token) and token.ent_type_ not in TIME_ENTITIES | PLACES


def acted_on_within(noun: Token, governor: Token) -> bool:
    """Whether a verb between the noun and the act over it acts on the noun: "called on the
    government to block Trump's visit" asks for the visit to be blocked, so the visit is what
    the request is about, not a second act to code (the nearest verb over a noun of its own
    is the governing act: "refused to disavow Graham's endorsement")."""
    for token in noun.ancestors:
        if token == governor:
            return False
        if token.pos_ == "VERB":
            return True
    return False
