"""What NER marks as a name but an analyst would not list as an actor.

News pages carry more than the story: promotion lines ("Follow X on Twitter at @handle"),
title-case headlines whose words NER reads as one long name ("Suspect Named By Police"), show
titles with a number. These are dropped before they become actors; a name after a possessive
("Outlet's Jane Doe") is the person, not the owner and the person together.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from eventwire.actors.capital_places import capital_in_place_slot
from eventwire.actors.hyphens import joins_word
from eventwire.actors.misspelt_countries import misspelt_country_argument
from eventwire.actors.opening_surnames import opening_surname
from eventwire.actors.org_locatives import place_not_body
from eventwire.actors.outlets import known_organization_names, known_person_names
from eventwire.actors.phrases import find_role, possessives, possessors, title_words
from eventwire.actors.platform_media import names_a_medium
from eventwire.codes import country_of, is_demonym
from eventwire.lexicons import word_set
from eventwire.parse.deps import NOUN_MODIFIER_DEPS
from eventwire.parse.law_names import names_a_law
from eventwire.parse.nlp import ends_a_full_name, word_after
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.tags import GERUND_TAG, MODAL_TAG, VERB_POS

MODIFIER_TAGS = frozenset({"ADJ", "ADV"})
OBJECT_DEPS = frozenset({"dobj", "dative"})  # "attacked a judge", "gave a reporter"
INTENDED_DEPS = frozenset({"xcomp"})  # "ready to endorse a candidate": an act only meant
NEGATION_DEP = "neg"


def is_junk_name(span: Span, person: bool) -> bool:
    """A handle, a web address, a street, a law, a promotion line, a headline fragment, a capital
    in a place slot, a misspelt country, a verb, or (for a person) a social platform or a name
    with a number in it ("Show 360"), none of which an analyst codes as an actor."""
    if any("@" in t.text or _web_address(t.lower_) for t in span) or _street(span):
        return True
    if _promotion(span) or _credit_line(span) or _headline_fragment(span):
        return True
    if (not person and place_not_body(span)) or capital_in_place_slot(span):
        return True
    if not person and len(span) == 1 and misspelt_country_argument(span[0]):
        return True  # "Hunragy's admission": a misspelt country, read as one later
    if all(t.pos_ in VERB_POS for t in span):
        return True  # "Elected officials", "Conceding that …": a verb capitalised, read as a name
    if opening_modifier(span) and (not person or _sentence_adverb(span[0])):
        return True  # "Harsh comments are …", "Nationally, …": a capitalised modifier
    if stance_modifier(span) or describes_a_body(span) or names_a_medium(span):
        return True
    platform = span.text in word_set("social_platform")
    return person and (platform or any(t.like_num for t in span))


def opening_modifier(span: Span) -> bool:
    """ "Harsh comments are …", "Onetime friend Bill …", "Realistically, …": one word that
    opens its sentence, capitalised only for that, which the tagger reads as an adjective or
    an adverb, is no name; a party or a nationality word ("Republican") or a body the tables
    know stays one."""
    word = span[0]
    opening = all(t.is_punct for t in word.sent[: word.i - word.sent.start])
    if len(span) != 1 or not opening or word.pos_ not in MODIFIER_TAGS or not word.is_title:
        return False
    party = word.lower_ in word_set("party_adjective")
    known = word.text in known_organization_names()
    return not party and not known and country_of(word.text) is None


def _sentence_adverb(word: Token) -> bool:
    """ "Nationally, the average student owes …": an adverb set off by its comma modifies the
    whole sentence; the tagger may still call it a person ("Kelly said" is no adverb)."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        word.pos_ == "ADV"
        and word.dep_ == "advmod"
        and following is not None
        and following.text == ","
    )


def no_person(span: Span) -> bool:
    """An NER person that is a country, an organisation eventwire's tables list ("according
    to Politico"), junk, common nouns only ("Supporters of …"), words with no capital ("the
    minister jabbed back": a verb tagged a name), or a building named for someone ("the
    Harry Truman Library"): a name ending in the noun of a place is that place's."""
    if country_of(span.text) or span.text in known_organization_names():
        return True
    if not any(t.text[:1].isupper() for t in span) or names_a_site(span):
        return True
    last = span[-1]  # "Sanders attacked": a known surname the tagger read as a plural noun
    common = all(t.pos_ == "NOUN" for t in span)
    common = common and not ends_a_full_name(last) and not opening_surname(last)
    return is_junk_name(span, person=True) or common


