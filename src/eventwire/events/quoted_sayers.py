"""The speaker of a passive report: "Putin was quoted as saying ...", "he was cited as saying".

A reporting verb in the passive whose "as" complement says something has the speaker as its
subject: Putin says it, and whoever quotes him (a "by" agent: "by the Interfax news agency")
only passes it on. So the passive subject, not the agent, is the one who acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import reports


def quoted_sayers(verb: Token) -> list[Token]:
    """The passive subject of a report told "as saying", else none."""
    if not reports(verb) or not any(_says(prep) for prep in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def _says(prep: Token) -> bool:
    """ "as saying": an "as" phrase whose verb reports speech."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "as"
        and any(c.dep_ == "pcomp" and reports(c) for c in prep.children)
    )
