"""The part-of-speech and fine tag sets that readers in every feature ask of a token ("is it a
verb?", "a present tense?"), each defined once here and imported, so that two readers that mean
the same set cannot drift apart. A reader whose question is its own names it locally after the
shared set it stands for ("SETTING_HEADS = VERB_POS")."""

from __future__ import annotations

# The Penn Treebank tags the readers name, one constant each.
BASE_FORM_TAG = "VB"  # "must stop", "to stop"
PAST_TENSE_TAG = "VBD"  # "stopped" as a tense
GERUND_TAG = "VBG"  # "stopping"
PARTICIPLE_TAG = "VBN"  # "had stopped", "was stopped"
PRESENT_PLURAL_TAG = "VBP"  # "they stop"
PRESENT_SINGULAR_TAG = "VBZ"  # "she stops"
MODAL_TAG = "MD"  # "will", "must"
NOUN_TAG = "NN"  # "attack"
PLURAL_NOUN_TAG = "NNS"  # "attacks"
NAME_TAG = "NNP"  # "Obama"
PLURAL_NAME_TAG = "NNPS"  # "the Kurds"
PRONOUN_TAG = "PRP"  # "he", "them"
POSSESSIVE_PRONOUN_TAG = "PRP$"  # "his"
POSSESSIVE_TAG = "POS"  # "'s"
ADJECTIVE_TAG = "JJ"  # "critical"
COMPARATIVE_TAG = "JJR"  # "better"
SUPERLATIVE_TAG = "JJS"  # "best"
ADVERB_TAG = "RB"  # "never"
TO_TAG = "TO"  # the infinitive's "to"
DETERMINER_TAG = "DT"  # "the", "all"
PREDETERMINER_TAG = "PDT"  # "all the"
NUMBER_TAG = "CD"  # "three"
WH_DETERMINER_TAG = "WDT"  # "which"
WH_PRONOUN_TAG = "WP"  # "who"
WH_POSSESSIVE_TAG = "WP$"  # "whose"
WH_ADVERB_TAG = "WRB"  # "when", "where"
HYPHEN_TAG = "HYPH"  # "-"
PARTICLE_TAG = "RP"  # "up" in "stepped up"
OPENING_QUOTE_TAG = "``"  # a mark that opens a quotation: "``", '

PARTICLE_POS = "PART"  # the infinitive's "to", a possessive "'s", "not"
VERB_POS = frozenset({"VERB", "AUX"})  # a verb, "be" and "have" among them
PROPER_NOUN_POS = "PROPN"  # "Obama", "US": a name
NOUN_POS = frozenset({"NOUN", PROPER_NOUN_POS})  # a common noun or a name
NOMINAL_POS = NOUN_POS | {"ADJ"}  # a noun phrase's words: "the Russian oligarch"
NAME_OR_PRONOUN_POS = frozenset({"PROPN", "PRON"})  # "Obama", "he": who is named or stood for
NOUN_OR_PRONOUN_POS = NOUN_POS | {"PRON"}  # any head of a party's phrase
# "says", "say": the simple present
PRESENT_TAGS = frozenset({PRESENT_SINGULAR_TAG, PRESENT_PLURAL_TAG})
# "never said", "had suggested": the tagger mixes the two
PAST_TAGS = frozenset({PAST_TENSE_TAG, PARTICIPLE_TAG})
PRESENT_OR_MODAL_TAGS = PRESENT_TAGS | {MODAL_TAG}  # "says", "will say": now or to come
FINITE_TAGS = PRESENT_TAGS | {PAST_TENSE_TAG}  # a past or present tense, never a participle
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {MODAL_TAG}  # "said", "will": a word that makes a clause
FINITE_OR_PARTICIPLE_TAGS = FINITE_TAGS | {PARTICIPLE_TAG}  # "said", "has said": a clause's verb
MODAL_OR_TO_TAGS = frozenset({MODAL_TAG, TO_TAG})  # "would come", "to stay": an act to come
GERUND_TAGS = frozenset({GERUND_TAG})  # "stopped attacking", "allowing": an -ing form
# "must stop", "to stop", "Stop attacking": the base form
BARE_FORM_TAGS = frozenset({BASE_FORM_TAG})
SINGULAR_NOUN_TAGS = frozenset({NOUN_TAG, NAME_TAG})  # one thing, one person or one body
NAME_TAGS = frozenset({NAME_TAG, PLURAL_NAME_TAG})  # "Obama", "the Kurds": a proper name
DESCRIBING_TAGS = frozenset({ADJECTIVE_TAG, GERUND_TAG, PARTICIPLE_TAG})  # "veteran, grandstanding"
WH_TAGS = frozenset({WH_DETERMINER_TAG, WH_PRONOUN_TAG})  # "which", "who": relative or question
