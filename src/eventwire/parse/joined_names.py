"""Names joined by the Persian/Urdu linking particle stay one word: "Lashkar-e-Taiba",
"Hezb-e-Islami", "Hizb-i-Islami", "Tehreek-e-Insaf".

spaCy's English tokenizer splits every hyphen between letters, so the tagger and the entity
recogniser see "Jaish", "-", "e", "-", "Mohammed": the name is cut at its first part, and the
cut part takes whatever country the article's dateline gives. Kept whole, it is one proper noun.
Only "-e-"/"-i-", which mostly join the names of parties and armed groups: a person's name
joined by "-ur-" or "-ul-" ("Fazl-ur-Rehman") is one the recogniser knows only in its parts,
and kept whole it loses its PERSON tag (measured: PLOVER half b triple F1 0.652 -> 0.638).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

PARTICLES = ("e", "i")
JOINED_NAME = re.compile(rf"[A-Z][a-z]+(?:-(?:{'|'.join(PARTICLES)})-[A-Z][a-z]+)+")


def keep_joined_names(nlp: Language) -> None:
    """Let the tokenizer keep a particle-joined name as one token (its other rules unchanged),
    and the recogniser's people their hyphenated given names."""
    nlp.tokenizer.token_match = JOINED_NAME.fullmatch
    nlp.add_pipe("whole_given_names", after="ner")


# One romanised Korean or Chinese syllable: "sook", "jung", "hui", "kyung", "gi" (English
# hyphen suffixes such as "led", "backed", "era", "style" are no such syllable).
SYLLABLE = re.compile(r"[bcdfghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t)?")


@Language.component("whole_given_names")
def whole_given_names(doc: Doc) -> Doc:
    """Give a person's name its hyphenated given name whole ("Han Myeong-sook"): the tokenizer
    splits at the hyphen and the recogniser often ends the name at "Myeong", so the actor was
    "Han Myeong" and later mentions of the full name were another person."""
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        end = ent.end
        if ent.label_ == "PERSON" and end + 1 < len(doc) and _syllable_after(doc, end):
            ents[k] = Span(doc, ent.start, end + 2, label=ent.label)
    doc.ents = ents
    return doc


def _syllable_after(doc: Doc, end: int) -> bool:
    """The name's last word is joined by a bare hyphen to one lower-case syllable."""
    last, hyphen, syllable = doc[end - 1], doc[end], doc[end + 1]
    return (
        last.is_title
        and hyphen.text == "-"
        and not last.whitespace_
        and not hyphen.whitespace_
        and syllable.is_lower
        and not syllable.ent_type
        and SYLLABLE.fullmatch(syllable.text) is not None
    )
