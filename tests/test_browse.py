"""`vnnews serve`: Datasette as the archive's front end, tested over HTTP and in headless Chromium.

The archive is made by the real crawl of every fixture, twice (the second with --refetch, so
articles have view histories).  Servers run on 127.0.0.1 on a free port and are stopped by the
test that started them, which checks that nothing is left listening and no child process is
left.  The browser tests skip when Chromium or chromedriver is absent (`.ci/run` installs
them); their screenshots go to $VNNEWS_SCREENSHOTS (docs/screenshots for the README) or to a
temporary folder.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT, query, run_vnnews

pytest.importorskip("datasette")
pytest.importorskip("datasette_dashboards")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
# Words a researcher types: with diacritics ("Đ" is not folded by FTS5 itself), a hyphenated
# name FTS5 would read as a column filter, and a query without diacritics.
QUERIES = ("Đảng", "Covid-19", "dang bo", "Đại hội Đảng bộ")


# ---- the archive and the server ----

@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("browse") / "news.db"
    for extra in ((), ("--refetch",)):
        run = run_vnnews("crawl", "--all", "--replay", str(FIXTURES), "--db", str(db), *extra)
        assert run.returncode == 0, run.stderr[-3000:]
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def is_listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def process_tree() -> dict[int, list[int]]:
    """{parent pid: [child pids]} of every live (not zombie) process, from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z":
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return children


