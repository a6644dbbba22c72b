"""The SQLite archive: schema (as migrations), one-transaction upserts, search, statistics.

Thin by design: sqlite-utils creates and migrates tables and writes rows; the only hand-written
SQL is what sqlite-utils cannot express (the FTS index over the "đ"-folded text, bm25 search).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils
from sqlite_utils.migrations import Migrations

from crawler.items import Article, Page

SCHEMA_VERSION = 1
MIGRATIONS = Migrations("vnnews")
LIST_COLUMNS = ("authors", "tags", "images", "related", "provenance")
# Columns that make up an article's content; views and fetch times are not content.
CONTENT_COLUMNS = ("title", "sapo", "body", "authors", "source", "published_at", "category",
                   "tags", "images", "related")
FTS_COLUMNS = ("title", "sapo", "body")


class ArchiveError(Exception):
    """A problem a user can fix (bad path, not an archive, malformed query)."""


def fold_d_sql(column: str) -> str:
    """SQL that maps đ/Đ to d/D: the unicode61 tokenizer folds every other Vietnamese mark."""
    return f"replace(replace(coalesce({column}, ''), 'đ', 'd'), 'Đ', 'D')"


def fold_d(text: str) -> str:
    """The same folding in Python, for queries.

    >>> fold_d("Đại hội Đảng bộ")
    'Dại hội Dảng bộ'
    """
    return text.replace("đ", "d").replace("Đ", "D")


@MIGRATIONS()
def m001_initial_schema(db: sqlite_utils.Database) -> None:
    db["articles"].create({
        "url": str, "site": str, "title": str, "sapo": str, "body": str, "authors": str,
        "source": str, "published_at": str, "published_raw": str, "views": int,
        "category": str, "tags": str, "images": str, "related": str, "fetched_at": str,
        "provenance": str, "first_seen": str, "last_seen": str, "content_hash": str,
    }, pk="url", not_null={"site", "title", "body"})
    db["articles"].create_index(["site", "published_at"])
    db["related_articles"].create({"article_url": str, "url": str, "title": str,
                                   "position": int}, pk=("article_url", "url"),
                                  foreign_keys=[("article_url", "articles", "url")])
    db["related_articles"].create_index(["url"])
    db["article_views"].create({"article_url": str, "seen_at": str, "views": int},
                               pk=("article_url", "seen_at"),
                               foreign_keys=[("article_url", "articles", "url")])
    # One row per distinct response body of a URL: identical refetches only move fetched_at.
    db["pages"].create({"url": str, "sha256": str, "fetched_url": str, "fetched_at": str,
                        "status": int, "content_type": str, "headers": str, "body": bytes},
                       pk=("url", "sha256"))
    db["crawl_runs"].create({"id": int, "site": str, "started_at": str, "finished_at": str,
                             "status": str, "stats": str}, pk="id")
    create_search_index(db)


def create_search_index(db: sqlite_utils.Database) -> None:
    """FTS5 over the đ-folded title, sapo and body, kept in sync by triggers.

    sqlite-utils' ``enable_fts`` writes the columns as they are; its triggers cannot fold "đ",
    so the index and its triggers are written here.  The FTS table reads its content from
    ``articles`` (external content), so snippets show the original text: folding "đ" to "d"
    keeps every token's position, so highlights still line up.
    """
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(fold_d_sql(f"new.{c}") for c in FTS_COLUMNS)
    old = ", ".join(fold_d_sql(f"old.{c}") for c in FTS_COLUMNS)
    db.executescript(f"""
        CREATE VIRTUAL TABLE articles_fts USING fts5({cols}, content='articles',
            content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, {cols}) VALUES (new.rowid, {new});
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old});
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF {cols} ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old});
            INSERT INTO articles_fts(rowid, {cols}) VALUES (new.rowid, {new});
        END;
        INSERT INTO articles_fts(rowid, {cols}) SELECT rowid, {", ".join(fold_d_sql(c) for c in FTS_COLUMNS)} FROM articles;
    """)


def now_utc() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def content_hash(row: dict[str, Any]) -> str:
    """SHA-256 over the content columns, so a re-crawl can tell an edited article."""
    payload = json.dumps([row.get(c) for c in CONTENT_COLUMNS], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass
class StoreResult:
    status: str  # "new", "updated" or "unchanged"
    url: str


class Archive:
    """An open archive file.  Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=60, isolation_level=None)
            self.db = sqlite_utils.Database(conn)
            # WAL: readers (search, Datasette) never block the crawl and vice versa.
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            MIGRATIONS.apply(self.db)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise ArchiveError(f"cannot open archive {path}: {exc}") from None

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE: take the write lock up front so two writers queue, not deadlock."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # ---- writing ----

    def store(self, article: Article, page: Page | None = None) -> StoreResult:
        """Upsert one article with its related links, view snapshot and raw page, atomically."""
        row = article.to_dict()
        row.update({c: json.dumps(row[c], ensure_ascii=False) for c in LIST_COLUMNS})
        row["content_hash"] = content_hash(row)
        row["last_seen"] = article.fetched_at
        with self.transaction():
            existing = self.db.execute(
                "SELECT first_seen, content_hash FROM articles WHERE url = ?", [article.url]
            ).fetchone()
            row["first_seen"] = existing[0] if existing else article.fetched_at
            self.db["articles"].upsert(row, pk="url")
            self.replace_related(article)
            if article.views is not None:
                self.db["article_views"].upsert(
                    {"article_url": article.url, "seen_at": article.fetched_at,
                     "views": article.views}, pk=("article_url", "seen_at"))
            if page is not None:
                self.store_page(article.url, article.fetched_at, page)
        if existing is None:
            return StoreResult("new", article.url)
        return StoreResult("unchanged" if existing[1] == row["content_hash"] else "updated",
                           article.url)

    def replace_related(self, article: Article) -> None:
        self.db.execute("DELETE FROM related_articles WHERE article_url = ?", [article.url])
        self.db["related_articles"].insert_all(
            ({"article_url": article.url, "url": r["url"], "title": r["title"], "position": i}
             for i, r in enumerate(article.related)), pk=("article_url", "url"), ignore=True)

    def store_page(self, url: str, fetched_at: str, page: Page) -> None:
        digest = hashlib.sha256(page.body).hexdigest()
        self.db["pages"].upsert({
            "url": url, "sha256": digest, "fetched_url": page.url, "fetched_at": fetched_at,
            "status": page.status, "content_type": page.content_type,
            "headers": json.dumps(page.headers, ensure_ascii=False),
            "body": zlib.compress(page.body, 6),
        }, pk=("url", "sha256"))

    def start_run(self, site: str) -> int:
        with self.transaction():
            table = self.db["crawl_runs"].insert(
                {"site": site, "started_at": now_utc(), "status": "running", "stats": "{}"})
        return table.last_pk

    def finish_run(self, run_id: int, status: str, stats: dict[str, Any]) -> None:
        with self.transaction():
            self.db["crawl_runs"].update(run_id, {
                "finished_at": now_utc(), "status": status,
                "stats": json.dumps(stats, ensure_ascii=False, default=str, sort_keys=True)})

    # ---- reading ----

    def search(self, query: str, *, site: str | None = None, limit: int = 20) -> list[dict]:
        """Articles matching an FTS5 query, best first (bm25), with a highlighted snippet.

        Diacritics never matter: the index folds them, and "đ" is folded on both sides.
        """
        match = fts_query(query)
        sql = """
            SELECT a.url, a.site, a.title, a.published_at, a.views,
                   snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH :match AND (:site IS NULL OR a.site = :site)
            ORDER BY bm25(articles_fts, 10.0, 3.0, 1.0) LIMIT :limit"""
        try:
            rows = self.db.execute(sql, {"match": match, "site": site, "limit": limit})
            columns = [d[0] for d in rows.description]
            return [dict(zip(columns, r)) for r in rows.fetchall()]
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc) or "syntax error" in str(exc) or "unterminated" in str(exc):
                raise ArchiveError(f"malformed search query {query!r}: {exc}") from None
            raise

    def site_stats(self) -> list[dict[str, Any]]:
        """Per site: articles, date range, share of articles with a date/views/authors, last run."""
        rows = self.db.execute("""
            SELECT site, count(*) AS articles, min(published_at) AS oldest,
                   max(published_at) AS newest,
                   avg(published_at IS NOT NULL) AS with_date,
                   avg(views IS NOT NULL) AS with_views,
                   avg(authors != '[]' OR source IS NOT NULL) AS with_byline,
                   (SELECT count(*) FROM article_views v JOIN articles b
                      ON b.url = v.article_url WHERE b.site = a.site) AS view_snapshots,
                   (SELECT max(finished_at) FROM crawl_runs r WHERE r.site = a.site) AS last_crawl
            FROM articles a GROUP BY site ORDER BY site""")
        columns = [d[0] for d in rows.description]
        return [dict(zip(columns, r)) for r in rows.fetchall()]


# FTS5 syntax a user may type on purpose: quotes, prefix stars, groups, column filters, operators.
FTS_SYNTAX = re.compile(r'["*()^:]|\b(AND|OR|NOT|NEAR)\b')
WORD = re.compile(r"\w+")


def fts_query(query: str) -> str:
    """A user's query as an FTS5 expression, with "đ" folded like the index.

    Plain words become quoted terms (all must match), so "2020-2025" or "Covid-19" never trip
    the FTS5 parser; a query that uses FTS5 syntax is passed through for phrase and prefix use.

    >>> fts_query("Đại hội Đảng bộ")
    '"Dại" "hội" "Dảng" "bộ"'
    """
    folded = fold_d(query.strip())
    if not folded:
        raise ArchiveError("empty search query")
    if FTS_SYNTAX.search(folded):
        return folded
    words = WORD.findall(folded)
    if not words:
        raise ArchiveError(f"search query {query!r} has no words")
    return " ".join(f'"{w}"' for w in words)
