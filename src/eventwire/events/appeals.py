"""Appeals told with no appeal word: "'We must take action,' she said", "'Let us never be
silent,' he told the crowd", "'It is time to stand up to the lobby,' Clinton said", "'Send
him back,' said a passer-by", "Please advise how ...".

A speaker who lays a duty on their own side ("we must", "we need to", "we've got to"), rallies
it ("let us", "let's"), says it is time for an act, or bids a listener act in an imperative,
appeals for that act (CAMEO 100), as "X said Y must withdraw" demands it of Y
(`events.demands`). Only an act is appealed for: "we must remember", "let's face it",
"believe me" or "you should see the crowd" are turns of talk or frames of mind, "we should
have known" a regret, "I must go" the speaker's own plan, "we had to" a past need.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.demands import (
    CEASING,
    OBLIGATION,
    PAST,
    PERFECT_AUX,
    PERFECT_DUTY,
    ceased_act,
    quoted_obligation,
    stated_obligation,
    states_duty,
)
from eventwire.events.lexicon import is_agent, reports, words
from eventwire.events.mood import is_imperative
from eventwire.events.quoted_roots import quoted_root_verb
from eventwire.lexicons import word_set
from eventwire.parse.deps import COMPLEMENT_OR_OBJECT_DEPS
from eventwire.parse.posts import tweet_author

STATES = words("event_words.tsv", "state_verb")  # be, know: no act to appeal for
IDLE = words("event_words.tsv", "idle_appeal") | words("event_words.tsv", "perceiving") | STATES
SELF = word_set("exhorted_self")  # we: the speaker's own side
RALLIED = word_set("rallied_self")  # "let us"
OWN_DUTY = word_set("own_duty_verb")  # "we need to act"
VAGUE = words("modality_words.tsv", "stood_thing")  # "we must build on that": no act told
TIME = word_set("appeal_time")  # "it is time to act"
URGENT = word_set("urgent_time")  # "it is high time"
PLEA = word_set("plea_word")  # "please advise"
COPULA = word_set("copula_form")  # "it’s time", the tagger leaving "’s" unlemmatised
CEASED = word_set("ceased_pronoun")  # "it needs to stop"
CLAUSE_DEPS = {"ROOT", "ccomp", "conj"}  # "all we have to do is" (relcl) appeals for nothing
BID_DEPS = {"ccomp", "advcl", "parataxis"}  # a quoted imperative as the parse hangs it
INFINITIVE_DEPS = {"relcl", "acl", "advcl", "xcomp"}  # "time to act" as the parse hangs it
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
ARGUMENT_DEPS = {"dobj", "prep", "prt", "dative", "xcomp", "ccomp"}  # what an act acts on
OWN_OBJECTS = {"me", "us", "yourself", "yourselves"}  # "trust me", "ask yourself": talk


def reported_appeal(verb: Token) -> bool:
    """ "'We must take action,' she said", "'Send him back,' said Raeber": a reporting verb
    with a speaker whose quoted or reported clause appeals for an act."""
    if not reports(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in BID_DEPS]
    joined = [j for c in clauses for j in c.children if j.dep_ == "conj"]  # "..., and it must stop"
    return any(appeal_clause(c) for c in [*clauses, *joined]) or any(
        _quoted_imperative(c) for c in clauses
    )


def quoted_appeal(verb: Token) -> bool:
    """ "'Let us never be silent.'": a quoted sentence of its own (its speaker told around it,
    or the author of the post it is in) that appeals for an act."""
    own = quoted_root_verb(verb) or (verb.dep_ == "ROOT" and tweet_author(verb) is not None)
    return own and appeal_clause(verb)


def voiced_appeal(verb: Token) -> bool:
    """An appeal told with no appeal word, on a reporting verb or a quoted sentence's own, and
    not a duty laid on a named party (`demands`)."""
    if stated_obligation(verb) or quoted_obligation(verb):
        return False
    return reported_appeal(verb) or quoted_appeal(verb)


def appeal_clause(clause: Token) -> bool:
    """A clause that appeals for an act: a duty of the speaker's own side, "let us", "it is
    time to" or a plea ("please advise")."""
    if clause.sent[-1].text == "?":
        return False  # "must we really wait?": a question asks nothing done
    if own_duty(clause) or rallied(clause) or plea(clause) or ceased_duty(clause):
        return True
    return time_to_act(clause) is not None


