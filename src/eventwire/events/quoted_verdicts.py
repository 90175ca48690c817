"""Verdicts passed in a quoted sentence that has no reporting verb of its own.

" 'She's a bad candidate. She's a flawed candidate,' Trump said", " '...,' Sanders wrote.
'He is a disgraceful liar.' ": the quote is the speaker's words, so a strong verdict its predicate
passes is the speaker's accusation, read as `events.evaluative` reads a reported clause (VADER's
valences with eventwire's lists laid over them) on the party it names. A verdict with no party
named ("'That is unacceptable.'", "'It's a vicious cycle'") is left alone: on the held-out coded
sets such lines were a coded accusation once in four. `events.judgement` reads such sentences
with eventwire's own lists only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from eventwire.events.cameo_codes import ACCUSATION
from eventwire.events.evaluative import OTHERS_QUOTED, about_another
from eventwire.events.judgement import denied_by_determiner
from eventwire.events.lexicon import reports
from eventwire.events.phrase_links import clausal_subject_doers
from eventwire.events.quoted_roots import quoted_root_verb
from eventwire.events.valences import STRONG
from eventwire.events.verdict_words import name_verdict
from eventwire.parse.deps import PREDICATE_OR_RESULT_DEPS
from eventwire.parse.subjects import clause_subjects


def quoted_verdict(root: Token, triggers_in: Callable[[Span], Iterable[object]]) -> str | None:
    """CAMEO's accusation when a quoted sentence with no reporting verb of its own passes a
    strong verdict in its predicate, as a reported clause would ("'She's a bad candidate.
    She's a flawed candidate,' Trump said"; "'He is a disgraceful liar,' he wrote" over two
    sentences): the quote's speaker passes it (`events.verdict_sides` reads who) on the party
    it names. A verdict denied ("'It's no mistake'", "'He's not an intellectual'") is none,
    and a sentence that tells an act of its own has that act coded instead."""
    predicates = [c for c in root.children if c.dep_ in PREDICATE_OR_RESULT_DEPS]
    if not predicates or reports(root) or not quoted_root_verb(root):
        return None
    if _denied(root, predicates):
        return None
    if _acts_beside(root, triggers_in):
        return None
    if not about_another(root, [], quoted=True) or not _on_a_person(root):
        return None
    score = max((name_verdict(p) for p in predicates), key=abs)
    return ACCUSATION if score <= -STRONG else None


def _denied(clause: Token, predicates: list[Token]) -> bool:
    """A negation on the clause's verb or its predicate ("is not sexist"), or a denying
    determiner ("is no mistake")."""
    negated = any(w.dep_ == "neg" for p in [clause, *predicates] for w in p.children)
    return negated or any(map(denied_by_determiner, predicates))


def _acts_beside(root: Token, triggers_in: Callable[[Span], Iterable[object]]) -> bool:
    """Whether the words of the root's sentence before or after it hold a trigger (the root
    itself is left out, so the search never reaches it again)."""
    sentence = root.sent
    pieces = [root.doc[sentence.start : root.i], root.doc[root.i + 1 : sentence.end]]
    return any(any(triggers_in(piece)) for piece in pieces if len(piece))


def _on_a_person(root: Token) -> bool:
    """Whether the one judged is a person: "he", "she", a named person, or whatever a person
    owns ("'Biden's remark could be considered arrogant'"; `evaluative.about_another` has
    already asked that it be a party or a party's act). A quoted line on a place or a firm
    ("'Libya today is completely chaotic'", "'Caesars is bankrupt'") tells a state of affairs:
    on the unseen pools such lines were no accusation."""
    subjects = clause_subjects(root) + clausal_subject_doers(root)
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    return any(w.lower_ in OTHERS_QUOTED or w.ent_type_ == "PERSON" for w in subjects + owners)
