"""Browsing the archive in Datasette: metadata, canned queries, charts, and the server.

``vnnews serve`` runs Datasette in its own process (no child process, no temporary file) on the
archive with this metadata, the plugin in ``crawler.archive.browse_plugin`` and the templates in
``crawler/archive/templates/``; charts are datasette-dashboards (Vega-Lite, bundled with the
plugin, so they draw offline).  Datasette opens the file read-only.  Install with
``pip install -e .[browse]``.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).parent / "templates"
SETTINGS = {"sql_time_limit_ms": 5000, "facet_time_limit_ms": 500, "truncate_cells_html": 300}

CANNED_QUERIES: dict[str, dict[str, Any]] = {
    "search": {
        "title": "Search articles (diacritics optional, đ = d)",
        "hide_sql": True,
        "description": "The same words and the same matches as vnnews search: plain words "
                       "all must appear (\"Covid-19\" is two words), FTS5 syntax "
                       "(\"phrases\", prefix*, OR, NOT) when you type it.",
        # vnnews_match and vnnews_exact (crawler.archive.browse_plugin) build the expressions
        # vnnews search builds: the folded index for every query, narrowed by the exact index
        # when the query was typed with diacritics; <mark> markers become highlights when the
        # cell is rendered.
        "sql": """SELECT a.title, a.site, a.published_at, a.views, a.url,
       snippet(articles_fts, 2, '<mark>', '</mark>', '…', 16) AS snippet
FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
WHERE articles_fts MATCH vnnews_match(:q)
  AND (vnnews_exact(:q) IS NULL OR a.rowid IN (SELECT rowid FROM articles_fts_exact
       WHERE articles_fts_exact MATCH vnnews_exact(:q)))
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
        "description": "One row per article (key: canonical URL). List columns are JSON. "
                       "Each title links to the article's view history, its related stories "
                       "and the archived page.",
        "fts_table": "articles_fts",
        "fts_pk": "rowid",
        "label_column": "title",
        "sort_desc": "published_at",
        "facets": ["site", "category", {"array": "authors"}, {"month": "published_at"}],
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
    "article_views": {"description": "View-count time series: one row per fetch that saw a count",
                      "sort_desc": "seen_at"},
    "related_articles": {"description": "Related-story links printed under each article "
                                        "(article_url: the article; url: the story it links)"},
    "article_authors": {"description": "One row per article and author, in byline order",
                        "facets": ["author"]},
    "crawl_runs": {"description": "One row per crawl: status and statistics (JSON; "
                                  "stats.coverage is the share of articles with each field)",
                   "sort_desc": "id"},
    # Internal: the migration log, the writer's indexing flag, and raw bytes no browser can
    # read (served decompressed at /-/vnnews/page?url=...).  The FTS index and its shadow
    # tables Datasette hides itself.
    "pages": {"hidden": True,
              "description": "Raw response bytes of each archived article (zlib-compressed body)"},
    "_sqlite_migrations": {"hidden": True},
    "search_index_deferred": {"hidden": True},  # empty but inside a writer's transaction
}

# Fields whose coverage per crawl shows a redesign coming (title and body are always 100%).
COVERAGE_FIELDS = ("published_at", "views", "authors", "sapo", "category", "tags", "related")


