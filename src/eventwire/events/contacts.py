"""Direct communication between parties as CONSULT (PLOVER 040, by phone 041).

"Estonia told Latvia that ...", "the ministry informed the WHO of ...", "Sununu was told by
...", "shared its concerns with the State Department", "has been in touch with his Peruvian
counterpart", "called the Hungarian prime minister": passing word to a party is consulting
it. Only a political party told counts (a government, official, legislature, party, armed
force, IGO or state): telling reporters, the crowd or a newspaper is a quote cue, and contact
with poultry is no contact with anyone. The words are the classes `contacting`, `shared_word`
and `in_contact` of `event_words.tsv`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.cameo_codes import CONSULTATION, PHONE_CALL
from eventwire.events.lexicon import POLITICAL_SECTORS, is_agent, words
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import CONSULT, REQUEST
from eventwire.events.press import TALK_PARTNER_PREPS, TALKING, talk_partners
from eventwire.events.told import speakers_side
from eventwire.events.verb_arguments import patients
from eventwire.events.verb_subjects import verb_subjects
from eventwire.model import Participant, QuoteKind
from eventwire.parse.nlp import TIME_ENTITIES, in_quotation, tokens
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.sectors import COURTS, MILITARY, REBELS, SPIES

CONTACTING = words("event_words.tsv", "contacting")  # tell, inform, brief, notify, call
SHARED = words("event_words.tsv", "shared_word")  # concerns, views, a message
PASSING = words("event_words.tsv", "passing")  # share, convey, deliver
IN_CONTACT = words("event_words.tsv", "in_contact")  # touch, contact
STAFF = words("event_words.tsv", "staff")  # aides, advisers: the teller's own people
CONTACT_LEMMAS = CONTACTING | PASSING | IN_CONTACT  # the only lemmas `_contact` reads
# police and courts told are testimony or a report of a crime, not consultation ("told the
#   jury he was curious", "did not tell the police")
PARTY_SECTORS = (POLITICAL_SECTORS | {MILITARY, SPIES, REBELS}) - {COURTS}
TOLD_DEPS = {"dobj", "dative", "iobj", "nsubjpass"}  # "told Latvia", "Sununu was told"
NAMING_DEPS = {"ccomp", "xcomp", "acomp", "prt"}  # "called it a hoax", "called off", "called up"
WRITER = {"me", "you"}  # "he told me": the reporter, whom a quote cue names


def with_contacts(
    reader: RoleReader, sentence: Span, matches: list[TriggerMatch]
) -> list[TriggerMatch]:
    """The sentence's trigger matches with its contacts added, in text order; "called X on
    Monday" read as an appeal ("call on") is the phone call it tells."""
    matches = [_phoned(reader, m) for m in matches]
    taken = {i for m in matches for i in range(m.span.start, m.span.end)}
    inside = tokens(sentence.doc)[sentence.start : sentence.end]
    words = [t for t in inside if t.i not in taken and t.lemma_.lower() in CONTACT_LEMMAS]
    found = [_contact(reader, t, taken) for t in words]
    return sorted([*matches, *(m for m in found if m)], key=lambda m: m.span.start)


def _contact(reader: RoleReader, token: Token, taken: set[int]) -> TriggerMatch | None:
    lemma = token.lemma_.lower()
    if lemma in IN_CONTACT and token.pos_ == "NOUN" and _in(token):  # "been in touch with"
        return _match(token, CONSULTATION, pobjs(token, {"with"}), reader, nominal=True)
    if token.pos_ != "VERB":
        return None
    if lemma in CONTACTING and (lemma != "call" or _phone_call(token)):
        if _announces_act(reader, token, taken) or _speech(reader, token):
            return None
        told = [c for c in token.children if c.dep_ in TOLD_DEPS]
        if lemma != "call" and not _between_sides(reader, token, told):
            return None
        return _match(token, PHONE_CALL if lemma == "call" else CONSULTATION, told, reader)
    if lemma in PASSING:  # "shared its concerns with Vienna", "conveyed a message to Bush"
        said = [c for c in patients(token) if c.lemma_.lower() in SHARED]
        preps = {"with"} if lemma == "share" else {"to"}
        partners = [p for t in [token, *said] for p in pobjs(t, preps)]
        return _match(token, CONSULTATION, partners, reader) if said else None
    return None


