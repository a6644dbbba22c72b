"""The crawl end to end (`vnnews crawl --replay` in a fresh process) against Scrapy's own
ceiling (`scrapy bench`'s spider and server), measured alike: the best second against the
best second, the average against the average, both from Scrapy's once-a-second LogStats
lines."""

from __future__ import annotations

import json
import re
import sqlite3
import statistics
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from measure.common import (ROOT, Case, Section, child_env, log, ratio, replicate,
                            run_measured)

LISTING_ITEMS = 20  # article links per generated listing page
E2E_SITE = "thaibinhtv"
RSS_TARGET_MB = 150  # for a crawl of 10,000 articles, extraction workers included
RSS_TARGET_ARTICLES = 10_000

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


def logstats_rates(text: str) -> dict[str, Any] | None:
    """Peak and average pages/min from Scrapy's LogStats lines (LOGSTATS_INTERVAL=1).

    The same rule for scrapy bench and for the crawl: the peak is the best second, the
    average is the mean over every line (each line is one second's pages x 60), from the
    spider's opening to its last full second.
    """
    lines = [(int(a), int(b)) for a, b in CRAWLED.findall(text)]
    if not lines:
        return None
    rates = [r for _, r in lines]
    return {"peak": max(rates), "average": statistics.mean(rates), "seconds": len(rates),
            "pages": max(c for c, _ in lines), "rates": rates}


# ---------------------------------------------------------------------------- scrapy bench


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
    rates = logstats_rates(res["stderr"])
    if not rates:
        raise RuntimeError("no 'Crawled N pages (at X pages/min)' lines; stderr tail:\n"
                           + res["stderr"][-1500:])
    note = f"scrapy bench spider, CLOSESPIDER_TIMEOUT={seconds}"
    sec.row("scrapy bench: peak pages/min (best second)", rates["peak"], "pages/min",
            baseline="(Scrapy's ceiling)", note=note)
    sec.row("scrapy bench: average pages/min", rates["average"], "pages/min",
            baseline="(Scrapy's ceiling)", note=f"mean of {rates['seconds']} seconds")
    sec.row("scrapy bench: peak RSS", res["maxrss_mb"], "MB", note="crawler process only")
    sec.details.update({"peak_pages_per_min": rates["peak"],
                        "average_pages_per_min": round(rates["average"], 1),
                        "pages_crawled": rates["pages"], "per_second_lines": rates["seconds"],
                        "wall_s": round(res["wall"], 2), "peak_rss_mb": round(res["maxrss_mb"], 1),
                        "rc": res["rc"], "rates": rates["rates"]})
    sec.notes.append(
        "`scrapy bench` itself binds its server to all interfaces (port 8998), so this runs the "
        "same thing with the server on 127.0.0.1: Scrapy's own _BenchSpider and "
        "scrapy.utils.benchserver.Root, Scrapy's default settings plus the bench command's "
        f"(LOGSTATS_INTERVAL=1, CLOSESPIDER_TIMEOUT={seconds}, LOG_LEVEL=INFO), server in its "
        "own process")
    ctx["bench_peak"] = rates["peak"]
    ctx["bench_average"] = rates["average"]
    ctx["bench_rss"] = res["maxrss_mb"]


# ---------------------------------------------------------------------------- end to end

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


