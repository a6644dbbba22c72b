"""vnnews benchmark: extraction, dates, archive writes, end to end, Scrapy's ceiling, search.

    python benchmarks/bench.py [--pages N] [--json] [--only NAME,...]

Every figure is printed with a baseline beside it and the ratio between the two, all measured
in this run on this machine, on the same pages.  Sections (``--only``, comma separated):

    extract  extraction ms/page: profile path vs lxml parse, generic path vs trafilatura
    dates    parse_published µs/call vs the project's own dateparser fallback, same strings
    archive  Archive.store articles/s (WAL, FTS triggers) vs plain sqlite3 doing the same rows
    bench    Scrapy's own ceiling: `scrapy bench`'s spider and server, server on 127.0.0.1
    e2e      `vnnews crawl thaibinhtv --replay DIR` in a subprocess: articles/s, pages/min, RSS
             (settings as shipped; --e2e-like-bench adds a run at Scrapy's default concurrency)
    search   Archive.search on a 10,000-article archive (and `vnnews reparse` if it exists)

Pages are the fixture article pages (tests/fixtures/*/*/expected.json) cycled to N copies, each
copy given its own article URL and a unique comment so no cache can help.  Nothing here touches
the network: the only servers are on 127.0.0.1.  See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import logging
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SECTIONS = ("extract", "dates", "archive", "bench", "e2e", "search")
SEARCH_ARTICLES = 10_000
LISTING_ITEMS = 20  # article links per generated listing page
E2E_SITE = "thaibinhtv"

# The common printed shapes (the fixtures' own timestamps are added to these).
DATE_STRINGS = [
    "Thứ 5, 28.05.2020 | 10:10:03",
    "Thứ Hai, 09/12/2024 - 07:30",
    "Chủ nhật, ngày 08 tháng 12 năm 2024 16:02 (GMT +7)",
    "Cập nhật: 10:10 ngày 28/5/2020",
    "28/05/2020 10:10",
    "2020-05-28T10:10:03+07:00",
    "Thứ hai, 9/12/2024, 07:30 (GMT+7)",
    "Ngày đăng: 28/05/2020 lúc 10:10",
    "28/05/2020 - 10h10",
    "2 giờ trước",
]
DATES_NOW = datetime(2024, 12, 9, 8, 45, 12, tzinfo=timezone.utc)

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


# ---------------------------------------------------------------------------- results


@dataclasses.dataclass
class Row:
    """One figure, its baseline and the ratio between them."""

    section: str
    figure: str
    value: float | str | None
    unit: str = ""
    baseline: str = ""
    baseline_value: float | str | None = None
    ratio: float | None = None
    ratio_label: str = ""
    target: str = ""
    ok: bool | None = None
    note: str = ""


class Section:
    """What one section measured: rows for the table, details and notes for the reader."""

    def __init__(self, name: str):
        self.name = name
        self.rows: list[Row] = []
        self.details: dict[str, Any] = {}
        self.notes: list[str] = []
        self.error: str | None = None
        self.seconds = 0.0

    def row(self, figure: str, value: Any, unit: str = "", **kw: Any) -> Row:
        r = Row(self.name, figure, value, unit, **kw)
        self.rows.append(r)
        return r


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or not b:
        return None
    return a / b


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------- pages


@dataclasses.dataclass
class Case:
    site: str
    name: str
    url: str
    html: bytes
    meta: dict[str, Any]

    @property
    def content_type(self) -> str | None:
        return (self.meta.get("headers") or {}).get("Content-Type")


@dataclasses.dataclass
class BenchPage:
    case: Case
    url: str
    html: bytes


def load_cases() -> list[Case]:
    """Every fixture article page that has a golden file (any site, generic/ included)."""
    cases = []
    for expected in sorted(FIXTURES.glob("*/*/expected.json")):
        folder = expected.parent
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        cases.append(Case(folder.parent.name, folder.name, meta["url"],
                          (folder / "page.html").read_bytes(), meta))
    if not cases:
        raise SystemExit(f"no fixture article pages under {FIXTURES}")
    return cases


_ID_AT_END = re.compile(r"-(\d+)(\.html?)$")           # /<slug>-<id>.html
_ID_BEFORE_SLUG = re.compile(r"/(\d+)/([a-z0-9-]+/?)$")  # /news/<category>/<id>/<slug>
_BODY_TAG = re.compile(rb"<body[^>]*>", re.IGNORECASE)


def copy_url(url: str, i: int) -> str:
    """A distinct article URL for copy ``i`` that still matches the site's article pattern.

    >>> copy_url("https://thaibinhtv.vn/news/0/72421/bao-thai-binh-ky-niem", 3)
    'https://thaibinhtv.vn/news/0/10000003/bao-thai-binh-ky-niem'
    >>> copy_url("https://baobinhthuan.com.vn/thap-po-dam-124375.html", 3)
    'https://baobinhthuan.com.vn/thap-po-dam-10000003.html'
    """
    new_id = 10_000_000 + i
    if _ID_AT_END.search(url):
        return _ID_AT_END.sub(rf"-{new_id}\2", url)
    if _ID_BEFORE_SLUG.search(url):
        return _ID_BEFORE_SLUG.sub(rf"/{new_id}/\2", url)
    base = url.split("?")[0].split("#")[0]
    return f"{base.rstrip('/')}/copy-{new_id}.html"


def replicate(cases: list[Case], n: int) -> list[BenchPage]:
    """N pages cycling through the cases; each copy has its own URL and a unique comment.

    The page's own URL (canonical link, og:url, ...) is rewritten to the copy's URL, so the
    archive keeps one row per copy, and a comment with the copy number follows ``<body>`` so
    that no two copies have the same bytes.
    """
    from urllib.parse import urlsplit

    pages = []
    for i in range(n):
        case = cases[i % len(cases)]
        url = copy_url(case.url, i)
        old_path, new_path = urlsplit(case.url).path, urlsplit(url).path
        html = case.html.replace(old_path.encode(), new_path.encode())
        marker = f"\n<!-- vnnews bench copy {i} {hashlib.md5(str(i).encode()).hexdigest()} -->\n"
        match = _BODY_TAG.search(html)
        at = match.end() if match else 0
        html = html[:at] + marker.encode() + html[at:]
        pages.append(BenchPage(case, url, html))
    return pages


def profile_of(case: Case):
    from crawler.sites import all_profiles, profile_for_url

    return all_profiles().get(case.site) or profile_for_url(case.url)


def generic_profile(case: Case):
    """The case's profile with every site selector removed (only the generic layers run)."""
    from crawler.sites import FieldSelectors, Profile
    from crawler.extract import host_of

    profile = profile_of(case)
    if profile is not None:
        return dataclasses.replace(profile, fields=FieldSelectors())
    host = host_of(case.url)
    return Profile(name=host, domains=(host,), start_urls=(), article_url=r".",
                   fields=FieldSelectors())


