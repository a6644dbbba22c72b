"""A crawl against a server on 127.0.0.1 that misbehaves on purpose: every fault is survived,
counted by reason, and nothing already archived is lost or duplicated."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from conftest import FIXTURES, article_cases, article_copy, thaibinhtv_listing

ARTICLES = [c for c in article_cases() if c.site == "thaibinhtv"]
BASE = "https://thaibinhtv.vn/news/59/"
# Faults the crawl should recover from (retry succeeds), and faults it cannot.
RECOVERABLE = {
    "http500-twice": {"kind": "status", "status": 500, "times": 2},
    "http429-retry-after": {"kind": "status", "status": 429, "times": 1, "retry_after": 1},
    "slow-once": {"kind": "sleep", "seconds": 4, "times": 1},
    "reset-once": {"kind": "reset", "times": 1},
    "truncated-once": {"kind": "truncate", "times": 1},
    "wrong-charset": {"kind": "charset", "content_type": "text/html; charset=iso-8859-1"},
}
PERMANENT = {
    "http503-always": ({"kind": "status", "status": 503}, "http_503"),
    "redirect-loop": ({"kind": "redirect-loop"}, "redirect_loop"),
    "huge": ({"kind": "huge", "megabytes": 50}, None),
    "garbage": ({"kind": "garbage"}, None),
}
SETTINGS = ["-s", "DOWNLOAD_TIMEOUT=2", "-s", "VNNEWS_RETRY_BACKOFF=0.1",
            "-s", "DOWNLOAD_MAXSIZE=4194304", "-s", "REDIRECT_MAX_TIMES=5"]


def copy_as(replay: Path, source: Path, name: str, fault: dict | None) -> str:
    number = zlib.crc32(name.encode()) % 90000 + 10000
    return article_copy(replay, source, f"{BASE}{number}/{name}", fault)


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    db = tmp / "news.db"
    seed = FIXTURES / "thaibinhtv" / "seed-2020-05-28"
    healthy = tmp / "healthy"
    healthy.mkdir()
    # First a healthy crawl archives the articles that will later break.
    urls = {name: copy_as(healthy, seed, name, None) for name in [*RECOVERABLE, *PERMANENT]}
    thaibinhtv_listing(healthy, list(urls.values()))
    from conftest import run_vnnews
    first = run_vnnews("crawl", "thaibinhtv", "--replay", str(healthy), "--db", str(db), "-q")
    assert first.returncode == 0, first.stderr
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT url, content_hash FROM articles ORDER BY url").fetchall()

    broken = tmp / "broken"
    broken.mkdir()
    links = []
    for name, fault in RECOVERABLE.items():
        links.append(copy_as(broken, seed, name, fault))
    for name, (fault, _) in PERMANENT.items():
        links.append(copy_as(broken, seed, name, fault))
    # The same new article behind tracking parameters and fragments: fetched once.
    fresh = copy_as(broken, FIXTURES / "thaibinhtv" / "no-views", "tin-moi", None)
    links += [fresh + "?utm_source=facebook&utm_medium=social", fresh + "#binh-luan",
              fresh + "?fbclid=IwAR3x", fresh]
    thaibinhtv_listing(broken, links)
    second = run_vnnews("crawl", "thaibinhtv", "--replay", str(broken), "--db", str(db),
                        "--refetch", *SETTINGS, timeout=240)
    with sqlite3.connect(db) as conn:
        stats = json.loads(conn.execute(
            "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0])
    return db, before, second, stats, fresh


def test_the_crawl_completes_without_a_traceback(faulty_crawl):
    _, _, run, stats, _ = faulty_crawl
    assert "Traceback" not in run.stderr, run.stderr
    assert "finished" in run.stdout
    assert stats["vnnews/stored"] >= len(RECOVERABLE) + 1


def test_recoverable_faults_are_retried_and_archived(faulty_crawl):
    _, _, _, stats, _ = faulty_crawl
    assert stats["retry/count"] >= 2 + 1 + 1 + 1 + 1
    assert stats["retry/reason_count/HTTP 500"] == 2
    assert stats["retry/reason_count/HTTP 429"] == 1


@pytest.mark.parametrize("name", list(PERMANENT))
def test_permanent_faults_are_counted_by_reason(faulty_crawl, name):
    _, _, _, stats, _ = faulty_crawl
    _, reason = PERMANENT[name]
    failed = {k: v for k, v in stats.items() if k.startswith("vnnews/failed/")}
    dropped = {k: v for k, v in stats.items() if k.startswith("vnnews/dropped/")}
    if reason:
        assert failed.get(f"vnnews/failed/{reason}") == 1, failed
    # the 50 MB page is cut at DOWNLOAD_MAXSIZE and the garbage has no headline: both counted
    assert sum(failed.values()) + sum(dropped.values()) == len(PERMANENT)


def test_nothing_archived_is_lost_or_duplicated(faulty_crawl):
    db, before, _, _, _ = faulty_crawl
    with sqlite3.connect(db) as conn:
        after = dict(conn.execute("SELECT url, content_hash FROM articles").fetchall())
        assert conn.execute("SELECT count(*) = count(DISTINCT url) FROM articles").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for url, digest in before:
        assert after[url] == digest, url  # still there, unchanged: faults never overwrite


def test_the_same_article_behind_tracking_parameters_is_fetched_and_stored_once(faulty_crawl):
    db, _, _, stats, fresh = faulty_crawl
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE url LIKE ?",
                            [fresh + "%"]).fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM pages WHERE url = ?", [fresh]).fetchone()[0] == 1


def test_a_mislabelled_charset_still_reads_vietnamese(faulty_crawl):
    db, _, _, _, _ = faulty_crawl
    with sqlite3.connect(db) as conn:
        title = conn.execute("SELECT title FROM articles WHERE url LIKE ?",
                             [BASE + "%/wrong-charset"]).fetchone()[0]
    assert title == "Phát triển công nghiệp, thương mại hiện đại"


def test_an_unreachable_site_is_one_clear_problem_not_a_traceback(tmp_path, vnnews):
    import socket

    with socket.socket() as probe:  # a loopback port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run = vnnews("crawl", "--start-url", f"http://127.0.0.1:{port}/tin-tuc/", "--db",
                 str(tmp_path / "x.db"), "-s", "RETRY_TIMES=1", "-s", "VNNEWS_RETRY_BACKOFF=0.1")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "no listing page could be fetched" in run.stderr
    assert "connectionrefusederror" in run.stdout.lower()  # counted by reason in the summary
