"""Acts summed up over a stretch of time or a career: a tally or a practice, not an act.

"427 fugitives have been taken into custody since 1950", "he has been arrested more than a
dozen times", "her policy of not attacking rivals", "expressing approval can prompt threats":
a count of acts since a time, a number of times in the perfect, an act named as a party's
standing practice, what a kind of doing tends to bring about, or what "anyone who donates"
does tells the record or the rule, the background of the news; no one act happened. An act
told once ("was arrested on Monday") or a tally of one stretch of news ("have met twice
this week") is not summed up.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

CAUSING = words("event_words.tsv", "causing")  # prompt, provoke, spur
WHOEVER = words("event_words.tsv", "generic_people")  # anyone, those, people
PRACTICES = words("event_words.tsv", "practice")  # policy, habit, tradition, history
MANY = words("event_words.tsv", "many_times")  # dozen, dozens, many, numerous
CASES = words("event_words.tsv", "counted_case")  # case, instance, occasion
PERFECT = {"has", "have", "'ve", "'s"}
SUBJECTS = {"nsubj", "nsubjpass"}
TENDENCY = {"can", "may", "could", "might"}  # "can prompt threats": what tends to follow
FEW = {"one", "two", "three", "four"}
MIN_TIMES = 5  # "three times" may still be one week's news


def summed_up(verb: Token) -> bool:
    """Whether the verb's act is a tally, a record of many times, a standing practice, or
    what anyone who fits a description does."""
    if _practice(verb) or _whoever_does(verb):
        return True
    if _in_counted_cases(verb):
        return True
    return _perfect(verb) and (_many_times(verb) or _counted_since(verb))


def _in_counted_cases(verb: Token) -> bool:
    """ "suspects had been arrested in only four cases": an act counted over cases by number
    sums up a record; "in this case" or "in the Slepian case" names one."""
    cases = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children]
    return any(
        p.lemma_.lower() in CASES and any(c.dep_ == "nummod" and c.like_num for c in p.children)
        for p in cases
    )


def _whoever_does(verb: Token) -> bool:
    """ "the name of anyone who donates more than 20,000 marks": a present-tense relative
    clause on a word for whoever fits ("anyone", "those") describes a kind of person; a rule
    about anyone tells no act ("those who attacked the embassy" are someone)."""
    present = verb.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children
    )
    return verb.dep_ == "relcl" and present and verb.head.lower_ in WHOEVER


def _practice(verb: Token) -> bool:
    """ "his policy of not attacking Trump", "a history of abusing workers": a gerund after
    "of" on a noun of practice."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in PRACTICES
    )


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in PERFECT for c in verb.children)


def _many_times(verb: Token) -> bool:
    """ "has been arrested more than a dozen times", "have met 20 times"."""
    for times in verb.children:
        if times.lemma_.lower() != "time" or times.tag_ != "NNS":
            continue
        counts = [t for t in times.subtree if t is not times]
        if any(t.lower_ in MANY or _number(t) >= MIN_TIMES for t in counts):
            return True
    return False


def _counted_since(verb: Token) -> bool:
    """ "Since then, 427 fugitives have been taken into custody": a counted subject in the
    perfect, with "since", sums up every act of a stretch."""
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    counted = any(c.dep_ == "nummod" and c.like_num for s in subjects for c in s.children)
    return since and counted


def _number(token: Token) -> int:
    """The value of a number in figures ("20"); a number word past the few ("twenty") counts
    as many; 0 for anything else."""
    text = token.text.replace(",", "")
    if text.isdigit():
        return int(text)
    return MIN_TIMES if token.like_num and token.lower_ not in FEW else 0


def generic_outcome(noun: Token) -> bool:
    """ "where expressing approval for Castro can prompt threats": an event noun that a verb
    of causing can or may bring about (the lexicon's "causing" class) tells what tends to
    follow, a possibility, not an act that happened."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CAUSING:
        return False
    return any(c.dep_ == "aux" and c.lower_ in TENDENCY for c in verb.children)
