"""Where a clause's modality stops: asides the writer adds, and phrases that scope over an act.

A reporting verb or a plan governs only its own content. A parenthetical "X warned" inside the
sentence it introduces, or a relative clause the writer sets off to describe a participant
(", who backed Cruz,"), tells the writer's own facts; "stopped short of endorsing" says the
endorsing did not happen; a sentence-opening "Still," is a connective, not an aspect.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from itertools import pairwise

from spacy.tokens import Doc, Token

from eventwire.events.lexicon import words
from eventwire.lexicons import word_set
from eventwire.model import Quote
from eventwire.parse.dashes import DASHES
from eventwire.parse.deps import AUXILIARY_DEPS, REPORTED_CLAUSE_DEPS
from eventwire.parse.subjects import ACTIVE_SUBJECT_DEPS
from eventwire.parse.tags import BASE_FORM_TAG, GERUND_TAG, PRESENT_PLURAL_TAG, VERB_POS

# The subjects modality reads; a later second definition used to override a first one that
# also held "nsubjpass", so every reader here has always seen only these two.
SUBJECTS = ACTIVE_SUBJECT_DEPS
CONTRACTED_WOULD = {"'d", "’d"}  # "he'd sit Putin down", "I'd beat him"
ASIDE_MARKS = DASHES | {",", "("}
SHORTFALL = {"short"}
LIKELIHOOD = words("modality_words.tsv", "likelihood")  # "is likely to attack"
RULED_OUT = words("modality_words.tsv", "ruled_out")  # "is out of the question"
RULED_OUT_NOUNS = words("modality_words.tsv", "ruled_out_noun")  # "no way", "no chance"
CLAUSE_ON_NOUN = {"relcl", "acl", "ccomp"}  # "no way (that) Russia will help"
OCCURRENCE = words("modality_words.tsv", "occurrence")  # "the talks will resume"
EXAMPLES = word_set("example_preposition")  # "including", "like": a listed instance
LISTED_DEPS = {"appos", "conj"}  # a noun restated or listed beside another


def aside_speech(token: Token) -> bool:
    """ "If talks fail, Mr. Green warned, farmers plan to leave": a parenthetical verb with its
    own subject is not governed by the clause it interrupts."""
    return token.dep_ == "parataxis" and any(c.dep_ in SUBJECTS for c in token.children)


def host_modal(
    chain: list[Token], modals: set[str], reported: Callable[[Token], bool] | None = None
) -> Token | None:
    """ "protests will erupt, leading to clashes", "could strike, forcing a retreat": a free
    participle (no subject or conjunction of its own) tells a result of its main clause and
    shares that clause's modal; not a verb that plans ("pledged ..., warning Iraq" warned).
    With `reported`, a reported "would" counts too ("said it would circulate a draft, calling
    for sanctions": the future of "will")."""
    for token in chain:
        if token.dep_ == "advcl" and token.tag_ == GERUND_TAG:
            if any(c.dep_ in SUBJECTS | {"mark", "aux"} for c in token.children):
                return None
            host = token.head
            future = {"would"} if reported is not None and reported(host) else set()
            auxes = (a for a in host.children if a.dep_ == "aux")
            return next((a for a in auxes if modal_form(a) in modals | future), None)
    return None


def modal_form(aux: Token) -> str:
    """The modal an auxiliary is, lower-cased: a contracted "'d" before a bare verb is "would"
    ("I'd beat him"); before a participle it is "had" ("they'd met"), whatever the tagger says,
    and stays as written."""
    bare = aux.head.tag_ in {
        BASE_FORM_TAG,
        PRESENT_PLURAL_TAG,
    }  # the tagger may read "welcome" as present
    return "would" if aux.lower_ in CONTRACTED_WOULD and bare else aux.lower_


def served_act(head: Token) -> Token | None:
    """ "is willing to send equipment to help defend Kuwait": the verb whose purpose the
    trigger's infinitive clause tells (no subject of its own); what is planned or possible for
    that act is so for its purpose too; so for an act noun the clause's verb takes ("to impose
    sanctions", "to hold talks")."""
    token = head.head if head.dep_ == "dobj" and head.pos_ == "NOUN" else head
    while token.dep_ == "xcomp" and token.head != token:
        token = token.head  # "to help defend": up to the clause's own verb
    marks = {c.dep_: c.lower_ for c in token.children}
    purpose = token.dep_ == "advcl" and marks.get("aux") == "to" and "mark" not in marks
    own_subject = any(c.dep_ in SUBJECTS for c in token.children)
    return token.head if purpose and not own_subject else None


def likelihood(chain: list[Token]) -> Token | None:
    """ "Kenya is likely to send troops", "Peru is unlikely to meet the envoy": an adjective of
    likelihood over the act's infinitive tells a possible act, not one done or planned."""
    for below, token in pairwise(chain):
        if below.dep_ == "xcomp" and token.pos_ == "ADJ" and token.lower_ in LIKELIHOOD:
            return token
    return None


def ruled_out(chain: list[Token]) -> Token | None:
    """ "lifting the embargo is out of the question", "talks are off the table": an act said
    to be ruled out, as the subject of "be", is refused, not done."""
    for below, token in pairwise(chain):
        if below.dep_ in ACTIVE_SUBJECT_DEPS and token.lemma_ == "be":
            for phrase in (c for c in token.children if c.dep_ == "prep"):
                if " ".join(t.lower_ for t in phrase.subtree) in RULED_OUT:
                    return phrase
    return _no_way(chain[0])


def _no_way(act: Token) -> Token | None:
    """The "no" of "there is no way Russia will help" (the act a clause on the noun, or on the
    "be" whose noun it is) or "no way will Iraq allow it" (the noun an adverbial of the act):
    the act is ruled out, not planned."""
    nouns = [c for c in act.children if c.dep_ == "npadvmod"]
    nouns += [act.head] if act.dep_ in CLAUSE_ON_NOUN else []
    if act.dep_ == "ccomp" and act.head.lemma_ == "be":
        nouns += [c for c in act.head.children if c.dep_ == "attr"]
    for noun in nouns:
        if noun.lemma_.lower() in RULED_OUT_NOUNS:
            return next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), None)
    return None