def names_a_site(span: Span) -> bool:
    """ "the Harry Truman Library", "Harry Truman" before "Library": a name that ends in, or
    goes on with, the capitalised noun of a building or site names that site; a lone surname
    before a named thing's noun ("Trump" of "Trump Tower") is the thing's too, while a full
    name before a show's ("The Jane Roe Show") still names the host."""
    after = word_after(span)
    words = [span[-1], *([after] if after is not None and after.is_title else [])]
    sites = any(t.lower_ in word_set("named_site") for t in words)
    return sites or names_a_thing(span) or (len(span) == 1 and before_a_thing(span))


def names_an_eponymous_body(span: Span) -> bool:
    """ "the Donald J. Trump Foundation", "the George W. Bush Institute": NER tags a person's
    name ending in the noun of a body founded in their name as a person; the name is the
    body's, an organisation that acts (gives, praises), not a site as "Library" makes it."""
    return len(span) > 1 and span[-1].lower_ in word_set("eponymous_body")


def names_a_thing(span: Span) -> bool:
    """ "Trump Tower", "the Kelly File", "the Heisman Trophy": a name of two words or more that
    ends in the noun of a building, a venue, a show or a prize names a thing, no body."""
    return len(span) > 1 and _thing_head(span[-1])


def before_a_thing(span: Span) -> bool:
    """ "Wells Fargo" before "Arena": a name the noun of a named thing goes on from is part of
    the thing's name, neither the firm nor the person."""
    after = word_after(span)
    return after is not None and after.is_title and _thing_head(after)


def _thing_head(word: Token) -> bool:
    """The noun of a named thing; one that is also a surname only after a person's surname, one
    the known-actor table or the article names in full ("Trump Tower" is a building, "John
    Tower" and "MSNBC's Tamron Hall" are people)."""
    if word.lower_ in word_set("named_thing"):
        return True
    before = word.doc[word.i - 1] if word.i > 0 else None
    surname = before is not None and (
        before.text in known_person_names() or ends_a_full_name(before)
    )
    return word.lower_ in word_set("named_surname_thing") and surname


def acts(span: Span) -> bool:
    """ "Trump Tower said in a statement": a named thing that is its clause's subject stands
    for the people who run it, an actor; one only visited, won or watched is none."""
    return span.root.dep_ == "nsubj"


def in_a_title(span: Span) -> bool:
    """ "Secretary of State": the name closes a title phrase that began before it; "Press
    secretary Josh Earnest said": a capitalised sentence opener that NER reads as a body opens
    a title phrase that goes on after it."""
    window = list(span.doc[max(span.sent.start, span.start - 3) : span.end])
    role = find_role(span.doc, window)
    evidence = role[0].evidence if role else None
    if evidence is not None and evidence.start < span.start_char <= evidence.end:
        return True
    return opens_a_title(span)


def opens_a_title(span: Span) -> bool:
    """ "Press secretary X", "Labour Minister X": the name's words open a title phrase that
    goes on after them, so they are the title's, not a body's name."""
    role = find_role(span.doc, list(span.doc[span.start : min(span.sent.end, span.end + 2)]))
    evidence = role[0].evidence if role else None
    return evidence is not None and evidence.start == span.start_char < span.end_char < evidence.end


def after_possessive(span: Span) -> Span:
    """ "Breitbart's Joel Pollak": the name after the last inner possessive."""
    inner = [t.i for t in span[:-1] if t.text in possessives()]
    return span.doc[inner[-1] + 1 : span.end] if inner else span


