"""A reported wrong that is itself an act the lexicon codes is that act, not the speaker's
verdict: "the spokesman told reporters the rebels had violated the truce" tells a ceasefire
violation (ASSAULT, claimed by the spokesman), as "X said Y attacked Z" codes Y's attack;
"said the senator lied" tells no act but the blame, which stays an accusation
(`events.judgement`), as does a cooperative act told as a wrong ("has allowed activists to cut
us off")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import ACCUSATION
from eventwire.events.judgement import WRONGDOING, judgement
from eventwire.events.lexicon import CONFLICTUAL, word_rows
from eventwire.events.willingness import Matcher


def verdict(verb: Token, first_match: Matcher) -> str | None:
    """The judgement's CAMEO code, unless it is blame whose reported clause codes an act."""
    found = judgement(verb)
    if found != ACCUSATION:
        return found
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return None if any(_coded_act(c, first_match) for c in clauses) else found


def _coded_act(clause: Token, first_match: Matcher) -> bool:
    """The clause's verb both tells the wrong and is a lexicon trigger of a hostile material
    act ("had violated the truce"); a wrong told beside the act ("shut its border and has done
    nothing to reopen it") stays blame."""
    if clause.lemma_.lower() not in WRONGDOING:
        return False
    candidates = word_rows(clause.lemma_.lower())
    match = first_match(clause, candidates) if candidates else None
    return match is not None and match.code.type in CONFLICTUAL