def decode(case: Case, html: bytes) -> str:
    from w3lib.encoding import html_to_unicode

    return html_to_unicode(case.content_type, html)[1]


# ---------------------------------------------------------------------------- subprocesses


def vm_hwm_mb(pid: int) -> float | None:
    """The process's own peak RSS so far (VmHWM: per address space, reset at exec)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_measured(cmd: list[str], *, cwd: Path, timeout: float, env: dict | None = None,
                 stdout_path: Path, stderr_path: Path) -> dict[str, Any]:
    """Run ``cmd``; wall time and the child's own peak RSS.

    The peak is sampled from /proc/<pid>/status (VmHWM) while the child runs: the rusage of a
    child (os.wait4) keeps the high-water mark of the forking process across exec, so a child
    forked from this benchmark, which holds thousands of pages, would report our memory.
    """
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)
        deadline = start + timeout
        timed_out = False
        peak = 0.0
        while True:
            hwm = vm_hwm_mb(proc.pid)
            if hwm:
                peak = max(peak, hwm)
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "rc": proc.returncode, "timed_out": timed_out,
            "maxrss_mb": peak or usage.ru_maxrss / 1024,
            "cpu": usage.ru_utime + usage.ru_stime,
            "stdout": stdout_path.read_text(errors="replace"),
            "stderr": stderr_path.read_text(errors="replace")}


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("VNNEWS_DB", None)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return env


# ---------------------------------------------------------------------------- 1. extraction


def bench_extract(ctx: dict[str, Any], sec: Section) -> None:
    import lxml.html
    import trafilatura
    from crawler.extract import extract_article

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages: list[BenchPage] = ctx["pages"]
    n = len(pages)
    profiles = {c.name: profile_of(c) for c in ctx["cases"]}
    generics = {c.name: generic_profile(c) for c in ctx["cases"]}
    texts = [decode(p.case, p.html) for p in pages]  # trafilatura is given a str, as asked

    def profile_path(p: BenchPage):
        return extract_article(p.html, p.url, profile=profiles[p.case.name],
                               fetched_at=p.case.meta.get("fetched_at"),
                               content_type=p.case.content_type)

    def generic_path(p: BenchPage):
        return extract_article(p.html, p.url, profile=generics[p.case.name],
                               fetched_at=p.case.meta.get("fetched_at"),
                               content_type=p.case.content_type)

    # Warm up: imports, compiled regexes, dateparser's lazy import, trafilatura's set-up.
    for case in ctx["cases"]:
        bp = BenchPage(case, case.url, case.html)
        lxml.html.fromstring(case.html)
        profile_path(bp)
        generic_path(bp)
        trafilatura.extract(decode(case, case.html))

    names = ("lxml", "profile", "generic", "trafilatura")
    times: dict[str, list[float]] = {k: [] for k in names}
    ok = {k: 0 for k in names}
    clock = time.perf_counter
    log(f"extract: {n} pages x 4 methods, interleaved per page")
    for i, p in enumerate(pages):
        # Interleaved, so a noisy neighbour slows every method alike.
        t0 = clock()
        tree = lxml.html.fromstring(p.html)
        t1 = clock()
        art = profile_path(p)
        t2 = clock()
        gen = generic_path(p)
        t3 = clock()
        traf = trafilatura.extract(texts[i])
        t4 = clock()
        times["lxml"].append(t1 - t0)
        times["profile"].append(t2 - t1)
        times["generic"].append(t3 - t2)
        times["trafilatura"].append(t4 - t3)
        ok["lxml"] += tree is not None
        ok["profile"] += bool(art.title and art.body)
        ok["generic"] += bool(gen.title and gen.body)
        ok["trafilatura"] += bool(traf)

    def ms(key: str) -> float:
        return 1000 * sum(times[key]) / n

    lx, pr, ge, tr = ms("lxml"), ms("profile"), ms("generic"), ms("trafilatura")
    sec.details["ms_per_page"] = {
        k: {"mean": round(ms(k), 4),
            "p50": round(1000 * statistics.median(times[k]), 4),
            "p90": round(1000 * sorted(times[k])[int(0.9 * (n - 1))], 4)}
        for k in names}
    sec.details["pages_with_title_and_body"] = ok
    sec.details["pages"] = n
    sec.details["distinct_fixture_pages"] = len(ctx["cases"])
    kb = sum(len(p.html) for p in pages) / n / 1024
    sec.details["mean_page_kb"] = round(kb, 1)
    # Pages whose site has a profile: there the profile path runs the site's own selectors.
    own = [i for i, p in enumerate(pages) if profiles[p.case.name] is not None]
    sec.row("profile path: extract_article(profile=page's), all pages", pr, "ms/page",
            baseline="lxml.html.fromstring(bytes)", baseline_value=lx,
            ratio=ratio(pr, lx), ratio_label="profile/lxml", target="<= 2x",
            ok=ratio(pr, lx) <= 2,
            note=f"{n - len(own)} of {n} pages have no site profile (generic layers only)")
    if own and len(own) < n:
        pr_own = 1000 * sum(times["profile"][i] for i in own) / len(own)
        lx_own = 1000 * sum(times["lxml"][i] for i in own) / len(own)
        sites = sorted({pages[i].case.site for i in own})
        sec.row(f"profile path, only the {len(own)} pages of profiled sites", pr_own, "ms/page",
                baseline="lxml.html.fromstring, same pages", baseline_value=lx_own,
                ratio=ratio(pr_own, lx_own), ratio_label="profile/lxml", target="<= 2x",
                ok=ratio(pr_own, lx_own) <= 2, note="sites: " + ", ".join(sites))
        sec.details["profiled_pages"] = {"pages": len(own), "sites": sites,
                                         "profile_ms": round(pr_own, 4),
                                         "lxml_ms": round(lx_own, 4)}
    sec.row("generic path: extract_article, no site selectors", ge, "ms/page",
            baseline="trafilatura.extract(str)", baseline_value=tr,
            ratio=ratio(ge, tr), ratio_label="generic/trafilatura", target="<= 1.2x",
            ok=ratio(ge, tr) <= 1.2)
    sec.row("profile path vs generic path", pr, "ms/page",
            baseline="generic path", baseline_value=ge, ratio=ratio(pr, ge),
            ratio_label="profile/generic", note="info")
    sec.notes.append(
        f"{n} pages ({len(ctx['cases'])} fixture pages cycled, {kb:.1f} KB mean), methods "
        f"interleaved per page; p50 ms: lxml {sec.details['ms_per_page']['lxml']['p50']:.2f}, "
        f"profile {sec.details['ms_per_page']['profile']['p50']:.2f}, generic "
        f"{sec.details['ms_per_page']['generic']['p50']:.2f}, trafilatura "
        f"{sec.details['ms_per_page']['trafilatura']['p50']:.2f}; pages with title+body: "
        f"profile {ok['profile']}/{n}, generic {ok['generic']}/{n}, trafilatura non-empty "
        f"{ok['trafilatura']}/{n}")
    sec.notes.append("extract_article is given bytes (decoding included); trafilatura is given "
                     "the already-decoded str")
    ctx["extract_ms"] = pr


# ---------------------------------------------------------------------------- 2. dates


def date_strings(cases: list[Case]) -> list[str]:
    strings = list(DATE_STRINGS)
    for expected in sorted(FIXTURES.glob("*/*/expected.json")):
        raw = json.loads(expected.read_text(encoding="utf-8")).get("published_raw")
        if raw and raw not in strings:
            strings.append(raw)
    return strings


def dateparser_fallback() -> tuple[Callable[[str, datetime], Any], str]:
    """The project's own dateparser route if it has one, else dateparser.parse as specified."""
    from crawler.normalize import dates

    fallback = getattr(dates, "_parse_with_dateparser", None)
    now_in_vn = getattr(dates, "_now_in_vietnam", None)
    if fallback and now_in_vn:
        from crawler.normalize.text import clean_text

        def run(text: str, now: datetime):
            cleaned = clean_text(text)
            if not cleaned:
                return None
            try:
                return fallback(cleaned, now_in_vn(now))
            except Exception:
                return None

        return run, "crawler.normalize.dates._parse_with_dateparser (labels stripped)"

    import dateparser

    def run_plain(text: str, now: datetime):
        try:
            return dateparser.parse(text, languages=["vi"], settings={
                "DATE_ORDER": "DMY", "TIMEZONE": "Asia/Ho_Chi_Minh",
                "RETURN_AS_TIMEZONE_AWARE": True,
                "RELATIVE_BASE": now.astimezone(dates.VN_TZ).replace(tzinfo=None)})
        except Exception:
            return None

    return run_plain, "dateparser.parse(languages=['vi'], DMY, Asia/Ho_Chi_Minh, aware)"


