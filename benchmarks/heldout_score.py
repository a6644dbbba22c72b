"""Extraction accuracy per field on hand-labelled pages, with the acceptance criteria of the
"any Vietnamese news page" issue.

    python benchmarks/heldout_score.py [DIR ...] [--verbose] [--json]

DIR defaults to benchmarks/heldout (pages never used while the extractor was written); each
case is ``<case>/page.html`` + ``meta.json`` + ``expected.json``.  Criteria:

- title, published_at, authors, category, sapo: exact;
- views: exact where the page prints a count, null where it does not;
- related: the set of titles;
- body: starts at the expected first sentence, ends at the expected last sentence, and every
  extracted paragraph is one of the expected ones (no navigation, sidebar, related-block or
  footer text inside);
- read_as_article: the share of cases ``read_page`` calls an article, as a crawl of a site
  without a profile decides what to archive (every case is an article page).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

# The checkout this script lives in, not whichever vnnews another environment installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from crawler.extract import read_page  # noqa: E402
from crawler.normalize.article import normalize_article  # noqa: E402

HERE = Path(__file__).resolve().parent
SENTENCE_END = re.compile(r"(?<=[.!?…”\"])\s+")


def first_sentence(text: str) -> str:
    return SENTENCE_END.split(text.strip(), maxsplit=1)[0] if text.strip() else ""


def last_sentence(text: str) -> str:
    parts = SENTENCE_END.split(text.strip())
    return parts[-1] if parts else ""


def body_ok(got: str, want: str) -> bool:
    got_paragraphs = [p for p in got.split("\n\n") if p]
    want_paragraphs = [p for p in want.split("\n\n") if p]
    if not got_paragraphs or not want_paragraphs:
        return got_paragraphs == want_paragraphs
    return (first_sentence(got_paragraphs[0]) == first_sentence(want_paragraphs[0])
            and last_sentence(got_paragraphs[-1]) == last_sentence(want_paragraphs[-1])
            and all(p in want_paragraphs for p in got_paragraphs))


CHECKS = {
    "title": lambda g, w: g["title"] == w["title"],
    "published_at": lambda g, w: g["published_at"] == w["published_at"],
    "views": lambda g, w: g["views"] == w["views"],
    "authors": lambda g, w: g["authors"] == w["authors"],
    "source": lambda g, w: g["source"] == w["source"],
    "related": lambda g, w: {r["title"] for r in g["related"]} == {r["title"] for r in w["related"]},
    "body": lambda g, w: body_ok(g["body"], w["body"]),
    "sapo": lambda g, w: g["sapo"] == w["sapo"],
    "category": lambda g, w: g["category"] == w["category"],
    "tags": lambda g, w: g["tags"] == w["tags"],
    "images": lambda g, w: [i["url"] for i in g["images"]] == [i["url"] for i in w["images"]],
}


def score(dirs: list[Path], verbose: bool = False) -> dict:
    results: dict[str, list[bool]] = {name: [] for name in CHECKS}
    views_printed: list[bool] = []
    read_as_article: list[bool] = []
    failures = []
    cases = sorted(p.parent for d in dirs for p in d.glob("*/expected.json"))
    for case in cases:
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        want = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        # What extract_article gives, and the page's kind as a crawl without a profile reads
        # it (every held-out page is an article: one read as a listing would not be archived).
        reading = read_page((case / "page.html").read_bytes(), meta["url"],
                            fetched_at=meta["fetched_at"],
                            content_type=(meta.get("headers") or {}).get("Content-Type"))
        got = normalize_article(reading.raw).to_dict()
        read_as_article.append(reading.kind == "article")
        if reading.kind != "article":
            failures.append((case.name, "kind", reading.kind, "article"))
        for name, check in CHECKS.items():
            ok = check(got, want)
            results[name].append(ok)
            if name == "views" and want["views"] is not None:
                views_printed.append(ok)
            if not ok:
                failures.append((case.name, name, got[name], want[name]))
    summary = {name: round(sum(oks) / len(oks), 3) if oks else None
               for name, oks in results.items()}
    summary["views_where_printed"] = (round(sum(views_printed) / len(views_printed), 3)
                                      if views_printed else None)
    summary["read_as_article"] = (round(sum(read_as_article) / len(read_as_article), 3)
                                  if read_as_article else None)
    report = {"cases": len(cases), "accuracy": summary}
    if verbose:
        report["failures"] = [{"case": c, "field": f, "got": g, "expected": w}
                              for c, f, g, w in failures]
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[HERE / "heldout"])
    parser.add_argument("--verbose", action="store_true", help="list every failing field")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = score(args.dirs, args.verbose)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{report['cases']} cases")
    for name, value in report["accuracy"].items():
        print(f"  {name:<20} {'-' if value is None else f'{value:.0%}'}")
    for failure in report.get("failures", []):
        print(f"- {failure['case']} {failure['field']}:\n    got      {failure['got']!r:.300}"
              f"\n    expected {failure['expected']!r:.300}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