def ceased_duty(clause: Token) -> bool:
    """ "It needs to stop", "this has to end": a duty that a state of affairs the speaker
    names by a pronoun cease binds whoever carries it on, as "the violence must stop" does
    (`demands.ceased_act`)."""
    if clause.dep_ not in CLAUSE_DEPS or not states_duty(clause):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    named = any(ceased_act(s) for s in subjects)
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]  # "needs to stop"
    ceasing = any(v.lemma_.lower() in CEASING and not _objects(v) for v in verbs)
    return named or (ceasing and any(s.lower_ in CEASED for s in subjects))


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in COMPLEMENT_OR_OBJECT_DEPS]


def own_duty(clause: Token) -> bool:
    """ "We must take action", "we need to do a better job", "we've got to stop them": a duty
    the speaker lays on their own side, in the present, over an act; "we should have acted"
    regrets and "we had to" tells a past need."""
    if clause.dep_ not in CLAUSE_DEPS or not _own_subject(clause) or _clause_before(clause):
        return False
    auxes = [a for a in clause.children if a.dep_ == "aux"]
    if clause.tag_ == "MD" and clause.lower_ in OBLIGATION:  # "we ought to act"
        return any(_asked_infinitive(c) for c in clause.children if c.dep_ == "xcomp")
    if any(a.lower_ in OBLIGATION for a in auxes):
        perfect = any(a.lemma_.lower() == "have" and a.tag_ == "VB" for a in auxes)
        return not perfect and _asked_act(clause)
    return _duty_verb(clause, auxes)


def _asked_infinitive(clause: Token) -> bool:
    return _infinitive_act(clause) and _asked_act(clause)


def _asked_act(act: Token) -> bool:
    """An act the duty asks for: one with what it acts on ("take action", "stand up to the
    lobby"); "we must work harder" exhorts no act in particular, and "we must find those
    responsible" is a resolve against a party (`_aimed`)."""
    return _act(act) and _has_argument(act) and not _aimed(act)


def _aimed(act: Token) -> bool:
    """ "We must find those responsible", "we have to defeat them": a duty of one's own side
    done to a party is a resolve against it (a threat, as coders read it), no appeal."""
    return any(c.dep_ == "dobj" and is_agent(c) for c in act.children)


def _clause_before(verb: Token) -> bool:
    """ "We are going into a recession without the consensus that we need to act": a clause the
    parse hangs before the duty's verb tells that the duty is not the sentence's own word."""
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _duty_verb(verb: Token, auxes: list[Token]) -> bool:
    """ "we need to act", "we've got to act": a verb of duty, present and not
    lifted ("we don't need to") nor hedged ("we may have to"), over an act's infinitive."""
    lemma = verb.lemma_.lower()
    perfect = any(a.lemma_.lower() in PERFECT_AUX or a.lower_ in PERFECT_AUX for a in auxes)
    duty = (lemma in OWN_DUTY and verb.tag_ not in PAST) or (lemma in PERFECT_DUTY and perfect)
    lifted = any(c.dep_ == "neg" for c in verb.children)
    hedged = any(a.tag_ == "MD" or a.lemma_.lower() == "do" for a in auxes)
    if not duty or lifted or hedged:
        return False
    return any(_asked_infinitive(c) for c in verb.children if c.dep_ == "xcomp")


def _own_subject(clause: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in SELF for c in clause.children)


def _rallied(clause: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in RALLIED for c in clause.children)


def rallied(clause: Token) -> bool:
    """ "Let us stand together", "let's not be fooled", "Let us never be silent": "let" bidding
    the speaker's own side to act; "let's be clear" or "let's face it" is a turn of talk, so a
    state is an appeal only when refused ("never be silent")."""
    if clause.lemma_.lower() != "let" or clause.tag_ != "VB":
        return False
    if any(c.dep_ in SUBJECTS for c in clause.children):
        return False  # "they let us down"
    acts = [c for c in clause.children if c.dep_ in {"ccomp", "xcomp"} and _rallied(c)]
    return any(_act(a) or _refused_state(a) for a in acts)


def _refused_state(verb: Token) -> bool:
    """ "never be silent", "not be fooled": a state the speaker's side is bidden to refuse."""
    return verb.lemma_.lower() in STATES and any(c.dep_ == "neg" for c in verb.children)


