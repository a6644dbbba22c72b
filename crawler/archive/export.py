"""Streaming exports of the archive: JSON Lines and CSV with the Article contract's fields."""

from __future__ import annotations

import csv
import json
from typing import Iterable, TextIO

from crawler.items import ARTICLE_FIELDS

# A CSV cell holds text: list and mapping fields are written as JSON.
JSON_IN_CSV = ("authors", "tags", "images", "related", "provenance")


def contract_fields(row: dict) -> dict:
    return {key: row.get(key) for key in ARTICLE_FIELDS}


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    """One Article JSON object per line; returns the number written."""
    count = 0
    for row in rows:
        out.write(json.dumps(contract_fields(row), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict], out: TextIO) -> int:
    """A header row with the contract's keys, then one row per article."""
    writer = csv.DictWriter(out, fieldnames=list(ARTICLE_FIELDS))
    writer.writeheader()
    count = 0
    for row in rows:
        record = contract_fields(row)
        for key in JSON_IN_CSV:
            record[key] = json.dumps(record[key], ensure_ascii=False)
        writer.writerow(record)
        count += 1
    return count
