"""A person painted as something by someone else: a slant, so an accusation.

"Clinton cast her rival as offering a narrow message", "portraying Sanders as singularly
focused on economic issues", "painting Trump as a Romney caricature": in political news a
party that portrays, casts or paints a named person as anything with no merit word
(`events.judgement` reads those as praise) is attacking that person's image; the words of
the "as" phrase are often plain. Describing is left to the verdict words ("described him as a
family man" is no accusation), and so is a party presenting itself ("cast himself as an
outsider") or a thing ("cast the attacks as a failure").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.as_verdicts import as_complements
from eventwire.events.judged_words import MERIT, judged
from eventwire.events.lexicon import is_person
from eventwire.events.verb_arguments import objects
from eventwire.lexicons import word_set
from eventwire.parse.forms import is_reflexive


def painted_rival(verb: Token) -> bool:
    """Whether a slanting verb presents a named person other than its subject as something
    that no merit word praises ("portrayed him as a generous executive" is praise)."""
    if verb.lemma_.lower() not in word_set("slanting_verb") or verb.pos_ != "VERB":
        return False
    others = [o for o in objects(verb) if is_person(o) and not is_reflexive(o)]
    presented = as_complements(verb)
    return bool(others) and bool(presented) and not any(judged(c, MERIT) for c in presented)
