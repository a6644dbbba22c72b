"""Item pipelines: validate -> normalize -> since filter -> archive.

Thin, configured from settings (``from_crawler``); the archive connection belongs to the
archive pipeline from ``open_spider`` to the ``spider_closed`` signal (the first moment the
crawl's finish reason is known, for its ``crawl_runs`` row).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.archive.storage import Archive
from crawler.crawling import monitor, writer
from crawler.items import Article, RawArticle
from crawler.normalize.article import normalize_article


def drop(crawler: Crawler, reason: str, item: RawArticle | Article,
         log_level: str | None = None) -> DropItem:
    """Count the reason in the crawl stats and build the DropItem that carries it (logged as
    one line, "Dropped <reason>: <url>", by crawler.crawling.logformatter)."""
    crawler.stats.inc_value(f"vnnews/dropped/{reason}")
    return DropItem(f"{reason}: {item.url}", log_level=log_level)


class ValidatePipeline:
    """Drop an item without a headline or body text; missing date or views are fine (null)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ValidatePipeline":
        return cls(crawler)

    def process_item(self, item: RawArticle) -> RawArticle:
        if not (item.title or "").strip():
            raise drop(self.crawler, "missing_title", item)
        if not (item.body or "").strip():
            raise drop(self.crawler, "missing_body", item)
        return item


class NormalizePipeline:
    """RawArticle -> Article: dates, view counts, bylines (crawler.normalize)."""

    def process_item(self, item: RawArticle) -> Article:
        return normalize_article(item)


class SinceFilterPipeline:
    """Drop articles published before the crawl's ``since`` date (the spider's stop rule)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "SinceFilterPipeline":
        return cls(crawler)

    def process_item(self, item: Article) -> Article:
        since: datetime | None = getattr(self.crawler.spider, "since", None)
        if since and item.published_at and datetime.fromisoformat(item.published_at) < since:
            # Expected by the thousand on a --since crawl: counted, logged only at DEBUG.
            raise drop(self.crawler, "older_than_since", item, log_level="DEBUG")
        return item


class ArchivePipeline:
    """Upsert each article, with its related links, view snapshot and raw page, atomically.

    Through the crawl process's one writer of the archive (crawler.crawling.writer), which
    groups the articles of up to half a second in one transaction."""

    def __init__(self, crawler: Crawler, db_path: str):
        self.crawler = crawler
        self.db_path = db_path
        self.archive: Archive | None = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchivePipeline":
        pipeline = cls(crawler, crawler.settings.get("VNNEWS_DB"))
        # The run is closed on spider_closed, the first moment the finish reason is known.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.archive = writer.acquire(self.db_path)
        self.run_id = self.archive.start_run(self.crawler.spider.name)
        # For the runner, should a second Ctrl-C stop the engine before spider_closed.
        self.crawler.stats.set_value(RUN_ID_STAT, self.run_id)

    def process_item(self, item: Article) -> Article:
        assert self.archive is not None
        result = self.archive.store(item, item.page)
        self.crawler.stats.inc_value(f"vnnews/stored/{result.status}")
        self.crawler.stats.inc_value("vnnews/stored")
        for field, layer in item.provenance.items():
            self.crawler.stats.inc_value(f"vnnews/field/{field}/{layer}")
        item.page = None  # the bytes are archived; don't keep them in memory or logs
        return item

    def spider_closed(self, reason: str) -> None:
        if self.archive is None:
            return
        stats = {**self.crawler.stats.get_stats(), "finish_reason": reason}
        kept = run_record(stats, getattr(self.crawler.spider, "profile", None))
        self.archive.finish_run(self.run_id, reason, kept)
        writer.release(self.archive)  # commits: the run's row and the last articles
        self.archive = None


RUN_ID_STAT = "vnnews/run_id"  # the crawl_runs row of this crawl (not kept in its stats)


def run_record(stats: dict[str, Any], profile: Any = None) -> dict[str, Any]:
    """What ``crawl_runs.stats`` keeps of a crawl: its statistics, coverage and problems."""
    kept = run_stats(stats)
    kept["coverage"] = monitor.coverage(stats)
    kept["sources"] = monitor.discovery_sources(stats)
    kept["problems"] = monitor.problems(stats, profile)
    return kept


def run_stats(stats: dict[str, Any]) -> dict[str, Any]:
    """The crawl statistics worth keeping in ``crawl_runs.stats``."""
    kept = {}
    for key, value in stats.items():
        if key == RUN_ID_STAT:
            continue
        if key.startswith(("vnnews/", "downloader/response_status_count/", "item_",
                           "downloader/request_count", "downloader/exception_type_count/",
                           "response_received_count", "retry/", "robotstxt/", "log_count/ERROR",
                           "httperror/", "elapsed_time_seconds")):
            kept[key] = value
    return kept
