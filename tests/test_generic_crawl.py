"""`vnnews crawl --start-url`: a site with no profile, crawled from a section page through the
real engine against a local server."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import article_cases, run_vnnews

HOST = "tintuc-tinh.vn"
ARTICLES = [c for c in article_cases() if c.site == "generic"][:6]


def teaser_item(url: str, title: str, sapo: str) -> str:
    return (f'<div class="item"><h3><a href="{url}">{title}</a></h3>'
            f"<p>{sapo}</p></div>")


def write_page(folder: Path, url: str, html: str) -> None:
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(html, encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps({"url": url, "fetched_at": "2026-01-01T00:00:00Z",
                                                  "headers": {"Content-Type": "text/html; charset=utf-8"}}))


@pytest.fixture
def unlisted_site(tmp_path) -> Path:
    return build_unlisted_site(tmp_path)


def build_unlisted_site(tmp_path: Path) -> Path:
    """Six articles of an unlisted site behind a two-page section listing."""
    site = tmp_path / "site"
    urls = []
    for i, case in enumerate(ARTICLES):
        url = f"https://{HOST}/tin-tuc/bai-{i + 1}.html"
        urls.append(url)
        target = site / f"article-{i}"
        shutil.copytree(case.path, target)
        meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
        meta["url"] = url
        (target / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    items = [teaser_item(u, c.expected["title"], c.expected["sapo"] or c.expected["body"][:200])
             for u, c in zip(urls, ARTICLES)]
    menu = f'<nav><a href="https://{HOST}/">Trang chủ</a> <a href="https://{HOST}/logo.png">Logo</a></nav>'
    write_page(site / "section-1", f"https://{HOST}/tin-tuc/",
               f"<html><head><title>Tin tức</title></head><body>{menu}<h1>Tin tức</h1>"
               f"<div class='list'>{''.join(items[:3])}</div>"
               f"<a href='https://{HOST}/tin-tuc/?trang=2'>Trang sau</a></body></html>")
    write_page(site / "section-2", f"https://{HOST}/tin-tuc/?trang=2",
               f"<html><head><title>Tin tức - Trang 2</title></head><body>{menu}<h1>Tin tức</h1>"
               f"<div class='list'>{''.join(items[3:])}</div>"
               f"<a href='https://{HOST}/tin-tuc/'>Trang trước</a></body></html>")
    return site


def crawl(site: Path, db: Path, *args: str):
    return run_vnnews("crawl", "--start-url", f"https://{HOST}/tin-tuc/", "--replay", str(site),
                      "--db", str(db), *args)


def test_articles_of_an_unlisted_site_are_found_and_stored_under_its_host(unlisted_site, tmp_path):
    db = tmp_path / "x.db"
    run = crawl(unlisted_site, db)
    assert run.returncode == 0, run.stdout + run.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT site, url, title FROM articles ORDER BY url").fetchall()
        stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    assert {r[0] for r in rows} == {HOST}
    assert sorted(r[2] for r in rows) == sorted(c.expected["title"] for c in ARTICLES)
    assert stats["vnnews/listing_pages"] == 2
    # robots.txt (for the robots middleware, and again for its Sitemap lines), /sitemap.xml,
    # the home page (for its feeds; a 404 here), two section pages, the articles: nothing
    # outside the host, no image, no page twice
    assert stats["downloader/request_count"] == 2 + 1 + 1 + 2 + len(ARTICLES)
    assert stats["vnnews/discovery/feeds/failed/http_404"] == 1
    assert stats["vnnews/discovery/sitemap/failed/http_404"] == 1


def test_a_second_run_skips_archived_articles(unlisted_site, tmp_path):
    db = tmp_path / "x.db"
    assert crawl(unlisted_site, db).returncode == 0
    assert crawl(unlisted_site, db).returncode == 0
    with sqlite3.connect(db) as conn:
        last = json.loads(conn.execute(
            "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0])
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES)
    assert last["vnnews/skipped/known"] == len(ARTICLES)
    assert "vnnews/stored" not in last


def test_max_articles_bounds_a_generic_crawl(unlisted_site, tmp_path):
    db = tmp_path / "x.db"
    run = crawl(unlisted_site, db, "--max-articles", "2")
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
