"""Each profile against real addresses of its site (tests/fixtures/<site>/real_urls.txt).

The profiles were first written from reconstructed pages; these files hold addresses found on the
real sites (format: tests/fixtures/README.md).  A profile's article pattern must accept every real
article address and reject every real listing or other address, and a profile says
``verified=True`` exactly when its file holds at least one real article address.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from conftest import FIXTURES
from crawler.sites import all_profiles

KINDS = ("article", "listing", "other")


@dataclass(frozen=True)
class RealUrl:
    site: str
    kind: str
    url: str
    where: str


def read_real_urls(site: str) -> list[RealUrl]:
    """The lines of ``tests/fixtures/<site>/real_urls.txt``: kind, URL, where it was found.

    Comment lines start with "#"; the third column is free text and may hold spaces.
    """
    rows = []
    text = (FIXTURES / site / "real_urls.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, url, where = line.split(maxsplit=2)
        rows.append(RealUrl(site, kind, url, where))
    return rows


PROFILES = sorted(all_profiles())
REAL = [row for site in PROFILES for row in read_real_urls(site)]


def test_every_profile_has_a_real_urls_file():
    for site in PROFILES:
        assert (FIXTURES / site / "real_urls.txt").is_file(), site


@pytest.mark.parametrize("row", REAL, ids=lambda r: f"{r.site}:{r.kind}:{r.url[-40:]}")
def test_real_url_line_is_well_formed(row: RealUrl):
    assert row.kind in KINDS
    assert row.url.startswith(("http://", "https://"))
    assert len(row.where) > 10  # says where it was found
    assert all_profiles()[row.site].owns(row.url)


@pytest.mark.parametrize("row", [r for r in REAL if r.kind == "article"],
                         ids=lambda r: f"{r.site}:{r.url[-50:]}")
def test_the_article_pattern_accepts_every_real_article_address(row: RealUrl):
    assert all_profiles()[row.site].is_article_url(row.url)


@pytest.mark.parametrize("row", [r for r in REAL if r.kind != "article"],
                         ids=lambda r: f"{r.site}:{r.kind}:{r.url[-50:]}")
def test_the_article_pattern_rejects_real_listing_and_other_addresses(row: RealUrl):
    assert not all_profiles()[row.site].is_article_url(row.url)


@pytest.mark.parametrize("site", PROFILES)
def test_verified_says_whether_real_article_addresses_exist(site: str):
    has_real_articles = any(r.kind == "article" for r in read_real_urls(site))
    assert all_profiles()[site].verified == has_real_articles


@pytest.mark.parametrize("site", PROFILES)
def test_the_fixtures_live_at_addresses_of_the_profiles_shape(site: str):
    """Saved article pages sit at addresses the pattern accepts, listings at ones it rejects."""
    profile = all_profiles()[site]
    metas = [json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((FIXTURES / site).glob("*/meta.json"))]
    assert metas
    for meta in metas:
        assert profile.owns(meta["url"]), meta["url"]
        assert profile.is_article_url(meta["url"]) == (meta["kind"] == "article"), meta["url"]
