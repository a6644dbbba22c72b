"""NewsSpider: discovers article pages of one site from its listing pages, and fetches them.

It only discovers and fetches: the page goes to crawler.extract, the result to the pipelines.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, AsyncIterator, Iterator

from scrapy import Request, Spider
from scrapy.http import Response

from crawler.extract import extract_fields
from crawler.items import Page, captured_at
from crawler.normalize.article import utc_timestamp
from crawler.normalize.bounds import parse_date_bound
from crawler.normalize.dates import parse_published
from crawler.normalize.urls import strip_tracking
from crawler.sites import Profile


class NewsSpider(Spider):
    """Walks a profile's listing pages (with pagination) and yields one RawArticle per article.

    Arguments (``scrapy crawl SITE -a since=2024-01-01 -a max_articles=50``):
    ``since``: skip articles published before this date and stop paginating once a listing page
    shows only older items; ``max_articles``: fetch at most this many article pages.
    """

    name = "news"
    profile: Profile

    def __init__(self, *args: Any, since: str | datetime | None = None,
                 max_articles: int | str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.since = parse_since(since)
        self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        self.articles_requested = 0
        self.seen_articles: set[str] = set()

    @classmethod
    def for_profile(cls, profile: Profile) -> type["NewsSpider"]:
        """A NewsSpider subclass bound to ``profile`` and named after it."""
        return type(f"NewsSpider_{profile.name}", (cls,),
                    {"name": profile.name, "profile": profile,
                     "allowed_domains": list(profile.domains)})

    async def start(self) -> AsyncIterator[Request]:
        for url in self.profile.start_urls:
            yield Request(url, callback=self.parse_listing)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """Follow every article link on a listing page, then the next page unless a stop rule says no."""
        self.crawler.stats.inc_value("vnnews/listing_pages")
        for href in response.css("a::attr(href)").getall():
            url = strip_tracking(response.urljoin(href))
            if not self.profile.is_article_url(url) or url in self.seen_articles:
                continue
            if self.max_articles is not None and self.articles_requested >= self.max_articles:
                return
            self.seen_articles.add(url)
            self.articles_requested += 1
            yield Request(url, callback=self.parse_article)
        next_page = self.profile.next_page and response.css(self.profile.next_page).get()
        if next_page and not self.listing_is_older_than_since(response):
            yield response.follow(next_page, callback=self.parse_listing)

    def listing_is_older_than_since(self, response: Response) -> bool:
        """True when every dated item on this listing page predates ``since``."""
        if not self.since or not self.profile.listing_item_time:
            return False
        dates = [parse_published(t, now=self.since)
                 for t in response.css(self.profile.listing_item_time + " ::text").getall()]
        dates = [d for d in dates if d]
        return bool(dates) and all(d < self.since for d in dates)

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


def response_headers(response: Response) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1")
            for k, v in response.headers.items()}


def parse_since(value: str | datetime | None) -> datetime | None:
    """The ``since`` argument as an aware datetime (Vietnam time when no offset is given)."""
    if value is None or value == "" or isinstance(value, datetime):
        return value or None
    return parse_date_bound(value)
