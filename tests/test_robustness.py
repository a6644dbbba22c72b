"""Crash safety, resuming, and concurrent use of one archive, against a slow local server."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


from conftest import ROOT, run_vnnews, thaibinhtv_site, stored, wait_for

# Slow enough that a crawl spans several of the archive's half-second commit groups, so that
# a signal sent once some articles are committed lands in the middle of it.
SLOW = {"kind": "sleep", "seconds": 0.5}


def start_crawl(replay: Path, db: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", "thaibinhtv",
                             "--replay", str(replay), "--db", str(db), "--quiet", *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)




def assert_consistent(db: Path) -> None:
    """No half-written article: each one has its raw page, its related links and, when it
    printed a count, its view snapshot."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for url, related, views in conn.execute("SELECT url, related, views FROM articles"):
            assert conn.execute("SELECT count(*) FROM pages WHERE url = ?", [url]).fetchone()[0]
            links = conn.execute("SELECT count(*) FROM related_articles WHERE article_url = ?",
                                 [url]).fetchone()[0]
            assert links == len(json.loads(related)), url
            if views is not None:
                assert conn.execute("SELECT count(*) FROM article_views WHERE article_url = ?",
                                    [url]).fetchone()[0] >= 1
        fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_sigkill_mid_crawl_then_rerun_leaves_every_article_exactly_once(tmp_path):
    replay, db = tmp_path / "replay", tmp_path / "news.db"
    urls = thaibinhtv_site(replay, 60, fault=SLOW)
    crawl = start_crawl(replay, db)
    wait_for(db, 8, crawl)
    crawl.send_signal(signal.SIGKILL)
    crawl.wait(timeout=30)
    killed_at = stored(db)
    assert 8 <= killed_at < len(urls)
    assert_consistent(db)

    rerun = run_vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(db), "-q",
                       timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert_consistent(db)
    with sqlite3.connect(db) as conn:
        archived = [u for (u,) in conn.execute("SELECT url FROM articles")]
        last = json.loads(conn.execute(
            "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0])
    assert sorted(archived) == sorted(urls)
    # the rerun fetched only what the killed crawl had not archived
    assert last["vnnews/requested/new"] == len(urls) - killed_at


def test_a_resumable_crawl_stopped_with_ctrl_c_resumes(tmp_path):
    replay, db = tmp_path / "replay", tmp_path / "news.db"
    urls = thaibinhtv_site(replay, 40, fault=SLOW)
    crawl = start_crawl(replay, db, "--resumable")
    wait_for(db, 5, crawl)
    crawl.send_signal(signal.SIGINT)  # Scrapy's graceful shutdown: finish in-flight requests
    crawl.wait(timeout=60)
    # what it found but did not archive waits in the archive's frontier (no Scrapy JOBDIR)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM crawl_frontier").fetchone()[0] > 0
    first = stored(db)
    assert first < len(urls)
    resumed = run_vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(db),
                         "-q", "--resumable", timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert stored(db) == len(urls)
    assert_consistent(db)


def test_search_while_a_crawl_writes_never_finds_the_database_locked(tmp_path):
    from crawler.archive.storage import Archive

    replay, db = tmp_path / "replay", tmp_path / "news.db"
    thaibinhtv_site(replay, 40, fault={"kind": "sleep", "seconds": 0.05})
    crawl = start_crawl(replay, db)
    wait_for(db, 1, crawl)
    searches = 0
    while crawl.poll() is None:
        with Archive(db) as archive:  # a researcher's session opening the live archive
            archive.search("dang bo", limit=5)
            archive.site_stats()
        searches += 1
    assert crawl.returncode == 0, crawl.stderr.read().decode()
    assert searches >= 5
    assert stored(db) == 40


def test_two_crawls_of_different_sites_share_one_archive(tmp_path):
    from test_generic_crawl import HOST, build_unlisted_site

    replay, db = tmp_path / "replay", tmp_path / "news.db"
    thaibinhtv_site(replay, 30, fault={"kind": "sleep", "seconds": 0.05})
    other_site = build_unlisted_site(tmp_path / "other")
    first = start_crawl(replay, db)
    second = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--start-url",
                             f"https://{HOST}/tin-tuc/", "--replay", str(other_site),
                             "--db", str(db), "--quiet"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    first.wait(timeout=300)
    assert second.returncode == 0, second.stderr
    assert first.returncode == 0, first.stderr.read().decode()
    with sqlite3.connect(db) as conn:
        sites = dict(conn.execute("SELECT site, count(*) FROM articles GROUP BY site"))
        runs = conn.execute("SELECT site, status FROM crawl_runs").fetchall()
    assert sites == {"thaibinhtv": 30, HOST: 6}
    assert sorted(runs) == sorted([("thaibinhtv", "finished"), (HOST, "finished")])
    assert_consistent(db)


# ---- --quiet is quiet (issue #10, item 6) ----

def test_quiet_crawl_skipping_everything_by_since_prints_next_to_nothing(tmp_path):
    db = tmp_path / "news.db"
    run = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "thaibinhtv", "--replay",
                          str(ROOT / "tests" / "fixtures" / "thaibinhtv"), "--db", str(db),
                          "--since", "2099-01-01", "--quiet"],
                         cwd=ROOT, capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert len(run.stderr) <= 200, run.stderr[:3000]  # was 165-200 KB: every item's repr
    with sqlite3.connect(db) as conn:
        stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    assert stats["vnnews/dropped/older_than_since"] >= 5  # counted, not logged


def test_a_dropped_item_is_one_line_with_its_url_and_reason(tmp_path):
    replay, db = tmp_path / "replay", tmp_path / "news.db"
    urls = thaibinhtv_site(replay, 6)
    empty = replay / urls[0].rsplit("/", 1)[-1].replace(".html", "") / "page.html"
    empty.write_text("<html><head><title>Không có gì</title></head><body><h1>Tiêu đề</h1>"
                     "</body></html>", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "thaibinhtv", "--replay",
                          str(replay), "--db", str(db), "--quiet"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    dropped = [line for line in run.stderr.splitlines() if "Dropped" in line]
    assert len(dropped) == 1, run.stderr[:3000]
    assert urls[0] in dropped[0] and "missing_body" in dropped[0]
    assert "RawArticle(" not in run.stderr and "<html" not in run.stderr
    assert len(run.stderr) < 1000, run.stderr[:3000]


# ---- a double Ctrl-C (issue #10, item 4) ----

def test_a_double_ctrl_c_exits_non_zero_and_the_run_says_interrupted(tmp_path):
    replay, db = tmp_path / "replay", tmp_path / "news.db"
    thaibinhtv_site(replay, 20, fault={"kind": "sleep", "seconds": 1.0})
    crawl = start_crawl(replay, db)
    wait_for(db, 2, crawl)
    crawl.send_signal(signal.SIGINT)  # graceful: waits for the in-flight (slow) pages
    time.sleep(0.3)
    crawl.send_signal(signal.SIGINT)  # forced
    _, stderr = crawl.communicate(timeout=60)
    stderr = stderr.decode()
    assert crawl.returncode not in (0, None), stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vnnews: ") and "interrupted" in lines[0], stderr
    with sqlite3.connect(db) as conn:
        status, stats = conn.execute("SELECT status, stats FROM crawl_runs").fetchone()
    assert status == "interrupted"
    assert json.loads(stats)["problems"]  # health is not "ok"
    shown = run_vnnews("stats", "--db", str(db))
    recent = shown.stdout.split("recent crawls", 1)[1].split("\n\n", 1)[0]
    run_line = [line for line in recent.splitlines() if line.startswith("thaibinhtv ")][-1]
    assert "interrupted" in run_line and not run_line.rstrip().endswith(" ok")
    assert_consistent(db)
