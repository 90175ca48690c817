"""Blame told by what a reported clause says another party did, not by a verdict word.

"S said X had ignored the law", "told supporters that X's ads twisted the facts", "said X has
done nothing to stop them", " 'X ought to be ashamed,' he said", " 'It is disappointing that X
is standing in the way,' she said": the speech verb is plain and the clause names no vice, yet
the speaker charges X. PLOVER codes the saying as ACCUSE. Read by word classes
(`event_words.tsv`): a norm broken ("norm_breaking" verb with a "norm" object), a shared good
damaged ("damaging" verb with a "public_good" or "norm" object: "would destroy our economy",
"is undermining the Second Amendment"), an idiom of obstruction, inaction with a purpose ("did
nothing to stop"), a rebuke of shame ("should be ashamed"), a loss caused ("would cost jobs"),
and a clause the speaker deplores ("it is disappointing that X ..."). A wrong charged to an act
made by a party ("the ruling by Judge X ignored the law") or to a hostile act ("the blockades
violated the rules") charges its doers.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import CONFLICTUAL, FIRST_PERSON_SUBJECTS, is_agent, words
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.verb_arguments import objects, prep_nouns
from eventwire.lexicons import word_set
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import GERUND_TAG

NORM_BREAKING = words("event_words.tsv", "norm_breaking")  # ignore, flout, breach, twist
NORMS = words("event_words.tsv", "norm")  # law, rules, promise, facts
DAMAGING = words("event_words.tsv", "damaging")  # undermine, destroy, wreck
SHARED_GOODS = NORMS | words("event_words.tsv", "public_good")  # economy, rights, confidence
OBSTRUCTION = words("event_words.tsv", "obstruction")  # "stand way", "turn eye"
SHAME = words("event_words.tsv", "shame")  # ashamed, embarrassed
DEPLORING = words("event_words.tsv", "deploring")  # "it is disappointing that ..."
LOSSES = words("event_words.tsv", "loss")  # "would cost jobs", "cost lives"
INACTION = {"nothing", "little"}  # "has done nothing to stop them"
REBUKING = {"should", "ought"}  # "should be ashamed": a rebuke, no request
REFLEXIVE = {"himself", "herself", "themselves", "itself"}  # "ashamed of himself"
SELF = word_set("self_or_none") | {"nobody", "no one"}  # the speaker, a thing, or no one
SECOND_PERSON = word_set("second_person")  # "you can wreck a career": anyone
NO_PARTICULAR_DOER = SELF | SECOND_PERSON  # "it", "nobody", "you": no party to blame


def charged_clause(clause: Token, of_party: bool) -> bool:
    """Whether a reported clause charges another party by what it says the party did
    (module doc); `of_party`: its subject is one. An extraposed clause ("it is disappointing
    that X ...") is read for the party it deplores."""
    of_party = of_party or _made_by_party(clause) or _hostile_act(clause)
    if of_party and _charged(clause):
        return True
    if of_party and any(_charged(c) and _same_party(c) for c in clause.conjuncts):
        return True  # "X has allowed them to cut us off, and it has done nothing to stop them"
    inner = deplored(clause)
    return inner is not None and _party_subject(inner)


def rebuked(clause: Token) -> bool:
    """ "X should be ashamed", "X ought to be ashamed of himself": a rebuke, not a demand."""
    modal = clause.lemma_.lower() in REBUKING or any(
        c.dep_ == "aux" and c.lower_ in REBUKING for c in clause.children
    )
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    feelings = [c for v in verbs for c in v.children if c.dep_ == "acomp" and c.lower_ in SHAME]
    reflexive = any(w.lower_ in REFLEXIVE for f in feelings for w in f.subtree)
    return bool(feelings) and (modal or reflexive)


def deplored(clause: Token) -> Token | None:
    """The that-clause of "it is disappointing that X ...", when it tells something done (the
    deploring word, not the feeling, makes it a charge); else None."""
    subjects = [c.lower_ for c in clause.children if c.dep_ == "nsubj"]
    adjectives = [c for c in clause.children if c.dep_ == "acomp" and c.lower_ in DEPLORING]
    if subjects != ["it"] or not adjectives:
        return None
    holders = [clause, *adjectives]  # the parser hangs the that-clause on either
    return next((c for h in holders for c in h.children if c.dep_ == "ccomp"), None)


def _charged(clause: Token) -> bool:
    return (
        _norm_broken(clause)
        or _good_damaged(clause)
        or _obstructs(clause)
        or _did_nothing(clause)
        or rebuked(clause)
        or _costs(clause)
    )


def _same_party(clause: Token) -> bool:
    """A conjoined clause about the party of the first: its subject a pronoun or left out."""
    subjects = clause_subjects(clause)
    return all(s.pos_ == "PRON" and s.lower_ not in FIRST_PERSON_SUBJECTS for s in subjects)


def _costs(clause: Token) -> bool:
    """ "(said) X's proposals would cost the state jobs": a loss laid at the party's door."""
    if clause.lemma_.lower() != "cost":
        return False
    lost = objects(clause)
    lost += [  # "cost thousands of jobs", "thousands of teachers their jobs" (appos)
        a for o in lost for a in o.children if a.dep_ == "appos" or a.lower_ == "of"
    ]
    lost += [p for o in lost if o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in LOSSES for o in lost)


def _norm_broken(clause: Token) -> bool:
    """ "ignored the law and the science", "broke its promises", "twisted the facts"."""
    if clause.lemma_.lower() not in NORM_BREAKING:
        return False
    objects = [w for c in clause.children if c.dep_ == "dobj" for w in (c, *c.conjuncts)]
    return any(o.lemma_.lower() in NORMS for o in objects)


def _good_damaged(clause: Token) -> bool:
    """ "is undermining the Second Amendment", "wants to destroy our economy", "is obsessed
    with undermining it": a harm to what others share, done by a party named or owned ("you
    can wreck a career" is anyone; "destroy ISIS" aims at a party, a war aim, not a wrong)."""
    subjects = clause_subjects(clause)
    if not subjects or any(s.lower_ in NO_PARTICULAR_DOER for s in subjects):
        return False
    return any(
        v.lemma_.lower() in DAMAGING and any(o.lemma_.lower() in SHARED_GOODS for o in objects(v))
        for v in _pursued(clause)
    )


def _pursued(verb: Token) -> list[Token]:
    """The verb and the acts its subject is told to pursue through it: "wants to destroy",
    "is obsessed with undermining" (an infinitive, or a gerund after a preposition)."""
    found = [verb]
    for child in verb.children:
        if child.dep_ == "xcomp":
            found += _pursued(child)
        elif child.dep_ in {"prep", "acomp"}:
            found += [g for g in child.subtree if g.dep_ == "pcomp" and g.tag_ == GERUND_TAG]
    return found


def _obstructs(clause: Token) -> bool:
    """ "is standing in the way of", "turned a blind eye to": verb and object, or the object
    of its preposition, form an idiom of the class."""
    lemma = clause.lemma_.lower()
    nouns = objects(clause) + [p for c in clause.children if c.dep_ == "prep" for p in c.children]
    return any(f"{lemma} {o.lemma_.lower()}" in OBSTRUCTION for o in nouns)


def _did_nothing(clause: Token) -> bool:
    """ "has done nothing to stop them", "did little to curb": inaction with the purpose
    named; "did nothing wrong" clears the party instead."""
    if clause.lemma_.lower() != "do":
        return False
    nothing = [c for c in clause.children if c.dep_ == "dobj" and c.lower_ in INACTION]
    purposes = [
        c
        for w in [clause, *nothing]
        for c in w.children
        if c.dep_ in {"relcl", "advcl", "xcomp", "acl"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    cleared = any(c.dep_ == "amod" for n in nothing for c in n.children)
    return bool(nothing) and bool(purposes) and not cleared


def _party_subject(clause: Token) -> bool:
    """A clause that tells an act of another party ("the government is standing in the
    way"), not of the speaker or a thing ("the talks failed")."""
    subjects = clause_subjects(clause)
    acts = clause.pos_ == "VERB" and clause.lemma_.lower() != "be"  # "X is weak" is a view
    return acts and any(s.lower_ not in SELF and is_agent(s) for s in subjects)


def _hostile_act(clause: Token) -> bool:
    """ "the blockades violated the bloc's rules": a hostile act named as the subject charges
    those who carry it out (the story's side readers find them)."""
    subjects = clause_subjects(clause)
    return any(
        t.code.type in CONFLICTUAL for s in subjects if s.pos_ == "NOUN" for t in noun_triggers(s)
    )


def _made_by_party(clause: Token) -> bool:
    """ "the decision by EPA chief X ignored the law": the subject is an act its "by" object
    made, so the charge falls on its maker."""
    subjects = clause_subjects(clause)
    makers = [p for s in subjects for p in prep_nouns(s, {"by"})]
    return any(is_agent(p) for p in makers)
