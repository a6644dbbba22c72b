"""End to end: the real `vnnews crawl` (Scrapy engine, middlewares, pipelines) against saved
pages served on 127.0.0.1, into a temporary archive, then queried."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from parsel import Selector

from conftest import FIXTURES, article_cases, query

# The seed article's real address (on the station's trial host).
SEED_URL = "http://thunghiem.thaibinhtv.vn/news/59/54855/phat-trien-cong-nghiep-thuong-mai-hien-dai"
THAIBINHTV = [c for c in article_cases() if c.site == "thaibinhtv"]


@pytest.fixture
def crawled(crawled_twice):
    return crawled_twice


def test_crawl_succeeds_and_prints_a_summary(crawled):
    _, runs = crawled
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "thaibinhtv" in run.stdout and "stored" in run.stdout
        assert "Traceback" not in run.stderr


def test_every_fixture_article_is_archived_once(crawled):
    db, _ = crawled
    urls = {url for (url,) in query(db, "SELECT url FROM articles")}
    assert urls == {c.expected["url"] for c in THAIBINHTV}


def test_seed_article_fields(crawled):
    db, _ = crawled
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM articles WHERE url = ?", [SEED_URL]).fetchone()
    assert row["published_at"] == "2020-05-28T10:10:03+07:00"
    assert row["published_raw"] == "Thứ 5, 28.05.2020 | 10:10:03"
    assert row["views"] == 270
    assert json.loads(row["authors"]) == ["Duy Huy"]
    assert row["sapo"].startswith("Tham mưu phát triển công nghiệp")
    assert "Tham mưu phát triển công nghiệp" not in row["body"]
    assert "Duy Huy" not in row["body"]
    assert "diễn ra vào sáng 28/5\n" not in row["body"]  # the photo caption
    related = query(db, "SELECT url, title, position FROM related_articles WHERE article_url = ?",
                    SEED_URL)
    assert len(related) == 1 and related[0][1] == \
        "Khơi dậy động lực phát triển đất nước trong giai đoạn mới"
    # The related link is relative, so it resolves on the seed's own (trial) host.
    assert related[0][0] == ("http://thunghiem.thaibinhtv.vn/news/59/30498/"
                             "khoi-day-dong-luc-phat-trien-dat-nuoc-trong-giai-doan-moi")


def test_archived_rows_match_the_golden_files(crawled):
    db, _ = crawled
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    for case in THAIBINHTV:
        row = dict(conn.execute("SELECT * FROM articles WHERE url = ?",
                                [case.expected["url"]]).fetchone())
        for field in ("title", "sapo", "body", "source", "published_raw", "views", "category"):
            assert row[field] == case.expected[field], (case.name, field)
        for field in ("authors", "tags", "images", "related"):
            assert json.loads(row[field]) == case.expected[field], (case.name, field)
        # a relative date replays against the page's capture time, not the replay's clock
        assert row["published_at"] == case.expected["published_at"], case.name


def test_recrawl_keeps_one_row_per_article_and_adds_view_snapshots(crawled):
    db, _ = crawled
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles")[0] == (len(THAIBINHTV),) * 2
    assert query(db, "SELECT count(*) FROM article_views WHERE article_url = ?", SEED_URL)[0][0] == 2
    assert query(db, "SELECT DISTINCT views FROM article_views WHERE article_url = ?",
                 SEED_URL) == [(270,)]
    dupes = query(db, "SELECT article_url, url, count(*) FROM related_articles "
                      "GROUP BY 1, 2 HAVING count(*) > 1")
    assert dupes == []
    # identical bytes fetched twice are stored once
    assert query(db, "SELECT count(*) FROM pages WHERE url = ?", SEED_URL)[0][0] == 1


def test_raw_pages_are_archived_compressed(crawled):
    import zlib
    db, _ = crawled
    body, sha = query(db, "SELECT body, sha256 FROM pages WHERE url = ?", SEED_URL)[0]
    original = (FIXTURES / "thaibinhtv" / "seed-2020-05-28" / "page.html").read_bytes()
    assert zlib.decompress(body) == original
    assert len(body) < len(original)


def test_crawl_runs_are_recorded(crawled):
    db, _ = crawled
    runs = query(db, "SELECT site, status, stats, finished_at FROM crawl_runs ORDER BY id")
    assert [(r[0], r[1]) for r in runs] == [("thaibinhtv", "finished")] * 2
    stats = json.loads(runs[-1][2])
    assert stats["vnnews/stored"] == len(THAIBINHTV)
    assert stats["vnnews/stored/unchanged"] == len(THAIBINHTV)
    assert all(r[3] for r in runs)


def test_archive_is_wal_and_consistent(crawled):
    db, _ = crawled
    assert query(db, "PRAGMA journal_mode")[0][0] == "wal"
    assert query(db, "PRAGMA integrity_check")[0][0] == "ok"
    assert query(db, "PRAGMA user_version")[0][0] >= 1


@pytest.mark.parametrize("q", ["dai hoi dang bo", "Đại hội Đảng bộ", "DANG BO so cong thuong",
                               "Đảng bộ"])
def test_search_finds_the_seed_with_and_without_diacritics(crawled, vnnews, q):
    db, _ = crawled
    run = vnnews("search", q, "--db", str(db), "--json")
    assert run.returncode == 0, run.stderr
    hits = [json.loads(line) for line in run.stdout.splitlines()]
    assert SEED_URL in [h["url"] for h in hits]


def test_since_and_max_articles(tmp_path, vnnews):
    db = tmp_path / "x.db"
    run = vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"), "--db", str(db),
                 "--max-articles", "2", "--quiet")
    assert run.returncode == 0, run.stderr
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 2
    db2 = tmp_path / "y.db"
    run = vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"), "--db", str(db2),
                 "--since", "2024-01-01", "--quiet")
    assert run.returncode == 0, run.stderr
    dates = [d for (d,) in query(db2, "SELECT published_at FROM articles")]
    expected = [c for c in THAIBINHTV if c.expected["published_at"] >= "2024-01-01"]
    assert dates and len(dates) == len(expected)
    assert all(d >= "2024-01-01" for d in dates)


def test_a_page_without_headline_is_dropped_and_counted_while_the_crawl_goes_on(tmp_path, vnnews):
    replay = tmp_path / "replay"
    shutil.copytree(FIXTURES / "thaibinhtv", replay)
    broken_url = "https://thaibinhtv.vn/news/59/99999/trang-loi"
    seed = replay / "seed-2020-05-28"
    broken = replay / "broken"
    broken.mkdir()
    # An error page from the CMS: the article template rendered with no headline anywhere.
    html = (seed / "page.html").read_text(encoding="utf-8")
    html = re.sub(r"<h1.*?</h1>|<title>.*?</title>|<meta [^>]*(og:title|twitter:title)[^>]*>",
                  "", html, flags=re.S)
    (broken / "page.html").write_text(html, encoding="utf-8")
    meta = json.loads((seed / "meta.json").read_text(encoding="utf-8"))
    (broken / "meta.json").write_text(json.dumps({**meta, "url": broken_url}), encoding="utf-8")
    listing = replay / "listing-page-1" / "page.html"
    listing.write_text(listing.read_text(encoding="utf-8").replace(
        '<div class="list-news">',
        f'<div class="list-news"><div class="item"><h3 class="title"><a href="{broken_url}">'
        f"Trang lỗi</a></h3></div>", 1), encoding="utf-8")
    db = tmp_path / "x.db"
    run = vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(db))
    assert run.returncode == 0, run.stderr
    assert "missing_title 1" in run.stdout
    urls = {u for (u,) in query(db, "SELECT url FROM articles")}
    assert broken_url not in urls and len(urls) == len(THAIBINHTV)
    stats = json.loads(query(db, "SELECT stats FROM crawl_runs")[0][0])
    assert stats["vnnews/dropped/missing_title"] == 1


def crawl_stats(db: Path) -> list[dict]:
    return [json.loads(s) for (s,) in query(db, "SELECT stats FROM crawl_runs ORDER BY id")]


def test_a_second_scheduled_crawl_fetches_only_new_articles(tmp_path, vnnews):
    replay = tmp_path / "replay"
    shutil.copytree(FIXTURES / "thaibinhtv", replay)
    held_back = replay / "tags-xem-them"
    parked = tmp_path / "parked"
    shutil.move(held_back, parked)  # published later: not on the server for the first crawl
    db = tmp_path / "x.db"
    first = vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(db), "--quiet")
    assert first.returncode == 0, first.stderr
    shutil.move(parked, held_back)
    second = vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(db), "--quiet")
    assert second.returncode == 0, second.stderr
    one, two = crawl_stats(db)
    assert one["vnnews/requested/new"] == len(THAIBINHTV) + 1  # + the unsaved 404 article
    # Both links the first crawl could not fetch (404) wait in the frontier: the article
    # published since, and the one never saved.  Nothing else is fetched.
    assert two["vnnews/requested/retry"] == 2 and "vnnews/requested/new" not in two
    # The first listing page offers nothing new (its one unarchived link is in the frontier)
    # and the listing was read to its end before: the walk stops there.
    first_page = Selector(text=(replay / "listing-page-1" / "page.html").read_text("utf-8"))
    assert two["vnnews/listing_pages"] == 1 and two["vnnews/stopped/listing_all_known"] == 1
    links = set(first_page.css("div.list-news .item a::attr(href)").getall())
    assert two["vnnews/skipped/known"] == len(links) - 1
    assert two["vnnews/stored/new"] == 1 and "vnnews/stored/unchanged" not in two
    # listing pages + robots.txt (for the robots middleware, and again for its Sitemap lines)
    # + /sitemap.xml + the home page (for its feeds) + the two article pages, nothing else
    assert two["downloader/request_count"] == two["vnnews/listing_pages"] + 4 + 2
    assert query(db, "SELECT count(*) FROM articles")[0][0] == len(THAIBINHTV)


def test_refresh_days_refetches_recent_articles_for_a_new_view_snapshot(tmp_path, vnnews):
    from datetime import datetime, timedelta, timezone
    db = tmp_path / "x.db"
    args = ("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"), "--db", str(db),
            "--quiet")
    assert vnnews(*args).returncode == 0
    days = 800
    cutoff = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat()
    recent = [c for c in THAIBINHTV if datetime.fromisoformat(c.expected["published_at"])
              >= datetime.fromisoformat(cutoff)]
    assert 0 < len(recent) < len(THAIBINHTV)
    run = vnnews(*args, "--refresh-days", str(days))
    assert run.returncode == 0, run.stderr
    stats = crawl_stats(db)[-1]
    assert stats["vnnews/requested/refresh"] == len(recent)
    assert stats["vnnews/stored/unchanged"] == len(recent)
    snapshots = dict(query(db, "SELECT article_url, count(*) FROM article_views GROUP BY 1"))
    for case in recent:
        if case.expected["views"] is not None:
            assert snapshots[case.expected["url"]] == 2
    # the raw page is stored once: its bytes did not change
    assert query(db, "SELECT count(*) FROM pages")[0][0] == len(THAIBINHTV)


@pytest.mark.parametrize("site", sorted(__import__("crawler.sites", fromlist=["x"]).all_profiles()))
def test_every_profile_crawls_its_saved_pages(site, tmp_path, vnnews):
    """Each profile's listing pages lead to every saved article, all archived, exit 0."""
    db = tmp_path / "x.db"
    run = vnnews("crawl", site, "--replay", str(FIXTURES / site), "--db", str(db), "--quiet")
    assert run.returncode == 0, run.stdout + run.stderr
    expected = {c.expected["url"] for c in article_cases() if c.site == site}
    assert {u for (u,) in query(db, "SELECT url FROM articles")} == expected


def test_a_crawl_never_imports_the_scrapy_components_it_switched_off(tmp_path):
    """Scrapy imports every component listed in its settings, even one set to None, and the
    remote-control, telnet, feed-export and cookie components load aiohttp, twisted.conch and
    tldextract with requests: the project leaves them out of the base lists (about 15 MB of
    every crawl's memory, docs/design.md "Memory")."""
    import subprocess
    import sys

    from conftest import ROOT
    unused = ("aiohttp", "twisted.conch", "tldextract", "requests", "scrapy.extensions.feedexport")
    script = (
        "import sys\n"
        "from crawler.cli import main\n"
        f"rc = main(['crawl', 'thaibinhtv', '--replay', {str(FIXTURES / 'thaibinhtv')!r}, "
        f"'--db', {str(tmp_path / 'news.db')!r}, '--quiet'])\n"
        f"print('LOADED', [m for m in {unused!r} if m in sys.modules])\n"
        "sys.exit(rc)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stdout, done.stdout
    assert sqlite3.connect(tmp_path / "news.db").execute(
        "SELECT count(*) FROM articles").fetchone()[0] == len(THAIBINHTV)