def time_calls(fn: Callable[[str, datetime], Any], strings: list[str], *, min_seconds: float,
               min_rounds: int, vary_now: bool = False) -> float:
    """Mean seconds per call over whole rounds of ``strings``, at least ``min_seconds`` long."""
    calls = 0
    k = 0
    start = time.perf_counter()
    rounds = 0
    while rounds < min_rounds or time.perf_counter() - start < min_seconds:
        for s in strings:
            now = DATES_NOW + timedelta(seconds=k) if vary_now else DATES_NOW
            k += 1
            fn(s, now)
        calls += len(strings)
        rounds += 1
    return (time.perf_counter() - start) / calls


def bench_dates(ctx: dict[str, Any], sec: Section) -> None:
    from crawler.normalize.dates import parse_published

    strings = date_strings(ctx["cases"])
    fallback, fallback_name = dateparser_fallback()

    def fast(s: str, now: datetime):
        return parse_published(s, now=now)

    def iso(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    mismatches = []
    for s in strings:
        a, b = iso(fast(s, DATES_NOW)), iso(fallback(s, DATES_NOW))
        if a != b:
            mismatches.append({"text": s, "parse_published": a, "dateparser": b})
    log(f"dates: {len(strings)} strings")
    budget = ctx["budget"]
    fast_s = time_calls(fast, strings, min_seconds=1.0 * budget, min_rounds=20)
    slow_s = time_calls(fallback, strings, min_seconds=1.5 * budget, min_rounds=3)
    # In a crawl, `now` is each page's fetch time, so the fallback's cached DateDataParser
    # (lru_cache keyed on the clock) is rarely reused: measure that too.
    fast_v = time_calls(fast, strings, min_seconds=0.5 * budget, min_rounds=10, vary_now=True)
    slow_v = time_calls(fallback, strings, min_seconds=1.0 * budget, min_rounds=1, vary_now=True)
    speedup = ratio(slow_s, fast_s)
    same = not mismatches
    sec.row("parse_published (fixed now)", fast_s * 1e6, "µs/call",
            baseline="dateparser fallback, same strings", baseline_value=slow_s * 1e6,
            ratio=speedup, ratio_label="speed-up (dateparser/ours)", target=">= 50x",
            ok=speedup is not None and speedup >= 50)
    sec.row("results identical to dateparser", f"{len(strings) - len(mismatches)}/{len(strings)}",
            "same", baseline="mismatches", baseline_value=len(mismatches),
            target="identical", ok=same)
    sec.row("parse_published, new `now` per call", fast_v * 1e6, "µs/call",
            baseline="dateparser fallback, new `now` per call", baseline_value=slow_v * 1e6,
            ratio=ratio(slow_v, fast_v), ratio_label="speed-up (dateparser/ours)", note="info")
    sec.details.update({"strings": strings, "mismatches": mismatches, "fallback": fallback_name,
                        "now": DATES_NOW.isoformat()})
    sec.notes.append(f"baseline: {fallback_name}; now = {DATES_NOW.isoformat()}")
    for m in mismatches:
        sec.notes.append(f"mismatch: {m['text']!r}: parse_published={m['parse_published']} "
                         f"dateparser={m['dateparser']}")


# ---------------------------------------------------------------------------- 3. archive


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


# ---------------------------------------------------------------------------- 4a. scrapy bench

BENCH_SERVER = """
import sys
from scrapy.utils.benchserver import Root
from twisted.internet import reactor
from twisted.web.server import Site
port = reactor.listenTCP(0, Site(Root()), interface="127.0.0.1")
print(port.getHost().port, flush=True)
reactor.run()
"""

BENCH_CRAWL = """
import sys
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
try:
    from scrapy.commands.bench import Command, _BenchSpider
    defaults = dict(Command.default_settings)
except ImportError:  # private names moved: the same spider, inline
    import scrapy
    from scrapy.linkextractors import LinkExtractor
    from urllib.parse import urlencode
    defaults = {"LOG_LEVEL": "INFO", "LOGSTATS_INTERVAL": 1, "CLOSESPIDER_TIMEOUT": 10}
    class _BenchSpider(scrapy.Spider):
        name = "follow"; total = 10000; show = 20; link_extractor = LinkExtractor()
        async def start(self):
            url = f"{self.baseurl}?{urlencode({'total': self.total, 'show': self.show})}"
            yield scrapy.Request(url, dont_filter=True)
        def parse(self, response):
            for link in self.link_extractor.extract_links(response):
                yield scrapy.Request(link.url, callback=self.parse)

class Spider(_BenchSpider):
    baseurl = "http://127.0.0.1:" + sys.argv[1]

settings = Settings()
settings.setdict(defaults, priority="command")
settings.setdict({"CLOSESPIDER_TIMEOUT": int(sys.argv[2]), "LOG_LEVEL": "INFO"}, priority="cmdline")
process = CrawlerProcess(settings)
process.crawl(Spider, total=100000)
process.start()
"""

CRAWLED = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\)")


