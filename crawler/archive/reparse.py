"""Re-extract archived pages with the current extractor, without the network.

An extractor fix becomes a command: every article's latest raw page is read back from the
``pages`` table, run through extraction and normalization as it was on its fetch day (the
page's fetch time, or its capture time for a replayed page, stays the clock for relative
dates), and the article row is rewritten when a field changed.

Extraction is pure and CPU-bound, so it runs on every core (crawler.archive.parallel).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from crawler.extract import PageTooLarge, extract_fields
from crawler.items import ARTICLE_FIELDS, Article, captured_at
from crawler.normalize.article import normalize_article
from crawler.archive.parallel import map_in_batches
from crawler.sites import all_profiles
from crawler.archive.storage import Archive, UnreadablePage

# Fields that reparse can change; url is the key, fetched_at is the fetch's own time.
COMPARED_FIELDS = [f for f in ARTICLE_FIELDS if f not in ("url", "fetched_at")]
PROGRESS_EVERY = 8  # batches between progress reports


@dataclass
class ReparseReport:
    articles: int = 0
    changed: int = 0
    without_page: int = 0
    failed: int = 0
    fields: Counter = field(default_factory=Counter)
    unreadable: list[UnreadablePage] = field(default_factory=list)  # damaged raw pages, skipped


def reextract(row: dict[str, Any], page: dict[str, Any]) -> Article | None:
    """Today's Article for an archived row from its raw page; None if no longer extractable
    (a page too large to read included)."""
    try:
        raw = extract_fields(page["body"], page["fetched_url"] or row["url"],
                             profile=all_profiles().get(row["site"]), site=row["site"],
                             fetched_at=page["fetched_at"], content_type=page["content_type"])
    except PageTooLarge:
        return None
    raw.relative_base = captured_at(page["headers"])
    if not raw.title or not raw.body:
        return None
    article = normalize_article(raw)
    article.url = row["url"]
    return article


def _reextract_job(job: tuple[dict[str, Any], dict[str, Any]]) -> Article | None:
    return reextract(*job)


def jobs(archive: Archive, site: str | None, report: ReparseReport
         ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for row in archive.iter_articles(site=site):
        report.articles += 1
        try:
            page = archive.latest_page(row["url"])
        except UnreadablePage as exc:
            report.unreadable.append(exc)  # say which, skip it, go on
            continue
        if page is None:
            report.without_page += 1
            continue
        yield row, page


def reparse_archive(archive: Archive, *, site: str | None = None, workers: int | None = None,
                    on_progress: Callable[[ReparseReport], None] | None = None) -> ReparseReport:
    """Re-extract every archived article (of ``site``), rewriting those whose fields changed."""
    report = ReparseReport()
    done = map_in_batches(_reextract_job, jobs(archive, site, report), workers=workers)
    for batches, batch in enumerate(done, start=1):
        changed = []
        for (row, _), article in batch:
            if article is None:
                report.failed += 1  # today's extractor cannot read it: keep the archive's
                continue
            new = article.to_dict()
            fields = [f for f in COMPARED_FIELDS if new[f] != row[f]]
            if fields:
                report.changed += 1
                report.fields.update(fields)
                changed.append(article)
        if changed:
            with archive.transaction():
                for article in changed:
                    archive.update_extracted(article)
        if on_progress and batches % PROGRESS_EVERY == 0:
            on_progress(report)
    return report
