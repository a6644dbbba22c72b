"""Shared test helpers: the fixture cases and a way to run the real `vnnews` CLI."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@dataclass
class Case:
    site: str
    name: str
    path: Path

    @property
    def meta(self) -> dict:
        return json.loads((self.path / "meta.json").read_text(encoding="utf-8"))

    @property
    def html(self) -> bytes:
        return (self.path / "page.html").read_bytes()

    @property
    def expected(self) -> dict:
        return json.loads((self.path / "expected.json").read_text(encoding="utf-8"))

    @property
    def id(self) -> str:
        return f"{self.site}/{self.name}"


def article_cases() -> list[Case]:
    """Every saved article page that has a golden file."""
    return [Case(p.parent.parent.name, p.parent.name, p.parent)
            for p in sorted(FIXTURES.glob("*/*/expected.json"))]


def run_vnnews(*args: str, cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh process (Twisted's reactor runs once per process)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("VNNEWS_DB", None)
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=timeout, env=env)


def stored(db: Path) -> int:
    """How many articles an archive holds, read without writing (0 before it exists)."""
    import sqlite3
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


def wait_for(db: Path, count: int, process: subprocess.Popen, timeout: float = 120) -> None:
    """Wait until a running crawl has archived ``count`` articles (failing if it dies or
    stalls), so a test can interrupt it in the middle."""
    import time
    deadline = time.monotonic() + timeout
    while stored(db) < count:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the crawl made no progress"
        time.sleep(0.05)


def query(db: Path, sql: str, *params) -> list[tuple]:
    """Rows of one SQL query against an archive file."""
    import sqlite3
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def vnnews():
    return run_vnnews


@pytest.fixture(scope="session")
def crawled_twice(tmp_path_factory):
    """An archive made by two replayed crawls of the thaibinhtv fixtures (the second with
    --refetch, so every article is fetched twice), and the two runs.

    Tests that use it must not write to it."""
    db = tmp_path_factory.mktemp("crawl") / "news.db"
    runs = [run_vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"),
                       "--db", str(db), *extra) for extra in ((), ("--refetch",))]
    return db, runs


# ---- building replay sites for crawl tests ----

THAIBINHTV_SECTION = "https://thaibinhtv.vn/tin-tuc/thoi-su"
THAIBINHTV_ARTICLES = "https://thaibinhtv.vn/news/59"  # + /<article id>/<slug>


def article_copy(replay: Path, source: Path, url: str, fault: dict | None = None) -> str:
    """A copy of the fixture article in ``source`` served at ``url`` (canonical link and
    og:url rewritten to match), optionally misbehaving (crawler.crawling.replay faults)."""
    meta = json.loads((source / "meta.json").read_text(encoding="utf-8"))
    target = replay / url.rstrip("/").rsplit("/", 1)[-1].replace(".html", "")
    target.mkdir(parents=True)
    html = (source / "page.html").read_text(encoding="utf-8").replace(meta["url"], url)
    (target / "page.html").write_text(html, encoding="utf-8")
    meta.update(url=url, fault=fault)
    (target / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return url


def thaibinhtv_listing(replay: Path, urls: list[str], per_page: int = 20,
                       fault: dict | None = None) -> None:
    """Section pages linking ``urls`` in thaibinhtv's markup, chained by next-page links."""
    pages = [urls[i:i + per_page] for i in range(0, len(urls), per_page)] or [[]]
    for number, chunk in enumerate(pages, start=1):
        url = THAIBINHTV_SECTION + ("" if number == 1 else f"?page={number}")
        items = "".join(f'<div class="item"><h3 class="title"><a href="{u}">Tin số {i}</a></h3>'
                        f"</div>" for i, u in enumerate(chunk))
        following = (f'<div class="pagination"><a class="next" '
                     f'href="{THAIBINHTV_SECTION}?page={number + 1}">Trang sau</a></div>'
                     if number < len(pages) else "")
        folder = replay / f"listing-{number}"
        folder.mkdir(parents=True)
        (folder / "page.html").write_text(
            f'<html><body><div class="list-news">{items}</div>{following}</body></html>',
            encoding="utf-8")
        (folder / "meta.json").write_text(json.dumps(
            {"url": url, "fetched_at": "2026-01-01T00:00:00Z", "kind": "listing",
             "fault": fault}), encoding="utf-8")


def thaibinhtv_site(replay: Path, count: int, fault: dict | None = None) -> list[str]:
    """``count`` distinct thaibinhtv articles (copies of the fixture cases) behind listings."""
    cases = [c for c in article_cases() if c.site == "thaibinhtv"]
    urls = [article_copy(replay, cases[i % len(cases)].path,
                         f"{THAIBINHTV_ARTICLES}/{50000 + i}/ban-tin-so-{i}", fault)
            for i in range(count)]
    thaibinhtv_listing(replay, urls)
    return urls


# ---- nothing outlives the suite ----

PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def live_children(pid: int) -> list[int]:
    """Children of ``pid`` that are running (zombies excluded), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


@pytest.fixture(scope="session", autouse=True)
def no_process_left_behind():
    """Servers, crawls and browsers run in subprocesses; each test stops what it starts.

    pytest becomes the subreaper of its descendants (Linux), so a grandchild orphaned by its
    parent (a server's child left running after a signal) comes back to it: at the end of the
    session any process still running is ended and reported as a failure.
    """
    import ctypes

    try:
        subreaper = ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        subreaper = False
    yield
    if not subreaper:
        return
    # A crawl killed by a test takes its helpers with it, but not at the same instant (the
    # extraction worker dies on its parent's death signal): give them a moment before
    # calling them left behind.
    import time
    deadline = time.monotonic() + 5
    while (left := live_children(os.getpid())) and time.monotonic() < deadline:
        time.sleep(0.1)
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG) != (0, 0):
                pass
    for pid in left:
        with contextlib.suppress(OSError):
            os.kill(pid, 9)
    while True:  # reap what came back to us, so nothing stays a zombie either
        try:
            if os.waitpid(-1, os.WNOHANG) == (0, 0):
                break
        except ChildProcessError:
            break
    assert not left, f"processes left running by the test suite (now killed): {left}"
