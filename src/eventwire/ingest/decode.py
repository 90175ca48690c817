"""Bytes → text with clear reasons for what cannot be read (binary, undecodable, too long)."""

from __future__ import annotations

import re

import charset_normalizer

from eventwire.model import ErrorReason

MAX_CHARS = 1_000_000
"""Longer texts are refused: no news article is this long, and spaCy's cost grows with it."""

_CONTROL_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32))
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 controls but tab and line ends, DEL, C1 controls: never text, and PostgreSQL refuses NUL."""


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
        text = _decode_mixed(data) or damaged_utf8(data) or _decode_legacy(data)
    return check_text(text)


UTF8_EVIDENCE = 2
"""Valid multi-byte UTF-8 characters needed per invalid byte to call the bytes UTF-8."""


def damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes (a stray byte from a bad copy), decoded with those bytes
    replaced; None when the bytes are not that. A valid multi-byte UTF-8 sequence hardly ever
    arises by chance in 8-bit legacy text, so many of them against few invalid bytes prove
    UTF-8; without this one stray byte sent a whole article to a legacy code page (“ read as
    ‚Äú)."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for char in text if ord(char) > 127) - replaced
    return text if replaced and valid >= UTF8_EVIDENCE * replaced else None


def _decode_mixed(data: bytes) -> str | None:
    """Line by line, when some lines prove to be UTF-8 and others are not (a file pasted
    together from several sources): UTF-8 lines as such, the others in the encoding detected
    from them alone. None when no line proves UTF-8 (then the file is all legacy)."""
    lines = data.splitlines(keepends=True)
    decoded: list[str | None] = [_utf8_or_none(line) for line in lines]
    if not any(text is not None and not text.isascii() for text in decoded):
        return None
    legacy = b"".join(raw for raw, text in zip(lines, decoded, strict=True) if text is None)
    encoding = _legacy_encoding(legacy)
    return "".join(
        text if text is not None else line.decode(encoding, errors="replace")
        for line, text in zip(lines, decoded, strict=True)
    )


def _utf8_or_none(line: bytes) -> str | None:
    try:
        return line.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


PREFERRED_LEGACY = ("cp1252", "cp1251", "latin_1")
"""Western and Cyrillic Windows code pages: what legacy-encoded news most often uses."""


def _decode_legacy(data: bytes) -> str:
    return data.decode(_legacy_encoding(data), errors="replace")


def _legacy_encoding(data: bytes) -> str:
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
            return match.encoding
    return best.encoding


def strip_controls(text: str) -> str:
    """The text without control characters (NUL included); tabs and line ends stay."""
    return _CONTROL_CHARS.sub("", text)


def check_text(text: str) -> str:
    """Normalise line ends, drop control characters, refuse empty or overlong text."""
    text = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DecodeError(ErrorReason.EMPTY, "empty document (no text after decoding)")
    if len(text) > MAX_CHARS:
        raise DecodeError(
            ErrorReason.TOO_LONG, f"{len(text):,} characters; the limit is {MAX_CHARS:,}"
        )
    return text
