"""RSS and Atom feeds: where a page declares them, and the articles they list (feedparser).

Vietnamese news sites declare their main feed in the home page's ``<head>``
(``<link rel="alternate" type="application/rss+xml" href="https://vtcnews.vn/rss/trang-chu.rss">``,
``https://kenh14.vn/home.rss``) and link section feeds from an "RSS" page
(``/rss/cate/thoi-su/`` on baocantho.com.vn).  feedparser reads every RSS and Atom dialect and
their date formats; a date it cannot read ("28/05/2020 10:10") goes to the Vietnamese date
parser.  Pure: bytes in, entries out; feedparser is given bytes, so it never fetches anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from time import struct_time
from urllib.parse import urljoin, urlsplit

import feedparser
from parsel import Selector

from crawler.normalize.dates import VN_TZ, parse_published

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rss",
              "application/atom", "application/x-rss+xml", "text/rss+xml")
# A link that is a feed by its address: /rss/trang-chu.rss, /home.rss, /rss/cate/thoi-su/,
# /feed/, /tin-tuc.xml under an rss folder.
FEED_PATH = re.compile(r"\.(rss|atom)$|/(rss|feeds?)(/|$)|/rss[\w-]*\.xml$", re.IGNORECASE)
# An HTML page listing a site's feeds: /rss, /rss.htm (dantri), /main-rss.html (vtcnews).
FEED_INDEX_PATH = re.compile(r"/[\w-]*rss[\w-]*(\.html?|/)?$", re.IGNORECASE)


@dataclass(frozen=True)
class FeedEntry:
    url: str
    published: datetime | None = None
    title: str | None = None


@dataclass
class ParsedFeed:
    """A parsed feed; ``ok`` is False when the bytes were no RSS/Atom feed at all."""

    ok: bool
    title: str | None = None
    entries: tuple[FeedEntry, ...] = ()


def parse_feed(body: bytes, url: str = "") -> ParsedFeed:
    """The entries of an RSS or Atom feed, links made absolute, dates in Vietnam time.

    >>> rss = '''<rss version="2.0"><channel><title>Tin mới nhất</title>
    ... <item><title>Khởi công cầu Đồng Bằng</title><link>/khoi-cong-cau-ar1201.html</link>
    ... <pubDate>Tue, 14 Nov 2017 17:42:01 +0700</pubDate></item></channel></rss>'''.encode()
    >>> feed = parse_feed(rss, "https://truyenhinhdongbang.vn/rss/trang-chu.rss")
    >>> entry = feed.entries[0]
    >>> entry.url, entry.published.isoformat(), entry.title
    ('https://truyenhinhdongbang.vn/khoi-cong-cau-ar1201.html', '2017-11-14T17:42:01+07:00', 'Khởi công cầu Đồng Bằng')
    """
    parsed = feedparser.parse(body, response_headers={"content-location": url} if url else None)
    if not parsed.get("version") and not parsed.entries:
        return ParsedFeed(ok=False)
    entries = []
    for item in parsed.entries:
        link = (item.get("link") or "").strip()
        if not link:
            continue
        link = urljoin(url, link)
        if not link.startswith(("http://", "https://")):
            continue
        entries.append(FeedEntry(url=link, published=entry_date(item),
                                 title=" ".join((item.get("title") or "").split()) or None))
    return ParsedFeed(ok=True, title=parsed.feed.get("title"), entries=tuple(entries))


def entry_date(item: feedparser.FeedParserDict) -> datetime | None:
    """The entry's publication date (else its update date), in Vietnam time."""
    for key in ("published", "updated"):
        parsed: struct_time | None = item.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=timezone.utc).astimezone(VN_TZ)
        if item.get(key):
            found = parse_published(item[key])
            if found:
                return found
    return None


def declared_feeds(html: bytes | str, url: str) -> list[str]:
    """Feeds a page declares in its head: ``<link rel="alternate" type="application/rss+xml">``.

    >>> declared_feeds(b'<head><link rel="alternate" type="application/rss+xml" '
    ...                b'href="/rss/trang-chu.rss"></head>', "https://vtcnews.vn/")
    ['https://vtcnews.vn/rss/trang-chu.rss']
    """
    found = []
    for link in page(html).css("link[href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = (link.attrib.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES:
            found.append(urljoin(url, link.attrib["href"].strip()))
    return list(dict.fromkeys(found))


def linked_feeds(html: bytes | str, url: str) -> tuple[list[str], list[str]]:
    """``(feeds, feed index pages)`` linked from a page's body, on the page's own site.

    Many sites link their feeds from the footer ("RSS") rather than declaring them; the link
    may go to a feed, or to a page listing the feeds by section.
    """
    host = urlsplit(url).hostname
    feeds, indexes = [], []
    for href in page(html).css("a::attr(href)").getall():
        target = urljoin(url, href.strip())
        parts = urlsplit(target)
        if parts.hostname != host or parts.scheme not in ("http", "https"):
            continue
        if FEED_PATH.search(parts.path):
            feeds.append(target)
        elif FEED_INDEX_PATH.search(parts.path):
            indexes.append(target)
    return list(dict.fromkeys(feeds)), list(dict.fromkeys(indexes))


def page(html: bytes | str) -> Selector:
    if isinstance(html, bytes):
        return Selector(body=html, type="html")
    return Selector(text=html, type="html")
