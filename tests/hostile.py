"""Hostile inputs, generated (nothing downloaded): each case's bytes and the outcome it must get.

`None` as the expected reason means the document is read and coded without an error.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.model import ErrorReason

ENGLISH = (
    "Russian troops arrived in Minsk on Thursday for joint drills with Belarus, the defence "
    "ministry said. Belarusian President Alexander Lukashenko welcomed the troops. "
)


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    reason: ErrorReason | None


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40


TEXT_CASES = [
    Case("empty.txt", b"", ErrorReason.EMPTY),
    Case("whitespace.txt", b" \n\t\r\n \xc2\xa0 \n", ErrorReason.EMPTY),
    Case("image.txt", _png(), ErrorReason.BINARY),
    Case("elf.html", b"\x7fELF\x02\x01\x01" + bytes(4000), ErrorReason.BINARY),
    Case("nul-inside.txt", ENGLISH.encode() + b"\x00\x00" + ENGLISH.encode(), ErrorReason.BINARY),
    Case(
        "cp1251.txt",
        "Министр обороны России прибыл в Минск.".encode("cp1251"),
        ErrorReason.NOT_ENGLISH,
    ),
    Case("latin1.txt", ("Café talks in Genève. " + ENGLISH).encode("latin-1"), None),
    Case("bad-utf8.txt", ENGLISH.encode() + b"\xff\xfe\xc3\x28" + ENGLISH.encode(), None),
    Case(
        "chinese.txt",
        ("俄罗斯军队周四抵达明斯克，与白俄罗斯举行联合演习。" * 20).encode(),
        ErrorReason.NOT_ENGLISH,
    ),
    Case(
        "arabic.txt",
        ("وصلت القوات الروسية إلى مينسك يوم الخميس. " * 20).encode(),
        ErrorReason.NOT_ENGLISH,
    ),
    Case("digits.txt", b"1234 5678 9012 3456 " * 100, ErrorReason.NOT_ENGLISH),
    Case("huge.txt", b"Troops arrived in Minsk. " * (50 * 2**20 // 25), ErrorReason.TOO_LONG),
    Case("many-tokens.txt", ("Troops arrived in Minsk. " * 12_000).encode(), ErrorReason.TOO_LONG),
    Case("quote-run.txt", (ENGLISH + '"' * 100_000 + ENGLISH).encode(), ErrorReason.INVALID_INPUT),
    Case("bang-run.txt", (ENGLISH + "!" * 20_000 + ENGLISH).encode(), ErrorReason.INVALID_INPUT),
    Case("unbalanced-quotes.txt", ((ENGLISH + ' “ « „ " ‘ ’ » ” ‹ ') * 200).encode(), None),
    Case("no-sentences.txt", (ENGLISH.replace(".", "") * 200).encode(), None),
    Case("one-long-word.txt", (ENGLISH * 12 + "a" * 50_000 + " " + ENGLISH).encode(), None),
    Case("invisible.txt", ("\u202e\u200b" + ENGLISH + "\ufeff\u2028" + ENGLISH).encode(), None),
]
