"""The word classes of `event_words.tsv` (and the documents of `event_arguments.tsv`) that several
readers share, each read once here.

A class only one reader asks stays in that reader; the classes the trigger lexicon's own rules
and the combat-sense checks read (violence, armed forces, conduct, attributive verbs) are in
`lexicon`. A reader whose question is its own names it locally after the shared class it
stands for ("SITES = MILITARY_TARGETS").
"""

from __future__ import annotations

from eventwire.events.lexicon import words

BACKGROUND = words("event_words.tsv", "background")  # after, before, amid, despite
BANNING = words("event_words.tsv", "banning")  # ban, bar, prohibit, forbid, outlaw
BEFALLING = words("event_words.tsv", "befalling")  # get, face: "he should get a boost"
CEASING = words("event_words.tsv", "ceasing")  # stop, end: "the violence must stop"
CASTING = words("event_words.tsv", "casting")  # describe, portray: "portrayed X as a liar"
CONTENDERS = words("event_words.tsv", "contender")  # rival, opponent, critic
COURSE = words("event_words.tsv", "course")  # "the deal ends", "the truce holds"
DANGERS = words("event_words.tsv", "danger")  # threat, danger, menace, peril
DEPARTURES = words("event_words.tsv", "departure")  # leave, depart, return
LEAVING = DEPARTURES - {"return"}  # "left London", "ordered to leave": a return goes home
DOCUMENTS = words("event_arguments.tsv", "document")  # statement, letter, ad, petition
DECISIONS = words("event_words.tsv", "court_decision")  # ruling, decision, verdict
OBLIGATION = words("modality_words.tsv", "obligation")  # must, should: a duty, what is to be done
DUTY_VERBS = words("modality_words.tsv", "obligation_verb")  # have to, need to: a duty as verb
HARSH = words("event_words.tsv", "harsh")  # scathing, sharp: a harsh verdict or tone
DEROGATORY = words("event_words.tsv", "derogatory")  # blowhard, buffoon: insults VADER lacks
FALSITY = words("event_words.tsv", "falsity")  # hoax, fabrication, lie
FITNESS = words("event_words.tsv", "fitness")  # judgment, character, reputation
FILING = words("event_words.tsv", "filing")  # file, lodge, register, submit
LINKING = words("event_words.tsv", "linking")  # be, seem, remain
MADE_KNOWN = words("event_words.tsv", "made_known")  # "announced an agreement": made
MILITARY_TARGETS = words("event_words.tsv", "military_target")  # positions, camps, strongholds
MOTIONS = words("event_words.tsv", "motion")  # bill, measure, proposal: a party's text
NAMING = words("event_words.tsv", "naming")  # call, label, dub: "called X a liar"
OVERCOMING = words("event_words.tsv", "overcoming")  # face, defeat, counter, withstand
ORDERED_ACTS = words("event_words.tsv", "ordered_act")  # a closure, a shutdown, a recount
OUTDO = words("event_words.tsv", "outdo")  # beat, defeat, trounce: a race won, no harm done
PREMISES = words("event_arguments.tsv", "struck_site")  # embassy, base, station, hospital
PACTS = words("event_words.tsv", "pact")  # deal, agreement, accord, treaty, pact
PERCEIVING = words("event_words.tsv", "perceiving")  # see, hear, witness, remember
PROMISES = words("event_words.tsv", "promise")  # promise, pledge, vow, assurance
PURCHASES = words("event_words.tsv", "purchase")  # purchase, buy, acquire
PURVEYING = words("event_words.tsv", "purveying")  # sell, peddle, spread: passed on
REBUTTED = words("event_words.tsv", "rebutted")  # allegations, charges, claims
RECIPROCAL = words("event_words.tsv", "reciprocal")  # trade, exchange, swap
STATE_VERBS = words("event_words.tsv", "state_verb")  # be, become
THWARTING = words("event_words.tsv", "thwarting")  # block, stop, overturn, halt
TIME_UNITS = words("event_words.tsv", "time_unit")  # week, time: "every week", "each time"
TRAVEL_VERBS = words("event_words.tsv", "travel")  # travel, fly, head, arrive
WARNED_HARMS = words("event_words.tsv", "warned_harm")  # consequences, retaliation, sanctions
WRONGDOING = words("event_words.tsv", "wrongdoing")  # lied, stole, sold out