def describes(phrase: Span) -> bool:
    """ "Obama was an excellent president", "did not meet a former minister": a predicate or
    an indefinite title with no country describes someone; it is no actor of its own, unless
    it is the one who acts ("a judge ruled", "a spokesman said") or the one an act reached
    ("attacked a federal judge")."""
    if phrase.root.dep_ in {"nsubj", "nsubjpass", "agent"}:  # "a judge ruled": it acts
        return False
    if phrase.root.dep_ == "pobj" and phrase.root.head.dep_ == "agent":
        return False  # "was shot by a deputy sheriff": the passive's doer acts too
    if _acted_on(phrase.root):  # "attacked a federal judge": someone the act reached
        return False
    if possessors(phrase) and _after_a_name(phrase):  # "X, Schumer's campaign manager"
        return True
    return phrase.root.dep_ == "attr" or phrase[0].lower_ in word_set("indefinite_article")


def _acted_on(noun: Token) -> bool:
    """ "attacked a federal judge", "mocked a disabled reporter", "attacks on a federal judge":
    the object of an act that happened, or what it is aimed at, is someone it reached, as a
    subject is someone who acted. Under a negation, a modal or a verb of intent ("has not
    endorsed a candidate", "will nominate a judge", "ready to endorse a candidate") it is
    anyone of the kind, no one in particular; after a linking verb it says what the subject is."""
    act = _act_reaching(noun)
    if act is None or act.dep_ in INTENDED_DEPS or act.lemma_ in word_set("linking_verb"):
        return False  # "remained an active candidate": what the subject is
    return not any(c.dep_ == NEGATION_DEP or c.tag_ == MODAL_TAG for c in act.children)


def _act_reaching(noun: Token) -> Token | None:
    """The verb whose object the noun is, or the word whose "at", "on" or "against" aims at
    it ("took aim at a rival", "an attack against a journalist"); None otherwise."""
    if noun.dep_ in OBJECT_DEPS:
        return noun.head if noun.head.pos_ in VERB_POS else None
    if noun.dep_ == "pobj" and noun.head.lower_ in word_set("aim_preposition"):
        return noun.head.head
    return None


def _after_a_name(phrase: Span) -> bool:
    """The phrase stands in apposition to a name right before it and its comma."""
    doc, start = phrase.doc, phrase.start
    after_comma = start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN"
    return phrase.root.dep_ == "appos" or after_comma


def stance_modifier(span: Span) -> bool:
    """ "a pro-Clinton super PAC", "anti-Trump protesters": a name joined to a stance prefix
    by a hyphen modifies a noun; it tells whom a group backs or opposes, and is no mention of
    that person."""
    first = span[0].lower_
    prefix = first.split("-")[0] if "-" in first else first
    joined = "-" in first or (len(span) > 2 and joins_word(span[1]))
    modifier = span.root.dep_ in NOUN_MODIFIER_DEPS and span.root.head not in span
    return joined and prefix in word_set("stance_prefix") and modifier


def describes_a_body(span: Span) -> bool:
    """ "Priorities USA, a pro-Clinton super PAC, said": a capitalised kind of body opened by
    an indefinite article in apposition to a name says what the named body is; it is the
    same actor's description, not a second actor."""
    root = span.root
    if root.dep_ != "appos" or root.head.pos_ != "PROPN" or root.head in span:
        return False
    opener = root.doc[root.left_edge.i]
    return opener.lower_ in word_set("indefinite_article") and opener.i < root.i


def _web_address(word: str) -> bool:
    """ "http://bit.ly/x", "www.site.com": a link a page prints, not a name ("Amazon.com",
    which spaCy's like_url also takes, is a firm, so only a scheme or "www." counts)."""
    return "://" in word or word.startswith("www.")


def _street(span: Span) -> bool:
    """ "Gansevoort St.", "Stanton Streets": a name that ends in a street word is an address;
    "Employee Free Choice Act", "Medicare", "Dodd-Frank": a law or a public programme is a thing
    an actor passes or runs. Neither is an actor, unless eventwire's tables list the name as one
    ("Downing Street" for the British cabinet)."""
    last = span[-1].lower_
    thing = last in word_set("street_noun") or (span[-1].is_title and last in word_set("law_noun"))
    thing = thing or span.text in word_set("public_programme") or names_a_law(span)
    return thing and span.text not in known_organization_names()