def crawl_once(ctx: dict[str, Any], replay: Path, workdir: Path, name: str,
               overrides: list[str], separate_server: bool = False) -> dict[str, Any]:
    """One `vnnews crawl --replay` in a fresh process into a fresh archive, measured.

    Its log (INFO, to a file: the terminal stays as quiet as a cron crawl's) carries
    Scrapy's LogStats line every second, read as scrapy bench's are.  With
    ``separate_server`` the saved pages are served by `python -m crawler.crawling.replay` in a
    process of its own, as scrapy bench serves its pages, instead of a thread of the crawl.
    """
    db = workdir / f"{name}.db"
    logfile = workdir / f"{name}.log"
    cmd = [sys.executable, "-m", "crawler.cli", "crawl", E2E_SITE, "--db", str(db), "--quiet",
           "--log-level", "INFO", "--log-file", str(logfile), "-s", "LOGSTATS_INTERVAL=1"]
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
    res["logstats"] = logstats_rates(logfile.read_text(errors="replace")
                                     if logfile.exists() else "")
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
             f"CPU {res['cpu']:.1f} s (workers included), peak RSS {res['maxrss_mb']:.0f} MB "
             f"+ its children (the extraction workers) {res['workers_mb']:.0f} MB"]
    if res["logstats"]:
        notes.append(f"{label}: LogStats over {res['logstats']['seconds']} s: peak "
                     f"{res['logstats']['peak']} pages/min, average "
                     f"{res['logstats']['average']:.0f}")
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
    per_domain = getattr(project_settings, "CONCURRENT_REQUESTS_PER_DOMAIN", None)
    total_conc = getattr(project_settings, "CONCURRENT_REQUESTS", None)
    shipped = (f"project settings: CONCURRENT_REQUESTS_PER_DOMAIN={per_domain}, "
               f"CONCURRENT_REQUESTS={total_conc}, AutoThrottle off and DOWNLOAD_DELAY=0 "
               f"(replay)")
    log(f"e2e: {served} articles + {built['listings']} listing pages via `vnnews crawl "
        f"--replay` (subprocess), {shipped}")
    first = crawl_once(ctx, replay, workdir, "shipped", [])
    # scrapy bench's server runs in a process of its own; for the memory target (the crawl's,
    # not the test server's) and a like-with-like speed, so does this one
    log("e2e: again as shipped, with the replay server in a process of its own")
    own = crawl_once(ctx, replay, workdir, "own-server", [], separate_server=True)
    runs = [("as shipped", shipped, first),
            ("as shipped, server in its own process",
             shipped + "; `python -m crawler.crawling.replay`", own)]
    wanted = ctx["e2e_like_bench"] or ctx["e2e_set"]
    if wanted:
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
            log("e2e: again, with the replay server in a process of its own")
            third = crawl_once(ctx, replay, workdir, "third", second_set, separate_server=True)
            runs.append(("default concurrency, server in its own process",
                         "-s " + " -s ".join(second_set) + "; `python -m crawler.crawling.replay`",
                         third))
    hint = None if wanted else ("for the same concurrency as scrapy bench (8 per domain), run "
                                "with --e2e-like-bench (adds two crawls)")

    peak, average = ctx.get("bench_peak"), ctx.get("bench_average")
    for label, concurrency, res in runs:
        stats = res["logstats"] or {}
        sec.row(f"crawl peak pages/min (best second), {label}", stats.get("peak"), "pages/min",
                baseline="scrapy bench peak (best second)", baseline_value=peak,
                ratio=ratio(stats.get("peak"), peak), ratio_label="crawl/bench",
                target=">= 1x", ok=None if not peak or not stats else stats["peak"] >= peak,
                note=concurrency)
        sec.row(f"crawl average pages/min, {label}", stats.get("average"), "pages/min",
                baseline="scrapy bench average", baseline_value=average,
                ratio=ratio(stats.get("average"), average), ratio_label="crawl/bench",
                target=">= 1x",
                ok=None if not average or not stats else stats["average"] >= average,
                note=f"mean of {stats.get('seconds')} seconds (LogStats)")
        sec.row(f"crawl pages/min over the wall time, {label}", res["pages_per_min"],
                "pages/min", baseline="scrapy bench average", baseline_value=average,
                ratio=ratio(res["pages_per_min"], average), ratio_label="crawl/bench",
                note="info: process start-up, replay loading and shutdown included")
    ceiling = None
    if ctx.get("extract_ms") and ctx.get("archive_rate"):
        ceiling = 1 / (ctx["extract_ms"] / 1000 + 1 / ctx["archive_rate"])
    for label, concurrency, res in runs:
        sec.row(f"crawl articles/s stored, {label}", res["articles_per_s"], "articles/s",
                baseline="in-process extract+store on one core", baseline_value=ceiling,
                ratio=ratio(res["articles_per_s"], ceiling), ratio_label="e2e/one core",
                note="info")
    big = served >= RSS_TARGET_ARTICLES
    at = "" if big else f"; measured at {served} articles, the target is for 10,000 (--pages 10000)"
    total = own["maxrss_mb"] + own["workers_mb"]
    sec.row("crawl peak RSS, as shipped: crawl process + its children", total, "MB",
            baseline="scrapy bench peak RSS", baseline_value=ctx.get("bench_rss"),
            ratio=ratio(total, ctx.get("bench_rss")), ratio_label="crawl/bench",
            target=f"< {RSS_TARGET_MB} MB at 10k", ok=(total < RSS_TARGET_MB) if big else None,
            note=(f"the replay server in its own process, as scrapy bench's; children: the "
                  f"extraction worker, {own['workers_mb']:.0f} MB") + at)
    sec.row("crawl peak RSS, as shipped: the crawl process alone", own["maxrss_mb"], "MB",
            baseline="scrapy bench peak RSS", baseline_value=ctx.get("bench_rss"),
            ratio=ratio(own["maxrss_mb"], ctx.get("bench_rss")), ratio_label="crawl/bench",
            note="info: Scrapy, the pipelines, the archive's writer")
    with_server = first["maxrss_mb"] + first["workers_mb"]
    sec.row("crawl peak RSS, --replay: crawl process (replay server inside) + children",
            with_server, "MB", baseline="scrapy bench peak RSS",
            baseline_value=ctx.get("bench_rss"), ratio=ratio(with_server, ctx.get("bench_rss")),
            ratio_label="crawl/bench",
            note=(f"info: the test server's index and threads counted too; crawl process "
                  f"{first['maxrss_mb']:.0f} MB, children {first['workers_mb']:.0f} MB"))
    sec.details.update({
        "articles_served": served, "listing_pages": built["listings"],
        "runs": {label: {"concurrency": conc, **{k: (round(v, 3) if isinstance(v, float) else v)
                                                  for k, v in res.items()
                                                  if k not in ("stdout", "stderr")}}
                 for label, conc, res in runs}})
    sec.notes.append(f"served {served} article copies of the {E2E_SITE} fixtures + "
                     f"{built['listings']} generated listing pages ({LISTING_ITEMS} links each, "
                     f"chained by div.pagination a.next); concurrency as shipped: {shipped}")
    for label, _, res in runs:
        sec.notes.extend(describe_crawl(label, res, served))
    if hint:
        sec.notes.append(hint)
