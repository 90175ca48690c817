"""Headline verbs the tagger reads as nouns: "Clinton blasts Trump", "Trump rips Joe Scarborough".

Headlines drop articles and use the present tense, so a verb ending in -s between two names is
often tagged as a plural noun or an auxiliary and the sentence is left with no verb at all. A
word between two names, in a sentence with no verb, whose base form is a verb trigger of the
lexicon, is read as that verb done by the first name to the second.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.headline_conjuncts import comma_verb
from eventwire.events.headline_plurals import plural_headline_verb
from eventwire.events.headline_tense import in_headline
from eventwire.events.lexicon import Trigger, is_agent, word_rows
from eventwire.parse.forms import word_and_lemma
from eventwire.parse.nlp import AUTHOR_ENTITIES, PARTY_ENTITIES, entities
from eventwire.parse.tags import BASE_FORM_TAG, GERUND_TAG, NOMINAL_POS, PARTICIPLE_TAG, VERB_POS

NAMES = PARTY_ENTITIES
NAMED_ONES = AUTHOR_ENTITIES
# gerunds, participles and infinitives head no headline
NONFINITE = {GERUND_TAG, PARTICIPLE_TAG, BASE_FORM_TAG}
SUBJECT_POS = NOMINAL_POS
CLAUSE_BREAKS = {",", ";"}  # a headline's "and"
MAX_SUBJECT = 4  # words of a headline's opening subject
SOMEONE = frozenset({"someone"})
PERSON_OBJECT = frozenset({"someone", "a person", "a body"})  # "fire>&a person": a named object


def named_word(token: Token) -> bool:
    """A headline word that names someone: a proper noun, a name, or a word of a story's name."""
    return token.pos_ == "PROPN" or token.ent_type_ in NAMES or _named_elsewhere(token)


def _named_elsewhere(token: Token) -> bool:
    """ "Pelosi Slams Trump Over Border Wall": the tagger may read a headline's first name as a
    common noun; a capitalised word that is a word of a name the story gives is that name."""
    return token.is_title and any(
        word.lower_ == token.lower_
        for entity in entities(token.doc)
        if entity.label_ in NAMES
        for word in entity
    )


def name_in_story(token: Token) -> list[Token]:
    """The heads of the story's names of someone that a capitalised headline word ends
    ("Merkel" for "Angela Merkel" further down), for a headline name the tagger left unnamed; a
    word of a group or place ("Republican", "County") names no one in particular."""
    if not token.is_title:
        return []
    found = [e for e in entities(token.doc) if e.label_ in NAMED_ONES and e.start != token.i]
    return [e.root for e in found if e[-1].lower_ == token.lower_]


def _verbless(word: Token, opening: bool) -> bool:
    """No finite verb but the word itself and names mis-tagged as verbs ("Clinton blasts Trump":
    "Trump" as a verb, "blasts" as an auxiliary); a participle or gerund leaves a headline
    verbless ("Flanked by veterans, Obama pillories Trump over the wall"), an auxiliary does not
    ("the Freedom Partners Action Fund is running a spot"). After an opening subject, the word
    next to it is its object read as the verb ("Senegal army shells rebel bases")."""
    skipped = {word.i, word.i + 1} if opening else {word.i}
    return not any(
        t.pos_ in VERB_POS
        and t.tag_ not in NONFINITE
        and t.ent_type_ not in NAMES
        and not _named_elsewhere(t)  # "ESPN Fires Schilling": a name read as a gerund
        for t in _own_part(word)
        if t.i not in skipped
    )


def _own_part(word: Token) -> list[Token]:
    """The part of the headline the word is in: a colon sets off the words someone said or a
    subtitle ("Silverman heckles Sanders supporters: 'You're being ridiculous.'"), whose verbs
    are not the headline's; a comma or semicolon sets off a clause of its own ("Cambodian
    opposition rallies against result, police use water cannon")."""
    sentence = list(word.sent)
    breaks = {":", *CLAUSE_BREAKS}
    colons = [t.i for t in sentence if t.text in breaks]
    start = max([i for i in colons if i < word.i], default=sentence[0].i - 1) + 1
    end = min([i for i in colons if i > word.i], default=sentence[-1].i + 1)
    return [t for t in sentence if start <= t.i < end]


