"""Documents that speak for whoever put them out: "He released a letter from his doctor that
says he has “extraordinarily good health”" is his claim, and PolNeAR credits him, not "that";
"according to an analysis by the Pew Research Center" credits the center (`author`).

A cue whose subject is a relative pronoun, in a clause on the object of a publishing verb
(`publishing_verb` in `lexicons/word_lists.tsv`), takes that verb's subject as its speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set

RELATIVE_SUBJECTS = {"that", "which"}


def publishing_verb(cue: Token) -> Token | None:
    """The verb that put out the document the cue's relative clause describes, if any."""
    if cue.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in cue.children
    ):
        return None
    document = cue.head
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in word_set("publishing_verb"):
        return None
    return verb


AUTHOR_PREPOSITIONS = word_set("maker_preposition")


def author(source: Token) -> Token:
    """ "according to a tally by the Associated Press", "… a post from Arianna Huffington": a
    work that names who made it stands for its maker; anything else is its own source."""
    if source.ent_type_ == "PERSON":
        return source
    for child in source.rights:
        if child.dep_ == "prep" and child.lower_ in AUTHOR_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else source
    return source
