"""Archive.store articles/s into a fresh archive, as a crawl writes (grouped, pages packed by the
extraction workers) and otherwise, against plain sqlite3 writing the same rows."""

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

CRAWL_GROUP_SECONDS = 0.4  # crawler.crawling.writer.GROUP_SECONDS (not imported: no Twisted)


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
    """Store n articles (with pages) through Archive.store as a crawl does (grouped, pages
    packed beforehand); (open seconds, store seconds)."""
    from crawler.archive.storage import pack_page

    pages = ctx["pages"]
    if len(pages) < n:
        pages = replicate(ctx["cases"], n)
    items = [article_and_page(ctx, pages[i], i) for i in range(n)]
    for _, page in items:
        pack_page(page)
    return store_items(path, items, grouped=True)


def store_items(path: Path, items: list, *, grouped: bool) -> tuple[float, float]:
    """Archive.store every (article, page) into a fresh archive: (open s, store s).  Grouped:
    ``begin_group`` with the crawl's own group age, committed at the end (``close``)."""
    from crawler.archive.storage import Archive

    t0 = time.perf_counter()
    archive = Archive(path)
    t1 = time.perf_counter()
    if grouped:
        archive.begin_group(CRAWL_GROUP_SECONDS)
    for article, page in items:
        archive.store(article, page)
    archive.close()
    return t1 - t0, time.perf_counter() - t1


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
    from crawler.archive.storage import Archive, pack_page

    n = len(ctx["pages"])
    tmp: Path = ctx["tmp"]

    def items() -> list:
        return [article_and_page(ctx, ctx["pages"][i], i) for i in range(n)]

    # As a crawl writes: the extraction worker packed each page (digest, zlib) on its own core.
    packed = items()
    t0 = time.process_time()
    for _, page in packed:
        pack_page(page)
    pack_ms = 1000 * (time.process_time() - t0) / n
    db = tmp / "archive.db"
    log(f"archive: {n} x Archive.store into {db}, grouped, pages packed beforehand")
    open_s, store_s = store_items(db, packed, grouped=True)
    rate = n / store_s
    log("archive: grouped, pages packed by the writer; then one transaction per article")
    _, writer_packs_s = store_items(tmp / "archive-writer-packs.db", items(), grouped=True)
    _, single_s = store_items(tmp / "archive-single.db", items(), grouped=False)
    # Baseline: the same rows, same schema and triggers, one transaction each, plain sqlite3.
    base_db = tmp / "archive-plain.db"
    Archive(base_db).close()  # schema by the project's own migrations
    plain_items = items()
    conn = sqlite3.connect(str(base_db), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    t0 = time.perf_counter()
    for article, page in plain_items:
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
    plain = "plain sqlite3, same rows/schema/triggers, a transaction per article"
    sec.row("Archive.store as a crawl writes: grouped, pages packed by the extraction workers",
            rate, "articles/s", baseline=plain, baseline_value=plain_rate,
            ratio=ratio(rate, plain_rate), ratio_label="store/plain", target=">= 2000/s",
            ok=rate >= 2000, note=f"packing took {pack_ms:.2f} ms of CPU a page, elsewhere")
    sec.row("Archive.store grouped, pages packed by the writer", n / writer_packs_s,
            "articles/s", baseline=plain, baseline_value=plain_rate,
            ratio=ratio(n / writer_packs_s, plain_rate), ratio_label="store/plain",
            note="info: as import-warc and a single store() call write")
    sec.row("Archive.store, a transaction per article", n / single_s, "articles/s",
            baseline=plain, baseline_value=plain_rate, ratio=ratio(n / single_s, plain_rate),
            ratio_label="store/plain", note="info: the write path before group commit")
    sec.details.update({"articles": n, "open_and_migrate_s": round(open_s, 4),
                        "store_s": round(store_s, 3), "plain_s": round(plain_s, 3),
                        "pack_ms_per_page": round(pack_ms, 3),
                        "rows": counts, "fts_rows_matching_binh": fts_hits,
                        "db_mb": round(size_mb, 1)})
    sec.notes.append(f"{n} articles in {store_s:.2f} s (open+migrate {open_s * 1000:.0f} ms), "
                     f"rows {counts}, archive {size_mb:.1f} MB; pages packed (SHA-256, zlib) "
                     f"at {pack_ms:.2f} ms a page beforehand")
    if counts["articles"] != n or counts["pages"] != n:
        sec.notes.append("WARNING: row counts differ from the number of articles stored")
    exact_index_cost(ctx, sec, packed)
    ctx["archive_db"] = db
    ctx["archive_rate"] = rate


def exact_index_cost(ctx: dict[str, Any], sec: Section, items: list) -> None:
    """Archive.store per CPU-second with and without the diacritic-exact FTS index
    (articles_fts_exact: its triggers and the group's indexing at commit), same items, same process, grouped as a crawl writes: what
    that index costs a write.  CPU time, not wall time, so that other load on the machine
    weighs less."""
    from crawler.archive import storage
    from crawler.archive.storage import EXACT_INDEX, Archive

    rates: dict[str, float] = {}
    for variant in ("with", "without"):
        archive = Archive(ctx["tmp"] / f"archive-{variant}-exact.db")
        deferred = dict(storage.INDEX_ROWS_SQL)
        if variant == "without":
            for suffix in ("ai", "ad", "au"):
                archive.db.execute(f"DROP TRIGGER {EXACT_INDEX}_{suffix}")
            # A group indexes its new articles at the commit, not through the triggers.
            del storage.INDEX_ROWS_SQL[EXACT_INDEX]
        try:
            archive.begin_group(CRAWL_GROUP_SECONDS)
            t0 = time.process_time()
            for article, page in items:
                archive.store(article, page)
            archive.close()
        finally:
            storage.INDEX_ROWS_SQL.update(deferred)
        rates[variant] = len(items) / (time.process_time() - t0)
    sec.row("Archive.store per CPU-second, exact index", rates["with"], "articles/s",
            baseline="the same without that index", baseline_value=rates["without"],
            ratio=ratio(rates["with"], rates["without"]), ratio_label="with/without",
            note="info: grouped, pages packed beforehand")
