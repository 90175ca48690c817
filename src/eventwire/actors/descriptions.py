"""Descriptions of a person that the sentence itself says whom they name.

"the White House press secretary, Josh Earnest, said": a title followed by its comma and a
name the parse hangs on it as an apposition is that person, so the events the title takes part
in name the person, and the actor list shows one person, not a description beside a name.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from itertools import pairwise

from spacy.tokens import Span

from eventwire.actors.candidates import Candidate
from eventwire.actors.coding import current_table
from eventwire.actors.entry import KnownActor
from eventwire.codes import division_countries, role_lexicon
from eventwire.lexicons import read_table, word_map, word_set
from eventwire.model import Actor, ActorType, MentionKind
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import VERB_POS

EVIDENCE_CHARS = 40  # "Republican presidential candidate Ted Cruz"
LOOK_BACK = 600  # characters: two sentences of news prose and more
SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?][\'’\"”]*\s+|\n")  # not "Mr.", "Sen."
WINDOW_END = re.compile(r"(?<=[a-z]{3})\.|[,;:()\n\"“”]")  # a sentence's end, not "Sen."


def appositive_name(phrase: Span, candidates: list[Candidate]) -> int | None:
    """The start of the person named in apposition right after the title and its comma, or
    None. The parse must hang the name on the title's head ("the nominee, Mike Pence,"), and a
    name in a list ("the candidates, Trump and Clinton") names more than the title does."""
    doc = phrase.doc
    if phrase.end >= len(doc) or doc[phrase.end].text != ",":
        return None
    for candidate in candidates:
        if candidate.kind != MentionKind.NAME or candidate.type != ActorType.PERSON:
            continue
        span = doc.char_span(candidate.start, candidate.end)
        if span is None or span.start <= phrase.end:
            continue
        root = span.root
        listed = has_conjunct(root)
        if root.dep_ == "appos" and root.head == phrase.root and not listed:
            return candidate.start
    return None


def predicate_subject(phrase: Span, candidates: list[Candidate]) -> int | None:
    """ "Hamilton is listed as the chairman of the group", "she served as spokeswoman": a
    title after "as" that completes a verb says what the verb's subject is; the start of the
    person candidate that is that subject, or None."""
    preposition = phrase.root.head
    if phrase.root.dep_ != "pobj" or preposition.lower_ != "as":
        return None
    verb = preposition.head
    subject = next(iter(clause_subjects(verb)), None)
    if verb.pos_ not in VERB_POS or subject is None:
        return None
    for candidate in candidates:
        span = phrase.doc.char_span(candidate.start, candidate.end)
        if candidate.type == ActorType.PERSON and span is not None and span.root == subject:
            return candidate.start
    return None


def described_person(
    candidate: Candidate, people: list[tuple[Candidate, Actor]], text: str, on: date | None
) -> Actor | None:
    """ "the presumptive Republican presidential nominee" → the one person told before whose
    office that day (by the known-actor table) and whose party and state (by the politicians'
    table or the words right before their names) fit every office, party and state word of the
    description; no one when two fit, since a wrong link moves an event's side. A past office
    ("the former secretary of state") fits a person who left it before that day and holds no
    such office on it; one not held at all ("the next president") or a description standing as
    a predicate ("if she is the nominee") is left alone."""
    member = candidate.extra.get("member") == "yes"  # "the Nebraska Republican": no office
    if on is None or (candidate.role is None and not member):
        return None
    if not definite_subject(candidate, text):
        return None
    phrase = text[candidate.start : candidate.end]
    words = phrase_words(phrase)
    past = past_description(candidate, text)
    if words & word_set("unheld_office") or (past and member):
        return None
    told = {id(actor): actor for _, actor in people}.values()

    def fits(actor: Actor) -> bool:
        evidence = evidence_of(actor, people, text)
        if member:
            return said_of(phrase, actor.name, evidence)
        rows = _offices_left(actor.name, on) if past else current_table().offices_on(actor.name, on)
        return any(_office_fits(candidate, phrase, row, evidence) for row in rows)

    return only_in_play([a for a in told if fits(a)], candidate, people, text)


def only_in_play(
    fitting: list[Actor], candidate: Candidate, people: list[tuple[Candidate, Actor]], text: str
) -> Actor | None:
    """The one actor a description fits; of several, the one the sentence or the one before
    it mentions (by name, title or pronoun) when no other that fits is mentioned there ("Mr.
    Rubio declined ... the Florida Republican" in a story that also names Jeb Bush); none
    when two are in play, since a wrong link moves an event's side."""
    if len(fitting) < 2:
        return fitting[0] if fitting else None
    since = _previous_sentence_start(text, candidate.start)
    recent = {id(a): a for o, a in people if o.start >= since and any(a is f for f in fitting)}
    return next(iter(recent.values())) if len(recent) == 1 else None


def _previous_sentence_start(text: str, start: int) -> int:
    """Where the sentence before the one at `start` begins, looking back a paragraph at most."""
    first = max(0, start - LOOK_BACK)
    ends = [m.end() for m in SENTENCE_END.finditer(text, first, start)]
    return ends[-2] if len(ends) > 1 else first


def definite_subject(candidate: Candidate, text: str) -> bool:
    """A definite description outside quotes that is no predicate ("she's the nominee")."""
    definite = text[candidate.start : candidate.start + 4].lower() == "the "
    return definite and not candidate.in_quote and candidate.extra.get("dep") != "attr"


def past_description(candidate: Candidate, text: str) -> bool:
    """ "the former secretary of state": a description by an office no longer held."""
    return bool(phrase_words(text[candidate.start : candidate.end]) & word_set("past_office"))


def phrase_words(phrase: str) -> frozenset[str]:
    return frozenset(w.strip(".,'’") for w in re.split(r"[\s\-]+", phrase.lower()) if w)


def evidence_of(actor: Actor, people: list[tuple[Candidate, Actor]], text: str) -> str:
    """The words right before the person's names told so far ("Vermont Sen. Bernie Sanders",
    "Democrat Hillary Clinton"): where the text says their state and party. A window stops at
    punctuation and at another person's mention, so that it says nothing of anyone else."""
    names = [o for o, linked in people if linked is actor and o.kind == MentionKind.NAME]
    others = [o.end for o, linked in people if linked is not actor]
    return " ... ".join(before_name(name, others, text) for name in names)


def before_name(name: Candidate, others: list[int], text: str) -> str:
    first = max(0, name.start - EVIDENCE_CHARS)
    first = max([first, *(end for end in others if first <= end <= name.start)])
    window = text[first : name.start]
    ends = [match.end() for match in WINDOW_END.finditer(window)]
    return window[ends[-1] if ends else 0 :]


def _offices_left(name: str, on: date) -> list[KnownActor]:
    """The offices the person a name means left before `on` and holds no longer (Hillary
    Clinton's "secretary of state" in 2016; not "senator" for a senator re-elected)."""
    table = current_table()
    found = table.lookup(name, on)
    if found is None or found.type != ActorType.PERSON:
        return []
    held = {row.role for row in table.offices_on(name, on)}
    return [row for row in table.left_before(found, on) if row.role not in held]


def _office_fits(candidate: Candidate, phrase: str, row: KnownActor, evidence: str) -> bool:
    if row.type != ActorType.PERSON or row.role is None:
        return False
    if candidate.country and row.country != candidate.country.value:
        return False
    words, office = phrase_words(phrase), phrase_words(row.role)
    return (
        _same_office(candidate.role.value if candidate.role else "", row)
        and words & word_set("office_rank") == office & word_set("office_rank")
        and words & word_set("office_kind") <= office
        and said_of(phrase, row.name, evidence, row.role)
    )


def said_of(phrase: str, name: str, evidence: str, office: str = "") -> bool:
    """Whether every party and state word of the description is the person's, by the
    politicians' table, the words before their names, or the office ("governor of Ohio")."""
    words = phrase_words(phrase)
    return party_sides(words) <= party_sides(phrase_words(evidence)) | _known(
        name, 0
    ) and states_in(phrase) <= states_in(evidence) | states_in(office) | _known(name, 1)


def contradicted(phrase: str, name: str, evidence: str) -> bool:
    """Whether the person's party or state, where the politicians' table or the words before
    their names tell it, is not the description's ("the GOP nominee" for a Democrat); a
    person whose party and state nobody told is not contradicted."""
    words = phrase_words(phrase)
    wanted_sides, wanted_states = party_sides(words), states_in(phrase)
    sides = party_sides(phrase_words(evidence)) | _known(name, 0)
    states = states_in(evidence) | _known(name, 1)
    return bool(
        (wanted_sides and sides and not wanted_sides <= sides)
        or (wanted_states and states and not wanted_states <= states)
    )


def _same_office(wanted: str, row: KnownActor) -> bool:
    """ "candidate" is a "presidential candidate", "governor" the "governor of Indiana";
    "leader" is any head of state, "lawmaker" any legislator's office (`sector_role`); an
    office the table writes as one of roles.tsv's titles is that title's role when the role
    is an office's own title ("Speaker of the House" is the "House speaker", a "king" the
    "monarch"), not a group of posts ("campaign staff": a manager is no chairman)."""
    held = (row.role or "").lower()
    titled = role_lexicon().get(tuple(held.split()))
    if titled is not None and titled.role == wanted and tuple(wanted.split()) in role_lexicon():
        return True
    if wanted == "leader":
        return held in word_set("leader_role")
    sector = word_map("sector_role").get(wanted)
    if sector is not None and sector == row.sector:
        return True
    return (
        held == wanted
        or held.endswith((" " + wanted, "-" + wanted))
        or held.startswith(wanted + " of ")
    )


def _known(name: str, field: int) -> frozenset[str]:
    """The party (0) or home state (1) the politicians' table gives the person, if any. An
    actor named by a form the table does not write ("Donald J. Trump", from a quote) is looked
    up by the known actors' name for it, which the politicians' table uses."""
    politicians = _politicians()
    if name not in politicians and (row := current_table().lookup(name)) is not None:
        name = row.name
    value = politicians.get(name, ("", ""))[field]
    return frozenset({value} if value else ())


@cache
def _politicians() -> dict[str, tuple[str, str]]:
    return {
        row[0]: (row[1], row[2] if len(row) > 2 else "") for row in read_table("us_politicians.tsv")
    }


def party_sides(words: frozenset[str]) -> frozenset[str]:
    sides = word_map("party_side")
    return frozenset(sides[w] for w in words if w in sides)


def states_in(text: str) -> frozenset[str]:
    """Names of states and provinces in the text, of one or two words ("Vermont", "New
    Hampshire"), also those another country's division shares ("Florida", "Maryland"): the
    names are only compared with a person's home state, never coded to a country. A word of
    a two-word name is not read alone ("South" of "South Carolina" names another division)."""
    words = [w.strip(".,'’()") for w in text.split()]
    pairs = [f"{a} {b}" for a, b in pairwise(words) if f"{a} {b}" in division_countries()]
    inside = {word for pair in pairs for word in pair.split()}  # "South" of "South Carolina"
    found = [w for w in words if w in division_countries() and w not in inside]
    return frozenset([*found, *pairs])
