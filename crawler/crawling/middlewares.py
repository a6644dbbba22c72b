"""Downloader middleware for polite retries: wait before retrying, and honour Retry-After.

Scrapy's RetryMiddleware retries at once; a small provincial server that answers 429 or 503
is asking for time.  This subclass waits before each retry: the server's ``Retry-After``
(seconds or an HTTP date) when it gives one, else an exponential backoff, and on 429/503 it
also slows the whole domain's download slot.  A Retry-After longer than
``VNNEWS_RETRY_AFTER_MAX`` is not waited for: the request is given up and counted.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor, task


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date.

    >>> retry_after_seconds(b"120")
    120.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT",
    ...                     now=datetime(2015, 10, 21, 7, 27, tzinfo=timezone.utc))
    60.0
    >>> retry_after_seconds("soon") is None
    True
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class PoliteRetryMiddleware(RetryMiddleware):
    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("VNNEWS_RETRY_BACKOFF", 2.0)
        self.retry_after_max = settings.getfloat("VNNEWS_RETRY_AFTER_MAX", 300.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "PoliteRetryMiddleware":
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    async def process_response(self, request: Request, response: Response
                               ) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        delay = self.backoff(request)
        if response.status in (429, 503):
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                if asked > self.retry_after_max:
                    self.crawler.stats.inc_value("vnnews/retry_after_too_long")
                    return response
                delay = max(delay, asked)
            self.slow_down_domain(request, delay)
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await self.sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception
                                ) -> Request | Response | None:
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self.sleep(self.backoff(request))
        return retry

    def backoff(self, request: Request) -> float:
        """2 s, 4 s, 8 s ... before the first, second, third retry."""
        return self.backoff_base * 2 ** request.meta.get("retry_times", 0)

    def slow_down_domain(self, request: Request, delay: float) -> None:
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            slot.delay = max(slot.delay, min(delay, self.retry_after_max))

    async def sleep(self, seconds: float) -> None:
        if seconds > 0:
            await maybe_deferred_to_future(task.deferLater(reactor, seconds, lambda: None))
