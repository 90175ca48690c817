"""Appeals and pressure that ask for nothing: "meant to appeal to millennials", "pressed the
button", "challenged the norms" attract, push or defy. An appeal or pressure asks "for"
something or someone "to" act, in court it sues, and "appealed the ruling" is a plea to a
higher court."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.appeal_senses import misread_public
from eventwire.events.disputed import disputes_a_claim
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.events.word_classes import DECISIONS


def attracts(verb: Token) -> bool:
    """ "meant to appeal to millennials", "pressed the button": attracting or pushing, not
    asking; an appeal or pressure asks "for" something or someone "to" act, in court it sues,
    "on behalf of" someone it pleads for them ("appealed to the UN on behalf of refugees")."""
    pleas = {t.lemma_.lower() for t in prep_objects(verb, {"in", "before", "on"})}
    asked = bool(pleas & {"court", "behalf"}) or any(
        (c.dep_ == "xcomp" and not misread_public(c))
        or (c.dep_ in {"advcl", "ccomp"} and any(a.lower_ == "to" for a in c.children))
        for c in verb.children
    )
    return not asked and not prep_objects(verb, {"for"}) and not _court_decision(verb)


def challenges_nothing(verb: Token) -> bool:
    """ "challenged the norms": no demand; "challenged the account" disputes it (`disputed`)."""
    return attracts(verb) and not disputes_a_claim(verb)


def _court_decision(verb: Token) -> bool:
    """ "appealed the ruling", "appealed against his conviction": a plea to a higher court."""
    pleaded = objects(verb) + prep_objects(verb, {"against"})
    return verb.lemma_.lower() == "appeal" and any(o.lemma_.lower() in DECISIONS for o in pleaded)
