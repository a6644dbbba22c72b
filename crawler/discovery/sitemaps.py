"""XML sitemaps, sitemap indexes and Google News sitemaps, read with Scrapy's own parser.

``scrapy.utils.sitemap`` is the code behind Scrapy's ``SitemapSpider``: a recovering,
entity-safe lxml parser that yields each ``<url>``/``<sitemap>`` as a dict.  It keeps only the
direct children of an entry, so the ``news:`` block of a Google News sitemap is read here in a
second pass, and only when the file declares that namespace.  Gzipped sitemaps (``.xml.gz``)
are unpacked with Scrapy's size-capped ``gunzip``, as ``SitemapSpider`` does.

Pure: bytes in, entries with their dates out.  This module imports Scrapy's parsing utilities
only, never the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import lxml.etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.normalize.dates import VN_TZ, parse_published

GZIP_MAGIC = b"\x1f\x8b\x08"
NEWS_NAMESPACE = b"google.com/schemas/sitemap-news"
# An unpacked sitemap may hold 50,000 URLs of 2 KB each; beyond that it is not a sitemap.
MAX_UNPACKED = 128 * 1024 * 1024

INDEX, URLSET = "sitemapindex", "urlset"


@dataclass(frozen=True)
class SitemapEntry:
    """One ``<url>`` (or ``<sitemap>``) of a sitemap, with the dates the site declares."""

    url: str
    lastmod: datetime | None = None
    news_published: datetime | None = None
    news_title: str | None = None

    @property
    def date(self) -> datetime | None:
        """The best date for deciding whether to fetch: publication, else last modification."""
        return self.news_published or self.lastmod


@dataclass
class ParsedSitemap:
    """A parsed sitemap file: ``kind`` is "sitemapindex", "urlset", or what else it was."""

    kind: str
    entries: list[SitemapEntry] = field(default_factory=list)

    @property
    def is_index(self) -> bool:
        return self.kind == INDEX

    @property
    def is_urlset(self) -> bool:
        return self.kind == URLSET

    @property
    def is_news(self) -> bool:
        """A Google News sitemap: its entries carry ``news:publication_date``."""
        return any(e.news_published or e.news_title for e in self.entries)


def unpack(body: bytes, max_size: int = MAX_UNPACKED) -> bytes | None:
    """The XML of a sitemap response: gunzipped when it is a ``.xml.gz`` file (Scrapy's
    size-capped ``gunzip``); None when it cannot be unpacked within ``max_size``."""
    if body[:3] != GZIP_MAGIC:
        return body
    try:
        return gunzip(body, max_size=max_size)
    except (OSError, EOFError, ValueError):
        return None


def parse_sitemap(body: bytes, url: str = "", max_size: int = MAX_UNPACKED) -> ParsedSitemap:
    """Entries of a sitemap or sitemap index (gzipped or not); ``kind`` tells which.

    >>> xml = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    ...        b'<url><loc>https://baonuimay.vn/mua-vang-post123.html</loc>'
    ...        b'<lastmod>2025-11-20</lastmod></url></urlset>')
    >>> parsed = parse_sitemap(xml)
    >>> parsed.kind, parsed.entries[0].url, parsed.entries[0].lastmod.isoformat()
    ('urlset', 'https://baonuimay.vn/mua-vang-post123.html', '2025-11-20T00:00:00+07:00')
    """
    xml = unpack(body, max_size)
    if not xml or not xml.strip():
        return ParsedSitemap(kind="empty")
    try:
        sitemap = Sitemap(xml)
        kind = sitemap.type
        raw = list(sitemap) if kind in (INDEX, URLSET) else []
    except (lxml.etree.XMLSyntaxError, StopIteration, ValueError):
        return ParsedSitemap(kind="invalid")
    news = news_fields(xml) if kind == URLSET and NEWS_NAMESPACE in xml else {}
    entries = []
    for item in raw:
        loc = urljoin(url, item.get("loc", "").strip())
        if not loc.startswith(("http://", "https://")):
            continue
        published, title = news.get(loc, (None, None))
        entries.append(SitemapEntry(url=loc, lastmod=parse_w3c_date(item.get("lastmod")),
                                    news_published=published, news_title=title))
    return ParsedSitemap(kind=kind, entries=entries)


def news_fields(xml: bytes) -> dict[str, tuple[datetime | None, str | None]]:
    """``{loc: (publication date, title)}`` from the ``news:news`` blocks of a News sitemap."""
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                                  remove_comments=True)
    try:
        root = lxml.etree.fromstring(xml, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return {}
    if root is None:
        return {}
    found = {}
    for url in root:
        loc = published = title = None
        for child in url.iter():
            name = local_name(child)
            if name == "loc" and child.text:
                loc = child.text.strip()
            elif name == "publication_date" and child.text:
                published = parse_w3c_date(child.text)
            elif name == "title" and child.text and child.getparent() is not None \
                    and local_name(child.getparent()) == "news":
                title = " ".join(child.text.split())
        if loc:
            found[loc] = (published, title)
    return found


def local_name(element: lxml.etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def sitemaps_in_robots(robots: bytes, robots_url: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt, absolute, in order, without repeats.

    >>> sitemaps_in_robots(b"User-agent: *\\nDisallow: /admin/\\n"
    ...                    b"Sitemap: /sitemaps/sitemap-index.xml\\n",
    ...                    "https://baonuimay.vn/robots.txt")
    ['https://baonuimay.vn/sitemaps/sitemap-index.xml']
    """
    urls = (u for u in sitemap_urls_from_robots(robots, base_url=robots_url))
    return list(dict.fromkeys(u for u in urls if u.startswith(("http://", "https://"))))


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def default_sitemap_url(url: str) -> str:
    """Where a site without a ``Sitemap:`` line usually keeps its sitemap."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/sitemap.xml"


def parse_w3c_date(text: str | None) -> datetime | None:
    """A sitemap date (W3C datetime: "2025-11-20", "2025-11-20T10:30:00+07:00", "...Z") as an
    aware datetime; a date or time without an offset is Vietnam time.  CMSs that print
    "20/11/2025 10:30" instead are read by the Vietnamese date parser.

    >>> parse_w3c_date("2025-11-20T03:30:00Z").isoformat()
    '2025-11-20T10:30:00+07:00'
    >>> parse_w3c_date("20/11/2025 10:30").isoformat()
    '2025-11-20T10:30:00+07:00'
    >>> parse_w3c_date("mới cập nhật") is None
    True
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return parse_published(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VN_TZ)
    return moment.astimezone(VN_TZ)


def older_than(date: datetime | None, cutoff: datetime | None) -> bool:
    """True when a declared date is known and before the cutoff (undated entries are kept)."""
    return date is not None and cutoff is not None and date < cutoff

