"""Listing pages without a profile's selectors: their article links and their next page.

**Article links.**  A home or section page links its articles beside sections, topics, tags,
pages and static pages.  Articles are the links whose address names one item (an id of four
digits or more, or a date, crawler.discovery.patterns.item_like), that are not tag/topic/author
pages by their path words, and whose group of same-shaped links reads as headlines: at least
half of them carry six words or more (a headline, where a section's name has one to five).
When no such group exists (a site whose article addresses are bare slugs), groups of long
slugs that read as headlines are taken instead.  Nothing here knows a site.

**Next page.**  A profile written by ``vnnews add-site`` knows the site's article URL pattern
but no CSS selector for its pagination; these rules find the next page the way a reader does:
a ``rel="next"`` link, a link labelled "Trang sau"/"Tiếp"/"»", a link whose class says
"next", or, in a block of page numbers, the number after the current one.

Pure: HTML + URL in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.discovery.patterns import cluster, is_collection, item_like
from crawler.normalize.text import clean_text
from crawler.normalize.urls import strip_tracking

# A headline has six words (syllables) or more; a section's name one to five.
HEADLINE_WORDS = 6
MIN_HEADLINE_SHARE = 0.5
MIN_SLUG_HEADLINE_SHARE = 0.6
NOT_A_PAGE = re.compile(r"\.(jpe?g|png|gif|webp|svg|ico|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp[34]|"
                        r"avi|mov|wmv|flv|css|js|json|xml|rss|txt|gz|exe|apk)$", re.IGNORECASE)


@dataclass
class Link:
    """A same-host link of a page, with its longest text (anchor or title), in words."""

    url: str
    words: int


def words_in(text: str) -> int:
    """Words that carry letters: "Chính trị - Xã hội" has 4."""
    return len([w for w in text.split() if any(c.isalpha() for c in w)])


def page_links(html: bytes | str | Selector, url: str) -> list[Link]:
    """The page's links to its own host (``www.`` or not), tracking parameters and fragments
    removed, files left out, one per address, in page order."""
    page = selector_of(html)
    base = urljoin(url, page.css("base::attr(href)").get() or url)
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    links: dict[str, Link] = {}
    for anchor in page.css("a[href]"):
        href = anchor.attrib["href"].strip()
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = strip_tracking(urljoin(base, href))
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or NOT_A_PAGE.search(parts.path) or \
                (parts.hostname or "").removeprefix("www.") != host:
            continue
        text = clean_text(" ".join(anchor.css("::text").getall()))
        words = max(words_in(text), words_in(anchor.attrib.get("title", "")))
        link = links.setdefault(target, Link(target, 0))
        link.words = max(link.words, words)
    return list(links.values())


def article_links(html: bytes | str | Selector, url: str) -> list[str]:
    """The links of a listing page that lead to articles, in page order.

    >>> html = ('<a href="/thoi-su/">Thời sự</a><a href="/kinh-te/">Kinh tế</a>'
    ...         '<a href="/nong-dan-thu-hoach-lua-xuan-a196101.html">Nông dân khẩn trương '
    ...         'thu hoạch lúa xuân</a><a href="/gia-ca-phe-lap-dinh-a196102.html">'
    ...         '<img src="x.jpg"></a><a href="/gia-ca-phe-lap-dinh-a196102.html">Giá cà phê '
    ...         'lập đỉnh mới</a><a href="/tag/lua-xuan-a1.html">lúa xuân</a>')
    >>> [u.rsplit("/", 1)[1] for u in article_links(html, "https://baodoiche.vn/")]
    ['nong-dan-thu-hoach-lua-xuan-a196101.html', 'gia-ca-phe-lap-dinh-a196102.html']
    """
    links = page_links(html, url)
    words = {link.url: link.words for link in links}
    groups = [[u for u in group if not is_collection(u)]
              for group in cluster(link.url for link in links).values()]
    chosen = {u for group in groups for u in items_reading_as_headlines(group, words, True)}
    if not chosen:  # addresses without ids: long slugs that read as headlines
        chosen = {u for group in groups if len(group) >= 2
                  for u in items_reading_as_headlines(group, words, False)}
    return [link.url for link in links if link.url in chosen]


def items_reading_as_headlines(group: list[str], words: dict[str, int],
                               require_id: bool) -> list[str]:
    items = [u for u in group if item_like(u, require_id=require_id)]
    if not items:
        return []
    share = sum(words[u] >= HEADLINE_WORDS for u in items) / len(items)
    return items if share >= (MIN_HEADLINE_SHARE if require_id else MIN_SLUG_HEADLINE_SHARE) \
        else []

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