def _speech(reader: RoleReader, verb: Token) -> bool:
    """ "she told the mayors, 'no one should be confused'", "he told me", "told Trump to stay
    focused": a speech in its own words, the writer told, or an appeal to act (no talk)."""
    if any(c.dep_ == "xcomp" or c.lower_ in WRITER for c in verb.children):
        return True
    if _quoted_content(verb) or _told_after(verb):
        return True
    quotes = [q for q in reader.attribution.quotes if q.kind != QuoteKind.INDIRECT and q.cue]
    return any(q.cue.start <= verb.idx < q.cue.end for q in quotes if q.cue)


def _quoted_content(verb: Token) -> bool:
    """ "told Clinton at a debate that Americans were 'sick and tired'", "tell him 'no more
    nonsense'": what was told, quoted in the speaker's own words, is a remark reported, not word
    passed between sides ("Estonia told Latvia that it would close the crossing"). The parse
    may hang the told clause on a noun after the verb ("at a debate that ..."), so all the
    verb's words after it are read, but for a joined act ("began calling them and making an
    effort to 'help'")."""
    if in_quotation(verb):
        return False
    acts = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}  # "and made"
    told = [t for t in verb.subtree if t.i > verb.i and t.i not in acts and not t.is_punct]
    return any(in_quotation(t) for t in told)


def _told_after(verb: Token) -> bool:
    """ "This includes a special force, Carter told a Senate panel": a statement before its
    teller is testimony or a speech quoted, the telling only its source; the parse reads the
    teller's clause as a statement's clause or as its conjunct with no "and" and a teller of
    its own (a series of one doer's acts, "flew to Moscow, told Lavrov about the plan and
    returned home", is no statement)."""
    if any(c.dep_ == "ccomp" for c in verb.children if c.i < verb.i):
        return True
    head = verb.head
    if verb.dep_ != "conj" or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return False
    return not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)


def _between_sides(reader: RoleReader, verb: Token, told: list[Token]) -> bool:
    """ "his government told U.S. officials": word passed between two parties. A telling with no
    party as its teller ("Sununu was told", "Obama is briefed", "Bush's son informed Sununu")
    is a leak or a message, and one to the teller's own people ("told his aides") is internal
    work; neither is a consultation between sides."""
    tellers = [p for s in verb_subjects(verb) for p in reader.phrase(s)]
    if not any(p.sector in PARTY_SECTORS or reader.is_country(p) for p in tellers):
        return False
    countries = {p.country for p in tellers}
    return not all(_own(reader, t, countries) for t in told)


def _own(reader: RoleReader, listener: Token, countries: set[str | None]) -> bool:
    """ "his closest advisers", "its members", bare "aides": a listener the teller's possessive
    names, or staff no one else owns, of the teller's own country ("his Russian counterpart" is
    another side)."""
    owners = [c for c in listener.children if c.dep_ == "poss"]
    owned = any(c.pos_ == "PRON" for c in owners) or (not owners and listener.lower_ in STAFF)
    return owned and all(p.country in countries for p in reader.phrase(listener))


def _announces_act(reader: RoleReader, verb: Token, taken: set[int]) -> bool:
    """ "told Latvia that it would close the crossing", "the minister told parliament that
    Kyrgyzstan would seek help": an act the speaker announces as its own or its state's is the
    event, aimed at the listener (`events.told`); the telling only carries it. Telling that
    another will act ("told U.S. officials that exiles might take the boy") consults."""
    speakers = [s for s in verb.children if s.dep_ == "nsubj"]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    acts = [t for c in clauses for t in c.subtree if t.i in taken]
    doers = [s for a in acts for s in a.children if s.dep_ == "nsubj"]
    if any(d.pos_ == "PRON" or d.lower_ in {s.lower_ for s in speakers} for d in doers):
        return True
    said = [p for s in speakers for p in reader.phrase(s)]
    return bool(doers) and speakers_side(reader, [p for d in doers for p in reader.phrase(d)], said)


def called_party(reader: RoleReader, match: TriggerMatch) -> list[Participant]:
    """The one called in "called Prime Minister X", which the parse reads as a name given
    (an object predicate) when the call names its party alone."""
    head = match.head
    if match.code.cameo != PHONE_CALL or match.nominal or head.lemma_.lower() != "call":
        return []
    return [p for c in head.children if c.dep_ == "oprd" for p in reader.phrase(c)]


