"""`eventwire spark`: the same pipeline as a PySpark job, from files to Parquet.

Spark reads the input files (a path, directory or glob; local, HDFS or S3) as bytes; executors
run eventwire's own readers on them (text, JSONL, HTML, feeds without fetching, WARC) and the
pipeline on each partition, the spaCy model loaded once per Python worker. The Parquet output has
one row per article: key columns to filter on and `record`, the full ArticleResult as JSON (the
same contract as `eventwire extract`), ordered by input file and position.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from eventwire.ingest import RawDocument
from eventwire.ingest.sources import ReadOptions, read_data
from eventwire.output import json_line
from eventwire.pipeline import process

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

COLUMNS = [
    ("path", "string"),
    ("position", "int"),
    ("id", "string"),
    ("article_id", "string"),
    ("url", "string"),
    ("date", "string"),
    ("headline", "string"),
    ("error_count", "int"),
    ("record", "string"),
]
SCHEMA = ", ".join(f"{name} {kind}" for name, kind in COLUMNS)

Located = tuple[str, int, RawDocument]


def read_file(item: tuple[str, bytes]) -> Iterator[Located]:
    """One input file's documents, each with its file and position for a stable order."""
    path, data = item
    name = PurePosixPath(path).name
    for position, doc in enumerate(read_data(name, data, ReadOptions(), name=name)):
        yield path, position, doc


def process_partition(items: Iterable[Located]) -> Iterator[tuple[Any, ...]]:
    """The pipeline over one partition, as rows in the COLUMNS order."""
    located = list(items)
    results = process(doc for _, _, doc in located)
    for (path, position, _), result in zip(located, results, strict=True):
        article = result.article
        yield (
            path,
            position,
            result.id,
            article.id if article else None,
            article.url if article else None,
            article.date.value if article and article.date else None,
            article.headline.value if article and article.headline else None,
            len(result.errors),
            json_line(result),
        )


def spark_session(master: str) -> SparkSession:
    """A session whose local executors run this very interpreter, where eventwire is installed."""
    from pyspark.sql import SparkSession  # optional extra: imported only when asked for

    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master(master).appName("eventwire").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_spark(source: str, output: str, master: str, partitions: int | None = None) -> int:
    """Run the job and return the number of articles written."""
    from pyspark.sql import SparkSession

    owned = SparkSession.getActiveSession() is None  # a caller's session is left running
    spark = spark_session(master)
    try:
        files = spark.sparkContext.binaryFiles(source, minPartitions=partitions)
        # Kept once computed: sorting samples its input, and the pipeline must run only once.
        rows = files.flatMap(read_file).mapPartitions(process_partition).cache()
        frame = spark.createDataFrame(rows, SCHEMA).orderBy("path", "position")
        frame.write.mode("overwrite").parquet(output)
        return rows.count()
    finally:
        if owned:
            spark.stop()