def bench_scrapy(ctx: dict[str, Any], sec: Section) -> None:
    tmp: Path = ctx["tmp"] / "scrapy-bench"
    tmp.mkdir(exist_ok=True)
    seconds = ctx["bench_seconds"]
    env = child_env()
    env.pop("PYTHONPATH", None)  # no project: Scrapy's defaults, as in a bare `scrapy bench`
    (tmp / "server.py").write_text(BENCH_SERVER)
    (tmp / "crawl.py").write_text(BENCH_CRAWL)
    server = subprocess.Popen([sys.executable, "-u", str(tmp / "server.py")], cwd=tmp, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              stdin=subprocess.DEVNULL)
    try:
        port = server.stdout.readline().decode().strip()
        if not port.isdigit():
            raise RuntimeError("the bench server did not start")
        log(f"bench: Scrapy's bench spider for {seconds} s against 127.0.0.1:{port}")
        res = run_measured([sys.executable, str(tmp / "crawl.py"), port, str(seconds)], cwd=tmp,
                           env=env, timeout=seconds + 120, stdout_path=tmp / "out.txt",
                           stderr_path=tmp / "err.txt")
    finally:
        server.kill()
        server.wait()
    rates = [(int(a), int(b)) for a, b in CRAWLED.findall(res["stderr"])]
    if not rates:
        raise RuntimeError("no 'Crawled N pages (at X pages/min)' lines; stderr tail:\n"
                           + res["stderr"][-1500:])
    best = max(r for _, r in rates)
    total = max(c for c, _ in rates)
    sec.row("scrapy bench: max pages/min", best, "pages/min", baseline="(Scrapy's ceiling)",
            note="scrapy bench spider, CLOSESPIDER_TIMEOUT=%d" % seconds)
    sec.row("scrapy bench: peak RSS", res["maxrss_mb"], "MB", note="crawler process only")
    sec.details.update({"max_pages_per_min": best, "pages_crawled": total,
                        "per_second_lines": len(rates), "wall_s": round(res["wall"], 2),
                        "peak_rss_mb": round(res["maxrss_mb"], 1), "rc": res["rc"],
                        "rates": [r for _, r in rates]})
    sec.notes.append(
        "`scrapy bench` itself binds its server to all interfaces (port 8998), so this runs the "
        "same thing with the server on 127.0.0.1: Scrapy's own _BenchSpider and "
        "scrapy.utils.benchserver.Root, Scrapy's default settings plus the bench command's "
        f"(LOGSTATS_INTERVAL=1, CLOSESPIDER_TIMEOUT={seconds}, LOG_LEVEL=INFO), server in its "
        "own process")
    ctx["bench_ppm"] = best
    ctx["bench_rss"] = res["maxrss_mb"]


