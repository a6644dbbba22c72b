"""Archive.search on a 10,000-article archive against the FTS5 ranking alone, then
`vnnews reparse` and `vnnews export` on the same archive."""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from measure.archive import fill_archive
from measure.common import ROOT, Section, child_env, cli_commands, log, ratio, run_measured

SEARCH_ARTICLES = 10_000
SEARCH_QUERIES = [
    "dai hoi dang bo",
    "Đảng bộ",
    "công nghiệp",
    "cong nghiep",
    "thai binh",
    "Thái Bình",
    '"phát triển" thương*',
    "vắc xin",
    "thu hoach lua xuan",
    "khu kinh tế",
    "tuyển sinh lớp 10",
]


def bench_search(ctx: dict[str, Any], sec: Section) -> None:
    from crawler.archive.storage import Archive, ArchiveError

    tmp: Path = ctx["tmp"]
    if ctx.get("archive_db") and len(ctx["pages"]) >= SEARCH_ARTICLES:
        db = ctx["archive_db"]
        built = f"reused the archive section's {len(ctx['pages'])}-article archive"
    else:
        db = tmp / "search.db"
        log(f"search: building a {SEARCH_ARTICLES}-article archive via Archive.store")
        _, store_s = fill_archive(ctx, db, SEARCH_ARTICLES)
        built = f"built {SEARCH_ARTICLES} articles via Archive.store in {store_s:.1f} s"
    with sqlite3.connect(db) as conn:
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    log(f"search: {len(SEARCH_QUERIES)} queries on {n_articles} articles")
    per_query = []
    reps = max(3, int(5 * ctx["budget"]))
    with Archive(db) as archive:
        raw = archive.db.conn
        from crawler.archive.storage import fts_query

        for q in SEARCH_QUERIES:
            try:
                hits = archive.search(q)
            except ArchiveError as exc:
                per_query.append({"query": q, "error": str(exc)})
                continue
            samples = []
            for _ in range(reps):
                t0 = time.perf_counter()
                archive.search(q)
                samples.append(time.perf_counter() - t0)
            match = fts_query(q)
            base = []
            matching = raw.execute("SELECT count(*) FROM articles_fts WHERE articles_fts "
                                   "MATCH ?", [match]).fetchone()[0]
            for _ in range(reps):
                # Baseline: the FTS5 work itself, ranking every match with the same bm25
                # weights; no join with articles, no snippet.
                t0 = time.perf_counter()
                raw.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                            "ORDER BY bm25(articles_fts, 10.0, 3.0, 1.0) LIMIT 20",
                            [match]).fetchall()
                base.append(time.perf_counter() - t0)
            per_query.append({"query": q, "hits": len(hits), "matching": matching,
                              "median_ms": 1000 * statistics.median(samples),
                              "max_ms": 1000 * max(samples),
                              "rank_only_ms": 1000 * statistics.median(base)})
    good = [r for r in per_query if "error" not in r]
    if good:
        med = statistics.median(r["median_ms"] for r in good)
        worst = max(r["max_ms"] for r in good)
        rank_only = statistics.median(r["rank_only_ms"] for r in good)
        sec.row("Archive.search: median ms/query", med, "ms",
                baseline="FTS5 MATCH + bm25 rank only (rowids)", baseline_value=rank_only,
                ratio=ratio(med, rank_only), ratio_label="search/rank-only", target="< 50 ms",
                ok=med < 50)
        sec.row("Archive.search: max ms/query", worst, "ms", baseline="target",
                baseline_value=50.0, ratio=ratio(worst, 50.0), ratio_label="max/50ms",
                target="< 50 ms", ok=worst < 50)
    for r in per_query:
        if "error" in r:
            sec.notes.append(f"query {r['query']!r}: {r['error']}")
    sec.details.update({"archive": built, "articles": n_articles, "repetitions": reps,
                        "queries": per_query})
    sec.notes.append(f"{built}; {n_articles} articles ({len(ctx['cases'])} distinct texts, so "
                     f"most queries match thousands of rows); {reps} timed runs per query")

    # reparse
    if "reparse" not in cli_commands():
        sec.row("vnnews reparse, 10k articles", "not implemented", "", baseline="target",
                baseline_value=60.0, target="< 60 s", ok=None)
        sec.notes.append("reparse: not implemented (`vnnews` has no reparse command)")
        return
    log("search: timing `vnnews reparse`")
    res = run_measured([sys.executable, "-m", "crawler.cli", "reparse", "--db", str(db)],
                       cwd=ROOT, env=child_env(), timeout=900, stdout_path=tmp / "reparse.out",
                       stderr_path=tmp / "reparse.err")
    ok = res["rc"] == 0 and not res["timed_out"]
    sec.row("vnnews reparse, 10k articles", res["wall"] if ok else "failed", "s",
            baseline="target", baseline_value=60.0,
            ratio=ratio(res["wall"], 60.0) if ok else None, ratio_label="reparse/60s",
            target="< 60 s", ok=ok and res["wall"] < 60,
            note=f"peak RSS {res['maxrss_mb']:.0f} MB")
    if not ok:
        sec.notes.append(f"reparse rc={res['rc']}: " + (res["stderr"] or res["stdout"])[-600:])
    sec.notes.append(f"reparse peak RSS {res['maxrss_mb']:.0f} MB")

    # exports of the same archive: streaming, so memory must not grow with the archive
    for fmt, suffix in (("jsonl", "jsonl"), ("csv", "csv"), ("warc", "warc.gz")):
        log(f"search: timing `vnnews export --format {fmt}`")
        out = tmp / f"export.{suffix}"
        res = run_measured([sys.executable, "-m", "crawler.cli", "export", "--format", fmt,
                            "--db", str(db), "--out", str(out)], cwd=ROOT, env=child_env(),
                           timeout=900, stdout_path=tmp / "export.out",
                           stderr_path=tmp / "export.err")
        ok = res["rc"] == 0 and not res["timed_out"]
        size = out.stat().st_size / 1e6 if out.exists() else 0
        sec.row(f"vnnews export --format {fmt}, 10k", res["wall"] if ok else "failed", "s",
                baseline="peak RSS MB", baseline_value=round(res["maxrss_mb"], 1),
                target="-", ok=None,
                note=f"{size:.1f} MB written, peak RSS {res['maxrss_mb']:.0f} MB")
        sec.notes.append(f"export {fmt}: {res['wall']:.1f} s, peak RSS {res['maxrss_mb']:.0f} MB, "
                         f"{size:.1f} MB written")
        out.unlink(missing_ok=True)
