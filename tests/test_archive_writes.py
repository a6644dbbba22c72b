"""Grouped writes (Archive.begin_group, what a crawl uses): several articles per transaction,
each one atomic, nothing half-written after a SIGKILL, the frontier committed with them, and
the group's new articles indexed for search once, just before its commit."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import zlib

import pytest

from conftest import ROOT
import sqlite_utils

from crawler.archive.storage import (DEFERRAL_TABLE, EXACT_INDEX, FOLDED_INDEX, MIGRATIONS,
                                     SCHEMA_VERSION, Archive, migration_names, pack_page)
from crawler.items import Article, Page

SITE = "thaibinhtv"


def article(i: int, **overrides) -> Article:
    values = dict(url=f"https://thaibinhtv.vn/tin-tuc/thoi-su/bai-{i}.html", site=SITE,
                  title=f"Đại hội Đảng bộ lần {i}", body=f"Đảng bộ tỉnh họp phiên thứ {i}.",
                  fetched_at="2026-03-14T02:00:00Z", views=100 + i,
                  related=[{"url": "https://thaibinhtv.vn/tin-tuc/thoi-su/khac-1.html",
                            "title": "Khơi dậy động lực phát triển"}])
    values.update(overrides)
    return Article(**values)


def page(i: int) -> Page:
    return Page(url=article(i).url, body=f"<html><h1>Bài {i}</h1></html>".encode(),
                content_type="text/html; charset=utf-8")


def committed(db) -> list[str]:
    """The article URLs another connection sees (what is durably in the file)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return [u for (u,) in conn.execute("SELECT url FROM articles ORDER BY url")]


def test_a_group_is_invisible_until_it_is_committed(tmp_path):
    db = tmp_path / "news.db"
    with Archive(db) as archive:
        archive.begin_group(seconds=60)
        archive.store(article(1), page(1))
        archive.store(article(2), page(2))
        assert committed(db) == []  # one open transaction for both
        archive.commit()
        assert len(committed(db)) == 2
        archive.store(article(3), page(3))
    assert len(committed(db)) == 3  # closing commits what the group holds


def test_a_group_commits_once_it_is_old_enough(tmp_path):
    db = tmp_path / "news.db"
    with Archive(db) as archive:
        archive.begin_group(seconds=0.2)
        archive.store(article(1))
        assert archive.commit_if_due() is False and committed(db) == []
        time.sleep(0.25)
        assert archive.commit_if_due() is True
        assert len(committed(db)) == 1
        archive.store(article(2))
        time.sleep(0.25)
        archive.store(article(3))  # checked after every write: 2 and 3 go in together
        assert len(committed(db)) == 3


def test_a_failed_article_inside_a_group_leaves_nothing_and_spares_the_others(tmp_path):
    db = tmp_path / "news.db"
    with Archive(db) as archive:
        archive.begin_group(seconds=60)
        archive.store(article(1), page(1))
        broken = page(2)
        broken.headers = {"X-Odd": object()}  # fails at the last write, the page's row
        with pytest.raises(TypeError):
            archive.store(article(2), broken)
        archive.store(article(3), page(3))
    with sqlite3.connect(db) as conn:
        assert [u[-10:] for (u,) in conn.execute("SELECT url FROM articles ORDER BY url")] == \
            ["bai-1.html", "bai-3.html"]
        assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM related_articles").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM article_views").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 2


