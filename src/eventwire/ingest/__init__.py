"""Ingest: turn files, directories, stdin and JSONL into `RawDocument`s, recording bad input."""

from typing import TYPE_CHECKING

from eventwire.ingest.document import RawDocument

if TYPE_CHECKING:
    from eventwire.ingest.sources import read_inputs

__all__ = ["RawDocument", "read_inputs"]


def __getattr__(name: str) -> object:
    """`read_inputs` is imported on first use: its readers load the feed, HTML, WARC and HTTP
    libraries (about half a second), which the pipeline's worker processes, needing only
    `RawDocument`, never use."""
    if name == "read_inputs":
        from eventwire.ingest.sources import read_inputs

        return read_inputs
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
