"""An act a speaker judges without saying who does it: "Indian officials said that lifting
the embargo is out of the question", "Tokyo said resuming aid was not an option". A gerund
with no subject of its own, itself the subject of a clause someone says, is the speaker's
own course (as "we will not lift it" would be): its doers are the speaker's subjects."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.tags import GERUND_TAG

SPEECH = words("cue_verbs.tsv", "speech")  # say, tell, announce ...
OWN_SUBJECTS = {"nsubj", "nsubjpass", "poss", "agent"}


def judging_speakers(verb: Token) -> list[Token]:
    """The subjects of the verb that says the clause judging the bare gerund `verb`."""
    if verb.dep_ != "csubj" or verb.tag_ != GERUND_TAG:
        return []
    if any(c.dep_ in OWN_SUBJECTS for c in verb.children):
        return []  # "Nepal's blocking the border is illegal": Nepal's act
    clause = verb.head
    speaker_verb = clause.head
    said = clause.dep_ == "ccomp" and speaker_verb.lemma_.lower() in SPEECH
    return [c for c in speaker_verb.children if c.dep_ == "nsubj"] if said else []
