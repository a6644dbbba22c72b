"""A crawl's per-site state in the archive: the frontier, the listing cursors, the walks.

Loaded when the spider starts and written as the crawl goes (a listing page's article links
and its cursor in one transaction), never only at the end: a crawl stopped in any way (Ctrl-C,
SIGKILL, ``--max-articles``, a failed fetch, a timeout) leaves the next one everything it needs
to finish the job.  See docs/design.md, "No permanent gaps".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable, Sequence

from crawler.archive.storage import Archive
from crawler.crawling import writer

# A URL that failed this many crawls in a row is left alone (and counted as given up).
MAX_TRIES = 3


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def covers(complete_since: str | None, since: datetime | None) -> bool:
    """Has a walk read back far enough for a crawl with this ``since``?

    >>> covers("", None), covers(None, None)
    (True, False)
    >>> from datetime import datetime, timezone
    >>> covers("2025-01-01T00:00:00+07:00", datetime(2025, 6, 1, tzinfo=timezone.utc))
    True
    >>> covers("2025-01-01T00:00:00+07:00", None)
    False
    """
    if complete_since is None:
        return False
    if complete_since == "":
        return True
    return since is not None and since >= datetime.fromisoformat(complete_since)


class CrawlState:
    def __init__(self, archive: Archive, site: str, walks: Sequence[str] = ()):
        self.archive = archive
        self.site = site
        self.frontier: dict[str, dict[str, Any]] = archive.frontier(site)
        self.walks: dict[str, dict[str, Any]] = archive.walks(site)
        # The cursors earlier crawls left, newest first, per listing: taken one by one as this
        # crawl reaches known pages.  Cursors opened by this crawl are not in these lists.
        self.stored_cursors = {walk: archive.cursors(site, walk) for walk in walks}

    @classmethod
    def open(cls, db_path: str, site: str, walks: Sequence[str] = ()) -> "CrawlState":
        """The site's state, read and written through the crawl process's one writer of the
        archive (crawler.crawling.writer): the frontier changes join the articles' groups."""
        return cls(writer.acquire(db_path), site, walks)

    def close(self) -> None:
        writer.release(self.archive)

    def batch(self) -> Any:
        """One atomic block for several changes (a listing page's links and its cursor)."""
        return self.archive.transaction()

    # ---- the frontier ----

    def add(self, rows: Sequence[tuple[str, str, str | None]]) -> None:
        """Remember discovered article URLs ``(url, source, published_at)`` until archived."""
        rows = [r for r in rows if r[0] not in self.frontier]
        if not rows:
            return
        self.archive.frontier_add(self.site, rows)
        for url, source, published in rows:
            self.frontier[url] = {"source": source, "published_at": published, "tries": 0,
                                  "last_error": None}

    def done(self, urls: Iterable[str]) -> None:
        urls = [u for u in dict.fromkeys(urls) if u in self.frontier]
        if urls:
            self.archive.frontier_done(self.site, urls)
            for url in urls:
                self.frontier.pop(url, None)

    def failed(self, url: str, reason: str) -> None:
        if url in self.frontier:
            self.archive.frontier_failed(self.site, url, reason)
            self.frontier[url]["tries"] += 1

    def dated(self, url: str, published_at: str) -> None:
        if url in self.frontier:
            self.archive.frontier_dated(self.site, url, published_at)
            self.frontier[url]["published_at"] = published_at

    def summary(self) -> dict[str, int]:
        return self.archive.frontier_summary(self.site, MAX_TRIES)

    # ---- listing walks ----

    def take_cursor(self, walk: str) -> dict[str, Any] | None:
        """The newest cursor an earlier crawl left on this listing, not yet taken by this one."""
        stored = self.stored_cursors.get(walk) or []
        return stored.pop(0) if stored else None

    def save_cursor(self, walk: str, cursor_id: int | None, url: str,
                    since: datetime | None = None) -> int:
        """Where this walk goes on: a new cursor, or the one it is following, moved."""
        if cursor_id is None:
            return self.archive.open_cursor(self.site, walk, url, iso(since))
        self.archive.move_cursor(cursor_id, url, iso(since))
        return cursor_id

    def close_cursor(self, cursor_id: int | None) -> None:
        if cursor_id is not None:
            self.archive.close_cursor(cursor_id)

    def end_walk(self, walk: str, source: str) -> None:
        """The listing's last page was read: nothing lies beyond, every cursor is spent."""
        self.archive.close_cursors(self.site, walk)
        self.stored_cursors[walk] = []
        self.record(walk, source, "")

    def walked(self, walk: str, since: datetime | None) -> bool:
        row = self.walks.get(walk)
        return covers(row["complete_since"] if row else None, since)

    def record(self, walk: str, source: str, complete_since: str,
               lastmod: str | None = None) -> None:
        self.archive.record_walk(self.site, walk, source, complete_since, lastmod)
        self.walks[walk] = {"source": source, "complete_since": complete_since,
                            "lastmod": lastmod}

    # ---- sitemaps ----

    def sitemap_unchanged(self, url: str, lastmod: str | None, since: datetime | None) -> bool:
        """True when this sitemap was read completely (back to ``since``) at the same lastmod."""
        row = self.walks.get(url)
        return bool(row and lastmod and row["lastmod"] == lastmod
                    and covers(row["complete_since"], since))

    def sitemap_read(self, url: str, source: str, lastmod: str | None,
                     since: datetime | None) -> None:
        self.record(url, source, iso(since) or "", lastmod)
