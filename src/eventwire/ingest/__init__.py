"""Ingest: turn files, directories, stdin and JSONL into `RawDocument`s, recording bad input."""

from eventwire.ingest.document import RawDocument
from eventwire.ingest.sources import read_inputs

__all__ = ["RawDocument", "read_inputs"]