def descendants(pid: int) -> set[int]:
    tree, found, todo = process_tree(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def still_alive(pids: set[int]) -> set[int]:
    live = {p for children in process_tree().values() for p in children}
    return pids & live


class Server:
    """``vnnews serve`` in a subprocess, with a private TMPDIR to see what it leaves there."""

    def __init__(self, db: Path, tmp: Path):
        self.db, self.port, self.tmpdir = db, free_port(), tmp
        self.tmpdir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "TMPDIR": str(self.tmpdir), "PYTHONUNBUFFERED": "1"}
        env.pop("VNNEWS_DB", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "serve", "--db", str(db), "--port",
             str(self.port)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"
        self.database = db.stem
        self.wait_until_ready()
        self.children = descendants(self.process.pid)

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.base + "/-/versions.json", timeout=2).close()
                return
            except OSError:
                if self.process.poll() is not None:
                    raise AssertionError(self.process.stdout.read().decode())
                if time.monotonic() > deadline:
                    self.stop()
                    raise AssertionError("vnnews serve did not start within 60 s")
                time.sleep(0.2)

    def get(self, path: str) -> tuple[int, Any, bytes]:
        """Status, headers (case-insensitive) and body of a GET."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=20) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers, exc.read()

    def json(self, path: str):
        status, _, body = self.get(path)
        assert status == 200, body[:500]
        return json.loads(body)

    def stop(self, signum: int = signal.SIGTERM) -> int:
        """Signal the server, wait for it, and check it left nothing behind."""
        if self.process.poll() is None:
            self.process.send_signal(signum)
        try:
            code = self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"vnnews serve ignored signal {signum}")
        finally:
            self.process.stdout.close()
        assert not is_listening(self.port), f"port {self.port} still listening after exit"
        assert not still_alive(self.children), "vnnews serve left child processes running"
        assert not any(self.tmpdir.iterdir()), f"left in TMPDIR: {list(self.tmpdir.iterdir())}"
        return code


@pytest.fixture(scope="module")
def server(demo_archive, tmp_path_factory):
    served = Server(demo_archive, tmp_path_factory.mktemp("serve-tmp"))
    yield served
    served.stop()


def q(text: str) -> str:
    return urllib.parse.quote(text, safe="")


def vnnews_search_urls(db: Path, text: str) -> set[str]:
    run = run_vnnews("search", text, "--db", str(db), "--json", "--limit", "1000")
    assert run.returncode == 0, run.stderr
    return {json.loads(line)["url"] for line in run.stdout.splitlines()}


# ---- #10 item 12: no server, child or temporary file outlives `vnnews serve` ----

@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP],
                         ids=["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_stops_the_server_and_leaves_nothing(demo_archive, tmp_path, signum):
    served = Server(demo_archive, tmp_path / "tmp")
    assert is_listening(served.port)
    served.stop(signum)  # asserts: port closed, no child left, TMPDIR empty


def test_a_busy_port_is_one_line_and_status_2(demo_archive):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        run = run_vnnews("serve", "--db", str(demo_archive), "--port", str(port), timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"vnnews: error: cannot listen on 127.0.0.1:{port}: Address already in use"]


def test_serving_leaves_the_archive_file_untouched(demo_archive, tmp_path):
    def fingerprint() -> dict[str, str]:
        # The file and its write-ahead log (empty or absent: no write). The -shm file is the
        # shared-memory index that every reader of a WAL database updates.
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in demo_archive.parent.glob(demo_archive.name + "*")
                if not p.name.endswith("-shm") and p.stat().st_size}

    before = fingerprint()
    served = Server(demo_archive, tmp_path / "tmp")
    try:
        for path in ("/", f"/{served.database}", f"/{served.database}/articles?_search=dang",
                     f"/{served.database}/search?q=dang", "/-/dashboards/archive"):
            assert served.get(path)[0] == 200, path
    finally:
        served.stop()
    assert fingerprint() == before


# ---- #10 item 14: Datasette finds what `vnnews search` finds ----

@pytest.mark.parametrize("text", QUERIES)
def test_table_search_finds_what_vnnews_search_finds(server, text):
    expected = vnnews_search_urls(server.db, text)
    assert expected, f"the demo archive should match {text!r}"
    rows = server.json(f"/{server.database}/articles.json?_shape=array&_size=max"
                       f"&_search={q(text)}")
    assert {r["url"] for r in rows} == expected


@pytest.mark.parametrize("text", QUERIES)
def test_canned_search_finds_what_vnnews_search_finds(server, text):
    expected = vnnews_search_urls(server.db, text)
    rows = server.json(f"/{server.database}/search.json?_shape=array&q={q(text)}")
    assert {r["url"] for r in rows} == expected


def test_canned_search_with_no_words_shows_the_form_not_an_error(server):
    status, _, body = server.get(f"/{server.database}/search?q=")
    assert status == 200 and b'name="q"' in body


# ---- the front end ----

def test_landing_page_says_what_the_archive_holds(server):
    status, _, body = server.get("/")
    html = body.decode()
    assert status == 200
    (articles, oldest, newest), = query(server.db, "SELECT count(*), min(published_at), "
                                                   "max(published_at) FROM articles")
    assert f"<strong>{articles}</strong> articles" in html
    assert oldest[:10] in html and newest[:10] in html
    for (site,) in query(server.db, "SELECT DISTINCT site FROM articles"):
        assert f"?site={site}" in html
    assert "How to cite a record" in html and "What each table holds" in html
    for internal in ("_sqlite_migrations", "/pages", "articles_fts"):
        assert internal not in html


def test_internal_tables_are_hidden(server):
    tables = {t["name"]: t["hidden"] for t in server.json(f"/{server.database}.json")["tables"]}
    hidden = {name for name, is_hidden in tables.items() if is_hidden}
    assert {"_sqlite_migrations", "pages", "articles_fts", "articles_fts_data",
            "search_index_deferred"} <= hidden
    assert not hidden & {"articles", "article_views", "related_articles", "article_authors",
                         "crawl_runs"}


def test_articles_have_facets_by_site_category_author_and_month(server):
    data = server.json(f"/{server.database}/articles.json?_size=0")
    facets = data["facet_results"]
    assert {"site", "category", "authors", "published_at"} <= set(facets)
    months = {f["value"]: f["count"] for f in facets["published_at"]["results"]}
    assert months == dict(query(server.db, "SELECT substr(published_at, 1, 7), count(*) FROM "
                                           "articles WHERE published_at IS NOT NULL GROUP BY 1"))
    month, count = next(iter(months.items()))
    rows = server.json(f"/{server.database}/articles.json?_shape=array&_size=max"
                       f"&published_at__startswith={month}")
    assert len(rows) == count


def test_an_article_links_to_its_views_related_stories_raw_page_and_citation(server):
    (url, title), = query(server.db, "SELECT url, title FROM articles WHERE url IN (SELECT "
                                     "article_url FROM related_articles) LIMIT 1")
    from datasette.utils import tilde_encode

    status, _, body = server.get(f"/{server.database}/articles/{tilde_encode(url)}")
    html = body.decode()
    assert status == 200 and "Cite as:" in html and url in html
    links = [f"/-/dashboards/article?url={q(url)}",
             f"/{server.database}/related_articles?article_url={q(url)}",
             f"/-/vnnews/page?url={q(url)}"]
    for link in links:
        assert f'href="{link}"' in html
        assert server.get(link)[0] == 200, link
    related = server.json(f"/{server.database}/related_articles.json?_shape=array"
                          f"&article_url={q(url)}")
    assert related and all(r["article_url"] == url for r in related)


def test_raw_page_is_the_archived_page_with_scripts_disabled(server):
    (url, body), = query(server.db, "SELECT url, body FROM pages ORDER BY fetched_at DESC "
                                    "LIMIT 1")
    status, headers, page = server.get(f"/-/vnnews/page?url={q(url)}")
    assert status == 200 and headers["content-type"].startswith("text/html")
    policy = headers["content-security-policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy
    status, headers, raw = server.get(f"/-/vnnews/page?url={q(url)}&download=1")
    assert status == 200 and raw == zlib.decompress(body)
    assert server.get(f"/-/vnnews/page?url={q('https://example.invalid/x')}")[0] == 404


def test_every_chart_query_returns_rows(server):
    from crawler.archive.browse import dashboards

    for slug, dashboard in dashboards(server.database).items():
        for name, chart in dashboard["charts"].items():
            sql = chart["query"].replace("[[ AND site = :site ]]", "").replace(
                "[[ AND a.site = :site ]]", "").replace("[[ AND r.site = :site ]]", "")
            (url,), = query(server.db, "SELECT article_url FROM article_views LIMIT 1")
            data = server.json(f"/{server.database}.json?_shape=objects&sql={q(sql)}"
                               f"&url={q(url)}")
            assert data["rows"], f"{slug}/{name} drew nothing"


# ---- untrusted article text ----

HOSTILE_TITLE = 'Tin <img src=x onerror="window.vnnewsXss=1"> Đảng bộ'
HOSTILE_BODY = ("Đại hội Đảng bộ </mark><script>window.vnnewsXss=2</script> "
                "<b>in đậm</b> & <mark>giả</mark> hết.")
HOSTILE_PAGE = (b"<html><head><title>trang</title></head><body><p id=t>Tin</p>"
                b"<script>document.title='script ran'</script></body></html>")


@pytest.fixture(scope="module")
def hostile_archive(tmp_path_factory) -> Path:
    from crawler.archive.storage import Archive
    from crawler.items import Article, Page

    db = tmp_path_factory.mktemp("hostile") / "hostile.db"
    article = Article(url="https://example.vn/tin-1.html", site="example", title=HOSTILE_TITLE,
                      body=HOSTILE_BODY, fetched_at="2026-01-01T00:00:00Z",
                      published_at="2026-01-01T07:00:00+07:00", views=5)
    with Archive(db) as archive:
        archive.store(article, Page(url=article.url, body=HOSTILE_PAGE,
                                    content_type="text/html; charset=utf-8"))
    return db


def test_highlights_are_marked_and_article_text_is_escaped(hostile_archive):
    from crawler.archive.browse import build_datasette

    datasette = build_datasette(hostile_archive)

    async def get(path: str) -> str:
        response = await datasette.client.get(path)
        assert response.status_code == 200, path
        return response.text

    html = asyncio.run(get("/hostile/search?q=dang+bo"))
    assert "<mark>Đảng</mark> <mark>bộ</mark>" in html
    assert "&lt;script&gt;window.vnnewsXss=2&lt;/script&gt;" in html
    assert "&lt;b&gt;in đậm&lt;/b&gt;" in html
    assert "<script>window.vnnewsXss" not in html and "<img src=x" not in html


# ---- in a real browser ----

@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("VNNEWS_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Chromium and chromedriver are not installed "
                    "(Debian: apt-get install chromium chromium-driver; .ci/run installs them)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")  # never let Selenium Manager look for downloads
        service = Service(executable_path=CHROMEDRIVER)
        driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    started = descendants(service.process.pid) | {service.process.pid}
    yield driver
    driver.quit()
    deadline = time.monotonic() + 10
    while still_alive(started) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not still_alive(started), "chromedriver or Chromium left running"


def wait_for(driver, script: str, timeout: float = 30):
    """The value of a JavaScript expression once it is truthy (scripts have run)."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return " + script))