def test_sigkill_loses_only_the_open_group_and_the_frontier_keeps_its_articles(tmp_path):
    """Three articles are committed, two more sit in the open group when the writer is
    killed: the file holds the three, whole, and the frontier still lists the two (removed in
    the same transaction as their storing, so never before it)."""
    db = tmp_path / "news.db"
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT / "tests")!r})
        from test_archive_writes import article, page, SITE
        from crawler.archive.storage import Archive
        archive = Archive({str(db)!r})
        archive.frontier_add(SITE, [(article(i).url, "listings", None) for i in range(1, 6)])
        archive.begin_group(seconds=3600)
        def archived(i):
            with archive.transaction():
                archive.store(article(i), page(i))
                archive.frontier_done(SITE, [article(i).url])
        for i in (1, 2, 3):
            archived(i)
        archive.commit()
        for i in (4, 5):
            archived(i)
        print("ready", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        urls = [u[-10:] for (u,) in conn.execute("SELECT url FROM articles ORDER BY url")]
        frontier = [u[-10:] for (u,) in conn.execute(
            "SELECT url FROM crawl_frontier ORDER BY url")]
        assert urls == ["bai-1.html", "bai-2.html", "bai-3.html"]
        assert frontier == ["bai-4.html", "bai-5.html"]
        assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM related_articles").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 3
        assert conn.execute(f"SELECT count(*) FROM {DEFERRAL_TABLE}").fetchone()[0] == 0
    with Archive(db, readonly=True) as archive:  # the three are indexed, the two are not
        assert sorted(h["url"][-10:] for h in archive.search("dang bo")) == urls


# ---- search indexing deferred to the group's commit ----

def index_entries(db) -> dict[str, list[tuple]]:
    """Every token both search indexes hold, as (url, term, column, offset), read through
    fts5vocab: what a search can find, independent of rowids and segment layout.  A list,
    so that a row indexed twice shows."""
    entries = {}
    with sqlite3.connect(db) as conn:
        for index in (FOLDED_INDEX, EXACT_INDEX):
            conn.execute(f"CREATE VIRTUAL TABLE temp.vocab_{index} USING "
                         f"fts5vocab(main, {index}, instance)")
            entries[index] = sorted(conn.execute(
                f"SELECT a.url, v.term, v.col, v.offset FROM temp.vocab_{index} v "
                f"JOIN articles a ON a.rowid = v.doc"))
    return entries


def edited(i: int) -> Article:
    return article(i, body=f"Hội nghị sơ kết quý {i} về chuyển đổi số.")


def test_a_group_indexes_exactly_what_one_transaction_per_article_does(tmp_path):
    """Inside a group the insert triggers stand aside and the new articles are indexed at the
    commit; an article updated in the group that stored it, one updated in a later group and
    one whose savepoint was rolled back must leave the same index as storing each alone."""
    grouped, alone = tmp_path / "grouped.db", tmp_path / "alone.db"
    with Archive(grouped) as archive:
        archive.begin_group(seconds=3600)
        archive.store(article(1), page(1))
        archive.store(article(2), page(2))
        broken = page(3)
        broken.headers = {"X-Odd": object()}
        with pytest.raises(TypeError):
            archive.store(article(3), broken)
        archive.store(article(4), page(4))
        archive.store(edited(1), page(1))  # stored in this very group, not indexed yet
        archive.commit()
        archive.store(edited(2), page(2))
        archive.store(article(5), page(5))
        archive.store(article(3), page(3))
    with Archive(alone) as archive:
        for item in (article(1), article(2), article(4), edited(1), edited(2), article(5),
                     article(3)):
            archive.store(item)
    entries = index_entries(grouped)
    assert entries == index_entries(alone)
    # ... and that index is the edited text's, whichever way it was written.
    folded = {(url[-10:], term) for url, term, col, _ in entries[FOLDED_INDEX] if col == "body"}
    exact = {(url[-10:], term) for url, term, col, _ in entries[EXACT_INDEX] if col == "body"}
    assert ("bai-1.html", "chuyen") in folded and ("bai-1.html", "hop") not in folded
    assert ("bai-3.html", "họp") in exact and ("bai-2.html", "họp") not in exact


def test_an_open_group_leaves_the_committed_index_whole(tmp_path):
    """Another connection never sees the deferral row or an unindexed article: before the
    commit it sees the earlier state, after it every article found by search."""
    db = tmp_path / "news.db"
    with Archive(db) as archive:
        archive.store(article(1))  # alone: indexed by the trigger
        archive.begin_group(seconds=3600)
        archive.store(article(2))
        archive.store(article(3))
        assert archive.db.execute(f"SELECT count(*) FROM {DEFERRAL_TABLE}").fetchone()[0] == 1
        with Archive(db, readonly=True) as reader:
            assert [h["url"][-10:] for h in reader.search("dang bo")] == ["bai-1.html"]
            assert reader.db.execute(f"SELECT count(*) FROM {DEFERRAL_TABLE}").fetchone()[0] == 0
        archive.commit()
        assert archive.db.execute(f"SELECT count(*) FROM {DEFERRAL_TABLE}").fetchone()[0] == 0
        with Archive(db, readonly=True) as reader:
            assert len(reader.search("dang bo")) == 3
        archive.store(article(4))  # the group goes on: a new transaction defers again
    with Archive(db, readonly=True) as reader:
        assert len(reader.search("dang bo")) == 4
        assert len(reader.search("Đảng bộ")) == 4  # the exact index too


def test_an_article_that_fails_after_indexing_the_group_leaves_that_indexing_to_the_commit(
        tmp_path):
    """Updating an article indexes the group's pending ones first, inside that article's
    savepoint; if the article then fails, the rollback undoes that indexing too, and the
    commit must do it again."""
    db, alone = tmp_path / "news.db", tmp_path / "alone.db"
    with Archive(db) as archive:
        archive.store(article(1))
        archive.begin_group(seconds=3600)
        archive.store(article(2))  # new: waits for the commit
        broken = page(1)
        broken.headers = {"X-Odd": object()}
        with pytest.raises(TypeError):
            archive.store(edited(1), broken)  # indexes 2, then fails
        archive.store(article(3))
    with Archive(alone) as archive:
        for i in (1, 2, 3):
            archive.store(article(i))
    assert index_entries(db) == index_entries(alone)
    with Archive(db, readonly=True) as reader:
        assert len(reader.search("dang bo")) == 3


# The SQL function raising is the interruption itself; with callback tracebacks switched on
# (importing Datasette, as the browsing tests do, does), sqlite3 also reports it to
# sys.unraisablehook.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_indexing_interrupted_between_the_two_indexes_is_done_once_on_the_next_commit(
        tmp_path, monkeypatch):
    """Ctrl-C after the first index's statement: that statement is undone, so the commit that
    follows (closing the archive) indexes the group's articles once in each index."""
    from crawler.archive import storage

    db, alone = tmp_path / "news.db", tmp_path / "alone.db"
    statements = dict(storage.INDEX_ROWS_SQL)
    with Archive(db) as archive:
        archive.begin_group(seconds=3600)
        for i in range(1, 5):
            archive.store(article(i))
        interrupted = {FOLDED_INDEX: statements[FOLDED_INDEX],
                       EXACT_INDEX: "SELECT raise_interrupt(?)"}
        archive.db.conn.create_function("raise_interrupt", 1, lambda _: 1 / 0)
        monkeypatch.setattr(storage, "INDEX_ROWS_SQL", interrupted)
        with pytest.raises(sqlite3.OperationalError):
            archive.commit()
        monkeypatch.setattr(storage, "INDEX_ROWS_SQL", statements)
    with Archive(alone) as archive:
        for i in range(1, 5):
            archive.store(article(i))
    assert index_entries(db) == index_entries(alone)
    # Rows indexed twice keep one set of postings but count twice in the index's row total,
    # which bm25's weights read: the scores show it.
    assert ranks(db) == ranks(alone) and len(ranks(db)) == 2


