"""No permanent gaps: however a crawl stops early (--max-articles, Ctrl-C, SIGKILL, a network
failure, a timeout), the crawls after it archive every article, each exactly once.

The sites are saved sites (tests/savedsites.py) served by the replay server; the listing site
is crawled through a hand-written profile in a temporary sites directory, so its pagination
(no selector: ``crawler.discovery.listings.find_next_page``) is what a walk must resume.
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from conftest import FIXTURES, ROOT, article_cases, query, run_vnnews, stored, wait_for
from savedsites import build_site, set_fault, write_profile

# Slow enough that a signal lands mid-crawl: commits come in half-second groups.
SLOW = {"kind": "sleep", "seconds": 0.5}
QUICK_RETRIES = ("-s", "RETRY_TIMES=1", "-s", "VNNEWS_RETRY_BACKOFF=0.05")


def listing_site(tmp_path: Path, count: int = 24, per_page: int = 3):
    """A listing-only site (two sections, ``per_page`` articles a page) and its profile."""
    site = build_site("listings", tmp_path / "site", count=count, per_page=per_page)
    write_profile(tmp_path / "sites", "doiche", domains=(site.host,),
                  start_urls=(f"https://{site.host}/thoi-su/", f"https://{site.host}/kinh-te/"),
                  article_url=r"^https://baodoiche\.vn/[a-z0-9-]+-a\d+\.html$",
                  discovery=("listings",))
    return site


def crawl_args(tmp_path: Path, site, *extra: str) -> list[str]:
    return ["--sites-dir", str(tmp_path / "sites"), "crawl", "doiche", "--replay",
            str(site.root), "--db", str(tmp_path / "news.db"), "-q", *extra]


def start(tmp_path: Path, site, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("VNNEWS_DB", None)
    return subprocess.Popen([sys.executable, "-m", "crawler.cli",
                             *crawl_args(tmp_path, site, *extra)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)




def assert_each_archived_once(db: Path, urls: list[str]) -> None:
    rows = [u for (u,) in query(db, "SELECT url FROM articles")]
    assert sorted(rows) == sorted(urls)  # all of them, and url is the primary key: once each
    assert query(db, "SELECT count(*) FROM crawl_frontier")[0][0] == 0
    assert query(db, "SELECT count(*) FROM crawl_cursors")[0][0] == 0


def runs(db: Path) -> list[dict]:
    return [json.loads(s) for (s,) in query(db, "SELECT stats FROM crawl_runs ORDER BY id")]


def test_the_issue_reproduction_max_articles_then_two_plain_runs_archives_all(tmp_path):
    """`vnnews crawl thaibinhtv --replay tests/fixtures/thaibinhtv --max-articles 5`, then two
    plain runs: once 5 of 8, now every article."""
    db = tmp_path / "x.db"
    base = ("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"), "--db", str(db),
            "-q")
    expected = {c.expected["url"] for c in article_cases() if c.site == "thaibinhtv"}
    first = run_vnnews(*base, "--max-articles", "5")
    assert first.returncode == 0, first.stderr
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 5
    for _ in range(2):
        run = run_vnnews(*base)
        assert run.returncode == 0, run.stderr
    assert {u for (u,) in query(db, "SELECT url FROM articles")} == expected


def test_max_articles_runs_one_after_another_archive_the_whole_site(tmp_path):
    site = listing_site(tmp_path, count=24, per_page=3)
    db, cap = tmp_path / "news.db", 5
    needed = math.ceil(len(site.articles) / cap)
    for _ in range(needed):
        run = run_vnnews(*crawl_args(tmp_path, site, "--max-articles", str(cap)))
        assert run.returncode == 0, run.stderr
    assert_each_archived_once(db, site.articles)
    requested = [r.get("vnnews/requested/new", 0) for r in runs(db)]
    assert max(requested) <= cap
    assert sum(requested) == len(site.articles)  # no article fetched twice


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "sigkill"])
def test_a_crawl_stopped_by_a_signal_is_finished_by_the_next(tmp_path, how):
    site = listing_site(tmp_path, count=30, per_page=3)
    for url in site.articles:
        set_fault(site.root, url, SLOW)
    db = tmp_path / "news.db"
    crawl = start(tmp_path, site)
    wait_for(db, 4, crawl)
    crawl.send_signal(how)
    crawl.wait(timeout=60)
    first = stored(db)
    assert first < len(site.articles)
    rerun = run_vnnews(*crawl_args(tmp_path, site), timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert_each_archived_once(db, site.articles)
    # nothing archived twice: the rerun fetched only what was missing
    assert runs(db)[-1].get("vnnews/stored/new", 0) == len(site.articles) - first
    assert "vnnews/stored/unchanged" not in runs(db)[-1]


@pytest.mark.parametrize("fault, extra", [
    ({"kind": "reset"}, QUICK_RETRIES),
    ({"kind": "sleep", "seconds": 3}, ("-s", "DOWNLOAD_TIMEOUT=1", *QUICK_RETRIES)),
], ids=["network-failure", "timeout"])
def test_pages_that_failed_are_fetched_by_the_next_crawl(tmp_path, fault, extra):
    site = listing_site(tmp_path, count=18, per_page=3)
    second_page = f"https://{site.host}/thoi-su/?page=2"
    broken_article = next(s.url for s in site.stories if s.section == "Kinh tế")  # page 1
    for url in (second_page, broken_article):
        set_fault(site.root, url, fault)
    db = tmp_path / "news.db"
    first = run_vnnews(*crawl_args(tmp_path, site, *extra), timeout=300)
    assert first.returncode == 0, first.stderr
    missing = set(site.articles) - {u for (u,) in query(db, "SELECT url FROM articles")}
    assert broken_article in missing and len(missing) > 1  # the page's articles too
    failed = query(db, "SELECT url, tries, last_error FROM crawl_frontier")
    assert [(u, t) for u, t, _ in failed] == [(broken_article, 1)]
    # the walk of the section stopped at its second page, and remembers it
    assert query(db, "SELECT url FROM crawl_cursors") == [(second_page,)]
    for url in (second_page, broken_article):
        set_fault(site.root, url, None)  # the server is back
    second = run_vnnews(*crawl_args(tmp_path, site, *extra), timeout=300)
    assert second.returncode == 0, second.stderr
    assert_each_archived_once(db, site.articles)


def test_a_killed_sitemap_crawl_of_an_unlisted_site_is_finished_by_the_next(tmp_path):
    site = build_site("sitemap-index", tmp_path / "site")
    for url in site.articles:
        set_fault(site.root, url, SLOW)
    db = tmp_path / "news.db"
    # One request at a time: the ten slow pages take 1.5 s, several of the archive's
    # half-second commit groups, so the kill lands in the middle of the crawl.
    args = ["crawl", "--start-url", site.home, "--replay", str(site.root), "--db", str(db),
            "-q", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "CONCURRENT_REQUESTS=1"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    crawl = subprocess.Popen([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for(db, 2, crawl)
    crawl.send_signal(signal.SIGKILL)
    crawl.wait(timeout=30)
    assert stored(db) < len(site.articles)
    rerun = run_vnnews(*args, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert_each_archived_once(db, site.articles)


def test_a_finished_resumable_crawl_does_not_block_later_refreshes(tmp_path):
    """Issue #10, item 5: `--resumable --refresh-days 800` after a completed resumable crawl
    stored nothing (the Scrapy job's dupefilter remembered every URL); without --resumable
    it refreshed the recent articles."""
    def refresh(db: Path, *extra: str) -> int:
        base = ("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"), "--db",
                str(db), "-q", *extra)
        assert run_vnnews(*base).returncode == 0
        run = run_vnnews(*base, "--refresh-days", "800")
        assert run.returncode == 0, run.stderr
        return runs(db)[-1].get("vnnews/stored", 0)

    plain = refresh(tmp_path / "plain.db")
    assert plain > 0
    assert refresh(tmp_path / "resumable.db", "--resumable") == plain


def test_an_archive_of_schema_2_gets_the_crawl_state_and_keeps_its_articles(tmp_path):
    from crawler.archive.storage import MIGRATIONS, Archive

    old = tmp_path / "old.db"
    db = sqlite_utils.Database(old)
    MIGRATIONS.apply(db, stop_before="m003_crawl_state")
    db.execute("PRAGMA user_version = 2")
    db["articles"].insert({"url": "https://thaibinhtv.vn/a-1.html", "site": "thaibinhtv",
                           "title": "Tin cũ", "body": "Nội dung", "authors": "[]",
                           "fetched_at": "2025-01-01T00:00:00Z"})
    db.close()
    assert "crawl_frontier" not in sqlite_utils.Database(old).table_names()
    with Archive(old) as archive:
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] >= 3
        assert {"crawl_frontier", "crawl_cursors", "crawl_walks"} <= \
            set(archive.db.table_names())
        assert archive.known_articles("thaibinhtv") == {"https://thaibinhtv.vn/a-1.html": None}
        archive.frontier_add("thaibinhtv", [("https://thaibinhtv.vn/b-2.html", "listings", None)])
        assert list(archive.frontier("thaibinhtv")) == ["https://thaibinhtv.vn/b-2.html"]


def test_a_crawl_that_only_finishes_the_frontier_is_healthy(tmp_path):
    """Every article failed last time, so the listings now offer only what the frontier already
    holds: the links were found, and the rerun is a success, not "no article links"."""
    site = listing_site(tmp_path, count=6, per_page=3)
    for url in site.articles:
        set_fault(site.root, url, {"kind": "reset"})
    db = tmp_path / "news.db"
    run_vnnews(*crawl_args(tmp_path, site, *QUICK_RETRIES), timeout=300)
    assert stored(db) == 0
    assert query(db, "SELECT count(*) FROM crawl_frontier")[0][0] == len(site.articles)
    for url in site.articles:
        set_fault(site.root, url, None)
    rerun = run_vnnews(*crawl_args(tmp_path, site, *QUICK_RETRIES), timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "no article links" not in rerun.stderr
    assert_each_archived_once(db, site.articles)


def test_a_site_already_being_crawled_into_the_archive_is_skipped_with_one_line(tmp_path):
    """An overlapping scheduled crawl does not fetch the site a second time; other sites go on."""
    from crawler.crawling.locks import SiteLocks

    db = tmp_path / "x.db"
    base = ("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"), "--db", str(db),
            "-q")
    with SiteLocks(db) as held:  # this test process plays the crawl already running
        assert held.acquire("thaibinhtv")
        run = run_vnnews(*base)
        assert run.returncode == 0, run.stderr
        assert run.stderr.strip().splitlines() == [
            f"vnnews: thaibinhtv: skipped, another crawl of this site into {db} is running"]
        assert stored(db) == 0
        other = run_vnnews("crawl", "baothaibinh", "--replay", str(FIXTURES / "baothaibinh"),
                           "--db", str(db), "-q")
        assert other.returncode == 0, other.stderr
        assert stored(db) > 0
    # the lock goes with the process that held it
    again = run_vnnews(*base)
    assert again.returncode == 0, again.stderr
    assert query(db, "SELECT count(*) FROM articles WHERE site = 'thaibinhtv'")[0][0] > 0
