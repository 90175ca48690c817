"""Bytes → text with clear reasons for what cannot be read (binary, undecodable, too long)."""

from __future__ import annotations

import charset_normalizer

from eventwire.model import ErrorReason

MAX_CHARS = 1_000_000
"""Longer texts are refused: no news article is this long, and spaCy's cost grows with it."""

_CONTROL_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32))


class DecodeError(Exception):
    """Raised with the `ErrorReason` that a ProcessingError will carry."""

    def __init__(self, reason: ErrorReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the head mean an image, archive or executable."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    return controls > len(head) * 0.05


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), else the encoding charset-normalizer detects."""
    if looks_binary(data):
        raise DecodeError(ErrorReason.BINARY, "binary content (control or NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    return check_text(text)


PREFERRED_LEGACY = ("cp1252", "cp1251", "latin_1")
"""Western and Cyrillic Windows code pages: what legacy-encoded news most often uses."""


def _decode_legacy(data: bytes) -> str:
    """charset-normalizer's guess; among equally good guesses, the usual news code page.

    On short English text with a few accented letters cp1250 and cp1252 tie; cp1252 is far
    more common in English-language news, so ties go to the preferred code pages.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise DecodeError(ErrorReason.UNDECODABLE, "not UTF-8 and no other encoding fits")
    best = matches[0]
    for match in matches:
        same_quality = (match.chaos, match.coherence) == (best.chaos, best.coherence)
        if same_quality and match.encoding in PREFERRED_LEGACY:
            return str(match)
    return str(best)


def check_text(text: str) -> str:
    """Normalise line ends and refuse empty or overlong text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DecodeError(ErrorReason.EMPTY, "empty document (no text after decoding)")
    if len(text) > MAX_CHARS:
        raise DecodeError(
            ErrorReason.TOO_LONG, f"{len(text):,} characters; the limit is {MAX_CHARS:,}"
        )
    return text
