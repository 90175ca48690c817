"""The part-of-speech and fine tag sets that readers in every feature ask of a token ("is it a
verb?", "a present tense?"), each defined once here and imported, so that two readers that mean
the same set cannot drift apart. A reader whose question is its own names it locally after the
shared set it stands for ("SETTING_HEADS = VERB_POS")."""

from __future__ import annotations

VERB_POS = frozenset({"VERB", "AUX"})  # a verb, "be" and "have" among them
NOUN_POS = frozenset({"NOUN", "PROPN"})  # a common noun or a name
NOMINAL_POS = NOUN_POS | {"ADJ"}  # a noun phrase's words: "the Russian oligarch"
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # "says", "say": the simple present
PAST_TAGS = frozenset({"VBD", "VBN"})  # "never said", "had suggested": the tagger mixes the two
PRESENT_OR_MODAL_TAGS = PRESENT_TAGS | {"MD"}  # "says", "will say": now or to come
FINITE_TAGS = PRESENT_TAGS | {"VBD"}  # a past or present tense, never a participle
GERUND_TAGS = frozenset({"VBG"})  # "stopped attacking", "allowing": an -ing form
BARE_FORM_TAGS = frozenset({"VB"})  # "must stop", "to stop", "Stop attacking": the base form
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})  # one thing, one person or one body
WH_TAGS = frozenset({"WDT", "WP"})  # "which", "who": a relative or question word
NAME_OR_PRONOUN_POS = frozenset({"PROPN", "PRON"})  # "Obama", "he": who is named or stood for
NOUN_OR_PRONOUN_POS = NOUN_POS | {"PRON"}  # any head of a party's phrase
