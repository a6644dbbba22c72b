"""Running crawls from Python (the CLI and the tests): settings, replay server, results."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, Sequence

from scrapy.core.downloader.handlers.http11 import TunnelError
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError,
                               DownloadConnectionRefusedError, DownloadFailedError,
                               DownloadTimeoutError, ResponseDataLossError)
from twisted.internet.error import ConnectError, ConnectionLost, DNSLookupError, TimeoutError
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived
from scrapy.settings import Settings

from crawler.crawling import extraction, monitor, writer

NETWORK_ERRORS = (CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError,
                  DownloadCancelledError, DownloadFailedError, ResponseDataLossError,
                  ConnectError, ConnectionLost,
                  DNSLookupError, TimeoutError, ResponseFailed, ResponseNeverReceived,
                  TunnelError, OSError)
from crawler.crawling.locks import SiteLocks
from crawler.crawling.replay import ReplayServer, load_saved_pages
from crawler.sites import Profile


@dataclass
class CrawlResult:
    site: str
    stats: dict[str, Any] = field(default_factory=dict)
    profile: Profile | None = None
    #: Not crawled: another process was crawling this site into the same archive.
    skipped: bool = False

    @property
    def stored(self) -> int:
        return int(self.stats.get("vnnews/stored", 0))

    @property
    def finish_reason(self) -> str:
        return str(self.stats.get("finish_reason", "unknown"))

    @property
    def problems(self) -> list[str]:
        """Why this crawl should make cron mail the operator (crawler.crawling.monitor); empty if none."""
        if self.skipped:
            return []
        return monitor.problems(self.stats, self.profile)

    @property
    def ok(self) -> bool:
        return not self.problems


class NetworkTracebackFilter(logging.Filter):
    """Keep the one-line message of a network failure, drop its traceback.

    A site that is down or unreachable is news for the operator, not a bug: Scrapy's robots.txt
    and retry middlewares log such failures with the full Twisted traceback, which buries the
    line that matters in a cron mail.  The failure is still counted by reason in the stats.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            exc = record.exc_info[1]
            if isinstance(exc, NETWORK_ERRORS):
                record.exc_info = None
                record.exc_text = None
        return True


class SettingError(ValueError):
    """A ``-s NAME=VALUE`` that Scrapy would choke on later, inside the engine."""


def check_setting(name: str, value: str) -> None:
    """Refuse an unknown setting name (a typo is otherwise silently ignored) or a value that
    cannot have the type of the setting's default (Scrapy would fail on it mid-crawl).
    Whole-number defaults accept any number: Scrapy reads some of them (DOWNLOAD_DELAY,
    DOWNLOAD_TIMEOUT) as floats.
    """
    from scrapy.settings import default_settings

    from crawler.crawling import settings as ours

    known = {**vars(default_settings), **vars(ours)}
    if not name.isupper() or name not in known:
        raise SettingError(f"-s {name}={value}: unknown setting {name!r} (not a Scrapy or "
                           f"vnnews setting)")
    default = known[name]
    getter = {bool: "getbool", int: "getfloat", float: "getfloat", dict: "getdict"}.get(
        type(default))
    if getter is None:
        return  # strings, lists (comma-separated), None: any text will do
    try:
        getattr(Settings({name: value}), getter)(name)
    except (TypeError, ValueError):
        kind = {"getbool": "True or False", "getfloat": "a number",
                "getdict": "a JSON object"}[getter]
        raise SettingError(f"-s {name}={value}: {name} takes {kind}, not {value!r}") from None


