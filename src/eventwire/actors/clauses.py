"""The clause a mention belongs to, read from the parse, for pronoun antecedents."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.deps import through_preposition
from eventwire.parse.forms import is_reflexive
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import GERUND_TAG, NOUN_POS, NOUN_TAG, VERB_POS, WH_TAGS

RELATIVE_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "pobj"}  # "whom he accused"
SHARING_DEPS = {"advcl", "conj", "xcomp"}  # verbs that may borrow the subject of their head


def clause_key(root: Token) -> str:
    """An id of the clause whose subject the mention's root may not stand for: its head, but
    for the object of a preposition that hangs on a verb, that verb ("called on her to
    resign": "called", not "on"), or, for an infinitive with no subject of its own, the verb
    whose subject it shares ("wants to meet with her"). An infinitive whose controller has an
    object takes that object for subject ("asks aides to stump for him"): a clause that no
    subject mention shares. A reflexive ("for herself"), a phrase on a noun and a place
    phrase ("stared at the screens before him") keep their own head: each may stand for the
    subject. A phrase on a noun its possessor owns shares the noun's key with that possessor,
    who is the noun's subject: "Trump's attacks on him" are not on Trump."""
    prep = root.head
    own = is_reflexive(root) or prep.lower_ in word_set("place_preposition")
    on_possessed = root.dep_ == "pobj" and prep.dep_ == "prep" and _possessed(prep.head)
    if on_possessed and not own:
        return str(prep.head.i)
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in VERB_POS or own:
        return str(root.head.i)
    verb = prep.head
    while verb.dep_ == "xcomp" and not has_subject(verb):
        if any(c.dep_ == "dobj" for c in verb.head.children):
            return f"controlled:{verb.i}"
        verb = verb.head
    return str(verb.i)


def controller_key(root: Token) -> str:
    """ "Bush attacked Trump, calling him a loser": the clause key of the verb whose subject
    the mention's own verb borrows (a participle, a coordinated verb or an infinitive with no
    subject of its own), "" if none; an object pronoun never stands for that subject either.
    Not an infinitive whose controller has an object ("asked aides to call him"), nor a
    purpose clause, whose doer may be its head's object."""
    verb = through_preposition(root)
    if is_reflexive(root) or verb.pos_ not in VERB_POS or verb.dep_ not in SHARING_DEPS:
        return ""
    if has_subject(verb) or verb.head.pos_ not in VERB_POS:
        return ""
    if verb.dep_ == "advcl" and verb.tag_ != GERUND_TAG:  # "needs rules to tell him": the rules'
        return ""
    if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
        return ""
    return str(verb.head.i)


def _possessed(noun: Token) -> bool:
    """A noun with a possessor of its own ("Trump's attacks", "his criticism")."""
    return noun.pos_ in NOUN_POS and any(c.dep_ == "poss" for c in noun.children)


def relative_clause_keys(root: Token) -> str:
    """The clause keys (`clause_key`) of the relative clauses on a mention whose relative pronoun
    is one of that clause's arguments, space-separated: "Smith, whom he accused" makes Smith
    an argument of "accused", so "he" there is not Smith. Only clauses on the mention's own
    word or on one singular common noun in apposition to it ("Garcia, a commissioner who
    accused him": Garcia accused): the parse hangs a following phrase on a name as its
    apposition often enough ("than Sanders, superdelegates who back him") that a clause on a
    plural there says nothing of the name."""
    verbs = [
        c for w in (root, *_singular_appositions(root)) for c in w.children if c.dep_ == "relcl"
    ]
    return " ".join(
        str(verb.i)
        for verb in verbs
        if any(t.tag_ in WH_TAGS and t.dep_ in RELATIVE_ARGUMENT_DEPS for t in verb.subtree)
    )


def _singular_appositions(root: Token) -> list[Token]:
    """The singular common nouns in apposition to a mention's word ("Garcia, a commissioner"),
    which agree with one person as a plural ("superdelegates") does not."""
    return [c for c in root.children if c.dep_ == "appos" and c.tag_ == NOUN_TAG]
