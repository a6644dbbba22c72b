"""Scrapy's log lines about items, one line each.

Scrapy logs a dropped item (WARNING) and an item that broke a pipeline (ERROR) with the
item's full repr, which for a vnnews item is the whole article and its raw page: 165-200 KB
on stderr for one `--since` crawl, mailed by cron.  A custom ``LOG_FORMATTER`` is Scrapy's own
way to change that: the URL and the reason are what an operator acts on.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.http import Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from twisted.python.failure import Failure


def item_url(item: Any) -> str:
    return str(getattr(item, "url", None) or "(an item without a URL)")


class OneLineLogFormatter(LogFormatter):
    """Dropped and failed items as one line: reason and URL, never the item's repr."""

    def dropped(self, item: Any, exception: BaseException, response: Response | Failure | None,
                spider: Spider) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)  # keeps the log level
        # DropItem messages are "reason: url" (crawler.crawling.pipelines.drop).
        return {**result, "msg": "Dropped %(exception)s", "args": {"exception": exception}}

    def item_error(self, item: Any, exception: BaseException,
                   response: Response | Failure | None, spider: Spider) -> LogFormatterResult:
        result = super().item_error(item, exception, response, spider)
        return {**result, "msg": "Error processing the item from %(url)s",
                "args": {"url": item_url(item)}}

    def scraped(self, item: Any, response: Response | Failure | None,
                spider: Spider) -> LogFormatterResult:
        result = super().scraped(item, response, spider)
        return {**result, "msg": "Scraped %(url)s", "args": {"url": item_url(item)}}
