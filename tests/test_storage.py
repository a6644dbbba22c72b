"""The archive on its own: migrations on a fresh file, upserts, search."""

from __future__ import annotations

import json

import pytest

from crawler.items import Article, Page
from crawler.archive.storage import Archive, ArchiveError, fts_query, migration_names


def article(url="https://thaibinhtv.vn/tin-tuc/thoi-su/a-1.html", **overrides) -> Article:
    values = dict(url=url, site="thaibinhtv", title="Đại hội Đảng bộ Sở Công Thương",
                  body="Đảng bộ Sở Công Thương Thái Bình tiếp tục nâng cao năng lực lãnh đạo.",
                  fetched_at="2026-03-14T02:00:00Z", views=270, authors=["Duy Huy"],
                  related=[{"url": "https://thaibinhtv.vn/tin-tuc/thoi-su/b-2.html",
                            "title": "Khơi dậy động lực phát triển"}])
    values.update(overrides)
    return Article(**values)


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "news.db") as a:
        yield a


def test_fresh_archive_has_the_contract_tables(archive):
    tables = set(archive.db.table_names())
    assert {"articles", "related_articles", "article_views", "pages", "crawl_runs",
            "articles_fts"} <= tables
    assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_applies_no_migration_twice(tmp_path):
    Archive(tmp_path / "n.db").close()
    with Archive(tmp_path / "n.db") as again:
        names = [r[0] for r in again.db.execute("SELECT name FROM _sqlite_migrations")]
    assert names == migration_names()


def test_store_then_restore_updates_in_place(archive):
    assert archive.store(article()).status == "new"
    assert archive.store(article(fetched_at="2026-03-15T02:00:00Z", views=300)).status == "unchanged"
    assert archive.store(article(fetched_at="2026-03-16T02:00:00Z", title="Sửa tiêu đề")).status == "updated"
    rows = archive.db.execute("SELECT title, first_seen, last_seen, views FROM articles").fetchall()
    assert rows == [("Sửa tiêu đề", "2026-03-14T02:00:00Z", "2026-03-16T02:00:00Z", 270)]
    views = archive.db.execute("SELECT seen_at, views FROM article_views ORDER BY seen_at").fetchall()
    assert views == [("2026-03-14T02:00:00Z", 270), ("2026-03-15T02:00:00Z", 300),
                     ("2026-03-16T02:00:00Z", 270)]
    assert archive.db.execute("SELECT count(*) FROM related_articles").fetchone()[0] == 1


def test_missing_views_adds_no_snapshot(archive):
    archive.store(article(views=None))
    assert archive.db.execute("SELECT count(*) FROM article_views").fetchone()[0] == 0


def test_failed_store_leaves_nothing_behind(archive):
    broken = article(url="https://thaibinhtv.vn/tin-tuc/thoi-su/c-3.html")
    # The page write fails after the article and its links were written: all must roll back.
    with pytest.raises(TypeError):
        archive.store(broken, Page(url=broken.url, body=None))
    for table, column in (("articles", "url"), ("related_articles", "article_url"),
                          ("article_views", "article_url"), ("pages", "url")):
        count = archive.db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                                   [broken.url]).fetchone()[0]
        assert count == 0, table
    assert archive.search("dang bo") == []


@pytest.mark.parametrize("query", ["dai hoi dang bo", "Đại hội", "ĐẢNG BỘ", "dang", "DANG BO",
                                   "thai binh", "Thái Bình", "cong thuong", "\"dang bo so\"",
                                   "thuon*"])
def test_search_folds_diacritics_and_d(archive, query):
    archive.store(article())
    hits = archive.search(query)
    assert [h["url"] for h in hits] == [article().url]


def test_search_snippet_highlights_the_original_text(archive):
    archive.store(article())
    (hit,) = archive.search("dang bo")
    assert "[Đảng] [bộ]" in hit["snippet"]


def test_search_does_not_match_other_words(archive):
    archive.store(article())
    assert archive.search("lũ lụt") == []


def test_search_filters_by_site(archive):
    archive.store(article())
    assert archive.search("dang bo", site="baothaibinh") == []


@pytest.mark.parametrize("query", ['"dang bo', "dang AND", "(dang", "NOT"])
def test_malformed_queries_are_user_errors(archive, query):
    archive.store(article())
    with pytest.raises(ArchiveError, match="malformed search query"):
        archive.search(query)


@pytest.mark.parametrize("query, expected", [
    ("Đảng bộ", '"Dảng" "bộ"'),
    ("nhiệm kỳ 2020-2025", '"nhiệm" "kỳ" "2020" "2025"'),
    ("Covid-19", '"Covid" "19"'),
    ('"đảng bộ" tỉnh', '"dảng bộ" tỉnh'),
])
def test_fts_query(query, expected):
    assert fts_query(query) == expected


def test_empty_query_is_a_user_error():
    with pytest.raises(ArchiveError):
        fts_query("   ")


def test_list_columns_are_json(archive):
    archive.store(article())
    authors, related = archive.db.execute("SELECT authors, related FROM articles").fetchone()
    assert json.loads(authors) == ["Duy Huy"]
    assert json.loads(related)[0]["title"] == "Khơi dậy động lực phát triển"