# ---------------------------------------------------------------------------- 4b. end to end

LISTING_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Thời sự - trang {page} - Đài Phát thanh và Truyền hình Thái Bình</title>
<link rel="canonical" href="{url}">
</head><body><div class="wrapper"><div class="container"><div class="row">
<div class="col-md-8 col-main"><h1 class="cat-title">Thời sự</h1>
<div class="list-news">
{items}
</div>
<div class="pagination">{pagination}</div>
</div></div></div></div></body></html>
"""
LISTING_ITEM = (
    '<div class="item"><a class="thumb" href="{path}" title="{title}"><img class="lazy" '
    'src="/themes/tbtv/images/no-image.png" data-src="/uploads/thumb/{n}.jpg" alt="{title}"></a>'
    '<h3 class="title"><a href="{path}">{title}</a></h3><span class="time">15/06/2022 08:25'
    '</span><p class="sapo">{title} ...</p></div>')


def build_replay_dir(ctx: dict[str, Any], root: Path) -> dict[str, Any]:
    """meta.json + page.html per article copy, plus listing pages chained by next links."""
    from html import escape
    from urllib.parse import urlsplit

    from crawler.sites import get_profile

    profile = get_profile(E2E_SITE)
    # N copies of this site's own article pages (the generic/ fixtures belong to no profile).
    own = [c for c in ctx["cases"] if c.site == E2E_SITE and profile.is_article_url(c.url)]
    if not own:
        raise RuntimeError(f"no {E2E_SITE} article fixtures to replay")
    pages = [p for p in replicate(own, len(ctx["pages"])) if profile.is_article_url(p.url)]
    titles = {c.name: base_title(c) for c in ctx["cases"]}
    for i, p in enumerate(pages):
        folder = root / "articles" / f"{i:06d}"
        folder.mkdir(parents=True)
        (folder / "page.html").write_bytes(p.html)
        (folder / "meta.json").write_text(json.dumps(
            {**p.case.meta, "url": p.url, "kind": "article"}, ensure_ascii=False))
    start = profile.start_urls[0]
    count = (len(pages) + LISTING_ITEMS - 1) // LISTING_ITEMS
    start_path = urlsplit(start).path
    for k in range(1, count + 1):
        url = start if k == 1 else f"{start}?page={k}"
        chunk = pages[(k - 1) * LISTING_ITEMS:k * LISTING_ITEMS]
        # Whole URLs, not paths: the seed article lives on another host (thunghiem.thaibinhtv.vn).
        items = "\n".join(LISTING_ITEM.format(path=escape(p.url),
                                              title=escape(titles[p.case.name]), n=j)
                          for j, p in enumerate(chunk))
        nav = []
        if k > 1:
            prev = start_path if k == 2 else f"{start_path}?page={k - 1}"
            nav.append(f'<a class="prev" href="{prev}">Trang trước</a>')
        nav.append(f'<a class="active">{k}</a>')
        if k < count:
            nav.append(f'<a class="next" href="{start_path}?page={k + 1}">Trang sau</a>')
        folder = root / "listings" / f"{k:05d}"
        folder.mkdir(parents=True)
        (folder / "page.html").write_text(LISTING_HTML.format(
            page=k, url=escape(url), items=items, pagination="".join(nav)), encoding="utf-8")
        (folder / "meta.json").write_text(json.dumps({
            "url": url, "fetched_at": "2026-03-14T02:15:00Z", "kind": "listing",
            "headers": {"Content-Type": "text/html; charset=utf-8"}}))
    return {"articles": len(pages), "listings": count}


def base_title(case: Case) -> str:
    m = re.search(rb"<title>(.*?)</title>", case.html, re.S)
    return m.group(1).decode("utf-8", "replace").strip() if m else case.name


def listen_overflows() -> int | None:
    """The kernel's count of TCP listen-queue overflows (Linux, machine-wide), if readable."""
    try:
        lines = Path("/proc/net/netstat").read_text().splitlines()
    except OSError:
        return None
    for names, values in zip(lines[::2], lines[1::2]):
        if names.startswith("TcpExt:"):
            table = dict(zip(names.split()[1:], values.split()[1:]))
            return int(table["ListenOverflows"]) if "ListenOverflows" in table else None
    return None


