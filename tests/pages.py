"""Small article pages written for the ingestion tests (own text, not from any corpus)."""

from __future__ import annotations

import json
from html import escape

TITLE = "Ministers meet in Vienna over grain exports"
PARAGRAPHS = [
    TITLE,
    "VIENNA, March 14. The foreign ministers of Austria and Hungary met in Vienna on Tuesday "
    "to discuss grain exports through the Danube ports, the Austrian foreign ministry said.",
    "Hungarian Foreign Minister Peter Szijjarto told reporters that both governments wanted "
    "the shipments to resume before the summer harvest.",
]
TEXT = "\n".join(PARAGRAPHS)
DATE = "2023-03-14"
SITE = "Danube Wire"


def page(url: str, date: str | None = DATE) -> bytes:
    """A news page with boilerplate around the article, as a site would serve it."""
    published = f'<meta property="article:published_time" content="{date}T09:30:00Z">'
    body = "".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS[1:])
    html = (
        f"<!DOCTYPE html><html><head><title>{TITLE} | {SITE}</title>"
        f'<meta property="og:site_name" content="{SITE}">'
        f'<meta property="og:title" content="{TITLE}">{published if date else ""}'
        f'<link rel="canonical" href="{url}"></head><body>'
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{escape(TITLE)}</h1>{body}</article>"
        "<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>"
    )
    return html.encode()


def plain_jsonl(doc_id: str, url: str, date: str = DATE, source: str = SITE) -> str:
    """The same article as plain text with the metadata a container would carry."""
    record = {"id": doc_id, "text": TEXT, "title": TITLE, "date": date, "url": url}
    return json.dumps(record | {"source": source}) + "\n"
