"""Body quality on the public article-extraction benchmark: vnnews' generic path against plain
trafilatura, in the same run, scored by shared/benchmarks/score_article_bodies.py.

    python benchmarks/article_bodies.py [--bench DIR] [--json]

Writes two prediction files next to a temporary directory and prints both scores (F1,
precision, recall, accuracy) and the time per page of each extractor.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

# The checkout this script lives in, not whichever vnnews another environment installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from crawler.extract import extract_article  # noqa: E402
from crawler.sites import Profile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks"
# No profile: the generic path, as for an unlisted site.
GENERIC = Profile(name="generic", domains=(), start_urls=(), article_url=r"$^")


def load_pages(bench: Path) -> dict[str, tuple[str, str]]:
    truth = json.loads((bench / "article-extraction" / "ground-truth.json").read_text())
    pages = {}
    for item_id, entry in truth.items():
        html = gzip.decompress(
            (bench / "article-extraction" / "html" / f"{item_id}.html.gz").read_bytes())
        pages[item_id] = (html.decode("utf-8", errors="replace"), entry.get("url") or "http://x/")
    return pages


def run(extractor, pages: dict[str, tuple[str, str]]) -> tuple[dict, float]:
    out = {}
    start = time.perf_counter()
    for item_id, (html, url) in pages.items():
        out[item_id] = {"articleBody": extractor(html, url) or ""}
    return out, (time.perf_counter() - start) / len(pages)


def plain_trafilatura(html: str, url: str) -> str:
    return trafilatura.extract(html) or ""


def vnnews_generic(html: str, url: str) -> str:
    return extract_article(html, url, profile=GENERIC).body


def score(bench: Path, predictions: dict, workdir: Path, name: str) -> dict:
    path = workdir / f"{name}.json"
    path.write_text(json.dumps(predictions, ensure_ascii=False))
    result = subprocess.run(
        [sys.executable, str(bench / "score_article_bodies.py"),
         str(bench / "article-extraction" / "ground-truth.json"), str(path), "--json"],
        capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pages = load_pages(args.bench)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, extractor in (("trafilatura", plain_trafilatura),
                                ("vnnews-generic", vnnews_generic)):
            predictions, per_page = run(extractor, pages)
            results[name] = {"ms_per_page": round(per_page * 1000, 2),
                             **score(args.bench, predictions, Path(tmp), name)}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{len(pages)} pages, trafilatura {trafilatura.__version__}")
    for name, r in results.items():
        print(f"{name:<16} " + "  ".join(f"{k} {v}" for k, v in r.items()
                                         if not isinstance(v, (dict, list))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
