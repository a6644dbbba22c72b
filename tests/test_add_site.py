"""`vnnews add-site`: on saved sites of three shapes (a Google News sitemap, an RSS feed only,
listing pages only) it writes a profile into a temporary sites directory, and that profile then
crawls at least 90% of the site's articles."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import query, run_vnnews
from savedsites import build_site, case_of
from crawler.discovery.survey import Findings, plan_profile, render_profile, sample_plan

SHAPES = {"news-sitemap": "news_sitemap", "rss": "feeds", "listings": "listings"}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_the_written_profile_crawls_nine_tenths_of_the_site(tmp_path, kind):
    site = build_site(kind, tmp_path / "site")
    sites_dir = tmp_path / "sites"
    run = run_vnnews("add-site", site.home, "--name", "newsite", "--replay", str(site.root),
                     "--out", str(sites_dir), timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    profile = sites_dir / "newsite.py"
    assert profile.exists()
    for heading in ("article URLs, by pattern:", "sample extraction:", "field coverage: title 3/3",
                    f"wrote {profile}"):
        assert heading in run.stdout, run.stdout
    assert SHAPES[kind] in run.stdout.split("discovery sources:")[1].splitlines()[0]

    db = tmp_path / "x.db"
    crawl = run_vnnews("--sites-dir", str(sites_dir), "crawl", "newsite", "--replay",
                       str(site.root), "--db", str(db), timeout=300)
    assert crawl.returncode == 0, crawl.stdout + crawl.stderr
    archived = {u for (u,) in query(db, "SELECT url FROM articles")}
    assert archived <= set(site.articles)  # nothing that is not an article
    assert len(archived) >= 0.9 * len(site.articles), (len(archived), len(site.articles))


def test_add_site_refuses_to_replace_a_profile_without_force(tmp_path):
    site = build_site("listings", tmp_path / "site")
    args = ("add-site", site.home, "--name", "doiche", "--replay", str(site.root),
            "--out", str(tmp_path / "sites"))
    assert run_vnnews(*args).returncode == 0
    again = run_vnnews(*args)
    assert again.returncode == 2
    assert again.stderr.strip().startswith("vnnews: error: a profile named 'doiche' exists")
    assert run_vnnews(*args, "--force").returncode == 0


@pytest.mark.parametrize("args, message", [
    (["add-site", "https://thaibinhtv.vn/"], "a profile named 'thaibinhtv' exists"),
    (["add-site", "https://a.vn/", "--name", "Bad-Name"], "a profile name is lower-case"),
    (["add-site", "ftp://a.vn/"], "not an http(s) URL"),
])
def test_add_site_mistakes_are_one_line(tmp_path, args, message):
    run = run_vnnews(*args, "--out", str(tmp_path))
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert message in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_site_where_nothing_reads_as_an_article_gets_no_profile(tmp_path):
    site = build_site("sitemap-index", tmp_path / "site")
    robots = case_of(site.root, f"https://{site.host}/robots.txt") / "robots.txt"
    robots.write_text("User-agent: *\nDisallow: /admin/\n")  # no sitemap: lists by script only
    run = run_vnnews("add-site", site.home, "--replay", str(site.root), "--out",
                     str(tmp_path / "sites"))
    assert run.returncode == 1
    assert "no group of addresses reads as articles" in run.stderr
    assert not (tmp_path / "sites").exists()


# ---- the plan, pure ----

def findings() -> Findings:
    home = "https://baodoiche.vn/"
    articles = [f"https://baodoiche.vn/bai-so-{i}-ve-mua-lua-a{196100 + i}.html" for i in range(6)]
    found = Findings(home=home, robots_sitemaps=["https://baodoiche.vn/sitemap-news.xml"])
    found.sitemaps["https://baodoiche.vn/sitemap-news.xml"] = (
        "news", articles[:4], "https://baodoiche.vn/sitemap-news.xml")
    found.home_links = [home, "https://baodoiche.vn/thoi-su/", "https://baodoiche.vn/tag/lua/",
                        "https://baodoiche.vn/lien-he.html", *articles[3:5]]
    return found


def test_the_sample_plan_reads_a_few_of_each_group_and_the_sections():
    plan = sample_plan(findings())
    assert [u for u in plan if "-a1961" in u] == [
        "https://baodoiche.vn/bai-so-0-ve-mua-lua-a196100.html",
        "https://baodoiche.vn/bai-so-2-ve-mua-lua-a196102.html",
        "https://baodoiche.vn/bai-so-4-ve-mua-lua-a196104.html"]
    assert "https://baodoiche.vn/thoi-su/" in plan
    assert "https://baodoiche.vn/tag/lua/" not in plan  # a tag page lists the same articles


def test_a_plan_from_what_the_samples_read_as():
    found = findings()
    for url in sample_plan(found):
        found.kinds[url] = "article" if "-a1961" in url else "listing"
    found.page_links["https://baodoiche.vn/thoi-su/"] = [
        "https://baodoiche.vn/bai-so-5-ve-mua-lua-a196105.html"]
    plan = plan_profile(found, "doiche")
    assert plan.article_url == r"^https?://(?:www\.)?baodoiche\.vn/[a-z0-9-]+-a\d+\.html$"
    assert plan.listings == ["https://baodoiche.vn/", "https://baodoiche.vn/thoi-su/"]
    assert plan.discovery == ("robots", "news_sitemap", "listings")
    assert plan.sitemaps == []  # robots.txt names it at every crawl

    namespace: dict = {}
    exec(render_profile(plan, found.home, datetime(2026, 1, 1)), namespace)
    profile = namespace["PROFILE"]
    assert profile.name == "doiche" and profile.start_urls == tuple(plan.listings)
    assert profile.is_article_url("https://baodoiche.vn/bai-moi-a200001.html")
    assert not profile.is_article_url("https://baodoiche.vn/thoi-su/")
    assert profile.fields.body is None  # every field to the generic layers


def test_no_article_group_gives_no_pattern():
    found = findings()
    for url in sample_plan(found):
        found.kinds[url] = "listing"
    assert plan_profile(found, "doiche").article_url is None
