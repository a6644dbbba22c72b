"""Score the normalizer on held-out printed strings (timestamps, bylines, view counters).

Usage:
    python benchmarks/strings_score.py [--dir benchmarks/heldout3/strings] [--verbose]

Each line of timestamps.jsonl, bylines.jsonl and views.jsonl is a string as printed on a real
Vietnamese news page with the value a reader takes from it. Only the public API is called:

    parse_published("Thứ Hai 16/10/2023 , 08:45 (GMT+7)", now=...)  # aware datetime or None
    parse_views("390 Lượt xem")                                     # int or None
    parse_byline("Giàng Seo Pùa/VOV4")                              # .authors, .source

A timestamp counts when the returned instant, written in +07:00, has the expected ISO text
(or both are None). Prints n/N per set; --verbose also lists every miss. Measured once by the
lead; the misses are not to be read by anyone tuning the normalizer.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.normalize import parse_byline, parse_published, parse_views  # noqa: E402

VIETNAM = timezone(timedelta(hours=7))


def read_rows(path: Path) -> list[dict]:
    """The JSON objects of a .jsonl file, one per non-empty line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def utc_instant(text: str) -> datetime:
    """'2026-11-20T03:00:00Z' -> an aware datetime in UTC."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def timestamp_result(row: dict) -> str | None:
    """The parser's answer for one row, as ISO text in +07:00 (None stays None)."""
    got = parse_published(row["text"], now=utc_instant(row["now"]))
    if got is None:
        return None
    if got.tzinfo is None:
        return "naive " + got.isoformat()
    return got.astimezone(VIETNAM).isoformat()


def byline_result(row: dict) -> dict:
    """The parser's answer for one row in the expected's shape."""
    got = parse_byline(row["text"])
    return {"authors": list(got.authors), "source": got.source}


def views_result(row: dict) -> int | None:
    return parse_views(row["text"])


SETS = (
    ("timestamps", timestamp_result),
    ("bylines", byline_result),
    ("views", views_result),
)


def score_set(rows: list[dict], answer) -> tuple[int, list[tuple[dict, object]]]:
    """Count the rows whose answer equals the expected value; collect the misses."""
    hits, misses = 0, []
    for row in rows:
        try:
            got = answer(row)
        except Exception as error:  # a crash on one string is a miss, not the end of the run
            got = f"raised {type(error).__name__}: {error}"
        if got == row["expected"]:
            hits += 1
        else:
            misses.append((row, got))
    return hits, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "benchmarks" / "heldout3" / "strings")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    for name, answer in SETS:
        path = args.dir / f"{name}.jsonl"
        if not path.exists():
            print(f"{name}: missing {path}")
            continue
        rows = read_rows(path)
        hits, misses = score_set(rows, answer)
        print(f"{name}: {hits}/{len(rows)}")
        if args.verbose:
            for row, got in misses:
                print(f"  MISS {row['text']!r}")
                print(f"       expected {row['expected']!r}")
                print(f"       got      {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
