"""``vnnews add-site``, the fetching part: a SurveySpider reads a site's robots.txt, sitemaps,
feeds and home page through the Scrapy engine (robots.txt obeyed, throttled, retried, replayable),
then fetches a few pages of each kind of address it found (crawler.discovery.survey decides
which), and reads each one (article or listing).  At most ``max_pages`` requests in all.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Iterator
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.discovery.feeds import declared_feeds, linked_feeds, parse_feed
from crawler.discovery.listings import page_links
from crawler.discovery.sitemaps import (default_sitemap_url, parse_sitemap, robots_url,
                                        sitemaps_in_robots)
from crawler.discovery.survey import Findings, sample_plan
from crawler.extract import PageTooLarge, read_page
from crawler.crawling.replay import ReplayServer, load_saved_pages
from crawler.crawling.runner import NetworkTracebackFilter, crawl_settings

MAX_SITEMAPS = 8  # robots.txt's, and the newest children of an index
NEWEST_CHILDREN = 3
MAX_FEEDS = 6
MAX_FEED_INDEXES = 2


@dataclass
class Sample:
    """A page fetched to be read: its bytes, for the sample extraction."""

    url: str
    body: bytes
    content_type: str | None
    kind: str


@dataclass
class Survey:
    findings: Findings
    samples: dict[str, Sample] = field(default_factory=dict)
    requests: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # URL -> reason


class SurveySpider(Spider):
    """Reads one site's discovery sources, then samples its pages; yields no items."""

    name = "survey"

    def __init__(self, home: str, max_pages: int = 40, survey: Survey | None = None,
                 **kwargs: Any):
        super().__init__(**kwargs)
        self.home = home
        self.max_pages = max_pages
        self.survey = survey or Survey(Findings(home=home))
        self.allowed_domains = [self.survey.findings.host]
        self.sampled = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> "SurveySpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        return spider

    @property
    def findings(self) -> Findings:
        return self.survey.findings

    def budget(self) -> bool:
        """Count one more request, if the survey may still make one."""
        if self.survey.requests >= self.max_pages:
            return False
        self.survey.requests += 1
        return True

    def request(self, url: str, callback: Any, **meta: Any) -> Request | None:
        if not self.budget():
            return None
        return Request(url, callback=callback, errback=self.failed, meta=meta,
                       dont_filter=True)

    async def start(self) -> AsyncIterator[Request]:
        for request in (self.request(robots_url(self.home), self.parse_robots),
                        self.request(self.home, self.parse_home)):
            if request:
                yield request

    def failed(self, failure: Failure) -> Iterator[Request]:
        request = failure.request
        url = request.meta.get("replay_original_url", request.url)
        self.survey.failed[url] = type(failure.value).__name__
        if request.callback == self.parse_sitemap:
            self.findings.sitemaps[url] = ("failed", [], request.meta["root"])
        if request.callback == self.parse_robots:
            yield from self.sitemap_requests([default_sitemap_url(self.home)])

    # ---- discovery sources ----

    def parse_robots(self, response: Response) -> Iterator[Request]:
        found = sitemaps_in_robots(response.body, response.url)
        self.findings.robots_sitemaps = found
        yield from self.sitemap_requests(found or [default_sitemap_url(self.home)])

    def sitemap_requests(self, urls: list[str], root: str | None = None) -> Iterator[Request]:
        for url in urls:
            if url in self.findings.sitemaps or len(self.findings.sitemaps) >= MAX_SITEMAPS:
                continue
            self.findings.sitemaps[url] = ("pending", [], root or url)
            request = self.request(url, self.parse_sitemap, root=root or url)
            if request:
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        root = response.meta["root"]
        parsed = parse_sitemap(response.body, response.url)
        urls = [e.url for e in parsed.entries]
        if parsed.is_index:
            self.findings.sitemaps[response.url] = ("index", urls, root)
            newest = sorted(parsed.entries, key=lambda e: e.lastmod.timestamp() if e.lastmod
                            else 0, reverse=True)[:NEWEST_CHILDREN]
            yield from self.sitemap_requests([e.url for e in newest], root)
        elif parsed.is_urlset:
            kind = "news" if parsed.is_news else "urlset"
            self.findings.sitemaps[response.url] = (kind, urls, root)
        else:
            self.findings.sitemaps[response.url] = ("invalid", [], root)

    def parse_home(self, response: Response) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            return
        links = page_links(response.selector, response.url)
        self.findings.home_links = [link.url for link in links]
        feeds, indexes = linked_feeds(response.body, response.url)
        yield from self.feed_requests(declared_feeds(response.body, response.url) + feeds)
        for url in indexes[:MAX_FEED_INDEXES]:
            request = self.request(url, self.parse_feed_index)
            if request:
                yield request

    def parse_feed_index(self, response: Response) -> Iterator[Request]:
        """A page listing the site's feeds ("RSS"): the feeds it links."""
        if isinstance(response, TextResponse):
            yield from self.feed_requests(linked_feeds(response.body, response.url)[0])

    def feed_requests(self, urls: list[str]) -> Iterator[Request]:
        for url in urls:
            if url in self.findings.feeds or len(self.findings.feeds) >= MAX_FEEDS:
                continue
            self.findings.feeds[url] = None
            request = self.request(url, self.parse_feed)
            if request:
                yield request

    def parse_feed(self, response: Response) -> None:
        feed = parse_feed(response.body, response.url)
        self.findings.feeds[response.url] = [e.url for e in feed.entries] if feed.ok else None

    # ---- sampling, once the sources are read ----

    def idle(self) -> None:
        if self.sampled:
            return
        self.sampled = True
        scheduled = 0
        for url in sample_plan(self.findings):
            request = self.request(url, self.parse_sample, sample=url)
            if request is None:
                break
            self.crawler.engine.crawl(request)
            scheduled += 1
        if scheduled:
            raise DontCloseSpider

    def parse_sample(self, response: Response) -> None:
        if not isinstance(response, TextResponse):
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        try:
            reading = read_page(response.body, response.url, profile=None,
                                site=self.findings.host, content_type=content_type)
        except PageTooLarge:
            return  # not read: not a sample
        url = response.meta["sample"]
        self.findings.kinds[url] = reading.kind
        if reading.kind == "listing":
            self.findings.page_links[url] = [link.url for link in
                                             page_links(response.selector, response.url)]
        self.survey.samples[url] = Sample(url=response.url, body=response.body,
                                          content_type=content_type, kind=reading.kind)


def survey_site(home: str, *, replay: str | None = None, max_pages: int = 40,
                log_level: str = "ERROR", overrides: dict[str, Any] | None = None) -> Survey:
    """Run the survey of one site (in this process: call once, Twisted's reactor runs once);
    ``replay`` serves saved pages instead of the live site, as for ``vnnews crawl``."""
    with ExitStack() as stack:
        replay_url = None
        if replay:
            replay_url = stack.enter_context(ReplayServer(load_saved_pages(replay))).url
        settings = crawl_settings(db_path=":memory:", replay_url=replay_url,
                                  log_level=log_level, progress=False, overrides=overrides)
        settings.set("ITEM_PIPELINES", {}, priority="cmdline")  # a survey archives nothing
        process = CrawlerProcess(settings)
        for name in ("robotstxt", "retry"):
            logging.getLogger(f"scrapy.downloadermiddlewares.{name}").addFilter(
                NetworkTracebackFilter())
        survey = Survey(Findings(home=home))
        process.crawl(SurveySpider, home=home, max_pages=max_pages, survey=survey)
        process.start()
    return survey


def home_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"