def cli_supports_set() -> bool:
    try:
        from crawler.cli import crawl

        return any("-s" in p.opts or "--set" in p.opts for p in crawl.params)
    except Exception:
        return False


def crawl_once(ctx: dict[str, Any], replay: Path, workdir: Path, name: str,
               overrides: list[str], separate_server: bool = False) -> dict[str, Any]:
    """One `vnnews crawl --replay` in a fresh process into a fresh archive, measured.

    With ``separate_server`` the saved pages are served by `python -m crawler.crawling.replay` in a
    process of its own, as scrapy bench serves its pages, instead of a thread of the crawl.
    """
    db = workdir / f"{name}.db"
    cmd = [sys.executable, "-m", "crawler.cli", "crawl", E2E_SITE, "--db", str(db), "--quiet"]
    server = None
    if separate_server:
        server = subprocess.Popen([sys.executable, "-m", "crawler.crawling.replay", str(replay)],
                                  cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, text=True)
        url = server.stdout.readline().split()[-1]
        # what --replay sets: AutoThrottle and the delay protect real servers, not ours
        cmd += ["-s", f"VNNEWS_REPLAY_URL={url}", "-s", "AUTOTHROTTLE_ENABLED=False",
                "-s", "DOWNLOAD_DELAY=0"]
    else:
        cmd += ["--replay", str(replay)]
    for kv in overrides:
        cmd += ["-s", kv]
    timeout = max(600.0, len(ctx["pages"]) * 0.5)
    overflows_before = listen_overflows()
    try:
        res = run_measured(cmd, cwd=ROOT, env=child_env(), timeout=timeout,
                           stdout_path=workdir / f"{name}.out",
                           stderr_path=workdir / f"{name}.err")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    if res["timed_out"]:
        raise RuntimeError(f"crawl {name} did not finish in {timeout:.0f} s")
    overflows_after = listen_overflows()
    res["overflows"] = (overflows_after - overflows_before
                        if overflows_before is not None and overflows_after is not None else None)
    stats: dict[str, Any] = {}
    res["stored"] = 0
    res["crawl_s"] = None
    if db.exists():
        with sqlite3.connect(db) as conn:
            res["stored"] = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            run = conn.execute("SELECT started_at, finished_at, status, stats FROM crawl_runs "
                               "ORDER BY id DESC LIMIT 1").fetchone()
        if run:
            stats = json.loads(run[3] or "{}")
            stats["finish_reason"] = run[2]
            if run[0] and run[1]:
                res["crawl_s"] = (
                    datetime.fromisoformat(run[1].replace("Z", "+00:00"))
                    - datetime.fromisoformat(run[0].replace("Z", "+00:00"))).total_seconds()
    res["stats"] = {k: v for k, v in stats.items() if not k.startswith("vnnews/field/")}
    res["responses"] = int(stats.get("response_received_count", 0))
    res["pages_per_min"] = res["responses"] / res["wall"] * 60
    res["articles_per_s"] = res["stored"] / res["wall"]
    res["overrides"] = overrides
    return res


def describe_crawl(label: str, res: dict[str, Any], served: int) -> list[str]:
    notes = [f"{label}: {res['responses']} responses, {res['stored']}/{served} stored, "
             f"rc={res['rc']}, wall {res['wall']:.1f} s (crawl_runs: {res['crawl_s']} s), child "
             f"CPU {res['cpu']:.1f} s, peak RSS {res['maxrss_mb']:.0f} MB"]
    if res["crawl_s"]:
        notes.append(f"{label} without process start-up/shutdown (crawl_runs timestamps, 1 s "
                     f"resolution): {res['stored'] / res['crawl_s']:.1f} articles/s, "
                     f"{res['responses'] / res['crawl_s'] * 60:.0f} pages/min")
    if res["overflows"]:
        notes.append(f"{label}: {res['overflows']} TCP listen-queue overflows during the crawl "
                     f"(kernel ListenOverflows, machine-wide); each dropped connection attempt "
                     f"is retried after ~1 s, so wall time varies a lot from run to run")
    if res["stored"] != served or res["rc"] != 0:
        notes.append(f"WARNING ({label}): not every served article was stored, or exit status "
                     f"{res['rc']}; output tail: "
                     + (res["stderr"] + res["stdout"])[-800:].replace("\n", " | "))
    return notes