def told_subject(noun: Token) -> bool:
    """ "Graham's endorsement of Cruz will raise questions", "Iran's refusal did not help": an
    act its owner is said to have done, as the subject of what it brings about, keeps its own
    time; the verb's future or negation is the consequence's. So does one the subject lists as
    an example or restates ("his rhetoric, including his call to ban X, could galvanize").
    Not a verb that tells the act itself happen ("Iran's talks with the EU will resume")."""
    subject = _listing_noun(noun)
    verb = subject.head
    owned = any(c.dep_ == "poss" for c in noun.children)
    told = subject.dep_ == "nsubj" and owned and verb.pos_ in VERB_POS
    return told and verb.lemma_.lower() not in OCCURRENCE | {"be"}


def _listing_noun(noun: Token) -> Token:
    """The noun whose "including" phrase, apposition or list the noun is in ("his rhetoric,
    including his call"), up to the phrase's head; the noun itself when it is in none."""
    token = noun
    while token.dep_ in LISTED_DEPS or listed_example(token):
        token = token.head.head if listed_example(token) else token.head
    return token


def listed_example(noun: Token) -> bool:
    """Whether the noun is the object of an example's preposition ("including his call"); the
    event readers ask it too (`scene_nouns.listed_act`)."""
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.lower_ in EXAMPLES


def in_writer_aside(head: Token) -> bool:
    """Whether the trigger lies in a relative clause the writer sets off by a comma or dash
    (", who backed Cruz, said ...", "- a point officials have disputed"): the writer's own
    description of a participant, not part of what a source reports."""
    token = head
    while token.head != token:
        if token.dep_ in REPORTED_CLAUSE_DEPS:
            return False  # the trigger is said inside the aside, not told by it
        if token.dep_ == "relcl":
            return _set_off(token)
        token = token.head
    return False


def _set_off(clause: Token) -> bool:
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if before is not None and before.text in ASIDE_MARKS:
        return True
    noun = clause.head
    if noun.dep_ not in {"appos", "npadvmod"} or noun.left_edge.i == 0:
        return False
    return noun.doc[noun.left_edge.i - 1].text in ASIDE_MARKS


def shortfall(chain: list[Token]) -> Token | None:
    """ "stopped short of endorsing", "fell short of winning": a verb that falls short of the act
    says the act was not done."""
    for token, above in pairwise(chain[1:]):
        if token.lower_ in SHORTFALL and above.pos_ in VERB_POS:
            return token
    return None


def connective(word: Token) -> bool:
    """ "Still, he rejected the notion": an adverb that opens its sentence links it to the last
    one; it does not tell that the act goes on."""
    return word.i == word.sent.start


def additive(word: Token) -> bool:
    """ "Not only did the ministry reject the offer, it also ...": "not only" adds, it does not
    negate."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ == "only"


def credited(doc: Doc, quote: Quote | None) -> bool:
    """ "As BuzzFeed first reported, Trump voiced support": a report the writer credits in an
    "as" clause is taken as established, not as the outlet's claim."""
    cue = quote.cue if quote is not None else None
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue else None
    return span is not None and any(
        c.lower_ == "as" for c in span.root.children if c.dep_ == "mark"
    )


def negating_prefix(chain: list[Token]) -> Token | None:
    """ "his non-endorsement", "the non-recognition of the vote": an act noun written with the
    prefix "non-", which the tokenizer splits off, names the act not done."""
    head, doc = chain[0], chain[0].doc
    if head.i < 2 or doc[head.i - 1].text != "-" or doc[head.i - 2].lower_ != "non":
        return None
    return doc[head.i - 2] if not doc[head.i - 2].whitespace_ else None


def children_in(token: Token, deps: Collection[str]) -> list[Token]:
    """The token's dependents with one of these relations (modality's finders ask this often)."""
    return [c for c in token.children if c.dep_ in deps]


def opens_other_clause(according: Token, head: Token) -> bool:
    """ "Turkey shut the pipeline, but according to Jordanian officials, a smaller line kept
    running": an attribution that opens a later joined clause, before that clause's own
    subject, credits only that clause; the earlier one stays the writer's fact."""
    verbs = [according.head]
    while verbs[-1].dep_ in AUXILIARY_DEPS:  # the parse may hang it on an auxiliary
        verbs.append(verbs[-1].head)
    clause = verbs[-1]
    if clause.dep_ != "conj" or clause == head or clause in head.ancestors:
        return False
    subjects = [c for verb in verbs for c in verb.children if c.dep_ in SUBJECTS]
    return bool(subjects) and according.i < subjects[0].i
