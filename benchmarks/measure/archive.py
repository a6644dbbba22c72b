"""Archive.store articles/s into a fresh archive, against plain sqlite3 writing the same rows."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import time
import zlib
from pathlib import Path
from typing import Any

from measure.common import BenchPage, Section, log, profile_of, ratio, replicate


def base_articles(ctx: dict[str, Any]) -> dict[str, Any]:
    """Each fixture case extracted once (profile path), by case name."""
    if "base_articles" not in ctx:
        from crawler.extract import extract_article

        ctx["base_articles"] = {
            c.name: extract_article(c.html, c.url, profile=profile_of(c),
                                    fetched_at=c.meta.get("fetched_at"),
                                    content_type=c.content_type)
            for c in ctx["cases"]}
    return ctx["base_articles"]


def article_and_page(ctx: dict[str, Any], p: BenchPage, i: int):
    from crawler.items import Page

    base = base_articles(ctx)[p.case.name]
    # The copy keeps the case's fetch time: it is the clock of relative dates ("2 giờ trước"),
    # so `vnnews reparse` finds the same published_at and has nothing to rewrite.
    article = dataclasses.replace(base, url=p.url, page=None)
    page = Page(url=p.url, body=p.html, status=200, content_type=p.case.content_type,
                headers=dict(p.case.meta.get("headers") or {}))
    return article, page


def fill_archive(ctx: dict[str, Any], path: Path, n: int) -> tuple[float, float]:
    """Store n articles (with pages) through Archive.store; (open seconds, store seconds)."""
    from crawler.archive.storage import Archive

    pages = ctx["pages"]
    if len(pages) < n:
        pages = replicate(ctx["cases"], n)
    items = [article_and_page(ctx, pages[i], i) for i in range(n)]
    t0 = time.perf_counter()
    archive = Archive(path)
    t1 = time.perf_counter()
    for article, page in items:
        archive.store(article, page)
    t2 = time.perf_counter()
    archive.close()
    return t1 - t0, t2 - t1


def plain_sqlite_store(conn: sqlite3.Connection, article: Any, page: Any) -> None:
    """The same rows as Archive.store, written with plain sqlite3 (the baseline)."""
    from crawler.archive.storage import LIST_COLUMNS, content_hash

    row = article.to_dict()
    row.update({c: json.dumps(row[c], ensure_ascii=False) for c in LIST_COLUMNS})
    row["content_hash"] = content_hash(row)
    row["first_seen"] = row["last_seen"] = article.fetched_at
    conn.execute("BEGIN IMMEDIATE")
    cols = list(row)
    conn.execute(f"INSERT INTO articles ({', '.join(cols)}) VALUES "
                 f"({', '.join('?' * len(cols))})", [row[c] for c in cols])
    conn.executemany("INSERT OR IGNORE INTO related_articles VALUES (?, ?, ?, ?)",
                     [(article.url, r["url"], r["title"], i)
                      for i, r in enumerate(article.related)])
    if article.views is not None:
        conn.execute("INSERT INTO article_views VALUES (?, ?, ?)",
                     (article.url, article.fetched_at, article.views))
    conn.execute("INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (article.url, hashlib.sha256(page.body).hexdigest(), page.url,
                  article.fetched_at, page.status, page.content_type,
                  json.dumps(page.headers, ensure_ascii=False), zlib.compress(page.body, 6)))
    conn.execute("COMMIT")


def bench_archive(ctx: dict[str, Any], sec: Section) -> None:
    from crawler.archive.storage import Archive

    n = len(ctx["pages"])
    tmp: Path = ctx["tmp"]
    db = tmp / "archive.db"
    log(f"archive: {n} x Archive.store into {db}")
    open_s, store_s = fill_archive(ctx, db, n)
    rate = n / store_s
    # Baseline: the same rows, same schema and triggers, one transaction each, plain sqlite3.
    base_db = tmp / "archive-plain.db"
    Archive(base_db).close()  # schema by the project's own migrations
    items = [article_and_page(ctx, ctx["pages"][i], i) for i in range(n)]
    conn = sqlite3.connect(str(base_db), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    t0 = time.perf_counter()
    for article, page in items:
        plain_sqlite_store(conn, article, page)
    plain_s = time.perf_counter() - t0
    conn.close()
    plain_rate = n / plain_s
    with sqlite3.connect(db) as check:
        counts = {t: check.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "pages", "related_articles", "article_views")}
        fts_hits = check.execute("SELECT count(*) FROM articles_fts WHERE articles_fts "
                                 "MATCH 'binh'").fetchone()[0]
    size_mb = (db.stat().st_size + sum(f.stat().st_size for f in tmp.glob("archive.db-*"))) / 2**20
    sec.row("Archive.store (WAL, FTS triggers, raw page)", rate, "articles/s",
            baseline="plain sqlite3, same rows/schema/triggers", baseline_value=plain_rate,
            ratio=ratio(rate, plain_rate), ratio_label="store/plain", target=">= 2000/s",
            ok=rate >= 2000)
    sec.details.update({"articles": n, "open_and_migrate_s": round(open_s, 4),
                        "store_s": round(store_s, 3), "plain_s": round(plain_s, 3),
                        "rows": counts, "fts_rows_matching_binh": fts_hits,
                        "db_mb": round(size_mb, 1)})
    sec.notes.append(f"{n} articles in {store_s:.2f} s (open+migrate {open_s * 1000:.0f} ms), "
                     f"rows {counts}, archive {size_mb:.1f} MB")
    if counts["articles"] != n or counts["pages"] != n:
        sec.notes.append("WARNING: row counts differ from the number of articles stored")
    exact_index_cost(ctx, sec, items)
    ctx["archive_db"] = db
    ctx["archive_rate"] = rate


def exact_index_cost(ctx: dict[str, Any], sec: Section, items: list) -> None:
    """Archive.store per CPU-second with and without the diacritic-exact FTS index's
    triggers (articles_fts_exact), same items, same process: what that index costs a write.
    CPU time, not wall time, so that other load on the machine weighs less."""
    from crawler.archive.storage import EXACT_INDEX, Archive

    rates: dict[str, float] = {}
    for variant in ("with", "without"):
        archive = Archive(ctx["tmp"] / f"archive-{variant}-exact.db")
        if variant == "without":
            for suffix in ("ai", "ad", "au"):
                archive.db.execute(f"DROP TRIGGER {EXACT_INDEX}_{suffix}")
        t0 = time.process_time()
        for article, page in items:
            archive.store(article, page)
        rates[variant] = len(items) / (time.process_time() - t0)
        archive.close()
    sec.row("Archive.store per CPU-second, exact index", rates["with"], "articles/s",
            baseline="the same without its triggers", baseline_value=rates["without"],
            ratio=ratio(rates["with"], rates["without"]), ratio_label="with/without")