def bench_e2e(ctx: dict[str, Any], sec: Section) -> None:
    from scrapy.settings import default_settings as scrapy_defaults

    from crawler.crawling import settings as project_settings

    workdir: Path = ctx["tmp"] / "e2e"
    replay = workdir / "replay"
    replay.mkdir(parents=True)
    built = build_replay_dir(ctx, replay)
    served = built["articles"]
    has_set = cli_supports_set()
    per_domain = getattr(project_settings, "CONCURRENT_REQUESTS_PER_DOMAIN", None)
    total_conc = getattr(project_settings, "CONCURRENT_REQUESTS", None)
    shipped = (f"project settings: CONCURRENT_REQUESTS_PER_DOMAIN={per_domain}, "
               f"CONCURRENT_REQUESTS={total_conc}, AutoThrottle off and DOWNLOAD_DELAY=0 "
               f"(replay)")
    log(f"e2e: {served} articles + {built['listings']} listing pages via `vnnews crawl "
        f"--replay` (subprocess), {shipped}")
    first = crawl_once(ctx, replay, workdir, "shipped", [])
    runs = [("as shipped", shipped, first)]
    wanted = ctx["e2e_like_bench"] or ctx["e2e_set"]
    if wanted and has_set:
        second_set = list(ctx["e2e_set"])
        if ctx["e2e_like_bench"]:
            second_set[:0] = [
                f"CONCURRENT_REQUESTS_PER_DOMAIN={scrapy_defaults.CONCURRENT_REQUESTS_PER_DOMAIN}",
                f"CONCURRENT_REQUESTS={scrapy_defaults.CONCURRENT_REQUESTS}"]
        label = "Scrapy's default concurrency" if ctx["e2e_like_bench"] else "with -s overrides"
        log(f"e2e: again with -s {' -s '.join(second_set)}")
        second = crawl_once(ctx, replay, workdir, "second", second_set)
        runs.append((label, "-s " + " -s ".join(second_set), second))
        if ctx["e2e_like_bench"]:
            # scrapy bench's server runs in its own process; so does this one here
            log("e2e: again, with the replay server in a process of its own")
            third = crawl_once(ctx, replay, workdir, "third", second_set, separate_server=True)
            runs.append(("default concurrency, server in its own process",
                         "-s " + " -s ".join(second_set) + "; `python -m crawler.crawling.replay`",
                         third))
    elif wanted:
        sec.notes.append("second e2e run (--e2e-like-bench/--e2e-set) skipped: `vnnews crawl` "
                         "has no -s option")
    hint = None
    if not wanted and has_set:
        hint = ("for the same concurrency as scrapy bench (8 per domain), run with "
                "--e2e-like-bench (adds a second crawl)")

    bench_ppm = ctx.get("bench_ppm")
    for label, concurrency, res in runs:
        sec.row(f"crawl pages/min, {label}", res["pages_per_min"], "pages/min",
                baseline="scrapy bench max pages/min", baseline_value=bench_ppm,
                ratio=ratio(res["pages_per_min"], bench_ppm), ratio_label="e2e/scrapy bench",
                target=">= 1x", ok=None if bench_ppm is None else res["pages_per_min"] >= bench_ppm,
                note=concurrency)
    ceiling = None
    if ctx.get("extract_ms") and ctx.get("archive_rate"):
        ceiling = 1 / (ctx["extract_ms"] / 1000 + 1 / ctx["archive_rate"])
    for label, concurrency, res in runs:
        sec.row(f"crawl articles/s stored, {label}", res["articles_per_s"], "articles/s",
                baseline="in-process extract+store ceiling", baseline_value=ceiling,
                ratio=ratio(res["articles_per_s"], ceiling), ratio_label="e2e/ceiling",
                note="info")
    n10k = served >= SEARCH_ARTICLES
    sec.row("crawl peak RSS, as shipped", first["maxrss_mb"], "MB",
            baseline="scrapy bench peak RSS", baseline_value=ctx.get("bench_rss"),
            ratio=ratio(first["maxrss_mb"], ctx.get("bench_rss")), ratio_label="e2e/bench",
            target="< 300 MB at 10k", ok=(first["maxrss_mb"] < 300) if n10k else None,
            note="" if n10k else f"measured at {served} articles; the target is for 10,000 "
                                 f"(--pages 10000)")
    sec.details.update({
        "articles_served": served, "listing_pages": built["listings"],
        "cli_has_set_option": has_set,
        "runs": {label: {"concurrency": conc, **{k: (round(v, 3) if isinstance(v, float) else v)
                                                  for k, v in res.items()
                                                  if k not in ("stdout", "stderr")}}
                 for label, conc, res in runs}})
    sec.notes.append(f"served {served} article copies of the {E2E_SITE} fixtures + "
                     f"{built['listings']} generated listing pages ({LISTING_ITEMS} links each, "
                     f"chained by div.pagination a.next); concurrency as shipped: {shipped}; "
                     f"`vnnews crawl` {'has an' if has_set else 'has no'} -s option")
    for label, _, res in runs:
        sec.notes.extend(describe_crawl(label, res, served))
    if hint:
        sec.notes.append(hint)


# ---------------------------------------------------------------------------- 5. reparse, search


def cli_commands() -> set[str]:
    try:
        from crawler.cli import cli

        return set(cli.commands)
    except Exception:
        return set()


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


# ---------------------------------------------------------------------------- output


def versions() -> dict[str, str]:
    out = {"python": platform.python_version(), "platform": platform.platform(),
           "cpus": str(os.cpu_count())}
    for name in ("lxml", "scrapy", "trafilatura", "twisted", "parsel", "dateparser",
                 "sqlite_utils"):
        try:
            from importlib.metadata import version

            out[name] = version(name if name != "sqlite_utils" else "sqlite-utils")
        except Exception:
            out[name] = "not installed"
    try:
        from lxml import etree

        out["libxml2"] = ".".join(map(str, etree.LIBXML_VERSION))
    except Exception:
        pass
    out["sqlite"] = sqlite3.sqlite_version
    return out


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value >= 1000:
            return f"{value:,.0f}"
        if value >= 100:
            return f"{value:.1f}"
        if value >= 1:
            return f"{value:.2f}"
        return f"{value:.3f}"
    return str(value)


