"""RawArticle (as printed) -> Article (the contract): dates, counts, names."""

from __future__ import annotations

from datetime import datetime, timezone

from crawler.items import Article, RawArticle
from crawler.normalize.byline import parse_byline
from crawler.normalize.dates import parse_published
from crawler.normalize.numbers import parse_views
from crawler.normalize.text import clean_text


def parse_utc(value: str | datetime) -> datetime:
    """An aware UTC datetime from an ISO 8601 string ("...Z" accepted) or a datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def utc_timestamp(value: str | datetime) -> str:
    """ISO 8601 UTC to the second, the archive's clock format.

    >>> utc_timestamp("2026-11-20T10:00:00+07:00")
    '2026-11-20T03:00:00Z'
    """
    return parse_utc(value).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def choose_published(printed: datetime | None, declared: datetime | None, *,
                     printed_by_site: bool = False) -> tuple[datetime | None, str]:
    """The publication time, and which RawArticle field gave it.

    The declared time (JSON-LD, meta) is exact to the second and carries its offset, so it
    wins when it falls on the day the page prints.  When they disagree on the day, a date
    printed where the profile says the date is wins (metadata often holds a creation or
    modification time); a date the heuristics found near the headline does not, since it may
    be another date on the page.
    """
    if declared is not None and (printed is None or printed.date() == declared.date()
                                 or not printed_by_site):
        return declared, "published_declared"
    return printed, "published"


def normalize_article(raw: RawArticle) -> Article:
    """Interpret the printed fields: ISO date with +07:00, integer views, authors and source."""
    fetched = parse_utc(raw.fetched_at)
    clock = parse_utc(raw.relative_base) if raw.relative_base else fetched
    published, published_from = choose_published(
        parse_published(raw.published, now=clock) if raw.published else None,
        parse_published(raw.published_declared, now=clock) if raw.published_declared else None,
        printed_by_site=raw.provenance.get("published") == "site")
    byline = parse_byline(raw.byline)
    views = parse_views(raw.views) if raw.views else None
    # Provenance follows the parsed fields: a printed date that does not parse has no source.
    layer_of = raw.provenance.get
    provenance = {k: v for k, v in raw.provenance.items()
                  if k not in ("published", "published_declared", "views", "byline")}
    for key, present, printed in (("published_at", published is not None, published_from),
                                  ("views", views is not None, "views"),
                                  ("authors", bool(byline.authors), "byline"),
                                  ("source", bool(byline.source), "byline")):
        if present and layer_of(printed):
            provenance[key] = layer_of(printed)
    # Where the printed timestamp came from, even when the declared one gave published_at:
    # the crawl monitor judges a profile's date selector by it.
    raw_layer = layer_of("published") or layer_of("published_declared")
    if raw_layer:
        provenance["published_raw"] = raw_layer
    return Article(
        url=raw.url, site=raw.site, title=clean_text(raw.title or ""), body=raw.body or "",
        fetched_at=utc_timestamp(fetched), sapo=raw.sapo or None,
        authors=list(byline.authors), source=byline.source,
        published_at=published.isoformat() if published else None,
        published_raw=raw.published or raw.published_declared or None, views=views, category=raw.category or None,
        tags=list(raw.tags), images=[dict(i) for i in raw.images],
        related=[dict(r) for r in raw.related], provenance=provenance, page=raw.page,
    )
