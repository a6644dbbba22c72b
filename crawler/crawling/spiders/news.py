"""NewsSpider: discovers article pages of one site from its listing pages, and fetches them.

It only discovers and fetches: the page goes to crawler.extract, the result to the pipelines.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, AsyncIterator, Iterator

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.extract import extract_fields
from crawler.items import Page, captured_at
from crawler.normalize.article import utc_timestamp
from crawler.normalize.bounds import parse_date_bound
from crawler.normalize.dates import parse_published
from crawler.normalize.urls import strip_tracking
from crawler.sites import Profile
from crawler.archive.storage import Archive


class NewsSpider(Spider):
    """Walks a profile's listing pages (with pagination) and yields one RawArticle per article.

    Incremental: article URLs already in the archive are not fetched again, except those
    published within ``refresh_days`` (for a new view-count snapshot), or all of them with
    ``refetch``.  Pagination stops at the first listing page that offers nothing to fetch
    (everything on it archived already, or older than ``since``).

    Arguments (``scrapy crawl SITE -a since=2024-01-01 -a max_articles=50``):
    ``since``: skip articles published before this date; ``max_articles``: fetch at most this
    many article pages; ``refresh_days``: re-fetch known articles published in the last N days;
    ``refetch``: re-fetch every known article that the listings show.
    """

    name = "news"
    profile: Profile

    def __init__(self, *args: Any, since: str | datetime | None = None,
                 max_articles: int | str | None = None, refresh_days: int | str | None = None,
                 refetch: bool | str = False, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.since = parse_since(since)
        self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        self.refresh_days = int(refresh_days) if refresh_days not in (None, "") else None
        self.refetch = str(refetch).lower() in ("1", "true", "yes")
        self.articles_requested = 0
        self.seen_articles: set[str] = set()
        self.known: dict[str, str | None] = {}

    @classmethod
    def for_profile(cls, profile: Profile) -> type["NewsSpider"]:
        """A NewsSpider subclass bound to ``profile`` and named after it."""
        return type(f"NewsSpider_{profile.name}", (cls,),
                    {"name": profile.name, "profile": profile,
                     "allowed_domains": list(profile.domains)})

    async def start(self) -> AsyncIterator[Request]:
        self.known = self.load_known_articles()
        for url in self.profile.start_urls:
            # Listings change between crawls: never let a resumed job's dupefilter skip them.
            yield Request(url, callback=self.parse_listing, errback=self.fetch_failed,
                          dont_filter=True)

    def load_known_articles(self) -> dict[str, str | None]:
        db_path = self.settings.get("VNNEWS_DB")
        if self.refetch or not db_path or not Path(db_path).exists():
            return {}
        with Archive(db_path) as archive:
            return archive.known_articles(self.name)

    # ---- discovery ----

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """Follow the article links worth fetching, then the next page unless a stop rule says no."""
        stats = self.crawler.stats
        stats.inc_value("vnnews/listing_pages")
        offered = 0
        for url in self.article_links(response):
            if url in self.seen_articles:
                continue
            self.seen_articles.add(url)
            stats.inc_value("vnnews/article_links")
            reason = self.fetch_reason(url)
            if reason is None:
                stats.inc_value("vnnews/skipped/known")
                continue
            offered += 1
            if self.max_articles is not None and self.articles_requested >= self.max_articles:
                return
            self.articles_requested += 1
            stats.inc_value(f"vnnews/requested/{reason}")
            yield Request(url, callback=self.parse_article, errback=self.fetch_failed)
        next_page = self.profile.next_page and response.css(self.profile.next_page).get()
        if not next_page:
            return
        if offered == 0:
            stats.inc_value("vnnews/stopped/listing_all_known")
        elif self.listing_is_older_than_since(response):
            stats.inc_value("vnnews/stopped/listing_older_than_since")
        else:
            yield response.follow(next_page, callback=self.parse_listing,
                                  errback=self.fetch_failed, dont_filter=True)

    def article_links(self, response: Response) -> Iterator[str]:
        """Article URLs on a listing page, tracking parameters and fragments removed."""
        for href in response.css(self.profile.listing_links or "a::attr(href)").getall():
            url = strip_tracking(response.urljoin(href))
            if self.profile.is_article_url(url):
                yield url

    def fetch_reason(self, url: str) -> str | None:
        """"new", "refresh" (known, but recent enough for a new view snapshot) or None (skip)."""
        if url not in self.known:
            return "new"
        if self.refresh_days is None:
            return None
        published = self.known[url]
        if published is None:
            return None
        cutoff = datetime.now(timezone.utc) - timedelta(days=self.refresh_days)
        return "refresh" if datetime.fromisoformat(published) >= cutoff else None

    def listing_is_older_than_since(self, response: Response) -> bool:
        """True when every dated item on this listing page predates ``since``."""
        if not self.since or not self.profile.listing_item_time:
            return False
        dates = [parse_published(t)
                 for t in response.css(self.profile.listing_item_time + " ::text").getall()]
        dates = [d for d in dates if d]
        return bool(dates) and all(d < self.since for d in dates)

    def fetch_failed(self, failure: Failure) -> None:
        """Count a page that could not be fetched, by reason (after the retries gave up)."""
        reason = failure_reason(failure)
        self.crawler.stats.inc_value(f"vnnews/failed/{reason}")
        request = failure.request
        # Counted by reason in the summary; the log line is for --log-file and --log-level INFO.
        self.logger.info("could not fetch %s: %s",
                            request.meta.get("replay_original_url", request.url), reason)

    # ---- articles ----

    def parse_article(self, response: Response) -> Any:
        fetched_at = utc_timestamp(datetime.now().astimezone())
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        raw = extract_fields(response.body, response.url, profile=self.profile,
                             site=self.profile.name, fetched_at=fetched_at,
                             content_type=content_type)
        headers = response_headers(response)
        # A replayed page carries the time it was saved: its "2 giờ trước" means then, not now.
        raw.relative_base = captured_at(headers)
        raw.page = Page(url=response.url, body=response.body, status=response.status,
                        content_type=content_type, headers=headers)
        yield raw


def failure_reason(failure: Failure) -> str:
    """A short name for why a request failed: ``http_503``, ``timeouterror``, ..."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    if failure.check(IgnoreRequest) and "redirect" in str(failure.value).lower():
        return "redirect_loop"
    return type(failure.value).__name__.lower()


def response_headers(response: Response) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1")
            for k, v in response.headers.items()}


def parse_since(value: str | datetime | None) -> datetime | None:
    """The ``since`` argument as an aware datetime (Vietnam time when no offset is given)."""
    if value is None or value == "" or isinstance(value, datetime):
        return value or None
    return parse_date_bound(value)