def chart_marks(chart: str) -> str:
    """JS: how many data marks (bars, line points; not legend symbols) the Vega chart in
    ``#chart-<chart>`` drew as SVG."""
    return (f"document.querySelectorAll('#chart-{chart} svg .mark-rect.role-mark path, "
            f"#chart-{chart} svg .mark-symbol.role-mark path').length")


def test_browser_landing_page(server, browser, screenshots):
    browser.get(server.base + "/")
    links = browser.execute_script(
        "return [...document.querySelectorAll('a')].map(a => a.textContent.trim())")
    assert "articles" in links and "crawl_runs" in links
    assert not {"_sqlite_migrations", "pages", "articles_fts"} & set(links)
    browser.switch_to.frame(browser.find_element("css selector", "iframe.vnnews-chart"))
    # The embedded chart page names its chart after the dashboard.
    assert wait_for(browser, chart_marks("archive")) > 0
    browser.switch_to.default_content()
    browser.save_screenshot(str(screenshots / "landing.png"))


def test_browser_search_highlights_are_elements(server, browser, screenshots):
    browser.get(f"{server.base}/{server.database}/search?q={q('dang bo')}")
    marks = wait_for(browser, "[...document.querySelectorAll('td mark')]"
                              ".map(m => m.textContent)")
    assert {"Đảng", "bộ"} <= set(marks)
    cells = browser.execute_script(
        "return [...document.querySelectorAll('td')].map(td => td.textContent)")
    assert not any("<mark>" in cell for cell in cells)
    browser.save_screenshot(str(screenshots / "search.png"))


