"""A crawl that quietly archives broken fields must fail loudly: exit status 1 and a message
that names the field (cron mails the operator)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path


from conftest import FIXTURES
from crawler.crawling import monitor
from crawler.sites import get_profile


def redesigned_copy(tmp_path: Path, edit) -> Path:
    """The thaibinhtv fixtures with every article page passed through ``edit(html)``."""
    replay = tmp_path / "replay"
    shutil.copytree(FIXTURES / "thaibinhtv", replay)
    for page in replay.glob("*/page.html"):
        if (page.parent / "expected.json").exists():
            page.write_text(edit(page.read_text(encoding="utf-8")), encoding="utf-8")
    return replay


def last_run(db: Path) -> tuple[str, dict]:
    with sqlite3.connect(db) as conn:
        status, stats = conn.execute(
            "SELECT status, stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    return status, json.loads(stats)


def test_a_healthy_crawl_records_coverage_and_no_problems(tmp_path, vnnews):
    db = tmp_path / "x.db"
    run = vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"), "--db", str(db))
    assert run.returncode == 0, run.stderr
    status, stats = last_run(db)
    assert status == "finished" and stats["problems"] == []
    assert stats["coverage"]["title"] == 1.0 and stats["coverage"]["published_at"] == 1.0
    assert 0 < stats["coverage"]["views"] < 1.0


def test_a_date_selector_that_no_longer_matches_fails_the_crawl(tmp_path, vnnews):
    # The redesign renames the timestamp's class: the heuristics still find the dates, but the
    # profile is stale and the operator must hear about it.
    replay = redesigned_copy(tmp_path, lambda html: html.replace("time-detail", "ngay-dang"))
    db = tmp_path / "x.db"
    run = vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(db))
    assert run.returncode == 1
    assert "'published_raw'" in run.stderr and "selector published=" in run.stderr
    assert "Traceback" not in run.stderr
    _, stats = last_run(db)
    assert any("published_raw" in p for p in stats["problems"])
    # and `vnnews stats` shows it beside the run, where an analyst looks
    shown = vnnews("stats", "--db", str(db))
    assert shown.returncode == 0 and "field 'published_raw'" in shown.stdout
    runs = json.loads(vnnews("stats", "--db", str(db), "--json").stdout)["runs"]
    assert runs[0]["site"] == "thaibinhtv" and runs[0]["stats"]["problems"]


def test_dates_gone_from_the_pages_fail_on_coverage(tmp_path, vnnews):
    replay = redesigned_copy(tmp_path, lambda html: re.sub(
        r'<span class="time-detail">.*?</span>', "", html, flags=re.S))
    db = tmp_path / "x.db"
    run = vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(db))
    assert run.returncode == 1
    assert "field 'published_at' found on 0% of archived articles (threshold 80%)" in run.stderr


def test_a_listing_without_article_links_fails(tmp_path, vnnews):
    replay = tmp_path / "replay"
    shutil.copytree(FIXTURES / "thaibinhtv", replay)
    for listing in replay.glob("listing-*/page.html"):
        html = listing.read_text(encoding="utf-8")
        # the redesign moved articles to /bai-viet/ addresses the profile's pattern does not know
        listing.write_text(html.replace("/news/", "/bai-viet/"), encoding="utf-8")
    run = vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(tmp_path / "x.db"))
    assert run.returncode == 1
    assert "no article links on the listing pages" in run.stderr


def stats_for(stored: int, **fields: dict[str, int]) -> dict:
    stats = {"finish_reason": "finished", "vnnews/listing_pages": 2,
             "vnnews/article_links": stored, "vnnews/stored": stored}
    for name, layers in fields.items():
        for layer, count in layers.items():
            stats[f"vnnews/field/{name}/{layer}"] = count
    return stats


def test_problems_from_stats():
    profile = get_profile("thaibinhtv")
    healthy = stats_for(10, title={"site": 10}, body={"site": 10}, published_at={"site": 9},
                        published_raw={"site": 9})
    assert monitor.problems(healthy, profile) == []
    drifted = stats_for(10, title={"site": 10}, body={"site": 10}, published_at={"site": 10},
                        published_raw={"site": 2, "heuristic": 8})
    assert len(monitor.problems(drifted, profile)) == 1
    # without a profile there is no selector to drift
    assert monitor.problems(drifted, None) == []
    sparse = stats_for(10, title={"site": 10}, body={"site": 10}, published_at={"site": 7})
    assert monitor.problems(sparse, profile) == [
        "field 'published_at' found on 70% of archived articles (threshold 80%)"]
    dropping = {**healthy, "vnnews/dropped/missing_title": 5}
    assert "5 of 15 article pages dropped" in monitor.problems(dropping, profile)[0]
    assert monitor.problems({**healthy, "finish_reason": "shutdown"}, profile)[0] == \
        "the crawl ended early (shutdown)"


def test_everything_known_is_healthy_not_broken():
    nothing_new = {"finish_reason": "finished", "vnnews/listing_pages": 1,
                   "vnnews/article_links": 8, "vnnews/skipped/known": 8}
    assert monitor.problems(nothing_new, get_profile("thaibinhtv")) == []


def test_a_working_date_selector_is_not_drift_when_the_declared_time_wins():
    # The page prints the date (site selector) and declares the same day's exact time: the
    # declared time fills published_at, but the selector is healthy.
    stats = stats_for(5, title={"site": 5}, body={"site": 5}, published_at={"metadata": 5},
                      published_raw={"site": 5})
    assert monitor.problems(stats, get_profile("thaibinhtv")) == []