def table(sections: list[Section]) -> str:
    header = ("section", "figure", "value", "unit", "baseline", "baseline", "ratio", "target",
              "ok")
    lines = [header]
    for sec in sections:
        for r in sec.rows:
            ok = "-" if r.ok is None else ("PASS" if r.ok else "FAIL")
            rat = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
            if r.ratio_label and r.ratio is not None:
                rat += f" {r.ratio_label}"
            lines.append((r.section, r.figure, fmt(r.value), r.unit, r.baseline or "-",
                          fmt(r.baseline_value), rat, r.target or "-", ok))
        if sec.error:
            lines.append((sec.name, "ERROR", sec.error.splitlines()[0][:90], "", "", "", "", "",
                          "FAIL"))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    out = []
    for j, line in enumerate(lines):
        cells = [str(c).ljust(w) if i not in (2, 5) else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(line, widths))]
        out.append("  ".join(cells).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def print_human(info: dict[str, Any], sections: list[Section]) -> None:
    v = info["versions"]
    print(f"vnnews benchmark  {info['started']}  ({info['elapsed_s']:.0f} s)")
    print(f"Python {v['python']}  lxml {v['lxml']} (libxml2 {v.get('libxml2', '?')})  "
          f"scrapy {v['scrapy']}  trafilatura {v['trafilatura']}  twisted {v['twisted']}  "
          f"dateparser {v['dateparser']}  sqlite-utils {v['sqlite_utils']}  "
          f"SQLite {v['sqlite']}")
    print(f"{v['platform']}, {v['cpus']} CPUs; pages N={info['pages']}")
    print()
    print(table(sections))
    print()
    for sec in sections:
        lines = list(sec.notes)
        if sec.name == "search" and sec.details.get("queries"):
            for q in sec.details["queries"]:
                if "error" not in q:
                    lines.append(f"  {q['query']!r:26} {q['matching']:>6} match, "
                                 f"median {q['median_ms']:7.2f} ms, max {q['max_ms']:7.2f} ms, "
                                 f"rank-only {q['rank_only_ms']:6.2f} ms")
        if sec.error:
            lines.append("ERROR: " + sec.error)
        if lines:
            print(f"{sec.name} ({sec.seconds:.1f} s):")
            for line in lines:
                print(textwrap.indent(line if line.startswith("  ") else
                                      textwrap.fill(line, 100, subsequent_indent="    "), "  "))


# ---------------------------------------------------------------------------- main

RUNNERS: dict[str, Callable[[dict[str, Any], Section], None]] = {
    "extract": bench_extract,
    "dates": bench_dates,
    "archive": bench_archive,
    "bench": bench_scrapy,
    "e2e": bench_e2e,
    "search": bench_search,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000, metavar="N",
                        help="article pages (copies of the fixtures) for extract, archive and "
                             "e2e (default 2000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", default=",".join(SECTIONS), metavar="NAME,...",
                        help=f"sections to run, of {','.join(SECTIONS)}")
    parser.add_argument("--bench-seconds", type=int, default=10,
                        help="CLOSESPIDER_TIMEOUT of the scrapy bench run (default 10)")
    parser.add_argument("--budget", type=float, default=1.0,
                        help="scale the timing loops of dates and search (default 1.0)")
    parser.add_argument("--e2e-like-bench", action="store_true",
                        help="crawl a second time at Scrapy's default concurrency (as scrapy "
                             "bench runs), via `vnnews crawl -s`")
    parser.add_argument("--e2e-set", action="append", default=[], metavar="KEY=VALUE",
                        help="Scrapy setting for a second e2e run (repeatable), passed as "
                             "`vnnews crawl -s`")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directory (archives, replay dir, logs)")
    args = parser.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in only if s not in SECTIONS]
    if unknown or args.pages < 1:
        parser.error(f"unknown section(s) {unknown}; choose from {','.join(SECTIONS)}"
                     if unknown else "--pages must be at least 1")

    started = time.perf_counter()
    started_at = time.strftime("%Y-%m-%d %H:%M:%S")
    tmp = Path(tempfile.mkdtemp(prefix="vnnews-bench-"))
    cases = load_cases()
    ctx: dict[str, Any] = {"cases": cases, "pages": replicate(cases, args.pages), "tmp": tmp,
                           "budget": args.budget, "bench_seconds": args.bench_seconds,
                           "e2e_set": args.e2e_set, "e2e_like_bench": args.e2e_like_bench}
    sections = []
    try:
        for name in SECTIONS:  # fixed order: e2e compares with bench, search reuses archive
            if name not in only:
                continue
            sec = Section(name)
            t0 = time.perf_counter()
            try:
                RUNNERS[name](ctx, sec)
            except Exception as exc:  # one broken section must not hide the others
                import traceback

                sec.error = f"{type(exc).__name__}: {exc}"
                sec.details["traceback"] = traceback.format_exc()
                log(f"{name}: {sec.error}")
            sec.seconds = time.perf_counter() - t0
            sections.append(sec)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    info = {"started": started_at, "pages": args.pages,
            "elapsed_s": time.perf_counter() - started, "versions": versions(),
            "fixture_pages": [f"{c.site}/{c.name}" for c in cases]}
    if args.json:
        print(json.dumps({**info, "sections": {s.name: {
            "rows": [dataclasses.asdict(r) for r in s.rows], "details": s.details,
            "notes": s.notes, "error": s.error, "seconds": round(s.seconds, 2)}
            for s in sections}}, ensure_ascii=False, indent=2, default=str))
    else:
        print_human(info, sections)
    return 1 if any(s.error for s in sections) else 0


if __name__ == "__main__":
    sys.exit(main())
