"""NewsSpider: discovers one site's article pages and fetches them.

It only discovers and fetches: the page goes to crawler.extract (in a worker process,
crawler.crawling.extraction), the result to the pipelines.
Discovery is a chain of sources (crawler.discovery): robots.txt's sitemaps, sitemap indexes
and Google News sitemaps, RSS/Atom feeds, and the listing pages with their pagination.  What
it finds goes into the archive's frontier before it is requested, and each listing walk keeps
a cursor there, so a crawl that stops early is finished by the next one (crawler.crawling.state).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, AsyncIterator, Iterable, Iterator, Sequence
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.discovery import FEEDS, LISTINGS, NEWS_SITEMAP, ROBOTS, SITEMAP
from crawler.discovery.feeds import declared_feeds, parse_feed
from crawler.discovery.listings import find_next_page
from crawler.discovery.sitemaps import (default_sitemap_url, older_than, parse_sitemap,
                                        robots_url, sitemaps_in_robots)
from crawler.items import Page, captured_at
from crawler.normalize.article import utc_timestamp
from crawler.normalize.bounds import parse_date_bound
from crawler.normalize.dates import parse_published
from crawler.normalize.urls import strip_tracking
from crawler.sites import Profile
from crawler.crawling import writer
from crawler.crawling.extraction import Job, extractor, setting_timeout, setting_workers
from crawler.crawling.state import MAX_TRIES, CrawlState, iso


class NewsSpider(Spider):
    """Finds a profile's articles through its discovery sources and yields one RawArticle each.

    Incremental: article URLs already in the archive are not fetched again, except those
    published within ``refresh_days`` (for a new view-count snapshot), or all of them with
    ``refetch``.  A listing walk stops at the first page that offers nothing to fetch, once
    the listing has been walked to its end (or to ``since``) before; a sitemap whose
    ``lastmod`` has not changed since it was last read completely is not fetched again.

    Arguments (``scrapy crawl SITE -a since=2024-01-01 -a max_articles=50``):
    ``since``: skip articles published before this date (a sitemap or feed date before it:
    not even fetched); ``max_articles``: fetch at most this many article pages (the rest wait
    in the frontier); ``refresh_days``: re-fetch known articles published in the last N days;
    ``refetch``: re-fetch every known article that discovery finds.
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
        # Frontier addresses requested at the start that no source has offered yet.
        self.resumed: set[str] = set()
        self.seen_sitemaps: set[str] = set()
        self.known: dict[str, str | None] = {}
        self.state: CrawlState | None = None
        self.feeds_requested = False

    @classmethod
    def for_profile(cls, profile: Profile) -> type["NewsSpider"]:
        """A NewsSpider subclass bound to ``profile`` and named after it."""
        return type(f"NewsSpider_{profile.name}", (cls,),
                    {"name": profile.name, "profile": profile,
                     "allowed_domains": list(profile.domains)})

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> "NewsSpider":
        from scrapy import signals

        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.article_stored, signal=signals.item_scraped)
        crawler.signals.connect(spider.article_dropped, signal=signals.item_dropped)
        spider.extractor = extractor(setting_workers(
            crawler.settings.get("VNNEWS_EXTRACT_WORKERS")))
        spider.extractor.timeout = setting_timeout(crawler.settings.get("VNNEWS_EXTRACT_TIMEOUT"))
        return spider

    # ---- start: what the last crawl left, then the discovery chain ----

    async def start(self) -> AsyncIterator[Request]:
        self.open_extractor()
        self.known = self.load_known_articles()
        self.state = CrawlState.open(self.settings.get("VNNEWS_DB"), self.name,
                                     walks=self.listing_walks())
        for request in self.frontier_requests():
            yield request
        for request in self.discovery_requests():
            yield request

    def load_known_articles(self) -> dict[str, str | None]:
        db_path = self.settings.get("VNNEWS_DB")
        if self.refetch or not db_path or not Path(db_path).exists():
            return {}
        archive = writer.acquire(db_path)
        try:
            return archive.known_articles(self.name)
        finally:
            writer.release(archive)

    def listing_walks(self) -> list[str]:
        return list(self.profile.start_urls) if self.profile.uses(LISTINGS) else []

    def open_extractor(self) -> None:
        """Start the extraction workers now: their imports overlap the first fetches."""
        self.extractor.open()
        self.extractor_open = True

    def closed(self, reason: str) -> None:
        if getattr(self, "extractor_open", False):
            self.extractor.close()
            self.extractor_open = False
        if self.state is None:
            return
        for key, value in self.state.summary().items():
            self.crawler.stats.set_value(f"vnnews/frontier/{key}", value)
        self.state.close()
        self.state = None

    def frontier_requests(self) -> Iterator[Request]:
        """Articles an earlier crawl found but did not archive: fetched first."""
        stats = self.crawler.stats
        archived = [url for url in self.state.frontier if url in self.known]
        self.state.done(archived)
        for url, row in sorted(self.state.frontier.items(),
                               key=lambda item: item[1]["published_at"] or "", reverse=True):
            self.seen_articles.add(url)
            self.resumed.add(url)
            if row["tries"] >= MAX_TRIES:
                stats.inc_value("vnnews/frontier/skipped_given_up")
            elif self.since and older_than(parse_iso(row["published_at"]), self.since):
                stats.inc_value("vnnews/frontier/skipped_older_than_since")
            elif not self.capped:
                stats.inc_value("vnnews/discovery/frontier/found")
                yield self.article_request(url, "retry" if row["tries"] else "new",
                                           "frontier")

    def discovery_requests(self) -> Iterator[Request]:
        """The first request of each source; each response leads to the next."""
        profile = self.profile
        if profile.uses(ROBOTS):
            yield Request(robots_url(self.home_url), callback=self.parse_robots,
                          errback=self.robots_failed, dont_filter=True,
                          meta={"source": ROBOTS})
        else:
            yield from self.sitemap_requests(())
        if profile.uses(FEEDS):
            yield from self.feed_requests()
        for url in self.listing_walks():
            # Listings change between crawls: never let the dupefilter skip them.
            yield self.listing_request(url, walk=url)

    @property
    def home_url(self) -> str:
        parts = urlsplit(self.profile.start_urls[0])
        return f"{parts.scheme}://{parts.netloc}/"

    # ---- robots.txt and sitemaps ----

    def parse_robots(self, response: Response) -> Iterator[Request]:
        self.count(ROBOTS, "fetched")
        found = sitemaps_in_robots(response.body, response.url)
        self.count(ROBOTS, "sitemaps", len(found))
        yield from self.sitemap_requests(found)

    def robots_failed(self, failure: Failure) -> Iterator[Request]:
        self.discovery_failed(failure)
        yield from self.sitemap_requests(())

    def sitemap_requests(self, from_robots: Sequence[str]) -> Iterator[Request]:
        """The sitemaps robots.txt names and the profile lists, else ``/sitemap.xml``."""
        if not (self.profile.uses(SITEMAP) or self.profile.uses(NEWS_SITEMAP)):
            return
        urls = list(dict.fromkeys([*from_robots, *self.profile.sitemaps]))
        for url in urls or [default_sitemap_url(self.home_url)]:
            yield from self.sitemap_request(url, lastmod=None)

    def sitemap_request(self, url: str, lastmod: str | None) -> Iterator[Request]:
        if url in self.seen_sitemaps:
            return
        self.seen_sitemaps.add(url)
        self.count(SITEMAP, "requests")
        yield Request(url, callback=self.parse_sitemap, errback=self.discovery_failed,
                      dont_filter=True, meta={"source": SITEMAP, "lastmod": lastmod})

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """A sitemap index: its children, less those unchanged or older than ``since``.
        A sitemap: its article URLs, less those dated before ``since``."""
        self.count(SITEMAP, "fetched")
        parsed = parse_sitemap(response.body, response.url,
                               max_size=self.settings.getint("DOWNLOAD_MAXSIZE") or 1 << 27)
        if parsed.is_index:
            for entry in parsed.entries:
                lastmod = entry.lastmod.isoformat() if entry.lastmod else None
                if older_than(entry.lastmod, self.since):
                    self.count(SITEMAP, "pruned_older_than_since")
                elif self.state.sitemap_unchanged(entry.url, lastmod, self.since):
                    self.count(SITEMAP, "pruned_unchanged")
                elif self.capped:
                    self.count(SITEMAP, "left_for_next_crawl")
                else:
                    yield from self.sitemap_request(entry.url, lastmod)
            return
        if not parsed.is_urlset:
            self.count(SITEMAP, "invalid")
            return
        source = NEWS_SITEMAP if parsed.is_news else SITEMAP
        if not self.profile.uses(source):
            return
        self.count(source, "files")
        entries = []
        for entry in parsed.entries:
            if not self.is_candidate(entry.url):
                continue
            if older_than(entry.date, self.since):
                self.count(source, "older_than_since")
                continue
            entries.append((entry.url, entry.date))
        with self.state.batch():
            requests, _ = self.discovered(entries, source)
            self.state.sitemap_read(response.url, source, response.meta.get("lastmod"),
                                    self.since)
        yield from requests

    # ---- feeds ----

    def feed_requests(self) -> Iterator[Request]:
        """The profile's feeds; without any, those the home page declares."""
        if self.profile.feeds:
            self.feeds_requested = True
            for url in self.profile.feeds:
                yield self.feed_request(url)
        elif self.home_url not in self.profile.start_urls or not self.profile.uses(LISTINGS):
            yield Request(self.home_url, callback=self.parse_home,
                          errback=self.discovery_failed, meta={"source": FEEDS, "home": True})

    def feed_request(self, url: str) -> Request:
        self.count(FEEDS, "requests")
        return Request(url, callback=self.parse_feed, errback=self.discovery_failed,
                       dont_filter=True, meta={"source": FEEDS})

    def parse_home(self, response: Response) -> Iterator[Any]:
        yield from self.feeds_declared_on(response)

    def feeds_declared_on(self, response: Response) -> Iterator[Request]:
        if self.feeds_requested or not self.profile.uses(FEEDS):
            return
        self.feeds_requested = True
        feeds = declared_feeds(response.body, response.url)
        self.count(FEEDS, "declared", len(feeds))
        for url in feeds:
            yield self.feed_request(url)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        self.count(FEEDS, "fetched")
        feed = parse_feed(response.body, response.url)
        if not feed.ok:
            self.count(FEEDS, "invalid")
            return
        entries = []
        for entry in feed.entries:
            if not self.is_candidate(entry.url):
                continue
            if older_than(entry.published, self.since):
                self.count(FEEDS, "older_than_since")
                continue
            entries.append((entry.url, entry.published))
        with self.state.batch():
            requests, _ = self.discovered(entries, FEEDS)
        yield from requests

    # ---- listing pages ----

    def listing_request(self, url: str, walk: str, cursor: int | None = None) -> Request:
        return Request(url, callback=self.parse_listing, errback=self.fetch_failed,
                       dont_filter=True, meta={"source": LISTINGS, "walk": walk,
                                               "cursor": cursor, "home": url == self.home_url})

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """Follow the article links worth fetching, then the next page unless a stop rule says no."""
        self.crawler.stats.inc_value("vnnews/listing_pages")
        if response.meta.get("home") or response.url == self.home_url:
            yield from self.feeds_declared_on(response)
        walk = response.meta.get("walk", response.url)
        with self.state.batch():
            requests, offered = self.discovered(
                [(url, None) for url in self.article_links(response)], LISTINGS)
            follow = self.walk_on(response, walk, response.meta.get("cursor"), offered)
        yield from requests
        if follow:
            yield self.listing_request(follow[0], walk, follow[1])

    def walk_on(self, response: Response, walk: str, cursor: int | None,
                offered: int) -> tuple[str, int] | None:
        """Where this listing walk goes next, ``(url, cursor)``, with its cursor saved first.

        A walk goes on to the next page while pages offer something to fetch.  At a page of
        known articles it goes on where an earlier crawl stopped (its newest cursor), and
        stops only when there is none and the listing was read to its end (or to ``since``)
        before; a listing never read to its end is read on.  ``--max-articles`` and ``since``
        stop it with a cursor saved for the next crawl.
        """
        stats = self.crawler.stats
        state = self.state
        next_url = self.next_page_url(response)
        if not next_url:
            state.end_walk(walk, LISTINGS)
            return None
        if self.capped:
            stats.inc_value("vnnews/stopped/listing_max_articles")
            if offered:
                state.save_cursor(walk, cursor, next_url)
            else:  # known ground: the cursors earlier crawls left say where to go on
                state.close_cursor(cursor)
            return None
        if self.listing_is_older_than_since(response):
            stats.inc_value("vnnews/stopped/listing_older_than_since")
            state.save_cursor(walk, cursor, next_url, since=self.since)
            return None
        if offered:
            return next_url, state.save_cursor(walk, cursor, next_url)
        state.close_cursor(cursor)
        resume = state.take_cursor(walk)
        if resume is not None:
            if resume["since"] and self.since and \
                    self.since >= datetime.fromisoformat(resume["since"]):
                stats.inc_value("vnnews/stopped/listing_all_known")
                return None
            stats.inc_value("vnnews/resumed/listing")
            return resume["url"], resume["id"]
        if state.walked(walk, self.since):
            stats.inc_value("vnnews/stopped/listing_all_known")
            return None
        # Never read to its end: older articles may lie behind the known ones.
        stats.inc_value("vnnews/resumed/listing_backfill")
        return next_url, state.save_cursor(walk, None, next_url)

    def next_page_url(self, response: Response) -> str | None:
        if self.profile.next_page:
            found = response.css(self.profile.next_page).get()
            return response.urljoin(found) if found else None
        return find_next_page(response.selector, response.url)

    def article_links(self, response: Response) -> Iterator[str]:
        """Article URLs on a listing page, tracking parameters and fragments removed."""
        for href in response.css(self.profile.listing_links or "a::attr(href)").getall():
            url = strip_tracking(response.urljoin(href))
            if self.profile.is_article_url(url):
                yield url

    def listing_is_older_than_since(self, response: Response) -> bool:
        """True when every dated item on this listing page predates ``since``."""
        if not self.since or not self.profile.listing_item_time:
            return False
        dates = [parse_published(t)
                 for t in response.css(self.profile.listing_item_time + " ::text").getall()]
        dates = [d for d in dates if d]
        return bool(dates) and all(d < self.since for d in dates)

    # ---- what every source shares ----

    def is_candidate(self, url: str) -> bool:
        """An address from a sitemap or a feed worth considering: one of the site's articles."""
        return self.profile.owns(url) and self.profile.is_article_url(strip_tracking(url))

    def discovered(self, entries: Iterable[tuple[str, datetime | None]],
                   source: str) -> tuple[list[Request], int]:
        """Requests for the article URLs a source found, and how many it offered to fetch.

        New URLs go into the frontier before they are requested (call inside
        ``state.batch()``); known ones are skipped unless due for a refresh; past
        ``--max-articles`` they wait in the frontier for the next crawl.
        """
        stats = self.crawler.stats
        requests, new_rows, offered = [], [], 0
        unique = {strip_tracking(url): date for url, date in entries}  # image + title links
        for url, date in unique.items():
            self.count(source, "found")
            if url in self.seen_articles:
                if self.offered_again(url):
                    stats.inc_value("vnnews/article_links")
                continue
            self.seen_articles.add(url)
            stats.inc_value("vnnews/article_links")
            reason = self.fetch_reason(url)
            if reason is None:
                stats.inc_value("vnnews/skipped/known")
                continue
            if url in self.state.frontier:
                continue  # an earlier crawl's find: requested at the start, or given up
            offered += 1
            if reason == "new":
                self.count(source, "new")
                new_rows.append((url, source, iso(date)))
            if not self.capped:
                requests.append(self.article_request(url, reason, source))
        self.state.add(new_rows)
        return requests, offered

    def offered_again(self, url: str) -> bool:
        """True the first time a source offers an address this crawl resumed from the frontier.

        The link is there, so the source works (a rerun that only finishes the frontier is no
        broken layout), but the article is fetched once.
        """
        if url in self.resumed:
            self.resumed.discard(url)
            return True
        return False

    @property
    def capped(self) -> bool:
        return self.max_articles is not None and self.articles_requested >= self.max_articles

    def article_request(self, url: str, reason: str, source: str) -> Request:
        self.articles_requested += 1
        self.crawler.stats.inc_value(f"vnnews/requested/{reason}")
        return Request(url, callback=self.parse_article, errback=self.fetch_failed,
                       meta={"frontier_url": url, "source": source})

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

    def count(self, source: str, what: str, value: int = 1) -> None:
        self.crawler.stats.inc_value(f"vnnews/discovery/{source}/{what}", value)

    def fetch_failed(self, failure: Failure) -> None:
        """Count a page that could not be fetched, by reason (after the retries gave up); an
        article stays in the frontier with the reason, for the next crawl."""
        reason = failure_reason(failure)
        self.crawler.stats.inc_value(f"vnnews/failed/{reason}")
        request = failure.request
        if self.state is not None and "frontier_url" in request.meta:
            self.state.failed(request.meta["frontier_url"], reason)
        # Counted by reason in the summary; the log line is for --log-file and --log-level INFO.
        self.logger.info("could not fetch %s: %s",
                         request.meta.get("replay_original_url", request.url), reason)

    def discovery_failed(self, failure: Failure) -> None:
        """A robots.txt, sitemap, feed or home page that could not be fetched: the source did
        not work this time (counted per source; the other sources go on)."""
        source = failure.request.meta.get("source", "discovery")
        self.count(source, f"failed/{failure_reason(failure)}")

    # ---- articles ----

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        result = await self.read(response)
        if result.rejected:
            self.not_read(response, result.rejected)
            return
        yield self.with_page(result, response)

    def not_read(self, response: Response, reason: str) -> None:
        """A page the extractor refused (too large): dropped like an item, counted by reason,
        one line in the log, one more failed try in the frontier."""
        self.crawler.stats.inc_value(f"vnnews/dropped/{reason}")
        self.logger.warning("Dropped %s: %s", reason, response.url)
        if self.state is not None:
            self.state.failed(response.meta.get("frontier_url", response.url),
                              f"dropped_{reason}")

    async def read(self, response: Response) -> Any:
        """The page read by an extraction worker (crawler.crawling.extraction.Result)."""
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        return await self.extractor.read(Job(
            body=response.body, url=response.url, profile=self.reading_profile,
            site=self.profile.name, fetched_at=utc_timestamp(datetime.now().astimezone()),
            content_type=content_type))

    @property
    def reading_profile(self) -> Profile | None:
        """The profile whose selectors read this spider's pages."""
        return self.profile

    def with_page(self, result: Any, response: Response) -> Any:
        """The RawArticle read from ``response``, with its raw page (packed by the worker)."""
        raw = result.raw
        headers = response_headers(response)
        # A replayed page carries the time it was saved: its "2 giờ trước" means then, not now.
        raw.relative_base = captured_at(headers)
        raw.page = Page(url=response.url, body=response.body, status=response.status,
                        content_type=response.headers.get("Content-Type", b"").decode(
                            "latin-1") or None,
                        headers=headers, sha256=result.sha256, compressed=result.compressed)
        return raw

    def article_stored(self, item: Any, response: Response, spider: Spider) -> None:
        """Archived: out of the frontier (under the URL it was found at and its own)."""
        if self.state is not None and response is not None:
            self.state.done([response.meta.get("frontier_url", response.url), item.url])

    def article_dropped(self, item: Any, response: Response, exception: Exception,
                        spider: Spider) -> None:
        """Dropped: an article older than ``since`` keeps its date in the frontier (a later
        crawl reaching further back fetches it); any other drop counts as a failed try."""
        if self.state is None or response is None:
            return
        url = response.meta.get("frontier_url", response.url)
        reason = str(exception).split(":", 1)[0]
        if reason == "older_than_since" and getattr(item, "published_at", None):
            self.state.dated(url, item.published_at)
        else:
            self.state.failed(url, f"dropped_{reason}")


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


def parse_iso(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
