"""Participle clauses that tell an act of their own beside the main clause's.

"Blair pledged to stand with the president, warning Saddam that the threat is real", "the senator
voted for the bill, accusing the governor of lying": a bare -ing clause hung on the main verb adds
a second act of the same actor toward someone, not a circumstance of the first ("posing for
photographers", "after meeting the envoy", "while visiting Kabul" stay background). A passive
participle with its doer ("Backed by Russia, Serbia rejected the demand") tells that doer's act
on the main clause's subject. A reduced relative of a legal step or an accusation ("two agents
charged in the bombing", "Bin Laden, indicted as its architect", "protesters arrested on Monday",
"a contractor accused of spying") tells the authorities' or accuser's act on the person it
describes, as "who were charged" would, its doer named or not, and so does one opening the
sentence on its subject ("Indicted on bribery charges, the mayor resigned");
a passive participle naming where its noun went ("teams sent to the two countries") tells that
sending; a crowd described as protesting ("greeted by thousands protesting the pact")
protests; anyone the sentence's act involves, described by an -ing clause telling a speech act
or an act aimed at someone ("criticized by a rights group demanding that the company pull
out", "persuading delegates backing Clinton") does that act, as "a group that demands" would.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.coordination import sequenced_act
from eventwire.events.lexicon import ATTRIBUTIVE, SAID_TYPES, is_agent, reports, words
from eventwire.events.plover_types import AGREE, CONSULT, PROTEST
from eventwire.events.word_classes import DOCUMENTS
from eventwire.model import Event
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG, PARTICIPLE_TAG

# and, aimed at someone named, a promise or a welcome ("vowing to Vacco", "welcoming Blair")
AIMED_ACTS = SAID_TYPES | {AGREE, CONSULT}
LEGAL_STEPS = words("event_words.tsv", "legal_step")  # charge, indict, arrest, extradite
DESCRIBED_DEPS = SUBJECT_DEPS | {"appos"}  # who speaks or who a party is, not what it does
DESTINATION_DEPS = {"dative", "prep"}  # how the parse hangs "to" on "sent to Kenya"


def bare_participle(head: Token) -> bool:
    """A bare -ing clause after its governing verb, or a passive participle with its doer
    ("Backed by Russia, Serbia rejected ..."): an act beside the main one, not its content; so
    is each -ing verb of a series aimed at someone of its own ("withdrew, accusing X of ... and
    ordering Y to leave"; "calling him a liar and vowing to fight on" adds no act)."""
    if head.dep_ == "conj" and head.tag_ == GERUND_TAG:
        own = any(c.dep_ in {"mark", "nsubj", "aux"} for c in head.children)
        aimed = any(c.dep_ == "dobj" and is_agent(c) for c in head.children)
        return aimed and not own and bare_participle(_series_head(head))
    if head.dep_ == "advcl" and head.tag_ == PARTICIPLE_TAG:
        return any(c.dep_ == "agent" for c in head.children)
    if head.dep_ != "advcl" or head.tag_ != GERUND_TAG or head.i < head.head.i:
        return False
    return not any(c.dep_ in {"mark", "nsubj", "aux"} for c in head.children)  # "while visiting"


def _series_head(verb: Token) -> Token:
    """The -ing verb a coordinated -ing verb joins; only like forms coordinate, so one hung on
    an infinitive ("accusing X of using the truce to rearm and ordering Y") joins the -ing
    clause above it."""
    if verb.head.tag_ == GERUND_TAG:
        return verb.head
    return next(
        (t for t in verb.ancestors if t.dep_ == "advcl" and t.tag_ == GERUND_TAG), verb.head
    )


def participle_act(head: Token, event: Event, beside_protest: bool = False) -> bool:
    """Whether the trigger `head` heads a participle clause that tells an aimed act: a speech act
    in a bare -ing clause or a marked gerund beside an act aimed at someone ("faulted X while
    praising Y", `coordination.sequenced_act`), any act with its doer named in a passive one.
    Beside a protest ("rallied outside parliament, demanding lower taxes") the speech act is
    the crowd's demand, aimed at whoever the protest is, also with no one named in it."""
    if (legal_step(head) and event.recipients) or issued_appeal(head, event.type):
        return True
    if protesting_crowd(head, event.type) or sequenced_act(head):  # "while praising X"
        return True
    if reduced_relative(head) and (event.recipients or event.type in SAID_TYPES):
        return True
    if sent_to(head) and event.recipients:  # "response teams sent to the two countries"
        return True
    if not bare_participle(head):
        return False
    if not (event.recipients or beside_protest or _told_by_doer(head, event)):
        return False
    return bool(event.actors) if head.tag_ == PARTICIPLE_TAG else event.type in AIMED_ACTS


def _told_by_doer(head: Token, event: Event) -> bool:
    """ "demonstrators thronged the street, demanding that the boy stay", "filed a suit,
    alleging that the offer broke an agreement": a speech act in a bare -ing clause whose doer
    the clause's subject names is that doer's own act, aimed at no one named or not; a plain
    saying verb ("adding that they need to talk") takes its act from its words, and aimed at
    no one they are a comment (an attributive verb, "alleging", is an act of its own)."""
    plain = reports(head) and head.lemma_.lower() not in ATTRIBUTIVE
    return head.tag_ == GERUND_TAG and event.type in SAID_TYPES and bool(event.actors) and not plain


def issued_appeal(head: Token, kind: str) -> bool:
    """ "used automated telephone calls urging Democrats to cross over", "ran ads accusing the
    mayor of lying", "filed affidavits alleging the father beat him": a speech act told by a
    participle on a message the sender issued, aimed at someone named (its object, or the
    subject of the wrong it alleges), is the sender's own act, not part of the act the sentence
    reports."""
    on_message = (
        head.dep_ == "acl" and head.tag_ == GERUND_TAG and head.head.lemma_.lower() in DOCUMENTS
    )
    aimed = any(c.dep_ == "dobj" or _alleged_of_someone(c) for c in head.children)
    return on_message and aimed and kind in SAID_TYPES


def _alleged_of_someone(clause: Token) -> bool:
    """A "that" clause whose subject is someone ("alleging the father beat him")."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" and is_agent(c) for c in clause.children
    )


def own_participle_act(head: Token, kind: str) -> bool:
    """A participle that tells an act of its own, never the content of the act over it: an
    appeal told on a message (`issued_appeal`) or the act of someone it describes
    (`reduced_relative`)."""
    return issued_appeal(head, kind) or reduced_relative(head)


def reduced_relative(head: Token) -> bool:
    """ "took heat from a rights group demanding that the company pull out": an -ing clause on
    someone the sentence's act involves (a relative clause cut short, "a group that demands")
    tells that one's own act, not the content of the act the sentence reports about them. On
    a subject or an apposition it only says who that is ("a super PAC attacking Clinton said",
    "praised the mayor, a rival attacking Warren")."""
    described = head.head
    told = described.dep_ not in DESCRIBED_DEPS
    return head.dep_ == "acl" and head.tag_ == GERUND_TAG and told and is_agent(described)


def sent_to(head: Token) -> bool:
    """ "emergency teams sent to the two countries", "troops flown to Kosovo": a passive
    participle on a noun that names where it went tells that act as "teams that were sent
    to" would, the place or party it went to named in its own phrase."""
    if head.dep_ != "acl" or head.tag_ != PARTICIPLE_TAG:
        return False
    return any(c.lower_ == "to" and c.dep_ in DESTINATION_DEPS for c in head.children)


def legal_step(head: Token) -> bool:
    """A passive participle of a legal step or an accusation that describes a noun ("agents
    charged in ...", "a contractor accused of spying") or, opening the sentence, its subject
    ("Indicted on bribery charges, the mayor resigned": he was indicted, doer named or not)."""
    described = head.dep_ == "acl" or (head.dep_ == "advcl" and head.i < head.head.i)
    return described and head.tag_ == PARTICIPLE_TAG and head.lemma_.lower() in LEGAL_STEPS


def protesting_crowd(head: Token, kind: str) -> bool:
    """ "will be greeted by thousands of Germans protesting against the trade pact": a counted
    crowd described as protesting is a protest the sentence reports, not a circumstance of its
    act; "summonses to marchers blocking highways" names whoever would do it."""
    if kind != PROTEST or head.dep_ != "acl" or head.tag_ != GERUND_TAG:
        return False
    crowd = head.head
    of_number = crowd.dep_ == "pobj" and crowd.head.lower_ == "of" and _number(crowd.head.head)
    return _number(crowd) or of_number or any(c.dep_ == "nummod" for c in crowd.children)


def _number(word: Token) -> bool:
    return word.ent_type_ == "CARDINAL" or word.like_num
