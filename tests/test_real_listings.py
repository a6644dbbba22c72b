"""The 11 real home and category pages of ../shared/real-pages/listings/ (read there, never
copied here): each is read as a listing, and the links read as articles are the articles,
against hand labels (benchmarks/listings/labels.json; `python benchmarks/listing_links.py`
prints the per-page table).  Skipped when the shared pages are absent."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT

SHARED = ROOT.parent / "shared" / "real-pages"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/real-pages is absent")
sys.path.insert(0, str(ROOT / "benchmarks"))


def manifest() -> list[dict]:
    if not SHARED.is_dir():
        return []
    return json.loads((SHARED / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", manifest(), ids=lambda e: e["file"].split("/")[-1][:40])
def test_real_pages_are_read_as_what_they_are(entry):
    from crawler.extract import read_page

    url = entry["url"] or "https://dantri.com.vn/"  # the one page saved without its address
    assert read_page((SHARED / entry["file"]).read_bytes(), url).kind == entry["kind"]


def test_article_links_on_real_listings_are_articles_and_miss_few():
    from listing_links import score_all

    rows = score_all(SHARED)
    assert len(rows) == 11
    for row in rows:
        assert row["wrong"] <= 0.05 * row["yielded"], row
        assert row["missed"] <= 0.05 * row["articles"], row
    # following every same-host link (the generic spider before) took ten times more non-articles
    assert 10 * sum(r["wrong"] for r in rows) < sum(r["baseline_wrong"] for r in rows)
