"""Link discovery and page classification on the 11 real listing pages.

For each page of ``../shared/real-pages/listings/`` (read there, never copied here): whether
``crawler.extract.read_page`` calls it a listing, and which of its links
``crawler.discovery.listings.article_links`` yields as articles, against the hand labels in
``benchmarks/listings/labels.json``: yielded, wrong (yielded, not an article), missed.
Beside it, the baseline: what the generic spider followed before link discovery (every
same-host page link).

    python benchmarks/listing_links.py [--json]

Exits 2 when the shared pages are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.discovery.listings import article_links, page_links  # noqa: E402
from crawler.extract import read_page  # noqa: E402

SHARED = ROOT.parent / "shared" / "real-pages"
LABELS = ROOT / "benchmarks" / "listings" / "labels.json"


def score_page(page: dict, shared: Path = SHARED) -> dict:
    html = (shared / page["file"]).read_bytes()
    truth = set(page["articles"])
    links = [link.url for link in page_links(html, page["url"])]
    found = article_links(html, page["url"])
    return {"page": Path(page["file"]).stem, "kind": read_page(html, page["url"]).kind,
            "links": len(links), "articles": len(truth), "yielded": len(found),
            "wrong": len(set(found) - truth), "missed": len(truth - set(found)),
            "baseline_wrong": len(set(links) - truth),
            "wrong_examples": sorted(set(found) - truth)[:3],
            "missed_examples": sorted(truth - set(found))[:3]}


def score_all(shared: Path = SHARED) -> list[dict]:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    return [score_page(page, shared) for page in labels["pages"]]


def table(rows: list[dict]) -> str:
    head = (f"{'page':<36} {'kind':<8} {'links':>5} {'articles':>8} {'yielded':>7} "
            f"{'wrong':>5} {'missed':>6}   baseline: followed, wrong")
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r['page']:<36} {r['kind']:<8} {r['links']:>5} {r['articles']:>8} "
                     f"{r['yielded']:>7} {r['wrong']:>5} {r['missed']:>6}   "
                     f"{r['links']:>5}, {r['baseline_wrong']:>4}")
    total = {k: sum(r[k] for r in rows) for k in ("links", "articles", "yielded", "wrong",
                                                  "missed", "baseline_wrong")}
    listing = sum(r["kind"] == "listing" for r in rows)
    lines.append(f"{'all (' + str(listing) + '/' + str(len(rows)) + ' read as listings)':<45} "
                 f"{total['links']:>5} {total['articles']:>8} {total['yielded']:>7} "
                 f"{total['wrong']:>5} {total['missed']:>6}   "
                 f"{total['links']:>5}, {total['baseline_wrong']:>4}")
    precision = 1 - total["wrong"] / total["yielded"] if total["yielded"] else 0.0
    recall = 1 - total["missed"] / total["articles"] if total["articles"] else 0.0
    lines.append(f"precision {precision:.3f}, recall {recall:.3f} "
                 f"(baseline precision {1 - total['baseline_wrong'] / total['links']:.3f})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"listing_links: {SHARED} not found (the shared real pages)", file=sys.stderr)
        return 2
    rows = score_all()
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
