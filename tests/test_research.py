"""The research side of the archive: reparse, search filters, view history, exports, WARC,
schema migrations, Datasette."""

from __future__ import annotations

import csv
import io
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from conftest import article_cases, query, run_vnnews
from crawler.archive.storage import MIGRATIONS, SCHEMA_VERSION, Archive

# The seed article's real address (on the station's trial host).
SEED_URL = "http://thunghiem.thaibinhtv.vn/news/59/54855/phat-trien-cong-nghiep-thuong-mai-hien-dai"
N_ARTICLES = len([c for c in article_cases() if c.site == "thaibinhtv"])


@pytest.fixture
def archive_copy(crawled_twice, tmp_path):
    """A private copy of the twice-crawled archive, safe to modify."""
    db, _ = crawled_twice
    copy = tmp_path / "news.db"
    with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return copy


# ---- reparse ----

def test_reparse_runs_offline_and_reports_what_it_changed(archive_copy, monkeypatch):
    from crawler.archive.reparse import reparse_archive

    with sqlite3.connect(archive_copy) as conn:
        conn.execute("UPDATE articles SET title = 'sai', views = 1 WHERE url = ?", [SEED_URL])

    def no_network(*args, **kwargs):
        raise AssertionError("reparse tried to open a socket")

    monkeypatch.setattr(socket, "socket", no_network)
    with Archive(archive_copy) as archive:
        report = reparse_archive(archive)
    assert report.articles == N_ARTICLES and report.without_page == 0
    assert report.changed == 1 and dict(report.fields) == {"title": 1, "views": 1}
    title, views = query(archive_copy, "SELECT title, views FROM articles WHERE url = ?", SEED_URL)[0]
    assert title == "Phát triển công nghiệp, thương mại hiện đại" and views == 270
    # reparse is not a fetch: no new view snapshot
    assert query(archive_copy, "SELECT count(*) FROM article_views WHERE article_url = ?",
                SEED_URL)[0][0] == 2


def test_reparse_command_on_an_unchanged_archive(archive_copy):
    run = run_vnnews("reparse", "--db", str(archive_copy))
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"{N_ARTICLES} articles reparsed, 0 changed")


# ---- search ----

@pytest.mark.parametrize("plain, marked", [
    ("dai hoi dang bo", "Đại hội Đảng bộ"),
    ("thai binh", "Thái Bình"),
    ("dien", "điện"),
    ("DANG", "đảng"),
    ("nong dan", "nông dân"),
])
def test_search_without_diacritics_finds_what_search_with_them_finds(crawled_twice, plain,
                                                                     marked):
    """Typed without marks, a query finds every spelling; typed with them, only that one
    (tests/test_search.py has the precise rules)."""
    db, _ = crawled_twice
    with Archive(db) as archive:
        found_plain = [h["url"] for h in archive.search(plain, limit=100)]
        found_marked = [h["url"] for h in archive.search(marked, limit=100)]
    assert found_marked and set(found_marked) <= set(found_plain)


def test_search_filters(crawled_twice):
    db, _ = crawled_twice
    run = run_vnnews("search", "Thái Bình", "--db", str(db), "--json", "--limit", "100",
                     "--since", "2024-01-01", "--until", "2024-12-31")
    assert run.returncode == 0, run.stderr
    dates = [json.loads(line)["published_at"] for line in run.stdout.splitlines()]
    assert dates and all("2024-01-01" <= d < "2025-01-01" for d in dates)
    run = run_vnnews("search", "cong thuong", "--db", str(db), "--json", "--author", "duy huy")
    assert [json.loads(line)["url"] for line in run.stdout.splitlines()] == [SEED_URL]
    run = run_vnnews("search", "cong thuong", "--db", str(db), "--json", "--author", "Ai Đó")
    assert run.stdout == ""


# ---- views, stats ----

def test_views_shows_one_snapshot_per_crawl(crawled_twice):
    db, _ = crawled_twice
    run = run_vnnews("views", SEED_URL, "--db", str(db), "--json")
    assert run.returncode == 0, run.stderr
    history = json.loads(run.stdout)["views"]
    assert [p["views"] for p in history] == [270, 270]
    assert history[0]["seen_at"] < history[1]["seen_at"]
    run = run_vnnews("views", SEED_URL + "?utm_source=zalo#top", "--db", str(db))
    assert run.returncode == 0 and len(run.stdout.splitlines()) == 2


def test_views_of_an_unknown_article_is_a_user_error(crawled_twice):
    db, _ = crawled_twice
    run = run_vnnews("views", "https://thaibinhtv.vn/khong-co.html", "--db", str(db))
    assert run.returncode == 2 and "no archived article" in run.stderr


# ---- exports ----

def test_jsonl_export_has_one_line_per_article(crawled_twice, tmp_path):
    db, _ = crawled_twice
    out = tmp_path / "a.jsonl"
    run = run_vnnews("export", "--format", "jsonl", "--db", str(db), "--out", str(out))
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == N_ARTICLES
    seed = next(a for a in lines if a["url"] == SEED_URL)
    assert seed["authors"] == ["Duy Huy"] and seed["views"] == 270
    assert list(seed) == ["url", "site", "title", "sapo", "body", "authors", "source",
                          "published_at", "published_raw", "views", "category", "tags",
                          "images", "related", "fetched_at", "provenance"]


