"""GenericSpider: crawls a site that has no profile, from the start URLs an analyst gives.

It runs the same discovery chain as NewsSpider (robots.txt's sitemaps, ``/sitemap.xml``,
the feeds the home page declares), whose addresses are candidates to fetch, and it follows
same-host links from every page that is not an article.  Every fetched page is read and
archived when it is one (crawler.extract.classify tells them apart: headline + timestamp +
enough text of its own, not a column of headline links).  Pagination needs no selector:
"Trang 2", "Xem tiếp" and page-number links are same-host links like any other.  The site is
stored under its host.
"""

from __future__ import annotations

import re
from typing import Any, AsyncIterator, Iterator, Sequence
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Response, TextResponse

from crawler.discovery import LISTINGS
from crawler.discovery.listings import article_links, page_links
from crawler.discovery.patterns import is_collection
from crawler.normalize.urls import strip_tracking
from crawler.sites import Profile
from crawler.crawling.spiders.news import NewsSpider
from crawler.crawling.state import CrawlState

# Links that are never pages: files, feeds, and the like.
NOT_A_PAGE = re.compile(r"\.(jpe?g|png|gif|webp|svg|ico|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp[34]|"
                        r"avi|mov|wmv|flv|css|js|json|xml|rss|txt|gz)(\?|$)", re.IGNORECASE)


def host_name(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


class GenericSpider(NewsSpider):
    name = "generic"
    custom_settings = {"DEPTH_LIMIT": 4}  # a section front, its pages, their articles

    @classmethod
    def for_start_urls(cls, urls: Sequence[str]) -> type["GenericSpider"]:
        """A GenericSpider for one host, named after it (the archive's ``site``)."""
        host = host_name(urls[0])
        profile = Profile(name=host, domains=(host,), start_urls=tuple(urls),
                          article_url=r".", description=f"unlisted site {host}")
        return type(f"GenericSpider_{host}", (cls,),
                    {"name": host, "profile": profile, "allowed_domains": [host]})

    articles_found = 0

    async def start(self) -> AsyncIterator[Request]:
        self.open_extractor()
        self.known = self.load_known_articles()
        self.state = CrawlState.open(self.settings.get("VNNEWS_DB"), self.name)
        for request in self.frontier_requests():
            yield request
        for request in self.discovery_requests():
            yield request
        for url in self.profile.start_urls:
            self.seen_articles.add(strip_tracking(url))
            yield Request(url, callback=self.parse_page, errback=self.fetch_failed,
                          dont_filter=True)

    def listing_walks(self) -> list[str]:
        return []  # every page's links are followed: no listing walk to resume

    @property
    def reading_profile(self) -> Profile | None:
        return None  # the generic layers (or the profile whose domains cover the page's URL)

    def feed_requests(self) -> Iterator[Request]:
        if self.home_url in self.profile.start_urls:
            return  # parse_page reads its feed declarations
        # The home page for the feeds it declares, read like any page (usually a listing).
        self.seen_articles.add(self.home_url)
        yield Request(self.home_url, callback=self.parse_page, errback=self.discovery_failed,
                      meta={"source": "feeds", "home": True})

    def is_candidate(self, url: str) -> bool:
        """Any page of the host from a sitemap or a feed (articles are told apart when read)."""
        return url.startswith(("http://", "https://")) and host_name(url) == self.name \
            and not NOT_A_PAGE.search(url)

    @property
    def capped(self) -> bool:
        return self.max_articles is not None and \
            max(self.articles_found, self.articles_requested) >= self.max_articles

    def article_request(self, url: str, reason: str, source: str) -> Request:
        self.articles_requested += 1
        self.crawler.stats.inc_value(f"vnnews/requested/{reason}")
        return Request(url, callback=self.parse_page, errback=self.fetch_failed,
                       meta={"frontier_url": url, "source": source})

    async def parse_page(self, response: Response) -> AsyncIterator[Any]:
        if not isinstance(response, TextResponse):
            return  # an image or a PDF behind an innocent-looking link
        if response.meta.get("home") or response.url == self.home_url:
            for request in self.feeds_declared_on(response):
                yield request
        result = await self.read(response)
        if result.rejected:
            self.not_read(response, result.rejected)
            return
        if result.is_article:
            if self.max_articles is not None and self.articles_found >= self.max_articles:
                return
            self.articles_found += 1
            if "frontier_url" not in response.meta:
                self.crawler.stats.inc_value("vnnews/article_links")
                self.crawler.stats.inc_value("vnnews/requested/new")
            yield self.with_page(result, response)
            return
        if "frontier_url" in response.meta:
            self.state.done([response.meta["frontier_url"]])  # not an article after all
        self.crawler.stats.inc_value("vnnews/listing_pages")
        for request in self.follow_links(response):
            yield request

    def follow_links(self, response: Response) -> Iterator[Request]:
        """Same-host links not yet seen nor archived, until --max-articles articles are found:
        article links first (crawler.discovery.listings), then the other pages (sections,
        their pages), less tag, topic and author pages (they list the same articles again)."""
        stats = self.crawler.stats
        articles = set(article_links(response.selector, response.url))
        for link in page_links(response.selector, response.url):
            url = link.url
            if not self.is_candidate(url):
                continue
            if url in self.seen_articles:
                if self.offered_again(url):
                    stats.inc_value("vnnews/article_links")
                    self.count(LISTINGS, "found")
                continue
            self.seen_articles.add(url)
            if url in articles or url in self.known:  # archived: an article for sure
                stats.inc_value("vnnews/article_links")
                self.count(LISTINGS, "found")
            if url in self.known and self.fetch_reason(url) is None:
                stats.inc_value("vnnews/skipped/known")
                continue
            if url in self.state.frontier:
                continue  # requested from the frontier at the start, or given up
            if url not in articles and is_collection(url):
                stats.inc_value("vnnews/skipped/collection_page")
                continue
            if self.max_articles is not None and self.articles_found >= self.max_articles:
                return
            if url in articles:
                self.count(LISTINGS, "new")
            yield Request(url, callback=self.parse_page, errback=self.fetch_failed,
                          priority=1 if url in articles else 0)
