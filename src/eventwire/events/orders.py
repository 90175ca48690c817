"""Court and agency orders told as a ruling on what a party must or may not do.

"The court ruled that the minister must resign", "the agency ruled that the girl must be
returned", "the judges ruled that Ghana could not extradite him": the act the sentence tells is
the authority's ruling toward the party bound, not the bound act (which has not happened). A
duty laid on a party is a demand (CAMEO 100, REQUEST); a bar on what it may do is a restriction
(CAMEO 172, COERCE: impose administrative sanctions). An order given as an infinitive ("ordered
the mayor to resign") is a lexicon row of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import DEMAND, RESTRICTION
from eventwire.events.lexicon import words
from eventwire.events.word_classes import OBLIGATION
from eventwire.parse.deps import AUXILIARY_DEPS
from eventwire.parse.tags import BASE_FORM_TAG, MODAL_TAG, PRESENT_PLURAL_TAG, SINGULAR_NOUN_TAGS

MANDATING = words("event_words.tsv", "mandating")  # order, decree: a command in any mood
RULING = words("event_words.tsv", "ruling") | MANDATING  # and rule: a duty stated with a modal
# can, could, may: what a party "could not" do is barred
PERMISSION = words("modality_words.tsv", "ability") | words("modality_words.tsv", "hypothetical")
SINGULAR = SINGULAR_NOUN_TAGS  # noun tags of a singular subject


def ruling_code(verb: Token) -> str | None:
    """The CAMEO code of a ruling verb whose reported clause binds a party, if it has one."""
    if verb.lemma_.lower() not in RULING or verb.pos_ != "VERB":
        return None
    commanding = verb.lemma_.lower() in MANDATING
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            code = bound_code(clause, commanding)
            if code is not None:
                return code
    return None


def bound_code(clause: Token, commanding: bool) -> str | None:
    """ "must resign" binds (a demand), "could not implement" bars (a restriction), and so does
    the subjunctive "ordered that the prisoners be freed"; "ruled that he lied" binds no one."""
    modals = {a.lower_ for a in clause.children if a.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in clause.children)
    if negated and modals & (OBLIGATION | PERMISSION):
        return RESTRICTION
    if modals & OBLIGATION or _subjunctive(clause, commanding):
        return DEMAND
    return None


def _subjunctive(clause: Token, commanding: bool) -> bool:
    """ "that the prisoners be freed", "that the ministry coordinate its efforts": a bare verb
    form with a subject of its own and no modal or tense, the mood of a command."""
    auxes = [a for a in clause.children if a.dep_ in AUXILIARY_DEPS]
    if any(a.tag_ == MODAL_TAG or a.lower_ == "to" for a in auxes):
        return False
    if any(a.lower_ == "be" and a.tag_ == BASE_FORM_TAG for a in auxes):
        return True
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return not auxes and bool(subjects) and _bare(clause, subjects[0], commanding)


def _bare(verb: Token, subject: Token, commanding: bool) -> bool:
    """A bare form: the tagger reads "the ministry coordinate" as a present, which a singular
    noun subject shows is none; after a command ("ordered that the rebels withdraw") a plural
    one too, where after "ruled" ("ruled that the laws violate") it tells a finding."""
    present = verb.tag_ == PRESENT_PLURAL_TAG and (commanding or subject.tag_ in SINGULAR)
    return verb.tag_ == BASE_FORM_TAG or present
