"""A result as eventwire writes it (extract, the JSONL export, the Spark job): one JSON object,
non-ASCII text kept as written.

Made where the result is made (a worker process, see `parallel.encoded_parallel`), so that the
process writing the output passes strings on instead of rebuilding every record: unpickling the
records took that process 0.49 s of CPU and writing them 0.13 s per 150 articles, on a core the
workers need.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.model import ArticleResult


def json_line(result: ArticleResult) -> str:
    """The result as one line of JSON (no newline)."""
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False)


def indented(line: str) -> str:
    """A `json_line` laid out over lines, two spaces an indent (one article read by a person);
    the same keys, order and values."""
    return json.dumps(json.loads(line), ensure_ascii=False, indent=2)
