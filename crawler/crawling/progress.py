"""A one-line progress report on stderr while a crawl runs (Scrapy's LogStats is per minute
and goes to the log; an analyst at a terminal wants to see the crawl move)."""

from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.report import count, error_count


def progress_line(name: str, stats: dict, elapsed: float) -> str:
    """``[thaibinhtv] 12 pages, 8 stored, 1 dropped, 0 errors, 40 pages/min``"""
    pages = stats.get("response_received_count", 0)
    errors = error_count(stats)
    rate = pages / elapsed * 60 if elapsed > 0 else 0.0
    return (f"[{name}] {pages} pages, {stats.get('vnnews/stored', 0)} stored, "
            f"{count(stats, 'vnnews/dropped/')} dropped, {errors} errors, {rate:.0f} pages/min")


class ProgressReporter:
    def __init__(self, crawler: Crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ProgressReporter":
        interval = crawler.settings.getfloat("VNNEWS_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        reporter = cls(crawler, interval)
        crawler.signals.connect(reporter.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(reporter.spider_closed, signal=signals.spider_closed)
        return reporter

    def spider_opened(self) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def report(self) -> None:
        print(progress_line(self.crawler.spider.name, self.crawler.stats.get_stats(),
                            time.monotonic() - self.started), file=sys.stderr, flush=True)

    def spider_closed(self) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
