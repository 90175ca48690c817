"""Insults cried out: "shouted 'traitor' at the mayor", "the crowd chanted 'Lock her up!'".

A verb of crying words out (`event_words.tsv` class "crying": shout, yell, chant) tells what
was cried in the quotation marks after it. Where those words call a party a wrong ("traitor",
"liar": the wrongdoing and derogatory classes) or cry for a party to be jailed ("Lock her up!",
class "jailing_cry"), the cry blames that party, and PLOVER codes it as ACCUSE by those who
cry. Other cries are no blame ("chanted 'Marco! Marco!'", "shouted 'Bring back our son!'"),
nor is a wrong word that only qualifies another ("shouting 'It's a terrorist attack!'").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import ACCUSATION
from eventwire.events.lexicon import OBJECT_PRONOUNS, is_agent, words
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_subjects import verb_subjects
from eventwire.events.word_classes import DEROGATORY, WRONGDOING
from eventwire.parse.deps import NOUN_MODIFIER_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.tags import VERB_POS

CRYING = words("event_words.tsv", "crying")  # shout, yell, chant
JAILING = words("event_words.tsv", "jailing_cry")  # lock (up), jail
INSULTS = WRONGDOING | DEROGATORY
LEAD = 6  # words the cry's opening quotation mark may stand after the verb ("shouting in Spanish,")


def cried_code(verb: Token) -> str | None:
    """ACCUSE when a verb of crying out cries an insult or a call to jail someone, else None."""
    return ACCUSATION if _blaming_cry(verb) else None


def _blaming_cry(verb: Token) -> list[Token]:
    """The words a verb of crying out cries, where one of them is an insult or a call to jail
    someone; none otherwise."""
    if verb.lemma_.lower() not in CRYING or verb.pos_ not in VERB_POS:
        return []
    cried = cried_words(verb)
    return cried if any(_insult(w) or _jailing(w) for w in cried) else []


def cried_sides(reader: RoleReader, verb: Token) -> Sides | None:
    """Those who cry an insult and the one it is aimed at: the party "at" whom it is cried or
    the criers' other acts of the sentence are aimed ("rushed at the mayor ..., shaking fists at
    him and shouting 'traitor'"), else the one a jailing cry names ("Lock her up!"); None for
    other verbs."""
    cried = _blaming_cry(verb)
    if not cried:
        return None
    clause, subjects = _criers(verb)
    acts = [verb, *(c for c in verb.conjuncts if c.i < verb.i), *_between(verb, clause)]
    aimed = [t for a in acts for t in pobjs(a, {"at"}) if is_agent(t)]
    jailed = [c for w in cried if _jailing(w) for c in w.children if c.dep_ == "dobj"]
    insulted = next(filter(None, (reader.phrase(t) for t in aimed or jailed)), [])
    return split_roles([p for s in subjects for p in reader.phrase(s)], insulted)


def _criers(verb: Token) -> tuple[Token, list[Token]]:
    """The clause whose subjects cry, and those subjects: the verb's own, unless they are the
    one the cry is aimed at ("he" where it is cried "at him"), where the parse hung the cry on
    that party's own clause ("the crowd rushed at him as he stepped out, shaking fists at him
    and shouting 'traitor'"): then those of the first clause above that are not."""
    aimed = [t for a in (verb, *verb.conjuncts) for t in pobjs(a, {"at"})]
    aimed_at = {OBJECT_PRONOUNS.get(t.lower_, t.lower_) for t in aimed}
    for clause in (verb, *verb.ancestors):
        subjects = verb_subjects(clause) if clause.pos_ in VERB_POS else []
        if subjects and not aimed_at & {s.lower_ for s in subjects}:
            return clause, subjects
    return verb, []


def _between(verb: Token, clause: Token) -> list[Token]:
    """The clauses from the verb's head up to the criers' clause, nearest first."""
    above = list(verb.ancestors)
    return above[: above.index(clause) + 1] if clause in above else []


def cried_words(verb: Token) -> list[Token]:
    """The words inside the quotation marks that follow the verb in its sentence, up to the
    next verb outside them ("shouted 'traitor' and left": not past "left"); none where no
    quotation mark opens within `LEAD` words of the verb."""
    cried: list[Token] = []
    inside, opened = False, False
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_quote:
            inside, opened = not inside, True
        elif inside:
            cried.append(token)
        elif (opened and token.pos_ in VERB_POS) or (not opened and token.i - verb.i > LEAD):
            break
    return cried


def _insult(word: Token) -> bool:
    """ "traitor", "a liar": a name for a wrong that stands as the cry's own word, not one that
    qualifies another ("a terrorist attack")."""
    return in_words(word, INSULTS) and word.dep_ not in NOUN_MODIFIER_DEPS


def _jailing(word: Token) -> bool:
    """ "Lock her up!", "Jail him!": a cry to jail the one its pronoun or name stands for
    ("Lock the doors!" jails no one)."""
    if word.lemma_.lower() not in JAILING or word.pos_ not in VERB_POS:
        return False
    return any(c.dep_ == "dobj" and is_agent(c) for c in word.children)