def _in(noun: Token) -> bool:
    """ "has been in touch with", "stayed in contact with": the noun as the object of "in"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _match(
    token: Token, cameo: str, told: list[Token], reader: RoleReader, nominal: bool = False
) -> TriggerMatch | None:
    """The contact, when one of those it reaches is a political party."""
    if not any(_party(reader, t) for t in told):
        return None
    return TriggerMatch.word(token, cameo, nominal)


def _party(reader: RoleReader, token: Token) -> bool:
    """A government, official, legislature, party, armed force, IGO or state, named by the
    head itself: "told a Senate committee hearing" tells a sitting, testimony; a head of
    another sector (the press, firms, the police) is no party even beside a state's name."""
    if not is_agent(token):
        return False
    named = reader.phrase(token)
    if any(p.sector not in PARTY_SECTORS | {None} for p in named):
        return False  # "told USA Today", "told U.S. oil companies": the press or firms, no state
    return any(p.sector in PARTY_SECTORS or reader.is_country(p) for p in named)


def _phone_call(verb: Token) -> bool:
    """ "called the prime minister (on Monday)": a call with one party as its only object,
    not "called him a liar", "called for", "called off" or "called the vote"."""
    if any(c.dep_ in NAMING_DEPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"} - {"on", "at", "in"}
    if len(objects) != 1 or preps & {"for", "upon", "into", "out"}:
        return False
    return not _labelled(verb, objects[0])


def _labelled(verb: Token, called: Token) -> bool:
    """ "to call Mrs. Clinton a student of Alinsky", "calling him, among other things, 'a failed
    candidate'": the one called is given a name the parse leaves off the verb (a dative beside
    the name, or a quotation right after the object, past commas and the verb's own phrases), so
    the call names, it phones no one. The quotation may open what the splitter took for the
    next sentence ("calling Gov. Mike Pence | "my partner ...")."""
    if {"dative", "oprd"} <= {c.dep_ for c in verb.children}:
        return True
    own = {t.i for c in verb.children if c.dep_ == "prep" and c.i > called.i for t in c.subtree}
    after = verb.doc[called.right_edge.i + 1 :]
    nxt = next((t for t in after if t.i not in own and t.text != "," and not t.is_space), None)
    return nxt is not None and nxt.is_quote and bool(nxt.nbor(-1).whitespace_)  # opening


def _phoned(reader: RoleReader, match: TriggerMatch) -> TriggerMatch:
    """An appeal read from "call on" whose "on" names a day is the call itself."""
    head = match.head
    if head.lemma_.lower() != "call" or match.code.type != REQUEST or match.nominal:
        return match
    days = [o for o in pobjs(head, {"on"}) if o.ent_type_ in TIME_ENTITIES]
    if not days or not _phone_call(head):
        return match
    objects = [c for c in head.children if c.dep_ in {"dobj", "oprd"}]
    return _match(head, PHONE_CALL, objects, reader) or match


def talked_about(match: TriggerMatch) -> bool:
    """ "expected to discuss the battle against the Islamic State": an act inside a talk is its
    topic, so the act's target is what is talked about, never the party talked with (only a
    "with" phrase names that, `talk_recipients`)."""
    return match.code.type == CONSULT and match.head.lemma_.lower() in TALKING


def talk_recipients(
    reader: RoleReader, match: TriggerMatch, recipients: list[Participant]
) -> list[Participant]:
    """ "discussed the Iraq crisis with Blair": the talk's partner, not the country of its topic
    (what the talk is about); an object that names a country does not make "with" the
    instrument here, as it does in "threatened them with a loss"."""
    if match.code.type != CONSULT or match.head.lemma_.lower() not in TALKING:
        return recipients
    topics = [c for c in match.head.children if c.dep_ == "dobj" and not is_agent(c)]
    held = {  # "the crisis with Blair": a partner the parse hangs on the topic
        t.i for c in topics for p in c.children if p.lower_ in TALK_PARTNER_PREPS for t in p.subtree
    }
    about = {t.idx for c in topics for t in c.subtree if t.i not in held}
    kept = [p for p in recipients if p.mention.start not in about]
    named = {p.mention.start for p in kept}
    met = [t for t in talk_partners(match.head) if t.head.lower_ == "with"]  # not "between"
    partners = [p for t in met for p in reader.phrase(t)]
    return kept + [p for p in partners if p.mention.start not in named]
