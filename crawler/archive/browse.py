"""Browsing the archive in Datasette: table and column descriptions, search, canned queries.

``vnnews serve`` writes this metadata to a temporary file and starts Datasette on the archive
(Datasette only reads it).  Install with ``pip install -e .[browse]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "search": {
        "title": "Search articles (diacritics optional, đ = d)",
        "sql": """SELECT a.site, a.title, a.published_at, a.views, a.url,
       snippet(articles_fts, 2, '<b>', '</b>', '…', 16) AS snippet
FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
WHERE articles_fts MATCH replace(replace(:q, 'đ', 'd'), 'Đ', 'D')
ORDER BY bm25(articles_fts, 10.0, 3.0, 1.0) LIMIT 100""",
    },
    "articles_per_site_per_month": {
        "title": "Articles per site per month",
        "sql": """SELECT site, substr(published_at, 1, 7) AS month, count(*) AS articles
FROM articles WHERE published_at IS NOT NULL GROUP BY site, month ORDER BY site, month""",
    },
    "most_viewed_per_site": {
        "title": "Ten most viewed articles per site (latest count)",
        "sql": """SELECT site, rank, views, title, published_at, url FROM (
  SELECT site, views, title, published_at, url,
         rank() OVER (PARTITION BY site ORDER BY views DESC) AS rank
  FROM articles WHERE views IS NOT NULL)
WHERE rank <= 10 ORDER BY site, rank""",
    },
    "related_story_edges": {
        "title": "The related-story graph as edges (source article -> related story)",
        "sql": """SELECT r.article_url AS source, r.url AS target, r.position,
       a.title AS source_title, r.title AS target_title,
       EXISTS (SELECT 1 FROM articles t WHERE t.url = r.url) AS target_archived
FROM related_articles r JOIN articles a ON a.url = r.article_url
ORDER BY r.article_url, r.position""",
    },
    "authors_by_article_count": {
        "title": "Authors by number of articles",
        "sql": """SELECT au.author, count(*) AS articles, group_concat(DISTINCT a.site) AS sites,
       min(a.published_at) AS first, max(a.published_at) AS last
FROM article_authors au JOIN articles a ON a.url = au.article_url
GROUP BY au.author ORDER BY articles DESC, au.author""",
    },
}

TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "One row per article (key: canonical URL). List columns are JSON.",
        "fts_table": "articles_fts",
        "fts_pk": "rowid",
        "columns": {
            "url": "Canonical URL (tracking parameters removed)",
            "site": "Site profile name, or host name for unlisted sites",
            "title": "Headline as printed",
            "sapo": "Lead paragraph",
            "body": "Plain text, paragraphs separated by a blank line",
            "authors": "JSON list of person names",
            "source": "Agency or origin (TTXVN, VOV, ...)",
            "published_at": "ISO 8601, Vietnam time (+07:00)",
            "published_raw": "Timestamp as printed on the page",
            "views": "View count at the last fetch",
            "category": "Section",
            "tags": "JSON list of keywords",
            "images": "JSON list of {url, caption}",
            "related": "JSON list of {url, title}",
            "fetched_at": "Last fetch time, UTC",
            "provenance": "JSON {field: site|metadata|heuristic}: which extraction layer",
            "first_seen": "First fetch time, UTC",
            "last_seen": "Last fetch time, UTC",
            "content_hash": "SHA-256 of the content fields (changes when the article is edited)",
        },
    },
    "related_articles": {"description": "Related-story links printed under each article"},
    "article_authors": {"description": "One row per article and author, in byline order"},
    "article_views": {"description": "View-count time series: one row per fetch that saw a count"},
    "pages": {"description": "Raw response bytes of each archived article (zlib-compressed body)"},
    "crawl_runs": {"description": "One row per crawl: status and statistics (JSON)"},
}


def datasette_metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for the archive at ``db_path`` (its database name is the file stem)."""
    return {
        "title": "vnnews archive",
        "description": "Vietnamese provincial news archived by vnnews.",
        "databases": {Path(db_path).stem: {"tables": TABLES, "queries": CANNED_QUERIES}},
    }
