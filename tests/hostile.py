"""Hostile inputs, generated (nothing downloaded): each case's bytes and the outcome it must get.

`None` as the expected reason means the document is read and coded without an error.
"""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

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
    Case("no-sentences.txt", (ENGLISH.replace(".", "") * 40).encode(), None),
    Case("one-long-word.txt", (ENGLISH * 12 + "a" * 50_000 + " " + ENGLISH).encode(), None),
    Case("invisible.txt", ("\u202e\u200b" + ENGLISH + "\ufeff\u2028" + ENGLISH).encode(), None),
]


def _entity_feed(doctype: str, body: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [{doctype}]>\n<rss version="2.0"><channel>'
        f"<title>t</title><item><title>Drills</title><description>{ENGLISH} {body}"
        "</description></item></channel></rss>"
    ).encode()


def billion_laughs() -> bytes:
    """Ten entities, each ten of the previous: 10⁹ "lol"s if a parser expanded them."""
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return _entity_feed("\n".join(levels), "&lol9;")


def external_entity() -> bytes:
    return _entity_feed('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;")


def warc(pages: int) -> bytes:
    """A gzipped WARC of HTML responses, one article each (warcio writes it)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for number in range(pages):
        body = f"<html><body><article><p>{ENGLISH * 3} Page {number}.</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"http://example.org/{number}",
            "response",
            payload=io.BytesIO(body.encode()),
            http_headers=headers,
        )
        writer.write_record(record)
    return buffer.getvalue()


def truncated(data: bytes, fraction: float = 0.6) -> bytes:
    return data[: int(len(data) * fraction)]


HTML_PAGE = f"<html><body><p>{ENGLISH * 3}</p></body></html>".encode()
CONTAINER_CASES = [
    Case(
        "deep.html",
        b"<html><body>" + b"<div>" * 50_000 + HTML_PAGE + b"</div>" * 50_000,
        ErrorReason.EMPTY,
    ),
    Case(
        "malformed.html",
        HTML_PAGE[:-14] + b"<p><b><i>x</div></span><<<>>>&&&;<script>y</p></table>",
        None,
    ),
    Case("laughs.rss", billion_laughs(), None),
    Case("external-entity.rss", external_entity(), None),
    Case(
        "truncated.txt.gz", truncated(gzip.compress(ENGLISH.encode() * 3)), ErrorReason.UNREADABLE
    ),
    Case("not-gzip.gz", b"\x1f\x8b" + bytes(range(256)) * 10, ErrorReason.UNREADABLE),
]
"""Containers that yield one document (feeds: their one entry)."""
