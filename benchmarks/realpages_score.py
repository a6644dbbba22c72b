"""Extraction accuracy per field on the real captured pages, vnnews against plain trafilatura.

    python benchmarks/realpages_score.py [--pages DIR] [--verbose] [--json]

The pages are ``../shared/real-pages`` (never copied into the repository: their provenance is in
its manifest.json); the hand labels are ``benchmarks/realpages/<page>.json`` (see the README
there).  Without the pages the script says so and exits 0.

Both extractors read the same bytes in the same run and are judged by the criteria of
``benchmarks/heldout_score.py`` (its checks are imported, not copied): exact title,
published_at, authors, source, sapo, category, tags and views; related stories as the set of
titles; body from the expected first sentence to the expected last one with no paragraph that
is not in the label.  Images are not judged.

Plain trafilatura is ``trafilatura.bare_extraction(with_metadata=True)`` mapped onto the
contract with as little help as possible: ``title``; ``author`` split at "; "; ``date`` asked
for with its time (htmldate's ``outputformat``), "+0700" written "+07:00"; ``description`` as
the sapo; ``tags`` split at commas; the first of ``categories``; ``text`` lines as paragraphs.
It has no related stories, views or source.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Callable

import trafilatura

# The checkout this script lives in, not whichever vnnews another environment installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from crawler.extract import extract_article  # noqa: E402
from crawler.normalize.text import clean_text  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_score import CHECKS  # noqa: E402  (a sibling script, not a package)

DEFAULT_PAGES = HERE.parent.parent / "shared" / "real-pages"
LABELS = HERE / "realpages"
# The pages carry no fetch time; relative dates ("1 giờ trước") are not what is scored.
FETCHED_AT = "2026-02-01T00:00:00Z"
FIELDS = [name for name in CHECKS if name != "images"]


def load_cases(pages: Path) -> list[tuple[dict[str, Any], bytes]]:
    """Each label with its page's bytes, in file order."""
    cases = []
    for label_path in sorted(LABELS.glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        cases.append((label, (pages / label["file"]).read_bytes()))
    return cases


def vnnews(html: bytes, url: str) -> dict[str, Any]:
    return extract_article(html, url, fetched_at=FETCHED_AT).to_dict()


OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")


def plain_trafilatura(html: bytes, url: str) -> dict[str, Any]:
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True,
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z",
                                "extensive_search": True, "original_date": True})
    found = doc.as_dict() if doc is not None else {}
    text = found.get("text") or ""
    tags = [clean_text(t) for tag in found.get("tags") or [] for t in tag.split(",")]
    return {
        "title": found.get("title"),
        "sapo": found.get("description") or None,
        "body": "\n\n".join(p for p in (clean_text(line) for line in text.split("\n")) if p),
        "authors": [a.strip() for a in (found.get("author") or "").split(";") if a.strip()],
        "source": None,
        "published_at": OFFSET.sub(r"\1:\2", found.get("date") or "") or None,
        "views": None,
        "category": (found.get("categories") or [None])[0],
        "tags": list(dict.fromkeys(t for t in tags if t)),
        "related": [],
        "images": [],
    }


EXTRACTORS: dict[str, Callable[[bytes, str], dict[str, Any]]] = {
    "vnnews": vnnews, "trafilatura": plain_trafilatura}


def score(pages: Path, verbose: bool = False) -> dict[str, Any]:
    cases = load_cases(pages)
    report: dict[str, Any] = {"cases": len(cases), "fields": FIELDS, "extractors": {}}
    for name, extractor in EXTRACTORS.items():
        right = {field: 0 for field in FIELDS}
        failures = []
        for label, html in cases:
            got = extractor(html, label["url"])
            for field in FIELDS:
                if CHECKS[field](got, label):
                    right[field] += 1
                else:
                    failures.append({"page": Path(label["file"]).stem, "field": field,
                                     "got": got[field], "expected": label[field]})
        report["extractors"][name] = {"right": right}
        if verbose:
            report["extractors"][name]["failures"] = failures
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES,
                        help="the real-pages folder (default ../shared/real-pages)")
    parser.add_argument("--verbose", action="store_true", help="list every failing field")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (args.pages / "manifest.json").is_file():
        print(f"no real pages at {args.pages}: nothing to score")
        return 0
    report = score(args.pages, args.verbose)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    n = report["cases"]
    names = list(report["extractors"])
    print(f"{n} real pages, trafilatura {trafilatura.__version__}")
    print(f"  {'field':<14}" + "".join(f"{name:>14}" for name in names))
    for field in report["fields"]:
        print(f"  {field:<14}" + "".join(
            f"{report['extractors'][name]['right'][field]:>11}/{n:<2}" for name in names))
    for name in names:
        for failure in report["extractors"][name].get("failures", []):
            print(f"- {name} {failure['page']} {failure['field']}:\n"
                  f"    got      {failure['got']!r:.300}\n"
                  f"    expected {failure['expected']!r:.300}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
