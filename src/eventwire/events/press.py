"""Talk that is about a topic, with the press or to the public: how words get out, not
consultation.

"discussed the Trump controversy with radio host Hugh Hewitt", "talked politics on Fox and
Friends", "questioned Pence about that position", "spent discussing the video narrative": an
interview, a talk show or a talk about a subject with no political partner is plain saying
(PLOVER codes consultations between actors, not media appearances). So is talk to the public a
campaign courts ("talking to voters about health care", "talked to a small crowd", "when I talk
to people"): a candidate's pitch or a speech, not talks with a party. So is the writer's own
meeting ("when I first met him", "we met at a café"): a reporter's, told outside quotes.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.deps import DOER_DEPS
from eventwire.parse.forms import word_and_lemma
from eventwire.parse.nlp import in_quotation
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import clause_subjects

MEDIA_TITLES = words("event_words.tsv", "media_title")  # host, anchor, interviewer ...
PUBLIC = words("event_words.tsv", "courted_public")  # voters, people, the public, a crowd
TALKING = words("event_words.tsv", "talking")  # discuss, discussion, talk
TALK_PARTNER_PREPS = {"with", "to", "between"}  # "talked with X", "spoke to X": no "among"
TOPIC_PREPS = {"about", "of", "on", "through"}  # "talked through policy issues"
MANNER_PREPS = {"at", "in"}  # "talking at length about", "discussed in detail on"
WRITER = word_set("first_person_subject") | word_set("first_person_owner")  # I, we, my, our


def talk_partners(head: Token) -> list[Token]:
    """Whom the talk is with: "with X" on the verb, on its topic or on its manner ("discussed
    the row with X", "talked of peace with Bush", "talked at length with Lavrov"); not on a
    topic that is an act of its own ("talked about embedding troops with Iraqi soldiers": the
    soldiers are whom the troops would serve with)."""
    topics = objects(head) + prep_objects(head, TOPIC_PREPS)
    topics = [t for t in topics if t.pos_ != "VERB"]
    topics += prep_objects(head, MANNER_PREPS)
    partners = [p for t in [head, *topics] for p in prep_objects(t, TALK_PARTNER_PREPS)]
    return [p for p in partners if is_agent(p) or _media(p)]  # not "his amendments to the bill"


def _public(partner: Token) -> bool:
    """A partner that is the public a campaign courts, unnamed: "voters", "a small crowd"."""
    return bool(word_and_lemma(partner) & PUBLIC) and not partner.ent_type_


def _media(partner: Token) -> bool:
    """A partner named with a media title: "radio host Hugh Hewitt", "the show's anchor"."""
    return any(t.lemma_.lower() in MEDIA_TITLES for t in partner.subtree)


def _plural_party(head: Token) -> bool:
    """ "the two leaders discussed trade", "Obama and Putin talked": the subject is the
    parties themselves."""
    subjects = [c for c in head.children if c.dep_ in DOER_DEPS]
    if not subjects and head.dep_ == "xcomp":  # "the leaders were expected to discuss"
        subjects = clause_subjects(head.head)
    return any(s.tag_ in PLURAL_NOUN_TAGS or has_conjunct(s) for s in subjects)


def press_or_topic(head: Token) -> bool:
    """A talking word whose partners are all the media or the public, or that has a topic and
    no partner."""
    if head.lemma_.lower() not in TALKING:
        return False
    partners = talk_partners(head)
    if partners:
        return all(_media(p) or _public(p) for p in partners)
    if head.tag_ in PLURAL_NOUN_TAGS:
        return False  # "talks on trade", "discussions": rounds of talks between parties
    topics = [c for c in head.children if c.dep_ == "dobj" and not is_agent(c)]
    manner = prep_objects(head, MANNER_PREPS)
    topics += [t for t in prep_objects(head, TOPIC_PREPS) if not is_agent(t)]
    topics += [t for m in manner for t in prep_objects(m, TOPIC_PREPS) if not is_agent(t)]
    topics += [c for c in head.children if c.dep_ == "ccomp"]  # "discussed how important ..."
    return bool(topics) and not _plural_party(head)


def writer_met(head: Token, actors: list[Participant]) -> bool:
    """ "When I first met him in May", "I sat down with the senator", "my interview with her":
    a first person outside quotation marks whom no actor stands for is the article's writer,
    and a reporter's meeting is how words get out; a speaker's quoted "I met with them" is the
    speaker's."""
    doers = clause_subjects(head) + [c for c in head.children if c.dep_ == "poss"]
    return not actors and any(d.lower_ in WRITER for d in doers) and not in_quotation(head)


def interview_question(head: Token) -> bool:
    """ "questioned Pence about that position": asking someone about something is an
    interview; "questioned his judgement" (criticism) and "questioned two suspects" (no
    "about") are left alone."""
    asked = [c for c in head.children if c.dep_ == "dobj" and is_agent(c)]
    about = prep_objects(head, {"about"})
    return head.lemma_.lower() == "question" and bool(asked) and bool(about)
