"""Listing pages without a profile's selectors: their next page.

A profile written by ``vnnews add-site`` knows the site's article URL pattern but no CSS
selector for its pagination; these rules find the next page the way a reader does: a
``rel="next"`` link, a link labelled "Trang sau"/"Tiếp"/"»", a link whose class says "next",
or, in a block of page numbers, the number after the current one.  Pure: HTML + URL in.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.normalize.text import clean_text

NEXT_LABELS = {"trang sau", "trang tiếp", "trang kế", "tiếp", "tiếp theo", "sau", "next",
               "»", "›", ">", ">>", "»»", "next »", "sau »", "tiếp »", "trang sau »",
               "xem tiếp", "cũ hơn", "tin cũ hơn", "older"}
NEXT_CLASS = re.compile(r"(^|[\s_-])(next|nextpage|trangsau|page-next|pager-next)($|[\s_-])",
                        re.IGNORECASE)
PAGINATION_CLASS = re.compile(r"pag|phantrang|paging|pager|trang", re.IGNORECASE)
CURRENT_CLASS = re.compile(r"active|current|selected|cur\b|on\b", re.IGNORECASE)


def selector_of(html: bytes | str | Selector) -> Selector:
    if isinstance(html, Selector):
        return html
    if isinstance(html, bytes):
        return Selector(body=html, type="html")
    return Selector(text=html, type="html")


def find_next_page(html: bytes | str | Selector, url: str) -> str | None:
    """The next page of a listing, on the same host, or None.

    >>> find_next_page('<div class="pagination"><span class="active">1</span>'
    ...                '<a href="?page=2">2</a><a href="?page=3">3</a></div>',
    ...                "https://baodoiche.vn/thoi-su/")
    'https://baodoiche.vn/thoi-su/?page=2'
    >>> find_next_page('<a href="/kinh-te/trang-3.html">Trang sau »</a>',
    ...                "https://baodoiche.vn/kinh-te/trang-2.html")
    'https://baodoiche.vn/kinh-te/trang-3.html'
    """
    page = selector_of(html)
    for href in (page.css('link[rel~="next"]::attr(href)').getall()
                 + page.css('a[rel~="next"]::attr(href)').getall()):
        found = same_host(href, url)
        if found:
            return found
    for link in page.css("a[href]"):
        label = clean_text(" ".join(link.css("::text").getall())).lower()
        title = (link.attrib.get("title") or link.attrib.get("aria-label") or "").lower().strip()
        classes = " ".join([link.attrib.get("class", "")] +
                           link.xpath("parent::li/@class").getall())
        if label in NEXT_LABELS or title in NEXT_LABELS or NEXT_CLASS.search(classes):
            found = same_host(link.attrib["href"], url)
            if found:
                return found
    return numbered_next(page, url)


def numbered_next(page: Selector, url: str) -> str | None:
    """In a block of page numbers, the link to the number after the current page."""
    for block in page.xpath("//*[@class]"):
        if not PAGINATION_CLASS.search(block.attrib.get("class", "")):
            continue
        current = current_page_number(block)
        if current is None:
            continue
        for link in block.css("a[href]"):
            if clean_text(" ".join(link.css("::text").getall())) == str(current + 1):
                found = same_host(link.attrib["href"], url)
                if found:
                    return found
    return None


def current_page_number(block: Selector) -> int | None:
    """The number the pagination block marks as the current page (a highlighted item, or the
    only number that is not a link)."""
    for item in block.xpath(".//*[@class]"):
        if CURRENT_CLASS.search(item.attrib.get("class", "")):
            text = clean_text(" ".join(item.css("::text").getall()))
            if text.isdigit():
                return int(text)
    for item in block.xpath(".//*[not(self::a) and not(ancestor::a)]/text()").getall():
        if item.strip().isdigit():
            return int(item.strip())
    return None


def same_host(href: str, url: str) -> str | None:
    target = urljoin(url, href.strip())
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https") or parts.hostname != urlsplit(url).hostname:
        return None
    return None if target.split("#")[0] == url.split("#")[0] else target
