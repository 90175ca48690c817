"""The dependency label sets that readers in every feature ask of a token's place in the parse
(its objects, its modifiers, its complement clauses), each defined once here and imported, so
that two readers that mean the same set cannot drift apart. A clause's subjects are in
`parse.subjects`. A reader whose question is its own names it locally after the shared set it
stands for ("VICTIM_DEPS = PATIENT_DEPS"); and the steps up the tree they share
(`through_preposition`, `through_any_preposition`)."""

from __future__ import annotations

from spacy.tokens import Token

# What a verb is done to: the object of an active verb, the subject of a passive one.
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
CORE_ARGUMENT_DEPS = PATIENT_DEPS | {"nsubj"}  # a verb's subject or object, either voice
NOUN_ARGUMENT_DEPS = CORE_ARGUMENT_DEPS | {"pobj"}  # and a preposition's object
VERB_OBJECT_DEPS = frozenset({"dobj", "dative"})  # "told him", "gave him the plan"
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})  # "said that ...", "wants to ..."
COMPLEMENT_OR_OBJECT_DEPS = COMPLEMENT_DEPS | {"dobj"}  # what a verb says or asks for
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})  # "X, he said" hung either way
LINKED_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "conj"})  # a clause that shares a doer
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})  # a clause on a noun: "the man who ...", "X seen"
PARTICIPLE_MODIFIER_DEPS = frozenset({"acl", "amod"})  # a participle on a noun: "a man struck by"
PREDICATE_DEPS = frozenset({"acomp", "attr"})  # "is wrong", "is a disgrace"
PREDICATE_OR_RESULT_DEPS = PREDICATE_DEPS | {"oprd"}  # and "called it wrong"
ADJECTIVAL_COMPLEMENT_DEPS = frozenset({"acomp", "oprd"})  # "seemed wrong", "found it wrong"
PREMODIFIER_DEPS = frozenset({"amod", "compound"})  # the words before a noun: "armed police"
NOUN_MODIFIER_DEPS = PREMODIFIER_DEPS | {"nmod"}  # "the US State Department"
MODIFIER_OR_OWNER_DEPS = NOUN_MODIFIER_DEPS | {"poss"}  # and "Russia's army"
COMPOUND_DEPS = frozenset({"compound", "nmod"})  # a noun before a noun: "border town"
OWNER_DEPS = frozenset({"compound", "poss"})  # "Obama aide", "Obama's aide"
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})  # "will go", "was hit"
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})  # "was hit", "he was hit": a passive's marks
PURPOSE_CLAUSE_DEPS = frozenset({"xcomp", "advcl"})  # "came to talk": the parse reads either
CHAINED_VERB_DEPS = frozenset({"xcomp", "conj"})  # "agreed to sign", "agreed and signed"
DOER_DEPS = frozenset({"nsubj", "poss"})  # "Russia attacked", "Russia's attack"
DETERMINER_DEPS = frozenset({"det", "poss"})  # "the plan", "his plan"
PREMODIFIER_OR_OWNER_DEPS = PREMODIFIER_DEPS | {"poss"}  # "armed police", "Russia's army"
PREPOSITION_DEPS = frozenset({"prep", "agent"})  # "with X", "by X"
VERB_PARTICLE_DEPS = frozenset({"prt", "advmod"})  # "back down", "went away"
DIRECT_OBJECT_DEPS = frozenset({"dobj", "obj"})  # "protested the tax" ("obj": the UD label)
NOUN_OBJECT_DEPS = frozenset({"dobj", "pobj"})  # a verb's or a preposition's object
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})  # "about the plan", "about leaving"
# The clause an "it" stands for: "it's crazy that nobody tries", "it is not right to say ...".
EXTRAPOSED_DEPS = frozenset({"xcomp", "ccomp", "csubj"})
# How the parse hangs the name a naming verb gives: "a staffer named X", "were branded traitors".
GIVEN_NAME_DEPS = frozenset({"oprd", "attr", "dobj"})


def through_preposition(noun: Token) -> Token:
    """The word a noun hangs on, past the preposition it is the object of: "defaulted" for
    "defaulted on his loan", "calling" for "calling on him"; else its own head."""
    return noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head


def through_any_preposition(noun: Token) -> Token:
    """The word a noun hangs on past any preposition it is the object of, a passive's "by"
    and a dative's "to" too: "criticized" for "criticized by his rival", "sent" for "sent a
    letter to him", where such a party is the verb's own as much as its subject or object."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head
