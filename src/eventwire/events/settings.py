"""Prepositional phrases that set a scene rather than name whom an act is aimed at: fronted
ones ("In Berlin, the ministry condemned ..."), and a "with" clause set off by a comma after
the verb ("has sent warships, with Britain and Australia among the nations lending support"),
whose noun has a predicate of its own and is no partner of the verb's act."""

from spacy.tokens import Token

from eventwire.events.levies import levied_on
from eventwire.events.phrase_links import pobjs
from eventwire.parse.subjects import clause_subjects

SETTING_PREPS = {"at", "on"}  # "At the Truman Library, the ministers signed ...": where, not whom


def fronted(prep: Token, verb: Token) -> bool:
    """A phrase before the verb and its subject frames the whole clause, so it is a setting
    ("In Berlin, the ministry condemned ..." happens there, it is not aimed at Berlin); an aim
    follows its verb ("fired at the crowd", "cracked down on protesters")."""
    subjects = [c.i for c in clause_subjects(verb)]
    return prep.i < verb.i and all(prep.i < s for s in subjects)


def aimed_pobjs(verb: Token, preps: set[str]) -> list[Token]:
    """The verb's prepositional objects in `preps`, less fronted scene-setting phrases; with
    "on", also whom a measure it lays is laid on ("imposed tariffs on Iraq": `levies`)."""
    levied = levied_on(verb) if "on" in preps else []
    return [
        pobj
        for pobj in pobjs(verb, preps)
        if not (pobj.head.lower_ in SETTING_PREPS and fronted(pobj.head, verb))
        and not absolute_with(pobj.head, verb)
    ] + levied


def absolute_with(prep: Token, verb: Token) -> bool:
    """ ", with X doing Y" after the verb: an absolute clause, not the act's partner."""
    before = prep.doc[prep.i - 1] if prep.i else prep
    return prep.lower_ == "with" and before.text == "," and prep.i > verb.i