def ranks(db) -> list[float]:
    """bm25 of the one article holding "1", in each index (4 articles, so the weight of a
    word in one of them depends on how many rows the index counts)."""
    with sqlite3.connect(db) as conn:
        return [conn.execute(f"SELECT round(bm25({index}), 9) FROM {index} "
                             f"WHERE {index} MATCH '\"1\"'").fetchone()[0]
                for index in (FOLDED_INDEX, EXACT_INDEX)]


def test_a_schema_4_archive_gets_deferred_indexing_and_keeps_its_index(tmp_path):
    old = tmp_path / "old.db"
    db = sqlite_utils.Database(old)
    MIGRATIONS.apply(db, stop_before=[n for n in migration_names() if n.startswith("m005")])
    db.execute("PRAGMA user_version = 4")
    db["articles"].insert({"url": article(1).url, "site": SITE, "title": "Tin cũ",
                           "body": "Đảng bộ xã họp.", "authors": "[]",
                           "fetched_at": "2025-01-01T00:00:00Z"})  # the old triggers index it
    assert DEFERRAL_TABLE not in db.table_names()
    db.close()
    with Archive(old) as archive:
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        archive.begin_group(seconds=3600)
        archive.store(article(2))
    with Archive(old, readonly=True) as reader:
        assert sorted(h["url"][-10:] for h in reader.search("Đảng bộ")) == \
            ["bai-1.html", "bai-2.html"]
        assert len(reader.search("dang bo")) == 2


def test_a_page_packed_beforehand_is_stored_as_packed(tmp_path):
    packed = pack_page(page(1))
    assert zlib.decompress(packed.compressed) == packed.body
    with Archive(tmp_path / "news.db") as archive:
        archive.store(article(1), packed)
        row = archive.latest_page(article(1).url)
    assert row["body"] == packed.body and row["sha256"] == packed.sha256


def test_the_archive_does_not_load_numpy():
    """sqlite-utils imports numpy when it is installed (12 MB of every process, a crawl's
    included); storage.py hides it while importing sqlite-utils."""
    import importlib.util

    if importlib.util.find_spec("numpy") is None:
        pytest.skip("numpy is not installed: nothing to hide")
    run = subprocess.run([sys.executable, "-c", "import sys, crawler.archive.storage, numpy; "
                          "import sqlite_utils.db as db; print(db.np is None)"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "True", run.stderr  # and numpy itself still imports
