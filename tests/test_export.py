"""Exports: JSONL round trip, CSV/Parquet event rows, POLECAT and GDELT column layouts."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.export import ExportFormat, gdelt, polecat, write_export
from eventwire.model import (
    Article,
    ArticleResult,
    Attribute,
    Event,
    EventPlace,
    EventTime,
    Modality,
    Participant,
    Place,
)
from eventwire.output import json_line
from eventwire.store import Store
from tests.records import BELTA, drills, protest, span


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    opened = Store(str(tmp_path_factory.mktemp("export") / "e.db"))
    for result in [drills("tass"), drills("belta", BELTA, agency="BelTA"), protest()]:
        opened.save(result, "1")
    opened.refresh()
    return opened


def _rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source, delimiter=delimiter))


def test_jsonl_holds_every_result_exactly(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    assert write_export(store, ExportFormat.JSONL, out) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(ArticleResult.model_validate_json(x).id for x in lines) == [
        "afp",
        "belta",
        "tass",
    ]


def test_jsonl_export_lines_are_the_lines_extract_writes(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    write_export(store, ExportFormat.JSONL, out)
    exported = set(out.read_text(encoding="utf-8").splitlines())
    assert exported == {json_line(result) for result in store.results()}


def test_csv_and_parquet_hold_one_row_per_event(store: Store, tmp_path: Path) -> None:
    write_export(store, ExportFormat.CSV, tmp_path / "e.csv")
    write_export(store, ExportFormat.PARQUET, tmp_path / "e.parquet")
    rows = _rows(tmp_path / "e.csv", ",")
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert len(rows) == len(table) == 3
    drill = next(r for r in table if r["article_id"] == drills("tass").article.id)
    assert drill["trigger_text"] == "began joint military drills"
    assert drill["independent_sources"] == 2 and drill["actor_countries"] == "RUS"


def _sanctions() -> ArticleResult:
    """The European Community sanctions Serbia "in 1992": an IGO actor and a year-only time."""
    text = "BRUSSELS (AFP) - The European Community imposed sanctions on Serbia in 1992."
    community = Participant(
        actor_id="a1", name="European Community", country="IGO", sector="IGO",
        mention=span(text, "The European Community"),
    )  # fmt: skip
    serbia = Participant(name="Serbia", country="SRB", mention=span(text, "Serbia"))
    place = Place(
        id="p1", evidence=span(text, "Serbia"), name="Serbia", lat=44.0, lon=21.0,
        country="SRB", feature="country", geonameid=6290252,
    )  # fmt: skip
    event = Event(
        id="e1", type="SANCTION", cameo="163", modality=Modality.OCCURRED,
        trigger=span(text, "imposed sanctions"), actors=[community], recipients=[serbia],
        time=EventTime(time_id="t1", value="1992", evidence=span(text, "1992")),
        place=EventPlace(place_id="p1", name="Serbia", country="SRB", lat=44.0, lon=21.0),
        sentence=span(text, text[text.index("The") :]),
    )  # fmt: skip
    article = Article(
        id="ec1992sanctions", text=text, language="en", url="https://afp.example/ec",
        date=Attribute(value="1992-06-01", method="supplied"),
    )  # fmt: skip
    return ArticleResult(id="ec", article=article, events=[event], places=[place])


@pytest.fixture(scope="module")
def datasets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """POLECAT and GDELT exports of the drills, the protest and the sanctions."""
    folder = tmp_path_factory.mktemp("datasets")
    opened = Store(str(folder / "d.db"))
    for result in [drills("tass"), drills("belta", BELTA, agency="BelTA"), protest(), _sanctions()]:
        opened.save(result, "1")
    opened.refresh()
    write_export(opened, ExportFormat.POLECAT, folder / "polecat.tsv")
    write_export(opened, ExportFormat.GDELT, folder / "gdelt.tsv")
    opened.close()
    return folder


def test_polecat_export_loads_with_polecat_conventions(datasets: Path) -> None:
    out = datasets / "polecat.tsv"
    assert b"\r\n" not in out.read_bytes()
    frame = pd.read_csv(out, sep="\t")
    assert list(frame.columns) == polecat.COLUMNS and len(polecat.COLUMNS) == 40
    drill = frame[(frame["Event Type"] == "MOBILIZE") & (frame["Source"] == "TASS")].iloc[0]
    assert (drill["Quad Code"], drill["Intensity"]) == ("MATERIAL CONFLICT", -7.2)
    assert (drill["Actor COW"], drill["Recipient COW"]) == (365, 370)  # Russia, Belarus
    assert (drill["City"], drill["Country"], drill["GeoNames ID"]) == ("Brest", "BLR", 629634)
    assert drill["Event Date"] == "2022-02-03" and drill["Story People"] == "Sergey Shoigu"
    protest_row = next(r for r in _rows(out, "\t") if r["Event Type"] == "PROTEST")
    assert protest_row["Quad Code"] == "VERBAL CONFLICT" and protest_row["Intensity"] == "-6.5"
    assert protest_row["Recipient Name"] == protest_row["Wikipedia Actor ID"] == "None"
    assert protest_row["City"] == "None"  # Paris is not a Place record here: no feature known
    sanction = frame[frame["Event Type"] == "SANCTION"].iloc[0]
    assert pd.isna(sanction["Actor COW"]) and sanction["Recipient COW"] == 345
    assert pd.isna(sanction["City"]) and sanction["Country"] == "SRB"
    assert sanction["Event Date"] == "1992-06-01"  # "in 1992": the story's date, not 1 January


OFFICIAL_GDELT = [  # the GDELT 2.0 Event codebook's columns, in its order
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
GDELT_INTEGERS = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
    "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED",
}  # fmt: skip
GDELT_FLOATS = {"FractionDate", "GoldsteinScale", "AvgTone"} | {
    f"{who}Geo_{axis}" for who in ("Actor1", "Actor2", "Action") for axis in ("Lat", "Long")
}
GDELT_DTYPES = {
    name: "Int64" if name in GDELT_INTEGERS else "float64" if name in GDELT_FLOATS else "string"
    for name in OFFICIAL_GDELT
}


def _gdelt_frame(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, names=OFFICIAL_GDELT, dtype=GDELT_DTYPES)


def test_gdelt_export_is_headerless_lf_tsv_with_the_61_columns(datasets: Path) -> None:
    lines = (datasets / "gdelt.tsv").read_bytes().split(b"\n")
    assert lines[-1] == b"" and not any(line.endswith(b"\r") for line in lines)
    assert all(len(line.split(b"\t")) == 61 for line in lines[:-1])
    assert all(line[:1].isdigit() for line in lines[:-1])  # no header row
    assert gdelt.COLUMNS == OFFICIAL_GDELT


def test_gdelt_export_round_trips_through_pandas_with_gdelt_types(datasets: Path) -> None:
    frame = _gdelt_frame(datasets / "gdelt.tsv")
    assert len(frame) == 4 and frame["GLOBALEVENTID"].is_unique
    drill = frame[frame["SOURCEURL"] == "https://tass.example/story"].iloc[0]
    assert (drill["SQLDATE"], drill["MonthYear"], drill["Year"]) == (20220203, 202202, 2022)
    assert drill["FractionDate"] == 2022.0932  # 34th day of the year
    assert (drill["EventCode"], drill["EventRootCode"], drill["QuadClass"]) == ("152", "15", 4)
    assert drill["GoldsteinScale"] == -7.2 and pd.isna(drill["AvgTone"])
    assert (drill["Actor1Code"], drill["Actor2CountryCode"]) == ("RUSMIL", "BLR")
    assert (drill["NumSources"], drill["NumArticles"], drill["IsRootEvent"]) == (2, 2, 1)
    assert (drill["ActionGeo_Type"], drill["ActionGeo_CountryCode"]) == (4, "BO")  # Brest: city
    assert drill["ActionGeo_FullName"] == "Brest, Belarus" and drill["Actor1Geo_Type"] == 0
    added = str(drill["DATEADDED"])
    assert len(added) == 14 and not added.startswith("20220203")  # when stored, not event day


def test_gdelt_dates_only_a_day_and_codes_the_european_community(datasets: Path) -> None:
    frame = _gdelt_frame(datasets / "gdelt.tsv")
    sanction = frame[frame["EventCode"] == "163"].iloc[0]
    assert pd.isna(sanction["SQLDATE"]) and pd.isna(sanction["MonthYear"])
    assert sanction["Year"] == 1992  # "in 1992": a year, not 1 January
    assert (sanction["Actor1Code"], sanction["Actor1CountryCode"]) == ("IGOEUREEC", "EUR")
    assert (sanction["Actor1KnownGroupCode"], sanction["Actor1Type1Code"]) == ("EEC", "IGO")
    assert (sanction["ActionGeo_Type"], sanction["ActionGeo_FullName"]) == (1, "Serbia")
    assert sanction["GoldsteinScale"] == -8.0
    extra = pd.read_csv(datasets / "gdelt.tsv.eventwire.tsv", sep="\t", dtype={"time_value": str})
    row = extra[extra["GLOBALEVENTID"] == sanction["GLOBALEVENTID"]].iloc[0]
    assert (row["time_value"], row["time_precision"], row["date_source"]) == (
        "1992", "year", "stated",
    )  # fmt: skip
    assert (row["time_start"], row["time_end"]) == ("1992-01-01", "1992-12-31")