def crawl_settings(*, db_path: str, replay_url: str | None = None, log_level: str = "WARNING",
                   log_file: str | None = None, progress: bool = True,
                   overrides: dict[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.crawling.settings", priority="project")
    settings.set("VNNEWS_DB", db_path, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if log_file:
        settings.set("LOG_FILE", log_file, priority="cmdline")
    if not progress:
        settings.set("VNNEWS_PROGRESS_INTERVAL", 0, priority="cmdline")
    if replay_url:
        settings.set("VNNEWS_REPLAY_URL", replay_url, priority="cmdline")
        # Politeness protects real servers; the replay server is our own, on loopback.
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(profiles: Sequence[Profile], *, db_path: str, start_urls: Sequence[str] = (),
              replay: str | None = None,
              since: str | None = None, max_articles: int | None = None,
              refresh_days: int | None = None, refetch: bool = False,
              log_level: str = "WARNING",
              log_file: str | None = None, progress: bool = True,
              overrides: dict[str, Any] | None = None) -> list[CrawlResult]:
    """Crawl each profile (concurrently, in this process) and return one result per site.

    Twisted's reactor runs once per process: call this once, from a fresh process.
    """
    from crawler.crawling.spiders.generic import GenericSpider, host_name
    from crawler.crawling.spiders.news import NewsSpider

    with SiteLocks(db_path) as locks, ExitStack() as stack:
        replay_url = None
        if replay:
            server = stack.enter_context(ReplayServer(load_saved_pages(replay)))
            replay_url = server.url
        settings = crawl_settings(db_path=db_path, replay_url=replay_url, log_level=log_level,
                                  log_file=log_file, progress=progress, overrides=overrides)
        process = CrawlerProcess(settings)
        if settings.get("LOG_LEVEL") != "DEBUG":
            for name in ("robotstxt", "retry"):
                logging.getLogger(f"scrapy.downloadermiddlewares.{name}").addFilter(
                    NetworkTracebackFilter())
        crawlers, skipped = [], []
        by_host: dict[str, list[str]] = {}
        for url in start_urls:
            by_host.setdefault(host_name(url), []).append(url)
        spider_classes = [NewsSpider.for_profile(p) for p in profiles] + \
            [GenericSpider.for_start_urls(urls) for urls in by_host.values()]
        for spider_cls in spider_classes:
            # No Scrapy JOBDIR: what a stopped crawl leaves is in the archive (the frontier and
            # the listing cursors, crawler.crawling.state), so every crawl resumes the last one.
            profile = spider_cls.profile
            if not locks.acquire(profile.name):
                skipped.append(CrawlResult(site=profile.name, skipped=True,
                                           stats={"finish_reason": SKIPPED}))
                continue
            crawler = process.create_crawler(spider_cls)
            process.crawl(crawler, since=since, max_articles=max_articles,
                          refresh_days=refresh_days, refetch=refetch)
            crawlers.append((profile, crawler))
        if crawlers:
            process.start()
        # After a second Ctrl-C no spider was closed: commit what the writers' open groups
        # hold, stop the extraction workers (before the site locks are let go).
        writer.close_all()
        extraction.close_all()
    results = []
    for profile, crawler in crawlers:
        # A generic crawl has no selectors to drift: judge it without a profile.
        judged = profile if profile.fields.body or profile.fields.title else None
        stats = dict(crawler.stats.get_stats())
        if "finish_reason" not in stats:
            stats["finish_reason"] = INTERRUPTED
            record_interrupted_run(db_path, stats, judged)
        results.append(CrawlResult(site=profile.name, stats=stats, profile=judged))
    return results + skipped


INTERRUPTED = "interrupted"
SKIPPED = "skipped: another crawl of this site into this archive is running"


def record_interrupted_run(db_path: str, stats: dict[str, Any], profile: Profile | None) -> None:
    """Close the ``crawl_runs`` row of a crawl that never reached spider_closed.

    A second Ctrl-C (or SIGTERM) makes Scrapy stop the reactor at once: the engine never
    closes the spider, so the archive pipeline never records how the run ended, and the row
    would say "running" forever.
    """
    from crawler.archive.storage import Archive
    from crawler.crawling.pipelines import RUN_ID_STAT, run_record

    run_id = stats.get(RUN_ID_STAT)
    if run_id is None:
        return  # stopped before the pipeline opened: no row to close
    with Archive(db_path) as archive:
        archive.finish_run(run_id, INTERRUPTED, run_record(stats, profile))
