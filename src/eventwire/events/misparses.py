"""Seven misreadings of the small English model; five would put the wrong party on an act's side:

- an apposition hung on the verb: in "attacked his rival, Senator Ann Kohl, on Monday" the
  name is read as the verb's adverbial noun ("npadvmod"), not the object's appositive, so the
  target would be the bare description;
- a subject read as a conjunct: in "charged the officer with murder and Reyes fired his chief"
  "Reyes" is read as coordinated with "murder", so the mayor would join the charge's target;
- a subject read as an adverbial noun: in "Turkey massed troops on the border" "Turkey" is
  read as the verb's "npadvmod", so the act would have no doer;
- a second act read as continuing a relative clause or an infinitive on a noun: in "warned that
  police would arrest anyone who blocks roads and dismissed calls to resign" "dismissed" is
  read as coordinated with "blocks" (in "criticized his refusal to use the term and called for
  him to quit", "called" with "use"), so the act would be the clause's and its doer "anyone";
- a charge hung on the accuser: in "was accused by the news media of beating his wife" the
  "of" phrase is read as the media's, so the act charged would stand as an act of its own
  (and the media as its doer), where "was accused of beating" folds it into the accusation;
- a clause hung as a modifier or argument: in "Biden rubbished Trump's claim" "rubbished" is
  read as a modifier of "Trump", with "Biden" its subject, so the act would not be read at all;
- a phrasal verb hung as a noun: in "spent his campaign railing against superdelegates"
  "railing" is read as the object of "of", though it governs the preposition of "rail against".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import NOUN_ARGUMENT_DEPS, through_any_preposition
from eventwire.parse.nlp import TIME_ENTITIES
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import (
    BASE_FORM_TAG,
    FINITE_TAGS,
    GERUND_TAG,
    NOUN_OR_PRONOUN_POS,
    PAST_TENSE_TAG,
    PRESENT_TAGS,
)

# "refusal to use", "men blocking"
NONFINITE_ON_NOUN = {("acl", BASE_FORM_TAG), ("acl", GERUND_TAG)}


def loose_appositions(head: Token) -> list[Token]:
    """Proper names the parse hangs on the head's verb right after the head's phrase and a
    comma ("his rival, Senator Ann Kohl,"): an appositive of the head."""
    if head.dep_ not in NOUN_ARGUMENT_DEPS or head.pos_ != "NOUN":
        return []
    verb = through_any_preposition(head)
    comma = head.right_edge.i + 1
    if comma >= len(head.doc) or head.doc[comma].text != ",":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == comma + 1
    ]


def subject_of_next_verb(conjunct: Token) -> bool:
    """Whether a conjunct is right before a finite verb with no subject of its own, coordinated
    with another verb ("... with murder and Reyes fired ..."): that verb's subject."""
    after = conjunct.right_edge.i + 1
    if after >= len(conjunct.doc) or conjunct.pos_ not in NOUN_OR_PRONOUN_POS:
        return False
    verb = conjunct.doc[after]
    return (
        verb.tag_ in FINITE_TAGS
        and not verb.ent_type_  # "arrested Ali Hamad and Omar Said": a name's last word
        and verb.dep_ == "conj"
        and not has_subject(verb)
    )


def adverbial_subjects(verb: Token) -> list[Token]:
    """The proper noun opening a finite verb's clause that the parse reads as its adverbial
    noun when the verb has no subject of its own ("Turkey massed troops"): its subject."""
    if verb.tag_ not in FINITE_TAGS or has_subject(verb):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod"
        and c.pos_ == "PROPN"
        and c.ent_type_ not in TIME_ENTITIES
        and c.i < verb.i
        and c.left_edge.i == verb.left_edge.i
    ]


def past_after_present(verb: Token) -> Token | None:
    """The main verb that a subjectless past-tense verb after "and" continues, where the parse
    joins it to a present-tense relative clause ("anyone who blocks roads and dismissed calls")
    or to an infinitive or participle on a noun ("went after her for following his refusal to
    use the term and called for her to quit"): a past tense is no conjunct of either, so it is
    the nearest past-tense verb above that clause's noun."""
    before = verb.doc[verb.i - 1] if verb.i else verb
    relative = verb.head
    if verb.dep_ != "conj" or verb.tag_ != PAST_TENSE_TAG or before.dep_ != "cc":
        return None
    present = relative.dep_ == "relcl" and relative.tag_ in PRESENT_TAGS
    if not present and (relative.dep_, relative.tag_) not in NONFINITE_ON_NOUN:
        return None
    if has_subject(verb):
        return None
    return next(
        (t for t in relative.ancestors if t.tag_ == PAST_TENSE_TAG and t.pos_ == "VERB"), None
    )


def charge_past_agent(agent: Token, act: Token) -> bool:
    """ "was accused by the news media of beating his wife": the `act` sits in an "of" phrase
    the parse hangs on the noun of the verb's "by" phrase, where it is the verb's own "of"
    complement, what the accuser charges."""
    if agent.dep_ != "agent":
        return False
    accusers = [c for c in agent.children if c.dep_ == "pobj"]
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and prep.is_ancestor(act)
        for accuser in accusers
        for prep in accuser.children
    )


def hung_clause(verb: Token) -> bool:
    """A finite verb governing its own subject: a clause, whatever the parse hung it as."""
    return verb.tag_ in FINITE_TAGS and has_subject(verb)


def governed_particle(verb: Token, particles: tuple[str, ...]) -> bool:
    """A word tagged as a verb that governs the particle or preposition of its phrasal verb
    ("railing against"): a verb, whatever the parse hung it as."""
    own = any(c.dep_ in {"prep", "prt"} and c.lower_ in particles for c in verb.children)
    return verb.pos_ == "VERB" and own