def test_csv_export_opens_with_the_csv_module(crawled_twice):
    db, _ = crawled_twice
    run = run_vnnews("export", "--format", "csv", "--db", str(db), "--site", "thaibinhtv",
                     "--since", "2020-05-28", "--until", "2020-05-28")
    assert run.returncode == 0, run.stderr
    records = list(csv.DictReader(io.StringIO(run.stdout, newline="")))
    assert [r["url"] for r in records] == [SEED_URL]
    assert json.loads(records[0]["related"])[0]["title"].startswith("Khơi dậy")
    assert "\n\n" in records[0]["body"]


# ---- WARC ----

def test_warc_export_reads_back_and_reimports_the_same_articles(crawled_twice, tmp_path):
    db, _ = crawled_twice
    warc = tmp_path / "x.warc.gz"
    run = run_vnnews("export", "--format", "warc", "--db", str(db), "--out", str(warc))
    assert run.returncode == 0, run.stderr
    with open(warc, "rb") as stream:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
                    r.http_headers.get_statuscode() if r.http_headers else None,
                    r.rec_headers.get_header("WARC-Type"))
                   for r in ArchiveIterator(stream)]
    responses = [r for r in records if r[0] == "response"]
    page_count = query(db, "SELECT count(*) FROM pages")[0][0]
    assert len(responses) == page_count == N_ARTICLES
    assert all(status == "200" for _, _, status, _ in responses)
    assert len([r for r in records if r[0] == "request"]) == page_count
    assert records[0][0] == "warcinfo"

    fresh = tmp_path / "fresh.db"
    run = run_vnnews("import-warc", str(warc), "--db", str(fresh))
    assert run.returncode == 0, run.stderr
    content = ("url, site, title, sapo, body, authors, source, published_at, published_raw, "
               "views, category, tags, images, related, content_hash")
    assert query(fresh, f"SELECT {content} FROM articles ORDER BY url") == \
        query(db, f"SELECT {content} FROM articles ORDER BY url")


def test_import_of_a_file_that_is_not_a_warc_is_a_user_error(tmp_path):
    bogus = tmp_path / "x.warc.gz"
    bogus.write_bytes(b"this is not a web archive\n" * 10)
    run = run_vnnews("import-warc", str(bogus), "--db", str(tmp_path / "y.db"))
    assert run.returncode == 2 and "not a WARC file" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


# ---- schema versions ----

def test_an_archive_from_schema_1_is_migrated_in_place(tmp_path):
    old = tmp_path / "old.db"
    db = sqlite_utils.Database(old)
    MIGRATIONS.apply(db, stop_before="m002_article_authors")
    db["articles"].insert({"url": "https://thaibinhtv.vn/a-1.html", "site": "thaibinhtv",
                           "title": "Tin cũ", "body": "Nội dung", "authors": '["Duy Huy", "Minh Thu"]',
                           "fetched_at": "2025-01-01T00:00:00Z"})
    db["article_views"].insert({"article_url": "https://thaibinhtv.vn/a-1.html",
                                "seen_at": "2025-01-01T00:00:00Z", "views": 5})
    db.close()
    assert "article_authors" not in sqlite_utils.Database(old).table_names()
    with Archive(old) as archive:
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert archive.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert archive.db.execute("SELECT count(*) FROM article_views").fetchone()[0] == 1
        assert archive.db.execute("SELECT author FROM article_authors ORDER BY position"
                                  ).fetchall() == [("Duy Huy",), ("Minh Thu",)]
        assert [h["url"] for h in archive.search("tin cu")] == ["https://thaibinhtv.vn/a-1.html"]


# ---- Datasette ----

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_datasette_serves_the_canned_queries(crawled_twice):
    pytest.importorskip("datasette")
    db, _ = crawled_twice
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "crawler.cli", "serve", "--db", str(db),
                               "--port", str(port)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/{db.stem}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise AssertionError(server.stdout.read().decode() if server.poll() is not None
                                         else "Datasette did not start")
                time.sleep(0.3)

        def get(path: str):
            with urllib.request.urlopen(base + path, timeout=10) as response:
                return json.loads(response.read())

        months = get("/articles_per_site_per_month.json?_shape=array")
        assert {"site": "thaibinhtv", "month": "2020-05", "articles": 1} in months
        assert sum(m["articles"] for m in months) == N_ARTICLES
        top = get("/most_viewed_per_site.json?_shape=array")
        assert top[0]["rank"] == 1 and top[0]["views"] == max(t["views"] for t in top)
        edges = get("/related_story_edges.json?_shape=array")
        seed_edges = [e for e in edges if e["source"] == SEED_URL]
        assert len(seed_edges) == 1 and seed_edges[0]["target_title"].startswith("Khơi dậy")
        authors = get("/authors_by_article_count.json?_shape=array")
        assert {"author": "Duy Huy", "articles": 1}.items() <= \
            next(a for a in authors if a["author"] == "Duy Huy").items()
        hits = get("/search.json?_shape=array&q=" + urllib.request.quote("Đảng bộ"))
        assert SEED_URL in [h["url"] for h in hits]
        table = get("/articles.json?_shape=array&_search=cong+thuong")
        assert SEED_URL in [r["url"] for r in table]
    finally:
        server.terminate()
        server.wait(timeout=10)