def time_to_act(clause: Token) -> Token | None:
    """ "It is time to stand up to the lobby", "it's high time for Congress to act": the act
    the speaker says the time has come for; "a good time to buy" tells a chance."""
    copula = clause.lemma_.lower() == "be" or clause.lower_ in COPULA
    if not copula or clause.dep_ not in CLAUSE_DEPS:
        return None
    if not any(c.dep_ in SUBJECTS and c.lower_ == "it" for c in clause.children):
        return None
    times = [c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in TIME]
    for time in times:
        modifiers = [c for c in time.children if c.dep_ in {"det", "amod", "poss"}]
        if any(m.lower_ not in URGENT for m in modifiers):
            continue
        acts = [c for c in time.children if c.dep_ in INFINITIVE_DEPS and _infinitive_act(c)]
        if acts:
            return acts[0]
    return None


def plea(clause: Token) -> bool:
    """ "Please advise how you wish to proceed": an imperative with "please" asks its
    listener to act."""
    if clause.tag_ != "VB" or any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    if _talk(clause):
        return False  # "please show me that person": a challenge, no bid
    return any(c.lower_ in PLEA for c in clause.children if c.dep_ in {"intj", "advmod"})


def _quoted_imperative(clause: Token) -> bool:
    """ "'Send him back,' said Raeber", "'Stop the attacks,' Roe said": a quoted clause that
    bids its listener act; "'Look, ...'", "'Believe me'" are turns of talk."""
    if not _opens_quote(clause) or clause.tag_ != "VB" or not _first_said(clause):
        return False
    own_frame = SUBJECTS | {"aux", "mark"}  # "to act", "if we act", "they act": no bid
    bare = is_imperative(clause) or (
        clause.dep_ == "advcl" and not any(c.dep_ in own_frame for c in clause.children)
    )
    return bare and not _talk(clause) and _act(clause) and _has_argument(clause)


def _talk(verb: Token) -> bool:
    """ "trust me", "show me", "ask yourself": a bid whose object is the speaker or the
    listener is a turn of talk."""
    return any(c.lower_ in OWN_OBJECTS for c in verb.children if c.dep_ in {"dobj", "dative"})


def _first_said(verb: Token) -> bool:
    """The verb opens the quotation, "please" aside ("'Send him back'"); a verb further in
    ("'... as it was: pay them and you got to play'") is as often a turn of the argument."""
    before = verb.doc[verb.left_edge.i : verb.i]
    return all(t.is_quote or t.is_punct or t.lower_ in PLEA for t in before)


def _has_argument(verb: Token) -> bool:
    """An imperative with what it acts on ("send him back", "stop the attacks", "vote for
    the bill"); a lone verb ("'Go,' he said") is as often a cheer or a turn of talk."""
    return any(c.dep_ in ARGUMENT_DEPS for c in verb.children)


def _opens_quote(clause: Token) -> bool:
    """A clause whose first word follows an opening quotation mark (the parse may hang the
    mark on the clause itself)."""
    first = clause.left_edge
    if first.is_quote:
        return first.is_left_punct
    before = clause.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.is_quote and before.is_left_punct


def _infinitive_act(clause: Token) -> bool:
    """ "to take action": an act's infinitive ("to be" states no act)."""
    marked = any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    return marked and _act(clause)


def _act(verb: Token) -> bool:
    """An act one can be asked to do: not a state, a perception or a turn of talk ("remember",
    "see", "be"), not a passive ("must be protected"), not a bare "do" ("we must do more" keeps
    its object)."""
    lemma = verb.lemma_.lower()
    if lemma in IDLE or any(c.dep_ == "auxpass" for c in verb.children) or _vague(verb):
        return False
    return lemma != "do" or any(c.dep_ == "dobj" for c in verb.children)


def _vague(verb: Token) -> bool:
    """ "we must build on that", "we have to do something": an act told only by a pronoun for
    a thing names nothing to be done."""
    preps = [p for p in verb.children if p.dep_ == "prep"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in VAGUE for o in objects)


def asked_party(clause: Token) -> list[Token]:
    """The party an appeal names as the one to act: "time for Congress to act"; "we" and an
    imperative's listener name none in the clause."""
    act = time_to_act(clause)
    if act is None:
        return []
    return [c for c in act.children if c.dep_ == "nsubj" and is_agent(c)]
