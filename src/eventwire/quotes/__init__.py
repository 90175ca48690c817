"""Quotes: direct, indirect and mixed quotes with their speaker and source chain.

Reads the parsed article, its `Article` metadata (agency) and the `Actor`/`Mention` records of
the actors stage. Writes `Quote` records: content and cue evidence, the speaker resolved to an
actor, and the chain agency ← cited outlet ← speaker.
"""

from eventwire.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
