"""Actors: people, organisations, countries and groups, coded and resolved across mentions.

Reads the parsed article (spaCy Doc) and its metadata (`Article`: the agency is an actor too;
the date picks known actors' roles; the dateline or outlet gives the home country), eventwire's
known-actor table and, when EVENTWIRE_DICTIONARIES names a folder, the user's CAMEO/PETRARCH
dictionaries.
Writes `Actor` records (country, sector and role codes with evidence) and the `Mention` records
linked to them: names, surnames, titles, pronouns, demonyms, acronyms.
"""

from eventwire.actors.extract import extract_actors

__all__ = ["extract_actors"]
