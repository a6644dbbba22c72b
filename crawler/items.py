"""The items that flow from the spider through the pipelines.

``RawArticle`` is what the extractor read off a page, strings as printed; ``Article`` is the
normalized record of the field contract in docs/design.md.  Both are plain dataclasses, which
Scrapy and itemadapter handle natively.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Keys of the Article contract, in the order `vnnews extract` prints them.
ARTICLE_FIELDS = (
    "url", "site", "title", "sapo", "body", "authors", "source", "published_at",
    "published_raw", "views", "category", "tags", "images", "related", "fetched_at",
    "provenance",
)


#: Response header a replayed page carries: when the page was saved (see crawler.crawling.replay).
CAPTURED_AT_HEADER = "X-Vnnews-Captured-At"


def captured_at(headers: dict[str, str] | None) -> str | None:
    """The capture time a replayed page's headers name, if any (header names are case-blind)."""
    for name, value in (headers or {}).items():
        if name.lower() == CAPTURED_AT_HEADER.lower():
            return value
    return None


@dataclass
class Page:
    """The raw response an article came from, kept so it can be re-extracted later.

    ``sha256`` and ``compressed`` are the body as the archive keeps it (its digest, and zlib
    bytes), filled by ``crawler.archive.storage.pack_page`` where a spare core can afford it
    (the crawl's extraction worker); the archive fills them itself when they are missing.
    """

    url: str
    body: bytes
    status: int = 200
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    sha256: str | None = field(default=None, repr=False)
    compressed: bytes | None = field(default=None, repr=False)


@dataclass
class RawArticle:
    """Fields as printed on the page, each already whitespace-cleaned, not yet interpreted."""

    url: str
    site: str
    fetched_at: str
    title: str | None = None
    sapo: str | None = None
    body: str | None = None
    byline: str | None = None
    published: str | None = None  # the timestamp printed on the page
    published_declared: str | None = None  # the one its metadata declares (JSON-LD, meta)
    views: str | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[dict[str, Any]] = field(default_factory=list)
    related: list[dict[str, Any]] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)
    page: Page | None = None
    # The clock for relative dates ("2 giờ trước"): the fetch time, or for a replayed page the
    # time it was captured.
    relative_base: str | None = None


@dataclass
class Article:
    """One archived article: the field contract (docs/design.md, "Article")."""

    url: str
    site: str
    title: str
    body: str
    fetched_at: str
    sapo: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    published_at: str | None = None
    published_raw: str | None = None
    views: int | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[dict[str, Any]] = field(default_factory=list)
    related: list[dict[str, Any]] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)
    page: Page | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's keys and values, without the raw page."""
        return {key: getattr(self, key) for key in ARTICLE_FIELDS}