def test_browser_database_page_opens_on_articles(server, browser):
    browser.get(f"{server.base}/{server.database}")
    sql = wait_for(browser, "document.querySelector('.CodeMirror')?.CodeMirror.getValue()")
    assert sql == "select * from articles"
    headings = browser.execute_script(
        "return [...document.querySelectorAll('h3 a, h2 a')].map(a => a.textContent)")
    assert not {"_sqlite_migrations", "pages"} & set(headings)


def test_browser_dashboard_draws_every_chart(server, browser, screenshots):
    browser.get(server.base + "/-/dashboards/archive")
    bars = wait_for(browser, chart_marks("per-month"))
    (site_months,), = query(server.db, "SELECT count(DISTINCT site || substr(published_at, 1, 7))"
                                       " FROM articles WHERE published_at IS NOT NULL")
    assert bars == site_months
    assert wait_for(browser, chart_marks("authors")) > 0
    assert wait_for(browser, chart_marks("coverage")) > 0
    time.sleep(0.5)  # let the last chart's transition settle before the picture
    browser.save_screenshot(str(screenshots / "charts.png"))


def test_browser_view_history_chart(server, browser, screenshots):
    (url, snapshots), = query(server.db, "SELECT article_url, count(*) AS n FROM article_views "
                                         "GROUP BY article_url ORDER BY n DESC, article_url "
                                         "LIMIT 1")
    assert snapshots >= 2
    browser.get(f"{server.base}/-/dashboards/article?url={q(url)}")
    assert wait_for(browser, chart_marks("views")) == snapshots
    # The article's own page shows the same chart under its citation.
    from datasette.utils import tilde_encode

    browser.get(f"{server.base}/{server.database}/articles/{tilde_encode(url)}")
    browser.switch_to.frame(browser.find_element("css selector", "iframe.vnnews-views"))
    assert wait_for(browser, chart_marks("article")) == snapshots
    browser.switch_to.default_content()
    browser.save_screenshot(str(screenshots / "article.png"))


def test_browser_runs_no_script_from_article_text_or_raw_pages(hostile_archive, browser,
                                                               tmp_path):
    served = Server(hostile_archive, tmp_path / "tmp")
    try:
        browser.get(f"{served.base}/hostile/search?q={q('Đảng bộ')}")
        assert wait_for(browser, "document.querySelectorAll('td mark').length") >= 2
        assert browser.execute_script("return window.vnnewsXss") is None
        assert browser.execute_script("return document.querySelectorAll('td img, td b, "
                                      "td script').length") == 0
        browser.get(f"{served.base}/-/vnnews/page?url={q('https://example.vn/tin-1.html')}")
        assert wait_for(browser, "document.getElementById('t')?.textContent") == "Tin"
        assert browser.title == "trang"  # the page's own script did not run
    finally:
        served.stop()
