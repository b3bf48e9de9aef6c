"""Dask batch extraction gives the same records, in the same order, as extraction in process."""
import json
import subprocess
import sys

from muster.article import Article
from muster.extract import default_extractor
from muster.scale import extract_many

TEXTS = [
    "The Pentagon will send up to 1,500 troops to the southern border, officials said Monday.",
    "Chicago police will put about 8,000 officers on the street for the holiday weekend.",
    "About 2,000 National Guard members remain in Los Angeles to protect federal buildings.",
    "The governor ordered 250 Guard members to the border within 72 hours.",
    "The city council approved a budget of $4.2 million for road repairs.",
]


def articles(n: int) -> list[Article]:
    return [Article(id=f"b{i}", title=f"Report {i}", text=TEXTS[i % len(TEXTS)] + f" Item {i}.", published="2025-06-01")
            for i in range(n)]


def test_dask_records_equal_in_process_records_in_order():
    batch = articles(23)
    expected = [default_extractor().extract(a) for a in batch]
    got = list(extract_many(batch, workers=2, batch_size=4))
    assert [r["id"] for r in got] == [a.id for a in batch]
    assert got == expected


def test_cli_workers_flag_streams_the_same_json(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(a.to_dict()) for a in articles(12)) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "muster", "extract", str(path), "--json"]
    plain = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    scaled = subprocess.run(command + ["--workers", "2"], capture_output=True, text=True, check=True).stdout
    assert plain == scaled and len(plain.splitlines()) == 12
