"""The one shape every input kind is turned into before parsing."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.ingest.decode import strip_controls
from eventwire.model import ErrorReason, ProcessingError

TEXT_FIELDS = ("id", "text", "source", "url", "title", "date")


@dataclass
class RawDocument:
    """A document as read: text (None when unreadable) plus caller-supplied metadata.

    Metadata given by the caller or the container (`title`, `date`, `url`, `source`) wins over
    what the parser guesses from the text.
    """

    id: str
    text: str | None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    errors: list[ProcessingError] = field(default_factory=list)

    def __post_init__(self) -> None:
        """No control characters in anything that is stored, whichever reader made it (a JSON
        string may hold NUL, which PostgreSQL refuses)."""
        for name in TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, strip_controls(value))

    @classmethod
    def failed(cls, doc_id: str, reason: ErrorReason, message: str, **metadata: str) -> RawDocument:
        """A document that could not be read: it keeps its id and metadata and says why."""
        error = ProcessingError(stage="ingest", reason=reason, message=message, source=doc_id)
        metadata.setdefault("source", doc_id)
        return cls(id=doc_id, text=None, errors=[error], **metadata)
