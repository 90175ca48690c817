"""What is handed over is not the act's target: "Pakistan handed over to Kenyan officials a
suspect". Coders code the handing over of suspects, prisoners or remains as cooperation with
the one who receives them; the suspect handed over is the thing transferred, so with a "to"
recipient named the direct object leaves the target side (lexicon class `handing`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects

HANDING = words("event_arguments.tsv", "handing")


def handed_over(verb: Token) -> list[Token]:
    """The verb's direct objects when it hands them over to a named recipient."""
    if verb.lemma_.lower() not in HANDING or not pobjs(verb, {"to"}):
        return []
    return objects(verb)