def _promotion(span: Span) -> bool:
    """ "Follow Jane Doe on Twitter at @doe": a sentence that asks the reader to follow
    someone is a promotion line, not the story."""
    opening = span.sent[0]
    return opening.is_title and opening.lower_ in word_set("promotion_verb")


def _credit_line(span: Span) -> bool:
    """ "(Reporting by Jane Doe; Editing by John Roe)": a sentence that opens with credit words
    and "by" and has no verb of its own names the story's reporters and editors, who are no
    actors in it ("Reporting by the AP showed that X lied" tells of X)."""
    sentence, credits = span.sent, word_set("credit_word")
    opening = [t.lower_ for t in sentence[:4]]
    by = opening.index("by") if "by" in opening else 0
    if not by or not all(word in credits for word in opening[:by]):
        return False  # the common case, told by the opening words alone
    return not any(t.pos_ in VERB_POS and t.lower_ not in credits for t in sentence)


def _headline_fragment(span: Span) -> bool:
    """ "San Bernardino Suspect Named By Police": a capitalised preposition or auxiliary
    inside a name shows a title-case headline, not one organisation or person."""
    return any(t.is_title and t.lower_ in word_set("headline_function_word") for t in span[1:])


def strip_leading_title(span: Span) -> Span:
    """NER sometimes includes the title ("President Putin", "Jordanian King Talal"); keep
    only the name, unless the title is part of a known name ("King Hussein" is not Saddam
    Hussein). A demonym counts as part of the title only right before a title word ("French
    Hill" stays a name); so does a private person's role ("Lawyer Helen Ford")."""
    start = span.start
    if _verb_opening(span):  # "Entrusting Donald Trump with the codes …": no part of the name
        start += 1
    if start + 1 < span.end - 1 and is_demonym(span.doc[start].text):
        start += span.doc[start + 1].lower_ in title_words()
    while start < span.end - 1 and span.doc[start].lower_ in leading_roles():
        if span.doc[start : span.end].text in known_person_names():
            break
        start += 1
    return span.doc[start : span.end]


def through_known_title(span: Span) -> Span:
    """ "meet Pope Francis" where NER tags only "Francis": a title right before the name that
    the known-actor table lists as part of the name ("Pope Francis", "Queen Elizabeth") is in
    the mention, as readers name the person."""
    doc, start = span.doc, span.start
    while start and doc[start - 1].lower_ in leading_roles() and doc[start - 1].is_title:
        if doc[start - 1 : span.end].text in known_person_names():
            return doc[start - 1 : span.end]
        start -= 1
    return span


def _verb_opening(span: Span) -> bool:
    """A gerund that opens the span and heads its own clause ("Entrusting" in "Entrusting
    Donald Trump with …"), not a name's first word the tagger read as a verb."""
    first = span[0]
    return len(span) > 1 and first.tag_ == GERUND_TAG and first.dep_ != "compound"


@cache
def leading_roles() -> frozenset[str]:
    """Titles and private roles that may open a name's span ("Lawyer Helen Ford said")."""
    return title_words() | word_set("private_role_noun")  # "Lawyer Helen Ford said"


def name_cased(word: str) -> bool:
    """ "Haleen", "DeWitt", "McCain": a capital first and small letters after, as surnames
    are written (str.istitle refuses an inner capital); not an acronym ("NATO")."""
    return word[:1].isupper() and any(c.islower() for c in word)


def surname_cased(word: Token) -> bool:
    """A word that may stand alone for a person named before: cased as a name, and not a
    name a stance prefix joins to a plural ("Anti-Castro demonstrators", "pro-Cruz super
    PACs"), which tells whom a group opposes or backs; before a singular ("the anti-Trump
    ad ... his plan") it still brings the person to mind, so it stays a mention."""
    if not name_cased(word.text):  # most words: no need to read the words before
        return False
    doc, at = word.doc, word.i
    hyphen = at >= 2 and doc[at - 1].text == "-" and not doc[at - 1].whitespace_
    stance = (
        hyphen and not doc[at - 2].whitespace_ and doc[at - 2].lower_ in word_set("stance_prefix")
    )
    return not (stance and word.head.tag_ in PLURAL_NOUN_TAGS)