def _between_names(token: Token) -> bool:
    doc = token.doc
    before, after = doc[token.i - 1], doc[min(token.i + 1, len(doc) - 1)]
    return 0 < token.i < len(doc) - 1 and named_word(before) and named_word(after)


def opening_subject(token: Token) -> list[Token]:
    """ "Obama rips rhetoric over 'radical Islam'", "Sri Lanka scraps truce", "Cambodian
    opposition rallies against ...", "..., Hungary objects": the subject right before the word
    that opens the article's first line or a clause of it after a comma (a headline's "and"):
    up to four nouns, adjectives and names ending in someone who can act; there a subject and
    an -s word can only be subject and verb. Empty for any other word."""
    doc, start = token.doc, token.i
    while start > 0 and token.i - start < MAX_SUBJECT and _subject_word(doc[start - 1]):
        start -= 1
    subject = doc[start : token.i]
    if not subject or "\n" in subject.text_with_ws.strip(" "):
        return []
    opens = start == 0 or (doc[start - 1].text in CLAUSE_BREAKS and in_headline(token))
    last = subject[-1]
    agent = any(map(named_word, subject)) and (named_word(last) or is_agent(last))
    return list(subject) if opens and agent else []


def _subject_word(token: Token) -> bool:
    return token.pos_ in SUBJECT_POS or named_word(token)


def _done_to_someone(trigger: Trigger, allowed: frozenset[str] = SOMEONE) -> bool:
    """A one-word verb row that asks nothing of its object beyond being someone (or, with
    `PERSON_OBJECT`, a person: a name right after the word is one)."""
    return (
        trigger.kind == "V"
        and len(trigger.words) == 1
        and not trigger.arguments
        and trigger.required <= allowed
    )


def _takes_next(trigger: Trigger, token: Token) -> bool:
    """A one-word verb row whose object words include the word after the headline's verb."""
    if trigger.kind != "V" or len(trigger.words) != 1 or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    objects = word_and_lemma(after)
    return bool(objects & trigger.arguments) and not objects & trigger.excluded


def _with_particle(token: Token, trigger: Trigger, opening: bool) -> bool:
    """ "Clinton Sides With Bush": a two-word verb row whose particle follows the word, with a
    name after the particle, or anything after it when the word opens a headline ("Trump calls
    for surveillance")."""
    doc, after = token.doc, token.i + 2
    two_words = trigger.kind == "V" and len(trigger.words) == 2 and not trigger.arguments
    if not two_words or token.i == 0 or after >= len(doc):
        return False
    named = opening or (named_word(doc[token.i - 1]) and named_word(doc[after]))
    return named and doc[after - 1].lower_ == trigger.words[1]


def headline_verb(token: Token) -> tuple[Span, Trigger] | None:
    """The verb trigger a mis-tagged headline word stands for, with its span."""
    if token.pos_ == "VERB":
        return None
    headline = in_headline(token)  # the comma and bare-plural readings hold only there
    after_comma = comma_verb(token) if headline else None  # "..., press for Conde's release"
    if after_comma is not None:
        return after_comma
    if not token.lower_.endswith("s"):  # "Kenyan police fire tear gas as ..."
        return plural_headline_verb(token) if headline else None
    rows = [t for base in _base_forms(token.lower_) for t in word_rows(base)]
    opening = bool(rows) and bool(opening_subject(token))
    if not rows or not _verbless(token, opening):  # the lexicon first: the scan costs more
        return None
    for trigger in rows:
        if (opening or _between_names(token)) and _done_to_someone(trigger):
            return token.doc[token.i : token.i + 1], trigger
        if _between_names(token) and _done_to_someone(trigger, PERSON_OBJECT):
            return token.doc[token.i : token.i + 1], trigger  # "ESPN Fires Schilling"
        if opening and _takes_next(trigger, token):  # "Nigeria scraps ceasefire with rebels"
            return token.doc[token.i : token.i + 1], trigger
        if _with_particle(token, trigger, opening):
            return token.doc[token.i : token.i + 2], trigger
    return None


def _base_forms(word: str) -> list[str]:
    """The verb a third-person -s form may come from: "rips" rip, "bashes" bash, "pillories"
    pillory (the tagger that misread the word gives no lemma to trust)."""
    forms = [word[:-1]]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    return forms
