"""Every saved article page through extract_article, one test per field per case.

Pages of profiled sites go through their profile; pages under fixtures/generic/ belong to no
profile and go through the generic path (metadata and Vietnamese heuristics, trafilatura).

The golden files (expected.json) are written by hand from the page; a failure here names the
case and the field, so one wrong field does not hide the others.
"""

from __future__ import annotations

import pytest

from conftest import Case, article_cases
from crawler.extract import extract_article
from crawler.items import ARTICLE_FIELDS
from crawler.sites import profile_for_url

FIELDS = [f for f in ARTICLE_FIELDS if f != "provenance"]
CASES = article_cases()


def extracted(case: Case, _cache: dict = {}) -> dict:
    if case.id not in _cache:
        meta = case.meta
        article = extract_article(case.html, meta["url"], fetched_at=meta["fetched_at"],
                                  content_type=(meta.get("headers") or {}).get("Content-Type"))
        _cache[case.id] = article.to_dict()
    return _cache[case.id]


def test_there_are_cases():
    assert len(CASES) >= 7


def test_generic_cases_belong_to_no_profile():
    generic = [c for c in CASES if c.site == "generic"]
    assert len(generic) >= 25
    assert all(profile_for_url(c.meta["url"]) is None for c in generic)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_field(case: Case, field: str):
    assert extracted(case)[field] == case.expected[field]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_provenance_names_a_layer_for_every_found_field(case: Case):
    article = extracted(case)
    provenance = article["provenance"]
    assert set(provenance.values()) <= {"site", "metadata", "heuristic"}
    for field in ("title", "body", "published_at", "views", "sapo", "category"):
        if article[field] not in (None, "", []):
            assert field in provenance, field


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_explaining_a_page_does_not_change_its_article(case: Case):
    # --explain runs every layer of every field; the values it prints must be the crawl's.
    from crawler.extract import explain_page
    article, _ = explain_page(case.html, case.meta["url"], fetched_at=case.meta["fetched_at"],
                              content_type=(case.meta.get("headers") or {}).get("Content-Type"))
    assert article.to_dict() == extracted(case)