def dashboards(database: str) -> dict[str, Any]:
    """datasette-dashboards configuration: the archive's charts, and one article's views."""
    def chart(title: str, query: str, display: dict[str, Any]) -> dict[str, Any]:
        # SVG rather than vega-embed's default canvas: crisp at any zoom, and each mark is an
        # element (the browser test counts them).
        return {"title": title, "db": database, "query": query, "library": "vega-lite",
                "display": {**display, "usermeta": {"embedOptions": {"renderer": "svg"}}}}

    fields = ", ".join(f"'{f}'" for f in COVERAGE_FIELDS)
    return {
        "archive": {
            "title": "The archive at a glance",
            "description": "Output per site and month, the most prolific authors, and the field "
                           "coverage of every crawl (a falling line is a site whose markup "
                           "changed). Pick a site to see it alone.",
            "layout": [["per-month", "per-month"], ["authors", "coverage"]],
            "filters": {"site": {"name": "Site", "type": "select", "db": database,
                                 "query": "SELECT DISTINCT site FROM articles ORDER BY site"}},
            "charts": {
                "per-month": chart(
                    "Articles per site per month",
                    "SELECT site, substr(published_at, 1, 7) AS month, count(*) AS articles "
                    "FROM articles WHERE published_at IS NOT NULL [[ AND site = :site ]] "
                    "GROUP BY site, month ORDER BY month",
                    {"mark": {"type": "bar", "tooltip": True},
                     "encoding": {
                         "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth",
                               "title": "month published"},
                         "y": {"field": "articles", "type": "quantitative", "stack": True,
                               "title": "articles", "axis": {"tickMinStep": 1}},
                         "color": {"field": "site", "type": "nominal", "title": "site"}}}),
                "authors": chart(
                    "Authors by number of articles (top 20)",
                    "SELECT au.author, count(*) AS articles, group_concat(DISTINCT a.site) "
                    "AS sites FROM article_authors au JOIN articles a ON a.url = "
                    "au.article_url WHERE 1 [[ AND a.site = :site ]] GROUP BY au.author "
                    "ORDER BY articles DESC, au.author LIMIT 20",
                    {"mark": {"type": "bar", "tooltip": True},
                     "encoding": {
                         "y": {"field": "author", "type": "nominal", "sort": "-x",
                               "title": None},
                         "x": {"field": "articles", "type": "quantitative",
                               "title": "articles", "axis": {"tickMinStep": 1}},
                         "color": {"field": "sites", "type": "nominal", "title": "site"}}}),
                "coverage": chart(
                    "Field coverage per crawl",
                    "SELECT r.id AS run, r.site, r.started_at, j.key AS field, "
                    "j.value AS coverage FROM crawl_runs r, json_each(r.stats, '$.coverage') j "
                    f"WHERE j.key IN ({fields}) [[ AND r.site = :site ]] ORDER BY r.id",
                    {"mark": {"type": "line", "point": True, "tooltip": True},
                     "encoding": {
                         "x": {"field": "started_at", "type": "temporal", "title": "crawl"},
                         "y": {"field": "coverage", "type": "quantitative",
                               "scale": {"domain": [0, 1]}, "axis": {"format": "%"},
                               "title": "articles with the field"},
                         "color": {"field": "field", "type": "nominal"},
                         "detail": {"field": "site", "type": "nominal"}}}),
            },
        },
        "article": {
            "title": "One article",
            "description": "The view count each time the crawler fetched the article. Open it "
                           "from an article's \"view history\" link, or paste its URL.",
            "filters": {"url": {"name": "Article URL", "type": "text"}},
            "charts": {
                "views": chart(
                    "Views over time",
                    "SELECT v.seen_at, v.views, a.title FROM article_views v JOIN articles a "
                    "ON a.url = v.article_url WHERE v.article_url = :url ORDER BY v.seen_at",
                    {"mark": {"type": "line", "point": True, "tooltip": True},
                     "encoding": {
                         "x": {"field": "seen_at", "type": "temporal", "title": "fetched (UTC)",
                               "scale": {"type": "utc"},
                               "axis": {"format": "%Y-%m-%d %H:%M", "labelAngle": -30,
                                        "labelOverlap": "greedy"}},
                         "y": {"field": "views", "type": "quantitative", "title": "views"}}}),
            },
        },
    }


def datasette_metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for the archive at ``db_path`` (its database name is the file stem)."""
    database = Path(db_path).stem
    return {
        "title": "vnnews archive",
        "description": "Vietnamese provincial news archived by vnnews.",
        "databases": {database: {"tables": TABLES, "queries": CANNED_QUERIES}},
        "plugins": {"datasette-dashboards": dashboards(database)},
    }


def check_port_free(host: str, port: int) -> None:
    """Raise OSError when ``host:port`` cannot be listened on (in use, or no such address)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        # As the server will: a port left in TIME_WAIT by the last run is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))


def build_datasette(db_path: str | Path) -> Any:
    """A Datasette on the archive (read-only), with the vnnews plugin, metadata and templates."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from crawler.archive import browse_plugin

    if not pm.is_registered(browse_plugin):
        pm.register(browse_plugin, name="vnnews")
    return Datasette([str(db_path)], metadata=datasette_metadata(db_path),
                     template_dir=str(TEMPLATES), settings=SETTINGS)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the archive in this process until SIGINT or SIGTERM.

    In-process, so a signal to ``vnnews serve`` stops the server itself (uvicorn shuts down
    on SIGINT/SIGTERM, and any other fatal signal ends the one process): there is no child to
    leave behind and no metadata file to delete.
    """
    import asyncio

    import uvicorn

    datasette = build_datasette(db_path)
    asyncio.run(datasette.invoke_startup())
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on")
