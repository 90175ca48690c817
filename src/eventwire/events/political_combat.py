"""Combat words between politicians are words, not arms.

"The new assault comes as Democrats hone their lines", "Yellen has been fighting a rear-guard
action against Congress", "spent two months beating up on the superdelegates": a word of combat
in a sentence that tells no violence, whose doers and targets (those told) are all
politicians, officials, parties or the press, is criticism (ACCUSE), as event coders code a
verbal attack. The parse alone (`attack_senses`) finds this only when it names the target;
here the actors' sectors decide. An attack word told beside the race it belongs to ("repeated
the attacks they have aired since their last debate") is no battle for the race itself ("the
battle for Iowa", which `sense` reads as the contest): between such sides it is criticism too.
A word of violence told in another clause of the sentence, of something else ("attacks designed
to paint him as profiting off a crisis that hurt millions"), does not make such combat blows.
Speaking doers are enough when the targets are people or bodies no force stands for ("Trump's
attacks on [former president Bill Clinton]", "Trump attacks on the foundation"): what they do to
them in a sentence of no violence is words; a country or a place attacked is not (war), nor is
a speaker attacked by someone of no speaking sector ("the consul was attacked by a Saudi man").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import CRITICISM
from eventwire.events.combat_senses import figurative
from eventwire.events.lexicon import FORCE_SECTORS, POLITICAL_SECTORS
from eventwire.events.mention_reader import MentionReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.sense import IDEA_ASSAILED, RACE, VERBAL_ATTACKS, other_sense
from eventwire.model import ActorType, Event, Participant
from eventwire.parse.deps import LINKED_CLAUSE_DEPS, NOUN_CLAUSE_DEPS, REPORTED_CLAUSE_DEPS
from eventwire.parse.tags import VERB_POS
from eventwire.sectors import INTERNATIONAL, MEDIA

SPEAKING_SECTORS = POLITICAL_SECTORS - {INTERNATIONAL} | {MEDIA}  # who fights with words
CLAUSE_DEPS = REPORTED_CLAUSE_DEPS | LINKED_CLAUSE_DEPS | NOUN_CLAUSE_DEPS | {"csubj"}
UNARMED_KINDS = {ActorType.PERSON, ActorType.ORGANIZATION}  # a speaker's words may reach them


def in_politics(reader: MentionReader, match: TriggerMatch, event: Event) -> TriggerMatch:
    """The match recoded as criticism, and the event with it, when its combat is political
    (module doc); not a combat word read in another sense ("a battle for the White House" is
    a race). Its confidence is then scored as criticism's."""
    if not _between_speakers(reader, event):  # "the new assault on Trump": the target tells
        return match
    if not _unarmed(match) or not _plain_or_raced_attack(match):
        return match
    return match.recode_event(event, CRITICISM)


def _unarmed(match: TriggerMatch) -> bool:
    """No violence told in the sentence, or none in the clauses that hold the combat word:
    "launched a new round of attacks designed to paint him as profiting off a crisis that hurt
    millions", "continued his assault on Bush, mocking his stand on the war" tell their words
    of violence in another clause, of something else."""
    return figurative(match) or figurative(match, _clauses_holding(match.head))


def _clauses_holding(head: Token) -> list[Token]:
    """The head's sentence without the clauses hung in it that do not hold the head (a relative
    or adverbial clause, a joined or reported one): the clauses it belongs to, those above it
    included ("ordered tanks to attack the parliament" keeps the tanks)."""
    aside = [t for t in head.sent if _clause(t) and all(w.i != head.i for w in t.subtree)]
    hidden = {w.i for a in aside for w in a.subtree}  # walked once each, not once per word
    return [t for t in head.sent if t.i not in hidden]


def _clause(token: Token) -> bool:
    """A clause's head as its own dependency tells it; a joined word only when it is a verb."""
    if token.dep_ == "conj":
        return token.pos_ in VERB_POS  # a joined noun starts no clause
    return token.dep_ in CLAUSE_DEPS


def _between_speakers(reader: MentionReader, event: Event) -> bool:
    """Every side a speaker; or every doer one, the targets people or bodies no force stands
    for (module doc): "Trump's attacks on him [Bill Clinton]". A doer of no speaking sector
    keeps the attack ("the consul was attacked by a Saudi man")."""
    if not [*event.actors, *event.recipients] or not all(map(_speaker, event.actors)):
        return False
    reached = bool(event.actors)  # a doer's words reach the unarmed; a target alone does not
    return all(_speaker(p) or (reached and _unarmed_party(reader, p)) for p in event.recipients)


def _speaker(participant: Participant) -> bool:
    return participant.sector in SPEAKING_SECTORS


def _unarmed_party(reader: MentionReader, participant: Participant) -> bool:
    """A person or organisation of no armed sector: not a country or place, nor troops."""
    actor = reader.actor_of(participant)
    kind = actor is not None and actor.type in UNARMED_KINDS
    return kind and participant.sector not in FORCE_SECTORS


def _plain_or_raced_attack(match: TriggerMatch) -> bool:
    """The word in no other sense; or an attack word (`verbal_attack`: attack, clash, assault)
    that `sense` reads as a race only for the contest words beside it: an attack in a race is
    still aimed at someone, where a battle for a race is the race. So is an attack on a right
    or a record ("attacks on her record"): between politicians it is criticism."""
    reason = other_sense(match)
    attack = match.head.lemma_.lower() in VERBAL_ATTACKS  # an idea assailed between them: words
    return reason is None or (reason in {RACE, IDEA_ASSAILED} and attack)
